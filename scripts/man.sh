#!/usr/bin/env bash
# Render the man pages.
#
# Usage: scripts/man.sh [OUTPUT]
#        scripts/man.sh --checker [OUTPUT]
#
#   nbdkit-multiconn-filter(1) from docs/nbdkit-multiconn-filter.pod with
#   pod2man; OUTPUT defaults to target/man/nbdkit-multiconn-filter.1.
#
#   --checker: multiconn-check(1) from docs/multiconn-check.md with
#   go-md2man (Debian package go-md2man); OUTPUT defaults to
#   target/man/multiconn-check.1.  The Markdown's title and one-line
#   summary become the NAME section, its "##" headings the sections (in
#   capitals) and its "###" headings subsections; the rest is the text as
#   it stands.
#
# Prints the path of the page.  View it with: man -l PATH

set -euo pipefail
export PATH=/usr/bin:/bin:$PATH

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
page=filter
if [ "${1:-}" = --checker ]; then
    page=checker
    shift
fi

version=$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$top/Cargo.toml" | sed -n 1p)

# The page's date: SOURCE_DATE_EPOCH when set (reproducible builds), else
# the time the source was last changed.
page_date ()
{
    if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
        date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d
    else
        date -u -r "$1" +%Y-%m-%d
    fi
}

if [ "$page" = checker ]; then
    md=$top/docs/multiconn-check.md
    out=${1:-$top/target/man/multiconn-check.1}
    command -v go-md2man >/dev/null 2>&1 || {
        echo "man.sh: go-md2man is not installed (Debian package go-md2man)" >&2
        exit 1
    }
    mkdir -p "$(dirname "$out")"
    # The Markdown as a man page source: a title line for .TH, NAME from
    # the summary line ("`multiconn-check` — what it is"), headings one
    # level up, none touched inside code blocks.
    awk -v date="$(page_date "$md")" -v version="${version:-unknown}" '
        NR == 1 {
            if ($0 != "# multiconn-check") {
                print "man.sh: " FILENAME " does not start with \"# multiconn-check\"" > "/dev/stderr"
                exit 1
            }
            printf "%% MULTICONN-CHECK 1 \"%s\" \"multiconn %s\" \"nbdkit multiconn filter\"\n\n", date, version
            next
        }
        !named && /^`multiconn-check` — / {
            sub(/^`multiconn-check` — /, "")
            print "# NAME\n\nmulticonn-check - " $0
            named = 1
            next
        }
        function cells(line, out,    n, i) {
            sub(/^[ \t]*\|/, "", line); sub(/\|[ \t]*$/, "", line)
            n = split(line, out, "|")
            for (i = 1; i <= n; i++) { gsub(/^[ \t]+|[ \t]+$/, "", out[i]) }
            return n
        }
        # A table becomes a list (a man page has no room for wide
        # tables): "- FIRST: MEANING (default: D)", other columns as
        # "HEADER: CELL".
        function row(line,    n, i, c, text, extra, h) {
            n = cells(line, c)
            text = ""; extra = ""
            for (i = 2; i <= n; i++) {
                if (c[i] == "") continue
                h = head[i]
                if (h == "default") extra = " (default: " c[i] ")"
                else if (h == "meaning" || i == 2 && ncols == 2)
                    text = text (text == "" ? "" : "; ") c[i]
                else text = text (text == "" ? "" : "; ") h ": " c[i]
            }
            print "- " c[1] ": " text extra
        }
        # The installed command, not the path in the source tree.
        { gsub(/scripts\/multiconn-check/, "multiconn-check") }
        /^```/ { fence = !fence; print; next }
        !fence && held != "" {
            if (/^\|[ \t]*---/) { ncols = cells(held, head); table = 1; held = ""; next }
            print held; held = ""
        }
        !fence && table && /^\|/ { row($0); next }
        !fence && table { table = 0 }
        !fence && /^\|/ { held = $0; next }
        !fence && /^## / { sub(/^## /, ""); print "# " toupper($0); next }
        !fence && /^### / { sub(/^### /, ""); print "## " $0; next }
        { print }
        END { if (!named) { print "man.sh: no summary line in " FILENAME > "/dev/stderr"; exit 1 } }
    ' "$md" >"$out.md"
    go-md2man -in "$out.md" -out "$out.tmp"
    rm -f "$out.md"
    mv -f "$out.tmp" "$out"
    echo "$out"
    exit 0
fi

pod=$top/docs/nbdkit-multiconn-filter.pod
out=${1:-$top/target/man/nbdkit-multiconn-filter.1}

command -v pod2man >/dev/null 2>&1 || {
    echo "man.sh: pod2man is not installed (it comes with perl)" >&2
    exit 1
}

if command -v podchecker >/dev/null 2>&1; then
    podchecker -warnings "$pod" >/dev/null 2>&1 || {
        podchecker -warnings "$pod" >&2 || :
        echo "man.sh: $pod has POD errors" >&2
        exit 1
    }
fi

mkdir -p "$(dirname "$out")"
pod2man --section=1 --name=NBDKIT-MULTICONN-FILTER \
        --center="nbdkit multiconn filter" \
        --release="multiconn ${version:-unknown}" \
        --date="$(page_date "$pod")" --errors=die \
        "$pod" "$out.tmp"
mv -f "$out.tmp" "$out"
echo "$out"
