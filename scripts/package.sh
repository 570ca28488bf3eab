#!/usr/bin/env bash
# Build the Debian package of the multiconn filter with debhelper.
#
# Usage: scripts/package.sh [--output-dir DIR]
#
# Builds the filter (cargo build --release --locked) and renders the man
# page (scripts/man.sh), then runs dpkg-buildpackage -b over a staging copy
# of packaging/debian with those files, which debhelper packs (stripped
# library, mode 0644; copyright; changelog.Debian.gz; md5sums; the
# libraries the filter links from dpkg-shlibdeps) as
#   DIR/nbdkit-multiconn-filter_VERSION_ARCH.deb   (DIR: target/debian)
# and prints that path.  The package holds
#   FILTERDIR/nbdkit-multiconn-filter.so   nbdkit --filter=multiconn
#   /usr/share/man/man1/nbdkit-multiconn-filter.1.gz
#   /usr/bin/multiconn-check               the consistency checker
#   /usr/share/doc/nbdkit-multiconn-filter/  README, multiconn-check.md,
#                                          copyright, changelog.Debian.gz
# where FILTERDIR is nbdkit's (pkg-config --variable=filterdir nbdkit).
# It depends on nbdkit of exactly the upstream version built for and on
# python3 (the checker's interpreter), and recommends python3-libnbd (only
# the checker needs it).
#
# VERSION is the crate's version, a Debian revision (MULTICONN_DEB_REVISION,
# default 1) and the nbdkit version it is built for, e.g.
# 0.1.0-1+nbdkit1.32.5; packaging/debian/changelog's newest entry must be
# for the crate's version.  Maintainer: $DEBFULLNAME <$DEBEMAIL> when both
# are set, else "multiconn authors <multiconn@example.org>".

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
        -h|--help) sed -n '2,27p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "$prog: unknown option '$1'" >&2; exit 2 ;;
    esac
    shift
done
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)

die() { echo "$prog: $*" >&2; exit 1; }
for c in dpkg-buildpackage dh pkg-config; do
    command -v "$c" >/dev/null 2>&1 ||
        die "'$c' is missing (Debian packages dpkg-dev, debhelper, pkg-config)"
done
[ -n "$CARGO" ] || die "no cargo (install Rust, or run scripts/deps.sh)"

filterdir=$(pkg-config --variable=filterdir nbdkit 2>/dev/null) ||
    die "pkg-config knows no nbdkit (install nbdkit-plugin-dev)"
# The nbdkit version the filter is built for: what build.rs reads.
nbdkit_version=$(pkg-config --modversion nbdkit)
crate_version=$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$top/Cargo.toml" | sed -n 1p)
name=nbdkit-multiconn-filter
version=$crate_version-${MULTICONN_DEB_REVISION:-1}+nbdkit$nbdkit_version
changelog_version=$(sed -n '1s/^[^ ]* (\([^)]*\)).*/\1/p' "$top/packaging/debian/changelog")
[ "${changelog_version%-*}" = "$crate_version" ] ||
    die "packaging/debian/changelog's newest entry is for $changelog_version, not for" \
        "the crate's version $crate_version: add an entry"

echo "$prog: building the filter" >&2
(cd "$top" && "$CARGO" build --release --locked) >&2
so=$top/target/release/libmulticonn.so
[ -f "$so" ] || die "$so was not built"

# The staging copy: packaging/debian and what it packs.
work=$out_dir/work
src=$work/$name-$crate_version
rm -rf "$work"
mkdir -p "$src/build" "$src/scripts" "$src/docs"
cp -r "$top/packaging/debian" "$src/debian"
cp "$so" "$src/build/$name.so"
"$top/scripts/man.sh" "$src/build/$name.1" >/dev/null
cp "$top/scripts/multiconn-check" "$src/scripts/"
cp "$top/README.md" "$src/"
cp "$top/docs/multiconn-check.md" "$src/docs/"

maintainer="multiconn authors <multiconn@example.org>"
if [ -n "${DEBFULLNAME:-}" ] && [ -n "${DEBEMAIL:-}" ]; then
    maintainer="$DEBFULLNAME <$DEBEMAIL>"
fi
sed -i "s|@MAINTAINER@|$maintainer|" "$src/debian/control" "$src/debian/changelog"
sed -i "1s|($changelog_version)|($version)|" "$src/debian/changelog"

# nbdkit loads a filter only if the filter was built for exactly its own
# version (the _version string must equal nbdkit's), so the package depends
# on nbdkit of the same upstream version and refuses any other: every
# Debian revision of $nbdkit_version (1.32.5-1, 1.32.5-2+deb12u1, ...)
# satisfies ">= $nbdkit_version", and "<< NEXT~" (NEXT being the next
# patch release) leaves out every later upstream version, even its
# pre-releases (the ~ sorts before anything).  An epoch on the installed
# nbdkit package is carried over so that the comparison stays right.
epoch=$(dpkg-query -W -f='${Version}' nbdkit 2>/dev/null | sed -n 's/^\([0-9]*\):.*/\1:/p')
IFS=. read -r v_major v_minor v_patch <<<"$nbdkit_version"
next=$v_major.$v_minor.$((v_patch + 1))
depends="nbdkit (>= $epoch$nbdkit_version), nbdkit (<< $epoch$next~)"

echo "$prog: dpkg-buildpackage" >&2
# -d: the Rust toolchain may be rustup's, which no Debian package provides.
(cd "$src" && FILTERDIR=$filterdir NBDKIT_DEPENDS=$depends \
    dpkg-buildpackage -b -us -uc -d) > "$work/build.log" 2>&1 ||
    { tail -n 30 "$work/build.log" >&2; die "dpkg-buildpackage failed (log: $work/build.log)"; }
arch=$(dpkg --print-architecture)
deb=$out_dir/${name}_${version}_$arch.deb
mv -f "$work/${name}_${version}_$arch.deb" "$deb"
rm -rf "$work"
echo "$deb"
