#!/usr/bin/env bash
# Build a second nbdkit, Debian 13 (trixie)'s, from Debian's source
# package into a private prefix under target/, so that the filter can be
# built and tested against it beside the system's nbdkit.
#
# Usage: scripts/nbdkit-alt.sh [--print-prefix]
#
#   MULTICONN_NBDKIT_ALT_VERSION  upstream version (default 1.42.3)
#   MULTICONN_NBDKIT_ALT_SUITE    Debian suite that has it (default trixie)
#
# Layout, with V the version:
#
#   target/nbdkit-V/apt/     a private apt state: one deb-src entry for the
#                            suite and its source index (the system's apt
#                            sources are not touched; no binary package of
#                            that suite is ever installed)
#   target/nbdkit-V/src/     the .dsc, the orig and debian tarballs, and the
#                            unpacked, patched and built source tree
#                            nbdkit-V/ (its tests/ are used by
#                            tests/test-nbdkit-own-multi-conn.sh)
#   target/nbdkit-V/prefix/  the installed nbdkit: sbin/nbdkit,
#                            lib/nbdkit/{plugins,filters}, include/,
#                            lib/pkgconfig/nbdkit.pc
#   target/nbdkit-V/build.log
#
# A stamp file (prefix/.multiconn-built) records the version and the
# configure arguments; when it matches, nothing is downloaded or built
# again.  Installs the build dependencies through apt (as root, or through
# sudo).  Prints the prefix as the last line of its output; with
# --print-prefix it prints only that and builds nothing.
#
# Use it with scripts/test.sh:
#
#   MULTICONN_NBDKIT_PREFIX="$(scripts/nbdkit-alt.sh | tail -n1)" scripts/test.sh

set -euo pipefail
export PATH=/usr/bin:/bin:/usr/sbin:/sbin:$PATH

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="${MULTICONN_NBDKIT_ALT_VERSION:-1.42.3}"
suite="${MULTICONN_NBDKIT_ALT_SUITE:-trixie}"
base="$top/target/nbdkit-$version"
prefix="$base/prefix"
srcdir="$base/src/nbdkit-$version"
stamp="$prefix/.multiconn-built"

if [ "${1:-}" = --print-prefix ]; then
    echo "$prefix"
    exit 0
elif [ $# -gt 0 ]; then
    echo "usage: $0 [--print-prefix]" >&2
    exit 2
fi

# What the shell tests need is kept: the sh, memory, file, null, full and
# python plugins, every filter without outside dependencies (stats,
# noparallel, delay, cache, multi-conn, ...), TLS through GnuTLS.  Language
# bindings and plugins that need outside libraries are left out.
configure_args=(
    --prefix="$prefix"
    PYTHON=/usr/bin/python3
    --disable-perl --disable-ocaml --disable-rust --disable-tcl
    --disable-lua --disable-golang --disable-torrent --disable-vddk
    --disable-linuxdisk --disable-libguestfs-tests
    --without-libguestfs --without-libvirt --without-curl --without-ssh
    --without-iso --without-libblkio --without-libnbd --without-ext2
    --without-manpages --without-bash-completions
)
want="nbdkit $version from Debian $suite; configure ${configure_args[*]}"

if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] &&
   [ -x "$prefix/sbin/nbdkit" ] && [ -d "$srcdir/tests" ]; then
    echo "nbdkit-alt: nbdkit $version already built in $prefix"
    echo "$prefix"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
else
    echo "nbdkit-alt: not root and no sudo" >&2
    exit 1
fi

# Build dependencies from the system's (bookworm's) apt: a compiler,
# autotools (Debian's patches touch configure.ac), dpkg-source, and the
# headers of the python plugin and of TLS.
build_deps=(
    build-essential autoconf automake libtool pkg-config dpkg-dev xz-utils
    python3-dev libgnutls28-dev
)
missing=()
for p in "${build_deps[@]}"; do
    case "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || :)" in
        *" installed") ;;
        *) missing+=("$p") ;;
    esac
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "nbdkit-alt: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq
    "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
        --no-install-recommends "${missing[@]}"
fi

start=$SECONDS

# The source package, through a private apt state that knows only the
# deb-src entry of $suite.
apt_dir="$base/apt"
mkdir -p "$apt_dir/sources.list.d" "$apt_dir/lists/partial" \
    "$apt_dir/cache/archives/partial" "$base/src"
cat > "$apt_dir/sources.list.d/$suite-src.sources" <<EOF
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: $suite
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
apt_opts=(
    -o Dir::Etc::SourceList=/dev/null
    -o Dir::Etc::SourceParts="$apt_dir/sources.list.d"
    -o Dir::State::Lists="$apt_dir/lists"
    -o Dir::Cache="$apt_dir/cache"
    -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache=
)
echo "nbdkit-alt: fetching the source index of $suite"
apt-get "${apt_opts[@]}" update -qq
debver="$(apt-cache "${apt_opts[@]}" showsrc nbdkit |
          sed -n "s/^Version: \($version-.*\)/\1/p" | sort -V | tail -n1)"
if [ -z "$debver" ]; then
    echo "nbdkit-alt: Debian $suite has no nbdkit $version; it has:" \
         "$(apt-cache "${apt_opts[@]}" showsrc nbdkit |
            sed -n 's/^Version: //p' | tr '\n' ' ')" >&2
    exit 1
fi
echo "nbdkit-alt: downloading the source package nbdkit $debver"
rm -rf "$srcdir"
(cd "$base/src" &&
 apt-get "${apt_opts[@]}" source --download-only -qq "nbdkit=$debver" &&
 dpkg-source -x "nbdkit_${debver#*:}.dsc" "nbdkit-$version" > /dev/null)

log="$base/build.log"
echo "nbdkit-alt: building in $srcdir (log: $log)"
rm -rf "$prefix"
if ! (cd "$srcdir" &&
      autoreconf -fi &&
      ./configure "${configure_args[@]}" &&
      make -j"$(nproc)" &&
      make install) > "$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "nbdkit-alt: the build failed; see $log" >&2
    exit 1
fi
echo "$want" > "$stamp"
echo "nbdkit-alt: nbdkit $debver built and installed in $((SECONDS - start))s:" \
     "$("$prefix/sbin/nbdkit" --version)"
echo "$prefix"
