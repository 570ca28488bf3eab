# nbdkit python plugin used by scripts/bench.sh.
#
# A RAM disk with a per-connection write-back cache and configurable
# per-call latencies, used to model a slow remote store whose flush is
# expensive and which is not multi-conn consistent by itself.
#
# Parameters (all optional):
#   size=BYTES           export size (default 64M)
#   flush_ms=MS          a flush sleeps this long (default 20)
#   read_ms=MS           a read sleeps this long (default 0)
#   write_ms=MS          a write/zero/trim sleeps this long (default 0)
#   thread_model=parallel|serialize_requests|serialize_all_requests|
#                serialize_connections            (default parallel)
#   multiconn=0|1        value of can_multi_conn (default 0)
#   slow_flush_ms=MS     a flush on a handle opened with the export name
#                        slow_export takes this long instead of flush_ms
#                        (default: flush_ms)
#   slow_export=NAME     export name marking the slow handles (default
#                        "slow"); every export name serves the same data
#
# Writes stay in the connection's own list of pending extents until that
# connection flushes (or closes); reads see the connection's pending data
# over the shared backing store.  Sleeping releases the GIL, so calls on
# different connections (and, in the parallel model, on one connection)
# really overlap.

import threading
import time

import nbdkit

API_VERSION = 2

size = 64 * 1024 * 1024
flush_s = 0.020
read_s = 0.0
write_s = 0.0
multiconn = False
model_name = "parallel"
slow_flush_s = None
slow_export = "slow"

MODELS = {
    "parallel": nbdkit.THREAD_MODEL_PARALLEL,
    "serialize_requests": nbdkit.THREAD_MODEL_SERIALIZE_REQUESTS,
    "serialize_all_requests": nbdkit.THREAD_MODEL_SERIALIZE_ALL_REQUESTS,
    "serialize_connections": nbdkit.THREAD_MODEL_SERIALIZE_CONNECTIONS,
}

backing = None
backing_lock = threading.Lock()


def parse_size(v):
    v = v.strip().upper()
    mult = 1
    for suffix, m in (("K", 1 << 10), ("M", 1 << 20), ("G", 1 << 30)):
        if v.endswith(suffix):
            v, mult = v[:-1], m
            break
    return int(v) * mult


def config(key, value):
    global size, flush_s, read_s, write_s, multiconn, model_name
    global slow_flush_s, slow_export
    if key == "size":
        size = parse_size(value)
    elif key == "flush_ms":
        flush_s = float(value) / 1000
    elif key == "read_ms":
        read_s = float(value) / 1000
    elif key == "write_ms":
        write_s = float(value) / 1000
    elif key == "slow_flush_ms":
        slow_flush_s = float(value) / 1000
    elif key == "slow_export":
        slow_export = value
    elif key == "multiconn":
        multiconn = value.lower() in ("1", "true", "yes", "on")
    elif key == "thread_model":
        if value not in MODELS:
            raise RuntimeError("thread_model: unknown value %r" % value)
        model_name = value
    else:
        raise RuntimeError("unknown parameter %r" % key)


def config_complete():
    global backing
    backing = bytearray(size)


def thread_model():
    return MODELS[model_name]


class Handle:
    def __init__(self, slow):
        self.lock = threading.Lock()
        self.pending = []          # list of (offset, bytes), oldest first
        self.slow = slow           # opened with the export name slow_export


def open(readonly):
    slow = slow_flush_s is not None and nbdkit.export_name() == slow_export
    return Handle(slow)


def get_size(h):
    return size


def can_write(h):
    return True


def can_flush(h):
    return True


def can_trim(h):
    return True


def can_zero(h):
    return True


def can_fua(h):
    return nbdkit.FUA_EMULATE


def can_multi_conn(h):
    return multiconn


def _write_back(h):
    with h.lock:
        pending, h.pending = h.pending, []
    if pending:
        with backing_lock:
            for off, data in pending:
                backing[off:off + len(data)] = data


def close(h):
    _write_back(h)


def pread(h, buf, offset, flags):
    if read_s:
        time.sleep(read_s)
    end = offset + len(buf)
    with backing_lock:
        buf[:] = backing[offset:end]
    with h.lock:
        for off, data in h.pending:
            lo = max(off, offset)
            hi = min(off + len(data), end)
            if lo < hi:
                buf[lo - offset:hi - offset] = data[lo - off:hi - off]


def _add(h, data, offset):
    if write_s:
        time.sleep(write_s)
    with h.lock:
        h.pending.append((offset, bytes(data)))


def pwrite(h, buf, offset, flags):
    _add(h, buf, offset)


def zero(h, count, offset, flags):
    _add(h, bytes(count), offset)


def trim(h, count, offset, flags):
    _add(h, bytes(count), offset)


def flush(h, flags):
    time.sleep(slow_flush_s if h.slow else flush_s)
    _write_back(h)
