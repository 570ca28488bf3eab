//! The deterministic scheduler over what time decides: the pool's idle exit
//! and the respawn after it, more flush targets than pool threads, and the
//! policy the filter ships, whose fan-out and readers-alongside choices
//! follow measured flush costs.
//!
//! Built only with `--cfg shuttle` (`RUSTFLAGS="--cfg shuttle" cargo test
//! --release --target-dir target/cfg-shuttle --test sched_time`).  Under it the sync facade's clock is
//! virtual: every reading moves it on by an amount drawn from shuttle's
//! random source, and a wait with a timeout times out when that source says
//! so (`src/sync.rs`), so measured costs and idle exits are choices of the
//! schedule, explored like interleavings and replayed with them.  The
//! scenarios over the pool and over five connections count, over their
//! schedules, that each such choice was taken both ways.  Every check has
//! a can-fail companion: a fault in this file's own code (a client, a
//! plugin or a setup that is wrong on purpose) that the same check must
//! find at a fixed seed.
//!
//! It also holds finding 5 of issue 22 (the economy check's false alarm
//! in the model checker's setup 0), as the schedule that found it.
//!
//! Budgets: `MULTICONN_SCHED_ITERATIONS` schedules per scenario (default
//! 300), `MULTICONN_SCHED_SEED` the PCT seed (default 2026).  A failure
//! prints its schedule; `MULTICONN_SCHED_REPLAY='NAME:SCHEDULE' RUSTFLAGS='--cfg shuttle'
//! cargo test --release --target-dir target/cfg-shuttle --test sched_time -- replay --nocapture`
//! runs it again (NAME as in `replay`).
#![cfg(shuttle)]

mod modelcheck;
#[path = "../src/test_support.rs"]
mod nbdkit_stubs;

use modelcheck::env_u64;
use shuttle::scheduler::{PctScheduler, ReplayScheduler};
use shuttle::{Config, Runner};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

fn pct(seed: u64, iterations: usize) -> Runner<PctScheduler> {
    let mut config = Config::default();
    config.silence_warnings = true;
    Runner::new(PctScheduler::new_from_seed(seed, 3, iterations), config)
}

fn budget() -> (u64, usize) {
    (
        env_u64("MULTICONN_SCHED_SEED", 2026),
        env_u64("MULTICONN_SCHED_ITERATIONS", 300) as usize,
    )
}

/// Run `f` on one schedule, as shuttle printed it.
fn replay_one(f: impl Fn() + Send + Sync + 'static, schedule: &str) {
    let mut config = Config::default();
    config.silence_warnings = true;
    Runner::new(ReplayScheduler::new_from_encoded(schedule), config).run(f);
}

/// Run `f` under PCT and say whether some schedule failed with a message
/// that contains `what`.
fn fails(seed: u64, iterations: usize, what: &str, f: impl Fn() + Send + Sync + 'static) -> bool {
    let Err(panic) = catch_unwind(AssertUnwindSafe(|| pct(seed, iterations).run(f))) else {
        return false;
    };
    let message = (panic.downcast_ref::<String>().map(String::as_str))
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("");
    assert!(message.contains(what), "failed otherwise: {message}");
    true
}

/// How often, over one test's schedules, a choice went each way.
struct Seen {
    yes: AtomicUsize,
    no: AtomicUsize,
}

impl Seen {
    const fn new() -> Seen {
        Seen {
            yes: AtomicUsize::new(0),
            no: AtomicUsize::new(0),
        }
    }

    fn record(&self, yes: bool) {
        let n = if yes { &self.yes } else { &self.no };
        n.fetch_add(1, Relaxed);
    }

    fn yes(&self) -> usize {
        self.yes.load(Relaxed)
    }

    fn report(&self, what: &str) {
        let (yes, no) = (self.yes(), self.no.load(Relaxed));
        println!("sched_time: {what}: {yes} times, not {no} times");
    }

    fn both(&self, what: &str) {
        self.report(what);
        assert!(
            self.yes() > 0 && self.no.load(Relaxed) > 0,
            "{what}: not explored both ways"
        );
    }
}

// ---------------------------------------------------------------------
// The pool: jobs, idle exits, more jobs, shutdown.

mod pool {
    use super::Seen;
    use multiconn::pool::{Pool, IDLE_EXIT};
    use multiconn::sync::{thread, Arc, Condvar, Mutex};

    #[derive(Default)]
    struct Done {
        jobs: Mutex<usize>,
        more: Condvar,
    }

    /// How the client waits for its jobs: properly, or (the faults) taking
    /// a timeout for "done", or waiting for a job that was lost on the way
    /// to the pool.
    #[derive(Clone, Copy, PartialEq, Eq)]
    pub enum Wait {
        ForEveryJob,
        UntilATimeout,
        ForALostJob,
    }

    /// Three rounds of three jobs on a pool of two threads; between rounds
    /// the client lets the idle threads run (and, as the schedule decides,
    /// time out and exit).  Every job runs once, the pool never runs more
    /// than its two threads, and shutdown joins every thread it started.
    pub fn rounds(wait: Wait, respawned: &'static Seen) {
        let pool = Pool::new(2);
        let done = Arc::new(Done::default());
        let mut sent = 0;
        for round in 0..3 {
            for j in 0..3 {
                let done = done.clone();
                sent += 1;
                let job = Box::new(move || {
                    *done.jobs.lock() += 1;
                    done.more.notify_all();
                });
                if wait == Wait::ForALostJob && round == 1 && j == 2 {
                    continue;
                }
                pool.execute(job);
                assert!(pool.threads() <= 2, "more threads than the pool's maximum");
            }
            let mut jobs = done.jobs.lock();
            while *jobs < sent {
                jobs = match wait {
                    Wait::ForEveryJob | Wait::ForALostJob => done.more.wait(jobs),
                    Wait::UntilATimeout => match done.more.wait_timeout(jobs, IDLE_EXIT) {
                        (jobs, true) => {
                            assert_eq!(*jobs, sent, "round {round}: a job has not run");
                            jobs
                        }
                        (jobs, false) => jobs,
                    },
                };
            }
            drop(jobs);
            for _ in 0..3 {
                thread::yield_now();
            }
        }
        pool.shutdown();
        assert_eq!(*done.jobs.lock(), sent, "a job ran twice");
        assert_eq!(pool.threads(), 0, "a thread outlived shutdown");
        let (started, joined) = pool.started_and_joined();
        assert_eq!(started, joined, "a thread was never joined");
        respawned.record(started > 2);
    }
}

static POOL_RESPAWNED: Seen = Seen::new();

#[test]
fn the_pool_exits_when_idle_and_respawns_losing_no_job() {
    let (seed, iterations) = budget();
    pct(seed, iterations).run(|| pool::rounds(pool::Wait::ForEveryJob, &POOL_RESPAWNED));
    POOL_RESPAWNED.both("a thread exited idle and another was started");
}

/// The fault: a client that takes a timeout for "all my jobs ran".  It can
/// only fail if timeouts are scheduled choices.
#[test]
fn a_wait_that_takes_a_timeout_for_done_fails() {
    static SEEN: Seen = Seen::new();
    assert!(
        fails(11, 2000, "a job has not run", || pool::rounds(
            pool::Wait::UntilATimeout,
            &SEEN
        )),
        "a wait that depends on a timeout passed every schedule"
    );
}

/// The fault: a job lost on its way to the pool.  Its client waits
/// forever, which the scheduler reports.
#[test]
fn a_lost_job_fails() {
    static SEEN: Seen = Seen::new();
    assert!(
        fails(12, 100, "deadlock", || pool::rounds(
            pool::Wait::ForALostJob,
            &SEEN
        )),
        "a lost job went unnoticed"
    );
}

// ---------------------------------------------------------------------
// Five connections, a pool of two: more targets than pool threads, with
// the fan-out forced or measured, and readers alongside as measured.

mod targets {
    use super::Seen;
    use multiconn::config::{Mode, TrackDirty};
    use multiconn::flush::{self, Backend, Cause, Errno, FlushCtx, Policy, Replication};
    use multiconn::pool::Pool;
    use multiconn::registry::{Conn, Joining, Registry};
    use multiconn::request;
    use multiconn::stats::Stats;
    use multiconn::sync::atomic::{AtomicU64, SeqCst};
    use multiconn::sync::{thread, Arc, Mutex};
    use shuttle::rand::{thread_rng, Rng as _};

    const CONNS: usize = 5;
    /// One block per connection, written only through that connection.
    const BLOCKS: usize = CONNS;

    /// A mistake of this file's own plugin that the checks must catch.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Fault {
        None,
        /// A flush that runs on a pool thread does nothing (its work is
        /// lost): found only if flushes run on the pool.
        LostOnThePool,
        /// A flush that writes nothing back refills the connection's cache
        /// from the store as it returns (a read-ahead behind the filter's
        /// back): harmless once every write-back has landed, stale when a
        /// reader is dropped before a write-back it needs.
        ReadAhead,
    }

    /// One connection's cache: per block, the value and whether it is
    /// still to be written back.
    type Cache = [Option<(u64, bool)>; BLOCKS];

    /// The plugin: a store, and per connection a write-back cache.
    struct Plugin {
        store: Mutex<[u64; BLOCKS]>,
        caches: Vec<Mutex<Cache>>,
        fault: Fault,
        /// Writes not yet written back, anywhere.  Only the client's main
        /// thread writes, before it flushes, so a flush that writes nothing
        /// back while some are left is a reader's drop alongside the
        /// write-backs (rule 6), made before one of them.
        unwritten: AtomicU64,
        alongside: Mutex<bool>,
        /// Some flush ran on a pool thread.
        pooled: Mutex<bool>,
    }

    impl Plugin {
        fn write(&self, c: usize, block: usize, value: u64) {
            let mut cache = self.caches[c].lock();
            if !matches!(cache[block], Some((_, true))) {
                self.unwritten.fetch_add(1, SeqCst);
            }
            cache[block] = Some((value, true));
        }

        fn read(&self, c: usize, block: usize) -> u64 {
            let mut cache = self.caches[c].lock();
            if let Some((v, _)) = cache[block] {
                return v;
            }
            let v = self.store.lock()[block];
            cache[block] = Some((v, false));
            v
        }

        fn flush(&self, c: usize) {
            let on_pool = thread::current().name() == Some("multiconn-flush");
            if on_pool {
                *self.pooled.lock() = true;
            }
            if self.fault == Fault::LostOnThePool && on_pool {
                return;
            }
            let mut cache = self.caches[c].lock();
            let mut wrote = false;
            for (block, e) in cache.iter_mut().enumerate() {
                if let Some((v, true)) = *e {
                    self.store.lock()[block] = v;
                    self.unwritten.fetch_sub(1, SeqCst);
                    wrote = true;
                }
                *e = None;
            }
            if !wrote && self.unwritten.load(SeqCst) > 0 {
                *self.alongside.lock() = true;
            }
            if self.fault == Fault::ReadAhead && !wrote {
                let store = self.store.lock();
                for (block, e) in cache.iter_mut().enumerate() {
                    *e = Some((store[block], false));
                }
            }
        }
    }

    struct Handle(Arc<Plugin>, usize);

    impl Backend for Handle {
        fn flush(&self) -> Result<(), Errno> {
            self.0.flush(self.1);
            Ok(())
        }
    }

    /// What one scenario forces and what it counts.
    pub struct Scenario {
        pub fan_out: Policy,
        pub alongside: Policy,
        pub fault: Fault,
        /// Flushes after the first (the costs measured) that ran some
        /// target on a pool thread, or none.
        pub pooled: &'static Seen,
        /// Flushes with a reader dropped alongside a write-back or not.
        pub dropped_alongside: &'static Seen,
    }

    impl Scenario {
        fn ctx<'a>(&self, stats: &'a Stats, pool: &'a Pool) -> FlushCtx<'a> {
            Scenario::ctx_of(self.fan_out, self.alongside, stats, pool)
        }

        fn ctx_of<'a>(
            fan_out: Policy,
            alongside: Policy,
            stats: &'a Stats,
            pool: &'a Pool,
        ) -> FlushCtx<'a> {
            FlushCtx {
                track: TrackDirty::Connection,
                replication: Replication::Parallel,
                stats,
                pool,
                fan_out,
                alongside,
            }
        }
    }

    /// Three rounds: the client writes and reads through some of the five
    /// connections, then flushes through one of them while another thread
    /// reads through any (and may fill a cache during the write-backs,
    /// which the filter must drop again, rule 3); after the reply every
    /// connection reads every block the client wrote and must see its last
    /// value.  The pool has two threads, so a phase of five targets queues
    /// jobs behind them; each flush's fan-out and readers alongside follow
    /// the scenario's policy.
    pub fn rounds(sc: &Scenario) {
        let registry = Registry::default();
        let plugin = Plugin {
            store: Mutex::new([0; BLOCKS]),
            caches: (0..CONNS).map(|_| Mutex::new([None; BLOCKS])).collect(),
            fault: sc.fault,
            unwritten: AtomicU64::new(0),
            alongside: Mutex::new(false),
            pooled: Mutex::new(false),
        };
        let plugin = Arc::new(plugin);
        let conns: Vec<Arc<Conn<Handle>>> = (0..CONNS)
            .map(|c| {
                let j = Joining {
                    export: String::new(),
                    export_key: Vec::new(),
                    mode: Mode::Emulate,
                    auto: false,
                    can_flush: true,
                    plugin_multi_conn: false,
                    backend: Handle(plugin.clone(), c),
                };
                registry.join(registry.next_id(), j, false).unwrap()
            })
            .collect();
        let conns = Arc::new(conns);
        let stats = Arc::new(Stats::default());
        let pool = Pool::new(2);
        let ctx = sc.ctx(&stats, &pool);
        let next = AtomicU64::new(1);
        let mut last = [0u64; CONNS];
        for round in 0..3 {
            let mut rng = thread_rng();
            for (c, conn) in conns.iter().enumerate() {
                match rng.gen_range(0..3) {
                    0 => {
                        let v = next.fetch_add(1, SeqCst);
                        let w = request::write(
                            conn,
                            false,
                            || ctx,
                            |_| {
                                plugin.write(c, c, v);
                                Ok(())
                            },
                        );
                        w.unwrap();
                        last[c] = v;
                    }
                    1 => {
                        let b = rng.gen_range(0..CONNS);
                        request::read(conn, || ctx, || plugin.read(c, b)).unwrap();
                    }
                    _ => {}
                }
            }
            *plugin.alongside.lock() = false;
            *plugin.pooled.lock() = false;
            // (A thread of its own, not a scoped one: shuttle's scope may
            // wake its owner while it waits on a condition variable.)
            let racer = {
                let (conns, plugin, stats, pool) =
                    (conns.clone(), plugin.clone(), stats.clone(), pool.clone());
                let (fan_out, alongside) = (sc.fan_out, sc.alongside);
                thread::spawn(move || {
                    let ctx = Scenario::ctx_of(fan_out, alongside, &stats, &pool);
                    let mut rng = thread_rng();
                    let (c, b) = (rng.gen_range(0..CONNS), rng.gen_range(0..BLOCKS));
                    request::read(&conns[c], || ctx, || plugin.read(c, b)).unwrap();
                })
            };
            let by = &conns[round % CONNS];
            flush::flush(by, Cause::Client, &ctx).unwrap();
            if round > 0 {
                sc.pooled.record(*plugin.pooled.lock());
            }
            sc.dropped_alongside.record(*plugin.alongside.lock());
            for (c, conn) in conns.iter().enumerate() {
                for (b, &want) in last.iter().enumerate() {
                    let got = request::read(conn, || ctx, || plugin.read(c, b)).unwrap();
                    assert_eq!(
                        got, want,
                        "round {round}: connection {c} read block {b} stale after a flush"
                    );
                }
            }
            racer.join().unwrap();
        }
        for c in conns.iter() {
            registry.leave(c, || ());
        }
        pool.shutdown();
        let (started, joined) = pool.started_and_joined();
        assert_eq!(started, joined, "a pool thread was never joined");
    }
}

use multiconn::flush::Policy;
use targets::{Fault, Scenario};

/// A scenario, with its own counters (one pair per place it is written).
macro_rules! scenario {
    ($fan_out:expr, $alongside:expr, $fault:expr) => {{
        static POOLED: Seen = Seen::new();
        static ALONGSIDE: Seen = Seen::new();
        Scenario {
            fan_out: $fan_out,
            alongside: $alongside,
            fault: $fault,
            pooled: &POOLED,
            dropped_alongside: &ALONGSIDE,
        }
    }};
}

#[test]
fn five_targets_on_two_pool_threads() {
    let (seed, iterations) = budget();
    let sc = scenario!(Policy::Always, Policy::Never, Fault::None);
    let (pooled, dropped_alongside) = (sc.pooled, sc.dropped_alongside);
    pct(seed, iterations).run(move || targets::rounds(&sc));
    pooled.report("a flush after the first ran a target on the pool");
    assert!(pooled.yes() > 0, "no flush ran on the pool");
    assert_eq!(dropped_alongside.yes(), 0, "a reader dropped alongside");
}

/// The fault: a target flushed on a pool thread is lost.
#[test]
fn five_targets_on_two_pool_threads_fails_when_pool_work_is_lost() {
    assert!(
        fails(21, 2000, "stale after a flush", || targets::rounds(
            &scenario!(Policy::Always, Policy::Never, Fault::LostOnThePool)
        )),
        "a flush whose pool work was lost passed every schedule"
    );
}

/// The policy the filter ships: fan-out and readers alongside as the
/// (virtual) measured costs say.  Both choices must be explored both ways.
#[test]
fn the_shipped_policy_follows_the_clock() {
    let (seed, iterations) = budget();
    let sc = scenario!(Policy::Measured, Policy::Measured, Fault::None);
    let (pooled, dropped_alongside) = (sc.pooled, sc.dropped_alongside);
    pct(seed, iterations).run(move || targets::rounds(&sc));
    pooled.both("a measured flush after the first ran a target on the pool");
    dropped_alongside.both("a measured flush dropped a reader alongside a write-back");
}

/// The faults, each found only if the measured policy takes the branch it
/// breaks: pool work lost (fan-out), and a read-ahead after a drop made
/// before a write-back (readers alongside; harmless without them).
#[test]
fn the_shipped_policy_fails_when_pool_work_is_lost() {
    assert!(
        fails(22, 3000, "stale after a flush", || targets::rounds(
            &scenario!(Policy::Measured, Policy::Measured, Fault::LostOnThePool)
        )),
        "measured fan-out never reached the pool, or the check is blind"
    );
}

#[test]
fn the_shipped_policy_fails_with_a_read_ahead_after_an_early_drop() {
    let never = || {
        targets::rounds(&scenario!(
            Policy::Measured,
            Policy::Never,
            Fault::ReadAhead
        ))
    };
    pct(23, 1000).run(never);
    assert!(
        fails(23, 3000, "stale after a flush", || targets::rounds(
            &scenario!(Policy::Measured, Policy::Measured, Fault::ReadAhead)
        )),
        "measured readers alongside never dropped a reader early, or the check is blind"
    );
}

// ---------------------------------------------------------------------
// The model checker's histories (`modelcheck::run`) under the measured
// policy, with more targets than pool threads, and the setup of finding 5.

mod histories {
    use super::modelcheck::{run, Setup, ThreadModel};
    use multiconn::config::{Mode, TrackDirty};
    use multiconn::flush::Policy;
    use shuttle::rand::{thread_rng, Rng as _};

    /// The model checker's setup 0 (`modelcheck::setups`): auto resolved
    /// to emulate, connection tracking, three connections of three
    /// threads, readers alongside, the economy checked.
    pub fn auto() -> Setup {
        Setup {
            mode: Mode::Auto,
            track: TrackDirty::Connection,
            thread_model: ThreadModel::Parallel,
            conns: 3,
            threads_per_conn: 3,
            ops: 12,
            slow_flush: 0,
            check_consistency: true,
            check_economy: true,
            fan_out: Policy::Never,
            alongside: Policy::Always,
            churn: false,
            ..Setup::default()
        }
    }

    pub fn family(name: &str) -> Setup {
        let measured = Setup {
            mode: Mode::Emulate,
            threads_per_conn: 2,
            ops: 6,
            slow_flush: 2,
            check_economy: false,
            fan_out: Policy::Measured,
            alongside: Policy::Measured,
            ..auto()
        };
        match name {
            "auto" => auto(),
            "auto-measured" => Setup {
                fan_out: Policy::Measured,
                alongside: Policy::Measured,
                ..auto()
            },
            "parallel-measured" => measured,
            "serialize-requests-measured" => Setup {
                thread_model: ThreadModel::SerializeRequests,
                threads_per_conn: 1,
                ops: 8,
                ..measured
            },
            // Six targets, a pool of four (`modelcheck::run`'s): jobs queue.
            "six-connections" => Setup {
                conns: 6,
                threads_per_conn: 1,
                fan_out: Policy::Always,
                ..measured
            },
            // The fault: disable mode checked as if it emulated.
            // Reads checked as if the plugin promised multi-conn, which
            // disable mode does not make true: the check must see stale
            // reads.
            "disable-measured" => Setup {
                mode: Mode::Disable,
                assume_multi_conn: true,
                check_durability: false,
                ..measured
            },
            // Finding 5 in a smaller history, where PCT finds it sooner.
            "auto-small" => Setup {
                conns: 2,
                threads_per_conn: 2,
                ops: 8,
                ..auto()
            },
            // The economy check's fault: every member flushed.
            "auto-off" => Setup {
                track: TrackDirty::Off,
                check_consistency: false,
                ..auto()
            },
            other => panic!("no family {other}"),
        }
    }

    pub const FAMILIES: &[&str] = &[
        "auto",
        "auto-measured",
        "parallel-measured",
        "serialize-requests-measured",
        "six-connections",
    ];

    /// One history of `setup`, checked: panics (so that shuttle prints the
    /// schedule) on any violation.
    pub fn history(setup: Setup) -> impl Fn() + Send + Sync + 'static {
        move || {
            let seed = thread_rng().gen::<u64>();
            let v = run(setup, seed);
            assert!(
                v.is_empty(),
                "{setup:?} (workload seed {seed:#x}):\n{}",
                v.join("\n")
            );
        }
    }
}

#[test]
fn histories_under_the_measured_policy_are_clean() {
    let (seed, iterations) = budget();
    for name in histories::FAMILIES {
        let start = std::time::Instant::now();
        pct(seed, iterations).run(histories::history(histories::family(name)));
        println!(
            "sched_time: {name}: {iterations} PCT schedules (seed {seed}), 0 violations, {:.1} s",
            start.elapsed().as_secs_f64()
        );
    }
}

#[test]
fn histories_find_stale_reads_without_emulation() {
    let disable = histories::family("disable-measured");
    assert!(
        fails(31, 2000, "stale read", histories::history(disable)),
        "disable mode passed as if it emulated: the checks are blind"
    );
}

/// Finding 5 of issue 22: the model checker's economy check failed setup
/// 0 about once in 40,000 real-thread histories, and the smaller
/// `auto-small` here at this PCT seed within these schedules.  The
/// filter was right every time (rule 3: a read inside a phase-1 target, or
/// entering it during the write-backs, has it dropped again in phase 2);
/// the checker missed that the read overlapped a client flush, having
/// looked for one before the read joined its list, or the read having
/// ended before the plugin flush marked the requests in progress.  The
/// schedule the checker failed on (with `tests/modelcheck/mod.rs` as it
/// was before the fix) is `FINDING_5`:
/// `MULTICONN_SCHED_REPLAY="auto-small:SCHEDULE" RUSTFLAGS='--cfg shuttle' cargo test --release --target-dir target/cfg-shuttle --test sched_time -- replay`.
#[test]
fn the_economy_check_counts_a_read_that_overlapped_a_client_flush() {
    pct(4, 3000).run(histories::history(histories::family("auto-small")));
}

#[allow(dead_code)]
const FINDING_5: &str = "91039f0c87c3b0cbb8bb99e725100000000000004444808808cccc001111c5cccccccccccccccccccc8c88888888888888888888888888888888888888888888888888888888e84444444444444444444444444474222242444411111111111111111111111111111113111111113133333333222322fa1311111111111111111111119d8888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888101111111111111111111111111111111145c4cccccccccccccccccccccccccccccccccccccccccccc88888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888808454444444444444444444444444444c4cccccccccccccccccccccccccccccc888c88cccccccccccccccccccc505010111111899088888888888888888888888888888888888888888888888888cccccccccccccccccccccccccccccccccccccccccccccccc101151101111111145444444ccc4cceccdcccccccccccccccccccccc6e6666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666868888888888888888888888888888888828222222888888888888888888888888882222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222228288888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888888080000000000000000000000000000000000000000000000";

#[test]
fn the_economy_check_finds_needless_flushes() {
    let off = histories::family("auto-off");
    assert!(
        fails(41, 2000, "flush of handle", histories::history(off)),
        "flushing every member passed the economy check"
    );
}

/// `MULTICONN_SCHED_REPLAY='NAME:SCHEDULE'`: NAME is a family of
/// `histories`, or `pool`, `targets` (five targets, fan-out always) or
/// `measured` (five targets, the shipped policy).
#[test]
fn replay() {
    let Ok(spec) = std::env::var("MULTICONN_SCHED_REPLAY") else {
        return;
    };
    let (name, schedule) = spec.split_once(':').expect("NAME:SCHEDULE");
    match name {
        "pool" => replay_one(
            || pool::rounds(pool::Wait::ForEveryJob, &POOL_RESPAWNED),
            schedule,
        ),
        "targets" => replay_one(
            || targets::rounds(&scenario!(Policy::Always, Policy::Never, Fault::None)),
            schedule,
        ),
        "measured" => replay_one(
            || targets::rounds(&scenario!(Policy::Measured, Policy::Measured, Fault::None)),
            schedule,
        ),
        family => replay_one(histories::history(histories::family(family)), schedule),
    }
}
