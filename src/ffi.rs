//! nbdkit's C interface, generated at build time from the installed
//! `<nbdkit-filter.h>` (see `build/interface.rs`): the filter and next-layer
//! structs with exactly the members this nbdkit has, their
//! version-independent counterparts [`FilterCallbacks`] and [`NextOps`],
//! nbdkit's constants and the `nbdkit_*` functions the filter calls.
//!
//! Nothing else in the crate knows which nbdkit it is built for: a member
//! an nbdkit lacks is dropped by `NbdkitFilter::new`, and reads as `None`
//! through the `NbdkitNext` accessors.  Only declarations live here; the
//! code that uses them is in [`crate::door`].

use std::os::raw::{c_char, c_int, c_void};

include!(concat!(env!("OUT_DIR"), "/nbdkit.rs"));

/// Opaque `nbdkit_backend`.
#[repr(C)]
pub struct NbdkitBackend {
    _private: [u8; 0],
}

/// Opaque `nbdkit_context`.
#[repr(C)]
pub struct NbdkitContext {
    _private: [u8; 0],
}

/// Opaque `struct nbdkit_exports`.
#[repr(C)]
pub struct NbdkitExports {
    _private: [u8; 0],
}

/// Opaque `struct nbdkit_extents`.
#[repr(C)]
pub struct NbdkitExtents {
    _private: [u8; 0],
}

// SAFETY: the filter struct is immutable after construction and only holds
// pointers to 'static data and functions, so sharing it between threads is fine.
unsafe impl Sync for NbdkitFilter {}
