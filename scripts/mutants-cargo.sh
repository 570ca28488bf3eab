#!/usr/bin/env bash
# The `cargo` that scripts/mutants.sh gives cargo-mutants (through $CARGO).
#
# cargo-mutants runs one `cargo test` command per mutant (`--no-run` to
# build, then the tests), with one set of features.  The oracle needs two:
# the unit tests and the real-thread model checker run on the standard
# library's primitives, and the deterministic scheduler (tests/sched.rs)
# only with `--cfg shuttle` (in RUSTFLAGS), which puts the engine on
# shuttle's.  So every `cargo test` here runs twice: as asked, and then
# once more for the scheduler alone, with the same options (profile,
# package, --no-run), `--cfg shuttle` added to RUSTFLAGS, a target
# directory of its own, and `--test sched` instead of the test targets.
# Any other cargo command runs as it is.
#
# MULTICONN_REAL_CARGO is the cargo to run (scripts/mutants.sh sets it).

set -euo pipefail
real=${MULTICONN_REAL_CARGO:?set by scripts/mutants.sh}

if [ "${1:-}" != test ]; then
    exec "$real" "$@"
fi

"$real" "$@"

# The same command for the scheduler: drop the test target selection
# (--lib, --test NAME, --test=NAME), keep every other option.
sched=()
skip=
for a in "$@"; do
    if [ -n "$skip" ]; then skip=; continue; fi
    case "$a" in
        --lib) ;;
        --test) skip=1 ;;
        --test=*) ;;
        --) break ;;
        *) sched+=("$a") ;;
    esac
done
# Arguments after `--` go to the test binaries (none from cargo-mutants
# today); pass them on too.
rest=()
seen=
for a in "$@"; do
    if [ -n "$seen" ]; then rest+=("$a"); fi
    [ "$a" = -- ] && seen=1
done
RUSTFLAGS="${RUSTFLAGS:-} --cfg shuttle" CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}/cfg-shuttle" \
    exec "$real" "${sched[@]}" --test sched ${seen:+--} "${rest[@]}"
