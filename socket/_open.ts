/**
 * How a `SocketType` gets its descriptor: a new one from `socket(2)`, a
 * given descriptor checked to be a socket (`fileno`), or one the library
 * just made itself and adopts (`accept`, `dup`, `socketpair`). The
 * constructor, with its documentation, is in `socket.ts`.
 *
 * @module
 */
import { constants, features, lastErrno } from "../platform/mod.ts";
import { errorFromErrno } from "./errors.ts";
import { INT_MAX, INT_MIN, intArg } from "./_data.ts";
import { openSocket, setNonblocking } from "./_sys.ts";
import { describeSocket } from "./_fileno.ts";
import { checkSocket } from "./permissions.ts";
import { getdefaulttimeout } from "./_defaults.ts";
import { access } from "./_access.ts";
import type { Address } from "../address/mod.ts";
import type { SocketType } from "./socket.ts";

const C = constants;
const NONBLOCK = C.SOCK_NONBLOCK ?? 0;

// Set while the library wraps a descriptor it made itself (accept, dup,
// socketpair): a socket of known family, type and protocol, not checked;
// and, unless undefined, the mode its descriptor's O_NONBLOCK matches.
let adopting = false;
let adoptedMode: number | null | undefined;

/**
 * A new socket's family, type, protocol, descriptor and mode, as
 * {@linkcode openDescriptor} leaves them for the constructor. One object
 * serves every socket (no array to allocate per socket): the constructor
 * reads it right after the call, and nothing of the caller's runs in
 * between.
 */
export const opened: {
  family: number;
  type: number;
  proto: number;
  fd: number;
  mode: number | null;
} = { family: 0, type: 0, proto: 0, fd: -1, mode: null };

/**
 * The constructor's arguments checked, and the descriptor made or taken:
 * the result is left in {@linkcode opened}.
 */
export function openDescriptor(
  family: number | undefined,
  type: number | undefined,
  proto: number | undefined,
  fileno: number | undefined,
): void {
  if (family !== undefined) {
    family = intArg(family, "socket(): family", INT_MIN, INT_MAX);
  }
  if (type !== undefined) {
    type = intArg(type, "socket(): type", INT_MIN, INT_MAX);
  }
  if (proto !== undefined) {
    proto = intArg(proto, "socket(): proto", INT_MIN, INT_MAX);
  }
  // SOCK_NONBLOCK in the type makes a non-blocking socket (Python 3).
  let mode = (type ?? 0) & NONBLOCK ? 0 : getdefaulttimeout();
  if (fileno === undefined) {
    family ??= C.AF_INET;
    type ??= C.SOCK_STREAM;
    proto ??= 0;
    checkSocket(family, type);
    const fd = openSocket(family, type, proto, mode !== null);
    if (fd < 0) throw errorFromErrno(lastErrno());
    set(family, type, proto, fd, mode);
    return;
  }
  const fd = intArg(
    fileno,
    "socket(): fileno",
    0,
    features.handleIsPointer ? 2 ** 53 - 1 : INT_MAX,
  );
  const kind = adopting ? null : describeSocket(fd, family, type, proto);
  if (adoptedMode !== undefined) {
    mode = adoptedMode;
  } else if (mode !== null && !((type ?? 0) & NONBLOCK)) {
    // As CPython: a default timeout makes the descriptor non-blocking;
    // otherwise it is left as its other holders have it.
    if (!setNonblocking(fd, true)) throw errorFromErrno(lastErrno());
  }
  if (kind === null) set(family ?? 0, type ?? 0, proto ?? 0, fd, mode);
  else set(kind[0], kind[1], kind[2], fd, mode);
}

function set(
  family: number,
  type: number,
  proto: number,
  fd: number,
  mode: number | null,
): void {
  opened.family = family;
  opened.type = type;
  opened.proto = proto;
  opened.fd = fd;
  opened.mode = mode;
}

/**
 * A socket over `fd`, a socket descriptor this library just made with the
 * given family, type and protocol (no check that it is one). With `mode`,
 * the socket takes that mode and `fd`'s O_NONBLOCK already matches it;
 * without, it is set up as `SocketType(..., fileno)` sets up any
 * descriptor.
 */
export function adoptSocket<A extends Address = Address>(
  family: number,
  type: number,
  proto: number,
  fd: number,
  mode?: number | null,
): SocketType<A> {
  adopting = true;
  adoptedMode = mode;
  try {
    // A socket made with these arguments has the address type A.
    return access.create(family, type, proto, fd) as SocketType<A>;
  } finally {
    adopting = false;
    adoptedMode = undefined;
  }
}
