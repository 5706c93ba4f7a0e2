/**
 * Argument conversion shared by `select()` and the `poll` objects: what
 * Python's `PyObject_AsFileDescriptor` and its timeout conversions do,
 * with JavaScript's words in the messages.
 *
 * @module
 */
import { described } from "../address/_struct.ts";
import { revoked } from "../socket/_data.ts";
import { features } from "../platform/mod.ts";

/** Something `select()` and `poll` accept: a descriptor or an object with `fileno()`. */
export type Selectable = number | { fileno(): number };

/** The largest descriptor: a C `int`, or a pointer-sized Windows `SOCKET`. */
const FD_MAX = features.handleIsPointer ? Number.MAX_SAFE_INTEGER : 2147483647;

/**
 * The descriptor of `obj`: a number as it is, else the result of its
 * `fileno()` method. A negative descriptor (a closed socket's -1) is a
 * RangeError, as Python's ValueError "file descriptor cannot be a
 * negative integer".
 */
export function fileDescriptor(obj: unknown, method: string): number {
  let fd: unknown = obj;
  if (typeof obj !== "number") {
    // A revoked Proxy throws at every touch: it has no fileno().
    const fileno = obj !== null && typeof obj === "object" && !revoked(obj)
      ? (obj as { fileno?: unknown }).fileno
      : undefined;
    if (typeof fileno !== "function") {
      throw new TypeError(
        `${method}: argument must be a number, or have a fileno() method, got ${
          described(obj)
        }`,
      );
    }
    fd = fileno.call(obj);
    if (typeof fd !== "number") {
      throw new TypeError(
        `${method}: fileno() must return an integer, got ${described(fd)}`,
      );
    }
  }
  const n = fd as number;
  if (!Number.isInteger(n)) {
    throw new TypeError(`${method}: a descriptor must be an integer, got ${n}`);
  }
  if (n < 0) {
    throw new RangeError(
      `${method}: file descriptor cannot be a negative integer (${n})`,
    );
  }
  if (n > FD_MAX) {
    throw new RangeError(`${method}: file descriptor ${n} is too large`);
  }
  return n;
}

/**
 * The longest `select()` timeout, in seconds: CPython keeps timeouts as
 * 64-bit nanoseconds and raises OverflowError beyond.
 */
const TIMEOUT_MAX = (2 ** 63 - 1) / 1e9;
/** The C `int` range of a `poll`/`epoll_wait` timeout in milliseconds. */
const INT_MAX = 2147483647;
const INT_MIN = -2147483648;

/** The common checks of a timeout: a number, or none (`null`). */
function numberOrNone(value: unknown, method: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== "number") {
    throw new TypeError(
      `${method}: timeout must be a number or null, got ${described(value)}`,
    );
  }
  if (Number.isNaN(value)) {
    throw new RangeError(`${method}: invalid timeout NaN (not a number)`);
  }
  return value;
}

/**
 * `select()`'s timeout in seconds: `null`/`undefined` is none (returned
 * as `null`); NaN, a negative value and one beyond CPython's 64-bit
 * nanoseconds (Infinity too) are RangeErrors, as Python's ValueError and
 * OverflowError.
 */
export function timeoutValue(value: unknown, method: string): number | null {
  const seconds = numberOrNone(value, method);
  if (seconds === null) return null;
  if (seconds < 0) {
    throw new RangeError(
      `${method}: timeout must be non-negative, got ${seconds}`,
    );
  }
  if (seconds > TIMEOUT_MAX) {
    throw new RangeError(`${method}: timeout is too large, got ${seconds}`);
  }
  return seconds === 0 ? 0 : seconds;
}

/**
 * A `poll`/`epoll_wait` timeout as the C call's `int` milliseconds, as
 * Python converts `poll.poll(timeout)` (`perMs` 1: the value is in
 * milliseconds, rounded away from zero) and `epoll.poll(timeout)` (`perMs`
 * 1000: seconds, rounded up, so that one above -0.001 is 0: no wait).
 * `null`/`undefined` and a negative result are -1 (no limit); NaN and a
 * result beyond a C `int` (Infinity too) are RangeErrors (Python:
 * ValueError, OverflowError "timeout is too large").
 */
export function msTimeout(
  value: unknown,
  method: string,
  perMs: 1 | 1000,
): number {
  const given = numberOrNone(value, method);
  if (given === null) return -1;
  const scaled = given * perMs;
  const ms = perMs === 1 && scaled < 0 ? Math.floor(scaled) : Math.ceil(scaled);
  if (!(ms >= INT_MIN && ms <= INT_MAX)) {
    throw new RangeError(`${method}: timeout is too large, got ${given}`);
  }
  return ms < 0 ? -1 : ms + 0; // -0 (from -0 or a small negative) is 0
}
