/**
 * `epoll` objects (`select/epoll.ts`), mirroring CPython's test_epoll:
 * create, bad arguments, register/modify/unregister with their errors,
 * edge and level triggering, timeouts, close, fromfd, close-on-exec.
 * Linux only; elsewhere `epoll` is `undefined` and the tests say so.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { errno as E, fcntl, layouts, os, reactor } from "../platform/mod.ts";
import { constants as C } from "../platform/mod.ts";
import { error, socket, socketpair } from "../mod.ts";
import {
  Epoll,
  epoll,
  EPOLL_CLOEXEC,
  EPOLLERR,
  EPOLLET,
  EPOLLEXCLUSIVE,
  EPOLLHUP,
  EPOLLIN,
  EPOLLMSG,
  EPOLLONESHOT,
  EPOLLOUT,
  EPOLLPRI,
  EPOLLRDBAND,
  EPOLLRDHUP,
  EPOLLRDNORM,
  EPOLLWRBAND,
  EPOLLWRNORM,
} from "../select/mod.ts";
import { checkFdLeaks } from "./_fd.ts";
import { Scope, tcpPair } from "./_net.ts";
import { it } from "./_skip.ts";

const SKIP = reactor.kind !== "epoll" && `epoll is Linux's; this is ${os}`;
const LIMIT = { timeout: 30_000, skip: SKIP };

function assertErrno(fn: () => unknown, code: number): void {
  assert.throws(fn, (e) => {
    assert.ok(e instanceof error, `expected error, got ${e}`);
    assert.equal(e.errno, code, String(e));
    return true;
  });
}

function byFd(x: number[], y: number[]): number {
  return x[0] - y[0];
}

/** The flags must be numbers here; the tests run only where they are. */
function n(value: number | undefined): number {
  assert.equal(typeof value, "number");
  return value!;
}

describe("epoll()", () => {
  checkFdLeaks();

  it("is undefined off Linux, as Python's select has no epoll there", () => {
    if (SKIP) {
      assert.equal(epoll, undefined);
      assert.equal(EPOLLIN, undefined);
      assert.throws(() => new Epoll(), { name: "TypeError" });
    } else {
      assert.equal(typeof epoll, "function");
    }
  });

  it(
    "creates an open, close-on-exec epoll descriptor; close() is idempotent",
    LIMIT,
    () => {
      const ep = epoll!();
      assert.ok(ep instanceof Epoll);
      assert.equal(ep.closed, false);
      const fd = ep.fileno();
      assert.ok(fd > 2);
      assert.equal(fcntl(fd, C.F_GETFD) & C.FD_CLOEXEC, C.FD_CLOEXEC);
      ep.close();
      ep.close();
      assert.equal(ep.closed, true);
      assert.throws(() => ep.fileno(), {
        name: "RangeError",
        message: "fileno(): I/O operation on closed epoll object",
      });
      assert.throws(() => ep.poll(0), {
        name: "RangeError",
        message: "poll(): I/O operation on closed epoll object",
      });
      assert.throws(() => ep.register(0), {
        name: "RangeError",
        message: "register(): I/O operation on closed epoll object",
      });
      // sizehint and EPOLL_CLOEXEC are accepted, as in Python.
      epoll!(16, n(EPOLL_CLOEXEC)).close();
    },
  );

  it("refuses a bad sizehint or flags", LIMIT, () => {
    assert.throws(() => epoll!(0), {
      name: "RangeError",
      message: "epoll(): negative sizehint, got 0",
    });
    assert.throws(() => epoll!(-2), { name: "RangeError" });
    assert.throws(() => (epoll as (x: unknown) => Epoll)("1"), {
      name: "TypeError",
      message: "epoll(): sizehint must be an integer, got a string",
    });
    // CPython: OSError("invalid flags"), errno None (it was EINVAL here).
    assert.throws(() => epoll!(-1, 1), (e) => {
      assert.ok(e instanceof error, `expected error, got ${e}`);
      assert.equal(e.errno, null);
      assert.equal(e.strerror, null);
      assert.equal(e.message, "epoll(): invalid flags, got 1");
      return true;
    });
  });

  it(
    "register() and modify() convert the descriptor, then the mask, then look at the object, as CPython",
    LIMIT,
    () => {
      const ep = epoll!();
      const call = ep.register.bind(ep) as (...args: unknown[]) => void;
      // The mask was converted first: these raised its TypeError.
      assert.throws(() => call(-1, "x"), {
        name: "RangeError",
        message:
          "register(): file descriptor cannot be a negative integer (-1)",
      });
      ep.close();
      assert.throws(() => call(0, "x"), {
        name: "TypeError",
        message: "register(): eventmask must be an integer, got a string",
      });
      assert.throws(() => ep.register(0, n(EPOLLIN)), {
        name: "RangeError",
        message: "register(): I/O operation on closed epoll object",
      });
      const modify = ep.modify.bind(ep) as (...args: unknown[]) => void;
      assert.throws(() => modify(0), {
        name: "TypeError",
        message: "modify(): eventmask must be an integer, got undefined",
      });
    },
  );

  it("closes at the end of a using scope", LIMIT, () => {
    let fd: number;
    {
      using ep = epoll!();
      fd = ep.fileno();
    }
    assert.ok(fd > 2);
    assertErrno(() => Epoll.fromfd(fd).close(), E.EBADF);
  });

  it(
    "register(): twice raises EEXIST; a closed descriptor EBADF",
    LIMIT,
    () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      using ep = epoll!();
      ep.register(a);
      ep.register(b.fileno(), n(EPOLLIN));
      assertErrno(() => ep.register(a), E.EEXIST);
      const closed = socket();
      const fd = closed.fileno();
      closed.close();
      assertErrno(() => ep.register(fd), E.EBADF);
      assert.throws(() => ep.register(closed), {
        name: "RangeError",
        message:
          "register(): file descriptor cannot be a negative integer (-1)",
      });
      assert.throws(() => ep.register(a, 2 ** 32), {
        name: "RangeError",
        message:
          "register(): eventmask must be -2147483648-4294967295, got 4294967296",
      });
    },
  );

  it(
    "reports output at once and input when it comes, with its descriptor",
    LIMIT,
    () => {
      using scope = new Scope();
      const [client, server] = tcpPair(scope);
      using ep = epoll!(16);
      ep.register(server, n(EPOLLIN) | n(EPOLLOUT) | n(EPOLLET));
      ep.register(client, n(EPOLLIN) | n(EPOLLOUT) | n(EPOLLET));
      const first = ep.poll(1, 4).sort(byFd);
      const expected = [
        [client.fileno(), n(EPOLLOUT)],
        [server.fileno(), n(EPOLLOUT)],
      ].sort(byFd);
      assert.deepEqual(first, expected);
      client.sendall("Hello!");
      server.sendall("world!!!");
      const second = ep.poll(1, 4).sort(byFd);
      assert.deepEqual(
        second,
        [
          [client.fileno(), n(EPOLLIN) | n(EPOLLOUT)],
          [server.fileno(), n(EPOLLIN) | n(EPOLLOUT)],
        ].sort(byFd),
      );
      // Edge-triggered: nothing new, nothing reported.
      assert.deepEqual(ep.poll(0), []);
      ep.unregister(client);
      ep.modify(server, n(EPOLLOUT));
      assert.deepEqual(ep.poll(1, 4), [[server.fileno(), n(EPOLLOUT)]]);
    },
  );

  it("EPOLLONESHOT reports once until modify()", LIMIT, () => {
    using scope = new Scope();
    const [a] = scope.all(socketpair());
    using ep = epoll!();
    ep.register(a, n(EPOLLOUT) | n(EPOLLONESHOT));
    assert.deepEqual(ep.poll(0), [[a.fileno(), n(EPOLLOUT)]]);
    assert.deepEqual(ep.poll(0), []);
    ep.modify(a, n(EPOLLOUT));
    assert.deepEqual(ep.poll(0), [[a.fileno(), n(EPOLLOUT)]]);
  });

  it("reports a hang-up when the peer closes", LIMIT, () => {
    using scope = new Scope();
    const [a, b] = socketpair();
    scope.add(b);
    using ep = epoll!();
    ep.register(b, n(EPOLLIN) | n(EPOLLRDHUP));
    a.close();
    const [[fd, events]] = ep.poll(1);
    assert.equal(fd, b.fileno());
    assert.equal(events, n(EPOLLIN) | n(EPOLLRDHUP) | n(EPOLLHUP));
  });

  it(
    "waits for the timeout in seconds; maxevents bounds the answer",
    LIMIT,
    () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      using ep = epoll!();
      ep.register(b, n(EPOLLIN));
      const start = performance.now();
      assert.deepEqual(ep.poll(0.2), []);
      const seconds = (performance.now() - start) / 1000;
      assert.ok(seconds >= 0.19 && seconds < 3, `returned after ${seconds}s`);
      ep.register(a, n(EPOLLOUT));
      b.sendall("x"); // a readable too
      ep.modify(a, n(EPOLLOUT));
      assert.equal(ep.poll(1, 1).length, 1);
      assert.throws(() => ep.poll(0, 0), {
        name: "RangeError",
        message: "poll(): maxevents must be greater than 0, got 0",
      });
      // Beyond a C int: CPython's OverflowError. Beyond the kernel's
      // EP_MAX_EVENTS: its EINVAL (this clamped the count and waited).
      assert.throws(() => ep.poll(0, 2 ** 31), {
        name: "RangeError",
        message:
          "poll(): maxevents must be -2147483648-2147483647, got 2147483648",
      });
      const epMax = Math.floor(2147483647 / n(layouts.epoll_event?.size));
      assertErrno(() => ep.poll(0, epMax + 1), E.EINVAL);
      assert.throws(() => epoll!(2 ** 31), {
        name: "RangeError",
        message:
          "epoll(): sizehint must be -2147483648-2147483647, got 2147483648",
      });
      assert.throws(() => ep.poll("1" as unknown as number), {
        name: "TypeError",
        message: "poll(): timeout must be a number or null, got a string",
      });
    },
  );

  it(
    "rounds the timeout as CPython: a negative one above -1 ms does not wait; beyond a C int of ms is a RangeError",
    LIMIT,
    () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      using ep = epoll!();
      ep.register(b, n(EPOLLIN));
      // CPython rounds the seconds up to milliseconds first: -0.0005 is
      // 0 ms (poll without waiting), -0.001 is -1 (no limit). These waited
      // without limit.
      for (const timeout of [-0.0005, -1e-10, -0]) {
        assert.deepEqual(ep.poll(timeout), []);
      }
      for (
        const timeout of [
          2147483.6471,
          -2147483.649,
          Infinity,
          -Infinity,
          1e300,
        ]
      ) {
        assert.throws(() => ep.poll(timeout), {
          name: "RangeError",
          message: `poll(): timeout is too large, got ${timeout}`,
        });
      }
      a.sendall("x");
      const ready = [[b.fileno(), n(EPOLLIN)]];
      assert.deepEqual(ep.poll(2147483.647), ready);
      assert.deepEqual(ep.poll(-2147483.6485), ready);
      assert.deepEqual(ep.poll(-0.001), ready);
      ep.close();
      // The closed object is named before the arguments are looked at.
      assert.throws(() => ep.poll(0, -5), {
        name: "RangeError",
        message: "poll(): I/O operation on closed epoll object",
      });
    },
  );

  it(
    "unregister(): not registered raises ENOENT; a closed descriptor EBADF",
    LIMIT,
    () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      using ep = epoll!();
      assertErrno(() => ep.unregister(a), E.ENOENT);
      assertErrno(() => ep.modify(a, n(EPOLLIN)), E.ENOENT);
      const [c, d] = socketpair();
      ep.register(c);
      const fd = c.fileno();
      c.close();
      d.close();
      assertErrno(() => ep.unregister(fd), E.EBADF);
      ep.register(b);
      ep.unregister(b);
    },
  );

  it(
    "fromfd() adopts an epoll descriptor, shared with the original",
    LIMIT,
    () => {
      using scope = new Scope();
      const [a] = scope.all(socketpair());
      const ep = epoll!(2);
      const copy = Epoll.fromfd(ep.fileno());
      copy.register(a, n(EPOLLOUT));
      assert.deepEqual(ep.poll(0), [[a.fileno(), n(EPOLLOUT)]]);
      assert.deepEqual(copy.poll(0), [[a.fileno(), n(EPOLLOUT)]]);
      ep.close();
      assert.equal(copy.closed, false);
      assertErrno(() => copy.poll(0), E.EBADF);
      assertErrno(() => copy.close(), E.EBADF);
      assert.equal(copy.closed, true);
    },
  );

  it("exports Python's EPOLL* names with the headers' values", LIMIT, () => {
    // sys/epoll.h (also checked by platform_linux_test against gcc).
    assert.deepEqual(
      [EPOLLIN, EPOLLPRI, EPOLLOUT, EPOLLERR, EPOLLHUP, EPOLLRDNORM],
      [0x1, 0x2, 0x4, 0x8, 0x10, 0x40],
    );
    assert.deepEqual(
      [EPOLLRDBAND, EPOLLWRNORM, EPOLLWRBAND, EPOLLMSG, EPOLLRDHUP],
      [0x80, 0x100, 0x200, 0x400, 0x2000],
    );
    assert.deepEqual(
      [EPOLLEXCLUSIVE, EPOLLONESHOT, EPOLLET, EPOLL_CLOEXEC],
      [1 << 28, 1 << 30, 2 ** 31, 0x80000],
    );
  });
});
