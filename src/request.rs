//! What each request does around its plugin call: the only code on the data
//! path.  It enters the connection's own barrier as a read, write or other
//! request (plain stores and loads, no read-modify-write, unless a flush
//! holds the connection), marks the dirty bits (a load when they are
//! already set), and allocates nothing.

use crate::barrier::Kind;
use crate::config::Mode;
use crate::dirty::Dirty;
use crate::flush::{self, Backend, Cause, Errno, FlushCtx};
use crate::registry::Conn;
use std::sync::Arc;

/// pread or cache: marks the connection READ.
#[inline]
pub fn read<B, T>(conn: &Conn<B>, call: impl FnOnce() -> T) -> T {
    let _in_flight = conn.enter(Kind::Read);
    conn.dirty.mark(Dirty::READ);
    call()
}

/// A request that neither writes nor caches (extents): it only stays inside
/// the barrier, so that a flush that holds the connection never overlaps it.
#[inline]
pub fn other<B, T>(conn: &Conn<B>, call: impl FnOnce() -> T) -> T {
    let _in_flight = conn.enter(Kind::Other);
    call()
}

/// pwrite, zero or trim.  `call` gets whether to pass FUA on to the plugin;
/// `ctx` is only asked for when an emulated flush follows.
///
/// In emulate mode FUA is taken off and replaced by an emulated flush once
/// the write is done; in the other modes a FUA write keeps its flag and marks
/// nothing (the plugin makes it durable itself).
#[inline]
pub fn write<'c, B: Backend>(
    conn: &Arc<Conn<B>>,
    fua: bool,
    ctx: impl FnOnce() -> FlushCtx<'c>,
    call: impl FnOnce(bool) -> Result<(), Errno>,
) -> Result<(), Errno> {
    let emulate_fua = fua && conn.mode == Mode::Emulate;
    {
        let _in_flight = conn.enter(Kind::Write);
        if !fua || emulate_fua {
            conn.dirty.mark(Dirty::WRITE);
            conn.group.mark_dirty();
        }
        call(fua && !emulate_fua)?;
    }
    // The barrier is released first: our own flush must not wait for us.
    if emulate_fua {
        flush::flush(conn, Cause::Fua, &ctx())?;
    }
    Ok(())
}
