//! The model checker must catch an engine that skips what `src/flush/`
//! argues is needed.  Each test turns on one deliberate fault
//! (`multiconn::flush::faults`) in this test executable only, and expects
//! the check that the fault breaks to fail: stale reads, overlapping calls
//! on a handle, or a flush that nothing called for.
//!
//! The switches exist only in a build with `--cfg multiconn_faults`
//! (`RUSTFLAGS="--cfg multiconn_faults" cargo test --release --target-dir
//! target/cfg-faults --test model_faults`, as scripts/test.sh runs it).
#![cfg(multiconn_faults)]

mod modelcheck;
#[path = "../src/test_support.rs"]
mod nbdkit_stubs;

use modelcheck::*;
use multiconn::config::TrackDirty;
use multiconn::flush::{faults, Policy};
use std::sync::atomic::{AtomicBool, Ordering::SeqCst};
use std::sync::Mutex;

/// The faults are process-wide: one test at a time.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn parallel_emulate() -> Setup {
    Setup {
        conns: 3,
        threads_per_conn: 3,
        ops: 40,
        slow_flush: 8,
        fan_out: Policy::Always,
        ..Setup::default()
    }
}

/// With `fault` on, some of `tries` histories of `setup` show a violation
/// starting with `what`.
fn found_with(fault: &AtomicBool, setup: Setup, seed: u64, tries: usize, what: &str) -> bool {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    fault.store(true, SeqCst);
    let found = finds(setup, seed, tries, what);
    fault.store(false, SeqCst);
    found
}

fn stale_with(fault: &AtomicBool, setup: Setup, seed: u64, tries: usize) -> bool {
    found_with(fault, setup, seed, tries, "stale read")
}

fn serialize_requests() -> Setup {
    Setup {
        thread_model: ThreadModel::SerializeRequests,
        threads_per_conn: 1,
        ..parallel_emulate()
    }
}

#[test]
fn checker_catches_drops_that_let_reads_through() {
    assert!(
        stale_with(&faults::DROP_WITHOUT_HOLD, parallel_emulate(), 11, 3000),
        "a drop that lets reads straddle it went unseen"
    );
}

#[test]
fn checker_catches_readers_chosen_before_the_write_backs() {
    assert!(
        stale_with(&faults::READERS_FIRST, parallel_emulate(), 13, 3000),
        "reads overlapping the write-backs went unseen"
    );
}

#[test]
fn checker_catches_drops_not_owed_under_serialize_requests() {
    assert!(
        stale_with(&faults::FORGET_OWED_DROPS, serialize_requests(), 19, 3000),
        "drops that were never made went unseen"
    );
}

#[test]
fn checker_catches_no_replication() {
    assert!(
        stale_with(&faults::NO_REPLICATION, parallel_emulate(), 29, 3000),
        "an emulated flush that flushes only the caller went unseen"
    );
}

#[test]
fn checker_catches_the_lone_writer_skip() {
    assert!(
        stale_with(&faults::LONE_WRITER_SKIP, parallel_emulate(), 31, 3000),
        "the lone-writer skip went unseen"
    );
}

#[test]
fn checker_catches_writes_lost_at_close() {
    for thread_model in [ThreadModel::Parallel, ThreadModel::SerializeRequests] {
        let setup = Setup {
            thread_model,
            threads_per_conn: 1,
            ops: 16,
            churn: true,
            ..parallel_emulate()
        };
        assert!(
            stale_with(&faults::NO_WRITE_BACK_AT_CLOSE, setup, 43, 3000),
            "writes lost when their connection closed went unseen ({thread_model:?})"
        );
    }
}

#[test]
fn durability_check_catches_writes_lost_at_close() {
    let setup = Setup {
        threads_per_conn: 1,
        ops: 16,
        churn: true,
        ..parallel_emulate()
    };
    assert!(
        found_with(
            &faults::NO_WRITE_BACK_AT_CLOSE,
            setup,
            43,
            3000,
            "undurable"
        ),
        "writes lost when their connection closed were taken for durable"
    );
}

#[test]
fn durability_check_catches_no_replication() {
    assert!(
        found_with(
            &faults::NO_REPLICATION,
            parallel_emulate(),
            29,
            3000,
            "undurable"
        ),
        "an emulated flush that flushes only the caller was taken for durable"
    );
}

#[test]
fn overlap_check_catches_serialized_targets_not_held() {
    let setup = Setup {
        check_consistency: false,
        ..serialize_requests()
    };
    assert!(
        found_with(
            &faults::NO_HOLD_SERIALIZED,
            setup,
            37,
            3000,
            "overlap on handle"
        ),
        "a flush into a busy serialize_requests handle went unseen"
    );
}

#[test]
fn economy_check_catches_needless_flushes() {
    // With track-dirty=connection every connection flushed is one the
    // rules call for; flushing every member (as track-dirty=off does)
    // must show up as a flush that needed none.
    let setup = Setup {
        check_consistency: false,
        check_economy: true,
        ..parallel_emulate()
    };
    let off = Setup {
        track: TrackDirty::Off,
        ..setup
    };
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    assert!(
        finds(off, 41, 500, "flush of handle"),
        "flushes that nothing called for went unseen"
    );
}

#[test]
fn the_same_setups_are_clean_without_faults() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let mut rng = Rng::new(17);
    for setup in [parallel_emulate(), serialize_requests()] {
        for _ in 0..300 {
            let seed = rng.next();
            let v = run(setup, seed);
            assert!(v.is_empty(), "seed {seed:#x}: {}", v.join("\n"));
        }
    }
}

/// Issue 29, finding 1: a group dropped when it empties, whatever it owes,
/// lets a reconnected connection's flush skip a write of the closed one.
#[test]
fn checker_catches_an_owing_group_dropped() {
    let setup = Setup {
        mode: multiconn::config::Mode::Plugin,
        conns: 2,
        ops: 16,
        churn: true,
        exports: &[true, false],
        ..Setup::default()
    };
    assert!(
        found_with(&faults::DROP_OWING_GROUP, setup, 29, 3000, "undurable"),
        "a reconnect that forgot its export's writes went unseen"
    );
}

/// Emulate mode with `multi-conn-close=none`: a departed member's writes
/// forgotten by its group.
#[test]
fn checker_catches_a_departed_debt_forgotten() {
    let setup = Setup {
        conns: 2,
        ops: 16,
        churn: true,
        close_write_back: false,
        exports: &[true, true],
        by_export_name: true,
        ..Setup::default()
    };
    assert!(
        found_with(&faults::FORGET_DEPARTED, setup, 30, 3000, "undurable"),
        "writes left behind at close went unseen"
    );
}

/// Issue 29, finding 3: a failed plugin flush that dropped other members'
/// writes, reported only to the clients it answered.
#[test]
fn checker_catches_a_failure_told_only_to_its_caller() {
    let setup = Setup {
        mode: multiconn::config::Mode::Plugin,
        conns: 4,
        ops: 12,
        exports: &[true],
        fail_one_in: 4,
        errseq: true,
        ..Setup::default()
    };
    assert!(
        found_with(&faults::ERRORS_TO_CALLER_ONLY, setup, 31, 3000, "undurable"),
        "a dropped write reported to nobody whose writes it held went unseen"
    );
}

/// Issue 29, finding 2: connections of one export that the plugin answered
/// differently about multi-conn, kept in separate groups.
#[test]
fn checker_catches_groups_split_by_answer() {
    let setup = Setup {
        mode: multiconn::config::Mode::Plugin,
        conns: 4,
        ops: 12,
        exports: &[true],
        answers: Some(&[true, false, true, false]),
        ..Setup::default()
    };
    assert!(
        found_with(&faults::SPLIT_BY_ANSWER, setup, 33, 3000, "undurable"),
        "a flush that skipped another answer's writes went unseen"
    );
}

/// Issue 29, finding 2 under `auto` (`flush/own.rs`, rule H): each
/// connection takes the mode of its own answer, so one export's
/// connections are split between emulate and plugin mode.
#[test]
fn checker_catches_an_auto_export_split_by_mode() {
    for (answers, seed) in [
        (&[true, false, true, false], 34),
        (&[false, true, false, true], 35),
    ] {
        let setup = Setup {
            mode: multiconn::config::Mode::Auto,
            conns: 4,
            ops: 12,
            exports: &[true],
            answers: Some(answers),
            ..Setup::default()
        };
        assert!(
            found_with(&faults::MODE_PER_CONNECTION, setup, seed, 3000, "undurable"),
            "a flush that skipped the other mode's writes went unseen ({answers:?})"
        );
    }
}
