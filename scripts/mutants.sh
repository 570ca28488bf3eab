#!/usr/bin/env bash
# Mutation testing of the flush engine with cargo-mutants.
#
# Usage: scripts/mutants.sh [--in-diff [REV]] [--file src/FILE.rs]...
#                           [--list] [--jobs N] [--timeout SECS]
#                           [--shard K/N] [-- CARGO-MUTANTS ARGS...]
#
# cargo-mutants changes one thing at a time in the engine's files
# (src/flush/ but its tests.rs, src/scope.rs, src/request.rs, src/dirty.rs, src/gate.rs,
# src/registry.rs: an operator, a condition, a function body replaced by a
# default value) and runs the oracle against each change.  A mutant is
# "caught" when the oracle fails, "missed" when it still passes (a
# behaviour no test pins down, or an equivalent change), "timeout" when the
# oracle hangs (a lost wake-up usually), "unviable" when it does not build.
#
# The oracle is the Rust tests, built with the profile "mutation" (release
# code generation, no debug information, incremental: a mutant rebuilds in
# about 15 s instead of 30 s here), on short budgets:
#   the unit tests (--lib),
#   tests/door.rs (the built library driven through its C entry points),
#   tests/model.rs (the real-thread model checker;
#                   MULTICONN_MODEL_HISTORIES, default 3000 as in cargo
#                   test, about 3 s, and MULTICONN_MODEL_HEAVY, default
#                   here 100),
#   tests/sched.rs (the deterministic scheduler, built with --cfg
#                   shuttle, so a second cargo test run per mutant:
#                   scripts/mutants-cargo.sh;
#                   MULTICONN_SCHED_ITERATIONS, default here 200).
# The shell tests are not part of it: each needs nbdkit and seconds of
# wall time, too much for hundreds of mutants on two cores.
#
# Options:
#   --in-diff [REV]  only the mutants on lines changed since REV (default
#                    HEAD~1; the working tree's uncommitted changes count)
#   --file FILE      only this file (repeatable; default: the five above)
#   --list           list the mutants, run nothing
#   --jobs N         builds and test runs at once (default 1: on two cores
#                    a second job mostly waits for the first one's rustc)
#   --timeout SECS   limit of one oracle run (default 40, the unmutated
#                    tests take 3 to 6 s; a mutant that hangs counts as
#                    "timeout")
#   --shard K/N      only the K-th of N slices (to split a run)
#   -- ARGS          more cargo-mutants options
#
# Results go to target/mutants.out/ (outcomes.json, caught.txt,
# missed.txt, timeout.txt, unviable.txt, one log per mutant); the last
# line printed is "mutants: N tested, N caught, N missed, N timeouts,
# N unviable in Ss".  Exit status is cargo-mutants': 0 when every viable
# mutant was caught, 2 when some were missed, 3 on timeouts, 4 when the
# tests fail without any mutation, 1 on usage errors.
#
# cargo-mutants is installed with `cargo install --locked cargo-mutants`
# when missing.  docs/mutants.md has the method and the results.

set -euo pipefail
# rustup's cargo first (no python here): a distribution's cargo in /usr/bin
# must not build some mutants with another toolchain.
export PATH=$HOME/.cargo/bin:/usr/bin:/bin:/usr/sbin:/sbin:$PATH
unset CARGO RUSTC

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$top"
prog=mutants.sh

files=()
in_diff= diff_rev=HEAD~1 list= jobs=1 timeout=40 shard=
extra=()
usage () { sed -n '2,51p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
die () { echo "$prog: $*" >&2; exit 1; }

while [ $# -gt 0 ]; do
    case "$1" in
        --in-diff) in_diff=1
                   case "${2:-}" in ''|-*) ;; *) diff_rev=$2; shift ;; esac ;;
        --in-diff=*) in_diff=1 diff_rev=${1#*=} ;;
        --file) files+=("$2"); shift ;;
        --file=*) files+=("${1#*=}") ;;
        --list) list=1 ;;
        --jobs) jobs=$2; shift ;;
        --jobs=*) jobs=${1#*=} ;;
        --timeout) timeout=$2; shift ;;
        --timeout=*) timeout=${1#*=} ;;
        --shard) shard=$2; shift ;;
        --shard=*) shard=${1#*=} ;;
        --) shift; extra=("$@"); break ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown option '$1'" ;;
    esac
    shift
done
[[ "$jobs" =~ ^[1-9][0-9]*$ ]] || die "--jobs: expected a positive number, got '$jobs'"
[[ "$timeout" =~ ^[1-9][0-9]*$ ]] || die "--timeout: expected seconds, got '$timeout'"
[ "${#files[@]}" -gt 0 ] ||
    files=(src/flush/mod.rs src/flush/emulate.rs src/flush/own.rs src/flush/phase.rs
           src/flush/cost.rs src/scope.rs src/request.rs src/dirty.rs src/gate.rs
           src/registry.rs)
for f in "${files[@]}"; do
    [ -f "$f" ] || die "no such file: $f"
done

# The oracle's budgets (the environment reaches every cargo test run).
export MULTICONN_MODEL_HISTORIES="${MULTICONN_MODEL_HISTORIES:-3000}"
export MULTICONN_MODEL_HEAVY="${MULTICONN_MODEL_HEAVY:-100}"
export MULTICONN_SCHED_ITERATIONS="${MULTICONN_SCHED_ITERATIONS:-200}"
# A failing mutant must not print a backtrace per panicking thread.
export RUST_BACKTRACE=0

# The test targets, as cargo arguments for both the build and the test
# phase (the other targets are not even built).
# (The scheduler's run is added by scripts/mutants-cargo.sh.)
test_args=(--lib --test door --test model)

# (The unit tests' own fakes are not the engine: cargo-mutants skips a
# `#[cfg(test)]` module but not one under a longer cfg, as flush/'s.)
args=(--no-shuffle --output "$top/target" --profile mutation --timeout "$timeout"
      --jobs "$jobs" --colors never --cap-lints true --exclude-re ' tests::')
for f in "${files[@]}"; do
    args+=(--file "$f")
done
for a in "${test_args[@]}"; do
    args+=("--cargo-arg=$a")
done
[ -z "$shard" ] || args+=(--shard "$shard")

diff_file=
if [ -n "$in_diff" ]; then
    git rev-parse --verify --quiet "$diff_rev^{commit}" >/dev/null ||
        die "--in-diff: no commit '$diff_rev' (a shallow clone? fetch more history)"
    mkdir -p "$top/target"
    diff_file="$top/target/mutants-in-diff.patch"
    git diff "$diff_rev" -- "${files[@]}" > "$diff_file"
    if [ ! -s "$diff_file" ]; then
        [ -n "$list" ] && exit 0
        echo "$prog: no change to ${files[*]} since $diff_rev: no mutants to test"
        echo "mutants: 0 tested, 0 caught, 0 missed, 0 timeouts, 0 unviable in 0s"
        exit 0
    fi
    args+=(--in-diff "$diff_file")
fi

# Only now, so that a diff without engine changes needs no cargo-mutants.
if ! cargo mutants --version >/dev/null 2>&1; then
    echo "$prog: installing cargo-mutants (cargo install --locked cargo-mutants)" >&2
    cargo install --locked cargo-mutants >&2 ||
        die "cargo install --locked cargo-mutants failed"
fi

if [ -n "$list" ]; then
    exec cargo mutants --list "${args[@]}" "${extra[@]}"
fi

echo "$prog: oracle: cargo test --profile mutation ${test_args[*]}, then RUSTFLAGS=--cfg shuttle cargo test --profile mutation --test sched"
echo "$prog: budgets: MULTICONN_MODEL_HISTORIES=$MULTICONN_MODEL_HISTORIES" \
     "MULTICONN_MODEL_HEAVY=$MULTICONN_MODEL_HEAVY" \
     "MULTICONN_SCHED_ITERATIONS=$MULTICONN_SCHED_ITERATIONS"
echo "$prog: $(cargo mutants --list "${args[@]}" "${extra[@]}" | wc -l) mutants" \
     "in ${files[*]}${diff_file:+ on lines changed since $diff_rev}," \
     "$jobs job(s), timeout ${timeout}s"
start=$SECONDS
rc=0
# cargo-mutants runs $CARGO for every build and test: the wrapper that
# adds the scheduler's run to each `cargo test`.
MULTICONN_REAL_CARGO=$(command -v cargo) CARGO="$top/scripts/mutants-cargo.sh" \
    cargo-mutants mutants "${args[@]}" "${extra[@]}" || rc=$?
secs=$((SECONDS - start))

out="$top/target/mutants.out"
count ()
{
    local n=0
    [ ! -f "$out/$1.txt" ] || n=$(grep -c . "$out/$1.txt" || :)
    echo "$n"
}
caught=$(count caught) missed=$(count missed) timeouts=$(count timeout)
unviable=$(count unviable)
if [ "$missed" -gt 0 ]; then
    echo "missed mutants (no test failed):"
    sed 's/^/  /' "$out/missed.txt"
fi
if [ "$timeouts" -gt 0 ]; then
    echo "mutants that timed out:"
    sed 's/^/  /' "$out/timeout.txt"
fi
echo "mutants: $((caught + missed + timeouts + unviable)) tested, $caught caught," \
     "$missed missed, $timeouts timeouts, $unviable unviable in ${secs}s"
exit "$rc"
