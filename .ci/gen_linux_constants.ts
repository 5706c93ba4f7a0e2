/**
 * Writes `platform/linux_constants.ts`, `platform/linux_families.ts` and
 * `platform/linux_errno.ts` from this machine's C headers (the constants of
 * the further address families and the errno table have their own files,
 * spread or re-exported into `linux_constants.ts`, so that no generated
 * file grows past ~1,500 lines, issue #10).
 *
 * The names are found by scanning the headers each group names (object-like
 * `#define`s and enumerators with the group's prefix); the values are never
 * typed: a C program printing every name is compiled with `gcc` and run.
 * A name that does not compile (a deprecated alias, a string, a macro that
 * needs a missing definition) is dropped and listed on stderr.
 *
 * Usage, from the repository root (Deno or Bun):
 *
 *     deno run -A .ci/gen_linux_constants.ts            # rewrite the table
 *     bun .ci/gen_linux_constants.ts
 *     deno run -A .ci/gen_linux_constants.ts --check \
 *       --cc aarch64-linux-gnu-gcc --run "qemu-aarch64 -L /usr/aarch64-linux-gnu"
 *
 * `--check` writes nothing: it prints every name of the committed tables
 * whose value differs under the given compiler (for example another
 * architecture, or `musl-gcc`), and exits 1 if one does.
 *
 * @module
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import process from "node:process";

/**
 * CPython exports <linux/can/bcm.h>'s opcodes and flags with a `CAN_BCM_`
 * prefix the header lacks; each is defined as the header's name.
 */
const CAN_BCM_ALIASES = [
  "TX_SETUP",
  "TX_DELETE",
  "TX_READ",
  "TX_SEND",
  "RX_SETUP",
  "RX_DELETE",
  "RX_READ",
  "TX_STATUS",
  "TX_EXPIRED",
  "RX_STATUS",
  "RX_TIMEOUT",
  "RX_CHANGED",
  "SETTIMER",
  "STARTTIMER",
  "TX_COUNTEVT",
  "TX_ANNOUNCE",
  "TX_CP_CAN_ID",
  "RX_FILTER_ID",
  "RX_CHECK_DLC",
  "RX_NO_AUTOTIMER",
  "RX_ANNOUNCE_RESUME",
  "TX_RESET_MULTI_IDX",
  "RX_RTR_FRAME",
  "CAN_FD_FRAME",
].map((n) => `#define CAN_BCM_${n} ${n}`).join("\n");

/** Headers every generated program includes, in an order that compiles. */
const C_PREAMBLE = `#define _GNU_SOURCE
#include <sys/types.h>
#include <sys/socket.h>
#include <sys/ioctl.h>
#include <sys/un.h>
#include <sys/uio.h>
#include <sys/time.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <netinet/udp.h>
#include <netinet/ip_icmp.h>
#include <netinet/icmp6.h>
#include <arpa/inet.h>
#include <netdb.h>
#include <net/if.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/select.h>
#include <limits.h>
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/if_packet.h>
#include <linux/if_ether.h>
#include <net/ethernet.h>
#include <linux/netfilter_ipv4.h>
#include <linux/tipc.h>
#include <linux/can.h>
#include <linux/can/raw.h>
#include <linux/can/bcm.h>
#include <linux/can/isotp.h>
#include <linux/can/j1939.h>
#include <linux/if_alg.h>
#include <linux/vm_sockets.h>
#include <linux/rds.h>
#include <linux/qrtr.h>
#include <linux/sctp.h>
#include <bluetooth/bluetooth.h>
#include <bluetooth/hci.h>
#include <bluetooth/l2cap.h>
/* CPython's names for <linux/can/bcm.h>'s opcodes and flags. */
${CAN_BCM_ALIASES}
/* UDP-Lite's options live in a kernel-internal header; CPython defines
   them with the kernel's values when the headers lack them. */
#ifndef UDPLITE_SEND_CSCOV
#define UDPLITE_SEND_CSCOV 10
#endif
#ifndef UDPLITE_RECV_CSCOV
#define UDPLITE_RECV_CSCOV 11
#endif
/* CPython's socketmodule.h defines these AF_ALG names with its own values
   where <linux/if_alg.h> lacks them (it always does: the kernel never
   merged them), and exports them. */
#ifndef ALG_SET_PUBKEY
#define ALG_SET_PUBKEY 6
#endif
#ifndef ALG_OP_SIGN
#define ALG_OP_SIGN 2
#endif
#ifndef ALG_OP_VERIFY
#define ALG_OP_VERIFY 3
#endif
`;

/** One commented group of the table. */
interface Group {
  /** The comment above the group in the generated file. */
  comment: string;
  /** Name prefixes scanned for (`AF_`); absent: only `names`. */
  prefixes?: string[];
  /** Headers scanned for the prefixes, as `#include <...>` spells them. */
  headers?: string[];
  /** Only the enumerators of the enum holding this name (no macros). */
  enumOf?: string;
  /** Names listed explicitly (found nowhere else, or aliases Python has). */
  names?: string[];
  /** Names left out, each for a reason given in the comment beside it. */
  exclude?: string[];
  /** Print the values in hexadecimal. */
  hex?: boolean;
  /** Only `#define`d names (not enumerators) of the headers. */
  macrosOnly?: boolean;
  /** Written to `platform/linux_families.ts` (a further address family's). */
  family?: boolean;
}

const GROUPS: Group[] = [
  {
    comment: "Address families: socket()'s first argument (bits/socket.h)",
    prefixes: ["AF_"],
    headers: ["bits/socket.h"],
    // AF_MAX grows with every kernel release: not a family.
    exclude: ["AF_MAX"],
    // The PF_ aliases that Python's socket module exports on Linux.
    names: ["PF_PACKET", "PF_RDS", "PF_CAN"],
  },
  {
    comment: "Socket types, and the flags or-ed into them (bits/socket_type.h)",
    prefixes: ["SOCK_"],
    headers: ["bits/socket_type.h"],
  },
  {
    comment: "listen()'s largest backlog (bits/socket.h)",
    names: ["SOMAXCONN"],
  },
  {
    comment: "Option levels: setsockopt()'s second argument",
    prefixes: ["SOL_"],
    headers: [
      "asm-generic/socket.h",
      "bits/socket.h",
      "bits/in.h",
      "netinet/tcp.h",
      "netinet/udp.h",
    ],
  },
  {
    comment: "Socket options at level SOL_SOCKET (asm-generic/socket.h)",
    prefixes: ["SO_"],
    headers: ["asm-generic/socket.h"],
    // getsockopt(SOL_IP, SO_ORIGINAL_DST): a NATed connection's original
    // destination (linux/netfilter_ipv4.h), as CPython 3.12+ exports it.
    names: ["SO_ORIGINAL_DST"],
  },
  {
    comment: "send() and recv() flags (bits/socket.h)",
    prefixes: ["MSG_"],
    headers: ["bits/socket.h"],
  },
  {
    comment: "Ancillary message types: cmsg_type (bits/socket.h, asm/socket.h)",
    prefixes: ["SCM_"],
    headers: ["bits/socket.h", "asm-generic/socket.h", "bits/in.h"],
  },
  {
    comment: "shutdown()'s how (sys/socket.h)",
    prefixes: ["SHUT_"],
    headers: ["sys/socket.h"],
  },
  {
    comment: "IP protocol numbers (netinet/in.h)",
    prefixes: ["IPPROTO_"],
    headers: ["netinet/in.h"],
    // IPPROTO_MAX is a bound that grows with kernels: not a protocol.
    exclude: ["IPPROTO_MAX"],
  },
  {
    comment: "Well-known and reserved ports (netinet/in.h)",
    prefixes: ["IPPORT_"],
    headers: ["netinet/in.h"],
  },
  {
    comment: "IPv4 addresses as host-order integers (netinet/in.h)",
    prefixes: ["INADDR_"],
    headers: ["netinet/in.h"],
    hex: true,
  },
  {
    comment: "IPv4 options at level IPPROTO_IP, and their values (bits/in.h)",
    prefixes: ["IP_"],
    headers: ["bits/in.h", "netinet/in.h"],
  },
  {
    comment: "IPv6 options at level IPPROTO_IPV6, and their values (bits/in.h)",
    prefixes: ["IPV6_"],
    headers: ["bits/in.h", "netinet/in.h"],
  },
  {
    comment:
      "TCP options at level IPPROTO_TCP, states and limits (netinet/tcp.h)",
    prefixes: ["TCP_"],
    headers: ["netinet/tcp.h"],
  },
  {
    comment: "getaddrinfo() and getnameinfo() error codes (netdb.h)",
    prefixes: ["EAI_"],
    headers: ["netdb.h"],
  },
  {
    comment: "getaddrinfo() flags (netdb.h)",
    prefixes: ["AI_"],
    headers: ["netdb.h"],
    // Deprecated by glibc (a warning on use; the flags are ignored).
    exclude: ["AI_IDN_ALLOW_UNASSIGNED", "AI_IDN_USE_STD3_ASCII_RULES"],
  },
  {
    comment: "getnameinfo() flags and buffer sizes (netdb.h)",
    prefixes: ["NI_"],
    headers: ["netdb.h"],
    // Deprecated by glibc (a warning on use; the flags are ignored).
    exclude: ["NI_IDN_ALLOW_UNASSIGNED", "NI_IDN_USE_STD3_ASCII_RULES"],
  },
  {
    comment: "TIPC address types, scopes, options and events (linux/tipc.h)",
    family: true,
    prefixes: ["TIPC_"],
    headers: ["linux/tipc.h"],
  },
  {
    comment:
      "CAN protocols, identifier flags and masks, options (linux/can.h, can/raw.h)",
    family: true,
    prefixes: ["CAN_", "CANFD_", "CANXL_", "SOL_CAN_"],
    headers: ["linux/can.h", "linux/can/raw.h"],
  },
  {
    comment:
      "CAN_BCM opcodes and flags, as CPython names them (linux/can/bcm.h)",
    family: true,
    names: CAN_BCM_ALIASES.split("\n").map((l) => l.split(" ")[1]),
  },
  {
    comment: "CAN_ISOTP options and flags at level SOL_CAN_ISOTP (can/isotp.h)",
    family: true,
    prefixes: ["CAN_ISOTP_", "SOL_CAN_ISOTP"],
    headers: ["linux/can/isotp.h"],
  },
  {
    comment: "CAN_J1939 options, limits and messages (linux/can/j1939.h)",
    family: true,
    prefixes: ["J1939_", "SO_J1939_", "SCM_J1939_", "SOL_CAN_J1939"],
    headers: ["linux/can/j1939.h"],
  },
  {
    comment: "AF_ALG options at level SOL_ALG and operations (linux/if_alg.h)",
    family: true,
    prefixes: ["ALG_"],
    headers: ["linux/if_alg.h"],
  },
  {
    comment:
      "AF_ALG names CPython exports with its own values; <linux/if_alg.h> lacks them",
    family: true,
    names: ["ALG_SET_PUBKEY", "ALG_OP_SIGN", "ALG_OP_VERIFY"],
  },
  {
    comment: "AF_VSOCK addresses and options (linux/vm_sockets.h)",
    family: true,
    prefixes: ["VMADDR_", "SO_VM_SOCKETS_", "VM_SOCKETS_"],
    headers: ["linux/vm_sockets.h"],
    names: ["IOCTL_VM_SOCKETS_GET_LOCAL_CID"],
    // The _OLD/_NEW variants pick a time layout; CPython exports neither.
    exclude: [
      "SO_VM_SOCKETS_CONNECT_TIMEOUT_OLD",
      "SO_VM_SOCKETS_CONNECT_TIMEOUT_NEW",
    ],
  },
  {
    comment: "AF_RDS options at level SOL_RDS and messages (linux/rds.h)",
    family: true,
    prefixes: ["RDS_"],
    headers: ["linux/rds.h"],
    macrosOnly: true,
  },
  {
    comment: "AF_QIPCRTR special node and port numbers (linux/qrtr.h)",
    family: true,
    prefixes: ["QRTR_"],
    headers: ["linux/qrtr.h"],
    macrosOnly: true,
  },
  {
    comment:
      "SCTP options at level IPPROTO_SCTP and message flags (linux/sctp.h)",
    family: true,
    prefixes: ["SCTP_"],
    headers: ["linux/sctp.h"],
    macrosOnly: true,
  },
  {
    comment:
      "Bluetooth protocols, levels, address types and HCI options (BlueZ's bluetooth.h, hci.h)",
    family: true,
    names: [
      "BTPROTO_L2CAP",
      "BTPROTO_HCI",
      "BTPROTO_SCO",
      "BTPROTO_RFCOMM",
      "BTPROTO_BNEP",
      "BTPROTO_CMTP",
      "BTPROTO_HIDP",
      "BTPROTO_AVDTP",
      "BTPROTO_ISO",
      "SOL_HCI",
      "SOL_L2CAP",
      "SOL_SCO",
      "SOL_RFCOMM",
      "BDADDR_BREDR",
      "BDADDR_LE_PUBLIC",
      "BDADDR_LE_RANDOM",
      "HCI_FILTER",
      "HCI_TIME_STAMP",
      "HCI_DATA_DIR",
      "HCI_DEV_NONE",
      "HCI_CHANNEL_RAW",
      "HCI_CHANNEL_USER",
      "HCI_CHANNEL_MONITOR",
      "HCI_CHANNEL_CONTROL",
      "HCI_CHANNEL_LOGGING",
    ],
  },
  {
    comment:
      "Bluetooth options at levels SOL_BLUETOOTH and SOL_L2CAP, as CPython 3.14 exports them (BlueZ's bluetooth.h, l2cap.h)",
    family: true,
    names: [
      "L2CAP_LM",
      "L2CAP_LM_MASTER",
      "L2CAP_LM_AUTH",
      "L2CAP_LM_ENCRYPT",
      "L2CAP_LM_TRUSTED",
      "L2CAP_LM_RELIABLE",
      "L2CAP_LM_SECURE",
      ...[
        "SECURITY",
        "SECURITY_SDP",
        "SECURITY_LOW",
        "SECURITY_MEDIUM",
        "SECURITY_HIGH",
        "SECURITY_FIPS",
        "DEFER_SETUP",
        "FLUSHABLE",
        "FLUSHABLE_OFF",
        "FLUSHABLE_ON",
        "POWER",
        "POWER_FORCE_ACTIVE_OFF",
        "POWER_FORCE_ACTIVE_ON",
        "CHANNEL_POLICY",
        "CHANNEL_POLICY_BREDR_ONLY",
        "CHANNEL_POLICY_BREDR_PREFERRED",
        "VOICE",
        "VOICE_TRANSPARENT",
        "VOICE_CVSD_16BIT",
        "VOICE_TRANSPARENT_16BIT",
        "SNDMTU",
        "RCVMTU",
        "PHY",
        "PHY_BR_1M_1SLOT",
        "PHY_BR_1M_3SLOT",
        "PHY_BR_1M_5SLOT",
        "PHY_EDR_2M_1SLOT",
        "PHY_EDR_2M_3SLOT",
        "PHY_EDR_2M_5SLOT",
        "PHY_EDR_3M_1SLOT",
        "PHY_EDR_3M_3SLOT",
        "PHY_EDR_3M_5SLOT",
        "PHY_LE_1M_TX",
        "PHY_LE_1M_RX",
        "PHY_LE_2M_TX",
        "PHY_LE_2M_RX",
        "PHY_LE_CODED_TX",
        "PHY_LE_CODED_RX",
        "MODE",
        "MODE_BASIC",
        "MODE_ERTM",
        "MODE_STREAMING",
        "MODE_LE_FLOWCTL",
        "MODE_EXT_FLOWCTL",
        "PKT_STATUS",
        "ISO_QOS",
        "CODEC",
      ].map((n) => `BT_${n}`),
    ],
  },
  {
    comment:
      "Netlink protocols and options at level SOL_NETLINK (linux/netlink.h)",
    prefixes: ["NETLINK_"],
    headers: ["linux/netlink.h"],
    // The kernel's socket states (an enum in the UAPI header), not protocols.
    exclude: ["NETLINK_UNCONNECTED", "NETLINK_CONNECTED"],
  },
  {
    comment: "Netlink message flags and types (linux/netlink.h)",
    prefixes: ["NLM_F_", "NLMSG_"],
    headers: ["linux/netlink.h"],
  },
  {
    comment: "rtnetlink message types and flags (linux/rtnetlink.h)",
    prefixes: ["RTM_"],
    headers: ["linux/rtnetlink.h"],
    // Bounds that grow with every kernel release.
    exclude: ["RTM_MAX", "RTM_NR_MSGTYPES", "RTM_NR_FAMILIES"],
  },
  {
    comment: "Interface address attributes and flags (linux/if_addr.h)",
    prefixes: ["IFA_"],
    headers: ["linux/if_addr.h"],
    exclude: ["IFA_MAX"],
  },
  {
    comment:
      "Link attributes: struct ifinfomsg's rtattr types (linux/if_link.h)",
    prefixes: ["IFLA_"],
    headers: ["linux/if_link.h"],
    enumOf: "IFLA_UNSPEC",
  },
  {
    comment: "Interface flags (SIOCGIFFLAGS) and name length (net/if.h)",
    prefixes: ["IFF_"],
    headers: ["net/if.h"],
    hex: true,
  },
  {
    comment: "Bytes in an interface name, NUL included (net/if.h)",
    names: ["IF_NAMESIZE"],
  },
  {
    comment:
      "AF_PACKET packet types, options at level SOL_PACKET (linux/if_packet.h)",
    prefixes: ["PACKET_"],
    headers: ["linux/if_packet.h"],
  },
  {
    comment: "Ethernet protocol numbers: AF_PACKET's proto (linux/if_ether.h)",
    prefixes: ["ETH_P_"],
    headers: ["linux/if_ether.h"],
    hex: true,
  },
  {
    comment:
      "Ethernet frame types (net/ethernet.h), as CPython 3.12+ exports them",
    names: [
      "ETHERTYPE_ARP",
      "ETHERTYPE_IP",
      "ETHERTYPE_IPV6",
      "ETHERTYPE_VLAN",
    ],
  },
  {
    comment:
      "UDP-Lite checksum coverage at level IPPROTO_UDPLITE (CPython's values)",
    names: ["UDPLITE_SEND_CSCOV", "UDPLITE_RECV_CSCOV"],
  },
  {
    comment: "ICMP and ICMPv6 echo message types (netinet/ip_icmp.h, icmp6.h)",
    names: [
      "ICMP_ECHOREPLY",
      "ICMP_ECHO",
      "ICMP6_ECHO_REQUEST",
      "ICMP6_ECHO_REPLY",
    ],
  },
  {
    comment: "ioctl() requests (asm/ioctls.h, linux/sockios.h)",
    names: [
      "FIONBIO",
      "FIONREAD",
      "SIOCATMARK",
      "SIOCGIFINDEX",
      "SIOCGIFNAME",
      "SIOCGIFADDR",
      "SIOCGIFFLAGS",
      "SIOCGIFHWADDR",
    ],
    hex: true,
  },
  {
    comment:
      "Internal: fcntl(), poll() and select() (fcntl.h, poll.h, sys/select.h, limits.h); not exported by mod.ts (select/ exports POLL* and PIPE_BUF)",
    names: [
      "F_GETFD",
      "F_SETFD",
      "F_GETFL",
      "F_SETFL",
      "F_DUPFD_CLOEXEC",
      "FD_CLOEXEC",
      "O_NONBLOCK",
      "POLLIN",
      "POLLPRI",
      "POLLOUT",
      "POLLERR",
      "POLLHUP",
      "POLLNVAL",
      "POLLRDNORM",
      "POLLRDBAND",
      "POLLWRNORM",
      "POLLWRBAND",
      "POLLMSG",
      "POLLRDHUP",
      "FD_SETSIZE",
      "PIPE_BUF",
    ],
  },
];

/** errno names come from these kernel headers; glibc adds ENOTSUP. */
const ERRNO_HEADERS = ["asm-generic/errno-base.h", "asm-generic/errno.h"];
const ERRNO_EXTRA = ["ENOTSUP"];

interface Options {
  cc: string;
  run: string[];
  check: boolean;
  out: string;
  familiesOut: string;
  errnoOut: string;
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    cc: "gcc",
    run: [],
    check: false,
    out: "platform/linux_constants.ts",
    familiesOut: "platform/linux_families.ts",
    errnoOut: "platform/linux_errno.ts",
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--cc") o.cc = argv[++i];
    else if (a === "--run") o.run = argv[++i].split(" ").filter(Boolean);
    else if (a === "--check") o.check = true;
    else if (a === "--out") o.out = argv[++i];
    else if (a === "--errno-out") o.errnoOut = argv[++i];
    else if (a === "--families-out") o.familiesOut = argv[++i];
    else throw new Error(`Unknown argument "${a}"`);
  }
  return o;
}

/** The compiler's `#include <...>` search directories. */
function includeDirs(cc: string): string[] {
  const r = spawnSync(cc, ["-E", "-x", "c", "-", "-v"], {
    input: "",
    encoding: "utf8",
  });
  const err = r.stderr;
  const start = err.indexOf("#include <...> search starts here:");
  const end = err.indexOf("End of search list.");
  if (start < 0 || end < 0) throw new Error(`${cc} -v printed no include list`);
  return err.slice(start, end).split("\n").slice(1).map((l) => l.trim())
    .filter(Boolean);
}

function headerText(dirs: string[], header: string): string {
  for (const d of dirs) {
    const p = join(d, header);
    if (existsSync(p)) return readFileSync(p, "utf8");
  }
  throw new Error(`Header <${header}> not found in ${dirs.join(", ")}`);
}

function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, " ").replace(/\/\/[^\n]*/g, "");
}

/** Object-like macros defined in the text (not `NAME(args)`). */
function macroNames(text: string): string[] {
  const re = /^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)(?=[ \t]|$)/gm;
  return [...text.matchAll(re)].map((m) => m[1]);
}

/** Enumerators, per enum body, in order. */
function enumBodies(text: string): string[][] {
  const bodies: string[][] = [];
  for (const m of text.matchAll(/\benum\b[^{;]*\{([^}]*)\}/g)) {
    const names: string[] = [];
    const body = m[1].split("\n").filter((l) => !/^\s*#/.test(l)).join("\n");
    for (const item of body.split(",")) {
      const n = /^\s*([A-Za-z_]\w*)/.exec(item);
      if (n) names.push(n[1]);
    }
    bodies.push(names);
  }
  return bodies;
}

/** The candidate names of one group, in header order, without repeats. */
function groupNames(dirs: string[], g: Group): string[] {
  const found: string[] = [];
  for (const h of g.headers ?? []) {
    const text = stripComments(headerText(dirs, h));
    const bodies = enumBodies(text);
    const names = g.enumOf
      ? bodies.find((b) => b.includes(g.enumOf!)) ?? []
      : g.macrosOnly
      ? macroNames(text)
      : [...bodies.flat(), ...macroNames(text)];
    for (const n of names) {
      if (g.prefixes!.some((p) => n.startsWith(p))) found.push(n);
    }
  }
  found.push(...(g.names ?? []));
  const exclude = new Set(g.exclude ?? []);
  return [...new Set(found)].filter((n) => !exclude.has(n));
}

/**
 * Compiles and runs a program printing `name value` for every name; names
 * whose line does not compile are dropped and returned.
 */
function evaluate(
  names: string[],
  opts: Options,
): { values: Map<string, number>; dropped: Map<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), "gen-linux-constants-"));
  const dropped = new Map<string, string>();
  try {
    let live = [...names];
    for (;;) {
      const header = `${C_PREAMBLE}
#define P(n) printf("%s %s%llu\\n", #n, (n) < 0 ? "-" : "", (n) < 0 ? -(unsigned long long)(long long)(n) : (unsigned long long)(n))
int main(void) {
`;
      const first = header.split("\n").length;
      const src = header + live.map((n) => `P(${n});\n`).join("") +
        "return 0;\n}\n";
      writeFileSync(join(dir, "c.c"), src);
      try {
        execFileSync(
          opts.cc,
          ["-Wall", "-Werror", "-o", join(dir, "c"), join(dir, "c.c")],
          { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" },
        );
      } catch (e) {
        const stderr = String((e as { stderr?: string }).stderr ?? e);
        const bad = new Set<number>();
        for (const m of stderr.matchAll(/c\.c:(\d+):\d+: error: ([^\n]*)/g)) {
          const line = Number(m[1]);
          if (line >= first && line < first + live.length) {
            const n = live[line - first];
            if (!dropped.has(n)) dropped.set(n, m[2]);
            bad.add(line - first);
          }
        }
        if (bad.size === 0) throw new Error(`Compiling failed:\n${stderr}`);
        live = live.filter((_, i) => !bad.has(i));
        continue;
      }
      const [cmd, ...args] = [...opts.run, join(dir, "c")];
      const out = execFileSync(cmd, args, { encoding: "utf8" });
      const values = new Map<string, number>();
      for (const line of out.trim().split("\n")) {
        const [n, v] = line.split(" ");
        const num = Number(v);
        if (!Number.isSafeInteger(num)) {
          throw new Error(`${n} is ${v}, not a safe integer`);
        }
        values.set(n, num);
      }
      return { values, dropped };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Hexadecimal digits, padded to the widest value of the group (4 or 8). */
function literal(v: number, hexWidth: number): string {
  if (hexWidth === 0 || v < 0) return String(v);
  return "0x" + v.toString(16).padStart(hexWidth, "0");
}

/** One object literal's groups: a comment, then `NAME: value,` lines. */
function groupLines(
  groups: { g: Group; names: string[] }[],
  values: Map<string, number>,
): string[] {
  const lines: string[] = [];
  let firstGroup = true;
  for (const { g, names } of groups) {
    if (names.length === 0) continue;
    if (!firstGroup) lines.push("");
    firstGroup = false;
    lines.push(`  // ${g.comment}.`);
    const widest = Math.max(...names.map((n) => values.get(n)!));
    const hexWidth = !g.hex ? 0 : widest > 0xffff ? 8 : 4;
    for (const n of names) {
      lines.push(`  ${n}: ${literal(values.get(n)!, hexWidth)},`);
    }
  }
  return lines;
}

/**
 * The generated modules' text: the constants, the further families'
 * constants (spread into the first), and the errno table.
 */
function render(
  groups: { g: Group; names: string[] }[],
  errnoNames: string[],
  values: Map<string, number>,
  cc: string,
  errnoFile: string,
  familiesFile: string,
): { constants: string; families: string; errno: string } {
  const lines: string[] = [];
  lines.push(
    "/**",
    " * Linux constants, read from the C headers (glibc and the kernel's UAPI",
    " * headers) by compiling and running a C program:",
    " * `deno run -A .ci/gen_linux_constants.ts`. Generated: do not edit.",
    ` * The further address families' constants are in \`${familiesFile}\`,`,
    ` * spread in here; the errno numbers are in \`${errnoFile}\`, re-exported.`,
    " *",
    " * One table serves x86_64 and aarch64: they agreed on every value when",
    " * compared with `--check --cc aarch64-linux-gnu-gcc --run qemu-aarch64`.",
    ` * Generated with ${cc} from ${headerVersion(cc)}.`,
    " *",
    " * @module",
    " */",
    "",
    `import { familyConstants } from "./${familiesFile}";`,
    "",
    `export { errno } from "./${errnoFile}";`,
    "",
    "/**",
    " * Constants by name, grouped as in the C headers.",
    " *",
    " * @example Reading a constant",
    " * ```ts",
    ' * import { constants } from "./linux_constants.ts";',
    ` * console.log(constants.AF_INET6); // ${values.get("AF_INET6")}`,
    " * ```",
    " */",
    "export const constants = {",
    ...groupLines(groups.filter((x) => !x.g.family), values),
    "",
    "  // The further address families' constants (TIPC, CAN, AF_ALG, vsock,",
    `  // RDS, QIPCRTR, SCTP, Bluetooth): ${familiesFile}.`,
    "  ...familyConstants,",
    "} as const;",
    "",
  );
  const families: string[] = [
    "/**",
    " * Linux constants of the further address families (TIPC, CAN, AF_ALG,",
    " * vsock, RDS, QIPCRTR, SCTP, Bluetooth), read from the C headers by",
    " * compiling and running a C program: `deno run -A",
    " * .ci/gen_linux_constants.ts`. Generated: do not edit. `linux_constants.ts`",
    " * spreads them into its `constants`, which is what to import.",
    ` * Generated with ${cc} from ${headerVersion(cc)}.`,
    " *",
    " * @module",
    " */",
    "",
    "/**",
    " * The further families' constants by name, grouped as in the C headers.",
    " *",
    " * @example Reading one",
    " * ```ts",
    ` * import { familyConstants } from "./${familiesFile}";`,
    ` * console.log(familyConstants.CAN_RAW); // ${values.get("CAN_RAW")}`,
    " * ```",
    " */",
    "export const familyConstants = {",
    ...groupLines(groups.filter((x) => x.g.family), values),
    "} as const;",
    "",
  ];
  const errno: string[] = [];
  errno.push(
    "/**",
    " * Linux errno numbers, read from the C headers by compiling and running a",
    " * C program: `deno run -A .ci/gen_linux_constants.ts`. Generated: do not",
    " * edit. One table serves x86_64 and aarch64 (see `linux_constants.ts`).",
    ` * Generated with ${cc} from ${headerVersion(cc)}.`,
    " *",
    " * @module",
    " */",
    "",
    "/**",
    " * errno numbers by name (asm-generic/errno-base.h, asm-generic/errno.h;",
    " * ENOTSUP from glibc's errno.h).",
    " *",
    " * @example Reading an errno number",
    " * ```ts",
    ` * import { errno } from "./${errnoFile}";`,
    ` * console.log(errno.ECONNREFUSED); // ${values.get("ECONNREFUSED")}`,
    " * ```",
    " */",
    "export const errno = {",
  );
  for (const n of errnoNames) errno.push(`  ${n}: ${values.get(n)},`);
  errno.push("} as const;", "");
  return {
    constants: lines.join("\n"),
    families: families.join("\n"),
    errno: errno.join("\n"),
  };
}

function headerVersion(cc: string): string {
  if (cc !== "gcc") return "its headers";
  try {
    const v = execFileSync("dpkg-query", [
      "-W",
      "-f",
      "${Version}",
      "linux-libc-dev",
    ], { encoding: "utf8" });
    const g = execFileSync("dpkg-query", [
      "-W",
      "-f",
      "${Version}",
      "libc6-dev",
    ], {
      encoding: "utf8",
    });
    return `linux-libc-dev ${v}, libc6-dev ${g}`;
  } catch {
    return "this machine's headers";
  }
}

function main(argv: string[]): number {
  const opts = parseArgs(argv);
  if (opts.check) {
    return check(opts);
  }
  const dirs = includeDirs(opts.cc);
  const groups = GROUPS.map((g) => ({ g, names: groupNames(dirs, g) }));
  // A name appears once, in the first group that finds it.
  const seen = new Set<string>();
  for (const x of groups) {
    x.names = x.names.filter((n) => !seen.has(n) && (seen.add(n), true));
  }
  const errnoNames = [
    ...new Set([
      ...ERRNO_HEADERS.flatMap((h) =>
        macroNames(stripComments(headerText(dirs, h)))
      ).filter((n) => /^E[A-Z0-9]+$/.test(n)),
      ...ERRNO_EXTRA,
    ]),
  ];
  const all = [...groups.flatMap((x) => x.names), ...errnoNames];
  const { values, dropped } = evaluate(all, opts);
  for (const [n, why] of dropped) console.error(`dropped ${n}: ${why}`);
  for (const x of groups) x.names = x.names.filter((n) => values.has(n));
  const keptErrno = errnoNames.filter((n) => values.has(n));
  const text = render(
    groups,
    keptErrno,
    values,
    opts.cc,
    basename(opts.errnoOut),
    basename(opts.familiesOut),
  );
  writeFileSync(opts.out, text.constants);
  writeFileSync(opts.familiesOut, text.families);
  writeFileSync(opts.errnoOut, text.errno);
  console.error(
    `wrote ${opts.out}: ${
      groups.reduce((s, x) => s + x.names.length, 0)
    } constants; ${opts.errnoOut}: ${keptErrno.length} errno names`,
  );
  return 0;
}

/** Prints the committed table's names whose value differs under `--cc`. */
function check(opts: Options): number {
  const text = readFileSync(opts.out, "utf8") +
    readFileSync(opts.familiesOut, "utf8") +
    readFileSync(opts.errnoOut, "utf8");
  const table = new Map<string, number>();
  for (
    const m of text.matchAll(/^ {2}([A-Za-z_]\w*): (-?(?:0x)?[0-9a-f]+),$/gm)
  ) {
    table.set(m[1], Number(m[2]));
  }
  const { values, dropped } = evaluate([...table.keys()], opts);
  let differ = 0;
  for (const [n, why] of dropped) {
    console.log(`${n}: missing under ${opts.cc} (${why})`);
    differ++;
  }
  for (const [n, v] of values) {
    if (table.get(n) !== v) {
      console.log(`${n}: table ${table.get(n)}, ${opts.cc} ${v}`);
      differ++;
    }
  }
  console.log(`${table.size} names checked, ${differ} differ`);
  return differ === 0 ? 0 : 1;
}

if (import.meta.main) {
  process.exitCode = main(process.argv.slice(2));
}
