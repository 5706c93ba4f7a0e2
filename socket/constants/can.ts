/**
 * CAN bus (`CAN_*`, `CANFD_*`, `CANXL_*`, `J1939_*`), Linux.
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
 * CAN constant (linux/can.h): linux 1; not on darwin, windows.
 *
 * @example Open a raw CAN socket (Linux, where the kernel has CAN)
 * ```ts
 * import { AF_CAN, CAN_RAW, SOCK_RAW, socket } from "@berkeley/socket";
 * if (AF_CAN !== undefined && CAN_RAW !== undefined) {
 *   using s = socket(AF_CAN, SOCK_RAW, CAN_RAW);
 *   console.log(s.proto === CAN_RAW); // true
 * }
 * ```
 */
export const CAN_RAW: number | undefined = maybe("CAN_RAW");
/** CAN constant (linux/can.h): linux 2147483648; not on darwin, windows. */
export const CAN_EFF_FLAG: number | undefined = maybe("CAN_EFF_FLAG");
/** CAN constant (linux/can.h): linux 1073741824; not on darwin, windows. */
export const CAN_RTR_FLAG: number | undefined = maybe("CAN_RTR_FLAG");
/** CAN constant (linux/can.h): linux 536870912; not on darwin, windows. */
export const CAN_ERR_FLAG: number | undefined = maybe("CAN_ERR_FLAG");
/** CAN constant (linux/can.h): linux 2047; not on darwin, windows. */
export const CAN_SFF_MASK: number | undefined = maybe("CAN_SFF_MASK");
/** CAN constant (linux/can.h): linux 536870911; not on darwin, windows. */
export const CAN_EFF_MASK: number | undefined = maybe("CAN_EFF_MASK");
/** CAN constant (linux/can.h): linux 536870911; not on darwin, windows. */
export const CAN_ERR_MASK: number | undefined = maybe("CAN_ERR_MASK");
/** CAN constant (linux/can.h): linux 2047; not on darwin, windows. */
export const CANXL_PRIO_MASK: number | undefined = maybe("CANXL_PRIO_MASK");
/** CAN constant (linux/can.h): linux 11; not on darwin, windows. */
export const CAN_SFF_ID_BITS: number | undefined = maybe("CAN_SFF_ID_BITS");
/** CAN constant (linux/can.h): linux 29; not on darwin, windows. */
export const CAN_EFF_ID_BITS: number | undefined = maybe("CAN_EFF_ID_BITS");
/** CAN constant (linux/can.h): linux 11; not on darwin, windows. */
export const CANXL_PRIO_BITS: number | undefined = maybe("CANXL_PRIO_BITS");
/** CAN constant (linux/can.h): linux 8; not on darwin, windows. */
export const CAN_MAX_DLC: number | undefined = maybe("CAN_MAX_DLC");
/** CAN constant (linux/can.h): linux 15; not on darwin, windows. */
export const CAN_MAX_RAW_DLC: number | undefined = maybe("CAN_MAX_RAW_DLC");
/** CAN constant (linux/can.h): linux 8; not on darwin, windows. */
export const CAN_MAX_DLEN: number | undefined = maybe("CAN_MAX_DLEN");
/** CAN constant (linux/can.h): linux 15; not on darwin, windows. */
export const CANFD_MAX_DLC: number | undefined = maybe("CANFD_MAX_DLC");
/** CAN constant (linux/can.h): linux 64; not on darwin, windows. */
export const CANFD_MAX_DLEN: number | undefined = maybe("CANFD_MAX_DLEN");
/** CAN constant (linux/can.h): linux 0; not on darwin, windows. */
export const CANXL_MIN_DLC: number | undefined = maybe("CANXL_MIN_DLC");
/** CAN constant (linux/can.h): linux 2047; not on darwin, windows. */
export const CANXL_MAX_DLC: number | undefined = maybe("CANXL_MAX_DLC");
/** CAN constant (linux/can.h): linux 2047; not on darwin, windows. */
export const CANXL_MAX_DLC_MASK: number | undefined = maybe(
  "CANXL_MAX_DLC_MASK",
);
/** CAN constant (linux/can.h): linux 1; not on darwin, windows. */
export const CANXL_MIN_DLEN: number | undefined = maybe("CANXL_MIN_DLEN");
/** CAN constant (linux/can.h): linux 2048; not on darwin, windows. */
export const CANXL_MAX_DLEN: number | undefined = maybe("CANXL_MAX_DLEN");
/** CAN constant (linux/can.h): linux 1; not on darwin, windows. */
export const CANFD_BRS: number | undefined = maybe("CANFD_BRS");
/** CAN constant (linux/can.h): linux 2; not on darwin, windows. */
export const CANFD_ESI: number | undefined = maybe("CANFD_ESI");
/** CAN constant (linux/can.h): linux 4; not on darwin, windows. */
export const CANFD_FDF: number | undefined = maybe("CANFD_FDF");
/** CAN constant (linux/can.h): linux 128; not on darwin, windows. */
export const CANXL_XLF: number | undefined = maybe("CANXL_XLF");
/** CAN constant (linux/can.h): linux 1; not on darwin, windows. */
export const CANXL_SEC: number | undefined = maybe("CANXL_SEC");
/** CAN constant (linux/can.h): linux 16; not on darwin, windows. */
export const CAN_MTU: number | undefined = maybe("CAN_MTU");
/** CAN constant (linux/can.h): linux 72; not on darwin, windows. */
export const CANFD_MTU: number | undefined = maybe("CANFD_MTU");
/** CAN constant (linux/can.h): linux 2060; not on darwin, windows. */
export const CANXL_MTU: number | undefined = maybe("CANXL_MTU");
/** CAN constant (linux/can.h): linux 12; not on darwin, windows. */
export const CANXL_HDR_SIZE: number | undefined = maybe("CANXL_HDR_SIZE");
/** CAN constant (linux/can.h): linux 76; not on darwin, windows. */
export const CANXL_MIN_MTU: number | undefined = maybe("CANXL_MIN_MTU");
/** CAN constant (linux/can.h): linux 2060; not on darwin, windows. */
export const CANXL_MAX_MTU: number | undefined = maybe("CANXL_MAX_MTU");
/** CAN constant (linux/can.h): linux 2; not on darwin, windows. */
export const CAN_BCM: number | undefined = maybe("CAN_BCM");
/** CAN constant (linux/can.h): linux 3; not on darwin, windows. */
export const CAN_TP16: number | undefined = maybe("CAN_TP16");
/** CAN constant (linux/can.h): linux 4; not on darwin, windows. */
export const CAN_TP20: number | undefined = maybe("CAN_TP20");
/** CAN constant (linux/can.h): linux 5; not on darwin, windows. */
export const CAN_MCNET: number | undefined = maybe("CAN_MCNET");
/** CAN constant (linux/can.h): linux 6; not on darwin, windows. */
export const CAN_ISOTP: number | undefined = maybe("CAN_ISOTP");
/** CAN constant (linux/can.h): linux 7; not on darwin, windows. */
export const CAN_J1939: number | undefined = maybe("CAN_J1939");
/** CAN constant (linux/can.h): linux 8; not on darwin, windows. */
export const CAN_NPROTO: number | undefined = maybe("CAN_NPROTO");
/** CAN constant (linux/can.h): linux 536870912; not on darwin, windows. */
export const CAN_INV_FILTER: number | undefined = maybe("CAN_INV_FILTER");
/** CAN constant (linux/can.h): linux 512; not on darwin, windows. */
export const CAN_RAW_FILTER_MAX: number | undefined = maybe(
  "CAN_RAW_FILTER_MAX",
);
/** CAN constant (linux/can.h): linux 1; not on darwin, windows. */
export const CAN_RAW_FILTER: number | undefined = maybe("CAN_RAW_FILTER");
/** CAN constant (linux/can.h): linux 2; not on darwin, windows. */
export const CAN_RAW_ERR_FILTER: number | undefined = maybe(
  "CAN_RAW_ERR_FILTER",
);
/** CAN constant (linux/can.h): linux 3; not on darwin, windows. */
export const CAN_RAW_LOOPBACK: number | undefined = maybe("CAN_RAW_LOOPBACK");
/** CAN constant (linux/can.h): linux 4; not on darwin, windows. */
export const CAN_RAW_RECV_OWN_MSGS: number | undefined = maybe(
  "CAN_RAW_RECV_OWN_MSGS",
);
/** CAN constant (linux/can.h): linux 5; not on darwin, windows. */
export const CAN_RAW_FD_FRAMES: number | undefined = maybe("CAN_RAW_FD_FRAMES");
/** CAN constant (linux/can.h): linux 6; not on darwin, windows. */
export const CAN_RAW_JOIN_FILTERS: number | undefined = maybe(
  "CAN_RAW_JOIN_FILTERS",
);
/** CAN constant (linux/can.h): linux 7; not on darwin, windows. */
export const CAN_RAW_XL_FRAMES: number | undefined = maybe("CAN_RAW_XL_FRAMES");
/** CAN constant (linux/can.h): linux 1; not on darwin, windows. */
export const CAN_BCM_TX_SETUP: number | undefined = maybe("CAN_BCM_TX_SETUP");
/** CAN constant (linux/can.h): linux 2; not on darwin, windows. */
export const CAN_BCM_TX_DELETE: number | undefined = maybe("CAN_BCM_TX_DELETE");
/** CAN constant (linux/can.h): linux 3; not on darwin, windows. */
export const CAN_BCM_TX_READ: number | undefined = maybe("CAN_BCM_TX_READ");
/** CAN constant (linux/can.h): linux 4; not on darwin, windows. */
export const CAN_BCM_TX_SEND: number | undefined = maybe("CAN_BCM_TX_SEND");
/** CAN constant (linux/can.h): linux 5; not on darwin, windows. */
export const CAN_BCM_RX_SETUP: number | undefined = maybe("CAN_BCM_RX_SETUP");
/** CAN constant (linux/can.h): linux 6; not on darwin, windows. */
export const CAN_BCM_RX_DELETE: number | undefined = maybe("CAN_BCM_RX_DELETE");
/** CAN constant (linux/can.h): linux 7; not on darwin, windows. */
export const CAN_BCM_RX_READ: number | undefined = maybe("CAN_BCM_RX_READ");
/** CAN constant (linux/can.h): linux 8; not on darwin, windows. */
export const CAN_BCM_TX_STATUS: number | undefined = maybe("CAN_BCM_TX_STATUS");
/** CAN constant (linux/can.h): linux 9; not on darwin, windows. */
export const CAN_BCM_TX_EXPIRED: number | undefined = maybe(
  "CAN_BCM_TX_EXPIRED",
);
/** CAN constant (linux/can.h): linux 10; not on darwin, windows. */
export const CAN_BCM_RX_STATUS: number | undefined = maybe("CAN_BCM_RX_STATUS");
/** CAN constant (linux/can.h): linux 11; not on darwin, windows. */
export const CAN_BCM_RX_TIMEOUT: number | undefined = maybe(
  "CAN_BCM_RX_TIMEOUT",
);
/** CAN constant (linux/can.h): linux 12; not on darwin, windows. */
export const CAN_BCM_RX_CHANGED: number | undefined = maybe(
  "CAN_BCM_RX_CHANGED",
);
/** CAN constant (linux/can.h): linux 1; not on darwin, windows. */
export const CAN_BCM_SETTIMER: number | undefined = maybe("CAN_BCM_SETTIMER");
/** CAN constant (linux/can.h): linux 2; not on darwin, windows. */
export const CAN_BCM_STARTTIMER: number | undefined = maybe(
  "CAN_BCM_STARTTIMER",
);
/** CAN constant (linux/can.h): linux 4; not on darwin, windows. */
export const CAN_BCM_TX_COUNTEVT: number | undefined = maybe(
  "CAN_BCM_TX_COUNTEVT",
);
/** CAN constant (linux/can.h): linux 8; not on darwin, windows. */
export const CAN_BCM_TX_ANNOUNCE: number | undefined = maybe(
  "CAN_BCM_TX_ANNOUNCE",
);
/** CAN constant (linux/can.h): linux 16; not on darwin, windows. */
export const CAN_BCM_TX_CP_CAN_ID: number | undefined = maybe(
  "CAN_BCM_TX_CP_CAN_ID",
);
/** CAN constant (linux/can.h): linux 32; not on darwin, windows. */
export const CAN_BCM_RX_FILTER_ID: number | undefined = maybe(
  "CAN_BCM_RX_FILTER_ID",
);
/** CAN constant (linux/can.h): linux 64; not on darwin, windows. */
export const CAN_BCM_RX_CHECK_DLC: number | undefined = maybe(
  "CAN_BCM_RX_CHECK_DLC",
);
/** CAN constant (linux/can.h): linux 128; not on darwin, windows. */
export const CAN_BCM_RX_NO_AUTOTIMER: number | undefined = maybe(
  "CAN_BCM_RX_NO_AUTOTIMER",
);
/** CAN constant (linux/can.h): linux 256; not on darwin, windows. */
export const CAN_BCM_RX_ANNOUNCE_RESUME: number | undefined = maybe(
  "CAN_BCM_RX_ANNOUNCE_RESUME",
);
/** CAN constant (linux/can.h): linux 512; not on darwin, windows. */
export const CAN_BCM_TX_RESET_MULTI_IDX: number | undefined = maybe(
  "CAN_BCM_TX_RESET_MULTI_IDX",
);
/** CAN constant (linux/can.h): linux 1024; not on darwin, windows. */
export const CAN_BCM_RX_RTR_FRAME: number | undefined = maybe(
  "CAN_BCM_RX_RTR_FRAME",
);
/** CAN constant (linux/can.h): linux 2048; not on darwin, windows. */
export const CAN_BCM_CAN_FD_FRAME: number | undefined = maybe(
  "CAN_BCM_CAN_FD_FRAME",
);
/** CAN constant (linux/can.h): linux 1; not on darwin, windows. */
export const CAN_ISOTP_OPTS: number | undefined = maybe("CAN_ISOTP_OPTS");
/** CAN constant (linux/can.h): linux 2; not on darwin, windows. */
export const CAN_ISOTP_RECV_FC: number | undefined = maybe("CAN_ISOTP_RECV_FC");
/** CAN constant (linux/can.h): linux 3; not on darwin, windows. */
export const CAN_ISOTP_TX_STMIN: number | undefined = maybe(
  "CAN_ISOTP_TX_STMIN",
);
/** CAN constant (linux/can.h): linux 4; not on darwin, windows. */
export const CAN_ISOTP_RX_STMIN: number | undefined = maybe(
  "CAN_ISOTP_RX_STMIN",
);
/** CAN constant (linux/can.h): linux 5; not on darwin, windows. */
export const CAN_ISOTP_LL_OPTS: number | undefined = maybe("CAN_ISOTP_LL_OPTS");
/** CAN constant (linux/can.h): linux 1; not on darwin, windows. */
export const CAN_ISOTP_LISTEN_MODE: number | undefined = maybe(
  "CAN_ISOTP_LISTEN_MODE",
);
/** CAN constant (linux/can.h): linux 2; not on darwin, windows. */
export const CAN_ISOTP_EXTEND_ADDR: number | undefined = maybe(
  "CAN_ISOTP_EXTEND_ADDR",
);
/** CAN constant (linux/can.h): linux 4; not on darwin, windows. */
export const CAN_ISOTP_TX_PADDING: number | undefined = maybe(
  "CAN_ISOTP_TX_PADDING",
);
/** CAN constant (linux/can.h): linux 8; not on darwin, windows. */
export const CAN_ISOTP_RX_PADDING: number | undefined = maybe(
  "CAN_ISOTP_RX_PADDING",
);
/** CAN constant (linux/can.h): linux 16; not on darwin, windows. */
export const CAN_ISOTP_CHK_PAD_LEN: number | undefined = maybe(
  "CAN_ISOTP_CHK_PAD_LEN",
);
/** CAN constant (linux/can.h): linux 32; not on darwin, windows. */
export const CAN_ISOTP_CHK_PAD_DATA: number | undefined = maybe(
  "CAN_ISOTP_CHK_PAD_DATA",
);
/** CAN constant (linux/can.h): linux 64; not on darwin, windows. */
export const CAN_ISOTP_HALF_DUPLEX: number | undefined = maybe(
  "CAN_ISOTP_HALF_DUPLEX",
);
/** CAN constant (linux/can.h): linux 128; not on darwin, windows. */
export const CAN_ISOTP_FORCE_TXSTMIN: number | undefined = maybe(
  "CAN_ISOTP_FORCE_TXSTMIN",
);
/** CAN constant (linux/can.h): linux 256; not on darwin, windows. */
export const CAN_ISOTP_FORCE_RXSTMIN: number | undefined = maybe(
  "CAN_ISOTP_FORCE_RXSTMIN",
);
/** CAN constant (linux/can.h): linux 512; not on darwin, windows. */
export const CAN_ISOTP_RX_EXT_ADDR: number | undefined = maybe(
  "CAN_ISOTP_RX_EXT_ADDR",
);
/** CAN constant (linux/can.h): linux 1024; not on darwin, windows. */
export const CAN_ISOTP_WAIT_TX_DONE: number | undefined = maybe(
  "CAN_ISOTP_WAIT_TX_DONE",
);
/** CAN constant (linux/can.h): linux 2048; not on darwin, windows. */
export const CAN_ISOTP_SF_BROADCAST: number | undefined = maybe(
  "CAN_ISOTP_SF_BROADCAST",
);
/** CAN constant (linux/can.h): linux 4096; not on darwin, windows. */
export const CAN_ISOTP_CF_BROADCAST: number | undefined = maybe(
  "CAN_ISOTP_CF_BROADCAST",
);
/** CAN constant (linux/can.h): linux 0; not on darwin, windows. */
export const CAN_ISOTP_DEFAULT_FLAGS: number | undefined = maybe(
  "CAN_ISOTP_DEFAULT_FLAGS",
);
/** CAN constant (linux/can.h): linux 0; not on darwin, windows. */
export const CAN_ISOTP_DEFAULT_EXT_ADDRESS: number | undefined = maybe(
  "CAN_ISOTP_DEFAULT_EXT_ADDRESS",
);
/** CAN constant (linux/can.h): linux 204; not on darwin, windows. */
export const CAN_ISOTP_DEFAULT_PAD_CONTENT: number | undefined = maybe(
  "CAN_ISOTP_DEFAULT_PAD_CONTENT",
);
/** CAN constant (linux/can.h): linux 50000; not on darwin, windows. */
export const CAN_ISOTP_DEFAULT_FRAME_TXTIME: number | undefined = maybe(
  "CAN_ISOTP_DEFAULT_FRAME_TXTIME",
);
/** CAN constant (linux/can.h): linux 0; not on darwin, windows. */
export const CAN_ISOTP_DEFAULT_RECV_BS: number | undefined = maybe(
  "CAN_ISOTP_DEFAULT_RECV_BS",
);
/** CAN constant (linux/can.h): linux 0; not on darwin, windows. */
export const CAN_ISOTP_DEFAULT_RECV_STMIN: number | undefined = maybe(
  "CAN_ISOTP_DEFAULT_RECV_STMIN",
);
/** CAN constant (linux/can.h): linux 0; not on darwin, windows. */
export const CAN_ISOTP_DEFAULT_RECV_WFTMAX: number | undefined = maybe(
  "CAN_ISOTP_DEFAULT_RECV_WFTMAX",
);
/** CAN constant (linux/can.h): linux 16; not on darwin, windows. */
export const CAN_ISOTP_DEFAULT_LL_MTU: number | undefined = maybe(
  "CAN_ISOTP_DEFAULT_LL_MTU",
);
/** CAN constant (linux/can.h): linux 8; not on darwin, windows. */
export const CAN_ISOTP_DEFAULT_LL_TX_DL: number | undefined = maybe(
  "CAN_ISOTP_DEFAULT_LL_TX_DL",
);
/** CAN constant (linux/can.h): linux 0; not on darwin, windows. */
export const CAN_ISOTP_DEFAULT_LL_TX_FLAGS: number | undefined = maybe(
  "CAN_ISOTP_DEFAULT_LL_TX_FLAGS",
);
/** CAN constant (linux/can.h): linux 4294967295; not on darwin, windows. */
export const CAN_ISOTP_FRAME_TXTIME_ZERO: number | undefined = maybe(
  "CAN_ISOTP_FRAME_TXTIME_ZERO",
);
/** SAE J1939 constant (linux/can/j1939.h): linux 0; not on darwin, windows. */
export const J1939_NLA_PAD: number | undefined = maybe("J1939_NLA_PAD");
/** SAE J1939 constant (linux/can/j1939.h): linux 1; not on darwin, windows. */
export const J1939_NLA_BYTES_ACKED: number | undefined = maybe(
  "J1939_NLA_BYTES_ACKED",
);
/** SAE J1939 constant (linux/can/j1939.h): linux 2; not on darwin, windows. */
export const J1939_NLA_TOTAL_SIZE: number | undefined = maybe(
  "J1939_NLA_TOTAL_SIZE",
);
/** SAE J1939 constant (linux/can/j1939.h): linux 3; not on darwin, windows. */
export const J1939_NLA_PGN: number | undefined = maybe("J1939_NLA_PGN");
/** SAE J1939 constant (linux/can/j1939.h): linux 4; not on darwin, windows. */
export const J1939_NLA_SRC_NAME: number | undefined = maybe(
  "J1939_NLA_SRC_NAME",
);
/** SAE J1939 constant (linux/can/j1939.h): linux 5; not on darwin, windows. */
export const J1939_NLA_DEST_NAME: number | undefined = maybe(
  "J1939_NLA_DEST_NAME",
);
/** SAE J1939 constant (linux/can/j1939.h): linux 6; not on darwin, windows. */
export const J1939_NLA_SRC_ADDR: number | undefined = maybe(
  "J1939_NLA_SRC_ADDR",
);
/** SAE J1939 constant (linux/can/j1939.h): linux 7; not on darwin, windows. */
export const J1939_NLA_DEST_ADDR: number | undefined = maybe(
  "J1939_NLA_DEST_ADDR",
);
/** SAE J1939 constant (linux/can/j1939.h): linux 0; not on darwin, windows. */
export const J1939_EE_INFO_NONE: number | undefined = maybe(
  "J1939_EE_INFO_NONE",
);
/** SAE J1939 constant (linux/can/j1939.h): linux 1; not on darwin, windows. */
export const J1939_EE_INFO_TX_ABORT: number | undefined = maybe(
  "J1939_EE_INFO_TX_ABORT",
);
/** SAE J1939 constant (linux/can/j1939.h): linux 2; not on darwin, windows. */
export const J1939_EE_INFO_RX_RTS: number | undefined = maybe(
  "J1939_EE_INFO_RX_RTS",
);
/** SAE J1939 constant (linux/can/j1939.h): linux 3; not on darwin, windows. */
export const J1939_EE_INFO_RX_DPO: number | undefined = maybe(
  "J1939_EE_INFO_RX_DPO",
);
/** SAE J1939 constant (linux/can/j1939.h): linux 4; not on darwin, windows. */
export const J1939_EE_INFO_RX_ABORT: number | undefined = maybe(
  "J1939_EE_INFO_RX_ABORT",
);
/** SAE J1939 constant (linux/can/j1939.h): linux 253; not on darwin, windows. */
export const J1939_MAX_UNICAST_ADDR: number | undefined = maybe(
  "J1939_MAX_UNICAST_ADDR",
);
/** SAE J1939 constant (linux/can/j1939.h): linux 254; not on darwin, windows. */
export const J1939_IDLE_ADDR: number | undefined = maybe("J1939_IDLE_ADDR");
/** SAE J1939 constant (linux/can/j1939.h): linux 255; not on darwin, windows. */
export const J1939_NO_ADDR: number | undefined = maybe("J1939_NO_ADDR");
/** SAE J1939 constant (linux/can/j1939.h): linux 0; not on darwin, windows. */
export const J1939_NO_NAME: number | undefined = maybe("J1939_NO_NAME");
/** SAE J1939 constant (linux/can/j1939.h): linux 59904; not on darwin, windows. */
export const J1939_PGN_REQUEST: number | undefined = maybe("J1939_PGN_REQUEST");
/** SAE J1939 constant (linux/can/j1939.h): linux 60928; not on darwin, windows. */
export const J1939_PGN_ADDRESS_CLAIMED: number | undefined = maybe(
  "J1939_PGN_ADDRESS_CLAIMED",
);
/** SAE J1939 constant (linux/can/j1939.h): linux 65240; not on darwin, windows. */
export const J1939_PGN_ADDRESS_COMMANDED: number | undefined = maybe(
  "J1939_PGN_ADDRESS_COMMANDED",
);
/** SAE J1939 constant (linux/can/j1939.h): linux 261888; not on darwin, windows. */
export const J1939_PGN_PDU1_MAX: number | undefined = maybe(
  "J1939_PGN_PDU1_MAX",
);
/** SAE J1939 constant (linux/can/j1939.h): linux 262143; not on darwin, windows. */
export const J1939_PGN_MAX: number | undefined = maybe("J1939_PGN_MAX");
/** SAE J1939 constant (linux/can/j1939.h): linux 262144; not on darwin, windows. */
export const J1939_NO_PGN: number | undefined = maybe("J1939_NO_PGN");
/** SAE J1939 constant (linux/can/j1939.h): linux 512; not on darwin, windows. */
export const J1939_FILTER_MAX: number | undefined = maybe("J1939_FILTER_MAX");
