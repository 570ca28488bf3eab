//! Deciding and running flushes.
//!
//! The engine is safe Rust, generic over [`Backend`] (how to flush one
//! connection in the plugin), so that unit tests, the model checker and the
//! deterministic scheduler (`tests/sched.rs`) run it against fakes and the
//! filter runs it against nbdkit.
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
//!    every target that failed keeps the bits it had.
//!
//! 6. **Readers alongside.**  Under the parallel model, a reader whose own
//!    drop takes about as long as the slowest write-back (flush costs are
//!    measured per connection) is dropped in phase 1 instead, alongside the
//!    write-backs: its reads are held (those inside drained) for its drop
//!    as in phase 2.  A read that started on it before the write-backs
//!    ended would mark it `READ` and have it dropped again in phase 2 (rule
//!    2 holds as it is), so its reads stay held until phase 2 has been
//!    chosen, which saves that second flush.  Holding it that long costs it
//!    little beyond its own flush, and an emulated flush of slow flushes
//!    costs one round, not two.  A reader whose drop is quick next to a slow write-back waits
//!    for phase 2, so that it never waits for another connection's flush.
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
//! # Fast and slow plugin flushes
//!
//! A phase's flushes run on the caller's thread when the group's measured
//! flush cost says they are cheap (a pool thread costs more to wake than a
//! flush of an in-memory plugin), and are otherwise shared with pool
//! threads: all take targets from one list, so the caller never waits for a
//! pool thread to start.  The caller flushes its own connection first, so
//! that the plugin's errno reaches the client as it is.

use crate::config::{Mode, TrackDirty};
use crate::dirty::Dirty;
use crate::gate::{Hold, Kind};
use crate::pool::Pool;
use crate::registry::{record_cost, Commit, Conn};
use crate::stats::Stats;
use crate::sync::atomic::{AtomicUsize, SeqCst};
use crate::sync::time::Instant;
use crate::sync::{Arc, Condvar, Mutex};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Duration;

/// Deliberate mistakes, off unless a test turns them on: the model checker
/// and the scheduler use them to show that they catch an engine that skips
/// what this module argues is needed.  Each names the rule it breaks.
#[doc(hidden)]
pub mod faults {
    use std::sync::atomic::{AtomicBool, Ordering::Relaxed};

    /// Rule 2: drop caches without holding the target's reads.
    pub static DROP_WITHOUT_HOLD: AtomicBool = AtomicBool::new(false);
    /// Rule 2: choose the drop phase's targets before the write-backs.
    pub static READERS_FIRST: AtomicBool = AtomicBool::new(false);
    /// Rule 4: under serialize_requests, owe no drops.
    pub static FORGET_OWED_DROPS: AtomicBool = AtomicBool::new(false);
    /// Rule 3: do not mark again what a write inside may have left.
    pub static NO_MARK_AGAIN: AtomicBool = AtomicBool::new(false);
    /// Rule 4: take a held target's bits before draining its requests.
    pub static TAKE_BEFORE_DRAIN: AtomicBool = AtomicBool::new(false);
    /// Rule 4: under serialize_requests, flush a target without holding it.
    pub static NO_HOLD_SERIALIZED: AtomicBool = AtomicBool::new(false);
    /// Rule 1: flush only the caller (no replication).
    pub static NO_REPLICATION: AtomicBool = AtomicBool::new(false);
    /// Write nothing back at close (what nbdkit's filter does).
    pub static NO_WRITE_BACK_AT_CLOSE: AtomicBool = AtomicBool::new(false);
    /// A lone writer whose reads did not overlap skips the drop phase (a
    /// rule an earlier engine had, unsound when a second connection's
    /// write-back lands after the lone writer's read fetched).
    pub static LONE_WRITER_SKIP: AtomicBool = AtomicBool::new(false);

    pub fn on(f: &AtomicBool) -> bool {
        f.load(Relaxed)
    }

    /// Every switch, by name, for tests that turn one on.
    pub fn by_name(name: &str) -> Option<&'static AtomicBool> {
        Some(match name {
            "drop-without-hold" => &DROP_WITHOUT_HOLD,
            "readers-first" => &READERS_FIRST,
            "forget-owed-drops" => &FORGET_OWED_DROPS,
            "no-mark-again" => &NO_MARK_AGAIN,
            "take-before-drain" => &TAKE_BEFORE_DRAIN,
            "no-hold-serialized" => &NO_HOLD_SERIALIZED,
            "no-replication" => &NO_REPLICATION,
            "lone-writer-skip" => &LONE_WRITER_SKIP,
            "no-write-back-at-close" => &NO_WRITE_BACK_AT_CLOSE,
            _ => return None,
        })
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

/// A choice the engine makes from measured flush costs (whether a phase's
/// flushes run on pool threads; whether readers are dropped alongside the
/// write-backs), or that tests force one way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Policy {
    /// As the measured costs say (the filter).
    Measured,
    /// Whenever the rules allow it.
    Always,
    /// Never.
    Never,
}

/// What a flush did, for the debug line and the statistics.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Plugin flushes sent.
    pub flushed: usize,
    /// Connections the flush considered: the group's members, or just the
    /// caller when the flush is not emulated.
    pub members: usize,
    /// Plugin flushes beyond the two-pass rule, because a request
    /// overlapped a write-back.
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
    pub pool: &'a Pool,
    /// Whether a phase's flushes may run on pool threads.
    pub fan_out: Policy,
    /// Whether readers may be dropped alongside the write-backs (rule 6).
    pub alongside: Policy,
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
        emulated(caller, ctx)?
    } else {
        flush_own(caller, ctx)?
    };
    if report.flushed == 0 && !report.shared {
        ctx.stats.elided.fetch_add(1, SeqCst);
    }
    Ok(report)
}

/// Emulate mode: run the two phases, or share the next run (group commit).
fn emulated<B: Backend>(caller: &Arc<Conn<B>>, ctx: &FlushCtx<'_>) -> Result<Report, Errno> {
    let group = &caller.group;
    let commit = group.commit(|_wave| {
        // A write-back at close that failed (see `write_back_at_close`)
        // fails the group's next flush, once, after it has flushed.
        let lost = group.lost.swap(false, SeqCst);
        let r = emulate(caller, ctx).and_then(|r| if lost { Err(libc::EIO) } else { Ok(r) });
        let shared = r.map(drop);
        (r, shared)
    });
    match commit {
        Commit::Ran(r) => r,
        Commit::Shared(r) => {
            ctx.stats.shared.fetch_add(1, SeqCst);
            r.map(|()| Report {
                shared: true,
                ..Report::default()
            })
        }
    }
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
    // The connections' own dirty bits are left alone: outside emulate mode
    // only the group flag decides (the group holds no emulated connection:
    // see `registry::GroupKey`).
    let result = {
        // Our own request, so that a flush that holds this connection
        // waits for it.
        let _inside = caller.enter(Kind::Other);
        guarded_flush(&caller.backend)
    };
    ctx.stats.plugin_flushes.fetch_add(1, SeqCst);
    if let Err(e) = result {
        if was_dirty {
            group.dirty.store(true, SeqCst);
        }
        return Err(e);
    }
    report.flushed = 1;
    Ok(report)
}

/// A target's bits as a flush took them, and what was inside its gate
/// right after (rule 3).
#[derive(Clone, Copy, Debug)]
struct Taken {
    bits: Dirty,
    write_inside: bool,
    read_inside: bool,
}

impl Taken {
    /// Taken from an idle (held and drained) target: nothing inside.
    fn idle(bits: Dirty) -> Taken {
        Taken {
            bits,
            write_inside: false,
            read_inside: false,
        }
    }

    /// Whether the flush wrote back (or may have written back) data.
    fn wrote(&self) -> bool {
        self.bits.contains(Dirty::WRITE) || self.write_inside
    }
}

/// Take every bit of `t` whose requests go on, then look inside its gate.
fn take_and_look<B>(t: &Conn<B>) -> Taken {
    let bits = t.dirty.take(Dirty::all());
    Taken {
        bits,
        write_inside: t.gate.inside(Kind::Write),
        read_inside: t.gate.inside(Kind::Read),
    }
}

/// After flushing `t`: mark again what the flush may not have covered, and
/// on failure everything it took.
fn mark_again<B>(t: &Conn<B>, taken: Taken, failed: bool) {
    let mut again = if failed { taken.bits } else { Dirty::empty() };
    if !faults::on(&faults::NO_MARK_AGAIN) {
        again.set(
            Dirty::WRITE,
            again.contains(Dirty::WRITE) || taken.write_inside,
        );
    }
    again.set(
        Dirty::READ,
        again.contains(Dirty::READ) || taken.read_inside,
    );
    if again.contains(Dirty::WRITE) {
        t.group.mark_dirty();
    }
    if !again.is_empty() {
        t.dirty.mark(again);
    }
}

/// The two phases of an emulated flush.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    WriteBack,
    Drop,
}

/// What the flush of one target does, by phase and thread model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    /// Parallel write-back: take, look, flush, mark again.
    Open,
    /// Hold every request, drain, take every bit, flush, open.
    HeldAll(Phase),
    /// Parallel drop: hold reads, drain them, take `READ`, flush, open.
    HeldReads,
    /// A reader dropped alongside the write-backs (rule 6): as `HeldReads`,
    /// but its reads stay held (`KeptReads` opens them).
    HeldReadsKept,
}

impl Step {
    fn of(phase: Phase, replication: Replication) -> Step {
        let serialized_unheld = faults::on(&faults::NO_HOLD_SERIALIZED);
        match (phase, replication) {
            (Phase::WriteBack, Replication::Concurrent) => Step::Open,
            (Phase::Drop, Replication::Concurrent) => Step::HeldReads,
            (_, _) if serialized_unheld => Step::Open,
            (phase, Replication::ConcurrentHeld | Replication::Sequential) => Step::HeldAll(phase),
        }
    }

    /// Flush `t` this way, timing the plugin flush if `timed`.  Returns
    /// the plugin's answer (with the time it took) and what was taken.
    fn run<B: Backend>(self, t: &Conn<B>, timed: bool) -> (Result<Option<Duration>, Errno>, Taken) {
        match self {
            Step::Open => {
                let taken = take_and_look(t);
                let r = timed_flush(&t.backend, timed);
                mark_again(t, taken, r.is_err());
                (r, taken)
            }
            Step::HeldAll(phase) => {
                // A drop takes `READ` (and a debt it pays); a write-back
                // everything, so a write-back also pays a debt.
                let bits = match phase {
                    Phase::WriteBack => Dirty::all(),
                    Phase::Drop => Dirty::READ | Dirty::OWED,
                };
                let early = faults::on(&faults::TAKE_BEFORE_DRAIN);
                let early_bits = early.then(|| t.dirty.take(bits));
                t.gate.hold(Hold::All);
                t.gate.drain(Hold::All);
                let taken = Taken::idle(early_bits.unwrap_or_else(|| t.dirty.take(bits)));
                let r = timed_flush(&t.backend, timed);
                t.gate.open(Hold::All);
                mark_again(t, taken, r.is_err());
                (r, taken)
            }
            Step::HeldReads | Step::HeldReadsKept => {
                let hold = !faults::on(&faults::DROP_WITHOUT_HOLD);
                if hold {
                    t.gate.hold(Hold::Reads);
                    t.gate.drain(Hold::Reads);
                }
                let taken = Taken::idle(t.dirty.take(Dirty::READ));
                let r = timed_flush(&t.backend, timed);
                if hold && self != Step::HeldReadsKept {
                    t.gate.open(Hold::Reads);
                }
                mark_again(t, taken, r.is_err());
                (r, taken)
            }
        }
    }
}

/// Emulate mode: the two phases over the caller's group, as described at
/// the top of this module.
fn emulate<B: Backend>(caller: &Arc<Conn<B>>, ctx: &FlushCtx<'_>) -> Result<Report, Errno> {
    let group = &caller.group;
    // Rule 5: clear the flag first, so a write that dirties the group from
    // now on leaves it dirty for the next flush.
    let was_dirty = group.dirty.swap(false, SeqCst);
    let mut report = Report::default();
    let replicate = !faults::on(&faults::NO_REPLICATION);
    let (writers, alongside) = phase1_targets(caller, was_dirty, replicate, ctx, &mut report);
    let early_readers = faults::on(&faults::READERS_FIRST)
        .then(|| group.select(|m| m.dirty.get().contains(Dirty::READ)));
    let lone_writer = writers.len() == 1;
    let step = Step::of(Phase::WriteBack, ctx.replication);
    let mut phase1 = KeptReads {
        targets: (writers.into_iter().map(|w| (w, step)))
            .chain(alongside.into_iter().map(|r| (r, Step::HeldReadsKept)))
            .collect(),
        released: false,
    };
    let written = ConnSet::of(phase1.targets.iter().map(|(t, _)| t));
    let result = run_phase(caller, &mut phase1.targets, ctx, &mut report).and_then(|wrote_back| {
        if !(was_dirty || wrote_back) && ctx.track != TrackDirty::Off {
            return Ok(());
        }
        // Rule 2: chosen now, after every write-back has returned.
        let written_back = |m: &Conn<B>| written.contains(m);
        let mut readers = early_readers.unwrap_or_else(|| {
            group.select(|m| {
                let read = m.dirty.get().contains(Dirty::READ);
                let chosen = match ctx.track {
                    TrackDirty::Connection => read,
                    TrackDirty::Fast | TrackDirty::Off => read || !written_back(m),
                };
                chosen && (replicate || std::ptr::eq(m, &**caller))
            })
        });
        if faults::on(&faults::LONE_WRITER_SKIP) && lone_writer {
            readers.retain(|r| !written_back(r));
        }
        report.overlaps += readers.iter().filter(|r| written_back(r)).count();
        // Readers dropped alongside the write-backs may read again.
        phase1.release();
        if ctx.replication == Replication::ConcurrentHeld {
            owe_drops(&readers);
            Ok(())
        } else {
            let step = Step::of(Phase::Drop, ctx.replication);
            let mut phase2: Vec<_> = readers.into_iter().map(|r| (r, step)).collect();
            run_phase(caller, &mut phase2, ctx, &mut report).map(drop)
        }
    });
    drop(phase1);
    ctx.stats
        .overlap_flushes
        .fetch_add(report.overlaps as u64, SeqCst);
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
            .saturating_sub(report.flushed.saturating_sub(report.overlaps)),
    );
    result.map(|()| report)
}

/// The writers and the readers to drop alongside them.
type Phase1Targets<B> = (Vec<Arc<Conn<B>>>, Vec<Arc<Conn<B>>>);

/// Phase 1's targets, in one pass over the group (each member's bits are
/// looked at once: with many connections, that pass is most of a cheap
/// flush's cost): the writers (rule 1), and the readers to drop alongside
/// them (rule 6).  With measured costs, a connection not yet measured
/// counts as unknown: a writer of unknown cost keeps every reader out (it
/// could be the slow one), and an unmeasured reader stays out.
fn phase1_targets<B>(
    caller: &Arc<Conn<B>>,
    was_dirty: bool,
    replicate: bool,
    ctx: &FlushCtx<'_>,
    report: &mut Report,
) -> Phase1Targets<B> {
    let alongside_allowed = replicate
        && ctx.replication == Replication::Concurrent
        && ctx.alongside != Policy::Never
        && !faults::on(&faults::READERS_FIRST);
    let (mut writers, mut readers) = (Vec::new(), Vec::new());
    caller.group.each(|m| {
        report.members += 1;
        let bits = m.dirty.get();
        let chosen = match ctx.track {
            TrackDirty::Fast => was_dirty && bits.contains(Dirty::WRITE),
            TrackDirty::Connection | TrackDirty::Off => bits.contains(Dirty::WRITE),
        };
        if chosen && (replicate || Arc::ptr_eq(m, caller)) {
            writers.push(m.clone());
        } else if alongside_allowed
            && (ctx.track != TrackDirty::Connection || bits.contains(Dirty::READ))
        {
            readers.push(m.clone());
        }
    });
    // Nothing to write back: no drop phase, so nothing to drop alongside.
    if !was_dirty && writers.is_empty() {
        readers.clear();
    }
    let cost = |c: &Conn<B>| c.flush_cost_ns.load(SeqCst);
    if ctx.alongside == Policy::Measured {
        let longest = writers.iter().map(|w| cost(w)).max().unwrap_or(0);
        readers.retain(|r| {
            longest != u64::MAX && cost(r) != u64::MAX && cost(r).saturating_mul(2) >= longest
        });
    }
    (writers, readers)
}

/// A set of connections, by address, for the membership tests a flush makes
/// once per member (sorted: a linear scan would cost a flush among N
/// connections N² comparisons).
struct ConnSet(Vec<usize>);

impl ConnSet {
    fn of<'a, B: 'a>(conns: impl IntoIterator<Item = &'a Arc<Conn<B>>>) -> ConnSet {
        let mut v: Vec<usize> = conns.into_iter().map(|c| Arc::as_ptr(c) as usize).collect();
        v.sort_unstable();
        ConnSet(v)
    }

    fn contains<B>(&self, c: &Conn<B>) -> bool {
        self.0
            .binary_search(&(c as *const Conn<B> as usize))
            .is_ok()
    }
}

/// Phase 1's targets.  The readers dropped alongside the write-backs
/// (`Step::HeldReadsKept`) keep their reads held until phase 2 has been
/// chosen; `release` opens them (at the latest when this is dropped,
/// whatever happened in between).
struct KeptReads<B> {
    targets: Vec<(Arc<Conn<B>>, Step)>,
    released: bool,
}

impl<B> KeptReads<B> {
    fn release(&mut self) {
        if std::mem::replace(&mut self.released, true) {
            return;
        }
        for (r, step) in &self.targets {
            if *step == Step::HeldReadsKept {
                r.gate.open(Hold::Reads);
            }
        }
    }
}

impl<B> Drop for KeptReads<B> {
    fn drop(&mut self) {
        self.release();
    }
}

/// Under serialize_requests: instead of holding each reader for its drop
/// now, let its next request make it (rule 4, [`drop_if_due`]).
fn owe_drops<B>(readers: &[Arc<Conn<B>>]) {
    if faults::on(&faults::FORGET_OWED_DROPS) {
        return;
    }
    for r in readers {
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
/// caches.  If the write-back fails, the group's next client flush fails
/// with EIO, once (`Group::lost`): data it was meant to cover may be lost.
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
    if r.is_err() {
        stats.close_writeback_failures.fetch_add(1, SeqCst);
        conn.group.lost.store(true, SeqCst);
    }
    r
}

/// The most plugin flush time a phase runs on the caller's thread alone
/// (the group's measured cost per flush times the targets beyond the
/// first); beyond it, pool threads share the targets...
const INLINE_BUDGET: Duration = Duration::from_micros(200);
/// ...unless one flush costs less than waking a pool thread: then the
/// caller is as fast alone, however many targets there are.
const FAN_OUT_MIN: Duration = Duration::from_micros(20);

/// Plugin flushes of a group whose measured cost is below this are timed
/// one in `SAMPLE_EVERY` when a phase runs on the caller's thread (two
/// clock reads and an average cost about 100 ns, as much as a flush of an
/// in-memory plugin); slower ones are all timed, so the statistics' slowest
/// replicated flush misses no slow one.
const TIME_EVERY_ABOVE: Duration = Duration::from_micros(5);
const SAMPLE_EVERY: usize = 8;

/// Flush `targets` as one phase.  Returns whether the phase wrote anything
/// back (a target had `WRITE` or a write inside), or the first error (a
/// real errno preferred over EIO, which is what a plugin error becomes on
/// a pool thread, where nbdkit cannot see the plugin's errno).
fn run_phase<B: Backend>(
    caller: &Arc<Conn<B>>,
    targets: &mut [(Arc<Conn<B>>, Step)],
    ctx: &FlushCtx<'_>,
    report: &mut Report,
) -> Result<bool, Errno> {
    if targets.is_empty() {
        return Ok(false);
    }
    if let Some(own) = targets.iter().position(|t| Arc::ptr_eq(&t.0, caller)) {
        targets.swap(0, own);
    }
    let group = &caller.group;
    let n = targets.len();
    let fan_out = fans_out(n, ctx, group.flush_cost_ns.load(SeqCst));
    // The caller flushes the first target (its own connection, if a
    // target) itself: nbdkit keeps a plugin's errno only on its own
    // threads.
    let outcomes: Vec<Outcome> = if fan_out {
        let work = Arc::new(Work {
            targets: targets.to_vec(),
            // Pool threads start at the second.
            next: AtomicUsize::new(1),
            outcomes: Mutex::new(vec![None; n]),
            left: AtomicUsize::new(n),
            finished: Condvar::new(),
        });
        for _ in 0..(n - 1).min(crate::pool::MAX_THREADS) {
            let work = work.clone();
            ctx.pool.execute(Box::new(move || work.take_turns()));
        }
        work.turn(0);
        work.take_turns();
        work.wait()
    } else {
        // One after another on this thread: nothing to share.  Cheap
        // flushes are timed one in `SAMPLE_EVERY` (each connection's first
        // always): reading the clock and keeping the averages would
        // otherwise cost more than the flushes themselves.
        let sample = group.flush_cost_ns.load(SeqCst) < TIME_EVERY_ABOVE.as_nanos() as u64;
        let offset = ctx.stats.plugin_flushes.load(SeqCst) as usize;
        let timed = |i: usize, t: &Conn<B>| {
            !sample || (i + offset) % SAMPLE_EVERY == 0 || t.flush_cost_ns.load(SeqCst) == u64::MAX
        };
        (targets.iter().enumerate())
            .map(|(i, (t, step))| step.run(t, timed(i, t)))
            .collect()
    };

    let mut first_error = None;
    let mut wrote_back = false;
    let (mut replicated, mut slowest, mut ok) = (0, Duration::ZERO, 0);
    let mut fastest: Option<Duration> = None;
    for ((t, _), (r, taken)) in targets.iter().zip(outcomes) {
        match r {
            Ok(took) => {
                ok += 1;
                wrote_back |= taken.wrote();
                if !Arc::ptr_eq(t, caller) {
                    replicated += 1;
                }
                let Some(took) = took else { continue };
                fastest = Some(fastest.map_or(took, |f| f.min(took)));
                record_cost(
                    &t.flush_cost_ns,
                    u64::try_from(took.as_nanos()).unwrap_or(u64::MAX),
                );
                if !Arc::ptr_eq(t, caller) {
                    slowest = slowest.max(took);
                }
            }
            Err(e) => {
                log::debug!("flush of connection #{} failed: errno {}", t.id, e);
                if first_error.is_none() || (first_error == Some(libc::EIO) && e != libc::EIO) {
                    first_error = Some(e);
                }
            }
        }
    }
    report.flushed += ok;
    // Statistics once per phase, not once per target.
    ctx.stats.plugin_flushes.fetch_add(n as u64, SeqCst);
    ctx.stats.record_replicated(replicated, slowest);
    // The group's cost, which decides the next phase's fan-out, follows the
    // fastest flush of the phase: flushes that ran at the same time on pool
    // threads slow each other down (on a cheap plugin, mostly by contending
    // for its locks), and a mean of those would keep the next phase on the
    // pool for flushes that one thread does faster.
    if let Some(fastest) = fastest {
        record_cost(
            &group.flush_cost_ns,
            u64::try_from(fastest.as_nanos()).unwrap_or(u64::MAX),
        );
    }
    first_error.map_or(Ok(wrote_back), Err)
}

/// Whether a phase of `n` targets is shared with pool threads, given the
/// group's measured cost of one plugin flush.
fn fans_out(n: usize, ctx: &FlushCtx<'_>, group_cost_ns: u64) -> bool {
    n > 1
        && ctx.replication != Replication::Sequential
        && match ctx.fan_out {
            Policy::Always => true,
            Policy::Never => false,
            Policy::Measured => {
                let cost = Duration::from_nanos(group_cost_ns);
                let beyond_first = u32::try_from(n - 1).unwrap_or(u32::MAX);
                cost >= FAN_OUT_MIN && cost.saturating_mul(beyond_first) > INLINE_BUDGET
            }
        }
}

/// A flush's result (with the time it took, if timed) and what it took.
type Outcome = (Result<Option<Duration>, Errno>, Taken);

/// One phase's targets, shared by the caller and any pool threads helping.
struct Work<B> {
    /// Each target, and how to flush it.
    targets: Vec<(Arc<Conn<B>>, Step)>,
    /// The next target nobody has taken yet.
    next: AtomicUsize,
    outcomes: Mutex<Vec<Option<Outcome>>>,
    /// Targets not yet flushed; the last to finish wakes the caller (one
    /// wake-up per phase, not one per target).
    left: AtomicUsize,
    finished: Condvar,
}

impl<B: Backend> Work<B> {
    /// Flush targets from the shared list until none is left.
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
        let (t, step) = &self.targets[i];
        let outcome = step.run(t, true);
        let mut outcomes = self.outcomes.lock();
        outcomes[i] = Some(outcome);
        if self.left.fetch_sub(1, SeqCst) == 1 {
            self.finished.notify_all();
        }
    }

    /// Every target's outcome, once all are in.
    fn wait(&self) -> Vec<Outcome> {
        let mut outcomes = self.outcomes.lock();
        while self.left.load(SeqCst) != 0 {
            outcomes = self.finished.wait(outcomes);
        }
        outcomes
            .iter()
            .map(|o| o.expect("every outcome set"))
            .collect()
    }
}

fn timed_flush<B: Backend>(b: &B, timed: bool) -> Result<Option<Duration>, Errno> {
    if !timed {
        return guarded_flush(b).map(|()| None);
    }
    let start = Instant::now();
    guarded_flush(b).map(|()| Some(start.elapsed()))
}

/// A plugin flush; a panic in it becomes EIO.  (Under the scheduler a
/// panic is a failure of the run, and shuttle must see it.)
fn guarded_flush<B: Backend>(b: &B) -> Result<(), Errno> {
    if cfg!(feature = "shuttle") {
        return b.flush();
    }
    catch_unwind(AssertUnwindSafe(|| b.flush())).unwrap_or(Err(libc::EIO))
}

#[cfg(all(test, not(feature = "shuttle")))]
mod tests {
    use super::*;
    use crate::registry::{Joining, Registry};
    use std::sync::atomic::AtomicBool;

    /// Counts flushes; fails them while `fail` is set (with `errno`, or
    /// ENOSPC); waits for `hold`.
    #[derive(Default)]
    struct Fake {
        flushes: AtomicUsize,
        fail: AtomicBool,
        errno: std::sync::atomic::AtomicI32,
        entered: AtomicUsize,
        hold: std::sync::Mutex<()>,
        delay_us: std::sync::atomic::AtomicU64,
    }

    struct Handle(Arc<Fake>);

    impl Backend for Handle {
        fn flush(&self) -> Result<(), Errno> {
            self.0.entered.fetch_add(1, SeqCst);
            drop(self.0.hold.lock());
            std::thread::sleep(Duration::from_micros(self.0.delay_us.load(SeqCst)));
            if self.0.fail.load(SeqCst) {
                return Err(match self.0.errno.load(SeqCst) {
                    0 => libc::ENOSPC,
                    e => e,
                });
            }
            self.0.flushes.fetch_add(1, SeqCst);
            Ok(())
        }
    }

    struct World {
        registry: Registry<Handle>,
        conns: Vec<Arc<Conn<Handle>>>,
        fakes: Vec<Arc<Fake>>,
        stats: Stats,
        pool: Pool,
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
                        backend: Handle(f.clone()),
                    };
                    registry.join(registry.next_id(), j, false)
                })
                .collect();
            World {
                registry,
                conns,
                fakes,
                stats: Stats::default(),
                pool: Pool::new(4),
                track,
            }
        }

        fn ctx(&self, replication: Replication) -> FlushCtx<'_> {
            FlushCtx {
                track: self.track,
                replication,
                stats: &self.stats,
                pool: &self.pool,
                fan_out: Policy::Never,
                alongside: Policy::Never,
            }
        }

        fn read(&self, i: usize) {
            let ctx = self.ctx(Replication::Concurrent);
            crate::request::read(&self.conns[i], || ctx, || ()).unwrap();
        }

        fn write(&self, i: usize) {
            let ctx = self.ctx(Replication::Concurrent);
            crate::request::write(&self.conns[i], false, || ctx, |_| Ok(())).unwrap();
        }

        fn flush(&self, i: usize, replication: Replication) -> Result<Report, Errno> {
            flush(&self.conns[i], Cause::Client, &self.ctx(replication))
        }

        /// Plugin flushes per connection since the last call.
        fn counts(&self) -> Vec<usize> {
            self.fakes
                .iter()
                .map(|f| f.flushes.swap(0, SeqCst))
                .collect()
        }
    }

    /// Connection tracking, the parallel model, everything inline.
    fn plain_ctx<'a>(stats: &'a Stats, pool: &'a Pool) -> FlushCtx<'a> {
        FlushCtx {
            track: TrackDirty::Connection,
            replication: Replication::Concurrent,
            stats,
            pool,
            fan_out: Policy::Never,
            alongside: Policy::Never,
        }
    }

    #[test]
    fn emulate_connection_tracking_two_passes() {
        for replication in [Replication::Concurrent, Replication::Sequential] {
            let w = World::new(4, Mode::Emulate, TrackDirty::Connection, false);
            assert_eq!(w.flush(0, replication).unwrap().flushed, 0);
            assert_eq!(w.counts(), [0, 0, 0, 0]);
            // 1 and 2 read, 3 writes; 0 flushes: the writer (phase 1) and
            // the readers (phase 2), not 0, which has done neither.
            w.read(1);
            w.read(2);
            w.write(3);
            let r = w.flush(0, replication).unwrap();
            assert_eq!((r.flushed, r.members, r.overlaps), (3, 4, 0));
            assert_eq!(w.counts(), [0, 1, 1, 1]);
            assert_eq!(w.flush(2, replication).unwrap().flushed, 0);
            // Reads alone never need a flush: the group is clean.
            w.read(0);
            w.read(1);
            assert_eq!(w.flush(1, replication).unwrap().flushed, 0);
            assert_eq!(w.counts(), [0, 0, 0, 0]);
            // A connection that read and then wrote is flushed once: its
            // write-back drops its cache, and nothing read since.
            w.write(1);
            assert_eq!(w.flush(1, replication).unwrap().flushed, 2);
            assert_eq!(w.counts(), [1, 1, 0, 0]);
            assert_eq!(w.stats.elided.load(SeqCst), 3);
        }
    }

    #[test]
    fn the_pool_path_flushes_the_same_connections() {
        let w = World::new(4, Mode::Emulate, TrackDirty::Connection, false);
        w.read(1);
        w.write(2);
        w.write(3);
        let ctx = FlushCtx {
            fan_out: Policy::Always,
            alongside: Policy::Never,
            ..w.ctx(Replication::Concurrent)
        };
        assert_eq!(flush(&w.conns[0], Cause::Client, &ctx).unwrap().flushed, 3);
        assert_eq!(w.counts(), [0, 1, 1, 1]);
        w.pool.shutdown();
        assert_eq!(w.pool.threads(), 0);
    }

    #[test]
    fn under_serialize_requests_readers_drop_at_their_next_request() {
        let w = World::new(3, Mode::Emulate, TrackDirty::Connection, false);
        let held = Replication::ConcurrentHeld;
        w.read(1);
        w.read(2);
        w.write(0);
        // The writer writes back now; the readers owe their drops.
        assert_eq!(w.flush(0, held).unwrap().flushed, 1);
        assert_eq!(w.counts(), [1, 0, 0]);
        let owes = |i: usize| w.conns[i].dirty.get().contains(Dirty::OWED);
        assert!(owes(1) && owes(2));
        // A request pays the debt before it runs, once.
        w.read(1);
        w.read(1);
        assert_eq!(w.counts(), [0, 1, 0]);
        assert_eq!(w.stats.owed_drops.load(SeqCst), 1);
        // A later flush that writes the other reader back pays its debt.
        w.conns[2].dirty.mark(Dirty::WRITE);
        w.conns[2].group.mark_dirty();
        w.flush(0, held).unwrap();
        assert_eq!(w.counts(), [0, 0, 1]);
        assert!(!owes(2));
        // A failed drop fails the request and stays owed.
        w.read(2);
        w.write(0);
        w.flush(0, held).unwrap();
        w.fakes[2].fail.store(true, SeqCst);
        let ctx = w.ctx(held);
        let failed = crate::request::read(&w.conns[2], || ctx, || ());
        assert_eq!(failed, Err(libc::ENOSPC));
        w.fakes[2].fail.store(false, SeqCst);
        w.read(2);
        assert_eq!(w.counts(), [1, 0, 1]);
    }

    #[test]
    fn an_owed_drop_that_wrote_back_clears_write() {
        let w = World::new(2, Mode::Emulate, TrackDirty::Connection, false);
        let held = Replication::ConcurrentHeld;
        w.read(1);
        w.write(0);
        w.flush(0, held).unwrap();
        // 1 owes a drop; it writes: the write pays the debt first, then
        // marks WRITE, which the next flush writes back.
        w.write(1);
        assert!(w.conns[1].dirty.get().contains(Dirty::WRITE));
        assert_eq!(w.counts(), [1, 1]);
        assert_eq!(w.flush(0, held).unwrap().flushed, 1);
        assert_eq!(w.counts(), [0, 1]);
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
            alongside: Policy::Measured,
            ..w.ctx(Replication::Concurrent)
        };
        // 0 has written (the group is dirty).
        w.write(0);
        let chosen = |ctx: &FlushCtx<'_>| {
            let mut report = Report::default();
            let (writers, alongside) = phase1_targets(&w.conns[0], true, true, ctx, &mut report);
            assert_eq!(report.members, 4);
            let ids = |v: Vec<Arc<Conn<Handle>>>| v.iter().map(|c| c.id).collect::<Vec<_>>();
            (ids(writers), ids(alongside))
        };
        assert_eq!(chosen(&ctx), (vec![w.conns[0].id], vec![w.conns[1].id]));
        // Not under serialize_requests (drops are owed there).
        let held = FlushCtx {
            replication: Replication::ConcurrentHeld,
            ..ctx
        };
        assert!(chosen(&held).1.is_empty());
        // Nor while a writer's cost is unknown: it could be the slow one.
        w.conns[0].flush_cost_ns.store(u64::MAX, SeqCst);
        assert!(chosen(&ctx).1.is_empty());
        // Every reader when forced, none when forbidden.
        ms(0, 3000);
        let forced = |alongside| FlushCtx { alongside, ..ctx };
        assert_eq!(
            chosen(&forced(Policy::Always)).1,
            [w.conns[1].id, w.conns[2].id]
        );
        assert!(chosen(&forced(Policy::Never)).1.is_empty());
        // A flush with the reader alongside flushes each connection once,
        // and leaves the reader's reads open.
        ms(0, 3000);
        w.write(0);
        let r = flush(&w.conns[0], Cause::Client, &ctx).unwrap();
        assert_eq!((r.flushed, r.overlaps), (3, 0));
        assert_eq!(w.counts(), [1, 1, 1, 0]);
        w.read(1);
    }

    #[test]
    fn readers_go_alongside_only_when_there_is_something_to_write_back() {
        let w = World::new(3, Mode::Emulate, TrackDirty::Connection, false);
        w.read(1);
        w.read(2);
        let ctx = FlushCtx {
            alongside: Policy::Always,
            ..w.ctx(Replication::Concurrent)
        };
        let alongside = |was_dirty| {
            let mut report = Report::default();
            let (writers, readers) =
                phase1_targets(&w.conns[0], was_dirty, true, &ctx, &mut report);
            assert!(writers.is_empty());
            readers.len()
        };
        // No writer, but the group flag was set (a write-back at close, a
        // failed flush): the drop phase runs, so readers may go alongside.
        assert_eq!(alongside(true), 2);
        // Neither: no drop phase at all.
        assert_eq!(alongside(false), 0);
    }

    #[test]
    fn a_phase_fans_out_when_its_flushes_cost_more_than_the_inline_budget() {
        let (stats, pool) = (Stats::default(), Pool::new(1));
        let ctx = |replication, fan_out| FlushCtx {
            replication,
            fan_out,
            ..plain_ctx(&stats, &pool)
        };
        let (par, measured) = (Replication::Concurrent, Policy::Measured);
        let us = |n: u64| n * 1000;
        // Forced, but never one target, never one plugin call at a time.
        assert!(fans_out(2, &ctx(par, Policy::Always), 0));
        assert!(!fans_out(1, &ctx(par, Policy::Always), u64::MAX));
        assert!(!fans_out(
            2,
            &ctx(Replication::Sequential, Policy::Always),
            u64::MAX
        ));
        assert!(fans_out(
            2,
            &ctx(Replication::ConcurrentHeld, Policy::Always),
            0
        ));
        assert!(!fans_out(64, &ctx(par, Policy::Never), u64::MAX));
        // Measured: 20 us a flush, 200 us inline at most beyond the first.
        assert!(!fans_out(11, &ctx(par, measured), us(20)));
        assert!(fans_out(12, &ctx(par, measured), us(20)));
        // Cheaper than waking a pool thread: inline however many.
        assert!(!fans_out(10_000, &ctx(par, measured), us(20) - 1));
        // Not yet measured: fan out.
        assert!(fans_out(2, &ctx(par, measured), u64::MAX));
    }

    #[test]
    fn a_failed_write_back_opens_the_readers_held_alongside() {
        let w = World::new(3, Mode::Emulate, TrackDirty::Connection, false);
        w.read(1);
        w.write(0);
        w.fakes[0].fail.store(true, SeqCst);
        let ctx = FlushCtx {
            alongside: Policy::Always,
            ..w.ctx(Replication::Concurrent)
        };
        assert_eq!(flush(&w.conns[2], Cause::Client, &ctx), Err(libc::ENOSPC));
        // 1 was dropped alongside; the flush ended before phase 2.
        assert_eq!(w.counts(), [0, 1, 0]);
        assert!(!w.conns[1].gate.is_held(Hold::Reads));
    }

    #[test]
    fn a_phase_reports_a_real_errno_over_eio() {
        // 0 and 1 write back (in that order) and fail; 2 asks.
        for (first, second) in [(libc::EIO, libc::ENOSPC), (libc::ENOSPC, libc::EIO)] {
            let w = World::new(3, Mode::Emulate, TrackDirty::Connection, false);
            for (i, e) in [(0, first), (1, second)] {
                w.write(i);
                w.fakes[i].errno.store(e, SeqCst);
                w.fakes[i].fail.store(true, SeqCst);
            }
            assert_eq!(w.flush(2, Replication::Concurrent), Err(libc::ENOSPC));
        }
        // Of two real errnos, the first: the caller's own, if it failed.
        let w = World::new(2, Mode::Emulate, TrackDirty::Connection, false);
        for (i, e) in [(0, libc::EROFS), (1, libc::ENOSPC)] {
            w.write(i);
            w.fakes[i].errno.store(e, SeqCst);
            w.fakes[i].fail.store(true, SeqCst);
        }
        assert_eq!(w.flush(1, Replication::Concurrent), Err(libc::ENOSPC));
        // EIO when that is all there is.
        let w = World::new(2, Mode::Emulate, TrackDirty::Connection, false);
        w.write(0);
        w.fakes[0].errno.store(libc::EIO, SeqCst);
        w.fakes[0].fail.store(true, SeqCst);
        assert_eq!(w.flush(1, Replication::Concurrent), Err(libc::EIO));
    }

    #[test]
    fn replicated_flushes_count_every_target_but_the_caller() {
        let w = World::new(4, Mode::Emulate, TrackDirty::Connection, false);
        w.write(0);
        w.read(1);
        w.read(2);
        // 0 writes back, 1 and 2 are dropped: two of them for 0.
        assert_eq!(w.flush(0, Replication::Concurrent).unwrap().flushed, 3);
        assert_eq!(w.stats.replicated.load(SeqCst), 2);
        assert_eq!(w.stats.plugin_flushes.load(SeqCst), 3);
    }

    #[test]
    fn the_slowest_replicated_flush_is_another_connections() {
        // A 50 ms flush: on the reader it is replicated, on the caller not.
        for (slow, replicated) in [(1, true), (0, false)] {
            let w = World::new(2, Mode::Emulate, TrackDirty::Connection, false);
            w.fakes[slow].delay_us.store(50_000, SeqCst);
            w.write(0);
            w.read(1);
            assert_eq!(w.flush(0, Replication::Concurrent).unwrap().flushed, 2);
            let slowest = w.stats.slowest_replicated_us.load(SeqCst);
            assert_eq!(slowest >= 50_000, replicated, "{slowest} us");
        }
    }

    #[test]
    fn an_alongside_reader_stays_held_until_the_drop_phase_is_chosen() {
        // 0 writes; 1 has read and is dropped alongside (forced); 2 asks.
        let w = World::new(3, Mode::Emulate, TrackDirty::Connection, false);
        w.read(1);
        w.write(0);
        let ctx = FlushCtx {
            fan_out: Policy::Always,
            alongside: Policy::Always,
            ..w.ctx(Replication::Concurrent)
        };
        let held = w.fakes[0].hold.lock().unwrap();
        let read_done = AtomicBool::new(false);
        std::thread::scope(|s| {
            // The caller flushes 0 (and waits in it); a pool thread drops 1.
            let flusher = s.spawn(|| flush(&w.conns[2], Cause::Client, &ctx));
            while w.fakes[1].flushes.load(SeqCst) == 0 {
                std::thread::yield_now();
            }
            let reader = s.spawn(|| {
                w.read(1);
                read_done.store(true, SeqCst);
            });
            // 1's drop is done, but phase 1 is not: 1's reads wait.
            std::thread::sleep(Duration::from_millis(200));
            assert!(
                !read_done.load(SeqCst),
                "a read ran before phase 2 was chosen"
            );
            drop(held);
            let r = flusher.join().unwrap().unwrap();
            reader.join().unwrap();
            // Each once: 1's drop alongside the write-back saved a second.
            assert_eq!((r.flushed, r.overlaps), (2, 0));
        });
        assert_eq!(w.counts(), [1, 1, 0]);
    }

    #[test]
    fn a_read_inside_a_write_back_is_dropped_again_and_counted() {
        // 0 writes, and a read of its own is inside when phase 1 writes 0
        // back: 0's READ is marked again and phase 2 drops it again.
        let w = World::new(2, Mode::Emulate, TrackDirty::Connection, false);
        w.write(0);
        let (entered, leave) = (std::sync::Barrier::new(2), Duration::from_secs(1));
        std::thread::scope(|s| {
            s.spawn(|| {
                let _inside = w.conns[0].enter(Kind::Read);
                entered.wait();
                // Long enough for the flush to reach phase 2's drain.
                std::thread::sleep(leave);
            });
            entered.wait();
            let r = w.flush(1, Replication::Concurrent).unwrap();
            assert_eq!((r.flushed, r.overlaps), (2, 1));
        });
        assert_eq!(w.counts(), [2, 0]);
        assert_eq!(w.stats.overlap_flushes.load(SeqCst), 1);
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
    fn faults_by_name() {
        use faults::*;
        for (name, switch) in [
            ("drop-without-hold", &DROP_WITHOUT_HOLD),
            ("readers-first", &READERS_FIRST),
            ("forget-owed-drops", &FORGET_OWED_DROPS),
            ("no-mark-again", &NO_MARK_AGAIN),
            ("take-before-drain", &TAKE_BEFORE_DRAIN),
            ("no-hold-serialized", &NO_HOLD_SERIALIZED),
            ("no-replication", &NO_REPLICATION),
            ("lone-writer-skip", &LONE_WRITER_SKIP),
            ("no-write-back-at-close", &NO_WRITE_BACK_AT_CLOSE),
        ] {
            assert!(std::ptr::eq(by_name(name).unwrap(), switch), "{name}");
        }
        assert!(by_name("no-such-fault").is_none());
    }

    #[test]
    fn flushes_asked_during_a_flush_share_the_next_one() {
        let w = World::new(3, Mode::Emulate, TrackDirty::Connection, false);
        w.write(0);
        let held = w.fakes[0].hold.lock().unwrap();
        let w = &w;
        std::thread::scope(|s| {
            let first = s.spawn(|| w.flush(0, Replication::Concurrent));
            while w.fakes[0].entered.load(SeqCst) == 0 {
                std::thread::yield_now();
            }
            // 0's flush runs (held in the plugin); 1 and 2 ask meanwhile.
            let waiting: Vec<_> = [1, 2]
                .map(|i| s.spawn(move || w.flush(i, Replication::Concurrent)))
                .into();
            while w.conns[0].group.waiting() < 2 {
                std::thread::yield_now();
            }
            drop(held);
            let first = first.join().unwrap().unwrap();
            assert!(!first.shared);
            assert_eq!(first.flushed, 1);
            let shared: Vec<bool> = waiting
                .into_iter()
                .map(|t| t.join().unwrap().unwrap().shared)
                .collect();
            // One of them ran the next flush, the other shared it.
            assert_eq!(shared.iter().filter(|s| **s).count(), 1, "{shared:?}");
        });
        assert_eq!(w.stats.shared.load(SeqCst), 1);
        // The run that found nothing to flush counts as elided; the shared
        // answer does not.
        assert_eq!(w.stats.elided.load(SeqCst), 1);
        // The end of the first flush woke the two waiting (the end of the
        // second, the one sharing it if it was asleep by then); a flush
        // nobody waits for wakes nobody (a wake-up is a system call).
        let group = &w.conns[0].group;
        let woken = group.notified.load(SeqCst);
        assert!((1..=2).contains(&woken), "{woken}");
        w.flush(0, Replication::Concurrent).unwrap();
        assert_eq!(group.notified.load(SeqCst), woken);
    }

    #[test]
    fn cheap_flushes_are_timed_one_in_eight() {
        let w = World::new(17, Mode::Emulate, TrackDirty::Connection, false);
        let group = &w.conns[0].group;
        let cost = |i: usize| w.conns[i].flush_cost_ns.load(SeqCst);
        // The sample starts where the count of plugin flushes says: 5
        // before phase 1 (the writer), 6 at the drop phase, whose targets
        // 2 and 10 (of 0 to 15) are timed.
        for (group_cost, timed) in [(100, 2), (10_000, 16)] {
            for c in &w.conns {
                c.flush_cost_ns.store(1_000_000, SeqCst);
            }
            w.stats.plugin_flushes.store(5, SeqCst);
            group.flush_cost_ns.store(group_cost, SeqCst);
            (1..17).for_each(|i| w.read(i));
            w.write(0);
            assert_eq!(w.flush(0, Replication::Concurrent).unwrap().flushed, 17);
            let measured = (1..17).filter(|&i| cost(i) != 1_000_000).count();
            assert_eq!(measured, timed, "group cost {group_cost} ns");
        }
        // A connection never measured is always timed.
        for c in &w.conns {
            c.flush_cost_ns.store(u64::MAX, SeqCst);
        }
        group.flush_cost_ns.store(100, SeqCst);
        (1..17).for_each(|i| w.read(i));
        w.write(0);
        w.flush(0, Replication::Concurrent).unwrap();
        assert!((0..17).all(|i| cost(i) != u64::MAX));
        // At 5 us exactly, every flush is timed.  (A drop phase alone: the
        // group flag set, nothing to write back, so no phase 1 moves the
        // group's cost first.)
        for c in &w.conns {
            c.flush_cost_ns.store(1_000_000, SeqCst);
        }
        group.flush_cost_ns.store(5000, SeqCst);
        (1..17).for_each(|i| w.read(i));
        group.mark_dirty();
        assert_eq!(w.flush(0, Replication::Concurrent).unwrap().flushed, 16);
        assert_eq!((1..17).filter(|&i| cost(i) != 1_000_000).count(), 16);
    }

    #[test]
    fn other_modes_flush_only_the_caller() {
        let w = World::new(3, Mode::Plugin, TrackDirty::Connection, false);
        let r = w.flush(0, Replication::Concurrent).unwrap();
        assert_eq!((r.flushed, r.members), (0, 1));
        w.write(0);
        w.flush(0, Replication::Concurrent).unwrap();
        w.flush(1, Replication::Concurrent).unwrap();
        w.flush(0, Replication::Concurrent).unwrap();
        assert_eq!(w.counts(), [2, 1, 0]);

        let w = World::new(3, Mode::Plugin, TrackDirty::Connection, true);
        w.write(0);
        w.read(1);
        w.flush(1, Replication::Concurrent).unwrap();
        w.flush(0, Replication::Concurrent).unwrap();
        assert_eq!(w.counts(), [0, 1, 0]);

        let w = World::new(2, Mode::Disable, TrackDirty::Fast, false);
        w.write(0);
        w.flush(1, Replication::Concurrent).unwrap();
        w.flush(0, Replication::Concurrent).unwrap();
        assert_eq!(w.counts(), [0, 1]);
    }

    #[test]
    fn mixed_modes_never_flush_or_clean_each_other() {
        let registry = Registry::default();
        let fakes: Vec<_> = (0..2).map(|_| Arc::new(Fake::default())).collect();
        let join = |i: usize, mode| {
            let j = Joining {
                export: String::new(),
                mode,
                plugin_multi_conn: mode == Mode::Plugin,
                backend: Handle(fakes[i].clone()),
            };
            registry.join(registry.next_id(), j, false)
        };
        let emulated = join(0, Mode::Emulate);
        let plugin = join(1, Mode::Plugin);
        let (stats, pool) = (Stats::default(), Pool::new(1));
        let ctx = plain_ctx(&stats, &pool);
        crate::request::write(&emulated, false, || ctx, |_| Ok(())).unwrap();
        crate::request::write(&plugin, false, || ctx, |_| Ok(())).unwrap();
        // The plugin-mode flush (multi-conn plugin: it cleans its group)
        // leaves the emulated connection's write to be written back.
        flush(&plugin, Cause::Client, &ctx).unwrap();
        assert!(emulated.dirty.get().contains(Dirty::WRITE));
        // The emulated flush never reaches the plugin-mode connection.
        flush(&emulated, Cause::Client, &ctx).unwrap();
        let counts: Vec<_> = fakes.iter().map(|f| f.flushes.load(SeqCst)).collect();
        assert_eq!(counts, [1, 1]);
    }

    #[test]
    fn failed_flush_is_reported_and_retried() {
        for track in [TrackDirty::Connection, TrackDirty::Fast] {
            let w = World::new(3, Mode::Emulate, track, false);
            w.read(0);
            w.write(1);
            w.fakes[1].fail.store(true, SeqCst);
            assert_eq!(w.flush(2, Replication::Concurrent), Err(libc::ENOSPC));
            assert!(w.conns[1].dirty.get().contains(Dirty::WRITE));
            assert!(w.conns[0].group.dirty.load(SeqCst));
            w.fakes[1].fail.store(false, SeqCst);
            // A failed write-back ends the flush before its drop phase.
            assert!(w.conns[0].dirty.get().contains(Dirty::READ));
            let expected = if track == TrackDirty::Fast { 3 } else { 2 };
            assert_eq!(
                w.flush(2, Replication::Concurrent).unwrap().flushed,
                expected
            );
            assert_eq!(w.flush(2, Replication::Concurrent).unwrap().flushed, 0);
        }
    }

    #[test]
    fn write_back_at_close_and_its_failure() {
        let w = World::new(2, Mode::Emulate, TrackDirty::Connection, false);
        w.write(0);
        w.read(1);
        w.registry.leave(&w.conns[0], || {
            write_back_at_close(&w.conns[0], &w.stats).unwrap();
        });
        assert_eq!(w.counts(), [1, 0]);
        assert_eq!(w.stats.close_writebacks.load(SeqCst), 1);
        // The group is dirty: the next flush drops the reader.
        assert_eq!(w.flush(1, Replication::Concurrent).unwrap().flushed, 1);
        assert_eq!(w.counts(), [0, 1]);

        // A failed write-back: the next client flush fails with EIO, once.
        let w = World::new(2, Mode::Emulate, TrackDirty::Connection, false);
        w.write(0);
        w.fakes[0].fail.store(true, SeqCst);
        w.registry.leave(&w.conns[0], || {
            assert_eq!(
                write_back_at_close(&w.conns[0], &w.stats),
                Err(libc::ENOSPC)
            );
        });
        assert_eq!(w.stats.close_writeback_failures.load(SeqCst), 1);
        assert_eq!(w.flush(1, Replication::Concurrent), Err(libc::EIO));
        assert!(w.flush(1, Replication::Concurrent).is_ok());
        // Other modes write nothing back at close.
        let w = World::new(1, Mode::Plugin, TrackDirty::Connection, false);
        w.write(0);
        write_back_at_close(&w.conns[0], &w.stats).unwrap();
        assert_eq!(w.counts(), [0]);
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
        let j = Joining {
            export: String::new(),
            mode: Mode::Emulate,
            plugin_multi_conn: false,
            backend: Panics,
        };
        let c = registry.join(registry.next_id(), j, false);
        c.dirty.mark(Dirty::WRITE);
        let (stats, pool) = (Stats::default(), Pool::new(1));
        let ctx = plain_ctx(&stats, &pool);
        assert_eq!(flush(&c, Cause::Client, &ctx), Err(libc::EIO));
        assert!(c.dirty.get().contains(Dirty::WRITE));
    }
}
