//! The flush of one target, and one phase of targets.
//!
//! A phase's flushes run on the caller's thread when the group's measured
//! flush cost says they are cheap (a pool thread costs more to wake than a
//! flush of an in-memory plugin), and are otherwise shared with pool
//! threads: all take targets from one list, so the caller never waits for a
//! pool thread to start.  A group whose cost is not yet known flushes its
//! first target alone, timed, and runs the rest as that says (`cost::plan`
//! says why).  The caller flushes its own connection first, so
//! that the plugin's errno reaches the client as it is.

use super::cost::{fans_out, plan, record_cost, Plan, SAMPLE_EVERY, TIME_EVERY_ABOVE};
use super::{faults, timed_flush, Backend, Errno, FlushCtx, Replication, Report};
use crate::dirty::Dirty;
use crate::gate::{Hold, Kind};
use crate::prefetch;
use crate::registry::Conn;
use crate::sync::atomic::{AtomicUsize, SeqCst};
use crate::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

/// A target's bits as a flush took them, and what was inside its gate
/// right after (rule 3).
#[derive(Clone, Copy, Debug)]
pub(super) struct Taken {
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
pub(super) enum Phase {
    WriteBack,
    Drop,
}

/// What the flush of one target does, by phase and thread model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Step {
    /// Parallel write-back, nothing held: take, look, flush, mark again.
    Unheld,
    /// Hold every request, drain, take every bit, flush, open.
    HeldAll(Phase),
    /// Parallel drop: hold reads, drain them, take `READ`, flush, open.
    HeldReads,
    /// A reader dropped alongside the write-backs (rule 6): as `HeldReads`,
    /// but its reads stay held (`PhaseOneTargets` opens them).
    HeldReadsKept,
}

impl Step {
    pub(super) fn of(phase: Phase, replication: Replication) -> Step {
        let serialized_unheld = faults::on(&faults::NO_HOLD_SERIALIZED);
        match (phase, replication) {
            (Phase::WriteBack, Replication::Parallel) => Step::Unheld,
            (Phase::Drop, Replication::Parallel) => Step::HeldReads,
            (_, _) if serialized_unheld => Step::Unheld,
            (phase, Replication::SerializeRequests | Replication::SerializeAllRequests) => {
                Step::HeldAll(phase)
            }
        }
    }

    /// Flush `t` this way, timing the plugin flush if `timed`.  Returns
    /// the plugin's answer (with the time it took) and what was taken.
    fn run<B: Backend>(self, t: &Conn<B>, timed: bool) -> (Result<Option<Duration>, Errno>, Taken) {
        match self {
            Step::Unheld => {
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
                // A failed target gets its bits back (an owed drop among
                // them) before its next request can look at them.
                let late = faults::on(&faults::OPEN_BEFORE_MARK_AGAIN);
                if !late {
                    mark_again(t, taken, r.is_err());
                }
                t.gate.open(Hold::All);
                if late {
                    mark_again(t, taken, r.is_err());
                }
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
                mark_again(t, taken, r.is_err());
                if hold && self != Step::HeldReadsKept {
                    t.gate.open(Hold::Reads);
                }
                (r, taken)
            }
        }
    }
}

/// Flush `targets` as one phase.  Returns whether the phase wrote anything
/// back (a target had `WRITE` or a write inside), or the first error (a
/// real errno preferred over EIO, which is what a plugin error becomes on
/// a pool thread, where nbdkit cannot see the plugin's errno).
pub(super) fn run_phase<B: Backend>(
    caller: &Conn<B>,
    targets: &mut [(usize, Arc<Conn<B>>, Step)],
    ctx: &FlushCtx<'_>,
    report: &mut Report,
) -> Result<bool, Errno> {
    if targets.is_empty() {
        return Ok(false);
    }
    if let Some(own) = targets.iter().position(|t| std::ptr::eq(&*t.1, caller)) {
        targets.swap(0, own);
    }
    let group = &caller.group;
    let group_cost = group.flush_cost_ns.load(SeqCst);
    match plan(targets.len(), ctx, group_cost, || ctx.pool.job_cost_ns()) {
        Plan::Inline => run_targets(caller, targets, false, ctx, report),
        Plan::FanOut => run_targets(caller, targets, true, ctx, report),
        Plan::ProbeFirst => {
            let (first, rest) = targets.split_at_mut(1);
            let probed = run_targets(caller, first, false, ctx, report);
            // Measured now, unless the probe failed: then as before any
            // was measured.
            let fan_out = fans_out(rest.len(), ctx, group.flush_cost_ns.load(SeqCst));
            let others = run_targets(caller, rest, fan_out, ctx, report);
            match (probed, others) {
                (Ok(a), Ok(b)) => Ok(a || b),
                (Err(e), Ok(_)) | (Ok(_), Err(e)) => Err(e),
                (Err(a), Err(b)) => Err(prefer_real(a, b)),
            }
        }
    }
}

/// Of two errors from one phase, the first unless only the second is a
/// real errno (see [`run_phase`]).
fn prefer_real(first: Errno, second: Errno) -> Errno {
    if first == libc::EIO {
        second
    } else {
        first
    }
}

/// Flush `targets` (the caller's own first, if among them), on this thread
/// alone or shared with pool threads, and keep their costs.
fn run_targets<B: Backend>(
    caller: &Conn<B>,
    targets: &mut [(usize, Arc<Conn<B>>, Step)],
    fan_out: bool,
    ctx: &FlushCtx<'_>,
    report: &mut Report,
) -> Result<bool, Errno> {
    let group = &caller.group;
    let n = targets.len();
    // The caller flushes the first target (its own connection, if a
    // target) itself: nbdkit keeps a plugin's errno only on its own
    // threads.
    let outcomes: Vec<Outcome> = if fan_out {
        let work = Arc::new(Work {
            // The last pool thread to let go of the list may do so after the
            // wave has ended.
            targets: (targets.iter())
                .map(|(_, t, step)| (t.clone(), *step))
                .collect(),
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
            .map(|(i, (_, t, step))| {
                // Two stages: a target's own lines first, then (once they
                // are likely in) what its backend points to.
                prefetch::ahead(targets, i, prefetch::RECORD_AHEAD, |a| {
                    prefetch::value(&*a.1)
                });
                prefetch::ahead(targets, i, prefetch::BACKEND_AHEAD, |a| {
                    a.1.backend.prefetch()
                });
                step.run(t, timed(i, t))
            })
            .collect()
    };

    let mut first_error = None;
    let mut wrote_back = false;
    let (mut replicated, mut slowest, mut ok) = (0, Duration::ZERO, 0);
    let mut fastest: Option<Duration> = None;
    for ((_, t, _), (r, taken)) in targets.iter().zip(outcomes) {
        match r {
            Ok(took) => {
                ok += 1;
                wrote_back |= taken.wrote();
                if !std::ptr::eq(&**t, caller) {
                    replicated += 1;
                }
                let Some(took) = took else { continue };
                fastest = Some(fastest.map_or(took, |f| f.min(took)));
                record_cost(
                    &t.flush_cost_ns,
                    u64::try_from(took.as_nanos()).unwrap_or(u64::MAX),
                );
                if !std::ptr::eq(&**t, caller) {
                    slowest = slowest.max(took);
                }
            }
            Err(e) => {
                log::debug!("flush of connection #{} failed: errno {}", t.id, e);
                first_error = Some(first_error.map_or(e, |f| prefer_real(f, e)));
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
    // The plugin's cost, for groups not yet measured, is the last group's.
    if let Some(fastest) = fastest {
        record_cost(
            &group.flush_cost_ns,
            u64::try_from(fastest.as_nanos()).unwrap_or(u64::MAX),
        );
        ctx.pool.set_job_cost_ns(group.flush_cost_ns.load(SeqCst));
    }
    first_error.map_or(Ok(wrote_back), Err)
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
