//! The model checker over the filter as built: random histories of every
//! mode × tracking level × thread model (see `modelcheck/mod.rs` for what
//! is simulated and checked).
//!
//! `cargo test` runs a seeded subset; `scripts/model.sh` runs 100,000+
//! histories (MULTICONN_MODEL_HISTORIES, MULTICONN_MODEL_SEED).
//! `tests/model_faults.rs` shows that the checks can fail.

mod modelcheck;
#[path = "../src/test_support.rs"]
mod nbdkit_stubs;

use modelcheck::*;
use multiconn::config::{Mode, TrackDirty};
use multiconn::flush::Policy;

#[test]
fn random_histories_have_no_violations() {
    // RUST_LOG=debug shows the engine's flush lines (MULTICONN_MODEL_EVENTS
    // shows them with the plugin's events instead).
    if std::env::var_os("MULTICONN_MODEL_EVENTS").is_none() {
        let _ = env_logger::builder().is_test(true).try_init();
    }
    let histories = env_u64("MULTICONN_MODEL_HISTORIES", 3_000);
    let seed = env_u64("MULTICONN_MODEL_SEED", 2026);
    let mut setups = setups(true);
    if let Ok(k) = std::env::var("MULTICONN_MODEL_SETUP") {
        setups = vec![setups[k.parse::<usize>().expect("a setup index")]];
    }
    let mut rng = Rng::new(seed);
    let mut per_setup = vec![0u64; setups.len()];
    for i in 0..histories {
        let k = (i as usize) % setups.len();
        let s = setups[k];
        let h_seed = rng.next();
        let v = run(s, h_seed);
        assert!(
            v.is_empty(),
            "history {i} (replay: MULTICONN_MODEL_REPLAY={k}:{h_seed:#x}) of {s:?}:\n{}",
            v.join("\n")
        );
        per_setup[k] += 1;
    }
    println!(
        "model: {histories} histories over {} setups (seed {seed}, at least {} each), 0 violations",
        setups.len(),
        per_setup.iter().min().unwrap_or(&0)
    );
}

/// The checker must be able to fail: without replication (disable mode
/// checked as if it promised multi-conn) stale reads appear.
#[test]
fn checker_catches_a_filter_that_does_not_replicate() {
    let setup = Setup {
        mode: Mode::Disable,
        track: TrackDirty::Connection,
        thread_model: ThreadModel::Parallel,
        conns: 3,
        threads_per_conn: 2,
        ops: 40,
        slow_flush: 0,
        check_consistency: true,
        check_economy: false,
        fan_out: Policy::Never,
        alongside: Policy::Never,
        churn: false,
    };
    assert!(
        finds(setup, 7, 400, "stale read"),
        "no stale read found without replication: the checker is blind"
    );
}

/// Replay one history: MULTICONN_MODEL_REPLAY=SETUP_INDEX:SEED (the index
/// into `setups`, the seed in hex as printed), with RUST_LOG=debug for the
/// engine's lines.
#[test]
fn replay() {
    let Ok(spec) = std::env::var("MULTICONN_MODEL_REPLAY") else {
        return;
    };
    let _ = env_logger::builder().is_test(true).try_init();
    let (k, seed) = spec.split_once(':').expect("SETUP_INDEX:SEED");
    let setup = setups(true)[k.parse::<usize>().expect("index")];
    let seed = u64::from_str_radix(seed.trim_start_matches("0x"), 16).expect("hex seed");
    let v = run(setup, seed);
    assert!(v.is_empty(), "{setup:?}:\n{}", v.join("\n"));
}

#[test]
fn heavy_parallel_emulate() {
    let setup = Setup {
        mode: Mode::Emulate,
        track: TrackDirty::Connection,
        thread_model: ThreadModel::Parallel,
        conns: 4,
        threads_per_conn: 3,
        ops: 60,
        slow_flush: 8,
        check_consistency: true,
        check_economy: false,
        fan_out: Policy::Never,
        alongside: Policy::Never,
        churn: false,
    };
    let mut rng = Rng::new(99);
    for _ in 0..env_u64("MULTICONN_MODEL_HEAVY", 300) {
        let seed = rng.next();
        let v = run(setup, seed);
        assert!(v.is_empty(), "seed {seed:#x}: {}", v.join("\n"));
    }
}
