/**
 * AF_CAN (Linux): `struct sockaddr_can`, whose shape depends on the
 * socket's protocol, as in CPython's `getsockaddrarg` and `makesockaddr`:
 *
 * | protocol | address |
 * | --- | --- |
 * | `CAN_RAW`, `CAN_BCM` | `[ifname]` |
 * | `CAN_ISOTP` | `[ifname, rx_addr, tx_addr]` (CAN identifiers) |
 * | `CAN_J1939` | `[ifname, name, pgn, addr]` |
 *
 * `ifname` is an interface name (`string` or `Uint8Array`), `""` for every
 * interface (index 0); a name of 16 bytes or more raises `error` ("AF_CAN
 * interface name too long"), an unknown one `error` ENODEV. A J1939 `name`
 * is a 64-bit number: `number` (a safe integer) or `bigint` on input,
 * always `bigint` on output, so that every value comes back exactly.
 *
 * The family is absent on other systems: there `canCodec.family` is
 * `undefined`, the codec is not registered, and the layout is never looked
 * up.
 *
 * @module
 */
import { isNull } from "../ffi/mod.ts";
import {
  constants,
  errno,
  lastErrno,
  layout,
  type LayoutOf,
  lib,
} from "../platform/mod.ts";
import { error, errorFromErrno } from "../socket/errors.ts";
import type { AddressCodec, SockaddrBuffer } from "./codec.ts";
import type {
  CanIsotpAddress,
  CanJ1939Address,
  CanRawAddress,
} from "./types.ts";
import {
  checkRange,
  described,
  LITTLE_ENDIAN,
  writeFamily,
} from "./_struct.ts";

let cached: LayoutOf<"sockaddr_can"> | undefined;

/** `struct sockaddr_can`, looked up on first use (Linux only). */
function can(): LayoutOf<"sockaddr_can"> {
  return cached ??= layout("sockaddr_can");
}

/** `IFNAMSIZ`: bytes in an interface name, NUL included. */
const IFNAMSIZ = constants.IF_NAMESIZE ?? 16;
const nameBuffer = new Uint8Array(IFNAMSIZ + 1);
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The index of interface `name` (0 for `""`), as CPython finds it. */
function interfaceIndex(name: unknown, method: string): number {
  let bytes: Uint8Array;
  if (typeof name === "string") bytes = encoder.encode(name);
  else if (name instanceof Uint8Array) bytes = name;
  else {
    throw new TypeError(
      `${method}: AF_CAN interface name must be a string or a bytes-like object, got ${
        described(name)
      }`,
    );
  }
  if (bytes.includes(0)) {
    throw new TypeError(
      `${method}: AF_CAN interface name must not contain NUL`,
    );
  }
  if (bytes.length === 0) return 0;
  if (bytes.length >= IFNAMSIZ) {
    throw new error("AF_CAN interface name too long");
  }
  const z = new Uint8Array(bytes.length + 1);
  z.set(bytes);
  const index = lib.if_nametoindex(z) >>> 0;
  if (index === 0) {
    // if_nametoindex() leaves its SIOCGIFINDEX ioctl's errno (ENODEV).
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

/** A J1939 NAME: a 64-bit unsigned integer, as `number` or `bigint`. */
function checkName(value: unknown, what: string): bigint {
  if (typeof value === "bigint") {
    if (value < 0n || value > 0xffffffffffffffffn) {
      throw new RangeError(
        `${what} must be 0-18446744073709551615, got ${value}`,
      );
    }
    return value;
  }
  return BigInt(checkRange(value, what, 0, Number.MAX_SAFE_INTEGER));
}

/**
 * The AF_CAN codec: `[ifname]`, `[ifname, rx_addr, tx_addr]` or
 * `[ifname, name, pgn, addr]` by the socket's protocol.
 *
 * @example Sending a CAN frame on a virtual CAN interface, where the kernel has one
 * ```ts
 * import { AF_CAN, CAN_RAW, error, SOCK_RAW, socket } from "@berkeley/socket";
 * try {
 *   if (AF_CAN === undefined) throw new error("AF_CAN is not defined here");
 *   using s = socket(AF_CAN, SOCK_RAW, CAN_RAW);
 *   s.bind(["vcan0"]); // ip link add vcan0 type vcan; ip link set vcan0 up
 *   const frame = new Uint8Array(16); // struct can_frame
 *   new DataView(frame.buffer).setUint32(0, 0x123, true); // can_id
 *   frame[4] = 2; // len
 *   frame.set([0xbe, 0xef], 8);
 *   s.send(frame);
 * } catch (e) {
 *   if (e instanceof error) console.log(e.message); // no CAN module or no vcan0
 *   else throw e;
 * }
 * ```
 *
 * @example Packing an ISOTP address by hand
 * ```ts
 * import { SockaddrBuffer } from "./codec.ts";
 * import { canCodec } from "./can.ts";
 * const CAN_ISOTP = 6;
 * const buf = new SockaddrBuffer(128);
 * const length = canCodec.encode(["", 0x7e8, 0x7e0], buf, "bind()", CAN_ISOTP);
 * console.log(length, canCodec.decode(buf, length, CAN_ISOTP)); // 24 ["", 2024, 2016]
 * ```
 */
export const canCodec: AddressCodec = {
  family: constants.AF_CAN,
  encode(
    address: unknown,
    out: SockaddrBuffer,
    method: string,
    proto = 0,
  ): number {
    const L = can();
    const f = L.fields;
    const view = out.view;
    if (proto === constants.CAN_RAW || proto === constants.CAN_BCM) {
      if (!Array.isArray(address)) {
        throw new TypeError(
          `${method}: AF_CAN address must be an array, got ${
            described(address)
          }`,
        );
      }
      if (address.length !== 1) {
        throw new TypeError(
          `${method}: AF_CAN address must be an array [interface], got ${address.length} elements`,
        );
      }
      const index = interfaceIndex(address[0], method);
      out.bytes.fill(0, 0, L.size);
      writeFamily(view, constants.AF_CAN, L.size);
      view.setInt32(f.can_ifindex[0], index, LITTLE_ENDIAN);
      return L.size;
    }
    if (proto === constants.CAN_ISOTP) {
      if (!Array.isArray(address) || address.length !== 3) {
        throw new TypeError(
          `${method}: AF_CAN CAN_ISOTP address must be an array [interface, rx_addr, tx_addr], got ${
            Array.isArray(address)
              ? `${address.length} elements`
              : described(address)
          }`,
        );
      }
      const rx = checkRange(address[1], `${method}: rx_addr`, 0, 0xffffffff);
      const tx = checkRange(address[2], `${method}: tx_addr`, 0, 0xffffffff);
      const index = interfaceIndex(address[0], method);
      out.bytes.fill(0, 0, L.size);
      writeFamily(view, constants.AF_CAN, L.size);
      view.setInt32(f.can_ifindex[0], index, LITTLE_ENDIAN);
      view.setUint32(f["can_addr.tp.rx_id"][0], rx, LITTLE_ENDIAN);
      view.setUint32(f["can_addr.tp.tx_id"][0], tx, LITTLE_ENDIAN);
      return L.size;
    }
    if (proto === constants.CAN_J1939) {
      if (!Array.isArray(address) || address.length !== 4) {
        throw new TypeError(
          `${method}: AF_CAN CAN_J1939 address must be an array [interface, name, pgn, addr], got ${
            Array.isArray(address)
              ? `${address.length} elements`
              : described(address)
          }`,
        );
      }
      const name = checkName(address[1], `${method}: name`);
      const pgn = checkRange(address[2], `${method}: pgn`, 0, 0xffffffff);
      const addr = checkRange(address[3], `${method}: addr`, 0, 0xff);
      const index = interfaceIndex(address[0], method);
      out.bytes.fill(0, 0, L.size);
      writeFamily(view, constants.AF_CAN, L.size);
      view.setInt32(f.can_ifindex[0], index, LITTLE_ENDIAN);
      view.setBigUint64(f["can_addr.j1939.name"][0], name, LITTLE_ENDIAN);
      view.setUint32(f["can_addr.j1939.pgn"][0], pgn, LITTLE_ENDIAN);
      view.setUint8(f["can_addr.j1939.addr"][0], addr);
      return L.size;
    }
    // CPython: OSError("bind(): unsupported CAN protocol").
    throw new error(`${method}: unsupported CAN protocol`);
  },
  decode(
    buf: SockaddrBuffer,
    length: number,
    proto = 0,
  ): CanRawAddress | CanIsotpAddress | CanJ1939Address {
    const f = can().fields;
    const view = buf.view;
    function has(field: readonly [number, number]): boolean {
      return field[0] + field[1] <= length;
    }
    const ifname = interfaceName(
      has(f.can_ifindex)
        ? view.getInt32(f.can_ifindex[0], LITTLE_ENDIAN) >>> 0
        : 0,
    );
    function u32(field: readonly [number, number]): number {
      return has(field) ? view.getUint32(field[0], LITTLE_ENDIAN) : 0;
    }
    if (proto === constants.CAN_ISOTP) {
      return [ifname, u32(f["can_addr.tp.rx_id"]), u32(f["can_addr.tp.tx_id"])];
    }
    if (proto === constants.CAN_J1939) {
      const nameAt = f["can_addr.j1939.name"];
      const addrAt = f["can_addr.j1939.addr"];
      return [
        ifname,
        has(nameAt) ? view.getBigUint64(nameAt[0], LITTLE_ENDIAN) : 0n,
        u32(f["can_addr.j1939.pgn"]),
        has(addrAt) ? view.getUint8(addrAt[0]) : 0,
      ];
    }
    return [ifname];
  },
};
