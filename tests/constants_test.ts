/**
 * socket/constants.ts and socket/constants/*.ts are generated from the
 * union of the platform tables: together with the hand-written families
 * they must export exactly the tables' public names, each with the running
 * platform's value and the type it honestly has; `errno` is typed by name.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as exported from "../socket/constants.ts";
import * as mod from "../mod.ts";
import { constants } from "../platform/mod.ts";
import * as linux from "../platform/linux_constants.ts";
import * as darwin from "../platform/darwin_constants.ts";
import * as windows from "../platform/windows_constants.ts";
import { it } from "./_skip.ts";

/** Names the library keeps to itself (fcntl and poll). */
const INTERNAL = /^(F_|FD_|O_|POLL|PIPE_BUF$|_SS_|WSA_FLAG_|IOC_|IOCPARM_)/;

const platformDir = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "platform",
);

/** The public names of every `platform/*_constants.ts`. */
async function unionOfTables(): Promise<Set<string>> {
  const names = new Set<string>();
  const files = readdirSync(platformDir).filter((f) =>
    f.endsWith("_constants.ts")
  );
  assert.ok(
    files.includes("linux_constants.ts"),
    "platform/linux_constants.ts is missing",
  );
  for (const f of files) {
    const mod = await import(pathToFileURL(join(platformDir, f)).href) as {
      constants: Record<string, number>;
    };
    for (const n of Object.keys(mod.constants)) {
      if (!INTERNAL.test(n)) names.add(n);
    }
  }
  return names;
}

const values = exported as unknown as Record<string, number | undefined>;
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Names exported by hand-written modules, which the generator leaves. */
function handWritten(): Set<string> {
  const path = join(root, "address", "families.ts");
  if (!existsSync(path)) return new Set();
  const text = readFileSync(path, "utf8");
  return new Set([...text.matchAll(/^export const (\w+)/gm)].map((m) => m[1]!));
}

/** Whether Linux, macOS and Windows all define `name` in `table`. */
function everywhere(table: "constants" | "errno", name: string): boolean {
  return [linux, darwin, windows].every((t) => Object.hasOwn(t[table], name));
}

describe("socket/constants.ts", () => {
  it("exports exactly the public names of the platform tables (regenerate with .ci/gen_constants_exports.ts)", async () => {
    const expected = [...await unionOfTables()].filter((n) =>
      !handWritten().has(n)
    ).sort();
    const actual = Object.keys(exported).sort();
    assert.deepEqual(actual, expected);
  });

  it("mod.ts exports every public name of the platform tables", async () => {
    const missing = [...await unionOfTables()].filter((n) => !(n in mod));
    assert.deepEqual(missing, []);
  });

  it("types a constant number where every platform defines it, else number | undefined", () => {
    const dir = join(root, "socket", "constants");
    const wrong: string[] = [];
    for (const f of readdirSync(dir).filter((f) => !f.startsWith("_"))) {
      const text = readFileSync(join(dir, f), "utf8");
      for (const m of text.matchAll(/^export const (\w+): ([^=]+) =/gm)) {
        const want = everywhere("constants", m[1]!)
          ? "number"
          : "number | undefined";
        if (m[2]!.trim() !== want) wrong.push(`${m[1]}: ${m[2]}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it("keeps every generated file under 1,500 lines", () => {
    const dir = join(root, "socket", "constants");
    const files = [
      join(root, "socket", "constants.ts"),
      join(root, "socket", "errno_table.ts"),
      ...readdirSync(dir).map((f) => join(dir, f)),
    ];
    const long = files.map((f) =>
      [f, readFileSync(f, "utf8").split("\n").length] as const
    ).filter(([, n]) => n > 1500);
    assert.deepEqual(long, []);
  });

  it("exports no internal name (F_*, FD_*, O_*, POLL*)", () => {
    assert.deepEqual(Object.keys(exported).filter((n) => INTERNAL.test(n)), []);
  });

  it("AF_INET is 2 and SOCK_STREAM is 1", () => {
    assert.equal(mod.AF_INET, 2);
    assert.equal(exported.SOCK_STREAM, 1);
  });

  it("each export equals the running platform's table value, or is undefined where the table lacks it", () => {
    const mismatched: string[] = [];
    for (const n of Object.keys(exported)) {
      const want = Object.hasOwn(constants, n) ? constants[n] : undefined;
      if (values[n] !== want) mismatched.push(`${n}: ${values[n]} != ${want}`);
    }
    assert.deepEqual(mismatched, []);
  });

  it("every public name of the running platform's table is exported with a number", () => {
    const all: Record<string, unknown> = { ...mod };
    const missing = Object.keys(constants).filter((n) =>
      !INTERNAL.test(n) && typeof all[n] !== "number"
    );
    assert.deepEqual(missing, []);
  });
});

describe("errno", () => {
  it("defines every name Linux, macOS and Windows all define", () => {
    const table = new Map<string, unknown>(Object.entries(mod.errno));
    const missing = Object.keys(linux.errno).filter((n) =>
      everywhere("errno", n) && typeof table.get(n) !== "number"
    );
    assert.deepEqual(missing, []);
  });

  it("is typed by name: a common name is a number, a misspelt one does not compile", () => {
    const refused: number = mod.errno.ECONNREFUSED;
    assert.equal(typeof refused, "number");
    // @ts-expect-error: no such errno name
    assert.equal(mod.errno.ECONNREFUSD, undefined);
    // @ts-expect-error: a constant only some platforms define may be undefined
    const control: number = mod.SIO_RCVALL;
    assert.ok(control === undefined || typeof control === "number");
  });
});

describe("a constant the platform lacks", () => {
  it("raises TypeError naming the argument and saying it got undefined", async () => {
    const lacking = [...await unionOfTables()].find((n) =>
      !Object.hasOwn(constants, n)
    );
    if (lacking === undefined) return; // every name defined here
    assert.equal(values[lacking], undefined);
    const s = mod.socket(mod.AF_INET, mod.SOCK_DGRAM);
    try {
      assert.throws(
        () => s.setsockopt(mod.SOL_SOCKET, values[lacking] as number, 1),
        {
          name: "TypeError",
          message: "setsockopt(): optname must be an integer, got undefined",
        },
      );
    } finally {
      s.close();
    }
  });
});
