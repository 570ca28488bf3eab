//! Flush scopes: a dirty flag and the sequence of flushes that clean it.
//!
//! A [`Scope`] is what one plugin flush can make durable: in emulate mode a
//! whole group (by replicating), in the other modes an export whose plugin
//! advertises multi-conn, or else one connection.  Its flag says that some
//! write may not be covered yet; its flushes run one at a time, so that a
//! client can always tell which flush will cover what it wrote, and wait
//! for that flush's answer instead of guessing.
//!
//! Two ways to answer a client flush over a scope:
//!
//! * [`Scope::commit`] (emulate mode, group commit): run a flush that starts
//!   after the client asked, or share one that another client started after
//!   it asked.
//! * [`Scope::flush_or_share`] (the other modes): as above, but a clean
//!   scope is answered by the flush that cleaned it: it began after every
//!   write that marked the flag, so it covers them.  The argument is in
//!   `flush/own.rs`.
//!
//! The lock here is a leaf for the other modes; in emulate mode it is taken
//! before the group's wave lock (`registry.rs` gives the order).

use crate::faults;
use crate::sync::atomic::{AtomicBool, SeqCst};
use crate::sync::{Condvar, Mutex, MutexGuard};

/// An errno value.
type Errno = i32;

/// A dirty flag and the flushes that clean it.
#[derive(Default)]
pub struct Scope {
    /// Some write since the scope's last flush began may not be covered.
    /// Set by writes; cleared only where a flush begins, under `state`.
    pub dirty: AtomicBool,
    state: Mutex<State>,
    finished: Condvar,
    /// Wake-ups sent to waiting callers (for tests: none without one).
    #[cfg(test)]
    pub notified: std::sync::atomic::AtomicUsize,
}

/// The scope's flushes, numbered from 1 in the order they start; they run
/// one at a time.
#[derive(Default)]
struct State {
    started: u64,
    finished: u64,
    running: bool,
    /// Callers asleep on `finished`.  A flush that ends wakes them only if
    /// there are any: a wake-up is a futex system call, which costs tens of
    /// microseconds when nbdkit has thousands of threads.
    waiting: usize,
    /// The result of the last finished flush.
    last: Option<Result<(), Errno>>,
}

/// How a client flush was answered by a flush of its scope.
pub enum Answer<T> {
    /// By a flush this caller ran.
    Ran(T),
    /// By a flush another caller ran, with its result.
    Shared(Result<(), Errno>),
}

/// How the other modes answer a client flush ([`Scope::flush_or_share`],
/// [`Scope::covered`]): by a flush of the scope, or by none.
pub enum OwnAnswer {
    Flushed(Answer<Result<(), Errno>>),
    /// Without a flush: the scope was clean, and the flush that cleaned it
    /// had succeeded.
    Clean,
}

impl Scope {
    /// Mark the scope dirty.  Only writes the flag when it is clear, so that
    /// writers on many connections do not keep taking the cache line from
    /// each other.
    #[inline]
    pub fn mark(&self) {
        if !self.dirty.load(SeqCst) {
            self.dirty.store(true, SeqCst);
        }
    }

    /// Group commit: answer a client flush with a flush that starts after
    /// the client asked.  Runs `run` if no flush is running; else waits for
    /// the running one to end and then either runs the next or, if another
    /// waiter already started it, shares its result.  Clients that ask
    /// while a flush runs are all answered by the next one, so a burst of
    /// flushes costs two flushes, not one each.  `run` returns its value
    /// and the result every sharer gets.
    pub fn commit<T>(&self, run: impl FnOnce(u64) -> (T, Result<(), Errno>)) -> Answer<T> {
        let mut s = self.state.lock();
        let needed = s.started + 1;
        loop {
            if s.finished >= needed {
                return Answer::Shared(s.last.expect("a finished flush has a result"));
            }
            if !s.running {
                break;
            }
            s = self.wait(s);
        }
        self.run(s, false, run)
    }

    /// The other modes: answer a client flush whose writes have all marked
    /// the flag (writes mark it once they have landed in the plugin).
    ///
    /// * The flag is set: run `run` (a plugin flush that covers the scope),
    ///   clearing the flag as it begins, or share the flush another caller
    ///   began after this one looked.  A flush that fails sets the flag
    ///   again before it ends, so the next one retries.
    /// * The flag is clear: answered as [`Scope::covered`] says.
    pub fn flush_or_share(&self, run: impl FnOnce() -> Result<(), Errno>) -> OwnAnswer {
        let mut s = self.state.lock();
        loop {
            s = match self.answer_if_clean(s) {
                Ok(answer) => return answer,
                Err(s) => s,
            };
            if !s.running {
                break;
            }
            s = self.wait(s);
        }
        OwnAnswer::Flushed(self.run(s, true, |_| {
            let r = run();
            (r, r)
        }))
    }

    /// If the flag is clear, the answer for a client flush whose writes
    /// have all marked it: the flush that cleared it last began after every
    /// such mark, so it covers them.  Waits for that flush if it is still
    /// running and answers with its result (`Shared`), or answers `Clean`
    /// if it has ended (then it succeeded, or it would have set the flag
    /// again).  `None` if the flag is set: a flush is needed.
    pub fn covered(&self) -> Option<OwnAnswer> {
        self.answer_if_clean(self.state.lock()).ok()
    }

    /// [`Scope::covered`] under the lock: the answer, or the guard back if
    /// the flag is set.
    fn answer_if_clean<'a>(
        &'a self,
        mut s: MutexGuard<'a, State>,
    ) -> Result<OwnAnswer, MutexGuard<'a, State>> {
        if self.dirty.load(SeqCst) {
            return Err(s);
        }
        if !s.running || faults::on(&faults::OWN_CLEAR_BEFORE_FLUSH) {
            return Ok(OwnAnswer::Clean);
        }
        let covering = s.started;
        while s.finished < covering {
            s = self.wait(s);
        }
        Ok(OwnAnswer::Flushed(Answer::Shared(
            s.last.expect("a finished flush has a result"),
        )))
    }

    fn wait<'a>(&self, mut s: MutexGuard<'a, State>) -> MutexGuard<'a, State> {
        s.waiting += 1;
        s = self.finished.wait(s);
        s.waiting -= 1;
        s
    }

    /// Start the next flush under the lock the caller holds (clearing the
    /// flag if `clear`), run it outside the lock, and publish its result.
    /// Whatever happens in `run`, a panic included, the next flush can
    /// start afterwards.
    fn run<T>(
        &self,
        mut s: MutexGuard<'_, State>,
        clear: bool,
        run: impl FnOnce(u64) -> (T, Result<(), Errno>),
    ) -> Answer<T> {
        debug_assert!(!s.running);
        if clear {
            self.dirty.store(false, SeqCst);
        }
        s.running = true;
        s.started += 1;
        let number = s.started;
        drop(s);
        struct Finish<'a> {
            scope: &'a Scope,
            number: u64,
            clear: bool,
            result: Option<Result<(), Errno>>,
        }
        impl Drop for Finish<'_> {
            fn drop(&mut self) {
                let scope = self.scope;
                let mut s = scope.state.lock();
                let result = self.result.unwrap_or(Err(libc::EIO));
                if self.clear && result.is_err() {
                    scope.dirty.store(true, SeqCst);
                }
                s.running = false;
                s.finished = self.number;
                s.last = Some(result);
                if s.waiting > 0 {
                    #[cfg(test)]
                    scope.notified.fetch_add(1, SeqCst);
                    scope.finished.notify_all();
                }
            }
        }
        let mut finish = Finish {
            scope: self,
            number,
            clear,
            result: None,
        };
        let (value, result) = run(number);
        finish.result = Some(result);
        drop(finish);
        Answer::Ran(value)
    }

    /// Callers waiting for a running flush to end (for tests).
    #[cfg(test)]
    pub fn waiting(&self) -> usize {
        self.state.lock().waiting
    }
}

#[cfg(all(test, not(shuttle)))]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;
    use std::sync::Arc;
    use std::time::Duration;

    /// Mark `s` dirty and start a flush of it on another thread, which
    /// ends with `result` once `release` is free; returns once the flush
    /// has begun (the caller holds `release`).
    fn flush_until_released(
        s: &Arc<Scope>,
        release: &Arc<std::sync::Mutex<()>>,
        result: Result<(), Errno>,
    ) -> std::thread::JoinHandle<OwnAnswer> {
        s.mark();
        let entered = Arc::new(AtomicUsize::new(0));
        let first = {
            let (s, entered, release) = (s.clone(), entered.clone(), release.clone());
            std::thread::spawn(move || {
                s.flush_or_share(|| {
                    entered.fetch_add(1, SeqCst);
                    drop(release.lock().unwrap());
                    result
                })
            })
        };
        until(|| entered.load(SeqCst) == 1);
        first
    }

    fn until(f: impl Fn() -> bool) {
        while !f() {
            std::thread::sleep(Duration::from_millis(1));
        }
    }

    #[test]
    fn a_clean_scope_is_answered_without_a_flush() {
        let s = Scope::default();
        assert!(matches!(
            s.flush_or_share(|| panic!("no flush")),
            OwnAnswer::Clean
        ));
        s.mark();
        assert!(matches!(
            s.flush_or_share(|| Ok(())),
            OwnAnswer::Flushed(Answer::Ran(Ok(())))
        ));
        assert!(!s.dirty.load(SeqCst));
        assert!(matches!(
            s.flush_or_share(|| panic!("no flush")),
            OwnAnswer::Clean
        ));
    }

    #[test]
    fn a_failed_flush_leaves_the_scope_dirty() {
        let s = Scope::default();
        s.mark();
        assert!(matches!(
            s.flush_or_share(|| Err(libc::ENOSPC)),
            OwnAnswer::Flushed(Answer::Ran(Err(libc::ENOSPC)))
        ));
        assert!(s.dirty.load(SeqCst));
        assert!(matches!(
            s.flush_or_share(|| Ok(())),
            OwnAnswer::Flushed(Answer::Ran(Ok(())))
        ));
        assert!(!s.dirty.load(SeqCst));
    }

    /// Rule C: a flush of a clean scope whose cleaning flush is still
    /// running waits for it and carries its error.
    #[test]
    fn a_clean_scope_waits_for_the_flush_that_cleaned_it() {
        let s = Arc::new(Scope::default());
        let release = Arc::new(std::sync::Mutex::new(()));
        let held = release.lock().unwrap();
        let first = flush_until_released(&s, &release, Err(libc::EIO));
        let second = {
            let s = s.clone();
            std::thread::spawn(move || s.flush_or_share(|| panic!("shares the running flush")))
        };
        until(|| s.waiting() == 1);
        drop(held);
        assert!(matches!(
            first.join().unwrap(),
            OwnAnswer::Flushed(Answer::Ran(Err(libc::EIO)))
        ));
        assert!(matches!(
            second.join().unwrap(),
            OwnAnswer::Flushed(Answer::Shared(Err(libc::EIO)))
        ));
        assert!(s.dirty.load(SeqCst), "the failed flush marks again");
        assert_eq!(s.notified.load(SeqCst), 1);
    }

    #[test]
    fn a_dirty_scope_waits_for_the_running_flush_then_runs_its_own() {
        let s = Arc::new(Scope::default());
        let release = Arc::new(std::sync::Mutex::new(()));
        let held = release.lock().unwrap();
        let first = flush_until_released(&s, &release, Ok(()));
        // A write after the first flush began.
        s.mark();
        let ran = Arc::new(AtomicUsize::new(0));
        let second = {
            let (s, ran) = (s.clone(), ran.clone());
            std::thread::spawn(move || {
                s.flush_or_share(|| {
                    ran.fetch_add(1, SeqCst);
                    Ok(())
                })
            })
        };
        until(|| s.waiting() == 1);
        assert_eq!(ran.load(SeqCst), 0, "not while another flush runs");
        drop(held);
        first.join().unwrap();
        assert!(matches!(
            second.join().unwrap(),
            OwnAnswer::Flushed(Answer::Ran(Ok(())))
        ));
        assert_eq!(ran.load(SeqCst), 1);
    }

    #[test]
    fn no_wake_up_without_a_sleeper() {
        let s = Scope::default();
        s.mark();
        let _ = s.flush_or_share(|| Ok(()));
        let _ = s.commit(|_| ((), Ok(())));
        assert_eq!(s.notified.load(SeqCst), 0);
    }
}
