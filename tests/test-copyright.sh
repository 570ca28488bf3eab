#!/usr/bin/env bash
# debian/copyright is current and covers what the package holds:
#
# 1. scripts/vendor.sh --check: vendor/ is what Cargo.lock asks for;
# 2. scripts/copyright.sh --check: debian/copyright is what cargo license
#    reports for Cargo.lock and vendor/;
# 3. every crate compiled into the filter (cargo tree, normal
#    dependencies on Linux) has a paragraph, with the licence its
#    Cargo.toml declares, whose Comment says it is compiled in, and every
#    licence named has its text;
# 4. can fail: a copy without the paragraph of libc fails check 3, and a
#    copy where one licence is changed fails check 2.
# test-timeout: 900

set -euo pipefail
source "$(dirname "$0")/functions.sh"
system_nbdkit_only "it checks debian/copyright against Cargo.lock, the same whichever nbdkit the filter is built for"
require python3
[ -n "${CARGO:-}" ] || CARGO=$(command -v cargo || :)
[ -n "$CARGO" ] || skip "no cargo"

"$top/scripts/vendor.sh" --check
ok "vendor/ matches Cargo.lock"
"$top/scripts/copyright.sh" --check
ok "debian/copyright is what scripts/copyright.sh writes from Cargo.lock"

# The crates compiled into the filter: name, version, licence.
host=$(rustc -vV 2>/dev/null | sed -n 's/^host: //p')
(cd "$top" && "$CARGO" tree --locked --edges normal --prefix none \
     --format '{p}|{l}' --target "${host:-x86_64-unknown-linux-gnu}" -p multiconn) |
    sed 's/ (\*)$//' | grep -v '^multiconn ' | sort -u >"$tmp/compiled-in"
n=$(wc -l <"$tmp/compiled-in")
[ "$n" -ge 5 ] || fail "cargo tree shows only $n crates compiled in"

# covers FILE: every compiled-in crate has a paragraph in FILE with its
# licence and a Comment saying it is compiled in; every licence named in
# FILE has a License paragraph of its own.
covers ()
{
    /usr/bin/python3 - "$1" "$tmp/compiled-in" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
paras = [p for p in text.split("\n\n") if p.strip()]
files = {}
standalone = set()
for p in paras:
    fields = dict(re.findall(r"^([A-Za-z-]+): ?(.*)$", p, re.M))
    if "Files" in fields:
        files[fields["Files"]] = fields
    elif "License" in fields and "Format" not in fields:
        standalone.add(fields["License"])
bad = []
for line in open(sys.argv[2]):
    crate, lic = line.rstrip("\n").split("|")
    name, version = crate.split()[:2]
    version = version.lstrip("v")
    hit = [f for f in files.values()
           if f.get("Comment", "").startswith("%s %s, compiled into the filter" % (name, version))]
    if not hit:
        bad.append("%s %s has no paragraph saying it is compiled in" % (name, version))
        continue
    want = lic.replace("MIT", "Expat").replace(" OR ", " or ").replace("/", " or ")
    got = hit[0]["License"]
    if sorted(want.split(" or ")) != sorted(got.split(" or ")):
        bad.append("%s %s: licence '%s' in debian/copyright, '%s' in Cargo.toml"
                   % (name, version, got, lic))
for f in files.values():
    for term in re.split(r" or | and ", f["License"]):
        if term not in standalone:
            bad.append("the licence '%s' has no License paragraph" % term)
for b in sorted(set(bad)):
    print(b)
sys.exit(1 if bad else 0)
PY
}
covers "$top/debian/copyright" || fail "debian/copyright does not cover what is compiled in"
ok "debian/copyright covers the $n crates compiled into the filter: $(cut -d' ' -f1 "$tmp/compiled-in" | paste -s -d' ')"

# Can fail: without libc's paragraph.
/usr/bin/python3 - "$top/debian/copyright" "$tmp/no-libc" <<'PY'
import sys
paras = open(sys.argv[1]).read().split("\n\n")
open(sys.argv[2], "w").write("\n\n".join(
    p for p in paras if "\nComment: libc " not in p))
PY
if covers "$tmp/no-libc" >"$tmp/no-libc.out"; then
    fail "a copy without libc's paragraph passes: the check cannot fail"
fi
ok "can fail: $(head -n 1 "$tmp/no-libc.out")"

# Can fail: scripts/copyright.sh --check against a changed copy.
cp "$top/debian/copyright" "$tmp/copyright.orig"
cleanup_add 'cp "$tmp/copyright.orig" "$top/debian/copyright"'
sed -i '0,/^License: Apache-2.0 or Expat$/s//License: Expat/' "$top/debian/copyright"
! cmp -s "$tmp/copyright.orig" "$top/debian/copyright" || fail "could not change a licence in the copy"
if "$top/scripts/copyright.sh" --check >/dev/null 2>&1; then
    fail "a changed debian/copyright passes --check: the check cannot fail"
fi
cp "$tmp/copyright.orig" "$top/debian/copyright"
ok "can fail: a debian/copyright with one licence changed fails --check"

echo "PASS: $test_name"
