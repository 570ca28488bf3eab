//! Open connections, the groups they form, and every lock the filter owns.
//!
//! # Locks, in the only order in which they may be taken
//!
//! 1. `Group::commits` — who runs the group's next emulated flush, and who
//!    waits for it (held briefly; waiters sleep on its condition variable).
//! 2. `Group::wave` — held for the whole of one emulated flush, and by a
//!    connection leaving the group, so that a flush never reaches a
//!    connection whose next layer nbdkit has closed.  Never taken while
//!    holding (1).
//! 3. A barrier's hold (`Barrier::close` .. `open`, see `barrier.rs`) — only by the
//!    holder of (2), for connections it flushes, and only where the thread
//!    model forbids a flush to overlap the connection's requests.
//! 4. `Registry::groups` — the map of groups; held only to join and leave.
//! 5. `Group::members` — the member list; held briefly (push, remove, copy).
//!
//! The barrier's own small locks (its slot list, its sleepers) are leaves.
//! A connection's own requests only enter its own `barrier` (no lock, no
//! read-modify-write on the way in or out) for the duration of the plugin
//! call, and leave before they flush (a FUA write leaves before its emulated
//! flush).  No code waits for any lock while inside a barrier, so a flush
//! waiting for a connection's requests always gets them.  Flushes in
//! different groups share no lock at all.

use crate::barrier::{Barrier, Entered, Kind};
use crate::config::Mode;
use crate::dirty::AtomicDirty;
use parking_lot::{Condvar, Mutex, MutexGuard};
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
    /// The number of the last emulated flush of the group that flushed this
    /// connection in its write-back phase (as a writer, or as a reader
    /// dropped alongside the writers).
    pub flushed_in: AtomicU64,
    /// The number of the last emulated flush in whose write-back phase a
    /// read may have put old data back into this connection's cache: a read
    /// was inside when its flush began, or it had cached reads then.
    pub overlapped_in: AtomicU64,
    /// A running average of how long a plugin flush of this connection
    /// takes, in nanoseconds (`u64::MAX` until the first is measured).
    pub flush_cost_ns: AtomicU64,
    /// Entered by the connection's own requests; watched or held by flushes.
    pub(crate) barrier: Barrier,
    /// How to reach the plugin for this connection.
    pub backend: B,
    pub group: Arc<Group<B>>,
}

impl<B> Conn<B> {
    /// Entered by each of the connection's own requests for as long as it is
    /// in the plugin.  Costs a few plain loads and stores; blocks only while
    /// a flush holds this connection (under serialize_requests, during its
    /// own plugin flush).
    #[inline]
    pub fn enter(&self, kind: Kind) -> Entered<'_> {
        self.barrier.enter(kind)
    }
}

/// The connections that replicate flushes to each other.
pub struct Group<B> {
    /// The export name, when groups are formed by export name.
    pub name: Option<String>,
    /// Some write, zero or trim since the group's last flush.
    pub dirty: AtomicBool,
    commits: Mutex<Commits>,
    committed: Condvar,
    /// Held for the whole of an emulated flush; the value numbers them.
    wave: Mutex<u64>,
    /// A running average of how long one plugin flush takes in this group,
    /// in nanoseconds (`u64::MAX` until the first is measured).
    pub flush_cost_ns: AtomicU64,
    members: Mutex<Vec<Arc<Conn<B>>>>,
}

/// Emulated flushes of a group, for sharing one among the clients that ask
/// while another is running.
#[derive(Default)]
struct Commits {
    /// Flushes started and finished (they run one at a time).
    started: u64,
    finished: u64,
    running: bool,
    /// The result of the last finished flush.
    last: Option<Result<(), i32>>,
}

/// How a client flush was answered by [`Group::commit`].
pub enum Commit<T> {
    /// By a flush this caller ran.
    Ran(T),
    /// By a flush another caller ran, which started after this one asked.
    Shared(Result<(), i32>),
}

impl<B> Group<B> {
    fn new(name: Option<String>) -> Self {
        Group {
            name,
            dirty: AtomicBool::new(false),
            commits: Mutex::new(Commits::default()),
            committed: Condvar::new(),
            wave: Mutex::new(0),
            flush_cost_ns: AtomicU64::new(u64::MAX),
            members: Mutex::new(Vec::new()),
        }
    }

    /// Answer a client flush with an emulated flush that starts after the
    /// client asked: run `run` (holding the wave lock, whose value numbers
    /// the flushes) if no flush is running, else wait for the running one
    /// to end and then either run the next or, if another waiter already
    /// started it, share its result.  Clients that ask while a flush runs
    /// are all answered by the next one (group commit), so a burst of
    /// flushes costs two flushes, not one each.  The result `run` returns is
    /// shared: `Ok(())` or an errno.
    pub fn commit<T>(
        &self,
        run: impl FnOnce(&mut MutexGuard<'_, u64>) -> (T, Result<(), i32>),
    ) -> Commit<T> {
        let mut c = self.commits.lock();
        let needed = c.started + 1;
        loop {
            if c.finished >= needed {
                return Commit::Shared(c.last.expect("a finished flush has a result"));
            }
            if !c.running {
                break;
            }
            self.committed.wait(&mut c);
        }
        c.running = true;
        c.started += 1;
        let number = c.started;
        drop(c);
        // Whatever happens in `run`, the next flush must be able to start.
        struct Finish<'a, B>(&'a Group<B>, u64, Option<Result<(), i32>>);
        impl<B> Drop for Finish<'_, B> {
            fn drop(&mut self) {
                let mut c = self.0.commits.lock();
                c.running = false;
                c.finished = self.1;
                c.last = Some(self.2.unwrap_or(Err(libc::EIO)));
                self.0.committed.notify_all();
            }
        }
        let mut finish = Finish(self, number, None);
        let (value, result) = {
            let mut wave = self.wave.lock();
            *wave = number;
            run(&mut wave)
        };
        finish.2 = Some(result);
        drop(finish);
        Commit::Ran(value)
    }

    /// Record how long a plugin flush took (see [`record_cost`]).
    pub fn record_flush_cost(&self, ns: u64) {
        record_cost(&self.flush_cost_ns, ns);
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

/// Fold a plugin flush that took `ns` into the running average `avg`
/// (`u64::MAX` until the first).  One sample moves the average by at most a
/// factor of about 1.4, so that a flush that was slow once (the thread was
/// preempted) does not change how the next flush is run; flushes that
/// really become slow are followed within a few dozen.  Only flushes update
/// an average, one at a time per group, so a load and a store do.
pub fn record_cost(avg: &AtomicU64, ns: u64) {
    let old = avg.load(SeqCst);
    let new = if old == u64::MAX {
        ns
    } else {
        let sample = ns.min(old.saturating_mul(4).max(1000));
        (old - old / 8).saturating_add(sample / 8)
    };
    avg.store(new, SeqCst);
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
            overlapped_in: AtomicU64::new(0),
            flush_cost_ns: AtomicU64::new(u64::MAX),
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
        let _flushing = group.wave.lock();
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
