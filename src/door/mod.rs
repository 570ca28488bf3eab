//! The C door: the filter struct nbdkit loads and every callback in it.
//! Each callback turns nbdkit's pointers into Rust references, runs the
//! safe core inside the panic boundary, and turns errors into
//! `nbdkit_error` messages and errno values.
//!
//! Rooms, in the order a connection meets them:
//! - [`lifecycle`]: `.load` .. `.get_ready`, `.dump_plugin`, `.preconnect`,
//!   `.open`, `.prepare`, `.finalize`, `.close`;
//! - [`handshake`]: the answers the filter changes (`.can_fua`,
//!   `.can_multi_conn`) and `.export_description`;
//! - [`data`]: the data callbacks and `.flush`;
//!
//! and what they share:
//! - [`handle`]: the per-connection handle, its one cast from nbdkit's
//!   pointer, and where a connection joins and leaves its group;
//! - [`next`]: the next layer, as the flush engine's backend;
//! - [`boundary`]: the panic boundary and errno conversions;
//! - [`log`]: messages to nbdkit;
//! - this file: the filter's shared state, and the filter struct.
//!
//! Which members the struct has is nbdkit's version's business
//! ([`crate::ffi`]): this file names every callback the filter has, and
//! `NbdkitFilter::new` keeps those the installed nbdkit knows.

mod boundary;
mod data;
mod handle;
mod handshake;
mod lifecycle;
pub mod log;
mod next;

pub use next::NextBackend;

use crate::config::{Config, CONFIG_HELP};
use crate::ffi::*;
use crate::flush::{FlushCtx, Policy, Replication};
use crate::pool::{Pool, MAX_THREADS};
use crate::registry::Registry;
use crate::stats::Stats;
use crate::sync::Mutex;
use std::ffi::CString;
use std::ptr;
use std::sync::OnceLock;

/// The filter's state, shared by every connection.
struct State {
    /// Grows key by key in `.config`; frozen into `ready` by `.get_ready`.
    config: Mutex<Config>,
    ready: OnceLock<Ready>,
    registry: Registry<NextBackend>,
    stats: Stats,
    pool: Pool,
}

/// What `.get_ready` fixed for the server's lifetime.
struct Ready {
    config: Config,
    serialize_connections: bool,
    replication: Replication,
}

fn state() -> &'static State {
    static STATE: OnceLock<State> = OnceLock::new();
    STATE.get_or_init(|| State {
        config: Mutex::new(Config::default()),
        ready: OnceLock::new(),
        registry: Registry::default(),
        stats: Stats::default(),
        pool: Pool::new(MAX_THREADS),
    })
}

fn ready() -> &'static Ready {
    state()
        .ready
        .get()
        .expect(".get_ready runs before any connection")
}

/// What every flush of this server shares.
fn flush_ctx() -> FlushCtx<'static> {
    let ready = ready();
    let st = state();
    FlushCtx {
        track: ready.config.track,
        replication: ready.replication,
        stats: &st.stats,
        pool: &st.pool,
        fan_out: Policy::Measured,
        alongside: Policy::Measured,
    }
}

/// The filter nbdkit loads.  nbdkit copies the struct, but it is kept on the
/// heap (and so writable) in case a version of nbdkit writes to it.
#[no_mangle]
pub extern "C" fn filter_init() -> *mut NbdkitFilter {
    struct Registered(*mut NbdkitFilter);
    // SAFETY: the pointer is to a leaked, never-freed struct that only holds
    // pointers to 'static data.
    unsafe impl Send for Registered {}
    // SAFETY: as above.
    unsafe impl Sync for Registered {}
    static FILTER: OnceLock<Registered> = OnceLock::new();
    FILTER
        .get_or_init(|| Registered(Box::into_raw(Box::new(NbdkitFilter::new(&callbacks())))))
        .0
}

/// Every callback the filter has, in nbdkit's lifecycle order.
fn callbacks() -> FilterCallbacks {
    use data::*;
    use handshake::*;
    use lifecycle::*;
    static HELP: OnceLock<CString> = OnceLock::new();
    FilterCallbacks {
        _api_version: NBDKIT_FILTER_API_VERSION,
        _version: NBDKIT_VERSION.as_ptr(),
        name: c"multiconn".as_ptr(),
        longname: c"multiconn: enable, emulate or disable multi-conn".as_ptr(),
        description: ptr::null(),
        load: Some(mc_load),
        unload: Some(mc_unload),
        config: Some(mc_config),
        config_complete: Some(mc_config_complete),
        config_help: HELP.get_or_init(|| log::to_cstring(CONFIG_HELP)).as_ptr(),
        thread_model: None,
        dump_plugin: Some(mc_dump_plugin),
        get_ready: Some(mc_get_ready),
        after_fork: None,
        cleanup: None,
        preconnect: Some(mc_preconnect),
        list_exports: None,
        default_export: None,
        open: Some(mc_open),
        close: Some(mc_close),
        prepare: Some(mc_prepare),
        finalize: Some(mc_finalize),
        get_size: None,
        export_description: Some(mc_export_description),
        block_size: None,
        can_write: None,
        can_flush: None,
        is_rotational: None,
        can_trim: None,
        can_zero: None,
        can_fast_zero: None,
        can_extents: None,
        can_fua: Some(mc_can_fua),
        can_multi_conn: Some(mc_can_multi_conn),
        can_cache: None,
        pread: Some(mc_pread),
        pwrite: Some(mc_pwrite),
        flush: Some(mc_flush),
        trim: Some(mc_trim),
        zero: Some(mc_zero),
        extents: Some(mc_extents),
        cache: Some(mc_cache),
    }
}
