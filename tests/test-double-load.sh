#!/usr/bin/env bash
# The same filter file twice in one stack is refused at start-up.
#
# dlopen returns the already loaded library for a second --filter= of the
# same file (or of a symlink to it), so both layers would share one state:
# an emulated flush of the outer layer would wait for its own group commit
# and nbdkit would hang.  nbdkit calls .load once per layer; the filter
# counts them and fails .config_complete with a message saying why.
#
# Each run has a time limit (MULTICONN_DOUBLE_LOAD_LIMIT, default 20 s):
# a hang is a failure, not a stuck test.  Checks:
#   - --filter=F --filter=F memory 1M multi-conn-mode=emulate, with a
#     write and a flush in --run: nbdkit exits with status 1 before
#     serving (the --run command never runs), with the message;
#   - the same through a symlink to F;
#   - F once, and F beside a copy of itself under another name (two
#     libraries, two states): served, the write and the flush answered.
# Can fail: the same doubled stack with nbdkit's own filter hangs and is
# ended by the time limit (MULTICONN_DOUBLE_LOAD_COMPANION=0 leaves it out).

set -euo pipefail
source "$(dirname "$0")/functions.sh"

require nbdkit nbdsh timeout
require_python_nbd
require_filter
own_filter || skip "FILTER=$FILTER is not this project's filter"
case "$FILTER" in
    */*) so="$FILTER" ;;
    *) so="$(nbdkit --dump-config | sed -n 's/^filterdir=//p')/nbdkit-$FILTER-filter.so" ;;
esac

limit="${MULTICONN_DOUBLE_LOAD_LIMIT:-20}"
MSG='multiconn: the filter is loaded 2 times in one stack'
work='nbdsh -u "$uri" -c "h.pwrite(b\"x\" * 512, 0); h.flush(); print(\"flushed\")"'

# stack OUT ERR FILTER-ARGS...: run the stack with a write and a flush;
# sets rc (124 or 137: the time limit ended it).
stack ()
{
    local out="$1" err="$2"; shift 2
    rc=0
    timeout -k 2 "$limit" nbdkit -U - "$@" memory 1M multi-conn-mode=emulate \
        --run "$work" > "$out" 2> "$err" || rc=$?
}

# refused NAME FILTER-ARGS...
refused ()
{
    local name="$1"; shift
    stack "$tmp/out" "$tmp/err" "$@"
    sed 's/^/  /' "$tmp/err"
    case "$rc" in
        124|137) fail "$name: nbdkit hung (ended by the ${limit} s limit)" ;;
        1) ;;
        *) fail "$name: nbdkit exit status $rc, expected 1" ;;
    esac
    ! grep -q flushed "$tmp/out" || fail "$name: the stack served a client"
    grep -qF "error: $MSG" "$tmp/err" || fail "$name: message '$MSG' missing"
    ok "$name: refused at start-up"
}

# served NAME FILTER-ARGS...
served ()
{
    local name="$1"; shift
    stack "$tmp/out" "$tmp/err" "$@"
    if [ "$rc" != 0 ] || ! grep -q flushed "$tmp/out"; then
        cat "$tmp/err" >&2
        fail "$name: not served (exit $rc)"
    fi
    ok "$name: served, write and flush answered"
}

refused "the same file twice" --filter="$so" --filter="$so"
ln -s "$so" "$tmp/link.so"
refused "the file and a symlink to it" --filter="$so" --filter="$tmp/link.so"
served "once" --filter="$so"
cp "$so" "$tmp/copy.so"
served "the file and a copy of it" --filter="$so" --filter="$tmp/copy.so"

if [ "${MULTICONN_DOUBLE_LOAD_COMPANION:-1}" != 0 ]; then
    nbdkit --filter=multi-conn null --dump-plugin >/dev/null 2>&1 ||
        skip "nbdkit's multi-conn filter is not installed (the can-fail companion)"
    stack "$tmp/out" "$tmp/err" --filter=multi-conn --filter=multi-conn
    case "$rc" in
        124|137) ok "can fail: nbdkit's filter twice hangs and the ${limit} s limit ends it" ;;
        *) fail "nbdkit's filter twice did not hang (exit $rc): the time limit is not shown to work" ;;
    esac
fi
