#!/usr/bin/python3
# Compare two builds of the filter end to end: fio 4k randrw over the
# memory plugin (emulate mode), without flushes and with --fsync=N, the
# builds alternating run by run (A B, then B A, ...), medians and ranges
# reported.  The fio setup is that of scripts/bench.sh sections (b) and (f).
#
# Usage: scripts/bench/ab.py [--rounds N] [--fsync N] [--runtime S]
#                            NAME_A=A.so NAME_B=B.so
#
# Prints one line per run on stderr and a Markdown table on stdout.  It
# reports; it never fails because something is slow.

import argparse
import os
import shlex
import shutil
import statistics
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--fsync", type=int, default=32)
    ap.add_argument("--runtime", type=float, default=5.0)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--iodepth", type=int, default=16)
    ap.add_argument("builds", nargs=2, metavar="NAME=PATH")
    args = ap.parse_args()

    tmpdir = tempfile.mkdtemp(prefix="multiconn-ab.")
    try:
        names, filters = [], {}
        for b in args.builds:
            name, _, path = b.partition("=")
            # A private copy: the build tree may be rebuilt meanwhile.
            copy = os.path.join(tmpdir, name + ".so")
            shutil.copy2(path, copy)
            names.append(name)
            filters[name] = ["--filter=" + copy]
        cases = [("no flushes", 0), ("--fsync=%d" % args.fsync, args.fsync)]
        iops = {(c, n): [] for c, _ in cases for n in names}
        for r in range(args.rounds):
            for c, fs in cases:
                for n in bench.rotate(names, r):
                    run = "%s %s client-fio $uri %g %d %d %s" % (
                        bench.PY, shlex.quote(bench.__file__), args.runtime,
                        args.jobs, args.iodepth, shlex.quote(tmpdir))
                    if fs:
                        run += " --fsync %d" % fs
                    res = bench.run_nbdkit(
                        filters[n], ["memory"],
                        ["size=" + bench.FIO_SIZE, "multi-conn-mode=emulate"],
                        run, 300, prefix=bench.SERVER_CPUS)
                    iops[(c, n)].append(res["iops"])
                    bench.log("round %d  %-12s %-6s %10.0f IOPS"
                              % (r + 1, c, n, res["iops"]))
        a, b = names
        print("| case | %s median (range) | %s median (range) | %s / %s |"
              % (a, b, a, b))
        print("|---|---:|---:|---:|")
        for c, _ in cases:
            xa, xb = iops[(c, a)], iops[(c, b)]
            ma, mb = statistics.median(xa), statistics.median(xb)
            print("| %s | %.0f (%.0f–%.0f) | %.0f (%.0f–%.0f) | %.3f |"
                  % (c, ma, min(xa), max(xa), mb, min(xb), max(xb), ma / mb))
        print()
        for c, _ in cases:
            for n in names:
                print("- %s, %s: %s" % (c, n, ", ".join(
                    "%.0f" % x for x in iops[(c, n)])))
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
