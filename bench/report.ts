/**
 * The benchmark's report: medians, ratios to C, the targets met or missed,
 * the Markdown table of `results.md`, and what the results were measured
 * on (the machine, the versions, the library's commit).
 *
 * @module
 */
import { ECHO_WARMUP, QUICK, ROOT, RUNS, SECONDS, WARMUP } from "./settings.ts";
import {
  bun,
  type Contender,
  contenders,
  haveC,
  node,
  python,
} from "./contenders.ts";
import type { Workload } from "./workloads.ts";

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function format(value: number, unit: string): string {
  if (unit.startsWith("µs")) return value.toFixed(1);
  return Math.round(value).toLocaleString("en-US");
}

export interface Cell {
  samples: number[];
  /** The run (0-based) each sample came from: the same index as `samples`. */
  runs: number[];
  median: number | null;
  ratioToC: number | null;
  target: "met" | "missed" | null;
  /** Against the runtime's own and Node's: see {@linkcode nativeRatio}. */
  nativeRatio?: number | null;
  failures: string[];
  skipped?: string;
}

export function judge(
  w: Workload,
  c: Contender,
  cell: Cell,
  row: Record<string, Cell>,
): "met" | "missed" | null {
  if (!c.nativeOf || cell.median === null) return null;
  if (w.target.ratio === null && w.target.nativeRatio === undefined) {
    return null;
  }
  let ok = true;
  if (w.target.ratio !== null) {
    if (cell.ratioToC === null) return null;
    ok = w.better === "lower"
      ? cell.ratioToC <= w.target.ratio
      : cell.ratioToC >= w.target.ratio;
  }
  if (w.target.nativeRatio !== undefined) {
    const ratio = nativeRatio(c, row);
    if (ratio === null) return null;
    ok &&= ratio >= w.target.nativeRatio;
  }
  if (w.target.beatNative && c.nativeOf) {
    const native = row[c.nativeOf]?.median;
    if (native !== null && native !== undefined) ok &&= cell.median! > native;
  }
  return ok ? "met" : "missed";
}

/**
 * `c`'s rate against the best of its runtime's own networking and Node's:
 * the median, over the runs in which `c` and at least one of those two
 * were measured, of each run's ratio (`c`'s sample over the better of
 * theirs). The contenders of one run are measured within seconds of one
 * another, the runs minutes apart, and a shared machine's speed drifts by
 * tens of percent over minutes (every contender's, C's included): a ratio
 * of medians taken from different runs measured that drift as much as the
 * servers. Null when no run has the pair.
 */
export function nativeRatio(
  c: Contender,
  row: Record<string, Cell>,
): number | null {
  const cell = row[c.id];
  const others = [c.nativeOf!, "node"]
    .map((id) => row[id])
    .filter((o): o is Cell => o !== undefined);
  const ratios: number[] = [];
  cell.samples.forEach((v, i) => {
    const run = cell.runs[i];
    let best = -Infinity;
    for (const o of others) {
      const j = o.runs.indexOf(run);
      if (j >= 0) best = Math.max(best, o.samples[j]);
    }
    if (best > 0) ratios.push(v / best);
  });
  return ratios.length ? median(ratios) : null;
}

export function spread(cell: Cell): string {
  if (cell.samples.length < 2 || !cell.median) return "";
  const lo = Math.min(...cell.samples);
  const hi = Math.max(...cell.samples);
  return `±${Math.round((hi - lo) / 2 / cell.median * 100)}%`;
}

/** The best run: the shortest time or the highest rate. */
export function best(w: Workload, cell: Cell): number {
  return w.better === "lower"
    ? Math.min(...cell.samples)
    : Math.max(...cell.samples);
}

export function markdown(
  table: Record<string, Record<string, Cell>>,
  active: Workload[],
  machine: Record<string, unknown>,
  elapsed: number,
  code: { commit: string; uncommitted: string[] },
): string {
  const out: string[] = [];
  out.push("# Benchmark results", "");
  out.push(
    `${
      QUICK ? "Quick mode (smoke test, not comparable). " : ""
    }Medians of ${RUNS} run${
      RUNS > 1 ? "s" : ""
    } per cell (the (f) rows of 10 busy connections with and without 10,000 idle: at most 5; (g): at most 5), interleaved; each measurement warms up ${WARMUP} s (the (f) echo servers ${ECHO_WARMUP} s) before its ${SECONDS} s window; spread (±) is half the range of the runs; best is the best run. Ratio: the median over C's median (for times lower is better, for rates higher is better); against the runtime's own server and Node's ((f), "× native"), the median over the runs of each run's ratio, since the contenders of one run are measured within seconds of one another and the runs minutes apart. Targets apply to this library's rows. All traffic is over loopback; README.md describes each workload. The whole run took ${
      Math.round(elapsed)
    } s. See README.md for the rules.`,
    "",
  );
  out.push(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory}, ${machine.os}, Linux ${machine.kernel}; load average ${
      (machine.loadAverageAtStart as number).toFixed(2)
    } at the start, ${
      (machine.loadAverageAtEnd as number).toFixed(2)
    } at the end.`,
  );
  out.push(
    `Versions: ${
      Object.entries(machine.versions as Record<string, string>).map(([k, v]) =>
        `${k} ${v}`
      ).join(", ")
    }.`,
    "",
  );
  out.push(
    `Library code: commit ${code.commit}${
      code.uncommitted.length
        ? ` with uncommitted changes to ${code.uncommitted.join(", ")}`
        : ""
    }.`,
    "",
  );
  out.push(
    "| workload | contender | median | spread | best | ratio to C | target | met? |",
  );
  out.push("| --- | --- | ---: | ---: | ---: | ---: | --- | --- |");
  for (const w of active) {
    for (const c of contenders) {
      const cell = table[w.id][c.id];
      const name = `(${w.letter}) ${w.title}`;
      if (cell.skipped || cell.median === null) {
        out.push(
          `| ${name} | ${c.label} | ${
            cell.skipped ? "skipped" : "failed"
          } | | | | | |`,
        );
        continue;
      }
      out.push(
        `| ${name} | ${c.label} | ${format(cell.median!, w.unit)} ${w.unit} | ${
          spread(cell)
        } | ${format(best(w, cell), w.unit)} | ${
          cell.ratioToC === null ? "n/a" : `${cell.ratioToC.toFixed(2)}×`
        } | ${cell.target ? w.target.text : ""} | ${cell.target ?? ""} |`,
      );
    }
  }
  const notes: string[] = [];
  for (const w of active) {
    for (const c of contenders) {
      const cell = table[w.id][c.id];
      if (cell.skipped) {
        notes.push(
          `- (${w.letter}) ${w.id}, ${c.label}: skipped: ${cell.skipped}`,
        );
      } else if (cell.failures.length) {
        notes.push(
          `- (${w.letter}) ${w.id}, ${c.label}: ${cell.failures.length} run(s) failed: ${
            cell.failures.join(" / ")
          }`,
        );
      }
    }
  }
  out.push("", "## Targets", "");
  const judged = contenders.filter((c) => c.nativeOf);
  out.push(`| workload | target | ${judged.map((c) => c.label).join(" | ")} |`);
  out.push(`| --- | --- |${judged.map(() => " --- |").join("")}`);
  for (const w of active) {
    if (!w.target.text) continue;
    const show = (id: string): string => {
      const cell = table[w.id][id];
      if (!cell?.target) return "n/a";
      if (w.target.ratio === null) {
        return `${cell.target} (${cell.nativeRatio!.toFixed(2)}× native)`;
      }
      return `${cell.target} (${cell.ratioToC!.toFixed(2)}×)`;
    };
    out.push(
      `| (${w.letter}) ${w.id} | ${w.target.text} | ${
        judged.map((c) => show(c.id)).join(" | ")
      } |`,
    );
  }
  if (table["idle-10k"] && table["busy-10"]) {
    out.push(
      "",
      "## Wake-up cost against idle connections",
      "",
      "Round trips per second of 10 busy connections with 10,000 idle ones beside them, over the same without: the reactor's wake-up must not grow with idle connections (target ≥ 0.9×).",
      "",
      "| contender | 10 busy + 10,000 idle over 10 busy |",
      "| --- | ---: |",
    );
    for (const c of contenders) {
      const idle = table["idle-10k"][c.id]?.median;
      const busy = table["busy-10"][c.id]?.median;
      if (!idle || !busy) continue;
      out.push(`| ${c.label} | ${(idle / busy).toFixed(2)}× |`);
    }
  }
  if (notes.length) {
    out.push(
      "",
      "## Skipped or failed",
      "",
      ...notes.map((n) => n.replaceAll("\n", " ")),
    );
  }
  return out.join("\n") + "\n";
}

export async function commandVersion(
  cmd: string | null,
  args: string[],
): Promise<string> {
  if (!cmd) return "missing";
  try {
    const o = await new Deno.Command(cmd, {
      args,
      stdout: "piped",
      stderr: "piped",
    }).output();
    const text = new TextDecoder().decode(o.stdout) +
      new TextDecoder().decode(o.stderr);
    return text.split("\n")[0].trim();
  } catch {
    return "missing";
  }
}

/** The library's commit, and its files changed since (the code measured). */
export async function codeInfo(): Promise<
  { commit: string; uncommitted: string[] }
> {
  const git = async (args: string[]): Promise<string> => {
    try {
      const o = await new Deno.Command("git", {
        args,
        cwd: ROOT,
        stdout: "piped",
        stderr: "null",
      })
        .output();
      return o.success ? new TextDecoder().decode(o.stdout).trimEnd() : "";
    } catch {
      return "";
    }
  };
  const commit = await git(["rev-parse", "--short", "HEAD"]) || "unknown";
  const status = await git([
    "status",
    "--porcelain",
    "--",
    "mod.ts",
    "ffi",
    "platform",
    "address",
    "socket",
    "resolver",
  ]);
  return {
    commit,
    uncommitted: status ? status.split("\n").map((l) => l.slice(3)) : [],
  };
}

export async function machineInfo(): Promise<Record<string, unknown>> {
  const cpuinfo = await Deno.readTextFile("/proc/cpuinfo").catch(() => "");
  const osRelease = await Deno.readTextFile("/etc/os-release").catch(() => "");
  return {
    cpu: /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? "unknown CPU",
    cores: navigator.hardwareConcurrency,
    memory: `${Math.round(Deno.systemMemoryInfo().total / 2 ** 30)} GiB`,
    os: /PRETTY_NAME="?([^"\n]*)/.exec(osRelease)?.[1] ?? Deno.build.os,
    kernel: Deno.osRelease(),
    loadAverageAtStart: Deno.loadavg()[0],
    versions: {
      gcc: haveC
        ? (await commandVersion("gcc", ["-dumpfullversion"]))
        : "missing",
      python: (await commandVersion(python, ["--version"])).replace(
        "Python ",
        "",
      ),
      deno: Deno.version.deno,
      bun: await commandVersion(bun, ["--version"]),
      node: (await commandVersion(node, ["--version"])).replace(/^v/, ""),
    },
  };
}
