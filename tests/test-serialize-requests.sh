#!/usr/bin/env bash
# A serialize_requests plugin must never see two calls at once on one handle.
#
# Four connections over wbcache.py (thread_model=serialize_requests,
# overlap_log=FILE) in emulate mode: three connections keep several reads
# in flight for a few seconds, and every few reads one write to an area of
# their own, while the fourth writes and flushes.  Each emulated flush is
# replicated to the other connections: it writes back the readers' writes
# while their reads are queued; if a replicated flush is sent to a
# connection's plugin handle while one of its requests is still running
# there, the plugin logs an overlap.  The plugin's event log
# (event_log=FILE) must show every reader's handle flushed during the
# workload, so the filter really had to keep a busy connection idle.
#
# The same run sends the same workload through nbdkit's own filter
# ($REF_FILTER, multi-conn-mode=emulate), which sends its replicated
# flushes into busy handles: its overlap log must not stay empty (the
# positive control; else the workload no longer exercises the race and the
# test fails).  Through any other filter the overlap log must stay empty.
# With FILTER=multi-conn only the control run is made.  In every run the
# final data must be consistent on every connection.  Under
# SERIALIZE_MODEL=serialize_all_requests the control is only reported:
# nbdkit itself then never runs two requests at once.
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

export seconds

cat > "$tmp/client.py" <<'EOF'
import os, sys, threading, time, random
import nbd

sock = sys.argv[1]
events = sys.argv[2]
seconds = float(os.environ["seconds"])
B = 512
NBLK = 64                  # working area: 64 blocks
DEPTH = 4                  # requests kept in flight per reading connection
WRITE_EVERY = 8            # a reader writes once per this many requests

errors = []
counts = {"reads": 0, "writes": 0, "flushes": 0, "reader writes": 0}
lock = threading.Lock()
stop = time.monotonic() + seconds

def reader(h, seed):
    # Reads in the writer's area; writes only in an area of its own,
    # blocks NBLK * (seed + 1) ..., so the final check stays simple.
    rnd = random.Random(seed)
    n = w = sent = 0
    try:
        inflight = []
        while time.monotonic() < stop:
            while len(inflight) < DEPTH:
                sent += 1
                if sent % WRITE_EVERY == 0:
                    blk = NBLK * (seed + 1) + rnd.randrange(NBLK)
                    buf = nbd.Buffer.from_bytearray(
                        bytearray([sent % 251 + 1]) * B)
                    inflight.append((h.aio_pwrite(buf, blk * B), buf, True))
                else:
                    buf = nbd.Buffer(B)
                    inflight.append((h.aio_pread(buf, rnd.randrange(NBLK) * B),
                                     buf, False))
            h.poll(-1)
            still = []
            for c, buf, is_write in inflight:
                if h.aio_command_completed(c):
                    if is_write:
                        w += 1
                    else:
                        n += 1
                else:
                    still.append((c, buf, is_write))
            inflight = still
        while inflight:
            h.poll(-1)
            inflight = [(c, b, x) for c, b, x in inflight
                        if not h.aio_command_completed(c)]
    except Exception as e:
        errors.append("reader %d: %r" % (seed, e))
    with lock:
        counts["reads"] += n
        counts["reader writes"] += w

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
workload_end = time.monotonic_ns()

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

print("reads %d, reader writes %d, writes %d, flushes %d" %
      (counts["reads"], counts["reader writes"], counts["writes"],
       counts["flushes"]))
if counts["flushes"] == 0 or counts["reads"] == 0 or \
   counts["reader writes"] == 0:
    errors.append("workload did not run")

# The plugin's event log: a reader's handle is the one that wrote beyond
# the writer's area; count the flushes each got while its connection still
# kept requests in flight (before the workload ended).
reader_handles = set()
flushes = {}
with open(events) as f:
    for line in f:
        t, hid, op, phase, offset, count = line.split()
        if int(t) >= workload_end:
            break
        if op == "pwrite" and int(offset) >= NBLK * B:
            reader_handles.add(hid)
        elif op == "flush" and phase == "start":
            flushes[hid] = flushes.get(hid, 0) + 1
for hid in sorted(reader_handles):
    print("reader handle %s: %d plugin flushes while its connection was busy"
          % (hid, flushes.get(hid, 0)))
if len(reader_handles) != 3:
    errors.append("the event log shows %d reader handles, not 3"
                  % len(reader_handles))
if any(flushes.get(hid, 0) == 0 for hid in reader_handles):
    errors.append("a reader's handle was never flushed during the workload")
for e in errors:
    print("error:", e)
sys.exit(1 if errors else 0)
EOF

# workload LABEL FILTER: the workload through FILTER; sets log (the overlap
# log) and overlaps.
workload ()
{
    local label="$1" filter="$2" events="$tmp/$1.events"
    log="$tmp/$label.overlap.log"
    : > "$log"
    : > "$events"
    echo "== $label: no overlapping calls on a $model handle," \
         "3 reading + 1 flushing connection for ${seconds}s, filter $filter"
    "$NBDKIT" -U - --filter="$filter" python "$PLUGIN" \
        thread_model="$model" read_delay=0.002 flush_delay=0.005 \
        overlap_log="$log" event_log="$events" multi-conn-mode=emulate \
        --run '/usr/bin/python3 "$tmp/client.py" "$unixsocket" '"$events" ||
        fail "$label: the workload through --filter=$filter failed"
    overlaps=$(grep -c '^overlap ' "$log" || true)
    echo "$label: overlaps logged by the plugin: $overlaps"
    if [ "$overlaps" -gt 0 ]; then
        echo "overlapping operations:"
        awk '{print $3}' "$log" | sort | uniq -c
    fi
}

# The positive control: nbdkit's own filter must make the detector fire.
# (Not under serialize_all_requests: there nbdkit itself runs one request
# at a time, so no handle is busy when another's flush is replicated.)
workload control "$REF_FILTER"
if [ "$model" = serialize_all_requests ]; then
    echo "control: $overlaps overlaps (none expected under $model)"
else
    [ "$overlaps" -gt 0 ] ||
        fail "control: --filter=$REF_FILTER gave no overlap: the workload no" \
             "longer sends flushes into busy handles"
    ok "control: --filter=$REF_FILTER: $overlaps overlapping calls (expected)"
fi
if ! own_filter; then
    exit 0
fi

workload filter "$FILTER"
if [ "$model" = parallel ]; then
    ok "parallel stress run ($overlaps overlaps, allowed)"
    exit 0
fi
if [ -s "$log" ]; then
    head -n 20 "$log"
    fail "the plugin saw $overlaps overlapping calls on one handle"
fi
ok "no overlap"
