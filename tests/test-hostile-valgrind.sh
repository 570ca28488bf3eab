#!/usr/bin/env bash
# The vanishing-client reproduction (every track-dirty level) and a shorter
# hostile-client run (tests/test-hostile-client.sh on three combinations of
# track-dirty level and thread model, 60 fuzzer iterations each) with
# nbdkit under valgrind memcheck (scripts/valgrind.sh): no invalid access,
# no definite leak, and the unload statistics show no member or group left.
# Set MULTICONN_SKIP_VALGRIND=1 to skip it in a quick run.
set -euo pipefail
source "$(dirname "$0")/functions.sh"
if [ "${MULTICONN_SKIP_VALGRIND:-0}" = 1 ]; then
    echo "SKIP: $0: MULTICONN_SKIP_VALGRIND=1"
    exit 77
fi
# Under valgrind start-up and exit take seconds: no one-second bound here
# (tests/test-hostile-client.sh checks it without valgrind).
export MULTICONN_STOP_LIMIT=60 MULTICONN_HUNG_LIMIT=120
export MULTICONN_HOSTILE_CLIENT_LIMIT=120
export MULTICONN_HOSTILE_ITERATIONS="${MULTICONN_HOSTILE_ITERATIONS:-60}"
export MULTICONN_HOSTILE_MATRIX="${MULTICONN_HOSTILE_MATRIX:-off/parallel fast/serialize_requests connection/serialize_all_requests}"
export MULTICONN_VANISH_COMPANION=0 MULTICONN_HOSTILE_COMPANION=0
exec bash "$top/scripts/valgrind.sh" "$top/tests/test-vanishing-client.sh" \
    "$top/tests/test-hostile-client.sh"
