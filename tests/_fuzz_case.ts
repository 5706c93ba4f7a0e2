/**
 * The fuzz's cases (`_fuzz.ts`): a seeded generator per case, the socket
 * kinds this host can open, the states a case puts its socket in, and the
 * case itself, which owns every socket and descriptor it makes and closes
 * them when it ends.
 */
import {
  closeSync,
  mkdtempSync,
  openSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as mod from "../mod.ts";
import type { SocketType } from "../mod.ts";
import { constants as C, os } from "../platform/mod.ts";

const S = mod.socket;

// ---------------------------------------------------------------------------
// A seeded generator per case.

/** mulberry32: small, fast, good enough to pick cases. */
export class Rng {
  #s: number;
  constructor(seed: number) {
    this.#s = seed >>> 0;
  }
  next(): number {
    this.#s = (this.#s + 0x6d2b79f5) | 0;
    let t = Math.imul(this.#s ^ (this.#s >>> 15), 1 | this.#s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

export function caseSeed(seed: number, index: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^
    Math.imul(index + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  return (h ^ (h >>> 15)) >>> 0;
}

// ---------------------------------------------------------------------------
// What this host offers.

export const LINUX = os === "linux";
export const WINDOWS = os === "windows";
export const ROOT = LINUX &&
  (globalThis as { process?: { getuid?: () => number } }).process
      ?.getuid?.() === 0;
export const LO_INDEX = safe(() => mod.if_nametoindex("lo"), 1);

export function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

/** A socket kind: family, type, protocol. */
export interface Kind {
  readonly name: string;
  readonly family: number;
  readonly type: number;
  readonly proto: number;
  readonly stream: boolean;
}

export function probe(
  name: string,
  family: number | undefined,
  type: number | undefined,
  proto = 0,
): Kind[] {
  if (family === undefined || type === undefined) return [];
  try {
    S(family, type, proto).close();
  } catch {
    return [];
  }
  const stream = type === C.SOCK_STREAM || type === C.SOCK_SEQPACKET;
  return [{ name, family, type, proto, stream }];
}

/** The families and types fuzzed here: each one this host can open. */
export const KINDS: readonly Kind[] = [
  ...probe("INET stream", C.AF_INET, C.SOCK_STREAM),
  ...probe("INET dgram", C.AF_INET, C.SOCK_DGRAM),
  ...(mod.has_ipv6 ? probe("INET6 stream", C.AF_INET6, C.SOCK_STREAM) : []),
  ...(mod.has_ipv6 ? probe("INET6 dgram", C.AF_INET6, C.SOCK_DGRAM) : []),
  ...probe("UNIX stream", C.AF_UNIX, C.SOCK_STREAM),
  ...(LINUX ? probe("UNIX dgram", C.AF_UNIX, C.SOCK_DGRAM) : []),
  ...(LINUX ? probe("UNIX seqpacket", C.AF_UNIX, C.SOCK_SEQPACKET) : []),
  // NETLINK_USERSOCK (2): no kernel subsystem acts on what is sent.
  ...(LINUX ? probe("NETLINK", C.AF_NETLINK, C.SOCK_DGRAM, 2) : []),
  // Protocol 0: bound to lo it neither sends anywhere else nor receives.
  ...(ROOT ? probe("PACKET", C.AF_PACKET, C.SOCK_DGRAM, 0) : []),
];

export const STATES = [
  "fresh",
  "bound",
  "listening",
  "connected",
  "closed",
  "nonblocking",
  "timeout",
] as const;
export type State = typeof STATES[number];

export let tmp = "";
export let fileFd = -1;

/**
 * The private directory for Unix paths and a file for sendfile(); and one
 * wait in the reactor, woken off the main thread, whose wake-up socket pair
 * (and on Bun the background worker's own descriptors) then stay open for
 * the process: not a leak of the case that happens to start them. The wait
 * is ended by data, not by a timeout: a timeout short enough not to slow
 * the fuzz expired before the wait began when the machine was slow (under
 * emulation, always), and the first case that waited was run again as a
 * leak.
 */
export async function setup(): Promise<void> {
  if (tmp) return;
  const [a, b] = mod.socketpair();
  a.settimeout(30); // a bound only: the data is there at once
  const waiting = mod.sock_recv(a, 1);
  b.send(new Uint8Array([1])); // after the wait began: the reactor wakes it
  try {
    await waiting;
  } finally {
    a.close();
    b.close();
  }
  tmp = mkdtempSync(join(tmpdir(), "berkeley-fuzz-"));
  const file = join(tmp, "data");
  writeFileSync(file, "0123456789".repeat(100));
  fileFd = openSync(file, "r");
}

/** Removes what setup() made. */
export function teardown(): void {
  if (!tmp) return;
  if (fileFd >= 0) closeSync(fileFd);
  try {
    rmSync(tmp, { recursive: true, force: true });
  } catch {
    // Wine's Bun cannot remove it (EFAULT): a temporary directory stays
  }
  tmp = "";
  fileFd = -1;
}

// ---------------------------------------------------------------------------
// One case: its sockets, and how its hostile values act on them.

/** The error a hostile getter throws: the caller's own, to pass through. */
export class Sentinel extends Error {}

export class Case {
  readonly rng: Rng;
  readonly sockets: SocketType[] = [];
  readonly fds = new Set<number>();
  /** Other things the case made that hold a descriptor (epoll objects). */
  readonly closables: { close(): void }[] = [];
  victim: SocketType | null = null;
  kind: Kind;
  peer: unknown = null;
  names = 0;
  done = false;

  constructor(rng: Rng, kind: Kind) {
    this.rng = rng;
    this.kind = kind;
  }

  add<T extends SocketType>(s: T): T {
    this.sockets.push(s);
    return s;
  }

  /** Closes the victim and opens another socket, which may reuse its number. */
  swap = (): void => {
    const v = this.victim;
    if (!v || v.fileno() < 0 || this.done) return;
    v.close();
    this.add(S(this.kind.family, this.kind.type, this.kind.proto)).settimeout(
      0,
    );
  };

  /** A side effect for hostile values: swap, throw, or nothing. */
  effect(): void {
    const r = this.rng.int(4);
    if (r === 0) this.swap();
    else if (r === 1) throw new Sentinel("thrown by a hostile value");
  }

  /** A fresh Unix path in the private directory. */
  path(): string {
    return join(tmp, `s${this.names++}-${this.rng.int(1e9)}`);
  }

  cleanup(): void {
    this.done = true;
    for (const x of this.closables) {
      try {
        x.close();
      } catch {
        // EBADF: closed through another object sharing its descriptor
      }
    }
    for (const s of this.sockets.reverse()) {
      try {
        s.close();
      } catch {
        // EBADF after a close(fd) of its descriptor: nothing left to close
      }
    }
    for (const fd of this.fds) {
      try {
        mod.close(fd);
      } catch {
        // already closed
      }
    }
  }
}

// ---------------------------------------------------------------------------
// Sockets in each state.

export function open(c: Case, kind: Kind): SocketType {
  return c.add(S(kind.family, kind.type, kind.proto));
}

/** A local address of `kind` that bind() takes. */
export function localAddress(c: Case, kind: Kind): unknown {
  switch (kind.family) {
    case C.AF_INET:
      return ["127.0.0.1", 0];
    case C.AF_INET6:
      return ["::1", 0];
    case C.AF_UNIX:
      return c.path();
    case C.AF_NETLINK:
      return [0, 0];
    case C.AF_PACKET:
      return ["lo", 0];
  }
  return null;
}

/** A socket of the case's kind in `state`; its timeout 0 or small. */
export function make(c: Case, state: State): SocketType {
  const kind = c.kind;
  const s = open(c, kind);
  const small = c.rng.pick([0, 0.002, 0.005]);
  s.settimeout(small);
  switch (state) {
    case "fresh":
      break;
    case "nonblocking":
      s.setblocking(false);
      break;
    case "timeout":
      s.settimeout(0.003);
      break;
    case "closed":
      s.close();
      break;
    case "bound":
      s.bind(localAddress(c, kind) as never);
      break;
    case "listening":
      s.bind(localAddress(c, kind) as never);
      if (kind.stream) s.listen(4);
      c.peer = s.getsockname();
      break;
    case "connected": {
      if (kind.family === C.AF_NETLINK || kind.family === C.AF_PACKET) {
        s.bind(localAddress(c, kind) as never);
        break;
      }
      const other = open(c, kind);
      other.bind(localAddress(c, kind) as never);
      if (kind.stream) other.listen(4);
      c.peer = other.getsockname();
      s.settimeout(2);
      s.connect(c.peer as never);
      s.settimeout(small);
      if (kind.stream) {
        other.settimeout(2);
        const [conn] = other.accept();
        c.add(conn);
        conn.settimeout(0);
        if (c.rng.chance(0.5)) conn.sendall("some data");
      } else if (c.rng.chance(0.5)) {
        const back = open(c, kind);
        back.settimeout(0);
        try {
          back.sendto("dgram", s.getsockname() as never);
        } catch {
          // an unbound Unix datagram socket has no address to send to
        }
      }
      break;
    }
  }
  return s;
}
