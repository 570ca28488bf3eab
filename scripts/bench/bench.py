#!/usr/bin/python3
# Benchmark driver for the multiconn filter (called by scripts/bench.sh).
#
# "run" measures; the "client-*" subcommands are what each nbdkit server
# runs through --run, and print one line "RESULT <json>" on stdout.
#
# Every benchmark is run against three variants:
#   none    no filter at all
#   nbdkit  nbdkit's own filter (--filter=multi-conn)
#   ours    this project's filter (--filter=.../libmulticonn.so)
# Rounds are interleaved (for each round, every case, every variant, with
# the variant order rotated from round to round) and medians are reported.
# Nothing here passes or fails on speed: it reports.

import argparse
import datetime
import hashlib
import json
import os
import platform
import re
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PLUGIN = os.path.join(HERE, "latency.py")
# The test plugin with per-connection write-back caches (section e).
WBCACHE = os.path.join(HERE, "..", "..", "tests", "plugins", "wbcache.py")
PY = "/usr/bin/python3"
# Blocks read back through the filter after the copy out of the export.
COPY_SAMPLES = 32
# fio: seconds run before measuring (the memory plugin's pages get
# allocated), and the size of the export.
FIO_RAMP_S = 2
FIO_SIZE = "64M"
# What nbdkit says when it cannot start a thread for a connection.
THREAD_TROUBLE = re.compile(r"pthread|thread|Resource temporarily "
                            r"unavailable|Cannot allocate memory", re.I)


def pinning():
    """CPU pinning for fio: the server on CPU 0, the client on CPU 1, so
    that the two do not take turns on the same core at random (the largest
    source of noise between rounds).  Empty lists where that is not
    possible, or with MULTICONN_BENCH_UNPINNED=1 (as users run them)."""
    if os.environ.get("MULTICONN_BENCH_UNPINNED") == "1":
        return [], []
    if (os.cpu_count() or 1) >= 2 and shutil.which("taskset"):
        return ["taskset", "-c", "0"], ["taskset", "-c", "1"]
    return [], []


SERVER_CPUS, CLIENT_CPUS = pinning()

VARIANT_NAMES = {
    "none": "no filter",
    "nbdkit": "nbdkit multi-conn filter",
    "ours": "multiconn (this project)",
}


# ---------------------------------------------------------------------------
# Clients (run inside nbdkit --run)

def result(obj):
    print("RESULT " + json.dumps(obj), flush=True)


def raise_nofile(need):
    """Raise the soft limit on open files to at least need (up to the
    hard limit); returns the soft limit in force afterwards."""
    import resource
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < need:
        new = need if hard == resource.RLIM_INFINITY else min(need, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (new, hard))
        soft = new
    return soft


def client_flush(sock, n, iters, warmup):
    """N connections all read, connection 0 writes, time a flush on it."""
    import nbd
    raise_nofile(n + 64)
    handles = []
    for _ in range(n):
        h = nbd.NBD()
        h.connect_unix(sock)
        handles.append(h)
    buf = b"\x5a" * 4096
    times = []
    for i in range(warmup + iters):
        for h in handles:
            h.pread(4096, 0)
        handles[0].pwrite(buf, 0)
        t0 = time.perf_counter()
        handles[0].flush()
        t1 = time.perf_counter()
        if i >= warmup:
            times.append((t1 - t0) * 1000.0)
    multi = bool(handles[0].can_multi_conn())
    for h in handles:
        h.shutdown()
    result({"ms": times, "can_multi_conn": multi})


def client_first(sock, n, flushes):
    """(i) N fresh connections each write 512 bytes, then connection 0
    flushes; `flushes` times over, a write on every connection before each.
    The first flush is the group's (and the server's) first."""
    import nbd
    raise_nofile(n + 64)
    handles = []
    for _ in range(n):
        h = nbd.NBD()
        h.connect_unix(sock)
        handles.append(h)
    buf = b"\x5a" * 512
    times = []
    for _ in range(flushes):
        for i, h in enumerate(handles):
            h.pwrite(buf, i * 512)
        t0 = time.perf_counter()
        handles[0].flush()
        t1 = time.perf_counter()
        times.append((t1 - t0) * 1000.0)
    for h in handles:
        h.shutdown()
    result({"ms": times})


def client_readers(sock, n, iters, warmup):
    """(j) N connections each read 512 bytes, the last one writes, the
    first one flushes (timed)."""
    import nbd
    raise_nofile(n + 64)
    handles = []
    for _ in range(n):
        h = nbd.NBD()
        h.connect_unix(sock)
        handles.append(h)
    buf = b"\x5a" * 512
    times = []
    for it in range(warmup + iters):
        for i, h in enumerate(handles):
            h.pread(512, i * 512)
        handles[-1].pwrite(buf, 0)
        t0 = time.perf_counter()
        handles[0].flush()
        t1 = time.perf_counter()
        if it >= warmup:
            times.append((t1 - t0) * 1000.0)
    for h in handles:
        h.shutdown()
    result({"ms": times})


def client_parflush(sock, n, iters):
    """The plugin alone: N connections flush at the same time (after one
    warm-up, iters times)."""
    import nbd
    handles = []
    for _ in range(n):
        h = nbd.NBD()
        h.connect_unix(sock)
        handles.append(h)
    times = []
    for i in range(iters + 1):
        t0 = time.perf_counter()
        cookies = [h.aio_flush() for h in handles]
        for h, c in zip(handles, cookies):
            while not h.aio_command_completed(c):
                h.poll(-1)
        t1 = time.perf_counter()
        if i > 0:
            times.append((t1 - t0) * 1000.0)
    for h in handles:
        h.shutdown()
    result({"ms": times})


def client_fio(uri, runtime, jobs, iodepth, tmpdir, fsync=0,
               ramp=FIO_RAMP_S):
    """fio randrw; with fsync N, fio's --fsync=N (an fsync, which the nbd
    engine sends as an NBD flush, every N writes)."""
    out = os.path.join(tmpdir, "fio-%d.json" % os.getpid())
    cmd = CLIENT_CPUS + [
           "fio", "--name=randrw", "--ioengine=nbd", "--uri=" + uri,
           "--rw=randrw", "--bs=4k", "--iodepth=%d" % iodepth,
           "--numjobs=%d" % jobs, "--runtime=%g" % runtime, "--time_based",
           "--ramp_time=%g" % ramp,
           "--group_reporting", "--output-format=json", "--output=" + out]
    if fsync:
        cmd.append("--fsync=%d" % fsync)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    with open(out) as f:
        data = json.load(f)
    os.unlink(out)
    iops = sum(j["read"]["iops"] + j["write"]["iops"] for j in data["jobs"])
    errors = sum(j.get("error", 0) for j in data["jobs"])
    res = {"iops": iops, "errors": errors}
    if fsync:
        jobs = data["jobs"]
        res["reads"] = sum(j["read"]["total_ios"] for j in jobs)
        res["writes"] = sum(j["write"]["total_ios"] for j in jobs)
        res["syncs"] = sum(j.get("sync", {}).get("total_ios", 0) for j in jobs)
    result(res)


def client_stall(sock, iters, settle_ms, after_ms, span):
    """(g) Connection A (export name "slow", whose flushes are slow) writes
    a block; connection B has read a block and keeps reading 4 KiB blocks
    one at a time, sequentially over span blocks, in a thread of its own;
    connection C flushes.  For each iteration: C's flush latency, and B's
    reads that overlapped it (worst, median, how many), and B's reads in
    the settle_ms before it (for comparison)."""
    import nbd
    import threading
    a = nbd.NBD()
    a.set_export_name("slow")
    a.connect_unix(sock)
    b = nbd.NBD()
    b.connect_unix(sock)
    c = nbd.NBD()
    c.connect_unix(sock)
    b.pread(4096, 0)
    reads = []                  # (start, end) of every read of B's loop
    stop = threading.Event()

    def reader():
        blk = 1
        while not stop.is_set():
            t0 = time.perf_counter()
            b.pread(4096, blk * 4096)
            reads.append((t0, time.perf_counter()))
            blk = blk % (span - 1) + 1

    th = threading.Thread(target=reader, daemon=True)
    th.start()
    buf = b"\xa5" * 4096
    windows = []
    for _ in range(iters):
        a.pwrite(buf, 0)
        time.sleep(settle_ms / 1000.0)
        t0 = time.perf_counter()
        c.flush()
        t1 = time.perf_counter()
        windows.append((t0, t1))
        time.sleep(after_ms / 1000.0)
    stop.set()
    th.join()
    out = []
    for t0, t1 in windows:
        during = [(e - s) * 1000.0 for s, e in reads if e > t0 and s < t1]
        before = [(e - s) * 1000.0 for s, e in reads
                  if s >= t0 - settle_ms / 1000.0 and e <= t0]
        out.append({"flush_ms": (t1 - t0) * 1000.0,
                    "b_reads": len(during),
                    "b_max_ms": max(during) if during else None,
                    "b_median_ms": median(during) if during else None,
                    "b_before_reads": len(before),
                    "b_before_median_ms": median(before) if before else None,
                    "b_before_max_ms": max(before) if before else None})
    multi = bool(c.can_multi_conn())
    for h in (a, b, c):
        h.shutdown()
    result({"iterations": out, "can_multi_conn": multi})


def client_copy(uri, src, dst, conns, pin, reqsize):
    """Copy src into the export, then the export out to null:.

    The export is the file dst (under the server's delay stack); the copy
    in is checked by comparing dst with src afterwards, the copy out (whose
    bytes nbdcopy discards) by reading sample blocks back and comparing
    them with src.
    """
    import nbd
    import random
    h = nbd.NBD()
    h.connect_uri(uri)
    multi = bool(h.can_multi_conn())
    if pin:
        conns = 1
    used = conns if multi else 1
    base = ["nbdcopy", "--connections=%d" % conns, "--threads=%d" % conns,
            "--request-size=%d" % reqsize]
    size = os.path.getsize(src)

    t0 = time.perf_counter()
    subprocess.run(base + ["--flush", src, uri], check=True)
    t1 = time.perf_counter()
    subprocess.run(base + [uri, "null:"], check=True)
    t2 = time.perf_counter()

    same_in = file_digest(src) == file_digest(dst)
    rng = random.Random(size)
    same_out = True
    with open(src, "rb") as f:
        for _ in range(COPY_SAMPLES):
            off = rng.randrange(size // reqsize) * reqsize
            f.seek(off)
            if bytes(h.pread(reqsize, off)) != f.read(reqsize):
                same_out = False
    h.shutdown()
    result({"into_s": t1 - t0, "out_s": t2 - t1, "bytes": size,
            "connections": used, "can_multi_conn": multi,
            "same": same_in and same_out})


def file_digest(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while True:
            b = f.read(1 << 20)
            if not b:
                break
            h.update(b)
    return h.hexdigest()


# ---------------------------------------------------------------------------
# Server runner

class BenchError(Exception):
    pass


def run_nbdkit(filter_args, plugin, plugin_args, run_cmd, timeout,
               prefix=()):
    cmd = (list(prefix) + ["nbdkit", "-U", "-"] + filter_args + plugin
           + plugin_args + ["--run", run_cmd])
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, start_new_session=True)
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.communicate()
        raise BenchError("timed out after %ds: %s" % (timeout, shlex.join(cmd)))
    if p.returncode != 0:
        raise BenchError("exit %d: %s\n%s" % (p.returncode, shlex.join(cmd),
                                              err.strip()))
    for line in out.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[7:])
    raise BenchError("no result from: %s\n%s" % (shlex.join(cmd), err.strip()))


def rotate(seq, k):
    k %= len(seq)
    return seq[k:] + seq[:k]


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def median(xs):
    return statistics.median(xs) if xs else float("nan")


# ---------------------------------------------------------------------------
# Benchmarks

def bench_flush(cfg, variants, filters):
    """(a) emulated flush latency vs number of connections."""
    ns = cfg["flush_ns"]
    samples = {(v, n): [] for v in variants for n in ns}
    round_meds = {(v, n): [] for v in variants for n in ns}
    multi = {}
    plugin = ["python", PLUGIN]
    pargs = ["size=16M", "flush_ms=%g" % cfg["flush_ms"],
             "thread_model=parallel", "multiconn=0"]
    # First the plugin alone: without a filter, N connections flush at
    # once.  This shows that it runs flushes of different connections at
    # the same time (serial flushes would take N times the flush delay), and
    # what N simultaneous flushes cost in the plugin and nbdkit themselves:
    # the floor for an emulated flush to N connections.
    par = {}
    for n in ns:
        run = "%s %s client-parflush $unixsocket %d %d" % (
            PY, shlex.quote(__file__), n, cfg["flush_iters"])
        par[n] = median(run_nbdkit([], plugin, pargs, run,
                                   cfg["timeout"])["ms"])
        log("  plugin alone: %d simultaneous flushes take %.1f ms" %
            (n, par[n]))
    for r in range(cfg["rounds"]):
        for n in ns:
            for v in rotate(variants, r + n):
                fargs = filters[v]
                extra = [] if v == "none" else ["multi-conn-mode=emulate"]
                run = "%s %s client-flush $unixsocket %d %d %d" % (
                    PY, shlex.quote(__file__), n, cfg["flush_iters"], 1)
                res = run_nbdkit(fargs, plugin, pargs + extra, run,
                                 cfg["timeout"])
                samples[(v, n)] += res["ms"]
                round_meds[(v, n)].append(median(res["ms"]))
                multi[v] = res["can_multi_conn"]
                log("  flush  round %d  N=%-3d %-7s median %8.2f ms" %
                    (r + 1, n, v, median(res["ms"])))
    return {"samples": {"%s/%d" % k: s for k, s in samples.items()},
            "median": {"%s/%d" % k: median(s) for k, s in samples.items()},
            "round_medians": {"%s/%d" % k: s for k, s in round_meds.items()},
            "can_multi_conn": multi,
            "parallel_ms": {str(n): ms for n, ms in par.items()}}


def bench_fio(cfg, variants, filters, tmpdir):
    """(b) fio 4k randrw over the memory plugin."""
    iops = {v: [] for v in variants}
    errors = 0
    for r in range(cfg["fio_rounds"]):
        for v in rotate(variants, r):
            extra = [] if v == "none" else ["multi-conn-mode=emulate"]
            run = "%s %s client-fio $uri %g %d %d %s" % (
                PY, shlex.quote(__file__), cfg["fio_runtime"], cfg["fio_jobs"],
                cfg["fio_iodepth"], shlex.quote(tmpdir))
            res = run_nbdkit(filters[v], ["memory"], ["size=" + FIO_SIZE] + extra,
                             run, cfg["timeout"], prefix=SERVER_CPUS)
            iops[v].append(res["iops"])
            errors += res["errors"]
            log("  fio    round %d  %-7s %10.0f IOPS" % (r + 1, v, res["iops"]))
    return {"iops": iops, "median": {v: median(x) for v, x in iops.items()},
            "errors": errors}


def fill(path, size, chunk):
    """Write size bytes of chunk() into path, in place: an existing file
    keeps its pages (no truncation), so a rewrite faults in no new memory."""
    mode = "r+b" if os.path.exists(path) else "wb"
    with open(path, mode) as f:
        left = size
        while left > 0:
            b = chunk(min(left, 1 << 20))
            f.write(b)
            left -= len(b)


def copy_dir(tmpdir, need):
    """A memory-backed directory for the images if there is room."""
    shm = "/dev/shm"
    try:
        st = os.statvfs(shm)
        if st.f_bavail * st.f_frsize > 2 * need:
            return tempfile.mkdtemp(prefix="multiconn-bench.", dir=shm)
    except OSError:
        pass
    return tmpdir


def bench_copy(cfg, variants, filters, tmpdir):
    """(c) nbdcopy into and out of a latency-bound serialize_requests stack.

    The stack under the filter being measured is
      --filter=noparallel --filter=delay file DST serialize=requests
    so every connection has its own strictly serialized handle and every
    read and write costs a fixed delay.  The file plugin is multi-conn safe,
    so the no-filter run is pinned to one connection: that is what a client
    does with a plugin that does not advertise multi-conn.

    Both images live in memory (/dev/shm when it has room) and are written
    once before the first round; later rounds rewrite them in place and the
    copy out goes to null:.  Neither side of a timed copy then faults in
    fresh memory, which on a virtual machine can cost as much as the copy
    (see copy_fault_s in the results).
    """
    size = cfg["copy_size"]
    where = copy_dir(tmpdir, 2 * size)
    src = os.path.join(where, "copy-src.img")
    dst = os.path.join(where, "copy-dst.img")
    try:
        fill(src, size, os.urandom)
        t0 = time.perf_counter()
        fill(dst, size, bytes)
        fault_s = time.perf_counter() - t0
        below = ["--filter=noparallel", "--filter=delay"]
        pargs = [dst, "serialize=requests",
                 "rdelay=%gms" % cfg["copy_delay_ms"],
                 "wdelay=%gms" % cfg["copy_delay_ms"]]
        runs = {v: [] for v in variants}
        for r in range(cfg["rounds"]):
            for v in rotate(variants, r):
                fill(dst, size, bytes)  # the copy in must change every byte
                extra = [] if v == "none" else ["multi-conn-mode=emulate"]
                run = "%s %s client-copy $uri %s %s %d %d %d" % (
                    PY, shlex.quote(__file__), shlex.quote(src),
                    shlex.quote(dst), cfg["copy_conns"],
                    1 if v == "none" else 0, cfg["copy_reqsize"])
                res = run_nbdkit(filters[v] + below, ["file"], pargs + extra,
                                 run, cfg["timeout"])
                runs[v].append(res)
                log("  copy   round %d  %-7s conns=%d into %6.2f s  "
                    "out %6.2f s%s" %
                    (r + 1, v, res["connections"], res["into_s"],
                     res["out_s"], "" if res["same"] else "  DATA MISMATCH"))
    finally:
        for f in (src, dst):
            if os.path.exists(f):
                os.unlink(f)
        if where != tmpdir:
            os.rmdir(where)
    summary = {}
    for v, rs in runs.items():
        mb = size / 1e6
        summary[v] = {
            "connections": rs[0]["connections"],
            "into_mbs": median([mb / x["into_s"] for x in rs]),
            "out_mbs": median([mb / x["out_s"] for x in rs]),
            "into_s": median([x["into_s"] for x in rs]),
            "out_s": median([x["out_s"] for x in rs]),
            "all_same": all(x["same"] for x in rs),
        }
    return {"runs": runs, "summary": summary, "in_memory": where != tmpdir,
            "copy_fault_s": fault_s}


CARGO_BENCHES = ["datapath", "fanout"]


def bench_cargo(top, cargo):
    """(d) the in-process benchmarks: the data path's cost per call
    (benches/datapath.rs) and one flush among many connections
    (benches/fanout.rs), each against nbdkit's filter."""
    if not cargo:
        return {"skipped": "cargo not found"}
    lines = []
    for name in CARGO_BENCHES:
        if not os.path.exists(os.path.join(top, "benches", name + ".rs")):
            return {"skipped": "benches/%s.rs does not exist" % name,
                    "lines": lines}
        p = subprocess.run([cargo, "bench", "--bench", name], cwd=top,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True)
        lines += [l for l in p.stdout.splitlines() if l.strip()]
        if p.returncode != 0:
            return {"skipped": "cargo bench --bench %s failed (exit %d): %s" %
                    (name, p.returncode,
                     (p.stderr.strip().splitlines() or [""])[-1]),
                    "lines": lines}
    return {"lines": lines}


def emulate_args(v):
    return [] if v == "none" else ["multi-conn-mode=emulate"]


def fio_flush_args(cfg, v):
    """(f): the filters' mode, emulate unless MULTICONN_BENCH_FIO_MODE
    says otherwise (auto, over the memory plugin, resolves to plugin)."""
    return [] if v == "none" else ["multi-conn-mode=" + cfg["fio_mode"]]


def stats_flushes(path):
    """Flushes counted by nbdkit's stats filter in its statsfile: the line
    "flush: N ops, ..." (the filter leaves out operations it never saw, so
    no line means none).  None if there is no statsfile."""
    try:
        with open(path) as f:
            text = f.read()
    except OSError:
        return None
    counts = {}
    for line in text.splitlines():
        for op in ("read", "write", "flush", "zero", "trim"):
            if line.startswith(op + ": ") and " ops" in line:
                counts[op] = int(line.split()[1])
    return counts


def run_checker(cmd, timeout):
    """Run scripts/multiconn-check; returns (exit status, its final JSON
    object or None, the last lines of its stderr)."""
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, start_new_session=True)
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.communicate()
        return None, None, "timed out after %ds" % timeout
    obj = None
    for line in out.splitlines():
        if line.startswith("JSON "):
            try:
                obj = json.loads(line[5:])
            except ValueError:
                pass
    return p.returncode, obj, "\n".join(err.strip().splitlines()[-5:])


def checker_path(top):
    """The load generator of section (e); MULTICONN_BENCH_CHECKER names
    another build of it."""
    return (os.environ.get("MULTICONN_BENCH_CHECKER")
            or os.path.join(top, "scripts", "multiconn-check"))


def bench_mix(cfg, variants, filters, top, tmpdir):
    """(e) Flush-heavy concurrent load from scripts/multiconn-check over
    tests/plugins/wbcache.py, with nbdkit's stats filter between the filter
    under test and the plugin counting the flushes the plugin receives."""
    checker = checker_path(top)
    if not os.access(checker, os.X_OK):
        return {"skipped": "scripts/multiconn-check does not exist (or is "
                "not executable)"}
    setups = cfg["mix_setups"]
    runs = {"%s/%s" % (m, v): [] for m, _, _ in setups for v in variants}
    errors = []
    for r in range(cfg["rounds"]):
        seed = cfg["mix_seed"] + r
        for i, (model, k, d) in enumerate(setups):
            for v in rotate(variants, r + i):
                statsfile = os.path.join(tmpdir, "stats-mix.txt")
                if os.path.exists(statsfile):
                    os.unlink(statsfile)
                cmd = ([checker, "-k", str(k), "-d", str(d),
                        "-t", "%g" % cfg["mix_seconds"],
                        "--mix", cfg["mix"], "--fua", str(cfg["mix_fua"]),
                        "--seed", str(seed), "--json", "--", "nbdkit"]
                       + filters[v] + ["--filter=stats", "python", WBCACHE,
                                       "statsfile=" + statsfile,
                                       "thread_model=" + model]
                       + cfg["mix_plugin_args"] + emulate_args(v))
                rc, obj, err = run_checker(cmd, cfg["mix_seconds"] + 120)
                key = "%s/%s" % (model, v)
                if obj is None or rc not in (0, 1):
                    msg = "%s %s round %d: exit %s: %s" % (
                        model, v, r + 1, rc, err or "no JSON line")
                    errors.append(msg)
                    log("  mix    " + msg)
                    continue
                st = stats_flushes(statsfile)
                counts = obj.get("counts", {})
                client = counts.get("flush", 0) + counts.get("fua_write", 0)
                run = {"seed": seed, "exit": rc,
                       "ops": obj.get("ops"), "ops_per_s": obj.get("ops_per_s"),
                       "seconds": obj.get("seconds"), "counts": counts,
                       "violations": obj.get("violations"),
                       "multi_conn": obj.get("multi_conn"),
                       "first_violation_s": obj.get("first_violation_s"),
                       "client_flushes": client,
                       "plugin_flushes": st.get("flush", 0) if st else None,
                       "plugin_ops": st}
                run["flush_ratio"] = (run["plugin_flushes"] / client
                                      if client and st else None)
                runs[key].append(run)
                log("  mix    round %d  %-18s %-7s %7.0f ops/s  stale "
                    "reads %-5s plugin flushes per client flush %s" %
                    (r + 1, model, v, run["ops_per_s"] or 0,
                     run["violations"], fmt(run["flush_ratio"], ".2f")))
    summary = {}
    for key, rs in runs.items():
        ratios = [x["flush_ratio"] for x in rs if x["flush_ratio"] is not None]
        summary[key] = {
            "ops_per_s": median([x["ops_per_s"] for x in rs
                                 if x["ops_per_s"] is not None]),
            "violations": sum(x["violations"] or 0 for x in rs),
            "runs_with_violations": sum(1 for x in rs if x["violations"]),
            "runs": len(rs),
            "flush_ratio": median(ratios),
            "multi_conn": rs[0]["multi_conn"] if rs else None,
        }
    return {"runs": runs, "summary": summary, "errors": errors,
            "setups": [list(x) for x in setups]}


def bench_fio_flush(cfg, variants, filters, tmpdir):
    """(f) fio 4k randrw with --fsync=N over the memory plugin."""
    fsyncs = cfg["fio_fsyncs"]
    errors = []
    # First, per fsync setting and variant, one untimed run (no ramp time)
    # with nbdkit's stats filter under the filter under test: how many NBD
    # flushes fio really sends, and how many reach the plugin.
    counted = {}
    for fs in fsyncs:
        for v in variants:
            statsfile = os.path.join(tmpdir, "stats-fio.txt")
            if os.path.exists(statsfile):
                os.unlink(statsfile)
            run = "%s %s client-fio $uri %g %d %d %s --fsync %d --ramp 0" % (
                PY, shlex.quote(__file__), cfg["fio_runtime"],
                cfg["fio_jobs"], cfg["fio_iodepth"], shlex.quote(tmpdir), fs)
            try:
                res = run_nbdkit(filters[v] + ["--filter=stats"], ["memory"],
                                 ["size=" + FIO_SIZE, "statsfile=" + statsfile]
                                 + fio_flush_args(cfg, v), run, cfg["timeout"],
                                 prefix=SERVER_CPUS)
            except BenchError as e:
                errors.append("fsync=%d %s counting run: %s" % (fs, v, e))
                log("  fiofl  " + errors[-1])
                continue
            st = stats_flushes(statsfile) or {}
            counted["%d/%s" % (fs, v)] = {
                "fio_writes": res["writes"], "fio_syncs": res["syncs"],
                "plugin_writes": st.get("write", 0),
                "plugin_flushes": st.get("flush", 0)}
            log("  fiofl  fsync=%-4d %-7s fio: %d writes, %d syncs; plugin: "
                "%d writes, %d flushes" % (fs, v, res["writes"], res["syncs"],
                                           st.get("write", 0),
                                           st.get("flush", 0)))
    iops = {"%d/%s" % (fs, v): [] for fs in fsyncs for v in variants}
    syncs = {k: [] for k in iops}
    for r in range(cfg["fio_rounds"]):
        for i, fs in enumerate(fsyncs):
            for v in rotate(variants, r + i):
                run = "%s %s client-fio $uri %g %d %d %s --fsync %d" % (
                    PY, shlex.quote(__file__), cfg["fio_runtime"],
                    cfg["fio_jobs"], cfg["fio_iodepth"], shlex.quote(tmpdir),
                    fs)
                try:
                    res = run_nbdkit(filters[v], ["memory"],
                                     ["size=" + FIO_SIZE] + fio_flush_args(cfg, v),
                                     run, cfg["timeout"], prefix=SERVER_CPUS)
                except BenchError as e:
                    errors.append("fsync=%d %s round %d: %s" % (fs, v, r + 1, e))
                    log("  fiofl  " + errors[-1])
                    continue
                iops["%d/%s" % (fs, v)].append(res["iops"])
                syncs["%d/%s" % (fs, v)].append(
                    res["syncs"] / (cfg["fio_runtime"]))
                if res["errors"]:
                    errors.append("fsync=%d %s round %d: fio reported %d "
                                  "job error(s)" % (fs, v, r + 1,
                                                    res["errors"]))
                log("  fiofl  round %d  fsync=%-4d %-7s %10.0f IOPS  "
                    "%8.0f flushes/s" % (r + 1, fs, v, res["iops"],
                                         syncs["%d/%s" % (fs, v)][-1]))
    return {"iops": iops, "median": {k: median(x) for k, x in iops.items()},
            "syncs_per_s": syncs,
            "syncs_median": {k: median(x) for k, x in syncs.items()},
            "counted": counted, "fsyncs": fsyncs, "errors": errors}


def bench_stall(cfg, variants, filters):
    """(g) Does one connection's slow flush stall reads on another?"""
    models = cfg["stall_models"]
    its = {"%s/%s" % (m, v): [] for m in models for v in variants}
    multi = {}
    errors = []
    pargs = ["size=16M", "flush_ms=%g" % cfg["stall_flush_ms"],
             "slow_flush_ms=%g" % cfg["stall_slow_ms"], "multiconn=0"]
    for r in range(cfg["rounds"]):
        for i, model in enumerate(models):
            for v in rotate(variants, r + i):
                run = "%s %s client-stall $unixsocket %d %g %g %d" % (
                    PY, shlex.quote(__file__), cfg["stall_iters"],
                    cfg["stall_settle_ms"], cfg["stall_after_ms"],
                    cfg["stall_span"])
                try:
                    res = run_nbdkit(filters[v], ["python", PLUGIN],
                                     pargs + ["thread_model=" + model]
                                     + emulate_args(v), run, cfg["timeout"])
                except BenchError as e:
                    errors.append("%s %s round %d: %s" % (model, v, r + 1, e))
                    log("  stall  " + errors[-1])
                    continue
                its["%s/%s" % (model, v)] += res["iterations"]
                multi[v] = res["can_multi_conn"]
                for it in res["iterations"]:
                    log("  stall  round %d  %-18s %-7s flush %8.1f ms  B: "
                        "%5d reads during it, worst %8.1f ms, median %6.2f ms"
                        % (r + 1, model, v, it["flush_ms"], it["b_reads"],
                           it["b_max_ms"] or float("nan"),
                           it["b_median_ms"] or float("nan")))
    summary = {}
    for key, xs in its.items():
        summary[key] = {
            "flush_ms": median([x["flush_ms"] for x in xs]),
            "b_max_ms": median([x["b_max_ms"] for x in xs
                                if x["b_max_ms"] is not None]),
            "b_max_max_ms": max([x["b_max_ms"] for x in xs
                                 if x["b_max_ms"] is not None],
                                default=None),
            "b_median_ms": median([x["b_median_ms"] for x in xs
                                   if x["b_median_ms"] is not None]),
            "b_reads": median([x["b_reads"] for x in xs]),
            "b_before_median_ms": median([x["b_before_median_ms"] for x in xs
                                          if x["b_before_median_ms"]
                                          is not None]),
            "b_before_max_ms": median([x["b_before_max_ms"] for x in xs
                                       if x["b_before_max_ms"] is not None]),
            "n": len(xs),
        }
    return {"iterations": its, "summary": summary, "can_multi_conn": multi,
            "errors": errors}


def bench_many(cfg, variants, filters):
    """(h) One flush among many connections over the memory plugin, whose
    flush costs nothing: what is left is the filters' own cost."""
    ns = cfg["many_ns"]
    # Every connection is a descriptor in the client and in nbdkit; both
    # inherit this limit (the client raises its own too).
    limit = raise_nofile(max(ns) + 256)
    samples = {"%d/%s" % (n, v): [] for n in ns for v in variants}
    round_meds = {k: [] for k in samples}
    threads = {str(n): "default" for n in ns}
    errors = []
    # Too few descriptors would not fail: nbdkit stops accepting, and the
    # client waits for the handshake until the timeout.
    for n in ns:
        if n + 64 > limit:
            errors.append("N=%d not run: the open-file limit is %d" %
                          (n, limit))
            log("  many   " + errors[-1])
    for r in range(cfg["rounds"]):
        for i, n in enumerate(ns):
            if n + 64 > limit:
                continue
            for v in rotate(variants, r + i):
                run = "%s %s client-flush $unixsocket %d %d %d" % (
                    PY, shlex.quote(__file__), n, cfg["many_iters"], 1)
                res = None
                for attempt in range(2):
                    topt = ([] if threads[str(n)] == "default"
                            else ["--threads=%s" % threads[str(n)]])
                    try:
                        res = run_nbdkit(topt + filters[v], ["memory"],
                                         ["size=64M"] + emulate_args(v), run,
                                         cfg["many_timeout"])
                        break
                    except BenchError as e:
                        errors.append("N=%d %s round %d (nbdkit threads %s): "
                                      "%s" % (n, v, r + 1, threads[str(n)], e))
                        log("  many   " + errors[-1])
                        if threads[str(n)] != "default" or not \
                                THREAD_TROUBLE.search(str(e)):
                            break
                        # Out of threads: fewer per connection from now on.
                        threads[str(n)] = "2"
                if res is None:
                    continue
                key = "%d/%s" % (n, v)
                samples[key] += res["ms"]
                round_meds[key].append(median(res["ms"]))
                log("  many   round %d  N=%-5d %-7s median %9.3f ms" %
                    (r + 1, n, v, median(res["ms"])))
    return {"samples": samples,
            "median": {k: median(x) for k, x in samples.items()},
            "round_medians": round_meds, "ns": ns, "threads": threads,
            "nofile": limit, "errors": errors}


# The plugins of sections (i) and (j): the memory plugin, whose flush does
# nothing, and slowflush.c, whose flush sleeps 1 ms (nbdkit 1.32's delay
# filter cannot delay a flush, and a python plugin's flushes take turns on
# the interpreter's lock).  Each is (plugin, plugin arguments); "SLOWFLUSH"
# stands for the plugin built by build_slowflush.
SLOWFLUSH_SRC = os.path.join(HERE, "slowflush.c")
COLD_PLUGINS = {
    "memory": (["memory"], ["size=64M"]),
    "flush 1 ms": (["SLOWFLUSH"], ["size=64M", "flush_us=1000"]),
}


def build_slowflush(tmpdir):
    """Compile slowflush.c into tmpdir; returns its path."""
    so = os.path.join(tmpdir, "slowflush.so")
    cc = os.environ.get("CC", "cc")
    subprocess.run([cc, "-O2", "-shared", "-fPIC", "-o", so, SLOWFLUSH_SRC],
                   check=True)
    return so


def run_many_conns(cfg, n, v, filters, plugin, pargs, run, threads, errors,
                   tag):
    """One server with n connections for variant v (nbdkit's default
    threads per connection, or --threads=2 once that failed for n)."""
    for _ in range(2):
        topt = ([] if threads[str(n)] == "default"
                else ["--threads=%s" % threads[str(n)]])
        try:
            return run_nbdkit(topt + filters[v], plugin,
                              pargs + emulate_args(v), run,
                              cfg["many_timeout"])
        except BenchError as e:
            errors.append("%s N=%d %s (nbdkit threads %s): %s" %
                          (tag, n, v, threads[str(n)], e))
            log("  %s " % tag + errors[-1])
            if threads[str(n)] != "default" or not \
                    THREAD_TROUBLE.search(str(e)):
                return None
            threads[str(n)] = "2"
    return None


def bench_cold(cfg, variants, filters, which, tmpdir):
    """(i) the first flush among N fresh connections (which="first"), or
    (j) a flush among N readers (which="readers"), over COLD_PLUGINS."""
    slowflush = build_slowflush(tmpdir)
    ns = cfg["many_ns"]
    limit = raise_nofile(max(ns) + 256)
    keys = ["%s/%d/%s" % (p, n, v) for p in COLD_PLUGINS for n in ns
            for v in variants]
    samples = {k: [] for k in keys}
    later = {k: [] for k in keys}
    threads = {str(n): "default" for n in ns}
    errors = []
    for n in ns:
        if n + 64 > limit:
            errors.append("N=%d not run: the open-file limit is %d" %
                          (n, limit))
    for r in range(cfg["rounds"]):
        for i, n in enumerate(ns):
            if n + 64 > limit:
                continue
            for pname, (plugin, pargs) in COLD_PLUGINS.items():
                plugin = [slowflush if p == "SLOWFLUSH" else p
                          for p in plugin]
                for v in rotate(variants, r + i):
                    if which == "first":
                        run = "%s %s client-first $unixsocket %d %d" % (
                            PY, shlex.quote(__file__), n, cfg["first_flushes"])
                    else:
                        run = "%s %s client-readers $unixsocket %d %d %d" % (
                            PY, shlex.quote(__file__), n,
                            cfg["readers_iters"], 1)
                    res = run_many_conns(cfg, n, v, filters, plugin, pargs,
                                         run, threads, errors, which)
                    if res is None:
                        continue
                    key = "%s/%d/%s" % (pname, n, v)
                    ms = res["ms"]
                    if which == "first":
                        samples[key].append(ms[0])
                        later[key].append(median(ms[1:]))
                        log("  %s round %d  %-10s N=%-5d %-7s first %9.3f "
                            "ms, later %9.3f ms" % (which, r + 1, pname, n, v,
                                                   ms[0], median(ms[1:])))
                    else:
                        samples[key].append(median(ms))
                        log("  %s round %d  %-10s N=%-5d %-7s median %9.3f "
                            "ms" % (which, r + 1, pname, n, v, median(ms)))
    return {"samples": samples, "later": later,
            "median": {k: median(x) for k, x in samples.items()},
            "later_median": {k: median(x) for k, x in later.items()},
            "ns": ns, "plugins": list(COLD_PLUGINS), "threads": threads,
            "nofile": limit, "errors": errors}


# ---------------------------------------------------------------------------
# Report

def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL,
                              text=True).stdout.strip()
    except OSError:
        return ""


def machine_info():
    cpu = ""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {
        "nproc": sh("nproc"),
        "cpu": cpu or platform.processor() or "unknown",
        "kernel": platform.release(),
        "nbdkit": sh("nbdkit --version"),
        "libnbd": sh("nbdcopy --version | sed -n 2p") or sh("nbdcopy --version"),
        "fio": sh("fio --version"),
        "python": platform.python_version(),
        "load": load_average(),
    }


def load_average():
    try:
        return "%.2f %.2f %.2f" % os.getloadavg()
    except OSError:
        return "unknown"


def fmt(x, spec):
    if x is None or x != x:
        return "-"
    return format(x, spec)


def write_plot(flush, variants, ns, png, tmpdir):
    gnuplot = shutil.which("gnuplot")
    if not gnuplot:
        return "gnuplot not found"
    dat = os.path.join(tmpdir, "flush.dat")
    with open(dat, "w") as f:
        f.write("# N " + " ".join(variants) + "\n")
        for n in ns:
            f.write("%d %s\n" % (n, " ".join(
                "%.4f" % flush["median"]["%s/%d" % (v, n)] for v in variants)))
    terms = sh("gnuplot -e 'set terminal' 2>&1")
    term = ("pngcairo size 800,500 font 'sans,10'" if "pngcairo" in terms
            else "png size 800,500")
    plots = []
    for i, v in enumerate(variants):
        plots.append("'%s' using 1:%d with linespoints lw 2 pt %d title '%s'" %
                     (dat, i + 2, 5 + 2 * i, VARIANT_NAMES.get(v, v)))
    script = "\n".join([
        "set terminal " + term,
        "set output '%s'" % png,
        "set title 'Emulated flush latency (plugin flush = %g ms, parallel)'" %
        flush["flush_ms"],
        "set xlabel 'connections (all have read, one has written)'",
        "set ylabel 'client flush latency, median (ms)'",
        "set logscale xy",
        "set xtics (%s)" % ", ".join(str(n) for n in ns),
        "set xrange [%g:%g]" % (ns[0] / 1.3, ns[-1] * 1.3),
        "set grid",
        "set key top left",
        "plot " + ", \\\n     ".join(plots),
        ""])
    os.makedirs(os.path.dirname(png), exist_ok=True)
    p = subprocess.run([gnuplot], input=script, text=True,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        return "gnuplot failed: " + p.stderr.strip()
    return None


def write_report(path, res, cfg, variants, command, plot_rel, notes):
    m = res["machine"]
    L = []
    a = L.append
    a("# Benchmarks")
    a("")
    a("Produced by `scripts/bench.sh`; figures are medians over interleaved "
      "rounds (in each round every case runs once per variant, the variant "
      "order rotating between rounds). They describe this machine on this "
      "date and are not pass/fail thresholds.")
    a("")
    a("| | |")
    a("|---|---|")
    a("| date | %s |" % res["date"])
    a("| command | `%s` |" % command)
    a("| mode | %s, %d round(s) |" % ("quick" if cfg["quick"] else "full",
                                      cfg["rounds"]))
    a("| nproc | %s |" % m["nproc"])
    a("| CPU | %s |" % m["cpu"])
    a("| kernel | %s |" % m["kernel"])
    a("| nbdkit | %s |" % m["nbdkit"])
    a("| libnbd | %s |" % m["libnbd"])
    a("| fio | %s |" % m["fio"])
    a("| python | %s |" % m["python"])
    a("| load average (1, 5, 15 min) | at start %s; at end %s |" %
      (m["load"], res.get("load_end", "unknown")))
    if "ours_sha256" in res:
        a("| filter build | `target/release/libmulticonn.so`, sha256 %s |" %
          res["ours_sha256"][:16])
    a("")
    a("Variants:")
    a("")
    a("- **none**: no filter; the client talks to the plugin directly.")
    a("- **nbdkit**: nbdkit's own filter, `--filter=multi-conn "
      "multi-conn-mode=emulate`.")
    a("- **ours**: this project, `--filter=target/release/libmulticonn.so "
      "multi-conn-mode=emulate`.")
    for v in variants:
        if v not in ("none", "nbdkit", "ours"):
            a("- **%s**: another build of this project, `MULTICONN_BENCH_BUILDS`." % v)
    for v in ("none", "nbdkit", "ours"):
        if v not in variants:
            a("")
            a("Variant **%s** was not run: %s" % (v, notes.get(v, "unavailable")))
    a("")

    if "flush" in res:
        fl = res["flush"]
        ns = fl["ns"]
        a("## (a) Emulated flush latency")
        a("")
        a("Plugin `scripts/bench/latency.py` (python, thread model parallel, "
          "per-connection write-back state, `can_multi_conn` false) whose flush "
          "sleeps %g ms. N connections each read a block, connection 0 writes "
          "one, then the time of one flush on connection 0 is measured as the "
          "client sees it (%d timed flushes per server after one warm-up, %d "
          "round(s)). Without a filter only that one connection is flushed; "
          "with either filter in emulate mode all N connections need a flush."
          % (fl["flush_ms"], cfg["flush_iters"], cfg["rounds"]))
        a("")
        a("The column *plugin alone* is the plugin without a filter with N "
          "connections flushing at the same time (median of %d): it shows "
          "that the plugin runs flushes of different connections in "
          "parallel (one after another would take N × %g ms), and what N "
          "simultaneous flushes cost in the plugin and nbdkit themselves, "
          "the floor for an emulated flush to N connections."
          % (cfg["flush_iters"], fl["flush_ms"]))
        a("")
        hdr = "| N | plugin alone (ms) | " + " | ".join(
            "%s (ms)" % v for v in variants)
        if "nbdkit" in variants and "ours" in variants:
            hdr += " | nbdkit / ours"
        a(hdr + " |")
        a("|---:" * (hdr.count("|")) + "|")
        for n in ns:
            row = "| %d | %s | " % (
                n, fmt(fl["parallel_ms"][str(n)], ".2f")) + " | ".join(
                fmt(fl["median"]["%s/%d" % (v, n)], ".2f") for v in variants)
            if "nbdkit" in variants and "ours" in variants:
                row += " | %sx" % fmt(fl["median"]["nbdkit/%d" % n] /
                                      fl["median"]["ours/%d" % n], ".1f")
            a(row + " |")
        a("")
        if plot_rel:
            a("![flush latency vs connections](%s)" % plot_rel)
            a("")
        a("Round medians (ms): " + "; ".join(
            "%s N=%d: %s" % (v, n, ", ".join(
                "%.1f" % x for x in fl["round_medians"]["%s/%d" % (v, n)]))
            for v in variants for n in ns) + ".")
        a("")

    if "fio" in res:
        fi = res["fio"]
        a("## (b) fio 4k random read/write")
        a("")
        a("`fio --ioengine=nbd --rw=randrw --bs=4k --iodepth=%d --numjobs=%d "
          "--runtime=%g --time_based --ramp_time=%g` (each job is its own NBD "
          "connection) against `nbdkit memory size=%s`; filters in emulate "
          "mode. fio sends no flushes here, so this shows the per-request "
          "cost of the filter layer on a fast plugin. IOPS are read+write "
          "summed over jobs; %d interleaved rounds. %s"
          % (cfg["fio_iodepth"], cfg["fio_jobs"], cfg["fio_runtime"],
             FIO_RAMP_S, FIO_SIZE, cfg["fio_rounds"],
             "The server runs pinned to CPU 0 and fio to CPU 1 (`taskset`), "
             "so that they do not share a core at random." if SERVER_CPUS
             else "No CPU pinning (fewer than two CPUs or no taskset)."))
        a("")
        a("| variant | IOPS (median) | relative to none | per round |")
        a("|---|---:|---:|---|")
        base = fi["median"].get("none")
        for v in variants:
            rel = fi["median"][v] / base if base else float("nan")
            a("| %s | %s | %s | %s |" % (
                v, fmt(fi["median"][v], ".0f"), fmt(rel, ".3f"),
                ", ".join("%.0f" % x for x in fi["iops"][v])))
        if fi["errors"]:
            a("")
            a("fio reported %d job error(s)." % fi["errors"])
        a("")

    if "copy" in res:
        cp = res["copy"]["summary"]
        a("## (c) nbdcopy through a latency-bound plugin")
        a("")
        a("Server stack: the filter being measured (if any) on top of "
          "`--filter=noparallel --filter=delay file IMAGE serialize=requests "
          "rdelay=%gms wdelay=%gms`, so each connection has its own handle "
          "that runs one request at a time and every read and write costs "
          "%g ms. A %d MiB random image is copied into the export "
          "(`nbdcopy --flush`; afterwards IMAGE is compared with the source) "
          "and back out of it to `null:` (afterwards %d blocks are read back "
          "through the filter and compared); request size %d KiB. With a "
          "filter in emulate mode multi-conn is advertised and nbdcopy uses "
          "`--connections=%d --threads=%d`. The file plugin underneath would "
          "advertise multi-conn by itself, so the no-filter run is pinned to "
          "one connection, which is what nbdcopy does on its own with a "
          "plugin that does not advertise it (the case these filters exist "
          "for). nbdcopy hands out the image to its connections in 128 MiB "
          "pieces, so the image must be at least 128 MiB per connection "
          "for all of them to work."
          % (cfg["copy_delay_ms"], cfg["copy_delay_ms"], cfg["copy_delay_ms"],
             cfg["copy_size"] >> 20, COPY_SAMPLES, cfg["copy_reqsize"] >> 10,
             cfg["copy_conns"], cfg["copy_conns"]))
        a("")
        a("Both images are in %s and are rewritten in place between runs, "
          "and the copy out is discarded, so that no timed copy faults in "
          "fresh memory: on this machine writing the %d MiB image into "
          "fresh memory once took %.1f s, which would otherwise be part of "
          "every copy in (nbdkit's memory plugin allocates as it is written) "
          "and of every copy out to a file (nbdcopy truncates its "
          "destination)."
          % ("/dev/shm" if res["copy"]["in_memory"] else "a temporary directory",
             cfg["copy_size"] >> 20, res["copy"]["copy_fault_s"]))
        a("")
        a("| variant | connections | into (MB/s) | out of (MB/s) | "
          "into vs none | out of vs none | data |")
        a("|---|---:|---:|---:|---:|---:|---|")
        b = cp.get("none")
        for v in variants:
            s = cp[v]
            ri = s["into_mbs"] / b["into_mbs"] if b else float("nan")
            ro = s["out_mbs"] / b["out_mbs"] if b else float("nan")
            a("| %s | %d | %s | %s | %sx | %sx | %s |" % (
                v, s["connections"], fmt(s["into_mbs"], ".1f"),
                fmt(s["out_mbs"], ".1f"), fmt(ri, ".2f"), fmt(ro, ".2f"),
                "identical" if s["all_same"] else "MISMATCH"))
        a("")

    if "cargo" in res:
        cb = res["cargo"]
        a("## (d) In-process costs (`cargo bench --bench datapath`, "
          "`--bench fanout`)")
        a("")
        a("`datapath`: one pread or pwrite through the filter over a no-op "
          "next layer, CPU time per call, and the heap allocations of the "
          "data path. `fanout`: N connections over fake next layers whose "
          "flush only counts; every connection reads (on another thread), "
          "connection 0 writes and flushes; the median flush, in emulate "
          "mode, through this filter and through nbdkit's (loaded the same "
          "way): each filter's own cost per replicated flush.")
        a("")
        if "skipped" in cb:
            a("Not run: %s." % cb["skipped"])
            if cb.get("lines"):
                a("")
        if cb.get("lines"):
            a("```")
            L.extend(cb["lines"])
            a("```")
        a("")

    if "mix" in res:
        report_mix(a, res["mix"], cfg, variants)
    if "fioflush" in res:
        report_fio_flush(a, res["fioflush"], cfg, variants)
    if "stall" in res:
        report_stall(a, res["stall"], cfg, variants)
    if "many" in res:
        report_many(a, res["many"], cfg, variants)
    if "first" in res:
        report_cold(a, res["first"], cfg, variants, "first")
    if "readers" in res:
        report_cold(a, res["readers"], cfg, variants, "readers")

    with open(path, "w") as f:
        f.write("\n".join(L).rstrip() + "\n")


def ratio(x, y):
    if x is None or y is None or y != y or not y:
        return float("nan")
    return x / y


def report_errors(a, errors):
    if errors:
        a("Runs that failed or were not run (left out of the figures):")
        a("")
        for e in errors:
            a("- `%s`" % e.splitlines()[0][:300])
        a("")


def report_mix(a, mx, cfg, variants):
    a("## (e) Flush-heavy concurrent load")
    a("")
    if "skipped" in mx:
        a("Not run: %s." % mx["skipped"])
        a("")
        return
    a("Load generator `scripts/multiconn-check -k K -d D -t %g --mix %s "
      "--fua %d --seed S --json -- nbdkit ...`: K connections with D "
      "requests in flight each, about 45%% reads, 45%% writes (a tenth of "
      "them with FUA) and 10%% flushes over its default test area (256 "
      "blocks of 4 KiB at offset 0), for %g s; it starts nbdkit itself "
      "and counts *stale reads*, reads that miss data a completed flush or "
      "FUA write should have made visible to every connection (see "
      "docs/multiconn-check.md). The seed is the same for every variant "
      "within a round (seed %d + round). The server is "
      "`nbdkit [FILTER] --filter=stats python tests/plugins/wbcache.py "
      "%s thread_model=M [multi-conn-mode=emulate]`: every connection has "
      "its own write-back cache, a write stays in it until that connection "
      "flushes, and a read that misses takes its data, sleeps 1 ms, and "
      "only then fills the cache, so a read running during a flush can put "
      "old data back into a cache the flush just dropped. The plugin is not "
      "multi-conn consistent: without a filter stale reads are expected "
      "(the load generator uses all its connections whether or not "
      "multi-conn is advertised), with a filter in emulate mode they "
      "should not happen."
      % (cfg["mix_seconds"], cfg["mix"], cfg["mix_fua"], cfg["mix_seconds"],
         cfg["mix_seed"], " ".join(cfg["mix_plugin_args"])))
    a("")
    a("nbdkit's stats filter sits between the filter under test and the "
      "plugin and counts the flushes the plugin receives. *Plugin flushes "
      "per client flush* divides them by the client's flushes plus its FUA "
      "writes (a FUA write becomes a write and an emulated flush under "
      "either filter; without a filter it reaches the plugin as a FUA "
      "write, so there the ratio is below 1). Throughput is completed "
      "requests per second as the load generator counts them, "
      "%d round(s)." % cfg["rounds"])
    a("")
    for model, k, d in mx["setups"]:
        a("Thread model `%s`, %d connections × %d requests in flight:"
          % (model, k, d))
        a("")
        a("| variant | multi-conn | requests/s (median) | vs none | stale "
          "reads (all rounds) | rounds with stale reads | plugin flushes per "
          "client flush | requests/s per round |")
        a("|---|---|---:|---:|---:|---:|---:|---|")
        base = mx["summary"].get("%s/none" % model, {}).get("ops_per_s")
        for v in variants:
            sm = mx["summary"]["%s/%s" % (model, v)]
            rs = mx["runs"]["%s/%s" % (model, v)]
            a("| %s | %s | %s | %s | %d | %d of %d | %s | %s |" % (
                v, {True: "yes", False: "no"}.get(sm["multi_conn"], "-"),
                fmt(sm["ops_per_s"], ".0f"),
                fmt(ratio(sm["ops_per_s"], base), ".3f"),
                sm["violations"], sm["runs_with_violations"], sm["runs"],
                fmt(sm["flush_ratio"], ".2f"),
                ", ".join("%.0f" % x["ops_per_s"] for x in rs)))
        a("")
    report_errors(a, mx["errors"])


def report_fio_flush(a, ff, cfg, variants):
    a("## (f) fio with flushes")
    a("")
    a("As (b), `fio --ioengine=nbd --rw=randrw --bs=4k --iodepth=%d "
      "--numjobs=%d --runtime=%g --time_based --ramp_time=%g` against "
      "`nbdkit memory size=%s` (which is multi-conn consistent by itself; "
      "the filters run with `multi-conn-mode=%s`), now with `--fsync=N`, for "
      "which fio's nbd engine sends NBD flushes. In emulate mode a flush "
      "after a write goes to both connections; in plugin mode (what `auto` "
      "picks over this plugin) it goes to the plugin once. In both, one with "
      "nothing written since the last is answered without calling the "
      "plugin. IOPS are "
      "reads+writes (flushes not counted); *flushes/s* are the syncs fio "
      "reports for the measured period; %d interleaved rounds; %s"
      % (cfg["fio_iodepth"], cfg["fio_jobs"], cfg["fio_runtime"], FIO_RAMP_S,
         FIO_SIZE, cfg["fio_mode"], cfg["fio_rounds"],
         "server pinned to CPU 0 and fio to CPU 1." if SERVER_CPUS
         else "no CPU pinning."))
    a("")
    a("| fsync | variant | IOPS (median) | vs none | flushes/s sent by fio "
      "(median) | IOPS per round |")
    a("|---:|---|---:|---:|---:|---|")
    for fs in ff["fsyncs"]:
        base = ff["median"].get("%d/none" % fs)
        for v in variants:
            k = "%d/%s" % (fs, v)
            a("| %d | %s | %s | %s | %s | %s |" % (
                fs, v, fmt(ff["median"][k], ".0f"),
                fmt(ratio(ff["median"][k], base), ".3f"),
                fmt(ff["syncs_median"][k], ".0f"),
                ", ".join("%.0f" % x for x in ff["iops"][k])))
    a("")
    if ff["counted"]:
        a("Flush counts: before the timed rounds, one run per setting and "
          "variant (%g s, no ramp time) with nbdkit's stats filter between "
          "the filter under test and the plugin. *fio syncs* is what fio "
          "reports, *plugin flushes* what the stats filter saw; without a "
          "filter the two agree when every fio sync is one NBD flush."
          % cfg["fio_runtime"])
        a("")
        a("| fsync | variant | fio writes | fio syncs | fio writes per "
          "sync | plugin flushes | plugin flushes per fio sync |")
        a("|---:|---|---:|---:|---:|---:|---:|")
        for fs in ff["fsyncs"]:
            for v in variants:
                c = ff["counted"].get("%d/%s" % (fs, v))
                if not c:
                    continue
                a("| %d | %s | %d | %d | %s | %d | %s |" % (
                    fs, v, c["fio_writes"], c["fio_syncs"],
                    fmt(ratio(c["fio_writes"], c["fio_syncs"]), ".1f"),
                    c["plugin_flushes"],
                    fmt(ratio(c["plugin_flushes"], c["fio_syncs"]), ".2f")))
        a("")
        plain = [ff["counted"].get("%d/none" % fs) for fs in ff["fsyncs"]]
        if plain and all(c and c["plugin_flushes"] == c["fio_syncs"]
                         for c in plain):
            a("Without a filter the plugin received exactly one flush per "
              "fio sync: fio's nbd engine sends every fsync as an NBD "
              "flush.")
            a("")
        few = [fs for fs, c in zip(ff["fsyncs"], plain)
               if c and ratio(c["fio_writes"], c["fio_syncs"]) < fs / 2]
        if few:
            a("Note: with `--fsync=%s` fio sent far more than one sync per "
              "N writes (compare *fio writes per sync* with N; fio counts "
              "writes per job, and with reads mixed in and several requests "
              "in flight it issues several syncs in a row), so the flush "
              "rates above, not N, describe the load the server got."
              % "/".join(map(str, few)))
            a("")
    report_errors(a, ff["errors"])


def report_stall(a, st, cfg, variants):
    a("## (g) One slow flush: do reads on another connection stall?")
    a("")
    a("Plugin `scripts/bench/latency.py size=16M flush_ms=%g "
      "slow_flush_ms=%g thread_model=M` (per-connection write-back state, "
      "not multi-conn): a flush takes %g ms, except on connections opened "
      "with the export name `slow`, where it takes %g ms (the filters keep "
      "their default `multi-conn-exportname=false`, so all connections form "
      "one group). Connection A (export `slow`) writes a block, connection "
      "B has read a block and keeps reading 4 KiB blocks one at a time, "
      "sequentially, from a thread of its own; %g ms later connection C "
      "sends a flush. Without a filter only C is flushed; in emulate mode "
      "A (written) and B (read) are too, and C's flush cannot finish "
      "before A's slow flush. The question is whether B's reads wait as "
      "well. Figures are over %d flush(es) per server and %d round(s): "
      "*B worst* is the slowest of B's reads that overlapped C's flush "
      "(median over flushes, and the largest seen), *B median* the median "
      "of those reads, *B before* the median and the slowest read in the "
      "%g ms before the flush (median over flushes; what this machine's "
      "noise looks like without a flush)."
      % (cfg["stall_flush_ms"], cfg["stall_slow_ms"], cfg["stall_flush_ms"],
         cfg["stall_slow_ms"], cfg["stall_settle_ms"], cfg["stall_iters"],
         cfg["rounds"], cfg["stall_settle_ms"]))
    a("")
    a("| thread model | variant | C's flush (ms) | B worst (ms) | B worst, "
      "largest (ms) | B median (ms) | B reads during the flush | B before, "
      "median (ms) | B before, slowest (ms) |")
    a("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for model in cfg["stall_models"]:
        for v in variants:
            sm = st["summary"]["%s/%s" % (model, v)]
            a("| %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                model, v, fmt(sm["flush_ms"], ".1f"), fmt(sm["b_max_ms"], ".1f"),
                fmt(sm["b_max_max_ms"], ".1f"), fmt(sm["b_median_ms"], ".3f"),
                fmt(sm["b_reads"], ".0f"), fmt(sm["b_before_median_ms"], ".3f"),
                fmt(sm["b_before_max_ms"], ".1f")))
    a("")
    report_errors(a, st["errors"])


def report_many(a, mn, cfg, variants):
    a("## (h) One flush among many connections")
    a("")
    threads = set(mn["threads"].values())
    a("`nbdkit memory size=64M` (multi-conn consistent, its flush does "
      "nothing), the filters forced to `multi-conn-mode=emulate`. N "
      "connections each read a block, connection 0 writes one, then one "
      "flush on connection 0 is timed (%d timed flushes per server after "
      "one warm-up, %d round(s)). Without a filter one connection is "
      "flushed; in emulate mode all N need a flush, each free in the "
      "plugin, so this is the filters' own cost per replicated flush. "
      "nbdkit runs with %s; the open-file limit was %s."
      % (cfg["many_iters"], cfg["rounds"],
         "its default number of threads per connection (16)"
         if threads == {"default"} else
         "`--threads=2` for N = %s after the default failed (see below)"
         % ", ".join(n for n, t in mn["threads"].items() if t != "default"),
         mn["nofile"]))
    a("")
    hdr = "| N | " + " | ".join("%s (ms)" % v for v in variants)
    both = "nbdkit" in variants and "ours" in variants
    if both:
        hdr += " | ours / nbdkit"
    a(hdr + " |")
    a("|---:" * hdr.count("|") + "|")
    for n in mn["ns"]:
        row = "| %d | " % n + " | ".join(
            fmt(mn["median"]["%d/%s" % (n, v)], ".3f") for v in variants)
        if both:
            x = fmt(ratio(mn["median"]["%d/ours" % n],
                          mn["median"]["%d/nbdkit" % n]), ".1f")
            row += " | " + (x + "x" if x != "-" else x)
        a(row + " |")
    a("")
    a("Round medians (ms): " + "; ".join(
        "%s N=%d: %s" % (v, n, ", ".join(
            "%.3f" % x for x in mn["round_medians"]["%d/%s" % (n, v)]))
        for v in variants for n in mn["ns"]) + ".")
    a("")
    report_errors(a, mn["errors"])


def report_cold(a, cd, cfg, variants, which):
    if which == "first":
        a("## (i) The first flush among many fresh connections")
        a("")
        a("A fresh server for every sample: N connections each write 512 "
          "bytes, then connection 0 flushes (timed), the group's and the "
          "server's first; then %d more times a write on every connection "
          "and a timed flush (\"later\": their median). The filters are "
          "forced to `multi-conn-mode=emulate`. The plugin is `memory "
          "size=64M` (its flush does nothing), or `scripts/bench/slowflush.c` "
          "with `flush_us=1000` (a C plugin, parallel, whose flush sleeps "
          "1 ms and costs nothing else). Medians over %d interleaved round(s)."
          % (cfg["first_flushes"] - 1, cfg["rounds"]))
    else:
        a("## (j) A flush among many readers")
        a("")
        a("N connections each read 512 bytes, the last one writes 512, "
          "the first one flushes (timed); %d timed flushes per server after "
          "one warm-up, the median of each server, then the median over %d "
          "interleaved round(s). Plugins and modes as in (i)."
          % (cfg["readers_iters"], cfg["rounds"]))
    a("")
    hdr = "| plugin | N | " + " | ".join("%s (ms)" % v for v in variants)
    if which == "first":
        hdr += " | " + " | ".join("%s later (ms)" % v for v in variants
                                  if v != "none")
    both = "nbdkit" in variants and "ours" in variants
    if both:
        hdr += " | ours / nbdkit"
    a(hdr + " |")
    a("|---" + "|---:" * (hdr.count("|") - 1) + "|")
    for p in cd["plugins"]:
        for n in cd["ns"]:
            k = lambda v: "%s/%d/%s" % (p, n, v)
            row = "| %s | %d | " % (p, n) + " | ".join(
                fmt(cd["median"][k(v)], ".3f") for v in variants)
            if which == "first":
                row += " | " + " | ".join(
                    fmt(cd["later_median"][k(v)], ".3f") for v in variants
                    if v != "none")
            if both:
                x = fmt(ratio(cd["median"][k("ours")],
                              cd["median"][k("nbdkit")]), ".2f")
                row += " | " + (x + "x" if x != "-" else x)
            a(row + " |")
    a("")
    a("Per-round figures (ms): " + "; ".join(
        "%s %s N=%d: %s" % (p, v, n, ", ".join(
            "%.3f" % x for x in cd["samples"]["%s/%d/%s" % (p, n, v)]))
        for p in cd["plugins"] for n in cd["ns"] for v in variants) + ".")
    a("")
    report_errors(a, cd["errors"])


# ---------------------------------------------------------------------------

def cmd_run(args):
    top = os.path.abspath(args.top)
    quick = args.quick
    cfg = {
        "quick": quick,
        "rounds": args.rounds or (1 if quick else 5),
        # fio rounds are short and vary the most: more of them.
        "fio_rounds": args.rounds or (1 if quick else 9),
        "flush_ms": 20.0,
        "flush_ns": [1, 4, 16, 64],
        "flush_iters": 3 if quick else 10,
        "fio_runtime": 1.0 if quick else 5.0,
        "fio_jobs": 2,
        "fio_iodepth": 16,
        "copy_size": (8 if quick else 1024) << 20,
        "copy_delay_ms": 5.0,
        "copy_reqsize": 262144,
        "copy_conns": 8,
        # (e) scripts/multiconn-check over tests/plugins/wbcache.py:
        # (thread model, connections, requests in flight per connection).
        # serialize_all_requests is the python plugins' default, and one
        # where nbdkit's filter is correct too (one plugin call at a time).
        "mix_setups": [("parallel", 8, 8), ("serialize_requests", 4, 4),
                       ("serialize_all_requests", 4, 4)],
        "mix_seconds": 2.0 if quick else 10.0,
        "mix": "read=45,write=45,flush=10",
        "mix_fua": 10,
        "mix_seed": 1,
        "mix_plugin_args": ["size=16M", "read_delay=0.001"],
        # (f) fio with --fsync=N.
        "fio_fsyncs": [32, 256],
        "fio_mode": os.environ.get("MULTICONN_BENCH_FIO_MODE", "emulate"),
        # (g) one slow flush: the slow connection's flush, the others'.
        "stall_models": ["parallel", "serialize_requests"],
        "stall_slow_ms": 500.0 if quick else 3000.0,
        "stall_flush_ms": 10.0,
        "stall_iters": 1 if quick else 2,
        "stall_settle_ms": 100.0,
        "stall_after_ms": 100.0,
        "stall_span": 256,
        # (h) many connections over the memory plugin.
        "many_ns": [256, 1024],
        "many_iters": 3 if quick else 10,
        "many_timeout": 120,
        # (i) flushes per fresh server (the first, then later ones), and
        # (j) timed flushes among readers per server.
        "first_flushes": 4,
        "readers_iters": 3 if quick else 7,
        "timeout": 300,
    }
    wanted = args.benchmarks.split(",")
    notes = {}
    tmpdir = tempfile.mkdtemp(prefix="multiconn-bench.")
    try:
        variants = ["none", "nbdkit"]
        filters = {"none": [], "nbdkit": ["--filter=multi-conn"]}
        res = {"date": datetime.datetime.now(datetime.timezone.utc)
               .strftime("%Y-%m-%d %H:%M UTC"),
               "machine": machine_info()}
        so = os.path.join(os.environ.get("CARGO_TARGET_DIR")
                          or os.path.join(top, "target"),
                          "release", "libmulticonn.so")
        if os.path.exists(so):
            # Work on a private copy: the build tree may be rebuilt meanwhile.
            copy = os.path.join(tmpdir, "libmulticonn.so")
            shutil.copy2(so, copy)
            res["ours_sha256"] = file_digest(copy)
            variants.append("ours")
            filters["ours"] = ["--filter=" + copy]
        else:
            notes["ours"] = "%s does not exist" % so
            log("note: %s; running without it" % notes["ours"])
        # Other builds of the filter, as more variants in the same
        # interleaved rounds: MULTICONN_BENCH_BUILDS=NAME=PATH[,NAME=PATH].
        for spec in filter(None, os.environ.get("MULTICONN_BENCH_BUILDS",
                                                "").split(",")):
            name, _, path = spec.partition("=")
            if not name or name in filters or not os.path.exists(path):
                raise SystemExit("bench.sh: MULTICONN_BENCH_BUILDS: bad "
                                 "entry '%s' (NAME=PATH, an existing file, "
                                 "a new name)" % spec)
            copy = os.path.join(tmpdir, "build-%s.so" % name)
            shutil.copy2(path, copy)
            variants.append(name)
            filters[name] = ["--filter=" + copy]

        if "a" in wanted:
            log("(a) emulated flush latency")
            res["flush"] = bench_flush(cfg, variants, filters)
            res["flush"]["ns"] = cfg["flush_ns"]
            res["flush"]["flush_ms"] = cfg["flush_ms"]
        if "b" in wanted:
            log("(b) fio randrw")
            res["fio"] = bench_fio(cfg, variants, filters, tmpdir)
        if "c" in wanted:
            log("(c) nbdcopy")
            res["copy"] = bench_copy(cfg, variants, filters, tmpdir)
        if "d" in wanted:
            if quick and not args.cargo_bench:
                res["cargo"] = {"skipped": "quick run"}
            else:
                log("(d) cargo bench --bench %s" % " / --bench ".join(CARGO_BENCHES))
                res["cargo"] = bench_cargo(top, args.cargo)
        if "e" in wanted:
            log("(e) flush-heavy concurrent load (scripts/multiconn-check)")
            res["mix"] = bench_mix(cfg, variants, filters, top, tmpdir)
        if "f" in wanted:
            log("(f) fio randrw with --fsync")
            res["fioflush"] = bench_fio_flush(cfg, variants, filters, tmpdir)
        if "g" in wanted:
            log("(g) a slow flush on one connection, reads on another")
            res["stall"] = bench_stall(cfg, variants, filters)
        if "h" in wanted:
            log("(h) one flush among many connections, memory plugin")
            res["many"] = bench_many(cfg, variants, filters)
        if "i" in wanted:
            log("(i) the first flush among many fresh connections")
            res["first"] = bench_cold(cfg, variants, filters, "first",
                                      tmpdir)
        if "j" in wanted:
            log("(j) a flush among many readers")
            res["readers"] = bench_cold(cfg, variants, filters, "readers",
                                        tmpdir)

        res["load_end"] = load_average()
        out_dir = os.path.abspath(args.output_dir)
        os.makedirs(out_dir, exist_ok=True)
        md = os.path.join(out_dir, "BENCHMARKS.md")
        plot_rel = None
        if "flush" in res:
            png = os.path.join(out_dir, "docs", "flush-latency.png")
            err = write_plot(res["flush"], variants, cfg["flush_ns"], png,
                             tmpdir)
            if err:
                log("warning: no plot: " + err)
            else:
                plot_rel = "docs/flush-latency.png"
        write_report(md, res, cfg, variants, args.command, plot_rel, notes)
        raw = os.path.join(args.raw_dir, "bench-results.json")
        os.makedirs(args.raw_dir, exist_ok=True)
        with open(raw, "w") as f:
            json.dump({"config": cfg, "results": res}, f, indent=1)
        log("wrote %s (raw figures: %s)" % (md, raw))
        if plot_rel:
            log("wrote %s" % os.path.join(out_dir, plot_rel))
    except BenchError as e:
        log("bench: error: %s" % e)
        return 1
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    return 0


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("--top", required=True)
    r.add_argument("--quick", action="store_true")
    r.add_argument("--rounds", type=int, default=0)
    r.add_argument("--benchmarks", default="a,b,c,d,e,f,g,h,i,j")
    r.add_argument("--output-dir", required=True)
    r.add_argument("--raw-dir", required=True)
    r.add_argument("--command", default="scripts/bench.sh")
    r.add_argument("--cargo", default=shutil.which("cargo"))
    r.add_argument("--cargo-bench", action="store_true")
    c = sub.add_parser("client-flush")
    c.add_argument("sock")
    c.add_argument("n", type=int)
    c.add_argument("iters", type=int)
    c.add_argument("warmup", type=int)
    c = sub.add_parser("client-first")
    c.add_argument("sock")
    c.add_argument("n", type=int)
    c.add_argument("flushes", type=int)
    c = sub.add_parser("client-readers")
    c.add_argument("sock")
    c.add_argument("n", type=int)
    c.add_argument("iters", type=int)
    c.add_argument("warmup", type=int)
    c = sub.add_parser("client-parflush")
    c.add_argument("sock")
    c.add_argument("n", type=int)
    c.add_argument("iters", type=int)
    c = sub.add_parser("client-fio")
    c.add_argument("uri")
    c.add_argument("runtime", type=float)
    c.add_argument("jobs", type=int)
    c.add_argument("iodepth", type=int)
    c.add_argument("tmpdir")
    c.add_argument("--fsync", type=int, default=0)
    c.add_argument("--ramp", type=float, default=FIO_RAMP_S)
    c = sub.add_parser("client-stall")
    c.add_argument("sock")
    c.add_argument("iters", type=int)
    c.add_argument("settle_ms", type=float)
    c.add_argument("after_ms", type=float)
    c.add_argument("span", type=int)
    c = sub.add_parser("client-copy")
    c.add_argument("uri")
    c.add_argument("src")
    c.add_argument("dst")
    c.add_argument("conns", type=int)
    c.add_argument("pin", type=int)
    c.add_argument("reqsize", type=int)
    args = ap.parse_args()
    if args.cmd == "run":
        return cmd_run(args)
    if args.cmd == "client-flush":
        client_flush(args.sock, args.n, args.iters, args.warmup)
    elif args.cmd == "client-first":
        client_first(args.sock, args.n, args.flushes)
    elif args.cmd == "client-readers":
        client_readers(args.sock, args.n, args.iters, args.warmup)
    elif args.cmd == "client-parflush":
        client_parflush(args.sock, args.n, args.iters)
    elif args.cmd == "client-fio":
        client_fio(args.uri, args.runtime, args.jobs, args.iodepth,
                   args.tmpdir, args.fsync, args.ramp)
    elif args.cmd == "client-stall":
        client_stall(args.sock, args.iters, args.settle_ms, args.after_ms,
                     args.span)
    elif args.cmd == "client-copy":
        client_copy(args.uri, args.src, args.dst, args.conns, args.pin,
                    args.reqsize)
    return 0


if __name__ == "__main__":
    sys.exit(main())
