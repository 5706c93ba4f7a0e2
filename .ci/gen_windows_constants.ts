/**
 * Generates `platform/windows_constants.ts` from the mingw-w64 headers and
 * prints the measured struct layouts that `platform/windows_layouts.ts` carries.
 *
 * Every value is read from a probe compiled with `x86_64-w64-mingw32-gcc`
 * and run under Wine, never typed by hand:
 *
 * 1. `gcc -E -dD` lists the object-like macros of the Winsock headers
 *    (winsock2.h, ws2def/ws2ipdef.h, ws2tcpip.h, mstcpip.h, mswsock.h,
 *    afunix.h, netioapi.h through iphlpapi.h, hvsocket.h), winerror.h's `WSA*` error codes and errno.h's `E*` names;
 *    `gcc -E` adds the enumerators of those headers (`RCVALL_ON`, ...).
 * 2. Names of the spec's groups are kept (see `GROUPS`), then only those
 *    that compile as integer constant expressions.
 * 3. A probe prints every value and every struct's size and field offsets.
 *
 * Errno names follow what CPython's socket module reports on Windows (the
 * value of `WSAGetLastError()`): a POSIX name with a `WSA` twin maps to it
 * (`ECONNREFUSED` -> `WSAECONNREFUSED`, `EBADF` -> `WSAEBADF`), `EAGAIN`
 * maps to `WSAEWOULDBLOCK`, any other errno.h name keeps the C runtime's
 * value, and every `WSA*` error code is there under its own name.
 * `SHUT_RD`/`SHUT_WR`/`SHUT_RDWR` are `SD_RECEIVE`/`SD_SEND`/`SD_BOTH`, as in
 * CPython.
 *
 * Usage (needs the tools `/work/shared/tools/wine-windows.sh setup` installs):
 *
 *     deno run -A .ci/gen_windows_constants.ts          # writes the file
 *     deno run -A .ci/gen_windows_constants.ts --check  # exits 1 on drift
 *
 * @module
 */
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const GCC = "x86_64-w64-mingw32-gcc";
const WINE = existsSync("/usr/lib/wine/wine64")
  ? "/usr/lib/wine/wine64"
  : "wine64";
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "platform", "windows_constants.ts");

/** The headers read, in the order a Windows program includes them. */
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

/** Headers whose names count as socket constants. */
const SOCKET_HEADERS =
  /\/(winsock2|ws2def|ws2ipdef|ws2tcpip|mstcpip|mswsock|afunix|netioapi|hvsocket)\.h$/;

/** The spec's constant groups, in the spec's order, plus what shared code needs. */
const GROUPS: readonly [string, RegExp][] = [
  ["address families", /^AF_/],
  ["socket types", /^SOCK_/],
  ["socket options", /^(SO_|SOL_|SOMAXCONN$)/],
  ["message flags", /^MSG_/],
  ["protocols", /^IPPROTO_/],
  ["well-known ports", /^IPPORT_/],
  ["IPv4 addresses", /^INADDR_/],
  ["IPv4 options", /^IP_/],
  ["IPv6 options", /^IPV6_/],
  ["getaddrinfo errors", /^EAI_/],
  ["getaddrinfo flags", /^AI_/],
  ["getnameinfo flags and sizes", /^NI_/],
  ["TCP options", /^TCP_/],
  ["shutdown() how (SD_* values)", /^SHUT_/],
  ["WSAIoctl codes", /^SIO_/],
  ["SIO_RCVALL values", /^RCVALL_/],
  ["ioctlsocket codes", /^(FIO|SIOC)[A-Z]/],
  ["ioctl code bits (direction, family)", /^IOC(_|PARM_)/],
  ["WSAPoll events", /^POLL/],
  ["WSASocketW flags", /^WSA_FLAG_/],
  ["interface names (if_indextoname)", /^IF_NAMESIZE$/],
  // CPython's names for ws2bth.h's (RFCOMM is all Windows has).
  ["Bluetooth (ws2bth.h)", /^BTPROTO_RFCOMM$/],
  // CPython's five (Python 3.12+); not HVSOCKET_CONTAINER_PASSTHRU.
  [
    "Hyper-V sockets (hvsocket.h)",
    /^(HV_PROTOCOL_RAW|HVSOCKET_(CONNECT_TIMEOUT|CONNECT_TIMEOUT_MAX|CONNECTED_SUSPEND|ADDRESS_FLAG_PASSTHRU))$/,
  ],
];

/**
 * Constants CPython exports on Windows (from the Windows SDK it is built
 * with) that the mingw-w64 10 headers lack: `IPPROTO_TCP` options of the
 * SDK's ws2ipdef.h and ws2def.h's `AF_HYPERV`, with the values Microsoft documents (learn.microsoft.com
 * "IPPROTO_TCP socket options" names them; Microsoft's win32metadata, as
 * published in the `windows`/`windows-sys` crates' documentation, gives
 * the numbers). A name the mingw headers define is taken from them and
 * checked; these are not.
 */
export const WINDOWS_SDK: Readonly<Record<string, number>> = {
  AF_HYPERV: 34, // ws2def.h; Hyper-V sockets (CPython 3.12+)
  TCP_KEEPIDLE: 3, // = TCP_KEEPALIVE; Windows 10 1709+
  TCP_MAXSEG: 4,
  TCP_FASTOPEN: 15, // Windows 10 1607+
  TCP_KEEPCNT: 16, // Windows 10 1703+
  TCP_KEEPINTVL: 17, // Windows 10 1709+
};

/**
 * Names CPython's socket module exports on Windows with a value of its own
 * where the headers lack the name (the `#else` branches of socket_exec() in
 * Modules/socketmodule.c), so every build has them: the Windows SDK does
 * not define them, nor does mingw-w64.
 */
export const CPYTHON_DEFAULTS: Readonly<Record<string, number>> = {
  SOL_IP: 0,
  SOL_TCP: 6,
  SOL_UDP: 17,
  IPPORT_USERRESERVED: 5000,
  INADDR_UNSPEC_GROUP: 0xe0000000,
  INADDR_ALLHOSTS_GROUP: 0xe0000001,
  INADDR_MAX_LOCAL_GROUP: 0xe00000ff,
};

/** Every name whose value the mingw-w64 headers do not give (checked only once they do). */
export const NOT_IN_MINGW: Readonly<Record<string, number>> = {
  ...WINDOWS_SDK,
  ...CPYTHON_DEFAULTS,
};

const SHUT: Record<string, string> = {
  SHUT_RD: "SD_RECEIVE",
  SHUT_WR: "SD_SEND",
  SHUT_RDWR: "SD_BOTH",
};

/** Struct layouts: the same names and fields as `platform/linux.ts` where Windows has them. */
export const STRUCTS: readonly [string, string, readonly string[]][] = [
  ["sockaddr", "struct sockaddr", ["sa_family"]],
  ["sockaddr_in", "struct sockaddr_in", ["sin_family", "sin_port", "sin_addr"]],
  ["sockaddr_in6", "struct sockaddr_in6", [
    "sin6_family",
    "sin6_port",
    "sin6_flowinfo",
    "sin6_addr",
    "sin6_scope_id",
  ]],
  ["sockaddr_un", "struct sockaddr_un", ["sun_family", "sun_path"]],
  ["sockaddr_storage", "struct sockaddr_storage", ["ss_family"]],
  ["addrinfo", "struct addrinfo", [
    "ai_flags",
    "ai_family",
    "ai_socktype",
    "ai_protocol",
    "ai_addrlen",
    "ai_canonname",
    "ai_addr",
    "ai_next",
  ]],
  ["hostent", "struct hostent", [
    "h_name",
    "h_aliases",
    "h_addrtype",
    "h_length",
    "h_addr_list",
  ]],
  ["servent", "struct servent", ["s_name", "s_aliases", "s_port", "s_proto"]],
  ["protoent", "struct protoent", ["p_name", "p_aliases", "p_proto"]],
  ["pollfd", "WSAPOLLFD", ["fd", "events", "revents"]],
  ["linger", "struct linger", ["l_onoff", "l_linger"]],
  ["timeval", "struct timeval", ["tv_sec", "tv_usec"]],
  ["fd_set", "fd_set", ["fd_count", "fd_array"]],
  ["WSABUF", "WSABUF", ["len", "buf"]],
  ["WSAMSG", "WSAMSG", [
    "name",
    "namelen",
    "lpBuffers",
    "dwBufferCount",
    "Control",
    "dwFlags",
  ]],
  ["cmsghdr", "WSACMSGHDR", ["cmsg_len", "cmsg_level", "cmsg_type"]],
  ["WSADATA", "WSADATA", [
    "wVersion",
    "wHighVersion",
    "iMaxSockets",
    "iMaxUdpDg",
    "lpVendorInfo",
    "szDescription",
    "szSystemStatus",
  ]],
  ["tcp_keepalive", "struct tcp_keepalive", [
    "onoff",
    "keepalivetime",
    "keepaliveinterval",
  ]],
  ["WSAPROTOCOL_INFOW", "WSAPROTOCOL_INFOW", [
    "dwServiceFlags1",
    "dwServiceFlags2",
    "dwServiceFlags3",
    "dwServiceFlags4",
    "dwProviderFlags",
    "ProviderId",
    "dwCatalogEntryId",
    "ProtocolChain",
    "iVersion",
    "iAddressFamily",
    "iMaxSockAddr",
    "iMinSockAddr",
    "iSocketType",
    "iProtocol",
    "iProtocolMaxOffset",
    "iNetworkByteOrder",
    "iSecurityScheme",
    "dwMessageSize",
    "dwProviderReserved",
    "szProtocol",
  ]],
  ["SOCKADDR_HV", "SOCKADDR_HV", ["Family", "Reserved", "VmId", "ServiceId"]],
  ["MIB_IF_TABLE2", "MIB_IF_TABLE2", ["NumEntries", "Table"]],
  ["MIB_IF_ROW2", "MIB_IF_ROW2", ["InterfaceLuid", "InterfaceIndex"]],
];

function run(
  cmd: string,
  args: string[],
  env?: Record<string, string>,
): string {
  return execFileSync(cmd, args, {
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: env ? { ...process.env, ...env } : process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** `[file, name]` for every object-like macro, in definition order. */
function macros(dir: string): [string, string][] {
  const src = join(dir, "h.c");
  writeFileSync(src, PRELUDE);
  let file = "";
  const out: [string, string][] = [];
  for (const line of run(GCC, ["-E", "-dD", src]).split("\n")) {
    const marker = /^# \d+ "([^"]+)"/.exec(line);
    if (marker) file = marker[1];
    const def = /^#define ([A-Za-z_][A-Za-z0-9_]*)(\s|$)/.exec(line);
    if (def) out.push([file, def[1]]);
  }
  return out;
}

/** Identifiers in the socket headers' code (enumerators among them). */
function identifiers(dir: string): string[] {
  const src = join(dir, "h.c");
  let file = "";
  const seen = new Set<string>();
  for (const line of run(GCC, ["-E", src]).split("\n")) {
    const marker = /^# \d+ "([^"]+)"/.exec(line);
    if (marker) {
      file = marker[1];
      continue;
    }
    if (!SOCKET_HEADERS.test(file)) continue;
    for (const m of line.matchAll(/\b[A-Z][A-Z0-9_]*\b/g)) seen.add(m[0]);
  }
  return [...seen];
}

function group(name: string): number {
  return GROUPS.findIndex(([, re]) => re.test(name));
}

/** Compiles `expr` per name; drops the names whose line does not compile. */
function integerConstants(
  dir: string,
  exprs: Map<string, string>,
): Map<string, string> {
  const left = new Map(exprs);
  for (let round = 0; round < 50; round++) {
    const names = [...left.keys()];
    const head = PRELUDE.split("\n").length;
    const body = names.map((n, i) =>
      `_Static_assert(__builtin_classify_type(${left.get(n)}) == 1, "x"); ` +
      `static const long long v${i} = (long long)(${left.get(n)});`
    );
    const src = join(dir, "c.c");
    writeFileSync(src, PRELUDE + body.join("\n") + "\n");
    try {
      run(GCC, ["-fsyntax-only", "-w", src]);
      return left;
    } catch (e) {
      const text = String((e as { stderr?: string }).stderr ?? e);
      const bad = new Set<number>();
      for (const m of text.matchAll(/c\.c:(\d+):\d+: error/g)) {
        bad.add(Number(m[1]) - head);
      }
      if (bad.size === 0) throw new Error(`Probe does not compile:\n${text}`);
      for (const i of bad) left.delete(names[i]);
    }
  }
  throw new Error("Too many rounds filtering constants");
}

/** Compiles `source`, runs it under Wine and returns its standard output. */
export function runUnderWine(dir: string, source: string): string {
  const src = join(dir, "p.c");
  const exe = join(dir, "p.exe");
  writeFileSync(src, source);
  run(GCC, ["-O0", "-o", exe, src, "-lws2_32"]);
  const prefix = process.env.WINEPREFIX ??
    join(process.env.WINCI ?? "/tmp/winci", "prefix");
  return run(WINE, [exe], { WINEPREFIX: prefix, WINEDEBUG: "-all" }).replaceAll(
    "\r",
    "",
  );
}

function probeValues(
  dir: string,
  exprs: Map<string, string>,
): Map<string, number> {
  const lines = [...exprs].map(([n, e]) =>
    `  printf("${n} %lld\\n", (long long)(${e}));`
  );
  const out = runUnderWine(
    dir,
    `${PRELUDE}int main(void) {\n${lines.join("\n")}\n  return 0;\n}\n`,
  );
  const values = new Map<string, number>();
  for (const line of out.trim().split("\n")) {
    const [n, v] = line.split(" ");
    values.set(n, Number(v));
  }
  return values;
}

function probeLayouts(dir: string): string {
  const lines: string[] = [];
  for (const [name, type, fields] of STRUCTS) {
    lines.push(`  printf("${name} %u\\n", (unsigned)sizeof(${type}));`);
    for (const f of fields) {
      lines.push(
        `  printf("${name}.${f} %u %u\\n", (unsigned)offsetof(${type}, ${f}), ` +
          `(unsigned)sizeof(((${type} *)0)->${f}));`,
      );
    }
  }
  const out = runUnderWine(
    dir,
    `${PRELUDE}int main(void) {\n${lines.join("\n")}\n  return 0;\n}\n`,
  );
  const sizes = new Map<string, number>();
  const fields = new Map<string, string[]>();
  for (const line of out.trim().split("\n")) {
    const [key, a, b] = line.split(" ");
    if (b === undefined) sizes.set(key, Number(a));
    else {
      const [s, f] = key.split(".");
      fields.set(s, [...(fields.get(s) ?? []), `${f}: [${a}, ${b}]`]);
    }
  }
  return STRUCTS.map(([name]) =>
    `  ${name}: { size: ${sizes.get(name)}, fields: { ${
      fields.get(name)!.join(", ")
    } } },`
  ).join("\n");
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), "gen-windows-"));
  try {
    const defs = macros(dir);
    const version = run(GCC, ["-dumpversion"]).trim();
    const dm = run(GCC, ["-E", "-dM", join(dir, "h.c")]);
    const mingw = ["MAJOR", "MINOR", "BUGFIX"].map((part) =>
      new RegExp(`#define __MINGW64_VERSION_${part} (\\d+)`).exec(dm)?.[1]
    ).join(".");
    const macroNames = new Set(defs.map(([, n]) => n));
    // Socket constants: macros of the socket headers, then their enumerators.
    const constExpr = new Map<string, string>();
    for (const [file, n] of defs) {
      if (SOCKET_HEADERS.test(file) && group(n) >= 0) constExpr.set(n, n);
    }
    for (const n of identifiers(dir)) {
      if (!macroNames.has(n) && group(n) >= 0) constExpr.set(n, n);
    }
    for (const [shut, sd] of Object.entries(SHUT)) constExpr.set(shut, sd);
    // CPython on Windows: `#define AF_BLUETOOTH AF_BTH`, `#define
    // BTPROTO_RFCOMM BTHPROTO_RFCOMM`; SOL_RFCOMM is ws2bth.h's own.
    constExpr.set("AF_BLUETOOTH", "AF_BTH");
    constExpr.set("BTPROTO_RFCOMM", "BTHPROTO_RFCOMM");
    constExpr.set("SOL_RFCOMM", "SOL_RFCOMM");
    // CPython: `#define TCP_QUICKACK SIO_TCP_SET_ACK_FREQUENCY` on Windows.
    constExpr.set("TCP_QUICKACK", "SIO_TCP_SET_ACK_FREQUENCY");
    const constants = integerConstants(dir, constExpr);

    // Errno names.
    const wsa = defs.filter(([f, n]) =>
      /\/winerror\.h$/.test(f) && /^WSA/.test(n) && !/^WSA_QOS_/.test(n)
    ).map(([, n]) => n);
    const wsaSet = new Set(wsa);
    const crt = defs.filter(([f, n]) =>
      /\/errno\.h$/.test(f) && /^E[A-Z0-9]+$/.test(n)
    )
      .map(([, n]) => n);
    const errExpr = new Map<string, string>();
    const posix = new Set([
      ...crt,
      // The Berkeley block (WSABASEERR + 1..99) mirrors BSD errno names.
      ...wsa.filter((n) => /^WSAE[A-Z]+$/.test(n)).map((n) => n.slice(3)),
    ]);
    for (const n of [...posix].sort()) {
      errExpr.set(
        n,
        n === "EAGAIN"
          ? "WSAEWOULDBLOCK"
          : wsaSet.has(`WSA${n}`)
          ? `WSA${n}`
          : n,
      );
    }
    for (const n of wsa) errExpr.set(n, n);
    const errnos = integerConstants(dir, errExpr);
    const errValues = probeValues(dir, errnos);
    for (const [n, expr] of errnos) {
      const v = errValues.get(n)!;
      // WSA names: only error codes (10000-11999). POSIX names taken from a
      // WSAE twin: only the Berkeley block (10001-10099).
      const fromWsa = /^E/.test(n) && expr.startsWith("WSAE") &&
        !crt.includes(n);
      if (/^WSA/.test(n) && (v < 10000 || v > 11999)) errValues.delete(n);
      if (fromWsa && n !== "EAGAIN" && (v < 10001 || v > 10099)) {
        errValues.delete(n);
      }
    }

    const values = probeValues(dir, constants);
    const fromSdk = new Set<string>();
    for (const [n, v] of Object.entries(WINDOWS_SDK)) {
      if (values.has(n)) continue;
      values.set(n, v);
      fromSdk.add(n);
    }
    const fromCpython = new Set<string>();
    for (const [n, v] of Object.entries(CPYTHON_DEFAULTS)) {
      if (values.has(n)) continue;
      values.set(n, v);
      fromCpython.add(n);
    }
    const sorted = [...values.keys()].sort((a, b) => group(a) - group(b));
    const lines: string[] = [];
    let last = -1;
    for (const n of sorted) {
      const g = group(n);
      if (g !== last) lines.push(`  // ${GROUPS[g][0]}`);
      last = g;
      lines.push(
        `  ${n}: ${values.get(n)},${
          fromSdk.has(n)
            ? " // Windows SDK; not in mingw-w64"
            : fromCpython.has(n)
            ? " // CPython's own value (socketmodule.c); not in mingw-w64"
            : ""
        }`,
      );
    }
    const errLines = [...errValues].map(([n, v]) => `  ${n}: ${v},`);
    const text =
      `// Generated by .ci/gen_windows_constants.ts from the mingw-w64 ${mingw} headers
// (${GCC} ${version}, _WIN32_WINNT 0x0a00); do not edit by hand.
// tests/platform_windows_test.ts checks every value against the headers.
// Names marked "Windows SDK" are missing from those headers: their values
// are Microsoft's documented ones (WINDOWS_SDK in the generator); names marked
// "CPython's own value" are those CPython exports with its own value where the
// headers lack them (CPYTHON_DEFAULTS).

/**
 * Windows socket constants by name, as the mingw-w64 headers define them:
 * address families, socket types and options, message flags, protocols,
 * \`getaddrinfo\` codes, WSAIoctl codes (\`SIO_*\`, \`RCVALL_*\`), WSAPoll
 * events. \`SHUT_*\` carry the \`SD_*\` values, as in CPython.
 *
 * @example Reading a constant
 * \`\`\`ts
 * import { constants } from "./windows_constants.ts";
 * console.log(constants.SIO_RCVALL); // 2550136833
 * \`\`\`
 */
export const constants = {
${lines.join("\n")}
} as const;

/**
 * Error numbers by name, as \`WSAGetLastError()\` reports them: a POSIX name
 * with a Winsock twin has the \`WSAE*\` value (\`ECONNREFUSED\` 10061, \`EBADF\`
 * 10009, \`EAGAIN\` and \`EWOULDBLOCK\` 10035), other POSIX names keep the C
 * runtime's value, and every \`WSA*\` error code is there under its own name.
 *
 * @example Checking an error
 * \`\`\`ts
 * import { errno } from "./windows_constants.ts";
 * console.log(errno.EWOULDBLOCK === errno.WSAEWOULDBLOCK); // true
 * \`\`\`
 */
export const errno = {
${errLines.join("\n")}
} as const;
`;
    const layouts = probeLayouts(dir);
    if (process.argv.includes("--check")) {
      if (readFileSync(OUT, "utf8") !== text) {
        console.error(`${OUT} differs from the headers; run without --check`);
        process.exit(1);
      }
      console.log(`${OUT} matches the headers`);
    } else {
      writeFileSync(OUT, text);
      console.log(
        `Wrote ${OUT}: ${values.size} constants, ${errValues.size} errno names`,
      );
    }
    console.log("Measured layouts (platform/windows_layouts.ts):\n" + layouts);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) main();
