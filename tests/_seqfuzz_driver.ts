/**
 * The long run of the sequence fuzz (`deno task seqfuzz`; `_seqfuzz.ts`):
 * 2,000 cases per runtime by default, on Deno and then on Bun, in slices
 * of SLICE cases, each slice a child process (`_seqfuzz_child.ts`) under a
 * watchdog. A child that dies (a crash), prints nothing for HANG_S seconds
 * (a hang, killed), or has printed its result but does not exit within
 * EXIT_S seconds (something of the library's keeps the process alive: a
 * background wait, a timer) is recorded with the case it was running, and
 * the run resumes after that case.
 *
 *   deno run -A tests/_seqfuzz_driver.ts [cases] [seed] [deno|bun|both]
 *
 * With `FUZZ_WINE` set to a script that runs the Windows builds under Wine
 * (see `_fuzz_slices.ts`), the children are those builds.
 *
 * Prints one summary line per runtime and each finding; exits 1 when
 * anything was found.
 */
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { driverArgs, runSlice } from "./_fuzz_slices.ts";

const SLICE = 250;
const HANG_S = 30;
const EXIT_S = 10;

const child = join(
  dirname(fileURLToPath(import.meta.url)),
  "_seqfuzz_child.ts",
);
const args = driverArgs(2000);
const { count: cases, seed } = args;

let failed = false;
for (const runtime of args.runtimes) {
  const totals: Record<string, number> = {
    cases: 0,
    ops: 0,
    bytes: 0,
    transient: 0,
  };
  const findings: string[] = [];
  let crashes = 0;
  let hangs = 0;
  let stuck = 0;
  const began = performance.now();
  for (let start = 0; start < cases;) {
    const count = Math.min(SLICE, cases - start);
    const s = await runSlice(
      args,
      child,
      runtime,
      start,
      count,
      HANG_S,
      EXIT_S,
    );
    findings.push(...s.findings);
    if (s.result) {
      for (const k of Object.keys(totals)) totals[k]! += s.result[k] ?? 0;
    }
    if (s.result && !s.how) {
      start += count;
      continue;
    }
    if (s.result) {
      // Every case ran; the process did not exit.
      stuck++;
      findings.push(
        JSON.stringify({ slice: [start, count], seed, how: s.how }),
      );
      start += count;
      continue;
    }
    const at = Math.max(s.last, start);
    if (s.how.startsWith("hang")) hangs++;
    else crashes++;
    findings.push(JSON.stringify({ index: at, seed, how: s.how }));
    totals.cases! += at - start + 1;
    start = at + 1;
  }
  const seconds = Math.round((performance.now() - began) / 1000);
  console.log(
    `${args.label(runtime)}: ${totals.cases} cases ` +
      `(seed ${seed}, ${seconds} s, ${totals.ops} operations, ` +
      `${totals.bytes} bytes received): ${crashes} crashes, ${hangs} hangs, ` +
      `${stuck} children that did not exit, ${totals.transient} leaks not found again, ` +
      `${findings.length - crashes - hangs - stuck} cases with findings`,
  );
  for (const f of findings) console.log(`  ${runtime} ${f}`);
  if (findings.length) failed = true;
}
(globalThis as { process?: { exitCode?: number } }).process!.exitCode = failed
  ? 1
  : 0;
