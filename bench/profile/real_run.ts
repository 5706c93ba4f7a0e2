/**
 * Where the real run of (a) and (c) spends its time, over the real system
 * calls (Linux only): the main thread's CPU time per operation, read from
 * `/proc/thread-self/schedstat` (nanoseconds, not ticks), for the socket
 * methods, the same with a reused receive buffer (`recv_into`,
 * `recvfrom_into`: no result to allocate), the raw bindings of
 * `platform/mod.ts` (`lib.send` ...: no library code at all), and for (c)
 * the raw bindings making the results `recvfrom()` must return
 * (`udp-alloc`: a new `Uint8Array` per datagram, a new `[host, port]` with a
 * host string reused while the address is the same, a new pair). Compare with
 * `bench/.build/bench_c` and with C in a process with one idle thread (see
 * the README's findings). Usage, under Deno or Bun:
 *
 * ```sh
 * bun bench/profile/real_run.ts pair|pair-into|pair-raw|udp|udp-into|udp-raw|udp-alloc [count]
 * deno run --allow-all bench/profile/real_run.ts udp 1000000
 * ```
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { AF_INET, SOCK_DGRAM, socket } from "../../mod.ts";
import { socketpair } from "../../socket/socketpair.ts";
import { constants as C, lib } from "../../platform/mod.ts";

const host = globalThis as {
  Deno?: { args: string[] };
  process?: { argv: string[] };
};
const argv: string[] = host.Deno ? host.Deno.args : host.process!.argv.slice(2);
const mode = argv[0] ?? "pair";
const count = Number(argv[1] ?? 1_000_000);
const MSG = 64;
const BURST = 16;

/** The calling thread's CPU time so far, in ns. */
function cpu(): number {
  const text = readFileSync("/proc/thread-self/schedstat", "utf8");
  return Number(text.split(" ")[0]);
}

function pairLoop(): (n: number) => void {
  const [a, b] = socketpair();
  const buf = new Uint8Array(MSG);
  const into = new Uint8Array(MSG);
  const fa = a.fileno();
  const fb = b.fileno();
  switch (mode) {
    case "pair":
      return (n) => {
        for (let i = 0; i < n; i++) {
          a.send(buf);
          b.recv(MSG);
        }
      };
    case "pair-into":
      return (n) => {
        for (let i = 0; i < n; i++) {
          a.send(buf);
          b.recv_into(into);
        }
      };
    default:
      return (n) => {
        for (let i = 0; i < n; i++) {
          lib.send(fa, buf, MSG, C.MSG_NOSIGNAL ?? 0);
          lib.recv(fb, into, MSG, 0);
        }
      };
  }
}

// The last sender's host, reused while its 4 bytes are the same.
let lastValue = -1;
let lastHost = "";

/** The dotted quad of a sockaddr_in's address. */
function dotted(sa: Uint8Array): string {
  const value = sa[4]! * 0x1000000 + (sa[5]! << 16 | sa[6]! << 8 | sa[7]!);
  if (value !== lastValue) {
    lastHost = `${sa[4]}.${sa[5]}.${sa[6]}.${sa[7]}`;
    lastValue = value;
  }
  return lastHost;
}

function udpLoop(): (n: number) => void {
  const a = socket(AF_INET, SOCK_DGRAM);
  const b = socket(AF_INET, SOCK_DGRAM);
  a.bind(["127.0.0.1", 0]);
  b.bind(["127.0.0.1", 0]);
  const to = b.getsockname();
  const buf = new Uint8Array(MSG);
  const into = new Uint8Array(MSG);
  // sockaddr_in by hand for the raw bindings (Linux: a 16-bit family).
  const sa = new Uint8Array(16);
  new DataView(sa.buffer).setUint16(0, C.AF_INET, true);
  new DataView(sa.buffer).setUint16(2, to[1], false);
  sa.set([127, 0, 0, 1], 4);
  const from = new Uint8Array(128);
  const fromLen = new Uint32Array(1);
  const fa = a.fileno();
  const fb = b.fileno();
  const results: unknown[] = new Array(BURST);
  switch (mode) {
    case "udp":
      return (n) => {
        for (let k = 0; k < n / BURST; k++) {
          for (let i = 0; i < BURST; i++) a.sendto(buf, to);
          for (let i = 0; i < BURST; i++) b.recvfrom(MSG);
        }
      };
    case "udp-into":
      return (n) => {
        for (let k = 0; k < n / BURST; k++) {
          for (let i = 0; i < BURST; i++) a.sendto(buf, to);
          for (let i = 0; i < BURST; i++) b.recvfrom_into(into);
        }
      };
    case "udp-alloc":
      return (n) => {
        for (let k = 0; k < n / BURST; k++) {
          for (let i = 0; i < BURST; i++) {
            lib.sendto(fa, buf, MSG, C.MSG_NOSIGNAL ?? 0, sa, 16);
          }
          for (let i = 0; i < BURST; i++) {
            fromLen[0] = 128;
            const data = new Uint8Array(MSG);
            lib.recvfrom(fb, data, MSG, 0, from, fromLen);
            results[i] = [data, [dotted(from), from[2]! << 8 | from[3]!]];
          }
        }
      };
    default:
      return (n) => {
        for (let k = 0; k < n / BURST; k++) {
          for (let i = 0; i < BURST; i++) {
            lib.sendto(fa, buf, MSG, C.MSG_NOSIGNAL ?? 0, sa, 16);
          }
          for (let i = 0; i < BURST; i++) {
            fromLen[0] = 128;
            lib.recvfrom(fb, into, MSG, 0, from, fromLen);
          }
        }
      };
  }
}

const run = mode.startsWith("udp") ? udpLoop() : pairLoop();
run(Math.min(count, 200_000)); // warm-up: the JIT's tiers settle
const c0 = cpu();
const t0 = performance.now();
run(count);
const wall = (performance.now() - t0) * 1e6 / count;
const main = (cpu() - c0) / count;
console.log(
  `${mode}: main thread ${main.toFixed(0)} ns CPU, ${
    wall.toFixed(0)
  } ns wall per ${mode.startsWith("udp") ? "datagram" : "pair"}`,
);
