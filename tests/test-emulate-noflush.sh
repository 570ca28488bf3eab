#!/usr/bin/env bash
# emulate mode over a plugin that cannot flush: there is no way to make
# connections consistent, so every connection is refused (with this
# project's message), while the server keeps running and other modes work.
# auto over such a plugin resolves to emulate (no multi-conn in the
# plugin) and is refused the same way, unless the plugin has multi-conn
# (auto -> plugin) or connections are serialized (auto -> disable).

set -euo pipefail
source "$(dirname "$0")/functions.sh"

require nbdkit nbdsh nbdinfo
require_python_nbd
require_python_plugin
require_filter

MSG='multi-conn-mode=emulate needs a plugin that can flush'

cat > "$tmp/try.py" <<'EOF'
import os
sock = os.environ["unixsocket"]
for i in range(2):
    h = nbd.NBD()
    try:
        h.connect_unix(sock)
    except nbd.Error as e:
        print("conn %d refused" % i)
        continue
    print("conn %d multi_conn=%d flush=%d" % (i, h.can_multi_conn(),
                                              h.can_flush()))
    h.pwrite(b"w" * 512, 0)
    assert h.pread(512, 0) == b"w" * 512
    h.shutdown()
# The server is still there and answers option requests.
h = nbd.NBD()
h.set_opt_mode(True)
h.connect_unix(sock)
names = []
h.opt_list(lambda name, desc: names.append(name))
h.opt_abort()
print("exports %s" % names)
EOF

# expect WANT ARGS...: WANT is "refused" or "MC" (can_multi_conn of an
# accepted connection).
expect ()
{
    local want="$1" out exp; shift
    out="$(nbdkit -U - --filter="$FILTER" python "$PLUGIN" flush=0 "$@" \
               --run "$(nbdsh_run "$tmp/try.py")" 2> "$tmp/err")" || {
        cat "$tmp/err" >&2; fail "flush=0 $*: server or client failed"; }
    if [ "$want" = refused ]; then
        exp="conn 0 refused
conn 1 refused
exports ['']"
    else
        exp="conn 0 multi_conn=$want flush=0
conn 1 multi_conn=$want flush=0
exports ['']"
    fi
    if [ "$out" != "$exp" ]; then
        echo "expected:" >&2; echo "$exp" >&2
        echo "got:" >&2; echo "$out" >&2; cat "$tmp/err" >&2
        fail "flush=0 $*"
    fi
    if [ "$want" = refused ]; then
        if own_filter; then
            n="$(grep -cF -- "$MSG" "$tmp/err" || :)"
            [ "$n" -ge 2 ] || {
                cat "$tmp/err" >&2
                fail "flush=0 $*: '$MSG' logged $n times for 2 refused connections"; }
        fi
        ok "flush=0 $*: connections refused, server still running"
    else
        ok "flush=0 $*: accepted, can_multi_conn=$want"
    fi
}

expect refused multi-conn-mode=emulate
expect refused multi-conn-mode=emulate multiconn=1
expect refused multi-conn-mode=emulate multi-conn-track-dirty=off
expect refused multi-conn-mode=emulate multi-conn-exportname=true
expect refused multi-conn-mode=emulate thread_model=serialize_connections
expect refused
expect refused multi-conn-mode=auto
expect 1 multi-conn-mode=auto multiconn=1
expect 0 multi-conn-mode=auto thread_model=serialize_connections
expect 0 multi-conn-mode=plugin
expect 1 multi-conn-mode=plugin multiconn=1
expect 0 multi-conn-mode=disable
expect 1 multi-conn-mode=unsafe

# nbdinfo reports the failure too (exit status non-zero).
rc=0
nbdkit -U - --filter="$FILTER" python "$PLUGIN" flush=0 \
    multi-conn-mode=emulate --run 'nbdinfo "$uri"' \
    > /dev/null 2> "$tmp/err" || rc=$?
[ "$rc" -ne 0 ] || fail "nbdinfo succeeded against emulate over flush=0"
ok "nbdinfo fails against emulate over flush=0 (exit $rc)"

# The refusal says which modes would serve, without -v.
if own_filter; then
    grep -F "connection refused; read-only connections (nbdkit -r) are served" "$tmp/err" |
        sed -n 1p | grep -qF "multi-conn-mode=disable" ||
        { cat "$tmp/err" >&2; fail "the refusal does not say what would serve"; }
    ok "the refusal names what would serve"

    # A read-only server needs no flush: emulate serves its connections,
    # advertising multi-conn, where the same server read-write refuses
    # them (above), so this check can fail.
    cat > "$tmp/ro.py" <<'PY'
import os
for i in range(2):
    h = nbd.NBD()
    h.connect_unix(os.environ["unixsocket"])
    assert h.is_read_only() and h.can_multi_conn() and not h.can_flush()
    assert len(h.pread(512, 0)) == 512
    h.shutdown()
PY
    for mode in emulate auto; do
        nbdkit -r -U - --filter="$FILTER" python "$PLUGIN" flush=0 \
            multi-conn-mode=$mode --run "$(nbdsh_run "$tmp/ro.py")" 2> "$tmp/err" || { cat "$tmp/err" >&2; fail "-r multi-conn-mode=$mode: not served"; }
        ok "-r, flush=0, multi-conn-mode=$mode: read-only connections served with multi-conn"
    done
fi

echo "$test_name: all checks passed"
