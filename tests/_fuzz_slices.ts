/**
 * What the two long fuzz runs (`_fuzz_driver.ts`, `_seqfuzz_driver.ts`)
 * share: their command line, one slice of cases run in a child process
 * under a watchdog (natively, or as the Windows builds under Wine), and
 * the child's side of it (`case N`, `finding {...}`, `result {...}` lines).
 *
 * `FUZZ_WINE`, when set, is the path of a script that runs the Windows
 * builds under Wine as `script deno ARGS` / `script bun ARGS` (our CI's
 * `wine-windows.sh`, which a clone of this repository alone does not
 * have); the driver stops at once, saying so, when it is not there.
 *
 * @module
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { dirname, join, relative } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "node_modules", ".bin");

interface Process {
  argv: string[];
  env: Record<string, string | undefined>;
  exit(code: number): never;
}
const process = (globalThis as { process?: Process }).process!;

/** A driver's command line: `[count] [seed] [deno|bun|both]`. */
export interface DriverArgs {
  readonly count: number;
  readonly seed: number;
  readonly runtimes: readonly string[];
  /** The Wine script (`FUZZ_WINE`), or undefined to run natively. */
  readonly wine: string | undefined;
  /** How a runtime is named in the summary (`"bun (Windows, Wine)"`). */
  label(runtime: string): string;
}

/** Reads the command line; `count` defaults to `defaultCount`. */
export function driverArgs(defaultCount: number): DriverArgs {
  const wine = process.env.FUZZ_WINE;
  if (wine !== undefined && !existsSync(wine)) {
    console.error(
      `FUZZ_WINE is ${JSON.stringify(wine)}, which does not exist: it must ` +
        "be a script running the Windows builds under Wine (wine-windows.sh)",
    );
    process.exit(2);
  }
  const args = process.argv.slice(2).filter((a) => !a.endsWith(".ts"));
  const which = args[2] ?? "both";
  return {
    count: Number(args[0] ?? defaultCount),
    seed: Number(args[1] ?? 1),
    runtimes: which === "both" ? ["deno", "bun"] : [which],
    wine,
    label: (runtime) => `${runtime}${wine ? " (Windows, Wine)" : ""}`,
  };
}

/** Where a slice stopped and what it printed. */
export interface Slice {
  /** The last case begun. */
  last: number;
  /** The child's totals, once it printed them. */
  result: Record<string, number> | null;
  findings: string[];
  /** Empty, or how the child failed: a crash, a hang, not exiting. */
  how: string;
}

/**
 * Runs cases `[start, start + count)` of `seed` in the child script `child`
 * (a path under `tests/`) on `runtime`. The child is killed after `hangS`
 * seconds without a line (a hang) and, when `exitS` is given, `exitS`
 * seconds after its result if it has not exited by then; a child that dies
 * before its result, or exits non-zero, crashed.
 */
export function runSlice(
  args: DriverArgs,
  child: string,
  runtime: string,
  start: number,
  count: number,
  hangS: number,
  exitS?: number,
): Promise<Slice> {
  // Under Wine the child's path is given relative to the repository, the
  // working directory (Wine's programs see Unix paths as Z:\...).
  const script = args.wine ? relative(root, child) : child;
  const run = runtime === "deno"
    ? ["run", "-A", "--no-check", script]
    : [script];
  const [file, ...rest] = args.wine
    ? ["bash", args.wine, runtime, ...run]
    : [join(bin, runtime), ...run];
  const p = spawn(
    file!,
    [...rest, String(args.seed), String(start), String(count)],
    { stdio: ["ignore", "pipe", "inherit"], cwd: root },
  );
  const out: Slice = { last: start - 1, result: null, findings: [], how: "" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    const after = out.result && exitS !== undefined;
    const seconds = after ? exitS : hangS;
    clearTimeout(timer);
    timer = setTimeout(() => {
      out.how = after
        ? `did not exit within ${seconds} s of its last case`
        : `hang (no progress for ${seconds} s)`;
      p.kill("SIGKILL");
    }, seconds * 1000);
  };
  arm();
  createInterface({ input: p.stdout! }).on("line", (line) => {
    if (line.startsWith("case ")) out.last = Number(line.slice(5));
    else if (line.startsWith("finding ")) out.findings.push(line.slice(8));
    else if (line.startsWith("result ")) out.result = JSON.parse(line.slice(7));
    arm();
  });
  return new Promise((resolve) => {
    p.on("close", (code, signal) => {
      clearTimeout(timer);
      if (!out.how && (!out.result || code !== 0)) {
        out.how = `crash (exit ${code}${signal ? `, ${signal}` : ""})`;
      }
      resolve(out);
    });
  });
}

/**
 * The child's side: runs `fuzz(seed, start, count, onCase)` with the
 * arguments `SEED START COUNT` of the command line, printing `case N` before
 * each case (so the driver can name the case of a crash or a hang), then
 * `teardown()`, each finding as `finding {...}` and `result {...}`.
 */
export async function childSlice<T extends { findings: readonly unknown[] }>(
  fuzz: (
    seed: number,
    start: number,
    count: number,
    onCase: (index: number) => void,
  ) => Promise<T>,
  teardown: () => void,
): Promise<void> {
  const [seed, start, count] = process.argv.slice(-3).map(Number) as [
    number,
    number,
    number,
  ];
  const print = (line: string) => console.log(line);
  const totals = await fuzz(seed, start, count, (i) => print(`case ${i}`));
  teardown();
  for (const f of totals.findings) print(`finding ${JSON.stringify(f)}`);
  const { findings, ...counts } = totals;
  print(`result ${JSON.stringify({ ...counts, findings: findings.length })}`);
}
