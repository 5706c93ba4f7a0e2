/**
 * What `recv()` and `recvfrom()` return, whichever way they received it: a
 * new `Uint8Array` of exactly the bytes that came, over an `ArrayBuffer` of
 * its own (api.md). A socket whose last receive filled its request
 * receives the next one straight into a new array of the requested size;
 * these tests run every order of filled, short, empty, failed and
 * end-of-stream receives through both ways, on one socket and on two.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { constants as C, errno as E, os } from "../platform/mod.ts";
import { AF_INET, socketpair, type SocketType } from "../mod.ts";
import type { InetAddress } from "../address/types.ts";
import { SockaddrBuffer } from "../address/mod.ts";
import { checkFdLeaks } from "./_fd.ts";
import { assertErrno, pattern, Scope, udpSocket } from "./_net.ts";
import { it } from "./_skip.ts";

const WINDOWS = os === "windows";

/** socklen_t is in the host's byte order. */
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Asserts `got` is exactly `want`, over a buffer of its own. */
function own(got: Uint8Array, want: Uint8Array): void {
  assert.ok(got instanceof Uint8Array);
  assert.equal(Object.getPrototypeOf(got), Uint8Array.prototype);
  assert.deepEqual(got, want);
  assert.equal(got.byteOffset, 0);
  assert.equal(got.buffer.byteLength, want.byteLength);
}

/** Two UDP sockets on loopback, `a` connected to `b`. */
function udpPair(
  scope: Scope,
): [SocketType<InetAddress>, SocketType<InetAddress>] {
  const a = udpSocket(scope, AF_INET);
  const b = udpSocket(scope, AF_INET);
  a.connect(b.getsockname());
  return [a, b];
}

/** The sizes sent and asked, in an order that takes every transition. */
const STEPS: [sent: number, asked: number][] = [
  [8, 8], // filled: the next goes straight into its own array
  [8, 8], // filled again, received that way
  [3, 8], // short after filled: a copy of the 3 bytes
  [8, 8], // filled after short: through the shared buffer
  [5, 5], // another size, filled
  [2, 5], // short
  [1, 1],
  [1, 1],
  [100, 100],
  [40, 100],
];

describe("recv() and recvfrom() results", () => {
  checkFdLeaks();

  it("recv(): exactly the bytes, each over its own buffer, filled or not", () => {
    using scope = new Scope();
    const [a, b] = udpPair(scope);
    const results: Uint8Array[] = [];
    for (const [i, [sent, asked]] of STEPS.entries()) {
      const data = pattern(sent, i);
      assert.equal(a.send(data), sent);
      const got = b.recv(asked);
      own(got, data);
      results.push(got);
    }
    // No two results share memory: writing one leaves the others alone.
    for (const r of results) r.fill(0xee);
    for (const [i, r] of results.entries()) {
      assert.equal(new Set(r).size, 1, `result ${i}`);
      assert.notEqual(r.buffer, results[(i + 1) % results.length]!.buffer);
    }
  });

  it("recv(): a datagram longer than asked is cut to the size asked", () => {
    using scope = new Scope();
    const [a, b] = udpPair(scope);
    for (let i = 0; i < 3; i++) {
      const data = pattern(16, i);
      a.send(data);
      if (WINDOWS) {
        // Winsock fills the buffer, drops the rest and fails WSAEMSGSIZE.
        assertErrno(() => b.recv(4), E.EMSGSIZE);
      } else {
        own(b.recv(4), data.subarray(0, 4));
      }
      a.send(data);
      own(b.recv(16), data);
    }
  });

  it(
    "with MSG_TRUNC, a datagram's whole length comes back from C, but only the bytes received are returned",
    {
      skip: C.MSG_TRUNC === undefined && "no MSG_TRUNC on this platform",
    },
    () => {
      using scope = new Scope();
      const [a, b] = udpPair(scope);
      const TRUNC = C.MSG_TRUNC!;
      for (let i = 0; i < 3; i++) {
        // Other bytes first, in the shared buffer and in a filled result.
        a.send(pattern(200, 9));
        own(b.recv(200), pattern(200, 9));
        const data = pattern(100, i);
        a.send(data);
        if (WINDOWS) {
          // Winsock fails a cut datagram WSAEMSGSIZE, whatever the flags.
          assertErrno(() => b.recv(10, TRUNC), E.EMSGSIZE);
          a.send(data);
          assertErrno(() => b.recvfrom(10, TRUNC), E.EMSGSIZE);
        } else {
          own(b.recv(10, TRUNC), data.subarray(0, 10));
          a.send(data);
          own(b.recvfrom(10, TRUNC)[0], data.subarray(0, 10));
        }
        a.send(data);
        own(b.recv(100), data); // after a truncated one
      }
    },
  );

  it("recv(0) and recv() at end of stream return an empty array of their own", () => {
    using scope = new Scope();
    const [a, b] = scope.all(socketpair());
    // With bytes waiting, recv(0) returns at once (an empty stream may
    // wait for them).
    a.sendall(pattern(12));
    own(b.recv(4), pattern(12).subarray(0, 4));
    own(b.recv(0), new Uint8Array(0)); // after a filled receive
    own(b.recv(0), new Uint8Array(0)); // after a "filled" empty one
    own(b.recv(8), pattern(12).subarray(4));
    a.shutdown(C.SHUT_WR);
    own(b.recv(4), new Uint8Array(0)); // end of stream after a filled one
    own(b.recv(4), new Uint8Array(0));
  });

  it("recv(0) and recv_into() of no bytes ask the OS nothing, as CPython: empty at once in every mode", () => {
    using scope = new Scope();
    const [a, b] = scope.all(socketpair());
    // Nothing to read: recv(2) of 0 bytes would fail with EAGAIN here, and
    // wait for data (or the timeout) in the other modes; CPython's
    // sock_recv_guts() makes no call.
    for (const timeout of [0, 5]) {
      b.settimeout(timeout);
      own(b.recv(0), new Uint8Array(0));
      own(b.recv(0, C.MSG_PEEK), new Uint8Array(0));
      assert.equal(b.recv_into(new Uint8Array(0)), 0);
      assert.equal(b.recv_into(new Uint8Array(8).subarray(3, 3), 0), 0);
    }
    a.sendall(pattern(3));
    own(b.recv(0), new Uint8Array(0)); // the bytes stay for the next one
    own(b.recv(8), pattern(3));
    b.close();
    assertErrno(() => b.recv(0), E.EBADF);
    assertErrno(() => b.recv_into(new Uint8Array(0)), E.EBADF);
  });

  it("a receive that fails after a filled one leaves the next one exact", () => {
    using scope = new Scope();
    const [a, b] = udpPair(scope);
    b.setblocking(false);
    for (const size of [6, 6]) {
      a.send(pattern(size, size));
      own(b.recv(size), pattern(size, size));
      assertErrno(() => b.recv(size), E.EAGAIN);
      a.send(pattern(2));
      own(b.recv(size), pattern(2));
      a.send(pattern(size, 3));
      own(b.recv(size), pattern(size, 3));
      assertErrno(() => b.recvfrom(size), E.EAGAIN);
      a.send(pattern(size, 4));
      own(b.recvfrom(size)[0], pattern(size, 4));
    }
    b.close();
    assertErrno(() => b.recv(6), E.EBADF);
  });

  it("recvfrom(): exactly the bytes and the sender, filled or not", () => {
    using scope = new Scope();
    const a = udpSocket(scope, AF_INET);
    const b = udpSocket(scope, AF_INET);
    const c = udpSocket(scope, AF_INET);
    const to = b.getsockname();
    const results: Uint8Array[] = [];
    for (const [i, [sent, asked]] of STEPS.entries()) {
      const from: SocketType = i % 3 === 2 ? c : a;
      const data = pattern(sent, i);
      assert.equal(from.sendto(data, to), sent);
      const [got, address] = b.recvfrom(asked);
      own(got, data);
      assert.deepEqual(address, from.getsockname());
      results.push(got);
    }
    for (const r of results) r.fill(0xee);
    for (const [i, r] of results.entries()) {
      assert.equal(new Set(r).size, 1, `result ${i}`);
    }
    // A datagram longer than asked is cut (and counts as filling it).
    for (let i = 0; i < 2; i++) {
      a.sendto(pattern(64, i), to);
      if (WINDOWS) {
        assertErrno(() => b.recvfrom(16), E.EMSGSIZE); // as recv() above
      } else {
        own(b.recvfrom(16)[0], pattern(64, i).subarray(0, 16));
      }
    }
    a.sendto(pattern(16, 2), to);
    own(b.recvfrom(16)[0], pattern(16, 2));
  });

  it("each socket keeps its own way: a filled receive on one, short ones on another", () => {
    using scope = new Scope();
    const [a, b] = udpPair(scope);
    const [c, d] = udpPair(scope);
    for (let i = 0; i < 4; i++) {
      a.send(pattern(8, i));
      c.send(pattern(3, i));
      own(b.recv(8), pattern(8, i));
      own(d.recv(8), pattern(3, i));
      // recv() and recvfrom() on one socket, alternately.
      a.send(pattern(8, i + 10));
      own(b.recvfrom(8)[0], pattern(8, i + 10));
    }
  });

  it("a request larger than the shared buffer is exact too, filled or not", () => {
    using scope = new Scope();
    const [a, b] = scope.all(socketpair());
    const size = 300 * 1024; // above the 256 KiB shared buffer
    a.setsockopt(C.SOL_SOCKET, C.SO_SNDBUF, 1 << 20);
    b.setsockopt(C.SOL_SOCKET, C.SO_RCVBUF, 1 << 20);
    a.setblocking(false);
    const data = pattern(size);
    let sent = 0;
    let got = 0;
    while (got < size) {
      try {
        while (sent < size) sent += a.send(data.subarray(sent));
      } catch (e) {
        if ((e as { errno?: number }).errno !== E.EAGAIN) throw e;
      }
      // What was sent is queued: asking for exactly that fills the request
      // (Linux hands a Unix stream's queue over whole).
      while (got < sent) {
        const part = b.recv(sent - got);
        own(part, data.subarray(got, got + part.byteLength));
        got += part.byteLength;
      }
    }
    a.sendall(data.subarray(0, 10));
    own(b.recv(size), data.subarray(0, 10)); // short, after a filled one
  });
});

describe("the sockaddr buffer a receive's address is written to", () => {
  it("resetLength() zeroes every byte and asks for the whole size; returnedLength() clamps", () => {
    for (const size of [128, 112, 110, 16, 7, 0]) {
      const buf = new SockaddrBuffer(size);
      buf.bytes.fill(0xab);
      buf.length.fill(0xcd);
      buf.resetLength();
      assert.deepEqual(buf.bytes, new Uint8Array(size), `size ${size}`);
      assert.equal(buf.returnedLength(), size);
      assert.equal(new DataView(buf.length.buffer).getUint32(0, LITTLE), size);
      for (const written of [16, 0, size - 1, size + 1, 0xffffffff]) {
        new DataView(buf.length.buffer).setUint32(0, written, LITTLE);
        assert.equal(
          buf.returnedLength(),
          Math.max(0, Math.min(written, size)),
        );
      }
    }
  });
});
