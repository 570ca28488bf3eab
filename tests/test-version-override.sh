#!/usr/bin/env bash
# The nbdkit version the filter declares is always the installed nbdkit's:
# build.rs refuses MULTICONN_NBDKIT_VERSION, which once stamped any version
# onto the layout of the installed <nbdkit-filter.h> (the one tests/abi.rs
# checks), so that nbdkit would load a struct of an unchecked layout.
# Can fail: the same cargo check without the variable succeeds.  And the
# filter under test declares the installed version (nbdkit loads it).

set -euo pipefail
source "$(dirname "$0")/functions.sh"

cargo="${CARGO:-$(command -v cargo || echo "$HOME/.cargo/bin/cargo")}"
[ -x "$cargo" ] || require cargo
require pkg-config nbdkit
require_filter
installed="$(pkg-config --modversion nbdkit)" || skip "pkg-config knows no nbdkit"
# A target directory of its own (kept between runs): the variable must not
# rebuild the main one.
dir="${CARGO_TARGET_DIR:-$top/target}/version-override"

rc=0
(cd "$top" && MULTICONN_NBDKIT_VERSION=1.99.0 "$cargo" check --lib --target-dir "$dir") \
    > "$tmp/override.log" 2>&1 || rc=$?
[ "$rc" != 0 ] || fail "MULTICONN_NBDKIT_VERSION=1.99.0 was accepted"
grep -q 'MULTICONN_NBDKIT_VERSION=1.99.0 is not supported' "$tmp/override.log" ||
    { tail -n 20 "$tmp/override.log"; fail "the refusal does not say why"; }
grep -o 'multiconn: MULTICONN_NBDKIT_VERSION.*' "$tmp/override.log" | head -n 1 | cut -c1-120
ok "MULTICONN_NBDKIT_VERSION=1.99.0 refused"

rc=0
(cd "$top" && env -u MULTICONN_NBDKIT_VERSION "$cargo" check --lib --target-dir "$dir") \
    > "$tmp/plain.log" 2>&1 || rc=$?
[ "$rc" = 0 ] || { tail -n 20 "$tmp/plain.log"; fail "the same check without the variable failed"; }
ok "can fail: the same cargo check without the variable succeeds"

# The filter under test declares the installed version, and nbdkit loads it.
nbdkit --filter="$FILTER" null --version > "$tmp/version" 2>&1 ||
    { cat "$tmp/version"; fail "nbdkit does not load $FILTER"; }
grep -qx "multiconn $installed" "$tmp/version" ||
    { cat "$tmp/version"; fail "$FILTER does not declare nbdkit $installed"; }
ok "$FILTER declares nbdkit $installed"
