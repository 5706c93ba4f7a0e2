/**
 * AF_HYPERV (Windows, Hyper-V sockets): `[vm_id, service_id]` ↔
 * `SOCKADDR_HV`, as CPython 3.12+ packs it: two GUID strings
 * (`"a42e7cda-d03f-480c-9cc2-a4de20abb878"`), parsed as `UuidFromStringW`
 * parses them (36 characters, either case) and given back as
 * `UuidToStringW` writes them (lower case). The socket's protocol must be
 * `HV_PROTOCOL_RAW`.
 *
 * The family is absent on other systems: there `hypervCodec.family` and
 * the `HV_GUID_*` strings are `undefined` and the codec is not registered.
 *
 * @module
 */
import { constants, layout, type StructLayout } from "../platform/mod.ts";
import { error } from "../socket/errors.ts";
import type { AddressCodec, SockaddrBuffer } from "./codec.ts";
import type { HyperVAddress } from "./types.ts";
import { described } from "./_struct.ts";

const HYPERV = constants.AF_HYPERV !== undefined;

/** A GUID string where AF_HYPERV exists, else `undefined`. */
function guid(text: string): string | undefined {
  return HYPERV ? text : undefined;
}

/**
 * The null VM id (hvsocket.h `HV_GUID_ZERO`, as CPython spells it): Windows `"00000000-0000-0000-0000-000000000000"`; `undefined` on Linux and macOS.
 *
 * @example The `HV_GUID_*` strings, and an address made with one
 * ```ts
 * import { HV_GUID_PARENT, HV_GUID_ZERO, type HyperVAddress } from "@berkeley/socket";
 * console.log(HV_GUID_ZERO); // "00000000-0000-0000-0000-000000000000" on Windows; undefined elsewhere
 * if (HV_GUID_PARENT !== undefined) {
 *   // A service of the parent partition: its service id is the application's own.
 *   const address: HyperVAddress = [HV_GUID_PARENT, "6f3bbd64-8b13-4f20-a1c6-93f77f6ab20e"];
 *   console.log(address);
 * }
 * ```
 */
export const HV_GUID_ZERO: string | undefined = guid(
  "00000000-0000-0000-0000-000000000000",
);
/** Bind to accept connections from every partition, the same GUID as `HV_GUID_ZERO` (hvsocket.h `HV_GUID_WILDCARD`, as CPython spells it): Windows `"00000000-0000-0000-0000-000000000000"`; `undefined` on Linux and macOS. */
export const HV_GUID_WILDCARD: string | undefined = guid(
  "00000000-0000-0000-0000-000000000000",
);
/** Every partition (hvsocket.h `HV_GUID_BROADCAST`, as CPython spells it): Windows `"FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF"`; `undefined` on Linux and macOS. */
export const HV_GUID_BROADCAST: string | undefined = guid(
  "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
);
/** Bind to accept connections from child partitions (hvsocket.h `HV_GUID_CHILDREN`, as CPython spells it): Windows `"90DB8B89-0D35-4F79-8CE9-49EA0AC8B7CD"`; `undefined` on Linux and macOS. */
export const HV_GUID_CHILDREN: string | undefined = guid(
  "90DB8B89-0D35-4F79-8CE9-49EA0AC8B7CD",
);
/** This partition itself, as a target (hvsocket.h `HV_GUID_LOOPBACK`, as CPython spells it): Windows `"E0E16197-DD56-4A10-9195-5EE7A155A838"`; `undefined` on Linux and macOS. */
export const HV_GUID_LOOPBACK: string | undefined = guid(
  "E0E16197-DD56-4A10-9195-5EE7A155A838",
);
/** The parent partition (hvsocket.h `HV_GUID_PARENT`, as CPython spells it): Windows `"A42E7CDA-D03F-480C-9CC2-A4DE20ABB878"`; `undefined` on Linux and macOS. */
export const HV_GUID_PARENT: string | undefined = guid(
  "A42E7CDA-D03F-480C-9CC2-A4DE20ABB878",
);

let cached: StructLayout | undefined;

/** `SOCKADDR_HV`, looked up on first use (Windows only). */
function hv(): StructLayout {
  return cached ??= layout("SOCKADDR_HV");
}

const GUID_TEXT =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The offset of field `name` of `L`, or a clear error. */
function offset(L: StructLayout, name: string): number {
  const field = L.fields[name];
  if (!field) throw new Error(`SOCKADDR_HV has no field ${name}`);
  return field[0];
}

/** `value`, an element of an address, if it is a string; else a TypeError naming `what`. */
function guidString(value: unknown, what: string): string {
  if (typeof value !== "string") {
    throw new TypeError(`${what} must be a string, got ${described(value)}`);
  }
  return value;
}

/**
 * Writes GUID string `text` at byte `at` of `view` as a `GUID` lies in
 * memory (`UuidFromStringW`): Data1 (32 bits), Data2 and Data3 (16 bits
 * each) little-endian (Windows' order), then the 8 bytes of Data4 as
 * written.
 */
function writeGuid(
  view: DataView,
  at: number,
  text: string,
  what: string,
): void {
  if (!GUID_TEXT.test(text)) {
    throw new RangeError(
      `${what} is not a valid UUID string, got ${JSON.stringify(text)}`,
    );
  }
  const hex = text.replaceAll("-", "");
  view.setUint32(at, parseInt(hex.slice(0, 8), 16), true);
  view.setUint16(at + 4, parseInt(hex.slice(8, 12), 16), true);
  view.setUint16(at + 6, parseInt(hex.slice(12, 16), 16), true);
  for (let i = 0; i < 8; i++) {
    view.setUint8(at + 8 + i, parseInt(hex.slice(16 + 2 * i, 18 + 2 * i), 16));
  }
}

function hex(n: number, digits: number): string {
  return n.toString(16).padStart(digits, "0");
}

/** The GUID at byte `at` of `view` as `UuidToStringW` writes it. */
function readGuid(view: DataView, at: number): string {
  let d4 = "";
  for (let i = 0; i < 8; i++) {
    d4 += hex(view.getUint8(at + 8 + i), 2);
    if (i === 1) d4 += "-";
  }
  return `${hex(view.getUint32(at, true), 8)}-${
    hex(view.getUint16(at + 4, true), 4)
  }-${hex(view.getUint16(at + 6, true), 4)}-${d4}`;
}

/**
 * Packs `[vm_id, service_id]` into `view` as the `SOCKADDR_HV` of layout
 * `L` (family `family`), as CPython's `getsockaddrarg` does; returns its
 * size. The codec calls it with the running platform's layout; tests with
 * Windows' on any platform.
 *
 * @example Packing an address with Windows' layout
 * ```ts
 * import { layouts } from "../platform/windows.ts";
 * import { packHyperV } from "./hyperv.ts";
 * const view = new DataView(new ArrayBuffer(36));
 * packHyperV(
 *   ["A42E7CDA-D03F-480C-9CC2-A4DE20ABB878", "00000000-facb-11e6-bd58-64006a7986d3"],
 *   view,
 *   layouts.SOCKADDR_HV,
 *   34,
 *   "connect()",
 * );
 * console.log(new Uint8Array(view.buffer, 4, 4)); // Uint8Array [218, 124, 46, 164]
 * ```
 */
export function packHyperV(
  address: unknown,
  view: DataView,
  L: StructLayout,
  family: number,
  method: string,
): number {
  if (!Array.isArray(address)) {
    throw new TypeError(
      `${method}: AF_HYPERV address must be an array, got ${
        described(address)
      }`,
    );
  }
  if (address.length !== 2) {
    throw new TypeError(
      `${method}: AF_HYPERV address must be a pair [vm_id, service_id], got ${address.length} elements`,
    );
  }
  const vmId = guidString(address[0], `${method}: AF_HYPERV address vm_id`);
  const serviceId = guidString(
    address[1],
    `${method}: AF_HYPERV address service_id`,
  );
  new Uint8Array(view.buffer, view.byteOffset, L.size).fill(0);
  writeGuid(
    view,
    offset(L, "VmId"),
    vmId,
    `${method}: AF_HYPERV address vm_id`,
  );
  writeGuid(
    view,
    offset(L, "ServiceId"),
    serviceId,
    `${method}: AF_HYPERV address service_id`,
  );
  view.setUint16(offset(L, "Family"), family, true);
  return L.size;
}

/**
 * Unpacks the `SOCKADDR_HV` of layout `L` in `view` (`length` bytes; a
 * short one reads as zeros past its end) as CPython's `makesockaddr`:
 * `[vm_id, service_id]`, lower case.
 *
 * @example Unpacking an address with Windows' layout
 * ```ts
 * import { layouts } from "../platform/windows.ts";
 * import { unpackHyperV } from "./hyperv.ts";
 * const view = new DataView(new ArrayBuffer(36));
 * console.log(unpackHyperV(view, 36, layouts.SOCKADDR_HV)[0]); // "00000000-0000-0000-0000-000000000000"
 * ```
 */
export function unpackHyperV(
  view: DataView,
  length: number,
  L: StructLayout,
): HyperVAddress {
  const bytes = new Uint8Array(L.size);
  bytes.set(
    new Uint8Array(view.buffer, view.byteOffset, Math.min(length, L.size)),
  );
  const copy = new DataView(bytes.buffer);
  return [
    readGuid(copy, offset(L, "VmId")),
    readGuid(copy, offset(L, "ServiceId")),
  ];
}

/**
 * The AF_HYPERV codec: `[vm_id, service_id]`.
 *
 * @example Listening for the parent partition (on a Hyper-V guest)
 * ```ts ignore
 * import {
 *   AF_HYPERV,
 *   HV_GUID_PARENT,
 *   HV_PROTOCOL_RAW,
 *   SOCK_STREAM,
 *   socket,
 * } from "@berkeley/socket";
 * if (AF_HYPERV !== undefined && HV_GUID_PARENT !== undefined) {
 *   using s = socket(AF_HYPERV, SOCK_STREAM, HV_PROTOCOL_RAW);
 *   s.bind([HV_GUID_PARENT, "6f3bbd64-8b13-4f20-a1c6-93f77f6ab20e"]);
 *   s.listen(1);
 * }
 * ```
 *
 * @example Packing an address by hand (Windows)
 * ```ts ignore
 * import { SockaddrBuffer } from "./codec.ts";
 * import { hypervCodec } from "./hyperv.ts";
 * const buf = new SockaddrBuffer(128);
 * const length = hypervCodec.encode(
 *   ["A42E7CDA-D03F-480C-9CC2-A4DE20ABB878", "00000000-facb-11e6-bd58-64006a7986d3"],
 *   buf,
 *   "connect()",
 *   1,
 * );
 * console.log(length, hypervCodec.decode(buf, length));
 * // 36 ["a42e7cda-d03f-480c-9cc2-a4de20abb878", "00000000-facb-11e6-bd58-64006a7986d3"]
 * ```
 */
export const hypervCodec: AddressCodec = {
  family: constants.AF_HYPERV,
  encode(
    address: unknown,
    out: SockaddrBuffer,
    method: string,
    proto = 0,
  ): number {
    if (proto !== constants.HV_PROTOCOL_RAW) {
      throw new error(`${method}: unsupported AF_HYPERV protocol: ${proto}`);
    }
    return packHyperV(
      address,
      out.view,
      hv(),
      constants.AF_HYPERV ?? 0,
      method,
    );
  },
  decode(buf: SockaddrBuffer, length: number): HyperVAddress {
    return unpackHyperV(buf.view, length, hv());
  },
};
