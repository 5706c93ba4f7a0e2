/**
 * socket/constants.ts is generated from the union of the platform tables:
 * it must export exactly their public names, each with the running
 * platform's value.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as exported from "../socket/constants.ts";
import { constants } from "../platform/mod.ts";

/** Names the library keeps to itself (fcntl and poll). */
const INTERNAL = /^(F_|FD_|O_|POLL|_SS_|WSA_FLAG_|IOC_|IOCPARM_)/;

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

describe("socket/constants.ts", () => {
  it("exports exactly the public names of the platform tables (regenerate with .ci/gen_constants_exports.ts)", async () => {
    const expected = [...await unionOfTables()].sort();
    const actual = Object.keys(exported).sort();
    assert.deepEqual(actual, expected);
  });

  it("exports no internal name (F_*, FD_*, O_*, POLL*)", () => {
    assert.deepEqual(Object.keys(exported).filter((n) => INTERNAL.test(n)), []);
  });

  it("AF_INET is 2 and SOCK_STREAM is 1", () => {
    assert.equal(exported.AF_INET, 2);
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
    const missing = Object.keys(constants).filter((n) =>
      !INTERNAL.test(n) && typeof values[n] !== "number"
    );
    assert.deepEqual(missing, []);
  });
});
