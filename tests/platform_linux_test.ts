/**
 * The Linux table checked against this machine's C headers: a C program
 * printing every constant, errno number, struct size, field offset and
 * field size is generated from the TypeScript tables, compiled with gcc and
 * run; every printed value must equal the table's.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { os } from "../platform/mod.ts";
import { constants, errno } from "../platform/linux_constants.ts";
import { layouts, reactor } from "../platform/linux.ts";
import type { StructLayout } from "../platform/types.ts";
import { BLUEZ, BLUEZ_STRUCTS, PREAMBLE } from "./_linux_headers.ts";
import { it } from "./_skip.ts";

function whySkip(): string | false {
  if (os !== "linux") return `Linux headers are needed; this is ${os}`;
  try {
    execFileSync("gcc", ["--version"], { stdio: "ignore" });
  } catch {
    return "gcc is not installed, so the C headers cannot be read";
  }
  return false;
}

/** One `V(...)` line per value: `c:` constant, `e:` errno, `s:`/`o:`/`z:` struct. */
function program(): string {
  const lines: string[] = [];
  const bluez: string[] = [];
  // CPython's CAN_BCM_ names for <linux/can/bcm.h>'s opcodes and flags.
  const aliases: string[] = [];
  for (const name of Object.keys(constants)) {
    if (name.startsWith("CAN_BCM_")) {
      aliases.push(`#define ${name} ${name.slice("CAN_BCM_".length)}`);
    }
    (BLUEZ.test(name) ? bluez : lines).push(`V("c:${name}", ${name});`);
  }
  for (const name of Object.keys(errno)) lines.push(`V("e:${name}", ${name});`);
  for (const name of Object.keys(reactor.constants)) {
    lines.push(`V("r:${name}", ${name});`);
  }
  for (
    const [name, l] of Object.entries(layouts as Record<string, StructLayout>)
  ) {
    const t = `struct ${name}`;
    const out = BLUEZ_STRUCTS.has(name) ? bluez : lines;
    out.push(`V("s:${name}", sizeof(${t}));`);
    for (const field of Object.keys(l.fields)) {
      out.push(`V("o:${name}:${field}", offsetof(${t}, ${field}));`);
      out.push(`V("z:${name}:${field}", sizeof(((${t} *)0)->${field}));`);
    }
  }
  return `${PREAMBLE}\n${aliases.join("\n")}\nint main(void) {\n${
    lines.join("\n")
  }\n#ifdef HAVE_BLUEZ\nV("bluez", 1);\n${
    bluez.join("\n")
  }\n#endif\nreturn 0;\n}\n`;
}

let measured: Map<string, number> | undefined;

/** Compiles and runs the program once; the values it printed, by key. */
function measure(): Map<string, number> {
  if (measured) return measured;
  const dir = mkdtempSync(join(tmpdir(), "berkeley-socket-linux-"));
  try {
    const src = join(dir, "table.c");
    const exe = join(dir, "table");
    writeFileSync(src, program());
    try {
      execFileSync("gcc", ["-o", exe, src], {
        stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (e) {
      const stderr = String((e as { stderr?: unknown }).stderr ?? e);
      throw new Error(
        `A name or field in the tables does not compile:\n${
          stderr.slice(0, 4000)
        }`,
      );
    }
    const out = execFileSync(exe, { encoding: "utf8" });
    const values = new Map<string, number>();
    for (const line of out.trim().split("\n")) {
      const [key, value] = line.split(" ");
      values.set(key, Number(value));
    }
    measured = values;
    return values;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The measured values of one kind (`c:`, `e:`), by name. */
function measuredOf(prefix: string, names: string[]): Record<string, number> {
  const values = measure();
  const out: Record<string, number> = {};
  for (const n of names) {
    const v = values.get(`${prefix}${n}`);
    assert.ok(v !== undefined, `The C program printed no value for ${n}`);
    out[n] = v;
  }
  return out;
}

const skip = whySkip();

describe("platform/linux tables match the C headers", () => {
  if (skip) {
    it(`are checked against C (skipped: ${skip})`, { skip }, () => {});
    return;
  }

  it("every constant in linux_constants.ts has the headers' value", () => {
    const expected: Record<string, number> = Object.fromEntries(
      Object.entries(constants).filter(([n]) => !BLUEZ.test(n)),
    );
    assert.deepEqual(measuredOf("c:", Object.keys(expected)), expected);
  });

  const noBluez = measure().has("bluez")
    ? false
    : "BlueZ's headers (libbluetooth-dev) are not installed";
  it(
    `every Bluetooth constant has BlueZ's value${
      noBluez ? ` (skipped: ${noBluez})` : ""
    }`,
    { skip: noBluez },
    () => {
      const expected: Record<string, number> = Object.fromEntries(
        Object.entries(constants).filter(([n]) => BLUEZ.test(n)),
      );
      assert.deepEqual(measuredOf("c:", Object.keys(expected)), expected);
    },
  );

  it("every errno number in linux_constants.ts has the headers' value", () => {
    const expected: Record<string, number> = { ...errno };
    assert.deepEqual(measuredOf("e:", Object.keys(expected)), expected);
  });

  it("every reactor constant (epoll) has the headers' value", () => {
    const expected: Record<string, number> = { ...reactor.constants };
    assert.deepEqual(measuredOf("r:", Object.keys(expected)), expected);
  });

  for (
    const [name, layout] of Object.entries(
      layouts as Record<string, StructLayout>,
    )
  ) {
    const why = BLUEZ_STRUCTS.has(name) && noBluez;
    it(
      `struct ${name}: size, and every field's offset and size${
        why ? ` (skipped: ${why})` : ""
      }`,
      { skip: why },
      () => {
        const values = measure();
        const fields: Record<string, readonly [number, number]> = {};
        for (const field of Object.keys(layout.fields)) {
          fields[field] = [
            values.get(`o:${name}:${field}`)!,
            values.get(`z:${name}:${field}`)!,
          ];
        }
        const actual = { size: values.get(`s:${name}`), fields };
        assert.deepEqual(actual, {
          size: layout.size,
          fields: Object.fromEntries(
            Object.entries(layout.fields).map(([f, [o, s]]) => [f, [o, s]]),
          ),
        });
      },
    );
  }
});
