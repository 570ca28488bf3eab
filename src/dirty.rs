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
    }
}

/// Dirty bits shared between a connection's own requests (which set them) and
/// flushes (which read them, and clear them while holding the connection's
/// barrier exclusively).
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

    /// Set `bits`.  Skipping the write when they are already set is sound:
    /// bits are only cleared by a flush that holds this connection's barrier
    /// exclusively, and the caller holds it shared, so a bit seen set stays
    /// set until the caller's request is over.
    #[inline]
    pub fn mark(&self, bits: Dirty) {
        if self.0.load(SeqCst) & bits.bits() != bits.bits() {
            self.0.fetch_or(bits.bits(), SeqCst);
        }
    }

    /// Clear `bits` (after a successful flush of this connection).
    pub fn clear(&self, bits: Dirty) {
        self.0.fetch_and(!bits.bits(), SeqCst);
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
        d.clear(Dirty::all());
        assert!(d.get().is_empty());
    }
}
