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

// The engine's own brand checks, taken before any caller code runs: they
// tell a genuine typed array, DataView or ArrayBuffer from a fake that only
// claims the prototype, and run no code of the value's.
const typedTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype),
  Symbol.toStringTag,
)?.get;
const bufferLength = Object.getOwnPropertyDescriptor(
  ArrayBuffer.prototype,
  "byteLength",
)?.get;
const sharedLength = typeof SharedArrayBuffer === "function"
  ? Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, "byteLength")
    ?.get
  : undefined;

/** `a Uint8Array`, `an ArrayBuffer`: the article English wants. */
function article(name: string): string {
  return `${/^(?!Uint)[aeiou]/i.test(name) ? "an" : "a"} ${name}`;
}

/** What the engine accessor `get` reads from `value`; undefined if not its kind. */
function brand(get: (() => unknown) | undefined, value: object): unknown {
  try {
    return get?.call(value);
  } catch {
    return undefined;
  }
}

// The classes of bytes: an object that claims one of them by its prototype
// without the engine's brand is a Proxy or an imitation, and said so.
const BYTES_CLASSES: ReadonlySet<unknown> = new Set([
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
  DataView,
  ArrayBuffer,
  ...(typeof SharedArrayBuffer === "function" ? [SharedArrayBuffer] : []),
]);

/** `an instance of Foo`, read without running getters; else `an object`. */
function instanceOf(value: object): string {
  // The first prototype with a constructor of its own: an object made
  // with Object.create(instance) is an instance of the same class.
  let ctor: unknown;
  let proto: object | null = Object.getPrototypeOf(value);
  for (let depth = 0; proto !== null && depth < 64; depth++) {
    if (proto === Object.prototype) return "an object";
    ctor = Object.getOwnPropertyDescriptor(proto, "constructor")?.value;
    if (ctor !== undefined) break;
    proto = Object.getPrototypeOf(proto);
  }
  if (typeof ctor !== "function") return "an object";
  const name: unknown = Object.getOwnPropertyDescriptor(ctor, "name")?.value;
  if (typeof name !== "string" || name === "") return "an object";
  return BYTES_CLASSES.has(ctor)
    ? `a Proxy or imitation of ${article(name)}`
    : `an instance of ${name}`;
}

/**
 * What stands in for a caller's object that no codec takes as an address
 * or an item of one (neither an array nor bytes): its description, taken
 * once. The object itself is not passed on, so that its code (a Proxy's
 * `getPrototypeOf` trap answering `instanceof Uint8Array`) cannot answer
 * a codec otherwise than it answered the checks before.
 */
export class Refused {
  readonly #description: string;

  constructor(description: string) {
    this.#description = description;
  }

  /**
   * The description `value` was made with when it is a `Refused`, else
   * `undefined` (a brand check: no Proxy trap runs).
   */
  static descriptionOf(value: unknown): string | undefined {
    return typeof value === "object" && value !== null &&
        #description in value
      ? value.#description
      : undefined;
  }
}

/**
 * What a wrong argument is, in JavaScript's words, for messages:
 * `undefined`, `null`, `a string`, a number as itself (`1.5`, `NaN`,
 * `-Infinity`, `-0`), `a boolean`, `a bigint`, `a symbol`, `a function`,
 * `an array`, `a Uint8Array`, `a DataView`, `an ArrayBuffer`, `an object`,
 * `an instance of Foo`, `a Proxy or imitation of a Uint8Array`. Never throws, and runs none of the value's code
 * but a Proxy's traps (a revoked Proxy is `an object`).
 */
export function described(value: unknown): string {
  const refused = Refused.descriptionOf(value);
  if (refused !== undefined) return refused;
  if (value === null) return "null";
  if (typeof value === "undefined") return "undefined";
  if (typeof value === "string") return "a string";
  if (typeof value === "number") {
    return Object.is(value, -0) ? "-0" : String(value);
  }
  if (typeof value === "boolean") return "a boolean";
  if (typeof value === "bigint") return "a bigint";
  if (typeof value === "symbol") return "a symbol";
  if (typeof value === "function") return "a function";
  if (typeof value !== "object") return article(typeof value);
  // A message about a bad argument must not fail itself: a Proxy's traps
  // (or a revoked Proxy) may throw anywhere below.
  try {
    if (Array.isArray(value)) return "an array";
    const tag = brand(typedTag, value);
    if (typeof tag === "string") return article(tag);
    if (ArrayBuffer.isView(value)) return "a DataView";
    if (brand(bufferLength, value) !== undefined) return "an ArrayBuffer";
    if (brand(sharedLength, value) !== undefined) return "a SharedArrayBuffer";
    return instanceOf(value);
  } catch {
    return "an object";
  }
}

/** Checks that `value` is an integer, naming `what` in the TypeError. */
export function checkInteger(value: unknown, what: string): number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new TypeError(
      `${what} must be an integer, got ${described(value)}`,
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
  // The common case without building the argument's name.
  if (
    typeof value === "number" && Number.isInteger(value) && value >= 0 &&
    value <= 65535
  ) {
    return value;
  }
  checkInteger(value, `${method}: port`);
  if ((value as number) < 0 || (value as number) > 65535) {
    throw new RangeError(`${method}: port must be 0-65535, got ${value}`);
  }
  return value as number;
}
