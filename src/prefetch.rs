//! Asking the CPU to start loading memory a flush will touch soon.
//!
//! A flush among many connections touches a few cache lines per target (its
//! connection's bits and gate, and nbdkit's context for it) that requests on
//! other threads left in other caches or in memory.  The read-modify-writes
//! each target needs keep the CPU from loading the next target's lines
//! while it waits for the current one's, so the misses add up one after
//! another; asking for the lines of a target a few places ahead lets them
//! overlap.  A prefetch is a hint: it never faults and changes no value.

/// How many targets ahead a loop that flushes targets asks for what their
/// backends point to (a target's flush takes long enough for a miss to be
/// served meanwhile)...
pub const BACKEND_AHEAD: usize = 8;
/// ...and, further ahead, for their connection records, which must be in
/// before a backend's pointer can be read.
pub const RECORD_AHEAD: usize = 16;

/// How many members ahead a pass that only looks at each member's bits asks
/// for them (a look takes a few nanoseconds, a miss a hundred or more).
pub const PASS_AHEAD: usize = 32;

/// Call `ask` with the item `distance` places after the `i`th of `items`,
/// if there is one.
#[inline]
pub fn ahead<T>(items: &[T], i: usize, distance: usize, ask: impl FnOnce(&T)) {
    if let Some(item) = items.get(i.saturating_add(distance)) {
        ask(item);
    }
}

/// Ask for the cache lines of the `len` bytes at `p`.
#[inline]
pub fn bytes<T>(p: *const T, len: usize) {
    #[cfg(target_arch = "x86_64")]
    {
        use core::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        // From the start of the line that holds the first byte, one line at
        // a time, to the line that holds the last.
        let into_line = p as usize % 64;
        let p = p.cast::<i8>().wrapping_sub(into_line);
        let mut offset = 0;
        while offset < into_line + len {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ahead_passes_the_item_that_far_ahead_if_any() {
        let items = [10, 11, 12, 13];
        let mut seen = Vec::new();
        for i in 0..items.len() {
            ahead(&items, i, 2, |&x| seen.push(x));
        }
        assert_eq!(seen, [12, 13]);
        ahead(&items, usize::MAX, 1, |_| panic!("no item there"));
    }

    #[test]
    fn asking_for_any_address_is_harmless() {
        // Unmapped, unaligned and dangling addresses: a prefetch must not
        // fault (a load would), and must change nothing.
        bytes(std::ptr::null::<u8>(), 4096);
        bytes(std::ptr::without_provenance::<u64>(7), 200);
        let v = vec![1u8; 3];
        let past = v.as_ptr().wrapping_add(1 << 20);
        bytes(past, 1000);
        value(&v);
        assert_eq!(v, [1, 1, 1]);
    }
}
