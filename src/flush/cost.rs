//! Measured flush costs, and the choices the engine makes from them:
//! whether a phase's flushes run on pool threads (and, while a group's cost
//! is not yet known, how its first phase finds out: [`plan`]), and how
//! often a cheap flush is timed.  (Readers dropped alongside the
//! write-backs, rule 6, are chosen from the same averages in `emulate.rs`.)

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
/// in-memory plugin: timing one in 8 would still cost a tenth of a flush
/// among 1,024 connections, `benches/fanout.rs`); slower ones are all timed, so the
/// statistics' slowest replicated flush misses no slow one.  A group whose
/// flushes become slow is timed in full again within a phase or two of
/// 1,024 targets, or a few dozen phases of a handful.
pub(super) const TIME_EVERY_ABOVE: Duration = Duration::from_micros(5);
pub(super) const SAMPLE_EVERY: usize = 64;

/// Whether a phase of `n` targets is shared with pool threads, given the
/// group's measured cost of one plugin flush.
pub(super) fn fans_out(n: usize, ctx: &FlushCtx<'_>, group_cost_ns: u64) -> bool {
    n > 1
        && ctx.replication != Replication::SerializeAllRequests
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

/// How a phase's targets are run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Plan {
    /// One after another on the caller's thread.
    Inline,
    /// Shared with pool threads.
    FanOut,
    /// The first target on the caller's thread, timed; then the others as
    /// that flush's cost says ([`fans_out`]).
    ProbeFirst,
}

/// How a phase of `n` targets runs, given the group's measured cost of one
/// plugin flush and the plugin's as last measured by any group of the
/// filter (`Pool::job_cost_ns`), each `u64::MAX` while unknown.
///
/// # Not paying for not knowing the cost
///
/// A group's first flush does not know what a plugin flush costs.  Taking
/// it as expensive (fanning out) sends every target but one to a pool
/// whose threads may not exist yet: among 1,000 fresh connections to a
/// plugin whose flush costs nothing, starting threads and sharing the list
/// made the first flush 20 to 50 times the later ones (`scripts/bench.sh`,
/// section (i)).  Taking it as cheap
/// (inline) makes 1,000 flushes of a slow plugin run one after another.
/// So the caller flushes the first target alone, timed, which it does in
/// either case (it always takes the first target itself), and the rest of
/// the phase then runs as that measured cost says.  What not knowing costs
/// is therefore at most one plugin flush run before the others instead of
/// beside them, once per group: nothing for a cheap plugin; for an
/// expensive one, one flush's time added to the n/65 rounds of flushes the
/// phase takes on the pool.
///
/// A new group on a server whose other groups have flushed starts from
/// their cost: every group of a filter flushes the same plugin.  If that
/// says fan out, the phase fans out at once (the probe would only hold the
/// others back by one flush); if it says inline, the first target is still
/// probed, which costs nothing inline, so that a group whose flushes are
/// much slower than the plugin's others (another export of it) is found
/// out after one flush, not after n run one after another.
///
/// Why the rules still hold: the choice changes only which thread flushes
/// a target and when within its phase, never which targets a phase has,
/// how each is flushed (`Step`), or that a phase returns only after all of
/// its targets did.  Rule 2's drops still begin after every write-back has
/// returned; rule 3's take-then-look is per target; rule 4's holds are per
/// target and rule 6's readers alongside are chosen before the phase, from
/// per-connection costs this does not touch.  The other modes (rules A to
/// D) flush the caller's connection directly, not in phases, and never
/// reach this.  The sequential thread model never fans out, probe or not;
/// under serialize_requests a probed target is held as any other.  The
/// scheduler's families force a policy (`Policy::Always` or `Never`), for
/// which nothing here changed; the probe is two runs of the code they
/// check, one after the other, within one phase.
pub(super) fn plan(
    n: usize,
    ctx: &FlushCtx<'_>,
    group_cost_ns: u64,
    plugin_cost_ns: impl FnOnce() -> u64,
) -> Plan {
    if ctx.fan_out != Policy::Measured || group_cost_ns != u64::MAX {
        return if fans_out(n, ctx, group_cost_ns) {
            Plan::FanOut
        } else {
            Plan::Inline
        };
    }
    if !fans_out(n, ctx, u64::MAX) {
        // One target, or one plugin call at a time: nothing to decide.
        return Plan::Inline;
    }
    let plugin = plugin_cost_ns();
    if plugin != u64::MAX && fans_out(n, ctx, plugin) {
        Plan::FanOut
    } else {
        Plan::ProbeFirst
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

#[cfg(all(test, not(shuttle)))]
mod tests {
    use super::*;
    use crate::config::TrackDirty;
    use crate::flush::Replication;
    use crate::pool::Pool;
    use crate::stats::Stats;

    #[test]
    fn a_group_not_yet_measured_probes_its_first_target_unless_the_plugin_is_known_slow() {
        let (stats, pool) = (Stats::default(), Pool::new(1));
        let ctx = |replication, fan_out| FlushCtx {
            track: TrackDirty::Connection,
            replication,
            stats: &stats,
            pool: &pool,
            fan_out,
            alongside: Policy::Never,
        };
        let plan_ = |n, ctx: &FlushCtx<'_>, group, plugin| plan(n, ctx, group, || plugin);
        let (par, measured) = (Replication::Parallel, Policy::Measured);
        let unknown = u64::MAX;
        let (cheap, slow) = (1_000, 1_000_000);
        // Measured: as the group's cost says, whatever the plugin's.
        assert_eq!(plan_(1000, &ctx(par, measured), cheap, slow), Plan::Inline);
        assert_eq!(plan_(1000, &ctx(par, measured), slow, cheap), Plan::FanOut);
        assert_eq!(
            plan_(1000, &ctx(par, measured), slow, unknown),
            Plan::FanOut
        );
        // Not yet measured: the first target alone first...
        assert_eq!(
            plan_(1000, &ctx(par, measured), unknown, unknown),
            Plan::ProbeFirst
        );
        assert_eq!(
            plan_(2, &ctx(par, measured), unknown, unknown),
            Plan::ProbeFirst
        );
        // ...also when the plugin's other groups found flushes cheap...
        assert_eq!(
            plan_(1000, &ctx(par, measured), unknown, cheap),
            Plan::ProbeFirst
        );
        // ...but at once on the pool when they found them slow.
        assert_eq!(
            plan_(1000, &ctx(par, measured), unknown, slow),
            Plan::FanOut
        );
        // Slower than waking a thread, but too few targets to share.
        assert_eq!(
            plan_(2, &ctx(par, measured), unknown, 150_000),
            Plan::ProbeFirst
        );
        // Nothing to probe for: one target, one plugin call at a time.
        assert_eq!(
            plan_(1, &ctx(par, measured), unknown, unknown),
            Plan::Inline
        );
        let seq = Replication::SerializeAllRequests;
        assert_eq!(
            plan_(1000, &ctx(seq, measured), unknown, slow),
            Plan::Inline
        );
        // Forced either way: no probe.
        assert_eq!(
            plan_(1000, &ctx(par, Policy::Always), unknown, unknown),
            Plan::FanOut
        );
        assert_eq!(
            plan_(1000, &ctx(par, Policy::Never), unknown, unknown),
            Plan::Inline
        );
    }

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
