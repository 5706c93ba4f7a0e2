/**
 * AF_VSOCK (Linux, virtual machine sockets): `[cid, port]` ↔
 * `struct sockaddr_vm`, as CPython packs it. `cid` is a context id
 * (`VMADDR_CID_ANY`, `VMADDR_CID_LOCAL` for loopback, `VMADDR_CID_HOST`,
 * or a guest's), `port` a 32-bit port (`VMADDR_PORT_ANY`).
 *
 * The family is absent on other systems: there `vsockCodec.family` is
 * `undefined` and the codec is not registered.
 *
 * @module
 */
import { constants, layout, type LayoutOf } from "../platform/mod.ts";
import type { AddressCodec, SockaddrBuffer } from "./codec.ts";
import type { VsockAddress } from "./types.ts";
import {
  checkRange,
  described,
  LITTLE_ENDIAN,
  writeFamily,
} from "./_struct.ts";

let cached: LayoutOf<"sockaddr_vm"> | undefined;

/** `struct sockaddr_vm`, looked up on first use (Linux only). */
function vm(): LayoutOf<"sockaddr_vm"> {
  return cached ??= layout("sockaddr_vm");
}

/**
 * The AF_VSOCK codec: `[cid, port]`.
 *
 * @example A vsock listener on the local context, where the kernel has vsock_loopback
 * ```ts
 * import {
 *   AF_VSOCK,
 *   error,
 *   SOCK_STREAM,
 *   socket,
 *   VMADDR_CID_LOCAL,
 *   VMADDR_PORT_ANY,
 * } from "@berkeley/socket";
 * try {
 *   if (AF_VSOCK === undefined) throw new error("AF_VSOCK is not defined here");
 *   using s = socket(AF_VSOCK, SOCK_STREAM);
 *   s.bind([VMADDR_CID_LOCAL ?? 1, VMADDR_PORT_ANY ?? 0xffffffff]);
 *   s.listen(1);
 *   console.log(s.getsockname()); // [1, 1024...]
 * } catch (e) {
 *   if (e instanceof error) console.log(e.message); // no vsock transport
 *   else throw e;
 * }
 * ```
 *
 * @example Packing an address by hand
 * ```ts
 * import { SockaddrBuffer } from "./codec.ts";
 * import { vsockCodec } from "./vsock.ts";
 * const buf = new SockaddrBuffer(128);
 * const length = vsockCodec.encode([2, 5000], buf, "connect()");
 * console.log(length, vsockCodec.decode(buf, length)); // 16 [2, 5000]
 * ```
 */
export const vsockCodec: AddressCodec = {
  family: constants.AF_VSOCK,
  encode(address: unknown, out: SockaddrBuffer, method: string): number {
    if (!Array.isArray(address)) {
      throw new TypeError(
        `${method}: AF_VSOCK address must be an array, got ${
          described(address)
        }`,
      );
    }
    if (address.length !== 2) {
      throw new TypeError(
        `${method}: AF_VSOCK address must be a pair [cid, port], got ${address.length} elements`,
      );
    }
    const cid = checkRange(address[0], `${method}: cid`, 0, 0xffffffff);
    const port = checkRange(address[1], `${method}: port`, 0, 0xffffffff);
    const L = vm();
    out.bytes.fill(0, 0, L.size);
    writeFamily(out.view, constants.AF_VSOCK, L.size);
    out.view.setUint32(L.fields.svm_cid[0], cid, LITTLE_ENDIAN);
    out.view.setUint32(L.fields.svm_port[0], port, LITTLE_ENDIAN);
    return L.size;
  },
  decode(buf: SockaddrBuffer, length: number): VsockAddress {
    const f = vm().fields;
    function u32(at: readonly [number, number]): number {
      return at[0] + at[1] <= length
        ? buf.view.getUint32(at[0], LITTLE_ENDIAN)
        : 0;
    }
    return [u32(f.svm_cid), u32(f.svm_port)];
  },
};
