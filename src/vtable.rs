//! The `extern "C"` side: the filter struct nbdkit loads, and one callback per
//! filter method.  Each callback converts pointers to Rust references, runs
//! the safe core inside a panic boundary ([`boundary`]), and turns errors into
//! `nbdkit_error` messages and errno values.  All of the crate's `unsafe` code
//! is here; `ffi.rs` only declares the C types.

use crate::config::{Applied, Config, Mode, OnClose, TrackDirty, CONFIG_HELP};
use crate::ffi::*;
use crate::flush::{self, Backend, Cause, Errno, FlushCtx, Policy, Replication};
use crate::pool::{Pool, MAX_THREADS};
use crate::registry::{Conn, Joining, Registry};
use crate::request;
use crate::stats::Stats;
use crate::sync::{Arc, Mutex};
use std::cell::RefCell;
use std::ffi::{CStr, CString};
use std::os::raw::{c_char, c_int, c_void};
use std::panic::{self, catch_unwind, AssertUnwindSafe};
use std::ptr;
use std::sync::atomic::{AtomicI32, AtomicU32, Ordering::Relaxed};
use std::sync::{Once, OnceLock};

/// nbdkit's version, read from the installed development files by build.rs.
const NBDKIT_VERSION: &str = concat!(env!("MULTICONN_NBDKIT_VERSION"), "\0");

/// `-D multiconn.trace=1` sets this before `.load`: log every request.
/// nbdkit finds it by the symbol name `<filter name>_debug_<flag>`.
#[export_name = "multiconn_debug_trace"]
pub static DEBUG_TRACE: AtomicI32 = AtomicI32::new(0);

/// The filter's state, shared by every connection.
struct State {
    /// Grows key by key in `.config`; frozen into `ready` by `.get_ready`.
    config: Mutex<Config>,
    ready: OnceLock<Ready>,
    registry: Registry<NextBackend>,
    stats: Stats,
    pool: Pool,
}

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

/// The per-connection handle nbdkit keeps for us between `.open` and `.close`
/// (the lifecycle is written down in `registry.rs`).
struct Handle {
    /// The export name, for messages (lossy where it is not UTF-8).
    export: String,
    /// The export name's bytes, as the client sent them.
    export_key: Vec<u8>,
    /// Set by `.prepare`.
    prepared: Option<Prepared>,
    /// The connection in its group: joined at the end of `.prepare`, left
    /// by `.finalize`, or by `.close` when nbdkit skipped `.finalize`.
    conn: OnceLock<Arc<Conn<NextBackend>>>,
    left: bool,
}

/// What `.prepare` found out about a connection.
struct Prepared {
    id: u64,
    mode: Mode,
    plugin_multi_conn: bool,
    next: *mut NbdkitNext,
}

/// The next layer of one connection.
pub struct NextBackend(*mut NbdkitNext);

// SAFETY: nbdkit keeps `next` valid from `.prepare` until after `.close`
// (it closes the next layer after this one), and the registry guarantees
// that no flush uses it after the connection has left its group (leaving,
// in `.finalize` or `.close`, waits for the group's flush lock).  nbdkit's
// own multi-conn filter likewise calls one connection's `next` from another
// connection's thread; the per-connection gate keeps such calls within the
// thread model.
unsafe impl Send for NextBackend {}
// SAFETY: as above; the pointer itself is never written.
unsafe impl Sync for NextBackend {}

impl Backend for NextBackend {
    fn flush(&self) -> Result<(), Errno> {
        let mut err = 0;
        // SAFETY: `self.0` is a live next context (see the Send impl), and
        // nbdkit fills every function pointer of `struct nbdkit_next_ops`.
        let r = unsafe { ((*self.0).flush.expect("next->flush"))(self.0, 0, &mut err) };
        status(r, err)
    }

    #[inline]
    fn prefetch(&self) {
        // nbdkit's flush of the next layer reads the function pointer and
        // then the context's handle, backend and state, which sit in the
        // context's first few hundred bytes.
        crate::prefetch::bytes(self.0, 384);
    }
}

fn status(r: c_int, err: c_int) -> Result<(), Errno> {
    if r == -1 {
        Err(if err == 0 { libc::EIO } else { err })
    } else {
        Ok(())
    }
}

// ---------------------------------------------------------------------------
// Reporting to nbdkit.

fn to_cstring(msg: &str) -> CString {
    CString::new(msg.replace('\0', "\\0")).expect("NULs replaced")
}

/// `nbdkit_error("multiconn: MSG")`: every message of the filter names it,
/// so that it can be told from the other layers of a stack.
fn report_error(msg: &str) {
    let msg = to_cstring(msg);
    // SAFETY: a constant format taking one C string, which outlives the call.
    unsafe { nbdkit_error(c"multiconn: %s".as_ptr(), msg.as_ptr()) }
}

/// Routes the `log` crate to `nbdkit_debug` (shown by `nbdkit -v`).
struct NbdkitLogger;

impl log::Log for NbdkitLogger {
    fn enabled(&self, m: &log::Metadata<'_>) -> bool {
        m.level() <= log::max_level()
    }

    fn log(&self, record: &log::Record<'_>) {
        if self.enabled(record.metadata()) {
            let msg = to_cstring(&record.args().to_string());
            // SAFETY: a constant format taking one C string, which outlives the call.
            unsafe { nbdkit_debug(c"multiconn: %s".as_ptr(), msg.as_ptr()) }
        }
    }

    fn flush(&self) {}
}

thread_local! {
    /// The message and location of this thread's last panic, kept by the
    /// hook [`keep_panic_messages`] installs, for [`boundary`] to report.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Install a panic hook that keeps each panic's message and location for
/// [`boundary`], then runs the hook that was there before (by default the
/// standard library's, which prints to stderr: nbdkit closes stderr when it
/// daemonizes, so the message would be lost without this).  The library
/// carries its own copy of the standard library, so the hook sees only the
/// panics of this library's code, never those of another Rust library in
/// the same process.
fn keep_panic_messages() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            let payload = info.payload();
            let msg = payload
                .downcast_ref::<&str>()
                .copied()
                .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
                .unwrap_or("(a panic without a message)");
            let at = info
                .location()
                .map(|l| format!(" at {}:{}:{}", l.file(), l.line(), l.column()))
                .unwrap_or_default();
            // `try_with`: a panic while the thread's locals are being
            // destroyed has nowhere to keep its message.
            let _ = LAST_PANIC.try_with(|last| {
                if let Ok(mut last) = last.try_borrow_mut() {
                    *last = Some(format!("{msg}{at}"));
                }
            });
            previous(info);
        }));
    });
}

/// Run `f`; if it panics, report it (with the panic's message and location)
/// and return `failed` instead of unwinding into nbdkit.
fn boundary<T>(what: &str, failed: T, f: impl FnOnce() -> T) -> T {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|_| {
        let why = LAST_PANIC
            .try_with(|last| last.try_borrow_mut().ok().and_then(|mut l| l.take()))
            .ok()
            .flatten()
            .unwrap_or_else(|| "no message kept".to_owned());
        report_error(&format!("internal error (panic) in {what}: {why}"));
        failed
    })
}

/// [`boundary`] for requests: a panic becomes EIO for that request.
///
/// # Safety
/// `err` must be the valid error pointer nbdkit passed to the callback.
unsafe fn guard_request(what: &str, err: *mut c_int, f: impl FnOnce(&mut c_int) -> c_int) -> c_int {
    // SAFETY: guaranteed by the caller.
    let err = unsafe { &mut *err };
    let mut e = 0;
    let r = boundary(what, -1, || f(&mut e));
    if r == -1 {
        *err = if e == 0 { libc::EIO } else { e };
    }
    r
}

/// The connection of a request, joined to its group by `.prepare`.
///
/// # Safety
/// `handle` must be a pointer returned by [`mc_open`] and not yet closed.
unsafe fn conn<'a>(handle: *mut c_void) -> &'a Arc<Conn<NextBackend>> {
    // SAFETY: guaranteed by the caller; nbdkit only makes requests between
    // `.prepare` and `.finalize`, and the handle is only written by
    // `.prepare`, `.finalize` and `.close`, which no request overlaps.
    let h = unsafe { &*(handle as *const Handle) };
    h.conn.get_or_init(|| join(h))
}

#[cold]
fn join(h: &Handle) -> Arc<Conn<NextBackend>> {
    let p = h
        .prepared
        .as_ref()
        .expect("request on a connection that is not prepared");
    state().registry.join(
        p.id,
        Joining {
            export: h.export.clone(),
            export_key: h.export_key.clone(),
            mode: p.mode,
            plugin_multi_conn: p.plugin_multi_conn,
            backend: NextBackend(p.next),
        },
        ready().config.by_export_name,
    )
}

/// The connection leaves its group, once, writing back first where
/// emulate mode and `multi-conn-close=flush` ask for it.
fn leave(h: &mut Handle, when: &str) {
    if std::mem::replace(&mut h.left, true) {
        return;
    }
    let Some(conn) = h.conn.get() else {
        return;
    };
    let st = state();
    st.registry.leave(conn, || {
        if ready().config.on_close == OnClose::Flush {
            if let Err(e) = flush::write_back_at_close(conn, &st.stats) {
                report_error(&format!(
                    "connection #{} export \"{}\": write-back at close failed: {}; \
                     the next flush of each connection of its group fails with EIO",
                    conn.id,
                    conn.export,
                    std::io::Error::from_raw_os_error(e)
                ));
            }
        }
    });
    log::debug!(
        "connection #{} export \"{}\": left its group at {when}",
        conn.id,
        conn.export
    );
}

fn ready() -> &'static Ready {
    state()
        .ready
        .get()
        .expect(".get_ready runs before any connection")
}

fn trace_on() -> bool {
    log::log_enabled!(log::Level::Trace)
}

// ---------------------------------------------------------------------------
// Callbacks, in lifecycle order.

/// How many layers of one nbdkit stack loaded this library.  dlopen returns
/// the same library for a second `--filter=` of the same file, so every
/// layer would share one [`State`]: refused in `.config_complete`.
static LOADS: AtomicU32 = AtomicU32::new(0);

unsafe extern "C" fn mc_load() {
    keep_panic_messages();
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

unsafe extern "C" fn mc_unload() {
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

unsafe extern "C" fn mc_config(
    next: NextConfig,
    nxdata: *mut NbdkitBackend,
    key: *const c_char,
    value: *const c_char,
) -> c_int {
    let ours = boundary("config", Err(()), || {
        // SAFETY: nbdkit passes NUL-terminated strings.
        let (k, v) = unsafe { (CStr::from_ptr(key), CStr::from_ptr(value)) };
        let (k, v) = (k.to_string_lossy(), v.to_string_lossy());
        let parse_bool = |s: &str| {
            let s = to_cstring(s);
            // SAFETY: a valid C string; nbdkit_parse_bool only reads it.
            match unsafe { nbdkit_parse_bool(s.as_ptr()) } {
                -1 => None,
                r => Some(r != 0),
            }
        };
        match state().config.lock().apply(&k, &v, parse_bool) {
            Ok(applied) => Ok(applied),
            Err(e) => {
                report_error(&e.to_string());
                Err(())
            }
        }
    });
    match ours {
        Ok(Applied::Taken) => 0,
        // SAFETY: handing nbdkit's own arguments to the next layer.
        Ok(Applied::PassOn) => unsafe { next(nxdata, key, value) },
        Err(()) => -1,
    }
}

/// The one callback that can stop nbdkit at start-up after every layer's
/// `.load` has run (nbdkit exits when it returns -1; `.load` cannot fail).
unsafe extern "C" fn mc_config_complete(
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

unsafe extern "C" fn mc_get_ready(thread_model: c_int) -> c_int {
    boundary("get_ready", -1, || {
        let config = *state().config.lock();
        let replication = match thread_model {
            m if m <= NBDKIT_THREAD_MODEL_SERIALIZE_ALL_REQUESTS => Replication::Sequential,
            NBDKIT_THREAD_MODEL_SERIALIZE_REQUESTS => Replication::ConcurrentHeld,
            _ => Replication::Concurrent,
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
                Replication::Concurrent => "concurrently, overlapping requests",
                Replication::ConcurrentHeld => "concurrently, each target idle during its own",
                Replication::Sequential => "one at a time",
            },
        );
        let _ = state().ready.set(Ready {
            config,
            serialize_connections: thread_model == NBDKIT_THREAD_MODEL_SERIALIZE_CONNECTIONS,
            replication,
        });
        0
    })
}

unsafe extern "C" fn mc_preconnect(
    next: NextPreconnect,
    nxdata: *mut NbdkitBackend,
    readonly: c_int,
) -> c_int {
    // Nothing to decide before a connection exists: a connection joins its
    // group only once its next context can be used, in `.prepare`.
    // SAFETY: handing nbdkit's own arguments to the next layer.
    unsafe { next(nxdata, readonly) }
}

unsafe extern "C" fn mc_open(
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
        let name = unsafe { CStr::from_ptr(exportname) };
        Box::into_raw(Box::new(Handle {
            export: name.to_string_lossy().into_owned(),
            export_key: name.to_bytes().to_vec(),
            prepared: None,
            conn: OnceLock::new(),
            left: false,
        })) as *mut c_void
    })
}

/// Ask the next layer a yes/no question; -1 is an error (already reported).
///
/// # Safety
/// `next` must be a live next context.
unsafe fn ask(
    next: *mut NbdkitNext,
    f: Option<unsafe extern "C" fn(*mut NbdkitNext) -> c_int>,
) -> c_int {
    // SAFETY: guaranteed by the caller; nbdkit fills every function pointer.
    unsafe { (f.expect("next->can_*"))(next) }
}

unsafe extern "C" fn mc_prepare(
    next: *mut NbdkitNext,
    handle: *mut c_void,
    _readonly: c_int,
) -> c_int {
    boundary("prepare", -1, || {
        let ready = ready();
        // SAFETY: nbdkit passes our handle and a live next context; nothing
        // else uses the handle while it prepares the connection.
        let (h, n) = unsafe { (&mut *(handle as *mut Handle), &*next) };
        // SAFETY (all `ask`s below): `next` is live from now to `.finalize`.
        let plugin_mc = || match unsafe { ask(next, n.can_multi_conn) } {
            -1 => None,
            r => Some(r == 1),
        };
        let configured = ready.config.mode;
        let Some((mode, reason)) = configured.resolve(ready.serialize_connections, plugin_mc)
        else {
            return -1;
        };
        if mode == Mode::Emulate {
            let can_flush = unsafe { ask(next, n.can_flush) };
            if can_flush != 1 {
                let why = if can_flush == -1 {
                    "asking the plugin whether it can flush failed"
                } else {
                    "the plugin cannot flush"
                };
                let chosen = if configured == Mode::Auto {
                    " (multi-conn-mode=auto chose emulate: the plugin lacks multi-conn)"
                } else {
                    ""
                };
                report_error(&format!(
                    "multi-conn-mode=emulate needs a plugin that can flush, but {why}{chosen}"
                ));
                return -1;
            }
        }
        // Ask now what nbdkit will ask during the rest of the handshake:
        // nbdkit caches the answers in this next context, so after this
        // `.prepare` the handshake calls the plugin on this handle only
        // through this filter's own callbacks (`.export_description`, which
        // nbdkit does not cache, enters the gate), and the connection can
        // be a flush target at once (see the lifecycle in registry.rs).
        for f in [
            n.can_write,
            n.can_flush,
            n.is_rotational,
            n.can_trim,
            n.can_zero,
            n.can_fast_zero,
            n.can_extents,
            n.can_fua,
            n.can_cache,
        ] {
            unsafe { ask(next, f) };
        }
        // (nbdkit fills every function pointer; the test harness only
        // those its fake plugin has.)
        if let Some(get_size) = n.get_size {
            unsafe { get_size(next) };
        }
        if let Some(block_size) = n.block_size {
            let (mut min, mut pref, mut max) = (0, 0, 0);
            unsafe { block_size(next, &mut min, &mut pref, &mut max) };
        }
        let plugin_multi_conn = unsafe { ask(next, n.can_multi_conn) } == 1;
        if mode != Mode::Emulate && !plugin_multi_conn {
            warn_fast_unsafe(ready.config.track, mode);
        }
        let id = state().registry.next_id();
        log::debug!(
            "connection #{id} export \"{}\": mode {} -> {} ({})",
            h.export,
            configured.name(),
            mode.name(),
            reason
        );
        h.prepared = Some(Prepared {
            id,
            mode,
            plugin_multi_conn,
            next,
        });
        // A flush target from now on.
        let _ = h.conn.set(join(h));
        0
    })
}

/// Not cached by nbdkit, so asked through the gate: a flush that holds the
/// connection (serialize_requests) never overlaps it.
unsafe extern "C" fn mc_export_description(
    next: *mut NbdkitNext,
    handle: *mut c_void,
) -> *const c_char {
    boundary("export_description", ptr::null(), || {
        // SAFETY: our prepared handle; nbdkit asks after `.prepare`.
        let conn = unsafe { conn(handle) };
        let _inside = conn.enter(crate::gate::Kind::Other);
        // SAFETY: nbdkit's live next context.
        unsafe {
            ((*next)
                .export_description
                .expect("next->export_description"))(next)
        }
    })
}

/// `multi-conn-track-dirty=fast` outside emulate mode takes a flush on one
/// connection to cover every connection of its export, as nbdkit's filter
/// documents; over a plugin that does not advertise multi-conn that is not
/// true, and a client can be told its data is durable when it is not.  Say
/// so once, without `-v`, when the first such connection is prepared.
fn warn_fast_unsafe(track: TrackDirty, mode: Mode) {
    static WARNED: std::sync::Once = std::sync::Once::new();
    if track == TrackDirty::Fast {
        WARNED.call_once(|| {
            report_error(&format!(
                "warning: multi-conn-track-dirty=fast with multi-conn-mode={} over \
                 a plugin that does not advertise multi-conn: a flush on one connection is \
                 taken to cover every connection of its export, which the plugin does not \
                 promise, so a flush can be answered before another connection's writes are \
                 durable (use multi-conn-track-dirty=connection, or multi-conn-mode=emulate)",
                mode.name()
            ))
        });
    }
}

unsafe extern "C" fn mc_finalize(_next: *mut NbdkitNext, handle: *mut c_void) -> c_int {
    boundary("finalize", -1, || {
        // SAFETY: our handle; no request runs on it any more.
        let h = unsafe { &mut *(handle as *mut Handle) };
        leave(h, "finalize");
        0
    })
}

unsafe extern "C" fn mc_close(handle: *mut c_void) {
    boundary("close", (), || {
        // SAFETY: the pointer came from Box::into_raw in `.open`; nbdkit
        // closes each handle once, after every request and `.finalize`.
        let mut h = unsafe { Box::from_raw(handle as *mut Handle) };
        // nbdkit skipped `.finalize` (see the lifecycle in registry.rs).
        leave(&mut h, "close");
    })
}

unsafe extern "C" fn mc_can_fua(next: *mut NbdkitNext, handle: *mut c_void) -> c_int {
    boundary("can_fua", -1, || {
        // SAFETY: nbdkit's live next context and our prepared handle.
        let (fua, mode) = unsafe { (ask(next, (*next).can_fua), mode(handle)) };
        // Native FUA would have to be replicated anyway: say it is emulated,
        // so nbdkit sends FUA writes to us as write + flush.
        if fua == NBDKIT_FUA_NATIVE && mode == Some(Mode::Emulate) {
            NBDKIT_FUA_EMULATE
        } else {
            fua
        }
    })
}

unsafe extern "C" fn mc_can_multi_conn(next: *mut NbdkitNext, handle: *mut c_void) -> c_int {
    boundary("can_multi_conn", -1, || {
        // SAFETY: our handle.
        match unsafe { mode(handle) } {
            Some(Mode::Emulate | Mode::Unsafe) => 1,
            Some(Mode::Disable) => 0,
            // SAFETY: nbdkit's live next context.
            _ => unsafe { ask(next, (*next).can_multi_conn) },
        }
    })
}

/// The mode `.prepare` resolved, asked for during the handshake.
///
/// # Safety
/// `handle` must be a pointer returned by [`mc_open`] and not yet closed.
unsafe fn mode(handle: *mut c_void) -> Option<Mode> {
    // SAFETY: guaranteed by the caller; nbdkit asks during the handshake,
    // after `.prepare`, when nothing else uses the handle.
    let h = unsafe { &*(handle as *const Handle) };
    h.prepared.as_ref().map(|p| p.mode)
}

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

/// Turn a result into nbdkit's convention: 0, or -1 with the errno in `err`.
fn to_c(r: Result<(), Errno>, err: &mut c_int) -> c_int {
    match r {
        Ok(()) => 0,
        Err(e) => {
            *err = e;
            -1
        }
    }
}

/// The next layer's status, or -1 with `err` set if the filter failed the
/// request before calling it.
fn or_errno(r: Result<c_int, Errno>, err: &mut c_int) -> c_int {
    r.unwrap_or_else(|errno| {
        *err = errno;
        -1
    })
}

/// Which part of the data path a request takes.
#[derive(Clone, Copy)]
enum Kind {
    /// pread, cache: [`request::read`].
    Read,
    /// pwrite, zero, trim: [`request::write`], which may turn FUA into an
    /// emulated flush.
    Write,
}

/// Out of line, so that the formatting stays off the data path.
#[cold]
#[inline(never)]
fn trace_request(id: u64, what: &str, count: u32, offset: u64, flags: u32) {
    log::trace!("trace: #{id} {what} count={count} offset={offset} flags={flags:#x}");
}

/// One data request: the panic boundary, the optional trace line, then the
/// data path with `call` (the next layer's function, given the flags to pass
/// on) as its plugin call.
///
/// # Safety
/// `handle` must be our prepared handle and `err` nbdkit's error pointer.
#[allow(clippy::too_many_arguments)]
unsafe fn data_request(
    what: &str,
    kind: Kind,
    handle: *mut c_void,
    count: u32,
    offset: u64,
    flags: u32,
    err: *mut c_int,
    call: impl FnOnce(u32, &mut c_int) -> c_int,
) -> c_int {
    // SAFETY: guaranteed by the caller.
    unsafe {
        guard_request(what, err, |e| {
            let conn = conn(handle);
            if trace_on() {
                trace_request(conn.id, what, count, offset, flags);
            }
            match kind {
                Kind::Read => {
                    let r = request::read(conn, flush_ctx, || call(flags, &mut *e));
                    or_errno(r, e)
                }
                Kind::Write => {
                    let fua = flags & NBDKIT_FLAG_FUA != 0;
                    let r = request::write(conn, fua, flush_ctx, |keep_fua| {
                        let flags = if keep_fua {
                            flags
                        } else {
                            flags & !NBDKIT_FLAG_FUA
                        };
                        let mut call_err = 0;
                        let r = call(flags, &mut call_err);
                        status(r, call_err)
                    });
                    to_c(r, e)
                }
            }
        })
    }
}

// The data callbacks.  SAFETY (each): nbdkit's pointers, passed through
// unchanged; nbdkit fills every function pointer of the next layer.

unsafe extern "C" fn mc_pread(
    next: *mut NbdkitNext,
    handle: *mut c_void,
    buf: *mut c_void,
    count: u32,
    offset: u64,
    flags: u32,
    err: *mut c_int,
) -> c_int {
    unsafe {
        data_request(
            "pread",
            Kind::Read,
            handle,
            count,
            offset,
            flags,
            err,
            |f, e| ((*next).pread.expect("next->pread"))(next, buf, count, offset, f, e),
        )
    }
}

unsafe extern "C" fn mc_cache(
    next: *mut NbdkitNext,
    handle: *mut c_void,
    count: u32,
    offset: u64,
    flags: u32,
    err: *mut c_int,
) -> c_int {
    unsafe {
        data_request(
            "cache",
            Kind::Read,
            handle,
            count,
            offset,
            flags,
            err,
            |f, e| ((*next).cache.expect("next->cache"))(next, count, offset, f, e),
        )
    }
}

unsafe extern "C" fn mc_pwrite(
    next: *mut NbdkitNext,
    handle: *mut c_void,
    buf: *const c_void,
    count: u32,
    offset: u64,
    flags: u32,
    err: *mut c_int,
) -> c_int {
    unsafe {
        data_request(
            "pwrite",
            Kind::Write,
            handle,
            count,
            offset,
            flags,
            err,
            |f, e| ((*next).pwrite.expect("next->pwrite"))(next, buf, count, offset, f, e),
        )
    }
}

unsafe extern "C" fn mc_zero(
    next: *mut NbdkitNext,
    handle: *mut c_void,
    count: u32,
    offset: u64,
    flags: u32,
    err: *mut c_int,
) -> c_int {
    unsafe {
        data_request(
            "zero",
            Kind::Write,
            handle,
            count,
            offset,
            flags,
            err,
            |f, e| ((*next).zero.expect("next->zero"))(next, count, offset, f, e),
        )
    }
}

unsafe extern "C" fn mc_trim(
    next: *mut NbdkitNext,
    handle: *mut c_void,
    count: u32,
    offset: u64,
    flags: u32,
    err: *mut c_int,
) -> c_int {
    unsafe {
        data_request(
            "trim",
            Kind::Write,
            handle,
            count,
            offset,
            flags,
            err,
            |f, e| ((*next).trim.expect("next->trim"))(next, count, offset, f, e),
        )
    }
}

unsafe extern "C" fn mc_extents(
    next: *mut NbdkitNext,
    handle: *mut c_void,
    count: u32,
    offset: u64,
    flags: u32,
    extents: *mut NbdkitExtents,
    err: *mut c_int,
) -> c_int {
    // Block status is a read: a plugin may cache it per connection, as one
    // over a remote store would, so an extents request marks the
    // connection READ and is held out of drops like a read.
    // SAFETY: nbdkit's pointers, passed through unchanged.
    unsafe {
        guard_request("extents", err, |e| {
            let r = request::read(conn(handle), flush_ctx, || {
                ((*next).extents.expect("next->extents"))(next, count, offset, flags, extents, e)
            });
            or_errno(r, e)
        })
    }
}

unsafe extern "C" fn mc_flush(
    _next: *mut NbdkitNext,
    handle: *mut c_void,
    _flags: u32,
    err: *mut c_int,
) -> c_int {
    // SAFETY: nbdkit's pointers.
    unsafe {
        guard_request("flush", err, |e| {
            if trace_on() {
                log::trace!("trace: #{} flush", conn(handle).id);
            }
            to_c(
                flush::flush(conn(handle), Cause::Client, &flush_ctx()).map(drop),
                e,
            )
        })
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
        .get_or_init(|| Registered(Box::into_raw(Box::new(filter()))))
        .0
}

fn filter() -> NbdkitFilter {
    static HELP: OnceLock<CString> = OnceLock::new();
    NbdkitFilter {
        _api_version: NBDKIT_FILTER_API_VERSION,
        _version: NBDKIT_VERSION.as_ptr() as *const c_char,
        name: c"multiconn".as_ptr(),
        longname: c"multiconn: enable, emulate or disable multi-conn".as_ptr(),
        description: ptr::null(),
        load: Some(mc_load),
        unload: Some(mc_unload),
        config: Some(mc_config),
        config_complete: Some(mc_config_complete),
        config_help: HELP.get_or_init(|| to_cstring(CONFIG_HELP)).as_ptr(),
        thread_model: None,
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
