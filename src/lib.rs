//! multiconn: an nbdkit filter that enables, emulates or disables NBD
//! multi-conn, a drop-in for nbdkit's own `multi-conn` filter that stays
//! correct under concurrent requests and fast with many connections.
//!
//! Where things are, from the C door down (nothing imports upward):
//! - [`door`]: the C entry points nbdkit calls, a room per concern (the
//!   lifecycle, the handshake, the data callbacks, the handle, the next
//!   layer, the panic boundary, the log);
//! - [`ffi`]: nbdkit's C interface, generated at build time from the
//!   installed `<nbdkit-filter.h>` (`build/interface.rs`);
//! - [`config`]: the keys and their values (pure);
//! - [`request`]: the data path (what every request does around the plugin);
//! - [`flush`]: how a flush is decided and replicated (safe, generic);
//! - [`registry`]: connections, groups, their lifecycle, and the lock order;
//! - [`scope`]: flush scopes: a dirty flag and the flushes that clean it;
//! - [`gate`]: the per-connection gate between requests and flushes;
//! - [`pool`]: the bounded thread pool replicated flushes run on;
//! - [`faults`]: deliberate mistakes the checkers turn on to show they can
//!   fail;
//! - [`prefetch`]: hints that start loading the next targets of a flush
//!   among many connections;
//! - [`sync`]: every lock, atomic and thread the engine uses (the standard
//!   library's, or the deterministic scheduler's under the `shuttle`
//!   feature).
//!
//! # Where the `unsafe` code is
//!
//! Every `unsafe` block carries a `SAFETY:` comment
//! (`clippy::undocumented_unsafe_blocks` is denied below).  They are in:
//! - [`door`]: nbdkit's pointers.  A `void *handle` becomes a reference in
//!   one place, `door/handle.rs`, whose opening states nbdkit's contract;
//!   the next layer's pointer is kept by `door/next.rs`; the data
//!   callbacks share one contract, stated in `door/data.rs`;
//! - [`ffi`]: `Sync` for the filter struct (pointers to `'static` data);
//! - [`prefetch`]: one cache hint, which cannot fault.
//!
//! (`test_support.rs`, compiled into test executables only, reads the C
//! strings its stand-ins for `nbdkit_*` are given.)

#![deny(unsafe_op_in_unsafe_fn)]
#![deny(clippy::undocumented_unsafe_blocks)]

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
pub mod scope;
pub mod stats;
pub mod sync;

#[cfg(test)]
mod test_support;
