#!/usr/bin/env bash
# The filter's nbdkit name is "multiconn", not "multi-conn" (nbdkit's own
# filter's name), so the two can be stacked and told apart:
#   - --version lists "multiconn VERSION", next to nbdkit's "multi-conn";
#   - nbdkit -v registers it "(name multiconn)";
#   - with both filters stacked, -D multiconn.trace=1 reaches this filter
#     (its trace lines appear, and nbdkit warns about no unused flag);
#   - its error messages start with "multiconn:" (a bad value, and a
#     flush refused by emulate mode over a plugin that cannot flush).
# Can fail: in the same stack, -D multi-conn.trace=1 (nbdkit's filter's
# name) gives no trace lines of this filter, and nbdkit warns that it
# found no such variable; the checks above would see both.

set -euo pipefail
source "$(dirname "$0")/functions.sh"

require nbdkit nbdsh grep
require_python_nbd
require_python_plugin
require_filter
own_filter || skip "FILTER=$FILTER is not this project's filter"
nbdkit --filter=multi-conn null --dump-plugin >/dev/null 2>&1 ||
    skip "nbdkit's multi-conn filter is not installed"

version="$(nbdkit --version | sed -n 's/^nbdkit //p')"

# --- --version ------------------------------------------------------------
nbdkit --filter=multi-conn --filter="$FILTER" memory 1M --version > "$tmp/version"
cat "$tmp/version"
grep -qx "multiconn $version" "$tmp/version" ||
    fail "--version does not list 'multiconn $version'"
grep -qx "multi-conn $version" "$tmp/version" ||
    fail "--version does not list nbdkit's filter as 'multi-conn $version'"
ok "--version lists multiconn $version beside multi-conn $version"

# --- the registered name ----------------------------------------------------
nbdkit -v --filter="$FILTER" memory 1M --dump-plugin > /dev/null 2> "$tmp/dump.err"
grep -F "registered filter $FILTER (name multiconn)" "$tmp/dump.err" ||
    { cat "$tmp/dump.err" >&2; fail "nbdkit -v does not register it as multiconn"; }
ok "registered as multiconn"

# --- the debug flag, both filters stacked -------------------------------------
# trace FLAG LOG: one write and one flush through both filters.
trace ()
{
    nbdkit -U - -v -D "$1" --filter=multi-conn --filter="$FILTER" memory 1M \
        --run 'nbdsh -u "$uri" -c "h.pwrite(b\"x\" * 512, 0); h.flush()"' \
        2> "$2"
}

trace multiconn.trace=1 "$tmp/ours.log"
grep -E 'multiconn: trace: ' "$tmp/ours.log" | sed 's/^/  /'
grep -qE 'debug: multiconn: trace: #[0-9]+ pwrite count=512 offset=0' "$tmp/ours.log" ||
    fail "-D multiconn.trace=1: no trace line for the write"
grep -qE 'debug: multiconn: trace: #[0-9]+ flush' "$tmp/ours.log" ||
    fail "-D multiconn.trace=1: no trace line for the flush"
if grep -E 'warning:.*(multiconn|debug flag)' "$tmp/ours.log"; then
    fail "-D multiconn.trace=1: nbdkit warned about the flag"
fi
ok "-D multiconn.trace=1 reaches this filter in a stack with nbdkit's"

# Can fail: nbdkit's filter's name does not reach this filter.
trace multi-conn.trace=1 "$tmp/theirs.log"
grep -E 'warning:' "$tmp/theirs.log" | sed 's/^/  /' || :
if grep -qE 'multiconn: trace: ' "$tmp/theirs.log"; then
    fail "-D multi-conn.trace=1 (nbdkit's filter's name) gave this filter's trace"
fi
grep -q 'warning: -D multi-conn.trace' "$tmp/theirs.log" ||
    fail "-D multi-conn.trace=1: nbdkit did not warn (the can-fail case is not what it seems)"
ok "can fail: -D multi-conn.trace=1 gives no trace of this filter, and a warning"

# --- error messages -----------------------------------------------------------
rc=0
nbdkit -U - --filter="$FILTER" memory 1M multi-conn-mode=fast \
    --run true 2> "$tmp/bad.err" || rc=$?
cat "$tmp/bad.err"
[ "$rc" != 0 ] || fail "multi-conn-mode=fast was accepted"
grep -qF "error: multiconn: multi-conn-mode: unknown value 'fast'" "$tmp/bad.err" ||
    fail "the error for a bad value does not start with 'multiconn:'"
rc=0
nbdkit -U - --filter="$FILTER" python "$PLUGIN" flush=0 \
    multi-conn-mode=emulate --run 'nbdsh -u "$uri" -c "pass"' 2> "$tmp/noflush.err" || rc=$?
grep 'error:' "$tmp/noflush.err" | head -n 1
grep -qF "error: multiconn: multi-conn-mode=emulate needs a plugin that can flush" \
    "$tmp/noflush.err" || fail "the refused connection's error does not start with 'multiconn:'"
ok "error messages start with multiconn:"
