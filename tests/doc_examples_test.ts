/**
 * What `deno doc mod.ts` and `deno doc select/mod.ts` show (issue #10):
 * every function and every method of every class has a titled `@example`
 * (its first line says what it shows); every parameter is typed; each
 * constant has one line of documentation (a number's, or a family's), and
 * each group of constants (the file that exports them) has one example.
 * Runs in the Deno suite (it only spawns `deno doc --json`), on the host
 * (not under Wine, emulation or in the VM: the documentation is the same).
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import process from "node:process";
import { runtime } from "../ffi/mod.ts";
import { emulation } from "./_emulation.ts";
import { it } from "./_skip.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const deno = runtime === "deno"
  ? process.execPath
  : join(root, "node_modules", ".bin", "deno");

interface Tag {
  kind: string;
  doc?: string;
}
interface JsDoc {
  doc?: string;
  tags?: Tag[];
}
interface Param {
  kind: string;
  name?: string;
  tsType?: unknown;
  left?: Param;
  arg?: Param;
}
interface Declaration {
  kind: string;
  jsDoc?: JsDoc;
  location: { filename: string };
  def: {
    hasBody?: boolean;
    params?: Param[];
    tsType?: { repr?: string; kind?: string };
    methods?: {
      name: string;
      jsDoc?: JsDoc;
      functionDef: { hasBody?: boolean; params: Param[] };
    }[];
  };
}
interface DocSymbol {
  name: string;
  declarations: Declaration[];
}

function symbols(entry: string): DocSymbol[] {
  const r = spawnSync(deno, ["doc", "--json", entry], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: "1" },
  });
  assert.equal(r.status, 0, r.stderr);
  const nodes = JSON.parse(r.stdout).nodes as Record<
    string,
    { symbols: DocSymbol[] }
  >;
  return Object.values(nodes).flatMap((n) => n.symbols);
}

function examples(doc: JsDoc | undefined): Tag[] {
  return (doc?.tags ?? []).filter((t) => t.kind === "example");
}

/** Has an example, and each example's first line is a title, not code. */
function titled(doc: JsDoc | undefined): boolean {
  const found = examples(doc);
  return found.length > 0 &&
    found.every((t) => {
      const first = (t.doc ?? "").trimStart().split("\n")[0] ?? "";
      return first.trim() !== "" && !first.startsWith("```");
    });
}

/** The parameters a reader sees that have no type. */
function untyped(params: Param[]): string[] {
  return params.flatMap((p) => {
    const shown = p.kind === "assign" ? p.left : p.kind === "rest" ? p.arg : p;
    return shown?.tsType || p.tsType ? [] : [shown?.name ?? p.kind];
  });
}

/** Without the implementation signature of an overloaded function. */
function shown<T extends { hasBody?: boolean }>(
  all: { def: T }[] | T[],
  body: (x: never) => T,
): number[] {
  return all.map((x, i) => [i, body(x as never)] as const)
    .filter(([, d]) => !(all.length > 1 && d.hasBody))
    .map(([i]) => i);
}

/** Why the check does not run here, or false. */
function whyNot(): string | false {
  if (runtime !== "deno") {
    return "it runs once, in the Deno suite (it only spawns deno doc)";
  }
  // The documentation is the same everywhere: the host's run checks it,
  // not Windows (Wine), emulation or the VM (as for the type checks).
  if (process.platform === "win32") {
    return "the documentation is the same everywhere; the Linux run checks it";
  }
  if (emulation) return `${emulation}: the host's run checks it`;
  const checked = process.env.BERKELEY_SOCKET_TYPES_CHECKED;
  if (checked) return checked;
  return existsSync(deno) ? false : `no deno at ${deno}`;
}

const skip = whyNot();

describe("the documentation deno doc shows", () => {
  for (const entry of ["mod.ts", "select/mod.ts"]) {
    it(
      `${entry}: a titled example on every function and method, every parameter typed, one line per constant, one example per group`,
      {
        skip,
        timeout: 180_000,
      },
      () => {
        const problems: string[] = [];
        const groups = new Map<string, number>();
        for (const symbol of symbols(entry)) {
          const decls = symbol.declarations;
          const first = decls[0];
          if (!first) continue;
          if (first.kind === "function") {
            const visible = shown(decls, (d: Declaration) => d.def)
              .map((i) => decls[i]!);
            if (!visible.some((d) => titled(d.jsDoc))) {
              problems.push(`${symbol.name}(): no titled example`);
            }
            for (const d of visible) {
              for (const p of untyped(d.def.params ?? [])) {
                problems.push(`${symbol.name}(): parameter ${p} has no type`);
              }
            }
          } else if (first.kind === "class") {
            const byName = new Map<string, typeof methods>();
            const methods = first.def.methods ?? [];
            for (const m of methods) {
              byName.set(m.name, [...(byName.get(m.name) ?? []), m]);
            }
            for (const [name, ms] of byName) {
              const visible = ms.filter((m) =>
                !(ms.length > 1 && m.functionDef.hasBody)
              );
              if (!visible.some((m) => titled(m.jsDoc))) {
                problems.push(`${symbol.name}.${name}: no titled example`);
              }
              for (const m of visible) {
                for (const p of untyped(m.functionDef.params)) {
                  problems.push(
                    `${symbol.name}.${name}: parameter ${p} has no type`,
                  );
                }
              }
            }
          } else if (first.kind === "variable") {
            const type = first.def.tsType?.repr ?? "";
            const doc = (first.jsDoc?.doc ?? "").trim();
            const file = first.location.filename;
            if (doc === "") problems.push(`${symbol.name}: no documentation`);
            const constant = /^(number|Family)$/.test(type) ||
              first.def.tsType?.kind === "union";
            if (constant && doc.split("\n").length > 2) {
              problems.push(`${symbol.name}: ${doc.split("\n").length} lines`);
            }
            // A group: the constants (numbers, families, strings) of a file.
            if (constant || /^"/.test(type)) {
              groups.set(
                file,
                (groups.get(file) ?? 0) + examples(first.jsDoc).length,
              );
            }
          }
        }
        for (const [file, count] of groups) {
          if (count === 0) problems.push(`${file}: no example in the group`);
        }
        assert.deepEqual(problems, []);
      },
    );
  }
});
