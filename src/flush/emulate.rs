//! Emulate mode.
//!
//! # What an emulated flush must do
//!
//! A plugin flush of one connection writes back what that connection wrote
//! and drops what it cached.  A client flush sent at time `s` must make every
//! write completed before `s`, on any connection of the group, visible to
//! every read sent after the reply.  So every connection that may hold such
//! a write must write it back, and every connection that may have cached
//! data older than those write-backs must drop it *after* them, with no read
//! that fetched before the write-backs ended filling its cache after the
//! drop.
//!
//! # The rules
//!
//! Emulated flushes of a group run one at a time (`Group::commit`).  Each
//! connection has dirty bits (`dirty.rs`): `WRITE`, set by a write after
//! it enters the connection's gate (`gate.rs`) and before its plugin call,
//! and `READ`, likewise for reads; the group flag is set by every write,
//! after its `WRITE` bit.
//!
//! 1. **Write-back.**  The flush clears the group flag, then flushes every
//!    connection with `WRITE`.  A write completed before `s` set its bit
//!    before it completed, so its connection is chosen, unless an earlier
//!    flush took the bit, which (see 3) covered the write or marked the bit
//!    again.
//! 2. **Drop**, after *every* write-back has returned, if the group flag was
//!    set or phase 1 wrote something back (with `track-dirty=off`, always):
//!    every connection with `READ` is flushed while its reads are held
//!    (those inside drain first, new ones wait for the end of this one
//!    plugin flush; writes go on).  `READ` is taken only once the reads are
//!    drained, so the drop covers every read its bit stood for.  Holding is
//!    needed: a read that starts after the write-backs still finds the old
//!    data in the connection's own cache until the drop, and a plugin may
//!    fill its cache with what a read found after the drop.  A read that
//!    fetched before phase 1 ended set `READ` before it fetched, so its
//!    connection is chosen.  After the drop, reads fetch data no older than
//!    the write-backs.
//! 3. **Taking bits.**  A target's bits are taken (cleared) before its
//!    plugin flush.  If its requests go on meanwhile (phase 1 under the
//!    parallel model), the flush then looks at its gate: a write inside may
//!    not be covered, so `WRITE` and the group flag are marked again after
//!    the flush; a read inside may fill the cache after it, so `READ` is
//!    marked again.  A request that enters later marks its own bit (the
//!    take-then-look handshake in `gate.rs`).  A phase-1 target whose bit
//!    was marked again, or that read during phase 1, is dropped again in
//!    phase 2: the only plugin flushes beyond the two-pass rule, counted as
//!    `Stats::overlap_flushes`.
//! 4. **Thread models.**  Under the parallel model phase 1 holds nothing and
//!    phase 2 holds only the target's reads.  Under `serialize_requests` a
//!    target must be idle during its own plugin flush, so both phases hold
//!    all of its requests: new ones wait, those inside drain, *then* the
//!    bits are taken, so no request inside can miss a bit the flush took.
//!    There phase 2 does not flush readers: each owes its drop
//!    (`Dirty::OWED`), the flush answers at once, and the connection's next
//!    request, which nbdkit runs alone on the connection, makes the drop
//!    before it uses the plugin ([`drop_if_due`]).  No request can use the
//!    cache before the drop, and any later flush of the connection, which
//!    drains the request inside first, pays the debt.  Under
//!    `serialize_all_requests` both phases hold, flushes run one after
//!    another on the caller's thread, and drops are made, not owed.
//! 5. **The group flag** is cleared only where a flush begins and is set by
//!    every write, and by a write-back at close: it never hides a write
//!    whose drops are still to come.  A flush that fails leaves it set, and
//!    every target that failed keeps the bits it had, marked again before a
//!    held target is opened: under serialize_requests a write-back takes a
//!    target's owed drop with its other bits, and the target's next request
//!    must find the debt if that write-back failed.
//!
//! 6. **Readers alongside.**  Under the parallel model, when phase 1's
//!    flushes are shared with pool threads (flush costs are measured; on
//!    the caller's thread alone, a reader's drop would only follow the
//!    write-backs), a reader whose own drop takes about as long as the
//!    slowest write-back (measured per connection) is dropped in phase 1
//!    instead, alongside the write-backs: its reads are held (those inside
//!    drained) for its drop as in phase 2.  A read that started on it
//!    before the write-backs ended would mark it `READ` and have it dropped
//!    again in phase 2 (rule 2 holds as it is), so its reads stay held
//!    until phase 2 has been chosen, which saves that second flush.
//!    Holding it that long costs it little beyond its own flush, and an
//!    emulated flush of slow flushes costs one round, not two.  A reader
//!    whose drop is quick next to a slow write-back waits for phase 2, so
//!    that it never waits for another connection's flush.
//!
//! 7. **Writes left behind.**  A connection that closes with writes no
//!    flush has covered is written back by its own handle first
//!    ([`write_back_at_close`], `multi-conn-close=flush`), which takes its
//!    `WRITE` bit.  With `multi-conn-close=none` it leaves with the bit
//!    set, and, under the wave lock as it leaves (`registry.rs`,
//!    `hand_over`), every remaining member of its export is marked `WRITE`
//!    (then the group flag, as rule 5 orders), so the next emulated flush
//!    writes back through their handles: over a cache shared by the
//!    export's handles, that covers what the departed connection left.  If
//!    no member of its export is left, the group keeps the debt
//!    (`Group::departed`, kept by an emptied group: `registry.rs`, "What a
//!    group keeps"), and its next emulated flush marks its caller `WRITE`
//!    and the flag before it begins.  A failure marks the target again, so
//!    the debt stays.  Without this, a client that writes, disconnects and
//!    reconnects to flush is answered OK with no plugin flush at all (the
//!    scheduler's `finding-reconnect-emulate`; with another member left,
//!    `finding-reconnect-emulate-member`).  A group that spans exports
//!    (`multi-conn-exportname=false`) whose caller is on another export
//!    than the departed connection cannot cover it: nothing on that export
//!    is left to flush; `multi-conn-close=flush` (the default) has no such
//!    gap.
//!
//! A target therefore waits only for its own part.  Under the parallel
//! model its writes never wait, and its reads wait only during its own
//! drop, never for a slower connection's write-back.
//!
//! # One flush for many clients
//!
//! A client flush that arrives while one is running waits for it and is then
//! answered by the next one, which starts after it arrived: every client
//! waiting at that point shares it.  A burst of flushes from many
//! connections costs two rounds of plugin flushes, not one each.
//!

use super::cost::fans_out;
use super::errseq;
use super::phase::{run_phase, Phase, Step};
use super::{faults, guarded_flush, Backend, Errno, FlushCtx, Policy, Replication, Report};
use crate::config::{Mode, TrackDirty};
use crate::dirty::Dirty;
use crate::gate::Hold;
use crate::registry::{Answer, Conn, Target, Wave};
use crate::stats::Stats;
use crate::sync::atomic::SeqCst;
use crate::sync::Arc;

/// Emulate mode: run the two phases, or share the next run (group commit).
pub(super) fn emulated<B: Backend>(
    caller: &Arc<Conn<B>>,
    ctx: &FlushCtx<'_>,
) -> Result<Report, Errno> {
    let answer = caller.group.commit(|wave| {
        let r = emulate(caller, wave, ctx);
        let shared = r.map(drop);
        (r, shared)
    });
    match answer {
        Answer::Ran(r) => r,
        Answer::Shared(r) => {
            ctx.stats.shared.fetch_add(1, SeqCst);
            r.map(|()| Report {
                shared: true,
                ..Report::default()
            })
        }
    }
}

/// Emulate mode: the two phases over the caller's group, as described at
/// the top of this module.
fn emulate<B: Backend>(
    caller: &Arc<Conn<B>>,
    wave: &Wave<'_, B>,
    ctx: &FlushCtx<'_>,
) -> Result<Report, Errno> {
    let group = &caller.group;
    // Rule 7: writes a member left behind are the caller's to write back.
    if group.departed.swap(false, SeqCst) {
        caller.dirty.mark(Dirty::WRITE);
        group.mark_dirty();
    }
    // Rule 5: clear the flag first, so a write that dirties the group from
    // now on leaves it dirty for the next flush.
    let was_dirty = group.scope.dirty.swap(false, SeqCst);
    let mut report = Report::default();
    let replicate = !faults::on(&faults::NO_REPLICATION);
    let (writers, alongside) = phase1_targets(caller, wave, was_dirty, replicate, ctx, &mut report);
    let early_readers = faults::on(&faults::READERS_FIRST)
        .then(|| wave.select(|_, m| m.dirty.get().contains(Dirty::READ)));
    let lone_writer = writers.len() == 1;
    let step = Step::of(Phase::WriteBack, ctx.replication);
    let written = Written::of(writers.iter().chain(&alongside).map(|&(i, _)| i));
    let mut phase1 = PhaseOneTargets {
        targets: (writers.into_iter().map(|(i, w)| (i, w, step)))
            .chain(
                alongside
                    .into_iter()
                    .map(|(i, r)| (i, r, Step::HeldReadsKept)),
            )
            .collect(),
        released: false,
    };
    let result = run_phase(caller, &mut phase1.targets, ctx, &mut report).and_then(|wrote_back| {
        if !(was_dirty || wrote_back) && ctx.track != TrackDirty::Off {
            return Ok(());
        }
        // Rule 2: chosen now, after every write-back has returned.
        let mut readers = early_readers.unwrap_or_else(|| {
            wave.select(|i, m| {
                let read = m.dirty.get().contains(Dirty::READ);
                let chosen = match ctx.track {
                    TrackDirty::Connection => read,
                    TrackDirty::Fast | TrackDirty::Off => read || !written.contains(i),
                };
                chosen && (replicate || std::ptr::eq(m, &**caller))
            })
        });
        if faults::on(&faults::LONE_WRITER_SKIP) && lone_writer {
            readers.retain(|&(i, _)| !written.contains(i));
        }
        report.overlaps += readers
            .iter()
            .filter(|&&(i, _)| written.contains(i))
            .count();
        // Readers dropped alongside the write-backs may read again.
        phase1.release();
        if ctx.replication == Replication::SerializeRequests {
            owe_drops(&readers);
            Ok(())
        } else {
            let step = Step::of(Phase::Drop, ctx.replication);
            let mut phase2: Vec<_> = readers.into_iter().map(|(i, r)| (i, r, step)).collect();
            run_phase(caller, &mut phase2, ctx, &mut report).map(drop)
        }
    });
    drop(phase1);
    ctx.stats
        .overlap_flushes
        .fetch_add(report.overlaps as u64, SeqCst);
    if result.is_err() {
        group.scope.dirty.store(true, SeqCst);
        // Rule F (`errseq.rs`): every member is told.
        errseq::record(group, false);
    }
    log::debug!(
        "flush from connection #{} export \"{}\": flushed {} of {} connections \
         ({} again after an overlapping read), skipped {}",
        caller.id,
        caller.export,
        report.flushed,
        report.members,
        report.overlaps,
        report
            .members
            .saturating_sub(report.flushed.saturating_sub(report.overlaps)),
    );
    result.map(|()| report)
}

/// The writers and the readers to drop alongside them, with their indices
/// in the member list.
type Phase1Targets<B> = (Vec<Target<B>>, Vec<Target<B>>);

/// Phase 1's targets, in one pass over the group (each member's bits are
/// looked at once: with many connections, that pass is most of a cheap
/// flush's cost): the writers (rule 1), and the readers to drop alongside
/// them (rule 6).  With measured costs, a connection not yet measured
/// counts as unknown: a writer of unknown cost keeps every reader out (it
/// could be the slow one), and an unmeasured reader stays out.
pub(super) fn phase1_targets<B>(
    caller: &Conn<B>,
    wave: &Wave<'_, B>,
    was_dirty: bool,
    replicate: bool,
    ctx: &FlushCtx<'_>,
    report: &mut Report,
) -> Phase1Targets<B> {
    let group_cost = caller.group.flush_cost_ns.load(SeqCst);
    // Alongside pays only when phase 1's flushes run at the same time: on
    // the caller's thread alone, a reader's drop would wait for the
    // write-backs anyway, and then for phase 2 to be chosen.  A group
    // whose flushes are too cheap to share with the pool, however many
    // targets there are, collects no readers for it.
    let measured_inline =
        ctx.alongside == Policy::Measured && !fans_out(usize::MAX, ctx, group_cost);
    let alongside_allowed = replicate
        && ctx.replication == Replication::Parallel
        && ctx.alongside != Policy::Never
        && !measured_inline
        && !faults::on(&faults::READERS_FIRST);
    let (mut writers, mut readers) = (Vec::new(), Vec::new());
    wave.each(|i, m| {
        report.members += 1;
        let bits = m.dirty.get();
        let chosen = match ctx.track {
            TrackDirty::Fast => was_dirty && bits.contains(Dirty::WRITE),
            TrackDirty::Connection | TrackDirty::Off => bits.contains(Dirty::WRITE),
        };
        if chosen && (replicate || std::ptr::eq(&**m, caller)) {
            writers.push((i, m.clone()));
        } else if alongside_allowed
            && (ctx.track != TrackDirty::Connection || bits.contains(Dirty::READ))
        {
            readers.push((i, m.clone()));
        }
    });
    // Nothing to write back: no drop phase, so nothing to drop alongside.
    if !was_dirty && writers.is_empty() {
        readers.clear();
    }
    let cost = |c: &Conn<B>| c.flush_cost_ns.load(SeqCst);
    if ctx.alongside == Policy::Measured
        && !fans_out(writers.len() + readers.len(), ctx, group_cost)
    {
        readers.clear();
    }
    if ctx.alongside == Policy::Measured {
        let longest = writers.iter().map(|(_, w)| cost(w)).max().unwrap_or(0);
        readers.retain(|(_, r)| {
            longest != u64::MAX && cost(r) != u64::MAX && cost(r).saturating_mul(2) >= longest
        });
    }
    (writers, readers)
}

/// The members a flush's phase 1 flushed, by index in the member list (see
/// `Wave`): one bit each, so that the tests made once per member in phase 2
/// cost a shift and a load.
struct Written(Vec<u64>);

impl Written {
    fn of(indices: impl IntoIterator<Item = usize>) -> Written {
        let mut words = Vec::new();
        for i in indices {
            if words.len() <= i / 64 {
                words.resize(i / 64 + 1, 0);
            }
            words[i / 64] |= 1 << (i % 64);
        }
        Written(words)
    }

    fn contains(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }
}

/// Phase 1's targets.  The readers dropped alongside the write-backs
/// (`Step::HeldReadsKept`) keep their reads held until phase 2 has been
/// chosen; `release` opens them (at the latest when this is dropped,
/// whatever happened in between).
struct PhaseOneTargets<B> {
    targets: Vec<(usize, Arc<Conn<B>>, Step)>,
    released: bool,
}

impl<B> PhaseOneTargets<B> {
    fn release(&mut self) {
        if std::mem::replace(&mut self.released, true) {
            return;
        }
        for (_, r, step) in &self.targets {
            if *step == Step::HeldReadsKept {
                r.gate.open(Hold::Reads);
            }
        }
    }
}

impl<B> Drop for PhaseOneTargets<B> {
    fn drop(&mut self) {
        self.release();
    }
}

/// Under serialize_requests: instead of holding each reader for its drop
/// now, let its next request make it (rule 4, [`drop_if_due`]).
fn owe_drops<B>(readers: &[Target<B>]) {
    if faults::on(&faults::FORGET_OWED_DROPS) {
        return;
    }
    for (_, r) in readers {
        r.dirty.mark(Dirty::OWED);
    }
}

/// Make the drop `conn` owes an emulated flush that has already answered
/// (serialize_requests, see rule 4), before a request of its own uses the
/// plugin.  The caller is inside the connection's gate, and nbdkit runs no
/// other request of the connection meanwhile; a flush that holds the
/// connection waits for this request.  On failure the drop stays owed and
/// the request fails with the plugin's error: it must not run on a cache
/// that may be stale.
#[inline]
pub fn drop_if_due<B: Backend>(conn: &Conn<B>, stats: &Stats) -> Result<(), Errno> {
    if conn.dirty.get().contains(Dirty::OWED) {
        owed_drop(conn, stats)?;
    }
    Ok(())
}

#[cold]
fn owed_drop<B: Backend>(conn: &Conn<B>, stats: &Stats) -> Result<(), Errno> {
    if !conn.dirty.take_owed() {
        return Ok(());
    }
    let r = guarded_flush(&conn.backend);
    stats.plugin_flushes.fetch_add(1, SeqCst);
    stats.owed_drops.fetch_add(1, SeqCst);
    if let Err(e) = r {
        conn.dirty.mark(Dirty::READ | Dirty::OWED);
        errseq::record(&conn.group, false);
        log::debug!("owed drop of connection #{} failed: errno {}", conn.id, e);
        return Err(e);
    }
    // It wrote back too: no other request of the connection ran meanwhile,
    // so none marked `WRITE` since.  The writes behind that bit set the
    // group flag after it, and the flag is cleared only where a flush
    // begins (rule 5), so a flush that no longer sees the bit either sees
    // the flag, and drops the readers after this write-back, or comes
    // after one that did.
    conn.dirty.take(Dirty::WRITE);
    Ok(())
}

/// Emulate mode, at `.finalize` (before the connection leaves its group,
/// under the group's wave lock, so no emulated flush runs meanwhile): a
/// connection with unflushed writes writes them back through its own
/// handle, as a cache shared by every connection would keep them.  The
/// group is marked dirty, so the next emulated flush drops the readers'
/// caches.  If the write-back fails, the next client flush of every other
/// member fails with EIO, once (`Group::lost`): data it was meant to cover
/// may be lost.
pub fn write_back_at_close<B: Backend>(conn: &Conn<B>, stats: &Stats) -> Result<(), Errno> {
    if conn.mode != Mode::Emulate
        || !conn.dirty.get().contains(Dirty::WRITE)
        || faults::on(&faults::NO_WRITE_BACK_AT_CLOSE)
    {
        return Ok(());
    }
    let r = guarded_flush(&conn.backend);
    stats.plugin_flushes.fetch_add(1, SeqCst);
    stats.close_writebacks.fetch_add(1, SeqCst);
    conn.group.mark_dirty();
    // Written back, or lost and reported (below): the group owes nothing
    // for these writes when the connection leaves (rule 7).
    conn.dirty.take(Dirty::WRITE);
    if r.is_err() {
        stats.close_writeback_failures.fetch_add(1, SeqCst);
        errseq::record(&conn.group, true);
    }
    r
}
