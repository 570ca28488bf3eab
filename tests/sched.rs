//! The deterministic scheduler over the real engine.
//!
//! Built only with `--cfg shuttle` (`RUSTFLAGS="--cfg shuttle" cargo test
//! --release --target-dir target/cfg-shuttle --test sched`): every lock, atomic and thread of the engine
//! (`src/sync.rs`) and of the simulated plugin (`tests/modelcheck`) is then
//! shuttle's, and shuttle's PCT scheduler chooses every interleaving.  A
//! history is the model checker's (`modelcheck::run`): connections over
//! one or two exports (a multi-conn export shares one write-back cache, the
//! other has a cache per handle with late-filling reads), plugin flushes
//! that cover what had landed when they began and may fail, for every mode,
//! thread model and tracking level, on pool threads or inline, with
//! connections closing and reconnecting; checked for durability,
//! consistency, overlapping plugin calls and (where it applies) economy.
//! Each run's workload seed (and which plugin flushes fail) is drawn from
//! shuttle's random source, so a failing schedule replays the whole
//! history: shuttle prints it, and
//! `MULTICONN_SCHED_REPLAY='FAMILY:SCHEDULE' RUSTFLAGS='--cfg shuttle' cargo test
//! --release --target-dir target/cfg-shuttle --test sched -- replay --nocapture` runs it again
//! (`MULTICONN_MODEL_EVENTS=1` adds the plugin's and the engine's events).
//!
//! Budgets: `MULTICONN_SCHED_ITERATIONS` schedules per family (default
//! 300), `MULTICONN_SCHED_SEED` the PCT seed (default 2026);
//! `MULTICONN_SCHED_FAMILY` runs only the families whose name contains it
//! (`=NAME`: only the family NAME),
//! The can-fail companions turn on one fault of `multiconn::flush::faults`
//! each and must find its violation within a stated number of schedules at
//! a fixed seed, which makes each of them a replay too.  `mod findings`
//! (at the end) keeps the scenarios in which an earlier engine broke the
//! flush promise.
#![cfg(shuttle)]

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

/// Every mode, by the name families use.
const MODES: [(&str, Mode); 5] = [
    ("auto", Mode::Auto),
    ("emulate", Mode::Emulate),
    ("plugin", Mode::Plugin),
    ("disable", Mode::Disable),
    ("unsafe", Mode::Unsafe),
];

/// Every tracking level, likewise.
const TRACKS: [(&str, TrackDirty); 3] = [
    ("connection", TrackDirty::Connection),
    ("fast", TrackDirty::Fast),
    ("off", TrackDirty::Off),
];

/// Two exports: "a" is multi-conn (one cache shared by its handles), "b"
/// is not (a cache per handle).
const TWO_EXPORTS: &[bool] = &[true, false];

/// A family of histories the scheduler explores, by name: the emulate
/// families over one export that is not multi-conn; `MODE-TRACK` (every
/// mode × tracking level over two exports, one multi-conn, groups not by
/// export name) and `MODE-connection-exportname` (groups by export name);
/// `fail-*` (plugin flushes fail one in six); `churn-*` (connections close
/// and reconnect; `churn-MODE` outside emulate mode with one connection per
/// export, so every close empties its group; `churn-close-none*` with
/// `multi-conn-close=none`); `errseq-*` (a failed plugin flush drops what
/// it was writing back, and each handle of a shared cache reports it
/// once); `mixed-*` (the plugin answers multi-conn differently on the
/// connections of one export; under `auto`, the first to join decides the
/// export's mode); `many-targets*` (five connections, two
/// pool threads); and the scripted scenarios of `mod findings`.  Every
/// check is on.
fn family(name: &str) -> Setup {
    if let Some(s) = findings::scenario(name) {
        return s;
    }
    families_setup(name)
}

fn families_setup(name: &str) -> Setup {
    let base = Setup {
        threads_per_conn: 2,
        ops: 6,
        ..Setup::default()
    };
    // Economy is the two-pass rule of emulate + connection tracking.
    let economical = Setup {
        check_economy: true,
        ..base
    };
    let serialized = Setup {
        thread_model: ThreadModel::SerializeRequests,
        threads_per_conn: 1,
        ops: 8,
        ..economical
    };
    // Two exports, four connections (two on each), one thread each.
    let exports = Setup {
        conns: 4,
        threads_per_conn: 1,
        ops: 5,
        exports: TWO_EXPORTS,
        ..base
    };
    let churn = Setup {
        churn: true,
        threads_per_conn: 1,
        ops: 8,
        ..base
    };
    let many = Setup {
        conns: 5,
        threads_per_conn: 1,
        ops: 5,
        fan_out: Policy::Always,
        pool_threads: 2,
        ..economical
    };
    let failing = |s: Setup| Setup {
        fail_one_in: 6,
        ..s
    };
    let mode_track = |rest: &str| {
        let (mode, track) = rest.split_once('-')?;
        let mode = MODES.iter().find(|m| m.0 == mode)?.1;
        let (track, by_export_name) = match track.strip_suffix("-exportname") {
            Some(t) => (t, true),
            None => (track, false),
        };
        let track = TRACKS.iter().find(|t| t.0 == track)?.1;
        Some(Setup {
            mode,
            track,
            by_export_name,
            ..exports
        })
    };
    match name {
        "parallel" => economical,
        "parallel-pool" => Setup {
            fan_out: Policy::Always,
            ..economical
        },
        "parallel-fast" => Setup {
            track: TrackDirty::Fast,
            ..base
        },
        "parallel-alongside" => Setup {
            alongside: Policy::Always,
            ..economical
        },
        "parallel-alongside-pool" => Setup {
            alongside: Policy::Always,
            fan_out: Policy::Always,
            ..economical
        },
        "parallel-off" => Setup {
            track: TrackDirty::Off,
            ..base
        },
        // Not explored by itself: every member flushed, with the economy
        // check on, to show that the check can fail.
        "parallel-off-economical" => Setup {
            track: TrackDirty::Off,
            ..economical
        },
        "serialize-requests" => serialized,
        "serialize-requests-pool" => Setup {
            fan_out: Policy::Always,
            ..serialized
        },
        "serialize-requests-fast" => Setup {
            track: TrackDirty::Fast,
            check_economy: false,
            ..serialized
        },
        "serialize-all-requests" => Setup {
            thread_model: ThreadModel::SerializeAllRequests,
            ..serialized
        },
        "fail-parallel" => failing(Setup {
            fan_out: Policy::Always,
            ..economical
        }),
        "fail-parallel-alongside" => failing(Setup {
            alongside: Policy::Always,
            fan_out: Policy::Always,
            ..economical
        }),
        "fail-parallel-fast" => failing(Setup {
            track: TrackDirty::Fast,
            ..base
        }),
        "fail-serialize-requests" => failing(serialized),
        "fail-serialize-all-requests" => failing(Setup {
            thread_model: ThreadModel::SerializeAllRequests,
            ..serialized
        }),
        "fail-auto" => failing(Setup {
            mode: Mode::Auto,
            ..exports
        }),
        "fail-emulate-exportname" => failing(Setup {
            by_export_name: true,
            fan_out: Policy::Always,
            ..exports
        }),
        "fail-plugin-off" => failing(Setup {
            mode: Mode::Plugin,
            track: TrackDirty::Off,
            ..exports
        }),
        "churn" => churn,
        "churn-serialize-requests" => Setup {
            thread_model: ThreadModel::SerializeRequests,
            ..churn
        },
        "churn-serialize-all-requests" => Setup {
            thread_model: ThreadModel::SerializeAllRequests,
            ..churn
        },
        "churn-pool" => Setup {
            fan_out: Policy::Always,
            pool_threads: 2,
            ..churn
        },
        "churn-alongside" => Setup {
            alongside: Policy::Always,
            fan_out: Policy::Always,
            ..churn
        },
        "churn-exports" => Setup {
            conns: 4,
            exports: TWO_EXPORTS,
            by_export_name: true,
            fan_out: Policy::Always,
            ..churn
        },
        // A write-back at close fails one in three, a flush one in eight.
        "churn-fail" => Setup {
            fail_one_in: 8,
            close_fail_one_in: 3,
            fan_out: Policy::Always,
            ..churn
        },
        "churn-fail-serialize-requests" => Setup {
            thread_model: ThreadModel::SerializeRequests,
            fail_one_in: 8,
            close_fail_one_in: 3,
            ..churn
        },
        // Outside emulate mode, one connection on each of two exports (one
        // multi-conn): every close empties its group, and the connection
        // that opens next must find what it owes.
        "churn-plugin" | "churn-auto" | "churn-disable" | "churn-unsafe" | "churn-plugin-fast"
        | "churn-plugin-off" => {
            let (mode, track) = match name {
                "churn-plugin-fast" => (Mode::Plugin, TrackDirty::Fast),
                "churn-plugin-off" => (Mode::Plugin, TrackDirty::Off),
                other => {
                    let m = other.trim_start_matches("churn-");
                    (
                        MODES.iter().find(|x| x.0 == m).unwrap().1,
                        TrackDirty::Connection,
                    )
                }
            };
            Setup {
                mode,
                track,
                conns: 2,
                exports: TWO_EXPORTS,
                ..churn
            }
        }
        // Emulate mode with `multi-conn-close=none` over a cache shared by
        // the export's handles: what a closing connection leaves is the
        // group's (and, once it empties, the next group's) to cover.
        "churn-close-none" => Setup {
            close_write_back: false,
            exports: &[true],
            ..churn
        },
        // ... one connection on each of two such exports, grouped by
        // export name: every close empties its group.
        "churn-close-none-alone" => Setup {
            close_write_back: false,
            conns: 2,
            exports: &[true, true],
            by_export_name: true,
            ..churn
        },
        // A failed plugin flush drops what it was writing back, and each
        // handle of a shared cache reports it once (errseq): plugin flushes
        // fail one in four.
        "errseq-plugin" | "errseq-auto" | "errseq-disable" | "errseq-plugin-fast"
        | "errseq-plugin-off" => {
            let (mode, track) = match name {
                "errseq-plugin-fast" => (Mode::Plugin, TrackDirty::Fast),
                "errseq-plugin-off" => (Mode::Plugin, TrackDirty::Off),
                "errseq-auto" => (Mode::Auto, TrackDirty::Connection),
                "errseq-disable" => (Mode::Disable, TrackDirty::Connection),
                _ => (Mode::Plugin, TrackDirty::Connection),
            };
            Setup {
                mode,
                track,
                errseq: true,
                fail_one_in: 4,
                ..exports
            }
        }
        // Two threads on each of two connections of the multi-conn export.
        "errseq-plugin-parallel" => Setup {
            mode: Mode::Plugin,
            conns: 2,
            threads_per_conn: 2,
            exports: &[true],
            errseq: true,
            fail_one_in: 4,
            ..base
        },
        "errseq-emulate" => Setup {
            errseq: true,
            fail_one_in: 4,
            fan_out: Policy::Always,
            ..base
        },
        "errseq-emulate-shared" => Setup {
            errseq: true,
            fail_one_in: 4,
            exports: &[true],
            ..base
        },
        "errseq-serialize-requests" => Setup {
            errseq: true,
            fail_one_in: 4,
            check_economy: false,
            ..serialized
        },
        "errseq-churn-plugin" => Setup {
            mode: Mode::Plugin,
            conns: 2,
            exports: TWO_EXPORTS,
            errseq: true,
            fail_one_in: 4,
            ..churn
        },
        "errseq-churn-emulate" => Setup {
            errseq: true,
            fail_one_in: 6,
            close_fail_one_in: 3,
            exports: &[true],
            ..churn
        },
        // One export whose handles share a cache, and a plugin that
        // answers `can_multi_conn` yes on connections 0 and 2, no on 1 and
        // 3; plugin flushes fail one in six.
        "mixed-plugin"
        | "mixed-plugin-fast"
        | "mixed-disable"
        | "mixed-unsafe"
        | "mixed-plugin-errseq"
        | "mixed-auto"
        | "mixed-auto-emulated-first" => {
            let (mode, track) = match name {
                "mixed-plugin-fast" => (Mode::Plugin, TrackDirty::Fast),
                "mixed-disable" => (Mode::Disable, TrackDirty::Connection),
                "mixed-unsafe" => (Mode::Unsafe, TrackDirty::Connection),
                "mixed-auto" | "mixed-auto-emulated-first" => (Mode::Auto, TrackDirty::Connection),
                _ => (Mode::Plugin, TrackDirty::Connection),
            };
            // Connections join in slot order: under `auto` slot 0 decides
            // the export's mode (plugin, or emulate when it answers no).
            let answers: &'static [bool] = if name == "mixed-auto-emulated-first" {
                &[false, true, false, true]
            } else {
                &[true, false, true, false]
            };
            Setup {
                mode,
                track,
                exports: &[true],
                answers: Some(answers),
                fail_one_in: 6,
                errseq: name.ends_with("errseq"),
                ..exports
            }
        }
        "mixed-churn" | "mixed-auto-churn" => Setup {
            mode: if name == "mixed-churn" {
                Mode::Plugin
            } else {
                Mode::Auto
            },
            conns: 2,
            exports: &[true],
            answers: Some(&[true, false]),
            ..churn
        },
        "many-targets" => many,
        "many-targets-alongside" => Setup {
            alongside: Policy::Always,
            ..many
        },
        "many-targets-serialize-requests" => Setup {
            thread_model: ThreadModel::SerializeRequests,
            ..many
        },
        other => mode_track(other).unwrap_or_else(|| panic!("no family {other}")),
    }
}

/// The families `every_family_is_clean` explores, in order.
fn families() -> Vec<String> {
    let mut v: Vec<String> = [
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
    ]
    .map(String::from)
    .into();
    for (mode, _) in MODES {
        for (track, _) in TRACKS {
            v.push(format!("{mode}-{track}"));
        }
        v.push(format!("{mode}-connection-exportname"));
    }
    v.extend(
        [
            "fail-parallel",
            "fail-parallel-alongside",
            "fail-parallel-fast",
            "fail-serialize-requests",
            "fail-serialize-all-requests",
            "fail-auto",
            "fail-emulate-exportname",
            "fail-plugin-off",
            "churn",
            "churn-serialize-requests",
            "churn-serialize-all-requests",
            "churn-pool",
            "churn-alongside",
            "churn-exports",
            "churn-fail",
            "churn-fail-serialize-requests",
            "churn-plugin",
            "churn-auto",
            "churn-disable",
            "churn-unsafe",
            "churn-plugin-fast",
            "churn-plugin-off",
            "churn-close-none",
            "churn-close-none-alone",
            "errseq-plugin",
            "errseq-auto",
            "errseq-disable",
            "errseq-plugin-fast",
            "errseq-plugin-off",
            "errseq-plugin-parallel",
            "errseq-emulate",
            "errseq-emulate-shared",
            "errseq-serialize-requests",
            "errseq-churn-plugin",
            "errseq-churn-emulate",
            "mixed-plugin",
            "mixed-plugin-fast",
            "mixed-disable",
            "mixed-unsafe",
            "mixed-plugin-errseq",
            "mixed-churn",
            "mixed-auto",
            "mixed-auto-emulated-first",
            "mixed-auto-churn",
            "many-targets",
            "many-targets-alongside",
            "many-targets-serialize-requests",
        ]
        .map(String::from),
    );
    v
}

/// Which violations a run looks for: those whose text starts with
/// `prefix` (any, if empty) and contains `also`.
#[derive(Clone, Copy)]
struct Looking {
    prefix: &'static str,
    also: &'static str,
}

const ANY: Looking = Looking {
    prefix: "",
    also: "",
};

fn starting(prefix: &'static str) -> Looking {
    Looking { prefix, also: "" }
}

/// One history of `setup`, checked: panics (so that shuttle prints the
/// schedule) on a violation that `what` looks for.
fn history(setup: Setup, what: Looking) -> impl Fn() + Send + Sync + 'static {
    move || {
        let seed = thread_rng().gen::<u64>();
        let v = run(setup, seed);
        let hit: Vec<_> = v
            .iter()
            .filter(|v| v.starts_with(what.prefix) && v.contains(what.also))
            .collect();
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
    let only = std::env::var("MULTICONN_SCHED_FAMILY").ok();
    for name in families() {
        let picked = |o: &String| match o.strip_prefix('=') {
            Some(exact) => name == exact,
            None => name.contains(o.as_str()),
        };
        if only.as_ref().is_some_and(|o| !picked(o)) {
            continue;
        }
        let start = std::time::Instant::now();
        let setup = family(&name);
        pct(seed, iterations).run(history(setup, ANY));
        println!(
            "sched: {name}: {iterations} PCT schedules (seed {seed}), 0 violations, {:.1} s",
            start.elapsed().as_secs_f64()
        );
    }
}

/// Whether `fault` makes PCT (seed `seed`) find a violation that `what`
/// looks for in `family_name` within `iterations` schedules.
fn finds_with(fault: &str, family_name: &str, what: Looking, seed: u64, iterations: usize) {
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
        "fault {fault}: no {} in {iterations} schedules of {family_name} (seed {seed})",
        what.prefix
    );
    println!("sched: fault {fault} found in {family_name} (seed {seed})");
}

#[test]
fn finds_a_drop_that_lets_reads_through() {
    finds_with(
        "drop-without-hold",
        "parallel",
        starting("stale read"),
        1,
        2000,
    );
}

#[test]
fn finds_readers_chosen_before_the_write_backs() {
    finds_with("readers-first", "parallel", starting("stale read"), 2, 2000);
}

#[test]
fn finds_forgotten_owed_drops() {
    finds_with(
        "forget-owed-drops",
        "serialize-requests",
        starting("stale read"),
        3,
        2000,
    );
}

#[test]
fn finds_serialized_targets_not_held() {
    finds_with(
        "no-hold-serialized",
        "serialize-requests",
        starting("overlap on handle"),
        6,
        2000,
    );
}

#[test]
fn finds_no_replication() {
    finds_with(
        "no-replication",
        "parallel",
        starting("stale read"),
        7,
        2000,
    );
}

#[test]
fn finds_no_replication_as_undurable() {
    finds_with("no-replication", "parallel", starting("undurable"), 7, 2000);
}

/// Finding 1 of the engine review: the lone-writer skip.
#[test]
fn finds_the_lone_writer_skip() {
    finds_with(
        "lone-writer-skip",
        "parallel",
        starting("stale read"),
        8,
        4000,
    );
}

#[test]
fn finds_writes_lost_at_close() {
    finds_with(
        "no-write-back-at-close",
        "churn",
        starting("stale read"),
        9,
        2000,
    );
}

#[test]
fn finds_writes_lost_at_close_as_undurable() {
    finds_with(
        "no-write-back-at-close",
        "churn",
        starting("undurable"),
        9,
        2000,
    );
}

/// Issue 29, finding 2 under `auto` (`flush/own.rs`, rule H): with one
/// mode per connection, connections of one export that the plugin
/// answered differently are split between emulate and plugin mode, so an
/// emulated flush does not cover a plugin-mode connection's write, nor the
/// other way round.  `mixed-auto` (slot 0 decides plugin mode) and
/// `mixed-auto-emulated-first` (slot 0 decides emulate) are clean in
/// `every_family_is_clean`; with the old rule back each finds an undurable
/// write.
#[test]
fn finds_an_auto_export_split_by_mode() {
    finds_with(
        "mode-per-connection",
        "mixed-auto",
        starting("undurable"),
        34,
        2000,
    );
}

#[test]
fn finds_an_auto_export_split_by_mode_emulated_first() {
    finds_with(
        "mode-per-connection",
        "mixed-auto-emulated-first",
        starting("undurable"),
        35,
        2000,
    );
}

/// Issue 29, finding 1, in the random families: a group dropped while it
/// owes a flush.
#[test]
fn finds_an_owing_group_dropped() {
    finds_with(
        "drop-owing-group",
        "churn-plugin",
        starting("undurable"),
        11,
        2000,
    );
}

#[test]
fn finds_an_owing_group_dropped_in_emulate_mode() {
    finds_with(
        "drop-owing-group",
        "churn-close-none-alone",
        starting("undurable"),
        12,
        2000,
    );
}

#[test]
fn finds_a_departed_debt_forgotten() {
    finds_with(
        "forget-departed",
        "churn-close-none",
        starting("undurable"),
        13,
        2000,
    );
}

/// The economy check can fail: with `track-dirty=off` every member is
/// flushed, which the two-pass rule does not call for.
#[test]
fn finds_needless_flushes() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let found = catch_unwind(AssertUnwindSafe(|| {
        let setup = family("parallel-off-economical");
        pct(10, 2000).run(history(setup, starting("flush of handle")));
    }))
    .is_err();
    assert!(found, "no needless flush found with track-dirty=off");
}

/// `MULTICONN_SCHED_REPLAY='FAMILY:SCHEDULE'` (a family or a finding's
/// scenario), with `MULTICONN_SCHED_FAULT=NAME` for a fault's schedule.
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
    shuttle::replay(history(family(name), ANY), schedule);
}

// ---------------------------------------------------------------------
// Focused scenarios: two requests at once, 5,000 PCT schedules each at a
// fixed seed (so a run replays itself), each with the fault that breaks
// its rule found.

mod focused {
    use crate::modelcheck::joining;
    use multiconn::config::{Mode, TrackDirty};
    use multiconn::dirty::Dirty;
    use multiconn::flush::{self, faults, Backend, Cause, Errno, FlushCtx, Policy, Replication};
    use multiconn::pool::Pool;
    use multiconn::registry::{Conn, Registry};
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
                let j = joining("", Mode::Emulate, false, Handle(f.clone()));
                registry.join(registry.next_id(), j, false).unwrap()
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
                let ctx = p.ctx(Replication::Parallel);
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
        flush::flush(&p.conns[1], Cause::Client, &p.ctx(Replication::Parallel)).unwrap();
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
                let ctx = p.ctx(Replication::SerializeRequests);
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
            &p.ctx(Replication::SerializeRequests),
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

// ---------------------------------------------------------------------
// Findings: paths on which an earlier engine broke the flush promise, each
// a scripted scenario (two or three connections, one thread each, over the
// simulated plugin of `modelcheck`).  Each is clean at a fixed PCT seed and
// budget, and its companion turns on the fault switch that restores the
// old rule and must find the violation at the same seed:
//
// * `own-clear-before-flush` (finding 1): a clean scope is answered at
//   once, although the flush that cleaned it may still run and fail;
// * `own-no-mark-after-landing` (finding 2): writes mark before their
//   plugin call, so a flush can clear the flag and end while a write is
//   on its way to the plugin;
// * `own-scope-group` (finding 3): a group spans exports, so a flush on
//   one cleans another;
// * `lost-once` (finding 4): after a failed write-back at close only the
//   group's next flush fails, not every member's next;
// * `open-before-mark-again` (the owed-drop finding): a held target is
//   opened before what a failed flush took is marked again;
// * `drop-owing-group`, `forget-departed` (issue 29, finding 1): an
//   emptied group is dropped whatever it owes, or a member that leaves
//   with writes nothing wrote back hands nothing over, so a reconnected
//   client's flush skips a closed connection's write;
// * `errors-to-caller-only` (issue 29, finding 3): a failed plugin flush
//   is reported only to the clients it answers;
// * `split-by-answer` (issue 29, finding 2): connections of one export the
//   plugin answered differently about multi-conn form separate groups;
// * `mode-per-connection` (issue 29, finding 2 under `auto`): each
//   connection takes the mode of its own answer, so one export's
//   connections are split between emulate and plugin mode.
//
// For the issue 29 scenarios the schedules below are those the companions
// print (the fault switched on), at the companion's seed.
//
// The schedules in the comments are those of the earlier engine that
// showed each violation (replay them on a checkout of that engine with
// `MULTICONN_SCHED_REPLAY='SCENARIO:SCHEDULE' RUSTFLAGS='--cfg shuttle' cargo test --release --target-dir target/cfg-shuttle --test sched -- replay --nocapture`);
// on this engine a schedule is another interleaving, so the seed and the
// budget are what stay.

mod findings {
    use super::{pct, Looking, ONE_AT_A_TIME};
    use crate::modelcheck::{Op, Setup, ThreadModel};
    use multiconn::config::{Mode, TrackDirty};

    /// The scripted scenario `name`, if it is one.
    pub(super) fn scenario(name: &str) -> Option<Setup> {
        // Plugin mode over one multi-conn export, two connections.
        let plugin = Setup {
            mode: Mode::Plugin,
            track: TrackDirty::Connection,
            conns: 2,
            slow_flush: 2,
            exports: &[true],
            ..Setup::default()
        };
        Some(match name {
            // 0 flushes; 1 writes, then flushes; every plugin flush fails.
            "finding1" => Setup {
                script: Some(&[&[Op::Flush], &[Op::Write, Op::Flush]]),
                fail_one_in: 1,
                ..plugin
            },
            // Both write, then flush; no flush fails.
            "finding2" => Setup {
                script: Some(&[&[Op::Write, Op::Flush], &[Op::Write, Op::Flush]]),
                ..plugin
            },
            // Two multi-conn exports in one group (exportname false): 0
            // (export "a") writes, then flushes; 1 (export "b") flushes.
            "finding3" => Setup {
                script: Some(&[&[Op::Write, Op::Flush], &[Op::Flush]]),
                exports: &[true, true],
                ..plugin
            },
            // "a" multi-conn and "b" not: 0 (export "a") flushes; 1
            // (export "b") writes, then flushes.
            "finding3-mixed" => Setup {
                script: Some(&[&[Op::Flush], &[Op::Write, Op::Flush]]),
                exports: &[true, false],
                ..plugin
            },
            // Emulate mode, three connections: 0 writes and closes (its
            // write-back at close fails); 1 and 2 flush.
            "finding4" => Setup {
                mode: Mode::Emulate,
                conns: 3,
                script: Some(&[&[Op::Write, Op::Close], &[Op::Flush], &[Op::Flush]]),
                close_fail_one_in: 1,
                ..Setup::default()
            },
            // Emulate mode under serialize_requests: 0 writes block 0 and
            // flushes; 1 reads block 0, writes, reads block 0 again; 2
            // flushes; plugin flushes fail one in two.
            "owed-drop-after-failure" => Setup {
                mode: Mode::Emulate,
                thread_model: ThreadModel::SerializeRequests,
                conns: 3,
                script: Some(&[
                    &[Op::Write, Op::Flush],
                    &[Op::Read, Op::Write, Op::Read],
                    &[Op::Flush],
                ]),
                fail_one_in: 2,
                ..Setup::default()
            },
            // Issue 29, finding 1: 0 writes on "a" (multi-conn), closes
            // (its group empties) and reconnects, then flushes; 1 writes
            // and flushes on "b".
            "finding-reconnect" => Setup {
                script: Some(&[&[Op::Write, Op::Close, Op::Flush], &[Op::Write, Op::Flush]]),
                exports: &[true, false],
                ..plugin
            },
            // The same in emulate mode with `multi-conn-close=none`, groups
            // by export name: 0 alone on "a" (a cache shared by the
            // export's handles), 1 on "b".
            "finding-reconnect-emulate" => Setup {
                mode: Mode::Emulate,
                conns: 2,
                close_write_back: false,
                by_export_name: true,
                script: Some(&[&[Op::Write, Op::Close, Op::Flush], &[Op::Write, Op::Flush]]),
                exports: &[true, false],
                ..Setup::default()
            },
            // ... and with another member: 0 writes and closes; 1 flushes.
            "finding-reconnect-emulate-member" => Setup {
                mode: Mode::Emulate,
                conns: 2,
                close_write_back: false,
                script: Some(&[&[Op::Write, Op::Close], &[Op::Flush, Op::Flush]]),
                exports: &[true],
                ..Setup::default()
            },
            // Issue 29, finding 3: over a multi-conn export whose failed
            // flush drops the data (errseq), 0 writes, then flushes; 1
            // flushes twice; plugin flushes fail one in two.
            "finding-errseq" => Setup {
                script: Some(&[&[Op::Write, Op::Flush], &[Op::Flush, Op::Flush]]),
                fail_one_in: 2,
                errseq: true,
                ..plugin
            },
            // The same in emulate mode, over a cache per handle.
            "finding-errseq-emulate" => Setup {
                mode: Mode::Emulate,
                conns: 2,
                script: Some(&[&[Op::Write, Op::Flush], &[Op::Flush, Op::Flush]]),
                fail_one_in: 2,
                errseq: true,
                ..Setup::default()
            },
            // Issue 29, finding 2: one export whose handles share a cache;
            // the plugin answers multi-conn on 0, not on 1.  1 writes and
            // flushes; 0 flushes.
            "finding-mixed" => Setup {
                script: Some(&[&[Op::Flush, Op::Flush], &[Op::Write, Op::Flush]]),
                exports: &[true],
                answers: Some(&[true, false]),
                ..plugin
            },
            // Issue 29, finding 2 under `auto` (rule H), the same script:
            // 0 decides the export's mode by answering yes (plugin mode);
            // 1 answers no, which alone would emulate it.
            "finding-mixed-auto" => Setup {
                mode: Mode::Auto,
                script: Some(&[&[Op::Flush, Op::Flush], &[Op::Write, Op::Flush]]),
                exports: &[true],
                answers: Some(&[true, false]),
                ..plugin
            },
            // ... and the mirror: 0 answers no (the export is emulated), 1
            // answers yes and writes; 0's flush must cover it.
            "finding-mixed-auto-emulated" => Setup {
                mode: Mode::Auto,
                script: Some(&[&[Op::Flush, Op::Flush], &[Op::Write, Op::Flush]]),
                exports: &[true],
                answers: Some(&[false, true]),
                ..plugin
            },
            _ => return None,
        })
    }

    /// No violation at all in `iterations` schedules.
    fn clean(name: &str, seed: u64, iterations: usize) {
        let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
        let setup = scenario(name).expect("a scenario");
        pct(seed, iterations).run(super::history(setup, super::ANY));
    }

    fn undurable(also: &'static str) -> Looking {
        Looking {
            prefix: "undurable",
            also,
        }
    }

    /// Finding 1: one connection's flush is answered OK (elided: the group
    /// flag is clear) while the other's, which cleared the flag before its
    /// plugin flush began, still runs; that plugin flush then fails, and
    /// 1's write is never durable.  PCT seed 1 finds it; the schedule:
    ///
    /// finding1:91028601a5b3c2be92eaeec93c08000000000000902449922449922449922449
    /// 9224298924499224499224254992449224499224000000000000000000000000
    #[test]
    fn finding1_a_flush_answered_while_the_covering_flush_runs_then_fails() {
        clean("finding1", 1, 2000);
    }

    /// The companion: with the fault switch that restores the old rule.
    #[test]
    fn finding1_fails_with_the_flag_cleared_before_the_flush() {
        super::finds_with("own-clear-before-flush", "finding1", undurable(""), 1, 2000);
    }

    /// Finding 2: 0's write finds the group flag set (by 1's write) and
    /// marks nothing; 1's flush clears the flag, and its plugin flush
    /// begins before 0's write lands; 0's flush finds the flag clear and
    /// is elided: 0's write is never durable.  PCT seed 2; the schedule:
    ///
    /// finding2:9102b701cdf6ca96dfdd8cac5e08000000000000499224499224490249922449
    /// 9224499224499224499224499224499224499292244992244992244992249224
    /// 499224499214010000000000000000000000
    #[test]
    fn finding2_a_write_racing_a_flush_is_never_flushed() {
        clean("finding2", 2, 2000);
    }

    #[test]
    fn finding2_fails_without_the_handshake() {
        super::finds_with(
            "own-no-mark-after-landing",
            "finding2",
            undurable("never durable"),
            2,
            2000,
        );
    }

    /// Finding 3: with exportname false one group spans both exports: 0
    /// writes on "a", 1's flush on "b" cleans the group (its plugin flush
    /// covers only "b"), and 0's flush is elided: 0's write is never
    /// durable.  PCT seed 3; the schedule:
    ///
    /// finding3:91029701fdd1edb8ddb0ac830208000000000000499224499224499224499224
    /// 4992409224494a92244912499224499224499224499224499224010000000000
    /// 000000000000
    #[test]
    fn finding3_one_exports_flush_elides_anothers() {
        clean("finding3", 3, 2000);
    }

    #[test]
    fn finding3_fails_when_a_flush_cleans_its_group() {
        super::finds_with("own-scope-group", "finding3", undurable(""), 3, 2000);
    }

    /// Finding 3 with exports that answer multi-conn differently: 0's
    /// flush on "a" (multi-conn) cleans the group, and the flush of 1, the
    /// writer on "b" (not multi-conn, so only its own flush covers its
    /// write), is elided.  PCT seed 3; the schedule:
    ///
    /// finding3-mixed:91029701ec9fc7ed88c4cfa9a201080000000000009024499224499224254992
    /// 2449922449922449924892244992244992244952922449922449920000000000
    /// 00000000000000
    #[test]
    fn finding3_a_multi_conn_exports_flush_elides_a_non_multi_conn_writer() {
        clean("finding3-mixed", 3, 2000);
    }

    #[test]
    fn finding3_mixed_fails_when_a_flush_cleans_its_group() {
        super::finds_with("own-scope-group", "finding3-mixed", undurable(""), 3, 2000);
    }

    /// Finding 4: 0's write-back at close fails and its cache, with 0's
    /// write, is discarded; the group's next flush (1's) fails with EIO,
    /// but 2, a member when the write-back failed, is answered OK.  PCT
    /// seed 4; the schedule:
    ///
    /// finding4:9102e701ddb9abbf8a91c3b85108000000000000000000489224499224499224
    /// 49922449922449922449922449922449124992246cdbb6254992244992244912
    /// 4992244992a64d92942449922449926ddbb66ddb360000000000000000000000
    /// 00000000
    #[test]
    fn finding4_after_a_failed_write_back_at_close_only_one_flush_fails() {
        clean("finding4", 4, 2000);
    }

    #[test]
    fn finding4_fails_when_the_loss_is_reported_once() {
        super::finds_with(
            "lost-once",
            "finding4",
            undurable("lost by a write-back at close"),
            4,
            2000,
        );
    }

    /// Issue 29, finding 1: 0 writes on the multi-conn export "a" and
    /// closes; its group empties and was dropped, so the reconnected
    /// connection joined a new, clean group and its flush was answered OK
    /// with no plugin flush: 0's write never durable.
    ///
    /// The companion's schedule (replay with
    /// `MULTICONN_SCHED_FAULT=drop-owing-group`):
    ///
    /// finding-reconnect:91028b021d080000000000000000000000004992244992
    /// 2449922449922449922449922449922449922449922449922449922449922449
    /// 9224499248922449922449922449922449922449922449922449921449922449
    /// 92244992040000000000000000000000000000
    #[test]
    fn finding_reconnect_a_new_group_remembers_what_it_owes() {
        clean("finding-reconnect", 29, 2000);
    }

    #[test]
    fn finding_reconnect_fails_when_an_owing_group_is_dropped() {
        super::finds_with(
            "drop-owing-group",
            "finding-reconnect",
            undurable("never durable"),
            29,
            2000,
        );
    }

    /// Finding 1 in emulate mode with `multi-conn-close=none`: the
    /// reconnected connection's emulated flush found no member with a
    /// `WRITE` bit and the group clean, and flushed nothing.
    ///
    /// The companion's schedule (replay with
    /// `MULTICONN_SCHED_FAULT=drop-owing-group`):
    ///
    /// finding-reconnect-emulate:9102b0021d0800000000000000000000002049
    /// 9224499224499224499224499224499224499224499224499224499224499224
    /// 4992244992244992244992449224499224499224499224499224499224499224
    /// c9499224499224498a24499224c9499224499224491200000000000000000000
    /// 00000000
    #[test]
    fn finding_reconnect_emulate_close_none() {
        clean("finding-reconnect-emulate", 29, 2000);
    }

    #[test]
    fn finding_reconnect_emulate_fails_when_an_owing_group_is_dropped() {
        super::finds_with(
            "drop-owing-group",
            "finding-reconnect-emulate",
            undurable("never durable"),
            29,
            2000,
        );
    }

    /// With `multi-conn-close=none` and another member left: its flush
    /// after the close found no member with a `WRITE` bit and wrote
    /// nothing back.
    ///
    /// The companion's schedule (replay with
    /// `MULTICONN_SCHED_FAULT=forget-departed`):
    ///
    /// finding-reconnect-emulate-member:9102d8011d080000000000000000000
    /// 0002449922449922449922449922449922449922449922449922449922449922
    /// 4499224892449922449922449922449922449922449922449920400000000000
    /// 0000000000000
    #[test]
    fn finding_reconnect_emulate_member_close_none() {
        clean("finding-reconnect-emulate-member", 29, 2000);
    }

    #[test]
    fn finding_reconnect_emulate_member_fails_without_the_departed_debt() {
        super::finds_with(
            "forget-departed",
            "finding-reconnect-emulate-member",
            undurable("never durable"),
            29,
            2000,
        );
    }

    /// Issue 29, finding 3: 1's flush fails and the plugin drops 0's
    /// write with it; 1 flushes again (its handle has reported the
    /// failure: OK) and cleans the scope; 0's flush is answered OK with no
    /// plugin flush, and 0's write is gone.
    ///
    /// The companion's schedule (replay with
    /// `MULTICONN_SCHED_FAULT=errors-to-caller-only`):
    ///
    /// finding-errseq:9102ee01ddc5aaf39dc8daba0708000000000000000000000
    /// 0204992244992244992240924459224499224499224494a22499224499224499
    /// 294249224499224499224499224495292244924499224499224254a922489244
    /// 90a00000000000000000000000000
    #[test]
    fn finding_errseq_every_member_is_told() {
        clean("finding-errseq", 31, 2000);
    }

    #[test]
    fn finding_errseq_fails_when_only_the_caller_is_told() {
        super::finds_with(
            "errors-to-caller-only",
            "finding-errseq",
            undurable("lost by a plugin flush"),
            31,
            2000,
        );
    }

    /// Finding 3 in emulate mode: 1's emulated flush writes 0 back, which
    /// fails and drops 0's write; 1 flushes again (0's handle has reported
    /// the failure: OK); 0's flush is answered OK.
    ///
    /// The companion's schedule (replay with
    /// `MULTICONN_SCHED_FAULT=errors-to-caller-only`):
    ///
    /// finding-errseq-emulate:9102a602c1e5ca9fb7a7eee519080000000000000
    /// 000000080244992244992244992244992244920499224499224494e922449922
    /// 42949924492244992244952a22449124992942449ff274992942449922449922
    /// 449922449d22549922449a448922449922449529224090000000000000000000
    /// 000000000000000
    #[test]
    fn finding_errseq_emulate_every_member_is_told() {
        clean("finding-errseq-emulate", 32, 2000);
    }

    #[test]
    fn finding_errseq_emulate_fails_when_only_the_caller_is_told() {
        super::finds_with(
            "errors-to-caller-only",
            "finding-errseq-emulate",
            undurable("lost by a plugin flush"),
            32,
            2000,
        );
    }

    /// Issue 29, finding 2 (plugin mode): 1 (the plugin answered not
    /// multi-conn) writes; 0 (answered multi-conn) flushes: its group,
    /// split from 1's by the answer, was clean, so its flush was answered
    /// OK with no plugin flush although its promise covers 1's write.
    ///
    /// The companion's schedule (replay with
    /// `MULTICONN_SCHED_FAULT=split-by-answer`):
    ///
    /// finding-mixed:9102ba01ebcbf4dbde96f4c5f8010800000000000000000000
    /// 00208124499224494a922449924492244992244992244992244992244992a424
    /// 499224491249922449922449920000000000000000000000000000
    #[test]
    fn finding_mixed_one_export_is_one_domain() {
        clean("finding-mixed", 33, 2000);
    }

    #[test]
    fn finding_mixed_fails_when_groups_split_by_answer() {
        super::finds_with("split-by-answer", "finding-mixed", undurable(""), 33, 2000);
    }

    /// Issue 29, finding 2 under `auto` (`flush/own.rs`, rule H): with a
    /// mode per connection 1 (answered no) was emulated and 0 (answered
    /// yes) in plugin mode; 1's write marked only its emulated group, so
    /// 0's flush found its own scope clean and was answered OK with no
    /// plugin flush, and 1's write was not durable.
    ///
    /// The companion's schedule (replay with
    /// `MULTICONN_SCHED_FAULT=mode-per-connection`):
    ///
    /// finding-mixed-auto:9102d8012408000000000000000000000000499224499
    /// 2249224499224499224499224499224254992244992489224499224493249922
    /// 449922449922449922427499224499224490000000000000000000000000000
    #[test]
    fn finding_mixed_auto_one_export_one_mode() {
        clean("finding-mixed-auto", 36, 2000);
    }

    #[test]
    fn finding_mixed_auto_fails_with_a_mode_per_connection() {
        super::finds_with(
            "mode-per-connection",
            "finding-mixed-auto",
            undurable(""),
            36,
            2000,
        );
    }

    /// The mirror: 0 (answered no) emulated, 1 (answered yes) in plugin
    /// mode writes; 0's emulated flush reached only emulated members and
    /// was answered OK while 1's write was not durable.
    ///
    /// The companion's schedule (replay with
    /// `MULTICONN_SCHED_FAULT=mode-per-connection`):
    ///
    /// finding-mixed-auto-emulated:9102d001e1c0ca929484fff07d0800000000
    /// 0000000000000000802449922449922449922449922449922449922449922449
    /// 4a92244992244922254992244992244992244922499224499224491200000000
    /// 000000000000000000
    #[test]
    fn finding_mixed_auto_emulated_one_export_one_mode() {
        clean("finding-mixed-auto-emulated", 37, 2000);
    }

    #[test]
    fn finding_mixed_auto_emulated_fails_with_a_mode_per_connection() {
        super::finds_with(
            "mode-per-connection",
            "finding-mixed-auto-emulated",
            undurable(""),
            37,
            2000,
        );
    }

    /// The owed-drop finding (emulate mode, serialize_requests, a plugin
    /// flush that fails): 0's flush writes 0 back and answers; 1, which
    /// had read block 0 before, owes a drop and has written since.  2's
    /// flush holds 1 for its write-back, takes every bit (the debt too),
    /// and the plugin flush fails; 1 is opened before the bits are marked
    /// again, so 1's next read finds no debt and reads block 0 from the
    /// cache that owed the drop: a stale read after 0's flush was
    /// answered.  PCT seed 6; the schedule:
    ///
    /// owed-drop-after-failure:9102ef02aef7a9b2e3e78bbc1608000000000000000000499224499224499224
    /// 49922449922449922449922449204992244992244992246cdbb62d4992244992
    /// 2449a22449924892244992244992244992244992244992a42449922449922459
    /// b66ddbb66ddbb66ddbb66d499248922449922449dab66dd2244992246ddbb66d
    /// db26499224499224000000000000000000000000000000
    #[test]
    fn finding_a_failed_write_back_forgets_an_owed_drop() {
        clean("owed-drop-after-failure", 6, 5000);
    }

    #[test]
    fn finding_owed_drop_fails_when_opened_before_marking_again() {
        super::finds_with(
            "open-before-mark-again",
            "owed-drop-after-failure",
            super::starting("stale read"),
            6,
            5000,
        );
    }
}
