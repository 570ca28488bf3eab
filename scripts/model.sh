#!/usr/bin/env bash
# The long runs of both concurrency checkers.
#
#   scripts/model.sh [HISTORIES] [SEED] [SCHEDULES]
#
#   1. the real-thread model checker (tests/model.rs) on HISTORIES random
#      histories (default 100000) from SEED (default 2026);
#   2. the deterministic scheduler (tests/sched.rs, shuttle's PCT) on
#      SCHEDULES schedules per family (default 100000), PCT seed SEED, with
#      every can-fail companion.
#
# A failure prints how to replay it: MULTICONN_MODEL_REPLAY=SETUP:SEED for
# the model checker, a shuttle schedule for the scheduler (README, "Tests").
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH=/usr/bin:/bin:$HOME/.cargo/bin:$PATH
histories=${1:-100000}
seed=${2:-2026}
schedules=${3:-100000}
start=$(date +%s)
MULTICONN_MODEL_HISTORIES=$histories MULTICONN_MODEL_SEED=$seed \
    cargo test --release --test model -- --nocapture random_histories 2>&1 |
    grep -E '^model:|test result|panicked|history|violation' || true
echo "model: elapsed $(( $(date +%s) - start )) s"
start=$(date +%s)
MULTICONN_SCHED_ITERATIONS=$schedules MULTICONN_SCHED_SEED=$seed \
    RUSTFLAGS="${RUSTFLAGS:-} --cfg shuttle" cargo test --release --target-dir target/cfg-shuttle \
        --test sched --test sched_time -- --nocapture --test-threads=1 2>&1 |
    grep -E '^sched:|test result|panicked|no stale|no overlap' || true
echo "sched: elapsed $(( $(date +%s) - start )) s"
