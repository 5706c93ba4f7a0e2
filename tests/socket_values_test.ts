/**
 * Hostile values get our errors, never an engine error or a bad pointer
 * (issue 9, items 5 to 7): `-0` integers, `recvmsg(0, ancbufsize)` on Bun,
 * detached, resizable and shared buffers, Proxies and fakes of views,
 * infinite timeouts, `CMSG_LEN`/`CMSG_SPACE` out of range, a non-socket
 * given to `sock_*`, `create_server(address, null)`.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { constants as C, os } from "../platform/mod.ts";
import {
  close,
  CMSG_LEN,
  CMSG_SPACE,
  create_server,
  getdefaulttimeout,
  setdefaulttimeout,
  sock_accept,
  sock_connect,
  sock_recv,
  sock_recv_into,
  sock_recvfrom,
  sock_recvfrom_into,
  sock_sendall,
  sock_sendfile,
  sock_sendto,
  socket,
  socketpair,
} from "../mod.ts";
import { checkFdLeaks } from "./_fd.ts";
import { noResizableBuffers } from "./_emulation.ts";
import { bytes, Scope, tcpPair, udpSocket } from "./_net.ts";
import { it } from "./_skip.ts";

type InetPair = [string, number];

/** Asserts `fn` throws `cls` with a message matching `pattern`. */
function throwsNaming(
  fn: () => unknown,
  cls: ErrorConstructor,
  pattern: RegExp,
): void {
  assert.throws(fn, (e: unknown) => {
    assert.equal((e as Error)?.constructor, cls, `expected ${cls.name}: ${e}`);
    assert.match((e as Error).message, pattern);
    return true;
  });
}

/** A view of a buffer that has since been detached (transferred). */
function detachedView(): Uint8Array {
  const buffer = new ArrayBuffer(8);
  const view = new Uint8Array(buffer);
  structuredClone(buffer, { transfer: [buffer] });
  assert.equal(buffer.byteLength, 0);
  return view;
}

/** A DataView of a buffer that has since been detached. */
function detachedDataView(): DataView {
  const buffer = new ArrayBuffer(8);
  const view = new DataView(buffer, 2);
  structuredClone(buffer, { transfer: [buffer] });
  return view;
}

describe("hostile values", () => {
  checkFdLeaks();

  describe("-0 is 0", () => {
    it("socket(), recv(), getsockopt(), shutdown(), listen() and settimeout() take -0", () => {
      using scope = new Scope();
      const s = scope.add(socket(C.AF_INET, C.SOCK_STREAM, -0));
      assert.equal(s.proto, 0);
      assert.ok(Object.is(s.proto, 0));
      const ttl = s.getsockopt(-0, C.IP_TTL);
      assert.equal(typeof ttl, "number");
      s.settimeout(-0);
      assert.ok(Object.is(s.gettimeout(), 0));
      s.settimeout(null);
      const [c, d] = tcpPair(scope);
      c.sendall("ab");
      assert.deepEqual(d.recv(2, -0), bytes("ab"));
      d.shutdown(-0); // SHUT_RD
      const l = scope.add(socket());
      l.bind(["127.0.0.1", 0]);
      l.listen(-0);
    });
  });

  describe("buffers", () => {
    it("a detached buffer is a RangeError naming the argument, before C", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      throwsNaming(
        () => a.send(detachedView()),
        RangeError,
        /^send\(\): data is over a detached ArrayBuffer/,
      );
      throwsNaming(
        () => a.sendall(detachedDataView()),
        RangeError,
        /^sendall\(\): data is over a detached ArrayBuffer/,
      );
      throwsNaming(
        () => b.recv_into(detachedView()),
        RangeError,
        /^recv_into\(\): buffer is over a detached ArrayBuffer/,
      );
      throwsNaming(
        () => a.setsockopt(C.SOL_SOCKET, C.SO_REUSEADDR, detachedView()),
        RangeError,
        /^setsockopt\(\): value is over a detached ArrayBuffer/,
      );
      if (os !== "windows") {
        throwsNaming(
          () => a.sendmsg([detachedView()]),
          RangeError,
          /^sendmsg\(\): data is over a detached ArrayBuffer/,
        );
      }
    });

    it("a Proxy of a view, or an object made from a view's prototype, is a TypeError", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const proxy = new Proxy(new Uint8Array(8), {});
      const fake = Object.create(Uint8Array.prototype) as Uint8Array;
      assert.ok(fake instanceof Uint8Array);
      for (const value of [proxy, fake]) {
        throwsNaming(
          () => a.send(value),
          TypeError,
          /^send\(\): a bytes-like object is required, got a Proxy or imitation of a Uint8Array$/,
        );
        throwsNaming(
          () => b.recv_into(value),
          TypeError,
          /^recv_into\(\): buffer must be a writable bytes-like object, got a Proxy or imitation of a Uint8Array$/,
        );
      }
      const revoked = Proxy.revocable(new Uint8Array(4), {});
      revoked.revoke();
      throwsNaming(
        () => a.send(revoked.proxy),
        TypeError,
        /^send\(\): a bytes-like object is required, got an object$/,
      );
    });

    it("resizable and shared buffers are read at their size when called", {
      skip: noResizableBuffers,
    }, () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const rab = new ArrayBuffer(4, { maxByteLength: 16 });
      const tracking = new Uint8Array(rab); // follows the buffer's length
      tracking.set([1, 2, 3, 4]);
      rab.resize(6);
      assert.equal(a.send(tracking), 6);
      assert.deepEqual(b.recv(16), new Uint8Array([1, 2, 3, 4, 0, 0]));
      const fixedView = new Uint8Array(rab, 4, 2);
      rab.resize(2); // the view is now out of bounds: nothing to send
      assert.equal(a.send(fixedView), 0);
      const shared = new Uint8Array(new SharedArrayBuffer(8), 2, 4);
      a.sendall("wxyz");
      assert.equal(b.recv_into(shared), 4);
      assert.deepEqual(new Uint8Array(shared.buffer), bytes("\0\0wxyz\0\0"));
      assert.equal(a.send(shared), 4);
      assert.deepEqual(b.recv(16), bytes("wxyz"));
    });

    it("a typed array's own accessors are never asked: a subclass or an own property cannot misstate its size", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      class Lying extends Uint8Array {
        override get byteLength(): number {
          return 1 << 20;
        }
        override get byteOffset(): number {
          return 1 << 20;
        }
        override get length(): number {
          return 1 << 20;
        }
      }
      const lying = new Lying(4).fill(7);
      assert.equal(a.send(lying), 4);
      assert.deepEqual(b.recv(16), new Uint8Array([7, 7, 7, 7]));
      const owned = new Uint8Array([1, 2, 3]);
      Object.defineProperty(owned, "byteLength", { value: 1 << 20 });
      Object.defineProperty(owned, "buffer", {
        value: new ArrayBuffer(1 << 20),
      });
      assert.equal(a.send(owned), 3);
      assert.deepEqual(b.recv(16), new Uint8Array([1, 2, 3]));
      const reparented = new Uint8Array([9, 8]);
      Object.setPrototypeOf(reparented, Lying.prototype);
      a.sendall(reparented);
      assert.deepEqual(b.recv(16), new Uint8Array([9, 8]));
      // A DataView dressed as a typed array, and the other way round.
      const dressed = new DataView(new Uint8Array([4, 5, 6]).buffer, 1);
      Object.setPrototypeOf(dressed, Uint8Array.prototype);
      assert.equal(a.send(dressed), 2);
      assert.deepEqual(b.recv(16), new Uint8Array([5, 6]));
      const undressed = new Uint8Array([7, 8]);
      Object.setPrototypeOf(undressed, DataView.prototype);
      assert.equal(a.send(undressed), 2);
      assert.deepEqual(b.recv(16), new Uint8Array([7, 8]));
      assert.equal(a.send(new DataView(new ArrayBuffer(3))), 3);
      assert.deepEqual(b.recv(16), new Uint8Array(3));
      // Another type, at an offset: its bytes, counted in bytes.
      const wide = new Uint16Array(
        new Uint8Array([0, 0, 1, 2, 3, 4]).buffer,
        2,
      );
      assert.equal(a.send(wide), 4);
      assert.deepEqual(b.recv(16), new Uint8Array([1, 2, 3, 4]));
      a.sendall("xyz");
      const into = new Lying(8);
      assert.equal(b.recv_into(into), 3);
      assert.deepEqual([...new Uint8Array(into.buffer, 0, 4)], [
        120,
        121,
        122,
        0,
      ]);
      a.sendall("pq");
      const [n] = b.recvfrom_into(new Uint16Array(new ArrayBuffer(8), 2, 2));
      assert.equal(n, 2);
      // An empty view, and one over a detached buffer, still differ.
      assert.equal(a.send(new Uint8Array(0)), 0);
      assert.equal(a.send(new Uint8Array(new ArrayBuffer(8), 8)), 0);
      throwsNaming(
        () => a.send(detachedView()),
        RangeError,
        /^send\(\): data is over a detached ArrayBuffer/,
      );
    });

    it("a Proxy of a typed array subclass, and an imitation of one, are refused as before", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      class Sub extends Uint8Array {}
      const proxy = new Proxy(new Sub(4), {
        getPrototypeOf: () => Uint8Array.prototype,
      });
      const fake = Object.create(Sub.prototype) as Uint8Array;
      const cases: [Uint8Array, string][] = [
        [proxy, "a Proxy or imitation of a Uint8Array"],
        [fake, "an instance of Sub"],
      ];
      for (const [value, got] of cases) {
        assert.throws(
          () => a.sendto(value, ["127.0.0.1", 9]),
          new TypeError(
            `sendto(): a bytes-like object is required, got ${got}`,
          ),
        );
        assert.throws(
          () => b.recvfrom_into(value),
          new TypeError(
            `recvfrom_into(): buffer must be a writable bytes-like object, got ${got}`,
          ),
        );
      }
    });

    it(
      "a length-tracking view is read at the size its buffer has when called; a fixed view out of bounds sends nothing",
      {
        skip: noResizableBuffers,
      },
      () => {
        using scope = new Scope();
        const [a, b] = scope.all(socketpair());
        const rab = new ArrayBuffer(8, { maxByteLength: 16 });
        const tracking = new Uint8Array(rab, 2); // 6 bytes now
        tracking.fill(5);
        rab.resize(4); // 2 bytes now
        assert.equal(a.send(tracking), 2);
        assert.deepEqual(b.recv(16), new Uint8Array([5, 5]));
        rab.resize(1); // out of bounds: the offset is past the end
        assert.equal(a.send(tracking), 0);
        rab.resize(8);
        const fixedView = new Uint16Array(rab, 2, 2);
        rab.resize(5);
        assert.equal(a.send(fixedView), 0);
        rab.resize(6); // back in bounds
        assert.equal(a.send(fixedView), 4);
        assert.equal(b.recv(16).length, 4);
      },
    );

    it(
      "sendto(): an address whose code shrinks, grows or detaches the data's buffer sends what a view made before it would",
      {
        skip: noResizableBuffers,
      },
      () => {
        using scope = new Scope();
        const a = udpSocket(scope);
        const b = udpSocket(scope);
        const to = b.getsockname() as InetPair;
        const rab = new ArrayBuffer(8, { maxByteLength: 16 });
        new Uint8Array(rab).set([1, 2, 3, 4, 5, 6, 7, 8]);
        const meddling = (change: () => void): InetPair =>
          new Proxy([...to], {
            get: (target, key) => {
              if (key === "0") change();
              return Reflect.get(target, key);
            },
          }) as never;
        const tracking = new Uint8Array(rab, 2); // 6 bytes
        assert.equal(a.sendto(tracking, meddling(() => rab.resize(16))), 6);
        assert.deepEqual(b.recv(64), new Uint8Array([3, 4, 5, 6, 7, 8]));
        assert.equal(a.sendto(tracking, meddling(() => rab.resize(7))), 0);
        assert.deepEqual(b.recv(64), new Uint8Array(0));
        rab.resize(8);
        const fixedView = new Uint16Array(rab, 2, 2);
        assert.equal(a.sendto(fixedView, meddling(() => rab.resize(5))), 0);
        assert.deepEqual(b.recv(64), new Uint8Array(0));
        rab.resize(8);
        assert.equal(a.sendto(fixedView, meddling(() => rab.resize(6))), 4);
        assert.equal(b.recv(64).length, 4);
        const plain = new Uint8Array([1, 2, 3]);
        const transfer = () =>
          structuredClone(plain.buffer, { transfer: [plain.buffer] });
        assert.equal(a.sendto(plain, meddling(transfer)), 0);
        assert.deepEqual(b.recv(64), new Uint8Array(0));
      },
    );

    it("Bun: recvmsg(0, ancbufsize) receives only the ancillary data", {
      skip: os === "windows" && "Winsock has no recvmsg() (CPython neither)",
    }, () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair(C.AF_UNIX, C.SOCK_DGRAM));
      const [x, y] = scope.all(socketpair());
      a.sendmsg([bytes("!")], [[
        C.SOL_SOCKET,
        C.SCM_RIGHTS,
        new Uint8Array(new Int32Array([x.fileno()]).buffer),
      ]]);
      const [data, ancdata, flags] = b.recvmsg(0, CMSG_SPACE(4));
      assert.deepEqual(data, new Uint8Array(0));
      assert.equal(flags & C.MSG_TRUNC, C.MSG_TRUNC);
      assert.equal(ancdata.length, 1);
      const [level, type, fdBytes] = ancdata[0]!;
      assert.deepEqual([level, type, fdBytes.length], [
        C.SOL_SOCKET,
        C.SCM_RIGHTS,
        4,
      ]);
      const fd = new DataView(fdBytes.buffer, fdBytes.byteOffset).getInt32(
        0,
        true,
      );
      assert.ok(fd > 2 && fd !== x.fileno());
      close(fd);
      y.close();
    });
  });

  describe("flags", () => {
    it("take every C int, -0 as 0, and name anything else", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      assert.equal(a.send(bytes("ab"), -0), 2);
      assert.deepEqual(b.recv(2, -0), bytes("ab"));
      for (const flags of [2 ** 31, -(2 ** 31) - 1, 2 ** 53]) {
        throwsNaming(
          () => a.send(bytes("x"), flags),
          RangeError,
          new RegExp(
            `^send\\(\\): flags must be -2147483648-2147483647, got ${flags}$`,
          ),
        );
      }
      for (const flags of [NaN, Infinity, 0.5]) {
        throwsNaming(
          () => b.recv(1, flags),
          TypeError,
          new RegExp(`^recv\\(\\): flags must be an integer, got ${flags}$`),
        );
      }
    });
  });

  describe("addresses", () => {
    it("a Proxy's length is counted as a loop counts it, and a cached IPv4 address never answers for another", () => {
      using scope = new Scope();
      const s = scope.add(socket(C.AF_INET, C.SOCK_DGRAM));
      const withLength = (length: unknown): [string, number] =>
        new Proxy(["127.0.0.1", 9], {
          get: (target, key) =>
            key === "length" ? length : Reflect.get(target, key),
        }) as never;
      for (const [length, got] of [[2.5, 3], [NaN, 0], [-1, 0], [1, 1]]) {
        throwsNaming(
          () => s.connect(withLength(length)),
          TypeError,
          new RegExp(
            `^connect\\(\\): AF_INET address must be a pair \\[host, port\\], got ${got} elements$`,
          ),
        );
      }
      // UDP connect() sends nothing: it sets the peer getpeername() reads.
      for (const host of ["127.0.0.2", "127.0.0.1", "127.0.0.2", "127.1.2.3"]) {
        s.connect([host, 9]);
        assert.deepEqual(s.getpeername(), [host, 9]);
      }
      s.connect(["127.0.0.1", 10]);
      assert.deepEqual(s.getpeername(), ["127.0.0.1", 10]);
      for (const port of [-0, 65535]) {
        s.connect(["127.0.0.1", port]);
      }
      for (
        const [port, cls] of [[65536, RangeError], [-1, RangeError], [
          1.5,
          TypeError,
        ], ["9", TypeError]] as const
      ) {
        throwsNaming(
          () => s.connect(["127.0.0.1", port as number]),
          cls,
          /^connect\(\): port must be/,
        );
      }
    });
  });

  describe("sendto()'s last address", () => {
    it("reads each item of the address once per call, reused or not, and sends where the items say", () => {
      using scope = new Scope();
      const a = udpSocket(scope);
      const b = udpSocket(scope);
      const c = udpSocket(scope);
      const [host, portB] = b.getsockname() as InetPair;
      const portC = (c.getsockname() as InetPair)[1];
      const reads: string[] = [];
      const counted = (port: number): InetPair =>
        new Proxy([host, port], {
          get: (target, key) => {
            if (key === "0" || key === "1") reads.push(key);
            return Reflect.get(target, key);
          },
        }) as never;
      for (
        const [port, to] of [[portB, b], [portB, b], [portC, c], [portC, c], [
          portB,
          b,
        ]] as const
      ) {
        reads.length = 0;
        assert.equal(a.sendto(bytes("x"), counted(port)), 1);
        assert.deepEqual(reads, ["0", "1"]);
        assert.deepEqual(to.recv(4), bytes("x"));
      }
      // An item whose getter changes the port between calls.
      let port = portB;
      const moving: unknown[] = [host];
      Object.defineProperty(moving, 1, { get: () => port, enumerable: true });
      a.sendto(bytes("1"), moving as never);
      assert.deepEqual(b.recv(4), bytes("1"));
      port = portC;
      a.sendto(bytes("2"), moving as never);
      assert.deepEqual(c.recv(4), bytes("2"));
      a.sendto(bytes("3"), [host, portC]);
      assert.deepEqual(c.recv(4), bytes("3"));
      throwsNaming(
        () => a.sendto(bytes("4"), [host, portC, 0] as never),
        TypeError,
        /^sendto\(\): AF_INET address must be a pair \[host, port\], got 3 elements$/,
      );
      throwsNaming(
        () => a.sendto(bytes("5"), [host] as never),
        TypeError,
        /^sendto\(\): AF_INET address must be a pair \[host, port\], got 1 elements$/,
      );
      throwsNaming(
        () => a.sendto(bytes("6"), null as never),
        TypeError,
        /^sendto\(\): AF_INET address must be an array, got null$/,
      );
    });
  });

  describe("sendto()'s last address, item by item", () => {
    it("an address that matches the last one up to some item is copied from there and checked as a new one", () => {
      using scope = new Scope();
      const a = udpSocket(scope);
      const b = udpSocket(scope);
      const c = udpSocket(scope);
      const [host, portB] = b.getsockname() as InetPair;
      const portC = (c.getsockname() as InetPair)[1];
      const check = (to: unknown, message: RegExp) => {
        a.sendto(bytes("k"), [host, portB]); // the last address again
        assert.deepEqual(b.recv(4), bytes("k"));
        throwsNaming(
          () => a.sendto(bytes("x"), to as never),
          TypeError,
          message,
        );
      };
      // The first item differs: a view, a Proxy of one, nothing (a hole).
      check(
        [new Uint8Array(4), portB],
        /^sendto\(\): host must be a string, got /,
      );
      check(
        [new Proxy(new Uint8Array(4), {}), portB],
        /^sendto\(\): address holds /,
      );
      // deno-lint-ignore no-sparse-arrays
      check([, portB], /^sendto\(\): host must be a string, got undefined$/);
      // The second item differs.
      check([host, new Uint8Array(2)], /^sendto\(\): port must be /);
      check(
        [host, new Proxy(new Uint8Array(2), {})],
        /^sendto\(\): address holds /,
      );
      check([host, "1"], /^sendto\(\): port must be /);
      // A longer or shorter array with the same first items.
      check([host, portB, 0], /got 3 elements$/);
      check([host], /got 1 elements$/);
      check([], /got 0 elements$/);
      // After each refusal the last good address still sends where it says,
      // and a new one (the second item only) goes to its own socket.
      a.sendto(bytes("y"), [host, portB]);
      assert.deepEqual(b.recv(4), bytes("y"));
      a.sendto(bytes("z"), [host, portC]);
      assert.deepEqual(c.recv(4), bytes("z"));
      a.sendto(bytes("w"), [host, portB]);
      assert.deepEqual(b.recv(4), bytes("w"));
    });
  });

  describe("timeouts", () => {
    it("settimeout(Infinity) and setdefaulttimeout(Infinity) raise RangeError (CPython: OverflowError)", () => {
      using scope = new Scope();
      const s = scope.add(socket());
      s.settimeout(3);
      for (const value of [Infinity, 1e10, 2 ** 63]) {
        throwsNaming(
          () => s.settimeout(value),
          RangeError,
          /^Timeout value too large, got /,
        );
        throwsNaming(
          () => setdefaulttimeout(value),
          RangeError,
          /^Timeout value too large, got /,
        );
      }
      assert.equal(s.gettimeout(), 3);
      assert.equal(getdefaulttimeout(), null);
      throwsNaming(
        () => s.settimeout(-Infinity),
        RangeError,
        /^Timeout value out of range, got -Infinity/,
      );
      s.settimeout(9e9); // the largest CPython takes is about 9.2e9
      assert.equal(s.gettimeout(), 9e9);
    });
  });

  describe("CMSG_LEN() and CMSG_SPACE()", () => {
    it("check their argument as CPython does", () => {
      const header = CMSG_LEN(0);
      assert.equal(CMSG_LEN(4), header + 4);
      assert.equal(CMSG_SPACE(-0), CMSG_SPACE(0));
      const limit = 0x7fffffff;
      assert.equal(CMSG_LEN(limit - header), limit);
      for (const n of [-1, limit - header + 1, 2 ** 31, 2 ** 53]) {
        throwsNaming(
          () => CMSG_LEN(n),
          RangeError,
          /^CMSG_LEN\(\) argument out of range, got /,
        );
      }
      const top = limit - CMSG_SPACE(1);
      assert.ok(CMSG_SPACE(top) <= limit);
      for (const n of [-1, top + 1, 2 ** 31]) {
        throwsNaming(
          () => CMSG_SPACE(n),
          RangeError,
          /^CMSG_SPACE\(\) argument out of range, got /,
        );
      }
      for (const bad of [1.5, "x", NaN, Infinity, null, undefined, 4n, {}]) {
        throwsNaming(
          () => CMSG_LEN(bad as never),
          TypeError,
          /^CMSG_LEN\(\): length must be an integer/,
        );
        throwsNaming(
          () => CMSG_SPACE(bad as never),
          TypeError,
          /^CMSG_SPACE\(\): length must be an integer/,
        );
      }
    });
  });

  describe("functions taking a socket", () => {
    it("sock_*() given anything but a socket reject with a TypeError naming it", async () => {
      using scope = new Scope();
      const real = udpSocket(scope);
      const to = real.getsockname() as InetPair;
      const proxy = new Proxy(real, {});
      const fake = Object.create(real);
      const calls: [string, (s: never) => Promise<unknown>][] = [
        ["sock_accept", (s) => sock_accept(s)],
        ["sock_connect", (s) => sock_connect(s, to)],
        ["sock_recv", (s) => sock_recv(s, 4)],
        ["sock_recv_into", (s) => sock_recv_into(s, new Uint8Array(4))],
        ["sock_recvfrom", (s) => sock_recvfrom(s, 4)],
        ["sock_recvfrom_into", (s) => sock_recvfrom_into(s, new Uint8Array(4))],
        ["sock_sendall", (s) => sock_sendall(s, "x")],
        ["sock_sendto", (s) => sock_sendto(s, "x", to)],
        ["sock_sendfile", (s) => sock_sendfile(s, 0)],
      ];
      for (const [name, call] of calls) {
        const values: [unknown, string][] = [
          [undefined, "undefined"],
          [null, "null"],
          [3, "3"],
          [{}, "an object"],
          [proxy, "a Proxy or imitation of a socket"],
          [fake, "a Proxy or imitation of a socket"],
        ];
        for (const [value, got] of values) {
          await assert.rejects(call(value as never), (e: unknown) => {
            assert.ok(e instanceof TypeError, `${name}: ${e}`);
            assert.equal(
              e.message,
              `${name}(): s must be a socket, got ${got}`,
            );
            return true;
          });
        }
      }
    });
  });

  describe("create_server()", () => {
    it("takes null as no options and checks the options before creating anything", () => {
      using scope = new Scope();
      const server = scope.add(create_server(["127.0.0.1", 0], null as never));
      assert.equal(server.family, C.AF_INET);
      throwsNaming(
        () => create_server(["127.0.0.1", 0], 5 as never),
        TypeError,
        /^create_server\(\): options must be an object, got 5$/,
      );
      throwsNaming(
        () => create_server(["127.0.0.1", 0], { backlog: "x" as never }),
        TypeError,
        /^create_server\(\): backlog must be an integer/,
      );
      throwsNaming(
        () => create_server(["127.0.0.1", 0], { family: 1.5 as never }),
        TypeError,
        /^create_server\(\): family must be an integer/,
      );
    });
  });
});
