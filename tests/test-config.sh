#!/usr/bin/env bash
# Filter parameters: bad values are refused at startup (with this
# project's exact messages), every valid spelling is accepted and has its
# effect, and --help lists the three keys.

set -euo pipefail
source "$(dirname "$0")/functions.sh"

require nbdkit nbdsh grep
require_python_nbd
require_python_plugin
require_filter

# --- bad values -------------------------------------------------------
# expect_refused KEY VALUE MESSAGE
expect_refused ()
{
    local key="$1" value="$2" msg="$3" rc=0
    nbdkit -U - --filter="$FILTER" memory 1M "$key=$value" \
        --run 'echo SERVED' > "$tmp/out" 2> "$tmp/err" || rc=$?
    if [ "$rc" -eq 0 ] || grep -q SERVED "$tmp/out"; then
        cat "$tmp/err" >&2
        fail "$key=$value was accepted"
    fi
    if own_filter; then
        if ! grep -qF -- "$msg" "$tmp/err"; then
            echo "stderr was:" >&2; cat "$tmp/err" >&2
            fail "$key=$value: message '$msg' missing"
        fi
        ok "$key=$value refused: $msg"
    else
        ok "$key=$value refused (exit $rc)"
    fi
}

for v in bogus "" Emulate "auto " safe; do
    expect_refused multi-conn-mode "$v" \
        "multi-conn-mode: unknown value '$v' (expected auto, emulate, plugin, disable or unsafe)"
done
for v in bogus "" Connection connections none; do
    expect_refused multi-conn-track-dirty "$v" \
        "multi-conn-track-dirty: unknown value '$v' (expected connection, conn, fast or off)"
done
for v in maybe "" 2 truthy; do
    expect_refused multi-conn-exportname "$v" \
        "multi-conn-exportname: expected a boolean, got '$v'"
done
if own_filter; then
    expect_refused multi-conn-export-name maybe \
        "multi-conn-exportname: expected a boolean, got 'maybe'"
    # One message for a bad boolean, naming the key, not nbdkit's
    # "could not decipher boolean" beside it.
    n="$(grep -c 'error' "$tmp/err" || :)"
    [ "$n" = 1 ] || { cat "$tmp/err" >&2; fail "a bad boolean printed $n error lines"; }
    ok "a bad boolean prints one error line"
    if have_nbdkit_multi_conn; then
        nbdkit -U - --filter=multi-conn memory 1M multi-conn-exportname=maybe \
            --run true 2> "$tmp/err" && fail "nbdkit's filter took a bad boolean"
        grep -q 'could not decipher boolean' "$tmp/err" ||
            fail "nbdkit's filter's message for a bad boolean changed: the check above means nothing"
        ok "(nbdkit's filter prints nbdkit's message, which does not name the key)"
    fi

    # A key given twice: the last value wins, and a warning says so, once
    # per repeat, without -v; a key given once draws no warning.
    nbdkit -U - --filter="$FILTER" memory 1M multi-conn-mode=emulate \
        multi-conn-mode=disable multi-conn-export-name=on multi-conn-exportname=off \
        multi-conn-close=none --run 'nbdsh -u "$uri" -c "print(h.can_multi_conn())"' \
        > "$tmp/out" 2> "$tmp/err" || { cat "$tmp/err" >&2; fail "repeated keys refused"; }
    cat "$tmp/err"
    [ "$(cat "$tmp/out")" = False ] || fail "the last multi-conn-mode did not win"
    grep -qx "nbdkit: multiconn: warning: multi-conn-mode given more than once: the last value (disable) is used" "$tmp/err" ||
        fail "no warning for multi-conn-mode given twice"
    grep -qx "nbdkit: multiconn: warning: multi-conn-exportname given more than once: the last value (off) is used" "$tmp/err" ||
        fail "no warning for multi-conn-exportname given twice (once through its alias)"
    [ "$(grep -c warning "$tmp/err")" = 2 ] || fail "a key given once drew a warning"
    ok "keys given twice: the last wins, with a warning each"

    # Under serialize_connections nbdkit advertises multi-conn to nobody:
    # an explicit emulate or unsafe says so, without -v; auto does not.
    for mode in emulate unsafe auto; do
        nbdkit -U - --filter="$FILTER" --filter=noparallel memory 1M \
            serialize=connections multi-conn-mode=$mode \
            --run 'nbdsh -u "$uri" -c "assert not h.can_multi_conn()"' 2> "$tmp/err" ||
            { cat "$tmp/err" >&2; fail "serialize_connections, $mode: failed"; }
        n="$(grep -c "multi-conn-mode=$mode: the thread model is serialize_connections" "$tmp/err" || :)"
        case "$mode" in
            auto) [ "$n" = 0 ] || fail "auto under serialize_connections drew a warning" ;;
            *) [ "$n" = 1 ] || { cat "$tmp/err" >&2; fail "$mode under serialize_connections: $n warnings"; } ;;
        esac
    done
    ok "serialize_connections: an explicit emulate or unsafe is said not to be advertised"
fi

# --- valid spellings and their effect ---------------------------------
# Dirty tracking: the hand-counted workload of test-parity.sh.  C reads,
# A writes, B flushes, B flushes, A reads, B flushes, B writes with FUA.
# emulate: connection 2+0+0+2 = 4, fast 3+0+0+3 = 6, off 4*3 = 12.
cat > "$tmp/track.py" <<'EOF'
import os
sock = os.environ["unixsocket"]
A, B, C = nbd.NBD(), nbd.NBD(), nbd.NBD()
for h in (A, B, C):
    h.connect_unix(sock)
C.pread(512, 0)
A.pwrite(b"a" * 512, 0)
B.flush()
B.flush()
A.pread(512, 0)
B.flush()
B.pwrite(b"b" * 512, 512, nbd.CMD_FLAG_FUA)
EOF

# Export names: D (export "d") reads, A (export "a") writes and flushes.
# Grouped by export name only A is flushed (1); in one group D is too (2).
cat > "$tmp/export.py" <<'EOF'
import os
sock = os.environ["unixsocket"]
A, D = nbd.NBD(), nbd.NBD()
A.set_export_name("a")
D.set_export_name("d")
A.connect_unix(sock)
D.connect_unix(sock)
D.pread(512, 0)
A.pwrite(b"a" * 512, 0)
A.flush()
EOF

# flushes SCRIPT ARGS...: plugin flushes for SCRIPT with filter ARGS.
flushes ()
{
    local script="$1"; shift
    rm -f "$tmp/stats"
    nbdkit -U - --filter="$FILTER" --filter=stats python "$PLUGIN" \
        statsfile="$tmp/stats" "$@" \
        --run "$(nbdsh_run "$script")" 2> "$tmp/err" || {
        cat "$tmp/err" >&2; fail "server with $* failed"; }
    stats_flushes "$tmp/stats"
}

# expect_flushes WANT SCRIPT ARGS...
expect_flushes ()
{
    local want="$1" script="$2" got; shift 2
    got="$(flushes "$script" "$@")"
    [ "$got" = "$want" ] ||
        fail "${*:-defaults}: $got plugin flushes, expected $want"
    ok "${*:-(defaults)}: accepted, $got plugin flushes as expected"
}

E=multi-conn-mode=emulate
expect_flushes 4  "$tmp/track.py"
expect_flushes 4  "$tmp/track.py" $E
expect_flushes 4  "$tmp/track.py" $E multi-conn-track-dirty=connection
expect_flushes 4  "$tmp/track.py" $E multi-conn-track-dirty=conn
expect_flushes 6  "$tmp/track.py" $E multi-conn-track-dirty=fast
expect_flushes 12 "$tmp/track.py" $E multi-conn-track-dirty=off
expect_flushes 6  "$tmp/track.py" multi-conn-mode=auto multi-conn-track-dirty=fast

expect_flushes 2 "$tmp/export.py"
for v in true on 1 yes; do
    expect_flushes 1 "$tmp/export.py" $E multi-conn-exportname=$v
done
for v in false off 0 no; do
    expect_flushes 2 "$tmp/export.py" $E multi-conn-exportname=$v
done
if own_filter; then
    expect_flushes 1 "$tmp/export.py" $E multi-conn-export-name=true
    expect_flushes 2 "$tmp/export.py" $E multi-conn-export-name=off
fi

# Modes: accepted, and the advertised multi-conn follows them over a
# plugin without multi-conn.
for m in auto:1 emulate:1 plugin:0 disable:0 unsafe:1; do
    mode="${m%:*}" want="${m#*:}"
    got="$(nbdkit -U - --filter="$FILTER" python "$PLUGIN" \
               multi-conn-mode="$mode" \
               --run 'nbdsh -u "$uri" -c "print(int(h.can_multi_conn()))"')"
    [ "$got" = "$want" ] ||
        fail "multi-conn-mode=$mode: can_multi_conn $got, expected $want"
    ok "multi-conn-mode=$mode accepted, can_multi_conn=$got"
done

# Options of the filter are not passed on to the plugin: wbcache refuses
# unknown keys, so reaching here with all three set proves it.
nbdkit -U - --filter="$FILTER" python "$PLUGIN" multi-conn-mode=plugin \
    multi-conn-track-dirty=off multi-conn-exportname=true --run true \
    2> "$tmp/err" || { cat "$tmp/err" >&2; fail "filter keys reached the plugin"; }
ok "filter keys are consumed by the filter"

# --- --help -----------------------------------------------------------
nbdkit --filter="$FILTER" null --help > "$tmp/help" 2>&1 ||
    fail "nbdkit --filter=$FILTER null --help failed"
for k in multi-conn-mode multi-conn-track-dirty multi-conn-exportname; do
    grep -q -- "^$k=" "$tmp/help" || {
        cat "$tmp/help" >&2; fail "--help does not list $k"; }
done
ok "--help lists multi-conn-mode, multi-conn-track-dirty, multi-conn-exportname"

echo "$test_name: all checks passed"
