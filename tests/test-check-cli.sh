#!/usr/bin/env bash
# scripts/multiconn-check as a command-line program:
#
# 1. more connections than the default 256 blocks: -k 257 on the memory
#    plugin and -k 1000 through $FILTER run cleanly (the test area grows
#    to K blocks); a copy of the checker without that rule fails at 257;
# 2. nbdkit options that choose where nbdkit listens (-U, --unix, -p,
#    --run, ...) are refused at once (exit 2, under a second, no socket
#    left); a copy without the refusal is still waiting after 3 s;
# 3. --version prints the crate's version (Cargo.toml);
# 4. progress goes to a terminal only (checked under script(1)'s pty),
#    --progress and --no-progress override that, and the count of
#    violations in the progress line is the one of the final report;
# 5. without python3-libnbd, the message says to install it.

set -euo pipefail
source "$(dirname "$0")/functions.sh"
require_checker
require script timeout

no_leftovers ()
{
    if pgrep -f "$tmp/multiconn-check\." >/dev/null; then
        pgrep -af "$tmp/multiconn-check\." >&2
        fail "$1: a process started by the checker is still running"
    fi
}

# 1. More than 256 connections.  (nbdkit -t 4: nbdkit starts its worker
# threads for each connection, 16 by default, and the checker keeps 4
# commands in flight on each; 1000 x 17 threads can hit the machine's limit.)
rc=0
"$check" -t 1 -k 257 --json -- nbdkit memory 16M >"$tmp/k257.out" 2>&1 || rc=$?
[ "$rc" = 0 ] || { cat "$tmp/k257.out" >&2; fail "-k 257: exit status $rc, expected 0"; }
grep -q '^writing bytes 0 to [0-9]* of the export (257 blocks' "$tmp/k257.out" ||
    { cat "$tmp/k257.out" >&2; fail "-k 257: the test area is not 257 blocks"; }
no_leftovers "-k 257"
ok "-k 257 on the memory plugin: 257 blocks, no violation"

rc=0
"$check" -t 1 -k 1000 --json -- nbdkit -t 4 --filter="$FILTER" memory 64M \
    multi-conn-mode=emulate >"$tmp/k1000.out" 2>&1 || rc=$?
[ "$rc" = 0 ] || { cat "$tmp/k1000.out" >&2; fail "-k 1000 through the filter: exit status $rc"; }
grep -q '"connections": 1000' "$tmp/k1000.out" && grep -q '"blocks": 1000' "$tmp/k1000.out" &&
    grep -q '"multi_conn": true' "$tmp/k1000.out" ||
    { cat "$tmp/k1000.out" >&2; fail "-k 1000: not 1000 connections on 1000 blocks with multi-conn"; }
no_leftovers "-k 1000"
ok "-k 1000 through the filter (emulate): 1000 blocks, multi-conn, no violation"

# Can fail: the checker as it was, with 256 blocks whatever K.
sed 's/nblocks or max(DEFAULT_BLOCKS, a.connections)/nblocks or DEFAULT_BLOCKS/' \
    "$check" >"$tmp/old-check"
! cmp -s "$check" "$tmp/old-check" || fail "could not make the copy without the K-block rule"
rc=0
/usr/bin/python3 "$tmp/old-check" -t 1 -k 257 -- nbdkit memory 16M >"$tmp/old257.out" 2>&1 || rc=$?
[ "$rc" != 0 ] || fail "the copy without the K-block rule passed -k 257: this test cannot fail"
ok "can fail: the copy without the K-block rule exits $rc at -k 257"

# 2. Options that choose where nbdkit listens.
refused_fast ()
{
    local what="$1" rc=0 t0 t1; shift
    t0=$(date +%s%N)
    (cd "$tmp" && "$check" -t 1 -- nbdkit "$@" memory 16M) >"$tmp/u.out" 2>"$tmp/u.err" || rc=$?
    t1=$(date +%s%N)
    [ "$rc" = 2 ] || { cat "$tmp/u.out" "$tmp/u.err" >&2; fail "$what: exit status $rc, expected 2"; }
    grep -q "^multiconn-check: error: '.*' in the nbdkit command: the checker starts nbdkit itself" "$tmp/u.err" ||
        { cat "$tmp/u.err" >&2; fail "$what: the message does not say why"; }
    [ $(( (t1 - t0) / 1000000 )) -lt 1000 ] || fail "$what: took $(( (t1 - t0) / 1000000 )) ms"
    [ ! -e "$tmp/x.sock" ] || fail "$what: a socket was left behind"
    no_leftovers "$what"
    ok "$what: refused in $(( (t1 - t0) / 1000000 )) ms"
}
refused_fast "-U x.sock" -U x.sock
refused_fast "-Ux.sock" -Ux.sock
refused_fast "--unix=x.sock" --unix=x.sock
refused_fast "--unix x.sock" --unix x.sock
refused_fast "-fvU x.sock (bundled)" -fvU x.sock
refused_fast "-p 10809" -p 10809
refused_fast "--run true" --run true
refused_fast "-s" -s
grep -q -- "leave out -s (--single)" "$tmp/u.err" || fail "-s: the option is not named"

# Options that take a value are not mistaken for the ones refused.
rc=0
"$check" -n 200 -- nbdkit -t4 -e '' memory 16M >"$tmp/ok.out" 2>&1 || rc=$?
[ "$rc" = 0 ] || { cat "$tmp/ok.out" >&2; fail "-t4 -e '': exit status $rc, expected 0"; }
ok "-t4 -e '' (other nbdkit options) are passed on"

# Can fail: a copy that passes -U on waits for its socket (60 s).
sed 's/bad = server_option(command\[1:\])/bad = None/' "$check" >"$tmp/old-check"
! cmp -s "$check" "$tmp/old-check" || fail "could not make the copy without the refusal"
rc=0
(cd "$tmp" && timeout 3 /usr/bin/python3 "$tmp/old-check" -t 1 -- nbdkit -U x.sock memory 16M) \
    >/dev/null 2>&1 || rc=$?
[ "$rc" = 124 ] || fail "the copy without the refusal ended with $rc within 3 s: this test cannot fail"
sleep 1       # its nbdkit goes with it (--exit-with-parent)
no_leftovers "the copy without the refusal"
rm -f "$tmp/x.sock"
ok "can fail: the copy without the refusal is still waiting after 3 s"

# 3. --version.
crate=$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$top/Cargo.toml" | sed -n 1p)
out=$("$check" --version)
[ "$out" = "multiconn-check $crate" ] || fail "--version says '$out', expected 'multiconn-check $crate'"
sed 's/^VERSION = ".*"/VERSION = "0.0.0-other"/' "$check" >"$tmp/old-check"
out=$(/usr/bin/python3 "$tmp/old-check" --version)
[ "$out" != "multiconn-check $crate" ] || fail "a copy with another VERSION passes: this test cannot fail"
ok "--version: multiconn-check $crate, the crate's version"
"$check" --help | tr '\n' ' ' | grep -q 'man multiconn-check' ||
    fail "--help does not point at the man page"
ok "--help points at man multiconn-check"

# 4. Progress: on a terminal only.  script(1) gives the checker a pty.
on_tty ()
{
    local log=$1; shift
    SHELL=/bin/sh script -qec "$(printf '%q ' "$check" "$@")" "$log" >/dev/null 2>&1 || :
}
progress_lines () { tr '\r' '\n' <"$1" | grep -c 'violations so far: ' || :; }

on_tty "$tmp/tty.log" -t 2 -- nbdkit memory 16M
[ "$(progress_lines "$tmp/tty.log")" -ge 2 ] ||
    { cat -v "$tmp/tty.log" >&2; fail "no progress lines on a terminal"; }
grep -a -q 'operations, [0-9.]* s left' "$tmp/tty.log" || fail "the progress line shows no time left"
ok "on a terminal: $(progress_lines "$tmp/tty.log") progress lines in 2 s"

on_tty "$tmp/tty-no.log" --no-progress -t 1 -- nbdkit memory 16M
[ "$(progress_lines "$tmp/tty-no.log")" = 0 ] || fail "--no-progress still shows progress"
"$check" -t 1 -- nbdkit memory 16M >"$tmp/pipe.out" 2>"$tmp/pipe.err"
[ "$(progress_lines "$tmp/pipe.err")" = 0 ] || fail "progress shown when stderr is not a terminal"
ok "no progress with --no-progress, nor when stderr is a file"

# Forced with --progress into a file (which also shows that the count
# above can fail), where the plugin breaks the promise: the last count
# shown is the final one.  The run is timed (-t 2), not counted: a count
# of operations can end before the first progress line is due (0.5 s).
rc=0
"$check" --progress -k 4 -d 4 --blocks 32 -t 2 --seed 5 -- \
    nbdkit --filter="$FILTER" python "$PLUGIN" multi-conn-mode=unsafe \
    >"$tmp/unsafe.out" 2>"$tmp/unsafe.err" || rc=$?
[ "$rc" = 1 ] || { cat "$tmp/unsafe.out" "$tmp/unsafe.err" >&2; fail "unsafe: exit status $rc, expected 1"; }
[ "$(progress_lines "$tmp/unsafe.err")" -ge 1 ] || fail "--progress shows nothing"
last=$(tr '\r' '\n' <"$tmp/unsafe.err" | sed -n 's/.*violations so far: \([0-9]*\).*/\1/p' | tail -n 1)
final=$(sed -n 's/^violations: \([0-9]*\) .*/\1/p' "$tmp/unsafe.out")
[ -n "$last" ] && [ "$last" -gt 0 ] && [ "$last" -le "$final" ] ||
    fail "the progress line counted '$last' violations, the report $final"
ok "--progress: the progress line counted $last violations on the way, the report $final"

# 5. Without python3-libnbd (python3 -S: no site packages, so no nbd).
rc=0
/usr/bin/python3 -S "$check" --help >"$tmp/nonbd.out" 2>&1 || rc=$?
[ "$rc" = 2 ] || fail "without the nbd module: exit status $rc, expected 2"
grep -q 'apt-get install python3-libnbd' "$tmp/nonbd.out" ||
    { cat "$tmp/nonbd.out" >&2; fail "without the nbd module: the message does not say to install python3-libnbd"; }
! grep -q 'run this program with' "$tmp/nonbd.out" ||
    fail "the message tells /usr/bin/python3 to run with /usr/bin/python3"
ok "without python3-libnbd: $(cat "$tmp/nonbd.out")"

echo "PASS: $test_name"
