"""A long-lived connection that checks cross-connection flush consistency
for the real-client tests (test-nbdcopy.sh, test-qemu-img.sh, test-fio.sh).

    /usr/bin/python3 tests/observer.py SOCKET DIR WANT [RANGES]

1. Connects to SOCKET and reads RANGES ("off:len off:len ...", default the
   whole export), which must be zero, so the filter's connection now has
   them cached; then creates DIR/observer.ready.
2. Waits for DIR/observer.go, which the test creates once the client under
   test has written and flushed on its own connections.
3. Reads the ranges again on the same connection.  They must equal WANT:
   the path of a file with the expected data, or "fresh" for what a new
   connection reads.  Exits 1, saying how many 4 KiB blocks were stale, if
   not.
"""

import os
import sys
import time

import nbd

BLOCK = 4096


def read_ranges(h, ranges):
    return b"".join(bytes(h.pread(n, off)) for off, n in ranges)


def main():
    sock, tmp, want_from = sys.argv[1:4]
    h = nbd.NBD()
    h.connect_unix(sock)
    if len(sys.argv) > 4:
        ranges = [tuple(map(int, r.split(":"))) for r in sys.argv[4].split()]
    else:
        ranges = [(0, h.get_size())]
    total = sum(n for _, n in ranges)

    if read_ranges(h, ranges) != bytes(total):
        sys.exit("observer: export not zero before the client ran")
    open(os.path.join(tmp, "observer.ready"), "w").close()

    go = os.path.join(tmp, "observer.go")
    deadline = time.monotonic() + 300
    while not os.path.exists(go):
        if time.monotonic() > deadline:
            sys.exit("observer: timed out")
        time.sleep(0.05)

    got = read_ranges(h, ranges)
    h.shutdown()
    if want_from == "fresh":
        fresh = nbd.NBD()
        fresh.connect_unix(sock)
        want = read_ranges(fresh, ranges)
        fresh.shutdown()
    else:
        with open(want_from, "rb") as f:
            parts = []
            for off, n in ranges:
                f.seek(off)
                parts.append(f.read(n))
            want = b"".join(parts)

    if want == bytes(total):
        sys.exit("FAILED: the client wrote nothing")
    bad = sum(1 for i in range(0, total, BLOCK)
              if got[i:i + BLOCK] != want[i:i + BLOCK])
    if bad:
        sys.exit("FAILED: the observer connection sees %d stale 4k blocks" % bad)
    print("ok: the observer connection sees the client's data")


main()
