/**
 * The socket object over TCP, on IPv4 (127.0.0.1) and IPv6 (::1): every
 * method of the spec on a stream connection, with exact bytes, addresses
 * and errno numbers. One thread: the kernel completes loopback handshakes,
 * and data is always sent before a blocking receive.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { constants as C, errno as E, layouts, os } from "../platform/mod.ts";
import { AF_INET, AF_INET6, Socket, socket, SocketType } from "../mod.ts";
import { strerror } from "../socket/errors.ts";
import { checkFdLeaks } from "./_fd.ts";
import {
  assertErrno,
  bytes,
  type IpFamily,
  listener,
  loopback,
  pattern,
  recvExactly,
  Scope,
  tcpPair,
} from "./_net.ts";
import { it } from "./_skip.ts";

const WINDOWS = os === "windows";
/** Skips a test of sendmsg()/recvmsg() where the platform has neither. */
const NO_MSG = layouts.msghdr === undefined &&
  "no sendmsg()/recvmsg() here (Winsock has neither; CPython offers neither on Windows)";

const families: [string, IpFamily][] = [["IPv4", AF_INET], [
  "IPv6",
  AF_INET6,
]];

/** A `struct linger` as the platform lays it out (4 bytes on Windows). */
function lingerBytes(onoff: number, seconds: number): Uint8Array {
  const { size, fields } = layouts.linger;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  for (
    const [[at, width], value] of [[fields.l_onoff, onoff], [
      fields.l_linger,
      seconds,
    ]] as const
  ) {
    if (width === 2) view.setUint16(at, value, true);
    else view.setInt32(at, value, true);
  }
  return out;
}

/** The address a family's socket reports for `host` and `port`. */
function addr(family: number, host: string, port: number): unknown[] {
  return family === C.AF_INET6 ? [host, port, 0, 0] : [host, port];
}

for (const [name, family] of families) {
  const host = loopback(family);

  describe(`TCP over ${name}`, () => {
    checkFdLeaks();

    it("socket() makes a stream socket with the given family, type and proto", () => {
      using scope = new Scope();
      const s = scope.add(socket(family, C.SOCK_STREAM));
      assert.ok(s instanceof SocketType);
      assert.ok(s instanceof Socket);
      assert.equal(s.family, family);
      assert.equal(s.type, C.SOCK_STREAM);
      assert.equal(s.proto, 0);
      assert.equal(s.getsockopt(C.SOL_SOCKET, C.SO_TYPE), C.SOCK_STREAM);
      // SO_DOMAIN and SO_PROTOCOL are Linux's (Winsock has neither).
      if (C.SO_DOMAIN !== undefined) {
        assert.equal(s.getsockopt(C.SOL_SOCKET, C.SO_DOMAIN), family);
        assert.equal(s.getsockopt(C.SOL_SOCKET, C.SO_PROTOCOL), C.IPPROTO_TCP);
      }
      assert.ok(Number.isInteger(s.fileno()) && s.fileno() > 2);
    });

    it("socket() with IPPROTO_TCP keeps the protocol", () => {
      using scope = new Scope();
      const s = scope.add(socket(family, C.SOCK_STREAM, C.IPPROTO_TCP));
      assert.equal(s.proto, C.IPPROTO_TCP);
    });

    it("bind() to port 0 takes a free port that getsockname() reports", () => {
      using scope = new Scope();
      const s = scope.add(socket(family, C.SOCK_STREAM));
      s.bind([host, 0]);
      const got = s.getsockname();
      assert.equal(got.length, family === C.AF_INET6 ? 4 : 2);
      const port = got[1];
      assert.ok(port > 0 && port <= 65535);
      assert.deepEqual(got, addr(family, host, port));
    });

    it("getsockname() of an unbound socket is the wildcard address, port 0", () => {
      using scope = new Scope();
      const s = scope.add(socket(family, C.SOCK_STREAM));
      if (WINDOWS) {
        // Winsock: WSAEINVAL, "the socket has not been bound" (as in CPython).
        assertErrno(() => s.getsockname(), E.EINVAL);
        return;
      }
      assert.deepEqual(
        s.getsockname(),
        addr(family, family === C.AF_INET6 ? "::" : "0.0.0.0", 0),
      );
    });

    it("bind() with an empty host binds the wildcard address", () => {
      using scope = new Scope();
      const s = scope.add(socket(family, C.SOCK_STREAM));
      s.bind(["", 0]);
      const [h] = s.getsockname();
      assert.equal(h, family === C.AF_INET6 ? "::" : "0.0.0.0");
    });

    it("bind() to a port in use raises error EADDRINUSE", () => {
      using scope = new Scope();
      const l = listener(scope, family);
      const s = scope.add(socket(family, C.SOCK_STREAM));
      assertErrno(() => s.bind(l.getsockname()), E.EADDRINUSE);
    });

    it("bind() twice raises error EINVAL", () => {
      using scope = new Scope();
      const s = scope.add(socket(family, C.SOCK_STREAM));
      s.bind([host, 0]);
      assertErrno(() => s.bind([host, 0]), E.EINVAL);
    });

    it("connect() and accept() agree on both ends' addresses", () => {
      using scope = new Scope();
      const l = listener(scope, family);
      const c = scope.add(socket(family, C.SOCK_STREAM));
      c.connect(l.getsockname());
      const [s, peer] = l.accept();
      scope.add(s);
      assert.deepEqual(peer, c.getsockname());
      assert.deepEqual(s.getpeername(), c.getsockname());
      assert.deepEqual(c.getpeername(), l.getsockname());
      assert.deepEqual(s.getsockname(), l.getsockname());
      const [h, port] = peer;
      assert.equal(h, host);
      assert.ok(port > 0 && port !== l.getsockname()[1]);
    });

    it("accept() returns a socket of the listener's family, type and proto", () => {
      using scope = new Scope();
      const [, s] = tcpPair(scope, family);
      assert.ok(s instanceof SocketType);
      assert.equal(s.family, family);
      assert.equal(s.type, C.SOCK_STREAM);
      assert.equal(s.proto, 0);
      assert.equal(s.gettimeout(), null);
    });

    it("accept() takes queued connections in order", () => {
      using scope = new Scope();
      const l = listener(scope, family);
      const clients = [0, 1, 2].map(() => {
        const c = scope.add(socket(family, C.SOCK_STREAM));
        c.connect(l.getsockname());
        return c;
      });
      for (const c of clients) {
        const [s, peer] = l.accept();
        scope.add(s);
        assert.deepEqual(peer, c.getsockname());
      }
    });

    it("connect() with a two-element address works (flowinfo and scope_id default to 0)", () => {
      using scope = new Scope();
      const l = listener(scope, family);
      const c = scope.add(socket(family, C.SOCK_STREAM));
      const port = l.getsockname()[1];
      c.connect([host, port]);
      scope.add(l.accept()[0]);
      assert.deepEqual(c.getpeername(), addr(family, host, port));
    });

    it("connect_ex() returns 0 on success", () => {
      using scope = new Scope();
      const l = listener(scope, family);
      const c = scope.add(socket(family, C.SOCK_STREAM));
      assert.equal(c.connect_ex(l.getsockname()), 0);
      scope.add(l.accept()[0]);
      assert.deepEqual(c.getpeername(), l.getsockname());
    });

    it("connect() to a closed port raises error ECONNREFUSED; connect_ex() returns it", () => {
      using scope = new Scope();
      const l = listener(scope, family);
      const where = l.getsockname();
      l.close();
      const c = scope.add(socket(family, C.SOCK_STREAM));
      const e = assertErrno(() => c.connect(where), E.ECONNREFUSED);
      // Windows' text is FormatMessageW's, which depends on the system.
      const text = WINDOWS ? strerror(E.ECONNREFUSED) : "Connection refused";
      assert.equal(e.message, `[Errno ${E.ECONNREFUSED}] ${text}`);
      assert.equal(e.strerror, text);
      const d = scope.add(socket(family, C.SOCK_STREAM));
      assert.equal(d.connect_ex(where), E.ECONNREFUSED);
    });

    it("connect() on a connected socket raises error EISCONN", () => {
      using scope = new Scope();
      const [c, , l] = tcpPair(scope, family);
      assertErrno(() => c.connect(l.getsockname()), E.EISCONN);
      assert.equal(c.connect_ex(l.getsockname()), E.EISCONN);
    });

    it("getpeername() of an unconnected socket raises error ENOTCONN", () => {
      using scope = new Scope();
      const s = scope.add(socket(family, C.SOCK_STREAM));
      assertErrno(() => s.getpeername(), E.ENOTCONN);
    });

    it("send() returns the count and recv() returns exactly those bytes", () => {
      using scope = new Scope();
      const [c, s] = tcpPair(scope, family);
      const data = pattern(1000);
      assert.equal(c.send(data), 1000);
      assert.deepEqual(recvExactly(s, 1000), data);
      assert.equal(s.send(bytes("back")), 4);
      assert.deepEqual(c.recv(4), bytes("back"));
    });

    it("recv() returns at most bufsize bytes and leaves the rest queued", () => {
      using scope = new Scope();
      const [c, s] = tcpPair(scope, family);
      c.sendall(bytes("abcdefgh"));
      assert.deepEqual(s.recv(3), bytes("abc"));
      assert.deepEqual(recvExactly(s, 5), bytes("defgh"));
    });

    it("recv() returns a new array of exactly the received length", () => {
      using scope = new Scope();
      const [c, s] = tcpPair(scope, family);
      c.sendall(bytes("xyz"));
      const got = s.recv(4096);
      assert.ok(got instanceof Uint8Array);
      assert.deepEqual(got, bytes("xyz"));
      assert.equal(got.byteLength, 3);
    });

    it("recv(0) returns an empty array", () => {
      using scope = new Scope();
      const [c, s] = tcpPair(scope, family);
      c.sendall(bytes("q"));
      assert.deepEqual(s.recv(0), new Uint8Array(0));
      assert.deepEqual(s.recv(1), bytes("q"));
    });

    it("recv() returns an empty array at end of stream (peer shutdown SHUT_WR)", () => {
      using scope = new Scope();
      const [c, s] = tcpPair(scope, family);
      c.sendall(bytes("last"));
      c.shutdown(C.SHUT_WR);
      assert.deepEqual(recvExactly(s, 4), bytes("last"));
      assert.deepEqual(s.recv(10), new Uint8Array(0));
      assert.deepEqual(s.recv(10), new Uint8Array(0));
      // The other direction still works.
      s.sendall(bytes("reply"));
      assert.deepEqual(recvExactly(c, 5), bytes("reply"));
    });

    it("recv() returns an empty array after the peer closes", () => {
      using scope = new Scope();
      const [c, s] = tcpPair(scope, family);
      c.sendall(bytes("bye"));
      c.close();
      assert.deepEqual(recvExactly(s, 3), bytes("bye"));
      assert.deepEqual(s.recv(10), new Uint8Array(0));
    });

    it("recv() with MSG_PEEK leaves the data queued", () => {
      using scope = new Scope();
      const [c, s] = tcpPair(scope, family);
      c.sendall(bytes("peek"));
      assert.deepEqual(s.recv(4, C.MSG_PEEK | C.MSG_WAITALL), bytes("peek"));
      assert.deepEqual(s.recv(4), bytes("peek"));
    });

    it("recv() with MSG_WAITALL waits for the whole count", () => {
      using scope = new Scope();
      const [c, s] = tcpPair(scope, family);
      c.send(bytes("ab"));
      c.send(bytes("cd"));
      assert.deepEqual(s.recv(4, C.MSG_WAITALL), bytes("abcd"));
    });

    it("recv() with MSG_DONTWAIT on an empty queue raises error EAGAIN", {
      skip: C.MSG_DONTWAIT === undefined && "no MSG_DONTWAIT here (Winsock)",
    }, () => {
      using scope = new Scope();
      const [, s] = tcpPair(scope, family);
      assertErrno(() => s.recv(1, C.MSG_DONTWAIT), E.EAGAIN);
    });

    it("sendall() delivers 32 KiB whole and in order", () => {
      using scope = new Scope();
      const [c, s] = tcpPair(scope, family);
      const data = pattern(32 * 1024, 3);
      assert.equal(c.sendall(data), undefined);
      assert.deepEqual(recvExactly(s, data.length), data);
    });

    it("send() and sendall() accept strings (UTF-8), ArrayBuffer and any view", () => {
      using scope = new Scope();
      const [c, s] = tcpPair(scope, family);
      assert.equal(c.send("héllo"), 6);
      assert.deepEqual(recvExactly(s, 6), bytes("héllo"));
      const words = new Uint16Array([0x0102, 0x0304]);
      assert.equal(c.send(words), 4);
      assert.deepEqual(recvExactly(s, 4), new Uint8Array(words.buffer));
      c.sendall(new Uint8Array([9, 8, 7]).buffer);
      assert.deepEqual(recvExactly(s, 3), new Uint8Array([9, 8, 7]));
      const backing = new Uint8Array([0, 1, 2, 3, 4, 5]);
      c.sendall(new DataView(backing.buffer, 2, 3));
      assert.deepEqual(recvExactly(s, 3), new Uint8Array([2, 3, 4]));
      c.sendall(backing.subarray(4));
      assert.deepEqual(recvExactly(s, 2), new Uint8Array([4, 5]));
    });

    it("send() of nothing returns 0", () => {
      using scope = new Scope();
      const [c] = tcpPair(scope, family);
      assert.equal(c.send(new Uint8Array(0)), 0);
      assert.equal(c.sendall(""), undefined);
    });

    it("recv_into() fills the buffer and returns the count", () => {
      using scope = new Scope();
      const [c, s] = tcpPair(scope, family);
      c.sendall(bytes("12345"));
      const buf = new Uint8Array(8).fill(0xee);
      s.settimeout(5);
      let n = s.recv_into(buf);
      while (n < 5) n += s.recv_into(buf.subarray(n));
      assert.equal(n, 5);
      assert.deepEqual(
        buf,
        new Uint8Array([49, 50, 51, 52, 53, 0xee, 0xee, 0xee]),
      );
    });

    it("recv_into() with nbytes receives at most nbytes", () => {
      using scope = new Scope();
      const [c, s] = tcpPair(scope, family);
      c.sendall(bytes("abcdef"));
      const buf = new Uint8Array(6);
      assert.equal(s.recv_into(buf, 2), 2);
      assert.deepEqual(buf, new Uint8Array([97, 98, 0, 0, 0, 0]));
      assert.deepEqual(recvExactly(s, 4), bytes("cdef"));
    });

    it("recv_into() writes a subarray at its offset", () => {
      using scope = new Scope();
      const [c, s] = tcpPair(scope, family);
      c.sendall(bytes("xy"));
      const buf = new Uint8Array(6);
      assert.equal(s.recv_into(buf.subarray(3, 5), 0, C.MSG_WAITALL), 2);
      assert.deepEqual(buf, new Uint8Array([0, 0, 0, 120, 121, 0]));
    });

    it("recv_into() accepts an ArrayBuffer, a DataView and a Uint16Array", () => {
      using scope = new Scope();
      const [c, s] = tcpPair(scope, family);
      c.sendall(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
      const ab = new ArrayBuffer(2);
      assert.equal(s.recv_into(ab, 0, C.MSG_WAITALL), 2);
      assert.deepEqual(new Uint8Array(ab), new Uint8Array([1, 2]));
      const backing = new Uint8Array(4);
      assert.equal(
        s.recv_into(new DataView(backing.buffer, 1, 2), 0, C.MSG_WAITALL),
        2,
      );
      assert.deepEqual(backing, new Uint8Array([0, 3, 4, 0]));
      const words = new Uint16Array(2);
      assert.equal(s.recv_into(words, 0, C.MSG_WAITALL), 4);
      assert.deepEqual(
        new Uint8Array(words.buffer),
        new Uint8Array([5, 6, 7, 8]),
      );
    });

    it("recvfrom() on a connected stream returns the data and a null address", () => {
      using scope = new Scope();
      const [c, s] = tcpPair(scope, family);
      c.sendall(bytes("hi"));
      const [data, from] = s.recvfrom(2, C.MSG_WAITALL);
      assert.deepEqual(data, bytes("hi"));
      // Winsock ignores from/fromlen on a connected stream: the zeroed
      // buffer comes back whole, family AF_UNSPEC (as in CPython there).
      if (WINDOWS) assert.equal(from?.[0], C.AF_UNSPEC);
      else assert.equal(from, null);
    });

    it("recvfrom_into() on a connected stream returns the count and a null address", () => {
      using scope = new Scope();
      const [c, s] = tcpPair(scope, family);
      c.sendall(bytes("hi"));
      const buf = new Uint8Array(5);
      const [n, from] = s.recvfrom_into(buf, 2, C.MSG_WAITALL);
      assert.equal(n, 2);
      if (WINDOWS) assert.equal(from?.[0], C.AF_UNSPEC);
      else assert.equal(from, null);
      assert.deepEqual(buf, new Uint8Array([104, 105, 0, 0, 0]));
    });

    it(
      "sendmsg() joins its buffers and recvmsg() returns [data, [], 0, null]",
      {
        skip: NO_MSG,
      },
      () => {
        using scope = new Scope();
        const [c, s] = tcpPair(scope, family);
        assert.equal(c.sendmsg([bytes("ab"), "cd", new Uint8Array([101])]), 5);
        const [data, anc, flags, address] = s.recvmsg(5, 0, C.MSG_WAITALL);
        assert.deepEqual(data, bytes("abcde"));
        assert.deepEqual(anc, []);
        assert.equal(flags, 0);
        assert.equal(address, null);
      },
    );

    it("shutdown(SHUT_RDWR) ends both directions", () => {
      using scope = new Scope();
      const [c, s] = tcpPair(scope, family);
      c.shutdown(C.SHUT_RDWR);
      assert.deepEqual(s.recv(1), new Uint8Array(0));
      if (WINDOWS) {
        // Winsock: both directions of a shut-down socket fail WSAESHUTDOWN.
        assertErrno(() => c.recv(1), E.ESHUTDOWN);
        assertErrno(() => c.send(bytes("x")), E.ESHUTDOWN);
        return;
      }
      assert.deepEqual(c.recv(1), new Uint8Array(0));
      assertErrno(() => c.send(bytes("x")), E.EPIPE);
    });

    it("shutdown() of an unconnected socket raises error ENOTCONN", () => {
      using scope = new Scope();
      const s = scope.add(socket(family, C.SOCK_STREAM));
      assertErrno(() => s.shutdown(C.SHUT_RDWR), E.ENOTCONN);
    });

    it("listen() accepts backlog 0, a negative backlog and no backlog", () => {
      using scope = new Scope();
      for (const backlog of [0, -5, undefined]) {
        const s = scope.add(socket(family, C.SOCK_STREAM));
        s.bind([host, 0]);
        if (backlog === undefined) s.listen();
        else s.listen(backlog);
        const c = scope.add(socket(family, C.SOCK_STREAM));
        c.connect(s.getsockname());
        scope.add(s.accept()[0]);
      }
    });

    it("setsockopt() and getsockopt() round-trip integer and boolean options", () => {
      using scope = new Scope();
      const s = scope.add(socket(family, C.SOCK_STREAM));
      assert.equal(s.getsockopt(C.SOL_SOCKET, C.SO_REUSEADDR), 0);
      s.setsockopt(C.SOL_SOCKET, C.SO_REUSEADDR, 1);
      assert.equal(s.getsockopt(C.SOL_SOCKET, C.SO_REUSEADDR), 1);
      s.setsockopt(C.SOL_SOCKET, C.SO_REUSEADDR, false);
      assert.equal(s.getsockopt(C.SOL_SOCKET, C.SO_REUSEADDR), 0);
      s.setsockopt(C.IPPROTO_TCP, C.TCP_NODELAY, true);
      assert.equal(s.getsockopt(C.IPPROTO_TCP, C.TCP_NODELAY), 1);
      s.setsockopt(C.SOL_SOCKET, C.SO_KEEPALIVE, 1);
      assert.equal(s.getsockopt(C.SOL_SOCKET, C.SO_KEEPALIVE), 1);
      assert.equal(s.getsockopt(C.SOL_SOCKET, C.SO_ERROR), 0);
    });

    it("getsockopt() with buflen returns the option's raw bytes", () => {
      using scope = new Scope();
      const s = scope.add(socket(family, C.SOCK_STREAM));
      s.setsockopt(C.SOL_SOCKET, C.SO_RCVBUF, 8192);
      const n = s.getsockopt(C.SOL_SOCKET, C.SO_RCVBUF) as number;
      assert.equal(n, WINDOWS ? 8192 : 16384); // Linux doubles the value
      const raw = s.getsockopt(C.SOL_SOCKET, C.SO_RCVBUF, 4);
      assert.deepEqual(raw, new Uint8Array(new Int32Array([n]).buffer));
      // A larger buffer comes back cut to what the kernel wrote.
      assert.equal(
        (s.getsockopt(C.SOL_SOCKET, C.SO_RCVBUF, 64) as Uint8Array).length,
        4,
      );
    });

    it("setsockopt() with bytes sets a struct option (SO_LINGER)", () => {
      using scope = new Scope();
      const s = scope.add(socket(family, C.SOCK_STREAM));
      const linger = lingerBytes(1, 7);
      const size = linger.byteLength;
      s.setsockopt(C.SOL_SOCKET, C.SO_LINGER, linger);
      assert.deepEqual(s.getsockopt(C.SOL_SOCKET, C.SO_LINGER, size), linger);
      s.setsockopt(C.SOL_SOCKET, C.SO_LINGER, lingerBytes(0, 0));
      const off = s.getsockopt(C.SOL_SOCKET, C.SO_LINGER, size) as Uint8Array;
      if (WINDOWS) {
        // What Winsock keeps as the time once lingering is off is not
        // documented (Wine keeps it, as Linux does): only l_onoff is checked.
        const [at, width] = layouts.linger.fields.l_onoff;
        assert.deepEqual(off.subarray(at, at + width), new Uint8Array(width));
        return;
      }
      // Turning lingering off keeps the time (Linux, as in C).
      assert.deepEqual(off, lingerBytes(0, 7));
    });

    it("setsockopt() of an unknown option raises error ENOPROTOOPT", () => {
      using scope = new Scope();
      const s = scope.add(socket(family, C.SOCK_STREAM));
      assertErrno(() => s.setsockopt(C.SOL_SOCKET, 12345, 1), E.ENOPROTOOPT);
      assertErrno(() => s.getsockopt(C.SOL_SOCKET, 12345), E.ENOPROTOOPT);
    });

    it("ioctl(FIONREAD) returns the number of bytes waiting", () => {
      using scope = new Scope();
      const [c, s] = tcpPair(scope, family);
      assert.equal(s.ioctl(C.FIONREAD), 0);
      c.sendall(bytes("seven!!"));
      assert.deepEqual(s.recv(7, C.MSG_PEEK | C.MSG_WAITALL), bytes("seven!!"));
      assert.equal(s.ioctl(C.FIONREAD), 7);
      s.recv(3);
      assert.equal(s.ioctl(C.FIONREAD), 4);
    });

    it("MSG_OOB data and ioctl(SIOCATMARK) mark the urgent byte", () => {
      using scope = new Scope();
      const [c, s] = tcpPair(scope, family);
      c.sendall(bytes("abc"));
      assert.equal(c.send(bytes("!"), C.MSG_OOB), 1);
      // The urgent byte is readable out of band once it has arrived.
      s.settimeout(5);
      let oob: Uint8Array | null = null;
      for (let i = 0; oob === null; i++) {
        try {
          oob = s.recv(1, C.MSG_OOB);
        } catch (e) {
          // EINVAL until the urgent pointer arrives; the data is already sent.
          if (i > 1000) throw e;
          s.recv(3, C.MSG_PEEK | C.MSG_WAITALL);
        }
      }
      assert.deepEqual(oob, bytes("!"));
      // Winsock's SIOCATMARK says whether no urgent data waits (true once
      // it is read); BSD's whether the next read is at the urgent mark.
      assert.equal(s.ioctl(C.SIOCATMARK), WINDOWS ? 1 : 0);
      assert.deepEqual(recvExactly(s, 3), bytes("abc"));
      // Windows would say 1 again (no urgent data waits); Wine says 0.
      if (!WINDOWS) assert.equal(s.ioctl(C.SIOCATMARK), 1);
    });
  });
}

describe("TCP over IPv4 only", () => {
  checkFdLeaks();

  it("connect() resolves the host name localhost", () => {
    using scope = new Scope();
    const l = listener(scope, AF_INET);
    const c = scope.add(socket());
    const [, port] = l.getsockname();
    c.connect(["localhost", port]);
    scope.add(l.accept()[0]);
    assert.deepEqual(c.getpeername(), ["127.0.0.1", port]);
  });

  it("socket() with no arguments is AF_INET, SOCK_STREAM, 0", () => {
    using scope = new Scope();
    const s = scope.add(socket());
    assert.deepEqual([s.family, s.type, s.proto], [
      C.AF_INET,
      C.SOCK_STREAM,
      0,
    ]);
  });
});

describe("TCP over IPv6 only", () => {
  checkFdLeaks();

  it("a dual-stack listener accepts IPv4 clients as ::ffff:127.0.0.1", () => {
    using scope = new Scope();
    const l = scope.add(socket(AF_INET6, C.SOCK_STREAM));
    l.setsockopt(C.IPPROTO_IPV6, C.IPV6_V6ONLY, 0);
    l.bind(["::", 0]);
    l.listen();
    const port = l.getsockname()[1];
    const c = scope.add(socket(AF_INET, C.SOCK_STREAM));
    c.connect(["127.0.0.1", port]);
    const [s, peer] = l.accept();
    scope.add(s);
    const [, cport] = c.getsockname();
    assert.deepEqual(peer, ["::ffff:127.0.0.1", cport, 0, 0]);
    assert.deepEqual(s.getsockname(), ["::ffff:127.0.0.1", port, 0, 0]);
  });

  it("a v6-only listener refuses IPv4 clients", () => {
    using scope = new Scope();
    const l = scope.add(socket(AF_INET6, C.SOCK_STREAM));
    l.setsockopt(C.IPPROTO_IPV6, C.IPV6_V6ONLY, 1);
    assert.equal(l.getsockopt(C.IPPROTO_IPV6, C.IPV6_V6ONLY), 1);
    l.bind(["::", 0]);
    l.listen();
    const port = l.getsockname()[1];
    const c = scope.add(socket(AF_INET, C.SOCK_STREAM));
    assert.equal(c.connect_ex(["127.0.0.1", port]), E.ECONNREFUSED);
  });

  it("connect() with flowinfo and scope_id 0 given explicitly", () => {
    using scope = new Scope();
    const l = listener(scope, AF_INET6);
    const c = scope.add(socket(AF_INET6, C.SOCK_STREAM));
    const port = l.getsockname()[1];
    c.connect(["::1", port, 0, 0]);
    scope.add(l.accept()[0]);
    assert.deepEqual(c.getpeername(), ["::1", port, 0, 0]);
  });

  it("an IPv4-mapped address is written in its mixed form", () => {
    using scope = new Scope();
    const l = scope.add(socket(AF_INET6, C.SOCK_STREAM));
    // Windows' default is IPV6_V6ONLY on, which refuses mapped addresses.
    l.setsockopt(C.IPPROTO_IPV6, C.IPV6_V6ONLY, 0);
    l.bind(["::ffff:127.0.0.1", 0]);
    const [h] = l.getsockname();
    assert.equal(h, "::ffff:127.0.0.1");
  });
});
