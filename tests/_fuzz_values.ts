/**
 * The fuzz's values (`_fuzz.ts`): hostile ones of every kind (wrong types,
 * edges, getters and Proxies that act on the case's socket, odd buffers)
 * and plausible ones for each argument, drawn from the case's generator.
 * Every address comes from the loopback-only pools described in
 * `_fuzz.ts`.
 */
import { join } from "node:path";
import type { SocketType } from "../mod.ts";
import { constants as C } from "../platform/mod.ts";
import { noResizableBuffers } from "./_emulation.ts";
import { type Case, fileFd, KINDS, LO_INDEX, open, tmp } from "./_fuzz_case.ts";

// ---------------------------------------------------------------------------
// Values.

export const INT_EDGES: readonly unknown[] = [
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
export function hostileValue(c: Case): unknown {
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
export function int(c: Case, plausible: readonly number[]): unknown {
  return c.rng.chance(0.65) ? c.rng.pick(plausible) : hostileValue(c);
}

export function flags(c: Case): unknown {
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

export function size(c: Case): unknown {
  return int(c, [0, 1, 2, 16, 100, 4096, 65536, 1 << 20]);
}

/** Memory of every kind a bytes-like argument can have. */
export function hostileBuffer(c: Case): unknown {
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

export function data(c: Case): unknown {
  const r = c.rng;
  if (r.chance(0.5)) {
    return r.pick(["", "x", "hello", "a\0b", "\u{1f600}", "\ud800"]);
  }
  if (r.chance(0.5)) return hostileBuffer(c);
  return hostileValue(c);
}

export function writable(c: Case): unknown {
  return c.rng.chance(0.75) ? hostileBuffer(c) : hostileValue(c);
}

export function timeoutValue(c: Case): unknown {
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
export const V4 = ["127.0.0.1", "127.0.0.2", "0.0.0.0", ""];
export const V6 = [
  "::1",
  "::",
  "::ffff:127.0.0.1",
  "fe80::1%" + LO_INDEX,
  "fe80::1%99999",
  "fe80::1%nosuchif0",
  "fe80::1%lo",
];

export function port(c: Case): unknown {
  return int(c, [0, 0, 1, 9, 65535, 65536, -1]);
}

/** A plausible address for the case's family; hostile shapes mixed in. */
export function address(c: Case, kind = c.kind): unknown {
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
// Arguments of particular calls.

export function level(c: Case): unknown {
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

export function optname(c: Case): unknown {
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
export function iterable(c: Case, item: () => unknown): unknown {
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

export function ancdata(c: Case, s: SocketType): unknown {
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

/** A descriptor argument: the private file, the case's own, or not one. */
export function fileArg(c: Case): unknown {
  return c.rng.chance(0.6)
    ? c.rng.pick([fileFd, fileFd, -1, 2 ** 31])
    : notAnFd(c);
}

/**
 * A hostile value for a descriptor argument: never a small integer, which
 * could be one of the runtime's own descriptors (closing or reading it
 * would be the fuzzer's doing, as it would be any caller's).
 */
export function notAnFd(c: Case): unknown {
  const v = hostileValue(c);
  return typeof v === "number" && Number.isInteger(v) && v >= 0 && v < 65536
    ? -1
    : v;
}

/** A socket descriptor of the case, for fromfd()/close()/the constructor. */
export function ownFd(c: Case): [unknown, SocketType | null] {
  if (c.rng.chance(0.3)) {
    return [c.rng.chance(0.5) ? -1 : notAnFd(c), null];
  }
  const s = open(c, c.kind);
  return [s.fileno(), s];
}

export function familyArg(c: Case): unknown {
  return int(c, [
    ...new Set(KINDS.map((k) => k.family)),
    0,
    255,
    -1,
    C.AF_INET,
  ]);
}

export function typeArg(c: Case): unknown {
  return int(c, [
    C.SOCK_STREAM,
    C.SOCK_DGRAM,
    C.SOCK_SEQPACKET ?? 5,
    C.SOCK_RAW,
    (C.SOCK_NONBLOCK ?? 0) | C.SOCK_STREAM,
    99,
  ]);
}

export function protoArg(c: Case): unknown {
  return int(c, [0, 0, 6, 17, 2, 255, 65536]);
}

/** A host for the resolver: numeric only, or refused before any lookup. */
export function host(c: Case): unknown {
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
export function unresolvable(c: Case): unknown {
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

export function numeric(flags: unknown, add: number): unknown {
  return typeof flags === "number" && Number.isInteger(flags)
    ? flags | add
    : flags;
}
