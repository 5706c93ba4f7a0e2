/**
 * The socket object over UDP, on IPv4 (127.0.0.1) and IPv6 (::1):
 * datagrams with their boundaries and sender addresses, connected and
 * unconnected, and the cached packing of sendto()'s address.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { constants as C, errno as E, layouts, os } from "../platform/mod.ts";
import { AF_INET, AF_INET6, socket } from "../mod.ts";
import { checkFdLeaks } from "./_fd.ts";
import {
  assertErrno,
  bytes,
  type IpFamily,
  loopback,
  pattern,
  Scope,
  udpSocket,
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

for (const [name, family] of families) {
  const host = loopback(family);

  describe(`UDP over ${name}`, () => {
    checkFdLeaks();

    it("socket() makes a datagram socket with the given family, type and proto", () => {
      using scope = new Scope();
      const s = scope.add(socket(family, C.SOCK_DGRAM));
      assert.equal(s.family, family);
      assert.equal(s.type, C.SOCK_DGRAM);
      assert.equal(s.proto, 0);
      assert.equal(s.getsockopt(C.SOL_SOCKET, C.SO_TYPE), C.SOCK_DGRAM);
      // SO_PROTOCOL is Linux's (Winsock has none).
      if (C.SO_PROTOCOL !== undefined) {
        assert.equal(s.getsockopt(C.SOL_SOCKET, C.SO_PROTOCOL), C.IPPROTO_UDP);
      }
    });

    it("sendto() returns the count; recvfrom() returns the datagram and the sender", () => {
      using scope = new Scope();
      const a = udpSocket(scope, family);
      const b = udpSocket(scope, family);
      const data = pattern(1200);
      assert.equal(a.sendto(data, b.getsockname()), 1200);
      const [got, from] = b.recvfrom(2048);
      assert.deepEqual(got, data);
      assert.deepEqual(from, a.getsockname());
      assert.equal(from?.length, family === C.AF_INET6 ? 4 : 2);
    });

    it("sendto(data, flags, address) takes flags in the middle", () => {
      using scope = new Scope();
      const a = udpSocket(scope, family);
      const b = udpSocket(scope, family);
      assert.equal(
        a.sendto(bytes("flags"), 0, b.getsockname()),
        5,
      );
      assert.deepEqual(b.recvfrom(16), [bytes("flags"), a.getsockname()]);
      if (C.MSG_DONTWAIT === undefined) return; // Winsock has none
      assert.equal(
        a.sendto("dontwait", C.MSG_DONTWAIT, b.getsockname()),
        8,
      );
      assert.deepEqual(b.recv(16), bytes("dontwait"));
    });

    it("datagram boundaries are kept and arrive in order", () => {
      using scope = new Scope();
      const a = udpSocket(scope, family);
      const b = udpSocket(scope, family);
      const to = b.getsockname();
      a.sendto(bytes("one"), to);
      a.sendto(bytes("two!"), to);
      a.sendto(bytes("three"), to);
      assert.deepEqual(b.recv(100), bytes("one"));
      assert.deepEqual(b.recv(100), bytes("two!"));
      assert.deepEqual(b.recv(100), bytes("three"));
    });

    it("recv() with a small bufsize truncates the datagram and drops the rest", () => {
      using scope = new Scope();
      const a = udpSocket(scope, family);
      const b = udpSocket(scope, family);
      a.sendto(bytes("abcdef"), b.getsockname());
      a.sendto(bytes("next"), b.getsockname());
      if (WINDOWS) {
        // Winsock fills the buffer, drops the rest and fails WSAEMSGSIZE.
        assertErrno(() => b.recv(2), E.EMSGSIZE);
      } else {
        assert.deepEqual(b.recv(2), bytes("ab"));
      }
      assert.deepEqual(b.recv(100), bytes("next"));
    });

    it("recvmsg() reports MSG_TRUNC for a truncated datagram", {
      skip: NO_MSG,
    }, () => {
      using scope = new Scope();
      const a = udpSocket(scope, family);
      const b = udpSocket(scope, family);
      a.sendto(bytes("abcdef"), b.getsockname());
      const [data, anc, flags, from] = b.recvmsg(3);
      assert.deepEqual(data, bytes("abc"));
      assert.deepEqual(anc, []);
      assert.equal(flags, C.MSG_TRUNC);
      assert.deepEqual(from, a.getsockname());
    });

    it("sendmsg() with an address sends one datagram of all the buffers", {
      skip: NO_MSG,
    }, () => {
      using scope = new Scope();
      const a = udpSocket(scope, family);
      const b = udpSocket(scope, family);
      assert.equal(
        a.sendmsg(
          [bytes("ab"), bytes("cde")],
          [],
          0,
          b.getsockname(),
        ),
        5,
      );
      assert.deepEqual(b.recvmsg(16), [bytes("abcde"), [], 0, a.getsockname()]);
    });

    it("an empty datagram arrives as an empty array with its sender", () => {
      using scope = new Scope();
      const a = udpSocket(scope, family);
      const b = udpSocket(scope, family);
      assert.equal(
        a.sendto(new Uint8Array(0), b.getsockname()),
        0,
      );
      assert.deepEqual(b.recvfrom(16), [new Uint8Array(0), a.getsockname()]);
    });

    it("recvfrom_into() writes the datagram and returns [count, sender]", () => {
      using scope = new Scope();
      const a = udpSocket(scope, family);
      const b = udpSocket(scope, family);
      a.sendto(bytes("hello"), b.getsockname());
      const buf = new Uint8Array(8).fill(1);
      assert.deepEqual(b.recvfrom_into(buf), [5, a.getsockname()]);
      assert.deepEqual(buf, new Uint8Array([104, 101, 108, 108, 111, 1, 1, 1]));
    });

    it("recvfrom_into() with nbytes truncates to nbytes", () => {
      using scope = new Scope();
      const a = udpSocket(scope, family);
      const b = udpSocket(scope, family);
      a.sendto(bytes("hello"), b.getsockname());
      const buf = new Uint8Array(8);
      if (WINDOWS) {
        // Winsock fills nbytes, drops the rest and fails WSAEMSGSIZE.
        assertErrno(() => b.recvfrom_into(buf, 3), E.EMSGSIZE);
      } else {
        assert.deepEqual(b.recvfrom_into(buf, 3), [3, a.getsockname()]);
      }
      assert.deepEqual(buf, new Uint8Array([104, 101, 108, 0, 0, 0, 0, 0]));
    });

    it("recv_into() receives a datagram into a subarray", () => {
      using scope = new Scope();
      const a = udpSocket(scope, family);
      const b = udpSocket(scope, family);
      a.sendto(bytes("xyz"), b.getsockname());
      const buf = new Uint8Array(6);
      assert.equal(b.recv_into(buf.subarray(2)), 3);
      assert.deepEqual(buf, new Uint8Array([0, 0, 120, 121, 122, 0]));
    });

    it("recv() with MSG_PEEK leaves the datagram queued", () => {
      using scope = new Scope();
      const a = udpSocket(scope, family);
      const b = udpSocket(scope, family);
      a.sendto(bytes("peek"), b.getsockname());
      assert.deepEqual(b.recvfrom(16, C.MSG_PEEK), [
        bytes("peek"),
        a.getsockname(),
      ]);
      assert.deepEqual(b.recvfrom(16), [bytes("peek"), a.getsockname()]);
    });

    it("ioctl(FIONREAD) returns the size of the next datagram", () => {
      using scope = new Scope();
      const a = udpSocket(scope, family);
      const b = udpSocket(scope, family);
      assert.equal(b.ioctl(C.FIONREAD), 0);
      a.sendto(bytes("12345"), b.getsockname());
      a.sendto(bytes("123"), b.getsockname());
      assert.equal(b.ioctl(C.FIONREAD), 5);
      b.recv(16);
      assert.equal(b.ioctl(C.FIONREAD), 3);
    });

    it("sendto() from an unbound socket binds it to an ephemeral port", () => {
      using scope = new Scope();
      const a = scope.add(socket(family, C.SOCK_DGRAM));
      const b = udpSocket(scope, family);
      a.sendto(bytes("auto"), b.getsockname());
      const [data, from] = b.recvfrom(16);
      assert.deepEqual(data, bytes("auto"));
      const [, port] = a.getsockname();
      assert.ok(port > 0);
      assert.equal(from?.[1], port);
    });

    it("sendto() goes to each new address, also after the tuple is changed in place", () => {
      using scope = new Scope();
      const a = udpSocket(scope, family);
      const b = udpSocket(scope, family);
      const c = udpSocket(scope, family);
      const bPort = b.getsockname()[1];
      const cPort = c.getsockname()[1];
      const target: [string, number] = [host, bPort];
      a.sendto(bytes("1"), target);
      a.sendto(bytes("2"), target);
      target[1] = cPort;
      a.sendto(bytes("3"), target);
      a.sendto(bytes("4"), [host, bPort]);
      a.sendto(bytes("5"), [host, cPort]);
      assert.deepEqual(b.recv(8), bytes("1"));
      assert.deepEqual(b.recv(8), bytes("2"));
      assert.deepEqual(b.recv(8), bytes("4"));
      assert.deepEqual(c.recv(8), bytes("3"));
      assert.deepEqual(c.recv(8), bytes("5"));
      assert.equal(b.ioctl(C.FIONREAD), 0);
      assert.equal(c.ioctl(C.FIONREAD), 0);
    });

    it("sendto() with a bad address after a good one raises and sends nothing", () => {
      using scope = new Scope();
      const a = udpSocket(scope, family);
      const b = udpSocket(scope, family);
      a.sendto(bytes("ok"), b.getsockname());
      assert.throws(() => a.sendto(bytes("no"), [host, 70000]), RangeError);
      a.sendto(bytes("ok2"), b.getsockname());
      assert.deepEqual(b.recv(8), bytes("ok"));
      assert.deepEqual(b.recv(8), bytes("ok2"));
      assert.equal(b.ioctl(C.FIONREAD), 0);
    });

    it("connect() fixes the peer: send() and recv() work and getpeername() reports it", () => {
      using scope = new Scope();
      const a = udpSocket(scope, family);
      const b = udpSocket(scope, family);
      a.connect(b.getsockname());
      assert.deepEqual(a.getpeername(), b.getsockname());
      assert.equal(a.send(bytes("conn")), 4);
      assert.deepEqual(b.recvfrom(8), [bytes("conn"), a.getsockname()]);
      b.sendto(bytes("back"), a.getsockname());
      assert.deepEqual(a.recv(8), bytes("back"));
    });

    it("a connected socket ignores datagrams from other senders", () => {
      using scope = new Scope();
      const a = udpSocket(scope, family);
      const b = udpSocket(scope, family);
      const other = udpSocket(scope, family);
      a.connect(b.getsockname());
      other.sendto(bytes("stray"), a.getsockname());
      b.sendto(bytes("mine"), a.getsockname());
      assert.deepEqual(a.recv(8), bytes("mine"));
      assert.equal(a.ioctl(C.FIONREAD), 0);
    });

    it("a connected socket learns ECONNREFUSED from a closed port", {
      skip: WINDOWS &&
        "Winsock reports the ICMP port unreachable as WSAECONNRESET, and Wine 8 does not report it at all",
    }, () => {
      using scope = new Scope();
      const gone = udpSocket(scope, family);
      const where = gone.getsockname();
      gone.close();
      const a = udpSocket(scope, family);
      a.connect(where);
      a.send(bytes("anyone?"));
      a.settimeout(5);
      assertErrno(() => a.recv(8), E.ECONNREFUSED);
    });

    it("send() on an unconnected datagram socket raises error EDESTADDRREQ", {
      skip: WINDOWS &&
        "Winsock documents WSAENOTCONN here and Wine 8 gives WSAEINVAL",
    }, () => {
      using scope = new Scope();
      const a = udpSocket(scope, family);
      assertErrno(() => a.send(bytes("x")), E.EDESTADDRREQ);
    });

    it("sendto() of a datagram larger than 65507 bytes raises error EMSGSIZE", () => {
      using scope = new Scope();
      const a = udpSocket(scope, family);
      const b = udpSocket(scope, family);
      assertErrno(
        () => a.sendto(new Uint8Array(70000), b.getsockname()),
        E.EMSGSIZE,
      );
    });

    it("recvfrom() with MSG_DONTWAIT on an empty socket raises error EAGAIN", {
      skip: C.MSG_DONTWAIT === undefined && "no MSG_DONTWAIT here (Winsock)",
    }, () => {
      using scope = new Scope();
      const a = udpSocket(scope, family);
      assertErrno(() => a.recvfrom(8, C.MSG_DONTWAIT), E.EAGAIN);
    });

    it("SO_BROADCAST round-trips", () => {
      using scope = new Scope();
      const a = udpSocket(scope, family);
      assert.equal(a.getsockopt(C.SOL_SOCKET, C.SO_BROADCAST), 0);
      a.setsockopt(C.SOL_SOCKET, C.SO_BROADCAST, 1);
      assert.equal(a.getsockopt(C.SOL_SOCKET, C.SO_BROADCAST), 1);
    });
  });
}

describe("UDP over IPv4 only", () => {
  checkFdLeaks();

  it("sendto() resolves localhost; recvfrom() reports 127.0.0.1", () => {
    using scope = new Scope();
    const a = udpSocket(scope);
    const b = udpSocket(scope);
    const [, port] = b.getsockname();
    a.sendto(bytes("name"), ["localhost", port]);
    assert.deepEqual(b.recvfrom(8), [bytes("name"), a.getsockname()]);
  });
});
