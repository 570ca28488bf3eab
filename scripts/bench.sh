#!/usr/bin/env bash
# Benchmark the multiconn filter against no filter and nbdkit's own
# multi-conn filter, and write BENCHMARKS.md plus docs/flush-latency.png.
#
# Usage: scripts/bench.sh [--quick] [--rounds N] [--only a,b,...,j]
#                         [--output-dir DIR] [--no-build]
#
#   (default)        full run (about 65 minutes); writes BENCHMARKS.md and
#                    docs/flush-latency.png at the top of the source tree
#   --quick          short smoke run (about two minutes); unless
#                    --output-dir is given it writes into target/bench-quick/
#                    so that the committed figures are left alone
#   --rounds N       number of interleaved rounds (default 5 and 9 for fio,
#                    quick 1)
#   --only LIST      run only some of (default all): a (flush latency),
#                    b (fio), c (nbdcopy), d (cargo bench --bench datapath),
#                    e (flush-heavy load from scripts/multiconn-check under
#                    the parallel, serialize_requests and
#                    serialize_all_requests thread models),
#                    f (fio with --fsync), g (one slow flush: do reads on
#                    another connection stall?), h (one flush among 256
#                    and 1024 connections), i (the first flush among 256
#                    and 1024 fresh connections, over the memory plugin
#                    and over one whose flush takes 1 ms), j (a flush
#                    among 256 and 1024 readers, the same plugins)
#   --output-dir DIR write DIR/BENCHMARKS.md and DIR/docs/flush-latency.png
#   --no-build       do not build target/release/libmulticonn.so if missing
#                    (the filter variant is then left out)
#
# MULTICONN_BENCH_FIO_MODE=auto runs section f with multi-conn-mode=auto
# (plugin mode over the memory plugin) instead of emulate.
# MULTICONN_BENCH_BUILDS=NAME=PATH[,NAME=PATH...] adds other builds of the
# filter as variants of their own, in the same interleaved rounds.
# MULTICONN_NBDKIT_PREFIX=PREFIX runs everything through another nbdkit
# (scripts/nbdkit-env.sh: its nbdkit, its own multi-conn filter, and the
# filter built for it in its own target directory).
#
# The script reports figures; it never fails because something is slow.

set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/find-cargo.sh"
export PATH=/usr/bin:/bin:$PATH:$HOME/.cargo/bin
export LC_ALL=C.UTF-8

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$top/scripts/nbdkit-env.sh"
command_line="${MULTICONN_NBDKIT_PREFIX:+MULTICONN_NBDKIT_PREFIX=$MULTICONN_NBDKIT_PREFIX }scripts/bench.sh${*:+ $*}"

quick=
rounds=0
only=a,b,c,d,e,f,g,h,i,j
output_dir=
build=1

usage() { sed -n '2,38p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
    case "$1" in
        --quick) quick=1 ;;
        --rounds) rounds=$2; shift ;;
        --rounds=*) rounds=${1#*=} ;;
        --only) only=$2; shift ;;
        --only=*) only=${1#*=} ;;
        --output-dir) output_dir=$2; shift ;;
        --output-dir=*) output_dir=${1#*=} ;;
        --no-build) build= ;;
        -h|--help) usage; exit 0 ;;
        *) echo "bench.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
    esac
    shift
done

if [ -z "$output_dir" ]; then
    if [ -n "$quick" ]; then output_dir=$top/target/bench-quick
    else output_dir=$top; fi
fi

# Tools.
missing=
for tool in nbdkit nbdcopy fio gnuplot; do
    command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
case ",$only," in
    *,i,*|*,j,*)
        # Sections i and j build scripts/bench/slowflush.c.
        command -v "${CC:-cc}" >/dev/null 2>&1 || missing="$missing cc"
        [ -e /usr/include/nbdkit-plugin.h ] ||
            pkg-config --exists nbdkit 2>/dev/null ||
            missing="$missing nbdkit-plugin-dev" ;;
esac
/usr/bin/python3 -c 'import nbd' 2>/dev/null || missing="$missing python3-libnbd"
nbdkit python --version >/dev/null 2>&1 || missing="$missing nbdkit-plugin-python"
if [ -n "$missing" ]; then
    echo "bench.sh: missing:$missing" >&2
    exit 1
fi

so=${CARGO_TARGET_DIR:-$top/target}/release/libmulticonn.so
if [ ! -e "$so" ] && [ -n "$build" ] && [ -n "$CARGO" ]; then
    echo "bench.sh: building the filter (cargo build --release)" >&2
    (cd "$top" && "$CARGO" build --release) >&2 ||
        echo "bench.sh: build failed; running without the filter" >&2
fi

# Sections h, i and j open 1024 connections: one descriptor each in the client and
# in nbdkit.  Raise the soft limit on open files to 8192 (or the hard limit).
nofile_hard=$(ulimit -Hn)
nofile_want=8192
if [ "$nofile_hard" != unlimited ] && [ "$nofile_hard" -lt "$nofile_want" ]; then
    nofile_want=$nofile_hard
fi
if [ "$(ulimit -Sn)" != unlimited ] && [ "$(ulimit -Sn)" -lt "$nofile_want" ]; then
    ulimit -Sn "$nofile_want" 2>/dev/null || true
fi

mkdir -p "$top/target/bench"
args=(run --top "$top" --output-dir "$output_dir" --raw-dir "$top/target/bench"
      --benchmarks "$only" --command "$command_line" --rounds "$rounds")
[ -n "$quick" ] && args+=(--quick)
[ -z "$CARGO" ] || args+=(--cargo "$CARGO")

exec /usr/bin/python3 "$top/scripts/bench/bench.py" "${args[@]}"
