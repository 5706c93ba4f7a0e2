/**
 * Writes the module's constant exports: `socket/constants/<group>.ts`, one
 * file per group of the union of every `platform/*_constants.ts` table, and
 * `socket/constants.ts`, which re-exports them. Each constant gets one line
 * of doc (what it is, its value on each platform) and the type it honestly
 * has: `number` where Linux, macOS and Windows all define it, else
 * `number | undefined`. Each group gets one titled example, on its first
 * constant. Names a hand-written module already exports (the `AF_*` families
 * of `address/families.ts`, once it exists) are left to it.
 *
 * Usage, from the repository root (Deno or Bun; needs `deno` on PATH for
 * the final `deno fmt`):
 *
 *     deno run -A .ci/gen_constants_exports.ts
 *     bun .ci/gen_constants_exports.ts
 *
 * @module
 */
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join, resolve } from "node:path";
import process from "node:process";
import { pathToFileURL } from "node:url";

/** Names the library uses itself and does not export (fcntl, poll). */
const INTERNAL: RegExp =
  /^(F_|FD_|O_|POLL|PIPE_BUF$|_SS_|WSA_FLAG_|IOC_|IOCPARM_)/;

/** Hand-written modules whose exported names the generator leaves alone. */
const HAND_WRITTEN: readonly string[] = ["address/families.ts"];

/** The platforms, by table file prefix, as the docs name them. */
const PLATFORMS: readonly string[] = ["linux", "darwin", "windows"];

/** The public names of every platform table, each table's values. */
interface Union {
  /** Every public name once: Linux's order first, then the others'. */
  names: string[];
  /** Per platform (`linux`, ...), its constants. */
  tables: Map<string, Readonly<Record<string, number>>>;
  /** Every errno name once, Linux's order first. */
  errnoNames: string[];
  /** Per platform, its errno numbers. */
  errno: Map<string, Readonly<Record<string, number>>>;
}

/** Reads every `platform/*_constants.ts` under `root`. */
async function readUnion(root: string): Promise<Union> {
  const dir = join(root, "platform");
  const files = readdirSync(dir).filter((f) => f.endsWith("_constants.ts"))
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  const tables = new Map<string, Readonly<Record<string, number>>>();
  const errno = new Map<string, Readonly<Record<string, number>>>();
  const names = new Set<string>();
  const errnoNames = new Set<string>();
  for (const f of files) {
    const mod = await import(pathToFileURL(join(dir, f)).href) as {
      constants: Readonly<Record<string, number>>;
      errno: Readonly<Record<string, number>>;
    };
    const platform = f.slice(0, -"_constants.ts".length);
    tables.set(platform, mod.constants);
    errno.set(platform, mod.errno);
    for (const n of Object.keys(mod.constants)) {
      if (!INTERNAL.test(n)) names.add(n);
    }
    for (const n of Object.keys(mod.errno)) errnoNames.add(n);
  }
  return { names: [...names], tables, errnoNames: [...errnoNames], errno };
}

function rank(file: string): number {
  const i = PLATFORMS.findIndex((p) => file.startsWith(`${p}_`));
  return i < 0 ? PLATFORMS.length : i;
}

/** The names the hand-written modules export. */
function handWritten(root: string): Set<string> {
  const names = new Set<string>();
  for (const f of HAND_WRITTEN) {
    const path = join(root, f);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, "utf8");
    for (const m of text.matchAll(/^export const (\w+)/gm)) names.add(m[1]!);
  }
  return names;
}

/** A group of constants: one file, one title, one example. */
interface Group {
  /** The file name under `socket/constants/`, without `.ts`. */
  file: string;
  /** What the group is, for the file's doc. */
  title: string;
  /** Which names belong to it (the first group that matches wins). */
  match: RegExp;
  /** The constant that carries the example, first in the file. */
  lead: string;
  /** The example's title. */
  example: string;
  /** The example's code, after its import line. */
  code: string[];
}

/** The groups, in the spec's order; the last one takes every other name. */
const GROUPS: readonly Group[] = [
  {
    file: "families",
    lead: "AF_INET",
    title: "Address families (`AF_*`, `PF_*`): `socket()`'s first argument",
    match: /^(AF|PF)_/,
    example: "Create a socket of a family",
    code: [
      "using s = socket(AF_INET6, SOCK_STREAM);",
      "console.log(s.family === AF_INET6); // true",
    ],
  },
  {
    file: "types",
    lead: "SOCK_STREAM",
    title: "Socket types (`SOCK_*`): `socket()`'s second argument",
    match: /^SOCK_/,
    example: "Create a datagram socket",
    code: [
      "using s = socket(AF_INET, SOCK_DGRAM);",
      "console.log(s.type === SOCK_DGRAM); // true",
    ],
  },
  {
    file: "socket_options",
    lead: "SO_REUSEADDR",
    title:
      "Socket-level options (`SOL_SOCKET`, `SO_*`, `SOMAXCONN`), option levels " +
      "(`SOL_*`), ancillary data types (`SCM_*`) and `shutdown()` modes (`SHUT_*`)",
    match: /^(SOL_|SO_|SOMAXCONN$|SCM_|SHUT_|LOCAL_)/,
    example: "Reuse the address of a listening socket",
    code: [
      "using s = socket(AF_INET, SOCK_STREAM);",
      "s.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1);",
      's.bind(["127.0.0.1", 0]);',
      "s.listen(SOMAXCONN);",
      "console.log(s.getsockopt(SOL_SOCKET, SO_REUSEADDR) !== 0); // true",
    ],
  },
  {
    file: "messages",
    lead: "MSG_PEEK",
    title: "Message flags (`MSG_*`): `send()`'s and `recv()`'s flags",
    match: /^MSG_/,
    example: "Look at data without taking it",
    code: [
      "const [a, b] = socketpair();",
      'a.send("ping");',
      "console.log(b.recv(4, MSG_PEEK)); // the bytes, still queued",
      "console.log(b.recv(4)); // the same bytes again",
      "a.close();",
      "b.close();",
    ],
  },
  {
    file: "ip_protocols",
    lead: "IPPROTO_TCP",
    title: "IP protocol numbers (`IPPROTO_*`), ports (`IPPORT_*`) and IPv4 " +
      "addresses as integers (`INADDR_*`)",
    match: /^(IPPROTO_|IPPORT_|IPV6PORT_|INADDR_|IN_LOOPBACKNET$)/,
    example: "Name the protocol explicitly",
    code: [
      "using s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);",
      "console.log(s.proto === IPPROTO_TCP); // true",
      "console.log(INADDR_LOOPBACK === 0x7f000001); // true: 127.0.0.1",
    ],
  },
  {
    file: "ip",
    lead: "IP_TTL",
    title: "IPv4 options (`IP_*`) and multicast options (`MCAST_*`)",
    match: /^(IP_|MCAST_)/,
    example: "Set the time to live of outgoing datagrams",
    code: [
      "using s = socket(AF_INET, SOCK_DGRAM);",
      "s.setsockopt(IPPROTO_IP, IP_TTL, 8);",
      "console.log(s.getsockopt(IPPROTO_IP, IP_TTL)); // 8",
    ],
  },
  {
    file: "ipv6",
    lead: "IPV6_V6ONLY",
    title: "IPv6 options (`IPV6_*`)",
    match: /^IPV6_/,
    example: "Accept IPv6 connections only",
    code: [
      "using s = socket(AF_INET6, SOCK_STREAM);",
      "s.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 1);",
      "console.log(s.getsockopt(IPPROTO_IPV6, IPV6_V6ONLY)); // 1",
    ],
  },
  {
    file: "tcp",
    lead: "TCP_NODELAY",
    title: "TCP options (`TCP_*`) and TCP states",
    match: /^(TCP_|PERSIST_TIMEOUT$)/,
    example: "Disable Nagle's algorithm; probe idle connections",
    code: [
      "using s = socket(AF_INET, SOCK_STREAM);",
      "s.setsockopt(IPPROTO_TCP, TCP_NODELAY, 1);",
      "// macOS calls it TCP_KEEPALIVE: TCP_KEEPIDLE is number | undefined",
      "if (TCP_KEEPIDLE !== undefined) s.setsockopt(IPPROTO_TCP, TCP_KEEPIDLE, 60);",
    ],
  },
  {
    file: "resolver",
    lead: "AI_NUMERICHOST",
    title:
      "Resolver codes: `getaddrinfo()` flags (`AI_*`), `getnameinfo()` flags " +
      "(`NI_*`), their errors (`EAI_*`) and `h_errno` values",
    match:
      /^(EAI_|AI_|NI_|HOST_NOT_FOUND$|TRY_AGAIN$|NO_RECOVERY$|NO_DATA$|NO_ADDRESS$|NETDB_|INET6?_ADDRSTRLEN$)/,
    example: "Resolve numerically and tell a failure apart",
    code: [
      'console.log(getaddrinfo("127.0.0.1", 80, AF_INET, SOCK_STREAM, 0, AI_NUMERICHOST));',
      "try {",
      '  getaddrinfo("not an address", 80, AF_INET, SOCK_STREAM, 0, AI_NUMERICHOST);',
      "} catch (e) {",
      "  if (e instanceof gaierror && e.errno === EAI_NONAME) console.log(e.strerror);",
      "}",
    ],
  },
  {
    file: "tipc",
    lead: "TIPC_ADDR_NAMESEQ",
    title: "TIPC (`TIPC_*`, Linux): address types, scopes, options",
    match: /^TIPC_/,
    example: "Bind a TIPC service range (where the kernel has TIPC)",
    code: [
      "if (AF_TIPC !== undefined && TIPC_ADDR_NAMESEQ !== undefined) {",
      "  using s = socket(AF_TIPC, SOCK_RDM);",
      "  s.bind([TIPC_ADDR_NAMESEQ, 18888, 17, 17, TIPC_ZONE_SCOPE ?? 1]);",
      "}",
    ],
  },
  {
    file: "netlink",
    lead: "NETLINK_ROUTE",
    title:
      "Netlink (`NETLINK_*`, `NLM_F_*`, `NLMSG_*`, `RTM_*`, Linux), interface " +
      "attributes (`IFA_*`, `IFLA_*`) and flags (`IFF_*`)",
    match:
      /^(NETLINK_|NLM_F_|NLMSG_|RTM_|RTMGRP_|IFA_|IFLA_|IFF_|IF_NAMESIZE$|IFNAMSIZ$)/,
    example: "Ask the kernel for its links (Linux)",
    code: [
      "if (",
      "  AF_NETLINK !== undefined && NETLINK_ROUTE !== undefined &&",
      "  RTM_GETLINK !== undefined && NLM_F_REQUEST !== undefined && NLM_F_DUMP !== undefined",
      ") {",
      "  using s = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);",
      "  const request = new DataView(new ArrayBuffer(32)); // nlmsghdr + ifinfomsg",
      "  request.setUint32(0, 32, true); // nlmsg_len",
      "  request.setUint16(4, RTM_GETLINK, true); // nlmsg_type",
      "  request.setUint16(6, NLM_F_REQUEST | NLM_F_DUMP, true); // nlmsg_flags",
      "  s.send(request);",
      "  console.log(s.recv(65536).length > 0); // true",
      "}",
    ],
  },
  {
    file: "packet",
    lead: "ETH_P_ALL",
    title:
      "Packet sockets (`PACKET_*`) and Ethernet protocols (`ETH_P_*`), Linux",
    match: /^(PACKET_|ETH_P_)/,
    example: "Capture one frame of any protocol (Linux, needs privileges)",
    code: [
      "if (AF_PACKET !== undefined && ETH_P_ALL !== undefined) {",
      "  using s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));",
      "  const [frame, address] = s.recvfrom(65535);",
      "  if (address) {",
      "    const [ifname, , pkttype] = address;",
      "    console.log(ifname, frame.length, pkttype === PACKET_OUTGOING);",
      "  }",
      "}",
    ],
  },
  {
    file: "ioctl",
    lead: "FIONREAD",
    title: "`ioctl()` requests (`FIO*`, `SIOC*`; Windows `SIO_*` and their " +
      "`RCVALL_*` values) and ICMP message types",
    match: /^(FIO|SIOC|SIO_|RCVALL_|ICMP6?_)/,
    example: "Count the bytes waiting to be read",
    code: [
      "const [a, b] = socketpair();",
      'a.send("ping");',
      "console.log(b.ioctl(FIONREAD)); // 4",
      "a.close();",
      "b.close();",
    ],
  },
  {
    file: "can",
    lead: "CAN_RAW",
    title: "CAN bus (`CAN_*`, `CANFD_*`, `CANXL_*`, `J1939_*`), Linux",
    match: /^(CAN_|CANFD_|CANXL_|J1939_)/,
    example: "Open a raw CAN socket (Linux, where the kernel has CAN)",
    code: [
      "if (AF_CAN !== undefined && CAN_RAW !== undefined) {",
      "  using s = socket(AF_CAN, SOCK_RAW, CAN_RAW);",
      "  console.log(s.proto === CAN_RAW); // true",
      "}",
    ],
  },
  {
    file: "sctp",
    lead: "SCTP_NODELAY",
    title: "SCTP options (`SCTP_*`) at level `IPPROTO_SCTP`",
    match: /^SCTP_/,
    example:
      "Disable Nagle's algorithm on an SCTP socket (where the kernel has SCTP)",
    code: [
      "if (IPPROTO_SCTP !== undefined && SCTP_NODELAY !== undefined) {",
      "  using s = socket(AF_INET, SOCK_STREAM, IPPROTO_SCTP);",
      "  s.setsockopt(IPPROTO_SCTP, SCTP_NODELAY, 1);",
      "}",
    ],
  },
  {
    file: "linux_families",
    lead: "VMADDR_CID_ANY",
    title: "Further Linux families' constants: RDS (`RDS_*`), Bluetooth " +
      "(`BTPROTO_*`, `HCI_*`, `BDADDR_*`), AF_ALG (`ALG_*`), vsock " +
      "(`VMADDR_*`) and QIPCRTR (`QRTR_*`)",
    match:
      /^(RDS_|BTPROTO_|HCI_|BDADDR_|BT_|L2CAP_|ALG_|VMADDR_|VM_|SO_VM_|QRTR_|IOCTL_VM_)/,
    example: "Listen on a vsock port (Linux, where the kernel has vsock)",
    code: [
      "if (AF_VSOCK !== undefined && VMADDR_CID_ANY !== undefined) {",
      "  using s = socket(AF_VSOCK, SOCK_STREAM);",
      "  s.bind([VMADDR_CID_ANY, 5000]);",
      "}",
    ],
  },
  {
    file: "other",
    lead: "",
    title: "Further constants of the C headers",
    match: /./,
    example: "Read a constant the platform may lack",
    code: [
      "console.log(IF_NAMESIZE ?? 16); // an interface name's size, NUL included",
    ],
  },
];

/** What a constant is, in a few words (the first rule that matches). */
const WHAT: readonly [RegExp, string][] = [
  [/^(AF|PF)_MAX$/, "One more than the largest address family"],
  [/^(AF|PF)_/, "Address family"],
  [/^SOCK_(NONBLOCK|CLOEXEC)$/, "Flag or-ed into `socket()`'s type"],
  [/^SOCK_MAXADDRLEN$/, "Largest socket address length"],
  [/^SOCK_/, "Socket type"],
  [/^SOMAXCONN$/, "Largest backlog `listen()` accepts"],
  [/^SOL_/, "Option level"],
  [/^SO_/, "Socket option at level `SOL_SOCKET`"],
  [/^SCM_/, "Ancillary data type at level `SOL_SOCKET`"],
  [/^SHUT_/, "`shutdown()` mode"],
  [/^LOCAL_/, "AF_UNIX option at level `SOL_LOCAL`"],
  [/^MSG_/, "Message flag"],
  [/^IPPROTO_/, "IP protocol number (and option level)"],
  [/^IPV?6?PORT_(RESERVED|USERRESERVED|HI|LAST|MAX)/, "Bound of a port range"],
  [/^IPPORT_/, "Well-known port"],
  [/^INADDR_/, "IPv4 address as a host-order integer"],
  [/^IN_LOOPBACKNET$/, "IPv4 loopback network number"],
  [/^IP_PMTUDISC_/, "Value of `IP_MTU_DISCOVER`"],
  [/^IP_(DEFAULT|MAX|MIN)_/, "IPv4 limit or default"],
  [/^IP_/, "IPv4 option at level `IPPROTO_IP`"],
  [
    /^MCAST_(JOIN|LEAVE|BLOCK|UNBLOCK)/,
    "Protocol-independent multicast option",
  ],
  [/^MCAST_/, "Multicast filter mode"],
  [/^IPV6_PMTUDISC_/, "Value of `IPV6_MTU_DISCOVER`"],
  [/^IPV6_RTHDR_/, "IPv6 routing header type"],
  [/^IPV6_/, "IPv6 option at level `IPPROTO_IPV6`"],
  [
    /^TCP_(ESTABLISHED|SYN_SENT|SYN_RECV|FIN_WAIT1|FIN_WAIT2|TIME_WAIT|CLOSE|CLOSE_WAIT|LAST_ACK|LISTEN|CLOSING)$/,
    "TCP state (`tcpi_state` of `TCP_INFO`)",
  ],
  [/^TCP_/, "TCP option at level `IPPROTO_TCP`, or one of its values"],
  [/^PERSIST_TIMEOUT$/, "TCP persist timeout option (Windows)"],
  [/^EAI_/, "`getaddrinfo()` error: `gaierror`'s errno"],
  [/^AI_/, "`getaddrinfo()` flag"],
  [/^NI_MAX/, "`getnameinfo()` buffer size"],
  [/^NI_/, "`getnameinfo()` flag"],
  [/^INET6?_ADDRSTRLEN$/, "Size of an address's text, NUL included"],
  [
    /^(HOST_NOT_FOUND|TRY_AGAIN|NO_RECOVERY|NO_DATA|NO_ADDRESS|NETDB_)/,
    "`h_errno` value: `herror`'s errno",
  ],
  [
    /^TIPC_(ADDR_|SERVICE_RANGE|SERVICE_ADDR|SOCKET_ADDR)/,
    "TIPC address type",
  ],
  [/^TIPC_\w+_SCOPE$/, "TIPC scope"],
  [/^TIPC_\w+_IMPORTANCE$/, "TIPC message importance"],
  [/^TIPC_/, "TIPC constant (linux/tipc.h)"],
  [
    /^NETLINK_[A-Z_]*(MEMBERSHIP|PKTINFO|ERROR|ENOBUFS|RING|NSID|ACK|CHK)$/,
    "Netlink option at level `SOL_NETLINK`",
  ],
  [/^NETLINK_/, "Netlink protocol"],
  [/^NLM_F_/, "Netlink message flag (`nlmsg_flags`)"],
  [/^NLMSG_/, "Netlink message type or size"],
  [/^RTM_F_/, "Route flag (`rtm_flags`)"],
  [/^RTMGRP_/, "Rtnetlink multicast group"],
  [/^RTM_/, "Rtnetlink message type (`nlmsg_type`)"],
  [/^IFA_F_/, "Interface address flag (`ifa_flags`)"],
  [/^IFA_/, "Interface address attribute (`rta_type`)"],
  [/^IFLA_/, "Link attribute (`rta_type`)"],
  [/^IFF_/, "Interface flag (`ifr_flags`)"],
  [/^(IF_NAMESIZE|IFNAMSIZ)$/, "Size of an interface name, NUL included"],
  [/^PACKET_(MR_|FANOUT_)/, "AF_PACKET membership type or fanout mode"],
  [
    /^PACKET_(HOST|BROADCAST|MULTICAST|OTHERHOST|OUTGOING|LOOPBACK|USER|KERNEL|FASTROUTE)$/,
    "AF_PACKET packet type (an address's third element)",
  ],
  [/^PACKET_/, "AF_PACKET option at level `SOL_PACKET`"],
  [/^ETH_P_/, "Ethernet protocol number"],
  [/^ETHERTYPE_/, "Ethernet frame type (EtherType, net/ethernet.h)"],
  [/^ICMP6?_/, "ICMP message type"],
  [/^(FIO|SIOC)/, "`ioctl()` request"],
  [/^SIO_/, "Windows `WSAIoctl()` request"],
  [/^RCVALL_/, "Value of the Windows `SIO_RCVALL` request"],
  [/^(CAN_|CANFD_|CANXL_)/, "CAN constant (linux/can.h)"],
  [/^J1939_/, "SAE J1939 constant (linux/can/j1939.h)"],
  [/^SCTP_/, "SCTP option at level `IPPROTO_SCTP`, or one of its values"],
  [/^RDS_/, "RDS option or constant (linux/rds.h)"],
  [
    /^BTPROTO_/,
    "Protocol of AF_BLUETOOTH sockets (`socket()`'s third argument)",
  ],
  [/^(HCI_|BDADDR_)/, "Bluetooth constant"],
  [/^BT_/, "Bluetooth option at level `SOL_BLUETOOTH`, or one of its values"],
  [
    /^L2CAP_LM/,
    "L2CAP link mode option at level `SOL_L2CAP`, or one of its bits",
  ],
  [/^ALG_/, "AF_ALG option or operation (linux/if_alg.h)"],
  [/^(VMADDR_|VM_|SO_VM_|IOCTL_VM_)/, "vsock constant (linux/vm_sockets.h)"],
  [/^QRTR_/, "QIPCRTR constant (linux/qrtr.h)"],
  [/^(HV_|HVSOCKET_)/, "Constant of Windows' hvsocket.h (Hyper-V sockets)"],
  [/./, "Constant of the C headers"],
];

/**
 * What the best-known constants mean, in a few words, before their kind
 * (from the C headers' and manual pages' descriptions).
 */
const MEANING: Readonly<Record<string, string>> = {
  PF_PACKET: "Link-layer packets (AF_PACKET's other name)",
  PF_CAN: "CAN bus (AF_CAN's other name)",
  PF_RDS: "Reliable Datagram Sockets (AF_RDS's other name)",
  PF_SYSTEM: "Kernel events and controls (AF_SYSTEM's other name)",
  SYSPROTO_CONTROL: "Kernel control protocol of AF_SYSTEM sockets (macOS)",
  ETHERTYPE_ARP: "ARP",
  ETHERTYPE_IP: "IPv4",
  ETHERTYPE_IPV6: "IPv6",
  ETHERTYPE_VLAN: "IEEE 802.1Q VLAN tag",
  ALG_SET_PUBKEY:
    "CPython's value for setting a public key; the kernel has no such option (6 is its ALG_SET_DRBG_ENTROPY)",
  ALG_OP_SIGN:
    "CPython's value for a sign operation; the kernel has no such operation",
  ALG_OP_VERIFY:
    "CPython's value for a verify operation; the kernel has no such operation",
  SOCK_STREAM: "Connection-based byte stream (TCP)",
  SOCK_DGRAM: "Datagrams (UDP)",
  SOCK_RAW: "Raw protocol access",
  SOCK_RDM: "Reliably delivered messages",
  SOCK_SEQPACKET: "Connection-based records",
  SOCK_NONBLOCK: "Create the socket non-blocking",
  SOCK_CLOEXEC: "Create the socket close-on-exec",
  SOL_SOCKET: "The socket's own options",
  SOL_IP:
    "IPv4 options (on macOS and Windows, CPython's own value: the headers lack it)",
  SOL_IPV6: "IPv6 options",
  SOL_BLUETOOTH: "Bluetooth options",
  SOL_HCI: "Bluetooth HCI options",
  SOL_L2CAP: "Bluetooth L2CAP options",
  SOL_SCO: "Bluetooth SCO options",
  SOL_RFCOMM: "Bluetooth RFCOMM options",
  BTPROTO_L2CAP: "L2CAP (logical link control)",
  BTPROTO_HCI: "HCI (host controller interface)",
  BTPROTO_SCO: "SCO (synchronous voice links)",
  BTPROTO_RFCOMM: "RFCOMM (serial port emulation)",
  BTPROTO_BNEP: "BNEP (network encapsulation)",
  BTPROTO_CMTP: "CMTP (CAPI message transport)",
  BTPROTO_HIDP: "HIDP (human interface devices)",
  BTPROTO_AVDTP: "AVDTP (audio/video distribution)",
  BTPROTO_ISO: "ISO (isochronous channels)",
  SOL_TCP:
    "TCP options (on macOS and Windows, CPython's own value: the headers lack it)",
  SOL_UDP:
    "UDP options (on macOS and Windows, CPython's own value: the headers lack it)",
  SO_DEBUG: "Record debugging information",
  SO_REUSEADDR: "Let bind() reuse a local address",
  SO_REUSEPORT: "Let several sockets bind the same address and port",
  SO_TYPE: "The socket's type (read only)",
  SO_ERROR: "The pending error, cleared by reading it",
  SO_DONTROUTE: "Send to directly connected hosts only, bypassing routing",
  SO_BROADCAST: "Allow sending to broadcast addresses",
  SO_SNDBUF: "Send buffer size in bytes",
  SO_RCVBUF: "Receive buffer size in bytes",
  SO_KEEPALIVE: "Send keepalive probes on an idle connection",
  SO_OOBINLINE: "Receive out-of-band data inline",
  SO_LINGER: "Linger in close() while data is unsent (struct linger)",
  SO_RCVLOWAT: "Fewest bytes a receive returns",
  SO_SNDLOWAT: "Fewest bytes of room a send waits for",
  SO_RCVTIMEO: "Receive timeout (struct timeval)",
  SO_SNDTIMEO: "Send timeout (struct timeval)",
  SO_ACCEPTCONN: "Whether the socket listens (read only)",
  SO_PASSCRED: "Receive the sender's credentials (SCM_CREDENTIALS)",
  SO_PEERCRED: "The peer's process credentials (struct ucred, read only)",
  SO_BINDTODEVICE: "Send and receive through one interface, by name",
  SO_PRIORITY: "Priority of sent packets",
  SO_MARK: "Firewall mark of sent packets",
  SO_DOMAIN: "The socket's address family (read only)",
  SO_PROTOCOL: "The socket's protocol (read only)",
  SO_TIMESTAMP: "Receive each datagram's arrival time (SCM_TIMESTAMP)",
  SO_NOSIGPIPE: "No SIGPIPE when writing to a gone peer",
  SO_EXCLUSIVEADDRUSE: "Bind the address and port exclusively",
  SOMAXCONN: "Largest backlog listen() accepts",
  SCM_RIGHTS: "Open descriptors passed to the peer",
  SCM_CREDENTIALS: "The sender's process credentials (struct ucred)",
  SCM_CREDS: "The sender's process credentials",
  SCM_TIMESTAMP: "A datagram's arrival time (struct timeval)",
  SHUT_RD: "Stop receiving",
  SHUT_WR: "Stop sending",
  SHUT_RDWR: "Stop receiving and sending",
  MSG_OOB: "Out-of-band data",
  MSG_PEEK: "Look at data without taking it",
  MSG_DONTROUTE: "Send to directly connected hosts only",
  MSG_DONTWAIT: "Do not block this call",
  MSG_WAITALL: "Wait until the whole amount is received",
  MSG_NOSIGNAL: "No SIGPIPE when the peer has gone",
  MSG_TRUNC: "The datagram was longer than the buffer",
  MSG_CTRUNC: "The ancillary data was longer than its buffer",
  MSG_EOR: "End of a record",
  MSG_MORE: "More data follows",
  MSG_CMSG_CLOEXEC: "Make received descriptors close-on-exec",
  MSG_ERRQUEUE: "Receive from the error queue",
  MSG_CONFIRM: "The link-layer neighbour answered",
  IPPROTO_IP: "IPv4",
  IPPROTO_IPV6: "IPv6",
  IPPROTO_TCP: "TCP",
  IPPROTO_UDP: "UDP",
  IPPROTO_UDPLITE: "UDP-Lite",
  IPPROTO_ICMP: "ICMP",
  IPPROTO_ICMPV6: "ICMPv6",
  IPPROTO_IGMP: "IGMP",
  IPPROTO_RAW: "Raw IP packets, header included",
  IPPROTO_SCTP: "SCTP",
  IPPROTO_GRE: "GRE",
  IPPROTO_ESP: "IPsec ESP",
  IPPROTO_AH: "IPsec AH",
  INADDR_ANY: "0.0.0.0, any address",
  INADDR_LOOPBACK: "127.0.0.1",
  INADDR_BROADCAST: "255.255.255.255",
  INADDR_NONE: "255.255.255.255, inet_addr()'s failure",
  INADDR_ALLHOSTS_GROUP: "224.0.0.1, all hosts",
  INADDR_UNSPEC_GROUP: "224.0.0.0",
  INADDR_MAX_LOCAL_GROUP: "224.0.0.255",
  IPPORT_RESERVED: "Ports below this one need privilege",
  IP_TTL: "Time to live of sent packets",
  IP_TOS: "Type of service of sent packets",
  IP_HDRINCL: "Sent packets include the IP header",
  IP_OPTIONS: "IP header options",
  IP_MULTICAST_TTL: "Time to live of sent multicast",
  IP_MULTICAST_LOOP: "Deliver sent multicast to this host too",
  IP_MULTICAST_IF: "Interface for sent multicast",
  IP_ADD_MEMBERSHIP: "Join a multicast group (struct ip_mreq)",
  IP_DROP_MEMBERSHIP: "Leave a multicast group (struct ip_mreq)",
  IP_PKTINFO: "Receive each datagram's destination and interface",
  IP_RECVTOS: "Receive each datagram's type of service",
  IP_MTU_DISCOVER: "Path MTU discovery mode",
  IPV6_V6ONLY: "IPv6 only: no IPv4-mapped addresses",
  IPV6_UNICAST_HOPS: "Hop limit of sent unicast",
  IPV6_MULTICAST_HOPS: "Hop limit of sent multicast",
  IPV6_MULTICAST_LOOP: "Deliver sent multicast to this host too",
  IPV6_MULTICAST_IF: "Interface for sent multicast",
  IPV6_JOIN_GROUP: "Join a multicast group (struct ipv6_mreq)",
  IPV6_LEAVE_GROUP: "Leave a multicast group (struct ipv6_mreq)",
  IPV6_RECVPKTINFO: "Receive each datagram's destination and interface",
  IPV6_PKTINFO: "Destination and interface (struct in6_pktinfo)",
  IPV6_TCLASS: "Traffic class of sent packets",
  IPV6_RECVTCLASS: "Receive each datagram's traffic class",
  TCP_NODELAY: "Send at once, without Nagle's delay",
  TCP_MAXSEG: "Largest segment size",
  TCP_KEEPIDLE: "Idle seconds before keepalive probes",
  TCP_KEEPALIVE: "Idle seconds before keepalive probes (macOS's TCP_KEEPIDLE)",
  TCP_KEEPINTVL: "Seconds between keepalive probes",
  TCP_KEEPCNT: "Unanswered probes before the connection drops",
  TCP_CORK: "Hold partial segments back until uncorked",
  TCP_NOPUSH: "Hold partial segments back (macOS's TCP_CORK)",
  TCP_QUICKACK: "Acknowledge at once",
  TCP_INFO: "Connection statistics (struct tcp_info)",
  TCP_CONGESTION: "Congestion control algorithm, by name",
  TCP_FASTOPEN: "TCP Fast Open queue length",
  TCP_USER_TIMEOUT: "Milliseconds sent data may stay unacknowledged",
  TCP_NOTSENT_LOWAT: "Most unsent bytes before the socket is not writable",
  TCP_DEFER_ACCEPT: "Wake accept() only once data has arrived",
  AI_PASSIVE: "Addresses to bind: no host means any",
  AI_CANONNAME: "Return the canonical name",
  AI_NUMERICHOST: "The host must be numeric: no lookup",
  AI_NUMERICSERV: "The port must be numeric: no lookup",
  AI_V4MAPPED: "IPv4 addresses as IPv4-mapped IPv6",
  AI_ALL: "With AI_V4MAPPED: IPv6 and mapped IPv4 addresses",
  AI_ADDRCONFIG: "Only families this host has an address in",
  NI_NUMERICHOST: "The host as a number",
  NI_NUMERICSERV: "The port as a number",
  NI_NAMEREQD: "Fail when the host has no name",
  NI_NOFQDN: "The host's name without its domain",
  NI_DGRAM: "The service is datagram-based",
  NI_MAXHOST: "Room for a host name",
  NI_MAXSERV: "Room for a service name",
  EAI_NONAME: "Name or service not known",
  EAI_AGAIN: "Temporary failure in name resolution",
  EAI_FAIL: "Non-recoverable failure in name resolution",
  EAI_FAMILY: "Address family not supported",
  EAI_SOCKTYPE: "Socket type not supported",
  EAI_SERVICE: "Service not supported for the socket type",
  EAI_MEMORY: "Out of memory",
  EAI_BADFLAGS: "Bad flags",
  EAI_SYSTEM: "System error: see errno",
  EAI_OVERFLOW: "Argument buffer overflow",
  EAI_NODATA: "No address for the name",
  EAI_ADDRFAMILY: "No address in the family",
  HOST_NOT_FOUND: "Unknown host",
  TRY_AGAIN: "Temporary failure",
  NO_RECOVERY: "Non-recoverable failure",
  NO_DATA: "The name has no address",
  NO_ADDRESS: "The name has no address",
  FIONBIO: "Set non-blocking mode",
  FIONREAD: "Bytes ready to read",
  SIOCATMARK: "Whether reading is at the out-of-band mark",
  SIO_RCVALL: "Receive every IP packet",
  SIO_KEEPALIVE_VALS: "Keepalive on, idle time and interval",
  SIO_LOOPBACK_FAST_PATH: "Loopback fast path",
  HV_PROTOCOL_RAW: "The AF_HYPERV protocol (`socket()`'s third argument)",
  HVSOCKET_CONNECT_TIMEOUT: "AF_HYPERV option: connect timeout in milliseconds",
  HVSOCKET_CONNECT_TIMEOUT_MAX: "Largest `HVSOCKET_CONNECT_TIMEOUT`",
  HVSOCKET_CONNECTED_SUSPEND:
    "AF_HYPERV option: keep the connection over a VM suspend",
  HVSOCKET_ADDRESS_FLAG_PASSTHRU: "AF_HYPERV address flag: pass-through",
  NETLINK_ROUTE: "Routes, addresses, links (rtnetlink)",
  ETH_P_ALL: "Every protocol",
  ETH_P_IP: "IPv4",
  ETH_P_IPV6: "IPv6",
  ETH_P_ARP: "ARP",
  PACKET_HOST: "Addressed to this host",
  PACKET_BROADCAST: "Link-layer broadcast",
  PACKET_MULTICAST: "Link-layer multicast",
  PACKET_OTHERHOST: "Addressed to another host",
  PACKET_OUTGOING: "Sent by this host",
};

function what(n: string): string {
  for (const [re, text] of WHAT) if (re.test(n)) return text;
  return "Constant";
}

/** "Socket option ..." -> "socket option ..."; "TCP state" stays. */
function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/** `linux 2, darwin 4, windows 4` and the platforms that lack it. */
function values(n: string, tables: Union["tables"]): string {
  const have: string[] = [];
  const lack: string[] = [];
  for (const [p, table] of tables) {
    if (n in table) have.push(`${p} ${table[n]}`);
    else lack.push(p);
  }
  return have.join(", ") + (lack.length ? `; not on ${lack.join(", ")}` : "");
}

/** Whether every supported platform defines `n`. */
function everywhere(n: string, tables: Union["tables"]): boolean {
  return PLATFORMS.every((p) => n in (tables.get(p) ?? {}));
}

/** The names an example's code uses, besides keywords and properties. */
function usedNames(code: string[], exported: Set<string>): string[] {
  const used = new Set<string>();
  for (const line of code) {
    const text = line.replace(/\/\/.*$/, "").replace(/"[^"]*"/g, "");
    for (const m of text.matchAll(/(?<![.\w])([A-Za-z_]\w*)/g)) {
      if (exported.has(m[1]!)) used.add(m[1]!);
    }
  }
  return [...used].sort((a, b) =>
    a.toLowerCase() < b.toLowerCase()
      ? -1
      : a.toLowerCase() > b.toLowerCase()
      ? 1
      : 0
  );
}

/** The text of one group's file. */
function renderGroup(
  g: Group,
  names: string[],
  u: Union,
  exported: Set<string>,
): string {
  const out: string[] = [
    "/**",
    ` * ${g.title}.`,
    " * Each is the running platform's value; one the platform lacks is",
    " * `undefined` (typed `number | undefined` unless Linux, macOS and Windows",
    " * all define it).",
    " *",
    " * Generated from `platform/*_constants.ts` by",
    " * `deno run -A .ci/gen_constants_exports.ts`: do not edit by hand.",
    " *",
    " * @module",
    " */",
  ];
  const helpers = [
    ...names.some((n) => everywhere(n, u.tables)) ? ["defined"] : [],
    ...names.some((n) => !everywhere(n, u.tables)) ? ["maybe"] : [],
  ];
  out.push(`import { ${helpers.join(", ")} } from "./_lookup.ts";`, "");
  names.forEach((n, i) => {
    const kind = what(n);
    const meaning = MEANING[n];
    const doc = meaning
      ? `${meaning}; ${lowerFirst(kind)}: ${values(n, u.tables)}.`
      : `${kind}: ${values(n, u.tables)}.`;
    if (i === 0) {
      const imports = usedNames(g.code, exported);
      out.push(
        "/**",
        ` * ${doc}`,
        " *",
        ` * @example ${g.example}`,
        " * ```ts",
        ` * import { ${imports.join(", ")} } from "@berkeley/socket";`,
        ...g.code.map((l) => ` * ${l}`),
        " * ```",
        " */",
      );
    } else {
      out.push(`/** ${doc} */`);
    }
    out.push(
      everywhere(n, u.tables)
        ? `export const ${n}: number = defined("${n}");`
        : `export const ${n}: number | undefined = maybe("${n}");`,
    );
  });
  out.push("");
  return out.join("\n");
}

/** The text of `socket/constants.ts`. */
function renderIndex(files: string[]): string {
  return [
    "/**",
    " * The module's constants (`AF_INET`, `SOCK_STREAM`, `SO_REUSEADDR`, ...),",
    " * each the running platform's value, one file per group. A constant the",
    " * running platform lacks is `undefined`, as in Python where the attribute",
    " * is missing, and typed `number | undefined` unless Linux, macOS and",
    " * Windows all define it.",
    " *",
    " * Generated by `deno run -A .ci/gen_constants_exports.ts`: do not edit.",
    " *",
    " * @module",
    " */",
    ...files.map((f) => `export * from "./constants/${f}.ts";`),
    "",
  ].join("\n");
}

/** The text of `socket/errno_table.ts`: the errno table's type. */
function renderErrno(u: Union): string {
  const out = [
    "/**",
    " * The type of `errno`: one property per name, `number` where Linux,",
    " * macOS and Windows all define it, optional (`number | undefined`)",
    " * otherwise, so that a misspelt name does not compile.",
    " *",
    " * Generated from `platform/*_constants.ts` by",
    " * `deno run -A .ci/gen_constants_exports.ts`: do not edit by hand.",
    " *",
    " * @module",
    " */",
    "",
    "/** The error numbers by name, with each platform's value. */",
    "export interface ErrnoTable {",
  ];
  for (const n of u.errnoNames) {
    out.push(
      `  /** ${values(n, u.errno)}. */`,
      everywhere(n, u.errno)
        ? `  readonly ${n}: number;`
        : `  readonly ${n}?: number;`,
    );
  }
  out.push("}", "");
  return out.join("\n");
}

/** The names `mod.ts` exports besides the constants (for the examples). */
function apiNames(root: string): Set<string> {
  const text = readFileSync(join(root, "mod.ts"), "utf8");
  const names = new Set<string>();
  for (const block of text.matchAll(/export\s*(?:type\s*)?\{([^}]*)\}/g)) {
    for (const part of block[1]!.split(",")) {
      const m = /(?:as\s+)?(\w+)\s*$/.exec(part.trim());
      if (m) names.add(m[1]!);
    }
  }
  return names;
}

if (import.meta.main) {
  const root = resolve(import.meta.dirname ?? ".", "..");
  const u = await readUnion(root);
  const skip = handWritten(root);
  const exported = new Set([...u.names, ...apiNames(root), ...skip]);
  const byGroup = new Map<Group, string[]>(GROUPS.map((g) => [g, []]));
  for (const n of u.names) {
    if (skip.has(n)) continue;
    byGroup.get(GROUPS.find((g) => g.match.test(n))!)!.push(n);
  }
  for (const [g, names] of byGroup) {
    const i = names.indexOf(g.lead);
    if (i > 0) names.unshift(...names.splice(i, 1));
  }
  const dir = join(root, "socket", "constants");
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) {
    if (!f.startsWith("_")) rmSync(join(dir, f));
  }
  const written: string[] = [];
  for (const [g, names] of byGroup) {
    if (names.length === 0) continue;
    writeFileSync(
      join(dir, `${g.file}.ts`),
      renderGroup(g, names, u, exported),
    );
    written.push(g.file);
  }
  const index = join(root, "socket", "constants.ts");
  writeFileSync(index, renderIndex(written));
  const errnoTable = join(root, "socket", "errno_table.ts");
  writeFileSync(errnoTable, renderErrno(u));
  const fmt = spawnSync("deno", ["fmt", "--quiet", index, dir, errnoTable], {
    cwd: root,
    stdio: "inherit",
  });
  if (fmt.status !== 0) throw new Error("deno fmt failed on the output");
  process.stderr.write(
    `wrote ${index} and ${written.length} files in ${dir}: ` +
      `${u.names.length - skip.size} constants\n`,
  );
}
