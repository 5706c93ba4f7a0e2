/**
 * The few system primitives whose spelling differs between operating
 * systems, driven by the platform's `features` table: opening a socket
 * close-on-exec and non-blocking, closing it, polling it, accepting on it.
 *
 * @module
 */
import type { NativeFunction } from "../ffi/mod.ts";
import {
  acceptSocket,
  constants,
  dupSocket,
  errno,
  fcntl,
  features,
  ioctl,
  layout,
  lib,
  openSocket as openHandle,
} from "../platform/mod.ts";
import { LITTLE_ENDIAN } from "../address/_struct.ts";

const C = constants;
const closeFn = lib[features.closeSymbol] as NativeFunction;
const pollFn = lib[features.pollSymbol] as NativeFunction;
const POLLFD = layout("pollfd");
const one = new Uint8Array(4);
new DataView(one.buffer).setInt32(0, 1, LITTLE_ENDIAN);

/** A handle value: `-1` for failure, whatever the OS's convention. */
function handle(h: number | bigint): number {
  if (typeof h === "bigint" || h >= 2 ** 63) return -1; // INVALID_SOCKET
  return h;
}

/** Makes `fd` non-blocking; returns false (errno set) on failure. */
export function setNonblocking(fd: number): boolean {
  if (features.nonblock === "ioctlsocket") {
    return ioctl(fd, C.FIONBIO, one) === 0;
  }
  const flags = fcntl(fd, C.F_GETFL, 0);
  if (flags < 0) return false;
  if (flags & C.O_NONBLOCK) return true;
  return fcntl(fd, C.F_SETFL, flags | C.O_NONBLOCK) === 0;
}

/** Prepares a new handle where the OS could not do it atomically. */
function prepare(fd: number, nonblocking = false): number {
  if (fd < 0) return fd;
  let ok = true;
  if (!features.sockCloexec && C.F_SETFD !== undefined) {
    ok = fcntl(fd, C.F_SETFD, C.FD_CLOEXEC) === 0;
  }
  if (ok && !nonblocking) ok = setNonblocking(fd);
  if (ok && features.soNoSigpipe) {
    ok = lib.setsockopt(fd, C.SOL_SOCKET, C.SO_NOSIGPIPE, one, 4) === 0;
  }
  if (ok) return fd;
  closeFn(fd);
  return -1;
}

const CREATE_FLAGS = features.sockCloexec
  ? C.SOCK_CLOEXEC | C.SOCK_NONBLOCK
  : 0;

/** `socket(2)`, close-on-exec and non-blocking; -1 with errno on failure. */
export function openSocket(
  family: number,
  type: number,
  proto: number,
): number {
  // SOCK_NONBLOCK in CREATE_FLAGS already made it non-blocking.
  return prepare(
    handle(openHandle(family, type | CREATE_FLAGS, proto)),
    CREATE_FLAGS !== 0,
  );
}

/** `socketpair(2)` into `sv`, both ends prepared; -1 with errno on failure. */
export function openPair(
  family: number,
  type: number,
  proto: number,
  sv: Int32Array,
): number {
  const bytes = new Uint8Array(sv.buffer, sv.byteOffset, 8);
  if (lib.socketpair(family, type | CREATE_FLAGS, proto, bytes) !== 0) {
    return -1;
  }
  const [a = -1, b = -1] = sv; // sv holds two descriptors
  if (prepare(a, CREATE_FLAGS !== 0) < 0) {
    closeFn(b);
    return -1;
  }
  if (prepare(b, CREATE_FLAGS !== 0) < 0) {
    closeFn(a);
    return -1;
  }
  return 0;
}

/** `dup(2)`, then prepared; -1 with errno on failure. */
export function duplicate(fd: number): number {
  if (features.sockCloexec && C.F_DUPFD_CLOEXEC !== undefined) {
    return prepare(fcntl(fd, C.F_DUPFD_CLOEXEC, 0));
  }
  return prepare(handle(dupSocket(fd)));
}

/** `accept4(2)` (or `accept` and preparation); -1 with errno on failure. */
export function acceptOn(
  fd: number,
  addr: Uint8Array,
  len: Uint8Array,
): number {
  if (features.accept4) return lib.accept4(fd, addr, len, CREATE_FLAGS);
  return prepare(handle(acceptSocket(fd, addr, len)));
}

/** Closes a handle; returns the C result (0, or -1 with errno). */
export function closeHandle(fd: number): number {
  return closeFn(fd);
}

const pollBytes = new Uint8Array(POLLFD.size);
const pollView = new DataView(pollBytes.buffer);

/**
 * Polls one descriptor for `events` for up to `ms` (-1: forever); the C
 * result. One `pollfd` serves every socket: calls are synchronous.
 */
export function pollOne(fd: number, events: number, ms: number): number {
  const [at, size] = POLLFD.fields.fd;
  if (size === 8) pollView.setBigInt64(at, BigInt(fd), LITTLE_ENDIAN);
  else pollView.setInt32(at, fd, LITTLE_ENDIAN);
  pollView.setInt16(POLLFD.fields.events[0], events, LITTLE_ENDIAN);
  pollView.setInt16(POLLFD.fields.revents[0], 0, LITTLE_ENDIAN);
  return pollFn(pollBytes, 1, ms);
}

/** The errno values the call helper treats specially. */
export const E = {
  EINTR: errno.EINTR,
  EAGAIN: errno.EAGAIN,
  EWOULDBLOCK: errno.EWOULDBLOCK ?? errno.EAGAIN,
  EBADF: errno.EBADF,
  /**
   * What a non-blocking `connect()` reports while the connection goes on
   * (EINPROGRESS; Windows: EWOULDBLOCK). On Linux, EAGAIN from `connect()`
   * is a full AF_UNIX backlog: nothing was started.
   */
  CONNECT_PENDING: errno[features.connectPending],
};
