/**
 * IPv4 options (`IP_*`) and multicast options (`MCAST_*`).
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
 * Time to live of sent packets; IPv4 option at level `IPPROTO_IP`: linux 2, darwin 4, windows 4.
 *
 * @example Set the time to live of outgoing datagrams
 * ```ts
 * import { AF_INET, IP_TTL, IPPROTO_IP, SOCK_DGRAM, socket } from "@berkeley/socket";
 * using s = socket(AF_INET, SOCK_DGRAM);
 * s.setsockopt(IPPROTO_IP, IP_TTL, 8);
 * console.log(s.getsockopt(IPPROTO_IP, IP_TTL)); // 8
 * ```
 */
export const IP_TTL: number = defined("IP_TTL");
/** IP header options; IPv4 option at level `IPPROTO_IP`: linux 4, darwin 1, windows 1. */
export const IP_OPTIONS: number = defined("IP_OPTIONS");
/** Sent packets include the IP header; IPv4 option at level `IPPROTO_IP`: linux 3, darwin 2, windows 2. */
export const IP_HDRINCL: number = defined("IP_HDRINCL");
/** Type of service of sent packets; IPv4 option at level `IPPROTO_IP`: linux 1, darwin 3, windows 3. */
export const IP_TOS: number = defined("IP_TOS");
/** IPv4 option at level `IPPROTO_IP`: linux 6, darwin 5; not on windows. */
export const IP_RECVOPTS: number | undefined = maybe("IP_RECVOPTS");
/** IPv4 option at level `IPPROTO_IP`: linux 7, darwin 6; not on windows. */
export const IP_RECVRETOPTS: number | undefined = maybe("IP_RECVRETOPTS");
/** IPv4 option at level `IPPROTO_IP`: linux 7, darwin 8; not on windows. */
export const IP_RETOPTS: number | undefined = maybe("IP_RETOPTS");
/** Interface for sent multicast; IPv4 option at level `IPPROTO_IP`: linux 32, darwin 9, windows 9. */
export const IP_MULTICAST_IF: number = defined("IP_MULTICAST_IF");
/** Time to live of sent multicast; IPv4 option at level `IPPROTO_IP`: linux 33, darwin 10, windows 10. */
export const IP_MULTICAST_TTL: number = defined("IP_MULTICAST_TTL");
/** Deliver sent multicast to this host too; IPv4 option at level `IPPROTO_IP`: linux 34, darwin 11, windows 11. */
export const IP_MULTICAST_LOOP: number = defined("IP_MULTICAST_LOOP");
/** Join a multicast group (struct ip_mreq); IPv4 option at level `IPPROTO_IP`: linux 35, darwin 12, windows 12. */
export const IP_ADD_MEMBERSHIP: number = defined("IP_ADD_MEMBERSHIP");
/** Leave a multicast group (struct ip_mreq); IPv4 option at level `IPPROTO_IP`: linux 36, darwin 13, windows 13. */
export const IP_DROP_MEMBERSHIP: number = defined("IP_DROP_MEMBERSHIP");
/** IPv4 option at level `IPPROTO_IP`: linux 37, darwin 73, windows 18. */
export const IP_UNBLOCK_SOURCE: number = defined("IP_UNBLOCK_SOURCE");
/** IPv4 option at level `IPPROTO_IP`: linux 38, darwin 72, windows 17. */
export const IP_BLOCK_SOURCE: number = defined("IP_BLOCK_SOURCE");
/** IPv4 option at level `IPPROTO_IP`: linux 39, darwin 70, windows 15. */
export const IP_ADD_SOURCE_MEMBERSHIP: number = defined(
  "IP_ADD_SOURCE_MEMBERSHIP",
);
/** IPv4 option at level `IPPROTO_IP`: linux 40, darwin 71, windows 16. */
export const IP_DROP_SOURCE_MEMBERSHIP: number = defined(
  "IP_DROP_SOURCE_MEMBERSHIP",
);
/** IPv4 option at level `IPPROTO_IP`: linux 41, darwin 74; not on windows. */
export const IP_MSFILTER: number | undefined = maybe("IP_MSFILTER");
/** IPv4 option at level `IPPROTO_IP`: linux 49; not on darwin, windows. */
export const IP_MULTICAST_ALL: number | undefined = maybe("IP_MULTICAST_ALL");
/** IPv4 option at level `IPPROTO_IP`: linux 50, windows 31; not on darwin. */
export const IP_UNICAST_IF: number | undefined = maybe("IP_UNICAST_IF");
/** IPv4 option at level `IPPROTO_IP`: linux 5; not on darwin, windows. */
export const IP_ROUTER_ALERT: number | undefined = maybe("IP_ROUTER_ALERT");
/** Receive each datagram's destination and interface; IPv4 option at level `IPPROTO_IP`: linux 8, darwin 26, windows 19. */
export const IP_PKTINFO: number = defined("IP_PKTINFO");
/** IPv4 option at level `IPPROTO_IP`: linux 9; not on darwin, windows. */
export const IP_PKTOPTIONS: number | undefined = maybe("IP_PKTOPTIONS");
/** IPv4 option at level `IPPROTO_IP`: linux 10; not on darwin, windows. */
export const IP_PMTUDISC: number | undefined = maybe("IP_PMTUDISC");
/** Path MTU discovery mode; IPv4 option at level `IPPROTO_IP`: linux 10, windows 71; not on darwin. */
export const IP_MTU_DISCOVER: number | undefined = maybe("IP_MTU_DISCOVER");
/** IPv4 option at level `IPPROTO_IP`: linux 11, windows 75; not on darwin. */
export const IP_RECVERR: number | undefined = maybe("IP_RECVERR");
/** IPv4 option at level `IPPROTO_IP`: linux 12, darwin 24, windows 21. */
export const IP_RECVTTL: number = defined("IP_RECVTTL");
/** Receive each datagram's type of service; IPv4 option at level `IPPROTO_IP`: linux 13, darwin 27, windows 40. */
export const IP_RECVTOS: number = defined("IP_RECVTOS");
/** IPv4 option at level `IPPROTO_IP`: linux 14, windows 73; not on darwin. */
export const IP_MTU: number | undefined = maybe("IP_MTU");
/** IPv4 option at level `IPPROTO_IP`: linux 15; not on darwin, windows. */
export const IP_FREEBIND: number | undefined = maybe("IP_FREEBIND");
/** IPv4 option at level `IPPROTO_IP`: linux 16, darwin 21; not on windows. */
export const IP_IPSEC_POLICY: number | undefined = maybe("IP_IPSEC_POLICY");
/** IPv4 option at level `IPPROTO_IP`: linux 17; not on darwin, windows. */
export const IP_XFRM_POLICY: number | undefined = maybe("IP_XFRM_POLICY");
/** IPv4 option at level `IPPROTO_IP`: linux 18; not on darwin, windows. */
export const IP_PASSSEC: number | undefined = maybe("IP_PASSSEC");
/** IPv4 option at level `IPPROTO_IP`: linux 19; not on darwin, windows. */
export const IP_TRANSPARENT: number | undefined = maybe("IP_TRANSPARENT");
/** IPv4 option at level `IPPROTO_IP`: linux 20; not on darwin, windows. */
export const IP_ORIGDSTADDR: number | undefined = maybe("IP_ORIGDSTADDR");
/** IPv4 option at level `IPPROTO_IP`: linux 20; not on darwin, windows. */
export const IP_RECVORIGDSTADDR: number | undefined = maybe(
  "IP_RECVORIGDSTADDR",
);
/** IPv4 option at level `IPPROTO_IP`: linux 21; not on darwin, windows. */
export const IP_MINTTL: number | undefined = maybe("IP_MINTTL");
/** IPv4 option at level `IPPROTO_IP`: linux 22; not on darwin, windows. */
export const IP_NODEFRAG: number | undefined = maybe("IP_NODEFRAG");
/** IPv4 option at level `IPPROTO_IP`: linux 23; not on darwin, windows. */
export const IP_CHECKSUM: number | undefined = maybe("IP_CHECKSUM");
/** IPv4 option at level `IPPROTO_IP`: linux 24; not on darwin, windows. */
export const IP_BIND_ADDRESS_NO_PORT: number | undefined = maybe(
  "IP_BIND_ADDRESS_NO_PORT",
);
/** IPv4 option at level `IPPROTO_IP`: linux 25; not on darwin, windows. */
export const IP_RECVFRAGSIZE: number | undefined = maybe("IP_RECVFRAGSIZE");
/** IPv4 option at level `IPPROTO_IP`: linux 26; not on darwin, windows. */
export const IP_RECVERR_RFC4884: number | undefined = maybe(
  "IP_RECVERR_RFC4884",
);
/** Value of `IP_MTU_DISCOVER`: linux 0, windows 2; not on darwin. */
export const IP_PMTUDISC_DONT: number | undefined = maybe("IP_PMTUDISC_DONT");
/** Value of `IP_MTU_DISCOVER`: linux 1; not on darwin, windows. */
export const IP_PMTUDISC_WANT: number | undefined = maybe("IP_PMTUDISC_WANT");
/** Value of `IP_MTU_DISCOVER`: linux 2, windows 1; not on darwin. */
export const IP_PMTUDISC_DO: number | undefined = maybe("IP_PMTUDISC_DO");
/** Value of `IP_MTU_DISCOVER`: linux 3, windows 3; not on darwin. */
export const IP_PMTUDISC_PROBE: number | undefined = maybe("IP_PMTUDISC_PROBE");
/** Value of `IP_MTU_DISCOVER`: linux 4; not on darwin, windows. */
export const IP_PMTUDISC_INTERFACE: number | undefined = maybe(
  "IP_PMTUDISC_INTERFACE",
);
/** Value of `IP_MTU_DISCOVER`: linux 5; not on darwin, windows. */
export const IP_PMTUDISC_OMIT: number | undefined = maybe("IP_PMTUDISC_OMIT");
/** IPv4 limit or default: linux 1, darwin 1; not on windows. */
export const IP_DEFAULT_MULTICAST_TTL: number | undefined = maybe(
  "IP_DEFAULT_MULTICAST_TTL",
);
/** IPv4 limit or default: linux 1, darwin 1; not on windows. */
export const IP_DEFAULT_MULTICAST_LOOP: number | undefined = maybe(
  "IP_DEFAULT_MULTICAST_LOOP",
);
/** IPv4 limit or default: linux 20, darwin 4095; not on windows. */
export const IP_MAX_MEMBERSHIPS: number | undefined = maybe(
  "IP_MAX_MEMBERSHIPS",
);
/** IPv4 option at level `IPPROTO_IP`: darwin 7, windows 25; not on linux. */
export const IP_RECVDSTADDR: number | undefined = maybe("IP_RECVDSTADDR");
/** IPv4 option at level `IPPROTO_IP`: darwin 14; not on linux, windows. */
export const IP_MULTICAST_VIF: number | undefined = maybe("IP_MULTICAST_VIF");
/** IPv4 option at level `IPPROTO_IP`: darwin 19; not on linux, windows. */
export const IP_PORTRANGE: number | undefined = maybe("IP_PORTRANGE");
/** IPv4 option at level `IPPROTO_IP`: darwin 20, windows 24; not on linux. */
export const IP_RECVIF: number | undefined = maybe("IP_RECVIF");
/** IPv4 option at level `IPPROTO_IP`: darwin 22; not on linux, windows. */
export const IP_FAITH: number | undefined = maybe("IP_FAITH");
/** IPv4 option at level `IPPROTO_IP`: darwin 23; not on linux, windows. */
export const IP_STRIPHDR: number | undefined = maybe("IP_STRIPHDR");
/** IPv4 option at level `IPPROTO_IP`: darwin 25; not on linux, windows. */
export const IP_BOUND_IF: number | undefined = maybe("IP_BOUND_IF");
/** IPv4 option at level `IPPROTO_IP`: darwin 26; not on linux, windows. */
export const IP_RECVPKTINFO: number | undefined = maybe("IP_RECVPKTINFO");
/** IPv4 option at level `IPPROTO_IP`: darwin 28; not on linux, windows. */
export const IP_DONTFRAG: number | undefined = maybe("IP_DONTFRAG");
/** IPv4 option at level `IPPROTO_IP`: darwin 65; not on linux, windows. */
export const IP_TRAFFIC_MGT_BACKGROUND: number | undefined = maybe(
  "IP_TRAFFIC_MGT_BACKGROUND",
);
/** IPv4 option at level `IPPROTO_IP`: darwin 66; not on linux, windows. */
export const IP_MULTICAST_IFINDEX: number | undefined = maybe(
  "IP_MULTICAST_IFINDEX",
);
/** Protocol-independent multicast option: darwin 80; not on linux, windows. */
export const MCAST_JOIN_GROUP: number | undefined = maybe("MCAST_JOIN_GROUP");
/** Protocol-independent multicast option: darwin 81; not on linux, windows. */
export const MCAST_LEAVE_GROUP: number | undefined = maybe("MCAST_LEAVE_GROUP");
/** Protocol-independent multicast option: darwin 82; not on linux, windows. */
export const MCAST_JOIN_SOURCE_GROUP: number | undefined = maybe(
  "MCAST_JOIN_SOURCE_GROUP",
);
/** Protocol-independent multicast option: darwin 83; not on linux, windows. */
export const MCAST_LEAVE_SOURCE_GROUP: number | undefined = maybe(
  "MCAST_LEAVE_SOURCE_GROUP",
);
/** Protocol-independent multicast option: darwin 84; not on linux, windows. */
export const MCAST_BLOCK_SOURCE: number | undefined = maybe(
  "MCAST_BLOCK_SOURCE",
);
/** Protocol-independent multicast option: darwin 85; not on linux, windows. */
export const MCAST_UNBLOCK_SOURCE: number | undefined = maybe(
  "MCAST_UNBLOCK_SOURCE",
);
/** IPv4 limit or default: darwin 31; not on linux, windows. */
export const IP_MIN_MEMBERSHIPS: number | undefined = maybe(
  "IP_MIN_MEMBERSHIPS",
);
/** IPv4 limit or default: darwin 512; not on linux, windows. */
export const IP_MAX_GROUP_SRC_FILTER: number | undefined = maybe(
  "IP_MAX_GROUP_SRC_FILTER",
);
/** IPv4 limit or default: darwin 128; not on linux, windows. */
export const IP_MAX_SOCK_SRC_FILTER: number | undefined = maybe(
  "IP_MAX_SOCK_SRC_FILTER",
);
/** Multicast filter mode: darwin 0; not on linux, windows. */
export const MCAST_UNDEFINED: number | undefined = maybe("MCAST_UNDEFINED");
/** Multicast filter mode: darwin 1; not on linux, windows. */
export const MCAST_INCLUDE: number | undefined = maybe("MCAST_INCLUDE");
/** Multicast filter mode: darwin 2; not on linux, windows. */
export const MCAST_EXCLUDE: number | undefined = maybe("MCAST_EXCLUDE");
/** IPv4 option at level `IPPROTO_IP`: darwin 0; not on linux, windows. */
export const IP_PORTRANGE_DEFAULT: number | undefined = maybe(
  "IP_PORTRANGE_DEFAULT",
);
/** IPv4 option at level `IPPROTO_IP`: darwin 1; not on linux, windows. */
export const IP_PORTRANGE_HIGH: number | undefined = maybe("IP_PORTRANGE_HIGH");
/** IPv4 option at level `IPPROTO_IP`: darwin 2; not on linux, windows. */
export const IP_PORTRANGE_LOW: number | undefined = maybe("IP_PORTRANGE_LOW");
/** IPv4 option at level `IPPROTO_IP`: windows 14; not on linux, darwin. */
export const IP_DONTFRAGMENT: number | undefined = maybe("IP_DONTFRAGMENT");
/** IPv4 option at level `IPPROTO_IP`: windows 21; not on linux, darwin. */
export const IP_HOPLIMIT: number | undefined = maybe("IP_HOPLIMIT");
/** IPv4 option at level `IPPROTO_IP`: windows 22; not on linux, darwin. */
export const IP_RECEIVE_BROADCAST: number | undefined = maybe(
  "IP_RECEIVE_BROADCAST",
);
/** IPv4 option at level `IPPROTO_IP`: windows 28; not on linux, darwin. */
export const IP_IFLIST: number | undefined = maybe("IP_IFLIST");
/** IPv4 option at level `IPPROTO_IP`: windows 29; not on linux, darwin. */
export const IP_ADD_IFLIST: number | undefined = maybe("IP_ADD_IFLIST");
/** IPv4 option at level `IPPROTO_IP`: windows 30; not on linux, darwin. */
export const IP_DEL_IFLIST: number | undefined = maybe("IP_DEL_IFLIST");
/** IPv4 option at level `IPPROTO_IP`: windows 32; not on linux, darwin. */
export const IP_RTHDR: number | undefined = maybe("IP_RTHDR");
/** IPv4 option at level `IPPROTO_IP`: windows 33; not on linux, darwin. */
export const IP_GET_IFLIST: number | undefined = maybe("IP_GET_IFLIST");
/** IPv4 option at level `IPPROTO_IP`: windows 38; not on linux, darwin. */
export const IP_RECVRTHDR: number | undefined = maybe("IP_RECVRTHDR");
/** IPv4 option at level `IPPROTO_IP`: windows 39; not on linux, darwin. */
export const IP_TCLASS: number | undefined = maybe("IP_TCLASS");
/** IPv4 option at level `IPPROTO_IP`: windows 40; not on linux, darwin. */
export const IP_RECVTCLASS: number | undefined = maybe("IP_RECVTCLASS");
/** IPv4 option at level `IPPROTO_IP`: windows 47; not on linux, darwin. */
export const IP_ORIGINAL_ARRIVAL_IF: number | undefined = maybe(
  "IP_ORIGINAL_ARRIVAL_IF",
);
/** IPv4 option at level `IPPROTO_IP`: windows 50; not on linux, darwin. */
export const IP_ECN: number | undefined = maybe("IP_ECN");
/** IPv4 option at level `IPPROTO_IP`: windows 51; not on linux, darwin. */
export const IP_PKTINFO_EX: number | undefined = maybe("IP_PKTINFO_EX");
/** IPv4 option at level `IPPROTO_IP`: windows 60; not on linux, darwin. */
export const IP_WFP_REDIRECT_RECORDS: number | undefined = maybe(
  "IP_WFP_REDIRECT_RECORDS",
);
/** IPv4 option at level `IPPROTO_IP`: windows 70; not on linux, darwin. */
export const IP_WFP_REDIRECT_CONTEXT: number | undefined = maybe(
  "IP_WFP_REDIRECT_CONTEXT",
);
/** IPv4 option at level `IPPROTO_IP`: windows 74; not on linux, darwin. */
export const IP_NRT_INTERFACE: number | undefined = maybe("IP_NRT_INTERFACE");
/** IPv4 option at level `IPPROTO_IP`: windows 76; not on linux, darwin. */
export const IP_USER_MTU: number | undefined = maybe("IP_USER_MTU");
/** IPv4 option at level `IPPROTO_IP`: windows -1; not on linux, darwin. */
export const IP_UNSPECIFIED_TYPE_OF_SERVICE: number | undefined = maybe(
  "IP_UNSPECIFIED_TYPE_OF_SERVICE",
);
/** IPv4 option at level `IPPROTO_IP`: windows -1; not on linux, darwin. */
export const IP_UNSPECIFIED_HOP_LIMIT: number | undefined = maybe(
  "IP_UNSPECIFIED_HOP_LIMIT",
);
/** IPv4 option at level `IPPROTO_IP`: windows 23; not on linux, darwin. */
export const IP_PROTECTION_LEVEL: number | undefined = maybe(
  "IP_PROTECTION_LEVEL",
);
/** Value of `IP_MTU_DISCOVER`: windows 0; not on linux, darwin. */
export const IP_PMTUDISC_NOT_SET: number | undefined = maybe(
  "IP_PMTUDISC_NOT_SET",
);
/** Value of `IP_MTU_DISCOVER`: windows 4; not on linux, darwin. */
export const IP_PMTUDISC_MAX: number | undefined = maybe("IP_PMTUDISC_MAX");
