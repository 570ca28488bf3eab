//! In-process cost of one emulated flush among many connections.
//!
//! Loads the built library like nbdkit does (tests/harness) and, for
//! comparison, nbdkit's own multi-conn filter, opens N connections over
//! fake next layers whose flush only counts, has every connection read
//! (from another thread, as nbdkit's request threads would) and the first
//! one write, then times the first one's flush.  What is left is each
//! filter's own cost per replicated flush.
//!
//! Run: `cargo bench --bench fanout` (MULTICONN_BENCH_FANOUT_N=1024,256
//! by default; MULTICONN_BENCH_FANOUT_ITERS=200).

#[path = "../tests/harness/mod.rs"]
mod harness;

use harness::ffi::NBDKIT_THREAD_MODEL_PARALLEL;
use harness::{Conn, Filter, Plugin};
use std::time::Instant;

fn env_list(name: &str, default: &[usize]) -> Vec<usize> {
    std::env::var(name)
        .ok()
        .map(|s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect())
        .unwrap_or_else(|| default.to_vec())
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

/// Median wall time of one flush on `conns[0]`, in microseconds.
fn flush_us(conns: &[Conn], iters: usize) -> f64 {
    let mut buf = vec![0u8; 512];
    let mut times = Vec::with_capacity(iters);
    for i in 0..iters + 2 {
        std::thread::scope(|s| {
            s.spawn(|| {
                let mut b = vec![0u8; 512];
                for c in conns {
                    c.pread(&mut b, 0).expect("pread");
                }
            });
        });
        conns[0].pwrite(&buf, 0, 0).expect("pwrite");
        let t = Instant::now();
        conns[0].flush().expect("flush");
        let us = t.elapsed().as_secs_f64() * 1e6;
        if i >= 2 {
            times.push(us);
        }
        buf[0] = buf[0].wrapping_add(1);
    }
    median(times)
}

fn open(f: &Filter, n: usize) -> Vec<Conn> {
    (0..n)
        .map(|_| {
            f.connect_to(harness::FakeNext::new(Plugin::new()), "")
                .expect("prepare")
        })
        .collect()
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let ns = env_list("MULTICONN_BENCH_FANOUT_N", &[256, 1024]);
    let iters = env_list("MULTICONN_BENCH_FANOUT_ITERS", &[200])[0];
    let theirs = harness::nbdkit_multi_conn_filter();
    let mut filters = vec![("multiconn", Filter::load())];
    if let Some(p) = &theirs {
        filters.push(("nbdkit", Filter::load_path(p)));
    }
    for (_, f) in &mut filters {
        f.config("multi-conn-mode", "emulate");
        f.get_ready(NBDKIT_THREAD_MODEL_PARALLEL);
    }
    for &n in &ns {
        for (name, f) in &filters {
            let conns = open(f, n);
            let us = flush_us(&conns, iters);
            let flushed = conns.iter().filter(|c| c.flushes() > 0).count();
            println!(
                "fanout: {name:9} N={n:5}: flush {us:8.1} us median, {:6.0} ns per connection ({flushed} connections flushed)",
                us * 1000.0 / n as f64
            );
        }
    }
}
