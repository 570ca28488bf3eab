#!/usr/bin/env bash
# nbdcopy with several connections through the filter, emulate mode.
#
# nbdcopy hands out the image to its worker threads in 128M pieces, one
# connection per worker, so the source is a sparse image of three such
# pieces plus a bit, with random data at the start of every piece: the
# copy into the export then writes through four connections at once.
#
#   1. nbdinfo: the export advertises multi-conn;
#   2. a long-lived observer connection reads the data ranges (zeroes)
#      before the copy, filling its per-connection cache in wbcache.py;
#   3. nbdcopy --connections=4 --flush copies the image in (it must report
#      connections=4);
#   4. the observer reads the data ranges again: it must see the copied
#      data (the flush of nbdcopy must have reached the observer's cache);
#   5. nbdcopy copies the export back out: cmp with the source;
#   6. the backing file equals the source; after a server restart from the
#      same dir= backing, the export copied out again is still equal.

set -euo pipefail
source "$(dirname "$0")/functions.sh"
require_filter
require_python_plugin
require_python_nbd
require nbdcopy nbdinfo cmp truncate dd

NBDKIT="${NBDKIT:-nbdkit}"
piece=$((128 * 1024 * 1024))
chunk=$((512 * 1024))
size=$((3 * piece + 2 * chunk))
store="$tmp/store"
mkdir "$store"
src="$tmp/src.img"
truncate -s "$size" "$src"
ranges=""
for i in 0 1 2 3; do
    off=$((i * piece + 4096 * (i + 1)))
    head -c "$chunk" /dev/urandom |
        dd of="$src" bs=4096 seek=$((off / 4096)) conv=notrunc status=none
    ranges="$ranges $off:$chunk"
done
export src ranges store

cat > "$tmp/phase1.sh" <<'EOF'
set -eu
nbdinfo --can multi-conn "$uri" ||
    { echo "FAILED: export does not advertise multi-conn"; exit 1; }
echo "ok: nbdinfo: can_multi_conn true"
/usr/bin/python3 "$top/tests/observer.py" "$unixsocket" "$tmp" "$src" "$ranges" &
obs=$!
trap 'if [ -n "$obs" ]; then kill $obs 2>/dev/null; fi' EXIT
while [ ! -e "$tmp/observer.ready" ]; do
    kill -0 $obs 2>/dev/null || { wait $obs; exit 1; }
    sleep 0.05
done
nbdcopy -v --destination-is-zero --flush --connections=4 --threads=4 \
    "$src" "$uri" 2> "$tmp/nbdcopy-in.log"
grep '^nbdcopy: connections=' "$tmp/nbdcopy-in.log"
grep -q '^nbdcopy: connections=4 ' "$tmp/nbdcopy-in.log" ||
    { echo "FAILED: nbdcopy did not use 4 connections"; exit 1; }
echo "ok: nbdcopy used 4 connections"
touch "$tmp/observer.go"
wait $obs
obs=
echo "ok: the observer connection sees the copied data"
nbdcopy --connections=4 --threads=4 "$uri" "$tmp/out1.img"
cmp "$src" "$tmp/out1.img"
echo "ok: copied back out, equal"
EOF

echo "checking nbdcopy --connections=4 in and out of a ${size}-byte export," \
     "emulate mode, filter $FILTER"
start=$SECONDS
"$NBDKIT" -U - --filter="$FILTER" python "$PLUGIN" \
    dir="$store" size="$size" multi-conn-mode=emulate \
    --run 'export uri unixsocket; sh "$tmp/phase1.sh"' || fail "copy through the filter"

cmp "$src" "$store/export.img" || fail "backing store differs from the source"
echo "ok: backing store equals the source"

"$NBDKIT" -U - --filter="$FILTER" python "$PLUGIN" \
    dir="$store" size="$size" multi-conn-mode=emulate \
    --run 'nbdcopy --connections=4 --threads=4 "$uri" "$tmp/out2.img"' ||
    fail "copy out after restart"
cmp "$src" "$tmp/out2.img" || fail "data differs after a server restart"
echo "ok: copied out after a server restart, equal"
ok "nbdcopy multi-conn copy ($((SECONDS - start))s)"
