/**
 * Shared pieces of the socket tests: a scope that closes what a test
 * opened, loopback connections, and assertions on exact errors.
 */
import assert from "node:assert/strict";
import { emulation } from "./_emulation.ts";
import { constants as C } from "../platform/mod.ts";
import { error, timeout } from "../socket/errors.ts";
import { socket, type SocketType } from "../mod.ts";
import { AF_INET } from "../address/families.ts";
import type {
  AddressOf,
  Family,
  Inet6Address,
  InetAddress,
} from "../address/types.ts";

/**
 * How many times slower than native this machine runs, for the upper
 * bounds of timing checks (how late a call may end, never how early): 1,
 * or 40 under the CI's emulators (tests/_emulation.ts: 20-35x slower).
 */
export const SLOWDOWN: number = emulation ? 40 : 1;

/** AF_INET or AF_INET6, typed. */
export type IpFamily = Family<InetAddress> | Family<Inet6Address>;

/** An IPv4 or IPv6 address. */
type Ip = InetAddress | Inet6Address;

const encoder = new TextEncoder();

/** UTF-8 bytes of `s`. */
export function bytes(s: string): Uint8Array {
  return encoder.encode(s);
}

/** `n` bytes of a repeating pattern that shows reordering and loss. */
export function pattern(n: number, seed = 0): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (i * 7 + seed + (i >> 8)) & 0xff;
  return out;
}

/** FNV-1a (32 bits) of `bytes`, continuing from `hash`. */
export function fnv1a(bytes: Uint8Array, hash = 0x811c9dc5): number {
  for (let i = 0; i < bytes.length; i++) {
    hash = Math.imul(hash ^ bytes[i], 0x01000193) >>> 0;
  }
  return hash;
}

/** Something with a `close()`: sockets, makefile objects. */
interface Closable {
  close(): void;
}

/**
 * Closes everything added to it, last first, when the scope ends
 * (`using scope = new Scope()`).
 */
export class Scope {
  #items: Closable[] = [];

  /** Adds `item` and returns it. */
  add<T extends Closable>(item: T): T {
    this.#items.push(item);
    return item;
  }

  /** Adds every socket of `items` and returns them. */
  all<T extends Closable[]>(items: T): T {
    for (const item of items) this.add(item);
    return items;
  }

  /** Closes everything (errors from close() are collected and rethrown). */
  [Symbol.dispose](): void {
    const errors: unknown[] = [];
    for (const item of this.#items.reverse()) {
      try {
        item.close();
      } catch (e) {
        errors.push(e);
      }
    }
    this.#items = [];
    if (errors.length) throw errors[0];
  }
}

/** The loopback host of a family. */
export function loopback(family: number): string {
  return family === C.AF_INET6 ? "::1" : "127.0.0.1";
}

/** A listening TCP socket on loopback, port chosen by the kernel. */
export function listener(scope: Scope): SocketType<InetAddress>;
export function listener<F extends IpFamily>(
  scope: Scope,
  family: F,
  backlog?: number,
): SocketType<AddressOf<F>>;
export function listener(
  scope: Scope,
  family: IpFamily = AF_INET,
  backlog?: number,
): SocketType<InetAddress | Inet6Address> {
  const l = scope.add(socket(family, C.SOCK_STREAM));
  l.bind([loopback(family), 0]);
  if (backlog === undefined) l.listen();
  else l.listen(backlog);
  return l;
}

/**
 * A connected TCP pair on loopback: `[client, server, listener]`. The
 * kernel finishes the handshake, so connect() then accept() on one thread
 * works.
 */
export function tcpPair(
  scope: Scope,
): [SocketType<InetAddress>, SocketType<InetAddress>, SocketType<InetAddress>];
export function tcpPair<F extends IpFamily>(
  scope: Scope,
  family: F,
): [
  SocketType<AddressOf<F>>,
  SocketType<AddressOf<F>>,
  SocketType<AddressOf<F>>,
];
export function tcpPair(
  scope: Scope,
  family: IpFamily = AF_INET,
): [SocketType<Ip>, SocketType<Ip>, SocketType<Ip>] {
  const l = listener(scope, family);
  const c = scope.add(socket(family, C.SOCK_STREAM));
  c.connect(l.getsockname());
  const [s] = l.accept();
  scope.add(s);
  return [c, s, l];
}

/** A bound UDP socket on loopback. */
export function udpSocket(scope: Scope): SocketType<InetAddress>;
export function udpSocket<F extends IpFamily>(
  scope: Scope,
  family: F,
): SocketType<AddressOf<F>>;
export function udpSocket(
  scope: Scope,
  family: IpFamily = AF_INET,
): SocketType<Ip> {
  const s = scope.add(socket(family, C.SOCK_DGRAM));
  s.bind([loopback(family), 0]);
  return s;
}

/** Receives exactly `n` bytes (blocking), failing on a premature end. */
export function recvExactly(s: SocketType, n: number): Uint8Array {
  const out = new Uint8Array(n);
  let at = 0;
  while (at < n) {
    const got = s.recv_into(out.subarray(at));
    assert.notEqual(got, 0, `end of stream after ${at} of ${n} bytes`);
    at += got;
  }
  return out;
}

/** Asserts that `fn` throws `error` (not a subclass) with errno `code`. */
export function assertErrno(fn: () => unknown, code: number): error {
  let caught: unknown = null;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  assert.ok(
    caught instanceof error,
    `expected error [Errno ${code}], got ${caught}`,
  );
  assert.equal(
    caught.constructor,
    error,
    `expected plain error, got ${caught.name}`,
  );
  assert.equal(caught.errno, code, String(caught));
  return caught;
}

/**
 * Asserts that `fn` throws `timeout` ("timed out") after `seconds`, give
 * or take the generous bounds a loaded machine needs.
 */
export function assertTimesOut(fn: () => unknown, seconds: number): number {
  const start = performance.now();
  let caught: unknown = null;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  const elapsed = (performance.now() - start) / 1000;
  assert.ok(caught instanceof timeout, `expected timeout, got ${caught}`);
  assert.equal(caught.message, "timed out");
  assert.equal(caught.errno, null);
  assert.ok(
    elapsed >= seconds * 0.9,
    `timed out after ${elapsed}s, before ${seconds}s`,
  );
  assert.ok(
    elapsed < seconds + 2 * SLOWDOWN,
    `timed out after ${elapsed}s, long after ${seconds}s`,
  );
  return elapsed;
}
