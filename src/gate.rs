//! The per-connection gate: how a flush learns whether a connection has
//! requests in the plugin, keeps new ones out, and waits for those inside.
//!
//! # One word, every access `SeqCst`
//!
//! The gate is one atomic word: how many reads, writes and other requests
//! of the connection are inside (in the plugin), and which kinds a flush
//! keeps out.  A request enters with one `fetch_add` and leaves with one
//! `fetch_sub`; nothing else on the data path writes shared memory (the
//! dirty bits are written only when a bit is missing, see `dirty.rs`).
//!
//! Because every access to the word, the dirty bits and the group flag is
//! `SeqCst`, they have one total order, and the engine's handshakes are
//! plain to argue:
//!
//! * **Hold, then drain.**  A flush sets a hold bit, then waits until no
//!   request of a held kind is inside.  A request that entered before the
//!   hold is counted, so the flush waits for it; one that enters after it
//!   sees the bit in the value its `fetch_add` returns, steps back out and
//!   sleeps until [`Gate::open`].  So after [`Gate::drain`] no request of a
//!   held kind is inside, and none enters until the hold ends.
//! * **Take, then look.**  A flush that lets requests go on clears the
//!   connection's dirty bits, then loads the word.  A request marks its
//!   dirty bit after entering.  Either its entry comes first in the total
//!   order, and the flush sees it inside (and marks the bit again after its
//!   plugin flush, which may not cover that request), or its mark comes
//!   after the clear and sets the bit itself.
//!
//! Sleeping uses one mutex and condition variable per gate, touched only
//! when someone sleeps: a sleeper (a request kept out, or a flush draining)
//! sets `WAITERS` under the mutex before it looks at the word and waits; a
//! request that leaves, or a flush that opens, wakes them (under the mutex)
//! only if its read-modify-write saw `WAITERS`.  Either the sleeper's bit
//! comes first in the total order, and the waker wakes it after it sleeps,
//! or the sleeper's look comes after the waker's change and it does not
//! sleep.  A wake-up costs a system call, and on a server with thousands
//! of idle connection threads a futex system call is slow, so none is made
//! when nobody sleeps.

use crate::sync::atomic::{AtomicU64, SeqCst};
use crate::sync::{Condvar, Mutex};

/// What a request does in the plugin, as far as a flush cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// pread, cache, extents: may fill the connection's cache.
    Read,
    /// pwrite, zero, trim: may leave data to write back.
    Write,
    /// Anything else on the handle (the connection's own flush in the modes
    /// that do not emulate).
    Other,
}

/// What a flush keeps out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hold {
    /// Every request: the connection is idle while held.
    All,
    /// Reads (and caches) only; writes and other requests go on.
    Reads,
}

/// Counts take `COUNT_BITS` bits each, at these shifts; the hold bits sit
/// above them.
const COUNT_BITS: u32 = 20;
const COUNT_MASK: u64 = (1 << COUNT_BITS) - 1;
const HELD_READS: u64 = 1 << 60;
const HELD_ALL: u64 = 1 << 61;
/// Someone sleeps on the gate's condition variable (see the module comment).
const WAITERS: u64 = 1 << 62;

impl Kind {
    fn shift(self) -> u32 {
        match self {
            Kind::Read => 0,
            Kind::Write => COUNT_BITS,
            Kind::Other => 2 * COUNT_BITS,
        }
    }

    fn one(self) -> u64 {
        1 << self.shift()
    }

    /// The hold bits that keep this kind out.
    fn blocked_by(self) -> u64 {
        match self {
            Kind::Read => HELD_READS | HELD_ALL,
            Kind::Write | Kind::Other => HELD_ALL,
        }
    }

    fn count(self, word: u64) -> u64 {
        (word >> self.shift()) & COUNT_MASK
    }
}

impl Hold {
    fn bit(self) -> u64 {
        match self {
            Hold::All => HELD_ALL,
            Hold::Reads => HELD_READS,
        }
    }

    /// Whether any request this hold keeps out is inside, by `word`.
    fn busy(self, word: u64) -> bool {
        match self {
            Hold::All => [Kind::Read, Kind::Write, Kind::Other]
                .iter()
                .any(|k| k.count(word) != 0),
            Hold::Reads => Kind::Read.count(word) != 0,
        }
    }
}

/// One connection's gate.
#[derive(Default)]
pub struct Gate {
    word: AtomicU64,
    sleep: Mutex<()>,
    woken: Condvar,
    /// Wake-ups sent (for tests: none without a sleeper).
    #[cfg(test)]
    wakes: std::sync::atomic::AtomicUsize,
}

impl Gate {
    /// Enter for one request of `kind`; leave by dropping the guard.  Waits
    /// while a flush holds that kind out.
    #[inline]
    pub fn enter(&self, kind: Kind) -> Inside<'_> {
        let was = self.word.fetch_add(kind.one(), SeqCst);
        if was & kind.blocked_by() != 0 {
            self.wait_to_enter(kind);
        }
        Inside { gate: self, kind }
    }

    /// Entered while held: step back out, sleep until the hold ends, and try
    /// again.
    #[cold]
    fn wait_to_enter(&self, kind: Kind) {
        loop {
            self.leave(kind);
            let mut g = self.sleep.lock();
            while self.word.fetch_or(WAITERS, SeqCst) & kind.blocked_by() != 0 {
                g = self.woken.wait(g);
            }
            drop(g);
            if self.word.fetch_add(kind.one(), SeqCst) & kind.blocked_by() == 0 {
                return;
            }
        }
    }

    #[inline]
    fn leave(&self, kind: Kind) {
        let was = self.word.fetch_sub(kind.one(), SeqCst);
        if was & WAITERS != 0 {
            self.wake();
        }
    }

    /// Wake every sleeper.  Taking the lock orders this wake-up after a
    /// sleeper's look at the word, so it is not lost.
    #[cold]
    fn wake(&self) {
        #[cfg(test)]
        self.wakes.fetch_add(1, SeqCst);
        let _g = self.sleep.lock();
        self.woken.notify_all();
    }

    /// Whether a request of `kind` is inside now.
    pub fn inside(&self, kind: Kind) -> bool {
        kind.count(self.word.load(SeqCst)) != 0
    }

    /// Keep new requests of the kinds `what` names out until
    /// [`Gate::open`].  Only one caller at a time may hold a gate (the
    /// flush running in its connection's group).
    pub fn hold(&self, what: Hold) {
        self.word.fetch_or(what.bit(), SeqCst);
    }

    /// After [`Gate::hold`]: wait until no request that `what` keeps out is
    /// inside.
    pub fn drain(&self, what: Hold) {
        if !what.busy(self.word.load(SeqCst)) {
            return;
        }
        let mut g = self.sleep.lock();
        while what.busy(self.word.fetch_or(WAITERS, SeqCst)) {
            g = self.woken.wait(g);
        }
    }

    /// Whether `what` is held now (for tests).
    #[cfg(test)]
    pub fn is_held(&self, what: Hold) -> bool {
        self.word.load(SeqCst) & what.bit() != 0
    }

    /// End a [`Gate::hold`], waking the requests it kept out.
    pub fn open(&self, what: Hold) {
        let was = self.word.fetch_and(!(what.bit() | WAITERS), SeqCst);
        if was & WAITERS != 0 {
            self.wake();
        }
    }
}

/// A request inside a gate.
pub struct Inside<'a> {
    gate: &'a Gate,
    kind: Kind,
}

impl Drop for Inside<'_> {
    #[inline]
    fn drop(&mut self) {
        self.gate.leave(self.kind);
    }
}

#[cfg(all(test, not(shuttle)))]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicBool;
    use std::sync::Arc;
    use std::time::Duration;

    #[test]
    fn no_wake_up_without_a_sleeper() {
        // A wake-up is a futex system call, tens of microseconds with
        // thousands of nbdkit threads: only a sleeper's bit may cause one.
        let g = Gate::default();
        for kind in [Kind::Read, Kind::Write, Kind::Other] {
            drop(g.enter(kind));
        }
        for hold in [Hold::Reads, Hold::All] {
            g.hold(hold);
            g.drain(hold);
            g.open(hold);
        }
        drop(g.enter(Kind::Read));
        drop(g.enter(Kind::Write));
        assert_eq!(g.wakes.load(SeqCst), 0);
    }

    #[test]
    fn counts_by_kind() {
        let g = Gate::default();
        let r = g.enter(Kind::Read);
        let w = g.enter(Kind::Write);
        assert!(g.inside(Kind::Read) && g.inside(Kind::Write) && !g.inside(Kind::Other));
        drop(r);
        assert!(!g.inside(Kind::Read) && g.inside(Kind::Write));
        drop(w);
        assert!(!g.inside(Kind::Write));
        // Each kind counts in a field of its own.
        let others: Vec<_> = (0..3).map(|_| g.enter(Kind::Other)).collect();
        assert!(g.inside(Kind::Other) && !g.inside(Kind::Write) && !g.inside(Kind::Read));
        drop(others);
        assert!(!g.inside(Kind::Other));
    }

    #[test]
    fn a_read_hold_drains_reads_lets_writes_pass_and_keeps_reads_out() {
        let g = Arc::new(Gate::default());
        let inside = g.enter(Kind::Read);
        g.hold(Hold::Reads);
        // A write passes the read hold.
        drop(g.enter(Kind::Write));
        let drained = Arc::new(AtomicBool::new(false));
        let flusher = {
            let (g, drained) = (g.clone(), drained.clone());
            std::thread::spawn(move || {
                g.drain(Hold::Reads);
                drained.store(true, SeqCst);
            })
        };
        std::thread::sleep(Duration::from_millis(20));
        assert!(!drained.load(SeqCst), "drained with a read inside");
        drop(inside);
        flusher.join().unwrap();
        // A new read waits until the hold ends.
        let entered = Arc::new(AtomicBool::new(false));
        let reader = {
            let (g, entered) = (g.clone(), entered.clone());
            std::thread::spawn(move || {
                let _r = g.enter(Kind::Read);
                entered.store(true, SeqCst);
            })
        };
        std::thread::sleep(Duration::from_millis(20));
        assert!(!entered.load(SeqCst), "a read entered while held");
        assert!(!g.inside(Kind::Read));
        g.open(Hold::Reads);
        reader.join().unwrap();
        assert!(entered.load(SeqCst));
    }

    #[test]
    fn a_full_hold_keeps_everything_out() {
        let g = Arc::new(Gate::default());
        g.hold(Hold::All);
        g.drain(Hold::All);
        let t = {
            let g = g.clone();
            std::thread::spawn(move || drop(g.enter(Kind::Other)))
        };
        std::thread::sleep(Duration::from_millis(20));
        assert!(!t.is_finished());
        g.open(Hold::All);
        t.join().unwrap();
    }
}
