/**
 * The rest of the socket object: makefile(), socketpair(), fromfd(),
 * dup() and detach(), descriptor passing with sendmsg()/recvmsg(),
 * `using`, the read-only attributes, close-on-exec descriptors, sends to
 * a peer that has gone, and ioctl().
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, readlinkSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  constants as C,
  errno as E,
  fcntl,
  features,
  layouts,
  lib,
  os,
} from "../platform/mod.ts";
import {
  CMSG_LEN,
  CMSG_SPACE,
  fromfd,
  socket,
  socketpair,
  SocketType,
} from "../mod.ts";
import { checkFdLeaks } from "./_fd.ts";
import {
  assertErrno,
  bytes,
  pattern,
  recvExactly,
  Scope,
  tcpPair,
} from "./_net.ts";
import { it } from "./_skip.ts";
import { noEmptyIovec } from "./_emulation.ts";

const decoder = new TextDecoder();

/** The descriptors (C ints, host byte order) in an SCM_RIGHTS payload. */
function fdsOf(data: Uint8Array): number[] {
  return [...new Int32Array(data.slice(0, data.byteLength & ~3).buffer)];
}

/** An SCM_RIGHTS payload carrying `fds`. */
function rights(...fds: number[]): Uint8Array {
  return new Uint8Array(new Int32Array(fds).buffer);
}

const WINDOWS = os === "windows";
/** Skips a test of sendmsg()/recvmsg() where the platform has neither. */
const NO_MSG = layouts.msghdr === undefined &&
  "no sendmsg()/recvmsg() here (Winsock has neither; CPython offers neither on Windows)";
/** Skips a test that needs socketpair(2) itself (AF_UNIX pairs). */
const NO_PAIR = !features.socketpair &&
  "no socketpair(2) here: socketpair() is a loopback TCP pair";

/** Without fcntl (Windows): a handle's flags from GetHandleInformation. */
function handleFlags(fd: number): number {
  const flags = new Uint32Array(1);
  const ok = lib.GetHandleInformation!(fd, new Uint8Array(flags.buffer));
  return ok === 0 ? -1 : flags[0];
}

/** `HANDLE_FLAG_INHERIT` (winbase.h). */
const HANDLE_FLAG_INHERIT = 1;

/**
 * True when `fd` is open and close-on-exec (on Windows: a handle that
 * child processes do not inherit).
 */
function cloexec(fd: number): boolean {
  if (C.F_GETFD === undefined) {
    const flags = handleFlags(fd);
    assert.ok(flags >= 0, `GetHandleInformation(${fd}) failed`);
    return (flags & HANDLE_FLAG_INHERIT) === 0;
  }
  const flags = fcntl(fd, C.F_GETFD);
  assert.ok(flags >= 0, `fcntl(${fd}, F_GETFD) failed`);
  return (flags & C.FD_CLOEXEC) !== 0;
}

/** True when `fd` is an open descriptor (or handle). */
function isOpen(fd: number): boolean {
  if (C.F_GETFD === undefined) return handleFlags(fd) >= 0;
  return fcntl(fd, C.F_GETFD) >= 0;
}

describe("socket misc", () => {
  checkFdLeaks();

  describe("makefile()", () => {
    it("read(n), readline() and readlines() read what the peer sent", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const f = scope.add(b.makefile("rb"));
      assert.equal(f.mode, "rb");
      assert.equal(f.closed, false);
      a.sendall("line one\nline two\npartial");
      a.shutdown(C.SHUT_WR);
      assert.deepEqual(f.readline(), bytes("line one\n"));
      assert.deepEqual(f.read(4), bytes("line"));
      assert.deepEqual(f.readline(), bytes(" two\n"));
      assert.deepEqual(f.readlines(), [bytes("partial")]);
      assert.deepEqual(f.read(), new Uint8Array(0));
      assert.deepEqual(f.readline(), new Uint8Array(0));
      assert.deepEqual(f.read(5), new Uint8Array(0));
    });

    it("read() with no size reads to the end of the stream", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const f = scope.add(b.makefile());
      const data = pattern(100000);
      a.sendall(data.subarray(0, 60000));
      a.sendall(data.subarray(60000));
      a.close();
      assert.deepEqual(f.read(), data);
    });

    it("read(n) returns fewer bytes only at the end of the stream", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const f = scope.add(b.makefile());
      a.send(bytes("ab"));
      a.send(bytes("cd"));
      a.send(bytes("e"));
      a.shutdown(C.SHUT_WR);
      assert.deepEqual(f.read(4), bytes("abcd"));
      assert.deepEqual(f.read(4), bytes("e"));
    });

    it("readline(limit) stops at limit bytes", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const f = scope.add(b.makefile());
      a.sendall("abcdefgh\nxy\n");
      assert.deepEqual(f.readline(3), bytes("abc"));
      assert.deepEqual(f.readline(100), bytes("defgh\n"));
      assert.deepEqual(f.readline(3), bytes("xy\n"));
    });

    it("readlines() returns every line, the last without its newline", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const f = scope.add(b.makefile());
      a.sendall("1\n22\n\n333");
      a.close();
      assert.deepEqual(f.readlines(), [
        bytes("1\n"),
        bytes("22\n"),
        bytes("\n"),
        bytes("333"),
      ]);
    });

    it("write() buffers until flush(); writelines() writes each item", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const f = scope.add(a.makefile("wb"));
      assert.equal(f.write("abc"), 3);
      f.writelines([bytes("de"), "f", new Uint8Array([103]).buffer]);
      assert.equal(b.ioctl(C.FIONREAD), 0);
      f.flush();
      assert.equal(b.ioctl(C.FIONREAD), 7);
      assert.deepEqual(b.recv(16), bytes("abcdefg"));
      f.flush(); // nothing buffered: nothing sent
      assert.equal(b.ioctl(C.FIONREAD), 0);
    });

    it("write() sends once the buffer holds bufsize bytes; bufsize 0 writes through", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const f = scope.add(a.makefile("w", 4));
      f.write("ab");
      assert.equal(b.ioctl(C.FIONREAD), 0);
      f.write("cd");
      assert.deepEqual(b.recv(16), bytes("abcd"));
      const g = scope.add(a.makefile("w", 0));
      g.write("now");
      assert.deepEqual(b.recv(16), bytes("now"));
    });

    it("write() copies its data: changing the source afterwards changes nothing", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const f = scope.add(a.makefile("w"));
      const src = bytes("keep");
      f.write(src);
      src.fill(0);
      f.flush();
      assert.deepEqual(b.recv(8), bytes("keep"));
    });

    it("close() flushes and leaves the socket open", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const f = a.makefile("rw");
      f.write("flushed on close");
      f.close();
      assert.equal(f.closed, true);
      assert.deepEqual(b.recv(64), bytes("flushed on close"));
      assert.ok(a.fileno() >= 0);
      a.sendall("socket still open");
      assert.deepEqual(b.recv(64), bytes("socket still open"));
      b.sendall("both ways");
      assert.deepEqual(a.recv(64), bytes("both ways"));
    });

    it("two files over one socket: one reads, one writes", () => {
      using scope = new Scope();
      const [c, s] = tcpPair(scope);
      const rf = scope.add(s.makefile("rb"));
      const wf = scope.add(s.makefile("wb"));
      c.sendall("GET / HTTP/1.0\r\n\r\n");
      c.shutdown(C.SHUT_WR);
      const lines = rf.readlines();
      assert.deepEqual(lines.map((l) => decoder.decode(l)), [
        "GET / HTTP/1.0\r\n",
        "\r\n",
      ]);
      wf.write("HTTP/1.0 200 OK\r\n");
      wf.close();
      s.shutdown(C.SHUT_WR);
      assert.deepEqual(recvExactly(c, 17), bytes("HTTP/1.0 200 OK\r\n"));
      assert.deepEqual(c.recv(1), new Uint8Array(0));
    });
  });

  describe("socketpair()", () => {
    it("defaults to AF_UNIX, SOCK_STREAM, 0 and connects both ends", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      // Without socketpair(2) (Windows), CPython's loopback TCP pair.
      const family = features.socketpair ? C.AF_UNIX : C.AF_INET;
      for (const s of [a, b]) {
        assert.ok(s instanceof SocketType);
        assert.deepEqual([s.family, s.type, s.proto], [
          family,
          C.SOCK_STREAM,
          0,
        ]);
        assert.equal(s.getsockopt(C.SOL_SOCKET, C.SO_TYPE), C.SOCK_STREAM);
      }
      assert.notEqual(a.fileno(), b.fileno());
      if (features.socketpair) {
        assert.equal(a.getsockname(), "");
        assert.equal(a.getpeername(), "");
      } else {
        assert.deepEqual(a.getpeername(), b.getsockname());
        assert.deepEqual(b.getpeername(), a.getsockname());
        assert.equal(a.getsockname()[0], "127.0.0.1");
      }
      a.sendall(bytes("to b"));
      b.sendall(bytes("to a"));
      assert.deepEqual(b.recv(8), bytes("to b"));
      assert.deepEqual(a.recv(8), bytes("to a"));
    });

    it("makes SOCK_SEQPACKET pairs", { skip: NO_PAIR }, () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair(C.AF_UNIX, C.SOCK_SEQPACKET));
      assert.equal(a.type, C.SOCK_SEQPACKET);
      a.send(bytes("p1"));
      a.send(bytes("p2"));
      assert.deepEqual(b.recv(8), bytes("p1"));
      assert.deepEqual(b.recv(8), bytes("p2"));
    });
  });

  describe("fromfd(), dup() and detach()", () => {
    it("fromfd() wraps a duplicate; the original stays open and independent", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const c = fromfd(a.fileno(), a.family, C.SOCK_STREAM);
      assert.notEqual(c.fileno(), a.fileno());
      assert.deepEqual([c.family, c.type, c.proto], [
        a.family,
        C.SOCK_STREAM,
        0,
      ]);
      c.sendall(bytes("via dup"));
      assert.deepEqual(b.recv(16), bytes("via dup"));
      c.close();
      assert.ok(isOpen(a.fileno()));
      a.sendall(bytes("orig"));
      assert.deepEqual(b.recv(16), bytes("orig"));
    });

    it("fromfd() keeps working after the original is closed", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const c = scope.add(fromfd(a.fileno(), a.family, C.SOCK_STREAM, 0));
      a.close();
      c.sendall(bytes("still"));
      assert.deepEqual(b.recv(16), bytes("still"));
    });

    it("fromfd() of a bad descriptor raises error EBADF; of a non-integer TypeError", () => {
      // Winsock: a handle that is no (longer a) socket is WSAENOTSOCK.
      const bad = WINDOWS ? E.ENOTSOCK : E.EBADF;
      assertErrno(() => fromfd(-1, C.AF_INET, C.SOCK_STREAM), bad);
      const s = socket();
      const fd = s.fileno();
      s.close();
      assertErrno(() => fromfd(fd, C.AF_INET, C.SOCK_STREAM), bad);
      assert.throws(
        () => fromfd("3" as never, C.AF_INET, C.SOCK_STREAM),
        TypeError,
      );
    });

    it("dup() gives a new descriptor on the same socket, with the same attributes", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      a.settimeout(2);
      const d = scope.add(a.dup());
      assert.notEqual(d.fileno(), a.fileno());
      assert.deepEqual([d.family, d.type, d.proto, d.gettimeout()], [
        a.family,
        C.SOCK_STREAM,
        0,
        2,
      ]);
      a.close();
      d.sendall(bytes("dup"));
      assert.deepEqual(b.recv(8), bytes("dup"));
      b.sendall(bytes("back"));
      assert.deepEqual(d.recv(8), bytes("back"));
    });

    it("detach() hands over the descriptor open; the socket acts closed", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const fd = a.detach();
      assert.ok(fd >= 0);
      assert.equal(a.fileno(), -1);
      assertErrno(() => a.send(bytes("x")), E.EBADF);
      a.close();
      assert.ok(isOpen(fd));
      const again = scope.add(new SocketType(b.family, C.SOCK_STREAM, 0, fd));
      assert.equal(again.fileno(), fd);
      again.sendall(bytes("adopted"));
      assert.deepEqual(b.recv(16), bytes("adopted"));
      assert.equal(a.detach(), -1);
    });
  });

  describe("sendmsg() and recvmsg() with SCM_RIGHTS", () => {
    it("CMSG_LEN() and CMSG_SPACE() follow the C macros", () => {
      assert.equal(CMSG_LEN(0), 16);
      assert.equal(CMSG_LEN(4), 20);
      assert.equal(CMSG_SPACE(0), 16);
      assert.equal(CMSG_SPACE(4), 24);
      assert.equal(CMSG_SPACE(8), 24);
      assert.equal(CMSG_SPACE(12), 32);
    });

    it(
      "passes a socket's descriptor; the receiver uses it to talk to the peer",
      { skip: NO_MSG },
      () => {
        using scope = new Scope();
        const [a, b] = scope.all(socketpair());
        const [x, y] = scope.all(socketpair());
        const sent = a.sendmsg([bytes("fd")], [[
          C.SOL_SOCKET,
          C.SCM_RIGHTS,
          rights(x.fileno()),
        ]]);
        assert.equal(sent, 2);
        const [data, anc, flags, address] = b.recvmsg(16, CMSG_SPACE(4));
        assert.deepEqual(data, bytes("fd"));
        assert.equal(flags, 0);
        assert.equal(address, null);
        assert.equal(anc.length, 1);
        const [level, type, payload] = anc[0];
        assert.deepEqual([level, type, payload.length], [
          C.SOL_SOCKET,
          C.SCM_RIGHTS,
          4,
        ]);
        const [fd] = fdsOf(payload);
        assert.notEqual(fd, x.fileno());
        const z = scope.add(new SocketType(C.AF_UNIX, C.SOCK_STREAM, 0, fd));
        x.close(); // the passed descriptor is a separate reference
        z.sendall(bytes("through the passed descriptor"));
        assert.deepEqual(y.recv(64), bytes("through the passed descriptor"));
        y.sendall(bytes("and back"));
        assert.deepEqual(z.recv(64), bytes("and back"));
      },
    );

    it("passes two descriptors in one item, and a TCP socket among them", {
      skip: NO_MSG,
    }, () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const [client, server] = tcpPair(scope);
      const [u, v] = scope.all(socketpair(C.AF_UNIX, C.SOCK_DGRAM));
      a.sendmsg([bytes("2")], [[
        C.SOL_SOCKET,
        C.SCM_RIGHTS,
        rights(server.fileno(), u.fileno()),
      ]]);
      const [data, anc] = b.recvmsg(4, CMSG_SPACE(8));
      assert.deepEqual(data, bytes("2"));
      assert.equal(anc.length, 1);
      const fds = fdsOf(anc[0][2]);
      assert.equal(fds.length, 2);
      const tcp = scope.add(
        new SocketType(C.AF_INET, C.SOCK_STREAM, 0, fds[0]),
      );
      const dgram = scope.add(
        new SocketType(C.AF_UNIX, C.SOCK_DGRAM, 0, fds[1]),
      );
      assert.deepEqual(tcp.getpeername(), client.getsockname());
      client.sendall(bytes("tcp"));
      assert.deepEqual(recvExactly(tcp, 3), bytes("tcp"));
      dgram.send(bytes("dgram"));
      assert.deepEqual(v.recv(8), bytes("dgram"));
    });

    it("MSG_CMSG_CLOEXEC makes received descriptors close-on-exec", {
      skip: NO_MSG,
    }, () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const [x] = scope.all(socketpair());
      a.sendmsg([bytes("c")], [[
        C.SOL_SOCKET,
        C.SCM_RIGHTS,
        rights(x.fileno(), x.fileno()),
      ]]);
      const [, anc] = b.recvmsg(1, CMSG_SPACE(8), C.MSG_CMSG_CLOEXEC);
      const fds = fdsOf(anc[0][2]);
      for (const fd of fds) {
        const s = scope.add(new SocketType(C.AF_UNIX, C.SOCK_STREAM, 0, fd));
        assert.ok(cloexec(s.fileno()));
      }
    });

    it("a control buffer too small for the descriptors reports MSG_CTRUNC", {
      skip: NO_MSG,
    }, () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const [x] = scope.all(socketpair());
      a.sendmsg([bytes("t")], [[
        C.SOL_SOCKET,
        C.SCM_RIGHTS,
        rights(x.fileno()),
      ]]);
      const [data, anc, flags] = b.recvmsg(1, 8);
      assert.deepEqual(data, bytes("t"));
      assert.deepEqual(anc, []);
      assert.equal(flags & C.MSG_CTRUNC, C.MSG_CTRUNC);
    });

    it(
      "recvmsg() without room for ancillary data drops it",
      { skip: NO_MSG },
      () => {
        using scope = new Scope();
        const [a, b] = scope.all(socketpair());
        const [x] = scope.all(socketpair());
        a.sendmsg([bytes("n")], [[
          C.SOL_SOCKET,
          C.SCM_RIGHTS,
          rights(x.fileno()),
        ]]);
        const [data, anc, flags] = b.recvmsg(1);
        assert.deepEqual([data, anc, flags & C.MSG_CTRUNC], [
          bytes("n"),
          [],
          C.MSG_CTRUNC,
        ]);
      },
    );

    it("passing a descriptor that is not open raises error EBADF", {
      skip: NO_MSG,
    }, () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const s = socket();
      const fd = s.fileno();
      s.close();
      assertErrno(
        () =>
          a.sendmsg([bytes("x")], [[C.SOL_SOCKET, C.SCM_RIGHTS, rights(fd)]]),
        E.EBADF,
      );
      assert.equal(b.ioctl(C.FIONREAD), 0);
    });
  });

  describe("sendmsg() and recvmsg_into(): one iovec per buffer", () => {
    // CPython's values: the kernel sees each buffer, so no buffers send
    // nothing and more than IOV_MAX (1024 on Linux and macOS) is EMSGSIZE.
    const IOV_MAX = 1024;

    it("sendmsg() of empty buffers sends an empty datagram", {
      skip: NO_MSG,
    }, () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair(C.AF_UNIX, C.SOCK_DGRAM));
      b.settimeout(10); // a datagram that never comes fails, not hangs
      assert.equal(a.sendmsg([bytes(""), bytes("")]), 0);
      assert.deepEqual(b.recvmsg(8), [new Uint8Array(0), [], 0, null]);
    });

    it("sendmsg() of no buffers sends an empty datagram", {
      skip: NO_MSG || noEmptyIovec,
    }, () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair(C.AF_UNIX, C.SOCK_DGRAM));
      b.settimeout(10); // a datagram that never comes fails, not hangs
      assert.equal(a.sendmsg([]), 0);
      assert.deepEqual(b.recvmsg(8), [new Uint8Array(0), [], 0, null]);
    });

    it("sendmsg() of no buffers on a stream sends no byte", {
      skip: NO_MSG,
    }, () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      assert.equal(a.sendmsg([]), 0);
      assert.equal(b.ioctl(C.FIONREAD), 0);
    });

    it("sendmsg() of IOV_MAX buffers sends them; one more raises EMSGSIZE", {
      skip: NO_MSG,
    }, () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      assert.equal(a.sendmsg(Array(IOV_MAX).fill(bytes("a"))), IOV_MAX);
      assert.deepEqual(
        recvExactly(b, IOV_MAX),
        new Uint8Array(IOV_MAX).fill(0x61),
      );
      const e = assertErrno(
        () => a.sendmsg(Array(IOV_MAX + 1).fill(bytes("a"))),
        E.EMSGSIZE,
      );
      assert.equal(e.message, `[Errno ${E.EMSGSIZE}] Message too long`);
      assert.equal(b.ioctl(C.FIONREAD), 0);
    });

    it(
      "recvmsg_into() of IOV_MAX + 1 buffers raises EMSGSIZE; empty ones are skipped",
      {
        skip: NO_MSG,
      },
      () => {
        using scope = new Scope();
        const [a, b] = scope.all(socketpair());
        a.sendall("0123");
        const many = Array.from(
          { length: IOV_MAX + 1 },
          () => new Uint8Array(1),
        );
        assertErrno(() => b.recvmsg_into(many), E.EMSGSIZE);
        const bufs = [0, 2, 0, 1].map((n) => new Uint8Array(n));
        assert.deepEqual(b.recvmsg_into(bufs), [3, [], 0, null]);
        assert.deepEqual(bufs, [
          new Uint8Array(0),
          bytes("01"),
          new Uint8Array(0),
          bytes("2"),
        ]);
      },
    );
  });

  describe("lifetime and attributes", () => {
    it("`using` closes the socket at the end of the scope", () => {
      let kept: SocketType | null = null;
      let fd = -1;
      let inode = "";
      {
        using s = socket();
        kept = s;
        fd = s.fileno();
        inode = os === "linux" ? readlinkSync(`/proc/self/fd/${fd}`) : "";
        assert.ok(isOpen(fd));
      }
      assert.equal(kept.fileno(), -1);
      assertErrno(() => kept!.getsockname(), E.EBADF);
      if (os === "linux") {
        let now = "";
        try {
          now = readlinkSync(`/proc/self/fd/${fd}`);
        } catch {
          // closed, and not handed out again
        }
        assert.notEqual(now, inode);
      }
    });

    it("`using` closes the socket when the scope throws", () => {
      let kept: SocketType | null = null;
      assert.throws(() => {
        using s = socket(C.AF_INET, C.SOCK_DGRAM);
        kept = s;
        throw new Error("boom");
      }, /boom/);
      assert.equal(kept!.fileno(), -1);
    });

    it(
      "a socket garbage-collected unclosed is closed, one closed or detached before is left alone",
      {
        skip: os !== "linux" && "counts /proc/self/fd",
      },
      () => {
        const fixture = fileURLToPath(
          new URL("./_gc_fixture.ts", import.meta.url),
        );
        const args = typeof process.versions.bun === "string"
          ? [fixture]
          : ["run", "--allow-all", "--v8-flags=--expose-gc", fixture];
        const r = spawnSync(process.execPath, args, {
          encoding: "utf8",
          timeout: 60000,
        });
        assert.equal(r.status, 0, `${r.stderr}${r.error ?? ""}`);
        const got = JSON.parse(r.stdout.trim().split("\n").pop()!);
        assert.equal(got.gc, true);
        assert.equal(got.open, got.before + 6 + 75);
        assert.equal(got.after, got.before);
        assert.equal(got.keptOpen, true);
      },
    );

    it("Symbol.dispose is close(): calling it twice is harmless", () => {
      const s = socket();
      s[Symbol.dispose]();
      s[Symbol.dispose]();
      assert.equal(s.fileno(), -1);
    });

    it("family, type and proto are read-only", () => {
      using scope = new Scope();
      const s = scope.add(socket(C.AF_INET6, C.SOCK_DGRAM, C.IPPROTO_UDP));
      const writable = s as unknown as {
        family: number;
        type: number;
        proto: number;
      };
      assert.throws(() => {
        writable.family = C.AF_INET;
      }, TypeError);
      assert.throws(() => {
        writable.type = C.SOCK_STREAM;
      }, TypeError);
      assert.throws(() => {
        writable.proto = 0;
      }, TypeError);
      assert.deepEqual([s.family, s.type, s.proto], [
        C.AF_INET6,
        C.SOCK_DGRAM,
        C.IPPROTO_UDP,
      ]);
    });
  });

  describe("close-on-exec", () => {
    it("socket(), socketpair(), accept(), dup() and fromfd() descriptors are close-on-exec", () => {
      using scope = new Scope();
      const [c, s, l] = tcpPair(scope);
      const [a, b] = scope.all(socketpair());
      const d = scope.add(c.dup());
      const f = scope.add(fromfd(c.fileno(), C.AF_INET, C.SOCK_STREAM));
      for (
        const [name, sock] of [
          ["socket", c],
          ["listener", l],
          ["accept", s],
          ["pair a", a],
          ["pair b", b],
          ["dup", d],
          ["fromfd", f],
        ] as const
      ) {
        assert.ok(cloexec(sock.fileno()), `${name}: not close-on-exec`);
      }
    });

    it("accept()ed descriptors are close-on-exec per /proc/self/fdinfo", {
      skip: os !== "linux" && "/proc/self/fdinfo is Linux only",
    }, () => {
      using scope = new Scope();
      const [, s] = tcpPair(scope);
      const info = readFileSync(`/proc/self/fdinfo/${s.fileno()}`, "utf8");
      const m = info.match(/^flags:\s+([0-7]+)$/m);
      assert.ok(m, info);
      const O_CLOEXEC = 0o2000000;
      assert.equal(parseInt(m[1], 8) & O_CLOEXEC, O_CLOEXEC);
    });
  });

  describe("a peer that has gone", () => {
    it(
      "send(), sendall() and sendmsg() to a closed socketpair peer raise error EPIPE",
      {
        skip: NO_PAIR && `${NO_PAIR}, covered by the closed TCP peer test`,
      },
      () => {
        using scope = new Scope();
        const [a, b] = scope.all(socketpair());
        b.close();
        assertErrno(() => a.send(bytes("x")), E.EPIPE);
        assertErrno(() => a.sendall(pattern(100000)), E.EPIPE);
        assertErrno(() => a.sendmsg([bytes("x")]), E.EPIPE);
        // The process is still here, and so is the socket.
        assert.ok(a.fileno() >= 0);
      },
    );

    it("sends to a closed TCP peer end in EPIPE or ECONNRESET", () => {
      using scope = new Scope();
      const [c, s] = tcpPair(scope);
      s.close();
      let caught: unknown = null;
      for (let i = 0; i < 1000 && caught === null; i++) {
        try {
          c.send(bytes("are you there?"));
        } catch (e) {
          caught = e;
        }
      }
      assert.ok(caught !== null, "sends kept succeeding");
      const code = (caught as { errno: number }).errno;
      assert.ok(code === E.EPIPE || code === E.ECONNRESET, String(caught));
    });

    it(
      "a peer's abortive close (SO_LINGER 0) makes recv() raise error ECONNRESET",
      {
        skip: WINDOWS &&
          "Wine 8 closes gracefully despite SO_LINGER 0 (Windows resets)",
      },
      () => {
        using scope = new Scope();
        const [c, s] = tcpPair(scope);
        s.setsockopt(C.SOL_SOCKET, C.SO_LINGER, new Int32Array([1, 0]));
        s.close();
        assertErrno(() => c.recv(1), E.ECONNRESET);
      },
    );
  });

  describe("ioctl()", () => {
    it("FIONREAD returns the pending byte count on a socketpair", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      assert.equal(b.ioctl(C.FIONREAD), 0);
      a.sendall(pattern(12345));
      assert.equal(b.ioctl(C.FIONREAD), 12345);
      recvExactly(b, 345);
      assert.equal(b.ioctl(C.FIONREAD), 12000);
    });

    it("FIONBIO with a nonzero option makes the socket non-blocking; 0 blocking", () => {
      using scope = new Scope();
      const [, b] = scope.all(socketpair());
      b.ioctl(C.FIONBIO, 1);
      assertErrno(() => b.recv(1), E.EAGAIN);
      b.ioctl(C.FIONBIO, 0);
      assert.equal(b.getblocking(), true);
      assert.equal(b.gettimeout(), null);
    });
  });
});
