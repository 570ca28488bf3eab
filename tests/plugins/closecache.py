# closecache: an nbdkit python test plugin whose connections each keep a
# write-back cache that is DISCARDED when the connection closes.
#
#   nbdkit python tests/plugins/closecache.py [key=value ...]
#
# Writes, zeroes and trims only change the handle's cache (dirty 512-byte
# blocks); reads look in the handle's cache, else in the shared store, and
# keep what they read (clean blocks); a flush writes the handle's dirty
# blocks to the store and empties its cache; a FUA request writes back the
# blocks it touched.  Closing a handle throws its cache away, dirty blocks
# included: a completed write that no flush covered is lost.  (Unlike
# wbcache.py, which writes back at close.)  So the plugin is not multi-conn
# consistent, and what a client wrote survives its disconnection only if a
# flush reached its handle.  Every export name serves the same store.
#
# Parameters (all optional):
#   size=BYTES          export size, a multiple of 512 (default 1M)
#   thread_model=parallel|serialize_requests|serialize_all_requests|
#                serialize_connections                (default parallel)
#   fail_flush=PATH     while PATH exists, flush fails with EIO and writes
#                       nothing back
#   event_log=PATH      append "open ID EXPORT" when a handle opens and
#                       "close ID DISCARDED" when it has closed (DISCARDED:
#                       dirty blocks thrown away), so that a test can wait
#                       for a connection to be gone on the server side

import builtins
import errno
import os
import threading

import nbdkit

API_VERSION = 2
BLOCK = 512

_THREAD_MODELS = {
    "parallel": nbdkit.THREAD_MODEL_PARALLEL,
    "serialize_requests": nbdkit.THREAD_MODEL_SERIALIZE_REQUESTS,
    "serialize_all_requests": nbdkit.THREAD_MODEL_SERIALIZE_ALL_REQUESTS,
    "serialize_connections": nbdkit.THREAD_MODEL_SERIALIZE_CONNECTIONS,
}

cfg = {"size": 1024 * 1024, "thread_model": "parallel", "fail_flush": None,
       "event_log": None}
lock = threading.Lock()          # the store, every cache, the handle ids
store = None
next_id = 1


def config(key, value):
    if key == "size":
        size = nbdkit.parse_size(value)
        if size <= 0 or size % BLOCK:
            raise ValueError("closecache: size must be a positive multiple "
                             "of %d" % BLOCK)
        cfg["size"] = size
    elif key == "thread_model":
        if value not in _THREAD_MODELS:
            raise ValueError("closecache: thread_model: unknown value '%s'"
                             % value)
        cfg["thread_model"] = value
    elif key in ("fail_flush", "event_log"):
        cfg[key] = value
    else:
        raise ValueError("closecache: unknown parameter '%s'" % key)


def config_complete():
    global store
    store = bytearray(cfg["size"])


def thread_model():
    return _THREAD_MODELS[cfg["thread_model"]]


def _event(line):
    if cfg["event_log"] is not None:
        with builtins.open(cfg["event_log"], "a") as f:
            f.write(line + "\n")


class Handle:
    def __init__(self, hid, export):
        self.id = hid
        self.export = export
        self.cache = {}          # block -> [bytes, dirty]


def open(readonly):
    global next_id
    with lock:
        hid = next_id
        next_id += 1
    export = nbdkit.export_name()
    _event("open %d %s" % (hid, export))
    return Handle(hid, export)


def close(h):
    with lock:
        discarded = sum(1 for ent in h.cache.values() if ent[1])
        h.cache.clear()
    nbdkit.debug("closecache: close handle %d discarded %d dirty blocks"
                 % (h.id, discarded))
    _event("close %d %d" % (h.id, discarded))


def get_size(h):
    return cfg["size"]


def can_write(h):
    return True


def can_flush(h):
    return True


def can_multi_conn(h):
    return False


def can_fua(h):
    return nbdkit.FUA_NATIVE


def can_trim(h):
    return True


def can_zero(h):
    return True


def can_extents(h):
    return False


def _check(count, offset):
    if offset < 0 or count < 0 or offset + count > cfg["size"]:
        nbdkit.set_error(errno.EINVAL)
        raise ValueError("closecache: request beyond the end of the export")


def _blocks(count, offset):
    return range(offset // BLOCK, (offset + count + BLOCK - 1) // BLOCK)


def _view(h, blk):
    ent = h.cache.get(blk)
    if ent is not None:
        return ent[0]
    return bytes(store[blk * BLOCK:(blk + 1) * BLOCK])


def _write_back(h, blocks=None):
    n = 0
    for blk, ent in h.cache.items():
        if ent[1] and (blocks is None or blk in blocks):
            store[blk * BLOCK:(blk + 1) * BLOCK] = ent[0]
            ent[1] = False
            n += 1
    return n


def pread(h, buf, offset, flags):
    _check(len(buf), offset)
    out = bytearray()
    with lock:
        for blk in _blocks(len(buf), offset):
            data = _view(h, blk)
            if blk not in h.cache:
                h.cache[blk] = [data, False]
            out += data
    start = offset % BLOCK
    buf[:] = out[start:start + len(buf)]


def _modify(h, count, offset, flags, source):
    _check(count, offset)
    blocks = _blocks(count, offset)
    with lock:
        for blk in blocks:
            s = max(offset, blk * BLOCK)
            e = min(offset + count, (blk + 1) * BLOCK)
            data = bytearray(_view(h, blk))
            data[s - blk * BLOCK:e - blk * BLOCK] = source(s, e)
            h.cache[blk] = [bytes(data), True]
        if flags & nbdkit.FLAG_FUA:
            _write_back(h, set(blocks))


def pwrite(h, buf, offset, flags):
    mv = memoryview(buf)
    _modify(h, len(buf), offset, flags,
            lambda s, e: mv[s - offset:e - offset])


def zero(h, count, offset, flags):
    _modify(h, count, offset, flags, lambda s, e: bytes(e - s))


def trim(h, count, offset, flags):
    _modify(h, count, offset, flags, lambda s, e: bytes(e - s))


def flush(h, flags):
    if cfg["fail_flush"] is not None and os.path.exists(cfg["fail_flush"]):
        nbdkit.debug("closecache: flush handle %d failing (%s exists)"
                     % (h.id, cfg["fail_flush"]))
        nbdkit.set_error(errno.EIO)
        raise OSError(errno.EIO, "closecache: injected flush failure")
    with lock:
        n = _write_back(h)
        h.cache.clear()
    nbdkit.debug("closecache: flush handle %d wrote back %d blocks"
                 % (h.id, n))
