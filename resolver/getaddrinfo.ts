/**
 * `getaddrinfo()`: host and port to the arguments for creating and
 * connecting sockets, through the C library's `getaddrinfo(3)`.
 *
 * @module
 */
import { cString } from "../ffi/mod.ts";
import { error } from "../socket/errors.ts";
import { INT_MAX, INT_MIN, intArg } from "../socket/_data.ts";
import { described } from "../address/_struct.ts";
import { addrinfo, idnaHost } from "../address/addrinfo.ts";
import { decodeSockaddr } from "./_netdb.ts";
import {
  checkLookup,
  grantResolved,
  hostPort,
  isNumericHost,
} from "../socket/permissions.ts";
import type { Family, Inet6Address, InetAddress } from "../address/types.ts";

/** An address `getaddrinfo` returns: `[host, port]` or `[host, port, flowinfo, scope_id]`. */
export type AddrinfoAddress = InetAddress | Inet6Address;

/**
 * One result of {@linkcode getaddrinfo}: `[family, type, proto, canonname,
 * sockaddr]`, where `sockaddr` has the type of `family`'s addresses, so
 * that a socket made with `family` connects to `sockaddr` without a cast.
 */
export type AddrinfoResult =
  | [
    family: Family<InetAddress>,
    type: number,
    proto: number,
    canonname: string,
    sockaddr: InetAddress,
  ]
  | [
    family: Family<Inet6Address>,
    type: number,
    proto: number,
    canonname: string,
    sockaddr: Inet6Address,
  ];

const LONG_MIN = -(2 ** 63);
const LONG_LIMIT = 2 ** 63; // exclusive: 2 ** 63 - 1 is not a double

/** The service string for `port`, as CPython builds it. */
function service(port: unknown): Uint8Array | null {
  if (port === null || port === undefined) return null;
  if (typeof port === "string") return cString(port, "getaddrinfo(): port");
  if (typeof port === "number" && Number.isInteger(port)) {
    if (port < LONG_MIN || port >= LONG_LIMIT) {
      throw new RangeError(
        `getaddrinfo(): port must be -9223372036854775808-9223372036854775807, got ${port}`,
      );
    }
    return cString(BigInt(port).toString());
  }
  throw new error(
    `getaddrinfo(): port must be an integer, a string or null, got ${
      described(port)
    }`,
  );
}

/**
 * Translates `host` and `port` into a list of
 * `[family, type, proto, canonname, sockaddr]`, everything needed to create
 * a socket and connect it to that service (`getaddrinfo(3)`). `host` is a
 * name, a numeric IPv4/IPv6 address or `null`; `port` a service name, a
 * number or `null`. `family`, `type`, `proto` and `flags` (`AI_*`) narrow
 * the results. `sockaddr` is `[host, port]` for AF_INET and
 * `[host, port, flowinfo, scope_id]` for AF_INET6. A failure raises
 * `gaierror` (`errno` an `EAI_*` code), or `error` for `EAI_SYSTEM`.
 *
 * Host names are checked as Python's `idna` codec checks them (an empty or
 * over-long label is a `RangeError`); a non-ASCII name is passed on as
 * UTF-8, without Python's punycode conversion.
 *
 * @example Resolving a numeric address for TCP
 * ```ts
 * import { getaddrinfo, SOCK_STREAM } from "@berkeley/socket";
 * console.log(getaddrinfo("127.0.0.1", 80, 0, SOCK_STREAM));
 * // [ [ 2, 1, 6, "", [ "127.0.0.1", 80 ] ] ]
 * ```
 */
export function getaddrinfo(
  host: string | null,
  port: string | number | null,
  family?: number,
  type?: number,
  proto?: number,
  flags?: number,
): AddrinfoResult[];
export function getaddrinfo(
  host: string | null,
  port: string | number | null,
  family = 0,
  type = 0,
  proto = 0,
  flags = 0,
): AddrinfoResult[] {
  const hints = {
    family: intArg(family, "getaddrinfo(): family", INT_MIN, INT_MAX),
    socktype: intArg(type, "getaddrinfo(): type", INT_MIN, INT_MAX),
    protocol: intArg(proto, "getaddrinfo(): proto", INT_MIN, INT_MAX),
    flags: intArg(flags, "getaddrinfo(): flags", INT_MIN, INT_MAX),
  };
  let node: Uint8Array | null = null;
  if (typeof host === "string") {
    node = cString(idnaHost(host, "getaddrinfo()"), "getaddrinfo(): host");
  } else if (host !== null && host !== undefined) {
    throw new TypeError(
      `getaddrinfo(): host must be a string or null, got ${described(host)}`,
    );
  }
  const serv = service(port);
  const numericPort = typeof port === "number"
    ? port
    : typeof port === "string" && /^\d+$/.test(port)
    ? Number(port)
    : undefined;
  checkLookup("getaddrinfo()", host, numericPort);
  // getaddrinfo(3) gives AF_INET and AF_INET6 addresses, each with its
  // sockaddr: the family and the address agree by construction.
  const results = addrinfo(node, serv, hints).map((r) =>
    [
      r.family,
      r.socktype,
      r.protocol,
      r.canonname,
      decodeSockaddr(r.sockaddr),
    ] as AddrinfoResult
  );
  if (typeof host === "string" && !isNumericHost(host)) {
    // Connecting to what a permitted name resolved to is permitted, as
    // Deno.connect to the name would be (create_connection's pattern).
    for (const [, , , , [ip, p]] of results) grantResolved(hostPort(ip, p));
  }
  return results;
}
