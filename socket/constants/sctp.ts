/**
 * SCTP options (`SCTP_*`) at level `IPPROTO_SCTP`.
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
 * SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 3; not on darwin, windows.
 *
 * @example Disable Nagle's algorithm on an SCTP socket (where the kernel has SCTP)
 * ```ts
 * import { AF_INET, IPPROTO_SCTP, SCTP_NODELAY, SOCK_STREAM, socket } from "@berkeley/socket";
 * if (IPPROTO_SCTP !== undefined && SCTP_NODELAY !== undefined) {
 *   using s = socket(AF_INET, SOCK_STREAM, IPPROTO_SCTP);
 *   s.setsockopt(IPPROTO_SCTP, SCTP_NODELAY, 1);
 * }
 * ```
 */
export const SCTP_NODELAY: number | undefined = maybe("SCTP_NODELAY");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 0; not on darwin, windows. */
export const SCTP_FUTURE_ASSOC: number | undefined = maybe("SCTP_FUTURE_ASSOC");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 1; not on darwin, windows. */
export const SCTP_CURRENT_ASSOC: number | undefined = maybe(
  "SCTP_CURRENT_ASSOC",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 2; not on darwin, windows. */
export const SCTP_ALL_ASSOC: number | undefined = maybe("SCTP_ALL_ASSOC");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 0; not on darwin, windows. */
export const SCTP_RTOINFO: number | undefined = maybe("SCTP_RTOINFO");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 1; not on darwin, windows. */
export const SCTP_ASSOCINFO: number | undefined = maybe("SCTP_ASSOCINFO");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 2; not on darwin, windows. */
export const SCTP_INITMSG: number | undefined = maybe("SCTP_INITMSG");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 4; not on darwin, windows. */
export const SCTP_AUTOCLOSE: number | undefined = maybe("SCTP_AUTOCLOSE");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 5; not on darwin, windows. */
export const SCTP_SET_PEER_PRIMARY_ADDR: number | undefined = maybe(
  "SCTP_SET_PEER_PRIMARY_ADDR",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 6; not on darwin, windows. */
export const SCTP_PRIMARY_ADDR: number | undefined = maybe("SCTP_PRIMARY_ADDR");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 7; not on darwin, windows. */
export const SCTP_ADAPTATION_LAYER: number | undefined = maybe(
  "SCTP_ADAPTATION_LAYER",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 8; not on darwin, windows. */
export const SCTP_DISABLE_FRAGMENTS: number | undefined = maybe(
  "SCTP_DISABLE_FRAGMENTS",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 9; not on darwin, windows. */
export const SCTP_PEER_ADDR_PARAMS: number | undefined = maybe(
  "SCTP_PEER_ADDR_PARAMS",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 10; not on darwin, windows. */
export const SCTP_DEFAULT_SEND_PARAM: number | undefined = maybe(
  "SCTP_DEFAULT_SEND_PARAM",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 11; not on darwin, windows. */
export const SCTP_EVENTS: number | undefined = maybe("SCTP_EVENTS");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 12; not on darwin, windows. */
export const SCTP_I_WANT_MAPPED_V4_ADDR: number | undefined = maybe(
  "SCTP_I_WANT_MAPPED_V4_ADDR",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 13; not on darwin, windows. */
export const SCTP_MAXSEG: number | undefined = maybe("SCTP_MAXSEG");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 14; not on darwin, windows. */
export const SCTP_STATUS: number | undefined = maybe("SCTP_STATUS");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 15; not on darwin, windows. */
export const SCTP_GET_PEER_ADDR_INFO: number | undefined = maybe(
  "SCTP_GET_PEER_ADDR_INFO",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 16; not on darwin, windows. */
export const SCTP_DELAYED_ACK_TIME: number | undefined = maybe(
  "SCTP_DELAYED_ACK_TIME",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 16; not on darwin, windows. */
export const SCTP_DELAYED_ACK: number | undefined = maybe("SCTP_DELAYED_ACK");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 16; not on darwin, windows. */
export const SCTP_DELAYED_SACK: number | undefined = maybe("SCTP_DELAYED_SACK");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 17; not on darwin, windows. */
export const SCTP_CONTEXT: number | undefined = maybe("SCTP_CONTEXT");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 18; not on darwin, windows. */
export const SCTP_FRAGMENT_INTERLEAVE: number | undefined = maybe(
  "SCTP_FRAGMENT_INTERLEAVE",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 19; not on darwin, windows. */
export const SCTP_PARTIAL_DELIVERY_POINT: number | undefined = maybe(
  "SCTP_PARTIAL_DELIVERY_POINT",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 20; not on darwin, windows. */
export const SCTP_MAX_BURST: number | undefined = maybe("SCTP_MAX_BURST");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 21; not on darwin, windows. */
export const SCTP_AUTH_CHUNK: number | undefined = maybe("SCTP_AUTH_CHUNK");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 22; not on darwin, windows. */
export const SCTP_HMAC_IDENT: number | undefined = maybe("SCTP_HMAC_IDENT");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 23; not on darwin, windows. */
export const SCTP_AUTH_KEY: number | undefined = maybe("SCTP_AUTH_KEY");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 24; not on darwin, windows. */
export const SCTP_AUTH_ACTIVE_KEY: number | undefined = maybe(
  "SCTP_AUTH_ACTIVE_KEY",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 25; not on darwin, windows. */
export const SCTP_AUTH_DELETE_KEY: number | undefined = maybe(
  "SCTP_AUTH_DELETE_KEY",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 26; not on darwin, windows. */
export const SCTP_PEER_AUTH_CHUNKS: number | undefined = maybe(
  "SCTP_PEER_AUTH_CHUNKS",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 27; not on darwin, windows. */
export const SCTP_LOCAL_AUTH_CHUNKS: number | undefined = maybe(
  "SCTP_LOCAL_AUTH_CHUNKS",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 28; not on darwin, windows. */
export const SCTP_GET_ASSOC_NUMBER: number | undefined = maybe(
  "SCTP_GET_ASSOC_NUMBER",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 29; not on darwin, windows. */
export const SCTP_GET_ASSOC_ID_LIST: number | undefined = maybe(
  "SCTP_GET_ASSOC_ID_LIST",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 30; not on darwin, windows. */
export const SCTP_AUTO_ASCONF: number | undefined = maybe("SCTP_AUTO_ASCONF");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 31; not on darwin, windows. */
export const SCTP_PEER_ADDR_THLDS: number | undefined = maybe(
  "SCTP_PEER_ADDR_THLDS",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 32; not on darwin, windows. */
export const SCTP_RECVRCVINFO: number | undefined = maybe("SCTP_RECVRCVINFO");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 33; not on darwin, windows. */
export const SCTP_RECVNXTINFO: number | undefined = maybe("SCTP_RECVNXTINFO");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 34; not on darwin, windows. */
export const SCTP_DEFAULT_SNDINFO: number | undefined = maybe(
  "SCTP_DEFAULT_SNDINFO",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 35; not on darwin, windows. */
export const SCTP_AUTH_DEACTIVATE_KEY: number | undefined = maybe(
  "SCTP_AUTH_DEACTIVATE_KEY",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 36; not on darwin, windows. */
export const SCTP_REUSE_PORT: number | undefined = maybe("SCTP_REUSE_PORT");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 37; not on darwin, windows. */
export const SCTP_PEER_ADDR_THLDS_V2: number | undefined = maybe(
  "SCTP_PEER_ADDR_THLDS_V2",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 100; not on darwin, windows. */
export const SCTP_SOCKOPT_BINDX_ADD: number | undefined = maybe(
  "SCTP_SOCKOPT_BINDX_ADD",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 101; not on darwin, windows. */
export const SCTP_SOCKOPT_BINDX_REM: number | undefined = maybe(
  "SCTP_SOCKOPT_BINDX_REM",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 102; not on darwin, windows. */
export const SCTP_SOCKOPT_PEELOFF: number | undefined = maybe(
  "SCTP_SOCKOPT_PEELOFF",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 107; not on darwin, windows. */
export const SCTP_SOCKOPT_CONNECTX_OLD: number | undefined = maybe(
  "SCTP_SOCKOPT_CONNECTX_OLD",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 108; not on darwin, windows. */
export const SCTP_GET_PEER_ADDRS: number | undefined = maybe(
  "SCTP_GET_PEER_ADDRS",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 109; not on darwin, windows. */
export const SCTP_GET_LOCAL_ADDRS: number | undefined = maybe(
  "SCTP_GET_LOCAL_ADDRS",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 110; not on darwin, windows. */
export const SCTP_SOCKOPT_CONNECTX: number | undefined = maybe(
  "SCTP_SOCKOPT_CONNECTX",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 111; not on darwin, windows. */
export const SCTP_SOCKOPT_CONNECTX3: number | undefined = maybe(
  "SCTP_SOCKOPT_CONNECTX3",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 112; not on darwin, windows. */
export const SCTP_GET_ASSOC_STATS: number | undefined = maybe(
  "SCTP_GET_ASSOC_STATS",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 113; not on darwin, windows. */
export const SCTP_PR_SUPPORTED: number | undefined = maybe("SCTP_PR_SUPPORTED");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 114; not on darwin, windows. */
export const SCTP_DEFAULT_PRINFO: number | undefined = maybe(
  "SCTP_DEFAULT_PRINFO",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 115; not on darwin, windows. */
export const SCTP_PR_ASSOC_STATUS: number | undefined = maybe(
  "SCTP_PR_ASSOC_STATUS",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 116; not on darwin, windows. */
export const SCTP_PR_STREAM_STATUS: number | undefined = maybe(
  "SCTP_PR_STREAM_STATUS",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 117; not on darwin, windows. */
export const SCTP_RECONFIG_SUPPORTED: number | undefined = maybe(
  "SCTP_RECONFIG_SUPPORTED",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 118; not on darwin, windows. */
export const SCTP_ENABLE_STREAM_RESET: number | undefined = maybe(
  "SCTP_ENABLE_STREAM_RESET",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 119; not on darwin, windows. */
export const SCTP_RESET_STREAMS: number | undefined = maybe(
  "SCTP_RESET_STREAMS",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 120; not on darwin, windows. */
export const SCTP_RESET_ASSOC: number | undefined = maybe("SCTP_RESET_ASSOC");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 121; not on darwin, windows. */
export const SCTP_ADD_STREAMS: number | undefined = maybe("SCTP_ADD_STREAMS");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 122; not on darwin, windows. */
export const SCTP_SOCKOPT_PEELOFF_FLAGS: number | undefined = maybe(
  "SCTP_SOCKOPT_PEELOFF_FLAGS",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 123; not on darwin, windows. */
export const SCTP_STREAM_SCHEDULER: number | undefined = maybe(
  "SCTP_STREAM_SCHEDULER",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 124; not on darwin, windows. */
export const SCTP_STREAM_SCHEDULER_VALUE: number | undefined = maybe(
  "SCTP_STREAM_SCHEDULER_VALUE",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 125; not on darwin, windows. */
export const SCTP_INTERLEAVING_SUPPORTED: number | undefined = maybe(
  "SCTP_INTERLEAVING_SUPPORTED",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 126; not on darwin, windows. */
export const SCTP_SENDMSG_CONNECT: number | undefined = maybe(
  "SCTP_SENDMSG_CONNECT",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 127; not on darwin, windows. */
export const SCTP_EVENT: number | undefined = maybe("SCTP_EVENT");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 128; not on darwin, windows. */
export const SCTP_ASCONF_SUPPORTED: number | undefined = maybe(
  "SCTP_ASCONF_SUPPORTED",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 129; not on darwin, windows. */
export const SCTP_AUTH_SUPPORTED: number | undefined = maybe(
  "SCTP_AUTH_SUPPORTED",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 130; not on darwin, windows. */
export const SCTP_ECN_SUPPORTED: number | undefined = maybe(
  "SCTP_ECN_SUPPORTED",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 131; not on darwin, windows. */
export const SCTP_EXPOSE_POTENTIALLY_FAILED_STATE: number | undefined = maybe(
  "SCTP_EXPOSE_POTENTIALLY_FAILED_STATE",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 131; not on darwin, windows. */
export const SCTP_EXPOSE_PF_STATE: number | undefined = maybe(
  "SCTP_EXPOSE_PF_STATE",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 132; not on darwin, windows. */
export const SCTP_REMOTE_UDP_ENCAPS_PORT: number | undefined = maybe(
  "SCTP_REMOTE_UDP_ENCAPS_PORT",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 133; not on darwin, windows. */
export const SCTP_PLPMTUD_PROBE_INTERVAL: number | undefined = maybe(
  "SCTP_PLPMTUD_PROBE_INTERVAL",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 0; not on darwin, windows. */
export const SCTP_PR_SCTP_NONE: number | undefined = maybe("SCTP_PR_SCTP_NONE");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 16; not on darwin, windows. */
export const SCTP_PR_SCTP_TTL: number | undefined = maybe("SCTP_PR_SCTP_TTL");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 32; not on darwin, windows. */
export const SCTP_PR_SCTP_RTX: number | undefined = maybe("SCTP_PR_SCTP_RTX");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 48; not on darwin, windows. */
export const SCTP_PR_SCTP_PRIO: number | undefined = maybe("SCTP_PR_SCTP_PRIO");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 48; not on darwin, windows. */
export const SCTP_PR_SCTP_MAX: number | undefined = maybe("SCTP_PR_SCTP_MAX");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 48; not on darwin, windows. */
export const SCTP_PR_SCTP_MASK: number | undefined = maybe("SCTP_PR_SCTP_MASK");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 1; not on darwin, windows. */
export const SCTP_ENABLE_RESET_STREAM_REQ: number | undefined = maybe(
  "SCTP_ENABLE_RESET_STREAM_REQ",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 2; not on darwin, windows. */
export const SCTP_ENABLE_RESET_ASSOC_REQ: number | undefined = maybe(
  "SCTP_ENABLE_RESET_ASSOC_REQ",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 4; not on darwin, windows. */
export const SCTP_ENABLE_CHANGE_ASSOC_REQ: number | undefined = maybe(
  "SCTP_ENABLE_CHANGE_ASSOC_REQ",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 7; not on darwin, windows. */
export const SCTP_ENABLE_STRRESET_MASK: number | undefined = maybe(
  "SCTP_ENABLE_STRRESET_MASK",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 1; not on darwin, windows. */
export const SCTP_STREAM_RESET_INCOMING: number | undefined = maybe(
  "SCTP_STREAM_RESET_INCOMING",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 2; not on darwin, windows. */
export const SCTP_STREAM_RESET_OUTGOING: number | undefined = maybe(
  "SCTP_STREAM_RESET_OUTGOING",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 0; not on darwin, windows. */
export const SCTP_INIT: number | undefined = maybe("SCTP_INIT");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 1; not on darwin, windows. */
export const SCTP_SNDRCV: number | undefined = maybe("SCTP_SNDRCV");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 2; not on darwin, windows. */
export const SCTP_SNDINFO: number | undefined = maybe("SCTP_SNDINFO");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 3; not on darwin, windows. */
export const SCTP_RCVINFO: number | undefined = maybe("SCTP_RCVINFO");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 4; not on darwin, windows. */
export const SCTP_NXTINFO: number | undefined = maybe("SCTP_NXTINFO");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 5; not on darwin, windows. */
export const SCTP_PRINFO: number | undefined = maybe("SCTP_PRINFO");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 6; not on darwin, windows. */
export const SCTP_AUTHINFO: number | undefined = maybe("SCTP_AUTHINFO");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 7; not on darwin, windows. */
export const SCTP_DSTADDRV4: number | undefined = maybe("SCTP_DSTADDRV4");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 8; not on darwin, windows. */
export const SCTP_DSTADDRV6: number | undefined = maybe("SCTP_DSTADDRV6");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 6; not on darwin, windows. */
export const SCTP_ADDR_PF: number | undefined = maybe("SCTP_ADDR_PF");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 0; not on darwin, windows. */
export const SCTP_AUTH_NEWKEY: number | undefined = maybe("SCTP_AUTH_NEWKEY");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 1; not on darwin, windows. */
export const SCTP_STREAM_RESET_INCOMING_SSN: number | undefined = maybe(
  "SCTP_STREAM_RESET_INCOMING_SSN",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 2; not on darwin, windows. */
export const SCTP_STREAM_RESET_OUTGOING_SSN: number | undefined = maybe(
  "SCTP_STREAM_RESET_OUTGOING_SSN",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 4; not on darwin, windows. */
export const SCTP_STREAM_RESET_DENIED: number | undefined = maybe(
  "SCTP_STREAM_RESET_DENIED",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 8; not on darwin, windows. */
export const SCTP_STREAM_RESET_FAILED: number | undefined = maybe(
  "SCTP_STREAM_RESET_FAILED",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 4; not on darwin, windows. */
export const SCTP_ASSOC_RESET_DENIED: number | undefined = maybe(
  "SCTP_ASSOC_RESET_DENIED",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 8; not on darwin, windows. */
export const SCTP_ASSOC_RESET_FAILED: number | undefined = maybe(
  "SCTP_ASSOC_RESET_FAILED",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 4; not on darwin, windows. */
export const SCTP_ASSOC_CHANGE_DENIED: number | undefined = maybe(
  "SCTP_ASSOC_CHANGE_DENIED",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 8; not on darwin, windows. */
export const SCTP_ASSOC_CHANGE_FAILED: number | undefined = maybe(
  "SCTP_ASSOC_CHANGE_FAILED",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 4; not on darwin, windows. */
export const SCTP_STREAM_CHANGE_DENIED: number | undefined = maybe(
  "SCTP_STREAM_CHANGE_DENIED",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 8; not on darwin, windows. */
export const SCTP_STREAM_CHANGE_FAILED: number | undefined = maybe(
  "SCTP_STREAM_CHANGE_FAILED",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 32768; not on darwin, windows. */
export const SCTP_DATA_IO_EVENT: number | undefined = maybe(
  "SCTP_DATA_IO_EVENT",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 32769; not on darwin, windows. */
export const SCTP_ASSOC_CHANGE: number | undefined = maybe("SCTP_ASSOC_CHANGE");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 32770; not on darwin, windows. */
export const SCTP_PEER_ADDR_CHANGE: number | undefined = maybe(
  "SCTP_PEER_ADDR_CHANGE",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 32771; not on darwin, windows. */
export const SCTP_SEND_FAILED: number | undefined = maybe("SCTP_SEND_FAILED");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 32772; not on darwin, windows. */
export const SCTP_REMOTE_ERROR: number | undefined = maybe("SCTP_REMOTE_ERROR");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 32773; not on darwin, windows. */
export const SCTP_SHUTDOWN_EVENT: number | undefined = maybe(
  "SCTP_SHUTDOWN_EVENT",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 32774; not on darwin, windows. */
export const SCTP_PARTIAL_DELIVERY_EVENT: number | undefined = maybe(
  "SCTP_PARTIAL_DELIVERY_EVENT",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 32775; not on darwin, windows. */
export const SCTP_ADAPTATION_INDICATION: number | undefined = maybe(
  "SCTP_ADAPTATION_INDICATION",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 32776; not on darwin, windows. */
export const SCTP_AUTHENTICATION_INDICATION: number | undefined = maybe(
  "SCTP_AUTHENTICATION_INDICATION",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 32777; not on darwin, windows. */
export const SCTP_SENDER_DRY_EVENT: number | undefined = maybe(
  "SCTP_SENDER_DRY_EVENT",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 32778; not on darwin, windows. */
export const SCTP_STREAM_RESET_EVENT: number | undefined = maybe(
  "SCTP_STREAM_RESET_EVENT",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 32779; not on darwin, windows. */
export const SCTP_ASSOC_RESET_EVENT: number | undefined = maybe(
  "SCTP_ASSOC_RESET_EVENT",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 32780; not on darwin, windows. */
export const SCTP_STREAM_CHANGE_EVENT: number | undefined = maybe(
  "SCTP_STREAM_CHANGE_EVENT",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 32781; not on darwin, windows. */
export const SCTP_SEND_FAILED_EVENT: number | undefined = maybe(
  "SCTP_SEND_FAILED_EVENT",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 32781; not on darwin, windows. */
export const SCTP_SN_TYPE_MAX: number | undefined = maybe("SCTP_SN_TYPE_MAX");
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 1; not on darwin, windows. */
export const SCTP_POTENTIALLY_FAILED: number | undefined = maybe(
  "SCTP_POTENTIALLY_FAILED",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 1; not on darwin, windows. */
export const SCTP_BINDX_ADD_ADDR: number | undefined = maybe(
  "SCTP_BINDX_ADD_ADDR",
);
/** SCTP option at level `IPPROTO_SCTP`, or one of its values: linux 2; not on darwin, windows. */
export const SCTP_BINDX_REM_ADDR: number | undefined = maybe(
  "SCTP_BINDX_REM_ADDR",
);
