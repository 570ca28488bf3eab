#!/usr/bin/env bash
# Write debian/copyright from Cargo.lock: a paragraph for this project and
# one for every crate in vendor/, with the licence that cargo license
# (scripts/cargo-tool.sh installs it from crates.io into
# target/cargo-tools when it is missing) reports for it, and the
# text of every licence named (debian/licenses/NAME).
#
# Usage: scripts/copyright.sh [--check]
#
# Run it after scripts/vendor.sh.  --check writes to a temporary file and
# compares: exit 1 with the differences if debian/copyright is not what
# Cargo.lock and vendor/ give.
#
# Each crate's Comment says what it is to the package: compiled into the
# filter (the library's normal dependencies on Linux, as cargo tree shows
# them), used only to build or test it, or an empty stand-in that
# cargo vendor-filterer left for a crate only other systems use.  Licence
# expressions are turned from SPDX into the copyright format's: MIT is
# Expat, "-or-later" is "+", "WITH X" is "with X exception", and a
# parenthesised "and" is multiplied out, since the format has no
# parentheses ("(A or B) and C" is "A and C or B and C").

set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/find-cargo.sh"
export PATH=/usr/bin:/bin:/usr/sbin:/sbin:$PATH:$HOME/.cargo/bin

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
prog=copyright.sh
die() { echo "$prog: $*" >&2; exit 1; }
[ -n "$CARGO" ] || die "no cargo (install Rust, or run scripts/deps.sh)"
tool=$("$top/scripts/cargo-tool.sh" license) || die "cannot install cargo-license"
export PATH=$(dirname "$tool"):$PATH
[ -d "$top/vendor" ] || die "vendor/ is missing: run scripts/vendor.sh"

check=
case "${1:-}" in
    --check) check=1 ;;
    '') ;;
    *) die "unknown option '$1'" ;;
esac

work=$(mktemp -d "${TMPDIR:-/tmp}/multiconn-copyright.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$top"
"$CARGO" license --json --all-features >"$work/licenses.json"
host=$(rustc -vV 2>/dev/null | sed -n 's/^host: //p')
"$CARGO" tree --locked --edges normal --prefix none --format '{p}' \
    --target "${host:-x86_64-unknown-linux-gnu}" -p multiconn |
    awk '{print $1, substr($2, 2)}' | sort -u >"$work/compiled-in"

/usr/bin/python3 - "$work/licenses.json" "$work/compiled-in" "$top/vendor" \
    "$top/debian/licenses" >"$work/copyright" <<'PY'
import json, os, re, sys, tomllib

licenses_json, compiled_in, vendor, texts = sys.argv[1:]
by_crate = {(c["name"], c["version"]): c for c in json.load(open(licenses_json))}
compiled = {tuple(line.split()) for line in open(compiled_in) if line.strip()}


def dnf(expr):
    """An SPDX expression as a list of terms (each a list of licences),
    'or' of 'and's."""
    tokens = re.findall(r"\(|\)|[^\s()]+", expr)
    pos = 0

    def atom():
        nonlocal pos
        t = tokens[pos]
        pos += 1
        if t == "(":
            r = alt()
            assert tokens[pos] == ")", expr
            pos += 1
            return r
        name = {"MIT": "Expat"}.get(t, t)
        if name.endswith("-or-later"):
            name = name[:-len("-or-later")] + "+"
        if pos < len(tokens) and tokens[pos] == "WITH":
            name += " with %s exception" % tokens[pos + 1].replace("-exception", "")
            pos += 2
        return [[name]]

    def conj():
        nonlocal pos
        r = atom()
        while pos < len(tokens) and tokens[pos].upper() == "AND":
            pos += 1
            rhs = atom()
            r = [a + b for a in r for b in rhs]
        return r

    def alt():
        nonlocal pos
        r = conj()
        while pos < len(tokens) and tokens[pos].upper() == "OR":
            pos += 1
            r = r + conj()
        return r

    terms = alt()
    assert pos == len(tokens), expr
    return terms


def paragraph_text(name):
    path = os.path.join(texts, name)
    if not os.path.exists(path):
        sys.exit("copyright.sh: no text for the licence '%s': add debian/licenses/%s"
                 % (name, name))
    lines = open(path).read().rstrip("\n").split("\n")
    return "\n".join(" " + l if l.strip() else " ." for l in lines)


out = ["""Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: multiconn
Source: the multiconn source tree (Cargo.toml, src/, scripts/, docs/)
Comment: Written by scripts/copyright.sh from Cargo.lock (cargo license)
 and vendor/; tests/test-copyright.sh checks that it is current.

Files: *
Copyright: 2026 the multiconn authors
License: BSD-3-Clause"""]
used = {"BSD-3-Clause"}
for d in sorted(os.listdir(vendor)):
    meta = tomllib.load(open(os.path.join(vendor, d, "Cargo.toml"), "rb"))["package"]
    name, version = meta["name"], meta["version"]
    c = by_crate.get((name, version))
    # cargo vendor-filterer's stand-in: the manifest and an empty lib.rs
    src = os.path.join(vendor, d, "src")
    stub = (os.path.isdir(src) and os.listdir(src) == ["lib.rs"]
            and os.path.getsize(os.path.join(src, "lib.rs")) == 0)
    spdx = (c or {}).get("license") or meta.get("license")
    if not spdx:
        sys.exit("copyright.sh: no licence for %s %s" % (name, version))
    terms = dnf(spdx)
    for t in terms:
        used.update(t)
    authors = (c or {}).get("authors") or "|".join(meta.get("authors", []))
    holders = [re.sub(r"\s*<[^>]*>", "", a).strip() for a in authors.split("|") if a.strip()]
    if (name, version) in compiled:
        what = "compiled into the filter"
    elif stub:
        what = "an empty stand-in: only other systems use it"
    else:
        what = "used to build or test the filter, not part of the package's files"
    out.append("Files: vendor/%s/*\nCopyright: %s\nLicense: %s\nComment: %s %s, %s"
               % (d, "\n ".join(holders) or "the %s authors" % name,
                  " or ".join(" and ".join(t) for t in terms), name, version, what))
for name in sorted(used):
    out.append("License: %s\n%s" % (name, paragraph_text(name)))
print("\n\n".join(out))
PY

if [ -n "$check" ]; then
    diff -u "$top/debian/copyright" "$work/copyright" >&2 ||
        die "debian/copyright is not what Cargo.lock and vendor/ give: run scripts/copyright.sh"
    echo "$prog: debian/copyright is current"
else
    cp "$work/copyright" "$top/debian/copyright"
    echo "$prog: wrote debian/copyright ($(grep -c '^Files: vendor/' "$top/debian/copyright") crates)"
fi
