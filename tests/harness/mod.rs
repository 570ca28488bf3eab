//! Loads the built `libmulticonn.so` the way nbdkit does and drives its
//! callbacks against fake next layers, with this executable supplying the
//! `nbdkit_*` functions (build.rs links tests with --export-dynamic).
//!
//! Each [`Filter::load`] copies the library to a new file first, so every
//! test gets fresh global state, as a new nbdkit process would.

#![allow(dead_code)]

#[path = "../../src/ffi.rs"]
pub mod ffi;
#[path = "../../src/test_support.rs"]
pub mod nbdkit;

use ffi::*;
use std::ffi::{CStr, CString};
use std::os::raw::{c_char, c_int, c_void};
use std::path::PathBuf;
use std::sync::atomic::{AtomicI32, AtomicUsize, Ordering::SeqCst};
use std::sync::{Arc, Mutex, MutexGuard};

/// Tests in one executable share the `nbdkit_*` message log: one at a time.
pub fn serial() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    let g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    nbdkit::take_messages();
    g
}

/// The built library.  `cargo test` and `cargo bench` rebuild it in
/// `target/<profile>/deps/` next to this executable but only `cargo build`
/// copies it up to `target/<profile>/`, so the copy in `deps/` is the one
/// that matches the sources.
pub fn library_path() -> PathBuf {
    if let Some(p) = std::env::var_os("MULTICONN_SO") {
        return p.into();
    }
    let exe = std::env::current_exe().expect("current_exe");
    let deps = exe.parent().expect("target/<profile>/deps");
    [
        deps.join("libmulticonn.so"),
        deps.parent()
            .expect("target/<profile>")
            .join("libmulticonn.so"),
    ]
    .into_iter()
    .find(|p| p.exists())
    .expect("libmulticonn.so not built (cargo build first)")
}

/// nbdkit's own multi-conn filter, if installed (benchmarks compare with it).
pub fn nbdkit_multi_conn_filter() -> Option<PathBuf> {
    std::process::Command::new("pkg-config")
        .args(["--variable=filterdir", "nbdkit"])
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .map(|dir| PathBuf::from(dir).join("nbdkit-multi-conn-filter.so"))
        .filter(|p| p.exists())
}

pub struct Filter {
    pub f: &'static NbdkitFilter,
    /// Keys the filter passed on to the next layer.
    pub passed_on: Vec<(String, String)>,
}

impl Filter {
    /// Load a fresh copy of the library and call `.load`.
    pub fn load() -> Filter {
        static COPIES: AtomicUsize = AtomicUsize::new(0);
        let src = library_path();
        let dst = std::env::temp_dir().join(format!(
            "libmulticonn-test-{}-{}.so",
            std::process::id(),
            COPIES.fetch_add(1, SeqCst)
        ));
        std::fs::copy(&src, &dst).expect("copy the library");
        let f = Filter::load_path(&dst);
        let _ = std::fs::remove_file(&dst);
        f
    }

    /// Load the filter at `path` (ours, or another filter for comparison)
    /// and call its `.load`.
    pub fn load_path(path: &std::path::Path) -> Filter {
        // SAFETY: loading a filter library; nbdkit's functions come from
        // this executable.  The library is never unloaded (flush threads may
        // still be parked in it), so leaking it is deliberate.
        let f = unsafe {
            let lib =
                libloading::os::unix::Library::open(Some(path), libc::RTLD_NOW | libc::RTLD_LOCAL)
                    .expect("dlopen the filter");
            let init: libloading::os::unix::Symbol<extern "C" fn() -> *mut NbdkitFilter> =
                lib.get(b"filter_init\0").expect("filter_init");
            let f = &*init();
            std::mem::forget(lib);
            f
        };
        if let Some(load) = f.load {
            // SAFETY: the filter's own callback.
            unsafe { load() };
        }
        Filter {
            f,
            passed_on: Vec::new(),
        }
    }

    /// Call `.config`; returns its result.
    pub fn config(&mut self, key: &str, value: &str) -> c_int {
        unsafe extern "C" fn next(
            nx: *mut NbdkitBackend,
            k: *const c_char,
            v: *const c_char,
        ) -> c_int {
            // SAFETY: `nx` is the Vec we pass below; strings are the ones we pass.
            let passed = unsafe { &mut *(nx as *mut Vec<(String, String)>) };
            let s = |p| unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned();
            passed.push((s(k), s(v)));
            0
        }
        let (k, v) = (CString::new(key).unwrap(), CString::new(value).unwrap());
        let nx = &mut self.passed_on as *mut _ as *mut NbdkitBackend;
        // SAFETY: the filter's callback with valid arguments.
        unsafe { (self.f.config.unwrap())(next, nx, k.as_ptr(), v.as_ptr()) }
    }

    pub fn get_ready(&self, thread_model: c_int) -> c_int {
        // SAFETY: the filter's callback.
        unsafe { (self.f.get_ready.unwrap())(thread_model) }
    }

    /// Open and prepare a connection to `plugin` on `export`.
    pub fn connect(&self, plugin: &Arc<Plugin>, export: &str) -> Result<Conn, c_int> {
        self.connect_to(FakeNext::new(plugin.clone()), export)
    }

    /// Open and prepare a connection over the given next layer.
    pub fn connect_to(&self, next: Box<FakeNext>, export: &str) -> Result<Conn, c_int> {
        self.connect_named(next, export.as_bytes())
    }

    /// As [`Filter::connect_to`], with an export name of any bytes (nbdkit
    /// does not check that names are UTF-8).
    pub fn connect_named(&self, next: Box<FakeNext>, export: &[u8]) -> Result<Conn, c_int> {
        unsafe extern "C" fn next_open(_: *mut NbdkitContext, _: c_int, _: *const c_char) -> c_int {
            0
        }
        let name = CString::new(export).unwrap();
        // SAFETY: the filter's callbacks with valid arguments.
        let handle =
            unsafe { (self.f.open.unwrap())(next_open, std::ptr::null_mut(), 0, name.as_ptr(), 0) };
        assert!(!handle.is_null(), "open failed");
        // SAFETY: as above; `next` stays alive inside the returned Conn.
        let r = unsafe { (self.f.prepare.unwrap())(next.ptr(), handle, 0) };
        let conn = Conn {
            f: self.f,
            handle,
            next,
            prepared: r == 0,
        };
        if r == 0 {
            Ok(conn)
        } else {
            Err(r)
        }
    }

    /// Open a connection without preparing it (for the panic boundary test).
    pub fn open_only(&self, plugin: &Arc<Plugin>) -> Conn {
        unsafe extern "C" fn next_open(_: *mut NbdkitContext, _: c_int, _: *const c_char) -> c_int {
            0
        }
        // SAFETY: the filter's callback with valid arguments.
        let handle =
            unsafe { (self.f.open.unwrap())(next_open, std::ptr::null_mut(), 0, c"".as_ptr(), 0) };
        Conn {
            f: self.f,
            handle,
            next: FakeNext::new(plugin.clone()),
            prepared: false,
        }
    }

    pub fn unload(&self) {
        // SAFETY: the filter's callback.
        unsafe { (self.f.unload.unwrap())() }
    }
}

/// A connection through the filter.  Finalized and closed on drop.
pub struct Conn {
    f: &'static NbdkitFilter,
    pub handle: *mut c_void,
    pub next: Box<FakeNext>,
    prepared: bool,
}

// SAFETY: the filter is thread-safe; tests issue requests from several threads.
unsafe impl Send for Conn {}
// SAFETY: as above.
unsafe impl Sync for Conn {}

/// The result of a request: Ok or the errno.
pub type Res = Result<(), c_int>;

fn res(r: c_int, err: c_int) -> Res {
    if r == -1 {
        Err(err)
    } else {
        Ok(())
    }
}

impl Conn {
    pub fn pread(&self, buf: &mut [u8], offset: u64) -> Res {
        let mut err = 0;
        // SAFETY: the filter's callback with our handle and next.
        let r = unsafe {
            (self.f.pread.unwrap())(
                self.next.ptr(),
                self.handle,
                buf.as_mut_ptr().cast(),
                buf.len() as u32,
                offset,
                0,
                &mut err,
            )
        };
        res(r, err)
    }

    pub fn pwrite(&self, buf: &[u8], offset: u64, flags: u32) -> Res {
        let mut err = 0;
        // SAFETY: as above.
        let r = unsafe {
            (self.f.pwrite.unwrap())(
                self.next.ptr(),
                self.handle,
                buf.as_ptr().cast(),
                buf.len() as u32,
                offset,
                flags,
                &mut err,
            )
        };
        res(r, err)
    }

    pub fn zero(&self, count: u32, offset: u64, flags: u32) -> Res {
        let mut err = 0;
        // SAFETY: as above.
        let r = unsafe {
            (self.f.zero.unwrap())(self.next.ptr(), self.handle, count, offset, flags, &mut err)
        };
        res(r, err)
    }

    pub fn trim(&self, count: u32, offset: u64, flags: u32) -> Res {
        let mut err = 0;
        // SAFETY: as above.
        let r = unsafe {
            (self.f.trim.unwrap())(self.next.ptr(), self.handle, count, offset, flags, &mut err)
        };
        res(r, err)
    }

    pub fn cache(&self, count: u32, offset: u64) -> Res {
        let mut err = 0;
        // SAFETY: as above.
        let r = unsafe {
            (self.f.cache.unwrap())(self.next.ptr(), self.handle, count, offset, 0, &mut err)
        };
        res(r, err)
    }

    pub fn flush(&self) -> Res {
        let mut err = 0;
        // SAFETY: as above.
        let r = unsafe { (self.f.flush.unwrap())(self.next.ptr(), self.handle, 0, &mut err) };
        res(r, err)
    }

    pub fn can_multi_conn(&self) -> c_int {
        // SAFETY: as above.
        unsafe { (self.f.can_multi_conn.unwrap())(self.next.ptr(), self.handle) }
    }

    pub fn can_fua(&self) -> c_int {
        // SAFETY: as above.
        unsafe { (self.f.can_fua.unwrap())(self.next.ptr(), self.handle) }
    }

    /// Plugin flushes this connection received.
    pub fn flushes(&self) -> usize {
        self.next.flushes.load(SeqCst)
    }
}

impl Drop for Conn {
    fn drop(&mut self) {
        // SAFETY: nbdkit's order: finalize (if prepared), then close.
        unsafe {
            if self.prepared {
                (self.f.finalize.unwrap())(self.next.ptr(), self.handle);
            }
            if !self.handle.is_null() {
                (self.f.close.unwrap())(self.handle);
            }
        }
    }
}

/// What the fake plugin answers and does.
#[derive(Default)]
pub struct Plugin {
    pub can_flush: AtomicI32,
    pub can_multi_conn: AtomicI32,
    pub can_fua: AtomicI32,
    /// errno for flushes to fail with; 0: succeed.
    pub fail_flush: AtomicI32,
    /// Flags of the last write the plugin saw.
    pub last_write_flags: AtomicI32,
    pub writes: AtomicUsize,
    pub reads: AtomicUsize,
}

impl Plugin {
    pub fn new() -> Arc<Plugin> {
        let p = Plugin::default();
        p.can_flush.store(1, SeqCst);
        p.can_fua.store(NBDKIT_FUA_NATIVE, SeqCst);
        Arc::new(p)
    }
}

/// A next layer: nbdkit's function table followed by our own state, so each
/// callback can find its state from the `nbdkit_next *` it is given.
#[repr(C)]
pub struct FakeNext {
    ops: NbdkitNext,
    pub plugin: Arc<Plugin>,
    pub flushes: AtomicUsize,
}

fn fake(n: *mut NbdkitNext) -> &'static FakeNext {
    // SAFETY: every NbdkitNext we hand out is the first field of a FakeNext
    // that outlives the connection.
    unsafe { &*(n as *const FakeNext) }
}

unsafe extern "C" fn f_can_flush(n: *mut NbdkitNext) -> c_int {
    fake(n).plugin.can_flush.load(SeqCst)
}
unsafe extern "C" fn f_can_multi_conn(n: *mut NbdkitNext) -> c_int {
    fake(n).plugin.can_multi_conn.load(SeqCst)
}
unsafe extern "C" fn f_can_fua(n: *mut NbdkitNext) -> c_int {
    fake(n).plugin.can_fua.load(SeqCst)
}
unsafe extern "C" fn f_yes(_: *mut NbdkitNext) -> c_int {
    1
}
unsafe extern "C" fn f_size(_: *mut NbdkitNext) -> i64 {
    1 << 20
}
unsafe extern "C" fn f_pread(
    n: *mut NbdkitNext,
    _: *mut c_void,
    _: u32,
    _: u64,
    _: u32,
    _: *mut c_int,
) -> c_int {
    fake(n).plugin.reads.fetch_add(1, SeqCst);
    0
}
unsafe extern "C" fn f_pwrite(
    n: *mut NbdkitNext,
    _: *const c_void,
    _: u32,
    _: u64,
    flags: u32,
    _: *mut c_int,
) -> c_int {
    let p = &fake(n).plugin;
    p.writes.fetch_add(1, SeqCst);
    p.last_write_flags.store(flags as i32, SeqCst);
    0
}
unsafe extern "C" fn f_range(
    n: *mut NbdkitNext,
    _: u32,
    _: u64,
    flags: u32,
    _: *mut c_int,
) -> c_int {
    let p = &fake(n).plugin;
    p.writes.fetch_add(1, SeqCst);
    p.last_write_flags.store(flags as i32, SeqCst);
    0
}
unsafe extern "C" fn f_cache(n: *mut NbdkitNext, _: u32, _: u64, _: u32, _: *mut c_int) -> c_int {
    fake(n).plugin.reads.fetch_add(1, SeqCst);
    0
}
unsafe extern "C" fn f_flush(n: *mut NbdkitNext, _: u32, err: *mut c_int) -> c_int {
    let f = fake(n);
    let e = f.plugin.fail_flush.load(SeqCst);
    if e != 0 {
        // SAFETY: the filter passes a valid error pointer.
        unsafe { *err = e };
        return -1;
    }
    f.flushes.fetch_add(1, SeqCst);
    0
}

impl FakeNext {
    pub fn new(plugin: Arc<Plugin>) -> Box<FakeNext> {
        Box::new(FakeNext {
            ops: NbdkitNext::new(&NextOps {
                prepare: None,
                finalize: None,
                get_size: Some(f_size),
                export_description: None,
                block_size: None,
                can_write: Some(f_yes),
                can_flush: Some(f_can_flush),
                is_rotational: Some(f_yes),
                can_trim: Some(f_yes),
                can_zero: Some(f_yes),
                can_fast_zero: Some(f_yes),
                can_extents: Some(f_yes),
                can_fua: Some(f_can_fua),
                can_multi_conn: Some(f_can_multi_conn),
                can_cache: Some(f_yes),
                pread: Some(f_pread),
                pwrite: Some(f_pwrite),
                flush: Some(f_flush),
                trim: Some(f_range),
                zero: Some(f_range),
                extents: None,
                cache: Some(f_cache),
            }),
            plugin,
            flushes: AtomicUsize::new(0),
        })
    }

    /// A next layer whose pread and pwrite do nothing at all (benchmarks).
    pub fn noop(plugin: Arc<Plugin>) -> Box<FakeNext> {
        unsafe extern "C" fn nop_pread(
            _: *mut NbdkitNext,
            _: *mut c_void,
            _: u32,
            _: u64,
            _: u32,
            _: *mut c_int,
        ) -> c_int {
            0
        }
        unsafe extern "C" fn nop_pwrite(
            _: *mut NbdkitNext,
            _: *const c_void,
            _: u32,
            _: u64,
            _: u32,
            _: *mut c_int,
        ) -> c_int {
            0
        }
        let mut next = FakeNext::new(plugin);
        next.ops.pread = Some(nop_pread);
        next.ops.pwrite = Some(nop_pwrite);
        next
    }

    pub fn ptr(&self) -> *mut NbdkitNext {
        &self.ops as *const NbdkitNext as *mut NbdkitNext
    }

    /// Call the next layer's pread directly, as a filter-less nbdkit would.
    pub fn direct_pread(&self, buf: &mut [u8], offset: u64) -> c_int {
        let mut err = 0;
        // SAFETY: our own function table.
        unsafe {
            (self.ops.pread.unwrap())(
                self.ptr(),
                buf.as_mut_ptr().cast(),
                buf.len() as u32,
                offset,
                0,
                &mut err,
            )
        }
    }

    /// Call the next layer's pwrite directly.
    pub fn direct_pwrite(&self, buf: &[u8], offset: u64) -> c_int {
        let mut err = 0;
        // SAFETY: our own function table.
        unsafe {
            (self.ops.pwrite.unwrap())(
                self.ptr(),
                buf.as_ptr().cast(),
                buf.len() as u32,
                offset,
                0,
                &mut err,
            )
        }
    }
}

/// Messages the filter logged since the last call (see [`nbdkit::MESSAGES`]).
pub fn messages() -> Vec<String> {
    nbdkit::take_messages()
}
