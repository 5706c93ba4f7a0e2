/**
 * The address families of `address/families.ts` (hand-written, typed by
 * their addresses) against the platform tables they come from.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as socket from "../mod.ts";
import * as families from "../address/families.ts";
import { constants as running, os } from "../platform/mod.ts";
import { constants as linux } from "../platform/linux_constants.ts";
import { constants as darwin } from "../platform/darwin_constants.ts";
import { constants as windows } from "../platform/windows_constants.ts";
import { it } from "./_skip.ts";

const tables: [string, Readonly<Record<string, number>>][] = [
  ["Linux", linux],
  ["macOS", darwin],
  ["Windows", windows],
];
const names = [
  ...new Set(
    tables.flatMap(([, t]) => Object.keys(t).filter((k) => /^[AP]F_/.test(k))),
  ),
].sort();
const source = readFileSync(
  new URL("../address/families.ts", import.meta.url),
  "utf8",
);
const exported: Record<string, unknown> = { ...families };
const fromMod: Record<string, unknown> = { ...socket };

describe("address families", () => {
  it("every AF_* and PF_* of any platform is exported, with the running platform's value", () => {
    for (const name of names) {
      assert.ok(name in exported, `${name} is not in address/families.ts`);
      assert.equal(exported[name], running[name], name);
      assert.equal(fromMod[name], running[name], `mod.ts ${name}`);
    }
    assert.deepEqual(
      Object.keys(exported).filter((k) => /^[AP]F_/.test(k)).sort(),
      names,
    );
  });

  it("each family's doc line gives every platform's value", () => {
    for (const name of names) {
      const have = tables.filter(([, t]) => name in t).map(([p, t]) =>
        `${p} ${t[name]}`
      );
      const lack = tables.filter(([, t]) => !(name in t)).map(([p]) => p);
      const values = have.join(", ") +
        (lack.length ? `; not defined on ${lack.join(" or ")}` : "");
      const at = source.indexOf(`export const ${name}:`);
      const doc = source.slice(source.lastIndexOf("/**", at), at)
        .replace(/\s*\n\s*\*?\s*/g, " ");
      assert.ok(doc.includes(`Value: ${values}.`), `${name}: ${doc}`);
    }
  });

  it(`families are plain numbers at run time (${os})`, () => {
    assert.equal(typeof socket.AF_INET, "number");
    using s = socket.socket(socket.AF_INET);
    assert.equal(s.family, socket.AF_INET);
  });
});
