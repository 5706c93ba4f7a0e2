/**
 * One slice of the full fuzz, run by `_fuzz_driver.ts` in a child process:
 * `_fuzz_child.ts SEED START COUNT`. Prints `case N` before each case (so
 * the driver can name the case of a crash or a hang), each finding as
 * `finding {...}`, and `result {...}` at the end.
 */
import { fuzz, teardown } from "./_fuzz.ts";

const argv = (globalThis as { process?: { argv: string[] } }).process!.argv;
const [seed, start, count] = argv.slice(-3).map(Number) as [
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
