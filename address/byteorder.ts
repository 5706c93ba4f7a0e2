/**
 * `ntohs`, `ntohl`, `htons`, `htonl`: byte-order swaps between the host and
 * the network (big-endian), computed in TypeScript. The host's order is
 * measured once, not assumed.
 *
 * @module
 */
import { described } from "./_struct.ts";

const LITTLE_ENDIAN_HOST: boolean =
  new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Checks an unsigned integer argument `x` of `method` within 0-`max`. */
function unsigned(value: unknown, method: string, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new TypeError(
      `${method}: x must be an integer, got ${described(value)}`,
    );
  }
  if (value < 0 || value > max) {
    throw new RangeError(`${method}: x must be 0-${max}, got ${value}`);
  }
  return value + 0; // -0 becomes 0
}

function swap16(x: number): number {
  return LITTLE_ENDIAN_HOST ? ((x & 0xff) << 8) | (x >>> 8) : x;
}

function swap32(x: number): number {
  if (!LITTLE_ENDIAN_HOST) return x;
  return (((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) |
    (x >>> 24)) >>> 0;
}

/**
 * Converts a 16-bit unsigned integer from network to host byte order
 * (`ntohs(3)`): a 2-byte swap on a little-endian host. `x` outside 0-65535
 * is a `RangeError`, a non-integer a `TypeError` (Python's OverflowError
 * and TypeError).
 *
 * @example Reading a port from a packet header
 * ```ts
 * import { ntohs } from "@berkeley/socket";
 * console.log(ntohs(0x5000)); // 80 on a little-endian host
 * ```
 */
export function ntohs(x: number): number {
  return swap16(unsigned(x, "ntohs()", 0xffff));
}

/**
 * Converts a 32-bit unsigned integer from network to host byte order
 * (`ntohl(3)`): a 4-byte swap on a little-endian host. `x` outside
 * 0-4294967295 is a `RangeError`, a non-integer a `TypeError`.
 *
 * @example Reading an IPv4 address stored big-endian
 * ```ts
 * import { ntohl } from "@berkeley/socket";
 * console.log(ntohl(0x0100007f).toString(16)); // "7f000001" on a little-endian host
 * ```
 */
export function ntohl(x: number): number {
  return swap32(unsigned(x, "ntohl()", 0xffffffff));
}

/**
 * Converts a 16-bit unsigned integer from host to network byte order
 * (`htons(3)`). `x` outside 0-65535 is a `RangeError`, a non-integer a
 * `TypeError`.
 *
 * @example A port in network order
 * ```ts
 * import { htons } from "@berkeley/socket";
 * console.log(htons(1)); // 256 on a little-endian host
 * ```
 */
export function htons(x: number): number {
  return swap16(unsigned(x, "htons()", 0xffff));
}

/**
 * Converts a 32-bit unsigned integer from host to network byte order
 * (`htonl(3)`). `x` outside 0-4294967295 is a `RangeError`, a non-integer
 * a `TypeError`.
 *
 * @example INADDR_LOOPBACK in network order
 * ```ts
 * import { htonl, INADDR_LOOPBACK } from "@berkeley/socket";
 * console.log(htonl(INADDR_LOOPBACK)); // 16777343 on a little-endian host
 * ```
 */
export function htonl(x: number): number {
  return swap32(unsigned(x, "htonl()", 0xffffffff));
}
