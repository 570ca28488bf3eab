//! Open connections, the groups they form, and every lock the filter owns.
//!
//! # A connection's life, and what nbdkit guarantees at each step
//!
//! 1. `.open` (door/lifecycle.rs): the handle is made; nothing is shared yet.
//! 2. `.prepare`: the mode is resolved and the plugin's answers are asked
//!    for: every answer the rest of nbdkit's handshake will ask this
//!    connection's next layer for (`can_*`, size, block size), which nbdkit
//!    caches there.  From then on the handshake reaches the plugin on this
//!    handle only through this filter's own callbacks, and the one nbdkit
//!    does not cache (`.export_description`) enters the connection's gate
//!    like a request.  So, as far as the plugin can tell, the handshake is
//!    over, and the connection joins its group ([`Registry::join`]) at the
//!    end of `.prepare`: other connections' flushes may flush it through
//!    its `next` even if its client never sends a request (a plugin may
//!    fill a per-connection cache when a connection opens, and
//!    `multi-conn-track-dirty=off` promises to reach every connection).
//!    A connection whose `.prepare` has not ended is never a target.
//! 3. Requests (and `.export_description`) enter the connection's gate.
//! 4. `.finalize`: in emulate mode a connection with unflushed writes is
//!    written back by its own handle (`flush::write_back_at_close`), then it
//!    leaves its group ([`Registry::leave`]).  What the group's next flush
//!    must still cover stays with the group, even when it empties (see
//!    "What a group keeps" below).
//! 5. `.close`: nbdkit skips `.finalize` on some paths (a client that
//!    vanishes during the handshake, a failure after `.open` on the
//!    `NBD_OPT_EXPORT_NAME` or oldstyle paths, a filter above whose
//!    `.finalize` fails), so `.close` leaves the group if `.finalize` did
//!    not.  nbdkit 1.32 closes the next layer only after this filter's
//!    `.close` returns (`backend_close`), so `next` is still usable there.
//!
//! # What a group keeps
//!
//! A group is what a flush must cover, not just who is connected: a write
//! completed on a connection that has since closed may still have to be
//! made durable by the next flush of its export (a client that writes,
//! disconnects and reconnects to flush, as qemu's `reconnect-delay` or a
//! retrying `nbdcopy` does).  So a group that empties stays registered
//! while it owes something ([`Group::owes`]): outside emulate mode while
//! its scope is dirty; in emulate mode while a member left with writes
//! nothing wrote back (`multi-conn-close=none`, `Group::departed`); in
//! every mode while a failed write-back is unreported (`Group::lost`).
//! The next connection to join it inherits the debt, so its first flush
//! goes to the plugin.  Closing costs nothing more: the debt is paid by
//! the next flush, if there is one.  At most [`KEPT_MAX`] empty groups are
//! kept for their debt; past that one is dropped and every group made from
//! then on starts owing (a flush too many, never one too few).
//!
//! Leaving takes the group's wave lock, so it waits for an emulated flush
//! that may have chosen the connection as a target: no flush touches a
//! `next` after its connection has left.  Leaving never waits for anything
//! else, and the flush it waits for never waits for the leaving connection
//! (which has no request inside), so it cannot deadlock.
//!
//! # Locks, in the only order in which they may be taken
//!
//! 1. A group's scope state (`scope::Scope`)
//!    — who runs the scope's next flush, and who waits for it (held
//!    briefly; waiters sleep on its condition variable).
//! 2. `Group::wave` — held for the whole of one emulated flush, and by a
//!    connection leaving the group (with its write-back at close), so that
//!    a flush never reaches a connection whose next layer nbdkit has
//!    closed, and a member's index in the list stays its place for the
//!    whole flush ([`Wave`]).  Never taken while holding (1).
//! 3. A gate's hold (`Gate::hold` .. `open`, see `gate.rs`) — only by the
//!    holder of (2), for connections it flushes.
//! 4. `Registry::groups` — the map of groups; held only to join and leave.
//! 5. `Group::members` — the member list; held briefly (push, remove, copy).
//! 6. The pool's state (`pool.rs`) — its queue and threads; taken by the
//!    holder of (2) to hand a phase's targets to the pool, and by the
//!    pool's threads to take work; held briefly, and never while a plugin
//!    is called.
//! 7. A fanned-out phase's outcomes (`Work::outcomes`, `flush/phase.rs`) —
//!    each target's result, written by whichever thread flushed it and read
//!    by the holder of (2), who sleeps on it until every target is done.
//!    Nothing is taken while holding it.
//!
//! A gate's own sleep lock is a leaf.  The door's configuration lock
//! (`door/mod.rs`, `State::config`) is taken only while nbdkit configures
//! the filter and by `.get_ready`, before any connection: it is ordered
//! before nothing and after nothing.  A connection's own requests only
//! enter its own gate for the duration of the plugin call, and leave
//! before they flush (a FUA write leaves before its emulated flush).  No
//! code waits for any lock while inside a gate, so a flush waiting for a
//! connection's requests always gets them.  Flushes in different groups
//! share no lock at all.

use crate::config::Mode;
use crate::dirty::{AtomicDirty, Dirty};
use crate::faults;
use crate::gate::{Gate, Inside, Kind};
use crate::prefetch;
pub use crate::scope::Answer;
use crate::scope::Scope;
use crate::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, SeqCst};
use crate::sync::{Arc, Mutex, MutexGuard};
use std::collections::HashMap;

/// One connection of the filter, from the end of `.prepare` to `.finalize`.
pub struct Conn<B> {
    /// Unique for the life of the process, in order of joining.
    pub id: u64,
    pub export: String,
    /// The export name as the client sent it.
    export_key: Vec<u8>,
    /// The mode after resolving `auto` (the export's, `flush/own.rs` rule H).
    pub mode: Mode,
    /// Whether the plugin itself advertises multi-conn on this connection.
    pub plugin_multi_conn: bool,
    pub dirty: AtomicDirty,
    /// A running average of how long a plugin flush of this connection
    /// takes, in nanoseconds (`u64::MAX` until the first is measured).
    pub flush_cost_ns: AtomicU64,
    /// Entered by the connection's own requests; looked at or held by
    /// flushes.
    pub gate: Gate,
    /// How to reach the plugin for this connection.
    pub backend: B,
    pub group: Arc<Group<B>>,
    /// The group's `lost` count this connection has reported (or that was
    /// already reported when it joined), in every mode.
    pub lost_seen: AtomicU64,
}

impl<B> Conn<B> {
    /// Entered by each of the connection's own requests for as long as it is
    /// in the plugin.  Costs one atomic add and one subtract; blocks only
    /// while a flush holds this kind of request out.
    #[inline]
    pub fn enter(&self, kind: Kind) -> Inside<'_> {
        self.gate.enter(kind)
    }
}

/// The connections that replicate flushes to each other (emulate mode), or
/// the connections of one export (the other modes: see `flush/own.rs`).
pub struct Group<B> {
    /// What the registry finds it by: the export name's bytes when groups
    /// are formed by export name (nbdkit does not check that names are
    /// UTF-8: two names that differ only in invalid bytes are different
    /// exports), and which connections it holds.
    key: GroupKey,
    /// The group's flag and its flushes.  Emulate mode: some write, zero or
    /// trim since the group's last emulated flush began (set by the write
    /// after its `WRITE` bit), and the group commit.  The other modes: the
    /// export's flag when the plugin's flush covers the export.
    pub scope: Scope,
    /// Failed plugin flushes so far that were to cover other members'
    /// writes, write-backs at close among them (`flush/errseq.rs`): data a
    /// flush was meant to cover may be lost.  Each member that was in the
    /// group when one failed gets EIO from its next flush, once, unless it
    /// was answered with that failure (see `Conn::lost_seen`).
    pub lost: AtomicU64,
    /// A write-back at close failed and no member has reported it yet: the
    /// next connection to join reports it too, and an empty group stays.
    pub lost_unseen: AtomicBool,
    /// Emulate mode: a member left with writes that nothing wrote back
    /// (`multi-conn-close=none`) and no member of its export was left to
    /// take them over; the group's next emulated flush also writes back
    /// through its caller's handle, which over a cache shared by the
    /// export's handles covers them (`flush/emulate.rs`, rule 7).  Set
    /// under the wave lock, taken by the flush that holds it.
    pub departed: AtomicBool,
    /// Outside emulate mode: a connection whose plugin flush covers only
    /// itself (the plugin did not advertise multi-conn on it) has written.
    /// Never cleared (`flush/own.rs`, rule G).
    pub solo: AtomicBool,
    /// Outside emulate mode: some member's plugin flush covers the export
    /// (the plugin advertised multi-conn on it), so a failed flush of any
    /// member may have dropped writes that member's promise covers.  (What
    /// the scope's flag stands for is owed to a later connection whether
    /// or not: that one may be promised multi-conn.)
    pub covering: AtomicBool,
    /// Empty and kept in the registry for what it owes (counted in
    /// `Groups::kept`); read and written under the registry's lock.
    kept: AtomicBool,
    /// Held for the whole of an emulated flush (lock 2 of the order).
    wave: Mutex<()>,
    /// A running average of how long one plugin flush takes in this group,
    /// in nanoseconds (`u64::MAX` until the first is measured).
    pub flush_cost_ns: AtomicU64,
    members: Mutex<Vec<Arc<Conn<B>>>>,
}

impl<B> Group<B> {
    fn new(key: GroupKey) -> Self {
        Group {
            key,
            scope: Scope::default(),
            lost: AtomicU64::new(0),
            lost_unseen: AtomicBool::new(false),
            departed: AtomicBool::new(false),
            solo: AtomicBool::new(false),
            covering: AtomicBool::new(false),
            kept: AtomicBool::new(false),
            wave: Mutex::new(()),
            flush_cost_ns: AtomicU64::new(u64::MAX),
            members: Mutex::new(Vec::new()),
        }
    }

    /// Answer a client flush with an emulated flush that starts after the
    /// client asked (group commit, [`Scope::commit`]); `run` holds the wave
    /// lock and reaches the members through it.
    pub fn commit<T>(&self, run: impl FnOnce(&Wave<'_, B>) -> (T, Result<(), i32>)) -> Answer<T> {
        self.scope.commit(|_| {
            let held = self.wave.lock();
            run(&Wave {
                group: self,
                _held: held,
            })
        })
    }

    /// Call `f` on every member, in order of joining, under the member
    /// list's lock (the checkers list the members at a failure).
    pub fn each(&self, f: impl FnMut(&Arc<Conn<B>>)) {
        self.members.lock().iter().for_each(f)
    }

    pub fn member_count(&self) -> usize {
        self.members.lock().len()
    }

    /// Whether the group must stay registered when it empties: a later
    /// connection's flush still has to cover something (see "What a group
    /// keeps" at the top of this module).
    pub fn owes(&self) -> bool {
        self.lost_unseen.load(SeqCst)
            || self.departed.load(SeqCst)
            || (self.key.1 != Members::Emulated && self.scope.dirty.load(SeqCst))
    }

    /// A group made after the registry forgot an owing group: it owes
    /// whatever that one did, as far as anyone can tell.
    fn start_owing(&self) {
        self.scope.mark();
        if self.key.1 == Members::Emulated {
            self.departed.store(true, SeqCst);
        }
    }

    /// Mark the group dirty.  Only writes the flag when it is clear, so that
    /// writers on many connections do not keep taking the cache line from
    /// each other.
    #[inline]
    pub fn mark_dirty(&self) {
        self.scope.mark();
    }
}

/// One emulated flush of a group: its wave lock, held, and the members as
/// they are meanwhile.
///
/// A connection leaves its group's member list only under the wave lock
/// ([`Registry::leave`]).  Members that join meanwhile are added at the
/// end of the list; none moves, so a member's index is its place for the
/// whole flush.  A flush keeps a counted reference to each target it
/// chooses (BENCHMARKS.md, "Four mechanisms weighed": borrowing them
/// instead saved nothing measurable through nbdkit).
pub struct Wave<'g, B> {
    group: &'g Group<B>,
    _held: MutexGuard<'g, ()>,
}

impl<B> Wave<'_, B> {
    /// Call `f` on every member, with its index, in order of joining,
    /// under the member list's lock (a member that `f` keeps, it clones).
    pub fn each(&self, mut f: impl FnMut(usize, &Arc<Conn<B>>)) {
        let members = self.group.members.lock();
        for (i, m) in members.iter().enumerate() {
            prefetch::ahead(&members, i, prefetch::PASS_AHEAD, |a| {
                prefetch::value(&a.dirty)
            });
            f(i, m);
        }
    }

    /// The members for which `pick` is true, with their indices.
    pub fn select(&self, mut pick: impl FnMut(usize, &Conn<B>) -> bool) -> Vec<Target<B>> {
        // Room for every member: a drop phase usually picks most of them,
        // and growing the list step by step copies it again and again.
        let mut chosen = Vec::with_capacity(self.group.member_count());
        self.each(|i, m| {
            if pick(i, m) {
                chosen.push((i, m.clone()));
            }
        });
        chosen
    }
}

/// A member chosen by a flush: its index in the member list, and a counted
/// reference to it.
pub type Target<B> = (usize, Arc<Conn<B>>);

/// What a joining connection counts as already reported of the group's
/// failed write-backs at close: all of them, unless the last is unseen
/// (no member has reported it), which it then reports too.
fn lost_seen_at_join<B>(group: &Group<B>) -> u64 {
    let lost = group.lost.load(SeqCst);
    if group.lost_unseen.load(SeqCst) {
        lost.saturating_sub(1)
    } else {
        lost
    }
}

/// Emulate mode, under the wave lock: `gone` left with writes nothing
/// wrote back.  Every remaining member of its export is marked `WRITE` (the
/// bit before the group flag, as a write marks them), so the next emulated
/// flush writes back through their handles; if none is left, the group
/// keeps the debt (`Group::departed`) for the next flush's caller.
fn hand_over<B>(group: &Group<B>, members: &[Arc<Conn<B>>], gone: &Conn<B>) {
    let mut handed = false;
    for m in members.iter().filter(|m| m.export == gone.export) {
        m.dirty.mark(Dirty::WRITE);
        handed = true;
    }
    if handed {
        group.mark_dirty();
    } else {
        group.departed.store(true, SeqCst);
    }
}

/// What a connection is, once `.prepare` has resolved it.
pub struct Joining<B> {
    /// The export name, for messages (lossy where it is not UTF-8).
    pub export: String,
    /// The export name as the client sent it: what groups are keyed by.
    pub export_key: Vec<u8>,
    /// The mode this connection resolved to by itself.
    pub mode: Mode,
    /// `mode` is what `multi-conn-mode=auto` made of this connection's own
    /// answer: the export's mode, if it has one, comes first
    /// (`flush/own.rs`, rule H).
    pub auto: bool,
    /// The connection can be emulated: the plugin can flush on it, or the
    /// connection never writes.
    pub can_flush: bool,
    pub plugin_multi_conn: bool,
    pub backend: B,
}

/// Why a connection may not join: it would be emulated, and the plugin
/// cannot flush on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NeedsFlush {
    /// `auto` emulates it because its export's connections are emulated
    /// (rule H), not because of its own answer.
    pub by_export: bool,
}

/// Emulated connections form groups by export name (with
/// `multi-conn-exportname=true`) or one group; they never share a group
/// with connections in other modes: an emulated flush only reaches
/// connections whose `can_flush` was checked, and a flush in another mode
/// never takes an emulated connection's bits.  (Under `auto`, the
/// connections of one export take one mode, so they are never split
/// between the two kinds: `flush/own.rs`, rule H.)  Connections in the
/// other modes replicate nothing, and what their flushes cover is at most
/// their export (a multi-conn plugin promises consistency per export), so
/// they always form one group per export, whatever `multi-conn-exportname`
/// says, whatever the plugin answered each of them about multi-conn: one
/// export is one consistency domain (`flush/own.rs`, rule G).
type GroupKey = (Option<Vec<u8>>, Members);

/// Which connections a group holds, besides their export.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Members {
    Emulated,
    /// `split` is the plugin's answer only under the fault
    /// `SPLIT_BY_ANSWER` (groups split by answer, which rule G forbids);
    /// otherwise `None`.
    Own {
        split: Option<bool>,
    },
}

fn group_key(export: &[u8], mode: Mode, plugin_multi_conn: bool, by_export_name: bool) -> GroupKey {
    if mode == Mode::Emulate {
        return (by_export_name.then(|| export.to_vec()), Members::Emulated);
    }
    // The faults: one group for every export (an old rule), or groups
    // split by the plugin's answer (the rule before rule G).
    let spans = faults::on(&faults::OWN_SCOPE_GROUP);
    let split = faults::on(&faults::SPLIT_BY_ANSWER) && !spans;
    (
        (by_export_name || !spans).then(|| export.to_vec()),
        Members::Own {
            split: split.then_some(plugin_multi_conn),
        },
    )
}

/// Empty groups kept for what they owe, at most (see "What a group
/// keeps"): a few hundred bytes each, so a client that writes to many
/// export names and never flushes cannot grow the server without bound.
pub const KEPT_MAX: usize = 4096;

/// All groups.
pub struct Registry<B> {
    groups: Mutex<Groups<B>>,
    next_id: AtomicU64,
    members: AtomicUsize,
}

/// The map of groups, and the empty ones kept in it for their debt.
struct Groups<B> {
    map: HashMap<GroupKey, Arc<Group<B>>>,
    /// Empty groups in `map` (kept because they owe something).
    kept: usize,
    /// An owing group was dropped (more than `KEPT_MAX` were kept): every
    /// group made from now on starts owing.
    forgot: bool,
    /// Emulated members, by export name: under `auto`, an export with any
    /// is emulated (rule H).
    emulated: HashMap<Vec<u8>, usize>,
}

impl<B> Groups<B> {
    /// Under `auto`, the mode of the export `export` while it has a group
    /// (`flush/own.rs`, rule H): plugin mode while its group of the other
    /// modes is registered (with members, or kept for what it owes),
    /// emulate while it has emulated members; `None` when it has neither,
    /// and the joining connection's own answer decides.
    fn export_mode(&self, export: &[u8], own_key: &GroupKey) -> Option<Mode> {
        if self.map.contains_key(own_key) {
            Some(Mode::Plugin)
        } else if self.emulated.get(export).is_some_and(|&n| n > 0) {
            Some(Mode::Emulate)
        } else {
            None
        }
    }
}

impl<B> Default for Registry<B> {
    fn default() -> Self {
        Registry {
            groups: Mutex::new(Groups {
                map: HashMap::new(),
                kept: 0,
                forgot: false,
                emulated: HashMap::new(),
            }),
            next_id: AtomicU64::new(1),
            members: AtomicUsize::new(0),
        }
    }
}

impl<B> Registry<B> {
    /// A number for a connection, unique for the life of the process, in
    /// order of preparing.
    pub fn next_id(&self) -> u64 {
        self.next_id.fetch_add(1, SeqCst)
    }

    /// Add a connection (numbered `id`) to its group, creating the group if
    /// it is the first.  Under `auto` the connection takes its export's
    /// mode if the export has one (`flush/own.rs`, rule H), decided here,
    /// under the registry's lock, so that two connections joining at once
    /// cannot both decide.  Refused, and registered nowhere, when it would
    /// be emulated and cannot flush.
    pub fn join(
        &self,
        id: u64,
        j: Joining<B>,
        by_export_name: bool,
    ) -> Result<Arc<Conn<B>>, NeedsFlush> {
        let mut groups = self.groups.lock();
        let own_key = || {
            group_key(
                &j.export_key,
                Mode::Plugin,
                j.plugin_multi_conn,
                by_export_name,
            )
        };
        let mode = if j.auto && !faults::on(&faults::MODE_PER_CONNECTION) {
            groups
                .export_mode(&j.export_key, &own_key())
                .unwrap_or(j.mode)
        } else {
            j.mode
        };
        if mode == Mode::Emulate && !j.can_flush {
            return Err(NeedsFlush {
                by_export: mode != j.mode,
            });
        }
        let key = group_key(&j.export_key, mode, j.plugin_multi_conn, by_export_name);
        let forgot = groups.forgot;
        let group = match groups.map.get(&key) {
            Some(g) => g.clone(),
            None => {
                let g = Arc::new(Group::new(key.clone()));
                // An `auto` export whose emulated connections left with
                // writes nothing wrote back, now in plugin mode: its first
                // flush covers them (rule H).
                let inherits = j.auto
                    && mode != Mode::Emulate
                    && groups
                        .map
                        .get(&group_key(
                            &j.export_key,
                            Mode::Emulate,
                            false,
                            by_export_name,
                        ))
                        .is_some_and(|e| e.owes());
                if forgot || inherits {
                    g.start_owing();
                }
                groups.map.insert(key, g.clone());
                g
            }
        };
        if mode == Mode::Emulate {
            *groups.emulated.entry(j.export_key.clone()).or_default() += 1;
        }
        let conn = Arc::new(Conn {
            id,
            export: j.export,
            export_key: j.export_key,
            mode,
            plugin_multi_conn: j.plugin_multi_conn,
            dirty: AtomicDirty::default(),
            flush_cost_ns: AtomicU64::new(u64::MAX),
            gate: Gate::default(),
            backend: j.backend,
            group: group.clone(),
            lost_seen: AtomicU64::new(lost_seen_at_join(&group)),
        });
        let mut members = group.members.lock();
        if conn.plugin_multi_conn && conn.mode != Mode::Emulate {
            group.covering.store(true, SeqCst);
        }
        if members.is_empty() && group.kept.swap(false, SeqCst) {
            groups.kept -= 1;
        }
        members.push(conn.clone());
        drop(members);
        self.members.fetch_add(1, SeqCst);
        Ok(conn)
    }

    /// Remove a connection from its group, dropping the group when it
    /// empties.  Waits for an emulated flush in progress in the group, so
    /// that a flush never reaches a connection whose next layer nbdkit has
    /// closed; `last` runs first, under the same lock (the write-back at
    /// close).
    pub fn leave(&self, conn: &Arc<Conn<B>>, last: impl FnOnce()) {
        let group = &conn.group;
        let _flushing = group.wave.lock();
        last();
        let mut groups = self.groups.lock();
        let mut members = group.members.lock();
        if let Some(i) = members.iter().position(|m| Arc::ptr_eq(m, conn)) {
            members.swap_remove(i);
            self.members.fetch_sub(1, SeqCst);
            if conn.mode == Mode::Emulate {
                if let Some(n) = groups.emulated.get_mut(&conn.export_key) {
                    *n -= 1;
                    if *n == 0 {
                        groups.emulated.remove(&conn.export_key);
                    }
                }
            }
        }
        // Emulate mode: writes nothing wrote back at close (the write-back
        // takes the bit) are the group's to cover now (flush/emulate.rs,
        // rule 7).
        if conn.mode == Mode::Emulate
            && conn.dirty.get().contains(Dirty::WRITE)
            && !faults::on(&faults::FORGET_DEPARTED)
        {
            hand_over(group, &members, conn);
        }
        if !members.is_empty()
            || !groups
                .map
                .get(&group.key)
                .is_some_and(|g| Arc::ptr_eq(g, group))
        {
            return;
        }
        // An empty group goes, unless it owes something: then it stays, so
        // that the next connection to join it pays (see "What a group
        // keeps").  A failed write-back nobody has reported always stays.
        let owes = group.owes() && !faults::on(&faults::DROP_OWING_GROUP);
        if owes && (groups.kept < KEPT_MAX || group.lost_unseen.load(SeqCst)) {
            if !group.kept.swap(true, SeqCst) {
                groups.kept += 1;
            }
            return;
        }
        if owes {
            groups.forgot = true;
        }
        groups.map.remove(&group.key);
    }

    /// Groups registered now, with members or kept for what they owe.
    pub fn group_count(&self) -> usize {
        self.groups.lock().map.len()
    }

    /// Empty groups kept for what they owe.
    pub fn kept_count(&self) -> usize {
        self.groups.lock().kept
    }

    /// Connections in some group now.
    pub fn member_count(&self) -> usize {
        self.members.load(SeqCst)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joining(export: &str) -> Joining<()> {
        Joining {
            export: export.into(),

            export_key: export.as_bytes().to_vec(),
            mode: Mode::Emulate,
            auto: false,
            can_flush: true,
            plugin_multi_conn: false,
            backend: (),
        }
    }

    fn join(r: &Registry<()>, j: Joining<()>, by_name: bool) -> Arc<Conn<()>> {
        r.join(r.next_id(), j, by_name).unwrap()
    }

    #[test]
    fn groups_by_export_name_or_one_group() {
        let r = Registry::default();
        let a = join(&r, joining("a"), true);
        let b = join(&r, joining("b"), true);
        let a2 = join(&r, joining("a"), true);
        assert_eq!(r.group_count(), 2);
        assert!(Arc::ptr_eq(&a.group, &a2.group));
        assert!(!Arc::ptr_eq(&a.group, &b.group));
        assert_eq!(a.group.member_count(), 2);
        assert_eq!(r.member_count(), 3);
        r.leave(&a, || ());
        assert_eq!(a2.group.member_count(), 1);
        r.leave(&a2, || ());
        r.leave(&b, || ());
        assert_eq!((r.group_count(), r.member_count()), (0, 0));

        let one = Registry::default();
        let x = join(&one, joining("a"), false);
        let y = join(&one, joining("b"), false);
        assert!(Arc::ptr_eq(&x.group, &y.group));
        assert_eq!(x.group.key.0, None);
        assert!(x.id < y.id);
    }

    /// Issue 29, finding 2: one export is one group outside emulate mode,
    /// whatever the plugin answered each connection about multi-conn.
    #[test]
    fn other_modes_group_by_export_whatever_the_answer() {
        let r = Registry::default();
        let own = |mc| Joining {
            mode: Mode::Plugin,
            plugin_multi_conn: mc,
            ..joining("a")
        };
        let yes = join(&r, own(true), false);
        let no = join(&r, own(false), false);
        assert!(Arc::ptr_eq(&yes.group, &no.group));
    }

    #[test]
    fn emulated_connections_never_share_a_group_with_other_modes() {
        let r = Registry::default();
        let e = join(&r, joining("a"), false);
        let p = join(
            &r,
            Joining {
                mode: Mode::Plugin,
                ..joining("a")
            },
            false,
        );
        assert!(!Arc::ptr_eq(&e.group, &p.group));
        assert_eq!(r.group_count(), 2);
        r.leave(&e, || ());
        r.leave(&p, || ());
        assert_eq!(r.group_count(), 0);
    }

    /// Rule H (`flush/own.rs`): under `auto` the first connection of an
    /// export decides its mode by its own answer, and later ones take it,
    /// while the export has a group.
    #[test]
    fn auto_gives_an_export_one_mode() {
        let auto = |e: &str, mc: bool| Joining {
            mode: if mc { Mode::Plugin } else { Mode::Emulate },
            auto: true,
            plugin_multi_conn: mc,
            ..joining(e)
        };
        let r = Registry::default();
        let first = join(&r, auto("a", true), false);
        let second = join(&r, auto("a", false), false);
        assert_eq!((first.mode, second.mode), (Mode::Plugin, Mode::Plugin));
        assert!(Arc::ptr_eq(&first.group, &second.group));
        // Another export decides for itself.
        let other = join(&r, auto("b", false), false);
        assert_eq!(other.mode, Mode::Emulate);
        let other2 = join(&r, auto("b", true), false);
        assert_eq!(other2.mode, Mode::Emulate);
        assert!(Arc::ptr_eq(&other.group, &other2.group));
        // Taken into emulate mode, a connection that cannot flush is
        // refused, and registered nowhere.
        let cannot = Joining {
            can_flush: false,
            ..auto("b", true)
        };
        assert_eq!(
            r.join(r.next_id(), cannot, false).err(),
            Some(NeedsFlush { by_export: true })
        );
        assert_eq!(r.member_count(), 4);
        // A dirty plugin-mode group kept for its debt still decides.
        r.leave(&second, || ());
        first.group.scope.mark();
        r.leave(&first, || ());
        assert_eq!(join(&r, auto("a", false), false).mode, Mode::Plugin);
        // Once the export has no group, the next connection decides again.
        r.leave(&other, || ());
        r.leave(&other2, || ());
        assert_eq!(join(&r, auto("b", true), false).mode, Mode::Plugin);
        // Explicit modes are as configured.
        let explicit = join(&r, joining("a"), false);
        assert_eq!(explicit.mode, Mode::Emulate);
        assert_eq!(
            r.join(
                r.next_id(),
                Joining {
                    can_flush: false,
                    ..joining("a")
                },
                false
            )
            .err(),
            Some(NeedsFlush { by_export: false })
        );
    }

    /// Rule H: an `auto` export whose emulated connections left writes
    /// nothing wrote back, now in plugin mode, starts its group dirty.
    #[test]
    fn auto_plugin_mode_inherits_an_emulated_debt() {
        let r = Registry::default();
        let e = join(
            &r,
            Joining {
                auto: true,
                ..joining("a")
            },
            true,
        );
        e.dirty.mark(Dirty::WRITE);
        r.leave(&e, || ());
        assert!(e.group.departed.load(SeqCst));
        let p = join(
            &r,
            Joining {
                mode: Mode::Plugin,
                auto: true,
                plugin_multi_conn: true,
                ..joining("a")
            },
            true,
        );
        assert_eq!(p.mode, Mode::Plugin);
        assert!(p.group.scope.dirty.load(SeqCst));
    }

    /// Issue 29, finding 1: an emptied group that owes a flush stays, and
    /// the next connection of its export joins it dirty; past `KEPT_MAX`
    /// one is dropped and every new group starts owing.
    #[test]
    fn an_owing_group_outlives_its_connections() {
        let plugin = |e: &str| Joining {
            mode: Mode::Plugin,
            plugin_multi_conn: true,
            ..joining(e)
        };
        let r = Registry::default();
        let a = join(&r, plugin("a"), false);
        a.group.scope.mark();
        r.leave(&a, || ());
        assert_eq!((r.group_count(), r.kept_count()), (1, 1));
        let b = join(&r, plugin("a"), false);
        assert!(Arc::ptr_eq(&a.group, &b.group));
        assert!(b.group.scope.dirty.load(SeqCst));
        assert_eq!(r.kept_count(), 0);
        // Clean: it goes.
        b.group.scope.dirty.store(false, SeqCst);
        r.leave(&b, || ());
        assert_eq!(r.group_count(), 0);

        for i in 0..=KEPT_MAX {
            let c = join(&r, plugin(&format!("e{i}")), false);
            c.group.scope.mark();
            r.leave(&c, || ());
        }
        assert_eq!((r.group_count(), r.kept_count()), (KEPT_MAX, KEPT_MAX));
        let fresh = join(&r, plugin("new"), false);
        assert!(fresh.group.scope.dirty.load(SeqCst), "starts owing");
        let emulated = join(&r, joining("new"), true);
        assert!(emulated.group.departed.load(SeqCst));

        // A connection the plugin did not promise multi-conn leaves a
        // write: a later one it promised multi-conn must cover it.
        let r = Registry::default();
        let alone = join(
            &r,
            Joining {
                mode: Mode::Plugin,
                ..joining("a")
            },
            false,
        );
        alone.group.scope.mark();
        r.leave(&alone, || ());
        assert_eq!(r.kept_count(), 1);
    }
}
