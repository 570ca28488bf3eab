#!/usr/bin/env bash
# Under multi-conn-mode=auto, connections of one export whose plugin
# answers can_multi_conn differently take one mode, the first connection's
# (issue 29, finding 2; flush/own.rs rule H).
#
# Over wbcache (a cache per handle) answering multi-conn on every other
# handle: two clients connect, the second writes, the first flushes.
# - multiconn=even: handle 1 answers 0, so the export is emulated; handle
#   2, which answered 1, is emulated too: both clients are told multi-conn,
#   and the first client's flush writes the second's handle back ("flush
#   2" in the plugin's log; handle 1 wrote nothing, so it is not flushed).
# - multiconn=odd: handle 1 answers 1, so the export is in plugin mode;
#   handle 2 (answered 0) is in plugin mode too and its client is told no
#   multi-conn; the first client's flush, after the second's write, goes
#   to the plugin ("flush 1").
#
# Can fail: with a mode per connection (the engine before rule H), both
# cases flush nothing: the flushing connection's group is clean.

set -euo pipefail
source "$(dirname "$0")/functions.sh"

require nbdkit nbdsh
require_python_nbd
require_python_plugin
require_filter

cat > "$tmp/scenario.py" <<'PY'
import os
sock = os.environ["unixsocket"]
A = nbd.NBD()
A.connect_unix(sock)
B = nbd.NBD()
B.connect_unix(sock)
print("multi-conn %d %d" % (A.can_multi_conn(), B.can_multi_conn()))
B.pwrite(b"x" * 512, 0)
A.flush()
A.shutdown()
B.shutdown()
PY

# run ANSWERS: what the clients saw, then the plugin's flushes before any
# handle closed.
run ()
{
    rm -f "$tmp/flushes"
    nbdkit -v -U - --filter="$FILTER" python "$PLUGIN" multiconn="$1" \
        flush_log="$tmp/flushes" multi-conn-mode=auto \
        --run "$(nbdsh_run "$tmp/scenario.py")" 2> "$tmp/err" || {
        cat "$tmp/err" >&2; fail "multiconn=$1: nbdkit failed"; }
    sed -n '/^close/q;p' "$tmp/flushes" | cut -d' ' -f1,2 | sort -u | tr '\n' ' '
}

got="$(run even)"
exp="multi-conn 1 1
flush 2 "
[ "$got" = "$exp" ] || {
    cat "$tmp/err" >&2; fail "multiconn=even: expected '$exp', got '$got'"; }
grep -q 'mode auto -> emulate (the export.s mode, chosen by its first connection)' "$tmp/err" ||
    fail "multiconn=even: no debug line for the second connection's mode"
ok "multiconn=even: the export is emulated, and its flush reaches both handles"

got="$(run odd)"
exp="multi-conn 1 0
flush 1 "
[ "$got" = "$exp" ] || {
    cat "$tmp/err" >&2; fail "multiconn=odd: expected '$exp', got '$got'"; }
grep -q 'mode auto -> plugin (the export.s mode, chosen by its first connection)' "$tmp/err" ||
    fail "multiconn=odd: no debug line for the second connection's mode"
ok "multiconn=odd: the export is in plugin mode, and the flush reaches the plugin"
