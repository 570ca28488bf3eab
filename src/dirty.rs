//! Per-connection dirty bits.

use bitflags::bitflags;
use std::sync::atomic::{AtomicU8, Ordering::SeqCst};

bitflags! {
    /// What a connection may hold that a flush has to deal with.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Dirty: u8 {
        /// A write, zero or trim since the connection's last flush: it may
        /// hold data not yet written back.
        const WRITE = 1;
        /// A read or cache since the connection's last flush: it may hold
        /// cached data that a write on another connection made stale.
        const READ = 2;
        /// Under serialize_requests: the connection owes an emulated flush
        /// that has already answered a drop, which its next request makes.
        const OWED = 4;
    }
}

/// Dirty bits shared between a connection's own requests (which set them) and
/// flushes (which read them, and take them while the requests go on).
///
/// Orderings: every access is `SeqCst`.  The argument that a read racing with
/// an emulated flush is either seen by the flush or sees the flushed data
/// (see `flush.rs`) is a store-buffer pattern between this word and the
/// group's dirty flag, which only sequential consistency rules out.  The cost
/// stays low because [`AtomicDirty::mark`] only writes the word when a bit is
/// missing: after the first request following a flush, marking is one load.
#[derive(Debug, Default)]
pub struct AtomicDirty(AtomicU8);

impl AtomicDirty {
    pub fn get(&self) -> Dirty {
        Dirty::from_bits_truncate(self.0.load(SeqCst))
    }

    /// Set `bits`.  The caller is inside the connection's barrier.
    /// Skipping the write when they are already set is sound although a
    /// flush may take the bits right after this load: the flush takes them,
    /// then fences (`barrier::fence_all`) and looks at the requests inside,
    /// and this request is either among them (so the flush marks the bits
    /// again for it) or loaded the bits after the take and saw them clear.
    #[inline]
    pub fn mark(&self, bits: Dirty) {
        if self.0.load(SeqCst) & bits.bits() != bits.bits() {
            self.0.fetch_or(bits.bits(), SeqCst);
        }
    }

    /// Clear `bits`.
    pub fn clear(&self, bits: Dirty) {
        self.0.fetch_and(!bits.bits(), SeqCst);
    }

    /// Clear every bit, returning those that were set (a flush taking the
    /// connection's state before flushing it).
    pub fn take(&self) -> Dirty {
        Dirty::from_bits_truncate(self.0.swap(0, SeqCst))
    }

    /// Set `OWED` if `READ` is set, in one step: a drop is owed only by a
    /// connection that has cached reads at that moment.  Returns whether it
    /// owes one now.
    pub fn owe(&self) -> bool {
        self.0
            .fetch_update(SeqCst, SeqCst, |b| {
                (b & Dirty::READ.bits() != 0).then_some(b | Dirty::OWED.bits())
            })
            .is_ok()
    }

    /// If `OWED` is set, clear it and `READ` in one step (the drop is being
    /// made) and return the bits that were set.
    pub fn take_owed(&self) -> Option<Dirty> {
        let both = (Dirty::OWED | Dirty::READ).bits();
        self.0
            .fetch_update(SeqCst, SeqCst, |b| {
                (b & Dirty::OWED.bits() != 0).then_some(b & !both)
            })
            .ok()
            .map(Dirty::from_bits_truncate)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mark_and_clear() {
        let d = AtomicDirty::default();
        assert!(d.get().is_empty());
        d.mark(Dirty::READ);
        d.mark(Dirty::READ);
        assert_eq!(d.get(), Dirty::READ);
        d.mark(Dirty::WRITE);
        assert_eq!(d.get(), Dirty::READ | Dirty::WRITE);
        d.clear(Dirty::READ);
        assert_eq!(d.get(), Dirty::WRITE);
        d.mark(Dirty::READ);
        assert_eq!(d.take(), Dirty::READ | Dirty::WRITE);
        assert!(d.get().is_empty());
        // Only a reader owes a drop; making it clears READ and OWED only.
        assert!(!d.owe());
        assert_eq!(d.take_owed(), None);
        d.mark(Dirty::READ | Dirty::WRITE);
        assert!(d.owe());
        assert_eq!(d.take_owed(), Some(Dirty::all()));
        assert_eq!(d.get(), Dirty::WRITE);
    }
}
