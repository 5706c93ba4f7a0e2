/**
 * The `select` entry point (`select/mod.ts`), mirroring CPython's
 * test_select and test_poll: readable, writable, exceptional, timeouts,
 * closed descriptors, register/modify/unregister, and the argument errors.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { constants, errno, os } from "../platform/mod.ts";
import { error, MSG_OOB, socket, socketpair } from "../mod.ts";
import {
  error as selectError,
  PIPE_BUF,
  Poll,
  poll,
  POLLERR,
  POLLHUP,
  POLLIN,
  POLLMSG,
  POLLNVAL,
  POLLOUT,
  POLLPRI,
  POLLRDBAND,
  POLLRDHUP,
  POLLRDNORM,
  POLLWRBAND,
  POLLWRNORM,
  select,
} from "../select/mod.ts";
import { checkFdLeaks } from "./_fd.ts";
import { Scope, tcpPair } from "./_net.ts";
import { it } from "./_skip.ts";

// Any platform's names, Windows' included (the library's own view is typed
// by Linux's names).
const C = constants as Readonly<Record<string, number>>;
const E = errno as Readonly<Record<string, number>>;

const WINDOWS = os === "windows";
const LIMIT = { timeout: 30_000 };

/** The errors a descriptor that is not open gives: EBADF (Winsock: WSAENOTSOCK). */
const NOT_OPEN = WINDOWS ? [E.WSAENOTSOCK] : [E.EBADF];

/** A descriptor number that was a socket and is now closed. */
function closedDescriptor(): number {
  const s = socket();
  const fd = s.fileno();
  s.close();
  return fd;
}

/** Runs `fn` and returns its result with the seconds it took. */
function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const result = fn();
  return [result, (performance.now() - start) / 1000];
}

function assertErrnoIn(fn: () => unknown, codes: number[]): void {
  assert.throws(fn, (e) => {
    assert.ok(e instanceof error, `expected error, got ${e}`);
    assert.ok(codes.includes(e.errno!), `errno ${e.errno} not in ${codes}`);
    return true;
  });
}

describe("select()", () => {
  checkFdLeaks();

  it(
    "reports a socket writable, and readable once data is there",
    LIMIT,
    () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      assert.deepEqual(select([b], [a], [], 0), [[], [a], []]);
      a.sendall("ping");
      const [r, w, x] = select([a, b], [], [], 5);
      assert.deepEqual([r, w, x], [[b], [], []]);
      assert.equal(r[0], b);
      b.recv(16);
      assert.deepEqual(select([b], [], [], 0), [[], [], []]);
    },
  );

  it("returns the very objects given, in order, duplicates included", () => {
    using scope = new Scope();
    const [a, b] = scope.all(socketpair());
    a.sendall("x");
    const wrapper = { fileno: () => b.fileno() };
    const rlist = [wrapper, b, b.fileno(), b];
    const [r, w, x] = select(rlist, [a, a.fileno()], [], 5);
    assert.equal(r.length, 4);
    rlist.forEach((item, i) => assert.equal(r[i], item));
    assert.deepEqual(w, [a, a.fileno()]);
    assert.deepEqual(x, []);
    // Three new arrays each time, never the ones given.
    assert.notEqual(r, rlist);
    const [e1, e2, e3] = select([], [a], [], 0);
    assert.notEqual(e1, e3);
    assert.deepEqual([e1, e2, e3], [[], [a], []]);
  });

  it("takes more sockets than Winsock's default FD_SETSIZE (64)", LIMIT, () => {
    using scope = new Scope();
    const pairs = Array.from({ length: 70 }, () => scope.all(socketpair()));
    const readers = pairs.map(([, b]) => b);
    const writers = pairs.map(([a]) => a);
    assert.deepEqual(select(readers, [], [], 0), [[], [], []]);
    for (const i of [0, 33, 64, 69]) writers[i]!.sendall("x");
    const [r] = select(readers, [], [], 5);
    assert.deepEqual(r, [0, 33, 64, 69].map((i) => readers[i]));
    const [, w] = select([], writers, [], 5);
    assert.equal(w.length, 70);
  });

  it("accepts any iterable of descriptors", () => {
    using scope = new Scope();
    const [a] = scope.all(socketpair());
    assert.deepEqual(select(new Set<number>(), new Set([a]), [], 0), [
      [],
      [a],
      [],
    ]);
  });

  it("reports out-of-band data in xlist", LIMIT, () => {
    using scope = new Scope();
    const [c, s] = tcpPair(scope);
    assert.deepEqual(select([], [], [s], 0), [[], [], []]);
    c.send("!", MSG_OOB);
    assert.deepEqual(select([], [], [s], 5), [[], [], [s]]);
  });

  it("waits for the timeout when nothing is ready", LIMIT, () => {
    using scope = new Scope();
    const [, b] = scope.all(socketpair());
    const [result, seconds] = timed(() => select([b], [], [], 0.2));
    assert.deepEqual(result, [[], [], []]);
    assert.ok(seconds >= 0.19, `returned after ${seconds}s`);
    assert.ok(seconds < 3, `returned after ${seconds}s`);
  });

  it("with three empty lists sleeps (Winsock: error WSAEINVAL)", LIMIT, () => {
    if (WINDOWS) {
      assertErrnoIn(() => select([], [], [], 0.05), [E.WSAEINVAL]);
      return;
    }
    const [result, seconds] = timed(() => select([], [], [], 0.1));
    assert.deepEqual(result, [[], [], []]);
    assert.ok(seconds >= 0.09, `returned after ${seconds}s`);
  });

  it("raises error EBADF for a closed descriptor (Winsock: WSAENOTSOCK)", () => {
    const fd = closedDescriptor();
    assertErrnoIn(() => select([fd], [], [], 0), NOT_OPEN);
    assertErrnoIn(() => select([], [fd], [], 0), NOT_OPEN);
  });

  it("raises RangeError for a closed socket (fileno -1), as Python's ValueError", () => {
    const s = socket();
    s.close();
    assert.throws(() => select([s], [], [], 0), {
      name: "RangeError",
      message: "select(): file descriptor cannot be a negative integer (-1)",
    });
    assert.throws(() => select([], [], [-5], 0), {
      name: "RangeError",
      message: "select(): file descriptor cannot be a negative integer (-5)",
    });
  });

  it("raises RangeError for a negative or NaN timeout", () => {
    using scope = new Scope();
    const [a] = scope.all(socketpair());
    assert.throws(() => select([a], [], [], -1), {
      name: "RangeError",
      message: "select(): timeout must be non-negative, got -1",
    });
    assert.throws(() => select([a], [], [], NaN), {
      name: "RangeError",
      message: "select(): invalid timeout NaN (not a number)",
    });
  });

  it("raises RangeError for a timeout beyond 2**63-1 ns, as CPython's OverflowError", () => {
    using scope = new Scope();
    const [a, b] = scope.all(socketpair());
    // CPython: select.select([b], [], [], 2**40) raises OverflowError,
    // float('inf') too; until then these waited without limit.
    for (const timeout of [Infinity, 1e300, 2 ** 40, 9223372037]) {
      assert.throws(() => select([b], [], [], timeout), {
        name: "RangeError",
        message: `select(): timeout is too large, got ${timeout}`,
      });
    }
    a.sendall("x");
    assert.deepEqual(select([b], [], [], 9223372036), [[b], [], []]);
  });

  it("checks the arguments in CPython's order: the timeout, then each list in turn with its items", () => {
    const call = select as (...args: unknown[]) => unknown;
    // Each raised the TypeError of the second list, read before any
    // item was converted and before the timeout.
    assert.throws(() => call([-1], 5, [], -1), {
      name: "RangeError",
      message: "select(): timeout must be non-negative, got -1",
    });
    assert.throws(() => call([-1], 5, [], 0), {
      name: "RangeError",
      message: "select(): file descriptor cannot be a negative integer (-1)",
    });
    assert.throws(() => call(5, [-1], [], 0), {
      name: "TypeError",
      message: "select(): rlist must be an iterable, got 5",
    });
    if (!WINDOWS) {
      assert.throws(() => call([], [C.FD_SETSIZE], [-1], 0), {
        name: "RangeError",
        message:
          `select(): file descriptor ${C.FD_SETSIZE} is out of range (FD_SETSIZE is ${C.FD_SETSIZE})`,
      });
    }
  });

  it("raises TypeError for arguments of the wrong type", () => {
    using scope = new Scope();
    const [a] = scope.all(socketpair());
    const call = select as (...args: unknown[]) => unknown;
    assert.throws(() => call(1, [], []), {
      name: "TypeError",
      message: "select(): rlist must be an iterable, got 1",
    });
    assert.throws(() => call([], "ab", []), {
      name: "TypeError",
      message: "select(): wlist must be an iterable, got a string",
    });
    assert.throws(() => call([], [], null), {
      name: "TypeError",
      message: "select(): xlist must be an iterable, got null",
    });
    assert.throws(() => call(["3"], [], []), {
      name: "TypeError",
      message:
        "select(): argument must be a number, or have a fileno() method, got a string",
    });
    assert.throws(() => call([{}], [], []), {
      name: "TypeError",
      message:
        "select(): argument must be a number, or have a fileno() method, got an object",
    });
    assert.throws(() => call([{ fileno: () => "3" }], [], []), {
      name: "TypeError",
      message: "select(): fileno() must return an integer, got a string",
    });
    assert.throws(() => call([1.5], [], []), {
      name: "TypeError",
      message: "select(): a descriptor must be an integer, got 1.5",
    });
    assert.throws(() => call([a], [], [], "1"), {
      name: "TypeError",
      message: "select(): timeout must be a number or null, got a string",
    });
    // Proxies the engine itself refuses to touch or iterate (found by the
    // fuzz: these raised the engine's TypeError, naming nothing).
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    assert.throws(() => call(revoked.proxy, [], []), {
      name: "TypeError",
      message: "select(): rlist must be an iterable, got an object",
    });
    assert.throws(() => call([revoked.proxy], [], []), {
      name: "TypeError",
      message:
        "select(): argument must be a number, or have a fileno() method, got an object",
    });
    const imitation = new Proxy(new Uint8Array(2), {});
    assert.throws(() => call([], imitation, []), (e: unknown) => {
      assert.ok(e instanceof TypeError);
      assert.match(e.message, /^select\(\): wlist could not be iterated: /);
      return true;
    });
  });

  it("raises RangeError for a descriptor past FD_SETSIZE (Linux, macOS)", {
    skip: WINDOWS && "Winsock's sets are arrays of handles, with no such bound",
  }, () => {
    assert.throws(() => select([C.FD_SETSIZE], [], [], 0), {
      name: "RangeError",
      message:
        `select(): file descriptor ${C.FD_SETSIZE} is out of range (FD_SETSIZE is ${C.FD_SETSIZE})`,
    });
  });

  it(
    "raises RangeError for a list of more than FD_SETSIZE items, as CPython's ValueError (Linux, macOS)",
    {
      skip: WINDOWS &&
        "Winsock's sets are arrays of handles, with no such bound",
    },
    () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const size = C.FD_SETSIZE!;
      // CPython keeps a slot per item: a descriptor given again counts again.
      assert.throws(() => select([], Array(size + 1).fill(a), [], 0), {
        name: "RangeError",
        message: `select(): too many file descriptors, got ${
          size + 1
        } (FD_SETSIZE is ${size})`,
      });
      const [r, w, x] = select([b], Array(size).fill(a), [], 0);
      assert.deepEqual([r.length, w.length, x.length], [0, size, 0]);
    },
  );

  it("exports error, the socket module's error (Python: select.error is OSError)", () => {
    assert.equal(selectError, error);
  });
});

describe("poll()", () => {
  checkFdLeaks();

  it("makes a new Poll each time", () => {
    const p = poll();
    assert.ok(p instanceof Poll);
    assert.notEqual(poll(), p);
    assert.deepEqual(p.poll(0), []);
  });

  it("reports output, then input, in registration order", LIMIT, () => {
    using scope = new Scope();
    const [a, b] = scope.all(socketpair());
    const p = poll();
    p.register(b, POLLIN);
    p.register(a); // POLLIN | POLLPRI | POLLOUT
    assert.deepEqual(p.poll(0), [[a.fileno(), POLLOUT]]);
    a.sendall("data");
    const events = p.poll(1000);
    assert.equal(events.length, 2);
    assert.equal(events[0][0], b.fileno());
    assert.ok(events[0][1] & (POLLIN | POLLRDNORM), `events ${events[0][1]}`);
    assert.deepEqual(events[1], [a.fileno(), POLLOUT]);
  });

  it(
    "waits for the timeout in milliseconds when nothing happens",
    LIMIT,
    () => {
      using scope = new Scope();
      const [, b] = scope.all(socketpair());
      const p = poll();
      p.register(b, POLLIN);
      const [result, seconds] = timed(() => p.poll(200));
      assert.deepEqual(result, []);
      assert.ok(seconds >= 0.19, `returned after ${seconds}s`);
      assert.ok(seconds < 3, `returned after ${seconds}s`);
      // A fraction of a millisecond rounds up, and 0 does not wait.
      assert.deepEqual(p.poll(0.5), []);
      assert.deepEqual(p.poll(0), []);
    },
  );

  it("with nothing registered sleeps for the timeout", LIMIT, () => {
    const [result, seconds] = timed(() => poll().poll(100));
    assert.deepEqual(result, []);
    assert.ok(seconds >= 0.09, `returned after ${seconds}s`);
  });

  it("takes a timeout to either end of a C int of milliseconds", LIMIT, () => {
    using scope = new Scope();
    const [a, b] = scope.all(socketpair());
    const p = poll();
    p.register(b, POLLIN);
    assert.deepEqual(p.poll(-0), []);
    a.sendall("x");
    // WSAPoll reports normal data as POLLRDNORM alone (its POLLIN is
    // POLLRDNORM | POLLRDBAND).
    const readable = WINDOWS ? POLLRDNORM : POLLIN;
    for (const timeout of [2147483647, -2147483648, -0.5]) {
      assert.deepEqual(p.poll(timeout), [[b.fileno(), readable]]);
    }
  });

  it("modify() changes the mask; for an unregistered descriptor raises error ENOENT", () => {
    using scope = new Scope();
    const [a, b] = scope.all(socketpair());
    const p = poll();
    p.register(a, POLLIN);
    assert.deepEqual(p.poll(0), []);
    p.modify(a, POLLOUT);
    assert.deepEqual(p.poll(0), [[a.fileno(), POLLOUT]]);
    assert.throws(() => p.modify(b, POLLIN), (e) => {
      assert.ok(e instanceof error);
      assert.equal(e.errno, E.ENOENT);
      return true;
    });
  });

  it("register() again replaces the mask", () => {
    using scope = new Scope();
    const [a] = scope.all(socketpair());
    const p = poll();
    p.register(a, POLLOUT);
    p.register(a.fileno(), POLLIN);
    assert.deepEqual(p.poll(0), []);
  });

  it("unregister() forgets a descriptor; twice raises RangeError (Python: KeyError)", () => {
    using scope = new Scope();
    const [a] = scope.all(socketpair());
    const p = poll();
    p.register(a);
    p.unregister({ fileno: () => a.fileno() });
    assert.deepEqual(p.poll(0), []);
    assert.throws(() => p.unregister(a), {
      name: "RangeError",
      message: `unregister(): file descriptor ${a.fileno()} is not registered`,
    });
  });

  it("reports a hang-up when the peer closes", LIMIT, () => {
    using scope = new Scope();
    const [a, b] = socketpair();
    scope.add(b);
    const p = poll();
    p.register(b, POLLIN);
    a.close();
    const [[fd, events]] = p.poll(1000);
    assert.equal(fd, b.fileno());
    // Linux and macOS add POLLHUP to the end of stream; Winsock reports the
    // end of stream as readable.
    assert.ok(events & (POLLIN | POLLRDNORM | POLLHUP), `events ${events}`);
    if (!WINDOWS) assert.ok(events & POLLHUP, `events ${events}`);
  });

  it("reports POLLNVAL for a closed descriptor (WSAPoll fails when none is valid)", () => {
    const fd = closedDescriptor();
    const p = poll();
    p.register(fd);
    if (WINDOWS) {
      assertErrnoIn(() => p.poll(0), [E.WSAENOTSOCK, E.WSAEINVAL]);
    } else {
      assert.deepEqual(p.poll(0), [[fd, POLLNVAL]]);
    }
  });

  it("reports out-of-band data as POLLPRI (Winsock: POLLRDBAND)", LIMIT, () => {
    using scope = new Scope();
    const [c, s] = tcpPair(scope);
    const p = poll();
    p.register(s, POLLPRI | POLLRDBAND);
    assert.deepEqual(p.poll(0), []);
    c.send("!", MSG_OOB);
    const [[fd, events]] = p.poll(5000);
    assert.equal(fd, s.fileno());
    assert.ok(events & (WINDOWS ? POLLRDBAND : POLLPRI), `events ${events}`);
  });

  it("raises RangeError or TypeError for a bad mask, descriptor or timeout", () => {
    using scope = new Scope();
    const [a] = scope.all(socketpair());
    const p = poll();
    assert.throws(() => p.register(a, 65536), {
      name: "RangeError",
      message: "register(): eventmask must be 0-65535, got 65536",
    });
    assert.throws(() => p.register(a, -1), {
      name: "RangeError",
      message: "register(): eventmask must be 0-65535, got -1",
    });
    const call = p.register.bind(p) as (...args: unknown[]) => void;
    assert.throws(() => call(a, "1"), {
      name: "TypeError",
      message: "register(): eventmask must be an integer, got a string",
    });
    assert.throws(() => call(undefined), {
      name: "TypeError",
      message:
        "register(): argument must be a number, or have a fileno() method, got undefined",
    });
    const closed = socket();
    closed.close();
    assert.throws(() => p.register(closed), {
      name: "RangeError",
      message: "register(): file descriptor cannot be a negative integer (-1)",
    });
    const pollCall = p.poll.bind(p) as (...args: unknown[]) => unknown;
    assert.throws(() => pollCall("1"), {
      name: "TypeError",
      message: "poll(): timeout must be a number or null, got a string",
    });
    assert.throws(() => pollCall(NaN), {
      name: "RangeError",
      message: "poll(): invalid timeout NaN (not a number)",
    });
    // Beyond a C int of milliseconds either way, after rounding away from
    // zero: CPython's OverflowError "timeout is too large".
    for (
      const timeout of [2 ** 31, 2147483647.5, -2147483649, Infinity, -Infinity]
    ) {
      assert.throws(() => p.poll(timeout), {
        name: "RangeError",
        message: `poll(): timeout is too large, got ${timeout}`,
      });
    }
    // Nothing was registered by the failed calls.
    assert.deepEqual(p.poll(0), []);
  });
});

describe("POLL* constants", () => {
  it("are the running platform's values", () => {
    const expected: Record<string, number | undefined> = {
      POLLIN,
      POLLPRI,
      POLLOUT,
      POLLERR,
      POLLHUP,
      POLLNVAL,
      POLLRDNORM,
      POLLRDBAND,
      POLLWRNORM,
      POLLWRBAND,
      POLLMSG,
      POLLRDHUP,
    };
    for (const [name, value] of Object.entries(expected)) {
      assert.equal(value, C[name], name);
    }
    if (os === "linux") {
      // poll.h, asm-generic/poll.h (checked against gcc in platform_linux_test).
      assert.deepEqual(
        [POLLIN, POLLPRI, POLLOUT, POLLERR, POLLHUP, POLLNVAL],
        [1, 2, 4, 8, 16, 32],
      );
      assert.deepEqual(
        [POLLRDNORM, POLLRDBAND, POLLWRNORM, POLLWRBAND, POLLMSG, POLLRDHUP],
        [64, 128, 256, 512, 1024, 8192],
      );
    }
    if (WINDOWS) {
      // WSAPoll's: POLLIN is POLLRDNORM | POLLRDBAND, POLLOUT is POLLWRNORM.
      assert.equal(POLLIN, POLLRDNORM | POLLRDBAND);
      assert.equal(POLLOUT, POLLWRNORM);
      assert.equal(POLLMSG, undefined);
      assert.equal(POLLRDHUP, undefined);
    }
    assert.ok(POLLERR && POLLHUP);
  });

  it("PIPE_BUF is the platform's (Python's select.PIPE_BUF; not on Windows)", () => {
    // limits.h (checked against gcc in platform_linux_test, against Apple's
    // SDK with Zig in platform_darwin_headers_test).
    const expected: Record<string, number> = { linux: 4096, darwin: 512 };
    assert.equal(PIPE_BUF, expected[os]);
    assert.equal(PIPE_BUF, C.PIPE_BUF);
  });
});
