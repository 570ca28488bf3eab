#!/usr/bin/env bash
# Advertised multi-conn per mode, over a plugin without (multiconn=0) and
# with (multiconn=1) multi-conn:
#
#   mode      multiconn=0  multiconn=1
#   auto          1            1        (emulate / plugin)
#   emulate       1            1
#   plugin        0            1
#   disable       0            0
#   unsafe        1            1
#
# checked with nbdinfo --can multi-conn and with nbdsh; flush, FUA, trim,
# zero and cache stay advertised in every mode.  With this project's
# filter the per-connection debug line says what auto resolved to.

set -euo pipefail
source "$(dirname "$0")/functions.sh"

require nbdkit nbdsh nbdinfo
require_python_nbd
require_python_plugin
require_filter

want_mc ()
{
    case "$1:$2" in
        auto:*|emulate:*|unsafe:*) echo 1 ;;
        plugin:1) echo 1 ;;
        *) echo 0 ;;
    esac
}

# The mode auto resolves to, and the reason our debug line gives.
resolved ()
{
    case "$1:$2" in
        auto:0) echo 'emulate (plugin lacks multi-conn)' ;;
        auto:1) echo 'plugin (plugin supports multi-conn)' ;;
        *) echo "$1 (configured)" ;;
    esac
}

for mc in 0 1; do
    for mode in auto emulate plugin disable unsafe; do
        want="$(want_mc "$mode" "$mc")"
        nbdkit -U - -v --filter="$FILTER" python "$PLUGIN" \
            multiconn="$mc" multi-conn-mode="$mode" \
            --run '
              rc=0; nbdinfo --can multi-conn "$uri" || rc=$?
              echo "nbdinfo=$rc"
              nbdsh -u "$uri" -c "
print(\"nbdsh=%d flush=%d fua=%d trim=%d zero=%d cache=%d\" % (
    h.can_multi_conn(), h.can_flush(), h.can_fua(), h.can_trim(),
    h.can_zero(), h.can_cache()))"
            ' > "$tmp/out" 2> "$tmp/err" || {
            cat "$tmp/out" "$tmp/err" >&2
            fail "mode=$mode multiconn=$mc: server or client failed"; }

        # nbdinfo --can exits 0 for true, 2 for false.
        if [ "$want" = 1 ]; then nbdinfo_want=0; else nbdinfo_want=2; fi
        grep -qx "nbdinfo=$nbdinfo_want" "$tmp/out" || {
            cat "$tmp/out" >&2
            fail "mode=$mode multiconn=$mc: nbdinfo --can multi-conn," \
                 "expected exit $nbdinfo_want"; }
        grep -qx "nbdsh=$want flush=1 fua=1 trim=1 zero=1 cache=1" \
             "$tmp/out" || {
            cat "$tmp/out" >&2
            fail "mode=$mode multiconn=$mc: expected can_multi_conn=$want" \
                 "and all other flags set"; }

        if own_filter; then
            line="multiconn: connection #[0-9]+ export \"\": mode $mode -> $(resolved "$mode" "$mc")"
            line="${line//(/\\(}"; line="${line//)/\\)}"
            grep -qE -- "$line" "$tmp/err" || {
                grep 'multiconn:' "$tmp/err" >&2 || :
                fail "mode=$mode multiconn=$mc: no debug line matching: $line"; }
            # One line per connection: nbdinfo and nbdsh connected once each.
            n="$(grep -cE -- "$line" "$tmp/err")"
            [ "$n" -eq 2 ] ||
                fail "mode=$mode multiconn=$mc: $n mode lines for 2 connections"
        fi
        ok "mode=$mode multiconn=$mc: can_multi_conn=$want"
    done
done

# The memory plugin advertises multi-conn itself: auto leaves it on,
# disable turns it off.
for m in auto:0 plugin:0 disable:2 emulate:0 unsafe:0; do
    mode="${m%:*}" want="${m#*:}" rc=0
    nbdkit -U - --filter="$FILTER" memory 1M multi-conn-mode="$mode" \
        --run 'nbdinfo --can multi-conn "$uri"' || rc=$?
    [ "$rc" = "$want" ] ||
        fail "memory plugin, mode=$mode: nbdinfo exit $rc, expected $want"
    ok "memory plugin, mode=$mode: nbdinfo --can multi-conn exit $rc"
done

echo "$test_name: all checks passed"
