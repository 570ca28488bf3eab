# nbdkit python plugin: per-connection caches of large blocks with delayed
# fills, the shape of a remote or network-backed plugin.
#
# Every handle (connection) caches blocks of `block` bytes (64 KiB by
# default) of one shared in-memory store.  A read that misses fetches the
# whole block from the store, sleeps `fill_delay` seconds (the round trip to
# the remote side), and then fills its cache, unless the cache holds the
# block by then.  The plugin advertises `block` as its preferred block size.
#
# Two kinds of cache:
#
#   writeback=1 (the default): writes stay in the handle's cache (dirty)
#       until a flush or FUA write on that handle writes them back; a flush
#       also drops the handle's clean blocks.  Not multi-conn consistent by
#       itself: it needs a filter that replicates flushes (emulate mode).
#       A replicated flush that lands while a read of that handle is
#       sleeping is undone by the late fill, unless the filter keeps reads
#       and flushes of the handle apart.
#   writeback=0: writes go to the store at once (and update the writer's
#       cache); a flush or FUA write on any handle drops every handle's
#       cache, and a read fills its cache only if no flush dropped it
#       meanwhile.  Multi-conn consistent by itself, and says so.
#
# With writeback=1, writes smaller than a block from two connections to
# one block are lost whatever the filter does: each connection patches
# its own copy of the whole block, and the later write-back overwrites
# the other's bytes.  Requests of whole blocks (the preferred size, which
# multiconn-check uses by default) avoid that.
#
# Parameters:
#   size=SIZE            export size (default 64M)
#   block=BYTES          cache block, a power of two >= 512 (default 65536)
#   fill_delay=SECONDS   sleep between fetching and filling (default 0.002)
#   writeback=0|1        see above (default 1)
#   multiconn=0|1        can_multi_conn (default: 1 if writeback=0, else 0)
#   close_writeback=0|1  write dirty blocks back when a handle closes
#                        (default 1); with 0 they are lost
#   reader_after=N       a deliberate bug for writeback=0 (default 0: off):
#                        a handle whose last N requests were all reads is a
#                        "reader", and flushes on other handles stop
#                        dropping its cache, until it writes or flushes
#                        itself.  Only a connection that reads for a long
#                        stretch (a reader next to a hot writer, a reading
#                        phase) exposes it.

import errno
import threading
import time

import nbdkit

API_VERSION = 2

cfg = {
    "size": 64 * 1024 * 1024,
    "block": 65536,
    "fill_delay": 0.002,
    "writeback": True,
    "multiconn": None,
    "close_writeback": True,
    "reader_after": 0,
}

# One lock protects the store and every handle; sleeps happen outside it.
lock = threading.Lock()
store = None
handles = set()


def _bool(key, value):
    v = value.strip().lower()
    if v in ("1", "true", "yes", "on"):
        return True
    if v in ("0", "false", "no", "off"):
        return False
    raise ValueError("bigcache: %s: expected a boolean, got '%s'"
                     % (key, value))


def config(key, value):
    if key == "size":
        cfg["size"] = nbdkit.parse_size(value)
    elif key == "block":
        cfg["block"] = nbdkit.parse_size(value)
    elif key == "fill_delay":
        cfg["fill_delay"] = float(value)
        if not cfg["fill_delay"] >= 0:
            raise ValueError("bigcache: fill_delay: expected seconds")
    elif key in ("writeback", "multiconn", "close_writeback"):
        cfg[key] = _bool(key, value)
    elif key == "reader_after":
        cfg["reader_after"] = int(value)
        if cfg["reader_after"] < 0:
            raise ValueError("bigcache: reader_after: expected N >= 0")
    else:
        raise ValueError("bigcache: unknown parameter '%s'" % key)


def config_complete():
    global store
    bs = cfg["block"]
    if bs < 512 or bs & (bs - 1):
        raise ValueError("bigcache: block must be a power of two >= 512")
    if cfg["size"] <= 0 or cfg["size"] % bs:
        raise ValueError("bigcache: size must be a positive multiple of "
                         "block")
    if cfg["multiconn"] is None:
        cfg["multiconn"] = not cfg["writeback"]
    store = bytearray(cfg["size"])


def thread_model():
    return nbdkit.THREAD_MODEL_PARALLEL


class Handle:
    def __init__(self):
        self.cache = {}          # block -> [bytes, dirty]
        self.gen = 0             # bumped whenever a flush drops the cache
        self.reads_in_row = 0    # reads since this handle last wrote


def open(readonly):
    h = Handle()
    with lock:
        handles.add(h)
    return h


def close(h):
    with lock:
        if cfg["close_writeback"]:
            _write_back(h)
        handles.discard(h)


def get_size(h):
    return cfg["size"]


def block_size(h):
    return (1, cfg["block"], 32 * 1024 * 1024)


def can_write(h):
    return True


def can_flush(h):
    return True


def can_fua(h):
    return nbdkit.FUA_NATIVE


def can_multi_conn(h):
    return cfg["multiconn"]


# ----------------------------------------------------------------------
# Blocks.  _helpers run with `lock` held.

def _blocks(count, offset):
    bs = cfg["block"]
    if count == 0:
        return range(0)
    return range(offset // bs, (offset + count - 1) // bs + 1)


def _stored(blk):
    bs = cfg["block"]
    return bytes(store[blk * bs:(blk + 1) * bs])


def _view(h, blk):
    ent = h.cache.get(blk)
    return ent[0] if ent is not None else _stored(blk)


def _write_back(h, blocks=None):
    bs = cfg["block"]
    for blk, ent in h.cache.items():
        if ent[1] and (blocks is None or blk in blocks):
            store[blk * bs:(blk + 1) * bs] = ent[0]
            ent[1] = False


def _drop(h):
    h.cache.clear()
    h.gen += 1


def _flush_all(by):
    """writeback=0: a flush (or FUA write) on handle `by` drops every
    handle's cache, except, with the reader_after bug, other readers'."""
    n = cfg["reader_after"]
    for other in handles:
        if other is by or not n or other.reads_in_row < n:
            _drop(other)


def _check(count, offset):
    if offset < 0 or offset + count > cfg["size"]:
        nbdkit.set_error(errno.EINVAL)
        raise ValueError("bigcache: request beyond the end of the export")


# ----------------------------------------------------------------------
# Data.

def pread(h, buf, offset, flags):
    count = len(buf)
    _check(count, offset)
    bs = cfg["block"]
    blocks = _blocks(count, offset)
    with lock:
        h.reads_in_row += 1
        gen = h.gen
        got = {blk: h.cache[blk][0] for blk in blocks if blk in h.cache}
        missing = [blk for blk in blocks if blk not in got]
        for blk in missing:
            got[blk] = _stored(blk)
    if missing and cfg["fill_delay"] > 0:
        time.sleep(cfg["fill_delay"])
    if missing:
        with lock:
            # writeback=1 fills whatever the cache lacks now, even if a
            # flush dropped it meanwhile; writeback=0 only if none did.
            if cfg["writeback"] or h.gen == gen:
                for blk in missing:
                    if blk not in h.cache:
                        h.cache[blk] = [got[blk], False]
    pos = 0
    for blk in blocks:
        start = max(offset, blk * bs)
        end = min(offset + count, (blk + 1) * bs)
        buf[pos:pos + end - start] = got[blk][start - blk * bs:end - blk * bs]
        pos += end - start


def pwrite(h, buf, offset, flags):
    count = len(buf)
    _check(count, offset)
    bs = cfg["block"]
    mv = memoryview(buf)
    blocks = _blocks(count, offset)
    with lock:
        h.reads_in_row = 0
        for blk in blocks:
            start = max(offset, blk * bs)
            end = min(offset + count, (blk + 1) * bs)
            piece = mv[start - offset:end - offset]
            if end - start == bs:
                data = bytes(piece)
            else:
                old = bytearray(_view(h, blk))
                old[start - blk * bs:end - blk * bs] = piece
                data = bytes(old)
            if cfg["writeback"]:
                h.cache[blk] = [data, True]
            else:
                store[blk * bs:(blk + 1) * bs] = data
                if blk in h.cache:
                    h.cache[blk] = [data, False]
        if flags & nbdkit.FLAG_FUA:
            if cfg["writeback"]:
                _write_back(h, set(blocks))
            else:
                _flush_all(h)


def flush(h, flags):
    with lock:
        if cfg["writeback"]:
            _write_back(h)
            _drop(h)
        else:
            h.reads_in_row = 0
            _flush_all(h)
