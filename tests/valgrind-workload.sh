#!/usr/bin/env bash
# A workload over C plugins only (memory, full), covering every mode, every
# track-dirty level, export-name groups, the serialized thread models,
# request errors, a refused connection, a configuration error, debug and
# trace logging, concurrent flushes and connection churn.
#
# It is written for scripts/valgrind.sh, which sets NBDKIT to a wrapper
# running nbdkit under valgrind; without it, it runs plain nbdkit as a
# quick functional test.  Every step also checks its data.

set -euo pipefail
source "$(dirname "$0")/functions.sh"
require_filter
require_python_nbd

NBDKIT="${NBDKIT:-nbdkit}"
export inject="$tmp/inject"

cat > "$tmp/client.py" <<'EOF'
import errno, os, sys, threading, random
import nbd

sock, kind = sys.argv[1], sys.argv[2]
B = 4096
errors = []

def check(cond, what):
    if not cond:
        errors.append(what)
        print("FAILED: " + what)

def connect(name=""):
    h = nbd.NBD()
    h.set_export_name(name)
    h.connect_unix(sock)
    return h

def every_op(hs):
    """Every kind of request, spread over the handles, checked."""
    a, b, c = hs[0], hs[1 % len(hs)], hs[2 % len(hs)]
    a.pread(B, 0)
    b.pwrite(b"1" * B, 0)
    b.flush()
    check(bytes(a.pread(B, 0)) == b"1" * B, "%s: write+flush visible" % kind)
    c.pwrite(b"2" * B, B, nbd.CMD_FLAG_FUA)
    check(bytes(a.pread(B, B)) == b"2" * B, "%s: FUA write visible" % kind)
    a.zero(B, 2 * B)
    a.zero(B, 0, nbd.CMD_FLAG_FUA)
    check(bytes(c.pread(B, 0)) == bytes(B), "%s: FUA zero visible" % kind)
    if b.can_trim():
        b.trim(B, 3 * B)
        b.trim(B, 3 * B, nbd.CMD_FLAG_FUA)
    if c.can_cache():
        c.cache(2 * B, 0)
    for h in hs:
        h.flush()
    a.pwrite(b"3" * B, 4 * B)
    c.flush()
    check(bytes(b.pread(B, 4 * B)) == b"3" * B, "%s: flush from C" % kind)

def concurrent(n_threads=4, rounds=15, churn=(6, 4)):
    """Threads writing, reading (several requests in flight) and flushing
    on their own connections while others connect and disconnect."""
    def worker(t):
        try:
            h = connect()
            rnd = random.Random(t)
            base = (16 + t * 8) * B
            for r in range(rounds):
                data = bytes([65 + (t * 7 + r) % 26]) * B
                h.pwrite(data, base + (r % 8) * B)
                bufs = [nbd.Buffer(B) for _ in range(4)]
                cookies = [h.aio_pread(bufs[i], rnd.randrange(64) * B)
                           for i in range(4)]
                for ck in cookies:
                    while not h.aio_command_completed(ck):
                        h.poll(-1)
                if r % 3 == 0:
                    h.flush()
                check(bytes(h.pread(B, base + (r % 8) * B)) == data,
                      "%s: thread %d reads its write" % (kind, t))
            h.flush()
            h.shutdown()
        except Exception as e:
            errors.append("%s: thread %d: %r" % (kind, t, e))
    def churner(t):
        try:
            for i in range(churn[1]):
                h = connect()
                h.pread(B, (t % 4) * B)
                if i % 2:
                    h.flush()
                h.shutdown()
        except Exception as e:
            errors.append("%s: churn %d: %r" % (kind, t, e))
    ts = [threading.Thread(target=worker, args=(t,)) for t in range(n_threads)]
    ts += [threading.Thread(target=churner, args=(t,)) for t in range(churn[0])]
    for t in ts: t.start()
    for t in ts: t.join()
    h = connect()
    for t in range(n_threads):
        base = (16 + t * 8) * B
        for r in range(max(0, rounds - 8), rounds):
            want = bytes([65 + (t * 7 + r) % 26]) * B
            check(bytes(h.pread(B, base + (r % 8) * B)) == want,
                  "%s: final data of thread %d" % (kind, t))
    h.shutdown()

if kind == "full":
    hs = [connect() for _ in range(3)]
    every_op(hs)
    for h in hs: h.shutdown()
    concurrent()
elif kind in ("modes", "modes-seq"):
    hs = [connect() for _ in range(3)]
    every_op(hs)
    for h in hs: h.shutdown()
    if kind == "modes":
        concurrent(n_threads=2, rounds=6, churn=(2, 3))
elif kind == "exports":
    hs = [connect(n) for n in ("a", "b", "a", "")]
    for h in hs:
        h.pread(B, 0)
    hs[0].pwrite(b"a" * B, 0)
    hs[1].pwrite(b"b" * B, B)
    hs[0].flush()
    hs[1].flush()
    hs[3].flush()
    check(bytes(hs[2].pread(B, 0)) == b"a" * B, "exports: same-name flush")
    hs[2].pwrite(b"c" * B, 2 * B, nbd.CMD_FLAG_FUA)
    for h in hs: h.shutdown()
elif kind == "serial":
    hs = [connect() for _ in range(3)]
    every_op(hs)
    for h in hs: h.shutdown()
    concurrent(n_threads=3, rounds=6, churn=(2, 2))
elif kind == "one-at-a-time":
    for i in range(3):
        h = connect()
        h.pwrite(bytes([48 + i]) * B, i * B)
        h.flush()
        check(bytes(h.pread(B, i * B)) == bytes([48 + i]) * B,
              "one-at-a-time: write %d" % i)
        h.shutdown()
elif kind == "errors":
    inject = os.environ["inject"]
    hs = [connect() for _ in range(2)]
    hs[1].pread(B, 0)
    open(inject, "w").close()
    for what, fn in (("write", lambda: hs[0].pwrite(b"x" * B, 0)),
                     ("FUA write", lambda: hs[0].pwrite(b"x" * B, 0,
                                                        nbd.CMD_FLAG_FUA)),
                     ("zero", lambda: hs[0].zero(B, 0)),
                     ("trim", lambda: hs[0].trim(B, 0)),
                     ("read", lambda: hs[1].pread(B, 0))):
        try:
            fn()
            check(False, "errors: %s should fail" % what)
        except nbd.Error as e:
            check(e.errnum == errno.EIO, "errors: %s fails with EIO (%s)"
                  % (what, e))
    hs[0].flush()
    os.unlink(inject)
    hs[0].pwrite(b"y" * B, 0, nbd.CMD_FLAG_FUA)
    check(bytes(hs[1].pread(B, 0)) == b"y" * B, "errors: recovery")
    for h in hs: h.shutdown()
elif kind == "refused":
    try:
        h = connect()
        h.pread(B, 0)
        check(False, "refused: connection should be refused")
    except nbd.Error:
        pass
else:
    sys.exit("unknown workload " + kind)

print("%s: %s" % (kind, "FAILED" if errors else "ok"))
for e in errors[:10]:
    print("  " + e)
sys.exit(1 if errors else 0)
EOF

failures=0
# run KIND NBDKIT-ARGS...: one server, one client workload.
run ()
{
    local kind="$1" start=$SECONDS; shift
    echo "--- $kind: $*"
    if ! "$NBDKIT" -U - "$@" \
           --run '/usr/bin/python3 "$tmp/client.py" "$unixsocket" '"$kind" \
           > "$tmp/out" 2> "$tmp/err"; then
        cat "$tmp/out"
        tail -n 20 "$tmp/err"
        failures=$((failures + 1))
        return
    fi
    cat "$tmp/out"
    echo "($((SECONDS - start))s)"
}

F="--filter=$FILTER"

run full -v -D multiconn.trace=1 "$F" memory size=4M \
    multi-conn-mode=emulate
run modes "$F" memory size=4M multi-conn-mode=emulate multi-conn-track-dirty=fast
run modes "$F" memory size=4M multi-conn-mode=emulate multi-conn-track-dirty=off
run modes-seq "$F" memory size=4M multi-conn-mode=plugin multi-conn-track-dirty=fast
run modes-seq "$F" memory size=4M multi-conn-mode=disable multi-conn-track-dirty=conn
run modes-seq "$F" memory size=4M multi-conn-mode=unsafe
run exports -v "$F" memory size=4M multi-conn-exportname=true
run serial "$F" --filter=noparallel memory size=4M serialize=all-requests \
    multi-conn-mode=emulate
run one-at-a-time "$F" --filter=noparallel memory size=4M \
    serialize=connections
run errors "$F" --filter=error memory size=4M multi-conn-mode=emulate \
    error=EIO error-rate=100% error-file="$inject"
run refused "$F" full size=1M multi-conn-mode=emulate

echo "--- configuration error"
if "$NBDKIT" -U - "$F" memory size=1M multi-conn-mode=bogus \
       --run 'true' > "$tmp/out" 2> "$tmp/err"; then
    echo "FAILED: multi-conn-mode=bogus accepted"
    failures=$((failures + 1))
else
    grep -o 'multi-conn-mode: unknown value.*' "$tmp/err" ||
        { own_filter && { echo "FAILED: no error message"; cat "$tmp/err";
                          failures=$((failures + 1)); } || :; }
fi

[ "$failures" -eq 0 ] || fail "$failures workloads failed"
ok "valgrind workload"
