/**
 * Reading and writing the parts every sockaddr shares, from the running
 * platform's layouts: the family field (and BSD's leading length byte),
 * host byte order, and argument checks shared by the codecs.
 *
 * @module
 */
import { layout, layouts } from "../platform/mod.ts";

/** True when the host stores integers little-endian. */
export const LITTLE_ENDIAN: boolean =
  new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

const sockaddr = layout("sockaddr");
const [FAMILY_AT, FAMILY_SIZE] = sockaddr.fields.sa_family;
// BSD's leading length byte: a field of the macOS table only.
const LENGTH_AT: number | undefined = layouts.sockaddr?.fields.sa_len?.[0];

/** Writes the family (and, on BSD, the length byte) of a sockaddr. */
export function writeFamily(
  view: DataView,
  family: number,
  length: number,
): void {
  if (LENGTH_AT !== undefined) view.setUint8(LENGTH_AT, length);
  if (FAMILY_SIZE === 1) view.setUint8(FAMILY_AT, family);
  else view.setUint16(FAMILY_AT, family, LITTLE_ENDIAN);
}

/** Reads the family of a sockaddr. */
export function readFamily(view: DataView): number {
  return FAMILY_SIZE === 1
    ? view.getUint8(FAMILY_AT)
    : view.getUint16(FAMILY_AT, LITTLE_ENDIAN);
}

/** Bytes before the family-specific part: where a short sockaddr ends. */
export const FAMILY_END: number = FAMILY_AT + FAMILY_SIZE;

/** Python's type name for a value, for messages (`str`, `int`, `tuple`). */
export function typeName(value: unknown): string {
  if (value === null || value === undefined) return "NoneType";
  if (typeof value === "string") return "str";
  if (typeof value === "number") {
    return Number.isInteger(value) ? "int" : "float";
  }
  if (typeof value === "boolean") return "bool";
  if (typeof value !== "object") return typeof value;
  // Reading a Proxy can throw (revoked) or run the caller's code: a
  // message about a bad argument must not fail itself.
  try {
    if (Array.isArray(value)) return "tuple";
    if (value instanceof Uint8Array) return "bytes";
    const name = (value as { constructor?: { name?: unknown } }).constructor
      ?.name;
    return typeof name === "string" && name !== "" ? name : "object";
  } catch {
    return "object";
  }
}

/** Checks that `value` is an integer, naming `what` in the TypeError. */
export function checkInteger(value: unknown, what: string): number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new TypeError(
      `${what} must be an integer, not ${typeName(value)}`,
    );
  }
  return value;
}

/** Checks that `value` is an integer in [min, max], naming `what`. */
export function checkRange(
  value: unknown,
  what: string,
  min: number,
  max: number,
): number {
  checkInteger(value, what);
  if ((value as number) < min || (value as number) > max) {
    throw new RangeError(`${what} must be ${min}-${max}, got ${value}`);
  }
  return value as number;
}

/** Checks a port number: an integer 0-65535. */
export function checkPort(value: unknown, method: string): number {
  checkInteger(value, `${method}: port`);
  if ((value as number) < 0 || (value as number) > 65535) {
    throw new RangeError(`${method}: port must be 0-65535, got ${value}`);
  }
  return value as number;
}
