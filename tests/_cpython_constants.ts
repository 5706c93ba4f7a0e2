/**
 * The integer constants CPython's socket module exports, as listed in
 * `tests/data/cpython-socket-constants.txt`, turned into C that a
 * platform's headers decide: each constant CPython would export there
 * becomes a macro `PYV_<i>` holding its value, and only those. The Linux
 * test compiles it with gcc and runs it; the macOS test reads it back with
 * Zig from Apple's headers.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** One line of the list: a name and how CPython decides to export it. */
export interface CPythonConstant {
  readonly name: string;
  /** `linux`, `!linux`, `apple`, `bluez` or a macro the headers must define. */
  readonly cond: string | null;
  /** With `cond`: the name must be `#define`d too. */
  readonly ifdef: boolean;
  /** CPython's value where the headers lack the name. */
  readonly fallback: string | null;
  /** CPython's literal value, whatever the headers say. */
  readonly value: string | null;
  /** The C expression CPython exports under the name. */
  readonly expr: string | null;
}

/** The platforms the list is read for. */
export type CPythonPlatform = "linux" | "darwin";

/** Reads and parses the list. */
export function cpythonConstants(): CPythonConstant[] {
  const text = readFileSync(
    fileURLToPath(
      new URL("./data/cpython-socket-constants.txt", import.meta.url),
    ),
    "utf8",
  );
  const out: CPythonConstant[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const [name, ...options] = line.split(/\s+/);
    let cond: string | null = null;
    let ifdef = false;
    let fallback: string | null = null;
    let value: string | null = null;
    let expr: string | null = null;
    for (const o of options) {
      const [key, v] = o.split("=");
      if (key === "if") cond = v ?? null;
      else if (key === "ifdef") ifdef = true;
      else if (key === "default") fallback = v ?? null;
      else if (key === "value") value = v ?? null;
      else if (key === "expr") expr = v ?? null;
      else throw new Error(`Unknown option "${o}" for ${name}`);
    }
    out.push({ name: name!, cond, ifdef, fallback, value, expr });
  }
  return out;
}

/** The C condition for `cond` on `platform`, or false where it never holds. */
function condition(cond: string, platform: CPythonPlatform): string | false {
  if (cond === "!linux") return platform === "linux" ? false : "1";
  if (cond === "linux") return platform === "linux" ? "1" : false;
  if (cond === "apple") return platform === "darwin" ? "1" : false;
  if (cond === "bluez") {
    return platform === "linux" ? "defined(HAVE_BLUEZ)" : false;
  }
  return `defined(${cond})`;
}

/**
 * C lines defining `PYV_<i>` to the value of every constant CPython exports
 * on `platform` (after the headers are included), and the index of each
 * name. A constant whose condition cannot hold there gets no line.
 */
export function exportDefinitions(
  platform: CPythonPlatform,
  list: readonly CPythonConstant[] = cpythonConstants(),
): { source: string; names: Map<number, string> } {
  const lines: string[] = [];
  const names = new Map<number, string>();
  list.forEach((c, i) => {
    const conds: string[] = [];
    if (c.cond !== null) {
      const cond = condition(c.cond, platform);
      if (cond === false) return;
      conds.push(cond);
      if (c.ifdef) conds.push(`defined(${c.name})`);
    } else if (c.fallback === null) {
      conds.push(`defined(${c.name})`);
    }
    const macro = `PYV_${i}`;
    names.set(i, c.name);
    lines.push(`#if ${conds.length ? conds.join(" && ") : "1"}`);
    if (c.value !== null) {
      lines.push(`#define ${macro} (${c.value})`);
    } else if (c.expr !== null) {
      lines.push(`#define ${macro} (${c.expr})`);
    } else if (c.fallback !== null) {
      lines.push(
        `#ifdef ${c.name}`,
        `#define ${macro} (${c.name})`,
        "#else",
        `#define ${macro} (${c.fallback})`,
        "#endif",
      );
    } else {
      lines.push(`#define ${macro} (${c.name})`);
    }
    lines.push("#endif");
  });
  return { source: lines.join("\n"), names };
}

/**
 * The constants CPython exports that `table` lacks or gives another
 * value, as `NAME: table T, CPython C` lines (empty when it has them all).
 */
export function differences(
  exported: ReadonlyMap<string, number>,
  table: Readonly<Record<string, number>>,
): string[] {
  const out: string[] = [];
  for (const [name, value] of exported) {
    const mine = Object.hasOwn(table, name) ? table[name] : undefined;
    if (mine !== value) out.push(`${name}: table ${mine}, CPython ${value}`);
  }
  return out;
}
