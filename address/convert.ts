/**
 * Text ↔ packed IP addresses: `inet_aton`, `inet_ntoa`, `inet_pton`,
 * `inet_ntop`, through the C library, with Python 3's checks and errors.
 *
 * @module
 */
import { cString, isNull } from "../ffi/mod.ts";
import { constants, inetAton, layout, lib } from "../platform/mod.ts";
import { error, lastError } from "../socket/errors.ts";
import { bytesView, INT_MAX, INT_MIN, intArg } from "../socket/_data.ts";
import { described } from "./_struct.ts";

/** Bytes in a `struct in_addr` and a `struct in6_addr`. */
const IN_ADDR_SIZE = layout("sockaddr_in").fields.sin_addr[1];
const IN6_ADDR_SIZE = layout("sockaddr_in6").fields.sin6_addr[1];

/** Room for any `inet_ntop` result (INET6_ADDRSTRLEN is 46). */
const TEXT_SIZE = 64;

/**
 * Room for the packed address given to `inet_ntop`, more than the 16 bytes
 * of an `in6_addr`: Wine's ntdll (`RtlIpv6AddressToStringExA`, behind
 * ws2_32's `inet_ntop`) reads the 2 bytes after an address that ends in a
 * zero group, and faulted there on an exactly sized copy that ended a page
 * (Bun, under Wine, in CI).
 */
const NTOP_INPUT_SIZE = 32;

const decoder = new TextDecoder();

/** The bytes of a bytes-like argument (any view or an ArrayBuffer), not copied. */
function bytesArg(value: unknown, what: string): Uint8Array {
  const view = bytesView(value, what);
  if (view) return view;
  throw new TypeError(
    `${what} must be a bytes-like object, got ${described(value)}`,
  );
}

/** A `str` argument. */
function stringArg(value: unknown, what: string): string {
  if (typeof value !== "string") {
    throw new TypeError(`${what} must be a string, got ${described(value)}`);
  }
  return value;
}

/** The text before the first NUL of a buffer C wrote into. */
function textBefore(buf: Uint8Array): string {
  const end = buf.indexOf(0);
  return decoder.decode(buf.subarray(0, end < 0 ? buf.length : end));
}

/**
 * Converts an IPv4 address in dotted form to its 4 packed bytes, with the C
 * library's `inet_aton(3)`: short forms (`"127.1"`), octal and hex parts
 * are accepted, and so is anything after the address following a space.
 * An invalid string raises `error("illegal IP address string passed to
 * inet_aton")`.
 *
 * @example Packing a short-form address
 * ```ts
 * import { inet_aton } from "@berkeley/socket";
 * console.log(inet_aton("127.1")); // Uint8Array(4) [ 127, 0, 0, 1 ]
 * ```
 */
export function inet_aton(ip_string: string): Uint8Array<ArrayBuffer> {
  const text = stringArg(ip_string, "inet_aton(): ip_string");
  const packed = new Uint8Array(IN_ADDR_SIZE);
  if (inetAton(cString(text, "inet_aton(): ip_string"), packed) === 0) {
    throw new error("illegal IP address string passed to inet_aton");
  }
  return packed;
}

/**
 * Converts 4 packed bytes to an IPv4 address in dotted-quad form. Any other
 * length raises `error("packed IP wrong length for inet_ntoa")`.
 *
 * @example Formatting a packed address
 * ```ts
 * import { inet_ntoa } from "@berkeley/socket";
 * console.log(inet_ntoa(new Uint8Array([192, 0, 2, 1]))); // "192.0.2.1"
 * ```
 */
export function inet_ntoa(
  packed_ip: Uint8Array | ArrayBufferView | ArrayBuffer,
): string {
  const b = bytesArg(packed_ip, "inet_ntoa(): packed_ip");
  if (b.byteLength !== IN_ADDR_SIZE) {
    throw new error("packed IP wrong length for inet_ntoa");
  }
  return `${b[0]}.${b[1]}.${b[2]}.${b[3]}`;
}

/**
 * Converts an address in its family's text form to packed bytes (4 for
 * `AF_INET`, 16 for `AF_INET6`), with the C library's `inet_pton(3)`. An
 * invalid string raises `error("illegal IP address string passed to
 * inet_pton")`; a family the C library does not know raises `error` with
 * EAFNOSUPPORT.
 *
 * @example Packing an IPv6 address
 * ```ts
 * import { AF_INET6, inet_pton } from "@berkeley/socket";
 * console.log(inet_pton(AF_INET6, "::1").length); // 16
 * ```
 */
export function inet_pton(
  address_family: number,
  ip_string: string,
): Uint8Array<ArrayBuffer> {
  const af = intArg(
    address_family,
    "inet_pton(): address_family",
    INT_MIN,
    INT_MAX,
  );
  const text = stringArg(ip_string, "inet_pton(): ip_string");
  const packed = new Uint8Array(Math.max(IN_ADDR_SIZE, IN6_ADDR_SIZE));
  const rc = lib.inet_pton(af, cString(text, "inet_pton(): ip_string"), packed);
  if (rc < 0) throw lastError();
  if (rc === 0) {
    throw new error("illegal IP address string passed to inet_pton");
  }
  if (af === constants.AF_INET) return packed.slice(0, IN_ADDR_SIZE);
  if (af === constants.AF_INET6) return packed.slice(0, IN6_ADDR_SIZE);
  throw new error("unknown address family");
}

/**
 * Converts a packed address (4 bytes for `AF_INET`, 16 for `AF_INET6`) to
 * its family's text form, with the C library's `inet_ntop(3)`. A wrong
 * length or an unknown family is a `RangeError` (Python's ValueError).
 *
 * @example Formatting an IPv6 address
 * ```ts
 * import { AF_INET6, inet_ntop } from "@berkeley/socket";
 * const packed = new Uint8Array(16);
 * packed[15] = 1;
 * console.log(inet_ntop(AF_INET6, packed)); // "::1"
 * ```
 */
export function inet_ntop(
  address_family: number,
  packed_ip: Uint8Array | ArrayBufferView | ArrayBuffer,
): string {
  const af = intArg(
    address_family,
    "inet_ntop(): address_family",
    INT_MIN,
    INT_MAX,
  );
  const b = bytesArg(packed_ip, "inet_ntop(): packed_ip");
  let size: number;
  if (af === constants.AF_INET) size = IN_ADDR_SIZE;
  else if (af === constants.AF_INET6) size = IN6_ADDR_SIZE;
  else throw new RangeError(`inet_ntop(): unknown address family ${af}`);
  if (b.byteLength !== size) {
    throw new RangeError(
      `inet_ntop(): invalid length of packed IP address string, got ${b.byteLength} bytes`,
    );
  }
  // A copy (so C reads memory that only this call owns), with room after
  // it; the text goes after that room, in the same allocation.
  const room = new Uint8Array(NTOP_INPUT_SIZE + TEXT_SIZE);
  room.set(b);
  const text = room.subarray(NTOP_INPUT_SIZE);
  if (isNull(lib.inet_ntop(af, room, text, text.length))) {
    throw lastError();
  }
  return textBefore(text);
}
