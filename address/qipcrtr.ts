/**
 * AF_QIPCRTR (Linux, Qualcomm's IPC router): `[node, port]` ↔
 * `struct sockaddr_qrtr`, as CPython packs it.
 *
 * The family is absent on other systems: there `qipcrtrCodec.family` is
 * `undefined` and the codec is not registered.
 *
 * @module
 */
import { constants, layout, type LayoutOf } from "../platform/mod.ts";
import type { AddressCodec, SockaddrBuffer } from "./codec.ts";
import type { QipcrtrAddress } from "./types.ts";
import {
  checkRange,
  described,
  LITTLE_ENDIAN,
  writeFamily,
} from "./_struct.ts";

let cached: LayoutOf<"sockaddr_qrtr"> | undefined;

/** `struct sockaddr_qrtr`, looked up on first use (Linux only). */
function qrtr(): LayoutOf<"sockaddr_qrtr"> {
  return cached ??= layout("sockaddr_qrtr");
}

/**
 * The AF_QIPCRTR codec: `[node, port]`.
 *
 * @example The local node's address, where the kernel has qrtr
 * ```ts
 * import { AF_QIPCRTR, error, SOCK_DGRAM, socket } from "@berkeley/socket";
 * try {
 *   if (AF_QIPCRTR === undefined) throw new error("AF_QIPCRTR is not defined here");
 *   using s = socket(AF_QIPCRTR, SOCK_DGRAM);
 *   console.log(s.getsockname()); // [node, port]
 * } catch (e) {
 *   if (e instanceof error) console.log(e.message); // no qrtr module
 *   else throw e;
 * }
 * ```
 *
 * @example Packing an address by hand
 * ```ts
 * import { SockaddrBuffer } from "./codec.ts";
 * import { qipcrtrCodec } from "./qipcrtr.ts";
 * const buf = new SockaddrBuffer(128);
 * const length = qipcrtrCodec.encode([1, 0xfffffffe], buf, "sendto()");
 * console.log(length, qipcrtrCodec.decode(buf, length)); // 12 [1, 4294967294]
 * ```
 */
export const qipcrtrCodec: AddressCodec = {
  family: constants.AF_QIPCRTR,
  encode(address: unknown, out: SockaddrBuffer, method: string): number {
    if (!Array.isArray(address)) {
      throw new TypeError(
        `${method}: AF_QIPCRTR address must be an array, got ${
          described(address)
        }`,
      );
    }
    if (address.length !== 2) {
      throw new TypeError(
        `${method}: AF_QIPCRTR address must be a pair [node, port], got ${address.length} elements`,
      );
    }
    const node = checkRange(address[0], `${method}: node`, 0, 0xffffffff);
    const port = checkRange(address[1], `${method}: port`, 0, 0xffffffff);
    const L = qrtr();
    out.bytes.fill(0, 0, L.size);
    writeFamily(out.view, constants.AF_QIPCRTR, L.size);
    out.view.setUint32(L.fields.sq_node[0], node, LITTLE_ENDIAN);
    out.view.setUint32(L.fields.sq_port[0], port, LITTLE_ENDIAN);
    return L.size;
  },
  decode(buf: SockaddrBuffer, length: number): QipcrtrAddress {
    const f = qrtr().fields;
    function u32(at: readonly [number, number]): number {
      return at[0] + at[1] <= length
        ? buf.view.getUint32(at[0], LITTLE_ENDIAN)
        : 0;
    }
    return [u32(f.sq_node), u32(f.sq_port)];
  },
};
