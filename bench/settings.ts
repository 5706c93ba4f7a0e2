/**
 * The benchmark's settings, read from the environment once: where it
 * runs, how long and how often it measures (`BENCH_QUICK=1` makes it a
 * smoke test), and where it writes its results. See `main.ts`.
 *
 * @module
 */

export const BENCH = new URL(".", import.meta.url).pathname.replace(/\/$/, "");
export const ROOT = BENCH.replace(/\/bench$/, "");
export const env = (name: string): string | undefined => Deno.env.get(name);

export const QUICK = env("BENCH_QUICK") === "1";
export const RUNS = Number(env("BENCH_RUNS") ?? (QUICK ? 1 : 7));
export const SECONDS = Number(env("BENCH_SECONDS") ?? (QUICK ? 0.1 : 0.5));
export const WARMUP = QUICK ? 0.05 : 0.2;
/**
 * The (f) echo servers' warm-up: their connections are made in the same
 * fresh process, and the collections that follow making 10,000 of them
 * (8-15 ms young, a 13-70 ms full one) and the servers' JIT compilation
 * fell inside a 0.5 s window after a 0.2 s warm-up; the window measures
 * the steady state after 1 s.
 */
export const ECHO_WARMUP = QUICK ? 0.05 : 1;
export const BYTES = QUICK ? 64 * 1024 * 1024 : 1024 * 1024 * 1024;
/** At most this many connections per measurement of (e), warm-up included. */
export const MAX_CONNECTIONS = QUICK ? 2000 : 10000;
export const TIMEOUT_MS = QUICK ? 30_000 : 60_000;
/** A cell whose measurement failed this often is not tried again. */
export const MAX_FAILURES = 2;
export const OUT = env("BENCH_OUT") ?? BENCH;
/** Descriptors a process may open (`run.sh` raises the soft limit first). */
export const NOFILE = Number(env("BENCH_NOFILE") ?? 1024);
