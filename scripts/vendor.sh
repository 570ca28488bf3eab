#!/usr/bin/env bash
# Write vendor/: the source of every crate in Cargo.lock that a Linux
# build can use, so that the Debian package (debian/rules) builds offline.
#
# Usage: scripts/vendor.sh [--check]
#
# Runs cargo vendor-filterer (scripts/cargo-tool.sh installs it from
# crates.io into target/cargo-tools when it is missing) for the
# *-unknown-linux-gnu* targets, the ones Debian builds for: crates only
# other systems use (windows-sys, ...) become empty stand-ins, which keeps
# vendor/ at 58 MB (cargo vendor writes 170 MB, most of it for Windows).
# Run it after every change to Cargo.lock, then scripts/copyright.sh.
#
# --check: write into a temporary directory and compare with vendor/;
# exit 1 and name the differences if vendor/ is not what Cargo.lock asks.

set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/find-cargo.sh"
export PATH=/usr/bin:/bin:/usr/sbin:/sbin:$PATH:$HOME/.cargo/bin

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
prog=vendor.sh
die() { echo "$prog: $*" >&2; exit 1; }
[ -n "$CARGO" ] || die "no cargo (install Rust, or run scripts/deps.sh)"
tool=$("$top/scripts/cargo-tool.sh" vendor-filterer) || die "cannot install cargo-vendor-filterer"
export PATH=$(dirname "$tool"):$PATH

check=
case "${1:-}" in
    --check) check=1 ;;
    '') ;;
    *) die "unknown option '$1'" ;;
esac

cd "$top"
if [ -n "$check" ]; then
    out=$(mktemp -d "${TMPDIR:-/tmp}/multiconn-vendor.XXXXXX")
    trap 'rm -rf "$out"' EXIT
    dest=$out/vendor
else
    dest=$top/vendor
    rm -rf "$dest"
fi
# Every crate whole (leaving out their tests or examples breaks crates
# whose build script or documentation reads them: cbindgen, winnow), but
# for libloading's tests, which are Windows DLLs.
"$CARGO" vendor-filterer --platform='*-unknown-linux-gnu' \
    --exclude-crate-path='libloading#tests' "$dest" >/dev/null 2>"$dest.log" ||
    { cat "$dest.log" >&2; rm -f "$dest.log"; die "cargo vendor-filterer failed"; }
rm -f "$dest.log"
if [ -n "$check" ]; then
    diff -r -q "$dest" "$top/vendor" >&2 ||
        die "vendor/ is not what Cargo.lock asks for: run scripts/vendor.sh"
    echo "$prog: vendor/ matches Cargo.lock"
else
    echo "$prog: wrote vendor/ ($(du -sh vendor | cut -f1), $(ls vendor | wc -l) crates)"
fi
