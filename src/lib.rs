//! multiconn: an nbdkit filter that enables, emulates or disables NBD
//! multi-conn, a drop-in for nbdkit's own `multi-conn` filter that stays
//! correct under concurrent requests and fast with many connections.
//!
//! Where things are:
//! - [`config`]: the three keys and their values (pure);
//! - [`registry`]: connections, groups, and the lock order;
//! - [`barrier`]: the per-connection barrier between requests and flushes;
//! - [`request`]: the data path (what every request does around the plugin);
//! - [`flush`]: how a flush is decided and replicated (safe, generic);
//! - [`pool`]: the bounded thread pool replicated flushes run on;
//! - [`vtable`]: the C entry points nbdkit calls (the `unsafe` code, with
//!   the `membarrier` syscall in [`ffi`]);
//! - [`ffi`]: the C types of `<nbdkit-filter.h>`.

#![deny(unsafe_op_in_unsafe_fn)]

pub mod barrier;
pub mod config;
pub mod dirty;
pub mod ffi;
pub mod flush;
pub mod pool;
pub mod registry;
pub mod request;
pub mod stats;
pub mod vtable;

#[cfg(test)]
mod test_support;
