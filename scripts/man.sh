#!/usr/bin/env bash
# Render the man page docs/nbdkit-multiconn-filter.pod with pod2man.
#
# Usage: scripts/man.sh [OUTPUT]
#   OUTPUT defaults to target/man/nbdkit-multiconn-filter.1
# View the result with: man -l target/man/nbdkit-multiconn-filter.1

set -euo pipefail
export PATH=/usr/bin:/bin:$PATH

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
pod=$top/docs/nbdkit-multiconn-filter.pod
out=${1:-$top/target/man/nbdkit-multiconn-filter.1}

command -v pod2man >/dev/null 2>&1 || {
    echo "man.sh: pod2man is not installed (it comes with perl)" >&2
    exit 1
}

version=$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$top/Cargo.toml" | sed -n 1p)

if command -v podchecker >/dev/null 2>&1; then
    podchecker -warnings "$pod" >/dev/null 2>&1 || {
        podchecker -warnings "$pod" >&2 || :
        echo "man.sh: $pod has POD errors" >&2
        exit 1
    }
fi

mkdir -p "$(dirname "$out")"
# The page's date: SOURCE_DATE_EPOCH when set (reproducible builds), else
# the time the source was last changed.
if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
    date=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)
else
    date=$(date -u -r "$pod" +%Y-%m-%d)
fi
pod2man --section=1 --name=NBDKIT-MULTICONN-FILTER \
        --center="nbdkit multiconn filter" \
        --release="multiconn ${version:-unknown}" \
        --date="$date" --errors=die \
        "$pod" "$out.tmp"
mv -f "$out.tmp" "$out"
echo "$out"
