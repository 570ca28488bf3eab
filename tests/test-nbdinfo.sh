#!/usr/bin/env bash
# nbdinfo --json shows the can_multi_conn each mode advertises:
#   emulate true, disable false, unsafe true, plugin = the plugin's answer,
#   auto = as resolved (serialize_connections -> disable, plugin with
#   multi-conn -> plugin, else emulate).  Emulate (also via auto) over a
#   plugin without flush refuses the connection.

set -euo pipefail
source "$(dirname "$0")/functions.sh"
require_filter
require_python_plugin
require nbdinfo

NBDKIT="${NBDKIT:-nbdkit}"

# Prints the can_multi_conn of every export nbdinfo lists, space separated.
cat > "$tmp/mc.py" <<'EOF'
import json, sys
d = json.load(sys.stdin)
print(" ".join("true" if e["can_multi_conn"] else "false"
               for e in d["exports"]))
EOF

failures=0
# check EXPECTED NBDKIT-ARGS...
#   EXPECTED: "true", "false", "true true" (one per listed export) or
#   "refused".  The filter under test is inserted unless the first arg is
#   --nofilter.
check ()
{
    local want="$1"; shift
    local got rc=0 filter=(--filter="$FILTER")
    local label="$*"
    if [ "$1" = --nofilter ]; then filter=(); shift; label="(no filter) $*"; fi
    got="$("$NBDKIT" -U - "${filter[@]}" python "$PLUGIN" "$@" \
             --run 'nbdinfo --list --json "$uri"' \
             2> "$tmp/err" | /usr/bin/python3 "$tmp/mc.py" 2>/dev/null)" ||
        rc=$?
    if [ "$rc" -ne 0 ] || [ -z "$got" ]; then
        got=refused
    fi
    if [ "$got" = "$want" ]; then
        echo "ok: $label -> can_multi_conn $got"
    else
        echo "FAILED: $label -> can_multi_conn $got, expected $want"
        sed 's/^/    /' "$tmp/err"
        failures=$((failures + 1))
    fi
    if [ "$want" = refused ] && own_filter; then
        if grep -q 'multi-conn-mode=emulate needs a plugin that can flush' \
                "$tmp/err"; then
            echo "ok:   refusal message present"
        else
            echo "FAILED: refusal message missing"
            sed 's/^/    /' "$tmp/err"
            failures=$((failures + 1))
        fi
    fi
}

echo "checking advertised can_multi_conn per mode, filter $FILTER"
# The plugin alone, for reference.
check false --nofilter multiconn=0
check true  --nofilter multiconn=1

check true  multi-conn-mode=emulate multiconn=0
check true  multi-conn-mode=emulate multiconn=1
check false multi-conn-mode=disable multiconn=0
check false multi-conn-mode=disable multiconn=1
check true  multi-conn-mode=unsafe multiconn=0
check true  multi-conn-mode=unsafe multiconn=1
check false multi-conn-mode=plugin multiconn=0
check true  multi-conn-mode=plugin multiconn=1

# auto, explicit and default.
check true  multi-conn-mode=auto multiconn=0
check true  multiconn=0
check true  multi-conn-mode=auto multiconn=1
check false multi-conn-mode=auto multiconn=1 thread_model=serialize_connections
check false multi-conn-mode=auto multiconn=0 thread_model=serialize_connections
check true  multi-conn-mode=auto multiconn=0 thread_model=serialize_all_requests
check true  multi-conn-mode=auto multiconn=0 thread_model=serialize_requests

# Other settings do not change the advertisement.
check true  multi-conn-mode=emulate multi-conn-track-dirty=fast multiconn=0
check true  multi-conn-mode=emulate multi-conn-track-dirty=off multiconn=0
check false multi-conn-mode=plugin multi-conn-track-dirty=conn multiconn=0

# Per export, with several exports listed.
check "true true true" multi-conn-exportname=true exports=,a,b multiconn=0
check "false false" multi-conn-mode=plugin multi-conn-exportname=true \
    exports=a,b multiconn=0

# A plugin without flush: emulate cannot work, other modes can.
check refused multi-conn-mode=emulate flush=0 multiconn=0
check refused multi-conn-mode=auto flush=0 multiconn=0
check true  multi-conn-mode=auto flush=0 multiconn=1
check false multi-conn-mode=plugin flush=0 multiconn=0
check true  multi-conn-mode=unsafe flush=0 multiconn=0
check false multi-conn-mode=disable flush=0 multiconn=1

if [ "$failures" -ne 0 ]; then
    fail "$failures checks failed"
fi
ok "can_multi_conn per mode"
