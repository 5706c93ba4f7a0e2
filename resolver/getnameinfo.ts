/**
 * `getnameinfo()`: a socket address to a host and a service, through the
 * C library's `getnameinfo(3)`, the way CPython does it.
 *
 * @module
 */
import { cString } from "../ffi/mod.ts";
import { constants, layout, lib } from "../platform/mod.ts";
import { error } from "../socket/errors.ts";
import { INT_MAX, INT_MIN, intArg, isArray } from "../socket/_data.ts";
import { described, LITTLE_ENDIAN } from "../address/_struct.ts";
import { addrinfo, gaiError } from "../address/addrinfo.ts";
import { checkReverse } from "../socket/permissions.ts";

const IN6 = layout("sockaddr_in6").fields;
const decoder = new TextDecoder();

/** Python's `I` conversion: any integer, reduced modulo 2 ** 32. */
function uint32Mask(value: unknown, what: string): number {
  if (value === undefined) return 0;
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new TypeError(`${what} must be an integer, got ${described(value)}`);
  }
  return Number(BigInt.asUintN(32, BigInt(value)));
}

/** The text before the first NUL of a buffer C wrote into. */
function textBefore(buf: Uint8Array): string {
  const end = buf.indexOf(0);
  return decoder.decode(buf.subarray(0, end < 0 ? buf.length : end));
}

/**
 * Translates a socket address to `[host, port]` strings
 * (`getnameinfo(3)`); `flags` (`NI_*`) choose numeric or named forms.
 * `sockaddr` is `[host, port]` or `[host, port, flowinfo, scope_id]` with a
 * numeric host, which must stand for exactly one address
 * (`error("sockaddr resolved to multiple addresses")` otherwise); an
 * IPv4 host takes exactly two elements (`error` otherwise, as Python's
 * "IPv4 sockaddr must be 2 tuple"). As in Python, `flowinfo` and `scope_id` are taken modulo
 * 2 ** 32 and `flowinfo` must then be 0-1048575 (`RangeError`). A failure
 * raises `gaierror`.
 *
 * @example Naming the loopback address and the HTTP port
 * ```ts
 * import { getnameinfo, NI_NUMERICHOST } from "@berkeley/socket";
 * console.log(getnameinfo(["127.0.0.1", 80], NI_NUMERICHOST)); // [ "127.0.0.1", "http" ]
 * ```
 */
export function getnameinfo(
  sockaddr: readonly [string, number, number?, number?],
  flags: number,
): [host: string, port: string] {
  const niFlags = intArg(flags, "getnameinfo(): flags", INT_MIN, INT_MAX);
  if (!isArray(sockaddr)) {
    throw new TypeError(
      `getnameinfo(): sockaddr must be an array, got ${described(sockaddr)}`,
    );
  }
  // Its length and items are read once each, by index (a Proxy, or an
  // array's own iterator, could answer a second read otherwise).
  const n: unknown = sockaddr.length;
  if (typeof n !== "number" || !(n >= 2 && n <= 4)) {
    throw new TypeError(
      `getnameinfo(): sockaddr must have 2 to 4 elements, got ${n}`,
    );
  }
  const items: readonly unknown[] = sockaddr;
  const host = items[0];
  const port = items[1];
  const flowValue = n > 2 ? items[2] : undefined;
  const scopeValue = n > 3 ? items[3] : undefined;
  if (typeof host !== "string") {
    throw new TypeError(
      `getnameinfo(): sockaddr host must be a string, got ${described(host)}`,
    );
  }
  // Encoded before the port is read, as CPython's "si|II" converts the
  // host (a NUL, a lone surrogate) before the port.
  const node = cString(host, "getnameinfo(): host");
  const portNumber = intArg(port, "getnameinfo(): port", INT_MIN, INT_MAX);
  const flowinfo = uint32Mask(flowValue, "getnameinfo(): flowinfo");
  const scopeId = uint32Mask(scopeValue, "getnameinfo(): scope_id");
  if (flowinfo > 0xfffff) {
    throw new RangeError(
      `getnameinfo(): flowinfo must be 0-1048575, got ${flowValue}`,
    );
  }
  if (!(niFlags & constants.NI_NUMERICHOST)) {
    checkReverse("getnameinfo()", host);
  }
  const found = addrinfo(
    node,
    cString(String(portNumber)),
    {
      family: constants.AF_UNSPEC,
      socktype: constants.SOCK_DGRAM, // a numeric port needs a socket type
      flags: constants.AI_NUMERICHOST, // no name resolution
    },
  );
  const [only] = found;
  if (!only || found.length !== 1) {
    throw new error("sockaddr resolved to multiple addresses");
  }
  const { family, sockaddr: sa } = only;
  if (family === constants.AF_INET && n !== 2) {
    throw new error(
      `getnameinfo(): an IPv4 sockaddr must be a pair [host, port], got ${n} elements`,
    );
  }
  if (family === constants.AF_INET6) {
    const view = new DataView(sa.buffer, sa.byteOffset, sa.byteLength);
    view.setUint32(IN6.sin6_flowinfo[0], flowinfo, false);
    view.setUint32(IN6.sin6_scope_id[0], scopeId, LITTLE_ENDIAN);
  }
  const hostBuf = new Uint8Array(constants.NI_MAXHOST);
  const servBuf = new Uint8Array(constants.NI_MAXSERV);
  const rc = lib.getnameinfo(
    sa,
    sa.byteLength,
    hostBuf,
    hostBuf.byteLength,
    servBuf,
    servBuf.byteLength,
    niFlags,
  );
  if (rc !== 0) throw gaiError(rc);
  return [textBefore(hostBuf), textBefore(servBuf)];
}
