#!/usr/bin/python3
# keeper: an ordinary client for tests/test-hostile-client.sh that writes,
# reads and flushes a test area while other clients misbehave, checks that
# every flushed write is visible on its other connection (the multi-conn
# promise in emulate mode), and at the end checks on a new connection that
# every write it made is still there.
#
#   keeper.py URI STOPFILE OFFSET BLOCKS [parallel|serial]
#
# parallel: two connections write their own blocks and flush in turn; after
# each flush the other connection must read what was flushed; every fifth
# round the second connection is replaced by a new one.  serial (for
# serialize_connections): one connection at a time writes, flushes, closes;
# the next one must read what the previous one wrote.  It runs until
# STOPFILE exists (and at least 10 rounds).  Exit status 0 if every check
# passed, 1 otherwise.

import os
import struct
import sys

import nbd

uri, stopfile = sys.argv[1], sys.argv[2]
offset, blocks = int(sys.argv[3]), int(sys.argv[4])
mode = sys.argv[5] if len(sys.argv) > 5 else "parallel"
BS = 4096
expect = {}
errors = []
rounds = writes = 0


def connect():
    h = nbd.NBD()
    h.connect_uri(uri)
    return h


def data(blk, gen):
    return struct.pack("<QQ", blk, gen) * (BS // 16)


def write(h, blk, gen):
    global writes
    h.pwrite(data(blk, gen), offset + blk * BS)
    expect[blk] = gen
    writes += 1


def check(h, blks, who):
    for blk in blks:
        got = bytes(h.pread(BS, offset + blk * BS))
        want = data(blk, expect[blk]) if blk in expect else bytes(BS)
        if got != want:
            errors.append("%s: block %d: got %r..., want generation %s"
                          % (who, blk, got[:16], expect.get(blk)))


try:
    if mode == "parallel":
        a, b = connect(), connect()
        while rounds < 10 or not os.path.exists(stopfile):
            rounds += 1
            w, r = (a, b) if rounds % 2 else (b, a)
            mine = [(rounds * 3 + i) % blocks for i in range(3)]
            check(r, mine, "before the write, round %d" % rounds)
            for blk in mine:
                write(w, blk, rounds)
            w.flush()
            check(r, mine, "other connection after the flush, round %d"
                  % rounds)
            if rounds % 5 == 0:
                b.shutdown()
                b = connect()
        a.shutdown()
        b.shutdown()
    else:
        last = []
        while rounds < 10 or not os.path.exists(stopfile):
            rounds += 1
            h = connect()
            check(h, last, "next connection, round %d" % rounds)
            last = [(rounds * 3 + i) % blocks for i in range(3)]
            for blk in last:
                write(h, blk, rounds)
            if rounds % 2:
                h.flush()
            h.shutdown()
    h = connect()
    check(h, range(blocks), "final check on a new connection")
    h.shutdown()
except nbd.Error as e:
    errors.append("request failed: %s" % e)

print("keeper: %d rounds, %d writes, %s"
      % (rounds, writes, "%d errors" % len(errors) if errors
         else "every write kept"))
for e in errors[:10]:
    print("keeper: FAILED: " + e)
sys.exit(1 if errors else 0)
