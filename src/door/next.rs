//! The next layer of one connection (`nbdkit_next *`): the flush engine's
//! [`Backend`], and the questions `.prepare` asks it.

use super::boundary::status;
use crate::ffi::NbdkitNext;
use crate::flush::{Backend, Errno};
use std::os::raw::c_int;

/// The next layer of one connection.
pub struct NextBackend(*mut NbdkitNext);

impl NextBackend {
    /// # Safety
    /// `next` must be the next context nbdkit passed to `.prepare`; it stays
    /// valid until the connection has left its group (see the Send impl).
    pub unsafe fn new(next: *mut NbdkitNext) -> NextBackend {
        NextBackend(next)
    }
}

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
        let r = unsafe { ((*self.0).flush().expect("next->flush"))(self.0, 0, &mut err) };
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

/// One of the next layer's yes/no questions (`can_*`); -1 is an error,
/// which nbdkit has already reported.
pub type Question = Option<unsafe extern "C" fn(*mut NbdkitNext) -> c_int>;

/// Ask the next layer `q`.
///
/// # Safety
/// `next` must be a live next context.
pub unsafe fn ask(next: *mut NbdkitNext, q: Question) -> c_int {
    // SAFETY: guaranteed by the caller; nbdkit fills every function pointer.
    unsafe { (q.expect("next->can_*"))(next) }
}
