# Functions for tests that run one long-lived nbdkit server on a Unix socket
# (nbdkit -f -v -U SOCK, in the background) instead of nbdkit --run.
# Source it after tests/functions.sh:
#
#   source "$(dirname "$0")/functions.sh"
#   source "$(dirname "$0")/server-functions.sh"
#
#   start_server LOG NBDKIT-ARGS...   start "${NBDKIT:-nbdkit} -f -v -U $sock"
#   stop_server                       SIGTERM, wait, set stop_* (see below)
#   stats_line LOG                    the filter's unload statistics line
#   left_counts LOG                   "members left N, groups left N" or ""
#
# The server's process id is $server_pid, its socket $sock, its URI $uri.

# Seconds a server may take to exit after SIGTERM (the lifecycle issue asks
# for one second; valgrind runs raise it).
: "${MULTICONN_STOP_LIMIT:=1}"

server_pid=""
cleanup_add 'if [ -n "$server_pid" ]; then kill -KILL "$server_pid" 2>/dev/null; fi'

# start_server LOG ARGS...: start nbdkit in the foreground of a background
# job, its stderr (the -v log) in LOG; wait until the socket exists.  Fails
# the test if the server dies or the socket does not appear in 60 s; with
# start_soft=1, a server that exits at start-up returns 1 instead.
start_server ()
{
    local log="$1" i; shift
    sock="$tmp/sock.$RANDOM"
    uri="nbd+unix:///?socket=$sock"
    rm -f "$sock"
    "${NBDKIT:-nbdkit}" -f -v -U "$sock" "$@" 2> "$log" &
    server_pid=$!
    for i in $(seq 600); do
        [ -S "$sock" ] && return 0
        kill -0 "$server_pid" 2>/dev/null || {
            grep -E 'error|Error' "$log" | tail -n 5 >&2
            server_pid=""
            [ "${start_soft:-0}" = 1 ] && {
                echo "nbdkit $* exited at start-up" >&2; return 1; }
            fail "nbdkit $* exited at start-up"; }
        sleep 0.1
    done
    fail "nbdkit $* did not create its socket in 60 s"
}

# stop_server: send SIGTERM and poll (every 20 ms) for the exit.  Sets
#   stop_ms      milliseconds from SIGTERM to exit (or to giving up)
#   stop_late    1 if it took longer than MULTICONN_STOP_LIMIT seconds
#   stop_hung    1 if it had not exited MULTICONN_HUNG_LIMIT seconds
#                (default 5) after SIGTERM (then SIGKILL)
#   server_rc    its exit status (128+N: killed by signal N)
stop_server ()
{
    local t0 now limit_ms=$((MULTICONN_STOP_LIMIT * 1000))
    stop_late=0 stop_hung=0 server_rc=""
    [ -n "$server_pid" ] || { server_rc=0; stop_ms=0; return 0; }
    t0=$(date +%s%N)
    kill -TERM "$server_pid" 2>/dev/null || :
    while kill -0 "$server_pid" 2>/dev/null; do
        now=$(date +%s%N)
        stop_ms=$(( (now - t0) / 1000000 ))
        if [ "$stop_ms" -gt $(( ${MULTICONN_HUNG_LIMIT:-5} * 1000 )) ]; then
            stop_hung=1
            kill -KILL "$server_pid" 2>/dev/null || :
            break
        fi
        sleep 0.02
    done
    now=$(date +%s%N)
    stop_ms=$(( (now - t0) / 1000000 ))
    [ "$stop_ms" -le "$limit_ms" ] || stop_late=1
    server_rc=0
    wait "$server_pid" 2>/dev/null || server_rc=$?
    server_pid=""
}

# stats_line LOG: the "multiconn: stats: ..." line (empty if none).
stats_line ()
{
    grep -o 'multiconn: stats: .*' "$1" | tail -n 1 || :
}

# left_counts LOG: "members left N, groups left N" from the stats line.
left_counts ()
{
    stats_line "$1" | grep -o 'members left [0-9]*, groups left [0-9]*' || :
}

# stats_field LOG NAME: the number after NAME in the stats line (empty if
# the field is missing), e.g. stats_field "$log" "close write-backs".
stats_field ()
{
    stats_line "$1" | sed -n "s/.*[:,] $2 \([0-9][0-9]*\).*/\1/p"
}
