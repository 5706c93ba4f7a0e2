/**
 * Writes `socket/constants.ts`: one documented export per public constant
 * of the union of every `platform/*_constants.ts` table, each reading the
 * running platform's value.
 *
 * Usage, from the repository root (Deno or Bun):
 *
 *     deno run -A .ci/gen_constants_exports.ts
 *     bun .ci/gen_constants_exports.ts
 *
 * The output is already as `deno fmt` leaves it.
 *
 * @module
 */
import { readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import process from "node:process";
import { pathToFileURL } from "node:url";

/** Names the library uses itself and does not export (fcntl, poll). */
const INTERNAL: RegExp = /^(F_|FD_|O_|POLL|_SS_|WSA_FLAG_|IOC_|IOCPARM_)/;

/** How the platforms are named in the docs, by table file prefix. */
const PLATFORM_NAMES: Record<string, string> = {
  linux: "Linux",
  darwin: "macOS",
  windows: "Windows",
};

/** The public names of every platform table, each table's values. */
interface Union {
  /** Every public name once: Linux's order first, then the others'. */
  names: string[];
  /** Per platform (`linux`, ...), its constants. */
  tables: Map<string, Readonly<Record<string, number>>>;
}

/** Reads every `platform/*_constants.ts` under `root`. */
async function readUnion(root: string): Promise<Union> {
  const dir = join(root, "platform");
  const files = readdirSync(dir).filter((f) => f.endsWith("_constants.ts"))
    .sort((a, b) =>
      (a.startsWith("linux_") ? "0" : "1") + a <
          (b.startsWith("linux_") ? "0" : "1") + b
        ? -1
        : 1
    );
  const tables = new Map<string, Readonly<Record<string, number>>>();
  const names = new Set<string>();
  for (const f of files) {
    const mod = await import(pathToFileURL(join(dir, f)).href) as {
      constants: Readonly<Record<string, number>>;
    };
    tables.set(f.slice(0, -"_constants.ts".length), mod.constants);
    for (const n of Object.keys(mod.constants)) {
      if (!INTERNAL.test(n)) names.add(n);
    }
  }
  return { names: [...names], tables };
}

/** One doc template: what a constant is, and a titled example. */
interface Template {
  what: string;
  title: string;
  /** Names the example uses besides the constant itself. */
  uses: string[];
  /** The example's lines after the import; `@@` is the constant. */
  code: string[];
}

function t(
  what: string,
  title: string,
  uses: string[],
  code: string[],
): Template {
  return { what, title, uses, code };
}

function neutral(what: string): Template {
  return t(what, "Read the value", [], [
    "console.log(@@); // undefined on a platform without it",
  ]);
}

/**
 * Reading an option with `getsockopt()`: plainly for the options listed in
 * READABLE, which any fresh socket answers; else inside try/catch, for an
 * option may be write-only, need a connection, or be absent on a platform.
 */
function readOption(
  what: string,
  n: string,
  make: string,
  level: string,
  uses: string[],
  note = "",
): Template {
  if (READABLE.has(n)) {
    return t(what, `Read the option${note}`, [level, ...uses], [
      `const s = ${make};`,
      `console.log(s.getsockopt(${level}, @@));`,
      "s.close();",
    ]);
  }
  return t(what, `Query the option where the platform can read it${note}`, [
    level,
    ...uses,
  ], [
    `const s = ${make};`,
    "try {",
    `  console.log(s.getsockopt(${level}, @@));`,
    "} catch (e) {",
    "  console.log(e); // write-only, needs a connection, or absent here",
    "} finally {",
    "  s.close();",
    "}",
  ]);
}

/** Options every fresh socket of the example's kind answers on Linux. */
const READABLE = new Set(
  [
    "SO_DEBUG SO_TYPE SO_ERROR SO_DOMAIN SO_PROTOCOL SO_ACCEPTCONN SO_RCVLOWAT",
    "SO_SNDLOWAT SO_PRIORITY SO_RCVTIMEO SO_SNDTIMEO SO_BROADCAST SO_KEEPALIVE",
    "IP_TOS IP_TTL IP_HDRINCL IP_MULTICAST_TTL IP_MULTICAST_LOOP IP_RECVTOS",
    "IP_PKTINFO IP_RECVERR IP_FREEBIND IP_TRANSPARENT IP_MTU_DISCOVER",
    "IPV6_UNICAST_HOPS IPV6_MULTICAST_HOPS IPV6_MULTICAST_LOOP IPV6_V6ONLY",
    "IPV6_TCLASS IPV6_RECVPKTINFO IPV6_RECVTCLASS IPV6_MTU_DISCOVER",
    "TCP_NODELAY TCP_MAXSEG TCP_CORK TCP_KEEPIDLE TCP_KEEPINTVL TCP_KEEPCNT",
    "TCP_SYNCNT TCP_LINGER2 TCP_DEFER_ACCEPT TCP_WINDOW_CLAMP TCP_QUICKACK",
    "TCP_USER_TIMEOUT TCP_NOTSENT_LOWAT TCP_FASTOPEN",
  ].join(" ").split(" "),
);

function oneOf(name: string, list: string): boolean {
  return list.split(" ").includes(name);
}

function dotted(v: number): string {
  return [24, 16, 8, 0].map((s) => (v >>> s) & 255).join(".");
}

/** The template for one name; `value` is a platform's value (for comments). */
function template(n: string, value: number | undefined): Template {
  // Address families.
  if (/^(AF|PF)_/.test(n)) {
    const what = "An address family: `socket()`'s first argument.";
    if (oneOf(n, "AF_INET AF_INET6")) {
      return t(what, "Create a TCP socket of this family", [
        "SOCK_STREAM",
        "socket",
      ], [
        "const s = socket(@@, SOCK_STREAM);",
        "s.close();",
      ]);
    }
    if (oneOf(n, "AF_UNIX AF_LOCAL AF_FILE")) {
      return t(what, "Create a connected pair of local sockets", [
        "SOCK_STREAM",
        "socketpair",
      ], [
        "const [a, b] = socketpair(@@, SOCK_STREAM);",
        "a.close();",
        "b.close();",
      ]);
    }
    if (oneOf(n, "AF_NETLINK")) {
      return t(what, "Open a routing netlink socket", [
        "NETLINK_ROUTE",
        "SOCK_RAW",
        "socket",
      ], ["const s = socket(@@, SOCK_RAW, NETLINK_ROUTE);", "s.close();"]);
    }
    if (oneOf(n, "AF_PACKET PF_PACKET")) {
      return t(what, "Capture every Ethernet frame (needs privileges)", [
        "ETH_P_ALL",
        "SOCK_RAW",
        "htons",
        "socket",
      ], ["const s = socket(@@, SOCK_RAW, htons(ETH_P_ALL));", "s.close();"]);
    }
    if (n === "AF_TIPC") {
      return t(what, "Open a TIPC reliable-datagram socket", [
        "SOCK_RDM",
        "socket",
      ], [
        "const s = socket(@@, SOCK_RDM);",
        "s.close();",
      ]);
    }
    if (n === "AF_UNSPEC") {
      return t(what, "Resolve to IPv4 and IPv6 addresses alike", [
        "SOCK_STREAM",
        "getaddrinfo",
      ], ['console.log(getaddrinfo("127.0.0.1", 80, @@, SOCK_STREAM));']);
    }
    if (n === "AF_MAX") {
      return neutral("One more than the largest address family.");
    }
    return t(what, "Compare with a socket's family", ["socket"], [
      "const s = socket();",
      "console.log(s.family === @@); // false: socket() makes AF_INET sockets",
      "s.close();",
    ]);
  }
  // Socket types.
  if (oneOf(n, "SOCK_NONBLOCK SOCK_CLOEXEC")) {
    return t(
      "A flag or-ed into `socket()`'s type.",
      "Create a socket with the flag",
      ["AF_INET", "SOCK_STREAM", "socket"],
      ["const s = socket(AF_INET, SOCK_STREAM | @@);", "s.close();"],
    );
  }
  if (/^SOCK_/.test(n) && n !== "SOCK_MAXADDRLEN") {
    const what = "A socket type: `socket()`'s second argument.";
    if (n === "SOCK_RAW") {
      return t(what, "Open a raw ICMP socket (needs privileges)", [
        "AF_INET",
        "IPPROTO_ICMP",
        "socket",
      ], ["const s = socket(AF_INET, @@, IPPROTO_ICMP);", "s.close();"]);
    }
    if (n === "SOCK_SEQPACKET") {
      return t(what, "Create a pair of record-preserving sockets", [
        "AF_UNIX",
        "socketpair",
      ], [
        "const [a, b] = socketpair(AF_UNIX, @@);",
        "a.close();",
        "b.close();",
      ]);
    }
    if (n === "SOCK_RDM") {
      return t(what, "Open a TIPC reliable-datagram socket", [
        "AF_TIPC",
        "socket",
      ], [
        "const s = socket(AF_TIPC, @@);",
        "s.close();",
      ]);
    }
    return t(what, "Create a socket of this type, where the kernel has it", [
      "AF_INET",
      "socket",
    ], [
      "const s = socket(AF_INET, @@);",
      "s.close();",
    ]);
  }
  if (n === "SOMAXCONN") {
    return t(
      "The largest backlog `listen()` accepts.",
      "Listen with the largest backlog",
      ["socket"],
      [
        "const s = socket();",
        's.bind(["127.0.0.1", 0]);',
        "s.listen(@@);",
        "s.close();",
      ],
    );
  }
  // Option levels.
  if (/^SOL_/.test(n)) {
    const what =
      "An option level: `setsockopt()`'s and `getsockopt()`'s first argument.";
    if (n === "SOL_SOCKET") {
      return t(what, "Set a socket-level option", ["SO_REUSEADDR", "socket"], [
        "const s = socket();",
        "s.setsockopt(@@, SO_REUSEADDR, 1);",
        "s.close();",
      ]);
    }
    if (n === "SOL_TCP") {
      return t(what, "Disable Nagle's algorithm", ["TCP_NODELAY", "socket"], [
        "const s = socket();",
        "s.setsockopt(@@, TCP_NODELAY, 1);",
        "s.close();",
      ]);
    }
    if (n === "SOL_IP") {
      return t(what, "Read the IPv4 time to live", ["IP_TTL", "socket"], [
        "const s = socket();",
        "console.log(s.getsockopt(@@, IP_TTL));",
        "s.close();",
      ]);
    }
    return neutral(what);
  }
  // Socket options.
  if (/^SO_/.test(n)) {
    const what = "A socket option at level `SOL_SOCKET`.";
    if (
      oneOf(
        n,
        "SO_REUSEADDR SO_REUSEPORT SO_KEEPALIVE SO_OOBINLINE SO_DONTROUTE",
      )
    ) {
      return t(what, "Turn the option on", ["SOL_SOCKET", "socket"], [
        "const s = socket();",
        "s.setsockopt(SOL_SOCKET, @@, 1);",
        "s.close();",
      ]);
    }
    if (n === "SO_BROADCAST") {
      return t(what, "Allow sending to a broadcast address", [
        "AF_INET",
        "SOCK_DGRAM",
        "SOL_SOCKET",
        "socket",
      ], [
        "const s = socket(AF_INET, SOCK_DGRAM);",
        "s.setsockopt(SOL_SOCKET, @@, 1);",
        "s.close();",
      ]);
    }
    if (oneOf(n, "SO_RCVBUF SO_SNDBUF")) {
      return t(what, "Ask for a 64 KiB buffer", ["SOL_SOCKET", "socket"], [
        "const s = socket();",
        "s.setsockopt(SOL_SOCKET, @@, 65536);",
        "console.log(s.getsockopt(SOL_SOCKET, @@));",
        "s.close();",
      ]);
    }
    if (n === "SO_LINGER") {
      return t(what, "Read struct linger", ["SOL_SOCKET", "socket"], [
        "const s = socket();",
        "console.log(s.getsockopt(SOL_SOCKET, @@, 8)); // l_onoff, l_linger",
        "s.close();",
      ]);
    }
    return readOption(what, n, "socket()", "SOL_SOCKET", ["socket"]);
  }
  // Message flags.
  if (/^MSG_/.test(n)) {
    const what =
      "A flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.";
    if (oneOf(n, "MSG_TRUNC MSG_CTRUNC")) {
      return t(what, "Tell a truncated datagram by recvmsg()'s flags", [
        "AF_UNIX",
        "SOCK_DGRAM",
        "socketpair",
      ], [
        "const [a, b] = socketpair(AF_UNIX, SOCK_DGRAM);",
        'a.send("a datagram longer than four bytes");',
        "const [, , flags] = b.recvmsg(4);",
        "console.log((flags & @@) !== 0);",
        "a.close();",
        "b.close();",
      ]);
    }
    if (
      oneOf(
        n,
        "MSG_PEEK MSG_WAITALL MSG_DONTWAIT MSG_CMSG_CLOEXEC MSG_WAITSTREAM",
      )
    ) {
      return t(what, "Receive with the flag", ["socketpair"], [
        "const [a, b] = socketpair();",
        'a.send("ping");',
        "console.log(b.recv(4, @@));",
        "a.close();",
        "b.close();",
      ]);
    }
    if (
      oneOf(
        n,
        "MSG_NOSIGNAL MSG_MORE MSG_DONTROUTE MSG_EOR MSG_CONFIRM MSG_EOF MSG_DONTWAIT",
      )
    ) {
      return t(what, "Send with the flag", ["socketpair"], [
        "const [a, b] = socketpair();",
        'a.send("ping", @@);',
        "a.close();",
        "b.close();",
      ]);
    }
    return neutral(what);
  }
  // Ancillary data types.
  if (n === "SCM_RIGHTS") {
    return t(
      "An ancillary data type at level `SOL_SOCKET`: descriptors to pass.",
      "Pass a descriptor to the peer",
      ["SOL_SOCKET", "socketpair"],
      [
        "const [a, b] = socketpair();",
        "const fds = new Uint8Array(new Int32Array([a.fileno()]).buffer);",
        'a.sendmsg(["fd"], [[SOL_SOCKET, @@, fds]]);',
        "a.close();",
        "b.close();",
      ],
    );
  }
  if (/^SCM_/.test(n)) {
    return t(
      "An ancillary data type at level `SOL_SOCKET`, in `recvmsg()`'s ancdata.",
      "Find the item in received ancillary data",
      ["SOL_SOCKET", "socketpair"],
      [
        "const [a, b] = socketpair();",
        'a.send("ping");',
        "const [, ancdata] = b.recvmsg(4, 256);",
        "for (const [level, type, data] of ancdata) {",
        "  if (level === SOL_SOCKET && type === @@) console.log(data);",
        "}",
        "a.close();",
        "b.close();",
      ],
    );
  }
  if (/^SHUT_/.test(n)) {
    return t(
      "A `shutdown()` mode: which directions to close.",
      "Shut the connection down",
      [
        "socketpair",
      ],
      [
        "const [a, b] = socketpair();",
        "a.shutdown(@@);",
        "a.close();",
        "b.close();",
      ],
    );
  }
  // IP protocols.
  if (/^IPPROTO_/.test(n)) {
    const what =
      "An IP protocol number: `socket()`'s third argument, or an option level.";
    if (n === "IPPROTO_TCP") {
      return t(what, "Create a TCP socket", [
        "AF_INET",
        "SOCK_STREAM",
        "socket",
      ], [
        "const s = socket(AF_INET, SOCK_STREAM, @@);",
        "s.close();",
      ]);
    }
    if (oneOf(n, "IPPROTO_UDP IPPROTO_UDPLITE")) {
      return t(what, "Create a datagram socket", [
        "AF_INET",
        "SOCK_DGRAM",
        "socket",
      ], [
        "const s = socket(AF_INET, SOCK_DGRAM, @@);",
        "s.close();",
      ]);
    }
    if (n === "IPPROTO_IP") {
      return t(what, "Read an IPv4 option", ["IP_TTL", "socket"], [
        "const s = socket();",
        "console.log(s.getsockopt(@@, IP_TTL));",
        "s.close();",
      ]);
    }
    if (n === "IPPROTO_IPV6") {
      return t(what, "Accept IPv6 connections only", [
        "AF_INET6",
        "IPV6_V6ONLY",
        "SOCK_STREAM",
        "socket",
      ], [
        "const s = socket(AF_INET6, SOCK_STREAM);",
        "s.setsockopt(@@, IPV6_V6ONLY, 1);",
        "s.close();",
      ]);
    }
    if (n === "IPPROTO_ICMPV6") {
      return t(what, "Open a raw ICMPv6 socket (needs privileges)", [
        "AF_INET6",
        "SOCK_RAW",
        "socket",
      ], ["const s = socket(AF_INET6, SOCK_RAW, @@);", "s.close();"]);
    }
    if (
      oneOf(
        n,
        "IPPROTO_HOPOPTS IPPROTO_ROUTING IPPROTO_FRAGMENT IPPROTO_NONE IPPROTO_DSTOPTS IPPROTO_MH IPPROTO_MAX IPPROTO_DONE",
      )
    ) {
      return neutral(what);
    }
    return t(what, "Open a raw socket for the protocol (needs privileges)", [
      "AF_INET",
      "SOCK_RAW",
      "socket",
    ], ["const s = socket(AF_INET, SOCK_RAW, @@);", "s.close();"]);
  }
  // Ports.
  if (n === "IPPORT_RESERVED") {
    return t(
      "The first port that binds without privileges; lower ones need them.",
      "Tell a privileged port",
      [],
      ["console.log(1023 < @@); // true: binding port 1023 needs privileges"],
    );
  }
  if (
    oneOf(
      n,
      "IPPORT_ECHO IPPORT_DISCARD IPPORT_DAYTIME IPPORT_FTP IPPORT_TELNET IPPORT_SMTP IPPORT_FINGER",
    )
  ) {
    return t("A well-known port number.", "Look the service up", [
      "getservbyport",
    ], [
      'console.log(getservbyport(@@, "tcp"));',
    ]);
  }
  if (/^IPPORT_/.test(n) && value !== undefined && value < 1024) {
    return neutral("A well-known port number.");
  }
  if (/^IPV?6?PORT_/.test(n)) return neutral("A bound of a port range.");
  // IPv4 addresses.
  if (/^INADDR_/.test(n)) {
    const comment = value === undefined ? "" : ` // "${dotted(value)}"`;
    return t(
      "An IPv4 address as a host-order integer.",
      "Print the address in dotted form",
      ["inet_ntoa"],
      [
        "const packed = new Uint8Array(4);",
        "new DataView(packed.buffer).setUint32(0, @@);",
        `console.log(inet_ntoa(packed));${comment}`,
      ],
    );
  }
  // IPv4 options.
  if (/^IP_PMTUDISC_(DONT|WANT|DO|PROBE|INTERFACE|OMIT)$/.test(n)) {
    return t(
      "A value of the `IP_MTU_DISCOVER` option.",
      "Choose path MTU discovery",
      ["AF_INET", "IPPROTO_IP", "IP_MTU_DISCOVER", "SOCK_DGRAM", "socket"],
      [
        "const s = socket(AF_INET, SOCK_DGRAM);",
        "s.setsockopt(IPPROTO_IP, IP_MTU_DISCOVER, @@);",
        "s.close();",
      ],
    );
  }
  if (/^IP_/.test(n)) {
    const what = "An IPv4 option at level `IPPROTO_IP`, or one of its values.";
    if (/^IP_(DEFAULT_|MAX_|MIN_|PORTRANGE_|UNSPECIFIED_|PMTUDISC_)/.test(n)) {
      return neutral(what);
    }
    if (oneOf(n, "IP_ADD_MEMBERSHIP IP_DROP_MEMBERSHIP")) {
      return t(what, "Join a multicast group", [
        "AF_INET",
        "IPPROTO_IP",
        "IP_ADD_MEMBERSHIP",
        "SOCK_DGRAM",
        "inet_aton",
        "socket",
      ], [
        "const s = socket(AF_INET, SOCK_DGRAM);",
        "const mreq = new Uint8Array(8); // imr_multiaddr, imr_interface (any)",
        'mreq.set(inet_aton("224.0.0.251"));',
        "s.setsockopt(IPPROTO_IP, IP_ADD_MEMBERSHIP, mreq);",
        ...(n === "IP_DROP_MEMBERSHIP"
          ? ["s.setsockopt(IPPROTO_IP, @@, mreq);"]
          : []),
        "s.close();",
      ]);
    }
    if (oneOf(n, "IP_TTL IP_MULTICAST_TTL")) {
      return t(what, "Set the time to live", [
        "AF_INET",
        "IPPROTO_IP",
        "SOCK_DGRAM",
        "socket",
      ], [
        "const s = socket(AF_INET, SOCK_DGRAM);",
        "s.setsockopt(IPPROTO_IP, @@, 8);",
        "s.close();",
      ]);
    }
    return readOption(what, n, "socket(AF_INET, SOCK_DGRAM)", "IPPROTO_IP", [
      "AF_INET",
      "SOCK_DGRAM",
      "socket",
    ]);
  }
  // IPv6 options.
  if (/^IPV6_PMTUDISC_/.test(n)) {
    return t(
      "A value of the `IPV6_MTU_DISCOVER` option.",
      "Choose path MTU discovery",
      ["AF_INET6", "IPPROTO_IPV6", "IPV6_MTU_DISCOVER", "SOCK_DGRAM", "socket"],
      [
        "const s = socket(AF_INET6, SOCK_DGRAM);",
        "s.setsockopt(IPPROTO_IPV6, IPV6_MTU_DISCOVER, @@);",
        "s.close();",
      ],
    );
  }
  if (/^IPV6_/.test(n)) {
    const what =
      "An IPv6 option at level `IPPROTO_IPV6`, or one of its values.";
    if (
      /^IPV6_(RTHDR_LOOSE|RTHDR_STRICT|RTHDR_TYPE_0|ADDRESS_BITS|DEFAULT_|MAX_|MIN_|PORTRANGE_)/
        .test(n)
    ) {
      return neutral(what);
    }
    if (oneOf(n, "IPV6_V6ONLY IPV6_RECVPKTINFO IPV6_MULTICAST_LOOP")) {
      return t(what, "Turn the option on", [
        "AF_INET6",
        "IPPROTO_IPV6",
        "SOCK_DGRAM",
        "socket",
      ], [
        "const s = socket(AF_INET6, SOCK_DGRAM);",
        "s.setsockopt(IPPROTO_IPV6, @@, 1);",
        "s.close();",
      ]);
    }
    return readOption(
      what,
      n,
      "socket(AF_INET6, SOCK_DGRAM)",
      "IPPROTO_IPV6",
      ["AF_INET6", "SOCK_DGRAM", "socket"],
    );
  }
  // TCP.
  if (
    /^TCP_(ESTABLISHED|SYN_SENT|SYN_RECV|FIN_WAIT1|FIN_WAIT2|TIME_WAIT|CLOSE|CLOSE_WAIT|LAST_ACK|LISTEN|CLOSING)$/
      .test(n)
  ) {
    return t(
      "A TCP state, as `TCP_INFO`'s first byte (`tcpi_state`) reports it.",
      "Check a socket's TCP state",
      ["IPPROTO_TCP", "TCP_INFO", "socket"],
      [
        "const s = socket();",
        's.bind(["127.0.0.1", 0]);',
        "s.listen();",
        "const info = s.getsockopt(IPPROTO_TCP, TCP_INFO, 256) as Uint8Array;",
        "console.log(info[0] === @@);",
        "s.close();",
      ],
    );
  }
  if (/^TCP_/.test(n)) {
    const what = "A TCP option at level `IPPROTO_TCP`, or one of its values.";
    if (
      /^TCP_(CA_|NO_QUEUE|RECV_QUEUE|SEND_QUEUE|QUEUES_NR|REPAIR_ON|REPAIR_OFF|MSS|MAXWIN|MAX_WINSHIFT|MD5SIG_MAXKEYLEN|MD5SIG_FLAG_|COOKIE_(MIN|MAX|PAIR_SIZE|IN_ALWAYS|OUT_NEVER)|S_DATA_|INITIAL_RTO_|ICW_LEVEL_)/
        .test(n)
    ) {
      return neutral(what);
    }
    if (oneOf(n, "TCP_NODELAY TCP_CORK TCP_QUICKACK TCP_NOPUSH")) {
      return t(what, "Turn the option on", ["IPPROTO_TCP", "socket"], [
        "const s = socket();",
        "s.setsockopt(IPPROTO_TCP, @@, 1);",
        "s.close();",
      ]);
    }
    if (oneOf(n, "TCP_KEEPIDLE TCP_KEEPALIVE")) {
      return t(what, "Probe an idle connection after a minute", [
        "IPPROTO_TCP",
        "SOL_SOCKET",
        "SO_KEEPALIVE",
        "socket",
      ], [
        "const s = socket();",
        "s.setsockopt(SOL_SOCKET, SO_KEEPALIVE, 1);",
        "s.setsockopt(IPPROTO_TCP, @@, 60);",
        "s.close();",
      ]);
    }
    if (n === "TCP_CONGESTION") {
      return t(what, "Read the congestion control algorithm's name", [
        "IPPROTO_TCP",
        "socket",
      ], [
        "const s = socket();",
        "const name = s.getsockopt(IPPROTO_TCP, @@, 16) as Uint8Array;",
        'console.log(new TextDecoder().decode(name).replace(/\\0.*$/s, "")); // "cubic"',
        "s.close();",
      ]);
    }
    if (n === "TCP_INFO") {
      return t(what, "Read struct tcp_info", ["IPPROTO_TCP", "socket"], [
        "const s = socket();",
        "console.log(s.getsockopt(IPPROTO_TCP, @@, 256));",
        "s.close();",
      ]);
    }
    return readOption(what, n, "socket()", "IPPROTO_TCP", ["socket"]);
  }
  // Resolver.
  if (/^EAI_/.test(n) && n !== "EAI_MAX") {
    return t(
      "A `getaddrinfo()`/`getnameinfo()` error code: `gaierror`'s errno.",
      "Tell the resolver's failure apart",
      ["gaierror", "getaddrinfo"],
      [
        "try {",
        '  getaddrinfo("no-such-host.invalid", 80);',
        "} catch (e) {",
        "  if (e instanceof gaierror && e.errno === @@) console.log(e.strerror);",
        "}",
      ],
    );
  }
  if (/^AI_/.test(n) && n !== "AI_MASK") {
    return t(
      "A `getaddrinfo()` flag.",
      "Resolve with the flag",
      ["AF_INET", "SOCK_STREAM", "getaddrinfo"],
      ['console.log(getaddrinfo("127.0.0.1", 80, AF_INET, SOCK_STREAM, 0, @@));'],
    );
  }
  if (/^NI_/.test(n) && !/^NI_MAX/.test(n)) {
    return t("A `getnameinfo()` flag.", "Look an address up with the flag", [
      "getnameinfo",
    ], ['console.log(getnameinfo(["127.0.0.1", 80], @@));']);
  }
  if (
    oneOf(
      n,
      "HOST_NOT_FOUND TRY_AGAIN NO_RECOVERY NO_DATA NO_ADDRESS NETDB_INTERNAL",
    )
  ) {
    return t(
      "An `h_errno` value: `herror`'s errno.",
      "Tell the resolver's failure apart",
      ["gethostbyname_ex", "herror"],
      [
        "try {",
        '  gethostbyname_ex("no-such-host.invalid");',
        "} catch (e) {",
        "  if (e instanceof herror && e.errno === @@) console.log(e.strerror);",
        "}",
      ],
    );
  }
  // TIPC.
  if (
    /^TIPC_(ADDR_(NAMESEQ|@@|ID|MCAST)|SERVICE_RANGE|SERVICE_ADDR|SOCKET_ADDR)$/
      .test(n)
  ) {
    return t(
      "A TIPC address type: an AF_TIPC address's first element.",
      "Send to a TIPC service",
      ["AF_TIPC", "SOCK_RDM", "socket"],
      [
        "const s = socket(AF_TIPC, SOCK_RDM);",
        's.sendto("ping", [@@, 18888, 17, 0]); // [addr_type, v1, v2, v3]',
        "s.close();",
      ],
    );
  }
  if (/^TIPC_(ZONE|CLUSTER|NODE)_SCOPE$/.test(n)) {
    return t(
      "A TIPC scope: an AF_TIPC address's fifth element.",
      "Bind a TIPC service range",
      ["AF_TIPC", "SOCK_RDM", "TIPC_ADDR_NAMESEQ", "socket"],
      [
        "const s = socket(AF_TIPC, SOCK_RDM);",
        "s.bind([TIPC_ADDR_NAMESEQ, 18888, 17, 17, @@]);",
        "s.close();",
      ],
    );
  }
  if (/^TIPC_(LOW|MEDIUM|HIGH|CRITICAL)_IMPORTANCE$/.test(n)) {
    return t(
      "A value of the TIPC_IMPORTANCE option.",
      "Set a socket's message importance",
      ["AF_TIPC", "SOCK_RDM", "SOL_TIPC", "TIPC_IMPORTANCE", "socket"],
      [
        "const s = socket(AF_TIPC, SOCK_RDM);",
        "s.setsockopt(SOL_TIPC, TIPC_IMPORTANCE, @@);",
        "s.close();",
      ],
    );
  }
  if (
    /^TIPC_(IMPORTANCE|SRC_DROPPABLE|DEST_DROPPABLE|CONN_TIMEOUT|NODE_RECVQ_DEPTH|SOCK_RECVQ_DEPTH|SOCK_RECVQ_USED|NODELAY)$/
      .test(n)
  ) {
    return t(
      "A TIPC option at level `SOL_TIPC`.",
      "Read the option",
      ["AF_TIPC", "SOCK_RDM", "SOL_TIPC", "socket"],
      [
        "const s = socket(AF_TIPC, SOCK_RDM);",
        "console.log(s.getsockopt(SOL_TIPC, @@));",
        "s.close();",
      ],
    );
  }
  if (/^TIPC_/.test(n)) {
    return neutral(
      "A TIPC constant (linux/tipc.h): service types, events, limits, options.",
    );
  }
  // Netlink.
  if (
    oneOf(
      n,
      "NETLINK_ADD_MEMBERSHIP NETLINK_DROP_MEMBERSHIP NETLINK_PKTINFO NETLINK_BROADCAST_ERROR NETLINK_NO_ENOBUFS NETLINK_RX_RING NETLINK_TX_RING NETLINK_LISTEN_ALL_NSID NETLINK_LIST_MEMBERSHIPS NETLINK_CAP_ACK NETLINK_EXT_ACK NETLINK_GET_STRICT_CHK",
    )
  ) {
    return t(
      "A netlink option at level `SOL_NETLINK`.",
      "Set the option",
      ["AF_NETLINK", "NETLINK_ROUTE", "SOCK_RAW", "SOL_NETLINK", "socket"],
      [
        "const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);",
        "s.setsockopt(SOL_NETLINK, @@, 1);",
        "s.close();",
      ],
    );
  }
  if (/^NETLINK_/.test(n)) {
    return t(
      "A netlink protocol: an AF_NETLINK socket's third argument.",
      "Open a netlink socket for the protocol",
      ["AF_NETLINK", "SOCK_RAW", "socket"],
      ["const s = socket(AF_NETLINK, SOCK_RAW, @@);", "s.close();"],
    );
  }
  if (/^NLM_F_/.test(n)) {
    return t(
      "A netlink message flag: `nlmsg_flags` of `struct nlmsghdr`.",
      "Set the flag in a request header",
      ["NLM_F_REQUEST"],
      [
        "const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr",
        "header.setUint16(6, NLM_F_REQUEST | @@, true); // nlmsg_flags, host order",
      ],
    );
  }
  if (/^NLMSG_(NOOP|ERROR|DONE|OVERRUN|MIN_TYPE)$/.test(n)) {
    return t(
      "A netlink control message type: `nlmsg_type` of `struct nlmsghdr`.",
      "Check a reply's message type",
      [],
      [
        "const header = new DataView(new ArrayBuffer(16)); // a received struct nlmsghdr",
        "console.log(header.getUint16(4, true) === @@); // nlmsg_type, host order",
      ],
    );
  }
  if (/^NLMSG_/.test(n)) return neutral("A netlink message size constant.");
  if (/^RTM_F_/.test(n)) {
    return neutral("An rtnetlink route flag: `rtm_flags` of `struct rtmsg`.");
  }
  if (/^RTM_/.test(n)) {
    return t(
      "An rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.",
      "Set the message type of a request",
      [],
      [
        "const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr",
        "header.setUint16(4, @@, true); // nlmsg_type, host order",
      ],
    );
  }
  if (/^IFA_F_/.test(n)) {
    return t(
      "An interface address flag: `ifa_flags` of `struct ifaddrmsg`.",
      "Test an address's flag",
      [],
      [
        "const ifa = new DataView(new ArrayBuffer(8)); // a received struct ifaddrmsg",
        "console.log((ifa.getUint8(2) & @@) !== 0); // ifa_flags",
      ],
    );
  }
  if (/^(IFA|IFLA)_/.test(n)) {
    const what = n.startsWith("IFA_")
      ? "An interface address attribute: `rta_type` in an RTM_NEWADDR message."
      : "A link attribute: `rta_type` in an RTM_NEWLINK message.";
    return t(what, "Recognise the attribute", [], [
      "const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr",
      "console.log(rta.getUint16(2, true) === @@); // rta_type, host order",
    ]);
  }
  if (/^IFF_/.test(n)) {
    return t(
      "An interface flag, as `SIOCGIFFLAGS` reports it in `ifr_flags`.",
      "Test an interface's flag",
      [],
      [
        "const ifr = new DataView(new ArrayBuffer(40)); // struct ifreq after SIOCGIFFLAGS",
        "console.log((ifr.getUint16(16, true) & @@) !== 0); // ifr_flags",
      ],
    );
  }
  if (oneOf(n, "IF_NAMESIZE IFNAMSIZ")) {
    return t(
      "The size of an interface name, its NUL included.",
      "Make room for an interface name",
      [],
      ["const name = new Uint8Array(@@);", "console.log(name.length);"],
    );
  }
  // Packet sockets.
  if (
    /^PACKET_(HOST|BROADCAST|MULTICAST|OTHERHOST|OUTGOING|LOOPBACK|USER|KERNEL|FASTROUTE)$/
      .test(n)
  ) {
    return t(
      "An AF_PACKET packet type: a packet address's third element.",
      "Tell frames addressed to this host (needs privileges)",
      ["AF_PACKET", "ETH_P_ALL", "SOCK_RAW", "htons", "socket"],
      [
        "const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));",
        "const [, address] = s.recvfrom(65535);",
        "console.log((address as unknown[])[2] === @@); // [ifname, proto, pkttype, ...]",
        "s.close();",
      ],
    );
  }
  if (/^PACKET_(MR_|FANOUT_)/.test(n)) {
    return neutral(
      "An AF_PACKET membership type or fanout mode (linux/if_packet.h).",
    );
  }
  if (/^PACKET_/.test(n)) {
    return readOption(
      "An AF_PACKET option at level `SOL_PACKET`.",
      n,
      "socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL))",
      "SOL_PACKET",
      ["AF_PACKET", "ETH_P_ALL", "SOCK_RAW", "htons", "socket"],
      " (needs privileges)",
    );
  }
  if (/^ETH_P_/.test(n)) {
    return t(
      "An Ethernet protocol number: an AF_PACKET socket's protocol.",
      "Capture frames of this protocol (needs privileges)",
      ["AF_PACKET", "SOCK_RAW", "htons", "socket"],
      ["const s = socket(AF_PACKET, SOCK_RAW, htons(@@));", "s.close();"],
    );
  }
  if (/^ICMP6?_/.test(n)) {
    return t(
      "An ICMP or ICMPv6 message type: the header's first byte.",
      "Write the type into a header",
      [],
      [
        "const header = new Uint8Array(8); // type, code, checksum, id, sequence",
        "header[0] = @@;",
      ],
    );
  }
  if (oneOf(n, "FIONBIO FIONREAD SIOCATMARK")) {
    return t(
      "An `ioctl()` request on a socket.",
      "Make the request",
      ["socketpair"],
      [
        "const [a, b] = socketpair();",
        "console.log(a.ioctl(@@));",
        "a.close();",
        "b.close();",
      ],
    );
  }
  if (/^(SIOC|FIO)/.test(n)) return neutral("An `ioctl()` request number.");
  if (/^RCVALL_/.test(n)) {
    return t(
      "A value of the Windows `SIO_RCVALL` request.",
      "Receive every packet (Windows, needs privileges)",
      ["AF_INET", "IPPROTO_IP", "SIO_RCVALL", "SOCK_RAW", "socket"],
      [
        "const s = socket(AF_INET, SOCK_RAW, IPPROTO_IP);",
        's.bind(["192.0.2.1", 0]); // an address of this host',
        "s.ioctl(SIO_RCVALL, @@);",
        "s.close();",
      ],
    );
  }
  if (/^SIO_/.test(n)) return neutral("A Windows `WSAIoctl()` request code.");
  if (/^MCAST_/.test(n)) {
    return neutral("A protocol-independent multicast option or filter mode.");
  }
  if (/^LOCAL_/.test(n)) {
    return t(
      "An AF_UNIX option at level `SOL_LOCAL` (macOS).",
      "Read the option",
      ["SOL_LOCAL", "socketpair"],
      [
        "const [a, b] = socketpair();",
        "console.log(a.getsockopt(SOL_LOCAL, @@));",
        "a.close();",
        "b.close();",
      ],
    );
  }
  return neutral("A socket-related constant from the C headers.");
}

/** `Linux 10, macOS 30`, and the platforms that lack it. */
function valuesLine(n: string, tables: Union["tables"]): string {
  const have: string[] = [];
  const lack: string[] = [];
  for (const [p, table] of tables) {
    const name = PLATFORM_NAMES[p] ?? p;
    if (n in table) have.push(`${name} ${table[n]}`);
    else lack.push(name);
  }
  return `Value: ${have.join(", ")}` +
    (lack.length ? `; not defined on ${lack.join(" or ")}.` : ".");
}

function firstValue(n: string, tables: Union["tables"]): number | undefined {
  for (const table of tables.values()) if (n in table) return table[n];
  return undefined;
}

/** "An address family" -> "an address family"; "TIPC ..." stays. */
function lowerFirst(s: string): string {
  return /^[A-Z][a-z ]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

/** The export, wrapped as `deno fmt` wraps it past 80 columns. */
function exportLine(n: string): string {
  const line = `export const ${n}: number = c.${n} as number;`;
  return line.length <= 80
    ? line
    : `export const ${n}: number = c\n  .${n} as number;`;
}

/** The text of `socket/constants.ts`. */
function render(u: Union): string {
  const out: string[] = [
    "/**",
    " * The module's constants (`AF_INET`, `SOCK_STREAM`, `SO_REUSEADDR`, ...),",
    " * each the running platform's value. A constant the running platform",
    " * lacks is `undefined`, as in Python where the attribute is missing.",
    " *",
    " * Generated from the union of `platform/*_constants.ts` by",
    " * `deno run -A .ci/gen_constants_exports.ts`: do not edit by hand.",
    " *",
    " * @module",
    " */",
    'import { constants as c } from "../platform/mod.ts";',
    "",
  ];
  for (const n of u.names) {
    const tpl = template(n, firstValue(n, u.tables));
    const imports = [...new Set([n, ...tpl.uses])].sort((a, b) =>
      a.toLowerCase() < b.toLowerCase()
        ? -1
        : a.toLowerCase() > b.toLowerCase()
        ? 1
        : 0
    );
    out.push(
      "/**",
      ` * \`${n}\` is ${lowerFirst(tpl.what)}`,
      ` * ${valuesLine(n, u.tables)}`,
      " *",
      ` * @example ${tpl.title}`,
      " * ```ts",
      ` * import { ${imports.join(", ")} } from "@berkeley/socket";`,
      ...tpl.code.map((l) => ` * ${l.replaceAll("@@", n)}`),
      " * ```",
      " */",
      exportLine(n),
    );
  }
  out.push("");
  return out.join("\n");
}

if (import.meta.main) {
  const root = resolve(import.meta.dirname ?? ".", "..");
  const u = await readUnion(root);
  const target = join(root, "socket", "constants.ts");
  writeFileSync(target, render(u));
  process.stderr.write(`wrote ${target}: ${u.names.length} constants\n`);
}
