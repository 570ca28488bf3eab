#!/usr/bin/env bash
# Memory of a server that many clients vanish from mid-handshake.
#
# Usage: scripts/vanish-rss.sh [--clients N] [--every N] [--bound KIB]
#                              [--level LEVEL] [NBDKIT-ARGS...]
#
# Starts nbdkit -f -v -U SOCK --filter=FILTER memory 1M
# multi-conn-mode=emulate multi-conn-track-dirty=LEVEL (default connection)
# [NBDKIT-ARGS...], then N clients (default 10000), in batches of --every
# (default 1000), each connecting, sending NBD_OPT_GO for the default export
# and closing before the reply (tests/nbd-hostile.py vanish).  After each
# batch an ordinary client writes and flushes, and the script prints the
# server's RSS (VmRSS), the failed NBD_OPT_GO replies so far (clients that
# really vanished after .prepare) and the flush debug line ("flushed X of Y
# connections": Y is the group's size, 1 when vanished clients leave their
# group).  At the end: SIGTERM, and the statistics line.
#
# Exits 1 if RSS grew by more than --bound KiB (default 1024) from the
# first sample (after the first batch, the warm-up) to the last, if the
# flush ever counted more than 1 connection, or if the server died; 0
# otherwise.  FILTER defaults to this tree's release build; FILTER=none runs
# without a filter (the baseline for the bound).  Takes about 8 s on a
# 2-core machine for 10,000 clients (tests/test-vanish-rss.sh runs it).

set -euo pipefail
export PATH=/usr/bin:/bin:/usr/sbin:/sbin:$PATH:$HOME/.cargo/bin
source "$(dirname "${BASH_SOURCE[0]}")/nbdkit-env.sh"  # MULTICONN_NBDKIT_PREFIX
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

clients=10000 every=1000 bound=1024 level=connection
args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --clients) clients="$2"; shift 2 ;;
        --every) every="$2"; shift 2 ;;
        --bound) bound="$2"; shift 2 ;;
        --level) level="$2"; shift 2 ;;
        -h|--help) sed -n '2,25p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
                   exit 0 ;;
        *) args+=("$1"); shift ;;
    esac
done
: "${FILTER:=${CARGO_TARGET_DIR:-$top/target}/release/libmulticonn.so}"
if [ "$FILTER" = none ]; then
    filter=()
    args=("${args[@]+"${args[@]}"}")
else
    filter=(--filter="$FILTER")
    args=(multi-conn-mode=emulate multi-conn-track-dirty="$level"
          "${args[@]+"${args[@]}"}")
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/vanish-rss.XXXXXX")"
pid=""
cleanup () {
    [ -z "$pid" ] || kill -KILL "$pid" 2>/dev/null || :
    rm -rf "$work"
}
trap cleanup EXIT
sock="$work/sock" log="$work/nbdkit.log"
uri="nbd+unix:///?socket=$sock"

nbdkit -f -v -U "$sock" "${filter[@]+"${filter[@]}"}" memory 1M \
    "${args[@]+"${args[@]}"}" 2> "$log" &
pid=$!
for _ in $(seq 300); do
    [ -S "$sock" ] && break
    kill -0 "$pid" 2>/dev/null || { tail "$log"; exit 1; }
    sleep 0.1
done

rss () { awk '/^VmRSS:/ {print $2}' "/proc/$pid/status"; }
flush_once () {
    timeout 30 nbdsh -u "$uri" -c 'h.pwrite(b"x" * 512, 0); h.flush()'
}

echo "server: nbdkit ${filter[*]:-(no filter)} memory 1M ${args[*]:-}"
printf '%8s %10s %12s  %s\n' clients "RSS KiB" "failed GOs" "last flush"
flush_once
printf '%8d %10d %12d  %s\n' 0 "$(rss)" 0 \
    "$(grep -o 'flushed [0-9]* of [0-9]* connections' "$log" | tail -n 1)"
flushes=1
done_n=0 first="" last="" worst=1 start=$SECONDS status=0
while [ "$done_n" -lt "$clients" ]; do
    n=$(( clients - done_n < every ? clients - done_n : every ))
    if ! timeout 300 /usr/bin/python3 "$top/tests/nbd-hostile.py" \
           --socket "$sock" vanish --count "$n"; then
        echo "FAILED: the vanishing clients could not connect"; status=1; break
    fi
    done_n=$((done_n + n))
    # Wait (at most 30 s) until nbdkit has closed every connection so far
    # (the plugin's close comes last), so that the flush counts no
    # connection that is merely slow to go.
    for _ in $(seq 1500); do
        [ "$(grep -c 'debug: memory: close' "$log" || :)" -ge \
          $((done_n + flushes)) ] && break
        sleep 0.02
    done
    flush_once || { echo "FAILED: the ordinary client failed"; status=1; break; }
    flushes=$((flushes + 1))
    last="$(rss)"
    [ -n "$first" ] || first="$last"
    fl="$(grep -o 'flushed [0-9]* of [0-9]* connections' "$log" | tail -n 1 || :)"
    y="$(sed -n 's/.* of \([0-9]*\) connections/\1/p' <<< "$fl")"
    [ -z "$y" ] || [ "$y" -le "$worst" ] || worst="$y"
    printf '%8d %10d %12d  %s\n' "$done_n" "$last" \
        "$(grep -c 'error: write: NBD_OPT_GO' "$log" || :)" "$fl"
done
secs=$((SECONDS - start))

kill -TERM "$pid" 2>/dev/null || :
for _ in $(seq 500); do kill -0 "$pid" 2>/dev/null || break; sleep 0.02; done
rc=0; wait "$pid" || rc=$?
pid=""
echo "nbdkit exit status $rc"
grep -o 'multiconn: stats: .*' "$log" || echo "(no statistics line)"

if [ -n "$first" ] && [ -n "$last" ]; then
    echo "RSS after the first batch ${first} KiB, at the end ${last} KiB:" \
         "$((last - first)) KiB growth (bound ${bound} KiB); $done_n clients in ${secs}s"
    [ $((last - first)) -le "$bound" ] || { echo "FAILED: RSS grew"; status=1; }
fi
[ "$worst" -le 1 ] || {
    echo "FAILED: a flush counted $worst connections (vanished clients stayed)"
    status=1; }
[ "$rc" = 0 ] || status=1
exit "$status"
