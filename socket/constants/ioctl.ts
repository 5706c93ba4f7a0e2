/**
 * `ioctl()` requests (`FIO*`, `SIOC*`; Windows `SIO_*` and their `RCVALL_*` values) and ICMP message types.
 * Each is the running platform's value; one the platform lacks is
 * `undefined` (typed `number | undefined` unless Linux, macOS and Windows
 * all define it).
 *
 * Generated from `platform/*_constants.ts` by
 * `deno run -A .ci/gen_constants_exports.ts`: do not edit by hand.
 *
 * @module
 */
import { defined, maybe } from "./_lookup.ts";

/**
 * Bytes ready to read; `ioctl()` request: linux 21531, darwin 1074030207, windows 1074030207.
 *
 * @example Count the bytes waiting to be read
 * ```ts
 * import { FIONREAD, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.send("ping");
 * console.log(b.ioctl(FIONREAD)); // 4
 * a.close();
 * b.close();
 * ```
 */
export const FIONREAD: number = defined("FIONREAD");
/** ICMP message type: linux 0; not on darwin, windows. */
export const ICMP_ECHOREPLY: number | undefined = maybe("ICMP_ECHOREPLY");
/** ICMP message type: linux 8; not on darwin, windows. */
export const ICMP_ECHO: number | undefined = maybe("ICMP_ECHO");
/** ICMP message type: linux 128; not on darwin, windows. */
export const ICMP6_ECHO_REQUEST: number | undefined = maybe(
  "ICMP6_ECHO_REQUEST",
);
/** ICMP message type: linux 129; not on darwin, windows. */
export const ICMP6_ECHO_REPLY: number | undefined = maybe("ICMP6_ECHO_REPLY");
/** Set non-blocking mode; `ioctl()` request: linux 21537, darwin 2147772030, windows 2147772030. */
export const FIONBIO: number = defined("FIONBIO");
/** Whether reading is at the out-of-band mark; `ioctl()` request: linux 35077, darwin 1074033415, windows 1074033415. */
export const SIOCATMARK: number = defined("SIOCATMARK");
/** `ioctl()` request: linux 35123; not on darwin, windows. */
export const SIOCGIFINDEX: number | undefined = maybe("SIOCGIFINDEX");
/** `ioctl()` request: linux 35088; not on darwin, windows. */
export const SIOCGIFNAME: number | undefined = maybe("SIOCGIFNAME");
/** `ioctl()` request: linux 35093, darwin 3223349537; not on windows. */
export const SIOCGIFADDR: number | undefined = maybe("SIOCGIFADDR");
/** `ioctl()` request: linux 35091, darwin 3223349521; not on windows. */
export const SIOCGIFFLAGS: number | undefined = maybe("SIOCGIFFLAGS");
/** `ioctl()` request: linux 35111; not on darwin, windows. */
export const SIOCGIFHWADDR: number | undefined = maybe("SIOCGIFHWADDR");
/** `ioctl()` request: darwin 536897025; not on linux, windows. */
export const FIOCLEX: number | undefined = maybe("FIOCLEX");
/** `ioctl()` request: darwin 536897026; not on linux, windows. */
export const FIONCLEX: number | undefined = maybe("FIONCLEX");
/** `ioctl()` request: darwin 2147772029, windows 2147772029; not on linux. */
export const FIOASYNC: number | undefined = maybe("FIOASYNC");
/** `ioctl()` request: darwin 2147772028; not on linux, windows. */
export const FIOSETOWN: number | undefined = maybe("FIOSETOWN");
/** `ioctl()` request: darwin 1074030203; not on linux, windows. */
export const FIOGETOWN: number | undefined = maybe("FIOGETOWN");
/** `ioctl()` request: darwin 1074030202; not on linux, windows. */
export const FIODTYPE: number | undefined = maybe("FIODTYPE");
/** `ioctl()` request: darwin 2147775240; not on linux, windows. */
export const SIOCSPGRP: number | undefined = maybe("SIOCSPGRP");
/** `ioctl()` request: darwin 1074033417; not on linux, windows. */
export const SIOCGPGRP: number | undefined = maybe("SIOCGPGRP");
/** `ioctl()` request: darwin 2149607696; not on linux, windows. */
export const SIOCSIFFLAGS: number | undefined = maybe("SIOCSIFFLAGS");
/** `ioctl()` request: darwin 3223349538; not on linux, windows. */
export const SIOCGIFDSTADDR: number | undefined = maybe("SIOCGIFDSTADDR");
/** `ioctl()` request: darwin 3223349539; not on linux, windows. */
export const SIOCGIFBRDADDR: number | undefined = maybe("SIOCGIFBRDADDR");
/** `ioctl()` request: darwin 3222038820; not on linux, windows. */
export const SIOCGIFCONF: number | undefined = maybe("SIOCGIFCONF");
/** `ioctl()` request: darwin 3223349541; not on linux, windows. */
export const SIOCGIFNETMASK: number | undefined = maybe("SIOCGIFNETMASK");
/** `ioctl()` request: darwin 2149607729; not on linux, windows. */
export const SIOCADDMULTI: number | undefined = maybe("SIOCADDMULTI");
/** `ioctl()` request: darwin 2149607730; not on linux, windows. */
export const SIOCDELMULTI: number | undefined = maybe("SIOCDELMULTI");
/** `ioctl()` request: darwin 3223349555; not on linux, windows. */
export const SIOCGIFMTU: number | undefined = maybe("SIOCGIFMTU");
/** `ioctl()` request: darwin 2149607732; not on linux, windows. */
export const SIOCSIFMTU: number | undefined = maybe("SIOCSIFMTU");
/** Windows `WSAIoctl()` request: windows 2281701377; not on linux, darwin. */
export const SIO_ASSOCIATE_HANDLE: number | undefined = maybe(
  "SIO_ASSOCIATE_HANDLE",
);
/** Windows `WSAIoctl()` request: windows 671088642; not on linux, darwin. */
export const SIO_ENABLE_CIRCULAR_QUEUEING: number | undefined = maybe(
  "SIO_ENABLE_CIRCULAR_QUEUEING",
);
/** Windows `WSAIoctl()` request: windows 1207959555; not on linux, darwin. */
export const SIO_FIND_ROUTE: number | undefined = maybe("SIO_FIND_ROUTE");
/** Windows `WSAIoctl()` request: windows 671088644; not on linux, darwin. */
export const SIO_FLUSH: number | undefined = maybe("SIO_FLUSH");
/** Windows `WSAIoctl()` request: windows 1207959557; not on linux, darwin. */
export const SIO_GET_BROADCAST_ADDRESS: number | undefined = maybe(
  "SIO_GET_BROADCAST_ADDRESS",
);
/** Windows `WSAIoctl()` request: windows 3355443206; not on linux, darwin. */
export const SIO_GET_EXTENSION_FUNCTION_POINTER: number | undefined = maybe(
  "SIO_GET_EXTENSION_FUNCTION_POINTER",
);
/** Windows `WSAIoctl()` request: windows 3355443207; not on linux, darwin. */
export const SIO_GET_QOS: number | undefined = maybe("SIO_GET_QOS");
/** Windows `WSAIoctl()` request: windows 3355443208; not on linux, darwin. */
export const SIO_GET_GROUP_QOS: number | undefined = maybe("SIO_GET_GROUP_QOS");
/** Windows `WSAIoctl()` request: windows 2281701385; not on linux, darwin. */
export const SIO_MULTIPOINT_LOOPBACK: number | undefined = maybe(
  "SIO_MULTIPOINT_LOOPBACK",
);
/** Windows `WSAIoctl()` request: windows 2281701386; not on linux, darwin. */
export const SIO_MULTICAST_SCOPE: number | undefined = maybe(
  "SIO_MULTICAST_SCOPE",
);
/** Windows `WSAIoctl()` request: windows 2281701387; not on linux, darwin. */
export const SIO_SET_QOS: number | undefined = maybe("SIO_SET_QOS");
/** Windows `WSAIoctl()` request: windows 2281701388; not on linux, darwin. */
export const SIO_SET_GROUP_QOS: number | undefined = maybe("SIO_SET_GROUP_QOS");
/** Windows `WSAIoctl()` request: windows 3355443213; not on linux, darwin. */
export const SIO_TRANSLATE_HANDLE: number | undefined = maybe(
  "SIO_TRANSLATE_HANDLE",
);
/** Windows `WSAIoctl()` request: windows 3355443220; not on linux, darwin. */
export const SIO_ROUTING_INTERFACE_QUERY: number | undefined = maybe(
  "SIO_ROUTING_INTERFACE_QUERY",
);
/** Windows `WSAIoctl()` request: windows 2281701397; not on linux, darwin. */
export const SIO_ROUTING_INTERFACE_CHANGE: number | undefined = maybe(
  "SIO_ROUTING_INTERFACE_CHANGE",
);
/** Windows `WSAIoctl()` request: windows 1207959574; not on linux, darwin. */
export const SIO_ADDRESS_LIST_QUERY: number | undefined = maybe(
  "SIO_ADDRESS_LIST_QUERY",
);
/** Windows `WSAIoctl()` request: windows 671088663; not on linux, darwin. */
export const SIO_ADDRESS_LIST_CHANGE: number | undefined = maybe(
  "SIO_ADDRESS_LIST_CHANGE",
);
/** Windows `WSAIoctl()` request: windows 1207959576; not on linux, darwin. */
export const SIO_QUERY_TARGET_PNP_HANDLE: number | undefined = maybe(
  "SIO_QUERY_TARGET_PNP_HANDLE",
);
/** Windows `WSAIoctl()` request: windows 3355443225; not on linux, darwin. */
export const SIO_ADDRESS_LIST_SORT: number | undefined = maybe(
  "SIO_ADDRESS_LIST_SORT",
);
/** Windows `WSAIoctl()` request: windows 2281701402; not on linux, darwin. */
export const SIO_RESERVED_1: number | undefined = maybe("SIO_RESERVED_1");
/** Windows `WSAIoctl()` request: windows 2281701409; not on linux, darwin. */
export const SIO_RESERVED_2: number | undefined = maybe("SIO_RESERVED_2");
/** Windows `WSAIoctl()` request: windows 2281701401; not on linux, darwin. */
export const SIO_NSP_NOTIFY_CHANGE: number | undefined = maybe(
  "SIO_NSP_NOTIFY_CHANGE",
);
/** Windows `WSAIoctl()` request: windows 1074033791; not on linux, darwin. */
export const SIO_GET_INTERFACE_LIST: number | undefined = maybe(
  "SIO_GET_INTERFACE_LIST",
);
/** Windows `WSAIoctl()` request: windows 1074033790; not on linux, darwin. */
export const SIO_GET_INTERFACE_LIST_EX: number | undefined = maybe(
  "SIO_GET_INTERFACE_LIST_EX",
);
/** Windows `WSAIoctl()` request: windows 2147775613; not on linux, darwin. */
export const SIO_SET_MULTICAST_FILTER: number | undefined = maybe(
  "SIO_SET_MULTICAST_FILTER",
);
/** Windows `WSAIoctl()` request: windows 2147775612; not on linux, darwin. */
export const SIO_GET_MULTICAST_FILTER: number | undefined = maybe(
  "SIO_GET_MULTICAST_FILTER",
);
/** Receive every IP packet; windows `WSAIoctl()` request: windows 2550136833; not on linux, darwin. */
export const SIO_RCVALL: number | undefined = maybe("SIO_RCVALL");
/** Windows `WSAIoctl()` request: windows 2550136834; not on linux, darwin. */
export const SIO_RCVALL_MCAST: number | undefined = maybe("SIO_RCVALL_MCAST");
/** Windows `WSAIoctl()` request: windows 2550136835; not on linux, darwin. */
export const SIO_RCVALL_IGMPMCAST: number | undefined = maybe(
  "SIO_RCVALL_IGMPMCAST",
);
/** Keepalive on, idle time and interval; windows `WSAIoctl()` request: windows 2550136836; not on linux, darwin. */
export const SIO_KEEPALIVE_VALS: number | undefined = maybe(
  "SIO_KEEPALIVE_VALS",
);
/** Windows `WSAIoctl()` request: windows 2550136837; not on linux, darwin. */
export const SIO_ABSORB_RTRALERT: number | undefined = maybe(
  "SIO_ABSORB_RTRALERT",
);
/** Windows `WSAIoctl()` request: windows 2550136838; not on linux, darwin. */
export const SIO_UCAST_IF: number | undefined = maybe("SIO_UCAST_IF");
/** Windows `WSAIoctl()` request: windows 2550136839; not on linux, darwin. */
export const SIO_LIMIT_BROADCASTS: number | undefined = maybe(
  "SIO_LIMIT_BROADCASTS",
);
/** Windows `WSAIoctl()` request: windows 2550136840; not on linux, darwin. */
export const SIO_INDEX_BIND: number | undefined = maybe("SIO_INDEX_BIND");
/** Windows `WSAIoctl()` request: windows 2550136841; not on linux, darwin. */
export const SIO_INDEX_MCASTIF: number | undefined = maybe("SIO_INDEX_MCASTIF");
/** Windows `WSAIoctl()` request: windows 2550136842; not on linux, darwin. */
export const SIO_INDEX_ADD_MCAST: number | undefined = maybe(
  "SIO_INDEX_ADD_MCAST",
);
/** Windows `WSAIoctl()` request: windows 2550136843; not on linux, darwin. */
export const SIO_INDEX_DEL_MCAST: number | undefined = maybe(
  "SIO_INDEX_DEL_MCAST",
);
/** Windows `WSAIoctl()` request: windows 2550136845; not on linux, darwin. */
export const SIO_RCVALL_MCAST_IF: number | undefined = maybe(
  "SIO_RCVALL_MCAST_IF",
);
/** Windows `WSAIoctl()` request: windows 2550136846; not on linux, darwin. */
export const SIO_RCVALL_IF: number | undefined = maybe("SIO_RCVALL_IF");
/** Loopback fast path; windows `WSAIoctl()` request: windows 2550136848; not on linux, darwin. */
export const SIO_LOOPBACK_FAST_PATH: number | undefined = maybe(
  "SIO_LOOPBACK_FAST_PATH",
);
/** Windows `WSAIoctl()` request: windows 2550136849; not on linux, darwin. */
export const SIO_TCP_INITIAL_RTO: number | undefined = maybe(
  "SIO_TCP_INITIAL_RTO",
);
/** Windows `WSAIoctl()` request: windows 2550136851; not on linux, darwin. */
export const SIO_APPLY_TRANSPORT_SETTING: number | undefined = maybe(
  "SIO_APPLY_TRANSPORT_SETTING",
);
/** Windows `WSAIoctl()` request: windows 2550136852; not on linux, darwin. */
export const SIO_QUERY_TRANSPORT_SETTING: number | undefined = maybe(
  "SIO_QUERY_TRANSPORT_SETTING",
);
/** Windows `WSAIoctl()` request: windows 2550136854; not on linux, darwin. */
export const SIO_TCP_SET_ICW: number | undefined = maybe("SIO_TCP_SET_ICW");
/** Windows `WSAIoctl()` request: windows 2550136855; not on linux, darwin. */
export const SIO_TCP_SET_ACK_FREQUENCY: number | undefined = maybe(
  "SIO_TCP_SET_ACK_FREQUENCY",
);
/** Windows `WSAIoctl()` request: windows 2550136932; not on linux, darwin. */
export const SIO_ACQUIRE_PORT_RESERVATION: number | undefined = maybe(
  "SIO_ACQUIRE_PORT_RESERVATION",
);
/** Windows `WSAIoctl()` request: windows 2550136933; not on linux, darwin. */
export const SIO_RELEASE_PORT_RESERVATION: number | undefined = maybe(
  "SIO_RELEASE_PORT_RESERVATION",
);
/** Windows `WSAIoctl()` request: windows 2550136934; not on linux, darwin. */
export const SIO_ASSOCIATE_PORT_RESERVATION: number | undefined = maybe(
  "SIO_ASSOCIATE_PORT_RESERVATION",
);
/** Windows `WSAIoctl()` request: windows 2550136844; not on linux, darwin. */
export const SIO_UDP_CONNRESET: number | undefined = maybe("SIO_UDP_CONNRESET");
/** Windows `WSAIoctl()` request: windows 1207959579; not on linux, darwin. */
export const SIO_BSP_HANDLE: number | undefined = maybe("SIO_BSP_HANDLE");
/** Windows `WSAIoctl()` request: windows 1207959580; not on linux, darwin. */
export const SIO_BSP_HANDLE_SELECT: number | undefined = maybe(
  "SIO_BSP_HANDLE_SELECT",
);
/** Windows `WSAIoctl()` request: windows 1207959581; not on linux, darwin. */
export const SIO_BSP_HANDLE_POLL: number | undefined = maybe(
  "SIO_BSP_HANDLE_POLL",
);
/** Windows `WSAIoctl()` request: windows 3355443230; not on linux, darwin. */
export const SIO_EXT_SELECT: number | undefined = maybe("SIO_EXT_SELECT");
/** Windows `WSAIoctl()` request: windows 3355443231; not on linux, darwin. */
export const SIO_EXT_POLL: number | undefined = maybe("SIO_EXT_POLL");
/** Windows `WSAIoctl()` request: windows 3355443232; not on linux, darwin. */
export const SIO_EXT_SENDMSG: number | undefined = maybe("SIO_EXT_SENDMSG");
/** Windows `WSAIoctl()` request: windows 1207959586; not on linux, darwin. */
export const SIO_BASE_HANDLE: number | undefined = maybe("SIO_BASE_HANDLE");
/** Windows `WSAIoctl()` request: windows 1476395264; not on linux, darwin. */
export const SIO_AF_UNIX_GETPEERPID: number | undefined = maybe(
  "SIO_AF_UNIX_GETPEERPID",
);
/** Value of the Windows `SIO_RCVALL` request: windows 3; not on linux, darwin. */
export const RCVALL_MAX: number | undefined = maybe("RCVALL_MAX");
/** Value of the Windows `SIO_RCVALL` request: windows 0; not on linux, darwin. */
export const RCVALL_OFF: number | undefined = maybe("RCVALL_OFF");
/** Value of the Windows `SIO_RCVALL` request: windows 1; not on linux, darwin. */
export const RCVALL_ON: number | undefined = maybe("RCVALL_ON");
/** Value of the Windows `SIO_RCVALL` request: windows 2; not on linux, darwin. */
export const RCVALL_SOCKETLEVELONLY: number | undefined = maybe(
  "RCVALL_SOCKETLEVELONLY",
);
/** Value of the Windows `SIO_RCVALL` request: windows 3; not on linux, darwin. */
export const RCVALL_IPLEVEL: number | undefined = maybe("RCVALL_IPLEVEL");
/** `ioctl()` request: windows 2147775232; not on linux, darwin. */
export const SIOCSHIWAT: number | undefined = maybe("SIOCSHIWAT");
/** `ioctl()` request: windows 1074033409; not on linux, darwin. */
export const SIOCGHIWAT: number | undefined = maybe("SIOCGHIWAT");
/** `ioctl()` request: windows 2147775234; not on linux, darwin. */
export const SIOCSLOWAT: number | undefined = maybe("SIOCSLOWAT");
/** `ioctl()` request: windows 1074033411; not on linux, darwin. */
export const SIOCGLOWAT: number | undefined = maybe("SIOCGLOWAT");
