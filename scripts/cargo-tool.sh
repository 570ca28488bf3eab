#!/usr/bin/env bash
# Print the path of a cargo subcommand the packaging scripts use, and
# install it first if it is missing: cargo install --locked of the version
# pinned here, from crates.io, into target/cargo-tools (nothing outside the
# tree is touched; the first install compiles for a few minutes).
#
# Usage: scripts/cargo-tool.sh license|vendor-filterer
#
#   license          cargo-license 0.7.0 (scripts/copyright.sh)
#   vendor-filterer  cargo-vendor-filterer 0.5.18 (scripts/vendor.sh)
#
# One already on PATH (or in ~/.cargo/bin) is used as it is.

set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/find-cargo.sh"
export PATH=/usr/bin:/bin:/usr/sbin:/sbin:$PATH:$HOME/.cargo/bin

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
case "${1:-}" in
    license) crate=cargo-license version=0.7.0 ;;
    vendor-filterer) crate=cargo-vendor-filterer version=0.5.18 ;;
    *) echo "usage: scripts/cargo-tool.sh license|vendor-filterer" >&2; exit 2 ;;
esac
root=$top/target/cargo-tools
if found=$(command -v "$crate" 2>/dev/null); then
    echo "$found"
    exit 0
fi
if [ ! -x "$root/bin/$crate" ]; then
    [ -n "$CARGO" ] || { echo "cargo-tool.sh: no cargo to install $crate" >&2; exit 1; }
    echo "cargo-tool.sh: installing $crate $version into $root (cargo install --locked)" >&2
    "$CARGO" install --locked --quiet --root "$root" --version "=$version" "$crate" >&2
fi
echo "$root/bin/$crate"
