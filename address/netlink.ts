/**
 * AF_NETLINK (Linux): `[pid, groups]` ↔ `struct sockaddr_nl`.
 *
 * The family is absent on other systems: there `netlinkCodec.family` is
 * `undefined`, the codec is not registered, and the layout is never looked
 * up.
 *
 * @module
 */
import { constants, layout, type LayoutOf } from "../platform/mod.ts";
import type { AddressCodec, SockaddrBuffer } from "./codec.ts";
import {
  checkRange,
  described,
  LITTLE_ENDIAN,
  writeFamily,
} from "./_struct.ts";

let cached: LayoutOf<"sockaddr_nl"> | undefined;

/** `struct sockaddr_nl`, looked up on first use (Linux only). */
function nl(): LayoutOf<"sockaddr_nl"> {
  return cached ??= layout("sockaddr_nl");
}

/**
 * The AF_NETLINK codec: `[pid, groups]`, both unsigned 32-bit integers,
 * as CPython's `(pid, groups)`. `pid` 0 lets the kernel choose the port
 * id on `bind()`, and addresses the kernel on `sendto()`; `groups` is the
 * multicast group bit mask.
 *
 * @example Binding a route netlink socket and reading the assigned port id
 * ```ts
 * import { AF_NETLINK, SOCK_RAW, socket } from "@berkeley/socket";
 * if (AF_NETLINK === undefined) throw new Error("AF_NETLINK is Linux only");
 * using s = socket(AF_NETLINK, SOCK_RAW, 0); // NETLINK_ROUTE is 0
 * s.bind([0, 0]);
 * const [pid, groups] = s.getsockname();
 * console.log(pid > 0, groups); // true 0
 * ```
 *
 * @example Packing an address by hand
 * ```ts
 * import { SockaddrBuffer } from "./codec.ts";
 * import { netlinkCodec } from "./netlink.ts";
 * const buf = new SockaddrBuffer(128);
 * const length = netlinkCodec.encode([1234, 1], buf, "bind()");
 * console.log(length, netlinkCodec.decode(buf, length)); // 12 [1234, 1]
 * ```
 */
export const netlinkCodec: AddressCodec = {
  family: constants.AF_NETLINK,
  encode(address: unknown, out: SockaddrBuffer, method: string): number {
    if (!Array.isArray(address)) {
      throw new TypeError(
        `${method}: AF_NETLINK address must be an array, got ${
          described(address)
        }`,
      );
    }
    if (address.length !== 2) {
      throw new TypeError(
        `${method}: AF_NETLINK address must be a pair [pid, groups], got ${address.length} elements`,
      );
    }
    const pid = checkRange(address[0], `${method}: pid`, 0, 0xffffffff);
    const groups = checkRange(address[1], `${method}: groups`, 0, 0xffffffff);
    const L = nl();
    out.bytes.fill(0, 0, L.size);
    writeFamily(out.view, constants.AF_NETLINK, L.size);
    out.view.setUint32(L.fields.nl_pid[0], pid, LITTLE_ENDIAN);
    out.view.setUint32(L.fields.nl_groups[0], groups, LITTLE_ENDIAN);
    return L.size;
  },
  decode(buf: SockaddrBuffer, length: number): [number, number] {
    const L = nl();
    const [PID_AT] = L.fields.nl_pid;
    const [GROUPS_AT] = L.fields.nl_groups;
    const pid = PID_AT + 4 <= length
      ? buf.view.getUint32(PID_AT, LITTLE_ENDIAN)
      : 0;
    const groups = GROUPS_AT + 4 <= length
      ? buf.view.getUint32(GROUPS_AT, LITTLE_ENDIAN)
      : 0;
    return [pid, groups];
  },
};
