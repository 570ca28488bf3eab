//! The other modes (`plugin`, `disable`, `unsafe`, and `auto` when it does
//! not emulate): a client flush is the caller's own plugin flush, skipped
//! when dirty tracking shows that a flush which covers the caller's writes
//! has already succeeded.
//!
//! # What a plugin flush covers
//!
//! A plugin flush on connection X makes durable what had landed in the
//! plugin when it began: over a plugin that advertises multi-conn on X,
//! every connection's writes to X's export; otherwise X's own.  A plugin
//! can answer differently on two connections of one export; then each
//! connection is held to its own answer (rule G).
//!
//! # The rules
//!
//! A. **The export's scope.**  The connections of an export share one
//!    scope ([`crate::scope::Scope`], the group's, see D): a flag, "a
//!    write may not be covered", and the flushes that clean it, which run
//!    one at a time.  Which flushes clean it depends on tracking:
//!    - `connection`, over a plugin that advertises multi-conn on the
//!      connection: the flush covers the export, so it cleans the scope
//!      (rule C);
//!    - `connection`, over one that does not: the flush covers only its
//!      own connection, so it cleans nothing.  It is skipped only while
//!      no connection of the export whose flush covers only itself has
//!      written (rule G), and otherwise goes to the plugin, as nbdkit's
//!      filter does;
//!    - `fast`: every flush cleans the scope, nbdkit's documented meaning,
//!      potentially unsafe over a plugin that does not advertise
//!      multi-conn (the filter warns at start-up);
//!    - `off`: no flush is skipped; every client flush is a plugin flush.
//!
//! B. **A write marks after it lands.**  A write (zero, trim; not FUA,
//!    which the plugin makes durable itself) marks the scope once its
//!    plugin call has returned, before its reply.  So every write completed
//!    before a client flush was sent has marked, and any flush that cleared
//!    the flag after that mark began after the write had landed, so it
//!    covers it.  Marking before the plugin call would not do: a flush
//!    could clear the flag and finish while the write is still on its way
//!    to the plugin, and the write's own flush would then find the flag
//!    clear.
//! C. **An answer waits for the flush that covers it.**  A client flush
//!    that cleans the scope and finds the flag set runs a plugin flush,
//!    clearing the flag as it begins (or shares one that another client
//!    began after it looked); if it fails, the flag is set again before
//!    anyone is answered.  A client flush that finds the flag clear is
//!    covered by the flush that cleared it last: it waits for that flush
//!    if it is still running and answers with its result (so an error is
//!    never lost), or answers at once if it has ended, which means it
//!    succeeded.  [`Scope::flush_or_share`] and [`Scope::covered`] do this
//!    under the scope's lock.
//! D. **Scopes never span exports.**  A multi-conn plugin promises
//!    consistency per export, so connections in these modes form one group
//!    per export whatever `multi-conn-exportname` says
//!    (`registry::group_key`): a flush on one export never cleans another.
//! E. **A scope outlives its connections.**  A write completed on a
//!    connection that has since closed is still the export's: a later
//!    connection's flush covers it (a client writes, disconnects, and
//!    reconnects to flush).  So a group whose scope is dirty stays
//!    registered when its last connection leaves, and the next connection
//!    of the export joins it, dirty, and its first flush goes to the
//!    plugin (`registry.rs`, "What a group keeps").  That holds over a
//!    plugin that did not promise multi-conn to the connection that wrote
//!    too: the next one may be promised it (rule G; the scheduler's
//!    `mixed-churn` found a group dropped because no member left had been
//!    promised it).  Under `connection` tracking nothing cleans such a
//!    group's flag, so it stays (at most `registry::KEPT_MAX` of them).  Closing pays no flush
//!    (nbdkit's filter pays none either); the next flush does, if there is
//!    one.  Without this rule the scheduler's `finding-reconnect` (one
//!    connection writes, closes, reconnects and flushes) is answered OK
//!    with no plugin flush, as nbdkit's filter answers it.
//! F. **A failure reaches every connection it was to cover**, once, by
//!    its next flush or FUA write: a flush that covers the export and
//!    fails is counted for the group before anyone is answered
//!    (`errseq.rs`, where the rule and its schedule are written down).
//! G. **One export, one domain, whatever the plugin answered each
//!    connection.**  Connections of one export whose plugin answered
//!    `can_multi_conn` differently share the export's group (D).  A write
//!    of any of them marks the scope, so a flush on a connection the
//!    plugin promised multi-conn covers it (its flush goes to the plugin
//!    whenever anyone wrote since the last cleaning flush).  A write of a
//!    connection the plugin did not promise multi-conn also marks the
//!    group's `solo` flag, which no flush under `connection` tracking
//!    clears: the flush of such a connection goes to the plugin once any
//!    such write was made, since no other connection's flush is promised
//!    to cover it.  So a flush that cleans the scope never lets the flush
//!    of a connection it does not cover be skipped.  Without this rule
//!    (the groups split by answer), the scheduler's `finding-mixed`
//!    (0, answered multi-conn, flushes after 1, answered not, wrote) is
//!    answered OK with no plugin flush, as in the old engine.
//! H. **Under `auto`, one export, one mode.**  `auto` emulates a
//!    connection the plugin did not promise multi-conn and leaves one it
//!    promised it in plugin mode; a plugin can answer the connections of
//!    one export differently, and an emulated flush reaches only emulated
//!    connections while a plugin-mode flush cleans a scope that emulated
//!    writes never mark, so split that way neither side's flush covers the
//!    other's writes.  So the export has one mode while it has a group:
//!    the first connection to join decides by its own answer, and every
//!    later one takes the export's mode (`Registry::join`, under the
//!    registry's lock, so two connections joining at once cannot both
//!    decide).  The export is in plugin mode while its group of these
//!    modes is registered (members, or kept for what it owes, rule E), in
//!    emulate mode while it has emulated members; with neither, the next
//!    connection decides again.  A connection taken into emulate mode
//!    needs a plugin that can flush on it (or never writes), or it is
//!    refused at `.prepare`; one taken into plugin mode is answered
//!    `can_multi_conn` as the plugin answered it (rule G holds it to that
//!    answer).  An export whose emulated connections left writes nothing
//!    wrote back (`multi-conn-close=none`) and that then goes to plugin
//!    mode starts its group dirty, so its first flush covers them.  The
//!    decision costs the join a map look-up under a lock it already
//!    takes; the data path is unchanged.  Without this rule (the fault
//!    `mode-per-connection`), the scheduler's `finding-mixed-auto` (0,
//!    answered multi-conn, flushes after 1, answered not, wrote: 1's write
//!    marked only its emulated group) and `finding-mixed-auto-emulated`
//!    (the mirror: 0's emulated flush never reaches 1), and the families
//!    `mixed-auto` and `mixed-auto-emulated-first`, find a flush answered
//!    OK while a completed write of the export's other side is not
//!    durable.
//!
//! [`Scope::covered`]: crate::scope::Scope::covered
//! [`Scope::flush_or_share`]: crate::scope::Scope::flush_or_share

use super::errseq;
use super::{guarded_flush, Backend, Errno, FlushCtx, Report};
use crate::config::TrackDirty;
use crate::faults;
use crate::gate::Kind;
use crate::registry::Conn;
use crate::scope::{Answer, OwnAnswer};
use crate::sync::atomic::SeqCst;
use crate::sync::Arc;

/// Rule B: a write of `conn` has landed in the plugin (or failed there).
/// One load when the scope is already marked (two on a connection whose
/// flush covers only itself, rule G).
#[inline]
pub fn mark_landed<B>(conn: &Conn<B>) {
    let group = &conn.group;
    group.scope.mark();
    if !conn.plugin_multi_conn && !group.solo.load(SeqCst) {
        group.solo.store(true, SeqCst);
    }
}

/// A client flush on `caller`, by rules A and C.
pub(super) fn flush_own<B: Backend>(
    caller: &Arc<Conn<B>>,
    ctx: &FlushCtx<'_>,
) -> Result<Report, Errno> {
    let mut report = Report {
        members: 1,
        ..Report::default()
    };
    // Whether this connection's plugin flush covers the export (rule A).
    let covers_export = ctx.track == TrackDirty::Fast || caller.plugin_multi_conn;
    let plugin_flush = || {
        // A request of the connection like any other, for the gate.
        let r = {
            let _inside = caller.enter(Kind::Other);
            guarded_flush(&caller.backend)
        };
        ctx.stats.plugin_flushes.fetch_add(1, SeqCst);
        // Rule F (`errseq.rs`): counted before anyone is answered.  A
        // connection whose flush covers only itself counts too when another
        // member's promise covers the export (rule G): over a shared cache
        // its failure may have dropped writes that promise covers.
        if r.is_err() && (covers_export || caller.group.covering.load(SeqCst)) {
            errseq::record(&caller.group, false);
        }
        r
    };
    let scope = &caller.group.scope;
    let answer = match ctx.track {
        // Nothing is skipped, so the flag only says whether the group is
        // kept when it empties (rule E), and there no flush is skipped
        // either: every flush clears it as it begins, a failure sets it
        // again.
        TrackDirty::Off => {
            scope.dirty.store(false, SeqCst);
            let r = plugin_flush();
            if r.is_err() {
                scope.mark();
            }
            OwnAnswer::Flushed(Answer::Ran(r))
        }
        // Rule G: only its own flush covers such a connection's writes, so
        // it is skipped only while no such write was made in the export.
        // (The fault of rule D restores the old rule whole: skipped while
        // the scope is clean.)
        TrackDirty::Connection if !caller.plugin_multi_conn => {
            if faults::on(&faults::OWN_SCOPE_GROUP) {
                scope
                    .covered()
                    .unwrap_or_else(|| OwnAnswer::Flushed(Answer::Ran(plugin_flush())))
            } else if caller.group.solo.load(SeqCst) {
                OwnAnswer::Flushed(Answer::Ran(plugin_flush()))
            } else {
                OwnAnswer::Clean
            }
        }
        TrackDirty::Connection | TrackDirty::Fast => scope.flush_or_share(plugin_flush),
    };
    match answer {
        OwnAnswer::Flushed(Answer::Ran(r)) => {
            r?;
            report.flushed = 1;
        }
        OwnAnswer::Flushed(Answer::Shared(r)) => {
            ctx.stats.shared.fetch_add(1, SeqCst);
            r?;
            report.shared = true;
        }
        OwnAnswer::Clean => {}
    }
    Ok(report)
}
