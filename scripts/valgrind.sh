#!/usr/bin/env bash
# Run shell tests with nbdkit under valgrind memcheck.
#
#   scripts/valgrind.sh [TEST...]
#
# TEST defaults to tests/valgrind-workload.sh (C plugins only: python
# plugins are too noisy under valgrind).  The tests start nbdkit as
# ${NBDKIT:-nbdkit}; this script points NBDKIT at a wrapper running
#
#   valgrind --leak-check=full --errors-for-leak-kinds=definite nbdkit ...
#
# with scripts/valgrind.supp (known nbdkit/glibc noise only, nothing from
# libmulticonn.so).  nbdkit --run forks: the server is the child, so its
# valgrind verdict does not reach the exit status; every process writes its
# own log and this script reads them all.  It fails if a test fails, if any
# process reports a memory error or a definite leak, or if nothing ran
# under valgrind.  Logs are kept in $VALGRIND_KEEP if set.
#
# Unloading: at exit nbdkit dlclose()s every plugin and filter before
# valgrind's leak check, so memory that is only referenced from a global
# of an unloaded library (process-lifetime state: registries, thread pools,
# lock tables) is reported as "definitely lost" although nothing leaked
# while the server ran.  By default the wrapper preloads a tiny shim that
# turns dlclose into a no-op, so those blocks count as still reachable and
# only real leaks remain (nbdkit's own tree does the same for its valgrind
# runs).  VALGRIND_DLCLOSE=1 keeps the real dlclose: then every block the
# filter still holds at exit is reported, which checks that .unload frees
# all global state.
#
# Environment: FILTER (as for the tests), VALGRIND (default valgrind),
# VALGRIND_OPTS (extra options), VALGRIND_DLCLOSE, VALGRIND_KEEP.

set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
export PATH="/usr/bin:/bin:$PATH:$HOME/.cargo/bin"
source "$(dirname "${BASH_SOURCE[0]}")/nbdkit-env.sh"  # MULTICONN_NBDKIT_PREFIX

valgrind="${VALGRIND:-valgrind}"
command -v "$valgrind" >/dev/null 2>&1 || {
    echo "SKIP: valgrind is not installed"; exit 77; }
real_nbdkit="$(command -v nbdkit)" || {
    echo "SKIP: nbdkit is not installed"; exit 77; }

if [ $# -eq 0 ]; then
    set -- "$top/tests/valgrind-workload.sh"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/multiconn-valgrind.XXXXXX")"
cleanup ()
{
    if [ -n "${VALGRIND_KEEP:-}" ]; then
        mkdir -p "$VALGRIND_KEEP"
        cp -r "$work/logs/." "$VALGRIND_KEEP/"
        echo "valgrind logs kept in $VALGRIND_KEEP"
    fi
    rm -rf "$work"
}
trap cleanup EXIT
mkdir "$work/logs"

preload=""
if [ "${VALGRIND_DLCLOSE:-0}" = 1 ]; then
    echo "unload check: real dlclose (globals left at unload are reported)"
else
    cc="$(command -v cc || command -v gcc || true)"
    if [ -n "$cc" ] &&
       printf 'int dlclose (void *h) { (void) h; return 0; }\n' \
           > "$work/nodlclose.c" &&
       "$cc" -shared -fPIC -o "$work/nodlclose.so" "$work/nodlclose.c"; then
        preload="LD_PRELOAD=$work/nodlclose.so"
        echo "unload check: dlclose disabled (VALGRIND_DLCLOSE=1 to enable)"
    else
        echo "WARNING: no C compiler for the dlclose shim: real dlclose"
    fi
fi

# The wrapper: one log per process in $VALGRIND_LOGDIR.
cat > "$work/nbdkit" <<EOF
#!/bin/sh
exec env $preload $valgrind --tool=memcheck --leak-check=full \\
    --errors-for-leak-kinds=definite --show-leak-kinds=definite \\
    --error-exitcode=119 --keep-debuginfo=yes --num-callers=40 \\
    --suppressions="$top/scripts/valgrind.supp" \\
    --log-file="\${VALGRIND_LOGDIR:?}/vg.%p.log" \\
    ${VALGRIND_OPTS:-} "$real_nbdkit" "\$@"
EOF
chmod +x "$work/nbdkit"
export NBDKIT="$work/nbdkit"

failed=0
processes=0
for t in "$@"; do
    name="$(basename "$t" .sh)"
    logdir="$work/logs/$name"
    mkdir -p "$logdir"
    if ! grep -q 'NBDKIT' "$t"; then
        echo "WARNING: $t does not start nbdkit as \${NBDKIT:-nbdkit}:" \
             "it does not run under valgrind"
    fi
    echo "=== $name (nbdkit under valgrind)"
    start=$SECONDS
    rc=0
    VALGRIND_LOGDIR="$logdir" bash "$t" > "$logdir/test.out" 2>&1 || rc=$?
    echo "exit status $rc in $((SECONDS - start))s"
    case $rc in
        0) ;;
        77) echo "skipped"; sed 's/^/    /' "$logdir/test.out" | tail -n 3 ;;
        *) echo "FAILED: $name"
           sed 's/^/    /' "$logdir/test.out" | tail -n 40
           failed=$((failed + 1)) ;;
    esac

    # Every process valgrind watched writes an ERROR SUMMARY when it
    # exits (processes that exec'd something else, like the shell of
    # --run, leave only a header).
    for log in "$logdir"/vg.*.log; do
        [ -e "$log" ] || continue
        summary="$(sed -n 's/^==[0-9]*== ERROR SUMMARY: \([0-9]*\) errors.*/\1/p' "$log")"
        [ -n "$summary" ] || continue
        processes=$((processes + 1))
        if [ "$summary" -ne 0 ]; then
            echo "FAILED: $summary valgrind errors in $(basename "$log"):"
            { grep -v '^==[0-9]*== *$' "$log" | sed 's/^/    /' | head -n 200; } || :
            failed=$((failed + 1))
        fi
        if grep -q 'libmulticonn' "$log" &&
           grep -q 'definitely lost in' "$log"; then
            echo "NOTE: $(basename "$log") mentions libmulticonn in a leak"
        fi
    done
done

echo "processes checked under valgrind: $processes"
if [ "$processes" -eq 0 ]; then
    echo "FAILED: nothing ran under valgrind"
    exit 1
fi
if [ "$failed" -ne 0 ]; then
    echo "FAILED: $failed problems"
    exit 1
fi
echo "PASS: no valgrind errors, no definite leaks"
