#!/usr/bin/env bash
# fio's nbd engine through the filter, emulate mode.
#
#   1. a long-lived observer connection reads the whole export (zeroes),
#      filling its per-connection cache in wbcache.py;
#   2. fio: $FIO_JOBS jobs (default 4, each its own NBD connection) do
#      random 4k writes over their own region with crc32c verify headers,
#      fsync (NBD flush) every 8 writes and at the end, then read back and
#      verify;
#   3. the observer reads the export again: it must equal what a new
#      connection reads (the flushes must have reached its cache);
#   4. a second fio run, verify_only, on new connections checks every block
#      again; then again after a server restart from the dir= backing.
# Skips (77) if fio lacks the nbd engine.

set -euo pipefail
source "$(dirname "$0")/functions.sh"
require_filter
require_python_plugin
require_python_nbd
require fio

fio --enghelp=nbd 2>/dev/null | grep '^uri' >/dev/null ||
    skip "this fio has no nbd engine"

NBDKIT="${NBDKIT:-nbdkit}"
jobs="${FIO_JOBS:-4}"
region=$((1024 * 1024))
size=$((jobs * region))
store="$tmp/store"
mkdir "$store"
export jobs

# The job file; uri comes from the environment (fio expands ${VAR}).
cat > "$tmp/job.fio" <<EOF
[global]
ioengine=nbd
uri=\${FIO_URI}
rw=randwrite
bs=4k
size=$region
offset_increment=$region
numjobs=$jobs
iodepth=4
fsync=8
end_fsync=1
verify=crc32c
verify_fatal=1
verify_dump=0
verify_state_save=0
do_verify=1
randseed=4242
group_reporting=1

[wbcache]
EOF

cat > "$tmp/phase1.sh" <<'EOF'
set -eu
cd "$tmp"
export FIO_URI="nbd+unix:///?socket=$unixsocket"
/usr/bin/python3 "$top/tests/observer.py" "$unixsocket" "$tmp" "fresh" &
obs=$!
trap 'if [ -n "$obs" ]; then kill $obs 2>/dev/null; fi' EXIT
while [ ! -e "$tmp/observer.ready" ]; do
    kill -0 $obs 2>/dev/null || { wait $obs; exit 1; }
    sleep 0.05
done
fio --output="$tmp/fio-write.out" "$tmp/job.fio" ||
    { cat "$tmp/fio-write.out"; echo "FAILED: fio write+verify"; exit 1; }
grep -E 'WRITE:|READ:' "$tmp/fio-write.out" || :
echo "ok: fio randwrite with crc32c verify, $jobs jobs"
touch "$tmp/observer.go"
wait $obs
obs=
fio --verify_only --output="$tmp/fio-verify.out" "$tmp/job.fio" ||
    { cat "$tmp/fio-verify.out"; echo "FAILED: fio verify_only"; exit 1; }
echo "ok: fio verify_only pass on new connections"
EOF

echo "checking fio nbd engine, $jobs jobs, through filter $FILTER," \
     "emulate mode"
"$NBDKIT" -U - --filter="$FILTER" python "$PLUGIN" \
    dir="$store" size="$size" multi-conn-mode=emulate \
    --run 'export uri unixsocket; sh "$tmp/phase1.sh"' ||
    fail "fio through the filter"

"$NBDKIT" -U - --filter="$FILTER" python "$PLUGIN" \
    dir="$store" size="$size" multi-conn-mode=emulate \
    --run 'cd "$tmp" && FIO_URI="nbd+unix:///?socket=$unixsocket" fio --verify_only --output="$tmp/fio-verify2.out" "$tmp/job.fio"' ||
    { cat "$tmp/fio-verify2.out"; fail "fio verify_only after a restart"; }
echo "ok: fio verify_only pass after a server restart"
ok "fio nbd engine"
