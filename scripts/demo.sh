#!/usr/bin/env bash
# Serve an export through the multiconn filter.
#
# Usage: scripts/demo.sh [--size SIZE] [NBDKIT-ARGS...]
#
# Builds the filter (cargo build --release; scripts/deps.sh first unless
# MULTICONN_SKIP_DEPS=1), then runs nbdkit in the foreground serving the
# memory plugin (SIZE, default 1G) through the filter with
# multi-conn-mode=emulate, and prints how to connect.  Stop it with ^C.
#
# It listens on a Unix socket in a private temporary directory, or on TCP
# when MULTICONN_DEMO_PORT is set (address MULTICONN_DEMO_ADDR, default
# 127.0.0.1).  Other arguments go to nbdkit after the plugin's, e.g.
#   scripts/demo.sh -v multi-conn-track-dirty=fast
#   scripts/demo.sh --size 4G multi-conn-exportname=true

set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/find-cargo.sh"
export PATH=/usr/bin:/bin:/usr/sbin:/sbin:$PATH:$HOME/.cargo/bin
source "$(dirname "${BASH_SOURCE[0]}")/nbdkit-env.sh"  # MULTICONN_NBDKIT_PREFIX

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
size="${MULTICONN_DEMO_SIZE:-1G}"
args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --size) size="$2"; shift 2 ;;
        --size=*) size="${1#*=}"; shift ;;
        -h|--help) sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
                   exit 0 ;;
        *) args+=("$1"); shift ;;
    esac
done

if [ "${MULTICONN_SKIP_DEPS:-0}" != 1 ]; then
    bash "$top/scripts/deps.sh"
    # deps.sh may just have installed Debian's cargo-web.
    [ -n "$CARGO" ] || source "$top/scripts/find-cargo.sh"
fi
[ -n "$CARGO" ] || { echo "demo.sh: no cargo (install Rust, or run scripts/deps.sh)" >&2; exit 1; }
(cd "$top" && "$CARGO" build --release --quiet)
filter="${FILTER:-${CARGO_TARGET_DIR:-$top/target}/release/libmulticonn.so}"

if [ -n "${MULTICONN_DEMO_PORT:-}" ]; then
    addr="${MULTICONN_DEMO_ADDR:-127.0.0.1}"
    listen=(-i "$addr" -p "$MULTICONN_DEMO_PORT")
    case "$addr" in *:*) host="[$addr]" ;; *) host="$addr" ;; esac
    uri="nbd://$host:$MULTICONN_DEMO_PORT/"
else
    dir="$(mktemp -d "${TMPDIR:-/tmp}/multiconn-demo.XXXXXX")"
    trap 'rm -rf "$dir"' EXIT
    sock="$dir/nbd.sock"
    listen=(-U "$sock")
    uri="nbd+unix:///?socket=$sock"
fi

cat <<MSG
Serving the memory plugin ($size) through $filter
with multi-conn-mode=emulate${args[*]:+ and: ${args[*]}}.

Connect with:
  nbdinfo '$uri'
  PATH=/usr/bin:\$PATH nbdsh -u '$uri'    (nbdsh needs Debian's python3)
  nbdcopy --connections=4 '$uri' out.img
  qemu-img info '$uri'
  qemu-img convert -O raw '$uri' out.img

Press ^C to stop.
MSG

# nbdkit runs in the foreground (-f) so that ^C stops it; the socket
# directory is removed afterwards.
rc=0
nbdkit -f "${listen[@]}" --filter="$filter" memory "$size" \
    multi-conn-mode=emulate "${args[@]}" || rc=$?
exit "$rc"
