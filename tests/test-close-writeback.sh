#!/usr/bin/env bash
# Emulation loses nothing at close: in emulate mode a connection that leaves
# with unflushed writes is written back by its own plugin handle.
#
# The plugin, tests/plugins/closecache.py, keeps a write-back cache per
# connection and DISCARDS it at close (event_log= tells the test when a
# handle has closed).  Checks, with nbdkit -f -v -U SOCK in the background:
#
#  1. the sequence: B connects; A writes 512 bytes at 0 and gets the reply;
#     A disconnects; once A's handle has closed on the server, B flushes; a
#     new connection C reads offset 0.  Through this filter in emulate mode
#     (multi-conn-close default, and =flush spelled out) C reads A's data,
#     for the plugin thread models parallel, serialize_requests and
#     serialize_all_requests; the statistics count a close write-back and
#     no failure.  Without waiting for A's close (20 rounds): B's flush
#     answered after A disconnected covers A's write all the same.
#  2. can fail: with multi-conn-close=none, and through nbdkit's own
#     --filter=multi-conn, C reads zeroes;
#  3. nbdcopy without --flush: nbdcopy -C 4 --requests=16 disk.img "$uri",
#     then (every handle closed) nbdcopy -C 4 "$uri" back.img: identical
#     through this filter; different with multi-conn-close=none and through
#     nbdkit's filter (can fail).  Both run with -T 4: nbdcopy uses no more
#     connections than threads, and its default is the number of cores;
#  4. a failed write-back: A writes, the plugin's flushes start failing, A
#     disconnects, they stop failing: the log has an error with
#     "write-back at close failed" naming A's connection number and export;
#     the statistics count 1 failed close write-back; the next flush of B
#     (which joins its group after the failure, reporting a loss nobody has
#     reported yet) and of D (a member when it failed) fails with EIO, the
#     one after succeeds, and E, which joins after both have reported it,
#     is not told;
#  5. plugin and disable modes are unchanged: C reads zeroes, no
#     write-back at close.

set -euo pipefail
source "$(dirname "$0")/functions.sh"
source "$(dirname "$0")/server-functions.sh"
require_filter
require_python_plugin
require_python_nbd
require nbdcopy cmp

NBDKIT="${NBDKIT:-nbdkit}"
CC="$top/tests/plugins/closecache.py"
events="$tmp/events"
failpath="$tmp/fail-flush"

cat > "$tmp/client.py" <<'EOF'
import errno, os, sys, time
import nbd

cmd, uri, events = sys.argv[1], sys.argv[2], sys.argv[3]
PAT = b"close-wb" * 64

def connect(name=""):
    h = nbd.NBD()
    # The export name is the path of the URI.
    h.connect_uri(uri.replace(":///", ":///" + name, 1))
    return h

def closes():
    try:
        with open(events) as f:
            return sum(1 for l in f if l.startswith("close "))
    except FileNotFoundError:
        return 0

def wait_closes(n):
    """Wait (at most 20 s) until the plugin has closed n handles."""
    for _ in range(2000):
        if closes() >= n:
            return True
        time.sleep(0.01)
    print("A's handle did not close on the server within 20 s")
    return False

def what(data, want):
    if data == want:
        return "A's data"
    if data == bytes(len(data)):
        return "zeroes"
    return "something else"

if cmd == "sequence":
    b = connect()
    a = connect()
    a.pwrite(PAT, 0)
    before = closes()
    a.shutdown()
    wait_closes(before + 1)
    b.flush()
    c = connect()
    print("C reads:", what(bytes(c.pread(512, 0)), PAT))
    b.shutdown(); c.shutdown()

elif cmd == "race":
    b = connect()
    lost = 0
    n = 20
    for i in range(n):
        data = bytes([65 + i]) * 512
        a = connect()
        a.pwrite(data, 4096 + i * 512)
        a.shutdown()
        b.flush()
        c = connect()
        if bytes(c.pread(512, 4096 + i * 512)) != data:
            lost += 1
        c.shutdown()
    b.shutdown()
    print("race: flush right after the close covered %d of %d writes"
          % (n - lost, n))

elif cmd == "failure":
    failpath = sys.argv[4]
    b = connect("vol-b")
    d = connect("vol-d")
    d.pread(512, 0)  # a member of the group when the write-back fails
    a = connect("vol-a")
    a.pwrite(PAT, 0)
    open(failpath, "w").close()
    before = closes()
    a.shutdown()
    wait_closes(before + 1)
    os.unlink(failpath)
    def flush(h, what):
        try:
            h.flush()
            print("%s: ok" % what)
        except nbd.Error as e:
            print("%s: %s" % (what, errno.errorcode.get(e.errnum, e.errnum)))
    for which in ("first", "second"):
        flush(b, "%s flush on B" % which)
        flush(d, "%s flush on D" % which)
    # Joined after every member has reported the loss.
    e = connect("vol-e")
    flush(e, "first flush on E")
    for h in (b, d, e):
        h.shutdown()
else:
    sys.exit("unknown command " + cmd)
EOF

failures=()
problem () { echo "FAILED: $*"; failures+=("$*"); }

# serve NAME FILTER ARGS...: start the server over closecache.py with a
# fresh event log; the log file is $tmp/NAME.log.
serve ()
{
    local name="$1" filter="$2"; shift 2
    rm -f "$events" "$failpath"
    log="$tmp/$name.log"
    start_soft=1 start_server "$log" --filter="$filter" python "$CC" \
        event_log="$events" "$@" || {
        problem "$name: nbdkit did not start"; return 1; }
}

client ()
{
    timeout 60 /usr/bin/python3 "$tmp/client.py" "$1" "$uri" "$events" \
        "${@:2}" 2>&1 || echo "client exit status $?"
}

# stop_and_stats: stop the server; print the close counters.
stop_and_stats ()
{
    stop_server
    [ "$server_rc" = 0 ] || problem "$name: nbdkit exit status $server_rc"
    cw="$(stats_field "$log" "close write-backs")"
    fcw="$(stats_field "$log" "failed close write-backs")"
    echo "  stats: close write-backs ${cw:-(none)}, failed ${fcw:-(none)}"
}

# 1. The sequence through this filter.
for tm in parallel serialize_requests serialize_all_requests; do
    extra=()
    [ "$tm" = serialize_all_requests ] && extra=(multi-conn-close=flush)
    name="sequence-$tm"
    echo "--- $name: this filter, emulate ${extra[*]:-}"
    serve "$name" "$FILTER" thread_model="$tm" multi-conn-mode=emulate \
        ${extra[@]+"${extra[@]}"} || continue
    out="$(client sequence)"; echo "  $out"
    [ "$out" = "C reads: A's data" ] || problem "$name: $out"
    if [ "$tm" = parallel ]; then
        out="$(client race)"; echo "  $out"
        [ "$out" = "race: flush right after the close covered 20 of 20 writes" ] ||
            problem "$name: $out"
    fi
    stop_and_stats
    [ "${cw:-0}" -ge 1 ] || problem "$name: no close write-back counted"
    [ "${fcw:-x}" = 0 ] || problem "$name: failed close write-backs ${fcw:-missing}"
done

# 2. Can fail: multi-conn-close=none and nbdkit's filter lose A's write.
for which in none ref; do
    if [ "$which" = none ]; then
        name="sequence-close-none"
        echo "--- $name: this filter, emulate, multi-conn-close=none (can fail)"
        serve "$name" "$FILTER" multi-conn-mode=emulate multi-conn-close=none ||
            continue
    else
        name="sequence-nbdkit-filter"
        echo "--- $name: --filter=$REF_FILTER, emulate (can fail)"
        serve "$name" "$REF_FILTER" multi-conn-mode=emulate || continue
    fi
    out="$(client sequence)"; echo "  $out"
    [ "$out" = "C reads: zeroes" ] ||
        problem "$name: expected 'C reads: zeroes', got: $out"
    stop_server
done

# 3. nbdcopy without --flush.
dd if=/dev/urandom of="$tmp/disk.img" bs=1M count=4 status=none
for which in this none ref; do
    case "$which" in
        this) name=nbdcopy
              serve "$name" "$FILTER" size=4M multi-conn-mode=emulate ||
                  continue ;;
        none) name=nbdcopy-close-none
              serve "$name" "$FILTER" size=4M multi-conn-mode=emulate \
                  multi-conn-close=none || continue ;;
        ref)  name=nbdcopy-nbdkit-filter
              serve "$name" "$REF_FILTER" size=4M multi-conn-mode=emulate ||
                  continue ;;
    esac
    echo "--- $name"
    rm -f "$tmp/back.img"
    timeout 60 nbdcopy -C 4 -T 4 --requests=16 "$tmp/disk.img" "$uri" ||
        problem "$name: nbdcopy into the export failed"
    # Wait (at most 20 s) until every handle the copy opened has closed.
    for _ in $(seq 2000); do
        [ "$(grep -c '^open ' "$events")" = "$(grep -c '^close ' "$events")" ] &&
            break
        sleep 0.01
    done
    echo "  handles opened $(grep -c '^open ' "$events"), closed $(grep -c '^close ' "$events"), dirty blocks discarded $(awk '/^close /{n+=$3} END{print n+0}' "$events")"
    timeout 60 nbdcopy -C 4 -T 4 "$uri" "$tmp/back.img" ||
        problem "$name: nbdcopy out of the export failed"
    if cmp -s "$tmp/disk.img" "$tmp/back.img"; then same=identical; else same=different; fi
    echo "  the image reads back $same"
    case "$which" in
        this) [ "$same" = identical ] || problem "$name: the copy was lost" ;;
        *) [ "$same" = different ] ||
               problem "$name: the copy survived (the test cannot fail)" ;;
    esac
    stop_server
done

# 4. A failed write-back.
name=failure
echo "--- $name: this filter, emulate, flush failing while A closes"
if serve "$name" "$FILTER" multi-conn-mode=emulate fail_flush="$failpath"; then
out="$(client failure "$failpath")"; echo "$out" | sed 's/^/  /'
[ "$out" = "$(printf 'first flush on B: EIO\nfirst flush on D: EIO\nsecond flush on B: ok\nsecond flush on D: ok\nfirst flush on E: ok')" ] ||
    problem "$name: expected EIO on B's and D's first flush only, got: $(echo $out)"
stop_and_stats
[ "${fcw:-x}" = 1 ] || problem "$name: failed close write-backs ${fcw:-missing}, expected 1"
[ -n "$cw" ] || problem "$name: no 'close write-backs' in the stats line"
stats_line "$log" | grep -E ', close write-backs [0-9]+, failed close write-backs [0-9]+, members left [0-9]+, groups left [0-9]+$' >/dev/null ||
    problem "$name: the stats line does not end with ', close write-backs N, failed close write-backs N, members left N, groups left N'"
a_id="$(sed -n 's/.*multiconn: connection #\([0-9]*\) export "vol-a": mode.*/\1/p' "$log" | sed -n 1p)"
line="$(grep 'write-back at close failed' "$log" | sed -n 1p || :)"
echo "  log: ${line:-(no line)}"
if [ -z "$line" ]; then
    problem "$name: no 'write-back at close failed' in the log"
else
    grep -q 'error' <<< "$line" || problem "$name: not logged as an error"
    [ -n "$a_id" ] && grep -Eq "(#|connection )$a_id([^0-9]|$)" <<< "$line" ||
        problem "$name: the log line does not name A's connection (#${a_id:-?})"
    grep -q 'vol-a' <<< "$line" ||
        problem "$name: the log line does not name A's export vol-a"
fi
fi

# 5. plugin and disable modes: unchanged.
for mode in plugin disable; do
    name="sequence-$mode"
    echo "--- $name: this filter, multi-conn-mode=$mode (no write-back at close)"
    serve "$name" "$FILTER" multi-conn-mode="$mode" || continue
    out="$(client sequence)"; echo "  $out"
    [ "$out" = "C reads: zeroes" ] || problem "$name: expected zeroes, got: $out"
    stop_and_stats
    [ "${cw:-0}" = 0 ] || problem "$name: $cw close write-backs in $mode mode"
    ! grep -q 'write-back at close' "$log" ||
        problem "$name: a write-back at close in $mode mode"
done

if [ "${#failures[@]}" -ne 0 ]; then
    printf '  %s\n' "${failures[@]}" >&2
    fail "${#failures[@]} checks failed"
fi
ok "write-back at close"
