#!/usr/bin/env bash
# A flush covers the writes of connections that have closed (issue 29,
# finding 1; flush/own.rs rule E, flush/emulate.rs rule 7).
#
# Over the file plugin (which advertises multi-conn; its connections share
# the page cache) with the log filter below this one: a client connects,
# writes, and disconnects without flushing, so no connection to the export
# is left; then a second client connects and flushes.  Its flush must
# reach the plugin (the log filter numbers connections from 1, so
# "connection=2 Flush"), in auto and plugin mode, with connection and fast
# tracking, with exportname=true, in unsafe mode, and in emulate mode with
# multi-conn-close=none.  Then nbdkit -v shows the file plugin's own flush
# and the statistics ("plugin flushes 1, elided 0").
#
# Can fail: through nbdkit's own --filter=multi-conn (plugin and unsafe
# mode) the second client's flush never reaches the plugin.

set -euo pipefail
source "$(dirname "$0")/functions.sh"

require nbdkit nbdsh
require_python_nbd
require_filter

truncate -s 1M "$tmp/disk"

cat > "$tmp/scenario.py" <<'PY'
import os
sock = os.environ["unixsocket"]
A = nbd.NBD()
A.connect_unix(sock)
A.pwrite(b"x" * 512, 0)
A.shutdown()
B = nbd.NBD()
B.connect_unix(sock)
B.flush()
B.shutdown()
PY

# second_flushes FILTER [ARGS...]: the plugin flushes the log filter saw
# on the second connection.
second_flushes ()
{
    local filter="$1"; shift
    rm -f "$tmp/log"
    nbdkit -U - --filter="$filter" --filter=log file "$tmp/disk" \
        logfile="$tmp/log" "$@" \
        --run "$(nbdsh_run "$tmp/scenario.py")" 2> "$tmp/err" || {
        cat "$tmp/err" >&2; fail "nbdkit failed with --filter=$filter $*"; }
    grep -c 'connection=2 Flush ' "$tmp/log" || true
}

for args in "multi-conn-mode=auto" "multi-conn-mode=plugin" \
            "multi-conn-mode=auto multi-conn-track-dirty=fast" \
            "multi-conn-mode=plugin multi-conn-exportname=true" \
            "multi-conn-mode=unsafe" \
            "multi-conn-mode=emulate multi-conn-close=none"; do
    # shellcheck disable=SC2086
    got="$(second_flushes "$FILTER" $args)"
    [ "$got" = 1 ] ||
        fail "$args: the second client's flush reached the plugin $got times, expected 1"
    echo "$args: the second client's flush reached the plugin"
done

# The same under -v, without the log filter: the file plugin's own flush,
# and the statistics at unload.
nbdkit -v -U - --filter="$FILTER" file "$tmp/disk" \
    --run "$(nbdsh_run "$tmp/scenario.py")" 2> "$tmp/verbose" || {
    tail -n 20 "$tmp/verbose" >&2; fail "nbdkit -v failed"; }
grep -q 'file: flush' "$tmp/verbose" ||
    fail "nbdkit -v shows no 'file: flush' after the reconnect"
if own_filter; then
    grep -q 'client flushes 1, plugin flushes 1, elided 0' "$tmp/verbose" ||
        fail "the statistics do not say 'client flushes 1, plugin flushes 1, elided 0'"
fi
echo "nbdkit -v: file: flush ran for the reconnected client"

for mode in plugin unsafe; do
    got="$(second_flushes "$REF_FILTER" multi-conn-mode=$mode)"
    [ "$got" = 0 ] ||
        fail "nbdkit's filter ($mode) flushed $got times: the scenario no longer shows the hole"
    echo "through nbdkit's filter ($mode) the second client's flush never reached the plugin (the scenario can fail)"
done
ok
