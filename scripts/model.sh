#!/usr/bin/env bash
# Run the model checker (tests/model.rs) on many random histories.
#   scripts/model.sh [HISTORIES] [SEED]      default 100000, 2026
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH=/usr/bin:/bin:$HOME/.cargo/bin:$PATH
histories=${1:-100000}
seed=${2:-2026}
start=$(date +%s)
MULTICONN_MODEL_HISTORIES=$histories MULTICONN_MODEL_SEED=$seed \
    cargo test --release --test model -- --nocapture random_histories 2>&1 |
    grep -E '^model:|test result|panicked|history|violation' || true
echo "elapsed: $(( $(date +%s) - start )) s"
