/**
 * The address families (`AF_*`, and Python's `PF_*` aliases), each the
 * running platform's value. Those
 * with a codec are typed {@linkcode Family} of their address type, so that
 * `socket(AF_INET)` is a `SocketType<InetAddress>`; at run time each is a
 * plain number. A family the running platform lacks is `undefined`, as in
 * Python where the attribute is missing, and its type says so.
 *
 * Written by hand (the generated constants leave `AF_*` to this file); the
 * values come from `platform/*_constants.ts`, and
 * `tests/families_test.ts` checks that every `AF_*` there is here.
 *
 * @module
 */
import { constants } from "../platform/mod.ts";
import type {
  Address,
  AlgAddress,
  BluetoothAddress,
  CanAddress,
  Family,
  HyperVAddress,
  Inet6Address,
  InetAddress,
  NetlinkAddress,
  PacketAddress,
  QipcrtrAddress,
  RdsAddress,
  TipcAddress,
  UnixAddress,
  VsockAddress,
} from "./types.ts";

// The one place a family number becomes a Family: the brand is a type only.
function maybeFamily<A extends Address>(name: string): Family<A> | undefined {
  return constants[name] as Family<A> | undefined;
}

function family<A extends Address>(name: string): Family<A> {
  const value = maybeFamily<A>(name);
  if (value === undefined) throw new Error(`${name} is missing`);
  return value;
}

function maybePlain(name: string): number | undefined {
  return constants[name];
}

function plain(name: string): number {
  return family(name);
}

/** Any family (`getaddrinfo`'s default). Value: Linux 0, macOS 0, Windows 0. */
export const AF_UNSPEC: number = plain("AF_UNSPEC");
/** Local sockets: the POSIX name of AF_UNIX. Value: Linux 1, macOS 1; not defined on Windows. */
export const AF_LOCAL: Family<UnixAddress> | undefined = maybeFamily<
  UnixAddress
>("AF_LOCAL");
/** Local (Unix domain) sockets. Value: Linux 1, macOS 1, Windows 1. */
export const AF_UNIX: Family<UnixAddress> = family<UnixAddress>("AF_UNIX");
/** Local sockets: an old name of AF_UNIX. Value: Linux 1; not defined on macOS or Windows. */
export const AF_FILE: Family<UnixAddress> | undefined = maybeFamily<
  UnixAddress
>("AF_FILE");
/**
 * IPv4. Value: Linux 2, macOS 2, Windows 2.
 *
 * @example Choosing the family of a socket
 * ```ts
 * import { AF_INET, AF_UNIX, socket, socketpair } from "@berkeley/socket";
 * using tcp = socket(AF_INET); // SocketType<InetAddress>
 * const [a, b] = socketpair(AF_UNIX); // SocketType<UnixAddress> each
 * console.log(tcp.family === AF_INET, a.family === AF_UNIX); // true true
 * a.close();
 * b.close();
 * ```
 */
export const AF_INET: Family<InetAddress> = family<InetAddress>("AF_INET");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 3; not defined on macOS or Windows. */
export const AF_AX25: number | undefined = maybePlain("AF_AX25");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 4, macOS 23, Windows 6. */
export const AF_IPX: number = plain("AF_IPX");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 5, macOS 16, Windows 16. */
export const AF_APPLETALK: number = plain("AF_APPLETALK");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 6; not defined on macOS or Windows. */
export const AF_NETROM: number | undefined = maybePlain("AF_NETROM");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 7; not defined on macOS or Windows. */
export const AF_BRIDGE: number | undefined = maybePlain("AF_BRIDGE");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 8; not defined on macOS or Windows. */
export const AF_ATMPVC: number | undefined = maybePlain("AF_ATMPVC");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 9; not defined on macOS or Windows. */
export const AF_X25: number | undefined = maybePlain("AF_X25");
/** IPv6. Value: Linux 10, macOS 30, Windows 23. */
export const AF_INET6: Family<Inet6Address> = family<Inet6Address>("AF_INET6");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 11; not defined on macOS or Windows. */
export const AF_ROSE: number | undefined = maybePlain("AF_ROSE");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 12, macOS 12, Windows 12. */
export const AF_DECnet: number = plain("AF_DECnet");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 13; not defined on macOS or Windows. */
export const AF_NETBEUI: number | undefined = maybePlain("AF_NETBEUI");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 14; not defined on macOS or Windows. */
export const AF_SECURITY: number | undefined = maybePlain("AF_SECURITY");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 15; not defined on macOS or Windows. */
export const AF_KEY: number | undefined = maybePlain("AF_KEY");
/** Netlink: the kernel's own sockets (routing, ...). Value: Linux 16; not defined on macOS or Windows. */
export const AF_NETLINK: Family<NetlinkAddress> | undefined = maybeFamily<
  NetlinkAddress
>("AF_NETLINK");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 16, macOS 17; not defined on Windows. */
export const AF_ROUTE: number | undefined = maybePlain("AF_ROUTE");
/** Link-layer packets. Value: Linux 17; not defined on macOS or Windows. */
export const AF_PACKET: Family<PacketAddress> | undefined = maybeFamily<
  PacketAddress
>("AF_PACKET");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 18; not defined on macOS or Windows. */
export const AF_ASH: number | undefined = maybePlain("AF_ASH");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 19; not defined on macOS or Windows. */
export const AF_ECONET: number | undefined = maybePlain("AF_ECONET");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 20; not defined on macOS or Windows. */
export const AF_ATMSVC: number | undefined = maybePlain("AF_ATMSVC");
/** Reliable Datagram Sockets. Value: Linux 21; not defined on macOS or Windows. */
export const AF_RDS: Family<RdsAddress> | undefined = maybeFamily<RdsAddress>(
  "AF_RDS",
);
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 22, macOS 11, Windows 11. */
export const AF_SNA: number = plain("AF_SNA");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 23, Windows 26; not defined on macOS. */
export const AF_IRDA: number | undefined = maybePlain("AF_IRDA");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 24; not defined on macOS or Windows. */
export const AF_PPPOX: number | undefined = maybePlain("AF_PPPOX");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 25; not defined on macOS or Windows. */
export const AF_WANPIPE: number | undefined = maybePlain("AF_WANPIPE");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 26; not defined on macOS or Windows. */
export const AF_LLC: number | undefined = maybePlain("AF_LLC");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 27; not defined on macOS or Windows. */
export const AF_IB: number | undefined = maybePlain("AF_IB");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 28; not defined on macOS or Windows. */
export const AF_MPLS: number | undefined = maybePlain("AF_MPLS");
/** Controller Area Network. Value: Linux 29; not defined on macOS or Windows. */
export const AF_CAN: Family<CanAddress> | undefined = maybeFamily<CanAddress>(
  "AF_CAN",
);
/** TIPC cluster sockets. Value: Linux 30; not defined on macOS or Windows. */
export const AF_TIPC: Family<TipcAddress> | undefined = maybeFamily<
  TipcAddress
>("AF_TIPC");
/** Bluetooth (Windows: `AF_BTH`, RFCOMM only). Value: Linux 31, Windows 32; not defined on macOS. */
export const AF_BLUETOOTH: Family<BluetoothAddress> | undefined = maybeFamily<
  BluetoothAddress
>("AF_BLUETOOTH");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 32; not defined on macOS or Windows. */
export const AF_IUCV: number | undefined = maybePlain("AF_IUCV");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 33; not defined on macOS or Windows. */
export const AF_RXRPC: number | undefined = maybePlain("AF_RXRPC");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 34, macOS 28; not defined on Windows. */
export const AF_ISDN: number | undefined = maybePlain("AF_ISDN");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 35; not defined on macOS or Windows. */
export const AF_PHONET: number | undefined = maybePlain("AF_PHONET");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 36; not defined on macOS or Windows. */
export const AF_IEEE802154: number | undefined = maybePlain("AF_IEEE802154");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 37; not defined on macOS or Windows. */
export const AF_CAIF: number | undefined = maybePlain("AF_CAIF");
/** The kernel crypto API. Value: Linux 38; not defined on macOS or Windows. */
export const AF_ALG: Family<AlgAddress> | undefined = maybeFamily<AlgAddress>(
  "AF_ALG",
);
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 39; not defined on macOS or Windows. */
export const AF_NFC: number | undefined = maybePlain("AF_NFC");
/** Sockets between virtual machines and their host. Value: Linux 40, macOS 40; not defined on Windows. */
export const AF_VSOCK: Family<VsockAddress> | undefined = maybeFamily<
  VsockAddress
>("AF_VSOCK");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 41; not defined on macOS or Windows. */
export const AF_KCM: number | undefined = maybePlain("AF_KCM");
/** Qualcomm IPC router. Value: Linux 42; not defined on macOS or Windows. */
export const AF_QIPCRTR: Family<QipcrtrAddress> | undefined = maybeFamily<
  QipcrtrAddress
>("AF_QIPCRTR");
/** Hyper-V sockets between a Windows host and its guests (the Windows SDK's ws2def.h; not in mingw-w64). Value: Windows 34; not defined on Linux or macOS. */
export const AF_HYPERV: Family<HyperVAddress> | undefined = maybeFamily<
  HyperVAddress
>("AF_HYPERV");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 43; not defined on macOS or Windows. */
export const AF_SMC: number | undefined = maybePlain("AF_SMC");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 44; not defined on macOS or Windows. */
export const AF_XDP: number | undefined = maybePlain("AF_XDP");
/** No codec here: its addresses are `[family, bytes]`. Value: Linux 45; not defined on macOS or Windows. */
export const AF_MCTP: number | undefined = maybePlain("AF_MCTP");
/** No codec here: its addresses are `[family, bytes]`. Value: macOS 3, Windows 3; not defined on Linux. */
export const AF_IMPLINK: number | undefined = maybePlain("AF_IMPLINK");
/** No codec here: its addresses are `[family, bytes]`. Value: macOS 4, Windows 4; not defined on Linux. */
export const AF_PUP: number | undefined = maybePlain("AF_PUP");
/** No codec here: its addresses are `[family, bytes]`. Value: macOS 5, Windows 5; not defined on Linux. */
export const AF_CHAOS: number | undefined = maybePlain("AF_CHAOS");
/** No codec here: its addresses are `[family, bytes]`. Value: macOS 6, Windows 6; not defined on Linux. */
export const AF_NS: number | undefined = maybePlain("AF_NS");
/** No codec here: its addresses are `[family, bytes]`. Value: macOS 7, Windows 7; not defined on Linux. */
export const AF_ISO: number | undefined = maybePlain("AF_ISO");
/** No codec here: its addresses are `[family, bytes]`. Value: macOS 7, Windows 7; not defined on Linux. */
export const AF_OSI: number | undefined = maybePlain("AF_OSI");
/** No codec here: its addresses are `[family, bytes]`. Value: macOS 8, Windows 8; not defined on Linux. */
export const AF_ECMA: number | undefined = maybePlain("AF_ECMA");
/** No codec here: its addresses are `[family, bytes]`. Value: macOS 9, Windows 9; not defined on Linux. */
export const AF_DATAKIT: number | undefined = maybePlain("AF_DATAKIT");
/** No codec here: its addresses are `[family, bytes]`. Value: macOS 10, Windows 10; not defined on Linux. */
export const AF_CCITT: number | undefined = maybePlain("AF_CCITT");
/** No codec here: its addresses are `[family, bytes]`. Value: macOS 13, Windows 13; not defined on Linux. */
export const AF_DLI: number | undefined = maybePlain("AF_DLI");
/** No codec here: its addresses are `[family, bytes]`. Value: macOS 14, Windows 14; not defined on Linux. */
export const AF_LAT: number | undefined = maybePlain("AF_LAT");
/** No codec here: its addresses are `[family, bytes]`. Value: macOS 15, Windows 15; not defined on Linux. */
export const AF_HYLINK: number | undefined = maybePlain("AF_HYLINK");
/** No codec here: its addresses are `[family, bytes]`. Value: macOS 18; not defined on Linux or Windows. */
export const AF_LINK: number | undefined = maybePlain("AF_LINK");
/** No codec here: its addresses are `[family, bytes]`. Value: macOS 20; not defined on Linux or Windows. */
export const AF_COIP: number | undefined = maybePlain("AF_COIP");
/** No codec here: its addresses are `[family, bytes]`. Value: macOS 21; not defined on Linux or Windows. */
export const AF_CNT: number | undefined = maybePlain("AF_CNT");
/** No codec here: its addresses are `[family, bytes]`. Value: macOS 24; not defined on Linux or Windows. */
export const AF_SIP: number | undefined = maybePlain("AF_SIP");
/** No codec here: its addresses are `[family, bytes]`. Value: macOS 27; not defined on Linux or Windows. */
export const AF_NDRV: number | undefined = maybePlain("AF_NDRV");
/** No codec here: its addresses are `[family, bytes]`. Value: macOS 28; not defined on Linux or Windows. */
export const AF_E164: number | undefined = maybePlain("AF_E164");
/** No codec here: its addresses are `[family, bytes]`. Value: macOS 31; not defined on Linux or Windows. */
export const AF_NATM: number | undefined = maybePlain("AF_NATM");
/** No codec here: its addresses are `[family, bytes]`. Value: macOS 32; not defined on Linux or Windows. */
export const AF_SYSTEM: number | undefined = maybePlain("AF_SYSTEM");
/** No codec here: its addresses are `[family, bytes]`. Value: macOS 33, Windows 17; not defined on Linux. */
export const AF_NETBIOS: number | undefined = maybePlain("AF_NETBIOS");
/** No codec here: its addresses are `[family, bytes]`. Value: macOS 34; not defined on Linux or Windows. */
export const AF_PPP: number | undefined = maybePlain("AF_PPP");
/** No codec here: its addresses are `[family, bytes]`. Value: macOS 36; not defined on Linux or Windows. */
export const AF_RESERVED_36: number | undefined = maybePlain("AF_RESERVED_36");
/** No codec here: its addresses are `[family, bytes]`. Value: macOS 37; not defined on Linux or Windows. */
export const AF_IEEE80211: number | undefined = maybePlain("AF_IEEE80211");
/** No codec here: its addresses are `[family, bytes]`. Value: macOS 38; not defined on Linux or Windows. */
export const AF_UTUN: number | undefined = maybePlain("AF_UTUN");
/** No codec here: its addresses are `[family, bytes]`. Value: macOS 41, Windows 33; not defined on Linux. */
export const AF_MAX: number | undefined = maybePlain("AF_MAX");
/** No codec here: its addresses are `[family, bytes]`. Value: Windows 18; not defined on Linux or macOS. */
export const AF_VOICEVIEW: number | undefined = maybePlain("AF_VOICEVIEW");
/** No codec here: its addresses are `[family, bytes]`. Value: Windows 19; not defined on Linux or macOS. */
export const AF_FIREFOX: number | undefined = maybePlain("AF_FIREFOX");
/** No codec here: its addresses are `[family, bytes]`. Value: Windows 20; not defined on Linux or macOS. */
export const AF_UNKNOWN1: number | undefined = maybePlain("AF_UNKNOWN1");
/** No codec here: its addresses are `[family, bytes]`. Value: Windows 21; not defined on Linux or macOS. */
export const AF_BAN: number | undefined = maybePlain("AF_BAN");
/** No codec here: its addresses are `[family, bytes]`. Value: Windows 22; not defined on Linux or macOS. */
export const AF_ATM: number | undefined = maybePlain("AF_ATM");
/** No codec here: its addresses are `[family, bytes]`. Value: Windows 24; not defined on Linux or macOS. */
export const AF_CLUSTER: number | undefined = maybePlain("AF_CLUSTER");
/** No codec here: its addresses are `[family, bytes]`. Value: Windows 25; not defined on Linux or macOS. */
export const AF_12844: number | undefined = maybePlain("AF_12844");
/** No codec here: its addresses are `[family, bytes]`. Value: Windows 28; not defined on Linux or macOS. */
export const AF_NETDES: number | undefined = maybePlain("AF_NETDES");
/** No codec here: its addresses are `[family, bytes]`. Value: Windows 29; not defined on Linux or macOS. */
export const AF_TCNPROCESS: number | undefined = maybePlain("AF_TCNPROCESS");
/** No codec here: its addresses are `[family, bytes]`. Value: Windows 30; not defined on Linux or macOS. */
export const AF_TCNMESSAGE: number | undefined = maybePlain("AF_TCNMESSAGE");
/** No codec here: its addresses are `[family, bytes]`. Value: Windows 31; not defined on Linux or macOS. */
export const AF_ICLFXBM: number | undefined = maybePlain("AF_ICLFXBM");
/** No codec here: its addresses are `[family, bytes]`. Value: Windows 32; not defined on Linux or macOS. */
export const AF_BTH: number | undefined = maybePlain("AF_BTH");
/** Link-layer packets: Python's protocol-family name for AF_PACKET. Value: Linux 17; not defined on macOS or Windows. */
export const PF_PACKET: Family<PacketAddress> | undefined = maybeFamily<
  PacketAddress
>("PF_PACKET");
/** Reliable Datagram Sockets: Python's protocol-family name for AF_RDS. Value: Linux 21; not defined on macOS or Windows. */
export const PF_RDS: Family<RdsAddress> | undefined = maybeFamily<RdsAddress>(
  "PF_RDS",
);
/** Controller Area Network: Python's protocol-family name for AF_CAN. Value: Linux 29; not defined on macOS or Windows. */
export const PF_CAN: Family<CanAddress> | undefined = maybeFamily<CanAddress>(
  "PF_CAN",
);
/** Kernel events and controls: Python's protocol-family name for AF_SYSTEM. Value: macOS 32; not defined on Linux or Windows. */
export const PF_SYSTEM: number | undefined = maybePlain("PF_SYSTEM");
