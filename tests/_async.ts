/**
 * What the tests of the `sock_*` calls (`async_test.ts`) and of the
 * background wait behind them (`reactor_test.ts`) share: the bound on every
 * test, descriptor and thread counts, socket pairs and listeners, payloads.
 *
 * @module
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import {
  AF_INET,
  error,
  type InetAddress,
  socket,
  socketpair,
  type SocketType,
} from "../mod.ts";
import { sock_recv } from "../socket/async.ts";
import { errno, os } from "../platform/mod.ts";

/** Every test is bounded: a lost wake-up fails instead of hanging. */
export const LIMIT = { timeout: 30_000 };

/**
 * Makes the reactor open its wake-up pair (on first use), so that the
 * descriptor counts of the tests start after it.
 */
export async function openReactor(): Promise<void> {
  const [a, b] = socketpair();
  const pending = sock_recv(b, 1);
  a.send("x");
  await pending;
  closeAll(a, b);
}

/** Open descriptors of this process, where the OS lists them (not Windows). */
export function openFds(): number | null {
  if (os === "windows") return null;
  for (const dir of ["/proc/self/fd", "/dev/fd"]) {
    if (existsSync(dir)) return readdirSync(dir).length;
  }
  return null;
}

/** Threads of this process, where the OS lists them (Linux, Wine). */
export function threads(): number | null {
  return existsSync("/proc/self/task")
    ? readdirSync("/proc/self/task").length
    : null;
}

/** Runs `body` and checks that it leaves no descriptor open. */
export async function noLeaks(body: () => Promise<void>): Promise<void> {
  const start = openFds();
  await body();
  assert.equal(openFds(), start);
}

/** A connected pair of Unix stream sockets, both in non-blocking mode. */
export function nonBlockingPair(): [SocketType, SocketType] {
  const [a, b] = socketpair();
  a.setblocking(false);
  b.setblocking(false);
  return [a, b];
}

/**
 * Calls `step` (a send or receive on a non-blocking socket) until it would
 * block (EAGAIN/EWOULDBLOCK); returns the sum of what it returned.
 */
export function untilWouldBlock(step: () => number): number {
  let total = 0;
  for (;;) {
    try {
      total += step();
    } catch (e) {
      if (
        e instanceof error &&
        (e.errno === errno.EAGAIN || e.errno === errno.EWOULDBLOCK)
      ) return total;
      throw e;
    }
  }
}

/** Closes each of `sockets`. */
export function closeAll(...sockets: SocketType[]): void {
  for (const s of sockets) s.close();
}

/** A TCP socket listening on a free loopback port. */
export function listener(): SocketType<InetAddress> {
  const s = socket(AF_INET);
  s.bind(["127.0.0.1", 0]);
  s.listen();
  return s;
}

/** The address `s` is bound to. */
export function addressOf(s: SocketType<InetAddress>): InetAddress {
  return s.getsockname();
}

/** A deterministic shuffle (a small LCG), so a failure can be replayed. */
export function shuffled(n: number, seed: number): number[] {
  const out = Array.from({ length: n }, (_, i) => i);
  let x = seed;
  for (let i = n - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A payload with a recognisable pattern. */
export function pattern(n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (i * 7 + (i >> 8)) & 0xff;
  return out;
}

/** Resolves after the pending timers' turn: one trip round the event loop. */
export function turn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
