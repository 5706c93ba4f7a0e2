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
 * A timeout in the caller's unit: `null`/`undefined` is none (returned as
 * `null`); NaN is a RangeError. `negative` says what a negative value is:
 * an error (`select()`) or no timeout (`poll.poll()`).
 */
export function timeoutValue(
  value: unknown,
  method: string,
  negative: "error" | "infinite",
): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== "number") {
    throw new TypeError(
      `${method}: timeout must be a number or null, got ${described(value)}`,
    );
  }
  if (Number.isNaN(value)) {
    throw new RangeError(`${method}: invalid timeout NaN (not a number)`);
  }
  if (value < 0) {
    if (negative === "infinite") return null;
    throw new RangeError(
      `${method}: timeout must be non-negative, got ${value}`,
    );
  }
  return value === Infinity ? null : value;
}
