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
 * This file runs the cases and judges them; the cases and their sockets
 * are in `_fuzz_case.ts`, the values in `_fuzz_values.ts`, the table of
 * calls in `_fuzz_calls.ts`.
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
import { readdirSync, readlinkSync } from "node:fs";
import * as mod from "../mod.ts";
import { constants, lib } from "../platform/mod.ts";
import { error, type SocketType } from "../mod.ts";
import {
  Case,
  caseSeed,
  KINDS,
  LINUX,
  make,
  Rng,
  Sentinel,
  setup,
  STATES,
  WINDOWS,
} from "./_fuzz_case.ts";
import { FUNCTIONS, METHODS } from "./_fuzz_calls.ts";

export { KINDS, Rng, Sentinel, teardown } from "./_fuzz_case.ts";

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

// A message names the function (`send(): ...`) or the stream accessor
// (`readable ...`, `writable: ...`), or the argument as CPython's own text
// does (`Timeout value ...`, `argument 'op'`).
const NAMED =
  /\b[A-Za-z_][A-Za-z_0-9]*\(\)|^(readable|writable)\b|^Timeout value |^Invalid value NaN|getsockopt buflen|argument '[a-z_]+'|^[a-z_]+ must be /;

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

/** The highest handle value probed on Windows (2,048 slots: ~1 ms under Wine). */
const HANDLE_MAX = 8192;
const probeOut = new Uint8Array(4);
const probeLen = new Uint8Array(4);
const probeLenView = new DataView(probeLen.buffer);

/**
 * Windows has no `/proc/self/fd`: the socket handles open now are found by
 * asking each handle value (multiples of 4) for its SO_TYPE, which only a
 * socket answers (Wine's ws2_32 and Windows' answer the others
 * WSAENOTSOCK at once).
 */
function socketHandles(): Set<string> {
  const out = new Set<string>();
  for (let h = 4; h <= HANDLE_MAX; h += 4) {
    probeLenView.setUint32(0, probeOut.byteLength, true);
    if (
      lib.getsockopt(
        h,
        constants.SOL_SOCKET,
        constants.SO_TYPE,
        probeOut,
        probeLen,
      ) === 0
    ) {
      out.add(`handle:${h}`);
    }
  }
  return out;
}

/**
 * What is open now, to find leaks: on Linux the descriptors of sockets and
 * epoll objects, on Windows the socket handles.
 */
export function openSockets(): Set<string> | null {
  if (WINDOWS) return socketHandles();
  if (!LINUX) return null;
  const out = new Set<string>();
  for (const name of readdirSync("/proc/self/fd")) {
    try {
      const t = readlinkSync(`/proc/self/fd/${name}`);
      if (t.startsWith("socket:") || t === "anon_inode:[eventpoll]") {
        out.add(`${name}:${t}`);
      }
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
  if (
    before !== null && after !== null && verdict !== "engine" &&
    verdict !== "hang"
  ) {
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
