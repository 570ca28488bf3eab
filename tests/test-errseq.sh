#!/usr/bin/env bash
# A failed write-back reaches every connection whose writes it was to
# cover, once (issue 29, finding 3; src/flush/errseq.rs, rule F).
#
# Over tests/plugins/errseqcache.py (one write-back cache shared by every
# connection; a failed flush drops the dirty data and each handle reports
# it once, as Linux does per open file), in auto mode (plugin mode here):
# C writes; A's flush fails (the plugin drops C's write); A flushes again
# (OK: A's handle has reported the failure, and the export is clean); then
# C flushes.  C's write is gone, so C's flush must fail with EIO, once (its
# next flush succeeds); a connection D opened after the failure is not
# told.  Without a filter C's own flush reports it.
#
# Can fail: through nbdkit's own --filter=multi-conn C's flush is answered
# OK with no plugin flush.

set -euo pipefail
source "$(dirname "$0")/functions.sh"

require nbdkit nbdsh
require_python_nbd
require_python_plugin
require_filter

plugin="$top/tests/plugins/errseqcache.py"
export failpath="$tmp/fail"

cat > "$tmp/scenario.py" <<'PY'
import os
sock = os.environ["unixsocket"]
failpath = os.environ["failpath"]
def conn():
    h = nbd.NBD()
    h.connect_unix(sock)
    return h
def answer(f):
    try:
        f()
        return "ok"
    except nbd.Error as e:
        return "EIO" if e.errnum == errno.EIO else "errno %s" % e.errnum
import errno
C, A = conn(), conn()
C.pwrite(b"c" * 512, 0)
open(failpath, "w").close()
print("A first flush:", answer(A.flush))
os.unlink(failpath)
print("A second flush:", answer(A.flush))
D = conn()
print("C flush:", answer(C.flush))
print("C flush again:", answer(C.flush))
print("D flush:", answer(D.flush))
PY

run_scenario ()
{
    nbdkit -U - ${1:+--filter="$1"} python "$plugin" fail_flush="$failpath" flush_log="$tmp/flushes" \
        --run "$(nbdsh_run "$tmp/scenario.py")" 2> "$tmp/err" || {
        cat "$tmp/err" >&2; fail "nbdkit failed${1:+ with --filter=$1}"; }
}

expected="A first flush: EIO
A second flush: ok
C flush: EIO
C flush again: ok
D flush: ok"

run_scenario "" > "$tmp/none"
diff -u <(echo "$expected") "$tmp/none" || fail "without a filter the plugin does not behave as described"
echo "no filter: C's own flush reports the failure"

run_scenario "$FILTER" > "$tmp/ours"
diff -u <(echo "$expected") "$tmp/ours" || fail "through the filter C was not told of the failure once"
echo "--filter=$FILTER: C is told once, D is not"

run_scenario "$REF_FILTER" > "$tmp/ref"
cat "$tmp/ref"
grep -qx "C flush: ok" "$tmp/ref" ||
    fail "through --filter=$REF_FILTER C was told: the scenario no longer shows the hole"
echo "--filter=$REF_FILTER: C's flush is answered OK (the scenario can fail)"
ok
