/**
 * AF_INET6: `[host, port, flowinfo?, scope_id?]` ↔ `struct sockaddr_in6`.
 * A host may carry its scope as `"fe80::1%eth0"` or `"fe80::1%2"`.
 *
 * @module
 */
import { cString, readCString } from "../ffi/mod.ts";
import { constants, layout, lib } from "../platform/mod.ts";
import { error } from "../socket/errors.ts";
import type { AddressCodec, SockaddrBuffer } from "./codec.ts";
import { resolveHostFull } from "./_resolve.ts";
import {
  checkInteger,
  checkPort,
  described,
  LITTLE_ENDIAN,
  writeFamily,
} from "./_struct.ts";

const L = layout("sockaddr_in6");
const PORT_AT = L.fields.sin6_port[0];
const FLOW_AT = L.fields.sin6_flowinfo[0];
const ADDR_AT = L.fields.sin6_addr[0];
const SCOPE_AT = L.fields.sin6_scope_id[0];
const text = new Uint8Array(64);

/** Writes the IPv6 address `host` names at `at`; returns its scope id. */
function packIPv6Host(
  host: unknown,
  out: SockaddrBuffer,
  method: string,
): number {
  if (typeof host !== "string") {
    throw new TypeError(
      `${method}: host must be a string, got ${described(host)}`,
    );
  }
  let name = host;
  let scope = 0;
  const percent = host.indexOf("%");
  if (percent >= 0) {
    name = host.slice(0, percent);
    const zone = host.slice(percent + 1);
    scope = /^[0-9]+$/.test(zone)
      ? Number(zone)
      : lib.if_nametoindex(cString(zone, `${method}: scope`));
    if (scope === 0 || scope > 0xffffffff) {
      throw new error(`${method}: unknown IPv6 scope "${zone}"`);
    }
  }
  const at = out.bytes.subarray(ADDR_AT, ADDR_AT + 16);
  if (
    name === "" ||
    lib.inet_pton(constants.AF_INET6, cString(name, `${method}: host`), at) !==
      1
  ) {
    const found = resolveHostFull(
      name === "" ? "::" : name,
      constants.AF_INET6,
    );
    at.set(found.packed);
    if (scope === 0) scope = found.scopeId;
  }
  return scope;
}

/**
 * Formats 16 bytes at `at` in the canonical IPv6 text form. The bytes are a
 * `sockaddr_in6`'s address, so what follows them (the scope id) is the room
 * that Wine's `inet_ntop` reads past an address ending in a zero group (see
 * `address/convert.ts`).
 */
export function formatIPv6(bytes: Uint8Array, at: number): string {
  return readCString(
    lib.inet_ntop(
      constants.AF_INET6,
      bytes.subarray(at, at + 16),
      text,
      text.length,
    ),
  );
}

/** The AF_INET6 codec. */
export const inet6Codec: AddressCodec = {
  family: constants.AF_INET6,
  encode(address: unknown, out: SockaddrBuffer, method: string): number {
    if (!Array.isArray(address)) {
      throw new TypeError(
        `${method}: AF_INET6 address must be an array, got ${
          described(address)
        }`,
      );
    }
    if (address.length < 2 || address.length > 4) {
      throw new TypeError(
        `${method}: AF_INET6 address must be an array [host, port, flowinfo?, scope_id?], got ${address.length} elements`,
      );
    }
    const port = checkPort(address[1], method);
    const flowinfo = address.length > 2
      ? checkInteger(address[2], `${method}: flowinfo`)
      : 0;
    if (flowinfo < 0 || flowinfo > 0xfffff) {
      throw new RangeError(
        `${method}: flowinfo must be 0-1048575, got ${flowinfo}`,
      );
    }
    let scopeId = address.length > 3
      ? checkInteger(address[3], `${method}: scope_id`)
      : 0;
    if (scopeId < 0 || scopeId > 0xffffffff) {
      throw new RangeError(
        `${method}: scope_id must be 0-4294967295, got ${scopeId}`,
      );
    }
    out.bytes.fill(0, 0, L.size);
    const hostScope = packIPv6Host(address[0], out, method);
    if (scopeId === 0) scopeId = hostScope;
    writeFamily(out.view, constants.AF_INET6, L.size);
    out.view.setUint16(PORT_AT, port, false);
    out.view.setUint32(FLOW_AT, flowinfo, false);
    out.view.setUint32(SCOPE_AT, scopeId, LITTLE_ENDIAN);
    return L.size;
  },
  decode(
    buf: SockaddrBuffer,
    _length: number,
  ): [string, number, number, number] {
    return [
      formatIPv6(buf.bytes, ADDR_AT),
      buf.view.getUint16(PORT_AT, false),
      buf.view.getUint32(FLOW_AT, false),
      buf.view.getUint32(SCOPE_AT, LITTLE_ENDIAN),
    ];
  },
};
