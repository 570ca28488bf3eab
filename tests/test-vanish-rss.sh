#!/usr/bin/env bash
# 10,000 clients vanish mid-handshake (scripts/vanish-rss.sh): the server's
# RSS stays within 1 MiB of its value after the first 1,000, every flush
# counts only the live connection, the statistics end with
# "members left 0, groups left 0".  (Without a filter the growth measured
# 48 KiB; each member left behind costs about 470 bytes, 4.5 MiB in all.)
# Can fail: through nbdkit's own --filter=multi-conn the first 1,000 must
# already take the server down.
set -euo pipefail
source "$(dirname "$0")/functions.sh"
require_filter
require_python_nbd

problems=""
rc=0
bash "$top/scripts/vanish-rss.sh" > "$tmp/out" 2>&1 || rc=$?
cat "$tmp/out"
[ "$rc" = 0 ] || problems="$problems; scripts/vanish-rss.sh exit status $rc"
if own_filter; then
    grep -q 'members left 0, groups left 0$' "$tmp/out" ||
        problems="$problems; the statistics line lacks 'members left 0, groups left 0'"
fi

echo "can-fail companion: --filter=$REF_FILTER, 1000 clients"
rc=0
FILTER="$REF_FILTER" bash "$top/scripts/vanish-rss.sh" --clients 1000 \
    > "$tmp/ref" 2>&1 || rc=$?
tail -n 5 "$tmp/ref"
[ "$rc" != 0 ] ||
    problems="$problems; --filter=$REF_FILTER came through: the scenario did not happen"
[ -z "$problems" ] || fail "${problems#; }"
ok "vanishing clients leave no memory behind"
