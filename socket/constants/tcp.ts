/**
 * TCP options (`TCP_*`) and TCP states.
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
 * Send at once, without Nagle's delay; TCP option at level `IPPROTO_TCP`, or one of its values: linux 1, darwin 1, windows 1.
 *
 * @example Disable Nagle's algorithm; probe idle connections
 * ```ts
 * import { AF_INET, IPPROTO_TCP, SOCK_STREAM, socket, TCP_KEEPIDLE, TCP_NODELAY } from "@berkeley/socket";
 * using s = socket(AF_INET, SOCK_STREAM);
 * s.setsockopt(IPPROTO_TCP, TCP_NODELAY, 1);
 * // macOS calls it TCP_KEEPALIVE: TCP_KEEPIDLE is number | undefined
 * if (TCP_KEEPIDLE !== undefined) s.setsockopt(IPPROTO_TCP, TCP_KEEPIDLE, 60);
 * ```
 */
export const TCP_NODELAY: number = defined("TCP_NODELAY");
/** TCP state (`tcpi_state` of `TCP_INFO`): linux 1; not on darwin, windows. */
export const TCP_ESTABLISHED: number | undefined = maybe("TCP_ESTABLISHED");
/** TCP state (`tcpi_state` of `TCP_INFO`): linux 2; not on darwin, windows. */
export const TCP_SYN_SENT: number | undefined = maybe("TCP_SYN_SENT");
/** TCP state (`tcpi_state` of `TCP_INFO`): linux 3; not on darwin, windows. */
export const TCP_SYN_RECV: number | undefined = maybe("TCP_SYN_RECV");
/** TCP state (`tcpi_state` of `TCP_INFO`): linux 4; not on darwin, windows. */
export const TCP_FIN_WAIT1: number | undefined = maybe("TCP_FIN_WAIT1");
/** TCP state (`tcpi_state` of `TCP_INFO`): linux 5; not on darwin, windows. */
export const TCP_FIN_WAIT2: number | undefined = maybe("TCP_FIN_WAIT2");
/** TCP state (`tcpi_state` of `TCP_INFO`): linux 6; not on darwin, windows. */
export const TCP_TIME_WAIT: number | undefined = maybe("TCP_TIME_WAIT");
/** TCP state (`tcpi_state` of `TCP_INFO`): linux 7; not on darwin, windows. */
export const TCP_CLOSE: number | undefined = maybe("TCP_CLOSE");
/** TCP state (`tcpi_state` of `TCP_INFO`): linux 8; not on darwin, windows. */
export const TCP_CLOSE_WAIT: number | undefined = maybe("TCP_CLOSE_WAIT");
/** TCP state (`tcpi_state` of `TCP_INFO`): linux 9; not on darwin, windows. */
export const TCP_LAST_ACK: number | undefined = maybe("TCP_LAST_ACK");
/** TCP state (`tcpi_state` of `TCP_INFO`): linux 10; not on darwin, windows. */
export const TCP_LISTEN: number | undefined = maybe("TCP_LISTEN");
/** TCP state (`tcpi_state` of `TCP_INFO`): linux 11; not on darwin, windows. */
export const TCP_CLOSING: number | undefined = maybe("TCP_CLOSING");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 0; not on darwin, windows. */
export const TCP_CA_Open: number | undefined = maybe("TCP_CA_Open");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 1; not on darwin, windows. */
export const TCP_CA_Disorder: number | undefined = maybe("TCP_CA_Disorder");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 2; not on darwin, windows. */
export const TCP_CA_CWR: number | undefined = maybe("TCP_CA_CWR");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 3; not on darwin, windows. */
export const TCP_CA_Recovery: number | undefined = maybe("TCP_CA_Recovery");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 4; not on darwin, windows. */
export const TCP_CA_Loss: number | undefined = maybe("TCP_CA_Loss");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 0; not on darwin, windows. */
export const TCP_NO_QUEUE: number | undefined = maybe("TCP_NO_QUEUE");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 1; not on darwin, windows. */
export const TCP_RECV_QUEUE: number | undefined = maybe("TCP_RECV_QUEUE");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 2; not on darwin, windows. */
export const TCP_SEND_QUEUE: number | undefined = maybe("TCP_SEND_QUEUE");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 3; not on darwin, windows. */
export const TCP_QUEUES_NR: number | undefined = maybe("TCP_QUEUES_NR");
/** Largest segment size; TCP option at level `IPPROTO_TCP`, or one of its values: linux 2, darwin 2, windows 4. */
export const TCP_MAXSEG: number = defined("TCP_MAXSEG");
/** Hold partial segments back until uncorked; TCP option at level `IPPROTO_TCP`, or one of its values: linux 3; not on darwin, windows. */
export const TCP_CORK: number | undefined = maybe("TCP_CORK");
/** Idle seconds before keepalive probes; TCP option at level `IPPROTO_TCP`, or one of its values: linux 4, windows 3; not on darwin. */
export const TCP_KEEPIDLE: number | undefined = maybe("TCP_KEEPIDLE");
/** Seconds between keepalive probes; TCP option at level `IPPROTO_TCP`, or one of its values: linux 5, darwin 257, windows 17. */
export const TCP_KEEPINTVL: number = defined("TCP_KEEPINTVL");
/** Unanswered probes before the connection drops; TCP option at level `IPPROTO_TCP`, or one of its values: linux 6, darwin 258, windows 16. */
export const TCP_KEEPCNT: number = defined("TCP_KEEPCNT");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 7; not on darwin, windows. */
export const TCP_SYNCNT: number | undefined = maybe("TCP_SYNCNT");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 8; not on darwin, windows. */
export const TCP_LINGER2: number | undefined = maybe("TCP_LINGER2");
/** Wake accept() only once data has arrived; TCP option at level `IPPROTO_TCP`, or one of its values: linux 9; not on darwin, windows. */
export const TCP_DEFER_ACCEPT: number | undefined = maybe("TCP_DEFER_ACCEPT");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 10; not on darwin, windows. */
export const TCP_WINDOW_CLAMP: number | undefined = maybe("TCP_WINDOW_CLAMP");
/** Connection statistics (struct tcp_info); TCP option at level `IPPROTO_TCP`, or one of its values: linux 11; not on darwin, windows. */
export const TCP_INFO: number | undefined = maybe("TCP_INFO");
/** Acknowledge at once; TCP option at level `IPPROTO_TCP`, or one of its values: linux 12, windows 2550136855; not on darwin. */
export const TCP_QUICKACK: number | undefined = maybe("TCP_QUICKACK");
/** Congestion control algorithm, by name; TCP option at level `IPPROTO_TCP`, or one of its values: linux 13; not on darwin, windows. */
export const TCP_CONGESTION: number | undefined = maybe("TCP_CONGESTION");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 14; not on darwin, windows. */
export const TCP_MD5SIG: number | undefined = maybe("TCP_MD5SIG");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 15; not on darwin, windows. */
export const TCP_COOKIE_TRANSACTIONS: number | undefined = maybe(
  "TCP_COOKIE_TRANSACTIONS",
);
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 16; not on darwin, windows. */
export const TCP_THIN_LINEAR_TIMEOUTS: number | undefined = maybe(
  "TCP_THIN_LINEAR_TIMEOUTS",
);
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 17; not on darwin, windows. */
export const TCP_THIN_DUPACK: number | undefined = maybe("TCP_THIN_DUPACK");
/** Milliseconds sent data may stay unacknowledged; TCP option at level `IPPROTO_TCP`, or one of its values: linux 18; not on darwin, windows. */
export const TCP_USER_TIMEOUT: number | undefined = maybe("TCP_USER_TIMEOUT");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 19; not on darwin, windows. */
export const TCP_REPAIR: number | undefined = maybe("TCP_REPAIR");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 20; not on darwin, windows. */
export const TCP_REPAIR_QUEUE: number | undefined = maybe("TCP_REPAIR_QUEUE");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 21; not on darwin, windows. */
export const TCP_QUEUE_SEQ: number | undefined = maybe("TCP_QUEUE_SEQ");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 22; not on darwin, windows. */
export const TCP_REPAIR_OPTIONS: number | undefined = maybe(
  "TCP_REPAIR_OPTIONS",
);
/** TCP Fast Open queue length; TCP option at level `IPPROTO_TCP`, or one of its values: linux 23, darwin 261, windows 15. */
export const TCP_FASTOPEN: number = defined("TCP_FASTOPEN");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 24; not on darwin, windows. */
export const TCP_TIMESTAMP: number | undefined = maybe("TCP_TIMESTAMP");
/** Most unsent bytes before the socket is not writable; TCP option at level `IPPROTO_TCP`, or one of its values: linux 25, darwin 513; not on windows. */
export const TCP_NOTSENT_LOWAT: number | undefined = maybe("TCP_NOTSENT_LOWAT");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 26; not on darwin, windows. */
export const TCP_CC_INFO: number | undefined = maybe("TCP_CC_INFO");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 27; not on darwin, windows. */
export const TCP_SAVE_SYN: number | undefined = maybe("TCP_SAVE_SYN");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 28; not on darwin, windows. */
export const TCP_SAVED_SYN: number | undefined = maybe("TCP_SAVED_SYN");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 29; not on darwin, windows. */
export const TCP_REPAIR_WINDOW: number | undefined = maybe("TCP_REPAIR_WINDOW");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 30; not on darwin, windows. */
export const TCP_FASTOPEN_CONNECT: number | undefined = maybe(
  "TCP_FASTOPEN_CONNECT",
);
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 31; not on darwin, windows. */
export const TCP_ULP: number | undefined = maybe("TCP_ULP");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 32; not on darwin, windows. */
export const TCP_MD5SIG_EXT: number | undefined = maybe("TCP_MD5SIG_EXT");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 33; not on darwin, windows. */
export const TCP_FASTOPEN_KEY: number | undefined = maybe("TCP_FASTOPEN_KEY");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 34; not on darwin, windows. */
export const TCP_FASTOPEN_NO_COOKIE: number | undefined = maybe(
  "TCP_FASTOPEN_NO_COOKIE",
);
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 35; not on darwin, windows. */
export const TCP_ZEROCOPY_RECEIVE: number | undefined = maybe(
  "TCP_ZEROCOPY_RECEIVE",
);
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 36; not on darwin, windows. */
export const TCP_INQ: number | undefined = maybe("TCP_INQ");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 36; not on darwin, windows. */
export const TCP_CM_INQ: number | undefined = maybe("TCP_CM_INQ");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 37; not on darwin, windows. */
export const TCP_TX_DELAY: number | undefined = maybe("TCP_TX_DELAY");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 1; not on darwin, windows. */
export const TCP_REPAIR_ON: number | undefined = maybe("TCP_REPAIR_ON");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 0; not on darwin, windows. */
export const TCP_REPAIR_OFF: number | undefined = maybe("TCP_REPAIR_OFF");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux -1; not on darwin, windows. */
export const TCP_REPAIR_OFF_NO_WP: number | undefined = maybe(
  "TCP_REPAIR_OFF_NO_WP",
);
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 512; not on darwin, windows. */
export const TCP_MSS: number | undefined = maybe("TCP_MSS");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 65535; not on darwin, windows. */
export const TCP_MAXWIN: number | undefined = maybe("TCP_MAXWIN");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 14; not on darwin, windows. */
export const TCP_MAX_WINSHIFT: number | undefined = maybe("TCP_MAX_WINSHIFT");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 80; not on darwin, windows. */
export const TCP_MD5SIG_MAXKEYLEN: number | undefined = maybe(
  "TCP_MD5SIG_MAXKEYLEN",
);
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 1; not on darwin, windows. */
export const TCP_MD5SIG_FLAG_PREFIX: number | undefined = maybe(
  "TCP_MD5SIG_FLAG_PREFIX",
);
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 8; not on darwin, windows. */
export const TCP_COOKIE_MIN: number | undefined = maybe("TCP_COOKIE_MIN");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 16; not on darwin, windows. */
export const TCP_COOKIE_MAX: number | undefined = maybe("TCP_COOKIE_MAX");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 32; not on darwin, windows. */
export const TCP_COOKIE_PAIR_SIZE: number | undefined = maybe(
  "TCP_COOKIE_PAIR_SIZE",
);
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 1; not on darwin, windows. */
export const TCP_COOKIE_IN_ALWAYS: number | undefined = maybe(
  "TCP_COOKIE_IN_ALWAYS",
);
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 2; not on darwin, windows. */
export const TCP_COOKIE_OUT_NEVER: number | undefined = maybe(
  "TCP_COOKIE_OUT_NEVER",
);
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 4; not on darwin, windows. */
export const TCP_S_DATA_IN: number | undefined = maybe("TCP_S_DATA_IN");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 8; not on darwin, windows. */
export const TCP_S_DATA_OUT: number | undefined = maybe("TCP_S_DATA_OUT");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 536; not on darwin, windows. */
export const TCP_MSS_DEFAULT: number | undefined = maybe("TCP_MSS_DEFAULT");
/** TCP option at level `IPPROTO_TCP`, or one of its values: linux 1220; not on darwin, windows. */
export const TCP_MSS_DESIRED: number | undefined = maybe("TCP_MSS_DESIRED");
/** Hold partial segments back (macOS's TCP_CORK); TCP option at level `IPPROTO_TCP`, or one of its values: darwin 4; not on linux, windows. */
export const TCP_NOPUSH: number | undefined = maybe("TCP_NOPUSH");
/** TCP option at level `IPPROTO_TCP`, or one of its values: darwin 8; not on linux, windows. */
export const TCP_NOOPT: number | undefined = maybe("TCP_NOOPT");
/** Idle seconds before keepalive probes (macOS's TCP_KEEPIDLE); TCP option at level `IPPROTO_TCP`, or one of its values: darwin 16; not on linux, windows. */
export const TCP_KEEPALIVE: number | undefined = maybe("TCP_KEEPALIVE");
/** TCP option at level `IPPROTO_TCP`, or one of its values: darwin 32; not on linux, windows. */
export const TCP_CONNECTIONTIMEOUT: number | undefined = maybe(
  "TCP_CONNECTIONTIMEOUT",
);
/** TCP persist timeout option (Windows): darwin 64; not on linux, windows. */
export const PERSIST_TIMEOUT: number | undefined = maybe("PERSIST_TIMEOUT");
/** TCP option at level `IPPROTO_TCP`, or one of its values: darwin 128; not on linux, windows. */
export const TCP_RXT_CONNDROPTIME: number | undefined = maybe(
  "TCP_RXT_CONNDROPTIME",
);
/** TCP option at level `IPPROTO_TCP`, or one of its values: darwin 256; not on linux, windows. */
export const TCP_RXT_FINDROP: number | undefined = maybe("TCP_RXT_FINDROP");
/** TCP option at level `IPPROTO_TCP`, or one of its values: darwin 259; not on linux, windows. */
export const TCP_SENDMOREACKS: number | undefined = maybe("TCP_SENDMOREACKS");
/** TCP option at level `IPPROTO_TCP`, or one of its values: darwin 260; not on linux, windows. */
export const TCP_ENABLE_ECN: number | undefined = maybe("TCP_ENABLE_ECN");
/** TCP option at level `IPPROTO_TCP`, or one of its values: darwin 262; not on linux, windows. */
export const TCP_CONNECTION_INFO: number | undefined = maybe(
  "TCP_CONNECTION_INFO",
);
/** TCP option at level `IPPROTO_TCP`, or one of its values: windows 2; not on linux, darwin. */
export const TCP_EXPEDITED_1122: number | undefined = maybe(
  "TCP_EXPEDITED_1122",
);
/** TCP option at level `IPPROTO_TCP`, or one of its values: windows 65535; not on linux, darwin. */
export const TCP_INITIAL_RTO_UNSPECIFIED_RTT: number | undefined = maybe(
  "TCP_INITIAL_RTO_UNSPECIFIED_RTT",
);
/** TCP option at level `IPPROTO_TCP`, or one of its values: windows 255; not on linux, darwin. */
export const TCP_INITIAL_RTO_UNSPECIFIED_MAX_SYN_RETRANSMISSIONS:
  | number
  | undefined = maybe("TCP_INITIAL_RTO_UNSPECIFIED_MAX_SYN_RETRANSMISSIONS");
/** TCP option at level `IPPROTO_TCP`, or one of its values: windows 0; not on linux, darwin. */
export const TCP_INITIAL_RTO_DEFAULT_RTT: number | undefined = maybe(
  "TCP_INITIAL_RTO_DEFAULT_RTT",
);
/** TCP option at level `IPPROTO_TCP`, or one of its values: windows 0; not on linux, darwin. */
export const TCP_INITIAL_RTO_DEFAULT_MAX_SYN_RETRANSMISSIONS:
  | number
  | undefined = maybe("TCP_INITIAL_RTO_DEFAULT_MAX_SYN_RETRANSMISSIONS");
/** TCP option at level `IPPROTO_TCP`, or one of its values: windows 254; not on linux, darwin. */
export const TCP_INITIAL_RTO_NO_SYN_RETRANSMISSIONS: number | undefined = maybe(
  "TCP_INITIAL_RTO_NO_SYN_RETRANSMISSIONS",
);
/** TCP option at level `IPPROTO_TCP`, or one of its values: windows 28672; not on linux, darwin. */
export const TCP_BSDURGENT: number | undefined = maybe("TCP_BSDURGENT");
/** TCP option at level `IPPROTO_TCP`, or one of its values: windows 0; not on linux, darwin. */
export const TCP_ICW_LEVEL_DEFAULT: number | undefined = maybe(
  "TCP_ICW_LEVEL_DEFAULT",
);
/** TCP option at level `IPPROTO_TCP`, or one of its values: windows 1; not on linux, darwin. */
export const TCP_ICW_LEVEL_HIGH: number | undefined = maybe(
  "TCP_ICW_LEVEL_HIGH",
);
/** TCP option at level `IPPROTO_TCP`, or one of its values: windows 2; not on linux, darwin. */
export const TCP_ICW_LEVEL_VERY_HIGH: number | undefined = maybe(
  "TCP_ICW_LEVEL_VERY_HIGH",
);
/** TCP option at level `IPPROTO_TCP`, or one of its values: windows 3; not on linux, darwin. */
export const TCP_ICW_LEVEL_AGGRESSIVE: number | undefined = maybe(
  "TCP_ICW_LEVEL_AGGRESSIVE",
);
/** TCP option at level `IPPROTO_TCP`, or one of its values: windows 4; not on linux, darwin. */
export const TCP_ICW_LEVEL_EXPERIMENTAL: number | undefined = maybe(
  "TCP_ICW_LEVEL_EXPERIMENTAL",
);
/** TCP option at level `IPPROTO_TCP`, or one of its values: windows 254; not on linux, darwin. */
export const TCP_ICW_LEVEL_COMPAT: number | undefined = maybe(
  "TCP_ICW_LEVEL_COMPAT",
);
/** TCP option at level `IPPROTO_TCP`, or one of its values: windows 255; not on linux, darwin. */
export const TCP_ICW_LEVEL_MAX: number | undefined = maybe("TCP_ICW_LEVEL_MAX");
