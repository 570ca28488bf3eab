#!/usr/bin/env bash
# Build the Debian source and binary packages of the multiconn filter.
#
# Usage: scripts/package.sh [--output-dir DIR]
#
# A thin wrapper around dpkg-buildpackage -us -uc (run with no network,
# unshare -n, when root), which builds everything from the tree (debian/rules: cargo build --release --frozen --offline over
# the crates in vendor/, the man pages, the library's unit tests): this
# script copies the tree's files (git ls-files: what is tracked or new, not
# target/) to DIR/work/nbdkit-multiconn-filter-VERSION, runs
# dpkg-buildpackage there, and moves what it made to DIR (default
# target/debian):
#   nbdkit-multiconn-filter_VERSION.dsc and _VERSION.tar.xz (the source,
#     format 3.0 (native): the tree is its own upstream)
#   nbdkit-multiconn-filter_VERSION+nbdkitNBDKIT_ARCH.deb
#   .buildinfo and .changes
# and prints the path of the .deb.  The package holds
#   FILTERDIR/nbdkit-multiconn-filter.so   nbdkit --filter=multiconn
#   /usr/bin/multiconn-check               the consistency checker
#   /usr/share/man/man1/nbdkit-multiconn-filter.1.gz, multiconn-check.1.gz
#   /usr/share/doc/nbdkit-multiconn-filter/  README, multiconn-check.md,
#                                          copyright, changelog.gz
# where FILTERDIR is nbdkit's (pkg-config --variable=filterdir nbdkit).
# It depends on nbdkit of exactly the upstream version built for, and on
# python3 and python3-libnbd (the checker's).
#
# Build-Depends are checked as dpkg-buildpackage does, except that a Rust
# toolchain that no Debian package provides (rustup's, found by
# scripts/find-cargo.sh) stands in for cargo-web/rustc-web: then the
# other Build-Depends are checked here and dpkg-buildpackage runs with -d.

set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/find-cargo.sh"
export PATH=/usr/bin:/bin:/usr/sbin:/sbin:$PATH:$HOME/.cargo/bin

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
prog=package.sh
out_dir=$top/target/debian
while [ $# -gt 0 ]; do
    case "$1" in
        --output-dir) out_dir=$2; shift ;;
        --output-dir=*) out_dir=${1#*=} ;;
        -h|--help) sed -n '2,31p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "$prog: unknown option '$1'" >&2; exit 2 ;;
    esac
    shift
done
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)

die() { echo "$prog: $*" >&2; exit 1; }
for c in dpkg-buildpackage dpkg-checkbuilddeps dh pkg-config; do
    command -v "$c" >/dev/null 2>&1 ||
        die "'$c' is missing (Debian packages dpkg-dev, debhelper, pkg-config)"
done
[ -d "$top/vendor" ] || die "vendor/ is missing: run scripts/vendor.sh"

name=nbdkit-multiconn-filter
version=$(dpkg-parsechangelog -l "$top/debian/changelog" -S Version)
crate_version=$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$top/Cargo.toml" | sed -n 1p)
[ "$version" = "$crate_version" ] ||
    die "debian/changelog's newest entry is for $version, not for the crate's" \
        "version $crate_version: add an entry"

# The copy: the tree's files, as a fresh clone would have them (plus new
# files not yet committed), without build products.
work=$out_dir/work
src=$work/$name-$version
rm -rf "$work"
mkdir -p "$src"
if git -C "$top" rev-parse --git-dir >/dev/null 2>&1; then
    (cd "$top" && git ls-files -z -c -o --exclude-standard) |
        (cd "$top" && xargs -0 cp --parents -a -t "$src" 2>/dev/null || :)
    # (a file deleted but not yet committed is listed and missing: skipped)
else
    tar -C "$top" --exclude=./target --exclude=./.git -cf - . | tar -C "$src" -xf -
fi

# Build-Depends: as dpkg-buildpackage checks them, but a Rust toolchain
# outside Debian's packages may stand in for cargo-web and rustc-web.
flags=()
if ! (cd "$src" && dpkg-checkbuilddeps) >"$work/builddeps.log" 2>&1; then
    unmet=$(sed -n 's/.*Unmet build dependencies: //p' "$work/builddeps.log")
    rest=$(echo "$unmet" | tr ' ' '\n' | grep -v -E '^(cargo|rustc)(-web)?$|^\||^\(|^[0-9.]*\)$' || :)
    if [ -n "$rest" ] || [ -z "$unmet" ] || [ -z "$CARGO" ]; then
        cat "$work/builddeps.log" >&2
        die "Build-Depends are not installed"
    fi
    echo "$prog: cargo and rustc from $CARGO, not from Debian packages: dpkg-buildpackage -d" >&2
    flags+=(-d)
fi

# Offline, to show that it can be: in a network namespace of its own when
# that is possible (as root).
offline=()
if unshare -n true 2>/dev/null; then
    offline=(unshare -n)
    echo "$prog: building with no network (unshare -n)" >&2
fi
echo "$prog: dpkg-buildpackage -us -uc ${flags[*]} in $src" >&2
(cd "$src" && CARGO=${CARGO:-cargo} "${offline[@]}" dpkg-buildpackage -us -uc "${flags[@]}") \
    >"$work/build.log" 2>&1 ||
    { tail -n 30 "$work/build.log" >&2; die "dpkg-buildpackage failed (log: $work/build.log)"; }

nbdkit_version=$(pkg-config --modversion nbdkit)
arch=$(dpkg --print-architecture)
deb=${name}_${version}+nbdkit${nbdkit_version}_$arch.deb
[ -f "$work/$deb" ] || die "dpkg-buildpackage made no $deb (log: $work/build.log)"
for f in "$work/$deb" "$work/${name}_$version.dsc" "$work/${name}_$version.tar."* \
         "$work/${name}_${version}_$arch.buildinfo" "$work/${name}_${version}_$arch.changes"; do
    [ -e "$f" ] && mv -f "$f" "$out_dir/"
done
mv -f "$work/build.log" "$out_dir/build.log"
rm -rf "$work"
echo "$out_dir/$deb"
