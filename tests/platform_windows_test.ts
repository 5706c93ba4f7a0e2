// Checks platform/windows.ts against the mingw-w64 headers: every constant,
// every errno value, every struct size and field offset and size. A C probe
// is generated from the TypeScript tables, compiled with
// x86_64-w64-mingw32-gcc, and
//   - checked at compile time with _Static_assert (needs only the compiler);
//   - run under Wine, its output compared value by value (needs Wine).
// Without the tools these two tests are skipped, with the reason printed
// once (Debian: `apt-get install gcc-mingw-w64-x86-64-win32 wine wine64`).
import { describe } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import process from "node:process";
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as windows from "../platform/windows.ts";
import { NOT_IN_MINGW } from "../.ci/gen_windows_constants.ts";
import * as linux from "../platform/linux.ts";
import {
  constants as C,
  errno as errnoNames,
  lib,
  os,
} from "../platform/mod.ts";
import { error, fromfd, socket, socketpair } from "../mod.ts";
import { strerror } from "../socket/errors.ts";
import { packHyperV } from "../address/hyperv.ts";
import { describeOrSkip, it } from "./_skip.ts";

/** CPython's HV_GUID_PARENT and HV_GUID_CHILDREN (its module's strings). */
const HV_PARENT = "A42E7CDA-D03F-480C-9CC2-A4DE20ABB878";
const HV_CHILDREN = "90DB8B89-0D35-4F79-8CE9-49EA0AC8B7CD";

const GCC = "x86_64-w64-mingw32-gcc";

/** The C type behind each layout name (default: `struct NAME`). */
const C_TYPE: Record<string, string> = {
  pollfd: "WSAPOLLFD",
  fd_set: "fd_set",
  WSABUF: "WSABUF",
  WSAMSG: "WSAMSG",
  cmsghdr: "WSACMSGHDR",
  WSAPROTOCOL_INFOW: "WSAPROTOCOL_INFOW",
  MIB_IF_TABLE2: "MIB_IF_TABLE2",
  MIB_IF_ROW2: "MIB_IF_ROW2",
  WSADATA: "WSADATA",
  SOCKADDR_HV: "SOCKADDR_HV",
  sockaddr_rc: "SOCKADDR_BTH",
};

/** C field names where the layout uses CPython's (`_BT_RC_MEMB`). */
const C_FIELD: Record<string, Record<string, string>> = {
  sockaddr_rc: {
    rc_family: "addressFamily",
    rc_bdaddr: "btAddr",
    rc_channel: "port",
  },
};

/**
 * `SHUT_*` carry the `SD_*` values, and `TCP_QUICKACK` is
 * `SIO_TCP_SET_ACK_FREQUENCY`, as in CPython.
 */
const C_NAME: Record<string, string> = {
  SHUT_RD: "SD_RECEIVE",
  SHUT_WR: "SD_SEND",
  SHUT_RDWR: "SD_BOTH",
  TCP_QUICKACK: "SIO_TCP_SET_ACK_FREQUENCY",
  AF_BLUETOOTH: "AF_BTH",
  BTPROTO_RFCOMM: "BTHPROTO_RFCOMM",
};

const PRELUDE = `#define WIN32_LEAN_AND_MEAN
#include <winsock2.h>
#include <ws2bth.h>
#include <ws2tcpip.h>
#include <mstcpip.h>
#include <mswsock.h>
#include <afunix.h>
#include <iphlpapi.h>
#include <hvsocket.h>
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
`;

function works(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { stdio: "ignore", timeout: 30_000 });
  return r.status === 0;
}

function findWine(): string | null {
  if (existsSync("/usr/lib/wine/wine64")) return "/usr/lib/wine/wine64";
  for (const w of ["wine64", "wine"]) {
    if (works("sh", ["-c", `command -v ${w}`])) return w;
  }
  return null;
}

const hasGcc = works(GCC, ["--version"]);
// Set where Wine is installed but cannot run (.ci/vm_suite: inside qemu).
const noWine = process.env.BERKELEY_SOCKET_NO_WINE;
const wine = hasGcc && !noWine ? findWine() : null;
const gccMissing = hasGcc ? false : `${GCC} is not installed`;
const wineMissing = gccMissing || noWine ||
  (wine ? false : "Wine is not installed");
if (wineMissing) {
  console.warn(
    gccMissing
      ? `platform_windows_test: skipping the mingw-w64 checks: ${gccMissing}`
      : `platform_windows_test: skipping the run under Wine: ${wineMissing}`,
  );
}

/** How each constant and errno name is spelled in C. */
function constantExprs(): [string, string, number][] {
  return Object.entries(windows.constants).map((
    [n, v],
  ) => [n, C_NAME[n] ?? n, v]);
}

function errnoLines(
  emit: (name: string, expr: string, value: number) => string,
): string {
  return Object.entries(windows.errno).map(([n, v]) => {
    if (n.startsWith("WSA")) return emit(n, n, v);
    if (n === "EAGAIN") return emit(n, "WSAEWOULDBLOCK", v);
    // A POSIX name with a Winsock twin reports the twin's value.
    return `#ifdef WSA${n}\n${emit(n, `WSA${n}`, v)}\n#else\n${
      emit(n, n, v)
    }\n#endif`;
  }).join("\n");
}

function layoutEntries(): [
  string,
  string,
  number,
  [string, number, number, string][],
][] {
  return Object.entries(windows.layouts).map(([name, l]) => [
    name,
    C_TYPE[name] ?? `struct ${name}`,
    l.size,
    Object.entries(l.fields).map(([f, [o, s]]) =>
      [f, o, s, C_FIELD[name]?.[f] ?? f] as [string, number, number, string]
    ),
  ]);
}

function compile(dir: string, source: string, args: string[]): void {
  const src = join(dir, "probe.c");
  writeFileSync(src, source);
  const r = spawnSync(GCC, [...args, src], {
    cwd: dir,
    encoding: "utf8",
    timeout: 120_000,
  });
  if (r.status !== 0) {
    const errors = (r.stderr ?? "").split("\n").filter((l) =>
      l.includes("error")
    ).slice(0, 40);
    assert.fail(
      `The probe does not compile (${errors.length} errors shown):\n${
        errors.join("\n")
      }`,
    );
  }
}

function withDir(fn: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), "platform-windows-test-"));
  try {
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Compiles C `source` in `dir` and runs it under Wine; the text of the
 * `values.txt` it writes there. Output goes to a file: Wine's helper
 * processes inherit stdio and would hold a pipe open after the probe exits.
 */
function runProbe(dir: string, source: string): string {
  compile(dir, source, ["-O0", "-o", join(dir, "probe.exe")]);
  const winci = join(process.env.WINCI ?? "/tmp/winci", "prefix");
  const prefix = process.env.WINEPREFIX ??
    (existsSync(winci) ? winci : join(tmpdir(), "berkeley-socket-wineprefix"));
  const r = spawnSync(wine!, ["probe.exe"], {
    cwd: dir,
    stdio: "ignore",
    timeout: 240_000,
    env: {
      ...process.env,
      WINEPREFIX: prefix,
      WINEDEBUG: "-all",
      WINEDLLOVERRIDES: "mscoree,mshtml=",
    },
  });
  assert.equal(
    r.status,
    0,
    `The probe failed under Wine (${r.error ?? r.signal ?? r.status})`,
  );
  return readFileSync(join(dir, "values.txt"), "utf8");
}

describe("platform/windows.ts", () => {
  it("exports the same names as platform/linux.ts without opening a library", () => {
    assert.deepEqual(Object.keys(windows).sort(), Object.keys(linux).sort());
    assert.deepEqual(windows.library, {
      envVar: "BERKELEY_SOCKET_WS2_32",
      paths: ["ws2_32.dll"],
    });
    assert.deepEqual(windows.lastError, {
      kind: "call",
      symbol: "WSAGetLastError",
    });
    assert.equal("INVALID_SOCKET" in windows.constants, false);
  });

  it("passes and returns every SOCKET as a pointer-sized usize", () => {
    const s = windows.symbols;
    for (const fn of ["socket", "WSASocketW", "accept"] as const) {
      assert.equal(s[fn].result, "usize", `${fn}() returns SOCKET`);
    }
    const takesSocket = [
      "bind",
      "connect",
      "listen",
      "accept",
      "getsockname",
      "getpeername",
      "getsockopt",
      "setsockopt",
      "send",
      "recv",
      "sendto",
      "recvfrom",
      "WSASendMsg",
      "shutdown",
      "closesocket",
      "ioctlsocket",
      "WSAIoctl",
    ] as const;
    for (const fn of takesSocket) {
      assert.equal(s[fn].parameters[0], "usize", `${fn}() takes SOCKET first`);
    }
    // int len and an int result: Winsock's send/recv are not size_t/ssize_t.
    for (const fn of ["send", "recv", "sendto", "recvfrom"] as const) {
      assert.equal(s[fn].parameters[2], "i32", `${fn}() takes int len`);
      assert.equal(s[fn].result, "i32", `${fn}() returns int`);
    }
    assert.deepEqual(s.WSAPoll.parameters, ["buffer", "u32", "i32"]);
    assert.deepEqual(s.WSAStartup.parameters, ["u16", "buffer"]);
  });

  it("shares layout and field names with platform/linux.ts", () => {
    const lin = linux.layouts as Record<
      string,
      { fields: Record<string, unknown> }
    >;
    const shared = Object.keys(windows.layouts).filter((n) => n in lin);
    assert.deepEqual(shared.sort(), [
      "addrinfo",
      "cmsghdr",
      "hostent",
      "linger",
      "pollfd",
      "protoent",
      "servent",
      "sockaddr",
      "sockaddr_in",
      "sockaddr_in6",
      "sockaddr_rc",
      "sockaddr_storage",
      "sockaddr_un",
      "timeval",
    ]);
    for (const n of shared) {
      const w = (windows.layouts as Record<
        string,
        { fields: Record<string, unknown> }
      >)[n];
      assert.deepEqual(
        Object.keys(w.fields).sort(),
        Object.keys(lin[n].fields).sort(),
        n,
      );
    }
  });

  it("describes Winsock's behaviour in features", () => {
    assert.deepEqual(windows.features, {
      sockaddrLength: false,
      sockCloexec: false,
      accept4: false,
      sendFlags: 0,
      soNoSigpipe: false,
      closeSymbol: "closesocket",
      pollSymbol: "WSAPoll",
      handleIsPointer: true,
      sunPathLength: windows.layouts.sockaddr_un.fields.sun_path[1],
      abstractUnix: false,
      connectPending: "EWOULDBLOCK",
      socketpair: false,
      dup: true,
      serverReuseAddress: false,
      setsockoptEmptyNull: false,
    });
    assert.equal(windows.features.sunPathLength, 108);
  });

  it("has every integer constant CPython 3.13 exports on Windows", () => {
    const names = readFileSync(
      new URL("./data/cpython-windows-constants.txt", import.meta.url),
      "utf8",
    ).split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
    assert.ok(names.length > 150);
    const c = windows.constants as Record<string, number>;
    const missing = names.filter((n) => !(n in c));
    assert.deepEqual(missing, []);
    assert.deepEqual(
      [c.SOL_IP, c.SOL_TCP, c.SOL_UDP, c.IPPORT_USERRESERVED],
      [0, 6, 17, 5000],
    );
  });

  it("has the spec's Windows-only constants", () => {
    const c = windows.constants as Record<string, number>;
    for (
      const n of [
        "SIO_RCVALL",
        "SIO_KEEPALIVE_VALS",
        "SIO_LOOPBACK_FAST_PATH",
        "RCVALL_OFF",
        "RCVALL_ON",
        "RCVALL_SOCKETLEVELONLY",
        "RCVALL_IPLEVEL",
        "RCVALL_MAX",
        "SHUT_RD",
        "SHUT_WR",
        "SHUT_RDWR",
        "FIONBIO",
        "FIONREAD",
        "SIOCATMARK",
        "POLLIN",
        "POLLOUT",
        "POLLERR",
        "POLLHUP",
        "POLLNVAL",
        "POLLPRI",
      ]
    ) {
      assert.equal(typeof c[n], "number", n);
    }
    const e = windows.errno as Record<string, number>;
    assert.equal(e.EWOULDBLOCK, 10035);
    assert.equal(e.EAGAIN, 10035);
    assert.equal(e.EINPROGRESS, 10036);
    assert.equal(e.ECONNREFUSED, 10061);
    assert.equal(e.EBADF, 10009);
  });

  it("routes ioctl() to ioctlsocket or WSAIoctl and fails fcntl() like a call", () => {
    const calls: unknown[][] = [];
    const fake = {
      ioctlsocket: (...a: unknown[]) => (calls.push(["ioctlsocket", ...a]), 0),
      WSAIoctl: (
        ...a: unknown[]
      ) => (calls.push(["WSAIoctl", ...a.slice(0, 6)]), 0),
      WSASetLastError: (code: number) =>
        void calls.push(["WSASetLastError", code]),
    };
    const c = windows.constants;
    const arg = new Uint8Array(4);
    assert.equal(windows.ioctl(fake, 0x104, c.FIONBIO, arg), 0);
    assert.equal(windows.ioctl(fake, 0x104, c.FIONREAD, arg), 0);
    assert.equal(windows.ioctl(fake, 0x104, c.SIO_RCVALL, arg), 0);
    assert.equal(
      windows.ioctl(fake, 0x104, c.SIO_GET_BROADCAST_ADDRESS, arg),
      0,
    );
    assert.deepEqual(calls, [
      ["ioctlsocket", 0x104, 2147772030, arg],
      ["ioctlsocket", 0x104, 1074030207, arg],
      // SIO_RCVALL is _WSAIOW: input only.
      ["WSAIoctl", 0x104, 2550136833, arg, 4, null, 0],
      // SIO_GET_BROADCAST_ADDRESS is _WSAIOR: output only.
      ["WSAIoctl", 0x104, 1207959557, null, 0, arg, 4],
    ]);
    calls.length = 0;
    assert.equal(windows.fcntl(fake, 0x104, 4, 0), -1);
    assert.deepEqual(calls, [["WSASetLastError", 10045]]);
  });

  it(
    "matches the mingw-w64 headers at compile time",
    { skip: gccMissing, timeout: 120_000 },
    () => {
      const checks: string[] = [];
      const check = (what: string, expr: string, value: number) => {
        const label = JSON.stringify(`${what} is not ${value}`);
        checks.push(
          `_Static_assert((long long)(${expr}) == ${value}LL, ${label});`,
        );
      };
      for (const [n, expr, v] of constantExprs()) {
        // A Windows SDK name mingw lacks is checked only once mingw has it.
        if (n in NOT_IN_MINGW) checks.push(`#ifdef ${n}`);
        check(n, expr, v);
        if (n in NOT_IN_MINGW) checks.push("#endif");
      }
      const errno = errnoLines((n, expr, v) =>
        `_Static_assert((long long)(${expr}) == ${v}LL, ${
          JSON.stringify(`${n} is not ${v}`)
        });`
      );
      for (const [name, type, size, fields] of layoutEntries()) {
        check(`sizeof(${type})`, `sizeof(${type})`, size);
        for (const [f, o, s, c] of fields) {
          check(`offsetof(${type}, ${c})`, `offsetof(${type}, ${c})`, o);
          check(`sizeof ${name}.${f}`, `sizeof(((${type} *)0)->${c})`, s);
        }
      }
      withDir((dir) =>
        compile(dir, `${PRELUDE}${checks.join("\n")}\n${errno}\n`, [
          "-fsyntax-only",
        ])
      );
    },
  );

  it(
    "matches the values a probe reports when run under Wine",
    { skip: wineMissing, timeout: 300_000 },
    () => {
      const lines: string[] = [];
      const emit = (n: string, expr: string) =>
        `  fprintf(out, "%s %lld\\n", "${n}", (long long)(${expr}));`;
      for (const [n, expr] of constantExprs()) {
        if (n in NOT_IN_MINGW) continue; // not in the mingw headers
        lines.push(emit(`constant ${n}`, expr));
      }
      const errno = errnoLines((n, expr) => emit(`errno ${n}`, expr));
      for (const [name, type, , fields] of layoutEntries()) {
        lines.push(emit(`sizeof ${name}`, `sizeof(${type})`));
        for (const [f, , , c] of fields) {
          lines.push(emit(`offsetof ${name}.${f}`, `offsetof(${type}, ${c})`));
          lines.push(
            emit(`sizeof ${name}.${f}`, `sizeof(((${type} *)0)->${c})`),
          );
        }
      }
      const source = `${PRELUDE}int main(void) {
  FILE *out = fopen("values.txt", "w");
  if (!out) return 2;
${lines.join("\n")}
${errno}
  return fclose(out) == 0 ? 0 : 3;
}
`;
      withDir((dir) => {
        const actual: Record<string, number> = {};
        for (const line of runProbe(dir, source).trim().split(/\r?\n/)) {
          const at = line.lastIndexOf(" ");
          actual[line.slice(0, at)] = Number(line.slice(at + 1));
        }
        const expected: Record<string, number> = {};
        for (const [n, v] of Object.entries(windows.constants)) {
          if (!(n in NOT_IN_MINGW)) expected[`constant ${n}`] = v;
        }
        for (const [n, v] of Object.entries(windows.errno)) {
          expected[`errno ${n}`] = v;
        }
        for (const [name, , size, fields] of layoutEntries()) {
          expected[`sizeof ${name}`] = size;
          for (const [f, o, s] of fields) {
            expected[`offsetof ${name}.${f}`] = o;
            expected[`sizeof ${name}.${f}`] = s;
          }
        }
        assert.ok(Object.keys(expected).length > 500);
        assert.deepEqual(actual, expected);
      });
    },
  );
});

describe("AF_HYPERV's SOCKADDR_HV against the mingw-w64 headers", () => {
  it(
    "packHyperV() lays out the hvsocket.h GUIDs byte for byte as C does",
    { skip: wineMissing, timeout: 300_000 },
    () => {
      // HV_GUID_PARENT and HV_GUID_CHILDREN from hvsocket.h, and a
      // service id (the vsock template), as C initialises them.
      const source = `${PRELUDE}int main(void) {
  static const GUID service = {0x00000000, 0xfacb, 0x11e6,
    {0xbd, 0x58, 0x64, 0x00, 0x6a, 0x79, 0x86, 0xd3}};
  SOCKADDR_HV a;
  memset(&a, 0xee, sizeof a);
  a.Family = 34;
  a.Reserved = 0;
  a.VmId = HV_GUID_PARENT;
  a.ServiceId = service;
  FILE *out = fopen("values.txt", "w");
  if (!out) return 2;
  const unsigned char *p = (const unsigned char *)&a;
  for (size_t i = 0; i < sizeof a; i++) fprintf(out, "%02x", p[i]);
  a.VmId = HV_GUID_CHILDREN;
  fprintf(out, "\\n");
  for (size_t i = 0; i < sizeof a; i++) fprintf(out, "%02x", p[i]);
  return fclose(out) == 0 ? 0 : 3;
}
`;
      withDir((dir) => {
        const [parent, children] = runProbe(
          dir,
          `#include <string.h>\n${source}`,
        ).trim().split(/\r?\n/);
        const hex = (address: [string, string]): string => {
          const view = new DataView(new ArrayBuffer(36));
          packHyperV(address, view, windows.layouts.SOCKADDR_HV, 34, "test");
          return Buffer.from(view.buffer).toString("hex");
        };
        const service = "00000000-facb-11e6-bd58-64006a7986d3";
        assert.equal(hex([HV_PARENT, service]), parent);
        assert.equal(hex([HV_CHILDREN, service]), children);
      });
    },
  );
});

describe("platform/windows.ts helpers (with stand-in functions)", () => {
  /** A stand-in library that records every call. */
  function recorder(results: Record<string, unknown> = {}) {
    const calls: unknown[][] = [];
    const lib = new Proxy({}, {
      get: (_t, name: string) => (...args: unknown[]) => {
        calls.push([name, ...args]);
        const r = results[name];
        return typeof r === "function" ? r(...args) : r ?? 0;
      },
    }) as never;
    return { lib, calls };
  }

  it("init() starts Winsock 2.2 and refuses a failure or another version", () => {
    const ok = recorder({
      WSAStartup: (_v: number, data: Uint8Array) => {
        new DataView(data.buffer).setUint16(0, 0x0202, true);
        return 0;
      },
    });
    windows.init(ok.lib);
    assert.equal(ok.calls.length, 1);
    assert.equal(ok.calls[0][1], 0x0202);
    assert.equal((ok.calls[0][2] as Uint8Array).byteLength, 408);

    const down = recorder({ WSAStartup: 10091 });
    assert.throws(() => windows.init(down.lib), {
      message: "WSAStartup failed: error code 10091",
    });
    const old = recorder({
      WSAStartup: (_v: number, data: Uint8Array) => {
        new DataView(data.buffer).setUint16(0, 0x0101, true);
        return 0;
      },
    });
    assert.throws(() => windows.init(old.lib), {
      message:
        "WSAStartup failed: Winsock 2.2 is not available, got version 1.1",
    });
    assert.deepEqual(old.calls.map((c) => c[0]), ["WSAStartup", "WSACleanup"]);
  });

  it("strerror() trims FormatMessageW's text as CPython does, or names the code", () => {
    const text = "No connection could be made.\r\n";
    const found = recorder({
      FormatMessageW: (...a: unknown[]) => {
        const out = new Uint16Array((a[4] as Uint8Array).buffer);
        for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
        return text.length;
      },
    });
    assert.equal(
      windows.strerror(found.lib, 10061),
      "No connection could be made",
    );
    // FORMAT_MESSAGE_FROM_SYSTEM | IGNORE_INSERTS, the code, LANG_NEUTRAL.
    assert.deepEqual(found.calls[0].slice(1, 5), [0x1200, null, 10061, 0x400]);
    assert.equal(found.calls[0][6], 2048);
    const none = recorder({ FormatMessageW: 0 });
    assert.equal(windows.strerror(none.lib, 10035), "Windows Error 0x2733");
  });

  it("gai and h errors have CPython's fixed Windows texts", () => {
    assert.equal(windows.gaiStrerror({}, 11001), "getaddrinfo failed");
    assert.equal(windows.hstrerror({}, 11001), "host not found");
  });

  it("inetAton() is inet_addr, with 255.255.255.255 taken as broadcast", () => {
    const enc = (s: string) => new TextEncoder().encode(s + "\0");
    const out = new Uint8Array(4);
    const lib = recorder({
      inet_addr: (t: Uint8Array) =>
        new TextDecoder().decode(t) === "127.0.0.1\0" ? 0x0100007f : 0xffffffff,
    }).lib;
    assert.equal(windows.inetAton(lib, enc("127.0.0.1"), out), 1);
    assert.deepEqual([...out], [127, 0, 0, 1]);
    assert.equal(windows.inetAton(lib, enc("bad"), out), 0);
    out.fill(0);
    assert.equal(windows.inetAton(lib, enc("255.255.255.255"), out), 1);
    assert.deepEqual([...out], [255, 255, 255, 255]);
  });

  it("openSocket() and dupSocket() make non-inheritable sockets with WSASocketW", () => {
    const { lib, calls } = recorder({
      WSASocketW: 0x120,
      GetCurrentProcessId: 7,
    });
    assert.equal(windows.openSocket(lib, 2, 1, 6), 0x120);
    // WSA_FLAG_OVERLAPPED | WSA_FLAG_NO_HANDLE_INHERIT
    assert.deepEqual(calls[0], ["WSASocketW", 2, 1, 6, null, 0, 0x81]);
    calls.length = 0;
    assert.equal(windows.dupSocket(lib, 0x104), 0x120);
    const info = calls[1][3] as Uint8Array;
    assert.equal(info.byteLength, 628);
    assert.deepEqual(calls, [
      ["GetCurrentProcessId"],
      ["WSADuplicateSocketW", 0x104, 7, info],
      ["WSASocketW", -1, -1, -1, info, 0, 0x81],
    ]);
    const refused = recorder({ WSADuplicateSocketW: -1 });
    assert.equal(windows.dupSocket(refused.lib, 0x104), 2 ** 64);
  });

  it("acceptSocket() clears HANDLE_FLAG_INHERIT, and on failure closes the socket", () => {
    const addr = new Uint8Array(128);
    const len = new Uint8Array(4);
    const ok = recorder({ accept: 0x130, SetHandleInformation: 1 });
    assert.equal(windows.acceptSocket(ok.lib, 0x104, addr, len), 0x130);
    assert.deepEqual(ok.calls, [
      ["accept", 0x104, addr, len],
      ["SetHandleInformation", 0x130, 1, 0],
    ]);
    const bad = recorder({
      accept: 0x130,
      SetHandleInformation: 0,
      WSAGetLastError: 6,
    });
    assert.equal(windows.acceptSocket(bad.lib, 0x104, addr, len), 2 ** 64);
    assert.deepEqual(bad.calls.map((c) => c[0]), [
      "accept",
      "SetHandleInformation",
      "WSAGetLastError",
      "closesocket",
      "WSASetLastError",
    ]);
    assert.deepEqual(bad.calls[4], ["WSASetLastError", 6]);
    const none = recorder({ accept: 2 ** 64 });
    assert.equal(windows.acceptSocket(none.lib, 0x104, addr, len), 2 ** 64);
    assert.equal(none.calls.length, 1);
  });
});

describeOrSkip(
  "Winsock at run time",
  os !== "windows" && "not Windows",
  () => {
    it("strerror() has no trailing dot or line end, and names codes without text", () => {
      const text = strerror(10061);
      assert.ok(text.length > 0);
      assert.doesNotMatch(text, /[.\s]$/);
      assert.equal(strerror(0x7ffffff0), "Windows Error 0x7ffffff0");
    });

    it("sockets from socket(), accept(), dup() and fromfd() are not inherited", () => {
      const flags = (fd: number) => {
        const out = new Uint32Array(1);
        assert.equal(
          lib.GetHandleInformation!(fd, new Uint8Array(out.buffer)),
          1,
        );
        return out[0] & 1; // HANDLE_FLAG_INHERIT
      };
      const l = socket();
      const c = socket();
      try {
        l.bind(["127.0.0.1", 0]);
        l.listen();
        c.connect(l.getsockname()!);
        const [s] = l.accept();
        const d = c.dup();
        const f = fromfd(c.fileno(), C.AF_INET, C.SOCK_STREAM);
        for (const x of [l, c, s, d, f]) assert.equal(flags(x.fileno()), 0);
        for (const x of [s, d, f]) x.close();
      } finally {
        l.close();
        c.close();
      }
    });

    it("sendmsg() and recvmsg() raise EOPNOTSUPP: Winsock has no msghdr", () => {
      const [a, b] = socketpair();
      try {
        for (const call of [() => a.sendmsg(["x"]), () => b.recvmsg(4)]) {
          assert.throws(
            call,
            (e: unknown) =>
              e instanceof error && e.errno === errnoNames.EOPNOTSUPP,
          );
        }
      } finally {
        a.close();
        b.close();
      }
    });
  },
);
