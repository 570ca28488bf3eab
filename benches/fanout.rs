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
//! by default; MULTICONN_BENCH_FANOUT_ITERS=200).  Unpinned, the reading
//! thread lands on the flushing thread's CPU in some runs and not in
//! others, and the figures jump between the two cases;
//! MULTICONN_BENCH_FANOUT_CPUS=0,1 pins the flushing thread to CPU 0 and
//! the reading one to CPU 1 (each connection's state then moves between
//! CPUs, as in nbdkit, whose request threads run anywhere), `0,0` both to
//! CPU 0.

#[path = "../tests/harness/mod.rs"]
mod harness;

use harness::ffi::NBDKIT_THREAD_MODEL_PARALLEL;
use harness::{Conn, Filter, Plugin};
use std::sync::atomic::{
    AtomicU64,
    Ordering::{Relaxed, SeqCst},
};
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

/// Pin the calling thread to `cpu`, if given.
fn pin(cpu: Option<usize>) {
    let Some(cpu) = cpu else { return };
    // SAFETY: a zeroed cpu_set_t is an empty set; the calls only read it.
    unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        libc::CPU_SET(cpu, &mut set);
        if libc::sched_setaffinity(0, std::mem::size_of_val(&set), &set) != 0 {
            panic!(
                "sched_setaffinity({cpu}): {}",
                std::io::Error::last_os_error()
            );
        }
    }
}

/// Median wall time of one flush on `conns[0]`, in microseconds.  With
/// `cpus`, the flushing thread runs on the first CPU and the reading thread
/// on the second (the same CPU twice: everything on one).
fn flush_us(conns: &[Conn], iters: usize, cpus: Option<(usize, usize)>) -> f64 {
    pin(cpus.map(|c| c.0));
    let mut buf = vec![0u8; 512];
    let mut times = Vec::with_capacity(iters);
    for i in 0..iters + 2 {
        std::thread::scope(|s| {
            s.spawn(|| {
                pin(cpus.map(|c| c.1));
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
    let cpus = match env_list("MULTICONN_BENCH_FANOUT_CPUS", &[])[..] {
        [] => None,
        [a, b] => Some((a, b)),
        _ => panic!("MULTICONN_BENCH_FANOUT_CPUS: expected FLUSHER,READER"),
    };
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
            let us = flush_us(&conns, iters, cpus);
            let flushed = conns.iter().filter(|c| c.flushes() > 0).count();
            println!(
                "fanout: {name:9} N={n:5}: flush {us:8.1} us median, {:6.0} ns per connection ({flushed} connections flushed)",
                us * 1000.0 / n as f64
            );
        }
        let us = floor_us(n, iters, cpus);
        println!(
            "fanout: floor     N={n:5}: flush {us:8.1} us median, {:6.0} ns per connection (the atomics the rules need, nothing else)",
            us * 1000.0 / n as f64
        );
    }
}

/// One connection's words in [`floor_us`], as far apart as the filter's
/// connections are (about 200 bytes).
#[repr(align(64))]
struct Words {
    gate: AtomicU64,
    dirty: AtomicU64,
    _rest: [u64; 22],
}

/// What a flush among `n` connections that all read cannot do without, by
/// the rules of `src/flush/emulate.rs`: per reader, hold its reads (an
/// atomic or), look that none is inside (a load), take its `READ` bit (an
/// atomic and), flush it (an indirect call that only counts), open its
/// reads (an atomic and); per read on another thread, enter and leave the
/// gate (an add and a subtract) and mark `READ` (a load when it is set, an
/// or when not).  Without the engine's bookkeeping around them; the
/// median, in microseconds, as [`flush_us`] measures.
fn floor_us(n: usize, iters: usize, cpus: Option<(usize, usize)>) -> f64 {
    const HOLD: u64 = 1 << 60;
    const READ: u64 = 1;
    let conns: Vec<Words> = (0..n)
        .map(|_| Words {
            gate: AtomicU64::new(0),
            dirty: AtomicU64::new(0),
            _rest: [0; 22],
        })
        .collect();
    let flushes = AtomicU64::new(0);
    let flush: fn(&AtomicU64) = |c| {
        c.fetch_add(1, Relaxed);
    };
    let flush = std::hint::black_box(flush);
    pin(cpus.map(|c| c.0));
    let mut times = Vec::with_capacity(iters);
    for i in 0..iters + 2 {
        std::thread::scope(|s| {
            s.spawn(|| {
                pin(cpus.map(|c| c.1));
                for c in &conns {
                    c.gate.fetch_add(1, SeqCst);
                    if c.dirty.load(SeqCst) & READ == 0 {
                        c.dirty.fetch_or(READ, SeqCst);
                    }
                    c.gate.fetch_sub(1, SeqCst);
                }
            });
        });
        let t = Instant::now();
        for c in &conns {
            let held = c.gate.fetch_or(HOLD, SeqCst);
            assert_eq!(c.gate.load(SeqCst) & !HOLD, 0, "{held}");
            c.dirty.fetch_and(!READ, SeqCst);
            flush(&flushes);
            c.gate.fetch_and(!HOLD, SeqCst);
        }
        let us = t.elapsed().as_secs_f64() * 1e6;
        if i >= 2 {
            times.push(us);
        }
    }
    median(times)
}
