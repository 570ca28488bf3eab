#!/usr/bin/env bash
# Install (or uninstall) the multiconn filter.
#
# Usage: scripts/install.sh [--uninstall] [--prefix=DIR] [--destdir=DIR]
#                           [--filterdir=DIR] [--gzip-man] [--dry-run]
#
# Installs
#   $DESTDIR$filterdir/nbdkit-multiconn-filter.so   (nbdkit --filter=multiconn;
#                                                   stripped, mode 0644)
#   $DESTDIR$PREFIX/share/man/man1/nbdkit-multiconn-filter.1[.gz]
#   $DESTDIR$PREFIX/share/man/man1/multiconn-check.1[.gz]
#   $DESTDIR$PREFIX/bin/multiconn-check             (the consistency checker)
# where filterdir is nbdkit's own (pkg-config --variable=filterdir nbdkit,
# else nbdkit --dump-config) unless --filterdir (or FILTERDIR) names
# another, PREFIX defaults to /usr and DESTDIR to nothing; all three can
# also be given in the environment.  --uninstall removes
# exactly these files (the man page in either form).  nbdkit's own
# nbdkit-multi-conn-filter.so is never touched.
#
# The filter is built (cargo build --release) if target/release/libmulticonn.so
# does not exist yet, and the man page is rendered with scripts/man.sh.

set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/find-cargo.sh"
export PATH=/usr/bin:/bin:/usr/sbin:/sbin:$PATH:$HOME/.cargo/bin

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
prog=install.sh

PREFIX=${PREFIX:-/usr}
DESTDIR=${DESTDIR:-}
FILTERDIR=${FILTERDIR:-}
action=install
gzip_man=
dry_run=

usage() { sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

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

if [ "$action" = uninstall ]; then
    for f in "$so_dest" "$man_dir/$man_name" "$man_dir/$man_name.gz" \
             "$man_dir/$cman_name" "$man_dir/$cman_name.gz" "$check_dest"; do
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

# Build what is missing.
so=$top/target/release/libmulticonn.so
if [ ! -f "$so" ]; then
    if [ -n "$dry_run" ]; then
        echo "+ cargo build --release"
    else
        [ -n "$CARGO" ] ||
            die "$so is missing and cargo is not installed to build it"
        echo "$prog: building the filter (cargo build --release)"
        (cd "$top" && "$CARGO" build --release)
        [ -f "$so" ] || die "$so was not built"
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
