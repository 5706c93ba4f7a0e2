/**
 * The C calls `SocketType` makes on a descriptor, and the state they share:
 * one function per call (`opRecv` ... `opSendfile`), each returning >= 0 or
 * -1 with errno set, for the class's timeout helper `#call` to make; the
 * `sock_*` attempt flags they obey; and the scratch memory every socket
 * shares (calls are synchronous: each is packed, made and unpacked before
 * any other JavaScript runs).
 *
 * @module
 */
import {
  decodeAddress,
  encodeAddress,
  SockaddrBuffer,
} from "../address/mod.ts";
import { LITTLE_ENDIAN } from "../address/_struct.ts";
import {
  constants,
  fcntl,
  lastErrno,
  layout,
  lib,
  sendFile,
  symbols,
} from "../platform/mod.ts";
import { type error, errorFromErrno, timeout } from "./errors.ts";
import { INT_MAX, intArg } from "./_data.ts";
import { acceptOn, E, pollOne, setNonblocking } from "./_sys.ts";
import { checkAddress, checkResolved, isNumericHost } from "./permissions.ts";

const C = constants;
/** `poll()`'s readable event. */
export const POLLIN = C.POLLIN;
/** `poll()`'s writable event. */
export const POLLOUT = C.POLLOUT;
/** `sizeof(struct sockaddr_storage)`. */
export const STORAGE = layout("sockaddr_storage").size;
// A call with MSG_DONTWAIT never waits, whatever the socket's mode.
/** MSG_DONTWAIT, or 0 where there is none (Windows). */
export const DONTWAIT = C.MSG_DONTWAIT ?? 0;

/** The shared sockaddr buffer addresses are packed into and read from. */
export const ADDR = new SockaddrBuffer(STORAGE);
/**
 * The room C gets for a socket option's value, whatever length it is told:
 * Wine 8.0's `getsockopt` writes past the length (4 bytes for SO_DEBUG,
 * IP_DONTFRAGMENT and IPX_MAX_ADAPTER_NUM, 24 for IPX_ADDRESS, with an
 * optlen of 1 to 4) and its `setsockopt(IP_DONTFRAGMENT)` reads a DWORD
 * whatever optlen says (measured under Wine, stop 21).
 */
export const OPT_ROOM = 64;
/**
 * The shared C `int` of an integer socket option (C is told 4 bytes), in
 * {@linkcode OPT_ROOM} bytes.
 */
export const OPT = new Uint8Array(OPT_ROOM);
/** {@linkcode OPT} as a DataView. */
export const OPT_VIEW = new DataView(OPT.buffer);
/** The shared `socklen_t` of a socket option's length. */
export const OPT_LEN = new Uint8Array(4);
/** {@linkcode OPT_LEN} as a DataView. */
export const OPT_LEN_VIEW = new DataView(OPT_LEN.buffer);

// While a sock_* call makes its one attempt (`attempt()`), no call waits,
// and a call must not block: the ops below add `dontwait` (MSG_DONTWAIT)
// to their flags in every mode, since a socket in non-blocking mode may
// still have a blocking descriptor (O_NONBLOCK belongs to the open file
// description, which a dup(), fromfd() or another process shares, and any
// of them may clear it); for calls without flags on a socket in blocking
// mode, and where there is no MSG_DONTWAIT, the descriptor is made
// non-blocking for the call.
/** True while a `sock_*` call makes its one attempt. */
export let attempting = false;
/** MSG_DONTWAIT while an attempt runs (0 where there is none), else 0. */
export let dontwait = 0;
/**
 * True while an attempt runs on a socket in blocking mode where there is
 * MSG_DONTWAIT: calls without flags make the descriptor non-blocking
 * for the call ({@linkcode switchForAttempt}).
 */
let switching = false;
/**
 * True while an attempt runs on a socket in non-blocking or timeout mode
 * where there is MSG_DONTWAIT: calls without flags ask the descriptor
 * whether it is blocking all the same ({@linkcode switchForAttempt}).
 */
let checking = false;

/**
 * Starts (`on`) or ends an attempt on a socket in blocking mode or not
 * (`blocking`): the ops add MSG_DONTWAIT to their flags meanwhile.
 */
export function setAttempting(on: boolean, blocking: boolean): void {
  attempting = on;
  dontwait = on ? DONTWAIT : 0;
  switching = on && blocking && DONTWAIT !== 0;
  checking = on && !blocking && DONTWAIT !== 0;
}

const wouldBlockErrors = new Map<number, error>();

/** The shared `error` an attempt that would block throws (see `#call`). */
export function wouldBlockError(code: number): error {
  let e = wouldBlockErrors.get(code);
  if (e === undefined) {
    e = errorFromErrno(code);
    wouldBlockErrors.set(code, e);
  }
  return e;
}

/** One operation on a descriptor, as `#call` makes it. */
export type Op = (
  fd: number,
  a: unknown,
  b: unknown,
  c: unknown,
  d: unknown,
  e: unknown,
) => number;

/**
 * The largest length one send/recv call takes: an `int` where the C
 * library declares it so (Winsock), else a `size_t`. Longer requests are
 * cut to it, as CPython does on Windows; sendall() sends the rest after.
 */
const IO_MAX = symbols.send?.parameters[2] === "i32" ? INT_MAX : 2 ** 53 - 1;

/** `recv(fd, buf, n, flags)`. */
export function opRecv(
  fd: number,
  buf: unknown,
  n: unknown,
  flags: unknown,
): number {
  return lib.recv(
    fd,
    buf,
    Math.min(n as number, IO_MAX),
    (flags as number) | dontwait,
  );
}

/** `send(fd, buf, n, flags)`. */
export function opSend(
  fd: number,
  buf: unknown,
  n: unknown,
  flags: unknown,
): number {
  return lib.send(
    fd,
    buf,
    Math.min(n as number, IO_MAX),
    (flags as number) | dontwait,
  );
}

/** `recvfrom(fd, buf, n, flags, addr, len)`. */
export function opRecvfrom(
  fd: number,
  buf: unknown,
  n: unknown,
  flags: unknown,
  addr: unknown,
  len: unknown,
): number {
  return lib.recvfrom(
    fd,
    buf,
    Math.min(n as number, IO_MAX),
    (flags as number) | dontwait,
    addr,
    len,
  );
}

/** `sendto(fd, buf, n, flags, addr, len)`. */
export function opSendto(
  fd: number,
  buf: unknown,
  n: unknown,
  flags: unknown,
  addr: unknown,
  len: unknown,
): number {
  return lib.sendto(
    fd,
    buf,
    Math.min(n as number, IO_MAX),
    (flags as number) | dontwait,
    addr,
    len,
  );
}

/** `accept4(fd, addr, len, ...)` or its equivalent (`acceptOn`). */
export function opAccept(
  fd: number,
  addr: unknown,
  len: unknown,
  nonblocking: unknown,
  inherited: unknown,
): number {
  return acceptOn(
    fd,
    addr as Uint8Array,
    len as Uint8Array,
    nonblocking as boolean,
    inherited as boolean,
  );
}

/** `sendmsg(fd, msg, flags)`. */
export function opSendmsg(fd: number, msg: unknown, flags: unknown): number {
  return lib.sendmsg(fd, msg, (flags as number) | dontwait);
}

/** `recvmsg(fd, msg, flags)`. */
export function opRecvmsg(fd: number, msg: unknown, flags: unknown): number {
  return lib.recvmsg(fd, msg, (flags as number) | dontwait);
}

/** `sendfile(fd, file, offset, count)` as the platform has it. */
export function opSendfile(
  fd: number,
  file: unknown,
  offset: unknown,
  count: unknown,
): number {
  return sendFile(fd, file as number, offset as number, count as number);
}

/** The events a receive with `flags` waits for: none with MSG_DONTWAIT. */
export function readable(flags: number): number {
  return flags & DONTWAIT ? 0 : POLLIN;
}

/** The events a send with `flags` waits for: none with MSG_DONTWAIT. */
export function writable(flags: number): number {
  return flags & DONTWAIT ? 0 : POLLOUT;
}

// recv() and recvfrom() receive into one reused buffer and return a copy of
// exactly the bytes that came: one allocation of the received size per call
// instead of one of the requested size. Calls are synchronous, so one buffer
// serves every socket; requests above SCRATCH_MAX get their own. A socket
// whose last receive filled its request receives into a fresh array of the
// requested size instead, which is the result itself when it fills again.
const SCRATCH_MAX = 256 * 1024;
let scratch: Uint8Array<ArrayBuffer> = new Uint8Array(0);

/**
 * The shared buffer of at least `size` bytes to receive into, or a new one
 * for a request above `SCRATCH_MAX`. (A socket whose last receive
 * filled its request makes a fresh array of exactly `size` bytes itself,
 * in `recv()`/`recvfrom()`: an allocation site of their own.)
 */
export function receiveBuffer(size: number): Uint8Array<ArrayBuffer> {
  if (size > SCRATCH_MAX) return new Uint8Array(size);
  if (scratch.length < size) {
    scratch = new Uint8Array(Math.max(size, 4096));
  }
  return scratch;
}

/**
 * The result of a receive of up to `size` bytes into `buf` that returned
 * `n`: `buf` itself when it is an array of the caller's own (not the shared
 * buffer) and the bytes fill it, else a copy of exactly the bytes. With
 * MSG_TRUNC (Linux) `n` is a datagram's whole length, which may exceed what
 * was written: only the `size` bytes received are returned.
 */
export function received(
  buf: Uint8Array<ArrayBuffer>,
  n: number,
  size: number,
): Uint8Array<ArrayBuffer> {
  const got = n < size ? n : size;
  return buf !== scratch && got === buf.length ? buf : buf.slice(0, got);
}

/** The monotonic clock deadlines are measured on, in milliseconds. */
export function now(): number {
  return performance.now();
}

/** The value of a `getsockopt` integer option, read from a C int. */
export function readInt(bytes: Uint8Array): number {
  return new DataView(bytes.buffer, bytes.byteOffset, 4).getInt32(
    0,
    LITTLE_ENDIAN,
  );
}

/**
 * Makes `fd` non-blocking for a `sock_*` attempt on a blocking descriptor
 * where the call takes no MSG_DONTWAIT (`accept()`, `connect()`,
 * `sendfile()`); true when it did (the caller restores it), false when
 * there was no need. A socket in non-blocking or timeout mode normally has
 * a non-blocking descriptor, but O_NONBLOCK belongs to the open file
 * description, which a `dup()` set blocking (or another holder) may have
 * cleared: its flag is read (one `fcntl(F_GETFL)`) rather than trusted.
 */
export function switchForAttempt(fd: number): boolean {
  if (checking) {
    const flags = fcntl(fd, C.F_GETFL);
    if (flags < 0) throw errorFromErrno(lastErrno());
    if ((flags & C.O_NONBLOCK) !== 0) return false;
  } else if (!switching) return false;
  if (!setNonblocking(fd, true)) throw errorFromErrno(lastErrno());
  return true;
}

/**
 * `address` encoded for a socket of `family` and `proto` into
 * {@linkcode ADDR} under Deno's permission flags: the tuple is read once,
 * its destination checked before any lookup, and the address a name
 * resolved to checked against explicit denials after.
 */
export function encodeChecked(
  family: number,
  proto: number,
  address: unknown,
  method: string,
): number {
  // `address` is the caller's value already copied (addressArg()): a
  // tuple read once, so what is checked is what is packed.
  const copy = address;
  checkAddress(method, family, copy);
  const len = encodeAddress(family, copy, ADDR, method, proto);
  // The address a name resolved to is checked too (checkResolved() lets a
  // numeric host through, so it is not decoded for one).
  if (
    (family === C.AF_INET || family === C.AF_INET6) && Array.isArray(copy) &&
    !(typeof copy[0] === "string" && isNumericHost(copy[0]))
  ) {
    const packed = decodeAddress(ADDR, len);
    if (Array.isArray(packed) && typeof packed[0] === "string") {
      checkResolved(method, copy, packed[0], packed[1] as number);
    }
  }
  return len;
}

/**
 * Polls `fd` for `events` until `deadline` (a `performance.now()` instant;
 * -1: forever), retrying on EINTR; throws `timeout` once it has passed.
 */
export function waitFor(fd: number, events: number, deadline: number): void {
  for (;;) {
    let ms = -1;
    if (deadline >= 0) {
      const left = deadline - now();
      if (left <= 0) throw new timeout();
      ms = Math.min(Math.ceil(left), INT_MAX);
    }
    const r = pollOne(fd, events, ms);
    if (r > 0) return;
    if (r === 0) {
      if (deadline >= 0 && now() >= deadline) throw new timeout();
      continue;
    }
    const err = lastErrno();
    if (err !== E.EINTR) throw errorFromErrno(err);
  }
}

/**
 * The byte count a `*_into()` call receives into a buffer of `size` bytes:
 * `nbytes` checked against it, 0 meaning the whole buffer.
 */
export function intoSize(
  size: number,
  nbytes: unknown,
  method: string,
): number {
  // Any int32 (-0 as 0) without building the argument's name.
  const n = typeof nbytes === "number" && (nbytes | 0) === nbytes
    ? nbytes | 0
    : intArg(nbytes, `${method}: nbytes`, -(2 ** 53), 2 ** 53);
  if (n < 0) {
    throw new RangeError(`${method}: negative buffersize, got ${n}`);
  }
  if (n > size) {
    throw new RangeError(
      `${method}: nbytes ${n} exceeds the buffer's ${size} bytes`,
    );
  }
  return n === 0 ? size : n;
}
