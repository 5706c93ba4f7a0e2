/**
 * The benchmark's contenders: the C program, CPython, this library on Deno
 * and Bun (and its streams), and each runtime's own networking; each with
 * the command that runs a workload, or why it cannot run here. Also the
 * program that plays the peer of the workloads that need one.
 *
 * @module
 */
import { BENCH, env } from "./settings.ts";
import { ASYNC_WORKLOADS, ECHO_WORKLOADS } from "./workloads.ts";

// ---- Contenders -----------------------------------------------------------

export interface Contender {
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

/** The path of program `name` on PATH, or null. */
export function which(name: string): string | null {
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

export const deno = Deno.execPath();
export const bun = env("BENCH_BUN") ?? which("bun");
export const node = which("node");
export const python = which("python3");
export const cBinary = `${BENCH}/.build/bench_c`;
export const haveC = (() => {
  try {
    return Deno.statSync(cBinary).isFile;
  } catch {
    return false;
  }
})();

/**
 * The library's `script` (`lib_bench.ts`) on Deno and on Bun: contenders
 * `<prefix>-deno` and `<prefix>-bun`, or with `flag`, `<prefix>-deno-<flag>`
 * and `<prefix>-bun-<flag>` run with `--<flag>`; `label` names each runtime's
 * row, `only` limits the workloads when given.
 */
function libraryContenders(
  [prefix, script]: readonly [string, string],
  label: (runtime: string) => string,
  flag?: string,
  only?: readonly string[],
): Contender[] {
  const args = flag ? [script, `--${flag}`] : [script];
  const suffix = flag ? `-${flag}` : "";
  return [
    {
      id: `${prefix}-deno${suffix}`,
      label: label("Deno"),
      command: [
        deno,
        "run",
        "--allow-ffi",
        "--allow-net",
        "--allow-env",
        ...args,
      ],
      missing: null,
      nativeOf: "deno",
      ...(only ? { only } : {}),
    },
    {
      id: `${prefix}-bun${suffix}`,
      label: label("Bun"),
      command: [bun ?? "bun", ...args],
      missing: bun ? null : "bun was not found (run npm install)",
      nativeOf: "bun",
      ...(only ? { only } : {}),
    },
  ];
}

/** This checkout's library contenders: `lib-*`, `bench/lib_bench.ts`. */
const LIB = ["lib", `${BENCH}/lib_bench.ts`] as const;

export const contenders: Contender[] = [
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
  ...libraryContenders(LIB, (r) => `this library, ${r}`),
  ...libraryContenders(
    LIB,
    (r) => `this library, ${r}, sock_recv`,
    "recv",
    ECHO_WORKLOADS,
  ),
  ...libraryContenders(
    LIB,
    (r) => `this library's streams, ${r}`,
    "streams",
    ASYNC_WORKLOADS,
  ),
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
export const ALT = env("BENCH_ALT");
if (ALT) {
  const script = `${ALT}/bench/lib_bench.ts`;
  try {
    Deno.statSync(script);
  } catch {
    Deno.mkdirSync(`${ALT}/bench`, { recursive: true });
    Deno.copyFileSync(`${BENCH}/lib_bench.ts`, script);
  }
  contenders.push(...libraryContenders(["alt", script], (r) => `${ALT}, ${r}`));
}

/** The program playing the peer of (b), (d) and (e): C, else CPython. */
export const peer: string[] | null = haveC
  ? [cBinary]
  : python
  ? contenders[1].command
  : null;
