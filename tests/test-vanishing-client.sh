#!/usr/bin/env bash
# A client that vanishes mid-handshake must not crash, hang or leak.
#
# For each track-dirty level (off, fast, connection): nbdkit -f -v -U SOCK
# with the filter over memory 1M in emulate mode; three clients connect,
# send NBD_OPT_GO for the default export and close before reading the reply
# (tests/nbd-hostile.py vanish: nbdkit has called .open and .prepare, its
# reply fails with EPIPE and it closes the connection without .finalize).
# Then two ordinary connections: A writes, B reads, A flushes, B and a new
# connection C read A's data.  The same again with an oldstyle server
# (nbdkit -o), which opens and prepares the export before its greeting:
# there the clients vanish right after connecting, and nbdkit's greeting
# fails with EPIPE (nbdkit 1.32.5 refuses flushes on oldstyle connections,
# so there A does not flush).  Checks:
#   - nbdkit logged the three failed NBD_OPT_GO replies, or greetings (the
#     scenario happened);
#   - the data reads back on B and C;
#   - the flush debug line says "flushed ... of 2 connections": the
#     vanished connections left their group (newstyle);
#   - SIGTERM stops nbdkit within MULTICONN_STOP_LIMIT seconds (default 1),
#     with exit status 0;
#   - the unload statistics line ends with
#     "members left 0, groups left 0".
# Can fail: the same scenario through nbdkit's own --filter=multi-conn
# (FILTER=multi-conn) must go wrong (nbdkit 1.32 aborts in multi_conn_close
# with "Assertion `h->group == NULL' failed"); the test fails if it does not.
# MULTICONN_VANISH_COMPANION=0 leaves the companion out (the valgrind run,
# tests/test-hostile-valgrind.sh, where an abort is not what is measured).

set -euo pipefail
source "$(dirname "$0")/functions.sh"
source "$(dirname "$0")/server-functions.sh"
require_filter
require_python_nbd

NBDKIT="${NBDKIT:-nbdkit}"
hostile="$top/tests/nbd-hostile.py"

cat > "$tmp/client.py" <<'EOF'
import sys
import nbd

uri = sys.argv[1]
# nbdkit 1.32.5 rejects every flush on an oldstyle connection ("flush
# operation not supported", its transmission flags are not kept), so there
# the clients only write and read.
flush = sys.argv[2] == "flush"
def connect():
    h = nbd.NBD()
    h.connect_uri(uri)
    return h

pat = b"vanish!\n" * 64
a, b = connect(), connect()
a.pwrite(pat, 0)
b.pread(512, 0)
if flush:
    a.flush()
print("B reads A's data:", bytes(b.pread(512, 0)) == pat)
c = connect()
print("new C reads A's data:", bytes(c.pread(512, 0)) == pat)
for h in (a, b, c):
    h.shutdown()
EOF
cat > "$tmp/expected" <<'EOF'
B reads A's data: True
new C reads A's data: True
EOF

# scenario FILTER LEVEL: run the reproduction; print what happened; return
# 0 if the server came through it, 1 if not (reasons in $problems).
scenario ()
{
    local filter="$1" level="$2" style="${3:-newstyle}"
    local log="$tmp/nbdkit-$level-$style-$(basename "$1").log"
    local i n want out o=() v=() failed_reply='error: write: NBD_OPT_GO'
    if [ "$style" = oldstyle ]; then
        o=(-o) v=(--oldstyle) failed_reply='error: write: Broken pipe'
    fi
    problems=""
    echo "--- --filter=$filter multi-conn-track-dirty=$level $style"
    start_server "$log" ${o[@]+"${o[@]}"} --filter="$filter" memory 1M \
        multi-conn-mode=emulate multi-conn-track-dirty="$level"

    # Three clients vanish; a client whose reply got out before it hung up
    # does not count, so keep going until three replies failed (bounded;
    # on a loaded machine a vanishing client often closes only after
    # nbdkit's reply got out, above all the oldstyle greeting).
    n=0
    for i in $(seq 60); do
        want=$((n + 1))
        timeout 20 /usr/bin/python3 "$hostile" --socket "$sock" vanish \
            ${v[@]+"${v[@]}"} >> "$tmp/vanish.out" 2>&1 || :
        # nbdkit logs the failed reply right after the client hangs up.
        for _ in $(seq 50); do
            n=$(grep -c "$failed_reply" "$log" || :)
            [ "$n" -ge "$want" ] && break
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 0.02
        done
        [ "$n" -ge 3 ] && break
        kill -0 "$server_pid" 2>/dev/null || break
    done
    echo "failed replies ($failed_reply): $n (of $i vanishing clients)"
    [ "$n" -ge 3 ] || problems="$problems; only $n vanished after .prepare"
    # Let nbdkit finish closing them (the plugin's close comes last), so
    # that a slow machine cannot make the flush below count them.
    for _ in $(seq 500); do
        [ "$(grep -c 'debug: memory: close' "$log" || :)" -ge "$i" ] && break
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.02
    done

    if out="$(timeout 15 /usr/bin/python3 "$tmp/client.py" "$uri" \
                  "$([ "$style" = newstyle ] && echo flush || echo noflush)" 2>&1)"; then
        echo "$out"
        diff -u "$tmp/expected" - <<< "$out" ||
            problems="$problems; A's data does not read back"
    else
        echo "$out" | tail -n 3
        problems="$problems; the ordinary clients failed (exit or timeout)"
    fi

    if own_filter_is "$filter" && [ "$style" = newstyle ]; then
        grep -o 'flushed [0-9]* of [0-9]* connections' "$log" | sed 's/^/flush: /'
        grep -q 'flushed [0-9]* of 2 connections' "$log" ||
            problems="$problems; the flush did not count 2 connections"
    fi

    stop_server
    echo "SIGTERM: exit status $server_rc after ${stop_ms} ms"
    [ "$stop_hung" = 0 ] || problems="$problems; SIGTERM did not stop nbdkit"
    [ "$stop_late" = 0 ] || [ "$stop_hung" = 1 ] ||
        problems="$problems; SIGTERM took ${stop_ms} ms"
    [ "$server_rc" = 0 ] ||
        problems="$problems; nbdkit exit status $server_rc"
    grep -E 'Assertion|Segmentation|panicked' "$log" | head -n 3 || :

    if own_filter_is "$filter"; then
        stats_line "$log"
        [ "$(left_counts "$log")" = "members left 0, groups left 0" ] ||
            problems="$problems; stats line lacks 'members left 0, groups left 0'"
    fi
    problems="${problems#; }"
    [ -z "$problems" ]
}

# own_filter_is F: F is this project's filter (see own_filter).
own_filter_is ()
{
    FILTER="$1" own_filter
}

failures=()
for style in newstyle oldstyle; do
    for level in off fast connection; do
        if scenario "$FILTER" "$level" "$style"; then
            echo "ok: the filter survives vanishing clients with track-dirty=$level ($style)"
        else
            echo "FAILED: $problems"
            failures+=("track-dirty=$level $style: $problems")
        fi
    done
done

if [ "${MULTICONN_VANISH_COMPANION:-1}" != 0 ] && ! own_filter_is "$REF_FILTER"; then
    echo
    echo "can-fail companion: the same through --filter=$REF_FILTER (must go wrong)"
    for c in off/newstyle fast/newstyle connection/newstyle connection/oldstyle; do
        level="${c%/*}" style="${c#*/}"
        if scenario "$REF_FILTER" "$level" "$style"; then
            failures+=("--filter=$REF_FILTER came through track-dirty=$level $style: the scenario did not happen")
        else
            echo "ok: --filter=$REF_FILTER goes wrong as expected: $problems"
        fi
    done
fi

if [ "${#failures[@]}" -ne 0 ]; then
    printf '  %s\n' "${failures[@]}" >&2
    fail "${#failures[@]} scenarios went wrong"
fi
ok "vanishing clients: every track-dirty level"
