#!/usr/bin/env bash
# The hunt workload finds what a uniform mix does not.
#
# tests/plugins/bigcache.py with writeback=0 is multi-conn consistent by
# itself (writes go to the store; a flush drops every connection's cache)
# and says so.  reader_after=32 adds a bug: a connection whose last 32
# requests were all reads keeps its cache across other connections'
# flushes.  A uniform mix (45% writes on every connection) practically
# never reads 32 times in a row; hunt's readers next to a hot writer, its
# reader profiles and reading phases do.  Same budget for both: 20000
# operations, seeds 1 and 2.  Without the bug, hunt is clean.

set -euo pipefail
source "$(dirname "$0")/functions.sh"
require_checker

budget=(-n 20000)
for seed in 1 2; do
    check_run "uniform-seed$seed" 0 "${budget[@]}" --seed "$seed" -w uniform \
        -- nbdkit python "$BIGCACHE" writeback=0 reader_after=32
    check_run "hunt-seed$seed" 1 "${budget[@]}" --seed "$seed" -w hunt \
        -- nbdkit python "$BIGCACHE" writeback=0 reader_after=32
    grep '^violations by workload shape' "$tmp/hunt-seed$seed.out"
done
ok "hunt finds the reader bug; the uniform mix does not, in the same budget"

check_run hunt-no-bug 0 "${budget[@]}" --seed 1 -w hunt \
    -- nbdkit python "$BIGCACHE" writeback=0
ok "without the bug, hunt is clean"

echo "PASS: $test_name"
