//! Deciding and running flushes.
//!
//! The engine is safe Rust, generic over [`Backend`] (how to flush one
//! connection in the plugin), so that unit tests and the model checker run it
//! against fakes and the filter runs it against nbdkit.
//!
//! # What an emulated flush must do
//!
//! A plugin flush of one connection writes back what that connection wrote
//! and drops what it cached.  A client flush sent at time `s` must make every
//! write completed before `s`, on any connection of the group, visible to
//! every read sent after the reply.  So every connection that may hold such
//! a write must write it back (`WRITE`), and every connection that may have
//! cached data older than those write-backs must drop it (`READ`), *after*
//! the write-backs, and no read that fetched before the write-backs ended
//! may fill a cache after its drop.
//!
//! # Two phases, holding only what must wait
//!
//! 1. **Write-back**: every connection with `WRITE` (with `track-dirty=off`
//!    too; with `fast`, only if the group is dirty) is flushed.  Under the
//!    parallel thread model nothing is held: its requests go on.
//! 2. **Drop**, if the group was dirty or phase 1 wrote something back:
//!    every connection with `READ` (with `fast` or `off`, every connection
//!    not flushed in phase 1), chosen *after* phase 1 ended, is flushed
//!    while its reads are held: the reads inside are drained, new ones wait
//!    for the end of this one plugin flush, writes go on.  Holding is
//!    needed: a read that starts after the write-backs still finds the old
//!    data in the connection's own cache until the drop, and a plugin may
//!    fill its cache with what a read found (a cache hit included) after
//!    the drop, so no read may straddle it.
//!
//! Under the parallel model a reader whose own drop takes about as long as
//! the slowest write-back (flush costs are measured per connection) is
//! dropped in phase 1 instead, alongside the write-backs, with its reads
//! held from before its drop until phase 2 has been chosen
//! (`readers_alongside`): holding it that long costs it little beyond its
//! own flush, and an emulated flush of slow flushes then costs one round of
//! them, not two.  A reader whose drop is quick next to a slow write-back
//! waits for phase 2, so that it never waits for another connection's
//! flush.
//!
//! Each target's bits are *taken* (cleared) before its flush, then one
//! `barrier::fence_all` and, just before the plugin flush, a look at the
//! requests inside (`Barrier::snapshot`).  A write inside may not be covered
//! by the flush, so its `WRITE` bit and the group flag are marked again
//! afterwards; a write that starts later marks them itself.  Likewise a read
//! inside a phase-1 target when its flush begins, or one starting on it
//! later, leaves the target marked `READ`: it may have fetched before
//! another connection's write-back ended and fill after this flush dropped
//! the cache.  Such a target is flushed again in phase 2.  If it was phase
//! 1's only target, no other write-back was pending for later reads to
//! miss, so only if a read was inside when its flush began (it may have
//! fetched before the connection's own write) or it had cached reads when
//! its bits were taken (a read may have found them before the flush dropped
//! them, and put them back after).  These are the only
//! plugin flushes beyond the two-pass rule, and only when a read really
//! overlapped; they are counted (`Stats::overlap_flushes`).  A connection
//! that starts reading during phase 1 without being a target is caught the
//! same way: it is `READ` when phase 2 is chosen.
//!
//! A target therefore waits only for its own part.  Under the parallel
//! model its writes never wait, and its reads wait only during its own drop
//! (for the reads already inside, then its one plugin flush; dropped
//! alongside the write-backs, until they end, which takes at most about
//! twice its own flush), never for a slower connection's flush.  Under `serialize_requests` a target must be
//! idle during its own plugin flush, so it is held (new requests wait,
//! those inside are drained) for exactly that flush in phase 1; reads it
//! makes after its phase-1 flush mark it `READ` for phase 2 as above.  Its
//! phase-2 drop is *owed* instead of made (`Dirty::OWED`): the flush answers
//! at once, and the connection's next request, which nbdkit runs alone on
//! that connection, makes the drop before it uses the plugin
//! (`drop_if_due`).  No request can use the cache before the drop, which is
//! all a drop must ensure, and the flush does not wait for every reader's
//! request in flight.  Any later flush of the connection pays the debt too.
//! Under `serialize_all_requests` nbdkit runs one request at a time anyway,
//! and flushes run one after another on the caller's thread.
//!
//! # One flush for many clients
//!
//! Emulated flushes of a group run one at a time (`Group::commit`).  A
//! client flush that arrives while one is running waits for it and is then
//! answered by the next one, which starts after it arrived: every client
//! waiting at that point shares it.  A burst of flushes from many
//! connections costs two rounds of plugin flushes, not one each.
//!
//! # Fast and slow plugin flushes
//!
//! A phase's flushes run on the caller's thread when the group's measured
//! flush cost says they are cheap (a pool thread costs more to wake than a
//! flush of an in-memory plugin), and are otherwise shared with up to
//! [`crate::pool::MAX_THREADS`] pool threads: all take targets from one
//! list, so the caller never waits for a pool thread to start.
//!
//! # The group flag
//!
//! It is cleared when the flush starts, so a write racing with the flush
//! leaves the group dirty.  If phase 2 wrote nothing back, every write-back
//! of this flush has been followed by the drops it calls for, and
//! [`settle_group_flag`] clears a flag that only covered writes set, so
//! that the next flush does not drop caches for nothing.

use crate::barrier::{fence_all, Hold, InFlight, Kind};
use crate::config::{Mode, TrackDirty};
use crate::dirty::Dirty;
use crate::pool::Pool;
use crate::registry::{record_cost, Commit, Conn, Group};
use crate::stats::Stats;
use parking_lot::{Condvar, Mutex};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering::SeqCst};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

/// Deliberate mistakes, off unless a test turns them on: the model checker
/// uses them to show that it catches an engine that skips what this module
/// argues is needed.
#[doc(hidden)]
pub mod faults {
    use std::sync::atomic::{AtomicBool, Ordering::Relaxed};

    /// Drop caches without holding the target's reads.
    pub static DROP_WITHOUT_HOLD: AtomicBool = AtomicBool::new(false);
    /// Choose the drop phase's targets before the write-backs, ignoring
    /// reads that overlap them.
    pub static READERS_FIRST: AtomicBool = AtomicBool::new(false);
    /// Let readers dropped alongside the write-backs read again at once.
    pub static RELEASE_ALONGSIDE_EARLY: AtomicBool = AtomicBool::new(false);
    /// Under serialize_requests, owe no drops (answer without them).
    pub static FORGET_OWED_DROPS: AtomicBool = AtomicBool::new(false);

    pub(super) fn on(f: &AtomicBool) -> bool {
        f.load(Relaxed)
    }
}

/// An errno value from the plugin (or EIO for a panic).
pub type Errno = i32;

/// How the filter reaches the plugin for one connection.
pub trait Backend: Send + Sync + 'static {
    /// Flush this connection in the plugin.
    fn flush(&self) -> Result<(), Errno>;
}

/// How replicated flushes may run, from the thread model nbdkit gave
/// `.get_ready`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Replication {
    /// parallel: flushes run at the same time and may overlap the target's
    /// own requests.
    Concurrent,
    /// serialize_requests: flushes run at the same time, each target held
    /// idle during its own plugin flush.
    ConcurrentHeld,
    /// serialize_all_requests and stricter: one plugin call at a time.
    Sequential,
}

/// What a flush did, for the debug line and the statistics.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Plugin flushes sent.
    pub flushed: usize,
    /// Connections the flush considered: the group's members, or just the
    /// caller when the flush is not emulated.
    pub members: usize,
    /// Plugin flushes beyond the two-pass rule, because a read overlapped.
    pub overlaps: usize,
    /// Answered by a flush that another client's request ran.
    pub shared: bool,
}

/// Why the caller asked for a flush (statistics only).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cause {
    Client,
    Fua,
}

/// Everything a flush needs besides the connection.
#[derive(Clone, Copy)]
pub struct FlushCtx<'a> {
    pub track: TrackDirty,
    pub replication: Replication,
    pub stats: &'a Stats,
}

/// Flush on behalf of `caller`, in whatever way its mode asks for.
pub fn flush<B: Backend>(
    caller: &Arc<Conn<B>>,
    cause: Cause,
    ctx: &FlushCtx<'_>,
) -> Result<Report, Errno> {
    match cause {
        Cause::Client => ctx.stats.client_flushes.fetch_add(1, SeqCst),
        Cause::Fua => ctx.stats.fua_flushes.fetch_add(1, SeqCst),
    };
    let report = if caller.mode == Mode::Emulate {
        let commit = caller.group.commit(|wave| {
            let r = flush_emulated(caller, **wave, ctx);
            let shared = r.map(drop);
            (r, shared)
        });
        match commit {
            Commit::Ran(r) => r?,
            Commit::Shared(r) => {
                ctx.stats.shared.fetch_add(1, SeqCst);
                r?;
                Report {
                    shared: true,
                    ..Report::default()
                }
            }
        }
    } else {
        flush_own(caller, ctx)?
    };
    if report.flushed == 0 && !report.shared {
        ctx.stats.elided.fetch_add(1, SeqCst);
    }
    Ok(report)
}

/// Take the dirty bits of `targets`, then look at their requests inside:
/// see the module comment.  Returns each target's bits and requests.
fn take_and_look<B>(targets: &[Arc<Conn<B>>]) -> Vec<(Dirty, InFlight)> {
    let taken: Vec<Dirty> = targets.iter().map(|t| t.dirty.take()).collect();
    fence_all();
    taken
        .into_iter()
        .zip(targets)
        .map(|(bits, t)| (bits, t.barrier.snapshot()))
        .collect()
}

/// What a flush of a connection may leave uncovered, looked at just before
/// the plugin flush, among the requests a look after its bits were taken
/// and a fence found inside: one still inside may not be covered (one that
/// has left is: its plugin call returned before the flush began).  `reads`:
/// whether a read counts.
#[derive(Clone, Copy, Default)]
struct Uncovered {
    write: bool,
    read: bool,
}

impl Uncovered {
    fn look(inside: &InFlight, reads: bool) -> Uncovered {
        Uncovered {
            write: inside.still_inside(Kind::Write),
            read: reads && inside.still_inside(Kind::Read),
        }
    }
}

/// After flushing `t`: mark again what the flush may not have covered,
/// and on failure everything it took.
fn mark_again<B>(t: &Conn<B>, taken: Dirty, left: Uncovered, failed: bool) {
    let mut again = if failed { taken } else { Dirty::empty() };
    again.set(Dirty::WRITE, again.contains(Dirty::WRITE) || left.write);
    again.set(Dirty::READ, again.contains(Dirty::READ) || left.read);
    if again.contains(Dirty::WRITE) {
        t.group.mark_dirty();
    }
    t.dirty.mark(again);
}

/// Modes other than emulate: the caller's own flush, skipped when tracking
/// says nothing in the group needs it.
fn flush_own<B: Backend>(caller: &Arc<Conn<B>>, ctx: &FlushCtx<'_>) -> Result<Report, Errno> {
    let group = &caller.group;
    let mut report = Report {
        members: 1,
        ..Report::default()
    };
    if ctx.track != TrackDirty::Off && !group.dirty.load(SeqCst) {
        return Ok(report);
    }
    // Clean the group flag before the flush rather than after, so that a
    // write racing with this flush leaves it dirty; put it back on failure.
    let cleans_group = match ctx.track {
        TrackDirty::Connection => caller.plugin_multi_conn,
        TrackDirty::Fast => true,
        TrackDirty::Off => false,
    };
    let was_dirty = cleans_group && group.dirty.swap(false, SeqCst);
    // With connection tracking, the connections this flush cleans: every
    // member if the plugin promises that one flush covers them all.
    let cleaned = match ctx.track {
        TrackDirty::Connection if caller.plugin_multi_conn => group.select(|_| true),
        TrackDirty::Connection => vec![caller.clone()],
        _ => Vec::new(),
    };
    let taken = take_and_look(&cleaned);
    let left: Vec<_> = taken
        .iter()
        .map(|(_, i)| Uncovered::look(i, true))
        .collect();
    let result = {
        // Our own request, so that a flush replicated here by an emulating
        // connection that holds this one waits for it.
        let _in_flight = caller.enter(Kind::Other);
        guarded_flush(&caller.backend)
    };
    ctx.stats.plugin_flushes.fetch_add(1, SeqCst);
    for ((t, (bits, _)), left) in cleaned.iter().zip(&taken).zip(left) {
        mark_again(t, *bits, left, result.is_err());
    }
    if let Err(e) = result {
        if was_dirty {
            group.dirty.store(true, SeqCst);
        }
        return Err(e);
    }
    report.flushed = 1;
    Ok(report)
}

/// Make the drop `conn` owes an emulated flush that has already answered
/// (serialize_requests, see the module comment), before a request of its
/// own uses the plugin.  The caller is inside the connection's barrier,
/// and nbdkit runs no other request of the connection meanwhile.  On
/// failure the drop stays owed and the request fails with the plugin's
/// error: it must not run on a cache that may be stale.
#[inline]
pub fn drop_if_due<'c, B: Backend>(
    conn: &Conn<B>,
    ctx: impl FnOnce() -> FlushCtx<'c>,
) -> Result<(), Errno> {
    if conn.dirty.get().contains(Dirty::OWED) {
        owed_drop(conn, &ctx())?;
    }
    Ok(())
}

#[cold]
fn owed_drop<B: Backend>(conn: &Conn<B>, ctx: &FlushCtx<'_>) -> Result<(), Errno> {
    // The cache goes, so `READ` does, with the debt, in one step (an
    // emulated flush owes a drop only to a connection with `READ`).
    // `WRITE` stays until the flush is over: an emulated flush that starts
    // meanwhile must see it and wait for this request (it holds the
    // connection), rather than answer before this write-back is done.
    let Some(taken) = conn.dirty.take_owed() else {
        return Ok(());
    };
    let r = guarded_flush(&conn.backend);
    ctx.stats.plugin_flushes.fetch_add(1, SeqCst);
    ctx.stats.owed_drops.fetch_add(1, SeqCst);
    if let Err(e) = r {
        conn.dirty.mark(taken & (Dirty::READ | Dirty::OWED));
        log::debug!("owed drop of connection #{} failed: errno {}", conn.id, e);
        return Err(e);
    }
    if taken.contains(Dirty::WRITE) {
        // Written back (no other request of the connection runs meanwhile,
        // so none marked it since).  Other connections may hold older
        // copies: the next flush must drop them.
        conn.group.mark_dirty();
        conn.dirty.clear(Dirty::WRITE);
    }
    Ok(())
}

/// The two phases of an emulated flush.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    WriteBack,
    Drop,
}

/// Emulate mode: the two phases over the caller's group, as described at
/// the top of this module.  `wave` numbers this flush within the group.
fn flush_emulated<B: Backend>(
    caller: &Arc<Conn<B>>,
    wave: u64,
    ctx: &FlushCtx<'_>,
) -> Result<Report, Errno> {
    let group = &caller.group;
    // Clear the flag first: a write that dirties the group from now on is not
    // covered by this flush and must leave the group dirty for the next one.
    let was_dirty = group.dirty.swap(false, SeqCst);
    let mut report = Report::default();

    let writers = group.select(|m| {
        report.members += 1;
        let wrote = m.dirty.get().contains(Dirty::WRITE);
        match ctx.track {
            TrackDirty::Fast => was_dirty && wrote,
            TrackDirty::Connection | TrackDirty::Off => wrote,
        }
    });
    for w in &writers {
        w.flushed_in.store(wave, SeqCst);
    }
    // A read that starts on the only writer after its bits were taken cannot
    // fetch old data unless its cache had some (see the module comment).
    let lone_writer = writers.len() == 1;
    let early_readers: Option<Vec<u64>> = faults::on(&faults::READERS_FIRST).then(|| {
        group
            .select(|m| m.dirty.get().contains(Dirty::READ))
            .iter()
            .map(|m| m.id)
            .collect()
    });
    let alongside = readers_alongside(group, &writers, wave, was_dirty, ctx);
    for r in &alongside {
        r.flushed_in.store(wave, SeqCst);
    }
    let mut kept = KeptReads(alongside.clone());
    let phase1 = Targets {
        plain: writers,
        alongside,
    };
    let result = run_phase(caller, wave, phase1, Phase::WriteBack, ctx, &mut report).and_then(
        |wrote_back| {
            let dirty = was_dirty || wrote_back;
            if !dirty && ctx.track != TrackDirty::Off {
                return Ok(());
            }
            // Chosen now, after every write-back: see the module comment.
            let readers = group.select(|m| {
                let written_back = m.flushed_in.load(SeqCst) == wave;
                if written_back && lone_writer && m.overlapped_in.load(SeqCst) != wave {
                    return false;
                }
                let read = match &early_readers {
                    Some(ids) => ids.contains(&m.id),
                    None => m.dirty.get().contains(Dirty::READ),
                };
                match ctx.track {
                    TrackDirty::Connection => read,
                    TrackDirty::Fast | TrackDirty::Off => read || !written_back,
                }
            });
            // Readers dropped alongside the write-backs may read again.
            kept.release();
            let wrote_back_late = if ctx.replication == Replication::ConcurrentHeld {
                owe_drops(&readers);
                false
            } else {
                run_phase(caller, wave, readers.into(), Phase::Drop, ctx, &mut report)?
            };
            if wrote_back_late {
                // Data newer than this flush needed: readers may hold older
                // copies, so the next flush must drop them.
                group.dirty.store(true, SeqCst);
            } else if dirty {
                settle_group_flag(group);
            }
            Ok(())
        },
    );
    if result.is_err() {
        group.dirty.store(true, SeqCst);
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
            .saturating_sub(report.flushed - report.overlaps),
    );
    result.map(|()| report)
}

/// Under serialize_requests: instead of holding each reader for its drop
/// now, let its next request make it (`drop_if_due`).  A connection runs
/// one request at a time there, so a read still inside may fill its cache
/// with old data, but no request can use that cache before the drop; and
/// the flush answers without waiting for every reader's request in flight.
/// The fence makes the debt visible to every request that starts later.
fn owe_drops<B>(readers: &[Arc<Conn<B>>]) {
    if faults::on(&faults::FORGET_OWED_DROPS) {
        return;
    }
    for r in readers {
        r.dirty.owe();
    }
    fence_all();
}

/// Under the parallel model: the readers whose own drop takes about as long
/// as the slowest write-back (measured per connection), so that keeping
/// their reads out from their drop until every write-back is over costs
/// them little beyond their own flush.  They are dropped in phase 1,
/// alongside the write-backs, instead of after them: an emulated flush of
/// slow flushes costs one round of them, not two.  A reader whose drop is
/// quick next to a slow write-back is left to phase 2, so that it does not
/// wait for another connection's flush.
fn readers_alongside<B>(
    group: &Group<B>,
    writers: &[Arc<Conn<B>>],
    wave: u64,
    was_dirty: bool,
    ctx: &FlushCtx<'_>,
) -> Vec<Arc<Conn<B>>> {
    if ctx.replication != Replication::Concurrent
        || (!was_dirty && writers.is_empty())
        || faults::on(&faults::READERS_FIRST)
    {
        return Vec::new();
    }
    // A connection not yet measured costs u64::MAX: a writer of unknown
    // cost keeps every reader out of phase 1, and an unmeasured reader
    // stays out, since either could be the slow one.
    let longest = writers
        .iter()
        .map(|w| w.flush_cost_ns.load(SeqCst))
        .max()
        .unwrap_or(0);
    if longest == u64::MAX {
        return Vec::new();
    }
    group.select(|m| {
        let reads = match ctx.track {
            TrackDirty::Connection => m.dirty.get().contains(Dirty::READ),
            TrackDirty::Fast | TrackDirty::Off => true,
        };
        let cost = m.flush_cost_ns.load(SeqCst);
        reads
            && m.flushed_in.load(SeqCst) != wave
            && cost != u64::MAX
            && cost.saturating_mul(2) >= longest
    })
}

/// A phase's targets: those flushed as the phase says, then (in phase 1)
/// the readers dropped alongside them, whose reads stay held afterwards.
struct Targets<B> {
    plain: Vec<Arc<Conn<B>>>,
    alongside: Vec<Arc<Conn<B>>>,
}

impl<B> From<Vec<Arc<Conn<B>>>> for Targets<B> {
    fn from(plain: Vec<Arc<Conn<B>>>) -> Self {
        Targets {
            plain,
            alongside: Vec::new(),
        }
    }
}

/// The readers dropped alongside the write-backs keep their reads held
/// until phase 2 has been chosen; this opens them (at the latest on drop).
struct KeptReads<B>(Vec<Arc<Conn<B>>>);

impl<B> KeptReads<B> {
    fn release(&mut self) {
        for r in self.0.drain(..) {
            r.barrier.open(Hold::Reads);
        }
    }
}

impl<B> Drop for KeptReads<B> {
    fn drop(&mut self) {
        self.release();
    }
}

/// After an emulated flush whose phase 2 wrote nothing back: a write that
/// raced with it may have set the group flag again although phase 1 wrote
/// it back and phase 2 dropped the caches after that.  Keep the flag only
/// if some member still has an unflushed write, so the next flush does not
/// drop caches for nothing.  Clearing first and looking second keeps racing
/// writers safe: a writer sets its `WRITE` bit before the flag, so either
/// its flag comes after our clear, or its bit is seen here.
fn settle_group_flag<B>(group: &Group<B>) {
    if group.dirty.swap(false, SeqCst) && group.any(|m| m.dirty.get().contains(Dirty::WRITE)) {
        group.dirty.store(true, SeqCst);
    }
}

/// The most plugin flush time a phase runs on the caller's thread alone
/// (the group's measured cost per flush times the targets beyond the
/// first); beyond it, pool threads share the targets...
const INLINE_BUDGET: Duration = Duration::from_micros(200);
/// ...unless one flush costs less than waking a pool thread: then the
/// caller is as fast alone, however many targets there are.
const FAN_OUT_MIN: Duration = Duration::from_micros(20);

/// Flush `targets` as one phase.  Targets that flushed are clean (apart
/// from what requests inside marked again); the others keep their bits.
/// Returns whether the phase wrote anything back (a target had `WRITE` or
/// a write inside), or the first error.
fn run_phase<B: Backend>(
    caller: &Arc<Conn<B>>,
    wave: u64,
    targets: Targets<B>,
    phase: Phase,
    ctx: &FlushCtx<'_>,
    report: &mut Report,
) -> Result<bool, Errno> {
    let Targets {
        plain: mut targets,
        alongside,
    } = targets;
    // The caller flushes the first target itself (pool threads start at the
    // second), and its own connection goes first: nbdkit keeps a plugin's
    // errno only on its own threads, so that error reaches the client as it
    // is, where one from a pool thread would be EIO.
    if let Some(own) = targets.iter().position(|t| Arc::ptr_eq(t, caller)) {
        targets.swap(0, own);
    }
    let keep_from = targets.len();
    targets.extend(alongside);
    if targets.is_empty() {
        return Ok(false);
    }
    let group = &caller.group;
    let n = targets.len();
    let cost = Duration::from_nanos(group.flush_cost_ns.load(SeqCst));
    let slow = cost >= FAN_OUT_MIN && cost.saturating_mul(n as u32 - 1) > INLINE_BUDGET;
    // Slow flushes: up to MAX_THREADS pool threads, each target prepared by
    // whoever flushes it.  Fast ones, on this thread: prepared all at once,
    // so that one fence serves them all.
    let (helpers, prepared) = match ctx.replication {
        Replication::Concurrent | Replication::ConcurrentHeld if n > 1 && slow => {
            ((n - 1).min(crate::pool::MAX_THREADS), false)
        }
        _ => (0, true),
    };
    let hold = match (ctx.replication, phase) {
        (Replication::Concurrent, Phase::WriteBack) => None,
        (Replication::Concurrent, Phase::Drop) if faults::on(&faults::DROP_WITHOUT_HOLD) => None,
        (Replication::Concurrent, Phase::Drop) => Some(Hold::Reads),
        (Replication::ConcurrentHeld | Replication::Sequential, _) => Some(Hold::All),
    };
    let holds: Vec<_> = (0..n)
        .map(|i| {
            if i < keep_from {
                hold
            } else {
                Some(Hold::Reads)
            }
        })
        .collect();
    let (taken, looked) = if prepared {
        let taken = targets
            .iter()
            .zip(&holds)
            .map(|(t, &h)| AtomicU8::new(prepare(t, h).bits()))
            .collect();
        fence_all();
        // One pass over every target's requests before any flush: the
        // targets' slots are far apart in memory, and this way the loads
        // overlap instead of waiting for each other.
        let looked = targets
            .iter()
            .zip(&holds)
            .map(|(t, &h)| t.barrier.look(h))
            .collect();
        (taken, looked)
    } else {
        (Vec::new(), Vec::new())
    };
    let work = Arc::new(Work {
        wave,
        phase,
        holds,
        keep_from,
        targets,
        taken,
        looked,
        next: AtomicUsize::new(1),
        outcomes: (0..n).map(|_| OnceLock::new()).collect(),
        left: AtomicUsize::new(n),
        done: Mutex::new(()),
        all_done: Condvar::new(),
    });
    for _ in 0..helpers {
        let work = work.clone();
        Pool::global().execute(Box::new(move || work.take_turns()));
    }
    work.turn(0);
    work.take_turns();
    let results = work.wait();
    log::trace!(
        "flush wave {wave} {phase:?}: connections {:?}",
        work.targets.iter().map(|t| t.id).collect::<Vec<_>>()
    );

    let mut first_error = None;
    let mut wrote_back = false;
    let (mut replicated, mut slowest, mut total) = (0, Duration::ZERO, Duration::ZERO);
    let flushed_before = report.flushed;
    let overlaps_before = report.overlaps;
    for (t, (r, wrote)) in work.targets.iter().zip(results) {
        match r {
            Ok(took) => {
                report.flushed += 1;
                wrote_back |= wrote;
                total += took;
                record_cost(
                    &t.flush_cost_ns,
                    u64::try_from(took.as_nanos()).unwrap_or(u64::MAX),
                );
                if !Arc::ptr_eq(t, caller) {
                    replicated += 1;
                    slowest = slowest.max(took);
                }
                if phase == Phase::Drop && t.flushed_in.load(SeqCst) == wave {
                    report.overlaps += 1;
                }
            }
            Err(e) => {
                log::debug!("flush of connection #{} failed: errno {}", t.id, e);
                // EIO is also what a plugin error becomes on a pool thread,
                // where nbdkit cannot see the plugin's errno: prefer another.
                if first_error.is_none() || (first_error == Some(libc::EIO) && e != libc::EIO) {
                    first_error = Some(e);
                }
            }
        }
    }
    // Statistics once per phase, not once per target.
    ctx.stats.plugin_flushes.fetch_add(n as u64, SeqCst);
    ctx.stats.record_replicated(replicated, slowest);
    let overlaps = report.overlaps - overlaps_before;
    ctx.stats.overlap_flushes.fetch_add(overlaps as u64, SeqCst);
    if let Some(mean) = total.checked_div((report.flushed - flushed_before) as u32) {
        group.record_flush_cost(u64::try_from(mean.as_nanos()).unwrap_or(u64::MAX));
    }
    first_error.map_or(Ok(wrote_back), Err)
}

/// A flush's result (with the time it took) and whether it wrote back.
type Outcome = (Result<Duration, Errno>, bool);

/// Hold `t` if the phase holds, and take its bits.  A fence must follow
/// before [`Work::flush_prepared`].
fn prepare<B>(t: &Conn<B>, hold: Option<Hold>) -> Dirty {
    if let Some(what) = hold {
        t.barrier.close(what);
    }
    t.dirty.take()
}

/// One phase's targets, shared by the caller and any pool threads helping.
struct Work<B> {
    wave: u64,
    phase: Phase,
    /// What each target's barrier keeps out during its flush, if anything.
    holds: Vec<Option<Hold>>,
    /// Targets from this index on keep their hold after their flush (the
    /// readers dropped alongside the write-backs: `KeptReads` opens them).
    keep_from: usize,
    targets: Vec<Arc<Conn<B>>>,
    /// The bits taken from each target when the caller prepared them all
    /// before one fence; empty when each is prepared by whoever flushes it.
    taken: Vec<AtomicU8>,
    /// With `taken`: the requests inside each target right after the fence,
    /// or `None` where a held one was still inside.
    looked: Vec<Option<InFlight>>,
    /// The next target nobody has taken yet.
    next: AtomicUsize,
    outcomes: Vec<OnceLock<Outcome>>,
    /// Targets not yet flushed; the last to finish wakes the caller.
    left: AtomicUsize,
    done: Mutex<()>,
    all_done: Condvar,
}

impl<B: Backend> Work<B> {
    /// Flush targets from the shared list until none is left (the first is
    /// the caller's: see [`run_phase`]).
    fn take_turns(&self) {
        loop {
            let i = self.next.fetch_add(1, SeqCst);
            if i >= self.targets.len() {
                return;
            }
            self.turn(i);
        }
    }

    /// Flush target `i`.
    fn turn(&self, i: usize) {
        let taken = match self.taken.get(i) {
            Some(bits) => Dirty::from_bits_truncate(bits.load(SeqCst)),
            None => {
                let taken = prepare(&self.targets[i], self.holds[i]);
                fence_all();
                taken
            }
        };
        let outcome = self.flush_prepared(i, taken);
        self.finish(i, outcome);
    }

    /// Wait for the held requests inside to leave, look at the others,
    /// flush, open, and mark again what the flush may not have covered.
    fn flush_prepared(&self, i: usize, taken: Dirty) -> Outcome {
        let t = &self.targets[i];
        let hold = self.holds[i];
        // A look from before is good enough: held requests cannot have come
        // in since, and others that have left since are only re-marked.
        let reads = self.phase == Phase::WriteBack && hold.is_none();
        let left = match self.looked.get(i) {
            Some(Some(inside)) => Uncovered::look(inside, reads),
            _ => Uncovered::look(&t.barrier.wait_then_look(hold), reads),
        };
        if left.read || (reads && taken.contains(Dirty::READ)) {
            // A read may refill the cache with old data after this flush.
            t.overlapped_in.store(self.wave, SeqCst);
        }
        let r = timed_flush(&t.backend);
        let keep = i >= self.keep_from && !faults::on(&faults::RELEASE_ALONGSIDE_EARLY);
        if let (Some(what), false) = (hold, keep) {
            t.barrier.open(what);
        }
        mark_again(t, taken, left, r.is_err());
        (r, taken.contains(Dirty::WRITE) || left.write)
    }

    fn finish(&self, i: usize, outcome: Outcome) {
        let _ = self.outcomes[i].set(outcome);
        if self.left.fetch_sub(1, SeqCst) == 1 {
            let _done = self.done.lock();
            self.all_done.notify_all();
        }
    }

    /// Every target's outcome, once all are in.
    fn wait(&self) -> Vec<Outcome> {
        if self.left.load(SeqCst) != 0 {
            let mut done = self.done.lock();
            while self.left.load(SeqCst) != 0 {
                self.all_done.wait(&mut done);
            }
        }
        self.outcomes
            .iter()
            .map(|o| *o.get().expect("every outcome set"))
            .collect()
    }
}

fn timed_flush<B: Backend>(b: &B) -> Result<Duration, Errno> {
    let start = Instant::now();
    guarded_flush(b).map(|()| start.elapsed())
}

/// A plugin flush; a panic in it becomes EIO.
fn guarded_flush<B: Backend>(b: &B) -> Result<(), Errno> {
    catch_unwind(AssertUnwindSafe(|| b.flush())).unwrap_or(Err(libc::EIO))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::{Joining, Registry};
    use std::sync::atomic::{AtomicBool, AtomicUsize};

    /// Counts flushes; fails them while `fail` is set.
    #[derive(Default)]
    struct Fake {
        flushes: AtomicUsize,
        fail: AtomicBool,
    }

    impl Backend for Arc<Fake> {
        fn flush(&self) -> Result<(), Errno> {
            if self.fail.load(SeqCst) {
                return Err(libc::ENOSPC);
            }
            self.flushes.fetch_add(1, SeqCst);
            Ok(())
        }
    }

    struct World {
        conns: Vec<Arc<Conn<Arc<Fake>>>>,
        fakes: Vec<Arc<Fake>>,
        stats: Stats,
        track: TrackDirty,
    }

    impl World {
        fn new(n: usize, mode: Mode, track: TrackDirty, plugin_multi_conn: bool) -> World {
            let registry = Registry::default();
            let fakes: Vec<_> = (0..n).map(|_| Arc::new(Fake::default())).collect();
            let conns = fakes
                .iter()
                .map(|f| {
                    let j = Joining {
                        export: String::new(),
                        mode,
                        plugin_multi_conn,
                        backend: f.clone(),
                    };
                    registry.join(j, false)
                })
                .collect();
            World {
                conns,
                fakes,
                stats: Stats::default(),
                track,
            }
        }

        // What the data path does (vtable.rs), without the plugin call.
        fn read(&self, i: usize) {
            let _g = self.conns[i].enter(Kind::Read);
            self.conns[i].dirty.mark(Dirty::READ);
        }

        fn write(&self, i: usize) {
            let _g = self.conns[i].enter(Kind::Write);
            self.conns[i].dirty.mark(Dirty::WRITE);
            self.conns[i].group.mark_dirty();
        }

        fn flush(&self, i: usize, replication: Replication) -> Result<Report, Errno> {
            let ctx = FlushCtx {
                track: self.track,
                replication,
                stats: &self.stats,
            };
            flush(&self.conns[i], Cause::Client, &ctx)
        }

        /// Plugin flushes per connection since the last call.
        fn counts(&self) -> Vec<usize> {
            self.fakes
                .iter()
                .map(|f| f.flushes.swap(0, SeqCst))
                .collect()
        }
    }

    #[test]
    fn emulate_connection_tracking_two_passes() {
        for replication in [Replication::Concurrent, Replication::Sequential] {
            let w = World::new(4, Mode::Emulate, TrackDirty::Connection, false);
            // Nothing dirty: nothing flushed.
            assert_eq!(w.flush(0, replication).unwrap().flushed, 0);
            assert_eq!(w.counts(), [0, 0, 0, 0]);
            // 1 and 2 read, 3 writes; 0 flushes: writer (pass 1) and the
            // readers (pass 2), not 0, which has neither read nor written.
            w.read(1);
            w.read(2);
            w.write(3);
            let r = w.flush(0, replication).unwrap();
            assert_eq!((r.flushed, r.members), (3, 4));
            assert_eq!(w.counts(), [0, 1, 1, 1]);
            // Everything is clean now.
            assert_eq!(w.flush(2, replication).unwrap().flushed, 0);
            // Reads alone never need a flush: the group is clean.
            w.read(0);
            w.read(1);
            assert_eq!(w.flush(1, replication).unwrap().flushed, 0);
            assert_eq!(w.counts(), [0, 0, 0, 0]);
            // A write by the caller: caller (pass 1) plus the earlier readers.
            w.write(1);
            assert_eq!(w.flush(1, replication).unwrap().flushed, 2);
            assert_eq!(w.counts(), [1, 1, 0, 0]);
            assert_eq!(w.stats.elided.load(SeqCst), 3);
        }
    }

    #[test]
    fn under_serialize_requests_readers_drop_at_their_next_request() {
        let w = World::new(3, Mode::Emulate, TrackDirty::Connection, false);
        w.read(1);
        w.read(2);
        w.write(0);
        // The writer writes back now; the readers owe their drops.
        assert_eq!(w.flush(0, Replication::ConcurrentHeld).unwrap().flushed, 1);
        assert_eq!(w.counts(), [1, 0, 0]);
        let owes = |i: usize| w.conns[i].dirty.get().contains(Dirty::OWED);
        assert!(owes(1) && owes(2));
        // A request pays the debt before it runs, once.
        let ctx = FlushCtx {
            track: w.track,
            replication: Replication::ConcurrentHeld,
            stats: &w.stats,
        };
        crate::request::read(&w.conns[1], || ctx, || ()).unwrap();
        crate::request::read(&w.conns[1], || ctx, || ()).unwrap();
        assert_eq!(w.counts(), [0, 1, 0]);
        assert_eq!(w.stats.owed_drops.load(SeqCst), 1);
        // A later emulated flush that flushes the other reader pays its debt.
        w.write(2);
        w.flush(0, Replication::ConcurrentHeld).unwrap();
        assert_eq!(w.counts(), [0, 0, 1]);
        assert!(!owes(2));
        // A failed drop fails the request and stays owed.
        w.read(2);
        w.write(0);
        w.flush(0, Replication::ConcurrentHeld).unwrap();
        w.fakes[2].fail.store(true, SeqCst);
        let failed = crate::request::read(&w.conns[2], || ctx, || ());
        assert_eq!(failed, Err(libc::ENOSPC));
        w.fakes[2].fail.store(false, SeqCst);
        crate::request::read(&w.conns[2], || ctx, || ()).unwrap();
        assert_eq!(w.counts(), [1, 0, 1]);
    }

    #[test]
    fn only_readers_whose_drop_is_as_slow_are_dropped_alongside() {
        let w = World::new(4, Mode::Emulate, TrackDirty::Connection, false);
        let ms = |i: usize, ms: u64| w.conns[i].flush_cost_ns.store(ms * 1_000_000, SeqCst);
        // 0 writes and flushes in 3 s; 1 and 2 have read, 3 has not.
        ms(0, 3000);
        ms(1, 2000);
        ms(2, 5);
        w.read(1);
        w.read(2);
        let ctx = FlushCtx {
            track: w.track,
            replication: Replication::Concurrent,
            stats: &w.stats,
        };
        let group = &w.conns[0].group;
        let writers = vec![w.conns[0].clone()];
        let ids = |v: Vec<Arc<Conn<Arc<Fake>>>>| v.iter().map(|c| c.id).collect::<Vec<_>>();
        let alongside = readers_alongside(group, &writers, 1, true, &ctx);
        assert_eq!(ids(alongside), [w.conns[1].id]);
        // Not under serialize_requests (drops are owed there), and not
        // when nothing was written.
        let held = FlushCtx {
            replication: Replication::ConcurrentHeld,
            ..ctx
        };
        assert!(readers_alongside(group, &writers, 2, true, &held).is_empty());
        assert!(readers_alongside(group, &[], 3, false, &ctx).is_empty());
        // Nor while a writer's cost is unknown: it could be the slow one.
        w.conns[0].flush_cost_ns.store(u64::MAX, SeqCst);
        assert!(readers_alongside(group, &writers, 4, true, &ctx).is_empty());
    }

    #[test]
    fn emulate_fast_and_off() {
        let w = World::new(3, Mode::Emulate, TrackDirty::Fast, false);
        assert_eq!(w.flush(0, Replication::Concurrent).unwrap().flushed, 0);
        w.write(2);
        assert_eq!(w.flush(0, Replication::Concurrent).unwrap().flushed, 3);
        assert_eq!(w.counts(), [1, 1, 1]);
        assert_eq!(w.flush(1, Replication::Concurrent).unwrap().flushed, 0);

        let w = World::new(3, Mode::Emulate, TrackDirty::Off, false);
        assert_eq!(w.flush(0, Replication::Concurrent).unwrap().flushed, 3);
        assert_eq!(w.flush(0, Replication::Concurrent).unwrap().flushed, 3);
        assert_eq!(w.counts(), [2, 2, 2]);
    }

    #[test]
    fn other_modes_flush_only_the_caller() {
        // Connection tracking, plugin without multi-conn: the group stays
        // dirty, so every connection that asks gets its flush.
        let w = World::new(3, Mode::Plugin, TrackDirty::Connection, false);
        assert_eq!(w.flush(0, Replication::Concurrent).unwrap().flushed, 0);
        w.write(0);
        w.flush(0, Replication::Concurrent).unwrap();
        w.flush(1, Replication::Concurrent).unwrap();
        w.flush(0, Replication::Concurrent).unwrap();
        assert_eq!(w.counts(), [2, 1, 0]);

        // With a multi-conn plugin one flush cleans everything.
        let w = World::new(3, Mode::Plugin, TrackDirty::Connection, true);
        w.write(0);
        w.read(1);
        w.flush(1, Replication::Concurrent).unwrap();
        w.flush(0, Replication::Concurrent).unwrap();
        assert_eq!(w.counts(), [0, 1, 0]);
        assert!(w.conns.iter().all(|c| c.dirty.get().is_empty()));

        let w = World::new(2, Mode::Disable, TrackDirty::Fast, false);
        w.write(0);
        w.flush(1, Replication::Concurrent).unwrap();
        w.flush(0, Replication::Concurrent).unwrap();
        assert_eq!(w.counts(), [0, 1]);

        let w = World::new(2, Mode::Unsafe, TrackDirty::Off, false);
        w.flush(1, Replication::Concurrent).unwrap();
        w.flush(1, Replication::Concurrent).unwrap();
        assert_eq!(w.counts(), [0, 2]);
    }

    #[test]
    fn failed_flush_is_reported_and_retried() {
        for track in [TrackDirty::Connection, TrackDirty::Fast] {
            let w = World::new(3, Mode::Emulate, track, false);
            w.read(0);
            w.write(1);
            w.fakes[1].fail.store(true, SeqCst);
            assert_eq!(w.flush(2, Replication::Concurrent), Err(libc::ENOSPC));
            // The writer is still dirty, and so is the group.
            assert!(w.conns[1].dirty.get().contains(Dirty::WRITE));
            assert!(w.conns[0].group.dirty.load(SeqCst));
            w.fakes[1].fail.store(false, SeqCst);
            // A failed write-back ends the flush before its drop phase (and
            // no flush cost is known yet, so no reader was dropped alongside
            // it): the reader still has its bit, and the retry flushes the
            // writer, then the reader (with fast, every connection).
            assert!(w.conns[0].dirty.get().contains(Dirty::READ));
            let expected = if track == TrackDirty::Fast { 3 } else { 2 };
            assert_eq!(
                w.flush(2, Replication::Concurrent).unwrap().flushed,
                expected
            );
            assert_eq!(w.fakes[1].flushes.load(SeqCst), 1);
            assert_eq!(w.flush(2, Replication::Concurrent).unwrap().flushed, 0);
        }
        // The same in the other modes: the group stays dirty after a failure.
        let w = World::new(2, Mode::Plugin, TrackDirty::Fast, false);
        w.write(0);
        w.fakes[0].fail.store(true, SeqCst);
        assert_eq!(w.flush(0, Replication::Concurrent), Err(libc::ENOSPC));
        w.fakes[0].fail.store(false, SeqCst);
        assert_eq!(w.flush(0, Replication::Concurrent).unwrap().flushed, 1);
    }

    #[test]
    fn groups_by_export_name_do_not_replicate_to_each_other() {
        let registry = Registry::default();
        let fakes: Vec<_> = (0..4).map(|_| Arc::new(Fake::default())).collect();
        let conns: Vec<_> = fakes
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let j = Joining {
                    export: if i < 2 { "a".into() } else { "b".into() },
                    mode: Mode::Emulate,
                    plugin_multi_conn: false,
                    backend: f.clone(),
                };
                registry.join(j, true)
            })
            .collect();
        for c in &conns {
            c.dirty.mark(Dirty::WRITE);
            c.group.mark_dirty();
        }
        let stats = Stats::default();
        let ctx = FlushCtx {
            track: TrackDirty::Connection,
            replication: Replication::Concurrent,
            stats: &stats,
        };
        assert_eq!(flush(&conns[0], Cause::Client, &ctx).unwrap().flushed, 2);
        let counts: Vec<_> = fakes.iter().map(|f| f.flushes.load(SeqCst)).collect();
        assert_eq!(counts, [1, 1, 0, 0]);
        assert!(conns[2].dirty.get().contains(Dirty::WRITE));
    }

    #[test]
    fn a_panicking_plugin_flush_is_an_error() {
        struct Panics;
        impl Backend for Panics {
            fn flush(&self) -> Result<(), Errno> {
                panic!("plugin exploded")
            }
        }
        let registry = Registry::default();
        let c = registry.join(
            Joining {
                export: String::new(),
                mode: Mode::Emulate,
                plugin_multi_conn: false,
                backend: Panics,
            },
            false,
        );
        c.dirty.mark(Dirty::WRITE);
        let stats = Stats::default();
        let ctx = FlushCtx {
            track: TrackDirty::Connection,
            replication: Replication::Concurrent,
            stats: &stats,
        };
        assert_eq!(flush(&c, Cause::Client, &ctx), Err(libc::EIO));
        assert!(c.dirty.get().contains(Dirty::WRITE));
    }
}
