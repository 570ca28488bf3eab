#!/usr/bin/env bash
# scripts/multiconn-check can fail: it reports violations (exit 1) where
# the multi-conn promise is broken, and --advise gives the right advice.
#
# 1. wbcache.py (per-connection write-back caches) without any filter.
# 2. Through $FILTER with multi-conn-mode=unsafe (advertised, not kept).
# 3. Through nbdkit's own filter, --filter=multi-conn with
#    multi-conn-mode=emulate, with reads in flight: wbcache read_delay=0.02
#    makes a read take its data, sleep, then fill its cache, so a flush
#    replicated into that connection meanwhile is undone by the late fill.
#    Measured with -t 3 --blocks 32, 4 connections x 4 in flight, on a
#    2-core machine, seeds 11 to 15: first violation after 0.042, 0.294,
#    0.073, 0.291 and 0.128 s (JSON first_violation_s), 23 to 45
#    violations per 3 s run, at about 1700 ops/s.
# 4. --advise over wbcache.py advises emulate; over the memory plugin it
#    says that plugin mode is enough.
#
# Every run must also leave no nbdkit behind.

set -euo pipefail
source "$(dirname "$0")/functions.sh"
require_checker

# check_violates NAME CHECKER-ARGS...: the checker must exit 1 and report
# a violation in detail.
check_violates ()
{
    local name="$1" rc=0; shift
    "$check" --json "$@" > "$tmp/$name.out" 2> "$tmp/$name.err" || rc=$?
    if [ "$rc" -ne 1 ]; then
        cat "$tmp/$name.out" "$tmp/$name.err" >&2
        fail "$name: exit status $rc, expected 1 (violations)"
    fi
    grep -q '^violation 1: block [0-9]* (bytes' "$tmp/$name.out" ||
        fail "$name: no violation described"
    grep -q '^result: VIOLATION' "$tmp/$name.out" ||
        fail "$name: no VIOLATION result line"
    no_leftovers "$name"
    sed -n 's/^\(violations: .*\)/\1/p' "$tmp/$name.out"
    first="$(sed -n 's/^JSON .*"first_violation_s": \([0-9.]*\).*/\1/p' \
                 "$tmp/$name.out")"
    [ -n "$first" ] || fail "$name: first_violation_s missing in the JSON line"
    ok "$name: violations found, the first after $first s"
}

no_leftovers ()
{
    if pgrep -f "$tmp/multiconn-check\." >/dev/null; then
        pgrep -af "$tmp/multiconn-check\." >&2
        fail "$1: a process started by the checker is still running"
    fi
}

common=(-k 4 -d 4 --blocks 32)

# 1. No filter.
check_violates no-filter "${common[@]}" -n 4000 -- \
    nbdkit python "$PLUGIN"
grep -q '^warning: the server does not advertise multi-conn' \
     "$tmp/no-filter.out" || fail "no-filter: no warning about multi-conn"

# 2. This filter in unsafe mode.
check_violates unsafe "${common[@]}" -n 4000 -- \
    nbdkit --filter="$FILTER" python "$PLUGIN" multi-conn-mode=unsafe
grep -q '"multi_conn": true' "$tmp/unsafe.out" ||
    fail "unsafe: multi-conn not advertised"

# 3. nbdkit's filter, emulate mode, reads in flight.
if nbdkit --filter=multi-conn null --dump-plugin >/dev/null 2>&1; then
    check_violates nbdkit-filter "${common[@]}" -t 2 -- \
        nbdkit --filter=multi-conn python "$PLUGIN" \
        multi-conn-mode=emulate read_delay=0.02
else
    echo "nbdkit's multi-conn filter is not installed: part 3 not checked"
fi

# 4. Advice.
rc=0
"$check" --advise --filter="$FILTER" -t 1 --blocks 32 -- \
    python "$PLUGIN" > "$tmp/advise-wb.out" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || { cat "$tmp/advise-wb.out" >&2;
                     fail "--advise over wbcache: exit $rc, expected 0"; }
grep -q '^advice: use multi-conn-mode=emulate' "$tmp/advise-wb.out" ||
    { cat "$tmp/advise-wb.out" >&2; fail "--advise over wbcache: no emulate advice"; }
grep -q '^cost: emulate runs at' "$tmp/advise-wb.out" ||
    fail "--advise over wbcache: the cost of emulate is not stated"
no_leftovers advise-wb
ok "--advise over wbcache.py advises emulate"
sed -n '/^== summary/,$p' "$tmp/advise-wb.out"

rc=0
"$check" --advise --filter="$FILTER" -t 1 -- memory 4M \
    > "$tmp/advise-mem.out" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || { cat "$tmp/advise-mem.out" >&2;
                     fail "--advise over memory: exit $rc, expected 0"; }
grep -q '^advice: the plugin appears to keep the multi-conn promise.*multi-conn-mode=plugin is enough' \
     "$tmp/advise-mem.out" ||
    { cat "$tmp/advise-mem.out" >&2; fail "--advise over memory: wrong advice"; }
no_leftovers advise-mem
ok "--advise over the memory plugin: plugin mode is enough"
sed -n '/^== summary/,$p' "$tmp/advise-mem.out"

echo "PASS: $test_name"
