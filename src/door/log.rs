//! Messages to nbdkit: errors through `nbdkit_error`, the `log` crate's
//! records through `nbdkit_debug` (shown by `nbdkit -v`).  Every message
//! names the filter, so that it can be told from the other layers of a stack.

use crate::ffi::{nbdkit_debug, nbdkit_error};
use std::ffi::CString;

/// A C string of `msg`, with any NUL made visible rather than cutting it.
pub fn to_cstring(msg: &str) -> CString {
    CString::new(msg.replace('\0', "\\0")).expect("NULs replaced")
}

/// `nbdkit_error("multiconn: MSG")`.
pub fn report_error(msg: &str) {
    let msg = to_cstring(msg);
    // SAFETY: a constant format taking one C string, which outlives the call.
    unsafe { nbdkit_error(c"multiconn: %s".as_ptr(), msg.as_ptr()) }
}

/// Routes the `log` crate to `nbdkit_debug`.
pub struct NbdkitLogger;

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

/// Whether `-D multiconn.trace=1` asked for a line per request.
pub fn trace_on() -> bool {
    log::log_enabled!(log::Level::Trace)
}
