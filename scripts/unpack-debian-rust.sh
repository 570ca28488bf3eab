#!/usr/bin/env bash
# Unpack one version of Debian's Rust toolchain (cargo-web and rustc-web, as
# in bookworm) into a private directory, without installing anything, and
# write two wrappers there that run it: DIR/bin/cargo and DIR/bin/rustc.
#
# Usage: scripts/unpack-debian-rust.sh UPSTREAM-VERSION DIR
#   e.g. scripts/unpack-debian-rust.sh 1.85 target/msrv/debian-rust-1.85
#
# Picks the newest package version of cargo-web whose upstream version
# starts with UPSTREAM-VERSION. (apt-cache madison), downloads it with
# apt-get download together with every package it needs that is not
# installed (recursively), and unpacks them with dpkg-deb -x.  A DIR that
# is already complete is reused.  Prints the rustc version at the end.
# Needs apt-get update to have been run once (done here when root and no
# candidate is found).

set -euo pipefail
export PATH=/usr/bin:/bin:/usr/sbin:/sbin:$PATH

want=${1:?usage: unpack-debian-rust.sh UPSTREAM-VERSION DIR}
dir=${2:?usage: unpack-debian-rust.sh UPSTREAM-VERSION DIR}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

if [ -x "$dir/bin/rustc" ] && [ -f "$dir/complete" ]; then
    "$dir/bin/rustc" --version
    exit 0
fi

versions ()
{
    apt-cache madison cargo-web 2>/dev/null | awk -F'|' '{gsub(/ /, "", $2); print $2}' |
        grep -E "^${want//./\\.}\." || :
}
found=$(versions | sed -n 1p)
if [ -z "$found" ] && [ "$(id -u)" = 0 ]; then
    apt-get update -qq >/dev/null 2>&1 || :
    found=$(versions | sed -n 1p)
fi
[ -n "$found" ] || {
    echo "unpack-debian-rust.sh: no cargo-web $want.* in the package lists" >&2
    exit 1
}
echo "unpack-debian-rust.sh: Debian's cargo-web and rustc-web $found"

debs=$dir/debs
rm -rf "$dir/root" "$debs"
mkdir -p "$debs" "$dir/root"

# Fetch NAME[=VERSION] and, recursively, what it depends on that is not
# installed on this machine (the first of each set of alternatives).
queue=("cargo-web=$found")
# Virtual packages that installed packages provide (libc-dev, ...).
provided=" $(dpkg-query -W -f='${Provides}\n' 2>/dev/null | tr ',' '\n' |
              sed 's/(.*//; s/ //g' | sort -u | tr '\n' ' ') "
declare -A seen=()
while [ "${#queue[@]}" -gt 0 ]; do
    spec=${queue[0]}
    queue=("${queue[@]:1}")
    name=${spec%%=*}
    [ -z "${seen[$name]:-}" ] || continue
    seen[$name]=1
    (cd "$debs" && apt-get download -q "$spec" >/dev/null 2>&1) || {
        echo "unpack-debian-rust.sh: apt-get download $spec failed" >&2
        exit 1
    }
    deb=$(ls "$debs"/"${name}"_*.deb | sed -n 1p)
    dpkg-deb -x "$deb" "$dir/root"
    deps=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/|.*//; s/^ *//; s/ *$//')
    while IFS= read -r d; do
        [ -n "$d" ] || continue
        dname=${d%% *}
        dname=${dname%%:*}
        status=$(dpkg-query -W -f='${Status}' "$dname" 2>/dev/null || :)
        case "$status" in *" installed") continue ;; esac
        case "$provided" in *" $dname "*) continue ;; esac
        # An exact version (the toolchain's own packages) is kept.
        case "$d" in
            *"(= "*) dver=${d#*(= }; queue+=("$dname=${dver%)}") ;;
            *) queue+=("$dname") ;;
        esac
    done <<<"$deps"
done

# The wrappers: the unpacked libraries first, and rustc's sysroot is found
# from its own place (root/usr/lib/rustlib).
mkdir -p "$dir/bin"
libs=$dir/root/usr/lib/x86_64-linux-gnu:$dir/root/usr/lib:$dir/root/lib/x86_64-linux-gnu
for tool in cargo rustc rustdoc; do
    cat >"$dir/bin/$tool" <<EOF
#!/bin/sh
LD_LIBRARY_PATH=$libs\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH} exec $dir/root/usr/bin/$tool "\$@"
EOF
    chmod +x "$dir/bin/$tool"
done
"$dir/bin/rustc" --version
"$dir/bin/cargo" --version
touch "$dir/complete"
