//! Every lock, condition variable, atomic and thread the engine uses.
//!
//! The filter as built gets the standard library's.  With the `shuttle`
//! feature (tests only: `cargo test --features shuttle --test sched`) they
//! are [shuttle]'s, whose schedulers drive every thread through chosen
//! interleavings and print a schedule that replays a failure exactly.  No
//! other module names `std::sync` or `std::thread` for anything shared
//! between threads, so the code that ships is the code that is checked.
//!
//! shuttle explores sequentially consistent executions.  That is a complete
//! model of the engine because every atomic access in it is `SeqCst` (the
//! engine's correctness arguments are store/load handshakes that need it),
//! and every other shared access is under a lock.
//!
//! The wrappers give one small API over both: `lock()` returns the guard
//! (a panic while holding a lock does not poison it for everybody else;
//! every critical section leaves its data consistent), `wait` and
//! `wait_timeout` take and return the guard.  Under shuttle a timeout
//! never expires, so no code may depend on one for progress.
//!
//! [shuttle]: https://crates.io/crates/shuttle

#[cfg(not(feature = "shuttle"))]
use std::sync as imp;
#[cfg(not(feature = "shuttle"))]
pub use std::thread;

#[cfg(feature = "shuttle")]
use shuttle::sync as imp;
#[cfg(feature = "shuttle")]
pub use shuttle::thread;

pub use imp::MutexGuard;
pub use std::sync::Arc;
use std::time::Duration;

/// The atomics, every access `SeqCst` by convention (see the module comment).
pub mod atomic {
    #[cfg(feature = "shuttle")]
    pub use shuttle::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, AtomicUsize};
    pub use std::sync::atomic::Ordering::SeqCst;
    #[cfg(not(feature = "shuttle"))]
    pub use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, AtomicUsize};
}

/// The clock the engine measures flush costs with.
pub mod time {
    pub use std::time::Instant;
}

/// A mutex whose `lock` ignores poisoning.
#[derive(Default)]
pub struct Mutex<T>(imp::Mutex<T>);

impl<T> Mutex<T> {
    pub fn new(value: T) -> Mutex<T> {
        Mutex(imp::Mutex::new(value))
    }

    pub fn lock(&self) -> MutexGuard<'_, T> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn into_inner(self) -> T {
        self.0.into_inner().unwrap_or_else(|e| e.into_inner())
    }
}

/// A condition variable for [`Mutex`].
#[derive(Default)]
pub struct Condvar(imp::Condvar);

impl Condvar {
    pub fn new() -> Condvar {
        Condvar(imp::Condvar::new())
    }

    pub fn wait<'a, T>(&self, guard: MutexGuard<'a, T>) -> MutexGuard<'a, T> {
        self.0.wait(guard).unwrap_or_else(|e| e.into_inner())
    }

    /// Wait at most `timeout` (under shuttle: until notified).
    pub fn wait_timeout<'a, T>(
        &self,
        guard: MutexGuard<'a, T>,
        timeout: Duration,
    ) -> MutexGuard<'a, T> {
        match self.0.wait_timeout(guard, timeout) {
            Ok((g, _)) => g,
            Err(e) => e.into_inner().0,
        }
    }

    pub fn notify_one(&self) {
        self.0.notify_one()
    }

    pub fn notify_all(&self) {
        self.0.notify_all()
    }
}
