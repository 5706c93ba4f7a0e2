/**
 * The benchmark driver (`deno task bench` runs it through `bench/run.sh`):
 * runs every workload for every contender, interleaved, several times;
 * prints a table of medians with their ratio to C and the targets met or
 * missed, and writes `bench/results.json` and `bench/results.md`.
 *
 * Environment: `BENCH_QUICK=1` (a smoke test: one short run of each),
 * `BENCH_RUNS` (runs per measurement, default 7), `BENCH_SECONDS` (timed
 * seconds per measurement, default 0.5), `BENCH_ONLY` and
 * `BENCH_WORKLOADS` (comma-separated ids to run), `BENCH_OUT` (a directory
 * for the results instead of `bench/`).
 *
 * @module
 */

import {
  BYTES,
  ECHO_WARMUP,
  env,
  MAX_FAILURES,
  NOFILE,
  OUT,
  QUICK,
  ROOT,
  RUNS,
  SECONDS,
  WARMUP,
} from "./settings.ts";
import { contenders, deno, haveC, peer } from "./contenders.ts";
import { workloads } from "./workloads.ts";
import { measureOnce } from "./process.ts";
import {
  type Cell,
  codeInfo,
  format,
  judge,
  machineInfo,
  markdown,
  median,
  nativeRatio,
} from "./report.ts";

async function main(): Promise<void> {
  const began = performance.now();
  const onlyC = env("BENCH_ONLY")?.split(",");
  const onlyW = env("BENCH_WORKLOADS")?.split(",");
  const active = workloads.filter((w) => !onlyW || onlyW.includes(w.id));
  const table: Record<string, Record<string, Cell>> = {};
  for (const w of active) {
    table[w.id] = {};
    for (const c of contenders) {
      const cell: Cell = {
        samples: [],
        runs: [],
        median: null,
        ratioToC: null,
        target: null,
        failures: [],
      };
      if (c.missing) cell.skipped = c.missing;
      else if (onlyC && !onlyC.includes(c.id) && c.id !== "c") {
        cell.skipped = "not selected (BENCH_ONLY)";
      } else if (w.needsPeer && !peer) {
        cell.skipped = "no peer program (needs gcc or python3)";
      } else if (w.skip?.[c.id]) {
        cell.skipped = w.skip[c.id];
      } else if (c.only && !c.only.includes(w.id)) {
        cell.skipped = "runs only the asynchronous workloads (f), (g)";
      } else if (w.load && !haveC) {
        cell.skipped = "the load of (f) is the C program (needs gcc)";
      } else if (w.load && w.load.conns + 64 > NOFILE) {
        cell.skipped = `needs ${
          w.load.conns + 64
        } descriptors; the limit is ${NOFILE} (ulimit -n)`;
      }
      table[w.id][c.id] = cell;
    }
  }
  for (const c of contenders) {
    if (c.missing) console.error(`bench: skipping ${c.label}: ${c.missing}`);
  }
  const machine = await machineInfo();
  const code = await codeInfo();
  console.error(
    `bench: ${RUNS} run(s) of ${active.length} workloads, ${SECONDS} s each${
      QUICK ? " (quick mode)" : ""
    }`,
  );
  for (let run = 0; run < RUNS; run++) {
    for (const w of active) {
      if (run >= (w.runs ?? RUNS)) continue;
      const order = contenders.map((_, i) =>
        contenders[(i + run) % contenders.length]
      );
      const line: string[] = [];
      for (const c of order) {
        const cell = table[w.id][c.id];
        if (cell.skipped || cell.failures.length >= MAX_FAILURES) continue;
        try {
          const v = await measureOnce(w, c);
          cell.samples.push(v);
          cell.runs.push(run);
          line.push(`${c.id} ${format(v, w.unit)}`);
        } catch (e) {
          const message = e instanceof Error ? e.message : String(e);
          cell.failures.push(message);
          line.push(`${c.id} FAILED`);
          console.error(`bench: ${w.id} ${c.id}: ${message}`);
        }
      }
      console.error(
        `bench: run ${run + 1}/${RUNS} ${w.id} (${w.unit}): ${line.join(", ")}`,
      );
    }
  }
  for (const w of active) {
    const row = table[w.id];
    for (const c of contenders) {
      const cell = row[c.id];
      if (cell.samples.length) {
        cell.median = median(cell.samples);
      }
    }
    const base = row.c.median;
    for (const c of contenders) {
      const cell = row[c.id];
      if (cell.median !== null && base) cell.ratioToC = cell.median / base;
    }
    for (const c of contenders) {
      const cell = row[c.id];
      if (w.target.nativeRatio !== undefined && c.nativeOf) {
        cell.nativeRatio = nativeRatio(c, row);
      }
      cell.target = judge(w, c, cell, row);
    }
  }
  const elapsed = (performance.now() - began) / 1000;
  machine.loadAverageAtEnd = Deno.loadavg()[0];
  const md = markdown(table, active, machine, elapsed, code);
  const json = {
    date: new Date().toISOString(),
    quick: QUICK,
    runs: RUNS,
    secondsPerMeasurement: SECONDS,
    warmupSeconds: WARMUP,
    echoWarmupSeconds: ECHO_WARMUP,
    streamBytes: BYTES,
    elapsedSeconds: Math.round(elapsed),
    code,
    machine,
    contenders: Object.fromEntries(contenders.map((c) => [c.id, c.label])),
    workloads: active.map((w) => ({
      id: w.id,
      workload: w.letter,
      title: w.title,
      unit: w.unit,
      better: w.better,
      target: w.target.text,
      results: table[w.id],
    })),
  };
  await Deno.mkdir(OUT, { recursive: true });
  await Deno.writeTextFile(
    `${OUT}/results.json`,
    JSON.stringify(json, null, 2) + "\n",
  );
  await Deno.writeTextFile(`${OUT}/results.md`, md);
  await new Deno.Command(deno, {
    args: ["fmt", "--quiet", `${OUT}/results.md`, `${OUT}/results.json`],
    cwd: ROOT,
  }).output();
  console.log(await Deno.readTextFile(`${OUT}/results.md`));
  console.error(
    `bench: wrote ${OUT}/results.json and ${OUT}/results.md in ${
      Math.round(elapsed)
    } s`,
  );
}

await main();
