#!/usr/bin/env bash
# multiconn-check --advise tests at the export's preferred block size and
# above, and does not blame the filter for violations below it.
#
# tests/plugins/bigcache.py keeps per-connection caches of whole 64 KiB
# blocks and advertises 65536 as its preferred block size.  Below that, two
# connections writing different parts of one block lose each other's
# writes whatever flushes do (the plugin's own comment says so).
#   1. --advise -t 3 -- python bigcache.py, as a user would run it: only
#      65536-byte blocks, advice emulate, emulate clean, no "problem:"
#      line, exit status 0.
#   2. --block-size 4096: the run goes below the preferred size; the report
#      says what violations there mean, counts none of them against the
#      filter (exit 0, no "problem:" line, advice none).  Can fail: emulate
#      mode had violations at 4096-byte blocks in this very run, which the
#      checker used to report as the filter's ("problem: even emulate mode
#      had N violations ... report it").
#   3. Over wbcache.py, which gives no preferred block size, it still tries
#      4096 and 65536.

set -euo pipefail
source "$(dirname "$0")/functions.sh"
require_checker
BIG="$top/tests/plugins/bigcache.py"

# json FILE EXPR: evaluate a python expression over the JSON line as j.
json ()
{
    /usr/bin/python3 -c '
import json, sys
j = json.loads([l for l in open(sys.argv[1]) if l.startswith("JSON ")][-1][5:])
print(eval(sys.argv[2]))' "$1" "$2"
}

# advise OUT ARGS...: sets rc.
advise ()
{
    local out="$1"; shift
    rc=0
    "$check" --advise --filter="$FILTER" --json "$@" > "$out" 2>&1 || rc=$?
    grep -E '^(the export|setup|no filter|filter,|advice|note|problem|cost)' "$out" |
        cut -c1-200 | sed 's/^/  /' || :
}

echo "--- 1. --advise -t 3 -- python bigcache.py"
advise "$tmp/1.out" -t 3 -- python "$BIG"
[ "$rc" = 0 ] || fail "1: exit status $rc"
! grep -q '^problem:' "$tmp/1.out" || fail "1: the filter was blamed"
[ "$(json "$tmp/1.out" 'j["preferred_block_size"]')" = 65536 ] ||
    fail "1: preferred block size not found to be 65536"
[ "$(json "$tmp/1.out" 'j["block_sizes"]')" = "[65536]" ] ||
    fail "1: tried $(json "$tmp/1.out" 'j["block_sizes"]'), expected [65536] only"
[ "$(json "$tmp/1.out" 'j["advice"]')" = emulate ] || fail "1: advice is not emulate"
ok "1: at the preferred size only; advice emulate; emulate clean"

echo "--- 2. --block-size 4096 (below the preferred size)"
advise "$tmp/2.out" -t 3 --block-size 4096 -- python "$BIG"
[ "$rc" = 0 ] || fail "2: exit status $rc (violations below the preferred size were counted)"
! grep -q '^problem:' "$tmp/2.out" || fail "2: the filter was blamed"
grep -q "^note: 4096-byte blocks are smaller than the export's preferred block size (65536 bytes)" \
    "$tmp/2.out" || fail "2: no note on the block size"
grep -q 'not counted in the advice or against the filter' "$tmp/2.out" ||
    fail "2: the note does not say the violations are not counted"
[ "$(json "$tmp/2.out" 'j["below_preferred"]')" = "[4096]" ] ||
    fail "2: JSON below_preferred is not [4096]"
[ "$(json "$tmp/2.out" 'j["advice"]')" = none ] || fail "2: advice is not none"
below="$(json "$tmp/2.out" \
    'sum(s["violations"] for s in j["setups"] if s["setup"].endswith("emulate"))')"
[ "$below" -gt 0 ] ||
    fail "2: emulate had no violation at 4096-byte blocks: the case is not shown"
ok "2: below the preferred size: explained, not counted (emulate had $below there)"

echo "--- 3. wbcache.py (no preferred block size)"
advise "$tmp/3.out" -t 1 --blocks 32 -- python "$PLUGIN"
[ "$rc" = 0 ] || fail "3: exit status $rc"
[ "$(json "$tmp/3.out" 'j["block_sizes"]')" = "[4096, 65536]" ] ||
    fail "3: tried $(json "$tmp/3.out" 'j["block_sizes"]'), expected [4096, 65536]"
ok "3: no preferred size: 4096 and 65536"
