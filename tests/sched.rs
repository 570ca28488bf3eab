//! The deterministic scheduler over the real engine.
//!
//! Built only with the `shuttle` feature (`cargo test --release --features
//! shuttle --test sched`): every lock, atomic and thread of the engine
//! (`src/sync.rs`) and of the simulated plugin (`tests/modelcheck`) is then
//! shuttle's, and shuttle's PCT scheduler chooses every interleaving.  A
//! history is the model checker's (`modelcheck::run`): connections with
//! per-connection write-back caches and late-filling reads, for every
//! thread model and tracking level, on pool threads or inline, with
//! connections closing and reconnecting.  Each run's workload seed is drawn
//! from shuttle's random source, so a failing schedule replays the whole
//! history: shuttle prints it, and
//! `MULTICONN_SCHED_REPLAY='FAMILY:SCHEDULE' cargo test --release --features
//! shuttle --test sched -- replay --nocapture` runs it again.
//!
//! Budgets: `MULTICONN_SCHED_ITERATIONS` schedules per family (default
//! 300), `MULTICONN_SCHED_SEED` the PCT seed (default 2026).  The can-fail
//! companions turn on one fault of `multiconn::flush::faults` each and
//! must find its violation within a stated number of schedules at a fixed
//! seed, which makes each of them a replay too.
#![cfg(feature = "shuttle")]

mod modelcheck;
#[path = "../src/test_support.rs"]
mod nbdkit_stubs;

use modelcheck::*;
use multiconn::config::{Mode, TrackDirty};
use multiconn::flush::{faults, Policy};
use shuttle::rand::{thread_rng, Rng as _};
use shuttle::scheduler::PctScheduler;
use shuttle::{Config, Runner};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::Ordering::SeqCst;
use std::sync::Mutex;

/// Faults are process-wide: one scheduler run at a time.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// A family of histories the scheduler explores.
fn family(name: &str) -> Setup {
    let base = Setup {
        mode: Mode::Emulate,
        track: TrackDirty::Connection,
        thread_model: ThreadModel::Parallel,
        conns: 3,
        threads_per_conn: 2,
        ops: 6,
        slow_flush: 2,
        check_consistency: true,
        check_economy: false,
        fan_out: Policy::Never,
        alongside: Policy::Never,
        churn: false,
    };
    let serialized = Setup {
        thread_model: ThreadModel::SerializeRequests,
        threads_per_conn: 1,
        ops: 8,
        ..base
    };
    match name {
        "parallel" => base,
        "parallel-pool" => Setup {
            fan_out: Policy::Always,
            alongside: Policy::Never,
            ..base
        },
        "parallel-fast" => Setup {
            track: TrackDirty::Fast,
            ..base
        },
        "parallel-alongside" => Setup {
            alongside: Policy::Always,
            ..base
        },
        "parallel-alongside-pool" => Setup {
            alongside: Policy::Always,
            fan_out: Policy::Always,
            ..base
        },
        "parallel-off" => Setup {
            track: TrackDirty::Off,
            ..base
        },
        "serialize-requests" => serialized,
        "serialize-requests-pool" => Setup {
            fan_out: Policy::Always,
            alongside: Policy::Never,
            ..serialized
        },
        "serialize-requests-fast" => Setup {
            track: TrackDirty::Fast,
            ..serialized
        },
        "serialize-all-requests" => Setup {
            thread_model: ThreadModel::SerializeAllRequests,
            ..serialized
        },
        "churn" => Setup {
            churn: true,
            threads_per_conn: 1,
            ops: 10,
            ..base
        },
        "churn-serialize-requests" => Setup {
            churn: true,
            ..serialized
        },
        other => panic!("no family {other}"),
    }
}

const FAMILIES: &[&str] = &[
    "parallel",
    "parallel-pool",
    "parallel-fast",
    "parallel-alongside",
    "parallel-alongside-pool",
    "parallel-off",
    "serialize-requests",
    "serialize-requests-pool",
    "serialize-requests-fast",
    "serialize-all-requests",
    "churn",
    "churn-serialize-requests",
];

/// One history of `setup`, checked: panics (so that shuttle prints the
/// schedule) on a violation whose text starts with `what` (any, if empty).
fn history(setup: Setup, what: &'static str) -> impl Fn() + Send + Sync + 'static {
    move || {
        let seed = thread_rng().gen::<u64>();
        let v = run(setup, seed);
        let hit: Vec<_> = v.iter().filter(|v| v.starts_with(what)).collect();
        assert!(
            hit.is_empty(),
            "{setup:?} (workload seed {seed:#x}):\n{hit:?}"
        );
    }
}

fn pct(seed: u64, iterations: usize) -> Runner<PctScheduler> {
    let mut config = Config::default();
    config.silence_warnings = true;
    Runner::new(PctScheduler::new_from_seed(seed, 3, iterations), config)
}

#[test]
fn every_family_is_clean() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let iterations = env_u64("MULTICONN_SCHED_ITERATIONS", 300) as usize;
    let seed = env_u64("MULTICONN_SCHED_SEED", 2026);
    for name in FAMILIES {
        let start = std::time::Instant::now();
        pct(seed, iterations).run(history(family(name), ""));
        println!(
            "sched: {name}: {iterations} PCT schedules (seed {seed}), 0 violations, {:.1} s",
            start.elapsed().as_secs_f64()
        );
    }
}

/// Whether `fault` makes PCT (seed `seed`) find a violation starting with
/// `what` in `family` within `iterations` schedules.
fn finds_with(fault: &str, family_name: &str, what: &'static str, seed: u64, iterations: usize) {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let switch = faults::by_name(fault).expect("a fault switch");
    switch.store(true, SeqCst);
    let found = catch_unwind(AssertUnwindSafe(|| {
        pct(seed, iterations).run(history(family(family_name), what));
    }))
    .is_err();
    switch.store(false, SeqCst);
    assert!(
        found,
        "fault {fault}: no {what} in {iterations} schedules of {family_name} (seed {seed})"
    );
    println!("sched: fault {fault} found in {family_name} (seed {seed})");
}

#[test]
fn finds_a_drop_that_lets_reads_through() {
    finds_with("drop-without-hold", "parallel", "stale read", 1, 2000);
}

#[test]
fn finds_readers_chosen_before_the_write_backs() {
    finds_with("readers-first", "parallel", "stale read", 2, 2000);
}

#[test]
fn finds_forgotten_owed_drops() {
    finds_with(
        "forget-owed-drops",
        "serialize-requests",
        "stale read",
        3,
        2000,
    );
}

#[test]
fn finds_serialized_targets_not_held() {
    finds_with(
        "no-hold-serialized",
        "serialize-requests",
        "overlap on handle",
        6,
        2000,
    );
}

#[test]
fn finds_no_replication() {
    finds_with("no-replication", "parallel", "stale read", 7, 2000);
}

/// Finding 1 of the engine review: the lone-writer skip.
#[test]
fn finds_the_lone_writer_skip() {
    finds_with("lone-writer-skip", "parallel", "stale read", 8, 4000);
}

#[test]
fn finds_writes_lost_at_close() {
    finds_with("no-write-back-at-close", "churn", "stale read", 9, 2000);
}

#[test]
fn replay() {
    let Ok(spec) = std::env::var("MULTICONN_SCHED_REPLAY") else {
        return;
    };
    let (name, schedule) = spec.split_once(':').expect("FAMILY:SCHEDULE");
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    if let Ok(fault) = std::env::var("MULTICONN_SCHED_FAULT") {
        faults::by_name(&fault)
            .expect("a fault switch")
            .store(true, SeqCst);
    }
    shuttle::replay(history(family(name), ""), schedule);
}

// ---------------------------------------------------------------------
// Focused scenarios: two requests at once, 5,000 PCT schedules each at a
// fixed seed (so a run replays itself), each with the fault that breaks
// its rule found.

mod focused {
    use multiconn::config::{Mode, TrackDirty};
    use multiconn::dirty::Dirty;
    use multiconn::flush::{self, faults, Backend, Cause, Errno, FlushCtx, Policy, Replication};
    use multiconn::pool::Pool;
    use multiconn::registry::{Conn, Joining, Registry};
    use multiconn::request;
    use multiconn::stats::Stats;
    use multiconn::sync::atomic::{AtomicU64, SeqCst};
    use multiconn::sync::{thread, Arc};
    use std::panic::{catch_unwind, AssertUnwindSafe};

    /// A plugin handle reduced to what the rules talk about: writes not yet
    /// written back, and how many times its cache was dropped.
    #[derive(Default)]
    struct Fake {
        pending: AtomicU64,
        drops: AtomicU64,
    }

    struct Handle(Arc<Fake>);

    impl Backend for Handle {
        fn flush(&self) -> Result<(), Errno> {
            self.0.pending.store(0, SeqCst);
            self.0.drops.fetch_add(1, SeqCst);
            Ok(())
        }
    }

    struct Pair {
        conns: Vec<Arc<Conn<Handle>>>,
        fakes: Vec<Arc<Fake>>,
        stats: Stats,
        pool: Pool,
    }

    fn pair() -> Pair {
        let registry = Registry::default();
        let fakes: Vec<Arc<Fake>> = (0..2).map(|_| Arc::default()).collect();
        let conns = fakes
            .iter()
            .map(|f| {
                let j = Joining {
                    export: String::new(),

                    export_key: Vec::new(),
                    mode: Mode::Emulate,
                    plugin_multi_conn: false,
                    backend: Handle(f.clone()),
                };
                registry.join(registry.next_id(), j, false)
            })
            .collect();
        Pair {
            conns,
            fakes,
            stats: Stats::default(),
            pool: Pool::new(1),
        }
    }

    impl Pair {
        fn ctx(&self, replication: Replication) -> FlushCtx<'_> {
            FlushCtx {
                track: TrackDirty::Connection,
                replication,
                stats: &self.stats,
                pool: &self.pool,
                fan_out: Policy::Never,
                alongside: Policy::Never,
            }
        }
    }

    /// Rule 3: a write inside a connection while a flush takes its bits
    /// leaves `WRITE` set if its data may not be written back.
    fn write_racing_a_flush() {
        let p = Arc::new(pair());
        let writer = {
            let p = p.clone();
            thread::spawn(move || {
                let ctx = p.ctx(Replication::Concurrent);
                request::write(
                    &p.conns[0],
                    false,
                    || ctx,
                    |_| {
                        p.fakes[0].pending.fetch_add(1, SeqCst);
                        Ok(())
                    },
                )
                .unwrap();
            })
        };
        flush::flush(&p.conns[1], Cause::Client, &p.ctx(Replication::Concurrent)).unwrap();
        writer.join().unwrap();
        let unflushed = p.fakes[0].pending.load(SeqCst) > 0;
        assert!(
            !unflushed || p.conns[0].dirty.get().contains(Dirty::WRITE),
            "a write the flush did not cover lost its WRITE bit"
        );
    }

    /// Rule 4 (finding 2 of the engine review): under serialize_requests a
    /// connection that owes a drop and is a write-back target of the next
    /// flush never lets a request use its cache before some drop.
    fn owed_drop_racing_a_held_write_back() {
        let p = Arc::new(pair());
        // Connection 0 owes a drop from an answered flush, and has written
        // since (a write-back target of the next flush).
        p.conns[0]
            .dirty
            .mark(Dirty::READ | Dirty::OWED | Dirty::WRITE);
        p.conns[0].group.mark_dirty();
        let reader = {
            let p = p.clone();
            thread::spawn(move || {
                let ctx = p.ctx(Replication::ConcurrentHeld);
                request::read(
                    &p.conns[0],
                    || ctx,
                    || {
                        assert!(
                            p.fakes[0].drops.load(SeqCst) > 0,
                            "a read used a cache that owed a drop"
                        );
                    },
                )
                .unwrap();
            })
        };
        flush::flush(
            &p.conns[1],
            Cause::Client,
            &p.ctx(Replication::ConcurrentHeld),
        )
        .unwrap();
        reader.join().unwrap();
    }

    fn explore(f: fn()) {
        super::pct(99, 5000).run(f);
    }

    fn fails_with(fault: &str, f: fn()) {
        let _one = super::ONE_AT_A_TIME
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        let switch = faults::by_name(fault).expect("a fault switch");
        switch.store(true, SeqCst);
        let failed = catch_unwind(AssertUnwindSafe(|| explore(f))).is_err();
        switch.store(false, SeqCst);
        assert!(failed, "fault {fault}: every interleaving passed");
    }

    #[test]
    fn a_write_racing_a_flush_keeps_its_bit() {
        let _one = super::ONE_AT_A_TIME
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        explore(write_racing_a_flush);
    }

    #[test]
    fn a_write_racing_a_flush_fails_without_marking_again() {
        fails_with("no-mark-again", write_racing_a_flush);
    }

    #[test]
    fn an_owed_drop_is_made_before_a_racing_read() {
        let _one = super::ONE_AT_A_TIME
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        explore(owed_drop_racing_a_held_write_back);
    }

    #[test]
    fn an_owed_drop_is_lost_when_bits_are_taken_before_the_drain() {
        fails_with("take-before-drain", owed_drop_racing_a_held_write_back);
    }
}
