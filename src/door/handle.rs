//! The per-connection handle nbdkit keeps for the filter between `.open`
//! and `.close`, and the one place where nbdkit's `void *handle` becomes a
//! Rust reference.
//!
//! # The handle's contract (nbdkit's guarantees, relied on here)
//!
//! nbdkit passes back the pointer `.open` returned, unchanged, to every
//! callback of that connection, and calls `.close` once, after every
//! request and `.finalize` have returned.  Within one connection nbdkit
//! runs `.prepare`, the handshake's questions, `.finalize` and `.close` one
//! at a time and never while a request runs, and only sends requests
//! between a successful `.prepare` and `.finalize`.  So:
//! - [`Handle::get`] (shared) is sound from `.prepare` until `.close`;
//! - [`Handle::get_mut`] is sound in `.prepare` and `.finalize`, when
//!   nothing else on the connection uses the handle;
//! - [`Handle::take`] is sound in `.close` only.
//!
//! The connection joins its group in one place, at the end of a successful
//! `.prepare` ([`Handle::join`]), and leaves it once ([`Handle::leave`]).

use super::log::report_error;
use super::next::NextBackend;
use super::{ready, state};
use crate::config::{Mode, OnClose};
use crate::flush;
use crate::registry::{Conn, Joining, NeedsFlush};
use crate::sync::Arc;
use std::os::raw::c_void;

pub struct Handle {
    /// The export name, for messages (lossy where it is not UTF-8).
    pub export: String,
    /// The export name's bytes, as the client sent them.
    pub export_key: Vec<u8>,
    /// The mode `.prepare` resolved.
    pub mode: Option<Mode>,
    /// The connection in its group, from the end of `.prepare` until it
    /// leaves (in `.finalize`, or in `.close` when nbdkit skipped
    /// `.finalize`).
    conn: Option<Arc<Conn<NextBackend>>>,
    left: bool,
}

impl Handle {
    /// A new handle for `.open`, as the pointer nbdkit will pass back.
    pub fn into_ptr(export: &std::ffi::CStr) -> *mut c_void {
        Box::into_raw(Box::new(Handle {
            export: export.to_string_lossy().into_owned(),
            export_key: export.to_bytes().to_vec(),
            mode: None,
            conn: None,
            left: false,
        }))
        .cast()
    }

    /// # Safety
    /// `p` came from [`Handle::into_ptr`] and the connection is between
    /// `.prepare` and `.close` (see the module's contract).
    pub unsafe fn get<'a>(p: *mut c_void) -> &'a Handle {
        // SAFETY: guaranteed by the caller.
        unsafe { &*p.cast::<Handle>() }
    }

    /// # Safety
    /// As [`Handle::get`], and called from `.prepare` or `.finalize` only.
    pub unsafe fn get_mut<'a>(p: *mut c_void) -> &'a mut Handle {
        // SAFETY: guaranteed by the caller.
        unsafe { &mut *p.cast::<Handle>() }
    }

    /// # Safety
    /// As [`Handle::get`], and called from `.close` only, once.
    pub unsafe fn take(p: *mut c_void) -> Box<Handle> {
        // SAFETY: guaranteed by the caller; the pointer came from Box::into_raw.
        unsafe { Box::from_raw(p.cast::<Handle>()) }
    }

    /// The connection of a request, in its group since `.prepare`.
    #[inline]
    pub fn conn(&self) -> &Arc<Conn<NextBackend>> {
        self.conn
            .as_ref()
            .expect("request on a connection that is not prepared")
    }

    /// The end of `.prepare`: the connection joins its group and becomes a
    /// flush target (see the lifecycle in registry.rs).  The mode it got
    /// (under `auto`, its export's: `flush/own.rs`, rule H) is what the
    /// handshake's answers (`.can_multi_conn`, `.can_fua`) are made from.
    pub fn join(&mut self, id: u64, j: Joining<NextBackend>) -> Result<Mode, NeedsFlush> {
        let conn = state()
            .registry
            .join(id, j, ready().config.by_export_name)?;
        let mode = conn.mode;
        self.mode = Some(mode);
        self.conn = Some(conn);
        Ok(mode)
    }

    /// The connection leaves its group, once, writing back first where
    /// emulate mode and `multi-conn-close=flush` ask for it.
    pub fn leave(&mut self, when: &str) {
        if std::mem::replace(&mut self.left, true) {
            return;
        }
        let Some(conn) = self.conn.as_ref() else {
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
}
