/**
 * AF_PACKET (Linux): `[ifname, proto, pkttype?, hatype?, addr?]` ↔
 * `struct sockaddr_ll`, as CPython packs it:
 *
 * - `ifname` is an interface name, looked up with `if_nametoindex`; an
 *   unknown name raises `error` (ENODEV, `[Errno 19] No such device`);
 * - `proto` is an Ethernet protocol number (`ETH_P_*`) in host byte order,
 *   stored in network byte order;
 * - `pkttype` (default `PACKET_HOST`) and `hatype` (default 0) are stored
 *   as they are;
 * - `addr` is the hardware address, at most 8 bytes.
 *
 * Decoding always gives five elements; the interface name is `""` when the
 * index is 0 or names no interface.
 *
 * The family is absent on other systems: there `packetCodec.family` is
 * `undefined`, the codec is not registered, and the layout is never looked
 * up.
 *
 * @module
 */
import { cString, isNull } from "../ffi/mod.ts";
import {
  constants,
  errno,
  lastErrno,
  layout,
  type LayoutOf,
  lib,
} from "../platform/mod.ts";
import { errorFromErrno } from "../socket/errors.ts";
import type { AddressCodec, SockaddrBuffer } from "./codec.ts";
import type { PacketAddress } from "./types.ts";
import {
  checkRange,
  described,
  LITTLE_ENDIAN,
  writeFamily,
} from "./_struct.ts";

let cached: LayoutOf<"sockaddr_ll"> | undefined;

/** `struct sockaddr_ll`, looked up on first use (Linux only). */
function ll(): LayoutOf<"sockaddr_ll"> {
  return cached ??= layout("sockaddr_ll");
}

/** `IF_NAMESIZE` from `<net/if.h>` (16 on glibc and musl), plus room for the NUL. */
const nameBuffer = new Uint8Array((constants.IF_NAMESIZE ?? 16) + 1);
const decoder = new TextDecoder();

/** The index of interface `name`; an unknown name raises `error` (ENODEV). */
function interfaceIndex(name: unknown, method: string): number {
  if (typeof name !== "string") {
    throw new TypeError(
      `${method}: AF_PACKET interface name must be a string, got ${
        described(name)
      }`,
    );
  }
  const index =
    lib.if_nametoindex(cString(name, `${method}: interface name`)) >>> 0;
  if (index === 0) {
    // if_nametoindex() leaves the errno of its SIOCGIFINDEX ioctl (ENODEV for
    // an unknown name, as CPython's own ioctl reports).
    const err = lastErrno();
    throw errorFromErrno(err > 0 ? err : errno.ENODEV);
  }
  return index;
}

/** The name of interface `index`, or `""` (CPython's `makesockaddr`). */
function interfaceName(index: number): string {
  if (index === 0) return "";
  nameBuffer.fill(0);
  if (isNull(lib.if_indextoname(index, nameBuffer))) return "";
  const end = nameBuffer.indexOf(0);
  return decoder.decode(
    nameBuffer.subarray(0, end < 0 ? nameBuffer.length : end),
  );
}

/**
 * The AF_PACKET codec.
 *
 * @example Sending a frame on the loopback interface and reading it back (needs CAP_NET_RAW)
 * ```ts
 * import { AF_PACKET, htons, SOCK_RAW, socket } from "@berkeley/socket";
 * if (AF_PACKET === undefined) throw new Error("AF_PACKET is Linux only");
 * const ETH_P_TEST = 0x88b5; // IEEE 802 local experimental EtherType
 * using rx = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_TEST));
 * rx.bind(["lo", ETH_P_TEST]);
 * rx.settimeout(5);
 * using tx = socket(AF_PACKET, SOCK_RAW);
 * const frame = new Uint8Array(60); // zero MAC addresses, then the EtherType
 * frame.set([0x88, 0xb5], 12);
 * tx.sendto(frame, ["lo", ETH_P_TEST]);
 * const [data, address] = rx.recvfrom(2048);
 * console.log(data.length, address); // 60 ["lo", 34997, 0, 772, Uint8Array(6)]
 * ```
 *
 * @example Packing an address by hand
 * ```ts
 * import { SockaddrBuffer } from "./codec.ts";
 * import { packetCodec } from "./packet.ts";
 * const buf = new SockaddrBuffer(128);
 * const length = packetCodec.encode(["lo", 0x0800], buf, "bind()");
 * console.log(length, packetCodec.decode(buf, length)); // 20 ["lo", 2048, 0, 0, Uint8Array(0)]
 * ```
 */
export const packetCodec: AddressCodec = {
  family: constants.AF_PACKET,
  encode(address: unknown, out: SockaddrBuffer, method: string): number {
    if (!Array.isArray(address)) {
      throw new TypeError(
        `${method}: AF_PACKET address must be an array, got ${
          described(address)
        }`,
      );
    }
    if (address.length < 2 || address.length > 5) {
      throw new TypeError(
        `${method}: AF_PACKET address must be an array of two to five elements, got ${address.length}`,
      );
    }
    const proto = checkRange(address[1], `${method}: proto`, 0, 0xffff);
    const pkttype = address.length > 2
      ? checkRange(address[2], `${method}: pkttype`, 0, 0xff)
      : constants.PACKET_HOST;
    const hatype = address.length > 3
      ? checkRange(address[3], `${method}: hatype`, 0, 0xffff)
      : 0;
    let haddr: Uint8Array | undefined;
    if (address.length > 4) {
      if (!(address[4] instanceof Uint8Array)) {
        throw new TypeError(
          `${method}: hardware address must be a bytes-like object, got ${
            described(address[4])
          }`,
        );
      }
      haddr = address[4];
      if (haddr.length > 8) {
        throw new RangeError(
          `${method}: hardware address must be 8 bytes or less, got ${haddr.length}`,
        );
      }
    }
    const index = interfaceIndex(address[0], method);
    const L = ll();
    const view = out.view;
    out.bytes.fill(0, 0, L.size);
    writeFamily(view, constants.AF_PACKET, L.size);
    view.setUint16(L.fields.sll_protocol[0], proto, false);
    view.setInt32(L.fields.sll_ifindex[0], index, LITTLE_ENDIAN);
    view.setUint16(L.fields.sll_hatype[0], hatype, LITTLE_ENDIAN);
    view.setUint8(L.fields.sll_pkttype[0], pkttype);
    if (haddr) {
      view.setUint8(L.fields.sll_halen[0], haddr.length);
      out.bytes.set(haddr, L.fields.sll_addr[0]);
    }
    return L.size;
  },
  decode(buf: SockaddrBuffer, length: number): PacketAddress {
    const L = ll();
    const view = buf.view;
    const f = L.fields;
    // The kernel returns offsetof(sll_addr) + sll_halen bytes: 18 for
    // Ethernet, less than sizeof(struct sockaddr_ll).
    function has(field: readonly [number, number]): boolean {
      return field[0] + field[1] <= length;
    }
    const index = has(f.sll_ifindex)
      ? view.getInt32(f.sll_ifindex[0], LITTLE_ENDIAN) >>> 0
      : 0;
    const proto = has(f.sll_protocol)
      ? view.getUint16(f.sll_protocol[0], false)
      : 0;
    const pkttype = has(f.sll_pkttype) ? view.getUint8(f.sll_pkttype[0]) : 0;
    const hatype = has(f.sll_hatype)
      ? view.getUint16(f.sll_hatype[0], LITTLE_ENDIAN)
      : 0;
    const halen = has(f.sll_halen) ? view.getUint8(f.sll_halen[0]) : 0;
    const [ADDR_AT, ADDR_SIZE] = f.sll_addr;
    const end = Math.max(
      ADDR_AT,
      Math.min(ADDR_AT + halen, ADDR_AT + ADDR_SIZE, length),
    );
    return [
      interfaceName(index),
      proto,
      pkttype,
      hatype,
      buf.bytes.slice(ADDR_AT, end),
    ];
  },
};
