/**
 * TIPC (`TIPC_*`, Linux): address types, scopes, options.
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
 * TIPC address type: linux 1; not on darwin, windows.
 *
 * @example Bind a TIPC service range (where the kernel has TIPC)
 * ```ts
 * import { AF_TIPC, SOCK_RDM, socket, TIPC_ADDR_NAMESEQ, TIPC_ZONE_SCOPE } from "@berkeley/socket";
 * if (AF_TIPC !== undefined && TIPC_ADDR_NAMESEQ !== undefined) {
 *   using s = socket(AF_TIPC, SOCK_RDM);
 *   s.bind([TIPC_ADDR_NAMESEQ, 18888, 17, 17, TIPC_ZONE_SCOPE ?? 1]);
 * }
 * ```
 */
export const TIPC_ADDR_NAMESEQ: number | undefined = maybe("TIPC_ADDR_NAMESEQ");
/** TIPC scope: linux 2; not on darwin, windows. */
export const TIPC_CLUSTER_SCOPE: number | undefined = maybe(
  "TIPC_CLUSTER_SCOPE",
);
/** TIPC scope: linux 3; not on darwin, windows. */
export const TIPC_NODE_SCOPE: number | undefined = maybe("TIPC_NODE_SCOPE");
/** TIPC constant (linux/tipc.h): linux 0; not on darwin, windows. */
export const TIPC_NODE_STATE: number | undefined = maybe("TIPC_NODE_STATE");
/** TIPC constant (linux/tipc.h): linux 1; not on darwin, windows. */
export const TIPC_TOP_SRV: number | undefined = maybe("TIPC_TOP_SRV");
/** TIPC constant (linux/tipc.h): linux 2; not on darwin, windows. */
export const TIPC_LINK_STATE: number | undefined = maybe("TIPC_LINK_STATE");
/** TIPC constant (linux/tipc.h): linux 64; not on darwin, windows. */
export const TIPC_RESERVED_TYPES: number | undefined = maybe(
  "TIPC_RESERVED_TYPES",
);
/** TIPC constant (linux/tipc.h): linux 66000; not on darwin, windows. */
export const TIPC_MAX_USER_MSG_SIZE: number | undefined = maybe(
  "TIPC_MAX_USER_MSG_SIZE",
);
/** TIPC message importance: linux 0; not on darwin, windows. */
export const TIPC_LOW_IMPORTANCE: number | undefined = maybe(
  "TIPC_LOW_IMPORTANCE",
);
/** TIPC message importance: linux 1; not on darwin, windows. */
export const TIPC_MEDIUM_IMPORTANCE: number | undefined = maybe(
  "TIPC_MEDIUM_IMPORTANCE",
);
/** TIPC message importance: linux 2; not on darwin, windows. */
export const TIPC_HIGH_IMPORTANCE: number | undefined = maybe(
  "TIPC_HIGH_IMPORTANCE",
);
/** TIPC message importance: linux 3; not on darwin, windows. */
export const TIPC_CRITICAL_IMPORTANCE: number | undefined = maybe(
  "TIPC_CRITICAL_IMPORTANCE",
);
/** TIPC constant (linux/tipc.h): linux 0; not on darwin, windows. */
export const TIPC_OK: number | undefined = maybe("TIPC_OK");
/** TIPC constant (linux/tipc.h): linux 1; not on darwin, windows. */
export const TIPC_ERR_NO_NAME: number | undefined = maybe("TIPC_ERR_NO_NAME");
/** TIPC constant (linux/tipc.h): linux 2; not on darwin, windows. */
export const TIPC_ERR_NO_PORT: number | undefined = maybe("TIPC_ERR_NO_PORT");
/** TIPC constant (linux/tipc.h): linux 3; not on darwin, windows. */
export const TIPC_ERR_NO_NODE: number | undefined = maybe("TIPC_ERR_NO_NODE");
/** TIPC constant (linux/tipc.h): linux 4; not on darwin, windows. */
export const TIPC_ERR_OVERLOAD: number | undefined = maybe("TIPC_ERR_OVERLOAD");
/** TIPC constant (linux/tipc.h): linux 5; not on darwin, windows. */
export const TIPC_CONN_SHUTDOWN: number | undefined = maybe(
  "TIPC_CONN_SHUTDOWN",
);
/** TIPC constant (linux/tipc.h): linux 1; not on darwin, windows. */
export const TIPC_SUB_PORTS: number | undefined = maybe("TIPC_SUB_PORTS");
/** TIPC constant (linux/tipc.h): linux 2; not on darwin, windows. */
export const TIPC_SUB_SERVICE: number | undefined = maybe("TIPC_SUB_SERVICE");
/** TIPC constant (linux/tipc.h): linux 4; not on darwin, windows. */
export const TIPC_SUB_CANCEL: number | undefined = maybe("TIPC_SUB_CANCEL");
/** TIPC constant (linux/tipc.h): linux -1; not on darwin, windows. */
export const TIPC_WAIT_FOREVER: number | undefined = maybe("TIPC_WAIT_FOREVER");
/** TIPC constant (linux/tipc.h): linux 1; not on darwin, windows. */
export const TIPC_PUBLISHED: number | undefined = maybe("TIPC_PUBLISHED");
/** TIPC constant (linux/tipc.h): linux 2; not on darwin, windows. */
export const TIPC_WITHDRAWN: number | undefined = maybe("TIPC_WITHDRAWN");
/** TIPC constant (linux/tipc.h): linux 3; not on darwin, windows. */
export const TIPC_SUBSCR_TIMEOUT: number | undefined = maybe(
  "TIPC_SUBSCR_TIMEOUT",
);
/** TIPC address type: linux 1; not on darwin, windows. */
export const TIPC_ADDR_MCAST: number | undefined = maybe("TIPC_ADDR_MCAST");
/** TIPC address type: linux 1; not on darwin, windows. */
export const TIPC_SERVICE_RANGE: number | undefined = maybe(
  "TIPC_SERVICE_RANGE",
);
/** TIPC address type: linux 2; not on darwin, windows. */
export const TIPC_SERVICE_ADDR: number | undefined = maybe("TIPC_SERVICE_ADDR");
/** TIPC address type: linux 3; not on darwin, windows. */
export const TIPC_SOCKET_ADDR: number | undefined = maybe("TIPC_SOCKET_ADDR");
/** TIPC constant (linux/tipc.h): linux 1; not on darwin, windows. */
export const TIPC_ERRINFO: number | undefined = maybe("TIPC_ERRINFO");
/** TIPC constant (linux/tipc.h): linux 2; not on darwin, windows. */
export const TIPC_RETDATA: number | undefined = maybe("TIPC_RETDATA");
/** TIPC constant (linux/tipc.h): linux 3; not on darwin, windows. */
export const TIPC_DESTNAME: number | undefined = maybe("TIPC_DESTNAME");
/** TIPC constant (linux/tipc.h): linux 127; not on darwin, windows. */
export const TIPC_IMPORTANCE: number | undefined = maybe("TIPC_IMPORTANCE");
/** TIPC constant (linux/tipc.h): linux 128; not on darwin, windows. */
export const TIPC_SRC_DROPPABLE: number | undefined = maybe(
  "TIPC_SRC_DROPPABLE",
);
/** TIPC constant (linux/tipc.h): linux 129; not on darwin, windows. */
export const TIPC_DEST_DROPPABLE: number | undefined = maybe(
  "TIPC_DEST_DROPPABLE",
);
/** TIPC constant (linux/tipc.h): linux 130; not on darwin, windows. */
export const TIPC_CONN_TIMEOUT: number | undefined = maybe("TIPC_CONN_TIMEOUT");
/** TIPC constant (linux/tipc.h): linux 131; not on darwin, windows. */
export const TIPC_NODE_RECVQ_DEPTH: number | undefined = maybe(
  "TIPC_NODE_RECVQ_DEPTH",
);
/** TIPC constant (linux/tipc.h): linux 132; not on darwin, windows. */
export const TIPC_SOCK_RECVQ_DEPTH: number | undefined = maybe(
  "TIPC_SOCK_RECVQ_DEPTH",
);
/** TIPC constant (linux/tipc.h): linux 133; not on darwin, windows. */
export const TIPC_MCAST_BROADCAST: number | undefined = maybe(
  "TIPC_MCAST_BROADCAST",
);
/** TIPC constant (linux/tipc.h): linux 134; not on darwin, windows. */
export const TIPC_MCAST_REPLICAST: number | undefined = maybe(
  "TIPC_MCAST_REPLICAST",
);
/** TIPC constant (linux/tipc.h): linux 135; not on darwin, windows. */
export const TIPC_GROUP_JOIN: number | undefined = maybe("TIPC_GROUP_JOIN");
/** TIPC constant (linux/tipc.h): linux 136; not on darwin, windows. */
export const TIPC_GROUP_LEAVE: number | undefined = maybe("TIPC_GROUP_LEAVE");
/** TIPC constant (linux/tipc.h): linux 137; not on darwin, windows. */
export const TIPC_SOCK_RECVQ_USED: number | undefined = maybe(
  "TIPC_SOCK_RECVQ_USED",
);
/** TIPC constant (linux/tipc.h): linux 138; not on darwin, windows. */
export const TIPC_NODELAY: number | undefined = maybe("TIPC_NODELAY");
/** TIPC constant (linux/tipc.h): linux 1; not on darwin, windows. */
export const TIPC_GROUP_LOOPBACK: number | undefined = maybe(
  "TIPC_GROUP_LOOPBACK",
);
/** TIPC constant (linux/tipc.h): linux 2; not on darwin, windows. */
export const TIPC_GROUP_MEMBER_EVTS: number | undefined = maybe(
  "TIPC_GROUP_MEMBER_EVTS",
);
/** TIPC constant (linux/tipc.h): linux 16; not on darwin, windows. */
export const TIPC_NODEID_LEN: number | undefined = maybe("TIPC_NODEID_LEN");
/** TIPC constant (linux/tipc.h): linux 16; not on darwin, windows. */
export const TIPC_MAX_MEDIA_NAME: number | undefined = maybe(
  "TIPC_MAX_MEDIA_NAME",
);
/** TIPC constant (linux/tipc.h): linux 16; not on darwin, windows. */
export const TIPC_MAX_IF_NAME: number | undefined = maybe("TIPC_MAX_IF_NAME");
/** TIPC constant (linux/tipc.h): linux 32; not on darwin, windows. */
export const TIPC_MAX_BEARER_NAME: number | undefined = maybe(
  "TIPC_MAX_BEARER_NAME",
);
/** TIPC constant (linux/tipc.h): linux 68; not on darwin, windows. */
export const TIPC_MAX_LINK_NAME: number | undefined = maybe(
  "TIPC_MAX_LINK_NAME",
);
/** TIPC constant (linux/tipc.h): linux 32; not on darwin, windows. */
export const TIPC_AEAD_ALG_NAME: number | undefined = maybe(
  "TIPC_AEAD_ALG_NAME",
);
/** TIPC constant (linux/tipc.h): linux 20; not on darwin, windows. */
export const TIPC_AEAD_KEYLEN_MIN: number | undefined = maybe(
  "TIPC_AEAD_KEYLEN_MIN",
);
/** TIPC constant (linux/tipc.h): linux 36; not on darwin, windows. */
export const TIPC_AEAD_KEYLEN_MAX: number | undefined = maybe(
  "TIPC_AEAD_KEYLEN_MAX",
);
/** TIPC constant (linux/tipc.h): linux 72; not on darwin, windows. */
export const TIPC_AEAD_KEY_SIZE_MAX: number | undefined = maybe(
  "TIPC_AEAD_KEY_SIZE_MAX",
);
/** TIPC constant (linux/tipc.h): linux 4294967295; not on darwin, windows. */
export const TIPC_REKEYING_NOW: number | undefined = maybe("TIPC_REKEYING_NOW");
/** TIPC constant (linux/tipc.h): linux 0; not on darwin, windows. */
export const TIPC_CFG_SRV: number | undefined = maybe("TIPC_CFG_SRV");
/** TIPC scope: linux 1; not on darwin, windows. */
export const TIPC_ZONE_SCOPE: number | undefined = maybe("TIPC_ZONE_SCOPE");
/** TIPC address type: linux 2; not on darwin, windows. */
export const TIPC_ADDR_NAME: number | undefined = maybe("TIPC_ADDR_NAME");
/** TIPC address type: linux 3; not on darwin, windows. */
export const TIPC_ADDR_ID: number | undefined = maybe("TIPC_ADDR_ID");
/** TIPC constant (linux/tipc.h): linux 12; not on darwin, windows. */
export const TIPC_NODE_BITS: number | undefined = maybe("TIPC_NODE_BITS");
/** TIPC constant (linux/tipc.h): linux 12; not on darwin, windows. */
export const TIPC_CLUSTER_BITS: number | undefined = maybe("TIPC_CLUSTER_BITS");
/** TIPC constant (linux/tipc.h): linux 8; not on darwin, windows. */
export const TIPC_ZONE_BITS: number | undefined = maybe("TIPC_ZONE_BITS");
/** TIPC constant (linux/tipc.h): linux 0; not on darwin, windows. */
export const TIPC_NODE_OFFSET: number | undefined = maybe("TIPC_NODE_OFFSET");
/** TIPC constant (linux/tipc.h): linux 12; not on darwin, windows. */
export const TIPC_CLUSTER_OFFSET: number | undefined = maybe(
  "TIPC_CLUSTER_OFFSET",
);
/** TIPC constant (linux/tipc.h): linux 24; not on darwin, windows. */
export const TIPC_ZONE_OFFSET: number | undefined = maybe("TIPC_ZONE_OFFSET");
/** TIPC constant (linux/tipc.h): linux 4095; not on darwin, windows. */
export const TIPC_NODE_SIZE: number | undefined = maybe("TIPC_NODE_SIZE");
/** TIPC constant (linux/tipc.h): linux 4095; not on darwin, windows. */
export const TIPC_CLUSTER_SIZE: number | undefined = maybe("TIPC_CLUSTER_SIZE");
/** TIPC constant (linux/tipc.h): linux 255; not on darwin, windows. */
export const TIPC_ZONE_SIZE: number | undefined = maybe("TIPC_ZONE_SIZE");
/** TIPC constant (linux/tipc.h): linux 4095; not on darwin, windows. */
export const TIPC_NODE_MASK: number | undefined = maybe("TIPC_NODE_MASK");
/** TIPC constant (linux/tipc.h): linux 16773120; not on darwin, windows. */
export const TIPC_CLUSTER_MASK: number | undefined = maybe("TIPC_CLUSTER_MASK");
/** TIPC constant (linux/tipc.h): linux 4278190080; not on darwin, windows. */
export const TIPC_ZONE_MASK: number | undefined = maybe("TIPC_ZONE_MASK");
/** TIPC constant (linux/tipc.h): linux 4294963200; not on darwin, windows. */
export const TIPC_ZONE_CLUSTER_MASK: number | undefined = maybe(
  "TIPC_ZONE_CLUSTER_MASK",
);
