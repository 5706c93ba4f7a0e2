/**
 * Socket-level options (`SOL_SOCKET`, `SO_*`, `SOMAXCONN`), option levels (`SOL_*`), ancillary data types (`SCM_*`) and `shutdown()` modes (`SHUT_*`).
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
 * Let bind() reuse a local address; socket option at level `SOL_SOCKET`: linux 2, darwin 4, windows 4.
 *
 * @example Reuse the address of a listening socket
 * ```ts
 * import { AF_INET, SO_REUSEADDR, SOCK_STREAM, socket, SOL_SOCKET, SOMAXCONN } from "@berkeley/socket";
 * using s = socket(AF_INET, SOCK_STREAM);
 * s.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1);
 * s.bind(["127.0.0.1", 0]);
 * s.listen(SOMAXCONN);
 * console.log(s.getsockopt(SOL_SOCKET, SO_REUSEADDR) !== 0); // true
 * ```
 */
export const SO_REUSEADDR: number = defined("SO_REUSEADDR");
/** Largest backlog listen() accepts; largest backlog `listen()` accepts: linux 4096, darwin 128, windows 2147483647. */
export const SOMAXCONN: number = defined("SOMAXCONN");
/** The socket's own options; option level: linux 1, darwin 65535, windows 65535. */
export const SOL_SOCKET: number = defined("SOL_SOCKET");
/** Option level: linux 255; not on darwin, windows. */
export const SOL_RAW: number | undefined = maybe("SOL_RAW");
/** Option level: linux 261; not on darwin, windows. */
export const SOL_DECNET: number | undefined = maybe("SOL_DECNET");
/** Option level: linux 262; not on darwin, windows. */
export const SOL_X25: number | undefined = maybe("SOL_X25");
/** Option level: linux 263; not on darwin, windows. */
export const SOL_PACKET: number | undefined = maybe("SOL_PACKET");
/** Option level: linux 264; not on darwin, windows. */
export const SOL_ATM: number | undefined = maybe("SOL_ATM");
/** Option level: linux 265; not on darwin, windows. */
export const SOL_AAL: number | undefined = maybe("SOL_AAL");
/** Option level: linux 266; not on darwin, windows. */
export const SOL_IRDA: number | undefined = maybe("SOL_IRDA");
/** Option level: linux 267; not on darwin, windows. */
export const SOL_NETBEUI: number | undefined = maybe("SOL_NETBEUI");
/** Option level: linux 268; not on darwin, windows. */
export const SOL_LLC: number | undefined = maybe("SOL_LLC");
/** Option level: linux 269; not on darwin, windows. */
export const SOL_DCCP: number | undefined = maybe("SOL_DCCP");
/** Option level: linux 270; not on darwin, windows. */
export const SOL_NETLINK: number | undefined = maybe("SOL_NETLINK");
/** Option level: linux 271; not on darwin, windows. */
export const SOL_TIPC: number | undefined = maybe("SOL_TIPC");
/** Option level: linux 272; not on darwin, windows. */
export const SOL_RXRPC: number | undefined = maybe("SOL_RXRPC");
/** Option level: linux 273; not on darwin, windows. */
export const SOL_PPPOL2TP: number | undefined = maybe("SOL_PPPOL2TP");
/** Bluetooth options; option level: linux 274; not on darwin, windows. */
export const SOL_BLUETOOTH: number | undefined = maybe("SOL_BLUETOOTH");
/** Option level: linux 275; not on darwin, windows. */
export const SOL_PNPIPE: number | undefined = maybe("SOL_PNPIPE");
/** Option level: linux 276; not on darwin, windows. */
export const SOL_RDS: number | undefined = maybe("SOL_RDS");
/** Option level: linux 277; not on darwin, windows. */
export const SOL_IUCV: number | undefined = maybe("SOL_IUCV");
/** Option level: linux 278; not on darwin, windows. */
export const SOL_CAIF: number | undefined = maybe("SOL_CAIF");
/** Option level: linux 279; not on darwin, windows. */
export const SOL_ALG: number | undefined = maybe("SOL_ALG");
/** Option level: linux 280; not on darwin, windows. */
export const SOL_NFC: number | undefined = maybe("SOL_NFC");
/** Option level: linux 281; not on darwin, windows. */
export const SOL_KCM: number | undefined = maybe("SOL_KCM");
/** Option level: linux 282; not on darwin, windows. */
export const SOL_TLS: number | undefined = maybe("SOL_TLS");
/** Option level: linux 283; not on darwin, windows. */
export const SOL_XDP: number | undefined = maybe("SOL_XDP");
/** Option level: linux 284; not on darwin, windows. */
export const SOL_MPTCP: number | undefined = maybe("SOL_MPTCP");
/** Option level: linux 285; not on darwin, windows. */
export const SOL_MCTP: number | undefined = maybe("SOL_MCTP");
/** Option level: linux 286; not on darwin, windows. */
export const SOL_SMC: number | undefined = maybe("SOL_SMC");
/** IPv4 options (on macOS and Windows, CPython's own value: the headers lack it); option level: linux 0, darwin 0, windows 0. */
export const SOL_IP: number = defined("SOL_IP");
/** IPv6 options; option level: linux 41; not on darwin, windows. */
export const SOL_IPV6: number | undefined = maybe("SOL_IPV6");
/** Option level: linux 58; not on darwin, windows. */
export const SOL_ICMPV6: number | undefined = maybe("SOL_ICMPV6");
/** TCP options (on macOS and Windows, CPython's own value: the headers lack it); option level: linux 6, darwin 6, windows 6. */
export const SOL_TCP: number = defined("SOL_TCP");
/** UDP options (on macOS and Windows, CPython's own value: the headers lack it); option level: linux 17, darwin 17, windows 17. */
export const SOL_UDP: number = defined("SOL_UDP");
/** Record debugging information; socket option at level `SOL_SOCKET`: linux 1, darwin 1, windows 1. */
export const SO_DEBUG: number = defined("SO_DEBUG");
/** The socket's type (read only); socket option at level `SOL_SOCKET`: linux 3, darwin 4104, windows 4104. */
export const SO_TYPE: number = defined("SO_TYPE");
/** The pending error, cleared by reading it; socket option at level `SOL_SOCKET`: linux 4, darwin 4103, windows 4103. */
export const SO_ERROR: number = defined("SO_ERROR");
/** Send to directly connected hosts only, bypassing routing; socket option at level `SOL_SOCKET`: linux 5, darwin 16, windows 16. */
export const SO_DONTROUTE: number = defined("SO_DONTROUTE");
/** Allow sending to broadcast addresses; socket option at level `SOL_SOCKET`: linux 6, darwin 32, windows 32. */
export const SO_BROADCAST: number = defined("SO_BROADCAST");
/** Send buffer size in bytes; socket option at level `SOL_SOCKET`: linux 7, darwin 4097, windows 4097. */
export const SO_SNDBUF: number = defined("SO_SNDBUF");
/** Receive buffer size in bytes; socket option at level `SOL_SOCKET`: linux 8, darwin 4098, windows 4098. */
export const SO_RCVBUF: number = defined("SO_RCVBUF");
/** Socket option at level `SOL_SOCKET`: linux 32; not on darwin, windows. */
export const SO_SNDBUFFORCE: number | undefined = maybe("SO_SNDBUFFORCE");
/** Socket option at level `SOL_SOCKET`: linux 33; not on darwin, windows. */
export const SO_RCVBUFFORCE: number | undefined = maybe("SO_RCVBUFFORCE");
/** Send keepalive probes on an idle connection; socket option at level `SOL_SOCKET`: linux 9, darwin 8, windows 8. */
export const SO_KEEPALIVE: number = defined("SO_KEEPALIVE");
/** Receive out-of-band data inline; socket option at level `SOL_SOCKET`: linux 10, darwin 256, windows 256. */
export const SO_OOBINLINE: number = defined("SO_OOBINLINE");
/** Socket option at level `SOL_SOCKET`: linux 11; not on darwin, windows. */
export const SO_NO_CHECK: number | undefined = maybe("SO_NO_CHECK");
/** Priority of sent packets; socket option at level `SOL_SOCKET`: linux 12; not on darwin, windows. */
export const SO_PRIORITY: number | undefined = maybe("SO_PRIORITY");
/** Linger in close() while data is unsent (struct linger); socket option at level `SOL_SOCKET`: linux 13, darwin 128, windows 128. */
export const SO_LINGER: number = defined("SO_LINGER");
/** Socket option at level `SOL_SOCKET`: linux 14; not on darwin, windows. */
export const SO_BSDCOMPAT: number | undefined = maybe("SO_BSDCOMPAT");
/** Let several sockets bind the same address and port; socket option at level `SOL_SOCKET`: linux 15, darwin 512; not on windows. */
export const SO_REUSEPORT: number | undefined = maybe("SO_REUSEPORT");
/** Receive the sender's credentials (SCM_CREDENTIALS); socket option at level `SOL_SOCKET`: linux 16; not on darwin, windows. */
export const SO_PASSCRED: number | undefined = maybe("SO_PASSCRED");
/** The peer's process credentials (struct ucred, read only); socket option at level `SOL_SOCKET`: linux 17; not on darwin, windows. */
export const SO_PEERCRED: number | undefined = maybe("SO_PEERCRED");
/** Fewest bytes a receive returns; socket option at level `SOL_SOCKET`: linux 18, darwin 4100, windows 4100. */
export const SO_RCVLOWAT: number = defined("SO_RCVLOWAT");
/** Fewest bytes of room a send waits for; socket option at level `SOL_SOCKET`: linux 19, darwin 4099, windows 4099. */
export const SO_SNDLOWAT: number = defined("SO_SNDLOWAT");
/** Socket option at level `SOL_SOCKET`: linux 20; not on darwin, windows. */
export const SO_RCVTIMEO_OLD: number | undefined = maybe("SO_RCVTIMEO_OLD");
/** Socket option at level `SOL_SOCKET`: linux 21; not on darwin, windows. */
export const SO_SNDTIMEO_OLD: number | undefined = maybe("SO_SNDTIMEO_OLD");
/** Socket option at level `SOL_SOCKET`: linux 22; not on darwin, windows. */
export const SO_SECURITY_AUTHENTICATION: number | undefined = maybe(
  "SO_SECURITY_AUTHENTICATION",
);
/** Socket option at level `SOL_SOCKET`: linux 23; not on darwin, windows. */
export const SO_SECURITY_ENCRYPTION_TRANSPORT: number | undefined = maybe(
  "SO_SECURITY_ENCRYPTION_TRANSPORT",
);
/** Socket option at level `SOL_SOCKET`: linux 24; not on darwin, windows. */
export const SO_SECURITY_ENCRYPTION_NETWORK: number | undefined = maybe(
  "SO_SECURITY_ENCRYPTION_NETWORK",
);
/** Send and receive through one interface, by name; socket option at level `SOL_SOCKET`: linux 25, darwin 4404; not on windows. */
export const SO_BINDTODEVICE: number | undefined = maybe("SO_BINDTODEVICE");
/** Socket option at level `SOL_SOCKET`: linux 26; not on darwin, windows. */
export const SO_ATTACH_FILTER: number | undefined = maybe("SO_ATTACH_FILTER");
/** Socket option at level `SOL_SOCKET`: linux 27; not on darwin, windows. */
export const SO_DETACH_FILTER: number | undefined = maybe("SO_DETACH_FILTER");
/** Socket option at level `SOL_SOCKET`: linux 26; not on darwin, windows. */
export const SO_GET_FILTER: number | undefined = maybe("SO_GET_FILTER");
/** Socket option at level `SOL_SOCKET`: linux 28; not on darwin, windows. */
export const SO_PEERNAME: number | undefined = maybe("SO_PEERNAME");
/** Whether the socket listens (read only); socket option at level `SOL_SOCKET`: linux 30, darwin 2, windows 2. */
export const SO_ACCEPTCONN: number = defined("SO_ACCEPTCONN");
/** Socket option at level `SOL_SOCKET`: linux 31; not on darwin, windows. */
export const SO_PEERSEC: number | undefined = maybe("SO_PEERSEC");
/** Socket option at level `SOL_SOCKET`: linux 34; not on darwin, windows. */
export const SO_PASSSEC: number | undefined = maybe("SO_PASSSEC");
/** Firewall mark of sent packets; socket option at level `SOL_SOCKET`: linux 36; not on darwin, windows. */
export const SO_MARK: number | undefined = maybe("SO_MARK");
/** The socket's protocol (read only); socket option at level `SOL_SOCKET`: linux 38; not on darwin, windows. */
export const SO_PROTOCOL: number | undefined = maybe("SO_PROTOCOL");
/** The socket's address family (read only); socket option at level `SOL_SOCKET`: linux 39; not on darwin, windows. */
export const SO_DOMAIN: number | undefined = maybe("SO_DOMAIN");
/** Socket option at level `SOL_SOCKET`: linux 40; not on darwin, windows. */
export const SO_RXQ_OVFL: number | undefined = maybe("SO_RXQ_OVFL");
/** Socket option at level `SOL_SOCKET`: linux 41; not on darwin, windows. */
export const SO_WIFI_STATUS: number | undefined = maybe("SO_WIFI_STATUS");
/** Socket option at level `SOL_SOCKET`: linux 42; not on darwin, windows. */
export const SO_PEEK_OFF: number | undefined = maybe("SO_PEEK_OFF");
/** Socket option at level `SOL_SOCKET`: linux 43; not on darwin, windows. */
export const SO_NOFCS: number | undefined = maybe("SO_NOFCS");
/** Socket option at level `SOL_SOCKET`: linux 44; not on darwin, windows. */
export const SO_LOCK_FILTER: number | undefined = maybe("SO_LOCK_FILTER");
/** Socket option at level `SOL_SOCKET`: linux 45; not on darwin, windows. */
export const SO_SELECT_ERR_QUEUE: number | undefined = maybe(
  "SO_SELECT_ERR_QUEUE",
);
/** Socket option at level `SOL_SOCKET`: linux 46; not on darwin, windows. */
export const SO_BUSY_POLL: number | undefined = maybe("SO_BUSY_POLL");
/** Socket option at level `SOL_SOCKET`: linux 47; not on darwin, windows. */
export const SO_MAX_PACING_RATE: number | undefined = maybe(
  "SO_MAX_PACING_RATE",
);
/** Socket option at level `SOL_SOCKET`: linux 48; not on darwin, windows. */
export const SO_BPF_EXTENSIONS: number | undefined = maybe("SO_BPF_EXTENSIONS");
/** Socket option at level `SOL_SOCKET`: linux 49; not on darwin, windows. */
export const SO_INCOMING_CPU: number | undefined = maybe("SO_INCOMING_CPU");
/** Socket option at level `SOL_SOCKET`: linux 50; not on darwin, windows. */
export const SO_ATTACH_BPF: number | undefined = maybe("SO_ATTACH_BPF");
/** Socket option at level `SOL_SOCKET`: linux 27; not on darwin, windows. */
export const SO_DETACH_BPF: number | undefined = maybe("SO_DETACH_BPF");
/** Socket option at level `SOL_SOCKET`: linux 51; not on darwin, windows. */
export const SO_ATTACH_REUSEPORT_CBPF: number | undefined = maybe(
  "SO_ATTACH_REUSEPORT_CBPF",
);
/** Socket option at level `SOL_SOCKET`: linux 52; not on darwin, windows. */
export const SO_ATTACH_REUSEPORT_EBPF: number | undefined = maybe(
  "SO_ATTACH_REUSEPORT_EBPF",
);
/** Socket option at level `SOL_SOCKET`: linux 53; not on darwin, windows. */
export const SO_CNX_ADVICE: number | undefined = maybe("SO_CNX_ADVICE");
/** Socket option at level `SOL_SOCKET`: linux 55; not on darwin, windows. */
export const SO_MEMINFO: number | undefined = maybe("SO_MEMINFO");
/** Socket option at level `SOL_SOCKET`: linux 56; not on darwin, windows. */
export const SO_INCOMING_NAPI_ID: number | undefined = maybe(
  "SO_INCOMING_NAPI_ID",
);
/** Socket option at level `SOL_SOCKET`: linux 57; not on darwin, windows. */
export const SO_COOKIE: number | undefined = maybe("SO_COOKIE");
/** Socket option at level `SOL_SOCKET`: linux 59; not on darwin, windows. */
export const SO_PEERGROUPS: number | undefined = maybe("SO_PEERGROUPS");
/** Socket option at level `SOL_SOCKET`: linux 60; not on darwin, windows. */
export const SO_ZEROCOPY: number | undefined = maybe("SO_ZEROCOPY");
/** Socket option at level `SOL_SOCKET`: linux 61; not on darwin, windows. */
export const SO_TXTIME: number | undefined = maybe("SO_TXTIME");
/** Socket option at level `SOL_SOCKET`: linux 62; not on darwin, windows. */
export const SO_BINDTOIFINDEX: number | undefined = maybe("SO_BINDTOIFINDEX");
/** Socket option at level `SOL_SOCKET`: linux 29; not on darwin, windows. */
export const SO_TIMESTAMP_OLD: number | undefined = maybe("SO_TIMESTAMP_OLD");
/** Socket option at level `SOL_SOCKET`: linux 35; not on darwin, windows. */
export const SO_TIMESTAMPNS_OLD: number | undefined = maybe(
  "SO_TIMESTAMPNS_OLD",
);
/** Socket option at level `SOL_SOCKET`: linux 37; not on darwin, windows. */
export const SO_TIMESTAMPING_OLD: number | undefined = maybe(
  "SO_TIMESTAMPING_OLD",
);
/** Socket option at level `SOL_SOCKET`: linux 63; not on darwin, windows. */
export const SO_TIMESTAMP_NEW: number | undefined = maybe("SO_TIMESTAMP_NEW");
/** Socket option at level `SOL_SOCKET`: linux 64; not on darwin, windows. */
export const SO_TIMESTAMPNS_NEW: number | undefined = maybe(
  "SO_TIMESTAMPNS_NEW",
);
/** Socket option at level `SOL_SOCKET`: linux 65; not on darwin, windows. */
export const SO_TIMESTAMPING_NEW: number | undefined = maybe(
  "SO_TIMESTAMPING_NEW",
);
/** Socket option at level `SOL_SOCKET`: linux 66; not on darwin, windows. */
export const SO_RCVTIMEO_NEW: number | undefined = maybe("SO_RCVTIMEO_NEW");
/** Socket option at level `SOL_SOCKET`: linux 67; not on darwin, windows. */
export const SO_SNDTIMEO_NEW: number | undefined = maybe("SO_SNDTIMEO_NEW");
/** Socket option at level `SOL_SOCKET`: linux 68; not on darwin, windows. */
export const SO_DETACH_REUSEPORT_BPF: number | undefined = maybe(
  "SO_DETACH_REUSEPORT_BPF",
);
/** Socket option at level `SOL_SOCKET`: linux 69; not on darwin, windows. */
export const SO_PREFER_BUSY_POLL: number | undefined = maybe(
  "SO_PREFER_BUSY_POLL",
);
/** Socket option at level `SOL_SOCKET`: linux 70; not on darwin, windows. */
export const SO_BUSY_POLL_BUDGET: number | undefined = maybe(
  "SO_BUSY_POLL_BUDGET",
);
/** Socket option at level `SOL_SOCKET`: linux 71; not on darwin, windows. */
export const SO_NETNS_COOKIE: number | undefined = maybe("SO_NETNS_COOKIE");
/** Socket option at level `SOL_SOCKET`: linux 72; not on darwin, windows. */
export const SO_BUF_LOCK: number | undefined = maybe("SO_BUF_LOCK");
/** Socket option at level `SOL_SOCKET`: linux 73; not on darwin, windows. */
export const SO_RESERVE_MEM: number | undefined = maybe("SO_RESERVE_MEM");
/** Socket option at level `SOL_SOCKET`: linux 74; not on darwin, windows. */
export const SO_TXREHASH: number | undefined = maybe("SO_TXREHASH");
/** Socket option at level `SOL_SOCKET`: linux 75; not on darwin, windows. */
export const SO_RCVMARK: number | undefined = maybe("SO_RCVMARK");
/** Receive each datagram's arrival time (SCM_TIMESTAMP); socket option at level `SOL_SOCKET`: linux 29, darwin 1024; not on windows. */
export const SO_TIMESTAMP: number | undefined = maybe("SO_TIMESTAMP");
/** Socket option at level `SOL_SOCKET`: linux 35; not on darwin, windows. */
export const SO_TIMESTAMPNS: number | undefined = maybe("SO_TIMESTAMPNS");
/** Socket option at level `SOL_SOCKET`: linux 37; not on darwin, windows. */
export const SO_TIMESTAMPING: number | undefined = maybe("SO_TIMESTAMPING");
/** Receive timeout (struct timeval); socket option at level `SOL_SOCKET`: linux 20, darwin 4102, windows 4102. */
export const SO_RCVTIMEO: number = defined("SO_RCVTIMEO");
/** Send timeout (struct timeval); socket option at level `SOL_SOCKET`: linux 21, darwin 4101, windows 4101. */
export const SO_SNDTIMEO: number = defined("SO_SNDTIMEO");
/** Socket option at level `SOL_SOCKET`: linux 80; not on darwin, windows. */
export const SO_ORIGINAL_DST: number | undefined = maybe("SO_ORIGINAL_DST");
/** Open descriptors passed to the peer; ancillary data type at level `SOL_SOCKET`: linux 1, darwin 1; not on windows. */
export const SCM_RIGHTS: number | undefined = maybe("SCM_RIGHTS");
/** The sender's process credentials (struct ucred); ancillary data type at level `SOL_SOCKET`: linux 2; not on darwin, windows. */
export const SCM_CREDENTIALS: number | undefined = maybe("SCM_CREDENTIALS");
/** Ancillary data type at level `SOL_SOCKET`: linux 41; not on darwin, windows. */
export const SCM_WIFI_STATUS: number | undefined = maybe("SCM_WIFI_STATUS");
/** Ancillary data type at level `SOL_SOCKET`: linux 54; not on darwin, windows. */
export const SCM_TIMESTAMPING_OPT_STATS: number | undefined = maybe(
  "SCM_TIMESTAMPING_OPT_STATS",
);
/** Ancillary data type at level `SOL_SOCKET`: linux 58; not on darwin, windows. */
export const SCM_TIMESTAMPING_PKTINFO: number | undefined = maybe(
  "SCM_TIMESTAMPING_PKTINFO",
);
/** Ancillary data type at level `SOL_SOCKET`: linux 61; not on darwin, windows. */
export const SCM_TXTIME: number | undefined = maybe("SCM_TXTIME");
/** A datagram's arrival time (struct timeval); ancillary data type at level `SOL_SOCKET`: linux 29, darwin 2; not on windows. */
export const SCM_TIMESTAMP: number | undefined = maybe("SCM_TIMESTAMP");
/** Ancillary data type at level `SOL_SOCKET`: linux 35; not on darwin, windows. */
export const SCM_TIMESTAMPNS: number | undefined = maybe("SCM_TIMESTAMPNS");
/** Ancillary data type at level `SOL_SOCKET`: linux 37; not on darwin, windows. */
export const SCM_TIMESTAMPING: number | undefined = maybe("SCM_TIMESTAMPING");
/** Stop receiving; `shutdown()` mode: linux 0, darwin 0, windows 0. */
export const SHUT_RD: number = defined("SHUT_RD");
/** Stop sending; `shutdown()` mode: linux 1, darwin 1, windows 1. */
export const SHUT_WR: number = defined("SHUT_WR");
/** Stop receiving and sending; `shutdown()` mode: linux 2, darwin 2, windows 2. */
export const SHUT_RDWR: number = defined("SHUT_RDWR");
/** Option level: linux 100; not on darwin, windows. */
export const SOL_CAN_BASE: number | undefined = maybe("SOL_CAN_BASE");
/** Option level: linux 101; not on darwin, windows. */
export const SOL_CAN_RAW: number | undefined = maybe("SOL_CAN_RAW");
/** Option level: linux 106; not on darwin, windows. */
export const SOL_CAN_ISOTP: number | undefined = maybe("SOL_CAN_ISOTP");
/** Socket option at level `SOL_SOCKET`: linux 1; not on darwin, windows. */
export const SO_J1939_FILTER: number | undefined = maybe("SO_J1939_FILTER");
/** Socket option at level `SOL_SOCKET`: linux 2; not on darwin, windows. */
export const SO_J1939_PROMISC: number | undefined = maybe("SO_J1939_PROMISC");
/** Socket option at level `SOL_SOCKET`: linux 3; not on darwin, windows. */
export const SO_J1939_SEND_PRIO: number | undefined = maybe(
  "SO_J1939_SEND_PRIO",
);
/** Socket option at level `SOL_SOCKET`: linux 4; not on darwin, windows. */
export const SO_J1939_ERRQUEUE: number | undefined = maybe("SO_J1939_ERRQUEUE");
/** Ancillary data type at level `SOL_SOCKET`: linux 1; not on darwin, windows. */
export const SCM_J1939_DEST_ADDR: number | undefined = maybe(
  "SCM_J1939_DEST_ADDR",
);
/** Ancillary data type at level `SOL_SOCKET`: linux 2; not on darwin, windows. */
export const SCM_J1939_DEST_NAME: number | undefined = maybe(
  "SCM_J1939_DEST_NAME",
);
/** Ancillary data type at level `SOL_SOCKET`: linux 3; not on darwin, windows. */
export const SCM_J1939_PRIO: number | undefined = maybe("SCM_J1939_PRIO");
/** Ancillary data type at level `SOL_SOCKET`: linux 4; not on darwin, windows. */
export const SCM_J1939_ERRQUEUE: number | undefined = maybe(
  "SCM_J1939_ERRQUEUE",
);
/** Option level: linux 107; not on darwin, windows. */
export const SOL_CAN_J1939: number | undefined = maybe("SOL_CAN_J1939");
/** Socket option at level `SOL_SOCKET`: linux 0; not on darwin, windows. */
export const SO_VM_SOCKETS_BUFFER_SIZE: number | undefined = maybe(
  "SO_VM_SOCKETS_BUFFER_SIZE",
);
/** Socket option at level `SOL_SOCKET`: linux 1; not on darwin, windows. */
export const SO_VM_SOCKETS_BUFFER_MIN_SIZE: number | undefined = maybe(
  "SO_VM_SOCKETS_BUFFER_MIN_SIZE",
);
/** Socket option at level `SOL_SOCKET`: linux 2; not on darwin, windows. */
export const SO_VM_SOCKETS_BUFFER_MAX_SIZE: number | undefined = maybe(
  "SO_VM_SOCKETS_BUFFER_MAX_SIZE",
);
/** Socket option at level `SOL_SOCKET`: linux 3; not on darwin, windows. */
export const SO_VM_SOCKETS_PEER_HOST_VM_ID: number | undefined = maybe(
  "SO_VM_SOCKETS_PEER_HOST_VM_ID",
);
/** Socket option at level `SOL_SOCKET`: linux 5; not on darwin, windows. */
export const SO_VM_SOCKETS_TRUSTED: number | undefined = maybe(
  "SO_VM_SOCKETS_TRUSTED",
);
/** Socket option at level `SOL_SOCKET`: linux 7; not on darwin, windows. */
export const SO_VM_SOCKETS_NONBLOCK_TXRX: number | undefined = maybe(
  "SO_VM_SOCKETS_NONBLOCK_TXRX",
);
/** Socket option at level `SOL_SOCKET`: linux 6; not on darwin, windows. */
export const SO_VM_SOCKETS_CONNECT_TIMEOUT: number | undefined = maybe(
  "SO_VM_SOCKETS_CONNECT_TIMEOUT",
);
/** Bluetooth HCI options; option level: linux 0; not on darwin, windows. */
export const SOL_HCI: number | undefined = maybe("SOL_HCI");
/** Bluetooth L2CAP options; option level: linux 6; not on darwin, windows. */
export const SOL_L2CAP: number | undefined = maybe("SOL_L2CAP");
/** Bluetooth SCO options; option level: linux 17; not on darwin, windows. */
export const SOL_SCO: number | undefined = maybe("SOL_SCO");
/** Bluetooth RFCOMM options; option level: linux 18, windows 3; not on darwin. */
export const SOL_RFCOMM: number | undefined = maybe("SOL_RFCOMM");
/** Socket option at level `SOL_SOCKET`: darwin 64, windows 64; not on linux. */
export const SO_USELOOPBACK: number | undefined = maybe("SO_USELOOPBACK");
/** Socket option at level `SOL_SOCKET`: darwin 4224; not on linux, windows. */
export const SO_LINGER_SEC: number | undefined = maybe("SO_LINGER_SEC");
/** Socket option at level `SOL_SOCKET`: darwin 2048; not on linux, windows. */
export const SO_TIMESTAMP_MONOTONIC: number | undefined = maybe(
  "SO_TIMESTAMP_MONOTONIC",
);
/** Socket option at level `SOL_SOCKET`: darwin 8192; not on linux, windows. */
export const SO_DONTTRUNC: number | undefined = maybe("SO_DONTTRUNC");
/** Socket option at level `SOL_SOCKET`: darwin 16384; not on linux, windows. */
export const SO_WANTMORE: number | undefined = maybe("SO_WANTMORE");
/** Socket option at level `SOL_SOCKET`: darwin 32768; not on linux, windows. */
export const SO_WANTOOBFLAG: number | undefined = maybe("SO_WANTOOBFLAG");
/** Socket option at level `SOL_SOCKET`: darwin 4112; not on linux, windows. */
export const SO_LABEL: number | undefined = maybe("SO_LABEL");
/** Socket option at level `SOL_SOCKET`: darwin 4113; not on linux, windows. */
export const SO_PEERLABEL: number | undefined = maybe("SO_PEERLABEL");
/** Socket option at level `SOL_SOCKET`: darwin 4128; not on linux, windows. */
export const SO_NREAD: number | undefined = maybe("SO_NREAD");
/** Socket option at level `SOL_SOCKET`: darwin 4129; not on linux, windows. */
export const SO_NKE: number | undefined = maybe("SO_NKE");
/** No SIGPIPE when writing to a gone peer; socket option at level `SOL_SOCKET`: darwin 4130; not on linux, windows. */
export const SO_NOSIGPIPE: number | undefined = maybe("SO_NOSIGPIPE");
/** Socket option at level `SOL_SOCKET`: darwin 4131; not on linux, windows. */
export const SO_NOADDRERR: number | undefined = maybe("SO_NOADDRERR");
/** Socket option at level `SOL_SOCKET`: darwin 4132; not on linux, windows. */
export const SO_NWRITE: number | undefined = maybe("SO_NWRITE");
/** Socket option at level `SOL_SOCKET`: darwin 4133; not on linux, windows. */
export const SO_REUSESHAREUID: number | undefined = maybe("SO_REUSESHAREUID");
/** Socket option at level `SOL_SOCKET`: darwin 4134; not on linux, windows. */
export const SO_NOTIFYCONFLICT: number | undefined = maybe("SO_NOTIFYCONFLICT");
/** Socket option at level `SOL_SOCKET`: darwin 4135; not on linux, windows. */
export const SO_UPCALLCLOSEWAIT: number | undefined = maybe(
  "SO_UPCALLCLOSEWAIT",
);
/** Socket option at level `SOL_SOCKET`: darwin 4226; not on linux, windows. */
export const SO_RANDOMPORT: number | undefined = maybe("SO_RANDOMPORT");
/** Socket option at level `SOL_SOCKET`: darwin 4227; not on linux, windows. */
export const SO_NP_EXTENSIONS: number | undefined = maybe("SO_NP_EXTENSIONS");
/** Socket option at level `SOL_SOCKET`: darwin 4370; not on linux, windows. */
export const SO_NUMRCVPKT: number | undefined = maybe("SO_NUMRCVPKT");
/** Socket option at level `SOL_SOCKET`: darwin 4374; not on linux, windows. */
export const SO_NET_SERVICE_TYPE: number | undefined = maybe(
  "SO_NET_SERVICE_TYPE",
);
/** Socket option at level `SOL_SOCKET`: darwin 4377; not on linux, windows. */
export const SO_NETSVC_MARKING_LEVEL: number | undefined = maybe(
  "SO_NETSVC_MARKING_LEVEL",
);
/** Socket option at level `SOL_SOCKET`: darwin 4401; not on linux, windows. */
export const SO_RESOLVER_SIGNATURE: number | undefined = maybe(
  "SO_RESOLVER_SIGNATURE",
);
/** The sender's process credentials; ancillary data type at level `SOL_SOCKET`: darwin 3; not on linux, windows. */
export const SCM_CREDS: number | undefined = maybe("SCM_CREDS");
/** Ancillary data type at level `SOL_SOCKET`: darwin 4; not on linux, windows. */
export const SCM_TIMESTAMP_MONOTONIC: number | undefined = maybe(
  "SCM_TIMESTAMP_MONOTONIC",
);
/** Option level: darwin 0; not on linux, windows. */
export const SOL_LOCAL: number | undefined = maybe("SOL_LOCAL");
/** AF_UNIX option at level `SOL_LOCAL`: darwin 1; not on linux, windows. */
export const LOCAL_PEERCRED: number | undefined = maybe("LOCAL_PEERCRED");
/** AF_UNIX option at level `SOL_LOCAL`: darwin 2; not on linux, windows. */
export const LOCAL_PEERPID: number | undefined = maybe("LOCAL_PEERPID");
/** AF_UNIX option at level `SOL_LOCAL`: darwin 3; not on linux, windows. */
export const LOCAL_PEEREPID: number | undefined = maybe("LOCAL_PEEREPID");
/** AF_UNIX option at level `SOL_LOCAL`: darwin 4; not on linux, windows. */
export const LOCAL_PEERUUID: number | undefined = maybe("LOCAL_PEERUUID");
/** AF_UNIX option at level `SOL_LOCAL`: darwin 5; not on linux, windows. */
export const LOCAL_PEEREUUID: number | undefined = maybe("LOCAL_PEEREUUID");
/** AF_UNIX option at level `SOL_LOCAL`: darwin 6; not on linux, windows. */
export const LOCAL_PEERTOKEN: number | undefined = maybe("LOCAL_PEERTOKEN");
/** Socket option at level `SOL_SOCKET`: windows -129; not on linux, darwin. */
export const SO_DONTLINGER: number | undefined = maybe("SO_DONTLINGER");
/** Bind the address and port exclusively; socket option at level `SOL_SOCKET`: windows -5; not on linux, darwin. */
export const SO_EXCLUSIVEADDRUSE: number | undefined = maybe(
  "SO_EXCLUSIVEADDRUSE",
);
/** Socket option at level `SOL_SOCKET`: windows 8193; not on linux, darwin. */
export const SO_GROUP_ID: number | undefined = maybe("SO_GROUP_ID");
/** Socket option at level `SOL_SOCKET`: windows 8194; not on linux, darwin. */
export const SO_GROUP_PRIORITY: number | undefined = maybe("SO_GROUP_PRIORITY");
/** Socket option at level `SOL_SOCKET`: windows 8195; not on linux, darwin. */
export const SO_MAX_MSG_SIZE: number | undefined = maybe("SO_MAX_MSG_SIZE");
/** Socket option at level `SOL_SOCKET`: windows 8196; not on linux, darwin. */
export const SO_PROTOCOL_INFOA: number | undefined = maybe("SO_PROTOCOL_INFOA");
/** Socket option at level `SOL_SOCKET`: windows 8197; not on linux, darwin. */
export const SO_PROTOCOL_INFOW: number | undefined = maybe("SO_PROTOCOL_INFOW");
/** Socket option at level `SOL_SOCKET`: windows 8196; not on linux, darwin. */
export const SO_PROTOCOL_INFO: number | undefined = maybe("SO_PROTOCOL_INFO");
/** Socket option at level `SOL_SOCKET`: windows 12290; not on linux, darwin. */
export const SO_CONDITIONAL_ACCEPT: number | undefined = maybe(
  "SO_CONDITIONAL_ACCEPT",
);
/** Socket option at level `SOL_SOCKET`: windows 28672; not on linux, darwin. */
export const SO_CONNDATA: number | undefined = maybe("SO_CONNDATA");
/** Socket option at level `SOL_SOCKET`: windows 28673; not on linux, darwin. */
export const SO_CONNOPT: number | undefined = maybe("SO_CONNOPT");
/** Socket option at level `SOL_SOCKET`: windows 28674; not on linux, darwin. */
export const SO_DISCDATA: number | undefined = maybe("SO_DISCDATA");
/** Socket option at level `SOL_SOCKET`: windows 28675; not on linux, darwin. */
export const SO_DISCOPT: number | undefined = maybe("SO_DISCOPT");
/** Socket option at level `SOL_SOCKET`: windows 28676; not on linux, darwin. */
export const SO_CONNDATALEN: number | undefined = maybe("SO_CONNDATALEN");
/** Socket option at level `SOL_SOCKET`: windows 28677; not on linux, darwin. */
export const SO_CONNOPTLEN: number | undefined = maybe("SO_CONNOPTLEN");
/** Socket option at level `SOL_SOCKET`: windows 28678; not on linux, darwin. */
export const SO_DISCDATALEN: number | undefined = maybe("SO_DISCDATALEN");
/** Socket option at level `SOL_SOCKET`: windows 28679; not on linux, darwin. */
export const SO_DISCOPTLEN: number | undefined = maybe("SO_DISCOPTLEN");
/** Socket option at level `SOL_SOCKET`: windows 28680; not on linux, darwin. */
export const SO_OPENTYPE: number | undefined = maybe("SO_OPENTYPE");
/** Socket option at level `SOL_SOCKET`: windows 16; not on linux, darwin. */
export const SO_SYNCHRONOUS_ALERT: number | undefined = maybe(
  "SO_SYNCHRONOUS_ALERT",
);
/** Socket option at level `SOL_SOCKET`: windows 32; not on linux, darwin. */
export const SO_SYNCHRONOUS_NONALERT: number | undefined = maybe(
  "SO_SYNCHRONOUS_NONALERT",
);
/** Socket option at level `SOL_SOCKET`: windows 28681; not on linux, darwin. */
export const SO_MAXDG: number | undefined = maybe("SO_MAXDG");
/** Socket option at level `SOL_SOCKET`: windows 28682; not on linux, darwin. */
export const SO_MAXPATHDG: number | undefined = maybe("SO_MAXPATHDG");
/** Socket option at level `SOL_SOCKET`: windows 28683; not on linux, darwin. */
export const SO_UPDATE_ACCEPT_CONTEXT: number | undefined = maybe(
  "SO_UPDATE_ACCEPT_CONTEXT",
);
/** Socket option at level `SOL_SOCKET`: windows 28684; not on linux, darwin. */
export const SO_CONNECT_TIME: number | undefined = maybe("SO_CONNECT_TIME");
/** Socket option at level `SOL_SOCKET`: windows 28688; not on linux, darwin. */
export const SO_UPDATE_CONNECT_CONTEXT: number | undefined = maybe(
  "SO_UPDATE_CONNECT_CONTEXT",
);
