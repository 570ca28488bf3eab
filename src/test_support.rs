//! Stand-ins for the `nbdkit_*` functions the filter calls, for test
//! executables: the library's unit tests, and (included by path) the tests
//! and benchmarks that load the built .so, which resolves these symbols from
//! the executable at load time.
//!
//! They are not variadic (stable Rust cannot define a variadic function);
//! that is ABI-compatible with the filter's calls, which always pass a
//! format and one `%s` argument.  Messages are kept so tests can check them.

#![allow(dead_code)]

use std::ffi::CStr;
use std::os::raw::{c_char, c_int};
use std::sync::Mutex;

/// Every message given to `nbdkit_error` and `nbdkit_debug`, in order,
/// prefixed "error: " or "debug: ".
pub static MESSAGES: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Take the messages collected so far.
pub fn take_messages() -> Vec<String> {
    std::mem::take(&mut *MESSAGES.lock().unwrap_or_else(|e| e.into_inner()))
}

fn record(kind: &str, fmt: *const c_char, msg: *const c_char) {
    // SAFETY: the filter passes valid C strings for the format and `%s`.
    let (fmt, msg) = unsafe { (CStr::from_ptr(fmt), CStr::from_ptr(msg)) };
    let fmt = fmt.to_string_lossy();
    let text = fmt.replacen("%s", &msg.to_string_lossy(), 1);
    if std::env::var_os("MULTICONN_TEST_VERBOSE").is_some() {
        eprintln!("{kind}: {text}");
    }
    MESSAGES
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(format!("{kind}: {text}"));
}

#[no_mangle]
extern "C" fn nbdkit_error(fmt: *const c_char, msg: *const c_char) {
    record("error", fmt, msg)
}

#[no_mangle]
extern "C" fn nbdkit_debug(fmt: *const c_char, msg: *const c_char) {
    record("debug", fmt, msg)
}

/// nbdkit's spellings of a boolean (see nbdkit_parse_bool in nbdkit(1)).
pub fn parse_bool(value: &str) -> Option<bool> {
    match value.to_ascii_lowercase().as_str() {
        "1" | "true" | "t" | "yes" | "y" | "on" => Some(true),
        "0" | "false" | "f" | "no" | "n" | "off" => Some(false),
        _ => None,
    }
}

#[no_mangle]
extern "C" fn nbdkit_parse_bool(s: *const c_char) -> c_int {
    // SAFETY: the filter passes a valid C string.
    let s = unsafe { CStr::from_ptr(s) }.to_string_lossy();
    match parse_bool(&s) {
        Some(b) => b as c_int,
        None => -1,
    }
}

// Referenced (never called) by nbdkit's own multi-conn filter, which the
// data path benchmark loads for comparison: they must resolve at load time.
#[no_mangle]
extern "C" fn nbdkit_exports_free(_: *mut std::ffi::c_void) {}

#[no_mangle]
extern "C" fn nbdkit_extents_free(_: *mut std::ffi::c_void) {}
