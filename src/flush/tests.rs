//! The engine against a fake plugin that counts flushes.

use super::cost::*;
use super::emulate::*;
use super::*;
use crate::dirty::Dirty;
use crate::gate::{Hold, Kind};
use crate::registry::{Answer, Joining, Registry, Target, Wave};
use crate::sync::atomic::AtomicUsize;
use std::sync::atomic::AtomicBool;

/// Counts flushes; fails them while `fail` is set (with `errno`, or
/// ENOSPC); waits for `hold`.
#[derive(Default)]
struct Fake {
    flushes: AtomicUsize,
    fail: AtomicBool,
    errno: std::sync::atomic::AtomicI32,
    entered: AtomicUsize,
    hold: std::sync::Mutex<()>,
    delay_us: std::sync::atomic::AtomicU64,
}

struct Handle(Arc<Fake>);

impl Backend for Handle {
    fn flush(&self) -> Result<(), Errno> {
        self.0.entered.fetch_add(1, SeqCst);
        drop(self.0.hold.lock());
        std::thread::sleep(Duration::from_micros(self.0.delay_us.load(SeqCst)));
        if self.0.fail.load(SeqCst) {
            return Err(match self.0.errno.load(SeqCst) {
                0 => libc::ENOSPC,
                e => e,
            });
        }
        self.0.flushes.fetch_add(1, SeqCst);
        Ok(())
    }
}

struct World {
    registry: Registry<Handle>,
    conns: Vec<Arc<Conn<Handle>>>,
    fakes: Vec<Arc<Fake>>,
    stats: Stats,
    pool: Pool,
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

                    export_key: Vec::new(),
                    mode,
                    auto: false,
                    can_flush: true,
                    plugin_multi_conn,
                    backend: Handle(f.clone()),
                };
                registry.join(registry.next_id(), j, false).unwrap()
            })
            .collect();
        World {
            registry,
            conns,
            fakes,
            stats: Stats::default(),
            pool: Pool::new(4),
            track,
        }
    }

    fn ctx(&self, replication: Replication) -> FlushCtx<'_> {
        FlushCtx {
            track: self.track,
            replication,
            stats: &self.stats,
            pool: &self.pool,
            fan_out: Policy::Never,
            alongside: Policy::Never,
        }
    }

    fn read(&self, i: usize) {
        let ctx = self.ctx(Replication::Parallel);
        crate::request::read(&self.conns[i], || ctx, || ()).unwrap();
    }

    fn write(&self, i: usize) {
        let ctx = self.ctx(Replication::Parallel);
        crate::request::write(&self.conns[i], false, || ctx, |_| Ok(())).unwrap();
    }

    fn flush(&self, i: usize, replication: Replication) -> Result<Report, Errno> {
        flush(&self.conns[i], Cause::Client, &self.ctx(replication))
    }

    /// Plugin flushes per connection since the last call.
    fn counts(&self) -> Vec<usize> {
        self.fakes
            .iter()
            .map(|f| f.flushes.swap(0, SeqCst))
            .collect()
    }
}

/// Connection tracking, the parallel model, everything inline.
fn plain_ctx<'a>(stats: &'a Stats, pool: &'a Pool) -> FlushCtx<'a> {
    FlushCtx {
        track: TrackDirty::Connection,
        replication: Replication::Parallel,
        stats,
        pool,
        fan_out: Policy::Never,
        alongside: Policy::Never,
    }
}

#[test]
fn emulate_connection_tracking_two_passes() {
    for replication in [Replication::Parallel, Replication::SerializeAllRequests] {
        let w = World::new(4, Mode::Emulate, TrackDirty::Connection, false);
        assert_eq!(w.flush(0, replication).unwrap().flushed, 0);
        assert_eq!(w.counts(), [0, 0, 0, 0]);
        // 1 and 2 read, 3 writes; 0 flushes: the writer (phase 1) and
        // the readers (phase 2), not 0, which has done neither.
        w.read(1);
        w.read(2);
        w.write(3);
        let r = w.flush(0, replication).unwrap();
        assert_eq!((r.flushed, r.members, r.overlaps), (3, 4, 0));
        assert_eq!(w.counts(), [0, 1, 1, 1]);
        assert_eq!(w.flush(2, replication).unwrap().flushed, 0);
        // Reads alone never need a flush: the group is clean.
        w.read(0);
        w.read(1);
        assert_eq!(w.flush(1, replication).unwrap().flushed, 0);
        assert_eq!(w.counts(), [0, 0, 0, 0]);
        // A connection that read and then wrote is flushed once: its
        // write-back drops its cache, and nothing read since.
        w.write(1);
        assert_eq!(w.flush(1, replication).unwrap().flushed, 2);
        assert_eq!(w.counts(), [1, 1, 0, 0]);
        assert_eq!(w.stats.elided.load(SeqCst), 3);
    }
}

#[test]
fn the_pool_path_flushes_the_same_connections() {
    let w = World::new(4, Mode::Emulate, TrackDirty::Connection, false);
    w.read(1);
    w.write(2);
    w.write(3);
    let ctx = FlushCtx {
        fan_out: Policy::Always,
        alongside: Policy::Never,
        ..w.ctx(Replication::Parallel)
    };
    assert_eq!(flush(&w.conns[0], Cause::Client, &ctx).unwrap().flushed, 3);
    assert_eq!(w.counts(), [0, 1, 1, 1]);
    w.pool.shutdown();
    assert_eq!(w.pool.threads(), 0);
}

#[test]
fn under_serialize_requests_readers_drop_at_their_next_request() {
    let w = World::new(3, Mode::Emulate, TrackDirty::Connection, false);
    let held = Replication::SerializeRequests;
    w.read(1);
    w.read(2);
    w.write(0);
    // The writer writes back now; the readers owe their drops.
    assert_eq!(w.flush(0, held).unwrap().flushed, 1);
    assert_eq!(w.counts(), [1, 0, 0]);
    let owes = |i: usize| w.conns[i].dirty.get().contains(Dirty::OWED);
    assert!(owes(1) && owes(2));
    // A request pays the debt before it runs, once.
    w.read(1);
    w.read(1);
    assert_eq!(w.counts(), [0, 1, 0]);
    assert_eq!(w.stats.owed_drops.load(SeqCst), 1);
    // A later flush that writes the other reader back pays its debt.
    w.conns[2].dirty.mark(Dirty::WRITE);
    w.conns[2].group.mark_dirty();
    w.flush(0, held).unwrap();
    assert_eq!(w.counts(), [0, 0, 1]);
    assert!(!owes(2));
    // A failed drop fails the request and stays owed.
    w.read(2);
    w.write(0);
    w.flush(0, held).unwrap();
    w.fakes[2].fail.store(true, SeqCst);
    let ctx = w.ctx(held);
    let failed = crate::request::read(&w.conns[2], || ctx, || ());
    assert_eq!(failed, Err(libc::ENOSPC));
    w.fakes[2].fail.store(false, SeqCst);
    w.read(2);
    assert_eq!(w.counts(), [1, 0, 1]);
}

#[test]
fn an_owed_drop_that_wrote_back_clears_write() {
    let w = World::new(2, Mode::Emulate, TrackDirty::Connection, false);
    let held = Replication::SerializeRequests;
    w.read(1);
    w.write(0);
    w.flush(0, held).unwrap();
    // 1 owes a drop; it writes: the write pays the debt first, then
    // marks WRITE, which the next flush writes back.
    w.write(1);
    assert!(w.conns[1].dirty.get().contains(Dirty::WRITE));
    assert_eq!(w.counts(), [1, 1]);
    assert_eq!(w.flush(0, held).unwrap().flushed, 1);
    assert_eq!(w.counts(), [0, 1]);
}

#[test]
fn only_readers_whose_drop_is_as_slow_are_dropped_alongside() {
    let w = World::new(4, Mode::Emulate, TrackDirty::Connection, false);
    let ms = |i: usize, ms: u64| w.conns[i].flush_cost_ns.store(ms * 1_000_000, SeqCst);
    // 0 writes and flushes in 3 s; 1 and 2 have read, 3 has not.
    ms(0, 3000);
    ms(1, 2000);
    ms(2, 5);
    w.read(1);
    w.read(2);
    // Flushes this slow run on the pool, where alongside pays.
    w.conns[0].group.flush_cost_ns.store(5_000_000, SeqCst);
    let ctx = FlushCtx {
        alongside: Policy::Measured,
        fan_out: Policy::Measured,
        ..w.ctx(Replication::Parallel)
    };
    // 0 has written (the group is dirty).
    w.write(0);
    let chosen = |ctx: &FlushCtx<'_>| {
        let mut report = Report::default();
        let ids = |v: Vec<Target<Handle>>| v.iter().map(|c| c.1.id).collect::<Vec<_>>();
        let chosen = in_wave(&w.conns[0], |wave| {
            let (writers, alongside) =
                phase1_targets(&w.conns[0], wave, true, true, ctx, &mut report);
            (ids(writers), ids(alongside))
        });
        assert_eq!(report.members, 4);
        chosen
    };
    assert_eq!(chosen(&ctx), (vec![w.conns[0].id], vec![w.conns[1].id]));
    // Not under serialize_requests (drops are owed there).
    let held = FlushCtx {
        replication: Replication::SerializeRequests,
        ..ctx
    };
    assert!(chosen(&held).1.is_empty());
    // Nor while a writer's cost is unknown: it could be the slow one.
    w.conns[0].flush_cost_ns.store(u64::MAX, SeqCst);
    assert!(chosen(&ctx).1.is_empty());
    // Every reader when forced, none when forbidden.
    ms(0, 3000);
    let forced = |alongside| FlushCtx { alongside, ..ctx };
    assert_eq!(
        chosen(&forced(Policy::Always)).1,
        [w.conns[1].id, w.conns[2].id]
    );
    assert!(chosen(&forced(Policy::Never)).1.is_empty());
    // A flush with the reader alongside flushes each connection once,
    // and leaves the reader's reads open.
    ms(0, 3000);
    w.write(0);
    let r = flush(&w.conns[0], Cause::Client, &ctx).unwrap();
    assert_eq!((r.flushed, r.overlaps), (3, 0));
    assert_eq!(w.counts(), [1, 1, 1, 0]);
    w.read(1);
    // Flushes cheap enough to run one after another on the caller's
    // thread: no reader goes alongside.
    ms(0, 3000);
    ms(1, 2000);
    w.write(0);
    w.conns[0].group.flush_cost_ns.store(5_000_000, SeqCst);
    assert_eq!(chosen(&ctx).1, [w.conns[1].id]);
    w.conns[0].group.flush_cost_ns.store(1_000, SeqCst);
    assert!(chosen(&ctx).1.is_empty());
}

/// Run `f` as the emulated flush of `c`'s group would, holding its wave.
fn in_wave<T>(c: &Conn<Handle>, f: impl FnOnce(&Wave<'_, Handle>) -> T) -> T {
    match c.group.commit(|wave| (f(wave), Ok(()))) {
        Answer::Ran(t) => t,
        _ => unreachable!("nobody else flushes"),
    }
}

#[test]
fn readers_go_alongside_only_when_there_is_something_to_write_back() {
    let w = World::new(3, Mode::Emulate, TrackDirty::Connection, false);
    w.read(1);
    w.read(2);
    let ctx = FlushCtx {
        alongside: Policy::Always,
        ..w.ctx(Replication::Parallel)
    };
    let alongside = |was_dirty| {
        let mut report = Report::default();
        in_wave(&w.conns[0], |wave| {
            let (writers, readers) =
                phase1_targets(&w.conns[0], wave, was_dirty, true, &ctx, &mut report);
            assert!(writers.is_empty());
            readers.len()
        })
    };
    // No writer, but the group flag was set (a write-back at close, a
    // failed flush): the drop phase runs, so readers may go alongside.
    assert_eq!(alongside(true), 2);
    // Neither: no drop phase at all.
    assert_eq!(alongside(false), 0);
}

#[test]
fn a_phase_fans_out_when_its_flushes_cost_more_than_the_inline_budget() {
    let (stats, pool) = (Stats::default(), Pool::new(1));
    let ctx = |replication, fan_out| FlushCtx {
        replication,
        fan_out,
        ..plain_ctx(&stats, &pool)
    };
    let (par, measured) = (Replication::Parallel, Policy::Measured);
    let us = |n: u64| n * 1000;
    // Forced, but never one target, never one plugin call at a time.
    assert!(fans_out(2, &ctx(par, Policy::Always), 0));
    assert!(!fans_out(1, &ctx(par, Policy::Always), u64::MAX));
    assert!(!fans_out(
        2,
        &ctx(Replication::SerializeAllRequests, Policy::Always),
        u64::MAX
    ));
    assert!(fans_out(
        2,
        &ctx(Replication::SerializeRequests, Policy::Always),
        0
    ));
    assert!(!fans_out(64, &ctx(par, Policy::Never), u64::MAX));
    // Measured: 20 us a flush, 200 us inline at most beyond the first.
    assert!(!fans_out(11, &ctx(par, measured), us(20)));
    assert!(fans_out(12, &ctx(par, measured), us(20)));
    // Cheaper than waking a pool thread: inline however many.
    assert!(!fans_out(10_000, &ctx(par, measured), us(20) - 1));
    // Not yet measured: fan out.
    assert!(fans_out(2, &ctx(par, measured), u64::MAX));
}

#[test]
fn a_failed_write_back_opens_the_readers_held_alongside() {
    let w = World::new(3, Mode::Emulate, TrackDirty::Connection, false);
    w.read(1);
    w.write(0);
    w.fakes[0].fail.store(true, SeqCst);
    let ctx = FlushCtx {
        alongside: Policy::Always,
        ..w.ctx(Replication::Parallel)
    };
    assert_eq!(flush(&w.conns[2], Cause::Client, &ctx), Err(libc::ENOSPC));
    // 1 was dropped alongside; the flush ended before phase 2.
    assert_eq!(w.counts(), [0, 1, 0]);
    assert!(!w.conns[1].gate.is_held(Hold::Reads));
}

#[test]
fn a_phase_reports_a_real_errno_over_eio() {
    // 0 and 1 write back (in that order) and fail; 2 asks.
    for (first, second) in [(libc::EIO, libc::ENOSPC), (libc::ENOSPC, libc::EIO)] {
        let w = World::new(3, Mode::Emulate, TrackDirty::Connection, false);
        for (i, e) in [(0, first), (1, second)] {
            w.write(i);
            w.fakes[i].errno.store(e, SeqCst);
            w.fakes[i].fail.store(true, SeqCst);
        }
        assert_eq!(w.flush(2, Replication::Parallel), Err(libc::ENOSPC));
    }
    // Of two real errnos, the first: the caller's own, if it failed.
    let w = World::new(2, Mode::Emulate, TrackDirty::Connection, false);
    for (i, e) in [(0, libc::EROFS), (1, libc::ENOSPC)] {
        w.write(i);
        w.fakes[i].errno.store(e, SeqCst);
        w.fakes[i].fail.store(true, SeqCst);
    }
    assert_eq!(w.flush(1, Replication::Parallel), Err(libc::ENOSPC));
    // EIO when that is all there is.
    let w = World::new(2, Mode::Emulate, TrackDirty::Connection, false);
    w.write(0);
    w.fakes[0].errno.store(libc::EIO, SeqCst);
    w.fakes[0].fail.store(true, SeqCst);
    assert_eq!(w.flush(1, Replication::Parallel), Err(libc::EIO));
}

#[test]
fn replicated_flushes_count_every_target_but_the_caller() {
    let w = World::new(4, Mode::Emulate, TrackDirty::Connection, false);
    w.write(0);
    w.read(1);
    w.read(2);
    // 0 writes back, 1 and 2 are dropped: two of them for 0.
    assert_eq!(w.flush(0, Replication::Parallel).unwrap().flushed, 3);
    assert_eq!(w.stats.replicated.load(SeqCst), 2);
    assert_eq!(w.stats.plugin_flushes.load(SeqCst), 3);
}

#[test]
fn the_slowest_replicated_flush_is_another_connections() {
    // A 50 ms flush: on the reader it is replicated, on the caller not.
    for (slow, replicated) in [(1, true), (0, false)] {
        let w = World::new(2, Mode::Emulate, TrackDirty::Connection, false);
        w.fakes[slow].delay_us.store(50_000, SeqCst);
        w.write(0);
        w.read(1);
        assert_eq!(w.flush(0, Replication::Parallel).unwrap().flushed, 2);
        let slowest = w.stats.slowest_replicated_us.load(SeqCst);
        assert_eq!(slowest >= 50_000, replicated, "{slowest} us");
    }
}

#[test]
fn an_alongside_reader_stays_held_until_the_drop_phase_is_chosen() {
    // 0 writes; 1 has read and is dropped alongside (forced); 2 asks.
    let w = World::new(3, Mode::Emulate, TrackDirty::Connection, false);
    w.read(1);
    w.write(0);
    let ctx = FlushCtx {
        fan_out: Policy::Always,
        alongside: Policy::Always,
        ..w.ctx(Replication::Parallel)
    };
    let held = w.fakes[0].hold.lock().unwrap();
    let read_done = AtomicBool::new(false);
    std::thread::scope(|s| {
        // The caller flushes 0 (and waits in it); a pool thread drops 1.
        let flusher = s.spawn(|| flush(&w.conns[2], Cause::Client, &ctx));
        while w.fakes[1].flushes.load(SeqCst) == 0 {
            std::thread::yield_now();
        }
        let reader = s.spawn(|| {
            w.read(1);
            read_done.store(true, SeqCst);
        });
        // 1's drop is done, but phase 1 is not: 1's reads wait.
        std::thread::sleep(Duration::from_millis(200));
        assert!(
            !read_done.load(SeqCst),
            "a read ran before phase 2 was chosen"
        );
        drop(held);
        let r = flusher.join().unwrap().unwrap();
        reader.join().unwrap();
        // Each once: 1's drop alongside the write-back saved a second.
        assert_eq!((r.flushed, r.overlaps), (2, 0));
    });
    assert_eq!(w.counts(), [1, 1, 0]);
}

#[test]
fn a_read_inside_a_write_back_is_dropped_again_and_counted() {
    // 0 writes, and a read of its own is inside when phase 1 writes 0
    // back: 0's READ is marked again and phase 2 drops it again.
    let w = World::new(2, Mode::Emulate, TrackDirty::Connection, false);
    w.write(0);
    let (entered, leave) = (std::sync::Barrier::new(2), Duration::from_secs(1));
    std::thread::scope(|s| {
        s.spawn(|| {
            let _inside = w.conns[0].enter(Kind::Read);
            entered.wait();
            // Long enough for the flush to reach phase 2's drain.
            std::thread::sleep(leave);
        });
        entered.wait();
        let r = w.flush(1, Replication::Parallel).unwrap();
        assert_eq!((r.flushed, r.overlaps), (2, 1));
    });
    assert_eq!(w.counts(), [2, 0]);
    assert_eq!(w.stats.overlap_flushes.load(SeqCst), 1);
}

#[test]
fn emulate_fast_and_off() {
    let w = World::new(3, Mode::Emulate, TrackDirty::Fast, false);
    assert_eq!(w.flush(0, Replication::Parallel).unwrap().flushed, 0);
    w.write(2);
    assert_eq!(w.flush(0, Replication::Parallel).unwrap().flushed, 3);
    assert_eq!(w.counts(), [1, 1, 1]);
    assert_eq!(w.flush(1, Replication::Parallel).unwrap().flushed, 0);

    let w = World::new(3, Mode::Emulate, TrackDirty::Off, false);
    assert_eq!(w.flush(0, Replication::Parallel).unwrap().flushed, 3);
    assert_eq!(w.flush(0, Replication::Parallel).unwrap().flushed, 3);
    assert_eq!(w.counts(), [2, 2, 2]);
}

#[test]
fn faults_by_name() {
    use faults::*;
    for (name, switch) in [
        ("drop-without-hold", &DROP_WITHOUT_HOLD),
        ("readers-first", &READERS_FIRST),
        ("forget-owed-drops", &FORGET_OWED_DROPS),
        ("no-mark-again", &NO_MARK_AGAIN),
        ("take-before-drain", &TAKE_BEFORE_DRAIN),
        ("no-hold-serialized", &NO_HOLD_SERIALIZED),
        ("no-replication", &NO_REPLICATION),
        ("lone-writer-skip", &LONE_WRITER_SKIP),
        ("no-write-back-at-close", &NO_WRITE_BACK_AT_CLOSE),
    ] {
        assert!(std::ptr::eq(by_name(name).unwrap(), switch), "{name}");
    }
    assert!(by_name("no-such-fault").is_none());
}

#[test]
fn flushes_asked_during_a_flush_share_the_next_one() {
    let w = World::new(3, Mode::Emulate, TrackDirty::Connection, false);
    w.write(0);
    let held = w.fakes[0].hold.lock().unwrap();
    let w = &w;
    std::thread::scope(|s| {
        let first = s.spawn(|| w.flush(0, Replication::Parallel));
        while w.fakes[0].entered.load(SeqCst) == 0 {
            std::thread::yield_now();
        }
        // 0's flush runs (held in the plugin); 1 and 2 ask meanwhile.
        let waiting: Vec<_> = [1, 2]
            .map(|i| s.spawn(move || w.flush(i, Replication::Parallel)))
            .into();
        while w.conns[0].group.scope.waiting() < 2 {
            std::thread::yield_now();
        }
        drop(held);
        let first = first.join().unwrap().unwrap();
        assert!(!first.shared);
        assert_eq!(first.flushed, 1);
        let shared: Vec<bool> = waiting
            .into_iter()
            .map(|t| t.join().unwrap().unwrap().shared)
            .collect();
        // One of them ran the next flush, the other shared it.
        assert_eq!(shared.iter().filter(|s| **s).count(), 1, "{shared:?}");
    });
    assert_eq!(w.stats.shared.load(SeqCst), 1);
    // The run that found nothing to flush counts as elided; the shared
    // answer does not.
    assert_eq!(w.stats.elided.load(SeqCst), 1);
    // The end of the first flush woke the two waiting (the end of the
    // second, the one sharing it if it was asleep by then); a flush
    // nobody waits for wakes nobody (a wake-up is a system call).
    let group = &w.conns[0].group;
    let woken = group.scope.notified.load(SeqCst);
    assert!((1..=2).contains(&woken), "{woken}");
    w.flush(0, Replication::Parallel).unwrap();
    assert_eq!(group.scope.notified.load(SeqCst), woken);
}

#[test]
fn cheap_flushes_are_timed_one_in_sample_every() {
    // One writer and 2 * SAMPLE_EVERY readers.
    let n = 2 * SAMPLE_EVERY + 1;
    let w = World::new(n, Mode::Emulate, TrackDirty::Connection, false);
    let group = &w.conns[0].group;
    let cost = |i: usize| w.conns[i].flush_cost_ns.load(SeqCst);
    // The sample starts where the count of plugin flushes says: 5
    // before phase 1 (the writer), 6 at the drop phase, whose targets
    // SAMPLE_EVERY - 6 and 2 * SAMPLE_EVERY - 6 are timed.
    for (group_cost, timed) in [(100, 2), (10_000, n - 1)] {
        for c in &w.conns {
            c.flush_cost_ns.store(1_000_000, SeqCst);
        }
        w.stats.plugin_flushes.store(5, SeqCst);
        group.flush_cost_ns.store(group_cost, SeqCst);
        (1..n).for_each(|i| w.read(i));
        w.write(0);
        assert_eq!(w.flush(0, Replication::Parallel).unwrap().flushed, n);
        let measured = (1..n).filter(|&i| cost(i) != 1_000_000).count();
        assert_eq!(measured, timed, "group cost {group_cost} ns");
    }
    // A connection never measured is always timed.
    for c in &w.conns {
        c.flush_cost_ns.store(u64::MAX, SeqCst);
    }
    group.flush_cost_ns.store(100, SeqCst);
    (1..n).for_each(|i| w.read(i));
    w.write(0);
    w.flush(0, Replication::Parallel).unwrap();
    assert!((0..n).all(|i| cost(i) != u64::MAX));
    // At 5 us exactly, every flush is timed.  (A drop phase alone: the
    // group flag set, nothing to write back, so no phase 1 moves the
    // group's cost first.)
    for c in &w.conns {
        c.flush_cost_ns.store(1_000_000, SeqCst);
    }
    group.flush_cost_ns.store(5000, SeqCst);
    (1..n).for_each(|i| w.read(i));
    group.mark_dirty();
    assert_eq!(w.flush(0, Replication::Parallel).unwrap().flushed, n - 1);
    assert_eq!((1..n).filter(|&i| cost(i) != 1_000_000).count(), n - 1);
}

#[test]
fn other_modes_flush_only_the_caller() {
    let w = World::new(3, Mode::Plugin, TrackDirty::Connection, false);
    let r = w.flush(0, Replication::Parallel).unwrap();
    assert_eq!((r.flushed, r.members), (0, 1));
    // A plugin that is not multi-conn: a flush covers its own connection
    // only and cleans nothing, so once the export has been written every
    // flush reaches the plugin (as nbdkit's filter does).
    w.write(0);
    w.flush(0, Replication::Parallel).unwrap();
    w.flush(1, Replication::Parallel).unwrap();
    w.flush(0, Replication::Parallel).unwrap();
    assert_eq!(w.counts(), [2, 1, 0]);

    let w = World::new(3, Mode::Plugin, TrackDirty::Connection, true);
    w.write(0);
    w.read(1);
    w.flush(1, Replication::Parallel).unwrap();
    w.flush(0, Replication::Parallel).unwrap();
    assert_eq!(w.counts(), [0, 1, 0]);

    let w = World::new(2, Mode::Disable, TrackDirty::Fast, false);
    w.write(0);
    w.flush(1, Replication::Parallel).unwrap();
    w.flush(0, Replication::Parallel).unwrap();
    assert_eq!(w.counts(), [0, 1]);
}

#[test]
fn mixed_modes_never_flush_or_clean_each_other() {
    let registry = Registry::default();
    let fakes: Vec<_> = (0..2).map(|_| Arc::new(Fake::default())).collect();
    let join = |i: usize, mode| {
        let j = Joining {
            export: String::new(),

            export_key: Vec::new(),
            mode,
            auto: false,
            can_flush: true,
            plugin_multi_conn: mode == Mode::Plugin,
            backend: Handle(fakes[i].clone()),
        };
        registry.join(registry.next_id(), j, false).unwrap()
    };
    let emulated = join(0, Mode::Emulate);
    let plugin = join(1, Mode::Plugin);
    let (stats, pool) = (Stats::default(), Pool::new(1));
    let ctx = plain_ctx(&stats, &pool);
    crate::request::write(&emulated, false, || ctx, |_| Ok(())).unwrap();
    crate::request::write(&plugin, false, || ctx, |_| Ok(())).unwrap();
    // The plugin-mode flush (multi-conn plugin: it cleans its group)
    // leaves the emulated connection's write to be written back.
    flush(&plugin, Cause::Client, &ctx).unwrap();
    assert!(emulated.dirty.get().contains(Dirty::WRITE));
    // The emulated flush never reaches the plugin-mode connection.
    flush(&emulated, Cause::Client, &ctx).unwrap();
    let counts: Vec<_> = fakes.iter().map(|f| f.flushes.load(SeqCst)).collect();
    assert_eq!(counts, [1, 1]);
}

#[test]
fn failed_flush_is_reported_and_retried() {
    for track in [TrackDirty::Connection, TrackDirty::Fast] {
        let w = World::new(3, Mode::Emulate, track, false);
        w.read(0);
        w.write(1);
        w.fakes[1].fail.store(true, SeqCst);
        assert_eq!(w.flush(2, Replication::Parallel), Err(libc::ENOSPC));
        assert!(w.conns[1].dirty.get().contains(Dirty::WRITE));
        assert!(w.conns[0].group.scope.dirty.load(SeqCst));
        w.fakes[1].fail.store(false, SeqCst);
        // A failed write-back ends the flush before its drop phase.
        assert!(w.conns[0].dirty.get().contains(Dirty::READ));
        let expected = if track == TrackDirty::Fast { 3 } else { 2 };
        assert_eq!(w.flush(2, Replication::Parallel).unwrap().flushed, expected);
        assert_eq!(w.flush(2, Replication::Parallel).unwrap().flushed, 0);
    }
}

#[test]
fn write_back_at_close_and_its_failure() {
    let w = World::new(2, Mode::Emulate, TrackDirty::Connection, false);
    w.write(0);
    w.read(1);
    w.registry.leave(&w.conns[0], || {
        write_back_at_close(&w.conns[0], &w.stats).unwrap();
    });
    assert_eq!(w.counts(), [1, 0]);
    assert_eq!(w.stats.close_writebacks.load(SeqCst), 1);
    // The group is dirty: the next flush drops the reader.
    assert_eq!(w.flush(1, Replication::Parallel).unwrap().flushed, 1);
    assert_eq!(w.counts(), [0, 1]);

    // A failed write-back: the next client flush fails with EIO, once.
    // (Every member's: see the test after this one.)
    let w = World::new(2, Mode::Emulate, TrackDirty::Connection, false);
    w.write(0);
    w.fakes[0].fail.store(true, SeqCst);
    w.registry.leave(&w.conns[0], || {
        assert_eq!(
            write_back_at_close(&w.conns[0], &w.stats),
            Err(libc::ENOSPC)
        );
    });
    assert_eq!(w.stats.close_writeback_failures.load(SeqCst), 1);
    assert_eq!(w.flush(1, Replication::Parallel), Err(libc::EIO));
    assert!(w.flush(1, Replication::Parallel).is_ok());
    // Other modes write nothing back at close.
    let w = World::new(1, Mode::Plugin, TrackDirty::Connection, false);
    w.write(0);
    write_back_at_close(&w.conns[0], &w.stats).unwrap();
    assert_eq!(w.counts(), [0]);
}

/// Rule F at close: a failed write-back at close fails
/// the next flush of every connection that was a member then, once each;
/// a connection that joins later reports it only if nobody has.
#[test]
fn a_lost_write_back_fails_every_members_next_flush_once() {
    let lose = |w: &World, i: usize| {
        w.write(i);
        w.fakes[i].fail.store(true, SeqCst);
        w.registry.leave(&w.conns[i], || {
            assert!(write_back_at_close(&w.conns[i], &w.stats).is_err());
        });
    };
    let w = World::new(3, Mode::Emulate, TrackDirty::Connection, false);
    lose(&w, 0);
    let late = join_one(&w, Mode::Emulate);
    assert_eq!(w.flush(1, Replication::Parallel), Err(libc::EIO));
    assert_eq!(w.flush(2, Replication::Parallel), Err(libc::EIO));
    assert!(w.flush(1, Replication::Parallel).is_ok());
    assert!(w.flush(2, Replication::Parallel).is_ok());
    // Joined after the failure, when members had yet to report it: it
    // reports it too (the members above have done so since).
    let ctx = w.ctx(Replication::Parallel);
    assert_eq!(flush(&late, Cause::Client, &ctx), Err(libc::EIO));
    assert!(flush(&late, Cause::Client, &ctx).is_ok());
    let later = join_one(&w, Mode::Emulate);
    assert!(flush(&later, Cause::Client, &ctx).is_ok());

    // The fault: only the group's next flush fails.
    faults::LOST_ONCE.store(true, SeqCst);
    let w = World::new(3, Mode::Emulate, TrackDirty::Connection, false);
    lose(&w, 0);
    let answers = [
        w.flush(1, Replication::Parallel),
        w.flush(2, Replication::Parallel),
    ];
    faults::LOST_ONCE.store(false, SeqCst);
    assert_eq!(answers.iter().filter(|r| r.is_err()).count(), 1);
}

/// A connection joining `w`'s registry on a fresh fake.
fn join_one(w: &World, mode: Mode) -> Arc<Conn<Handle>> {
    let j = Joining {
        export: String::new(),

        export_key: Vec::new(),
        mode,
        auto: false,
        can_flush: true,
        plugin_multi_conn: false,
        backend: Handle(Arc::new(Fake::default())),
    };
    w.registry.join(w.registry.next_id(), j, false).unwrap()
}

/// Rule D: outside emulate mode a flush never
/// cleans another export, whatever `multi-conn-exportname` says.
#[test]
fn other_modes_never_clean_another_export() {
    let run = || {
        let registry = Registry::default();
        let fakes: Vec<_> = (0..2).map(|_| Arc::new(Fake::default())).collect();
        let conns: Vec<_> = ["a", "b"]
            .iter()
            .zip(&fakes)
            .map(|(export, f)| {
                let j = Joining {
                    export: export.to_string(),

                    export_key: export.as_bytes().to_vec(),
                    mode: Mode::Plugin,
                    auto: false,
                    can_flush: true,
                    plugin_multi_conn: true,
                    backend: Handle(f.clone()),
                };
                registry.join(registry.next_id(), j, false).unwrap()
            })
            .collect();
        let (stats, pool) = (Stats::default(), Pool::new(1));
        let ctx = plain_ctx(&stats, &pool);
        crate::request::write(&conns[0], false, || ctx, |_| Ok(())).unwrap();
        flush(&conns[1], Cause::Client, &ctx).unwrap();
        flush(&conns[0], Cause::Client, &ctx).unwrap();
        fakes[0].flushes.load(SeqCst)
    };
    assert_eq!(run(), 1, "export a's own flush reaches the plugin");
    faults::OWN_SCOPE_GROUP.store(true, SeqCst);
    let with_fault = run();
    faults::OWN_SCOPE_GROUP.store(false, SeqCst);
    assert_eq!(with_fault, 0, "one group for both exports elides a's flush");
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
    let j = Joining {
        export: String::new(),

        export_key: Vec::new(),
        mode: Mode::Emulate,
        auto: false,
        can_flush: true,
        plugin_multi_conn: false,
        backend: Panics,
    };
    let c = registry.join(registry.next_id(), j, false).unwrap();
    c.dirty.mark(Dirty::WRITE);
    let (stats, pool) = (Stats::default(), Pool::new(1));
    let ctx = plain_ctx(&stats, &pool);
    assert_eq!(flush(&c, Cause::Client, &ctx), Err(libc::EIO));
    assert!(c.dirty.get().contains(Dirty::WRITE));
}

#[test]
fn a_groups_first_flush_runs_one_target_alone_then_cheap_ones_inline_and_slow_ones_on_the_pool() {
    let n = 32;
    let first_flush = |delay_us: u64, fan_out: Policy| {
        let w = World::new(n, Mode::Emulate, TrackDirty::Connection, false);
        for (i, f) in w.fakes.iter().enumerate() {
            f.delay_us.store(delay_us, SeqCst);
            w.write(i);
        }
        let ctx = FlushCtx {
            fan_out,
            ..w.ctx(Replication::Parallel)
        };
        let report = flush(&w.conns[0], Cause::Client, &ctx).unwrap();
        assert_eq!((report.flushed, report.members), (n, n));
        assert_eq!(w.counts(), vec![1; n]);
        let threads = w.pool.threads();
        let (group, plugin) = (
            w.conns[0].group.flush_cost_ns.load(SeqCst),
            w.pool.job_cost_ns(),
        );
        w.pool.shutdown();
        (threads, group, plugin)
    };
    // Free flushes: measured on the first target, then the rest inline; no
    // pool thread is started.  The plugin's cost is the group's.  (Up to
    // three tries: a probe preempted on a busy machine measures the
    // preemption.)
    let tries = || (0..3).map(|_| first_flush(0, Policy::Measured));
    let (threads, group, plugin) = tries().find(|r| r.0 == 0).unwrap_or((usize::MAX, 0, 0));
    assert_eq!(threads, 0);
    assert!(group < FAN_OUT_MIN.as_nanos() as u64);
    assert_eq!(plugin, group);
    // The check can fail: taken as expensive, the same flush starts threads.
    assert!(first_flush(0, Policy::Always).0 > 0);
    // 2 ms flushes: the rest of the phase goes to the pool.
    let (threads, group, _) = first_flush(2000, Policy::Measured);
    assert!(threads > 0);
    assert!(group >= 2_000_000);
}

#[test]
fn a_new_group_starts_from_the_plugins_cost_the_other_groups_measured() {
    let n = 8;
    // The caller's own flush (the phase's first target) is held back; how
    // many of the others are flushed meanwhile, waiting up to `patience`?
    let others_while_first_held = |plugin_cost_ns: u64, patience: Duration| {
        let w = World::new(n, Mode::Emulate, TrackDirty::Connection, false);
        for i in 0..n {
            w.write(i);
        }
        w.pool.set_job_cost_ns(plugin_cost_ns);
        let held = w.fakes[0].hold.lock().unwrap();
        let others = || {
            w.fakes[1..]
                .iter()
                .map(|f| f.flushes.load(SeqCst))
                .sum::<usize>()
        };
        let seen = std::thread::scope(|s| {
            let flusher = s.spawn(|| {
                let ctx = FlushCtx {
                    fan_out: Policy::Measured,
                    ..w.ctx(Replication::Parallel)
                };
                flush(&w.conns[0], Cause::Client, &ctx).unwrap();
            });
            let start = std::time::Instant::now();
            while others() < n - 1 && start.elapsed() < patience {
                std::thread::sleep(Duration::from_millis(1));
            }
            let seen = others();
            drop(held);
            flusher.join().unwrap();
            seen
        });
        assert_eq!(w.counts(), vec![1; n]);
        w.pool.shutdown();
        seen
    };
    // Other groups found flushes slow: on the pool at once, the others
    // flushed while the first is still running.
    assert_eq!(
        others_while_first_held(2_000_000, Duration::from_secs(10)),
        n - 1
    );
    // Unknown or cheap: the first target alone first, nothing meanwhile
    // (the check can fail: it does in the case above).
    let brief = Duration::from_millis(50);
    assert_eq!(others_while_first_held(u64::MAX, brief), 0);
    assert_eq!(others_while_first_held(1_000, brief), 0);
}

/// Issue 29, finding 3 (rule F): in plugin mode over a multi-conn plugin,
/// a failed flush is reported to the caller by its answer and to every
/// other member by its next flush (or FUA write), once; a connection that
/// joins afterwards is not told.
#[test]
fn a_failed_flush_is_reported_to_every_member_once() {
    let w = World::new(3, Mode::Plugin, TrackDirty::Connection, true);
    w.write(0);
    w.fakes[1].fail.store(true, SeqCst);
    assert_eq!(w.flush(1, Replication::Parallel), Err(libc::ENOSPC));
    w.fakes[1].fail.store(false, SeqCst);
    // 1 flushes again: OK, and the scope is clean.
    assert!(w.flush(1, Replication::Parallel).is_ok());
    assert_eq!(w.counts(), [0, 1, 0]);
    let late = w
        .registry
        .join(
            w.registry.next_id(),
            Joining {
                export: String::new(),
                export_key: Vec::new(),
                mode: Mode::Plugin,
                auto: false,
                can_flush: true,
                plugin_multi_conn: true,
                backend: Handle(Arc::new(Fake::default())),
            },
            false,
        )
        .unwrap();
    // 0 (whose write the failed flush held) is told, once, with no plugin
    // flush; so is 2, by a FUA write.
    assert_eq!(w.flush(0, Replication::Parallel), Err(libc::EIO));
    assert!(w.flush(0, Replication::Parallel).is_ok());
    let ctx = w.ctx(Replication::Parallel);
    let fua = |c: &Arc<Conn<Handle>>| crate::request::write(c, true, || ctx, |_| Ok(()));
    assert_eq!(fua(&w.conns[2]), Err(libc::EIO));
    assert!(fua(&w.conns[2]).is_ok());
    assert!(w.flush(1, Replication::Parallel).is_ok());
    // Joined after the failure, which 1 had reported: not told.
    assert!(flush(&late, Cause::Client, &ctx).is_ok());
    assert_eq!(w.counts(), [0, 0, 0]);

    // Over a plugin without multi-conn a flush covers only its caller:
    // nobody else is told.
    let w = World::new(2, Mode::Plugin, TrackDirty::Connection, false);
    w.write(0);
    w.fakes[0].fail.store(true, SeqCst);
    assert!(w.flush(0, Replication::Parallel).is_err());
    assert!(w.flush(1, Replication::Parallel).is_ok());
}

/// Rule F in emulate mode: a failed write-back of another member reaches
/// every member, the one written back included.
#[test]
fn a_failed_emulated_flush_is_reported_to_every_member_once() {
    let w = World::new(3, Mode::Emulate, TrackDirty::Connection, false);
    w.write(0);
    w.fakes[0].fail.store(true, SeqCst);
    assert_eq!(w.flush(1, Replication::Parallel), Err(libc::ENOSPC));
    w.fakes[0].fail.store(false, SeqCst);
    assert!(w.flush(1, Replication::Parallel).is_ok());
    assert_eq!(w.flush(0, Replication::Parallel), Err(libc::EIO));
    assert_eq!(w.flush(2, Replication::Parallel), Err(libc::EIO));
    assert!(w.flush(0, Replication::Parallel).is_ok());
    assert!(w.flush(2, Replication::Parallel).is_ok());
}

/// Issue 29, finding 1 in emulate mode with `multi-conn-close=none`
/// (rule 7): a member that leaves with unflushed writes hands them to the
/// group, whose next flush writes back through its caller.
#[test]
fn writes_left_at_close_are_written_back_by_the_next_flush() {
    let w = World::new(2, Mode::Emulate, TrackDirty::Connection, false);
    w.write(0);
    w.registry.leave(&w.conns[0], || ());
    assert!(w.conns[1].dirty.get().contains(Dirty::WRITE));
    assert_eq!(w.flush(1, Replication::Parallel).unwrap().flushed, 1);
    assert_eq!(w.counts(), [0, 1]);
    assert_eq!(w.flush(1, Replication::Parallel).unwrap().flushed, 0);
    // Nobody left: the group keeps the debt for the next to join.
    let w = World::new(1, Mode::Emulate, TrackDirty::Connection, false);
    w.write(0);
    w.registry.leave(&w.conns[0], || ());
    assert!(w.conns[0].group.departed.load(SeqCst));
    let next = join_one(&w, Mode::Emulate);
    let ctx = w.ctx(Replication::Parallel);
    assert_eq!(flush(&next, Cause::Client, &ctx).unwrap().flushed, 1);
    // With the write-back at close, nothing is handed over.
    let w = World::new(2, Mode::Emulate, TrackDirty::Connection, false);
    w.write(0);
    w.registry.leave(&w.conns[0], || {
        write_back_at_close(&w.conns[0], &w.stats).unwrap();
    });
    assert!(!w.conns[1].group.departed.load(SeqCst));
}

/// Rule E with `track-dirty=off`: nothing is skipped, and a group whose
/// writes a flush covered is not kept when it empties; one whose writes
/// none covered is, and the next connection's flush pays.
#[test]
fn off_tracking_keeps_only_a_group_that_owes() {
    let w = World::new(1, Mode::Plugin, TrackDirty::Off, true);
    w.write(0);
    assert_eq!(w.flush(0, Replication::Parallel).unwrap().flushed, 1);
    w.registry.leave(&w.conns[0], || ());
    assert_eq!(w.registry.group_count(), 0);

    let w = World::new(1, Mode::Plugin, TrackDirty::Connection, true);
    w.write(0);
    w.registry.leave(&w.conns[0], || ());
    assert_eq!(w.registry.kept_count(), 1);
    let next = join_one(&w, Mode::Plugin);
    assert!(next.group.scope.dirty.load(SeqCst));
}
