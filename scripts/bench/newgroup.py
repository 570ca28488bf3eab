# A new group on a busy server, run by hand inside nbdkit --run (see
# BENCHMARKS.md, sections (i) and (j)): with multi-conn-exportname=true,
# N connections to export "a" each write 512 bytes and connection 0
# flushes, three times (the group is warm); then N fresh connections to
# export "b" do the same once: the new group's first flush and its second
# are timed.  Prints one line "RESULT <json>" (milliseconds).
#
#   nbdkit -U - --filter=target/release/libmulticonn.so memory size=64M \
#       multi-conn-mode=emulate multi-conn-exportname=true \
#       --run '/usr/bin/python3 scripts/bench/newgroup.py $unixsocket 256'

import json
import resource
import sys
import time

import nbd

sock, n = sys.argv[1], int(sys.argv[2])
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
want = 2 * n + 64
if soft != resource.RLIM_INFINITY and soft < want:
    resource.setrlimit(resource.RLIMIT_NOFILE,
                       (want if hard == resource.RLIM_INFINITY
                        else min(want, hard), hard))


def connect(name):
    handles = []
    for _ in range(n):
        h = nbd.NBD()
        h.set_export_name(name)
        h.connect_unix(sock)
        handles.append(h)
    return handles


def write_and_flush(handles):
    buf = b"\x5a" * 512
    for i, h in enumerate(handles):
        h.pwrite(buf, i * 512)
    t0 = time.perf_counter()
    handles[0].flush()
    return (time.perf_counter() - t0) * 1000.0


a = connect("a")
warm = [write_and_flush(a) for _ in range(3)]
b = connect("b")
first = write_and_flush(b)
second = write_and_flush(b)
print("RESULT " + json.dumps({"warm_a": warm[-1], "first_b": first,
                              "second_b": second}), flush=True)
