#!/usr/bin/env bash
# The require_* helpers tell a missing tool (skip, exit 77) from a broken
# one (fail, exit 1), and scripts/test.sh turns a skip into a failure under
# CI=true unless the test is in the skip allowlist.
#
# Each helper runs in a fresh shell that sources tests/functions.sh, with
# one thing replaced: a copy of wbcache.py with a syntax error or an
# exception at load time, an nbd module that fails to import or that is
# missing, a checker with a syntax error, an nbdkit without the python
# plugin.  The real tools must pass, the broken ones fail, the missing ones
# skip.

set -euo pipefail
source "$(dirname "$0")/functions.sh"
require nbdkit nbdsh
require_python_plugin
require_python_nbd
require_filter

# helper_rc SETUP HELPER: exit code of HELPER in a fresh shell, after
# sourcing functions.sh and evaluating SETUP there; its output is kept in
# $tmp/helper.out.
helper_rc ()
{
    local setup="$1" helper="$2" rc=0
    bash -c 'source "$1/tests/functions.sh"; eval "$2"; $3; echo "reached the end"' \
        test-require-child "$top" "$setup" "$helper" > "$tmp/helper.out" 2>&1 ||
        rc=$?
    echo "$rc"
}

# expect RC SETUP HELPER WHAT: HELPER must exit with RC.
expect ()
{
    local want="$1" setup="$2" helper="$3" what="$4" got
    got="$(helper_rc "$setup" "$helper")"
    if [ "$got" != "$want" ]; then
        sed 's/^/    /' "$tmp/helper.out" >&2
        fail "$helper with $what: exit $got, expected $want"
    fi
    ok "$helper with $what: exit $got$(grep -m1 -E '^(FAIL|SKIP):' "$tmp/helper.out" |
                                       sed 's/^/ (/; s/$/)/')"
}

# --- require_python_plugin -------------------------------------------
expect 0 ':' require_python_plugin "the real wbcache.py"

mkdir "$tmp/syntax"
cp "$PLUGIN" "$tmp/syntax/wbcache.py"
printf '\ndef broken(:\n    pass\n' >> "$tmp/syntax/wbcache.py"
expect 1 "PLUGIN=$tmp/syntax/wbcache.py" require_python_plugin \
    "a wbcache.py with a syntax error"
grep -q 'SyntaxError' "$tmp/helper.out" ||
    fail "the failure does not show python's SyntaxError"

mkdir "$tmp/raises"
cp "$PLUGIN" "$tmp/raises/wbcache.py"
printf '\nraise RuntimeError("wbcache: broken on purpose")\n' \
    >> "$tmp/raises/wbcache.py"
expect 1 "PLUGIN=$tmp/raises/wbcache.py" require_python_plugin \
    "a wbcache.py that raises while loading"

expect 1 "PLUGIN=$tmp/no-such-plugin.py" require_python_plugin \
    "a wbcache.py that does not exist"

# An nbdkit whose plugin directory has no python plugin: missing, skip.
mkdir "$tmp/bin" "$tmp/noplugins"
cat > "$tmp/bin/nbdkit" <<EOF
#!/bin/sh
if [ "\$1" = --dump-config ]; then
    /usr/bin/nbdkit --dump-config | sed 's|^plugindir=.*|plugindir=$tmp/noplugins|'
    exit 0
fi
exec /usr/bin/nbdkit "\$@"
EOF
chmod +x "$tmp/bin/nbdkit"
expect 77 "PATH=$tmp/bin:\$PATH" require_python_plugin \
    "no python plugin in nbdkit's plugin directory"

# --- require_python_nbd ----------------------------------------------
expect 0 ':' require_python_nbd "the real nbd module"

mkdir "$tmp/badnbd"
printf 'def broken(:\n' > "$tmp/badnbd/nbd.py"
expect 1 "export PYTHONPATH=$tmp/badnbd" require_python_nbd \
    "an nbd module with a syntax error"

# A module that reports itself missing, as python does when there is none.
mkdir "$tmp/nonbd"
printf 'raise ModuleNotFoundError("No module named %s", name="nbd")\n' \
    "'nbd'" > "$tmp/nonbd/nbd.py"
expect 77 "export PYTHONPATH=$tmp/nonbd" require_python_nbd \
    "no nbd module"

# --- require_checker -------------------------------------------------
expect 0 ':' require_checker "the real scripts/multiconn-check"

mkdir -p "$tmp/faketop/scripts"
cp "$top/scripts/multiconn-check" "$tmp/faketop/scripts/"
printf '\ndef broken(:\n' >> "$tmp/faketop/scripts/multiconn-check"
expect 1 "top=$tmp/faketop" require_checker \
    "a multiconn-check with a syntax error"
rm "$tmp/faketop/scripts/multiconn-check"
expect 1 "top=$tmp/faketop" require_checker "no multiconn-check"
expect 1 "PLUGIN=$tmp/syntax/wbcache.py" require_checker \
    "a wbcache.py with a syntax error"
expect 77 "export PYTHONPATH=$tmp/nonbd" require_checker "no nbd module"

# --- require ---------------------------------------------------------
expect 77 ':' "require no-such-tool-multiconn" "a missing command"

# --- scripts/test.sh under CI=true -----------------------------------
# A test that skips: a SKIP without CI, a FAIL under CI=true, a SKIP again
# when the allowlist names it with a reason; a malformed allowlist fails.
fake="$tmp/test-require-fake-skip.sh"
cat > "$fake" <<'EOF'
#!/usr/bin/env bash
source "$top/tests/functions.sh"
skip "this test always skips"
EOF
: > "$tmp/empty-allowlist"
runner ()
{
    local rc=0
    MULTICONN_SKIP_DEPS=1 MULTICONN_CARGO_TEST=0 \
        "$top/scripts/test.sh" "$fake" > "$tmp/runner.out" 2>&1 || rc=$?
    echo "$rc"
}
show_runner () { sed 's/^/    /' "$tmp/runner.out" >&2; }

rc="$(unset CI; MULTICONN_SKIP_ALLOWLIST="$tmp/empty-allowlist" runner)"
[ "$rc" = 0 ] && grep -q '^SKIP test-require-fake-skip' "$tmp/runner.out" ||
    { show_runner; fail "without CI a skip should be a SKIP, exit 0 (got $rc)"; }
ok "scripts/test.sh without CI: SKIP, exit 0"

rc="$(CI=true MULTICONN_SKIP_ALLOWLIST="$tmp/empty-allowlist" runner)"
[ "$rc" != 0 ] && grep -q '^FAIL test-require-fake-skip' "$tmp/runner.out" ||
    { show_runner; fail "under CI=true an unlisted skip should fail (got $rc)"; }
ok "scripts/test.sh under CI=true: an unlisted skip is a FAIL, exit $rc"

printf '# comment\n\ntest-require-fake-skip: it only shows the allowlist\n' \
    > "$tmp/allowlist"
rc="$(CI=true MULTICONN_SKIP_ALLOWLIST="$tmp/allowlist" runner)"
[ "$rc" = 0 ] && grep -q '^SKIP test-require-fake-skip.*allowed in CI' \
    "$tmp/runner.out" ||
    { show_runner; fail "under CI=true a listed skip should be allowed (got $rc)"; }
ok "scripts/test.sh under CI=true: a listed skip is a SKIP, exit 0"

printf 'test-require-fake-skip\n' > "$tmp/bad-allowlist"
rc="$(CI=true MULTICONN_SKIP_ALLOWLIST="$tmp/bad-allowlist" runner)"
[ "$rc" != 0 ] && grep -q 'expected .test-name: reason' "$tmp/runner.out" ||
    { show_runner; fail "an allowlist entry without a reason should fail (got $rc)"; }
ok "scripts/test.sh: an allowlist entry without a reason fails the run"

# The project's own allowlist is well formed.
rc="$(CI=true runner)"
if grep -q 'malformed' "$tmp/runner.out"; then
    show_runner; fail "tests/skip-allowlist.txt is malformed"
fi
ok "tests/skip-allowlist.txt is well formed"

echo "$test_name: all checks passed"
