/**
 * Every skip says why, on Deno and on Bun: the test files take `it` from
 * `tests/_skip.ts` (which puts the reason in the skipped test's name), not
 * from `node:test`, whose runners print no reason.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { it } from "./_skip.ts";

const DIR = fileURLToPath(new URL(".", import.meta.url));

describe("the test files", () => {
  it("take it() from tests/_skip.ts, not from node:test", () => {
    const direct = readdirSync(DIR)
      .filter((f) => f.endsWith(".ts") && f !== "_skip.ts")
      .filter((f) =>
        /import\s*\{[^}]*\b(it|test)\b[^}]*\}\s*from\s*"node:test"/.test(
          readFileSync(DIR + f, "utf8"),
        )
      );
    assert.deepEqual(direct, []);
  });
});
