//! The model checker's machinery, shared by `tests/model.rs` (the filter as
//! built), `tests/model_faults.rs` (the filter with deliberate faults, to
//! show that the checks can fail) and `tests/sched.rs` (the same histories
//! under the deterministic scheduler).
//!
//! Each history opens a few connections through the filter's own code
//! (`Registry`, `request`, `flush`) over a simulated plugin with one or
//! more exports.  An export that is multi-conn has one write-back cache
//! shared by every handle of the export; an export that is not keeps a
//! write-back cache per handle, whose reads can complete late (take the
//! data, yield, then fill the cache).  A plugin flush covers only what had
//! landed in the cache when it began: it takes a snapshot of the dirty
//! entries, pauses, then writes the snapshot back; it fails at random (a
//! per-setup probability, EIO), and then writes back nothing and drops
//! nothing.  A FUA write that reaches the plugin is a write and a flush of
//! the handle (as nbdkit emulates FUA for a plugin without it).  Client
//! threads issue random writes (some with FUA), reads, caches and flushes,
//! or a fixed script; nbdkit's thread model is imitated with locks around
//! each request.  Under the parallel model several threads share a
//! connection, so a connection reads and writes while its own flush and
//! other connections' flushes run: reads that fetch before a write-back and
//! fill after a drop, writers that read during the write-back phase.  With
//! churn, connections close (written back at close in emulate mode, where
//! that write-back can fail too; a handle's own cache is then discarded)
//! and reconnect.  After the history the checker verifies:
//!
//! * consistency: a read sent after the reply to a flush (or FUA write) on
//!   connection X sees every write completed before that flush was sent,
//!   when the promise X was given covers both the read's connection and
//!   the write's (see `Scope`: X's group in emulate mode; outside it, X's
//!   export if that is multi-conn, else nothing: over a cache per handle
//!   what a connection reads back is the plugin's business there);
//! * durability: when a flush (or FUA write) on X is answered OK, every
//!   write completed before it was sent on a connection X's promise covers
//!   was written back by a plugin flush that covered it, and succeeded,
//!   before the reply (a FUA write: itself too).  Writes lost by a failed
//!   write-back at close are excused for X if X was not a member of the
//!   closing connection's group when it failed, or if X has been answered
//!   an error to a flush since (every member learns of the loss once, as
//!   Linux reports write-back errors).  `track-dirty=fast` outside emulate
//!   mode over an export that is not multi-conn is exempt: nbdkit documents
//!   it as potentially unsafe (a flush there cleans every connection of its
//!   export);
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
//!   plugin flush of its connection (or ended after the filter could have
//!   looked for it before that flush), or while some plugin flush failed
//!   since (a failed emulated flush leaves the group flag set, so the next
//!   drops every reader).  A plugin flush that fails changes nothing the
//!   check remembers about its connection: the engine flushes it again.

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

/// Blocks per export.
pub const BLOCKS: usize = 8;

/// The exports' names, in order.
pub const EXPORT_NAMES: [&str; 4] = ["a", "b", "c", "d"];

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

/// How a connection joins its group: the one place that builds the
/// engine's `Joining`, for the simulated plugin and for the scheduler's
/// focused scenarios alike.
pub fn joining<B>(export: &str, mode: Mode, plugin_multi_conn: bool, backend: B) -> Joining<B> {
    Joining {
        export: export.to_owned(),
        export_key: export.as_bytes().to_vec(),
        mode,
        auto: false,
        can_flush: true,
        plugin_multi_conn,
        backend,
    }
}

/// What `mode` becomes for a connection to an export that is (or is not)
/// multi-conn, as the filter resolves it (`Mode::resolve`; nbdkit's
/// serialize_connections thread model is not modelled).
pub fn resolve(mode: Mode, multi_conn: bool) -> Mode {
    mode.resolve(false, || Some(multi_conn))
        .expect("the simulated plugin always answers")
        .0
}

/// Plugin events and the engine's log lines, in order (with
/// MULTICONN_MODEL_EVENTS=1).
static EVENTS: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

struct EventLog;

impl log::Log for EventLog {
    /// The engine's lines only: under the scheduler, shuttle's own would
    /// call back into it while it is busy.
    fn enabled(&self, m: &log::Metadata<'_>) -> bool {
        m.target().starts_with("multiconn")
    }
    fn log(&self, r: &log::Record<'_>) {
        if !self.enabled(r.metadata()) {
            return;
        }
        EVENTS
            .lock()
            .unwrap()
            .push(format!("      engine: {}", r.args()));
    }
    fn flush(&self) {}
}

/// A cached block: its value, and the writes merged into it that are not
/// yet written back (by id: a write's id is the value it wrote).
#[derive(Clone, Debug)]
struct Entry {
    value: u64,
    pending: Vec<u64>,
}

type Cache = Mutex<HashMap<usize, Entry>>;

/// One export of the simulated plugin.
struct Export {
    multi_conn: bool,
    backing: Mutex<[u64; BLOCKS]>,
    /// The cache every handle of a multi-conn export shares.
    shared: Option<Arc<Cache>>,
    /// With `Setup::errseq`: failed write-backs of the shared cache so far
    /// (each handle reports them once, as Linux does per open file).
    errseq: AtomicU64,
}

/// Writes discarded with a handle's cache when its connection closed, or
/// dropped by a failed plugin flush (`Setup::errseq`).
struct Lost {
    /// When (the write-back at close failed, or the cache was discarded).
    at: u64,
    ids: Vec<u64>,
    /// Whether the write-back at close failed; then the members of the
    /// closing connection's group at that moment.
    failed: bool,
    members: Vec<u64>,
    /// Dropped by a failed plugin flush (not at close): a connection counts
    /// as told by an error answer to any flush of its sent before the flush
    /// in question was answered (two flushes of one connection at once:
    /// the plugin, like Linux, reports a failure to one of them).
    by_flush: bool,
}

/// The exports, and what the checks need to know about the whole history.
struct Store {
    exports: Vec<Export>,
    /// Writes so far in every export, and how many of them have been
    /// written back (for the economy check).
    writes: AtomicU64,
    written_back: AtomicU64,
    /// Every write written back by a plugin flush that covered it: its id,
    /// and when.
    durable: Mutex<HashMap<u64, u64>>,
    lost: Mutex<Vec<Lost>>,
    /// A failed plugin flush drops what it was writing back, and each
    /// handle of a shared cache reports it once (`Setup::errseq`).
    errseq: bool,
    /// The connections open now (joined, not yet closed), by id.
    open: Mutex<Vec<u64>>,
    /// Plugin flushes fail one in `fail_one_in` (0: never), the write-backs
    /// at close one in `close_fail_one_in`.
    fail_one_in: u64,
    close_fail_one_in: u64,
    failures: Mutex<Rng>,
    /// Client flushes (and FUA writes, which flush) in progress: their send
    /// times, for the economy check.
    flushing: Mutex<Vec<u64>>,
    /// When the last write that overlapped a client flush ended: the filter
    /// may keep the group dirty for such a write although a flush covered it.
    overlapped_write_end: AtomicU64,
    /// Client flushes begun or ended so far.
    flush_events: AtomicU64,
    /// When a plugin flush last failed: a failed emulated flush leaves the
    /// group flag set, so the next one drops every reader.
    last_failure: AtomicU64,
    /// Client writes in progress on any connection (sent, not answered).
    /// One that has entered its connection's gate but not yet reached the
    /// plugin is not `pending` (it is not in `writes` yet), but a flush
    /// that finds it inside marks its connection and the group dirty again
    /// (rule 3), so the next drop phase rightly drops every reader.
    writes_in_progress: AtomicUsize,
    /// Plugin calls in flight anywhere (serialize_all_requests check).
    in_flight_all: AtomicUsize,
    /// The standard library's mutex even under the scheduler, like the
    /// clock: whether a check finds something must not change the schedule.
    violations: std::sync::Mutex<Vec<String>>,
    thread_model: ThreadModel,
    /// The checker's clock.  The standard library's atomic even under the
    /// scheduler: reading it is no scheduling point, so that the events
    /// kept with MULTICONN_MODEL_EVENTS=1 leave a schedule replayable.
    clock: std::sync::atomic::AtomicU64,
    /// What the plugin saw, kept with MULTICONN_MODEL_EVENTS=1 and shown
    /// after a history's violations.
    events: bool,
}

impl Store {
    fn violation(&self, v: String) {
        self.violations.lock().unwrap().push(v);
    }
    fn tick(&self) -> u64 {
        self.clock.fetch_add(1, SeqCst)
    }
    fn event(&self, what: impl FnOnce() -> String) {
        if self.events {
            let line = what();
            // The tick first: under the scheduler it is a scheduling point,
            // which must not come while this std lock is held.
            let line = format!("{:5} {line}", self.tick());
            EVENTS.lock().unwrap().push(line);
        }
    }
    fn pending(&self) -> bool {
        self.written_back.load(SeqCst) < self.writes.load(SeqCst)
    }
    /// Whether the plugin flush about to run fails.
    fn fails(&self, at_close: bool) -> bool {
        let one_in = if at_close {
            self.close_fail_one_in
        } else {
            self.fail_one_in
        };
        one_in != 0 && self.failures.lock().below(one_in) == 0
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

/// What a plugin flush takes when it begins: each dirty block's value and
/// the writes merged into it.
type Snapshot = Vec<(usize, u64, Vec<u64>)>;

/// One connection's handle in the simulated plugin (a connection that
/// closes and reconnects keeps it).
struct Handle {
    id: usize,
    export: usize,
    store: Arc<Store>,
    /// The handle's own cache, or its export's shared one.
    cache: Arc<Cache>,
    shared: bool,
    /// The write-back at close is running (it fails at its own rate).
    closing: AtomicBool,
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
    /// The export's `errseq` this handle has reported (taken when its
    /// connection opens).
    errseq_seen: AtomicU64,
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
    /// A write of `value` (also its id) into the cache; with `fua` (the
    /// filter passed FUA on), then a flush of the handle, whose failure
    /// fails the write.
    fn write(&self, block: usize, value: u64, fua: bool) -> Result<(), Errno> {
        let _c = Call::begin(self, "write");
        self.store.writes.fetch_add(1, SeqCst);
        self.store
            .event(|| format!("handle {} write block {block} = {value} fua {fua}", self.id));
        {
            let mut cache = self.cache.lock();
            let e = cache.entry(block).or_insert(Entry {
                value: 0,
                pending: Vec::new(),
            });
            e.value = value;
            e.pending.push(value);
        }
        if fua {
            let snapshot = self.snapshot();
            if self.store.fails(false) {
                self.store
                    .event(|| format!("handle {} FUA flush failed", self.id));
                return Err(libc::EIO);
            }
            self.write_back(snapshot);
            return self.errseq_check();
        }
        Ok(())
    }

    /// `Setup::errseq`, a shared cache: a failed write-back of the cache
    /// this handle has not reported yet is reported now, once.
    fn errseq_check(&self) -> Result<(), Errno> {
        let s = &self.store;
        if !(s.errseq && self.shared) {
            return Ok(());
        }
        let now = s.exports[self.export].errseq.load(SeqCst);
        if self.errseq_seen.swap(now, SeqCst) != now {
            s.event(|| format!("handle {} reports an earlier failed write-back", self.id));
            return Err(libc::EIO);
        }
        Ok(())
    }

    /// `Setup::errseq`: a plugin flush of `snapshot` failed, and its writes
    /// are dropped (clean, never to be written back), as Linux drops pages
    /// whose write-back failed; a shared cache's other handles report it on
    /// their next flush.
    fn fail_write_back(&self, snapshot: &Snapshot) {
        let s = &self.store;
        let mut cache = self.cache.lock();
        let ids: Vec<u64> = snapshot.iter().flat_map(|e| e.2.clone()).collect();
        for (b, _, dropped) in snapshot {
            if let Some(e) = cache.get_mut(b) {
                e.pending.retain(|i| !dropped.contains(i));
            }
        }
        if self.shared {
            let now = s.exports[self.export].errseq.fetch_add(1, SeqCst) + 1;
            self.errseq_seen.store(now, SeqCst);
        }
        let members = s.open.lock().clone();
        let at = s.tick();
        s.event(|| format!("handle {} failed write-back dropped {ids:?}", self.id));
        if !ids.is_empty() {
            s.lost.lock().push(Lost {
                at,
                ids,
                failed: true,
                members,
                by_flush: !self.closing.load(SeqCst),
            });
        }
        drop(cache);
    }

    /// Take the data (from the cache or the store), yield, then fill the
    /// cache with it unless the block is there by then: a late-completing
    /// read, which refills a cache dropped meanwhile even after a cache hit
    /// (as tests/plugins/wbcache.py does).  Also says whether it fetched
    /// from the store while some write was not written back.
    fn read(&self, block: usize, late: u64) -> (u64, bool) {
        let _c = Call::begin(self, "read");
        let cached = self.cache.lock().get(&block).map(|e| e.value);
        let (v, pending) = match cached {
            Some(v) => (v, false),
            None => {
                let backing = self.store.exports[self.export].backing.lock();
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
        let filled = self
            .cache
            .lock()
            .entry(block)
            .or_insert(Entry {
                value: v,
                pending: Vec::new(),
            })
            .value;
        self.store.event(|| {
            format!(
                "handle {} read block {block}: filled, cache has {filled}",
                self.id
            )
        });
        (v, pending)
    }

    /// The plugin closes this handle (and a reconnecting client gets a new
    /// one): its own cache is discarded, unwritten data included.  Returns
    /// the writes lost.  A shared cache stays.
    fn discard(&self) -> Vec<u64> {
        let _c = Call::begin(self, "close");
        if self.shared {
            return Vec::new();
        }
        let mut cache = self.cache.lock();
        let lost: Vec<u64> = cache.values().flat_map(|e| e.pending.clone()).collect();
        self.store.event(|| {
            format!(
                "handle {} closed, cache discarded, lost writes {lost:?}",
                self.id
            )
        });
        cache.clear();
        lost
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
            || s.overlapped_write_end.load(SeqCst) > since
            || s.last_failure.load(SeqCst) > since;
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

    /// The dirty entries now: what a flush that begins now covers.
    fn snapshot(&self) -> Snapshot {
        self.cache
            .lock()
            .iter()
            .filter(|(_, e)| !e.pending.is_empty())
            .map(|(&b, e)| (b, e.value, e.pending.clone()))
            .collect()
    }

    /// Write `snapshot` back: its writes are durable from now on.  A
    /// handle's own cache is then dropped, but for writes that landed
    /// since the snapshot; a shared cache keeps its (now clean) entries.
    fn write_back(&self, snapshot: Snapshot) {
        let s = &self.store;
        let mut cache = self.cache.lock();
        let mut backing = s.exports[self.export].backing.lock();
        let mut durable = s.durable.lock();
        let at = s.tick();
        let mut newly = 0;
        for (b, v, ids) in &snapshot {
            // A block's values grow in completion order (one writer each):
            // an older snapshot written back late never undoes a newer.
            backing[*b] = backing[*b].max(*v);
            for id in ids {
                if !durable.contains_key(id) {
                    durable.insert(*id, at);
                    newly += 1;
                }
            }
            if let Some(e) = cache.get_mut(b) {
                e.pending.retain(|i| !ids.contains(i));
            }
        }
        s.written_back.fetch_add(newly, SeqCst);
        s.event(|| {
            format!(
                "handle {} flush: wrote back {:?}, kept dirty {:?}{}",
                self.id,
                snapshot.iter().map(|e| (e.0, e.1)).collect::<Vec<_>>(),
                cache
                    .iter()
                    .filter(|e| !e.1.pending.is_empty())
                    .map(|e| (*e.0, e.1.value))
                    .collect::<Vec<_>>(),
                if self.shared {
                    ""
                } else {
                    ", dropped the rest"
                }
            )
        });
        if !self.shared {
            cache.retain(|_, e| !e.pending.is_empty());
        }
    }

    /// The plugin's flush of this handle.
    fn flush(&self, slow: u64) -> Result<(), Errno> {
        let _c = Call::begin(self, "flush");
        let s = &self.store;
        let fails = s.fails(self.closing.load(SeqCst));
        self.check_economy();
        if !fails {
            // The filter took this connection's bits for this flush at or
            // after the oldest client flush in progress began.
            let taken = s.flushing.lock().iter().copied().min();
            self.last_taken
                .store(taken.unwrap_or_else(|| s.tick()), SeqCst);
            let mut reqs = self.requests.lock();
            reqs.retain(|r| r.end.is_none_or(|e| e > taken.unwrap_or(0)));
            // A read that overlaps this flush may refill the cache after it:
            // the filter flushes such a connection again.  So may one that
            // ended before this plugin call began but after the filter could
            // have looked for it (it takes the bits, then looks inside the
            // gate, some time before the call: rule 3).
            let looked = taken.unwrap_or(u64::MAX);
            for r in reqs.iter_mut().filter(|r| r.end.is_none_or(|e| e > looked)) {
                r.risky = true;
            }
        }
        self.plugin_flushes.fetch_add(1, SeqCst);
        log::trace!("plugin flush of handle {} at tick {}", self.id, s.tick());
        let snapshot = self.snapshot();
        // A slow flush gives requests time to overlap it.
        for i in 0..slow {
            pause(i);
        }
        if fails {
            s.last_failure.fetch_max(s.tick(), SeqCst);
            s.event(|| format!("handle {} flush failed (EIO)", self.id));
            if s.errseq {
                self.fail_write_back(&snapshot);
            }
            return Err(libc::EIO);
        }
        self.write_back(snapshot);
        let writes = s.writes.load(SeqCst);
        self.writes_at_last_flush.store(writes, SeqCst);
        self.pending_at_last_flush
            .store(s.written_back.load(SeqCst) < writes, SeqCst);
        self.errseq_check()
    }
}

#[derive(Clone)]
struct Plug(Arc<Handle>, u64);

impl Backend for Plug {
    fn flush(&self) -> Result<(), Errno> {
        self.0.flush(self.1)
    }
}

/// A write the client was answered OK.
#[derive(Clone, Copy, Debug)]
struct WriteRec {
    done: u64,
    export: usize,
    block: usize,
    /// Also its id.
    value: u64,
    conn: u64,
}

/// A client flush, or a FUA write (`own` is then its value).
#[derive(Clone, Copy, Debug)]
struct FlushRec {
    conn: u64,
    sent: u64,
    replied: u64,
    ok: bool,
    own: Option<u64>,
}

/// A read the client was answered.
#[derive(Clone, Copy, Debug)]
struct ReadRec {
    sent: u64,
    export: usize,
    block: usize,
    value: u64,
    conn: u64,
}

/// What the client saw.
#[derive(Default)]
struct History {
    writes: Vec<WriteRec>,
    flushes: Vec<FlushRec>,
    reads: Vec<ReadRec>,
    /// Every connection (by the engine's id): its slot, and the mode the
    /// engine gave it (under `auto`, its export's).
    joined: HashMap<u64, (usize, Mode)>,
}

/// A client request, for scripted histories.  A write goes to the
/// thread's first own block, a read to block 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Write,
    FuaWrite,
    Read,
    Flush,
    /// The connection closes and a new one opens on the same handle.
    Close,
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
    pub check_durability: bool,
    /// Whether flushes run on pool threads (the filter measures; checks
    /// force one way or the other).
    pub fan_out: Policy,
    /// Whether readers are dropped alongside the write-backs.
    pub alongside: Policy,
    /// Connections leave their group and join again mid-history (with a
    /// write-back at close, as `.finalize` does).  One thread per
    /// connection (nbdkit closes a connection with no request inside).
    pub churn: bool,
    /// Emulate mode writes a closing connection back (`multi-conn-close=
    /// flush`); false is `multi-conn-close=none`.
    pub close_write_back: bool,
    /// The plugin's exports, by whether each is multi-conn; connection `c`
    /// uses export `c % exports.len()`.
    pub exports: &'static [bool],
    /// `multi-conn-exportname`: groups are formed by export name.
    pub by_export_name: bool,
    /// Plugin flushes (and FUA writes) fail one in this many (0: never).
    pub fail_one_in: u64,
    /// What the plugin answers `can_multi_conn` on each connection (by
    /// slot), if not its export's `exports` entry: a plugin can answer
    /// connections of one export differently.  The cache stays the
    /// export's.
    pub answers: Option<&'static [bool]>,
    /// Write-backs at close fail one in this many (0: never).
    pub close_fail_one_in: u64,
    /// A failed plugin flush drops the writes it was writing back, and
    /// each handle of a shared cache reports the failure once (errseq, as
    /// Linux per open file).
    pub errseq: bool,
    /// Threads of the flush pool.
    pub pool_threads: usize,
    /// Instead of random requests: each connection's (one thread each).
    pub script: Option<&'static [&'static [Op]]>,
    /// Check every connection of an export as covered by every flush on
    /// it, whatever the filter promised (to show that the checks fail on a
    /// filter that does not keep the promise: unsafe mode).
    pub assume_multi_conn: bool,
}

impl Default for Setup {
    /// Emulate mode, connection tracking, parallel, 3 connections of one
    /// thread over one export that is not multi-conn; every check on but
    /// economy; no failures.
    fn default() -> Setup {
        Setup {
            mode: Mode::Emulate,
            track: TrackDirty::Connection,
            thread_model: ThreadModel::Parallel,
            conns: 3,
            threads_per_conn: 1,
            ops: 8,
            slow_flush: 2,
            check_consistency: true,
            check_economy: false,
            check_durability: true,
            fan_out: Policy::Never,
            alongside: Policy::Never,
            churn: false,
            close_write_back: true,
            exports: &[false],
            by_export_name: false,
            fail_one_in: 0,
            close_fail_one_in: 0,
            errseq: false,
            answers: None,
            pool_threads: 4,
            script: None,
            assume_multi_conn: false,
        }
    }
}

impl Setup {
    /// What the plugin answers `can_multi_conn` on the connection in `slot`.
    pub fn answer(&self, slot: usize) -> bool {
        self.answers
            .map_or(self.exports[slot % self.exports.len()], |a| a[slot])
    }

    /// Whether some connection is resolved to `mode`.
    fn resolves_to(&self, pick: impl Fn(Mode, bool) -> bool) -> bool {
        self.exports
            .iter()
            .any(|&mc| pick(resolve(self.mode, mc), mc))
    }
}

/// Whom a flush's promise covers.
struct Scope<'a> {
    setup: &'a Setup,
    /// Each connection's export, mode and the plugin's answer to
    /// `can_multi_conn`, by id (ids are small numbers).
    conns: Vec<(usize, Mode, bool)>,
}

impl Scope<'_> {
    fn new<'a>(setup: &'a Setup, joined: &HashMap<u64, (usize, Mode)>) -> Scope<'a> {
        let n = joined.keys().max().map_or(0, |&m| m as usize + 1);
        let mut conns = vec![(0, Mode::Auto, false); n];
        for (&id, &(slot, mode)) in joined {
            let export = slot % setup.exports.len();
            conns[id as usize] = (export, mode, setup.answer(slot));
        }
        Scope { setup, conns }
    }

    fn answer(&self, conn: u64) -> bool {
        self.conns[conn as usize].2
    }

    fn export(&self, conn: u64) -> usize {
        self.conns[conn as usize].0
    }

    fn mode(&self, conn: u64) -> Mode {
        self.conns[conn as usize].1
    }

    /// Whether a flush answered OK on `x` promises anything about `y`'s
    /// writes and reads: in emulate mode, `y` is in `x`'s group, or uses
    /// `x`'s export in another mode (one export is one consistency
    /// domain); in the other modes, if the plugin advertised multi-conn on
    /// `x`, `y` uses `x`'s export, whatever its mode or answer; otherwise
    /// only `x` itself.
    fn covers(&self, x: u64, y: u64) -> bool {
        let (xe, ye) = (self.export(x), self.export(y));
        if x == y || (self.setup.assume_multi_conn && xe == ye) {
            return true;
        }
        match self.mode(x) {
            Mode::Emulate => match self.mode(y) {
                Mode::Emulate => !self.setup.by_export_name || xe == ye,
                _ => xe == ye,
            },
            _ => self.answer(x) && xe == ye,
        }
    }

    /// Whether a flush answered OK on `x` promises that reads on `y` see
    /// writes it covers: as `covers`, but outside emulate mode only over a
    /// multi-conn export.  (Over a cache per handle, what one connection
    /// reads after its own flush is the plugin's business: nothing the
    /// filter does outside emulate mode decides it, and the simulated
    /// plugin's late-filling reads may cache old data after a flush.)
    fn covers_reads(&self, x: u64, y: u64) -> bool {
        self.covers(x, y)
            && (self.mode(x) == Mode::Emulate
                || (self.answer(x) && self.setup.exports[self.export(x)])
                || self.setup.assume_multi_conn)
    }

    /// `track-dirty=fast` outside emulate mode over an export that is not
    /// multi-conn: a flush there cleans every connection of its export,
    /// which nbdkit documents as potentially unsafe.
    fn exempt(&self, x: u64) -> bool {
        self.setup.track == TrackDirty::Fast
            && self.mode(x) != Mode::Emulate
            && !self.answer(x)
            && !self.setup.assume_multi_conn
    }
}

/// Everything a client thread uses.
struct World<'a> {
    setup: Setup,
    store: &'a Arc<Store>,
    registry: &'a Registry<Plug>,
    ctx: FlushCtx<'a>,
    handles: &'a [Arc<Handle>],
    /// Each connection's current membership; with churn it is replaced.
    conns: &'a [Mutex<Arc<Conn<Plug>>>],
    history: &'a Mutex<History>,
    next_value: &'a AtomicU64,
    /// nbdkit's request locks: one for all requests, or one per connection.
    all_lock: &'a Mutex<()>,
    conn_locks: &'a [Mutex<()>],
}

impl World<'_> {
    fn join(&self, c: usize) -> Arc<Conn<Plug>> {
        join(self.registry, self.history, &self.setup, &self.handles[c])
    }

    /// A client flush (or FUA write) in progress, for the economy check.
    fn flushing<T>(&self, f: impl FnOnce() -> T) -> T {
        let store = self.store;
        let sent = store.tick();
        store.flushing.lock().push(sent);
        store.flush_events.fetch_add(1, SeqCst);
        let r = f();
        store.flush_events.fetch_add(1, SeqCst);
        let mut fl = store.flushing.lock();
        let i = fl.iter().position(|&t| t == sent).unwrap();
        fl.swap_remove(i);
        r
    }

    fn write(&self, c: usize, conn: &Arc<Conn<Plug>>, block: usize, fua: bool) {
        let (store, handle) = (self.store, &self.handles[c]);
        let value = self.next_value.fetch_add(1, SeqCst);
        let write = || {
            handle.request(true, || {
                let r = request::write(
                    conn,
                    fua,
                    || self.ctx,
                    |keep_fua| handle.write(block, value, keep_fua),
                );
                (r, false)
            })
        };
        let sent = store.tick();
        let r = if fua { self.flushing(write) } else { write() };
        let done = store.tick();
        let mut h = self.history.lock();
        if r.is_ok() {
            h.writes.push(WriteRec {
                done,
                export: handle.export,
                block,
                value,
                conn: conn.id,
            });
        }
        if fua {
            h.flushes.push(FlushRec {
                conn: conn.id,
                sent,
                replied: done,
                ok: r.is_ok(),
                own: Some(value),
            });
        }
    }

    fn read(&self, c: usize, conn: &Arc<Conn<Plug>>, block: usize, late: u64, record: bool) {
        let (store, handle) = (self.store, &self.handles[c]);
        let sent = store.tick();
        let v = handle.request(false, || {
            match request::read(conn, || self.ctx, || handle.read(block, late)) {
                Ok((v, fetched_pending)) => (Some(v), fetched_pending),
                Err(_) => (None, false),
            }
        });
        if let (Some(value), true) = (v, record) {
            self.history.lock().reads.push(ReadRec {
                sent,
                export: handle.export,
                block,
                value,
                conn: conn.id,
            });
        }
    }

    fn flush(&self, conn: &Arc<Conn<Plug>>) {
        let sent = self.store.tick();
        let r = self.flushing(|| flush::flush(conn, Cause::Client, &self.ctx));
        let replied = self.store.tick();
        self.history.lock().flushes.push(FlushRec {
            conn: conn.id,
            sent,
            replied,
            ok: r.is_ok(),
            own: None,
        });
    }

    /// The connection closes (its client is gone: no request of it runs)
    /// and a new one opens on the same plugin handle, as a reconnecting
    /// client whose plugin keeps the data.  (Under the thread models that
    /// serialize, this thread holds nbdkit's locks already.)
    fn close(&self, c: usize) {
        let (store, handle) = (self.store, &self.handles[c]);
        let mut slot = self.conns[c].lock();
        let old = slot.clone();
        let mut failed = None;
        self.registry.leave(&old, || {
            handle.request(true, || {
                handle.closing.store(true, SeqCst);
                // When and among whom the loss happens, taken before the
                // write-back: the engine makes a failure known (to flushes
                // answered from then on, and to connections joining) before
                // the call returns, so a tick or a member list taken after
                // it could miss a flush that already reported the loss, or
                // count a connection that joined after it was reported.
                let at = store.tick();
                let mut members = Vec::new();
                old.group.each(|m| members.push(m.id));
                if self.setup.close_write_back
                    && flush::write_back_at_close(&old, self.ctx.stats).is_err()
                {
                    failed = Some((at, members));
                }
                handle.closing.store(false, SeqCst);
                ((), false)
            })
        });
        store.open.lock().retain(|&id| id != old.id);
        // The plugin closes the handle: its own cache goes, written back
        // or not, and the new connection starts with an empty one.
        let ids = handle.discard();
        if !ids.is_empty() {
            let (at, members) = failed.clone().unwrap_or_else(|| (store.tick(), Vec::new()));
            store.lost.lock().push(Lost {
                at,
                ids,
                failed: failed.is_some(),
                members,
                by_flush: false,
            });
        }
        *slot = self.join(c);
    }

    /// Connection `c`'s thread `t`.
    fn client(&self, c: usize, t: usize, seed: u64) {
        let setup = &self.setup;
        let mut rng = Rng::new(seed ^ ((c as u64) << 32) ^ ((t as u64 + 1) * 7919));
        // Each block is written by one thread only, so its values grow in
        // completion order.
        let writer_slot = c * setup.threads_per_conn + t;
        let writers = setup.conns * setup.threads_per_conn;
        let script = setup.script.map(|s| s[c]);
        let n = script.map_or(setup.ops, |s| s.len());
        for i in 0..n {
            let _all = (setup.thread_model == ThreadModel::SerializeAllRequests)
                .then(|| self.all_lock.lock());
            let _conn = (setup.thread_model == ThreadModel::SerializeRequests)
                .then(|| self.conn_locks[c].lock());
            if let Some(script) = script {
                let conn = &self.conns[c].lock().clone();
                match script[i] {
                    Op::Write => self.write(c, conn, writer_slot % BLOCKS, false),
                    Op::FuaWrite => self.write(c, conn, writer_slot % BLOCKS, true),
                    Op::Read => self.read(c, conn, 0, 1, true),
                    Op::Flush => self.flush(conn),
                    Op::Close => self.close(c),
                }
                pause(rng.next());
                continue;
            }
            let op = rng.below(10);
            if setup.churn && t == 0 && rng.below(12) == 0 {
                self.close(c);
            }
            let conn = &self.conns[c].lock().clone();
            // A write goes to one of this thread's own blocks (if it has
            // any), other requests to any block.
            let own = (BLOCKS - 1 - writer_slot % BLOCKS) / writers + 1;
            let block = if op <= 2 && writer_slot < BLOCKS {
                writer_slot + writers * rng.below(own as u64) as usize
            } else {
                rng.below(BLOCKS as u64) as usize
            };
            match op {
                0..=2 if block % writers == writer_slot => {
                    let fua = rng.below(4) == 0;
                    self.write(c, conn, block, fua);
                }
                0..=5 => {
                    let late = rng.below(3) * rng.below(8);
                    self.read(c, conn, block, late, true);
                }
                6 => self.read(c, conn, block, 0, false),
                _ => self.flush(conn),
            }
            pause(rng.next());
        }
    }
}

fn join(
    registry: &Registry<Plug>,
    history: &Mutex<History>,
    setup: &Setup,
    h: &Arc<Handle>,
) -> Arc<Conn<Plug>> {
    // `auto` resolves by the connection's own answer, and the engine may
    // give it its export's mode instead (`flush/own.rs`, rule H).
    let j = Joining {
        auto: setup.mode == Mode::Auto,
        ..joining(
            EXPORT_NAMES[h.export],
            resolve(setup.mode, setup.answer(h.id)),
            setup.answer(h.id),
            Plug(h.clone(), setup.slow_flush),
        )
    };
    // A new connection opens the plugin's handle anew: it reports only
    // what fails from now on.
    let s = &h.store;
    h.errseq_seen
        .store(s.exports[h.export].errseq.load(SeqCst), SeqCst);
    let conn = registry
        .join(registry.next_id(), j, setup.by_export_name)
        .expect("the simulated plugin can flush");
    s.open.lock().push(conn.id);
    history.lock().joined.insert(conn.id, (h.id, conn.mode));
    conn
}

/// Run one history; returns the violations found.
pub fn run(setup: Setup, seed: u64) -> Vec<String> {
    assert!(
        !setup.churn || setup.threads_per_conn == 1,
        "churn closes connections with one thread each"
    );
    assert!((1..=EXPORT_NAMES.len()).contains(&setup.exports.len()));
    if let Some(script) = setup.script {
        assert_eq!(
            (script.len(), setup.threads_per_conn),
            (setup.conns, 1),
            "a script per connection, one thread each"
        );
    }
    let store = Arc::new(Store {
        exports: setup
            .exports
            .iter()
            .map(|&multi_conn| Export {
                multi_conn,
                backing: Mutex::new([0; BLOCKS]),
                shared: multi_conn.then(|| Arc::new(Mutex::new(HashMap::new()))),
                errseq: AtomicU64::new(0),
            })
            .collect(),
        writes: AtomicU64::new(0),
        written_back: AtomicU64::new(0),
        durable: Mutex::new(HashMap::new()),
        lost: Mutex::new(Vec::new()),
        errseq: setup.errseq,
        open: Mutex::new(Vec::new()),
        fail_one_in: setup.fail_one_in,
        close_fail_one_in: setup.close_fail_one_in,
        failures: Mutex::new(Rng::new(seed ^ 0x00fa_11ed)),
        flushing: Mutex::new(Vec::new()),
        overlapped_write_end: AtomicU64::new(0),
        flush_events: AtomicU64::new(0),
        last_failure: AtomicU64::new(0),
        writes_in_progress: AtomicUsize::new(0),
        in_flight_all: AtomicUsize::new(0),
        violations: std::sync::Mutex::new(Vec::new()),
        thread_model: setup.thread_model,
        clock: std::sync::atomic::AtomicU64::new(1),
        events: std::env::var_os("MULTICONN_MODEL_EVENTS").is_some_and(|_| {
            if log::set_logger(&EventLog).is_ok() {
                log::set_max_level(log::LevelFilter::Trace);
            }
            EVENTS.lock().unwrap().clear();
            true
        }),
    });
    let registry = Registry::default();
    let stats = Stats::default();
    let handles: Vec<_> = (0..setup.conns)
        .map(|id| {
            let export = id % setup.exports.len();
            let shared = store.exports[export].shared.clone();
            Arc::new(Handle {
                id,
                export,
                store: store.clone(),
                shared: shared.is_some(),
                cache: shared.unwrap_or_default(),
                closing: AtomicBool::new(false),
                in_flight: AtomicUsize::new(0),
                requests: Mutex::new(Vec::new()),
                last_taken: AtomicU64::new(0),
                writes_at_last_flush: AtomicU64::new(0),
                pending_at_last_flush: AtomicBool::new(false),
                plugin_flushes: AtomicUsize::new(0),
                errseq_seen: AtomicU64::new(0),
            })
        })
        .collect();
    let history = Mutex::new(History::default());
    let conns: Vec<Mutex<Arc<Conn<Plug>>>> = handles
        .iter()
        .map(|h| Mutex::new(join(&registry, &history, &setup, h)))
        .collect();
    let pool = Pool::new(setup.pool_threads);
    let replication = match setup.thread_model {
        ThreadModel::SerializeAllRequests => Replication::SerializeAllRequests,
        ThreadModel::SerializeRequests => Replication::SerializeRequests,
        ThreadModel::Parallel => Replication::Parallel,
    };
    let all_lock = Mutex::new(());
    let conn_locks: Vec<_> = (0..setup.conns).map(|_| Mutex::new(())).collect();
    let next_value = AtomicU64::new(1);
    let world = World {
        setup,
        store: &store,
        registry: &registry,
        ctx: FlushCtx {
            track: setup.track,
            replication,
            stats: &stats,
            pool: &pool,
            fan_out: setup.fan_out,
            alongside: setup.alongside,
        },
        handles: &handles,
        conns: &conns,
        history: &history,
        next_value: &next_value,
        all_lock: &all_lock,
        conn_locks: &conn_locks,
    };

    thread::scope(|s| {
        for c in 0..setup.conns {
            for t in 0..setup.threads_per_conn {
                let world = &world;
                s.spawn(move || world.client(c, t, seed));
            }
        }
    });
    for c in &conns {
        registry.leave(&c.lock(), || ());
    }
    pool.shutdown();

    let mut violations = std::mem::take(&mut *store.violations.lock().unwrap());
    if !setup.check_economy {
        violations.retain(|v| !v.contains("needed none"));
    }
    let history = history.into_inner();
    let scope = Scope::new(&setup, &history.joined);
    let lost = std::mem::take(&mut *store.lost.lock());
    if setup.check_consistency {
        violations.extend(check_consistency(&history, &scope, &lost));
    }
    if setup.check_durability {
        let durable = store.durable.lock();
        violations.extend(check_durability(&history, &scope, &durable, &lost));
    }
    if !violations.is_empty() && store.events {
        violations.push(format!(
            "client flushes: {:?}\nclient writes: {:?}\nclient reads: {:?}\nconnections (id, slot): {:?}\nplugin events:\n{}",
            history.flushes,
            history.writes,
            history.reads,
            history.joined,
            EVENTS.lock().unwrap().join("\n")
        ));
    }
    violations
}

/// Every read sent after the reply to a flush on X sees every write
/// completed before that flush was sent, when X's promise covers both.
/// Writes that a failed write-back at close lost are left to the
/// durability check (whether the flush had to report the loss).
fn check_consistency(h: &History, scope: &Scope<'_>, lost: &[Lost]) -> Vec<String> {
    let mut out = Vec::new();
    let lost_by_failure = |w: &WriteRec| lost.iter().any(|l| l.failed && l.ids.contains(&w.value));
    // Each block's writes that count, in order of completion.
    let mut by_block: HashMap<(usize, usize), Vec<&WriteRec>> = HashMap::new();
    for w in h.writes.iter().filter(|w| !lost_by_failure(w)) {
        by_block.entry((w.export, w.block)).or_default().push(w);
    }
    by_block
        .values_mut()
        .for_each(|ws| ws.sort_by_key(|w| w.done));
    for r in &h.reads {
        // For each connection, only its latest flush answered before the
        // read was sent matters (the writes it covers only grow).
        let mut cuts: Vec<&FlushRec> = Vec::new();
        for f in (h.flushes.iter())
            .filter(|f| f.ok && f.replied < r.sent && scope.covers_reads(f.conn, r.conn))
        {
            match cuts.iter_mut().find(|c| c.conn == f.conn) {
                Some(c) if c.sent < f.sent => *c = f,
                Some(_) => {}
                None => cuts.push(f),
            }
        }
        let writes = by_block.get(&(r.export, r.block)).map_or(&[][..], |v| v);
        for f in cuts {
            let required = (writes.iter())
                .take_while(|w| w.done < f.sent)
                .filter(|w| scope.covers(f.conn, w.conn))
                .map(|w| w.value)
                .max()
                .unwrap_or(0);
            if r.value < required {
                out.push(format!(
                    "stale read on connection {}: block {} of export {} gave {}, a flush on connection {} had made {required} visible",
                    r.conn, r.block, EXPORT_NAMES[r.export], r.value, f.conn
                ));
                break;
            }
        }
    }
    out
}

/// Every flush (or FUA write) answered OK on X made durable every write
/// completed before it was sent that X's promise covers.
fn check_durability(
    h: &History,
    scope: &Scope<'_>,
    durable: &HashMap<u64, u64>,
    lost: &[Lost],
) -> Vec<String> {
    let mut out = Vec::new();
    for f in h.flushes.iter().filter(|f| f.ok && !scope.exempt(f.conn)) {
        // Whether X was answered an error to a flush after `at`.
        let told = |at: u64, by_flush: bool| {
            (h.flushes.iter()).any(|e| {
                e.conn == f.conn
                    && !e.ok
                    && e.replied > at
                    && (e.replied < f.replied || (by_flush && e.sent < f.replied))
            })
        };
        let required = (h.writes.iter()).filter(|w| {
            (w.done < f.sent && scope.covers(f.conn, w.conn)) || Some(w.value) == f.own
        });
        for w in required {
            // A write a failed flush dropped may still be written back
            // later, by a flush whose snapshot was taken before the drop:
            // the loss is what counts.
            let dropped = lost.iter().find(|l| l.ids.contains(&w.value));
            let state = match (durable.get(&w.value), dropped) {
                (Some(&at), _) if at < f.replied => continue,
                (_, Some(l))
                    if l.failed && (!l.members.contains(&f.conn) || told(l.at, l.by_flush)) =>
                {
                    continue
                }
                (_, Some(l)) if l.failed => format!(
                    "lost by a {} that failed at tick {} (members then {:?})",
                    if l.by_flush {
                        "plugin flush"
                    } else {
                        "write-back at close"
                    },
                    l.at,
                    l.members
                ),
                (Some(&at), _) => format!("durable only at tick {at}"),
                (None, Some(l)) => format!("discarded at close at tick {}", l.at),
                (None, None) => "never durable".to_owned(),
            };
            out.push(format!(
                "undurable: {} on connection {} answered OK at tick {} (sent at {}), write of block {} of export {} by connection {} completed at tick {}: {state}",
                if f.own.is_some() { "FUA write" } else { "flush" },
                f.conn,
                f.replied,
                f.sent,
                w.block,
                EXPORT_NAMES[w.export],
                w.conn,
                w.done,
            ));
        }
    }
    out
}

/// Every mode × tracking level × thread model over one export that is not
/// multi-conn, the parallel ones with two or three threads per connection
/// and, for some, slow plugin flushes; every mode × tracking level over two
/// exports (one multi-conn, one not) with failing flushes, by export name
/// or not; connections that close and reconnect, some of whose write-backs
/// at close fail.
pub fn setups(check: bool) -> Vec<Setup> {
    let mut v = Vec::new();
    let modes = [
        Mode::Auto,
        Mode::Emulate,
        Mode::Plugin,
        Mode::Disable,
        Mode::Unsafe,
    ];
    let tracks = [TrackDirty::Connection, TrackDirty::Fast, TrackDirty::Off];
    for mode in modes {
        for track in tracks {
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
                    check_consistency: check,
                    // Economy is the two-pass rule of emulate + connection.
                    check_economy: emulated && track == TrackDirty::Connection,
                    check_durability: check,
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
                    ..Setup::default()
                });
            }
        }
    }
    // Two exports, one multi-conn: every mode and tracking level, groups by
    // export name or not, plugin flushes failing one in six.
    for mode in modes {
        for track in tracks {
            for by_export_name in [false, true] {
                v.push(Setup {
                    mode,
                    track,
                    conns: 4,
                    threads_per_conn: 2,
                    ops: 10,
                    slow_flush: 4,
                    check_consistency: check,
                    check_durability: check,
                    fan_out: Policy::Always,
                    exports: &[true, false],
                    by_export_name,
                    fail_one_in: 6,
                    pool_threads: 2,
                    ..Setup::default()
                });
            }
        }
    }
    // Connections that close (written back at close) and reconnect while
    // others read, write and flush, one thread per connection; then the
    // same with write-backs (and flushes) that fail.
    for fail_one_in in [0, 4] {
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
                check_durability: check,
                fan_out: Policy::Always,
                churn: true,
                fail_one_in,
                close_fail_one_in: fail_one_in,
                ..Setup::default()
            });
        }
    }
    // Outside emulate mode, one connection on each of two exports (one
    // multi-conn), closing and reconnecting: every close empties its
    // group; then emulate mode with `multi-conn-close=none` over exports
    // whose handles share a cache, alone in their group or not.
    for mode in [Mode::Auto, Mode::Plugin, Mode::Unsafe] {
        for track in tracks {
            v.push(Setup {
                mode,
                track,
                conns: 2,
                ops: 16,
                slow_flush: 4,
                check_consistency: check,
                check_durability: check,
                churn: true,
                exports: &[true, false],
                fail_one_in: 6,
                ..Setup::default()
            });
        }
    }
    // A failed plugin flush drops what it was writing back and each handle
    // of a shared cache reports it once (errseq), in every mode, two
    // exports (one multi-conn), two threads per connection.
    for mode in modes {
        v.push(Setup {
            mode,
            conns: 4,
            threads_per_conn: 2,
            ops: 10,
            slow_flush: 4,
            check_consistency: check,
            check_durability: check,
            fan_out: Policy::Always,
            exports: &[true, false],
            fail_one_in: 4,
            errseq: true,
            pool_threads: 2,
            ..Setup::default()
        });
    }
    // One export whose handles share a cache, and a plugin that answers
    // `can_multi_conn` differently on its connections, in every mode
    // outside emulate, and in `auto` with the first connection answering
    // yes (the export in plugin mode) or no (emulated; `flush/own.rs`,
    // rule H).
    for (mode, answers) in [
        (Mode::Plugin, &[true, false, true, false]),
        (Mode::Disable, &[true, false, true, false]),
        (Mode::Unsafe, &[true, false, true, false]),
        (Mode::Auto, &[true, false, true, false]),
        (Mode::Auto, &[false, true, false, true]),
    ] {
        for errseq in [false, true] {
            v.push(Setup {
                mode,
                conns: 4,
                threads_per_conn: 2,
                ops: 10,
                check_consistency: check,
                check_durability: check,
                exports: &[true],
                answers: Some(answers),
                fail_one_in: 6,
                errseq,
                ..Setup::default()
            });
        }
    }
    // (Two exports, each alone in its group; then one export, two
    // connections in one group.  A group that spans exports cannot cover
    // a departed connection's export once nobody on it is left: see rule 7.)
    for (exports, conns) in [(&[true, true][..], 2), (&[true][..], 3)] {
        v.push(Setup {
            mode: Mode::Emulate,
            conns,
            ops: 16,
            slow_flush: 4,
            check_consistency: check,
            check_durability: check,
            fan_out: Policy::Always,
            churn: true,
            close_write_back: false,
            exports,
            by_export_name: true,
            ..Setup::default()
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
