#!/usr/bin/env bash
# Cargo.toml's rust-version is true (scripts/msrv.sh: clippy's
# incompatible_msrv, the rust-version of every locked dependency, and a
# check with Debian's rustc-web of exactly that version), and each of those
# checks fails when it should, on copies of the sources:
#   - rust-version one below: a locked dependency needs more;
#   - a standard library call newer than rust-version (Vec::pop_if, Rust
#     1.86): clippy and the old compiler both refuse it;
#   - a language feature newer than rust-version (trait upcasting, Rust
#     1.86), which clippy does not see: the old compiler refuses it.
# test-timeout: 1200

set -euo pipefail
source "$(dirname "$0")/functions.sh"
system_nbdkit_only "it tests Cargo.toml's rust-version, which does not depend on which nbdkit the filter is built for"

[ -n "${CARGO:-}" ] || unavailable "no cargo"
"$CARGO" clippy --version >/dev/null 2>&1 || unavailable "clippy is not installed"
require apt-get dpkg-deb

msrv=$(sed -n 's/^rust-version *= *"\([0-9.]*\)"/\1/p' "$top/Cargo.toml")
[ -n "$msrv" ] || fail "no rust-version in Cargo.toml"

# 1. The tree as it is.
out=$tmp/msrv.out
rc=0
"$top/scripts/msrv.sh" >"$out" 2>&1 || rc=$?
cat "$out"
case "$rc" in
    0) ok "rust-version $msrv holds" ;;
    2) unavailable "scripts/msrv.sh could not run its checks" ;;
    *) fail "scripts/msrv.sh found something newer than rust-version $msrv" ;;
esac
# clippy, the locked packages and cargo check, for the default features.
[ "$(grep -c '^PASS' "$out")" = 3 ] || fail "expected 3 passing checks"

# A copy of the sources, without build output.
copy ()
{
    mkdir -p "$1"
    tar -C "$top" --exclude=./target --exclude=./.git -cf - . | tar -C "$1" -xf -
}

# expect_fail TREE CHECK...: msrv.sh fails on TREE, and each CHECK (a
# pattern) appears as a FAIL line.
expect_fail ()
{
    local tree=$1; shift
    local rc=0
    "$top/scripts/msrv.sh" --tree "$tree" --default-features "${msrv_args[@]}" \
        >"$tmp/canfail.out" 2>&1 || rc=$?
    sed 's/^/    /' "$tmp/canfail.out"
    [ "$rc" = 1 ] || fail "scripts/msrv.sh exited $rc on $tree, expected 1"
    local c
    for c in "$@"; do
        grep -q "^FAIL $c" "$tmp/canfail.out" || fail "no FAIL for '$c'"
    done
}

# 2. rust-version one minor version below.
lower=${msrv%.*}.$(( ${msrv##*.} - 1 ))
copy "$tmp/lower"
sed -i "s/^rust-version = \".*\"/rust-version = \"$lower\"/" "$tmp/lower/Cargo.toml"
msrv_args=(--no-toolchain)
expect_fail "$tmp/lower" "locked dependencies"
ok "rust-version $lower is refused: a locked dependency needs more"

# 3. A newer library call.
copy "$tmp/api"
cat >>"$tmp/api/src/lib.rs" <<'EOF'

/// Not part of the filter: uses an API newer than rust-version.
pub fn msrv_probe(v: &mut Vec<u32>) -> Option<u32> {
    v.pop_if(|x| *x > 1)
}
EOF
msrv_args=()
expect_fail "$tmp/api" "clippy incompatible_msrv" "cargo check"
grep -q 'pop_if' "$tmp/canfail.out" || fail "the failure does not name pop_if"
ok "a standard library call newer than $msrv is refused by clippy and by rustc $msrv"

# 4. A newer language feature.
copy "$tmp/lang"
cat >>"$tmp/lang/src/lib.rs" <<'EOF'

/// Not part of the filter: uses a language feature newer than rust-version.
pub trait MsrvProbeBase {}
/// See above.
pub trait MsrvProbe: MsrvProbeBase {}
/// See above.
pub fn msrv_probe(x: &dyn MsrvProbe) -> &dyn MsrvProbeBase {
    x
}
EOF
expect_fail "$tmp/lang" "cargo check"
grep -q '^PASS clippy incompatible_msrv' "$tmp/canfail.out" ||
    echo "(clippy refused it too)"
ok "a language feature newer than $msrv is refused by rustc $msrv"

echo "PASS: $test_name"
