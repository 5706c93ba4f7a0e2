/**
 * The module's constants (`AF_INET`, `SOCK_STREAM`, `SO_REUSEADDR`, ...),
 * each the running platform's value. A constant the running platform
 * lacks is `undefined`, as in Python where the attribute is missing.
 *
 * Generated from the union of `platform/*_constants.ts` by
 * `deno run -A .ci/gen_constants_exports.ts`: do not edit by hand.
 *
 * @module
 */
import { constants as c } from "../platform/mod.ts";

/**
 * `AF_UNSPEC` is an address family: `socket()`'s first argument.
 * Value: Linux 0, macOS 0, Windows 0.
 *
 * @example Resolve to IPv4 and IPv6 addresses alike
 * ```ts
 * import { AF_UNSPEC, getaddrinfo, SOCK_STREAM } from "@berkeley/socket";
 * console.log(getaddrinfo("127.0.0.1", 80, AF_UNSPEC, SOCK_STREAM));
 * ```
 */
export const AF_UNSPEC: number = c.AF_UNSPEC as number;
/**
 * `AF_LOCAL` is an address family: `socket()`'s first argument.
 * Value: Linux 1, macOS 1; not defined on Windows.
 *
 * @example Create a connected pair of local sockets
 * ```ts
 * import { AF_LOCAL, SOCK_STREAM, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair(AF_LOCAL, SOCK_STREAM);
 * a.close();
 * b.close();
 * ```
 */
export const AF_LOCAL: number = c.AF_LOCAL as number;
/**
 * `AF_UNIX` is an address family: `socket()`'s first argument.
 * Value: Linux 1, macOS 1, Windows 1.
 *
 * @example Create a connected pair of local sockets
 * ```ts
 * import { AF_UNIX, SOCK_STREAM, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair(AF_UNIX, SOCK_STREAM);
 * a.close();
 * b.close();
 * ```
 */
export const AF_UNIX: number = c.AF_UNIX as number;
/**
 * `AF_FILE` is an address family: `socket()`'s first argument.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Create a connected pair of local sockets
 * ```ts
 * import { AF_FILE, SOCK_STREAM, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair(AF_FILE, SOCK_STREAM);
 * a.close();
 * b.close();
 * ```
 */
export const AF_FILE: number = c.AF_FILE as number;
/**
 * `AF_INET` is an address family: `socket()`'s first argument.
 * Value: Linux 2, macOS 2, Windows 2.
 *
 * @example Create a TCP socket of this family
 * ```ts
 * import { AF_INET, SOCK_STREAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_STREAM);
 * s.close();
 * ```
 */
export const AF_INET: number = c.AF_INET as number;
/**
 * `AF_AX25` is an address family: `socket()`'s first argument.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_AX25, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_AX25); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_AX25: number = c.AF_AX25 as number;
/**
 * `AF_IPX` is an address family: `socket()`'s first argument.
 * Value: Linux 4, macOS 23, Windows 6.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_IPX, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_IPX); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_IPX: number = c.AF_IPX as number;
/**
 * `AF_APPLETALK` is an address family: `socket()`'s first argument.
 * Value: Linux 5, macOS 16, Windows 16.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_APPLETALK, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_APPLETALK); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_APPLETALK: number = c.AF_APPLETALK as number;
/**
 * `AF_NETROM` is an address family: `socket()`'s first argument.
 * Value: Linux 6; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_NETROM, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_NETROM); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_NETROM: number = c.AF_NETROM as number;
/**
 * `AF_BRIDGE` is an address family: `socket()`'s first argument.
 * Value: Linux 7; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_BRIDGE, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_BRIDGE); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_BRIDGE: number = c.AF_BRIDGE as number;
/**
 * `AF_ATMPVC` is an address family: `socket()`'s first argument.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_ATMPVC, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_ATMPVC); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_ATMPVC: number = c.AF_ATMPVC as number;
/**
 * `AF_X25` is an address family: `socket()`'s first argument.
 * Value: Linux 9; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_X25, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_X25); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_X25: number = c.AF_X25 as number;
/**
 * `AF_INET6` is an address family: `socket()`'s first argument.
 * Value: Linux 10, macOS 30, Windows 23.
 *
 * @example Create a TCP socket of this family
 * ```ts
 * import { AF_INET6, SOCK_STREAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_STREAM);
 * s.close();
 * ```
 */
export const AF_INET6: number = c.AF_INET6 as number;
/**
 * `AF_ROSE` is an address family: `socket()`'s first argument.
 * Value: Linux 11; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_ROSE, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_ROSE); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_ROSE: number = c.AF_ROSE as number;
/**
 * `AF_DECnet` is an address family: `socket()`'s first argument.
 * Value: Linux 12, macOS 12, Windows 12.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_DECnet, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_DECnet); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_DECnet: number = c.AF_DECnet as number;
/**
 * `AF_NETBEUI` is an address family: `socket()`'s first argument.
 * Value: Linux 13; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_NETBEUI, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_NETBEUI); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_NETBEUI: number = c.AF_NETBEUI as number;
/**
 * `AF_SECURITY` is an address family: `socket()`'s first argument.
 * Value: Linux 14; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_SECURITY, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_SECURITY); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_SECURITY: number = c.AF_SECURITY as number;
/**
 * `AF_KEY` is an address family: `socket()`'s first argument.
 * Value: Linux 15; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_KEY, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_KEY); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_KEY: number = c.AF_KEY as number;
/**
 * `AF_NETLINK` is an address family: `socket()`'s first argument.
 * Value: Linux 16; not defined on macOS or Windows.
 *
 * @example Open a routing netlink socket
 * ```ts
 * import { AF_NETLINK, NETLINK_ROUTE, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
 * s.close();
 * ```
 */
export const AF_NETLINK: number = c.AF_NETLINK as number;
/**
 * `AF_ROUTE` is an address family: `socket()`'s first argument.
 * Value: Linux 16, macOS 17; not defined on Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_ROUTE, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_ROUTE); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_ROUTE: number = c.AF_ROUTE as number;
/**
 * `AF_PACKET` is an address family: `socket()`'s first argument.
 * Value: Linux 17; not defined on macOS or Windows.
 *
 * @example Capture every Ethernet frame (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * s.close();
 * ```
 */
export const AF_PACKET: number = c.AF_PACKET as number;
/**
 * `AF_ASH` is an address family: `socket()`'s first argument.
 * Value: Linux 18; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_ASH, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_ASH); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_ASH: number = c.AF_ASH as number;
/**
 * `AF_ECONET` is an address family: `socket()`'s first argument.
 * Value: Linux 19; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_ECONET, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_ECONET); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_ECONET: number = c.AF_ECONET as number;
/**
 * `AF_ATMSVC` is an address family: `socket()`'s first argument.
 * Value: Linux 20; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_ATMSVC, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_ATMSVC); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_ATMSVC: number = c.AF_ATMSVC as number;
/**
 * `AF_RDS` is an address family: `socket()`'s first argument.
 * Value: Linux 21; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_RDS, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_RDS); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_RDS: number = c.AF_RDS as number;
/**
 * `AF_SNA` is an address family: `socket()`'s first argument.
 * Value: Linux 22, macOS 11, Windows 11.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_SNA, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_SNA); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_SNA: number = c.AF_SNA as number;
/**
 * `AF_IRDA` is an address family: `socket()`'s first argument.
 * Value: Linux 23, Windows 26; not defined on macOS.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_IRDA, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_IRDA); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_IRDA: number = c.AF_IRDA as number;
/**
 * `AF_PPPOX` is an address family: `socket()`'s first argument.
 * Value: Linux 24; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_PPPOX, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_PPPOX); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_PPPOX: number = c.AF_PPPOX as number;
/**
 * `AF_WANPIPE` is an address family: `socket()`'s first argument.
 * Value: Linux 25; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_WANPIPE, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_WANPIPE); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_WANPIPE: number = c.AF_WANPIPE as number;
/**
 * `AF_LLC` is an address family: `socket()`'s first argument.
 * Value: Linux 26; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_LLC, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_LLC); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_LLC: number = c.AF_LLC as number;
/**
 * `AF_IB` is an address family: `socket()`'s first argument.
 * Value: Linux 27; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_IB, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_IB); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_IB: number = c.AF_IB as number;
/**
 * `AF_MPLS` is an address family: `socket()`'s first argument.
 * Value: Linux 28; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_MPLS, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_MPLS); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_MPLS: number = c.AF_MPLS as number;
/**
 * `AF_CAN` is an address family: `socket()`'s first argument.
 * Value: Linux 29; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_CAN, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_CAN); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_CAN: number = c.AF_CAN as number;
/**
 * `AF_TIPC` is an address family: `socket()`'s first argument.
 * Value: Linux 30; not defined on macOS or Windows.
 *
 * @example Open a TIPC reliable-datagram socket
 * ```ts
 * import { AF_TIPC, SOCK_RDM, socket } from "@berkeley/socket";
 * const s = socket(AF_TIPC, SOCK_RDM);
 * s.close();
 * ```
 */
export const AF_TIPC: number = c.AF_TIPC as number;
/**
 * `AF_BLUETOOTH` is an address family: `socket()`'s first argument.
 * Value: Linux 31; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_BLUETOOTH, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_BLUETOOTH); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_BLUETOOTH: number = c.AF_BLUETOOTH as number;
/**
 * `AF_IUCV` is an address family: `socket()`'s first argument.
 * Value: Linux 32; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_IUCV, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_IUCV); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_IUCV: number = c.AF_IUCV as number;
/**
 * `AF_RXRPC` is an address family: `socket()`'s first argument.
 * Value: Linux 33; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_RXRPC, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_RXRPC); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_RXRPC: number = c.AF_RXRPC as number;
/**
 * `AF_ISDN` is an address family: `socket()`'s first argument.
 * Value: Linux 34, macOS 28; not defined on Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_ISDN, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_ISDN); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_ISDN: number = c.AF_ISDN as number;
/**
 * `AF_PHONET` is an address family: `socket()`'s first argument.
 * Value: Linux 35; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_PHONET, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_PHONET); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_PHONET: number = c.AF_PHONET as number;
/**
 * `AF_IEEE802154` is an address family: `socket()`'s first argument.
 * Value: Linux 36; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_IEEE802154, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_IEEE802154); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_IEEE802154: number = c.AF_IEEE802154 as number;
/**
 * `AF_CAIF` is an address family: `socket()`'s first argument.
 * Value: Linux 37; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_CAIF, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_CAIF); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_CAIF: number = c.AF_CAIF as number;
/**
 * `AF_ALG` is an address family: `socket()`'s first argument.
 * Value: Linux 38; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_ALG, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_ALG); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_ALG: number = c.AF_ALG as number;
/**
 * `AF_NFC` is an address family: `socket()`'s first argument.
 * Value: Linux 39; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_NFC, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_NFC); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_NFC: number = c.AF_NFC as number;
/**
 * `AF_VSOCK` is an address family: `socket()`'s first argument.
 * Value: Linux 40, macOS 40; not defined on Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_VSOCK, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_VSOCK); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_VSOCK: number = c.AF_VSOCK as number;
/**
 * `AF_KCM` is an address family: `socket()`'s first argument.
 * Value: Linux 41; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_KCM, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_KCM); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_KCM: number = c.AF_KCM as number;
/**
 * `AF_QIPCRTR` is an address family: `socket()`'s first argument.
 * Value: Linux 42; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_QIPCRTR, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_QIPCRTR); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_QIPCRTR: number = c.AF_QIPCRTR as number;
/**
 * `AF_SMC` is an address family: `socket()`'s first argument.
 * Value: Linux 43; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_SMC, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_SMC); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_SMC: number = c.AF_SMC as number;
/**
 * `AF_XDP` is an address family: `socket()`'s first argument.
 * Value: Linux 44; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_XDP, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_XDP); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_XDP: number = c.AF_XDP as number;
/**
 * `AF_MCTP` is an address family: `socket()`'s first argument.
 * Value: Linux 45; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_MCTP, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_MCTP); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_MCTP: number = c.AF_MCTP as number;
/**
 * `PF_PACKET` is an address family: `socket()`'s first argument.
 * Value: Linux 17; not defined on macOS or Windows.
 *
 * @example Capture every Ethernet frame (needs privileges)
 * ```ts
 * import { ETH_P_ALL, htons, PF_PACKET, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(PF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * s.close();
 * ```
 */
export const PF_PACKET: number = c.PF_PACKET as number;
/**
 * `PF_RDS` is an address family: `socket()`'s first argument.
 * Value: Linux 21; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { PF_RDS, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === PF_RDS); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const PF_RDS: number = c.PF_RDS as number;
/**
 * `PF_CAN` is an address family: `socket()`'s first argument.
 * Value: Linux 29; not defined on macOS or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { PF_CAN, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === PF_CAN); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const PF_CAN: number = c.PF_CAN as number;
/**
 * `SOCK_STREAM` is a socket type: `socket()`'s second argument.
 * Value: Linux 1, macOS 1, Windows 1.
 *
 * @example Create a socket of this type, where the kernel has it
 * ```ts
 * import { AF_INET, SOCK_STREAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_STREAM);
 * s.close();
 * ```
 */
export const SOCK_STREAM: number = c.SOCK_STREAM as number;
/**
 * `SOCK_DGRAM` is a socket type: `socket()`'s second argument.
 * Value: Linux 2, macOS 2, Windows 2.
 *
 * @example Create a socket of this type, where the kernel has it
 * ```ts
 * import { AF_INET, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * s.close();
 * ```
 */
export const SOCK_DGRAM: number = c.SOCK_DGRAM as number;
/**
 * `SOCK_RAW` is a socket type: `socket()`'s second argument.
 * Value: Linux 3, macOS 3, Windows 3.
 *
 * @example Open a raw ICMP socket (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_ICMP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
 * s.close();
 * ```
 */
export const SOCK_RAW: number = c.SOCK_RAW as number;
/**
 * `SOCK_RDM` is a socket type: `socket()`'s second argument.
 * Value: Linux 4, macOS 4, Windows 4.
 *
 * @example Open a TIPC reliable-datagram socket
 * ```ts
 * import { AF_TIPC, SOCK_RDM, socket } from "@berkeley/socket";
 * const s = socket(AF_TIPC, SOCK_RDM);
 * s.close();
 * ```
 */
export const SOCK_RDM: number = c.SOCK_RDM as number;
/**
 * `SOCK_SEQPACKET` is a socket type: `socket()`'s second argument.
 * Value: Linux 5, macOS 5, Windows 5.
 *
 * @example Create a pair of record-preserving sockets
 * ```ts
 * import { AF_UNIX, SOCK_SEQPACKET, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair(AF_UNIX, SOCK_SEQPACKET);
 * a.close();
 * b.close();
 * ```
 */
export const SOCK_SEQPACKET: number = c.SOCK_SEQPACKET as number;
/**
 * `SOCK_DCCP` is a socket type: `socket()`'s second argument.
 * Value: Linux 6; not defined on macOS or Windows.
 *
 * @example Create a socket of this type, where the kernel has it
 * ```ts
 * import { AF_INET, SOCK_DCCP, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DCCP);
 * s.close();
 * ```
 */
export const SOCK_DCCP: number = c.SOCK_DCCP as number;
/**
 * `SOCK_PACKET` is a socket type: `socket()`'s second argument.
 * Value: Linux 10; not defined on macOS or Windows.
 *
 * @example Create a socket of this type, where the kernel has it
 * ```ts
 * import { AF_INET, SOCK_PACKET, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_PACKET);
 * s.close();
 * ```
 */
export const SOCK_PACKET: number = c.SOCK_PACKET as number;
/**
 * `SOCK_CLOEXEC` is a flag or-ed into `socket()`'s type.
 * Value: Linux 524288; not defined on macOS or Windows.
 *
 * @example Create a socket with the flag
 * ```ts
 * import { AF_INET, SOCK_CLOEXEC, SOCK_STREAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC);
 * s.close();
 * ```
 */
export const SOCK_CLOEXEC: number = c.SOCK_CLOEXEC as number;
/**
 * `SOCK_NONBLOCK` is a flag or-ed into `socket()`'s type.
 * Value: Linux 2048; not defined on macOS or Windows.
 *
 * @example Create a socket with the flag
 * ```ts
 * import { AF_INET, SOCK_NONBLOCK, SOCK_STREAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK);
 * s.close();
 * ```
 */
export const SOCK_NONBLOCK: number = c.SOCK_NONBLOCK as number;
/**
 * `SOMAXCONN` is the largest backlog `listen()` accepts.
 * Value: Linux 4096, macOS 128, Windows 2147483647.
 *
 * @example Listen with the largest backlog
 * ```ts
 * import { socket, SOMAXCONN } from "@berkeley/socket";
 * const s = socket();
 * s.bind(["127.0.0.1", 0]);
 * s.listen(SOMAXCONN);
 * s.close();
 * ```
 */
export const SOMAXCONN: number = c.SOMAXCONN as number;
/**
 * `SOL_SOCKET` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 1, macOS 65535, Windows 65535.
 *
 * @example Set a socket-level option
 * ```ts
 * import { SO_REUSEADDR, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * s.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1);
 * s.close();
 * ```
 */
export const SOL_SOCKET: number = c.SOL_SOCKET as number;
/**
 * `SOL_RAW` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 255; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_RAW } from "@berkeley/socket";
 * console.log(SOL_RAW); // undefined on a platform without it
 * ```
 */
export const SOL_RAW: number = c.SOL_RAW as number;
/**
 * `SOL_DECNET` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 261; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_DECNET } from "@berkeley/socket";
 * console.log(SOL_DECNET); // undefined on a platform without it
 * ```
 */
export const SOL_DECNET: number = c.SOL_DECNET as number;
/**
 * `SOL_X25` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 262; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_X25 } from "@berkeley/socket";
 * console.log(SOL_X25); // undefined on a platform without it
 * ```
 */
export const SOL_X25: number = c.SOL_X25 as number;
/**
 * `SOL_PACKET` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 263; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_PACKET } from "@berkeley/socket";
 * console.log(SOL_PACKET); // undefined on a platform without it
 * ```
 */
export const SOL_PACKET: number = c.SOL_PACKET as number;
/**
 * `SOL_ATM` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 264; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_ATM } from "@berkeley/socket";
 * console.log(SOL_ATM); // undefined on a platform without it
 * ```
 */
export const SOL_ATM: number = c.SOL_ATM as number;
/**
 * `SOL_AAL` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 265; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_AAL } from "@berkeley/socket";
 * console.log(SOL_AAL); // undefined on a platform without it
 * ```
 */
export const SOL_AAL: number = c.SOL_AAL as number;
/**
 * `SOL_IRDA` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 266; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_IRDA } from "@berkeley/socket";
 * console.log(SOL_IRDA); // undefined on a platform without it
 * ```
 */
export const SOL_IRDA: number = c.SOL_IRDA as number;
/**
 * `SOL_NETBEUI` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 267; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_NETBEUI } from "@berkeley/socket";
 * console.log(SOL_NETBEUI); // undefined on a platform without it
 * ```
 */
export const SOL_NETBEUI: number = c.SOL_NETBEUI as number;
/**
 * `SOL_LLC` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 268; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_LLC } from "@berkeley/socket";
 * console.log(SOL_LLC); // undefined on a platform without it
 * ```
 */
export const SOL_LLC: number = c.SOL_LLC as number;
/**
 * `SOL_DCCP` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 269; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_DCCP } from "@berkeley/socket";
 * console.log(SOL_DCCP); // undefined on a platform without it
 * ```
 */
export const SOL_DCCP: number = c.SOL_DCCP as number;
/**
 * `SOL_NETLINK` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 270; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_NETLINK } from "@berkeley/socket";
 * console.log(SOL_NETLINK); // undefined on a platform without it
 * ```
 */
export const SOL_NETLINK: number = c.SOL_NETLINK as number;
/**
 * `SOL_TIPC` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 271; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_TIPC } from "@berkeley/socket";
 * console.log(SOL_TIPC); // undefined on a platform without it
 * ```
 */
export const SOL_TIPC: number = c.SOL_TIPC as number;
/**
 * `SOL_RXRPC` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 272; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_RXRPC } from "@berkeley/socket";
 * console.log(SOL_RXRPC); // undefined on a platform without it
 * ```
 */
export const SOL_RXRPC: number = c.SOL_RXRPC as number;
/**
 * `SOL_PPPOL2TP` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 273; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_PPPOL2TP } from "@berkeley/socket";
 * console.log(SOL_PPPOL2TP); // undefined on a platform without it
 * ```
 */
export const SOL_PPPOL2TP: number = c.SOL_PPPOL2TP as number;
/**
 * `SOL_BLUETOOTH` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 274; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_BLUETOOTH } from "@berkeley/socket";
 * console.log(SOL_BLUETOOTH); // undefined on a platform without it
 * ```
 */
export const SOL_BLUETOOTH: number = c.SOL_BLUETOOTH as number;
/**
 * `SOL_PNPIPE` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 275; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_PNPIPE } from "@berkeley/socket";
 * console.log(SOL_PNPIPE); // undefined on a platform without it
 * ```
 */
export const SOL_PNPIPE: number = c.SOL_PNPIPE as number;
/**
 * `SOL_RDS` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 276; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_RDS } from "@berkeley/socket";
 * console.log(SOL_RDS); // undefined on a platform without it
 * ```
 */
export const SOL_RDS: number = c.SOL_RDS as number;
/**
 * `SOL_IUCV` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 277; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_IUCV } from "@berkeley/socket";
 * console.log(SOL_IUCV); // undefined on a platform without it
 * ```
 */
export const SOL_IUCV: number = c.SOL_IUCV as number;
/**
 * `SOL_CAIF` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 278; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_CAIF } from "@berkeley/socket";
 * console.log(SOL_CAIF); // undefined on a platform without it
 * ```
 */
export const SOL_CAIF: number = c.SOL_CAIF as number;
/**
 * `SOL_ALG` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 279; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_ALG } from "@berkeley/socket";
 * console.log(SOL_ALG); // undefined on a platform without it
 * ```
 */
export const SOL_ALG: number = c.SOL_ALG as number;
/**
 * `SOL_NFC` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 280; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_NFC } from "@berkeley/socket";
 * console.log(SOL_NFC); // undefined on a platform without it
 * ```
 */
export const SOL_NFC: number = c.SOL_NFC as number;
/**
 * `SOL_KCM` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 281; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_KCM } from "@berkeley/socket";
 * console.log(SOL_KCM); // undefined on a platform without it
 * ```
 */
export const SOL_KCM: number = c.SOL_KCM as number;
/**
 * `SOL_TLS` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 282; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_TLS } from "@berkeley/socket";
 * console.log(SOL_TLS); // undefined on a platform without it
 * ```
 */
export const SOL_TLS: number = c.SOL_TLS as number;
/**
 * `SOL_XDP` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 283; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_XDP } from "@berkeley/socket";
 * console.log(SOL_XDP); // undefined on a platform without it
 * ```
 */
export const SOL_XDP: number = c.SOL_XDP as number;
/**
 * `SOL_MPTCP` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 284; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_MPTCP } from "@berkeley/socket";
 * console.log(SOL_MPTCP); // undefined on a platform without it
 * ```
 */
export const SOL_MPTCP: number = c.SOL_MPTCP as number;
/**
 * `SOL_MCTP` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 285; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_MCTP } from "@berkeley/socket";
 * console.log(SOL_MCTP); // undefined on a platform without it
 * ```
 */
export const SOL_MCTP: number = c.SOL_MCTP as number;
/**
 * `SOL_SMC` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 286; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_SMC } from "@berkeley/socket";
 * console.log(SOL_SMC); // undefined on a platform without it
 * ```
 */
export const SOL_SMC: number = c.SOL_SMC as number;
/**
 * `SOL_IP` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the IPv4 time to live
 * ```ts
 * import { IP_TTL, socket, SOL_IP } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.getsockopt(SOL_IP, IP_TTL));
 * s.close();
 * ```
 */
export const SOL_IP: number = c.SOL_IP as number;
/**
 * `SOL_IPV6` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 41; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_IPV6 } from "@berkeley/socket";
 * console.log(SOL_IPV6); // undefined on a platform without it
 * ```
 */
export const SOL_IPV6: number = c.SOL_IPV6 as number;
/**
 * `SOL_ICMPV6` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 58; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_ICMPV6 } from "@berkeley/socket";
 * console.log(SOL_ICMPV6); // undefined on a platform without it
 * ```
 */
export const SOL_ICMPV6: number = c.SOL_ICMPV6 as number;
/**
 * `SOL_TCP` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 6; not defined on macOS or Windows.
 *
 * @example Disable Nagle's algorithm
 * ```ts
 * import { socket, SOL_TCP, TCP_NODELAY } from "@berkeley/socket";
 * const s = socket();
 * s.setsockopt(SOL_TCP, TCP_NODELAY, 1);
 * s.close();
 * ```
 */
export const SOL_TCP: number = c.SOL_TCP as number;
/**
 * `SOL_UDP` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 17; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_UDP } from "@berkeley/socket";
 * console.log(SOL_UDP); // undefined on a platform without it
 * ```
 */
export const SOL_UDP: number = c.SOL_UDP as number;
/**
 * `SO_DEBUG` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 1, macOS 1, Windows 1.
 *
 * @example Read the option
 * ```ts
 * import { SO_DEBUG, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.getsockopt(SOL_SOCKET, SO_DEBUG));
 * s.close();
 * ```
 */
export const SO_DEBUG: number = c.SO_DEBUG as number;
/**
 * `SO_REUSEADDR` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 2, macOS 4, Windows 4.
 *
 * @example Turn the option on
 * ```ts
 * import { SO_REUSEADDR, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * s.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1);
 * s.close();
 * ```
 */
export const SO_REUSEADDR: number = c.SO_REUSEADDR as number;
/**
 * `SO_TYPE` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 3, macOS 4104, Windows 4104.
 *
 * @example Read the option
 * ```ts
 * import { SO_TYPE, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.getsockopt(SOL_SOCKET, SO_TYPE));
 * s.close();
 * ```
 */
export const SO_TYPE: number = c.SO_TYPE as number;
/**
 * `SO_ERROR` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 4, macOS 4103, Windows 4103.
 *
 * @example Read the option
 * ```ts
 * import { SO_ERROR, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.getsockopt(SOL_SOCKET, SO_ERROR));
 * s.close();
 * ```
 */
export const SO_ERROR: number = c.SO_ERROR as number;
/**
 * `SO_DONTROUTE` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 5, macOS 16, Windows 16.
 *
 * @example Turn the option on
 * ```ts
 * import { SO_DONTROUTE, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * s.setsockopt(SOL_SOCKET, SO_DONTROUTE, 1);
 * s.close();
 * ```
 */
export const SO_DONTROUTE: number = c.SO_DONTROUTE as number;
/**
 * `SO_BROADCAST` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 6, macOS 32, Windows 32.
 *
 * @example Allow sending to a broadcast address
 * ```ts
 * import { AF_INET, SO_BROADCAST, SOCK_DGRAM, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * s.setsockopt(SOL_SOCKET, SO_BROADCAST, 1);
 * s.close();
 * ```
 */
export const SO_BROADCAST: number = c.SO_BROADCAST as number;
/**
 * `SO_SNDBUF` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 7, macOS 4097, Windows 4097.
 *
 * @example Ask for a 64 KiB buffer
 * ```ts
 * import { SO_SNDBUF, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * s.setsockopt(SOL_SOCKET, SO_SNDBUF, 65536);
 * console.log(s.getsockopt(SOL_SOCKET, SO_SNDBUF));
 * s.close();
 * ```
 */
export const SO_SNDBUF: number = c.SO_SNDBUF as number;
/**
 * `SO_RCVBUF` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 8, macOS 4098, Windows 4098.
 *
 * @example Ask for a 64 KiB buffer
 * ```ts
 * import { SO_RCVBUF, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * s.setsockopt(SOL_SOCKET, SO_RCVBUF, 65536);
 * console.log(s.getsockopt(SOL_SOCKET, SO_RCVBUF));
 * s.close();
 * ```
 */
export const SO_RCVBUF: number = c.SO_RCVBUF as number;
/**
 * `SO_SNDBUFFORCE` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 32; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_SNDBUFFORCE, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_SNDBUFFORCE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_SNDBUFFORCE: number = c.SO_SNDBUFFORCE as number;
/**
 * `SO_RCVBUFFORCE` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 33; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_RCVBUFFORCE, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_RCVBUFFORCE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_RCVBUFFORCE: number = c.SO_RCVBUFFORCE as number;
/**
 * `SO_KEEPALIVE` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 9, macOS 8, Windows 8.
 *
 * @example Turn the option on
 * ```ts
 * import { SO_KEEPALIVE, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * s.setsockopt(SOL_SOCKET, SO_KEEPALIVE, 1);
 * s.close();
 * ```
 */
export const SO_KEEPALIVE: number = c.SO_KEEPALIVE as number;
/**
 * `SO_OOBINLINE` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 10, macOS 256, Windows 256.
 *
 * @example Turn the option on
 * ```ts
 * import { SO_OOBINLINE, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * s.setsockopt(SOL_SOCKET, SO_OOBINLINE, 1);
 * s.close();
 * ```
 */
export const SO_OOBINLINE: number = c.SO_OOBINLINE as number;
/**
 * `SO_NO_CHECK` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 11; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_NO_CHECK, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_NO_CHECK));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_NO_CHECK: number = c.SO_NO_CHECK as number;
/**
 * `SO_PRIORITY` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 12; not defined on macOS or Windows.
 *
 * @example Read the option
 * ```ts
 * import { SO_PRIORITY, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.getsockopt(SOL_SOCKET, SO_PRIORITY));
 * s.close();
 * ```
 */
export const SO_PRIORITY: number = c.SO_PRIORITY as number;
/**
 * `SO_LINGER` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 13, macOS 128, Windows 128.
 *
 * @example Read struct linger
 * ```ts
 * import { SO_LINGER, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.getsockopt(SOL_SOCKET, SO_LINGER, 8)); // l_onoff, l_linger
 * s.close();
 * ```
 */
export const SO_LINGER: number = c.SO_LINGER as number;
/**
 * `SO_BSDCOMPAT` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 14; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_BSDCOMPAT, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_BSDCOMPAT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_BSDCOMPAT: number = c.SO_BSDCOMPAT as number;
/**
 * `SO_REUSEPORT` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 15, macOS 512; not defined on Windows.
 *
 * @example Turn the option on
 * ```ts
 * import { SO_REUSEPORT, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * s.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1);
 * s.close();
 * ```
 */
export const SO_REUSEPORT: number = c.SO_REUSEPORT as number;
/**
 * `SO_PASSCRED` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 16; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_PASSCRED, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_PASSCRED));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_PASSCRED: number = c.SO_PASSCRED as number;
/**
 * `SO_PEERCRED` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 17; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_PEERCRED, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_PEERCRED));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_PEERCRED: number = c.SO_PEERCRED as number;
/**
 * `SO_RCVLOWAT` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 18, macOS 4100, Windows 4100.
 *
 * @example Read the option
 * ```ts
 * import { SO_RCVLOWAT, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.getsockopt(SOL_SOCKET, SO_RCVLOWAT));
 * s.close();
 * ```
 */
export const SO_RCVLOWAT: number = c.SO_RCVLOWAT as number;
/**
 * `SO_SNDLOWAT` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 19, macOS 4099, Windows 4099.
 *
 * @example Read the option
 * ```ts
 * import { SO_SNDLOWAT, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.getsockopt(SOL_SOCKET, SO_SNDLOWAT));
 * s.close();
 * ```
 */
export const SO_SNDLOWAT: number = c.SO_SNDLOWAT as number;
/**
 * `SO_RCVTIMEO_OLD` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 20; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_RCVTIMEO_OLD, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_RCVTIMEO_OLD));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_RCVTIMEO_OLD: number = c.SO_RCVTIMEO_OLD as number;
/**
 * `SO_SNDTIMEO_OLD` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 21; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_SNDTIMEO_OLD, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_SNDTIMEO_OLD));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_SNDTIMEO_OLD: number = c.SO_SNDTIMEO_OLD as number;
/**
 * `SO_SECURITY_AUTHENTICATION` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 22; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_SECURITY_AUTHENTICATION, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_SECURITY_AUTHENTICATION));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_SECURITY_AUTHENTICATION: number = c
  .SO_SECURITY_AUTHENTICATION as number;
/**
 * `SO_SECURITY_ENCRYPTION_TRANSPORT` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 23; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_SECURITY_ENCRYPTION_TRANSPORT, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_SECURITY_ENCRYPTION_TRANSPORT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_SECURITY_ENCRYPTION_TRANSPORT: number = c
  .SO_SECURITY_ENCRYPTION_TRANSPORT as number;
/**
 * `SO_SECURITY_ENCRYPTION_NETWORK` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 24; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_SECURITY_ENCRYPTION_NETWORK, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_SECURITY_ENCRYPTION_NETWORK));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_SECURITY_ENCRYPTION_NETWORK: number = c
  .SO_SECURITY_ENCRYPTION_NETWORK as number;
/**
 * `SO_BINDTODEVICE` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 25, macOS 4404; not defined on Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_BINDTODEVICE, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_BINDTODEVICE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_BINDTODEVICE: number = c.SO_BINDTODEVICE as number;
/**
 * `SO_ATTACH_FILTER` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 26; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_ATTACH_FILTER, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_ATTACH_FILTER));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_ATTACH_FILTER: number = c.SO_ATTACH_FILTER as number;
/**
 * `SO_DETACH_FILTER` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 27; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_DETACH_FILTER, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_DETACH_FILTER));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_DETACH_FILTER: number = c.SO_DETACH_FILTER as number;
/**
 * `SO_GET_FILTER` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 26; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_GET_FILTER, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_GET_FILTER));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_GET_FILTER: number = c.SO_GET_FILTER as number;
/**
 * `SO_PEERNAME` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 28; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_PEERNAME, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_PEERNAME));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_PEERNAME: number = c.SO_PEERNAME as number;
/**
 * `SO_ACCEPTCONN` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 30, macOS 2, Windows 2.
 *
 * @example Read the option
 * ```ts
 * import { SO_ACCEPTCONN, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.getsockopt(SOL_SOCKET, SO_ACCEPTCONN));
 * s.close();
 * ```
 */
export const SO_ACCEPTCONN: number = c.SO_ACCEPTCONN as number;
/**
 * `SO_PEERSEC` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 31; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_PEERSEC, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_PEERSEC));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_PEERSEC: number = c.SO_PEERSEC as number;
/**
 * `SO_PASSSEC` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 34; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_PASSSEC, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_PASSSEC));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_PASSSEC: number = c.SO_PASSSEC as number;
/**
 * `SO_MARK` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 36; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_MARK, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_MARK));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_MARK: number = c.SO_MARK as number;
/**
 * `SO_PROTOCOL` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 38; not defined on macOS or Windows.
 *
 * @example Read the option
 * ```ts
 * import { SO_PROTOCOL, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.getsockopt(SOL_SOCKET, SO_PROTOCOL));
 * s.close();
 * ```
 */
export const SO_PROTOCOL: number = c.SO_PROTOCOL as number;
/**
 * `SO_DOMAIN` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 39; not defined on macOS or Windows.
 *
 * @example Read the option
 * ```ts
 * import { SO_DOMAIN, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.getsockopt(SOL_SOCKET, SO_DOMAIN));
 * s.close();
 * ```
 */
export const SO_DOMAIN: number = c.SO_DOMAIN as number;
/**
 * `SO_RXQ_OVFL` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 40; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_RXQ_OVFL, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_RXQ_OVFL));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_RXQ_OVFL: number = c.SO_RXQ_OVFL as number;
/**
 * `SO_WIFI_STATUS` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 41; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_WIFI_STATUS, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_WIFI_STATUS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_WIFI_STATUS: number = c.SO_WIFI_STATUS as number;
/**
 * `SO_PEEK_OFF` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 42; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_PEEK_OFF, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_PEEK_OFF));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_PEEK_OFF: number = c.SO_PEEK_OFF as number;
/**
 * `SO_NOFCS` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 43; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_NOFCS, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_NOFCS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_NOFCS: number = c.SO_NOFCS as number;
/**
 * `SO_LOCK_FILTER` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 44; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_LOCK_FILTER, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_LOCK_FILTER));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_LOCK_FILTER: number = c.SO_LOCK_FILTER as number;
/**
 * `SO_SELECT_ERR_QUEUE` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 45; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_SELECT_ERR_QUEUE, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_SELECT_ERR_QUEUE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_SELECT_ERR_QUEUE: number = c.SO_SELECT_ERR_QUEUE as number;
/**
 * `SO_BUSY_POLL` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 46; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_BUSY_POLL, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_BUSY_POLL));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_BUSY_POLL: number = c.SO_BUSY_POLL as number;
/**
 * `SO_MAX_PACING_RATE` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 47; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_MAX_PACING_RATE, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_MAX_PACING_RATE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_MAX_PACING_RATE: number = c.SO_MAX_PACING_RATE as number;
/**
 * `SO_BPF_EXTENSIONS` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 48; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_BPF_EXTENSIONS, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_BPF_EXTENSIONS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_BPF_EXTENSIONS: number = c.SO_BPF_EXTENSIONS as number;
/**
 * `SO_INCOMING_CPU` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 49; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_INCOMING_CPU, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_INCOMING_CPU));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_INCOMING_CPU: number = c.SO_INCOMING_CPU as number;
/**
 * `SO_ATTACH_BPF` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 50; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_ATTACH_BPF, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_ATTACH_BPF));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_ATTACH_BPF: number = c.SO_ATTACH_BPF as number;
/**
 * `SO_DETACH_BPF` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 27; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_DETACH_BPF, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_DETACH_BPF));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_DETACH_BPF: number = c.SO_DETACH_BPF as number;
/**
 * `SO_ATTACH_REUSEPORT_CBPF` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 51; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_ATTACH_REUSEPORT_CBPF, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_ATTACH_REUSEPORT_CBPF));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_ATTACH_REUSEPORT_CBPF: number = c
  .SO_ATTACH_REUSEPORT_CBPF as number;
/**
 * `SO_ATTACH_REUSEPORT_EBPF` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 52; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_ATTACH_REUSEPORT_EBPF, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_ATTACH_REUSEPORT_EBPF));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_ATTACH_REUSEPORT_EBPF: number = c
  .SO_ATTACH_REUSEPORT_EBPF as number;
/**
 * `SO_CNX_ADVICE` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 53; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_CNX_ADVICE, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_CNX_ADVICE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_CNX_ADVICE: number = c.SO_CNX_ADVICE as number;
/**
 * `SO_MEMINFO` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 55; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_MEMINFO, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_MEMINFO));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_MEMINFO: number = c.SO_MEMINFO as number;
/**
 * `SO_INCOMING_NAPI_ID` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 56; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_INCOMING_NAPI_ID, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_INCOMING_NAPI_ID));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_INCOMING_NAPI_ID: number = c.SO_INCOMING_NAPI_ID as number;
/**
 * `SO_COOKIE` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 57; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_COOKIE, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_COOKIE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_COOKIE: number = c.SO_COOKIE as number;
/**
 * `SO_PEERGROUPS` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 59; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_PEERGROUPS, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_PEERGROUPS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_PEERGROUPS: number = c.SO_PEERGROUPS as number;
/**
 * `SO_ZEROCOPY` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 60; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_ZEROCOPY, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_ZEROCOPY));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_ZEROCOPY: number = c.SO_ZEROCOPY as number;
/**
 * `SO_TXTIME` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 61; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_TXTIME, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_TXTIME));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_TXTIME: number = c.SO_TXTIME as number;
/**
 * `SO_BINDTOIFINDEX` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 62; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_BINDTOIFINDEX, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_BINDTOIFINDEX));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_BINDTOIFINDEX: number = c.SO_BINDTOIFINDEX as number;
/**
 * `SO_TIMESTAMP_OLD` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 29; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_TIMESTAMP_OLD, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_TIMESTAMP_OLD));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_TIMESTAMP_OLD: number = c.SO_TIMESTAMP_OLD as number;
/**
 * `SO_TIMESTAMPNS_OLD` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 35; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_TIMESTAMPNS_OLD, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_TIMESTAMPNS_OLD));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_TIMESTAMPNS_OLD: number = c.SO_TIMESTAMPNS_OLD as number;
/**
 * `SO_TIMESTAMPING_OLD` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 37; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_TIMESTAMPING_OLD, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_TIMESTAMPING_OLD));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_TIMESTAMPING_OLD: number = c.SO_TIMESTAMPING_OLD as number;
/**
 * `SO_TIMESTAMP_NEW` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 63; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_TIMESTAMP_NEW, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_TIMESTAMP_NEW));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_TIMESTAMP_NEW: number = c.SO_TIMESTAMP_NEW as number;
/**
 * `SO_TIMESTAMPNS_NEW` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 64; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_TIMESTAMPNS_NEW, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_TIMESTAMPNS_NEW));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_TIMESTAMPNS_NEW: number = c.SO_TIMESTAMPNS_NEW as number;
/**
 * `SO_TIMESTAMPING_NEW` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 65; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_TIMESTAMPING_NEW, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_TIMESTAMPING_NEW));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_TIMESTAMPING_NEW: number = c.SO_TIMESTAMPING_NEW as number;
/**
 * `SO_RCVTIMEO_NEW` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 66; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_RCVTIMEO_NEW, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_RCVTIMEO_NEW));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_RCVTIMEO_NEW: number = c.SO_RCVTIMEO_NEW as number;
/**
 * `SO_SNDTIMEO_NEW` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 67; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_SNDTIMEO_NEW, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_SNDTIMEO_NEW));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_SNDTIMEO_NEW: number = c.SO_SNDTIMEO_NEW as number;
/**
 * `SO_DETACH_REUSEPORT_BPF` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 68; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_DETACH_REUSEPORT_BPF, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_DETACH_REUSEPORT_BPF));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_DETACH_REUSEPORT_BPF: number = c
  .SO_DETACH_REUSEPORT_BPF as number;
/**
 * `SO_PREFER_BUSY_POLL` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 69; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_PREFER_BUSY_POLL, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_PREFER_BUSY_POLL));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_PREFER_BUSY_POLL: number = c.SO_PREFER_BUSY_POLL as number;
/**
 * `SO_BUSY_POLL_BUDGET` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 70; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_BUSY_POLL_BUDGET, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_BUSY_POLL_BUDGET));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_BUSY_POLL_BUDGET: number = c.SO_BUSY_POLL_BUDGET as number;
/**
 * `SO_NETNS_COOKIE` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 71; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_NETNS_COOKIE, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_NETNS_COOKIE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_NETNS_COOKIE: number = c.SO_NETNS_COOKIE as number;
/**
 * `SO_BUF_LOCK` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 72; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_BUF_LOCK, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_BUF_LOCK));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_BUF_LOCK: number = c.SO_BUF_LOCK as number;
/**
 * `SO_RESERVE_MEM` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 73; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_RESERVE_MEM, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_RESERVE_MEM));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_RESERVE_MEM: number = c.SO_RESERVE_MEM as number;
/**
 * `SO_TXREHASH` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 74; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_TXREHASH, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_TXREHASH));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_TXREHASH: number = c.SO_TXREHASH as number;
/**
 * `SO_RCVMARK` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 75; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_RCVMARK, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_RCVMARK));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_RCVMARK: number = c.SO_RCVMARK as number;
/**
 * `SO_TIMESTAMP` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 29, macOS 1024; not defined on Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_TIMESTAMP, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_TIMESTAMP));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_TIMESTAMP: number = c.SO_TIMESTAMP as number;
/**
 * `SO_TIMESTAMPNS` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 35; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_TIMESTAMPNS, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_TIMESTAMPNS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_TIMESTAMPNS: number = c.SO_TIMESTAMPNS as number;
/**
 * `SO_TIMESTAMPING` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 37; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_TIMESTAMPING, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_TIMESTAMPING));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_TIMESTAMPING: number = c.SO_TIMESTAMPING as number;
/**
 * `SO_RCVTIMEO` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 20, macOS 4102, Windows 4102.
 *
 * @example Read the option
 * ```ts
 * import { SO_RCVTIMEO, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.getsockopt(SOL_SOCKET, SO_RCVTIMEO));
 * s.close();
 * ```
 */
export const SO_RCVTIMEO: number = c.SO_RCVTIMEO as number;
/**
 * `SO_SNDTIMEO` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 21, macOS 4101, Windows 4101.
 *
 * @example Read the option
 * ```ts
 * import { SO_SNDTIMEO, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.getsockopt(SOL_SOCKET, SO_SNDTIMEO));
 * s.close();
 * ```
 */
export const SO_SNDTIMEO: number = c.SO_SNDTIMEO as number;
/**
 * `MSG_OOB` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: Linux 1, macOS 1, Windows 1.
 *
 * @example Read the value
 * ```ts
 * import { MSG_OOB } from "@berkeley/socket";
 * console.log(MSG_OOB); // undefined on a platform without it
 * ```
 */
export const MSG_OOB: number = c.MSG_OOB as number;
/**
 * `MSG_PEEK` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: Linux 2, macOS 2, Windows 2.
 *
 * @example Receive with the flag
 * ```ts
 * import { MSG_PEEK, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.send("ping");
 * console.log(b.recv(4, MSG_PEEK));
 * a.close();
 * b.close();
 * ```
 */
export const MSG_PEEK: number = c.MSG_PEEK as number;
/**
 * `MSG_DONTROUTE` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: Linux 4, macOS 4, Windows 4.
 *
 * @example Send with the flag
 * ```ts
 * import { MSG_DONTROUTE, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.send("ping", MSG_DONTROUTE);
 * a.close();
 * b.close();
 * ```
 */
export const MSG_DONTROUTE: number = c.MSG_DONTROUTE as number;
/**
 * `MSG_TRYHARD` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { MSG_TRYHARD } from "@berkeley/socket";
 * console.log(MSG_TRYHARD); // undefined on a platform without it
 * ```
 */
export const MSG_TRYHARD: number = c.MSG_TRYHARD as number;
/**
 * `MSG_CTRUNC` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: Linux 8, macOS 32, Windows 512.
 *
 * @example Tell a truncated datagram by recvmsg()'s flags
 * ```ts
 * import { AF_UNIX, MSG_CTRUNC, SOCK_DGRAM, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair(AF_UNIX, SOCK_DGRAM);
 * a.send("a datagram longer than four bytes");
 * const [, , flags] = b.recvmsg(4);
 * console.log((flags & MSG_CTRUNC) !== 0);
 * a.close();
 * b.close();
 * ```
 */
export const MSG_CTRUNC: number = c.MSG_CTRUNC as number;
/**
 * `MSG_PROXY` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: Linux 16; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { MSG_PROXY } from "@berkeley/socket";
 * console.log(MSG_PROXY); // undefined on a platform without it
 * ```
 */
export const MSG_PROXY: number = c.MSG_PROXY as number;
/**
 * `MSG_TRUNC` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: Linux 32, macOS 16, Windows 256.
 *
 * @example Tell a truncated datagram by recvmsg()'s flags
 * ```ts
 * import { AF_UNIX, MSG_TRUNC, SOCK_DGRAM, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair(AF_UNIX, SOCK_DGRAM);
 * a.send("a datagram longer than four bytes");
 * const [, , flags] = b.recvmsg(4);
 * console.log((flags & MSG_TRUNC) !== 0);
 * a.close();
 * b.close();
 * ```
 */
export const MSG_TRUNC: number = c.MSG_TRUNC as number;
/**
 * `MSG_DONTWAIT` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: Linux 64, macOS 128; not defined on Windows.
 *
 * @example Receive with the flag
 * ```ts
 * import { MSG_DONTWAIT, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.send("ping");
 * console.log(b.recv(4, MSG_DONTWAIT));
 * a.close();
 * b.close();
 * ```
 */
export const MSG_DONTWAIT: number = c.MSG_DONTWAIT as number;
/**
 * `MSG_EOR` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: Linux 128, macOS 8; not defined on Windows.
 *
 * @example Send with the flag
 * ```ts
 * import { MSG_EOR, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.send("ping", MSG_EOR);
 * a.close();
 * b.close();
 * ```
 */
export const MSG_EOR: number = c.MSG_EOR as number;
/**
 * `MSG_WAITALL` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: Linux 256, macOS 64, Windows 8.
 *
 * @example Receive with the flag
 * ```ts
 * import { MSG_WAITALL, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.send("ping");
 * console.log(b.recv(4, MSG_WAITALL));
 * a.close();
 * b.close();
 * ```
 */
export const MSG_WAITALL: number = c.MSG_WAITALL as number;
/**
 * `MSG_FIN` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: Linux 512; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { MSG_FIN } from "@berkeley/socket";
 * console.log(MSG_FIN); // undefined on a platform without it
 * ```
 */
export const MSG_FIN: number = c.MSG_FIN as number;
/**
 * `MSG_SYN` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: Linux 1024; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { MSG_SYN } from "@berkeley/socket";
 * console.log(MSG_SYN); // undefined on a platform without it
 * ```
 */
export const MSG_SYN: number = c.MSG_SYN as number;
/**
 * `MSG_CONFIRM` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: Linux 2048; not defined on macOS or Windows.
 *
 * @example Send with the flag
 * ```ts
 * import { MSG_CONFIRM, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.send("ping", MSG_CONFIRM);
 * a.close();
 * b.close();
 * ```
 */
export const MSG_CONFIRM: number = c.MSG_CONFIRM as number;
/**
 * `MSG_RST` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: Linux 4096; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { MSG_RST } from "@berkeley/socket";
 * console.log(MSG_RST); // undefined on a platform without it
 * ```
 */
export const MSG_RST: number = c.MSG_RST as number;
/**
 * `MSG_ERRQUEUE` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: Linux 8192; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { MSG_ERRQUEUE } from "@berkeley/socket";
 * console.log(MSG_ERRQUEUE); // undefined on a platform without it
 * ```
 */
export const MSG_ERRQUEUE: number = c.MSG_ERRQUEUE as number;
/**
 * `MSG_NOSIGNAL` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: Linux 16384, macOS 524288; not defined on Windows.
 *
 * @example Send with the flag
 * ```ts
 * import { MSG_NOSIGNAL, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.send("ping", MSG_NOSIGNAL);
 * a.close();
 * b.close();
 * ```
 */
export const MSG_NOSIGNAL: number = c.MSG_NOSIGNAL as number;
/**
 * `MSG_MORE` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: Linux 32768; not defined on macOS or Windows.
 *
 * @example Send with the flag
 * ```ts
 * import { MSG_MORE, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.send("ping", MSG_MORE);
 * a.close();
 * b.close();
 * ```
 */
export const MSG_MORE: number = c.MSG_MORE as number;
/**
 * `MSG_WAITFORONE` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: Linux 65536; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { MSG_WAITFORONE } from "@berkeley/socket";
 * console.log(MSG_WAITFORONE); // undefined on a platform without it
 * ```
 */
export const MSG_WAITFORONE: number = c.MSG_WAITFORONE as number;
/**
 * `MSG_BATCH` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: Linux 262144; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { MSG_BATCH } from "@berkeley/socket";
 * console.log(MSG_BATCH); // undefined on a platform without it
 * ```
 */
export const MSG_BATCH: number = c.MSG_BATCH as number;
/**
 * `MSG_ZEROCOPY` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: Linux 67108864; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { MSG_ZEROCOPY } from "@berkeley/socket";
 * console.log(MSG_ZEROCOPY); // undefined on a platform without it
 * ```
 */
export const MSG_ZEROCOPY: number = c.MSG_ZEROCOPY as number;
/**
 * `MSG_FASTOPEN` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: Linux 536870912; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { MSG_FASTOPEN } from "@berkeley/socket";
 * console.log(MSG_FASTOPEN); // undefined on a platform without it
 * ```
 */
export const MSG_FASTOPEN: number = c.MSG_FASTOPEN as number;
/**
 * `MSG_CMSG_CLOEXEC` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: Linux 1073741824; not defined on macOS or Windows.
 *
 * @example Receive with the flag
 * ```ts
 * import { MSG_CMSG_CLOEXEC, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.send("ping");
 * console.log(b.recv(4, MSG_CMSG_CLOEXEC));
 * a.close();
 * b.close();
 * ```
 */
export const MSG_CMSG_CLOEXEC: number = c.MSG_CMSG_CLOEXEC as number;
/**
 * `SCM_RIGHTS` is an ancillary data type at level `SOL_SOCKET`: descriptors to pass.
 * Value: Linux 1, macOS 1; not defined on Windows.
 *
 * @example Pass a descriptor to the peer
 * ```ts
 * import { SCM_RIGHTS, socketpair, SOL_SOCKET } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * const fds = new Uint8Array(new Int32Array([a.fileno()]).buffer);
 * a.sendmsg(["fd"], [[SOL_SOCKET, SCM_RIGHTS, fds]]);
 * a.close();
 * b.close();
 * ```
 */
export const SCM_RIGHTS: number = c.SCM_RIGHTS as number;
/**
 * `SCM_CREDENTIALS` is an ancillary data type at level `SOL_SOCKET`, in `recvmsg()`'s ancdata.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Find the item in received ancillary data
 * ```ts
 * import { SCM_CREDENTIALS, socketpair, SOL_SOCKET } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.send("ping");
 * const [, ancdata] = b.recvmsg(4, 256);
 * for (const [level, type, data] of ancdata) {
 *   if (level === SOL_SOCKET && type === SCM_CREDENTIALS) console.log(data);
 * }
 * a.close();
 * b.close();
 * ```
 */
export const SCM_CREDENTIALS: number = c.SCM_CREDENTIALS as number;
/**
 * `SCM_WIFI_STATUS` is an ancillary data type at level `SOL_SOCKET`, in `recvmsg()`'s ancdata.
 * Value: Linux 41; not defined on macOS or Windows.
 *
 * @example Find the item in received ancillary data
 * ```ts
 * import { SCM_WIFI_STATUS, socketpair, SOL_SOCKET } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.send("ping");
 * const [, ancdata] = b.recvmsg(4, 256);
 * for (const [level, type, data] of ancdata) {
 *   if (level === SOL_SOCKET && type === SCM_WIFI_STATUS) console.log(data);
 * }
 * a.close();
 * b.close();
 * ```
 */
export const SCM_WIFI_STATUS: number = c.SCM_WIFI_STATUS as number;
/**
 * `SCM_TIMESTAMPING_OPT_STATS` is an ancillary data type at level `SOL_SOCKET`, in `recvmsg()`'s ancdata.
 * Value: Linux 54; not defined on macOS or Windows.
 *
 * @example Find the item in received ancillary data
 * ```ts
 * import { SCM_TIMESTAMPING_OPT_STATS, socketpair, SOL_SOCKET } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.send("ping");
 * const [, ancdata] = b.recvmsg(4, 256);
 * for (const [level, type, data] of ancdata) {
 *   if (level === SOL_SOCKET && type === SCM_TIMESTAMPING_OPT_STATS) console.log(data);
 * }
 * a.close();
 * b.close();
 * ```
 */
export const SCM_TIMESTAMPING_OPT_STATS: number = c
  .SCM_TIMESTAMPING_OPT_STATS as number;
/**
 * `SCM_TIMESTAMPING_PKTINFO` is an ancillary data type at level `SOL_SOCKET`, in `recvmsg()`'s ancdata.
 * Value: Linux 58; not defined on macOS or Windows.
 *
 * @example Find the item in received ancillary data
 * ```ts
 * import { SCM_TIMESTAMPING_PKTINFO, socketpair, SOL_SOCKET } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.send("ping");
 * const [, ancdata] = b.recvmsg(4, 256);
 * for (const [level, type, data] of ancdata) {
 *   if (level === SOL_SOCKET && type === SCM_TIMESTAMPING_PKTINFO) console.log(data);
 * }
 * a.close();
 * b.close();
 * ```
 */
export const SCM_TIMESTAMPING_PKTINFO: number = c
  .SCM_TIMESTAMPING_PKTINFO as number;
/**
 * `SCM_TXTIME` is an ancillary data type at level `SOL_SOCKET`, in `recvmsg()`'s ancdata.
 * Value: Linux 61; not defined on macOS or Windows.
 *
 * @example Find the item in received ancillary data
 * ```ts
 * import { SCM_TXTIME, socketpair, SOL_SOCKET } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.send("ping");
 * const [, ancdata] = b.recvmsg(4, 256);
 * for (const [level, type, data] of ancdata) {
 *   if (level === SOL_SOCKET && type === SCM_TXTIME) console.log(data);
 * }
 * a.close();
 * b.close();
 * ```
 */
export const SCM_TXTIME: number = c.SCM_TXTIME as number;
/**
 * `SCM_TIMESTAMP` is an ancillary data type at level `SOL_SOCKET`, in `recvmsg()`'s ancdata.
 * Value: Linux 29, macOS 2; not defined on Windows.
 *
 * @example Find the item in received ancillary data
 * ```ts
 * import { SCM_TIMESTAMP, socketpair, SOL_SOCKET } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.send("ping");
 * const [, ancdata] = b.recvmsg(4, 256);
 * for (const [level, type, data] of ancdata) {
 *   if (level === SOL_SOCKET && type === SCM_TIMESTAMP) console.log(data);
 * }
 * a.close();
 * b.close();
 * ```
 */
export const SCM_TIMESTAMP: number = c.SCM_TIMESTAMP as number;
/**
 * `SCM_TIMESTAMPNS` is an ancillary data type at level `SOL_SOCKET`, in `recvmsg()`'s ancdata.
 * Value: Linux 35; not defined on macOS or Windows.
 *
 * @example Find the item in received ancillary data
 * ```ts
 * import { SCM_TIMESTAMPNS, socketpair, SOL_SOCKET } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.send("ping");
 * const [, ancdata] = b.recvmsg(4, 256);
 * for (const [level, type, data] of ancdata) {
 *   if (level === SOL_SOCKET && type === SCM_TIMESTAMPNS) console.log(data);
 * }
 * a.close();
 * b.close();
 * ```
 */
export const SCM_TIMESTAMPNS: number = c.SCM_TIMESTAMPNS as number;
/**
 * `SCM_TIMESTAMPING` is an ancillary data type at level `SOL_SOCKET`, in `recvmsg()`'s ancdata.
 * Value: Linux 37; not defined on macOS or Windows.
 *
 * @example Find the item in received ancillary data
 * ```ts
 * import { SCM_TIMESTAMPING, socketpair, SOL_SOCKET } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.send("ping");
 * const [, ancdata] = b.recvmsg(4, 256);
 * for (const [level, type, data] of ancdata) {
 *   if (level === SOL_SOCKET && type === SCM_TIMESTAMPING) console.log(data);
 * }
 * a.close();
 * b.close();
 * ```
 */
export const SCM_TIMESTAMPING: number = c.SCM_TIMESTAMPING as number;
/**
 * `SHUT_RD` is a `shutdown()` mode: which directions to close.
 * Value: Linux 0, macOS 0, Windows 0.
 *
 * @example Shut the connection down
 * ```ts
 * import { SHUT_RD, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.shutdown(SHUT_RD);
 * a.close();
 * b.close();
 * ```
 */
export const SHUT_RD: number = c.SHUT_RD as number;
/**
 * `SHUT_WR` is a `shutdown()` mode: which directions to close.
 * Value: Linux 1, macOS 1, Windows 1.
 *
 * @example Shut the connection down
 * ```ts
 * import { SHUT_WR, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.shutdown(SHUT_WR);
 * a.close();
 * b.close();
 * ```
 */
export const SHUT_WR: number = c.SHUT_WR as number;
/**
 * `SHUT_RDWR` is a `shutdown()` mode: which directions to close.
 * Value: Linux 2, macOS 2, Windows 2.
 *
 * @example Shut the connection down
 * ```ts
 * import { SHUT_RDWR, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.shutdown(SHUT_RDWR);
 * a.close();
 * b.close();
 * ```
 */
export const SHUT_RDWR: number = c.SHUT_RDWR as number;
/**
 * `IPPROTO_IP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 0, macOS 0, Windows 0.
 *
 * @example Read an IPv4 option
 * ```ts
 * import { IP_TTL, IPPROTO_IP, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.getsockopt(IPPROTO_IP, IP_TTL));
 * s.close();
 * ```
 */
export const IPPROTO_IP: number = c.IPPROTO_IP as number;
/**
 * `IPPROTO_ICMP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 1, macOS 1, Windows 1.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_ICMP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
 * s.close();
 * ```
 */
export const IPPROTO_ICMP: number = c.IPPROTO_ICMP as number;
/**
 * `IPPROTO_IGMP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 2, macOS 2, Windows 2.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_IGMP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_IGMP);
 * s.close();
 * ```
 */
export const IPPROTO_IGMP: number = c.IPPROTO_IGMP as number;
/**
 * `IPPROTO_IPIP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 4, macOS 4; not defined on Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_IPIP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_IPIP);
 * s.close();
 * ```
 */
export const IPPROTO_IPIP: number = c.IPPROTO_IPIP as number;
/**
 * `IPPROTO_TCP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 6, macOS 6, Windows 6.
 *
 * @example Create a TCP socket
 * ```ts
 * import { AF_INET, IPPROTO_TCP, SOCK_STREAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
 * s.close();
 * ```
 */
export const IPPROTO_TCP: number = c.IPPROTO_TCP as number;
/**
 * `IPPROTO_EGP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 8, macOS 8, Windows 8.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_EGP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_EGP);
 * s.close();
 * ```
 */
export const IPPROTO_EGP: number = c.IPPROTO_EGP as number;
/**
 * `IPPROTO_PUP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 12, macOS 12, Windows 12.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_PUP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_PUP);
 * s.close();
 * ```
 */
export const IPPROTO_PUP: number = c.IPPROTO_PUP as number;
/**
 * `IPPROTO_UDP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 17, macOS 17, Windows 17.
 *
 * @example Create a datagram socket
 * ```ts
 * import { AF_INET, IPPROTO_UDP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
 * s.close();
 * ```
 */
export const IPPROTO_UDP: number = c.IPPROTO_UDP as number;
/**
 * `IPPROTO_IDP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 22, macOS 22, Windows 22.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_IDP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_IDP);
 * s.close();
 * ```
 */
export const IPPROTO_IDP: number = c.IPPROTO_IDP as number;
/**
 * `IPPROTO_TP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 29, macOS 29; not defined on Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_TP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_TP);
 * s.close();
 * ```
 */
export const IPPROTO_TP: number = c.IPPROTO_TP as number;
/**
 * `IPPROTO_DCCP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 33; not defined on macOS or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_DCCP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_DCCP);
 * s.close();
 * ```
 */
export const IPPROTO_DCCP: number = c.IPPROTO_DCCP as number;
/**
 * `IPPROTO_IPV6` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 41, macOS 41, Windows 41.
 *
 * @example Accept IPv6 connections only
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_V6ONLY, SOCK_STREAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_STREAM);
 * s.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 1);
 * s.close();
 * ```
 */
export const IPPROTO_IPV6: number = c.IPPROTO_IPV6 as number;
/**
 * `IPPROTO_RSVP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 46, macOS 46; not defined on Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_RSVP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_RSVP);
 * s.close();
 * ```
 */
export const IPPROTO_RSVP: number = c.IPPROTO_RSVP as number;
/**
 * `IPPROTO_GRE` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 47, macOS 47; not defined on Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_GRE, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_GRE);
 * s.close();
 * ```
 */
export const IPPROTO_GRE: number = c.IPPROTO_GRE as number;
/**
 * `IPPROTO_ESP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 50, macOS 50, Windows 50.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_ESP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_ESP);
 * s.close();
 * ```
 */
export const IPPROTO_ESP: number = c.IPPROTO_ESP as number;
/**
 * `IPPROTO_AH` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 51, macOS 51, Windows 51.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_AH, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_AH);
 * s.close();
 * ```
 */
export const IPPROTO_AH: number = c.IPPROTO_AH as number;
/**
 * `IPPROTO_MTP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 92, macOS 92; not defined on Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_MTP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_MTP);
 * s.close();
 * ```
 */
export const IPPROTO_MTP: number = c.IPPROTO_MTP as number;
/**
 * `IPPROTO_BEETPH` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 94; not defined on macOS or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_BEETPH, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_BEETPH);
 * s.close();
 * ```
 */
export const IPPROTO_BEETPH: number = c.IPPROTO_BEETPH as number;
/**
 * `IPPROTO_ENCAP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 98, macOS 98; not defined on Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_ENCAP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_ENCAP);
 * s.close();
 * ```
 */
export const IPPROTO_ENCAP: number = c.IPPROTO_ENCAP as number;
/**
 * `IPPROTO_PIM` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 103, macOS 103, Windows 103.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_PIM, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_PIM);
 * s.close();
 * ```
 */
export const IPPROTO_PIM: number = c.IPPROTO_PIM as number;
/**
 * `IPPROTO_COMP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 108; not defined on macOS or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_COMP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_COMP);
 * s.close();
 * ```
 */
export const IPPROTO_COMP: number = c.IPPROTO_COMP as number;
/**
 * `IPPROTO_SCTP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 132, macOS 132, Windows 132.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_SCTP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_SCTP);
 * s.close();
 * ```
 */
export const IPPROTO_SCTP: number = c.IPPROTO_SCTP as number;
/**
 * `IPPROTO_UDPLITE` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 136; not defined on macOS or Windows.
 *
 * @example Create a datagram socket
 * ```ts
 * import { AF_INET, IPPROTO_UDPLITE, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDPLITE);
 * s.close();
 * ```
 */
export const IPPROTO_UDPLITE: number = c.IPPROTO_UDPLITE as number;
/**
 * `IPPROTO_MPLS` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 137; not defined on macOS or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_MPLS, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_MPLS);
 * s.close();
 * ```
 */
export const IPPROTO_MPLS: number = c.IPPROTO_MPLS as number;
/**
 * `IPPROTO_ETHERNET` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 143; not defined on macOS or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_ETHERNET, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_ETHERNET);
 * s.close();
 * ```
 */
export const IPPROTO_ETHERNET: number = c.IPPROTO_ETHERNET as number;
/**
 * `IPPROTO_RAW` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 255, macOS 255, Windows 255.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_RAW, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_RAW);
 * s.close();
 * ```
 */
export const IPPROTO_RAW: number = c.IPPROTO_RAW as number;
/**
 * `IPPROTO_MPTCP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 262; not defined on macOS or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_MPTCP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_MPTCP);
 * s.close();
 * ```
 */
export const IPPROTO_MPTCP: number = c.IPPROTO_MPTCP as number;
/**
 * `IPPROTO_HOPOPTS` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 0, macOS 0, Windows 0.
 *
 * @example Read the value
 * ```ts
 * import { IPPROTO_HOPOPTS } from "@berkeley/socket";
 * console.log(IPPROTO_HOPOPTS); // undefined on a platform without it
 * ```
 */
export const IPPROTO_HOPOPTS: number = c.IPPROTO_HOPOPTS as number;
/**
 * `IPPROTO_ROUTING` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 43, macOS 43, Windows 43.
 *
 * @example Read the value
 * ```ts
 * import { IPPROTO_ROUTING } from "@berkeley/socket";
 * console.log(IPPROTO_ROUTING); // undefined on a platform without it
 * ```
 */
export const IPPROTO_ROUTING: number = c.IPPROTO_ROUTING as number;
/**
 * `IPPROTO_FRAGMENT` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 44, macOS 44, Windows 44.
 *
 * @example Read the value
 * ```ts
 * import { IPPROTO_FRAGMENT } from "@berkeley/socket";
 * console.log(IPPROTO_FRAGMENT); // undefined on a platform without it
 * ```
 */
export const IPPROTO_FRAGMENT: number = c.IPPROTO_FRAGMENT as number;
/**
 * `IPPROTO_ICMPV6` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 58, macOS 58, Windows 58.
 *
 * @example Open a raw ICMPv6 socket (needs privileges)
 * ```ts
 * import { AF_INET6, IPPROTO_ICMPV6, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_RAW, IPPROTO_ICMPV6);
 * s.close();
 * ```
 */
export const IPPROTO_ICMPV6: number = c.IPPROTO_ICMPV6 as number;
/**
 * `IPPROTO_NONE` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 59, macOS 59, Windows 59.
 *
 * @example Read the value
 * ```ts
 * import { IPPROTO_NONE } from "@berkeley/socket";
 * console.log(IPPROTO_NONE); // undefined on a platform without it
 * ```
 */
export const IPPROTO_NONE: number = c.IPPROTO_NONE as number;
/**
 * `IPPROTO_DSTOPTS` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 60, macOS 60, Windows 60.
 *
 * @example Read the value
 * ```ts
 * import { IPPROTO_DSTOPTS } from "@berkeley/socket";
 * console.log(IPPROTO_DSTOPTS); // undefined on a platform without it
 * ```
 */
export const IPPROTO_DSTOPTS: number = c.IPPROTO_DSTOPTS as number;
/**
 * `IPPROTO_MH` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Linux 135; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { IPPROTO_MH } from "@berkeley/socket";
 * console.log(IPPROTO_MH); // undefined on a platform without it
 * ```
 */
export const IPPROTO_MH: number = c.IPPROTO_MH as number;
/**
 * `IPPORT_ECHO` is a well-known port number.
 * Value: Linux 7, Windows 7; not defined on macOS.
 *
 * @example Look the service up
 * ```ts
 * import { getservbyport, IPPORT_ECHO } from "@berkeley/socket";
 * console.log(getservbyport(IPPORT_ECHO, "tcp"));
 * ```
 */
export const IPPORT_ECHO: number = c.IPPORT_ECHO as number;
/**
 * `IPPORT_DISCARD` is a well-known port number.
 * Value: Linux 9, Windows 9; not defined on macOS.
 *
 * @example Look the service up
 * ```ts
 * import { getservbyport, IPPORT_DISCARD } from "@berkeley/socket";
 * console.log(getservbyport(IPPORT_DISCARD, "tcp"));
 * ```
 */
export const IPPORT_DISCARD: number = c.IPPORT_DISCARD as number;
/**
 * `IPPORT_SYSTAT` is a well-known port number.
 * Value: Linux 11, Windows 11; not defined on macOS.
 *
 * @example Read the value
 * ```ts
 * import { IPPORT_SYSTAT } from "@berkeley/socket";
 * console.log(IPPORT_SYSTAT); // undefined on a platform without it
 * ```
 */
export const IPPORT_SYSTAT: number = c.IPPORT_SYSTAT as number;
/**
 * `IPPORT_DAYTIME` is a well-known port number.
 * Value: Linux 13, Windows 13; not defined on macOS.
 *
 * @example Look the service up
 * ```ts
 * import { getservbyport, IPPORT_DAYTIME } from "@berkeley/socket";
 * console.log(getservbyport(IPPORT_DAYTIME, "tcp"));
 * ```
 */
export const IPPORT_DAYTIME: number = c.IPPORT_DAYTIME as number;
/**
 * `IPPORT_NETSTAT` is a well-known port number.
 * Value: Linux 15, Windows 15; not defined on macOS.
 *
 * @example Read the value
 * ```ts
 * import { IPPORT_NETSTAT } from "@berkeley/socket";
 * console.log(IPPORT_NETSTAT); // undefined on a platform without it
 * ```
 */
export const IPPORT_NETSTAT: number = c.IPPORT_NETSTAT as number;
/**
 * `IPPORT_FTP` is a well-known port number.
 * Value: Linux 21, Windows 21; not defined on macOS.
 *
 * @example Look the service up
 * ```ts
 * import { getservbyport, IPPORT_FTP } from "@berkeley/socket";
 * console.log(getservbyport(IPPORT_FTP, "tcp"));
 * ```
 */
export const IPPORT_FTP: number = c.IPPORT_FTP as number;
/**
 * `IPPORT_TELNET` is a well-known port number.
 * Value: Linux 23, Windows 23; not defined on macOS.
 *
 * @example Look the service up
 * ```ts
 * import { getservbyport, IPPORT_TELNET } from "@berkeley/socket";
 * console.log(getservbyport(IPPORT_TELNET, "tcp"));
 * ```
 */
export const IPPORT_TELNET: number = c.IPPORT_TELNET as number;
/**
 * `IPPORT_SMTP` is a well-known port number.
 * Value: Linux 25, Windows 25; not defined on macOS.
 *
 * @example Look the service up
 * ```ts
 * import { getservbyport, IPPORT_SMTP } from "@berkeley/socket";
 * console.log(getservbyport(IPPORT_SMTP, "tcp"));
 * ```
 */
export const IPPORT_SMTP: number = c.IPPORT_SMTP as number;
/**
 * `IPPORT_TIMESERVER` is a well-known port number.
 * Value: Linux 37, Windows 37; not defined on macOS.
 *
 * @example Read the value
 * ```ts
 * import { IPPORT_TIMESERVER } from "@berkeley/socket";
 * console.log(IPPORT_TIMESERVER); // undefined on a platform without it
 * ```
 */
export const IPPORT_TIMESERVER: number = c.IPPORT_TIMESERVER as number;
/**
 * `IPPORT_NAMESERVER` is a well-known port number.
 * Value: Linux 42, Windows 42; not defined on macOS.
 *
 * @example Read the value
 * ```ts
 * import { IPPORT_NAMESERVER } from "@berkeley/socket";
 * console.log(IPPORT_NAMESERVER); // undefined on a platform without it
 * ```
 */
export const IPPORT_NAMESERVER: number = c.IPPORT_NAMESERVER as number;
/**
 * `IPPORT_WHOIS` is a well-known port number.
 * Value: Linux 43, Windows 43; not defined on macOS.
 *
 * @example Read the value
 * ```ts
 * import { IPPORT_WHOIS } from "@berkeley/socket";
 * console.log(IPPORT_WHOIS); // undefined on a platform without it
 * ```
 */
export const IPPORT_WHOIS: number = c.IPPORT_WHOIS as number;
/**
 * `IPPORT_MTP` is a well-known port number.
 * Value: Linux 57, Windows 57; not defined on macOS.
 *
 * @example Read the value
 * ```ts
 * import { IPPORT_MTP } from "@berkeley/socket";
 * console.log(IPPORT_MTP); // undefined on a platform without it
 * ```
 */
export const IPPORT_MTP: number = c.IPPORT_MTP as number;
/**
 * `IPPORT_TFTP` is a well-known port number.
 * Value: Linux 69, Windows 69; not defined on macOS.
 *
 * @example Read the value
 * ```ts
 * import { IPPORT_TFTP } from "@berkeley/socket";
 * console.log(IPPORT_TFTP); // undefined on a platform without it
 * ```
 */
export const IPPORT_TFTP: number = c.IPPORT_TFTP as number;
/**
 * `IPPORT_RJE` is a well-known port number.
 * Value: Linux 77, Windows 77; not defined on macOS.
 *
 * @example Read the value
 * ```ts
 * import { IPPORT_RJE } from "@berkeley/socket";
 * console.log(IPPORT_RJE); // undefined on a platform without it
 * ```
 */
export const IPPORT_RJE: number = c.IPPORT_RJE as number;
/**
 * `IPPORT_FINGER` is a well-known port number.
 * Value: Linux 79, Windows 79; not defined on macOS.
 *
 * @example Look the service up
 * ```ts
 * import { getservbyport, IPPORT_FINGER } from "@berkeley/socket";
 * console.log(getservbyport(IPPORT_FINGER, "tcp"));
 * ```
 */
export const IPPORT_FINGER: number = c.IPPORT_FINGER as number;
/**
 * `IPPORT_TTYLINK` is a well-known port number.
 * Value: Linux 87, Windows 87; not defined on macOS.
 *
 * @example Read the value
 * ```ts
 * import { IPPORT_TTYLINK } from "@berkeley/socket";
 * console.log(IPPORT_TTYLINK); // undefined on a platform without it
 * ```
 */
export const IPPORT_TTYLINK: number = c.IPPORT_TTYLINK as number;
/**
 * `IPPORT_SUPDUP` is a well-known port number.
 * Value: Linux 95, Windows 95; not defined on macOS.
 *
 * @example Read the value
 * ```ts
 * import { IPPORT_SUPDUP } from "@berkeley/socket";
 * console.log(IPPORT_SUPDUP); // undefined on a platform without it
 * ```
 */
export const IPPORT_SUPDUP: number = c.IPPORT_SUPDUP as number;
/**
 * `IPPORT_EXECSERVER` is a well-known port number.
 * Value: Linux 512, Windows 512; not defined on macOS.
 *
 * @example Read the value
 * ```ts
 * import { IPPORT_EXECSERVER } from "@berkeley/socket";
 * console.log(IPPORT_EXECSERVER); // undefined on a platform without it
 * ```
 */
export const IPPORT_EXECSERVER: number = c.IPPORT_EXECSERVER as number;
/**
 * `IPPORT_LOGINSERVER` is a well-known port number.
 * Value: Linux 513, Windows 513; not defined on macOS.
 *
 * @example Read the value
 * ```ts
 * import { IPPORT_LOGINSERVER } from "@berkeley/socket";
 * console.log(IPPORT_LOGINSERVER); // undefined on a platform without it
 * ```
 */
export const IPPORT_LOGINSERVER: number = c.IPPORT_LOGINSERVER as number;
/**
 * `IPPORT_CMDSERVER` is a well-known port number.
 * Value: Linux 514, Windows 514; not defined on macOS.
 *
 * @example Read the value
 * ```ts
 * import { IPPORT_CMDSERVER } from "@berkeley/socket";
 * console.log(IPPORT_CMDSERVER); // undefined on a platform without it
 * ```
 */
export const IPPORT_CMDSERVER: number = c.IPPORT_CMDSERVER as number;
/**
 * `IPPORT_EFSSERVER` is a well-known port number.
 * Value: Linux 520, Windows 520; not defined on macOS.
 *
 * @example Read the value
 * ```ts
 * import { IPPORT_EFSSERVER } from "@berkeley/socket";
 * console.log(IPPORT_EFSSERVER); // undefined on a platform without it
 * ```
 */
export const IPPORT_EFSSERVER: number = c.IPPORT_EFSSERVER as number;
/**
 * `IPPORT_BIFFUDP` is a well-known port number.
 * Value: Linux 512, Windows 512; not defined on macOS.
 *
 * @example Read the value
 * ```ts
 * import { IPPORT_BIFFUDP } from "@berkeley/socket";
 * console.log(IPPORT_BIFFUDP); // undefined on a platform without it
 * ```
 */
export const IPPORT_BIFFUDP: number = c.IPPORT_BIFFUDP as number;
/**
 * `IPPORT_WHOSERVER` is a well-known port number.
 * Value: Linux 513, Windows 513; not defined on macOS.
 *
 * @example Read the value
 * ```ts
 * import { IPPORT_WHOSERVER } from "@berkeley/socket";
 * console.log(IPPORT_WHOSERVER); // undefined on a platform without it
 * ```
 */
export const IPPORT_WHOSERVER: number = c.IPPORT_WHOSERVER as number;
/**
 * `IPPORT_ROUTESERVER` is a well-known port number.
 * Value: Linux 520, Windows 520; not defined on macOS.
 *
 * @example Read the value
 * ```ts
 * import { IPPORT_ROUTESERVER } from "@berkeley/socket";
 * console.log(IPPORT_ROUTESERVER); // undefined on a platform without it
 * ```
 */
export const IPPORT_ROUTESERVER: number = c.IPPORT_ROUTESERVER as number;
/**
 * `IPPORT_RESERVED` is the first port that binds without privileges; lower ones need them.
 * Value: Linux 1024, macOS 1024, Windows 1024.
 *
 * @example Tell a privileged port
 * ```ts
 * import { IPPORT_RESERVED } from "@berkeley/socket";
 * console.log(1023 < IPPORT_RESERVED); // true: binding port 1023 needs privileges
 * ```
 */
export const IPPORT_RESERVED: number = c.IPPORT_RESERVED as number;
/**
 * `IPPORT_USERRESERVED` is a bound of a port range.
 * Value: Linux 5000, macOS 5000; not defined on Windows.
 *
 * @example Read the value
 * ```ts
 * import { IPPORT_USERRESERVED } from "@berkeley/socket";
 * console.log(IPPORT_USERRESERVED); // undefined on a platform without it
 * ```
 */
export const IPPORT_USERRESERVED: number = c.IPPORT_USERRESERVED as number;
/**
 * `INADDR_ANY` is an IPv4 address as a host-order integer.
 * Value: Linux 0, macOS 0, Windows 0.
 *
 * @example Print the address in dotted form
 * ```ts
 * import { INADDR_ANY, inet_ntoa } from "@berkeley/socket";
 * const packed = new Uint8Array(4);
 * new DataView(packed.buffer).setUint32(0, INADDR_ANY);
 * console.log(inet_ntoa(packed)); // "0.0.0.0"
 * ```
 */
export const INADDR_ANY: number = c.INADDR_ANY as number;
/**
 * `INADDR_BROADCAST` is an IPv4 address as a host-order integer.
 * Value: Linux 4294967295, macOS 4294967295, Windows 4294967295.
 *
 * @example Print the address in dotted form
 * ```ts
 * import { INADDR_BROADCAST, inet_ntoa } from "@berkeley/socket";
 * const packed = new Uint8Array(4);
 * new DataView(packed.buffer).setUint32(0, INADDR_BROADCAST);
 * console.log(inet_ntoa(packed)); // "255.255.255.255"
 * ```
 */
export const INADDR_BROADCAST: number = c.INADDR_BROADCAST as number;
/**
 * `INADDR_NONE` is an IPv4 address as a host-order integer.
 * Value: Linux 4294967295, macOS 4294967295, Windows 4294967295.
 *
 * @example Print the address in dotted form
 * ```ts
 * import { INADDR_NONE, inet_ntoa } from "@berkeley/socket";
 * const packed = new Uint8Array(4);
 * new DataView(packed.buffer).setUint32(0, INADDR_NONE);
 * console.log(inet_ntoa(packed)); // "255.255.255.255"
 * ```
 */
export const INADDR_NONE: number = c.INADDR_NONE as number;
/**
 * `INADDR_DUMMY` is an IPv4 address as a host-order integer.
 * Value: Linux 3221225480; not defined on macOS or Windows.
 *
 * @example Print the address in dotted form
 * ```ts
 * import { INADDR_DUMMY, inet_ntoa } from "@berkeley/socket";
 * const packed = new Uint8Array(4);
 * new DataView(packed.buffer).setUint32(0, INADDR_DUMMY);
 * console.log(inet_ntoa(packed)); // "192.0.0.8"
 * ```
 */
export const INADDR_DUMMY: number = c.INADDR_DUMMY as number;
/**
 * `INADDR_LOOPBACK` is an IPv4 address as a host-order integer.
 * Value: Linux 2130706433, macOS 2130706433, Windows 2130706433.
 *
 * @example Print the address in dotted form
 * ```ts
 * import { INADDR_LOOPBACK, inet_ntoa } from "@berkeley/socket";
 * const packed = new Uint8Array(4);
 * new DataView(packed.buffer).setUint32(0, INADDR_LOOPBACK);
 * console.log(inet_ntoa(packed)); // "127.0.0.1"
 * ```
 */
export const INADDR_LOOPBACK: number = c.INADDR_LOOPBACK as number;
/**
 * `INADDR_UNSPEC_GROUP` is an IPv4 address as a host-order integer.
 * Value: Linux 3758096384, macOS 3758096384; not defined on Windows.
 *
 * @example Print the address in dotted form
 * ```ts
 * import { INADDR_UNSPEC_GROUP, inet_ntoa } from "@berkeley/socket";
 * const packed = new Uint8Array(4);
 * new DataView(packed.buffer).setUint32(0, INADDR_UNSPEC_GROUP);
 * console.log(inet_ntoa(packed)); // "224.0.0.0"
 * ```
 */
export const INADDR_UNSPEC_GROUP: number = c.INADDR_UNSPEC_GROUP as number;
/**
 * `INADDR_ALLHOSTS_GROUP` is an IPv4 address as a host-order integer.
 * Value: Linux 3758096385, macOS 3758096385; not defined on Windows.
 *
 * @example Print the address in dotted form
 * ```ts
 * import { INADDR_ALLHOSTS_GROUP, inet_ntoa } from "@berkeley/socket";
 * const packed = new Uint8Array(4);
 * new DataView(packed.buffer).setUint32(0, INADDR_ALLHOSTS_GROUP);
 * console.log(inet_ntoa(packed)); // "224.0.0.1"
 * ```
 */
export const INADDR_ALLHOSTS_GROUP: number = c.INADDR_ALLHOSTS_GROUP as number;
/**
 * `INADDR_ALLRTRS_GROUP` is an IPv4 address as a host-order integer.
 * Value: Linux 3758096386, macOS 3758096386; not defined on Windows.
 *
 * @example Print the address in dotted form
 * ```ts
 * import { INADDR_ALLRTRS_GROUP, inet_ntoa } from "@berkeley/socket";
 * const packed = new Uint8Array(4);
 * new DataView(packed.buffer).setUint32(0, INADDR_ALLRTRS_GROUP);
 * console.log(inet_ntoa(packed)); // "224.0.0.2"
 * ```
 */
export const INADDR_ALLRTRS_GROUP: number = c.INADDR_ALLRTRS_GROUP as number;
/**
 * `INADDR_ALLSNOOPERS_GROUP` is an IPv4 address as a host-order integer.
 * Value: Linux 3758096490; not defined on macOS or Windows.
 *
 * @example Print the address in dotted form
 * ```ts
 * import { INADDR_ALLSNOOPERS_GROUP, inet_ntoa } from "@berkeley/socket";
 * const packed = new Uint8Array(4);
 * new DataView(packed.buffer).setUint32(0, INADDR_ALLSNOOPERS_GROUP);
 * console.log(inet_ntoa(packed)); // "224.0.0.106"
 * ```
 */
export const INADDR_ALLSNOOPERS_GROUP: number = c
  .INADDR_ALLSNOOPERS_GROUP as number;
/**
 * `INADDR_MAX_LOCAL_GROUP` is an IPv4 address as a host-order integer.
 * Value: Linux 3758096639, macOS 3758096639; not defined on Windows.
 *
 * @example Print the address in dotted form
 * ```ts
 * import { INADDR_MAX_LOCAL_GROUP, inet_ntoa } from "@berkeley/socket";
 * const packed = new Uint8Array(4);
 * new DataView(packed.buffer).setUint32(0, INADDR_MAX_LOCAL_GROUP);
 * console.log(inet_ntoa(packed)); // "224.0.0.255"
 * ```
 */
export const INADDR_MAX_LOCAL_GROUP: number = c
  .INADDR_MAX_LOCAL_GROUP as number;
/**
 * `IP_OPTIONS` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 4, macOS 1, Windows 1.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_OPTIONS, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_OPTIONS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_OPTIONS: number = c.IP_OPTIONS as number;
/**
 * `IP_HDRINCL` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 3, macOS 2, Windows 2.
 *
 * @example Read the option
 * ```ts
 * import { AF_INET, IP_HDRINCL, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * console.log(s.getsockopt(IPPROTO_IP, IP_HDRINCL));
 * s.close();
 * ```
 */
export const IP_HDRINCL: number = c.IP_HDRINCL as number;
/**
 * `IP_TOS` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 1, macOS 3, Windows 3.
 *
 * @example Read the option
 * ```ts
 * import { AF_INET, IP_TOS, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * console.log(s.getsockopt(IPPROTO_IP, IP_TOS));
 * s.close();
 * ```
 */
export const IP_TOS: number = c.IP_TOS as number;
/**
 * `IP_TTL` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 2, macOS 4, Windows 4.
 *
 * @example Set the time to live
 * ```ts
 * import { AF_INET, IP_TTL, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * s.setsockopt(IPPROTO_IP, IP_TTL, 8);
 * s.close();
 * ```
 */
export const IP_TTL: number = c.IP_TTL as number;
/**
 * `IP_RECVOPTS` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 6, macOS 5; not defined on Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_RECVOPTS, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_RECVOPTS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_RECVOPTS: number = c.IP_RECVOPTS as number;
/**
 * `IP_RECVRETOPTS` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 7, macOS 6; not defined on Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_RECVRETOPTS, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_RECVRETOPTS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_RECVRETOPTS: number = c.IP_RECVRETOPTS as number;
/**
 * `IP_RETOPTS` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 7, macOS 8; not defined on Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_RETOPTS, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_RETOPTS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_RETOPTS: number = c.IP_RETOPTS as number;
/**
 * `IP_MULTICAST_IF` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 32, macOS 9, Windows 9.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_MULTICAST_IF, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_MULTICAST_IF));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_MULTICAST_IF: number = c.IP_MULTICAST_IF as number;
/**
 * `IP_MULTICAST_TTL` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 33, macOS 10, Windows 10.
 *
 * @example Set the time to live
 * ```ts
 * import { AF_INET, IP_MULTICAST_TTL, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * s.setsockopt(IPPROTO_IP, IP_MULTICAST_TTL, 8);
 * s.close();
 * ```
 */
export const IP_MULTICAST_TTL: number = c.IP_MULTICAST_TTL as number;
/**
 * `IP_MULTICAST_LOOP` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 34, macOS 11, Windows 11.
 *
 * @example Read the option
 * ```ts
 * import { AF_INET, IP_MULTICAST_LOOP, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * console.log(s.getsockopt(IPPROTO_IP, IP_MULTICAST_LOOP));
 * s.close();
 * ```
 */
export const IP_MULTICAST_LOOP: number = c.IP_MULTICAST_LOOP as number;
/**
 * `IP_ADD_MEMBERSHIP` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 35, macOS 12, Windows 12.
 *
 * @example Join a multicast group
 * ```ts
 * import { AF_INET, inet_aton, IP_ADD_MEMBERSHIP, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * const mreq = new Uint8Array(8); // imr_multiaddr, imr_interface (any)
 * mreq.set(inet_aton("224.0.0.251"));
 * s.setsockopt(IPPROTO_IP, IP_ADD_MEMBERSHIP, mreq);
 * s.close();
 * ```
 */
export const IP_ADD_MEMBERSHIP: number = c.IP_ADD_MEMBERSHIP as number;
/**
 * `IP_DROP_MEMBERSHIP` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 36, macOS 13, Windows 13.
 *
 * @example Join a multicast group
 * ```ts
 * import { AF_INET, inet_aton, IP_ADD_MEMBERSHIP, IP_DROP_MEMBERSHIP, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * const mreq = new Uint8Array(8); // imr_multiaddr, imr_interface (any)
 * mreq.set(inet_aton("224.0.0.251"));
 * s.setsockopt(IPPROTO_IP, IP_ADD_MEMBERSHIP, mreq);
 * s.setsockopt(IPPROTO_IP, IP_DROP_MEMBERSHIP, mreq);
 * s.close();
 * ```
 */
export const IP_DROP_MEMBERSHIP: number = c.IP_DROP_MEMBERSHIP as number;
/**
 * `IP_UNBLOCK_SOURCE` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 37, macOS 73, Windows 18.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_UNBLOCK_SOURCE, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_UNBLOCK_SOURCE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_UNBLOCK_SOURCE: number = c.IP_UNBLOCK_SOURCE as number;
/**
 * `IP_BLOCK_SOURCE` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 38, macOS 72, Windows 17.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_BLOCK_SOURCE, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_BLOCK_SOURCE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_BLOCK_SOURCE: number = c.IP_BLOCK_SOURCE as number;
/**
 * `IP_ADD_SOURCE_MEMBERSHIP` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 39, macOS 70, Windows 15.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_ADD_SOURCE_MEMBERSHIP, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_ADD_SOURCE_MEMBERSHIP));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_ADD_SOURCE_MEMBERSHIP: number = c
  .IP_ADD_SOURCE_MEMBERSHIP as number;
/**
 * `IP_DROP_SOURCE_MEMBERSHIP` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 40, macOS 71, Windows 16.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_DROP_SOURCE_MEMBERSHIP, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_DROP_SOURCE_MEMBERSHIP));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_DROP_SOURCE_MEMBERSHIP: number = c
  .IP_DROP_SOURCE_MEMBERSHIP as number;
/**
 * `IP_MSFILTER` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 41, macOS 74; not defined on Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_MSFILTER, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_MSFILTER));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_MSFILTER: number = c.IP_MSFILTER as number;
/**
 * `IP_MULTICAST_ALL` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 49; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_MULTICAST_ALL, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_MULTICAST_ALL));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_MULTICAST_ALL: number = c.IP_MULTICAST_ALL as number;
/**
 * `IP_UNICAST_IF` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 50, Windows 31; not defined on macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_UNICAST_IF, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_UNICAST_IF));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_UNICAST_IF: number = c.IP_UNICAST_IF as number;
/**
 * `IP_ROUTER_ALERT` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 5; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_ROUTER_ALERT, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_ROUTER_ALERT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_ROUTER_ALERT: number = c.IP_ROUTER_ALERT as number;
/**
 * `IP_PKTINFO` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 8, macOS 26, Windows 19.
 *
 * @example Read the option
 * ```ts
 * import { AF_INET, IP_PKTINFO, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * console.log(s.getsockopt(IPPROTO_IP, IP_PKTINFO));
 * s.close();
 * ```
 */
export const IP_PKTINFO: number = c.IP_PKTINFO as number;
/**
 * `IP_PKTOPTIONS` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 9; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_PKTOPTIONS, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_PKTOPTIONS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_PKTOPTIONS: number = c.IP_PKTOPTIONS as number;
/**
 * `IP_PMTUDISC` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 10; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_PMTUDISC, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_PMTUDISC));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_PMTUDISC: number = c.IP_PMTUDISC as number;
/**
 * `IP_MTU_DISCOVER` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 10, Windows 71; not defined on macOS.
 *
 * @example Read the option
 * ```ts
 * import { AF_INET, IP_MTU_DISCOVER, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * console.log(s.getsockopt(IPPROTO_IP, IP_MTU_DISCOVER));
 * s.close();
 * ```
 */
export const IP_MTU_DISCOVER: number = c.IP_MTU_DISCOVER as number;
/**
 * `IP_RECVERR` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 11, Windows 75; not defined on macOS.
 *
 * @example Read the option
 * ```ts
 * import { AF_INET, IP_RECVERR, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * console.log(s.getsockopt(IPPROTO_IP, IP_RECVERR));
 * s.close();
 * ```
 */
export const IP_RECVERR: number = c.IP_RECVERR as number;
/**
 * `IP_RECVTTL` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 12, macOS 24, Windows 21.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_RECVTTL, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_RECVTTL));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_RECVTTL: number = c.IP_RECVTTL as number;
/**
 * `IP_RECVTOS` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 13, macOS 27, Windows 40.
 *
 * @example Read the option
 * ```ts
 * import { AF_INET, IP_RECVTOS, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * console.log(s.getsockopt(IPPROTO_IP, IP_RECVTOS));
 * s.close();
 * ```
 */
export const IP_RECVTOS: number = c.IP_RECVTOS as number;
/**
 * `IP_MTU` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 14, Windows 73; not defined on macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_MTU, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_MTU));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_MTU: number = c.IP_MTU as number;
/**
 * `IP_FREEBIND` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 15; not defined on macOS or Windows.
 *
 * @example Read the option
 * ```ts
 * import { AF_INET, IP_FREEBIND, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * console.log(s.getsockopt(IPPROTO_IP, IP_FREEBIND));
 * s.close();
 * ```
 */
export const IP_FREEBIND: number = c.IP_FREEBIND as number;
/**
 * `IP_IPSEC_POLICY` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 16, macOS 21; not defined on Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_IPSEC_POLICY, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_IPSEC_POLICY));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_IPSEC_POLICY: number = c.IP_IPSEC_POLICY as number;
/**
 * `IP_XFRM_POLICY` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 17; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_XFRM_POLICY, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_XFRM_POLICY));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_XFRM_POLICY: number = c.IP_XFRM_POLICY as number;
/**
 * `IP_PASSSEC` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 18; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_PASSSEC, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_PASSSEC));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_PASSSEC: number = c.IP_PASSSEC as number;
/**
 * `IP_TRANSPARENT` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 19; not defined on macOS or Windows.
 *
 * @example Read the option
 * ```ts
 * import { AF_INET, IP_TRANSPARENT, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * console.log(s.getsockopt(IPPROTO_IP, IP_TRANSPARENT));
 * s.close();
 * ```
 */
export const IP_TRANSPARENT: number = c.IP_TRANSPARENT as number;
/**
 * `IP_ORIGDSTADDR` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 20; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_ORIGDSTADDR, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_ORIGDSTADDR));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_ORIGDSTADDR: number = c.IP_ORIGDSTADDR as number;
/**
 * `IP_RECVORIGDSTADDR` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 20; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_RECVORIGDSTADDR, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_RECVORIGDSTADDR));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_RECVORIGDSTADDR: number = c.IP_RECVORIGDSTADDR as number;
/**
 * `IP_MINTTL` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 21; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_MINTTL, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_MINTTL));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_MINTTL: number = c.IP_MINTTL as number;
/**
 * `IP_NODEFRAG` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 22; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_NODEFRAG, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_NODEFRAG));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_NODEFRAG: number = c.IP_NODEFRAG as number;
/**
 * `IP_CHECKSUM` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 23; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_CHECKSUM, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_CHECKSUM));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_CHECKSUM: number = c.IP_CHECKSUM as number;
/**
 * `IP_BIND_ADDRESS_NO_PORT` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 24; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_BIND_ADDRESS_NO_PORT, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_BIND_ADDRESS_NO_PORT: number = c
  .IP_BIND_ADDRESS_NO_PORT as number;
/**
 * `IP_RECVFRAGSIZE` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 25; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_RECVFRAGSIZE, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_RECVFRAGSIZE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_RECVFRAGSIZE: number = c.IP_RECVFRAGSIZE as number;
/**
 * `IP_RECVERR_RFC4884` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 26; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_RECVERR_RFC4884, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_RECVERR_RFC4884));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_RECVERR_RFC4884: number = c.IP_RECVERR_RFC4884 as number;
/**
 * `IP_PMTUDISC_DONT` is a value of the `IP_MTU_DISCOVER` option.
 * Value: Linux 0, Windows 2; not defined on macOS.
 *
 * @example Choose path MTU discovery
 * ```ts
 * import { AF_INET, IP_MTU_DISCOVER, IP_PMTUDISC_DONT, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * s.setsockopt(IPPROTO_IP, IP_MTU_DISCOVER, IP_PMTUDISC_DONT);
 * s.close();
 * ```
 */
export const IP_PMTUDISC_DONT: number = c.IP_PMTUDISC_DONT as number;
/**
 * `IP_PMTUDISC_WANT` is a value of the `IP_MTU_DISCOVER` option.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Choose path MTU discovery
 * ```ts
 * import { AF_INET, IP_MTU_DISCOVER, IP_PMTUDISC_WANT, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * s.setsockopt(IPPROTO_IP, IP_MTU_DISCOVER, IP_PMTUDISC_WANT);
 * s.close();
 * ```
 */
export const IP_PMTUDISC_WANT: number = c.IP_PMTUDISC_WANT as number;
/**
 * `IP_PMTUDISC_DO` is a value of the `IP_MTU_DISCOVER` option.
 * Value: Linux 2, Windows 1; not defined on macOS.
 *
 * @example Choose path MTU discovery
 * ```ts
 * import { AF_INET, IP_MTU_DISCOVER, IP_PMTUDISC_DO, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * s.setsockopt(IPPROTO_IP, IP_MTU_DISCOVER, IP_PMTUDISC_DO);
 * s.close();
 * ```
 */
export const IP_PMTUDISC_DO: number = c.IP_PMTUDISC_DO as number;
/**
 * `IP_PMTUDISC_PROBE` is a value of the `IP_MTU_DISCOVER` option.
 * Value: Linux 3, Windows 3; not defined on macOS.
 *
 * @example Choose path MTU discovery
 * ```ts
 * import { AF_INET, IP_MTU_DISCOVER, IP_PMTUDISC_PROBE, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * s.setsockopt(IPPROTO_IP, IP_MTU_DISCOVER, IP_PMTUDISC_PROBE);
 * s.close();
 * ```
 */
export const IP_PMTUDISC_PROBE: number = c.IP_PMTUDISC_PROBE as number;
/**
 * `IP_PMTUDISC_INTERFACE` is a value of the `IP_MTU_DISCOVER` option.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Choose path MTU discovery
 * ```ts
 * import { AF_INET, IP_MTU_DISCOVER, IP_PMTUDISC_INTERFACE, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * s.setsockopt(IPPROTO_IP, IP_MTU_DISCOVER, IP_PMTUDISC_INTERFACE);
 * s.close();
 * ```
 */
export const IP_PMTUDISC_INTERFACE: number = c.IP_PMTUDISC_INTERFACE as number;
/**
 * `IP_PMTUDISC_OMIT` is a value of the `IP_MTU_DISCOVER` option.
 * Value: Linux 5; not defined on macOS or Windows.
 *
 * @example Choose path MTU discovery
 * ```ts
 * import { AF_INET, IP_MTU_DISCOVER, IP_PMTUDISC_OMIT, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * s.setsockopt(IPPROTO_IP, IP_MTU_DISCOVER, IP_PMTUDISC_OMIT);
 * s.close();
 * ```
 */
export const IP_PMTUDISC_OMIT: number = c.IP_PMTUDISC_OMIT as number;
/**
 * `IP_DEFAULT_MULTICAST_TTL` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 1, macOS 1; not defined on Windows.
 *
 * @example Read the value
 * ```ts
 * import { IP_DEFAULT_MULTICAST_TTL } from "@berkeley/socket";
 * console.log(IP_DEFAULT_MULTICAST_TTL); // undefined on a platform without it
 * ```
 */
export const IP_DEFAULT_MULTICAST_TTL: number = c
  .IP_DEFAULT_MULTICAST_TTL as number;
/**
 * `IP_DEFAULT_MULTICAST_LOOP` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 1, macOS 1; not defined on Windows.
 *
 * @example Read the value
 * ```ts
 * import { IP_DEFAULT_MULTICAST_LOOP } from "@berkeley/socket";
 * console.log(IP_DEFAULT_MULTICAST_LOOP); // undefined on a platform without it
 * ```
 */
export const IP_DEFAULT_MULTICAST_LOOP: number = c
  .IP_DEFAULT_MULTICAST_LOOP as number;
/**
 * `IP_MAX_MEMBERSHIPS` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Linux 20, macOS 4095; not defined on Windows.
 *
 * @example Read the value
 * ```ts
 * import { IP_MAX_MEMBERSHIPS } from "@berkeley/socket";
 * console.log(IP_MAX_MEMBERSHIPS); // undefined on a platform without it
 * ```
 */
export const IP_MAX_MEMBERSHIPS: number = c.IP_MAX_MEMBERSHIPS as number;
/**
 * `IPV6_ADDRFORM` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_ADDRFORM, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_ADDRFORM));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_ADDRFORM: number = c.IPV6_ADDRFORM as number;
/**
 * `IPV6_2292PKTINFO` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 2, macOS 19; not defined on Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_2292PKTINFO, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_2292PKTINFO));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_2292PKTINFO: number = c.IPV6_2292PKTINFO as number;
/**
 * `IPV6_2292HOPOPTS` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 3, macOS 22; not defined on Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_2292HOPOPTS, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_2292HOPOPTS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_2292HOPOPTS: number = c.IPV6_2292HOPOPTS as number;
/**
 * `IPV6_2292DSTOPTS` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 4, macOS 23; not defined on Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_2292DSTOPTS, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_2292DSTOPTS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_2292DSTOPTS: number = c.IPV6_2292DSTOPTS as number;
/**
 * `IPV6_2292RTHDR` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 5, macOS 24; not defined on Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_2292RTHDR, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_2292RTHDR));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_2292RTHDR: number = c.IPV6_2292RTHDR as number;
/**
 * `IPV6_2292PKTOPTIONS` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 6, macOS 25; not defined on Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_2292PKTOPTIONS, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_2292PKTOPTIONS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_2292PKTOPTIONS: number = c.IPV6_2292PKTOPTIONS as number;
/**
 * `IPV6_CHECKSUM` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 7, macOS 26, Windows 26.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_CHECKSUM, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_CHECKSUM));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_CHECKSUM: number = c.IPV6_CHECKSUM as number;
/**
 * `IPV6_2292HOPLIMIT` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 8, macOS 20; not defined on Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_2292HOPLIMIT, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_2292HOPLIMIT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_2292HOPLIMIT: number = c.IPV6_2292HOPLIMIT as number;
/**
 * `IPV6_NEXTHOP` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 9, macOS 48; not defined on Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_NEXTHOP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_NEXTHOP));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_NEXTHOP: number = c.IPV6_NEXTHOP as number;
/**
 * `IPV6_AUTHHDR` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 10; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_AUTHHDR, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_AUTHHDR));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_AUTHHDR: number = c.IPV6_AUTHHDR as number;
/**
 * `IPV6_UNICAST_HOPS` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 16, macOS 4, Windows 4.
 *
 * @example Read the option
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_UNICAST_HOPS, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * console.log(s.getsockopt(IPPROTO_IPV6, IPV6_UNICAST_HOPS));
 * s.close();
 * ```
 */
export const IPV6_UNICAST_HOPS: number = c.IPV6_UNICAST_HOPS as number;
/**
 * `IPV6_MULTICAST_IF` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 17, macOS 9, Windows 9.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_MULTICAST_IF, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_MULTICAST_IF));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_MULTICAST_IF: number = c.IPV6_MULTICAST_IF as number;
/**
 * `IPV6_MULTICAST_HOPS` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 18, macOS 10, Windows 10.
 *
 * @example Read the option
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * console.log(s.getsockopt(IPPROTO_IPV6, IPV6_MULTICAST_HOPS));
 * s.close();
 * ```
 */
export const IPV6_MULTICAST_HOPS: number = c.IPV6_MULTICAST_HOPS as number;
/**
 * `IPV6_MULTICAST_LOOP` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 19, macOS 11, Windows 11.
 *
 * @example Turn the option on
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_MULTICAST_LOOP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * s.setsockopt(IPPROTO_IPV6, IPV6_MULTICAST_LOOP, 1);
 * s.close();
 * ```
 */
export const IPV6_MULTICAST_LOOP: number = c.IPV6_MULTICAST_LOOP as number;
/**
 * `IPV6_JOIN_GROUP` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 20, macOS 12, Windows 12.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_JOIN_GROUP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_JOIN_GROUP));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_JOIN_GROUP: number = c.IPV6_JOIN_GROUP as number;
/**
 * `IPV6_LEAVE_GROUP` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 21, macOS 13, Windows 13.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_LEAVE_GROUP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_LEAVE_GROUP));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_LEAVE_GROUP: number = c.IPV6_LEAVE_GROUP as number;
/**
 * `IPV6_ROUTER_ALERT` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 22; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_ROUTER_ALERT, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_ROUTER_ALERT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_ROUTER_ALERT: number = c.IPV6_ROUTER_ALERT as number;
/**
 * `IPV6_MTU_DISCOVER` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 23, Windows 71; not defined on macOS.
 *
 * @example Read the option
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_MTU_DISCOVER, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * console.log(s.getsockopt(IPPROTO_IPV6, IPV6_MTU_DISCOVER));
 * s.close();
 * ```
 */
export const IPV6_MTU_DISCOVER: number = c.IPV6_MTU_DISCOVER as number;
/**
 * `IPV6_MTU` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 24, Windows 72; not defined on macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_MTU, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_MTU));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_MTU: number = c.IPV6_MTU as number;
/**
 * `IPV6_RECVERR` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 25, Windows 75; not defined on macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_RECVERR, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_RECVERR));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_RECVERR: number = c.IPV6_RECVERR as number;
/**
 * `IPV6_V6ONLY` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 26, macOS 27, Windows 27.
 *
 * @example Turn the option on
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_V6ONLY, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * s.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 1);
 * s.close();
 * ```
 */
export const IPV6_V6ONLY: number = c.IPV6_V6ONLY as number;
/**
 * `IPV6_JOIN_ANYCAST` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 27; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_JOIN_ANYCAST, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_JOIN_ANYCAST));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_JOIN_ANYCAST: number = c.IPV6_JOIN_ANYCAST as number;
/**
 * `IPV6_LEAVE_ANYCAST` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 28; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_LEAVE_ANYCAST, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_LEAVE_ANYCAST));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_LEAVE_ANYCAST: number = c.IPV6_LEAVE_ANYCAST as number;
/**
 * `IPV6_MULTICAST_ALL` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 29; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_MULTICAST_ALL, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_MULTICAST_ALL));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_MULTICAST_ALL: number = c.IPV6_MULTICAST_ALL as number;
/**
 * `IPV6_ROUTER_ALERT_ISOLATE` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 30; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_ROUTER_ALERT_ISOLATE, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_ROUTER_ALERT_ISOLATE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_ROUTER_ALERT_ISOLATE: number = c
  .IPV6_ROUTER_ALERT_ISOLATE as number;
/**
 * `IPV6_RECVERR_RFC4884` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 31; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_RECVERR_RFC4884, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_RECVERR_RFC4884));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_RECVERR_RFC4884: number = c.IPV6_RECVERR_RFC4884 as number;
/**
 * `IPV6_IPSEC_POLICY` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 34, macOS 28; not defined on Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_IPSEC_POLICY, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_IPSEC_POLICY));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_IPSEC_POLICY: number = c.IPV6_IPSEC_POLICY as number;
/**
 * `IPV6_XFRM_POLICY` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 35; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_XFRM_POLICY, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_XFRM_POLICY));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_XFRM_POLICY: number = c.IPV6_XFRM_POLICY as number;
/**
 * `IPV6_HDRINCL` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 36, Windows 2; not defined on macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_HDRINCL, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_HDRINCL));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_HDRINCL: number = c.IPV6_HDRINCL as number;
/**
 * `IPV6_RECVPKTINFO` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 49, macOS 61; not defined on Windows.
 *
 * @example Turn the option on
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_RECVPKTINFO, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * s.setsockopt(IPPROTO_IPV6, IPV6_RECVPKTINFO, 1);
 * s.close();
 * ```
 */
export const IPV6_RECVPKTINFO: number = c.IPV6_RECVPKTINFO as number;
/**
 * `IPV6_PKTINFO` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 50, macOS 46, Windows 19.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_PKTINFO, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_PKTINFO));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_PKTINFO: number = c.IPV6_PKTINFO as number;
/**
 * `IPV6_RECVHOPLIMIT` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 51, macOS 37; not defined on Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_RECVHOPLIMIT, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_RECVHOPLIMIT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_RECVHOPLIMIT: number = c.IPV6_RECVHOPLIMIT as number;
/**
 * `IPV6_HOPLIMIT` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 52, macOS 47, Windows 21.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_HOPLIMIT, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_HOPLIMIT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_HOPLIMIT: number = c.IPV6_HOPLIMIT as number;
/**
 * `IPV6_RECVHOPOPTS` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 53, macOS 39; not defined on Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_RECVHOPOPTS, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_RECVHOPOPTS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_RECVHOPOPTS: number = c.IPV6_RECVHOPOPTS as number;
/**
 * `IPV6_HOPOPTS` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 54, macOS 49, Windows 1.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_HOPOPTS, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_HOPOPTS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_HOPOPTS: number = c.IPV6_HOPOPTS as number;
/**
 * `IPV6_RTHDRDSTOPTS` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 55, macOS 57; not defined on Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_RTHDRDSTOPTS, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_RTHDRDSTOPTS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_RTHDRDSTOPTS: number = c.IPV6_RTHDRDSTOPTS as number;
/**
 * `IPV6_RECVRTHDR` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 56, macOS 38, Windows 38.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_RECVRTHDR, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_RECVRTHDR));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_RECVRTHDR: number = c.IPV6_RECVRTHDR as number;
/**
 * `IPV6_RTHDR` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 57, macOS 51, Windows 32.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_RTHDR, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_RTHDR));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_RTHDR: number = c.IPV6_RTHDR as number;
/**
 * `IPV6_RECVDSTOPTS` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 58, macOS 40; not defined on Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_RECVDSTOPTS, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_RECVDSTOPTS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_RECVDSTOPTS: number = c.IPV6_RECVDSTOPTS as number;
/**
 * `IPV6_DSTOPTS` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 59, macOS 50; not defined on Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_DSTOPTS, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_DSTOPTS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_DSTOPTS: number = c.IPV6_DSTOPTS as number;
/**
 * `IPV6_RECVPATHMTU` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 60, macOS 43; not defined on Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_RECVPATHMTU, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_RECVPATHMTU));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_RECVPATHMTU: number = c.IPV6_RECVPATHMTU as number;
/**
 * `IPV6_PATHMTU` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 61, macOS 44; not defined on Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_PATHMTU, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_PATHMTU));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_PATHMTU: number = c.IPV6_PATHMTU as number;
/**
 * `IPV6_DONTFRAG` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 62, macOS 62, Windows 14.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_DONTFRAG, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_DONTFRAG));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_DONTFRAG: number = c.IPV6_DONTFRAG as number;
/**
 * `IPV6_RECVTCLASS` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 66, macOS 35, Windows 40.
 *
 * @example Read the option
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_RECVTCLASS, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * console.log(s.getsockopt(IPPROTO_IPV6, IPV6_RECVTCLASS));
 * s.close();
 * ```
 */
export const IPV6_RECVTCLASS: number = c.IPV6_RECVTCLASS as number;
/**
 * `IPV6_TCLASS` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 67, macOS 36, Windows 39.
 *
 * @example Read the option
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_TCLASS, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * console.log(s.getsockopt(IPPROTO_IPV6, IPV6_TCLASS));
 * s.close();
 * ```
 */
export const IPV6_TCLASS: number = c.IPV6_TCLASS as number;
/**
 * `IPV6_AUTOFLOWLABEL` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 70, macOS 59; not defined on Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_AUTOFLOWLABEL, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_AUTOFLOWLABEL));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_AUTOFLOWLABEL: number = c.IPV6_AUTOFLOWLABEL as number;
/**
 * `IPV6_ADDR_PREFERENCES` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 72; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_ADDR_PREFERENCES, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_ADDR_PREFERENCES));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_ADDR_PREFERENCES: number = c.IPV6_ADDR_PREFERENCES as number;
/**
 * `IPV6_MINHOPCOUNT` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 73; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_MINHOPCOUNT, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_MINHOPCOUNT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_MINHOPCOUNT: number = c.IPV6_MINHOPCOUNT as number;
/**
 * `IPV6_ORIGDSTADDR` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 74; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_ORIGDSTADDR, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_ORIGDSTADDR));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_ORIGDSTADDR: number = c.IPV6_ORIGDSTADDR as number;
/**
 * `IPV6_RECVORIGDSTADDR` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 74; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_RECVORIGDSTADDR, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_RECVORIGDSTADDR));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_RECVORIGDSTADDR: number = c.IPV6_RECVORIGDSTADDR as number;
/**
 * `IPV6_TRANSPARENT` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 75; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_TRANSPARENT, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_TRANSPARENT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_TRANSPARENT: number = c.IPV6_TRANSPARENT as number;
/**
 * `IPV6_UNICAST_IF` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 76, Windows 31; not defined on macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_UNICAST_IF, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_UNICAST_IF));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_UNICAST_IF: number = c.IPV6_UNICAST_IF as number;
/**
 * `IPV6_RECVFRAGSIZE` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 77; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_RECVFRAGSIZE, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_RECVFRAGSIZE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_RECVFRAGSIZE: number = c.IPV6_RECVFRAGSIZE as number;
/**
 * `IPV6_FREEBIND` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 78; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_FREEBIND, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_FREEBIND));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_FREEBIND: number = c.IPV6_FREEBIND as number;
/**
 * `IPV6_ADD_MEMBERSHIP` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 20, Windows 12; not defined on macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_ADD_MEMBERSHIP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_ADD_MEMBERSHIP));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_ADD_MEMBERSHIP: number = c.IPV6_ADD_MEMBERSHIP as number;
/**
 * `IPV6_DROP_MEMBERSHIP` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 21, Windows 13; not defined on macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_DROP_MEMBERSHIP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_DROP_MEMBERSHIP));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_DROP_MEMBERSHIP: number = c.IPV6_DROP_MEMBERSHIP as number;
/**
 * `IPV6_RXHOPOPTS` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 54; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_RXHOPOPTS, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_RXHOPOPTS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_RXHOPOPTS: number = c.IPV6_RXHOPOPTS as number;
/**
 * `IPV6_RXDSTOPTS` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 59; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_RXDSTOPTS, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_RXDSTOPTS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_RXDSTOPTS: number = c.IPV6_RXDSTOPTS as number;
/**
 * `IPV6_PMTUDISC_DONT` is a value of the `IPV6_MTU_DISCOVER` option.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Choose path MTU discovery
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_MTU_DISCOVER, IPV6_PMTUDISC_DONT, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * s.setsockopt(IPPROTO_IPV6, IPV6_MTU_DISCOVER, IPV6_PMTUDISC_DONT);
 * s.close();
 * ```
 */
export const IPV6_PMTUDISC_DONT: number = c.IPV6_PMTUDISC_DONT as number;
/**
 * `IPV6_PMTUDISC_WANT` is a value of the `IPV6_MTU_DISCOVER` option.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Choose path MTU discovery
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_MTU_DISCOVER, IPV6_PMTUDISC_WANT, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * s.setsockopt(IPPROTO_IPV6, IPV6_MTU_DISCOVER, IPV6_PMTUDISC_WANT);
 * s.close();
 * ```
 */
export const IPV6_PMTUDISC_WANT: number = c.IPV6_PMTUDISC_WANT as number;
/**
 * `IPV6_PMTUDISC_DO` is a value of the `IPV6_MTU_DISCOVER` option.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Choose path MTU discovery
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_MTU_DISCOVER, IPV6_PMTUDISC_DO, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * s.setsockopt(IPPROTO_IPV6, IPV6_MTU_DISCOVER, IPV6_PMTUDISC_DO);
 * s.close();
 * ```
 */
export const IPV6_PMTUDISC_DO: number = c.IPV6_PMTUDISC_DO as number;
/**
 * `IPV6_PMTUDISC_PROBE` is a value of the `IPV6_MTU_DISCOVER` option.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Choose path MTU discovery
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_MTU_DISCOVER, IPV6_PMTUDISC_PROBE, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * s.setsockopt(IPPROTO_IPV6, IPV6_MTU_DISCOVER, IPV6_PMTUDISC_PROBE);
 * s.close();
 * ```
 */
export const IPV6_PMTUDISC_PROBE: number = c.IPV6_PMTUDISC_PROBE as number;
/**
 * `IPV6_PMTUDISC_INTERFACE` is a value of the `IPV6_MTU_DISCOVER` option.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Choose path MTU discovery
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_MTU_DISCOVER, IPV6_PMTUDISC_INTERFACE, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * s.setsockopt(IPPROTO_IPV6, IPV6_MTU_DISCOVER, IPV6_PMTUDISC_INTERFACE);
 * s.close();
 * ```
 */
export const IPV6_PMTUDISC_INTERFACE: number = c
  .IPV6_PMTUDISC_INTERFACE as number;
/**
 * `IPV6_PMTUDISC_OMIT` is a value of the `IPV6_MTU_DISCOVER` option.
 * Value: Linux 5; not defined on macOS or Windows.
 *
 * @example Choose path MTU discovery
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_MTU_DISCOVER, IPV6_PMTUDISC_OMIT, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * s.setsockopt(IPPROTO_IPV6, IPV6_MTU_DISCOVER, IPV6_PMTUDISC_OMIT);
 * s.close();
 * ```
 */
export const IPV6_PMTUDISC_OMIT: number = c.IPV6_PMTUDISC_OMIT as number;
/**
 * `IPV6_RTHDR_LOOSE` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 0, macOS 0; not defined on Windows.
 *
 * @example Read the value
 * ```ts
 * import { IPV6_RTHDR_LOOSE } from "@berkeley/socket";
 * console.log(IPV6_RTHDR_LOOSE); // undefined on a platform without it
 * ```
 */
export const IPV6_RTHDR_LOOSE: number = c.IPV6_RTHDR_LOOSE as number;
/**
 * `IPV6_RTHDR_STRICT` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 1, macOS 1; not defined on Windows.
 *
 * @example Read the value
 * ```ts
 * import { IPV6_RTHDR_STRICT } from "@berkeley/socket";
 * console.log(IPV6_RTHDR_STRICT); // undefined on a platform without it
 * ```
 */
export const IPV6_RTHDR_STRICT: number = c.IPV6_RTHDR_STRICT as number;
/**
 * `IPV6_RTHDR_TYPE_0` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Linux 0, macOS 0; not defined on Windows.
 *
 * @example Read the value
 * ```ts
 * import { IPV6_RTHDR_TYPE_0 } from "@berkeley/socket";
 * console.log(IPV6_RTHDR_TYPE_0); // undefined on a platform without it
 * ```
 */
export const IPV6_RTHDR_TYPE_0: number = c.IPV6_RTHDR_TYPE_0 as number;
/**
 * `TCP_ESTABLISHED` is a TCP state, as `TCP_INFO`'s first byte (`tcpi_state`) reports it.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Check a socket's TCP state
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_ESTABLISHED, TCP_INFO } from "@berkeley/socket";
 * const s = socket();
 * s.bind(["127.0.0.1", 0]);
 * s.listen();
 * const info = s.getsockopt(IPPROTO_TCP, TCP_INFO, 256) as Uint8Array;
 * console.log(info[0] === TCP_ESTABLISHED);
 * s.close();
 * ```
 */
export const TCP_ESTABLISHED: number = c.TCP_ESTABLISHED as number;
/**
 * `TCP_SYN_SENT` is a TCP state, as `TCP_INFO`'s first byte (`tcpi_state`) reports it.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Check a socket's TCP state
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_INFO, TCP_SYN_SENT } from "@berkeley/socket";
 * const s = socket();
 * s.bind(["127.0.0.1", 0]);
 * s.listen();
 * const info = s.getsockopt(IPPROTO_TCP, TCP_INFO, 256) as Uint8Array;
 * console.log(info[0] === TCP_SYN_SENT);
 * s.close();
 * ```
 */
export const TCP_SYN_SENT: number = c.TCP_SYN_SENT as number;
/**
 * `TCP_SYN_RECV` is a TCP state, as `TCP_INFO`'s first byte (`tcpi_state`) reports it.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Check a socket's TCP state
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_INFO, TCP_SYN_RECV } from "@berkeley/socket";
 * const s = socket();
 * s.bind(["127.0.0.1", 0]);
 * s.listen();
 * const info = s.getsockopt(IPPROTO_TCP, TCP_INFO, 256) as Uint8Array;
 * console.log(info[0] === TCP_SYN_RECV);
 * s.close();
 * ```
 */
export const TCP_SYN_RECV: number = c.TCP_SYN_RECV as number;
/**
 * `TCP_FIN_WAIT1` is a TCP state, as `TCP_INFO`'s first byte (`tcpi_state`) reports it.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Check a socket's TCP state
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_FIN_WAIT1, TCP_INFO } from "@berkeley/socket";
 * const s = socket();
 * s.bind(["127.0.0.1", 0]);
 * s.listen();
 * const info = s.getsockopt(IPPROTO_TCP, TCP_INFO, 256) as Uint8Array;
 * console.log(info[0] === TCP_FIN_WAIT1);
 * s.close();
 * ```
 */
export const TCP_FIN_WAIT1: number = c.TCP_FIN_WAIT1 as number;
/**
 * `TCP_FIN_WAIT2` is a TCP state, as `TCP_INFO`'s first byte (`tcpi_state`) reports it.
 * Value: Linux 5; not defined on macOS or Windows.
 *
 * @example Check a socket's TCP state
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_FIN_WAIT2, TCP_INFO } from "@berkeley/socket";
 * const s = socket();
 * s.bind(["127.0.0.1", 0]);
 * s.listen();
 * const info = s.getsockopt(IPPROTO_TCP, TCP_INFO, 256) as Uint8Array;
 * console.log(info[0] === TCP_FIN_WAIT2);
 * s.close();
 * ```
 */
export const TCP_FIN_WAIT2: number = c.TCP_FIN_WAIT2 as number;
/**
 * `TCP_TIME_WAIT` is a TCP state, as `TCP_INFO`'s first byte (`tcpi_state`) reports it.
 * Value: Linux 6; not defined on macOS or Windows.
 *
 * @example Check a socket's TCP state
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_INFO, TCP_TIME_WAIT } from "@berkeley/socket";
 * const s = socket();
 * s.bind(["127.0.0.1", 0]);
 * s.listen();
 * const info = s.getsockopt(IPPROTO_TCP, TCP_INFO, 256) as Uint8Array;
 * console.log(info[0] === TCP_TIME_WAIT);
 * s.close();
 * ```
 */
export const TCP_TIME_WAIT: number = c.TCP_TIME_WAIT as number;
/**
 * `TCP_CLOSE` is a TCP state, as `TCP_INFO`'s first byte (`tcpi_state`) reports it.
 * Value: Linux 7; not defined on macOS or Windows.
 *
 * @example Check a socket's TCP state
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_CLOSE, TCP_INFO } from "@berkeley/socket";
 * const s = socket();
 * s.bind(["127.0.0.1", 0]);
 * s.listen();
 * const info = s.getsockopt(IPPROTO_TCP, TCP_INFO, 256) as Uint8Array;
 * console.log(info[0] === TCP_CLOSE);
 * s.close();
 * ```
 */
export const TCP_CLOSE: number = c.TCP_CLOSE as number;
/**
 * `TCP_CLOSE_WAIT` is a TCP state, as `TCP_INFO`'s first byte (`tcpi_state`) reports it.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Check a socket's TCP state
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_CLOSE_WAIT, TCP_INFO } from "@berkeley/socket";
 * const s = socket();
 * s.bind(["127.0.0.1", 0]);
 * s.listen();
 * const info = s.getsockopt(IPPROTO_TCP, TCP_INFO, 256) as Uint8Array;
 * console.log(info[0] === TCP_CLOSE_WAIT);
 * s.close();
 * ```
 */
export const TCP_CLOSE_WAIT: number = c.TCP_CLOSE_WAIT as number;
/**
 * `TCP_LAST_ACK` is a TCP state, as `TCP_INFO`'s first byte (`tcpi_state`) reports it.
 * Value: Linux 9; not defined on macOS or Windows.
 *
 * @example Check a socket's TCP state
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_INFO, TCP_LAST_ACK } from "@berkeley/socket";
 * const s = socket();
 * s.bind(["127.0.0.1", 0]);
 * s.listen();
 * const info = s.getsockopt(IPPROTO_TCP, TCP_INFO, 256) as Uint8Array;
 * console.log(info[0] === TCP_LAST_ACK);
 * s.close();
 * ```
 */
export const TCP_LAST_ACK: number = c.TCP_LAST_ACK as number;
/**
 * `TCP_LISTEN` is a TCP state, as `TCP_INFO`'s first byte (`tcpi_state`) reports it.
 * Value: Linux 10; not defined on macOS or Windows.
 *
 * @example Check a socket's TCP state
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_INFO, TCP_LISTEN } from "@berkeley/socket";
 * const s = socket();
 * s.bind(["127.0.0.1", 0]);
 * s.listen();
 * const info = s.getsockopt(IPPROTO_TCP, TCP_INFO, 256) as Uint8Array;
 * console.log(info[0] === TCP_LISTEN);
 * s.close();
 * ```
 */
export const TCP_LISTEN: number = c.TCP_LISTEN as number;
/**
 * `TCP_CLOSING` is a TCP state, as `TCP_INFO`'s first byte (`tcpi_state`) reports it.
 * Value: Linux 11; not defined on macOS or Windows.
 *
 * @example Check a socket's TCP state
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_CLOSING, TCP_INFO } from "@berkeley/socket";
 * const s = socket();
 * s.bind(["127.0.0.1", 0]);
 * s.listen();
 * const info = s.getsockopt(IPPROTO_TCP, TCP_INFO, 256) as Uint8Array;
 * console.log(info[0] === TCP_CLOSING);
 * s.close();
 * ```
 */
export const TCP_CLOSING: number = c.TCP_CLOSING as number;
/**
 * `TCP_CA_Open` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TCP_CA_Open } from "@berkeley/socket";
 * console.log(TCP_CA_Open); // undefined on a platform without it
 * ```
 */
export const TCP_CA_Open: number = c.TCP_CA_Open as number;
/**
 * `TCP_CA_Disorder` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TCP_CA_Disorder } from "@berkeley/socket";
 * console.log(TCP_CA_Disorder); // undefined on a platform without it
 * ```
 */
export const TCP_CA_Disorder: number = c.TCP_CA_Disorder as number;
/**
 * `TCP_CA_CWR` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TCP_CA_CWR } from "@berkeley/socket";
 * console.log(TCP_CA_CWR); // undefined on a platform without it
 * ```
 */
export const TCP_CA_CWR: number = c.TCP_CA_CWR as number;
/**
 * `TCP_CA_Recovery` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TCP_CA_Recovery } from "@berkeley/socket";
 * console.log(TCP_CA_Recovery); // undefined on a platform without it
 * ```
 */
export const TCP_CA_Recovery: number = c.TCP_CA_Recovery as number;
/**
 * `TCP_CA_Loss` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TCP_CA_Loss } from "@berkeley/socket";
 * console.log(TCP_CA_Loss); // undefined on a platform without it
 * ```
 */
export const TCP_CA_Loss: number = c.TCP_CA_Loss as number;
/**
 * `TCP_NO_QUEUE` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TCP_NO_QUEUE } from "@berkeley/socket";
 * console.log(TCP_NO_QUEUE); // undefined on a platform without it
 * ```
 */
export const TCP_NO_QUEUE: number = c.TCP_NO_QUEUE as number;
/**
 * `TCP_RECV_QUEUE` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TCP_RECV_QUEUE } from "@berkeley/socket";
 * console.log(TCP_RECV_QUEUE); // undefined on a platform without it
 * ```
 */
export const TCP_RECV_QUEUE: number = c.TCP_RECV_QUEUE as number;
/**
 * `TCP_SEND_QUEUE` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TCP_SEND_QUEUE } from "@berkeley/socket";
 * console.log(TCP_SEND_QUEUE); // undefined on a platform without it
 * ```
 */
export const TCP_SEND_QUEUE: number = c.TCP_SEND_QUEUE as number;
/**
 * `TCP_QUEUES_NR` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TCP_QUEUES_NR } from "@berkeley/socket";
 * console.log(TCP_QUEUES_NR); // undefined on a platform without it
 * ```
 */
export const TCP_QUEUES_NR: number = c.TCP_QUEUES_NR as number;
/**
 * `TCP_NODELAY` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 1, macOS 1, Windows 1.
 *
 * @example Turn the option on
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_NODELAY } from "@berkeley/socket";
 * const s = socket();
 * s.setsockopt(IPPROTO_TCP, TCP_NODELAY, 1);
 * s.close();
 * ```
 */
export const TCP_NODELAY: number = c.TCP_NODELAY as number;
/**
 * `TCP_MAXSEG` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 2, macOS 2; not defined on Windows.
 *
 * @example Read the option
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_MAXSEG } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.getsockopt(IPPROTO_TCP, TCP_MAXSEG));
 * s.close();
 * ```
 */
export const TCP_MAXSEG: number = c.TCP_MAXSEG as number;
/**
 * `TCP_CORK` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Turn the option on
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_CORK } from "@berkeley/socket";
 * const s = socket();
 * s.setsockopt(IPPROTO_TCP, TCP_CORK, 1);
 * s.close();
 * ```
 */
export const TCP_CORK: number = c.TCP_CORK as number;
/**
 * `TCP_KEEPIDLE` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Probe an idle connection after a minute
 * ```ts
 * import { IPPROTO_TCP, SO_KEEPALIVE, socket, SOL_SOCKET, TCP_KEEPIDLE } from "@berkeley/socket";
 * const s = socket();
 * s.setsockopt(SOL_SOCKET, SO_KEEPALIVE, 1);
 * s.setsockopt(IPPROTO_TCP, TCP_KEEPIDLE, 60);
 * s.close();
 * ```
 */
export const TCP_KEEPIDLE: number = c.TCP_KEEPIDLE as number;
/**
 * `TCP_KEEPINTVL` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 5, macOS 257; not defined on Windows.
 *
 * @example Read the option
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_KEEPINTVL } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.getsockopt(IPPROTO_TCP, TCP_KEEPINTVL));
 * s.close();
 * ```
 */
export const TCP_KEEPINTVL: number = c.TCP_KEEPINTVL as number;
/**
 * `TCP_KEEPCNT` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 6, macOS 258; not defined on Windows.
 *
 * @example Read the option
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_KEEPCNT } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.getsockopt(IPPROTO_TCP, TCP_KEEPCNT));
 * s.close();
 * ```
 */
export const TCP_KEEPCNT: number = c.TCP_KEEPCNT as number;
/**
 * `TCP_SYNCNT` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 7; not defined on macOS or Windows.
 *
 * @example Read the option
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_SYNCNT } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.getsockopt(IPPROTO_TCP, TCP_SYNCNT));
 * s.close();
 * ```
 */
export const TCP_SYNCNT: number = c.TCP_SYNCNT as number;
/**
 * `TCP_LINGER2` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Read the option
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_LINGER2 } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.getsockopt(IPPROTO_TCP, TCP_LINGER2));
 * s.close();
 * ```
 */
export const TCP_LINGER2: number = c.TCP_LINGER2 as number;
/**
 * `TCP_DEFER_ACCEPT` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 9; not defined on macOS or Windows.
 *
 * @example Read the option
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_DEFER_ACCEPT } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.getsockopt(IPPROTO_TCP, TCP_DEFER_ACCEPT));
 * s.close();
 * ```
 */
export const TCP_DEFER_ACCEPT: number = c.TCP_DEFER_ACCEPT as number;
/**
 * `TCP_WINDOW_CLAMP` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 10; not defined on macOS or Windows.
 *
 * @example Read the option
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_WINDOW_CLAMP } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.getsockopt(IPPROTO_TCP, TCP_WINDOW_CLAMP));
 * s.close();
 * ```
 */
export const TCP_WINDOW_CLAMP: number = c.TCP_WINDOW_CLAMP as number;
/**
 * `TCP_INFO` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 11; not defined on macOS or Windows.
 *
 * @example Read struct tcp_info
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_INFO } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.getsockopt(IPPROTO_TCP, TCP_INFO, 256));
 * s.close();
 * ```
 */
export const TCP_INFO: number = c.TCP_INFO as number;
/**
 * `TCP_QUICKACK` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 12; not defined on macOS or Windows.
 *
 * @example Turn the option on
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_QUICKACK } from "@berkeley/socket";
 * const s = socket();
 * s.setsockopt(IPPROTO_TCP, TCP_QUICKACK, 1);
 * s.close();
 * ```
 */
export const TCP_QUICKACK: number = c.TCP_QUICKACK as number;
/**
 * `TCP_CONGESTION` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 13; not defined on macOS or Windows.
 *
 * @example Read the congestion control algorithm's name
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_CONGESTION } from "@berkeley/socket";
 * const s = socket();
 * const name = s.getsockopt(IPPROTO_TCP, TCP_CONGESTION, 16) as Uint8Array;
 * console.log(new TextDecoder().decode(name).replace(/\0.*$/s, "")); // "cubic"
 * s.close();
 * ```
 */
export const TCP_CONGESTION: number = c.TCP_CONGESTION as number;
/**
 * `TCP_MD5SIG` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 14; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_MD5SIG } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_MD5SIG));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_MD5SIG: number = c.TCP_MD5SIG as number;
/**
 * `TCP_COOKIE_TRANSACTIONS` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 15; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_COOKIE_TRANSACTIONS } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_COOKIE_TRANSACTIONS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_COOKIE_TRANSACTIONS: number = c
  .TCP_COOKIE_TRANSACTIONS as number;
/**
 * `TCP_THIN_LINEAR_TIMEOUTS` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 16; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_THIN_LINEAR_TIMEOUTS } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_THIN_LINEAR_TIMEOUTS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_THIN_LINEAR_TIMEOUTS: number = c
  .TCP_THIN_LINEAR_TIMEOUTS as number;
/**
 * `TCP_THIN_DUPACK` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 17; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_THIN_DUPACK } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_THIN_DUPACK));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_THIN_DUPACK: number = c.TCP_THIN_DUPACK as number;
/**
 * `TCP_USER_TIMEOUT` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 18; not defined on macOS or Windows.
 *
 * @example Read the option
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_USER_TIMEOUT } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.getsockopt(IPPROTO_TCP, TCP_USER_TIMEOUT));
 * s.close();
 * ```
 */
export const TCP_USER_TIMEOUT: number = c.TCP_USER_TIMEOUT as number;
/**
 * `TCP_REPAIR` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 19; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_REPAIR } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_REPAIR));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_REPAIR: number = c.TCP_REPAIR as number;
/**
 * `TCP_REPAIR_QUEUE` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 20; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_REPAIR_QUEUE } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_REPAIR_QUEUE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_REPAIR_QUEUE: number = c.TCP_REPAIR_QUEUE as number;
/**
 * `TCP_QUEUE_SEQ` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 21; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_QUEUE_SEQ } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_QUEUE_SEQ));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_QUEUE_SEQ: number = c.TCP_QUEUE_SEQ as number;
/**
 * `TCP_REPAIR_OPTIONS` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 22; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_REPAIR_OPTIONS } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_REPAIR_OPTIONS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_REPAIR_OPTIONS: number = c.TCP_REPAIR_OPTIONS as number;
/**
 * `TCP_FASTOPEN` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 23, macOS 261; not defined on Windows.
 *
 * @example Read the option
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_FASTOPEN } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.getsockopt(IPPROTO_TCP, TCP_FASTOPEN));
 * s.close();
 * ```
 */
export const TCP_FASTOPEN: number = c.TCP_FASTOPEN as number;
/**
 * `TCP_TIMESTAMP` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 24; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_TIMESTAMP } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_TIMESTAMP));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_TIMESTAMP: number = c.TCP_TIMESTAMP as number;
/**
 * `TCP_NOTSENT_LOWAT` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 25, macOS 513; not defined on Windows.
 *
 * @example Read the option
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_NOTSENT_LOWAT } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.getsockopt(IPPROTO_TCP, TCP_NOTSENT_LOWAT));
 * s.close();
 * ```
 */
export const TCP_NOTSENT_LOWAT: number = c.TCP_NOTSENT_LOWAT as number;
/**
 * `TCP_CC_INFO` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 26; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_CC_INFO } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_CC_INFO));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_CC_INFO: number = c.TCP_CC_INFO as number;
/**
 * `TCP_SAVE_SYN` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 27; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_SAVE_SYN } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_SAVE_SYN));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_SAVE_SYN: number = c.TCP_SAVE_SYN as number;
/**
 * `TCP_SAVED_SYN` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 28; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_SAVED_SYN } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_SAVED_SYN));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_SAVED_SYN: number = c.TCP_SAVED_SYN as number;
/**
 * `TCP_REPAIR_WINDOW` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 29; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_REPAIR_WINDOW } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_REPAIR_WINDOW));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_REPAIR_WINDOW: number = c.TCP_REPAIR_WINDOW as number;
/**
 * `TCP_FASTOPEN_CONNECT` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 30; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_FASTOPEN_CONNECT } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_FASTOPEN_CONNECT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_FASTOPEN_CONNECT: number = c.TCP_FASTOPEN_CONNECT as number;
/**
 * `TCP_ULP` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 31; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_ULP } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_ULP));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_ULP: number = c.TCP_ULP as number;
/**
 * `TCP_MD5SIG_EXT` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 32; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_MD5SIG_EXT } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_MD5SIG_EXT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_MD5SIG_EXT: number = c.TCP_MD5SIG_EXT as number;
/**
 * `TCP_FASTOPEN_KEY` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 33; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_FASTOPEN_KEY } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_FASTOPEN_KEY));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_FASTOPEN_KEY: number = c.TCP_FASTOPEN_KEY as number;
/**
 * `TCP_FASTOPEN_NO_COOKIE` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 34; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_FASTOPEN_NO_COOKIE } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_FASTOPEN_NO_COOKIE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_FASTOPEN_NO_COOKIE: number = c
  .TCP_FASTOPEN_NO_COOKIE as number;
/**
 * `TCP_ZEROCOPY_RECEIVE` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 35; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_ZEROCOPY_RECEIVE } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_ZEROCOPY_RECEIVE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_ZEROCOPY_RECEIVE: number = c.TCP_ZEROCOPY_RECEIVE as number;
/**
 * `TCP_INQ` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 36; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_INQ } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_INQ));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_INQ: number = c.TCP_INQ as number;
/**
 * `TCP_CM_INQ` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 36; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_CM_INQ } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_CM_INQ));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_CM_INQ: number = c.TCP_CM_INQ as number;
/**
 * `TCP_TX_DELAY` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 37; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_TX_DELAY } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_TX_DELAY));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_TX_DELAY: number = c.TCP_TX_DELAY as number;
/**
 * `TCP_REPAIR_ON` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TCP_REPAIR_ON } from "@berkeley/socket";
 * console.log(TCP_REPAIR_ON); // undefined on a platform without it
 * ```
 */
export const TCP_REPAIR_ON: number = c.TCP_REPAIR_ON as number;
/**
 * `TCP_REPAIR_OFF` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TCP_REPAIR_OFF } from "@berkeley/socket";
 * console.log(TCP_REPAIR_OFF); // undefined on a platform without it
 * ```
 */
export const TCP_REPAIR_OFF: number = c.TCP_REPAIR_OFF as number;
/**
 * `TCP_REPAIR_OFF_NO_WP` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux -1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TCP_REPAIR_OFF_NO_WP } from "@berkeley/socket";
 * console.log(TCP_REPAIR_OFF_NO_WP); // undefined on a platform without it
 * ```
 */
export const TCP_REPAIR_OFF_NO_WP: number = c.TCP_REPAIR_OFF_NO_WP as number;
/**
 * `TCP_MSS` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 512; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TCP_MSS } from "@berkeley/socket";
 * console.log(TCP_MSS); // undefined on a platform without it
 * ```
 */
export const TCP_MSS: number = c.TCP_MSS as number;
/**
 * `TCP_MAXWIN` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 65535; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TCP_MAXWIN } from "@berkeley/socket";
 * console.log(TCP_MAXWIN); // undefined on a platform without it
 * ```
 */
export const TCP_MAXWIN: number = c.TCP_MAXWIN as number;
/**
 * `TCP_MAX_WINSHIFT` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 14; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TCP_MAX_WINSHIFT } from "@berkeley/socket";
 * console.log(TCP_MAX_WINSHIFT); // undefined on a platform without it
 * ```
 */
export const TCP_MAX_WINSHIFT: number = c.TCP_MAX_WINSHIFT as number;
/**
 * `TCP_MD5SIG_MAXKEYLEN` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 80; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TCP_MD5SIG_MAXKEYLEN } from "@berkeley/socket";
 * console.log(TCP_MD5SIG_MAXKEYLEN); // undefined on a platform without it
 * ```
 */
export const TCP_MD5SIG_MAXKEYLEN: number = c.TCP_MD5SIG_MAXKEYLEN as number;
/**
 * `TCP_MD5SIG_FLAG_PREFIX` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TCP_MD5SIG_FLAG_PREFIX } from "@berkeley/socket";
 * console.log(TCP_MD5SIG_FLAG_PREFIX); // undefined on a platform without it
 * ```
 */
export const TCP_MD5SIG_FLAG_PREFIX: number = c
  .TCP_MD5SIG_FLAG_PREFIX as number;
/**
 * `TCP_COOKIE_MIN` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TCP_COOKIE_MIN } from "@berkeley/socket";
 * console.log(TCP_COOKIE_MIN); // undefined on a platform without it
 * ```
 */
export const TCP_COOKIE_MIN: number = c.TCP_COOKIE_MIN as number;
/**
 * `TCP_COOKIE_MAX` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 16; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TCP_COOKIE_MAX } from "@berkeley/socket";
 * console.log(TCP_COOKIE_MAX); // undefined on a platform without it
 * ```
 */
export const TCP_COOKIE_MAX: number = c.TCP_COOKIE_MAX as number;
/**
 * `TCP_COOKIE_PAIR_SIZE` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 32; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TCP_COOKIE_PAIR_SIZE } from "@berkeley/socket";
 * console.log(TCP_COOKIE_PAIR_SIZE); // undefined on a platform without it
 * ```
 */
export const TCP_COOKIE_PAIR_SIZE: number = c.TCP_COOKIE_PAIR_SIZE as number;
/**
 * `TCP_COOKIE_IN_ALWAYS` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TCP_COOKIE_IN_ALWAYS } from "@berkeley/socket";
 * console.log(TCP_COOKIE_IN_ALWAYS); // undefined on a platform without it
 * ```
 */
export const TCP_COOKIE_IN_ALWAYS: number = c.TCP_COOKIE_IN_ALWAYS as number;
/**
 * `TCP_COOKIE_OUT_NEVER` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TCP_COOKIE_OUT_NEVER } from "@berkeley/socket";
 * console.log(TCP_COOKIE_OUT_NEVER); // undefined on a platform without it
 * ```
 */
export const TCP_COOKIE_OUT_NEVER: number = c.TCP_COOKIE_OUT_NEVER as number;
/**
 * `TCP_S_DATA_IN` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TCP_S_DATA_IN } from "@berkeley/socket";
 * console.log(TCP_S_DATA_IN); // undefined on a platform without it
 * ```
 */
export const TCP_S_DATA_IN: number = c.TCP_S_DATA_IN as number;
/**
 * `TCP_S_DATA_OUT` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TCP_S_DATA_OUT } from "@berkeley/socket";
 * console.log(TCP_S_DATA_OUT); // undefined on a platform without it
 * ```
 */
export const TCP_S_DATA_OUT: number = c.TCP_S_DATA_OUT as number;
/**
 * `TCP_MSS_DEFAULT` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 536; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TCP_MSS_DEFAULT } from "@berkeley/socket";
 * console.log(TCP_MSS_DEFAULT); // undefined on a platform without it
 * ```
 */
export const TCP_MSS_DEFAULT: number = c.TCP_MSS_DEFAULT as number;
/**
 * `TCP_MSS_DESIRED` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Linux 1220; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TCP_MSS_DESIRED } from "@berkeley/socket";
 * console.log(TCP_MSS_DESIRED); // undefined on a platform without it
 * ```
 */
export const TCP_MSS_DESIRED: number = c.TCP_MSS_DESIRED as number;
/**
 * `EAI_BADFLAGS` is a `getaddrinfo()`/`getnameinfo()` error code: `gaierror`'s errno.
 * Value: Linux -1, macOS 3, Windows 10022.
 *
 * @example Tell the resolver's failure apart
 * ```ts
 * import { EAI_BADFLAGS, gaierror, getaddrinfo } from "@berkeley/socket";
 * try {
 *   getaddrinfo("no-such-host.invalid", 80);
 * } catch (e) {
 *   if (e instanceof gaierror && e.errno === EAI_BADFLAGS) console.log(e.strerror);
 * }
 * ```
 */
export const EAI_BADFLAGS: number = c.EAI_BADFLAGS as number;
/**
 * `EAI_NONAME` is a `getaddrinfo()`/`getnameinfo()` error code: `gaierror`'s errno.
 * Value: Linux -2, macOS 8, Windows 11001.
 *
 * @example Tell the resolver's failure apart
 * ```ts
 * import { EAI_NONAME, gaierror, getaddrinfo } from "@berkeley/socket";
 * try {
 *   getaddrinfo("no-such-host.invalid", 80);
 * } catch (e) {
 *   if (e instanceof gaierror && e.errno === EAI_NONAME) console.log(e.strerror);
 * }
 * ```
 */
export const EAI_NONAME: number = c.EAI_NONAME as number;
/**
 * `EAI_AGAIN` is a `getaddrinfo()`/`getnameinfo()` error code: `gaierror`'s errno.
 * Value: Linux -3, macOS 2, Windows 11002.
 *
 * @example Tell the resolver's failure apart
 * ```ts
 * import { EAI_AGAIN, gaierror, getaddrinfo } from "@berkeley/socket";
 * try {
 *   getaddrinfo("no-such-host.invalid", 80);
 * } catch (e) {
 *   if (e instanceof gaierror && e.errno === EAI_AGAIN) console.log(e.strerror);
 * }
 * ```
 */
export const EAI_AGAIN: number = c.EAI_AGAIN as number;
/**
 * `EAI_FAIL` is a `getaddrinfo()`/`getnameinfo()` error code: `gaierror`'s errno.
 * Value: Linux -4, macOS 4, Windows 11003.
 *
 * @example Tell the resolver's failure apart
 * ```ts
 * import { EAI_FAIL, gaierror, getaddrinfo } from "@berkeley/socket";
 * try {
 *   getaddrinfo("no-such-host.invalid", 80);
 * } catch (e) {
 *   if (e instanceof gaierror && e.errno === EAI_FAIL) console.log(e.strerror);
 * }
 * ```
 */
export const EAI_FAIL: number = c.EAI_FAIL as number;
/**
 * `EAI_FAMILY` is a `getaddrinfo()`/`getnameinfo()` error code: `gaierror`'s errno.
 * Value: Linux -6, macOS 5, Windows 10047.
 *
 * @example Tell the resolver's failure apart
 * ```ts
 * import { EAI_FAMILY, gaierror, getaddrinfo } from "@berkeley/socket";
 * try {
 *   getaddrinfo("no-such-host.invalid", 80);
 * } catch (e) {
 *   if (e instanceof gaierror && e.errno === EAI_FAMILY) console.log(e.strerror);
 * }
 * ```
 */
export const EAI_FAMILY: number = c.EAI_FAMILY as number;
/**
 * `EAI_SOCKTYPE` is a `getaddrinfo()`/`getnameinfo()` error code: `gaierror`'s errno.
 * Value: Linux -7, macOS 10, Windows 10044.
 *
 * @example Tell the resolver's failure apart
 * ```ts
 * import { EAI_SOCKTYPE, gaierror, getaddrinfo } from "@berkeley/socket";
 * try {
 *   getaddrinfo("no-such-host.invalid", 80);
 * } catch (e) {
 *   if (e instanceof gaierror && e.errno === EAI_SOCKTYPE) console.log(e.strerror);
 * }
 * ```
 */
export const EAI_SOCKTYPE: number = c.EAI_SOCKTYPE as number;
/**
 * `EAI_SERVICE` is a `getaddrinfo()`/`getnameinfo()` error code: `gaierror`'s errno.
 * Value: Linux -8, macOS 9, Windows 10109.
 *
 * @example Tell the resolver's failure apart
 * ```ts
 * import { EAI_SERVICE, gaierror, getaddrinfo } from "@berkeley/socket";
 * try {
 *   getaddrinfo("no-such-host.invalid", 80);
 * } catch (e) {
 *   if (e instanceof gaierror && e.errno === EAI_SERVICE) console.log(e.strerror);
 * }
 * ```
 */
export const EAI_SERVICE: number = c.EAI_SERVICE as number;
/**
 * `EAI_MEMORY` is a `getaddrinfo()`/`getnameinfo()` error code: `gaierror`'s errno.
 * Value: Linux -10, macOS 6, Windows 8.
 *
 * @example Tell the resolver's failure apart
 * ```ts
 * import { EAI_MEMORY, gaierror, getaddrinfo } from "@berkeley/socket";
 * try {
 *   getaddrinfo("no-such-host.invalid", 80);
 * } catch (e) {
 *   if (e instanceof gaierror && e.errno === EAI_MEMORY) console.log(e.strerror);
 * }
 * ```
 */
export const EAI_MEMORY: number = c.EAI_MEMORY as number;
/**
 * `EAI_SYSTEM` is a `getaddrinfo()`/`getnameinfo()` error code: `gaierror`'s errno.
 * Value: Linux -11, macOS 11; not defined on Windows.
 *
 * @example Tell the resolver's failure apart
 * ```ts
 * import { EAI_SYSTEM, gaierror, getaddrinfo } from "@berkeley/socket";
 * try {
 *   getaddrinfo("no-such-host.invalid", 80);
 * } catch (e) {
 *   if (e instanceof gaierror && e.errno === EAI_SYSTEM) console.log(e.strerror);
 * }
 * ```
 */
export const EAI_SYSTEM: number = c.EAI_SYSTEM as number;
/**
 * `EAI_OVERFLOW` is a `getaddrinfo()`/`getnameinfo()` error code: `gaierror`'s errno.
 * Value: Linux -12, macOS 14; not defined on Windows.
 *
 * @example Tell the resolver's failure apart
 * ```ts
 * import { EAI_OVERFLOW, gaierror, getaddrinfo } from "@berkeley/socket";
 * try {
 *   getaddrinfo("no-such-host.invalid", 80);
 * } catch (e) {
 *   if (e instanceof gaierror && e.errno === EAI_OVERFLOW) console.log(e.strerror);
 * }
 * ```
 */
export const EAI_OVERFLOW: number = c.EAI_OVERFLOW as number;
/**
 * `EAI_NODATA` is a `getaddrinfo()`/`getnameinfo()` error code: `gaierror`'s errno.
 * Value: Linux -5, macOS 7, Windows 11004.
 *
 * @example Tell the resolver's failure apart
 * ```ts
 * import { EAI_NODATA, gaierror, getaddrinfo } from "@berkeley/socket";
 * try {
 *   getaddrinfo("no-such-host.invalid", 80);
 * } catch (e) {
 *   if (e instanceof gaierror && e.errno === EAI_NODATA) console.log(e.strerror);
 * }
 * ```
 */
export const EAI_NODATA: number = c.EAI_NODATA as number;
/**
 * `EAI_ADDRFAMILY` is a `getaddrinfo()`/`getnameinfo()` error code: `gaierror`'s errno.
 * Value: Linux -9, macOS 1; not defined on Windows.
 *
 * @example Tell the resolver's failure apart
 * ```ts
 * import { EAI_ADDRFAMILY, gaierror, getaddrinfo } from "@berkeley/socket";
 * try {
 *   getaddrinfo("no-such-host.invalid", 80);
 * } catch (e) {
 *   if (e instanceof gaierror && e.errno === EAI_ADDRFAMILY) console.log(e.strerror);
 * }
 * ```
 */
export const EAI_ADDRFAMILY: number = c.EAI_ADDRFAMILY as number;
/**
 * `EAI_INPROGRESS` is a `getaddrinfo()`/`getnameinfo()` error code: `gaierror`'s errno.
 * Value: Linux -100; not defined on macOS or Windows.
 *
 * @example Tell the resolver's failure apart
 * ```ts
 * import { EAI_INPROGRESS, gaierror, getaddrinfo } from "@berkeley/socket";
 * try {
 *   getaddrinfo("no-such-host.invalid", 80);
 * } catch (e) {
 *   if (e instanceof gaierror && e.errno === EAI_INPROGRESS) console.log(e.strerror);
 * }
 * ```
 */
export const EAI_INPROGRESS: number = c.EAI_INPROGRESS as number;
/**
 * `EAI_CANCELED` is a `getaddrinfo()`/`getnameinfo()` error code: `gaierror`'s errno.
 * Value: Linux -101; not defined on macOS or Windows.
 *
 * @example Tell the resolver's failure apart
 * ```ts
 * import { EAI_CANCELED, gaierror, getaddrinfo } from "@berkeley/socket";
 * try {
 *   getaddrinfo("no-such-host.invalid", 80);
 * } catch (e) {
 *   if (e instanceof gaierror && e.errno === EAI_CANCELED) console.log(e.strerror);
 * }
 * ```
 */
export const EAI_CANCELED: number = c.EAI_CANCELED as number;
/**
 * `EAI_NOTCANCELED` is a `getaddrinfo()`/`getnameinfo()` error code: `gaierror`'s errno.
 * Value: Linux -102; not defined on macOS or Windows.
 *
 * @example Tell the resolver's failure apart
 * ```ts
 * import { EAI_NOTCANCELED, gaierror, getaddrinfo } from "@berkeley/socket";
 * try {
 *   getaddrinfo("no-such-host.invalid", 80);
 * } catch (e) {
 *   if (e instanceof gaierror && e.errno === EAI_NOTCANCELED) console.log(e.strerror);
 * }
 * ```
 */
export const EAI_NOTCANCELED: number = c.EAI_NOTCANCELED as number;
/**
 * `EAI_ALLDONE` is a `getaddrinfo()`/`getnameinfo()` error code: `gaierror`'s errno.
 * Value: Linux -103; not defined on macOS or Windows.
 *
 * @example Tell the resolver's failure apart
 * ```ts
 * import { EAI_ALLDONE, gaierror, getaddrinfo } from "@berkeley/socket";
 * try {
 *   getaddrinfo("no-such-host.invalid", 80);
 * } catch (e) {
 *   if (e instanceof gaierror && e.errno === EAI_ALLDONE) console.log(e.strerror);
 * }
 * ```
 */
export const EAI_ALLDONE: number = c.EAI_ALLDONE as number;
/**
 * `EAI_INTR` is a `getaddrinfo()`/`getnameinfo()` error code: `gaierror`'s errno.
 * Value: Linux -104; not defined on macOS or Windows.
 *
 * @example Tell the resolver's failure apart
 * ```ts
 * import { EAI_INTR, gaierror, getaddrinfo } from "@berkeley/socket";
 * try {
 *   getaddrinfo("no-such-host.invalid", 80);
 * } catch (e) {
 *   if (e instanceof gaierror && e.errno === EAI_INTR) console.log(e.strerror);
 * }
 * ```
 */
export const EAI_INTR: number = c.EAI_INTR as number;
/**
 * `EAI_IDN_ENCODE` is a `getaddrinfo()`/`getnameinfo()` error code: `gaierror`'s errno.
 * Value: Linux -105; not defined on macOS or Windows.
 *
 * @example Tell the resolver's failure apart
 * ```ts
 * import { EAI_IDN_ENCODE, gaierror, getaddrinfo } from "@berkeley/socket";
 * try {
 *   getaddrinfo("no-such-host.invalid", 80);
 * } catch (e) {
 *   if (e instanceof gaierror && e.errno === EAI_IDN_ENCODE) console.log(e.strerror);
 * }
 * ```
 */
export const EAI_IDN_ENCODE: number = c.EAI_IDN_ENCODE as number;
/**
 * `AI_PASSIVE` is a `getaddrinfo()` flag.
 * Value: Linux 1, macOS 1, Windows 1.
 *
 * @example Resolve with the flag
 * ```ts
 * import { AF_INET, AI_PASSIVE, getaddrinfo, SOCK_STREAM } from "@berkeley/socket";
 * console.log(getaddrinfo("127.0.0.1", 80, AF_INET, SOCK_STREAM, 0, AI_PASSIVE));
 * ```
 */
export const AI_PASSIVE: number = c.AI_PASSIVE as number;
/**
 * `AI_CANONNAME` is a `getaddrinfo()` flag.
 * Value: Linux 2, macOS 2, Windows 2.
 *
 * @example Resolve with the flag
 * ```ts
 * import { AF_INET, AI_CANONNAME, getaddrinfo, SOCK_STREAM } from "@berkeley/socket";
 * console.log(getaddrinfo("127.0.0.1", 80, AF_INET, SOCK_STREAM, 0, AI_CANONNAME));
 * ```
 */
export const AI_CANONNAME: number = c.AI_CANONNAME as number;
/**
 * `AI_NUMERICHOST` is a `getaddrinfo()` flag.
 * Value: Linux 4, macOS 4, Windows 4.
 *
 * @example Resolve with the flag
 * ```ts
 * import { AF_INET, AI_NUMERICHOST, getaddrinfo, SOCK_STREAM } from "@berkeley/socket";
 * console.log(getaddrinfo("127.0.0.1", 80, AF_INET, SOCK_STREAM, 0, AI_NUMERICHOST));
 * ```
 */
export const AI_NUMERICHOST: number = c.AI_NUMERICHOST as number;
/**
 * `AI_V4MAPPED` is a `getaddrinfo()` flag.
 * Value: Linux 8, macOS 2048, Windows 2048.
 *
 * @example Resolve with the flag
 * ```ts
 * import { AF_INET, AI_V4MAPPED, getaddrinfo, SOCK_STREAM } from "@berkeley/socket";
 * console.log(getaddrinfo("127.0.0.1", 80, AF_INET, SOCK_STREAM, 0, AI_V4MAPPED));
 * ```
 */
export const AI_V4MAPPED: number = c.AI_V4MAPPED as number;
/**
 * `AI_ALL` is a `getaddrinfo()` flag.
 * Value: Linux 16, macOS 256, Windows 256.
 *
 * @example Resolve with the flag
 * ```ts
 * import { AF_INET, AI_ALL, getaddrinfo, SOCK_STREAM } from "@berkeley/socket";
 * console.log(getaddrinfo("127.0.0.1", 80, AF_INET, SOCK_STREAM, 0, AI_ALL));
 * ```
 */
export const AI_ALL: number = c.AI_ALL as number;
/**
 * `AI_ADDRCONFIG` is a `getaddrinfo()` flag.
 * Value: Linux 32, macOS 1024, Windows 1024.
 *
 * @example Resolve with the flag
 * ```ts
 * import { AF_INET, AI_ADDRCONFIG, getaddrinfo, SOCK_STREAM } from "@berkeley/socket";
 * console.log(getaddrinfo("127.0.0.1", 80, AF_INET, SOCK_STREAM, 0, AI_ADDRCONFIG));
 * ```
 */
export const AI_ADDRCONFIG: number = c.AI_ADDRCONFIG as number;
/**
 * `AI_IDN` is a `getaddrinfo()` flag.
 * Value: Linux 64; not defined on macOS or Windows.
 *
 * @example Resolve with the flag
 * ```ts
 * import { AF_INET, AI_IDN, getaddrinfo, SOCK_STREAM } from "@berkeley/socket";
 * console.log(getaddrinfo("127.0.0.1", 80, AF_INET, SOCK_STREAM, 0, AI_IDN));
 * ```
 */
export const AI_IDN: number = c.AI_IDN as number;
/**
 * `AI_CANONIDN` is a `getaddrinfo()` flag.
 * Value: Linux 128; not defined on macOS or Windows.
 *
 * @example Resolve with the flag
 * ```ts
 * import { AF_INET, AI_CANONIDN, getaddrinfo, SOCK_STREAM } from "@berkeley/socket";
 * console.log(getaddrinfo("127.0.0.1", 80, AF_INET, SOCK_STREAM, 0, AI_CANONIDN));
 * ```
 */
export const AI_CANONIDN: number = c.AI_CANONIDN as number;
/**
 * `AI_NUMERICSERV` is a `getaddrinfo()` flag.
 * Value: Linux 1024, macOS 4096, Windows 8.
 *
 * @example Resolve with the flag
 * ```ts
 * import { AF_INET, AI_NUMERICSERV, getaddrinfo, SOCK_STREAM } from "@berkeley/socket";
 * console.log(getaddrinfo("127.0.0.1", 80, AF_INET, SOCK_STREAM, 0, AI_NUMERICSERV));
 * ```
 */
export const AI_NUMERICSERV: number = c.AI_NUMERICSERV as number;
/**
 * `NI_MAXHOST` is a socket-related constant from the C headers.
 * Value: Linux 1025, macOS 1025, Windows 1025.
 *
 * @example Read the value
 * ```ts
 * import { NI_MAXHOST } from "@berkeley/socket";
 * console.log(NI_MAXHOST); // undefined on a platform without it
 * ```
 */
export const NI_MAXHOST: number = c.NI_MAXHOST as number;
/**
 * `NI_MAXSERV` is a socket-related constant from the C headers.
 * Value: Linux 32, macOS 32, Windows 32.
 *
 * @example Read the value
 * ```ts
 * import { NI_MAXSERV } from "@berkeley/socket";
 * console.log(NI_MAXSERV); // undefined on a platform without it
 * ```
 */
export const NI_MAXSERV: number = c.NI_MAXSERV as number;
/**
 * `NI_NUMERICHOST` is a `getnameinfo()` flag.
 * Value: Linux 1, macOS 2, Windows 2.
 *
 * @example Look an address up with the flag
 * ```ts
 * import { getnameinfo, NI_NUMERICHOST } from "@berkeley/socket";
 * console.log(getnameinfo(["127.0.0.1", 80], NI_NUMERICHOST));
 * ```
 */
export const NI_NUMERICHOST: number = c.NI_NUMERICHOST as number;
/**
 * `NI_NUMERICSERV` is a `getnameinfo()` flag.
 * Value: Linux 2, macOS 8, Windows 8.
 *
 * @example Look an address up with the flag
 * ```ts
 * import { getnameinfo, NI_NUMERICSERV } from "@berkeley/socket";
 * console.log(getnameinfo(["127.0.0.1", 80], NI_NUMERICSERV));
 * ```
 */
export const NI_NUMERICSERV: number = c.NI_NUMERICSERV as number;
/**
 * `NI_NOFQDN` is a `getnameinfo()` flag.
 * Value: Linux 4, macOS 1, Windows 1.
 *
 * @example Look an address up with the flag
 * ```ts
 * import { getnameinfo, NI_NOFQDN } from "@berkeley/socket";
 * console.log(getnameinfo(["127.0.0.1", 80], NI_NOFQDN));
 * ```
 */
export const NI_NOFQDN: number = c.NI_NOFQDN as number;
/**
 * `NI_NAMEREQD` is a `getnameinfo()` flag.
 * Value: Linux 8, macOS 4, Windows 4.
 *
 * @example Look an address up with the flag
 * ```ts
 * import { getnameinfo, NI_NAMEREQD } from "@berkeley/socket";
 * console.log(getnameinfo(["127.0.0.1", 80], NI_NAMEREQD));
 * ```
 */
export const NI_NAMEREQD: number = c.NI_NAMEREQD as number;
/**
 * `NI_DGRAM` is a `getnameinfo()` flag.
 * Value: Linux 16, macOS 16, Windows 16.
 *
 * @example Look an address up with the flag
 * ```ts
 * import { getnameinfo, NI_DGRAM } from "@berkeley/socket";
 * console.log(getnameinfo(["127.0.0.1", 80], NI_DGRAM));
 * ```
 */
export const NI_DGRAM: number = c.NI_DGRAM as number;
/**
 * `NI_IDN` is a `getnameinfo()` flag.
 * Value: Linux 32; not defined on macOS or Windows.
 *
 * @example Look an address up with the flag
 * ```ts
 * import { getnameinfo, NI_IDN } from "@berkeley/socket";
 * console.log(getnameinfo(["127.0.0.1", 80], NI_IDN));
 * ```
 */
export const NI_IDN: number = c.NI_IDN as number;
/**
 * `TIPC_CLUSTER_SCOPE` is a TIPC scope: an AF_TIPC address's fifth element.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Bind a TIPC service range
 * ```ts
 * import { AF_TIPC, SOCK_RDM, socket, TIPC_ADDR_NAMESEQ, TIPC_CLUSTER_SCOPE } from "@berkeley/socket";
 * const s = socket(AF_TIPC, SOCK_RDM);
 * s.bind([TIPC_ADDR_NAMESEQ, 18888, 17, 17, TIPC_CLUSTER_SCOPE]);
 * s.close();
 * ```
 */
export const TIPC_CLUSTER_SCOPE: number = c.TIPC_CLUSTER_SCOPE as number;
/**
 * `TIPC_NODE_SCOPE` is a TIPC scope: an AF_TIPC address's fifth element.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Bind a TIPC service range
 * ```ts
 * import { AF_TIPC, SOCK_RDM, socket, TIPC_ADDR_NAMESEQ, TIPC_NODE_SCOPE } from "@berkeley/socket";
 * const s = socket(AF_TIPC, SOCK_RDM);
 * s.bind([TIPC_ADDR_NAMESEQ, 18888, 17, 17, TIPC_NODE_SCOPE]);
 * s.close();
 * ```
 */
export const TIPC_NODE_SCOPE: number = c.TIPC_NODE_SCOPE as number;
/**
 * `TIPC_NODE_STATE` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_NODE_STATE } from "@berkeley/socket";
 * console.log(TIPC_NODE_STATE); // undefined on a platform without it
 * ```
 */
export const TIPC_NODE_STATE: number = c.TIPC_NODE_STATE as number;
/**
 * `TIPC_TOP_SRV` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_TOP_SRV } from "@berkeley/socket";
 * console.log(TIPC_TOP_SRV); // undefined on a platform without it
 * ```
 */
export const TIPC_TOP_SRV: number = c.TIPC_TOP_SRV as number;
/**
 * `TIPC_LINK_STATE` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_LINK_STATE } from "@berkeley/socket";
 * console.log(TIPC_LINK_STATE); // undefined on a platform without it
 * ```
 */
export const TIPC_LINK_STATE: number = c.TIPC_LINK_STATE as number;
/**
 * `TIPC_RESERVED_TYPES` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 64; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_RESERVED_TYPES } from "@berkeley/socket";
 * console.log(TIPC_RESERVED_TYPES); // undefined on a platform without it
 * ```
 */
export const TIPC_RESERVED_TYPES: number = c.TIPC_RESERVED_TYPES as number;
/**
 * `TIPC_MAX_USER_MSG_SIZE` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 66000; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_MAX_USER_MSG_SIZE } from "@berkeley/socket";
 * console.log(TIPC_MAX_USER_MSG_SIZE); // undefined on a platform without it
 * ```
 */
export const TIPC_MAX_USER_MSG_SIZE: number = c
  .TIPC_MAX_USER_MSG_SIZE as number;
/**
 * `TIPC_LOW_IMPORTANCE` is a value of the TIPC_IMPORTANCE option.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Set a socket's message importance
 * ```ts
 * import { AF_TIPC, SOCK_RDM, socket, SOL_TIPC, TIPC_IMPORTANCE, TIPC_LOW_IMPORTANCE } from "@berkeley/socket";
 * const s = socket(AF_TIPC, SOCK_RDM);
 * s.setsockopt(SOL_TIPC, TIPC_IMPORTANCE, TIPC_LOW_IMPORTANCE);
 * s.close();
 * ```
 */
export const TIPC_LOW_IMPORTANCE: number = c.TIPC_LOW_IMPORTANCE as number;
/**
 * `TIPC_MEDIUM_IMPORTANCE` is a value of the TIPC_IMPORTANCE option.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Set a socket's message importance
 * ```ts
 * import { AF_TIPC, SOCK_RDM, socket, SOL_TIPC, TIPC_IMPORTANCE, TIPC_MEDIUM_IMPORTANCE } from "@berkeley/socket";
 * const s = socket(AF_TIPC, SOCK_RDM);
 * s.setsockopt(SOL_TIPC, TIPC_IMPORTANCE, TIPC_MEDIUM_IMPORTANCE);
 * s.close();
 * ```
 */
export const TIPC_MEDIUM_IMPORTANCE: number = c
  .TIPC_MEDIUM_IMPORTANCE as number;
/**
 * `TIPC_HIGH_IMPORTANCE` is a value of the TIPC_IMPORTANCE option.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Set a socket's message importance
 * ```ts
 * import { AF_TIPC, SOCK_RDM, socket, SOL_TIPC, TIPC_HIGH_IMPORTANCE, TIPC_IMPORTANCE } from "@berkeley/socket";
 * const s = socket(AF_TIPC, SOCK_RDM);
 * s.setsockopt(SOL_TIPC, TIPC_IMPORTANCE, TIPC_HIGH_IMPORTANCE);
 * s.close();
 * ```
 */
export const TIPC_HIGH_IMPORTANCE: number = c.TIPC_HIGH_IMPORTANCE as number;
/**
 * `TIPC_CRITICAL_IMPORTANCE` is a value of the TIPC_IMPORTANCE option.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Set a socket's message importance
 * ```ts
 * import { AF_TIPC, SOCK_RDM, socket, SOL_TIPC, TIPC_CRITICAL_IMPORTANCE, TIPC_IMPORTANCE } from "@berkeley/socket";
 * const s = socket(AF_TIPC, SOCK_RDM);
 * s.setsockopt(SOL_TIPC, TIPC_IMPORTANCE, TIPC_CRITICAL_IMPORTANCE);
 * s.close();
 * ```
 */
export const TIPC_CRITICAL_IMPORTANCE: number = c
  .TIPC_CRITICAL_IMPORTANCE as number;
/**
 * `TIPC_OK` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_OK } from "@berkeley/socket";
 * console.log(TIPC_OK); // undefined on a platform without it
 * ```
 */
export const TIPC_OK: number = c.TIPC_OK as number;
/**
 * `TIPC_ERR_NO_NAME` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_ERR_NO_NAME } from "@berkeley/socket";
 * console.log(TIPC_ERR_NO_NAME); // undefined on a platform without it
 * ```
 */
export const TIPC_ERR_NO_NAME: number = c.TIPC_ERR_NO_NAME as number;
/**
 * `TIPC_ERR_NO_PORT` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_ERR_NO_PORT } from "@berkeley/socket";
 * console.log(TIPC_ERR_NO_PORT); // undefined on a platform without it
 * ```
 */
export const TIPC_ERR_NO_PORT: number = c.TIPC_ERR_NO_PORT as number;
/**
 * `TIPC_ERR_NO_NODE` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_ERR_NO_NODE } from "@berkeley/socket";
 * console.log(TIPC_ERR_NO_NODE); // undefined on a platform without it
 * ```
 */
export const TIPC_ERR_NO_NODE: number = c.TIPC_ERR_NO_NODE as number;
/**
 * `TIPC_ERR_OVERLOAD` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_ERR_OVERLOAD } from "@berkeley/socket";
 * console.log(TIPC_ERR_OVERLOAD); // undefined on a platform without it
 * ```
 */
export const TIPC_ERR_OVERLOAD: number = c.TIPC_ERR_OVERLOAD as number;
/**
 * `TIPC_CONN_SHUTDOWN` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 5; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_CONN_SHUTDOWN } from "@berkeley/socket";
 * console.log(TIPC_CONN_SHUTDOWN); // undefined on a platform without it
 * ```
 */
export const TIPC_CONN_SHUTDOWN: number = c.TIPC_CONN_SHUTDOWN as number;
/**
 * `TIPC_SUB_PORTS` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_SUB_PORTS } from "@berkeley/socket";
 * console.log(TIPC_SUB_PORTS); // undefined on a platform without it
 * ```
 */
export const TIPC_SUB_PORTS: number = c.TIPC_SUB_PORTS as number;
/**
 * `TIPC_SUB_SERVICE` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_SUB_SERVICE } from "@berkeley/socket";
 * console.log(TIPC_SUB_SERVICE); // undefined on a platform without it
 * ```
 */
export const TIPC_SUB_SERVICE: number = c.TIPC_SUB_SERVICE as number;
/**
 * `TIPC_SUB_CANCEL` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_SUB_CANCEL } from "@berkeley/socket";
 * console.log(TIPC_SUB_CANCEL); // undefined on a platform without it
 * ```
 */
export const TIPC_SUB_CANCEL: number = c.TIPC_SUB_CANCEL as number;
/**
 * `TIPC_WAIT_FOREVER` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux -1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_WAIT_FOREVER } from "@berkeley/socket";
 * console.log(TIPC_WAIT_FOREVER); // undefined on a platform without it
 * ```
 */
export const TIPC_WAIT_FOREVER: number = c.TIPC_WAIT_FOREVER as number;
/**
 * `TIPC_PUBLISHED` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_PUBLISHED } from "@berkeley/socket";
 * console.log(TIPC_PUBLISHED); // undefined on a platform without it
 * ```
 */
export const TIPC_PUBLISHED: number = c.TIPC_PUBLISHED as number;
/**
 * `TIPC_WITHDRAWN` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_WITHDRAWN } from "@berkeley/socket";
 * console.log(TIPC_WITHDRAWN); // undefined on a platform without it
 * ```
 */
export const TIPC_WITHDRAWN: number = c.TIPC_WITHDRAWN as number;
/**
 * `TIPC_SUBSCR_TIMEOUT` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_SUBSCR_TIMEOUT } from "@berkeley/socket";
 * console.log(TIPC_SUBSCR_TIMEOUT); // undefined on a platform without it
 * ```
 */
export const TIPC_SUBSCR_TIMEOUT: number = c.TIPC_SUBSCR_TIMEOUT as number;
/**
 * `TIPC_ADDR_MCAST` is a TIPC address type: an AF_TIPC address's first element.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Send to a TIPC service
 * ```ts
 * import { AF_TIPC, SOCK_RDM, socket, TIPC_ADDR_MCAST } from "@berkeley/socket";
 * const s = socket(AF_TIPC, SOCK_RDM);
 * s.sendto("ping", [TIPC_ADDR_MCAST, 18888, 17, 0]); // [addr_type, v1, v2, v3]
 * s.close();
 * ```
 */
export const TIPC_ADDR_MCAST: number = c.TIPC_ADDR_MCAST as number;
/**
 * `TIPC_SERVICE_RANGE` is a TIPC address type: an AF_TIPC address's first element.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Send to a TIPC service
 * ```ts
 * import { AF_TIPC, SOCK_RDM, socket, TIPC_SERVICE_RANGE } from "@berkeley/socket";
 * const s = socket(AF_TIPC, SOCK_RDM);
 * s.sendto("ping", [TIPC_SERVICE_RANGE, 18888, 17, 0]); // [addr_type, v1, v2, v3]
 * s.close();
 * ```
 */
export const TIPC_SERVICE_RANGE: number = c.TIPC_SERVICE_RANGE as number;
/**
 * `TIPC_SERVICE_ADDR` is a TIPC address type: an AF_TIPC address's first element.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Send to a TIPC service
 * ```ts
 * import { AF_TIPC, SOCK_RDM, socket, TIPC_SERVICE_ADDR } from "@berkeley/socket";
 * const s = socket(AF_TIPC, SOCK_RDM);
 * s.sendto("ping", [TIPC_SERVICE_ADDR, 18888, 17, 0]); // [addr_type, v1, v2, v3]
 * s.close();
 * ```
 */
export const TIPC_SERVICE_ADDR: number = c.TIPC_SERVICE_ADDR as number;
/**
 * `TIPC_SOCKET_ADDR` is a TIPC address type: an AF_TIPC address's first element.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Send to a TIPC service
 * ```ts
 * import { AF_TIPC, SOCK_RDM, socket, TIPC_SOCKET_ADDR } from "@berkeley/socket";
 * const s = socket(AF_TIPC, SOCK_RDM);
 * s.sendto("ping", [TIPC_SOCKET_ADDR, 18888, 17, 0]); // [addr_type, v1, v2, v3]
 * s.close();
 * ```
 */
export const TIPC_SOCKET_ADDR: number = c.TIPC_SOCKET_ADDR as number;
/**
 * `TIPC_ERRINFO` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_ERRINFO } from "@berkeley/socket";
 * console.log(TIPC_ERRINFO); // undefined on a platform without it
 * ```
 */
export const TIPC_ERRINFO: number = c.TIPC_ERRINFO as number;
/**
 * `TIPC_RETDATA` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_RETDATA } from "@berkeley/socket";
 * console.log(TIPC_RETDATA); // undefined on a platform without it
 * ```
 */
export const TIPC_RETDATA: number = c.TIPC_RETDATA as number;
/**
 * `TIPC_DESTNAME` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_DESTNAME } from "@berkeley/socket";
 * console.log(TIPC_DESTNAME); // undefined on a platform without it
 * ```
 */
export const TIPC_DESTNAME: number = c.TIPC_DESTNAME as number;
/**
 * `TIPC_IMPORTANCE` is a TIPC option at level `SOL_TIPC`.
 * Value: Linux 127; not defined on macOS or Windows.
 *
 * @example Read the option
 * ```ts
 * import { AF_TIPC, SOCK_RDM, socket, SOL_TIPC, TIPC_IMPORTANCE } from "@berkeley/socket";
 * const s = socket(AF_TIPC, SOCK_RDM);
 * console.log(s.getsockopt(SOL_TIPC, TIPC_IMPORTANCE));
 * s.close();
 * ```
 */
export const TIPC_IMPORTANCE: number = c.TIPC_IMPORTANCE as number;
/**
 * `TIPC_SRC_DROPPABLE` is a TIPC option at level `SOL_TIPC`.
 * Value: Linux 128; not defined on macOS or Windows.
 *
 * @example Read the option
 * ```ts
 * import { AF_TIPC, SOCK_RDM, socket, SOL_TIPC, TIPC_SRC_DROPPABLE } from "@berkeley/socket";
 * const s = socket(AF_TIPC, SOCK_RDM);
 * console.log(s.getsockopt(SOL_TIPC, TIPC_SRC_DROPPABLE));
 * s.close();
 * ```
 */
export const TIPC_SRC_DROPPABLE: number = c.TIPC_SRC_DROPPABLE as number;
/**
 * `TIPC_DEST_DROPPABLE` is a TIPC option at level `SOL_TIPC`.
 * Value: Linux 129; not defined on macOS or Windows.
 *
 * @example Read the option
 * ```ts
 * import { AF_TIPC, SOCK_RDM, socket, SOL_TIPC, TIPC_DEST_DROPPABLE } from "@berkeley/socket";
 * const s = socket(AF_TIPC, SOCK_RDM);
 * console.log(s.getsockopt(SOL_TIPC, TIPC_DEST_DROPPABLE));
 * s.close();
 * ```
 */
export const TIPC_DEST_DROPPABLE: number = c.TIPC_DEST_DROPPABLE as number;
/**
 * `TIPC_CONN_TIMEOUT` is a TIPC option at level `SOL_TIPC`.
 * Value: Linux 130; not defined on macOS or Windows.
 *
 * @example Read the option
 * ```ts
 * import { AF_TIPC, SOCK_RDM, socket, SOL_TIPC, TIPC_CONN_TIMEOUT } from "@berkeley/socket";
 * const s = socket(AF_TIPC, SOCK_RDM);
 * console.log(s.getsockopt(SOL_TIPC, TIPC_CONN_TIMEOUT));
 * s.close();
 * ```
 */
export const TIPC_CONN_TIMEOUT: number = c.TIPC_CONN_TIMEOUT as number;
/**
 * `TIPC_NODE_RECVQ_DEPTH` is a TIPC option at level `SOL_TIPC`.
 * Value: Linux 131; not defined on macOS or Windows.
 *
 * @example Read the option
 * ```ts
 * import { AF_TIPC, SOCK_RDM, socket, SOL_TIPC, TIPC_NODE_RECVQ_DEPTH } from "@berkeley/socket";
 * const s = socket(AF_TIPC, SOCK_RDM);
 * console.log(s.getsockopt(SOL_TIPC, TIPC_NODE_RECVQ_DEPTH));
 * s.close();
 * ```
 */
export const TIPC_NODE_RECVQ_DEPTH: number = c.TIPC_NODE_RECVQ_DEPTH as number;
/**
 * `TIPC_SOCK_RECVQ_DEPTH` is a TIPC option at level `SOL_TIPC`.
 * Value: Linux 132; not defined on macOS or Windows.
 *
 * @example Read the option
 * ```ts
 * import { AF_TIPC, SOCK_RDM, socket, SOL_TIPC, TIPC_SOCK_RECVQ_DEPTH } from "@berkeley/socket";
 * const s = socket(AF_TIPC, SOCK_RDM);
 * console.log(s.getsockopt(SOL_TIPC, TIPC_SOCK_RECVQ_DEPTH));
 * s.close();
 * ```
 */
export const TIPC_SOCK_RECVQ_DEPTH: number = c.TIPC_SOCK_RECVQ_DEPTH as number;
/**
 * `TIPC_MCAST_BROADCAST` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 133; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_MCAST_BROADCAST } from "@berkeley/socket";
 * console.log(TIPC_MCAST_BROADCAST); // undefined on a platform without it
 * ```
 */
export const TIPC_MCAST_BROADCAST: number = c.TIPC_MCAST_BROADCAST as number;
/**
 * `TIPC_MCAST_REPLICAST` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 134; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_MCAST_REPLICAST } from "@berkeley/socket";
 * console.log(TIPC_MCAST_REPLICAST); // undefined on a platform without it
 * ```
 */
export const TIPC_MCAST_REPLICAST: number = c.TIPC_MCAST_REPLICAST as number;
/**
 * `TIPC_GROUP_JOIN` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 135; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_GROUP_JOIN } from "@berkeley/socket";
 * console.log(TIPC_GROUP_JOIN); // undefined on a platform without it
 * ```
 */
export const TIPC_GROUP_JOIN: number = c.TIPC_GROUP_JOIN as number;
/**
 * `TIPC_GROUP_LEAVE` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 136; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_GROUP_LEAVE } from "@berkeley/socket";
 * console.log(TIPC_GROUP_LEAVE); // undefined on a platform without it
 * ```
 */
export const TIPC_GROUP_LEAVE: number = c.TIPC_GROUP_LEAVE as number;
/**
 * `TIPC_SOCK_RECVQ_USED` is a TIPC option at level `SOL_TIPC`.
 * Value: Linux 137; not defined on macOS or Windows.
 *
 * @example Read the option
 * ```ts
 * import { AF_TIPC, SOCK_RDM, socket, SOL_TIPC, TIPC_SOCK_RECVQ_USED } from "@berkeley/socket";
 * const s = socket(AF_TIPC, SOCK_RDM);
 * console.log(s.getsockopt(SOL_TIPC, TIPC_SOCK_RECVQ_USED));
 * s.close();
 * ```
 */
export const TIPC_SOCK_RECVQ_USED: number = c.TIPC_SOCK_RECVQ_USED as number;
/**
 * `TIPC_NODELAY` is a TIPC option at level `SOL_TIPC`.
 * Value: Linux 138; not defined on macOS or Windows.
 *
 * @example Read the option
 * ```ts
 * import { AF_TIPC, SOCK_RDM, socket, SOL_TIPC, TIPC_NODELAY } from "@berkeley/socket";
 * const s = socket(AF_TIPC, SOCK_RDM);
 * console.log(s.getsockopt(SOL_TIPC, TIPC_NODELAY));
 * s.close();
 * ```
 */
export const TIPC_NODELAY: number = c.TIPC_NODELAY as number;
/**
 * `TIPC_GROUP_LOOPBACK` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_GROUP_LOOPBACK } from "@berkeley/socket";
 * console.log(TIPC_GROUP_LOOPBACK); // undefined on a platform without it
 * ```
 */
export const TIPC_GROUP_LOOPBACK: number = c.TIPC_GROUP_LOOPBACK as number;
/**
 * `TIPC_GROUP_MEMBER_EVTS` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_GROUP_MEMBER_EVTS } from "@berkeley/socket";
 * console.log(TIPC_GROUP_MEMBER_EVTS); // undefined on a platform without it
 * ```
 */
export const TIPC_GROUP_MEMBER_EVTS: number = c
  .TIPC_GROUP_MEMBER_EVTS as number;
/**
 * `TIPC_NODEID_LEN` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 16; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_NODEID_LEN } from "@berkeley/socket";
 * console.log(TIPC_NODEID_LEN); // undefined on a platform without it
 * ```
 */
export const TIPC_NODEID_LEN: number = c.TIPC_NODEID_LEN as number;
/**
 * `TIPC_MAX_MEDIA_NAME` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 16; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_MAX_MEDIA_NAME } from "@berkeley/socket";
 * console.log(TIPC_MAX_MEDIA_NAME); // undefined on a platform without it
 * ```
 */
export const TIPC_MAX_MEDIA_NAME: number = c.TIPC_MAX_MEDIA_NAME as number;
/**
 * `TIPC_MAX_IF_NAME` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 16; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_MAX_IF_NAME } from "@berkeley/socket";
 * console.log(TIPC_MAX_IF_NAME); // undefined on a platform without it
 * ```
 */
export const TIPC_MAX_IF_NAME: number = c.TIPC_MAX_IF_NAME as number;
/**
 * `TIPC_MAX_BEARER_NAME` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 32; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_MAX_BEARER_NAME } from "@berkeley/socket";
 * console.log(TIPC_MAX_BEARER_NAME); // undefined on a platform without it
 * ```
 */
export const TIPC_MAX_BEARER_NAME: number = c.TIPC_MAX_BEARER_NAME as number;
/**
 * `TIPC_MAX_LINK_NAME` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 68; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_MAX_LINK_NAME } from "@berkeley/socket";
 * console.log(TIPC_MAX_LINK_NAME); // undefined on a platform without it
 * ```
 */
export const TIPC_MAX_LINK_NAME: number = c.TIPC_MAX_LINK_NAME as number;
/**
 * `TIPC_AEAD_ALG_NAME` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 32; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_AEAD_ALG_NAME } from "@berkeley/socket";
 * console.log(TIPC_AEAD_ALG_NAME); // undefined on a platform without it
 * ```
 */
export const TIPC_AEAD_ALG_NAME: number = c.TIPC_AEAD_ALG_NAME as number;
/**
 * `TIPC_AEAD_KEYLEN_MIN` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 20; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_AEAD_KEYLEN_MIN } from "@berkeley/socket";
 * console.log(TIPC_AEAD_KEYLEN_MIN); // undefined on a platform without it
 * ```
 */
export const TIPC_AEAD_KEYLEN_MIN: number = c.TIPC_AEAD_KEYLEN_MIN as number;
/**
 * `TIPC_AEAD_KEYLEN_MAX` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 36; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_AEAD_KEYLEN_MAX } from "@berkeley/socket";
 * console.log(TIPC_AEAD_KEYLEN_MAX); // undefined on a platform without it
 * ```
 */
export const TIPC_AEAD_KEYLEN_MAX: number = c.TIPC_AEAD_KEYLEN_MAX as number;
/**
 * `TIPC_AEAD_KEY_SIZE_MAX` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 72; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_AEAD_KEY_SIZE_MAX } from "@berkeley/socket";
 * console.log(TIPC_AEAD_KEY_SIZE_MAX); // undefined on a platform without it
 * ```
 */
export const TIPC_AEAD_KEY_SIZE_MAX: number = c
  .TIPC_AEAD_KEY_SIZE_MAX as number;
/**
 * `TIPC_REKEYING_NOW` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 4294967295; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_REKEYING_NOW } from "@berkeley/socket";
 * console.log(TIPC_REKEYING_NOW); // undefined on a platform without it
 * ```
 */
export const TIPC_REKEYING_NOW: number = c.TIPC_REKEYING_NOW as number;
/**
 * `TIPC_CFG_SRV` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_CFG_SRV } from "@berkeley/socket";
 * console.log(TIPC_CFG_SRV); // undefined on a platform without it
 * ```
 */
export const TIPC_CFG_SRV: number = c.TIPC_CFG_SRV as number;
/**
 * `TIPC_ZONE_SCOPE` is a TIPC scope: an AF_TIPC address's fifth element.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Bind a TIPC service range
 * ```ts
 * import { AF_TIPC, SOCK_RDM, socket, TIPC_ADDR_NAMESEQ, TIPC_ZONE_SCOPE } from "@berkeley/socket";
 * const s = socket(AF_TIPC, SOCK_RDM);
 * s.bind([TIPC_ADDR_NAMESEQ, 18888, 17, 17, TIPC_ZONE_SCOPE]);
 * s.close();
 * ```
 */
export const TIPC_ZONE_SCOPE: number = c.TIPC_ZONE_SCOPE as number;
/**
 * `TIPC_ADDR_NAMESEQ` is a TIPC address type: an AF_TIPC address's first element.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Send to a TIPC service
 * ```ts
 * import { AF_TIPC, SOCK_RDM, socket, TIPC_ADDR_NAMESEQ } from "@berkeley/socket";
 * const s = socket(AF_TIPC, SOCK_RDM);
 * s.sendto("ping", [TIPC_ADDR_NAMESEQ, 18888, 17, 0]); // [addr_type, v1, v2, v3]
 * s.close();
 * ```
 */
export const TIPC_ADDR_NAMESEQ: number = c.TIPC_ADDR_NAMESEQ as number;
/**
 * `TIPC_ADDR_NAME` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_ADDR_NAME } from "@berkeley/socket";
 * console.log(TIPC_ADDR_NAME); // undefined on a platform without it
 * ```
 */
export const TIPC_ADDR_NAME: number = c.TIPC_ADDR_NAME as number;
/**
 * `TIPC_ADDR_ID` is a TIPC address type: an AF_TIPC address's first element.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Send to a TIPC service
 * ```ts
 * import { AF_TIPC, SOCK_RDM, socket, TIPC_ADDR_ID } from "@berkeley/socket";
 * const s = socket(AF_TIPC, SOCK_RDM);
 * s.sendto("ping", [TIPC_ADDR_ID, 18888, 17, 0]); // [addr_type, v1, v2, v3]
 * s.close();
 * ```
 */
export const TIPC_ADDR_ID: number = c.TIPC_ADDR_ID as number;
/**
 * `TIPC_NODE_BITS` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 12; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_NODE_BITS } from "@berkeley/socket";
 * console.log(TIPC_NODE_BITS); // undefined on a platform without it
 * ```
 */
export const TIPC_NODE_BITS: number = c.TIPC_NODE_BITS as number;
/**
 * `TIPC_CLUSTER_BITS` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 12; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_CLUSTER_BITS } from "@berkeley/socket";
 * console.log(TIPC_CLUSTER_BITS); // undefined on a platform without it
 * ```
 */
export const TIPC_CLUSTER_BITS: number = c.TIPC_CLUSTER_BITS as number;
/**
 * `TIPC_ZONE_BITS` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_ZONE_BITS } from "@berkeley/socket";
 * console.log(TIPC_ZONE_BITS); // undefined on a platform without it
 * ```
 */
export const TIPC_ZONE_BITS: number = c.TIPC_ZONE_BITS as number;
/**
 * `TIPC_NODE_OFFSET` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_NODE_OFFSET } from "@berkeley/socket";
 * console.log(TIPC_NODE_OFFSET); // undefined on a platform without it
 * ```
 */
export const TIPC_NODE_OFFSET: number = c.TIPC_NODE_OFFSET as number;
/**
 * `TIPC_CLUSTER_OFFSET` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 12; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_CLUSTER_OFFSET } from "@berkeley/socket";
 * console.log(TIPC_CLUSTER_OFFSET); // undefined on a platform without it
 * ```
 */
export const TIPC_CLUSTER_OFFSET: number = c.TIPC_CLUSTER_OFFSET as number;
/**
 * `TIPC_ZONE_OFFSET` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 24; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_ZONE_OFFSET } from "@berkeley/socket";
 * console.log(TIPC_ZONE_OFFSET); // undefined on a platform without it
 * ```
 */
export const TIPC_ZONE_OFFSET: number = c.TIPC_ZONE_OFFSET as number;
/**
 * `TIPC_NODE_SIZE` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 4095; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_NODE_SIZE } from "@berkeley/socket";
 * console.log(TIPC_NODE_SIZE); // undefined on a platform without it
 * ```
 */
export const TIPC_NODE_SIZE: number = c.TIPC_NODE_SIZE as number;
/**
 * `TIPC_CLUSTER_SIZE` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 4095; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_CLUSTER_SIZE } from "@berkeley/socket";
 * console.log(TIPC_CLUSTER_SIZE); // undefined on a platform without it
 * ```
 */
export const TIPC_CLUSTER_SIZE: number = c.TIPC_CLUSTER_SIZE as number;
/**
 * `TIPC_ZONE_SIZE` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 255; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_ZONE_SIZE } from "@berkeley/socket";
 * console.log(TIPC_ZONE_SIZE); // undefined on a platform without it
 * ```
 */
export const TIPC_ZONE_SIZE: number = c.TIPC_ZONE_SIZE as number;
/**
 * `TIPC_NODE_MASK` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 4095; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_NODE_MASK } from "@berkeley/socket";
 * console.log(TIPC_NODE_MASK); // undefined on a platform without it
 * ```
 */
export const TIPC_NODE_MASK: number = c.TIPC_NODE_MASK as number;
/**
 * `TIPC_CLUSTER_MASK` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 16773120; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_CLUSTER_MASK } from "@berkeley/socket";
 * console.log(TIPC_CLUSTER_MASK); // undefined on a platform without it
 * ```
 */
export const TIPC_CLUSTER_MASK: number = c.TIPC_CLUSTER_MASK as number;
/**
 * `TIPC_ZONE_MASK` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 4278190080; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_ZONE_MASK } from "@berkeley/socket";
 * console.log(TIPC_ZONE_MASK); // undefined on a platform without it
 * ```
 */
export const TIPC_ZONE_MASK: number = c.TIPC_ZONE_MASK as number;
/**
 * `TIPC_ZONE_CLUSTER_MASK` is a TIPC constant (linux/tipc.h): service types, events, limits, options.
 * Value: Linux 4294963200; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { TIPC_ZONE_CLUSTER_MASK } from "@berkeley/socket";
 * console.log(TIPC_ZONE_CLUSTER_MASK); // undefined on a platform without it
 * ```
 */
export const TIPC_ZONE_CLUSTER_MASK: number = c
  .TIPC_ZONE_CLUSTER_MASK as number;
/**
 * `CAN_EFF_FLAG` is a socket-related constant from the C headers.
 * Value: Linux 2147483648; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_EFF_FLAG } from "@berkeley/socket";
 * console.log(CAN_EFF_FLAG); // undefined on a platform without it
 * ```
 */
export const CAN_EFF_FLAG: number = c.CAN_EFF_FLAG as number;
/**
 * `CAN_RTR_FLAG` is a socket-related constant from the C headers.
 * Value: Linux 1073741824; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_RTR_FLAG } from "@berkeley/socket";
 * console.log(CAN_RTR_FLAG); // undefined on a platform without it
 * ```
 */
export const CAN_RTR_FLAG: number = c.CAN_RTR_FLAG as number;
/**
 * `CAN_ERR_FLAG` is a socket-related constant from the C headers.
 * Value: Linux 536870912; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ERR_FLAG } from "@berkeley/socket";
 * console.log(CAN_ERR_FLAG); // undefined on a platform without it
 * ```
 */
export const CAN_ERR_FLAG: number = c.CAN_ERR_FLAG as number;
/**
 * `CAN_SFF_MASK` is a socket-related constant from the C headers.
 * Value: Linux 2047; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_SFF_MASK } from "@berkeley/socket";
 * console.log(CAN_SFF_MASK); // undefined on a platform without it
 * ```
 */
export const CAN_SFF_MASK: number = c.CAN_SFF_MASK as number;
/**
 * `CAN_EFF_MASK` is a socket-related constant from the C headers.
 * Value: Linux 536870911; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_EFF_MASK } from "@berkeley/socket";
 * console.log(CAN_EFF_MASK); // undefined on a platform without it
 * ```
 */
export const CAN_EFF_MASK: number = c.CAN_EFF_MASK as number;
/**
 * `CAN_ERR_MASK` is a socket-related constant from the C headers.
 * Value: Linux 536870911; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ERR_MASK } from "@berkeley/socket";
 * console.log(CAN_ERR_MASK); // undefined on a platform without it
 * ```
 */
export const CAN_ERR_MASK: number = c.CAN_ERR_MASK as number;
/**
 * `CANXL_PRIO_MASK` is a socket-related constant from the C headers.
 * Value: Linux 2047; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CANXL_PRIO_MASK } from "@berkeley/socket";
 * console.log(CANXL_PRIO_MASK); // undefined on a platform without it
 * ```
 */
export const CANXL_PRIO_MASK: number = c.CANXL_PRIO_MASK as number;
/**
 * `CAN_SFF_ID_BITS` is a socket-related constant from the C headers.
 * Value: Linux 11; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_SFF_ID_BITS } from "@berkeley/socket";
 * console.log(CAN_SFF_ID_BITS); // undefined on a platform without it
 * ```
 */
export const CAN_SFF_ID_BITS: number = c.CAN_SFF_ID_BITS as number;
/**
 * `CAN_EFF_ID_BITS` is a socket-related constant from the C headers.
 * Value: Linux 29; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_EFF_ID_BITS } from "@berkeley/socket";
 * console.log(CAN_EFF_ID_BITS); // undefined on a platform without it
 * ```
 */
export const CAN_EFF_ID_BITS: number = c.CAN_EFF_ID_BITS as number;
/**
 * `CANXL_PRIO_BITS` is a socket-related constant from the C headers.
 * Value: Linux 11; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CANXL_PRIO_BITS } from "@berkeley/socket";
 * console.log(CANXL_PRIO_BITS); // undefined on a platform without it
 * ```
 */
export const CANXL_PRIO_BITS: number = c.CANXL_PRIO_BITS as number;
/**
 * `CAN_MAX_DLC` is a socket-related constant from the C headers.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_MAX_DLC } from "@berkeley/socket";
 * console.log(CAN_MAX_DLC); // undefined on a platform without it
 * ```
 */
export const CAN_MAX_DLC: number = c.CAN_MAX_DLC as number;
/**
 * `CAN_MAX_RAW_DLC` is a socket-related constant from the C headers.
 * Value: Linux 15; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_MAX_RAW_DLC } from "@berkeley/socket";
 * console.log(CAN_MAX_RAW_DLC); // undefined on a platform without it
 * ```
 */
export const CAN_MAX_RAW_DLC: number = c.CAN_MAX_RAW_DLC as number;
/**
 * `CAN_MAX_DLEN` is a socket-related constant from the C headers.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_MAX_DLEN } from "@berkeley/socket";
 * console.log(CAN_MAX_DLEN); // undefined on a platform without it
 * ```
 */
export const CAN_MAX_DLEN: number = c.CAN_MAX_DLEN as number;
/**
 * `CANFD_MAX_DLC` is a socket-related constant from the C headers.
 * Value: Linux 15; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CANFD_MAX_DLC } from "@berkeley/socket";
 * console.log(CANFD_MAX_DLC); // undefined on a platform without it
 * ```
 */
export const CANFD_MAX_DLC: number = c.CANFD_MAX_DLC as number;
/**
 * `CANFD_MAX_DLEN` is a socket-related constant from the C headers.
 * Value: Linux 64; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CANFD_MAX_DLEN } from "@berkeley/socket";
 * console.log(CANFD_MAX_DLEN); // undefined on a platform without it
 * ```
 */
export const CANFD_MAX_DLEN: number = c.CANFD_MAX_DLEN as number;
/**
 * `CANXL_MIN_DLC` is a socket-related constant from the C headers.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CANXL_MIN_DLC } from "@berkeley/socket";
 * console.log(CANXL_MIN_DLC); // undefined on a platform without it
 * ```
 */
export const CANXL_MIN_DLC: number = c.CANXL_MIN_DLC as number;
/**
 * `CANXL_MAX_DLC` is a socket-related constant from the C headers.
 * Value: Linux 2047; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CANXL_MAX_DLC } from "@berkeley/socket";
 * console.log(CANXL_MAX_DLC); // undefined on a platform without it
 * ```
 */
export const CANXL_MAX_DLC: number = c.CANXL_MAX_DLC as number;
/**
 * `CANXL_MAX_DLC_MASK` is a socket-related constant from the C headers.
 * Value: Linux 2047; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CANXL_MAX_DLC_MASK } from "@berkeley/socket";
 * console.log(CANXL_MAX_DLC_MASK); // undefined on a platform without it
 * ```
 */
export const CANXL_MAX_DLC_MASK: number = c.CANXL_MAX_DLC_MASK as number;
/**
 * `CANXL_MIN_DLEN` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CANXL_MIN_DLEN } from "@berkeley/socket";
 * console.log(CANXL_MIN_DLEN); // undefined on a platform without it
 * ```
 */
export const CANXL_MIN_DLEN: number = c.CANXL_MIN_DLEN as number;
/**
 * `CANXL_MAX_DLEN` is a socket-related constant from the C headers.
 * Value: Linux 2048; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CANXL_MAX_DLEN } from "@berkeley/socket";
 * console.log(CANXL_MAX_DLEN); // undefined on a platform without it
 * ```
 */
export const CANXL_MAX_DLEN: number = c.CANXL_MAX_DLEN as number;
/**
 * `CANFD_BRS` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CANFD_BRS } from "@berkeley/socket";
 * console.log(CANFD_BRS); // undefined on a platform without it
 * ```
 */
export const CANFD_BRS: number = c.CANFD_BRS as number;
/**
 * `CANFD_ESI` is a socket-related constant from the C headers.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CANFD_ESI } from "@berkeley/socket";
 * console.log(CANFD_ESI); // undefined on a platform without it
 * ```
 */
export const CANFD_ESI: number = c.CANFD_ESI as number;
/**
 * `CANFD_FDF` is a socket-related constant from the C headers.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CANFD_FDF } from "@berkeley/socket";
 * console.log(CANFD_FDF); // undefined on a platform without it
 * ```
 */
export const CANFD_FDF: number = c.CANFD_FDF as number;
/**
 * `CANXL_XLF` is a socket-related constant from the C headers.
 * Value: Linux 128; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CANXL_XLF } from "@berkeley/socket";
 * console.log(CANXL_XLF); // undefined on a platform without it
 * ```
 */
export const CANXL_XLF: number = c.CANXL_XLF as number;
/**
 * `CANXL_SEC` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CANXL_SEC } from "@berkeley/socket";
 * console.log(CANXL_SEC); // undefined on a platform without it
 * ```
 */
export const CANXL_SEC: number = c.CANXL_SEC as number;
/**
 * `CAN_MTU` is a socket-related constant from the C headers.
 * Value: Linux 16; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_MTU } from "@berkeley/socket";
 * console.log(CAN_MTU); // undefined on a platform without it
 * ```
 */
export const CAN_MTU: number = c.CAN_MTU as number;
/**
 * `CANFD_MTU` is a socket-related constant from the C headers.
 * Value: Linux 72; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CANFD_MTU } from "@berkeley/socket";
 * console.log(CANFD_MTU); // undefined on a platform without it
 * ```
 */
export const CANFD_MTU: number = c.CANFD_MTU as number;
/**
 * `CANXL_MTU` is a socket-related constant from the C headers.
 * Value: Linux 2060; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CANXL_MTU } from "@berkeley/socket";
 * console.log(CANXL_MTU); // undefined on a platform without it
 * ```
 */
export const CANXL_MTU: number = c.CANXL_MTU as number;
/**
 * `CANXL_HDR_SIZE` is a socket-related constant from the C headers.
 * Value: Linux 12; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CANXL_HDR_SIZE } from "@berkeley/socket";
 * console.log(CANXL_HDR_SIZE); // undefined on a platform without it
 * ```
 */
export const CANXL_HDR_SIZE: number = c.CANXL_HDR_SIZE as number;
/**
 * `CANXL_MIN_MTU` is a socket-related constant from the C headers.
 * Value: Linux 76; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CANXL_MIN_MTU } from "@berkeley/socket";
 * console.log(CANXL_MIN_MTU); // undefined on a platform without it
 * ```
 */
export const CANXL_MIN_MTU: number = c.CANXL_MIN_MTU as number;
/**
 * `CANXL_MAX_MTU` is a socket-related constant from the C headers.
 * Value: Linux 2060; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CANXL_MAX_MTU } from "@berkeley/socket";
 * console.log(CANXL_MAX_MTU); // undefined on a platform without it
 * ```
 */
export const CANXL_MAX_MTU: number = c.CANXL_MAX_MTU as number;
/**
 * `CAN_RAW` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_RAW } from "@berkeley/socket";
 * console.log(CAN_RAW); // undefined on a platform without it
 * ```
 */
export const CAN_RAW: number = c.CAN_RAW as number;
/**
 * `CAN_BCM` is a socket-related constant from the C headers.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_BCM } from "@berkeley/socket";
 * console.log(CAN_BCM); // undefined on a platform without it
 * ```
 */
export const CAN_BCM: number = c.CAN_BCM as number;
/**
 * `CAN_TP16` is a socket-related constant from the C headers.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_TP16 } from "@berkeley/socket";
 * console.log(CAN_TP16); // undefined on a platform without it
 * ```
 */
export const CAN_TP16: number = c.CAN_TP16 as number;
/**
 * `CAN_TP20` is a socket-related constant from the C headers.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_TP20 } from "@berkeley/socket";
 * console.log(CAN_TP20); // undefined on a platform without it
 * ```
 */
export const CAN_TP20: number = c.CAN_TP20 as number;
/**
 * `CAN_MCNET` is a socket-related constant from the C headers.
 * Value: Linux 5; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_MCNET } from "@berkeley/socket";
 * console.log(CAN_MCNET); // undefined on a platform without it
 * ```
 */
export const CAN_MCNET: number = c.CAN_MCNET as number;
/**
 * `CAN_ISOTP` is a socket-related constant from the C headers.
 * Value: Linux 6; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ISOTP } from "@berkeley/socket";
 * console.log(CAN_ISOTP); // undefined on a platform without it
 * ```
 */
export const CAN_ISOTP: number = c.CAN_ISOTP as number;
/**
 * `CAN_J1939` is a socket-related constant from the C headers.
 * Value: Linux 7; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_J1939 } from "@berkeley/socket";
 * console.log(CAN_J1939); // undefined on a platform without it
 * ```
 */
export const CAN_J1939: number = c.CAN_J1939 as number;
/**
 * `CAN_NPROTO` is a socket-related constant from the C headers.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_NPROTO } from "@berkeley/socket";
 * console.log(CAN_NPROTO); // undefined on a platform without it
 * ```
 */
export const CAN_NPROTO: number = c.CAN_NPROTO as number;
/**
 * `SOL_CAN_BASE` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 100; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_CAN_BASE } from "@berkeley/socket";
 * console.log(SOL_CAN_BASE); // undefined on a platform without it
 * ```
 */
export const SOL_CAN_BASE: number = c.SOL_CAN_BASE as number;
/**
 * `CAN_INV_FILTER` is a socket-related constant from the C headers.
 * Value: Linux 536870912; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_INV_FILTER } from "@berkeley/socket";
 * console.log(CAN_INV_FILTER); // undefined on a platform without it
 * ```
 */
export const CAN_INV_FILTER: number = c.CAN_INV_FILTER as number;
/**
 * `CAN_RAW_FILTER_MAX` is a socket-related constant from the C headers.
 * Value: Linux 512; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_RAW_FILTER_MAX } from "@berkeley/socket";
 * console.log(CAN_RAW_FILTER_MAX); // undefined on a platform without it
 * ```
 */
export const CAN_RAW_FILTER_MAX: number = c.CAN_RAW_FILTER_MAX as number;
/**
 * `CAN_RAW_FILTER` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_RAW_FILTER } from "@berkeley/socket";
 * console.log(CAN_RAW_FILTER); // undefined on a platform without it
 * ```
 */
export const CAN_RAW_FILTER: number = c.CAN_RAW_FILTER as number;
/**
 * `CAN_RAW_ERR_FILTER` is a socket-related constant from the C headers.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_RAW_ERR_FILTER } from "@berkeley/socket";
 * console.log(CAN_RAW_ERR_FILTER); // undefined on a platform without it
 * ```
 */
export const CAN_RAW_ERR_FILTER: number = c.CAN_RAW_ERR_FILTER as number;
/**
 * `CAN_RAW_LOOPBACK` is a socket-related constant from the C headers.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_RAW_LOOPBACK } from "@berkeley/socket";
 * console.log(CAN_RAW_LOOPBACK); // undefined on a platform without it
 * ```
 */
export const CAN_RAW_LOOPBACK: number = c.CAN_RAW_LOOPBACK as number;
/**
 * `CAN_RAW_RECV_OWN_MSGS` is a socket-related constant from the C headers.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_RAW_RECV_OWN_MSGS } from "@berkeley/socket";
 * console.log(CAN_RAW_RECV_OWN_MSGS); // undefined on a platform without it
 * ```
 */
export const CAN_RAW_RECV_OWN_MSGS: number = c.CAN_RAW_RECV_OWN_MSGS as number;
/**
 * `CAN_RAW_FD_FRAMES` is a socket-related constant from the C headers.
 * Value: Linux 5; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_RAW_FD_FRAMES } from "@berkeley/socket";
 * console.log(CAN_RAW_FD_FRAMES); // undefined on a platform without it
 * ```
 */
export const CAN_RAW_FD_FRAMES: number = c.CAN_RAW_FD_FRAMES as number;
/**
 * `CAN_RAW_JOIN_FILTERS` is a socket-related constant from the C headers.
 * Value: Linux 6; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_RAW_JOIN_FILTERS } from "@berkeley/socket";
 * console.log(CAN_RAW_JOIN_FILTERS); // undefined on a platform without it
 * ```
 */
export const CAN_RAW_JOIN_FILTERS: number = c.CAN_RAW_JOIN_FILTERS as number;
/**
 * `CAN_RAW_XL_FRAMES` is a socket-related constant from the C headers.
 * Value: Linux 7; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_RAW_XL_FRAMES } from "@berkeley/socket";
 * console.log(CAN_RAW_XL_FRAMES); // undefined on a platform without it
 * ```
 */
export const CAN_RAW_XL_FRAMES: number = c.CAN_RAW_XL_FRAMES as number;
/**
 * `SOL_CAN_RAW` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 101; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_CAN_RAW } from "@berkeley/socket";
 * console.log(SOL_CAN_RAW); // undefined on a platform without it
 * ```
 */
export const SOL_CAN_RAW: number = c.SOL_CAN_RAW as number;
/**
 * `CAN_BCM_TX_SETUP` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_BCM_TX_SETUP } from "@berkeley/socket";
 * console.log(CAN_BCM_TX_SETUP); // undefined on a platform without it
 * ```
 */
export const CAN_BCM_TX_SETUP: number = c.CAN_BCM_TX_SETUP as number;
/**
 * `CAN_BCM_TX_DELETE` is a socket-related constant from the C headers.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_BCM_TX_DELETE } from "@berkeley/socket";
 * console.log(CAN_BCM_TX_DELETE); // undefined on a platform without it
 * ```
 */
export const CAN_BCM_TX_DELETE: number = c.CAN_BCM_TX_DELETE as number;
/**
 * `CAN_BCM_TX_READ` is a socket-related constant from the C headers.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_BCM_TX_READ } from "@berkeley/socket";
 * console.log(CAN_BCM_TX_READ); // undefined on a platform without it
 * ```
 */
export const CAN_BCM_TX_READ: number = c.CAN_BCM_TX_READ as number;
/**
 * `CAN_BCM_TX_SEND` is a socket-related constant from the C headers.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_BCM_TX_SEND } from "@berkeley/socket";
 * console.log(CAN_BCM_TX_SEND); // undefined on a platform without it
 * ```
 */
export const CAN_BCM_TX_SEND: number = c.CAN_BCM_TX_SEND as number;
/**
 * `CAN_BCM_RX_SETUP` is a socket-related constant from the C headers.
 * Value: Linux 5; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_BCM_RX_SETUP } from "@berkeley/socket";
 * console.log(CAN_BCM_RX_SETUP); // undefined on a platform without it
 * ```
 */
export const CAN_BCM_RX_SETUP: number = c.CAN_BCM_RX_SETUP as number;
/**
 * `CAN_BCM_RX_DELETE` is a socket-related constant from the C headers.
 * Value: Linux 6; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_BCM_RX_DELETE } from "@berkeley/socket";
 * console.log(CAN_BCM_RX_DELETE); // undefined on a platform without it
 * ```
 */
export const CAN_BCM_RX_DELETE: number = c.CAN_BCM_RX_DELETE as number;
/**
 * `CAN_BCM_RX_READ` is a socket-related constant from the C headers.
 * Value: Linux 7; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_BCM_RX_READ } from "@berkeley/socket";
 * console.log(CAN_BCM_RX_READ); // undefined on a platform without it
 * ```
 */
export const CAN_BCM_RX_READ: number = c.CAN_BCM_RX_READ as number;
/**
 * `CAN_BCM_TX_STATUS` is a socket-related constant from the C headers.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_BCM_TX_STATUS } from "@berkeley/socket";
 * console.log(CAN_BCM_TX_STATUS); // undefined on a platform without it
 * ```
 */
export const CAN_BCM_TX_STATUS: number = c.CAN_BCM_TX_STATUS as number;
/**
 * `CAN_BCM_TX_EXPIRED` is a socket-related constant from the C headers.
 * Value: Linux 9; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_BCM_TX_EXPIRED } from "@berkeley/socket";
 * console.log(CAN_BCM_TX_EXPIRED); // undefined on a platform without it
 * ```
 */
export const CAN_BCM_TX_EXPIRED: number = c.CAN_BCM_TX_EXPIRED as number;
/**
 * `CAN_BCM_RX_STATUS` is a socket-related constant from the C headers.
 * Value: Linux 10; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_BCM_RX_STATUS } from "@berkeley/socket";
 * console.log(CAN_BCM_RX_STATUS); // undefined on a platform without it
 * ```
 */
export const CAN_BCM_RX_STATUS: number = c.CAN_BCM_RX_STATUS as number;
/**
 * `CAN_BCM_RX_TIMEOUT` is a socket-related constant from the C headers.
 * Value: Linux 11; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_BCM_RX_TIMEOUT } from "@berkeley/socket";
 * console.log(CAN_BCM_RX_TIMEOUT); // undefined on a platform without it
 * ```
 */
export const CAN_BCM_RX_TIMEOUT: number = c.CAN_BCM_RX_TIMEOUT as number;
/**
 * `CAN_BCM_RX_CHANGED` is a socket-related constant from the C headers.
 * Value: Linux 12; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_BCM_RX_CHANGED } from "@berkeley/socket";
 * console.log(CAN_BCM_RX_CHANGED); // undefined on a platform without it
 * ```
 */
export const CAN_BCM_RX_CHANGED: number = c.CAN_BCM_RX_CHANGED as number;
/**
 * `CAN_BCM_SETTIMER` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_BCM_SETTIMER } from "@berkeley/socket";
 * console.log(CAN_BCM_SETTIMER); // undefined on a platform without it
 * ```
 */
export const CAN_BCM_SETTIMER: number = c.CAN_BCM_SETTIMER as number;
/**
 * `CAN_BCM_STARTTIMER` is a socket-related constant from the C headers.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_BCM_STARTTIMER } from "@berkeley/socket";
 * console.log(CAN_BCM_STARTTIMER); // undefined on a platform without it
 * ```
 */
export const CAN_BCM_STARTTIMER: number = c.CAN_BCM_STARTTIMER as number;
/**
 * `CAN_BCM_TX_COUNTEVT` is a socket-related constant from the C headers.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_BCM_TX_COUNTEVT } from "@berkeley/socket";
 * console.log(CAN_BCM_TX_COUNTEVT); // undefined on a platform without it
 * ```
 */
export const CAN_BCM_TX_COUNTEVT: number = c.CAN_BCM_TX_COUNTEVT as number;
/**
 * `CAN_BCM_TX_ANNOUNCE` is a socket-related constant from the C headers.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_BCM_TX_ANNOUNCE } from "@berkeley/socket";
 * console.log(CAN_BCM_TX_ANNOUNCE); // undefined on a platform without it
 * ```
 */
export const CAN_BCM_TX_ANNOUNCE: number = c.CAN_BCM_TX_ANNOUNCE as number;
/**
 * `CAN_BCM_TX_CP_CAN_ID` is a socket-related constant from the C headers.
 * Value: Linux 16; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_BCM_TX_CP_CAN_ID } from "@berkeley/socket";
 * console.log(CAN_BCM_TX_CP_CAN_ID); // undefined on a platform without it
 * ```
 */
export const CAN_BCM_TX_CP_CAN_ID: number = c.CAN_BCM_TX_CP_CAN_ID as number;
/**
 * `CAN_BCM_RX_FILTER_ID` is a socket-related constant from the C headers.
 * Value: Linux 32; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_BCM_RX_FILTER_ID } from "@berkeley/socket";
 * console.log(CAN_BCM_RX_FILTER_ID); // undefined on a platform without it
 * ```
 */
export const CAN_BCM_RX_FILTER_ID: number = c.CAN_BCM_RX_FILTER_ID as number;
/**
 * `CAN_BCM_RX_CHECK_DLC` is a socket-related constant from the C headers.
 * Value: Linux 64; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_BCM_RX_CHECK_DLC } from "@berkeley/socket";
 * console.log(CAN_BCM_RX_CHECK_DLC); // undefined on a platform without it
 * ```
 */
export const CAN_BCM_RX_CHECK_DLC: number = c.CAN_BCM_RX_CHECK_DLC as number;
/**
 * `CAN_BCM_RX_NO_AUTOTIMER` is a socket-related constant from the C headers.
 * Value: Linux 128; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_BCM_RX_NO_AUTOTIMER } from "@berkeley/socket";
 * console.log(CAN_BCM_RX_NO_AUTOTIMER); // undefined on a platform without it
 * ```
 */
export const CAN_BCM_RX_NO_AUTOTIMER: number = c
  .CAN_BCM_RX_NO_AUTOTIMER as number;
/**
 * `CAN_BCM_RX_ANNOUNCE_RESUME` is a socket-related constant from the C headers.
 * Value: Linux 256; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_BCM_RX_ANNOUNCE_RESUME } from "@berkeley/socket";
 * console.log(CAN_BCM_RX_ANNOUNCE_RESUME); // undefined on a platform without it
 * ```
 */
export const CAN_BCM_RX_ANNOUNCE_RESUME: number = c
  .CAN_BCM_RX_ANNOUNCE_RESUME as number;
/**
 * `CAN_BCM_TX_RESET_MULTI_IDX` is a socket-related constant from the C headers.
 * Value: Linux 512; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_BCM_TX_RESET_MULTI_IDX } from "@berkeley/socket";
 * console.log(CAN_BCM_TX_RESET_MULTI_IDX); // undefined on a platform without it
 * ```
 */
export const CAN_BCM_TX_RESET_MULTI_IDX: number = c
  .CAN_BCM_TX_RESET_MULTI_IDX as number;
/**
 * `CAN_BCM_RX_RTR_FRAME` is a socket-related constant from the C headers.
 * Value: Linux 1024; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_BCM_RX_RTR_FRAME } from "@berkeley/socket";
 * console.log(CAN_BCM_RX_RTR_FRAME); // undefined on a platform without it
 * ```
 */
export const CAN_BCM_RX_RTR_FRAME: number = c.CAN_BCM_RX_RTR_FRAME as number;
/**
 * `CAN_BCM_CAN_FD_FRAME` is a socket-related constant from the C headers.
 * Value: Linux 2048; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_BCM_CAN_FD_FRAME } from "@berkeley/socket";
 * console.log(CAN_BCM_CAN_FD_FRAME); // undefined on a platform without it
 * ```
 */
export const CAN_BCM_CAN_FD_FRAME: number = c.CAN_BCM_CAN_FD_FRAME as number;
/**
 * `SOL_CAN_ISOTP` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 106; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_CAN_ISOTP } from "@berkeley/socket";
 * console.log(SOL_CAN_ISOTP); // undefined on a platform without it
 * ```
 */
export const SOL_CAN_ISOTP: number = c.SOL_CAN_ISOTP as number;
/**
 * `CAN_ISOTP_OPTS` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ISOTP_OPTS } from "@berkeley/socket";
 * console.log(CAN_ISOTP_OPTS); // undefined on a platform without it
 * ```
 */
export const CAN_ISOTP_OPTS: number = c.CAN_ISOTP_OPTS as number;
/**
 * `CAN_ISOTP_RECV_FC` is a socket-related constant from the C headers.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ISOTP_RECV_FC } from "@berkeley/socket";
 * console.log(CAN_ISOTP_RECV_FC); // undefined on a platform without it
 * ```
 */
export const CAN_ISOTP_RECV_FC: number = c.CAN_ISOTP_RECV_FC as number;
/**
 * `CAN_ISOTP_TX_STMIN` is a socket-related constant from the C headers.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ISOTP_TX_STMIN } from "@berkeley/socket";
 * console.log(CAN_ISOTP_TX_STMIN); // undefined on a platform without it
 * ```
 */
export const CAN_ISOTP_TX_STMIN: number = c.CAN_ISOTP_TX_STMIN as number;
/**
 * `CAN_ISOTP_RX_STMIN` is a socket-related constant from the C headers.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ISOTP_RX_STMIN } from "@berkeley/socket";
 * console.log(CAN_ISOTP_RX_STMIN); // undefined on a platform without it
 * ```
 */
export const CAN_ISOTP_RX_STMIN: number = c.CAN_ISOTP_RX_STMIN as number;
/**
 * `CAN_ISOTP_LL_OPTS` is a socket-related constant from the C headers.
 * Value: Linux 5; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ISOTP_LL_OPTS } from "@berkeley/socket";
 * console.log(CAN_ISOTP_LL_OPTS); // undefined on a platform without it
 * ```
 */
export const CAN_ISOTP_LL_OPTS: number = c.CAN_ISOTP_LL_OPTS as number;
/**
 * `CAN_ISOTP_LISTEN_MODE` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ISOTP_LISTEN_MODE } from "@berkeley/socket";
 * console.log(CAN_ISOTP_LISTEN_MODE); // undefined on a platform without it
 * ```
 */
export const CAN_ISOTP_LISTEN_MODE: number = c.CAN_ISOTP_LISTEN_MODE as number;
/**
 * `CAN_ISOTP_EXTEND_ADDR` is a socket-related constant from the C headers.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ISOTP_EXTEND_ADDR } from "@berkeley/socket";
 * console.log(CAN_ISOTP_EXTEND_ADDR); // undefined on a platform without it
 * ```
 */
export const CAN_ISOTP_EXTEND_ADDR: number = c.CAN_ISOTP_EXTEND_ADDR as number;
/**
 * `CAN_ISOTP_TX_PADDING` is a socket-related constant from the C headers.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ISOTP_TX_PADDING } from "@berkeley/socket";
 * console.log(CAN_ISOTP_TX_PADDING); // undefined on a platform without it
 * ```
 */
export const CAN_ISOTP_TX_PADDING: number = c.CAN_ISOTP_TX_PADDING as number;
/**
 * `CAN_ISOTP_RX_PADDING` is a socket-related constant from the C headers.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ISOTP_RX_PADDING } from "@berkeley/socket";
 * console.log(CAN_ISOTP_RX_PADDING); // undefined on a platform without it
 * ```
 */
export const CAN_ISOTP_RX_PADDING: number = c.CAN_ISOTP_RX_PADDING as number;
/**
 * `CAN_ISOTP_CHK_PAD_LEN` is a socket-related constant from the C headers.
 * Value: Linux 16; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ISOTP_CHK_PAD_LEN } from "@berkeley/socket";
 * console.log(CAN_ISOTP_CHK_PAD_LEN); // undefined on a platform without it
 * ```
 */
export const CAN_ISOTP_CHK_PAD_LEN: number = c.CAN_ISOTP_CHK_PAD_LEN as number;
/**
 * `CAN_ISOTP_CHK_PAD_DATA` is a socket-related constant from the C headers.
 * Value: Linux 32; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ISOTP_CHK_PAD_DATA } from "@berkeley/socket";
 * console.log(CAN_ISOTP_CHK_PAD_DATA); // undefined on a platform without it
 * ```
 */
export const CAN_ISOTP_CHK_PAD_DATA: number = c
  .CAN_ISOTP_CHK_PAD_DATA as number;
/**
 * `CAN_ISOTP_HALF_DUPLEX` is a socket-related constant from the C headers.
 * Value: Linux 64; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ISOTP_HALF_DUPLEX } from "@berkeley/socket";
 * console.log(CAN_ISOTP_HALF_DUPLEX); // undefined on a platform without it
 * ```
 */
export const CAN_ISOTP_HALF_DUPLEX: number = c.CAN_ISOTP_HALF_DUPLEX as number;
/**
 * `CAN_ISOTP_FORCE_TXSTMIN` is a socket-related constant from the C headers.
 * Value: Linux 128; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ISOTP_FORCE_TXSTMIN } from "@berkeley/socket";
 * console.log(CAN_ISOTP_FORCE_TXSTMIN); // undefined on a platform without it
 * ```
 */
export const CAN_ISOTP_FORCE_TXSTMIN: number = c
  .CAN_ISOTP_FORCE_TXSTMIN as number;
/**
 * `CAN_ISOTP_FORCE_RXSTMIN` is a socket-related constant from the C headers.
 * Value: Linux 256; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ISOTP_FORCE_RXSTMIN } from "@berkeley/socket";
 * console.log(CAN_ISOTP_FORCE_RXSTMIN); // undefined on a platform without it
 * ```
 */
export const CAN_ISOTP_FORCE_RXSTMIN: number = c
  .CAN_ISOTP_FORCE_RXSTMIN as number;
/**
 * `CAN_ISOTP_RX_EXT_ADDR` is a socket-related constant from the C headers.
 * Value: Linux 512; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ISOTP_RX_EXT_ADDR } from "@berkeley/socket";
 * console.log(CAN_ISOTP_RX_EXT_ADDR); // undefined on a platform without it
 * ```
 */
export const CAN_ISOTP_RX_EXT_ADDR: number = c.CAN_ISOTP_RX_EXT_ADDR as number;
/**
 * `CAN_ISOTP_WAIT_TX_DONE` is a socket-related constant from the C headers.
 * Value: Linux 1024; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ISOTP_WAIT_TX_DONE } from "@berkeley/socket";
 * console.log(CAN_ISOTP_WAIT_TX_DONE); // undefined on a platform without it
 * ```
 */
export const CAN_ISOTP_WAIT_TX_DONE: number = c
  .CAN_ISOTP_WAIT_TX_DONE as number;
/**
 * `CAN_ISOTP_SF_BROADCAST` is a socket-related constant from the C headers.
 * Value: Linux 2048; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ISOTP_SF_BROADCAST } from "@berkeley/socket";
 * console.log(CAN_ISOTP_SF_BROADCAST); // undefined on a platform without it
 * ```
 */
export const CAN_ISOTP_SF_BROADCAST: number = c
  .CAN_ISOTP_SF_BROADCAST as number;
/**
 * `CAN_ISOTP_CF_BROADCAST` is a socket-related constant from the C headers.
 * Value: Linux 4096; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ISOTP_CF_BROADCAST } from "@berkeley/socket";
 * console.log(CAN_ISOTP_CF_BROADCAST); // undefined on a platform without it
 * ```
 */
export const CAN_ISOTP_CF_BROADCAST: number = c
  .CAN_ISOTP_CF_BROADCAST as number;
/**
 * `CAN_ISOTP_DEFAULT_FLAGS` is a socket-related constant from the C headers.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ISOTP_DEFAULT_FLAGS } from "@berkeley/socket";
 * console.log(CAN_ISOTP_DEFAULT_FLAGS); // undefined on a platform without it
 * ```
 */
export const CAN_ISOTP_DEFAULT_FLAGS: number = c
  .CAN_ISOTP_DEFAULT_FLAGS as number;
/**
 * `CAN_ISOTP_DEFAULT_EXT_ADDRESS` is a socket-related constant from the C headers.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ISOTP_DEFAULT_EXT_ADDRESS } from "@berkeley/socket";
 * console.log(CAN_ISOTP_DEFAULT_EXT_ADDRESS); // undefined on a platform without it
 * ```
 */
export const CAN_ISOTP_DEFAULT_EXT_ADDRESS: number = c
  .CAN_ISOTP_DEFAULT_EXT_ADDRESS as number;
/**
 * `CAN_ISOTP_DEFAULT_PAD_CONTENT` is a socket-related constant from the C headers.
 * Value: Linux 204; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ISOTP_DEFAULT_PAD_CONTENT } from "@berkeley/socket";
 * console.log(CAN_ISOTP_DEFAULT_PAD_CONTENT); // undefined on a platform without it
 * ```
 */
export const CAN_ISOTP_DEFAULT_PAD_CONTENT: number = c
  .CAN_ISOTP_DEFAULT_PAD_CONTENT as number;
/**
 * `CAN_ISOTP_DEFAULT_FRAME_TXTIME` is a socket-related constant from the C headers.
 * Value: Linux 50000; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ISOTP_DEFAULT_FRAME_TXTIME } from "@berkeley/socket";
 * console.log(CAN_ISOTP_DEFAULT_FRAME_TXTIME); // undefined on a platform without it
 * ```
 */
export const CAN_ISOTP_DEFAULT_FRAME_TXTIME: number = c
  .CAN_ISOTP_DEFAULT_FRAME_TXTIME as number;
/**
 * `CAN_ISOTP_DEFAULT_RECV_BS` is a socket-related constant from the C headers.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ISOTP_DEFAULT_RECV_BS } from "@berkeley/socket";
 * console.log(CAN_ISOTP_DEFAULT_RECV_BS); // undefined on a platform without it
 * ```
 */
export const CAN_ISOTP_DEFAULT_RECV_BS: number = c
  .CAN_ISOTP_DEFAULT_RECV_BS as number;
/**
 * `CAN_ISOTP_DEFAULT_RECV_STMIN` is a socket-related constant from the C headers.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ISOTP_DEFAULT_RECV_STMIN } from "@berkeley/socket";
 * console.log(CAN_ISOTP_DEFAULT_RECV_STMIN); // undefined on a platform without it
 * ```
 */
export const CAN_ISOTP_DEFAULT_RECV_STMIN: number = c
  .CAN_ISOTP_DEFAULT_RECV_STMIN as number;
/**
 * `CAN_ISOTP_DEFAULT_RECV_WFTMAX` is a socket-related constant from the C headers.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ISOTP_DEFAULT_RECV_WFTMAX } from "@berkeley/socket";
 * console.log(CAN_ISOTP_DEFAULT_RECV_WFTMAX); // undefined on a platform without it
 * ```
 */
export const CAN_ISOTP_DEFAULT_RECV_WFTMAX: number = c
  .CAN_ISOTP_DEFAULT_RECV_WFTMAX as number;
/**
 * `CAN_ISOTP_DEFAULT_LL_MTU` is a socket-related constant from the C headers.
 * Value: Linux 16; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ISOTP_DEFAULT_LL_MTU } from "@berkeley/socket";
 * console.log(CAN_ISOTP_DEFAULT_LL_MTU); // undefined on a platform without it
 * ```
 */
export const CAN_ISOTP_DEFAULT_LL_MTU: number = c
  .CAN_ISOTP_DEFAULT_LL_MTU as number;
/**
 * `CAN_ISOTP_DEFAULT_LL_TX_DL` is a socket-related constant from the C headers.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ISOTP_DEFAULT_LL_TX_DL } from "@berkeley/socket";
 * console.log(CAN_ISOTP_DEFAULT_LL_TX_DL); // undefined on a platform without it
 * ```
 */
export const CAN_ISOTP_DEFAULT_LL_TX_DL: number = c
  .CAN_ISOTP_DEFAULT_LL_TX_DL as number;
/**
 * `CAN_ISOTP_DEFAULT_LL_TX_FLAGS` is a socket-related constant from the C headers.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ISOTP_DEFAULT_LL_TX_FLAGS } from "@berkeley/socket";
 * console.log(CAN_ISOTP_DEFAULT_LL_TX_FLAGS); // undefined on a platform without it
 * ```
 */
export const CAN_ISOTP_DEFAULT_LL_TX_FLAGS: number = c
  .CAN_ISOTP_DEFAULT_LL_TX_FLAGS as number;
/**
 * `CAN_ISOTP_FRAME_TXTIME_ZERO` is a socket-related constant from the C headers.
 * Value: Linux 4294967295; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { CAN_ISOTP_FRAME_TXTIME_ZERO } from "@berkeley/socket";
 * console.log(CAN_ISOTP_FRAME_TXTIME_ZERO); // undefined on a platform without it
 * ```
 */
export const CAN_ISOTP_FRAME_TXTIME_ZERO: number = c
  .CAN_ISOTP_FRAME_TXTIME_ZERO as number;
/**
 * `SO_J1939_FILTER` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_J1939_FILTER, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_J1939_FILTER));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_J1939_FILTER: number = c.SO_J1939_FILTER as number;
/**
 * `SO_J1939_PROMISC` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_J1939_PROMISC, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_J1939_PROMISC));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_J1939_PROMISC: number = c.SO_J1939_PROMISC as number;
/**
 * `SO_J1939_SEND_PRIO` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_J1939_SEND_PRIO, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_J1939_SEND_PRIO));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_J1939_SEND_PRIO: number = c.SO_J1939_SEND_PRIO as number;
/**
 * `SO_J1939_ERRQUEUE` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_J1939_ERRQUEUE, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_J1939_ERRQUEUE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_J1939_ERRQUEUE: number = c.SO_J1939_ERRQUEUE as number;
/**
 * `SCM_J1939_DEST_ADDR` is an ancillary data type at level `SOL_SOCKET`, in `recvmsg()`'s ancdata.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Find the item in received ancillary data
 * ```ts
 * import { SCM_J1939_DEST_ADDR, socketpair, SOL_SOCKET } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.send("ping");
 * const [, ancdata] = b.recvmsg(4, 256);
 * for (const [level, type, data] of ancdata) {
 *   if (level === SOL_SOCKET && type === SCM_J1939_DEST_ADDR) console.log(data);
 * }
 * a.close();
 * b.close();
 * ```
 */
export const SCM_J1939_DEST_ADDR: number = c.SCM_J1939_DEST_ADDR as number;
/**
 * `SCM_J1939_DEST_NAME` is an ancillary data type at level `SOL_SOCKET`, in `recvmsg()`'s ancdata.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Find the item in received ancillary data
 * ```ts
 * import { SCM_J1939_DEST_NAME, socketpair, SOL_SOCKET } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.send("ping");
 * const [, ancdata] = b.recvmsg(4, 256);
 * for (const [level, type, data] of ancdata) {
 *   if (level === SOL_SOCKET && type === SCM_J1939_DEST_NAME) console.log(data);
 * }
 * a.close();
 * b.close();
 * ```
 */
export const SCM_J1939_DEST_NAME: number = c.SCM_J1939_DEST_NAME as number;
/**
 * `SCM_J1939_PRIO` is an ancillary data type at level `SOL_SOCKET`, in `recvmsg()`'s ancdata.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Find the item in received ancillary data
 * ```ts
 * import { SCM_J1939_PRIO, socketpair, SOL_SOCKET } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.send("ping");
 * const [, ancdata] = b.recvmsg(4, 256);
 * for (const [level, type, data] of ancdata) {
 *   if (level === SOL_SOCKET && type === SCM_J1939_PRIO) console.log(data);
 * }
 * a.close();
 * b.close();
 * ```
 */
export const SCM_J1939_PRIO: number = c.SCM_J1939_PRIO as number;
/**
 * `SCM_J1939_ERRQUEUE` is an ancillary data type at level `SOL_SOCKET`, in `recvmsg()`'s ancdata.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Find the item in received ancillary data
 * ```ts
 * import { SCM_J1939_ERRQUEUE, socketpair, SOL_SOCKET } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.send("ping");
 * const [, ancdata] = b.recvmsg(4, 256);
 * for (const [level, type, data] of ancdata) {
 *   if (level === SOL_SOCKET && type === SCM_J1939_ERRQUEUE) console.log(data);
 * }
 * a.close();
 * b.close();
 * ```
 */
export const SCM_J1939_ERRQUEUE: number = c.SCM_J1939_ERRQUEUE as number;
/**
 * `J1939_NLA_PAD` is a socket-related constant from the C headers.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { J1939_NLA_PAD } from "@berkeley/socket";
 * console.log(J1939_NLA_PAD); // undefined on a platform without it
 * ```
 */
export const J1939_NLA_PAD: number = c.J1939_NLA_PAD as number;
/**
 * `J1939_NLA_BYTES_ACKED` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { J1939_NLA_BYTES_ACKED } from "@berkeley/socket";
 * console.log(J1939_NLA_BYTES_ACKED); // undefined on a platform without it
 * ```
 */
export const J1939_NLA_BYTES_ACKED: number = c.J1939_NLA_BYTES_ACKED as number;
/**
 * `J1939_NLA_TOTAL_SIZE` is a socket-related constant from the C headers.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { J1939_NLA_TOTAL_SIZE } from "@berkeley/socket";
 * console.log(J1939_NLA_TOTAL_SIZE); // undefined on a platform without it
 * ```
 */
export const J1939_NLA_TOTAL_SIZE: number = c.J1939_NLA_TOTAL_SIZE as number;
/**
 * `J1939_NLA_PGN` is a socket-related constant from the C headers.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { J1939_NLA_PGN } from "@berkeley/socket";
 * console.log(J1939_NLA_PGN); // undefined on a platform without it
 * ```
 */
export const J1939_NLA_PGN: number = c.J1939_NLA_PGN as number;
/**
 * `J1939_NLA_SRC_NAME` is a socket-related constant from the C headers.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { J1939_NLA_SRC_NAME } from "@berkeley/socket";
 * console.log(J1939_NLA_SRC_NAME); // undefined on a platform without it
 * ```
 */
export const J1939_NLA_SRC_NAME: number = c.J1939_NLA_SRC_NAME as number;
/**
 * `J1939_NLA_DEST_NAME` is a socket-related constant from the C headers.
 * Value: Linux 5; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { J1939_NLA_DEST_NAME } from "@berkeley/socket";
 * console.log(J1939_NLA_DEST_NAME); // undefined on a platform without it
 * ```
 */
export const J1939_NLA_DEST_NAME: number = c.J1939_NLA_DEST_NAME as number;
/**
 * `J1939_NLA_SRC_ADDR` is a socket-related constant from the C headers.
 * Value: Linux 6; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { J1939_NLA_SRC_ADDR } from "@berkeley/socket";
 * console.log(J1939_NLA_SRC_ADDR); // undefined on a platform without it
 * ```
 */
export const J1939_NLA_SRC_ADDR: number = c.J1939_NLA_SRC_ADDR as number;
/**
 * `J1939_NLA_DEST_ADDR` is a socket-related constant from the C headers.
 * Value: Linux 7; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { J1939_NLA_DEST_ADDR } from "@berkeley/socket";
 * console.log(J1939_NLA_DEST_ADDR); // undefined on a platform without it
 * ```
 */
export const J1939_NLA_DEST_ADDR: number = c.J1939_NLA_DEST_ADDR as number;
/**
 * `J1939_EE_INFO_NONE` is a socket-related constant from the C headers.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { J1939_EE_INFO_NONE } from "@berkeley/socket";
 * console.log(J1939_EE_INFO_NONE); // undefined on a platform without it
 * ```
 */
export const J1939_EE_INFO_NONE: number = c.J1939_EE_INFO_NONE as number;
/**
 * `J1939_EE_INFO_TX_ABORT` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { J1939_EE_INFO_TX_ABORT } from "@berkeley/socket";
 * console.log(J1939_EE_INFO_TX_ABORT); // undefined on a platform without it
 * ```
 */
export const J1939_EE_INFO_TX_ABORT: number = c
  .J1939_EE_INFO_TX_ABORT as number;
/**
 * `J1939_EE_INFO_RX_RTS` is a socket-related constant from the C headers.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { J1939_EE_INFO_RX_RTS } from "@berkeley/socket";
 * console.log(J1939_EE_INFO_RX_RTS); // undefined on a platform without it
 * ```
 */
export const J1939_EE_INFO_RX_RTS: number = c.J1939_EE_INFO_RX_RTS as number;
/**
 * `J1939_EE_INFO_RX_DPO` is a socket-related constant from the C headers.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { J1939_EE_INFO_RX_DPO } from "@berkeley/socket";
 * console.log(J1939_EE_INFO_RX_DPO); // undefined on a platform without it
 * ```
 */
export const J1939_EE_INFO_RX_DPO: number = c.J1939_EE_INFO_RX_DPO as number;
/**
 * `J1939_EE_INFO_RX_ABORT` is a socket-related constant from the C headers.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { J1939_EE_INFO_RX_ABORT } from "@berkeley/socket";
 * console.log(J1939_EE_INFO_RX_ABORT); // undefined on a platform without it
 * ```
 */
export const J1939_EE_INFO_RX_ABORT: number = c
  .J1939_EE_INFO_RX_ABORT as number;
/**
 * `J1939_MAX_UNICAST_ADDR` is a socket-related constant from the C headers.
 * Value: Linux 253; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { J1939_MAX_UNICAST_ADDR } from "@berkeley/socket";
 * console.log(J1939_MAX_UNICAST_ADDR); // undefined on a platform without it
 * ```
 */
export const J1939_MAX_UNICAST_ADDR: number = c
  .J1939_MAX_UNICAST_ADDR as number;
/**
 * `J1939_IDLE_ADDR` is a socket-related constant from the C headers.
 * Value: Linux 254; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { J1939_IDLE_ADDR } from "@berkeley/socket";
 * console.log(J1939_IDLE_ADDR); // undefined on a platform without it
 * ```
 */
export const J1939_IDLE_ADDR: number = c.J1939_IDLE_ADDR as number;
/**
 * `J1939_NO_ADDR` is a socket-related constant from the C headers.
 * Value: Linux 255; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { J1939_NO_ADDR } from "@berkeley/socket";
 * console.log(J1939_NO_ADDR); // undefined on a platform without it
 * ```
 */
export const J1939_NO_ADDR: number = c.J1939_NO_ADDR as number;
/**
 * `J1939_NO_NAME` is a socket-related constant from the C headers.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { J1939_NO_NAME } from "@berkeley/socket";
 * console.log(J1939_NO_NAME); // undefined on a platform without it
 * ```
 */
export const J1939_NO_NAME: number = c.J1939_NO_NAME as number;
/**
 * `J1939_PGN_REQUEST` is a socket-related constant from the C headers.
 * Value: Linux 59904; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { J1939_PGN_REQUEST } from "@berkeley/socket";
 * console.log(J1939_PGN_REQUEST); // undefined on a platform without it
 * ```
 */
export const J1939_PGN_REQUEST: number = c.J1939_PGN_REQUEST as number;
/**
 * `J1939_PGN_ADDRESS_CLAIMED` is a socket-related constant from the C headers.
 * Value: Linux 60928; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { J1939_PGN_ADDRESS_CLAIMED } from "@berkeley/socket";
 * console.log(J1939_PGN_ADDRESS_CLAIMED); // undefined on a platform without it
 * ```
 */
export const J1939_PGN_ADDRESS_CLAIMED: number = c
  .J1939_PGN_ADDRESS_CLAIMED as number;
/**
 * `J1939_PGN_ADDRESS_COMMANDED` is a socket-related constant from the C headers.
 * Value: Linux 65240; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { J1939_PGN_ADDRESS_COMMANDED } from "@berkeley/socket";
 * console.log(J1939_PGN_ADDRESS_COMMANDED); // undefined on a platform without it
 * ```
 */
export const J1939_PGN_ADDRESS_COMMANDED: number = c
  .J1939_PGN_ADDRESS_COMMANDED as number;
/**
 * `J1939_PGN_PDU1_MAX` is a socket-related constant from the C headers.
 * Value: Linux 261888; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { J1939_PGN_PDU1_MAX } from "@berkeley/socket";
 * console.log(J1939_PGN_PDU1_MAX); // undefined on a platform without it
 * ```
 */
export const J1939_PGN_PDU1_MAX: number = c.J1939_PGN_PDU1_MAX as number;
/**
 * `J1939_PGN_MAX` is a socket-related constant from the C headers.
 * Value: Linux 262143; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { J1939_PGN_MAX } from "@berkeley/socket";
 * console.log(J1939_PGN_MAX); // undefined on a platform without it
 * ```
 */
export const J1939_PGN_MAX: number = c.J1939_PGN_MAX as number;
/**
 * `J1939_NO_PGN` is a socket-related constant from the C headers.
 * Value: Linux 262144; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { J1939_NO_PGN } from "@berkeley/socket";
 * console.log(J1939_NO_PGN); // undefined on a platform without it
 * ```
 */
export const J1939_NO_PGN: number = c.J1939_NO_PGN as number;
/**
 * `SOL_CAN_J1939` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 107; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_CAN_J1939 } from "@berkeley/socket";
 * console.log(SOL_CAN_J1939); // undefined on a platform without it
 * ```
 */
export const SOL_CAN_J1939: number = c.SOL_CAN_J1939 as number;
/**
 * `J1939_FILTER_MAX` is a socket-related constant from the C headers.
 * Value: Linux 512; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { J1939_FILTER_MAX } from "@berkeley/socket";
 * console.log(J1939_FILTER_MAX); // undefined on a platform without it
 * ```
 */
export const J1939_FILTER_MAX: number = c.J1939_FILTER_MAX as number;
/**
 * `ALG_SET_KEY` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { ALG_SET_KEY } from "@berkeley/socket";
 * console.log(ALG_SET_KEY); // undefined on a platform without it
 * ```
 */
export const ALG_SET_KEY: number = c.ALG_SET_KEY as number;
/**
 * `ALG_SET_IV` is a socket-related constant from the C headers.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { ALG_SET_IV } from "@berkeley/socket";
 * console.log(ALG_SET_IV); // undefined on a platform without it
 * ```
 */
export const ALG_SET_IV: number = c.ALG_SET_IV as number;
/**
 * `ALG_SET_OP` is a socket-related constant from the C headers.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { ALG_SET_OP } from "@berkeley/socket";
 * console.log(ALG_SET_OP); // undefined on a platform without it
 * ```
 */
export const ALG_SET_OP: number = c.ALG_SET_OP as number;
/**
 * `ALG_SET_AEAD_ASSOCLEN` is a socket-related constant from the C headers.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { ALG_SET_AEAD_ASSOCLEN } from "@berkeley/socket";
 * console.log(ALG_SET_AEAD_ASSOCLEN); // undefined on a platform without it
 * ```
 */
export const ALG_SET_AEAD_ASSOCLEN: number = c.ALG_SET_AEAD_ASSOCLEN as number;
/**
 * `ALG_SET_AEAD_AUTHSIZE` is a socket-related constant from the C headers.
 * Value: Linux 5; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { ALG_SET_AEAD_AUTHSIZE } from "@berkeley/socket";
 * console.log(ALG_SET_AEAD_AUTHSIZE); // undefined on a platform without it
 * ```
 */
export const ALG_SET_AEAD_AUTHSIZE: number = c.ALG_SET_AEAD_AUTHSIZE as number;
/**
 * `ALG_SET_DRBG_ENTROPY` is a socket-related constant from the C headers.
 * Value: Linux 6; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { ALG_SET_DRBG_ENTROPY } from "@berkeley/socket";
 * console.log(ALG_SET_DRBG_ENTROPY); // undefined on a platform without it
 * ```
 */
export const ALG_SET_DRBG_ENTROPY: number = c.ALG_SET_DRBG_ENTROPY as number;
/**
 * `ALG_OP_DECRYPT` is a socket-related constant from the C headers.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { ALG_OP_DECRYPT } from "@berkeley/socket";
 * console.log(ALG_OP_DECRYPT); // undefined on a platform without it
 * ```
 */
export const ALG_OP_DECRYPT: number = c.ALG_OP_DECRYPT as number;
/**
 * `ALG_OP_ENCRYPT` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { ALG_OP_ENCRYPT } from "@berkeley/socket";
 * console.log(ALG_OP_ENCRYPT); // undefined on a platform without it
 * ```
 */
export const ALG_OP_ENCRYPT: number = c.ALG_OP_ENCRYPT as number;
/**
 * `SO_VM_SOCKETS_BUFFER_SIZE` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_VM_SOCKETS_BUFFER_SIZE, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_VM_SOCKETS_BUFFER_SIZE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_VM_SOCKETS_BUFFER_SIZE: number = c
  .SO_VM_SOCKETS_BUFFER_SIZE as number;
/**
 * `SO_VM_SOCKETS_BUFFER_MIN_SIZE` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_VM_SOCKETS_BUFFER_MIN_SIZE, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_VM_SOCKETS_BUFFER_MIN_SIZE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_VM_SOCKETS_BUFFER_MIN_SIZE: number = c
  .SO_VM_SOCKETS_BUFFER_MIN_SIZE as number;
/**
 * `SO_VM_SOCKETS_BUFFER_MAX_SIZE` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_VM_SOCKETS_BUFFER_MAX_SIZE, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_VM_SOCKETS_BUFFER_MAX_SIZE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_VM_SOCKETS_BUFFER_MAX_SIZE: number = c
  .SO_VM_SOCKETS_BUFFER_MAX_SIZE as number;
/**
 * `SO_VM_SOCKETS_PEER_HOST_VM_ID` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_VM_SOCKETS_PEER_HOST_VM_ID, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_VM_SOCKETS_PEER_HOST_VM_ID));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_VM_SOCKETS_PEER_HOST_VM_ID: number = c
  .SO_VM_SOCKETS_PEER_HOST_VM_ID as number;
/**
 * `SO_VM_SOCKETS_TRUSTED` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 5; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_VM_SOCKETS_TRUSTED, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_VM_SOCKETS_TRUSTED));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_VM_SOCKETS_TRUSTED: number = c.SO_VM_SOCKETS_TRUSTED as number;
/**
 * `SO_VM_SOCKETS_NONBLOCK_TXRX` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 7; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_VM_SOCKETS_NONBLOCK_TXRX, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_VM_SOCKETS_NONBLOCK_TXRX));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_VM_SOCKETS_NONBLOCK_TXRX: number = c
  .SO_VM_SOCKETS_NONBLOCK_TXRX as number;
/**
 * `SO_VM_SOCKETS_CONNECT_TIMEOUT` is a socket option at level `SOL_SOCKET`.
 * Value: Linux 6; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_VM_SOCKETS_CONNECT_TIMEOUT, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_VM_SOCKETS_CONNECT_TIMEOUT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_VM_SOCKETS_CONNECT_TIMEOUT: number = c
  .SO_VM_SOCKETS_CONNECT_TIMEOUT as number;
/**
 * `VMADDR_CID_ANY` is a socket-related constant from the C headers.
 * Value: Linux 4294967295; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { VMADDR_CID_ANY } from "@berkeley/socket";
 * console.log(VMADDR_CID_ANY); // undefined on a platform without it
 * ```
 */
export const VMADDR_CID_ANY: number = c.VMADDR_CID_ANY as number;
/**
 * `VMADDR_PORT_ANY` is a socket-related constant from the C headers.
 * Value: Linux 4294967295; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { VMADDR_PORT_ANY } from "@berkeley/socket";
 * console.log(VMADDR_PORT_ANY); // undefined on a platform without it
 * ```
 */
export const VMADDR_PORT_ANY: number = c.VMADDR_PORT_ANY as number;
/**
 * `VMADDR_CID_HYPERVISOR` is a socket-related constant from the C headers.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { VMADDR_CID_HYPERVISOR } from "@berkeley/socket";
 * console.log(VMADDR_CID_HYPERVISOR); // undefined on a platform without it
 * ```
 */
export const VMADDR_CID_HYPERVISOR: number = c.VMADDR_CID_HYPERVISOR as number;
/**
 * `VMADDR_CID_LOCAL` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { VMADDR_CID_LOCAL } from "@berkeley/socket";
 * console.log(VMADDR_CID_LOCAL); // undefined on a platform without it
 * ```
 */
export const VMADDR_CID_LOCAL: number = c.VMADDR_CID_LOCAL as number;
/**
 * `VMADDR_CID_HOST` is a socket-related constant from the C headers.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { VMADDR_CID_HOST } from "@berkeley/socket";
 * console.log(VMADDR_CID_HOST); // undefined on a platform without it
 * ```
 */
export const VMADDR_CID_HOST: number = c.VMADDR_CID_HOST as number;
/**
 * `VMADDR_FLAG_TO_HOST` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { VMADDR_FLAG_TO_HOST } from "@berkeley/socket";
 * console.log(VMADDR_FLAG_TO_HOST); // undefined on a platform without it
 * ```
 */
export const VMADDR_FLAG_TO_HOST: number = c.VMADDR_FLAG_TO_HOST as number;
/**
 * `VM_SOCKETS_INVALID_VERSION` is a socket-related constant from the C headers.
 * Value: Linux 4294967295; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { VM_SOCKETS_INVALID_VERSION } from "@berkeley/socket";
 * console.log(VM_SOCKETS_INVALID_VERSION); // undefined on a platform without it
 * ```
 */
export const VM_SOCKETS_INVALID_VERSION: number = c
  .VM_SOCKETS_INVALID_VERSION as number;
/**
 * `IOCTL_VM_SOCKETS_GET_LOCAL_CID` is a socket-related constant from the C headers.
 * Value: Linux 1977; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { IOCTL_VM_SOCKETS_GET_LOCAL_CID } from "@berkeley/socket";
 * console.log(IOCTL_VM_SOCKETS_GET_LOCAL_CID); // undefined on a platform without it
 * ```
 */
export const IOCTL_VM_SOCKETS_GET_LOCAL_CID: number = c
  .IOCTL_VM_SOCKETS_GET_LOCAL_CID as number;
/**
 * `RDS_IB_ABI_VERSION` is a socket-related constant from the C headers.
 * Value: Linux 769; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_IB_ABI_VERSION } from "@berkeley/socket";
 * console.log(RDS_IB_ABI_VERSION); // undefined on a platform without it
 * ```
 */
export const RDS_IB_ABI_VERSION: number = c.RDS_IB_ABI_VERSION as number;
/**
 * `RDS_CANCEL_SENT_TO` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_CANCEL_SENT_TO } from "@berkeley/socket";
 * console.log(RDS_CANCEL_SENT_TO); // undefined on a platform without it
 * ```
 */
export const RDS_CANCEL_SENT_TO: number = c.RDS_CANCEL_SENT_TO as number;
/**
 * `RDS_GET_MR` is a socket-related constant from the C headers.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_GET_MR } from "@berkeley/socket";
 * console.log(RDS_GET_MR); // undefined on a platform without it
 * ```
 */
export const RDS_GET_MR: number = c.RDS_GET_MR as number;
/**
 * `RDS_FREE_MR` is a socket-related constant from the C headers.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_FREE_MR } from "@berkeley/socket";
 * console.log(RDS_FREE_MR); // undefined on a platform without it
 * ```
 */
export const RDS_FREE_MR: number = c.RDS_FREE_MR as number;
/**
 * `RDS_RECVERR` is a socket-related constant from the C headers.
 * Value: Linux 5; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_RECVERR } from "@berkeley/socket";
 * console.log(RDS_RECVERR); // undefined on a platform without it
 * ```
 */
export const RDS_RECVERR: number = c.RDS_RECVERR as number;
/**
 * `RDS_CONG_MONITOR` is a socket-related constant from the C headers.
 * Value: Linux 6; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_CONG_MONITOR } from "@berkeley/socket";
 * console.log(RDS_CONG_MONITOR); // undefined on a platform without it
 * ```
 */
export const RDS_CONG_MONITOR: number = c.RDS_CONG_MONITOR as number;
/**
 * `RDS_GET_MR_FOR_DEST` is a socket-related constant from the C headers.
 * Value: Linux 7; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_GET_MR_FOR_DEST } from "@berkeley/socket";
 * console.log(RDS_GET_MR_FOR_DEST); // undefined on a platform without it
 * ```
 */
export const RDS_GET_MR_FOR_DEST: number = c.RDS_GET_MR_FOR_DEST as number;
/**
 * `RDS_TRANS_IB` is a socket-related constant from the C headers.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_TRANS_IB } from "@berkeley/socket";
 * console.log(RDS_TRANS_IB); // undefined on a platform without it
 * ```
 */
export const RDS_TRANS_IB: number = c.RDS_TRANS_IB as number;
/**
 * `RDS_TRANS_GAP` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_TRANS_GAP } from "@berkeley/socket";
 * console.log(RDS_TRANS_GAP); // undefined on a platform without it
 * ```
 */
export const RDS_TRANS_GAP: number = c.RDS_TRANS_GAP as number;
/**
 * `RDS_TRANS_TCP` is a socket-related constant from the C headers.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_TRANS_TCP } from "@berkeley/socket";
 * console.log(RDS_TRANS_TCP); // undefined on a platform without it
 * ```
 */
export const RDS_TRANS_TCP: number = c.RDS_TRANS_TCP as number;
/**
 * `RDS_TRANS_COUNT` is a socket-related constant from the C headers.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_TRANS_COUNT } from "@berkeley/socket";
 * console.log(RDS_TRANS_COUNT); // undefined on a platform without it
 * ```
 */
export const RDS_TRANS_COUNT: number = c.RDS_TRANS_COUNT as number;
/**
 * `RDS_TRANS_NONE` is a socket-related constant from the C headers.
 * Value: Linux -1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_TRANS_NONE } from "@berkeley/socket";
 * console.log(RDS_TRANS_NONE); // undefined on a platform without it
 * ```
 */
export const RDS_TRANS_NONE: number = c.RDS_TRANS_NONE as number;
/**
 * `RDS_TRANS_IWARP` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_TRANS_IWARP } from "@berkeley/socket";
 * console.log(RDS_TRANS_IWARP); // undefined on a platform without it
 * ```
 */
export const RDS_TRANS_IWARP: number = c.RDS_TRANS_IWARP as number;
/**
 * `RDS_CMSG_RDMA_ARGS` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_CMSG_RDMA_ARGS } from "@berkeley/socket";
 * console.log(RDS_CMSG_RDMA_ARGS); // undefined on a platform without it
 * ```
 */
export const RDS_CMSG_RDMA_ARGS: number = c.RDS_CMSG_RDMA_ARGS as number;
/**
 * `RDS_CMSG_RDMA_DEST` is a socket-related constant from the C headers.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_CMSG_RDMA_DEST } from "@berkeley/socket";
 * console.log(RDS_CMSG_RDMA_DEST); // undefined on a platform without it
 * ```
 */
export const RDS_CMSG_RDMA_DEST: number = c.RDS_CMSG_RDMA_DEST as number;
/**
 * `RDS_CMSG_RDMA_MAP` is a socket-related constant from the C headers.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_CMSG_RDMA_MAP } from "@berkeley/socket";
 * console.log(RDS_CMSG_RDMA_MAP); // undefined on a platform without it
 * ```
 */
export const RDS_CMSG_RDMA_MAP: number = c.RDS_CMSG_RDMA_MAP as number;
/**
 * `RDS_CMSG_RDMA_STATUS` is a socket-related constant from the C headers.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_CMSG_RDMA_STATUS } from "@berkeley/socket";
 * console.log(RDS_CMSG_RDMA_STATUS); // undefined on a platform without it
 * ```
 */
export const RDS_CMSG_RDMA_STATUS: number = c.RDS_CMSG_RDMA_STATUS as number;
/**
 * `RDS_CMSG_CONG_UPDATE` is a socket-related constant from the C headers.
 * Value: Linux 5; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_CMSG_CONG_UPDATE } from "@berkeley/socket";
 * console.log(RDS_CMSG_CONG_UPDATE); // undefined on a platform without it
 * ```
 */
export const RDS_CMSG_CONG_UPDATE: number = c.RDS_CMSG_CONG_UPDATE as number;
/**
 * `RDS_CMSG_ATOMIC_FADD` is a socket-related constant from the C headers.
 * Value: Linux 6; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_CMSG_ATOMIC_FADD } from "@berkeley/socket";
 * console.log(RDS_CMSG_ATOMIC_FADD); // undefined on a platform without it
 * ```
 */
export const RDS_CMSG_ATOMIC_FADD: number = c.RDS_CMSG_ATOMIC_FADD as number;
/**
 * `RDS_CMSG_ATOMIC_CSWP` is a socket-related constant from the C headers.
 * Value: Linux 7; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_CMSG_ATOMIC_CSWP } from "@berkeley/socket";
 * console.log(RDS_CMSG_ATOMIC_CSWP); // undefined on a platform without it
 * ```
 */
export const RDS_CMSG_ATOMIC_CSWP: number = c.RDS_CMSG_ATOMIC_CSWP as number;
/**
 * `RDS_CMSG_MASKED_ATOMIC_FADD` is a socket-related constant from the C headers.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_CMSG_MASKED_ATOMIC_FADD } from "@berkeley/socket";
 * console.log(RDS_CMSG_MASKED_ATOMIC_FADD); // undefined on a platform without it
 * ```
 */
export const RDS_CMSG_MASKED_ATOMIC_FADD: number = c
  .RDS_CMSG_MASKED_ATOMIC_FADD as number;
/**
 * `RDS_CMSG_MASKED_ATOMIC_CSWP` is a socket-related constant from the C headers.
 * Value: Linux 9; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_CMSG_MASKED_ATOMIC_CSWP } from "@berkeley/socket";
 * console.log(RDS_CMSG_MASKED_ATOMIC_CSWP); // undefined on a platform without it
 * ```
 */
export const RDS_CMSG_MASKED_ATOMIC_CSWP: number = c
  .RDS_CMSG_MASKED_ATOMIC_CSWP as number;
/**
 * `RDS_CMSG_RXPATH_LATENCY` is a socket-related constant from the C headers.
 * Value: Linux 11; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_CMSG_RXPATH_LATENCY } from "@berkeley/socket";
 * console.log(RDS_CMSG_RXPATH_LATENCY); // undefined on a platform without it
 * ```
 */
export const RDS_CMSG_RXPATH_LATENCY: number = c
  .RDS_CMSG_RXPATH_LATENCY as number;
/**
 * `RDS_CMSG_ZCOPY_COOKIE` is a socket-related constant from the C headers.
 * Value: Linux 12; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_CMSG_ZCOPY_COOKIE } from "@berkeley/socket";
 * console.log(RDS_CMSG_ZCOPY_COOKIE); // undefined on a platform without it
 * ```
 */
export const RDS_CMSG_ZCOPY_COOKIE: number = c.RDS_CMSG_ZCOPY_COOKIE as number;
/**
 * `RDS_CMSG_ZCOPY_COMPLETION` is a socket-related constant from the C headers.
 * Value: Linux 13; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_CMSG_ZCOPY_COMPLETION } from "@berkeley/socket";
 * console.log(RDS_CMSG_ZCOPY_COMPLETION); // undefined on a platform without it
 * ```
 */
export const RDS_CMSG_ZCOPY_COMPLETION: number = c
  .RDS_CMSG_ZCOPY_COMPLETION as number;
/**
 * `RDS_INFO_FIRST` is a socket-related constant from the C headers.
 * Value: Linux 10000; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_INFO_FIRST } from "@berkeley/socket";
 * console.log(RDS_INFO_FIRST); // undefined on a platform without it
 * ```
 */
export const RDS_INFO_FIRST: number = c.RDS_INFO_FIRST as number;
/**
 * `RDS_INFO_COUNTERS` is a socket-related constant from the C headers.
 * Value: Linux 10000; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_INFO_COUNTERS } from "@berkeley/socket";
 * console.log(RDS_INFO_COUNTERS); // undefined on a platform without it
 * ```
 */
export const RDS_INFO_COUNTERS: number = c.RDS_INFO_COUNTERS as number;
/**
 * `RDS_INFO_CONNECTIONS` is a socket-related constant from the C headers.
 * Value: Linux 10001; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_INFO_CONNECTIONS } from "@berkeley/socket";
 * console.log(RDS_INFO_CONNECTIONS); // undefined on a platform without it
 * ```
 */
export const RDS_INFO_CONNECTIONS: number = c.RDS_INFO_CONNECTIONS as number;
/**
 * `RDS_INFO_SEND_MESSAGES` is a socket-related constant from the C headers.
 * Value: Linux 10003; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_INFO_SEND_MESSAGES } from "@berkeley/socket";
 * console.log(RDS_INFO_SEND_MESSAGES); // undefined on a platform without it
 * ```
 */
export const RDS_INFO_SEND_MESSAGES: number = c
  .RDS_INFO_SEND_MESSAGES as number;
/**
 * `RDS_INFO_RETRANS_MESSAGES` is a socket-related constant from the C headers.
 * Value: Linux 10004; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_INFO_RETRANS_MESSAGES } from "@berkeley/socket";
 * console.log(RDS_INFO_RETRANS_MESSAGES); // undefined on a platform without it
 * ```
 */
export const RDS_INFO_RETRANS_MESSAGES: number = c
  .RDS_INFO_RETRANS_MESSAGES as number;
/**
 * `RDS_INFO_RECV_MESSAGES` is a socket-related constant from the C headers.
 * Value: Linux 10005; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_INFO_RECV_MESSAGES } from "@berkeley/socket";
 * console.log(RDS_INFO_RECV_MESSAGES); // undefined on a platform without it
 * ```
 */
export const RDS_INFO_RECV_MESSAGES: number = c
  .RDS_INFO_RECV_MESSAGES as number;
/**
 * `RDS_INFO_SOCKETS` is a socket-related constant from the C headers.
 * Value: Linux 10006; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_INFO_SOCKETS } from "@berkeley/socket";
 * console.log(RDS_INFO_SOCKETS); // undefined on a platform without it
 * ```
 */
export const RDS_INFO_SOCKETS: number = c.RDS_INFO_SOCKETS as number;
/**
 * `RDS_INFO_TCP_SOCKETS` is a socket-related constant from the C headers.
 * Value: Linux 10007; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_INFO_TCP_SOCKETS } from "@berkeley/socket";
 * console.log(RDS_INFO_TCP_SOCKETS); // undefined on a platform without it
 * ```
 */
export const RDS_INFO_TCP_SOCKETS: number = c.RDS_INFO_TCP_SOCKETS as number;
/**
 * `RDS_INFO_IB_CONNECTIONS` is a socket-related constant from the C headers.
 * Value: Linux 10008; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_INFO_IB_CONNECTIONS } from "@berkeley/socket";
 * console.log(RDS_INFO_IB_CONNECTIONS); // undefined on a platform without it
 * ```
 */
export const RDS_INFO_IB_CONNECTIONS: number = c
  .RDS_INFO_IB_CONNECTIONS as number;
/**
 * `RDS_INFO_CONNECTION_STATS` is a socket-related constant from the C headers.
 * Value: Linux 10009; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_INFO_CONNECTION_STATS } from "@berkeley/socket";
 * console.log(RDS_INFO_CONNECTION_STATS); // undefined on a platform without it
 * ```
 */
export const RDS_INFO_CONNECTION_STATS: number = c
  .RDS_INFO_CONNECTION_STATS as number;
/**
 * `RDS_INFO_IWARP_CONNECTIONS` is a socket-related constant from the C headers.
 * Value: Linux 10010; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_INFO_IWARP_CONNECTIONS } from "@berkeley/socket";
 * console.log(RDS_INFO_IWARP_CONNECTIONS); // undefined on a platform without it
 * ```
 */
export const RDS_INFO_IWARP_CONNECTIONS: number = c
  .RDS_INFO_IWARP_CONNECTIONS as number;
/**
 * `RDS_INFO_LAST` is a socket-related constant from the C headers.
 * Value: Linux 10017; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_INFO_LAST } from "@berkeley/socket";
 * console.log(RDS_INFO_LAST); // undefined on a platform without it
 * ```
 */
export const RDS_INFO_LAST: number = c.RDS_INFO_LAST as number;
/**
 * `RDS_INFO_CONNECTION_FLAG_SENDING` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_INFO_CONNECTION_FLAG_SENDING } from "@berkeley/socket";
 * console.log(RDS_INFO_CONNECTION_FLAG_SENDING); // undefined on a platform without it
 * ```
 */
export const RDS_INFO_CONNECTION_FLAG_SENDING: number = c
  .RDS_INFO_CONNECTION_FLAG_SENDING as number;
/**
 * `RDS_INFO_CONNECTION_FLAG_CONNECTING` is a socket-related constant from the C headers.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_INFO_CONNECTION_FLAG_CONNECTING } from "@berkeley/socket";
 * console.log(RDS_INFO_CONNECTION_FLAG_CONNECTING); // undefined on a platform without it
 * ```
 */
export const RDS_INFO_CONNECTION_FLAG_CONNECTING: number = c
  .RDS_INFO_CONNECTION_FLAG_CONNECTING as number;
/**
 * `RDS_INFO_CONNECTION_FLAG_CONNECTED` is a socket-related constant from the C headers.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_INFO_CONNECTION_FLAG_CONNECTED } from "@berkeley/socket";
 * console.log(RDS_INFO_CONNECTION_FLAG_CONNECTED); // undefined on a platform without it
 * ```
 */
export const RDS_INFO_CONNECTION_FLAG_CONNECTED: number = c
  .RDS_INFO_CONNECTION_FLAG_CONNECTED as number;
/**
 * `RDS_INFO_MESSAGE_FLAG_ACK` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_INFO_MESSAGE_FLAG_ACK } from "@berkeley/socket";
 * console.log(RDS_INFO_MESSAGE_FLAG_ACK); // undefined on a platform without it
 * ```
 */
export const RDS_INFO_MESSAGE_FLAG_ACK: number = c
  .RDS_INFO_MESSAGE_FLAG_ACK as number;
/**
 * `RDS_INFO_MESSAGE_FLAG_FAST_ACK` is a socket-related constant from the C headers.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_INFO_MESSAGE_FLAG_FAST_ACK } from "@berkeley/socket";
 * console.log(RDS_INFO_MESSAGE_FLAG_FAST_ACK); // undefined on a platform without it
 * ```
 */
export const RDS_INFO_MESSAGE_FLAG_FAST_ACK: number = c
  .RDS_INFO_MESSAGE_FLAG_FAST_ACK as number;
/**
 * `RDS_IB_GID_LEN` is a socket-related constant from the C headers.
 * Value: Linux 16; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_IB_GID_LEN } from "@berkeley/socket";
 * console.log(RDS_IB_GID_LEN); // undefined on a platform without it
 * ```
 */
export const RDS_IB_GID_LEN: number = c.RDS_IB_GID_LEN as number;
/**
 * `RDS_CONG_MONITOR_SIZE` is a socket-related constant from the C headers.
 * Value: Linux 64; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_CONG_MONITOR_SIZE } from "@berkeley/socket";
 * console.log(RDS_CONG_MONITOR_SIZE); // undefined on a platform without it
 * ```
 */
export const RDS_CONG_MONITOR_SIZE: number = c.RDS_CONG_MONITOR_SIZE as number;
/**
 * `RDS_RDMA_SUCCESS` is a socket-related constant from the C headers.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_RDMA_SUCCESS } from "@berkeley/socket";
 * console.log(RDS_RDMA_SUCCESS); // undefined on a platform without it
 * ```
 */
export const RDS_RDMA_SUCCESS: number = c.RDS_RDMA_SUCCESS as number;
/**
 * `RDS_RDMA_REMOTE_ERROR` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_RDMA_REMOTE_ERROR } from "@berkeley/socket";
 * console.log(RDS_RDMA_REMOTE_ERROR); // undefined on a platform without it
 * ```
 */
export const RDS_RDMA_REMOTE_ERROR: number = c.RDS_RDMA_REMOTE_ERROR as number;
/**
 * `RDS_RDMA_CANCELED` is a socket-related constant from the C headers.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_RDMA_CANCELED } from "@berkeley/socket";
 * console.log(RDS_RDMA_CANCELED); // undefined on a platform without it
 * ```
 */
export const RDS_RDMA_CANCELED: number = c.RDS_RDMA_CANCELED as number;
/**
 * `RDS_RDMA_DROPPED` is a socket-related constant from the C headers.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_RDMA_DROPPED } from "@berkeley/socket";
 * console.log(RDS_RDMA_DROPPED); // undefined on a platform without it
 * ```
 */
export const RDS_RDMA_DROPPED: number = c.RDS_RDMA_DROPPED as number;
/**
 * `RDS_RDMA_OTHER_ERROR` is a socket-related constant from the C headers.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_RDMA_OTHER_ERROR } from "@berkeley/socket";
 * console.log(RDS_RDMA_OTHER_ERROR); // undefined on a platform without it
 * ```
 */
export const RDS_RDMA_OTHER_ERROR: number = c.RDS_RDMA_OTHER_ERROR as number;
/**
 * `RDS_MAX_ZCOOKIES` is a socket-related constant from the C headers.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_MAX_ZCOOKIES } from "@berkeley/socket";
 * console.log(RDS_MAX_ZCOOKIES); // undefined on a platform without it
 * ```
 */
export const RDS_MAX_ZCOOKIES: number = c.RDS_MAX_ZCOOKIES as number;
/**
 * `RDS_RDMA_READWRITE` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_RDMA_READWRITE } from "@berkeley/socket";
 * console.log(RDS_RDMA_READWRITE); // undefined on a platform without it
 * ```
 */
export const RDS_RDMA_READWRITE: number = c.RDS_RDMA_READWRITE as number;
/**
 * `RDS_RDMA_FENCE` is a socket-related constant from the C headers.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_RDMA_FENCE } from "@berkeley/socket";
 * console.log(RDS_RDMA_FENCE); // undefined on a platform without it
 * ```
 */
export const RDS_RDMA_FENCE: number = c.RDS_RDMA_FENCE as number;
/**
 * `RDS_RDMA_INVALIDATE` is a socket-related constant from the C headers.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_RDMA_INVALIDATE } from "@berkeley/socket";
 * console.log(RDS_RDMA_INVALIDATE); // undefined on a platform without it
 * ```
 */
export const RDS_RDMA_INVALIDATE: number = c.RDS_RDMA_INVALIDATE as number;
/**
 * `RDS_RDMA_USE_ONCE` is a socket-related constant from the C headers.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_RDMA_USE_ONCE } from "@berkeley/socket";
 * console.log(RDS_RDMA_USE_ONCE); // undefined on a platform without it
 * ```
 */
export const RDS_RDMA_USE_ONCE: number = c.RDS_RDMA_USE_ONCE as number;
/**
 * `RDS_RDMA_DONTWAIT` is a socket-related constant from the C headers.
 * Value: Linux 16; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_RDMA_DONTWAIT } from "@berkeley/socket";
 * console.log(RDS_RDMA_DONTWAIT); // undefined on a platform without it
 * ```
 */
export const RDS_RDMA_DONTWAIT: number = c.RDS_RDMA_DONTWAIT as number;
/**
 * `RDS_RDMA_NOTIFY_ME` is a socket-related constant from the C headers.
 * Value: Linux 32; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_RDMA_NOTIFY_ME } from "@berkeley/socket";
 * console.log(RDS_RDMA_NOTIFY_ME); // undefined on a platform without it
 * ```
 */
export const RDS_RDMA_NOTIFY_ME: number = c.RDS_RDMA_NOTIFY_ME as number;
/**
 * `RDS_RDMA_SILENT` is a socket-related constant from the C headers.
 * Value: Linux 64; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RDS_RDMA_SILENT } from "@berkeley/socket";
 * console.log(RDS_RDMA_SILENT); // undefined on a platform without it
 * ```
 */
export const RDS_RDMA_SILENT: number = c.RDS_RDMA_SILENT as number;
/**
 * `QRTR_NODE_BCAST` is a socket-related constant from the C headers.
 * Value: Linux 4294967295; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { QRTR_NODE_BCAST } from "@berkeley/socket";
 * console.log(QRTR_NODE_BCAST); // undefined on a platform without it
 * ```
 */
export const QRTR_NODE_BCAST: number = c.QRTR_NODE_BCAST as number;
/**
 * `QRTR_PORT_CTRL` is a socket-related constant from the C headers.
 * Value: Linux 4294967294; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { QRTR_PORT_CTRL } from "@berkeley/socket";
 * console.log(QRTR_PORT_CTRL); // undefined on a platform without it
 * ```
 */
export const QRTR_PORT_CTRL: number = c.QRTR_PORT_CTRL as number;
/**
 * `SCTP_FUTURE_ASSOC` is a socket-related constant from the C headers.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_FUTURE_ASSOC } from "@berkeley/socket";
 * console.log(SCTP_FUTURE_ASSOC); // undefined on a platform without it
 * ```
 */
export const SCTP_FUTURE_ASSOC: number = c.SCTP_FUTURE_ASSOC as number;
/**
 * `SCTP_CURRENT_ASSOC` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_CURRENT_ASSOC } from "@berkeley/socket";
 * console.log(SCTP_CURRENT_ASSOC); // undefined on a platform without it
 * ```
 */
export const SCTP_CURRENT_ASSOC: number = c.SCTP_CURRENT_ASSOC as number;
/**
 * `SCTP_ALL_ASSOC` is a socket-related constant from the C headers.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_ALL_ASSOC } from "@berkeley/socket";
 * console.log(SCTP_ALL_ASSOC); // undefined on a platform without it
 * ```
 */
export const SCTP_ALL_ASSOC: number = c.SCTP_ALL_ASSOC as number;
/**
 * `SCTP_RTOINFO` is a socket-related constant from the C headers.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_RTOINFO } from "@berkeley/socket";
 * console.log(SCTP_RTOINFO); // undefined on a platform without it
 * ```
 */
export const SCTP_RTOINFO: number = c.SCTP_RTOINFO as number;
/**
 * `SCTP_ASSOCINFO` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_ASSOCINFO } from "@berkeley/socket";
 * console.log(SCTP_ASSOCINFO); // undefined on a platform without it
 * ```
 */
export const SCTP_ASSOCINFO: number = c.SCTP_ASSOCINFO as number;
/**
 * `SCTP_INITMSG` is a socket-related constant from the C headers.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_INITMSG } from "@berkeley/socket";
 * console.log(SCTP_INITMSG); // undefined on a platform without it
 * ```
 */
export const SCTP_INITMSG: number = c.SCTP_INITMSG as number;
/**
 * `SCTP_NODELAY` is a socket-related constant from the C headers.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_NODELAY } from "@berkeley/socket";
 * console.log(SCTP_NODELAY); // undefined on a platform without it
 * ```
 */
export const SCTP_NODELAY: number = c.SCTP_NODELAY as number;
/**
 * `SCTP_AUTOCLOSE` is a socket-related constant from the C headers.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_AUTOCLOSE } from "@berkeley/socket";
 * console.log(SCTP_AUTOCLOSE); // undefined on a platform without it
 * ```
 */
export const SCTP_AUTOCLOSE: number = c.SCTP_AUTOCLOSE as number;
/**
 * `SCTP_SET_PEER_PRIMARY_ADDR` is a socket-related constant from the C headers.
 * Value: Linux 5; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_SET_PEER_PRIMARY_ADDR } from "@berkeley/socket";
 * console.log(SCTP_SET_PEER_PRIMARY_ADDR); // undefined on a platform without it
 * ```
 */
export const SCTP_SET_PEER_PRIMARY_ADDR: number = c
  .SCTP_SET_PEER_PRIMARY_ADDR as number;
/**
 * `SCTP_PRIMARY_ADDR` is a socket-related constant from the C headers.
 * Value: Linux 6; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_PRIMARY_ADDR } from "@berkeley/socket";
 * console.log(SCTP_PRIMARY_ADDR); // undefined on a platform without it
 * ```
 */
export const SCTP_PRIMARY_ADDR: number = c.SCTP_PRIMARY_ADDR as number;
/**
 * `SCTP_ADAPTATION_LAYER` is a socket-related constant from the C headers.
 * Value: Linux 7; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_ADAPTATION_LAYER } from "@berkeley/socket";
 * console.log(SCTP_ADAPTATION_LAYER); // undefined on a platform without it
 * ```
 */
export const SCTP_ADAPTATION_LAYER: number = c.SCTP_ADAPTATION_LAYER as number;
/**
 * `SCTP_DISABLE_FRAGMENTS` is a socket-related constant from the C headers.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_DISABLE_FRAGMENTS } from "@berkeley/socket";
 * console.log(SCTP_DISABLE_FRAGMENTS); // undefined on a platform without it
 * ```
 */
export const SCTP_DISABLE_FRAGMENTS: number = c
  .SCTP_DISABLE_FRAGMENTS as number;
/**
 * `SCTP_PEER_ADDR_PARAMS` is a socket-related constant from the C headers.
 * Value: Linux 9; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_PEER_ADDR_PARAMS } from "@berkeley/socket";
 * console.log(SCTP_PEER_ADDR_PARAMS); // undefined on a platform without it
 * ```
 */
export const SCTP_PEER_ADDR_PARAMS: number = c.SCTP_PEER_ADDR_PARAMS as number;
/**
 * `SCTP_DEFAULT_SEND_PARAM` is a socket-related constant from the C headers.
 * Value: Linux 10; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_DEFAULT_SEND_PARAM } from "@berkeley/socket";
 * console.log(SCTP_DEFAULT_SEND_PARAM); // undefined on a platform without it
 * ```
 */
export const SCTP_DEFAULT_SEND_PARAM: number = c
  .SCTP_DEFAULT_SEND_PARAM as number;
/**
 * `SCTP_EVENTS` is a socket-related constant from the C headers.
 * Value: Linux 11; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_EVENTS } from "@berkeley/socket";
 * console.log(SCTP_EVENTS); // undefined on a platform without it
 * ```
 */
export const SCTP_EVENTS: number = c.SCTP_EVENTS as number;
/**
 * `SCTP_I_WANT_MAPPED_V4_ADDR` is a socket-related constant from the C headers.
 * Value: Linux 12; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_I_WANT_MAPPED_V4_ADDR } from "@berkeley/socket";
 * console.log(SCTP_I_WANT_MAPPED_V4_ADDR); // undefined on a platform without it
 * ```
 */
export const SCTP_I_WANT_MAPPED_V4_ADDR: number = c
  .SCTP_I_WANT_MAPPED_V4_ADDR as number;
/**
 * `SCTP_MAXSEG` is a socket-related constant from the C headers.
 * Value: Linux 13; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_MAXSEG } from "@berkeley/socket";
 * console.log(SCTP_MAXSEG); // undefined on a platform without it
 * ```
 */
export const SCTP_MAXSEG: number = c.SCTP_MAXSEG as number;
/**
 * `SCTP_STATUS` is a socket-related constant from the C headers.
 * Value: Linux 14; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_STATUS } from "@berkeley/socket";
 * console.log(SCTP_STATUS); // undefined on a platform without it
 * ```
 */
export const SCTP_STATUS: number = c.SCTP_STATUS as number;
/**
 * `SCTP_GET_PEER_ADDR_INFO` is a socket-related constant from the C headers.
 * Value: Linux 15; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_GET_PEER_ADDR_INFO } from "@berkeley/socket";
 * console.log(SCTP_GET_PEER_ADDR_INFO); // undefined on a platform without it
 * ```
 */
export const SCTP_GET_PEER_ADDR_INFO: number = c
  .SCTP_GET_PEER_ADDR_INFO as number;
/**
 * `SCTP_DELAYED_ACK_TIME` is a socket-related constant from the C headers.
 * Value: Linux 16; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_DELAYED_ACK_TIME } from "@berkeley/socket";
 * console.log(SCTP_DELAYED_ACK_TIME); // undefined on a platform without it
 * ```
 */
export const SCTP_DELAYED_ACK_TIME: number = c.SCTP_DELAYED_ACK_TIME as number;
/**
 * `SCTP_DELAYED_ACK` is a socket-related constant from the C headers.
 * Value: Linux 16; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_DELAYED_ACK } from "@berkeley/socket";
 * console.log(SCTP_DELAYED_ACK); // undefined on a platform without it
 * ```
 */
export const SCTP_DELAYED_ACK: number = c.SCTP_DELAYED_ACK as number;
/**
 * `SCTP_DELAYED_SACK` is a socket-related constant from the C headers.
 * Value: Linux 16; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_DELAYED_SACK } from "@berkeley/socket";
 * console.log(SCTP_DELAYED_SACK); // undefined on a platform without it
 * ```
 */
export const SCTP_DELAYED_SACK: number = c.SCTP_DELAYED_SACK as number;
/**
 * `SCTP_CONTEXT` is a socket-related constant from the C headers.
 * Value: Linux 17; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_CONTEXT } from "@berkeley/socket";
 * console.log(SCTP_CONTEXT); // undefined on a platform without it
 * ```
 */
export const SCTP_CONTEXT: number = c.SCTP_CONTEXT as number;
/**
 * `SCTP_FRAGMENT_INTERLEAVE` is a socket-related constant from the C headers.
 * Value: Linux 18; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_FRAGMENT_INTERLEAVE } from "@berkeley/socket";
 * console.log(SCTP_FRAGMENT_INTERLEAVE); // undefined on a platform without it
 * ```
 */
export const SCTP_FRAGMENT_INTERLEAVE: number = c
  .SCTP_FRAGMENT_INTERLEAVE as number;
/**
 * `SCTP_PARTIAL_DELIVERY_POINT` is a socket-related constant from the C headers.
 * Value: Linux 19; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_PARTIAL_DELIVERY_POINT } from "@berkeley/socket";
 * console.log(SCTP_PARTIAL_DELIVERY_POINT); // undefined on a platform without it
 * ```
 */
export const SCTP_PARTIAL_DELIVERY_POINT: number = c
  .SCTP_PARTIAL_DELIVERY_POINT as number;
/**
 * `SCTP_MAX_BURST` is a socket-related constant from the C headers.
 * Value: Linux 20; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_MAX_BURST } from "@berkeley/socket";
 * console.log(SCTP_MAX_BURST); // undefined on a platform without it
 * ```
 */
export const SCTP_MAX_BURST: number = c.SCTP_MAX_BURST as number;
/**
 * `SCTP_AUTH_CHUNK` is a socket-related constant from the C headers.
 * Value: Linux 21; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_AUTH_CHUNK } from "@berkeley/socket";
 * console.log(SCTP_AUTH_CHUNK); // undefined on a platform without it
 * ```
 */
export const SCTP_AUTH_CHUNK: number = c.SCTP_AUTH_CHUNK as number;
/**
 * `SCTP_HMAC_IDENT` is a socket-related constant from the C headers.
 * Value: Linux 22; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_HMAC_IDENT } from "@berkeley/socket";
 * console.log(SCTP_HMAC_IDENT); // undefined on a platform without it
 * ```
 */
export const SCTP_HMAC_IDENT: number = c.SCTP_HMAC_IDENT as number;
/**
 * `SCTP_AUTH_KEY` is a socket-related constant from the C headers.
 * Value: Linux 23; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_AUTH_KEY } from "@berkeley/socket";
 * console.log(SCTP_AUTH_KEY); // undefined on a platform without it
 * ```
 */
export const SCTP_AUTH_KEY: number = c.SCTP_AUTH_KEY as number;
/**
 * `SCTP_AUTH_ACTIVE_KEY` is a socket-related constant from the C headers.
 * Value: Linux 24; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_AUTH_ACTIVE_KEY } from "@berkeley/socket";
 * console.log(SCTP_AUTH_ACTIVE_KEY); // undefined on a platform without it
 * ```
 */
export const SCTP_AUTH_ACTIVE_KEY: number = c.SCTP_AUTH_ACTIVE_KEY as number;
/**
 * `SCTP_AUTH_DELETE_KEY` is a socket-related constant from the C headers.
 * Value: Linux 25; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_AUTH_DELETE_KEY } from "@berkeley/socket";
 * console.log(SCTP_AUTH_DELETE_KEY); // undefined on a platform without it
 * ```
 */
export const SCTP_AUTH_DELETE_KEY: number = c.SCTP_AUTH_DELETE_KEY as number;
/**
 * `SCTP_PEER_AUTH_CHUNKS` is a socket-related constant from the C headers.
 * Value: Linux 26; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_PEER_AUTH_CHUNKS } from "@berkeley/socket";
 * console.log(SCTP_PEER_AUTH_CHUNKS); // undefined on a platform without it
 * ```
 */
export const SCTP_PEER_AUTH_CHUNKS: number = c.SCTP_PEER_AUTH_CHUNKS as number;
/**
 * `SCTP_LOCAL_AUTH_CHUNKS` is a socket-related constant from the C headers.
 * Value: Linux 27; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_LOCAL_AUTH_CHUNKS } from "@berkeley/socket";
 * console.log(SCTP_LOCAL_AUTH_CHUNKS); // undefined on a platform without it
 * ```
 */
export const SCTP_LOCAL_AUTH_CHUNKS: number = c
  .SCTP_LOCAL_AUTH_CHUNKS as number;
/**
 * `SCTP_GET_ASSOC_NUMBER` is a socket-related constant from the C headers.
 * Value: Linux 28; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_GET_ASSOC_NUMBER } from "@berkeley/socket";
 * console.log(SCTP_GET_ASSOC_NUMBER); // undefined on a platform without it
 * ```
 */
export const SCTP_GET_ASSOC_NUMBER: number = c.SCTP_GET_ASSOC_NUMBER as number;
/**
 * `SCTP_GET_ASSOC_ID_LIST` is a socket-related constant from the C headers.
 * Value: Linux 29; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_GET_ASSOC_ID_LIST } from "@berkeley/socket";
 * console.log(SCTP_GET_ASSOC_ID_LIST); // undefined on a platform without it
 * ```
 */
export const SCTP_GET_ASSOC_ID_LIST: number = c
  .SCTP_GET_ASSOC_ID_LIST as number;
/**
 * `SCTP_AUTO_ASCONF` is a socket-related constant from the C headers.
 * Value: Linux 30; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_AUTO_ASCONF } from "@berkeley/socket";
 * console.log(SCTP_AUTO_ASCONF); // undefined on a platform without it
 * ```
 */
export const SCTP_AUTO_ASCONF: number = c.SCTP_AUTO_ASCONF as number;
/**
 * `SCTP_PEER_ADDR_THLDS` is a socket-related constant from the C headers.
 * Value: Linux 31; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_PEER_ADDR_THLDS } from "@berkeley/socket";
 * console.log(SCTP_PEER_ADDR_THLDS); // undefined on a platform without it
 * ```
 */
export const SCTP_PEER_ADDR_THLDS: number = c.SCTP_PEER_ADDR_THLDS as number;
/**
 * `SCTP_RECVRCVINFO` is a socket-related constant from the C headers.
 * Value: Linux 32; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_RECVRCVINFO } from "@berkeley/socket";
 * console.log(SCTP_RECVRCVINFO); // undefined on a platform without it
 * ```
 */
export const SCTP_RECVRCVINFO: number = c.SCTP_RECVRCVINFO as number;
/**
 * `SCTP_RECVNXTINFO` is a socket-related constant from the C headers.
 * Value: Linux 33; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_RECVNXTINFO } from "@berkeley/socket";
 * console.log(SCTP_RECVNXTINFO); // undefined on a platform without it
 * ```
 */
export const SCTP_RECVNXTINFO: number = c.SCTP_RECVNXTINFO as number;
/**
 * `SCTP_DEFAULT_SNDINFO` is a socket-related constant from the C headers.
 * Value: Linux 34; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_DEFAULT_SNDINFO } from "@berkeley/socket";
 * console.log(SCTP_DEFAULT_SNDINFO); // undefined on a platform without it
 * ```
 */
export const SCTP_DEFAULT_SNDINFO: number = c.SCTP_DEFAULT_SNDINFO as number;
/**
 * `SCTP_AUTH_DEACTIVATE_KEY` is a socket-related constant from the C headers.
 * Value: Linux 35; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_AUTH_DEACTIVATE_KEY } from "@berkeley/socket";
 * console.log(SCTP_AUTH_DEACTIVATE_KEY); // undefined on a platform without it
 * ```
 */
export const SCTP_AUTH_DEACTIVATE_KEY: number = c
  .SCTP_AUTH_DEACTIVATE_KEY as number;
/**
 * `SCTP_REUSE_PORT` is a socket-related constant from the C headers.
 * Value: Linux 36; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_REUSE_PORT } from "@berkeley/socket";
 * console.log(SCTP_REUSE_PORT); // undefined on a platform without it
 * ```
 */
export const SCTP_REUSE_PORT: number = c.SCTP_REUSE_PORT as number;
/**
 * `SCTP_PEER_ADDR_THLDS_V2` is a socket-related constant from the C headers.
 * Value: Linux 37; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_PEER_ADDR_THLDS_V2 } from "@berkeley/socket";
 * console.log(SCTP_PEER_ADDR_THLDS_V2); // undefined on a platform without it
 * ```
 */
export const SCTP_PEER_ADDR_THLDS_V2: number = c
  .SCTP_PEER_ADDR_THLDS_V2 as number;
/**
 * `SCTP_SOCKOPT_BINDX_ADD` is a socket-related constant from the C headers.
 * Value: Linux 100; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_SOCKOPT_BINDX_ADD } from "@berkeley/socket";
 * console.log(SCTP_SOCKOPT_BINDX_ADD); // undefined on a platform without it
 * ```
 */
export const SCTP_SOCKOPT_BINDX_ADD: number = c
  .SCTP_SOCKOPT_BINDX_ADD as number;
/**
 * `SCTP_SOCKOPT_BINDX_REM` is a socket-related constant from the C headers.
 * Value: Linux 101; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_SOCKOPT_BINDX_REM } from "@berkeley/socket";
 * console.log(SCTP_SOCKOPT_BINDX_REM); // undefined on a platform without it
 * ```
 */
export const SCTP_SOCKOPT_BINDX_REM: number = c
  .SCTP_SOCKOPT_BINDX_REM as number;
/**
 * `SCTP_SOCKOPT_PEELOFF` is a socket-related constant from the C headers.
 * Value: Linux 102; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_SOCKOPT_PEELOFF } from "@berkeley/socket";
 * console.log(SCTP_SOCKOPT_PEELOFF); // undefined on a platform without it
 * ```
 */
export const SCTP_SOCKOPT_PEELOFF: number = c.SCTP_SOCKOPT_PEELOFF as number;
/**
 * `SCTP_SOCKOPT_CONNECTX_OLD` is a socket-related constant from the C headers.
 * Value: Linux 107; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_SOCKOPT_CONNECTX_OLD } from "@berkeley/socket";
 * console.log(SCTP_SOCKOPT_CONNECTX_OLD); // undefined on a platform without it
 * ```
 */
export const SCTP_SOCKOPT_CONNECTX_OLD: number = c
  .SCTP_SOCKOPT_CONNECTX_OLD as number;
/**
 * `SCTP_GET_PEER_ADDRS` is a socket-related constant from the C headers.
 * Value: Linux 108; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_GET_PEER_ADDRS } from "@berkeley/socket";
 * console.log(SCTP_GET_PEER_ADDRS); // undefined on a platform without it
 * ```
 */
export const SCTP_GET_PEER_ADDRS: number = c.SCTP_GET_PEER_ADDRS as number;
/**
 * `SCTP_GET_LOCAL_ADDRS` is a socket-related constant from the C headers.
 * Value: Linux 109; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_GET_LOCAL_ADDRS } from "@berkeley/socket";
 * console.log(SCTP_GET_LOCAL_ADDRS); // undefined on a platform without it
 * ```
 */
export const SCTP_GET_LOCAL_ADDRS: number = c.SCTP_GET_LOCAL_ADDRS as number;
/**
 * `SCTP_SOCKOPT_CONNECTX` is a socket-related constant from the C headers.
 * Value: Linux 110; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_SOCKOPT_CONNECTX } from "@berkeley/socket";
 * console.log(SCTP_SOCKOPT_CONNECTX); // undefined on a platform without it
 * ```
 */
export const SCTP_SOCKOPT_CONNECTX: number = c.SCTP_SOCKOPT_CONNECTX as number;
/**
 * `SCTP_SOCKOPT_CONNECTX3` is a socket-related constant from the C headers.
 * Value: Linux 111; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_SOCKOPT_CONNECTX3 } from "@berkeley/socket";
 * console.log(SCTP_SOCKOPT_CONNECTX3); // undefined on a platform without it
 * ```
 */
export const SCTP_SOCKOPT_CONNECTX3: number = c
  .SCTP_SOCKOPT_CONNECTX3 as number;
/**
 * `SCTP_GET_ASSOC_STATS` is a socket-related constant from the C headers.
 * Value: Linux 112; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_GET_ASSOC_STATS } from "@berkeley/socket";
 * console.log(SCTP_GET_ASSOC_STATS); // undefined on a platform without it
 * ```
 */
export const SCTP_GET_ASSOC_STATS: number = c.SCTP_GET_ASSOC_STATS as number;
/**
 * `SCTP_PR_SUPPORTED` is a socket-related constant from the C headers.
 * Value: Linux 113; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_PR_SUPPORTED } from "@berkeley/socket";
 * console.log(SCTP_PR_SUPPORTED); // undefined on a platform without it
 * ```
 */
export const SCTP_PR_SUPPORTED: number = c.SCTP_PR_SUPPORTED as number;
/**
 * `SCTP_DEFAULT_PRINFO` is a socket-related constant from the C headers.
 * Value: Linux 114; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_DEFAULT_PRINFO } from "@berkeley/socket";
 * console.log(SCTP_DEFAULT_PRINFO); // undefined on a platform without it
 * ```
 */
export const SCTP_DEFAULT_PRINFO: number = c.SCTP_DEFAULT_PRINFO as number;
/**
 * `SCTP_PR_ASSOC_STATUS` is a socket-related constant from the C headers.
 * Value: Linux 115; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_PR_ASSOC_STATUS } from "@berkeley/socket";
 * console.log(SCTP_PR_ASSOC_STATUS); // undefined on a platform without it
 * ```
 */
export const SCTP_PR_ASSOC_STATUS: number = c.SCTP_PR_ASSOC_STATUS as number;
/**
 * `SCTP_PR_STREAM_STATUS` is a socket-related constant from the C headers.
 * Value: Linux 116; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_PR_STREAM_STATUS } from "@berkeley/socket";
 * console.log(SCTP_PR_STREAM_STATUS); // undefined on a platform without it
 * ```
 */
export const SCTP_PR_STREAM_STATUS: number = c.SCTP_PR_STREAM_STATUS as number;
/**
 * `SCTP_RECONFIG_SUPPORTED` is a socket-related constant from the C headers.
 * Value: Linux 117; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_RECONFIG_SUPPORTED } from "@berkeley/socket";
 * console.log(SCTP_RECONFIG_SUPPORTED); // undefined on a platform without it
 * ```
 */
export const SCTP_RECONFIG_SUPPORTED: number = c
  .SCTP_RECONFIG_SUPPORTED as number;
/**
 * `SCTP_ENABLE_STREAM_RESET` is a socket-related constant from the C headers.
 * Value: Linux 118; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_ENABLE_STREAM_RESET } from "@berkeley/socket";
 * console.log(SCTP_ENABLE_STREAM_RESET); // undefined on a platform without it
 * ```
 */
export const SCTP_ENABLE_STREAM_RESET: number = c
  .SCTP_ENABLE_STREAM_RESET as number;
/**
 * `SCTP_RESET_STREAMS` is a socket-related constant from the C headers.
 * Value: Linux 119; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_RESET_STREAMS } from "@berkeley/socket";
 * console.log(SCTP_RESET_STREAMS); // undefined on a platform without it
 * ```
 */
export const SCTP_RESET_STREAMS: number = c.SCTP_RESET_STREAMS as number;
/**
 * `SCTP_RESET_ASSOC` is a socket-related constant from the C headers.
 * Value: Linux 120; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_RESET_ASSOC } from "@berkeley/socket";
 * console.log(SCTP_RESET_ASSOC); // undefined on a platform without it
 * ```
 */
export const SCTP_RESET_ASSOC: number = c.SCTP_RESET_ASSOC as number;
/**
 * `SCTP_ADD_STREAMS` is a socket-related constant from the C headers.
 * Value: Linux 121; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_ADD_STREAMS } from "@berkeley/socket";
 * console.log(SCTP_ADD_STREAMS); // undefined on a platform without it
 * ```
 */
export const SCTP_ADD_STREAMS: number = c.SCTP_ADD_STREAMS as number;
/**
 * `SCTP_SOCKOPT_PEELOFF_FLAGS` is a socket-related constant from the C headers.
 * Value: Linux 122; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_SOCKOPT_PEELOFF_FLAGS } from "@berkeley/socket";
 * console.log(SCTP_SOCKOPT_PEELOFF_FLAGS); // undefined on a platform without it
 * ```
 */
export const SCTP_SOCKOPT_PEELOFF_FLAGS: number = c
  .SCTP_SOCKOPT_PEELOFF_FLAGS as number;
/**
 * `SCTP_STREAM_SCHEDULER` is a socket-related constant from the C headers.
 * Value: Linux 123; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_STREAM_SCHEDULER } from "@berkeley/socket";
 * console.log(SCTP_STREAM_SCHEDULER); // undefined on a platform without it
 * ```
 */
export const SCTP_STREAM_SCHEDULER: number = c.SCTP_STREAM_SCHEDULER as number;
/**
 * `SCTP_STREAM_SCHEDULER_VALUE` is a socket-related constant from the C headers.
 * Value: Linux 124; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_STREAM_SCHEDULER_VALUE } from "@berkeley/socket";
 * console.log(SCTP_STREAM_SCHEDULER_VALUE); // undefined on a platform without it
 * ```
 */
export const SCTP_STREAM_SCHEDULER_VALUE: number = c
  .SCTP_STREAM_SCHEDULER_VALUE as number;
/**
 * `SCTP_INTERLEAVING_SUPPORTED` is a socket-related constant from the C headers.
 * Value: Linux 125; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_INTERLEAVING_SUPPORTED } from "@berkeley/socket";
 * console.log(SCTP_INTERLEAVING_SUPPORTED); // undefined on a platform without it
 * ```
 */
export const SCTP_INTERLEAVING_SUPPORTED: number = c
  .SCTP_INTERLEAVING_SUPPORTED as number;
/**
 * `SCTP_SENDMSG_CONNECT` is a socket-related constant from the C headers.
 * Value: Linux 126; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_SENDMSG_CONNECT } from "@berkeley/socket";
 * console.log(SCTP_SENDMSG_CONNECT); // undefined on a platform without it
 * ```
 */
export const SCTP_SENDMSG_CONNECT: number = c.SCTP_SENDMSG_CONNECT as number;
/**
 * `SCTP_EVENT` is a socket-related constant from the C headers.
 * Value: Linux 127; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_EVENT } from "@berkeley/socket";
 * console.log(SCTP_EVENT); // undefined on a platform without it
 * ```
 */
export const SCTP_EVENT: number = c.SCTP_EVENT as number;
/**
 * `SCTP_ASCONF_SUPPORTED` is a socket-related constant from the C headers.
 * Value: Linux 128; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_ASCONF_SUPPORTED } from "@berkeley/socket";
 * console.log(SCTP_ASCONF_SUPPORTED); // undefined on a platform without it
 * ```
 */
export const SCTP_ASCONF_SUPPORTED: number = c.SCTP_ASCONF_SUPPORTED as number;
/**
 * `SCTP_AUTH_SUPPORTED` is a socket-related constant from the C headers.
 * Value: Linux 129; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_AUTH_SUPPORTED } from "@berkeley/socket";
 * console.log(SCTP_AUTH_SUPPORTED); // undefined on a platform without it
 * ```
 */
export const SCTP_AUTH_SUPPORTED: number = c.SCTP_AUTH_SUPPORTED as number;
/**
 * `SCTP_ECN_SUPPORTED` is a socket-related constant from the C headers.
 * Value: Linux 130; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_ECN_SUPPORTED } from "@berkeley/socket";
 * console.log(SCTP_ECN_SUPPORTED); // undefined on a platform without it
 * ```
 */
export const SCTP_ECN_SUPPORTED: number = c.SCTP_ECN_SUPPORTED as number;
/**
 * `SCTP_EXPOSE_POTENTIALLY_FAILED_STATE` is a socket-related constant from the C headers.
 * Value: Linux 131; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_EXPOSE_POTENTIALLY_FAILED_STATE } from "@berkeley/socket";
 * console.log(SCTP_EXPOSE_POTENTIALLY_FAILED_STATE); // undefined on a platform without it
 * ```
 */
export const SCTP_EXPOSE_POTENTIALLY_FAILED_STATE: number = c
  .SCTP_EXPOSE_POTENTIALLY_FAILED_STATE as number;
/**
 * `SCTP_EXPOSE_PF_STATE` is a socket-related constant from the C headers.
 * Value: Linux 131; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_EXPOSE_PF_STATE } from "@berkeley/socket";
 * console.log(SCTP_EXPOSE_PF_STATE); // undefined on a platform without it
 * ```
 */
export const SCTP_EXPOSE_PF_STATE: number = c.SCTP_EXPOSE_PF_STATE as number;
/**
 * `SCTP_REMOTE_UDP_ENCAPS_PORT` is a socket-related constant from the C headers.
 * Value: Linux 132; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_REMOTE_UDP_ENCAPS_PORT } from "@berkeley/socket";
 * console.log(SCTP_REMOTE_UDP_ENCAPS_PORT); // undefined on a platform without it
 * ```
 */
export const SCTP_REMOTE_UDP_ENCAPS_PORT: number = c
  .SCTP_REMOTE_UDP_ENCAPS_PORT as number;
/**
 * `SCTP_PLPMTUD_PROBE_INTERVAL` is a socket-related constant from the C headers.
 * Value: Linux 133; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_PLPMTUD_PROBE_INTERVAL } from "@berkeley/socket";
 * console.log(SCTP_PLPMTUD_PROBE_INTERVAL); // undefined on a platform without it
 * ```
 */
export const SCTP_PLPMTUD_PROBE_INTERVAL: number = c
  .SCTP_PLPMTUD_PROBE_INTERVAL as number;
/**
 * `SCTP_PR_SCTP_NONE` is a socket-related constant from the C headers.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_PR_SCTP_NONE } from "@berkeley/socket";
 * console.log(SCTP_PR_SCTP_NONE); // undefined on a platform without it
 * ```
 */
export const SCTP_PR_SCTP_NONE: number = c.SCTP_PR_SCTP_NONE as number;
/**
 * `SCTP_PR_SCTP_TTL` is a socket-related constant from the C headers.
 * Value: Linux 16; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_PR_SCTP_TTL } from "@berkeley/socket";
 * console.log(SCTP_PR_SCTP_TTL); // undefined on a platform without it
 * ```
 */
export const SCTP_PR_SCTP_TTL: number = c.SCTP_PR_SCTP_TTL as number;
/**
 * `SCTP_PR_SCTP_RTX` is a socket-related constant from the C headers.
 * Value: Linux 32; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_PR_SCTP_RTX } from "@berkeley/socket";
 * console.log(SCTP_PR_SCTP_RTX); // undefined on a platform without it
 * ```
 */
export const SCTP_PR_SCTP_RTX: number = c.SCTP_PR_SCTP_RTX as number;
/**
 * `SCTP_PR_SCTP_PRIO` is a socket-related constant from the C headers.
 * Value: Linux 48; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_PR_SCTP_PRIO } from "@berkeley/socket";
 * console.log(SCTP_PR_SCTP_PRIO); // undefined on a platform without it
 * ```
 */
export const SCTP_PR_SCTP_PRIO: number = c.SCTP_PR_SCTP_PRIO as number;
/**
 * `SCTP_PR_SCTP_MAX` is a socket-related constant from the C headers.
 * Value: Linux 48; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_PR_SCTP_MAX } from "@berkeley/socket";
 * console.log(SCTP_PR_SCTP_MAX); // undefined on a platform without it
 * ```
 */
export const SCTP_PR_SCTP_MAX: number = c.SCTP_PR_SCTP_MAX as number;
/**
 * `SCTP_PR_SCTP_MASK` is a socket-related constant from the C headers.
 * Value: Linux 48; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_PR_SCTP_MASK } from "@berkeley/socket";
 * console.log(SCTP_PR_SCTP_MASK); // undefined on a platform without it
 * ```
 */
export const SCTP_PR_SCTP_MASK: number = c.SCTP_PR_SCTP_MASK as number;
/**
 * `SCTP_ENABLE_RESET_STREAM_REQ` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_ENABLE_RESET_STREAM_REQ } from "@berkeley/socket";
 * console.log(SCTP_ENABLE_RESET_STREAM_REQ); // undefined on a platform without it
 * ```
 */
export const SCTP_ENABLE_RESET_STREAM_REQ: number = c
  .SCTP_ENABLE_RESET_STREAM_REQ as number;
/**
 * `SCTP_ENABLE_RESET_ASSOC_REQ` is a socket-related constant from the C headers.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_ENABLE_RESET_ASSOC_REQ } from "@berkeley/socket";
 * console.log(SCTP_ENABLE_RESET_ASSOC_REQ); // undefined on a platform without it
 * ```
 */
export const SCTP_ENABLE_RESET_ASSOC_REQ: number = c
  .SCTP_ENABLE_RESET_ASSOC_REQ as number;
/**
 * `SCTP_ENABLE_CHANGE_ASSOC_REQ` is a socket-related constant from the C headers.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_ENABLE_CHANGE_ASSOC_REQ } from "@berkeley/socket";
 * console.log(SCTP_ENABLE_CHANGE_ASSOC_REQ); // undefined on a platform without it
 * ```
 */
export const SCTP_ENABLE_CHANGE_ASSOC_REQ: number = c
  .SCTP_ENABLE_CHANGE_ASSOC_REQ as number;
/**
 * `SCTP_ENABLE_STRRESET_MASK` is a socket-related constant from the C headers.
 * Value: Linux 7; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_ENABLE_STRRESET_MASK } from "@berkeley/socket";
 * console.log(SCTP_ENABLE_STRRESET_MASK); // undefined on a platform without it
 * ```
 */
export const SCTP_ENABLE_STRRESET_MASK: number = c
  .SCTP_ENABLE_STRRESET_MASK as number;
/**
 * `SCTP_STREAM_RESET_INCOMING` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_STREAM_RESET_INCOMING } from "@berkeley/socket";
 * console.log(SCTP_STREAM_RESET_INCOMING); // undefined on a platform without it
 * ```
 */
export const SCTP_STREAM_RESET_INCOMING: number = c
  .SCTP_STREAM_RESET_INCOMING as number;
/**
 * `SCTP_STREAM_RESET_OUTGOING` is a socket-related constant from the C headers.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_STREAM_RESET_OUTGOING } from "@berkeley/socket";
 * console.log(SCTP_STREAM_RESET_OUTGOING); // undefined on a platform without it
 * ```
 */
export const SCTP_STREAM_RESET_OUTGOING: number = c
  .SCTP_STREAM_RESET_OUTGOING as number;
/**
 * `SCTP_INIT` is a socket-related constant from the C headers.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_INIT } from "@berkeley/socket";
 * console.log(SCTP_INIT); // undefined on a platform without it
 * ```
 */
export const SCTP_INIT: number = c.SCTP_INIT as number;
/**
 * `SCTP_SNDRCV` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_SNDRCV } from "@berkeley/socket";
 * console.log(SCTP_SNDRCV); // undefined on a platform without it
 * ```
 */
export const SCTP_SNDRCV: number = c.SCTP_SNDRCV as number;
/**
 * `SCTP_SNDINFO` is a socket-related constant from the C headers.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_SNDINFO } from "@berkeley/socket";
 * console.log(SCTP_SNDINFO); // undefined on a platform without it
 * ```
 */
export const SCTP_SNDINFO: number = c.SCTP_SNDINFO as number;
/**
 * `SCTP_RCVINFO` is a socket-related constant from the C headers.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_RCVINFO } from "@berkeley/socket";
 * console.log(SCTP_RCVINFO); // undefined on a platform without it
 * ```
 */
export const SCTP_RCVINFO: number = c.SCTP_RCVINFO as number;
/**
 * `SCTP_NXTINFO` is a socket-related constant from the C headers.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_NXTINFO } from "@berkeley/socket";
 * console.log(SCTP_NXTINFO); // undefined on a platform without it
 * ```
 */
export const SCTP_NXTINFO: number = c.SCTP_NXTINFO as number;
/**
 * `SCTP_PRINFO` is a socket-related constant from the C headers.
 * Value: Linux 5; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_PRINFO } from "@berkeley/socket";
 * console.log(SCTP_PRINFO); // undefined on a platform without it
 * ```
 */
export const SCTP_PRINFO: number = c.SCTP_PRINFO as number;
/**
 * `SCTP_AUTHINFO` is a socket-related constant from the C headers.
 * Value: Linux 6; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_AUTHINFO } from "@berkeley/socket";
 * console.log(SCTP_AUTHINFO); // undefined on a platform without it
 * ```
 */
export const SCTP_AUTHINFO: number = c.SCTP_AUTHINFO as number;
/**
 * `SCTP_DSTADDRV4` is a socket-related constant from the C headers.
 * Value: Linux 7; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_DSTADDRV4 } from "@berkeley/socket";
 * console.log(SCTP_DSTADDRV4); // undefined on a platform without it
 * ```
 */
export const SCTP_DSTADDRV4: number = c.SCTP_DSTADDRV4 as number;
/**
 * `SCTP_DSTADDRV6` is a socket-related constant from the C headers.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_DSTADDRV6 } from "@berkeley/socket";
 * console.log(SCTP_DSTADDRV6); // undefined on a platform without it
 * ```
 */
export const SCTP_DSTADDRV6: number = c.SCTP_DSTADDRV6 as number;
/**
 * `SCTP_ADDR_PF` is a socket-related constant from the C headers.
 * Value: Linux 6; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_ADDR_PF } from "@berkeley/socket";
 * console.log(SCTP_ADDR_PF); // undefined on a platform without it
 * ```
 */
export const SCTP_ADDR_PF: number = c.SCTP_ADDR_PF as number;
/**
 * `SCTP_AUTH_NEWKEY` is a socket-related constant from the C headers.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_AUTH_NEWKEY } from "@berkeley/socket";
 * console.log(SCTP_AUTH_NEWKEY); // undefined on a platform without it
 * ```
 */
export const SCTP_AUTH_NEWKEY: number = c.SCTP_AUTH_NEWKEY as number;
/**
 * `SCTP_STREAM_RESET_INCOMING_SSN` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_STREAM_RESET_INCOMING_SSN } from "@berkeley/socket";
 * console.log(SCTP_STREAM_RESET_INCOMING_SSN); // undefined on a platform without it
 * ```
 */
export const SCTP_STREAM_RESET_INCOMING_SSN: number = c
  .SCTP_STREAM_RESET_INCOMING_SSN as number;
/**
 * `SCTP_STREAM_RESET_OUTGOING_SSN` is a socket-related constant from the C headers.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_STREAM_RESET_OUTGOING_SSN } from "@berkeley/socket";
 * console.log(SCTP_STREAM_RESET_OUTGOING_SSN); // undefined on a platform without it
 * ```
 */
export const SCTP_STREAM_RESET_OUTGOING_SSN: number = c
  .SCTP_STREAM_RESET_OUTGOING_SSN as number;
/**
 * `SCTP_STREAM_RESET_DENIED` is a socket-related constant from the C headers.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_STREAM_RESET_DENIED } from "@berkeley/socket";
 * console.log(SCTP_STREAM_RESET_DENIED); // undefined on a platform without it
 * ```
 */
export const SCTP_STREAM_RESET_DENIED: number = c
  .SCTP_STREAM_RESET_DENIED as number;
/**
 * `SCTP_STREAM_RESET_FAILED` is a socket-related constant from the C headers.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_STREAM_RESET_FAILED } from "@berkeley/socket";
 * console.log(SCTP_STREAM_RESET_FAILED); // undefined on a platform without it
 * ```
 */
export const SCTP_STREAM_RESET_FAILED: number = c
  .SCTP_STREAM_RESET_FAILED as number;
/**
 * `SCTP_ASSOC_RESET_DENIED` is a socket-related constant from the C headers.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_ASSOC_RESET_DENIED } from "@berkeley/socket";
 * console.log(SCTP_ASSOC_RESET_DENIED); // undefined on a platform without it
 * ```
 */
export const SCTP_ASSOC_RESET_DENIED: number = c
  .SCTP_ASSOC_RESET_DENIED as number;
/**
 * `SCTP_ASSOC_RESET_FAILED` is a socket-related constant from the C headers.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_ASSOC_RESET_FAILED } from "@berkeley/socket";
 * console.log(SCTP_ASSOC_RESET_FAILED); // undefined on a platform without it
 * ```
 */
export const SCTP_ASSOC_RESET_FAILED: number = c
  .SCTP_ASSOC_RESET_FAILED as number;
/**
 * `SCTP_ASSOC_CHANGE_DENIED` is a socket-related constant from the C headers.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_ASSOC_CHANGE_DENIED } from "@berkeley/socket";
 * console.log(SCTP_ASSOC_CHANGE_DENIED); // undefined on a platform without it
 * ```
 */
export const SCTP_ASSOC_CHANGE_DENIED: number = c
  .SCTP_ASSOC_CHANGE_DENIED as number;
/**
 * `SCTP_ASSOC_CHANGE_FAILED` is a socket-related constant from the C headers.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_ASSOC_CHANGE_FAILED } from "@berkeley/socket";
 * console.log(SCTP_ASSOC_CHANGE_FAILED); // undefined on a platform without it
 * ```
 */
export const SCTP_ASSOC_CHANGE_FAILED: number = c
  .SCTP_ASSOC_CHANGE_FAILED as number;
/**
 * `SCTP_STREAM_CHANGE_DENIED` is a socket-related constant from the C headers.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_STREAM_CHANGE_DENIED } from "@berkeley/socket";
 * console.log(SCTP_STREAM_CHANGE_DENIED); // undefined on a platform without it
 * ```
 */
export const SCTP_STREAM_CHANGE_DENIED: number = c
  .SCTP_STREAM_CHANGE_DENIED as number;
/**
 * `SCTP_STREAM_CHANGE_FAILED` is a socket-related constant from the C headers.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_STREAM_CHANGE_FAILED } from "@berkeley/socket";
 * console.log(SCTP_STREAM_CHANGE_FAILED); // undefined on a platform without it
 * ```
 */
export const SCTP_STREAM_CHANGE_FAILED: number = c
  .SCTP_STREAM_CHANGE_FAILED as number;
/**
 * `SCTP_DATA_IO_EVENT` is a socket-related constant from the C headers.
 * Value: Linux 32768; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_DATA_IO_EVENT } from "@berkeley/socket";
 * console.log(SCTP_DATA_IO_EVENT); // undefined on a platform without it
 * ```
 */
export const SCTP_DATA_IO_EVENT: number = c.SCTP_DATA_IO_EVENT as number;
/**
 * `SCTP_ASSOC_CHANGE` is a socket-related constant from the C headers.
 * Value: Linux 32769; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_ASSOC_CHANGE } from "@berkeley/socket";
 * console.log(SCTP_ASSOC_CHANGE); // undefined on a platform without it
 * ```
 */
export const SCTP_ASSOC_CHANGE: number = c.SCTP_ASSOC_CHANGE as number;
/**
 * `SCTP_PEER_ADDR_CHANGE` is a socket-related constant from the C headers.
 * Value: Linux 32770; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_PEER_ADDR_CHANGE } from "@berkeley/socket";
 * console.log(SCTP_PEER_ADDR_CHANGE); // undefined on a platform without it
 * ```
 */
export const SCTP_PEER_ADDR_CHANGE: number = c.SCTP_PEER_ADDR_CHANGE as number;
/**
 * `SCTP_SEND_FAILED` is a socket-related constant from the C headers.
 * Value: Linux 32771; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_SEND_FAILED } from "@berkeley/socket";
 * console.log(SCTP_SEND_FAILED); // undefined on a platform without it
 * ```
 */
export const SCTP_SEND_FAILED: number = c.SCTP_SEND_FAILED as number;
/**
 * `SCTP_REMOTE_ERROR` is a socket-related constant from the C headers.
 * Value: Linux 32772; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_REMOTE_ERROR } from "@berkeley/socket";
 * console.log(SCTP_REMOTE_ERROR); // undefined on a platform without it
 * ```
 */
export const SCTP_REMOTE_ERROR: number = c.SCTP_REMOTE_ERROR as number;
/**
 * `SCTP_SHUTDOWN_EVENT` is a socket-related constant from the C headers.
 * Value: Linux 32773; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_SHUTDOWN_EVENT } from "@berkeley/socket";
 * console.log(SCTP_SHUTDOWN_EVENT); // undefined on a platform without it
 * ```
 */
export const SCTP_SHUTDOWN_EVENT: number = c.SCTP_SHUTDOWN_EVENT as number;
/**
 * `SCTP_PARTIAL_DELIVERY_EVENT` is a socket-related constant from the C headers.
 * Value: Linux 32774; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_PARTIAL_DELIVERY_EVENT } from "@berkeley/socket";
 * console.log(SCTP_PARTIAL_DELIVERY_EVENT); // undefined on a platform without it
 * ```
 */
export const SCTP_PARTIAL_DELIVERY_EVENT: number = c
  .SCTP_PARTIAL_DELIVERY_EVENT as number;
/**
 * `SCTP_ADAPTATION_INDICATION` is a socket-related constant from the C headers.
 * Value: Linux 32775; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_ADAPTATION_INDICATION } from "@berkeley/socket";
 * console.log(SCTP_ADAPTATION_INDICATION); // undefined on a platform without it
 * ```
 */
export const SCTP_ADAPTATION_INDICATION: number = c
  .SCTP_ADAPTATION_INDICATION as number;
/**
 * `SCTP_AUTHENTICATION_INDICATION` is a socket-related constant from the C headers.
 * Value: Linux 32776; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_AUTHENTICATION_INDICATION } from "@berkeley/socket";
 * console.log(SCTP_AUTHENTICATION_INDICATION); // undefined on a platform without it
 * ```
 */
export const SCTP_AUTHENTICATION_INDICATION: number = c
  .SCTP_AUTHENTICATION_INDICATION as number;
/**
 * `SCTP_SENDER_DRY_EVENT` is a socket-related constant from the C headers.
 * Value: Linux 32777; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_SENDER_DRY_EVENT } from "@berkeley/socket";
 * console.log(SCTP_SENDER_DRY_EVENT); // undefined on a platform without it
 * ```
 */
export const SCTP_SENDER_DRY_EVENT: number = c.SCTP_SENDER_DRY_EVENT as number;
/**
 * `SCTP_STREAM_RESET_EVENT` is a socket-related constant from the C headers.
 * Value: Linux 32778; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_STREAM_RESET_EVENT } from "@berkeley/socket";
 * console.log(SCTP_STREAM_RESET_EVENT); // undefined on a platform without it
 * ```
 */
export const SCTP_STREAM_RESET_EVENT: number = c
  .SCTP_STREAM_RESET_EVENT as number;
/**
 * `SCTP_ASSOC_RESET_EVENT` is a socket-related constant from the C headers.
 * Value: Linux 32779; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_ASSOC_RESET_EVENT } from "@berkeley/socket";
 * console.log(SCTP_ASSOC_RESET_EVENT); // undefined on a platform without it
 * ```
 */
export const SCTP_ASSOC_RESET_EVENT: number = c
  .SCTP_ASSOC_RESET_EVENT as number;
/**
 * `SCTP_STREAM_CHANGE_EVENT` is a socket-related constant from the C headers.
 * Value: Linux 32780; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_STREAM_CHANGE_EVENT } from "@berkeley/socket";
 * console.log(SCTP_STREAM_CHANGE_EVENT); // undefined on a platform without it
 * ```
 */
export const SCTP_STREAM_CHANGE_EVENT: number = c
  .SCTP_STREAM_CHANGE_EVENT as number;
/**
 * `SCTP_SEND_FAILED_EVENT` is a socket-related constant from the C headers.
 * Value: Linux 32781; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_SEND_FAILED_EVENT } from "@berkeley/socket";
 * console.log(SCTP_SEND_FAILED_EVENT); // undefined on a platform without it
 * ```
 */
export const SCTP_SEND_FAILED_EVENT: number = c
  .SCTP_SEND_FAILED_EVENT as number;
/**
 * `SCTP_SN_TYPE_MAX` is a socket-related constant from the C headers.
 * Value: Linux 32781; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_SN_TYPE_MAX } from "@berkeley/socket";
 * console.log(SCTP_SN_TYPE_MAX); // undefined on a platform without it
 * ```
 */
export const SCTP_SN_TYPE_MAX: number = c.SCTP_SN_TYPE_MAX as number;
/**
 * `SCTP_POTENTIALLY_FAILED` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_POTENTIALLY_FAILED } from "@berkeley/socket";
 * console.log(SCTP_POTENTIALLY_FAILED); // undefined on a platform without it
 * ```
 */
export const SCTP_POTENTIALLY_FAILED: number = c
  .SCTP_POTENTIALLY_FAILED as number;
/**
 * `SCTP_BINDX_ADD_ADDR` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_BINDX_ADD_ADDR } from "@berkeley/socket";
 * console.log(SCTP_BINDX_ADD_ADDR); // undefined on a platform without it
 * ```
 */
export const SCTP_BINDX_ADD_ADDR: number = c.SCTP_BINDX_ADD_ADDR as number;
/**
 * `SCTP_BINDX_REM_ADDR` is a socket-related constant from the C headers.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SCTP_BINDX_REM_ADDR } from "@berkeley/socket";
 * console.log(SCTP_BINDX_REM_ADDR); // undefined on a platform without it
 * ```
 */
export const SCTP_BINDX_REM_ADDR: number = c.SCTP_BINDX_REM_ADDR as number;
/**
 * `BTPROTO_L2CAP` is a socket-related constant from the C headers.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { BTPROTO_L2CAP } from "@berkeley/socket";
 * console.log(BTPROTO_L2CAP); // undefined on a platform without it
 * ```
 */
export const BTPROTO_L2CAP: number = c.BTPROTO_L2CAP as number;
/**
 * `BTPROTO_HCI` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { BTPROTO_HCI } from "@berkeley/socket";
 * console.log(BTPROTO_HCI); // undefined on a platform without it
 * ```
 */
export const BTPROTO_HCI: number = c.BTPROTO_HCI as number;
/**
 * `BTPROTO_SCO` is a socket-related constant from the C headers.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { BTPROTO_SCO } from "@berkeley/socket";
 * console.log(BTPROTO_SCO); // undefined on a platform without it
 * ```
 */
export const BTPROTO_SCO: number = c.BTPROTO_SCO as number;
/**
 * `BTPROTO_RFCOMM` is a socket-related constant from the C headers.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { BTPROTO_RFCOMM } from "@berkeley/socket";
 * console.log(BTPROTO_RFCOMM); // undefined on a platform without it
 * ```
 */
export const BTPROTO_RFCOMM: number = c.BTPROTO_RFCOMM as number;
/**
 * `BTPROTO_BNEP` is a socket-related constant from the C headers.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { BTPROTO_BNEP } from "@berkeley/socket";
 * console.log(BTPROTO_BNEP); // undefined on a platform without it
 * ```
 */
export const BTPROTO_BNEP: number = c.BTPROTO_BNEP as number;
/**
 * `BTPROTO_CMTP` is a socket-related constant from the C headers.
 * Value: Linux 5; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { BTPROTO_CMTP } from "@berkeley/socket";
 * console.log(BTPROTO_CMTP); // undefined on a platform without it
 * ```
 */
export const BTPROTO_CMTP: number = c.BTPROTO_CMTP as number;
/**
 * `BTPROTO_HIDP` is a socket-related constant from the C headers.
 * Value: Linux 6; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { BTPROTO_HIDP } from "@berkeley/socket";
 * console.log(BTPROTO_HIDP); // undefined on a platform without it
 * ```
 */
export const BTPROTO_HIDP: number = c.BTPROTO_HIDP as number;
/**
 * `BTPROTO_AVDTP` is a socket-related constant from the C headers.
 * Value: Linux 7; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { BTPROTO_AVDTP } from "@berkeley/socket";
 * console.log(BTPROTO_AVDTP); // undefined on a platform without it
 * ```
 */
export const BTPROTO_AVDTP: number = c.BTPROTO_AVDTP as number;
/**
 * `BTPROTO_ISO` is a socket-related constant from the C headers.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { BTPROTO_ISO } from "@berkeley/socket";
 * console.log(BTPROTO_ISO); // undefined on a platform without it
 * ```
 */
export const BTPROTO_ISO: number = c.BTPROTO_ISO as number;
/**
 * `SOL_HCI` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_HCI } from "@berkeley/socket";
 * console.log(SOL_HCI); // undefined on a platform without it
 * ```
 */
export const SOL_HCI: number = c.SOL_HCI as number;
/**
 * `SOL_L2CAP` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 6; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_L2CAP } from "@berkeley/socket";
 * console.log(SOL_L2CAP); // undefined on a platform without it
 * ```
 */
export const SOL_L2CAP: number = c.SOL_L2CAP as number;
/**
 * `SOL_SCO` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 17; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_SCO } from "@berkeley/socket";
 * console.log(SOL_SCO); // undefined on a platform without it
 * ```
 */
export const SOL_SCO: number = c.SOL_SCO as number;
/**
 * `SOL_RFCOMM` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: Linux 18; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_RFCOMM } from "@berkeley/socket";
 * console.log(SOL_RFCOMM); // undefined on a platform without it
 * ```
 */
export const SOL_RFCOMM: number = c.SOL_RFCOMM as number;
/**
 * `BDADDR_BREDR` is a socket-related constant from the C headers.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { BDADDR_BREDR } from "@berkeley/socket";
 * console.log(BDADDR_BREDR); // undefined on a platform without it
 * ```
 */
export const BDADDR_BREDR: number = c.BDADDR_BREDR as number;
/**
 * `BDADDR_LE_PUBLIC` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { BDADDR_LE_PUBLIC } from "@berkeley/socket";
 * console.log(BDADDR_LE_PUBLIC); // undefined on a platform without it
 * ```
 */
export const BDADDR_LE_PUBLIC: number = c.BDADDR_LE_PUBLIC as number;
/**
 * `BDADDR_LE_RANDOM` is a socket-related constant from the C headers.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { BDADDR_LE_RANDOM } from "@berkeley/socket";
 * console.log(BDADDR_LE_RANDOM); // undefined on a platform without it
 * ```
 */
export const BDADDR_LE_RANDOM: number = c.BDADDR_LE_RANDOM as number;
/**
 * `HCI_FILTER` is a socket-related constant from the C headers.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { HCI_FILTER } from "@berkeley/socket";
 * console.log(HCI_FILTER); // undefined on a platform without it
 * ```
 */
export const HCI_FILTER: number = c.HCI_FILTER as number;
/**
 * `HCI_TIME_STAMP` is a socket-related constant from the C headers.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { HCI_TIME_STAMP } from "@berkeley/socket";
 * console.log(HCI_TIME_STAMP); // undefined on a platform without it
 * ```
 */
export const HCI_TIME_STAMP: number = c.HCI_TIME_STAMP as number;
/**
 * `HCI_DATA_DIR` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { HCI_DATA_DIR } from "@berkeley/socket";
 * console.log(HCI_DATA_DIR); // undefined on a platform without it
 * ```
 */
export const HCI_DATA_DIR: number = c.HCI_DATA_DIR as number;
/**
 * `HCI_DEV_NONE` is a socket-related constant from the C headers.
 * Value: Linux 65535; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { HCI_DEV_NONE } from "@berkeley/socket";
 * console.log(HCI_DEV_NONE); // undefined on a platform without it
 * ```
 */
export const HCI_DEV_NONE: number = c.HCI_DEV_NONE as number;
/**
 * `HCI_CHANNEL_RAW` is a socket-related constant from the C headers.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { HCI_CHANNEL_RAW } from "@berkeley/socket";
 * console.log(HCI_CHANNEL_RAW); // undefined on a platform without it
 * ```
 */
export const HCI_CHANNEL_RAW: number = c.HCI_CHANNEL_RAW as number;
/**
 * `HCI_CHANNEL_USER` is a socket-related constant from the C headers.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { HCI_CHANNEL_USER } from "@berkeley/socket";
 * console.log(HCI_CHANNEL_USER); // undefined on a platform without it
 * ```
 */
export const HCI_CHANNEL_USER: number = c.HCI_CHANNEL_USER as number;
/**
 * `HCI_CHANNEL_MONITOR` is a socket-related constant from the C headers.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { HCI_CHANNEL_MONITOR } from "@berkeley/socket";
 * console.log(HCI_CHANNEL_MONITOR); // undefined on a platform without it
 * ```
 */
export const HCI_CHANNEL_MONITOR: number = c.HCI_CHANNEL_MONITOR as number;
/**
 * `HCI_CHANNEL_CONTROL` is a socket-related constant from the C headers.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { HCI_CHANNEL_CONTROL } from "@berkeley/socket";
 * console.log(HCI_CHANNEL_CONTROL); // undefined on a platform without it
 * ```
 */
export const HCI_CHANNEL_CONTROL: number = c.HCI_CHANNEL_CONTROL as number;
/**
 * `HCI_CHANNEL_LOGGING` is a socket-related constant from the C headers.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { HCI_CHANNEL_LOGGING } from "@berkeley/socket";
 * console.log(HCI_CHANNEL_LOGGING); // undefined on a platform without it
 * ```
 */
export const HCI_CHANNEL_LOGGING: number = c.HCI_CHANNEL_LOGGING as number;
/**
 * `NETLINK_ROUTE` is a netlink protocol: an AF_NETLINK socket's third argument.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Open a netlink socket for the protocol
 * ```ts
 * import { AF_NETLINK, NETLINK_ROUTE, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
 * s.close();
 * ```
 */
export const NETLINK_ROUTE: number = c.NETLINK_ROUTE as number;
/**
 * `NETLINK_UNUSED` is a netlink protocol: an AF_NETLINK socket's third argument.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Open a netlink socket for the protocol
 * ```ts
 * import { AF_NETLINK, NETLINK_UNUSED, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_UNUSED);
 * s.close();
 * ```
 */
export const NETLINK_UNUSED: number = c.NETLINK_UNUSED as number;
/**
 * `NETLINK_USERSOCK` is a netlink protocol: an AF_NETLINK socket's third argument.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Open a netlink socket for the protocol
 * ```ts
 * import { AF_NETLINK, NETLINK_USERSOCK, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_USERSOCK);
 * s.close();
 * ```
 */
export const NETLINK_USERSOCK: number = c.NETLINK_USERSOCK as number;
/**
 * `NETLINK_FIREWALL` is a netlink protocol: an AF_NETLINK socket's third argument.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Open a netlink socket for the protocol
 * ```ts
 * import { AF_NETLINK, NETLINK_FIREWALL, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_FIREWALL);
 * s.close();
 * ```
 */
export const NETLINK_FIREWALL: number = c.NETLINK_FIREWALL as number;
/**
 * `NETLINK_SOCK_DIAG` is a netlink protocol: an AF_NETLINK socket's third argument.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Open a netlink socket for the protocol
 * ```ts
 * import { AF_NETLINK, NETLINK_SOCK_DIAG, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_SOCK_DIAG);
 * s.close();
 * ```
 */
export const NETLINK_SOCK_DIAG: number = c.NETLINK_SOCK_DIAG as number;
/**
 * `NETLINK_NFLOG` is a netlink protocol: an AF_NETLINK socket's third argument.
 * Value: Linux 5; not defined on macOS or Windows.
 *
 * @example Open a netlink socket for the protocol
 * ```ts
 * import { AF_NETLINK, NETLINK_NFLOG, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_NFLOG);
 * s.close();
 * ```
 */
export const NETLINK_NFLOG: number = c.NETLINK_NFLOG as number;
/**
 * `NETLINK_XFRM` is a netlink protocol: an AF_NETLINK socket's third argument.
 * Value: Linux 6; not defined on macOS or Windows.
 *
 * @example Open a netlink socket for the protocol
 * ```ts
 * import { AF_NETLINK, NETLINK_XFRM, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_XFRM);
 * s.close();
 * ```
 */
export const NETLINK_XFRM: number = c.NETLINK_XFRM as number;
/**
 * `NETLINK_SELINUX` is a netlink protocol: an AF_NETLINK socket's third argument.
 * Value: Linux 7; not defined on macOS or Windows.
 *
 * @example Open a netlink socket for the protocol
 * ```ts
 * import { AF_NETLINK, NETLINK_SELINUX, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_SELINUX);
 * s.close();
 * ```
 */
export const NETLINK_SELINUX: number = c.NETLINK_SELINUX as number;
/**
 * `NETLINK_ISCSI` is a netlink protocol: an AF_NETLINK socket's third argument.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Open a netlink socket for the protocol
 * ```ts
 * import { AF_NETLINK, NETLINK_ISCSI, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_ISCSI);
 * s.close();
 * ```
 */
export const NETLINK_ISCSI: number = c.NETLINK_ISCSI as number;
/**
 * `NETLINK_AUDIT` is a netlink protocol: an AF_NETLINK socket's third argument.
 * Value: Linux 9; not defined on macOS or Windows.
 *
 * @example Open a netlink socket for the protocol
 * ```ts
 * import { AF_NETLINK, NETLINK_AUDIT, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_AUDIT);
 * s.close();
 * ```
 */
export const NETLINK_AUDIT: number = c.NETLINK_AUDIT as number;
/**
 * `NETLINK_FIB_LOOKUP` is a netlink protocol: an AF_NETLINK socket's third argument.
 * Value: Linux 10; not defined on macOS or Windows.
 *
 * @example Open a netlink socket for the protocol
 * ```ts
 * import { AF_NETLINK, NETLINK_FIB_LOOKUP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_FIB_LOOKUP);
 * s.close();
 * ```
 */
export const NETLINK_FIB_LOOKUP: number = c.NETLINK_FIB_LOOKUP as number;
/**
 * `NETLINK_CONNECTOR` is a netlink protocol: an AF_NETLINK socket's third argument.
 * Value: Linux 11; not defined on macOS or Windows.
 *
 * @example Open a netlink socket for the protocol
 * ```ts
 * import { AF_NETLINK, NETLINK_CONNECTOR, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_CONNECTOR);
 * s.close();
 * ```
 */
export const NETLINK_CONNECTOR: number = c.NETLINK_CONNECTOR as number;
/**
 * `NETLINK_NETFILTER` is a netlink protocol: an AF_NETLINK socket's third argument.
 * Value: Linux 12; not defined on macOS or Windows.
 *
 * @example Open a netlink socket for the protocol
 * ```ts
 * import { AF_NETLINK, NETLINK_NETFILTER, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_NETFILTER);
 * s.close();
 * ```
 */
export const NETLINK_NETFILTER: number = c.NETLINK_NETFILTER as number;
/**
 * `NETLINK_IP6_FW` is a netlink protocol: an AF_NETLINK socket's third argument.
 * Value: Linux 13; not defined on macOS or Windows.
 *
 * @example Open a netlink socket for the protocol
 * ```ts
 * import { AF_NETLINK, NETLINK_IP6_FW, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_IP6_FW);
 * s.close();
 * ```
 */
export const NETLINK_IP6_FW: number = c.NETLINK_IP6_FW as number;
/**
 * `NETLINK_DNRTMSG` is a netlink protocol: an AF_NETLINK socket's third argument.
 * Value: Linux 14; not defined on macOS or Windows.
 *
 * @example Open a netlink socket for the protocol
 * ```ts
 * import { AF_NETLINK, NETLINK_DNRTMSG, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_DNRTMSG);
 * s.close();
 * ```
 */
export const NETLINK_DNRTMSG: number = c.NETLINK_DNRTMSG as number;
/**
 * `NETLINK_KOBJECT_UEVENT` is a netlink protocol: an AF_NETLINK socket's third argument.
 * Value: Linux 15; not defined on macOS or Windows.
 *
 * @example Open a netlink socket for the protocol
 * ```ts
 * import { AF_NETLINK, NETLINK_KOBJECT_UEVENT, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_KOBJECT_UEVENT);
 * s.close();
 * ```
 */
export const NETLINK_KOBJECT_UEVENT: number = c
  .NETLINK_KOBJECT_UEVENT as number;
/**
 * `NETLINK_GENERIC` is a netlink protocol: an AF_NETLINK socket's third argument.
 * Value: Linux 16; not defined on macOS or Windows.
 *
 * @example Open a netlink socket for the protocol
 * ```ts
 * import { AF_NETLINK, NETLINK_GENERIC, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_GENERIC);
 * s.close();
 * ```
 */
export const NETLINK_GENERIC: number = c.NETLINK_GENERIC as number;
/**
 * `NETLINK_SCSITRANSPORT` is a netlink protocol: an AF_NETLINK socket's third argument.
 * Value: Linux 18; not defined on macOS or Windows.
 *
 * @example Open a netlink socket for the protocol
 * ```ts
 * import { AF_NETLINK, NETLINK_SCSITRANSPORT, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_SCSITRANSPORT);
 * s.close();
 * ```
 */
export const NETLINK_SCSITRANSPORT: number = c.NETLINK_SCSITRANSPORT as number;
/**
 * `NETLINK_ECRYPTFS` is a netlink protocol: an AF_NETLINK socket's third argument.
 * Value: Linux 19; not defined on macOS or Windows.
 *
 * @example Open a netlink socket for the protocol
 * ```ts
 * import { AF_NETLINK, NETLINK_ECRYPTFS, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_ECRYPTFS);
 * s.close();
 * ```
 */
export const NETLINK_ECRYPTFS: number = c.NETLINK_ECRYPTFS as number;
/**
 * `NETLINK_RDMA` is a netlink protocol: an AF_NETLINK socket's third argument.
 * Value: Linux 20; not defined on macOS or Windows.
 *
 * @example Open a netlink socket for the protocol
 * ```ts
 * import { AF_NETLINK, NETLINK_RDMA, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_RDMA);
 * s.close();
 * ```
 */
export const NETLINK_RDMA: number = c.NETLINK_RDMA as number;
/**
 * `NETLINK_CRYPTO` is a netlink protocol: an AF_NETLINK socket's third argument.
 * Value: Linux 21; not defined on macOS or Windows.
 *
 * @example Open a netlink socket for the protocol
 * ```ts
 * import { AF_NETLINK, NETLINK_CRYPTO, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_CRYPTO);
 * s.close();
 * ```
 */
export const NETLINK_CRYPTO: number = c.NETLINK_CRYPTO as number;
/**
 * `NETLINK_SMC` is a netlink protocol: an AF_NETLINK socket's third argument.
 * Value: Linux 22; not defined on macOS or Windows.
 *
 * @example Open a netlink socket for the protocol
 * ```ts
 * import { AF_NETLINK, NETLINK_SMC, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_SMC);
 * s.close();
 * ```
 */
export const NETLINK_SMC: number = c.NETLINK_SMC as number;
/**
 * `NETLINK_INET_DIAG` is a netlink protocol: an AF_NETLINK socket's third argument.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Open a netlink socket for the protocol
 * ```ts
 * import { AF_NETLINK, NETLINK_INET_DIAG, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_INET_DIAG);
 * s.close();
 * ```
 */
export const NETLINK_INET_DIAG: number = c.NETLINK_INET_DIAG as number;
/**
 * `NETLINK_ADD_MEMBERSHIP` is a netlink option at level `SOL_NETLINK`.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Set the option
 * ```ts
 * import { AF_NETLINK, NETLINK_ADD_MEMBERSHIP, NETLINK_ROUTE, SOCK_RAW, socket, SOL_NETLINK } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
 * s.setsockopt(SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, 1);
 * s.close();
 * ```
 */
export const NETLINK_ADD_MEMBERSHIP: number = c
  .NETLINK_ADD_MEMBERSHIP as number;
/**
 * `NETLINK_DROP_MEMBERSHIP` is a netlink option at level `SOL_NETLINK`.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Set the option
 * ```ts
 * import { AF_NETLINK, NETLINK_DROP_MEMBERSHIP, NETLINK_ROUTE, SOCK_RAW, socket, SOL_NETLINK } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
 * s.setsockopt(SOL_NETLINK, NETLINK_DROP_MEMBERSHIP, 1);
 * s.close();
 * ```
 */
export const NETLINK_DROP_MEMBERSHIP: number = c
  .NETLINK_DROP_MEMBERSHIP as number;
/**
 * `NETLINK_PKTINFO` is a netlink option at level `SOL_NETLINK`.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Set the option
 * ```ts
 * import { AF_NETLINK, NETLINK_PKTINFO, NETLINK_ROUTE, SOCK_RAW, socket, SOL_NETLINK } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
 * s.setsockopt(SOL_NETLINK, NETLINK_PKTINFO, 1);
 * s.close();
 * ```
 */
export const NETLINK_PKTINFO: number = c.NETLINK_PKTINFO as number;
/**
 * `NETLINK_BROADCAST_ERROR` is a netlink option at level `SOL_NETLINK`.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Set the option
 * ```ts
 * import { AF_NETLINK, NETLINK_BROADCAST_ERROR, NETLINK_ROUTE, SOCK_RAW, socket, SOL_NETLINK } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
 * s.setsockopt(SOL_NETLINK, NETLINK_BROADCAST_ERROR, 1);
 * s.close();
 * ```
 */
export const NETLINK_BROADCAST_ERROR: number = c
  .NETLINK_BROADCAST_ERROR as number;
/**
 * `NETLINK_NO_ENOBUFS` is a netlink option at level `SOL_NETLINK`.
 * Value: Linux 5; not defined on macOS or Windows.
 *
 * @example Set the option
 * ```ts
 * import { AF_NETLINK, NETLINK_NO_ENOBUFS, NETLINK_ROUTE, SOCK_RAW, socket, SOL_NETLINK } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
 * s.setsockopt(SOL_NETLINK, NETLINK_NO_ENOBUFS, 1);
 * s.close();
 * ```
 */
export const NETLINK_NO_ENOBUFS: number = c.NETLINK_NO_ENOBUFS as number;
/**
 * `NETLINK_RX_RING` is a netlink option at level `SOL_NETLINK`.
 * Value: Linux 6; not defined on macOS or Windows.
 *
 * @example Set the option
 * ```ts
 * import { AF_NETLINK, NETLINK_ROUTE, NETLINK_RX_RING, SOCK_RAW, socket, SOL_NETLINK } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
 * s.setsockopt(SOL_NETLINK, NETLINK_RX_RING, 1);
 * s.close();
 * ```
 */
export const NETLINK_RX_RING: number = c.NETLINK_RX_RING as number;
/**
 * `NETLINK_TX_RING` is a netlink option at level `SOL_NETLINK`.
 * Value: Linux 7; not defined on macOS or Windows.
 *
 * @example Set the option
 * ```ts
 * import { AF_NETLINK, NETLINK_ROUTE, NETLINK_TX_RING, SOCK_RAW, socket, SOL_NETLINK } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
 * s.setsockopt(SOL_NETLINK, NETLINK_TX_RING, 1);
 * s.close();
 * ```
 */
export const NETLINK_TX_RING: number = c.NETLINK_TX_RING as number;
/**
 * `NETLINK_LISTEN_ALL_NSID` is a netlink option at level `SOL_NETLINK`.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Set the option
 * ```ts
 * import { AF_NETLINK, NETLINK_LISTEN_ALL_NSID, NETLINK_ROUTE, SOCK_RAW, socket, SOL_NETLINK } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
 * s.setsockopt(SOL_NETLINK, NETLINK_LISTEN_ALL_NSID, 1);
 * s.close();
 * ```
 */
export const NETLINK_LISTEN_ALL_NSID: number = c
  .NETLINK_LISTEN_ALL_NSID as number;
/**
 * `NETLINK_LIST_MEMBERSHIPS` is a netlink option at level `SOL_NETLINK`.
 * Value: Linux 9; not defined on macOS or Windows.
 *
 * @example Set the option
 * ```ts
 * import { AF_NETLINK, NETLINK_LIST_MEMBERSHIPS, NETLINK_ROUTE, SOCK_RAW, socket, SOL_NETLINK } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
 * s.setsockopt(SOL_NETLINK, NETLINK_LIST_MEMBERSHIPS, 1);
 * s.close();
 * ```
 */
export const NETLINK_LIST_MEMBERSHIPS: number = c
  .NETLINK_LIST_MEMBERSHIPS as number;
/**
 * `NETLINK_CAP_ACK` is a netlink option at level `SOL_NETLINK`.
 * Value: Linux 10; not defined on macOS or Windows.
 *
 * @example Set the option
 * ```ts
 * import { AF_NETLINK, NETLINK_CAP_ACK, NETLINK_ROUTE, SOCK_RAW, socket, SOL_NETLINK } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
 * s.setsockopt(SOL_NETLINK, NETLINK_CAP_ACK, 1);
 * s.close();
 * ```
 */
export const NETLINK_CAP_ACK: number = c.NETLINK_CAP_ACK as number;
/**
 * `NETLINK_EXT_ACK` is a netlink option at level `SOL_NETLINK`.
 * Value: Linux 11; not defined on macOS or Windows.
 *
 * @example Set the option
 * ```ts
 * import { AF_NETLINK, NETLINK_EXT_ACK, NETLINK_ROUTE, SOCK_RAW, socket, SOL_NETLINK } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
 * s.setsockopt(SOL_NETLINK, NETLINK_EXT_ACK, 1);
 * s.close();
 * ```
 */
export const NETLINK_EXT_ACK: number = c.NETLINK_EXT_ACK as number;
/**
 * `NETLINK_GET_STRICT_CHK` is a netlink option at level `SOL_NETLINK`.
 * Value: Linux 12; not defined on macOS or Windows.
 *
 * @example Set the option
 * ```ts
 * import { AF_NETLINK, NETLINK_GET_STRICT_CHK, NETLINK_ROUTE, SOCK_RAW, socket, SOL_NETLINK } from "@berkeley/socket";
 * const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
 * s.setsockopt(SOL_NETLINK, NETLINK_GET_STRICT_CHK, 1);
 * s.close();
 * ```
 */
export const NETLINK_GET_STRICT_CHK: number = c
  .NETLINK_GET_STRICT_CHK as number;
/**
 * `NLM_F_REQUEST` is a netlink message flag: `nlmsg_flags` of `struct nlmsghdr`.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Set the flag in a request header
 * ```ts
 * import { NLM_F_REQUEST } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(6, NLM_F_REQUEST | NLM_F_REQUEST, true); // nlmsg_flags, host order
 * ```
 */
export const NLM_F_REQUEST: number = c.NLM_F_REQUEST as number;
/**
 * `NLM_F_MULTI` is a netlink message flag: `nlmsg_flags` of `struct nlmsghdr`.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Set the flag in a request header
 * ```ts
 * import { NLM_F_MULTI, NLM_F_REQUEST } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(6, NLM_F_REQUEST | NLM_F_MULTI, true); // nlmsg_flags, host order
 * ```
 */
export const NLM_F_MULTI: number = c.NLM_F_MULTI as number;
/**
 * `NLM_F_ACK` is a netlink message flag: `nlmsg_flags` of `struct nlmsghdr`.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Set the flag in a request header
 * ```ts
 * import { NLM_F_ACK, NLM_F_REQUEST } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(6, NLM_F_REQUEST | NLM_F_ACK, true); // nlmsg_flags, host order
 * ```
 */
export const NLM_F_ACK: number = c.NLM_F_ACK as number;
/**
 * `NLM_F_ECHO` is a netlink message flag: `nlmsg_flags` of `struct nlmsghdr`.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Set the flag in a request header
 * ```ts
 * import { NLM_F_ECHO, NLM_F_REQUEST } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(6, NLM_F_REQUEST | NLM_F_ECHO, true); // nlmsg_flags, host order
 * ```
 */
export const NLM_F_ECHO: number = c.NLM_F_ECHO as number;
/**
 * `NLM_F_DUMP_INTR` is a netlink message flag: `nlmsg_flags` of `struct nlmsghdr`.
 * Value: Linux 16; not defined on macOS or Windows.
 *
 * @example Set the flag in a request header
 * ```ts
 * import { NLM_F_DUMP_INTR, NLM_F_REQUEST } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(6, NLM_F_REQUEST | NLM_F_DUMP_INTR, true); // nlmsg_flags, host order
 * ```
 */
export const NLM_F_DUMP_INTR: number = c.NLM_F_DUMP_INTR as number;
/**
 * `NLM_F_DUMP_FILTERED` is a netlink message flag: `nlmsg_flags` of `struct nlmsghdr`.
 * Value: Linux 32; not defined on macOS or Windows.
 *
 * @example Set the flag in a request header
 * ```ts
 * import { NLM_F_DUMP_FILTERED, NLM_F_REQUEST } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(6, NLM_F_REQUEST | NLM_F_DUMP_FILTERED, true); // nlmsg_flags, host order
 * ```
 */
export const NLM_F_DUMP_FILTERED: number = c.NLM_F_DUMP_FILTERED as number;
/**
 * `NLM_F_ROOT` is a netlink message flag: `nlmsg_flags` of `struct nlmsghdr`.
 * Value: Linux 256; not defined on macOS or Windows.
 *
 * @example Set the flag in a request header
 * ```ts
 * import { NLM_F_REQUEST, NLM_F_ROOT } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(6, NLM_F_REQUEST | NLM_F_ROOT, true); // nlmsg_flags, host order
 * ```
 */
export const NLM_F_ROOT: number = c.NLM_F_ROOT as number;
/**
 * `NLM_F_MATCH` is a netlink message flag: `nlmsg_flags` of `struct nlmsghdr`.
 * Value: Linux 512; not defined on macOS or Windows.
 *
 * @example Set the flag in a request header
 * ```ts
 * import { NLM_F_MATCH, NLM_F_REQUEST } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(6, NLM_F_REQUEST | NLM_F_MATCH, true); // nlmsg_flags, host order
 * ```
 */
export const NLM_F_MATCH: number = c.NLM_F_MATCH as number;
/**
 * `NLM_F_ATOMIC` is a netlink message flag: `nlmsg_flags` of `struct nlmsghdr`.
 * Value: Linux 1024; not defined on macOS or Windows.
 *
 * @example Set the flag in a request header
 * ```ts
 * import { NLM_F_ATOMIC, NLM_F_REQUEST } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(6, NLM_F_REQUEST | NLM_F_ATOMIC, true); // nlmsg_flags, host order
 * ```
 */
export const NLM_F_ATOMIC: number = c.NLM_F_ATOMIC as number;
/**
 * `NLM_F_DUMP` is a netlink message flag: `nlmsg_flags` of `struct nlmsghdr`.
 * Value: Linux 768; not defined on macOS or Windows.
 *
 * @example Set the flag in a request header
 * ```ts
 * import { NLM_F_DUMP, NLM_F_REQUEST } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(6, NLM_F_REQUEST | NLM_F_DUMP, true); // nlmsg_flags, host order
 * ```
 */
export const NLM_F_DUMP: number = c.NLM_F_DUMP as number;
/**
 * `NLM_F_REPLACE` is a netlink message flag: `nlmsg_flags` of `struct nlmsghdr`.
 * Value: Linux 256; not defined on macOS or Windows.
 *
 * @example Set the flag in a request header
 * ```ts
 * import { NLM_F_REPLACE, NLM_F_REQUEST } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(6, NLM_F_REQUEST | NLM_F_REPLACE, true); // nlmsg_flags, host order
 * ```
 */
export const NLM_F_REPLACE: number = c.NLM_F_REPLACE as number;
/**
 * `NLM_F_EXCL` is a netlink message flag: `nlmsg_flags` of `struct nlmsghdr`.
 * Value: Linux 512; not defined on macOS or Windows.
 *
 * @example Set the flag in a request header
 * ```ts
 * import { NLM_F_EXCL, NLM_F_REQUEST } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(6, NLM_F_REQUEST | NLM_F_EXCL, true); // nlmsg_flags, host order
 * ```
 */
export const NLM_F_EXCL: number = c.NLM_F_EXCL as number;
/**
 * `NLM_F_CREATE` is a netlink message flag: `nlmsg_flags` of `struct nlmsghdr`.
 * Value: Linux 1024; not defined on macOS or Windows.
 *
 * @example Set the flag in a request header
 * ```ts
 * import { NLM_F_CREATE, NLM_F_REQUEST } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(6, NLM_F_REQUEST | NLM_F_CREATE, true); // nlmsg_flags, host order
 * ```
 */
export const NLM_F_CREATE: number = c.NLM_F_CREATE as number;
/**
 * `NLM_F_APPEND` is a netlink message flag: `nlmsg_flags` of `struct nlmsghdr`.
 * Value: Linux 2048; not defined on macOS or Windows.
 *
 * @example Set the flag in a request header
 * ```ts
 * import { NLM_F_APPEND, NLM_F_REQUEST } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(6, NLM_F_REQUEST | NLM_F_APPEND, true); // nlmsg_flags, host order
 * ```
 */
export const NLM_F_APPEND: number = c.NLM_F_APPEND as number;
/**
 * `NLM_F_NONREC` is a netlink message flag: `nlmsg_flags` of `struct nlmsghdr`.
 * Value: Linux 256; not defined on macOS or Windows.
 *
 * @example Set the flag in a request header
 * ```ts
 * import { NLM_F_NONREC, NLM_F_REQUEST } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(6, NLM_F_REQUEST | NLM_F_NONREC, true); // nlmsg_flags, host order
 * ```
 */
export const NLM_F_NONREC: number = c.NLM_F_NONREC as number;
/**
 * `NLM_F_BULK` is a netlink message flag: `nlmsg_flags` of `struct nlmsghdr`.
 * Value: Linux 512; not defined on macOS or Windows.
 *
 * @example Set the flag in a request header
 * ```ts
 * import { NLM_F_BULK, NLM_F_REQUEST } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(6, NLM_F_REQUEST | NLM_F_BULK, true); // nlmsg_flags, host order
 * ```
 */
export const NLM_F_BULK: number = c.NLM_F_BULK as number;
/**
 * `NLM_F_CAPPED` is a netlink message flag: `nlmsg_flags` of `struct nlmsghdr`.
 * Value: Linux 256; not defined on macOS or Windows.
 *
 * @example Set the flag in a request header
 * ```ts
 * import { NLM_F_CAPPED, NLM_F_REQUEST } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(6, NLM_F_REQUEST | NLM_F_CAPPED, true); // nlmsg_flags, host order
 * ```
 */
export const NLM_F_CAPPED: number = c.NLM_F_CAPPED as number;
/**
 * `NLM_F_ACK_TLVS` is a netlink message flag: `nlmsg_flags` of `struct nlmsghdr`.
 * Value: Linux 512; not defined on macOS or Windows.
 *
 * @example Set the flag in a request header
 * ```ts
 * import { NLM_F_ACK_TLVS, NLM_F_REQUEST } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(6, NLM_F_REQUEST | NLM_F_ACK_TLVS, true); // nlmsg_flags, host order
 * ```
 */
export const NLM_F_ACK_TLVS: number = c.NLM_F_ACK_TLVS as number;
/**
 * `NLMSG_ALIGNTO` is a netlink message size constant.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { NLMSG_ALIGNTO } from "@berkeley/socket";
 * console.log(NLMSG_ALIGNTO); // undefined on a platform without it
 * ```
 */
export const NLMSG_ALIGNTO: number = c.NLMSG_ALIGNTO as number;
/**
 * `NLMSG_HDRLEN` is a netlink message size constant.
 * Value: Linux 16; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { NLMSG_HDRLEN } from "@berkeley/socket";
 * console.log(NLMSG_HDRLEN); // undefined on a platform without it
 * ```
 */
export const NLMSG_HDRLEN: number = c.NLMSG_HDRLEN as number;
/**
 * `NLMSG_NOOP` is a netlink control message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Check a reply's message type
 * ```ts
 * import { NLMSG_NOOP } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // a received struct nlmsghdr
 * console.log(header.getUint16(4, true) === NLMSG_NOOP); // nlmsg_type, host order
 * ```
 */
export const NLMSG_NOOP: number = c.NLMSG_NOOP as number;
/**
 * `NLMSG_ERROR` is a netlink control message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Check a reply's message type
 * ```ts
 * import { NLMSG_ERROR } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // a received struct nlmsghdr
 * console.log(header.getUint16(4, true) === NLMSG_ERROR); // nlmsg_type, host order
 * ```
 */
export const NLMSG_ERROR: number = c.NLMSG_ERROR as number;
/**
 * `NLMSG_DONE` is a netlink control message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Check a reply's message type
 * ```ts
 * import { NLMSG_DONE } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // a received struct nlmsghdr
 * console.log(header.getUint16(4, true) === NLMSG_DONE); // nlmsg_type, host order
 * ```
 */
export const NLMSG_DONE: number = c.NLMSG_DONE as number;
/**
 * `NLMSG_OVERRUN` is a netlink control message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Check a reply's message type
 * ```ts
 * import { NLMSG_OVERRUN } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // a received struct nlmsghdr
 * console.log(header.getUint16(4, true) === NLMSG_OVERRUN); // nlmsg_type, host order
 * ```
 */
export const NLMSG_OVERRUN: number = c.NLMSG_OVERRUN as number;
/**
 * `NLMSG_MIN_TYPE` is a netlink control message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 16; not defined on macOS or Windows.
 *
 * @example Check a reply's message type
 * ```ts
 * import { NLMSG_MIN_TYPE } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // a received struct nlmsghdr
 * console.log(header.getUint16(4, true) === NLMSG_MIN_TYPE); // nlmsg_type, host order
 * ```
 */
export const NLMSG_MIN_TYPE: number = c.NLMSG_MIN_TYPE as number;
/**
 * `RTM_BASE` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 16; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_BASE } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_BASE, true); // nlmsg_type, host order
 * ```
 */
export const RTM_BASE: number = c.RTM_BASE as number;
/**
 * `RTM_NEWLINK` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 16; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_NEWLINK } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_NEWLINK, true); // nlmsg_type, host order
 * ```
 */
export const RTM_NEWLINK: number = c.RTM_NEWLINK as number;
/**
 * `RTM_DELLINK` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 17; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_DELLINK } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_DELLINK, true); // nlmsg_type, host order
 * ```
 */
export const RTM_DELLINK: number = c.RTM_DELLINK as number;
/**
 * `RTM_GETLINK` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 18; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_GETLINK } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_GETLINK, true); // nlmsg_type, host order
 * ```
 */
export const RTM_GETLINK: number = c.RTM_GETLINK as number;
/**
 * `RTM_SETLINK` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 19; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_SETLINK } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_SETLINK, true); // nlmsg_type, host order
 * ```
 */
export const RTM_SETLINK: number = c.RTM_SETLINK as number;
/**
 * `RTM_NEWADDR` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 20; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_NEWADDR } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_NEWADDR, true); // nlmsg_type, host order
 * ```
 */
export const RTM_NEWADDR: number = c.RTM_NEWADDR as number;
/**
 * `RTM_DELADDR` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 21; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_DELADDR } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_DELADDR, true); // nlmsg_type, host order
 * ```
 */
export const RTM_DELADDR: number = c.RTM_DELADDR as number;
/**
 * `RTM_GETADDR` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 22; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_GETADDR } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_GETADDR, true); // nlmsg_type, host order
 * ```
 */
export const RTM_GETADDR: number = c.RTM_GETADDR as number;
/**
 * `RTM_NEWROUTE` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 24; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_NEWROUTE } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_NEWROUTE, true); // nlmsg_type, host order
 * ```
 */
export const RTM_NEWROUTE: number = c.RTM_NEWROUTE as number;
/**
 * `RTM_DELROUTE` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 25; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_DELROUTE } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_DELROUTE, true); // nlmsg_type, host order
 * ```
 */
export const RTM_DELROUTE: number = c.RTM_DELROUTE as number;
/**
 * `RTM_GETROUTE` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 26; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_GETROUTE } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_GETROUTE, true); // nlmsg_type, host order
 * ```
 */
export const RTM_GETROUTE: number = c.RTM_GETROUTE as number;
/**
 * `RTM_NEWNEIGH` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 28; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_NEWNEIGH } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_NEWNEIGH, true); // nlmsg_type, host order
 * ```
 */
export const RTM_NEWNEIGH: number = c.RTM_NEWNEIGH as number;
/**
 * `RTM_DELNEIGH` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 29; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_DELNEIGH } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_DELNEIGH, true); // nlmsg_type, host order
 * ```
 */
export const RTM_DELNEIGH: number = c.RTM_DELNEIGH as number;
/**
 * `RTM_GETNEIGH` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 30; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_GETNEIGH } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_GETNEIGH, true); // nlmsg_type, host order
 * ```
 */
export const RTM_GETNEIGH: number = c.RTM_GETNEIGH as number;
/**
 * `RTM_NEWRULE` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 32; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_NEWRULE } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_NEWRULE, true); // nlmsg_type, host order
 * ```
 */
export const RTM_NEWRULE: number = c.RTM_NEWRULE as number;
/**
 * `RTM_DELRULE` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 33; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_DELRULE } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_DELRULE, true); // nlmsg_type, host order
 * ```
 */
export const RTM_DELRULE: number = c.RTM_DELRULE as number;
/**
 * `RTM_GETRULE` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 34; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_GETRULE } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_GETRULE, true); // nlmsg_type, host order
 * ```
 */
export const RTM_GETRULE: number = c.RTM_GETRULE as number;
/**
 * `RTM_NEWQDISC` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 36; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_NEWQDISC } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_NEWQDISC, true); // nlmsg_type, host order
 * ```
 */
export const RTM_NEWQDISC: number = c.RTM_NEWQDISC as number;
/**
 * `RTM_DELQDISC` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 37; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_DELQDISC } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_DELQDISC, true); // nlmsg_type, host order
 * ```
 */
export const RTM_DELQDISC: number = c.RTM_DELQDISC as number;
/**
 * `RTM_GETQDISC` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 38; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_GETQDISC } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_GETQDISC, true); // nlmsg_type, host order
 * ```
 */
export const RTM_GETQDISC: number = c.RTM_GETQDISC as number;
/**
 * `RTM_NEWTCLASS` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 40; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_NEWTCLASS } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_NEWTCLASS, true); // nlmsg_type, host order
 * ```
 */
export const RTM_NEWTCLASS: number = c.RTM_NEWTCLASS as number;
/**
 * `RTM_DELTCLASS` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 41; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_DELTCLASS } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_DELTCLASS, true); // nlmsg_type, host order
 * ```
 */
export const RTM_DELTCLASS: number = c.RTM_DELTCLASS as number;
/**
 * `RTM_GETTCLASS` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 42; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_GETTCLASS } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_GETTCLASS, true); // nlmsg_type, host order
 * ```
 */
export const RTM_GETTCLASS: number = c.RTM_GETTCLASS as number;
/**
 * `RTM_NEWTFILTER` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 44; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_NEWTFILTER } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_NEWTFILTER, true); // nlmsg_type, host order
 * ```
 */
export const RTM_NEWTFILTER: number = c.RTM_NEWTFILTER as number;
/**
 * `RTM_DELTFILTER` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 45; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_DELTFILTER } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_DELTFILTER, true); // nlmsg_type, host order
 * ```
 */
export const RTM_DELTFILTER: number = c.RTM_DELTFILTER as number;
/**
 * `RTM_GETTFILTER` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 46; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_GETTFILTER } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_GETTFILTER, true); // nlmsg_type, host order
 * ```
 */
export const RTM_GETTFILTER: number = c.RTM_GETTFILTER as number;
/**
 * `RTM_NEWACTION` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 48; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_NEWACTION } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_NEWACTION, true); // nlmsg_type, host order
 * ```
 */
export const RTM_NEWACTION: number = c.RTM_NEWACTION as number;
/**
 * `RTM_DELACTION` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 49; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_DELACTION } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_DELACTION, true); // nlmsg_type, host order
 * ```
 */
export const RTM_DELACTION: number = c.RTM_DELACTION as number;
/**
 * `RTM_GETACTION` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 50; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_GETACTION } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_GETACTION, true); // nlmsg_type, host order
 * ```
 */
export const RTM_GETACTION: number = c.RTM_GETACTION as number;
/**
 * `RTM_NEWPREFIX` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 52; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_NEWPREFIX } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_NEWPREFIX, true); // nlmsg_type, host order
 * ```
 */
export const RTM_NEWPREFIX: number = c.RTM_NEWPREFIX as number;
/**
 * `RTM_GETMULTICAST` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 58; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_GETMULTICAST } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_GETMULTICAST, true); // nlmsg_type, host order
 * ```
 */
export const RTM_GETMULTICAST: number = c.RTM_GETMULTICAST as number;
/**
 * `RTM_GETANYCAST` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 62; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_GETANYCAST } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_GETANYCAST, true); // nlmsg_type, host order
 * ```
 */
export const RTM_GETANYCAST: number = c.RTM_GETANYCAST as number;
/**
 * `RTM_NEWNEIGHTBL` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 64; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_NEWNEIGHTBL } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_NEWNEIGHTBL, true); // nlmsg_type, host order
 * ```
 */
export const RTM_NEWNEIGHTBL: number = c.RTM_NEWNEIGHTBL as number;
/**
 * `RTM_GETNEIGHTBL` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 66; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_GETNEIGHTBL } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_GETNEIGHTBL, true); // nlmsg_type, host order
 * ```
 */
export const RTM_GETNEIGHTBL: number = c.RTM_GETNEIGHTBL as number;
/**
 * `RTM_SETNEIGHTBL` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 67; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_SETNEIGHTBL } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_SETNEIGHTBL, true); // nlmsg_type, host order
 * ```
 */
export const RTM_SETNEIGHTBL: number = c.RTM_SETNEIGHTBL as number;
/**
 * `RTM_NEWNDUSEROPT` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 68; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_NEWNDUSEROPT } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_NEWNDUSEROPT, true); // nlmsg_type, host order
 * ```
 */
export const RTM_NEWNDUSEROPT: number = c.RTM_NEWNDUSEROPT as number;
/**
 * `RTM_NEWADDRLABEL` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 72; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_NEWADDRLABEL } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_NEWADDRLABEL, true); // nlmsg_type, host order
 * ```
 */
export const RTM_NEWADDRLABEL: number = c.RTM_NEWADDRLABEL as number;
/**
 * `RTM_DELADDRLABEL` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 73; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_DELADDRLABEL } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_DELADDRLABEL, true); // nlmsg_type, host order
 * ```
 */
export const RTM_DELADDRLABEL: number = c.RTM_DELADDRLABEL as number;
/**
 * `RTM_GETADDRLABEL` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 74; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_GETADDRLABEL } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_GETADDRLABEL, true); // nlmsg_type, host order
 * ```
 */
export const RTM_GETADDRLABEL: number = c.RTM_GETADDRLABEL as number;
/**
 * `RTM_GETDCB` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 78; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_GETDCB } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_GETDCB, true); // nlmsg_type, host order
 * ```
 */
export const RTM_GETDCB: number = c.RTM_GETDCB as number;
/**
 * `RTM_SETDCB` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 79; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_SETDCB } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_SETDCB, true); // nlmsg_type, host order
 * ```
 */
export const RTM_SETDCB: number = c.RTM_SETDCB as number;
/**
 * `RTM_NEWNETCONF` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 80; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_NEWNETCONF } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_NEWNETCONF, true); // nlmsg_type, host order
 * ```
 */
export const RTM_NEWNETCONF: number = c.RTM_NEWNETCONF as number;
/**
 * `RTM_DELNETCONF` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 81; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_DELNETCONF } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_DELNETCONF, true); // nlmsg_type, host order
 * ```
 */
export const RTM_DELNETCONF: number = c.RTM_DELNETCONF as number;
/**
 * `RTM_GETNETCONF` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 82; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_GETNETCONF } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_GETNETCONF, true); // nlmsg_type, host order
 * ```
 */
export const RTM_GETNETCONF: number = c.RTM_GETNETCONF as number;
/**
 * `RTM_NEWMDB` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 84; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_NEWMDB } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_NEWMDB, true); // nlmsg_type, host order
 * ```
 */
export const RTM_NEWMDB: number = c.RTM_NEWMDB as number;
/**
 * `RTM_DELMDB` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 85; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_DELMDB } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_DELMDB, true); // nlmsg_type, host order
 * ```
 */
export const RTM_DELMDB: number = c.RTM_DELMDB as number;
/**
 * `RTM_GETMDB` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 86; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_GETMDB } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_GETMDB, true); // nlmsg_type, host order
 * ```
 */
export const RTM_GETMDB: number = c.RTM_GETMDB as number;
/**
 * `RTM_NEWNSID` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 88; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_NEWNSID } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_NEWNSID, true); // nlmsg_type, host order
 * ```
 */
export const RTM_NEWNSID: number = c.RTM_NEWNSID as number;
/**
 * `RTM_DELNSID` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 89; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_DELNSID } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_DELNSID, true); // nlmsg_type, host order
 * ```
 */
export const RTM_DELNSID: number = c.RTM_DELNSID as number;
/**
 * `RTM_GETNSID` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 90; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_GETNSID } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_GETNSID, true); // nlmsg_type, host order
 * ```
 */
export const RTM_GETNSID: number = c.RTM_GETNSID as number;
/**
 * `RTM_NEWSTATS` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 92; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_NEWSTATS } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_NEWSTATS, true); // nlmsg_type, host order
 * ```
 */
export const RTM_NEWSTATS: number = c.RTM_NEWSTATS as number;
/**
 * `RTM_GETSTATS` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 94; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_GETSTATS } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_GETSTATS, true); // nlmsg_type, host order
 * ```
 */
export const RTM_GETSTATS: number = c.RTM_GETSTATS as number;
/**
 * `RTM_SETSTATS` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 95; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_SETSTATS } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_SETSTATS, true); // nlmsg_type, host order
 * ```
 */
export const RTM_SETSTATS: number = c.RTM_SETSTATS as number;
/**
 * `RTM_NEWCACHEREPORT` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 96; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_NEWCACHEREPORT } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_NEWCACHEREPORT, true); // nlmsg_type, host order
 * ```
 */
export const RTM_NEWCACHEREPORT: number = c.RTM_NEWCACHEREPORT as number;
/**
 * `RTM_NEWCHAIN` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 100; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_NEWCHAIN } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_NEWCHAIN, true); // nlmsg_type, host order
 * ```
 */
export const RTM_NEWCHAIN: number = c.RTM_NEWCHAIN as number;
/**
 * `RTM_DELCHAIN` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 101; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_DELCHAIN } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_DELCHAIN, true); // nlmsg_type, host order
 * ```
 */
export const RTM_DELCHAIN: number = c.RTM_DELCHAIN as number;
/**
 * `RTM_GETCHAIN` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 102; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_GETCHAIN } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_GETCHAIN, true); // nlmsg_type, host order
 * ```
 */
export const RTM_GETCHAIN: number = c.RTM_GETCHAIN as number;
/**
 * `RTM_NEWNEXTHOP` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 104; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_NEWNEXTHOP } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_NEWNEXTHOP, true); // nlmsg_type, host order
 * ```
 */
export const RTM_NEWNEXTHOP: number = c.RTM_NEWNEXTHOP as number;
/**
 * `RTM_DELNEXTHOP` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 105; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_DELNEXTHOP } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_DELNEXTHOP, true); // nlmsg_type, host order
 * ```
 */
export const RTM_DELNEXTHOP: number = c.RTM_DELNEXTHOP as number;
/**
 * `RTM_GETNEXTHOP` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 106; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_GETNEXTHOP } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_GETNEXTHOP, true); // nlmsg_type, host order
 * ```
 */
export const RTM_GETNEXTHOP: number = c.RTM_GETNEXTHOP as number;
/**
 * `RTM_NEWLINKPROP` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 108; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_NEWLINKPROP } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_NEWLINKPROP, true); // nlmsg_type, host order
 * ```
 */
export const RTM_NEWLINKPROP: number = c.RTM_NEWLINKPROP as number;
/**
 * `RTM_DELLINKPROP` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 109; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_DELLINKPROP } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_DELLINKPROP, true); // nlmsg_type, host order
 * ```
 */
export const RTM_DELLINKPROP: number = c.RTM_DELLINKPROP as number;
/**
 * `RTM_GETLINKPROP` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 110; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_GETLINKPROP } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_GETLINKPROP, true); // nlmsg_type, host order
 * ```
 */
export const RTM_GETLINKPROP: number = c.RTM_GETLINKPROP as number;
/**
 * `RTM_NEWVLAN` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 112; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_NEWVLAN } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_NEWVLAN, true); // nlmsg_type, host order
 * ```
 */
export const RTM_NEWVLAN: number = c.RTM_NEWVLAN as number;
/**
 * `RTM_DELVLAN` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 113; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_DELVLAN } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_DELVLAN, true); // nlmsg_type, host order
 * ```
 */
export const RTM_DELVLAN: number = c.RTM_DELVLAN as number;
/**
 * `RTM_GETVLAN` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 114; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_GETVLAN } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_GETVLAN, true); // nlmsg_type, host order
 * ```
 */
export const RTM_GETVLAN: number = c.RTM_GETVLAN as number;
/**
 * `RTM_NEWNEXTHOPBUCKET` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 116; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_NEWNEXTHOPBUCKET } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_NEWNEXTHOPBUCKET, true); // nlmsg_type, host order
 * ```
 */
export const RTM_NEWNEXTHOPBUCKET: number = c.RTM_NEWNEXTHOPBUCKET as number;
/**
 * `RTM_DELNEXTHOPBUCKET` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 117; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_DELNEXTHOPBUCKET } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_DELNEXTHOPBUCKET, true); // nlmsg_type, host order
 * ```
 */
export const RTM_DELNEXTHOPBUCKET: number = c.RTM_DELNEXTHOPBUCKET as number;
/**
 * `RTM_GETNEXTHOPBUCKET` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 118; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_GETNEXTHOPBUCKET } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_GETNEXTHOPBUCKET, true); // nlmsg_type, host order
 * ```
 */
export const RTM_GETNEXTHOPBUCKET: number = c.RTM_GETNEXTHOPBUCKET as number;
/**
 * `RTM_NEWTUNNEL` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 120; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_NEWTUNNEL } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_NEWTUNNEL, true); // nlmsg_type, host order
 * ```
 */
export const RTM_NEWTUNNEL: number = c.RTM_NEWTUNNEL as number;
/**
 * `RTM_DELTUNNEL` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 121; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_DELTUNNEL } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_DELTUNNEL, true); // nlmsg_type, host order
 * ```
 */
export const RTM_DELTUNNEL: number = c.RTM_DELTUNNEL as number;
/**
 * `RTM_GETTUNNEL` is an rtnetlink message type: `nlmsg_type` of `struct nlmsghdr`.
 * Value: Linux 122; not defined on macOS or Windows.
 *
 * @example Set the message type of a request
 * ```ts
 * import { RTM_GETTUNNEL } from "@berkeley/socket";
 * const header = new DataView(new ArrayBuffer(16)); // struct nlmsghdr
 * header.setUint16(4, RTM_GETTUNNEL, true); // nlmsg_type, host order
 * ```
 */
export const RTM_GETTUNNEL: number = c.RTM_GETTUNNEL as number;
/**
 * `RTM_F_NOTIFY` is an rtnetlink route flag: `rtm_flags` of `struct rtmsg`.
 * Value: Linux 256; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RTM_F_NOTIFY } from "@berkeley/socket";
 * console.log(RTM_F_NOTIFY); // undefined on a platform without it
 * ```
 */
export const RTM_F_NOTIFY: number = c.RTM_F_NOTIFY as number;
/**
 * `RTM_F_CLONED` is an rtnetlink route flag: `rtm_flags` of `struct rtmsg`.
 * Value: Linux 512; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RTM_F_CLONED } from "@berkeley/socket";
 * console.log(RTM_F_CLONED); // undefined on a platform without it
 * ```
 */
export const RTM_F_CLONED: number = c.RTM_F_CLONED as number;
/**
 * `RTM_F_EQUALIZE` is an rtnetlink route flag: `rtm_flags` of `struct rtmsg`.
 * Value: Linux 1024; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RTM_F_EQUALIZE } from "@berkeley/socket";
 * console.log(RTM_F_EQUALIZE); // undefined on a platform without it
 * ```
 */
export const RTM_F_EQUALIZE: number = c.RTM_F_EQUALIZE as number;
/**
 * `RTM_F_PREFIX` is an rtnetlink route flag: `rtm_flags` of `struct rtmsg`.
 * Value: Linux 2048; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RTM_F_PREFIX } from "@berkeley/socket";
 * console.log(RTM_F_PREFIX); // undefined on a platform without it
 * ```
 */
export const RTM_F_PREFIX: number = c.RTM_F_PREFIX as number;
/**
 * `RTM_F_LOOKUP_TABLE` is an rtnetlink route flag: `rtm_flags` of `struct rtmsg`.
 * Value: Linux 4096; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RTM_F_LOOKUP_TABLE } from "@berkeley/socket";
 * console.log(RTM_F_LOOKUP_TABLE); // undefined on a platform without it
 * ```
 */
export const RTM_F_LOOKUP_TABLE: number = c.RTM_F_LOOKUP_TABLE as number;
/**
 * `RTM_F_FIB_MATCH` is an rtnetlink route flag: `rtm_flags` of `struct rtmsg`.
 * Value: Linux 8192; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RTM_F_FIB_MATCH } from "@berkeley/socket";
 * console.log(RTM_F_FIB_MATCH); // undefined on a platform without it
 * ```
 */
export const RTM_F_FIB_MATCH: number = c.RTM_F_FIB_MATCH as number;
/**
 * `RTM_F_OFFLOAD` is an rtnetlink route flag: `rtm_flags` of `struct rtmsg`.
 * Value: Linux 16384; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RTM_F_OFFLOAD } from "@berkeley/socket";
 * console.log(RTM_F_OFFLOAD); // undefined on a platform without it
 * ```
 */
export const RTM_F_OFFLOAD: number = c.RTM_F_OFFLOAD as number;
/**
 * `RTM_F_TRAP` is an rtnetlink route flag: `rtm_flags` of `struct rtmsg`.
 * Value: Linux 32768; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RTM_F_TRAP } from "@berkeley/socket";
 * console.log(RTM_F_TRAP); // undefined on a platform without it
 * ```
 */
export const RTM_F_TRAP: number = c.RTM_F_TRAP as number;
/**
 * `RTM_F_OFFLOAD_FAILED` is an rtnetlink route flag: `rtm_flags` of `struct rtmsg`.
 * Value: Linux 536870912; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { RTM_F_OFFLOAD_FAILED } from "@berkeley/socket";
 * console.log(RTM_F_OFFLOAD_FAILED); // undefined on a platform without it
 * ```
 */
export const RTM_F_OFFLOAD_FAILED: number = c.RTM_F_OFFLOAD_FAILED as number;
/**
 * `IFA_UNSPEC` is an interface address attribute: `rta_type` in an RTM_NEWADDR message.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFA_UNSPEC } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFA_UNSPEC); // rta_type, host order
 * ```
 */
export const IFA_UNSPEC: number = c.IFA_UNSPEC as number;
/**
 * `IFA_ADDRESS` is an interface address attribute: `rta_type` in an RTM_NEWADDR message.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFA_ADDRESS } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFA_ADDRESS); // rta_type, host order
 * ```
 */
export const IFA_ADDRESS: number = c.IFA_ADDRESS as number;
/**
 * `IFA_LOCAL` is an interface address attribute: `rta_type` in an RTM_NEWADDR message.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFA_LOCAL } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFA_LOCAL); // rta_type, host order
 * ```
 */
export const IFA_LOCAL: number = c.IFA_LOCAL as number;
/**
 * `IFA_LABEL` is an interface address attribute: `rta_type` in an RTM_NEWADDR message.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFA_LABEL } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFA_LABEL); // rta_type, host order
 * ```
 */
export const IFA_LABEL: number = c.IFA_LABEL as number;
/**
 * `IFA_BROADCAST` is an interface address attribute: `rta_type` in an RTM_NEWADDR message.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFA_BROADCAST } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFA_BROADCAST); // rta_type, host order
 * ```
 */
export const IFA_BROADCAST: number = c.IFA_BROADCAST as number;
/**
 * `IFA_ANYCAST` is an interface address attribute: `rta_type` in an RTM_NEWADDR message.
 * Value: Linux 5; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFA_ANYCAST } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFA_ANYCAST); // rta_type, host order
 * ```
 */
export const IFA_ANYCAST: number = c.IFA_ANYCAST as number;
/**
 * `IFA_CACHEINFO` is an interface address attribute: `rta_type` in an RTM_NEWADDR message.
 * Value: Linux 6; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFA_CACHEINFO } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFA_CACHEINFO); // rta_type, host order
 * ```
 */
export const IFA_CACHEINFO: number = c.IFA_CACHEINFO as number;
/**
 * `IFA_MULTICAST` is an interface address attribute: `rta_type` in an RTM_NEWADDR message.
 * Value: Linux 7; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFA_MULTICAST } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFA_MULTICAST); // rta_type, host order
 * ```
 */
export const IFA_MULTICAST: number = c.IFA_MULTICAST as number;
/**
 * `IFA_FLAGS` is an interface address attribute: `rta_type` in an RTM_NEWADDR message.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFA_FLAGS } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFA_FLAGS); // rta_type, host order
 * ```
 */
export const IFA_FLAGS: number = c.IFA_FLAGS as number;
/**
 * `IFA_RT_PRIORITY` is an interface address attribute: `rta_type` in an RTM_NEWADDR message.
 * Value: Linux 9; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFA_RT_PRIORITY } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFA_RT_PRIORITY); // rta_type, host order
 * ```
 */
export const IFA_RT_PRIORITY: number = c.IFA_RT_PRIORITY as number;
/**
 * `IFA_TARGET_NETNSID` is an interface address attribute: `rta_type` in an RTM_NEWADDR message.
 * Value: Linux 10; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFA_TARGET_NETNSID } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFA_TARGET_NETNSID); // rta_type, host order
 * ```
 */
export const IFA_TARGET_NETNSID: number = c.IFA_TARGET_NETNSID as number;
/**
 * `IFA_PROTO` is an interface address attribute: `rta_type` in an RTM_NEWADDR message.
 * Value: Linux 11; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFA_PROTO } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFA_PROTO); // rta_type, host order
 * ```
 */
export const IFA_PROTO: number = c.IFA_PROTO as number;
/**
 * `IFA_F_SECONDARY` is an interface address flag: `ifa_flags` of `struct ifaddrmsg`.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Test an address's flag
 * ```ts
 * import { IFA_F_SECONDARY } from "@berkeley/socket";
 * const ifa = new DataView(new ArrayBuffer(8)); // a received struct ifaddrmsg
 * console.log((ifa.getUint8(2) & IFA_F_SECONDARY) !== 0); // ifa_flags
 * ```
 */
export const IFA_F_SECONDARY: number = c.IFA_F_SECONDARY as number;
/**
 * `IFA_F_TEMPORARY` is an interface address flag: `ifa_flags` of `struct ifaddrmsg`.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Test an address's flag
 * ```ts
 * import { IFA_F_TEMPORARY } from "@berkeley/socket";
 * const ifa = new DataView(new ArrayBuffer(8)); // a received struct ifaddrmsg
 * console.log((ifa.getUint8(2) & IFA_F_TEMPORARY) !== 0); // ifa_flags
 * ```
 */
export const IFA_F_TEMPORARY: number = c.IFA_F_TEMPORARY as number;
/**
 * `IFA_F_NODAD` is an interface address flag: `ifa_flags` of `struct ifaddrmsg`.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Test an address's flag
 * ```ts
 * import { IFA_F_NODAD } from "@berkeley/socket";
 * const ifa = new DataView(new ArrayBuffer(8)); // a received struct ifaddrmsg
 * console.log((ifa.getUint8(2) & IFA_F_NODAD) !== 0); // ifa_flags
 * ```
 */
export const IFA_F_NODAD: number = c.IFA_F_NODAD as number;
/**
 * `IFA_F_OPTIMISTIC` is an interface address flag: `ifa_flags` of `struct ifaddrmsg`.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Test an address's flag
 * ```ts
 * import { IFA_F_OPTIMISTIC } from "@berkeley/socket";
 * const ifa = new DataView(new ArrayBuffer(8)); // a received struct ifaddrmsg
 * console.log((ifa.getUint8(2) & IFA_F_OPTIMISTIC) !== 0); // ifa_flags
 * ```
 */
export const IFA_F_OPTIMISTIC: number = c.IFA_F_OPTIMISTIC as number;
/**
 * `IFA_F_DADFAILED` is an interface address flag: `ifa_flags` of `struct ifaddrmsg`.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Test an address's flag
 * ```ts
 * import { IFA_F_DADFAILED } from "@berkeley/socket";
 * const ifa = new DataView(new ArrayBuffer(8)); // a received struct ifaddrmsg
 * console.log((ifa.getUint8(2) & IFA_F_DADFAILED) !== 0); // ifa_flags
 * ```
 */
export const IFA_F_DADFAILED: number = c.IFA_F_DADFAILED as number;
/**
 * `IFA_F_HOMEADDRESS` is an interface address flag: `ifa_flags` of `struct ifaddrmsg`.
 * Value: Linux 16; not defined on macOS or Windows.
 *
 * @example Test an address's flag
 * ```ts
 * import { IFA_F_HOMEADDRESS } from "@berkeley/socket";
 * const ifa = new DataView(new ArrayBuffer(8)); // a received struct ifaddrmsg
 * console.log((ifa.getUint8(2) & IFA_F_HOMEADDRESS) !== 0); // ifa_flags
 * ```
 */
export const IFA_F_HOMEADDRESS: number = c.IFA_F_HOMEADDRESS as number;
/**
 * `IFA_F_DEPRECATED` is an interface address flag: `ifa_flags` of `struct ifaddrmsg`.
 * Value: Linux 32; not defined on macOS or Windows.
 *
 * @example Test an address's flag
 * ```ts
 * import { IFA_F_DEPRECATED } from "@berkeley/socket";
 * const ifa = new DataView(new ArrayBuffer(8)); // a received struct ifaddrmsg
 * console.log((ifa.getUint8(2) & IFA_F_DEPRECATED) !== 0); // ifa_flags
 * ```
 */
export const IFA_F_DEPRECATED: number = c.IFA_F_DEPRECATED as number;
/**
 * `IFA_F_TENTATIVE` is an interface address flag: `ifa_flags` of `struct ifaddrmsg`.
 * Value: Linux 64; not defined on macOS or Windows.
 *
 * @example Test an address's flag
 * ```ts
 * import { IFA_F_TENTATIVE } from "@berkeley/socket";
 * const ifa = new DataView(new ArrayBuffer(8)); // a received struct ifaddrmsg
 * console.log((ifa.getUint8(2) & IFA_F_TENTATIVE) !== 0); // ifa_flags
 * ```
 */
export const IFA_F_TENTATIVE: number = c.IFA_F_TENTATIVE as number;
/**
 * `IFA_F_PERMANENT` is an interface address flag: `ifa_flags` of `struct ifaddrmsg`.
 * Value: Linux 128; not defined on macOS or Windows.
 *
 * @example Test an address's flag
 * ```ts
 * import { IFA_F_PERMANENT } from "@berkeley/socket";
 * const ifa = new DataView(new ArrayBuffer(8)); // a received struct ifaddrmsg
 * console.log((ifa.getUint8(2) & IFA_F_PERMANENT) !== 0); // ifa_flags
 * ```
 */
export const IFA_F_PERMANENT: number = c.IFA_F_PERMANENT as number;
/**
 * `IFA_F_MANAGETEMPADDR` is an interface address flag: `ifa_flags` of `struct ifaddrmsg`.
 * Value: Linux 256; not defined on macOS or Windows.
 *
 * @example Test an address's flag
 * ```ts
 * import { IFA_F_MANAGETEMPADDR } from "@berkeley/socket";
 * const ifa = new DataView(new ArrayBuffer(8)); // a received struct ifaddrmsg
 * console.log((ifa.getUint8(2) & IFA_F_MANAGETEMPADDR) !== 0); // ifa_flags
 * ```
 */
export const IFA_F_MANAGETEMPADDR: number = c.IFA_F_MANAGETEMPADDR as number;
/**
 * `IFA_F_NOPREFIXROUTE` is an interface address flag: `ifa_flags` of `struct ifaddrmsg`.
 * Value: Linux 512; not defined on macOS or Windows.
 *
 * @example Test an address's flag
 * ```ts
 * import { IFA_F_NOPREFIXROUTE } from "@berkeley/socket";
 * const ifa = new DataView(new ArrayBuffer(8)); // a received struct ifaddrmsg
 * console.log((ifa.getUint8(2) & IFA_F_NOPREFIXROUTE) !== 0); // ifa_flags
 * ```
 */
export const IFA_F_NOPREFIXROUTE: number = c.IFA_F_NOPREFIXROUTE as number;
/**
 * `IFA_F_MCAUTOJOIN` is an interface address flag: `ifa_flags` of `struct ifaddrmsg`.
 * Value: Linux 1024; not defined on macOS or Windows.
 *
 * @example Test an address's flag
 * ```ts
 * import { IFA_F_MCAUTOJOIN } from "@berkeley/socket";
 * const ifa = new DataView(new ArrayBuffer(8)); // a received struct ifaddrmsg
 * console.log((ifa.getUint8(2) & IFA_F_MCAUTOJOIN) !== 0); // ifa_flags
 * ```
 */
export const IFA_F_MCAUTOJOIN: number = c.IFA_F_MCAUTOJOIN as number;
/**
 * `IFA_F_STABLE_PRIVACY` is an interface address flag: `ifa_flags` of `struct ifaddrmsg`.
 * Value: Linux 2048; not defined on macOS or Windows.
 *
 * @example Test an address's flag
 * ```ts
 * import { IFA_F_STABLE_PRIVACY } from "@berkeley/socket";
 * const ifa = new DataView(new ArrayBuffer(8)); // a received struct ifaddrmsg
 * console.log((ifa.getUint8(2) & IFA_F_STABLE_PRIVACY) !== 0); // ifa_flags
 * ```
 */
export const IFA_F_STABLE_PRIVACY: number = c.IFA_F_STABLE_PRIVACY as number;
/**
 * `IFLA_UNSPEC` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_UNSPEC } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_UNSPEC); // rta_type, host order
 * ```
 */
export const IFLA_UNSPEC: number = c.IFLA_UNSPEC as number;
/**
 * `IFLA_ADDRESS` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_ADDRESS } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_ADDRESS); // rta_type, host order
 * ```
 */
export const IFLA_ADDRESS: number = c.IFLA_ADDRESS as number;
/**
 * `IFLA_BROADCAST` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_BROADCAST } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_BROADCAST); // rta_type, host order
 * ```
 */
export const IFLA_BROADCAST: number = c.IFLA_BROADCAST as number;
/**
 * `IFLA_IFNAME` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_IFNAME } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_IFNAME); // rta_type, host order
 * ```
 */
export const IFLA_IFNAME: number = c.IFLA_IFNAME as number;
/**
 * `IFLA_MTU` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_MTU } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_MTU); // rta_type, host order
 * ```
 */
export const IFLA_MTU: number = c.IFLA_MTU as number;
/**
 * `IFLA_LINK` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 5; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_LINK } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_LINK); // rta_type, host order
 * ```
 */
export const IFLA_LINK: number = c.IFLA_LINK as number;
/**
 * `IFLA_QDISC` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 6; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_QDISC } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_QDISC); // rta_type, host order
 * ```
 */
export const IFLA_QDISC: number = c.IFLA_QDISC as number;
/**
 * `IFLA_STATS` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 7; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_STATS } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_STATS); // rta_type, host order
 * ```
 */
export const IFLA_STATS: number = c.IFLA_STATS as number;
/**
 * `IFLA_COST` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_COST } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_COST); // rta_type, host order
 * ```
 */
export const IFLA_COST: number = c.IFLA_COST as number;
/**
 * `IFLA_PRIORITY` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 9; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_PRIORITY } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_PRIORITY); // rta_type, host order
 * ```
 */
export const IFLA_PRIORITY: number = c.IFLA_PRIORITY as number;
/**
 * `IFLA_MASTER` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 10; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_MASTER } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_MASTER); // rta_type, host order
 * ```
 */
export const IFLA_MASTER: number = c.IFLA_MASTER as number;
/**
 * `IFLA_WIRELESS` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 11; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_WIRELESS } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_WIRELESS); // rta_type, host order
 * ```
 */
export const IFLA_WIRELESS: number = c.IFLA_WIRELESS as number;
/**
 * `IFLA_PROTINFO` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 12; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_PROTINFO } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_PROTINFO); // rta_type, host order
 * ```
 */
export const IFLA_PROTINFO: number = c.IFLA_PROTINFO as number;
/**
 * `IFLA_TXQLEN` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 13; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_TXQLEN } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_TXQLEN); // rta_type, host order
 * ```
 */
export const IFLA_TXQLEN: number = c.IFLA_TXQLEN as number;
/**
 * `IFLA_MAP` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 14; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_MAP } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_MAP); // rta_type, host order
 * ```
 */
export const IFLA_MAP: number = c.IFLA_MAP as number;
/**
 * `IFLA_WEIGHT` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 15; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_WEIGHT } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_WEIGHT); // rta_type, host order
 * ```
 */
export const IFLA_WEIGHT: number = c.IFLA_WEIGHT as number;
/**
 * `IFLA_OPERSTATE` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 16; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_OPERSTATE } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_OPERSTATE); // rta_type, host order
 * ```
 */
export const IFLA_OPERSTATE: number = c.IFLA_OPERSTATE as number;
/**
 * `IFLA_LINKMODE` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 17; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_LINKMODE } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_LINKMODE); // rta_type, host order
 * ```
 */
export const IFLA_LINKMODE: number = c.IFLA_LINKMODE as number;
/**
 * `IFLA_LINKINFO` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 18; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_LINKINFO } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_LINKINFO); // rta_type, host order
 * ```
 */
export const IFLA_LINKINFO: number = c.IFLA_LINKINFO as number;
/**
 * `IFLA_NET_NS_PID` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 19; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_NET_NS_PID } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_NET_NS_PID); // rta_type, host order
 * ```
 */
export const IFLA_NET_NS_PID: number = c.IFLA_NET_NS_PID as number;
/**
 * `IFLA_IFALIAS` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 20; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_IFALIAS } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_IFALIAS); // rta_type, host order
 * ```
 */
export const IFLA_IFALIAS: number = c.IFLA_IFALIAS as number;
/**
 * `IFLA_NUM_VF` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 21; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_NUM_VF } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_NUM_VF); // rta_type, host order
 * ```
 */
export const IFLA_NUM_VF: number = c.IFLA_NUM_VF as number;
/**
 * `IFLA_VFINFO_LIST` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 22; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_VFINFO_LIST } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_VFINFO_LIST); // rta_type, host order
 * ```
 */
export const IFLA_VFINFO_LIST: number = c.IFLA_VFINFO_LIST as number;
/**
 * `IFLA_STATS64` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 23; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_STATS64 } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_STATS64); // rta_type, host order
 * ```
 */
export const IFLA_STATS64: number = c.IFLA_STATS64 as number;
/**
 * `IFLA_VF_PORTS` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 24; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_VF_PORTS } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_VF_PORTS); // rta_type, host order
 * ```
 */
export const IFLA_VF_PORTS: number = c.IFLA_VF_PORTS as number;
/**
 * `IFLA_PORT_SELF` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 25; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_PORT_SELF } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_PORT_SELF); // rta_type, host order
 * ```
 */
export const IFLA_PORT_SELF: number = c.IFLA_PORT_SELF as number;
/**
 * `IFLA_AF_SPEC` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 26; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_AF_SPEC } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_AF_SPEC); // rta_type, host order
 * ```
 */
export const IFLA_AF_SPEC: number = c.IFLA_AF_SPEC as number;
/**
 * `IFLA_GROUP` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 27; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_GROUP } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_GROUP); // rta_type, host order
 * ```
 */
export const IFLA_GROUP: number = c.IFLA_GROUP as number;
/**
 * `IFLA_NET_NS_FD` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 28; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_NET_NS_FD } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_NET_NS_FD); // rta_type, host order
 * ```
 */
export const IFLA_NET_NS_FD: number = c.IFLA_NET_NS_FD as number;
/**
 * `IFLA_EXT_MASK` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 29; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_EXT_MASK } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_EXT_MASK); // rta_type, host order
 * ```
 */
export const IFLA_EXT_MASK: number = c.IFLA_EXT_MASK as number;
/**
 * `IFLA_PROMISCUITY` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 30; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_PROMISCUITY } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_PROMISCUITY); // rta_type, host order
 * ```
 */
export const IFLA_PROMISCUITY: number = c.IFLA_PROMISCUITY as number;
/**
 * `IFLA_NUM_TX_QUEUES` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 31; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_NUM_TX_QUEUES } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_NUM_TX_QUEUES); // rta_type, host order
 * ```
 */
export const IFLA_NUM_TX_QUEUES: number = c.IFLA_NUM_TX_QUEUES as number;
/**
 * `IFLA_NUM_RX_QUEUES` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 32; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_NUM_RX_QUEUES } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_NUM_RX_QUEUES); // rta_type, host order
 * ```
 */
export const IFLA_NUM_RX_QUEUES: number = c.IFLA_NUM_RX_QUEUES as number;
/**
 * `IFLA_CARRIER` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 33; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_CARRIER } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_CARRIER); // rta_type, host order
 * ```
 */
export const IFLA_CARRIER: number = c.IFLA_CARRIER as number;
/**
 * `IFLA_PHYS_PORT_ID` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 34; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_PHYS_PORT_ID } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_PHYS_PORT_ID); // rta_type, host order
 * ```
 */
export const IFLA_PHYS_PORT_ID: number = c.IFLA_PHYS_PORT_ID as number;
/**
 * `IFLA_CARRIER_CHANGES` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 35; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_CARRIER_CHANGES } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_CARRIER_CHANGES); // rta_type, host order
 * ```
 */
export const IFLA_CARRIER_CHANGES: number = c.IFLA_CARRIER_CHANGES as number;
/**
 * `IFLA_PHYS_SWITCH_ID` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 36; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_PHYS_SWITCH_ID } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_PHYS_SWITCH_ID); // rta_type, host order
 * ```
 */
export const IFLA_PHYS_SWITCH_ID: number = c.IFLA_PHYS_SWITCH_ID as number;
/**
 * `IFLA_LINK_NETNSID` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 37; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_LINK_NETNSID } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_LINK_NETNSID); // rta_type, host order
 * ```
 */
export const IFLA_LINK_NETNSID: number = c.IFLA_LINK_NETNSID as number;
/**
 * `IFLA_PHYS_PORT_NAME` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 38; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_PHYS_PORT_NAME } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_PHYS_PORT_NAME); // rta_type, host order
 * ```
 */
export const IFLA_PHYS_PORT_NAME: number = c.IFLA_PHYS_PORT_NAME as number;
/**
 * `IFLA_PROTO_DOWN` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 39; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_PROTO_DOWN } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_PROTO_DOWN); // rta_type, host order
 * ```
 */
export const IFLA_PROTO_DOWN: number = c.IFLA_PROTO_DOWN as number;
/**
 * `IFLA_GSO_MAX_SEGS` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 40; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_GSO_MAX_SEGS } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_GSO_MAX_SEGS); // rta_type, host order
 * ```
 */
export const IFLA_GSO_MAX_SEGS: number = c.IFLA_GSO_MAX_SEGS as number;
/**
 * `IFLA_GSO_MAX_SIZE` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 41; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_GSO_MAX_SIZE } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_GSO_MAX_SIZE); // rta_type, host order
 * ```
 */
export const IFLA_GSO_MAX_SIZE: number = c.IFLA_GSO_MAX_SIZE as number;
/**
 * `IFLA_PAD` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 42; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_PAD } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_PAD); // rta_type, host order
 * ```
 */
export const IFLA_PAD: number = c.IFLA_PAD as number;
/**
 * `IFLA_XDP` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 43; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_XDP } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_XDP); // rta_type, host order
 * ```
 */
export const IFLA_XDP: number = c.IFLA_XDP as number;
/**
 * `IFLA_EVENT` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 44; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_EVENT } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_EVENT); // rta_type, host order
 * ```
 */
export const IFLA_EVENT: number = c.IFLA_EVENT as number;
/**
 * `IFLA_NEW_NETNSID` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 45; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_NEW_NETNSID } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_NEW_NETNSID); // rta_type, host order
 * ```
 */
export const IFLA_NEW_NETNSID: number = c.IFLA_NEW_NETNSID as number;
/**
 * `IFLA_IF_NETNSID` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 46; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_IF_NETNSID } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_IF_NETNSID); // rta_type, host order
 * ```
 */
export const IFLA_IF_NETNSID: number = c.IFLA_IF_NETNSID as number;
/**
 * `IFLA_TARGET_NETNSID` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 46; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_TARGET_NETNSID } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_TARGET_NETNSID); // rta_type, host order
 * ```
 */
export const IFLA_TARGET_NETNSID: number = c.IFLA_TARGET_NETNSID as number;
/**
 * `IFLA_CARRIER_UP_COUNT` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 47; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_CARRIER_UP_COUNT } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_CARRIER_UP_COUNT); // rta_type, host order
 * ```
 */
export const IFLA_CARRIER_UP_COUNT: number = c.IFLA_CARRIER_UP_COUNT as number;
/**
 * `IFLA_CARRIER_DOWN_COUNT` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 48; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_CARRIER_DOWN_COUNT } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_CARRIER_DOWN_COUNT); // rta_type, host order
 * ```
 */
export const IFLA_CARRIER_DOWN_COUNT: number = c
  .IFLA_CARRIER_DOWN_COUNT as number;
/**
 * `IFLA_NEW_IFINDEX` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 49; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_NEW_IFINDEX } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_NEW_IFINDEX); // rta_type, host order
 * ```
 */
export const IFLA_NEW_IFINDEX: number = c.IFLA_NEW_IFINDEX as number;
/**
 * `IFLA_MIN_MTU` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 50; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_MIN_MTU } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_MIN_MTU); // rta_type, host order
 * ```
 */
export const IFLA_MIN_MTU: number = c.IFLA_MIN_MTU as number;
/**
 * `IFLA_MAX_MTU` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 51; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_MAX_MTU } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_MAX_MTU); // rta_type, host order
 * ```
 */
export const IFLA_MAX_MTU: number = c.IFLA_MAX_MTU as number;
/**
 * `IFLA_PROP_LIST` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 52; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_PROP_LIST } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_PROP_LIST); // rta_type, host order
 * ```
 */
export const IFLA_PROP_LIST: number = c.IFLA_PROP_LIST as number;
/**
 * `IFLA_ALT_IFNAME` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 53; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_ALT_IFNAME } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_ALT_IFNAME); // rta_type, host order
 * ```
 */
export const IFLA_ALT_IFNAME: number = c.IFLA_ALT_IFNAME as number;
/**
 * `IFLA_PERM_ADDRESS` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 54; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_PERM_ADDRESS } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_PERM_ADDRESS); // rta_type, host order
 * ```
 */
export const IFLA_PERM_ADDRESS: number = c.IFLA_PERM_ADDRESS as number;
/**
 * `IFLA_PROTO_DOWN_REASON` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 55; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_PROTO_DOWN_REASON } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_PROTO_DOWN_REASON); // rta_type, host order
 * ```
 */
export const IFLA_PROTO_DOWN_REASON: number = c
  .IFLA_PROTO_DOWN_REASON as number;
/**
 * `IFLA_PARENT_DEV_NAME` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 56; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_PARENT_DEV_NAME } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_PARENT_DEV_NAME); // rta_type, host order
 * ```
 */
export const IFLA_PARENT_DEV_NAME: number = c.IFLA_PARENT_DEV_NAME as number;
/**
 * `IFLA_PARENT_DEV_BUS_NAME` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 57; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_PARENT_DEV_BUS_NAME } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_PARENT_DEV_BUS_NAME); // rta_type, host order
 * ```
 */
export const IFLA_PARENT_DEV_BUS_NAME: number = c
  .IFLA_PARENT_DEV_BUS_NAME as number;
/**
 * `IFLA_GRO_MAX_SIZE` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 58; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_GRO_MAX_SIZE } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_GRO_MAX_SIZE); // rta_type, host order
 * ```
 */
export const IFLA_GRO_MAX_SIZE: number = c.IFLA_GRO_MAX_SIZE as number;
/**
 * `IFLA_TSO_MAX_SIZE` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 59; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_TSO_MAX_SIZE } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_TSO_MAX_SIZE); // rta_type, host order
 * ```
 */
export const IFLA_TSO_MAX_SIZE: number = c.IFLA_TSO_MAX_SIZE as number;
/**
 * `IFLA_TSO_MAX_SEGS` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 60; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_TSO_MAX_SEGS } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_TSO_MAX_SEGS); // rta_type, host order
 * ```
 */
export const IFLA_TSO_MAX_SEGS: number = c.IFLA_TSO_MAX_SEGS as number;
/**
 * `IFLA_ALLMULTI` is a link attribute: `rta_type` in an RTM_NEWLINK message.
 * Value: Linux 61; not defined on macOS or Windows.
 *
 * @example Recognise the attribute
 * ```ts
 * import { IFLA_ALLMULTI } from "@berkeley/socket";
 * const rta = new DataView(new ArrayBuffer(4)); // a received struct rtattr
 * console.log(rta.getUint16(2, true) === IFLA_ALLMULTI); // rta_type, host order
 * ```
 */
export const IFLA_ALLMULTI: number = c.IFLA_ALLMULTI as number;
/**
 * `IFF_UP` is an interface flag, as `SIOCGIFFLAGS` reports it in `ifr_flags`.
 * Value: Linux 1, macOS 1; not defined on Windows.
 *
 * @example Test an interface's flag
 * ```ts
 * import { IFF_UP } from "@berkeley/socket";
 * const ifr = new DataView(new ArrayBuffer(40)); // struct ifreq after SIOCGIFFLAGS
 * console.log((ifr.getUint16(16, true) & IFF_UP) !== 0); // ifr_flags
 * ```
 */
export const IFF_UP: number = c.IFF_UP as number;
/**
 * `IFF_BROADCAST` is an interface flag, as `SIOCGIFFLAGS` reports it in `ifr_flags`.
 * Value: Linux 2, macOS 2; not defined on Windows.
 *
 * @example Test an interface's flag
 * ```ts
 * import { IFF_BROADCAST } from "@berkeley/socket";
 * const ifr = new DataView(new ArrayBuffer(40)); // struct ifreq after SIOCGIFFLAGS
 * console.log((ifr.getUint16(16, true) & IFF_BROADCAST) !== 0); // ifr_flags
 * ```
 */
export const IFF_BROADCAST: number = c.IFF_BROADCAST as number;
/**
 * `IFF_DEBUG` is an interface flag, as `SIOCGIFFLAGS` reports it in `ifr_flags`.
 * Value: Linux 4, macOS 4; not defined on Windows.
 *
 * @example Test an interface's flag
 * ```ts
 * import { IFF_DEBUG } from "@berkeley/socket";
 * const ifr = new DataView(new ArrayBuffer(40)); // struct ifreq after SIOCGIFFLAGS
 * console.log((ifr.getUint16(16, true) & IFF_DEBUG) !== 0); // ifr_flags
 * ```
 */
export const IFF_DEBUG: number = c.IFF_DEBUG as number;
/**
 * `IFF_LOOPBACK` is an interface flag, as `SIOCGIFFLAGS` reports it in `ifr_flags`.
 * Value: Linux 8, macOS 8; not defined on Windows.
 *
 * @example Test an interface's flag
 * ```ts
 * import { IFF_LOOPBACK } from "@berkeley/socket";
 * const ifr = new DataView(new ArrayBuffer(40)); // struct ifreq after SIOCGIFFLAGS
 * console.log((ifr.getUint16(16, true) & IFF_LOOPBACK) !== 0); // ifr_flags
 * ```
 */
export const IFF_LOOPBACK: number = c.IFF_LOOPBACK as number;
/**
 * `IFF_POINTOPOINT` is an interface flag, as `SIOCGIFFLAGS` reports it in `ifr_flags`.
 * Value: Linux 16, macOS 16; not defined on Windows.
 *
 * @example Test an interface's flag
 * ```ts
 * import { IFF_POINTOPOINT } from "@berkeley/socket";
 * const ifr = new DataView(new ArrayBuffer(40)); // struct ifreq after SIOCGIFFLAGS
 * console.log((ifr.getUint16(16, true) & IFF_POINTOPOINT) !== 0); // ifr_flags
 * ```
 */
export const IFF_POINTOPOINT: number = c.IFF_POINTOPOINT as number;
/**
 * `IFF_NOTRAILERS` is an interface flag, as `SIOCGIFFLAGS` reports it in `ifr_flags`.
 * Value: Linux 32, macOS 32; not defined on Windows.
 *
 * @example Test an interface's flag
 * ```ts
 * import { IFF_NOTRAILERS } from "@berkeley/socket";
 * const ifr = new DataView(new ArrayBuffer(40)); // struct ifreq after SIOCGIFFLAGS
 * console.log((ifr.getUint16(16, true) & IFF_NOTRAILERS) !== 0); // ifr_flags
 * ```
 */
export const IFF_NOTRAILERS: number = c.IFF_NOTRAILERS as number;
/**
 * `IFF_RUNNING` is an interface flag, as `SIOCGIFFLAGS` reports it in `ifr_flags`.
 * Value: Linux 64, macOS 64; not defined on Windows.
 *
 * @example Test an interface's flag
 * ```ts
 * import { IFF_RUNNING } from "@berkeley/socket";
 * const ifr = new DataView(new ArrayBuffer(40)); // struct ifreq after SIOCGIFFLAGS
 * console.log((ifr.getUint16(16, true) & IFF_RUNNING) !== 0); // ifr_flags
 * ```
 */
export const IFF_RUNNING: number = c.IFF_RUNNING as number;
/**
 * `IFF_NOARP` is an interface flag, as `SIOCGIFFLAGS` reports it in `ifr_flags`.
 * Value: Linux 128, macOS 128; not defined on Windows.
 *
 * @example Test an interface's flag
 * ```ts
 * import { IFF_NOARP } from "@berkeley/socket";
 * const ifr = new DataView(new ArrayBuffer(40)); // struct ifreq after SIOCGIFFLAGS
 * console.log((ifr.getUint16(16, true) & IFF_NOARP) !== 0); // ifr_flags
 * ```
 */
export const IFF_NOARP: number = c.IFF_NOARP as number;
/**
 * `IFF_PROMISC` is an interface flag, as `SIOCGIFFLAGS` reports it in `ifr_flags`.
 * Value: Linux 256, macOS 256; not defined on Windows.
 *
 * @example Test an interface's flag
 * ```ts
 * import { IFF_PROMISC } from "@berkeley/socket";
 * const ifr = new DataView(new ArrayBuffer(40)); // struct ifreq after SIOCGIFFLAGS
 * console.log((ifr.getUint16(16, true) & IFF_PROMISC) !== 0); // ifr_flags
 * ```
 */
export const IFF_PROMISC: number = c.IFF_PROMISC as number;
/**
 * `IFF_ALLMULTI` is an interface flag, as `SIOCGIFFLAGS` reports it in `ifr_flags`.
 * Value: Linux 512, macOS 512; not defined on Windows.
 *
 * @example Test an interface's flag
 * ```ts
 * import { IFF_ALLMULTI } from "@berkeley/socket";
 * const ifr = new DataView(new ArrayBuffer(40)); // struct ifreq after SIOCGIFFLAGS
 * console.log((ifr.getUint16(16, true) & IFF_ALLMULTI) !== 0); // ifr_flags
 * ```
 */
export const IFF_ALLMULTI: number = c.IFF_ALLMULTI as number;
/**
 * `IFF_MASTER` is an interface flag, as `SIOCGIFFLAGS` reports it in `ifr_flags`.
 * Value: Linux 1024; not defined on macOS or Windows.
 *
 * @example Test an interface's flag
 * ```ts
 * import { IFF_MASTER } from "@berkeley/socket";
 * const ifr = new DataView(new ArrayBuffer(40)); // struct ifreq after SIOCGIFFLAGS
 * console.log((ifr.getUint16(16, true) & IFF_MASTER) !== 0); // ifr_flags
 * ```
 */
export const IFF_MASTER: number = c.IFF_MASTER as number;
/**
 * `IFF_SLAVE` is an interface flag, as `SIOCGIFFLAGS` reports it in `ifr_flags`.
 * Value: Linux 2048; not defined on macOS or Windows.
 *
 * @example Test an interface's flag
 * ```ts
 * import { IFF_SLAVE } from "@berkeley/socket";
 * const ifr = new DataView(new ArrayBuffer(40)); // struct ifreq after SIOCGIFFLAGS
 * console.log((ifr.getUint16(16, true) & IFF_SLAVE) !== 0); // ifr_flags
 * ```
 */
export const IFF_SLAVE: number = c.IFF_SLAVE as number;
/**
 * `IFF_MULTICAST` is an interface flag, as `SIOCGIFFLAGS` reports it in `ifr_flags`.
 * Value: Linux 4096, macOS 32768; not defined on Windows.
 *
 * @example Test an interface's flag
 * ```ts
 * import { IFF_MULTICAST } from "@berkeley/socket";
 * const ifr = new DataView(new ArrayBuffer(40)); // struct ifreq after SIOCGIFFLAGS
 * console.log((ifr.getUint16(16, true) & IFF_MULTICAST) !== 0); // ifr_flags
 * ```
 */
export const IFF_MULTICAST: number = c.IFF_MULTICAST as number;
/**
 * `IFF_PORTSEL` is an interface flag, as `SIOCGIFFLAGS` reports it in `ifr_flags`.
 * Value: Linux 8192; not defined on macOS or Windows.
 *
 * @example Test an interface's flag
 * ```ts
 * import { IFF_PORTSEL } from "@berkeley/socket";
 * const ifr = new DataView(new ArrayBuffer(40)); // struct ifreq after SIOCGIFFLAGS
 * console.log((ifr.getUint16(16, true) & IFF_PORTSEL) !== 0); // ifr_flags
 * ```
 */
export const IFF_PORTSEL: number = c.IFF_PORTSEL as number;
/**
 * `IFF_AUTOMEDIA` is an interface flag, as `SIOCGIFFLAGS` reports it in `ifr_flags`.
 * Value: Linux 16384; not defined on macOS or Windows.
 *
 * @example Test an interface's flag
 * ```ts
 * import { IFF_AUTOMEDIA } from "@berkeley/socket";
 * const ifr = new DataView(new ArrayBuffer(40)); // struct ifreq after SIOCGIFFLAGS
 * console.log((ifr.getUint16(16, true) & IFF_AUTOMEDIA) !== 0); // ifr_flags
 * ```
 */
export const IFF_AUTOMEDIA: number = c.IFF_AUTOMEDIA as number;
/**
 * `IFF_DYNAMIC` is an interface flag, as `SIOCGIFFLAGS` reports it in `ifr_flags`.
 * Value: Linux 32768; not defined on macOS or Windows.
 *
 * @example Test an interface's flag
 * ```ts
 * import { IFF_DYNAMIC } from "@berkeley/socket";
 * const ifr = new DataView(new ArrayBuffer(40)); // struct ifreq after SIOCGIFFLAGS
 * console.log((ifr.getUint16(16, true) & IFF_DYNAMIC) !== 0); // ifr_flags
 * ```
 */
export const IFF_DYNAMIC: number = c.IFF_DYNAMIC as number;
/**
 * `IF_NAMESIZE` is the size of an interface name, its NUL included.
 * Value: Linux 16, macOS 16, Windows 256.
 *
 * @example Make room for an interface name
 * ```ts
 * import { IF_NAMESIZE } from "@berkeley/socket";
 * const name = new Uint8Array(IF_NAMESIZE);
 * console.log(name.length);
 * ```
 */
export const IF_NAMESIZE: number = c.IF_NAMESIZE as number;
/**
 * `PACKET_HOST` is an AF_PACKET packet type: a packet address's third element.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Tell frames addressed to this host (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_HOST, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * const [, address] = s.recvfrom(65535);
 * console.log((address as unknown[])[2] === PACKET_HOST); // [ifname, proto, pkttype, ...]
 * s.close();
 * ```
 */
export const PACKET_HOST: number = c.PACKET_HOST as number;
/**
 * `PACKET_BROADCAST` is an AF_PACKET packet type: a packet address's third element.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Tell frames addressed to this host (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_BROADCAST, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * const [, address] = s.recvfrom(65535);
 * console.log((address as unknown[])[2] === PACKET_BROADCAST); // [ifname, proto, pkttype, ...]
 * s.close();
 * ```
 */
export const PACKET_BROADCAST: number = c.PACKET_BROADCAST as number;
/**
 * `PACKET_MULTICAST` is an AF_PACKET packet type: a packet address's third element.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Tell frames addressed to this host (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_MULTICAST, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * const [, address] = s.recvfrom(65535);
 * console.log((address as unknown[])[2] === PACKET_MULTICAST); // [ifname, proto, pkttype, ...]
 * s.close();
 * ```
 */
export const PACKET_MULTICAST: number = c.PACKET_MULTICAST as number;
/**
 * `PACKET_OTHERHOST` is an AF_PACKET packet type: a packet address's third element.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Tell frames addressed to this host (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_OTHERHOST, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * const [, address] = s.recvfrom(65535);
 * console.log((address as unknown[])[2] === PACKET_OTHERHOST); // [ifname, proto, pkttype, ...]
 * s.close();
 * ```
 */
export const PACKET_OTHERHOST: number = c.PACKET_OTHERHOST as number;
/**
 * `PACKET_OUTGOING` is an AF_PACKET packet type: a packet address's third element.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Tell frames addressed to this host (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_OUTGOING, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * const [, address] = s.recvfrom(65535);
 * console.log((address as unknown[])[2] === PACKET_OUTGOING); // [ifname, proto, pkttype, ...]
 * s.close();
 * ```
 */
export const PACKET_OUTGOING: number = c.PACKET_OUTGOING as number;
/**
 * `PACKET_LOOPBACK` is an AF_PACKET packet type: a packet address's third element.
 * Value: Linux 5; not defined on macOS or Windows.
 *
 * @example Tell frames addressed to this host (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_LOOPBACK, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * const [, address] = s.recvfrom(65535);
 * console.log((address as unknown[])[2] === PACKET_LOOPBACK); // [ifname, proto, pkttype, ...]
 * s.close();
 * ```
 */
export const PACKET_LOOPBACK: number = c.PACKET_LOOPBACK as number;
/**
 * `PACKET_USER` is an AF_PACKET packet type: a packet address's third element.
 * Value: Linux 6; not defined on macOS or Windows.
 *
 * @example Tell frames addressed to this host (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_USER, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * const [, address] = s.recvfrom(65535);
 * console.log((address as unknown[])[2] === PACKET_USER); // [ifname, proto, pkttype, ...]
 * s.close();
 * ```
 */
export const PACKET_USER: number = c.PACKET_USER as number;
/**
 * `PACKET_KERNEL` is an AF_PACKET packet type: a packet address's third element.
 * Value: Linux 7; not defined on macOS or Windows.
 *
 * @example Tell frames addressed to this host (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_KERNEL, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * const [, address] = s.recvfrom(65535);
 * console.log((address as unknown[])[2] === PACKET_KERNEL); // [ifname, proto, pkttype, ...]
 * s.close();
 * ```
 */
export const PACKET_KERNEL: number = c.PACKET_KERNEL as number;
/**
 * `PACKET_FASTROUTE` is an AF_PACKET packet type: a packet address's third element.
 * Value: Linux 6; not defined on macOS or Windows.
 *
 * @example Tell frames addressed to this host (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_FASTROUTE, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * const [, address] = s.recvfrom(65535);
 * console.log((address as unknown[])[2] === PACKET_FASTROUTE); // [ifname, proto, pkttype, ...]
 * s.close();
 * ```
 */
export const PACKET_FASTROUTE: number = c.PACKET_FASTROUTE as number;
/**
 * `PACKET_ADD_MEMBERSHIP` is an AF_PACKET option at level `SOL_PACKET`.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_ADD_MEMBERSHIP, SOCK_RAW, socket, SOL_PACKET } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * try {
 *   console.log(s.getsockopt(SOL_PACKET, PACKET_ADD_MEMBERSHIP));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const PACKET_ADD_MEMBERSHIP: number = c.PACKET_ADD_MEMBERSHIP as number;
/**
 * `PACKET_DROP_MEMBERSHIP` is an AF_PACKET option at level `SOL_PACKET`.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_DROP_MEMBERSHIP, SOCK_RAW, socket, SOL_PACKET } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * try {
 *   console.log(s.getsockopt(SOL_PACKET, PACKET_DROP_MEMBERSHIP));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const PACKET_DROP_MEMBERSHIP: number = c
  .PACKET_DROP_MEMBERSHIP as number;
/**
 * `PACKET_RECV_OUTPUT` is an AF_PACKET option at level `SOL_PACKET`.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_RECV_OUTPUT, SOCK_RAW, socket, SOL_PACKET } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * try {
 *   console.log(s.getsockopt(SOL_PACKET, PACKET_RECV_OUTPUT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const PACKET_RECV_OUTPUT: number = c.PACKET_RECV_OUTPUT as number;
/**
 * `PACKET_RX_RING` is an AF_PACKET option at level `SOL_PACKET`.
 * Value: Linux 5; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_RX_RING, SOCK_RAW, socket, SOL_PACKET } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * try {
 *   console.log(s.getsockopt(SOL_PACKET, PACKET_RX_RING));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const PACKET_RX_RING: number = c.PACKET_RX_RING as number;
/**
 * `PACKET_STATISTICS` is an AF_PACKET option at level `SOL_PACKET`.
 * Value: Linux 6; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_STATISTICS, SOCK_RAW, socket, SOL_PACKET } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * try {
 *   console.log(s.getsockopt(SOL_PACKET, PACKET_STATISTICS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const PACKET_STATISTICS: number = c.PACKET_STATISTICS as number;
/**
 * `PACKET_COPY_THRESH` is an AF_PACKET option at level `SOL_PACKET`.
 * Value: Linux 7; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_COPY_THRESH, SOCK_RAW, socket, SOL_PACKET } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * try {
 *   console.log(s.getsockopt(SOL_PACKET, PACKET_COPY_THRESH));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const PACKET_COPY_THRESH: number = c.PACKET_COPY_THRESH as number;
/**
 * `PACKET_AUXDATA` is an AF_PACKET option at level `SOL_PACKET`.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_AUXDATA, SOCK_RAW, socket, SOL_PACKET } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * try {
 *   console.log(s.getsockopt(SOL_PACKET, PACKET_AUXDATA));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const PACKET_AUXDATA: number = c.PACKET_AUXDATA as number;
/**
 * `PACKET_ORIGDEV` is an AF_PACKET option at level `SOL_PACKET`.
 * Value: Linux 9; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_ORIGDEV, SOCK_RAW, socket, SOL_PACKET } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * try {
 *   console.log(s.getsockopt(SOL_PACKET, PACKET_ORIGDEV));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const PACKET_ORIGDEV: number = c.PACKET_ORIGDEV as number;
/**
 * `PACKET_VERSION` is an AF_PACKET option at level `SOL_PACKET`.
 * Value: Linux 10; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_VERSION, SOCK_RAW, socket, SOL_PACKET } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * try {
 *   console.log(s.getsockopt(SOL_PACKET, PACKET_VERSION));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const PACKET_VERSION: number = c.PACKET_VERSION as number;
/**
 * `PACKET_HDRLEN` is an AF_PACKET option at level `SOL_PACKET`.
 * Value: Linux 11; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_HDRLEN, SOCK_RAW, socket, SOL_PACKET } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * try {
 *   console.log(s.getsockopt(SOL_PACKET, PACKET_HDRLEN));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const PACKET_HDRLEN: number = c.PACKET_HDRLEN as number;
/**
 * `PACKET_RESERVE` is an AF_PACKET option at level `SOL_PACKET`.
 * Value: Linux 12; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_RESERVE, SOCK_RAW, socket, SOL_PACKET } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * try {
 *   console.log(s.getsockopt(SOL_PACKET, PACKET_RESERVE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const PACKET_RESERVE: number = c.PACKET_RESERVE as number;
/**
 * `PACKET_TX_RING` is an AF_PACKET option at level `SOL_PACKET`.
 * Value: Linux 13; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_TX_RING, SOCK_RAW, socket, SOL_PACKET } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * try {
 *   console.log(s.getsockopt(SOL_PACKET, PACKET_TX_RING));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const PACKET_TX_RING: number = c.PACKET_TX_RING as number;
/**
 * `PACKET_LOSS` is an AF_PACKET option at level `SOL_PACKET`.
 * Value: Linux 14; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_LOSS, SOCK_RAW, socket, SOL_PACKET } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * try {
 *   console.log(s.getsockopt(SOL_PACKET, PACKET_LOSS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const PACKET_LOSS: number = c.PACKET_LOSS as number;
/**
 * `PACKET_VNET_HDR` is an AF_PACKET option at level `SOL_PACKET`.
 * Value: Linux 15; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_VNET_HDR, SOCK_RAW, socket, SOL_PACKET } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * try {
 *   console.log(s.getsockopt(SOL_PACKET, PACKET_VNET_HDR));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const PACKET_VNET_HDR: number = c.PACKET_VNET_HDR as number;
/**
 * `PACKET_TX_TIMESTAMP` is an AF_PACKET option at level `SOL_PACKET`.
 * Value: Linux 16; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_TX_TIMESTAMP, SOCK_RAW, socket, SOL_PACKET } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * try {
 *   console.log(s.getsockopt(SOL_PACKET, PACKET_TX_TIMESTAMP));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const PACKET_TX_TIMESTAMP: number = c.PACKET_TX_TIMESTAMP as number;
/**
 * `PACKET_TIMESTAMP` is an AF_PACKET option at level `SOL_PACKET`.
 * Value: Linux 17; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_TIMESTAMP, SOCK_RAW, socket, SOL_PACKET } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * try {
 *   console.log(s.getsockopt(SOL_PACKET, PACKET_TIMESTAMP));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const PACKET_TIMESTAMP: number = c.PACKET_TIMESTAMP as number;
/**
 * `PACKET_FANOUT` is an AF_PACKET option at level `SOL_PACKET`.
 * Value: Linux 18; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_FANOUT, SOCK_RAW, socket, SOL_PACKET } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * try {
 *   console.log(s.getsockopt(SOL_PACKET, PACKET_FANOUT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const PACKET_FANOUT: number = c.PACKET_FANOUT as number;
/**
 * `PACKET_TX_HAS_OFF` is an AF_PACKET option at level `SOL_PACKET`.
 * Value: Linux 19; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_TX_HAS_OFF, SOCK_RAW, socket, SOL_PACKET } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * try {
 *   console.log(s.getsockopt(SOL_PACKET, PACKET_TX_HAS_OFF));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const PACKET_TX_HAS_OFF: number = c.PACKET_TX_HAS_OFF as number;
/**
 * `PACKET_QDISC_BYPASS` is an AF_PACKET option at level `SOL_PACKET`.
 * Value: Linux 20; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_QDISC_BYPASS, SOCK_RAW, socket, SOL_PACKET } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * try {
 *   console.log(s.getsockopt(SOL_PACKET, PACKET_QDISC_BYPASS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const PACKET_QDISC_BYPASS: number = c.PACKET_QDISC_BYPASS as number;
/**
 * `PACKET_ROLLOVER_STATS` is an AF_PACKET option at level `SOL_PACKET`.
 * Value: Linux 21; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_ROLLOVER_STATS, SOCK_RAW, socket, SOL_PACKET } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * try {
 *   console.log(s.getsockopt(SOL_PACKET, PACKET_ROLLOVER_STATS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const PACKET_ROLLOVER_STATS: number = c.PACKET_ROLLOVER_STATS as number;
/**
 * `PACKET_FANOUT_DATA` is an AF_PACKET membership type or fanout mode (linux/if_packet.h).
 * Value: Linux 22; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { PACKET_FANOUT_DATA } from "@berkeley/socket";
 * console.log(PACKET_FANOUT_DATA); // undefined on a platform without it
 * ```
 */
export const PACKET_FANOUT_DATA: number = c.PACKET_FANOUT_DATA as number;
/**
 * `PACKET_IGNORE_OUTGOING` is an AF_PACKET option at level `SOL_PACKET`.
 * Value: Linux 23; not defined on macOS or Windows.
 *
 * @example Query the option where the platform can read it (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_IGNORE_OUTGOING, SOCK_RAW, socket, SOL_PACKET } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * try {
 *   console.log(s.getsockopt(SOL_PACKET, PACKET_IGNORE_OUTGOING));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const PACKET_IGNORE_OUTGOING: number = c
  .PACKET_IGNORE_OUTGOING as number;
/**
 * `PACKET_FANOUT_HASH` is an AF_PACKET membership type or fanout mode (linux/if_packet.h).
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { PACKET_FANOUT_HASH } from "@berkeley/socket";
 * console.log(PACKET_FANOUT_HASH); // undefined on a platform without it
 * ```
 */
export const PACKET_FANOUT_HASH: number = c.PACKET_FANOUT_HASH as number;
/**
 * `PACKET_FANOUT_LB` is an AF_PACKET membership type or fanout mode (linux/if_packet.h).
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { PACKET_FANOUT_LB } from "@berkeley/socket";
 * console.log(PACKET_FANOUT_LB); // undefined on a platform without it
 * ```
 */
export const PACKET_FANOUT_LB: number = c.PACKET_FANOUT_LB as number;
/**
 * `PACKET_FANOUT_CPU` is an AF_PACKET membership type or fanout mode (linux/if_packet.h).
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { PACKET_FANOUT_CPU } from "@berkeley/socket";
 * console.log(PACKET_FANOUT_CPU); // undefined on a platform without it
 * ```
 */
export const PACKET_FANOUT_CPU: number = c.PACKET_FANOUT_CPU as number;
/**
 * `PACKET_FANOUT_ROLLOVER` is an AF_PACKET membership type or fanout mode (linux/if_packet.h).
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { PACKET_FANOUT_ROLLOVER } from "@berkeley/socket";
 * console.log(PACKET_FANOUT_ROLLOVER); // undefined on a platform without it
 * ```
 */
export const PACKET_FANOUT_ROLLOVER: number = c
  .PACKET_FANOUT_ROLLOVER as number;
/**
 * `PACKET_FANOUT_RND` is an AF_PACKET membership type or fanout mode (linux/if_packet.h).
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { PACKET_FANOUT_RND } from "@berkeley/socket";
 * console.log(PACKET_FANOUT_RND); // undefined on a platform without it
 * ```
 */
export const PACKET_FANOUT_RND: number = c.PACKET_FANOUT_RND as number;
/**
 * `PACKET_FANOUT_QM` is an AF_PACKET membership type or fanout mode (linux/if_packet.h).
 * Value: Linux 5; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { PACKET_FANOUT_QM } from "@berkeley/socket";
 * console.log(PACKET_FANOUT_QM); // undefined on a platform without it
 * ```
 */
export const PACKET_FANOUT_QM: number = c.PACKET_FANOUT_QM as number;
/**
 * `PACKET_FANOUT_CBPF` is an AF_PACKET membership type or fanout mode (linux/if_packet.h).
 * Value: Linux 6; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { PACKET_FANOUT_CBPF } from "@berkeley/socket";
 * console.log(PACKET_FANOUT_CBPF); // undefined on a platform without it
 * ```
 */
export const PACKET_FANOUT_CBPF: number = c.PACKET_FANOUT_CBPF as number;
/**
 * `PACKET_FANOUT_EBPF` is an AF_PACKET membership type or fanout mode (linux/if_packet.h).
 * Value: Linux 7; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { PACKET_FANOUT_EBPF } from "@berkeley/socket";
 * console.log(PACKET_FANOUT_EBPF); // undefined on a platform without it
 * ```
 */
export const PACKET_FANOUT_EBPF: number = c.PACKET_FANOUT_EBPF as number;
/**
 * `PACKET_FANOUT_FLAG_ROLLOVER` is an AF_PACKET membership type or fanout mode (linux/if_packet.h).
 * Value: Linux 4096; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { PACKET_FANOUT_FLAG_ROLLOVER } from "@berkeley/socket";
 * console.log(PACKET_FANOUT_FLAG_ROLLOVER); // undefined on a platform without it
 * ```
 */
export const PACKET_FANOUT_FLAG_ROLLOVER: number = c
  .PACKET_FANOUT_FLAG_ROLLOVER as number;
/**
 * `PACKET_FANOUT_FLAG_UNIQUEID` is an AF_PACKET membership type or fanout mode (linux/if_packet.h).
 * Value: Linux 8192; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { PACKET_FANOUT_FLAG_UNIQUEID } from "@berkeley/socket";
 * console.log(PACKET_FANOUT_FLAG_UNIQUEID); // undefined on a platform without it
 * ```
 */
export const PACKET_FANOUT_FLAG_UNIQUEID: number = c
  .PACKET_FANOUT_FLAG_UNIQUEID as number;
/**
 * `PACKET_FANOUT_FLAG_DEFRAG` is an AF_PACKET membership type or fanout mode (linux/if_packet.h).
 * Value: Linux 32768; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { PACKET_FANOUT_FLAG_DEFRAG } from "@berkeley/socket";
 * console.log(PACKET_FANOUT_FLAG_DEFRAG); // undefined on a platform without it
 * ```
 */
export const PACKET_FANOUT_FLAG_DEFRAG: number = c
  .PACKET_FANOUT_FLAG_DEFRAG as number;
/**
 * `PACKET_MR_MULTICAST` is an AF_PACKET membership type or fanout mode (linux/if_packet.h).
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { PACKET_MR_MULTICAST } from "@berkeley/socket";
 * console.log(PACKET_MR_MULTICAST); // undefined on a platform without it
 * ```
 */
export const PACKET_MR_MULTICAST: number = c.PACKET_MR_MULTICAST as number;
/**
 * `PACKET_MR_PROMISC` is an AF_PACKET membership type or fanout mode (linux/if_packet.h).
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { PACKET_MR_PROMISC } from "@berkeley/socket";
 * console.log(PACKET_MR_PROMISC); // undefined on a platform without it
 * ```
 */
export const PACKET_MR_PROMISC: number = c.PACKET_MR_PROMISC as number;
/**
 * `PACKET_MR_ALLMULTI` is an AF_PACKET membership type or fanout mode (linux/if_packet.h).
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { PACKET_MR_ALLMULTI } from "@berkeley/socket";
 * console.log(PACKET_MR_ALLMULTI); // undefined on a platform without it
 * ```
 */
export const PACKET_MR_ALLMULTI: number = c.PACKET_MR_ALLMULTI as number;
/**
 * `PACKET_MR_UNICAST` is an AF_PACKET membership type or fanout mode (linux/if_packet.h).
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { PACKET_MR_UNICAST } from "@berkeley/socket";
 * console.log(PACKET_MR_UNICAST); // undefined on a platform without it
 * ```
 */
export const PACKET_MR_UNICAST: number = c.PACKET_MR_UNICAST as number;
/**
 * `ETH_P_LOOP` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 96; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_LOOP, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_LOOP));
 * s.close();
 * ```
 */
export const ETH_P_LOOP: number = c.ETH_P_LOOP as number;
/**
 * `ETH_P_PUP` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 512; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_PUP, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_PUP));
 * s.close();
 * ```
 */
export const ETH_P_PUP: number = c.ETH_P_PUP as number;
/**
 * `ETH_P_PUPAT` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 513; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_PUPAT, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_PUPAT));
 * s.close();
 * ```
 */
export const ETH_P_PUPAT: number = c.ETH_P_PUPAT as number;
/**
 * `ETH_P_TSN` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 8944; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_TSN, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_TSN));
 * s.close();
 * ```
 */
export const ETH_P_TSN: number = c.ETH_P_TSN as number;
/**
 * `ETH_P_ERSPAN2` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 8939; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ERSPAN2, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ERSPAN2));
 * s.close();
 * ```
 */
export const ETH_P_ERSPAN2: number = c.ETH_P_ERSPAN2 as number;
/**
 * `ETH_P_IP` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 2048; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_IP, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_IP));
 * s.close();
 * ```
 */
export const ETH_P_IP: number = c.ETH_P_IP as number;
/**
 * `ETH_P_X25` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 2053; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_X25, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_X25));
 * s.close();
 * ```
 */
export const ETH_P_X25: number = c.ETH_P_X25 as number;
/**
 * `ETH_P_ARP` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 2054; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ARP, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ARP));
 * s.close();
 * ```
 */
export const ETH_P_ARP: number = c.ETH_P_ARP as number;
/**
 * `ETH_P_BPQ` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 2303; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_BPQ, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_BPQ));
 * s.close();
 * ```
 */
export const ETH_P_BPQ: number = c.ETH_P_BPQ as number;
/**
 * `ETH_P_IEEEPUP` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 2560; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_IEEEPUP, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_IEEEPUP));
 * s.close();
 * ```
 */
export const ETH_P_IEEEPUP: number = c.ETH_P_IEEEPUP as number;
/**
 * `ETH_P_IEEEPUPAT` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 2561; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_IEEEPUPAT, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_IEEEPUPAT));
 * s.close();
 * ```
 */
export const ETH_P_IEEEPUPAT: number = c.ETH_P_IEEEPUPAT as number;
/**
 * `ETH_P_BATMAN` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 17157; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_BATMAN, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_BATMAN));
 * s.close();
 * ```
 */
export const ETH_P_BATMAN: number = c.ETH_P_BATMAN as number;
/**
 * `ETH_P_DEC` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 24576; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_DEC, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_DEC));
 * s.close();
 * ```
 */
export const ETH_P_DEC: number = c.ETH_P_DEC as number;
/**
 * `ETH_P_DNA_DL` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 24577; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_DNA_DL, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_DNA_DL));
 * s.close();
 * ```
 */
export const ETH_P_DNA_DL: number = c.ETH_P_DNA_DL as number;
/**
 * `ETH_P_DNA_RC` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 24578; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_DNA_RC, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_DNA_RC));
 * s.close();
 * ```
 */
export const ETH_P_DNA_RC: number = c.ETH_P_DNA_RC as number;
/**
 * `ETH_P_DNA_RT` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 24579; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_DNA_RT, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_DNA_RT));
 * s.close();
 * ```
 */
export const ETH_P_DNA_RT: number = c.ETH_P_DNA_RT as number;
/**
 * `ETH_P_LAT` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 24580; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_LAT, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_LAT));
 * s.close();
 * ```
 */
export const ETH_P_LAT: number = c.ETH_P_LAT as number;
/**
 * `ETH_P_DIAG` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 24581; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_DIAG, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_DIAG));
 * s.close();
 * ```
 */
export const ETH_P_DIAG: number = c.ETH_P_DIAG as number;
/**
 * `ETH_P_CUST` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 24582; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_CUST, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_CUST));
 * s.close();
 * ```
 */
export const ETH_P_CUST: number = c.ETH_P_CUST as number;
/**
 * `ETH_P_SCA` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 24583; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_SCA, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_SCA));
 * s.close();
 * ```
 */
export const ETH_P_SCA: number = c.ETH_P_SCA as number;
/**
 * `ETH_P_TEB` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 25944; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_TEB, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_TEB));
 * s.close();
 * ```
 */
export const ETH_P_TEB: number = c.ETH_P_TEB as number;
/**
 * `ETH_P_RARP` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 32821; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_RARP, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_RARP));
 * s.close();
 * ```
 */
export const ETH_P_RARP: number = c.ETH_P_RARP as number;
/**
 * `ETH_P_ATALK` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 32923; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ATALK, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ATALK));
 * s.close();
 * ```
 */
export const ETH_P_ATALK: number = c.ETH_P_ATALK as number;
/**
 * `ETH_P_AARP` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 33011; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_AARP, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_AARP));
 * s.close();
 * ```
 */
export const ETH_P_AARP: number = c.ETH_P_AARP as number;
/**
 * `ETH_P_8021Q` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 33024; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_8021Q, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_8021Q));
 * s.close();
 * ```
 */
export const ETH_P_8021Q: number = c.ETH_P_8021Q as number;
/**
 * `ETH_P_ERSPAN` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 35006; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ERSPAN, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ERSPAN));
 * s.close();
 * ```
 */
export const ETH_P_ERSPAN: number = c.ETH_P_ERSPAN as number;
/**
 * `ETH_P_IPX` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 33079; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_IPX, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_IPX));
 * s.close();
 * ```
 */
export const ETH_P_IPX: number = c.ETH_P_IPX as number;
/**
 * `ETH_P_IPV6` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 34525; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_IPV6, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_IPV6));
 * s.close();
 * ```
 */
export const ETH_P_IPV6: number = c.ETH_P_IPV6 as number;
/**
 * `ETH_P_PAUSE` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 34824; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_PAUSE, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_PAUSE));
 * s.close();
 * ```
 */
export const ETH_P_PAUSE: number = c.ETH_P_PAUSE as number;
/**
 * `ETH_P_SLOW` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 34825; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_SLOW, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_SLOW));
 * s.close();
 * ```
 */
export const ETH_P_SLOW: number = c.ETH_P_SLOW as number;
/**
 * `ETH_P_WCCP` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 34878; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_WCCP, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_WCCP));
 * s.close();
 * ```
 */
export const ETH_P_WCCP: number = c.ETH_P_WCCP as number;
/**
 * `ETH_P_MPLS_UC` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 34887; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_MPLS_UC, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_MPLS_UC));
 * s.close();
 * ```
 */
export const ETH_P_MPLS_UC: number = c.ETH_P_MPLS_UC as number;
/**
 * `ETH_P_MPLS_MC` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 34888; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_MPLS_MC, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_MPLS_MC));
 * s.close();
 * ```
 */
export const ETH_P_MPLS_MC: number = c.ETH_P_MPLS_MC as number;
/**
 * `ETH_P_ATMMPOA` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 34892; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ATMMPOA, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ATMMPOA));
 * s.close();
 * ```
 */
export const ETH_P_ATMMPOA: number = c.ETH_P_ATMMPOA as number;
/**
 * `ETH_P_PPP_DISC` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 34915; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_PPP_DISC, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_PPP_DISC));
 * s.close();
 * ```
 */
export const ETH_P_PPP_DISC: number = c.ETH_P_PPP_DISC as number;
/**
 * `ETH_P_PPP_SES` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 34916; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_PPP_SES, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_PPP_SES));
 * s.close();
 * ```
 */
export const ETH_P_PPP_SES: number = c.ETH_P_PPP_SES as number;
/**
 * `ETH_P_LINK_CTL` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 34924; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_LINK_CTL, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_LINK_CTL));
 * s.close();
 * ```
 */
export const ETH_P_LINK_CTL: number = c.ETH_P_LINK_CTL as number;
/**
 * `ETH_P_ATMFATE` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 34948; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ATMFATE, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ATMFATE));
 * s.close();
 * ```
 */
export const ETH_P_ATMFATE: number = c.ETH_P_ATMFATE as number;
/**
 * `ETH_P_PAE` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 34958; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_PAE, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_PAE));
 * s.close();
 * ```
 */
export const ETH_P_PAE: number = c.ETH_P_PAE as number;
/**
 * `ETH_P_PROFINET` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 34962; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_PROFINET, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_PROFINET));
 * s.close();
 * ```
 */
export const ETH_P_PROFINET: number = c.ETH_P_PROFINET as number;
/**
 * `ETH_P_REALTEK` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 34969; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_REALTEK, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_REALTEK));
 * s.close();
 * ```
 */
export const ETH_P_REALTEK: number = c.ETH_P_REALTEK as number;
/**
 * `ETH_P_AOE` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 34978; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_AOE, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_AOE));
 * s.close();
 * ```
 */
export const ETH_P_AOE: number = c.ETH_P_AOE as number;
/**
 * `ETH_P_ETHERCAT` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 34980; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ETHERCAT, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ETHERCAT));
 * s.close();
 * ```
 */
export const ETH_P_ETHERCAT: number = c.ETH_P_ETHERCAT as number;
/**
 * `ETH_P_8021AD` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 34984; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_8021AD, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_8021AD));
 * s.close();
 * ```
 */
export const ETH_P_8021AD: number = c.ETH_P_8021AD as number;
/**
 * `ETH_P_802_EX1` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 34997; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_802_EX1, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_802_EX1));
 * s.close();
 * ```
 */
export const ETH_P_802_EX1: number = c.ETH_P_802_EX1 as number;
/**
 * `ETH_P_PREAUTH` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 35015; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_PREAUTH, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_PREAUTH));
 * s.close();
 * ```
 */
export const ETH_P_PREAUTH: number = c.ETH_P_PREAUTH as number;
/**
 * `ETH_P_TIPC` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 35018; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_TIPC, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_TIPC));
 * s.close();
 * ```
 */
export const ETH_P_TIPC: number = c.ETH_P_TIPC as number;
/**
 * `ETH_P_LLDP` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 35020; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_LLDP, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_LLDP));
 * s.close();
 * ```
 */
export const ETH_P_LLDP: number = c.ETH_P_LLDP as number;
/**
 * `ETH_P_MRP` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 35043; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_MRP, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_MRP));
 * s.close();
 * ```
 */
export const ETH_P_MRP: number = c.ETH_P_MRP as number;
/**
 * `ETH_P_MACSEC` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 35045; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_MACSEC, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_MACSEC));
 * s.close();
 * ```
 */
export const ETH_P_MACSEC: number = c.ETH_P_MACSEC as number;
/**
 * `ETH_P_8021AH` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 35047; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_8021AH, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_8021AH));
 * s.close();
 * ```
 */
export const ETH_P_8021AH: number = c.ETH_P_8021AH as number;
/**
 * `ETH_P_MVRP` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 35061; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_MVRP, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_MVRP));
 * s.close();
 * ```
 */
export const ETH_P_MVRP: number = c.ETH_P_MVRP as number;
/**
 * `ETH_P_1588` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 35063; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_1588, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_1588));
 * s.close();
 * ```
 */
export const ETH_P_1588: number = c.ETH_P_1588 as number;
/**
 * `ETH_P_NCSI` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 35064; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_NCSI, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_NCSI));
 * s.close();
 * ```
 */
export const ETH_P_NCSI: number = c.ETH_P_NCSI as number;
/**
 * `ETH_P_PRP` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 35067; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_PRP, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_PRP));
 * s.close();
 * ```
 */
export const ETH_P_PRP: number = c.ETH_P_PRP as number;
/**
 * `ETH_P_CFM` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 35074; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_CFM, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_CFM));
 * s.close();
 * ```
 */
export const ETH_P_CFM: number = c.ETH_P_CFM as number;
/**
 * `ETH_P_FCOE` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 35078; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_FCOE, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_FCOE));
 * s.close();
 * ```
 */
export const ETH_P_FCOE: number = c.ETH_P_FCOE as number;
/**
 * `ETH_P_IBOE` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 35093; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_IBOE, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_IBOE));
 * s.close();
 * ```
 */
export const ETH_P_IBOE: number = c.ETH_P_IBOE as number;
/**
 * `ETH_P_TDLS` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 35085; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_TDLS, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_TDLS));
 * s.close();
 * ```
 */
export const ETH_P_TDLS: number = c.ETH_P_TDLS as number;
/**
 * `ETH_P_FIP` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 35092; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_FIP, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_FIP));
 * s.close();
 * ```
 */
export const ETH_P_FIP: number = c.ETH_P_FIP as number;
/**
 * `ETH_P_80221` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 35095; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_80221, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_80221));
 * s.close();
 * ```
 */
export const ETH_P_80221: number = c.ETH_P_80221 as number;
/**
 * `ETH_P_HSR` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 35119; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_HSR, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_HSR));
 * s.close();
 * ```
 */
export const ETH_P_HSR: number = c.ETH_P_HSR as number;
/**
 * `ETH_P_NSH` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 35151; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_NSH, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_NSH));
 * s.close();
 * ```
 */
export const ETH_P_NSH: number = c.ETH_P_NSH as number;
/**
 * `ETH_P_LOOPBACK` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 36864; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_LOOPBACK, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_LOOPBACK));
 * s.close();
 * ```
 */
export const ETH_P_LOOPBACK: number = c.ETH_P_LOOPBACK as number;
/**
 * `ETH_P_QINQ1` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 37120; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_QINQ1, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_QINQ1));
 * s.close();
 * ```
 */
export const ETH_P_QINQ1: number = c.ETH_P_QINQ1 as number;
/**
 * `ETH_P_QINQ2` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 37376; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_QINQ2, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_QINQ2));
 * s.close();
 * ```
 */
export const ETH_P_QINQ2: number = c.ETH_P_QINQ2 as number;
/**
 * `ETH_P_QINQ3` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 37632; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_QINQ3, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_QINQ3));
 * s.close();
 * ```
 */
export const ETH_P_QINQ3: number = c.ETH_P_QINQ3 as number;
/**
 * `ETH_P_EDSA` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 56026; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_EDSA, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_EDSA));
 * s.close();
 * ```
 */
export const ETH_P_EDSA: number = c.ETH_P_EDSA as number;
/**
 * `ETH_P_DSA_8021Q` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 56027; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_DSA_8021Q, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_DSA_8021Q));
 * s.close();
 * ```
 */
export const ETH_P_DSA_8021Q: number = c.ETH_P_DSA_8021Q as number;
/**
 * `ETH_P_DSA_A5PSW` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 57345; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_DSA_A5PSW, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_DSA_A5PSW));
 * s.close();
 * ```
 */
export const ETH_P_DSA_A5PSW: number = c.ETH_P_DSA_A5PSW as number;
/**
 * `ETH_P_IFE` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 60734; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_IFE, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_IFE));
 * s.close();
 * ```
 */
export const ETH_P_IFE: number = c.ETH_P_IFE as number;
/**
 * `ETH_P_AF_IUCV` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 64507; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_AF_IUCV, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_AF_IUCV));
 * s.close();
 * ```
 */
export const ETH_P_AF_IUCV: number = c.ETH_P_AF_IUCV as number;
/**
 * `ETH_P_802_3_MIN` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 1536; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_802_3_MIN, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_802_3_MIN));
 * s.close();
 * ```
 */
export const ETH_P_802_3_MIN: number = c.ETH_P_802_3_MIN as number;
/**
 * `ETH_P_802_3` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 1; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_802_3, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_802_3));
 * s.close();
 * ```
 */
export const ETH_P_802_3: number = c.ETH_P_802_3 as number;
/**
 * `ETH_P_AX25` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 2; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_AX25, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_AX25));
 * s.close();
 * ```
 */
export const ETH_P_AX25: number = c.ETH_P_AX25 as number;
/**
 * `ETH_P_ALL` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 3; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 * s.close();
 * ```
 */
export const ETH_P_ALL: number = c.ETH_P_ALL as number;
/**
 * `ETH_P_802_2` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 4; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_802_2, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_802_2));
 * s.close();
 * ```
 */
export const ETH_P_802_2: number = c.ETH_P_802_2 as number;
/**
 * `ETH_P_SNAP` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 5; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_SNAP, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_SNAP));
 * s.close();
 * ```
 */
export const ETH_P_SNAP: number = c.ETH_P_SNAP as number;
/**
 * `ETH_P_DDCMP` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 6; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_DDCMP, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_DDCMP));
 * s.close();
 * ```
 */
export const ETH_P_DDCMP: number = c.ETH_P_DDCMP as number;
/**
 * `ETH_P_WAN_PPP` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 7; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_WAN_PPP, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_WAN_PPP));
 * s.close();
 * ```
 */
export const ETH_P_WAN_PPP: number = c.ETH_P_WAN_PPP as number;
/**
 * `ETH_P_PPP_MP` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_PPP_MP, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_PPP_MP));
 * s.close();
 * ```
 */
export const ETH_P_PPP_MP: number = c.ETH_P_PPP_MP as number;
/**
 * `ETH_P_LOCALTALK` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 9; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_LOCALTALK, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_LOCALTALK));
 * s.close();
 * ```
 */
export const ETH_P_LOCALTALK: number = c.ETH_P_LOCALTALK as number;
/**
 * `ETH_P_CAN` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 12; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_CAN, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_CAN));
 * s.close();
 * ```
 */
export const ETH_P_CAN: number = c.ETH_P_CAN as number;
/**
 * `ETH_P_CANFD` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 13; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_CANFD, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_CANFD));
 * s.close();
 * ```
 */
export const ETH_P_CANFD: number = c.ETH_P_CANFD as number;
/**
 * `ETH_P_CANXL` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 14; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_CANXL, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_CANXL));
 * s.close();
 * ```
 */
export const ETH_P_CANXL: number = c.ETH_P_CANXL as number;
/**
 * `ETH_P_PPPTALK` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 16; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_PPPTALK, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_PPPTALK));
 * s.close();
 * ```
 */
export const ETH_P_PPPTALK: number = c.ETH_P_PPPTALK as number;
/**
 * `ETH_P_TR_802_2` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 17; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_TR_802_2, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_TR_802_2));
 * s.close();
 * ```
 */
export const ETH_P_TR_802_2: number = c.ETH_P_TR_802_2 as number;
/**
 * `ETH_P_MOBITEX` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 21; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_MOBITEX, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_MOBITEX));
 * s.close();
 * ```
 */
export const ETH_P_MOBITEX: number = c.ETH_P_MOBITEX as number;
/**
 * `ETH_P_CONTROL` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 22; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_CONTROL, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_CONTROL));
 * s.close();
 * ```
 */
export const ETH_P_CONTROL: number = c.ETH_P_CONTROL as number;
/**
 * `ETH_P_IRDA` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 23; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_IRDA, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_IRDA));
 * s.close();
 * ```
 */
export const ETH_P_IRDA: number = c.ETH_P_IRDA as number;
/**
 * `ETH_P_ECONET` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 24; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ECONET, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ECONET));
 * s.close();
 * ```
 */
export const ETH_P_ECONET: number = c.ETH_P_ECONET as number;
/**
 * `ETH_P_HDLC` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 25; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_HDLC, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_HDLC));
 * s.close();
 * ```
 */
export const ETH_P_HDLC: number = c.ETH_P_HDLC as number;
/**
 * `ETH_P_ARCNET` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 26; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ARCNET, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ARCNET));
 * s.close();
 * ```
 */
export const ETH_P_ARCNET: number = c.ETH_P_ARCNET as number;
/**
 * `ETH_P_DSA` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 27; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_DSA, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_DSA));
 * s.close();
 * ```
 */
export const ETH_P_DSA: number = c.ETH_P_DSA as number;
/**
 * `ETH_P_TRAILER` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 28; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_TRAILER, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_TRAILER));
 * s.close();
 * ```
 */
export const ETH_P_TRAILER: number = c.ETH_P_TRAILER as number;
/**
 * `ETH_P_PHONET` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 245; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_PHONET, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_PHONET));
 * s.close();
 * ```
 */
export const ETH_P_PHONET: number = c.ETH_P_PHONET as number;
/**
 * `ETH_P_IEEE802154` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 246; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_IEEE802154, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_IEEE802154));
 * s.close();
 * ```
 */
export const ETH_P_IEEE802154: number = c.ETH_P_IEEE802154 as number;
/**
 * `ETH_P_CAIF` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 247; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_CAIF, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_CAIF));
 * s.close();
 * ```
 */
export const ETH_P_CAIF: number = c.ETH_P_CAIF as number;
/**
 * `ETH_P_XDSA` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 248; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_XDSA, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_XDSA));
 * s.close();
 * ```
 */
export const ETH_P_XDSA: number = c.ETH_P_XDSA as number;
/**
 * `ETH_P_MAP` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 249; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_MAP, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_MAP));
 * s.close();
 * ```
 */
export const ETH_P_MAP: number = c.ETH_P_MAP as number;
/**
 * `ETH_P_MCTP` is an Ethernet protocol number: an AF_PACKET socket's protocol.
 * Value: Linux 250; not defined on macOS or Windows.
 *
 * @example Capture frames of this protocol (needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_MCTP, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_MCTP));
 * s.close();
 * ```
 */
export const ETH_P_MCTP: number = c.ETH_P_MCTP as number;
/**
 * `ICMP_ECHOREPLY` is an ICMP or ICMPv6 message type: the header's first byte.
 * Value: Linux 0; not defined on macOS or Windows.
 *
 * @example Write the type into a header
 * ```ts
 * import { ICMP_ECHOREPLY } from "@berkeley/socket";
 * const header = new Uint8Array(8); // type, code, checksum, id, sequence
 * header[0] = ICMP_ECHOREPLY;
 * ```
 */
export const ICMP_ECHOREPLY: number = c.ICMP_ECHOREPLY as number;
/**
 * `ICMP_ECHO` is an ICMP or ICMPv6 message type: the header's first byte.
 * Value: Linux 8; not defined on macOS or Windows.
 *
 * @example Write the type into a header
 * ```ts
 * import { ICMP_ECHO } from "@berkeley/socket";
 * const header = new Uint8Array(8); // type, code, checksum, id, sequence
 * header[0] = ICMP_ECHO;
 * ```
 */
export const ICMP_ECHO: number = c.ICMP_ECHO as number;
/**
 * `ICMP6_ECHO_REQUEST` is an ICMP or ICMPv6 message type: the header's first byte.
 * Value: Linux 128; not defined on macOS or Windows.
 *
 * @example Write the type into a header
 * ```ts
 * import { ICMP6_ECHO_REQUEST } from "@berkeley/socket";
 * const header = new Uint8Array(8); // type, code, checksum, id, sequence
 * header[0] = ICMP6_ECHO_REQUEST;
 * ```
 */
export const ICMP6_ECHO_REQUEST: number = c.ICMP6_ECHO_REQUEST as number;
/**
 * `ICMP6_ECHO_REPLY` is an ICMP or ICMPv6 message type: the header's first byte.
 * Value: Linux 129; not defined on macOS or Windows.
 *
 * @example Write the type into a header
 * ```ts
 * import { ICMP6_ECHO_REPLY } from "@berkeley/socket";
 * const header = new Uint8Array(8); // type, code, checksum, id, sequence
 * header[0] = ICMP6_ECHO_REPLY;
 * ```
 */
export const ICMP6_ECHO_REPLY: number = c.ICMP6_ECHO_REPLY as number;
/**
 * `FIONBIO` is an `ioctl()` request on a socket.
 * Value: Linux 21537, macOS 2147772030, Windows 2147772030.
 *
 * @example Make the request
 * ```ts
 * import { FIONBIO, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * console.log(a.ioctl(FIONBIO));
 * a.close();
 * b.close();
 * ```
 */
export const FIONBIO: number = c.FIONBIO as number;
/**
 * `FIONREAD` is an `ioctl()` request on a socket.
 * Value: Linux 21531, macOS 1074030207, Windows 1074030207.
 *
 * @example Make the request
 * ```ts
 * import { FIONREAD, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * console.log(a.ioctl(FIONREAD));
 * a.close();
 * b.close();
 * ```
 */
export const FIONREAD: number = c.FIONREAD as number;
/**
 * `SIOCATMARK` is an `ioctl()` request on a socket.
 * Value: Linux 35077, macOS 1074033415, Windows 1074033415.
 *
 * @example Make the request
 * ```ts
 * import { SIOCATMARK, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * console.log(a.ioctl(SIOCATMARK));
 * a.close();
 * b.close();
 * ```
 */
export const SIOCATMARK: number = c.SIOCATMARK as number;
/**
 * `SIOCGIFINDEX` is an `ioctl()` request number.
 * Value: Linux 35123; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SIOCGIFINDEX } from "@berkeley/socket";
 * console.log(SIOCGIFINDEX); // undefined on a platform without it
 * ```
 */
export const SIOCGIFINDEX: number = c.SIOCGIFINDEX as number;
/**
 * `SIOCGIFNAME` is an `ioctl()` request number.
 * Value: Linux 35088; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SIOCGIFNAME } from "@berkeley/socket";
 * console.log(SIOCGIFNAME); // undefined on a platform without it
 * ```
 */
export const SIOCGIFNAME: number = c.SIOCGIFNAME as number;
/**
 * `SIOCGIFADDR` is an `ioctl()` request number.
 * Value: Linux 35093, macOS 3223349537; not defined on Windows.
 *
 * @example Read the value
 * ```ts
 * import { SIOCGIFADDR } from "@berkeley/socket";
 * console.log(SIOCGIFADDR); // undefined on a platform without it
 * ```
 */
export const SIOCGIFADDR: number = c.SIOCGIFADDR as number;
/**
 * `SIOCGIFFLAGS` is an `ioctl()` request number.
 * Value: Linux 35091, macOS 3223349521; not defined on Windows.
 *
 * @example Read the value
 * ```ts
 * import { SIOCGIFFLAGS } from "@berkeley/socket";
 * console.log(SIOCGIFFLAGS); // undefined on a platform without it
 * ```
 */
export const SIOCGIFFLAGS: number = c.SIOCGIFFLAGS as number;
/**
 * `SIOCGIFHWADDR` is an `ioctl()` request number.
 * Value: Linux 35111; not defined on macOS or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SIOCGIFHWADDR } from "@berkeley/socket";
 * console.log(SIOCGIFHWADDR); // undefined on a platform without it
 * ```
 */
export const SIOCGIFHWADDR: number = c.SIOCGIFHWADDR as number;
/**
 * `SOCK_MAXADDRLEN` is a socket-related constant from the C headers.
 * Value: macOS 255; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOCK_MAXADDRLEN } from "@berkeley/socket";
 * console.log(SOCK_MAXADDRLEN); // undefined on a platform without it
 * ```
 */
export const SOCK_MAXADDRLEN: number = c.SOCK_MAXADDRLEN as number;
/**
 * `AF_IMPLINK` is an address family: `socket()`'s first argument.
 * Value: macOS 3, Windows 3; not defined on Linux.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_IMPLINK, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_IMPLINK); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_IMPLINK: number = c.AF_IMPLINK as number;
/**
 * `AF_PUP` is an address family: `socket()`'s first argument.
 * Value: macOS 4, Windows 4; not defined on Linux.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_PUP, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_PUP); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_PUP: number = c.AF_PUP as number;
/**
 * `AF_CHAOS` is an address family: `socket()`'s first argument.
 * Value: macOS 5, Windows 5; not defined on Linux.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_CHAOS, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_CHAOS); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_CHAOS: number = c.AF_CHAOS as number;
/**
 * `AF_NS` is an address family: `socket()`'s first argument.
 * Value: macOS 6, Windows 6; not defined on Linux.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_NS, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_NS); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_NS: number = c.AF_NS as number;
/**
 * `AF_ISO` is an address family: `socket()`'s first argument.
 * Value: macOS 7, Windows 7; not defined on Linux.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_ISO, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_ISO); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_ISO: number = c.AF_ISO as number;
/**
 * `AF_OSI` is an address family: `socket()`'s first argument.
 * Value: macOS 7, Windows 7; not defined on Linux.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_OSI, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_OSI); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_OSI: number = c.AF_OSI as number;
/**
 * `AF_ECMA` is an address family: `socket()`'s first argument.
 * Value: macOS 8, Windows 8; not defined on Linux.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_ECMA, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_ECMA); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_ECMA: number = c.AF_ECMA as number;
/**
 * `AF_DATAKIT` is an address family: `socket()`'s first argument.
 * Value: macOS 9, Windows 9; not defined on Linux.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_DATAKIT, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_DATAKIT); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_DATAKIT: number = c.AF_DATAKIT as number;
/**
 * `AF_CCITT` is an address family: `socket()`'s first argument.
 * Value: macOS 10, Windows 10; not defined on Linux.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_CCITT, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_CCITT); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_CCITT: number = c.AF_CCITT as number;
/**
 * `AF_DLI` is an address family: `socket()`'s first argument.
 * Value: macOS 13, Windows 13; not defined on Linux.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_DLI, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_DLI); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_DLI: number = c.AF_DLI as number;
/**
 * `AF_LAT` is an address family: `socket()`'s first argument.
 * Value: macOS 14, Windows 14; not defined on Linux.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_LAT, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_LAT); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_LAT: number = c.AF_LAT as number;
/**
 * `AF_HYLINK` is an address family: `socket()`'s first argument.
 * Value: macOS 15, Windows 15; not defined on Linux.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_HYLINK, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_HYLINK); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_HYLINK: number = c.AF_HYLINK as number;
/**
 * `AF_LINK` is an address family: `socket()`'s first argument.
 * Value: macOS 18; not defined on Linux or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_LINK, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_LINK); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_LINK: number = c.AF_LINK as number;
/**
 * `AF_COIP` is an address family: `socket()`'s first argument.
 * Value: macOS 20; not defined on Linux or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_COIP, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_COIP); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_COIP: number = c.AF_COIP as number;
/**
 * `AF_CNT` is an address family: `socket()`'s first argument.
 * Value: macOS 21; not defined on Linux or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_CNT, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_CNT); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_CNT: number = c.AF_CNT as number;
/**
 * `AF_SIP` is an address family: `socket()`'s first argument.
 * Value: macOS 24; not defined on Linux or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_SIP, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_SIP); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_SIP: number = c.AF_SIP as number;
/**
 * `AF_NDRV` is an address family: `socket()`'s first argument.
 * Value: macOS 27; not defined on Linux or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_NDRV, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_NDRV); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_NDRV: number = c.AF_NDRV as number;
/**
 * `AF_E164` is an address family: `socket()`'s first argument.
 * Value: macOS 28; not defined on Linux or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_E164, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_E164); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_E164: number = c.AF_E164 as number;
/**
 * `AF_NATM` is an address family: `socket()`'s first argument.
 * Value: macOS 31; not defined on Linux or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_NATM, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_NATM); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_NATM: number = c.AF_NATM as number;
/**
 * `AF_SYSTEM` is an address family: `socket()`'s first argument.
 * Value: macOS 32; not defined on Linux or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_SYSTEM, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_SYSTEM); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_SYSTEM: number = c.AF_SYSTEM as number;
/**
 * `AF_NETBIOS` is an address family: `socket()`'s first argument.
 * Value: macOS 33, Windows 17; not defined on Linux.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_NETBIOS, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_NETBIOS); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_NETBIOS: number = c.AF_NETBIOS as number;
/**
 * `AF_PPP` is an address family: `socket()`'s first argument.
 * Value: macOS 34; not defined on Linux or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_PPP, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_PPP); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_PPP: number = c.AF_PPP as number;
/**
 * `AF_RESERVED_36` is an address family: `socket()`'s first argument.
 * Value: macOS 36; not defined on Linux or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_RESERVED_36, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_RESERVED_36); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_RESERVED_36: number = c.AF_RESERVED_36 as number;
/**
 * `AF_IEEE80211` is an address family: `socket()`'s first argument.
 * Value: macOS 37; not defined on Linux or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_IEEE80211, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_IEEE80211); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_IEEE80211: number = c.AF_IEEE80211 as number;
/**
 * `AF_UTUN` is an address family: `socket()`'s first argument.
 * Value: macOS 38; not defined on Linux or Windows.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_UTUN, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_UTUN); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_UTUN: number = c.AF_UTUN as number;
/**
 * `AF_MAX` is one more than the largest address family.
 * Value: macOS 41, Windows 33; not defined on Linux.
 *
 * @example Read the value
 * ```ts
 * import { AF_MAX } from "@berkeley/socket";
 * console.log(AF_MAX); // undefined on a platform without it
 * ```
 */
export const AF_MAX: number = c.AF_MAX as number;
/**
 * `SO_USELOOPBACK` is a socket option at level `SOL_SOCKET`.
 * Value: macOS 64, Windows 64; not defined on Linux.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_USELOOPBACK, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_USELOOPBACK));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_USELOOPBACK: number = c.SO_USELOOPBACK as number;
/**
 * `SO_LINGER_SEC` is a socket option at level `SOL_SOCKET`.
 * Value: macOS 4224; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_LINGER_SEC, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_LINGER_SEC));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_LINGER_SEC: number = c.SO_LINGER_SEC as number;
/**
 * `SO_TIMESTAMP_MONOTONIC` is a socket option at level `SOL_SOCKET`.
 * Value: macOS 2048; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_TIMESTAMP_MONOTONIC, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_TIMESTAMP_MONOTONIC));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_TIMESTAMP_MONOTONIC: number = c
  .SO_TIMESTAMP_MONOTONIC as number;
/**
 * `SO_DONTTRUNC` is a socket option at level `SOL_SOCKET`.
 * Value: macOS 8192; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_DONTTRUNC, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_DONTTRUNC));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_DONTTRUNC: number = c.SO_DONTTRUNC as number;
/**
 * `SO_WANTMORE` is a socket option at level `SOL_SOCKET`.
 * Value: macOS 16384; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_WANTMORE, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_WANTMORE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_WANTMORE: number = c.SO_WANTMORE as number;
/**
 * `SO_WANTOOBFLAG` is a socket option at level `SOL_SOCKET`.
 * Value: macOS 32768; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_WANTOOBFLAG, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_WANTOOBFLAG));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_WANTOOBFLAG: number = c.SO_WANTOOBFLAG as number;
/**
 * `SO_LABEL` is a socket option at level `SOL_SOCKET`.
 * Value: macOS 4112; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_LABEL, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_LABEL));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_LABEL: number = c.SO_LABEL as number;
/**
 * `SO_PEERLABEL` is a socket option at level `SOL_SOCKET`.
 * Value: macOS 4113; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_PEERLABEL, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_PEERLABEL));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_PEERLABEL: number = c.SO_PEERLABEL as number;
/**
 * `SO_NREAD` is a socket option at level `SOL_SOCKET`.
 * Value: macOS 4128; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_NREAD, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_NREAD));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_NREAD: number = c.SO_NREAD as number;
/**
 * `SO_NKE` is a socket option at level `SOL_SOCKET`.
 * Value: macOS 4129; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_NKE, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_NKE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_NKE: number = c.SO_NKE as number;
/**
 * `SO_NOSIGPIPE` is a socket option at level `SOL_SOCKET`.
 * Value: macOS 4130; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_NOSIGPIPE, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_NOSIGPIPE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_NOSIGPIPE: number = c.SO_NOSIGPIPE as number;
/**
 * `SO_NOADDRERR` is a socket option at level `SOL_SOCKET`.
 * Value: macOS 4131; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_NOADDRERR, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_NOADDRERR));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_NOADDRERR: number = c.SO_NOADDRERR as number;
/**
 * `SO_NWRITE` is a socket option at level `SOL_SOCKET`.
 * Value: macOS 4132; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_NWRITE, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_NWRITE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_NWRITE: number = c.SO_NWRITE as number;
/**
 * `SO_REUSESHAREUID` is a socket option at level `SOL_SOCKET`.
 * Value: macOS 4133; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_REUSESHAREUID, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_REUSESHAREUID));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_REUSESHAREUID: number = c.SO_REUSESHAREUID as number;
/**
 * `SO_NOTIFYCONFLICT` is a socket option at level `SOL_SOCKET`.
 * Value: macOS 4134; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_NOTIFYCONFLICT, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_NOTIFYCONFLICT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_NOTIFYCONFLICT: number = c.SO_NOTIFYCONFLICT as number;
/**
 * `SO_UPCALLCLOSEWAIT` is a socket option at level `SOL_SOCKET`.
 * Value: macOS 4135; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_UPCALLCLOSEWAIT, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_UPCALLCLOSEWAIT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_UPCALLCLOSEWAIT: number = c.SO_UPCALLCLOSEWAIT as number;
/**
 * `SO_RANDOMPORT` is a socket option at level `SOL_SOCKET`.
 * Value: macOS 4226; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_RANDOMPORT, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_RANDOMPORT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_RANDOMPORT: number = c.SO_RANDOMPORT as number;
/**
 * `SO_NP_EXTENSIONS` is a socket option at level `SOL_SOCKET`.
 * Value: macOS 4227; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_NP_EXTENSIONS, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_NP_EXTENSIONS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_NP_EXTENSIONS: number = c.SO_NP_EXTENSIONS as number;
/**
 * `SO_NUMRCVPKT` is a socket option at level `SOL_SOCKET`.
 * Value: macOS 4370; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_NUMRCVPKT, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_NUMRCVPKT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_NUMRCVPKT: number = c.SO_NUMRCVPKT as number;
/**
 * `SO_NET_SERVICE_TYPE` is a socket option at level `SOL_SOCKET`.
 * Value: macOS 4374; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_NET_SERVICE_TYPE, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_NET_SERVICE_TYPE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_NET_SERVICE_TYPE: number = c.SO_NET_SERVICE_TYPE as number;
/**
 * `SO_NETSVC_MARKING_LEVEL` is a socket option at level `SOL_SOCKET`.
 * Value: macOS 4377; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_NETSVC_MARKING_LEVEL, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_NETSVC_MARKING_LEVEL));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_NETSVC_MARKING_LEVEL: number = c
  .SO_NETSVC_MARKING_LEVEL as number;
/**
 * `SO_RESOLVER_SIGNATURE` is a socket option at level `SOL_SOCKET`.
 * Value: macOS 4401; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_RESOLVER_SIGNATURE, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_RESOLVER_SIGNATURE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_RESOLVER_SIGNATURE: number = c.SO_RESOLVER_SIGNATURE as number;
/**
 * `MSG_EOF` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: macOS 256; not defined on Linux or Windows.
 *
 * @example Send with the flag
 * ```ts
 * import { MSG_EOF, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.send("ping", MSG_EOF);
 * a.close();
 * b.close();
 * ```
 */
export const MSG_EOF: number = c.MSG_EOF as number;
/**
 * `MSG_WAITSTREAM` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: macOS 512; not defined on Linux or Windows.
 *
 * @example Receive with the flag
 * ```ts
 * import { MSG_WAITSTREAM, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.send("ping");
 * console.log(b.recv(4, MSG_WAITSTREAM));
 * a.close();
 * b.close();
 * ```
 */
export const MSG_WAITSTREAM: number = c.MSG_WAITSTREAM as number;
/**
 * `MSG_FLUSH` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: macOS 1024; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { MSG_FLUSH } from "@berkeley/socket";
 * console.log(MSG_FLUSH); // undefined on a platform without it
 * ```
 */
export const MSG_FLUSH: number = c.MSG_FLUSH as number;
/**
 * `MSG_HOLD` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: macOS 2048; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { MSG_HOLD } from "@berkeley/socket";
 * console.log(MSG_HOLD); // undefined on a platform without it
 * ```
 */
export const MSG_HOLD: number = c.MSG_HOLD as number;
/**
 * `MSG_SEND` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: macOS 4096; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { MSG_SEND } from "@berkeley/socket";
 * console.log(MSG_SEND); // undefined on a platform without it
 * ```
 */
export const MSG_SEND: number = c.MSG_SEND as number;
/**
 * `MSG_HAVEMORE` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: macOS 8192; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { MSG_HAVEMORE } from "@berkeley/socket";
 * console.log(MSG_HAVEMORE); // undefined on a platform without it
 * ```
 */
export const MSG_HAVEMORE: number = c.MSG_HAVEMORE as number;
/**
 * `MSG_RCVMORE` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: macOS 16384; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { MSG_RCVMORE } from "@berkeley/socket";
 * console.log(MSG_RCVMORE); // undefined on a platform without it
 * ```
 */
export const MSG_RCVMORE: number = c.MSG_RCVMORE as number;
/**
 * `MSG_NEEDSA` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: macOS 65536; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { MSG_NEEDSA } from "@berkeley/socket";
 * console.log(MSG_NEEDSA); // undefined on a platform without it
 * ```
 */
export const MSG_NEEDSA: number = c.MSG_NEEDSA as number;
/**
 * `SCM_CREDS` is an ancillary data type at level `SOL_SOCKET`, in `recvmsg()`'s ancdata.
 * Value: macOS 3; not defined on Linux or Windows.
 *
 * @example Find the item in received ancillary data
 * ```ts
 * import { SCM_CREDS, socketpair, SOL_SOCKET } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.send("ping");
 * const [, ancdata] = b.recvmsg(4, 256);
 * for (const [level, type, data] of ancdata) {
 *   if (level === SOL_SOCKET && type === SCM_CREDS) console.log(data);
 * }
 * a.close();
 * b.close();
 * ```
 */
export const SCM_CREDS: number = c.SCM_CREDS as number;
/**
 * `SCM_TIMESTAMP_MONOTONIC` is an ancillary data type at level `SOL_SOCKET`, in `recvmsg()`'s ancdata.
 * Value: macOS 4; not defined on Linux or Windows.
 *
 * @example Find the item in received ancillary data
 * ```ts
 * import { SCM_TIMESTAMP_MONOTONIC, socketpair, SOL_SOCKET } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.send("ping");
 * const [, ancdata] = b.recvmsg(4, 256);
 * for (const [level, type, data] of ancdata) {
 *   if (level === SOL_SOCKET && type === SCM_TIMESTAMP_MONOTONIC) console.log(data);
 * }
 * a.close();
 * b.close();
 * ```
 */
export const SCM_TIMESTAMP_MONOTONIC: number = c
  .SCM_TIMESTAMP_MONOTONIC as number;
/**
 * `SOL_LOCAL` is an option level: `setsockopt()`'s and `getsockopt()`'s first argument.
 * Value: macOS 0; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SOL_LOCAL } from "@berkeley/socket";
 * console.log(SOL_LOCAL); // undefined on a platform without it
 * ```
 */
export const SOL_LOCAL: number = c.SOL_LOCAL as number;
/**
 * `LOCAL_PEERCRED` is an AF_UNIX option at level `SOL_LOCAL` (macOS).
 * Value: macOS 1; not defined on Linux or Windows.
 *
 * @example Read the option
 * ```ts
 * import { LOCAL_PEERCRED, socketpair, SOL_LOCAL } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * console.log(a.getsockopt(SOL_LOCAL, LOCAL_PEERCRED));
 * a.close();
 * b.close();
 * ```
 */
export const LOCAL_PEERCRED: number = c.LOCAL_PEERCRED as number;
/**
 * `LOCAL_PEERPID` is an AF_UNIX option at level `SOL_LOCAL` (macOS).
 * Value: macOS 2; not defined on Linux or Windows.
 *
 * @example Read the option
 * ```ts
 * import { LOCAL_PEERPID, socketpair, SOL_LOCAL } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * console.log(a.getsockopt(SOL_LOCAL, LOCAL_PEERPID));
 * a.close();
 * b.close();
 * ```
 */
export const LOCAL_PEERPID: number = c.LOCAL_PEERPID as number;
/**
 * `LOCAL_PEEREPID` is an AF_UNIX option at level `SOL_LOCAL` (macOS).
 * Value: macOS 3; not defined on Linux or Windows.
 *
 * @example Read the option
 * ```ts
 * import { LOCAL_PEEREPID, socketpair, SOL_LOCAL } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * console.log(a.getsockopt(SOL_LOCAL, LOCAL_PEEREPID));
 * a.close();
 * b.close();
 * ```
 */
export const LOCAL_PEEREPID: number = c.LOCAL_PEEREPID as number;
/**
 * `LOCAL_PEERUUID` is an AF_UNIX option at level `SOL_LOCAL` (macOS).
 * Value: macOS 4; not defined on Linux or Windows.
 *
 * @example Read the option
 * ```ts
 * import { LOCAL_PEERUUID, socketpair, SOL_LOCAL } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * console.log(a.getsockopt(SOL_LOCAL, LOCAL_PEERUUID));
 * a.close();
 * b.close();
 * ```
 */
export const LOCAL_PEERUUID: number = c.LOCAL_PEERUUID as number;
/**
 * `LOCAL_PEEREUUID` is an AF_UNIX option at level `SOL_LOCAL` (macOS).
 * Value: macOS 5; not defined on Linux or Windows.
 *
 * @example Read the option
 * ```ts
 * import { LOCAL_PEEREUUID, socketpair, SOL_LOCAL } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * console.log(a.getsockopt(SOL_LOCAL, LOCAL_PEEREUUID));
 * a.close();
 * b.close();
 * ```
 */
export const LOCAL_PEEREUUID: number = c.LOCAL_PEEREUUID as number;
/**
 * `LOCAL_PEERTOKEN` is an AF_UNIX option at level `SOL_LOCAL` (macOS).
 * Value: macOS 6; not defined on Linux or Windows.
 *
 * @example Read the option
 * ```ts
 * import { LOCAL_PEERTOKEN, socketpair, SOL_LOCAL } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * console.log(a.getsockopt(SOL_LOCAL, LOCAL_PEERTOKEN));
 * a.close();
 * b.close();
 * ```
 */
export const LOCAL_PEERTOKEN: number = c.LOCAL_PEERTOKEN as number;
/**
 * `IPPROTO_GGP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 3, Windows 3; not defined on Linux.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_GGP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_GGP);
 * s.close();
 * ```
 */
export const IPPROTO_GGP: number = c.IPPROTO_GGP as number;
/**
 * `IPPROTO_IPV4` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 4, Windows 4; not defined on Linux.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_IPV4, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_IPV4);
 * s.close();
 * ```
 */
export const IPPROTO_IPV4: number = c.IPPROTO_IPV4 as number;
/**
 * `IPPROTO_ST` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 7, Windows 5; not defined on Linux.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_ST, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_ST);
 * s.close();
 * ```
 */
export const IPPROTO_ST: number = c.IPPROTO_ST as number;
/**
 * `IPPROTO_PIGP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 9; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_PIGP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_PIGP);
 * s.close();
 * ```
 */
export const IPPROTO_PIGP: number = c.IPPROTO_PIGP as number;
/**
 * `IPPROTO_RCCMON` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 10; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_RCCMON, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_RCCMON);
 * s.close();
 * ```
 */
export const IPPROTO_RCCMON: number = c.IPPROTO_RCCMON as number;
/**
 * `IPPROTO_NVPII` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 11; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_NVPII, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_NVPII);
 * s.close();
 * ```
 */
export const IPPROTO_NVPII: number = c.IPPROTO_NVPII as number;
/**
 * `IPPROTO_ARGUS` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 13; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_ARGUS, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_ARGUS);
 * s.close();
 * ```
 */
export const IPPROTO_ARGUS: number = c.IPPROTO_ARGUS as number;
/**
 * `IPPROTO_EMCON` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 14; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_EMCON, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_EMCON);
 * s.close();
 * ```
 */
export const IPPROTO_EMCON: number = c.IPPROTO_EMCON as number;
/**
 * `IPPROTO_XNET` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 15; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_XNET, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_XNET);
 * s.close();
 * ```
 */
export const IPPROTO_XNET: number = c.IPPROTO_XNET as number;
/**
 * `IPPROTO_CHAOS` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 16; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_CHAOS, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_CHAOS);
 * s.close();
 * ```
 */
export const IPPROTO_CHAOS: number = c.IPPROTO_CHAOS as number;
/**
 * `IPPROTO_MUX` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 18; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_MUX, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_MUX);
 * s.close();
 * ```
 */
export const IPPROTO_MUX: number = c.IPPROTO_MUX as number;
/**
 * `IPPROTO_MEAS` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 19; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_MEAS, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_MEAS);
 * s.close();
 * ```
 */
export const IPPROTO_MEAS: number = c.IPPROTO_MEAS as number;
/**
 * `IPPROTO_HMP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 20; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_HMP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_HMP);
 * s.close();
 * ```
 */
export const IPPROTO_HMP: number = c.IPPROTO_HMP as number;
/**
 * `IPPROTO_PRM` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 21; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_PRM, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_PRM);
 * s.close();
 * ```
 */
export const IPPROTO_PRM: number = c.IPPROTO_PRM as number;
/**
 * `IPPROTO_TRUNK1` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 23; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_TRUNK1, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_TRUNK1);
 * s.close();
 * ```
 */
export const IPPROTO_TRUNK1: number = c.IPPROTO_TRUNK1 as number;
/**
 * `IPPROTO_TRUNK2` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 24; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_TRUNK2, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_TRUNK2);
 * s.close();
 * ```
 */
export const IPPROTO_TRUNK2: number = c.IPPROTO_TRUNK2 as number;
/**
 * `IPPROTO_LEAF1` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 25; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_LEAF1, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_LEAF1);
 * s.close();
 * ```
 */
export const IPPROTO_LEAF1: number = c.IPPROTO_LEAF1 as number;
/**
 * `IPPROTO_LEAF2` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 26; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_LEAF2, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_LEAF2);
 * s.close();
 * ```
 */
export const IPPROTO_LEAF2: number = c.IPPROTO_LEAF2 as number;
/**
 * `IPPROTO_RDP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 27, Windows 27; not defined on Linux.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_RDP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_RDP);
 * s.close();
 * ```
 */
export const IPPROTO_RDP: number = c.IPPROTO_RDP as number;
/**
 * `IPPROTO_IRTP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 28; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_IRTP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_IRTP);
 * s.close();
 * ```
 */
export const IPPROTO_IRTP: number = c.IPPROTO_IRTP as number;
/**
 * `IPPROTO_BLT` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 30; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_BLT, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_BLT);
 * s.close();
 * ```
 */
export const IPPROTO_BLT: number = c.IPPROTO_BLT as number;
/**
 * `IPPROTO_NSP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 31; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_NSP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_NSP);
 * s.close();
 * ```
 */
export const IPPROTO_NSP: number = c.IPPROTO_NSP as number;
/**
 * `IPPROTO_INP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 32; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_INP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_INP);
 * s.close();
 * ```
 */
export const IPPROTO_INP: number = c.IPPROTO_INP as number;
/**
 * `IPPROTO_SEP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 33; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_SEP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_SEP);
 * s.close();
 * ```
 */
export const IPPROTO_SEP: number = c.IPPROTO_SEP as number;
/**
 * `IPPROTO_3PC` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 34; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_3PC, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_3PC);
 * s.close();
 * ```
 */
export const IPPROTO_3PC: number = c.IPPROTO_3PC as number;
/**
 * `IPPROTO_IDPR` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 35; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_IDPR, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_IDPR);
 * s.close();
 * ```
 */
export const IPPROTO_IDPR: number = c.IPPROTO_IDPR as number;
/**
 * `IPPROTO_XTP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 36; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_XTP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_XTP);
 * s.close();
 * ```
 */
export const IPPROTO_XTP: number = c.IPPROTO_XTP as number;
/**
 * `IPPROTO_DDP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 37; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_DDP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_DDP);
 * s.close();
 * ```
 */
export const IPPROTO_DDP: number = c.IPPROTO_DDP as number;
/**
 * `IPPROTO_CMTP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 38; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_CMTP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_CMTP);
 * s.close();
 * ```
 */
export const IPPROTO_CMTP: number = c.IPPROTO_CMTP as number;
/**
 * `IPPROTO_TPXX` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 39; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_TPXX, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_TPXX);
 * s.close();
 * ```
 */
export const IPPROTO_TPXX: number = c.IPPROTO_TPXX as number;
/**
 * `IPPROTO_IL` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 40; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_IL, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_IL);
 * s.close();
 * ```
 */
export const IPPROTO_IL: number = c.IPPROTO_IL as number;
/**
 * `IPPROTO_SDRP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 42; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_SDRP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_SDRP);
 * s.close();
 * ```
 */
export const IPPROTO_SDRP: number = c.IPPROTO_SDRP as number;
/**
 * `IPPROTO_IDRP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 45; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_IDRP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_IDRP);
 * s.close();
 * ```
 */
export const IPPROTO_IDRP: number = c.IPPROTO_IDRP as number;
/**
 * `IPPROTO_MHRP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 48; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_MHRP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_MHRP);
 * s.close();
 * ```
 */
export const IPPROTO_MHRP: number = c.IPPROTO_MHRP as number;
/**
 * `IPPROTO_BHA` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 49; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_BHA, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_BHA);
 * s.close();
 * ```
 */
export const IPPROTO_BHA: number = c.IPPROTO_BHA as number;
/**
 * `IPPROTO_INLSP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 52; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_INLSP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_INLSP);
 * s.close();
 * ```
 */
export const IPPROTO_INLSP: number = c.IPPROTO_INLSP as number;
/**
 * `IPPROTO_SWIPE` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 53; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_SWIPE, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_SWIPE);
 * s.close();
 * ```
 */
export const IPPROTO_SWIPE: number = c.IPPROTO_SWIPE as number;
/**
 * `IPPROTO_NHRP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 54; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_NHRP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_NHRP);
 * s.close();
 * ```
 */
export const IPPROTO_NHRP: number = c.IPPROTO_NHRP as number;
/**
 * `IPPROTO_AHIP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 61; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_AHIP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_AHIP);
 * s.close();
 * ```
 */
export const IPPROTO_AHIP: number = c.IPPROTO_AHIP as number;
/**
 * `IPPROTO_CFTP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 62; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_CFTP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_CFTP);
 * s.close();
 * ```
 */
export const IPPROTO_CFTP: number = c.IPPROTO_CFTP as number;
/**
 * `IPPROTO_HELLO` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 63; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_HELLO, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_HELLO);
 * s.close();
 * ```
 */
export const IPPROTO_HELLO: number = c.IPPROTO_HELLO as number;
/**
 * `IPPROTO_SATEXPAK` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 64; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_SATEXPAK, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_SATEXPAK);
 * s.close();
 * ```
 */
export const IPPROTO_SATEXPAK: number = c.IPPROTO_SATEXPAK as number;
/**
 * `IPPROTO_KRYPTOLAN` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 65; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_KRYPTOLAN, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_KRYPTOLAN);
 * s.close();
 * ```
 */
export const IPPROTO_KRYPTOLAN: number = c.IPPROTO_KRYPTOLAN as number;
/**
 * `IPPROTO_RVD` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 66; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_RVD, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_RVD);
 * s.close();
 * ```
 */
export const IPPROTO_RVD: number = c.IPPROTO_RVD as number;
/**
 * `IPPROTO_IPPC` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 67; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_IPPC, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_IPPC);
 * s.close();
 * ```
 */
export const IPPROTO_IPPC: number = c.IPPROTO_IPPC as number;
/**
 * `IPPROTO_ADFS` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 68; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_ADFS, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_ADFS);
 * s.close();
 * ```
 */
export const IPPROTO_ADFS: number = c.IPPROTO_ADFS as number;
/**
 * `IPPROTO_SATMON` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 69; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_SATMON, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_SATMON);
 * s.close();
 * ```
 */
export const IPPROTO_SATMON: number = c.IPPROTO_SATMON as number;
/**
 * `IPPROTO_VISA` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 70; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_VISA, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_VISA);
 * s.close();
 * ```
 */
export const IPPROTO_VISA: number = c.IPPROTO_VISA as number;
/**
 * `IPPROTO_IPCV` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 71; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_IPCV, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_IPCV);
 * s.close();
 * ```
 */
export const IPPROTO_IPCV: number = c.IPPROTO_IPCV as number;
/**
 * `IPPROTO_CPNX` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 72; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_CPNX, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_CPNX);
 * s.close();
 * ```
 */
export const IPPROTO_CPNX: number = c.IPPROTO_CPNX as number;
/**
 * `IPPROTO_CPHB` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 73; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_CPHB, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_CPHB);
 * s.close();
 * ```
 */
export const IPPROTO_CPHB: number = c.IPPROTO_CPHB as number;
/**
 * `IPPROTO_WSN` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 74; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_WSN, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_WSN);
 * s.close();
 * ```
 */
export const IPPROTO_WSN: number = c.IPPROTO_WSN as number;
/**
 * `IPPROTO_PVP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 75; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_PVP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_PVP);
 * s.close();
 * ```
 */
export const IPPROTO_PVP: number = c.IPPROTO_PVP as number;
/**
 * `IPPROTO_BRSATMON` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 76; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_BRSATMON, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_BRSATMON);
 * s.close();
 * ```
 */
export const IPPROTO_BRSATMON: number = c.IPPROTO_BRSATMON as number;
/**
 * `IPPROTO_ND` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 77, Windows 77; not defined on Linux.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_ND, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_ND);
 * s.close();
 * ```
 */
export const IPPROTO_ND: number = c.IPPROTO_ND as number;
/**
 * `IPPROTO_WBMON` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 78; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_WBMON, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_WBMON);
 * s.close();
 * ```
 */
export const IPPROTO_WBMON: number = c.IPPROTO_WBMON as number;
/**
 * `IPPROTO_WBEXPAK` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 79; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_WBEXPAK, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_WBEXPAK);
 * s.close();
 * ```
 */
export const IPPROTO_WBEXPAK: number = c.IPPROTO_WBEXPAK as number;
/**
 * `IPPROTO_EON` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 80; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_EON, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_EON);
 * s.close();
 * ```
 */
export const IPPROTO_EON: number = c.IPPROTO_EON as number;
/**
 * `IPPROTO_VMTP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 81; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_VMTP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_VMTP);
 * s.close();
 * ```
 */
export const IPPROTO_VMTP: number = c.IPPROTO_VMTP as number;
/**
 * `IPPROTO_SVMTP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 82; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_SVMTP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_SVMTP);
 * s.close();
 * ```
 */
export const IPPROTO_SVMTP: number = c.IPPROTO_SVMTP as number;
/**
 * `IPPROTO_VINES` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 83; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_VINES, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_VINES);
 * s.close();
 * ```
 */
export const IPPROTO_VINES: number = c.IPPROTO_VINES as number;
/**
 * `IPPROTO_TTP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 84; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_TTP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_TTP);
 * s.close();
 * ```
 */
export const IPPROTO_TTP: number = c.IPPROTO_TTP as number;
/**
 * `IPPROTO_IGP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 85, Windows 9; not defined on Linux.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_IGP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_IGP);
 * s.close();
 * ```
 */
export const IPPROTO_IGP: number = c.IPPROTO_IGP as number;
/**
 * `IPPROTO_DGP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 86; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_DGP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_DGP);
 * s.close();
 * ```
 */
export const IPPROTO_DGP: number = c.IPPROTO_DGP as number;
/**
 * `IPPROTO_TCF` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 87; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_TCF, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_TCF);
 * s.close();
 * ```
 */
export const IPPROTO_TCF: number = c.IPPROTO_TCF as number;
/**
 * `IPPROTO_IGRP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 88; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_IGRP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_IGRP);
 * s.close();
 * ```
 */
export const IPPROTO_IGRP: number = c.IPPROTO_IGRP as number;
/**
 * `IPPROTO_OSPFIGP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 89; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_OSPFIGP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_OSPFIGP);
 * s.close();
 * ```
 */
export const IPPROTO_OSPFIGP: number = c.IPPROTO_OSPFIGP as number;
/**
 * `IPPROTO_SRPC` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 90; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_SRPC, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_SRPC);
 * s.close();
 * ```
 */
export const IPPROTO_SRPC: number = c.IPPROTO_SRPC as number;
/**
 * `IPPROTO_LARP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 91; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_LARP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_LARP);
 * s.close();
 * ```
 */
export const IPPROTO_LARP: number = c.IPPROTO_LARP as number;
/**
 * `IPPROTO_AX25` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 93; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_AX25, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_AX25);
 * s.close();
 * ```
 */
export const IPPROTO_AX25: number = c.IPPROTO_AX25 as number;
/**
 * `IPPROTO_IPEIP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 94; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_IPEIP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_IPEIP);
 * s.close();
 * ```
 */
export const IPPROTO_IPEIP: number = c.IPPROTO_IPEIP as number;
/**
 * `IPPROTO_MICP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 95; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_MICP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_MICP);
 * s.close();
 * ```
 */
export const IPPROTO_MICP: number = c.IPPROTO_MICP as number;
/**
 * `IPPROTO_SCCSP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 96; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_SCCSP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_SCCSP);
 * s.close();
 * ```
 */
export const IPPROTO_SCCSP: number = c.IPPROTO_SCCSP as number;
/**
 * `IPPROTO_ETHERIP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 97; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_ETHERIP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_ETHERIP);
 * s.close();
 * ```
 */
export const IPPROTO_ETHERIP: number = c.IPPROTO_ETHERIP as number;
/**
 * `IPPROTO_APES` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 99; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_APES, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_APES);
 * s.close();
 * ```
 */
export const IPPROTO_APES: number = c.IPPROTO_APES as number;
/**
 * `IPPROTO_GMTP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 100; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_GMTP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_GMTP);
 * s.close();
 * ```
 */
export const IPPROTO_GMTP: number = c.IPPROTO_GMTP as number;
/**
 * `IPPROTO_IPCOMP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 108; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_IPCOMP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_IPCOMP);
 * s.close();
 * ```
 */
export const IPPROTO_IPCOMP: number = c.IPPROTO_IPCOMP as number;
/**
 * `IPPROTO_PGM` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 113, Windows 113; not defined on Linux.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_PGM, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_PGM);
 * s.close();
 * ```
 */
export const IPPROTO_PGM: number = c.IPPROTO_PGM as number;
/**
 * `IPPROTO_DIVERT` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 254; not defined on Linux or Windows.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_DIVERT, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_DIVERT);
 * s.close();
 * ```
 */
export const IPPROTO_DIVERT: number = c.IPPROTO_DIVERT as number;
/**
 * `IPPROTO_MAX` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 256, Windows 256; not defined on Linux.
 *
 * @example Read the value
 * ```ts
 * import { IPPROTO_MAX } from "@berkeley/socket";
 * console.log(IPPROTO_MAX); // undefined on a platform without it
 * ```
 */
export const IPPROTO_MAX: number = c.IPPROTO_MAX as number;
/**
 * `IPPROTO_DONE` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: macOS 257; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { IPPROTO_DONE } from "@berkeley/socket";
 * console.log(IPPROTO_DONE); // undefined on a platform without it
 * ```
 */
export const IPPROTO_DONE: number = c.IPPROTO_DONE as number;
/**
 * `IPPORT_HIFIRSTAUTO` is a bound of a port range.
 * Value: macOS 49152; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { IPPORT_HIFIRSTAUTO } from "@berkeley/socket";
 * console.log(IPPORT_HIFIRSTAUTO); // undefined on a platform without it
 * ```
 */
export const IPPORT_HIFIRSTAUTO: number = c.IPPORT_HIFIRSTAUTO as number;
/**
 * `IPPORT_HILASTAUTO` is a bound of a port range.
 * Value: macOS 65535; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { IPPORT_HILASTAUTO } from "@berkeley/socket";
 * console.log(IPPORT_HILASTAUTO); // undefined on a platform without it
 * ```
 */
export const IPPORT_HILASTAUTO: number = c.IPPORT_HILASTAUTO as number;
/**
 * `IPPORT_RESERVEDSTART` is a well-known port number.
 * Value: macOS 600; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { IPPORT_RESERVEDSTART } from "@berkeley/socket";
 * console.log(IPPORT_RESERVEDSTART); // undefined on a platform without it
 * ```
 */
export const IPPORT_RESERVEDSTART: number = c.IPPORT_RESERVEDSTART as number;
/**
 * `INADDR_ALLRPTS_GROUP` is an IPv4 address as a host-order integer.
 * Value: macOS 3758096406; not defined on Linux or Windows.
 *
 * @example Print the address in dotted form
 * ```ts
 * import { INADDR_ALLRPTS_GROUP, inet_ntoa } from "@berkeley/socket";
 * const packed = new Uint8Array(4);
 * new DataView(packed.buffer).setUint32(0, INADDR_ALLRPTS_GROUP);
 * console.log(inet_ntoa(packed)); // "224.0.0.22"
 * ```
 */
export const INADDR_ALLRPTS_GROUP: number = c.INADDR_ALLRPTS_GROUP as number;
/**
 * `INADDR_CARP_GROUP` is an IPv4 address as a host-order integer.
 * Value: macOS 3758096402; not defined on Linux or Windows.
 *
 * @example Print the address in dotted form
 * ```ts
 * import { INADDR_CARP_GROUP, inet_ntoa } from "@berkeley/socket";
 * const packed = new Uint8Array(4);
 * new DataView(packed.buffer).setUint32(0, INADDR_CARP_GROUP);
 * console.log(inet_ntoa(packed)); // "224.0.0.18"
 * ```
 */
export const INADDR_CARP_GROUP: number = c.INADDR_CARP_GROUP as number;
/**
 * `INADDR_PFSYNC_GROUP` is an IPv4 address as a host-order integer.
 * Value: macOS 3758096624; not defined on Linux or Windows.
 *
 * @example Print the address in dotted form
 * ```ts
 * import { INADDR_PFSYNC_GROUP, inet_ntoa } from "@berkeley/socket";
 * const packed = new Uint8Array(4);
 * new DataView(packed.buffer).setUint32(0, INADDR_PFSYNC_GROUP);
 * console.log(inet_ntoa(packed)); // "224.0.0.240"
 * ```
 */
export const INADDR_PFSYNC_GROUP: number = c.INADDR_PFSYNC_GROUP as number;
/**
 * `INADDR_ALLMDNS_GROUP` is an IPv4 address as a host-order integer.
 * Value: macOS 3758096635; not defined on Linux or Windows.
 *
 * @example Print the address in dotted form
 * ```ts
 * import { INADDR_ALLMDNS_GROUP, inet_ntoa } from "@berkeley/socket";
 * const packed = new Uint8Array(4);
 * new DataView(packed.buffer).setUint32(0, INADDR_ALLMDNS_GROUP);
 * console.log(inet_ntoa(packed)); // "224.0.0.251"
 * ```
 */
export const INADDR_ALLMDNS_GROUP: number = c.INADDR_ALLMDNS_GROUP as number;
/**
 * `IN_LOOPBACKNET` is a socket-related constant from the C headers.
 * Value: macOS 127; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { IN_LOOPBACKNET } from "@berkeley/socket";
 * console.log(IN_LOOPBACKNET); // undefined on a platform without it
 * ```
 */
export const IN_LOOPBACKNET: number = c.IN_LOOPBACKNET as number;
/**
 * `INET_ADDRSTRLEN` is a socket-related constant from the C headers.
 * Value: macOS 16; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { INET_ADDRSTRLEN } from "@berkeley/socket";
 * console.log(INET_ADDRSTRLEN); // undefined on a platform without it
 * ```
 */
export const INET_ADDRSTRLEN: number = c.INET_ADDRSTRLEN as number;
/**
 * `IP_RECVDSTADDR` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: macOS 7, Windows 25; not defined on Linux.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_RECVDSTADDR, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_RECVDSTADDR));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_RECVDSTADDR: number = c.IP_RECVDSTADDR as number;
/**
 * `IP_MULTICAST_VIF` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: macOS 14; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_MULTICAST_VIF, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_MULTICAST_VIF));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_MULTICAST_VIF: number = c.IP_MULTICAST_VIF as number;
/**
 * `IP_PORTRANGE` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: macOS 19; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_PORTRANGE, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_PORTRANGE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_PORTRANGE: number = c.IP_PORTRANGE as number;
/**
 * `IP_RECVIF` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: macOS 20, Windows 24; not defined on Linux.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_RECVIF, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_RECVIF));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_RECVIF: number = c.IP_RECVIF as number;
/**
 * `IP_FAITH` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: macOS 22; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_FAITH, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_FAITH));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_FAITH: number = c.IP_FAITH as number;
/**
 * `IP_STRIPHDR` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: macOS 23; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_STRIPHDR, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_STRIPHDR));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_STRIPHDR: number = c.IP_STRIPHDR as number;
/**
 * `IP_BOUND_IF` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: macOS 25; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_BOUND_IF, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_BOUND_IF));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_BOUND_IF: number = c.IP_BOUND_IF as number;
/**
 * `IP_RECVPKTINFO` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: macOS 26; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_RECVPKTINFO, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_RECVPKTINFO));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_RECVPKTINFO: number = c.IP_RECVPKTINFO as number;
/**
 * `IP_DONTFRAG` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: macOS 28; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_DONTFRAG, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_DONTFRAG));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_DONTFRAG: number = c.IP_DONTFRAG as number;
/**
 * `IP_TRAFFIC_MGT_BACKGROUND` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: macOS 65; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_TRAFFIC_MGT_BACKGROUND, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_TRAFFIC_MGT_BACKGROUND));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_TRAFFIC_MGT_BACKGROUND: number = c
  .IP_TRAFFIC_MGT_BACKGROUND as number;
/**
 * `IP_MULTICAST_IFINDEX` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: macOS 66; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_MULTICAST_IFINDEX, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_MULTICAST_IFINDEX));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_MULTICAST_IFINDEX: number = c.IP_MULTICAST_IFINDEX as number;
/**
 * `MCAST_JOIN_GROUP` is a protocol-independent multicast option or filter mode.
 * Value: macOS 80; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { MCAST_JOIN_GROUP } from "@berkeley/socket";
 * console.log(MCAST_JOIN_GROUP); // undefined on a platform without it
 * ```
 */
export const MCAST_JOIN_GROUP: number = c.MCAST_JOIN_GROUP as number;
/**
 * `MCAST_LEAVE_GROUP` is a protocol-independent multicast option or filter mode.
 * Value: macOS 81; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { MCAST_LEAVE_GROUP } from "@berkeley/socket";
 * console.log(MCAST_LEAVE_GROUP); // undefined on a platform without it
 * ```
 */
export const MCAST_LEAVE_GROUP: number = c.MCAST_LEAVE_GROUP as number;
/**
 * `MCAST_JOIN_SOURCE_GROUP` is a protocol-independent multicast option or filter mode.
 * Value: macOS 82; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { MCAST_JOIN_SOURCE_GROUP } from "@berkeley/socket";
 * console.log(MCAST_JOIN_SOURCE_GROUP); // undefined on a platform without it
 * ```
 */
export const MCAST_JOIN_SOURCE_GROUP: number = c
  .MCAST_JOIN_SOURCE_GROUP as number;
/**
 * `MCAST_LEAVE_SOURCE_GROUP` is a protocol-independent multicast option or filter mode.
 * Value: macOS 83; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { MCAST_LEAVE_SOURCE_GROUP } from "@berkeley/socket";
 * console.log(MCAST_LEAVE_SOURCE_GROUP); // undefined on a platform without it
 * ```
 */
export const MCAST_LEAVE_SOURCE_GROUP: number = c
  .MCAST_LEAVE_SOURCE_GROUP as number;
/**
 * `MCAST_BLOCK_SOURCE` is a protocol-independent multicast option or filter mode.
 * Value: macOS 84; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { MCAST_BLOCK_SOURCE } from "@berkeley/socket";
 * console.log(MCAST_BLOCK_SOURCE); // undefined on a platform without it
 * ```
 */
export const MCAST_BLOCK_SOURCE: number = c.MCAST_BLOCK_SOURCE as number;
/**
 * `MCAST_UNBLOCK_SOURCE` is a protocol-independent multicast option or filter mode.
 * Value: macOS 85; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { MCAST_UNBLOCK_SOURCE } from "@berkeley/socket";
 * console.log(MCAST_UNBLOCK_SOURCE); // undefined on a platform without it
 * ```
 */
export const MCAST_UNBLOCK_SOURCE: number = c.MCAST_UNBLOCK_SOURCE as number;
/**
 * `IP_MIN_MEMBERSHIPS` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: macOS 31; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { IP_MIN_MEMBERSHIPS } from "@berkeley/socket";
 * console.log(IP_MIN_MEMBERSHIPS); // undefined on a platform without it
 * ```
 */
export const IP_MIN_MEMBERSHIPS: number = c.IP_MIN_MEMBERSHIPS as number;
/**
 * `IP_MAX_GROUP_SRC_FILTER` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: macOS 512; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { IP_MAX_GROUP_SRC_FILTER } from "@berkeley/socket";
 * console.log(IP_MAX_GROUP_SRC_FILTER); // undefined on a platform without it
 * ```
 */
export const IP_MAX_GROUP_SRC_FILTER: number = c
  .IP_MAX_GROUP_SRC_FILTER as number;
/**
 * `IP_MAX_SOCK_SRC_FILTER` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: macOS 128; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { IP_MAX_SOCK_SRC_FILTER } from "@berkeley/socket";
 * console.log(IP_MAX_SOCK_SRC_FILTER); // undefined on a platform without it
 * ```
 */
export const IP_MAX_SOCK_SRC_FILTER: number = c
  .IP_MAX_SOCK_SRC_FILTER as number;
/**
 * `MCAST_UNDEFINED` is a protocol-independent multicast option or filter mode.
 * Value: macOS 0; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { MCAST_UNDEFINED } from "@berkeley/socket";
 * console.log(MCAST_UNDEFINED); // undefined on a platform without it
 * ```
 */
export const MCAST_UNDEFINED: number = c.MCAST_UNDEFINED as number;
/**
 * `MCAST_INCLUDE` is a protocol-independent multicast option or filter mode.
 * Value: macOS 1; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { MCAST_INCLUDE } from "@berkeley/socket";
 * console.log(MCAST_INCLUDE); // undefined on a platform without it
 * ```
 */
export const MCAST_INCLUDE: number = c.MCAST_INCLUDE as number;
/**
 * `MCAST_EXCLUDE` is a protocol-independent multicast option or filter mode.
 * Value: macOS 2; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { MCAST_EXCLUDE } from "@berkeley/socket";
 * console.log(MCAST_EXCLUDE); // undefined on a platform without it
 * ```
 */
export const MCAST_EXCLUDE: number = c.MCAST_EXCLUDE as number;
/**
 * `IP_PORTRANGE_DEFAULT` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: macOS 0; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { IP_PORTRANGE_DEFAULT } from "@berkeley/socket";
 * console.log(IP_PORTRANGE_DEFAULT); // undefined on a platform without it
 * ```
 */
export const IP_PORTRANGE_DEFAULT: number = c.IP_PORTRANGE_DEFAULT as number;
/**
 * `IP_PORTRANGE_HIGH` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: macOS 1; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { IP_PORTRANGE_HIGH } from "@berkeley/socket";
 * console.log(IP_PORTRANGE_HIGH); // undefined on a platform without it
 * ```
 */
export const IP_PORTRANGE_HIGH: number = c.IP_PORTRANGE_HIGH as number;
/**
 * `IP_PORTRANGE_LOW` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: macOS 2; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { IP_PORTRANGE_LOW } from "@berkeley/socket";
 * console.log(IP_PORTRANGE_LOW); // undefined on a platform without it
 * ```
 */
export const IP_PORTRANGE_LOW: number = c.IP_PORTRANGE_LOW as number;
/**
 * `IPV6PORT_RESERVED` is a bound of a port range.
 * Value: macOS 1024; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { IPV6PORT_RESERVED } from "@berkeley/socket";
 * console.log(IPV6PORT_RESERVED); // undefined on a platform without it
 * ```
 */
export const IPV6PORT_RESERVED: number = c.IPV6PORT_RESERVED as number;
/**
 * `IPV6PORT_ANONMIN` is a bound of a port range.
 * Value: macOS 49152; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { IPV6PORT_ANONMIN } from "@berkeley/socket";
 * console.log(IPV6PORT_ANONMIN); // undefined on a platform without it
 * ```
 */
export const IPV6PORT_ANONMIN: number = c.IPV6PORT_ANONMIN as number;
/**
 * `IPV6PORT_ANONMAX` is a bound of a port range.
 * Value: macOS 65535; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { IPV6PORT_ANONMAX } from "@berkeley/socket";
 * console.log(IPV6PORT_ANONMAX); // undefined on a platform without it
 * ```
 */
export const IPV6PORT_ANONMAX: number = c.IPV6PORT_ANONMAX as number;
/**
 * `IPV6PORT_RESERVEDMIN` is a bound of a port range.
 * Value: macOS 600; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { IPV6PORT_RESERVEDMIN } from "@berkeley/socket";
 * console.log(IPV6PORT_RESERVEDMIN); // undefined on a platform without it
 * ```
 */
export const IPV6PORT_RESERVEDMIN: number = c.IPV6PORT_RESERVEDMIN as number;
/**
 * `IPV6PORT_RESERVEDMAX` is a bound of a port range.
 * Value: macOS 1023; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { IPV6PORT_RESERVEDMAX } from "@berkeley/socket";
 * console.log(IPV6PORT_RESERVEDMAX); // undefined on a platform without it
 * ```
 */
export const IPV6PORT_RESERVEDMAX: number = c.IPV6PORT_RESERVEDMAX as number;
/**
 * `INET6_ADDRSTRLEN` is a socket-related constant from the C headers.
 * Value: macOS 46; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { INET6_ADDRSTRLEN } from "@berkeley/socket";
 * console.log(INET6_ADDRSTRLEN); // undefined on a platform without it
 * ```
 */
export const INET6_ADDRSTRLEN: number = c.INET6_ADDRSTRLEN as number;
/**
 * `IPV6_PORTRANGE` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: macOS 14; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_PORTRANGE, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_PORTRANGE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_PORTRANGE: number = c.IPV6_PORTRANGE as number;
/**
 * `IPV6_2292NEXTHOP` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: macOS 21; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_2292NEXTHOP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_2292NEXTHOP));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_2292NEXTHOP: number = c.IPV6_2292NEXTHOP as number;
/**
 * `IPV6_BINDV6ONLY` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: macOS 27; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_BINDV6ONLY, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_BINDV6ONLY));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_BINDV6ONLY: number = c.IPV6_BINDV6ONLY as number;
/**
 * `IPV6_FAITH` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: macOS 29; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_FAITH, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_FAITH));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_FAITH: number = c.IPV6_FAITH as number;
/**
 * `IPV6_USE_MIN_MTU` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: macOS 42; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_USE_MIN_MTU, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_USE_MIN_MTU));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_USE_MIN_MTU: number = c.IPV6_USE_MIN_MTU as number;
/**
 * `IPV6_3542PKTINFO` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: macOS 46; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_3542PKTINFO, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_3542PKTINFO));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_3542PKTINFO: number = c.IPV6_3542PKTINFO as number;
/**
 * `IPV6_3542HOPLIMIT` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: macOS 47; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_3542HOPLIMIT, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_3542HOPLIMIT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_3542HOPLIMIT: number = c.IPV6_3542HOPLIMIT as number;
/**
 * `IPV6_3542NEXTHOP` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: macOS 48; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_3542NEXTHOP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_3542NEXTHOP));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_3542NEXTHOP: number = c.IPV6_3542NEXTHOP as number;
/**
 * `IPV6_3542HOPOPTS` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: macOS 49; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_3542HOPOPTS, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_3542HOPOPTS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_3542HOPOPTS: number = c.IPV6_3542HOPOPTS as number;
/**
 * `IPV6_3542DSTOPTS` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: macOS 50; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_3542DSTOPTS, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_3542DSTOPTS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_3542DSTOPTS: number = c.IPV6_3542DSTOPTS as number;
/**
 * `IPV6_3542RTHDR` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: macOS 51; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_3542RTHDR, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_3542RTHDR));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_3542RTHDR: number = c.IPV6_3542RTHDR as number;
/**
 * `IPV6_PREFER_TEMPADDR` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: macOS 63; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_PREFER_TEMPADDR, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_PREFER_TEMPADDR));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_PREFER_TEMPADDR: number = c.IPV6_PREFER_TEMPADDR as number;
/**
 * `IPV6_MSFILTER` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: macOS 74; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_MSFILTER, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_MSFILTER));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_MSFILTER: number = c.IPV6_MSFILTER as number;
/**
 * `IPV6_BOUND_IF` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: macOS 125; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_BOUND_IF, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_BOUND_IF));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_BOUND_IF: number = c.IPV6_BOUND_IF as number;
/**
 * `IPV6_DEFAULT_MULTICAST_HOPS` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: macOS 1; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { IPV6_DEFAULT_MULTICAST_HOPS } from "@berkeley/socket";
 * console.log(IPV6_DEFAULT_MULTICAST_HOPS); // undefined on a platform without it
 * ```
 */
export const IPV6_DEFAULT_MULTICAST_HOPS: number = c
  .IPV6_DEFAULT_MULTICAST_HOPS as number;
/**
 * `IPV6_DEFAULT_MULTICAST_LOOP` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: macOS 1; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { IPV6_DEFAULT_MULTICAST_LOOP } from "@berkeley/socket";
 * console.log(IPV6_DEFAULT_MULTICAST_LOOP); // undefined on a platform without it
 * ```
 */
export const IPV6_DEFAULT_MULTICAST_LOOP: number = c
  .IPV6_DEFAULT_MULTICAST_LOOP as number;
/**
 * `IPV6_MIN_MEMBERSHIPS` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: macOS 31; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { IPV6_MIN_MEMBERSHIPS } from "@berkeley/socket";
 * console.log(IPV6_MIN_MEMBERSHIPS); // undefined on a platform without it
 * ```
 */
export const IPV6_MIN_MEMBERSHIPS: number = c.IPV6_MIN_MEMBERSHIPS as number;
/**
 * `IPV6_MAX_MEMBERSHIPS` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: macOS 4095; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { IPV6_MAX_MEMBERSHIPS } from "@berkeley/socket";
 * console.log(IPV6_MAX_MEMBERSHIPS); // undefined on a platform without it
 * ```
 */
export const IPV6_MAX_MEMBERSHIPS: number = c.IPV6_MAX_MEMBERSHIPS as number;
/**
 * `IPV6_MAX_GROUP_SRC_FILTER` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: macOS 512; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { IPV6_MAX_GROUP_SRC_FILTER } from "@berkeley/socket";
 * console.log(IPV6_MAX_GROUP_SRC_FILTER); // undefined on a platform without it
 * ```
 */
export const IPV6_MAX_GROUP_SRC_FILTER: number = c
  .IPV6_MAX_GROUP_SRC_FILTER as number;
/**
 * `IPV6_MAX_SOCK_SRC_FILTER` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: macOS 128; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { IPV6_MAX_SOCK_SRC_FILTER } from "@berkeley/socket";
 * console.log(IPV6_MAX_SOCK_SRC_FILTER); // undefined on a platform without it
 * ```
 */
export const IPV6_MAX_SOCK_SRC_FILTER: number = c
  .IPV6_MAX_SOCK_SRC_FILTER as number;
/**
 * `IPV6_PORTRANGE_DEFAULT` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: macOS 0; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { IPV6_PORTRANGE_DEFAULT } from "@berkeley/socket";
 * console.log(IPV6_PORTRANGE_DEFAULT); // undefined on a platform without it
 * ```
 */
export const IPV6_PORTRANGE_DEFAULT: number = c
  .IPV6_PORTRANGE_DEFAULT as number;
/**
 * `IPV6_PORTRANGE_HIGH` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: macOS 1; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { IPV6_PORTRANGE_HIGH } from "@berkeley/socket";
 * console.log(IPV6_PORTRANGE_HIGH); // undefined on a platform without it
 * ```
 */
export const IPV6_PORTRANGE_HIGH: number = c.IPV6_PORTRANGE_HIGH as number;
/**
 * `IPV6_PORTRANGE_LOW` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: macOS 2; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { IPV6_PORTRANGE_LOW } from "@berkeley/socket";
 * console.log(IPV6_PORTRANGE_LOW); // undefined on a platform without it
 * ```
 */
export const IPV6_PORTRANGE_LOW: number = c.IPV6_PORTRANGE_LOW as number;
/**
 * `TCP_NOPUSH` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: macOS 4; not defined on Linux or Windows.
 *
 * @example Turn the option on
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_NOPUSH } from "@berkeley/socket";
 * const s = socket();
 * s.setsockopt(IPPROTO_TCP, TCP_NOPUSH, 1);
 * s.close();
 * ```
 */
export const TCP_NOPUSH: number = c.TCP_NOPUSH as number;
/**
 * `TCP_NOOPT` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: macOS 8; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_NOOPT } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_NOOPT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_NOOPT: number = c.TCP_NOOPT as number;
/**
 * `TCP_KEEPALIVE` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: macOS 16; not defined on Linux or Windows.
 *
 * @example Probe an idle connection after a minute
 * ```ts
 * import { IPPROTO_TCP, SO_KEEPALIVE, socket, SOL_SOCKET, TCP_KEEPALIVE } from "@berkeley/socket";
 * const s = socket();
 * s.setsockopt(SOL_SOCKET, SO_KEEPALIVE, 1);
 * s.setsockopt(IPPROTO_TCP, TCP_KEEPALIVE, 60);
 * s.close();
 * ```
 */
export const TCP_KEEPALIVE: number = c.TCP_KEEPALIVE as number;
/**
 * `TCP_CONNECTIONTIMEOUT` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: macOS 32; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_CONNECTIONTIMEOUT } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_CONNECTIONTIMEOUT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_CONNECTIONTIMEOUT: number = c.TCP_CONNECTIONTIMEOUT as number;
/**
 * `PERSIST_TIMEOUT` is a socket-related constant from the C headers.
 * Value: macOS 64; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { PERSIST_TIMEOUT } from "@berkeley/socket";
 * console.log(PERSIST_TIMEOUT); // undefined on a platform without it
 * ```
 */
export const PERSIST_TIMEOUT: number = c.PERSIST_TIMEOUT as number;
/**
 * `TCP_RXT_CONNDROPTIME` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: macOS 128; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_RXT_CONNDROPTIME } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_RXT_CONNDROPTIME));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_RXT_CONNDROPTIME: number = c.TCP_RXT_CONNDROPTIME as number;
/**
 * `TCP_RXT_FINDROP` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: macOS 256; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_RXT_FINDROP } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_RXT_FINDROP));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_RXT_FINDROP: number = c.TCP_RXT_FINDROP as number;
/**
 * `TCP_SENDMOREACKS` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: macOS 259; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_SENDMOREACKS } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_SENDMOREACKS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_SENDMOREACKS: number = c.TCP_SENDMOREACKS as number;
/**
 * `TCP_ENABLE_ECN` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: macOS 260; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_ENABLE_ECN } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_ENABLE_ECN));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_ENABLE_ECN: number = c.TCP_ENABLE_ECN as number;
/**
 * `TCP_CONNECTION_INFO` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: macOS 262; not defined on Linux or Windows.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_CONNECTION_INFO } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_CONNECTION_INFO));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_CONNECTION_INFO: number = c.TCP_CONNECTION_INFO as number;
/**
 * `FIOCLEX` is an `ioctl()` request number.
 * Value: macOS 536897025; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { FIOCLEX } from "@berkeley/socket";
 * console.log(FIOCLEX); // undefined on a platform without it
 * ```
 */
export const FIOCLEX: number = c.FIOCLEX as number;
/**
 * `FIONCLEX` is an `ioctl()` request number.
 * Value: macOS 536897026; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { FIONCLEX } from "@berkeley/socket";
 * console.log(FIONCLEX); // undefined on a platform without it
 * ```
 */
export const FIONCLEX: number = c.FIONCLEX as number;
/**
 * `FIOASYNC` is an `ioctl()` request number.
 * Value: macOS 2147772029, Windows 2147772029; not defined on Linux.
 *
 * @example Read the value
 * ```ts
 * import { FIOASYNC } from "@berkeley/socket";
 * console.log(FIOASYNC); // undefined on a platform without it
 * ```
 */
export const FIOASYNC: number = c.FIOASYNC as number;
/**
 * `FIOSETOWN` is an `ioctl()` request number.
 * Value: macOS 2147772028; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { FIOSETOWN } from "@berkeley/socket";
 * console.log(FIOSETOWN); // undefined on a platform without it
 * ```
 */
export const FIOSETOWN: number = c.FIOSETOWN as number;
/**
 * `FIOGETOWN` is an `ioctl()` request number.
 * Value: macOS 1074030203; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { FIOGETOWN } from "@berkeley/socket";
 * console.log(FIOGETOWN); // undefined on a platform without it
 * ```
 */
export const FIOGETOWN: number = c.FIOGETOWN as number;
/**
 * `FIODTYPE` is an `ioctl()` request number.
 * Value: macOS 1074030202; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { FIODTYPE } from "@berkeley/socket";
 * console.log(FIODTYPE); // undefined on a platform without it
 * ```
 */
export const FIODTYPE: number = c.FIODTYPE as number;
/**
 * `SIOCSPGRP` is an `ioctl()` request number.
 * Value: macOS 2147775240; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SIOCSPGRP } from "@berkeley/socket";
 * console.log(SIOCSPGRP); // undefined on a platform without it
 * ```
 */
export const SIOCSPGRP: number = c.SIOCSPGRP as number;
/**
 * `SIOCGPGRP` is an `ioctl()` request number.
 * Value: macOS 1074033417; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SIOCGPGRP } from "@berkeley/socket";
 * console.log(SIOCGPGRP); // undefined on a platform without it
 * ```
 */
export const SIOCGPGRP: number = c.SIOCGPGRP as number;
/**
 * `SIOCSIFFLAGS` is an `ioctl()` request number.
 * Value: macOS 2149607696; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SIOCSIFFLAGS } from "@berkeley/socket";
 * console.log(SIOCSIFFLAGS); // undefined on a platform without it
 * ```
 */
export const SIOCSIFFLAGS: number = c.SIOCSIFFLAGS as number;
/**
 * `SIOCGIFDSTADDR` is an `ioctl()` request number.
 * Value: macOS 3223349538; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SIOCGIFDSTADDR } from "@berkeley/socket";
 * console.log(SIOCGIFDSTADDR); // undefined on a platform without it
 * ```
 */
export const SIOCGIFDSTADDR: number = c.SIOCGIFDSTADDR as number;
/**
 * `SIOCGIFBRDADDR` is an `ioctl()` request number.
 * Value: macOS 3223349539; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SIOCGIFBRDADDR } from "@berkeley/socket";
 * console.log(SIOCGIFBRDADDR); // undefined on a platform without it
 * ```
 */
export const SIOCGIFBRDADDR: number = c.SIOCGIFBRDADDR as number;
/**
 * `SIOCGIFCONF` is an `ioctl()` request number.
 * Value: macOS 3222038820; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SIOCGIFCONF } from "@berkeley/socket";
 * console.log(SIOCGIFCONF); // undefined on a platform without it
 * ```
 */
export const SIOCGIFCONF: number = c.SIOCGIFCONF as number;
/**
 * `SIOCGIFNETMASK` is an `ioctl()` request number.
 * Value: macOS 3223349541; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SIOCGIFNETMASK } from "@berkeley/socket";
 * console.log(SIOCGIFNETMASK); // undefined on a platform without it
 * ```
 */
export const SIOCGIFNETMASK: number = c.SIOCGIFNETMASK as number;
/**
 * `SIOCADDMULTI` is an `ioctl()` request number.
 * Value: macOS 2149607729; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SIOCADDMULTI } from "@berkeley/socket";
 * console.log(SIOCADDMULTI); // undefined on a platform without it
 * ```
 */
export const SIOCADDMULTI: number = c.SIOCADDMULTI as number;
/**
 * `SIOCDELMULTI` is an `ioctl()` request number.
 * Value: macOS 2149607730; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SIOCDELMULTI } from "@berkeley/socket";
 * console.log(SIOCDELMULTI); // undefined on a platform without it
 * ```
 */
export const SIOCDELMULTI: number = c.SIOCDELMULTI as number;
/**
 * `SIOCGIFMTU` is an `ioctl()` request number.
 * Value: macOS 3223349555; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SIOCGIFMTU } from "@berkeley/socket";
 * console.log(SIOCGIFMTU); // undefined on a platform without it
 * ```
 */
export const SIOCGIFMTU: number = c.SIOCGIFMTU as number;
/**
 * `SIOCSIFMTU` is an `ioctl()` request number.
 * Value: macOS 2149607732; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { SIOCSIFMTU } from "@berkeley/socket";
 * console.log(SIOCSIFMTU); // undefined on a platform without it
 * ```
 */
export const SIOCSIFMTU: number = c.SIOCSIFMTU as number;
/**
 * `IFNAMSIZ` is the size of an interface name, its NUL included.
 * Value: macOS 16; not defined on Linux or Windows.
 *
 * @example Make room for an interface name
 * ```ts
 * import { IFNAMSIZ } from "@berkeley/socket";
 * const name = new Uint8Array(IFNAMSIZ);
 * console.log(name.length);
 * ```
 */
export const IFNAMSIZ: number = c.IFNAMSIZ as number;
/**
 * `IFF_OACTIVE` is an interface flag, as `SIOCGIFFLAGS` reports it in `ifr_flags`.
 * Value: macOS 1024; not defined on Linux or Windows.
 *
 * @example Test an interface's flag
 * ```ts
 * import { IFF_OACTIVE } from "@berkeley/socket";
 * const ifr = new DataView(new ArrayBuffer(40)); // struct ifreq after SIOCGIFFLAGS
 * console.log((ifr.getUint16(16, true) & IFF_OACTIVE) !== 0); // ifr_flags
 * ```
 */
export const IFF_OACTIVE: number = c.IFF_OACTIVE as number;
/**
 * `IFF_SIMPLEX` is an interface flag, as `SIOCGIFFLAGS` reports it in `ifr_flags`.
 * Value: macOS 2048; not defined on Linux or Windows.
 *
 * @example Test an interface's flag
 * ```ts
 * import { IFF_SIMPLEX } from "@berkeley/socket";
 * const ifr = new DataView(new ArrayBuffer(40)); // struct ifreq after SIOCGIFFLAGS
 * console.log((ifr.getUint16(16, true) & IFF_SIMPLEX) !== 0); // ifr_flags
 * ```
 */
export const IFF_SIMPLEX: number = c.IFF_SIMPLEX as number;
/**
 * `IFF_LINK0` is an interface flag, as `SIOCGIFFLAGS` reports it in `ifr_flags`.
 * Value: macOS 4096; not defined on Linux or Windows.
 *
 * @example Test an interface's flag
 * ```ts
 * import { IFF_LINK0 } from "@berkeley/socket";
 * const ifr = new DataView(new ArrayBuffer(40)); // struct ifreq after SIOCGIFFLAGS
 * console.log((ifr.getUint16(16, true) & IFF_LINK0) !== 0); // ifr_flags
 * ```
 */
export const IFF_LINK0: number = c.IFF_LINK0 as number;
/**
 * `IFF_LINK1` is an interface flag, as `SIOCGIFFLAGS` reports it in `ifr_flags`.
 * Value: macOS 8192; not defined on Linux or Windows.
 *
 * @example Test an interface's flag
 * ```ts
 * import { IFF_LINK1 } from "@berkeley/socket";
 * const ifr = new DataView(new ArrayBuffer(40)); // struct ifreq after SIOCGIFFLAGS
 * console.log((ifr.getUint16(16, true) & IFF_LINK1) !== 0); // ifr_flags
 * ```
 */
export const IFF_LINK1: number = c.IFF_LINK1 as number;
/**
 * `IFF_LINK2` is an interface flag, as `SIOCGIFFLAGS` reports it in `ifr_flags`.
 * Value: macOS 16384; not defined on Linux or Windows.
 *
 * @example Test an interface's flag
 * ```ts
 * import { IFF_LINK2 } from "@berkeley/socket";
 * const ifr = new DataView(new ArrayBuffer(40)); // struct ifreq after SIOCGIFFLAGS
 * console.log((ifr.getUint16(16, true) & IFF_LINK2) !== 0); // ifr_flags
 * ```
 */
export const IFF_LINK2: number = c.IFF_LINK2 as number;
/**
 * `IFF_ALTPHYS` is an interface flag, as `SIOCGIFFLAGS` reports it in `ifr_flags`.
 * Value: macOS 16384; not defined on Linux or Windows.
 *
 * @example Test an interface's flag
 * ```ts
 * import { IFF_ALTPHYS } from "@berkeley/socket";
 * const ifr = new DataView(new ArrayBuffer(40)); // struct ifreq after SIOCGIFFLAGS
 * console.log((ifr.getUint16(16, true) & IFF_ALTPHYS) !== 0); // ifr_flags
 * ```
 */
export const IFF_ALTPHYS: number = c.IFF_ALTPHYS as number;
/**
 * `NETDB_INTERNAL` is an `h_errno` value: `herror`'s errno.
 * Value: macOS -1; not defined on Linux or Windows.
 *
 * @example Tell the resolver's failure apart
 * ```ts
 * import { gethostbyname_ex, herror, NETDB_INTERNAL } from "@berkeley/socket";
 * try {
 *   gethostbyname_ex("no-such-host.invalid");
 * } catch (e) {
 *   if (e instanceof herror && e.errno === NETDB_INTERNAL) console.log(e.strerror);
 * }
 * ```
 */
export const NETDB_INTERNAL: number = c.NETDB_INTERNAL as number;
/**
 * `NETDB_SUCCESS` is a socket-related constant from the C headers.
 * Value: macOS 0; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { NETDB_SUCCESS } from "@berkeley/socket";
 * console.log(NETDB_SUCCESS); // undefined on a platform without it
 * ```
 */
export const NETDB_SUCCESS: number = c.NETDB_SUCCESS as number;
/**
 * `HOST_NOT_FOUND` is an `h_errno` value: `herror`'s errno.
 * Value: macOS 1; not defined on Linux or Windows.
 *
 * @example Tell the resolver's failure apart
 * ```ts
 * import { gethostbyname_ex, herror, HOST_NOT_FOUND } from "@berkeley/socket";
 * try {
 *   gethostbyname_ex("no-such-host.invalid");
 * } catch (e) {
 *   if (e instanceof herror && e.errno === HOST_NOT_FOUND) console.log(e.strerror);
 * }
 * ```
 */
export const HOST_NOT_FOUND: number = c.HOST_NOT_FOUND as number;
/**
 * `TRY_AGAIN` is an `h_errno` value: `herror`'s errno.
 * Value: macOS 2; not defined on Linux or Windows.
 *
 * @example Tell the resolver's failure apart
 * ```ts
 * import { gethostbyname_ex, herror, TRY_AGAIN } from "@berkeley/socket";
 * try {
 *   gethostbyname_ex("no-such-host.invalid");
 * } catch (e) {
 *   if (e instanceof herror && e.errno === TRY_AGAIN) console.log(e.strerror);
 * }
 * ```
 */
export const TRY_AGAIN: number = c.TRY_AGAIN as number;
/**
 * `NO_RECOVERY` is an `h_errno` value: `herror`'s errno.
 * Value: macOS 3; not defined on Linux or Windows.
 *
 * @example Tell the resolver's failure apart
 * ```ts
 * import { gethostbyname_ex, herror, NO_RECOVERY } from "@berkeley/socket";
 * try {
 *   gethostbyname_ex("no-such-host.invalid");
 * } catch (e) {
 *   if (e instanceof herror && e.errno === NO_RECOVERY) console.log(e.strerror);
 * }
 * ```
 */
export const NO_RECOVERY: number = c.NO_RECOVERY as number;
/**
 * `NO_DATA` is an `h_errno` value: `herror`'s errno.
 * Value: macOS 4; not defined on Linux or Windows.
 *
 * @example Tell the resolver's failure apart
 * ```ts
 * import { gethostbyname_ex, herror, NO_DATA } from "@berkeley/socket";
 * try {
 *   gethostbyname_ex("no-such-host.invalid");
 * } catch (e) {
 *   if (e instanceof herror && e.errno === NO_DATA) console.log(e.strerror);
 * }
 * ```
 */
export const NO_DATA: number = c.NO_DATA as number;
/**
 * `NO_ADDRESS` is an `h_errno` value: `herror`'s errno.
 * Value: macOS 4; not defined on Linux or Windows.
 *
 * @example Tell the resolver's failure apart
 * ```ts
 * import { gethostbyname_ex, herror, NO_ADDRESS } from "@berkeley/socket";
 * try {
 *   gethostbyname_ex("no-such-host.invalid");
 * } catch (e) {
 *   if (e instanceof herror && e.errno === NO_ADDRESS) console.log(e.strerror);
 * }
 * ```
 */
export const NO_ADDRESS: number = c.NO_ADDRESS as number;
/**
 * `EAI_BADHINTS` is a `getaddrinfo()`/`getnameinfo()` error code: `gaierror`'s errno.
 * Value: macOS 12; not defined on Linux or Windows.
 *
 * @example Tell the resolver's failure apart
 * ```ts
 * import { EAI_BADHINTS, gaierror, getaddrinfo } from "@berkeley/socket";
 * try {
 *   getaddrinfo("no-such-host.invalid", 80);
 * } catch (e) {
 *   if (e instanceof gaierror && e.errno === EAI_BADHINTS) console.log(e.strerror);
 * }
 * ```
 */
export const EAI_BADHINTS: number = c.EAI_BADHINTS as number;
/**
 * `EAI_PROTOCOL` is a `getaddrinfo()`/`getnameinfo()` error code: `gaierror`'s errno.
 * Value: macOS 13; not defined on Linux or Windows.
 *
 * @example Tell the resolver's failure apart
 * ```ts
 * import { EAI_PROTOCOL, gaierror, getaddrinfo } from "@berkeley/socket";
 * try {
 *   getaddrinfo("no-such-host.invalid", 80);
 * } catch (e) {
 *   if (e instanceof gaierror && e.errno === EAI_PROTOCOL) console.log(e.strerror);
 * }
 * ```
 */
export const EAI_PROTOCOL: number = c.EAI_PROTOCOL as number;
/**
 * `EAI_MAX` is a socket-related constant from the C headers.
 * Value: macOS 15; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { EAI_MAX } from "@berkeley/socket";
 * console.log(EAI_MAX); // undefined on a platform without it
 * ```
 */
export const EAI_MAX: number = c.EAI_MAX as number;
/**
 * `AI_MASK` is a socket-related constant from the C headers.
 * Value: macOS 5127; not defined on Linux or Windows.
 *
 * @example Read the value
 * ```ts
 * import { AI_MASK } from "@berkeley/socket";
 * console.log(AI_MASK); // undefined on a platform without it
 * ```
 */
export const AI_MASK: number = c.AI_MASK as number;
/**
 * `AI_V4MAPPED_CFG` is a `getaddrinfo()` flag.
 * Value: macOS 512; not defined on Linux or Windows.
 *
 * @example Resolve with the flag
 * ```ts
 * import { AF_INET, AI_V4MAPPED_CFG, getaddrinfo, SOCK_STREAM } from "@berkeley/socket";
 * console.log(getaddrinfo("127.0.0.1", 80, AF_INET, SOCK_STREAM, 0, AI_V4MAPPED_CFG));
 * ```
 */
export const AI_V4MAPPED_CFG: number = c.AI_V4MAPPED_CFG as number;
/**
 * `AI_DEFAULT` is a `getaddrinfo()` flag.
 * Value: macOS 1536; not defined on Linux or Windows.
 *
 * @example Resolve with the flag
 * ```ts
 * import { AF_INET, AI_DEFAULT, getaddrinfo, SOCK_STREAM } from "@berkeley/socket";
 * console.log(getaddrinfo("127.0.0.1", 80, AF_INET, SOCK_STREAM, 0, AI_DEFAULT));
 * ```
 */
export const AI_DEFAULT: number = c.AI_DEFAULT as number;
/**
 * `AI_UNUSABLE` is a `getaddrinfo()` flag.
 * Value: macOS 268435456; not defined on Linux or Windows.
 *
 * @example Resolve with the flag
 * ```ts
 * import { AF_INET, AI_UNUSABLE, getaddrinfo, SOCK_STREAM } from "@berkeley/socket";
 * console.log(getaddrinfo("127.0.0.1", 80, AF_INET, SOCK_STREAM, 0, AI_UNUSABLE));
 * ```
 */
export const AI_UNUSABLE: number = c.AI_UNUSABLE as number;
/**
 * `NI_NUMERICSCOPE` is a `getnameinfo()` flag.
 * Value: macOS 256; not defined on Linux or Windows.
 *
 * @example Look an address up with the flag
 * ```ts
 * import { getnameinfo, NI_NUMERICSCOPE } from "@berkeley/socket";
 * console.log(getnameinfo(["127.0.0.1", 80], NI_NUMERICSCOPE));
 * ```
 */
export const NI_NUMERICSCOPE: number = c.NI_NUMERICSCOPE as number;
/**
 * `NI_WITHSCOPEID` is a `getnameinfo()` flag.
 * Value: macOS 32; not defined on Linux or Windows.
 *
 * @example Look an address up with the flag
 * ```ts
 * import { getnameinfo, NI_WITHSCOPEID } from "@berkeley/socket";
 * console.log(getnameinfo(["127.0.0.1", 80], NI_WITHSCOPEID));
 * ```
 */
export const NI_WITHSCOPEID: number = c.NI_WITHSCOPEID as number;
/**
 * `AF_VOICEVIEW` is an address family: `socket()`'s first argument.
 * Value: Windows 18; not defined on Linux or macOS.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_VOICEVIEW, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_VOICEVIEW); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_VOICEVIEW: number = c.AF_VOICEVIEW as number;
/**
 * `AF_FIREFOX` is an address family: `socket()`'s first argument.
 * Value: Windows 19; not defined on Linux or macOS.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_FIREFOX, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_FIREFOX); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_FIREFOX: number = c.AF_FIREFOX as number;
/**
 * `AF_UNKNOWN1` is an address family: `socket()`'s first argument.
 * Value: Windows 20; not defined on Linux or macOS.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_UNKNOWN1, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_UNKNOWN1); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_UNKNOWN1: number = c.AF_UNKNOWN1 as number;
/**
 * `AF_BAN` is an address family: `socket()`'s first argument.
 * Value: Windows 21; not defined on Linux or macOS.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_BAN, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_BAN); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_BAN: number = c.AF_BAN as number;
/**
 * `AF_ATM` is an address family: `socket()`'s first argument.
 * Value: Windows 22; not defined on Linux or macOS.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_ATM, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_ATM); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_ATM: number = c.AF_ATM as number;
/**
 * `AF_CLUSTER` is an address family: `socket()`'s first argument.
 * Value: Windows 24; not defined on Linux or macOS.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_CLUSTER, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_CLUSTER); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_CLUSTER: number = c.AF_CLUSTER as number;
/**
 * `AF_12844` is an address family: `socket()`'s first argument.
 * Value: Windows 25; not defined on Linux or macOS.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_12844, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_12844); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_12844: number = c.AF_12844 as number;
/**
 * `AF_NETDES` is an address family: `socket()`'s first argument.
 * Value: Windows 28; not defined on Linux or macOS.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_NETDES, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_NETDES); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_NETDES: number = c.AF_NETDES as number;
/**
 * `AF_TCNPROCESS` is an address family: `socket()`'s first argument.
 * Value: Windows 29; not defined on Linux or macOS.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_TCNPROCESS, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_TCNPROCESS); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_TCNPROCESS: number = c.AF_TCNPROCESS as number;
/**
 * `AF_TCNMESSAGE` is an address family: `socket()`'s first argument.
 * Value: Windows 30; not defined on Linux or macOS.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_TCNMESSAGE, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_TCNMESSAGE); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_TCNMESSAGE: number = c.AF_TCNMESSAGE as number;
/**
 * `AF_ICLFXBM` is an address family: `socket()`'s first argument.
 * Value: Windows 31; not defined on Linux or macOS.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_ICLFXBM, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_ICLFXBM); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_ICLFXBM: number = c.AF_ICLFXBM as number;
/**
 * `AF_BTH` is an address family: `socket()`'s first argument.
 * Value: Windows 32; not defined on Linux or macOS.
 *
 * @example Compare with a socket's family
 * ```ts
 * import { AF_BTH, socket } from "@berkeley/socket";
 * const s = socket();
 * console.log(s.family === AF_BTH); // false: socket() makes AF_INET sockets
 * s.close();
 * ```
 */
export const AF_BTH: number = c.AF_BTH as number;
/**
 * `SO_DONTLINGER` is a socket option at level `SOL_SOCKET`.
 * Value: Windows -129; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_DONTLINGER, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_DONTLINGER));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_DONTLINGER: number = c.SO_DONTLINGER as number;
/**
 * `SO_EXCLUSIVEADDRUSE` is a socket option at level `SOL_SOCKET`.
 * Value: Windows -5; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_EXCLUSIVEADDRUSE, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_EXCLUSIVEADDRUSE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_EXCLUSIVEADDRUSE: number = c.SO_EXCLUSIVEADDRUSE as number;
/**
 * `SO_GROUP_ID` is a socket option at level `SOL_SOCKET`.
 * Value: Windows 8193; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_GROUP_ID, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_GROUP_ID));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_GROUP_ID: number = c.SO_GROUP_ID as number;
/**
 * `SO_GROUP_PRIORITY` is a socket option at level `SOL_SOCKET`.
 * Value: Windows 8194; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_GROUP_PRIORITY, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_GROUP_PRIORITY));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_GROUP_PRIORITY: number = c.SO_GROUP_PRIORITY as number;
/**
 * `SO_MAX_MSG_SIZE` is a socket option at level `SOL_SOCKET`.
 * Value: Windows 8195; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_MAX_MSG_SIZE, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_MAX_MSG_SIZE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_MAX_MSG_SIZE: number = c.SO_MAX_MSG_SIZE as number;
/**
 * `SO_PROTOCOL_INFOA` is a socket option at level `SOL_SOCKET`.
 * Value: Windows 8196; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_PROTOCOL_INFOA, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_PROTOCOL_INFOA));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_PROTOCOL_INFOA: number = c.SO_PROTOCOL_INFOA as number;
/**
 * `SO_PROTOCOL_INFOW` is a socket option at level `SOL_SOCKET`.
 * Value: Windows 8197; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_PROTOCOL_INFOW, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_PROTOCOL_INFOW));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_PROTOCOL_INFOW: number = c.SO_PROTOCOL_INFOW as number;
/**
 * `SO_PROTOCOL_INFO` is a socket option at level `SOL_SOCKET`.
 * Value: Windows 8196; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_PROTOCOL_INFO, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_PROTOCOL_INFO));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_PROTOCOL_INFO: number = c.SO_PROTOCOL_INFO as number;
/**
 * `SO_CONDITIONAL_ACCEPT` is a socket option at level `SOL_SOCKET`.
 * Value: Windows 12290; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_CONDITIONAL_ACCEPT, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_CONDITIONAL_ACCEPT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_CONDITIONAL_ACCEPT: number = c.SO_CONDITIONAL_ACCEPT as number;
/**
 * `SO_CONNDATA` is a socket option at level `SOL_SOCKET`.
 * Value: Windows 28672; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_CONNDATA, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_CONNDATA));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_CONNDATA: number = c.SO_CONNDATA as number;
/**
 * `SO_CONNOPT` is a socket option at level `SOL_SOCKET`.
 * Value: Windows 28673; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_CONNOPT, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_CONNOPT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_CONNOPT: number = c.SO_CONNOPT as number;
/**
 * `SO_DISCDATA` is a socket option at level `SOL_SOCKET`.
 * Value: Windows 28674; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_DISCDATA, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_DISCDATA));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_DISCDATA: number = c.SO_DISCDATA as number;
/**
 * `SO_DISCOPT` is a socket option at level `SOL_SOCKET`.
 * Value: Windows 28675; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_DISCOPT, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_DISCOPT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_DISCOPT: number = c.SO_DISCOPT as number;
/**
 * `SO_CONNDATALEN` is a socket option at level `SOL_SOCKET`.
 * Value: Windows 28676; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_CONNDATALEN, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_CONNDATALEN));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_CONNDATALEN: number = c.SO_CONNDATALEN as number;
/**
 * `SO_CONNOPTLEN` is a socket option at level `SOL_SOCKET`.
 * Value: Windows 28677; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_CONNOPTLEN, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_CONNOPTLEN));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_CONNOPTLEN: number = c.SO_CONNOPTLEN as number;
/**
 * `SO_DISCDATALEN` is a socket option at level `SOL_SOCKET`.
 * Value: Windows 28678; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_DISCDATALEN, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_DISCDATALEN));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_DISCDATALEN: number = c.SO_DISCDATALEN as number;
/**
 * `SO_DISCOPTLEN` is a socket option at level `SOL_SOCKET`.
 * Value: Windows 28679; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_DISCOPTLEN, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_DISCOPTLEN));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_DISCOPTLEN: number = c.SO_DISCOPTLEN as number;
/**
 * `SO_OPENTYPE` is a socket option at level `SOL_SOCKET`.
 * Value: Windows 28680; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_OPENTYPE, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_OPENTYPE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_OPENTYPE: number = c.SO_OPENTYPE as number;
/**
 * `SO_SYNCHRONOUS_ALERT` is a socket option at level `SOL_SOCKET`.
 * Value: Windows 16; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_SYNCHRONOUS_ALERT, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_SYNCHRONOUS_ALERT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_SYNCHRONOUS_ALERT: number = c.SO_SYNCHRONOUS_ALERT as number;
/**
 * `SO_SYNCHRONOUS_NONALERT` is a socket option at level `SOL_SOCKET`.
 * Value: Windows 32; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_SYNCHRONOUS_NONALERT, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_SYNCHRONOUS_NONALERT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_SYNCHRONOUS_NONALERT: number = c
  .SO_SYNCHRONOUS_NONALERT as number;
/**
 * `SO_MAXDG` is a socket option at level `SOL_SOCKET`.
 * Value: Windows 28681; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_MAXDG, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_MAXDG));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_MAXDG: number = c.SO_MAXDG as number;
/**
 * `SO_MAXPATHDG` is a socket option at level `SOL_SOCKET`.
 * Value: Windows 28682; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_MAXPATHDG, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_MAXPATHDG));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_MAXPATHDG: number = c.SO_MAXPATHDG as number;
/**
 * `SO_UPDATE_ACCEPT_CONTEXT` is a socket option at level `SOL_SOCKET`.
 * Value: Windows 28683; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_UPDATE_ACCEPT_CONTEXT, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_UPDATE_ACCEPT_CONTEXT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_UPDATE_ACCEPT_CONTEXT: number = c
  .SO_UPDATE_ACCEPT_CONTEXT as number;
/**
 * `SO_CONNECT_TIME` is a socket option at level `SOL_SOCKET`.
 * Value: Windows 28684; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_CONNECT_TIME, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_CONNECT_TIME));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_CONNECT_TIME: number = c.SO_CONNECT_TIME as number;
/**
 * `SO_UPDATE_CONNECT_CONTEXT` is a socket option at level `SOL_SOCKET`.
 * Value: Windows 28688; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { SO_UPDATE_CONNECT_CONTEXT, socket, SOL_SOCKET } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(SOL_SOCKET, SO_UPDATE_CONNECT_CONTEXT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const SO_UPDATE_CONNECT_CONTEXT: number = c
  .SO_UPDATE_CONNECT_CONTEXT as number;
/**
 * `MSG_PUSH_IMMEDIATE` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: Windows 32; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { MSG_PUSH_IMMEDIATE } from "@berkeley/socket";
 * console.log(MSG_PUSH_IMMEDIATE); // undefined on a platform without it
 * ```
 */
export const MSG_PUSH_IMMEDIATE: number = c.MSG_PUSH_IMMEDIATE as number;
/**
 * `MSG_PARTIAL` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: Windows 32768; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { MSG_PARTIAL } from "@berkeley/socket";
 * console.log(MSG_PARTIAL); // undefined on a platform without it
 * ```
 */
export const MSG_PARTIAL: number = c.MSG_PARTIAL as number;
/**
 * `MSG_INTERRUPT` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: Windows 16; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { MSG_INTERRUPT } from "@berkeley/socket";
 * console.log(MSG_INTERRUPT); // undefined on a platform without it
 * ```
 */
export const MSG_INTERRUPT: number = c.MSG_INTERRUPT as number;
/**
 * `MSG_MAXIOVLEN` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: Windows 16; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { MSG_MAXIOVLEN } from "@berkeley/socket";
 * console.log(MSG_MAXIOVLEN); // undefined on a platform without it
 * ```
 */
export const MSG_MAXIOVLEN: number = c.MSG_MAXIOVLEN as number;
/**
 * `MSG_BCAST` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: Windows 1024; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { MSG_BCAST } from "@berkeley/socket";
 * console.log(MSG_BCAST); // undefined on a platform without it
 * ```
 */
export const MSG_BCAST: number = c.MSG_BCAST as number;
/**
 * `MSG_MCAST` is a flag for `send()`, `recv()` and their kin, or in `recvmsg()`'s flags.
 * Value: Windows 2048; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { MSG_MCAST } from "@berkeley/socket";
 * console.log(MSG_MCAST); // undefined on a platform without it
 * ```
 */
export const MSG_MCAST: number = c.MSG_MCAST as number;
/**
 * `IPPROTO_CBT` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Windows 7; not defined on Linux or macOS.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_CBT, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_CBT);
 * s.close();
 * ```
 */
export const IPPROTO_CBT: number = c.IPPROTO_CBT as number;
/**
 * `IPPROTO_ICLFXBM` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Windows 78; not defined on Linux or macOS.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_ICLFXBM, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_ICLFXBM);
 * s.close();
 * ```
 */
export const IPPROTO_ICLFXBM: number = c.IPPROTO_ICLFXBM as number;
/**
 * `IPPROTO_L2TP` is an IP protocol number: `socket()`'s third argument, or an option level.
 * Value: Windows 115; not defined on Linux or macOS.
 *
 * @example Open a raw socket for the protocol (needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_L2TP, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_L2TP);
 * s.close();
 * ```
 */
export const IPPROTO_L2TP: number = c.IPPROTO_L2TP as number;
/**
 * `IP_DONTFRAGMENT` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Windows 14; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_DONTFRAGMENT, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_DONTFRAGMENT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_DONTFRAGMENT: number = c.IP_DONTFRAGMENT as number;
/**
 * `IP_HOPLIMIT` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Windows 21; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_HOPLIMIT, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_HOPLIMIT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_HOPLIMIT: number = c.IP_HOPLIMIT as number;
/**
 * `IP_RECEIVE_BROADCAST` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Windows 22; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_RECEIVE_BROADCAST, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_RECEIVE_BROADCAST));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_RECEIVE_BROADCAST: number = c.IP_RECEIVE_BROADCAST as number;
/**
 * `IP_IFLIST` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Windows 28; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_IFLIST, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_IFLIST));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_IFLIST: number = c.IP_IFLIST as number;
/**
 * `IP_ADD_IFLIST` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Windows 29; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_ADD_IFLIST, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_ADD_IFLIST));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_ADD_IFLIST: number = c.IP_ADD_IFLIST as number;
/**
 * `IP_DEL_IFLIST` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Windows 30; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_DEL_IFLIST, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_DEL_IFLIST));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_DEL_IFLIST: number = c.IP_DEL_IFLIST as number;
/**
 * `IP_RTHDR` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Windows 32; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_RTHDR, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_RTHDR));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_RTHDR: number = c.IP_RTHDR as number;
/**
 * `IP_GET_IFLIST` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Windows 33; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_GET_IFLIST, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_GET_IFLIST));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_GET_IFLIST: number = c.IP_GET_IFLIST as number;
/**
 * `IP_RECVRTHDR` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Windows 38; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_RECVRTHDR, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_RECVRTHDR));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_RECVRTHDR: number = c.IP_RECVRTHDR as number;
/**
 * `IP_TCLASS` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Windows 39; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_TCLASS, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_TCLASS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_TCLASS: number = c.IP_TCLASS as number;
/**
 * `IP_RECVTCLASS` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Windows 40; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_RECVTCLASS, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_RECVTCLASS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_RECVTCLASS: number = c.IP_RECVTCLASS as number;
/**
 * `IP_ORIGINAL_ARRIVAL_IF` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Windows 47; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_ORIGINAL_ARRIVAL_IF, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_ORIGINAL_ARRIVAL_IF));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_ORIGINAL_ARRIVAL_IF: number = c
  .IP_ORIGINAL_ARRIVAL_IF as number;
/**
 * `IP_ECN` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Windows 50; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_ECN, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_ECN));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_ECN: number = c.IP_ECN as number;
/**
 * `IP_PKTINFO_EX` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Windows 51; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_PKTINFO_EX, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_PKTINFO_EX));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_PKTINFO_EX: number = c.IP_PKTINFO_EX as number;
/**
 * `IP_WFP_REDIRECT_RECORDS` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Windows 60; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_WFP_REDIRECT_RECORDS, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_WFP_REDIRECT_RECORDS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_WFP_REDIRECT_RECORDS: number = c
  .IP_WFP_REDIRECT_RECORDS as number;
/**
 * `IP_WFP_REDIRECT_CONTEXT` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Windows 70; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_WFP_REDIRECT_CONTEXT, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_WFP_REDIRECT_CONTEXT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_WFP_REDIRECT_CONTEXT: number = c
  .IP_WFP_REDIRECT_CONTEXT as number;
/**
 * `IP_NRT_INTERFACE` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Windows 74; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_NRT_INTERFACE, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_NRT_INTERFACE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_NRT_INTERFACE: number = c.IP_NRT_INTERFACE as number;
/**
 * `IP_USER_MTU` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Windows 76; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_USER_MTU, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_USER_MTU));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_USER_MTU: number = c.IP_USER_MTU as number;
/**
 * `IP_UNSPECIFIED_TYPE_OF_SERVICE` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Windows -1; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { IP_UNSPECIFIED_TYPE_OF_SERVICE } from "@berkeley/socket";
 * console.log(IP_UNSPECIFIED_TYPE_OF_SERVICE); // undefined on a platform without it
 * ```
 */
export const IP_UNSPECIFIED_TYPE_OF_SERVICE: number = c
  .IP_UNSPECIFIED_TYPE_OF_SERVICE as number;
/**
 * `IP_UNSPECIFIED_HOP_LIMIT` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Windows -1; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { IP_UNSPECIFIED_HOP_LIMIT } from "@berkeley/socket";
 * console.log(IP_UNSPECIFIED_HOP_LIMIT); // undefined on a platform without it
 * ```
 */
export const IP_UNSPECIFIED_HOP_LIMIT: number = c
  .IP_UNSPECIFIED_HOP_LIMIT as number;
/**
 * `IP_PROTECTION_LEVEL` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Windows 23; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET, IP_PROTECTION_LEVEL, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IP, IP_PROTECTION_LEVEL));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IP_PROTECTION_LEVEL: number = c.IP_PROTECTION_LEVEL as number;
/**
 * `IP_PMTUDISC_NOT_SET` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Windows 0; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { IP_PMTUDISC_NOT_SET } from "@berkeley/socket";
 * console.log(IP_PMTUDISC_NOT_SET); // undefined on a platform without it
 * ```
 */
export const IP_PMTUDISC_NOT_SET: number = c.IP_PMTUDISC_NOT_SET as number;
/**
 * `IP_PMTUDISC_MAX` is an IPv4 option at level `IPPROTO_IP`, or one of its values.
 * Value: Windows 4; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { IP_PMTUDISC_MAX } from "@berkeley/socket";
 * console.log(IP_PMTUDISC_MAX); // undefined on a platform without it
 * ```
 */
export const IP_PMTUDISC_MAX: number = c.IP_PMTUDISC_MAX as number;
/**
 * `IPV6_ADDRESS_BITS` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Windows 128; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { IPV6_ADDRESS_BITS } from "@berkeley/socket";
 * console.log(IPV6_ADDRESS_BITS); // undefined on a platform without it
 * ```
 */
export const IPV6_ADDRESS_BITS: number = c.IPV6_ADDRESS_BITS as number;
/**
 * `IPV6_PROTECTION_LEVEL` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Windows 23; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_PROTECTION_LEVEL, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_PROTECTION_LEVEL));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_PROTECTION_LEVEL: number = c.IPV6_PROTECTION_LEVEL as number;
/**
 * `IPV6_RECVIF` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Windows 24; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_RECVIF, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_RECVIF));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_RECVIF: number = c.IPV6_RECVIF as number;
/**
 * `IPV6_RECVDSTADDR` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Windows 25; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_RECVDSTADDR, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_RECVDSTADDR));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_RECVDSTADDR: number = c.IPV6_RECVDSTADDR as number;
/**
 * `IPV6_IFLIST` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Windows 28; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_IFLIST, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_IFLIST));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_IFLIST: number = c.IPV6_IFLIST as number;
/**
 * `IPV6_ADD_IFLIST` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Windows 29; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_ADD_IFLIST, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_ADD_IFLIST));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_ADD_IFLIST: number = c.IPV6_ADD_IFLIST as number;
/**
 * `IPV6_DEL_IFLIST` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Windows 30; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_DEL_IFLIST, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_DEL_IFLIST));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_DEL_IFLIST: number = c.IPV6_DEL_IFLIST as number;
/**
 * `IPV6_GET_IFLIST` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Windows 33; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_GET_IFLIST, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_GET_IFLIST));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_GET_IFLIST: number = c.IPV6_GET_IFLIST as number;
/**
 * `IPV6_ECN` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Windows 50; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_ECN, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_ECN));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_ECN: number = c.IPV6_ECN as number;
/**
 * `IPV6_PKTINFO_EX` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Windows 51; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_PKTINFO_EX, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_PKTINFO_EX));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_PKTINFO_EX: number = c.IPV6_PKTINFO_EX as number;
/**
 * `IPV6_WFP_REDIRECT_RECORDS` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Windows 60; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_WFP_REDIRECT_RECORDS, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_WFP_REDIRECT_RECORDS));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_WFP_REDIRECT_RECORDS: number = c
  .IPV6_WFP_REDIRECT_RECORDS as number;
/**
 * `IPV6_WFP_REDIRECT_CONTEXT` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Windows 70; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_WFP_REDIRECT_CONTEXT, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_WFP_REDIRECT_CONTEXT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_WFP_REDIRECT_CONTEXT: number = c
  .IPV6_WFP_REDIRECT_CONTEXT as number;
/**
 * `IPV6_NRT_INTERFACE` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Windows 74; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_NRT_INTERFACE, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_NRT_INTERFACE));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_NRT_INTERFACE: number = c.IPV6_NRT_INTERFACE as number;
/**
 * `IPV6_USER_MTU` is an IPv6 option at level `IPPROTO_IPV6`, or one of its values.
 * Value: Windows 76; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_USER_MTU, SOCK_DGRAM, socket } from "@berkeley/socket";
 * const s = socket(AF_INET6, SOCK_DGRAM);
 * try {
 *   console.log(s.getsockopt(IPPROTO_IPV6, IPV6_USER_MTU));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const IPV6_USER_MTU: number = c.IPV6_USER_MTU as number;
/**
 * `AI_NON_AUTHORITATIVE` is a `getaddrinfo()` flag.
 * Value: Windows 16384; not defined on Linux or macOS.
 *
 * @example Resolve with the flag
 * ```ts
 * import { AF_INET, AI_NON_AUTHORITATIVE, getaddrinfo, SOCK_STREAM } from "@berkeley/socket";
 * console.log(getaddrinfo("127.0.0.1", 80, AF_INET, SOCK_STREAM, 0, AI_NON_AUTHORITATIVE));
 * ```
 */
export const AI_NON_AUTHORITATIVE: number = c.AI_NON_AUTHORITATIVE as number;
/**
 * `AI_SECURE` is a `getaddrinfo()` flag.
 * Value: Windows 32768; not defined on Linux or macOS.
 *
 * @example Resolve with the flag
 * ```ts
 * import { AF_INET, AI_SECURE, getaddrinfo, SOCK_STREAM } from "@berkeley/socket";
 * console.log(getaddrinfo("127.0.0.1", 80, AF_INET, SOCK_STREAM, 0, AI_SECURE));
 * ```
 */
export const AI_SECURE: number = c.AI_SECURE as number;
/**
 * `AI_RETURN_PREFERRED_NAMES` is a `getaddrinfo()` flag.
 * Value: Windows 65536; not defined on Linux or macOS.
 *
 * @example Resolve with the flag
 * ```ts
 * import { AF_INET, AI_RETURN_PREFERRED_NAMES, getaddrinfo, SOCK_STREAM } from "@berkeley/socket";
 * console.log(getaddrinfo("127.0.0.1", 80, AF_INET, SOCK_STREAM, 0, AI_RETURN_PREFERRED_NAMES));
 * ```
 */
export const AI_RETURN_PREFERRED_NAMES: number = c
  .AI_RETURN_PREFERRED_NAMES as number;
/**
 * `AI_FQDN` is a `getaddrinfo()` flag.
 * Value: Windows 131072; not defined on Linux or macOS.
 *
 * @example Resolve with the flag
 * ```ts
 * import { AF_INET, AI_FQDN, getaddrinfo, SOCK_STREAM } from "@berkeley/socket";
 * console.log(getaddrinfo("127.0.0.1", 80, AF_INET, SOCK_STREAM, 0, AI_FQDN));
 * ```
 */
export const AI_FQDN: number = c.AI_FQDN as number;
/**
 * `AI_FILESERVER` is a `getaddrinfo()` flag.
 * Value: Windows 262144; not defined on Linux or macOS.
 *
 * @example Resolve with the flag
 * ```ts
 * import { AF_INET, AI_FILESERVER, getaddrinfo, SOCK_STREAM } from "@berkeley/socket";
 * console.log(getaddrinfo("127.0.0.1", 80, AF_INET, SOCK_STREAM, 0, AI_FILESERVER));
 * ```
 */
export const AI_FILESERVER: number = c.AI_FILESERVER as number;
/**
 * `AI_DISABLE_IDN_ENCODING` is a `getaddrinfo()` flag.
 * Value: Windows 524288; not defined on Linux or macOS.
 *
 * @example Resolve with the flag
 * ```ts
 * import { AF_INET, AI_DISABLE_IDN_ENCODING, getaddrinfo, SOCK_STREAM } from "@berkeley/socket";
 * console.log(getaddrinfo("127.0.0.1", 80, AF_INET, SOCK_STREAM, 0, AI_DISABLE_IDN_ENCODING));
 * ```
 */
export const AI_DISABLE_IDN_ENCODING: number = c
  .AI_DISABLE_IDN_ENCODING as number;
/**
 * `TCP_EXPEDITED_1122` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Windows 2; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_EXPEDITED_1122 } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_EXPEDITED_1122));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_EXPEDITED_1122: number = c.TCP_EXPEDITED_1122 as number;
/**
 * `TCP_INITIAL_RTO_UNSPECIFIED_RTT` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Windows 65535; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { TCP_INITIAL_RTO_UNSPECIFIED_RTT } from "@berkeley/socket";
 * console.log(TCP_INITIAL_RTO_UNSPECIFIED_RTT); // undefined on a platform without it
 * ```
 */
export const TCP_INITIAL_RTO_UNSPECIFIED_RTT: number = c
  .TCP_INITIAL_RTO_UNSPECIFIED_RTT as number;
/**
 * `TCP_INITIAL_RTO_UNSPECIFIED_MAX_SYN_RETRANSMISSIONS` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Windows 255; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { TCP_INITIAL_RTO_UNSPECIFIED_MAX_SYN_RETRANSMISSIONS } from "@berkeley/socket";
 * console.log(TCP_INITIAL_RTO_UNSPECIFIED_MAX_SYN_RETRANSMISSIONS); // undefined on a platform without it
 * ```
 */
export const TCP_INITIAL_RTO_UNSPECIFIED_MAX_SYN_RETRANSMISSIONS: number = c
  .TCP_INITIAL_RTO_UNSPECIFIED_MAX_SYN_RETRANSMISSIONS as number;
/**
 * `TCP_INITIAL_RTO_DEFAULT_RTT` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Windows 0; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { TCP_INITIAL_RTO_DEFAULT_RTT } from "@berkeley/socket";
 * console.log(TCP_INITIAL_RTO_DEFAULT_RTT); // undefined on a platform without it
 * ```
 */
export const TCP_INITIAL_RTO_DEFAULT_RTT: number = c
  .TCP_INITIAL_RTO_DEFAULT_RTT as number;
/**
 * `TCP_INITIAL_RTO_DEFAULT_MAX_SYN_RETRANSMISSIONS` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Windows 0; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { TCP_INITIAL_RTO_DEFAULT_MAX_SYN_RETRANSMISSIONS } from "@berkeley/socket";
 * console.log(TCP_INITIAL_RTO_DEFAULT_MAX_SYN_RETRANSMISSIONS); // undefined on a platform without it
 * ```
 */
export const TCP_INITIAL_RTO_DEFAULT_MAX_SYN_RETRANSMISSIONS: number = c
  .TCP_INITIAL_RTO_DEFAULT_MAX_SYN_RETRANSMISSIONS as number;
/**
 * `TCP_INITIAL_RTO_NO_SYN_RETRANSMISSIONS` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Windows 254; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { TCP_INITIAL_RTO_NO_SYN_RETRANSMISSIONS } from "@berkeley/socket";
 * console.log(TCP_INITIAL_RTO_NO_SYN_RETRANSMISSIONS); // undefined on a platform without it
 * ```
 */
export const TCP_INITIAL_RTO_NO_SYN_RETRANSMISSIONS: number = c
  .TCP_INITIAL_RTO_NO_SYN_RETRANSMISSIONS as number;
/**
 * `TCP_BSDURGENT` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Windows 28672; not defined on Linux or macOS.
 *
 * @example Query the option where the platform can read it
 * ```ts
 * import { IPPROTO_TCP, socket, TCP_BSDURGENT } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   console.log(s.getsockopt(IPPROTO_TCP, TCP_BSDURGENT));
 * } catch (e) {
 *   console.log(e); // write-only, needs a connection, or absent here
 * } finally {
 *   s.close();
 * }
 * ```
 */
export const TCP_BSDURGENT: number = c.TCP_BSDURGENT as number;
/**
 * `TCP_ICW_LEVEL_DEFAULT` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Windows 0; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { TCP_ICW_LEVEL_DEFAULT } from "@berkeley/socket";
 * console.log(TCP_ICW_LEVEL_DEFAULT); // undefined on a platform without it
 * ```
 */
export const TCP_ICW_LEVEL_DEFAULT: number = c.TCP_ICW_LEVEL_DEFAULT as number;
/**
 * `TCP_ICW_LEVEL_HIGH` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Windows 1; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { TCP_ICW_LEVEL_HIGH } from "@berkeley/socket";
 * console.log(TCP_ICW_LEVEL_HIGH); // undefined on a platform without it
 * ```
 */
export const TCP_ICW_LEVEL_HIGH: number = c.TCP_ICW_LEVEL_HIGH as number;
/**
 * `TCP_ICW_LEVEL_VERY_HIGH` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Windows 2; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { TCP_ICW_LEVEL_VERY_HIGH } from "@berkeley/socket";
 * console.log(TCP_ICW_LEVEL_VERY_HIGH); // undefined on a platform without it
 * ```
 */
export const TCP_ICW_LEVEL_VERY_HIGH: number = c
  .TCP_ICW_LEVEL_VERY_HIGH as number;
/**
 * `TCP_ICW_LEVEL_AGGRESSIVE` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Windows 3; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { TCP_ICW_LEVEL_AGGRESSIVE } from "@berkeley/socket";
 * console.log(TCP_ICW_LEVEL_AGGRESSIVE); // undefined on a platform without it
 * ```
 */
export const TCP_ICW_LEVEL_AGGRESSIVE: number = c
  .TCP_ICW_LEVEL_AGGRESSIVE as number;
/**
 * `TCP_ICW_LEVEL_EXPERIMENTAL` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Windows 4; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { TCP_ICW_LEVEL_EXPERIMENTAL } from "@berkeley/socket";
 * console.log(TCP_ICW_LEVEL_EXPERIMENTAL); // undefined on a platform without it
 * ```
 */
export const TCP_ICW_LEVEL_EXPERIMENTAL: number = c
  .TCP_ICW_LEVEL_EXPERIMENTAL as number;
/**
 * `TCP_ICW_LEVEL_COMPAT` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Windows 254; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { TCP_ICW_LEVEL_COMPAT } from "@berkeley/socket";
 * console.log(TCP_ICW_LEVEL_COMPAT); // undefined on a platform without it
 * ```
 */
export const TCP_ICW_LEVEL_COMPAT: number = c.TCP_ICW_LEVEL_COMPAT as number;
/**
 * `TCP_ICW_LEVEL_MAX` is a TCP option at level `IPPROTO_TCP`, or one of its values.
 * Value: Windows 255; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { TCP_ICW_LEVEL_MAX } from "@berkeley/socket";
 * console.log(TCP_ICW_LEVEL_MAX); // undefined on a platform without it
 * ```
 */
export const TCP_ICW_LEVEL_MAX: number = c.TCP_ICW_LEVEL_MAX as number;
/**
 * `SIO_ASSOCIATE_HANDLE` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2281701377; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_ASSOCIATE_HANDLE } from "@berkeley/socket";
 * console.log(SIO_ASSOCIATE_HANDLE); // undefined on a platform without it
 * ```
 */
export const SIO_ASSOCIATE_HANDLE: number = c.SIO_ASSOCIATE_HANDLE as number;
/**
 * `SIO_ENABLE_CIRCULAR_QUEUEING` is a Windows `WSAIoctl()` request code.
 * Value: Windows 671088642; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_ENABLE_CIRCULAR_QUEUEING } from "@berkeley/socket";
 * console.log(SIO_ENABLE_CIRCULAR_QUEUEING); // undefined on a platform without it
 * ```
 */
export const SIO_ENABLE_CIRCULAR_QUEUEING: number = c
  .SIO_ENABLE_CIRCULAR_QUEUEING as number;
/**
 * `SIO_FIND_ROUTE` is a Windows `WSAIoctl()` request code.
 * Value: Windows 1207959555; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_FIND_ROUTE } from "@berkeley/socket";
 * console.log(SIO_FIND_ROUTE); // undefined on a platform without it
 * ```
 */
export const SIO_FIND_ROUTE: number = c.SIO_FIND_ROUTE as number;
/**
 * `SIO_FLUSH` is a Windows `WSAIoctl()` request code.
 * Value: Windows 671088644; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_FLUSH } from "@berkeley/socket";
 * console.log(SIO_FLUSH); // undefined on a platform without it
 * ```
 */
export const SIO_FLUSH: number = c.SIO_FLUSH as number;
/**
 * `SIO_GET_BROADCAST_ADDRESS` is a Windows `WSAIoctl()` request code.
 * Value: Windows 1207959557; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_GET_BROADCAST_ADDRESS } from "@berkeley/socket";
 * console.log(SIO_GET_BROADCAST_ADDRESS); // undefined on a platform without it
 * ```
 */
export const SIO_GET_BROADCAST_ADDRESS: number = c
  .SIO_GET_BROADCAST_ADDRESS as number;
/**
 * `SIO_GET_EXTENSION_FUNCTION_POINTER` is a Windows `WSAIoctl()` request code.
 * Value: Windows 3355443206; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_GET_EXTENSION_FUNCTION_POINTER } from "@berkeley/socket";
 * console.log(SIO_GET_EXTENSION_FUNCTION_POINTER); // undefined on a platform without it
 * ```
 */
export const SIO_GET_EXTENSION_FUNCTION_POINTER: number = c
  .SIO_GET_EXTENSION_FUNCTION_POINTER as number;
/**
 * `SIO_GET_QOS` is a Windows `WSAIoctl()` request code.
 * Value: Windows 3355443207; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_GET_QOS } from "@berkeley/socket";
 * console.log(SIO_GET_QOS); // undefined on a platform without it
 * ```
 */
export const SIO_GET_QOS: number = c.SIO_GET_QOS as number;
/**
 * `SIO_GET_GROUP_QOS` is a Windows `WSAIoctl()` request code.
 * Value: Windows 3355443208; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_GET_GROUP_QOS } from "@berkeley/socket";
 * console.log(SIO_GET_GROUP_QOS); // undefined on a platform without it
 * ```
 */
export const SIO_GET_GROUP_QOS: number = c.SIO_GET_GROUP_QOS as number;
/**
 * `SIO_MULTIPOINT_LOOPBACK` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2281701385; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_MULTIPOINT_LOOPBACK } from "@berkeley/socket";
 * console.log(SIO_MULTIPOINT_LOOPBACK); // undefined on a platform without it
 * ```
 */
export const SIO_MULTIPOINT_LOOPBACK: number = c
  .SIO_MULTIPOINT_LOOPBACK as number;
/**
 * `SIO_MULTICAST_SCOPE` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2281701386; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_MULTICAST_SCOPE } from "@berkeley/socket";
 * console.log(SIO_MULTICAST_SCOPE); // undefined on a platform without it
 * ```
 */
export const SIO_MULTICAST_SCOPE: number = c.SIO_MULTICAST_SCOPE as number;
/**
 * `SIO_SET_QOS` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2281701387; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_SET_QOS } from "@berkeley/socket";
 * console.log(SIO_SET_QOS); // undefined on a platform without it
 * ```
 */
export const SIO_SET_QOS: number = c.SIO_SET_QOS as number;
/**
 * `SIO_SET_GROUP_QOS` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2281701388; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_SET_GROUP_QOS } from "@berkeley/socket";
 * console.log(SIO_SET_GROUP_QOS); // undefined on a platform without it
 * ```
 */
export const SIO_SET_GROUP_QOS: number = c.SIO_SET_GROUP_QOS as number;
/**
 * `SIO_TRANSLATE_HANDLE` is a Windows `WSAIoctl()` request code.
 * Value: Windows 3355443213; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_TRANSLATE_HANDLE } from "@berkeley/socket";
 * console.log(SIO_TRANSLATE_HANDLE); // undefined on a platform without it
 * ```
 */
export const SIO_TRANSLATE_HANDLE: number = c.SIO_TRANSLATE_HANDLE as number;
/**
 * `SIO_ROUTING_INTERFACE_QUERY` is a Windows `WSAIoctl()` request code.
 * Value: Windows 3355443220; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_ROUTING_INTERFACE_QUERY } from "@berkeley/socket";
 * console.log(SIO_ROUTING_INTERFACE_QUERY); // undefined on a platform without it
 * ```
 */
export const SIO_ROUTING_INTERFACE_QUERY: number = c
  .SIO_ROUTING_INTERFACE_QUERY as number;
/**
 * `SIO_ROUTING_INTERFACE_CHANGE` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2281701397; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_ROUTING_INTERFACE_CHANGE } from "@berkeley/socket";
 * console.log(SIO_ROUTING_INTERFACE_CHANGE); // undefined on a platform without it
 * ```
 */
export const SIO_ROUTING_INTERFACE_CHANGE: number = c
  .SIO_ROUTING_INTERFACE_CHANGE as number;
/**
 * `SIO_ADDRESS_LIST_QUERY` is a Windows `WSAIoctl()` request code.
 * Value: Windows 1207959574; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_ADDRESS_LIST_QUERY } from "@berkeley/socket";
 * console.log(SIO_ADDRESS_LIST_QUERY); // undefined on a platform without it
 * ```
 */
export const SIO_ADDRESS_LIST_QUERY: number = c
  .SIO_ADDRESS_LIST_QUERY as number;
/**
 * `SIO_ADDRESS_LIST_CHANGE` is a Windows `WSAIoctl()` request code.
 * Value: Windows 671088663; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_ADDRESS_LIST_CHANGE } from "@berkeley/socket";
 * console.log(SIO_ADDRESS_LIST_CHANGE); // undefined on a platform without it
 * ```
 */
export const SIO_ADDRESS_LIST_CHANGE: number = c
  .SIO_ADDRESS_LIST_CHANGE as number;
/**
 * `SIO_QUERY_TARGET_PNP_HANDLE` is a Windows `WSAIoctl()` request code.
 * Value: Windows 1207959576; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_QUERY_TARGET_PNP_HANDLE } from "@berkeley/socket";
 * console.log(SIO_QUERY_TARGET_PNP_HANDLE); // undefined on a platform without it
 * ```
 */
export const SIO_QUERY_TARGET_PNP_HANDLE: number = c
  .SIO_QUERY_TARGET_PNP_HANDLE as number;
/**
 * `SIO_ADDRESS_LIST_SORT` is a Windows `WSAIoctl()` request code.
 * Value: Windows 3355443225; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_ADDRESS_LIST_SORT } from "@berkeley/socket";
 * console.log(SIO_ADDRESS_LIST_SORT); // undefined on a platform without it
 * ```
 */
export const SIO_ADDRESS_LIST_SORT: number = c.SIO_ADDRESS_LIST_SORT as number;
/**
 * `SIO_RESERVED_1` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2281701402; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_RESERVED_1 } from "@berkeley/socket";
 * console.log(SIO_RESERVED_1); // undefined on a platform without it
 * ```
 */
export const SIO_RESERVED_1: number = c.SIO_RESERVED_1 as number;
/**
 * `SIO_RESERVED_2` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2281701409; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_RESERVED_2 } from "@berkeley/socket";
 * console.log(SIO_RESERVED_2); // undefined on a platform without it
 * ```
 */
export const SIO_RESERVED_2: number = c.SIO_RESERVED_2 as number;
/**
 * `SIO_NSP_NOTIFY_CHANGE` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2281701401; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_NSP_NOTIFY_CHANGE } from "@berkeley/socket";
 * console.log(SIO_NSP_NOTIFY_CHANGE); // undefined on a platform without it
 * ```
 */
export const SIO_NSP_NOTIFY_CHANGE: number = c.SIO_NSP_NOTIFY_CHANGE as number;
/**
 * `SIO_GET_INTERFACE_LIST` is a Windows `WSAIoctl()` request code.
 * Value: Windows 1074033791; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_GET_INTERFACE_LIST } from "@berkeley/socket";
 * console.log(SIO_GET_INTERFACE_LIST); // undefined on a platform without it
 * ```
 */
export const SIO_GET_INTERFACE_LIST: number = c
  .SIO_GET_INTERFACE_LIST as number;
/**
 * `SIO_GET_INTERFACE_LIST_EX` is a Windows `WSAIoctl()` request code.
 * Value: Windows 1074033790; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_GET_INTERFACE_LIST_EX } from "@berkeley/socket";
 * console.log(SIO_GET_INTERFACE_LIST_EX); // undefined on a platform without it
 * ```
 */
export const SIO_GET_INTERFACE_LIST_EX: number = c
  .SIO_GET_INTERFACE_LIST_EX as number;
/**
 * `SIO_SET_MULTICAST_FILTER` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2147775613; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_SET_MULTICAST_FILTER } from "@berkeley/socket";
 * console.log(SIO_SET_MULTICAST_FILTER); // undefined on a platform without it
 * ```
 */
export const SIO_SET_MULTICAST_FILTER: number = c
  .SIO_SET_MULTICAST_FILTER as number;
/**
 * `SIO_GET_MULTICAST_FILTER` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2147775612; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_GET_MULTICAST_FILTER } from "@berkeley/socket";
 * console.log(SIO_GET_MULTICAST_FILTER); // undefined on a platform without it
 * ```
 */
export const SIO_GET_MULTICAST_FILTER: number = c
  .SIO_GET_MULTICAST_FILTER as number;
/**
 * `SIO_RCVALL` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2550136833; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_RCVALL } from "@berkeley/socket";
 * console.log(SIO_RCVALL); // undefined on a platform without it
 * ```
 */
export const SIO_RCVALL: number = c.SIO_RCVALL as number;
/**
 * `SIO_RCVALL_MCAST` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2550136834; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_RCVALL_MCAST } from "@berkeley/socket";
 * console.log(SIO_RCVALL_MCAST); // undefined on a platform without it
 * ```
 */
export const SIO_RCVALL_MCAST: number = c.SIO_RCVALL_MCAST as number;
/**
 * `SIO_RCVALL_IGMPMCAST` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2550136835; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_RCVALL_IGMPMCAST } from "@berkeley/socket";
 * console.log(SIO_RCVALL_IGMPMCAST); // undefined on a platform without it
 * ```
 */
export const SIO_RCVALL_IGMPMCAST: number = c.SIO_RCVALL_IGMPMCAST as number;
/**
 * `SIO_KEEPALIVE_VALS` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2550136836; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_KEEPALIVE_VALS } from "@berkeley/socket";
 * console.log(SIO_KEEPALIVE_VALS); // undefined on a platform without it
 * ```
 */
export const SIO_KEEPALIVE_VALS: number = c.SIO_KEEPALIVE_VALS as number;
/**
 * `SIO_ABSORB_RTRALERT` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2550136837; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_ABSORB_RTRALERT } from "@berkeley/socket";
 * console.log(SIO_ABSORB_RTRALERT); // undefined on a platform without it
 * ```
 */
export const SIO_ABSORB_RTRALERT: number = c.SIO_ABSORB_RTRALERT as number;
/**
 * `SIO_UCAST_IF` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2550136838; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_UCAST_IF } from "@berkeley/socket";
 * console.log(SIO_UCAST_IF); // undefined on a platform without it
 * ```
 */
export const SIO_UCAST_IF: number = c.SIO_UCAST_IF as number;
/**
 * `SIO_LIMIT_BROADCASTS` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2550136839; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_LIMIT_BROADCASTS } from "@berkeley/socket";
 * console.log(SIO_LIMIT_BROADCASTS); // undefined on a platform without it
 * ```
 */
export const SIO_LIMIT_BROADCASTS: number = c.SIO_LIMIT_BROADCASTS as number;
/**
 * `SIO_INDEX_BIND` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2550136840; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_INDEX_BIND } from "@berkeley/socket";
 * console.log(SIO_INDEX_BIND); // undefined on a platform without it
 * ```
 */
export const SIO_INDEX_BIND: number = c.SIO_INDEX_BIND as number;
/**
 * `SIO_INDEX_MCASTIF` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2550136841; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_INDEX_MCASTIF } from "@berkeley/socket";
 * console.log(SIO_INDEX_MCASTIF); // undefined on a platform without it
 * ```
 */
export const SIO_INDEX_MCASTIF: number = c.SIO_INDEX_MCASTIF as number;
/**
 * `SIO_INDEX_ADD_MCAST` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2550136842; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_INDEX_ADD_MCAST } from "@berkeley/socket";
 * console.log(SIO_INDEX_ADD_MCAST); // undefined on a platform without it
 * ```
 */
export const SIO_INDEX_ADD_MCAST: number = c.SIO_INDEX_ADD_MCAST as number;
/**
 * `SIO_INDEX_DEL_MCAST` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2550136843; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_INDEX_DEL_MCAST } from "@berkeley/socket";
 * console.log(SIO_INDEX_DEL_MCAST); // undefined on a platform without it
 * ```
 */
export const SIO_INDEX_DEL_MCAST: number = c.SIO_INDEX_DEL_MCAST as number;
/**
 * `SIO_RCVALL_MCAST_IF` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2550136845; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_RCVALL_MCAST_IF } from "@berkeley/socket";
 * console.log(SIO_RCVALL_MCAST_IF); // undefined on a platform without it
 * ```
 */
export const SIO_RCVALL_MCAST_IF: number = c.SIO_RCVALL_MCAST_IF as number;
/**
 * `SIO_RCVALL_IF` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2550136846; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_RCVALL_IF } from "@berkeley/socket";
 * console.log(SIO_RCVALL_IF); // undefined on a platform without it
 * ```
 */
export const SIO_RCVALL_IF: number = c.SIO_RCVALL_IF as number;
/**
 * `SIO_LOOPBACK_FAST_PATH` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2550136848; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_LOOPBACK_FAST_PATH } from "@berkeley/socket";
 * console.log(SIO_LOOPBACK_FAST_PATH); // undefined on a platform without it
 * ```
 */
export const SIO_LOOPBACK_FAST_PATH: number = c
  .SIO_LOOPBACK_FAST_PATH as number;
/**
 * `SIO_TCP_INITIAL_RTO` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2550136849; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_TCP_INITIAL_RTO } from "@berkeley/socket";
 * console.log(SIO_TCP_INITIAL_RTO); // undefined on a platform without it
 * ```
 */
export const SIO_TCP_INITIAL_RTO: number = c.SIO_TCP_INITIAL_RTO as number;
/**
 * `SIO_APPLY_TRANSPORT_SETTING` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2550136851; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_APPLY_TRANSPORT_SETTING } from "@berkeley/socket";
 * console.log(SIO_APPLY_TRANSPORT_SETTING); // undefined on a platform without it
 * ```
 */
export const SIO_APPLY_TRANSPORT_SETTING: number = c
  .SIO_APPLY_TRANSPORT_SETTING as number;
/**
 * `SIO_QUERY_TRANSPORT_SETTING` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2550136852; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_QUERY_TRANSPORT_SETTING } from "@berkeley/socket";
 * console.log(SIO_QUERY_TRANSPORT_SETTING); // undefined on a platform without it
 * ```
 */
export const SIO_QUERY_TRANSPORT_SETTING: number = c
  .SIO_QUERY_TRANSPORT_SETTING as number;
/**
 * `SIO_TCP_SET_ICW` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2550136854; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_TCP_SET_ICW } from "@berkeley/socket";
 * console.log(SIO_TCP_SET_ICW); // undefined on a platform without it
 * ```
 */
export const SIO_TCP_SET_ICW: number = c.SIO_TCP_SET_ICW as number;
/**
 * `SIO_TCP_SET_ACK_FREQUENCY` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2550136855; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_TCP_SET_ACK_FREQUENCY } from "@berkeley/socket";
 * console.log(SIO_TCP_SET_ACK_FREQUENCY); // undefined on a platform without it
 * ```
 */
export const SIO_TCP_SET_ACK_FREQUENCY: number = c
  .SIO_TCP_SET_ACK_FREQUENCY as number;
/**
 * `SIO_ACQUIRE_PORT_RESERVATION` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2550136932; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_ACQUIRE_PORT_RESERVATION } from "@berkeley/socket";
 * console.log(SIO_ACQUIRE_PORT_RESERVATION); // undefined on a platform without it
 * ```
 */
export const SIO_ACQUIRE_PORT_RESERVATION: number = c
  .SIO_ACQUIRE_PORT_RESERVATION as number;
/**
 * `SIO_RELEASE_PORT_RESERVATION` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2550136933; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_RELEASE_PORT_RESERVATION } from "@berkeley/socket";
 * console.log(SIO_RELEASE_PORT_RESERVATION); // undefined on a platform without it
 * ```
 */
export const SIO_RELEASE_PORT_RESERVATION: number = c
  .SIO_RELEASE_PORT_RESERVATION as number;
/**
 * `SIO_ASSOCIATE_PORT_RESERVATION` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2550136934; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_ASSOCIATE_PORT_RESERVATION } from "@berkeley/socket";
 * console.log(SIO_ASSOCIATE_PORT_RESERVATION); // undefined on a platform without it
 * ```
 */
export const SIO_ASSOCIATE_PORT_RESERVATION: number = c
  .SIO_ASSOCIATE_PORT_RESERVATION as number;
/**
 * `SIO_UDP_CONNRESET` is a Windows `WSAIoctl()` request code.
 * Value: Windows 2550136844; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_UDP_CONNRESET } from "@berkeley/socket";
 * console.log(SIO_UDP_CONNRESET); // undefined on a platform without it
 * ```
 */
export const SIO_UDP_CONNRESET: number = c.SIO_UDP_CONNRESET as number;
/**
 * `SIO_BSP_HANDLE` is a Windows `WSAIoctl()` request code.
 * Value: Windows 1207959579; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_BSP_HANDLE } from "@berkeley/socket";
 * console.log(SIO_BSP_HANDLE); // undefined on a platform without it
 * ```
 */
export const SIO_BSP_HANDLE: number = c.SIO_BSP_HANDLE as number;
/**
 * `SIO_BSP_HANDLE_SELECT` is a Windows `WSAIoctl()` request code.
 * Value: Windows 1207959580; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_BSP_HANDLE_SELECT } from "@berkeley/socket";
 * console.log(SIO_BSP_HANDLE_SELECT); // undefined on a platform without it
 * ```
 */
export const SIO_BSP_HANDLE_SELECT: number = c.SIO_BSP_HANDLE_SELECT as number;
/**
 * `SIO_BSP_HANDLE_POLL` is a Windows `WSAIoctl()` request code.
 * Value: Windows 1207959581; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_BSP_HANDLE_POLL } from "@berkeley/socket";
 * console.log(SIO_BSP_HANDLE_POLL); // undefined on a platform without it
 * ```
 */
export const SIO_BSP_HANDLE_POLL: number = c.SIO_BSP_HANDLE_POLL as number;
/**
 * `SIO_EXT_SELECT` is a Windows `WSAIoctl()` request code.
 * Value: Windows 3355443230; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_EXT_SELECT } from "@berkeley/socket";
 * console.log(SIO_EXT_SELECT); // undefined on a platform without it
 * ```
 */
export const SIO_EXT_SELECT: number = c.SIO_EXT_SELECT as number;
/**
 * `SIO_EXT_POLL` is a Windows `WSAIoctl()` request code.
 * Value: Windows 3355443231; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_EXT_POLL } from "@berkeley/socket";
 * console.log(SIO_EXT_POLL); // undefined on a platform without it
 * ```
 */
export const SIO_EXT_POLL: number = c.SIO_EXT_POLL as number;
/**
 * `SIO_EXT_SENDMSG` is a Windows `WSAIoctl()` request code.
 * Value: Windows 3355443232; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_EXT_SENDMSG } from "@berkeley/socket";
 * console.log(SIO_EXT_SENDMSG); // undefined on a platform without it
 * ```
 */
export const SIO_EXT_SENDMSG: number = c.SIO_EXT_SENDMSG as number;
/**
 * `SIO_BASE_HANDLE` is a Windows `WSAIoctl()` request code.
 * Value: Windows 1207959586; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_BASE_HANDLE } from "@berkeley/socket";
 * console.log(SIO_BASE_HANDLE); // undefined on a platform without it
 * ```
 */
export const SIO_BASE_HANDLE: number = c.SIO_BASE_HANDLE as number;
/**
 * `SIO_AF_UNIX_GETPEERPID` is a Windows `WSAIoctl()` request code.
 * Value: Windows 1476395264; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIO_AF_UNIX_GETPEERPID } from "@berkeley/socket";
 * console.log(SIO_AF_UNIX_GETPEERPID); // undefined on a platform without it
 * ```
 */
export const SIO_AF_UNIX_GETPEERPID: number = c
  .SIO_AF_UNIX_GETPEERPID as number;
/**
 * `RCVALL_MAX` is a value of the Windows `SIO_RCVALL` request.
 * Value: Windows 3; not defined on Linux or macOS.
 *
 * @example Receive every packet (Windows, needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_IP, RCVALL_MAX, SIO_RCVALL, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_IP);
 * s.bind(["192.0.2.1", 0]); // an address of this host
 * s.ioctl(SIO_RCVALL, RCVALL_MAX);
 * s.close();
 * ```
 */
export const RCVALL_MAX: number = c.RCVALL_MAX as number;
/**
 * `RCVALL_OFF` is a value of the Windows `SIO_RCVALL` request.
 * Value: Windows 0; not defined on Linux or macOS.
 *
 * @example Receive every packet (Windows, needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_IP, RCVALL_OFF, SIO_RCVALL, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_IP);
 * s.bind(["192.0.2.1", 0]); // an address of this host
 * s.ioctl(SIO_RCVALL, RCVALL_OFF);
 * s.close();
 * ```
 */
export const RCVALL_OFF: number = c.RCVALL_OFF as number;
/**
 * `RCVALL_ON` is a value of the Windows `SIO_RCVALL` request.
 * Value: Windows 1; not defined on Linux or macOS.
 *
 * @example Receive every packet (Windows, needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_IP, RCVALL_ON, SIO_RCVALL, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_IP);
 * s.bind(["192.0.2.1", 0]); // an address of this host
 * s.ioctl(SIO_RCVALL, RCVALL_ON);
 * s.close();
 * ```
 */
export const RCVALL_ON: number = c.RCVALL_ON as number;
/**
 * `RCVALL_SOCKETLEVELONLY` is a value of the Windows `SIO_RCVALL` request.
 * Value: Windows 2; not defined on Linux or macOS.
 *
 * @example Receive every packet (Windows, needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_IP, RCVALL_SOCKETLEVELONLY, SIO_RCVALL, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_IP);
 * s.bind(["192.0.2.1", 0]); // an address of this host
 * s.ioctl(SIO_RCVALL, RCVALL_SOCKETLEVELONLY);
 * s.close();
 * ```
 */
export const RCVALL_SOCKETLEVELONLY: number = c
  .RCVALL_SOCKETLEVELONLY as number;
/**
 * `RCVALL_IPLEVEL` is a value of the Windows `SIO_RCVALL` request.
 * Value: Windows 3; not defined on Linux or macOS.
 *
 * @example Receive every packet (Windows, needs privileges)
 * ```ts
 * import { AF_INET, IPPROTO_IP, RCVALL_IPLEVEL, SIO_RCVALL, SOCK_RAW, socket } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_RAW, IPPROTO_IP);
 * s.bind(["192.0.2.1", 0]); // an address of this host
 * s.ioctl(SIO_RCVALL, RCVALL_IPLEVEL);
 * s.close();
 * ```
 */
export const RCVALL_IPLEVEL: number = c.RCVALL_IPLEVEL as number;
/**
 * `SIOCSHIWAT` is an `ioctl()` request number.
 * Value: Windows 2147775232; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIOCSHIWAT } from "@berkeley/socket";
 * console.log(SIOCSHIWAT); // undefined on a platform without it
 * ```
 */
export const SIOCSHIWAT: number = c.SIOCSHIWAT as number;
/**
 * `SIOCGHIWAT` is an `ioctl()` request number.
 * Value: Windows 1074033409; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIOCGHIWAT } from "@berkeley/socket";
 * console.log(SIOCGHIWAT); // undefined on a platform without it
 * ```
 */
export const SIOCGHIWAT: number = c.SIOCGHIWAT as number;
/**
 * `SIOCSLOWAT` is an `ioctl()` request number.
 * Value: Windows 2147775234; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIOCSLOWAT } from "@berkeley/socket";
 * console.log(SIOCSLOWAT); // undefined on a platform without it
 * ```
 */
export const SIOCSLOWAT: number = c.SIOCSLOWAT as number;
/**
 * `SIOCGLOWAT` is an `ioctl()` request number.
 * Value: Windows 1074033411; not defined on Linux or macOS.
 *
 * @example Read the value
 * ```ts
 * import { SIOCGLOWAT } from "@berkeley/socket";
 * console.log(SIOCGLOWAT); // undefined on a platform without it
 * ```
 */
export const SIOCGLOWAT: number = c.SIOCGLOWAT as number;
