//! A small, bounded pool of reusable threads for replicated flushes.
//!
//! Threads are started only when a job finds none idle, never more than
//! [`MAX_THREADS`], and an idle thread exits after [`IDLE_EXIT`], so a filter
//! that never flushes more than one connection at a time never starts one and
//! a burst of flushes does not leave threads behind for long.

use parking_lot::{Condvar, Mutex};
use std::collections::VecDeque;
use std::sync::OnceLock;
use std::time::Duration;

/// The most threads the pool runs at once.  A wave of replicated flushes
/// larger than this (plus the calling thread) queues the rest.
pub const MAX_THREADS: usize = 64;

/// How long an idle thread waits for work before it exits.
pub const IDLE_EXIT: Duration = Duration::from_secs(10);

type Job = Box<dyn FnOnce() + Send + 'static>;

#[derive(Default)]
struct State {
    queue: VecDeque<Job>,
    threads: usize,
    idle: usize,
    /// Set by [`Pool::shutdown`]: idle threads exit at once.
    closing: bool,
    /// Every thread started and not yet joined.
    handles: Vec<std::thread::JoinHandle<()>>,
}

pub struct Pool {
    state: Mutex<State>,
    work: Condvar,
    max: usize,
}

impl Pool {
    pub fn new(max: usize) -> Pool {
        Pool {
            state: Mutex::new(State::default()),
            work: Condvar::new(),
            max: max.max(1),
        }
    }

    /// The process-wide pool.
    pub fn global() -> &'static Pool {
        static POOL: OnceLock<Pool> = OnceLock::new();
        POOL.get_or_init(|| Pool::new(MAX_THREADS))
    }

    /// Run `job` on a pool thread.  Jobs must not wait for other jobs.
    pub fn execute(&'static self, job: Job) {
        let mut st = self.state.lock();
        st.queue.push_back(job);
        if st.idle > st.queue.len() - 1 {
            self.work.notify_one();
        } else if st.threads < self.max {
            st.threads += 1;
            st.handles.retain(|h| !h.is_finished());
            let spawned = std::thread::Builder::new()
                .name("multiconn-flush".into())
                .spawn(move || self.worker());
            if let Ok(handle) = spawned {
                st.handles.push(handle);
            } else {
                // Could not start a thread: run the queue on the ones we have;
                // if there are none, the job runs here and now.
                st.threads -= 1;
                if st.threads == 0 {
                    let job = st.queue.pop_back().expect("just pushed");
                    drop(st);
                    job();
                }
            }
        }
    }

    fn worker(&self) {
        let mut st = self.state.lock();
        loop {
            if let Some(job) = st.queue.pop_front() {
                drop(st);
                // Jobs catch their own panics (flush.rs); this is a backstop so
                // that a panicking job cannot take a thread count with it.
                let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
                st = self.state.lock();
                continue;
            }
            if st.closing {
                break;
            }
            st.idle += 1;
            let timed_out = self.work.wait_for(&mut st, IDLE_EXIT).timed_out();
            st.idle -= 1;
            if timed_out && st.queue.is_empty() {
                break;
            }
        }
        st.threads -= 1;
    }

    /// Let every thread finish its work and exit, and wait until they have.
    /// Called when nbdkit unloads the filter: no thread may still be running
    /// the library's code once nbdkit unmaps it.
    pub fn shutdown(&self) {
        let handles = {
            let mut st = self.state.lock();
            st.closing = true;
            self.work.notify_all();
            std::mem::take(&mut st.handles)
        };
        for h in handles {
            let _ = h.join();
        }
        self.state.lock().closing = false;
    }

    /// Threads currently alive (for tests and statistics).
    pub fn threads(&self) -> usize {
        self.state.lock().threads
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::mpsc;

    #[test]
    fn runs_every_job_on_a_bounded_number_of_threads() {
        let pool: &'static Pool = Box::leak(Box::new(Pool::new(4)));
        let done = std::sync::Arc::new(AtomicUsize::new(0));
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
        assert!(pool.threads() <= 4);
    }
}
