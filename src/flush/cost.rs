//! Measured flush costs, and the choices the engine makes from them:
//! whether a phase's flushes run on pool threads, and how often a cheap
//! flush is timed.  (Readers dropped alongside the write-backs, rule 6, are
//! chosen from the same averages in `emulate.rs`.)

use super::{FlushCtx, Policy, Replication};
use crate::sync::atomic::{AtomicU64, SeqCst};
use std::time::Duration;

/// The most plugin flush time a phase runs on the caller's thread alone
/// (the group's measured cost per flush times the targets beyond the
/// first); beyond it, pool threads share the targets...
pub(super) const INLINE_BUDGET: Duration = Duration::from_micros(200);
/// ...unless one flush costs less than waking a pool thread: then the
/// caller is as fast alone, however many targets there are.
pub(super) const FAN_OUT_MIN: Duration = Duration::from_micros(20);

/// Plugin flushes of a group whose measured cost is below this are timed
/// one in `SAMPLE_EVERY` when a phase runs on the caller's thread (two
/// clock reads and an average cost about 100 ns, as much as a flush of an
/// in-memory plugin; one in 8 was still a tenth of a flush among 1,024
/// connections, `benches/fanout.rs`); slower ones are all timed, so the
/// statistics' slowest replicated flush misses no slow one.  A group whose
/// flushes become slow is timed in full again within a phase or two of
/// 1,024 targets, or a few dozen phases of a handful.
pub(super) const TIME_EVERY_ABOVE: Duration = Duration::from_micros(5);
pub(super) const SAMPLE_EVERY: usize = 64;

/// Whether a phase of `n` targets is shared with pool threads, given the
/// group's measured cost of one plugin flush.
pub(super) fn fans_out(n: usize, ctx: &FlushCtx<'_>, group_cost_ns: u64) -> bool {
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

/// Fold a plugin flush that took `ns` into the running average `avg`
/// (`u64::MAX` until the first).  One sample moves the average by at most a
/// factor of about 1.4, so that a flush that was slow once (the thread was
/// preempted) does not change how the next flush is run; flushes that
/// really become slow are followed within a few dozen.  Only flushes update
/// an average, one at a time per group, so a load and a store do.
pub fn record_cost(avg: &AtomicU64, ns: u64) {
    let old = avg.load(SeqCst);
    let new = if old == u64::MAX {
        ns
    } else {
        let sample = ns.min(old.saturating_mul(4).max(1000));
        (old - old / 8).saturating_add(sample / 8)
    };
    avg.store(new, SeqCst);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flush_cost_average_moves_an_eighth_and_ignores_outliers() {
        let avg = AtomicU64::new(u64::MAX);
        let after = |ns| {
            record_cost(&avg, ns);
            avg.load(SeqCst)
        };
        // The first sample is the average.
        assert_eq!(after(8000), 8000);
        // Then an eighth of the way to each sample: 8000 - 1000 + 2000.
        assert_eq!(after(16_000), 9000);
        assert_eq!(after(1000), 9000 - 1125 + 125);
        // A sample counts for at most four times the average...
        avg.store(8000, SeqCst);
        assert_eq!(after(1_000_000), 7000 + 32_000 / 8);
        // ...or 1 us, for an average that small.
        avg.store(100, SeqCst);
        assert_eq!(after(5000), 100 - 12 + 1000 / 8);
        assert_eq!(after(0), 213 - 26);
    }
}
