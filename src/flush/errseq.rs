//! Failed write-backs, reported as Linux reports them (`errseq_t`): once
//! to every connection whose completed writes the failed plugin flush was
//! to cover, in every mode.
//!
//! A plugin flush that fails may have dropped what it was writing back
//! (Linux marks the pages clean and remembers the error per file, and
//! tells each open file description once), so a later flush that succeeds
//! proves nothing about those writes.  Answering only the client whose
//! flush failed leaves the others to be told OK: a flush of theirs that
//! finds the scope clean (or whose plugin handle has already reported the
//! error) would be answered without the data being anywhere.
//!
//! # The rule
//!
//! F. **Every member is told once.**  A group counts its failures
//!    (`Group::lost`): a plugin flush that was to cover other members'
//!    writes and failed ([`record`]), that is, in emulate mode any plugin
//!    flush of an emulated flush (a write-back, a drop, an owed drop) or
//!    the write-back at close; in the other modes a flush that covers the
//!    export (the plugin advertises multi-conn on the connection, or
//!    `track-dirty=fast`), or any flush in an export where some
//!    connection's does (own.rs, rule G: over a shared cache a failure on
//!    a connection the plugin did not promise multi-conn may drop writes
//!    the promise of one it did covers; the scheduler's
//!    `mixed-plugin-errseq` found it).  The failure is counted before the failing flush
//!    is answered or shared.  Each connection keeps the count it has
//!    reported (`Conn::lost_seen`), taken when it joins.  Every answer to a
//!    client flush, and outside emulate mode to a FUA write, goes through
//!    [`answer`]: an error answer reports every failure counted so far; an
//!    OK answer becomes EIO if a failure was counted since the connection
//!    last reported one.  So the client whose flush failed is told by its
//!    own answer and not again, and every other member by its next flush.
//!    A connection that joins after a failure is not told, unless nobody
//!    was (a write-back at close: `Group::lost_unseen`; then the group is
//!    kept, and the next to join reports it), as Linux tells a file opened
//!    after an error nobody has seen.
//!
//!    Without it, the scheduler's `finding-errseq` (plugin mode over a
//!    multi-conn export whose failed flush drops the data: 0 writes, 1's
//!    flush fails, 1 flushes again and cleans the scope, 0's flush is
//!    answered OK) loses 0's write.

use super::{faults, Errno};
use crate::registry::{Conn, Group};
use crate::sync::atomic::SeqCst;

/// A plugin flush that was to cover other members' writes failed.
/// `unseen`: no client is answered with this failure (a write-back at
/// close), so the next connection to join reports it too.
pub(crate) fn record<B>(group: &Group<B>, unseen: bool) {
    if !unseen && faults::on(&faults::ERRORS_TO_CALLER_ONLY) {
        return;
    }
    group.lost.fetch_add(1, SeqCst);
    if unseen {
        group.lost_unseen.store(true, SeqCst);
    }
}

/// The answer to a client flush (or FUA write) on `conn`: `r`, or EIO if
/// `r` is OK and a failure was counted since `conn` last reported one.
#[inline]
pub(crate) fn answer<T, B>(conn: &Conn<B>, r: Result<T, Errno>) -> Result<T, Errno> {
    match (unreported(conn), r) {
        (true, Ok(_)) => Err(libc::EIO),
        (_, r) => r,
    }
}

/// Whether a failure was counted since `conn` last reported one; it counts
/// as reported from now on.  Two loads when nothing failed.
#[inline]
fn unreported<B>(conn: &Conn<B>) -> bool {
    let group = &conn.group;
    let lost = group.lost.load(SeqCst);
    if conn.lost_seen.load(SeqCst) == lost {
        return false;
    }
    once(conn, lost)
}

#[cold]
fn once<B>(conn: &Conn<B>, lost: u64) -> bool {
    let group = &conn.group;
    if faults::on(&faults::LOST_ONCE) {
        // The group's next flush only.
        conn.lost_seen.store(lost, SeqCst);
        return group.lost_unseen.swap(false, SeqCst);
    }
    if conn.lost_seen.swap(lost, SeqCst) == lost {
        return false;
    }
    group.lost_unseen.store(false, SeqCst);
    true
}
