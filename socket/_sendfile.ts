/**
 * `SocketType.sendfile()` and `sock_sendfile()`'s step: checking the
 * arguments, the `sendfile(2)` loop, and the plain read-and-send loop
 * CPython falls back on when `sendfile(2)` cannot take the file (`lseek`
 * and `read` on the descriptor); and the rest of a `sendall()` after a
 * partial send. The methods, with their documentation, are in `socket.ts`.
 *
 * @module
 */
import {
  constants,
  descriptorProblem,
  errno,
  features,
  lastErrno,
  readFile as readFrom,
  seekFile as seekTo,
  transmitFile,
} from "../platform/mod.ts";
import { described } from "../address/_struct.ts";
import { INT_MAX, intArg, toBytes } from "./_data.ts";
import { error, errorFromErrno, timeout } from "./errors.ts";
import { setNonblocking } from "./_sys.ts";
import {
  attempting,
  now,
  opSend,
  opSendfile,
  POLLOUT,
  switchForAttempt,
  writable,
} from "./_ops.ts";
import { access } from "./_access.ts";
import type { SocketType } from "./socket.ts";

/** The largest block one `sendfile(2)` call is asked for (CPython's). */
export const SENDFILE_BLOCK = 2 ** 30;
/** The block the fallback reads and sends (CPython's). */
export const SEND_BLOCK = 8192;

/**
 * The rest of a `sendall()` whose first send took `sent` of its `total`
 * bytes (`own`: the library's view of `data`, if it made one): sends
 * until all are sent, each send through the socket's timeout
 * helper, the whole call bounded by `deadline` (-1: none). The rest goes
 * through a view of the library's own (a typed array's own `subarray()`
 * could run its subclass's code); nothing of the caller's has run since
 * `total` was read, so the view has its bytes.
 */
export function sendRest(
  s: SocketType,
  own: Uint8Array | null,
  data: unknown,
  sent: number,
  total: number,
  flags: number,
  deadline: number,
): void {
  const bytes = own ?? toBytes(data, "sendall()");
  while (sent < total) {
    // The deadline bounds the whole call even when every send makes
    // progress and none waits (CPython checks it before each send).
    if (deadline >= 0 && now() >= deadline) throw new timeout();
    const rest = bytes.subarray(sent);
    sent += access.call(
      s,
      writable(flags),
      deadline,
      opSend,
      rest,
      rest.byteLength,
      flags | access.sendFlags(s),
    );
  }
}

/**
 * `sendfile()`'s arguments checked as CPython checks them: `[file,
 * offset, count]`, count 0 for "to the end of the file".
 */
export function sendfileArgs(
  file: unknown,
  offset: unknown,
  count: unknown,
): [number, number, number] {
  const fd = intArg(file, "sendfile(): file", 0, INT_MAX);
  const at = intArg(offset, "sendfile(): offset", 0, 2 ** 53 - 1);
  if (count === undefined || count === null) return [fd, at, 0];
  if (typeof count !== "number" || !Number.isInteger(count)) {
    throw new TypeError(
      `sendfile(): count must be a positive integer, got ${described(count)}`,
    );
  }
  if (count <= 0) {
    throw new RangeError(
      `sendfile(): count must be a positive integer, got ${count}`,
    );
  }
  return [fd, at, count];
}

/**
 * Raises when this runtime's descriptors cannot be read as files here
 * (Windows under Deno: see `descriptorProblem()`), saying why.
 */
function checkDescriptors(): void {
  const why = descriptorProblem();
  if (why !== null) {
    throw new error(
      errno.EOPNOTSUPP,
      `sendfile() cannot read a file descriptor here: ${why}`,
    );
  }
}

/**
 * Sets descriptor `fd`'s file position (`lseek(fd, pos, SEEK_SET)`, or
 * its `HANDLE`'s on Windows). With `after`, the position after a send: a
 * descriptor that has none (a pipe, a socket: ESPIPE) is left as it is.
 */
export function seekFile(fd: number, pos: number, after = false): void {
  checkDescriptors();
  if (seekTo(fd, pos) === 0) return;
  const err = lastErrno();
  if (!(after && err === errno.ESPIPE)) throw errorFromErrno(err);
}

const readBuffer = new Uint8Array(SEND_BLOCK);

/**
 * Reads up to `n` (at most {@linkcode SEND_BLOCK}) bytes of descriptor
 * `fd` at its position: a view of a shared buffer, empty at end of file.
 */
export function readFile(fd: number, n: number): Uint8Array {
  checkDescriptors();
  for (;;) {
    const got = readFrom(fd, readBuffer, Math.min(n, SEND_BLOCK));
    if (got >= 0) return readBuffer.subarray(0, got);
    const err = lastErrno();
    if (err !== errno.EINTR) throw errorFromErrno(err);
  }
}

/** `s.sendfile(file, offset, count)`. */
export function sendfile(
  s: SocketType,
  file: number,
  offset: number = 0,
  count?: number | null,
): number {
  const [fd, start, limit] = sendfileArgs(file, offset, count);
  if (!(access.type(s) & constants.SOCK_STREAM)) {
    throw new RangeError(
      "sendfile(): only SOCK_STREAM type sockets are supported",
    );
  }
  access.live(s);
  if (access.timeout(s) === 0) {
    throw new RangeError(
      "sendfile(): non-blocking sockets are not supported",
    );
  }
  if (access.timeout(s) === null) {
    const sent = sendfileByTransmit(s, fd, start, limit);
    if (sent !== null) return sent;
  }
  const bySendfile = sendBlocks(fd, start, limit, (pos, block, total) => {
    try {
      return access.call(s, POLLOUT, -1, opSendfile, fd, pos, block);
    } catch (e) {
      // sendfile(2) cannot take this file (or there is none): send it.
      if (total === 0 && e instanceof error && !(e instanceof timeout)) {
        return null;
      }
      throw e;
    }
  });
  return bySendfile ?? sendfileBySend(s, fd, start, limit);
}

/**
 * Sends `limit` bytes of descriptor `fd` (0: to the end of the file) from
 * `start`, a block of at most {@linkcode SENDFILE_BLOCK} bytes at a time
 * through `sendBlock(pos, block, total)`, which returns the bytes it sent,
 * 0 at the end of the file, or `null` where it cannot send this file (the
 * caller then sends it another way). Returns the bytes sent, or `null`;
 * the file position ends after the last byte sent.
 */
function sendBlocks(
  fd: number,
  start: number,
  limit: number,
  sendBlock: (pos: number, block: number, total: number) => number | null,
): number | null {
  let pos = start;
  let total = 0;
  try {
    for (;;) {
      const block = limit
        ? Math.min(limit - total, SENDFILE_BLOCK)
        : SENDFILE_BLOCK;
      if (block <= 0) break;
      const sent = sendBlock(pos, block, total);
      if (sent === null) return null;
      if (sent === 0) break;
      pos += sent;
      total += sent;
    }
    return total;
  } finally {
    if (total > 0) seekFile(fd, pos, true);
  }
}

/**
 * A blocking socket's `sendfile()` through the platform's own call where
 * it has one (Windows: `TransmitFile`): the bytes sent, or `null` where
 * there is none or it cannot take this descriptor (the other ways then
 * send it, or raise).
 */
function sendfileByTransmit(
  s: SocketType,
  fd: number,
  start: number,
  limit: number,
): number | null {
  checkDescriptors();
  return sendBlocks(fd, start, limit, (pos, block, total) => {
    const sent = transmitFile(access.live(s), fd, pos, block);
    if (sent === null) return null;
    if (sent < 0) {
      if (total === 0) return null;
      throw errorFromErrno(lastErrno());
    }
    return sent;
  });
}

/** CPython's `_sendfile_use_send`: read the file and send it. */
function sendfileBySend(
  s: SocketType,
  fd: number,
  offset: number,
  count: number,
): number {
  if (offset) seekFile(fd, offset);
  let total = 0;
  try {
    for (;;) {
      const block = count ? Math.min(count - total, SEND_BLOCK) : SEND_BLOCK;
      if (block <= 0) break;
      let data = readFile(fd, block);
      if (data.length === 0) break;
      while (data.length > 0) {
        const sent = access.call(
          s,
          POLLOUT,
          -1,
          opSend,
          data,
          data.byteLength,
          features.sendFlags,
        );
        total += sent;
        data = data.subarray(sent);
      }
    }
    return total;
  } finally {
    if (total > 0) seekFile(fd, offset + total, true);
  }
}

/**
 * One `sendfile(2)` step on `s` that never waits: bytes sent, or an
 * `error` (EAGAIN when the socket would block). For `sock_sendfile()`.
 */
export function sendfileOnce(
  s: SocketType,
  file: number,
  offset: number,
  count: number,
): number {
  const fd = access.live(s);
  const switched = attempting && switchForAttempt(fd);
  try {
    return access.call(s, 0, -1, opSendfile, file, offset, count);
  } finally {
    if (switched) setNonblocking(fd, false);
  }
}
