/**
 * AF_TIPC (Linux): `[addr_type, v1, v2, v3, scope?]` ↔
 * `struct sockaddr_tipc`, with CPython's meaning of each field:
 *
 * | addr_type | v1 | v2 | v3 |
 * | --- | --- | --- | --- |
 * | `TIPC_ADDR_NAMESEQ` | server type | lower port | upper port |
 * | `TIPC_ADDR_NAME` | server type | port (instance) | ignored (0) |
 * | `TIPC_ADDR_ID` | node | reference | ignored (0) |
 *
 * `scope` defaults to `TIPC_CLUSTER_SCOPE`. Decoding always gives five
 * elements; a TIPC_ADDR_NAME address comes back with the instance as both
 * v2 and v3, a TIPC_ADDR_ID address with v3 = 0, as in CPython.
 *
 * The family is absent on other systems: there `tipcCodec.family` is
 * `undefined`, the codec is not registered, and the layout is never looked
 * up.
 *
 * @module
 */
import { constants, layout, type LayoutOf } from "../platform/mod.ts";
import type { AddressCodec, SockaddrBuffer } from "./codec.ts";
import {
  checkInteger,
  checkRange,
  described,
  LITTLE_ENDIAN,
  writeFamily,
} from "./_struct.ts";

let cached: LayoutOf<"sockaddr_tipc"> | undefined;

/** `struct sockaddr_tipc`, looked up on first use (Linux only). */
function tipc(): LayoutOf<"sockaddr_tipc"> {
  return cached ??= layout("sockaddr_tipc");
}

// Offsets inside the `addr` union, from <linux/tipc.h>:
//   struct tipc_socket_addr  { __u32 ref; __u32 node; };          (id)
//   struct tipc_service_range { __u32 type; __u32 lower; __u32 upper; }; (nameseq)
//   struct { struct tipc_service_addr { __u32 type; __u32 instance; } name;
//            __u32 domain; } name;
const ID_REF = 0;
const ID_NODE = 4;
const SEQ_TYPE = 0;
const SEQ_LOWER = 4;
const SEQ_UPPER = 8;
const NAME_TYPE = 0;
const NAME_INSTANCE = 4;

/**
 * The AF_TIPC codec: `[addr_type, v1, v2, v3, scope?]`.
 *
 * @example Binding a TIPC service, where the kernel has TIPC
 * ```ts
 * import {
 *   AF_TIPC,
 *   error,
 *   SOCK_RDM,
 *   socket,
 *   TIPC_ADDR_NAME,
 *   TIPC_NODE_SCOPE,
 * } from "@berkeley/socket";
 * try {
 *   if (
 *     AF_TIPC === undefined || TIPC_ADDR_NAME === undefined ||
 *     TIPC_NODE_SCOPE === undefined
 *   ) throw new error("TIPC is not defined here");
 *   using s = socket(AF_TIPC, SOCK_RDM);
 *   s.bind([TIPC_ADDR_NAME, 18888, 17, 0, TIPC_NODE_SCOPE]);
 *   console.log(s.getsockname());
 * } catch (e) {
 *   // Without the tipc module: [Errno 97] Address family not supported by protocol
 *   if (e instanceof error) console.log(e.message);
 *   else throw e;
 * }
 * ```
 *
 * @example Packing an address by hand
 * ```ts
 * import { SockaddrBuffer } from "./codec.ts";
 * import { tipcCodec } from "./tipc.ts";
 * const buf = new SockaddrBuffer(128);
 * const length = tipcCodec.encode([1, 18888, 10, 20], buf, "bind()");
 * console.log(length, tipcCodec.decode(buf, length)); // 16 [1, 18888, 10, 20, 2]
 * ```
 */
export const tipcCodec: AddressCodec = {
  family: constants.AF_TIPC,
  encode(address: unknown, out: SockaddrBuffer, method: string): number {
    if (!Array.isArray(address)) {
      throw new TypeError(
        `${method}: AF_TIPC address must be an array, got ${
          described(address)
        }`,
      );
    }
    if (address.length < 4 || address.length > 5) {
      throw new TypeError(
        `${method}: AF_TIPC address must be an array [addr_type, v1, v2, v3, scope?], got ${address.length} elements`,
      );
    }
    const addrType = checkRange(
      address[0],
      `${method}: addr_type`,
      0,
      0xffffffff,
    );
    const v1 = checkRange(address[1], `${method}: v1`, 0, 0xffffffff);
    const v2 = checkRange(address[2], `${method}: v2`, 0, 0xffffffff);
    const v3 = checkRange(address[3], `${method}: v3`, 0, 0xffffffff);
    let scope = constants.TIPC_CLUSTER_SCOPE;
    if (address.length > 4) {
      scope = checkInteger(address[4], `${method}: scope`);
      // sockaddr_tipc.scope is a signed char.
      if (scope < -128 || scope > 127) {
        throw new RangeError(`${method}: scope must be -128-127, got ${scope}`);
      }
    }
    const L = tipc();
    const at = L.fields.addr[0];
    const view = out.view;
    out.bytes.fill(0, 0, L.size);
    if (addrType === constants.TIPC_ADDR_NAMESEQ) {
      view.setUint32(at + SEQ_TYPE, v1, LITTLE_ENDIAN);
      view.setUint32(at + SEQ_LOWER, v2, LITTLE_ENDIAN);
      view.setUint32(at + SEQ_UPPER, v3, LITTLE_ENDIAN);
    } else if (addrType === constants.TIPC_ADDR_NAME) {
      view.setUint32(at + NAME_TYPE, v1, LITTLE_ENDIAN);
      view.setUint32(at + NAME_INSTANCE, v2, LITTLE_ENDIAN);
    } else if (addrType === constants.TIPC_ADDR_ID) {
      view.setUint32(at + ID_NODE, v1, LITTLE_ENDIAN);
      view.setUint32(at + ID_REF, v2, LITTLE_ENDIAN);
    } else {
      // CPython: TypeError("Invalid address type").
      throw new TypeError(
        `${method}: invalid TIPC address type, got ${addrType}`,
      );
    }
    writeFamily(view, constants.AF_TIPC, L.size);
    view.setUint8(L.fields.addrtype[0], addrType);
    view.setInt8(L.fields.scope[0], scope);
    return L.size;
  },
  decode(
    buf: SockaddrBuffer,
    length: number,
  ): [number, number, number, number, number] {
    const L = tipc();
    const view = buf.view;
    const at = L.fields.addr[0];
    function u32(offset: number): number {
      return at + offset + 4 <= length
        ? view.getUint32(at + offset, LITTLE_ENDIAN)
        : 0;
    }
    const addrType = L.fields.addrtype[0] < length
      ? view.getUint8(L.fields.addrtype[0])
      : 0;
    const scope = L.fields.scope[0] < length
      ? view.getInt8(L.fields.scope[0])
      : 0;
    if (addrType === constants.TIPC_ADDR_NAMESEQ) {
      return [addrType, u32(SEQ_TYPE), u32(SEQ_LOWER), u32(SEQ_UPPER), scope];
    }
    if (addrType === constants.TIPC_ADDR_NAME) {
      const instance = u32(NAME_INSTANCE);
      return [addrType, u32(NAME_TYPE), instance, instance, scope];
    }
    if (addrType === constants.TIPC_ADDR_ID) {
      return [addrType, u32(ID_NODE), u32(ID_REF), 0, scope];
    }
    // CPython: ValueError("Invalid address type").
    throw new RangeError(`Invalid TIPC address type, got ${addrType}`);
  },
};
