/**
 * Further Linux families' constants: RDS (`RDS_*`), Bluetooth (`BTPROTO_*`, `HCI_*`, `BDADDR_*`), AF_ALG (`ALG_*`), vsock (`VMADDR_*`) and QIPCRTR (`QRTR_*`).
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
 * vsock constant (linux/vm_sockets.h): linux 4294967295; not on darwin, windows.
 *
 * @example Listen on a vsock port (Linux, where the kernel has vsock)
 * ```ts
 * import { AF_VSOCK, SOCK_STREAM, socket, VMADDR_CID_ANY } from "@berkeley/socket";
 * if (AF_VSOCK !== undefined && VMADDR_CID_ANY !== undefined) {
 *   using s = socket(AF_VSOCK, SOCK_STREAM);
 *   s.bind([VMADDR_CID_ANY, 5000]);
 * }
 * ```
 */
export const VMADDR_CID_ANY: number | undefined = maybe("VMADDR_CID_ANY");
/** AF_ALG option or operation (linux/if_alg.h): linux 1; not on darwin, windows. */
export const ALG_SET_KEY: number | undefined = maybe("ALG_SET_KEY");
/** AF_ALG option or operation (linux/if_alg.h): linux 2; not on darwin, windows. */
export const ALG_SET_IV: number | undefined = maybe("ALG_SET_IV");
/** AF_ALG option or operation (linux/if_alg.h): linux 3; not on darwin, windows. */
export const ALG_SET_OP: number | undefined = maybe("ALG_SET_OP");
/** AF_ALG option or operation (linux/if_alg.h): linux 4; not on darwin, windows. */
export const ALG_SET_AEAD_ASSOCLEN: number | undefined = maybe(
  "ALG_SET_AEAD_ASSOCLEN",
);
/** AF_ALG option or operation (linux/if_alg.h): linux 5; not on darwin, windows. */
export const ALG_SET_AEAD_AUTHSIZE: number | undefined = maybe(
  "ALG_SET_AEAD_AUTHSIZE",
);
/** AF_ALG option or operation (linux/if_alg.h): linux 6; not on darwin, windows. */
export const ALG_SET_DRBG_ENTROPY: number | undefined = maybe(
  "ALG_SET_DRBG_ENTROPY",
);
/** AF_ALG option or operation (linux/if_alg.h): linux 0; not on darwin, windows. */
export const ALG_OP_DECRYPT: number | undefined = maybe("ALG_OP_DECRYPT");
/** AF_ALG option or operation (linux/if_alg.h): linux 1; not on darwin, windows. */
export const ALG_OP_ENCRYPT: number | undefined = maybe("ALG_OP_ENCRYPT");
/** CPython's value for setting a public key; the kernel has no such option (6 is its ALG_SET_DRBG_ENTROPY); AF_ALG option or operation (linux/if_alg.h): linux 6; not on darwin, windows. */
export const ALG_SET_PUBKEY: number | undefined = maybe("ALG_SET_PUBKEY");
/** CPython's value for a sign operation; the kernel has no such operation; AF_ALG option or operation (linux/if_alg.h): linux 2; not on darwin, windows. */
export const ALG_OP_SIGN: number | undefined = maybe("ALG_OP_SIGN");
/** CPython's value for a verify operation; the kernel has no such operation; AF_ALG option or operation (linux/if_alg.h): linux 3; not on darwin, windows. */
export const ALG_OP_VERIFY: number | undefined = maybe("ALG_OP_VERIFY");
/** vsock constant (linux/vm_sockets.h): linux 4294967295; not on darwin, windows. */
export const VMADDR_PORT_ANY: number | undefined = maybe("VMADDR_PORT_ANY");
/** vsock constant (linux/vm_sockets.h): linux 0; not on darwin, windows. */
export const VMADDR_CID_HYPERVISOR: number | undefined = maybe(
  "VMADDR_CID_HYPERVISOR",
);
/** vsock constant (linux/vm_sockets.h): linux 1; not on darwin, windows. */
export const VMADDR_CID_LOCAL: number | undefined = maybe("VMADDR_CID_LOCAL");
/** vsock constant (linux/vm_sockets.h): linux 2; not on darwin, windows. */
export const VMADDR_CID_HOST: number | undefined = maybe("VMADDR_CID_HOST");
/** vsock constant (linux/vm_sockets.h): linux 1; not on darwin, windows. */
export const VMADDR_FLAG_TO_HOST: number | undefined = maybe(
  "VMADDR_FLAG_TO_HOST",
);
/** vsock constant (linux/vm_sockets.h): linux 4294967295; not on darwin, windows. */
export const VM_SOCKETS_INVALID_VERSION: number | undefined = maybe(
  "VM_SOCKETS_INVALID_VERSION",
);
/** vsock constant (linux/vm_sockets.h): linux 1977; not on darwin, windows. */
export const IOCTL_VM_SOCKETS_GET_LOCAL_CID: number | undefined = maybe(
  "IOCTL_VM_SOCKETS_GET_LOCAL_CID",
);
/** RDS option or constant (linux/rds.h): linux 769; not on darwin, windows. */
export const RDS_IB_ABI_VERSION: number | undefined = maybe(
  "RDS_IB_ABI_VERSION",
);
/** RDS option or constant (linux/rds.h): linux 1; not on darwin, windows. */
export const RDS_CANCEL_SENT_TO: number | undefined = maybe(
  "RDS_CANCEL_SENT_TO",
);
/** RDS option or constant (linux/rds.h): linux 2; not on darwin, windows. */
export const RDS_GET_MR: number | undefined = maybe("RDS_GET_MR");
/** RDS option or constant (linux/rds.h): linux 3; not on darwin, windows. */
export const RDS_FREE_MR: number | undefined = maybe("RDS_FREE_MR");
/** RDS option or constant (linux/rds.h): linux 5; not on darwin, windows. */
export const RDS_RECVERR: number | undefined = maybe("RDS_RECVERR");
/** RDS option or constant (linux/rds.h): linux 6; not on darwin, windows. */
export const RDS_CONG_MONITOR: number | undefined = maybe("RDS_CONG_MONITOR");
/** RDS option or constant (linux/rds.h): linux 7; not on darwin, windows. */
export const RDS_GET_MR_FOR_DEST: number | undefined = maybe(
  "RDS_GET_MR_FOR_DEST",
);
/** RDS option or constant (linux/rds.h): linux 0; not on darwin, windows. */
export const RDS_TRANS_IB: number | undefined = maybe("RDS_TRANS_IB");
/** RDS option or constant (linux/rds.h): linux 1; not on darwin, windows. */
export const RDS_TRANS_GAP: number | undefined = maybe("RDS_TRANS_GAP");
/** RDS option or constant (linux/rds.h): linux 2; not on darwin, windows. */
export const RDS_TRANS_TCP: number | undefined = maybe("RDS_TRANS_TCP");
/** RDS option or constant (linux/rds.h): linux 3; not on darwin, windows. */
export const RDS_TRANS_COUNT: number | undefined = maybe("RDS_TRANS_COUNT");
/** RDS option or constant (linux/rds.h): linux -1; not on darwin, windows. */
export const RDS_TRANS_NONE: number | undefined = maybe("RDS_TRANS_NONE");
/** RDS option or constant (linux/rds.h): linux 1; not on darwin, windows. */
export const RDS_TRANS_IWARP: number | undefined = maybe("RDS_TRANS_IWARP");
/** RDS option or constant (linux/rds.h): linux 1; not on darwin, windows. */
export const RDS_CMSG_RDMA_ARGS: number | undefined = maybe(
  "RDS_CMSG_RDMA_ARGS",
);
/** RDS option or constant (linux/rds.h): linux 2; not on darwin, windows. */
export const RDS_CMSG_RDMA_DEST: number | undefined = maybe(
  "RDS_CMSG_RDMA_DEST",
);
/** RDS option or constant (linux/rds.h): linux 3; not on darwin, windows. */
export const RDS_CMSG_RDMA_MAP: number | undefined = maybe("RDS_CMSG_RDMA_MAP");
/** RDS option or constant (linux/rds.h): linux 4; not on darwin, windows. */
export const RDS_CMSG_RDMA_STATUS: number | undefined = maybe(
  "RDS_CMSG_RDMA_STATUS",
);
/** RDS option or constant (linux/rds.h): linux 5; not on darwin, windows. */
export const RDS_CMSG_CONG_UPDATE: number | undefined = maybe(
  "RDS_CMSG_CONG_UPDATE",
);
/** RDS option or constant (linux/rds.h): linux 6; not on darwin, windows. */
export const RDS_CMSG_ATOMIC_FADD: number | undefined = maybe(
  "RDS_CMSG_ATOMIC_FADD",
);
/** RDS option or constant (linux/rds.h): linux 7; not on darwin, windows. */
export const RDS_CMSG_ATOMIC_CSWP: number | undefined = maybe(
  "RDS_CMSG_ATOMIC_CSWP",
);
/** RDS option or constant (linux/rds.h): linux 8; not on darwin, windows. */
export const RDS_CMSG_MASKED_ATOMIC_FADD: number | undefined = maybe(
  "RDS_CMSG_MASKED_ATOMIC_FADD",
);
/** RDS option or constant (linux/rds.h): linux 9; not on darwin, windows. */
export const RDS_CMSG_MASKED_ATOMIC_CSWP: number | undefined = maybe(
  "RDS_CMSG_MASKED_ATOMIC_CSWP",
);
/** RDS option or constant (linux/rds.h): linux 11; not on darwin, windows. */
export const RDS_CMSG_RXPATH_LATENCY: number | undefined = maybe(
  "RDS_CMSG_RXPATH_LATENCY",
);
/** RDS option or constant (linux/rds.h): linux 12; not on darwin, windows. */
export const RDS_CMSG_ZCOPY_COOKIE: number | undefined = maybe(
  "RDS_CMSG_ZCOPY_COOKIE",
);
/** RDS option or constant (linux/rds.h): linux 13; not on darwin, windows. */
export const RDS_CMSG_ZCOPY_COMPLETION: number | undefined = maybe(
  "RDS_CMSG_ZCOPY_COMPLETION",
);
/** RDS option or constant (linux/rds.h): linux 10000; not on darwin, windows. */
export const RDS_INFO_FIRST: number | undefined = maybe("RDS_INFO_FIRST");
/** RDS option or constant (linux/rds.h): linux 10000; not on darwin, windows. */
export const RDS_INFO_COUNTERS: number | undefined = maybe("RDS_INFO_COUNTERS");
/** RDS option or constant (linux/rds.h): linux 10001; not on darwin, windows. */
export const RDS_INFO_CONNECTIONS: number | undefined = maybe(
  "RDS_INFO_CONNECTIONS",
);
/** RDS option or constant (linux/rds.h): linux 10003; not on darwin, windows. */
export const RDS_INFO_SEND_MESSAGES: number | undefined = maybe(
  "RDS_INFO_SEND_MESSAGES",
);
/** RDS option or constant (linux/rds.h): linux 10004; not on darwin, windows. */
export const RDS_INFO_RETRANS_MESSAGES: number | undefined = maybe(
  "RDS_INFO_RETRANS_MESSAGES",
);
/** RDS option or constant (linux/rds.h): linux 10005; not on darwin, windows. */
export const RDS_INFO_RECV_MESSAGES: number | undefined = maybe(
  "RDS_INFO_RECV_MESSAGES",
);
/** RDS option or constant (linux/rds.h): linux 10006; not on darwin, windows. */
export const RDS_INFO_SOCKETS: number | undefined = maybe("RDS_INFO_SOCKETS");
/** RDS option or constant (linux/rds.h): linux 10007; not on darwin, windows. */
export const RDS_INFO_TCP_SOCKETS: number | undefined = maybe(
  "RDS_INFO_TCP_SOCKETS",
);
/** RDS option or constant (linux/rds.h): linux 10008; not on darwin, windows. */
export const RDS_INFO_IB_CONNECTIONS: number | undefined = maybe(
  "RDS_INFO_IB_CONNECTIONS",
);
/** RDS option or constant (linux/rds.h): linux 10009; not on darwin, windows. */
export const RDS_INFO_CONNECTION_STATS: number | undefined = maybe(
  "RDS_INFO_CONNECTION_STATS",
);
/** RDS option or constant (linux/rds.h): linux 10010; not on darwin, windows. */
export const RDS_INFO_IWARP_CONNECTIONS: number | undefined = maybe(
  "RDS_INFO_IWARP_CONNECTIONS",
);
/** RDS option or constant (linux/rds.h): linux 10017; not on darwin, windows. */
export const RDS_INFO_LAST: number | undefined = maybe("RDS_INFO_LAST");
/** RDS option or constant (linux/rds.h): linux 1; not on darwin, windows. */
export const RDS_INFO_CONNECTION_FLAG_SENDING: number | undefined = maybe(
  "RDS_INFO_CONNECTION_FLAG_SENDING",
);
/** RDS option or constant (linux/rds.h): linux 2; not on darwin, windows. */
export const RDS_INFO_CONNECTION_FLAG_CONNECTING: number | undefined = maybe(
  "RDS_INFO_CONNECTION_FLAG_CONNECTING",
);
/** RDS option or constant (linux/rds.h): linux 4; not on darwin, windows. */
export const RDS_INFO_CONNECTION_FLAG_CONNECTED: number | undefined = maybe(
  "RDS_INFO_CONNECTION_FLAG_CONNECTED",
);
/** RDS option or constant (linux/rds.h): linux 1; not on darwin, windows. */
export const RDS_INFO_MESSAGE_FLAG_ACK: number | undefined = maybe(
  "RDS_INFO_MESSAGE_FLAG_ACK",
);
/** RDS option or constant (linux/rds.h): linux 2; not on darwin, windows. */
export const RDS_INFO_MESSAGE_FLAG_FAST_ACK: number | undefined = maybe(
  "RDS_INFO_MESSAGE_FLAG_FAST_ACK",
);
/** RDS option or constant (linux/rds.h): linux 16; not on darwin, windows. */
export const RDS_IB_GID_LEN: number | undefined = maybe("RDS_IB_GID_LEN");
/** RDS option or constant (linux/rds.h): linux 64; not on darwin, windows. */
export const RDS_CONG_MONITOR_SIZE: number | undefined = maybe(
  "RDS_CONG_MONITOR_SIZE",
);
/** RDS option or constant (linux/rds.h): linux 0; not on darwin, windows. */
export const RDS_RDMA_SUCCESS: number | undefined = maybe("RDS_RDMA_SUCCESS");
/** RDS option or constant (linux/rds.h): linux 1; not on darwin, windows. */
export const RDS_RDMA_REMOTE_ERROR: number | undefined = maybe(
  "RDS_RDMA_REMOTE_ERROR",
);
/** RDS option or constant (linux/rds.h): linux 2; not on darwin, windows. */
export const RDS_RDMA_CANCELED: number | undefined = maybe("RDS_RDMA_CANCELED");
/** RDS option or constant (linux/rds.h): linux 3; not on darwin, windows. */
export const RDS_RDMA_DROPPED: number | undefined = maybe("RDS_RDMA_DROPPED");
/** RDS option or constant (linux/rds.h): linux 4; not on darwin, windows. */
export const RDS_RDMA_OTHER_ERROR: number | undefined = maybe(
  "RDS_RDMA_OTHER_ERROR",
);
/** RDS option or constant (linux/rds.h): linux 8; not on darwin, windows. */
export const RDS_MAX_ZCOOKIES: number | undefined = maybe("RDS_MAX_ZCOOKIES");
/** RDS option or constant (linux/rds.h): linux 1; not on darwin, windows. */
export const RDS_RDMA_READWRITE: number | undefined = maybe(
  "RDS_RDMA_READWRITE",
);
/** RDS option or constant (linux/rds.h): linux 2; not on darwin, windows. */
export const RDS_RDMA_FENCE: number | undefined = maybe("RDS_RDMA_FENCE");
/** RDS option or constant (linux/rds.h): linux 4; not on darwin, windows. */
export const RDS_RDMA_INVALIDATE: number | undefined = maybe(
  "RDS_RDMA_INVALIDATE",
);
/** RDS option or constant (linux/rds.h): linux 8; not on darwin, windows. */
export const RDS_RDMA_USE_ONCE: number | undefined = maybe("RDS_RDMA_USE_ONCE");
/** RDS option or constant (linux/rds.h): linux 16; not on darwin, windows. */
export const RDS_RDMA_DONTWAIT: number | undefined = maybe("RDS_RDMA_DONTWAIT");
/** RDS option or constant (linux/rds.h): linux 32; not on darwin, windows. */
export const RDS_RDMA_NOTIFY_ME: number | undefined = maybe(
  "RDS_RDMA_NOTIFY_ME",
);
/** RDS option or constant (linux/rds.h): linux 64; not on darwin, windows. */
export const RDS_RDMA_SILENT: number | undefined = maybe("RDS_RDMA_SILENT");
/** QIPCRTR constant (linux/qrtr.h): linux 4294967295; not on darwin, windows. */
export const QRTR_NODE_BCAST: number | undefined = maybe("QRTR_NODE_BCAST");
/** QIPCRTR constant (linux/qrtr.h): linux 4294967294; not on darwin, windows. */
export const QRTR_PORT_CTRL: number | undefined = maybe("QRTR_PORT_CTRL");
/** L2CAP (logical link control); protocol of AF_BLUETOOTH sockets (`socket()`'s third argument): linux 0; not on darwin, windows. */
export const BTPROTO_L2CAP: number | undefined = maybe("BTPROTO_L2CAP");
/** HCI (host controller interface); protocol of AF_BLUETOOTH sockets (`socket()`'s third argument): linux 1; not on darwin, windows. */
export const BTPROTO_HCI: number | undefined = maybe("BTPROTO_HCI");
/** SCO (synchronous voice links); protocol of AF_BLUETOOTH sockets (`socket()`'s third argument): linux 2; not on darwin, windows. */
export const BTPROTO_SCO: number | undefined = maybe("BTPROTO_SCO");
/** RFCOMM (serial port emulation); protocol of AF_BLUETOOTH sockets (`socket()`'s third argument): linux 3, windows 3; not on darwin. */
export const BTPROTO_RFCOMM: number | undefined = maybe("BTPROTO_RFCOMM");
/** BNEP (network encapsulation); protocol of AF_BLUETOOTH sockets (`socket()`'s third argument): linux 4; not on darwin, windows. */
export const BTPROTO_BNEP: number | undefined = maybe("BTPROTO_BNEP");
/** CMTP (CAPI message transport); protocol of AF_BLUETOOTH sockets (`socket()`'s third argument): linux 5; not on darwin, windows. */
export const BTPROTO_CMTP: number | undefined = maybe("BTPROTO_CMTP");
/** HIDP (human interface devices); protocol of AF_BLUETOOTH sockets (`socket()`'s third argument): linux 6; not on darwin, windows. */
export const BTPROTO_HIDP: number | undefined = maybe("BTPROTO_HIDP");
/** AVDTP (audio/video distribution); protocol of AF_BLUETOOTH sockets (`socket()`'s third argument): linux 7; not on darwin, windows. */
export const BTPROTO_AVDTP: number | undefined = maybe("BTPROTO_AVDTP");
/** ISO (isochronous channels); protocol of AF_BLUETOOTH sockets (`socket()`'s third argument): linux 8; not on darwin, windows. */
export const BTPROTO_ISO: number | undefined = maybe("BTPROTO_ISO");
/** Bluetooth constant: linux 0; not on darwin, windows. */
export const BDADDR_BREDR: number | undefined = maybe("BDADDR_BREDR");
/** Bluetooth constant: linux 1; not on darwin, windows. */
export const BDADDR_LE_PUBLIC: number | undefined = maybe("BDADDR_LE_PUBLIC");
/** Bluetooth constant: linux 2; not on darwin, windows. */
export const BDADDR_LE_RANDOM: number | undefined = maybe("BDADDR_LE_RANDOM");
/** Bluetooth constant: linux 2; not on darwin, windows. */
export const HCI_FILTER: number | undefined = maybe("HCI_FILTER");
/** Bluetooth constant: linux 3; not on darwin, windows. */
export const HCI_TIME_STAMP: number | undefined = maybe("HCI_TIME_STAMP");
/** Bluetooth constant: linux 1; not on darwin, windows. */
export const HCI_DATA_DIR: number | undefined = maybe("HCI_DATA_DIR");
/** Bluetooth constant: linux 65535; not on darwin, windows. */
export const HCI_DEV_NONE: number | undefined = maybe("HCI_DEV_NONE");
/** Bluetooth constant: linux 0; not on darwin, windows. */
export const HCI_CHANNEL_RAW: number | undefined = maybe("HCI_CHANNEL_RAW");
/** Bluetooth constant: linux 1; not on darwin, windows. */
export const HCI_CHANNEL_USER: number | undefined = maybe("HCI_CHANNEL_USER");
/** Bluetooth constant: linux 2; not on darwin, windows. */
export const HCI_CHANNEL_MONITOR: number | undefined = maybe(
  "HCI_CHANNEL_MONITOR",
);
/** Bluetooth constant: linux 3; not on darwin, windows. */
export const HCI_CHANNEL_CONTROL: number | undefined = maybe(
  "HCI_CHANNEL_CONTROL",
);
/** Bluetooth constant: linux 4; not on darwin, windows. */
export const HCI_CHANNEL_LOGGING: number | undefined = maybe(
  "HCI_CHANNEL_LOGGING",
);
/** L2CAP link mode option at level `SOL_L2CAP`, or one of its bits: linux 3; not on darwin, windows. */
export const L2CAP_LM: number | undefined = maybe("L2CAP_LM");
/** L2CAP link mode option at level `SOL_L2CAP`, or one of its bits: linux 1; not on darwin, windows. */
export const L2CAP_LM_MASTER: number | undefined = maybe("L2CAP_LM_MASTER");
/** L2CAP link mode option at level `SOL_L2CAP`, or one of its bits: linux 2; not on darwin, windows. */
export const L2CAP_LM_AUTH: number | undefined = maybe("L2CAP_LM_AUTH");
/** L2CAP link mode option at level `SOL_L2CAP`, or one of its bits: linux 4; not on darwin, windows. */
export const L2CAP_LM_ENCRYPT: number | undefined = maybe("L2CAP_LM_ENCRYPT");
/** L2CAP link mode option at level `SOL_L2CAP`, or one of its bits: linux 8; not on darwin, windows. */
export const L2CAP_LM_TRUSTED: number | undefined = maybe("L2CAP_LM_TRUSTED");
/** L2CAP link mode option at level `SOL_L2CAP`, or one of its bits: linux 16; not on darwin, windows. */
export const L2CAP_LM_RELIABLE: number | undefined = maybe("L2CAP_LM_RELIABLE");
/** L2CAP link mode option at level `SOL_L2CAP`, or one of its bits: linux 32; not on darwin, windows. */
export const L2CAP_LM_SECURE: number | undefined = maybe("L2CAP_LM_SECURE");
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 4; not on darwin, windows. */
export const BT_SECURITY: number | undefined = maybe("BT_SECURITY");
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 0; not on darwin, windows. */
export const BT_SECURITY_SDP: number | undefined = maybe("BT_SECURITY_SDP");
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 1; not on darwin, windows. */
export const BT_SECURITY_LOW: number | undefined = maybe("BT_SECURITY_LOW");
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 2; not on darwin, windows. */
export const BT_SECURITY_MEDIUM: number | undefined = maybe(
  "BT_SECURITY_MEDIUM",
);
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 3; not on darwin, windows. */
export const BT_SECURITY_HIGH: number | undefined = maybe("BT_SECURITY_HIGH");
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 4; not on darwin, windows. */
export const BT_SECURITY_FIPS: number | undefined = maybe("BT_SECURITY_FIPS");
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 7; not on darwin, windows. */
export const BT_DEFER_SETUP: number | undefined = maybe("BT_DEFER_SETUP");
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 8; not on darwin, windows. */
export const BT_FLUSHABLE: number | undefined = maybe("BT_FLUSHABLE");
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 0; not on darwin, windows. */
export const BT_FLUSHABLE_OFF: number | undefined = maybe("BT_FLUSHABLE_OFF");
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 1; not on darwin, windows. */
export const BT_FLUSHABLE_ON: number | undefined = maybe("BT_FLUSHABLE_ON");
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 9; not on darwin, windows. */
export const BT_POWER: number | undefined = maybe("BT_POWER");
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 0; not on darwin, windows. */
export const BT_POWER_FORCE_ACTIVE_OFF: number | undefined = maybe(
  "BT_POWER_FORCE_ACTIVE_OFF",
);
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 1; not on darwin, windows. */
export const BT_POWER_FORCE_ACTIVE_ON: number | undefined = maybe(
  "BT_POWER_FORCE_ACTIVE_ON",
);
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 10; not on darwin, windows. */
export const BT_CHANNEL_POLICY: number | undefined = maybe("BT_CHANNEL_POLICY");
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 0; not on darwin, windows. */
export const BT_CHANNEL_POLICY_BREDR_ONLY: number | undefined = maybe(
  "BT_CHANNEL_POLICY_BREDR_ONLY",
);
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 1; not on darwin, windows. */
export const BT_CHANNEL_POLICY_BREDR_PREFERRED: number | undefined = maybe(
  "BT_CHANNEL_POLICY_BREDR_PREFERRED",
);
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 11; not on darwin, windows. */
export const BT_VOICE: number | undefined = maybe("BT_VOICE");
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 3; not on darwin, windows. */
export const BT_VOICE_TRANSPARENT: number | undefined = maybe(
  "BT_VOICE_TRANSPARENT",
);
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 96; not on darwin, windows. */
export const BT_VOICE_CVSD_16BIT: number | undefined = maybe(
  "BT_VOICE_CVSD_16BIT",
);
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 12; not on darwin, windows. */
export const BT_SNDMTU: number | undefined = maybe("BT_SNDMTU");
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 13; not on darwin, windows. */
export const BT_RCVMTU: number | undefined = maybe("BT_RCVMTU");
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 14; not on darwin, windows. */
export const BT_PHY: number | undefined = maybe("BT_PHY");
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 1; not on darwin, windows. */
export const BT_PHY_BR_1M_1SLOT: number | undefined = maybe(
  "BT_PHY_BR_1M_1SLOT",
);
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 2; not on darwin, windows. */
export const BT_PHY_BR_1M_3SLOT: number | undefined = maybe(
  "BT_PHY_BR_1M_3SLOT",
);
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 4; not on darwin, windows. */
export const BT_PHY_BR_1M_5SLOT: number | undefined = maybe(
  "BT_PHY_BR_1M_5SLOT",
);
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 8; not on darwin, windows. */
export const BT_PHY_EDR_2M_1SLOT: number | undefined = maybe(
  "BT_PHY_EDR_2M_1SLOT",
);
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 16; not on darwin, windows. */
export const BT_PHY_EDR_2M_3SLOT: number | undefined = maybe(
  "BT_PHY_EDR_2M_3SLOT",
);
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 32; not on darwin, windows. */
export const BT_PHY_EDR_2M_5SLOT: number | undefined = maybe(
  "BT_PHY_EDR_2M_5SLOT",
);
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 64; not on darwin, windows. */
export const BT_PHY_EDR_3M_1SLOT: number | undefined = maybe(
  "BT_PHY_EDR_3M_1SLOT",
);
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 128; not on darwin, windows. */
export const BT_PHY_EDR_3M_3SLOT: number | undefined = maybe(
  "BT_PHY_EDR_3M_3SLOT",
);
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 256; not on darwin, windows. */
export const BT_PHY_EDR_3M_5SLOT: number | undefined = maybe(
  "BT_PHY_EDR_3M_5SLOT",
);
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 512; not on darwin, windows. */
export const BT_PHY_LE_1M_TX: number | undefined = maybe("BT_PHY_LE_1M_TX");
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 1024; not on darwin, windows. */
export const BT_PHY_LE_1M_RX: number | undefined = maybe("BT_PHY_LE_1M_RX");
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 2048; not on darwin, windows. */
export const BT_PHY_LE_2M_TX: number | undefined = maybe("BT_PHY_LE_2M_TX");
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 4096; not on darwin, windows. */
export const BT_PHY_LE_2M_RX: number | undefined = maybe("BT_PHY_LE_2M_RX");
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 8192; not on darwin, windows. */
export const BT_PHY_LE_CODED_TX: number | undefined = maybe(
  "BT_PHY_LE_CODED_TX",
);
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 16384; not on darwin, windows. */
export const BT_PHY_LE_CODED_RX: number | undefined = maybe(
  "BT_PHY_LE_CODED_RX",
);
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 15; not on darwin, windows. */
export const BT_MODE: number | undefined = maybe("BT_MODE");
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 0; not on darwin, windows. */
export const BT_MODE_BASIC: number | undefined = maybe("BT_MODE_BASIC");
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 1; not on darwin, windows. */
export const BT_MODE_ERTM: number | undefined = maybe("BT_MODE_ERTM");
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 2; not on darwin, windows. */
export const BT_MODE_STREAMING: number | undefined = maybe("BT_MODE_STREAMING");
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 3; not on darwin, windows. */
export const BT_MODE_LE_FLOWCTL: number | undefined = maybe(
  "BT_MODE_LE_FLOWCTL",
);
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 4; not on darwin, windows. */
export const BT_MODE_EXT_FLOWCTL: number | undefined = maybe(
  "BT_MODE_EXT_FLOWCTL",
);
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 16; not on darwin, windows. */
export const BT_PKT_STATUS: number | undefined = maybe("BT_PKT_STATUS");
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 17; not on darwin, windows. */
export const BT_ISO_QOS: number | undefined = maybe("BT_ISO_QOS");
/** Bluetooth option at level `SOL_BLUETOOTH`, or one of its values: linux 19; not on darwin, windows. */
export const BT_CODEC: number | undefined = maybe("BT_CODEC");
