//! The model checker's machinery, shared by `tests/model.rs` (the filter as
//! built) and `tests/model_faults.rs` (the filter with deliberate faults,
//! to show that the checks can fail).
//!
//! Each history opens a few connections through the filter's own code
//! (`Registry`, `request`, `flush`) over a simulated plugin that keeps a
//! write-back cache per connection and whose reads can complete late (take
//! the data, yield, then fill the cache).  Client threads issue random writes
//! (some with FUA), reads, caches and flushes; nbdkit's thread model is
//! imitated with locks around each request.  Under the parallel model
//! several threads share a connection, so a connection reads and writes
//! while its own flush and other connections' flushes run: reads that fetch
//! before a write-back and fill after a drop, writers that read during the
//! write-back phase.  After the history the checker verifies:
//!
//! * consistency (emulate mode): a read sent after a flush reply sees every
//!   write that completed before that flush was sent, on any connection;
//! * the thread model: no two plugin calls overlap on one handle under
//!   serialize_requests, nor anywhere under serialize_all_requests;
//! * economy (connection tracking): a plugin flush only reaches a connection
//!   that the two-pass rule allows, or that a request really overlapped:
//!   one with a write that ended after the connection's previous flush could
//!   have taken its bits (the start of the oldest client flush then in
//!   progress), or with such a read while some write happened since its
//!   previous flush, was pending at its end, or overlapped a client flush
//!   and ended after that point, or while a write is in progress on any
//!   connection (inside a gate, a write marks the group dirty again),
//!   or the read itself began while a write was pending or a client flush
//!   was in progress, fetched while a write was pending, saw a write or
//!   write-back happen while it ran, or overlapped a client flush or a
//!   plugin flush of its connection.

#![allow(dead_code)]

use multiconn::config::{Mode, TrackDirty};
use multiconn::flush::{self, Backend, Cause, Errno, FlushCtx, Policy, Replication};
use multiconn::pool::Pool;
use multiconn::registry::{Conn, Joining, Registry};
use multiconn::request;
use multiconn::stats::Stats;
use multiconn::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, SeqCst};
use multiconn::sync::{thread, Arc, Mutex};
use std::collections::HashMap;

pub const BLOCKS: usize = 8;

/// xorshift64*: small, seedable, good enough to pick operations.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThreadModel {
    SerializeAllRequests,
    SerializeRequests,
    Parallel,
}

/// Plugin events and the engine's log lines, in order (with
/// MULTICONN_MODEL_EVENTS=1).
static EVENTS: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

struct EventLog;

impl log::Log for EventLog {
    fn enabled(&self, _: &log::Metadata<'_>) -> bool {
        true
    }
    fn log(&self, r: &log::Record<'_>) {
        EVENTS
            .lock()
            .unwrap()
            .push(format!("      engine: {}", r.args()));
    }
    fn flush(&self) {}
}

/// The shared backing store and the plugin's own lock.
struct Store {
    backing: Mutex<[u64; BLOCKS]>,
    /// Writes so far in the whole export, and how many of them have been
    /// written back (for the economy check).
    writes: AtomicU64,
    written_back: AtomicU64,
    /// Client flushes (and FUA writes, which flush) in progress: their send
    /// times, for the economy check.
    flushing: Mutex<Vec<u64>>,
    /// When the last write that overlapped a client flush ended: the filter
    /// may keep the group dirty for such a write although a flush covered it.
    overlapped_write_end: AtomicU64,
    /// Client flushes begun or ended so far.
    flush_events: AtomicU64,
    /// Client writes in progress on any connection (sent, not answered).
    /// One that has entered its connection's gate but not yet reached the
    /// plugin is not `pending` (it is not in `writes` yet), but a flush
    /// that finds it inside marks its connection and the group dirty again
    /// (rule 3), so the next drop phase rightly drops every reader.
    writes_in_progress: AtomicUsize,
    /// Plugin calls in flight anywhere (serialize_all_requests check).
    in_flight_all: AtomicUsize,
    violations: Mutex<Vec<String>>,
    thread_model: ThreadModel,
    clock: AtomicU64,
    /// What the plugin saw, kept with MULTICONN_MODEL_EVENTS=1 and shown
    /// after a history's violations.
    events: Option<Mutex<Vec<String>>>,
}

impl Store {
    fn violation(&self, v: String) {
        self.violations.lock().push(v);
    }
    fn tick(&self) -> u64 {
        self.clock.fetch_add(1, SeqCst)
    }
    fn event(&self, what: impl FnOnce() -> String) {
        if self.events.is_some() {
            let line = what();
            EVENTS
                .lock()
                .unwrap()
                .push(format!("{:5} {line}", self.tick()));
        }
    }
    fn pending(&self) -> bool {
        self.written_back.load(SeqCst) < self.writes.load(SeqCst)
    }
}

/// A client request on one connection, for the economy check.
struct Req {
    id: u64,
    write: bool,
    /// Ended at this tick; `None` while in progress.
    end: Option<u64>,
    /// A read that began while a write was pending or a flush in progress,
    /// fetched while a write was pending, saw the data change, or
    /// overlapped a client flush.
    risky: bool,
    /// (writes, written back) when it began.
    data: (u64, u64),
}

/// One connection's handle in the simulated plugin.
struct Handle {
    id: usize,
    store: Arc<Store>,
    /// block -> (value, writes merged into it not yet written back)
    cache: Mutex<HashMap<usize, (u64, u64)>>,
    in_flight: AtomicUsize,
    /// For the economy check: the client's requests on this connection,
    /// and about its last plugin flush: the earliest tick at which the
    /// filter could have taken its bits, the writes then, and whether some
    /// write was not yet written back at its end.
    requests: Mutex<Vec<Req>>,
    last_taken: AtomicU64,
    writes_at_last_flush: AtomicU64,
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
        0 => thread::yield_now(),
        1 => std::hint::spin_loop(),
        _ => {}
    }
}

impl Handle {
    fn write(&self, block: usize, value: u64, fua: bool) {
        let _c = Call::begin(self, "write");
        self.store.writes.fetch_add(1, SeqCst);
        self.store
            .event(|| format!("handle {} write block {block} = {value} fua {fua}", self.id));
        let mut cache = self.cache.lock();
        if fua {
            let merged = cache.remove(&block).map_or(0, |e| e.1);
            self.store.backing.lock()[block] = value;
            self.store.written_back.fetch_add(merged + 1, SeqCst);
        } else {
            let e = cache.entry(block).or_insert((0, 0));
            *e = (value, e.1 + 1);
        }
    }

    /// Take the data (from the cache or the store), yield, then fill the
    /// cache with it unless the block is there by then: a late-completing
    /// read, which refills a cache dropped meanwhile even after a cache hit
    /// (as tests/plugins/wbcache.py does).  Also says whether it fetched
    /// from the store while some write was not written back.
    fn read(&self, block: usize, late: u64) -> (u64, bool) {
        let _c = Call::begin(self, "read");
        let cached = self.cache.lock().get(&block).map(|e| e.0);
        let (v, pending) = match cached {
            Some(v) => (v, false),
            None => {
                let backing = self.store.backing.lock();
                (backing[block], self.store.pending())
            }
        };
        self.store.event(|| {
            format!(
                "handle {} read block {block}: {v} from {}",
                self.id,
                if cached.is_some() { "cache" } else { "store" }
            )
        });
        for i in 0..late {
            pause(i);
        }
        if late > 0 {
            thread::yield_now();
        }
        let filled = self.cache.lock().entry(block).or_insert((v, 0)).0;
        self.store.event(|| {
            format!(
                "handle {} read block {block}: filled, cache has {filled}",
                self.id
            )
        });
        (v, pending)
    }

    /// The plugin closes this handle (and a reconnecting client gets a new
    /// one): the cache is discarded, unwritten data included.
    fn discard(&self) {
        let _c = Call::begin(self, "close");
        self.store
            .event(|| format!("handle {} closed, cache discarded", self.id));
        self.cache.lock().clear();
    }

    /// A client request on this connection: recorded for the economy check.
    /// `f` returns its result and whether a read fetched stale-prone data.
    fn request<T>(&self, write: bool, f: impl FnOnce() -> (T, bool)) -> T {
        let s = &self.store;
        // What the request begins with is looked at as it joins the list,
        // under the list's lock, which a plugin flush of this handle takes
        // to mark the requests in progress: either that flush finds this
        // one, or this one finds the client flush around that flush in
        // progress.  (Looked at earlier, a client flush could begin and
        // flush this handle in between, and a read inside that client
        // flush would count as begun with none in progress.)
        let (id, flushing, events, data) = {
            let mut reqs = self.requests.lock();
            let flushing = !s.flushing.lock().is_empty();
            let events = s.flush_events.load(SeqCst);
            let data = (s.writes.load(SeqCst), s.written_back.load(SeqCst));
            let id = s.tick();
            reqs.push(Req {
                id,
                write,
                end: None,
                risky: s.pending() || flushing,
                data,
            });
            (id, flushing, events, data)
        };
        if write {
            s.writes_in_progress.fetch_add(1, SeqCst);
        }
        let (r, fetched_pending) = f();
        let overlapped =
            flushing || !s.flushing.lock().is_empty() || s.flush_events.load(SeqCst) != events;
        if write && overlapped {
            s.overlapped_write_end.fetch_max(s.tick(), SeqCst);
        }
        // Only now: a write that overlapped a client flush is in progress
        // or has its end recorded, never neither.
        if write {
            s.writes_in_progress.fetch_sub(1, SeqCst);
        }
        let end = s.tick();
        let mut reqs = self.requests.lock();
        if let Some(req) = reqs.iter_mut().find(|r| r.id == id) {
            req.end = Some(end);
            // A read during which data changed may have cached the old;
            // one that overlapped a client flush may have been inside its
            // connection when that flush took the connection's bits, which
            // then drops the connection again (rule 3), though it was done
            // by the time the plugin flush began.
            req.risky |= fetched_pending
                || overlapped
                || data != (s.writes.load(SeqCst), s.written_back.load(SeqCst));
        }
        r
    }

    fn check_economy(&self) {
        let s = &self.store;
        let since = self.last_taken.load(SeqCst);
        let writes = s.writes.load(SeqCst);
        let changed = writes > self.writes_at_last_flush.load(SeqCst)
            || self.pending_at_last_flush.load(SeqCst)
            || s.writes_in_progress.load(SeqCst) > 0
            || s.overlapped_write_end.load(SeqCst) > since;
        let reqs = self.requests.lock();
        let recent = |r: &&Req| r.end.is_none_or(|e| e > since);
        let wrote = reqs.iter().filter(recent).any(|r| r.write);
        let data = (writes, s.written_back.load(SeqCst));
        let read = reqs
            .iter()
            .filter(recent)
            .any(|r| !r.write && (changed || r.risky || (r.end.is_none() && r.data != data)));
        if !(wrote || read) {
            s.violation(format!(
                "flush of handle {} that needed none (requests since tick {}: {:?}; last overlapping write ended {}; writes {} at last flush {} pending then {} written back {})",
                self.id,
                since,
                reqs.iter().map(|r| (r.write, r.end, r.risky)).collect::<Vec<_>>(),
                s.overlapped_write_end.load(SeqCst),
                writes,
                self.writes_at_last_flush.load(SeqCst),
                self.pending_at_last_flush.load(SeqCst),
                s.written_back.load(SeqCst)
            ));
        }
    }

    fn flush(&self, slow: u64) {
        let _c = Call::begin(self, "flush");
        let s = &self.store;
        self.check_economy();
        // The filter took this connection's bits for this flush at or after
        // the oldest client flush in progress began.
        let taken = s.flushing.lock().iter().copied().min();
        self.last_taken
            .store(taken.unwrap_or_else(|| s.tick()), SeqCst);
        {
            let mut reqs = self.requests.lock();
            reqs.retain(|r| r.end.is_none_or(|e| e > taken.unwrap_or(0)));
            // A read that overlaps this flush may refill the cache after it:
            // the filter flushes such a connection again.
            for r in reqs.iter_mut().filter(|r| r.end.is_none()) {
                r.risky = true;
            }
        }
        self.plugin_flushes.fetch_add(1, SeqCst);
        log::trace!("plugin flush of handle {} at tick {}", self.id, s.tick());
        // A slow flush gives requests time to overlap it.
        for i in 0..slow {
            pause(i);
        }
        let mut cache = self.cache.lock();
        let mut backing = self.store.backing.lock();
        for (&b, &(v, merged)) in cache.iter() {
            if merged > 0 {
                backing[b] = v;
                s.written_back.fetch_add(merged, SeqCst);
            }
        }
        s.event(|| {
            format!(
                "handle {} flush: wrote back {:?}, dropped {:?}",
                self.id,
                cache
                    .iter()
                    .filter(|e| e.1 .1 > 0)
                    .map(|e| (*e.0, e.1 .0))
                    .collect::<Vec<_>>(),
                cache
                    .iter()
                    .filter(|e| e.1 .1 == 0)
                    .map(|e| (*e.0, e.1 .0))
                    .collect::<Vec<_>>()
            )
        });
        cache.clear();
        let writes = s.writes.load(SeqCst);
        self.writes_at_last_flush.store(writes, SeqCst);
        self.pending_at_last_flush
            .store(s.written_back.load(SeqCst) < writes, SeqCst);
    }
}

#[derive(Clone)]
struct Plug(Arc<Handle>, u64);

impl Backend for Plug {
    fn flush(&self) -> Result<(), Errno> {
        self.0.flush(self.1);
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
pub struct Setup {
    pub mode: Mode,
    pub track: TrackDirty,
    pub thread_model: ThreadModel,
    pub conns: usize,
    pub threads_per_conn: usize,
    pub ops: usize,
    /// How long each plugin flush spins and yields before it writes back.
    pub slow_flush: u64,
    pub check_consistency: bool,
    pub check_economy: bool,
    /// Whether flushes run on pool threads (the filter measures; checks
    /// force one way or the other).
    pub fan_out: Policy,
    /// Whether readers are dropped alongside the write-backs.
    pub alongside: Policy,
    /// Connections leave their group and join again mid-history (with a
    /// write-back at close, as `.finalize` does).
    pub churn: bool,
}

/// Run one history; returns the violations found.
pub fn run(setup: Setup, seed: u64) -> Vec<String> {
    let store = Arc::new(Store {
        backing: Mutex::new([0; BLOCKS]),
        writes: AtomicU64::new(0),
        written_back: AtomicU64::new(0),
        flushing: Mutex::new(Vec::new()),
        overlapped_write_end: AtomicU64::new(0),
        flush_events: AtomicU64::new(0),
        writes_in_progress: AtomicUsize::new(0),
        in_flight_all: AtomicUsize::new(0),
        violations: Mutex::new(Vec::new()),
        thread_model: setup.thread_model,
        clock: AtomicU64::new(1),
        events: std::env::var_os("MULTICONN_MODEL_EVENTS").map(|_| {
            if log::set_logger(&EventLog).is_ok() {
                log::set_max_level(log::LevelFilter::Trace);
            }
            EVENTS.lock().unwrap().clear();
            Mutex::new(Vec::new())
        }),
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
                requests: Mutex::new(Vec::new()),
                last_taken: AtomicU64::new(0),
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
    let join = |h: &Arc<Handle>| {
        registry.join(
            registry.next_id(),
            Joining {
                export: String::new(),
                mode,
                plugin_multi_conn: false,
                backend: Plug(h.clone(), setup.slow_flush),
            },
            false,
        )
    };
    // Each connection's current membership; with churn it is replaced.
    let conns: Vec<Mutex<Arc<Conn<Plug>>>> = handles.iter().map(|h| Mutex::new(join(h))).collect();
    let pool = Pool::new(4);
    let replication = match setup.thread_model {
        ThreadModel::SerializeAllRequests => Replication::Sequential,
        ThreadModel::SerializeRequests => Replication::ConcurrentHeld,
        ThreadModel::Parallel => Replication::Concurrent,
    };
    let ctx = FlushCtx {
        track: setup.track,
        replication,
        stats: &stats,
        pool: &pool,
        fan_out: setup.fan_out,
        alongside: setup.alongside,
    };
    // nbdkit's request locks: one for all requests, or one per connection.
    let all_lock = Mutex::new(());
    let conn_locks: Vec<_> = (0..setup.conns).map(|_| Mutex::new(())).collect();
    let history = Mutex::new(History::default());
    let next_value = AtomicU64::new(1);

    // A client flush (or FUA write) in progress, for the economy check.
    let flushing = |f: &mut dyn FnMut()| {
        let sent = store.tick();
        store.flushing.lock().push(sent);
        store.flush_events.fetch_add(1, SeqCst);
        f();
        store.flush_events.fetch_add(1, SeqCst);
        let mut fl = store.flushing.lock();
        let i = fl.iter().position(|&t| t == sent).unwrap();
        fl.swap_remove(i);
    };

    thread::scope(|s| {
        for c in 0..setup.conns {
            for t in 0..setup.threads_per_conn {
                let (conn_slot, handle) = (&conns[c], &handles[c]);
                let (registry, join) = (&registry, &join);
                let (ctx, history, store, flushing) = (&ctx, &history, &store, &flushing);
                let (all_lock, conn_lock, next_value) = (&all_lock, &conn_locks[c], &next_value);
                let mut rng = Rng::new(seed ^ ((c as u64) << 32) ^ ((t as u64 + 1) * 7919));
                s.spawn(move || {
                    for _ in 0..setup.ops {
                        let _all = (setup.thread_model == ThreadModel::SerializeAllRequests)
                            .then(|| all_lock.lock());
                        let _conn = (setup.thread_model == ThreadModel::SerializeRequests)
                            .then(|| conn_lock.lock());
                        // Each block is written by one thread only, so its
                        // values grow in completion order.
                        let writer_slot = c * setup.threads_per_conn + t;
                        let op = rng.below(10);
                        if setup.churn && t == 0 && rng.below(12) == 0 {
                            // The connection closes (its client is gone:
                            // no request of it runs) and a new one opens
                            // on the same plugin handle, as a reconnecting
                            // client whose plugin keeps the data.
                            // (Under the thread models that serialize,
                            // this thread holds nbdkit's locks already.)
                            let mut slot = conn_slot.lock();
                            let old = slot.clone();
                            registry.leave(&old, || {
                                handle.request(true, || {
                                    let _ = flush::write_back_at_close(&old, ctx.stats);
                                    ((), false)
                                })
                            });
                            // The plugin closes the handle: its cache goes,
                            // written back or not, and the new connection
                            // starts with an empty one.
                            handle.discard();
                            *slot = join(handle);
                        }
                        let conn = &conn_slot.lock().clone();
                        // A write goes to one of this thread's own blocks
                        // (if it has any), other requests to any block.
                        let writers = setup.conns * setup.threads_per_conn;
                        let own = (BLOCKS - 1 - writer_slot) / writers + 1;
                        let block = if op <= 2 && writer_slot < BLOCKS {
                            writer_slot + writers * rng.below(own as u64) as usize
                        } else {
                            rng.below(BLOCKS as u64) as usize
                        };
                        match op {
                            0..=2 if block % writers == writer_slot => {
                                let value = next_value.fetch_add(1, SeqCst);
                                let fua = rng.below(4) == 0;
                                let mut write = || {
                                    handle.request(true, || {
                                        let r = request::write(
                                            conn,
                                            fua,
                                            || *ctx,
                                            |keep_fua| {
                                                handle.write(block, value, keep_fua);
                                                Ok(())
                                            },
                                        );
                                        (r.unwrap(), false)
                                    })
                                };
                                if fua {
                                    flushing(&mut write);
                                } else {
                                    write();
                                }
                                let at = store.tick();
                                history.lock().writes.push((at, block, value));
                            }
                            0..=5 => {
                                let late = rng.below(3) * rng.below(8);
                                let sent = store.tick();
                                let v = handle.request(false, || {
                                    request::read(conn, || *ctx, || handle.read(block, late))
                                        .unwrap()
                                });
                                history.lock().reads.push((sent, block, v, c));
                            }
                            6 => {
                                handle.request(false, || {
                                    request::read(conn, || *ctx, || handle.read(block, 0)).unwrap()
                                });
                            }
                            _ => {
                                let sent = store.tick();
                                flushing(&mut || {
                                    flush::flush(conn, Cause::Client, ctx).unwrap();
                                });
                                let replied = store.tick();
                                history.lock().flushes.push((sent, replied));
                            }
                        }
                        pause(rng.next());
                    }
                });
            }
        }
    });
    for c in &conns {
        registry.leave(&c.lock(), || ());
    }
    pool.shutdown();

    let mut violations = std::mem::take(&mut *store.violations.lock());
    if !setup.check_economy {
        violations.retain(|v| !v.contains("needed none"));
    }
    let history = history.into_inner();
    if setup.check_consistency {
        violations.extend(check_consistency(&history));
    }
    if let (false, Some(events)) = (violations.is_empty(), &store.events) {
        violations.push(format!(
            "client flushes (sent, replied): {:?}\nclient reads (sent, block, value, connection): {:?}\nplugin events:\n{}",
            history.flushes,
            history.reads,
            {
                let _ = events;
                EVENTS.lock().unwrap().join("\n")
            }
        ));
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

/// Every mode × tracking level × thread model, the parallel ones with two
/// or three threads per connection and, for some, slow plugin flushes.
pub fn setups(check: bool) -> Vec<Setup> {
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
                let parallel = thread_model == ThreadModel::Parallel;
                v.push(Setup {
                    mode,
                    track,
                    thread_model,
                    conns: 3,
                    threads_per_conn: match (parallel, mode) {
                        (false, _) => 1,
                        (true, Mode::Auto) => 3,
                        (true, _) => 2,
                    },
                    ops: 12,
                    slow_flush: if mode == Mode::Emulate { 8 } else { 0 },
                    // Only emulation promises consistency over this plugin.
                    check_consistency: check && emulated,
                    // Economy is the two-pass rule of emulate + connection.
                    check_economy: emulated && track == TrackDirty::Connection,
                    fan_out: if parallel && mode == Mode::Emulate {
                        Policy::Always
                    } else {
                        Policy::Never
                    },
                    // Auto (emulated too) drops its readers alongside.
                    alongside: if mode == Mode::Auto {
                        Policy::Always
                    } else {
                        Policy::Never
                    },
                    churn: false,
                });
            }
        }
    }
    // Connections that close (written back at close) and reconnect while
    // others read, write and flush, one thread per connection.
    for thread_model in [
        ThreadModel::Parallel,
        ThreadModel::SerializeRequests,
        ThreadModel::SerializeAllRequests,
    ] {
        v.push(Setup {
            mode: Mode::Emulate,
            track: TrackDirty::Connection,
            thread_model,
            conns: 3,
            threads_per_conn: 1,
            ops: 16,
            slow_flush: 4,
            check_consistency: check,
            check_economy: false,
            fan_out: Policy::Never,
            alongside: Policy::Never,
            churn: true,
        });
    }
    v
}

pub fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

/// Whether some of `tries` histories of `setup` show a violation that
/// starts with `what`.
pub fn finds(setup: Setup, seed: u64, tries: usize, what: &str) -> bool {
    let mut rng = Rng::new(seed);
    (0..tries).any(|_| run(setup, rng.next()).iter().any(|v| v.starts_with(what)))
}
