//! Counters printed at unload (`nbdkit -v`), and read by tests.

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

// Statistics are plain counters, not part of any handshake, so they use
// the standard library's atomics even under the scheduler.
use std::time::Duration;

#[derive(Default)]
pub struct Stats {
    /// Flush requests from clients (NBD_CMD_FLUSH).
    pub client_flushes: AtomicU64,
    /// Flushes the filter made on behalf of a FUA write, zero or trim.
    pub fua_flushes: AtomicU64,
    /// Flush calls sent to the plugin (every connection, every reason).
    pub plugin_flushes: AtomicU64,
    /// Client or FUA flushes answered without any plugin flush.
    pub elided: AtomicU64,
    /// Plugin flushes sent to a connection other than the one that asked.
    pub replicated: AtomicU64,
    /// Client or FUA flushes answered by an emulated flush that another
    /// client's request ran (it started after they asked).
    pub shared: AtomicU64,
    /// Plugin flushes beyond the two-pass rule: a connection flushed again in
    /// the drop phase because a read overlapped its write-back.
    pub overlap_flushes: AtomicU64,
    /// Drops owed to an emulated flush under serialize_requests, made by the
    /// connection's next request.
    pub owed_drops: AtomicU64,
    /// The longest single replicated plugin flush, in microseconds.
    pub slowest_replicated_us: AtomicU64,
    /// Emulate mode: connections that left with unflushed writes and were
    /// written back at close (counted in `plugin_flushes` too).
    pub close_writebacks: AtomicU64,
    /// Of those, the write-backs that failed.
    pub close_writeback_failures: AtomicU64,
}

impl Stats {
    /// `count` replicated plugin flushes, the slowest taking `slowest`.
    pub fn record_replicated(&self, count: u64, slowest: Duration) {
        if count > 0 {
            self.replicated.fetch_add(count, Relaxed);
            let us = u64::try_from(slowest.as_micros()).unwrap_or(u64::MAX);
            self.slowest_replicated_us.fetch_max(us, Relaxed);
        }
    }
}

impl fmt::Display for Stats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "client flushes {}, plugin flushes {}, elided {}, shared {}, replicated {}, \
             again after an overlapping read {}, owed drops made {}, slowest replicated flush {} us, \
             close write-backs {}, failed close write-backs {}",
            self.client_flushes.load(Relaxed) + self.fua_flushes.load(Relaxed),
            self.plugin_flushes.load(Relaxed),
            self.elided.load(Relaxed),
            self.shared.load(Relaxed),
            self.replicated.load(Relaxed),
            self.overlap_flushes.load(Relaxed),
            self.owed_drops.load(Relaxed),
            self.slowest_replicated_us.load(Relaxed),
            self.close_writebacks.load(Relaxed),
            self.close_writeback_failures.load(Relaxed),
        )
    }
}
