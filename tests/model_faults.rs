//! The model checker must catch an engine that skips what `src/flush.rs`
//! argues is needed.  Each test turns on one deliberate fault
//! (`multiconn::flush::faults`) in this test executable only, and expects
//! stale reads in emulate mode.

mod modelcheck;
#[path = "../src/test_support.rs"]
mod nbdkit_stubs;

use modelcheck::*;
use multiconn::config::{Mode, TrackDirty};
use multiconn::flush::faults;
use std::sync::atomic::{AtomicBool, Ordering::SeqCst};
use std::sync::Mutex;

/// The faults are process-wide: one test at a time.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn parallel_emulate() -> Setup {
    Setup {
        mode: Mode::Emulate,
        track: TrackDirty::Connection,
        thread_model: ThreadModel::Parallel,
        conns: 3,
        threads_per_conn: 3,
        ops: 40,
        slow_flush: 8,
        check_consistency: true,
        check_economy: false,
    }
}

/// With `fault` on, some of `tries` histories of `setup` show a stale read.
fn stale_with(fault: &AtomicBool, setup: Setup, seed: u64, tries: usize) -> bool {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    fault.store(true, SeqCst);
    let found = finds(setup, seed, tries, "stale read");
    fault.store(false, SeqCst);
    found
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
    let setup = Setup {
        thread_model: ThreadModel::SerializeRequests,
        threads_per_conn: 1,
        ..parallel_emulate()
    };
    assert!(
        stale_with(&faults::FORGET_OWED_DROPS, setup, 19, 3000),
        "drops that were never made went unseen"
    );
}

#[test]
fn checker_catches_readers_released_before_the_write_backs_end() {
    // Long histories: a reader is dropped alongside only once every flush
    // cost involved has been measured.
    let setup = Setup {
        ops: 150,
        slow_flush: 30,
        ..parallel_emulate()
    };
    assert!(
        stale_with(&faults::RELEASE_ALONGSIDE_EARLY, setup, 23, 20000),
        "readers dropped alongside and let go early went unseen"
    );
}

#[test]
fn the_same_setup_is_clean_without_faults() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let mut rng = Rng::new(17);
    for _ in 0..500 {
        let seed = rng.next();
        let v = run(parallel_emulate(), seed);
        assert!(v.is_empty(), "seed {seed:#x}: {}", v.join("\n"));
    }
}
