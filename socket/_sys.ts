/**
 * The few system primitives whose spelling differs between operating
 * systems, driven by the platform's `features` table: opening a socket
 * close-on-exec, setting O_NONBLOCK, closing it, polling it, accepting on it.
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

const FLAG = new Uint8Array(4);
const FLAG_VIEW = new DataView(FLAG.buffer);

/**
 * Sets (`on`) or clears O_NONBLOCK on `fd` with one `ioctl(FIONBIO)`, as
 * CPython does (Windows: `ioctlsocket`); false (errno set) on failure.
 */
export function setNonblocking(fd: number, on: boolean): boolean {
  FLAG_VIEW.setInt32(0, on ? 1 : 0, LITTLE_ENDIAN);
  return ioctl(fd, C.FIONBIO, FLAG) === 0;
}

/**
 * Prepares a new handle where the OS could not do it atomically:
 * close-on-exec, SIGPIPE off, and O_NONBLOCK set to `nonblocking` when
 * `current` (its flag now) differs. Closes it and returns -1 on failure.
 */
function prepare(fd: number, nonblocking: boolean, current: boolean): number {
  if (fd < 0) return fd;
  let ok = true;
  if (!features.sockCloexec && C.F_SETFD !== undefined) {
    ok = fcntl(fd, C.F_SETFD, C.FD_CLOEXEC) === 0;
  }
  if (ok && nonblocking !== current) ok = setNonblocking(fd, nonblocking);
  if (ok && features.soNoSigpipe) {
    ok = lib.setsockopt(fd, C.SOL_SOCKET, C.SO_NOSIGPIPE, one, 4) === 0;
  }
  if (ok) return fd;
  closeFn(fd);
  return -1;
}

const CLOEXEC = features.sockCloexec ? C.SOCK_CLOEXEC : 0;
/** SOCK_NONBLOCK where socket(2) and accept4(2) take it, else 0. */
const NONBLOCK = features.sockCloexec ? C.SOCK_NONBLOCK : 0;

/**
 * `socket(2)`, close-on-exec, non-blocking when `nonblocking` (atomically
 * where the OS can); -1 with errno on failure. SOCK_NONBLOCK in `type`
 * makes it non-blocking too.
 */
export function openSocket(
  family: number,
  type: number,
  proto: number,
  nonblocking: boolean,
): number {
  const flags = CLOEXEC | (nonblocking ? NONBLOCK : 0);
  return prepare(
    handle(openHandle(family, type | flags, proto)),
    nonblocking,
    nonblocking && NONBLOCK !== 0,
  );
}

/**
 * `socketpair(2)` into `sv`, both ends close-on-exec (blocking unless
 * `type` has SOCK_NONBLOCK); -1 with errno on failure.
 */
export function openPair(
  family: number,
  type: number,
  proto: number,
  sv: Int32Array,
): number {
  const bytes = new Uint8Array(sv.buffer, sv.byteOffset, 8);
  if (lib.socketpair(family, type | CLOEXEC, proto, bytes) !== 0) {
    return -1;
  }
  const [a = -1, b = -1] = sv; // sv holds two descriptors
  if (prepare(a, false, false) < 0) {
    closeFn(b);
    return -1;
  }
  if (prepare(b, false, false) < 0) {
    closeFn(a);
    return -1;
  }
  return 0;
}

/**
 * `dup(2)`, close-on-exec; -1 with errno on failure. The copy shares the
 * original's O_NONBLOCK where the OS shares it (POSIX: one open file
 * description); the caller sets it where not (Windows).
 */
export function duplicate(fd: number): number {
  if (features.sockCloexec && C.F_DUPFD_CLOEXEC !== undefined) {
    return fcntl(fd, C.F_DUPFD_CLOEXEC, 0);
  }
  return prepare(handle(dupSocket(fd)), false, false);
}

/**
 * `accept4(2)` (or `accept` and preparation), giving a descriptor that is
 * non-blocking exactly when `nonblocking`: Linux does not pass the
 * listener's O_NONBLOCK on, BSD, macOS and Windows do (`inherited`, the
 * listener's flag), so it is set or cleared there as CPython does; -1
 * with errno on failure.
 */
export function acceptOn(
  fd: number,
  addr: Uint8Array,
  len: Uint8Array,
  nonblocking: boolean,
  inherited: boolean,
): number {
  if (features.accept4) {
    return lib.accept4(fd, addr, len, CLOEXEC | (nonblocking ? NONBLOCK : 0));
  }
  return prepare(handle(acceptSocket(fd, addr, len)), nonblocking, inherited);
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
