#!/usr/bin/env bash
# Block status is a read: over tests/plugins/extcache.py, which caches
# block status per connection until that connection's flush, connection B
# asks for block status (a hole), A writes and flushes, B asks again and
# must be told the block holds data.  A copy on B that skips what block
# status calls holes (as nbdcopy does) must then get A's data.  Through
# this filter in emulate mode (and auto, which emulates over this plugin),
# for every tracking level, with the cache filled at the first request and
# at open; through nbdkit's filter the same scenario must fail (B keeps its
# stale "hole").  (nbdcopy itself opens fresh connections, whose caches
# are empty; the copy below skips holes on B the way nbdcopy does.)

set -euo pipefail
source "$(dirname "$0")/functions.sh"

require nbdkit nbdsh
require_python_nbd
require_python_plugin
require_filter

EXT="$top/tests/plugins/extcache.py"

cat > "$tmp/scenario.py" <<'PY'
import os
sock = os.environ["unixsocket"]
A, B = nbd.NBD(), nbd.NBD()
for h in (A, B):
    h.add_meta_context(nbd.CONTEXT_BASE_ALLOCATION)
    h.connect_unix(sock)
size = B.get_size()

def holes(h):
    """The 4 KiB blocks block status calls holes."""
    seen = set()
    def cb(meta, offset, entries, err):
        pos = offset
        for i in range(0, len(entries), 2):
            length, flags = entries[i], entries[i + 1]
            if flags & nbd.STATE_HOLE:
                seen.update(range(pos // 4096, (pos + length) // 4096))
            pos += length
        return 0
    h.block_status(size, 0, cb)
    return seen

def copy(h):
    """Copy the export skipping holes, as nbdcopy does."""
    out = bytearray(size)
    skip = holes(h)
    for b in range(size // 4096):
        if b not in skip:
            out[b * 4096:(b + 1) * 4096] = h.pread(4096, b * 4096)
    return bytes(out)

before = 0 in holes(B)
A.pwrite(b"d" * 4096, 0)
A.flush()
after = 0 in holes(B)
copied = copy(B)[:4096] == b"d" * 4096
print("hole before %s, hole after %s, copy has the data %s" % (before, after, copied))
PY

# run FILTER ARGS...: the scenario's line.
run ()
{
    local filter="$1"; shift
    nbdkit -U - --filter="$filter" python "$EXT" "$@" \
        --run "$(nbdsh_run "$tmp/scenario.py")" 2> "$tmp/err" || {
        cat "$tmp/err" >&2; fail "nbdkit failed with --filter=$filter $*"; }
}

# A connection whose client has sent nothing yet: B caches block status
# when it opens (at_open=1) and asks only after A's write and flush.  With
# multi-conn-track-dirty=off (and fast), which promise to reach every
# connection, B is flushed although it sent no request; with connection
# tracking nothing marks B, so it keeps its stale map: the scenario can
# fail.
cat > "$tmp/idle.py" <<'PY'
import os
sock = os.environ["unixsocket"]
A, B = nbd.NBD(), nbd.NBD()
for h in (A, B):
    h.add_meta_context(nbd.CONTEXT_BASE_ALLOCATION)
    h.connect_unix(sock)
A.pwrite(b"d" * 4096, 0)
A.flush()
hole = []
def cb(meta, offset, entries, err):
    hole.append(bool(entries[1] & nbd.STATE_HOLE))
    return 0
B.block_status(4096, 0, cb)
print("idle connection sees a hole %s" % hole[0])
PY
for track in off fast connection; do
    got="$(nbdkit -U - --filter="$FILTER" python "$EXT" at_open=1 \
        multi-conn-mode=emulate multi-conn-track-dirty=$track \
        --run "$(nbdsh_run "$tmp/idle.py")")"
    echo "idle connection, track=$track: $got"
    case "$track:$got" in
        off:*False|fast:*False|connection:*True) ;;
        *) fail "idle connection, track=$track: $got" ;;
    esac
done

good="hole before True, hole after False, copy has the data True"
for at_open in 0 1; do
    for mode in auto emulate; do
        for track in connection fast off; do
            got="$(run "$FILTER" at_open=$at_open multi-conn-mode=$mode multi-conn-track-dirty=$track)"
            echo "at_open=$at_open mode=$mode track=$track: $got"
            [ "$got" = "$good" ] || fail "at_open=$at_open mode=$mode track=$track: $got"
        done
    done
    got="$(run "$REF_FILTER" at_open=$at_open multi-conn-mode=emulate)"
    echo "nbdkit's filter, at_open=$at_open: $got"
    [ "$got" != "$good" ] ||
        fail "nbdkit's filter passed: the scenario no longer shows stale block status"
done
ok
