# Sourced by scripts/test.sh and tests/functions.sh, after they set PATH:
# chooses which nbdkit the filter is built for and tested with.
#
#   source scripts/nbdkit-env.sh
#
# Without MULTICONN_NBDKIT_PREFIX it changes nothing: the system's nbdkit
# (Debian's, on PATH and known to pkg-config).  With
# MULTICONN_NBDKIT_PREFIX=PREFIX, an nbdkit installed with
# ./configure --prefix=PREFIX (scripts/nbdkit-alt.sh builds one):
#
#   PATH              PREFIX/sbin and PREFIX/bin first, so that `nbdkit`
#                     is that one (and finds its own plugins and filters)
#   PKG_CONFIG_PATH   PREFIX/lib/pkgconfig first: build.rs builds the filter
#                     for that nbdkit
#   C_INCLUDE_PATH    PREFIX/include first: C code compiled against
#                     <nbdkit-filter.h> (tests/abi.rs) sees that header
#   CARGO_TARGET_DIR  target/nbdkit-VERSION/cargo unless set, so that the
#                     builds for two nbdkits do not overwrite each other
#
# Tests ask whether they run against such an nbdkit with
# [ -n "${MULTICONN_NBDKIT_PREFIX:-}" ].  Sourcing it twice is harmless.

if [ -n "${MULTICONN_NBDKIT_PREFIX:-}" ]; then
    if [ ! -f "$MULTICONN_NBDKIT_PREFIX/lib/pkgconfig/nbdkit.pc" ]; then
        echo "MULTICONN_NBDKIT_PREFIX=$MULTICONN_NBDKIT_PREFIX: no lib/pkgconfig/nbdkit.pc there" >&2
        return 1
    fi
    MULTICONN_NBDKIT_PREFIX="$(cd "$MULTICONN_NBDKIT_PREFIX" && pwd)"
    _multiconn_nbdkit_version="$(sed -n 's/^Version: *//p' \
        "$MULTICONN_NBDKIT_PREFIX/lib/pkgconfig/nbdkit.pc")"
    case ":$PATH:" in
        ":$MULTICONN_NBDKIT_PREFIX/sbin:$MULTICONN_NBDKIT_PREFIX/bin:"*) ;;
        *) PATH="$MULTICONN_NBDKIT_PREFIX/sbin:$MULTICONN_NBDKIT_PREFIX/bin:$PATH" ;;
    esac
    case ":${PKG_CONFIG_PATH:-}:" in
        ":$MULTICONN_NBDKIT_PREFIX/lib/pkgconfig:"*) ;;
        *) PKG_CONFIG_PATH="$MULTICONN_NBDKIT_PREFIX/lib/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}" ;;
    esac
    case ":${C_INCLUDE_PATH:-}:" in
        ":$MULTICONN_NBDKIT_PREFIX/include:"*) ;;
        *) C_INCLUDE_PATH="$MULTICONN_NBDKIT_PREFIX/include${C_INCLUDE_PATH:+:$C_INCLUDE_PATH}" ;;
    esac
    : "${CARGO_TARGET_DIR:=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/target/nbdkit-$_multiconn_nbdkit_version/cargo}"
    export MULTICONN_NBDKIT_PREFIX PATH PKG_CONFIG_PATH C_INCLUDE_PATH \
        CARGO_TARGET_DIR
    unset _multiconn_nbdkit_version
fi
