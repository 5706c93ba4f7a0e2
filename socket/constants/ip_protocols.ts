/**
 * IP protocol numbers (`IPPROTO_*`), ports (`IPPORT_*`) and IPv4 addresses as integers (`INADDR_*`).
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
 * TCP; IP protocol number (and option level): linux 6, darwin 6, windows 6.
 *
 * @example Name the protocol explicitly
 * ```ts
 * import { AF_INET, INADDR_LOOPBACK, IPPROTO_TCP, SOCK_STREAM, socket } from "@berkeley/socket";
 * using s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
 * console.log(s.proto === IPPROTO_TCP); // true
 * console.log(INADDR_LOOPBACK === 0x7f000001); // true: 127.0.0.1
 * ```
 */
export const IPPROTO_TCP: number = defined("IPPROTO_TCP");
/** IPv4; IP protocol number (and option level): linux 0, darwin 0, windows 0. */
export const IPPROTO_IP: number = defined("IPPROTO_IP");
/** ICMP; IP protocol number (and option level): linux 1, darwin 1, windows 1. */
export const IPPROTO_ICMP: number = defined("IPPROTO_ICMP");
/** IGMP; IP protocol number (and option level): linux 2, darwin 2, windows 2. */
export const IPPROTO_IGMP: number = defined("IPPROTO_IGMP");
/** IP protocol number (and option level): linux 4, darwin 4; not on windows. */
export const IPPROTO_IPIP: number | undefined = maybe("IPPROTO_IPIP");
/** IP protocol number (and option level): linux 8, darwin 8, windows 8. */
export const IPPROTO_EGP: number = defined("IPPROTO_EGP");
/** IP protocol number (and option level): linux 12, darwin 12, windows 12. */
export const IPPROTO_PUP: number = defined("IPPROTO_PUP");
/** UDP; IP protocol number (and option level): linux 17, darwin 17, windows 17. */
export const IPPROTO_UDP: number = defined("IPPROTO_UDP");
/** IP protocol number (and option level): linux 22, darwin 22, windows 22. */
export const IPPROTO_IDP: number = defined("IPPROTO_IDP");
/** IP protocol number (and option level): linux 29, darwin 29; not on windows. */
export const IPPROTO_TP: number | undefined = maybe("IPPROTO_TP");
/** IP protocol number (and option level): linux 33; not on darwin, windows. */
export const IPPROTO_DCCP: number | undefined = maybe("IPPROTO_DCCP");
/** IPv6; IP protocol number (and option level): linux 41, darwin 41, windows 41. */
export const IPPROTO_IPV6: number = defined("IPPROTO_IPV6");
/** IP protocol number (and option level): linux 46, darwin 46; not on windows. */
export const IPPROTO_RSVP: number | undefined = maybe("IPPROTO_RSVP");
/** GRE; IP protocol number (and option level): linux 47, darwin 47; not on windows. */
export const IPPROTO_GRE: number | undefined = maybe("IPPROTO_GRE");
/** IPsec ESP; IP protocol number (and option level): linux 50, darwin 50, windows 50. */
export const IPPROTO_ESP: number = defined("IPPROTO_ESP");
/** IPsec AH; IP protocol number (and option level): linux 51, darwin 51, windows 51. */
export const IPPROTO_AH: number = defined("IPPROTO_AH");
/** IP protocol number (and option level): linux 92, darwin 92; not on windows. */
export const IPPROTO_MTP: number | undefined = maybe("IPPROTO_MTP");
/** IP protocol number (and option level): linux 94; not on darwin, windows. */
export const IPPROTO_BEETPH: number | undefined = maybe("IPPROTO_BEETPH");
/** IP protocol number (and option level): linux 98, darwin 98; not on windows. */
export const IPPROTO_ENCAP: number | undefined = maybe("IPPROTO_ENCAP");
/** IP protocol number (and option level): linux 103, darwin 103, windows 103. */
export const IPPROTO_PIM: number = defined("IPPROTO_PIM");
/** IP protocol number (and option level): linux 108; not on darwin, windows. */
export const IPPROTO_COMP: number | undefined = maybe("IPPROTO_COMP");
/** SCTP; IP protocol number (and option level): linux 132, darwin 132, windows 132. */
export const IPPROTO_SCTP: number = defined("IPPROTO_SCTP");
/** UDP-Lite; IP protocol number (and option level): linux 136; not on darwin, windows. */
export const IPPROTO_UDPLITE: number | undefined = maybe("IPPROTO_UDPLITE");
/** IP protocol number (and option level): linux 137; not on darwin, windows. */
export const IPPROTO_MPLS: number | undefined = maybe("IPPROTO_MPLS");
/** IP protocol number (and option level): linux 143; not on darwin, windows. */
export const IPPROTO_ETHERNET: number | undefined = maybe("IPPROTO_ETHERNET");
/** Raw IP packets, header included; IP protocol number (and option level): linux 255, darwin 255, windows 255. */
export const IPPROTO_RAW: number = defined("IPPROTO_RAW");
/** IP protocol number (and option level): linux 262; not on darwin, windows. */
export const IPPROTO_MPTCP: number | undefined = maybe("IPPROTO_MPTCP");
/** IP protocol number (and option level): linux 0, darwin 0, windows 0. */
export const IPPROTO_HOPOPTS: number = defined("IPPROTO_HOPOPTS");
/** IP protocol number (and option level): linux 43, darwin 43, windows 43. */
export const IPPROTO_ROUTING: number = defined("IPPROTO_ROUTING");
/** IP protocol number (and option level): linux 44, darwin 44, windows 44. */
export const IPPROTO_FRAGMENT: number = defined("IPPROTO_FRAGMENT");
/** ICMPv6; IP protocol number (and option level): linux 58, darwin 58, windows 58. */
export const IPPROTO_ICMPV6: number = defined("IPPROTO_ICMPV6");
/** IP protocol number (and option level): linux 59, darwin 59, windows 59. */
export const IPPROTO_NONE: number = defined("IPPROTO_NONE");
/** IP protocol number (and option level): linux 60, darwin 60, windows 60. */
export const IPPROTO_DSTOPTS: number = defined("IPPROTO_DSTOPTS");
/** IP protocol number (and option level): linux 135; not on darwin, windows. */
export const IPPROTO_MH: number | undefined = maybe("IPPROTO_MH");
/** Well-known port: linux 7, windows 7; not on darwin. */
export const IPPORT_ECHO: number | undefined = maybe("IPPORT_ECHO");
/** Well-known port: linux 9, windows 9; not on darwin. */
export const IPPORT_DISCARD: number | undefined = maybe("IPPORT_DISCARD");
/** Well-known port: linux 11, windows 11; not on darwin. */
export const IPPORT_SYSTAT: number | undefined = maybe("IPPORT_SYSTAT");
/** Well-known port: linux 13, windows 13; not on darwin. */
export const IPPORT_DAYTIME: number | undefined = maybe("IPPORT_DAYTIME");
/** Well-known port: linux 15, windows 15; not on darwin. */
export const IPPORT_NETSTAT: number | undefined = maybe("IPPORT_NETSTAT");
/** Well-known port: linux 21, windows 21; not on darwin. */
export const IPPORT_FTP: number | undefined = maybe("IPPORT_FTP");
/** Well-known port: linux 23, windows 23; not on darwin. */
export const IPPORT_TELNET: number | undefined = maybe("IPPORT_TELNET");
/** Well-known port: linux 25, windows 25; not on darwin. */
export const IPPORT_SMTP: number | undefined = maybe("IPPORT_SMTP");
/** Well-known port: linux 37, windows 37; not on darwin. */
export const IPPORT_TIMESERVER: number | undefined = maybe("IPPORT_TIMESERVER");
/** Well-known port: linux 42, windows 42; not on darwin. */
export const IPPORT_NAMESERVER: number | undefined = maybe("IPPORT_NAMESERVER");
/** Well-known port: linux 43, windows 43; not on darwin. */
export const IPPORT_WHOIS: number | undefined = maybe("IPPORT_WHOIS");
/** Well-known port: linux 57, windows 57; not on darwin. */
export const IPPORT_MTP: number | undefined = maybe("IPPORT_MTP");
/** Well-known port: linux 69, windows 69; not on darwin. */
export const IPPORT_TFTP: number | undefined = maybe("IPPORT_TFTP");
/** Well-known port: linux 77, windows 77; not on darwin. */
export const IPPORT_RJE: number | undefined = maybe("IPPORT_RJE");
/** Well-known port: linux 79, windows 79; not on darwin. */
export const IPPORT_FINGER: number | undefined = maybe("IPPORT_FINGER");
/** Well-known port: linux 87, windows 87; not on darwin. */
export const IPPORT_TTYLINK: number | undefined = maybe("IPPORT_TTYLINK");
/** Well-known port: linux 95, windows 95; not on darwin. */
export const IPPORT_SUPDUP: number | undefined = maybe("IPPORT_SUPDUP");
/** Well-known port: linux 512, windows 512; not on darwin. */
export const IPPORT_EXECSERVER: number | undefined = maybe("IPPORT_EXECSERVER");
/** Well-known port: linux 513, windows 513; not on darwin. */
export const IPPORT_LOGINSERVER: number | undefined = maybe(
  "IPPORT_LOGINSERVER",
);
/** Well-known port: linux 514, windows 514; not on darwin. */
export const IPPORT_CMDSERVER: number | undefined = maybe("IPPORT_CMDSERVER");
/** Well-known port: linux 520, windows 520; not on darwin. */
export const IPPORT_EFSSERVER: number | undefined = maybe("IPPORT_EFSSERVER");
/** Well-known port: linux 512, windows 512; not on darwin. */
export const IPPORT_BIFFUDP: number | undefined = maybe("IPPORT_BIFFUDP");
/** Well-known port: linux 513, windows 513; not on darwin. */
export const IPPORT_WHOSERVER: number | undefined = maybe("IPPORT_WHOSERVER");
/** Well-known port: linux 520, windows 520; not on darwin. */
export const IPPORT_ROUTESERVER: number | undefined = maybe(
  "IPPORT_ROUTESERVER",
);
/** Ports below this one need privilege; bound of a port range: linux 1024, darwin 1024, windows 1024. */
export const IPPORT_RESERVED: number = defined("IPPORT_RESERVED");
/** Bound of a port range: linux 5000, darwin 5000, windows 5000. */
export const IPPORT_USERRESERVED: number = defined("IPPORT_USERRESERVED");
/** 0.0.0.0, any address; IPv4 address as a host-order integer: linux 0, darwin 0, windows 0. */
export const INADDR_ANY: number = defined("INADDR_ANY");
/** 255.255.255.255; IPv4 address as a host-order integer: linux 4294967295, darwin 4294967295, windows 4294967295. */
export const INADDR_BROADCAST: number = defined("INADDR_BROADCAST");
/** 255.255.255.255, inet_addr()'s failure; IPv4 address as a host-order integer: linux 4294967295, darwin 4294967295, windows 4294967295. */
export const INADDR_NONE: number = defined("INADDR_NONE");
/** IPv4 address as a host-order integer: linux 3221225480; not on darwin, windows. */
export const INADDR_DUMMY: number | undefined = maybe("INADDR_DUMMY");
/** 127.0.0.1; IPv4 address as a host-order integer: linux 2130706433, darwin 2130706433, windows 2130706433. */
export const INADDR_LOOPBACK: number = defined("INADDR_LOOPBACK");
/** 224.0.0.0; IPv4 address as a host-order integer: linux 3758096384, darwin 3758096384, windows 3758096384. */
export const INADDR_UNSPEC_GROUP: number = defined("INADDR_UNSPEC_GROUP");
/** 224.0.0.1, all hosts; IPv4 address as a host-order integer: linux 3758096385, darwin 3758096385, windows 3758096385. */
export const INADDR_ALLHOSTS_GROUP: number = defined("INADDR_ALLHOSTS_GROUP");
/** IPv4 address as a host-order integer: linux 3758096386, darwin 3758096386; not on windows. */
export const INADDR_ALLRTRS_GROUP: number | undefined = maybe(
  "INADDR_ALLRTRS_GROUP",
);
/** IPv4 address as a host-order integer: linux 3758096490; not on darwin, windows. */
export const INADDR_ALLSNOOPERS_GROUP: number | undefined = maybe(
  "INADDR_ALLSNOOPERS_GROUP",
);
/** 224.0.0.255; IPv4 address as a host-order integer: linux 3758096639, darwin 3758096639, windows 3758096639. */
export const INADDR_MAX_LOCAL_GROUP: number = defined("INADDR_MAX_LOCAL_GROUP");
/** IP protocol number (and option level): darwin 3, windows 3; not on linux. */
export const IPPROTO_GGP: number | undefined = maybe("IPPROTO_GGP");
/** IP protocol number (and option level): darwin 4, windows 4; not on linux. */
export const IPPROTO_IPV4: number | undefined = maybe("IPPROTO_IPV4");
/** IP protocol number (and option level): darwin 7, windows 5; not on linux. */
export const IPPROTO_ST: number | undefined = maybe("IPPROTO_ST");
/** IP protocol number (and option level): darwin 9; not on linux, windows. */
export const IPPROTO_PIGP: number | undefined = maybe("IPPROTO_PIGP");
/** IP protocol number (and option level): darwin 10; not on linux, windows. */
export const IPPROTO_RCCMON: number | undefined = maybe("IPPROTO_RCCMON");
/** IP protocol number (and option level): darwin 11; not on linux, windows. */
export const IPPROTO_NVPII: number | undefined = maybe("IPPROTO_NVPII");
/** IP protocol number (and option level): darwin 13; not on linux, windows. */
export const IPPROTO_ARGUS: number | undefined = maybe("IPPROTO_ARGUS");
/** IP protocol number (and option level): darwin 14; not on linux, windows. */
export const IPPROTO_EMCON: number | undefined = maybe("IPPROTO_EMCON");
/** IP protocol number (and option level): darwin 15; not on linux, windows. */
export const IPPROTO_XNET: number | undefined = maybe("IPPROTO_XNET");
/** IP protocol number (and option level): darwin 16; not on linux, windows. */
export const IPPROTO_CHAOS: number | undefined = maybe("IPPROTO_CHAOS");
/** IP protocol number (and option level): darwin 18; not on linux, windows. */
export const IPPROTO_MUX: number | undefined = maybe("IPPROTO_MUX");
/** IP protocol number (and option level): darwin 19; not on linux, windows. */
export const IPPROTO_MEAS: number | undefined = maybe("IPPROTO_MEAS");
/** IP protocol number (and option level): darwin 20; not on linux, windows. */
export const IPPROTO_HMP: number | undefined = maybe("IPPROTO_HMP");
/** IP protocol number (and option level): darwin 21; not on linux, windows. */
export const IPPROTO_PRM: number | undefined = maybe("IPPROTO_PRM");
/** IP protocol number (and option level): darwin 23; not on linux, windows. */
export const IPPROTO_TRUNK1: number | undefined = maybe("IPPROTO_TRUNK1");
/** IP protocol number (and option level): darwin 24; not on linux, windows. */
export const IPPROTO_TRUNK2: number | undefined = maybe("IPPROTO_TRUNK2");
/** IP protocol number (and option level): darwin 25; not on linux, windows. */
export const IPPROTO_LEAF1: number | undefined = maybe("IPPROTO_LEAF1");
/** IP protocol number (and option level): darwin 26; not on linux, windows. */
export const IPPROTO_LEAF2: number | undefined = maybe("IPPROTO_LEAF2");
/** IP protocol number (and option level): darwin 27, windows 27; not on linux. */
export const IPPROTO_RDP: number | undefined = maybe("IPPROTO_RDP");
/** IP protocol number (and option level): darwin 28; not on linux, windows. */
export const IPPROTO_IRTP: number | undefined = maybe("IPPROTO_IRTP");
/** IP protocol number (and option level): darwin 30; not on linux, windows. */
export const IPPROTO_BLT: number | undefined = maybe("IPPROTO_BLT");
/** IP protocol number (and option level): darwin 31; not on linux, windows. */
export const IPPROTO_NSP: number | undefined = maybe("IPPROTO_NSP");
/** IP protocol number (and option level): darwin 32; not on linux, windows. */
export const IPPROTO_INP: number | undefined = maybe("IPPROTO_INP");
/** IP protocol number (and option level): darwin 33; not on linux, windows. */
export const IPPROTO_SEP: number | undefined = maybe("IPPROTO_SEP");
/** IP protocol number (and option level): darwin 34; not on linux, windows. */
export const IPPROTO_3PC: number | undefined = maybe("IPPROTO_3PC");
/** IP protocol number (and option level): darwin 35; not on linux, windows. */
export const IPPROTO_IDPR: number | undefined = maybe("IPPROTO_IDPR");
/** IP protocol number (and option level): darwin 36; not on linux, windows. */
export const IPPROTO_XTP: number | undefined = maybe("IPPROTO_XTP");
/** IP protocol number (and option level): darwin 37; not on linux, windows. */
export const IPPROTO_DDP: number | undefined = maybe("IPPROTO_DDP");
/** IP protocol number (and option level): darwin 38; not on linux, windows. */
export const IPPROTO_CMTP: number | undefined = maybe("IPPROTO_CMTP");
/** IP protocol number (and option level): darwin 39; not on linux, windows. */
export const IPPROTO_TPXX: number | undefined = maybe("IPPROTO_TPXX");
/** IP protocol number (and option level): darwin 40; not on linux, windows. */
export const IPPROTO_IL: number | undefined = maybe("IPPROTO_IL");
/** IP protocol number (and option level): darwin 42; not on linux, windows. */
export const IPPROTO_SDRP: number | undefined = maybe("IPPROTO_SDRP");
/** IP protocol number (and option level): darwin 45; not on linux, windows. */
export const IPPROTO_IDRP: number | undefined = maybe("IPPROTO_IDRP");
/** IP protocol number (and option level): darwin 48; not on linux, windows. */
export const IPPROTO_MHRP: number | undefined = maybe("IPPROTO_MHRP");
/** IP protocol number (and option level): darwin 49; not on linux, windows. */
export const IPPROTO_BHA: number | undefined = maybe("IPPROTO_BHA");
/** IP protocol number (and option level): darwin 52; not on linux, windows. */
export const IPPROTO_INLSP: number | undefined = maybe("IPPROTO_INLSP");
/** IP protocol number (and option level): darwin 53; not on linux, windows. */
export const IPPROTO_SWIPE: number | undefined = maybe("IPPROTO_SWIPE");
/** IP protocol number (and option level): darwin 54; not on linux, windows. */
export const IPPROTO_NHRP: number | undefined = maybe("IPPROTO_NHRP");
/** IP protocol number (and option level): darwin 61; not on linux, windows. */
export const IPPROTO_AHIP: number | undefined = maybe("IPPROTO_AHIP");
/** IP protocol number (and option level): darwin 62; not on linux, windows. */
export const IPPROTO_CFTP: number | undefined = maybe("IPPROTO_CFTP");
/** IP protocol number (and option level): darwin 63; not on linux, windows. */
export const IPPROTO_HELLO: number | undefined = maybe("IPPROTO_HELLO");
/** IP protocol number (and option level): darwin 64; not on linux, windows. */
export const IPPROTO_SATEXPAK: number | undefined = maybe("IPPROTO_SATEXPAK");
/** IP protocol number (and option level): darwin 65; not on linux, windows. */
export const IPPROTO_KRYPTOLAN: number | undefined = maybe("IPPROTO_KRYPTOLAN");
/** IP protocol number (and option level): darwin 66; not on linux, windows. */
export const IPPROTO_RVD: number | undefined = maybe("IPPROTO_RVD");
/** IP protocol number (and option level): darwin 67; not on linux, windows. */
export const IPPROTO_IPPC: number | undefined = maybe("IPPROTO_IPPC");
/** IP protocol number (and option level): darwin 68; not on linux, windows. */
export const IPPROTO_ADFS: number | undefined = maybe("IPPROTO_ADFS");
/** IP protocol number (and option level): darwin 69; not on linux, windows. */
export const IPPROTO_SATMON: number | undefined = maybe("IPPROTO_SATMON");
/** IP protocol number (and option level): darwin 70; not on linux, windows. */
export const IPPROTO_VISA: number | undefined = maybe("IPPROTO_VISA");
/** IP protocol number (and option level): darwin 71; not on linux, windows. */
export const IPPROTO_IPCV: number | undefined = maybe("IPPROTO_IPCV");
/** IP protocol number (and option level): darwin 72; not on linux, windows. */
export const IPPROTO_CPNX: number | undefined = maybe("IPPROTO_CPNX");
/** IP protocol number (and option level): darwin 73; not on linux, windows. */
export const IPPROTO_CPHB: number | undefined = maybe("IPPROTO_CPHB");
/** IP protocol number (and option level): darwin 74; not on linux, windows. */
export const IPPROTO_WSN: number | undefined = maybe("IPPROTO_WSN");
/** IP protocol number (and option level): darwin 75; not on linux, windows. */
export const IPPROTO_PVP: number | undefined = maybe("IPPROTO_PVP");
/** IP protocol number (and option level): darwin 76; not on linux, windows. */
export const IPPROTO_BRSATMON: number | undefined = maybe("IPPROTO_BRSATMON");
/** IP protocol number (and option level): darwin 77, windows 77; not on linux. */
export const IPPROTO_ND: number | undefined = maybe("IPPROTO_ND");
/** IP protocol number (and option level): darwin 78; not on linux, windows. */
export const IPPROTO_WBMON: number | undefined = maybe("IPPROTO_WBMON");
/** IP protocol number (and option level): darwin 79; not on linux, windows. */
export const IPPROTO_WBEXPAK: number | undefined = maybe("IPPROTO_WBEXPAK");
/** IP protocol number (and option level): darwin 80; not on linux, windows. */
export const IPPROTO_EON: number | undefined = maybe("IPPROTO_EON");
/** IP protocol number (and option level): darwin 81; not on linux, windows. */
export const IPPROTO_VMTP: number | undefined = maybe("IPPROTO_VMTP");
/** IP protocol number (and option level): darwin 82; not on linux, windows. */
export const IPPROTO_SVMTP: number | undefined = maybe("IPPROTO_SVMTP");
/** IP protocol number (and option level): darwin 83; not on linux, windows. */
export const IPPROTO_VINES: number | undefined = maybe("IPPROTO_VINES");
/** IP protocol number (and option level): darwin 84; not on linux, windows. */
export const IPPROTO_TTP: number | undefined = maybe("IPPROTO_TTP");
/** IP protocol number (and option level): darwin 85, windows 9; not on linux. */
export const IPPROTO_IGP: number | undefined = maybe("IPPROTO_IGP");
/** IP protocol number (and option level): darwin 86; not on linux, windows. */
export const IPPROTO_DGP: number | undefined = maybe("IPPROTO_DGP");
/** IP protocol number (and option level): darwin 87; not on linux, windows. */
export const IPPROTO_TCF: number | undefined = maybe("IPPROTO_TCF");
/** IP protocol number (and option level): darwin 88; not on linux, windows. */
export const IPPROTO_IGRP: number | undefined = maybe("IPPROTO_IGRP");
/** IP protocol number (and option level): darwin 89; not on linux, windows. */
export const IPPROTO_OSPFIGP: number | undefined = maybe("IPPROTO_OSPFIGP");
/** IP protocol number (and option level): darwin 90; not on linux, windows. */
export const IPPROTO_SRPC: number | undefined = maybe("IPPROTO_SRPC");
/** IP protocol number (and option level): darwin 91; not on linux, windows. */
export const IPPROTO_LARP: number | undefined = maybe("IPPROTO_LARP");
/** IP protocol number (and option level): darwin 93; not on linux, windows. */
export const IPPROTO_AX25: number | undefined = maybe("IPPROTO_AX25");
/** IP protocol number (and option level): darwin 94; not on linux, windows. */
export const IPPROTO_IPEIP: number | undefined = maybe("IPPROTO_IPEIP");
/** IP protocol number (and option level): darwin 95; not on linux, windows. */
export const IPPROTO_MICP: number | undefined = maybe("IPPROTO_MICP");
/** IP protocol number (and option level): darwin 96; not on linux, windows. */
export const IPPROTO_SCCSP: number | undefined = maybe("IPPROTO_SCCSP");
/** IP protocol number (and option level): darwin 97; not on linux, windows. */
export const IPPROTO_ETHERIP: number | undefined = maybe("IPPROTO_ETHERIP");
/** IP protocol number (and option level): darwin 99; not on linux, windows. */
export const IPPROTO_APES: number | undefined = maybe("IPPROTO_APES");
/** IP protocol number (and option level): darwin 100; not on linux, windows. */
export const IPPROTO_GMTP: number | undefined = maybe("IPPROTO_GMTP");
/** IP protocol number (and option level): darwin 108; not on linux, windows. */
export const IPPROTO_IPCOMP: number | undefined = maybe("IPPROTO_IPCOMP");
/** IP protocol number (and option level): darwin 113, windows 113; not on linux. */
export const IPPROTO_PGM: number | undefined = maybe("IPPROTO_PGM");
/** IP protocol number (and option level): darwin 254; not on linux, windows. */
export const IPPROTO_DIVERT: number | undefined = maybe("IPPROTO_DIVERT");
/** IP protocol number (and option level): darwin 256, windows 256; not on linux. */
export const IPPROTO_MAX: number | undefined = maybe("IPPROTO_MAX");
/** IP protocol number (and option level): darwin 257; not on linux, windows. */
export const IPPROTO_DONE: number | undefined = maybe("IPPROTO_DONE");
/** Bound of a port range: darwin 49152; not on linux, windows. */
export const IPPORT_HIFIRSTAUTO: number | undefined = maybe(
  "IPPORT_HIFIRSTAUTO",
);
/** Bound of a port range: darwin 65535; not on linux, windows. */
export const IPPORT_HILASTAUTO: number | undefined = maybe("IPPORT_HILASTAUTO");
/** Bound of a port range: darwin 600; not on linux, windows. */
export const IPPORT_RESERVEDSTART: number | undefined = maybe(
  "IPPORT_RESERVEDSTART",
);
/** IPv4 address as a host-order integer: darwin 3758096406; not on linux, windows. */
export const INADDR_ALLRPTS_GROUP: number | undefined = maybe(
  "INADDR_ALLRPTS_GROUP",
);
/** IPv4 address as a host-order integer: darwin 3758096402; not on linux, windows. */
export const INADDR_CARP_GROUP: number | undefined = maybe("INADDR_CARP_GROUP");
/** IPv4 address as a host-order integer: darwin 3758096624; not on linux, windows. */
export const INADDR_PFSYNC_GROUP: number | undefined = maybe(
  "INADDR_PFSYNC_GROUP",
);
/** IPv4 address as a host-order integer: darwin 3758096635; not on linux, windows. */
export const INADDR_ALLMDNS_GROUP: number | undefined = maybe(
  "INADDR_ALLMDNS_GROUP",
);
/** IPv4 loopback network number: darwin 127; not on linux, windows. */
export const IN_LOOPBACKNET: number | undefined = maybe("IN_LOOPBACKNET");
/** Bound of a port range: darwin 1024; not on linux, windows. */
export const IPV6PORT_RESERVED: number | undefined = maybe("IPV6PORT_RESERVED");
/** Constant of the C headers: darwin 49152; not on linux, windows. */
export const IPV6PORT_ANONMIN: number | undefined = maybe("IPV6PORT_ANONMIN");
/** Constant of the C headers: darwin 65535; not on linux, windows. */
export const IPV6PORT_ANONMAX: number | undefined = maybe("IPV6PORT_ANONMAX");
/** Bound of a port range: darwin 600; not on linux, windows. */
export const IPV6PORT_RESERVEDMIN: number | undefined = maybe(
  "IPV6PORT_RESERVEDMIN",
);
/** Bound of a port range: darwin 1023; not on linux, windows. */
export const IPV6PORT_RESERVEDMAX: number | undefined = maybe(
  "IPV6PORT_RESERVEDMAX",
);
/** IP protocol number (and option level): windows 7; not on linux, darwin. */
export const IPPROTO_CBT: number | undefined = maybe("IPPROTO_CBT");
/** IP protocol number (and option level): windows 78; not on linux, darwin. */
export const IPPROTO_ICLFXBM: number | undefined = maybe("IPPROTO_ICLFXBM");
/** IP protocol number (and option level): windows 115; not on linux, darwin. */
export const IPPROTO_L2TP: number | undefined = maybe("IPPROTO_L2TP");
