/**
 * Every method converts and checks all of its arguments first, then takes
 * the descriptor, then calls C (issue 9, item 3). An argument whose getter,
 * Proxy trap or iterator closes the socket and opens another one (which the
 * OS gives the same descriptor number) must make the call raise EBADF and
 * leave the new socket untouched; before, `bind`, `connect`, `connect_ex`,
 * `sendto` and `setsockopt` acted on the new socket. Views are read through
 * the engine's own accessors, so a view's own getters are never called.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { constants as C, errno as E, os } from "../platform/mod.ts";
import { error, socket, type SocketType } from "../mod.ts";
import { checkFdLeaks } from "./_fd.ts";
import { lateBytes } from "./_late_bytes.ts";
import { assertErrno, bytes, listener, Scope, udpSocket } from "./_net.ts";
import { it } from "./_skip.ts";

type InetPair = [string, number];

/**
 * The trap an argument springs: closes `victim` and opens `make()` in its
 * place, which takes the same descriptor number (Linux and macOS give the
 * lowest free one; Windows handles need not repeat, and the test still
 * checks that the call raised EBADF).
 */
class Swap {
  replacement: SocketType | null = null;
  sprung = 0;
  readonly #scope: Scope;
  readonly #victim: SocketType;
  readonly #make: () => SocketType;

  constructor(scope: Scope, victim: SocketType, make: () => SocketType) {
    this.#scope = scope;
    this.#victim = victim;
    this.#make = make;
  }

  spring = (): void => {
    this.sprung++;
    if (this.replacement) return;
    const fd = this.#victim.fileno();
    this.#victim.close();
    this.replacement = this.#scope.add(this.#make());
    if (os !== "windows") assert.equal(this.replacement.fileno(), fd);
  };
}

/** `[host, port]` whose port is a getter that springs `swap`. */
function portGetter(address: InetPair, swap: Swap): InetPair {
  const out: InetPair = [address[0], 0];
  Object.defineProperty(out, 1, {
    get() {
      swap.spring();
      return address[1];
    },
    enumerable: true,
  });
  return out;
}

/** A Proxy of `[host, port]` whose every read springs `swap`. */
function trappedAddress(address: InetPair, swap: Swap): InetPair {
  return new Proxy([...address] as InetPair, {
    get(target, key, receiver) {
      swap.spring();
      return Reflect.get(target, key, receiver);
    },
  });
}

/** Both kinds of hostile address. */
const HOSTILE: [string, (a: InetPair, s: Swap) => InetPair][] = [
  ["a getter", portGetter],
  ["a Proxy", trappedAddress],
];

/** A view whose own `byteLength`, `byteOffset` and `buffer` spring `swap`. */
function lyingView(data: Uint8Array, swap: Swap): Uint8Array {
  class Lying extends Uint8Array {
    override get byteLength(): number {
      swap.spring();
      return 1 << 20;
    }
    override get byteOffset(): number {
      swap.spring();
      return 0;
    }
  }
  const view = new Lying(data.length);
  view.set(data);
  return view;
}

/** Asserts nothing waits on `s` (a datagram socket). */
function assertNothingArrived(s: SocketType): void {
  s.settimeout(0);
  assert.throws(
    () => s.recv(64),
    (e: unknown) =>
      e instanceof error && (e.errno === E.EAGAIN || e.errno === E.EWOULDBLOCK),
  );
}

/** Asserts `s` is not bound (Winsock refuses getsockname() then). */
function assertUnbound(s: SocketType): void {
  if (os === "windows") assertErrno(() => s.getsockname(), E.EINVAL);
  else assert.deepEqual(s.getsockname(), ["0.0.0.0", 0]);
}

/** Asserts the stream socket `s` is not connected. */
function assertNotConnected(s: SocketType): void {
  assertErrno(() => s.getpeername(), E.ENOTCONN);
}

describe("argument order", () => {
  checkFdLeaks();

  for (const [kind, hostile] of HOSTILE) {
    describe(`an address with ${kind} that closes the socket`, () => {
      it("bind() raises EBADF and leaves the new socket unbound", () => {
        using scope = new Scope();
        const s = scope.add(socket(C.AF_INET, C.SOCK_DGRAM));
        const swap = new Swap(scope, s, () => socket(C.AF_INET, C.SOCK_DGRAM));
        assertErrno(() => s.bind(hostile(["127.0.0.1", 0], swap)), E.EBADF);
        assert.ok(swap.sprung > 0);
        assertUnbound(swap.replacement!);
      });

      it("connect() and connect_ex() raise EBADF and leave the new socket unconnected", () => {
        using scope = new Scope();
        const l = listener(scope);
        const peer = l.getsockname() as InetPair;
        for (const method of ["connect", "connect_ex"] as const) {
          // Timeouts bound the test even where the call goes wrong.
          const s = scope.add(socket());
          s.settimeout(2);
          const swap = new Swap(scope, s, () => {
            const n = socket();
            n.settimeout(2);
            return n;
          });
          const address = hostile(peer, swap);
          assertErrno(
            () =>
              method === "connect" ? s.connect(address) : s.connect_ex(address),
            E.EBADF,
          );
          assertNotConnected(swap.replacement!);
        }
        l.settimeout(0);
        assert.throws(() => l.accept(), error); // nothing connected to it
      });

      it("sendto() raises EBADF and sends nothing from the new socket", () => {
        using scope = new Scope();
        const target = udpSocket(scope);
        const to = target.getsockname() as InetPair;
        for (const withFlags of [false, true]) {
          for (const cached of [false, true]) {
            const s = scope.add(socket(C.AF_INET, C.SOCK_DGRAM));
            // A cached packing of the same address must not skip the read.
            if (cached) {
              s.sendto(bytes("first"), to);
              assert.deepEqual(target.recv(64), bytes("first"));
            }
            const swap = new Swap(
              scope,
              s,
              () => socket(C.AF_INET, C.SOCK_DGRAM),
            );
            const address = hostile(to, swap);
            assertErrno(
              () =>
                withFlags
                  ? s.sendto(bytes("x"), 0, address)
                  : s.sendto(bytes("x"), address),
              E.EBADF,
            );
            assert.ok(swap.replacement);
            assertNothingArrived(target);
            target.settimeout(null);
          }
        }
      });

      it("sendmsg() raises EBADF and sends nothing from the new socket", {
        skip: (C.SCM_RIGHTS === undefined || os === "windows") &&
          "no sendmsg() here",
      }, () => {
        using scope = new Scope();
        const target = udpSocket(scope);
        const to = target.getsockname() as InetPair;
        const s = scope.add(socket(C.AF_INET, C.SOCK_DGRAM));
        const swap = new Swap(scope, s, () => socket(C.AF_INET, C.SOCK_DGRAM));
        assertErrno(
          () => s.sendmsg([bytes("x")], [], 0, hostile(to, swap)),
          E.EBADF,
        );
        assert.ok(swap.replacement);
        assertNothingArrived(target);
      });
    });
  }

  it(
    "sendmsg(): buffers and ancillary data are read before the address is packed and the descriptor taken",
    {
      skip: os === "windows" && "no sendmsg() on Windows",
    },
    () => {
      using scope = new Scope();
      const target = udpSocket(scope);
      const other = udpSocket(scope);
      const to = target.getsockname() as InetPair;
      const elsewhere = other.getsockname() as InetPair;
      const s = scope.add(socket(C.AF_INET, C.SOCK_DGRAM));
      const third = scope.add(socket(C.AF_INET, C.SOCK_DGRAM));
      // The iterator packs another address into the shared sockaddr buffer
      // (through another socket's sendto): sendmsg() must still go to `to`.
      function* buffers(): Generator<Uint8Array> {
        third.sendto(bytes("nested"), elsewhere);
        yield bytes("data");
      }
      assert.equal(s.sendmsg(buffers(), [], 0, to), 4);
      assert.deepEqual(target.recv(64), bytes("data"));
      assert.deepEqual(other.recv(64), bytes("nested"));
      // An iterator that closes the socket: EBADF, nothing from the new one.
      const swap = new Swap(scope, s, () => socket(C.AF_INET, C.SOCK_DGRAM));
      function* closing(): Generator<Uint8Array> {
        swap.spring();
        yield bytes("late");
      }
      assertErrno(() => s.sendmsg(closing(), [], 0, to), E.EBADF);
      assert.ok(swap.replacement);
      assertNothingArrived(target);
    },
  );

  it("setsockopt(): a view's own getters are never consulted; the option lands on its own socket", () => {
    using scope = new Scope();
    const s = scope.add(socket());
    const swap = new Swap(scope, s, () => socket());
    const one = new Uint8Array(new Int32Array([1]).buffer);
    s.setsockopt(C.SOL_SOCKET, C.SO_REUSEADDR, lyingView(one, swap));
    assert.equal(swap.sprung, 0);
    assert.notEqual(s.getsockopt(C.SOL_SOCKET, C.SO_REUSEADDR), 0);
  });

  it("send(), sendall() and recv_into(): a view's own getters are never consulted", () => {
    using scope = new Scope();
    const a = udpSocket(scope);
    const b = udpSocket(scope);
    a.connect(b.getsockname() as InetPair);
    b.connect(a.getsockname() as InetPair);
    const swap = new Swap(scope, a, () => socket(C.AF_INET, C.SOCK_DGRAM));
    assert.equal(a.send(lyingView(bytes("abc"), swap)), 3);
    a.sendall(lyingView(bytes("de"), swap));
    const into = lyingView(new Uint8Array(8), swap);
    assert.equal(b.recv_into(into), 3);
    assert.equal(b.recv_into(into, 0), 2);
    assert.equal(swap.sprung, 0);
    assert.deepEqual(new Uint8Array(into.buffer, 0, 2), bytes("de"));
  });

  it("an address is read once: a Proxy cannot show the codec another length or kind than the checks saw", () => {
    // Before, an array whose length read more than 16 at first, and an
    // object or function that was no view to the first `instanceof`
    // checks, were passed on as they were, for the codec to read again:
    // a Proxy answering it differently connected to another address, or
    // was packed as bytes (under Deno's flags, past the permission check).
    using scope = new Scope();
    const server = listener(scope);
    const [, port] = server.getsockname();
    let lengthReads = 0;
    const flipping = new Proxy(["127.0.0.1", port], {
      get(target, key, receiver) {
        if (key === "length") return ++lengthReads === 1 ? 17 : 2;
        return Reflect.get(target, key, receiver);
      },
    }) as unknown as InetPair;
    const s = scope.add(socket(C.AF_INET, C.SOCK_STREAM));
    assert.throws(() => s.connect(flipping), {
      name: "TypeError",
      message:
        "connect(): AF_INET address must be a pair [host, port], got 17 elements",
    });
    assert.equal(lengthReads, 1);
    assertNotConnected(s);
    server.settimeout(0);
    assert.throws(
      () => server.accept(),
      (e: unknown) =>
        e instanceof error &&
        (e.errno === E.EAGAIN || e.errno === E.EWOULDBLOCK),
    );
    // A length no array has is refused by name.
    const odd = new Proxy(["127.0.0.1", port], {
      get: (target, key, receiver) =>
        key === "length" ? 17.5 : Reflect.get(target, key, receiver),
    }) as unknown as InetPair;
    assert.throws(() => s.connect(odd), {
      name: "TypeError",
      message: "connect(): address is an array whose length is 17.5",
    });
    // Wine has no AF_UNIX at all; Windows' has no abstract names.
    if (C.AF_UNIX === undefined || os === "windows") return;
    const name = bytes("\0berkeley-socket-order-late-bytes");
    for (
      const [target, described] of [
        [{}, "an object"],
        [function () {}, "a function"],
      ] as const
    ) {
      const late = lateBytes(name, target);
      const u = scope.add(socket(C.AF_UNIX, C.SOCK_STREAM));
      assert.throws(() => u.bind(late), {
        name: "TypeError",
        message:
          `bind(): AF_UNIX address must be a string or a bytes-like object, got ${described}`,
      });
    }
  });

  it("integers are never converted with valueOf(): TypeError, and the socket is untouched", () => {
    using scope = new Scope();
    const s = scope.add(socket());
    const swap = new Swap(scope, s, () => socket());
    const sneaky = {
      valueOf() {
        swap.spring();
        return C.SOL_SOCKET;
      },
    };
    const calls: [string, () => unknown][] = [
      ["setsockopt", () => s.setsockopt(sneaky as never, C.SO_REUSEADDR, 1)],
      ["getsockopt", () => s.getsockopt(C.SOL_SOCKET, sneaky as never)],
      [
        "getsockopt buflen",
        () => s.getsockopt(C.SOL_SOCKET, 2, sneaky as never),
      ],
      ["listen", () => s.listen(sneaky as never)],
      ["shutdown", () => s.shutdown(sneaky as never)],
      ["recv", () => s.recv(sneaky as never)],
      ["recv flags", () => s.recv(4, sneaky as never)],
      ["send flags", () => s.send("x", sneaky as never)],
      ["ioctl", () => s.ioctl(sneaky as never)],
      ["settimeout", () => s.settimeout(sneaky as never)],
    ];
    for (const [name, call] of calls) {
      assert.throws(call, TypeError, name);
    }
    assert.equal(swap.sprung, 0);
    assert.notEqual(s.fileno(), -1);
  });
});
