/**
 * Descriptors as Python 3's socket module handles them outside a socket
 * object: the module function `close(fd)`, and whether a descriptor is
 * inherited by child processes (close-on-exec; on Windows the handle's
 * `HANDLE_FLAG_INHERIT`).
 *
 * @module
 */
import { closing } from "./_close_hook.ts";
import {
  constants,
  errno,
  fcntl,
  features,
  lastErrno,
  lib,
} from "../platform/mod.ts";
import { INT_MAX, INT_MIN, intArg } from "./_data.ts";
import { errorFromErrno } from "./errors.ts";
import { described } from "../address/_struct.ts";
import { closeHandle, duplicate } from "./_sys.ts";

const C = constants;
/** `HANDLE_FLAG_INHERIT` (winbase.h). */
const HANDLE_FLAG_INHERIT = 1;
const handleFlags = new Uint8Array(4);
const handleView = new DataView(handleFlags.buffer);

/** The range of a descriptor argument: an `int`, or a Windows `SOCKET`. */
function fdArg(fd: unknown, what: string): number {
  return intArg(
    fd,
    what,
    INT_MIN,
    features.handleIsPointer ? 2 ** 53 - 1 : INT_MAX,
  );
}

/**
 * Closes a socket descriptor, as Python 3's `socket.close(fd)`: for a
 * descriptor taken with `detach()`, or received with `recv_fds()`.
 * ECONNRESET is not raised (as CPython); any other failure is `error`.
 *
 * @example Closing a detached descriptor
 * ```ts
 * import { close, socket } from "@berkeley/socket";
 * const s = socket();
 * const fd = s.detach();
 * close(fd);
 * ```
 */
export function close(fd: number): void {
  const handle = fdArg(fd, "close(): fd");
  closing(handle); // pending sock_* calls on it reject with EBADF
  if (closeHandle(handle) !== 0) {
    const err = lastErrno();
    if (err !== errno.ECONNRESET) throw errorFromErrno(err);
  }
}

/**
 * Duplicates a socket descriptor, as Python 3's module function
 * `socket.dup(fd)`: a new descriptor for the same socket, not inherited by
 * child processes (`F_DUPFD_CLOEXEC`; Windows: `WSADuplicateSocketW`).
 *
 * @example Handing out a second descriptor
 * ```ts
 * import { close, dup, socket } from "@berkeley/socket";
 * using s = socket();
 * const fd = dup(s.fileno());
 * console.log(fd !== s.fileno()); // true
 * close(fd);
 * ```
 */
export function dup(fd: number): number {
  const handle = fdArg(fd, "dup(): fd");
  const copy = duplicate(handle);
  if (copy < 0) throw errorFromErrno(lastErrno());
  return copy;
}

/**
 * Whether child processes inherit descriptor `fd`: false when it is
 * close-on-exec (`FD_CLOEXEC`; Windows: no `HANDLE_FLAG_INHERIT`).
 * Throws `error` (EBADF) for a descriptor that is not open.
 */
export function getInheritable(fd: number): boolean {
  if (C.F_GETFD === undefined) {
    const get = lib.GetHandleInformation;
    if (!get) throw errorFromErrno(errno.EOPNOTSUPP);
    if (get(fd, handleFlags) === 0) {
      throw errorFromErrno(lastErrno());
    }
    return (handleView.getUint32(0, true) & HANDLE_FLAG_INHERIT) !== 0;
  }
  const flags = fcntl(fd, C.F_GETFD);
  if (flags < 0) throw errorFromErrno(lastErrno());
  return (flags & C.FD_CLOEXEC) === 0;
}

/**
 * `set_inheritable()`'s argument: a boolean, or a number as Python takes
 * any integer; anything else raises TypeError.
 */
export function inheritableArg(value: unknown): boolean {
  if (typeof value !== "boolean" && typeof value !== "number") {
    throw new TypeError(
      `set_inheritable(): inheritable must be a boolean, got ${
        described(value)
      }`,
    );
  }
  return Boolean(value);
}

/** Makes descriptor `fd` inherited by child processes, or not. */
export function setInheritable(fd: number, inheritable: boolean): void {
  if (C.F_GETFD === undefined) {
    const flags = inheritable ? HANDLE_FLAG_INHERIT : 0;
    const set = lib.SetHandleInformation;
    if (!set) throw errorFromErrno(errno.EOPNOTSUPP);
    if (set(fd, HANDLE_FLAG_INHERIT, flags) === 0) {
      throw errorFromErrno(lastErrno());
    }
    return;
  }
  const flags = fcntl(fd, C.F_GETFD);
  if (flags < 0) throw errorFromErrno(lastErrno());
  const wanted = inheritable ? flags & ~C.FD_CLOEXEC : flags | C.FD_CLOEXEC;
  if (wanted !== flags && fcntl(fd, C.F_SETFD, wanted) !== 0) {
    throw errorFromErrno(lastErrno());
  }
}
