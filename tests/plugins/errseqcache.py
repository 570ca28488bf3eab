# errseqcache: an nbdkit python test plugin with one write-back cache
# shared by every connection, whose failed flushes behave as Linux's
# write-back does: the data being written back is dropped, and the error is
# reported once to each open handle (errseq), including the ones whose
# writes it was.
#
#   nbdkit python tests/plugins/errseqcache.py [key=value ...]
#
# Writes go into the shared cache (dirty blocks).  Reads look in the cache,
# else in the backing store.  A flush on any handle writes every dirty block
# back (the plugin advertises multi-conn: a flush covers every handle).
# While the file fail_flush names exists, a flush fails with EIO, drops
# every dirty block unwritten, and counts a failure; a handle that has not
# reported a failure counted since it was opened reports it (EIO) from its
# next flush, after writing back, once.
#
# Parameters (all optional):
#   size=BYTES       export size, multiple of 512 (default 1M)
#   fail_flush=PATH  while PATH exists, flushes fail as above
#   flush_log=PATH   append "flush <handle-id> ok|EIO" after every flush
#                    (handle ids count opens from 1)

import builtins
import errno
import os
import threading

import nbdkit

API_VERSION = 2
BLOCK = 512

cfg = {"size": 1024 * 1024, "fail_flush": None, "flush_log": None}
lock = threading.Lock()
backing = {}
dirty = {}
failures = 0
next_id = 1


class Handle:
    def __init__(self, hid, seen):
        self.id = hid
        self.seen = seen


def config(key, value):
    if key == "size":
        cfg["size"] = nbdkit.parse_size(value)
    elif key in ("fail_flush", "flush_log"):
        cfg[key] = value
    else:
        raise ValueError("errseqcache: unknown parameter %s" % key)


def thread_model():
    return nbdkit.THREAD_MODEL_PARALLEL


def open(readonly):
    global next_id
    with lock:
        h = Handle(next_id, failures)
        next_id += 1
    return h


def get_size(h):
    return cfg["size"]


def can_multi_conn(h):
    return True


def can_flush(h):
    return True


def pread(h, buf, offset, flags):
    with lock:
        for i in range(0, len(buf), BLOCK):
            b = (offset + i) // BLOCK
            buf[i:i + BLOCK] = dirty.get(b, backing.get(b, bytes(BLOCK)))


def pwrite(h, buf, offset, flags):
    with lock:
        for i in range(0, len(buf), BLOCK):
            dirty[(offset + i) // BLOCK] = bytes(buf[i:i + BLOCK])
    if flags & nbdkit.FLAG_FUA:
        flush(h, 0)


def _log(h, what):
    if cfg["flush_log"] is not None:
        with builtins.open(cfg["flush_log"], "a") as f:
            f.write("flush %d %s\n" % (h.id, what))


def flush(h, flags):
    global failures
    with lock:
        if cfg["fail_flush"] is not None and os.path.exists(cfg["fail_flush"]):
            dirty.clear()
            failures += 1
            h.seen = failures
            failed = True
        else:
            backing.update(dirty)
            dirty.clear()
            failed = h.seen != failures
            h.seen = failures
    _log(h, "EIO" if failed else "ok")
    if failed:
        nbdkit.set_error(errno.EIO)
        raise OSError(errno.EIO, "errseqcache: write-back failed")
