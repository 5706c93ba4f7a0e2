/**
 * The benchmark's workloads, (a) to (g): what each measures, in which
 * unit, which way is better, and the target this library's rows are held
 * to. `process.ts` runs them; `report.ts` judges them.
 *
 * @module
 */
import { QUICK, RUNS } from "./settings.ts";

/** The asynchronous workloads, (f) and (g). */
export const ASYNC_WORKLOADS = [
  "many-1k",
  "many-10k",
  "idle-10k",
  "busy-10",
  "rr-async",
];

/** The echo server workloads, (f). */
export const ECHO_WORKLOADS = ["many-1k", "many-10k", "idle-10k", "busy-10"];

// ---- Workloads ------------------------------------------------------------

export type Better = "lower" | "higher";

export interface Target {
  /**
   * `value / C's value` must be at most (lower is better) or at least this;
   * `null`: no condition on the ratio to C.
   */
  readonly ratio: number | null;
  /**
   * `value` over the best of the runtime's own networking and Node's must
   * be at least this (for rates).
   */
  readonly nativeRatio?: number;
  /** Also faster than the runtime's own networking. */
  readonly beatNative?: boolean;
  readonly text: string;
}

export interface Workload {
  readonly id: string;
  readonly letter: string;
  readonly title: string;
  readonly unit: string;
  readonly better: Better;
  readonly target: Target;
  readonly needsPeer: boolean;
  /** (f): the C load's connections, and how many of them are busy. */
  readonly load?: { readonly conns: number; readonly busy: number };
  /** Runs of this workload, when fewer than `BENCH_RUNS`. */
  readonly runs?: number;
  /** Contenders that cannot run it, with why. */
  readonly skip?: Readonly<Record<string, string>>;
  /** The measurement's value in `unit` from a RESULT line. */
  value(r: { ops?: number; bytes?: number; seconds: number }): number;
}

export const ASYNC_SKIP =
  "CPython's blocking socket module has no asynchronous row";

export const perOp =
  (scale: number) => (r: { ops?: number; seconds: number }) =>
    r.seconds * scale / r.ops!;

export const workloads: Workload[] = [
  {
    id: "pair",
    letter: "a",
    title: "socketpair, 64 B send + recv",
    unit: "ns/pair",
    better: "lower",
    target: { ratio: 1.10, text: "≤ 1.10× C" },
    needsPeer: false,
    value: perOp(1e9),
  },
  {
    id: "stream-recv",
    letter: "b",
    title: "TCP, 1 GiB by recv_into (C sends)",
    unit: "MiB/s",
    better: "higher",
    target: { ratio: 0.95, text: "≥ 0.95× C" },
    needsPeer: true,
    value: (r) => r.bytes! / 1048576 / r.seconds,
  },
  {
    id: "stream-send",
    letter: "b",
    title: "TCP, 1 GiB by sendall (C receives)",
    unit: "MiB/s",
    better: "higher",
    target: { ratio: 0.95, text: "≥ 0.95× C" },
    needsPeer: true,
    value: (r) => r.bytes! / 1048576 / r.seconds,
  },
  {
    id: "udp",
    letter: "c",
    title: "UDP, 64 B sendto + recvfrom",
    unit: "datagrams/s",
    better: "higher",
    target: {
      ratio: 0.85,
      beatNative: true,
      text: "≥ 0.85× C and above the runtime's own UDP",
    },
    needsPeer: false,
    value: (r) => r.ops! / r.seconds,
  },
  {
    id: "rr",
    letter: "d",
    title: "TCP, 64 B request/response (C echo)",
    unit: "µs/round trip",
    better: "lower",
    target: { ratio: 1.15, text: "≤ 1.15× C" },
    needsPeer: true,
    value: perOp(1e6),
  },
  {
    id: "connect",
    letter: "e",
    title: "TCP, socket + connect + close (C accepts)",
    unit: "µs/connection",
    better: "lower",
    target: { ratio: 1.20, text: "≤ 1.20× C" },
    needsPeer: true,
    value: perOp(1e6),
  },
  ...([
    ["many-1k", 1000, 1000, "1,000 connections"],
    ["many-10k", 10000, 10000, "10,000 connections"],
    ["idle-10k", 10010, 10, "10 busy + 10,000 idle connections"],
    ["busy-10", 10, 10, "10 connections"],
  ] as const).map(([id, conns, busy, what]): Workload => ({
    id,
    letter: "f",
    title: `TCP echo server, ${what}, 1 KiB round trips (C load)`,
    unit: "round trips/s",
    better: "higher",
    target: id === "many-1k" || id === "many-10k"
      ? {
        ratio: null,
        nativeRatio: 1.0,
        text: "≥ 1.0× the best of the runtime's own and Node",
      }
      : { ratio: null, text: "" },
    needsPeer: true,
    load: { conns, busy },
    // The rows with a target against the runtimes' own servers get every
    // run: on a 2-core machine one measurement of a contender can land 20%
    // off the next (the other core's neighbours, where a collector thread
    // runs), and a median of three decided the target by that noise. The
    // idle ratio (idle-10k over busy-10), which one GC or JIT compilation
    // inside a 0.5 s window swings by 10%: five runs of those two.
    runs: QUICK
      ? 1
      : Math.min(RUNS, id === "idle-10k" || id === "busy-10" ? 5 : RUNS),
    skip: { python: ASYNC_SKIP },
    value: (r) => r.ops! / r.seconds,
  })),
  {
    id: "rr-async",
    letter: "g",
    title: "TCP, 64 B request/response, awaited (C echo)",
    unit: "µs/round trip",
    better: "lower",
    target: { ratio: null, text: "" },
    needsPeer: true,
    runs: QUICK ? 1 : Math.min(RUNS, 5),
    skip: { python: ASYNC_SKIP },
    value: perOp(1e6),
  },
];
