//! Per-connection dirty bits.

use crate::sync::atomic::{AtomicU8, SeqCst};
use bitflags::bitflags;

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
        /// that has already answered a drop, which its next request makes
        /// before it uses the plugin.
        const OWED = 4;
    }
}

/// Dirty bits shared between a connection's own requests (which set them) and
/// flushes (which take them).
///
/// Every access is `SeqCst`: a flush that takes bits and then looks at the
/// connection's gate relies on one total order with the requests' entries
/// into the gate (see `gate.rs`).  [`AtomicDirty::mark`] only writes the word
/// when a bit is missing, so after the first request following a flush,
/// marking is one load.
#[derive(Debug, Default)]
pub struct AtomicDirty(AtomicU8);

impl AtomicDirty {
    pub fn get(&self) -> Dirty {
        Dirty::from_bits_truncate(self.0.load(SeqCst))
    }

    /// Set `bits`.  The caller is inside the connection's gate.  Skipping
    /// the write when they are already set is sound although a flush may
    /// take the bits right after this load: the flush looks at the gate
    /// after taking them, and this request, which entered before its load
    /// here, is seen inside, so the flush marks the bits again for it.
    #[inline]
    pub fn mark(&self, bits: Dirty) {
        if self.0.load(SeqCst) & bits.bits() != bits.bits() {
            self.0.fetch_or(bits.bits(), SeqCst);
        }
    }

    /// Clear `bits`, returning which of them were set.
    pub fn take(&self, bits: Dirty) -> Dirty {
        Dirty::from_bits_truncate(self.0.fetch_and(!bits.bits(), SeqCst)) & bits
    }

    /// If `OWED` is set, clear it and `READ` in one step (the drop is being
    /// made) and return true.
    pub fn take_owed(&self) -> bool {
        let both = (Dirty::OWED | Dirty::READ).bits();
        self.0
            .fetch_update(SeqCst, SeqCst, |b| {
                (b & Dirty::OWED.bits() != 0).then_some(b & !both)
            })
            .is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mark_take_and_owe() {
        let d = AtomicDirty::default();
        assert!(d.get().is_empty());
        d.mark(Dirty::READ);
        d.mark(Dirty::READ);
        assert_eq!(d.get(), Dirty::READ);
        d.mark(Dirty::WRITE);
        assert_eq!(d.get(), Dirty::READ | Dirty::WRITE);
        assert_eq!(d.take(Dirty::READ | Dirty::OWED), Dirty::READ);
        assert_eq!(d.get(), Dirty::WRITE);
        d.mark(Dirty::READ);
        assert_eq!(d.take(Dirty::all()), Dirty::READ | Dirty::WRITE);
        assert!(d.get().is_empty());
        // Making an owed drop clears READ and OWED, never WRITE.
        assert!(!d.take_owed());
        d.mark(Dirty::READ | Dirty::WRITE | Dirty::OWED);
        assert!(d.take_owed());
        assert_eq!(d.get(), Dirty::WRITE);
        assert!(!d.take_owed());
    }
}
