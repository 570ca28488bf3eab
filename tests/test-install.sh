#!/usr/bin/env bash
# scripts/install.sh: the layout under a DESTDIR (PREFIX /usr/local by
# default), PREFIX handling, the gzip'd man pages, the multiconn-check
# command, and an uninstall that removes exactly what was installed; a
# build stamped for another nbdkit is refused; files that a Debian package
# owns are neither overwritten nor removed.
#
# Then a real install (no DESTDIR) into a temporary PREFIX and filter
# directory: the filter serves through nbdkit by its path and, in a private
# mount namespace where that directory stands in for nbdkit's own filter
# directory, as `nbdkit --filter=multiconn`; man finds the page under the
# PREFIX; the installed checker runs; the uninstall removes it all.
#
# With MULTICONN_TEST_REAL_INSTALL=1 (as root) it also installs for real
# into nbdkit's filter directory and /usr/local, checks that
# `nbdkit --filter=multiconn` works and that the man page is found, then
# uninstalls.

set -euo pipefail
source "$(dirname "$0")/functions.sh"

require nbdkit pod2man install man nbdinfo strip readelf
so=${CARGO_TARGET_DIR:-$top/target}/release/libmulticonn.so
[ -f "$so" ] || fail "$so does not exist (run cargo build --release)"

filterdir=$(pkg-config --variable=filterdir nbdkit 2>/dev/null ||
            nbdkit --dump-config | sed -n 's/^filterdir=//p')
[ -n "$filterdir" ] || fail "cannot find nbdkit's filter directory"
theirs=$filterdir/nbdkit-multi-conn-filter.so
theirs_sum=
[ -f "$theirs" ] && theirs_sum=$(sha256sum <"$theirs")

# files_under DIR: every file and symlink below DIR, relative, sorted.
files_under ()
{
    (cd "$1" && find . \( -type f -o -type l \) | sed 's|^\./||' | LC_ALL=C sort)
}

# check_so FILE: the installed filter is the build, stripped, mode 0644.
check_so ()
{
    local f=$1
    [ "$(stat -c %a "$f")" = 644 ] || fail "$f has mode $(stat -c %a "$f"), expected 644"
    if readelf -S "$f" | grep -E '\.debug_|\.symtab' >/dev/null; then
        fail "$f is not stripped"
    fi
    [ "$(stat -c %s "$f")" -lt "$(stat -c %s "$so")" ] ||
        fail "$f is not smaller than the build it was stripped from"
    strip --strip-unneeded -o "$tmp/stripped.so" "$so"
    cmp -s "$tmp/stripped.so" "$f" || fail "$f is not the build, stripped"
}

# check_layout DESTDIR PREFIX SUFFIX: exactly the four expected files (the
# man pages end in .1SUFFIX).
check_layout ()
{
    local dest=$1 prefix=$2 suffix=$3
    local so_rel=${filterdir#/}/nbdkit-multiconn-filter.so
    local expected
    expected=$(printf '%s\n' "$so_rel" \
                   "${prefix#/}/share/man/man1/nbdkit-multiconn-filter.1$suffix" \
                   "${prefix#/}/share/man/man1/multiconn-check.1$suffix" \
                   "${prefix#/}/bin/multiconn-check" | LC_ALL=C sort)
    diff -u <(echo "$expected") <(files_under "$dest") ||
        fail "unexpected files under DESTDIR (prefix $prefix)"
    check_so "$dest/$so_rel"
    cmp -s "$top/scripts/multiconn-check" "$dest/${prefix#/}/bin/multiconn-check" ||
        fail "installed multiconn-check differs"
    [ -x "$dest/${prefix#/}/bin/multiconn-check" ] ||
        fail "installed multiconn-check is not executable"
}

# 1. Default prefix under a DESTDIR.
dest=$tmp/dest
DESTDIR=$dest "$top/scripts/install.sh" >"$tmp/install.log" 2>&1 ||
    { cat "$tmp/install.log" >&2; fail "install.sh failed"; }
check_layout "$dest" /usr/local ""
ok "DESTDIR install: filter in $filterdir (stripped, 0644), man pages and multiconn-check under /usr/local (the default PREFIX)"

# The installed checker runs from its new place.
help=$("$dest/usr/local/bin/multiconn-check" --help 2>&1) ||
    fail "the installed multiconn-check does not run"
case "$help" in
    *--advise*) ;;
    *) fail "the installed multiconn-check --help says nothing of --advise" ;;
esac
ok "the installed multiconn-check runs"

# The installed filter loads (by path, since it is not in nbdkit's own
# directory) and the installed man page renders.
nbdkit --filter="$dest$filterdir/nbdkit-multiconn-filter.so" null --dump-plugin \
    >/dev/null 2>&1 || fail "nbdkit cannot load the installed filter"
ok "the installed filter loads"
if command -v man >/dev/null 2>&1; then
    LC_ALL=C MANWIDTH=100 man -l "$dest/usr/local/share/man/man1/nbdkit-multiconn-filter.1" \
        2>/dev/null | grep 'multi-conn-mode' >/dev/null ||
        fail "the installed man page does not render"
    ok "the installed man page renders"
fi

# Installing again over an existing install is fine and changes nothing.
DESTDIR=$dest "$top/scripts/install.sh" >"$tmp/install2.log" 2>&1 ||
    { cat "$tmp/install2.log" >&2; fail "second install.sh failed"; }
check_layout "$dest" /usr/local ""
ok "installing twice gives the same layout"

# Files that are not ours survive the uninstall.
mkdir -p "$dest$filterdir"
echo keep >"$dest$filterdir/nbdkit-multi-conn-filter.so"
echo keep >"$dest/usr/local/bin/other-tool"

"$top/scripts/install.sh" --uninstall --destdir="$dest" >"$tmp/uninstall.log" 2>&1 ||
    { cat "$tmp/uninstall.log" >&2; fail "install.sh --uninstall failed"; }
left=$(files_under "$dest")
expected=$(printf '%s\n' "${filterdir#/}/nbdkit-multi-conn-filter.so" \
               usr/local/bin/other-tool | LC_ALL=C sort)
[ "$left" = "$expected" ] ||
    fail "after --uninstall, expected only the decoys, found: $left"
[ "$(cat "$dest$filterdir/nbdkit-multi-conn-filter.so")" = keep ] ||
    fail "--uninstall touched nbdkit-multi-conn-filter.so"
ok "--uninstall removes exactly the installed files"
rm -f "$dest$filterdir/nbdkit-multi-conn-filter.so" "$dest/usr/local/bin/other-tool"

# 2. Another PREFIX, a gzip'd man page; PREFIX does not move the filter.
dest2=$tmp/dest2
PREFIX=/opt/mc DESTDIR=$dest2 "$top/scripts/install.sh" --gzip-man \
    >"$tmp/install3.log" 2>&1 ||
    { cat "$tmp/install3.log" >&2; fail "install.sh --gzip-man failed"; }
check_layout "$dest2" /opt/mc .gz
gzip -t "$dest2/opt/mc/share/man/man1/nbdkit-multiconn-filter.1.gz" ||
    fail "the gzip'd man page is corrupt"
ok "PREFIX=/opt/mc with --gzip-man: page and checker under /opt/mc, filter in $filterdir"
PREFIX=/opt/mc "$top/scripts/install.sh" --uninstall --destdir "$dest2" >/dev/null
[ -z "$(files_under "$dest2")" ] || fail "files left after --uninstall: $(files_under "$dest2")"
[ -z "$(find "$dest2" -mindepth 1)" ] ||
    fail "empty directories left under DESTDIR: $(find "$dest2" -mindepth 1)"
ok "--uninstall with PREFIX removes everything it installed under DESTDIR"

# 3. Bad arguments are refused.
if PREFIX=relative DESTDIR=$tmp/dest3 "$top/scripts/install.sh" >/dev/null 2>&1; then
    fail "a relative PREFIX was accepted"
fi
if "$top/scripts/install.sh" --bogus >/dev/null 2>&1; then
    fail "an unknown option was accepted"
fi
[ ! -e "$tmp/dest3" ] || fail "a refused install left files behind"
ok "relative PREFIX and unknown options are refused"

if [ -n "$theirs_sum" ]; then
    [ "$(sha256sum <"$theirs")" = "$theirs_sum" ] ||
        fail "nbdkit's own $theirs changed"
    ok "nbdkit's own nbdkit-multi-conn-filter.so is untouched"
fi

# 4. A real install, without DESTDIR, into a temporary PREFIX and filter
# directory.
prefix=$tmp/prefix
tfilterdir=$tmp/prefix/lib/nbdkit/filters
t_so=$tfilterdir/nbdkit-multiconn-filter.so
t_man=$prefix/share/man/man1/nbdkit-multiconn-filter.1
PREFIX=$prefix FILTERDIR=$tfilterdir "$top/scripts/install.sh" \
    >"$tmp/tinstall.log" 2>&1 ||
    { cat "$tmp/tinstall.log" >&2; fail "install.sh into PREFIX=$prefix failed"; }
grep -q 'installed; try: nbdkit --filter=multiconn' "$tmp/tinstall.log" ||
    fail "install.sh without DESTDIR did not say it installed"
[ -f "$t_so" ] && [ -f "$t_man" ] && [ -x "$prefix/bin/multiconn-check" ] ||
    fail "install into PREFIX=$prefix: files missing: $(files_under "$prefix")"
check_so "$t_so"

# The installed filter serves: multi-conn advertised in emulate mode, and
# the debug line shows that it is this project's filter.
out=$(nbdkit -U - -v --filter="$t_so" memory 1M multi-conn-mode=emulate \
          --run 'nbdinfo --can multi-conn "$uri" && echo can-multi-conn' \
          2>"$tmp/t.err") ||
    { cat "$tmp/t.err" >&2; fail "nbdkit --filter=$t_so failed"; }
[ "$out" = can-multi-conn ] || fail "the installed filter does not advertise multi-conn"
grep -q 'multiconn: connection #' "$tmp/t.err" ||
    fail "nbdkit --filter=$t_so did not run this project's filter"
ok "installed under PREFIX=$prefix: the filter serves through nbdkit"

# By its short name: nbdkit looks for --filter=NAME only in its own filter
# directory, so a private mount namespace puts the temporary one there.
# Nothing outside this command sees the mount.
filterdir_before=$(ls -A "$filterdir")
command -v unshare >/dev/null 2>&1 ||
    skip "unshare (util-linux) is missing: cannot check nbdkit --filter=multiconn"
unshare --mount true 2>/dev/null ||
    skip "no private mount namespace here (needs root):" \
         "cannot check nbdkit --filter=multiconn without touching $filterdir"
out=$(unshare --mount sh -c '
          mount --make-rprivate / &&
          mount --bind "$1" "$2" &&
          nbdkit -U - -v --filter=multiconn memory 1M multi-conn-mode=emulate \
              --run "nbdinfo --can multi-conn \"\$uri\" && echo can-multi-conn"
      ' sh "$tfilterdir" "$filterdir" 2>"$tmp/short.err") ||
    { cat "$tmp/short.err" >&2; fail "nbdkit --filter=multiconn failed with $tfilterdir as $filterdir"; }
[ "$out" = can-multi-conn ] || fail "nbdkit --filter=multiconn: multi-conn not advertised"
grep -q 'multiconn: connection #' "$tmp/short.err" ||
    fail "nbdkit --filter=multiconn did not load this project's filter"
[ "$(ls -A "$filterdir")" = "$filterdir_before" ] ||
    fail "the private mount changed what $filterdir holds outside it"
ok "nbdkit --filter=multiconn loads the installed filter by its short name"

# man finds and renders the installed page under the PREFIX.
found=$(MANPATH=$prefix/share/man man -w nbdkit-multiconn-filter 2>&1) ||
    fail "man -w does not find nbdkit-multiconn-filter under $prefix: $found"
[ "$found" = "$t_man" ] || fail "man -w found $found, not $t_man"
LC_ALL=C MANWIDTH=100 MANPATH=$prefix/share/man man nbdkit-multiconn-filter \
    2>/dev/null | grep 'multi-conn-mode' >/dev/null ||
    fail "man nbdkit-multiconn-filter does not render the installed page"
found=$(MANPATH=$prefix/share/man man -w multiconn-check 2>&1) ||
    fail "man -w does not find multiconn-check under $prefix: $found"
[ "$found" = "$prefix/share/man/man1/multiconn-check.1" ] ||
    fail "man -w multiconn-check found $found"
ok "man finds and renders the installed pages under PREFIX"

help=$("$prefix/bin/multiconn-check" --help 2>&1) ||
    fail "the installed multiconn-check does not run"
case "$help" in
    *--advise*) ;;
    *) fail "the installed multiconn-check --help says nothing of --advise" ;;
esac
ok "the installed multiconn-check runs"

PREFIX=$prefix FILTERDIR=$tfilterdir "$top/scripts/install.sh" --uninstall \
    >"$tmp/tuninstall.log" 2>&1 ||
    { cat "$tmp/tuninstall.log" >&2; fail "install.sh --uninstall from PREFIX=$prefix failed"; }
[ -z "$(files_under "$prefix")" ] ||
    fail "files left after --uninstall from PREFIX=$prefix: $(files_under "$prefix")"
if nbdkit --filter="$t_so" null --dump-plugin >/dev/null 2>&1; then
    fail "the uninstalled filter still loads"
fi
ok "--uninstall from PREFIX=$prefix removes every installed file"
if [ -n "$theirs_sum" ]; then
    [ "$(sha256sum <"$theirs")" = "$theirs_sum" ] ||
        fail "nbdkit's own $theirs changed"
fi

# 4b. The build is always brought up to date (cargo build), and a build
# that the nbdkit found does not load is refused: a tree whose .so is
# stamped for another nbdkit version (the stamp patched in a copy).
grep -q 'building the filter (cargo build --release)' "$tmp/install.log" ||
    fail "install.sh did not run cargo build"
ok "install.sh runs cargo build (which does nothing when the build is current)"
make_tree ()
{
    local t=$1
    mkdir -p "$t/scripts" "$t/docs" "$t/target/release"
    cp "$top"/scripts/*.sh "$top/scripts/multiconn-check" "$t/scripts/"
    cp "$top"/docs/*.pod "$top"/docs/*.md "$t/docs/"
    cp "$top/Cargo.toml" "$t/"
}
make_tree "$tmp/stale"
nbdkit_v=$(nbdkit --version | awk '{print $2}')
other_v=$(echo "$nbdkit_v" | awk -F. '{printf "%d.%d.%d", $1, $2, ($3 == 0 ? 1 : $3 - 1)}')
[ "${#other_v}" = "${#nbdkit_v}" ] || skip "cannot make a version string of the same length as $nbdkit_v"
python3 - "$so" "$tmp/stale/target/release/libmulticonn.so" "$nbdkit_v" "$other_v" <<'PY'
import sys
src, dst, old, new = sys.argv[1:]
data = open(src, "rb").read()
old, new = old.encode() + b"\0", new.encode() + b"\0"
assert data.count(old) == 1, "the stamp %r appears %d times" % (old, data.count(old))
open(dst, "wb").write(data.replace(old, new))
PY
rc=0
CARGO_TARGET_DIR="$tmp/stale/target" "$tmp/stale/scripts/install.sh" --no-build --dry-run --destdir="$tmp/stale-dest" \
    >"$tmp/stale.out" 2>&1 || rc=$?
[ "$rc" = 1 ] || { cat "$tmp/stale.out" >&2; fail "a build stamped $other_v was not refused (exit $rc)"; }
grep -q "_version = $other_v, need $nbdkit_v" "$tmp/stale.out" ||
    { cat "$tmp/stale.out" >&2; fail "the refusal does not show the stamp"; }
grep -q '^+ install' "$tmp/stale.out" && fail "a refused install listed install steps"
[ ! -e "$tmp/stale-dest" ] || fail "a refused install left files"
ok "a build stamped $other_v is refused: $(grep -o 'filter is incompatible.*' "$tmp/stale.out")"
# Can fail: the same tree with the real build installs.
cp "$so" "$tmp/stale/target/release/libmulticonn.so"
CARGO_TARGET_DIR="$tmp/stale/target" "$tmp/stale/scripts/install.sh" --no-build --dry-run --destdir="$tmp/stale-dest" \
    >"$tmp/fresh.out" 2>&1 || { cat "$tmp/fresh.out" >&2; fail "the same tree with the real build was refused"; }
ok "can fail: the same tree with the build stamped $nbdkit_v is accepted"

# 4c. Files that a Debian package owns are neither overwritten nor
# removed: a small package of our own owns the checker's path under a
# temporary PREFIX (and the real package's files are checked by
# tests/test-package.sh).
if [ "$(id -u)" = 0 ] && command -v dpkg-deb >/dev/null 2>&1; then
    owner=multiconn-test-owner
    dpkg-query -W "$owner" >/dev/null 2>&1 && fail "$owner is installed already"
    oprefix=$tmp/owned
    mkdir -p "$tmp/ownerpkg/DEBIAN" "$tmp/ownerpkg$oprefix/bin"
    printf 'Package: %s\nVersion: 1\nArchitecture: all\nMaintainer: multiconn tests <multiconn@example.org>\nDescription: owns a path for tests/test-install.sh\n' \
        "$owner" >"$tmp/ownerpkg/DEBIAN/control"
    echo "the package's" >"$tmp/ownerpkg$oprefix/bin/multiconn-check"
    dpkg-deb --root-owner-group -b "$tmp/ownerpkg" "$tmp/owner.deb" >/dev/null
    cleanup_add 'dpkg -r multiconn-test-owner >/dev/null 2>&1'
    dpkg -i "$tmp/owner.deb" >/dev/null
    for args in "--dry-run" "" "--uninstall --dry-run" "--uninstall"; do
        rc=0
        # shellcheck disable=SC2086
        PREFIX=$oprefix FILTERDIR=$oprefix/filters "$top/scripts/install.sh" $args \
            >"$tmp/owned.out" 2>&1 || rc=$?
        [ "$rc" = 1 ] || { cat "$tmp/owned.out" >&2; fail "install.sh $args over a dpkg-owned file: exit $rc, expected 1"; }
        grep -q "refusing to .* files that Debian packages own" "$tmp/owned.out" &&
            grep -q "$oprefix/bin/multiconn-check ($owner)" "$tmp/owned.out" ||
            { cat "$tmp/owned.out" >&2; fail "install.sh $args: the refusal does not name the file and its package"; }
        grep -q '^+ ' "$tmp/owned.out" && { cat "$tmp/owned.out" >&2; fail "install.sh $args listed steps"; }
        [ "$(cat "$oprefix/bin/multiconn-check")" = "the package's" ] ||
            fail "install.sh $args changed the package's file"
        [ ! -e "$oprefix/filters" ] || fail "install.sh $args installed the filter"
    done
    ok "install, --uninstall and their --dry-run refuse files of Debian packages: $(grep -m1 'apt-get remove' "$tmp/owned.out" | sed 's/^install.sh: //')"
    # Can fail: once the package is gone, the same install goes through.
    dpkg -r "$owner" >/dev/null 2>&1
    rm -rf "$oprefix"
    PREFIX=$oprefix FILTERDIR=$oprefix/filters "$top/scripts/install.sh" --no-build \
        >"$tmp/unowned.out" 2>&1 || { cat "$tmp/unowned.out" >&2; fail "the install failed once the file had no package"; }
    [ -x "$oprefix/bin/multiconn-check" ] || fail "the install did not write the checker"
    PREFIX=$oprefix FILTERDIR=$oprefix/filters "$top/scripts/install.sh" --uninstall >/dev/null
    ok "can fail: after dpkg -r $owner the same install writes the checker"
else
    echo "not root or no dpkg-deb: the refusal of dpkg-owned files is not checked here"
fi

# 5. System-wide, into nbdkit's own filter directory and /usr/local: only when
# asked, since it changes the machine.
if [ "${MULTICONN_TEST_REAL_INSTALL:-0}" != 1 ]; then
    echo "system-wide install not done (MULTICONN_TEST_REAL_INSTALL=1 as root" \
         "does it); the same install into a temporary PREFIX was checked above"
    echo "PASS: $test_name"
    exit 0
fi
[ "$(id -u)" = 0 ] || fail "MULTICONN_TEST_REAL_INSTALL=1 needs root"
real_so=$filterdir/nbdkit-multiconn-filter.so
real_man=/usr/local/share/man/man1/nbdkit-multiconn-filter.1
[ ! -e "$real_so" ] && [ ! -e "$real_man" ] && [ ! -e "$real_man.gz" ] &&
    [ ! -e /usr/local/bin/multiconn-check ] ||
    skip "the filter is already installed for real; not touching that install"

cleanup_add '"$top/scripts/install.sh" --uninstall >/dev/null 2>&1'
"$top/scripts/install.sh" >"$tmp/real.log" 2>&1 ||
    { cat "$tmp/real.log" >&2; fail "real install failed"; }
[ -f "$real_so" ] && [ -f "$real_man" ] && [ -x /usr/local/bin/multiconn-check ] ||
    fail "real install: files missing"

out=$(nbdkit -U - -v --filter=multiconn memory 1M multi-conn-mode=emulate \
          --run 'nbdinfo --can multi-conn "$uri" && echo can-multi-conn' 2>"$tmp/real.err") ||
    { cat "$tmp/real.err" >&2; fail "nbdkit --filter=multiconn failed"; }
[ "$out" = can-multi-conn ] || fail "nbdkit --filter=multiconn: multi-conn not advertised"
grep -q 'multiconn: connection #' "$tmp/real.err" ||
    fail "nbdkit --filter=multiconn did not load this project's filter"
ok "nbdkit --filter=multiconn works when installed"

if command -v man >/dev/null 2>&1; then
    man -w nbdkit-multiconn-filter >/dev/null 2>&1 ||
        fail "man cannot find nbdkit-multiconn-filter after the real install"
    ok "man nbdkit-multiconn-filter finds the page"
fi

"$top/scripts/install.sh" --uninstall >/dev/null
[ ! -e "$real_so" ] && [ ! -e "$real_man" ] && [ ! -e /usr/local/bin/multiconn-check ] ||
    fail "real uninstall left files behind"
if nbdkit --filter=multiconn null --dump-plugin >/dev/null 2>&1; then
    fail "--filter=multiconn still loads after uninstall"
fi
[ -z "$theirs_sum" ] || [ "$(sha256sum <"$theirs")" = "$theirs_sum" ] ||
    fail "nbdkit's own $theirs changed"
ok "real uninstall removed the filter; nbdkit's own filter is untouched"

echo "PASS: $test_name"
