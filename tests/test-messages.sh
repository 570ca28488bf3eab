#!/usr/bin/env bash
# The filter's messages where a user would otherwise be lost:
#
# 1. auto or emulate over a plugin that cannot flush: the server's log says
#    why, without -v (the plugin cannot flush, so emulation is impossible)
#    and which modes would serve; a read-only connection (nbdkit -r) needs
#    no flush and is served.
# 2. serialize_connections with an explicit emulate or unsafe: the log
#    says once, without -v, that multi-conn is not advertised.
# 3. A bad boolean prints one error line, not two.
# 4. A key given twice is accepted (the last wins, as nbdkit's filter)
#    with a warning that names it.
#
# Each check is shown to fail against nbdkit's own filter
# (--filter=multi-conn), which says none of this, when it is installed.

set -euo pipefail
source "$(dirname "$0")/functions.sh"

require nbdkit nbdinfo
require_python_plugin
require_filter

# log FILTER ARGS...: nbdkit's stderr (no -v) for one nbdinfo connection.
log ()
{
    local filter=$1; shift
    nbdkit -U - --filter="$filter" "$@" \
        --run 'nbdinfo "$uri" >/dev/null 2>&1; echo "nbdinfo: $?" >&2' 2>&1 || :
}

# check NAME FILTER: runs the four checks against FILTER; prints what
# failed and returns 1 if anything did.
check ()
{
    local f=$1 bad=0 out

    for mode in auto emulate; do
        out=$(log "$f" python "$PLUGIN" flush=0 multi-conn-mode=$mode)
        if ! grep -q -i 'cannot flush' <<<"$out" ||
           ! grep -q -E 'plugin|disable' <<<"$out"; then
            echo "mode $mode over a plugin without flush: the log does not say why and which modes serve:"
            sed 's/^/    /' <<<"$out"
            bad=1
        fi
        out=$(log "$f" -r python "$PLUGIN" flush=0 multi-conn-mode=$mode)
        if ! grep -q '^nbdinfo: 0$' <<<"$out"; then
            echo "mode $mode, -r, plugin without flush: the read-only connection was refused"
            bad=1
        fi
    done

    for mode in emulate unsafe; do
        out=$(nbdkit -U - --filter="$f" python "$PLUGIN" \
                  thread_model=serialize_connections multi-conn-mode=$mode \
                  --run 'nbdinfo "$uri" >/dev/null; nbdinfo "$uri" >/dev/null' 2>&1 || :)
        if [ "$(grep -c -i 'multi-conn.*not advertised\|not advertis.*multi-conn' <<<"$out")" != 1 ]; then
            echo "serialize_connections with $mode: no single log line saying multi-conn is not advertised:"
            sed 's/^/    /' <<<"$out"
            bad=1
        fi
    done

    out=$(nbdkit -U - --filter="$f" memory 1M multi-conn-exportname=maybe --run true 2>&1 || :)
    if [ "$(grep -c 'error' <<<"$out")" != 1 ]; then
        echo "a bad boolean: $(grep -c 'error' <<<"$out") error lines, expected 1:"
        sed 's/^/    /' <<<"$out"
        bad=1
    fi

    out=$(log "$f" memory 1M multi-conn-mode=disable multi-conn-mode=emulate)
    if ! grep -q -i 'multi-conn-mode.*given twice\|multi-conn-mode.*more than once\|repeated.*multi-conn-mode' <<<"$out"; then
        echo "a key given twice: no warning naming it"
        bad=1
    fi
    return "$bad"
}

check "$FILTER" || fail "the filter's messages are missing"
ok "the filter explains a plugin without flush, serves read-only connections, says when serialize_connections hides multi-conn, prints one line for a bad boolean and warns of repeated keys"

if nbdkit --filter=multi-conn null --dump-plugin >/dev/null 2>&1; then
    if check multi-conn >/dev/null; then
        fail "nbdkit's own filter passes: these checks cannot fail"
    fi
    ok "can fail: nbdkit's own filter does not pass"
fi

echo "PASS: $test_name"
