//! The panic boundary: no panic unwinds into nbdkit.  Every callback's body
//! runs inside [`boundary`], which turns a panic into an error message and
//! the callback's failure value (for requests, -1 with EIO).

use super::log::report_error;
use crate::flush::Errno;
use std::cell::RefCell;
use std::os::raw::c_int;
use std::panic::{self, catch_unwind, AssertUnwindSafe};
use std::sync::Once;

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
pub fn keep_panic_messages() {
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
pub fn boundary<T>(what: &str, failed: T, f: impl FnOnce() -> T) -> T {
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

/// [`boundary`] for requests: `f` returns nbdkit's status (0, or -1 with
/// its errno set through the `&mut c_int`); a panic becomes -1 with EIO.
/// The errno goes to `err` only on failure, and is never 0 there.
pub fn request(what: &str, err: &mut c_int, f: impl FnOnce(&mut c_int) -> c_int) -> c_int {
    let mut e = 0;
    let r = boundary(what, -1, || f(&mut e));
    if r == -1 {
        *err = if e == 0 { libc::EIO } else { e };
    }
    r
}

/// A result in nbdkit's convention: 0, or -1 with the errno in `err`.
pub fn to_c(r: Result<(), Errno>, err: &mut c_int) -> c_int {
    match r {
        Ok(()) => 0,
        Err(e) => {
            *err = e;
            -1
        }
    }
}

/// A next layer's status as a result: -1 with errno 0 counts as EIO.
pub fn status(r: c_int, err: c_int) -> Result<(), Errno> {
    if r == -1 {
        Err(if err == 0 { libc::EIO } else { err })
    } else {
        Ok(())
    }
}
