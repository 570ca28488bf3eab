//! In-process cost of a group commit with many waiters: N connections,
//! each on its own thread, write and then flush at the same moment.  One
//! emulated flush runs; the clients that asked meanwhile wait on the
//! group's condition variable and are answered by the next one, so what
//! is measured is mostly waking N waiters (a futex wake each with the
//! standard library's condition variable; parking_lot's requeues them onto
//! the mutex).
//!
//! Run: `cargo bench --bench commit` (MULTICONN_BENCH_COMMIT_N=1024 by
//! default, MULTICONN_BENCH_COMMIT_ROUNDS=30).  MULTICONN_BENCH_COMMIT_LIBS
//! names several builds of the library (comma separated) to compare in one
//! run, rounds interleaved; by default the built one.

#[path = "../tests/harness/mod.rs"]
mod harness;

use harness::ffi::NBDKIT_THREAD_MODEL_PARALLEL;
use harness::{Conn, Filter, Plugin};
use std::sync::Barrier;
use std::time::Instant;

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(default)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

/// Wall time from the moment every connection's thread is released until
/// the last flush is answered, in microseconds.
fn burst_us(conns: &[Conn]) -> f64 {
    let start = Barrier::new(conns.len() + 1);
    let mut t = Instant::now();
    std::thread::scope(|s| {
        for c in conns {
            let start = &start;
            s.spawn(move || {
                c.pwrite(&[1; 512], 0, 0).expect("pwrite");
                start.wait();
                c.flush().expect("flush");
            });
        }
        start.wait();
        t = Instant::now();
    });
    t.elapsed().as_secs_f64() * 1e6
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let n = env_usize("MULTICONN_BENCH_COMMIT_N", 1024);
    let rounds = env_usize("MULTICONN_BENCH_COMMIT_ROUNDS", 30);
    let libs: Vec<String> = std::env::var("MULTICONN_BENCH_COMMIT_LIBS")
        .map(|s| s.split(',').map(str::to_owned).collect())
        .unwrap_or_else(|_| vec![harness::library_path().display().to_string()]);
    let setups: Vec<(String, Filter, Vec<Conn>)> = libs
        .iter()
        .map(|lib| {
            let mut f = Filter::load_path(std::path::Path::new(lib));
            f.config("multi-conn-mode", "emulate");
            f.get_ready(NBDKIT_THREAD_MODEL_PARALLEL);
            let conns = (0..n)
                .map(|_| {
                    f.connect_to(harness::FakeNext::new(Plugin::new()), "")
                        .expect("prepare")
                })
                .collect();
            (lib.clone(), f, conns)
        })
        .collect();
    let mut times = vec![Vec::new(); setups.len()];
    for round in 0..rounds + 2 {
        for i in 0..setups.len() {
            // Rotate the order between rounds.
            let k = (i + round) % setups.len();
            let us = burst_us(&setups[k].2);
            if round >= 2 {
                times[k].push(us);
            }
        }
    }
    for ((lib, _, conns), t) in setups.iter().zip(times) {
        let flushes: usize = conns.iter().map(|c| c.flushes()).sum();
        println!(
            "commit: N={n:5} {:8.0} us median over {rounds} bursts ({flushes} plugin flushes in all): {lib}",
            median(t)
        );
    }
}
