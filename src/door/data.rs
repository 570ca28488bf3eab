//! The data callbacks and `.flush`: the panic boundary, the optional trace
//! line, then the data path (`request.rs`) around the next layer's call.
//!
//! Every data callback has the same contract, stated once here: nbdkit
//! passes the connection's live next context, our handle (a request runs
//! only between `.prepare` and `.finalize`, see `handle.rs`), and a valid
//! error pointer; the next layer's function pointers are all filled.  The
//! data path allocates nothing and takes no contended lock.

use super::boundary::{self, status, to_c};
use super::flush_ctx;
use super::handle::Handle;
use super::log::trace_on;
use crate::ffi::*;
use crate::flush::{self, Cause, Errno};
use crate::request;
use std::os::raw::{c_int, c_void};

/// Which part of the data path a request takes.
#[derive(Clone, Copy)]
enum Path {
    /// pread, cache, extents: [`request::read`].
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

/// The next layer's status, or -1 with `err` set if the filter failed the
/// request before calling it.
fn or_errno(r: Result<c_int, Errno>, err: &mut c_int) -> c_int {
    r.unwrap_or_else(|errno| {
        *err = errno;
        -1
    })
}

/// One data request on `handle`'s connection, with `call` (the next
/// layer's function, given the flags to pass on) as its plugin call.
#[allow(clippy::too_many_arguments)] // nbdkit's own arguments, passed through
fn data_request(
    what: &str,
    path: Path,
    handle: &Handle,
    count: u32,
    offset: u64,
    flags: u32,
    err: &mut c_int,
    call: impl FnOnce(u32, &mut c_int) -> c_int,
) -> c_int {
    boundary::request(what, err, |e| {
        let conn = handle.conn();
        if trace_on() {
            trace_request(conn.id, what, count, offset, flags);
        }
        match path {
            Path::Read => {
                let r = request::read(conn, flush_ctx, || call(flags, &mut *e));
                or_errno(r, e)
            }
            Path::Write => {
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

/// One data callback: `$name` takes nbdkit's arguments (with `$extra`
/// before count, offset and flags), goes through [`data_request`] on
/// `$path`, and calls the next layer's `$op` with the same arguments.
macro_rules! data_callback {
    ($name:ident, $op:ident, $path:ident, ($($extra:ident: $ty:ty),*)) => {
        pub unsafe extern "C" fn $name(
            next: *mut NbdkitNext,
            handle: *mut c_void,
            $($extra: $ty,)*
            count: u32,
            offset: u64,
            flags: u32,
            err: *mut c_int,
        ) -> c_int {
            // SAFETY: the data callbacks' contract (this module's opening).
            let (h, err) = unsafe { (Handle::get(handle), &mut *err) };
            data_request(stringify!($op), Path::$path, h, count, offset, flags, err, |f, e| {
                // SAFETY: as above; the buffers are nbdkit's, passed
                // through unchanged.
                unsafe {
                    let op = (*next).$op().expect(stringify!(next->$op));
                    op(next, $($extra,)* count, offset, f, e)
                }
            })
        }
    };
}

data_callback!(mc_pread, pread, Read, (buf: *mut c_void));
data_callback!(mc_cache, cache, Read, ());
data_callback!(mc_pwrite, pwrite, Write, (buf: *const c_void));
data_callback!(mc_zero, zero, Write, ());
data_callback!(mc_trim, trim, Write, ());

/// Block status is a read: a plugin may cache it per connection, as one
/// over a remote store would, so an extents request marks the connection
/// READ and is held out of drops like a read.
pub unsafe extern "C" fn mc_extents(
    next: *mut NbdkitNext,
    handle: *mut c_void,
    count: u32,
    offset: u64,
    flags: u32,
    extents: *mut NbdkitExtents,
    err: *mut c_int,
) -> c_int {
    // SAFETY: the data callbacks' contract (this module's opening).
    let (h, err) = unsafe { (Handle::get(handle), &mut *err) };
    boundary::request("extents", err, |e| {
        // SAFETY: as above; `extents` is nbdkit's, passed through unchanged.
        let r = request::read(h.conn(), flush_ctx, || unsafe {
            let op = (*next).extents().expect("next->extents");
            op(next, count, offset, flags, extents, e)
        });
        or_errno(r, e)
    })
}

pub unsafe extern "C" fn mc_flush(
    _next: *mut NbdkitNext,
    handle: *mut c_void,
    _flags: u32,
    err: *mut c_int,
) -> c_int {
    // SAFETY: the data callbacks' contract (this module's opening).
    let (h, err) = unsafe { (Handle::get(handle), &mut *err) };
    boundary::request("flush", err, |e| {
        let conn = h.conn();
        if trace_on() {
            log::trace!("trace: #{} flush", conn.id);
        }
        to_c(flush::flush(conn, Cause::Client, &flush_ctx()).map(drop), e)
    })
}
