//! Open connections, the groups they form, and every lock the filter owns.
//!
//! # A connection's life, and what nbdkit guarantees at each step
//!
//! 1. `.open` (vtable.rs): the handle is made; nothing is shared yet.
//! 2. `.prepare`: the mode is resolved and the plugin's answers are asked
//!    for, still private to the connection.  nbdkit's handshake goes on
//!    after `.prepare` (replies to the client, the `.prepare` of filters
//!    above this one), so the connection is not yet a flush target.
//! 3. Its first request (any data request or flush, in transmission) joins
//!    it to its group ([`Registry::join`]).  From then on other
//!    connections' emulated flushes may flush it through its `next`.
//! 4. `.finalize`: in emulate mode a connection with unflushed writes is
//!    written back by its own handle (`flush::write_back_at_close`), then it
//!    leaves its group ([`Registry::leave`]).
//! 5. `.close`: nbdkit skips `.finalize` on some paths (a client that
//!    vanishes during the handshake, a failure after `.open` on the
//!    `NBD_OPT_EXPORT_NAME` or oldstyle paths, a filter above whose
//!    `.finalize` fails), so `.close` leaves the group if `.finalize` did
//!    not.  nbdkit 1.32 closes the next layer only after this filter's
//!    `.close` returns (`backend_close`), so `next` is still usable there.
//!
//! Leaving takes the group's wave lock, so it waits for an emulated flush
//! that may have chosen the connection as a target: no flush touches a
//! `next` after its connection has left.  Leaving never waits for anything
//! else, and the flush it waits for never waits for the leaving connection
//! (which has no request inside), so it cannot deadlock.
//!
//! # Locks, in the only order in which they may be taken
//!
//! 1. `Group::commits` — who runs the group's next emulated flush, and who
//!    waits for it (held briefly; waiters sleep on its condition variable).
//! 2. `Group::wave` — held for the whole of one emulated flush, and by a
//!    connection leaving the group (with its write-back at close), so that
//!    a flush never reaches a connection whose next layer nbdkit has
//!    closed.  Never taken while holding (1).
//! 3. A gate's hold (`Gate::hold` .. `open`, see `gate.rs`) — only by the
//!    holder of (2), for connections it flushes.
//! 4. `Registry::groups` — the map of groups; held only to join and leave.
//! 5. `Group::members` — the member list; held briefly (push, remove, copy).
//!
//! A gate's own sleep lock is a leaf.  A connection's own requests only
//! enter its own gate for the duration of the plugin call, and leave
//! before they flush (a FUA write leaves before its emulated flush).  No
//! code waits for any lock while inside a gate, so a flush waiting for a
//! connection's requests always gets them.  Flushes in different groups
//! share no lock at all.

use crate::config::Mode;
use crate::dirty::AtomicDirty;
use crate::gate::{Gate, Inside, Kind};
use crate::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, SeqCst};
use crate::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::collections::HashMap;

/// One connection of the filter, from its first request to `.finalize`.
pub struct Conn<B> {
    /// Unique for the life of the process, in order of joining.
    pub id: u64,
    pub export: String,
    /// The mode after resolving `auto`.
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

/// The connections that replicate flushes to each other.
pub struct Group<B> {
    /// The export name, when groups are formed by export name.
    pub name: Option<String>,
    /// Some write, zero or trim since the group's last flush began (set by
    /// the write after its `WRITE` bit; cleared only when an emulated flush
    /// begins, or by a flush that cleans the group in the other modes).
    pub dirty: AtomicBool,
    /// A write-back at close failed: data a flush was meant to cover may be
    /// lost, so the group's next client flush fails with EIO, once.
    pub lost: AtomicBool,
    commits: Mutex<Commits>,
    committed: Condvar,
    /// Held for the whole of an emulated flush; the value numbers them.
    wave: Mutex<u64>,
    /// A running average of how long one plugin flush takes in this group,
    /// in nanoseconds (`u64::MAX` until the first is measured).
    pub flush_cost_ns: AtomicU64,
    members: Mutex<Vec<Arc<Conn<B>>>>,
    /// Wake-ups sent to callers waiting for a flush (for tests).
    #[cfg(test)]
    pub notified: std::sync::atomic::AtomicUsize,
}

/// Emulated flushes of a group, for sharing one among the clients that ask
/// while another is running.
#[derive(Default)]
struct Commits {
    /// Flushes started and finished (they run one at a time).
    started: u64,
    finished: u64,
    running: bool,
    /// Callers asleep on `committed`.  A flush that ends wakes them only if
    /// there are any: a wake-up is a futex system call, which costs tens of
    /// microseconds when nbdkit has thousands of threads (one per request
    /// slot of every connection).
    waiting: usize,
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
            lost: AtomicBool::new(false),
            commits: Mutex::new(Commits::default()),
            committed: Condvar::new(),
            wave: Mutex::new(0),
            flush_cost_ns: AtomicU64::new(u64::MAX),
            members: Mutex::new(Vec::new()),
            #[cfg(test)]
            notified: Default::default(),
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
            c.waiting += 1;
            c = self.committed.wait(c);
            c.waiting -= 1;
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
                if c.waiting > 0 {
                    #[cfg(test)]
                    self.0.notified.fetch_add(1, SeqCst);
                    self.0.committed.notify_all();
                }
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

    /// Callers waiting for a running flush to end (for tests).
    #[cfg(test)]
    pub fn waiting(&self) -> usize {
        self.commits.lock().waiting
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

    /// Call `f` on every member, in order of joining.
    pub fn each(&self, f: impl FnMut(&Arc<Conn<B>>)) {
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

/// Groups are formed by export name (with `multi-conn-exportname=true`),
/// and connections in emulate mode never share a group with connections in
/// other modes (`auto` can resolve differently per connection): an
/// emulated flush only reaches connections whose `can_flush` was checked,
/// and a flush in another mode never takes an emulated connection's bits.
type GroupKey = (Option<String>, bool);

/// All groups.
pub struct Registry<B> {
    groups: Mutex<HashMap<GroupKey, Arc<Group<B>>>>,
    next_id: AtomicU64,
    members: AtomicUsize,
}

impl<B> Default for Registry<B> {
    fn default() -> Self {
        Registry {
            groups: Mutex::new(HashMap::new()),
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
    /// it is the first.
    pub fn join(&self, id: u64, j: Joining<B>, by_export_name: bool) -> Arc<Conn<B>> {
        let key = (
            by_export_name.then(|| j.export.clone()),
            j.mode == Mode::Emulate,
        );
        let mut groups = self.groups.lock();
        let group = groups
            .entry(key.clone())
            .or_insert_with(|| Arc::new(Group::new(key.0)))
            .clone();
        let conn = Arc::new(Conn {
            id,
            export: j.export,
            mode: j.mode,
            plugin_multi_conn: j.plugin_multi_conn,
            dirty: AtomicDirty::default(),
            flush_cost_ns: AtomicU64::new(u64::MAX),
            gate: Gate::default(),
            backend: j.backend,
            group: group.clone(),
        });
        group.members.lock().push(conn.clone());
        self.members.fetch_add(1, SeqCst);
        conn
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
        }
        // An empty group goes, unless a write-back at close failed in it:
        // then it stays, so that the next connection to join it gets the
        // EIO its first flush owes (see `Group::lost`).
        if members.is_empty() && !group.lost.load(SeqCst) {
            let key = (group.name.clone(), conn.mode == Mode::Emulate);
            if groups.get(&key).is_some_and(|g| Arc::ptr_eq(g, group)) {
                groups.remove(&key);
            }
        }
    }

    pub fn group_count(&self) -> usize {
        self.groups.lock().len()
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
            mode: Mode::Emulate,
            plugin_multi_conn: false,
            backend: (),
        }
    }

    fn join(r: &Registry<()>, j: Joining<()>, by_name: bool) -> Arc<Conn<()>> {
        r.join(r.next_id(), j, by_name)
    }

    #[test]
    fn a_flush_cost_average_moves_an_eighth_and_ignores_outliers() {
        let avg = AtomicU64::new(u64::MAX);
        let after = |ns| {
            record_cost(&avg, ns);
            avg.load(SeqCst)
        };
        // The first sample is the average.
        assert_eq!(after(8000), 8000);
        // Then an eighth of the way to each sample: 8000 - 1000 + 2000.
        assert_eq!(after(16_000), 9000);
        assert_eq!(after(1000), 9000 - 1125 + 125);
        // A sample counts for at most four times the average...
        avg.store(8000, SeqCst);
        assert_eq!(after(1_000_000), 7000 + 32_000 / 8);
        // ...or 1 us, for an average that small.
        avg.store(100, SeqCst);
        assert_eq!(after(5000), 100 - 12 + 1000 / 8);
        assert_eq!(after(0), 213 - 26);
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
        assert_eq!(x.group.name, None);
        assert!(x.id < y.id);
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
}
