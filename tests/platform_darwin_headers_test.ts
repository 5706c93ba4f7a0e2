/**
 * The macOS table (`platform/darwin.ts`) compiled against Apple's own SDK
 * headers, for both Apple architectures, with Zig (which ships them): every
 * constant, errno number, struct size, field offset and field size, and
 * every function's prototype as the table's C-type comments spell it. Nothing
 * runs: values are read from the assembly. Skips, saying so, without Zig.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as darwin from "../platform/darwin.ts";
import type { StructLayout } from "../platform/types.ts";
import type { NativeType, SymbolSpec } from "../ffi/mod.ts";
import {
  compileErrors,
  mismatches,
  probeValues,
  tableProbes,
  tableValues,
  whyNoZig,
} from "./_zig.ts";
import { it } from "./_skip.ts";

/** Apple's headers for everything in the table (as CPython includes them). */
export const DARWIN_PREAMBLE = `#define __APPLE_USE_RFC_3542 1
#include <sys/types.h>
#include <sys/socket.h>
#include <sys/ioctl.h>
#include <sys/sockio.h>
#include <sys/filio.h>
#include <sys/un.h>
#include <sys/uio.h>
#include <sys/time.h>
#include <sys/event.h>
#include <sys/select.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <netinet/udp.h>
#include <netinet/in_systm.h>
#include <netinet/ip.h>
#include <arpa/inet.h>
#include <netdb.h>
#include <net/if.h>
#include <fcntl.h>
#include <poll.h>
#include <limits.h>
#include <errno.h>
#include <stddef.h>
#include <string.h>
#include <unistd.h>
`;

/** The newest SDK Zig 0.11 ships, and the architectures macOS runs on. */
const TARGETS = ["aarch64-macos.13.0", "x86_64-macos.13.0"];

/**
 * Names in the table that the macOS 13 SDK does not declare, each with
 * why the table has it anyway.
 */
export const NEWER_THAN_SDK: Readonly<Record<string, string>> = {
  SO_BINDTODEVICE: "xnu added it after macOS 13 (the newest SDK Zig ships)",
  SOL_IP: "no Apple header has it; CPython's socket module exports its own 0",
  SOL_TCP: "no Apple header has it; CPython's socket module exports its own 6",
  SOL_UDP: "no Apple header has it; CPython's socket module exports its own 17",
  ETHERTYPE_IP:
    "in <net/ethernet.h>, which the SDK Zig ships lacks (xnu's value)",
  ETHERTYPE_ARP:
    "in <net/ethernet.h>, which the SDK Zig ships lacks (xnu's value)",
  ETHERTYPE_VLAN:
    "in <net/ethernet.h>, which the SDK Zig ships lacks (xnu's value)",
  ETHERTYPE_IPV6:
    "in <net/ethernet.h>, which the SDK Zig ships lacks (xnu's value)",
  SYSPROTO_CONTROL:
    "in <sys/sys_domain.h>, which the SDK Zig ships lacks (xnu's value)",
};

// ---- Prototypes, from the table's C-type comments --------------------------

/** A symbol's comments: one per parameter, the result's, a whole prototype. */
interface Comments {
  params: string[];
  result: string;
  prototype: string;
}

/** Each symbol's parameter comments and result comment, read from the source. */
function symbolComments(): Map<string, Comments> {
  const source = readFileSync(
    fileURLToPath(new URL("../platform/darwin.ts", import.meta.url)),
    "utf8",
  );
  const start = source.indexOf("export const symbols = {");
  const body = source.slice(start, source.indexOf("\n};", start));
  const out = new Map<string, Comments>();
  let current: Comments | null = null;
  for (const line of body.split("\n")) {
    const oneLine = line.match(
      /^ {2}(\w+): \{ parameters: \[\], result: "\w+" \}, \/\/ (.*)$/,
    );
    if (oneLine) {
      out.set(oneLine[1] as string, {
        params: [],
        result: oneLine[2] as string,
        prototype: "",
      });
      continue;
    }
    const open = line.match(/^ {2}(\w+): \{(?: \/\/ (.*))?$/);
    if (open) {
      current = { params: [], result: open[2] ?? "", prototype: "" };
      out.set(open[1] as string, current);
      continue;
    }
    if (!current) continue;
    const proto = line.match(/^ {4}\/\/ (\w[^:]*\)):/);
    if (proto) current.prototype = proto[1] as string;
    const param = line.match(/^ {6}"\w+", \/\/ (.*)$/);
    if (param) current.params.push(param[1] as string);
    const result = line.match(/^ {4}result: "\w+", \/\/ (.*)$/);
    if (result && !current.result) current.result = result[1] as string;
  }
  return out;
}

const TYPE_WORDS = new Set([
  "int",
  "unsigned",
  "signed",
  "long",
  "short",
  "char",
  "void",
  "const",
  "struct",
]);

/** A comment's C declaration without its notes: `int port (network ...)`. */
function declaration(comment: string): string {
  return comment.replace(/\s*\(.*\)\s*$/, "").trim();
}

/** The C type of a parameter comment, its name removed. */
export function cType(comment: string): string {
  let decl = declaration(comment);
  let array = "";
  const arr = decl.match(/^(.*\w)\s*\[\d*\]$/);
  if (arr) {
    decl = arr[1] as string;
    array = " *";
  }
  const tokens = decl.split(/\s+/);
  const last = tokens[tokens.length - 1] as string;
  if (tokens.length > 1 && /^\**\w+$/.test(last)) {
    const name = last.replace(/^\*+/, "");
    if (!TYPE_WORDS.has(name) && !/_t$/.test(name) && tokens.length > 1) {
      const stars = last.slice(0, last.length - name.length);
      const prefix = tokens.slice(0, -1).join(" ");
      if (!(tokens[tokens.length - 2] === "struct")) {
        return `${prefix}${stars ? ` ${stars}` : ""}${array}`.trim();
      }
    }
  }
  return `${decl}${array}`;
}

/** The widths and signedness a native type needs of its C type. */
const INTEGER: Partial<Record<NativeType, [number, boolean]>> = {
  i8: [1, true],
  u8: [1, false],
  i16: [2, true],
  u16: [2, false],
  i32: [4, true],
  u32: [4, false],
  i64: [8, true],
  u64: [8, false],
  isize: [8, true],
  usize: [8, false],
};

/**
 * C that redeclares every function with the comments' types (the
 * compiler rejects a declaration that conflicts with the SDK's) and checks
 * every integer parameter's and result's width and sign against its
 * native type. Variadic `fcntl` and `ioctl` are declared as the SDK does.
 */
export function prototypeSource(
  symbols: Readonly<Record<string, SymbolSpec>>,
): string {
  const comments = symbolComments();
  const lines: string[] = [];
  let n = 0;
  for (const [name, spec] of Object.entries(symbols)) {
    const c = comments.get(name);
    assert.ok(c, `${name}: no comments found in platform/darwin.ts`);
    const variadic = c.params.findIndex((p) => p.startsWith("variadic"));
    const resultType = spec.result === "void" && !c.result
      ? "void"
      : declaration(c.result);
    const params = c.params.map(cType);
    if (variadic >= 0) {
      // A comment above the parameters spells the SDK's whole prototype;
      // the fixed parameters before the variadic one are checked below.
      assert.ok(c.prototype, `${name}: no prototype comment`);
      lines.push(`${c.prototype};`);
    } else {
      lines.push(
        `${resultType} ${name}(${params.length ? params.join(", ") : "void"});`,
      );
    }
    const check = (type: string, native: NativeType, what: string) => {
      const want = INTEGER[native];
      if (type.includes("*")) {
        assert.ok(
          native === "pointer" || native === "buffer",
          `${what}: ${type} is a pointer but the table says ${native}`,
        );
        return;
      }
      if (type === "void") {
        assert.equal(native, "void", `${what}: void`);
        return;
      }
      assert.ok(
        want,
        `${what}: ${type} is an integer but the table says ${native}`,
      );
      lines.push(
        `_Static_assert(sizeof(${type}) == ${
          want[0]
        } && (((${type})-1) < 0) == ${
          want[1] ? 1 : 0
        }, "w${n++}: ${what} is ${native}");`,
      );
    };
    spec.parameters.forEach((native, i) => {
      if (variadic < 0 || i < variadic) {
        check(params[i] as string, native, `${name} parameter ${i}`);
      }
    });
    check(resultType, spec.result, `${name} result`);
  }
  return `${DARWIN_PREAMBLE}\n${lines.join("\n")}\n`;
}

const skip = whyNoZig();

describe("platform/darwin matches Apple's SDK headers (Zig)", () => {
  if (skip) {
    it(`is compiled against Apple's headers (skipped: ${skip})`, {
      skip,
    }, () => {});
    return;
  }
  const probes = tableProbes(darwin.constants, darwin.errno, darwin.layouts);
  const table = tableValues(darwin.constants, darwin.errno, darwin.layouts);

  for (const target of TARGETS) {
    it(`${target}: every constant, errno and layout equals the headers'`, () => {
      const { values, undeclared } = probeValues(
        target,
        DARWIN_PREAMBLE,
        probes,
      );
      assert.deepEqual(mismatches(table, values), []);
      assert.deepEqual(
        [...undeclared].sort(),
        Object.keys(NEWER_THAN_SDK).sort(),
        "names the SDK does not declare",
      );
      assert.equal(values.size, probes.length - undeclared.size);
    });

    it(`${target}: every function's prototype agrees with the SDK's`, () => {
      assert.deepEqual(
        compileErrors(target, prototypeSource(darwin.symbols)),
        [],
      );
    });
  }

  it("fails on a planted wrong value, a wrong field and a wrong prototype", () => {
    const planted = { ...darwin.constants, AF_INET6: 31 };
    const layouts = {
      ...darwin.layouts,
      msghdr: {
        ...darwin.layouts.msghdr,
        fields: { ...darwin.layouts.msghdr.fields, msg_flags: [40, 4] },
      },
    } as Readonly<Record<string, StructLayout>>;
    const { values } = probeValues(
      "aarch64-macos.13.0",
      DARWIN_PREAMBLE,
      tableProbes(planted, {}, layouts),
    );
    assert.deepEqual(
      mismatches(tableValues(planted, {}, layouts), values),
      [
        "c:AF_INET6: table 31, headers 30",
        "o:msghdr:msg_flags: table 40, headers 44",
      ],
    );
    const wrong = {
      ...darwin.symbols,
      send: { ...darwin.symbols.send, result: "i32" },
    } as Readonly<Record<string, SymbolSpec>>;
    const errors = compileErrors("aarch64-macos.13.0", prototypeSource(wrong));
    assert.equal(errors.length, 1, errors.join("\n"));
    assert.match(errors[0] as string, /send result is i32/);
    const conflicting = compileErrors(
      "aarch64-macos.13.0",
      `${DARWIN_PREAMBLE}\nssize_t recv(int, void *, size_t, long);\n`,
    );
    assert.equal(conflicting.length, 1, conflicting.join("\n"));
    assert.match(conflicting[0] as string, /conflicting types for 'recv'/);
  });
});
