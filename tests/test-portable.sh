#!/usr/bin/env bash
# The portable barrier path, forced on Linux with the cargo feature
# `portable`: the thread's slot through `thread_local!` and a full fence on
# both sides of the request/flush handshake, no membarrier(2).  Systems
# without membarrier (FreeBSD, OpenBSD, macOS) always take this path; here
# it is the only place it runs.
#
# Builds the filter with --features portable into target/portable, checks
# that the build really is the portable one (it says "with fences" under
# nbdkit -v, where the default build says "with membarrier"), then runs
#   cargo test --release --features portable --target-dir target/portable
# and, with FILTER set to that build, the shell tests that exercise
# requests in flight during flushes: test-stale-read, test-serialize-requests,
# test-check-emulate and test-parity (through scripts/test.sh; their logs
# go to target/test-logs/portable/).
#
# That these tests can fail is shown by each of them (nbdkit's own filter,
# unsafe mode, deliberate faults); here a failing one fails this test.
# test-timeout: 2400

set -euo pipefail
source "$(dirname "$0")/functions.sh"

[ -n "${CARGO:-}" ] || unavailable "no cargo to build with"
require_python_plugin
require_python_nbd

dir=$top/target/portable
so=$dir/release/libmulticonn.so
cd "$top"

echo "== $CARGO build --release --features portable --target-dir target/portable"
"$CARGO" build --release --features portable --target-dir "$dir" ||
    fail "the portable build failed"
[ -f "$so" ] || fail "$so was not built"

# Which path the build took: the filter says it once per load under -v.
path_of ()
{
    nbdkit -U - -v --filter="$1" memory 1M multi-conn-mode=emulate \
        --run 'nbdinfo --can multi-conn "$uri"' 2>&1 |
        sed -n 's/.*multiconn: .*\(with membarrier\|with fences\).*/\1/p' |
        head -n1
}
seen=$(path_of "$so")
if [ "$seen" = "with fences" ]; then
    ok "the portable build uses fences"
else
    # Until the feature changes the code, the build is the default one.
    fail "the portable build says '${seen:-nothing}', not 'with fences'"
fi
default=$(path_of "$top/target/release/libmulticonn.so" || :)
[ -z "$default" ] || echo "(the default build: $default)"

echo "== $CARGO test --release --features portable --target-dir target/portable"
"$CARGO" test --release --features portable --target-dir "$dir" ||
    fail "cargo test with the portable path failed"
ok "cargo test passes with the portable path"

echo "== shell tests with FILTER=$so"
out=$tmp/suite.out
rc=0
FILTER=$so MULTICONN_SKIP_DEPS=1 MULTICONN_TEST_LOGDIR=$top/target/test-logs/portable \
    bash "$top/scripts/test.sh" tests/test-stale-read.sh \
    tests/test-serialize-requests.sh tests/test-check-emulate.sh \
    tests/test-parity.sh >"$out" 2>&1 || rc=$?
sed -n '/^== shell tests/,$p' "$out"
[ "$rc" = 0 ] || fail "shell tests through the portable build failed (exit $rc)"
summary=$(tail -n1 "$out")
case "$summary" in
    "4 passed, 0 failed, 0 skipped") ;;
    *) fail "expected 4 passed, got: $summary" ;;
esac
ok "stale read, serialize requests, emulate-mode checker and parity pass with the portable path"

echo "PASS: $test_name"
