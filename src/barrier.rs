//! The per-connection barrier: how a flush learns which of a connection's
//! requests are in the plugin, waits for some of them, or keeps new ones
//! out, while the requests themselves pay almost nothing.
//!
//! # The request side: a store and a load, no read-modify-write
//!
//! Each thread has one *slot* for the whole process (it is inside at most
//! one barrier at a time), found through a thread-local pointer.  A request
//! stores a word into its own slot: a sequence number that grows with every
//! request of the thread, and the request's [`Kind`] (read, write, other).
//! It orders that store before its next load with only a compiler fence,
//! then loads the barrier's gate; if the gate is held it steps back and
//! waits.  Leaving, it stores the word again with the kind cleared.
//!
//! # The flush side pays: the asymmetric fence
//!
//! A flush first changes what requests will see (holds the gate, or clears
//! the connection's dirty bits, see `flush.rs`), then calls [`fence_all`]:
//! `membarrier(2)` (`MEMBARRIER_CMD_PRIVATE_EXPEDITED`) makes every thread
//! of the process execute a full memory barrier.  After it, for every
//! request either its slot store is visible to the flush, or its later
//! loads see what the flush changed: the classic store-then-load handshake,
//! with the expensive half of the fence on the flush side.  Where
//! `membarrier` is not available both sides use a full fence instead.
//!
//! On top of that handshake the flush has two tools, each O(the
//! connection's own threads):
//!
//! * [`Barrier::snapshot`]: which requests are inside now, and of what kind
//!   (a flush that lets the connection's requests go on uses it to learn
//!   which of them its plugin flush may not cover);
//! * [`Barrier::close`], [`Barrier::wait_then_look`] and [`Barrier::open`]:
//!   keep new requests of some kinds
//!   out ([`Hold::All`], or [`Hold::Reads`] while writes go on) and wait for
//!   those inside to leave.
//!
//! # Finding a connection's requests without scanning every thread
//!
//! A barrier keeps the list of slots that have entered it.  A slot records
//! the id of the barrier whose list holds it (its *home*); a request whose
//! slot is at home checks that with one load, and only a thread that moves
//! to another connection (which nbdkit's per-connection worker threads never
//! do) takes a lock once to join the new barrier's list.  Slots live for the
//! rest of the process: a slot whose thread exited goes back to a free list,
//! and a stale entry in a list is harmless because its home no longer names
//! that barrier.

use crate::ffi;
use parking_lot::{Condvar, Mutex};
use std::cell::Cell;
use std::sync::atomic::{compiler_fence, fence, AtomicU32, AtomicU64, AtomicUsize, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// What a request does in the plugin, as far as a flush cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u64)]
pub enum Kind {
    /// pread, cache: may fill the connection's cache.
    Read = 1,
    /// pwrite, zero, trim: may leave data to write back.
    Write = 2,
    /// Anything else on the handle (extents, the connection's own flush in
    /// the modes that do not emulate).
    Other = 3,
}

const KIND_MASK: u64 = 3;
/// The sequence number counts in units of this, above the kind bits.
const SEQ_ONE: u64 = 4;

fn kind_of(word: u64) -> u64 {
    word & KIND_MASK
}

/// Gate bits.  `HELD_ALL`: new requests wait.  `HELD_READS`: new reads
/// wait.  `WATCHED`: a flush is waiting for requests to leave, so a leaving
/// request wakes it.
const HELD_ALL: u32 = 1;
const WATCHED: u32 = 2;
const HELD_READS: u32 = 4;
/// Some request sleeps until the barrier opens: opening must wake it.
const SLEEPERS: u32 = 8;

/// What a [`Barrier::hold`] keeps out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hold {
    /// Every request.
    All,
    /// Reads (and caches) only; writes and other requests go on.
    Reads,
}

impl Hold {
    fn bits(self) -> u32 {
        match self {
            Hold::All => HELD_ALL,
            Hold::Reads => HELD_READS,
        }
    }

    /// Whether a request of `kind` (as in a slot word) must stay out.
    fn keeps_out(self, kind: u64) -> bool {
        kind != 0 && (self == Hold::All || kind == Kind::Read as u64)
    }
}

/// The gate bits that keep a request of `kind` out.
#[inline]
fn blocking(kind: Kind) -> u32 {
    match kind {
        Kind::Read => HELD_ALL | HELD_READS,
        Kind::Write | Kind::Other => HELD_ALL,
    }
}

/// How long a waiting flush sleeps before looking at the slots again, in
/// case a request left without seeing that it should wake it (its store
/// and its load of the gate may pass each other; that is the price of a
/// request without a fence).
const RECHECK: Duration = Duration::from_millis(1);
/// How long a waiting flush spins (yielding) before it sleeps: most
/// requests leave in microseconds.
const SPIN: Duration = Duration::from_micros(50);

/// One thread's place in the handshake.
struct Slot {
    /// `seq * SEQ_ONE | kind`, kind 0 when outside.  Written only by the
    /// owning thread.
    word: AtomicU64,
    /// The id of the barrier whose list holds this slot.  Written only by
    /// the owning thread, while outside every barrier, under `ADOPT`.
    home: AtomicU64,
}

/// The slots that have entered one barrier.  Flushes read it without a
/// lock (a flush over a thousand idle connections is mostly this read); it
/// only grows, under `ADOPT`.  nbdkit gives each connection 16 threads by
/// default, so that many fit inline; more go to a locked overflow list.
struct SlotList {
    inline: [OnceLock<&'static Slot>; INLINE_SLOTS],
    len: AtomicUsize,
    more: Mutex<Vec<&'static Slot>>,
}

const INLINE_SLOTS: usize = 16;

impl SlotList {
    fn new() -> SlotList {
        SlotList {
            inline: std::array::from_fn(|_| OnceLock::new()),
            len: AtomicUsize::new(0),
            more: Mutex::new(Vec::new()),
        }
    }

    /// Call `f` on every slot in the list.
    fn for_each(&self, mut f: impl FnMut(&'static Slot)) {
        let n = self.len.load(Ordering::Acquire);
        for s in self.inline[..n.min(INLINE_SLOTS)]
            .iter()
            .filter_map(OnceLock::get)
        {
            f(s);
        }
        if n > INLINE_SLOTS {
            self.more.lock().iter().for_each(|&s| f(s));
        }
    }

    /// Add `slot` unless it is there.  Callers hold `ADOPT`.
    fn add(&self, slot: &'static Slot) {
        let mut there = false;
        self.for_each(|s| there |= std::ptr::eq(s, slot));
        if there {
            return;
        }
        let n = self.len.load(Ordering::Relaxed);
        if n < INLINE_SLOTS {
            let _ = self.inline[n].set(slot);
        } else {
            self.more.lock().push(slot);
        }
        self.len.store(n + 1, Ordering::Release);
    }
}

/// Every slot ever made lives for the rest of the process; those whose
/// thread has exited wait here for a new thread.
static FREE: Mutex<Vec<&'static Slot>> = Mutex::new(Vec::new());
/// Taken to move a slot to another barrier's list (rare).
static ADOPT: Mutex<()> = Mutex::new(());

/// Flushes waiting for requests to leave sleep here.
static LEFT: Condvar = Condvar::new();
static LEFT_LOCK: Mutex<()> = Mutex::new(());

thread_local! {
    static RETURN_AT_EXIT: SlotReturn = const { SlotReturn(Cell::new(None)) };
}

/// Gives the thread's slot back when the thread exits.
struct SlotReturn(Cell<Option<&'static Slot>>);

impl Drop for SlotReturn {
    fn drop(&mut self) {
        if let Some(slot) = self.0.take() {
            // A request made later in this thread's exit takes a new slot.
            mine::set(None);
            FREE.lock().push(slot);
        }
    }
}

#[inline]
fn my_slot() -> &'static Slot {
    mine::get().unwrap_or_else(new_slot)
}

#[cold]
fn new_slot() -> &'static Slot {
    let slot = FREE.lock().pop().unwrap_or_else(|| {
        Box::leak(Box::new(Slot {
            word: AtomicU64::new(0),
            home: AtomicU64::new(0),
        }))
    });
    mine::set(Some(slot));
    let _ = RETURN_AT_EXIT.try_with(|r| r.0.set(Some(slot)));
    slot
}

#[cfg(all(target_arch = "x86_64", target_os = "linux"))]
mod mine {
    use super::Slot;
    use std::arch::{asm, global_asm};

    global_asm!(
        ".pushsection .tbss,\"awT\",@nobits",
        ".p2align 3",
        ".globl multiconn_barrier_slot",
        ".hidden multiconn_barrier_slot",
        ".type multiconn_barrier_slot,@object",
        ".size multiconn_barrier_slot,8",
        "multiconn_barrier_slot:",
        ".zero 8",
        ".popsection",
    );

    /// Where this thread's copy of the variable is, as an offset from the
    /// thread pointer: a TLS descriptor call.  The resolver preserves every
    /// general register but `rax`; the vector registers are declared
    /// clobbered, because the dynamic resolver's slow path (a thread's
    /// first access when the variable is not in static TLS) calls `malloc`,
    /// and some glibc versions do not save them around it.
    #[inline]
    fn offset() -> usize {
        let off: usize;
        // SAFETY: the TLS descriptor sequence for the variable above; the
        // resolver is the dynamic linker's.
        unsafe {
            asm!(
                "leaq multiconn_barrier_slot@TLSDESC(%rip), %rax",
                "call *multiconn_barrier_slot@TLSCALL(%rax)",
                out("rax") off,
                out("xmm0") _, out("xmm1") _, out("xmm2") _, out("xmm3") _,
                out("xmm4") _, out("xmm5") _, out("xmm6") _, out("xmm7") _,
                out("xmm8") _, out("xmm9") _, out("xmm10") _, out("xmm11") _,
                out("xmm12") _, out("xmm13") _, out("xmm14") _, out("xmm15") _,
                options(att_syntax, readonly),
            );
        }
        off
    }

    #[inline]
    pub fn get() -> Option<&'static Slot> {
        let off = offset();
        let p: *const Slot;
        // SAFETY: reads this thread's copy of the variable above, which
        // only ever holds null or a leaked (`'static`) slot.
        unsafe {
            asm!(
                "movq %fs:({off}), {p}",
                off = in(reg) off,
                p = lateout(reg) p,
                options(att_syntax, nostack, readonly, preserves_flags),
            );
            p.as_ref()
        }
    }

    pub fn set(slot: Option<&'static Slot>) {
        let off = offset();
        let p: *const Slot = slot.map_or(std::ptr::null(), |s| s);
        // SAFETY: writes this thread's copy of the variable above.
        unsafe {
            asm!(
                "movq {p}, %fs:({off})",
                off = in(reg) off,
                p = in(reg) p,
                options(att_syntax, nostack, preserves_flags),
            );
        }
    }
}

#[cfg(not(all(target_arch = "x86_64", target_os = "linux")))]
mod mine {
    use super::Slot;
    use std::cell::Cell;

    thread_local! {
        static MINE: Cell<Option<&'static Slot>> = const { Cell::new(None) };
    }

    #[inline]
    pub fn get() -> Option<&'static Slot> {
        MINE.with(Cell::get)
    }

    pub fn set(slot: Option<&'static Slot>) {
        MINE.with(|m| m.set(slot));
    }
}

/// A connection's barrier.
pub struct Barrier {
    /// Unique for the life of the process (never 0).
    id: u64,
    gate: AtomicU32,
    /// Slots that have entered this barrier (see the module comment).
    slots: SlotList,
    /// Requests waiting for the gate to open sleep here.
    sleepers: Mutex<()>,
    opened: Condvar,
}

/// Whether `membarrier(2)` is registered for this process (asked once):
/// if not, requests pay a full fence each.
pub fn asymmetric() -> bool {
    static OK: OnceLock<bool> = OnceLock::new();
    *OK.get_or_init(ffi::membarrier_register)
}

/// The request side of the handshake: cheap when `membarrier` works.
#[inline]
fn light_fence() {
    if asymmetric() {
        compiler_fence(Ordering::SeqCst);
    } else {
        fence(Ordering::SeqCst);
    }
}

/// The flush side of the handshake: after it, every request's slot store
/// made before it is visible, and every request's loads after it see what
/// the caller stored before it.  One call serves any number of barriers.
pub fn fence_all() {
    if !(asymmetric() && ffi::membarrier_expedited()) {
        fence(Ordering::SeqCst);
    }
}

impl Default for Barrier {
    fn default() -> Self {
        static IDS: AtomicU64 = AtomicU64::new(1);
        Barrier {
            id: IDS.fetch_add(1, Ordering::Relaxed),
            gate: AtomicU32::new(0),
            slots: SlotList::new(),
            sleepers: Mutex::new(()),
            opened: Condvar::new(),
        }
    }
}

/// Requests inside a barrier at the time of a [`Barrier::snapshot`]: each
/// slot with the word it had.
#[derive(Default)]
pub struct InFlight(Vec<(&'static Slot, u64)>);

impl InFlight {
    /// Whether a request of `kind` that was inside still is (its slot still
    /// holds the same word: a new request has a new sequence number).
    pub fn still_inside(&self, kind: Kind) -> bool {
        self.0
            .iter()
            .any(|&(s, w)| kind_of(w) == kind as u64 && s.word.load(Ordering::Acquire) == w)
    }
}

impl Barrier {
    /// Enter for one request of `kind`; leave by dropping the guard.  Waits
    /// while the barrier is held.  A thread enters one barrier at a time.
    #[inline]
    pub fn enter(&self, kind: Kind) -> Entered<'_> {
        let slot = my_slot();
        if slot.home.load(Ordering::Relaxed) != self.id {
            self.adopt(slot);
        }
        let outside = slot.word.load(Ordering::Relaxed);
        debug_assert_eq!(kind_of(outside), 0, "nested enter");
        let inside = outside + SEQ_ONE + kind as u64;
        slot.word.store(inside, Ordering::Relaxed);
        light_fence();
        if self.gate.load(Ordering::Relaxed) & blocking(kind) != 0 {
            self.wait_until_open(slot, inside, blocking(kind));
        }
        // Order the request's own accesses after the check.
        fence(Ordering::Acquire);
        Entered {
            barrier: self,
            slot,
            inside,
        }
    }

    /// A thread's first request on this barrier: put its slot on the list.
    #[cold]
    fn adopt(&self, slot: &'static Slot) {
        let _adopt = ADOPT.lock();
        self.slots.add(slot);
        // Before the request's word: a flush that sees the word sees the home.
        slot.home.store(self.id, Ordering::SeqCst);
    }

    /// The barrier was held against a request when it arrived (`blocked`:
    /// the gate bits that keep it out): step back, wait until it opens, and
    /// try again.
    #[cold]
    fn wait_until_open(&self, slot: &Slot, inside: u64, blocked: u32) {
        loop {
            slot.word.store(inside & !KIND_MASK, Ordering::Release);
            wake_flushers();
            {
                let mut sleepers = self.sleepers.lock();
                // Announce the sleeper before looking: either the opener's
                // clear comes later and sees it, or this look sees the clear.
                while self.gate.fetch_or(SLEEPERS, Ordering::SeqCst) & blocked != 0 {
                    self.opened.wait(&mut sleepers);
                }
            }
            slot.word.store(inside, Ordering::Relaxed);
            light_fence();
            if self.gate.load(Ordering::Relaxed) & blocked == 0 {
                return;
            }
        }
    }

    /// The requests inside now.  Only meaningful after a [`fence_all`] that
    /// follows whatever the caller changed: see the module comment.
    pub fn snapshot(&self) -> InFlight {
        self.wait_then_look(None)
    }

    /// With `held` (what the caller holds, after a [`fence_all`] that
    /// follows the hold): wait until no request of the held kinds is inside.
    /// Then, or at once without `held`, return the requests inside.
    pub fn wait_then_look(&self, held: Option<Hold>) -> InFlight {
        self.wait_until(|| self.look(held))
    }

    /// The requests inside now, or `None` if one of the kinds in `held` is
    /// among them.  No lock, no write: cheap enough to ask of many
    /// barriers in a row.
    pub fn look(&self, held: Option<Hold>) -> Option<InFlight> {
        let mut inside = Vec::new();
        let mut blocked = false;
        self.slots.for_each(|s| {
            let w = s.word.load(Ordering::Acquire);
            if kind_of(w) == 0 || s.home.load(Ordering::Acquire) != self.id {
                return;
            }
            blocked |= held.is_some_and(|h| h.keeps_out(kind_of(w)));
            inside.push((s, w));
        });
        (!blocked).then_some(InFlight(inside))
    }

    /// Keep new requests of the kinds `what` names out until
    /// [`Barrier::open`].  Those inside are not waited for: call
    /// [`fence_all`], then [`Barrier::wait_then_look`].  Only one caller at a
    /// time may hold a given barrier (the flush running in its connection's
    /// group).
    pub fn close(&self, what: Hold) {
        self.gate.fetch_or(what.bits(), Ordering::SeqCst);
    }

    /// End a [`Barrier::close`], waking the requests it kept out.
    pub fn open(&self, what: Hold) {
        let was = self
            .gate
            .fetch_and(!(what.bits() | SLEEPERS), Ordering::SeqCst);
        if was & SLEEPERS != 0 {
            let _sleepers = self.sleepers.lock();
            self.opened.notify_all();
        }
    }

    /// Sleep until `ready` gives a value, woken by leaving requests.
    fn wait_until<T>(&self, mut ready: impl FnMut() -> Option<T>) -> T {
        if let Some(v) = ready() {
            return v;
        }
        self.gate.fetch_or(WATCHED, Ordering::SeqCst);
        let start = Instant::now();
        let v = loop {
            if let Some(v) = ready() {
                break v;
            }
            if start.elapsed() < SPIN {
                std::thread::yield_now();
            } else {
                let mut lock = LEFT_LOCK.lock();
                LEFT.wait_for(&mut lock, RECHECK);
            }
        };
        self.gate.fetch_and(!WATCHED, Ordering::SeqCst);
        v
    }
}

fn wake_flushers() {
    let _lock = LEFT_LOCK.lock();
    LEFT.notify_all();
}

/// A request inside a barrier.
pub struct Entered<'a> {
    barrier: &'a Barrier,
    slot: &'static Slot,
    inside: u64,
}

impl Drop for Entered<'_> {
    #[inline]
    fn drop(&mut self) {
        self.slot
            .word
            .store(self.inside & !KIND_MASK, Ordering::Release);
        if self.barrier.gate.load(Ordering::Relaxed) & WATCHED != 0 {
            wake_flushers();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicBool, AtomicUsize};
    use std::sync::Arc;

    #[test]
    fn each_thread_has_its_own_slot_pointer() {
        let main_slot = my_slot();
        let others: Vec<usize> = (0..4)
            .map(|_| std::thread::spawn(|| my_slot() as *const Slot as usize))
            .map(|t| t.join().unwrap())
            .collect();
        assert!(
            std::ptr::eq(main_slot, my_slot()),
            "a thread's slot changed"
        );
        for o in &others {
            assert_ne!(*o, main_slot as *const Slot as usize);
        }
        let again = std::thread::spawn(|| {
            mine::set(None);
            assert!(mine::get().is_none());
            let s = my_slot();
            std::ptr::eq(mine::get().unwrap(), s)
        });
        assert!(again.join().unwrap());
    }

    #[test]
    fn a_hold_waits_for_requests_and_keeps_new_ones_out() {
        let b = Arc::new(Barrier::default());
        let inside = Arc::new(AtomicUsize::new(0));
        let overlap = Arc::new(AtomicBool::new(false));
        let stop = Arc::new(AtomicBool::new(false));
        let workers: Vec<_> = (0..3)
            .map(|i| {
                let (b, inside, stop) = (b.clone(), inside.clone(), stop.clone());
                std::thread::spawn(move || {
                    let kind = [Kind::Read, Kind::Write, Kind::Other][i];
                    let mut n = 0u64;
                    while !stop.load(Ordering::SeqCst) {
                        let _e = b.enter(kind);
                        inside.fetch_add(1, Ordering::SeqCst);
                        std::hint::spin_loop();
                        inside.fetch_sub(1, Ordering::SeqCst);
                        n += 1;
                    }
                    n
                })
            })
            .collect();
        for _ in 0..200 {
            b.close(Hold::All);
            fence_all();
            b.wait_then_look(Some(Hold::All));
            if inside.load(Ordering::SeqCst) != 0 {
                overlap.store(true, Ordering::SeqCst);
            }
            std::thread::yield_now();
            if inside.load(Ordering::SeqCst) != 0 {
                overlap.store(true, Ordering::SeqCst);
            }
            b.open(Hold::All);
        }
        stop.store(true, Ordering::SeqCst);
        let total: u64 = workers.into_iter().map(|w| w.join().unwrap()).sum();
        assert!(
            !overlap.load(Ordering::SeqCst),
            "a request ran while the barrier was held"
        );
        assert!(total > 0);
    }

    #[test]
    fn a_read_hold_lets_writes_pass_and_waits_for_reads() {
        let b = Arc::new(Barrier::default());
        let (read_in, read_went_in) = std::sync::mpsc::channel();
        let (let_read_out, read_may_leave) = std::sync::mpsc::channel::<()>();
        let reader = {
            let b = b.clone();
            std::thread::spawn(move || {
                let _e = b.enter(Kind::Read);
                read_in.send(()).unwrap();
                read_may_leave.recv().unwrap();
            })
        };
        read_went_in.recv().unwrap();
        b.close(Hold::Reads);
        fence_all();
        let snap = b.snapshot();
        assert!(snap.still_inside(Kind::Read) && !snap.still_inside(Kind::Write));
        // A write passes the read hold (a nested enter on another thread).
        let writer = {
            let b = b.clone();
            std::thread::spawn(move || {
                let _e = b.enter(Kind::Write);
            })
        };
        writer.join().unwrap();
        // A new read waits until the hold is dropped.
        let (second_in, second_went_in) = std::sync::mpsc::channel();
        let second = {
            let b = b.clone();
            std::thread::spawn(move || {
                let _e = b.enter(Kind::Read);
                second_in.send(()).unwrap();
            })
        };
        let_read_out.send(()).unwrap();
        b.wait_then_look(Some(Hold::Reads));
        reader.join().unwrap();
        assert!(
            second_went_in.try_recv().is_err(),
            "a read entered while reads were held"
        );
        b.open(Hold::Reads);
        second_went_in.recv().unwrap();
        second.join().unwrap();
        fence_all();
        assert!(!b.snapshot().still_inside(Kind::Read));
    }

    #[test]
    fn a_thread_that_moves_between_barriers_is_found_in_each() {
        let (a, b) = (Barrier::default(), Barrier::default());
        for _ in 0..3 {
            for x in [&a, &b] {
                let e = x.enter(Kind::Write);
                fence_all();
                assert!(x.snapshot().still_inside(Kind::Write));
                let other = if std::ptr::eq(x, &a) { &b } else { &a };
                assert!(!other.snapshot().still_inside(Kind::Write));
                drop(e);
            }
        }
        for x in [&a, &b] {
            let mut n = 0;
            x.slots.for_each(|_| n += 1);
            assert_eq!(n, 1);
        }
    }
}
