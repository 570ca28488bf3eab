//! What each request does around its plugin call: the only code on the data
//! path.  It enters the connection's own barrier as a read, write or other
//! request (plain stores and loads, no read-modify-write, unless a flush
//! holds the connection), makes the drop the connection may owe an earlier
//! flush (a load when it owes none; see `flush::drop_if_due`), marks the
//! dirty bits (a load when they are already set), and allocates nothing.

use crate::barrier::Kind;
use crate::config::Mode;
use crate::dirty::Dirty;
use crate::flush::{self, Backend, Cause, Errno, FlushCtx};
use crate::registry::Conn;
use std::sync::Arc;

/// pread or cache: marks the connection READ.  `ctx` is only asked for
/// when the connection owes a drop.
#[inline]
pub fn read<'c, B: Backend, T>(
    conn: &Conn<B>,
    ctx: impl FnOnce() -> FlushCtx<'c>,
    call: impl FnOnce() -> T,
) -> Result<T, Errno> {
    let _in_flight = conn.enter(Kind::Read);
    flush::drop_if_due(conn, ctx)?;
    conn.dirty.mark(Dirty::READ);
    Ok(call())
}

/// A request that neither writes nor caches (extents): it only stays inside
/// the barrier, so that a flush that holds the connection never overlaps it.
#[inline]
pub fn other<'c, B: Backend, T>(
    conn: &Conn<B>,
    ctx: impl FnOnce() -> FlushCtx<'c>,
    call: impl FnOnce() -> T,
) -> Result<T, Errno> {
    let _in_flight = conn.enter(Kind::Other);
    flush::drop_if_due(conn, ctx)?;
    Ok(call())
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
    ctx: impl Fn() -> FlushCtx<'c>,
    call: impl FnOnce(bool) -> Result<(), Errno>,
) -> Result<(), Errno> {
    let emulate_fua = fua && conn.mode == Mode::Emulate;
    {
        let _in_flight = conn.enter(Kind::Write);
        flush::drop_if_due(conn, &ctx)?;
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
