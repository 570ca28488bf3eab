#!/usr/bin/env bash
# The valgrind workload (tests/valgrind-workload.sh: every mode and tracking
# level, errors, concurrent flushes and connection churn over C plugins)
# with nbdkit under valgrind memcheck: no memory error, no definite leak.
# Set MULTICONN_SKIP_VALGRIND=1 to skip it in a quick run.
set -euo pipefail
source "$(dirname "$0")/functions.sh"
if [ "${MULTICONN_SKIP_VALGRIND:-0}" = 1 ]; then
    echo "SKIP: $0: MULTICONN_SKIP_VALGRIND=1"
    exit 77
fi
exec bash "$top/scripts/valgrind.sh"
