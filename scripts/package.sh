#!/usr/bin/env bash
# Build a Debian package of the multiconn filter with dpkg-deb.
#
# Usage: scripts/package.sh [--output-dir DIR]
#
# Builds the filter (cargo build --release --locked), renders the man page
# (scripts/man.sh), stages a tree and packs it as
#   DIR/nbdkit-multiconn-filter_VERSION_ARCH.deb   (DIR: target/debian)
# and prints that path.  The package holds
#   FILTERDIR/nbdkit-multiconn-filter.so   nbdkit --filter=multiconn
#   /usr/share/man/man1/nbdkit-multiconn-filter.1.gz
#   /usr/bin/multiconn-check               the consistency checker
#   /usr/share/doc/nbdkit-multiconn-filter/README.md, multiconn-check.md
# where FILTERDIR is nbdkit's (pkg-config --variable=filterdir nbdkit).
#
# VERSION is the crate's version, a Debian revision (MULTICONN_DEB_REVISION,
# default 1) and the nbdkit version it is built for, e.g.
# 0.1.0-1+nbdkit1.32.5.  Maintainer: $DEBFULLNAME <$DEBEMAIL> when both are
# set, else a placeholder.  SOURCE_DATE_EPOCH, when set, dates the files.

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
        -h|--help) sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "$prog: unknown option '$1'" >&2; exit 2 ;;
    esac
    shift
done
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)

die() { echo "$prog: $*" >&2; exit 1; }
for c in dpkg-deb dpkg-shlibdeps pkg-config gzip strip; do
    command -v "$c" >/dev/null 2>&1 ||
        die "'$c' is missing (Debian packages dpkg-dev, pkg-config, gzip, binutils)"
done
[ -n "$CARGO" ] || die "no cargo (install Rust, or run scripts/deps.sh)"

filterdir=$(pkg-config --variable=filterdir nbdkit 2>/dev/null) ||
    die "pkg-config knows no nbdkit (install nbdkit-plugin-dev)"
# The nbdkit version the filter is built for: what build.rs uses.
nbdkit_version=${MULTICONN_NBDKIT_VERSION:-$(pkg-config --modversion nbdkit)}
crate_version=$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$top/Cargo.toml" | head -n1)
arch=$(dpkg --print-architecture)
name=nbdkit-multiconn-filter
version=$crate_version-${MULTICONN_DEB_REVISION:-1}+nbdkit$nbdkit_version

echo "$prog: building the filter" >&2
(cd "$top" && "$CARGO" build --release --locked) >&2
so=$top/target/release/libmulticonn.so
[ -f "$so" ] || die "$so was not built"

stage=$out_dir/stage
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage$filterdir" "$stage/usr/bin" \
    "$stage/usr/share/man/man1" "$stage/usr/share/doc/$name"

# The library without its debugging information (release builds keep line
# tables for backtraces; a package does not need them).
install -m 0644 "$so" "$stage$filterdir/$name.so"
strip --strip-unneeded "$stage$filterdir/$name.so"
install -m 0755 "$top/scripts/multiconn-check" "$stage/usr/bin/multiconn-check"
"$top/scripts/man.sh" "$out_dir/$name.1" >/dev/null
gzip -9 -n -c "$out_dir/$name.1" >"$stage/usr/share/man/man1/$name.1.gz"
chmod 0644 "$stage/usr/share/man/man1/$name.1.gz"
install -m 0644 "$top/README.md" "$top/docs/multiconn-check.md" \
    "$stage/usr/share/doc/$name/"

# Shared libraries the filter needs (libc6, libgcc-s1), as dpkg-shlibdeps
# finds them; it wants a debian/control to read, which is made up here.
shlib_dir=$out_dir/shlibdeps
rm -rf "$shlib_dir"
mkdir -p "$shlib_dir/debian"
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$name" "$name" \
    >"$shlib_dir/debian/control"
shlibs=$(cd "$shlib_dir" && dpkg-shlibdeps -O "$stage$filterdir/$name.so" 2>/dev/null |
             sed -n 's/^shlibs:Depends=//p')
[ -n "$shlibs" ] || die "dpkg-shlibdeps found no dependencies for the filter"
rm -rf "$shlib_dir"

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
depends="nbdkit (>= $epoch$nbdkit_version), nbdkit (<< $epoch$next~), python3-libnbd, python3, $shlibs"

maintainer="multiconn maintainers <multiconn@invalid>"
if [ -n "${DEBFULLNAME:-}" ] && [ -n "${DEBEMAIL:-}" ]; then
    maintainer="$DEBFULLNAME <$DEBEMAIL>"
fi
size=$(du -k -s --exclude=DEBIAN "$stage" | cut -f1)
cat >"$stage/DEBIAN/control" <<EOF
Package: $name
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $size
Depends: $depends
Section: utils
Priority: optional
Description: nbdkit filter that enables, emulates or disables NBD multi-conn
 A drop-in replacement for nbdkit's multi-conn filter, used as
 nbdkit --filter=multiconn.  It takes the same options and gives the same
 answers, and keeps the multi-conn promise while clients send requests on
 many connections at once.  Built for nbdkit $nbdkit_version only: nbdkit
 loads no filter built for another version.
 .
 Also contains multiconn-check, a randomized consistency checker for the
 multi-conn promise of any NBD server.
EOF

if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
    find "$stage" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
fi
deb=$out_dir/${name}_${version}_$arch.deb
rm -f "$deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >&2
rm -rf "$stage"
echo "$deb"
