/**
 * Python's `socket.socket()` factory and the `Socket` alias of the class:
 * the usual ways to make a {@linkcode SocketType}.
 *
 * @module
 */
import type { Address } from "../address/mod.ts";
import type { AddressOf, Family, InetAddress } from "../address/types.ts";
import { constants } from "../platform/mod.ts";
import { SocketType } from "./socket.ts";

const C = constants;

/**
 * Creates a socket: Python's `socket.socket(family, type, proto)`.
 * Defaults: AF_INET, SOCK_STREAM, protocol 0.
 *
 * @example A UDP socket bound to a free loopback port
 * ```ts
 * import { AF_INET, SOCK_DGRAM, socket } from "@berkeley/socket";
 * using s = socket(AF_INET, SOCK_DGRAM);
 * s.bind(["127.0.0.1", 0]);
 * console.log(s.getsockname()); // ["127.0.0.1", <port>]
 * ```
 */
export function socket(): SocketType<InetAddress>;
/**
 * Creates a socket of `family`, an `AF_*` constant: the socket's addresses
 * have that family's type (`socket(AF_UNIX)` is a
 * `SocketType<UnixAddress>`).
 *
 * @example A typed TCP listener
 * ```ts
 * import { AF_INET, SOCK_STREAM, socket } from "@berkeley/socket";
 * using s = socket(AF_INET, SOCK_STREAM); // SocketType<InetAddress>
 * s.bind(["127.0.0.1", 0]);
 * s.listen();
 * const [host, port] = s.getsockname(); // string, number
 * console.log(host, port > 0); // "127.0.0.1" true
 * ```
 */
export function socket<F extends Family<Address>>(
  family: F,
  type?: number,
  proto?: number,
): SocketType<AddressOf<F>>;
/**
 * Creates a socket of a family given as a plain number: its addresses are
 * typed {@linkcode Address}.
 *
 * @example A family read from configuration
 * ```ts
 * import { AF_INET, socket } from "@berkeley/socket";
 * const family: number = Number("2") === AF_INET ? AF_INET : AF_INET;
 * using s = socket(family); // SocketType<Address>
 * console.log(s.family); // 2
 * ```
 */
export function socket(
  family: number,
  type?: number,
  proto?: number,
): SocketType<Address>;
export function socket(
  family: number = C.AF_INET,
  type: number = C.SOCK_STREAM,
  proto: number = 0,
): SocketType<Address> {
  return new SocketType(family, type, proto);
}

/**
 * The socket class under its TypeScript name; the same as `SocketType`.
 *
 * @example Checking a value's class
 * ```ts
 * import { Socket, socket } from "@berkeley/socket";
 * using s = socket();
 * console.log(s instanceof Socket); // true
 * ```
 */
export const Socket: typeof SocketType = SocketType;
