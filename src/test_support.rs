//! Stand-ins for the `nbdkit_*` functions the filter calls, so that unit
//! tests link without nbdkit.  They are not variadic (stable Rust cannot
//! define a variadic function), which is ABI-compatible with the filter's
//! calls: every call passes one `%s` argument.

use std::ffi::CStr;
use std::os::raw::{c_char, c_int};

#[no_mangle]
extern "C" fn nbdkit_error(_fmt: *const c_char, msg: *const c_char) {
    // SAFETY: the filter always passes a valid C string for `%s`.
    eprintln!("error: {}", unsafe { CStr::from_ptr(msg) }.to_string_lossy());
}

#[no_mangle]
extern "C" fn nbdkit_debug(_fmt: *const c_char, msg: *const c_char) {
    // SAFETY: as above.
    eprintln!("debug: {}", unsafe { CStr::from_ptr(msg) }.to_string_lossy());
}

#[no_mangle]
extern "C" fn nbdkit_parse_bool(s: *const c_char) -> c_int {
    // SAFETY: the filter passes a valid C string.
    let s = unsafe { CStr::from_ptr(s) }.to_string_lossy();
    match crate::config::parse_bool_like_nbdkit(&s) {
        Some(b) => b as c_int,
        None => -1,
    }
}
