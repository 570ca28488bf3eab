#!/usr/bin/env bash
# scripts/multiconn-check's block pattern and rules, offline (no server):
# a whole version decodes at once; versions mixed across sectors give the
# lowest and highest; never-written data is version 0; a sector of another
# block, of another writer, with a bad filler, an impossible version or
# the run's marker at the wrong place is a problem; the final check finds
# a stale read after a flush, after a FUA write, a future version, and
# leaves a torn read that overlapped a write alone.  Each case is also run
# the other way (what must not be reported), so the test can fail.

set -euo pipefail
source "$(dirname "$0")/functions.sh"
/usr/bin/python3 -c 'import nbd' 2>/dev/null ||
    skip "python3-libnbd is not installed for /usr/bin/python3"

/usr/bin/python3 - "$top/scripts/multiconn-check" <<'PY'
import importlib.machinery, importlib.util, sys, types

loader = importlib.machinery.SourceFileLoader("mc", sys.argv[1])
spec = importlib.util.spec_from_loader("mc", loader)
mc = importlib.util.module_from_spec(spec)
loader.exec_module(mc)

S = mc.SECTOR
for bs in (4096, 65536):
    k = 4
    p = mc.Pattern(b"12345678", bs, k)
    n = bs // S
    b = 6
    v3 = bytes(p.new_block(b, 3))
    assert len(v3) == bs
    assert p.decode(b, bytearray(v3)) == (3, 3, None)
    # Not the latest buffer: built again.
    v2 = bytes(p.block(b, 2))
    assert p.decode(b, bytearray(v2)) == (2, 2, None)
    # Mixed versions, and old data in the last sector.
    mixed = bytearray(v3)
    mixed[S:2 * S] = v2[:S]
    assert p.decode(b, mixed)[:2] == (2, 3), p.decode(b, mixed)
    mixed[-S:] = bytes(S)
    assert p.decode(b, mixed)[:2] == (0, 3)
    # Never written.
    assert p.decode(b, bytearray(bs)) == (0, 0, None)
    assert p.decode(b, bytearray(b"M" * bs)) == (0, 0, None)

    def problems(data):
        return p.decode(b, data)[2]
    other = bytearray(v3)
    other[S:2 * S] = p.sector(b + 1, 3)
    assert any("claims block %d" % (b + 1) in x for x in problems(other))
    writer = bytearray(v3)
    sec = bytearray(p.sector(b, 3))
    sec[32] ^= 1                       # writer field
    writer[2 * S:3 * S] = sec
    assert any("claims writer" in x for x in problems(writer)), problems(writer)
    filler = bytearray(v3)
    filler[S + 100] ^= 0xFF
    assert any("bad filler" in x for x in problems(filler))
    version = bytearray(v3)
    sec = bytearray(p.sector(b, 3))
    sec[mc.VERSION_AT:mc.VERSION_AT + 8] = (0).to_bytes(8, "little")
    version[:S] = sec
    assert any("version 0" in x for x in problems(version)), problems(version)
    shifted = bytearray(bs)
    shifted[8:8 + S] = p.sector(b, 3)[:S - 8]
    assert any("marker at offset 8" in x for x in problems(shifted))
    assert problems(bytearray(v3)) is None

# The final check, over a recorded history (times in ns).
a = types.SimpleNamespace(connections=2, seed=1, workload="uniform",
                          profiles=None)
w = mc.Workload.__new__(mc.Workload)
w.k, w.nblocks, w.start = 2, 2, 0
w.schedule = mc.Schedule(a, 2)
w.disconnects = [[], []]
# Block 0 (connection 0): version 1 written 10-20, version 2 written 30-40
# with FUA; block 1 (connection 1): version 1 written 10-20.
w.w_send = [[10, 30], [10]]
w.w_reply = [[20, 40], [20]]
w.w_fua = [[False, True], [False]]
# A flush on connection 1 sent at 25, answered at 28.
w.flushes = [[], [(25, 28)]]
w.reads = [[
    (0, 29, 31, 1, 1, None),     # ok: version 1 after the flush
    (0, 29, 31, 0, 0, None),     # stale-flush: needs 1
    (0, 41, 45, 1, 1, None),     # stale-fua: needs 2
    (0, 41, 45, 2, 2, None),     # ok
    (1, 12, 15, 1, 1, None),     # corrupt: version 1 sent only at 10 but
                                 #   answered after the read: fine (sent
                                 #   before the read was answered)
    (1, 5, 8, 1, 1, None),       # corrupt: version 1 sent after the reply
    (1, 50, 55, 2, 2, None),     # corrupt: version 2 never written
    (0, 32, 35, 1, 2, ["sector 3 (version 2) has a bad filler"]),
                                 # torn: overlaps the write 30-40
    (1, 50, 55, 1, 1, ["sector 1 claims block 0"]),   # corrupt
], []]
got = [(v["kind"], v["send"], v.get("got"), v.get("need"))
       for v in w.analyse()]
want = [("stale-flush", 29, 0, 1), ("corrupt", 5, None, None),
        ("stale-fua", 41, 1, 2), ("corrupt", 50, None, None),
        ("corrupt", 50, None, None)]
assert sorted(got, key=str) == sorted(want, key=str), got
assert w.torn == 1, w.torn
print("ok: patterns at 4 KiB and 64 KiB, problems, and the final check")
PY
echo "PASS: $test_name"
