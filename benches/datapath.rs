//! In-process cost of the filter on the data path.
//!
//! Loads the built library like nbdkit does (tests/harness), opens a
//! connection in emulate mode over a no-op next layer, and times `pread` and
//! `pwrite` through the filter's callbacks against calling the no-op next
//! layer directly.  Times are CPU time of the benchmark thread.  Then counts heap allocations made by the data path code
//! (`multiconn::request`, which the callbacks run) with a counting allocator.
//!
//! Run: `cargo bench --bench datapath` (scripts/bench.sh includes it).

#[path = "../tests/harness/mod.rs"]
mod harness;

use harness::ffi::NBDKIT_THREAD_MODEL_PARALLEL;
use harness::{Filter, Plugin};
use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{
    AtomicBool, AtomicU64, AtomicUsize,
    Ordering::{Relaxed, SeqCst},
};

struct Counting;
static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards to the system allocator, only counting.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(p, l) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

const DEFAULT_CALLS: u32 = 2_000_000;
const ROUNDS: usize = 7;

/// CPU time of this thread, so that other load on the machine (preemption)
/// does not count.
fn thread_cpu_ns() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: a valid timespec to fill.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 * 1e9 + ts.tv_nsec as f64
}

/// Calls per measurement (MULTICONN_BENCH_CALLS overrides, e.g. for a run
/// under callgrind).
fn calls() -> u32 {
    std::env::var("MULTICONN_BENCH_CALLS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(DEFAULT_CALLS)
}

fn ns_per_call(mut f: impl FnMut()) -> f64 {
    let calls = calls();
    let start = thread_cpu_ns();
    for _ in 0..calls {
        f();
    }
    (thread_cpu_ns() - start) / calls as f64
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let mut f = Filter::load();
    f.config("multi-conn-mode", "emulate");
    f.get_ready(NBDKIT_THREAD_MODEL_PARALLEL);
    let plugin = Plugin::new();
    let conn = f
        .connect_to(harness::FakeNext::noop(plugin), "")
        .expect("prepare");
    let mut buf = vec![0u8; 4096];

    // Interleave the variants so that drift affects all alike.
    let (mut direct_r, mut filter_r, mut direct_w, mut filter_w) = (vec![], vec![], vec![], vec![]);
    let (mut floor_r, mut floor_w) = (vec![], vec![]);
    // The floor: what the rules need of a request and nothing else.  It
    // enters its connection's gate before the plugin call and leaves after
    // (an atomic add and subtract: a flush must be able to see it inside
    // and hold it out, `src/gate.rs`), and marks its dirty bit (a load,
    // the bit being set already) and, for a write, the group flag (a load).
    let (gate, dirty, flag) = (AtomicU64::new(0), AtomicU64::new(3), AtomicBool::new(true));
    let request = |bit: u64, write: bool, call: &mut dyn FnMut()| {
        let gate = black_box(&gate);
        gate.fetch_add(1, SeqCst);
        if dirty.load(SeqCst) & bit == 0 {
            dirty.fetch_or(bit, SeqCst);
        }
        if write && !flag.load(SeqCst) {
            flag.store(true, SeqCst);
        }
        call();
        gate.fetch_sub(1, SeqCst);
    };
    for _ in 0..ROUNDS {
        floor_r.push(ns_per_call(|| {
            request(1, false, &mut || {
                black_box(conn.next.direct_pread(&mut buf, 0));
            })
        }));
        floor_w.push(ns_per_call(|| {
            request(2, true, &mut || {
                black_box(conn.next.direct_pwrite(&buf, 0));
            })
        }));
        direct_r.push(ns_per_call(|| {
            black_box(conn.next.direct_pread(&mut buf, 0));
        }));
        filter_r.push(ns_per_call(|| {
            black_box(conn.pread(&mut buf, 0)).unwrap();
        }));
        direct_w.push(ns_per_call(|| {
            black_box(conn.next.direct_pwrite(&buf, 0));
        }));
        filter_w.push(ns_per_call(|| {
            black_box(conn.pwrite(&buf, 0, 0)).unwrap();
        }));
    }
    // The same measurement through nbdkit's own filter, for comparison.
    let theirs = harness::nbdkit_multi_conn_filter();
    if let Some(path) = theirs {
        let mut g = Filter::load_path(&path);
        g.config("multi-conn-mode", "emulate");
        g.get_ready(NBDKIT_THREAD_MODEL_PARALLEL);
        let c2 = g
            .connect_to(harness::FakeNext::noop(Plugin::new()), "")
            .expect("prepare");
        let (mut r, mut w) = (vec![], vec![]);
        for _ in 0..ROUNDS {
            r.push(ns_per_call(|| {
                black_box(c2.pread(&mut buf, 0)).unwrap();
            }));
            w.push(ns_per_call(|| {
                black_box(c2.pwrite(&buf, 0, 0)).unwrap();
            }));
        }
        println!(
            "datapath: nbdkit-multi-conn-filter.so: pread {:.1} ns, pwrite {:.1} ns",
            median(r),
            median(w)
        );
    }

    let (dr, fr, dw, fw) = (
        median(direct_r),
        median(filter_r),
        median(direct_w),
        median(filter_w),
    );
    println!(
        "datapath: pread  direct {dr:.1} ns, through filter {fr:.1} ns, added {:.1} ns/call",
        fr - dr
    );
    println!(
        "datapath: pwrite direct {dw:.1} ns, through filter {fw:.1} ns, added {:.1} ns/call",
        fw - dw
    );
    println!(
        "datapath: floor (gate add and subtract, dirty bit and group flag loads): pread added {:.1} ns, pwrite added {:.1} ns",
        median(floor_r) - dr,
        median(floor_w) - dw
    );

    // Allocations on the data path: the same code the callbacks run, in
    // this process so the counting allocator sees it.
    use multiconn::config::{Mode, TrackDirty};
    use multiconn::flush::{Backend, Errno, FlushCtx, Policy, Replication};
    use multiconn::pool::Pool;
    use multiconn::registry::{Joining, Registry};
    use multiconn::stats::Stats;
    struct NoOp;
    impl Backend for NoOp {
        fn flush(&self) -> Result<(), Errno> {
            Ok(())
        }
    }
    let registry = Registry::default();
    let c = registry
        .join(
            registry.next_id(),
            Joining {
                export: String::new(),

                export_key: Vec::new(),
                mode: Mode::Emulate,
                auto: false,
                can_flush: true,
                plugin_multi_conn: false,
                backend: NoOp,
            },
            false,
        )
        .expect("joins");
    let stats = Stats::default();
    let pool = Pool::new(1);
    let ctx = FlushCtx {
        track: TrackDirty::Connection,
        replication: Replication::Parallel,
        stats: &stats,
        pool: &pool,
        fan_out: Policy::Measured,
        alongside: Policy::Measured,
    };
    // Count from the second request, as before.
    multiconn::request::read(&c, || ctx, || black_box(0)).unwrap();
    let before = ALLOCATIONS.load(Relaxed);
    for _ in 0..100_000 {
        multiconn::request::read(&c, || ctx, || black_box(0)).unwrap();
        multiconn::request::write(&c, false, || ctx, |_| Ok(())).unwrap();
    }
    let allocs = ALLOCATIONS.load(Relaxed) - before;
    println!("datapath: allocations in 200000 data-path calls: {allocs}");

    // Memory per connection: the filter's connection record (in an Arc, with
    // the export name's bytes), its handle (export name and a pointer), and
    // one pointer in the group.
    let conn_bytes = std::mem::size_of::<multiconn::registry::Conn<multiconn::door::NextBackend>>()
        + 2 * std::mem::size_of::<usize>() // Arc counts
        + std::mem::size_of::<String>() + 6 * std::mem::size_of::<usize>() // handle
        + std::mem::size_of::<usize>(); // member list entry
    println!("memory: {conn_bytes} bytes per connection plus three times its export name's length");

    // Joining and leaving a group with many connections open.
    for open in [256usize, 1024] {
        let registry = Registry::default();
        let joining = || Joining {
            export: String::new(),

            export_key: Vec::new(),
            mode: Mode::Emulate,
            auto: false,
            can_flush: true,
            plugin_multi_conn: false,
            backend: NoOp,
        };
        let start = thread_cpu_ns();
        let conns: Vec<_> = (0..open)
            .map(|_| {
                registry
                    .join(registry.next_id(), joining(), false)
                    .expect("joins")
            })
            .collect();
        let joined = thread_cpu_ns();
        for c in &conns {
            registry.leave(c, || ());
        }
        let left = thread_cpu_ns();
        println!(
            "registry: {open} connections: join {:.0} ns, leave {:.0} ns per connection",
            (joined - start) / open as f64,
            (left - joined) / open as f64
        );
    }
    drop(conn);
}
