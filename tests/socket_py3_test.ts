/**
 * Python 3's additions to the socket object and module: recvmsg_into(),
 * send_fds()/recv_fds(), sendfile() and sock_sendfile(),
 * get_inheritable()/set_inheritable(), close(fd), and create_connection()
 * with all_errors. Expected values are what Python 3 gives for the same
 * calls.
 */
import { after, before, describe } from "node:test";
import assert from "node:assert/strict";
import { emulation } from "./_emulation.ts";
import {
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readSync,
  rmdirSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  constants as C,
  descriptorProblem,
  errno as E,
  layouts,
  os,
} from "../platform/mod.ts";
import {
  close,
  create_connection,
  dup,
  error,
  has_dualstack_ipv6,
  has_ipv6,
  recv_fds,
  send_fds,
  sock_recv,
  sock_sendfile,
  socket,
  socketpair,
  SocketType,
} from "../mod.ts";
import { checkFdLeaks } from "./_fd.ts";
import { assertErrno, bytes, pattern, recvExactly, Scope } from "./_net.ts";
import { describeOrSkip, it } from "./_skip.ts";

const WINDOWS = os === "windows";
const NO_MSG = layouts.msghdr === undefined &&
  "no sendmsg()/recvmsg() here (Winsock has neither; CPython offers neither on Windows)";
/** Why this runtime's node:fs descriptors cannot be sent here, or false. */
const NO_SENDFILE = descriptorProblem() ?? false;

/**
 * Why the TCP keep-alive options cannot be tested here, or false: Wine 8's
 * Winsock answers WSAENOPROTOOPT for them (Windows 10 1709+ has them).
 */
function keepaliveMissing(): string | false {
  const s = socket();
  try {
    for (const opt of [C.TCP_KEEPIDLE, C.TCP_KEEPINTVL, C.TCP_KEEPCNT]) {
      if (opt !== undefined) s.setsockopt(C.IPPROTO_TCP, opt, 7);
    }
    return false;
  } catch (e) {
    if (WINDOWS && e instanceof error && e.errno === E.ENOPROTOOPT) {
      return `this Windows has no TCP keep-alive options (${e.message}): Wine 8 lacks them`;
    }
    throw e;
  } finally {
    s.close();
  }
}

/** The directory of the files the sendfile tests send. */
let dir = "";

/**
 * Removes the files' directory: file by file, as Bun under Wine cannot
 * remove a directory recursively (`rmSync` fails with EFAULT there).
 */
function removeDir(): void {
  for (const name of readdirSync(dir)) unlinkSync(join(dir, name));
  rmdirSync(dir);
}

/** A file holding `data`, open for reading (or `flags`): its descriptor. */
function fileWith(data: Uint8Array | string, flags = "r"): number {
  const path = join(dir, `f${Math.random().toString(36).slice(2)}`);
  writeFileSync(path, data);
  return openSync(path, flags);
}

/** What is left to read at descriptor `fd`'s file position (up to 64 bytes). */
function restOf(fd: number): string {
  const buf = new Uint8Array(64);
  const n = readSync(fd, buf, 0, 64, null);
  return new TextDecoder().decode(buf.subarray(0, n));
}

describe("Python 3 additions", () => {
  checkFdLeaks();
  // Only the sendfile tests use files.
  before(() => {
    if (!NO_SENDFILE) dir = mkdtempSync(join(tmpdir(), "py3-"));
  });
  after(() => {
    if (!NO_SENDFILE) removeDir();
  });

  describeOrSkip("recvmsg_into()", NO_MSG, () => {
    it("fills the buffers in order and returns [nbytes, ancdata, flags, address]", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      a.sendall("headbody!");
      const head = new Uint8Array(4);
      const body = new Uint8Array(16);
      const [n, anc, flags, address] = b.recvmsg_into([head, body.subarray(2)]);
      assert.deepEqual([n, anc, flags, address], [9, [], 0, null]);
      assert.deepEqual(head, bytes("head"));
      assert.deepEqual(
        body.subarray(0, 7),
        new Uint8Array([0, 0, ...bytes("body!")]),
      );
    });

    it("cuts a datagram to the buffers and says MSG_TRUNC", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair(C.AF_UNIX, C.SOCK_DGRAM));
      a.send("abcdef");
      const x = new Uint8Array(2);
      const y = new Uint8Array(2);
      const [n, , flags] = b.recvmsg_into([x, y]);
      assert.equal(n, 4);
      assert.equal(flags & C.MSG_TRUNC, C.MSG_TRUNC);
      assert.deepEqual([x, y], [bytes("ab"), bytes("cd")]);
    });

    it("rejects what is no iterable of writable buffers, and a negative ancbufsize", () => {
      using scope = new Scope();
      const [, b] = scope.all(socketpair());
      assert.throws(() => b.recvmsg_into(5 as never), TypeError);
      assert.throws(() => b.recvmsg_into(["x"] as never), TypeError);
      assert.throws(() => b.recvmsg_into([new Uint8Array(1)], -1), RangeError);
    });
  });

  describeOrSkip("send_fds() and recv_fds()", NO_MSG, () => {
    it("pass descriptors; close(fd) closes the received one", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const [c, d] = scope.all(socketpair());
      assert.equal(send_fds(a, [bytes("x")], [c.fileno()]), 1);
      const [data, fds, flags, address] = recv_fds(b, 10, 2);
      assert.deepEqual([data, fds.length, flags, address], [
        bytes("x"),
        1,
        0,
        null,
      ]);
      const got = fds[0];
      assert.notEqual(got, c.fileno());
      // The received descriptor is the same socket as c.
      const wrapped = scope.add(
        new SocketType(undefined, undefined, undefined, got),
      );
      wrapped.sendall("via fd");
      assert.deepEqual(d.recv(16), bytes("via fd"));
    });

    it("send_fds() checks the descriptors; recv_fds() its counts", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      assert.throws(() => send_fds(a, ["x"], [1.5]), TypeError);
      assert.throws(() => send_fds(a, ["x"], 3 as never), TypeError);
      assert.throws(() => recv_fds(b, 1, -1), RangeError);
      assert.throws(() => send_fds({} as never, ["x"], []), TypeError);
    });

    it("read sock's method once, and take any object that has it", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const [c] = scope.all(socketpair());
      // Each getter gives the method once; a second read would throw.
      let reads = 0;
      const once = <T>(value: T) => () => {
        if (reads++ > 0) throw new Error("read twice");
        return value;
      };
      const sender = Object.defineProperty({}, "sendmsg", {
        get: once(a.sendmsg.bind(a)),
      });
      assert.equal(send_fds(sender as never, ["y"], [c.fileno()]), 1);
      assert.equal(reads, 1);
      reads = 0;
      const receiver = Object.defineProperty({}, "recvmsg", {
        get: once(b.recvmsg.bind(b)),
      });
      const [data, fds] = recv_fds(receiver as never, 4, 1);
      assert.equal(reads, 1);
      assert.deepEqual([data, fds.length], [bytes("y"), 1]);
      for (const fd of fds) close(fd);
      assert.throws(() => send_fds(receiver as never, ["x"], []), {
        name: "TypeError",
        message: "send_fds(): sock must be a socket, got an object",
      });
    });
  });

  describe("close(fd)", () => {
    it("close(fd) of a detached socket closes it; of a closed one raises EBADF", () => {
      const s = socket();
      const fd = s.detach();
      close(fd);
      assertErrno(() => close(fd), WINDOWS ? E.ENOTSOCK : E.EBADF);
      assert.throws(() => close("3" as never), TypeError);
    });
  });

  describe("dup(fd), has_dualstack_ipv6() and the timeout attribute", () => {
    it("dup(fd) gives a second descriptor of the same socket, not inherited", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const fd = dup(a.fileno());
      assert.notEqual(fd, a.fileno());
      const c = scope.add(new SocketType(undefined, undefined, undefined, fd));
      assert.equal(c.get_inheritable(), false);
      c.sendall("via dup");
      assert.deepEqual(b.recv(16), bytes("via dup"));
      assertErrno(() => dup(-1), WINDOWS ? E.ENOTSOCK : E.EBADF);
      assert.throws(() => dup("3" as never), TypeError);
    });

    it("has_dualstack_ipv6() is true where IPV6_V6ONLY can be turned off", () => {
      let expected = false;
      if (has_ipv6) {
        const s = socket(C.AF_INET6, C.SOCK_STREAM);
        try {
          s.setsockopt(C.IPPROTO_IPV6, C.IPV6_V6ONLY, 0);
          expected = true;
        } catch {
          // no dual stack
        } finally {
          s.close();
        }
      }
      assert.equal(has_dualstack_ipv6(), expected);
    });

    it("timeout reads as gettimeout(), also after close()", () => {
      const s = socket();
      assert.equal(s.timeout, null);
      s.settimeout(2.5);
      assert.equal(s.timeout, 2.5);
      s.close();
      assert.equal(s.timeout, 2.5);
    });
  });

  describe("get_inheritable() and set_inheritable()", () => {
    it("sockets start not inherited; set_inheritable() switches", () => {
      using scope = new Scope();
      const s = scope.add(socket());
      assert.equal(s.get_inheritable(), false);
      s.set_inheritable(true);
      assert.equal(s.get_inheritable(), true);
      s.set_inheritable(false);
      assert.equal(s.get_inheritable(), false);
      assert.throws(() => s.set_inheritable("yes" as never), TypeError);
      s.close();
      assertErrno(() => s.get_inheritable(), E.EBADF);
    });
  });

  describeOrSkip("sendfile()", NO_SENDFILE, () => {
    it("sends from offset, count bytes, and leaves the position after them", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const fd = fileWith("0123456789");
      try {
        assert.equal(a.sendfile(fd, 2, 5), 5);
        assert.deepEqual(recvExactly(b, 5), bytes("23456"));
        assert.equal(restOf(fd), "789"); // the position: offset + sent
        // Offset 0 sends from the position, as CPython (no seek to 0).
        assert.equal(a.sendfile(fd, 3), 7);
        assert.deepEqual(recvExactly(b, 7), bytes("3456789"));
        assert.equal(restOf(fd), "");
        assert.equal(a.sendfile(fd, 10), 0);
        assert.equal(a.sendfile(fd, 7, 1), 1);
        assert.deepEqual(recvExactly(b, 1), bytes("7"));
        assert.equal(restOf(fd), "89");
        // A count past the end sends to the end.
        assert.equal(a.sendfile(fd, 8, 100), 2);
        assert.deepEqual(recvExactly(b, 2), bytes("89"));
        const rest = new Uint8Array(4);
        b.settimeout(0);
        assert.throws(() => b.recv_into(rest), error);
      } finally {
        closeSync(fd);
      }
    });

    it("sends a large file whole, waiting for the reader", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const data = pattern(3 * 1024 * 1024);
      const fd = fileWith(data);
      try {
        // A reader in the same thread: send in steps the buffer can take.
        a.settimeout(5);
        let sent = 0;
        const got: Uint8Array[] = [];
        while (sent < data.length) {
          sent += a.sendfile(fd, sent, Math.min(65536, data.length - sent));
          got.push(b.recv(1 << 20));
        }
        a.shutdown(C.SHUT_WR);
        for (;;) {
          const chunk = b.recv(1 << 20);
          if (chunk.length === 0) break;
          got.push(chunk);
        }
        assert.deepEqual(Buffer.concat(got), Buffer.from(data));
      } finally {
        closeSync(fd);
      }
    });

    it("an empty file sends nothing and leaves the position alone", () => {
      using scope = new Scope();
      const [a] = scope.all(socketpair());
      const fd = fileWith("");
      try {
        assert.equal(a.sendfile(fd), 0);
        assert.equal(a.sendfile(fd, 5, 3), 0);
        assert.equal(restOf(fd), "");
      } finally {
        closeSync(fd);
      }
    });

    it("raises EBADF for a descriptor not open, or not open for reading", () => {
      using scope = new Scope();
      const [a] = scope.all(socketpair());
      const fd = fileWith("abc");
      closeSync(fd);
      assertErrno(() => a.sendfile(fd), E.EBADF);
      assertErrno(() => a.sendfile(fd, 1, 1), E.EBADF);
      assertErrno(() => a.sendfile(1_000_000), E.EBADF);
      const w = fileWith("abc", "w");
      try {
        assertErrno(() => a.sendfile(w), E.EBADF);
      } finally {
        closeSync(w);
      }
    });

    it(
      "a descriptor sendfile(2) cannot take (a socket) is read and sent instead",
      {
        skip: WINDOWS &&
          "a SOCKET is no C runtime descriptor on Windows (CPython's sendfile takes a file there)",
      },
      () => {
        using scope = new Scope();
        const [a, b] = scope.all(socketpair());
        const [c, d] = scope.all(socketpair());
        d.sendall("from a socket");
        d.shutdown(C.SHUT_WR);
        assert.equal(a.sendfile(c.fileno()), 13);
        assert.deepEqual(recvExactly(b, 13), bytes("from a socket"));
        assert.throws(() => a.sendfile(c.fileno(), 1), error); // ESPIPE
      },
    );

    it("raises as Python for bad arguments, datagram and non-blocking sockets", () => {
      using scope = new Scope();
      const [a] = scope.all(socketpair());
      const u = scope.add(socket(C.AF_INET, C.SOCK_DGRAM));
      const fd = fileWith("x");
      try {
        assert.throws(
          () => a.sendfile(fd, 0, 0),
          /count must be a positive integer/,
        );
        assert.throws(() => a.sendfile(fd, 0, 1.5), TypeError);
        assert.throws(() => a.sendfile("3" as never), TypeError);
        assert.throws(() => a.sendfile(fd, -1), RangeError);
        assert.throws(
          () => u.sendfile(fd),
          /only SOCK_STREAM type sockets are supported/,
        );
        a.setblocking(false);
        assert.throws(
          () => a.sendfile(fd),
          /non-blocking sockets are not supported/,
        );
      } finally {
        closeSync(fd);
      }
    });
  });

  const readable = !NO_SENDFILE &&
    "this runtime's descriptors can be read here";
  describeOrSkip(
    "sendfile() where descriptors cannot be read",
    readable,
    () => {
      it("raises EOPNOTSUPP saying why, and sock_sendfile() rejects so", async () => {
        using scope = new Scope();
        const [a] = scope.all(socketpair());
        await assert.rejects(
          () => sock_sendfile(a, 0),
          (e: unknown) =>
            e instanceof error && e.errno === E.EOPNOTSUPP &&
            e.message.endsWith(String(NO_SENDFILE)),
        );
        await assert.rejects(
          () => sock_sendfile(a, 0, 5),
          (e: unknown) => e instanceof error && e.errno === E.EOPNOTSUPP,
        );
        const e = assertErrno(() => a.sendfile(0), E.EOPNOTSUPP);
        assert.match(
          e.message,
          /sendfile\(\) cannot read a file descriptor here: /,
        );
        assert.ok(e.message.endsWith(String(NO_SENDFILE)));
      });
    },
  );

  describe("constants CPython has that we lacked", () => {
    it(
      "TCP_KEEPIDLE, TCP_KEEPINTVL and TCP_KEEPCNT set and read back (Windows: the SDK's values)",
      {
        skip: keepaliveMissing(),
      },
      () => {
        using scope = new Scope();
        const s = scope.add(socket());
        for (
          const [name, opt] of [
            ["TCP_KEEPIDLE", C.TCP_KEEPIDLE],
            ["TCP_KEEPINTVL", C.TCP_KEEPINTVL],
            ["TCP_KEEPCNT", C.TCP_KEEPCNT],
          ] as const
        ) {
          if (opt === undefined) continue; // macOS has TCP_KEEPALIVE instead
          s.setsockopt(C.IPPROTO_TCP, opt, 7);
          assert.equal(s.getsockopt(C.IPPROTO_TCP, opt), 7, name);
        }
      },
    );

    it("UDPLITE_SEND_CSCOV set and read back", {
      skip: os !== "linux"
        ? "UDP-Lite is Linux's"
        : emulation
        ? `${emulation} does not pass UDP-Lite's options to the kernel (ENOPROTOOPT)`
        : false,
    }, (t) => {
      let s;
      try {
        s = socket(C.AF_INET, C.SOCK_DGRAM, C.IPPROTO_UDPLITE);
      } catch (e) {
        if (e instanceof error && e.errno === E.EPROTONOSUPPORT) {
          t.skip("this kernel has no UDP-Lite");
          return;
        }
        throw e;
      }
      using scope = new Scope();
      scope.add(s);
      s.setsockopt(C.IPPROTO_UDPLITE, C.UDPLITE_SEND_CSCOV!, 20);
      assert.equal(s.getsockopt(C.IPPROTO_UDPLITE, C.UDPLITE_SEND_CSCOV!), 20);
    });
  });

  describe("create_connection() with all_errors", () => {
    it("throws an AggregateError of every attempt when all fail", () => {
      using scope = new Scope();
      // A port nobody listens on: bound, never listening.
      const holder = scope.add(socket());
      holder.bind(["127.0.0.1", 0]);
      const port = (holder.getsockname() as [string, number])[1];
      assert.throws(
        () =>
          create_connection(["127.0.0.1", port], null, undefined, {
            all_errors: true,
          }),
        (e: unknown) =>
          e instanceof AggregateError &&
          e.message === "create_connection failed" &&
          e.errors.length === 1 && e.errors[0] instanceof error &&
          e.errors[0].errno === E.ECONNREFUSED,
      );
      assertErrno(() => create_connection(["127.0.0.1", port]), E.ECONNREFUSED);
      assert.throws(
        () => create_connection(["127.0.0.1", port], null, null, null as never),
        TypeError,
      );
    });
  });
});

// No descriptor-leak check here: the reactor's wake-up socket pair, made
// on the first sock_* call that waits, lives as long as the process.
describeOrSkip("sock_sendfile()", NO_SENDFILE, () => {
  // Only the sendfile tests use files.
  before(() => {
    if (!NO_SENDFILE) dir = mkdtempSync(join(tmpdir(), "py3-"));
  });
  after(() => {
    if (!NO_SENDFILE) removeDir();
  });

  it("sock_sendfile() sends a large file to a reader on the same thread", async () => {
    using scope = new Scope();
    const [a, b] = scope.all(socketpair());
    const data = pattern(2 * 1024 * 1024, 3);
    const fd = fileWith(data);
    try {
      const reading = (async () => {
        const got: Uint8Array[] = [];
        let n = 0;
        while (n < data.length) {
          const chunk = await sock_recv(b, 1 << 20);
          if (chunk.length === 0) break;
          got.push(chunk);
          n += chunk.length;
        }
        return Buffer.concat(got);
      })();
      assert.equal(await sock_sendfile(a, fd, 0, null), data.length);
      assert.deepEqual(await reading, Buffer.from(data));
      await assert.rejects(() => sock_sendfile(a, fd, 0, 0), RangeError);
    } finally {
      closeSync(fd);
    }
  });

  it(
    "two sock_sendfile() calls on one file at once each send their own range",
    async () => {
      // Found by the sequence fuzz (tests/_seqfuzz.ts, seed 14, case 567,
      // Bun under Wine): where sendfile(2) is missing, the calls read the
      // file at its position, seeked once, so two calls on one descriptor
      // moved it under each other: one sent 251,055 bytes of a
      // 166,505-byte range, or the other failed.
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const [c, d] = scope.all(socketpair());
      const data = pattern(1024 * 1024, 5);
      const fd = fileWith(data);
      try {
        const readAll = async (s: SocketType) => {
          const got: Uint8Array[] = [];
          for (;;) {
            const chunk = await sock_recv(s, 1 << 16);
            if (chunk.length === 0) return Buffer.concat(got);
            got.push(chunk);
          }
        };
        const readB = readAll(b);
        const readD = readAll(d);
        const [one, two] = await Promise.all([
          sock_sendfile(a, fd, 1000, 600_000),
          sock_sendfile(c, fd, 300_000),
        ]);
        a.shutdown(1);
        c.shutdown(1);
        assert.equal(one, 600_000);
        assert.equal(two, data.length - 300_000);
        assert.ok(
          Buffer.from(data.subarray(1000, 601_000)).equals(await readB),
        );
        assert.ok(Buffer.from(data.subarray(300_000)).equals(await readD));
      } finally {
        closeSync(fd);
      }
    },
  );

  it("sock_sendfile() sends from offset, count bytes, and leaves the position after them", async () => {
    using scope = new Scope();
    const [a, b] = scope.all(socketpair());
    a.setblocking(false);
    const fd = fileWith("0123456789");
    try {
      assert.equal(await sock_sendfile(a, fd, 4, 3), 3);
      assert.deepEqual(recvExactly(b, 3), bytes("456"));
      assert.equal(restOf(fd), "789");
      assert.equal(await sock_sendfile(a, fd, 9), 1);
      assert.deepEqual(recvExactly(b, 1), bytes("9"));
      assert.equal(await sock_sendfile(a, fd, 10), 0);
      const closed = fileWith("x");
      closeSync(closed);
      await assert.rejects(
        () => sock_sendfile(a, closed),
        (e: unknown) => e instanceof error && e.errno === E.EBADF,
      );
    } finally {
      closeSync(fd);
    }
  });
});
