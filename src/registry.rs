//! Open connections, the groups they form, and every lock the filter owns.
//!
//! # Locks, in the only order in which they may be taken
//!
//! 1. `Group::flush_lock` — one emulated flush (or leave) per group at a time.
//! 2. `Conn::barrier`, held (closed) — only by the holder of (1), for the
//!    connections it flushes; several at once, so (1) is what keeps two
//!    flushers from closing them in opposite orders.
//! 3. `Registry::groups` — the map of groups; held only to join and leave.
//! 4. `Group::members` — the member list; held briefly (push, remove, snapshot).
//!
//! A connection's own requests only enter its own `barrier` (see
//! `barrier.rs`: no lock, no read-modify-write on the way in or out unless a
//! flush holds it) for the duration of the plugin call, and leave before they
//! flush (a FUA write leaves before its emulated flush).  No code waits for
//! any lock while inside a barrier, so a flush waiting for a connection to
//! drain always gets it.  Flushes in different groups share no lock at all.

use crate::barrier::{Barrier, Entered};
use crate::config::Mode;
use crate::dirty::AtomicDirty;
use parking_lot::{Mutex, MutexGuard};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::SeqCst};
use std::sync::Arc;

/// One connection of the filter, from `.prepare` to `.finalize`.
pub struct Conn<B> {
    /// Unique for the life of the process, in order of joining.
    pub id: u64,
    pub export: String,
    /// The mode after resolving `auto`.
    pub mode: Mode,
    /// Whether the plugin itself advertises multi-conn on this connection.
    pub plugin_multi_conn: bool,
    pub dirty: AtomicDirty,
    /// The number of the last wave (per group) that flushed this connection;
    /// lets a flush tell a wave's targets from connections that became dirty
    /// while it ran.
    pub flushed_in: AtomicU64,
    /// Entered by the connection's own requests, held by a flush of it.
    pub(crate) barrier: Barrier,
    /// How to reach the plugin for this connection.
    pub backend: B,
    pub group: Arc<Group<B>>,
}

impl<B> Conn<B> {
    /// Entered by each of the connection's own requests for as long as it is
    /// in the plugin.  Costs a few plain loads and stores; blocks only while
    /// a flush of this connection is waiting or running.
    #[inline]
    pub fn enter(&self) -> Entered<'_> {
        self.barrier.enter()
    }
}

/// The connections that replicate flushes to each other.
pub struct Group<B> {
    /// The export name, when groups are formed by export name.
    pub name: Option<String>,
    /// Some write, zero or trim since the group's last flush.
    pub dirty: AtomicBool,
    flush_lock: Mutex<u64>,
    members: Mutex<Vec<Arc<Conn<B>>>>,
}

impl<B> Group<B> {
    fn new(name: Option<String>) -> Self {
        Group {
            name,
            dirty: AtomicBool::new(false),
            flush_lock: Mutex::new(0),
            members: Mutex::new(Vec::new()),
        }
    }

    /// Take the group's flush lock; the guarded value numbers the waves.
    pub(crate) fn lock_flush(&self) -> MutexGuard<'_, u64> {
        self.flush_lock.lock()
    }

    /// The members for which `pick` is true.  Only those are copied, so a
    /// flush that needs few connections costs little however many are open.
    pub fn select(&self, mut pick: impl FnMut(&Conn<B>) -> bool) -> Vec<Arc<Conn<B>>> {
        self.members
            .lock()
            .iter()
            .filter(|m| pick(m))
            .cloned()
            .collect()
    }

    /// Whether `pred` holds for some member.
    pub fn any(&self, pred: impl FnMut(&Arc<Conn<B>>) -> bool) -> bool {
        self.members.lock().iter().any(pred)
    }

    /// Run `f` on every member.
    pub fn for_each(&self, f: impl FnMut(&Arc<Conn<B>>)) {
        self.members.lock().iter().for_each(f)
    }

    pub fn member_count(&self) -> usize {
        self.members.lock().len()
    }

    /// Mark the group dirty.  Only writes the flag when it is clear, so that
    /// writers on many connections do not keep taking the cache line from
    /// each other.
    #[inline]
    pub fn mark_dirty(&self) {
        if !self.dirty.load(SeqCst) {
            self.dirty.store(true, SeqCst);
        }
    }
}

/// What a connection is, once `.prepare` has resolved it.
pub struct Joining<B> {
    pub export: String,
    pub mode: Mode,
    pub plugin_multi_conn: bool,
    pub backend: B,
}

/// All groups.
pub struct Registry<B> {
    groups: Mutex<HashMap<Option<String>, Arc<Group<B>>>>,
    next_id: AtomicU64,
}

impl<B> Default for Registry<B> {
    fn default() -> Self {
        Registry {
            groups: Mutex::new(HashMap::new()),
            next_id: AtomicU64::new(1),
        }
    }
}

impl<B> Registry<B> {
    /// Add a connection to its group (by export name, or the one group),
    /// creating the group if it is the first.
    pub fn join(&self, j: Joining<B>, by_export_name: bool) -> Arc<Conn<B>> {
        let key = by_export_name.then(|| j.export.clone());
        let mut groups = self.groups.lock();
        let group = groups
            .entry(key.clone())
            .or_insert_with(|| Arc::new(Group::new(key)))
            .clone();
        let conn = Arc::new(Conn {
            id: self.next_id.fetch_add(1, SeqCst),
            export: j.export,
            mode: j.mode,
            plugin_multi_conn: j.plugin_multi_conn,
            dirty: AtomicDirty::default(),
            flushed_in: AtomicU64::new(0),
            barrier: Barrier::default(),
            backend: j.backend,
            group: group.clone(),
        });
        group.members.lock().push(conn.clone());
        conn
    }

    /// Remove a connection from its group, dropping the group when it
    /// empties.  Waits for a flush in progress in the group, so that a flush
    /// never reaches a connection whose next layer nbdkit has closed.
    pub fn leave(&self, conn: &Arc<Conn<B>>) {
        let group = &conn.group;
        let _flushing = group.lock_flush();
        let mut groups = self.groups.lock();
        let mut members = group.members.lock();
        if let Some(i) = members.iter().position(|m| Arc::ptr_eq(m, conn)) {
            members.swap_remove(i);
        }
        if members.is_empty() {
            groups.remove(&group.name);
        }
    }

    pub fn group_count(&self) -> usize {
        self.groups.lock().len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joining(export: &str) -> Joining<()> {
        Joining {
            export: export.into(),
            mode: Mode::Emulate,
            plugin_multi_conn: false,
            backend: (),
        }
    }

    #[test]
    fn groups_by_export_name_or_one_group() {
        let r = Registry::default();
        let a = r.join(joining("a"), true);
        let b = r.join(joining("b"), true);
        let a2 = r.join(joining("a"), true);
        assert_eq!(r.group_count(), 2);
        assert!(Arc::ptr_eq(&a.group, &a2.group));
        assert!(!Arc::ptr_eq(&a.group, &b.group));
        assert_eq!(a.group.member_count(), 2);
        r.leave(&a);
        assert_eq!(a2.group.member_count(), 1);
        r.leave(&a2);
        r.leave(&b);
        assert_eq!(r.group_count(), 0);

        let one = Registry::default();
        let x = one.join(joining("a"), false);
        let y = one.join(joining("b"), false);
        assert!(Arc::ptr_eq(&x.group, &y.group));
        assert_eq!(x.group.name, None);
        assert!(x.id < y.id);
    }
}
