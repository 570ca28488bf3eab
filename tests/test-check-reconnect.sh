#!/usr/bin/env bash
# Connections that disconnect and reconnect: a write completed on a
# connection that then disconnects is still covered by a later flush on
# any other connection.
#
# tests/plugins/bigcache.py with close_writeback=0 drops the dirty blocks
# of a closing connection (nothing is written back unless flushed).  With
# --workload reconnect:
#
# 1. through nbdkit's own filter in emulate mode (which does not flush a
#    closing connection) the checker reports stale reads and names the
#    disconnect between the write and the flush;
# 2. without any filter: the same;
# 3. through $FILTER in emulate mode, which writes back a closing
#    connection: clean;
# 4. with close_writeback=1 through $FILTER: clean (the checker's rule
#    does not blame a reconnect by itself).

set -euo pipefail
source "$(dirname "$0")/functions.sh"
require_checker

args=(-w reconnect -t 2 --seed 1)
plugin=(python "$BIGCACHE" close_writeback=0 fill_delay=0)

if have_nbdkit_multi_conn; then
    check_run nbdkit-filter 1 "${args[@]}" -- \
        nbdkit --filter=multi-conn "${plugin[@]}" multi-conn-mode=emulate
    grep -q '^    connection [0-9]* disconnected at .*, in between' \
        "$tmp/nbdkit-filter.out" ||
        fail "nbdkit-filter: the disconnect is not named"
    grep -q '"reconnects": [1-9]' "$tmp/nbdkit-filter.out" ||
        fail "nbdkit-filter: no reconnect in the JSON line"
else
    echo "nbdkit's multi-conn filter is not installed: part 1 not checked"
fi
check_run no-filter 1 "${args[@]}" -- nbdkit "${plugin[@]}"
check_run emulate 0 "${args[@]}" -- \
    nbdkit --filter="$FILTER" "${plugin[@]}" multi-conn-mode=emulate
check_run emulate-close-writeback 0 "${args[@]}" -- \
    nbdkit --filter="$FILTER" python "$BIGCACHE" multi-conn-mode=emulate
ok "reconnects: completed writes of a closed connection are checked"

echo "PASS: $test_name"
