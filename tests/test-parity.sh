#!/usr/bin/env bash
# Parity with nbdkit's multi-conn filter for sequential workloads.
#
# For every combination of multi-conn-mode (5) x multi-conn-track-dirty (3)
# x multi-conn-exportname (2) a sequential workload runs over several
# connections on two export names: writes, FUA writes, zero, trim, cache,
# reads and flushes (some of them failing) on different connections.  The
# output (advertised flags, read data hashes, errors, which plugin handles
# were flushed at each step, and the stats filter's op counts) must be the
# same through --filter=$REF_FILTER and through --filter=$FILTER.
#
# The workload also carries a model of the flush rules; every step's
# result must match what the model predicts, and its flushed handles too,
# or be a superset of them (a flush too many is counted and reported, one
# too few fails); the stats filter's total flush count must match.  The auto
# and plugin modes are run a second time over a plugin that advertises
# multi-conn.  MULTICONN_PARITY_ARGS adds arguments for the plugin, e.g.
# MULTICONN_PARITY_ARGS=thread_model=serialize_all_requests.

set -euo pipefail
source "$(dirname "$0")/functions.sh"

require nbdkit nbdsh sed diff
require_python_nbd
require_python_plugin
require_filter

cat > "$tmp/workload.py" <<'EOF'
import hashlib
import os
import sys
import time

mode = os.environ["MC_MODE"]
track = os.environ["MC_TRACK"]
if track == "conn":
    track = "connection"
by_export = os.environ["MC_EXPORTNAME"] in ("1", "true", "on", "yes")
plugin_mc = os.environ["MC_PLUGIN_MC"] == "1"
flush_log = os.environ["MC_FLUSH_LOG"]
fail_file = os.environ["MC_FAIL_FILE"]
sock = os.environ["unixsocket"]
# This filter: outside emulate mode groups are per export (see key()).
ours = os.environ.get("MC_OURS") == "1"

# The workload.  Connections A, B, C and later F use the default export,
# D and E use export "x".  Handle ids are 1.. in open order.
STEPS = [
    ("open", "A", ""), ("open", "B", ""), ("open", "C", ""),
    ("open", "D", "x"), ("open", "E", "x"),
    ("flush", "A"),
    ("read", "C", 0, 8192), ("read", "D", 0, 8192),
    ("write", "A", 0, 4096, 1, False),
    ("flush", "B"),
    ("read", "C", 0, 8192),
    ("write", "D", 4096, 4096, 2, False),
    ("cache", "E", 0, 8192),
    ("write", "A", 1024, 1024, 3, True),
    ("read", "C", 0, 8192), ("read", "E", 0, 8192),
    ("zero", "B", 0, 2048, False), ("trim", "C", 4096, 512, False),
    ("flush", "E"),
    ("read", "A", 0, 8192), ("read", "C", 0, 8192),
    ("read", "D", 0, 8192), ("read", "E", 0, 8192),
    ("flush", "A"), ("flush", "A"),
    ("write", "D", 0, 512, 4, False),
    # (No failing flushes here: since rule F, a failed flush reaches every
    # connection it was to cover, which nbdkit's filter does not do;
    # tests/test-errseq.sh and tests/test-flush-failure.sh compare that.)
    ("write", "B", 512, 512, 7, True),
    ("flush", "D"),
    ("read", "E", 0, 8192), ("read", "B", 0, 8192),
    ("zero", "B", 8192, 4096, True), ("trim", "C", 0, 1024, True),
    ("read", "A", 0, 16384), ("flush", "C"),
    ("close", "C"), ("open", "F", ""), ("read", "F", 0, 8192),
    ("write", "A", 2048, 512, 5, False), ("close", "A"),
    ("flush", "F"), ("read", "B", 0, 8192), ("read", "F", 0, 8192),
    ("write", "E", 0, 4096, 6, False), ("close", "E"),
    ("flush", "D"), ("read", "D", 0, 8192), ("read", "B", 0, 8192),
    ("flush", "B"), ("flush", "D"),
    # A group ends with its last connection; a new one starts clean,
    # unless the old one still owed a flush (rule E).
    ("close", "D"), ("open", "G", "x"), ("read", "G", 0, 8192),
    ("flush", "G"),
    ("close", "B"), ("close", "F"), ("close", "G"),
    ("open", "H", ""), ("flush", "H"), ("read", "H", 0, 16384),
]


def pattern(n, length):
    return bytes((n * 37 + i * 7) % 251 for i in range(length))


# ---------------------------------------------------------------- model
class Conn:
    def __init__(self, hid, export):
        self.hid = hid
        self.export = export
        self.r = False
        self.w = False
        self.started = False
        # auto resolves per connection (thread model is parallel here)
        self.mode = mode
        if mode == "auto":
            self.mode = "plugin" if plugin_mc else "emulate"


class Model:
    def __init__(self):
        self.conns = {}
        self.dirty = {}      # group key -> bool
        self.failing = False
        self.next_id = 1
        self.total = 0

    def key(self, c):
        # This filter: outside emulate mode a group is always one export
        # (a flush on one export never cleans another).
        if ours and c.mode != "emulate":
            return c.export
        return c.export if by_export else ""

    def group(self, c):
        return [x for x in self.conns.values() if self.key(x) == self.key(c)]

    def mark(self, c, is_read):
        if track == "connection":
            if is_read:
                c.r = True
            else:
                c.w = True
        if not is_read and track in ("connection", "fast"):
            self.dirty[self.key(c)] = True

    def flush(self, c):
        """Returns (sorted flushed handle ids, ok)."""
        k = self.key(c)
        dirty = self.dirty.get(k, False)
        if c.mode == "emulate":
            need = [x for x in self.group(c)
                    if track == "off" or x.w or
                    (dirty and (track == "fast" or x.r))]
            if need and self.failing:
                return [], False
            for x in need:
                x.r = x.w = False
            self.dirty[k] = False
            return sorted(x.hid for x in need), True
        if track != "off" and not dirty:
            return [], True
        if self.failing:
            return [], False
        if track == "connection":
            if plugin_mc:
                for x in self.group(c):
                    x.r = x.w = False
                self.dirty[k] = False
            else:
                c.r = c.w = False
        elif track == "fast":
            self.dirty[k] = False
        return [c.hid], True

    def step(self, s):
        op = s[0]
        if op == "open":
            c = Conn(self.next_id, s[2])
            self.next_id += 1
            self.conns[s[1]] = c
            return [], True
        if op == "close":
            c = self.conns.pop(s[1])
            # A group that empties is forgotten unless it still owes a
            # flush (rule E): then the next connection inherits the debt.
            if not self.group(c) and not self.dirty.get(self.key(c)):
                self.dirty.pop(self.key(c), None)
            return [], True
        if op == "failon":
            self.failing = True
            return [], True
        if op == "failoff":
            self.failing = False
            return [], True
        c = self.conns[s[1]]
        c.started = True
        if op in ("read", "cache"):
            self.mark(c, True)
            return [], True
        if op == "flush":
            r = self.flush(c)
            self.total += len(r[0])
            return r
        fua = s[-1]
        if fua and c.mode != "emulate":
            return [], True
        self.mark(c, False)
        if fua:
            r = self.flush(c)
            self.total += len(r[0])
            return r
        return [], True


# ------------------------------------------------------------- workload
def log_lines(what):
    try:
        with open(flush_log) as f:
            return [int(line.split()[1]) for line in f
                    if line.startswith(what + " ")]
    except FileNotFoundError:
        return []


def flushed_so_far():
    return log_lines("flush")


def wait_closed(hid):
    # The server closes the plugin handle (writing back its cache) after
    # the client has gone; wait for it so later reads are deterministic.
    for _ in range(1000):
        if hid in log_lines("close"):
            return
        time.sleep(0.005)
    raise RuntimeError("handle %d was not closed" % hid)


model = Model()
handles = {}
mismatches = 0
extra_flushes = 0
seen = 0
for i, s in enumerate(STEPS):
    op = s[0]
    desc = " ".join(str(x) for x in s)
    result = "ok"
    extra = ""
    try:
        if op == "open":
            h = nbd.NBD()
            h.set_export_name(s[2])
            h.connect_unix(sock)
            handles[s[1]] = h
            extra = " multi_conn=%d fua=%d flush=%d" % (
                h.can_multi_conn(), h.can_fua(), h.can_flush())
        elif op == "close":
            handles.pop(s[1]).shutdown()
            wait_closed(model.conns[s[1]].hid)
        elif op == "failon":
            open(fail_file, "w").close()
        elif op == "failoff":
            os.unlink(fail_file)
        else:
            h = handles[s[1]]
            if op == "read":
                data = h.pread(s[3], s[2])
                extra = " sha=" + hashlib.sha256(data).hexdigest()[:16]
            elif op == "cache":
                h.cache(s[3], s[2])
            elif op == "flush":
                h.flush()
            else:
                flags = nbd.CMD_FLAG_FUA if s[-1] else 0
                if op == "write":
                    h.pwrite(pattern(s[4], s[3]), s[2], flags)
                elif op == "zero":
                    h.zero(s[3], s[2], flags)
                elif op == "trim":
                    h.trim(s[3], s[2], flags)
    except nbd.Error as e:
        result = "error %s" % (e.errno,)
    log = flushed_so_far()
    now = sorted(log[seen:])
    seen = len(log)
    want, want_ok = model.step(s)
    print("%02d %-28s -> %s%s flushed=%s" % (i, desc, result, extra, now))
    # Failing plugin flushes fail with ENOSPC, which the client must get.
    same_result = result == ("ok" if want_ok else "error ENOSPC")
    if same_result and now != want and set(want) <= set(now):
        # A flush too many is safe, one too few never is: the engine's
        # later rules (an export's debt kept across connections, rule E;
        # departed writes, rule 7) may flush a handle the model thinks
        # clean.  Counted and shown, not failed.
        extra_flushes += len(set(now) - set(want))
        print("   MODEL EXTRA: model says flushed=%s" % (want,))
    elif now != want or not same_result:
        mismatches += 1
        print("   MODEL MISMATCH: model says %s flushed=%s" %
              ("ok" if want_ok else "error", want))
for h in handles.values():
    h.shutdown()
print("model total flushes %d" % (model.total + extra_flushes))
print("model extra flushes %d" % extra_flushes)
print("model mismatches %d" % mismatches)
EOF

# run_combo FILTER OUT MODE TRACK EXPORTNAME PLUGIN_MC
run_combo ()
{
    local filter="$1" out="$2" mode="$3" track="$4" exportname="$5" pmc="$6"
    local d="$cmp_dir/run" ours=0 close_arg=()
    rm -rf "$d"; mkdir "$d"
    # This filter writes back a connection that closes with unflushed
    # writes (multi-conn-close=flush, tested in test-close-writeback.sh);
    # for parity, it runs here as nbdkit's filter does.
    if [ "$filter" = "$FILTER" ]; then
        ours=1
        close_arg=(multi-conn-close=none)
    fi
    MC_OURS="$ours" MC_MODE="$mode" MC_TRACK="$track" MC_EXPORTNAME="$exportname" \
    MC_PLUGIN_MC="$pmc" MC_FLUSH_LOG="$d/flushes" MC_FAIL_FILE="$d/fail" \
    nbdkit -U - --filter="$filter" --filter=stats \
        python "$PLUGIN" multiconn="$pmc" ${MULTICONN_PARITY_ARGS:-} \
        flush_log="$d/flushes" fail_flush="$d/fail" fail_errno=ENOSPC \
        statsfile="$d/stats" \
        multi-conn-mode="$mode" multi-conn-track-dirty="$track" \
        multi-conn-exportname="$exportname" "${close_arg[@]}" \
        --run "$(nbdsh_run "$tmp/workload.py")" \
        > "$out.full" 2> "$d/nbdkit.err" || {
        echo "nbdkit/nbdsh failed for --filter=$filter" \
             "mode=$mode track=$track exportname=$exportname" >&2
        cat "$d/nbdkit.err" >&2
        return 1
    }
    echo "stats: $(stats_summary "$d/stats")" >> "$out.full"
    # What must be identical: every answer and every byte read.  Which
    # handles were flushed is checked against each filter's own model.
    sed -e 's/ flushed=\[[^]]*\]//' -e '/MODEL MISMATCH/d' -e '/MODEL EXTRA/d' -e '/^model extra flushes/d' \
        -e '/^model /d' -e 's/ flush=[0-9]*//' "$out.full" > "$out"
}

# check_combo N MODE TRACK EXPORTNAME PLUGIN_MC: writes its verdict to
# $tmp/combo.N/result (first word ok or FAIL).
check_combo ()
{
    local n="$1" mode="$2" track="$3" exportname="$4" pmc="$5"
    local cmp_dir="$tmp/combo.$n"
    local label="multiconn=$pmc mode=$mode track=$track exportname=$exportname"
    local res="$cmp_dir/result" out model_total stats_total note=""
    mkdir -p "$cmp_dir"
    if differs_by_design "$mode" "$track" "$exportname" "$pmc"; then
        # nbdkit's filter lets a flush on one export clean another here:
        # only this filter's own model is checked.
        note=" (own model only: outside emulate mode groups are per export)"
        run_combo "$FILTER" "$cmp_dir/compare.out" "$mode" "$track" \
            "$exportname" "$pmc" > "$cmp_dir/diff" 2>&1 || {
            { echo "FAIL $label: run failed"; cat "$cmp_dir/diff"; } > "$res"
            return
        }
    elif ! compare_filters run_combo "$mode" "$track" "$exportname" "$pmc" \
            > "$cmp_dir/diff" 2>&1; then
        { echo "FAIL $label: differs from --filter=$REF_FILTER"
          cat "$cmp_dir/diff"; } > "$res"
        return
    fi
    out="$cmp_dir/compare.out.full"
    if ! grep -q '^model mismatches 0$' "$out"; then
        { echo "FAIL $label: flush rules model mismatch"
          grep -B1 'MODEL MISMATCH' "$out" || cat "$out"; } > "$res"
        return
    fi
    model_total="$(sed -n 's/^model total flushes //p' "$out")"
    stats_total="$(sed -n 's/^stats: .*flush=\([0-9]*\).*/\1/p' "$out")"
    if [ "$model_total" != "$stats_total" ]; then
        echo "FAIL $label: stats filter counted $stats_total plugin" \
             "flushes, model expects $model_total" > "$res"
        return
    fi
    extra="$(sed -n 's/^model extra flushes //p' "$out")"
    [ "${extra:-0}" = 0 ] || note="$note ($extra beyond the model: a flush too many is safe, one too few never)"
    if [ -n "$note" ]; then
        echo "ok $label: $stats_total plugin flushes$note" > "$res"
    else
        echo "ok $label: identical output, $stats_total plugin flushes" > "$res"
    fi
}

# differs_by_design MODE TRACK EXPORTNAME PLUGIN_MC: whether nbdkit's
# filter skips flushes by a flag shared by different exports where this
# one does not (a mode other than emulate, after auto, with dirty tracking
# and multi-conn-exportname=false).
differs_by_design ()
{
    local mode="$1" track="$2" exportname="$3" pmc="$4"
    [ "$exportname" = false ] && [ "$track" != off ] || return 1
    case "$mode" in
        emulate) return 1 ;;
        auto) [ "$pmc" = 1 ] ;;
        *) return 0 ;;
    esac
}

n=0
for pmc in 0 1; do
    for mode in auto emulate plugin disable unsafe; do
        # Over a multi-conn plugin only the modes that look at it differ.
        if [ "$pmc" = 1 ]; then
            case "$mode" in auto|plugin) ;; *) continue ;; esac
        fi
        for track in connection fast off; do
            for exportname in false true; do
                n=$((n+1))
                jobs_limit "$MULTICONN_TEST_JOBS"
                check_combo "$n" "$mode" "$track" "$exportname" "$pmc" &
            done
        done
    done
done
wait

failed=0
combos=$n
for i in $(seq 1 "$n"); do
    r="$tmp/combo.$i/result"
    if [ ! -f "$r" ]; then
        echo "FAIL combination $i: no result"
        failed=$((failed+1))
        continue
    fi
    cat "$r"
    case "$(head -c2 "$r")" in ok) ;; *) failed=$((failed+1)) ;; esac
done

# A few counts worked out by hand from the rules, so that the model above
# is itself checked.  Connections A, B, C on one export, a plugin without
# multi-conn; C reads, A writes, B flushes (1), B flushes (2), A reads,
# B flushes (3), B writes with FUA.
#   emulate/connection: (1) flushes A (WRITE) and C (READ, group dirty),
#     (2) and (3) nothing (clean group, nobody has WRITE), the FUA write
#     flushes B (WRITE) and A (READ): 2 + 0 + 0 + 2 = 4.
#   emulate/fast: a dirty group flushes all 3, a clean one none: 3+3 = 6.
#   emulate/off: every flush flushes all 3: 4 x 3 = 12.
#   disable or plugin/connection: the plugin lacks multi-conn, so the
#     group stays dirty and every client flush is forwarded; the FUA write
#     keeps its FUA and needs no flush: 3.
#   disable/off: every client flush is forwarded: 3.
#   disable or unsafe/fast: (1) is forwarded and cleans the group: 1.
cat > "$tmp/hand.py" <<'EOF'
import os
sock = os.environ["unixsocket"]
A, B, C = nbd.NBD(), nbd.NBD(), nbd.NBD()
for h in (A, B, C):
    h.connect_unix(sock)
C.pread(512, 0)
A.pwrite(b"a" * 512, 0)
B.flush()
B.flush()
A.pread(512, 0)
B.flush()
B.pwrite(b"b" * 512, 512, nbd.CMD_FLAG_FUA)
EOF
hand_count ()
{
    local mode="$1" track="$2" script="${3:-$tmp/hand.py}"
    rm -f "$tmp/hand.stats"
    nbdkit -U - --filter="$FILTER" --filter=stats python "$PLUGIN" \
        statsfile="$tmp/hand.stats" \
        multi-conn-mode="$mode" multi-conn-track-dirty="$track" \
        --run "$(nbdsh_run "$script")" \
        2>"$tmp/hand.err" || { cat "$tmp/hand.err" >&2; return 1; }
    stats_flushes "$tmp/hand.stats"
}
for t in "emulate connection 4" "emulate fast 6" "emulate off 12" \
         "disable connection 3" "disable fast 1" "disable off 3" \
         "plugin connection 3" "unsafe fast 1"; do
    set -- $t
    combos=$((combos+1))
    got="$(hand_count "$1" "$2")"
    if [ "$got" = "$3" ]; then
        echo "ok by hand: mode=$1 track=$2: $got plugin flushes"
    else
        echo "FAIL by hand: mode=$1 track=$2: $got plugin flushes, expected $3"
        failed=$((failed+1))
    fi
done

# Three sequential scenarios with the plugin flush counts nbdkit's filter
# gives for them over a plugin without multi-conn (connections that have
# sent no request included): S1, 3 connections: 0 flushes, reads, flushes;
# S2, 4 connections: 0 reads, 1 zeroes, 3 flushes, 2 zeroes, 0 reads, 3
# flushes twice; S3, 3 connections: 0 reads, 1 trims, 0 and 1 flush, 0
# reads, 2 trims, 0 and 2 flush.
scenario ()
{
    local n="$1"; shift
    {
        echo "import os"
        echo "h = [nbd.NBD() for _ in range($n)]"
        echo "for x in h:"
        echo "    x.connect_unix(os.environ['unixsocket'])"
        printf '%s\n' "$@"
    }
}
scenario 3 "h[0].flush(); h[0].pread(1, 0); h[0].flush()" > "$tmp/s1.py"
scenario 4 "h[0].pread(1, 0); h[1].zero(1, 0); h[3].flush(); h[2].zero(1, 1)" \
    "h[0].pread(1, 0); h[3].flush(); h[3].flush()" > "$tmp/s2.py"
scenario 3 "h[0].pread(1, 0); h[1].trim(1, 0); h[0].flush(); h[1].flush()" \
    "h[0].pread(1, 0); h[2].trim(1, 1); h[0].flush(); h[2].flush()" > "$tmp/s3.py"
for t in "off emulate 6 12 12" "connection emulate 0 4 4" "fast emulate 0 8 6" \
         "off plugin 2 3 4" "connection plugin 0 3 4" "fast plugin 0 2 2"; do
    set -- $t
    wants=("$3" "$4" "$5")
    for i in 1 2 3; do
        combos=$((combos+1))
        want="${wants[$((i-1))]}"
        got="$(hand_count "$2" "$1" "$tmp/s$i.py")"
        if [ "${got:-0}" = "$want" ]; then
            echo "ok scenario S$i: mode=$2 track=$1: $want plugin flushes, as nbdkit's filter"
        else
            echo "FAIL scenario S$i: mode=$2 track=$1: ${got:-0} plugin flushes, nbdkit's filter makes $want"
            failed=$((failed+1))
        fi
    done
done

echo "$test_name: $((combos-failed)) of $combos checks passed"
[ "$failed" -eq 0 ] || fail "$failed checks failed"
