#!/usr/bin/env bash
# qemu-img convert into the export and qemu-img compare, emulate mode.
#
#   1. a long-lived observer connection reads the whole export (zeroes),
#      filling its per-connection cache in wbcache.py;
#   2. qemu-img convert -n (8 parallel coroutines, out-of-order writes)
#      writes a random image with holes into nbd+unix:///?socket=...;
#   3. the observer reads the export again: it must see the new data
#      (qemu-img's flush must have reached the observer's cache);
#   4. qemu-img compare with the source, on the running server and after a
#      server restart from the dir= backing; the backing file is compared
#      too.

set -euo pipefail
source "$(dirname "$0")/functions.sh"
require_filter
require_python_plugin
require_python_nbd
require qemu-img cmp truncate dd

NBDKIT="${NBDKIT:-nbdkit}"
size=$((8 * 1024 * 1024))
store="$tmp/store"
mkdir "$store"
src="$tmp/src.img"
truncate -s "$size" "$src"
# Data with holes in between (qemu-img writes zeroes for the holes).
for mb in 0 1 3 6; do
    head -c $((768 * 1024)) /dev/urandom |
        dd of="$src" bs=1M seek="$mb" conv=notrunc status=none
done
export src

cat > "$tmp/phase1.sh" <<'EOF'
set -eu
qemu_uri="nbd+unix:///?socket=$unixsocket"
/usr/bin/python3 "$top/tests/observer.py" "$unixsocket" "$tmp" "$src" &
obs=$!
trap 'if [ -n "$obs" ]; then kill $obs 2>/dev/null; fi' EXIT
while [ ! -e "$tmp/observer.ready" ]; do
    kill -0 $obs 2>/dev/null || { wait $obs; exit 1; }
    sleep 0.05
done
qemu-img convert -n -W -m 8 -f raw -O raw "$src" "$qemu_uri"
echo "ok: qemu-img convert into $qemu_uri"
touch "$tmp/observer.go"
wait $obs
obs=
qemu-img compare -f raw -F raw "$src" "$qemu_uri"
echo "ok: qemu-img compare on the running server"
EOF

echo "checking qemu-img convert/compare through filter $FILTER, emulate mode"
"$NBDKIT" -U - --filter="$FILTER" python "$PLUGIN" \
    dir="$store" size="$size" multi-conn-mode=emulate \
    --run 'export uri unixsocket; sh "$tmp/phase1.sh"' ||
    fail "qemu-img through the filter"

cmp "$src" "$store/export.img" || fail "backing store differs from the source"
echo "ok: backing store equals the source"

"$NBDKIT" -U - --filter="$FILTER" python "$PLUGIN" \
    dir="$store" size="$size" multi-conn-mode=emulate \
    --run 'qemu-img compare -f raw -F raw "$src" "nbd+unix:///?socket=$unixsocket"' ||
    fail "qemu-img compare after a server restart"
echo "ok: qemu-img compare after a server restart"
ok "qemu-img convert and compare"
