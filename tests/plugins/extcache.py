# extcache: an nbdkit python test plugin that caches block status per
# connection, as a plugin over a remote store might.
#
#   nbdkit python tests/plugins/extcache.py [size=BYTES] [at_open=0|1]
#
# Data is one shared in-memory store (writes land in it at once, reads
# always see it).  What a connection caches is block status: the first
# extents request for a 4 KiB block remembers whether it was allocated, and
# later requests answer from that memory until the connection's next flush,
# which drops it.  With at_open=1 a connection remembers the whole map
# when it opens.  So after "B asks for block status, A writes and flushes",
# B still calls the written block a hole until B itself is flushed: the
# plugin is not multi-conn consistent for block status, and a copy that
# skips holes (as nbdcopy does) loses A's data unless B is flushed.

import builtins
import threading

import nbdkit

API_VERSION = 2
BLOCK = 4096

cfg = {"size": 1024 * 1024, "at_open": False}
lock = threading.Lock()
store = None
allocated = set()


def config(key, value):
    if key == "size":
        size = nbdkit.parse_size(value)
        if size <= 0 or size % BLOCK:
            raise ValueError("extcache: size must be a positive multiple "
                             "of %d" % BLOCK)
        cfg["size"] = size
    elif key == "at_open":
        cfg["at_open"] = value == "1"
    else:
        raise ValueError("extcache: unknown parameter '%s'" % key)


def config_complete():
    global store
    store = bytearray(cfg["size"])


def thread_model():
    return nbdkit.THREAD_MODEL_PARALLEL


def open(readonly):
    h = {"status": {}}
    if cfg["at_open"]:
        with lock:
            h["status"] = {b: b in allocated
                           for b in range(cfg["size"] // BLOCK)}
    return h


def get_size(h):
    return cfg["size"]


def can_write(h):
    return True


def can_flush(h):
    return True


def can_multi_conn(h):
    return False


def can_extents(h):
    return True


def pread(h, buf, offset, flags):
    with lock:
        buf[:] = store[offset:offset + len(buf)]


def pwrite(h, buf, offset, flags):
    with lock:
        store[offset:offset + len(buf)] = buf
        for b in range(offset // BLOCK, (offset + len(buf) - 1) // BLOCK + 1):
            allocated.add(b)


def flush(h, flags):
    with lock:
        h["status"] = {}


def extents(h, count, offset, flags):
    out = []
    with lock:
        b = offset // BLOCK
        end = offset + count
        while b * BLOCK < end:
            if b not in h["status"]:
                h["status"][b] = b in allocated
            kind = 0 if h["status"][b] else (nbdkit.EXTENT_HOLE |
                                             nbdkit.EXTENT_ZERO)
            out.append((b * BLOCK, BLOCK, kind))
            b += 1
    return out
