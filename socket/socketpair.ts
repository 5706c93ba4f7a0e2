/**
 * `socketpair()` and `fromfd()`: sockets over descriptors that did not come
 * from `socket()`.
 *
 * @module
 */
import { constants, errno, features, lastErrno } from "../platform/mod.ts";
import { errorFromErrno } from "./errors.ts";
import { adoptSocket, type SocketType } from "./socket.ts";
import { describeSocket } from "./_fileno.ts";
import { closeHandle, duplicate, openPair } from "./_sys.ts";
import { INT_MAX, intArg } from "./_data.ts";
import { loopbackPair } from "./_loopback_pair.ts";
import type { Address } from "../address/mod.ts";
import type {
  AddressOf,
  Family,
  InetAddress,
  UnixAddress,
} from "../address/types.ts";

const C = constants;

/**
 * A pair of connected sockets (`socketpair(2)`); the family defaults to
 * AF_UNIX. Both ends are close-on-exec. Where the platform has no
 * `socketpair(2)` (Windows), it is a TCP connection over loopback, as in
 * CPython: the family defaults to AF_INET, and only AF_INET or AF_INET6
 * with SOCK_STREAM are accepted.
 *
 * @example Talking to yourself
 * ```ts
 * import { socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.send("hi");
 * console.log(b.recv(2)); // Uint8Array [104, 105]
 * a.close();
 * b.close();
 * ```
 */
export function socketpair(): [
  SocketType<UnixAddress | InetAddress>,
  SocketType<UnixAddress | InetAddress>,
];
/**
 * A pair of connected sockets of `family`, an `AF_*` constant: their
 * addresses have that family's type.
 *
 * @example A datagram pair
 * ```ts
 * import { AF_UNIX, SOCK_DGRAM, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair(AF_UNIX, SOCK_DGRAM); // SocketType<UnixAddress>
 * a.send("one");
 * a.send("two");
 * console.log(b.recv(16).length, b.recv(16).length); // 3 3: message boundaries kept
 * a.close();
 * b.close();
 * ```
 */
export function socketpair<F extends Family<Address>>(
  family: F,
  type?: number,
  proto?: number,
): [SocketType<AddressOf<F>>, SocketType<AddressOf<F>>];
/**
 * A pair of connected sockets of a family given as a plain number: their
 * addresses are typed {@linkcode Address}.
 *
 * @example A family chosen at run time
 * ```ts
 * import { AF_UNIX, socketpair } from "@berkeley/socket";
 * const family: number = AF_UNIX;
 * const [a, b] = socketpair(family);
 * console.log(a.family === family); // true
 * a.close();
 * b.close();
 * ```
 */
export function socketpair(
  family: number,
  type?: number,
  proto?: number,
): [SocketType<Address>, SocketType<Address>];
export function socketpair(
  family: number = features.socketpair ? C.AF_UNIX ?? C.AF_INET : C.AF_INET,
  type: number = C.SOCK_STREAM,
  proto: number = 0,
): [SocketType<Address>, SocketType<Address>] {
  family = intArg(family, "socketpair(): family", -INT_MAX - 1, INT_MAX);
  type = intArg(type, "socketpair(): type", -INT_MAX - 1, INT_MAX);
  proto = intArg(proto, "socketpair(): proto", -INT_MAX - 1, INT_MAX);
  if (!features.socketpair) return loopbackPair(family, type, proto);
  const sv = new Int32Array(2);
  if (openPair(family, type, proto, sv) !== 0) {
    throw errorFromErrno(lastErrno());
  }
  const [a = -1, b = -1] = sv; // sv holds two descriptors
  return [
    adoptSocket(family, type, proto, a),
    adoptSocket(family, type, proto, b),
  ];
}

/**
 * A socket over a duplicate of descriptor `fd` (`dup(2)`); `fd` itself
 * stays open and unowned. The new socket starts in blocking mode. The
 * arguments are checked before anything is duplicated, and a descriptor
 * that is not a socket raises ENOTSOCK with nothing left open.
 *
 * @example Wrapping an inherited descriptor
 * ```ts
 * import { AF_UNIX, fromfd, SOCK_STREAM, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * const c = fromfd(a.fileno(), AF_UNIX, SOCK_STREAM);
 * console.log(c.fileno() !== a.fileno()); // true
 * for (const s of [a, b, c]) s.close();
 * ```
 */
export function fromfd<F extends Family<Address>>(
  fd: number,
  family: F,
  type: number,
  proto?: number,
): SocketType<AddressOf<F>>;
/**
 * A socket over a duplicate of `fd`, of a family given as a plain number:
 * its addresses are typed {@linkcode Address}.
 *
 * @example Wrapping a descriptor of a family known only at run time
 * ```ts
 * import { fromfd, socket } from "@berkeley/socket";
 * using s = socket();
 * const family: number = s.family;
 * using t = fromfd(s.fileno(), family, s.type);
 * console.log(t.family === family); // true
 * ```
 */
export function fromfd(
  fd: number,
  family: number,
  type: number,
  proto?: number,
): SocketType<Address>;
export function fromfd(
  fd: number,
  family: number,
  type: number,
  proto: number = 0,
): SocketType<Address> {
  fd = intArg(
    fd,
    "fromfd(): fd",
    -INT_MAX - 1,
    features.handleIsPointer ? 2 ** 53 - 1 : INT_MAX,
  );
  family = intArg(family, "fromfd(): family", -INT_MAX - 1, INT_MAX);
  type = intArg(type, "fromfd(): type", -INT_MAX - 1, INT_MAX);
  proto = intArg(proto, "fromfd(): proto", -INT_MAX - 1, INT_MAX);
  if (!features.dup) throw errorFromErrno(errno.EOPNOTSUPP);
  // A descriptor that is not a socket is refused before the duplicate is
  // made (and made non-blocking, a flag the original shares).
  describeSocket(fd, family, type, proto);
  const copy = duplicate(fd);
  if (copy < 0) throw errorFromErrno(lastErrno());
  try {
    return adoptSocket(family, type, proto, copy);
  } catch (e) {
    closeHandle(copy);
    throw e;
  }
}
