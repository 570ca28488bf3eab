#!/usr/bin/env bash
# Hostile clients beside ordinary ones, for every track-dirty level and
# thread model, emulate mode.
#
# For each of off, fast, connection and each of parallel,
# serialize_all_requests, serialize_requests (the noparallel filter) and
# serialize_connections: nbdkit -f -v -U SOCK, the filter over memory 4M, and
# at the same time
#   - tests/nbd-hostile.py with a fixed seed and iteration budget (writes
#     only in [2M, 4M)): random handshakes, vanishing at random points;
#   - scripts/multiconn-check -k 3 --destructive on [0, 1M) (not under
#     serialize_connections, where connections run one at a time);
#   - tests/keeper.py on [1M, 2M): writes, flushes, reads on the other
#     connection, and at the end checks every write on a new connection.
# Checks: the fuzzer was answered every time, the checker found no
# violation, the keeper kept every write, a new connection is still served
# afterwards, SIGTERM stops nbdkit within MULTICONN_STOP_LIMIT seconds
# (default 1) with status 0, nothing panicked or asserted, and the unload
# statistics end with "members left 0, groups left 0".
#
# MULTICONN_HOSTILE_ITERATIONS (default 500) sets the fuzzer's budget per
# combination, MULTICONN_HOSTILE_SEED (default 17) its seed base,
# MULTICONN_HOSTILE_MATRIX a subset ("LEVEL/MODEL ...", used by the
# valgrind run), MULTICONN_HOSTILE_CHECK_SECONDS (default 2) the checker's
# run time, MULTICONN_HOSTILE_CLIENT_LIMIT (default 30) the seconds after
# which a client is deemed hung.
#
# Can fail: at the end the same fuzzer runs against nbdkit's own
# --filter=multi-conn, which must go down (it aborts when a prepared
# connection skips .finalize; MULTICONN_HOSTILE_COMPANION=0 leaves this out,
# as the valgrind run does).

set -euo pipefail
source "$(dirname "$0")/functions.sh"
source "$(dirname "$0")/server-functions.sh"
require_checker
require_python_nbd

NBDKIT="${NBDKIT:-nbdkit}"
iterations="${MULTICONN_HOSTILE_ITERATIONS:-500}"
seed_base="${MULTICONN_HOSTILE_SEED:-17}"
check_secs="${MULTICONN_HOSTILE_CHECK_SECONDS:-2}"
client_limit="${MULTICONN_HOSTILE_CLIENT_LIMIT:-30}"
M=$((1024 * 1024))

matrix="${MULTICONN_HOSTILE_MATRIX:-}"
if [ -z "$matrix" ]; then
    for model in parallel serialize_all_requests serialize_requests \
                 serialize_connections; do
        for level in off fast connection; do
            matrix="$matrix $level/$model"
        done
    done
fi

# combo LEVEL MODEL SEED: one server, the three clients; sets $problems.
combo ()
{
    local level="$1" model="$2" seed="$3"
    local log="$tmp/nbdkit-$level-$model.log" stop="$tmp/stop-$level-$model"
    local np=() park=() fpid kpid cpid="" rc out
    problems=""
    case "$model" in
        parallel) ;;
        serialize_all_requests) np=(--filter=noparallel) ; np2=serialize=all-requests
                                park=(--park=transmission) ;;
        serialize_requests) np=(--filter=noparallel) ; np2=serialize=requests ;;
        serialize_connections) np=(--filter=noparallel) ; np2=serialize=connections
                               park=(--park=none) ;;
    esac
    echo "--- track-dirty=$level, $model, fuzzer seed $seed"
    start_server "$log" --filter="$FILTER" ${np[@]+"${np[@]}"} memory 4M \
        ${np[@]+"$np2"} multi-conn-mode=emulate multi-conn-track-dirty="$level"

    timeout "$client_limit" /usr/bin/python3 "$top/tests/nbd-hostile.py" \
        --socket "$sock" --seed "$seed" --iterations "$iterations" \
        --write-area $((2 * M)):$((2 * M)) ${park[@]+"${park[@]}"} \
        > "$tmp/fuzz.out" 2>&1 &
    fpid=$!
    rm -f "$stop"
    if [ "$model" = serialize_connections ]; then
        timeout "$client_limit" /usr/bin/python3 "$top/tests/keeper.py" \
            "$uri" "$stop" "$M" 256 serial > "$tmp/keeper.out" 2>&1 &
        kpid=$!
    else
        timeout "$client_limit" /usr/bin/python3 "$top/tests/keeper.py" \
            "$uri" "$stop" "$M" 256 parallel > "$tmp/keeper.out" 2>&1 &
        kpid=$!
        timeout "$client_limit" "$check" -k 3 -t "$check_secs" \
            --seed "$seed" --blocks 256 --block-size 4096 --destructive "$uri" \
            > "$tmp/check.out" 2>&1 &
        cpid=$!
    fi

    rc=0; wait "$fpid" || rc=$?
    grep -E '^nbd-hostile: [0-9]+ iterations|^replay:|vanished before a reply|FAILED' \
        "$tmp/fuzz.out" | sed 's/^/  /' || :
    if [ "$rc" != 0 ]; then
        problems="$problems; fuzzer exit $rc (server stopped answering)"
        # Do not wait for the other clients' time limits.
        kill -TERM "$kpid" $cpid 2>/dev/null || :
    fi
    touch "$stop"
    rc=0; wait "$kpid" || rc=$?
    sed 's/^/  /' "$tmp/keeper.out" | tail -n 5
    [ "$rc" = 0 ] || problems="$problems; keeper exit $rc"
    if [ -n "$cpid" ]; then
        rc=0; wait "$cpid" || rc=$?
        grep -iE 'violation|requests|error' "$tmp/check.out" | head -n 5 |
            sed 's/^/  /' || :
        [ "$rc" = 0 ] || problems="$problems; multiconn-check exit $rc"
    fi

    # Still serving?
    if out="$(timeout 20 nbdsh -u "$uri" -c 'print(len(h.pread(512, 0)))' 2>&1)" &&
       [ "$out" = 512 ]; then
        echo "  a new connection is served"
    else
        problems="$problems; a new connection is not served ($out)"
    fi

    stop_server
    echo "  SIGTERM: exit status $server_rc after $stop_ms ms"
    [ "$stop_hung" = 0 ] || problems="$problems; SIGTERM did not stop nbdkit"
    [ "$stop_late" = 0 ] || [ "$stop_hung" = 1 ] ||
        problems="$problems; SIGTERM took ${stop_ms} ms"
    [ "$server_rc" = 0 ] || problems="$problems; nbdkit exit status $server_rc"
    if grep -E 'Assertion|Segmentation|panicked' "$log" | head -n 3 | sed 's/^/  /' |
            grep .; then
        problems="$problems; a crash or panic in the log"
    fi
    if own_filter; then
        echo "  $(stats_line "$log")"
        [ "$(left_counts "$log")" = "members left 0, groups left 0" ] ||
            problems="$problems; stats line lacks 'members left 0, groups left 0'"
    fi
    problems="${problems#; }"
    [ -z "$problems" ]
}

failures=()
i=0
for c in $matrix; do
    level="${c%/*}" model="${c#*/}"
    if combo "$level" "$model" $((seed_base * 100 + i)); then
        echo "ok: track-dirty=$level $model"
    else
        echo "FAILED: track-dirty=$level $model: $problems"
        failures+=("$level/$model: $problems")
    fi
    i=$((i + 1))
done

# Can fail: the same fuzzer takes nbdkit's own filter down (it aborts in
# multi_conn_close when a prepared connection skips .finalize).
if [ "${MULTICONN_HOSTILE_COMPANION:-1}" != 0 ] && ! FILTER="$REF_FILTER" own_filter; then
    echo "--- can-fail companion: --filter=$REF_FILTER, parallel, fuzzer seed $seed_base"
    start_server "$tmp/ref.log" --filter="$REF_FILTER" memory 4M \
        multi-conn-mode=emulate
    rc=0
    timeout "$client_limit" /usr/bin/python3 "$top/tests/nbd-hostile.py" \
        --socket "$sock" --seed "$seed_base" --iterations "$iterations" \
        --timeout 5 > "$tmp/fuzz.out" 2>&1 || rc=$?
    grep -E '^nbd-hostile: [0-9]+ iterations' "$tmp/fuzz.out" | sed 's/^/  /' || :
    stop_server
    grep -E 'Assertion' "$tmp/ref.log" | head -n 1 | sed 's/^/  /' || :
    echo "  fuzzer exit $rc, nbdkit exit $server_rc"
    if [ "$rc" != 0 ] || [ "$server_rc" != 0 ]; then
        echo "ok: --filter=$REF_FILTER goes down as expected"
    else
        failures+=("--filter=$REF_FILTER came through the fuzzer: it cannot fail")
    fi
fi

if [ "${#failures[@]}" -ne 0 ]; then
    printf '  %s\n' "${failures[@]}" >&2
    fail "${#failures[@]} combinations went wrong"
fi
ok "hostile clients: $(echo $matrix | wc -w) combinations, $iterations fuzzer iterations each"
