#!/usr/bin/env bash
# Debug output of the filter under nbdkit -v:
#   - one prepare line per connection with the resolved mode and reason;
#   - one "flushed F of T connections (O again after an overlapping read),
#     skipped S" line per emulated flush,
#     with the numbers a small scripted workload must give;
#   - the stats line at unload, whose plugin flush count also matches
#     nbdkit's stats filter placed below the filter;
#   - per-request trace lines only with -D multiconn.trace=1.
# These messages are this project's own: skipped for nbdkit's filter.

set -euo pipefail
source "$(dirname "$0")/functions.sh"
require_filter
require_python_plugin
require_python_nbd
own_filter || skip "debug messages are specific to this project's filter"

NBDKIT="${NBDKIT:-nbdkit}"
failures=0
check ()
{
    if [ "$1" = "$2" ]; then
        echo "ok: $3"
    else
        echo "FAILED: $3"
        echo "    got:      $1"
        echo "    expected: $2"
        failures=$((failures + 1))
    fi
}

# Three connections A, B, C (connected in that order):
#   1. A reads              -> A: READ
#   2. B writes             -> B: WRITE, group dirty
#   3. B flushes            -> B and A flushed: 2 of 3, skipped 1 (C has
#                              sent no request yet, but joined its group
#                              when it was prepared: it needs nothing)
#   4. C flushes            -> nothing to do:  0 of 3, skipped 3 (elided)
#   5. C writes with FUA    -> emulated flush of C only: 1 of 3, skipped 2
#   6. A, B read; C zeroes; A flushes -> all three: 3 of 3, skipped 0
# Totals: client flushes 4 (3 flushes + 1 FUA), plugin flushes 6,
# elided 1, replicated 3 (A in 3, B and C in 6).
cat > "$tmp/workload.py" <<'EOF'
import sys
import nbd
sock = sys.argv[1]
A, B, C = nbd.NBD(), nbd.NBD(), nbd.NBD()
for h in (A, B, C):
    h.connect_unix(sock)
A.pread(512, 0)
B.pwrite(b"b" * 512, 512)
B.flush()
C.flush()
C.pwrite(b"c" * 512, 1024, nbd.CMD_FLAG_FUA)
A.pread(512, 512)
B.pread(512, 1024)
C.zero(512, 2048)
A.flush()
for h in (A, B, C):
    h.shutdown()
EOF

run_workload ()   # LOG STATSFILE [NBDKIT-OPTION...] [-- PARAM...]
{
    local log="$1" statsfile="$2" opts=()
    shift 2
    while [ $# -gt 0 ] && [ "$1" != -- ]; do opts+=("$1"); shift; done
    [ $# -gt 0 ] && shift
    "$NBDKIT" -v "${opts[@]}" -U - --filter="$FILTER" --filter=stats \
        python "$PLUGIN" statsfile="$statsfile" "$@" \
        --run '/usr/bin/python3 "$tmp/workload.py" "$unixsocket"' \
        2> "$log" || { tail -n 30 "$log"; fail "workload failed"; }
}

for mode in emulate auto; do
    echo "--- multi-conn-mode=$mode"
    log="$tmp/$mode.log"
    if [ "$mode" = auto ]; then
        run_workload "$log" "$tmp/$mode.stats"
        reason="auto -> emulate (plugin lacks multi-conn)"
    else
        run_workload "$log" "$tmp/$mode.stats" -- multi-conn-mode=emulate
        reason="emulate -> emulate (configured)"
    fi

    # Prepare lines: three connections, in connection order.
    prep="$(sed -n 's/.*debug: multiconn: \(connection #[0-9]* export ".*": mode .*\)$/\1/p' "$log")"
    ids=($(sed -n 's/^connection #\([0-9]*\) .*/\1/p' <<< "$prep"))
    check "${#ids[@]}" 3 "three prepare lines"
    [ "${#ids[@]}" -eq 3 ] || continue
    a=${ids[0]} b=${ids[1]} c=${ids[2]}
    check "$(sed 's/^connection #[0-9]* //' <<< "$prep" | sort -u)" \
        "export \"\": mode $reason" "prepare lines: mode $reason"

    # One line per emulated flush, in order.
    got="$(sed -n 's/.*debug: multiconn: \(flush from connection .*\)$/\1/p' "$log")"
    again="(0 again after an overlapping read)"
    want="flush from connection #$b export \"\": flushed 2 of 3 connections $again, skipped 1
flush from connection #$c export \"\": flushed 0 of 3 connections $again, skipped 3
flush from connection #$c export \"\": flushed 1 of 3 connections $again, skipped 2
flush from connection #$a export \"\": flushed 3 of 3 connections $again, skipped 0"
    check "$got" "$want" "flush lines (4 emulated flushes)"

    # Stats at unload.
    stats="$(sed -n 's/.*debug: multiconn: stats: \(.*\)$/\1/p' "$log")"
    check "$(sed 's/, slowest replicated flush [0-9]* us, / ... /' <<< "$stats")" \
        "client flushes 4, plugin flushes 6, elided 1, shared 0, replicated 3, again after an overlapping read 0, owed drops made 0 ... close write-backs 0, failed close write-backs 0, members left 0, groups left 0" \
        "stats line: $stats"
    check "$(stats_flushes "$tmp/$mode.stats")" 6 \
        "stats filter below counts 6 plugin flushes"

    # No trace without the debug flag.
    check "$(grep -c 'multiconn: trace:' "$log" || true)" 0 \
        "no trace lines without -D multiconn.trace=1"
done

echo "--- other resolutions of auto"
for args in "multiconn=1|auto -> plugin (plugin supports multi-conn)" \
            "multiconn=1 thread_model=serialize_connections|auto -> disable (thread model serializes connections)" \
            "multiconn=0 thread_model=serialize_connections|auto -> disable (thread model serializes connections)"; do
    IFS='|' read -r pargs reason <<< "$args"
    # shellcheck disable=SC2086
    "$NBDKIT" -v -U - --filter="$FILTER" python "$PLUGIN" $pargs \
        --run '/usr/bin/python3 -c "import nbd,sys; h=nbd.NBD(); h.connect_unix(sys.argv[1]); h.shutdown()" "$unixsocket"' \
        2> "$tmp/auto.log" || fail "connection with $pargs failed"
    got="$(sed -n 's/.*debug: multiconn: connection #[0-9]* export "": mode \(.*\)$/\1/p' "$tmp/auto.log")"
    check "$got" "$reason" "$pargs: mode $reason"
done

echo "--- -D multiconn.trace=1"
run_workload "$tmp/trace.log" "$tmp/trace.stats" -D multiconn.trace=1 \
    -- multi-conn-mode=emulate
ntrace=$(grep -c 'multiconn: trace:' "$tmp/trace.log" || true)
echo "trace lines: $ntrace"
[ "$ntrace" -gt 0 ] && check ok ok "trace lines present" ||
    check "$ntrace" ">0" "trace lines present"
for op in pread pwrite zero; do
    n=$(grep -c "multiconn: trace: .* $op " "$tmp/trace.log" || true)
    [ "$n" -gt 0 ] && check ok ok "trace shows $op ($n)" ||
        check 0 ">0" "trace shows $op"
done
check "$(grep -c 'multiconn: flush from connection' "$tmp/trace.log" || true)" 4 \
    "flush lines still there with tracing"

[ "$failures" -eq 0 ] || fail "$failures checks failed"
ok "debug output"
