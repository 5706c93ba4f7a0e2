/**
 * What one call costs on the JavaScript side, under Deno or Bun: the
 * library is loaded over `fake_io.c` (through `BERKELEY_SOCKET_LIBC`), whose
 * functions make no system call, so what is left is the path from
 * JavaScript to C and back. For one case (argument 1) it times, in ns per
 * call, the raw FFI call (`Deno.dlopen`/`bun:ffi` on the same library, C
 * types), the library's binding (`lib.*` of platform/mod.ts) and the
 * socket method, and prints `RESULT {...}`. `bench/profile/main.ts` runs
 * every case in a fresh process of each runtime.
 *
 * @module
 */
import process from "node:process";
import { socket } from "../../mod.ts";
import { socketpair } from "../../socket/socketpair.ts";
import { constants as C, lib } from "../../platform/mod.ts";

type Fn = (...args: unknown[]) => unknown;
interface Host {
  Deno?: {
    args: string[];
    env: { get(name: string): string | undefined };
    dlopen(path: string, table: unknown): { symbols: Record<string, Fn> };
  };
  process?: { argv: string[]; env: Record<string, string | undefined> };
}
const host = globalThis as Host;
const args = host.Deno ? host.Deno.args : host.process!.argv.slice(2);
const fake = host.Deno
  ? host.Deno.env.get("BERKELEY_SOCKET_LIBC")
  : host.process!.env.BERKELEY_SOCKET_LIBC;
const lifecycle = fake?.includes("life") ?? false;

/** The same functions, bound directly with their C types. */
async function rawSymbols(): Promise<Record<string, Fn>> {
  if (host.Deno) {
    return host.Deno.dlopen(fake!, {
      send: { parameters: ["i32", "buffer", "usize", "i32"], result: "isize" },
      recv: { parameters: ["i32", "buffer", "usize", "i32"], result: "isize" },
      sendto: {
        parameters: ["i32", "buffer", "usize", "i32", "buffer", "u32"],
        result: "isize",
      },
      recvfrom: {
        parameters: ["i32", "buffer", "usize", "i32", "buffer", "buffer"],
        result: "isize",
      },
      socket: { parameters: ["i32", "i32", "i32"], result: "i32" },
      connect: { parameters: ["i32", "buffer", "u32"], result: "i32" },
      close: { parameters: ["i32"], result: "i32" },
    }).symbols;
  }
  const specifier = "bun:ffi";
  const ffi = await import(specifier) as {
    dlopen(path: string, table: unknown): { symbols: Record<string, Fn> };
  };
  return ffi.dlopen(fake!, {
    send: { args: ["i32", "ptr", "u64", "i32"], returns: "i64_fast" },
    recv: { args: ["i32", "ptr", "u64", "i32"], returns: "i64_fast" },
    sendto: {
      args: ["i32", "ptr", "u64", "i32", "ptr", "u32"],
      returns: "i64_fast",
    },
    recvfrom: {
      args: ["i32", "ptr", "u64", "i32", "ptr", "ptr"],
      returns: "i64_fast",
    },
    socket: { args: ["i32", "i32", "i32"], returns: "i32" },
    connect: { args: ["i32", "ptr", "u32"], returns: "i32" },
    close: { args: ["i32"], returns: "i32" },
  }).symbols;
}

const raw = await rawSymbols();
// Make sure the stand-in, not libc, answers: a real send(-1) fails.
if (Number(lib.send(-1, new Uint8Array(8), 8, 0)) !== 8) {
  throw new Error(
    "The library did not load fake_io (set BERKELEY_SOCKET_LIBC)",
  );
}

const N = lifecycle ? 200_000 : 1_000_000;
let sink = 0;

/**
 * Median ns of CPU time (user + system) per call of `body` (which makes `N`
 * calls) over 5 rounds: CPU time, unlike the wall clock, hardly moves when
 * other work shares the machine.
 */
function time(body: () => void): number {
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = process.cpuUsage();
    body();
    const t = process.cpuUsage(t0);
    runs.push((t.user + t.system) * 1e3 / N);
  }
  runs.sort((a, b) => a - b);
  return runs[2] ?? NaN;
}

const [a, b] = lifecycle ? [null, null] : socketpair();
const u = lifecycle ? null : socket(C.AF_INET, C.SOCK_DGRAM);
const buf = new Uint8Array(64);
const big = new Uint8Array(4096);
const sa = new Uint8Array(128);
sa.set([2, 0, 0, 9, 127, 0, 0, 1]);
const saLen = new Uint8Array(4);
const to: [string, number] = ["127.0.0.1", 9];
const fa = a?.fileno() ?? -1;
const fb = b?.fileno() ?? -1;
const fu = u?.fileno() ?? -1;
const num = (x: unknown): number => Number(x);

interface Case {
  /** The raw call with lengths as numbers (what the library passes today). */
  raw: () => void;
  /** The raw call with 64-bit lengths as bigints (Deno's fast path). */
  rawBig?: () => void;
  binding: () => void;
  api: () => void;
}

const cases: Record<string, Case> = {
  send: {
    raw: () => {
      for (let i = 0; i < N; i++) sink += num(raw.send(fa, buf, 64, 0));
    },
    rawBig: () => {
      for (let i = 0; i < N; i++) sink += num(raw.send(fa, buf, 64n, 0));
    },
    binding: () => {
      for (let i = 0; i < N; i++) sink += lib.send(fa, buf, 64, 0);
    },
    api: () => {
      for (let i = 0; i < N; i++) sink += a!.send(buf);
    },
  },
  sendall: {
    raw: () => {
      for (let i = 0; i < N; i++) sink += num(raw.send(fa, buf, 64, 0));
    },
    rawBig: () => {
      for (let i = 0; i < N; i++) sink += num(raw.send(fa, buf, 64n, 0));
    },
    binding: () => {
      for (let i = 0; i < N; i++) sink += lib.send(fa, buf, 64, 0);
    },
    api: () => {
      for (let i = 0; i < N; i++) a!.sendall(buf);
    },
  },
  recv_into: {
    raw: () => {
      for (let i = 0; i < N; i++) sink += num(raw.recv(fb, buf, 64, 0));
    },
    rawBig: () => {
      for (let i = 0; i < N; i++) sink += num(raw.recv(fb, buf, 64n, 0));
    },
    binding: () => {
      for (let i = 0; i < N; i++) sink += lib.recv(fb, buf, 64, 0);
    },
    api: () => {
      for (let i = 0; i < N; i++) sink += b!.recv_into(buf);
    },
  },
  "recv(64)": {
    raw: () => {
      for (let i = 0; i < N; i++) sink += num(raw.recv(fb, buf, 64, 0));
    },
    rawBig: () => {
      for (let i = 0; i < N; i++) sink += num(raw.recv(fb, buf, 64n, 0));
    },
    binding: () => {
      for (let i = 0; i < N; i++) sink += lib.recv(fb, buf, 64, 0);
    },
    api: () => {
      for (let i = 0; i < N; i++) sink += b!.recv(64).byteLength;
    },
  },
  "recv(4096), 64 arrive": {
    raw: () => {
      for (let i = 0; i < N; i++) sink += num(raw.recv(fb, big, 4096, 0));
    },
    rawBig: () => {
      for (let i = 0; i < N; i++) sink += num(raw.recv(fb, big, 4096n, 0));
    },
    binding: () => {
      for (let i = 0; i < N; i++) sink += lib.recv(fb, big, 4096, 0);
    },
    api: () => {
      for (let i = 0; i < N; i++) sink += b!.recv(4096).byteLength;
    },
  },
  sendto: {
    raw: () => {
      for (let i = 0; i < N; i++) {
        sink += num(raw.sendto(fu, buf, 64, 0, sa, 16));
      }
    },
    rawBig: () => {
      for (let i = 0; i < N; i++) {
        sink += num(raw.sendto(fu, buf, 64n, 0, sa, 16));
      }
    },
    binding: () => {
      for (let i = 0; i < N; i++) sink += lib.sendto(fu, buf, 64, 0, sa, 16);
    },
    api: () => {
      for (let i = 0; i < N; i++) sink += u!.sendto(buf, to);
    },
  },
  "recvfrom(64)": {
    raw: () => {
      for (let i = 0; i < N; i++) {
        sink += num(raw.recvfrom(fu, buf, 64, 0, sa, saLen));
      }
    },
    rawBig: () => {
      for (let i = 0; i < N; i++) {
        sink += num(raw.recvfrom(fu, buf, 64n, 0, sa, saLen));
      }
    },
    binding: () => {
      for (let i = 0; i < N; i++) {
        sink += lib.recvfrom(fu, buf, 64, 0, sa, saLen);
      }
    },
    api: () => {
      for (let i = 0; i < N; i++) sink += u!.recvfrom(64)[0].byteLength;
    },
  },
  "socket+connect+close": {
    raw: () => {
      for (let i = 0; i < N; i++) {
        const fd = raw.socket(2, 1, 0) as number;
        raw.connect(fd, sa, 16);
        sink += raw.close(fd) as number;
      }
    },
    binding: () => {
      for (let i = 0; i < N; i++) {
        const fd = lib.socket(2, 1, 0);
        lib.connect(fd, sa, 16);
        sink += lib.close(fd);
      }
    },
    api: () => {
      for (let i = 0; i < N; i++) {
        const s = socket(C.AF_INET, C.SOCK_STREAM);
        s.connect(to);
        s.close();
      }
    },
  },
};

const name = args[0];
const c = cases[name];
if (!c) {
  throw new Error(
    `Unknown case "${name}"; cases: ${Object.keys(cases).join(", ")}`,
  );
}
const result: Record<string, number | string> = { case: name };
// The method first, while the JIT's view of it is not shared with the others.
result.api = time(c.api);
result.binding = time(c.binding);
result.raw = time(c.raw);
if (c.rawBig && host.Deno) result.rawBig = time(c.rawBig);
console.log(`RESULT ${JSON.stringify(result)}`);
