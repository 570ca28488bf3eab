# Sourced by the scripts that build: chooses the Rust toolchain.
#
#   source scripts/find-cargo.sh   (before the script changes PATH)
#
# Sets and exports CARGO (empty if there is no cargo at all), and RUSTC and
# RUSTDOC from the same toolchain unless they are set already.  CARGO is:
#   1. $CARGO, if set;
#   2. the first cargo on the caller's PATH (the one an interactive shell
#      would run: rustup's ~/.cargo/bin/cargo, or a distribution's);
#   3. ${CARGO_HOME:-~/.cargo}/bin/cargo (rustup, not on PATH);
#   4. /usr/bin/cargo (Debian's cargo-web or cargo package).
# It must be sourced before the script puts /usr/bin first on PATH (the
# scripts do, for Debian's python3): otherwise a distribution cargo in
# /usr/bin would silently replace the user's rustup toolchain.
#
# Debian's cargo-web and rustc-web (bookworm) install plain /usr/bin/cargo
# and /usr/bin/rustc; Ubuntu's versioned packages install cargo-1.NN and
# rustc-1.NN in /usr/bin with the plain names in /usr/lib/rust-1.NN/bin,
# which can be named with CARGO=/usr/lib/rust-1.NN/bin/cargo.

if [ -z "${CARGO:-}" ]; then
    CARGO=$(command -v cargo 2>/dev/null || :)
    if [ -z "$CARGO" ] && [ -x "${CARGO_HOME:-$HOME/.cargo}/bin/cargo" ]; then
        CARGO=${CARGO_HOME:-$HOME/.cargo}/bin/cargo
    fi
    if [ -z "$CARGO" ] && [ -x /usr/bin/cargo ]; then
        CARGO=/usr/bin/cargo
    fi
fi
export CARGO
# The compiler that goes with that cargo: the rustc beside it (rustup's
# proxies, /usr/bin/rustc of rustc-web).  cargo would otherwise run the
# first rustc on PATH, which may be another toolchain's.
if [ -n "$CARGO" ]; then
    _cargo_dir=$(dirname "$CARGO")
    if [ -z "${RUSTC:-}" ] && [ -x "$_cargo_dir/rustc" ]; then
        RUSTC=$_cargo_dir/rustc
        export RUSTC
    fi
    if [ -z "${RUSTDOC:-}" ] && [ -x "$_cargo_dir/rustdoc" ]; then
        RUSTDOC=$_cargo_dir/rustdoc
        export RUSTDOC
    fi
    unset _cargo_dir
fi
