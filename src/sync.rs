//! Every lock, condition variable, atomic, thread and clock the engine uses.
//!
//! The filter as built gets parking_lot's locks and condition variables
//! (whose `notify_all` moves the waiters onto the mutex instead of waking
//! them all at once: the group commit's case, where many clients wait for
//! one flush) and the standard library's atomics, threads and clock.  Built
//! with `--cfg shuttle` (the scheduler's tests only: `RUSTFLAGS="--cfg
//! shuttle" cargo test --test sched`; a cfg, so no feature set can ship
//! it) they are [shuttle]'s, whose schedulers drive every thread through chosen
//! interleavings and print a schedule that replays a failure exactly.  No
//! other module names `std::sync`, `std::thread` or `std::time::Instant`
//! for anything shared between threads or read from the clock, so the code
//! that ships is the code that is checked.
//!
//! shuttle explores sequentially consistent executions.  That is a complete
//! model of the engine because every atomic access in it is `SeqCst` (the
//! engine's correctness arguments are store/load handshakes that need it),
//! and every other shared access is under a lock.
//!
//! The wrappers give one small API over both: `lock()` returns the guard
//! (a panic while holding a lock does not poison it for everybody else;
//! every critical section leaves its data consistent), `wait` takes and
//! returns the guard, `wait_timeout` returns it with whether it timed out.
//!
//! # Time under the scheduler
//!
//! Decisions the engine takes from measured time (whether a phase's
//! flushes go to the pool, which readers are dropped alongside the
//! write-backs, whether a flush is timed at all) and the pool's idle exit
//! are inputs the scheduler chooses, like the interleaving:
//!
//! * [`time::Instant::now`] advances one virtual clock, shared by every
//!   thread of the execution, by an amount drawn from shuttle's random
//!   source: nothing, a few microseconds, up to a few hundred, or
//!   milliseconds.  A measured flush therefore takes whatever the
//!   schedule says, and the same schedule measures the same times.
//! * [`Condvar::wait_timeout`] times out when the random source says so:
//!   the waiter lets go of the lock, lets other threads run (a timeout may
//!   expire while anything happens around it, and a notification sent
//!   meanwhile finds it gone, as when a real timeout wins that race), and
//!   takes the lock again; the clock moves on by the timeout.  Otherwise
//!   it waits for a notification, which never times out: no code may
//!   depend on a timeout for progress.
//!
//! Both draws are part of the schedule shuttle prints, so a replay makes
//! the same choices.  The filter as built uses `std::time::Instant` and
//! parking_lot's condition variable directly.
//!
//! [shuttle]: https://crates.io/crates/shuttle

#[cfg(not(shuttle))]
use parking_lot as imp;
#[cfg(not(shuttle))]
pub use std::thread;

#[cfg(shuttle)]
use shuttle::sync as imp;
#[cfg(shuttle)]
pub use shuttle::thread;

#[cfg(not(shuttle))]
pub use imp::MutexGuard;
pub use std::sync::Arc;
use std::time::Duration;

/// The atomics, every access `SeqCst` by convention (see the module comment).
pub mod atomic {
    #[cfg(shuttle)]
    pub use shuttle::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, AtomicUsize};
    pub use std::sync::atomic::Ordering::SeqCst;
    #[cfg(not(shuttle))]
    pub use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, AtomicUsize};
}

/// The clock: `std::time::Instant`, or a virtual one the scheduler drives.
pub mod time {
    #[cfg(not(shuttle))]
    pub use std::time::Instant;

    #[cfg(shuttle)]
    pub use virtual_clock::Instant;

    #[cfg(shuttle)]
    mod virtual_clock {
        use shuttle::rand::{thread_rng, Rng as _};
        use std::sync::atomic::{AtomicU64, Ordering::SeqCst};
        use std::time::Duration;

        shuttle::lazy_static! {
            /// Nanoseconds since the execution began.  One per execution
            /// (shuttle drops its lazy statics when an execution ends), so
            /// runs in parallel test threads do not share it.  A std atomic:
            /// reading the clock is not a scheduling point of its own.
            static ref NOW_NS: AtomicU64 = AtomicU64::new(0);
        }

        /// A point on the execution's virtual clock.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct Instant(u64);

        /// How far one reading of the clock moves it: nothing, around the
        /// engine's thresholds for timing one flush in several (5 µs) and
        /// for fanning out (20 µs a flush, 200 µs a phase), or a slow
        /// plugin's milliseconds.
        fn step() -> u64 {
            let mut rng = thread_rng();
            match rng.gen_range(0..4u32) {
                0 => 0,
                1 => rng.gen_range(1..=8_000),
                2 => rng.gen_range(8_000..=400_000),
                _ => rng.gen_range(400_000..=5_000_000),
            }
        }

        /// Move the clock on by `by` and return the new time.
        pub(crate) fn advance(by: Duration) -> u64 {
            let by = u64::try_from(by.as_nanos()).unwrap_or(u64::MAX);
            NOW_NS.fetch_add(by, SeqCst).saturating_add(by)
        }

        impl Instant {
            pub fn now() -> Instant {
                Instant(advance(Duration::from_nanos(step())))
            }

            pub fn duration_since(&self, earlier: Instant) -> Duration {
                Duration::from_nanos(self.0.saturating_sub(earlier.0))
            }

            pub fn elapsed(&self) -> Duration {
                Instant::now().duration_since(*self)
            }
        }
    }

    #[cfg(shuttle)]
    pub(crate) use virtual_clock::advance;
}

/// A mutex whose `lock` returns its guard (parking_lot's has no poisoning;
/// shuttle's is unwrapped: every critical section leaves its data
/// consistent, so a panic while holding the lock does not poison it for
/// everybody else).
#[derive(Default)]
pub struct Mutex<T>(imp::Mutex<T>);

impl<T> Mutex<T> {
    pub fn new(value: T) -> Mutex<T> {
        Mutex(imp::Mutex::new(value))
    }

    #[cfg(not(shuttle))]
    pub fn lock(&self) -> MutexGuard<'_, T> {
        self.0.lock()
    }

    #[cfg(not(shuttle))]
    pub fn into_inner(self) -> T {
        self.0.into_inner()
    }

    #[cfg(shuttle)]
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

    pub fn notify_one(&self) {
        self.0.notify_one();
    }

    pub fn notify_all(&self) {
        self.0.notify_all();
    }
}

#[cfg(not(shuttle))]
impl Condvar {
    pub fn wait<'a, T>(&self, mut guard: MutexGuard<'a, T>) -> MutexGuard<'a, T> {
        self.0.wait(&mut guard);
        guard
    }

    /// Wait at most `timeout`; also says whether it timed out.
    pub fn wait_timeout<'a, T>(
        &self,
        mut guard: MutexGuard<'a, T>,
        timeout: Duration,
    ) -> (MutexGuard<'a, T>, bool) {
        let r = self.0.wait_for(&mut guard, timeout);
        (guard, r.timed_out())
    }
}

/// Under the scheduler a guard remembers its mutex, so that a wait that
/// times out can let go of the lock and take it again (see the module
/// comment).
#[cfg(shuttle)]
pub struct MutexGuard<'a, T> {
    guard: imp::MutexGuard<'a, T>,
    mutex: &'a imp::Mutex<T>,
}

#[cfg(shuttle)]
impl<T> Mutex<T> {
    pub fn lock(&self) -> MutexGuard<'_, T> {
        MutexGuard {
            guard: self.0.lock().unwrap_or_else(|e| e.into_inner()),
            mutex: &self.0,
        }
    }
}

#[cfg(shuttle)]
impl<T> std::ops::Deref for MutexGuard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.guard
    }
}

#[cfg(shuttle)]
impl<T> std::ops::DerefMut for MutexGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.guard
    }
}

#[cfg(shuttle)]
impl Condvar {
    pub fn wait<'a, T>(&self, guard: MutexGuard<'a, T>) -> MutexGuard<'a, T> {
        let MutexGuard { guard, mutex } = guard;
        let guard = self.0.wait(guard).unwrap_or_else(|e| e.into_inner());
        MutexGuard { guard, mutex }
    }

    /// Wait for a notification, or time out when shuttle's random source
    /// says so (one wait in four); also says whether it timed out.
    pub fn wait_timeout<'a, T>(
        &self,
        guard: MutexGuard<'a, T>,
        timeout: Duration,
    ) -> (MutexGuard<'a, T>, bool) {
        use shuttle::rand::{thread_rng, Rng as _};
        if thread_rng().gen_range(0..4u32) != 0 {
            return (self.wait(guard), false);
        }
        let MutexGuard { guard, mutex } = guard;
        drop(guard);
        thread::yield_now();
        time::advance(timeout);
        let guard = mutex.lock().unwrap_or_else(|e| e.into_inner());
        (MutexGuard { guard, mutex }, true)
    }
}
