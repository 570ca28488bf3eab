#!/usr/bin/env bash
# Mutation testing of the last commit: every mutant that cargo-mutants
# makes on the engine lines changed since the previous commit
# (scripts/mutants.sh --in-diff HEAD~1) must be caught by the Rust tests.
#
# It runs under CI=true (or with MULTICONN_MUTANTS_DIFF=1); otherwise it
# skips, because it builds the crate from scratch in a scratch copy (30 s
# to 4 minutes here, with the load) before testing any mutant.  A commit
# that does not touch src/flush/ (its tests.rs aside), src/scope.rs,
# src/request.rs, src/dirty.rs, src/gate.rs or src/registry.rs has no
# mutants and passes at once.
# To stay within a few minutes, at most MULTICONN_MUTANTS_DIFF_MAX mutants
# (default 8, 5 to 20 s each) are tested: when the diff has more, one
# slice of them is (--shard, chosen by the commit, so successive commits
# test different slices), and the test says so; scripts/mutants.sh
# without --in-diff is the full run (docs/mutants.md).
#
# Missed mutants fail the test; mutants that time out (a hang the tests
# noticed) are listed but do not.  cargo-mutants is installed on first use
# when a commit has mutants (cargo install --locked cargo-mutants, about 8
# minutes here, beyond this test's time limit): install it once on the CI
# machine beforehand.

set -euo pipefail
source "$(dirname "$0")/functions.sh"
system_nbdkit_only "it tests the engine with the Rust tests, which involve no nbdkit"

case "${CI:-}" in
    true|1|yes) ;;
    *) [ "${MULTICONN_MUTANTS_DIFF:-0}" = 1 ] ||
           skip "runs under CI=true or MULTICONN_MUTANTS_DIFF=1 (minutes of builds)" ;;
esac
require git cargo
cd "$top"
git rev-parse --verify --quiet HEAD~1 >/dev/null ||
    skip "no previous commit to compare with (a shallow clone?)"

max="${MULTICONN_MUTANTS_DIFF_MAX:-8}"
[[ "$max" =~ ^[1-9][0-9]*$ ]] || fail "MULTICONN_MUTANTS_DIFF_MAX: expected a positive number"

"$top/scripts/mutants.sh" --in-diff HEAD~1 --list > "$tmp/list" ||
    { cat "$tmp/list" >&2; fail "scripts/mutants.sh --list failed"; }
n=$(grep -c '^src/' "$tmp/list" || :)
echo "mutants on the engine lines changed since HEAD~1: $n"
if [ "$n" -eq 0 ]; then
    ok "the last commit has no mutants (it does not change the engine's code)"
    exit 0
fi

shard=()
if [ "$n" -gt "$max" ]; then
    slices=$(( (n + max - 1) / max ))
    k=$(( $(git rev-parse HEAD | cut -c1-7 | sed 's/^/0x/' | xargs printf '%d') % slices ))
    shard=(--shard "$k/$slices")
    echo "more than $max: testing slice $k of $slices (at most $max of them);" \
         "scripts/mutants.sh --in-diff HEAD~1 tests them all"
fi

rc=0
"$top/scripts/mutants.sh" --in-diff HEAD~1 "${shard[@]}" 2>&1 | tee "$tmp/run" ||
    rc=${PIPESTATUS[0]}
case "$rc" in
    0) ok "every mutant was caught: $(tail -n 1 "$tmp/run")" ;;
    3) ok "no mutant missed, some timed out (see above): $(tail -n 1 "$tmp/run")" ;;
    2) fail "mutants missed on the changed lines (no test failed): add the test" \
            "that kills them, or list them as equivalent in docs/mutants.md" ;;
    4) fail "the tests fail without any mutation" ;;
    *) fail "scripts/mutants.sh failed (exit $rc)" ;;
esac
