#!/usr/bin/python3
# nbd-hostile: a seeded random NBD client that misbehaves during the
# handshake and early in transmission, over a raw Unix socket (no libnbd).
#
#   nbd-hostile.py --socket PATH [--seed N] [--iterations N | --seconds S]
#                  [--write-area OFFSET:LENGTH] [--park=all|transmission|none]
#                  [--pile-up] [-v]
#                  [--timeout S]
#   nbd-hostile.py --socket PATH vanish [--count N] [--oldstyle]
#
# fuzz (default): each iteration opens a connection and follows a random
# plan: fixed newstyle greeting, then a random sequence of NBD_OPT_GO, INFO,
# LIST, EXPORT_NAME, STRUCTURED_REPLY, STARTTLS (the server has no TLS),
# LIST/SET_META_CONTEXT, ABORT, unknown options, malformed payloads, garbage
# instead of an option header, oversized option lengths and bad client
# flags.  It disconnects at random points: before the greeting, in the middle
# of a request, before reading a reply, after reading part of it, or after
# all of it.  When an export is entered (GO or EXPORT_NAME) it sometimes
# sends a few commands (reads, flushes, cache, block status without a meta
# context, out-of-range and oversized reads, unknown commands, a bad
# request magic; writes, zeroes and trims only inside --write-area) and
# again disconnects at a random point, or with NBD_CMD_DISC.  Some
# connections are parked (left open, at most 4) and closed by a later
# iteration, so that live half-negotiated connections overlap other
# clients' flushes (--park=transmission parks only connections past the
# handshake, for serialize_all_requests, where nbdkit 1.32 holds its global
# request lock for a whole handshake; --park=none, for
# serialize_connections, parks nothing).
# Abrupt endings in transmission leave at most one reply in flight, and
# never a read's or a block status's (replies nbdkit sends in pieces),
# because nbdkit 1.32.5 itself aborts otherwise (see transmission();
# --pile-up lifts this).
#
# Iteration I of seed S always makes the same plan (random.Random("S:I")),
# so the printed replay line repeats the client's side exactly; what the
# server answers may still depend on timing.
#
# vanish: the reproduction of a client that vanishes mid-handshake:
# connect, greeting, client flags, NBD_OPT_GO for the default export, and
# close before reading the reply; --count times (default 1).  With
# --oldstyle (a server started with nbdkit -o, which opens and prepares the
# export before its greeting): connect and close at once.
#
# Exit status: 0 if the server answered every connection (greeting received
# in time, every reply that had to come came); 1 if it stopped accepting
# connections or stalled (a greeting or a due reply did not arrive within
# --timeout seconds); 2 on usage errors.

import argparse
import errno
import os
import random
import socket
import struct
import sys
import time

NBDMAGIC = b"NBDMAGIC"
IHAVEOPT = 0x49484156454F5054
REPLY_MAGIC = 0x3E889045565A9
REQUEST_MAGIC = 0x25609513
SIMPLE_REPLY_MAGIC = 0x67446698
STRUCTURED_REPLY_MAGIC = 0x668E33EF

FLAG_FIXED_NEWSTYLE = 1
FLAG_NO_ZEROES = 2

OPT_EXPORT_NAME = 1
OPT_ABORT = 2
OPT_LIST = 3
OPT_STARTTLS = 5
OPT_INFO = 6
OPT_GO = 7
OPT_STRUCTURED_REPLY = 8
OPT_LIST_META_CONTEXT = 9
OPT_SET_META_CONTEXT = 10

REP_ACK = 1
REP_ERR = 1 << 31

CMD_READ, CMD_WRITE, CMD_DISC, CMD_FLUSH, CMD_TRIM, CMD_CACHE = 0, 1, 2, 3, 4, 5
CMD_WRITE_ZEROES, CMD_BLOCK_STATUS = 6, 7
CMD_FLAG_FUA = 1
REPLY_FLAG_DONE = 1
REPLY_TYPE_OFFSET_DATA = 1

MAX_PARKED = 4


class Stall(Exception):
    """The server did not send something it had to send."""


class Closed(Exception):
    """The server closed the connection (allowed after bad input)."""


class Counters(dict):
    verbose = False

    def add(self, key, n=1):
        self[key] = self.get(key, 0) + n
        if self.verbose:
            print("    %s" % key, flush=True)


def recv_exact(sock, n, must):
    """Read n bytes.  A timeout is a Stall if must, else Closed."""
    buf = bytearray()
    while len(buf) < n:
        try:
            chunk = sock.recv(n - len(buf))
        except socket.timeout:
            if must:
                raise Stall("no reply within the timeout")
            raise Closed("timeout")
        except OSError as e:
            raise Closed(os.strerror(e.errno or errno.EIO))
        if not chunk:
            raise Closed("EOF")
        buf += chunk
    return bytes(buf)


def send(sock, data):
    try:
        sock.sendall(data)
    except OSError as e:
        raise Closed(os.strerror(e.errno or errno.EIO))


class Conn:
    """One hostile connection following the plan drawn from rnd."""

    def __init__(self, args, rnd, stats):
        self.args, self.rnd, self.stats = args, rnd, stats
        self.sock = None
        self.structured = False
        self.no_zeroes = False
        self.size = None
        self.cookie = 1

    # -- connecting -------------------------------------------------------

    def connect(self):
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.settimeout(self.args.timeout)
        try:
            s.connect(self.args.socket)
        except OSError as e:
            s.close()
            raise Stall("cannot connect to %s: %s"
                        % (self.args.socket, os.strerror(e.errno or 0)))
        self.sock = s
        self.stats.add("connections")

    def close(self, how=None):
        if self.sock is None:
            return
        how = how or self.rnd.choice(["close", "close", "shutdown-wr",
                                      "shutdown-rdwr"])
        try:
            if how == "shutdown-wr":
                self.sock.shutdown(socket.SHUT_WR)
            elif how == "shutdown-rdwr":
                self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()
        self.sock = None

    def greeting(self):
        data = recv_exact(self.sock, 18, must=True)
        magic, opt, hflags = struct.unpack(">8sQH", data)
        if magic != NBDMAGIC or opt != IHAVEOPT:
            raise Stall("bad greeting %r" % data)
        return hflags

    # -- option phase ------------------------------------------------------

    def option_header(self, opt, length):
        return struct.pack(">QII", IHAVEOPT, opt, length)

    def read_option_replies(self, opt, must, partial):
        """Read replies to opt until ACK or an error.  Returns the final
        reply type, or None if we hung up while reading (partial)."""
        n = 0
        while True:
            if partial and self.rnd.random() < 0.5:
                # Read part of a reply header or payload, then vanish.
                recv_exact(self.sock, self.rnd.randint(1, 19), must)
                self.stats.add("vanished during a reply")
                return None
            hdr = recv_exact(self.sock, 20, must)
            magic, ropt, rtype, rlen = struct.unpack(">QIII", hdr)
            if magic != REPLY_MAGIC:
                raise Stall("bad option reply magic %x" % magic)
            if rlen:
                recv_exact(self.sock, rlen, must)
            n += 1
            if rtype == REP_ACK or rtype & REP_ERR:
                self.stats.add("option replies", n)
                if rtype & REP_ERR:
                    self.stats.add("option errors")
                return rtype
            if n > 10000:
                raise Stall("endless option replies")

    def name(self):
        r = self.rnd.random()
        if r < 0.6:
            return b""
        if r < 0.8:
            return bytes(self.rnd.choice(b"abcxyz") for _ in
                         range(self.rnd.randint(1, 8)))
        if r < 0.9:
            return b"\xff\xfe bad utf-8"
        return b"n" * self.rnd.choice([4096, 4097, 9000])

    def go_payload(self):
        name = self.name()
        infos = [self.rnd.choice([0, 1, 2, 3, 77])
                 for _ in range(self.rnd.choice([0, 0, 1, 3]))]
        p = struct.pack(">I", len(name)) + name + struct.pack(">H", len(infos))
        p += b"".join(struct.pack(">H", i) for i in infos)
        r = self.rnd.random()
        if r < 0.08:                     # name length beyond the payload
            p = struct.pack(">I", len(name) + 50) + p[4:]
        elif r < 0.14:                   # trailing junk
            p += b"junk"
        elif r < 0.18:                   # truncated
            p = p[:self.rnd.randint(0, len(p))]
        return p

    def meta_payload(self):
        name = self.name()
        queries = [self.rnd.choice([b"base:allocation", b"base:", b"x:y",
                                    b"qemu:dirty-bitmap:a"])
                   for _ in range(self.rnd.randint(0, 3))]
        p = struct.pack(">I", len(name)) + name + struct.pack(">I", len(queries))
        for q in queries:
            p += struct.pack(">I", len(q)) + q
        if self.rnd.random() < 0.1:
            p = p[:-1]
        return p

    def one_option(self):
        """Send one random option, maybe read its reply.  Returns "go" if
        the connection entered transmission, "done" if it should stop,
        None to go on negotiating."""
        rnd = self.rnd
        kind = rnd.choice(["go"] * 5 + ["info"] * 3 + ["list"] * 2 +
                          ["export_name"] * 2 + ["structured"] * 2 +
                          ["starttls", "unknown", "garbage", "oversized",
                           "abort", "list_meta", "set_meta"])
        self.stats.add("opt " + kind)
        must = True
        if kind in ("go", "info"):
            opt = OPT_GO if kind == "go" else OPT_INFO
            payload = self.go_payload()
        elif kind == "list":
            opt = OPT_LIST
            payload = b"" if rnd.random() < 0.9 else b"x"
        elif kind == "export_name":
            opt = OPT_EXPORT_NAME
            payload = self.name()
        elif kind == "structured":
            opt = OPT_STRUCTURED_REPLY
            payload = b"" if rnd.random() < 0.9 else b"xx"
        elif kind == "starttls":
            opt = OPT_STARTTLS
            payload = b""
        elif kind == "unknown":
            opt = rnd.choice([0, 4, 11, 12, 99, 0x7FFFFFFF, 0xFFFFFFFF])
            payload = bytes(rnd.randrange(256)
                            for _ in range(rnd.randint(0, 64)))
        elif kind == "abort":
            opt = OPT_ABORT
            payload = b""
        elif kind in ("list_meta", "set_meta"):
            opt = (OPT_LIST_META_CONTEXT if kind == "list_meta"
                   else OPT_SET_META_CONTEXT)
            payload = self.meta_payload()
        elif kind == "garbage":
            data = bytes(rnd.randrange(256) for _ in range(rnd.randint(1, 64)))
            send(self.sock, data)
            self.linger_then_close()
            return "done"
        else:                            # oversized
            length = rnd.choice([0x10001, 0x100000, 0x7FFFFFFF, 0xFFFFFFFF])
            opt = rnd.choice([OPT_GO, OPT_INFO, OPT_LIST, OPT_EXPORT_NAME, 99])
            send(self.sock, self.option_header(opt, length) +
                 bytes(rnd.randint(0, 200)))
            self.linger_then_close()
            return "done"

        msg = self.option_header(opt, len(payload)) + payload
        if rnd.random() < 0.06:
            # Hang up in the middle of the request.
            send(self.sock, msg[:rnd.randint(1, len(msg) - 1)])
            self.stats.add("vanished mid-request")
            self.close()
            return "done"
        send(self.sock, msg)

        when = rnd.random()
        if when < 0.22:
            self.stats.add("vanished before a reply")
            self.close()
            return "done"
        partial = when < 0.35

        if opt == OPT_EXPORT_NAME:
            # Success: size, flags, maybe 124 zeroes; failure: hang-up.
            if partial:
                recv_exact(self.sock, rnd.randint(1, 9), False)
                self.stats.add("vanished during a reply")
                self.close()
                return "done"
            try:
                data = recv_exact(self.sock, 10, False)
            except Closed:
                self.stats.add("export name refused")
                self.close()
                return "done"
            if not self.no_zeroes:
                recv_exact(self.sock, 124, must)
            self.size = struct.unpack(">Q", data[:8])[0]
            return "go"

        if opt == OPT_ABORT:
            try:
                self.read_option_replies(opt, False, False)
            except Closed:
                pass
            self.close()
            return "done"

        # A malformed payload may legitimately make the server hang up, so
        # only a well-formed request must be answered.
        rtype = self.read_option_replies(opt, must, partial)
        if rtype is None:
            self.close()
            return "done"
        if opt == OPT_STRUCTURED_REPLY and rtype == REP_ACK:
            self.structured = True
        if opt == OPT_GO and rtype == REP_ACK:
            return "go"
        return None

    def linger_then_close(self):
        """After input the server may reject by hanging up: wait a little
        for whatever it says, then hang up ourselves."""
        self.sock.settimeout(0.05)
        try:
            while self.sock.recv(4096):
                pass
        except OSError:
            pass
        self.close()

    # -- transmission ------------------------------------------------------

    def command(self, ctype, offset, length, flags=0, payload=b""):
        c = self.cookie
        self.cookie += 1
        return c, struct.pack(">IHHQQI", REQUEST_MAGIC, flags, ctype, c,
                              offset, length) + payload

    def random_command(self):
        rnd = self.rnd
        size = self.size or 0
        area = self.args.write_area
        kind = rnd.choice(["read"] * 4 + ["flush"] * 3 +
                          ["cache", "status", "beyond", "huge-read",
                           "unknown", "write", "zero", "trim", "fua-write"])
        self.stats.add("cmd " + kind)
        if kind in ("write", "zero", "trim", "fua-write") and area is None:
            kind = "read"
        if kind == "read" and size >= 512:
            off = rnd.randrange(size // 512) * 512
            return CMD_READ, off, min(rnd.choice([512, 4096, 65536]), size - off)
        if kind == "flush" or size < 512:
            return CMD_FLUSH, 0, 0
        if kind == "cache":
            return CMD_CACHE, 0, min(65536, size)
        if kind == "status":
            return CMD_BLOCK_STATUS, 0, min(65536, size)
        if kind == "beyond":
            return CMD_READ, size, 512
        if kind == "huge-read":
            return CMD_READ, 0, 64 * 1024 * 1024
        if kind == "unknown":
            return rnd.choice([8, 9, 100, 0xFFFF]), 0, 0
        off = area[0] + rnd.randrange(max(1, area[1] // 512)) * 512
        length = min(512 * rnd.randint(1, 8), area[0] + area[1] - off)
        if kind == "zero":
            return CMD_WRITE_ZEROES, off, length
        if kind == "trim":
            return CMD_TRIM, off, length
        return CMD_WRITE, off, length

    def read_replies(self, pending, must):
        """Read replies until every cookie in pending is answered."""
        while pending:
            magic = struct.unpack(">I", recv_exact(self.sock, 4, must))[0]
            if magic == SIMPLE_REPLY_MAGIC:
                err, cookie = struct.unpack(">IQ", recv_exact(self.sock, 12,
                                                              must))
                if cookie not in pending:
                    raise Stall("reply to unknown cookie %d" % cookie)
                ctype, length = pending.pop(cookie)
                if ctype == CMD_READ and err == 0:
                    recv_exact(self.sock, length, must)
                self.stats.add("command errors" if err else "command ok")
            elif magic == STRUCTURED_REPLY_MAGIC:
                flags, rtype, cookie, length = struct.unpack(
                    ">HHQI", recv_exact(self.sock, 16, must))
                if length:
                    recv_exact(self.sock, length, must)
                if cookie not in pending:
                    raise Stall("reply to unknown cookie %d" % cookie)
                if flags & REPLY_FLAG_DONE:
                    pending.pop(cookie)
                    self.stats.add("command errors" if rtype & 0x8000
                                   else "command ok")
            else:
                raise Stall("bad reply magic %x" % magic)

    def send_command(self, pending, one_piece=False):
        """Send one random command and remember that its reply is due.
        With one_piece (and without --pile-up), a read or block status,
        whose reply nbdkit sends in several pieces, becomes a flush (see
        transmission())."""
        ctype, off, length = self.random_command()
        if one_piece and not self.args.pile_up and \
                ctype in (CMD_READ, CMD_BLOCK_STATUS):
            self.stats.add("in-flight read made a flush")
            ctype, off, length = CMD_FLUSH, 0, 0
        payload = b""
        flags = 0
        if ctype == CMD_WRITE:
            payload = bytes([self.rnd.randrange(256)]) * length
            if self.rnd.random() < 0.3:
                flags = CMD_FLAG_FUA
        cookie, msg = self.command(ctype, off, length, flags, payload)
        send(self.sock, msg)
        pending[cookie] = (ctype, length)

    def transmission(self):
        """A few commands, then one way of ending.

        nbdkit 1.32.5 itself aborts (raw_send_socket: Assertion
        `sock >= 0', fixed upstream in 1.33.10) when one of a connection's
        worker threads finds the connection dead (a send fails, or a read
        fails with ECONNRESET because the client hung up with part of a
        reply unread) and closes the socket while another thread is still
        between two send() calls of a reply.  So unless --pile-up is given,
        every abrupt ending happens with at most one request in flight (the
        replies to the others are read first), and that request is one
        whose reply nbdkit sends in a single send(): not a read or block
        status, whose replies come in two or more pieces (header, then
        data)."""
        rnd = self.rnd
        self.stats.add("entered transmission")
        if rnd.random() < 0.3:
            self.stats.add("vanished at transmission start")
            self.close()
            return
        ending = rnd.choice(["full"] * 5 + ["before", "before", "during",
                             "during", "bad-magic", "mid-command"])
        pending = {}
        try:
            for _ in range(rnd.randint(1, 5)):
                self.send_command(pending)
            if ending != "full" and not self.args.pile_up:
                self.read_replies(pending, must=True)
                if ending in ("before", "during"):
                    self.send_command(pending, one_piece=True)
            if ending == "full":
                self.read_replies(pending, must=True)
        except Closed:
            # A huge read or an unknown command may be refused by a hang-up.
            self.stats.add("server hung up in transmission")
            self.close()
            return
        if ending == "before":
            self.stats.add("vanished before command replies")
            self.close()
        elif ending == "during":
            recv_exact(self.sock, rnd.randint(1, 15), False)
            self.stats.add("vanished during command replies")
            self.close()
        elif ending == "bad-magic":
            _, msg = self.command(CMD_READ, 0, 512)
            send(self.sock, struct.pack(">I", 0xDEADBEEF) + msg[4:])
            self.stats.add("bad request magic")
            self.linger_then_close()
        elif ending == "mid-command":
            _, msg = self.command(CMD_READ, 0, 512)
            send(self.sock, msg[:rnd.randint(1, len(msg) - 1)])
            self.stats.add("vanished mid-command")
            self.close()
        else:
            if rnd.random() < 0.5:
                _, msg = self.command(CMD_DISC, 0, 0)
                send(self.sock, msg)
                self.stats.add("sent NBD_CMD_DISC")
            self.close()

    # -- the whole plan ------------------------------------------------------

    def run(self):
        """Returns True if the connection should be parked (left open)."""
        rnd = self.rnd
        self.connect()
        r = rnd.random()
        if r < 0.04:
            self.stats.add("vanished before the greeting")
            self.close()
            return False
        if r < 0.07:
            recv_exact(self.sock, rnd.randint(1, 17), True)
            self.stats.add("vanished during the greeting")
            self.close()
            return False
        self.greeting()
        r = rnd.random()
        if r < 0.03:
            send(self.sock, struct.pack(">I", rnd.choice([0, 4, 0xFFFFFFFF])))
            self.stats.add("bad client flags")
            self.linger_then_close()
            return False
        if r < 0.05:
            send(self.sock, b"\0\0")
            self.stats.add("vanished during client flags")
            self.close()
            return False
        self.no_zeroes = rnd.random() < 0.5
        send(self.sock, struct.pack(">I", FLAG_FIXED_NEWSTYLE |
                                    (FLAG_NO_ZEROES if self.no_zeroes else 0)))
        for _ in range(rnd.randint(1, 6)):
            res = self.one_option()
            if res == "done":
                return False
            if res == "go":
                if self.args.park != "none" and rnd.random() < 0.1:
                    self.stats.add("parked in transmission")
                    return True
                self.transmission()
                return False
        if self.args.park == "all" and rnd.random() < 0.15:
            self.stats.add("parked in negotiation")
            return True
        self.stats.add("vanished between options")
        self.close()
        return False


def fuzz(args):
    stats = Counters()
    stats.verbose = args.verbose
    parked = []
    start = time.monotonic()
    i = 0
    failure = None
    print("nbd-hostile: seed %d" % args.seed, flush=True)
    while True:
        if args.iterations is not None:
            if i >= args.iterations:
                break
        elif time.monotonic() - start >= args.seconds:
            break
        rnd = random.Random("%d:%d" % (args.seed, i))
        if args.verbose:
            print("  iteration %d" % i, flush=True)
        c = Conn(args, rnd, stats)
        try:
            if c.run():
                parked.append(c)
        except Closed:
            stats.add("server hung up")
            c.close("close")
        except Stall as e:
            failure = "iteration %d: %s" % (i, e)
            c.close("close")
            break
        if parked and (len(parked) > MAX_PARKED or rnd.random() < 0.2):
            parked.pop(rnd.randrange(len(parked))).close()
        i += 1
    for c in parked:
        c.close()
    secs = time.monotonic() - start
    for k in sorted(stats):
        print("  %-34s %d" % (k, stats[k]))
    print("nbd-hostile: %d iterations in %.1fs, seed %d: %s"
          % (i, secs, args.seed, failure or "server answered every time"))
    print("replay: /usr/bin/python3 %s --socket %s --seed %d --iterations %d%s%s%s"
          % (sys.argv[0], args.socket, args.seed, i + (1 if failure else 0),
             " --write-area %d:%d" % tuple(args.write_area)
             if args.write_area else "",
             " --park=%s" % args.park if args.park != "all" else "",
             " --pile-up" if args.pile_up else ""), flush=True)
    if failure:
        print("nbd-hostile: FAILED: %s" % failure, file=sys.stderr)
        return 1
    return 0


def vanish(args):
    """Connect, negotiate, send NBD_OPT_GO and close before the reply."""
    name = args.export.encode()
    payload = struct.pack(">I", len(name)) + name + struct.pack(">H", 0)
    for _ in range(args.count):
        stats = Counters()
        c = Conn(args, random.Random(0), stats)
        try:
            c.connect()
            if args.oldstyle:
                # An oldstyle server opens and prepares the export before
                # it sends its greeting: hang up at once.
                c.close("close")
                continue
            c.greeting()
            send(c.sock, struct.pack(">I", FLAG_FIXED_NEWSTYLE | FLAG_NO_ZEROES))
            send(c.sock, c.option_header(OPT_GO, len(payload)) + payload)
        except (Closed, Stall) as e:
            print("nbd-hostile: vanish: FAILED: %s" % e, file=sys.stderr)
            return 1
        c.close("close")
    return 0


def area(s):
    try:
        off, length = (int(x, 0) for x in s.split(":"))
    except ValueError:
        raise argparse.ArgumentTypeError("expected OFFSET:LENGTH")
    if off % 512 or length < 512:
        raise argparse.ArgumentTypeError("OFFSET must be a multiple of 512 "
                                         "and LENGTH at least 512")
    return (off, length)


def main():
    p = argparse.ArgumentParser(
        description="Seeded hostile NBD handshake client (raw sockets).")
    p.add_argument("mode", nargs="?", default="fuzz",
                   choices=["fuzz", "vanish"])
    p.add_argument("--socket", required=True, help="Unix socket of the server")
    p.add_argument("--seed", type=int, default=None,
                   help="random seed (default: random; always printed)")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--iterations", type=int, default=None)
    g.add_argument("--seconds", type=float, default=None)
    p.add_argument("--write-area", type=area, default=None,
                   metavar="OFFSET:LENGTH",
                   help="where writes, zeroes and trims may go "
                        "(default: nowhere, the fuzzer only reads)")
    p.add_argument("--park", choices=["all", "transmission", "none"],
                   default="all",
                   help="which connections may be left open across "
                        "iterations: any (default), only those that "
                        "entered transmission (for serialize_all_requests, "
                        "where nbdkit 1.32 holds its global request lock "
                        "for a whole handshake), none (for "
                        "serialize_connections)")
    p.add_argument("--no-park", dest="park", action="store_const",
                   const="none", help="the same as --park=none")
    p.add_argument("--pile-up", action="store_true",
                   help="hang up with several replies in flight (aborts "
                        "nbdkit 1.32.5 itself, see transmission())")
    p.add_argument("--timeout", type=float, default=10.0,
                   help="seconds to wait for a greeting or a due reply")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="print every step (for replays)")
    p.add_argument("--count", type=int, default=1, help="vanish: clients")
    p.add_argument("--export", default="", help="vanish: export name")
    p.add_argument("--oldstyle", action="store_true",
                   help="vanish: the server speaks the oldstyle protocol "
                        "(nbdkit -o): connect and hang up at once")
    args = p.parse_args()
    if args.seed is None:
        args.seed = random.SystemRandom().randrange(1 << 31)
    if args.iterations is None and args.seconds is None:
        args.iterations = 200
    if args.mode == "vanish":
        return vanish(args)
    return fuzz(args)


if __name__ == "__main__":
    sys.exit(main())
