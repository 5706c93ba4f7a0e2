/**
 * `connect()` and `connect_ex()`'s one body: the `connect(2)` call in the
 * socket's mode, and the end of a connection the OS goes on with in the
 * background. The methods, with their documentation, are in `socket.ts`.
 *
 * @module
 */
import { constants as C, lastErrno, lib } from "../platform/mod.ts";
import { timeout } from "./errors.ts";
import { E, setNonblocking } from "./_sys.ts";
import {
  ADDR,
  attempting,
  now,
  POLLOUT,
  switchForAttempt,
  waitFor,
} from "./_ops.ts";
import { access } from "./_access.ts";
import type { SocketType } from "./socket.ts";

/**
 * Connects `s` to `address`: 0, an errno, or -1 for a timeout. Address
 * errors are thrown. Blocking mode is one `connect(2)`; timeout mode waits
 * for a connection in progress and reads its outcome from `SO_ERROR`
 * (CPython's way).
 */
export function connectTo(
  s: SocketType,
  address: unknown,
  method: string,
): number {
  const len = access.encode(s, address, method);
  const fd = access.live(s);
  const t = attempting ? 0 : access.timeout(s);
  const switched = attempting && switchForAttempt(fd);
  let err = 0;
  for (;;) {
    if (lib.connect(fd, ADDR.bytes, len) === 0) break;
    err = lastErrno();
    if (err !== E.EINTR) break;
    // Interrupted: the connection goes on in the background; wait for it
    // (bpo-23618), unless the socket is non-blocking.
    if (t !== 0) {
      err = E.CONNECT_PENDING;
      break;
    }
  }
  if (switched) setNonblocking(fd, false);
  if (err !== E.CONNECT_PENDING || t === 0) return err;
  return finishConnect(s, fd, len, t);
}

/**
 * The end of a `connect()` the OS goes on with in the background (EINTR,
 * bpo-23618): waits until `s`'s descriptor `fd` is writable, for `t`
 * seconds (`null`: forever), and returns the connection's error (0 when it
 * connected) or -1 when the time ran out. The address is still in
 * {@linkcode ADDR}, `len` bytes.
 */
function finishConnect(
  s: SocketType,
  fd: number,
  len: number,
  t: number | null,
): number {
  const deadline = t === null ? -1 : now() + t * 1000;
  try {
    waitFor(fd, POLLOUT, deadline);
  } catch (e) {
    if (e instanceof timeout) return -1;
    throw e;
  }
  const result = s.getsockopt(C.SOL_SOCKET, C.SO_ERROR);
  // Finish the connection as a blocking connect() would, so that a second
  // connect() raises EISCONN instead of returning 0 (Linux).
  if (result === 0) lib.connect(fd, ADDR.bytes, len);
  return result;
}
