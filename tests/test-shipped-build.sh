#!/usr/bin/env bash
# What the library as built is made of: no feature set can put it on the
# deterministic scheduler's locks (shuttle comes only with RUSTFLAGS
# "--cfg shuttle", as tokio's loom does), and the checkers' switches are
# not in it (tests/door.rs checks the fault switches' type; this checks
# the dependency graph).
# Can fail: the same query with --cfg shuttle finds shuttle, so a
# dependency reachable through any feature would be found too.

set -euo pipefail
source "$(dirname "$0")/functions.sh"
source "$top/scripts/find-cargo.sh"
[ -n "$CARGO" ] || fail "no cargo"

cd "$top"
"$CARGO" tree --all-features -e normal,build -i shuttle > "$tmp/tree" 2>&1 || :
if grep -q '^shuttle v' "$tmp/tree"; then
    cat "$tmp/tree" >&2
    fail "a feature puts shuttle into the library"
fi
ok "no feature set brings shuttle into the library"

RUSTFLAGS="--cfg shuttle" "$CARGO" tree -e normal -i shuttle > "$tmp/tree" 2>&1 || :
grep -q '^shuttle v' "$tmp/tree" ||
    { cat "$tmp/tree" >&2; fail "--cfg shuttle does not bring shuttle in: the check above means nothing"; }
ok "--cfg shuttle brings it in (the check can fail)"

# Features: none that could change the engine.
"$CARGO" metadata --no-deps --format-version 1 > "$tmp/meta"
/usr/bin/python3 - "$tmp/meta" <<'PY'
import json, sys
pkg = json.load(open(sys.argv[1]))["packages"][0]
assert pkg["features"] == {}, "features: %s" % pkg["features"]
PY
ok "the crate has no Cargo features"
