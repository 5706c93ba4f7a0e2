/**
 * Netlink (`NETLINK_*`, `NLM_F_*`, `NLMSG_*`, `RTM_*`, Linux), interface attributes (`IFA_*`, `IFLA_*`) and flags (`IFF_*`).
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
 * Routes, addresses, links (rtnetlink); netlink protocol: linux 0; not on darwin, windows.
 *
 * @example Ask the kernel for its links (Linux)
 * ```ts
 * import { AF_NETLINK, NETLINK_ROUTE, NLM_F_DUMP, NLM_F_REQUEST, RTM_GETLINK, SOCK_RAW, socket } from "@berkeley/socket";
 * if (
 *   AF_NETLINK !== undefined && NETLINK_ROUTE !== undefined &&
 *   RTM_GETLINK !== undefined && NLM_F_REQUEST !== undefined && NLM_F_DUMP !== undefined
 * ) {
 *   using s = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
 *   const request = new DataView(new ArrayBuffer(32)); // nlmsghdr + ifinfomsg
 *   request.setUint32(0, 32, true); // nlmsg_len
 *   request.setUint16(4, RTM_GETLINK, true); // nlmsg_type
 *   request.setUint16(6, NLM_F_REQUEST | NLM_F_DUMP, true); // nlmsg_flags
 *   s.send(request);
 *   console.log(s.recv(65536).length > 0); // true
 * }
 * ```
 */
export const NETLINK_ROUTE: number | undefined = maybe("NETLINK_ROUTE");
/** Netlink protocol: linux 1; not on darwin, windows. */
export const NETLINK_UNUSED: number | undefined = maybe("NETLINK_UNUSED");
/** Netlink protocol: linux 2; not on darwin, windows. */
export const NETLINK_USERSOCK: number | undefined = maybe("NETLINK_USERSOCK");
/** Netlink protocol: linux 3; not on darwin, windows. */
export const NETLINK_FIREWALL: number | undefined = maybe("NETLINK_FIREWALL");
/** Netlink protocol: linux 4; not on darwin, windows. */
export const NETLINK_SOCK_DIAG: number | undefined = maybe("NETLINK_SOCK_DIAG");
/** Netlink protocol: linux 5; not on darwin, windows. */
export const NETLINK_NFLOG: number | undefined = maybe("NETLINK_NFLOG");
/** Netlink protocol: linux 6; not on darwin, windows. */
export const NETLINK_XFRM: number | undefined = maybe("NETLINK_XFRM");
/** Netlink protocol: linux 7; not on darwin, windows. */
export const NETLINK_SELINUX: number | undefined = maybe("NETLINK_SELINUX");
/** Netlink protocol: linux 8; not on darwin, windows. */
export const NETLINK_ISCSI: number | undefined = maybe("NETLINK_ISCSI");
/** Netlink protocol: linux 9; not on darwin, windows. */
export const NETLINK_AUDIT: number | undefined = maybe("NETLINK_AUDIT");
/** Netlink protocol: linux 10; not on darwin, windows. */
export const NETLINK_FIB_LOOKUP: number | undefined = maybe(
  "NETLINK_FIB_LOOKUP",
);
/** Netlink protocol: linux 11; not on darwin, windows. */
export const NETLINK_CONNECTOR: number | undefined = maybe("NETLINK_CONNECTOR");
/** Netlink protocol: linux 12; not on darwin, windows. */
export const NETLINK_NETFILTER: number | undefined = maybe("NETLINK_NETFILTER");
/** Netlink protocol: linux 13; not on darwin, windows. */
export const NETLINK_IP6_FW: number | undefined = maybe("NETLINK_IP6_FW");
/** Netlink protocol: linux 14; not on darwin, windows. */
export const NETLINK_DNRTMSG: number | undefined = maybe("NETLINK_DNRTMSG");
/** Netlink protocol: linux 15; not on darwin, windows. */
export const NETLINK_KOBJECT_UEVENT: number | undefined = maybe(
  "NETLINK_KOBJECT_UEVENT",
);
/** Netlink protocol: linux 16; not on darwin, windows. */
export const NETLINK_GENERIC: number | undefined = maybe("NETLINK_GENERIC");
/** Netlink protocol: linux 18; not on darwin, windows. */
export const NETLINK_SCSITRANSPORT: number | undefined = maybe(
  "NETLINK_SCSITRANSPORT",
);
/** Netlink protocol: linux 19; not on darwin, windows. */
export const NETLINK_ECRYPTFS: number | undefined = maybe("NETLINK_ECRYPTFS");
/** Netlink protocol: linux 20; not on darwin, windows. */
export const NETLINK_RDMA: number | undefined = maybe("NETLINK_RDMA");
/** Netlink protocol: linux 21; not on darwin, windows. */
export const NETLINK_CRYPTO: number | undefined = maybe("NETLINK_CRYPTO");
/** Netlink protocol: linux 22; not on darwin, windows. */
export const NETLINK_SMC: number | undefined = maybe("NETLINK_SMC");
/** Netlink protocol: linux 4; not on darwin, windows. */
export const NETLINK_INET_DIAG: number | undefined = maybe("NETLINK_INET_DIAG");
/** Netlink option at level `SOL_NETLINK`: linux 1; not on darwin, windows. */
export const NETLINK_ADD_MEMBERSHIP: number | undefined = maybe(
  "NETLINK_ADD_MEMBERSHIP",
);
/** Netlink option at level `SOL_NETLINK`: linux 2; not on darwin, windows. */
export const NETLINK_DROP_MEMBERSHIP: number | undefined = maybe(
  "NETLINK_DROP_MEMBERSHIP",
);
/** Netlink option at level `SOL_NETLINK`: linux 3; not on darwin, windows. */
export const NETLINK_PKTINFO: number | undefined = maybe("NETLINK_PKTINFO");
/** Netlink option at level `SOL_NETLINK`: linux 4; not on darwin, windows. */
export const NETLINK_BROADCAST_ERROR: number | undefined = maybe(
  "NETLINK_BROADCAST_ERROR",
);
/** Netlink option at level `SOL_NETLINK`: linux 5; not on darwin, windows. */
export const NETLINK_NO_ENOBUFS: number | undefined = maybe(
  "NETLINK_NO_ENOBUFS",
);
/** Netlink option at level `SOL_NETLINK`: linux 6; not on darwin, windows. */
export const NETLINK_RX_RING: number | undefined = maybe("NETLINK_RX_RING");
/** Netlink option at level `SOL_NETLINK`: linux 7; not on darwin, windows. */
export const NETLINK_TX_RING: number | undefined = maybe("NETLINK_TX_RING");
/** Netlink option at level `SOL_NETLINK`: linux 8; not on darwin, windows. */
export const NETLINK_LISTEN_ALL_NSID: number | undefined = maybe(
  "NETLINK_LISTEN_ALL_NSID",
);
/** Netlink protocol: linux 9; not on darwin, windows. */
export const NETLINK_LIST_MEMBERSHIPS: number | undefined = maybe(
  "NETLINK_LIST_MEMBERSHIPS",
);
/** Netlink option at level `SOL_NETLINK`: linux 10; not on darwin, windows. */
export const NETLINK_CAP_ACK: number | undefined = maybe("NETLINK_CAP_ACK");
/** Netlink option at level `SOL_NETLINK`: linux 11; not on darwin, windows. */
export const NETLINK_EXT_ACK: number | undefined = maybe("NETLINK_EXT_ACK");
/** Netlink option at level `SOL_NETLINK`: linux 12; not on darwin, windows. */
export const NETLINK_GET_STRICT_CHK: number | undefined = maybe(
  "NETLINK_GET_STRICT_CHK",
);
/** Netlink message flag (`nlmsg_flags`): linux 1; not on darwin, windows. */
export const NLM_F_REQUEST: number | undefined = maybe("NLM_F_REQUEST");
/** Netlink message flag (`nlmsg_flags`): linux 2; not on darwin, windows. */
export const NLM_F_MULTI: number | undefined = maybe("NLM_F_MULTI");
/** Netlink message flag (`nlmsg_flags`): linux 4; not on darwin, windows. */
export const NLM_F_ACK: number | undefined = maybe("NLM_F_ACK");
/** Netlink message flag (`nlmsg_flags`): linux 8; not on darwin, windows. */
export const NLM_F_ECHO: number | undefined = maybe("NLM_F_ECHO");
/** Netlink message flag (`nlmsg_flags`): linux 16; not on darwin, windows. */
export const NLM_F_DUMP_INTR: number | undefined = maybe("NLM_F_DUMP_INTR");
/** Netlink message flag (`nlmsg_flags`): linux 32; not on darwin, windows. */
export const NLM_F_DUMP_FILTERED: number | undefined = maybe(
  "NLM_F_DUMP_FILTERED",
);
/** Netlink message flag (`nlmsg_flags`): linux 256; not on darwin, windows. */
export const NLM_F_ROOT: number | undefined = maybe("NLM_F_ROOT");
/** Netlink message flag (`nlmsg_flags`): linux 512; not on darwin, windows. */
export const NLM_F_MATCH: number | undefined = maybe("NLM_F_MATCH");
/** Netlink message flag (`nlmsg_flags`): linux 1024; not on darwin, windows. */
export const NLM_F_ATOMIC: number | undefined = maybe("NLM_F_ATOMIC");
/** Netlink message flag (`nlmsg_flags`): linux 768; not on darwin, windows. */
export const NLM_F_DUMP: number | undefined = maybe("NLM_F_DUMP");
/** Netlink message flag (`nlmsg_flags`): linux 256; not on darwin, windows. */
export const NLM_F_REPLACE: number | undefined = maybe("NLM_F_REPLACE");
/** Netlink message flag (`nlmsg_flags`): linux 512; not on darwin, windows. */
export const NLM_F_EXCL: number | undefined = maybe("NLM_F_EXCL");
/** Netlink message flag (`nlmsg_flags`): linux 1024; not on darwin, windows. */
export const NLM_F_CREATE: number | undefined = maybe("NLM_F_CREATE");
/** Netlink message flag (`nlmsg_flags`): linux 2048; not on darwin, windows. */
export const NLM_F_APPEND: number | undefined = maybe("NLM_F_APPEND");
/** Netlink message flag (`nlmsg_flags`): linux 256; not on darwin, windows. */
export const NLM_F_NONREC: number | undefined = maybe("NLM_F_NONREC");
/** Netlink message flag (`nlmsg_flags`): linux 512; not on darwin, windows. */
export const NLM_F_BULK: number | undefined = maybe("NLM_F_BULK");
/** Netlink message flag (`nlmsg_flags`): linux 256; not on darwin, windows. */
export const NLM_F_CAPPED: number | undefined = maybe("NLM_F_CAPPED");
/** Netlink message flag (`nlmsg_flags`): linux 512; not on darwin, windows. */
export const NLM_F_ACK_TLVS: number | undefined = maybe("NLM_F_ACK_TLVS");
/** Netlink message type or size: linux 4; not on darwin, windows. */
export const NLMSG_ALIGNTO: number | undefined = maybe("NLMSG_ALIGNTO");
/** Netlink message type or size: linux 16; not on darwin, windows. */
export const NLMSG_HDRLEN: number | undefined = maybe("NLMSG_HDRLEN");
/** Netlink message type or size: linux 1; not on darwin, windows. */
export const NLMSG_NOOP: number | undefined = maybe("NLMSG_NOOP");
/** Netlink message type or size: linux 2; not on darwin, windows. */
export const NLMSG_ERROR: number | undefined = maybe("NLMSG_ERROR");
/** Netlink message type or size: linux 3; not on darwin, windows. */
export const NLMSG_DONE: number | undefined = maybe("NLMSG_DONE");
/** Netlink message type or size: linux 4; not on darwin, windows. */
export const NLMSG_OVERRUN: number | undefined = maybe("NLMSG_OVERRUN");
/** Netlink message type or size: linux 16; not on darwin, windows. */
export const NLMSG_MIN_TYPE: number | undefined = maybe("NLMSG_MIN_TYPE");
/** Rtnetlink message type (`nlmsg_type`): linux 16; not on darwin, windows. */
export const RTM_BASE: number | undefined = maybe("RTM_BASE");
/** Rtnetlink message type (`nlmsg_type`): linux 16; not on darwin, windows. */
export const RTM_NEWLINK: number | undefined = maybe("RTM_NEWLINK");
/** Rtnetlink message type (`nlmsg_type`): linux 17; not on darwin, windows. */
export const RTM_DELLINK: number | undefined = maybe("RTM_DELLINK");
/** Rtnetlink message type (`nlmsg_type`): linux 18; not on darwin, windows. */
export const RTM_GETLINK: number | undefined = maybe("RTM_GETLINK");
/** Rtnetlink message type (`nlmsg_type`): linux 19; not on darwin, windows. */
export const RTM_SETLINK: number | undefined = maybe("RTM_SETLINK");
/** Rtnetlink message type (`nlmsg_type`): linux 20; not on darwin, windows. */
export const RTM_NEWADDR: number | undefined = maybe("RTM_NEWADDR");
/** Rtnetlink message type (`nlmsg_type`): linux 21; not on darwin, windows. */
export const RTM_DELADDR: number | undefined = maybe("RTM_DELADDR");
/** Rtnetlink message type (`nlmsg_type`): linux 22; not on darwin, windows. */
export const RTM_GETADDR: number | undefined = maybe("RTM_GETADDR");
/** Rtnetlink message type (`nlmsg_type`): linux 24; not on darwin, windows. */
export const RTM_NEWROUTE: number | undefined = maybe("RTM_NEWROUTE");
/** Rtnetlink message type (`nlmsg_type`): linux 25; not on darwin, windows. */
export const RTM_DELROUTE: number | undefined = maybe("RTM_DELROUTE");
/** Rtnetlink message type (`nlmsg_type`): linux 26; not on darwin, windows. */
export const RTM_GETROUTE: number | undefined = maybe("RTM_GETROUTE");
/** Rtnetlink message type (`nlmsg_type`): linux 28; not on darwin, windows. */
export const RTM_NEWNEIGH: number | undefined = maybe("RTM_NEWNEIGH");
/** Rtnetlink message type (`nlmsg_type`): linux 29; not on darwin, windows. */
export const RTM_DELNEIGH: number | undefined = maybe("RTM_DELNEIGH");
/** Rtnetlink message type (`nlmsg_type`): linux 30; not on darwin, windows. */
export const RTM_GETNEIGH: number | undefined = maybe("RTM_GETNEIGH");
/** Rtnetlink message type (`nlmsg_type`): linux 32; not on darwin, windows. */
export const RTM_NEWRULE: number | undefined = maybe("RTM_NEWRULE");
/** Rtnetlink message type (`nlmsg_type`): linux 33; not on darwin, windows. */
export const RTM_DELRULE: number | undefined = maybe("RTM_DELRULE");
/** Rtnetlink message type (`nlmsg_type`): linux 34; not on darwin, windows. */
export const RTM_GETRULE: number | undefined = maybe("RTM_GETRULE");
/** Rtnetlink message type (`nlmsg_type`): linux 36; not on darwin, windows. */
export const RTM_NEWQDISC: number | undefined = maybe("RTM_NEWQDISC");
/** Rtnetlink message type (`nlmsg_type`): linux 37; not on darwin, windows. */
export const RTM_DELQDISC: number | undefined = maybe("RTM_DELQDISC");
/** Rtnetlink message type (`nlmsg_type`): linux 38; not on darwin, windows. */
export const RTM_GETQDISC: number | undefined = maybe("RTM_GETQDISC");
/** Rtnetlink message type (`nlmsg_type`): linux 40; not on darwin, windows. */
export const RTM_NEWTCLASS: number | undefined = maybe("RTM_NEWTCLASS");
/** Rtnetlink message type (`nlmsg_type`): linux 41; not on darwin, windows. */
export const RTM_DELTCLASS: number | undefined = maybe("RTM_DELTCLASS");
/** Rtnetlink message type (`nlmsg_type`): linux 42; not on darwin, windows. */
export const RTM_GETTCLASS: number | undefined = maybe("RTM_GETTCLASS");
/** Rtnetlink message type (`nlmsg_type`): linux 44; not on darwin, windows. */
export const RTM_NEWTFILTER: number | undefined = maybe("RTM_NEWTFILTER");
/** Rtnetlink message type (`nlmsg_type`): linux 45; not on darwin, windows. */
export const RTM_DELTFILTER: number | undefined = maybe("RTM_DELTFILTER");
/** Rtnetlink message type (`nlmsg_type`): linux 46; not on darwin, windows. */
export const RTM_GETTFILTER: number | undefined = maybe("RTM_GETTFILTER");
/** Rtnetlink message type (`nlmsg_type`): linux 48; not on darwin, windows. */
export const RTM_NEWACTION: number | undefined = maybe("RTM_NEWACTION");
/** Rtnetlink message type (`nlmsg_type`): linux 49; not on darwin, windows. */
export const RTM_DELACTION: number | undefined = maybe("RTM_DELACTION");
/** Rtnetlink message type (`nlmsg_type`): linux 50; not on darwin, windows. */
export const RTM_GETACTION: number | undefined = maybe("RTM_GETACTION");
/** Rtnetlink message type (`nlmsg_type`): linux 52; not on darwin, windows. */
export const RTM_NEWPREFIX: number | undefined = maybe("RTM_NEWPREFIX");
/** Rtnetlink message type (`nlmsg_type`): linux 58; not on darwin, windows. */
export const RTM_GETMULTICAST: number | undefined = maybe("RTM_GETMULTICAST");
/** Rtnetlink message type (`nlmsg_type`): linux 62; not on darwin, windows. */
export const RTM_GETANYCAST: number | undefined = maybe("RTM_GETANYCAST");
/** Rtnetlink message type (`nlmsg_type`): linux 64; not on darwin, windows. */
export const RTM_NEWNEIGHTBL: number | undefined = maybe("RTM_NEWNEIGHTBL");
/** Rtnetlink message type (`nlmsg_type`): linux 66; not on darwin, windows. */
export const RTM_GETNEIGHTBL: number | undefined = maybe("RTM_GETNEIGHTBL");
/** Rtnetlink message type (`nlmsg_type`): linux 67; not on darwin, windows. */
export const RTM_SETNEIGHTBL: number | undefined = maybe("RTM_SETNEIGHTBL");
/** Rtnetlink message type (`nlmsg_type`): linux 68; not on darwin, windows. */
export const RTM_NEWNDUSEROPT: number | undefined = maybe("RTM_NEWNDUSEROPT");
/** Rtnetlink message type (`nlmsg_type`): linux 72; not on darwin, windows. */
export const RTM_NEWADDRLABEL: number | undefined = maybe("RTM_NEWADDRLABEL");
/** Rtnetlink message type (`nlmsg_type`): linux 73; not on darwin, windows. */
export const RTM_DELADDRLABEL: number | undefined = maybe("RTM_DELADDRLABEL");
/** Rtnetlink message type (`nlmsg_type`): linux 74; not on darwin, windows. */
export const RTM_GETADDRLABEL: number | undefined = maybe("RTM_GETADDRLABEL");
/** Rtnetlink message type (`nlmsg_type`): linux 78; not on darwin, windows. */
export const RTM_GETDCB: number | undefined = maybe("RTM_GETDCB");
/** Rtnetlink message type (`nlmsg_type`): linux 79; not on darwin, windows. */
export const RTM_SETDCB: number | undefined = maybe("RTM_SETDCB");
/** Rtnetlink message type (`nlmsg_type`): linux 80; not on darwin, windows. */
export const RTM_NEWNETCONF: number | undefined = maybe("RTM_NEWNETCONF");
/** Rtnetlink message type (`nlmsg_type`): linux 81; not on darwin, windows. */
export const RTM_DELNETCONF: number | undefined = maybe("RTM_DELNETCONF");
/** Rtnetlink message type (`nlmsg_type`): linux 82; not on darwin, windows. */
export const RTM_GETNETCONF: number | undefined = maybe("RTM_GETNETCONF");
/** Rtnetlink message type (`nlmsg_type`): linux 84; not on darwin, windows. */
export const RTM_NEWMDB: number | undefined = maybe("RTM_NEWMDB");
/** Rtnetlink message type (`nlmsg_type`): linux 85; not on darwin, windows. */
export const RTM_DELMDB: number | undefined = maybe("RTM_DELMDB");
/** Rtnetlink message type (`nlmsg_type`): linux 86; not on darwin, windows. */
export const RTM_GETMDB: number | undefined = maybe("RTM_GETMDB");
/** Rtnetlink message type (`nlmsg_type`): linux 88; not on darwin, windows. */
export const RTM_NEWNSID: number | undefined = maybe("RTM_NEWNSID");
/** Rtnetlink message type (`nlmsg_type`): linux 89; not on darwin, windows. */
export const RTM_DELNSID: number | undefined = maybe("RTM_DELNSID");
/** Rtnetlink message type (`nlmsg_type`): linux 90; not on darwin, windows. */
export const RTM_GETNSID: number | undefined = maybe("RTM_GETNSID");
/** Rtnetlink message type (`nlmsg_type`): linux 92; not on darwin, windows. */
export const RTM_NEWSTATS: number | undefined = maybe("RTM_NEWSTATS");
/** Rtnetlink message type (`nlmsg_type`): linux 94; not on darwin, windows. */
export const RTM_GETSTATS: number | undefined = maybe("RTM_GETSTATS");
/** Rtnetlink message type (`nlmsg_type`): linux 95; not on darwin, windows. */
export const RTM_SETSTATS: number | undefined = maybe("RTM_SETSTATS");
/** Rtnetlink message type (`nlmsg_type`): linux 96; not on darwin, windows. */
export const RTM_NEWCACHEREPORT: number | undefined = maybe(
  "RTM_NEWCACHEREPORT",
);
/** Rtnetlink message type (`nlmsg_type`): linux 100; not on darwin, windows. */
export const RTM_NEWCHAIN: number | undefined = maybe("RTM_NEWCHAIN");
/** Rtnetlink message type (`nlmsg_type`): linux 101; not on darwin, windows. */
export const RTM_DELCHAIN: number | undefined = maybe("RTM_DELCHAIN");
/** Rtnetlink message type (`nlmsg_type`): linux 102; not on darwin, windows. */
export const RTM_GETCHAIN: number | undefined = maybe("RTM_GETCHAIN");
/** Rtnetlink message type (`nlmsg_type`): linux 104; not on darwin, windows. */
export const RTM_NEWNEXTHOP: number | undefined = maybe("RTM_NEWNEXTHOP");
/** Rtnetlink message type (`nlmsg_type`): linux 105; not on darwin, windows. */
export const RTM_DELNEXTHOP: number | undefined = maybe("RTM_DELNEXTHOP");
/** Rtnetlink message type (`nlmsg_type`): linux 106; not on darwin, windows. */
export const RTM_GETNEXTHOP: number | undefined = maybe("RTM_GETNEXTHOP");
/** Rtnetlink message type (`nlmsg_type`): linux 108; not on darwin, windows. */
export const RTM_NEWLINKPROP: number | undefined = maybe("RTM_NEWLINKPROP");
/** Rtnetlink message type (`nlmsg_type`): linux 109; not on darwin, windows. */
export const RTM_DELLINKPROP: number | undefined = maybe("RTM_DELLINKPROP");
/** Rtnetlink message type (`nlmsg_type`): linux 110; not on darwin, windows. */
export const RTM_GETLINKPROP: number | undefined = maybe("RTM_GETLINKPROP");
/** Rtnetlink message type (`nlmsg_type`): linux 112; not on darwin, windows. */
export const RTM_NEWVLAN: number | undefined = maybe("RTM_NEWVLAN");
/** Rtnetlink message type (`nlmsg_type`): linux 113; not on darwin, windows. */
export const RTM_DELVLAN: number | undefined = maybe("RTM_DELVLAN");
/** Rtnetlink message type (`nlmsg_type`): linux 114; not on darwin, windows. */
export const RTM_GETVLAN: number | undefined = maybe("RTM_GETVLAN");
/** Rtnetlink message type (`nlmsg_type`): linux 116; not on darwin, windows. */
export const RTM_NEWNEXTHOPBUCKET: number | undefined = maybe(
  "RTM_NEWNEXTHOPBUCKET",
);
/** Rtnetlink message type (`nlmsg_type`): linux 117; not on darwin, windows. */
export const RTM_DELNEXTHOPBUCKET: number | undefined = maybe(
  "RTM_DELNEXTHOPBUCKET",
);
/** Rtnetlink message type (`nlmsg_type`): linux 118; not on darwin, windows. */
export const RTM_GETNEXTHOPBUCKET: number | undefined = maybe(
  "RTM_GETNEXTHOPBUCKET",
);
/** Rtnetlink message type (`nlmsg_type`): linux 120; not on darwin, windows. */
export const RTM_NEWTUNNEL: number | undefined = maybe("RTM_NEWTUNNEL");
/** Rtnetlink message type (`nlmsg_type`): linux 121; not on darwin, windows. */
export const RTM_DELTUNNEL: number | undefined = maybe("RTM_DELTUNNEL");
/** Rtnetlink message type (`nlmsg_type`): linux 122; not on darwin, windows. */
export const RTM_GETTUNNEL: number | undefined = maybe("RTM_GETTUNNEL");
/** Route flag (`rtm_flags`): linux 256; not on darwin, windows. */
export const RTM_F_NOTIFY: number | undefined = maybe("RTM_F_NOTIFY");
/** Route flag (`rtm_flags`): linux 512; not on darwin, windows. */
export const RTM_F_CLONED: number | undefined = maybe("RTM_F_CLONED");
/** Route flag (`rtm_flags`): linux 1024; not on darwin, windows. */
export const RTM_F_EQUALIZE: number | undefined = maybe("RTM_F_EQUALIZE");
/** Route flag (`rtm_flags`): linux 2048; not on darwin, windows. */
export const RTM_F_PREFIX: number | undefined = maybe("RTM_F_PREFIX");
/** Route flag (`rtm_flags`): linux 4096; not on darwin, windows. */
export const RTM_F_LOOKUP_TABLE: number | undefined = maybe(
  "RTM_F_LOOKUP_TABLE",
);
/** Route flag (`rtm_flags`): linux 8192; not on darwin, windows. */
export const RTM_F_FIB_MATCH: number | undefined = maybe("RTM_F_FIB_MATCH");
/** Route flag (`rtm_flags`): linux 16384; not on darwin, windows. */
export const RTM_F_OFFLOAD: number | undefined = maybe("RTM_F_OFFLOAD");
/** Route flag (`rtm_flags`): linux 32768; not on darwin, windows. */
export const RTM_F_TRAP: number | undefined = maybe("RTM_F_TRAP");
/** Route flag (`rtm_flags`): linux 536870912; not on darwin, windows. */
export const RTM_F_OFFLOAD_FAILED: number | undefined = maybe(
  "RTM_F_OFFLOAD_FAILED",
);
/** Interface address attribute (`rta_type`): linux 0; not on darwin, windows. */
export const IFA_UNSPEC: number | undefined = maybe("IFA_UNSPEC");
/** Interface address attribute (`rta_type`): linux 1; not on darwin, windows. */
export const IFA_ADDRESS: number | undefined = maybe("IFA_ADDRESS");
/** Interface address attribute (`rta_type`): linux 2; not on darwin, windows. */
export const IFA_LOCAL: number | undefined = maybe("IFA_LOCAL");
/** Interface address attribute (`rta_type`): linux 3; not on darwin, windows. */
export const IFA_LABEL: number | undefined = maybe("IFA_LABEL");
/** Interface address attribute (`rta_type`): linux 4; not on darwin, windows. */
export const IFA_BROADCAST: number | undefined = maybe("IFA_BROADCAST");
/** Interface address attribute (`rta_type`): linux 5; not on darwin, windows. */
export const IFA_ANYCAST: number | undefined = maybe("IFA_ANYCAST");
/** Interface address attribute (`rta_type`): linux 6; not on darwin, windows. */
export const IFA_CACHEINFO: number | undefined = maybe("IFA_CACHEINFO");
/** Interface address attribute (`rta_type`): linux 7; not on darwin, windows. */
export const IFA_MULTICAST: number | undefined = maybe("IFA_MULTICAST");
/** Interface address attribute (`rta_type`): linux 8; not on darwin, windows. */
export const IFA_FLAGS: number | undefined = maybe("IFA_FLAGS");
/** Interface address attribute (`rta_type`): linux 9; not on darwin, windows. */
export const IFA_RT_PRIORITY: number | undefined = maybe("IFA_RT_PRIORITY");
/** Interface address attribute (`rta_type`): linux 10; not on darwin, windows. */
export const IFA_TARGET_NETNSID: number | undefined = maybe(
  "IFA_TARGET_NETNSID",
);
/** Interface address attribute (`rta_type`): linux 11; not on darwin, windows. */
export const IFA_PROTO: number | undefined = maybe("IFA_PROTO");
/** Interface address flag (`ifa_flags`): linux 1; not on darwin, windows. */
export const IFA_F_SECONDARY: number | undefined = maybe("IFA_F_SECONDARY");
/** Interface address flag (`ifa_flags`): linux 1; not on darwin, windows. */
export const IFA_F_TEMPORARY: number | undefined = maybe("IFA_F_TEMPORARY");
/** Interface address flag (`ifa_flags`): linux 2; not on darwin, windows. */
export const IFA_F_NODAD: number | undefined = maybe("IFA_F_NODAD");
/** Interface address flag (`ifa_flags`): linux 4; not on darwin, windows. */
export const IFA_F_OPTIMISTIC: number | undefined = maybe("IFA_F_OPTIMISTIC");
/** Interface address flag (`ifa_flags`): linux 8; not on darwin, windows. */
export const IFA_F_DADFAILED: number | undefined = maybe("IFA_F_DADFAILED");
/** Interface address flag (`ifa_flags`): linux 16; not on darwin, windows. */
export const IFA_F_HOMEADDRESS: number | undefined = maybe("IFA_F_HOMEADDRESS");
/** Interface address flag (`ifa_flags`): linux 32; not on darwin, windows. */
export const IFA_F_DEPRECATED: number | undefined = maybe("IFA_F_DEPRECATED");
/** Interface address flag (`ifa_flags`): linux 64; not on darwin, windows. */
export const IFA_F_TENTATIVE: number | undefined = maybe("IFA_F_TENTATIVE");
/** Interface address flag (`ifa_flags`): linux 128; not on darwin, windows. */
export const IFA_F_PERMANENT: number | undefined = maybe("IFA_F_PERMANENT");
/** Interface address flag (`ifa_flags`): linux 256; not on darwin, windows. */
export const IFA_F_MANAGETEMPADDR: number | undefined = maybe(
  "IFA_F_MANAGETEMPADDR",
);
/** Interface address flag (`ifa_flags`): linux 512; not on darwin, windows. */
export const IFA_F_NOPREFIXROUTE: number | undefined = maybe(
  "IFA_F_NOPREFIXROUTE",
);
/** Interface address flag (`ifa_flags`): linux 1024; not on darwin, windows. */
export const IFA_F_MCAUTOJOIN: number | undefined = maybe("IFA_F_MCAUTOJOIN");
/** Interface address flag (`ifa_flags`): linux 2048; not on darwin, windows. */
export const IFA_F_STABLE_PRIVACY: number | undefined = maybe(
  "IFA_F_STABLE_PRIVACY",
);
/** Link attribute (`rta_type`): linux 0; not on darwin, windows. */
export const IFLA_UNSPEC: number | undefined = maybe("IFLA_UNSPEC");
/** Link attribute (`rta_type`): linux 1; not on darwin, windows. */
export const IFLA_ADDRESS: number | undefined = maybe("IFLA_ADDRESS");
/** Link attribute (`rta_type`): linux 2; not on darwin, windows. */
export const IFLA_BROADCAST: number | undefined = maybe("IFLA_BROADCAST");
/** Link attribute (`rta_type`): linux 3; not on darwin, windows. */
export const IFLA_IFNAME: number | undefined = maybe("IFLA_IFNAME");
/** Link attribute (`rta_type`): linux 4; not on darwin, windows. */
export const IFLA_MTU: number | undefined = maybe("IFLA_MTU");
/** Link attribute (`rta_type`): linux 5; not on darwin, windows. */
export const IFLA_LINK: number | undefined = maybe("IFLA_LINK");
/** Link attribute (`rta_type`): linux 6; not on darwin, windows. */
export const IFLA_QDISC: number | undefined = maybe("IFLA_QDISC");
/** Link attribute (`rta_type`): linux 7; not on darwin, windows. */
export const IFLA_STATS: number | undefined = maybe("IFLA_STATS");
/** Link attribute (`rta_type`): linux 8; not on darwin, windows. */
export const IFLA_COST: number | undefined = maybe("IFLA_COST");
/** Link attribute (`rta_type`): linux 9; not on darwin, windows. */
export const IFLA_PRIORITY: number | undefined = maybe("IFLA_PRIORITY");
/** Link attribute (`rta_type`): linux 10; not on darwin, windows. */
export const IFLA_MASTER: number | undefined = maybe("IFLA_MASTER");
/** Link attribute (`rta_type`): linux 11; not on darwin, windows. */
export const IFLA_WIRELESS: number | undefined = maybe("IFLA_WIRELESS");
/** Link attribute (`rta_type`): linux 12; not on darwin, windows. */
export const IFLA_PROTINFO: number | undefined = maybe("IFLA_PROTINFO");
/** Link attribute (`rta_type`): linux 13; not on darwin, windows. */
export const IFLA_TXQLEN: number | undefined = maybe("IFLA_TXQLEN");
/** Link attribute (`rta_type`): linux 14; not on darwin, windows. */
export const IFLA_MAP: number | undefined = maybe("IFLA_MAP");
/** Link attribute (`rta_type`): linux 15; not on darwin, windows. */
export const IFLA_WEIGHT: number | undefined = maybe("IFLA_WEIGHT");
/** Link attribute (`rta_type`): linux 16; not on darwin, windows. */
export const IFLA_OPERSTATE: number | undefined = maybe("IFLA_OPERSTATE");
/** Link attribute (`rta_type`): linux 17; not on darwin, windows. */
export const IFLA_LINKMODE: number | undefined = maybe("IFLA_LINKMODE");
/** Link attribute (`rta_type`): linux 18; not on darwin, windows. */
export const IFLA_LINKINFO: number | undefined = maybe("IFLA_LINKINFO");
/** Link attribute (`rta_type`): linux 19; not on darwin, windows. */
export const IFLA_NET_NS_PID: number | undefined = maybe("IFLA_NET_NS_PID");
/** Link attribute (`rta_type`): linux 20; not on darwin, windows. */
export const IFLA_IFALIAS: number | undefined = maybe("IFLA_IFALIAS");
/** Link attribute (`rta_type`): linux 21; not on darwin, windows. */
export const IFLA_NUM_VF: number | undefined = maybe("IFLA_NUM_VF");
/** Link attribute (`rta_type`): linux 22; not on darwin, windows. */
export const IFLA_VFINFO_LIST: number | undefined = maybe("IFLA_VFINFO_LIST");
/** Link attribute (`rta_type`): linux 23; not on darwin, windows. */
export const IFLA_STATS64: number | undefined = maybe("IFLA_STATS64");
/** Link attribute (`rta_type`): linux 24; not on darwin, windows. */
export const IFLA_VF_PORTS: number | undefined = maybe("IFLA_VF_PORTS");
/** Link attribute (`rta_type`): linux 25; not on darwin, windows. */
export const IFLA_PORT_SELF: number | undefined = maybe("IFLA_PORT_SELF");
/** Link attribute (`rta_type`): linux 26; not on darwin, windows. */
export const IFLA_AF_SPEC: number | undefined = maybe("IFLA_AF_SPEC");
/** Link attribute (`rta_type`): linux 27; not on darwin, windows. */
export const IFLA_GROUP: number | undefined = maybe("IFLA_GROUP");
/** Link attribute (`rta_type`): linux 28; not on darwin, windows. */
export const IFLA_NET_NS_FD: number | undefined = maybe("IFLA_NET_NS_FD");
/** Link attribute (`rta_type`): linux 29; not on darwin, windows. */
export const IFLA_EXT_MASK: number | undefined = maybe("IFLA_EXT_MASK");
/** Link attribute (`rta_type`): linux 30; not on darwin, windows. */
export const IFLA_PROMISCUITY: number | undefined = maybe("IFLA_PROMISCUITY");
/** Link attribute (`rta_type`): linux 31; not on darwin, windows. */
export const IFLA_NUM_TX_QUEUES: number | undefined = maybe(
  "IFLA_NUM_TX_QUEUES",
);
/** Link attribute (`rta_type`): linux 32; not on darwin, windows. */
export const IFLA_NUM_RX_QUEUES: number | undefined = maybe(
  "IFLA_NUM_RX_QUEUES",
);
/** Link attribute (`rta_type`): linux 33; not on darwin, windows. */
export const IFLA_CARRIER: number | undefined = maybe("IFLA_CARRIER");
/** Link attribute (`rta_type`): linux 34; not on darwin, windows. */
export const IFLA_PHYS_PORT_ID: number | undefined = maybe("IFLA_PHYS_PORT_ID");
/** Link attribute (`rta_type`): linux 35; not on darwin, windows. */
export const IFLA_CARRIER_CHANGES: number | undefined = maybe(
  "IFLA_CARRIER_CHANGES",
);
/** Link attribute (`rta_type`): linux 36; not on darwin, windows. */
export const IFLA_PHYS_SWITCH_ID: number | undefined = maybe(
  "IFLA_PHYS_SWITCH_ID",
);
/** Link attribute (`rta_type`): linux 37; not on darwin, windows. */
export const IFLA_LINK_NETNSID: number | undefined = maybe("IFLA_LINK_NETNSID");
/** Link attribute (`rta_type`): linux 38; not on darwin, windows. */
export const IFLA_PHYS_PORT_NAME: number | undefined = maybe(
  "IFLA_PHYS_PORT_NAME",
);
/** Link attribute (`rta_type`): linux 39; not on darwin, windows. */
export const IFLA_PROTO_DOWN: number | undefined = maybe("IFLA_PROTO_DOWN");
/** Link attribute (`rta_type`): linux 40; not on darwin, windows. */
export const IFLA_GSO_MAX_SEGS: number | undefined = maybe("IFLA_GSO_MAX_SEGS");
/** Link attribute (`rta_type`): linux 41; not on darwin, windows. */
export const IFLA_GSO_MAX_SIZE: number | undefined = maybe("IFLA_GSO_MAX_SIZE");
/** Link attribute (`rta_type`): linux 42; not on darwin, windows. */
export const IFLA_PAD: number | undefined = maybe("IFLA_PAD");
/** Link attribute (`rta_type`): linux 43; not on darwin, windows. */
export const IFLA_XDP: number | undefined = maybe("IFLA_XDP");
/** Link attribute (`rta_type`): linux 44; not on darwin, windows. */
export const IFLA_EVENT: number | undefined = maybe("IFLA_EVENT");
/** Link attribute (`rta_type`): linux 45; not on darwin, windows. */
export const IFLA_NEW_NETNSID: number | undefined = maybe("IFLA_NEW_NETNSID");
/** Link attribute (`rta_type`): linux 46; not on darwin, windows. */
export const IFLA_IF_NETNSID: number | undefined = maybe("IFLA_IF_NETNSID");
/** Link attribute (`rta_type`): linux 46; not on darwin, windows. */
export const IFLA_TARGET_NETNSID: number | undefined = maybe(
  "IFLA_TARGET_NETNSID",
);
/** Link attribute (`rta_type`): linux 47; not on darwin, windows. */
export const IFLA_CARRIER_UP_COUNT: number | undefined = maybe(
  "IFLA_CARRIER_UP_COUNT",
);
/** Link attribute (`rta_type`): linux 48; not on darwin, windows. */
export const IFLA_CARRIER_DOWN_COUNT: number | undefined = maybe(
  "IFLA_CARRIER_DOWN_COUNT",
);
/** Link attribute (`rta_type`): linux 49; not on darwin, windows. */
export const IFLA_NEW_IFINDEX: number | undefined = maybe("IFLA_NEW_IFINDEX");
/** Link attribute (`rta_type`): linux 50; not on darwin, windows. */
export const IFLA_MIN_MTU: number | undefined = maybe("IFLA_MIN_MTU");
/** Link attribute (`rta_type`): linux 51; not on darwin, windows. */
export const IFLA_MAX_MTU: number | undefined = maybe("IFLA_MAX_MTU");
/** Link attribute (`rta_type`): linux 52; not on darwin, windows. */
export const IFLA_PROP_LIST: number | undefined = maybe("IFLA_PROP_LIST");
/** Link attribute (`rta_type`): linux 53; not on darwin, windows. */
export const IFLA_ALT_IFNAME: number | undefined = maybe("IFLA_ALT_IFNAME");
/** Link attribute (`rta_type`): linux 54; not on darwin, windows. */
export const IFLA_PERM_ADDRESS: number | undefined = maybe("IFLA_PERM_ADDRESS");
/** Link attribute (`rta_type`): linux 55; not on darwin, windows. */
export const IFLA_PROTO_DOWN_REASON: number | undefined = maybe(
  "IFLA_PROTO_DOWN_REASON",
);
/** Link attribute (`rta_type`): linux 56; not on darwin, windows. */
export const IFLA_PARENT_DEV_NAME: number | undefined = maybe(
  "IFLA_PARENT_DEV_NAME",
);
/** Link attribute (`rta_type`): linux 57; not on darwin, windows. */
export const IFLA_PARENT_DEV_BUS_NAME: number | undefined = maybe(
  "IFLA_PARENT_DEV_BUS_NAME",
);
/** Link attribute (`rta_type`): linux 58; not on darwin, windows. */
export const IFLA_GRO_MAX_SIZE: number | undefined = maybe("IFLA_GRO_MAX_SIZE");
/** Link attribute (`rta_type`): linux 59; not on darwin, windows. */
export const IFLA_TSO_MAX_SIZE: number | undefined = maybe("IFLA_TSO_MAX_SIZE");
/** Link attribute (`rta_type`): linux 60; not on darwin, windows. */
export const IFLA_TSO_MAX_SEGS: number | undefined = maybe("IFLA_TSO_MAX_SEGS");
/** Link attribute (`rta_type`): linux 61; not on darwin, windows. */
export const IFLA_ALLMULTI: number | undefined = maybe("IFLA_ALLMULTI");
/** Interface flag (`ifr_flags`): linux 1, darwin 1; not on windows. */
export const IFF_UP: number | undefined = maybe("IFF_UP");
/** Interface flag (`ifr_flags`): linux 2, darwin 2; not on windows. */
export const IFF_BROADCAST: number | undefined = maybe("IFF_BROADCAST");
/** Interface flag (`ifr_flags`): linux 4, darwin 4; not on windows. */
export const IFF_DEBUG: number | undefined = maybe("IFF_DEBUG");
/** Interface flag (`ifr_flags`): linux 8, darwin 8; not on windows. */
export const IFF_LOOPBACK: number | undefined = maybe("IFF_LOOPBACK");
/** Interface flag (`ifr_flags`): linux 16, darwin 16; not on windows. */
export const IFF_POINTOPOINT: number | undefined = maybe("IFF_POINTOPOINT");
/** Interface flag (`ifr_flags`): linux 32, darwin 32; not on windows. */
export const IFF_NOTRAILERS: number | undefined = maybe("IFF_NOTRAILERS");
/** Interface flag (`ifr_flags`): linux 64, darwin 64; not on windows. */
export const IFF_RUNNING: number | undefined = maybe("IFF_RUNNING");
/** Interface flag (`ifr_flags`): linux 128, darwin 128; not on windows. */
export const IFF_NOARP: number | undefined = maybe("IFF_NOARP");
/** Interface flag (`ifr_flags`): linux 256, darwin 256; not on windows. */
export const IFF_PROMISC: number | undefined = maybe("IFF_PROMISC");
/** Interface flag (`ifr_flags`): linux 512, darwin 512; not on windows. */
export const IFF_ALLMULTI: number | undefined = maybe("IFF_ALLMULTI");
/** Interface flag (`ifr_flags`): linux 1024; not on darwin, windows. */
export const IFF_MASTER: number | undefined = maybe("IFF_MASTER");
/** Interface flag (`ifr_flags`): linux 2048; not on darwin, windows. */
export const IFF_SLAVE: number | undefined = maybe("IFF_SLAVE");
/** Interface flag (`ifr_flags`): linux 4096, darwin 32768; not on windows. */
export const IFF_MULTICAST: number | undefined = maybe("IFF_MULTICAST");
/** Interface flag (`ifr_flags`): linux 8192; not on darwin, windows. */
export const IFF_PORTSEL: number | undefined = maybe("IFF_PORTSEL");
/** Interface flag (`ifr_flags`): linux 16384; not on darwin, windows. */
export const IFF_AUTOMEDIA: number | undefined = maybe("IFF_AUTOMEDIA");
/** Interface flag (`ifr_flags`): linux 32768; not on darwin, windows. */
export const IFF_DYNAMIC: number | undefined = maybe("IFF_DYNAMIC");
/** Size of an interface name, NUL included: linux 16, darwin 16, windows 256. */
export const IF_NAMESIZE: number = defined("IF_NAMESIZE");
/** Size of an interface name, NUL included: darwin 16; not on linux, windows. */
export const IFNAMSIZ: number | undefined = maybe("IFNAMSIZ");
/** Interface flag (`ifr_flags`): darwin 1024; not on linux, windows. */
export const IFF_OACTIVE: number | undefined = maybe("IFF_OACTIVE");
/** Interface flag (`ifr_flags`): darwin 2048; not on linux, windows. */
export const IFF_SIMPLEX: number | undefined = maybe("IFF_SIMPLEX");
/** Interface flag (`ifr_flags`): darwin 4096; not on linux, windows. */
export const IFF_LINK0: number | undefined = maybe("IFF_LINK0");
/** Interface flag (`ifr_flags`): darwin 8192; not on linux, windows. */
export const IFF_LINK1: number | undefined = maybe("IFF_LINK1");
/** Interface flag (`ifr_flags`): darwin 16384; not on linux, windows. */
export const IFF_LINK2: number | undefined = maybe("IFF_LINK2");
/** Interface flag (`ifr_flags`): darwin 16384; not on linux, windows. */
export const IFF_ALTPHYS: number | undefined = maybe("IFF_ALTPHYS");
