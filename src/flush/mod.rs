//! Deciding and running flushes.
//!
//! The engine is safe Rust, generic over [`Backend`] (how to flush one
//! connection in the plugin), so that unit tests, the model checker and the
//! deterministic scheduler (`tests/sched.rs`) run it against fakes and the
//! filter runs it against nbdkit.
//!
//! # The promise
//!
//! A client flush (or a FUA write that the filter turns into one) answered
//! OK on connection X means: every write completed before the flush was
//! sent, on every connection the promise covers, was covered by a plugin
//! flush that began after the write landed in the plugin and succeeded.
//! The promise covers, in emulate mode, every connection of X's group (the
//! filter makes it true by replicating); in the other modes over a plugin
//! that advertises multi-conn for X's export, every connection of that
//! export (the plugin makes it true); otherwise X's own writes.  A flush
//! whose covering plugin flush failed is answered with that error, and so
//! is the next flush of every other connection whose writes it was to
//! cover (`errseq.rs`).  With
//! `track-dirty=fast` outside emulate mode a flush is taken to cover its
//! whole export, as nbdkit's filter documents, which over a plugin that does
//! not advertise multi-conn is not true: the filter says so at start-up.
//!
//! # The rooms
//!
//! - `emulate.rs`: emulate mode's two phases (rules 1 to 6), owed drops,
//!   the write-back at close;
//! - `own.rs`: the other modes' flush (rules A to E): what a flush may
//!   clean, and the handshake that makes skipping one safe;
//! - `errseq.rs`: a failed plugin flush reported once to every connection
//!   it was to cover, in every mode (rule F);
//! - `phase.rs`: the flush of one target, and one phase of targets run on
//!   the caller's thread or shared with the pool;
//! - `cost.rs`: measured flush costs and the choices made from them;
//! - `crate::commit`: a scope's flag and the flushes that clean it (group
//!   commit);
//! - `crate::faults`: deliberate mistakes for the checkers.

use crate::config::{Mode, TrackDirty};
use crate::pool::Pool;
use crate::registry::Conn;
use crate::stats::Stats;
use crate::sync::atomic::SeqCst;
use crate::sync::time::Instant;
use crate::sync::Arc;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Duration;

mod cost;
mod emulate;
mod errseq;
mod own;
mod phase;
#[cfg(all(test, not(shuttle)))]
mod tests;

pub use crate::faults;
pub use cost::record_cost;
pub use emulate::{drop_if_due, write_back_at_close};
pub use own::mark_landed;

/// The answer to a FUA write outside emulate mode (which the plugin makes
/// durable itself): `r`, or EIO if a plugin flush that was to cover the
/// connection's writes failed since it last reported one (`errseq.rs`).
#[inline]
pub fn answer_fua<B>(conn: &Conn<B>, r: Result<(), Errno>) -> Result<(), Errno> {
    errseq::answer(conn, r)
}

/// An errno value from the plugin (or EIO for a panic).
pub type Errno = i32;

/// How the filter reaches the plugin for one connection.
pub trait Backend: Send + Sync + 'static {
    /// Flush this connection in the plugin.
    fn flush(&self) -> Result<(), Errno>;

    /// Ask the CPU to start loading what [`Backend::flush`] will touch
    /// (see `crate::prefetch`).  A hint; by default nothing.
    #[inline]
    fn prefetch(&self) {}
}

/// How replicated flushes may run, from the thread model nbdkit gave
/// `.get_ready`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Replication {
    /// The parallel thread model: flushes run at the same time and may
    /// overlap the target's own requests.
    Parallel,
    /// serialize_requests: flushes run at the same time, each target held
    /// idle during its own plugin flush.
    SerializeRequests,
    /// serialize_all_requests and serialize_connections: one plugin call
    /// at a time.
    SerializeAllRequests,
}

/// A choice the engine makes from measured flush costs (whether a phase's
/// flushes run on pool threads; whether readers are dropped alongside the
/// write-backs), or that tests force one way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Policy {
    /// As the measured costs say (the filter).
    Measured,
    /// Whenever the rules allow it.
    Always,
    /// Never.
    Never,
}

/// What a flush did, for the debug line and the statistics.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Plugin flushes sent.
    pub flushed: usize,
    /// Connections the flush considered: the group's members, or just the
    /// caller when the flush is not emulated.
    pub members: usize,
    /// Plugin flushes beyond the two-pass rule, because a request
    /// overlapped a write-back.
    pub overlaps: usize,
    /// Answered by a flush that another client's request ran.
    pub shared: bool,
}

/// Why the caller asked for a flush (statistics only).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cause {
    Client,
    Fua,
}

/// Everything a flush needs besides the connection.
#[derive(Clone, Copy)]
pub struct FlushCtx<'a> {
    pub track: TrackDirty,
    pub replication: Replication,
    pub stats: &'a Stats,
    pub pool: &'a Pool,
    /// Whether a phase's flushes may run on pool threads.
    pub fan_out: Policy,
    /// Whether readers may be dropped alongside the write-backs (rule 6).
    pub alongside: Policy,
}

/// Flush on behalf of `caller`, in whatever way its mode asks for.
pub fn flush<B: Backend>(
    caller: &Arc<Conn<B>>,
    cause: Cause,
    ctx: &FlushCtx<'_>,
) -> Result<Report, Errno> {
    match cause {
        Cause::Client => ctx.stats.client_flushes.fetch_add(1, SeqCst),
        Cause::Fua => ctx.stats.fua_flushes.fetch_add(1, SeqCst),
    };
    let answer = if caller.mode == Mode::Emulate {
        emulate::emulated(caller, ctx)
    } else {
        own::flush_own(caller, ctx)
    };
    let report = errseq::answer(caller, answer)?;
    if report.flushed == 0 && !report.shared {
        ctx.stats.elided.fetch_add(1, SeqCst);
    }
    Ok(report)
}

pub(crate) fn timed_flush<B: Backend>(b: &B, timed: bool) -> Result<Option<Duration>, Errno> {
    if !timed {
        return guarded_flush(b).map(|()| None);
    }
    let start = Instant::now();
    guarded_flush(b).map(|()| Some(start.elapsed()))
}

/// A plugin flush; a panic in it becomes EIO.  (Under the scheduler a
/// panic is a failure of the run, and shuttle must see it.)
pub(crate) fn guarded_flush<B: Backend>(b: &B) -> Result<(), Errno> {
    if cfg!(shuttle) {
        return b.flush();
    }
    catch_unwind(AssertUnwindSafe(|| b.flush())).unwrap_or(Err(libc::EIO))
}
