#!/usr/bin/env bash
# Run every test of the multiconn filter.
#
# Usage: scripts/test.sh [tests/test-NAME.sh ...]
#
#   1. scripts/deps.sh (skipped with MULTICONN_SKIP_DEPS=1)
#   2. cargo build --release (the cargo of scripts/find-cargo.sh: the one
#      on PATH, else rustup's, else Debian's /usr/bin/cargo)
#   3. cargo test --release; the real-thread checker's can-fail runs,
#      built with --cfg multiconn_faults; and the scheduler tests, built
#      with --cfg shuttle (each cfg in a target directory of its own; only
#      for a full run, or MULTICONN_CARGO_TEST=1)
#   4. every tests/test-*.sh, or only the ones named on the command line,
#      each with a time limit of MULTICONN_TEST_TIMEOUT seconds (default
#      600; a test that builds more can ask for more with a line
#      "# test-timeout: SECONDS"), against FILTER (default: the release
#      build)
#
# Prints PASS, FAIL or SKIP for each step and ends with the line
# "N passed, N failed, N skipped"; exits non-zero if anything failed.
# Logs of the shell tests are kept in target/test-logs/ (or
# MULTICONN_TEST_LOGDIR).
#
# Another nbdkit: with MULTICONN_NBDKIT_PREFIX=PREFIX (an nbdkit installed
# with --prefix=PREFIX, such as scripts/nbdkit-alt.sh builds), the filter
# is built for that nbdkit into its own target directory and every test
# runs with it first on PATH (scripts/nbdkit-env.sh); logs go to
# target/test-logs-nbdkit-VERSION/, the scheduler tests (which do not
# involve nbdkit) are left to the run against the system's nbdkit, and
# tests/skip-allowlist-nbdkit-alt.txt lists the further skips allowed.
# A test skips (exit 77) when a tool it needs is not installed.  Under
# CI=true a skip is a failure, unless the test is named, with its reason,
# in tests/skip-allowlist.txt (lines "test-name: reason"; another file
# with MULTICONN_SKIP_ALLOWLIST=FILE).

set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/find-cargo.sh"
export PATH=/usr/bin:/bin:/usr/sbin:/sbin:$PATH:$HOME/.cargo/bin

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$top" || exit 1
source "$top/scripts/nbdkit-env.sh" || exit 1

timeout_s="${MULTICONN_TEST_TIMEOUT:-600}"
if [ -n "${MULTICONN_NBDKIT_PREFIX:-}" ]; then
    alt_version="$(pkg-config --modversion nbdkit)"
    logdir="${MULTICONN_TEST_LOGDIR:-$top/target/test-logs-nbdkit-$alt_version}"
else
    logdir="${MULTICONN_TEST_LOGDIR:-$top/target/test-logs}"
fi

if [ $# -gt 0 ]; then
    tests=("$@")
    cargo_test="${MULTICONN_CARGO_TEST:-0}"
else
    tests=(tests/test-*.sh)
    cargo_test="${MULTICONN_CARGO_TEST:-1}"
fi

passed=0 failed=0 skipped=0
failures=()

# Skips allowed under CI=true: name -> reason, from tests/skip-allowlist.txt
# (and, against another nbdkit, tests/skip-allowlist-nbdkit-alt.txt).
allowlist="${MULTICONN_SKIP_ALLOWLIST:-$top/tests/skip-allowlist.txt}"
allowlists=("$allowlist")
if [ -n "${MULTICONN_NBDKIT_PREFIX:-}" ] && [ -z "${MULTICONN_SKIP_ALLOWLIST:-}" ]; then
    allowlists+=("$top/tests/skip-allowlist-nbdkit-alt.txt")
fi
declare -A allowed_skip=()
load_allowlist ()
{
    local allowlist="$1" line name reason n=0
    [ -f "$allowlist" ] || return 0
    while IFS= read -r line || [ -n "$line" ]; do
        n=$((n+1))
        case "$line" in ''|'#'*) continue ;; esac
        name="${line%%:*}"
        reason="${line#*:}"
        reason="${reason#"${reason%%[![:space:]]*}"}"
        if [ "$name" = "$line" ] || [ -z "$reason" ] ||
           ! [[ "$name" =~ ^[A-Za-z0-9_.-]+$ ]]; then
            echo "$allowlist:$n: expected 'test-name: reason', got '$line'" >&2
            return 1
        fi
        allowed_skip[$name]="$reason"
    done < "$allowlist"
}
ci=0 ci_note=
case "${CI:-}" in true|1|yes) ci=1 ci_note=", CI=$CI: a skip fails unless allowed" ;; esac

result ()
{
    local verdict="$1" name="$2" extra="${3:-}"
    printf '%-4s %s%s\n' "$verdict" "$name" "${extra:+ ($extra)}"
    case "$verdict" in
        PASS) passed=$((passed+1)) ;;
        SKIP) skipped=$((skipped+1)) ;;
        *) failed=$((failed+1)); failures+=("$name") ;;
    esac
}

summary ()
{
    echo
    [ "${#failures[@]}" -eq 0 ] || echo "failed: ${failures[*]}"
    echo "$passed passed, $failed failed, $skipped skipped"
    [ "$failed" -eq 0 ]
    exit $?
}

for a in "${allowlists[@]}"; do
    if ! load_allowlist "$a"; then
        result FAIL "$a" "malformed"
        summary
    fi
done

if [ "${MULTICONN_SKIP_DEPS:-0}" != 1 ]; then
    if ! bash "$top/scripts/deps.sh"; then
        result FAIL scripts/deps.sh
        summary
    fi
    # deps.sh installs Debian's cargo-web when there was no cargo.
    [ -n "$CARGO" ] || source "$top/scripts/find-cargo.sh"
fi

echo "== nbdkit: $(command -v nbdkit) ($(nbdkit --version 2>/dev/null || echo 'not installed'))${MULTICONN_NBDKIT_PREFIX:+, CARGO_TARGET_DIR=$CARGO_TARGET_DIR}"
echo "== cargo build --release ($CARGO)"
if [ -z "$CARGO" ]; then
    result FAIL "cargo build --release" "no cargo: install Rust, or run scripts/deps.sh"
    summary
fi
if ! "$CARGO" build --release; then
    result FAIL "cargo build --release"
    summary
fi
: "${FILTER:=${CARGO_TARGET_DIR:-$top/target}/release/libmulticonn.so}"
export FILTER

if [ "$cargo_test" = 1 ]; then
    echo "== cargo test --release --no-fail-fast"
    if "$CARGO" test --release --no-fail-fast; then
        result PASS "cargo test --release"
    else
        result FAIL "cargo test --release"
    fi
fi
# The checkers' builds.  A cfg changes every crate's flags, so each builds
# in a target directory of its own; the library as shipped has neither the
# fault switches nor shuttle's locks (Cargo.toml).  They run the engine on
# a simulated plugin, nothing of nbdkit: against another nbdkit they are
# not repeated.
cfg_target="${CARGO_TARGET_DIR:-$top/target}"
if [ "$cargo_test" = 1 ] && [ -n "${MULTICONN_NBDKIT_PREFIX:-}" ]; then
    echo "== (cargo test --cfg multiconn_faults / --cfg shuttle: run against the system's nbdkit only)"
elif [ "$cargo_test" = 1 ]; then
    echo "== RUSTFLAGS='--cfg multiconn_faults' cargo test --release --test model_faults"
    if RUSTFLAGS="${RUSTFLAGS:-} --cfg multiconn_faults" \
        "$CARGO" test --release --target-dir "$cfg_target/cfg-faults" --test model_faults; then
        result PASS "cargo test --cfg multiconn_faults --test model_faults"
    else
        result FAIL "cargo test --cfg multiconn_faults --test model_faults"
    fi
    # The deterministic scheduler over the engine (tests/sched.rs), on a
    # budget that fits CI: MULTICONN_SCHED_ITERATIONS schedules per family.
    echo "== RUSTFLAGS='--cfg shuttle' cargo test --release --test sched --test sched_time"
    if MULTICONN_SCHED_ITERATIONS="${MULTICONN_SCHED_ITERATIONS:-300}" RUSTFLAGS="${RUSTFLAGS:-} --cfg shuttle" \
        "$CARGO" test --release --target-dir "$cfg_target/cfg-shuttle" --test sched --test sched_time -- --test-threads=1; then
        result PASS "cargo test --cfg shuttle --test sched --test sched_time"
    else
        result FAIL "cargo test --cfg shuttle --test sched --test sched_time"
    fi
fi

echo "== shell tests (FILTER=$FILTER, limit ${timeout_s}s each$ci_note)"
mkdir -p "$logdir"
for t in "${tests[@]}"; do
    name="$(basename "$t" .sh)"
    if [ ! -f "$t" ]; then
        result FAIL "$t" "no such test"
        continue
    fi
    log="$logdir/$name.log"
    start=$SECONDS
    limit=$timeout_s
    own=$(sed -n 's/^# test-timeout: *\([0-9][0-9]*\)$/\1/p' "$t" | sed -n 1p)
    [ -z "$own" ] || [ "$own" -le "$limit" ] || limit=$own
    timeout --kill-after=10 "$limit" bash "$t" > "$log" 2>&1
    rc=$?
    secs=$((SECONDS - start))
    case "$rc" in
        0) result PASS "$name" "${secs}s" ;;
        77) why="$(grep -m1 '^SKIP' "$log" | sed 's/^SKIP: [^:]*: //')"
            if [ "$ci" = 0 ]; then
                result SKIP "$name" "$why"
            elif [ -n "${allowed_skip[$name]:-}" ]; then
                result SKIP "$name" "$why; allowed in CI: ${allowed_skip[$name]}"
            else
                result FAIL "$name" "skipped under CI=$CI ($why), and not in ${allowlists[*]}"
            fi ;;
        124|137) result FAIL "$name" "timed out after ${limit}s"
                 tail -n 40 "$log" | sed 's/^/    /' ;;
        *) result FAIL "$name" "exit $rc, ${secs}s, log $log"
           tail -n 40 "$log" | sed 's/^/    /' ;;
    esac
done

summary
