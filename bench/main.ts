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

const BENCH = new URL(".", import.meta.url).pathname.replace(/\/$/, "");
const ROOT = BENCH.replace(/\/bench$/, "");
const env = (name: string): string | undefined => Deno.env.get(name);

const QUICK = env("BENCH_QUICK") === "1";
const RUNS = Number(env("BENCH_RUNS") ?? (QUICK ? 1 : 7));
const SECONDS = Number(env("BENCH_SECONDS") ?? (QUICK ? 0.1 : 0.5));
const WARMUP = QUICK ? 0.05 : 0.2;
const BYTES = QUICK ? 64 * 1024 * 1024 : 1024 * 1024 * 1024;
/** At most this many connections per measurement of (e), warm-up included. */
const MAX_CONNECTIONS = QUICK ? 2000 : 10000;
const TIMEOUT_MS = QUICK ? 30_000 : 60_000;
/** A cell whose measurement failed this often is not tried again. */
const MAX_FAILURES = 2;
const OUT = env("BENCH_OUT") ?? BENCH;
/** Descriptors a process may open (`run.sh` raises the soft limit first). */
const NOFILE = Number(env("BENCH_NOFILE") ?? 1024);

// ---- Contenders -----------------------------------------------------------

interface Contender {
  readonly id: string;
  readonly label: string;
  /** The command, workload arguments follow. */
  readonly command: string[];
  /** Why it cannot run, or null. */
  readonly missing: string | null;
  /** Which runtime's own networking the library rows compare with. */
  readonly nativeOf?: string;
  /** The only workloads it runs (the others are skipped), when given. */
  readonly only?: readonly string[];
}

/** The asynchronous workloads, (f) and (g). */
const ASYNC_WORKLOADS = [
  "many-1k",
  "many-10k",
  "idle-10k",
  "busy-10",
  "rr-async",
];

function which(name: string): string | null {
  for (const dir of (env("PATH") ?? "").split(":")) {
    const path = `${dir}/${name}`;
    try {
      if (Deno.statSync(path).isFile) return path;
    } catch {
      // not here
    }
  }
  return null;
}

const deno = Deno.execPath();
const bun = env("BENCH_BUN") ?? which("bun");
const node = which("node");
const python = which("python3");
const cBinary = `${BENCH}/.build/bench_c`;
const haveC = (() => {
  try {
    return Deno.statSync(cBinary).isFile;
  } catch {
    return false;
  }
})();

const contenders: Contender[] = [
  {
    id: "c",
    label: "C (gcc -O2)",
    command: [cBinary],
    missing: haveC ? null : "gcc was not found, so the C program was not built",
  },
  {
    id: "python",
    label: "CPython socket",
    command: [python ?? "python3", `${BENCH}/python/bench.py`],
    missing: python ? null : "python3 was not found",
  },
  {
    id: "lib-deno",
    label: "this library, Deno",
    command: [
      deno,
      "run",
      "--allow-ffi",
      "--allow-net",
      "--allow-env",
      `${BENCH}/lib_bench.ts`,
    ],
    missing: null,
    nativeOf: "deno",
  },
  {
    id: "lib-bun",
    label: "this library, Bun",
    command: [bun ?? "bun", `${BENCH}/lib_bench.ts`],
    missing: bun ? null : "bun was not found (run npm install)",
    nativeOf: "bun",
  },
  {
    id: "lib-deno-streams",
    label: "this library's streams, Deno",
    command: [
      deno,
      "run",
      "--allow-ffi",
      "--allow-net",
      "--allow-env",
      `${BENCH}/lib_bench.ts`,
      "--streams",
    ],
    missing: null,
    nativeOf: "deno",
    only: ASYNC_WORKLOADS,
  },
  {
    id: "lib-bun-streams",
    label: "this library's streams, Bun",
    command: [bun ?? "bun", `${BENCH}/lib_bench.ts`, "--streams"],
    missing: bun ? null : "bun was not found (run npm install)",
    nativeOf: "bun",
    only: ASYNC_WORKLOADS,
  },
  {
    id: "deno",
    label: "Deno's own (Deno.*)",
    command: [
      deno,
      "run",
      "--allow-net",
      "--allow-read",
      "--allow-write",
      "--unstable-net",
      `${BENCH}/deno_native.ts`,
    ],
    missing: null,
  },
  {
    id: "bun",
    label: "Bun's own (Bun.*)",
    command: [bun ?? "bun", `${BENCH}/bun_native.ts`],
    missing: bun ? null : "bun was not found (run npm install)",
  },
  {
    id: "node",
    label: "Node (net, dgram)",
    command: [node ?? "node", `${BENCH}/node_native.mjs`],
    missing: node ? null : "node was not found",
  },
];

/**
 * `BENCH_ALT=<tree>`: the library of another checkout (a patched copy) as two
 * more contenders, `alt-deno` and `alt-bun`, interleaved with the rest.
 */
const ALT = env("BENCH_ALT");
if (ALT) {
  const script = `${ALT}/bench/lib_bench.ts`;
  try {
    Deno.statSync(script);
  } catch {
    Deno.mkdirSync(`${ALT}/bench`, { recursive: true });
    Deno.copyFileSync(`${BENCH}/lib_bench.ts`, script);
  }
  contenders.push(
    {
      id: "alt-deno",
      label: `${ALT}, Deno`,
      command: [
        deno,
        "run",
        "--allow-ffi",
        "--allow-net",
        "--allow-env",
        script,
      ],
      missing: null,
      nativeOf: "deno",
    },
    {
      id: "alt-bun",
      label: `${ALT}, Bun`,
      command: [bun ?? "bun", script],
      missing: bun ? null : "bun was not found (run npm install)",
      nativeOf: "bun",
    },
  );
}

/** The program playing the peer of (b), (d) and (e): C, else CPython. */
const peer: string[] | null = haveC
  ? [cBinary]
  : python
  ? contenders[1].command
  : null;

// ---- Workloads ------------------------------------------------------------

type Better = "lower" | "higher";

interface Target {
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

interface Workload {
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

const ASYNC_SKIP = "CPython's blocking socket module has no asynchronous row";

const perOp = (scale: number) => (r: { ops?: number; seconds: number }) =>
  r.seconds * scale / r.ops!;

const workloads: Workload[] = [
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
    runs: QUICK ? 1 : Math.min(RUNS, 3),
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

// ---- Processes ------------------------------------------------------------

/** A child process whose stdout is read line by line. */
class Proc {
  readonly child: Deno.ChildProcess;
  readonly name: string;
  #lines: string[] = [];
  #wake: (() => void) | null = null;
  #ended = false;
  #stderr = "";
  #exit: Promise<Deno.CommandStatus>;

  constructor(command: string[], args: (string | number)[], name: string) {
    this.name = name;
    this.child = new Deno.Command(command[0], {
      args: [...command.slice(1), ...args.map(String)],
      cwd: ROOT,
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
    this.#exit = this.child.status;
    this.#read();
    this.#readErr();
  }

  async #read(): Promise<void> {
    let rest = "";
    for await (
      const chunk of this.child.stdout.pipeThrough(new TextDecoderStream())
    ) {
      rest += chunk;
      let nl: number;
      while ((nl = rest.indexOf("\n")) >= 0) {
        this.#lines.push(rest.slice(0, nl));
        rest = rest.slice(nl + 1);
      }
      this.#wake?.();
    }
    if (rest) this.#lines.push(rest);
    this.#ended = true;
    this.#wake?.();
  }

  async #readErr(): Promise<void> {
    for await (
      const chunk of this.child.stderr.pipeThrough(new TextDecoderStream())
    ) {
      this.#stderr += chunk;
    }
  }

  /** The rest of the first line starting with `prefix + " "`. */
  async expect(prefix: string, deadline: number): Promise<string> {
    for (;;) {
      const i = this.#lines.findIndex((l) => l.startsWith(`${prefix} `));
      if (i >= 0) return this.#lines.splice(i, 1)[0].slice(prefix.length + 1);
      if (this.#ended) {
        const status = await this.#exit;
        throw new Error(
          `${this.name} ended (exit ${status.code}) before "${prefix}": ${
            this.#stderr.trim().slice(-600)
          }`,
        );
      }
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(`${this.name} timed out waiting for "${prefix}"`);
      }
      let timer: ReturnType<typeof setTimeout> | undefined;
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
        timer = setTimeout(resolve, left);
      });
      clearTimeout(timer);
      this.#wake = null;
    }
  }

  /** Waits for the exit (killing it at `deadline`); throws on failure. */
  async done(deadline: number): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<"late">((r) =>
      timer = setTimeout(() => r("late"), Math.max(0, deadline - Date.now()))
    );
    const status = await Promise.race([this.#exit, late]);
    clearTimeout(timer);
    if (status === "late") {
      this.kill();
      throw new Error(`${this.name} did not exit in time`);
    }
    if (!status.success) {
      throw new Error(
        `${this.name} failed (exit ${status.code}): ${
          this.#stderr.trim().slice(-600)
        }`,
      );
    }
  }

  /** Where the process is, for a message: its state and kernel wait channel. */
  state(): string {
    try {
      const pid = this.child.pid;
      const status = Deno.readTextFileSync(`/proc/${pid}/status`);
      const st = /State:\s*(.*)/.exec(status)?.[1] ?? "?";
      const wchan = Deno.readTextFileSync(`/proc/${pid}/wchan`);
      return `${this.name} (pid ${pid}) ${st}, waiting in ${wchan || "-"}`;
    } catch {
      return `${this.name} exited`;
    }
  }

  kill(): void {
    try {
      this.child.kill("SIGKILL");
    } catch {
      // already gone
    }
  }

  async reap(): Promise<void> {
    this.kill();
    await this.#exit;
  }
}

interface Result {
  ops?: number;
  bytes?: number;
  seconds: number;
}

/** One measurement of `w` for `c`: the value in `w.unit`. */
async function measureOnce(w: Workload, c: Contender): Promise<number> {
  const deadline = Date.now() + TIMEOUT_MS;
  const procs: Proc[] = [];
  const start = (
    command: string[],
    args: (string | number)[],
    name: string,
  ): Proc => {
    const p = new Proc(command, args, name);
    procs.push(p);
    return p;
  };
  try {
    let line: string;
    switch (w.id) {
      case "pair":
      case "udp": {
        const p = start(c.command, [w.id, SECONDS, WARMUP], c.id);
        line = await p.expect("RESULT", deadline);
        await p.done(deadline);
        break;
      }
      case "stream-recv": {
        const p = start(c.command, ["stream-recv", BYTES], c.id);
        const port = await p.expect("READY", deadline);
        const sender = start(peer!, ["stream-send", port, BYTES], "peer");
        line = await p.expect("RESULT", deadline);
        await Promise.all([p.done(deadline), sender.done(deadline)]);
        break;
      }
      case "stream-send": {
        const receiver = start(peer!, ["stream-recv", BYTES], "peer");
        const port = await receiver.expect("READY", deadline);
        const p = start(c.command, ["stream-send", port, BYTES], c.id);
        line = await receiver.expect("RESULT", deadline);
        await Promise.all([p.done(deadline), receiver.done(deadline)]);
        break;
      }
      case "many-1k":
      case "many-10k":
      case "idle-10k":
      case "busy-10": {
        const server = start(c.command, ["echo-server"], c.id);
        const port = await server.expect("READY", deadline);
        const { conns, busy } = w.load!;
        const load = start([cBinary], [
          "load",
          port,
          conns,
          busy,
          1024,
          SECONDS,
          WARMUP,
        ], "load");
        line = await load.expect("RESULT", deadline);
        await load.done(deadline);
        break;
      }
      case "rr-async":
      case "rr": {
        const echo = start(peer!, ["peer-echo"], "peer");
        const port = await echo.expect("READY", deadline);
        const p = start(c.command, [w.id, port, SECONDS, WARMUP], c.id);
        line = await p.expect("RESULT", deadline);
        await p.done(deadline);
        break;
      }
      case "connect": {
        const acceptor = start(peer!, ["peer-accept"], "peer");
        const port = await acceptor.expect("READY", deadline);
        const p = start(c.command, [
          "connect",
          port,
          SECONDS,
          WARMUP,
          MAX_CONNECTIONS,
        ], c.id);
        line = await p.expect("RESULT", deadline);
        await p.done(deadline);
        break;
      }
      default:
        throw new Error(`Unknown workload ${w.id}`);
    }
    return w.value(JSON.parse(line) as Result);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new Error(`${message} [${procs.map((p) => p.state()).join("; ")}]`);
  } finally {
    await Promise.all(procs.map((p) => p.reap()));
  }
}

// ---- Statistics and reports -----------------------------------------------

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function format(value: number, unit: string): string {
  if (unit.startsWith("µs")) return value.toFixed(1);
  return Math.round(value).toLocaleString("en-US");
}

interface Cell {
  samples: number[];
  median: number | null;
  ratioToC: number | null;
  target: "met" | "missed" | null;
  failures: string[];
  skipped?: string;
}

function judge(
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
    const best = bestNative(c, row);
    if (best === null) return null;
    ok &&= cell.median >= w.target.nativeRatio * best;
  }
  if (w.target.beatNative && c.nativeOf) {
    const native = row[c.nativeOf]?.median;
    if (native !== null && native !== undefined) ok &&= cell.median! > native;
  }
  return ok ? "met" : "missed";
}

/** The best median of `c`'s runtime's own networking and Node's (rates). */
function bestNative(c: Contender, row: Record<string, Cell>): number | null {
  const values = [c.nativeOf!, "node"]
    .map((id) => row[id]?.median)
    .filter((v): v is number => typeof v === "number");
  return values.length ? Math.max(...values) : null;
}

function spread(cell: Cell): string {
  if (cell.samples.length < 2 || !cell.median) return "";
  const lo = Math.min(...cell.samples);
  const hi = Math.max(...cell.samples);
  return `±${Math.round((hi - lo) / 2 / cell.median * 100)}%`;
}

/** The best run: the shortest time or the highest rate. */
function best(w: Workload, cell: Cell): number {
  return w.better === "lower"
    ? Math.min(...cell.samples)
    : Math.max(...cell.samples);
}

function markdown(
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
    } per cell (the asynchronous workloads (f) and (g): at most 3 and 5), interleaved; spread (±) is half the range of the runs; best is the best run. Ratio: the median over C's median (for times lower is better, for rates higher is better). Targets apply to this library's rows. All traffic is over loopback; README.md describes each workload. The whole run took ${
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
        const c = contenders.find((c) => c.id === id)!;
        const best = bestNative(c, table[w.id]);
        return `${cell.target} (${(cell.median! / best!).toFixed(2)}× native)`;
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

async function commandVersion(
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
async function codeInfo(): Promise<{ commit: string; uncommitted: string[] }> {
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

async function machineInfo(): Promise<Record<string, unknown>> {
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

// ---- Main -----------------------------------------------------------------

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
    for (const c of contenders) row[c.id].target = judge(w, c, row[c.id], row);
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
