#!/usr/bin/env bash
# nbdkit's own tests of its multi-conn filter, run against this filter.
#
# nbdkit's source tree has tests/test-multi-conn.sh and
# tests/test-multi-conn-name.sh, with their sh plugin
# tests/test-multi-conn-plugin.sh: they print what clients see through
# --filter=multi-conn in every mode, with and without track-dirty, with
# the cache, stats and noparallel filters, and per export name, and diff
# it against what nbdkit's filter answers.  Here they run from a scratch
# copy made at run time, with every --filter=multi-conn turned into
# --filter=$FILTER by sed; nothing of them is kept in this tree.
#
# The source tree: MULTICONN_NBDKIT_SRC (a configured nbdkit source tree,
# which has tests/functions.sh), else the one scripts/nbdkit-alt.sh
# unpacked for the nbdkit under test (target/nbdkit-VERSION/src/), else
# the newest one there (nbdkit 1.42.3's tests also run against Debian
# 12's nbdkit 1.32.5).  Against another nbdkit (MULTICONN_NBDKIT_PREFIX)
# and under CI=true it must be there; otherwise its absence is a skip.
#
# Each of the two tests runs three times:
#   1. as nbdkit ships it, through nbdkit's own filter: it passes here;
#   2. with this filter substituted: it must pass, and nbdkit's -v log must
#      show this filter registered and nbdkit's multi-conn filter never;
#   3. can fail: with this filter and one option changed so that the
#      answers must differ (multi-conn-mode=plugin made emulate;
#      multi-conn-exportname=true made false): it must fail, with a
#      difference in its output (not at start-up).
# test-timeout: 900
set -euo pipefail
source "$(dirname "$0")/functions.sh"
require nbdkit nbdsh dd sed diff
require_python_nbd
require_filter
own_filter || skip "FILTER=$FILTER is nbdkit's own filter, which these tests are"
have_nbdkit_multi_conn || skip "nbdkit's multi-conn filter is not installed"

version="$(nbdkit --version | sed -n 's/^nbdkit \([0-9][0-9.]*\).*/\1/p')"
src="${MULTICONN_NBDKIT_SRC:-}"
if [ -z "$src" ] && [ -f "$top/target/nbdkit-$version/src/nbdkit-$version/tests/functions.sh" ]; then
    src="$top/target/nbdkit-$version/src/nbdkit-$version"
fi
if [ -z "$src" ]; then
    for d in "$top"/target/nbdkit-*/src/nbdkit-*/; do
        [ -f "$d/tests/functions.sh" ] && src="${d%/}"
    done
fi
if [ -z "$src" ]; then
    why="no configured nbdkit source tree (scripts/nbdkit-alt.sh makes one; or set MULTICONN_NBDKIT_SRC)"
    [ -z "${MULTICONN_NBDKIT_PREFIX:-}" ] || fail "$why"
    unavailable "$why"
fi
files=(functions.sh test-multi-conn-plugin.sh test-multi-conn.sh test-multi-conn-name.sh)
for f in "${files[@]}"; do
    [ -f "$src/tests/$f" ] || fail "$src/tests/$f does not exist"
done
echo "nbdkit $version ($(command -v nbdkit)); tests from $src/tests"

# prepare DIR: a scratch copy of the tests in DIR/tests.
prepare ()
{
    mkdir -p "$1/tests"
    cp "${files[@]/#/$src/tests/}" "$1/tests/"
}

# substitute FILE: every --filter=multi-conn (as a whole word) becomes
# --filter=$FILTER; fails unless there was at least one and none is left.
substitute ()
{
    local f="$1" before after
    before="$(grep -o -- '--filter=multi-conn\b' "$f" | wc -l)"
    [ "$before" -gt 0 ] || fail "$(basename "$f") has no --filter=multi-conn to substitute"
    sed -i "s|--filter=multi-conn\\b|--filter=$FILTER|g" "$f"
    after="$(grep -o -- "--filter=$FILTER" "$f" | wc -l)"
    ! grep -q -- '--filter=multi-conn\b' "$f" ||
        fail "$(basename "$f"): --filter=multi-conn left after the substitution"
    [ "$after" = "$before" ] ||
        fail "$(basename "$f"): $before --filter=multi-conn, $after --filter=$FILTER after sed"
    echo "$before"
}

# run DIR TEST: run nbdkit's TEST in DIR/tests; its output (nbdkit -v and
# set -x included) in DIR/TEST.log.  Returns its exit status.
run ()
{
    local rc=0
    (cd "$1/tests" && srcdir=. bash "$2") > "$1/$2.log" 2>&1 || rc=$?
    return "$rc"
}

# registered LOG: the filters nbdkit registered (their paths), counted.
registered ()
{
    sed -n 's/.*debug: registering filter //p' "$1" | sort | uniq -c
}

theirs_so="$(nbdkit --dump-config | sed -n 's/^filterdir=//p')/nbdkit-multi-conn-filter.so"
for t in test-multi-conn.sh test-multi-conn-name.sh; do
    case "$t" in
        test-multi-conn.sh) broken='s/multi-conn-mode=plugin/multi-conn-mode=emulate/g' ;;
        test-multi-conn-name.sh) broken='s/multi-conn-exportname=true/multi-conn-exportname=false/g' ;;
    esac

    # 1. As shipped, through nbdkit's filter.
    d="$tmp/theirs-$t"
    prepare "$d"
    start=$SECONDS
    run "$d" "$t" || { tail -n 40 "$d/$t.log" >&2
                       fail "$t fails with nbdkit's own filter: the tests do not work here"; }
    grep -q "registering filter $theirs_so\$" "$d/$t.log" ||
        fail "$t: nbdkit's multi-conn filter was not registered"
    ok "$t passes with nbdkit's own filter ($((SECONDS - start))s)"

    # 2. This filter substituted.
    d="$tmp/ours-$t"
    prepare "$d"
    n="$(substitute "$d/tests/$t")"
    start=$SECONDS
    run "$d" "$t" || { grep -E '^[-+@]' "$d/$t.log" | grep -v '^+' | head -n 40 >&2
                       tail -n 20 "$d/$t.log" >&2
                       fail "$t fails with --filter=$FILTER (log: $d/$t.log)"; }
    registered "$d/$t.log" | sed 's/^/    /'
    grep -q "registering filter $FILTER\$" "$d/$t.log" ||
        fail "$t: $FILTER was never registered"
    ! grep -q "registering filter .*nbdkit-multi-conn-filter.so\$" "$d/$t.log" ||
        fail "$t: nbdkit's own multi-conn filter was registered"
    ok "$t passes with --filter=$FILTER in its $n places ($((SECONDS - start))s)"

    # 3. Can fail: this filter, one option changed.
    d="$tmp/broken-$t"
    prepare "$d"
    substitute "$d/tests/$t" >/dev/null
    sed -i "$broken" "$d/tests/$t"
    start=$SECONDS
    if run "$d" "$t"; then
        fail "$t passes with '$broken' applied: the test cannot fail"
    fi
    # A difference in what the clients saw (a diff -u hunk), not a start-up
    # error.
    grep -q '^@@ ' "$d/$t.log" ||
        { tail -n 20 "$d/$t.log" >&2
          fail "$t with '$broken' failed without a difference in its output"; }
    ok "can fail: $t fails with --filter=$FILTER and '$broken' ($((SECONDS - start))s)"
done
