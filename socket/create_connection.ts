/**
 * `create_connection()` and Python 3's `create_server()`: the usual client
 * and server set-up, for IPv4 and IPv6 alike.
 *
 * @module
 */
import { getaddrinfo, has_ipv6 } from "../resolver/mod.ts";
import { constants, features } from "../platform/mod.ts";
import { described } from "../address/_struct.ts";
import { error } from "./errors.ts";
import { getdefaulttimeout, SocketType } from "./socket.ts";
import {
  addressArg,
  INT_MAX,
  INT_MIN,
  intArg,
  isArray,
  revoked,
  timeoutArg,
} from "./_data.ts";
import type {
  Address,
  AddressInput,
  AddressOf,
  Family,
  Inet6Address,
  InetAddress,
} from "../address/types.ts";

const C = constants;

/** Options of {@linkcode create_connection} (Python's keyword-only arguments). */
export interface CreateConnectionOptions {
  /**
   * When every address fails, throw an `AggregateError` of every
   * attempt's error, in order (Python 3.11+'s `ExceptionGroup`), instead
   * of the first address's error.
   */
  all_errors?: boolean;
}

/**
 * Connects a TCP socket to `address` (`[host, port]`), trying each address
 * `getaddrinfo` gives in turn; `timeout` (default: the default timeout) is
 * set before connecting, and `source_address` is bound first when given.
 * When every address fails, the last error is thrown, or with
 * `{ all_errors: true }` an `AggregateError` of them all. An error that
 * is not a socket `error` is thrown at once, as in Python.
 *
 * @example Connecting to a local server
 * ```ts
 * import { create_connection, socket } from "@berkeley/socket";
 * using server = socket();
 * server.bind(["127.0.0.1", 0]);
 * server.listen();
 * using client = create_connection(server.getsockname(), 5);
 * ```
 *
 * @example Every attempt's error
 * ```ts
 * import { create_connection } from "@berkeley/socket";
 * try {
 *   create_connection(["localhost", 1], null, undefined, { all_errors: true });
 * } catch (e) {
 *   if (e instanceof AggregateError) console.log(e.errors.length); // one per address
 * }
 * ```
 */
export function create_connection(
  address: readonly [host: string | null, port: number | string],
  timeout?: number | null,
  source_address?: readonly [host: string, port: number] | null,
  options?: CreateConnectionOptions,
): SocketType<InetAddress | Inet6Address>;
export function create_connection(
  address: readonly [host: string | null, port: number | string],
  timeout: number | null = getdefaulttimeout(),
  source_address?: readonly [host: string, port: number] | null,
  options: CreateConnectionOptions = {},
): SocketType<InetAddress | Inet6Address> {
  const n: number | null = isArray(address) ? address.length : null;
  const pair = isArray(address) && n === 2
    ? [address[0], address[1]] as const
    : null;
  if (!pair) {
    throw new TypeError(
      `create_connection(): address must be [host, port], got ${
        n === null
          ? described(address)
          : `an array of ${n} element${n === 1 ? "" : "s"}`
      }`,
    );
  }
  const limit = timeoutArg(timeout);
  if (options === null || typeof options !== "object" || revoked(options)) {
    throw new TypeError(
      `create_connection(): options must be an object, got ${
        described(options)
      }`,
    );
  }
  const allErrors = Boolean(options.all_errors);
  // Read once, before anything is resolved or made: every candidate
  // socket binds to the same copy.
  const source = source_address ? addressArg(source_address, "bind()") : null;
  const [host, port] = pair;
  const errors: error[] = [];
  for (
    const [family, type, proto, , sockaddr] of getaddrinfo(
      host,
      port,
      0,
      C.SOCK_STREAM,
    )
  ) {
    let sock: SocketType<InetAddress | Inet6Address> | null = null;
    try {
      sock = new SocketType(family, type, proto);
      sock.settimeout(limit);
      if (source !== null) sock.bind(source as InetAddress | Inet6Address);
      sock.connect(sockaddr);
      return sock;
    } catch (e) {
      sock?.close();
      if (!(e instanceof error)) throw e;
      if (!allErrors) errors.length = 0;
      errors.push(e);
    }
  }
  if (errors.length === 0) {
    throw new error("getaddrinfo returns an empty list");
  }
  if (allErrors) throw new AggregateError(errors, "create_connection failed");
  throw errors[0];
}

/**
 * Options of {@linkcode create_server}; `F` is the type of `family`.
 *
 * @example A dual-stack IPv6 server's options
 * ```ts
 * import { AF_INET6, type CreateServerOptions } from "@berkeley/socket";
 * const options: CreateServerOptions = { family: AF_INET6, dualstack_ipv6: true, backlog: 16 };
 * console.log(options.backlog); // 16
 * ```
 */
export interface CreateServerOptions<F extends number = number> {
  /** AF_INET (default) or AF_INET6. */
  family?: F;
  /** The listen backlog (default: the system's choice, as `listen()`). */
  backlog?: number;
  /** Set SO_REUSEPORT before binding. */
  reuse_port?: boolean;
  /** With AF_INET6, accept IPv4 connections too (IPV6_V6ONLY off). */
  dualstack_ipv6?: boolean;
}

/**
 * `create_server()`'s options, each read once and checked before anything
 * is created; `null` or `undefined` are no options.
 */
function serverOptions(options: unknown): {
  family: number;
  backlog: number | undefined;
  reuse_port: boolean;
  dualstack_ipv6: boolean;
} {
  if (options === null || options === undefined) options = {};
  if (typeof options !== "object" || revoked(options)) {
    throw new TypeError(
      `create_server(): options must be an object, got ${described(options)}`,
    );
  }
  const o = options as CreateServerOptions;
  const family = o.family;
  const backlog = o.backlog;
  return {
    family: family === undefined
      ? C.AF_INET
      : intArg(family, "create_server(): family", INT_MIN, INT_MAX),
    backlog: backlog === undefined
      ? undefined
      : intArg(backlog, "create_server(): backlog", INT_MIN, INT_MAX),
    reuse_port: Boolean(o.reuse_port),
    dualstack_ipv6: Boolean(o.dualstack_ipv6),
  };
}

/**
 * A listening TCP socket bound to `address`, with SO_REUSEADDR set (but
 * on Windows, where it would let another socket take the port), as
 * Python 3's `socket.create_server()`.
 *
 * @example A dual-stack server on a free port
 * ```ts
 * import { AF_INET6, create_server } from "@berkeley/socket";
 * using server = create_server(["::", 0], { family: AF_INET6, dualstack_ipv6: true });
 * console.log(server.getsockname());
 * ```
 */
export function create_server(
  address: AddressInput<InetAddress>,
  options?: CreateServerOptions<Family<InetAddress>>,
): SocketType<InetAddress>;
/**
 * A listening socket of `options.family`, an `AF_*` constant, bound to
 * `address` of that family's type.
 *
 * @example An IPv6 server
 * ```ts
 * import { AF_INET6, create_server, has_ipv6 } from "@berkeley/socket";
 * if (has_ipv6) {
 *   using server = create_server(["::1", 0], { family: AF_INET6 });
 *   const [host, port, flowinfo, scope_id] = server.getsockname();
 *   console.log(host, port > 0, flowinfo, scope_id); // "::1" true 0 0
 * }
 * ```
 */
export function create_server<F extends Family<Address>>(
  address: AddressInput<AddressOf<F>>,
  options: CreateServerOptions<F> & { family: F },
): SocketType<AddressOf<F>>;
/**
 * A listening socket of a family given as a plain number: its addresses
 * are typed {@linkcode Address}.
 *
 * @example A family chosen at run time
 * ```ts
 * import { AF_INET, AF_INET6, create_server, has_ipv6 } from "@berkeley/socket";
 * const family: number = has_ipv6 ? AF_INET6 : AF_INET;
 * using server = create_server([has_ipv6 ? "::1" : "127.0.0.1", 0], { family });
 * console.log(server.family === family); // true
 * ```
 */
export function create_server(
  address: AddressInput<Address>,
  options?: CreateServerOptions,
): SocketType<Address>;
export function create_server(
  address: AddressInput<Address>,
  options: CreateServerOptions | null = {},
): SocketType<Address> {
  const { family, backlog, reuse_port, dualstack_ipv6 } = serverOptions(
    options,
  );
  if (dualstack_ipv6 && family !== C.AF_INET6) {
    throw new RangeError("create_server(): dualstack_ipv6 requires AF_INET6");
  }
  // Copied before the socket is made: the caller's code runs before.
  const where = addressArg(address, "bind()") as AddressInput<Address>;
  const sock = new SocketType(family, C.SOCK_STREAM);
  try {
    if (
      features.serverReuseAddress && C.SO_REUSEADDR !== undefined &&
      family !== C.AF_UNIX
    ) {
      sock.setsockopt(C.SOL_SOCKET, C.SO_REUSEADDR, 1);
    }
    if (reuse_port) {
      if (C.SO_REUSEPORT === undefined) {
        throw new RangeError(
          "create_server(): SO_REUSEPORT is not supported here",
        );
      }
      sock.setsockopt(C.SOL_SOCKET, C.SO_REUSEPORT, 1);
    }
    if (family === C.AF_INET6 && C.IPV6_V6ONLY !== undefined) {
      sock.setsockopt(
        C.IPPROTO_IPV6,
        C.IPV6_V6ONLY,
        dualstack_ipv6 ? 0 : 1,
      );
    }
    sock.bind(where);
    if (backlog === undefined) sock.listen();
    else sock.listen(backlog);
    return sock;
  } catch (e) {
    sock.close();
    throw e;
  }
}

/**
 * True when a TCP socket can accept both IPv4 and IPv6 connections
 * (`IPV6_V6ONLY` can be turned off), as Python 3.8's
 * `socket.has_dualstack_ipv6()`: what `create_server`'s `dualstack_ipv6`
 * needs.
 *
 * @example Choosing a server's family
 * ```ts
 * import { AF_INET, AF_INET6, create_server, has_dualstack_ipv6 } from "@berkeley/socket";
 * using server = has_dualstack_ipv6()
 *   ? create_server(["::", 0], { family: AF_INET6, dualstack_ipv6: true })
 *   : create_server(["", 0], { family: AF_INET });
 * ```
 */
export function has_dualstack_ipv6(): boolean {
  if (
    !has_ipv6 || C.IPPROTO_IPV6 === undefined || C.IPV6_V6ONLY === undefined
  ) {
    return false;
  }
  let sock: SocketType | null = null;
  try {
    sock = new SocketType(C.AF_INET6, C.SOCK_STREAM);
    sock.setsockopt(C.IPPROTO_IPV6, C.IPV6_V6ONLY, 0);
    return true;
  } catch (e) {
    if (e instanceof error) return false;
    throw e;
  } finally {
    sock?.close();
  }
}
