/**
 * AF_INET: `[host, port]` ↔ `struct sockaddr_in`.
 *
 * @module
 */
import { constants, layout } from "../platform/mod.ts";
import type { AddressCodec, SockaddrBuffer } from "./codec.ts";
import { resolveHost } from "./_resolve.ts";
import { checkPort, described, writeFamily } from "./_struct.ts";

const L = layout("sockaddr_in");
const PORT_AT = L.fields.sin_port[0];
const ADDR_AT = L.fields.sin_addr[0];

/**
 * Parses a strict dotted quad (`"127.0.0.1"`) into `out` at `at`; returns
 * false for anything else, which then goes to the resolver.
 */
function parseDottedQuad(host: string, view: DataView, at: number): boolean {
  let part = 0;
  let digits = 0;
  let index = 0;
  for (let i = 0; i <= host.length; i++) {
    const c = i < host.length ? host.charCodeAt(i) : 46;
    if (c >= 48 && c <= 57) {
      if (digits > 0 && part === 0) return false; // no leading zeros
      part = part * 10 + (c - 48);
      if (++digits > 3 || part > 255) return false;
    } else if (c === 46 && digits > 0 && index < 4) {
      view.setUint8(at + index++, part);
      part = 0;
      digits = 0;
    } else {
      return false;
    }
  }
  return index === 4;
}

// The last dotted quad parsed: a loop connects or sends to one address
// over and over, and a string is immutable, so its value is reused while
// it matches. (Names that need the resolver are never kept.)
let lastQuad = "";
let lastQuadValue = 0;

/** Writes the IPv4 address `host` names into `view` at `at` (4 bytes). */
export function packIPv4Host(
  host: unknown,
  view: DataView,
  at: number,
  method: string,
): void {
  if (typeof host !== "string") {
    throw new TypeError(
      `${method}: host must be a string, got ${described(host)}`,
    );
  }
  if (host === "") {
    view.setUint32(at, constants.INADDR_ANY, false);
  } else if (host === "<broadcast>") {
    view.setUint32(at, constants.INADDR_BROADCAST >>> 0, false);
  } else if (host === lastQuad) {
    view.setUint32(at, lastQuadValue, false);
  } else if (parseDottedQuad(host, view, at)) {
    lastQuad = host;
    lastQuadValue = view.getUint32(at, false);
  } else {
    const packed = resolveHost(host, constants.AF_INET);
    packed.subarray(0, 4).forEach((b, i) => view.setUint8(at + i, b));
  }
}

// The last address formatted: a datagram loop receives from one peer over
// and over, and a string is immutable, so it is reused while it matches.
let lastValue = -1;
let lastText = "";

/** Formats 4 bytes at `at` as a dotted quad. */
export function formatIPv4(bytes: Uint8Array, at: number): string {
  const a = bytes[at] ?? 0;
  const b = bytes[at + 1] ?? 0;
  const c = bytes[at + 2] ?? 0;
  const d = bytes[at + 3] ?? 0;
  const value = a * 0x1000000 + (b << 16 | c << 8 | d);
  if (value !== lastValue) {
    lastText = `${a}.${b}.${c}.${d}`;
    lastValue = value;
  }
  return lastText;
}

/** The AF_INET codec. */
export const inetCodec: AddressCodec = {
  family: constants.AF_INET,
  encode(address: unknown, out: SockaddrBuffer, method: string): number {
    if (!Array.isArray(address)) {
      throw new TypeError(
        `${method}: AF_INET address must be an array, got ${
          described(address)
        }`,
      );
    }
    if (address.length !== 2) {
      throw new TypeError(
        `${method}: AF_INET address must be a pair [host, port], got ${address.length} elements`,
      );
    }
    const port = checkPort(address[1], method);
    out.bytes.fill(0, 0, L.size);
    packIPv4Host(address[0], out.view, ADDR_AT, method);
    writeFamily(out.view, constants.AF_INET, L.size);
    out.view.setUint16(PORT_AT, port, false);
    return L.size;
  },
  decode(buf: SockaddrBuffer, length: number): [string, number] {
    if (length < L.size) return ["", 0];
    return [formatIPv4(buf.bytes, ADDR_AT), buf.view.getUint16(PORT_AT, false)];
  },
};
