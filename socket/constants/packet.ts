/**
 * Packet sockets (`PACKET_*`) and Ethernet protocols (`ETH_P_*`), Linux.
 * Each is the running platform's value; one the platform lacks is
 * `undefined` (typed `number | undefined` unless Linux, macOS and Windows
 * all define it).
 *
 * Generated from `platform/*_constants.ts` by
 * `deno run -A .ci/gen_constants_exports.ts`: do not edit by hand.
 *
 * @module
 */
import { maybe } from "./_lookup.ts";

/**
 * Every protocol; ethernet protocol number: linux 3; not on darwin, windows.
 *
 * @example Capture one frame of any protocol (Linux, needs privileges)
 * ```ts
 * import { AF_PACKET, ETH_P_ALL, htons, PACKET_OUTGOING, SOCK_RAW, socket } from "@berkeley/socket";
 * if (AF_PACKET !== undefined && ETH_P_ALL !== undefined) {
 *   using s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
 *   const [frame, address] = s.recvfrom(65535);
 *   if (address) {
 *     const [ifname, , pkttype] = address;
 *     console.log(ifname, frame.length, pkttype === PACKET_OUTGOING);
 *   }
 * }
 * ```
 */
export const ETH_P_ALL: number | undefined = maybe("ETH_P_ALL");
/** Addressed to this host; AF_PACKET packet type (an address's third element): linux 0; not on darwin, windows. */
export const PACKET_HOST: number | undefined = maybe("PACKET_HOST");
/** Link-layer broadcast; AF_PACKET packet type (an address's third element): linux 1; not on darwin, windows. */
export const PACKET_BROADCAST: number | undefined = maybe("PACKET_BROADCAST");
/** Link-layer multicast; AF_PACKET packet type (an address's third element): linux 2; not on darwin, windows. */
export const PACKET_MULTICAST: number | undefined = maybe("PACKET_MULTICAST");
/** Addressed to another host; AF_PACKET packet type (an address's third element): linux 3; not on darwin, windows. */
export const PACKET_OTHERHOST: number | undefined = maybe("PACKET_OTHERHOST");
/** Sent by this host; AF_PACKET packet type (an address's third element): linux 4; not on darwin, windows. */
export const PACKET_OUTGOING: number | undefined = maybe("PACKET_OUTGOING");
/** AF_PACKET packet type (an address's third element): linux 5; not on darwin, windows. */
export const PACKET_LOOPBACK: number | undefined = maybe("PACKET_LOOPBACK");
/** AF_PACKET packet type (an address's third element): linux 6; not on darwin, windows. */
export const PACKET_USER: number | undefined = maybe("PACKET_USER");
/** AF_PACKET packet type (an address's third element): linux 7; not on darwin, windows. */
export const PACKET_KERNEL: number | undefined = maybe("PACKET_KERNEL");
/** AF_PACKET packet type (an address's third element): linux 6; not on darwin, windows. */
export const PACKET_FASTROUTE: number | undefined = maybe("PACKET_FASTROUTE");
/** AF_PACKET option at level `SOL_PACKET`: linux 1; not on darwin, windows. */
export const PACKET_ADD_MEMBERSHIP: number | undefined = maybe(
  "PACKET_ADD_MEMBERSHIP",
);
/** AF_PACKET option at level `SOL_PACKET`: linux 2; not on darwin, windows. */
export const PACKET_DROP_MEMBERSHIP: number | undefined = maybe(
  "PACKET_DROP_MEMBERSHIP",
);
/** AF_PACKET option at level `SOL_PACKET`: linux 3; not on darwin, windows. */
export const PACKET_RECV_OUTPUT: number | undefined = maybe(
  "PACKET_RECV_OUTPUT",
);
/** AF_PACKET option at level `SOL_PACKET`: linux 5; not on darwin, windows. */
export const PACKET_RX_RING: number | undefined = maybe("PACKET_RX_RING");
/** AF_PACKET option at level `SOL_PACKET`: linux 6; not on darwin, windows. */
export const PACKET_STATISTICS: number | undefined = maybe("PACKET_STATISTICS");
/** AF_PACKET option at level `SOL_PACKET`: linux 7; not on darwin, windows. */
export const PACKET_COPY_THRESH: number | undefined = maybe(
  "PACKET_COPY_THRESH",
);
/** AF_PACKET option at level `SOL_PACKET`: linux 8; not on darwin, windows. */
export const PACKET_AUXDATA: number | undefined = maybe("PACKET_AUXDATA");
/** AF_PACKET option at level `SOL_PACKET`: linux 9; not on darwin, windows. */
export const PACKET_ORIGDEV: number | undefined = maybe("PACKET_ORIGDEV");
/** AF_PACKET option at level `SOL_PACKET`: linux 10; not on darwin, windows. */
export const PACKET_VERSION: number | undefined = maybe("PACKET_VERSION");
/** AF_PACKET option at level `SOL_PACKET`: linux 11; not on darwin, windows. */
export const PACKET_HDRLEN: number | undefined = maybe("PACKET_HDRLEN");
/** AF_PACKET option at level `SOL_PACKET`: linux 12; not on darwin, windows. */
export const PACKET_RESERVE: number | undefined = maybe("PACKET_RESERVE");
/** AF_PACKET option at level `SOL_PACKET`: linux 13; not on darwin, windows. */
export const PACKET_TX_RING: number | undefined = maybe("PACKET_TX_RING");
/** AF_PACKET option at level `SOL_PACKET`: linux 14; not on darwin, windows. */
export const PACKET_LOSS: number | undefined = maybe("PACKET_LOSS");
/** AF_PACKET option at level `SOL_PACKET`: linux 15; not on darwin, windows. */
export const PACKET_VNET_HDR: number | undefined = maybe("PACKET_VNET_HDR");
/** AF_PACKET option at level `SOL_PACKET`: linux 16; not on darwin, windows. */
export const PACKET_TX_TIMESTAMP: number | undefined = maybe(
  "PACKET_TX_TIMESTAMP",
);
/** AF_PACKET option at level `SOL_PACKET`: linux 17; not on darwin, windows. */
export const PACKET_TIMESTAMP: number | undefined = maybe("PACKET_TIMESTAMP");
/** AF_PACKET option at level `SOL_PACKET`: linux 18; not on darwin, windows. */
export const PACKET_FANOUT: number | undefined = maybe("PACKET_FANOUT");
/** AF_PACKET option at level `SOL_PACKET`: linux 19; not on darwin, windows. */
export const PACKET_TX_HAS_OFF: number | undefined = maybe("PACKET_TX_HAS_OFF");
/** AF_PACKET option at level `SOL_PACKET`: linux 20; not on darwin, windows. */
export const PACKET_QDISC_BYPASS: number | undefined = maybe(
  "PACKET_QDISC_BYPASS",
);
/** AF_PACKET option at level `SOL_PACKET`: linux 21; not on darwin, windows. */
export const PACKET_ROLLOVER_STATS: number | undefined = maybe(
  "PACKET_ROLLOVER_STATS",
);
/** AF_PACKET membership type or fanout mode: linux 22; not on darwin, windows. */
export const PACKET_FANOUT_DATA: number | undefined = maybe(
  "PACKET_FANOUT_DATA",
);
/** AF_PACKET option at level `SOL_PACKET`: linux 23; not on darwin, windows. */
export const PACKET_IGNORE_OUTGOING: number | undefined = maybe(
  "PACKET_IGNORE_OUTGOING",
);
/** AF_PACKET membership type or fanout mode: linux 0; not on darwin, windows. */
export const PACKET_FANOUT_HASH: number | undefined = maybe(
  "PACKET_FANOUT_HASH",
);
/** AF_PACKET membership type or fanout mode: linux 1; not on darwin, windows. */
export const PACKET_FANOUT_LB: number | undefined = maybe("PACKET_FANOUT_LB");
/** AF_PACKET membership type or fanout mode: linux 2; not on darwin, windows. */
export const PACKET_FANOUT_CPU: number | undefined = maybe("PACKET_FANOUT_CPU");
/** AF_PACKET membership type or fanout mode: linux 3; not on darwin, windows. */
export const PACKET_FANOUT_ROLLOVER: number | undefined = maybe(
  "PACKET_FANOUT_ROLLOVER",
);
/** AF_PACKET membership type or fanout mode: linux 4; not on darwin, windows. */
export const PACKET_FANOUT_RND: number | undefined = maybe("PACKET_FANOUT_RND");
/** AF_PACKET membership type or fanout mode: linux 5; not on darwin, windows. */
export const PACKET_FANOUT_QM: number | undefined = maybe("PACKET_FANOUT_QM");
/** AF_PACKET membership type or fanout mode: linux 6; not on darwin, windows. */
export const PACKET_FANOUT_CBPF: number | undefined = maybe(
  "PACKET_FANOUT_CBPF",
);
/** AF_PACKET membership type or fanout mode: linux 7; not on darwin, windows. */
export const PACKET_FANOUT_EBPF: number | undefined = maybe(
  "PACKET_FANOUT_EBPF",
);
/** AF_PACKET membership type or fanout mode: linux 4096; not on darwin, windows. */
export const PACKET_FANOUT_FLAG_ROLLOVER: number | undefined = maybe(
  "PACKET_FANOUT_FLAG_ROLLOVER",
);
/** AF_PACKET membership type or fanout mode: linux 8192; not on darwin, windows. */
export const PACKET_FANOUT_FLAG_UNIQUEID: number | undefined = maybe(
  "PACKET_FANOUT_FLAG_UNIQUEID",
);
/** AF_PACKET membership type or fanout mode: linux 32768; not on darwin, windows. */
export const PACKET_FANOUT_FLAG_DEFRAG: number | undefined = maybe(
  "PACKET_FANOUT_FLAG_DEFRAG",
);
/** AF_PACKET membership type or fanout mode: linux 0; not on darwin, windows. */
export const PACKET_MR_MULTICAST: number | undefined = maybe(
  "PACKET_MR_MULTICAST",
);
/** AF_PACKET membership type or fanout mode: linux 1; not on darwin, windows. */
export const PACKET_MR_PROMISC: number | undefined = maybe("PACKET_MR_PROMISC");
/** AF_PACKET membership type or fanout mode: linux 2; not on darwin, windows. */
export const PACKET_MR_ALLMULTI: number | undefined = maybe(
  "PACKET_MR_ALLMULTI",
);
/** AF_PACKET membership type or fanout mode: linux 3; not on darwin, windows. */
export const PACKET_MR_UNICAST: number | undefined = maybe("PACKET_MR_UNICAST");
/** Ethernet protocol number: linux 96; not on darwin, windows. */
export const ETH_P_LOOP: number | undefined = maybe("ETH_P_LOOP");
/** Ethernet protocol number: linux 512; not on darwin, windows. */
export const ETH_P_PUP: number | undefined = maybe("ETH_P_PUP");
/** Ethernet protocol number: linux 513; not on darwin, windows. */
export const ETH_P_PUPAT: number | undefined = maybe("ETH_P_PUPAT");
/** Ethernet protocol number: linux 8944; not on darwin, windows. */
export const ETH_P_TSN: number | undefined = maybe("ETH_P_TSN");
/** Ethernet protocol number: linux 8939; not on darwin, windows. */
export const ETH_P_ERSPAN2: number | undefined = maybe("ETH_P_ERSPAN2");
/** IPv4; ethernet protocol number: linux 2048; not on darwin, windows. */
export const ETH_P_IP: number | undefined = maybe("ETH_P_IP");
/** Ethernet protocol number: linux 2053; not on darwin, windows. */
export const ETH_P_X25: number | undefined = maybe("ETH_P_X25");
/** ARP; ethernet protocol number: linux 2054; not on darwin, windows. */
export const ETH_P_ARP: number | undefined = maybe("ETH_P_ARP");
/** Ethernet protocol number: linux 2303; not on darwin, windows. */
export const ETH_P_BPQ: number | undefined = maybe("ETH_P_BPQ");
/** Ethernet protocol number: linux 2560; not on darwin, windows. */
export const ETH_P_IEEEPUP: number | undefined = maybe("ETH_P_IEEEPUP");
/** Ethernet protocol number: linux 2561; not on darwin, windows. */
export const ETH_P_IEEEPUPAT: number | undefined = maybe("ETH_P_IEEEPUPAT");
/** Ethernet protocol number: linux 17157; not on darwin, windows. */
export const ETH_P_BATMAN: number | undefined = maybe("ETH_P_BATMAN");
/** Ethernet protocol number: linux 24576; not on darwin, windows. */
export const ETH_P_DEC: number | undefined = maybe("ETH_P_DEC");
/** Ethernet protocol number: linux 24577; not on darwin, windows. */
export const ETH_P_DNA_DL: number | undefined = maybe("ETH_P_DNA_DL");
/** Ethernet protocol number: linux 24578; not on darwin, windows. */
export const ETH_P_DNA_RC: number | undefined = maybe("ETH_P_DNA_RC");
/** Ethernet protocol number: linux 24579; not on darwin, windows. */
export const ETH_P_DNA_RT: number | undefined = maybe("ETH_P_DNA_RT");
/** Ethernet protocol number: linux 24580; not on darwin, windows. */
export const ETH_P_LAT: number | undefined = maybe("ETH_P_LAT");
/** Ethernet protocol number: linux 24581; not on darwin, windows. */
export const ETH_P_DIAG: number | undefined = maybe("ETH_P_DIAG");
/** Ethernet protocol number: linux 24582; not on darwin, windows. */
export const ETH_P_CUST: number | undefined = maybe("ETH_P_CUST");
/** Ethernet protocol number: linux 24583; not on darwin, windows. */
export const ETH_P_SCA: number | undefined = maybe("ETH_P_SCA");
/** Ethernet protocol number: linux 25944; not on darwin, windows. */
export const ETH_P_TEB: number | undefined = maybe("ETH_P_TEB");
/** Ethernet protocol number: linux 32821; not on darwin, windows. */
export const ETH_P_RARP: number | undefined = maybe("ETH_P_RARP");
/** Ethernet protocol number: linux 32923; not on darwin, windows. */
export const ETH_P_ATALK: number | undefined = maybe("ETH_P_ATALK");
/** Ethernet protocol number: linux 33011; not on darwin, windows. */
export const ETH_P_AARP: number | undefined = maybe("ETH_P_AARP");
/** Ethernet protocol number: linux 33024; not on darwin, windows. */
export const ETH_P_8021Q: number | undefined = maybe("ETH_P_8021Q");
/** Ethernet protocol number: linux 35006; not on darwin, windows. */
export const ETH_P_ERSPAN: number | undefined = maybe("ETH_P_ERSPAN");
/** Ethernet protocol number: linux 33079; not on darwin, windows. */
export const ETH_P_IPX: number | undefined = maybe("ETH_P_IPX");
/** IPv6; ethernet protocol number: linux 34525; not on darwin, windows. */
export const ETH_P_IPV6: number | undefined = maybe("ETH_P_IPV6");
/** Ethernet protocol number: linux 34824; not on darwin, windows. */
export const ETH_P_PAUSE: number | undefined = maybe("ETH_P_PAUSE");
/** Ethernet protocol number: linux 34825; not on darwin, windows. */
export const ETH_P_SLOW: number | undefined = maybe("ETH_P_SLOW");
/** Ethernet protocol number: linux 34878; not on darwin, windows. */
export const ETH_P_WCCP: number | undefined = maybe("ETH_P_WCCP");
/** Ethernet protocol number: linux 34887; not on darwin, windows. */
export const ETH_P_MPLS_UC: number | undefined = maybe("ETH_P_MPLS_UC");
/** Ethernet protocol number: linux 34888; not on darwin, windows. */
export const ETH_P_MPLS_MC: number | undefined = maybe("ETH_P_MPLS_MC");
/** Ethernet protocol number: linux 34892; not on darwin, windows. */
export const ETH_P_ATMMPOA: number | undefined = maybe("ETH_P_ATMMPOA");
/** Ethernet protocol number: linux 34915; not on darwin, windows. */
export const ETH_P_PPP_DISC: number | undefined = maybe("ETH_P_PPP_DISC");
/** Ethernet protocol number: linux 34916; not on darwin, windows. */
export const ETH_P_PPP_SES: number | undefined = maybe("ETH_P_PPP_SES");
/** Ethernet protocol number: linux 34924; not on darwin, windows. */
export const ETH_P_LINK_CTL: number | undefined = maybe("ETH_P_LINK_CTL");
/** Ethernet protocol number: linux 34948; not on darwin, windows. */
export const ETH_P_ATMFATE: number | undefined = maybe("ETH_P_ATMFATE");
/** Ethernet protocol number: linux 34958; not on darwin, windows. */
export const ETH_P_PAE: number | undefined = maybe("ETH_P_PAE");
/** Ethernet protocol number: linux 34962; not on darwin, windows. */
export const ETH_P_PROFINET: number | undefined = maybe("ETH_P_PROFINET");
/** Ethernet protocol number: linux 34969; not on darwin, windows. */
export const ETH_P_REALTEK: number | undefined = maybe("ETH_P_REALTEK");
/** Ethernet protocol number: linux 34978; not on darwin, windows. */
export const ETH_P_AOE: number | undefined = maybe("ETH_P_AOE");
/** Ethernet protocol number: linux 34980; not on darwin, windows. */
export const ETH_P_ETHERCAT: number | undefined = maybe("ETH_P_ETHERCAT");
/** Ethernet protocol number: linux 34984; not on darwin, windows. */
export const ETH_P_8021AD: number | undefined = maybe("ETH_P_8021AD");
/** Ethernet protocol number: linux 34997; not on darwin, windows. */
export const ETH_P_802_EX1: number | undefined = maybe("ETH_P_802_EX1");
/** Ethernet protocol number: linux 35015; not on darwin, windows. */
export const ETH_P_PREAUTH: number | undefined = maybe("ETH_P_PREAUTH");
/** Ethernet protocol number: linux 35018; not on darwin, windows. */
export const ETH_P_TIPC: number | undefined = maybe("ETH_P_TIPC");
/** Ethernet protocol number: linux 35020; not on darwin, windows. */
export const ETH_P_LLDP: number | undefined = maybe("ETH_P_LLDP");
/** Ethernet protocol number: linux 35043; not on darwin, windows. */
export const ETH_P_MRP: number | undefined = maybe("ETH_P_MRP");
/** Ethernet protocol number: linux 35045; not on darwin, windows. */
export const ETH_P_MACSEC: number | undefined = maybe("ETH_P_MACSEC");
/** Ethernet protocol number: linux 35047; not on darwin, windows. */
export const ETH_P_8021AH: number | undefined = maybe("ETH_P_8021AH");
/** Ethernet protocol number: linux 35061; not on darwin, windows. */
export const ETH_P_MVRP: number | undefined = maybe("ETH_P_MVRP");
/** Ethernet protocol number: linux 35063; not on darwin, windows. */
export const ETH_P_1588: number | undefined = maybe("ETH_P_1588");
/** Ethernet protocol number: linux 35064; not on darwin, windows. */
export const ETH_P_NCSI: number | undefined = maybe("ETH_P_NCSI");
/** Ethernet protocol number: linux 35067; not on darwin, windows. */
export const ETH_P_PRP: number | undefined = maybe("ETH_P_PRP");
/** Ethernet protocol number: linux 35074; not on darwin, windows. */
export const ETH_P_CFM: number | undefined = maybe("ETH_P_CFM");
/** Ethernet protocol number: linux 35078; not on darwin, windows. */
export const ETH_P_FCOE: number | undefined = maybe("ETH_P_FCOE");
/** Ethernet protocol number: linux 35093; not on darwin, windows. */
export const ETH_P_IBOE: number | undefined = maybe("ETH_P_IBOE");
/** Ethernet protocol number: linux 35085; not on darwin, windows. */
export const ETH_P_TDLS: number | undefined = maybe("ETH_P_TDLS");
/** Ethernet protocol number: linux 35092; not on darwin, windows. */
export const ETH_P_FIP: number | undefined = maybe("ETH_P_FIP");
/** Ethernet protocol number: linux 35095; not on darwin, windows. */
export const ETH_P_80221: number | undefined = maybe("ETH_P_80221");
/** Ethernet protocol number: linux 35119; not on darwin, windows. */
export const ETH_P_HSR: number | undefined = maybe("ETH_P_HSR");
/** Ethernet protocol number: linux 35151; not on darwin, windows. */
export const ETH_P_NSH: number | undefined = maybe("ETH_P_NSH");
/** Ethernet protocol number: linux 36864; not on darwin, windows. */
export const ETH_P_LOOPBACK: number | undefined = maybe("ETH_P_LOOPBACK");
/** Ethernet protocol number: linux 37120; not on darwin, windows. */
export const ETH_P_QINQ1: number | undefined = maybe("ETH_P_QINQ1");
/** Ethernet protocol number: linux 37376; not on darwin, windows. */
export const ETH_P_QINQ2: number | undefined = maybe("ETH_P_QINQ2");
/** Ethernet protocol number: linux 37632; not on darwin, windows. */
export const ETH_P_QINQ3: number | undefined = maybe("ETH_P_QINQ3");
/** Ethernet protocol number: linux 56026; not on darwin, windows. */
export const ETH_P_EDSA: number | undefined = maybe("ETH_P_EDSA");
/** Ethernet protocol number: linux 56027; not on darwin, windows. */
export const ETH_P_DSA_8021Q: number | undefined = maybe("ETH_P_DSA_8021Q");
/** Ethernet protocol number: linux 57345; not on darwin, windows. */
export const ETH_P_DSA_A5PSW: number | undefined = maybe("ETH_P_DSA_A5PSW");
/** Ethernet protocol number: linux 60734; not on darwin, windows. */
export const ETH_P_IFE: number | undefined = maybe("ETH_P_IFE");
/** Ethernet protocol number: linux 64507; not on darwin, windows. */
export const ETH_P_AF_IUCV: number | undefined = maybe("ETH_P_AF_IUCV");
/** Ethernet protocol number: linux 1536; not on darwin, windows. */
export const ETH_P_802_3_MIN: number | undefined = maybe("ETH_P_802_3_MIN");
/** Ethernet protocol number: linux 1; not on darwin, windows. */
export const ETH_P_802_3: number | undefined = maybe("ETH_P_802_3");
/** Ethernet protocol number: linux 2; not on darwin, windows. */
export const ETH_P_AX25: number | undefined = maybe("ETH_P_AX25");
/** Ethernet protocol number: linux 4; not on darwin, windows. */
export const ETH_P_802_2: number | undefined = maybe("ETH_P_802_2");
/** Ethernet protocol number: linux 5; not on darwin, windows. */
export const ETH_P_SNAP: number | undefined = maybe("ETH_P_SNAP");
/** Ethernet protocol number: linux 6; not on darwin, windows. */
export const ETH_P_DDCMP: number | undefined = maybe("ETH_P_DDCMP");
/** Ethernet protocol number: linux 7; not on darwin, windows. */
export const ETH_P_WAN_PPP: number | undefined = maybe("ETH_P_WAN_PPP");
/** Ethernet protocol number: linux 8; not on darwin, windows. */
export const ETH_P_PPP_MP: number | undefined = maybe("ETH_P_PPP_MP");
/** Ethernet protocol number: linux 9; not on darwin, windows. */
export const ETH_P_LOCALTALK: number | undefined = maybe("ETH_P_LOCALTALK");
/** Ethernet protocol number: linux 12; not on darwin, windows. */
export const ETH_P_CAN: number | undefined = maybe("ETH_P_CAN");
/** Ethernet protocol number: linux 13; not on darwin, windows. */
export const ETH_P_CANFD: number | undefined = maybe("ETH_P_CANFD");
/** Ethernet protocol number: linux 14; not on darwin, windows. */
export const ETH_P_CANXL: number | undefined = maybe("ETH_P_CANXL");
/** Ethernet protocol number: linux 16; not on darwin, windows. */
export const ETH_P_PPPTALK: number | undefined = maybe("ETH_P_PPPTALK");
/** Ethernet protocol number: linux 17; not on darwin, windows. */
export const ETH_P_TR_802_2: number | undefined = maybe("ETH_P_TR_802_2");
/** Ethernet protocol number: linux 21; not on darwin, windows. */
export const ETH_P_MOBITEX: number | undefined = maybe("ETH_P_MOBITEX");
/** Ethernet protocol number: linux 22; not on darwin, windows. */
export const ETH_P_CONTROL: number | undefined = maybe("ETH_P_CONTROL");
/** Ethernet protocol number: linux 23; not on darwin, windows. */
export const ETH_P_IRDA: number | undefined = maybe("ETH_P_IRDA");
/** Ethernet protocol number: linux 24; not on darwin, windows. */
export const ETH_P_ECONET: number | undefined = maybe("ETH_P_ECONET");
/** Ethernet protocol number: linux 25; not on darwin, windows. */
export const ETH_P_HDLC: number | undefined = maybe("ETH_P_HDLC");
/** Ethernet protocol number: linux 26; not on darwin, windows. */
export const ETH_P_ARCNET: number | undefined = maybe("ETH_P_ARCNET");
/** Ethernet protocol number: linux 27; not on darwin, windows. */
export const ETH_P_DSA: number | undefined = maybe("ETH_P_DSA");
/** Ethernet protocol number: linux 28; not on darwin, windows. */
export const ETH_P_TRAILER: number | undefined = maybe("ETH_P_TRAILER");
/** Ethernet protocol number: linux 245; not on darwin, windows. */
export const ETH_P_PHONET: number | undefined = maybe("ETH_P_PHONET");
/** Ethernet protocol number: linux 246; not on darwin, windows. */
export const ETH_P_IEEE802154: number | undefined = maybe("ETH_P_IEEE802154");
/** Ethernet protocol number: linux 247; not on darwin, windows. */
export const ETH_P_CAIF: number | undefined = maybe("ETH_P_CAIF");
/** Ethernet protocol number: linux 248; not on darwin, windows. */
export const ETH_P_XDSA: number | undefined = maybe("ETH_P_XDSA");
/** Ethernet protocol number: linux 249; not on darwin, windows. */
export const ETH_P_MAP: number | undefined = maybe("ETH_P_MAP");
/** Ethernet protocol number: linux 250; not on darwin, windows. */
export const ETH_P_MCTP: number | undefined = maybe("ETH_P_MCTP");
