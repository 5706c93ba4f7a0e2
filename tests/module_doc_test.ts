/**
 * `mod.ts`'s module documentation, which `deno doc mod.ts` prints first,
 * lists the methods of `SocketType` at a glance: this test keeps that list
 * whole as the class grows (every method and accessor of the prototype is
 * named there) and free of names the class does not have.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SocketType } from "../mod.ts";
import { it } from "./_skip.ts";

const MOD = fileURLToPath(new URL("../mod.ts", import.meta.url));

/** The text of the first JSDoc block of `mod.ts`, its module doc. */
function moduleDoc(): string {
  const text = readFileSync(MOD, "utf8");
  const end = text.indexOf("*/");
  assert.ok(text.startsWith("/**") && end > 0, "mod.ts opens with its doc");
  return text.slice(0, end).replace(/^\s*\* ?/gm, "").replace(/\s+/g, " ");
}

/** The glance list: from its heading to the paragraph after it. */
function glance(doc: string): string {
  const start = doc.indexOf("at a glance");
  const end = doc.indexOf("jsr.io and `deno doc --html` list");
  assert.ok(start > 0 && end > start, "the module doc has the glance list");
  return doc.slice(start, end);
}

describe("mod.ts's module documentation", () => {
  it("names every method and accessor of SocketType", () => {
    const list = glance(moduleDoc());
    const names = Object.getOwnPropertyNames(SocketType.prototype).filter(
      (name) => name !== "constructor",
    );
    assert.ok(names.length >= 40, `the prototype has ${names.length} names`);
    const missing = names.filter((name) => !list.includes(`\`${name}`));
    assert.deepEqual(missing, []);
  });

  it("names no method the class does not have", () => {
    const list = glance(moduleDoc());
    const named = [...list.matchAll(/`([a-z_]+)[(`]/g)].map((m) => m[1]!);
    const unknown = named.filter((name) => !(name in SocketType.prototype));
    assert.deepEqual(unknown, []);
  });
});
