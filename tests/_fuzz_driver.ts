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
 * With `FUZZ_WINE` set to a script that runs the Windows builds under Wine
 * (see `_fuzz_slices.ts`), ws2_32's paths are fuzzed (leaks are socket
 * handles there: see `openSockets()`).
 *
 * Prints one summary line per runtime; exits 1 when anything was found.
 */
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { driverArgs, runSlice } from "./_fuzz_slices.ts";

const SLICE = 5000;
const HANG_S = 30;

const child = join(dirname(fileURLToPath(import.meta.url)), "_fuzz_child.ts");
const args = driverArgs(100000);
const { count: calls, seed } = args;

let failed = false;
for (const runtime of args.runtimes) {
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
    const s = await runSlice(args, child, runtime, start, count, HANG_S);
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
    `${args.label(runtime)}: ${totals.calls} calls ` +
      `(seed ${seed}, ${seconds} s): ` +
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
