//! A model checker for the flush engine and the data path, under real
//! threads.
//!
//! Each history opens a few connections through the filter's own code
//! (`Registry`, `request`, `flush`) over a simulated plugin that keeps a
//! write-back cache per connection and whose reads can complete late (take
//! the data, yield, then fill the cache).  Client threads issue random writes
//! (some with FUA), reads, caches and flushes; nbdkit's thread model is
//! imitated with locks around each request.  After the history the checker
//! verifies:
//!
//! * consistency (emulate mode): a read sent after a flush reply sees every
//!   write that completed before that flush was sent, on any connection;
//! * the thread model: no two plugin calls overlap on one handle under
//!   serialize_requests, nor anywhere under serialize_all_requests;
//! * economy (connection tracking): a plugin flush only reaches a connection
//!   the two-pass rule allows: one that wrote since its last flush, or read
//!   since its last flush while some write happened in the group since then.
//!
//! `cargo test` runs a seeded subset; `scripts/model.sh` runs 100,000+
//! histories (MULTICONN_MODEL_HISTORIES, MULTICONN_MODEL_SEED).

#[path = "../src/test_support.rs"]
mod nbdkit_stubs;

use multiconn::config::{Mode, TrackDirty};
use multiconn::flush::{self, Backend, Cause, Errno, FlushCtx, Replication};
use multiconn::registry::{Conn, Joining, Registry};
use multiconn::request;
use multiconn::stats::Stats;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering::SeqCst};
use std::sync::{Arc, Mutex};

const BLOCKS: usize = 8;

/// xorshift64*: small, seedable, good enough to pick operations.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ThreadModel {
    SerializeAllRequests,
    SerializeRequests,
    Parallel,
}

/// The shared backing store and the plugin's own lock.
struct Store {
    backing: Mutex<[u64; BLOCKS]>,
    /// Writes so far in the whole export, and how many of them have been
    /// written back (for the economy check).
    writes: AtomicU64,
    written_back: AtomicU64,
    /// Plugin calls in flight anywhere (serialize_all_requests check).
    in_flight_all: AtomicUsize,
    violations: Mutex<Vec<String>>,
    thread_model: ThreadModel,
    clock: AtomicU64,
}

impl Store {
    fn violation(&self, v: String) {
        self.violations.lock().unwrap().push(v);
    }
    fn tick(&self) -> u64 {
        self.clock.fetch_add(1, SeqCst)
    }
}

/// One connection's handle in the simulated plugin.
struct Handle {
    id: usize,
    store: Arc<Store>,
    /// block -> (value, writes merged into it not yet written back)
    cache: Mutex<HashMap<usize, (u64, u64)>>,
    in_flight: AtomicUsize,
    /// For the economy check.
    wrote_since_flush: AtomicBool,
    read_since_flush: AtomicBool,
    writes_at_last_flush: AtomicU64,
    /// Whether some write anywhere was not yet written back when this
    /// handle last flushed: its cache may have been filled from a store
    /// about to change.
    pending_at_last_flush: AtomicBool,
    plugin_flushes: AtomicUsize,
}

/// Marks a plugin call on a handle, checking the thread model.
struct Call<'a>(&'a Handle);

impl<'a> Call<'a> {
    fn begin(h: &'a Handle, op: &str) -> Call<'a> {
        let s = &h.store;
        let here = h.in_flight.fetch_add(1, SeqCst);
        let all = s.in_flight_all.fetch_add(1, SeqCst);
        if here > 0 && s.thread_model != ThreadModel::Parallel {
            s.violation(format!("overlap on handle {} ({op})", h.id));
        }
        if all > 0 && s.thread_model == ThreadModel::SerializeAllRequests {
            s.violation(format!(
                "two plugin calls at once ({op} on handle {})",
                h.id
            ));
        }
        Call(h)
    }
}

impl Drop for Call<'_> {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, SeqCst);
        self.0.store.in_flight_all.fetch_sub(1, SeqCst);
    }
}

fn pause(rng_bits: u64) {
    match rng_bits % 4 {
        0 => std::thread::yield_now(),
        1 => std::hint::spin_loop(),
        _ => {}
    }
}

impl Handle {
    fn write(&self, block: usize, value: u64, fua: bool) {
        let _c = Call::begin(self, "write");
        self.wrote_since_flush.store(true, SeqCst);
        self.store.writes.fetch_add(1, SeqCst);
        let mut cache = self.cache.lock().unwrap();
        if fua {
            let merged = cache.remove(&block).map_or(0, |e| e.1);
            self.store.backing.lock().unwrap()[block] = value;
            self.store.written_back.fetch_add(merged + 1, SeqCst);
        } else {
            let e = cache.entry(block).or_insert((0, 0));
            *e = (value, e.1 + 1);
        }
    }

    /// Take the data, yield, then fill the cache: a late-completing read.
    fn read(&self, block: usize, late: u64) -> u64 {
        let _c = Call::begin(self, "read");
        self.read_since_flush.store(true, SeqCst);
        if let Some(&(v, _)) = self.cache.lock().unwrap().get(&block) {
            return v;
        }
        let v = self.store.backing.lock().unwrap()[block];
        for i in 0..late {
            pause(i);
        }
        if late > 0 {
            std::thread::yield_now();
        }
        self.cache.lock().unwrap().entry(block).or_insert((v, 0));
        v
    }

    fn flush(&self) {
        let _c = Call::begin(self, "flush");
        let s = &self.store;
        let needed = self.wrote_since_flush.load(SeqCst)
            || (self.read_since_flush.load(SeqCst)
                && (s.writes.load(SeqCst) > self.writes_at_last_flush.load(SeqCst)
                    || self.pending_at_last_flush.load(SeqCst)));
        if !needed {
            s.violation(format!(
                "flush of handle {} that needed none (wrote {} read {} writes {} at last flush {} pending then {} written back {})",
                self.id,
                self.wrote_since_flush.load(SeqCst),
                self.read_since_flush.load(SeqCst),
                s.writes.load(SeqCst),
                self.writes_at_last_flush.load(SeqCst),
                self.pending_at_last_flush.load(SeqCst),
                s.written_back.load(SeqCst)
            ));
        }
        self.wrote_since_flush.store(false, SeqCst);
        self.read_since_flush.store(false, SeqCst);
        self.plugin_flushes.fetch_add(1, SeqCst);
        let mut cache = self.cache.lock().unwrap();
        let mut backing = self.store.backing.lock().unwrap();
        for (&b, &(v, merged)) in cache.iter() {
            if merged > 0 {
                backing[b] = v;
                s.written_back.fetch_add(merged, SeqCst);
            }
        }
        cache.clear();
        let writes = s.writes.load(SeqCst);
        self.writes_at_last_flush.store(writes, SeqCst);
        self.pending_at_last_flush
            .store(s.written_back.load(SeqCst) < writes, SeqCst);
    }
}

#[derive(Clone)]
struct Plug(Arc<Handle>);

impl Backend for Plug {
    fn flush(&self) -> Result<(), Errno> {
        self.0.flush();
        Ok(())
    }
}

/// What the client saw, for the consistency check.
#[derive(Default)]
struct History {
    /// (completed at, block, value)
    writes: Vec<(u64, usize, u64)>,
    /// (sent at, replied at)
    flushes: Vec<(u64, u64)>,
    /// (sent at, block, value, connection)
    reads: Vec<(u64, usize, u64, usize)>,
}

#[derive(Clone, Copy, Debug)]
struct Setup {
    mode: Mode,
    track: TrackDirty,
    thread_model: ThreadModel,
    conns: usize,
    threads_per_conn: usize,
    ops: usize,
    check_consistency: bool,
    check_economy: bool,
}

/// Run one history; returns the violations found.
fn run(setup: Setup, seed: u64) -> Vec<String> {
    let store = Arc::new(Store {
        backing: Mutex::new([0; BLOCKS]),
        writes: AtomicU64::new(0),
        written_back: AtomicU64::new(0),
        in_flight_all: AtomicUsize::new(0),
        violations: Mutex::new(Vec::new()),
        thread_model: setup.thread_model,
        clock: AtomicU64::new(1),
    });
    let registry = Registry::default();
    let stats = Stats::default();
    let handles: Vec<_> = (0..setup.conns)
        .map(|id| {
            Arc::new(Handle {
                id,
                store: store.clone(),
                cache: Mutex::new(HashMap::new()),
                in_flight: AtomicUsize::new(0),
                wrote_since_flush: AtomicBool::new(false),
                read_since_flush: AtomicBool::new(false),
                writes_at_last_flush: AtomicU64::new(0),
                pending_at_last_flush: AtomicBool::new(false),
                plugin_flushes: AtomicUsize::new(0),
            })
        })
        .collect();
    let mode = match setup.mode {
        Mode::Auto => Mode::Emulate, // the simulated plugin lacks multi-conn
        m => m,
    };
    let conns: Vec<Arc<Conn<Plug>>> = handles
        .iter()
        .map(|h| {
            registry.join(
                Joining {
                    export: String::new(),
                    mode,
                    plugin_multi_conn: false,
                    backend: Plug(h.clone()),
                },
                false,
            )
        })
        .collect();
    let replication = match setup.thread_model {
        ThreadModel::SerializeAllRequests => Replication::Sequential,
        _ => Replication::Concurrent,
    };
    let ctx = FlushCtx {
        track: setup.track,
        replication,
        stats: &stats,
    };
    // nbdkit's request locks: one for all requests, or one per connection.
    let all_lock = Mutex::new(());
    let conn_locks: Vec<_> = (0..setup.conns).map(|_| Mutex::new(())).collect();
    let history = Mutex::new(History::default());
    let next_value = AtomicU64::new(1);

    std::thread::scope(|s| {
        for c in 0..setup.conns {
            for t in 0..setup.threads_per_conn {
                let (conn, handle) = (&conns[c], &handles[c]);
                let (ctx, history, store) = (&ctx, &history, &store);
                let (all_lock, conn_lock, next_value) = (&all_lock, &conn_locks[c], &next_value);
                let mut rng = Rng::new(seed ^ ((c as u64) << 32) ^ ((t as u64 + 1) * 7919));
                s.spawn(move || {
                    for _ in 0..setup.ops {
                        let _all = (setup.thread_model == ThreadModel::SerializeAllRequests)
                            .then(|| all_lock.lock().unwrap());
                        let _conn = (setup.thread_model == ThreadModel::SerializeRequests)
                            .then(|| conn_lock.lock().unwrap());
                        // Each block is written by one thread only, so its
                        // values grow in completion order.
                        let writer_slot = c * setup.threads_per_conn + t;
                        let op = rng.below(10);
                        let block = rng.below(BLOCKS as u64) as usize;
                        match op {
                            0..=2
                                if block % (setup.conns * setup.threads_per_conn)
                                    == writer_slot =>
                            {
                                let value = next_value.fetch_add(1, SeqCst);
                                let fua = rng.below(4) == 0;
                                request::write(
                                    conn,
                                    fua,
                                    || *ctx,
                                    |keep_fua| {
                                        handle.write(block, value, keep_fua);
                                        Ok(())
                                    },
                                )
                                .unwrap();
                                let at = store.tick();
                                history.lock().unwrap().writes.push((at, block, value));
                            }
                            0..=5 => {
                                let late = rng.below(3) * rng.below(8);
                                let sent = store.tick();
                                let v = request::read(conn, || handle.read(block, late));
                                history.lock().unwrap().reads.push((sent, block, v, c));
                            }
                            6 => {
                                request::read(conn, || handle.read(block, 0));
                            }
                            _ => {
                                let sent = store.tick();
                                flush::flush(conn, Cause::Client, ctx).unwrap();
                                let replied = store.tick();
                                history.lock().unwrap().flushes.push((sent, replied));
                            }
                        }
                        pause(rng.next());
                    }
                });
            }
        }
    });
    for c in &conns {
        registry.leave(c);
    }

    let mut violations = std::mem::take(&mut *store.violations.lock().unwrap());
    if !setup.check_economy {
        violations.retain(|v| !v.contains("needed none"));
    }
    if setup.check_consistency {
        violations.extend(check_consistency(&history.into_inner().unwrap()));
    }
    violations
}

/// Every read sent after a flush reply sees every write completed before
/// that flush was sent.
fn check_consistency(h: &History) -> Vec<String> {
    let mut out = Vec::new();
    for &(sent, block, value, conn) in &h.reads {
        // The latest flush that was sent... and answered before this read.
        let Some(cut) = h.flushes.iter().filter(|f| f.1 < sent).map(|f| f.0).max() else {
            continue;
        };
        let required = h
            .writes
            .iter()
            .filter(|w| w.1 == block && w.0 < cut)
            .map(|w| w.2)
            .max()
            .unwrap_or(0);
        if value < required {
            out.push(format!(
                "stale read on connection {conn}: block {block} gave {value}, a flush had made {required} visible"
            ));
        }
    }
    out
}

fn setups(check: bool) -> Vec<Setup> {
    let mut v = Vec::new();
    for mode in [
        Mode::Auto,
        Mode::Emulate,
        Mode::Plugin,
        Mode::Disable,
        Mode::Unsafe,
    ] {
        for track in [TrackDirty::Connection, TrackDirty::Fast, TrackDirty::Off] {
            for thread_model in [
                ThreadModel::Parallel,
                ThreadModel::SerializeRequests,
                ThreadModel::SerializeAllRequests,
            ] {
                let emulated = matches!(mode, Mode::Auto | Mode::Emulate);
                v.push(Setup {
                    mode,
                    track,
                    thread_model,
                    conns: 3,
                    threads_per_conn: if thread_model == ThreadModel::Parallel {
                        2
                    } else {
                        1
                    },
                    ops: 12,
                    // Only emulation promises consistency over this plugin.
                    check_consistency: check && emulated,
                    // Economy is the two-pass rule of emulate + connection.
                    check_economy: emulated && track == TrackDirty::Connection,
                });
            }
        }
    }
    v
}

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

#[test]
fn random_histories_have_no_violations() {
    // RUST_LOG=debug shows the engine's flush lines.
    let _ = env_logger::builder().is_test(true).try_init();
    let histories = env_u64("MULTICONN_MODEL_HISTORIES", 3_000);
    let seed = env_u64("MULTICONN_MODEL_SEED", 2026);
    let setups = setups(true);
    let mut rng = Rng::new(seed);
    let mut per_setup = vec![0u64; setups.len()];
    for i in 0..histories {
        let k = (i as usize) % setups.len();
        let s = setups[k];
        let h_seed = rng.next();
        let v = run(s, h_seed);
        assert!(
            v.is_empty(),
            "history {i} (seed {h_seed:#x}) of {s:?}:\n{}",
            v.join("\n")
        );
        per_setup[k] += 1;
    }
    println!(
        "model: {histories} histories over {} setups (seed {seed}, at least {} each), 0 violations",
        setups.len(),
        per_setup.iter().min().unwrap_or(&0)
    );
}

/// The checker must be able to fail: without replication (disable mode
/// checked as if it promised multi-conn) stale reads appear.
#[test]
fn checker_catches_a_filter_that_does_not_replicate() {
    let setup = Setup {
        mode: Mode::Disable,
        track: TrackDirty::Connection,
        thread_model: ThreadModel::Parallel,
        conns: 3,
        threads_per_conn: 2,
        ops: 40,
        check_consistency: true,
        check_economy: false,
    };
    let mut rng = Rng::new(7);
    let found = (0..400).any(|_| {
        run(setup, rng.next())
            .iter()
            .any(|v| v.starts_with("stale read"))
    });
    assert!(
        found,
        "no stale read found without replication: the checker is blind"
    );
}
