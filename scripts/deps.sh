#!/usr/bin/env bash
# Install what building and testing the multiconn filter needs on a
# Debian bookworm machine that already has a Rust toolchain:
#
#   nbdkit, its plugin headers and python plugin; libnbd's tools (nbdsh,
#   nbdinfo, nbdcopy) and python bindings; fio, gnuplot and qemu-img for
#   the benchmarks; valgrind; pkg-config; perl (pod2man, podchecker) and
#   man-db (man) for the man page.
#
# Usage: scripts/deps.sh
#
# Idempotent: when every package is installed already it only says so.
# Runs apt-get directly as root, through sudo otherwise.

set -euo pipefail
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
    perl
    man-db
)

missing=()
for p in "${packages[@]}"; do
    status="$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || :)"
    case "$status" in
        *" installed") ;;
        *) missing+=("$p") ;;
    esac
done

if [ "${#missing[@]}" -eq 0 ]; then
    echo "deps: all ${#packages[@]} packages are installed"
else
    if [ "$(id -u)" -eq 0 ]; then
        sudo=()
    elif command -v sudo >/dev/null 2>&1; then
        sudo=(sudo)
    else
        echo "deps: not root and no sudo; install: ${missing[*]}" >&2
        exit 1
    fi
    echo "deps: installing ${missing[*]}"
    log="$(mktemp "${TMPDIR:-/tmp}/multiconn-deps.XXXXXX")"
    trap 'rm -f "$log"' EXIT
    export DEBIAN_FRONTEND=noninteractive
    if ! "${sudo[@]}" apt-get update -qq > "$log" 2>&1 ||
       ! "${sudo[@]}" apt-get install -y -qq \
           "${packages[@]}" >> "$log" 2>&1; then
        cat "$log" >&2
        echo "deps: apt-get failed" >&2
        exit 1
    fi
    echo "deps: done"
fi

if ! command -v cargo >/dev/null 2>&1; then
    echo "deps: warning: cargo not found (a Rust toolchain is needed to build)" >&2
fi
