#!/usr/bin/env bash
# scripts/package.sh, i.e. dpkg-buildpackage -us -uc over a clean copy of
# the tree (git ls-files), with no network (unshare -n): the source package
# (.dsc and .tar.xz, with vendor/ and debian/) unpacks with dpkg-source -x;
# the binary package holds what it should (the stripped filter with mode
# 0644, both man pages, copyright, changelog, md5sums that match); lintian
# --pedantic -I -E reports nothing on the source and binary packages but
# the overrides, each with its reason; the package depends on nbdkit of
# exactly the upstream version it was built for, and on python3-libnbd;
# it installs with dpkg -i so that `nbdkit --filter=multiconn` is this
# filter and scripts/install.sh refuses to touch its files; dpkg -r leaves
# nothing behind.
#
# That the checks can fail: before the install and after the removal
# --filter=multiconn does not load; multi-conn-mode=disable makes the same
# nbdinfo check say no; the version relation is tried against neighbouring
# nbdkit versions, which it must refuse; lintian must report tags on a
# copy of the package without its copyright file, changelog and
# multiconn-check's man page.
# test-timeout: 1800

set -euo pipefail
source "$(dirname "$0")/functions.sh"
system_nbdkit_only "the Debian package depends on the Debian nbdkit package of the version it was built for and installs with dpkg; another nbdkit built into a prefix is no Debian package"

require nbdkit nbdinfo dpkg dpkg-deb dpkg-buildpackage dpkg-source dh pkg-config lintian readelf md5sum go-md2man
[ "$(id -u)" = 0 ] || unavailable "dpkg -i needs root"

name=nbdkit-multiconn-filter
filterdir=$(pkg-config --variable=filterdir nbdkit)
status=$(dpkg-query -W -f='${Status}' "$name" 2>/dev/null || :)
case "$status" in
    *" installed"|*config-files) skip "$name is installed already; not touching it" ;;
esac
for f in "$filterdir/$name.so" /usr/bin/multiconn-check; do
    [ ! -e "$f" ] || skip "$f exists (scripts/install.sh?); not touching it"
done

# Does --filter=multiconn load, as nbdkit finds it by name?
loads () { nbdkit --filter=multiconn null --dump-plugin >/dev/null 2>&1; }
! loads || fail "--filter=multiconn loads before the package is installed"

deb=$("$top/scripts/package.sh" --output-dir "$tmp/out" 2>"$tmp/package.log") ||
    { cat "$tmp/package.log"; fail "scripts/package.sh failed"; }
[ -f "$deb" ] || fail "scripts/package.sh printed '$deb', which does not exist"
cat "$tmp/package.log"
ok "built $(basename "$deb")"

# The source package: native, with the vendored crates, and whole.
version=$(dpkg-parsechangelog -l "$top/debian/changelog" -S Version)
dsc=$tmp/out/${name}_$version.dsc
[ -f "$dsc" ] || fail "no source package $dsc"
grep -q '^Format: 3.0 (native)$' "$dsc" || fail "the source package is not 3.0 (native)"
grep -q '^Build-Depends: .*cargo-web (>= 1.85) | cargo.*rustc-web (>= 1.85) | rustc (>= 1.85).*nbdkit-plugin-dev' "$dsc" ||
    fail "Build-Depends do not name cargo-web/cargo, rustc-web/rustc and nbdkit-plugin-dev: $(grep '^Build-Depends' "$dsc")"
(cd "$tmp" && dpkg-source -x "$dsc" srcx) >"$tmp/dpkg-source.log" 2>&1 ||
    { cat "$tmp/dpkg-source.log"; fail "dpkg-source -x failed"; }
for f in debian/rules vendor/libc/Cargo.toml Cargo.lock src/lib.rs scripts/man.sh; do
    [ -f "$tmp/srcx/$f" ] || fail "the source package lacks $f"
done
[ ! -e "$tmp/srcx/target" ] || fail "the source package holds target/"
rm -rf "$tmp/srcx"
ok "source package: $(basename "$dsc") (3.0 (native), with vendor/), unpacks with dpkg-source -x"
if grep -q 'no network' "$tmp/package.log"; then
    ok "built with no network (unshare -n): the crates came from vendor/"
else
    echo "the build had the network (unshare -n is not possible here)"
fi

# The contents.
files=$(dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {print $NF}' | sed 's|^\./|/|' | LC_ALL=C sort)
expected=$(printf '%s\n' "$filterdir/$name.so" /usr/bin/multiconn-check \
               "/usr/share/man/man1/$name.1.gz" \
               /usr/share/man/man1/multiconn-check.1.gz \
               "/usr/share/doc/$name/README.md.gz" \
               "/usr/share/doc/$name/multiconn-check.md.gz" \
               "/usr/share/doc/$name/copyright" \
               "/usr/share/doc/$name/changelog.gz" \
               "/usr/share/lintian/overrides/$name" | LC_ALL=C sort)
diff -u <(echo "$expected") <(echo "$files") || fail "unexpected package contents"
ok "the package holds the filter in $filterdir, multiconn-check, both man pages, the README, copyright and changelog"

# The library: mode 0644, stripped; md5sums for every file, and right.
mode=$(dpkg-deb -c "$deb" | awk -v f="./${filterdir#/}/$name.so" '$NF == f {print $1}')
[ "$mode" = "-rw-r--r--" ] || fail "the filter's mode is $mode, expected -rw-r--r-- (0644)"
dpkg-deb -x "$deb" "$tmp/x"
dpkg-deb -e "$deb" "$tmp/x/DEBIAN"
if readelf -S "$tmp/x$filterdir/$name.so" | grep -E '\.debug_|\.symtab' >/dev/null; then
    fail "the packaged filter is not stripped"
fi
grep -q "Copyright: .*the multiconn authors" "$tmp/x/usr/share/doc/$name/copyright" ||
    fail "the copyright file lacks the notice"
grep -q "BSD-3-Clause" "$tmp/x/usr/share/doc/$name/copyright" ||
    fail "the copyright file does not name the licence"
[ -f "$tmp/x/DEBIAN/md5sums" ] || fail "the package has no md5sums"
(cd "$tmp/x" && md5sum --quiet -c DEBIAN/md5sums) || fail "md5sums do not match the files"
[ "$(wc -l < "$tmp/x/DEBIAN/md5sums")" = "$(echo "$files" | wc -l)" ] ||
    fail "md5sums does not list every file"
ok "the filter is stripped with mode 0644; md5sums lists and matches every file"

# lintian, as pedantic as it gets, on the source and binary packages: no
# tag at all but the overridden ones (debian/*lintian-overrides, each with
# its reason).
changes=$(ls "$tmp"/out/*.changes)
rc=0
lintian --pedantic -I -E --fail-on error,warning,info,pedantic \
    "$changes" > "$tmp/lintian.out" 2>&1 || rc=$?
[ "$rc" = 0 ] || { cat "$tmp/lintian.out"; fail "lintian --pedantic reports tags (exit $rc)"; }
! grep -E '^[EWIPX]:' "$tmp/lintian.out" || fail "lintian printed tags"
# (again with the overrides shown, which makes lintian's exit status 2)
lintian --pedantic -I -E --show-overrides "$changes" > "$tmp/lintian.out" 2>&1 || :
grep -E '^O:' "$tmp/lintian.out" | grep -v -e very-long-line -e patch-failure-file | sed 's/^/  /' || :
grep -q '^O: .*hardening-no-fortify-functions' "$tmp/lintian.out" &&
    grep -q '^O: .*spare-manual-page' "$tmp/lintian.out" ||
    fail "the overrides of hardening-no-fortify-functions and spare-manual-page were not used"
ok "lintian --pedantic -I -E: no tags but the $(grep -c '^O:' "$tmp/lintian.out") overridden ones"
# Can fail: the same package without copyright, changelog and
# multiconn-check's man page.
rm "$tmp/x/usr/share/doc/$name/copyright" "$tmp/x/usr/share/doc/$name/changelog.gz" \
   "$tmp/x/usr/share/man/man1/multiconn-check.1.gz"
sed -i '/copyright\|changelog.gz\|multiconn-check.1.gz/d' "$tmp/x/DEBIAN/md5sums"
dpkg-deb --root-owner-group -b "$tmp/x" "$tmp/broken.deb" > /dev/null
rc=0
lintian --pedantic -I --fail-on error,warning "$tmp/broken.deb" > "$tmp/lintian-broken.out" 2>&1 || rc=$?
grep -E '^[EW]:' "$tmp/lintian-broken.out" | sed 's/^/  /' || :
[ "$rc" != 0 ] && grep -q 'E: .*no-copyright-file' "$tmp/lintian-broken.out" &&
    grep -q 'W: .*no-manual-page \[usr/bin/multiconn-check\]' "$tmp/lintian-broken.out" ||
    fail "lintian did not find the missing copyright file and man page: it cannot fail"
ok "can fail: lintian reports a copy without copyright, changelog and multiconn-check(1)"

# The nbdkit relation: every Debian revision of this upstream version, no
# other upstream version.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
upstream=$(pkg-config --modversion nbdkit)
satisfies ()
{
    local v=$1 rel op ver
    # Every "nbdkit (OP VERSION)" of Depends must hold for v.
    while read -r rel; do
        op=$(echo "$rel" | sed -n 's/^nbdkit (\([<>=]*\) .*/\1/p')
        ver=$(echo "$rel" | sed -n 's/^nbdkit ([<>=]* \(.*\))$/\1/p')
        [ -n "$op" ] || continue
        case "$op" in
            ">=") op=ge ;; "<<") op=lt ;; "=") op=eq ;; "<=") op=le ;; ">>") op=gt ;;
        esac
        dpkg --compare-versions "$v" "$op" "$ver" || return 1
    done < <(echo "$depends" | tr ',' '\n' | sed 's/^ *//' | grep '^nbdkit ')
}
echo "$depends" | grep 'nbdkit (' >/dev/null || fail "Depends does not name nbdkit with a version"
IFS=. read -r ma mi pa <<<"$upstream"
for v in "$upstream-1" "$upstream-2+deb12u1" "$upstream+dfsg-3" \
         "$(dpkg-query -W -f='${Version}' nbdkit)"; do
    satisfies "$v" || fail "nbdkit $v (upstream $upstream) does not satisfy the package's Depends"
done
for v in "$ma.$mi.$((pa + 1))-1" "$ma.$mi.$((pa + 1))~rc1-1" "$ma.$mi.$((pa - 1))-1" \
         "$ma.$((mi + 1)).0-1" "$((ma + 1)).0.0-1"; do
    ! satisfies "$v" || fail "nbdkit $v (another upstream version) satisfies the package's Depends"
done
ok "Depends accepts every revision of nbdkit $upstream and refuses its neighbours"
echo "$depends" | tr ',' '\n' | grep -qx ' *python3-libnbd' ||
    fail "Depends does not name python3-libnbd, without which multiconn-check cannot run"
ok "Depends names python3-libnbd (multiconn-check imports it)"

# Install; make sure it goes away whatever happens.
cleanup_add 'dpkg -s '"$name"' >/dev/null 2>&1 && dpkg -P '"$name"' >/dev/null 2>&1'
dpkg -i "$deb" >"$tmp/dpkg-i.log" 2>&1 || { cat "$tmp/dpkg-i.log"; fail "dpkg -i failed"; }
ok "dpkg -i installed it"

out=$(nbdkit -U - -v --filter=multiconn memory 1M \
          --run 'nbdinfo --can multi-conn $uri && echo can-multi-conn' 2>"$tmp/nbdkit.err") ||
    { tail -n 20 "$tmp/nbdkit.err"; fail "nbdkit --filter=multiconn memory 1M failed"; }
[ "$out" = can-multi-conn ] || fail "nbdinfo --can multi-conn said '$out'"
grep -q 'multiconn: connection #' "$tmp/nbdkit.err" ||
    fail "--filter=multiconn is not this filter (its debug line is missing)"
rc=0
nbdkit -U - --filter=multiconn memory 1M multi-conn-mode=disable \
    --run 'nbdinfo --can multi-conn $uri' >/dev/null 2>&1 || rc=$?
[ "$rc" = 2 ] || fail "multi-conn-mode=disable: nbdinfo --can multi-conn exited $rc, expected 2"
ok "nbdkit --filter=multiconn memory 1M: multi-conn advertised (and not with multi-conn-mode=disable)"

multiconn-check --help 2>&1 | grep -- '--advise' >/dev/null || fail "the installed multiconn-check does not run"
if command -v man >/dev/null 2>&1; then
    man -w "$name" >/dev/null 2>&1 || fail "man does not find $name"
    man -w multiconn-check >/dev/null 2>&1 || fail "man does not find multiconn-check"
fi
ok "multiconn-check runs and man finds $name and multiconn-check"

# scripts/install.sh neither overwrites nor removes the package's files.
for args in "--dry-run" "--uninstall --dry-run" "--uninstall"; do
    rc=0
    # shellcheck disable=SC2086
    PREFIX=/usr "$top/scripts/install.sh" --no-build $args >"$tmp/install.out" 2>&1 || rc=$?
    [ "$rc" = 1 ] && grep -q "/usr/bin/multiconn-check ($name)" "$tmp/install.out" &&
        grep -q "$filterdir/$name.so ($name)" "$tmp/install.out" ||
        { cat "$tmp/install.out"; fail "install.sh $args did not refuse the package's files"; }
    grep -q '^+ ' "$tmp/install.out" && fail "install.sh $args listed steps over the package's files"
done
[ -f "$filterdir/$name.so" ] && [ -x /usr/bin/multiconn-check ] || fail "install.sh removed the package's files"
ok "install.sh (PREFIX=/usr, --uninstall, --dry-run) refuses the package's files: $(grep 'apt-get' "$tmp/install.out" | sed 's/^install.sh: //')"

# Remove; nothing may be left.
dpkg -L "$name" | grep -vx "/\." | LC_ALL=C sort >"$tmp/listed"
grep -qx "$filterdir/$name.so" "$tmp/listed" || fail "dpkg -L does not list the filter"
dpkg -r "$name" >"$tmp/dpkg-r.log" 2>&1 || { cat "$tmp/dpkg-r.log"; fail "dpkg -r failed"; }
left=()
while IFS= read -r f; do
    # Directories shared with other packages stay; the ones only this
    # package made must go, and every file.
    if [ -d "$f" ] && [ ! -L "$f" ]; then
        if [ -z "$(dpkg -S "$f" 2>/dev/null)" ]; then
            left+=("$f/")
        fi
    elif [ -e "$f" ] || [ -L "$f" ]; then
        left+=("$f")
    fi
done <"$tmp/listed"
[ "${#left[@]}" = 0 ] || fail "left behind after dpkg -r: ${left[*]}"
status=$(dpkg-query -W -f='${Status}' "$name" 2>/dev/null || :)
case "$status" in
    ""|"unknown ok not-installed"|"deinstall ok not-installed") ;;
    *) fail "after dpkg -r the package's status is '$status'" ;;
esac
! loads || fail "--filter=multiconn still loads after dpkg -r"
ok "dpkg -r: of the $(wc -l <"$tmp/listed") paths dpkg -L listed, only directories of other packages remain"

echo "PASS: $test_name"
