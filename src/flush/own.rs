//! The other modes (`plugin`, `disable`, `unsafe`, and `auto` when it does
//! not emulate): a client flush is the caller's own plugin flush, skipped
//! when dirty tracking shows that a flush which covers the caller's writes
//! has already succeeded.
//!
//! # What a plugin flush covers
//!
//! A plugin flush on connection X makes durable what had landed in the
//! plugin when it began: over a plugin that advertises multi-conn for X's
//! export, every connection's writes to that export; otherwise X's own.
//!
//! # The rules
//!
//! A. **Scopes.**  Each connection flushes within one scope
//!    ([`crate::commit::Scope`]): a flag, "a write may not be covered", and
//!    the scope's flushes, which run one at a time.  With
//!    `track-dirty=connection` the scope is the export's (its group, see
//!    C) when the plugin advertises multi-conn on the connection, and the
//!    connection's own otherwise.  With `fast` it is always the export's,
//!    nbdkit's documented meaning (potentially unsafe over a plugin that is
//!    not multi-conn: the filter warns at start-up).  With `off` there is
//!    no scope: every client flush is a plugin flush.
//! B. **A write marks after it lands.**  A write (zero, trim; not FUA,
//!    which the plugin makes durable itself) marks its scopes once its
//!    plugin call has returned, before its reply.  So every write completed
//!    before a client flush was sent has marked, and any flush that cleared
//!    the flag after that mark began after the write had landed, so it
//!    covers it.  Marking before the plugin call would not do: a flush
//!    could clear the flag and finish while the write is still on its way
//!    to the plugin, and the write's own flush would then find the flag
//!    clear.
//! C. **An answer waits for the flush that covers it.**  A client flush
//!    that finds the flag set runs a plugin flush, clearing the flag as it
//!    begins (or shares one that another client began after it looked); if
//!    it fails, the flag is set again before anyone is answered.  One that
//!    finds the flag clear is covered by the flush that cleared it last: it
//!    waits for that flush if it is still running and answers with its
//!    result (so an error is never lost), or answers at once if it has
//!    ended, which means it succeeded.  [`Scope::flush_or_share`] does
//!    both under the scope's lock.
//! D. **Scopes never span exports.**  A multi-conn plugin promises
//!    consistency per export, so connections in these modes form one group
//!    per export whatever `multi-conn-exportname` says
//!    (`registry::group_key`): a flush on one export never cleans another.
//!
//! [`Scope::flush_or_share`]: crate::commit::Scope::flush_or_share

use super::{guarded_flush, Backend, Errno, FlushCtx, Report};
use crate::commit::{Commit, Scope};
use crate::config::TrackDirty;
use crate::gate::Kind;
use crate::registry::Conn;
use crate::sync::atomic::SeqCst;
use crate::sync::Arc;

/// The scope whose flag says whether `conn`'s flush is needed (rule A).
fn scope_of<B>(conn: &Conn<B>, track: TrackDirty) -> Option<&Scope> {
    match track {
        TrackDirty::Off => None,
        TrackDirty::Fast => Some(&conn.group.scope),
        TrackDirty::Connection if conn.plugin_multi_conn => Some(&conn.group.scope),
        TrackDirty::Connection => Some(&conn.own),
    }
}

/// Rule B: a write of `conn` has landed in the plugin (or failed there).
/// Marks every scope it may belong to: the export's, and the connection's
/// own unless the plugin's flush covers the export anyway.  One load each
/// when already marked.
#[inline]
pub fn mark_landed<B>(conn: &Conn<B>) {
    conn.group.scope.mark();
    if !conn.plugin_multi_conn {
        conn.own.mark();
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
    let plugin_flush = || {
        // A request of the connection like any other, for the gate.
        let r = {
            let _inside = caller.enter(Kind::Other);
            guarded_flush(&caller.backend)
        };
        ctx.stats.plugin_flushes.fetch_add(1, SeqCst);
        r
    };
    let answer = match scope_of(caller, ctx.track) {
        Some(scope) => scope.flush_or_share(plugin_flush),
        None => Commit::Ran(plugin_flush()),
    };
    match answer {
        Commit::Ran(r) => {
            r?;
            report.flushed = 1;
        }
        Commit::Shared(r) => {
            ctx.stats.shared.fetch_add(1, SeqCst);
            r?;
            report.shared = true;
        }
        Commit::Clean => {}
    }
    Ok(report)
}
