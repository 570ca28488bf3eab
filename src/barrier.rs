//! The per-connection barrier: a connection's own requests pass it almost
//! for free; a flush replicated to the connection closes it, waits until no
//! request of the connection is in the plugin, and keeps new ones waiting
//! until it opens it again.
//!
//! # Why not a read-write lock
//!
//! A shared lock costs two atomic read-modify-write operations per request
//! (take, release), each a full fence; on some machines that is tens of
//! nanoseconds apiece.  Flushes are rare and slow, requests are many and
//! fast, so the cost is moved to the flush side with an *asymmetric fence*:
//!
//! * a request stores `active = 1` in its thread's slot, orders that store
//!   before its next load with only a compiler fence, and checks that the
//!   barrier is open; leaving, it stores `active = 0` (release);
//! * a flush stores `closed = true`, then runs `membarrier(2)`
//!   (`MEMBARRIER_CMD_PRIVATE_EXPEDITED`), which makes every thread of the
//!   process execute a full memory barrier, then waits until every slot of
//!   the connection reads `active == 0`.
//!
//! Either the request's check sees `closed` (it steps back and waits) or the
//! flush sees the request's `active` (it waits for it to leave): the classic
//! store-then-load handshake, with the expensive half of the fence on the
//! flush side.  Where `membarrier` is not available both sides use a full
//! fence instead.
//!
//! Each thread has one slot for the whole process (it is inside at most one
//! barrier at a time), found through a thread-local pointer; a slot is made
//! on a thread's first request, the only allocation, and goes back to a free
//! list when the thread exits.  A flush scans the slots of every thread.

use crate::ffi;
use parking_lot::{Condvar, Mutex};
use std::cell::Cell;
use std::sync::atomic::{compiler_fence, fence, AtomicBool, AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::Duration;

/// How long a waiting flush sleeps before looking at the slots again, in
/// case a request left without seeing that it should wake it.
const RECHECK: Duration = Duration::from_millis(1);

/// One thread's place in the handshake.
#[derive(Default)]
struct Slot {
    /// The id of the barrier the thread's request is inside, or 0.
    /// Written only by the owning thread.
    inside: AtomicU64,
}

/// Every slot ever made (each lives for the rest of the process), and those
/// whose thread has exited.
static SLOTS: Mutex<Vec<&'static Slot>> = Mutex::new(Vec::new());
static FREE: Mutex<Vec<&'static Slot>> = Mutex::new(Vec::new());

/// Flushes waiting for requests to leave sleep here.
static DRAINED: Condvar = Condvar::new();
static DRAINED_LOCK: Mutex<()> = Mutex::new(());

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
            slot.inside.store(0, Ordering::Release);
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
        let slot: &'static Slot = Box::leak(Box::default());
        SLOTS.lock().push(slot);
        slot
    });
    mine::set(Some(slot));
    let _ = RETURN_AT_EXIT.try_with(|r| r.0.set(Some(slot)));
    slot
}

/// The calling thread's slot pointer.
///
/// `thread_local!` in a shared library compiles to a `__tls_get_addr` call
/// on every access, measured at about 9 ns per request here (a third of the
/// filter's cost then).  On x86-64 the pointer is instead a thread-local
/// variable declared in assembly and reached through a TLS descriptor: when
/// glibc has room in its static TLS reserve at `dlopen` time (it normally
/// does), the descriptor's resolver just returns a constant offset from
/// `%fs`; when it has not, the resolver falls back to the dynamic lookup,
/// so loading never fails for lack of static TLS (as an initial-exec
/// variable could).  Other targets than x86-64 Linux keep `thread_local!`.
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

pub struct Barrier {
    id: u64,
    closed: AtomicBool,
    /// Requests waiting for the barrier to open sleep here.
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

/// The flush side of the handshake.
fn heavy_fence() {
    if !(asymmetric() && ffi::membarrier_expedited()) {
        fence(Ordering::SeqCst);
    }
}

impl Default for Barrier {
    fn default() -> Self {
        static IDS: AtomicU64 = AtomicU64::new(1);
        Barrier {
            id: IDS.fetch_add(1, Ordering::Relaxed),
            closed: AtomicBool::new(false),
            sleepers: Mutex::new(()),
            opened: Condvar::new(),
        }
    }
}

impl Barrier {
    /// Enter for one request; leave by dropping the guard.  Waits while a
    /// flush holds the barrier.  A thread enters one barrier at a time.
    #[inline]
    pub fn enter(&self) -> Entered<'_> {
        let slot = my_slot();
        debug_assert_eq!(slot.inside.load(Ordering::Relaxed), 0, "nested enter");
        slot.inside.store(self.id, Ordering::Relaxed);
        light_fence();
        if self.closed.load(Ordering::Relaxed) {
            self.wait_until_open(slot);
        }
        // Order the request's own accesses after the check.
        fence(Ordering::Acquire);
        Entered {
            barrier: self,
            slot,
        }
    }

    /// The barrier was closed when a request arrived: step back, wait for
    /// the flush to finish, and try again.
    #[cold]
    fn wait_until_open(&self, slot: &Slot) {
        loop {
            slot.inside.store(0, Ordering::Release);
            wake_flushers();
            {
                let mut sleepers = self.sleepers.lock();
                while self.closed.load(Ordering::SeqCst) {
                    self.opened.wait(&mut sleepers);
                }
            }
            slot.inside.store(self.id, Ordering::Relaxed);
            light_fence();
            if !self.closed.load(Ordering::Relaxed) {
                return;
            }
        }
    }

    /// Close every barrier of `barriers`, then wait until none has a request
    /// inside.  The barriers stay closed until the returned guards drop.
    /// Only one caller at a time may hold a given barrier (the holder of its
    /// group's flush lock).
    pub fn hold_all<'a>(barriers: impl IntoIterator<Item = &'a Barrier>) -> Vec<Held<'a>> {
        let held: Vec<_> = barriers
            .into_iter()
            .map(|b| {
                b.closed.store(true, Ordering::SeqCst);
                Held(b)
            })
            .collect();
        heavy_fence();
        let busy = || {
            SLOTS.lock().iter().any(|s| {
                let id = s.inside.load(Ordering::Acquire);
                id != 0 && held.iter().any(|h| h.0.id == id)
            })
        };
        while busy() {
            let mut lock = DRAINED_LOCK.lock();
            DRAINED.wait_for(&mut lock, RECHECK);
        }
        held
    }

    fn open(&self) {
        self.closed.store(false, Ordering::SeqCst);
        let _sleepers = self.sleepers.lock();
        self.opened.notify_all();
    }
}

fn wake_flushers() {
    let _lock = DRAINED_LOCK.lock();
    DRAINED.notify_all();
}

/// A request inside a barrier.
pub struct Entered<'a> {
    barrier: &'a Barrier,
    slot: &'static Slot,
}

impl Drop for Entered<'_> {
    #[inline]
    fn drop(&mut self) {
        self.slot.inside.store(0, Ordering::Release);
        if self.barrier.closed.load(Ordering::Relaxed) {
            wake_flushers();
        }
    }
}

/// A closed barrier, opened again on drop.
pub struct Held<'a>(&'a Barrier);

impl Drop for Held<'_> {
    fn drop(&mut self) {
        self.0.open();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;
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
            .map(|_| {
                let (b, inside, stop) = (b.clone(), inside.clone(), stop.clone());
                std::thread::spawn(move || {
                    let mut n = 0u64;
                    while !stop.load(Ordering::SeqCst) {
                        let _e = b.enter();
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
            let held = Barrier::hold_all([&*b]);
            if inside.load(Ordering::SeqCst) != 0 {
                overlap.store(true, Ordering::SeqCst);
            }
            std::thread::yield_now();
            if inside.load(Ordering::SeqCst) != 0 {
                overlap.store(true, Ordering::SeqCst);
            }
            drop(held);
        }
        stop.store(true, Ordering::SeqCst);
        let total: u64 = workers.into_iter().map(|w| w.join().unwrap()).sum();
        assert!(
            !overlap.load(Ordering::SeqCst),
            "a request ran while the barrier was held"
        );
        assert!(total > 0);
    }
}
