#!/usr/bin/env bash
# The library works without glibc's static TLS reserve (it keeps no
# thread-local state of its own any more; this guards against it coming
# back in a form that needs the reserve).
#
# 1. The library must not be marked STATIC_TLS: such a library fails to
#    load ("cannot allocate memory in static TLS block") once the process
#    has used up the reserve, for example through a plugin's libraries.
# 2. With the reserve set to nothing (GLIBC_TUNABLES), nbdkit loads the
#    filter and emulate mode keeps its promise over a plugin with
#    per-connection write-back caches: after a flush on one connection,
#    every connection reads what was written, including reads issued from
#    many nbdkit worker threads at once.

set -euo pipefail
source "$(dirname "$0")/functions.sh"
require_filter
require_python_plugin
require_python_nbd
require readelf
if ! own_filter; then
    skip "only concerns this project's library"
fi

NBDKIT="${NBDKIT:-nbdkit}"

if readelf -d "$FILTER" | grep STATIC_TLS >/dev/null; then
    readelf -d "$FILTER" | grep FLAGS >&2
    fail "$FILTER is marked STATIC_TLS"
fi
echo "ok: $FILTER does not need static TLS"

cat > "$tmp/client.py" <<'PY'
import sys
import nbd

sock = sys.argv[1]
B = 4096
handles = []
for _ in range(4):
    h = nbd.NBD()
    h.connect_unix(sock)
    handles.append(h)
assert all(h.can_multi_conn() for h in handles), "multi-conn not advertised"

for k in range(16):
    off = k * B
    # Every connection caches the block, from several requests in flight.
    for h in handles:
        bufs = [nbd.Buffer(B) for _ in range(8)]
        cookies = [h.aio_pread(b, off) for b in bufs]
        while h.aio_in_flight() > 0:
            h.poll(-1)
        for c in cookies:
            assert h.aio_command_completed(c)
    w = handles[k % len(handles)]
    new = bytes([k + 1]) * B
    w.pwrite(new, off)
    w.flush()
    for i, h in enumerate(handles):
        got = bytes(h.pread(B, off))
        if got != new:
            sys.exit("connection %d read stale data at %d after the flush"
                     % (i, off))
for h in handles:
    h.shutdown()
print("consistent")
PY

out="$(GLIBC_TUNABLES=glibc.rtld.optional_static_tls=0 \
       "$NBDKIT" -U - --filter="$FILTER" python "$PLUGIN" size=1M \
           multiconn=0 multi-conn-mode=emulate \
           --run '/usr/bin/python3 "$tmp/client.py" "$unixsocket"' 2>&1)" || {
    echo "$out" >&2
    fail "the workload failed without a static TLS reserve"
}
echo "$out"
[ "$(echo "$out" | tail -n1)" = consistent ] ||
    fail "no result from the client"
ok "works without static TLS"
