/**
 * The services and protocols databases: `getservbyname()`,
 * `getservbyport()` and `getprotobyname()`.
 *
 * @module
 */
import { cString, isNull, readCString, readPointer } from "../ffi/mod.ts";
import { layout, lib } from "../platform/mod.ts";
import { error } from "../socket/errors.ts";
import { INT_MAX, INT_MIN, intArg } from "../socket/_data.ts";
import { described } from "../address/_struct.ts";
import { htons, ntohs } from "../address/byteorder.ts";
import { readField } from "../address/addrinfo.ts";

const SERVENT = layout("servent").fields;
const PROTOENT = layout("protoent").fields;

/** A `str` argument as a C string. */
function stringArg(value: unknown, what: string): Uint8Array {
  if (typeof value !== "string") {
    throw new TypeError(`${what} must be a string, got ${described(value)}`);
  }
  return cString(value, what);
}

/** An optional protocol name: omitted means any protocol (NULL). */
function protoArg(value: unknown, method: string): Uint8Array | null {
  return value === undefined
    ? null
    : stringArg(value, `${method}: protocolname`);
}

/**
 * Translates a service name (and optionally a protocol name, `"tcp"` or
 * `"udp"`) to its port number (`getservbyname(3)`). A miss raises
 * `error("service/proto not found")`.
 *
 * @example The HTTP port
 * ```ts
 * import { getservbyname } from "@berkeley/socket";
 * console.log(getservbyname("http", "tcp")); // 80
 * ```
 */
export function getservbyname(
  servicename: string,
  protocolname?: string,
): number {
  const name = stringArg(servicename, "getservbyname(): servicename");
  const proto = protoArg(protocolname, "getservbyname()");
  const sp = lib.getservbyname(name, proto);
  if (isNull(sp)) throw new error("service/proto not found");
  return ntohs(readField(sp, SERVENT.s_port) & 0xffff);
}

/**
 * Translates a port number (and optionally a protocol name) to its service
 * name (`getservbyport(3)`). A port outside 0-65535 is a `RangeError`; a
 * miss raises `error("port/proto not found")`.
 *
 * @example The service on port 22
 * ```ts
 * import { getservbyport } from "@berkeley/socket";
 * console.log(getservbyport(22)); // "ssh"
 * ```
 */
export function getservbyport(port: number, protocolname?: string): string {
  const n = intArg(port, "getservbyport(): port", INT_MIN, INT_MAX);
  const proto = protoArg(protocolname, "getservbyport()");
  if (n < 0 || n > 0xffff) {
    throw new RangeError(`getservbyport(): port must be 0-65535, got ${n}`);
  }
  const sp = lib.getservbyport(htons(n), proto);
  if (isNull(sp)) throw new error("port/proto not found");
  return readCString(readPointer(sp, SERVENT.s_name[0]));
}

/**
 * Translates a protocol name (`"icmp"`, `"tcp"`) to its number, for the
 * third argument of `socket()` (`getprotobyname(3)`). A miss raises
 * `error("protocol not found")`.
 *
 * @example The number of ICMP
 * ```ts
 * import { getprotobyname } from "@berkeley/socket";
 * console.log(getprotobyname("icmp")); // 1
 * ```
 */
export function getprotobyname(protocolname: string): number {
  const name = stringArg(protocolname, "getprotobyname(): protocolname");
  const pp = lib.getprotobyname(name);
  if (isNull(pp)) throw new error("protocol not found");
  return readField(pp, PROTOENT.p_proto);
}
