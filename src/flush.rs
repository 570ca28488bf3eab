//! Deciding and running flushes.
//!
//! The engine is safe Rust, generic over [`Backend`] (how to flush one
//! connection in the plugin), so that unit tests and the model checker run it
//! against fakes and the filter runs it against nbdkit.
//!
//! # The emulated flush
//!
//! For the group of the calling connection (which is treated like any other):
//!
//! * pass 1: every connection that may hold unwritten data (`WRITE`; with
//!   `track-dirty=off`, every connection);
//! * pass 2, if the group was dirty: every other connection that may hold
//!   stale cached reads (`READ`; with `fast`, every connection).
//!
//! A flushed connection is fully clean, because one plugin flush both writes
//! back and drops cached reads; then the group is clean.
//!
//! Both passes run as **one concurrent wave**.  That is safe because every
//! target's barrier is held from before its flush until the whole wave is
//! over: no target can start a read while some other target has not yet
//! written back, so the order of write-backs and cache drops inside the wave
//! cannot matter, and when the barriers open every writer has written back
//! and every reader's cache is empty.
//!
//! Connections outside the wave are not held (a flush must not stall
//! connections that need nothing).  One of them may start a read during the
//! wave and cache data a writer has not yet written back.  Such a read has
//! set `READ` before it reached the plugin, so after the wave the flush looks
//! again and flushes, as a further wave, every connection that now has `READ`
//! and was not a target of the wave before: exactly the readers the
//! sequential two-pass rule would have caught in pass 2, because there pass 2
//! is chosen after pass 1.  A read that sets `READ` after that look started
//! after every write-back finished, so it reads fresh data.  (The plugin
//! orders its own data with locks; the bit is set before the read's plugin
//! call, and the look comes after the write-backs, so one sees the other.)
//! If a later wave itself wrote something back (a connection that read, then
//! raced a write in), the flush looks once more, up to [`MAX_WAVES`]; if it
//! still has not seen a wave without write-backs, it leaves the group dirty
//! so that the next flush drops caches again.  Without concurrent requests
//! there is only ever the first wave.
//!
//! The group flag is cleared when the flush starts, so a write racing with it
//! leaves the group dirty; once a flush is known to have covered every
//! write-back, [`settle_group_flag`] clears a flag that only such covered
//! writes set, so that the next flush does not drop caches for nothing.

use crate::config::{Mode, TrackDirty};
use crate::dirty::Dirty;
use crate::pool::Pool;
use crate::registry::Conn;
use crate::stats::Stats;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::Ordering::SeqCst;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// An errno value from the plugin (or EIO for a panic).
pub type Errno = i32;

/// How the filter reaches the plugin for one connection.
pub trait Backend: Send + Sync + 'static {
    /// Flush this connection in the plugin.
    fn flush(&self) -> Result<(), Errno>;
}

/// How flushes may run, from the thread model nbdkit gave `.get_ready`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Replication {
    /// Replicated flushes run at the same time on different connections.
    Concurrent,
    /// One plugin call at a time (serialize_all_requests and stricter).
    Sequential,
}

/// What a flush did, for the debug line and the statistics.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Plugin flushes sent.
    pub flushed: usize,
    /// Connections the flush considered: the group's members, or just the
    /// caller when the flush is not emulated.
    pub members: usize,
}

/// Why the caller asked for a flush (statistics only).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cause {
    Client,
    Fua,
}

/// Everything a flush needs besides the connection.
#[derive(Clone, Copy)]
pub struct FlushCtx<'a> {
    pub track: TrackDirty,
    pub replication: Replication,
    pub stats: &'a Stats,
}

/// Flush on behalf of `caller`, in whatever way its mode asks for.
pub fn flush<B: Backend>(
    caller: &Arc<Conn<B>>,
    cause: Cause,
    ctx: &FlushCtx<'_>,
) -> Result<Report, Errno> {
    match cause {
        Cause::Client => ctx.stats.client_flushes.fetch_add(1, SeqCst),
        Cause::Fua => ctx.stats.fua_flushes.fetch_add(1, SeqCst),
    };
    let report = if caller.mode == Mode::Emulate {
        flush_emulated(caller, ctx)?
    } else {
        flush_own(caller, ctx)?
    };
    if report.flushed == 0 {
        ctx.stats.elided.fetch_add(1, SeqCst);
    }
    Ok(report)
}

/// Modes other than emulate: the caller's own flush, skipped when tracking
/// says nothing in the group needs it.
fn flush_own<B: Backend>(caller: &Arc<Conn<B>>, ctx: &FlushCtx<'_>) -> Result<Report, Errno> {
    let group = &caller.group;
    let mut report = Report {
        members: 1,
        ..Report::default()
    };
    if ctx.track != TrackDirty::Off && !group.dirty.load(SeqCst) {
        return Ok(report);
    }
    // Clean the group flag before the flush rather than after, so that a
    // write racing with this flush leaves it dirty; put it back on failure.
    let cleans_group = match ctx.track {
        TrackDirty::Connection => caller.plugin_multi_conn,
        TrackDirty::Fast => true,
        TrackDirty::Off => false,
    };
    let was_dirty = cleans_group && group.dirty.swap(false, SeqCst);
    let result = {
        // Our own request: shared, like a read, so that a flush replicated
        // here by an emulating connection of the same group waits for it.
        let _in_flight = caller.enter();
        guarded_flush(&caller.backend)
    };
    ctx.stats.plugin_flushes.fetch_add(1, SeqCst);
    if let Err(e) = result {
        if was_dirty {
            group.dirty.store(true, SeqCst);
        }
        return Err(e);
    }
    report.flushed = 1;
    if ctx.track == TrackDirty::Connection {
        if caller.plugin_multi_conn {
            // The plugin promises that this flush covered every connection.
            group.for_each(|m| m.dirty.clear(Dirty::all()));
        } else {
            caller.dirty.clear(Dirty::all());
        }
    }
    Ok(report)
}

/// The most waves one emulated flush runs before it gives up looking for
/// late readers and leaves the group dirty for the next flush instead.
const MAX_WAVES: usize = 4;

/// Emulate mode: the two passes over the caller's group, as described at the
/// top of this module.
fn flush_emulated<B: Backend>(caller: &Arc<Conn<B>>, ctx: &FlushCtx<'_>) -> Result<Report, Errno> {
    let group = &caller.group;
    let mut waves = group.lock_flush();

    // Clear the flag first: a write that dirties the group from now on is not
    // covered by this flush and must leave the group dirty for the next one.
    let was_dirty = group.dirty.swap(false, SeqCst);
    let mut report = Report::default();

    let needs = |bits: Dirty| match ctx.track {
        TrackDirty::Off => true,
        TrackDirty::Fast => was_dirty,
        TrackDirty::Connection => {
            bits.contains(Dirty::WRITE) || (was_dirty && bits.contains(Dirty::READ))
        }
    };
    let first = group.select(|m| {
        report.members += 1;
        needs(m.dirty.get())
    });
    *waves += 1;
    let mut wave = *waves;
    let first_wave = run_wave(caller, &first, wave, ctx, &mut report);

    // The second look is due if the group was dirty, and also if the first
    // wave wrote back a write that raced with this flush (marked after the
    // flag was read): readers may hold data older than that write-back.
    // Without races the second case implies the first.
    let dirty = was_dirty || matches!(first_wave, Ok(true));
    let mut result = first_wave.map(drop);
    let mut covered = !dirty;
    if dirty && result.is_ok() {
        for _ in 1..MAX_WAVES {
            // Readers that marked READ after the last wave was chosen.  The
            // last wave's own targets are safe: they were held until all of
            // its write-backs were done.
            let late = group.select(|m| {
                m.flushed_in.load(SeqCst) != wave && m.dirty.get().contains(Dirty::READ)
            });
            if late.is_empty() {
                covered = true;
                break;
            }
            *waves += 1;
            wave = *waves;
            match run_wave(caller, &late, wave, ctx, &mut report) {
                // Nothing new written back: nothing left to look for.
                Ok(false) => {
                    covered = true;
                    break;
                }
                Ok(true) => {}
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
    }
    if dirty {
        match result {
            Err(_) => group.dirty.store(true, SeqCst),
            Ok(()) if covered => settle_group_flag(group),
            Ok(()) => group.dirty.store(true, SeqCst),
        }
    }
    log::debug!(
        "flush from connection #{} export \"{}\": flushed {} of {} connections, skipped {}",
        caller.id,
        caller.export,
        report.flushed,
        report.members,
        report.members.saturating_sub(report.flushed),
    );
    result.map(|()| report)
}

/// After a successful emulated flush whose last look found no late reader:
/// a write that raced with it may have set the group flag again although a
/// wave flushed it.  Keep the flag only if some member still has an unflushed
/// write, so the next flush does not drop caches for nothing.  Clearing first
/// and looking second keeps racing writers safe: a writer sets its `WRITE`
/// bit before the flag, so either its flag comes after our clear, or its bit
/// is seen here.
fn settle_group_flag<B>(group: &crate::registry::Group<B>) {
    if group.dirty.swap(false, SeqCst) && group.any(|m| m.dirty.get().contains(Dirty::WRITE)) {
        group.dirty.store(true, SeqCst);
    }
}

/// Flush every target at once (or one after another when the thread model
/// demands), holding all their barriers until the last one is done.  Targets
/// that flushed clean their bits; the others stay dirty for the next flush.
/// Returns whether any target had unflushed writes (so wrote something back).
fn run_wave<B: Backend>(
    caller: &Arc<Conn<B>>,
    targets: &[Arc<Conn<B>>],
    wave: u64,
    ctx: &FlushCtx<'_>,
    report: &mut Report,
) -> Result<bool, Errno> {
    if targets.is_empty() {
        return Ok(false);
    }
    // Each waits for its connection's requests in flight to finish; from
    // then on the targets' bits cannot change until the wave is over.
    let _held = crate::barrier::Barrier::hold_all(targets.iter().map(|t| &t.barrier));
    let writes_back = targets.iter().any(|t| t.dirty.get().contains(Dirty::WRITE));

    let results = match ctx.replication {
        Replication::Sequential => targets.iter().map(|t| timed_flush(&t.backend)).collect(),
        Replication::Concurrent => concurrent_flushes(targets),
    };

    let mut first_error = None;
    for (t, r) in targets.iter().zip(results) {
        ctx.stats.plugin_flushes.fetch_add(1, SeqCst);
        match r {
            Ok(took) => {
                // Still holding the barrier: no request of `t` can be marking.
                t.dirty.clear(Dirty::all());
                t.flushed_in.store(wave, SeqCst);
                report.flushed += 1;
                if !Arc::ptr_eq(t, caller) {
                    ctx.stats.record_replicated(took);
                }
            }
            Err(e) => {
                log::debug!("flush of connection #{} failed: errno {}", t.id, e);
                first_error.get_or_insert(e);
            }
        }
    }
    first_error.map_or(Ok(writes_back), Err)
}

/// Run the flushes on the pool, the calling thread taking the first itself.
fn concurrent_flushes<B: Backend>(targets: &[Arc<Conn<B>>]) -> Vec<Result<Duration, Errno>> {
    let done = Arc::new(Latch::new(targets.len()));
    for (i, t) in targets.iter().enumerate().skip(1) {
        let t = t.clone();
        let done = done.clone();
        Pool::global().execute(Box::new(move || done.set(i, timed_flush(&t.backend))));
    }
    done.set(0, timed_flush(&targets[0].backend));
    done.wait()
}

fn timed_flush<B: Backend>(b: &B) -> Result<Duration, Errno> {
    let start = Instant::now();
    guarded_flush(b).map(|()| start.elapsed())
}

/// A plugin flush; a panic in it becomes EIO.
fn guarded_flush<B: Backend>(b: &B) -> Result<(), Errno> {
    catch_unwind(AssertUnwindSafe(|| b.flush())).unwrap_or(Err(libc::EIO))
}

type FlushResult = Result<Duration, Errno>;

/// Collects the results of a wave and wakes the caller when all are in.
struct Latch {
    /// Results still missing, and the results.
    state: parking_lot::Mutex<(usize, Vec<Option<FlushResult>>)>,
    all_done: parking_lot::Condvar,
}

impl Latch {
    fn new(n: usize) -> Latch {
        Latch {
            state: parking_lot::Mutex::new((n, vec![None; n])),
            all_done: parking_lot::Condvar::new(),
        }
    }

    fn set(&self, i: usize, r: Result<Duration, Errno>) {
        let mut st = self.state.lock();
        st.1[i] = Some(r);
        st.0 -= 1;
        if st.0 == 0 {
            self.all_done.notify_all();
        }
    }

    fn wait(&self) -> Vec<Result<Duration, Errno>> {
        let mut st = self.state.lock();
        while st.0 > 0 {
            self.all_done.wait(&mut st);
        }
        st.1.iter_mut()
            .map(|r| r.take().expect("every result set"))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::{Joining, Registry};
    use std::sync::atomic::{AtomicBool, AtomicUsize};

    /// Counts flushes; fails them while `fail` is set.
    #[derive(Default)]
    struct Fake {
        flushes: AtomicUsize,
        fail: AtomicBool,
    }

    impl Backend for Arc<Fake> {
        fn flush(&self) -> Result<(), Errno> {
            if self.fail.load(SeqCst) {
                return Err(libc::ENOSPC);
            }
            self.flushes.fetch_add(1, SeqCst);
            Ok(())
        }
    }

    struct World {
        conns: Vec<Arc<Conn<Arc<Fake>>>>,
        fakes: Vec<Arc<Fake>>,
        stats: Stats,
        track: TrackDirty,
    }

    impl World {
        fn new(n: usize, mode: Mode, track: TrackDirty, plugin_multi_conn: bool) -> World {
            let registry = Registry::default();
            let fakes: Vec<_> = (0..n).map(|_| Arc::new(Fake::default())).collect();
            let conns = fakes
                .iter()
                .map(|f| {
                    let j = Joining {
                        export: String::new(),
                        mode,
                        plugin_multi_conn,
                        backend: f.clone(),
                    };
                    registry.join(j, false)
                })
                .collect();
            World {
                conns,
                fakes,
                stats: Stats::default(),
                track,
            }
        }

        // What the data path does (vtable.rs), without the plugin call.
        fn read(&self, i: usize) {
            let _g = self.conns[i].enter();
            self.conns[i].dirty.mark(Dirty::READ);
        }

        fn write(&self, i: usize) {
            let _g = self.conns[i].enter();
            self.conns[i].dirty.mark(Dirty::WRITE);
            self.conns[i].group.mark_dirty();
        }

        fn flush(&self, i: usize, replication: Replication) -> Result<Report, Errno> {
            let ctx = FlushCtx {
                track: self.track,
                replication,
                stats: &self.stats,
            };
            flush(&self.conns[i], Cause::Client, &ctx)
        }

        /// Plugin flushes per connection since the last call.
        fn counts(&self) -> Vec<usize> {
            self.fakes
                .iter()
                .map(|f| f.flushes.swap(0, SeqCst))
                .collect()
        }
    }

    #[test]
    fn emulate_connection_tracking_two_passes() {
        for replication in [Replication::Concurrent, Replication::Sequential] {
            let w = World::new(4, Mode::Emulate, TrackDirty::Connection, false);
            // Nothing dirty: nothing flushed.
            assert_eq!(w.flush(0, replication).unwrap().flushed, 0);
            assert_eq!(w.counts(), [0, 0, 0, 0]);
            // 1 and 2 read, 3 writes; 0 flushes: writer (pass 1) and the
            // readers (pass 2), not 0, which has neither read nor written.
            w.read(1);
            w.read(2);
            w.write(3);
            let r = w.flush(0, replication).unwrap();
            assert_eq!((r.flushed, r.members), (3, 4));
            assert_eq!(w.counts(), [0, 1, 1, 1]);
            // Everything is clean now.
            assert_eq!(w.flush(2, replication).unwrap().flushed, 0);
            // Reads alone never need a flush: the group is clean.
            w.read(0);
            w.read(1);
            assert_eq!(w.flush(1, replication).unwrap().flushed, 0);
            assert_eq!(w.counts(), [0, 0, 0, 0]);
            // A write by the caller: caller (pass 1) plus the earlier readers.
            w.write(1);
            assert_eq!(w.flush(1, replication).unwrap().flushed, 2);
            assert_eq!(w.counts(), [1, 1, 0, 0]);
            assert_eq!(w.stats.elided.load(SeqCst), 3);
        }
    }

    #[test]
    fn emulate_fast_and_off() {
        let w = World::new(3, Mode::Emulate, TrackDirty::Fast, false);
        assert_eq!(w.flush(0, Replication::Concurrent).unwrap().flushed, 0);
        w.write(2);
        assert_eq!(w.flush(0, Replication::Concurrent).unwrap().flushed, 3);
        assert_eq!(w.counts(), [1, 1, 1]);
        assert_eq!(w.flush(1, Replication::Concurrent).unwrap().flushed, 0);

        let w = World::new(3, Mode::Emulate, TrackDirty::Off, false);
        assert_eq!(w.flush(0, Replication::Concurrent).unwrap().flushed, 3);
        assert_eq!(w.flush(0, Replication::Concurrent).unwrap().flushed, 3);
        assert_eq!(w.counts(), [2, 2, 2]);
    }

    #[test]
    fn other_modes_flush_only_the_caller() {
        // Connection tracking, plugin without multi-conn: the group stays
        // dirty, so every connection that asks gets its flush.
        let w = World::new(3, Mode::Plugin, TrackDirty::Connection, false);
        assert_eq!(w.flush(0, Replication::Concurrent).unwrap().flushed, 0);
        w.write(0);
        w.flush(0, Replication::Concurrent).unwrap();
        w.flush(1, Replication::Concurrent).unwrap();
        w.flush(0, Replication::Concurrent).unwrap();
        assert_eq!(w.counts(), [2, 1, 0]);

        // With a multi-conn plugin one flush cleans everything.
        let w = World::new(3, Mode::Plugin, TrackDirty::Connection, true);
        w.write(0);
        w.read(1);
        w.flush(1, Replication::Concurrent).unwrap();
        w.flush(0, Replication::Concurrent).unwrap();
        assert_eq!(w.counts(), [0, 1, 0]);
        assert!(w.conns.iter().all(|c| c.dirty.get().is_empty()));

        let w = World::new(2, Mode::Disable, TrackDirty::Fast, false);
        w.write(0);
        w.flush(1, Replication::Concurrent).unwrap();
        w.flush(0, Replication::Concurrent).unwrap();
        assert_eq!(w.counts(), [0, 1]);

        let w = World::new(2, Mode::Unsafe, TrackDirty::Off, false);
        w.flush(1, Replication::Concurrent).unwrap();
        w.flush(1, Replication::Concurrent).unwrap();
        assert_eq!(w.counts(), [0, 2]);
    }

    #[test]
    fn failed_flush_is_reported_and_retried() {
        for track in [TrackDirty::Connection, TrackDirty::Fast] {
            let w = World::new(3, Mode::Emulate, track, false);
            w.read(0);
            w.write(1);
            w.fakes[1].fail.store(true, SeqCst);
            assert_eq!(w.flush(2, Replication::Concurrent), Err(libc::ENOSPC));
            // The writer is still dirty, and so is the group.
            assert!(w.conns[1].dirty.get().contains(Dirty::WRITE));
            assert!(w.conns[0].group.dirty.load(SeqCst));
            w.fakes[1].fail.store(false, SeqCst);
            // The reader's flush had succeeded and it has not read since, so
            // with connection tracking only the writer is left to flush.
            let expected = if track == TrackDirty::Fast { 3 } else { 1 };
            assert_eq!(
                w.flush(2, Replication::Concurrent).unwrap().flushed,
                expected
            );
            assert_eq!(w.fakes[1].flushes.load(SeqCst), 1);
            assert_eq!(w.flush(2, Replication::Concurrent).unwrap().flushed, 0);
        }
        // The same in the other modes: the group stays dirty after a failure.
        let w = World::new(2, Mode::Plugin, TrackDirty::Fast, false);
        w.write(0);
        w.fakes[0].fail.store(true, SeqCst);
        assert_eq!(w.flush(0, Replication::Concurrent), Err(libc::ENOSPC));
        w.fakes[0].fail.store(false, SeqCst);
        assert_eq!(w.flush(0, Replication::Concurrent).unwrap().flushed, 1);
    }

    #[test]
    fn groups_by_export_name_do_not_replicate_to_each_other() {
        let registry = Registry::default();
        let fakes: Vec<_> = (0..4).map(|_| Arc::new(Fake::default())).collect();
        let conns: Vec<_> = fakes
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let j = Joining {
                    export: if i < 2 { "a".into() } else { "b".into() },
                    mode: Mode::Emulate,
                    plugin_multi_conn: false,
                    backend: f.clone(),
                };
                registry.join(j, true)
            })
            .collect();
        for c in &conns {
            c.dirty.mark(Dirty::WRITE);
            c.group.mark_dirty();
        }
        let stats = Stats::default();
        let ctx = FlushCtx {
            track: TrackDirty::Connection,
            replication: Replication::Concurrent,
            stats: &stats,
        };
        assert_eq!(flush(&conns[0], Cause::Client, &ctx).unwrap().flushed, 2);
        let counts: Vec<_> = fakes.iter().map(|f| f.flushes.load(SeqCst)).collect();
        assert_eq!(counts, [1, 1, 0, 0]);
        assert!(conns[2].dirty.get().contains(Dirty::WRITE));
    }

    #[test]
    fn a_panicking_plugin_flush_is_an_error() {
        struct Panics;
        impl Backend for Panics {
            fn flush(&self) -> Result<(), Errno> {
                panic!("plugin exploded")
            }
        }
        let registry = Registry::default();
        let c = registry.join(
            Joining {
                export: String::new(),
                mode: Mode::Emulate,
                plugin_multi_conn: false,
                backend: Panics,
            },
            false,
        );
        c.dirty.mark(Dirty::WRITE);
        let stats = Stats::default();
        let ctx = FlushCtx {
            track: TrackDirty::Connection,
            replication: Replication::Concurrent,
            stats: &stats,
        };
        assert_eq!(flush(&c, Cause::Client, &ctx), Err(libc::EIO));
        assert!(c.dirty.get().contains(Dirty::WRITE));
    }
}
