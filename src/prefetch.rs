//! Asking the CPU to start loading memory a flush will touch soon.
//!
//! A flush among many connections touches a few cache lines per target (its
//! connection's bits and gate, and nbdkit's context for it) that requests on
//! other threads left in other caches or in memory.  The read-modify-writes
//! each target needs keep the CPU from loading the next target's lines
//! while it waits for the current one's, so the misses add up one after
//! another; asking for the lines of a target a few places ahead lets them
//! overlap.  A prefetch is a hint: it never faults and changes no value.

/// How many targets ahead a loop over targets asks for their lines.
pub const AHEAD: usize = 8;

/// Ask for the cache lines of the `len` bytes at `p`.
#[inline]
pub fn bytes<T>(p: *const T, len: usize) {
    #[cfg(target_arch = "x86_64")]
    {
        use core::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        let p = p.cast::<i8>();
        let mut offset = 0;
        while offset < len {
            // SAFETY: a prefetch reads nothing the program sees and never
            // faults, whatever the address.
            unsafe { _mm_prefetch::<_MM_HINT_T0>(p.wrapping_add(offset)) };
            offset += 64;
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (p, len);
}

/// Ask for the cache lines of `*r`.
#[inline]
pub fn value<T>(r: &T) {
    bytes(r as *const T, std::mem::size_of::<T>());
}
