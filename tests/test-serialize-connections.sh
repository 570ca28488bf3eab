#!/usr/bin/env bash
# Under the serialize_connections thread model only one client can be
# connected at a time, so there is nothing to make consistent: auto
# resolves to disable (even over a plugin that has multi-conn, and even
# over a plugin that cannot flush).  nbdkit itself never advertises
# multi-conn under this thread model, whatever the filter says, so the
# modes are told apart by their flushes: explicit emulate still turns a
# FUA write into an emulated flush.

set -euo pipefail
source "$(dirname "$0")/functions.sh"

require nbdkit nbdsh nbdinfo
require_python_nbd
require_python_plugin
require_filter

# One connection at a time: conn 0 writes and flushes, conn 1 reads the
# data back and flushes, conn 2 writes with FUA.
cat > "$tmp/seq.py" <<'EOF'
import os
sock = os.environ["unixsocket"]
for i in range(3):
    h = nbd.NBD()
    h.connect_unix(sock)
    print("conn %d multi_conn=%d flush=%d" % (i, h.can_multi_conn(),
                                              h.can_flush()))
    if i == 0:
        h.pwrite(b"s" * 512, 0)
        if h.can_flush():
            h.flush()
    elif i == 1:
        assert h.pread(512, 0) == b"s" * 512, "data lost between connections"
        if h.can_flush():
            h.flush()
    else:
        h.pwrite(b"f" * 512, 512, nbd.CMD_FLAG_FUA)
    h.shutdown()
print("done")
EOF

# run ARGS... -> output of seq.py, stats line, -v stderr in $tmp/err
run ()
{
    rm -f "$tmp/stats"
    nbdkit -U - -v --filter="$FILTER" --filter=stats python "$PLUGIN" \
        thread_model=serialize_connections statsfile="$tmp/stats" "$@" \
        --run "$(nbdsh_run "$tmp/seq.py")" 2> "$tmp/err" || {
        grep -v 'debug:' "$tmp/err" >&2
        fail "$*: server or client failed"; }
    echo "flushes=$(stats_flushes "$tmp/stats")"
}

# expect WANT_MC WANT_FLUSH_ADV WANT_FLUSHES ARGS...
expect ()
{
    local mc="$1" fl="$2" nf="$3" out; shift 3
    out="$(run "$@")"
    local want="conn 0 multi_conn=$mc flush=$fl
conn 1 multi_conn=$mc flush=$fl
conn 2 multi_conn=$mc flush=$fl
done
flushes=$nf"
    if [ "$out" != "$want" ]; then
        echo "expected:" >&2; echo "$want" >&2
        echo "got:" >&2; echo "$out" >&2
        fail "thread_model=serialize_connections $*"
    fi
    ok "serialize_connections ${*:-(defaults)}: multi_conn=$mc, $nf plugin flushes"
}

# Flush counts: conn 0 writes and flushes -> forwarded (1).  conn 1 comes
# after conn 0 has gone.  Over a plugin that advertises multi-conn
# (multiconn=1), or with fast tracking, conn 0's flush cleaned the export,
# so conn 1's flush is elided (1 in all).  Over one that does not, a flush
# on one handle cannot clean the export (rule G), so the export still
# owes a flush when conn 0 leaves, and keeps that debt for the next
# connection (rule E): conn 1's flush goes to the plugin (2).  A flush
# too many, never one too few.  With tracking off every flush goes (2).
# conn 2's FUA write goes to the plugin as FUA, except in emulate mode,
# where it is followed by an emulated flush of conn 2 (+1).
expect 0 1 2
expect 0 1 2 multi-conn-mode=auto
expect 0 1 1 multi-conn-mode=auto multiconn=1
expect 0 1 2 multi-conn-mode=auto multi-conn-exportname=true
expect 0 1 1 multi-conn-mode=auto multi-conn-track-dirty=fast
expect 0 1 2 multi-conn-mode=auto multi-conn-track-dirty=off
# A plugin without flush is fine: auto does not emulate here.
expect 0 0 0 multi-conn-mode=auto flush=0
if own_filter; then
    grep -qE 'multiconn: connection #[0-9]+ export "": mode auto -> disable \(thread model serializes connections\)' "$tmp/err" ||
        fail "no 'mode auto -> disable (thread model serializes connections)' debug line"
    ok "debug line: mode auto -> disable (thread model serializes connections)"
fi
# Explicit modes are honoured (emulate over a plugin without flush
# refuses the connection: see test-emulate-noflush.sh).
expect 0 1 2 multi-conn-mode=emulate
expect 0 1 2 multi-conn-mode=emulate multiconn=1
expect 0 1 3 multi-conn-mode=emulate multi-conn-track-dirty=off
expect 0 1 2 multi-conn-mode=unsafe
expect 0 1 2 multi-conn-mode=plugin
expect 0 1 1 multi-conn-mode=plugin multiconn=1
expect 0 1 2 multi-conn-mode=disable multiconn=1 multi-conn-track-dirty=off

# The thread model may also come from a filter: noparallel above or below
# the filter.  One FUA write over a plugin without multi-conn: auto ->
# disable keeps the FUA (no flush); under serialize=requests auto ->
# emulate turns it into an emulated flush (1).
cat > "$tmp/fua.py" <<'EOF'
import os
h = nbd.NBD()
h.connect_unix(os.environ["unixsocket"])
h.pwrite(b"f" * 512, 0, nbd.CMD_FLAG_FUA)
EOF
for order in above below; do
    for m in connections:0 requests:1; do
        ser="${m%:*}" want="${m#*:}"
        if [ "$order" = above ]; then
            filters=(--filter=noparallel --filter="$FILTER" --filter=stats)
        else
            filters=(--filter="$FILTER" --filter=noparallel --filter=stats)
        fi
        rm -f "$tmp/stats"
        nbdkit -U - "${filters[@]}" python "$PLUGIN" serialize="$ser" \
            statsfile="$tmp/stats" --run "$(nbdsh_run "$tmp/fua.py")" ||
            fail "noparallel serialize=$ser $order: failed"
        got="$(stats_flushes "$tmp/stats")"
        [ "$got" = "$want" ] ||
            fail "noparallel serialize=$ser $order the filter: $got plugin flushes, expected $want"
        ok "noparallel serialize=$ser $order the filter: $got plugin flushes"
    done
done

echo "$test_name: all checks passed"
