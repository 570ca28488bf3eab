#!/usr/bin/env bash
# Type-check the filter for other systems and architectures than this
# machine's: `cargo check --lib` for each target, with the standard library
# compiled from source (-Z build-std), so that no prebuilt standard library
# for the target is needed.  Nothing is linked and nothing runs: this shows
# that the code compiles there (the cfg'd paths, the libc items it names),
# not that it works.
#
# Usage: scripts/cross-check.sh [--tree DIR] [TARGET...]
#   default: x86_64-unknown-freebsd x86_64-unknown-openbsd
#            aarch64-apple-darwin aarch64-unknown-linux-gnu
#   --tree DIR checks another copy of the sources (tests/test-cross-check.sh
#   uses it to show that the check fails).
#
# The toolchain is Debian's rustc-web of Cargo.toml's rust-version with its
# rust-web-src (the standard library's source), unpacked privately into
# target/msrv/ by scripts/unpack-debian-rust.sh; RUSTC_BOOTSTRAP=1 lets that
# stable compiler take -Z build-std.  Prints PASS or FAIL per target; exits
# 1 if any failed, 2 if the toolchain could not be had.

set -uo pipefail
export PATH=/usr/bin:/bin:/usr/sbin:/sbin:$PATH
source "$(dirname "${BASH_SOURCE[0]}")/nbdkit-env.sh"  # MULTICONN_NBDKIT_PREFIX

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tree=$top
case "${1:-}" in
    --tree) tree=$(cd "$2" && pwd); shift 2 ;;
    --tree=*) tree=$(cd "${1#*=}" && pwd); shift ;;
esac
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=(x86_64-unknown-freebsd x86_64-unknown-openbsd
                                       aarch64-apple-darwin aarch64-unknown-linux-gnu)

msrv=$(sed -n 's/^rust-version *= *"\([0-9.]*\)"/\1/p' "$top/Cargo.toml" | sed -n 1p)
tc=$top/target/msrv/debian-rust-$msrv
log=$top/target/cross/logs
mkdir -p "$log"
if ! "$top/scripts/unpack-debian-rust.sh" "$msrv" "$tc" >"$log/unpack.log" 2>&1; then
    cat "$log/unpack.log" >&2
    echo "cross-check.sh: cannot get Debian's Rust $msrv" >&2
    exit 2
fi
# The standard library's source, beside the compiler (its sysroot).
if [ ! -d "$tc/root/usr/lib/rustlib/src/rust/library" ]; then
    full=$(cd "$tc/debs" && ls rustc-web_*.deb | sed 's/^rustc-web_\(.*\)_[^_]*\.deb$/\1/')
    full=${full//%3a/:}
    (cd "$tc/debs" && apt-get download -q "rust-web-src=$full" >/dev/null 2>&1) || {
        echo "cross-check.sh: apt-get download rust-web-src=$full failed" >&2
        exit 2
    }
    dpkg-deb -x "$tc"/debs/rust-web-src_*.deb "$tc/root"
fi

failed=0
for t in "${targets[@]}"; do
    if (cd "$tree" && CARGO= RUSTC_BOOTSTRAP=1 RUSTC="$tc/bin/rustc" RUSTDOC="$tc/bin/rustdoc" \
            "$tc/bin/cargo" check --lib --locked -Z build-std=std,panic_unwind \
            --target "$t" --target-dir "$top/target/cross") >"$log/$t.log" 2>&1; then
        echo "PASS $t"
    else
        echo "FAIL $t (log $log/$t.log)"
        grep -A6 '^error' "$log/$t.log" | head -n 30 | sed 's/^/    /'
        failed=1
    fi
done
exit "$failed"
