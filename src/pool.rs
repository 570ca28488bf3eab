//! A small, bounded pool of reusable threads for replicated flushes.
//!
//! Threads are started only when a job finds none idle, never more than
//! the pool's maximum, and an idle thread exits after [`IDLE_EXIT`], so a
//! filter that never flushes more than one connection at a time never starts
//! one and a burst of flushes does not leave threads behind for long.
//!
//! Every thread the pool starts is joined: one that exited while idle is
//! joined by the next start or by [`Pool::shutdown`], which nbdkit's
//! `.unload` calls, so no thread is still running (or exiting through) the
//! library's code when nbdkit unmaps it.

use crate::sync::thread::{self, JoinHandle};
use crate::sync::{Arc, Condvar, Mutex};
use std::collections::VecDeque;
// Not the scheduler's: a hint no argument relies on, which the scheduler
// need not interleave (see `Pool::job_cost_ns`).
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::time::Duration;

/// The most threads the filter's pool runs at once.  A phase of replicated
/// flushes larger than this (plus the calling thread) queues the rest.
pub const MAX_THREADS: usize = 64;

/// How long an idle thread waits for work before it exits.
pub const IDLE_EXIT: Duration = Duration::from_secs(10);

pub type Job = Box<dyn FnOnce() + Send + 'static>;

#[derive(Default)]
struct State {
    queue: VecDeque<Job>,
    threads: usize,
    idle: usize,
    /// Set by [`Pool::shutdown`]: idle threads exit at once.
    closing: bool,
    /// Every thread started and not yet joined, by number.
    handles: Vec<(u64, JoinHandle<()>)>,
    /// Threads that have exited (or are exiting) and wait to be joined.
    exited: Vec<u64>,
    started: u64,
    /// Threads whose handles have been taken out to be joined.
    joined: u64,
}

struct Inner {
    state: Mutex<State>,
    work: Condvar,
    max: usize,
    /// See [`Pool::job_cost_ns`].
    job_cost_ns: AtomicU64,
}

/// A cheap handle to one pool; clones share it.
#[derive(Clone)]
pub struct Pool(Arc<Inner>);

impl Pool {
    pub fn new(max: usize) -> Pool {
        Pool(Arc::new(Inner {
            state: Mutex::new(State::default()),
            work: Condvar::new(),
            max: max.max(1),
            job_cost_ns: AtomicU64::new(u64::MAX),
        }))
    }

    /// What one job of the kind this pool runs costs, in nanoseconds, as
    /// its users last measured it (`u64::MAX` until they have): kept here
    /// because the pool is one per filter, shared by every group, as the
    /// plugin they flush is.  The flush engine stores its latest measured
    /// plugin flush cost (`flush/cost.rs`), so that a group not yet
    /// measured starts from what the other groups found.  Only a hint for
    /// how to run a phase: any value stored is one a group measured.
    pub fn job_cost_ns(&self) -> u64 {
        self.0.job_cost_ns.load(Relaxed)
    }

    pub fn set_job_cost_ns(&self, ns: u64) {
        if self.0.job_cost_ns.load(Relaxed) != ns {
            self.0.job_cost_ns.store(ns, Relaxed);
        }
    }

    /// Run `job` on a pool thread.  Jobs must not wait for other jobs.
    pub fn execute(&self, job: Job) {
        let inner = &self.0;
        let mut st = inner.state.lock();
        st.queue.push_back(job);
        if st.idle >= st.queue.len() {
            inner.work.notify_one();
            return;
        }
        if st.threads >= inner.max {
            return;
        }
        let reap = reap(&mut st);
        st.threads += 1;
        st.started += 1;
        let number = st.started;
        // Started without the lock: starting a thread takes tens of
        // microseconds, during which the threads already started would
        // otherwise wait for the lock to take the jobs queued.  The thread
        // is counted, so no other call starts one in its place; `shutdown`
        // runs only when nothing flushes, so none is started meanwhile.
        drop(st);
        join_all(reap);
        let me = self.clone();
        let spawned = thread::Builder::new()
            .name("multiconn-flush".into())
            .spawn(move || me.worker(number));
        let mut st = inner.state.lock();
        match spawned {
            Ok(handle) => st.handles.push((number, handle)),
            Err(_) => {
                // Could not start a thread: the queue runs on the ones there
                // are.  With none (and none being started: those are
                // counted), every job queued runs here and now, the jobs of
                // other calls whose threads failed to start too.
                st.threads -= 1;
                while st.threads == 0 {
                    let Some(job) = st.queue.pop_front() else {
                        break;
                    };
                    drop(st);
                    job();
                    st = inner.state.lock();
                }
            }
        }
    }

    fn worker(&self, number: u64) {
        let inner = &self.0;
        let mut st = inner.state.lock();
        loop {
            if let Some(job) = st.queue.pop_front() {
                drop(st);
                // Jobs catch their own panics (flush/phase.rs); this is a backstop
                // so that a panicking job cannot take a thread count with it.
                let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
                st = inner.state.lock();
                continue;
            }
            if st.closing {
                break;
            }
            st.idle += 1;
            let (guard, timed_out) = inner.work.wait_timeout(st, IDLE_EXIT);
            st = guard;
            st.idle -= 1;
            // Exit only when idle for the whole timeout and nothing is
            // queued; a job queued meanwhile is taken (its `execute` may
            // have counted on this thread and notified nobody else).  Woken
            // for a job another thread took, wait again.
            if timed_out && st.queue.is_empty() {
                break;
            }
        }
        st.threads -= 1;
        st.exited.push(number);
    }

    /// Let every thread finish its work and exit, and join them all.
    pub fn shutdown(&self) {
        let handles = {
            let mut st = self.0.state.lock();
            st.closing = true;
            self.0.work.notify_all();
            st.exited.clear();
            st.joined += st.handles.len() as u64;
            std::mem::take(&mut st.handles)
        };
        join_all(handles);
        self.0.state.lock().closing = false;
    }

    /// Threads currently alive (for tests and statistics).
    pub fn threads(&self) -> usize {
        self.0.state.lock().threads
    }

    /// Threads started and threads joined so far (for tests): equal after
    /// [`Pool::shutdown`].
    pub fn started_and_joined(&self) -> (u64, u64) {
        let st = self.0.state.lock();
        (st.started, st.joined)
    }
}

/// The handles of threads that have exited, taken out to be joined.
fn reap(st: &mut State) -> Vec<(u64, JoinHandle<()>)> {
    let exited = std::mem::take(&mut st.exited);
    let (done, running) = std::mem::take(&mut st.handles)
        .into_iter()
        .partition(|(n, _)| exited.contains(n));
    st.handles = running;
    st.joined += done.len() as u64;
    done
}

fn join_all(handles: Vec<(u64, JoinHandle<()>)>) {
    for (_, h) in handles {
        let _ = h.join();
    }
}

#[cfg(all(test, not(shuttle)))]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::mpsc;

    #[test]
    fn runs_every_job_on_a_bounded_number_of_threads_and_joins_them() {
        let pool = Pool::new(4);
        let done = Arc::new(AtomicUsize::new(0));
        let (tx, rx) = mpsc::channel();
        for _ in 0..100 {
            let done = done.clone();
            let tx = tx.clone();
            pool.execute(Box::new(move || {
                std::thread::sleep(Duration::from_millis(1));
                done.fetch_add(1, Ordering::SeqCst);
                tx.send(()).unwrap();
            }));
            assert!(pool.threads() <= 4);
        }
        for _ in 0..100 {
            rx.recv_timeout(Duration::from_secs(10)).unwrap();
        }
        assert_eq!(done.load(Ordering::SeqCst), 100);
        pool.shutdown();
        assert_eq!(pool.threads(), 0);
        assert!(pool.0.state.lock().handles.is_empty());
    }
}
