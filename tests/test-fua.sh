#!/usr/bin/env bash
# FUA handling.  In emulate mode (explicit, or auto over a plugin without
# multi-conn) a FUA write/zero/trim reaches the plugin without FUA and is
# followed by an emulated flush, so the data is durable AND visible to
# every other connection; the plugin's own FUA flavour (fua=all or
# fua=range) makes no difference.  In the other modes FUA goes to the
# plugin natively: with fua=range only the written range is durable, with
# fua=all every pending write of that connection is, no flush is added,
# and other connections keep their stale caches.  A plugin without FUA
# support stays without it in every mode.

set -euo pipefail
source "$(dirname "$0")/functions.sh"

require nbdkit nbdsh
require_python_nbd
require_python_plugin
require_filter

# Blocks: X (offset 0), Y (4096), Z (8192), T (12288), 512 bytes each.
# S writes P to Z and T and flushes, then goes away.  C reads all four.
# A writes X (no FUA), Y (FUA), zeroes Z (FUA), trims T (FUA).  Then a new
# connection N and the old connection C read all four.  Each block reads
# as 0 (never written), X / Y (A's data), P (S's data) or z (zeroed).
cat > "$tmp/fua.py" <<'EOF'
import os
sock = os.environ["unixsocket"]
BLOCKS = [("X", 0), ("Y", 4096), ("Z", 8192), ("T", 12288)]
DATA = {"X": b"X" * 512, "Y": b"Y" * 512, "P": b"P" * 512}


def conn():
    h = nbd.NBD()
    h.connect_unix(sock)
    return h


def look(h):
    out = []
    for name, off in BLOCKS:
        d = bytes(h.pread(512, off))
        if d == bytes(512):
            out.append(name + "=z" if name in "ZT" else name + "=0")
        else:
            tag = [k for k, v in DATA.items() if v == d]
            out.append(name + "=" + (tag[0] if tag else "?"))
    return " ".join(out)


S = conn()
print("can_fua=%d" % S.can_fua())
if not S.can_fua():
    raise SystemExit(0)
S.pwrite(DATA["P"], 8192)
S.pwrite(DATA["P"], 12288)
S.flush()
S.shutdown()
C = conn()
A = conn()
look(C)
F = nbd.CMD_FLAG_FUA
A.pwrite(DATA["X"], 0)
A.pwrite(DATA["Y"], 4096, F)
A.zero(512, 8192, F)
A.trim(512, 12288, F)
N = conn()
print("new: " + look(N))
print("old: " + look(C))
EOF

# run_fua MODE FUA MULTICONN -> prints the workload's output + stats line
run_fua ()
{
    local mode="$1" fua="$2" mc="$3"
    rm -f "$tmp/stats"
    nbdkit -U - --filter="$FILTER" --filter=stats python "$PLUGIN" \
        fua="$fua" multiconn="$mc" statsfile="$tmp/stats" \
        multi-conn-mode="$mode" \
        --run "$(nbdsh_run "$tmp/fua.py")" 2> "$tmp/err" || {
        cat "$tmp/err" >&2; fail "mode=$mode fua=$fua multiconn=$mc: failed"; }
    echo "stats: $(stats_summary "$tmp/stats")"
}

# expect MODE FUA MULTICONN EXPECTED-OUTPUT
expect ()
{
    local mode="$1" fua="$2" mc="$3" want="$4" got
    got="$(run_fua "$mode" "$fua" "$mc")"
    if [ "$got" != "$want" ]; then
        echo "expected:" >&2; echo "$want" >&2
        echo "got:" >&2; echo "$got" >&2
        fail "mode=$mode fua=$fua multiconn=$mc"
    fi
    ok "mode=$mode fua=$fua multiconn=$mc:" $(echo "$got" | tr '\n' ';')
}

# Emulated: everything A did is durable (N) and visible to C.  Flushes:
# S's flush (1); Y's FUA flushes A (WRITE) and C (READ, dirty group) (2);
# Z's and T's flush A only (1 + 1): 5.  The plugin gets each write once.
emulated="can_fua=1
new: X=X Y=Y Z=z T=z
old: X=X Y=Y Z=z T=z
stats: read=12 write=4 trim=1 zero=1 cache=0 flush=5 extents=0"
# Native, fua=range: X is still only in A's cache; C sees its old cache;
# only S's flush reaches the plugin.
native_range="can_fua=1
new: X=0 Y=Y Z=z T=z
old: X=0 Y=0 Z=P T=P
stats: read=12 write=4 trim=1 zero=1 cache=0 flush=1 extents=0"
# Native, fua=all: Y's FUA also writes back X.
native_all="can_fua=1
new: X=X Y=Y Z=z T=z
old: X=0 Y=0 Z=P T=P
stats: read=12 write=4 trim=1 zero=1 cache=0 flush=1 extents=0"

for fua in range all; do
    expect emulate "$fua" 0 "$emulated"
    expect emulate "$fua" 1 "$emulated"
    expect auto    "$fua" 0 "$emulated"
done
for mode in plugin disable unsafe; do
    expect "$mode" range 0 "$native_range"
    expect "$mode" all   0 "$native_all"
done
expect auto range 1 "$native_range"
expect auto all   1 "$native_all"

# No FUA in the plugin: none advertised whatever the mode.
for mode in auto emulate plugin disable unsafe; do
    expect "$mode" none 0 "can_fua=0
stats: read=0 write=0 trim=0 zero=0 cache=0 flush=0 extents=0"
done

echo "$test_name: all checks passed"
