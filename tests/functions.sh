# Common functions for the shell tests.  Source it from tests/test-*.sh:
#
#   source "$(dirname "$0")/functions.sh"
#
# It sets:
#   top      the top of the source tree
#   FILTER   the filter under test (default: the release build of this
#            project, in CARGO_TARGET_DIR if set; FILTER=multi-conn selects
#            nbdkit's own filter)
#   REF_FILTER  the reference filter for parity tests (default multi-conn)
#   PLUGIN   path of the python test plugin (tests/plugins/wbcache.py)
#   tmp      a private temporary directory, removed on exit
# and provides require, require_filter, own_filter, stats_flushes,
# stats_ops, compare_filters, fail, ok, and cleanup_add.

# nbdsh and python3-libnbd need Debian's python3, so /usr/bin goes first.
export PATH="/usr/bin:/bin:/usr/sbin:/sbin:$PATH:$HOME/.cargo/bin"

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# With MULTICONN_NBDKIT_PREFIX, the nbdkit installed there comes first
# (scripts/nbdkit-env.sh).
source "$top/scripts/nbdkit-env.sh" || exit 1
: "${FILTER:=${CARGO_TARGET_DIR:-$top/target}/release/libmulticonn.so}"
: "${REF_FILTER:=multi-conn}"
PLUGIN="$top/tests/plugins/wbcache.py"
export top FILTER REF_FILTER PLUGIN

# Stop nbdkit from picking up anything odd from the caller's environment.
unset LIBNBD_DEBUG

test_name="$(basename "$0" .sh)"

# ---------------------------------------------------------------------
# Temporary directory and cleanup.

tmp="$(mktemp -d "${TMPDIR:-/tmp}/multiconn-$test_name.XXXXXX")"
export tmp
_cleanup_cmds=()

# cleanup_add CMD...: run CMD (with eval) at exit, before $tmp goes.
cleanup_add ()
{
    _cleanup_cmds+=("$*")
}

_cleanup ()
{
    local rc=$? c
    for c in "${_cleanup_cmds[@]}"; do
        eval "$c" || :
    done
    rm -rf "$tmp"
    exit "$rc"
}
trap _cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------
# Results.

fail ()
{
    echo "FAIL: $test_name: $*" >&2
    exit 1
}

ok ()
{
    echo "ok: $*"
}

skip ()
{
    echo "SKIP: $test_name: $*"
    exit 77
}

# require CMD...: skip the test (exit 77) unless every CMD is on PATH.
require ()
{
    local c
    for c in "$@"; do
        command -v "$c" >/dev/null 2>&1 || skip "'$c' is not installed"
    done
}

# system_nbdkit_only WHY: skip when the tests run against another nbdkit
# (MULTICONN_NBDKIT_PREFIX): for tests of the Debian package of the
# system's nbdkit, or of the Rust toolchain, which the run against the
# system's nbdkit covers.  Each test that calls it is named in
# tests/skip-allowlist-nbdkit-alt.txt.
system_nbdkit_only ()
{
    [ -z "${MULTICONN_NBDKIT_PREFIX:-}" ] ||
        skip "runs against the system's nbdkit only: $*"
}

# The require_* helpers below tell a missing tool (skip, exit 77) from an
# installed but broken one (fail): a skip may be allowed in CI
# (tests/skip-allowlist.txt), a broken tool never is.

# _require_nbd_module: skip if /usr/bin/python3 has no nbd module at all
# (python3-libnbd not installed); fail if importing it fails otherwise.
_require_nbd_module ()
{
    local err="$tmp/require-nbd-module.err"
    [ -x /usr/bin/python3 ] || skip "/usr/bin/python3 is not installed"
    /usr/bin/python3 -c 'import nbd' 2> "$err" && return 0
    if grep -q "^ModuleNotFoundError: No module named 'nbd'\$" "$err"; then
        skip "python3-libnbd is not installed for /usr/bin/python3"
    fi
    cat "$err" >&2
    fail "python3-libnbd is installed but 'import nbd' fails"
}

# require_python_nbd: skip unless nbdsh and the nbd python module are
# installed; fail if they are but nbdsh cannot run.
require_python_nbd ()
{
    require nbdsh
    _require_nbd_module
    local err="$tmp/require-nbdsh.err"
    nbdsh -n -c 'pass' >/dev/null 2> "$err" ||
        { cat "$err" >&2; fail "nbdsh is installed but does not run"; }
}

# require_filter: skip unless $FILTER can be loaded by nbdkit.
require_filter ()
{
    require nbdkit
    case "$FILTER" in
        */*) [ -f "$FILTER" ] ||
                 skip "$FILTER does not exist (run cargo build --release)" ;;
    esac
    nbdkit --filter="$FILTER" null --dump-plugin >/dev/null 2>&1 ||
        fail "nbdkit cannot load --filter=$FILTER"
}

# require_python_plugin: skip unless nbdkit's python plugin is installed;
# fail if it is but cannot load $PLUGIN (a syntax error in wbcache.py, an
# exception while loading it, a python plugin that does not start).
require_python_plugin ()
{
    require nbdkit
    local dir err="$tmp/require-python-plugin.err"
    dir="$(nbdkit --dump-config 2>/dev/null | sed -n 's/^plugindir=//p')"
    [ -n "$dir" ] || fail "nbdkit --dump-config names no plugindir"
    [ -e "$dir/nbdkit-python-plugin.so" ] ||
        skip "nbdkit's python plugin is not installed" \
             "($dir/nbdkit-python-plugin.so)"
    [ -f "$PLUGIN" ] || fail "the test plugin $PLUGIN does not exist"
    nbdkit python "$PLUGIN" --dump-plugin >/dev/null 2> "$err" ||
        { cat "$err" >&2
          fail "nbdkit's python plugin is installed but cannot load $PLUGIN"; }
}

# own_filter: true if $FILTER is this project's filter, not nbdkit's own
# (its messages and debug lines only exist in this project's filter).
own_filter ()
{
    case "$FILTER" in
        multi-conn|*/nbdkit-multi-conn-filter.so) return 1 ;;
        *) return 0 ;;
    esac
}

# require_checker: skip unless what scripts/multiconn-check needs is
# installed; fail if the checker itself is missing or does not start.  Sets
# check to its path, and puts its private sockets under $tmp (TMPDIR), so
# that pgrep can find anything it leaves behind.
require_checker ()
{
    require nbdkit pgrep
    require_python_plugin
    require_filter
    _require_nbd_module
    check="$top/scripts/multiconn-check"
    [ -f "$check" ] || fail "the checker $check does not exist"
    local err="$tmp/require-checker.err"
    "$check" --help >/dev/null 2> "$err" ||
        { cat "$err" >&2; fail "the checker $check does not start"; }
    export TMPDIR="$tmp"
}

# ---------------------------------------------------------------------
# nbdkit stats filter output.

# stats_ops FILE OP: number of OP ("flush", "write", "read", "zero",
# "trim", "cache", ...) operations recorded in a stats filter file.
# The stats filter leaves out the line of an operation never done: 0.
stats_ops ()
{
    local file="$1" op="$2" n
    [ -f "$file" ] || { echo "stats file $file is missing" >&2; return 1; }
    n="$(sed -n "s/^$op: \([0-9][0-9]*\) ops.*/\1/p" "$file")"
    echo "${n:-0}"
}

# stats_flushes FILE: flushes that reached the plugin.
stats_flushes ()
{
    stats_ops "$1" flush
}

# stats_summary FILE: one line "read=N write=N ..." of every op count.
stats_summary ()
{
    local file="$1" op out=""
    for op in read write trim zero cache flush extents; do
        out="$out $op=$(stats_ops "$file" "$op")"
    done
    echo "${out# }"
}

# ---------------------------------------------------------------------
# Running the same workload through two filters.

# compare_filters FUNC [ARGS...]
#
# Calls "FUNC FILTER OUTFILE ARGS..." once with $REF_FILTER and once with
# $FILTER, then shows the differences between both outputs.  Returns
# non-zero if they differ.  FUNC must write to OUTFILE only what has to be
# identical.  The outputs are kept in $cmp_dir (default $tmp) as
# compare.ref and compare.out.
compare_filters ()
{
    local func="$1"; shift
    local dir="${cmp_dir:-$tmp}"
    local ref="$dir/compare.ref" out="$dir/compare.out"
    rm -f "$ref" "$out"
    "$func" "$REF_FILTER" "$ref" "$@" || {
        echo "workload failed with --filter=$REF_FILTER" >&2; return 1; }
    "$func" "$FILTER" "$out" "$@" || {
        echo "workload failed with --filter=$FILTER" >&2; return 1; }
    diff -u --label "--filter=$REF_FILTER" --label "--filter=$FILTER" \
        "$ref" "$out"
}

# jobs_limit N: wait until fewer than N background jobs are running.
jobs_limit ()
{
    while [ "$(jobs -rp | wc -l)" -ge "$1" ]; do
        wait -n || :
    done
}

# Parallel jobs for tests that run many independent servers.
: "${MULTICONN_TEST_JOBS:=$(nproc 2>/dev/null || echo 2)}"

# nbdsh_run SCRIPT: the --run command that runs a python script with
# nbdsh (no implicit handle), $uri and $unixsocket in its environment:
#   nbdkit -U - ... --run "$(nbdsh_run "$tmp/script.py")"
nbdsh_run ()
{
    printf 'export uri unixsocket; nbdsh -n -c - < %q' "$1"
}

# ---------------------------------------------------------------------
# scripts/multiconn-check runs (tests/test-check-*.sh).

# BIGCACHE: the test plugin with per-connection caches of 64 KiB blocks.
BIGCACHE="$top/tests/plugins/bigcache.py"

# json_field FILE KEY: the number after "KEY": on the checker's JSON line
# in FILE (empty if missing).
json_field ()
{
    sed -n 's/^JSON .*"'"$2"'": \([0-9.]*\).*/\1/p' "$1"
}

# check_run NAME EXPECT CHECKER-ARGS...: run the checker with --json into
# $tmp/NAME.out; its exit status must be EXPECT (0 clean, 1 violations),
# else the test fails showing the command that replays it.  Prints one
# line: exit status, ops, checked reads, violations, first violation.
check_run ()
{
    local name="$1" expect="$2" rc=0; shift 2
    "$check" --json "$@" > "$tmp/$name.out" 2> "$tmp/$name.err" || rc=$?
    local out="$tmp/$name.out" first
    first="$(json_field "$out" first_violation_s)"
    printf '%-30s exit %s  ops %-6s checked reads %-6s violations %-5s first %s\n' \
        "$name" "$rc" "$(json_field "$out" ops)" \
        "$(json_field "$out" checked_reads)" "$(json_field "$out" violations)" \
        "${first:+$first s}"
    if [ "$rc" != "$expect" ]; then
        awk '/^violation 1:/ { p = 1 } /^violation 2:|^\(/ { p = 0 }
             /^result:/ { p = 1 } p' "$out" >&2
        cat "$tmp/$name.err" >&2
        fail "$name: exit status $rc, expected $expect; replay with:" \
             "$(printf '%q ' "$check" "$@")"
    fi
    if pgrep -f "$tmp/multiconn-check\." >/dev/null; then
        pgrep -af "$tmp/multiconn-check\." >&2
        fail "$name: a process started by the checker is still running"
    fi
}

# have_nbdkit_multi_conn: whether nbdkit's own multi-conn filter loads;
# under CI=true its absence fails the test.
have_nbdkit_multi_conn ()
{
    nbdkit --filter=multi-conn null --dump-plugin >/dev/null 2>&1 && return 0
    [ "${CI:-}" != true ] || fail "nbdkit's multi-conn filter is not installed"
    return 1
}

# ---------------------------------------------------------------------
# Toolchain and packages (tests of portability, the distribution's Rust
# and the Debian package).

# CARGO, RUSTC, RUSTDOC: the toolchain scripts/test.sh builds with (it
# exports them); when a test runs alone, chosen the same way.
source "$top/scripts/find-cargo.sh"

# unavailable MSG: something the test needs cannot be had here.  A SKIP,
# except under CI=true, where everything must be there: a FAIL.
unavailable ()
{
    [ "${CI:-}" != true ] || fail "$* (CI=true: this must be available)"
    skip "$*"
}
