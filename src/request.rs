//! What each request does around its plugin call: the only code on the data
//! path.  It enters the connection's own gate as a read, write or other
//! request (one atomic add, and one subtract to leave), makes the drop the
//! connection may owe an earlier flush (a load when it owes none; see
//! `flush::drop_if_due`), marks the dirty bits (a load when they are
//! already set), takes no lock and allocates nothing.

use crate::config::Mode;
use crate::dirty::Dirty;
use crate::faults;
use crate::flush::{self, Backend, Cause, Errno, FlushCtx};
use crate::gate::Kind;
use crate::registry::Conn;
use crate::sync::Arc;

/// pread, cache or extents (block status, which a plugin may cache per
/// connection too): marks the connection READ.  `ctx` is only asked for
/// when the connection owes a drop.
#[inline]
pub fn read<'c, B: Backend, T>(
    conn: &Conn<B>,
    ctx: impl FnOnce() -> FlushCtx<'c>,
    call: impl FnOnce() -> T,
) -> Result<T, Errno> {
    let _inside = conn.enter(Kind::Read);
    pay_debt(conn, ctx)?;
    conn.dirty.mark(Dirty::READ);
    Ok(call())
}

/// pwrite, zero or trim.  `call` gets whether to pass FUA on to the plugin;
/// `ctx` is only asked for when an emulated flush follows.
///
/// In emulate mode the write marks its `WRITE` bit and the group flag
/// before its plugin call (`flush/emulate.rs`, rules 1, 3 and 5), and FUA is
/// taken off and replaced by an emulated flush once the write is done.  In
/// the other modes it marks its scopes once its plugin call has returned
/// (`flush/own.rs`, rule B), and a FUA write keeps its flag and marks
/// nothing (the plugin makes it durable itself).
#[inline]
pub fn write<'c, B: Backend>(
    conn: &Arc<Conn<B>>,
    fua: bool,
    ctx: impl Fn() -> FlushCtx<'c>,
    call: impl FnOnce(bool) -> Result<(), Errno>,
) -> Result<(), Errno> {
    let emulated = conn.mode == Mode::Emulate;
    let emulate_fua = fua && emulated;
    let mark_landed = !fua && !emulated;
    {
        let _inside = conn.enter(Kind::Write);
        pay_debt(conn, &ctx)?;
        if emulated {
            // The bit before the flag: see `flush/emulate.rs`, rule 5.
            conn.dirty.mark(Dirty::WRITE);
            conn.group.mark_dirty();
        } else if mark_landed && marks_early() {
            flush::mark_landed(conn);
        }
        let r = call(fua && !emulate_fua);
        if mark_landed && !marks_early() {
            flush::mark_landed(conn);
        }
        r?;
    }
    // The gate is left first: our own flush must not wait for us.
    if emulate_fua {
        flush::flush(conn, Cause::Fua, &ctx())?;
    } else if fua {
        // A failed write-back this connection has not been told of
        // (`flush/errseq.rs`): two loads.
        flush::answer_fua(conn, Ok(()))?;
    }
    Ok(())
}

#[inline]
fn pay_debt<'c, B: Backend>(
    conn: &Conn<B>,
    ctx: impl FnOnce() -> FlushCtx<'c>,
) -> Result<(), Errno> {
    if conn.dirty.get().contains(Dirty::OWED) {
        flush::drop_if_due(conn, ctx().stats)?;
    }
    Ok(())
}

/// Whether writes in the modes that do not emulate mark before their
/// plugin call instead of after it (the fault of `flush/own.rs`, rule B).
#[inline]
fn marks_early() -> bool {
    faults::on(&faults::OWN_NO_MARK_AFTER_LANDING)
}
