/**
 * Sockets over descriptors that came from elsewhere, as CPython 3.7+:
 * `SocketType(family, type, proto, fileno)` and `fromfd()` refuse a
 * descriptor that is not a socket, read what was left out from the
 * descriptor, and leave nothing open when they fail. Also: Python 3's
 * `sendmsg(..., null)`, lone surrogates in names, AF_UNIX names that are
 * not UTF-8.
 */
import { after, before, describe } from "node:test";
import assert from "node:assert/strict";
import { closeSync, mkdtempSync, openSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { constants as C, errno as E, fcntl, os } from "../platform/mod.ts";
import {
  fromfd,
  getaddrinfo,
  gethostbyname,
  socket,
  socketpair,
  SocketType,
} from "../mod.ts";
import { checkFdLeaks } from "./_fd.ts";
import { assertErrno, bytes, Scope } from "./_net.ts";
import { describeOrSkip, it } from "./_skip.ts";

const WINDOWS = os === "windows";
/** Skips what needs a descriptor that is not a socket (a CRT file). */
const NO_FILES = WINDOWS &&
  "a file opened by node:fs is a C runtime descriptor, not a handle, on Windows";
const NO_PROC = os !== "linux" && "counting descriptors reads /proc/self/fd";

/** Every descriptor open now (not only sockets). */
function openCount(): number {
  return readdirSync("/proc/self/fd").length;
}

/** Runs `fn` with a descriptor open on a regular file. */
function withFile(fn: (fd: number) => void): void {
  const fd = openSync(import.meta.filename ?? "/etc/hostname", "r");
  try {
    fn(fd);
  } finally {
    closeSync(fd);
  }
}

describe("sockets over given descriptors", () => {
  checkFdLeaks();

  it(
    "SocketType(..., fileno) of a regular file raises ENOTSOCK and leaves it blocking",
    {
      skip: NO_FILES,
    },
    () => {
      withFile((fd) => {
        assertErrno(
          () => new SocketType(C.AF_INET, C.SOCK_STREAM, 0, fd),
          E.ENOTSOCK,
        );
        assertErrno(
          () => new SocketType(undefined, undefined, undefined, fd),
          E.ENOTSOCK,
        );
        assert.equal(fcntl(fd, C.F_GETFL) & C.O_NONBLOCK, 0);
      });
    },
  );

  it(
    "fromfd() of a regular file raises ENOTSOCK, leaves it blocking and opens nothing",
    {
      skip: NO_FILES || NO_PROC,
    },
    () => {
      withFile((fd) => {
        const before = openCount();
        for (let i = 0; i < 5; i++) {
          assertErrno(() => fromfd(fd, C.AF_INET, C.SOCK_STREAM), E.ENOTSOCK);
        }
        assert.equal(openCount(), before);
        assert.equal(fcntl(fd, C.F_GETFL) & C.O_NONBLOCK, 0);
      });
    },
  );

  it("fromfd() checks every argument before it duplicates anything", {
    skip: NO_PROC,
  }, () => {
    using scope = new Scope();
    const s = scope.add(socket());
    const before = openCount();
    const bad: [unknown, unknown, unknown][] = [
      [1.5, C.SOCK_STREAM, 0],
      [C.AF_INET, "x", 0],
      [C.AF_INET, C.SOCK_STREAM, null],
      [C.AF_INET, C.SOCK_STREAM, 2 ** 40],
    ];
    for (const [family, type, proto] of bad) {
      assert.throws(
        () =>
          fromfd(s.fileno(), family as never, type as never, proto as never),
        (e: unknown) => e instanceof TypeError || e instanceof RangeError,
      );
    }
    assert.equal(openCount(), before);
  });

  it("family, type and proto left out are read from the descriptor", () => {
    using scope = new Scope();
    const u = scope.add(socket(C.AF_INET, C.SOCK_DGRAM));
    // Bound: Windows' getsockname() (where the family comes from there)
    // fails on an unbound socket, and so does CPython's detection.
    u.bind(["127.0.0.1", 0]);
    const d = scope.add(
      new SocketType(undefined, undefined, undefined, u.dup().detach()),
    );
    // Windows has no SO_PROTOCOL: CPython gives 0 there.
    assert.deepEqual(
      [d.family, d.type, d.proto],
      [C.AF_INET, C.SOCK_DGRAM, WINDOWS ? 0 : C.IPPROTO_UDP],
    );
    // What is given is kept (CPython: proto still read when left out).
    const e = scope.add(
      new SocketType(C.AF_INET, undefined, undefined, u.dup().detach()),
    );
    assert.deepEqual([e.family, e.type], [C.AF_INET, C.SOCK_DGRAM]);
    const [a] = scope.all(socketpair());
    const f = scope.add(
      new SocketType(undefined, undefined, undefined, a.dup().detach()),
    );
    assert.deepEqual([f.family, f.type, f.proto], [
      a.family,
      C.SOCK_STREAM,
      WINDOWS ? 0 : a.proto,
    ]);
  });

  it("a negative fileno is a RangeError", () => {
    assert.throws(
      () => new SocketType(C.AF_INET, C.SOCK_STREAM, 0, -1),
      RangeError,
    );
  });
});

const noSendmsg = WINDOWS && "no sendmsg() on Windows";
describeOrSkip("sendmsg() with a null address", noSendmsg, () => {
  checkFdLeaks();

  it("null means no address, as Python's None", () => {
    using scope = new Scope();
    const [a, b] = scope.all(socketpair());
    assert.equal(a.sendmsg([bytes("none")], [], 0, null), 4);
    assert.deepEqual(b.recv(8), bytes("none"));
  });
});

describe("lone surrogates in names", () => {
  it("a host or service with a lone surrogate raises RangeError (UnicodeEncodeError)", () => {
    for (
      const call of [
        () => getaddrinfo("\ud800", 80),
        () => getaddrinfo("a\udc00b", 80),
        () => getaddrinfo("localhost", "ht\ud800tp"),
        () => gethostbyname("\udfff"),
        () => getaddrinfo("x\ud83d", null),
      ]
    ) {
      assert.throws(call, (e: unknown) =>
        e instanceof RangeError &&
        /surrogates not allowed/.test(e.message));
    }
  });
});

const noUnixNames = WINDOWS && "AF_UNIX names here are for Linux and macOS";
describeOrSkip("AF_UNIX names that are not UTF-8", noUnixNames, () => {
  checkFdLeaks();
  let dir = "";
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "sock-"));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("come back as bytes, and connect() to them works", () => {
    using scope = new Scope();
    const name = new Uint8Array([...bytes(join(dir, "x")), 0xff, 0xfe]);
    const s1 = scope.add(socket(C.AF_UNIX, C.SOCK_STREAM));
    s1.bind(name);
    s1.listen();
    assert.deepEqual(s1.getsockname(), name);
    const s2 = scope.add(socket(C.AF_UNIX, C.SOCK_STREAM));
    const got = s1.getsockname();
    assert.ok(got !== null);
    s2.connect(got);
    const [conn, peer] = s1.accept();
    scope.add(conn);
    assert.equal(peer, "");
    assert.deepEqual(s2.getpeername(), name);
  });

  it(
    "an abstract name with byte 0xff round-trips",
    { skip: os !== "linux" && `abstract names are Linux's; this is ${os}` },
    () => {
      using scope = new Scope();
      const name = new Uint8Array([0, ...bytes(`py3-${Date.now()}`), 0xff]);
      const s1 = scope.add(socket(C.AF_UNIX, C.SOCK_DGRAM));
      s1.bind(name);
      assert.deepEqual(s1.getsockname(), name);
      const s2 = scope.add(socket(C.AF_UNIX, C.SOCK_DGRAM));
      const got = s1.getsockname();
      assert.ok(got !== null);
      s2.connect(got);
      s2.send("hi");
      assert.deepEqual(s1.recv(4), bytes("hi"));
    },
  );

  it("a UTF-8 name is still a string; a lone surrogate in one is a RangeError", () => {
    using scope = new Scope();
    const s = scope.add(socket(C.AF_UNIX, C.SOCK_STREAM));
    const p = join(dir, "é");
    s.bind(p);
    assert.equal(s.getsockname(), p);
    assert.throws(() => s.connect(`${dir}/\udc80`), RangeError);
  });
});
