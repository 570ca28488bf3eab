#!/usr/bin/env bash
# Outside emulate mode, a flush on one export never cleans another
# (flush/own.rs, rule D), whatever multi-conn-exportname says.
#
# Over the file plugin with dir= (one file per export, a plugin that
# advertises multi-conn) and auto mode (which resolves to plugin): a
# write on export "a", a flush on export "b", then a flush on "a".  The
# log filter below shows which connections' flushes reached the plugin:
# "a"'s own flush must.  Through nbdkit's filter, whose group spans the
# exports with exportname=false, the write on "a" is never flushed: the
# same scenario must fail there.  Then, over a plugin without multi-conn,
# multi-conn-track-dirty=fast outside emulate mode is warned about at
# start-up, without -v (and only then).

set -euo pipefail
source "$(dirname "$0")/functions.sh"

require nbdkit nbdsh
require_python_nbd
require_python_plugin
require_filter

mkdir "$tmp/dir"
truncate -s 1M "$tmp/dir/a" "$tmp/dir/b"

cat > "$tmp/scenario.py" <<'PY'
import os
sock = os.environ["unixsocket"]
A, B = nbd.NBD(), nbd.NBD()
A.set_export_name("a")
A.connect_unix(sock)
B.set_export_name("b")
B.connect_unix(sock)
A.pwrite(b"x" * 512, 0)
B.flush()
A.flush()
A.shutdown()
B.shutdown()
PY

# flushes_on_a FILTER [ARGS...]: the plugin flushes the log filter saw on
# export "a"'s connection (the first one opened).
flushes_on_a ()
{
    local filter="$1"; shift
    rm -f "$tmp/log"
    nbdkit -U - --filter="$filter" --filter=log file dir="$tmp/dir" \
        logfile="$tmp/log" "$@" \
        --run "$(nbdsh_run "$tmp/scenario.py")" 2> "$tmp/err" || {
        cat "$tmp/err" >&2; fail "nbdkit failed with --filter=$filter $*"; }
    # The log filter numbers connections from 1 in the order they open.
    grep -c 'connection=1 Flush ' "$tmp/log" || true
}

for exportname in false true; do
    for mode in auto plugin; do
        got="$(flushes_on_a "$FILTER" multi-conn-mode=$mode multi-conn-exportname=$exportname)"
        [ "$got" = 1 ] ||
            fail "mode=$mode exportname=$exportname: export a was flushed $got times, expected 1"
        echo "mode=$mode exportname=$exportname: export a's flush reached the plugin"
    done
done
got="$(flushes_on_a "$REF_FILTER" multi-conn-mode=plugin multi-conn-exportname=false)"
[ "$got" = 0 ] ||
    fail "nbdkit's filter flushed export a $got times: the scenario no longer shows the hole"
echo "through nbdkit's filter export a's write was never flushed (the scenario can fail)"

cat > "$tmp/connect.py" <<'PY'
import os
h = nbd.NBD()
h.connect_unix(os.environ["unixsocket"])
h.flush()
h.shutdown()
PY

# The warning for fast tracking outside emulate mode over a plugin that
# does not advertise multi-conn, and no warning elsewhere.
warned ()
{
    nbdkit -U - --filter="$FILTER" python "$PLUGIN" "$@" \
        --run "$(nbdsh_run "$tmp/connect.py")" 2> "$tmp/err" || {
        cat "$tmp/err" >&2; fail "nbdkit failed with $*"; }
    grep -c 'multiconn: warning: multi-conn-track-dirty=fast' "$tmp/err" || true
}
for args in "multiconn=0 multi-conn-mode=plugin 1" "multiconn=0 multi-conn-mode=disable 1" \
            "multiconn=0 multi-conn-mode=unsafe 1" "multiconn=1 multi-conn-mode=plugin 0" \
            "multiconn=0 multi-conn-mode=emulate 0" "multiconn=0 multi-conn-mode=auto 0"; do
    set -- $args
    got="$(warned "$1" "$2" multi-conn-track-dirty=fast)"
    [ "$got" = "$3" ] || fail "$1 $2 fast: warned $got times, expected $3"
    echo "$1 $2 fast: warned $got times"
done
got="$(warned multiconn=0 multi-conn-mode=plugin multi-conn-track-dirty=connection)"
[ "$got" = 0 ] || fail "connection tracking warned"
ok
