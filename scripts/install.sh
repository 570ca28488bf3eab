#!/usr/bin/env bash
# Install (or uninstall) the multiconn filter.
#
# Usage: scripts/install.sh [--uninstall] [--prefix=DIR] [--destdir=DIR]
#                           [--filterdir=DIR] [--gzip-man] [--dry-run]
#                           [--no-build]
#
# Installs
#   $DESTDIR$filterdir/nbdkit-multiconn-filter.so   (nbdkit --filter=multiconn;
#                                                   stripped, mode 0644)
#   $DESTDIR$PREFIX/share/man/man1/nbdkit-multiconn-filter.1[.gz]
#   $DESTDIR$PREFIX/share/man/man1/multiconn-check.1[.gz]
#   $DESTDIR$PREFIX/bin/multiconn-check             (the consistency checker)
# where filterdir is nbdkit's own (pkg-config --variable=filterdir nbdkit,
# else nbdkit --dump-config) unless --filterdir (or FILTERDIR) names
# another, PREFIX defaults to /usr/local (/usr belongs to the
# distribution's packages) and DESTDIR to nothing; all three can also be
# given in the environment.  --uninstall removes exactly these files (the
# man pages in either form).  nbdkit's own nbdkit-multi-conn-filter.so is
# never touched.
#
# Without DESTDIR, files that a Debian package owns (dpkg -S: the
# nbdkit-multiconn-filter package, say) are neither written nor removed:
# the script names them and their package and stops before changing
# anything, --dry-run included.
#
# The filter is built first (cargo build --release, which does nothing when
# the build is current; --no-build uses target/release/libmulticonn.so as
# it is, e.g. under sudo without cargo), and it must load in the nbdkit
# found: nbdkit loads only a filter stamped with its own version, so a
# build left from another nbdkit is refused with nbdkit's message.  The
# man pages are rendered with scripts/man.sh.

set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/find-cargo.sh"
export PATH=/usr/bin:/bin:/usr/sbin:/sbin:$PATH:$HOME/.cargo/bin
source "$(dirname "${BASH_SOURCE[0]}")/nbdkit-env.sh"  # MULTICONN_NBDKIT_PREFIX

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
prog=install.sh

PREFIX=${PREFIX:-/usr/local}
DESTDIR=${DESTDIR:-}
FILTERDIR=${FILTERDIR:-}
action=install
gzip_man=
dry_run=
build=1

usage() { sed -n '2,33p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
    case "$1" in
        --uninstall) action=uninstall ;;
        --prefix=*) PREFIX=${1#*=} ;;
        --prefix) PREFIX=$2; shift ;;
        --destdir=*) DESTDIR=${1#*=} ;;
        --destdir) DESTDIR=$2; shift ;;
        --filterdir=*) FILTERDIR=${1#*=} ;;
        --filterdir) FILTERDIR=$2; shift ;;
        --gzip-man) gzip_man=1 ;;
        --dry-run|-n) dry_run=1 ;;
        --no-build) build= ;;
        -h|--help) usage; exit 0 ;;
        *) echo "$prog: unknown option '$1'" >&2; usage >&2; exit 2 ;;
    esac
    shift
done

die() { echo "$prog: $*" >&2; exit 1; }
run() {
    echo "+ $*"
    [ -n "$dry_run" ] || "$@"
}

case "$PREFIX" in
    /*) ;;
    *) die "PREFIX must be an absolute path (got '$PREFIX')" ;;
esac
PREFIX=${PREFIX%/}
[ -n "$PREFIX" ] || PREFIX=/
if [ -n "$DESTDIR" ]; then
    case "$DESTDIR" in
        /*) ;;
        *) DESTDIR=$(pwd)/$DESTDIR ;;
    esac
    DESTDIR=${DESTDIR%/}
fi

filterdir=$FILTERDIR
case "$filterdir" in
    ''|/*) ;;
    *) die "FILTERDIR must be an absolute path (got '$filterdir')" ;;
esac
if [ -z "$filterdir" ] && command -v pkg-config >/dev/null 2>&1; then
    filterdir=$(pkg-config --variable=filterdir nbdkit 2>/dev/null || :)
fi
if [ -z "$filterdir" ] && command -v nbdkit >/dev/null 2>&1; then
    filterdir=$(nbdkit --dump-config 2>/dev/null | sed -n 's/^filterdir=//p')
fi
[ -n "$filterdir" ] ||
    die "cannot find nbdkit's filter directory (install nbdkit's development files, e.g. nbdkit-plugin-dev)"

so_name=nbdkit-multiconn-filter.so
man_name=nbdkit-multiconn-filter.1
cman_name=multiconn-check.1
so_dest=$DESTDIR$filterdir/$so_name
man_dir=$DESTDIR$PREFIX/share/man/man1
check_dest=$DESTDIR$PREFIX/bin/multiconn-check

# Belt and braces: nbdkit ships its own nbdkit-multi-conn-filter.so in the
# same directory; never name it.
case "$so_dest" in
    */nbdkit-multi-conn-filter.so) die "refusing to touch nbdkit's own filter" ;;
esac

ours=("$so_dest" "$man_dir/$man_name" "$man_dir/$man_name.gz"
      "$man_dir/$cman_name" "$man_dir/$cman_name.gz" "$check_dest")

# Files of Debian packages are the package manager's: refuse to write or
# remove any of them (a DESTDIR is a staging tree, not the system).
if [ -z "$DESTDIR" ] && command -v dpkg-query >/dev/null 2>&1; then
    owned=()
    pkgs=()
    for f in "${ours[@]}"; do
        owner=$(dpkg-query -S "$f" 2>/dev/null | grep -v '^diversion ' |
                sed -n 's/: .*//p' | head -n 1 || :)
        if [ -n "$owner" ]; then
            owned+=("$f ($owner)")
            case " ${pkgs[*]-} " in *" $owner "*) ;; *) pkgs+=("$owner") ;; esac
        fi
    done
    if [ "${#owned[@]}" -gt 0 ]; then
        if [ "$action" = uninstall ]; then
            verb="remove"
            hint="remove the package instead (apt-get remove ${pkgs[*]})"
        else
            verb="overwrite"
            hint="remove the package first (apt-get remove ${pkgs[*]}), or install elsewhere with --prefix and --filterdir"
        fi
        echo "$prog: refusing to $verb files that Debian packages own:" >&2
        printf '  %s\n' "${owned[@]}" >&2
        die "$hint"
    fi
fi

if [ "$action" = uninstall ]; then
    for f in "${ours[@]}"; do
        if [ -e "$f" ] || [ -L "$f" ]; then
            run rm -f "$f"
        fi
    done
    # Under a DESTDIR, also remove the directories that became empty.
    if [ -n "$DESTDIR" ]; then
        for d in "$(dirname "$so_dest")" "$man_dir" "$(dirname "$check_dest")"; do
            while [ "$d" != "$DESTDIR" ] && [ "${d#"$DESTDIR"/}" != "$d" ] &&
                  [ -d "$d" ] && [ -z "$(ls -A "$d")" ]; do
                run rmdir "$d"
                d=$(dirname "$d")
            done
        done
    fi
    exit 0
fi

# Build (cargo does nothing when the build is current).
so=${CARGO_TARGET_DIR:-$top/target}/release/libmulticonn.so
if [ -n "$build" ]; then
    if [ -n "$dry_run" ]; then
        echo "+ cargo build --release"
    else
        [ -n "$CARGO" ] ||
            die "cargo is not installed to build the filter (--no-build installs $so as it is)"
        echo "$prog: building the filter (cargo build --release)"
        (cd "$top" && "$CARGO" build --release)
    fi
fi
[ -f "$so" ] || [ -n "$dry_run" ] || die "$so does not exist (build it: cargo build --release)"

# The build must be for the nbdkit found: nbdkit refuses a filter whose
# _version stamp is not its own version, and says which it found.
if [ -f "$so" ]; then
    command -v nbdkit >/dev/null 2>&1 ||
        die "nbdkit is not installed: cannot check that $so loads in it"
    if ! said=$(nbdkit --filter="$so" null --dump-plugin 2>&1 >/dev/null); then
        echo "$prog: $so does not load in $(command -v nbdkit) ($(nbdkit --version 2>/dev/null)):" >&2
        printf '%s\n' "$said" | sed 's/^/  /' >&2
        die "rebuild it for this nbdkit (cargo build --release; after cargo clean if it still does not load)"
    fi
fi

page=$top/target/man/$man_name
cpage=$top/target/man/$cman_name
if [ -n "$dry_run" ]; then
    echo "+ scripts/man.sh $page"
    echo "+ scripts/man.sh --checker $cpage"
else
    "$top/scripts/man.sh" "$page" >/dev/null
    "$top/scripts/man.sh" --checker "$cpage" >/dev/null
fi

command -v strip >/dev/null 2>&1 || [ -n "$dry_run" ] ||
    die "'strip' is missing (Debian package binutils)"
run install -d "$(dirname "$so_dest")" "$man_dir" "$(dirname "$check_dest")"
# A shared object is mapped, not executed: 0644, as Debian installs them.
# Stripped: the release build keeps line tables (5 MB) for backtraces.
run install -m 0644 "$so" "$so_dest"
run strip --strip-unneeded "$so_dest"
# install_page SOURCE NAME: the page as man_dir/NAME, or NAME.gz with
# --gzip-man; only one form of a page at a time.
install_page ()
{
    local src=$1 name=$2
    if [ -n "$gzip_man" ]; then
        if [ -z "$dry_run" ]; then
            gzip -9 -n -c "$src" >"$man_dir/$name.gz.tmp"
            chmod 0644 "$man_dir/$name.gz.tmp"
            mv -f "$man_dir/$name.gz.tmp" "$man_dir/$name.gz"
        fi
        echo "+ gzip -9 -n < $src > $man_dir/$name.gz"
        [ ! -e "$man_dir/$name" ] || run rm -f "$man_dir/$name"
    else
        run install -m 0644 "$src" "$man_dir/$name"
        [ ! -e "$man_dir/$name.gz" ] || run rm -f "$man_dir/$name.gz"
    fi
}
install_page "$page" "$man_name"
install_page "$cpage" "$cman_name"
run install -m 0755 "$top/scripts/multiconn-check" "$check_dest"

if [ -z "$DESTDIR" ] && [ -z "$dry_run" ]; then
    echo "$prog: installed; try: nbdkit --filter=multiconn null --dump-plugin"
fi
