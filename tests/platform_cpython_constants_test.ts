/**
 * Every integer constant CPython's socket module exports on Linux and on
 * macOS is in our table with the headers' value (or CPython's own, where
 * CPython supplies one). The names and the #ifdef each sits under are
 * `tests/data/cpython-socket-constants.txt`, read from CPython's
 * socketmodule.c; the headers decide which of them a platform has: gcc
 * against this machine's headers for Linux, Zig against Apple's SDK
 * headers for macOS (both architectures). Skips, saying why, without them.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as linux from "../platform/linux_constants.ts";
import * as darwin from "../platform/darwin_constants.ts";
import {
  cpythonConstants,
  differences,
  exportDefinitions,
} from "./_cpython_constants.ts";
import { PREAMBLE } from "./_linux_headers.ts";
import { runC, whyNoC } from "./_c_probe.ts";
import { probeValues, whyNoZig } from "./_zig.ts";
import { describeOrSkip, it } from "./_skip.ts";

/** Runs C `source` (gcc, this machine's headers): its `name value` lines. */
function runValues(source: string): Map<string, number> {
  const values = new Map<string, number>();
  for (const line of runC(source).trim().split("\n")) {
    if (line === "") continue;
    const [name, value] = line.split(" ");
    values.set(name!, Number(value));
  }
  return values;
}

/** What CPython exports on Linux with this machine's headers, by name. */
function linuxExports(): Map<string, number> {
  const { source, names } = exportDefinitions("linux");
  const body = [...names].map(([i, n]) =>
    `#ifdef PYV_${i}\nV("${n}", PYV_${i});\n#endif`
  ).join("\n");
  return runValues(
    `${PREAMBLE}\n${source}\nint main(void) {\n${body}\nreturn 0;\n}\n`,
  );
}

/** Apple's headers as `platform_darwin_headers_test.ts` includes them. */
function darwinPreamble(): string {
  const text = readFileSync(
    fileURLToPath(
      new URL("./platform_darwin_headers_test.ts", import.meta.url),
    ),
    "utf8",
  );
  const m = /export const DARWIN_PREAMBLE = `([^`]*)`/.exec(text);
  assert.ok(m, "DARWIN_PREAMBLE not found");
  return m[1]!;
}

const noGcc = whyNoC();
const noZig = whyNoZig();

describe("the list of CPython's constants", () => {
  it("has each name once, and the groups the brief names", () => {
    const names = cpythonConstants().map((c) => c.name);
    assert.equal(new Set(names).size, names.length);
    for (
      const prefix of [
        "AF_",
        "PF_",
        "NETLINK_",
        "SOL_",
        "SO_",
        "MSG_",
        "SCM_",
        "IPPROTO_",
        "IP_",
        "IPV6_",
        "TCP_",
        "EAI_",
        "AI_",
        "NI_",
        "ETH",
        "CAN_",
        "BT",
        "TIPC_",
        "PACKET_",
        "ALG_",
        "VMADDR_",
        "RDS_",
        "J1939_",
      ]
    ) {
      assert.ok(names.some((n) => n.startsWith(prefix)), prefix);
    }
  });
});

describeOrSkip(
  "CPython's Linux constants are in platform/linux_constants.ts",
  noGcc,
  () => {
    it("with the headers' value, or CPython's own where it defines one", () => {
      const exported = linuxExports();
      // A floor, so that a compile that found no headers cannot pass: 390
      // names come from libc's and the kernel's headers alone; BlueZ's
      // (libbluetooth-dev, where installed) add the Bluetooth ones.
      const floor = exported.has("BTPROTO_L2CAP") ? 400 : 390;
      assert.ok(
        exported.size > floor,
        `only ${exported.size} exported (expected more than ${floor})`,
      );
      assert.deepEqual(differences(exported, linux.constants), []);
    });

    it("ALG_OP_SIGN, ALG_OP_VERIFY, ALG_SET_PUBKEY: the kernel's <linux/if_alg.h> lacks them, and CPython's socketmodule.h then defines them itself (2, 3, 6), so they are exported as CPython does", () => {
      const bare = runValues(
        `#include <stdio.h>\n#include <linux/if_alg.h>\nint main(void) {\n` +
          ["ALG_OP_SIGN", "ALG_OP_VERIFY", "ALG_SET_PUBKEY"].map((n) =>
            `#ifdef ${n}\nprintf("${n} %d\\n", ${n});\n#endif`
          ).join("\n") + "\nreturn 0;\n}\n",
      );
      // Where a newer header defines them, CPython (and the generator)
      // take the header's values instead.
      const expected = {
        ALG_OP_SIGN: bare.get("ALG_OP_SIGN") ?? 2,
        ALG_OP_VERIFY: bare.get("ALG_OP_VERIFY") ?? 3,
        ALG_SET_PUBKEY: bare.get("ALG_SET_PUBKEY") ?? 6,
      };
      assert.deepEqual({
        ALG_OP_SIGN: linux.constants.ALG_OP_SIGN,
        ALG_OP_VERIFY: linux.constants.ALG_OP_VERIFY,
        ALG_SET_PUBKEY: linux.constants.ALG_SET_PUBKEY,
      }, expected);
    });

    it("fails on a wrong value and a missing name", () => {
      const exported = linuxExports();
      const planted: Record<string, number> = {
        ...linux.constants,
        AF_INET6: 11,
      };
      delete planted.SO_MARK;
      assert.deepEqual(differences(exported, planted).sort(), [
        "AF_INET6: table 11, CPython 10",
        `SO_MARK: table undefined, CPython ${exported.get("SO_MARK")}`,
      ]);
    });
  },
);

describeOrSkip(
  "CPython's macOS constants are in platform/darwin_constants.ts",
  noZig,
  () => {
    for (const target of ["aarch64-macos.13.0", "x86_64-macos.13.0"]) {
      it(`${target}: with the SDK's value, or CPython's own`, () => {
        const { source, names } = exportDefinitions("darwin");
        const probes = [...names].map(([i, n]) => ({
          key: n,
          expr: `PYV_${i}`,
        }));
        const { values } = probeValues(
          target,
          `${darwinPreamble()}\n${source}\n`,
          probes,
        );
        assert.ok(values.size > 150, `only ${values.size} exported`);
        assert.equal(values.get("SOL_TCP"), 6); // CPython's own: no SOL_TCP
        assert.equal(values.get("TCP_KEEPALIVE"), 0x10); // __APPLE__ only
        assert.equal(values.has("AF_VSOCK"), false); // #undef'd off Linux
        assert.deepEqual(differences(values, darwin.constants), []);
      });
    }
  },
);
