/**
 * Python 3.9's `send_fds()` and `recv_fds()`: passing descriptors over an
 * AF_UNIX socket as SCM_RIGHTS ancillary data.
 *
 * @module
 */
import { constants, errno } from "../platform/mod.ts";
import type { Address, AddressInput } from "../address/mod.ts";
import { described, LITTLE_ENDIAN } from "../address/_struct.ts";
import { CMSG_LEN } from "./ancillary.ts";
import { INT_MAX, INT_MIN, intArg, iterableArg } from "./_data.ts";
import type { SocketType } from "./socket.ts";
import { errorFromErrno } from "./errors.ts";

const C = constants;
/** The bytes of one descriptor in SCM_RIGHTS data (a C `int`). */
const FD_SIZE = 4;

/**
 * `sock`'s method `name`, read once (a getter is not asked twice), or a
 * TypeError when it has none: like Python, any object with the method will
 * do.
 */
function methodOf<A extends Address, K extends "sendmsg" | "recvmsg">(
  sock: SocketType<A>,
  name: K,
  method: string,
): SocketType<A>[K] {
  const s = sock as Partial<SocketType<A>> | null;
  const fn = s === null || typeof s !== "object" ? undefined : s[name];
  if (typeof fn !== "function") {
    throw new TypeError(
      `${method}: sock must be a socket, got ${described(sock)}`,
    );
  }
  return fn as SocketType<A>[K];
}

/**
 * Sends `buffers` and the descriptors `fds` (SCM_RIGHTS) on an AF_UNIX
 * socket, to its peer or to `address`; returns the bytes sent.
 *
 * @example Passing a socket's descriptor to the peer
 * ```ts
 * import { recv_fds, send_fds, socket, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * using s = socket();
 * send_fds(a, ["fd"], [s.fileno()]);
 * const [data, fds] = recv_fds(b, 16, 1);
 * console.log(data.length, fds.length); // 2 1
 * ```
 */
export function send_fds<A extends Address>(
  sock: SocketType<A>,
  buffers: Iterable<ArrayBufferView | ArrayBuffer | string>,
  fds: Iterable<number>,
  flags?: number,
  address?: AddressInput<A> | null,
): number;
export function send_fds<A extends Address>(
  sock: SocketType<A>,
  buffers: Iterable<ArrayBufferView | ArrayBuffer | string>,
  fds: Iterable<number>,
  flags: number = 0,
  address?: AddressInput<A> | null,
): number {
  const sendmsg = methodOf(sock, "sendmsg", "send_fds()");
  const list = iterableArg<unknown>(fds, "send_fds(): fds").map((fd, i) =>
    intArg(fd, `send_fds(): fds[${i}]`, INT_MIN, INT_MAX)
  );
  // No SCM_RIGHTS (Windows): as sendmsg() there, EOPNOTSUPP.
  if (C.SCM_RIGHTS === undefined) throw errorFromErrno(errno.EOPNOTSUPP);
  const data = new Uint8Array(new Int32Array(list).buffer);
  return sendmsg.call(
    sock,
    buffers,
    [[C.SOL_SOCKET, C.SCM_RIGHTS, data]],
    flags,
    address,
  );
}

/**
 * Receives up to `bufsize` bytes and up to `maxfds` descriptors on an
 * AF_UNIX socket: `[data, fds, msg_flags, address]`. The descriptors are
 * the receiver's to close (`close(fd)`, or wrap them with `fromfd`).
 *
 * @example Receiving one descriptor
 * ```ts
 * import { close, recv_fds, send_fds, socket, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * using s = socket();
 * send_fds(a, ["x"], [s.fileno()]);
 * const [, fds] = recv_fds(b, 1, 1);
 * for (const fd of fds) close(fd);
 * ```
 */
export function recv_fds<A extends Address>(
  sock: SocketType<A>,
  bufsize: number,
  maxfds: number,
  flags?: number,
): [Uint8Array<ArrayBuffer>, number[], number, A | null];
export function recv_fds<A extends Address>(
  sock: SocketType<A>,
  bufsize: number,
  maxfds: number,
  flags: number = 0,
): [Uint8Array<ArrayBuffer>, number[], number, A | null] {
  const recvmsg = methodOf(sock, "recvmsg", "recv_fds()");
  intArg(maxfds, "recv_fds(): maxfds", 0, Math.floor(INT_MAX / FD_SIZE) - 64);
  const [data, ancdata, msgFlags, address] = recvmsg.call(
    sock,
    bufsize,
    CMSG_LEN(maxfds * FD_SIZE),
    flags,
  );
  const fds: number[] = [];
  for (const [level, type, payload] of ancdata) {
    if (level !== C.SOL_SOCKET || type !== C.SCM_RIGHTS) continue;
    const whole = payload.byteLength - (payload.byteLength % FD_SIZE);
    const view = new DataView(payload.buffer, payload.byteOffset, whole);
    for (let at = 0; at < whole; at += FD_SIZE) {
      fds.push(view.getInt32(at, LITTLE_ENDIAN));
    }
  }
  return [data, fds, msgFlags, address];
}
