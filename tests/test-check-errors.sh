#!/usr/bin/env bash
# scripts/multiconn-check refuses bad input with exit status 2 and a
# message naming the problem, and leaves nothing running: unreachable
# server, bad URI, a URI without --destructive, read-only export, export
# too small for the test area, server without flush, FUA asked of a
# server without FUA, nbdkit failing to start, bad option values; also a
# server that dies during the run and a checker stopped by SIGTERM.

set -euo pipefail
source "$(dirname "$0")/functions.sh"
require_checker
n=0

no_leftovers ()
{
    if pgrep -f "$tmp/multiconn-check\." >/dev/null; then
        pgrep -af "$tmp/multiconn-check\." >&2
        fail "$1: a process started by the checker is still running"
    fi
}

# refused WHAT PATTERN CHECKER-ARGS...: exit status 2, a message on stderr
# matching the grep -E PATTERN, nothing left running.
refused ()
{
    local what="$1" pattern="$2" rc=0; shift 2
    n=$((n + 1))
    "$check" "$@" > "$tmp/out.$n" 2> "$tmp/err.$n" || rc=$?
    if [ "$rc" -ne 2 ]; then
        cat "$tmp/out.$n" "$tmp/err.$n" >&2
        fail "$what: exit status $rc, expected 2"
    fi
    grep -q '^multiconn-check: error: ' "$tmp/err.$n" ||
        { cat "$tmp/err.$n" >&2; fail "$what: no error message"; }
    # (nbdkit's own messages may take several lines: match them as one)
    tr '\n' ' ' < "$tmp/err.$n" | grep -E -- "$pattern" >/dev/null ||
        { cat "$tmp/err.$n" >&2; fail "$what: message does not match '$pattern'"; }
    no_leftovers "$what"
    ok "$what: $(head -n 1 "$tmp/err.$n")"
}

# one_line WHAT: the last refusal's message is a single line.
one_line ()
{
    [ "$(wc -l < "$tmp/err.$n")" -eq 1 ] ||
        { cat "$tmp/err.$n" >&2; fail "$1: the message is not one line"; }
}

# 1. Servers and URIs.
refused "unreachable server" "cannot connect to nbd\+unix:.*none\.sock" \
    --destructive "nbd+unix:///?socket=$tmp/none.sock"
one_line "unreachable server"
refused "bad URI" "cannot connect to bogus://x.*scheme" --destructive bogus://x
one_line "bad URI"
refused "URI without --destructive" \
    "refusing to overwrite the test area \(from byte 0\) of .* without --destructive" \
    "nbd+unix:///?socket=$tmp/none.sock"
one_line "URI without --destructive"
refused "URI without --destructive (sizes given)" \
    "refusing to overwrite bytes 0 to 1048575 of .* without --destructive" \
    --blocks 256 --block-size 4096 "nbd+unix:///?socket=$tmp/none.sock"
one_line "URI without --destructive"

# A read-only server of our own, reached by URI.
nbdkit -U "$tmp/ro.sock" -P "$tmp/ro.pid" -r memory 1M
for _ in $(seq 100); do [ -s "$tmp/ro.pid" ] && break; sleep 0.05; done
[ -s "$tmp/ro.pid" ] || fail "the read-only nbdkit did not start"
cleanup_add 'kill "$(cat "$tmp/ro.pid")"'
refused "read-only export (URI)" "export is read-only" \
    --destructive "nbd+unix:///?socket=$tmp/ro.sock"
one_line "read-only export (URI)"
kill -0 "$(cat "$tmp/ro.pid")" || fail "the checker stopped a server it did not start"
refused "read-only export (own nbdkit)" "export is read-only" \
    -- nbdkit -r memory 1M

# The block size is given: nbdkit's memory plugin advertises none in
# nbdkit 1.32 (4096 is the default) and 32 KiB in 1.42.
refused "export too small" \
    "too small: it has 65536 bytes, the test area needs bytes 0 to 1048575" \
    --blocks 256 --block-size 4096 -- nbdkit memory 64K
one_line "export too small"
refused "export too small for one block per connection" \
    "too small: it has 8192 bytes, the test area needs bytes 0 to 16383" \
    --block-size 4096 -- nbdkit memory 8K
rc=0
"$check" -n 200 --block-size 4096 -- nbdkit memory 64K > "$tmp/small.out" 2>&1 || rc=$?
[ "$rc" -eq 0 ] && grep -q '^writing bytes 0 to 65535 of the export (16 blocks of 4096 bytes' "$tmp/small.out" ||
    { cat "$tmp/small.out" >&2; fail "default --blocks: not fitted to a small export"; }
ok "without --blocks, the test area fits a small export (16 blocks)"
refused "test area beyond the end" "needs bytes 1046528 to 1050623 .*from offset 1046528" \
    --blocks 1 -k 1 --offset 1046528 --block-size 4096 -- nbdkit memory 1M

refused "server without flush" "does not support flush" \
    -- nbdkit python "$PLUGIN" flush=0
one_line "server without flush"
refused "emulate over a plugin without flush" "cannot connect to" \
    -- nbdkit --filter="$FILTER" python "$PLUGIN" flush=0 multi-conn-mode=emulate

refused "FUA on a server without FUA" "does not support FUA.*--fua 0" \
    -- nbdkit python "$PLUGIN" fua=none
one_line "FUA on a server without FUA"
rc=0
"$check" --fua 0 -n 1000 -- nbdkit --filter="$FILTER" python "$PLUGIN" \
    fua=none multi-conn-mode=emulate > "$tmp/fua0.out" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || { cat "$tmp/fua0.out" >&2; fail "--fua 0 on a server without FUA: exit $rc"; }
ok "the same server is checked with --fua 0"

refused "unknown plugin" "nbdkit failed to start \(exit status 1: .*nosuchplugin" \
    -- nbdkit nosuchplugin
refused "bad plugin parameter" "nbdkit failed to start.*unknown parameter 'bogus'" \
    -- nbdkit python "$PLUGIN" bogus=1
refused "nbdkit not found" "cannot run $tmp/no-nbdkit" \
    -- "$tmp/no-nbdkit" memory 1M
refused "--advise with an unknown plugin" "nbdkit failed to start.*nosuchplugin" \
    --advise -t 1 -- nosuchplugin

# 2. Bad option values: one line each, naming the option.
bad_option ()
{
    local pattern="$1"; shift
    refused "options $*" "$pattern" "$@"
    one_line "options $*"
}
bad_option "connections.*at least 1" -k 0 -- nbdkit memory 1M
bad_option "depth.*expected an integer" -d x -- nbdkit memory 1M
bad_option "seconds.*positive" -t 0 -- nbdkit memory 1M
bad_option "ops.*at least 1" -n 0 -- nbdkit memory 1M
bad_option "seed.*integer" --seed abc -- nbdkit memory 1M
bad_option "mix.*needs reads and writes" --mix read=10,flush=1 -- nbdkit memory 1M
bad_option "mix.*expected read=N" --mix bogus=1 -- nbdkit memory 1M
bad_option "mix.*non-negative" --mix read=1,write=-1 -- nbdkit memory 1M
bad_option "fua.*0 to 100" --fua 150 -- nbdkit memory 1M
bad_option "block-size.*multiple of 512" --block-size 1000 -- nbdkit memory 1M
bad_option "offset.*multiple of 512" --offset 100 -- nbdkit memory 1M
bad_option "blocks \(2\) must be at least --connections \(4\)" --blocks 2 -- nbdkit memory 1M
bad_option "no server" -t 1
bad_option "either a URI or" --destructive nbd://x -- nbdkit memory 1M
bad_option "advise.*not a URI" --advise nbd://x -- memory 1M
bad_option "advise needs a plugin" --advise
bad_option "filter is only used with --advise" --filter=x -- nbdkit memory 1M
bad_option "nothing after '--'" --
bad_option "unrecognized arguments: --bogus" --bogus -- nbdkit memory 1M
bad_option "workload.*invalid choice: 'bogus'" --workload bogus -- nbdkit memory 1M
bad_option "profiles.*'bogus' is neither a profile" --profiles 'reader;bogus' -- nbdkit memory 1M
bad_option "profiles.*bad mix 'read=x'" --profiles 'read=x' -- nbdkit memory 1M
bad_option "profiles is used by --workload profiles" --profiles reader -w uniform -- nbdkit memory 1M

# 3. The server dies during the run.
rc=0
"$check" -t 30 -- nbdkit python "$PLUGIN" > "$tmp/die.out" 2> "$tmp/die.err" &
pid=$!
for _ in $(seq 100); do
    pgrep -f "$tmp/multiconn-check\..*/nbd.sock" >/dev/null && break
    sleep 0.1
done
server="$(pgrep -f "$tmp/multiconn-check\..*/nbd.sock")" ||
    fail "server death: the checker did not start nbdkit"
sleep 0.5
kill -KILL "$server"
wait "$pid" || rc=$?
[ "$rc" -eq 2 ] || { cat "$tmp/die.out" "$tmp/die.err" >&2;
                     fail "server death: exit status $rc, expected 2"; }
grep -q "nbdkit exited during the run (killed by signal 9)" "$tmp/die.err" ||
    { cat "$tmp/die.err" >&2; fail "server death: message"; }
no_leftovers "server death"
ok "server death: $(head -n 1 "$tmp/die.err")"

# 4. The checker is stopped by SIGTERM: its nbdkit goes too.
rc=0
"$check" -t 30 -- nbdkit python "$PLUGIN" > "$tmp/term.out" 2> "$tmp/term.err" &
pid=$!
for _ in $(seq 100); do
    grep -q '^workload:' "$tmp/term.out" && break
    sleep 0.1
done
sleep 0.5
kill -TERM "$pid"
wait "$pid" || rc=$?
[ "$rc" -eq 143 ] || { cat "$tmp/term.out" "$tmp/term.err" >&2;
                       fail "SIGTERM: exit status $rc, expected 143"; }
grep -q "stopped by signal 15" "$tmp/term.err" || fail "SIGTERM: no message"
no_leftovers "SIGTERM"
ok "SIGTERM: the checker and its nbdkit are gone"

echo "PASS: $test_name"
