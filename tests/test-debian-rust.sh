#!/usr/bin/env bash
# The filter builds with the Rust that Debian ships (bookworm: cargo-web
# and rustc-web), as on a fresh machine that has no other Rust:
#
#   1. scripts/deps.sh, run with no cargo on PATH and no ~/.cargo, installs
#      the distribution's Rust (unless it is installed already);
#   2. scripts/find-cargo.sh, in that same environment, chooses it;
#   3. it builds the filter into target/debian-rust, and the library says
#      it was compiled by that rustc;
#   4. nbdkit loads the result: emulate mode advertises multi-conn and the
#      filter explains itself under -v; multi-conn-mode=disable over the
#      same plugin (the memory plugin, which is multi-conn by itself) does
#      not, which shows that the check can fail.
#
# Packages this test installed are purged again at the end, so that the
# machine keeps the toolchain it had (MULTICONN_KEEP_DEBIAN_RUST=1 keeps
# them).  Without root (or sudo) the packages cannot be installed: SKIP,
# or FAIL under CI=true.
# test-timeout: 1200

set -euo pipefail
source "$(dirname "$0")/functions.sh"
system_nbdkit_only "it tests the Rust toolchain Debian ships, which does not depend on which nbdkit the filter is built for"

require nbdkit nbdinfo dpkg-query apt-get readelf

rust_pkgs=(cargo-web rustc-web rust-web-clippy)
apt-cache show cargo-web >/dev/null 2>&1 || rust_pkgs=(cargo rustc rust-clippy)

installed_pkgs ()
{
    dpkg-query -W -f='${Status} ${Package}\n' 2>/dev/null |
        sed -n 's/^install ok installed //p' | LC_ALL=C sort
}

# 1. deps.sh without any cargo in sight.
clean_env=(env -u CARGO -u RUSTC -u RUSTDOC -u CARGO_HOME -u RUSTUP_HOME
           -u RUSTUP_TOOLCHAIN HOME="$tmp/home" PATH=/usr/bin:/bin:/usr/sbin:/sbin)
mkdir -p "$tmp/home"
before=$tmp/packages.before
installed_pkgs >"$before"
if [ "${MULTICONN_KEEP_DEBIAN_RUST:-0}" != 1 ]; then
    # Purge exactly what this test added (the toolchain and the libraries
    # it pulled in), newest first.
    cleanup_add 'added=$(LC_ALL=C comm -13 "$before" <(installed_pkgs)); [ -z "$added" ] || { echo "purging: $added"; DEBIAN_FRONTEND=noninteractive ${sudo:-} apt-get purge -y -qq $added >/dev/null 2>&1 || echo "warning: could not purge $added" >&2; }'
fi
if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || {
        for p in "${rust_pkgs[@]}"; do
            grep -qx "$p" "$before" || unavailable "${rust_pkgs[*]} not installed and no root to install them"
        done
    }
    sudo=sudo
fi
if ! "${clean_env[@]}" bash "$top/scripts/deps.sh" >"$tmp/deps.log" 2>&1; then
    cat "$tmp/deps.log"
    unavailable "scripts/deps.sh could not install ${rust_pkgs[*]}"
fi
cat "$tmp/deps.log"
for p in "${rust_pkgs[@]}"; do
    installed_pkgs | grep -x "$p" >/dev/null || fail "scripts/deps.sh did not install $p"
done
ok "scripts/deps.sh, with no Rust in sight, has ${rust_pkgs[*]} installed"

# 2. The scripts choose it there.
chosen=$("${clean_env[@]}" bash -c 'source "$1/scripts/find-cargo.sh"; echo "$CARGO $RUSTC"' _ "$top")
[ "$chosen" = "/usr/bin/cargo /usr/bin/rustc" ] ||
    fail "find-cargo.sh chose '$chosen', expected /usr/bin/cargo /usr/bin/rustc"
version=$(/usr/bin/rustc --version)
ok "scripts find the distribution's cargo: $(/usr/bin/cargo --version); $version"
"${clean_env[@]}" /usr/bin/cargo clippy --version >/dev/null 2>&1 ||
    fail "cargo clippy (for scripts/msrv.sh) does not run with the distribution's cargo"
ok "and its clippy: $("${clean_env[@]}" /usr/bin/cargo clippy --version)"

# 3. Build with it, in a target directory of its own.
dir=$top/target/debian-rust
so=$dir/release/libmulticonn.so
(cd "$top" && CARGO=/usr/bin/cargo RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc \
     /usr/bin/cargo build --release --locked --target-dir "$dir") ||
    fail "the build with the distribution's Rust failed"
[ -f "$so" ] || fail "$so was not built"
want=$(echo "$version" | awk '{print $2}')
readelf -p .comment "$so" | grep "rustc version $want" >/dev/null ||
    fail "$so does not say it was compiled by rustc $want: $(readelf -p .comment "$so" | grep rustc)"
ok "built $so with rustc $want"

# 4. nbdkit loads it.
out=$(nbdkit -U - -v --filter="$so" memory 1M multi-conn-mode=emulate \
          --run 'nbdinfo --can multi-conn "$uri" && echo can-multi-conn' 2>"$tmp/nbdkit.err") ||
    { tail -n 20 "$tmp/nbdkit.err"; fail "nbdkit with the Debian-built filter failed"; }
[ "$out" = can-multi-conn ] || fail "emulate mode does not advertise multi-conn: '$out'"
grep -q 'multiconn: connection #' "$tmp/nbdkit.err" ||
    fail "the filter's own debug line is missing: not this filter?"
ok "nbdkit loads the Debian-built filter; emulate mode advertises multi-conn"

rc=0
nbdkit -U - --filter="$so" memory 1M multi-conn-mode=disable \
    --run 'nbdinfo --can multi-conn "$uri"' >/dev/null 2>&1 || rc=$?
[ "$rc" = 2 ] || fail "multi-conn-mode=disable: nbdinfo --can multi-conn exited $rc, expected 2 (no)"
ok "with multi-conn-mode=disable the same check says no"

echo "PASS: $test_name"
