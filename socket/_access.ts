/**
 * What this folder's private files may do with a socket's private state:
 * `SocketType` hands {@linkcode SocketAccess} over once, from its static
 * block, so that the method bodies kept apart from `socket.ts` (`_msg.ts`,
 * `_sendfile.ts`, `_options.ts`, `_connect.ts`) reach the descriptor through the class's
 * own timeout helper without a public member or an import circle. The
 * `sock_*` calls' seam, {@linkcode attempt} and {@linkcode socketArg}, is
 * here too.
 *
 * @module
 */
import type { Address } from "../address/mod.ts";
import { described } from "../address/_struct.ts";
import { lastErrno } from "../platform/mod.ts";
import { errorFromErrno } from "./errors.ts";
import { setNonblocking } from "./_sys.ts";
import { attempting, DONTWAIT, type Op, setAttempting } from "./_ops.ts";
import type { SocketType } from "./socket.ts";

/** The private members of `SocketType` the private files use. */
export interface SocketAccess {
  /** `#fd in value`: true only for a real socket (no Proxy, no copy). */
  isSocket(value: object): boolean;
  /** `SocketType.prototype`. */
  classPrototype: object;
  /** `s.#call(...)`: one call through the timeout helper. */
  call(
    s: SocketType,
    events: number,
    deadline: number,
    op: Op,
    a?: unknown,
    b?: unknown,
    c?: unknown,
    d?: unknown,
    e?: unknown,
  ): number;
  /** `s.#live()`: the descriptor, or EBADF when closed. */
  live(s: SocketType): number;
  /** `s.#fd`: the descriptor, -1 when closed. */
  fd(s: SocketType): number;
  /** `s.#closed`: `close()` or `detach()` was called. */
  closed(s: SocketType): boolean;
  /** `s.#encode(address, method)`: the address packed into `ADDR`. */
  encode(s: SocketType, address: unknown, method: string): number;
  /** `s.#address()`: the address the OS wrote to `ADDR`. */
  address(s: SocketType): Address;
  /** Counts a file from `makefile()` that keeps the descriptor open. */
  ref(s: SocketType): void;
  /** `s.#unref()`: that file closed; closes a socket closed meanwhile. */
  unref(s: SocketType): void;
  /** `s.#setMode(fd, timeout)`: the mode and O_NONBLOCK to match. */
  setMode(s: SocketType, fd: number, timeout: number | null): void;
  /** `new SocketType(family, type, proto, fd)`. */
  create(family: number, type: number, proto: number, fd?: number): SocketType;
  /** `s.#family`: the socket's family. */
  family(s: SocketType): number;
  /** `s.#sendFlags`: the flags or-ed into every send. */
  sendFlags(s: SocketType): number;
  /** `s.#type`: the socket's type. */
  type(s: SocketType): number;
  /** `s.#proto`: the socket's protocol. */
  proto(s: SocketType): number;
  /** `s.#timeout`: the socket's mode. */
  timeout(s: SocketType): number | null;
}

/** The class's private members, once `socket.ts` has handed them over. */
export let access: SocketAccess;
let granted = false;

/** Called once by `SocketType`'s static block. */
export function grantAccess(members: SocketAccess): void {
  access = members;
  granted = true;
}

/**
 * Makes `op` (a call of one of `s`'s methods) a single attempt that never
 * blocks, whatever `s`'s mode: the method raises EAGAIN (EINPROGRESS for
 * a connect) instead of waiting. Calls with flags get MSG_DONTWAIT in
 * every mode (a socket in non-blocking mode may share its descriptor's
 * mode with a `dup()` set blocking); `accept()`, `connect()` and
 * `sendfile()` run with the descriptor non-blocking for the call in
 * blocking mode, and in the other modes when its flag, read first, says
 * it is blocking all the same; where there is no MSG_DONTWAIT (Windows),
 * every call in blocking mode does. This is how the
 * `sock_*` calls try a call.
 *
 * @example Receiving what is there, without waiting
 * ```ts ignore
 * import { attempt } from "./_access.ts";
 * import { socketpair } from "./socketpair.ts";
 * const [a, b] = socketpair();
 * a.send("hi");
 * console.log(attempt(b, () => b.recv(16))); // Uint8Array(2) [104, 105]
 * a.close();
 * b.close();
 * ```
 */
export function attempt<T>(s: SocketType, op: () => T): T {
  if (attempting) return op();
  const blocking = access.timeout(s) === null;
  // Without MSG_DONTWAIT, the whole call runs on a non-blocking descriptor.
  const fd = blocking && DONTWAIT === 0 ? access.fd(s) : -1;
  if (fd >= 0 && !setNonblocking(fd, true)) {
    throw errorFromErrno(lastErrno());
  }
  setAttempting(true, blocking);
  try {
    return op();
  } finally {
    setAttempting(false, false);
    if (fd >= 0 && access.fd(s) === fd) setNonblocking(fd, false);
  }
}

/**
 * `value` as a socket, or a TypeError naming the argument (`what`, as
 * `"sock_recv(): s"`): the check at the entry of the functions that take a
 * socket.
 */
export function socketArg(value: unknown, what: string): SocketType {
  if (
    granted && typeof value === "object" && value !== null &&
    access.isSocket(value)
  ) {
    return value as SocketType;
  }
  throw new TypeError(`${what} must be a socket, got ${notSocket(value)}`);
}

/** What a value that is not a socket is, for {@linkcode socketArg}. */
function notSocket(value: unknown): string {
  try {
    // A Proxy of a socket, or an object made from one, is no socket of ours.
    if (
      granted && typeof value === "object" && value !== null &&
      Object.prototype.isPrototypeOf.call(access.classPrototype, value)
    ) {
      return "a Proxy or imitation of a socket";
    }
  } catch {
    // a revoked Proxy: described() says what it can
  }
  return described(value);
}
