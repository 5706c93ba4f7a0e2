/**
 * The fuzzer of issue 9: seeded, reproducible calls of every export of
 * `mod.ts` and every `SocketType` method, on sockets in every state and of
 * every family this host has, with hostile arguments. Each call must
 * succeed or throw TypeError/RangeError naming the function (or one of
 * our error classes); it must never crash the process, hang, or leave a
 * descriptor open.
 *
 * Case `i` of seed `s` draws everything from its own generator, seeded
 * from `(s, i)`, so any case replays alone: `fuzzCase(s, i)`.
 *
 * Network safety: traffic goes to loopback only. Every address a case can
 * build comes from fixed pools: numeric loopback or unspecified hosts
 * (127.0.0.1, ::1, ::ffff:127.0.0.1, 0.0.0.0, ::, ""), link-local fe80::1
 * only with the loopback interface's scope or one that does not exist,
 * the interface names "lo" and ones that do not exist (AF_PACKET), Unix
 * paths in a private temporary directory or the abstract namespace, and
 * netlink's user-socket protocol, which no kernel subsystem reads. No host
 * name is ever generated, so the resolver never asks DNS (a host that is
 * not numeric is either of a wrong type or contains NUL, refused before
 * any lookup); getaddrinfo() and getnameinfo() get AI_NUMERICHOST and
 * NI_NUMERICHOST|NI_NUMERICSERV added to their flags; gethostbyaddr() and
 * getfqdn(), which always look names up, get only values refused before a
 * lookup. "<broadcast>" is never a destination, SO_BINDTODEVICE is never
 * set, and descriptors given to sendfile(), fromfd(), close() and the
 * constructor are the case's own.
 */
import {
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as mod from "../mod.ts";
import { error, type SocketType } from "../mod.ts";
import { constants as C, os } from "../platform/mod.ts";
import { noResizableBuffers } from "./_emulation.ts";

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

function caseSeed(seed: number, index: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^
    Math.imul(index + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  return (h ^ (h >>> 15)) >>> 0;
}

// ---------------------------------------------------------------------------
// What this host offers.

const LINUX = os === "linux";
const ROOT = LINUX &&
  (globalThis as { process?: { getuid?: () => number } }).process
      ?.getuid?.() === 0;
const LO_INDEX = safe(() => mod.if_nametoindex("lo"), 1);

function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

/** A socket kind: family, type, protocol. */
interface Kind {
  readonly name: string;
  readonly family: number;
  readonly type: number;
  readonly proto: number;
  readonly stream: boolean;
}

function probe(
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

const STATES = [
  "fresh",
  "bound",
  "listening",
  "connected",
  "closed",
  "nonblocking",
  "timeout",
] as const;
type State = typeof STATES[number];

let tmp = "";
let fileFd = -1;

/**
 * The private directory for Unix paths and a file for sendfile(); and one
 * wait in the reactor, whose wake-up socket pair then stays open for the
 * process (not a leak of the case that happens to start it).
 */
async function setup(): Promise<void> {
  if (tmp) return;
  const [a, b] = mod.socketpair();
  a.settimeout(0.001);
  try {
    await mod.sock_recv(a, 1);
  } catch {
    // timed out, as meant
  }
  a.close();
  b.close();
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

class Case {
  readonly rng: Rng;
  readonly sockets: SocketType[] = [];
  readonly fds = new Set<number>();
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
// Values.

const INT_EDGES: readonly unknown[] = [
  0,
  -0,
  1,
  -1,
  2,
  7,
  64,
  4096,
  65535,
  65536,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  -(2 ** 31) - 1,
  2 ** 32,
  2 ** 32 - 1,
  2 ** 53,
  -(2 ** 53),
  2 ** 53 + 2,
  Number.MAX_VALUE,
  NaN,
  Infinity,
  -Infinity,
  1.5,
  -0.5,
  1e-300,
];

/** Values of the wrong type (and some of the right type but absurd). */
function hostileValue(c: Case): unknown {
  const r = c.rng;
  switch (r.int(24)) {
    case 0:
      return undefined;
    case 1:
      return null;
    case 2:
      return r.pick(["", "1", "x", "a\0b", "\0", "\u{1f600}", "\ud800"]);
    case 3:
      return r.pick([1n, -1n, 2n ** 64n, 0n]);
    case 4:
      return r.pick([true, false]);
    case 5:
      return Symbol("fuzz");
    case 6:
      return {};
    case 7:
      return [];
    case 8:
      return [1, 2, 3];
    case 9:
      return () => 1;
    case 10:
      return {
        valueOf: () => (c.effect(), 1),
        toString: () => (c.effect(), "1"),
      };
    case 11:
      return new Proxy({}, { get: () => (c.effect(), 1) });
    case 12: {
      const p = Proxy.revocable([1, 2], {});
      p.revoke();
      return p.proxy;
    }
    case 13:
      return r.pick(INT_EDGES);
    case 14:
      return new Date(0);
    case 15:
      return "x".repeat(1 << 20);
    case 16:
      return hostileBuffer(c);
    case 17:
      return Object.create(null);
    case 18:
      return new Map();
    case 19:
      return new Error("not an argument");
    case 20:
      return { length: 2 ** 32, 0: 1 };
    case 21:
      return new Proxy([0, 0], {
        get: (t, k) => (c.effect(), Reflect.get(t, k)),
      });
    case 22:
      return [undefined, undefined];
    default:
      return r.pick(INT_EDGES);
  }
}

/** An integer-ish argument: mostly plausible, sometimes hostile. */
function int(c: Case, plausible: readonly number[]): unknown {
  return c.rng.chance(0.65) ? c.rng.pick(plausible) : hostileValue(c);
}

function flags(c: Case): unknown {
  const f = [
    0,
    0,
    0,
    C.MSG_PEEK,
    C.MSG_DONTWAIT ?? 0,
    C.MSG_OOB,
    C.MSG_WAITALL ?? 0,
    C.MSG_TRUNC ?? 0,
    C.MSG_PEEK | (C.MSG_DONTWAIT ?? 0),
    c.rng.int(2 ** 31),
  ];
  return int(c, f);
}

function size(c: Case): unknown {
  return int(c, [0, 1, 2, 16, 100, 4096, 65536, 1 << 20]);
}

/** Memory of every kind a bytes-like argument can have. */
function hostileBuffer(c: Case): unknown {
  const r = c.rng;
  const n = r.pick([0, 1, 4, 8, 16, 64, 1024]);
  switch (r.int(14)) {
    case 0:
      return new Uint8Array(n);
    case 1:
      return new Uint8Array(n + 8).subarray(3, 3 + n);
    case 2:
      return new DataView(new ArrayBuffer(n + 4), 2, n);
    case 3:
      return new ArrayBuffer(n);
    case 4:
      return new Int32Array(Math.ceil(n / 4));
    case 5:
      return new Float64Array(2);
    case 6:
      return new Uint8Array(new SharedArrayBuffer(n + 4), 4);
    case 7: {
      if (noResizableBuffers) return new Uint8Array(n); // see _emulation.ts
      const rab = new ArrayBuffer(n, { maxByteLength: n + 64 });
      const view = new Uint8Array(rab);
      if (r.chance(0.5)) rab.resize(r.int(n + 64));
      return view;
    }
    case 8: {
      if (noResizableBuffers) return new Uint8Array(n); // see _emulation.ts
      const rab = new ArrayBuffer(n + 8, { maxByteLength: n + 64 });
      const view = new Uint8Array(rab, 8, n);
      rab.resize(r.int(n + 8)); // maybe out of bounds now
      return view;
    }
    case 9: {
      const buffer = new ArrayBuffer(n + 4);
      const view = r.chance(0.5)
        ? new Uint8Array(buffer)
        : new DataView(buffer);
      structuredClone(buffer, { transfer: [buffer] });
      return view;
    }
    case 10:
      return new Proxy(new Uint8Array(n), {});
    case 11:
      return Object.create(Uint8Array.prototype);
    case 12: {
      class Lying extends Uint8Array {
        override get byteLength(): number {
          c.effect();
          return 1 << 24;
        }
        override get length(): number {
          c.effect();
          return 1 << 24;
        }
      }
      return new Lying(n);
    }
    default:
      return new BigUint64Array(1);
  }
}

function data(c: Case): unknown {
  const r = c.rng;
  if (r.chance(0.5)) {
    return r.pick(["", "x", "hello", "a\0b", "\u{1f600}", "\ud800"]);
  }
  if (r.chance(0.5)) return hostileBuffer(c);
  return hostileValue(c);
}

function writable(c: Case): unknown {
  return c.rng.chance(0.75) ? hostileBuffer(c) : hostileValue(c);
}

function timeoutValue(c: Case): unknown {
  return c.rng.chance(0.6)
    ? c.rng.pick([0, -0, 0.001, 0.005, null, undefined])
    : c.rng.pick([
      -1,
      NaN,
      Infinity,
      -Infinity,
      1e10,
      2 ** 63,
      "1",
      {},
      1n,
      true,
    ]);
}

// Addresses: numeric loopback or unspecified only (see the module doc).
const V4 = ["127.0.0.1", "127.0.0.2", "0.0.0.0", ""];
const V6 = [
  "::1",
  "::",
  "::ffff:127.0.0.1",
  "fe80::1%" + LO_INDEX,
  "fe80::1%99999",
  "fe80::1%nosuchif0",
  "fe80::1%lo",
];

function port(c: Case): unknown {
  return int(c, [0, 0, 1, 9, 65535, 65536, -1]);
}

/** A plausible address for the case's family; hostile shapes mixed in. */
function address(c: Case, kind = c.kind): unknown {
  const r = c.rng;
  if (r.chance(0.2)) return hostileValue(c);
  if (r.chance(0.1) && c.peer !== null) return c.peer;
  let a: unknown;
  switch (kind.family) {
    case C.AF_INET:
      a = r.chance(0.85) ? [r.pick(V4), port(c)] : r.pick<unknown>([
        [r.pick(V4)],
        [r.pick(V4), 1, 2],
        ["127.0.0.1\0", 1],
        [1, 2],
        ["::1", 1],
        "127.0.0.1",
        [null, 0],
      ]);
      break;
    case C.AF_INET6:
      a = r.chance(0.85)
        ? r.pick<unknown>([
          [r.pick(V6), port(c)],
          [r.pick(V6), port(c), int(c, [0, 1, 0xfffff, 0x100000, -1])],
          [
            r.pick(V6),
            port(c),
            0,
            int(c, [0, LO_INDEX, 99999, 2 ** 32 - 1, 2 ** 32, -1]),
          ],
        ])
        : r.pick<unknown>([["::1"], ["::1", 1, 2, 3, 4], ["::1\0", 1], [
          "127.0.0.1",
          1,
        ], [1, 2]]);
      break;
    case C.AF_UNIX:
      a = r.pick<unknown>([
        c.path(),
        c.path(),
        `\0berkeley-fuzz-${r.int(1e9)}`,
        "",
        new TextEncoder().encode(c.path()),
        join(tmp, "x".repeat(120)),
        "/" + "y".repeat(107),
        "\0" + "z".repeat(108),
        join(tmp, "a\0b"),
        ["/tmp/x"],
      ]);
      break;
    case C.AF_NETLINK:
      a = r.chance(0.8)
        ? [int(c, [0, 0, 1, 2 ** 31, 4294967295]), int(c, [0, 1, 2 ** 32 - 1])]
        : r.pick<unknown>([[0], [0, 0, 0], "x", [-1, 0]]);
      break;
    case C.AF_PACKET:
      a = r.chance(0.8)
        ? [
          r.pick(["lo", "lo", "nosuchif0", "", "x".repeat(20), "lo\0"]),
          int(c, [0, 0x0800, 0x86dd, 65536]),
          ...r.pick<unknown[]>([[], [0], [0, 1], [0, 1, new Uint8Array(6)], [
            0,
            1,
            new Uint8Array(9),
          ], [0, 1, hostileBuffer(c)]]),
        ]
        : r.pick<unknown>([["lo"], "lo", [1, 2]]);
      break;
    default:
      a = hostileValue(c);
  }
  // Hostile containers around a plausible address.
  if (Array.isArray(a) && r.chance(0.15)) {
    const items = a;
    if (r.chance(0.5)) {
      return new Proxy(items, {
        get: (t, k) => (c.effect(), Reflect.get(t, k)),
      });
    }
    const copy = [...items];
    Object.defineProperty(copy, items.length - 1, {
      get: () => (c.effect(), items[items.length - 1]),
    });
    return copy;
  }
  return a;
}

// ---------------------------------------------------------------------------
// Sockets in each state.

function open(c: Case, kind: Kind): SocketType {
  return c.add(S(kind.family, kind.type, kind.proto));
}

/** A local address of `kind` that bind() takes. */
function localAddress(c: Case, kind: Kind): unknown {
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
function make(c: Case, state: State): SocketType {
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

// ---------------------------------------------------------------------------
// The calls.

type Call = [name: string, run: (c: Case, s: SocketType) => unknown];

/** Every SocketType method (and getter), with generated arguments. */
const METHODS: readonly Call[] = [
  ["accept", (_c, s) => s.accept()],
  ["bind", (c, s) => s.bind(address(c) as never)],
  ["close", (_c, s) => s.close()],
  ["connect", (c, s) => s.connect(address(c) as never)],
  ["connect_ex", (c, s) => s.connect_ex(address(c) as never)],
  ["detach", (c, s) => {
    const fd = s.detach();
    if (fd >= 0) c.fds.add(fd);
    return fd;
  }],
  ["dup", (_c, s) => s.dup()],
  ["fileno", (_c, s) => s.fileno()],
  ["getpeername", (_c, s) => s.getpeername()],
  ["getsockname", (_c, s) => s.getsockname()],
  [
    "getsockopt",
    (c, s) =>
      c.rng.chance(0.5)
        ? s.getsockopt(level(c) as never, optname(c) as never)
        : s.getsockopt(
          level(c) as never,
          optname(c) as never,
          int(c, [0, 1, 4, 16, 1024, 1025]) as never,
        ),
  ],
  ["getblocking", (_c, s) => s.getblocking()],
  ["toString", (_c, s) => s.toString()],
  ["gettimeout", (_c, s) => s.gettimeout()],
  [
    "ioctl",
    (c, s) =>
      s.ioctl(
        int(c, [
          C.FIONREAD,
          C.SIOCATMARK,
          C.FIONBIO,
          0x8915,
          0x8906,
          c.rng.int(2 ** 32),
        ]) as never,
        int(c, [0, 1]) as never,
      ),
  ],
  [
    "listen",
    (c, s) =>
      c.rng.chance(0.2)
        ? s.listen()
        : s.listen(int(c, [0, 1, 5, -1, 4096]) as never),
  ],
  ["makefile", (c, s) => {
    const args: unknown[] = [
      c.rng.pick<unknown>([
        "r",
        "w",
        "rb",
        "wb",
        "rw",
        "rwb",
        "x",
        "",
        "rt",
        undefined,
        ...[hostileValue(c)],
      ]),
      int(c, [-1, 0, 1, 16, 8192]),
    ];
    if (c.rng.chance(0.3)) {
      args.push(
        c.rng.chance(0.5)
          ? { encoding: c.rng.pick(["utf-8", "latin-1", "nope", 5]) }
          : hostileValue(c),
      );
    }
    const f = (s.makefile as (...a: unknown[]) => { close(): void })(...args);
    f.close();
    return f;
  }],
  ["recv", (c, s) => s.recv(size(c) as never, flags(c) as never)],
  ["recvfrom", (c, s) => s.recvfrom(size(c) as never, flags(c) as never)],
  [
    "recv_into",
    (c, s) =>
      s.recv_into(
        writable(c) as never,
        int(c, [0, 1, 4, 100]) as never,
        flags(c) as never,
      ),
  ],
  [
    "recvfrom_into",
    (c, s) =>
      s.recvfrom_into(
        writable(c) as never,
        int(c, [0, 1, 4, 100]) as never,
        flags(c) as never,
      ),
  ],
  [
    "recvmsg",
    (c, s) =>
      keepFds(
        c,
        s.recvmsg(
          size(c) as never,
          int(c, [0, 0, 16, 24, 64, 1]) as never,
          flags(c) as never,
        ),
      ),
  ],
  [
    "recvmsg_into",
    (c, s) =>
      keepFds(
        c,
        s.recvmsg_into(
          iterable(c, () => writable(c)) as never,
          int(c, [0, 16, 64]) as never,
          flags(c) as never,
        ),
      ),
  ],
  ["send", (c, s) => s.send(data(c) as never, flags(c) as never)],
  ["sendall", (c, s) => s.sendall(data(c) as never, flags(c) as never)],
  [
    "sendto",
    (c, s) =>
      c.rng.chance(0.5)
        ? s.sendto(data(c) as never, address(c) as never)
        : s.sendto(data(c) as never, flags(c) as never, address(c) as never),
  ],
  ["sendmsg", (c, s) =>
    s.sendmsg(
      iterable(c, () => data(c)) as never,
      ancdata(c, s) as never,
      flags(c) as never,
      (c.rng.chance(0.5) ? undefined : address(c)) as never,
    )],
  [
    "sendfile",
    (c, s) =>
      s.sendfile(
        fileArg(c) as never,
        int(c, [0, 5, 999, 1000, 5000]) as never,
        int(c, [0, 1, 10]) as never,
      ),
  ],
  [
    "setblocking",
    (c, s) =>
      s.setblocking(
        c.rng.pick<unknown>([true, false, 0, 1, null, {}, "x"]) as never,
      ),
  ],
  ["settimeout", (c, s) => s.settimeout(timeoutValue(c) as never)],
  ["setsockopt", (c, s) => {
    const lv = level(c);
    const opt = optname(c);
    // SO_BINDTODEVICE could send loopback destinations out of another interface.
    if (opt === C.SO_BINDTODEVICE) return null;
    const value = c.rng.pick<unknown>([
      0,
      1,
      true,
      -1,
      2 ** 32,
      new Uint8Array(4),
      new Uint8Array(0),
      hostileBuffer(c),
      hostileValue(c),
    ]);
    return c.rng.chance(0.15)
      ? (s.setsockopt as (...a: unknown[]) => void)(
        lv,
        opt,
        null,
        int(c, [0, 4, -1]),
      )
      : s.setsockopt(lv as never, opt as never, value as never);
  }],
  ["shutdown", (c, s) => s.shutdown(int(c, [0, 1, 2, 3, -1]) as never)],
  ["get_inheritable", (_c, s) => s.get_inheritable()],
  [
    "set_inheritable",
    (c, s) =>
      s.set_inheritable(
        c.rng.pick<unknown>([true, false, 0, null, {}]) as never,
      ),
  ],
  ["family", (_c, s) => s.family],
  ["type", (_c, s) => s.type],
  ["proto", (_c, s) => s.proto],
  ["dispose", (_c, s) => s[Symbol.dispose]()],
  ["timeout", (_c, s) => s.timeout],
  ["sendmsg_afalg", (c, s) => {
    const options = c.rng.chance(0.7)
      ? {
        op: int(c, [0, 1, -1]),
        iv: c.rng.chance(0.5) ? undefined : data(c),
        assoclen: c.rng.chance(0.5) ? undefined : int(c, [0, 4, -1]),
        flags: c.rng.chance(0.5) ? undefined : flags(c),
      }
      : hostileValue(c);
    const call = s.sendmsg_afalg as (...a: unknown[]) => number;
    return c.rng.chance(0.5)
      ? call.call(s, options)
      : call.call(s, iterable(c, () => data(c)), options);
  }],
];

function level(c: Case): unknown {
  return int(c, [
    C.SOL_SOCKET,
    C.IPPROTO_TCP,
    C.IPPROTO_IP,
    C.IPPROTO_IPV6 ?? 41,
    0,
    1,
    -1,
    c.rng.int(300),
  ]);
}

function optname(c: Case): unknown {
  return int(c, [
    C.SO_REUSEADDR,
    C.SO_TYPE,
    C.SO_ERROR,
    C.SO_RCVBUF,
    C.SO_SNDBUF,
    C.SO_LINGER,
    C.SO_RCVTIMEO,
    C.TCP_NODELAY ?? 1,
    1,
    2,
    3,
    c.rng.int(100),
  ]);
}

/** An iterable of `item()`s, or something that only looks like one. */
function iterable(c: Case, item: () => unknown): unknown {
  const r = c.rng;
  const n = r.int(4);
  const items = Array.from({ length: n }, item);
  switch (r.int(6)) {
    case 0:
      return (function* () {
        for (const x of items) {
          if (r.chance(0.2)) c.effect();
          yield x;
        }
      })();
    case 1:
      return new Set(items);
    case 2:
      return hostileValue(c);
    default:
      return items;
  }
}

function ancdata(c: Case, s: SocketType): unknown {
  const r = c.rng;
  if (r.chance(0.5)) return [];
  const fd = s.fileno() >= 0 ? s.fileno() : 0;
  const item = (): unknown =>
    r.chance(0.7)
      ? [
        int(c, [C.SOL_SOCKET, 0]),
        int(c, [C.SCM_RIGHTS ?? 1, 2]),
        r.chance(0.5) ? new Uint8Array(new Int32Array([fd]).buffer) : data(c),
      ]
      : hostileValue(c);
  return iterable(c, item);
}

/** Descriptors that came back inside ancillary data are ours to close. */
function keepFds(c: Case, result: readonly unknown[]): readonly unknown[] {
  const anc = result[1];
  if (Array.isArray(anc)) {
    for (const item of anc) {
      if (
        Array.isArray(item) && item[0] === C.SOL_SOCKET &&
        item[1] === C.SCM_RIGHTS
      ) {
        const bytes = item[2] as Uint8Array;
        const view = new DataView(
          bytes.buffer,
          bytes.byteOffset,
          bytes.byteLength,
        );
        for (let at = 0; at + 4 <= bytes.byteLength; at += 4) {
          c.fds.add(view.getInt32(at, true));
        }
      }
    }
  }
  return result;
}

/** A descriptor argument: the private file, the case's own, or not one. */
function fileArg(c: Case): unknown {
  return c.rng.chance(0.6)
    ? c.rng.pick([fileFd, fileFd, -1, 2 ** 31])
    : notAnFd(c);
}

/**
 * A hostile value for a descriptor argument: never a small integer, which
 * could be one of the runtime's own descriptors (closing or reading it
 * would be the fuzzer's doing, as it would be any caller's).
 */
function notAnFd(c: Case): unknown {
  const v = hostileValue(c);
  return typeof v === "number" && Number.isInteger(v) && v >= 0 && v < 65536
    ? -1
    : v;
}

/** A socket descriptor of the case, for fromfd()/close()/the constructor. */
function ownFd(c: Case): [unknown, SocketType | null] {
  if (c.rng.chance(0.3)) {
    return [c.rng.chance(0.5) ? -1 : notAnFd(c), null];
  }
  const s = open(c, c.kind);
  return [s.fileno(), s];
}

function familyArg(c: Case): unknown {
  return int(c, [
    ...new Set(KINDS.map((k) => k.family)),
    0,
    255,
    -1,
    C.AF_INET,
  ]);
}

function typeArg(c: Case): unknown {
  return int(c, [
    C.SOCK_STREAM,
    C.SOCK_DGRAM,
    C.SOCK_SEQPACKET ?? 5,
    C.SOCK_RAW,
    (C.SOCK_NONBLOCK ?? 0) | C.SOCK_STREAM,
    99,
  ]);
}

function protoArg(c: Case): unknown {
  return int(c, [0, 0, 6, 17, 2, 255, 65536]);
}

/** A host for the resolver: numeric only, or refused before any lookup. */
function host(c: Case): unknown {
  return c.rng.chance(0.7)
    ? c.rng.pick([
      ...V4.filter((h) => h !== ""),
      "::1",
      "::",
      "fe80::1%" + LO_INDEX,
    ])
    : c.rng.pick<unknown>([null, "a\0b", 5, {}, [], 1n]);
}

/** A host for functions that always look names up: never reaches one. */
function unresolvable(c: Case): unknown {
  return c.rng.pick<unknown>([
    5,
    null,
    {},
    [],
    1n,
    "a\0b",
    "\0",
    Symbol("x"),
    true,
  ]);
}

function numeric(flags: unknown, add: number): unknown {
  return typeof flags === "number" && Number.isInteger(flags)
    ? flags | add
    : flags;
}

/** Every export of mod.ts that does something when called. */
const FUNCTIONS: readonly Call[] = [
  [
    "socket",
    (c) =>
      c.add(
        S(familyArg(c) as never, typeArg(c) as never, protoArg(c) as never),
      ),
  ],
  ["SocketType", (c) => {
    const [fd, owner] = c.rng.chance(0.5) ? ownFd(c) : [undefined, null];
    const s = new mod.SocketType(
      familyArg(c) as never,
      typeArg(c) as never,
      protoArg(c) as never,
      fd as never,
    );
    c.add(s);
    owner?.detach(); // the new socket owns the descriptor now
    return s;
  }],
  [
    "socketpair",
    (c) =>
      c.rng.chance(0.3)
        ? mod.socketpair().map((s) => c.add(s))
        : mod.socketpair(
          familyArg(c) as never,
          typeArg(c) as never,
          protoArg(c) as never,
        ).map((s) => c.add(s)),
  ],
  [
    "fromfd",
    (c) =>
      c.add(
        mod.fromfd(
          ownFd(c)[0] as never,
          familyArg(c) as never,
          typeArg(c) as never,
          protoArg(c) as never,
        ),
      ),
  ],
  ["close", (c) => {
    const [fd, owner] = ownFd(c);
    mod.close(fd as never);
    owner?.detach();
  }],
  ["create_connection", (c) => {
    const target = c.rng.chance(0.5)
      ? (() => {
        const l = make(c, "listening");
        return l.getsockname();
      })()
      : [
        c.rng.pick<unknown>([...V4, null, "::1", "a\0"]),
        int(c, [0, 9, 65535, 65536]),
      ];
    const args: unknown[] = [
      c.rng.chance(0.85) ? target : hostileValue(c),
      c.rng.pick([0.05, 0, 0.01, null]),
      c.rng.chance(0.8) ? undefined : address(c, KINDS[0]!),
    ];
    if (c.rng.chance(0.3)) {
      args.push(
        c.rng.chance(0.5) ? { all_errors: c.rng.chance(0.5) } : hostileValue(c),
      );
    }
    return c.add(
      (mod.create_connection as (...a: unknown[]) => SocketType)(...args),
    );
  }],
  ["create_server", (c) => {
    const options = c.rng.chance(0.5) ? undefined : c.rng.chance(0.7)
      ? {
        family: familyArg(c),
        backlog: int(c, [0, 5, -1]),
        reuse_port: c.rng.chance(0.3),
        dualstack_ipv6: c.rng.chance(0.2),
      }
      : hostileValue(c);
    const addr = c.rng.pick<unknown>([
      ["127.0.0.1", 0],
      ["::1", 0],
      ["", 0],
      ["::", 0],
      c.path(),
      hostileValue(c),
    ]);
    return c.add(
      (mod.create_server as (...a: unknown[]) => SocketType)(addr, options),
    );
  }],
  ["getdefaulttimeout", () => mod.getdefaulttimeout()],
  ["setdefaulttimeout", (c) => mod.setdefaulttimeout(timeoutValue(c) as never)],
  ["send_fds", (c) => {
    const s = make(c, "connected");
    return mod.send_fds(
      s,
      iterable(c, () => data(c)) as never,
      iterable(c, () => int(c, [s.fileno(), -1])) as never,
      flags(c) as never,
      (c.rng.chance(0.7) ? undefined : address(c)) as never,
    );
  }],
  ["recv_fds", (c) => {
    const s = make(c, "connected");
    const r = mod.recv_fds(
      s,
      size(c) as never,
      int(c, [0, 1, 4, 253, 2 ** 31]) as never,
      flags(c) as never,
    );
    for (const fd of r[1]) c.fds.add(fd);
    return r;
  }],
  [
    "CMSG_LEN",
    (c) => mod.CMSG_LEN(int(c, [0, 4, 2 ** 31 - 17, 2 ** 31]) as never),
  ],
  [
    "CMSG_SPACE",
    (c) => mod.CMSG_SPACE(int(c, [0, 4, 2 ** 31 - 25, 2 ** 31]) as never),
  ],
  ["htonl", (c) => mod.htonl(int(c, [0, 1, 2 ** 32 - 1, 2 ** 32]) as never)],
  ["htons", (c) => mod.htons(int(c, [0, 1, 65535, 65536]) as never)],
  ["ntohl", (c) => mod.ntohl(int(c, [0, 1, 2 ** 32 - 1, 2 ** 32]) as never)],
  ["ntohs", (c) => mod.ntohs(int(c, [0, 1, 65535, 65536]) as never)],
  [
    "inet_aton",
    (c) =>
      mod.inet_aton(
        (c.rng.chance(0.6)
          ? c.rng.pick(["127.0.0.1", "1", "1.2.3", "256.1.1.1", "", "a\0"])
          : hostileValue(c)) as never,
      ),
  ],
  [
    "inet_ntoa",
    (c) =>
      mod.inet_ntoa(
        (c.rng.chance(0.5)
          ? new Uint8Array(c.rng.pick([0, 3, 4, 5]))
          : hostileBuffer(c)) as never,
      ),
  ],
  [
    "inet_pton",
    (c) =>
      mod.inet_pton(
        familyArg(c) as never,
        (c.rng.chance(0.6)
          ? c.rng.pick(["::1", "127.0.0.1", "::", "x", "1::2::3", "a\0"])
          : hostileValue(c)) as never,
      ),
  ],
  [
    "inet_ntop",
    (c) =>
      mod.inet_ntop(
        familyArg(c) as never,
        (c.rng.chance(0.5)
          ? new Uint8Array(c.rng.pick([0, 4, 16, 17]))
          : hostileBuffer(c)) as never,
      ),
  ],
  [
    "getaddrinfo",
    (c) =>
      (mod.getaddrinfo as (...a: unknown[]) => unknown)(
        host(c),
        int(c, [0, 80, 65535, 65536]),
        familyArg(c),
        typeArg(c),
        protoArg(c),
        numeric(
          int(c, [0, C.AI_PASSIVE, C.AI_CANONNAME, C.AI_NUMERICSERV ?? 0]),
          C.AI_NUMERICHOST,
        ),
      ),
  ],
  [
    "getnameinfo",
    (c) =>
      mod.getnameinfo(
        address(
          c,
          KINDS.find((k) =>
            k.family === (c.rng.chance(0.5) ? C.AF_INET6 : C.AF_INET)
          ) ?? KINDS[0]!,
        ) as never,
        numeric(
          int(c, [0, C.NI_DGRAM ?? 16]),
          C.NI_NUMERICHOST | C.NI_NUMERICSERV,
        ) as never,
      ),
  ],
  ["gethostbyname", (c) => mod.gethostbyname(host(c) as never)],
  ["gethostbyname_ex", (c) => mod.gethostbyname_ex(host(c) as never)],
  ["gethostbyaddr", (c) => mod.gethostbyaddr(unresolvable(c) as never)],
  ["getfqdn", (c) => mod.getfqdn(unresolvable(c) as never)],
  ["gethostname", () => mod.gethostname()],
  [
    "getprotobyname",
    (c) =>
      mod.getprotobyname(
        (c.rng.chance(0.6)
          ? c.rng.pick(["tcp", "udp", "icmp", "nope", ""])
          : hostileValue(c)) as never,
      ),
  ],
  [
    "getservbyname",
    (c) =>
      (mod.getservbyname as (...a: unknown[]) => unknown)(
        c.rng.chance(0.6)
          ? c.rng.pick(["http", "ssh", "nope"])
          : hostileValue(c),
        c.rng.pick<unknown>([undefined, "tcp", "udp", "x", hostileValue(c)]),
      ),
  ],
  [
    "getservbyport",
    (c) =>
      (mod.getservbyport as (...a: unknown[]) => unknown)(
        int(c, [80, 22, 0, 65535, 65536]),
        c.rng.pick<unknown>([undefined, "tcp", "udp", hostileValue(c)]),
      ),
  ],
  ["if_nameindex", () => mod.if_nameindex()],
  [
    "if_nametoindex",
    (c) =>
      mod.if_nametoindex(
        (c.rng.chance(0.6)
          ? c.rng.pick(["lo", "nosuchif0", "", "x".repeat(40)])
          : hostileValue(c)) as never,
      ),
  ],
  [
    "if_indextoname",
    (c) => mod.if_indextoname(int(c, [1, 0, 99999, 2 ** 32]) as never),
  ],
  ["SocketFile", (c) => {
    const args = [
      c.rng.chance(0.7) ? make(c, "connected") : hostileValue(c),
      c.rng.pick<unknown>(["r", "w", "rb", "x", hostileValue(c)]),
      int(c, [-1, 0, 16]),
    ];
    const f = new (mod.SocketFile as unknown as new (
      ...a: unknown[]
    ) => { close(): void })(...args);
    f.close();
    return f;
  }],
  ["sock_accept", (c, s) => mod.sock_accept(asyncTarget(c, s))],
  [
    "sock_connect",
    (c, s) => mod.sock_connect(asyncTarget(c, s), address(c) as never),
  ],
  ["sock_recv", (c, s) => mod.sock_recv(asyncTarget(c, s), size(c) as never)],
  [
    "sock_recv_into",
    (c, s) =>
      mod.sock_recv_into(
        asyncTarget(c, s),
        writable(c) as never,
        int(c, [0, 1, 100]) as never,
      ),
  ],
  [
    "sock_recvfrom",
    (c, s) => mod.sock_recvfrom(asyncTarget(c, s), size(c) as never),
  ],
  [
    "sock_recvfrom_into",
    (c, s) =>
      mod.sock_recvfrom_into(
        asyncTarget(c, s),
        writable(c) as never,
        int(c, [0, 1, 100]) as never,
      ),
  ],
  [
    "sock_sendall",
    (c, s) => mod.sock_sendall(asyncTarget(c, s), data(c) as never),
  ],
  [
    "sock_sendto",
    (c, s) =>
      mod.sock_sendto(asyncTarget(c, s), data(c) as never, address(c) as never),
  ],
  [
    "sock_sendfile",
    (c, s) =>
      mod.sock_sendfile(
        asyncTarget(c, s),
        fileArg(c) as never,
        int(c, [0, 10]) as never,
        int(c, [1, 10]) as never,
      ),
  ],
];

/**
 * The socket of an asynchronous call: a positive timeout bounds the wait
 * (a non-blocking socket would wait as long as it takes, as asyncio's).
 */
function asyncTarget(c: Case, s: SocketType): SocketType {
  if (c.rng.chance(0.1)) return hostileValue(c) as SocketType;
  if (s.fileno() >= 0) s.settimeout(c.rng.pick([0.002, 0.01]));
  return s;
}

// ---------------------------------------------------------------------------
// Running and judging.

/** What one case did. */
export interface Outcome {
  readonly index: number;
  readonly call: string;
  readonly kind: string;
  readonly state: string;
  /** "ok", "ours" (a TypeError/RangeError naming the function, or error), "sentinel", or a finding. */
  readonly verdict: "ok" | "ours" | "sentinel" | "engine" | "hang" | "leak";
  readonly detail?: string;
}

// A message names the function (`send(): ...`), or the argument as
// CPython's own text does (`Timeout value ...`, `argument 'op'`).
const NAMED =
  /\b[A-Za-z_][A-Za-z_0-9]*\(\)|^Timeout value |^Invalid value NaN|getsockopt buflen|argument '[a-z_]+'|^[a-z_]+ must be /;

function judge(e: unknown): [Outcome["verdict"], string] {
  if (e instanceof Sentinel) return ["sentinel", ""];
  if (e instanceof error) return ["ours", ""];
  if (
    e instanceof AggregateError && e.errors.every((x) => x instanceof error)
  ) return ["ours", ""];
  const text = e instanceof Error
    ? `${e.name}: ${e.message}`
    : `thrown ${String(e)}`;
  if (
    (e instanceof TypeError || e instanceof RangeError) && NAMED.test(e.message)
  ) {
    return ["ours", ""];
  }
  return ["engine", text];
}

/** Socket descriptors open now (Linux), to find leaks. */
export function openSockets(): Set<string> | null {
  if (!LINUX) return null;
  const out = new Set<string>();
  for (const name of readdirSync("/proc/self/fd")) {
    try {
      const t = readlinkSync(`/proc/self/fd/${name}`);
      if (t.startsWith("socket:")) out.add(`${name}:${t}`);
    } catch {
      // the directory's own descriptor
    }
  }
  return out;
}

const HANG_MS = 3000;

/** Runs case `index` of `seed`. */
export async function fuzzCase(seed: number, index: number): Promise<Outcome> {
  await setup();
  mod.setdefaulttimeout(null);
  const rng = new Rng(caseSeed(seed, index));
  const kind = rng.pick(KINDS);
  const c = new Case(rng, kind);
  const onSocket = rng.chance(0.7);
  const [call, run] = onSocket ? rng.pick(METHODS) : rng.pick(FUNCTIONS);
  const state = rng.pick(STATES);
  const before = openSockets();
  let verdict: Outcome["verdict"] = "ok";
  let detail = "";
  try {
    let s: SocketType;
    try {
      s = make(c, state);
    } catch (e) {
      // A state this kind cannot reach (a listening datagram socket): fresh.
      if (!(e instanceof error)) throw e;
      s = make(c, "fresh");
    }
    c.victim = s;
    let result = run(c, s);
    if (result instanceof Promise) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const hung = new Promise<"hang">((resolve) => {
        timer = setTimeout(() => resolve("hang"), HANG_MS);
      });
      result = await Promise.race([result, hung]).finally(() =>
        clearTimeout(timer)
      );
      if (result === "hang") {
        verdict = "hang";
        detail = `${call} did not settle in ${HANG_MS} ms`;
      }
    }
    collect(c, result);
  } catch (e) {
    [verdict, detail] = judge(e);
    if (
      verdict === "engine" &&
      (globalThis as { FUZZ_DEBUG?: boolean }).FUZZ_DEBUG
    ) console.error(e);
  } finally {
    c.cleanup();
    mod.setdefaulttimeout(null);
  }
  if (verdict !== "hang") {
    // Let a pending call that was rejected by the close settle first.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const after = openSockets();
  if (before && after && verdict !== "engine" && verdict !== "hang") {
    const leaked = [...after].filter((x) => !before.has(x));
    if (leaked.length) {
      verdict = "leak";
      detail = `${call} left ${leaked.join(" ")} open`;
    }
  }
  return { index, call, kind: kind.name, state, verdict, detail };
}

/** Sockets and descriptors a call returned are closed with the case. */
function collect(c: Case, result: unknown, depth = 0): void {
  if (depth > 2 || result === null || typeof result !== "object") return;
  if (result instanceof mod.SocketType) {
    c.add(result);
    return;
  }
  if (Array.isArray(result)) {
    for (const item of result) collect(c, item, depth + 1);
  }
}

/** Totals of a run. */
export interface Totals {
  calls: number;
  ok: number;
  ours: number;
  sentinel: number;
  /**
   * Sockets that appeared during a case but not when it ran again: ones
   * the runtime or the C library opened once for itself and kept (glibc's
   * NSS helpers, say), not left by the call.
   */
  transient: number;
  findings: Outcome[];
}

/** Runs cases `[start, start + count)` of `seed`; `onCase` sees each first. */
export async function fuzz(
  seed: number,
  start: number,
  count: number,
  onCase?: (index: number) => void,
): Promise<Totals> {
  const totals: Totals = {
    calls: 0,
    ok: 0,
    ours: 0,
    sentinel: 0,
    transient: 0,
    findings: [],
  };
  for (let i = start; i < start + count; i++) {
    onCase?.(i);
    let o = await fuzzCase(seed, i);
    // A leak of the call happens again each time the case runs again.
    for (let retry = 0; retry < 2 && o.verdict === "leak"; retry++) {
      o = await fuzzCase(seed, i);
      if (o.verdict !== "leak") totals.transient++;
    }
    totals.calls++;
    if (o.verdict === "ok") totals.ok++;
    else if (o.verdict === "ours") totals.ours++;
    else if (o.verdict === "sentinel") totals.sentinel++;
    else totals.findings.push(o);
  }
  return totals;
}
