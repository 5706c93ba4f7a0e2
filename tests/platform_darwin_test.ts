/**
 * The macOS table (`platform/darwin.ts`, `platform/darwin_constants.ts`)
 * against the facts read from Apple's headers
 * (`tests/data/darwin-facts.json`). Runs on every host: importing the
 * table opens no library. The last test binds the table's padded `fcntl`
 * and `ioctl` declarations to the host's own C library and calls them.
 */
import { describe } from "node:test";
import process from "node:process";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as darwin from "../platform/darwin.ts";
import * as linux from "../platform/linux.ts";
import { type NativeType, openLibrary, type SymbolSpec } from "../ffi/mod.ts";
import { it } from "./_skip.ts";

interface TypeFact {
  readonly size: number;
  readonly signed: boolean;
}

interface StructFact {
  readonly size: number;
  readonly fields: Readonly<Record<string, readonly [number, number]>>;
}

interface Facts {
  readonly constants: Readonly<Record<string, number>>;
  readonly absent: readonly string[];
  readonly structs: Readonly<Record<string, StructFact>>;
  readonly types: Readonly<Record<string, TypeFact>>;
  readonly errno_location: string;
  readonly library: string;
  readonly conditional: Readonly<Record<string, string>>;
  readonly constant_groups: Readonly<
    Record<string, { readonly names: readonly string[] }>
  >;
}

const facts: Facts = JSON.parse(
  readFileSync(
    fileURLToPath(
      new URL("./data/darwin-facts.json", import.meta.url),
    ),
    "utf8",
  ),
);

const constants: Readonly<Record<string, number>> = darwin.constants;
const errno: Readonly<Record<string, number>> = darwin.errno;
const layouts: Readonly<
  Record<
    string,
    { size: number; fields: Record<string, readonly [number, number]> }
  >
> = darwin.layouts;
const symbols: Readonly<Record<string, SymbolSpec>> = darwin.symbols;

const errnoNames = new Set(facts.constant_groups.errno.names);

/** The spec's constant-group prefixes (socket-module.txt). */
const SPEC_PREFIXES = [
  "AF_",
  "SOCK_",
  "SO_",
  "SOMAXCONN",
  "MSG_",
  "SOL_",
  "IPPROTO_",
  "IPPORT_",
  "INADDR_",
  "IP_",
  "IPV6_",
  "EAI_",
  "AI_",
  "NI_",
  "TCP_",
  "SCM_",
  "SHUT_",
];

/**
 * Fact constants deliberately left out of the table, each with the reason
 * accepted from the facts' `conditional`. None: every conditional name is a
 * real kernel number (see darwin_constants.ts), so all are in the table.
 */
const LEFT_OUT: Readonly<Record<string, string>> = {};

/** Linux symbols macOS does not have (or spells differently). */
const LINUX_ONLY_SYMBOLS: Readonly<Record<string, string>> = {
  accept4: "no accept4 on macOS",
  __errno_location: "macOS reads errno through __error",
  __h_errno_location: "macOS h_errno is a plain global int, no accessor",
  epoll_create1: "epoll is Linux's (the reactor polls on macOS)",
  epoll_ctl: "epoll is Linux's (the reactor polls on macOS)",
  epoll_pwait: "epoll is Linux's (the reactor polls on macOS)",
};

/** macOS symbols Linux does not have: the reactor's kqueue. */
const DARWIN_ONLY_SYMBOLS: Readonly<Record<string, string>> = {
  kqueue: "the reactor waits with kqueue on macOS",
  kevent: "the reactor waits with kqueue on macOS",
};

/** Linux struct layouts for families macOS lacks. */
const LINUX_ONLY_LAYOUTS = [
  "sockaddr_nl",
  "sockaddr_ll",
  "sockaddr_tipc",
  "sockaddr_can",
  "sockaddr_alg",
  "sockaddr_vm",
  "sockaddr_qrtr",
  "sockaddr_l2",
  "sockaddr_rc",
  "sockaddr_hci",
  "sockaddr_sco",
  "epoll_event",
];

/**
 * Table constants the facts file lacks (or lists as absent from the
 * headers), each checked elsewhere: CPython's exports on macOS, read from
 * Apple's SDK headers with Zig (tests/platform_cpython_constants_test.ts),
 * and `select.PIPE_BUF` (every table constant is compiled against the SDK
 * by tests/platform_darwin_headers_test.ts).
 */
const BEYOND_FACTS: Readonly<Record<string, number>> = {
  PF_SYSTEM: 32,
  SOL_IP: 0,
  SOL_TCP: 6,
  SOL_UDP: 17,
  // xnu's bsd/net/ethernet.h and bsd/sys/sys_domain.h, which CPython
  // includes and the SDK Zig ships lacks.
  ETHERTYPE_IP: 0x0800,
  ETHERTYPE_ARP: 0x0806,
  ETHERTYPE_VLAN: 0x8100,
  ETHERTYPE_IPV6: 0x86dd,
  SYSPROTO_CONTROL: 2,
  PIPE_BUF: 512,
};

describe("darwin constants", () => {
  it("every constant equals the facts' value", () => {
    for (const [name, value] of Object.entries(constants)) {
      if (Object.hasOwn(BEYOND_FACTS, name)) {
        assert.ok(!(name in facts.constants), `${name} is in the facts now`);
        assert.equal(value, BEYOND_FACTS[name], `constants.${name}`);
        continue;
      }
      assert.ok(name in facts.constants, `${name} is not in the facts`);
      assert.equal(value, facts.constants[name], `constants.${name}`);
      assert.ok(!errnoNames.has(name), `${name} belongs in errno`);
    }
  });

  it("every errno equals the facts' value", () => {
    for (const [name, value] of Object.entries(errno)) {
      assert.ok(errnoNames.has(name), `${name} is not a facts errno name`);
      assert.equal(value, facts.constants[name], `errno.${name}`);
    }
  });

  it("every fact constant and errno is in the table", () => {
    for (const [name, value] of Object.entries(facts.constants)) {
      if (name in LEFT_OUT) continue;
      const table = errnoNames.has(name) ? errno : constants;
      assert.equal(table[name], value, `missing or wrong: ${name}`);
    }
  });

  it("covers every name of the spec's constant groups", () => {
    const names = Object.keys(facts.constants).filter((n) =>
      SPEC_PREFIXES.some((p) => n.startsWith(p))
    );
    assert.ok(names.length > 300, `only ${names.length} spec-group names`);
    for (const name of names) {
      if (name in LEFT_OUT) continue;
      assert.ok(name in constants, `${name} is missing`);
    }
    for (const [name, reason] of Object.entries(LEFT_OUT)) {
      assert.ok(name in facts.conditional, `${name} left out: ${reason}`);
    }
  });

  it("has no name macOS lacks", () => {
    for (const name of facts.absent) {
      // The headers lack SOL_IP, SOL_TCP, SOL_UDP; CPython exports its own.
      if (Object.hasOwn(BEYOND_FACTS, name)) continue;
      assert.ok(!(name in constants), `${name} is absent on macOS`);
      assert.ok(!(name in errno), `${name} is absent on macOS`);
    }
  });

  it("keeps the numbers shared code relies on", () => {
    assert.equal(constants.SOL_SOCKET, 0xffff);
    assert.equal(constants.AF_INET6, 30);
    assert.equal(constants.O_NONBLOCK, 4);
    assert.equal(constants.SO_NOSIGPIPE, 0x1022);
    assert.equal(constants.FIONBIO, 0x8004667e);
    assert.equal(constants.FIONREAD, 0x4004667f);
    assert.equal(errno.EAGAIN, 35);
    assert.equal(errno.EWOULDBLOCK, 35);
    assert.equal(errno.EOPNOTSUPP, 102);
    assert.equal(errno.ENOTSUP, 45);
  });
});

describe("darwin layouts", () => {
  it("every size, offset and field size equals the facts' struct", () => {
    for (const [name, l] of Object.entries(layouts)) {
      const f = facts.structs[name];
      assert.ok(f, `struct ${name} is not in the facts`);
      assert.equal(l.size, f.size, `sizeof(struct ${name})`);
      for (const [field, where] of Object.entries(l.fields)) {
        assert.ok(f.fields[field], `${name}.${field} is not in the facts`);
        assert.deepEqual([...where], [...f.fields[field]], `${name}.${field}`);
      }
    }
  });

  it("has Linux's layouts and field names wherever macOS has the struct", () => {
    for (const [name, l] of Object.entries(linux.layouts)) {
      if (LINUX_ONLY_LAYOUTS.includes(name)) {
        assert.ok(!(name in facts.structs), `${name} exists on macOS`);
        assert.ok(!(name in layouts), `${name} must be omitted`);
        continue;
      }
      assert.ok(name in layouts, `layout ${name} is missing`);
      for (const field of Object.keys(l.fields)) {
        assert.ok(field in layouts[name].fields, `${name}.${field} is missing`);
      }
    }
  });

  it("puts the length byte before a one-byte family", () => {
    assert.deepEqual(layouts.sockaddr_in.fields.sin_len, [0, 1]);
    assert.deepEqual(layouts.sockaddr_in.fields.sin_family, [1, 1]);
    assert.deepEqual(layouts.sockaddr_un.fields.sun_path, [2, 104]);
    assert.ok(
      layouts.addrinfo.fields.ai_canonname[0] <
        layouts.addrinfo.fields.ai_addr[0],
    );
  });
});

/** Bytes and signedness of a NativeType (pointers: 8, unsigned). */
const NATIVE: Readonly<Record<NativeType, TypeFact | null>> = {
  void: null,
  i8: { size: 1, signed: true },
  u8: { size: 1, signed: false },
  i16: { size: 2, signed: true },
  u16: { size: 2, signed: false },
  i32: { size: 4, signed: true },
  u32: { size: 4, signed: false },
  i64: { size: 8, signed: true },
  u64: { size: 8, signed: false },
  isize: { size: 8, signed: true },
  usize: { size: 8, signed: false },
  f64: null,
  pointer: { size: 8, signed: false },
  buffer: { size: 8, signed: false },
};

/** The C type a comment names, as width facts, or a kind of its own. */
function cTypeOf(
  comment: string,
): TypeFact | "pointer" | "padding" | "variadic" | "same" {
  if (comment.includes("*") || comment.includes("[")) return "pointer";
  if (comment.startsWith("unused")) return "padding";
  if (comment.startsWith("variadic")) return "variadic";
  if (comment.startsWith("the same")) return "same";
  if (comment.startsWith("unsigned long request")) {
    const { size, signed } = facts.types.ioctl_request;
    return { size, signed };
  }
  if (comment.startsWith("unsigned int")) return { size: 4, signed: false };
  // off_t is __int64_t in Apple's <sys/_types.h> (read with zig cc
  // -target aarch64-macos: sizeof 8, signed); the facts list no off_t.
  if (/^off_t\b/.test(comment)) return { size: 8, signed: true };
  if (/^int\b/.test(comment)) return { size: 4, signed: true };
  const typedef = comment.split(/[\s(]/)[0];
  const fact = facts.types[typedef];
  if (!fact) throw new Error(`Unknown C type in comment "${comment}"`);
  return { size: fact.size, signed: fact.signed };
}

/** The symbols block of darwin.ts, split into one source text per symbol. */
function symbolSources(): Map<string, string> {
  const source = readFileSync(
    fileURLToPath(new URL("../platform/darwin.ts", import.meta.url)),
    "utf8",
  );
  const start = source.indexOf("export const symbols = {");
  const end = source.indexOf("} as const satisfies SymbolTable;", start);
  assert.ok(start >= 0 && end > start, "symbols block not found");
  const out = new Map<string, string>();
  const re = /^ {2}(\w+): \{/gm;
  const block = source.slice(start, end);
  const heads = [...block.matchAll(re)];
  heads.forEach((m, i) => {
    out.set(m[1], block.slice(m.index, heads[i + 1]?.index ?? block.length));
  });
  return out;
}

describe("darwin symbols", () => {
  it("has Linux's functions except the ones macOS lacks", () => {
    for (const name of Object.keys(linux.symbols)) {
      if (name in LINUX_ONLY_SYMBOLS) {
        assert.ok(!(name in symbols), `${name}: ${LINUX_ONLY_SYMBOLS[name]}`);
      } else {
        assert.ok(name in symbols, `${name} is missing from darwin.ts`);
      }
    }
    for (const name of Object.keys(symbols)) {
      assert.ok(
        name in linux.symbols || name === darwin.lastError.symbol ||
          name in DARWIN_ONLY_SYMBOLS,
        `${name} is not a Linux table name`,
      );
    }
  });

  it("reads errno through the facts' errno_location", () => {
    assert.equal(darwin.lastError.kind, "location");
    assert.equal(darwin.lastError.symbol, facts.errno_location);
    assert.deepEqual(symbols[facts.errno_location], {
      parameters: [],
      result: "pointer",
    });
  });

  it("loads the facts' library", () => {
    assert.ok(darwin.library.paths.includes(facts.library));
    assert.equal(darwin.library.envVar, "BERKELEY_SOCKET_LIBC");
  });

  it("gives every parameter and result the width of its commented C type", () => {
    const sources = symbolSources();
    assert.deepEqual([...sources.keys()].sort(), Object.keys(symbols).sort());
    let checked = 0;
    for (const [name, spec] of Object.entries(symbols)) {
      const text = sources.get(name)!;
      const params = [...text.matchAll(/^ {6}"(\w+)", \/\/ (.+)$/gm)];
      assert.equal(params.length, spec.parameters.length, `${name}: comments`);
      params.forEach(([, type, comment], i) => {
        assert.equal(type, spec.parameters[i], `${name} parameter ${i}`);
        const native = NATIVE[type as NativeType];
        const c = cTypeOf(comment);
        const what = `${name} parameter ${i} (${comment})`;
        if (c === "pointer") {
          assert.ok(type === "buffer" || type === "pointer", what);
        } else if (c === "padding") {
          assert.equal(type, "i32", what);
        } else if (c === "variadic" || c === "same") {
          assert.equal(native?.size, 8, what);
        } else {
          assert.deepEqual(native, c, what);
        }
        checked++;
      });
      const result = text.match(
        /result: "(\w+)",?(?: \}, )?(?:\s*\/\/ (.+))?$/m,
      );
      assert.ok(result, `${name}: result`);
      assert.equal(result[1], spec.result, `${name}: result`);
      if (spec.result !== "void") {
        assert.ok(result[2], `${name}: result has no C type comment`);
        const c = cTypeOf(result[2]);
        if (c === "pointer") assert.equal(spec.result, "pointer", name);
        else assert.deepEqual(NATIVE[spec.result], c, `${name} result`);
      }
    }
    assert.ok(checked > 100, `only ${checked} parameters checked`);
  });

  it("declares socklen_t as 4 unsigned bytes and poll's nfds_t as facts say", () => {
    assert.equal(facts.types.socklen_t.size, 4);
    assert.equal(facts.types.socklen_t.signed, false);
    assert.equal(
      NATIVE[symbols.bind.parameters[2]]?.size,
      facts.types.socklen_t.size,
    );
    assert.equal(symbols.setsockopt.parameters[4], "u32");
    assert.equal(symbols.poll.parameters[1], "u32");
    assert.equal(
      NATIVE[symbols.poll.parameters[1]]?.size,
      facts.types.nfds_t.size,
    );
    assert.equal(facts.types.nfds_t.signed, false);
  });

  it("puts fcntl's and ioctl's variadic argument in the 3rd and the 9th parameter", () => {
    for (const name of ["fcntl", "ioctl"]) {
      const p = symbols[name].parameters;
      assert.equal(p.length, 9, name);
      assert.equal(p[8], p[2], `${name}: the copy has the argument's type`);
      assert.equal(NATIVE[p[8]]?.size, 8, `${name}: the copy fills a slot`);
      assert.deepEqual(
        p.slice(3, 8),
        ["i32", "i32", "i32", "i32", "i32"],
        name,
      );
    }
    assert.equal(symbols.ioctl.parameters[1], "u64");
    assert.equal(facts.types.ioctl_request.size, 8);
  });
});

describe("darwin fcntl() and ioctl() helpers", () => {
  it("pass the argument in the 3rd and the 9th position, padding between", () => {
    const calls: unknown[][] = [];
    const record = (...args: unknown[]) => {
      calls.push(args);
      return 0;
    };
    const buf = new Uint8Array(4);
    darwin.fcntl({ fcntl: record }, 7, 4, 0x4);
    darwin.ioctl({ ioctl: record }, 7, 0x8004667e, buf);
    darwin.fcntl({ fcntl: record }, 7, 3);
    assert.deepEqual(calls, [
      [7, 4, 0x4, 0, 0, 0, 0, 0, 0x4],
      [7, 0x8004667e, buf, 0, 0, 0, 0, 0, buf],
      [7, 3, 0, 0, 0, 0, 0, 0, 0],
    ]);
    for (const args of calls) {
      assert.equal(args.length, symbols.fcntl.parameters.length);
    }
  });
});

describe("darwin features", () => {
  it("match the facts", () => {
    assert.deepEqual(darwin.features, {
      sockaddrLength: true,
      sockCloexec: false,
      accept4: false,
      sendFlags: 0,
      soNoSigpipe: true,
      closeSymbol: "close",
      pollSymbol: "poll",
      handleIsPointer: false,
      sunPathLength: 104,
      abstractUnix: false,
      connectPending: "EINPROGRESS",
      socketpair: true,
      dup: true,
      serverReuseAddress: true,
      setsockoptEmptyNull: true,
    });
    assert.equal(
      darwin.features.sunPathLength,
      facts.structs.sockaddr_un.fields.sun_path[1],
    );
    assert.ok(facts.absent.includes("SOCK_CLOEXEC"));
    assert.ok(!("accept4" in symbols));
    assert.ok("sa_len" in layouts.sockaddr.fields);
    assert.ok(darwin.features.closeSymbol in symbols);
    assert.ok(darwin.features.pollSymbol in symbols);
  });
});

const noFcntl = process.platform !== "linux" && process.platform !== "darwin" &&
  `${process.platform} has no fcntl or ioctl on sockets`;

it(
  "fcntl() and ioctl() pass their argument through the padded declarations on this host",
  {
    skip: noFcntl,
  },
  async () => {
    const host = await import("../platform/mod.ts");
    const search = ({ linux: linux.library, darwin: darwin.library } as const)[
      host.os as "linux" | "darwin"
    ];
    assert.ok(search, `no table for ${host.os}`);
    const C = host.constants;
    const lib = openLibrary(search, {
      fcntl: darwin.symbols.fcntl,
      ioctl: darwin.symbols.ioctl,
      socketpair: darwin.symbols.socketpair,
      send: darwin.symbols.send,
      close: darwin.symbols.close,
    });
    const pair = new Int32Array(2);
    assert.equal(
      lib.socketpair(C.AF_UNIX, C.SOCK_STREAM, 0, new Uint8Array(pair.buffer)),
      0,
    );
    const [a, b] = pair;
    try {
      const flags = darwin.fcntl(lib, a, C.F_GETFL, 0);
      assert.ok(flags >= 0);
      assert.equal(flags & C.O_NONBLOCK, 0);
      assert.equal(darwin.fcntl(lib, a, C.F_SETFL, flags | C.O_NONBLOCK), 0);
      assert.equal(
        darwin.fcntl(lib, a, C.F_GETFL, 0) & C.O_NONBLOCK,
        C.O_NONBLOCK,
      );

      assert.equal(darwin.fcntl(lib, a, C.F_SETFD, C.FD_CLOEXEC), 0);
      assert.equal(darwin.fcntl(lib, a, C.F_GETFD, 0), C.FD_CLOEXEC);
      assert.equal(darwin.fcntl(lib, a, C.F_SETFD, 0), 0);
      assert.equal(darwin.fcntl(lib, a, C.F_GETFD, 0), 0);

      const data = new TextEncoder().encode("hello");
      assert.equal(lib.send(b, data, data.byteLength, 0), 5);
      const count = new Int32Array([-1]);
      assert.equal(
        darwin.ioctl(lib, a, C.FIONREAD, new Uint8Array(count.buffer)),
        0,
      );
      assert.equal(count[0], 5);

      const off = new Int32Array([0]);
      assert.equal(
        darwin.ioctl(lib, a, C.FIONBIO, new Uint8Array(off.buffer)),
        0,
      );
      assert.equal(darwin.fcntl(lib, a, C.F_GETFL, 0) & C.O_NONBLOCK, 0);
    } finally {
      lib.close(a);
      lib.close(b);
    }
  },
);
