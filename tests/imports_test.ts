/**
 * The library's modules import one another without a circle (issue #10):
 * from each entry point (`mod.ts`, `select/mod.ts`), every relative import
 * a module makes at run time, static (`import ... from`, `export ... from`,
 * `import "..."`) or dynamic (`import("...")`), is followed, and the test
 * fails naming the first circle it finds. Type-only imports (`import type`,
 * `export type`, `typeof import(...)`) are left out: they are gone when
 * the code runs.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { it } from "./_skip.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const ENTRIES = ["mod.ts", "select/mod.ts"];

/** Comments and string contents would hide or fake imports: blank them. */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " "))
    .replace(/(^|[^:"'`\\])\/\/[^\n]*/g, (_c, lead) => lead);
}

/**
 * The relative specifiers `text` (a module's source) imports at run time,
 * in order of appearance.
 */
export function runtimeImports(text: string): string[] {
  const source = code(text);
  const found: [number, string][] = [];
  // import x from "..."; import { a, type B } from "..."; import "...";
  // export { a } from "..."; export * from "..."
  const statement =
    /(?:^|[;\n])\s*(import|export)\s+(type\s+)?([^"';]*?)\s*(?:from\s*)?["']([^"']+)["']/g;
  for (const m of source.matchAll(statement)) {
    const [, , typeOnly, clause, spec] = m;
    if (typeOnly) continue;
    if (m[1] === "export" && !/^(\*|\{)/.test(clause!.trim())) continue;
    // `import { type A, type B } from` brings in nothing at run time.
    const braces = /^\{([^}]*)\}$/.exec(clause!.trim());
    if (
      braces && braces[1]!.trim() !== "" &&
      braces[1]!.split(",").map((n) => n.trim()).filter((n) => n !== "")
        .every((n) => n.startsWith("type "))
    ) continue;
    found.push([m.index!, spec!]);
  }
  // import("...") that is not `typeof import("...")`.
  for (
    const m of source.matchAll(/(typeof\s+)?\bimport\(\s*["']([^"']+)["']/g)
  ) {
    if (!m[1]) found.push([m.index!, m[2]!]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, spec]) => spec)
    .filter((spec) => spec.startsWith("./") || spec.startsWith("../"));
}

/** The module graph reachable from `entries`: file -> files it imports. */
function graph(entries: string[]): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  const todo = entries.map((e) => join(ROOT, e));
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (edges.has(file)) continue;
    const targets = runtimeImports(readFileSync(file, "utf8"))
      .map((spec) => resolve(dirname(file), spec));
    edges.set(file, targets);
    todo.push(...targets);
  }
  return edges;
}

/** A circle in `edges` as a list of files (first = last), or null. */
export function findCycle(edges: Map<string, string[]>): string[] | null {
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  function visit(file: string): string[] | null {
    state.set(file, "open");
    path.push(file);
    for (const next of edges.get(file) ?? []) {
      const seen = state.get(next);
      if (seen === "open") return [...path.slice(path.indexOf(next)), next];
      if (seen === undefined) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    path.pop();
    state.set(file, "done");
    return null;
  }
  for (const file of [...edges.keys()].sort()) {
    if (state.get(file) === undefined) {
      const cycle = visit(file);
      if (cycle) return cycle;
    }
  }
  return null;
}

describe("imports", () => {
  it("runtimeImports() keeps run-time imports and drops type-only ones", () => {
    const text = [
      'import { a } from "./a.ts";',
      'import type { B } from "./b.ts";',
      'import { type C, type D } from "./c.ts";',
      'import { e, type E } from "./e.ts";',
      'import * as f from "./f.ts";',
      'import "./g.ts";',
      'export { h } from "./h.ts";',
      'export type { I } from "./i.ts";',
      'export * from "./j.ts";',
      'type K = typeof import("./k.ts");',
      'const l = await import("./l.ts");',
      '// import { m } from "./m.ts";',
      '/* import("./n.ts") */',
      'import { o } from "node:fs";',
      "import {",
      "  p,",
      "  type Q,",
      '} from "../p.ts";',
    ].join("\n");
    assert.deepEqual(runtimeImports(text), [
      "./a.ts",
      "./e.ts",
      "./f.ts",
      "./g.ts",
      "./h.ts",
      "./j.ts",
      "./l.ts",
      "../p.ts",
    ]);
  });

  it("findCycle() names a circle, first file repeated last", () => {
    const edges = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["b", "d"]],
      ["d", []],
    ]);
    assert.deepEqual(findCycle(edges), ["b", "c", "b"]);
    edges.set("c", ["d"]);
    assert.equal(findCycle(edges), null);
  });

  it("the modules reachable from mod.ts and select/mod.ts form no circle", () => {
    const edges = graph(ENTRIES);
    assert.ok(edges.size > 20, `only ${edges.size} modules found`);
    const cycle = findCycle(edges);
    assert.equal(
      cycle === null ? null : cycle.map((f) => relative(ROOT, f)).join(" -> "),
      null,
    );
  });
});
