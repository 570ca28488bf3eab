//! The handshake's answers the filter changes (`.can_fua`,
//! `.can_multi_conn`), and `.export_description`, the one question nbdkit
//! does not cache.  All run after `.prepare`.

use super::boundary::boundary;
use super::handle::Handle;
use super::next::ask;
use crate::config::Mode;
use crate::ffi::*;
use crate::gate::Kind;
use std::os::raw::{c_char, c_int, c_void};
use std::ptr;

/// Not cached by nbdkit, so asked through the gate: a flush that holds the
/// connection (serialize_requests) never overlaps it.
pub unsafe extern "C" fn mc_export_description(
    next: *mut NbdkitNext,
    handle: *mut c_void,
) -> *const c_char {
    boundary("export_description", ptr::null(), || {
        // SAFETY: after `.prepare`, with our handle.
        let conn = unsafe { Handle::get(handle) }.conn();
        let _inside = conn.enter(Kind::Other);
        // SAFETY: nbdkit's live next context, whose function pointers it fills.
        unsafe {
            ((*next)
                .export_description()
                .expect("next->export_description"))(next)
        }
    })
}

pub unsafe extern "C" fn mc_can_fua(next: *mut NbdkitNext, handle: *mut c_void) -> c_int {
    boundary("can_fua", -1, || {
        // SAFETY: nbdkit's live next context, and our handle after `.prepare`.
        let (fua, mode) = unsafe { (ask(next, (*next).can_fua()), Handle::get(handle).mode) };
        // Native FUA would have to be replicated anyway: say it is emulated,
        // so nbdkit sends FUA writes to us as write + flush.
        if fua == NBDKIT_FUA_NATIVE && mode == Some(Mode::Emulate) {
            NBDKIT_FUA_EMULATE
        } else {
            fua
        }
    })
}

pub unsafe extern "C" fn mc_can_multi_conn(next: *mut NbdkitNext, handle: *mut c_void) -> c_int {
    boundary("can_multi_conn", -1, || {
        // SAFETY: our handle after `.prepare`.
        match unsafe { Handle::get(handle) }.mode {
            Some(Mode::Emulate | Mode::Unsafe) => 1,
            Some(Mode::Disable) => 0,
            // SAFETY: nbdkit's live next context.
            _ => unsafe { ask(next, (*next).can_multi_conn()) },
        }
    })
}
