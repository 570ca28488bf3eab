//! multiconn: an nbdkit filter that enables, emulates or disables NBD
//! multi-conn, a drop-in for nbdkit's own `multi-conn` filter that stays
//! correct under concurrent requests and fast with many connections.
//!
//! Where things are:
//! - [`config`]: the keys and their values (pure);
//! - [`registry`]: connections, groups, their lifecycle, and the lock order
//!   (and the one `unsafe` borrow outside the C entry points: a flush's
//!   targets, [`registry::Wave`]);
//! - [`gate`]: the per-connection gate between requests and flushes;
//! - [`request`]: the data path (what every request does around the plugin);
//! - [`flush`]: how a flush is decided and replicated (safe, generic);
//! - [`commit`]: flush scopes: a dirty flag and the flushes that clean it;
//! - [`faults`]: deliberate mistakes the checkers turn on to show they can
//!   fail;
//! - [`pool`]: the bounded thread pool replicated flushes run on;
//! - [`prefetch`]: hints that start loading the next targets of a flush
//!   among many connections (an instruction that cannot fault, in one small
//!   `unsafe` block);
//! - [`sync`]: every lock, atomic and thread the engine uses (the standard
//!   library's, or the deterministic scheduler's under the `shuttle`
//!   feature);
//! - [`vtable`]: the C entry points nbdkit calls (the other `unsafe` code);
//! - [`ffi`]: the C types of `<nbdkit-filter.h>`.

#![deny(unsafe_op_in_unsafe_fn)]

pub mod commit;
pub mod config;
pub mod dirty;
pub mod door;
pub mod faults;
pub mod ffi;
pub mod flush;
pub mod gate;
pub mod pool;
pub mod prefetch;
pub mod registry;
pub mod request;
pub mod stats;
pub mod sync;

#[cfg(test)]
mod test_support;
