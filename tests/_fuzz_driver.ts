/**
 * The full fuzz (`deno task fuzz`): 100,000 calls per runtime by default,
 * on Deno and then on Bun, in slices of SLICE cases, each slice a child
 * process (`_fuzz_child.ts`) under a watchdog. A child that dies (a crash)
 * or prints nothing for HANG_S seconds (a hang, killed) is recorded with
 * the case it was running, named by seed and index (`fuzzCase(seed,
 * index)` in `_fuzz.ts` replays it), and the run resumes after that case.
 *
 *   deno run -A tests/_fuzz_driver.ts [calls] [seed] [deno|bun|both]
 *
 * Prints one summary line per runtime; exits 1 when anything was found.
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const SLICE = 5000;
const HANG_S = 30;

const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, "..", "node_modules", ".bin");
const child = join(here, "_fuzz_child.ts");

const argv = (globalThis as { process?: { argv: string[] } }).process!.argv;
const args = argv.slice(2).filter((a) => !a.endsWith(".ts"));
const calls = Number(args[0] ?? 100000);
const seed = Number(args[1] ?? 1);
const which = args[2] ?? "both";

interface Slice {
  last: number;
  result: Record<string, number> | null;
  findings: string[];
  how: string;
}

/** Runs cases [start, start + count) in a child; reports where it stopped. */
function slice(runtime: string, start: number, count: number): Promise<Slice> {
  const command = runtime === "deno"
    ? [join(bin, "deno"), ["run", "-A", "--no-check", child]]
    : [join(bin, "bun"), [child]];
  const p = spawn(
    command[0] as string,
    [...command[1] as string[], String(seed), String(start), String(count)],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const out: Slice = { last: start - 1, result: null, findings: [], how: "" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      out.how = `hang (no progress for ${HANG_S} s)`;
      p.kill("SIGKILL");
    }, HANG_S * 1000);
  };
  arm();
  createInterface({ input: p.stdout! }).on("line", (line) => {
    arm();
    if (line.startsWith("case ")) out.last = Number(line.slice(5));
    else if (line.startsWith("finding ")) out.findings.push(line.slice(8));
    else if (line.startsWith("result ")) out.result = JSON.parse(line.slice(7));
  });
  return new Promise((resolve) => {
    p.on("close", (code, signal) => {
      clearTimeout(timer);
      if (!out.result && !out.how) {
        out.how = `crash (exit ${code}${signal ? `, ${signal}` : ""})`;
      }
      resolve(out);
    });
  });
}

let failed = false;
for (const runtime of which === "both" ? ["deno", "bun"] : [which]) {
  const totals: Record<string, number> = {
    calls: 0,
    ok: 0,
    ours: 0,
    sentinel: 0,
    transient: 0,
  };
  const findings: string[] = [];
  let crashes = 0;
  let hangs = 0;
  const began = performance.now();
  for (let start = 0; start < calls;) {
    const count = Math.min(SLICE, calls - start);
    const s = await slice(runtime, start, count);
    findings.push(...s.findings);
    if (s.result) {
      for (const k of Object.keys(totals)) totals[k]! += s.result[k] ?? 0;
      start += count;
      continue;
    }
    // Crashed or hung in case s.last: record it, resume after it.
    const at = Math.max(s.last, start);
    if (s.how.startsWith("hang")) hangs++;
    else crashes++;
    findings.push(JSON.stringify({ index: at, seed, verdict: s.how }));
    totals.calls! += at - start + 1;
    start = at + 1;
  }
  const engine = findings.filter((f) => f.includes('"verdict":"engine"'));
  const leaks = findings.filter((f) => f.includes('"verdict":"leak"'));
  const asyncHangs = findings.filter((f) => f.includes('"verdict":"hang"'));
  const seconds = Math.round((performance.now() - began) / 1000);
  console.log(
    `${runtime}: ${totals.calls} calls (seed ${seed}, ${seconds} s): ` +
      `${crashes} crashes, ${hangs + asyncHangs.length} hangs, ` +
      `${engine.length} engine errors, ${leaks.length} leaked descriptors; ` +
      `${totals.ok} succeeded, ${totals.ours} raised our errors, ` +
      `${totals.sentinel} passed the caller's own error through, ` +
      `${totals.transient} runtime-internal sockets not reproduced`,
  );
  for (const f of findings) console.log(`  ${runtime} ${f}`);
  if (findings.length) failed = true;
}
(globalThis as { process?: { exitCode?: number } }).process!.exitCode = failed
  ? 1
  : 0;
