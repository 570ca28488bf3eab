#!/usr/bin/env bash
# Install what building and testing the multiconn filter needs on a
# Debian bookworm machine:
#
#   nbdkit, its plugin headers and python plugin; libnbd's tools (nbdsh,
#   nbdinfo, nbdcopy) and python bindings; fio, gnuplot and qemu-img for
#   the benchmarks; valgrind; pkg-config; dpkg-dev and debhelper
#   (scripts/package.sh) and lintian (tests/test-package.sh);
#   perl (pod2man, podchecker), go-md2man and man-db (man) for the man
#   pages;
#   and, only when there is no cargo at all (scripts/find-cargo.sh: none
#   on PATH, none in ~/.cargo/bin), the distribution's Rust: cargo-web,
#   rustc-web and rust-web-clippy where they exist (Debian bookworm: Rust
#   1.85 in the point releases, newer from bookworm-security), else cargo,
#   rustc and rust-clippy (Debian trixie and later, Ubuntu).  A Rust that
#   is already there is never replaced.
#
# Usage: scripts/deps.sh
#
# Idempotent: when every package is installed already it only says so.
# Runs apt-get directly as root, through sudo otherwise.

set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/find-cargo.sh"
export PATH=/usr/bin:/bin:/usr/sbin:/sbin:$PATH:$HOME/.cargo/bin

packages=(
    nbdkit
    nbdkit-plugin-dev
    nbdkit-plugin-python
    libnbd-bin
    python3-libnbd
    fio
    gnuplot-nox
    valgrind
    pkg-config
    qemu-utils
    binutils
    dpkg-dev
    debhelper
    lintian
    perl
    man-db
    go-md2man
)

missing=()
for p in "${packages[@]}"; do
    status="$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || :)"
    case "$status" in
        *" installed") ;;
        *) missing+=("$p") ;;
    esac
done

# The distribution's Rust, only if there is no cargo.  Installed without
# the recommended LLVM tools, which building does not need.
rust=()
if [ -z "$CARGO" ]; then
    # clippy too: scripts/msrv.sh runs its incompatible_msrv lint.
    if apt-cache show cargo-web >/dev/null 2>&1; then
        rust=(cargo-web rustc-web rust-web-clippy)
    else
        rust=(cargo rustc rust-clippy)
    fi
fi

if [ "${#missing[@]}" -eq 0 ] && [ "${#rust[@]}" -eq 0 ]; then
    echo "deps: all ${#packages[@]} packages are installed; cargo: $CARGO"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
else
    echo "deps: not root and no sudo; install: ${missing[*]}${rust[*]:+ }${rust[*]}" >&2
    exit 1
fi
all=("${missing[@]}" "${rust[@]}")
echo "deps: installing ${all[*]}"
log="$(mktemp "${TMPDIR:-/tmp}/multiconn-deps.XXXXXX")"
trap 'rm -f "$log"' EXIT
export DEBIAN_FRONTEND=noninteractive
if ! "${sudo[@]}" apt-get update -qq > "$log" 2>&1; then
    cat "$log" >&2
    echo "deps: apt-get update failed" >&2
    exit 1
fi
if [ "${#missing[@]}" -gt 0 ] &&
   ! "${sudo[@]}" apt-get install -y -qq "${packages[@]}" >> "$log" 2>&1; then
    cat "$log" >&2
    echo "deps: apt-get failed" >&2
    exit 1
fi
if [ "${#rust[@]}" -gt 0 ]; then
    if ! "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
           "${rust[@]}" >> "$log" 2>&1; then
        cat "$log" >&2
        echo "deps: apt-get failed to install ${rust[*]}" >&2
        exit 1
    fi
    # Both packages install /usr/bin/cargo and /usr/bin/rustc.
    echo "deps: Rust from the distribution: $(/usr/bin/rustc --version)"
fi
echo "deps: done"
