//! Deliberate mistakes, off unless a test turns them on: the model checker
//! and the scheduler use them to show that they catch an engine that skips
//! what `flush/` argues is needed.  Each names the rule it breaks.  (A
//! leaf, so that every layer of the engine can have its own.)
//!
//! They exist only in the checkers' builds: unit tests (`cfg(test)`), the
//! scheduler (`--cfg shuttle`) and the real-thread checker's can-fail runs
//! (`--cfg multiconn_faults`).  In the library as built each switch is a
//! zero-sized [`Off`] that [`on`] answers `false` for at compile time, so
//! the shipped filter has no switch and no check of one.

/// Declares every switch, and [`by_name`] over them.
macro_rules! switches {
    ($($(#[$doc:meta])* $name:ident = $text:literal;)*) => {
        $(
            $(#[$doc])*
            #[cfg(any(test, shuttle, multiconn_faults))]
            pub static $name: std::sync::atomic::AtomicBool =
                std::sync::atomic::AtomicBool::new(false);
            $(#[$doc])*
            #[cfg(not(any(test, shuttle, multiconn_faults)))]
            pub static $name: Off = Off;
        )*

        /// Every switch, by name, for tests that turn one on.
        #[cfg(any(test, shuttle, multiconn_faults))]
        pub fn by_name(name: &str) -> Option<&'static std::sync::atomic::AtomicBool> {
            Some(match name {
                $($text => &$name,)*
                _ => return None,
            })
        }
    };
}

switches! {
    /// Rule 2: drop caches without holding the target's reads.
    DROP_WITHOUT_HOLD = "drop-without-hold";
    /// Rule 2: choose the drop phase's targets before the write-backs.
    READERS_FIRST = "readers-first";
    /// Rule 4: under serialize_requests, owe no drops.
    FORGET_OWED_DROPS = "forget-owed-drops";
    /// Rule 3: do not mark again what a write inside may have left.
    NO_MARK_AGAIN = "no-mark-again";
    /// Rule 4: take a held target's bits before draining its requests.
    TAKE_BEFORE_DRAIN = "take-before-drain";
    /// Rule 4: under serialize_requests, flush a target without holding it.
    NO_HOLD_SERIALIZED = "no-hold-serialized";
    /// Rule 1: flush only the caller (no replication).
    NO_REPLICATION = "no-replication";
    /// Write nothing back at close (what nbdkit's filter does).
    NO_WRITE_BACK_AT_CLOSE = "no-write-back-at-close";
    /// A lone writer whose reads did not overlap skips the drop phase (a
    /// rule an earlier engine had, unsound when a second connection's
    /// write-back lands after the lone writer's read fetched).
    LONE_WRITER_SKIP = "lone-writer-skip";
    /// Rules 4 and 5: open a held target that failed before its bits are
    /// marked again, so that its next request can miss a drop it owes.
    OPEN_BEFORE_MARK_AGAIN = "open-before-mark-again";
    /// Other modes, rule C: answer a clean scope at once, although the flush
    /// that cleaned it may still be running (and may fail).
    OWN_CLEAR_BEFORE_FLUSH = "own-clear-before-flush";
    /// Other modes, rule B: mark the scope before the write reaches the plugin
    /// instead of after it has landed.
    OWN_NO_MARK_AFTER_LANDING = "own-no-mark-after-landing";
    /// Other modes, rule D: let a group span exports (with
    /// `multi-conn-exportname=false`) and plugin answers, so one export's
    /// flush cleans another's (with the skip of a connection without
    /// multi-conn of that time: while the scope is clean, not rule G's).
    OWN_SCOPE_GROUP = "own-scope-group";
    /// A failed write-back at close fails only the group's next flush, not
    /// the next flush of every member.
    LOST_ONCE = "lost-once";
    /// Drop a group when it empties, whatever it owes (the old rule): a
    /// connection that joins later starts with a clean scope.
    DROP_OWING_GROUP = "drop-owing-group";
    /// Emulate mode: a member that leaves with writes nothing wrote back
    /// hands no debt to its group (`flush/emulate.rs`, rule 7).
    FORGET_DEPARTED = "forget-departed";
    /// Rule F: a failed plugin flush is reported only to the clients it
    /// answers (the old rule), not to every member it was to cover.
    ERRORS_TO_CALLER_ONLY = "errors-to-caller-only";
    /// Other modes, rule G: connections of one export the plugin answered
    /// differently about multi-conn form separate groups (the old rule).
    SPLIT_BY_ANSWER = "split-by-answer";
    /// Other modes, rule H: under `auto` each connection takes the mode of
    /// its own answer (the old rule), so one export's connections can be
    /// split between emulate and plugin mode.
    MODE_PER_CONNECTION = "mode-per-connection";
}

/// A switch in the library as built: always off.
pub struct Off;

/// Whether the switch is on (never, in the library as built).
#[cfg(any(test, shuttle, multiconn_faults))]
#[inline(always)]
pub fn on(f: &std::sync::atomic::AtomicBool) -> bool {
    f.load(std::sync::atomic::Ordering::Relaxed)
}

/// Whether the switch is on (never, in the library as built).
#[cfg(not(any(test, shuttle, multiconn_faults)))]
#[inline(always)]
pub const fn on(_: &Off) -> bool {
    false
}
