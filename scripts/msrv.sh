#!/usr/bin/env bash
# Check that Cargo.toml's rust-version is true: that the filter, its tests
# and its locked dependencies build with that Rust and need nothing newer.
#
# Usage: scripts/msrv.sh [--tree DIR] [--no-toolchain] [--default-features]
#
#   1. clippy's incompatible_msrv lint, as an error, over every target, with
#      the default features (not `shuttle`, tests only): no standard library API
#      newer than rust-version (clippy reads rust-version from Cargo.toml);
#   2. every package in Cargo.lock (normal, build and dev dependencies)
#      declares a rust-version no newer than ours;
#   3. cargo check --all-targets --locked, default features,
#      with Debian's cargo-web and rustc-web of exactly that version (from
#      bookworm; unpacked privately by scripts/unpack-debian-rust.sh, nothing
#      is installed), which also catches language features that clippy does
#      not see.  --no-toolchain leaves this out.
#
# --tree DIR checks another copy of the sources (tests/test-msrv.sh uses it
# to show that the checks fail); --default-features checks the default
# features only.  Prints one line per check and exits 1 if
# any failed, 2 if a check could not run.

set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/find-cargo.sh"
export PATH=/usr/bin:/bin:/usr/sbin:/sbin:$PATH:$HOME/.cargo/bin

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tree=$top
toolchain=1
# The crate has no features; the scheduler's shuttle comes only with
# --cfg shuttle (never the built filter), and its crates need a newer
# Rust (1.87: unsigned is_multiple_of in shuttle-engine).
feature_sets=("")
while [ $# -gt 0 ]; do
    case "$1" in
        --tree) tree=$(cd "$2" && pwd); shift ;;
        --tree=*) tree=$(cd "${1#*=}" && pwd) ;;
        --no-toolchain) toolchain= ;;
        --default-features) feature_sets=("") ;;
        -h|--help) sed -n '2,24p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "msrv.sh: unknown option '$1'" >&2; exit 2 ;;
    esac
    shift
done

msrv=$(sed -n 's/^rust-version *= *"\([0-9.]*\)"/\1/p' "$tree/Cargo.toml" | sed -n 1p)
[ -n "$msrv" ] || { echo "msrv.sh: no rust-version in $tree/Cargo.toml" >&2; exit 2; }
echo "msrv.sh: rust-version $msrv ($tree)"
[ -n "$CARGO" ] || { echo "msrv.sh: no cargo" >&2; exit 2; }
# Shared by every tree checked, so that dependencies build once.
work=$top/target/msrv
log=$work/logs
mkdir -p "$log"
failed=0

# 1. clippy incompatible_msrv.
if ! (cd "$tree" && "$CARGO" clippy --version) >/dev/null 2>&1; then
    echo "msrv.sh: clippy is not installed for $CARGO" >&2
    exit 2
fi
for features in "${feature_sets[@]}"; do
    name="clippy incompatible_msrv${features:+ --features $features}"
    if (cd "$tree" && "$CARGO" clippy --all-targets --locked ${features:+--features "$features"} \
            --target-dir "$work/clippy" -- -D clippy::incompatible_msrv) \
            >"$log/clippy-$features.log" 2>&1; then
        echo "PASS $name"
    else
        echo "FAIL $name"
        grep -B2 -A8 'incompatible_msrv\|^error' "$log/clippy-$features.log" | head -n 40 |
            sed 's/^/    /'
        failed=1
    fi
done

# 2. The rust-version of every locked package.
if (cd "$tree" && "$CARGO" metadata --format-version 1 --locked) >"$log/metadata.json" \
       2>"$log/metadata.err"; then
    if /usr/bin/python3 - "$msrv" "$log/metadata.json" <<'EOF'
import json, sys
def v(s):
    parts = [int(x) for x in s.split(".")]
    return tuple(parts + [0] * (3 - len(parts)))
msrv = v(sys.argv[1])
meta = json.load(open(sys.argv[2]))
used = {n["id"] for n in meta["resolve"]["nodes"]}
newer = sorted((p["name"], p["version"], p["rust_version"])
               for p in meta["packages"]
               if p["id"] in used and p.get("rust_version")
               and v(p["rust_version"]) > msrv)
for name, version, rv in newer:
    print("    %s %s needs Rust %s" % (name, version, rv))
sys.exit(1 if newer else 0)
EOF
    then
        echo "PASS locked dependencies need at most Rust $msrv"
    else
        echo "FAIL locked dependencies need a newer Rust than $msrv"
        failed=1
    fi
else
    echo "FAIL cargo metadata --locked"
    sed 's/^/    /' "$log/metadata.err"
    failed=1
fi

# 3. Debian's toolchain of exactly that version.
if [ -n "$toolchain" ]; then
    tc=$work/debian-rust-$msrv
    if ! "$top/scripts/unpack-debian-rust.sh" "$msrv" "$tc" >"$log/unpack.log" 2>&1; then
        cat "$log/unpack.log" >&2
        echo "msrv.sh: cannot get Debian's Rust $msrv (apt-get download)" >&2
        exit 2
    fi
    for features in "${feature_sets[@]}"; do
        name="cargo check --all-targets with $("$tc/bin/rustc" --version | cut -d' ' -f1-2)${features:+ --features $features}"
        if (cd "$tree" && CARGO= RUSTC="$tc/bin/rustc" RUSTDOC="$tc/bin/rustdoc" \
                "$tc/bin/cargo" check --all-targets --locked ${features:+--features "$features"} \
                --target-dir "$work/debian-$msrv") >"$log/check-$features.log" 2>&1; then
            echo "PASS $name"
        else
            echo "FAIL $name"
            grep -A8 '^error' "$log/check-$features.log" | head -n 40 | sed 's/^/    /'
            failed=1
        fi
    done
fi

exit "$failed"
