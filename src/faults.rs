//! Deliberate mistakes, off unless a test turns them on: the model checker
//! and the scheduler use them to show that they catch an engine that skips
//! what `flush/` argues is needed.  Each names the rule it breaks.  (A
//! leaf, so that every layer of the engine can have its own.)

use std::sync::atomic::{AtomicBool, Ordering::Relaxed};

/// Rule 2: drop caches without holding the target's reads.
pub static DROP_WITHOUT_HOLD: AtomicBool = AtomicBool::new(false);
/// Rule 2: choose the drop phase's targets before the write-backs.
pub static READERS_FIRST: AtomicBool = AtomicBool::new(false);
/// Rule 4: under serialize_requests, owe no drops.
pub static FORGET_OWED_DROPS: AtomicBool = AtomicBool::new(false);
/// Rule 3: do not mark again what a write inside may have left.
pub static NO_MARK_AGAIN: AtomicBool = AtomicBool::new(false);
/// Rule 4: take a held target's bits before draining its requests.
pub static TAKE_BEFORE_DRAIN: AtomicBool = AtomicBool::new(false);
/// Rule 4: under serialize_requests, flush a target without holding it.
pub static NO_HOLD_SERIALIZED: AtomicBool = AtomicBool::new(false);
/// Rule 1: flush only the caller (no replication).
pub static NO_REPLICATION: AtomicBool = AtomicBool::new(false);
/// Write nothing back at close (what nbdkit's filter does).
pub static NO_WRITE_BACK_AT_CLOSE: AtomicBool = AtomicBool::new(false);
/// A lone writer whose reads did not overlap skips the drop phase (a
/// rule an earlier engine had, unsound when a second connection's
/// write-back lands after the lone writer's read fetched).
pub static LONE_WRITER_SKIP: AtomicBool = AtomicBool::new(false);
/// Rules 4 and 5: open a held target that failed before its bits are
/// marked again, so that its next request can miss a drop it owes.
pub static OPEN_BEFORE_MARK_AGAIN: AtomicBool = AtomicBool::new(false);
/// Other modes, rule C: answer a clean scope at once, although the flush
/// that cleaned it may still be running (and may fail).
pub static OWN_CLEAR_BEFORE_FLUSH: AtomicBool = AtomicBool::new(false);
/// Other modes, rule B: mark the scope before the write reaches the plugin
/// instead of after it has landed.
pub static OWN_NO_MARK_AFTER_LANDING: AtomicBool = AtomicBool::new(false);
/// Other modes, rule D: let a group span exports (with
/// `multi-conn-exportname=false`) and plugin answers, so one export's
/// flush cleans another's (with the skip of a connection without
/// multi-conn of that time: while the scope is clean, not rule G's).
pub static OWN_SCOPE_GROUP: AtomicBool = AtomicBool::new(false);
/// A failed write-back at close fails only the group's next flush, not
/// the next flush of every member.
pub static LOST_ONCE: AtomicBool = AtomicBool::new(false);

/// Drop a group when it empties, whatever it owes (the old rule): a
/// connection that joins later starts with a clean scope.
pub static DROP_OWING_GROUP: AtomicBool = AtomicBool::new(false);

/// Emulate mode: a member that leaves with writes nothing wrote back
/// hands no debt to its group (`flush/emulate.rs`, rule 7).
pub static FORGET_DEPARTED: AtomicBool = AtomicBool::new(false);

/// Rule F: a failed plugin flush is reported only to the clients it
/// answers (the old rule), not to every member it was to cover.
pub static ERRORS_TO_CALLER_ONLY: AtomicBool = AtomicBool::new(false);

/// Other modes, rule G: connections of one export the plugin answered
/// differently about multi-conn form separate groups (the old rule).
pub static SPLIT_BY_ANSWER: AtomicBool = AtomicBool::new(false);

pub fn on(f: &AtomicBool) -> bool {
    f.load(Relaxed)
}

/// Every switch, by name, for tests that turn one on.
pub fn by_name(name: &str) -> Option<&'static AtomicBool> {
    Some(match name {
        "drop-without-hold" => &DROP_WITHOUT_HOLD,
        "readers-first" => &READERS_FIRST,
        "forget-owed-drops" => &FORGET_OWED_DROPS,
        "no-mark-again" => &NO_MARK_AGAIN,
        "take-before-drain" => &TAKE_BEFORE_DRAIN,
        "no-hold-serialized" => &NO_HOLD_SERIALIZED,
        "no-replication" => &NO_REPLICATION,
        "lone-writer-skip" => &LONE_WRITER_SKIP,
        "no-write-back-at-close" => &NO_WRITE_BACK_AT_CLOSE,
        "open-before-mark-again" => &OPEN_BEFORE_MARK_AGAIN,
        "own-clear-before-flush" => &OWN_CLEAR_BEFORE_FLUSH,
        "own-no-mark-after-landing" => &OWN_NO_MARK_AFTER_LANDING,
        "own-scope-group" => &OWN_SCOPE_GROUP,
        "lost-once" => &LOST_ONCE,
        "drop-owing-group" => &DROP_OWING_GROUP,
        "forget-departed" => &FORGET_DEPARTED,
        "errors-to-caller-only" => &ERRORS_TO_CALLER_ONLY,
        "split-by-answer" => &SPLIT_BY_ANSWER,
        _ => return None,
    })
}
