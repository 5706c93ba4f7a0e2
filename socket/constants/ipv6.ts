/**
 * IPv6 options (`IPV6_*`).
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
 * IPv6 only: no IPv4-mapped addresses; IPv6 option at level `IPPROTO_IPV6`: linux 26, darwin 27, windows 27.
 *
 * @example Accept IPv6 connections only
 * ```ts
 * import { AF_INET6, IPPROTO_IPV6, IPV6_V6ONLY, SOCK_STREAM, socket } from "@berkeley/socket";
 * using s = socket(AF_INET6, SOCK_STREAM);
 * s.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 1);
 * console.log(s.getsockopt(IPPROTO_IPV6, IPV6_V6ONLY)); // 1
 * ```
 */
export const IPV6_V6ONLY: number = defined("IPV6_V6ONLY");
/** IPv6 option at level `IPPROTO_IPV6`: linux 1; not on darwin, windows. */
export const IPV6_ADDRFORM: number | undefined = maybe("IPV6_ADDRFORM");
/** IPv6 option at level `IPPROTO_IPV6`: linux 2, darwin 19; not on windows. */
export const IPV6_2292PKTINFO: number | undefined = maybe("IPV6_2292PKTINFO");
/** IPv6 option at level `IPPROTO_IPV6`: linux 3, darwin 22; not on windows. */
export const IPV6_2292HOPOPTS: number | undefined = maybe("IPV6_2292HOPOPTS");
/** IPv6 option at level `IPPROTO_IPV6`: linux 4, darwin 23; not on windows. */
export const IPV6_2292DSTOPTS: number | undefined = maybe("IPV6_2292DSTOPTS");
/** IPv6 option at level `IPPROTO_IPV6`: linux 5, darwin 24; not on windows. */
export const IPV6_2292RTHDR: number | undefined = maybe("IPV6_2292RTHDR");
/** IPv6 option at level `IPPROTO_IPV6`: linux 6, darwin 25; not on windows. */
export const IPV6_2292PKTOPTIONS: number | undefined = maybe(
  "IPV6_2292PKTOPTIONS",
);
/** IPv6 option at level `IPPROTO_IPV6`: linux 7, darwin 26, windows 26. */
export const IPV6_CHECKSUM: number = defined("IPV6_CHECKSUM");
/** IPv6 option at level `IPPROTO_IPV6`: linux 8, darwin 20; not on windows. */
export const IPV6_2292HOPLIMIT: number | undefined = maybe("IPV6_2292HOPLIMIT");
/** IPv6 option at level `IPPROTO_IPV6`: linux 9, darwin 48; not on windows. */
export const IPV6_NEXTHOP: number | undefined = maybe("IPV6_NEXTHOP");
/** IPv6 option at level `IPPROTO_IPV6`: linux 10; not on darwin, windows. */
export const IPV6_AUTHHDR: number | undefined = maybe("IPV6_AUTHHDR");
/** Hop limit of sent unicast; IPv6 option at level `IPPROTO_IPV6`: linux 16, darwin 4, windows 4. */
export const IPV6_UNICAST_HOPS: number = defined("IPV6_UNICAST_HOPS");
/** Interface for sent multicast; IPv6 option at level `IPPROTO_IPV6`: linux 17, darwin 9, windows 9. */
export const IPV6_MULTICAST_IF: number = defined("IPV6_MULTICAST_IF");
/** Hop limit of sent multicast; IPv6 option at level `IPPROTO_IPV6`: linux 18, darwin 10, windows 10. */
export const IPV6_MULTICAST_HOPS: number = defined("IPV6_MULTICAST_HOPS");
/** Deliver sent multicast to this host too; IPv6 option at level `IPPROTO_IPV6`: linux 19, darwin 11, windows 11. */
export const IPV6_MULTICAST_LOOP: number = defined("IPV6_MULTICAST_LOOP");
/** Join a multicast group (struct ipv6_mreq); IPv6 option at level `IPPROTO_IPV6`: linux 20, darwin 12, windows 12. */
export const IPV6_JOIN_GROUP: number = defined("IPV6_JOIN_GROUP");
/** Leave a multicast group (struct ipv6_mreq); IPv6 option at level `IPPROTO_IPV6`: linux 21, darwin 13, windows 13. */
export const IPV6_LEAVE_GROUP: number = defined("IPV6_LEAVE_GROUP");
/** IPv6 option at level `IPPROTO_IPV6`: linux 22; not on darwin, windows. */
export const IPV6_ROUTER_ALERT: number | undefined = maybe("IPV6_ROUTER_ALERT");
/** IPv6 option at level `IPPROTO_IPV6`: linux 23, windows 71; not on darwin. */
export const IPV6_MTU_DISCOVER: number | undefined = maybe("IPV6_MTU_DISCOVER");
/** IPv6 option at level `IPPROTO_IPV6`: linux 24, windows 72; not on darwin. */
export const IPV6_MTU: number | undefined = maybe("IPV6_MTU");
/** IPv6 option at level `IPPROTO_IPV6`: linux 25, windows 75; not on darwin. */
export const IPV6_RECVERR: number | undefined = maybe("IPV6_RECVERR");
/** IPv6 option at level `IPPROTO_IPV6`: linux 27; not on darwin, windows. */
export const IPV6_JOIN_ANYCAST: number | undefined = maybe("IPV6_JOIN_ANYCAST");
/** IPv6 option at level `IPPROTO_IPV6`: linux 28; not on darwin, windows. */
export const IPV6_LEAVE_ANYCAST: number | undefined = maybe(
  "IPV6_LEAVE_ANYCAST",
);
/** IPv6 option at level `IPPROTO_IPV6`: linux 29; not on darwin, windows. */
export const IPV6_MULTICAST_ALL: number | undefined = maybe(
  "IPV6_MULTICAST_ALL",
);
/** IPv6 option at level `IPPROTO_IPV6`: linux 30; not on darwin, windows. */
export const IPV6_ROUTER_ALERT_ISOLATE: number | undefined = maybe(
  "IPV6_ROUTER_ALERT_ISOLATE",
);
/** IPv6 option at level `IPPROTO_IPV6`: linux 31; not on darwin, windows. */
export const IPV6_RECVERR_RFC4884: number | undefined = maybe(
  "IPV6_RECVERR_RFC4884",
);
/** IPv6 option at level `IPPROTO_IPV6`: linux 34, darwin 28; not on windows. */
export const IPV6_IPSEC_POLICY: number | undefined = maybe("IPV6_IPSEC_POLICY");
/** IPv6 option at level `IPPROTO_IPV6`: linux 35; not on darwin, windows. */
export const IPV6_XFRM_POLICY: number | undefined = maybe("IPV6_XFRM_POLICY");
/** IPv6 option at level `IPPROTO_IPV6`: linux 36, windows 2; not on darwin. */
export const IPV6_HDRINCL: number | undefined = maybe("IPV6_HDRINCL");
/** Receive each datagram's destination and interface; IPv6 option at level `IPPROTO_IPV6`: linux 49, darwin 61; not on windows. */
export const IPV6_RECVPKTINFO: number | undefined = maybe("IPV6_RECVPKTINFO");
/** Destination and interface (struct in6_pktinfo); IPv6 option at level `IPPROTO_IPV6`: linux 50, darwin 46, windows 19. */
export const IPV6_PKTINFO: number = defined("IPV6_PKTINFO");
/** IPv6 option at level `IPPROTO_IPV6`: linux 51, darwin 37; not on windows. */
export const IPV6_RECVHOPLIMIT: number | undefined = maybe("IPV6_RECVHOPLIMIT");
/** IPv6 option at level `IPPROTO_IPV6`: linux 52, darwin 47, windows 21. */
export const IPV6_HOPLIMIT: number = defined("IPV6_HOPLIMIT");
/** IPv6 option at level `IPPROTO_IPV6`: linux 53, darwin 39; not on windows. */
export const IPV6_RECVHOPOPTS: number | undefined = maybe("IPV6_RECVHOPOPTS");
/** IPv6 option at level `IPPROTO_IPV6`: linux 54, darwin 49, windows 1. */
export const IPV6_HOPOPTS: number = defined("IPV6_HOPOPTS");
/** IPv6 option at level `IPPROTO_IPV6`: linux 55, darwin 57; not on windows. */
export const IPV6_RTHDRDSTOPTS: number | undefined = maybe("IPV6_RTHDRDSTOPTS");
/** IPv6 option at level `IPPROTO_IPV6`: linux 56, darwin 38, windows 38. */
export const IPV6_RECVRTHDR: number = defined("IPV6_RECVRTHDR");
/** IPv6 option at level `IPPROTO_IPV6`: linux 57, darwin 51, windows 32. */
export const IPV6_RTHDR: number = defined("IPV6_RTHDR");
/** IPv6 option at level `IPPROTO_IPV6`: linux 58, darwin 40; not on windows. */
export const IPV6_RECVDSTOPTS: number | undefined = maybe("IPV6_RECVDSTOPTS");
/** IPv6 option at level `IPPROTO_IPV6`: linux 59, darwin 50; not on windows. */
export const IPV6_DSTOPTS: number | undefined = maybe("IPV6_DSTOPTS");
/** IPv6 option at level `IPPROTO_IPV6`: linux 60, darwin 43; not on windows. */
export const IPV6_RECVPATHMTU: number | undefined = maybe("IPV6_RECVPATHMTU");
/** IPv6 option at level `IPPROTO_IPV6`: linux 61, darwin 44; not on windows. */
export const IPV6_PATHMTU: number | undefined = maybe("IPV6_PATHMTU");
/** IPv6 option at level `IPPROTO_IPV6`: linux 62, darwin 62, windows 14. */
export const IPV6_DONTFRAG: number = defined("IPV6_DONTFRAG");
/** Receive each datagram's traffic class; IPv6 option at level `IPPROTO_IPV6`: linux 66, darwin 35, windows 40. */
export const IPV6_RECVTCLASS: number = defined("IPV6_RECVTCLASS");
/** Traffic class of sent packets; IPv6 option at level `IPPROTO_IPV6`: linux 67, darwin 36, windows 39. */
export const IPV6_TCLASS: number = defined("IPV6_TCLASS");
/** IPv6 option at level `IPPROTO_IPV6`: linux 70, darwin 59; not on windows. */
export const IPV6_AUTOFLOWLABEL: number | undefined = maybe(
  "IPV6_AUTOFLOWLABEL",
);
/** IPv6 option at level `IPPROTO_IPV6`: linux 72; not on darwin, windows. */
export const IPV6_ADDR_PREFERENCES: number | undefined = maybe(
  "IPV6_ADDR_PREFERENCES",
);
/** IPv6 option at level `IPPROTO_IPV6`: linux 73; not on darwin, windows. */
export const IPV6_MINHOPCOUNT: number | undefined = maybe("IPV6_MINHOPCOUNT");
/** IPv6 option at level `IPPROTO_IPV6`: linux 74; not on darwin, windows. */
export const IPV6_ORIGDSTADDR: number | undefined = maybe("IPV6_ORIGDSTADDR");
/** IPv6 option at level `IPPROTO_IPV6`: linux 74; not on darwin, windows. */
export const IPV6_RECVORIGDSTADDR: number | undefined = maybe(
  "IPV6_RECVORIGDSTADDR",
);
/** IPv6 option at level `IPPROTO_IPV6`: linux 75; not on darwin, windows. */
export const IPV6_TRANSPARENT: number | undefined = maybe("IPV6_TRANSPARENT");
/** IPv6 option at level `IPPROTO_IPV6`: linux 76, windows 31; not on darwin. */
export const IPV6_UNICAST_IF: number | undefined = maybe("IPV6_UNICAST_IF");
/** IPv6 option at level `IPPROTO_IPV6`: linux 77; not on darwin, windows. */
export const IPV6_RECVFRAGSIZE: number | undefined = maybe("IPV6_RECVFRAGSIZE");
/** IPv6 option at level `IPPROTO_IPV6`: linux 78; not on darwin, windows. */
export const IPV6_FREEBIND: number | undefined = maybe("IPV6_FREEBIND");
/** IPv6 option at level `IPPROTO_IPV6`: linux 20, windows 12; not on darwin. */
export const IPV6_ADD_MEMBERSHIP: number | undefined = maybe(
  "IPV6_ADD_MEMBERSHIP",
);
/** IPv6 option at level `IPPROTO_IPV6`: linux 21, windows 13; not on darwin. */
export const IPV6_DROP_MEMBERSHIP: number | undefined = maybe(
  "IPV6_DROP_MEMBERSHIP",
);
/** IPv6 option at level `IPPROTO_IPV6`: linux 54; not on darwin, windows. */
export const IPV6_RXHOPOPTS: number | undefined = maybe("IPV6_RXHOPOPTS");
/** IPv6 option at level `IPPROTO_IPV6`: linux 59; not on darwin, windows. */
export const IPV6_RXDSTOPTS: number | undefined = maybe("IPV6_RXDSTOPTS");
/** Value of `IPV6_MTU_DISCOVER`: linux 0; not on darwin, windows. */
export const IPV6_PMTUDISC_DONT: number | undefined = maybe(
  "IPV6_PMTUDISC_DONT",
);
/** Value of `IPV6_MTU_DISCOVER`: linux 1; not on darwin, windows. */
export const IPV6_PMTUDISC_WANT: number | undefined = maybe(
  "IPV6_PMTUDISC_WANT",
);
/** Value of `IPV6_MTU_DISCOVER`: linux 2; not on darwin, windows. */
export const IPV6_PMTUDISC_DO: number | undefined = maybe("IPV6_PMTUDISC_DO");
/** Value of `IPV6_MTU_DISCOVER`: linux 3; not on darwin, windows. */
export const IPV6_PMTUDISC_PROBE: number | undefined = maybe(
  "IPV6_PMTUDISC_PROBE",
);
/** Value of `IPV6_MTU_DISCOVER`: linux 4; not on darwin, windows. */
export const IPV6_PMTUDISC_INTERFACE: number | undefined = maybe(
  "IPV6_PMTUDISC_INTERFACE",
);
/** Value of `IPV6_MTU_DISCOVER`: linux 5; not on darwin, windows. */
export const IPV6_PMTUDISC_OMIT: number | undefined = maybe(
  "IPV6_PMTUDISC_OMIT",
);
/** IPv6 routing header type: linux 0, darwin 0; not on windows. */
export const IPV6_RTHDR_LOOSE: number | undefined = maybe("IPV6_RTHDR_LOOSE");
/** IPv6 routing header type: linux 1, darwin 1; not on windows. */
export const IPV6_RTHDR_STRICT: number | undefined = maybe("IPV6_RTHDR_STRICT");
/** IPv6 routing header type: linux 0, darwin 0; not on windows. */
export const IPV6_RTHDR_TYPE_0: number | undefined = maybe("IPV6_RTHDR_TYPE_0");
/** IPv6 option at level `IPPROTO_IPV6`: darwin 14; not on linux, windows. */
export const IPV6_PORTRANGE: number | undefined = maybe("IPV6_PORTRANGE");
/** IPv6 option at level `IPPROTO_IPV6`: darwin 21; not on linux, windows. */
export const IPV6_2292NEXTHOP: number | undefined = maybe("IPV6_2292NEXTHOP");
/** IPv6 option at level `IPPROTO_IPV6`: darwin 27; not on linux, windows. */
export const IPV6_BINDV6ONLY: number | undefined = maybe("IPV6_BINDV6ONLY");
/** IPv6 option at level `IPPROTO_IPV6`: darwin 29; not on linux, windows. */
export const IPV6_FAITH: number | undefined = maybe("IPV6_FAITH");
/** IPv6 option at level `IPPROTO_IPV6`: darwin 42; not on linux, windows. */
export const IPV6_USE_MIN_MTU: number | undefined = maybe("IPV6_USE_MIN_MTU");
/** IPv6 option at level `IPPROTO_IPV6`: darwin 46; not on linux, windows. */
export const IPV6_3542PKTINFO: number | undefined = maybe("IPV6_3542PKTINFO");
/** IPv6 option at level `IPPROTO_IPV6`: darwin 47; not on linux, windows. */
export const IPV6_3542HOPLIMIT: number | undefined = maybe("IPV6_3542HOPLIMIT");
/** IPv6 option at level `IPPROTO_IPV6`: darwin 48; not on linux, windows. */
export const IPV6_3542NEXTHOP: number | undefined = maybe("IPV6_3542NEXTHOP");
/** IPv6 option at level `IPPROTO_IPV6`: darwin 49; not on linux, windows. */
export const IPV6_3542HOPOPTS: number | undefined = maybe("IPV6_3542HOPOPTS");
/** IPv6 option at level `IPPROTO_IPV6`: darwin 50; not on linux, windows. */
export const IPV6_3542DSTOPTS: number | undefined = maybe("IPV6_3542DSTOPTS");
/** IPv6 option at level `IPPROTO_IPV6`: darwin 51; not on linux, windows. */
export const IPV6_3542RTHDR: number | undefined = maybe("IPV6_3542RTHDR");
/** IPv6 option at level `IPPROTO_IPV6`: darwin 63; not on linux, windows. */
export const IPV6_PREFER_TEMPADDR: number | undefined = maybe(
  "IPV6_PREFER_TEMPADDR",
);
/** IPv6 option at level `IPPROTO_IPV6`: darwin 74; not on linux, windows. */
export const IPV6_MSFILTER: number | undefined = maybe("IPV6_MSFILTER");
/** IPv6 option at level `IPPROTO_IPV6`: darwin 125; not on linux, windows. */
export const IPV6_BOUND_IF: number | undefined = maybe("IPV6_BOUND_IF");
/** IPv6 option at level `IPPROTO_IPV6`: darwin 1; not on linux, windows. */
export const IPV6_DEFAULT_MULTICAST_HOPS: number | undefined = maybe(
  "IPV6_DEFAULT_MULTICAST_HOPS",
);
/** IPv6 option at level `IPPROTO_IPV6`: darwin 1; not on linux, windows. */
export const IPV6_DEFAULT_MULTICAST_LOOP: number | undefined = maybe(
  "IPV6_DEFAULT_MULTICAST_LOOP",
);
/** IPv6 option at level `IPPROTO_IPV6`: darwin 31; not on linux, windows. */
export const IPV6_MIN_MEMBERSHIPS: number | undefined = maybe(
  "IPV6_MIN_MEMBERSHIPS",
);
/** IPv6 option at level `IPPROTO_IPV6`: darwin 4095; not on linux, windows. */
export const IPV6_MAX_MEMBERSHIPS: number | undefined = maybe(
  "IPV6_MAX_MEMBERSHIPS",
);
/** IPv6 option at level `IPPROTO_IPV6`: darwin 512; not on linux, windows. */
export const IPV6_MAX_GROUP_SRC_FILTER: number | undefined = maybe(
  "IPV6_MAX_GROUP_SRC_FILTER",
);
/** IPv6 option at level `IPPROTO_IPV6`: darwin 128; not on linux, windows. */
export const IPV6_MAX_SOCK_SRC_FILTER: number | undefined = maybe(
  "IPV6_MAX_SOCK_SRC_FILTER",
);
/** IPv6 option at level `IPPROTO_IPV6`: darwin 0; not on linux, windows. */
export const IPV6_PORTRANGE_DEFAULT: number | undefined = maybe(
  "IPV6_PORTRANGE_DEFAULT",
);
/** IPv6 option at level `IPPROTO_IPV6`: darwin 1; not on linux, windows. */
export const IPV6_PORTRANGE_HIGH: number | undefined = maybe(
  "IPV6_PORTRANGE_HIGH",
);
/** IPv6 option at level `IPPROTO_IPV6`: darwin 2; not on linux, windows. */
export const IPV6_PORTRANGE_LOW: number | undefined = maybe(
  "IPV6_PORTRANGE_LOW",
);
/** IPv6 option at level `IPPROTO_IPV6`: windows 128; not on linux, darwin. */
export const IPV6_ADDRESS_BITS: number | undefined = maybe("IPV6_ADDRESS_BITS");
/** IPv6 option at level `IPPROTO_IPV6`: windows 23; not on linux, darwin. */
export const IPV6_PROTECTION_LEVEL: number | undefined = maybe(
  "IPV6_PROTECTION_LEVEL",
);
/** IPv6 option at level `IPPROTO_IPV6`: windows 24; not on linux, darwin. */
export const IPV6_RECVIF: number | undefined = maybe("IPV6_RECVIF");
/** IPv6 option at level `IPPROTO_IPV6`: windows 25; not on linux, darwin. */
export const IPV6_RECVDSTADDR: number | undefined = maybe("IPV6_RECVDSTADDR");
/** IPv6 option at level `IPPROTO_IPV6`: windows 28; not on linux, darwin. */
export const IPV6_IFLIST: number | undefined = maybe("IPV6_IFLIST");
/** IPv6 option at level `IPPROTO_IPV6`: windows 29; not on linux, darwin. */
export const IPV6_ADD_IFLIST: number | undefined = maybe("IPV6_ADD_IFLIST");
/** IPv6 option at level `IPPROTO_IPV6`: windows 30; not on linux, darwin. */
export const IPV6_DEL_IFLIST: number | undefined = maybe("IPV6_DEL_IFLIST");
/** IPv6 option at level `IPPROTO_IPV6`: windows 33; not on linux, darwin. */
export const IPV6_GET_IFLIST: number | undefined = maybe("IPV6_GET_IFLIST");
/** IPv6 option at level `IPPROTO_IPV6`: windows 50; not on linux, darwin. */
export const IPV6_ECN: number | undefined = maybe("IPV6_ECN");
/** IPv6 option at level `IPPROTO_IPV6`: windows 51; not on linux, darwin. */
export const IPV6_PKTINFO_EX: number | undefined = maybe("IPV6_PKTINFO_EX");
/** IPv6 option at level `IPPROTO_IPV6`: windows 60; not on linux, darwin. */
export const IPV6_WFP_REDIRECT_RECORDS: number | undefined = maybe(
  "IPV6_WFP_REDIRECT_RECORDS",
);
/** IPv6 option at level `IPPROTO_IPV6`: windows 70; not on linux, darwin. */
export const IPV6_WFP_REDIRECT_CONTEXT: number | undefined = maybe(
  "IPV6_WFP_REDIRECT_CONTEXT",
);
/** IPv6 option at level `IPPROTO_IPV6`: windows 74; not on linux, darwin. */
export const IPV6_NRT_INTERFACE: number | undefined = maybe(
  "IPV6_NRT_INTERFACE",
);
/** IPv6 option at level `IPPROTO_IPV6`: windows 76; not on linux, darwin. */
export const IPV6_USER_MTU: number | undefined = maybe("IPV6_USER_MTU");
