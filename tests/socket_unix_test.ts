/**
 * The socket object over AF_UNIX: stream, datagram and seqpacket sockets
 * bound to paths in a temporary directory, Linux abstract names, and the
 * limits of `sun_path`.
 */
import { after, before, describe } from "node:test";
import assert from "node:assert/strict";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  unlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { constants as C, errno as E, features } from "../platform/mod.ts";
import { error, socket, socketpair } from "../mod.ts";
import { checkFdLeaks } from "./_fd.ts";
import {
  assertErrno,
  bytes,
  pattern,
  recvExactly,
  Scope,
  udpSocket,
} from "./_net.ts";
import { describeOrSkip, it } from "./_skip.ts";

const encoder = new TextEncoder();
let dir = "";
let counter = 0;

/** A fresh path in the test directory. */
function path(name = "s"): string {
  return join(dir, `${name}${counter++}`);
}

/** A unique abstract name. */
function abstract(name: string): string {
  return `\0berkeley-socket-test-${name}-${
    Math.random().toString(36).slice(2)
  }`;
}

/**
 * Why the file is skipped: these are BSD AF_UNIX semantics, with
 * socketpair(2); Winsock has no socketpair (and Wine no AF_UNIX at all).
 */
function unixMissing(): string | false {
  if (!features.socketpair) {
    return "AF_UNIX tests need socketpair(2), which this platform lacks";
  }
  try {
    socket(C.AF_UNIX, C.SOCK_STREAM).close();
    return false;
  } catch (e) {
    if (e instanceof error) return `no AF_UNIX sockets here: ${e.message}`;
    throw e;
  }
}

describeOrSkip("AF_UNIX", unixMissing(), () => {
  checkFdLeaks();
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "sock-"));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  describe("SOCK_STREAM on a path", () => {
    it("bind() creates the socket file; getsockname() returns the path", () => {
      using scope = new Scope();
      const p = path();
      const s = scope.add(socket(C.AF_UNIX, C.SOCK_STREAM));
      assert.deepEqual([s.family, s.type, s.proto], [
        C.AF_UNIX,
        C.SOCK_STREAM,
        0,
      ]);
      s.bind(p);
      assert.ok(statSync(p).isSocket());
      assert.equal(s.getsockname(), p);
    });

    it("getsockname() of an unbound socket is the empty string", () => {
      using scope = new Scope();
      const s = scope.add(socket(C.AF_UNIX, C.SOCK_STREAM));
      assert.equal(s.getsockname(), "");
    });

    it("connect() and accept(): addresses on both ends, data both ways", () => {
      using scope = new Scope();
      const p = path();
      const l = scope.add(socket(C.AF_UNIX, C.SOCK_STREAM));
      l.bind(p);
      l.listen();
      const c = scope.add(socket(C.AF_UNIX, C.SOCK_STREAM));
      c.connect(p);
      const [s, peer] = l.accept();
      scope.add(s);
      assert.equal(peer, ""); // the client is unbound
      assert.equal(c.getpeername(), p);
      assert.equal(s.getsockname(), p);
      assert.equal(s.getpeername(), "");
      assert.deepEqual([s.family, s.type, s.proto], [
        C.AF_UNIX,
        C.SOCK_STREAM,
        0,
      ]);
      const data = pattern(50000);
      c.sendall(data);
      assert.deepEqual(recvExactly(s, data.length), data);
      s.sendall(bytes("ok"));
      assert.deepEqual(c.recv(2), bytes("ok"));
    });

    it("accept() reports a bound client's path", () => {
      using scope = new Scope();
      const p = path();
      const q = path();
      const l = scope.add(socket(C.AF_UNIX, C.SOCK_STREAM));
      l.bind(p);
      l.listen();
      const c = scope.add(socket(C.AF_UNIX, C.SOCK_STREAM));
      c.bind(q);
      c.connect(p);
      const [s, peer] = l.accept();
      scope.add(s);
      assert.equal(peer, q);
      assert.equal(s.getpeername(), q);
    });

    it("a path given as bytes binds the same file", () => {
      using scope = new Scope();
      const p = path();
      const s = scope.add(socket(C.AF_UNIX, C.SOCK_STREAM));
      s.bind(encoder.encode(p));
      assert.ok(existsSync(p));
      assert.equal(s.getsockname(), p);
      const c = scope.add(socket(C.AF_UNIX, C.SOCK_STREAM));
      s.listen();
      c.connect(encoder.encode(p));
      scope.add(s.accept()[0]);
      assert.equal(c.getpeername(), p);
    });

    it("a path of non-ASCII characters is encoded as UTF-8", () => {
      using scope = new Scope();
      const p = path("sockét-☃-");
      const s = scope.add(socket(C.AF_UNIX, C.SOCK_STREAM));
      s.bind(p);
      assert.ok(existsSync(p));
      assert.equal(s.getsockname(), p);
    });

    it("a path of 107 bytes (sun_path less its NUL) binds exactly that path", () => {
      using scope = new Scope();
      const prefix = join(dir, "L");
      const p = prefix + "x".repeat(107 - encoder.encode(prefix).length);
      assert.equal(encoder.encode(p).length, 107);
      const s = scope.add(socket(C.AF_UNIX, C.SOCK_STREAM));
      s.bind(p);
      assert.ok(statSync(p).isSocket());
      assert.equal(s.getsockname(), p);
      unlinkSync(p);
    });

    it("a path of 108 bytes raises error and is never truncated", () => {
      using scope = new Scope();
      const prefix = join(dir, "T");
      const p = prefix + "y".repeat(108 - encoder.encode(prefix).length);
      const s = scope.add(socket(C.AF_UNIX, C.SOCK_STREAM));
      const before = readdirSync(dir).sort();
      for (
        const call of [
          () => s.bind(p),
          () => s.connect(p),
          () => s.connect_ex(p),
        ]
      ) {
        assert.throws(
          call,
          (e: unknown) =>
            e instanceof error && e.errno === null &&
            /AF_UNIX path too long/.test(e.message),
        );
      }
      assert.deepEqual(readdirSync(dir).sort(), before);
      assert.equal(s.getsockname(), "");
    });

    it("bind() to an existing path raises error EADDRINUSE", () => {
      using scope = new Scope();
      const p = path();
      const a = scope.add(socket(C.AF_UNIX, C.SOCK_STREAM));
      a.bind(p);
      const b = scope.add(socket(C.AF_UNIX, C.SOCK_STREAM));
      assertErrno(() => b.bind(p), E.EADDRINUSE);
    });

    it("bind() in a missing directory raises error ENOENT", () => {
      using scope = new Scope();
      const s = scope.add(socket(C.AF_UNIX, C.SOCK_STREAM));
      assertErrno(() => s.bind(join(dir, "missing", "s")), E.ENOENT);
    });

    it("connect() to a missing path raises error ENOENT; connect_ex() returns it", () => {
      using scope = new Scope();
      const s = scope.add(socket(C.AF_UNIX, C.SOCK_STREAM));
      const p = path("missing");
      assertErrno(() => s.connect(p), E.ENOENT);
      assert.equal(s.connect_ex(p), E.ENOENT);
    });

    it("connect() to a socket file nobody listens on raises error ECONNREFUSED", () => {
      using scope = new Scope();
      const p = path();
      const a = scope.add(socket(C.AF_UNIX, C.SOCK_STREAM));
      a.bind(p);
      const c = scope.add(socket(C.AF_UNIX, C.SOCK_STREAM));
      assertErrno(() => c.connect(p), E.ECONNREFUSED);
      assert.equal(c.connect_ex(p), E.ECONNREFUSED);
    });

    it("connect() to a stream socket from a datagram socket raises error EPROTOTYPE", () => {
      using scope = new Scope();
      const p = path();
      const l = scope.add(socket(C.AF_UNIX, C.SOCK_STREAM));
      l.bind(p);
      l.listen();
      const d = scope.add(socket(C.AF_UNIX, C.SOCK_DGRAM));
      assertErrno(() => d.connect(p), E.EPROTOTYPE);
    });

    it("recv() returns an empty array once the peer has closed", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      a.sendall(bytes("end"));
      a.close();
      assert.deepEqual(b.recv(10), bytes("end"));
      assert.deepEqual(b.recv(10), new Uint8Array(0));
    });
  });

  describe("SOCK_DGRAM on a path", () => {
    it("sendto() and recvfrom() carry datagrams and the sender's path", () => {
      using scope = new Scope();
      const p = path();
      const q = path();
      const a = scope.add(socket(C.AF_UNIX, C.SOCK_DGRAM));
      const b = scope.add(socket(C.AF_UNIX, C.SOCK_DGRAM));
      assert.deepEqual([a.family, a.type, a.proto], [
        C.AF_UNIX,
        C.SOCK_DGRAM,
        0,
      ]);
      a.bind(p);
      b.bind(q);
      assert.equal(a.sendto(bytes("one"), q), 3);
      assert.equal(a.sendto(bytes("two!"), 0, q), 4);
      assert.deepEqual(b.recvfrom(100), [bytes("one"), p]);
      assert.deepEqual(b.recvfrom(100), [bytes("two!"), p]);
    });

    it("recvfrom() on a path, IPv4 and an unbound sender in turn: each datagram its own sender", () => {
      // The senders' addresses go through one shared buffer: a long path
      // (~70 bytes), then IPv4's 16, then none at all.
      using scope = new Scope();
      const p = path("a-sender-whose-path-is-longer-than-any-inet-address-");
      const q = path();
      const a = scope.add(socket(C.AF_UNIX, C.SOCK_DGRAM));
      const b = scope.add(socket(C.AF_UNIX, C.SOCK_DGRAM));
      const anon = scope.add(socket(C.AF_UNIX, C.SOCK_DGRAM));
      a.bind(p);
      b.bind(q);
      const u = udpSocket(scope);
      const v = udpSocket(scope);
      const buf = new Uint8Array(8);
      for (let i = 0; i < 2; i++) {
        a.sendto(bytes("path"), q);
        assert.deepEqual(b.recvfrom(100), [bytes("path"), p]);
        u.sendto(bytes("ipv4"), v.getsockname());
        assert.deepEqual(v.recvfrom(100), [bytes("ipv4"), u.getsockname()]);
        anon.sendto(bytes("anon"), q);
        assert.deepEqual(b.recvfrom(100), [bytes("anon"), null]);
        a.sendto(bytes("into"), q);
        assert.deepEqual(b.recvfrom_into(buf), [4, p]);
        anon.sendto(bytes("anon"), q);
        assert.deepEqual(b.recvfrom_into(buf), [4, null]);
        u.sendto(bytes("ipv4"), v.getsockname());
        assert.deepEqual(v.recvfrom_into(buf), [4, u.getsockname()]);
      }
    });

    it("a datagram from an unbound sender has a null address", () => {
      using scope = new Scope();
      const q = path();
      const a = scope.add(socket(C.AF_UNIX, C.SOCK_DGRAM));
      const b = scope.add(socket(C.AF_UNIX, C.SOCK_DGRAM));
      b.bind(q);
      a.sendto(bytes("anon"), q);
      assert.deepEqual(b.recvfrom(100), [bytes("anon"), null]);
    });

    it("recv() truncates a datagram; recvmsg() reports MSG_TRUNC", () => {
      using scope = new Scope();
      const q = path();
      const a = scope.add(socket(C.AF_UNIX, C.SOCK_DGRAM));
      const b = scope.add(socket(C.AF_UNIX, C.SOCK_DGRAM));
      b.bind(q);
      a.sendto(bytes("abcdef"), q);
      a.sendto(bytes("ghijkl"), q);
      assert.deepEqual(b.recv(2), bytes("ab"));
      const [data, anc, flags, from] = b.recvmsg(3);
      assert.deepEqual([data, anc, flags, from], [
        bytes("ghi"),
        [],
        C.MSG_TRUNC,
        null,
      ]);
    });

    it("recvfrom_into() returns the count and the sender", () => {
      using scope = new Scope();
      const p = path();
      const q = path();
      const a = scope.add(socket(C.AF_UNIX, C.SOCK_DGRAM));
      const b = scope.add(socket(C.AF_UNIX, C.SOCK_DGRAM));
      a.bind(p);
      b.bind(q);
      a.sendto(bytes("into"), q);
      const buf = new Uint8Array(6);
      assert.deepEqual(b.recvfrom_into(buf), [4, p]);
      assert.deepEqual(buf, new Uint8Array([105, 110, 116, 111, 0, 0]));
    });

    it("sendto() a path nobody is bound to raises error ECONNREFUSED", () => {
      using scope = new Scope();
      const p = path();
      const gone = scope.add(socket(C.AF_UNIX, C.SOCK_DGRAM));
      gone.bind(p);
      gone.close();
      const a = scope.add(socket(C.AF_UNIX, C.SOCK_DGRAM));
      assertErrno(() => a.sendto(bytes("x"), p), E.ECONNREFUSED);
      assertErrno(() => a.sendto(bytes("x"), path("none")), E.ENOENT);
    });

    it("connect() fixes the peer for send() and getpeername()", () => {
      using scope = new Scope();
      const q = path();
      const a = scope.add(socket(C.AF_UNIX, C.SOCK_DGRAM));
      const b = scope.add(socket(C.AF_UNIX, C.SOCK_DGRAM));
      b.bind(q);
      a.connect(q);
      assert.equal(a.getpeername(), q);
      assert.equal(a.send(bytes("conn")), 4);
      assert.deepEqual(b.recv(10), bytes("conn"));
    });

    it("socketpair(AF_UNIX, SOCK_DGRAM) keeps datagram boundaries", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair(C.AF_UNIX, C.SOCK_DGRAM));
      assert.deepEqual([a.family, a.type, a.proto], [
        C.AF_UNIX,
        C.SOCK_DGRAM,
        0,
      ]);
      a.send(bytes("ab"));
      a.send(bytes("cde"));
      assert.deepEqual(b.recvfrom(10), [bytes("ab"), null]);
      assert.deepEqual(b.recv(10), bytes("cde"));
    });
  });

  describe("SOCK_SEQPACKET", () => {
    it("keeps message boundaries on a connection and ends with an empty array", () => {
      using scope = new Scope();
      const p = path();
      const l = scope.add(socket(C.AF_UNIX, C.SOCK_SEQPACKET));
      assert.deepEqual([l.family, l.type, l.proto], [
        C.AF_UNIX,
        C.SOCK_SEQPACKET,
        0,
      ]);
      l.bind(p);
      l.listen();
      const c = scope.add(socket(C.AF_UNIX, C.SOCK_SEQPACKET));
      c.connect(p);
      const [s, peer] = l.accept();
      scope.add(s);
      assert.equal(peer, "");
      assert.equal(s.type, C.SOCK_SEQPACKET);
      assert.equal(s.getsockopt(C.SOL_SOCKET, C.SO_TYPE), C.SOCK_SEQPACKET);
      c.send(bytes("first"));
      c.send(bytes("second"));
      c.send(new Uint8Array(0));
      assert.deepEqual(s.recv(100), bytes("first"));
      assert.deepEqual(s.recv(3), bytes("sec")); // the rest is dropped
      // An empty message reads as empty; so does the end.
      assert.deepEqual(s.recv(100), new Uint8Array(0));
      c.close();
      assert.deepEqual(s.recv(100), new Uint8Array(0));
    });

    it("recvmsg() reports MSG_TRUNC on a short buffer", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair(C.AF_UNIX, C.SOCK_SEQPACKET));
      a.sendmsg([bytes("abc"), bytes("def")]);
      const [data, anc, flags] = b.recvmsg(4);
      assert.deepEqual([data, anc, flags], [bytes("abcd"), [], C.MSG_TRUNC]);
    });
  });

  const noAbstract = !features.abstractUnix && "no abstract namespace here";
  describeOrSkip("abstract names (Linux)", noAbstract, () => {
    it("connect() with a timeout to a full backlog raises EAGAIN, as CPython", () => {
      using scope = new Scope();
      const name = abstract("full");
      const l = scope.add(socket(C.AF_UNIX, C.SOCK_STREAM));
      l.bind(name);
      l.listen(0);
      // Fill the backlog: non-blocking connects succeed until it is full.
      let filled = false;
      for (let i = 0; i < 16 && !filled; i++) {
        const c = scope.add(socket(C.AF_UNIX, C.SOCK_STREAM));
        c.setblocking(false);
        filled = c.connect_ex(name) === E.EAGAIN;
      }
      assert.ok(filled, "the backlog never filled");
      const c = scope.add(socket(C.AF_UNIX, C.SOCK_STREAM));
      c.settimeout(0.2);
      assertErrno(() => c.connect(name), E.EAGAIN);
      assertErrno(() => c.getpeername(), E.ENOTCONN);
    });

    it("bind() to an abstract name creates no file; getsockname() returns the name", () => {
      using scope = new Scope();
      const name = abstract("stream");
      const l = scope.add(socket(C.AF_UNIX, C.SOCK_STREAM));
      l.bind(name);
      assert.equal(l.getsockname(), name);
      l.listen();
      const c = scope.add(socket(C.AF_UNIX, C.SOCK_STREAM));
      c.connect(name);
      const [s, peer] = l.accept();
      scope.add(s);
      assert.equal(peer, "");
      assert.equal(c.getpeername(), name);
      assert.equal(s.getsockname(), name);
      c.sendall(bytes("abstract"));
      assert.deepEqual(recvExactly(s, 8), bytes("abstract"));
    });

    it("an abstract name may hold NULs and is not cut at them", () => {
      using scope = new Scope();
      const name = abstract("nul") + "\0tail\0";
      const s = scope.add(socket(C.AF_UNIX, C.SOCK_DGRAM));
      s.bind(name);
      assert.equal(s.getsockname(), name);
      const t = scope.add(socket(C.AF_UNIX, C.SOCK_DGRAM));
      t.bind(name.slice(0, -6)); // a different name: the prefix
      t.sendto(bytes("x"), name);
      assert.deepEqual(s.recvfrom(4), [bytes("x"), name.slice(0, -6)]);
    });

    it("an abstract name given as bytes works the same", () => {
      using scope = new Scope();
      const name = abstract("bytes");
      const s = scope.add(socket(C.AF_UNIX, C.SOCK_DGRAM));
      s.bind(encoder.encode(name));
      assert.equal(s.getsockname(), name);
    });

    it("bind('') autobinds to a fresh abstract name of five hex digits", () => {
      using scope = new Scope();
      const s = scope.add(socket(C.AF_UNIX, C.SOCK_DGRAM));
      s.bind("");
      const name = s.getsockname();
      assert.ok(typeof name === "string", "an abstract name is a string");
      assert.match(name, /^\0[0-9a-f]{5}$/);
      const t = scope.add(socket(C.AF_UNIX, C.SOCK_DGRAM));
      t.sendto(bytes("auto"), name);
      assert.deepEqual(s.recv(8), bytes("auto"));
    });

    it("an abstract name of 108 bytes fits; 109 bytes raise error", () => {
      using scope = new Scope();
      const base = abstract("max");
      const name = base + "z".repeat(108 - encoder.encode(base).length);
      const s = scope.add(socket(C.AF_UNIX, C.SOCK_DGRAM));
      s.bind(name);
      assert.equal(s.getsockname(), name);
      const t = scope.add(socket(C.AF_UNIX, C.SOCK_DGRAM));
      assert.throws(
        () => t.bind(name + "z"),
        (e: unknown) =>
          e instanceof error && e.errno === null &&
          /AF_UNIX path too long/.test(e.message),
      );
      assert.equal(t.getsockname(), "");
    });

    it("binding an abstract name in use raises error EADDRINUSE", () => {
      using scope = new Scope();
      const name = abstract("inuse");
      const a = scope.add(socket(C.AF_UNIX, C.SOCK_SEQPACKET));
      a.bind(name);
      const b = scope.add(socket(C.AF_UNIX, C.SOCK_SEQPACKET));
      assertErrno(() => b.bind(name), E.EADDRINUSE);
    });

    it("datagrams between abstract names report the sender's name", () => {
      using scope = new Scope();
      const an = abstract("a");
      const bn = abstract("b");
      const a = scope.add(socket(C.AF_UNIX, C.SOCK_DGRAM));
      const b = scope.add(socket(C.AF_UNIX, C.SOCK_DGRAM));
      a.bind(an);
      b.bind(bn);
      a.sendto(bytes("hi"), bn);
      assert.deepEqual(b.recvfrom(4), [bytes("hi"), an]);
      const buf = new Uint8Array(4);
      a.sendto(bytes("yo"), bn);
      assert.deepEqual(b.recvfrom_into(buf), [2, an]);
      a.sendmsg([bytes("m")], [], 0, bn);
      assert.deepEqual(b.recvmsg(4), [bytes("m"), [], 0, an]);
    });
  });
});
