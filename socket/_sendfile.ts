/**
 * The file side of `sendfile()`: checking its arguments, and the plain
 * read-and-send loop CPython falls back on when `sendfile(2)` cannot take
 * the file (`lseek` and `read` on the descriptor).
 *
 * @module
 */
import {
  descriptorProblem,
  errno,
  lastErrno,
  readFile as readFrom,
  seekFile as seekTo,
} from "../platform/mod.ts";
import { described } from "../address/_struct.ts";
import { INT_MAX, intArg } from "./_data.ts";
import { error, errorFromErrno } from "./errors.ts";

/** The largest block one `sendfile(2)` call is asked for (CPython's). */
export const SENDFILE_BLOCK = 2 ** 30;
/** The block the fallback reads and sends (CPython's). */
export const SEND_BLOCK = 8192;

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
