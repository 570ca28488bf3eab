#!/usr/bin/env bash
# Stale read after a cross-connection flush.
#
# Connection R has a read in flight inside the plugin (wbcache.py with
# read_delay: the read takes its data first, sleeps, then fills R's
# per-connection cache).  Meanwhile connection W writes the same block and
# flushes.  In emulate mode the flush is replicated to R, which drops R's
# cache; if the replicated flush does not wait for R's read, the late fill
# puts the old data back into R's cache and a read issued on R after the
# flush reply returns stale data, breaking the multi-conn guarantee.
#
# The plugin's event log (wbcache.py event_log=) shows that the scenario
# happened: in each round, R's read must still be inside the plugin when
# the round's first plugin flush starts.  Both runs below must show that in
# at least half of their rounds.
#
# The same run also sends the same rounds through nbdkit's own filter
# ($REF_FILTER, emulate mode), which replicates its flush into R's busy
# handle: there stale reads must appear, else the scenario no longer
# exercises the race and the test fails.  Through this project's filter no
# stale read is allowed.  With FILTER=multi-conn only that control run is
# made.
#
# A second scenario catches a flush that chooses the connections to drop
# before the write-backs end: W writes and flushes, and W's write-back is
# slow (flush_delay); meanwhile a new connection R, which had nothing to
# drop when the flush began, reads the block and caches the old data.  The
# flush must drop R too before it answers.  The event log must show R's
# read starting while a plugin flush was running, and the same rounds with
# multi-conn-mode=unsafe (no replication) must leave stale data in R.
#
# Environment: STALE_ROUNDS (default 6), STALE_READ_DELAY (default 0.5),
# STALE_LATE_ROUNDS (default 3), STALE_FLUSH_DELAY (default 0.5).

set -euo pipefail
source "$(dirname "$0")/functions.sh"
require_filter
require_python_plugin
require_python_nbd

NBDKIT="${NBDKIT:-nbdkit}"
rounds="${STALE_ROUNDS:-6}"
delay="${STALE_READ_DELAY:-0.5}"
late_rounds="${STALE_LATE_ROUNDS:-3}"
flush_delay="${STALE_FLUSH_DELAY:-0.5}"

export rounds delay late_rounds flush_delay

cat > "$tmp/client.py" <<'EOF'
import os, sys, time
import nbd

sock = sys.argv[1]
label = sys.argv[2]
events = sys.argv[3]
rounds = int(os.environ["rounds"])
delay = float(os.environ["delay"])
B = 512


def read_in_plugin_at_flush(since, off):
    """From the plugin's event log: was a read of off inside the plugin
    when the first flush after `since` (a time.monotonic_ns()) started?"""
    inside = 0
    with open(events) as f:
        for line in f:
            t, hid, op, phase, offset, count = line.split()
            if int(t) < since:
                continue
            if op == "pread" and int(offset) == off:
                inside += 1 if phase == "start" else -1
            elif op == "flush" and phase == "start":
                return inside > 0
    return False


R = nbd.NBD(); R.connect_unix(sock)
W = nbd.NBD(); W.connect_unix(sock)
assert R.can_multi_conn() and W.can_multi_conn(), "multi-conn not advertised"

stale = 0
checks = 0
overlapped = 0
for k in range(rounds):
    since = time.monotonic_ns()
    off = (k + 1) * 8 * B
    # Each round uses a block R has never read, so the read below is the
    # one taking the (old) data from the backing store.
    old = bytes(W.pread(B, off))
    new = bytes([(k * 37 + 11) % 251 + 1]) * B
    assert old != new

    # The in-flight read: sent asynchronously so R can carry more requests.
    buf = nbd.Buffer(B)
    cookie = R.aio_pread(buf, off)
    time.sleep(delay / 4)                  # let the read reach the plugin

    W.pwrite(new, off)
    W.flush()                              # replicated to R in emulate mode

    immediate = k % 2 == 1
    if immediate:
        # A read sent right after the flush reply, while the old read may
        # still be in flight on R.
        got = bytes(R.pread(B, off))
        checks += 1
        if got != new:
            stale += 1
            print("round %d: immediate read on R after flush: STALE "
                  "(got 0x%02x, want 0x%02x)" % (k, got[0], new[0]))
        else:
            print("round %d: immediate read on R after flush: ok" % k)
    while not R.aio_command_completed(cookie):
        R.poll(-1)
    # The in-flight read was concurrent with the write, so either value is
    # acceptable for it; record which one it returned.
    inflight = bytes(buf.to_bytearray())
    kind = "new" if inflight == new else "old" if inflight == old else "other"
    got = bytes(R.pread(B, off))
    checks += 1
    if got != new:
        stale += 1
        print("round %d: read on R after flush and in-flight read: STALE "
              "(got 0x%02x, want 0x%02x; in-flight read returned %s data)"
              % (k, got[0], new[0], kind))
    else:
        print("round %d: read on R after flush and in-flight read: ok "
              "(in-flight read returned %s data)" % (k, kind))
    if read_in_plugin_at_flush(since, off):
        overlapped += 1
        print("round %d: the plugin's event log shows R's read inside the "
              "plugin when the first flush started" % k)
    else:
        print("round %d: NO OVERLAP: R's read was not inside the plugin when "
              "the first flush started" % k)

R.shutdown(); W.shutdown()
print("%s: stale reads seen: %d of %d checks; %d of %d rounds overlapped"
      % (label, stale, checks, overlapped, rounds))
with open(os.path.join(os.environ["tmp"], label + ".result"), "w") as f:
    f.write("%d %d %d\n" % (stale, checks, overlapped))
EOF

# scenario LABEL FILTER: the rounds through FILTER in emulate mode; sets
# stale, checks and overlapped.
scenario ()
{
    local label="$1" filter="$2"
    : > "$tmp/$label.events"
    echo "== $label: --filter=$filter, thread_model=parallel," \
         "read_delay=$delay, $rounds rounds"
    "$NBDKIT" -U - --filter="$filter" python "$PLUGIN" \
        thread_model=parallel read_delay="$delay" multi-conn-mode=emulate \
        event_log="$tmp/$label.events" \
        --run '/usr/bin/python3 "$tmp/client.py" "$unixsocket" '"$label $tmp/$label.events"
    read -r stale checks overlapped < "$tmp/$label.result"
    [ "$checks" -gt 0 ] || fail "$label: no read was checked"
    [ $((overlapped * 2)) -ge "$rounds" ] ||
        fail "$label: R's read overlapped the flush in only $overlapped of" \
             "$rounds rounds (the plugin's event log): the scenario did not happen"
    ok "$label: R's read was inside the plugin when the flush started" \
       "in $overlapped of $rounds rounds"
}

# The control: nbdkit's own filter must show the stale read.
scenario control "$REF_FILTER"
[ "$stale" -gt 0 ] ||
    fail "control: --filter=$REF_FILTER returned no stale data in $checks checks;" \
         "the scenario no longer exercises the race"
ok "control: --filter=$REF_FILTER: $stale stale reads in $checks checks (expected)"
if ! own_filter; then
    exit 0
fi

scenario filter "$FILTER"
if [ "$stale" -ne 0 ]; then
    fail "$stale stale reads in $checks checks"
fi
ok "no stale read in $checks checks"

# --- a read that starts during the write-back -------------------------
cat > "$tmp/late.py" <<'EOF'
import os, sys, time
import nbd

sock = sys.argv[1]
label = sys.argv[2]
events = sys.argv[3]
rounds = int(os.environ["late_rounds"])
flush_delay = float(os.environ["flush_delay"])
B = 512


def read_started_during_flush(since, off):
    """From the plugin's event log: did a read of off start while a
    flush was inside the plugin (after `since`)?"""
    flushing = 0
    with open(events) as f:
        for line in f:
            t, hid, op, phase, offset, count = line.split()
            if int(t) < since:
                continue
            if op == "flush":
                flushing += 1 if phase == "start" else -1
            elif op == "pread" and phase == "start" and int(offset) == off:
                return flushing > 0
    return False


W = nbd.NBD(); W.connect_unix(sock)
stale = checks = overlapped = 0
for k in range(rounds):
    # A new connection each round: it has nothing to drop when the flush
    # begins.
    R = nbd.NBD(); R.connect_unix(sock)
    assert R.can_multi_conn() and W.can_multi_conn()
    off = (k + 1) * 8 * B
    new = bytes([(k * 53 + 7) % 251 + 1]) * B
    W.pwrite(new, off)
    since = time.monotonic_ns()
    cookie = W.aio_flush()
    time.sleep(flush_delay / 4)            # W's write-back is in the plugin
    R.pread(B, off)                        # old data, now in R's cache
    while not W.aio_command_completed(cookie):
        W.poll(-1)
    got = bytes(R.pread(B, off))
    checks += 1
    if got != new:
        stale += 1
    during = read_started_during_flush(since, off)
    overlapped += during
    print("round %d: R's read started during the write-back: %s; "
          "read on R after the flush reply: %s"
          % (k, "yes" if during else "NO", "ok" if got == new else "STALE"))
    R.shutdown()
W.shutdown()
print("%s: stale reads seen: %d of %d checks; %d of %d rounds overlapped"
      % (label, stale, checks, overlapped, rounds))
with open(os.path.join(os.environ["tmp"], label + ".result"), "w") as f:
    f.write("%d %d %d\n" % (stale, checks, overlapped))
EOF

# late LABEL MODE: the rounds through $FILTER in MODE; sets stale, checks
# and overlapped.
late ()
{
    local label="$1" mode="$2"
    : > "$tmp/$label.events"
    echo "== $label: --filter=$FILTER multi-conn-mode=$mode," \
         "flush_delay=$flush_delay, $late_rounds rounds"
    "$NBDKIT" -U - --filter="$FILTER" python "$PLUGIN" \
        thread_model=parallel flush_delay="$flush_delay" \
        multi-conn-mode="$mode" event_log="$tmp/$label.events" \
        --run '/usr/bin/python3 "$tmp/late.py" "$unixsocket" '"$label $tmp/$label.events"
    read -r stale checks overlapped < "$tmp/$label.result"
    [ "$checks" -gt 0 ] || fail "$label: no read was checked"
    [ $((overlapped * 2)) -ge "$late_rounds" ] ||
        fail "$label: R's read started during a flush in only $overlapped of" \
             "$late_rounds rounds (the plugin's event log): the scenario did not happen"
    ok "$label: R's read started during the write-back in $overlapped of" \
       "$late_rounds rounds"
}

late late-control unsafe
[ "$stale" -gt 0 ] ||
    fail "late-control: multi-conn-mode=unsafe returned no stale data in" \
         "$checks checks; the scenario no longer exercises the race"
ok "late-control: multi-conn-mode=unsafe: $stale stale reads in $checks checks (expected)"

late late emulate
[ "$stale" -eq 0 ] ||
    fail "a read that started during the write-back left stale data:" \
         "$stale stale reads in $checks checks"
ok "a read that started during the write-back: no stale read in $checks checks"
