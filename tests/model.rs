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

/// The checker must be able to fail: unsafe mode advertises multi-conn
/// without replicating flushes, so checked as if it kept the promise (the
/// plugin is not multi-conn) stale reads and undurable writes appear.
#[test]
fn checker_catches_a_filter_that_does_not_replicate() {
    let setup = Setup {
        mode: Mode::Unsafe,
        track: TrackDirty::Connection,
        threads_per_conn: 2,
        ops: 40,
        slow_flush: 0,
        assume_multi_conn: true,
        ..Setup::default()
    };
    for what in ["stale read", "undurable"] {
        assert!(
            finds(setup, 7, 400, what),
            "no {what} found without replication: the checker is blind"
        );
    }
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
        conns: 4,
        threads_per_conn: 3,
        ops: 60,
        slow_flush: 8,
        ..Setup::default()
    };
    let mut rng = Rng::new(99);
    for _ in 0..env_u64("MULTICONN_MODEL_HEAVY", 300) {
        let seed = rng.next();
        let v = run(setup, seed);
        assert!(v.is_empty(), "seed {seed:#x}: {}", v.join("\n"));
    }
}
