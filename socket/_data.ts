/**
 * Argument checks shared by the socket methods: data to send, buffers to
 * receive into, sizes, flags and timeouts.
 *
 * @module
 */
import { LITTLE_ENDIAN, typeName } from "../address/_struct.ts";
import type { IoctlControl, IoctlTable } from "../platform/types.ts";

const encoder = new TextEncoder();

/** Bytes to send: a `Uint8Array` as is, other views and strings converted. */
export function toBytes(data: unknown, method: string): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (typeof data === "string") return encoder.encode(data);
  if (ArrayBuffer.isView(data)) {
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  throw new TypeError(
    `${method}: a bytes-like object is required, not ${typeName(data)}`,
  );
}

/** A writable buffer to receive into, as bytes over the same memory. */
export function toWritable(buffer: unknown, method: string): Uint8Array {
  if (buffer instanceof Uint8Array) return buffer;
  if (ArrayBuffer.isView(buffer)) {
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }
  if (buffer instanceof ArrayBuffer) return new Uint8Array(buffer);
  throw new TypeError(
    `${method}: buffer must be a writable bytes-like object, not ${
      typeName(buffer)
    }`,
  );
}

/**
 * The items of an iterable argument, as an array. A string or a
 * bytes-like object is not taken as an iterable of items.
 */
export function iterableArg<T>(value: unknown, what: string): T[] {
  if (
    value === null || typeof value !== "object" || ArrayBuffer.isView(value) ||
    value instanceof ArrayBuffer ||
    typeof (value as Iterable<T>)[Symbol.iterator] !== "function"
  ) {
    throw new TypeError(`${what} must be an iterable, not ${typeName(value)}`);
  }
  return [...(value as Iterable<T>)];
}

/** An integer argument within [min, max], named in errors. */
export function intArg(
  value: unknown,
  what: string,
  min: number,
  max: number,
): number {
  if (value === undefined) {
    // Most often a constant the running platform lacks (exported as
    // undefined, typed `number | undefined`): say it in JavaScript's words.
    throw new TypeError(`${what} must be an integer, got undefined`);
  }
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new TypeError(`${what} must be an integer, not ${typeName(value)}`);
  }
  if (value < min || value > max) {
    throw new RangeError(`${what} must be ${min}-${max}, got ${value}`);
  }
  return value;
}

/** The C `int` range. */
export const INT_MAX = 2147483647;
/** The C `int` range. */
export const INT_MIN = -2147483648;

/** A flags argument: a C int. */
export function flagsArg(value: unknown, method: string): number {
  return intArg(value, `${method}: flags`, INT_MIN, INT_MAX);
}

/** A timeout: seconds >= 0, or null; Python's messages. */
export function timeoutArg(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== "number") {
    throw new TypeError(
      `Timeout value must be a number or null, not ${typeName(value)}`,
    );
  }
  if (Number.isNaN(value)) {
    throw new RangeError("Invalid value NaN (not a number)");
  }
  if (value < 0) {
    throw new RangeError(`Timeout value out of range, got ${value}`);
  }
  return value;
}

/** The largest `u_long`/`unsigned int` (32 bits on every platform here). */
const UINT32_MAX = 0xffffffff;

/**
 * `ioctl()`'s control and option, checked against the platform's table of
 * controls (`ioctls` in each platform file): the control's description and
 * the `argp` bytes packed from the option, of exactly the size C reads and
 * writes. A code outside the table raises RangeError (CPython: ValueError
 * "invalid ioctl command"), so that C is never handed a request whose
 * argument size is not known.
 */
export function ioctlArgs(
  table: IoctlTable,
  control: unknown,
  option: unknown,
): [IoctlControl, Uint8Array] {
  const code = intArg(control, "ioctl(): control", -(2 ** 53), 2 ** 53);
  const spec = table.get(code);
  if (!spec) {
    const names = [...table.values()].map((c) => c.name).join(", ");
    throw new RangeError(
      `ioctl(): control must be one of ${names}, got ${code}`,
    );
  }
  const argp = new Uint8Array(spec.size);
  const view = new DataView(argp.buffer);
  if (spec.option === "keepalive") {
    const what = `ioctl(): ${spec.name} option`;
    if (!Array.isArray(option) || option.length !== 3) {
      throw new TypeError(
        `${what} must be [onoff, keepalivetime, keepaliveinterval], not ${
          typeName(option)
        }`,
      );
    }
    const fields = ["onoff", "keepalivetime", "keepaliveinterval"];
    for (let i = 0; i < 3; i++) {
      const n = intArg(option[i], `${what} ${fields[i]}`, INT_MIN, UINT32_MAX);
      view.setUint32(i * 4, n >>> 0, LITTLE_ENDIAN);
    }
  } else {
    const n = intArg(option, "ioctl(): option", INT_MIN, UINT32_MAX);
    view.setUint32(0, n >>> 0, LITTLE_ENDIAN);
  }
  return [spec, argp];
}
