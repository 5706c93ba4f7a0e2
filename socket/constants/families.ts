/**
 * Address families (`AF_*`, `PF_*`): `socket()`'s first argument.
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
 * Address family: linux 2, darwin 2, windows 2.
 *
 * @example Create a socket of a family
 * ```ts
 * import { AF_INET6, SOCK_STREAM, socket } from "@berkeley/socket";
 * using s = socket(AF_INET6, SOCK_STREAM);
 * console.log(s.family === AF_INET6); // true
 * ```
 */
export const AF_INET: number = defined("AF_INET");
/** Address family: linux 0, darwin 0, windows 0. */
export const AF_UNSPEC: number = defined("AF_UNSPEC");
/** Address family: linux 1, darwin 1; not on windows. */
export const AF_LOCAL: number | undefined = maybe("AF_LOCAL");
/** Address family: linux 1, darwin 1, windows 1. */
export const AF_UNIX: number = defined("AF_UNIX");
/** Address family: linux 1; not on darwin, windows. */
export const AF_FILE: number | undefined = maybe("AF_FILE");
/** Address family: linux 3; not on darwin, windows. */
export const AF_AX25: number | undefined = maybe("AF_AX25");
/** Address family: linux 4, darwin 23, windows 6. */
export const AF_IPX: number = defined("AF_IPX");
/** Address family: linux 5, darwin 16, windows 16. */
export const AF_APPLETALK: number = defined("AF_APPLETALK");
/** Address family: linux 6; not on darwin, windows. */
export const AF_NETROM: number | undefined = maybe("AF_NETROM");
/** Address family: linux 7; not on darwin, windows. */
export const AF_BRIDGE: number | undefined = maybe("AF_BRIDGE");
/** Address family: linux 8; not on darwin, windows. */
export const AF_ATMPVC: number | undefined = maybe("AF_ATMPVC");
/** Address family: linux 9; not on darwin, windows. */
export const AF_X25: number | undefined = maybe("AF_X25");
/** Address family: linux 10, darwin 30, windows 23. */
export const AF_INET6: number = defined("AF_INET6");
/** Address family: linux 11; not on darwin, windows. */
export const AF_ROSE: number | undefined = maybe("AF_ROSE");
/** Address family: linux 12, darwin 12, windows 12. */
export const AF_DECnet: number = defined("AF_DECnet");
/** Address family: linux 13; not on darwin, windows. */
export const AF_NETBEUI: number | undefined = maybe("AF_NETBEUI");
/** Address family: linux 14; not on darwin, windows. */
export const AF_SECURITY: number | undefined = maybe("AF_SECURITY");
/** Address family: linux 15; not on darwin, windows. */
export const AF_KEY: number | undefined = maybe("AF_KEY");
/** Address family: linux 16; not on darwin, windows. */
export const AF_NETLINK: number | undefined = maybe("AF_NETLINK");
/** Address family: linux 16, darwin 17; not on windows. */
export const AF_ROUTE: number | undefined = maybe("AF_ROUTE");
/** Address family: linux 17; not on darwin, windows. */
export const AF_PACKET: number | undefined = maybe("AF_PACKET");
/** Address family: linux 18; not on darwin, windows. */
export const AF_ASH: number | undefined = maybe("AF_ASH");
/** Address family: linux 19; not on darwin, windows. */
export const AF_ECONET: number | undefined = maybe("AF_ECONET");
/** Address family: linux 20; not on darwin, windows. */
export const AF_ATMSVC: number | undefined = maybe("AF_ATMSVC");
/** Address family: linux 21; not on darwin, windows. */
export const AF_RDS: number | undefined = maybe("AF_RDS");
/** Address family: linux 22, darwin 11, windows 11. */
export const AF_SNA: number = defined("AF_SNA");
/** Address family: linux 23, windows 26; not on darwin. */
export const AF_IRDA: number | undefined = maybe("AF_IRDA");
/** Address family: linux 24; not on darwin, windows. */
export const AF_PPPOX: number | undefined = maybe("AF_PPPOX");
/** Address family: linux 25; not on darwin, windows. */
export const AF_WANPIPE: number | undefined = maybe("AF_WANPIPE");
/** Address family: linux 26; not on darwin, windows. */
export const AF_LLC: number | undefined = maybe("AF_LLC");
/** Address family: linux 27; not on darwin, windows. */
export const AF_IB: number | undefined = maybe("AF_IB");
/** Address family: linux 28; not on darwin, windows. */
export const AF_MPLS: number | undefined = maybe("AF_MPLS");
/** Address family: linux 29; not on darwin, windows. */
export const AF_CAN: number | undefined = maybe("AF_CAN");
/** Address family: linux 30; not on darwin, windows. */
export const AF_TIPC: number | undefined = maybe("AF_TIPC");
/** Address family: linux 31; not on darwin, windows. */
export const AF_BLUETOOTH: number | undefined = maybe("AF_BLUETOOTH");
/** Address family: linux 32; not on darwin, windows. */
export const AF_IUCV: number | undefined = maybe("AF_IUCV");
/** Address family: linux 33; not on darwin, windows. */
export const AF_RXRPC: number | undefined = maybe("AF_RXRPC");
/** Address family: linux 34, darwin 28; not on windows. */
export const AF_ISDN: number | undefined = maybe("AF_ISDN");
/** Address family: linux 35; not on darwin, windows. */
export const AF_PHONET: number | undefined = maybe("AF_PHONET");
/** Address family: linux 36; not on darwin, windows. */
export const AF_IEEE802154: number | undefined = maybe("AF_IEEE802154");
/** Address family: linux 37; not on darwin, windows. */
export const AF_CAIF: number | undefined = maybe("AF_CAIF");
/** Address family: linux 38; not on darwin, windows. */
export const AF_ALG: number | undefined = maybe("AF_ALG");
/** Address family: linux 39; not on darwin, windows. */
export const AF_NFC: number | undefined = maybe("AF_NFC");
/** Address family: linux 40, darwin 40; not on windows. */
export const AF_VSOCK: number | undefined = maybe("AF_VSOCK");
/** Address family: linux 41; not on darwin, windows. */
export const AF_KCM: number | undefined = maybe("AF_KCM");
/** Address family: linux 42; not on darwin, windows. */
export const AF_QIPCRTR: number | undefined = maybe("AF_QIPCRTR");
/** Address family: linux 43; not on darwin, windows. */
export const AF_SMC: number | undefined = maybe("AF_SMC");
/** Address family: linux 44; not on darwin, windows. */
export const AF_XDP: number | undefined = maybe("AF_XDP");
/** Address family: linux 45; not on darwin, windows. */
export const AF_MCTP: number | undefined = maybe("AF_MCTP");
/** Address family: linux 17; not on darwin, windows. */
export const PF_PACKET: number | undefined = maybe("PF_PACKET");
/** Address family: linux 21; not on darwin, windows. */
export const PF_RDS: number | undefined = maybe("PF_RDS");
/** Address family: linux 29; not on darwin, windows. */
export const PF_CAN: number | undefined = maybe("PF_CAN");
/** Address family: darwin 3, windows 3; not on linux. */
export const AF_IMPLINK: number | undefined = maybe("AF_IMPLINK");
/** Address family: darwin 4, windows 4; not on linux. */
export const AF_PUP: number | undefined = maybe("AF_PUP");
/** Address family: darwin 5, windows 5; not on linux. */
export const AF_CHAOS: number | undefined = maybe("AF_CHAOS");
/** Address family: darwin 6, windows 6; not on linux. */
export const AF_NS: number | undefined = maybe("AF_NS");
/** Address family: darwin 7, windows 7; not on linux. */
export const AF_ISO: number | undefined = maybe("AF_ISO");
/** Address family: darwin 7, windows 7; not on linux. */
export const AF_OSI: number | undefined = maybe("AF_OSI");
/** Address family: darwin 8, windows 8; not on linux. */
export const AF_ECMA: number | undefined = maybe("AF_ECMA");
/** Address family: darwin 9, windows 9; not on linux. */
export const AF_DATAKIT: number | undefined = maybe("AF_DATAKIT");
/** Address family: darwin 10, windows 10; not on linux. */
export const AF_CCITT: number | undefined = maybe("AF_CCITT");
/** Address family: darwin 13, windows 13; not on linux. */
export const AF_DLI: number | undefined = maybe("AF_DLI");
/** Address family: darwin 14, windows 14; not on linux. */
export const AF_LAT: number | undefined = maybe("AF_LAT");
/** Address family: darwin 15, windows 15; not on linux. */
export const AF_HYLINK: number | undefined = maybe("AF_HYLINK");
/** Address family: darwin 18; not on linux, windows. */
export const AF_LINK: number | undefined = maybe("AF_LINK");
/** Address family: darwin 20; not on linux, windows. */
export const AF_COIP: number | undefined = maybe("AF_COIP");
/** Address family: darwin 21; not on linux, windows. */
export const AF_CNT: number | undefined = maybe("AF_CNT");
/** Address family: darwin 24; not on linux, windows. */
export const AF_SIP: number | undefined = maybe("AF_SIP");
/** Address family: darwin 27; not on linux, windows. */
export const AF_NDRV: number | undefined = maybe("AF_NDRV");
/** Address family: darwin 28; not on linux, windows. */
export const AF_E164: number | undefined = maybe("AF_E164");
/** Address family: darwin 31; not on linux, windows. */
export const AF_NATM: number | undefined = maybe("AF_NATM");
/** Address family: darwin 32; not on linux, windows. */
export const AF_SYSTEM: number | undefined = maybe("AF_SYSTEM");
/** Address family: darwin 33, windows 17; not on linux. */
export const AF_NETBIOS: number | undefined = maybe("AF_NETBIOS");
/** Address family: darwin 34; not on linux, windows. */
export const AF_PPP: number | undefined = maybe("AF_PPP");
/** Address family: darwin 36; not on linux, windows. */
export const AF_RESERVED_36: number | undefined = maybe("AF_RESERVED_36");
/** Address family: darwin 37; not on linux, windows. */
export const AF_IEEE80211: number | undefined = maybe("AF_IEEE80211");
/** Address family: darwin 38; not on linux, windows. */
export const AF_UTUN: number | undefined = maybe("AF_UTUN");
/** One more than the largest address family: darwin 41, windows 33; not on linux. */
export const AF_MAX: number | undefined = maybe("AF_MAX");
/** Address family: windows 18; not on linux, darwin. */
export const AF_VOICEVIEW: number | undefined = maybe("AF_VOICEVIEW");
/** Address family: windows 19; not on linux, darwin. */
export const AF_FIREFOX: number | undefined = maybe("AF_FIREFOX");
/** Address family: windows 20; not on linux, darwin. */
export const AF_UNKNOWN1: number | undefined = maybe("AF_UNKNOWN1");
/** Address family: windows 21; not on linux, darwin. */
export const AF_BAN: number | undefined = maybe("AF_BAN");
/** Address family: windows 22; not on linux, darwin. */
export const AF_ATM: number | undefined = maybe("AF_ATM");
/** Address family: windows 24; not on linux, darwin. */
export const AF_CLUSTER: number | undefined = maybe("AF_CLUSTER");
/** Address family: windows 25; not on linux, darwin. */
export const AF_12844: number | undefined = maybe("AF_12844");
/** Address family: windows 28; not on linux, darwin. */
export const AF_NETDES: number | undefined = maybe("AF_NETDES");
/** Address family: windows 29; not on linux, darwin. */
export const AF_TCNPROCESS: number | undefined = maybe("AF_TCNPROCESS");
/** Address family: windows 30; not on linux, darwin. */
export const AF_TCNMESSAGE: number | undefined = maybe("AF_TCNMESSAGE");
/** Address family: windows 31; not on linux, darwin. */
export const AF_ICLFXBM: number | undefined = maybe("AF_ICLFXBM");
/** Address family: windows 32; not on linux, darwin. */
export const AF_BTH: number | undefined = maybe("AF_BTH");
