#!/usr/bin/env bash
# The crates the design names are the ones the filter is built on: libc,
# parking_lot (the locks and condition variables behind src/sync.rs in the
# filter as built), bitflags and log as dependencies, cbindgen to build,
# libloading and env_logger for tests; shuttle only as the scheduler's
# replacement for parking_lot, under --cfg shuttle (a target-specific
# dependency, never a normal one or a feature).  Checked in Cargo.toml and in the
# built library: its symbols include parking_lot's lock and condition
# variable code.

set -euo pipefail
source "$(dirname "$0")/functions.sh"

require nm
require_filter

deps="$(sed -n '/^\[dependencies\]/,/^\[/p' "$top/Cargo.toml")"
for crate in libc parking_lot bitflags log; do
    grep -q "^$crate = " <<< "$deps" || fail "[dependencies] lacks $crate"
done
if grep -q '^shuttle' <<< "$deps"; then
    fail "shuttle is a dependency of the library as built"
fi
sed -n "/^\[target.'cfg(shuttle)'.dependencies\]/,/^\[/p" "$top/Cargo.toml" | grep '^shuttle = ' >/dev/null ||
    fail "shuttle is not the dependency of --cfg shuttle builds only"
sed -n '/^\[build-dependencies\]/,/^\[/p' "$top/Cargo.toml" | grep '^cbindgen = ' >/dev/null ||
    fail "[build-dependencies] lacks cbindgen"
dev="$(sed -n '/^\[dev-dependencies\]/,/^\[/p' "$top/Cargo.toml")"
for crate in libloading env_logger; do
    grep -q "^$crate = " <<< "$dev" || fail "[dev-dependencies] lacks $crate"
done

symbols="$(nm -C "$FILTER")"
pl="$(grep -c 'parking_lot' <<< "$symbols" || true)"
[ "$pl" -gt 0 ] || fail "$FILTER has no parking_lot code: the locks are not parking_lot's"
echo "$FILTER: $pl parking_lot symbols"
ok
