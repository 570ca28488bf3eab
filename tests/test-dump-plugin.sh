#!/usr/bin/env bash
# `nbdkit --filter=multiconn PLUGIN --dump-plugin`: nbdkit 1.42 and later
# ask each filter for its own lines (`.dump_plugin`), and print them after
# the filter's `multiconn_path` and `multiconn_name`.  The filter prints its
# lines through C's stdio, as nbdkit does, so they keep their place even
# when the output is a pipe.  Before 1.42 nbdkit has no such callback: the
# build leaves it out, and the output has no line of the filter's own.
# Can fail: every line is checked for, in order; under 1.42 nbdkit's own
# multi-conn filter, which has no `.dump_plugin`, prints none of them.

set -euo pipefail
source "$(dirname "$0")/functions.sh"

require nbdkit grep sed
require_filter
own_filter || skip "FILTER=$FILTER is not this project's filter"

version="$(nbdkit --version | sed -n 's/^nbdkit //p')"
nbdkit --filter="$FILTER" memory 1M --dump-plugin > "$tmp/dump" # a pipe: through a file
sed -n '/^multiconn_/p' "$tmp/dump" | tee "$tmp/ours"

newer ()
{
    [ "$(printf '%s\n%s\n' "$1" "$version" | sort -V | head -n 1)" = "$1" ]
}

if newer 1.42.0; then
    expected="multiconn_path=$(realpath "$FILTER")
multiconn_name=multiconn
multiconn_version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$(dirname "$0")/../Cargo.toml" | head -n 1)
multiconn_built_for_nbdkit=$version
multiconn_modes=auto,emulate,plugin,disable,unsafe
multiconn_track_dirty=connection,fast,off"
    diff -u <(echo "$expected") "$tmp/ours" || fail "nbdkit $version: the filter's --dump-plugin lines differ"
    ok "nbdkit $version prints the filter's own lines, in place"
    # The companion: nbdkit's own filter prints only nbdkit's two lines.
    if have_nbdkit_multi_conn; then
        nbdkit --filter=multi-conn memory 1M --dump-plugin > "$tmp/theirs"
        grep -c '^multi-conn_' "$tmp/theirs" | grep -qx 2 ||
            fail "nbdkit's own filter printed other than its path and name"
        if grep -q '_version=' <(sed -n '/^multi-conn_/p' "$tmp/theirs"); then
            fail "the check cannot tell the filters apart"
        fi
        ok "nbdkit's own filter, which has no .dump_plugin, prints none of them (the check can fail)"
    fi
else
    if grep -q '^multiconn_version=' "$tmp/ours"; then
        fail "nbdkit $version has no .dump_plugin, yet the filter's lines appear"
    fi
    ok "nbdkit $version asks filters for no lines of their own: none printed"
fi
