#!/usr/bin/env bash
# A failing flush reaches the client as EIO, keeps everything dirty, and the
# next flush after the failure is cleared makes every write visible on every
# connection and in the backing store.
#
# wbcache.py fail_flush=PATH: while PATH exists every plugin flush fails
# with EIO and writes nothing back.  Emulate mode, four connections:
#   1. every connection reads the working area (fills its cache);
#   2. PATH is created; A and B write their ranges; C (which wrote nothing)
#      flushes twice: both must fail with EIO;
#   3. D writes with FUA (an emulated flush): must fail with EIO;
#   4. PATH is removed; B flushes: EIO once (it was open when flushes
#      failed that were to cover its writes), then success;
#   5. every connection reads the whole area: A's, B's and D's data; the
#      backing file holds the same bytes.

set -euo pipefail
source "$(dirname "$0")/functions.sh"
require_filter
require_python_plugin
require_python_nbd

NBDKIT="${NBDKIT:-nbdkit}"
store="$tmp/store"
mkdir "$store"
failpath="$tmp/fail-flush"
export store failpath

cat > "$tmp/client.py" <<'EOF'
import errno, os, sys
import nbd

sock = sys.argv[1]
store = os.path.join(os.environ["store"], "export.img")
failpath = os.environ["failpath"]
K = 16 * 1024
AREA = 4 * K
errors = []

def check(cond, what):
    print(("ok: " if cond else "FAILED: ") + what)
    if not cond:
        errors.append(what)

def expect_eio(fn, what):
    try:
        fn()
    except nbd.Error as e:
        check(e.errnum == errno.EIO,
              "%s fails with EIO (got errno %s: %s)" % (what, e.errnum, e))
        return
    check(False, "%s fails with EIO (it succeeded)" % what)

names = "ABCD"
hs = {}
for n in names:
    hs[n] = nbd.NBD()
    hs[n].connect_unix(sock)
check(all(h.can_multi_conn() for h in hs.values()), "multi-conn advertised")
check(all(h.can_flush() for h in hs.values()), "flush advertised")

# 1. Fill every connection's cache with the initial (zero) data.
for n in names:
    check(bytes(hs[n].pread(AREA, 0)) == bytes(AREA),
          "%s reads zeroes initially" % n)

pat = {n: bytes([0x41 + i]) * K for i, n in enumerate(names)}

# 2. Writes on A and B, failing flushes from C.
open(failpath, "w").close()
hs["A"].pwrite(pat["A"], 0)
hs["B"].pwrite(pat["B"], K)
expect_eio(hs["C"].flush, "flush on C while flushes fail")
expect_eio(hs["C"].flush, "second flush on C while flushes fail")

# 3. A FUA write is followed by an emulated flush, which fails too.
expect_eio(lambda: hs["D"].pwrite(pat["D"], 2 * K, nbd.CMD_FLAG_FUA),
           "FUA write on D while flushes fail")

with open(store, "rb") as f:
    backing = f.read(AREA)
check(backing == bytes(AREA),
      "backing store unchanged while flushes fail")

# 4. The failure is cleared.  B, whose writes the failed flushes were to
#    cover, is told of them once (as Linux reports a write-back error to
#    every open file: src/flush/errseq.rs): its first flush fails with EIO,
#    the next succeeds.
os.unlink(failpath)
expect_eio(lambda: hs["B"].flush(),
           "first flush on B after the failure is cleared (reports it once)")
try:
    hs["B"].flush()
    check(True, "flush on B after the failure is cleared succeeds")
except nbd.Error as e:
    check(False, "flush on B after the failure is cleared succeeds (%s)" % e)

# 5. Every write is visible everywhere.
want = pat["A"] + pat["B"] + pat["D"] + bytes(K)
for n in names:
    got = bytes(hs[n].pread(AREA, 0))
    check(got == want, "%s sees the data of A, B and D after the flush" % n)
with open(store, "rb") as f:
    backing = f.read(AREA)
check(backing == want, "backing store holds the data of A, B and D")

for h in hs.values():
    h.shutdown()
sys.exit(1 if errors else 0)
EOF

echo "checking flush failure and recovery, emulate mode, filter $FILTER"
echo "(the server logs the injected flush failures: expected)"
"$NBDKIT" -U - --filter="$FILTER" python "$PLUGIN" \
    dir="$store" fail_flush="$failpath" multi-conn-mode=emulate \
    --run '/usr/bin/python3 "$tmp/client.py" "$unixsocket"' ||
    fail "flush failure handling is wrong"
ok "flush failures are reported and recovered"
