# wbcache: an nbdkit python test plugin with a per-connection write-back
# cache over a shared backing store.
#
#   nbdkit python tests/plugins/wbcache.py [key=value ...]
#
# Every connection (handle) keeps its own cache of 512-byte blocks.  Writes,
# zeroes and trims only touch the handle's cache (dirty blocks).  Reads look
# in the handle's cache first, else in the backing store, and then keep what
# they read in the cache (clean blocks).  A flush writes the dirty blocks of
# that handle back to the backing store and then drops the handle's whole
# cache.  Closing a handle writes its dirty blocks back.
#
# So after "write on A, flush on A", a connection B that had already read
# the same blocks still sees the old data until B itself is flushed: the
# plugin is NOT multi-conn consistent, which is what a multi-conn filter in
# emulate mode has to repair.
#
# Parameters (all optional):
#   size=BYTES          export size, multiple of 512 (default 1M)
#   dir=DIR             backing store: one file per export name in DIR
#                       ("export.img" for the default export "",
#                       "export-<percent-encoded name>.img" otherwise);
#                       default: an in-memory buffer per export name
#   fua=none|all|range  none: no FUA; all: a FUA request writes back every
#                       dirty block of the handle; range: only the blocks of
#                       the request (default range)
#   multiconn=0|1|odd|even  can_multi_conn answer (default 0); odd, even:
#                       1 on handles with odd (even) ids, 0 on the others
#   flush=0|1           can_flush answer (default 1)
#   thread_model=parallel|serialize_requests|serialize_all_requests|
#                serialize_connections                (default parallel)
#   read_delay=SECONDS  a read takes its data, sleeps, then fills the cache
#   flush_delay=SECONDS a flush sleeps before writing back
#   fail_flush=PATH     while PATH exists, flush fails with EIO and nothing
#                       is written back
#   fail_errno=NAME     errno of those failures instead of EIO (e.g. ENOSPC)
#   fail_handles=1,3    only these handle ids fail while fail_flush's file
#                       exists (default: all)
#   overlap_log=PATH    append "overlap <handle-id> <op>" whenever a call
#                       starts while another call is in flight on the same
#                       handle
#   exports=a,b,c       names returned by list_exports (default: "")
#   cache_blocks=N      at most N clean blocks are kept per handle (default
#                       65536, i.e. 32 MiB); beyond that the oldest clean
#                       blocks are dropped (dirty blocks always stay)
#   flush_log=PATH      append "flush <handle-id> <export>" to PATH after
#                       every successful flush, and "close <handle-id>
#                       <export>" when a handle has been closed (handle ids
#                       count opens from 1)
#   event_log=PATH      append "<ns> <handle-id> <op> start|end <offset>
#                       <count>" to PATH when a call starts and when it
#                       ends (op: pread, pwrite, zero, trim, cache, flush;
#                       offset and count 0 for flush), where ns is
#                       time.monotonic_ns(), the system's CLOCK_MONOTONIC,
#                       so a client on the same machine can compare it
#                       with its own times; tests use it to show that a
#                       read really was in the plugin while a flush ran

import builtins
import errno
import os
import threading
import time
import urllib.parse

import nbdkit

API_VERSION = 2

BLOCK = 512

_THREAD_MODELS = {
    "parallel": nbdkit.THREAD_MODEL_PARALLEL,
    "serialize_requests": nbdkit.THREAD_MODEL_SERIALIZE_REQUESTS,
    "serialize_all_requests": nbdkit.THREAD_MODEL_SERIALIZE_ALL_REQUESTS,
    "serialize_connections": nbdkit.THREAD_MODEL_SERIALIZE_CONNECTIONS,
}

cfg = {
    "size": 1024 * 1024,
    "dir": None,
    "fua": "range",
    "multiconn": False,
    "flush": True,
    "thread_model": "parallel",
    "read_delay": 0.0,
    "flush_delay": 0.0,
    "fail_flush": None,
    "overlap_log": None,
    "exports": [""],
    "flush_log": None,
    "event_log": None,
    "cache_blocks": 65536,
    "fail_errno": errno.EIO,
    "fail_handles": None,
}

# One lock protects the backing stores, every handle's cache and the
# in-flight counters.  Sleeps happen outside of it.
lock = threading.Lock()
stores = {}          # export name -> _MemStore or _FileStore
next_handle_id = 1


def _bool(key, value):
    v = value.strip().lower()
    if v in ("1", "true", "yes", "on"):
        return True
    if v in ("0", "false", "no", "off"):
        return False
    nbdkit.set_error(errno.EINVAL)
    raise ValueError("wbcache: %s: expected a boolean, got '%s'" % (key, value))


def _seconds(key, value):
    try:
        v = float(value)
    except ValueError:
        v = -1.0
    if v < 0:
        nbdkit.set_error(errno.EINVAL)
        raise ValueError("wbcache: %s: expected seconds, got '%s'" % (key, value))
    return v


def config(key, value):
    if key == "size":
        size = nbdkit.parse_size(value)
        if size <= 0 or size % BLOCK != 0:
            raise ValueError("wbcache: size must be a positive multiple of %d"
                             % BLOCK)
        cfg["size"] = size
    elif key == "dir":
        cfg["dir"] = value
    elif key == "fua":
        if value not in ("none", "all", "range"):
            raise ValueError("wbcache: fua: expected none, all or range, got '%s'"
                             % value)
        cfg["fua"] = value
    elif key == "multiconn":
        cfg["multiconn"] = value if value in ("odd", "even") else _bool(key, value)
    elif key == "flush":
        cfg["flush"] = _bool(key, value)
    elif key == "thread_model":
        if value not in _THREAD_MODELS:
            raise ValueError("wbcache: thread_model: unknown value '%s'" % value)
        cfg["thread_model"] = value
    elif key == "read_delay":
        cfg["read_delay"] = _seconds(key, value)
    elif key == "flush_delay":
        cfg["flush_delay"] = _seconds(key, value)
    elif key == "fail_flush":
        cfg["fail_flush"] = value
    elif key == "overlap_log":
        cfg["overlap_log"] = value
    elif key == "fail_handles":
        try:
            cfg["fail_handles"] = set(int(x) for x in value.split(",") if x)
        except ValueError:
            raise ValueError("wbcache: fail_handles: expected handle ids, "
                             "got '%s'" % value)
    elif key == "fail_errno":
        if not value.startswith("E") or not isinstance(
                getattr(errno, value, None), int):
            raise ValueError("wbcache: fail_errno: unknown errno '%s'" % value)
        cfg["fail_errno"] = getattr(errno, value)
    elif key == "cache_blocks":
        try:
            n = int(value)
        except ValueError:
            n = 0
        if n < 1:
            raise ValueError("wbcache: cache_blocks: expected a positive "
                             "number, got '%s'" % value)
        cfg["cache_blocks"] = n
    elif key == "flush_log":
        cfg["flush_log"] = value
    elif key == "event_log":
        cfg["event_log"] = value
    elif key == "exports":
        cfg["exports"] = [e for e in value.split(",")]
    else:
        raise ValueError("wbcache: unknown parameter '%s'" % key)


def config_complete():
    if cfg["dir"] is not None and not os.path.isdir(cfg["dir"]):
        raise ValueError("wbcache: dir=%s is not a directory" % cfg["dir"])


def thread_model():
    return _THREAD_MODELS[cfg["thread_model"]]


def list_exports(readonly, is_tls):
    return list(cfg["exports"])


def default_export(readonly, is_tls):
    return ""


# ----------------------------------------------------------------------
# Backing stores.  Accessed only with `lock` held.

class _MemStore:
    def __init__(self, size):
        self.data = bytearray(size)

    def read_block(self, blk):
        return bytes(self.data[blk * BLOCK:(blk + 1) * BLOCK])

    def write_block(self, blk, data):
        self.data[blk * BLOCK:(blk + 1) * BLOCK] = data


class _FileStore:
    def __init__(self, path, size):
        self.fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        if os.fstat(self.fd).st_size < size:
            os.ftruncate(self.fd, size)

    def read_block(self, blk):
        data = os.pread(self.fd, BLOCK, blk * BLOCK)
        if len(data) < BLOCK:
            data += bytes(BLOCK - len(data))
        return data

    def write_block(self, blk, data):
        os.pwrite(self.fd, data, blk * BLOCK)


def store_file_name(export):
    if export == "":
        return "export.img"
    return "export-%s.img" % urllib.parse.quote(export, safe="")


def _store(export):
    s = stores.get(export)
    if s is None:
        if cfg["dir"] is None:
            s = _MemStore(cfg["size"])
        else:
            s = _FileStore(os.path.join(cfg["dir"], store_file_name(export)),
                           cfg["size"])
        stores[export] = s
    return s


# ----------------------------------------------------------------------
# Handles.

class Handle:
    def __init__(self, hid, export):
        self.id = hid
        self.export = export
        self.cache = {}      # block number -> [bytes, dirty]
        self.inflight = 0

    def block(self, blk):
        """Current view of a block for this handle (lock held)."""
        ent = self.cache.get(blk)
        if ent is not None:
            return ent[0]
        return _store(self.export).read_block(blk)

    def trim_clean(self):
        """Drop the oldest clean blocks beyond cache_blocks. Lock held."""
        limit = cfg["cache_blocks"]
        if len(self.cache) <= limit:
            return
        target = limit - limit // 4
        for blk in [b for b, ent in self.cache.items() if not ent[1]]:
            if len(self.cache) <= target:
                break
            del self.cache[blk]

    def write_back(self, blocks=None):
        """Write dirty blocks back (all, or those in `blocks`). Lock held."""
        st = _store(self.export)
        n = 0
        for blk, ent in sorted(self.cache.items()):
            if ent[1] and (blocks is None or blk in blocks):
                st.write_block(blk, ent[0])
                ent[1] = False
                n += 1
        return n


# Serialises the lines of event_log; the time is read with it held, so the
# file is in time order.
event_lock = threading.Lock()


def _event(h, op, phase, offset, count):
    if cfg["event_log"] is None:
        return
    with event_lock:
        with builtins.open(cfg["event_log"], "a") as f:
            f.write("%d %d %s %s %d %d\n" % (time.monotonic_ns(), h.id, op,
                                             phase, offset, count))


def _enter(h, op, offset=0, count=0):
    """Count a call in flight on h; log it if it overlaps another one."""
    _event(h, op, "start", offset, count)
    with lock:
        h.inflight += 1
        overlapping = h.inflight > 1
    if overlapping and cfg["overlap_log"] is not None:
        with builtins.open(cfg["overlap_log"], "a") as f:
            f.write("overlap %d %s\n" % (h.id, op))


def _leave(h, op, offset=0, count=0):
    with lock:
        h.inflight -= 1
    _event(h, op, "end", offset, count)


def _check_range(count, offset):
    if offset < 0 or count < 0 or offset + count > cfg["size"]:
        nbdkit.set_error(errno.EINVAL)
        raise ValueError("wbcache: request beyond end of export")


def _blocks(count, offset):
    if count == 0:
        return range(0)
    return range(offset // BLOCK, (offset + count - 1) // BLOCK + 1)


def open(readonly):
    global next_handle_id
    export = nbdkit.export_name()
    with lock:
        hid = next_handle_id
        next_handle_id += 1
        _store(export)
    nbdkit.debug("wbcache: open handle %d export \"%s\"" % (hid, export))
    return Handle(hid, export)


def close(h):
    with lock:
        n = h.write_back()
        h.cache.clear()
        if cfg["flush_log"] is not None:
            with builtins.open(cfg["flush_log"], "a") as f:
                f.write("close %d %s\n" % (h.id, h.export))
    nbdkit.debug("wbcache: close handle %d wrote back %d blocks" % (h.id, n))


def get_size(h):
    return cfg["size"]


def block_size(h):
    return (1, BLOCK, 32 * 1024 * 1024)


def can_write(h):
    return True


def can_flush(h):
    return cfg["flush"]


def can_multi_conn(h):
    if cfg["multiconn"] in ("odd", "even"):
        return (h.id % 2 == 1) == (cfg["multiconn"] == "odd")
    return cfg["multiconn"]


def can_fua(h):
    return nbdkit.FUA_NONE if cfg["fua"] == "none" else nbdkit.FUA_NATIVE


def can_trim(h):
    return True


def can_zero(h):
    return True


def can_fast_zero(h):
    return True


def can_cache(h):
    return nbdkit.CACHE_NATIVE


def can_extents(h):
    return False


def pread(h, buf, offset, flags):
    _enter(h, "pread", offset, len(buf))
    try:
        count = len(buf)
        _check_range(count, offset)
        got = {}
        with lock:
            for blk in _blocks(count, offset):
                got[blk] = h.block(blk)
        if cfg["read_delay"] > 0:
            time.sleep(cfg["read_delay"])
        with lock:
            # Late fill: only blocks the cache does not hold by now, so a
            # newer write or read on this handle is never overwritten, but
            # a cache dropped by a flush meanwhile gets the old data back.
            for blk, data in got.items():
                if blk not in h.cache:
                    h.cache[blk] = [data, False]
            h.trim_clean()
        pos = 0
        for blk in _blocks(count, offset):
            start = max(offset, blk * BLOCK)
            end = min(offset + count, (blk + 1) * BLOCK)
            buf[pos:pos + end - start] = \
                got[blk][start - blk * BLOCK:end - blk * BLOCK]
            pos += end - start
    finally:
        _leave(h, "pread", offset, len(buf))


def _modify(h, op, count, offset, flags, source):
    """Shared body of pwrite/zero/trim: source(start, end) gives the new
    bytes for export range [start, end)."""
    _enter(h, op, offset, count)
    try:
        _check_range(count, offset)
        blocks = _blocks(count, offset)
        with lock:
            for blk in blocks:
                start = max(offset, blk * BLOCK)
                end = min(offset + count, (blk + 1) * BLOCK)
                if start == blk * BLOCK and end == (blk + 1) * BLOCK:
                    data = source(start, end)
                else:
                    old = bytearray(h.block(blk))
                    old[start - blk * BLOCK:end - blk * BLOCK] = \
                        source(start, end)
                    data = bytes(old)
                h.cache[blk] = [data, True]
            if flags & nbdkit.FLAG_FUA:
                if cfg["fua"] == "all":
                    h.write_back()
                else:
                    h.write_back(set(blocks))
    finally:
        _leave(h, op, offset, count)


def pwrite(h, buf, offset, flags):
    mv = memoryview(buf)
    _modify(h, "pwrite", len(buf), offset, flags,
            lambda s, e: bytes(mv[s - offset:e - offset]))


def zero(h, count, offset, flags):
    _modify(h, "zero", count, offset, flags, lambda s, e: bytes(e - s))


def trim(h, count, offset, flags):
    _modify(h, "trim", count, offset, flags, lambda s, e: bytes(e - s))


def cache(h, count, offset, flags):
    _enter(h, "cache", offset, count)
    try:
        _check_range(count, offset)
        with lock:
            for blk in _blocks(count, offset):
                if blk not in h.cache:
                    h.cache[blk] = [_store(h.export).read_block(blk), False]
            h.trim_clean()
    finally:
        _leave(h, "cache", offset, count)


def flush(h, flags):
    _enter(h, "flush")
    try:
        if cfg["flush_delay"] > 0:
            time.sleep(cfg["flush_delay"])
        if cfg["fail_flush"] is not None and \
           os.path.exists(cfg["fail_flush"]) and \
           (cfg["fail_handles"] is None or h.id in cfg["fail_handles"]):
            nbdkit.debug("wbcache: flush handle %d failing (%s exists)"
                         % (h.id, cfg["fail_flush"]))
            nbdkit.set_error(cfg["fail_errno"])
            raise OSError(cfg["fail_errno"], "wbcache: injected flush failure")
        with lock:
            n = h.write_back()
            h.cache.clear()
            if cfg["flush_log"] is not None:
                with builtins.open(cfg["flush_log"], "a") as f:
                    f.write("flush %d %s\n" % (h.id, h.export))
        nbdkit.debug("wbcache: flush handle %d wrote back %d blocks"
                     % (h.id, n))
    finally:
        _leave(h, "flush")
