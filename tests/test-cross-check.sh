#!/usr/bin/env bash
# The filter compiles for the systems nbdkit runs on besides x86-64 Linux:
# scripts/cross-check.sh type-checks the library (cargo check, the standard
# library built from source) for FreeBSD, OpenBSD, macOS on aarch64 and
# Linux on aarch64.  Nothing is linked or run for those targets here.
#
# That it can fail: the same check of a copy of the sources with one
# unguarded use of a Linux-only libc item (SYS_membarrier) fails for
# FreeBSD.

# test-timeout: 1800

set -euo pipefail
source "$(dirname "$0")/functions.sh"
system_nbdkit_only "it type-checks the code for other targets, the same whichever nbdkit the filter is built for"

require apt-get dpkg-deb

out=$tmp/cross.out
rc=0
"$top/scripts/cross-check.sh" >"$out" 2>&1 || rc=$?
cat "$out"
case "$rc" in
    0) ok "the library compiles for: $(sed -n 's/^PASS //p' "$out" | tr '\n' ' ')" ;;
    2) unavailable "scripts/cross-check.sh could not get its toolchain" ;;
    *) fail "the library does not compile for: $(sed -n 's/^FAIL \([^ ]*\).*/\1/p' "$out" | tr '\n' ' ')" ;;
esac

mkdir -p "$tmp/tree"
tar -C "$top" --exclude=./target --exclude=./.git -cf - . | tar -C "$tmp/tree" -xf -
cat >>"$tmp/tree/src/lib.rs" <<'EOT'

/// Not part of the filter: a Linux-only item used without a cfg.
pub const CROSS_CHECK_PROBE: libc::c_long = libc::SYS_membarrier;
EOT
rc=0
"$top/scripts/cross-check.sh" --tree "$tmp/tree" x86_64-unknown-freebsd >"$out" 2>&1 || rc=$?
sed 's/^/    /' "$out"
[ "$rc" = 1 ] || fail "the check of a copy using SYS_membarrier without a cfg exited $rc, expected 1"
grep -q 'SYS_membarrier' "$out" || fail "the failure does not name SYS_membarrier"
ok "a Linux-only libc item used without a cfg fails the FreeBSD check"

echo "PASS: $test_name"
