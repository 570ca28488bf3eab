#!/usr/bin/env bash
# A serialize_requests plugin must never see two calls at once on one handle.
#
# Four connections over wbcache.py (thread_model=serialize_requests,
# overlap_log=FILE) in emulate mode: three connections keep several reads
# in flight for a few seconds while the fourth writes and flushes.  Each
# emulated flush is replicated to the reading connections; if a replicated
# flush is sent to a connection's plugin handle while one of its reads is
# still running there, the plugin logs an overlap.
#
# With FILTER=multi-conn (nbdkit's own filter) overlaps are expected and
# only counted.  With any other filter the overlap log must stay empty.
# In both cases the final data must be consistent on every connection.
#
# Environment: SERIALIZE_SECONDS (default 4), SERIALIZE_MODEL (the plugin's
# thread model, default serialize_requests; serialize_all_requests works
# too, and parallel gives a plain stress run where overlaps are allowed).

set -euo pipefail
source "$(dirname "$0")/functions.sh"
require_filter
require_python_plugin
require_python_nbd

NBDKIT="${NBDKIT:-nbdkit}"
seconds="${SERIALIZE_SECONDS:-4}"
model="${SERIALIZE_MODEL:-serialize_requests}"

log="$tmp/overlap.log"
: > "$log"
export seconds

cat > "$tmp/client.py" <<'EOF'
import os, sys, threading, time, random
import nbd

sock = sys.argv[1]
seconds = float(os.environ["seconds"])
B = 512
NBLK = 64                  # working area: 64 blocks
DEPTH = 4                  # reads kept in flight per reading connection

errors = []
counts = {"reads": 0, "writes": 0, "flushes": 0}
lock = threading.Lock()
stop = time.monotonic() + seconds

def reader(h, seed):
    rnd = random.Random(seed)
    n = 0
    try:
        inflight = []
        while time.monotonic() < stop:
            while len(inflight) < DEPTH:
                buf = nbd.Buffer(B)
                inflight.append((h.aio_pread(buf, rnd.randrange(NBLK) * B),
                                 buf))
            h.poll(-1)
            still = []
            for c, buf in inflight:
                if h.aio_command_completed(c):
                    n += 1
                else:
                    still.append((c, buf))
            inflight = still
        while inflight:
            h.poll(-1)
            inflight = [(c, b) for c, b in inflight
                        if not h.aio_command_completed(c)]
    except Exception as e:
        errors.append("reader %d: %r" % (seed, e))
    with lock:
        counts["reads"] += n

def writer(h):
    rnd = random.Random(99)
    gen = 0
    try:
        while time.monotonic() < stop:
            gen += 1
            for _ in range(4):
                blk = rnd.randrange(NBLK)
                h.pwrite(bytes([gen % 251 + 1]) * B, blk * B)
                counts["writes"] += 1
            h.flush()
            counts["flushes"] += 1
    except Exception as e:
        errors.append("writer: %r" % (e,))

handles = [nbd.NBD() for _ in range(4)]
for h in handles:
    h.connect_unix(sock)
    assert h.can_multi_conn(), "multi-conn not advertised"

threads = [threading.Thread(target=reader, args=(handles[i], i))
           for i in range(3)]
threads.append(threading.Thread(target=writer, args=(handles[3],)))
for t in threads: t.start()
for t in threads: t.join()

# Final state: one more write and flush, then every connection must read
# exactly what the writer sees.
h = handles[3]
h.pwrite(bytes(range(256)) * 2, 0)
h.flush()
want = bytes(h.pread(NBLK * B, 0))
for i, r in enumerate(handles):
    got = bytes(r.pread(NBLK * B, 0))
    if got != want:
        errors.append("connection %d does not see the flushed data" % i)
for h in handles:
    h.shutdown()

print("reads %d, writes %d, flushes %d" %
      (counts["reads"], counts["writes"], counts["flushes"]))
if counts["flushes"] == 0 or counts["reads"] == 0:
    errors.append("workload did not run")
for e in errors:
    print("error:", e)
sys.exit(1 if errors else 0)
EOF

echo "checking: no overlapping calls on a $model handle," \
     "3 reading + 1 flushing connection for ${seconds}s, filter $FILTER"
"$NBDKIT" -U - --filter="$FILTER" python "$PLUGIN" \
    thread_model="$model" read_delay=0.002 flush_delay=0.005 \
    overlap_log="$log" multi-conn-mode=emulate \
    --run '/usr/bin/python3 "$tmp/client.py" "$unixsocket"'

overlaps=$(grep -c '^overlap ' "$log" || true)
echo "overlaps logged by the plugin: $overlaps"
if [ "$overlaps" -gt 0 ]; then
    echo "overlapping operations:"
    awk '{print $3}' "$log" | sort | uniq -c
fi
if [ "$model" = parallel ]; then
    ok "parallel stress run ($overlaps overlaps, allowed)"
    exit 0
fi
if ! own_filter; then
    echo "nbdkit's multi-conn filter: $overlaps overlaps" \
         "(any overlap reproduces its race; not a failure)"
    exit 0
fi
if [ -s "$log" ]; then
    head -n 20 "$log"
    fail "the plugin saw $overlaps overlapping calls on one handle"
fi
ok "no overlap"
