//! The C interface of nbdkit, as declared by the installed
//! `<nbdkit-filter.h>` (filter API version 6).
//!
//! Only this module and [`crate::vtable`] contain `unsafe` code.  The structs
//! here are `#[repr(C)]` mirrors of the header; `tests/abi.rs` compiles a C
//! program against the real header and compares every field offset and struct
//! size with these definitions.

use std::os::raw::{c_char, c_int, c_void};

/// `NBDKIT_FILTER_API_VERSION` from `<nbdkit-filter.h>`.
pub const NBDKIT_FILTER_API_VERSION: c_int = 6;

pub const NBDKIT_THREAD_MODEL_SERIALIZE_CONNECTIONS: c_int = 0;
pub const NBDKIT_THREAD_MODEL_SERIALIZE_ALL_REQUESTS: c_int = 1;
pub const NBDKIT_THREAD_MODEL_SERIALIZE_REQUESTS: c_int = 2;
pub const NBDKIT_THREAD_MODEL_PARALLEL: c_int = 3;

pub const NBDKIT_FLAG_FUA: u32 = 1 << 1;

pub const NBDKIT_FUA_EMULATE: c_int = 1;
pub const NBDKIT_FUA_NATIVE: c_int = 2;

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

pub type NextConfig = unsafe extern "C" fn(
    nxdata: *mut NbdkitBackend,
    key: *const c_char,
    value: *const c_char,
) -> c_int;
pub type NextConfigComplete = unsafe extern "C" fn(nxdata: *mut NbdkitBackend) -> c_int;
pub type NextPreconnect =
    unsafe extern "C" fn(nxdata: *mut NbdkitBackend, readonly: c_int) -> c_int;
pub type NextListExports = unsafe extern "C" fn(
    nxdata: *mut NbdkitBackend,
    readonly: c_int,
    exports: *mut NbdkitExports,
) -> c_int;
pub type NextDefaultExport =
    unsafe extern "C" fn(nxdata: *mut NbdkitBackend, readonly: c_int) -> *const c_char;
pub type NextOpen = unsafe extern "C" fn(
    context: *mut NbdkitContext,
    readonly: c_int,
    exportname: *const c_char,
) -> c_int;

type Next = NbdkitNext;

/// `struct nbdkit_next_ops`, which nbdkit hands to a filter as `nbdkit_next *`.
/// Real instances carry more (opaque) data after these fields: never copy one,
/// only use pointers nbdkit gave us.
#[repr(C)]
pub struct NbdkitNext {
    pub prepare: Option<unsafe extern "C" fn(*mut Next) -> c_int>,
    pub finalize: Option<unsafe extern "C" fn(*mut Next) -> c_int>,
    pub get_size: Option<unsafe extern "C" fn(*mut Next) -> i64>,
    pub export_description: Option<unsafe extern "C" fn(*mut Next) -> *const c_char>,
    pub block_size: Option<unsafe extern "C" fn(*mut Next, *mut u32, *mut u32, *mut u32) -> c_int>,
    pub can_write: Option<unsafe extern "C" fn(*mut Next) -> c_int>,
    pub can_flush: Option<unsafe extern "C" fn(*mut Next) -> c_int>,
    pub is_rotational: Option<unsafe extern "C" fn(*mut Next) -> c_int>,
    pub can_trim: Option<unsafe extern "C" fn(*mut Next) -> c_int>,
    pub can_zero: Option<unsafe extern "C" fn(*mut Next) -> c_int>,
    pub can_fast_zero: Option<unsafe extern "C" fn(*mut Next) -> c_int>,
    pub can_extents: Option<unsafe extern "C" fn(*mut Next) -> c_int>,
    pub can_fua: Option<unsafe extern "C" fn(*mut Next) -> c_int>,
    pub can_multi_conn: Option<unsafe extern "C" fn(*mut Next) -> c_int>,
    pub can_cache: Option<unsafe extern "C" fn(*mut Next) -> c_int>,
    pub pread:
        Option<unsafe extern "C" fn(*mut Next, *mut c_void, u32, u64, u32, *mut c_int) -> c_int>,
    pub pwrite:
        Option<unsafe extern "C" fn(*mut Next, *const c_void, u32, u64, u32, *mut c_int) -> c_int>,
    pub flush: Option<unsafe extern "C" fn(*mut Next, u32, *mut c_int) -> c_int>,
    pub trim: Option<unsafe extern "C" fn(*mut Next, u32, u64, u32, *mut c_int) -> c_int>,
    pub zero: Option<unsafe extern "C" fn(*mut Next, u32, u64, u32, *mut c_int) -> c_int>,
    pub extents: Option<
        unsafe extern "C" fn(*mut Next, u32, u64, u32, *mut NbdkitExtents, *mut c_int) -> c_int,
    >,
    pub cache: Option<unsafe extern "C" fn(*mut Next, u32, u64, u32, *mut c_int) -> c_int>,
}

type H = *mut c_void;

/// `struct nbdkit_filter`.  Field order and types follow the installed header
/// exactly; `None` means "not implemented", which nbdkit treats as pass-through.
#[repr(C)]
pub struct NbdkitFilter {
    pub _api_version: c_int,
    pub _version: *const c_char,
    pub name: *const c_char,
    pub longname: *const c_char,
    pub description: *const c_char,
    pub load: Option<unsafe extern "C" fn()>,
    pub unload: Option<unsafe extern "C" fn()>,
    pub config: Option<
        unsafe extern "C" fn(NextConfig, *mut NbdkitBackend, *const c_char, *const c_char) -> c_int,
    >,
    pub config_complete:
        Option<unsafe extern "C" fn(NextConfigComplete, *mut NbdkitBackend) -> c_int>,
    pub config_help: *const c_char,
    pub thread_model: Option<unsafe extern "C" fn() -> c_int>,
    pub get_ready: Option<unsafe extern "C" fn(c_int) -> c_int>,
    pub after_fork: Option<unsafe extern "C" fn(*mut NbdkitBackend) -> c_int>,
    pub cleanup: Option<unsafe extern "C" fn(*mut NbdkitBackend)>,
    pub preconnect:
        Option<unsafe extern "C" fn(NextPreconnect, *mut NbdkitBackend, c_int) -> c_int>,
    pub list_exports: Option<
        unsafe extern "C" fn(
            NextListExports,
            *mut NbdkitBackend,
            c_int,
            c_int,
            *mut NbdkitExports,
        ) -> c_int,
    >,
    pub default_export: Option<
        unsafe extern "C" fn(NextDefaultExport, *mut NbdkitBackend, c_int, c_int) -> *const c_char,
    >,
    pub open: Option<
        unsafe extern "C" fn(NextOpen, *mut NbdkitContext, c_int, *const c_char, c_int) -> H,
    >,
    pub close: Option<unsafe extern "C" fn(H)>,
    pub prepare: Option<unsafe extern "C" fn(*mut Next, H, c_int) -> c_int>,
    pub finalize: Option<unsafe extern "C" fn(*mut Next, H) -> c_int>,
    pub get_size: Option<unsafe extern "C" fn(*mut Next, H) -> i64>,
    pub export_description: Option<unsafe extern "C" fn(*mut Next, H) -> *const c_char>,
    pub block_size:
        Option<unsafe extern "C" fn(*mut Next, H, *mut u32, *mut u32, *mut u32) -> c_int>,
    pub can_write: Option<unsafe extern "C" fn(*mut Next, H) -> c_int>,
    pub can_flush: Option<unsafe extern "C" fn(*mut Next, H) -> c_int>,
    pub is_rotational: Option<unsafe extern "C" fn(*mut Next, H) -> c_int>,
    pub can_trim: Option<unsafe extern "C" fn(*mut Next, H) -> c_int>,
    pub can_zero: Option<unsafe extern "C" fn(*mut Next, H) -> c_int>,
    pub can_fast_zero: Option<unsafe extern "C" fn(*mut Next, H) -> c_int>,
    pub can_extents: Option<unsafe extern "C" fn(*mut Next, H) -> c_int>,
    pub can_fua: Option<unsafe extern "C" fn(*mut Next, H) -> c_int>,
    pub can_multi_conn: Option<unsafe extern "C" fn(*mut Next, H) -> c_int>,
    pub can_cache: Option<unsafe extern "C" fn(*mut Next, H) -> c_int>,
    pub pread:
        Option<unsafe extern "C" fn(*mut Next, H, *mut c_void, u32, u64, u32, *mut c_int) -> c_int>,
    pub pwrite: Option<
        unsafe extern "C" fn(*mut Next, H, *const c_void, u32, u64, u32, *mut c_int) -> c_int,
    >,
    pub flush: Option<unsafe extern "C" fn(*mut Next, H, u32, *mut c_int) -> c_int>,
    pub trim: Option<unsafe extern "C" fn(*mut Next, H, u32, u64, u32, *mut c_int) -> c_int>,
    pub zero: Option<unsafe extern "C" fn(*mut Next, H, u32, u64, u32, *mut c_int) -> c_int>,
    pub extents: Option<
        unsafe extern "C" fn(*mut Next, H, u32, u64, u32, *mut NbdkitExtents, *mut c_int) -> c_int,
    >,
    pub cache: Option<unsafe extern "C" fn(*mut Next, H, u32, u64, u32, *mut c_int) -> c_int>,
}

// SAFETY: the filter struct is immutable after construction and only holds
// pointers to 'static data and functions, so sharing it between threads is fine.
unsafe impl Sync for NbdkitFilter {}

// Functions nbdkit exports to its plugins and filters.  They must all be
// resolvable when nbdkit dlopens the filter (nbdkit uses immediate binding), so
// keep this list to what the filter really calls.
extern "C" {
    pub fn nbdkit_error(fmt: *const c_char, ...);
    pub fn nbdkit_debug(fmt: *const c_char, ...);
    pub fn nbdkit_parse_bool(s: *const c_char) -> c_int;
}
