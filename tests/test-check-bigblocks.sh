#!/usr/bin/env bash
# scripts/multiconn-check is as strong at 64 KiB blocks as at 4 KiB.
#
# tests/plugins/bigcache.py caches 64 KiB blocks per connection and fills
# its cache a couple of milliseconds after a read fetched the data (the
# shape of a remote plugin); it advertises 64 KiB as its preferred block
# size.  With --block-size 65536 and the default workload (hunt):
#
# 1. through nbdkit's own filter, --filter=multi-conn with
#    multi-conn-mode=emulate, whose replicated flushes are undone by late
#    fills: stale reads are found within a 5 s run for each of seeds 1 to 5;
# 2. without any filter and through $FILTER in unsafe mode: found at once
#    (within 2000 operations);
# 3. through $FILTER in emulate mode: clean, with at least a stated number
#    of operations and checked reads;
# 4. the default block size is the export's preferred block size.

set -euo pipefail
source "$(dirname "$0")/functions.sh"
require_checker

big=(--block-size 65536)

# 1. nbdkit's filter, emulate mode.
if have_nbdkit_multi_conn; then
    for seed in 1 2 3 4 5; do
        check_run "nbdkit-filter-seed$seed" 1 "${big[@]}" -t 5 --seed "$seed" \
            -- nbdkit --filter=multi-conn python "$BIGCACHE" \
            multi-conn-mode=emulate
    done
    ok "nbdkit's filter: stale reads found in 5 of 5 seeded 5 s runs"
else
    echo "nbdkit's multi-conn filter is not installed: part 1 not checked"
fi

# 2. No filter; this filter in unsafe mode.
check_run no-filter 1 "${big[@]}" -n 2000 --seed 1 -- \
    nbdkit python "$BIGCACHE"
check_run unsafe 1 "${big[@]}" -n 2000 --seed 1 -- \
    nbdkit --filter="$FILTER" python "$BIGCACHE" multi-conn-mode=unsafe
ok "no filter and unsafe mode: found within 2000 operations"

# 3. This filter, emulate mode.
for seed in 1 2; do
    check_run "emulate-seed$seed" 0 "${big[@]}" -t 3 --seed "$seed" -- \
        nbdkit --filter="$FILTER" python "$BIGCACHE" multi-conn-mode=emulate
    out="$tmp/emulate-seed$seed.out"
    ops="$(json_field "$out" ops)"
    reads="$(json_field "$out" checked_reads)"
    [ "${ops:-0}" -ge 1000 ] || fail "emulate-seed$seed: only ${ops:-0} operations (at least 1000 expected)"
    [ "${reads:-0}" -ge 300 ] || fail "emulate-seed$seed: only ${reads:-0} checked reads (at least 300 expected)"
done
ok "this filter in emulate mode: clean"

# 4. Block size from the export.
check_run default-size 0 -n 500 -- \
    nbdkit --filter="$FILTER" python "$BIGCACHE" multi-conn-mode=emulate
[ "$(json_field "$tmp/default-size.out" block_size)" = 65536 ] ||
    fail "default block size: not the export's preferred 65536"
grep -q "blocks of 65536 bytes, the export's preferred block size" \
    "$tmp/default-size.out" || fail "default block size: not reported"
# The memory plugin advertises no preferred block size in nbdkit 1.32
# and 32 KiB in 1.42: expect what nbdkit advertises, if at least 4 KiB.
preferred=$(nbdkit -U - memory 1M --run 'nbdinfo --json "$uri"' |
            sed -n 's/.*"block_size_preferred": *\([0-9]*\).*/\1/p')
want=4096
[ "${preferred:-0}" -lt 4096 ] || want=$preferred
check_run default-size-memory 0 -n 500 -- nbdkit memory 1M
[ "$(json_field "$tmp/default-size-memory.out" block_size)" = "$want" ] ||
    fail "default block size over the memory plugin: not $want (it advertises ${preferred:-none})"
ok "the block size defaults to the export's preferred size (else 4096)"

echo "PASS: $test_name"
