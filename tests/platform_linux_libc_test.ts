/**
 * The Linux table on the systems this machine cannot run it on, compiled
 * against their own headers with Zig: musl (x86_64 and aarch64), whose
 * differences `platform/linux_musl.ts` holds, and glibc on aarch64. The
 * choice of values when a C library is loaded is checked here without Zig.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { constants, errno } from "../platform/linux_constants.ts";
import { arm64Layouts, layouts as linuxLayouts } from "../platform/linux.ts";
import { musl } from "../platform/linux_musl.ts";
import { variantConstants, variantLayouts } from "../platform/_libc.ts";
import * as platform from "../platform/mod.ts";
import type { StructLayout } from "../platform/types.ts";
import { BLUEZ, BLUEZ_STRUCTS, PREAMBLE } from "./_linux_headers.ts";
import {
  mismatches,
  type Probe,
  type ProbeResult,
  probeValues,
  tableProbes,
  tableValues,
  whyNoZig,
} from "./_zig.ts";
import { it } from "./_skip.ts";

const layouts = linuxLayouts as Readonly<Record<string, StructLayout>>;

// musl's <net/ethernet.h> brings its own <netinet/if_ether.h>, whose
// structs clash with <linux/if_ether.h>, so no C program for musl has both:
// each name is probed under one or the other, and is musl's if either
// declares it.
const MUSL_PREAMBLES = [
  PREAMBLE.replace("#include <linux/if_ether.h>\n", ""),
  PREAMBLE.replace("#include <net/ethernet.h>\n", ""),
];

/** The probes' values under either musl preamble; undeclared under both. */
function probeMusl(target: string, probes: readonly Probe[]): ProbeResult {
  const [a, b] = MUSL_PREAMBLES.map((p) => probeValues(target, p, probes));
  const values = new Map([...(a as ProbeResult).values]);
  for (const [k, v] of (b as ProbeResult).values) {
    const seen = values.get(k);
    assert.ok(seen === undefined || seen === v, `${k}: ${seen} and ${v}`);
    values.set(k, v);
  }
  const undeclared = new Set(
    [...(a as ProbeResult).undeclared].filter((n) =>
      (b as ProbeResult).undeclared.has(n)
    ),
  );
  return { values, undeclared };
}

// The Linux names outside BlueZ's headers (which no Zig target has): the
// ones these probes can judge.
const probed = Object.fromEntries(
  Object.entries(constants).filter(([name]) => !BLUEZ.test(name)),
);
const probedLayouts = Object.fromEntries(
  Object.entries(layouts).filter(([name]) => !BLUEZ_STRUCTS.has(name)),
);

/** The layouts for a target's CPU: arm64's own where they differ. */
function layoutsFor(target: string): Readonly<Record<string, StructLayout>> {
  return target.startsWith("aarch64")
    ? { ...probedLayouts, ...arm64Layouts }
    : probedLayouts;
}

/** Probes for the table, with CPython's CAN_BCM_ names for bcm.h's own. */
function probesOf(
  c: Readonly<Record<string, number>>,
  l: Readonly<Record<string, StructLayout>>,
) {
  return tableProbes(c, errno, l).map((p) =>
    p.key.startsWith("c:CAN_BCM_")
      ? { key: p.key, expr: p.expr.slice("CAN_BCM_".length) }
      : p
  );
}

describe("the C library's values are chosen when it is loaded", () => {
  it("musl is told by the names it is loaded under", () => {
    for (
      const path of [
        "libc.musl-x86_64.so.1",
        "libc.musl-aarch64.so.1",
        "/lib/ld-musl-x86_64.so.1",
        "/lib/ld-musl-aarch64.so.1",
      ]
    ) {
      assert.equal(musl.matches(path), true, path);
    }
    for (
      const path of [
        "libc.so.6",
        "/lib/x86_64-linux-gnu/libc.so.6",
        "/lib/aarch64-linux-gnu/libc.so.6",
        "/usr/lib/libSystem.B.dylib",
      ]
    ) {
      assert.equal(musl.matches(path), false, path);
    }
  });

  it("the musl view changes two values, three widths, and drops its absent names", () => {
    const view = variantConstants(constants, musl);
    assert.equal(view.SOMAXCONN, 128);
    assert.equal(view.NI_MAXHOST, 255);
    assert.equal(view.AF_INET, constants.AF_INET);
    for (const name of musl.absent) assert.equal(name in view, false, name);
    assert.equal(
      Object.keys(view).length,
      Object.keys(constants).length - musl.absent.length,
    );
    const l = variantLayouts(layouts, musl);
    assert.deepEqual(l.msghdr?.fields.msg_iovlen, [24, 4]);
    assert.deepEqual(l.cmsghdr?.fields.cmsg_len, [0, 4]);
    assert.equal(l.sockaddr_in, layouts.sockaddr_in);
  });

  it("this process loaded the C library its table describes", () => {
    if (platform.os !== "linux") {
      assert.equal(
        platform.libc,
        platform.os === "darwin" ? "libSystem" : "ws2_32",
      );
      return;
    }
    const view = platform.libc === "musl"
      ? variantConstants(constants, musl)
      : constants;
    assert.ok(["glibc", "musl"].includes(platform.libc), platform.libc);
    assert.equal(platform.constants.SOMAXCONN, view.SOMAXCONN);
    assert.equal(platform.constants.NI_MAXHOST, view.NI_MAXHOST);
  });
});

const skip = whyNoZig();

describe("platform/linux matches musl's and aarch64 glibc's headers (Zig)", () => {
  if (skip) {
    it(`is compiled against other C libraries' headers (skipped: ${skip})`, {
      skip,
    }, () => {});
    return;
  }

  for (const target of ["x86_64-linux-musl", "aarch64-linux-musl"]) {
    it(`${target}: the musl view equals musl's headers, and lacks what they lack`, () => {
      const c = variantConstants(probed, musl);
      const l = variantLayouts(layoutsFor(target), musl);
      // Every Linux name is probed: musl's absent names must be exactly the
      // ones its headers do not declare.
      const { values, undeclared } = probeMusl(target, probesOf(probed, l));
      assert.deepEqual(mismatches(tableValues(c, errno, l), values), []);
      assert.deepEqual([...undeclared].sort(), [...musl.absent].sort());
    });
  }

  it("aarch64-linux-gnu: the table's values are the headers', as on x86_64", () => {
    const arm = probeValues(
      "aarch64-linux-gnu",
      PREAMBLE,
      probesOf(probed, layoutsFor("aarch64")),
    );
    const x86 = probeValues(
      "x86_64-linux-gnu",
      PREAMBLE,
      probesOf(probed, probedLayouts),
    );
    assert.deepEqual(
      mismatches(
        tableValues(probed, errno, layoutsFor("aarch64")),
        arm.values,
      ),
      [],
    );
    // Zig's glibc headers are older than this machine's: names they lack are
    // lacking on both architectures alike (gcc checks them here).
    assert.deepEqual([...arm.undeclared].sort(), [...x86.undeclared].sort());
    assert.ok(arm.values.size > 1000, `only ${arm.values.size} values`);
  });
});
