//! The callbacks of the server's and a connection's life, in the order
//! nbdkit calls them: `.load`, `.config`, `.config_complete`, `.get_ready`
//! (`.dump_plugin` instead, for `--dump-plugin`), then per connection
//! `.preconnect`, `.open`, `.prepare`, `.finalize`, `.close`; `.unload` last.

use super::boundary::boundary;
use super::handle::Handle;
use super::log::{report_error, to_cstring, warn, NbdkitLogger};
use super::next::{ask, NextBackend};
use super::{ready, state, Ready};
use crate::config::{Applied, Mode, TrackDirty};
use crate::ffi::*;
use crate::flush::Replication;
use crate::registry::{Joining, NeedsFlush};
use std::ffi::CStr;
use std::os::raw::{c_char, c_int, c_void};
use std::ptr;
use std::sync::atomic::{AtomicI32, AtomicU32, Ordering::Relaxed};

/// `-D multiconn.trace=1` sets this before `.load`: log every request.
/// nbdkit finds it by the symbol name `<filter name>_debug_<flag>`.
#[export_name = "multiconn_debug_trace"]
pub static DEBUG_TRACE: AtomicI32 = AtomicI32::new(0);

/// How many layers of one nbdkit stack loaded this library.  dlopen returns
/// the same library for a second `--filter=` of the same file, so every
/// layer would share one state: refused in `.config_complete`.
static LOADS: AtomicU32 = AtomicU32::new(0);

pub unsafe extern "C" fn mc_load() {
    super::boundary::keep_panic_messages();
    LOADS.fetch_add(1, Relaxed);
    boundary("load", (), || {
        let _ = log::set_logger(&NbdkitLogger);
        log::set_max_level(if DEBUG_TRACE.load(Relaxed) != 0 {
            log::LevelFilter::Trace
        } else {
            log::LevelFilter::Debug
        });
    })
}

pub unsafe extern "C" fn mc_unload() {
    boundary("unload", (), || {
        let st = state();
        st.pool.shutdown();
        log::debug!(
            "stats: {}, members left {}, groups left {}",
            st.stats,
            st.registry.member_count(),
            st.registry.group_count()
        );
    })
}

pub unsafe extern "C" fn mc_config(
    next: NextConfig,
    nxdata: *mut NbdkitBackend,
    key: *const c_char,
    value: *const c_char,
) -> c_int {
    let ours = boundary("config", Err(()), || {
        // SAFETY: nbdkit passes NUL-terminated strings.
        let (k, v) = unsafe { (CStr::from_ptr(key), CStr::from_ptr(value)) };
        let (k, v) = (k.to_string_lossy(), v.to_string_lossy());
        match state().config.lock().apply(&k, &v) {
            Ok(applied) => Ok(applied),
            Err(e) => {
                report_error(&e.to_string());
                Err(())
            }
        }
    });
    match ours {
        Ok(Applied::Taken) => 0,
        Ok(Applied::Again(key)) => boundary("config", 0, || {
            warn(&format!(
                "{key} given more than once: the last value ({}) is used",
                // SAFETY: as above.
                unsafe { CStr::from_ptr(value) }.to_string_lossy()
            ));
            0
        }),
        // SAFETY: handing nbdkit's own arguments to the next layer.
        Ok(Applied::PassOn) => unsafe { next(nxdata, key, value) },
        Err(()) => -1,
    }
}

/// The one callback that can stop nbdkit at start-up after every layer's
/// `.load` has run (nbdkit exits when it returns -1; `.load` cannot fail).
pub unsafe extern "C" fn mc_config_complete(
    next: NextConfigComplete,
    nxdata: *mut NbdkitBackend,
) -> c_int {
    let refused = boundary("config_complete", true, || {
        let loads = LOADS.load(Relaxed);
        if loads > 1 {
            report_error(&format!(
                "the filter is loaded {loads} times in one stack (the same file given to \
                 --filter= more than once?); the copies would share one state and deadlock \
                 on their own flushes: load it once"
            ));
        }
        loads > 1
    });
    if refused {
        return -1;
    }
    // SAFETY: handing nbdkit's own arguments to the next layer.
    unsafe { next(nxdata) }
}

/// `nbdkit --dump-plugin` with this filter (nbdkit 1.42 and later call it;
/// earlier ones print nothing of filters).  The lines go through C's stdio,
/// as nbdkit's own do, so that they keep their place in its output.
pub unsafe extern "C" fn mc_dump_plugin() {
    boundary("dump_plugin", (), || {
        let lines = format!(
            "multiconn_version={}\nmulticonn_built_for_nbdkit={}\n\
             multiconn_modes=auto,emulate,plugin,disable,unsafe\n\
             multiconn_track_dirty=connection,fast,off\n",
            env!("CARGO_PKG_VERSION"),
            NBDKIT_VERSION.to_string_lossy(),
        );
        let lines = to_cstring(&lines);
        // SAFETY: a constant format taking one C string, which outlives the call.
        unsafe { libc::printf(c"%s".as_ptr(), lines.as_ptr()) };
    })
}

pub unsafe extern "C" fn mc_get_ready(thread_model: c_int) -> c_int {
    boundary("get_ready", -1, || {
        let config = *state().config.lock();
        let replication = match thread_model {
            m if m <= NBDKIT_THREAD_MODEL_SERIALIZE_ALL_REQUESTS => {
                Replication::SerializeAllRequests
            }
            NBDKIT_THREAD_MODEL_SERIALIZE_REQUESTS => Replication::SerializeRequests,
            _ => Replication::Parallel,
        };
        let model = match thread_model {
            NBDKIT_THREAD_MODEL_SERIALIZE_CONNECTIONS => "serialize_connections",
            NBDKIT_THREAD_MODEL_SERIALIZE_ALL_REQUESTS => "serialize_all_requests",
            NBDKIT_THREAD_MODEL_SERIALIZE_REQUESTS => "serialize_requests",
            _ => "parallel",
        };
        log::debug!(
            "mode {}, track-dirty {}, exportname {}, close {}, thread model {model}: \
             replicated flushes run {}",
            config.mode.name(),
            config.track.name(),
            config.by_export_name,
            config.on_close.name(),
            match replication {
                Replication::Parallel => "concurrently, overlapping requests",
                Replication::SerializeRequests => "concurrently, each target idle during its own",
                Replication::SerializeAllRequests => "one at a time",
            },
        );
        if thread_model == NBDKIT_THREAD_MODEL_SERIALIZE_CONNECTIONS
            && matches!(config.mode, Mode::Emulate | Mode::Unsafe)
        {
            warn(&format!(
                "multi-conn-mode={}: the thread model is serialize_connections, so \
                 multi-conn is not advertised to any client (nbdkit advertises it only \
                 when connections may run in parallel)",
                config.mode.name()
            ));
        }
        let _ = state().ready.set(Ready {
            config,
            serialize_connections: thread_model == NBDKIT_THREAD_MODEL_SERIALIZE_CONNECTIONS,
            replication,
        });
        0
    })
}

pub unsafe extern "C" fn mc_preconnect(
    next: NextPreconnect,
    nxdata: *mut NbdkitBackend,
    readonly: c_int,
) -> c_int {
    // Nothing to decide before a connection exists: a connection joins its
    // group only once its next context can be used, in `.prepare`.
    // SAFETY: handing nbdkit's own arguments to the next layer.
    unsafe { next(nxdata, readonly) }
}

pub unsafe extern "C" fn mc_open(
    next: NextOpen,
    context: *mut NbdkitContext,
    readonly: c_int,
    exportname: *const c_char,
    _is_tls: c_int,
) -> *mut c_void {
    // SAFETY: handing nbdkit's own arguments to the next layer.
    if unsafe { next(context, readonly, exportname) } == -1 {
        return ptr::null_mut();
    }
    boundary("open", ptr::null_mut(), || {
        // SAFETY: nbdkit passes a NUL-terminated export name.
        Handle::into_ptr(unsafe { CStr::from_ptr(exportname) })
    })
}

/// Resolves the connection's mode, asks the next layer every question the
/// handshake will ask (so the connection can be flushed at once), and joins
/// the connection to its group: the one place a connection registers.
pub unsafe extern "C" fn mc_prepare(
    next: *mut NbdkitNext,
    handle: *mut c_void,
    readonly: c_int,
) -> c_int {
    boundary("prepare", -1, || {
        let ready = ready();
        // SAFETY: `.prepare`, with our handle and a live next context.
        let (h, n) = unsafe { (Handle::get_mut(handle), &*next) };
        // Every `ask` below: `next` is live from now to `.close`.
        // SAFETY: as above.
        let plugin_mc = || match unsafe { ask(next, n.can_multi_conn()) } {
            -1 => None,
            r => Some(r == 1),
        };
        let configured = ready.config.mode;
        let Some((resolved, reason)) = configured.resolve(ready.serialize_connections, plugin_mc)
        else {
            return -1;
        };
        // Ask now what nbdkit will ask during the rest of the handshake:
        // nbdkit caches the answers in this next context, so after this
        // `.prepare` the handshake calls the plugin on this handle only
        // through this filter's own callbacks (`.export_description`, which
        // nbdkit does not cache, enters the gate), and the connection can
        // be a flush target at once (see the lifecycle in registry.rs).
        for q in [
            n.can_write(),
            n.can_flush(),
            n.is_rotational(),
            n.can_trim(),
            n.can_zero(),
            n.can_fast_zero(),
            n.can_extents(),
            n.can_fua(),
            n.can_cache(),
        ] {
            // SAFETY: as above.
            unsafe { ask(next, q) };
        }
        // (nbdkit fills every function pointer; the test harness only
        // those its fake plugin has.  An nbdkit before 1.30 has no
        // block size.)
        if let Some(get_size) = n.get_size() {
            // SAFETY: as above.
            unsafe { get_size(next) };
        }
        if let Some(block_size) = n.block_size() {
            let (mut min, mut pref, mut max) = (0, 0, 0);
            // SAFETY: as above; the three outputs are ours.
            unsafe { block_size(next, &mut min, &mut pref, &mut max) };
        }
        // SAFETY: as above (each answer cached by nbdkit since it was
        // asked).
        let (plugin_multi_conn, can_flush, can_write) = unsafe {
            (
                ask(next, n.can_multi_conn()) == 1,
                ask(next, n.can_flush()),
                ask(next, n.can_write()),
            )
        };
        // An emulated connection needs the plugin's flush, unless it cannot
        // write: then it has nothing to flush, and is served even when no
        // connection over this plugin can flush.
        let read_only = readonly != 0 || can_write == 0;
        let id = state().registry.next_id();
        // SAFETY: the next context nbdkit passed to `.prepare`.
        let backend = unsafe { NextBackend::new(next) };
        // Under `auto` the registry may give the connection its export's
        // mode instead (`flush/own.rs`, rule H).
        let joined = h.join(
            id,
            Joining {
                export: h.export.clone(),
                export_key: h.export_key.clone(),
                mode: resolved,
                auto: configured == Mode::Auto && resolved != Mode::Disable,
                can_flush: can_flush == 1 || read_only,
                plugin_multi_conn,
                backend,
            },
        );
        let mode = match joined {
            Ok(mode) => mode,
            Err(NeedsFlush { by_export }) => {
                let why = if can_flush == -1 {
                    "asking the plugin whether it can flush failed"
                } else {
                    "the plugin cannot flush"
                };
                let chosen = match (configured, by_export) {
                    (Mode::Auto, false) => {
                        " (multi-conn-mode=auto chose emulate: the plugin lacks multi-conn)"
                    }
                    (Mode::Auto, true) => {
                        " (multi-conn-mode=auto chose emulate: the export's other connections \
                         are emulated, one mode per export)"
                    }
                    _ => "",
                };
                report_error(&format!(
                    "multi-conn-mode=emulate needs a plugin that can flush, but \
                     {why}{chosen}: connection refused; read-only connections (nbdkit -r) are served, \
                     and so is every connection with multi-conn-mode=disable (no multi-conn), \
                     plugin (the plugin's own answer) or unsafe (testing only)"
                ));
                return -1;
            }
        };
        if mode != Mode::Emulate && !plugin_multi_conn {
            warn_fast_unsafe(ready.config.track, mode);
        }
        let reason = if mode == resolved {
            reason
        } else {
            "the export's mode, chosen by its first connection"
        };
        log::debug!(
            "connection #{id} export \"{}\": mode {} -> {} ({})",
            h.export,
            configured.name(),
            mode.name(),
            reason
        );
        0
    })
}

/// `multi-conn-track-dirty=fast` outside emulate mode takes a flush on one
/// connection to cover every connection of its export, as nbdkit's filter
/// documents; over a plugin that does not advertise multi-conn that is not
/// true, and a client can be told its data is durable when it is not.
/// Whether the plugin advertises multi-conn is a per-connection answer, so
/// this is said once, when the first such connection is prepared, as a
/// warning (shown without `-v`).
fn warn_fast_unsafe(track: TrackDirty, mode: Mode) {
    static WARNED: std::sync::Once = std::sync::Once::new();
    if track == TrackDirty::Fast {
        WARNED.call_once(|| {
            warn(&format!(
                "multi-conn-track-dirty=fast with multi-conn-mode={} over \
                 a plugin that does not advertise multi-conn: a flush on one connection is \
                 taken to cover every connection of its export, which the plugin does not \
                 promise, so a flush can be answered before another connection's writes are \
                 durable (use multi-conn-track-dirty=connection, or multi-conn-mode=emulate)",
                mode.name()
            ))
        });
    }
}

pub unsafe extern "C" fn mc_finalize(_next: *mut NbdkitNext, handle: *mut c_void) -> c_int {
    boundary("finalize", -1, || {
        // SAFETY: `.finalize`, with our handle.
        unsafe { Handle::get_mut(handle) }.leave("finalize");
        0
    })
}

pub unsafe extern "C" fn mc_close(handle: *mut c_void) {
    boundary("close", (), || {
        // SAFETY: `.close`, with our handle, once.
        let mut h = unsafe { Handle::take(handle) };
        // nbdkit skipped `.finalize` (see the lifecycle in registry.rs).
        h.leave("close");
    })
}
