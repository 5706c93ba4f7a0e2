/**
 * The argument conversions every public entry goes through: integers,
 * flags, timeouts, data to send, buffers to receive into, iterables,
 * addresses and `ioctl` options. Each checks its value completely, names
 * the argument in its error, and returns a value of the library's own that
 * no caller-supplied code can change afterwards: integers without `-0`,
 * byte views made from the engine's own accessors (never the value's
 * properties, so a subclass, Proxy or fake cannot misstate its size),
 * addresses copied out of their arrays. A method converts all of its
 * arguments first, then takes the descriptor, then calls C: a `valueOf`,
 * getter or Proxy trap that closes the socket is then seen as EBADF, never
 * as a call on whatever socket reused the number.
 *
 * @module
 */
import { described, LITTLE_ENDIAN, Refused } from "../address/_struct.ts";
import type { IoctlControl, IoctlTable } from "../platform/types.ts";

const encoder = new TextEncoder();

// The engine's own accessors, taken before any caller code runs: they read
// a view's internal slots, whatever the view's own properties say, and
// throw for anything that is not really a view or a buffer.
type Getter = (this: unknown) => unknown;
function getter(proto: object, name: PropertyKey): Getter {
  const get = Object.getOwnPropertyDescriptor(proto, name)?.get;
  if (!get) throw new Error(`The engine lacks ${String(name)}`);
  return get as Getter;
}
const TYPED = Object.getPrototypeOf(Uint8Array.prototype) as object;
const typedTag = getter(TYPED, Symbol.toStringTag);
const typedBuffer = getter(TYPED, "buffer");
const typedOffset = getter(TYPED, "byteOffset");
const typedLength = getter(TYPED, "byteLength");
const viewBuffer = getter(DataView.prototype, "buffer");
const viewOffset = getter(DataView.prototype, "byteOffset");
const viewLength = getter(DataView.prototype, "byteLength");
const bufferLength = getter(ArrayBuffer.prototype, "byteLength");
const bufferDetached: Getter | undefined = Object.getOwnPropertyDescriptor(
  ArrayBuffer.prototype,
  "detached",
)?.get as Getter | undefined;
const sharedLength: Getter | undefined = typeof SharedArrayBuffer ===
    "function"
  ? getter(SharedArrayBuffer.prototype, "byteLength")
  : undefined;
const call = Function.prototype.call;
const isView = ArrayBuffer.isView;

/** Calls an engine accessor; `undefined` when `value` is not its kind. */
function read(get: Getter, value: unknown): unknown {
  try {
    return call.call(get, value);
  } catch {
    return undefined;
  }
}

/** True for a real (not shared) `ArrayBuffer`. */
function isArrayBuffer(value: unknown): value is ArrayBuffer {
  return typeof read(bufferLength, value) === "number";
}

/** True for a real `SharedArrayBuffer`. */
function isSharedBuffer(value: unknown): value is SharedArrayBuffer {
  return sharedLength !== undefined &&
    typeof read(sharedLength, value) === "number";
}

/** True when the `ArrayBuffer` has been detached (transferred). */
function detached(buffer: ArrayBuffer): boolean {
  if (bufferDetached) return call.call(bufferDetached, buffer) === true;
  try {
    new Uint8Array(buffer, 0, 0);
    return false;
  } catch {
    return true;
  }
}

/**
 * The size in bytes of `value` when it is a genuine typed array (of any
 * type or subclass) over memory it can reach, else -1: the common case,
 * which the hot paths try before anything else. `ArrayBuffer.isView` is
 * true only for a genuine typed array or DataView (never a Proxy, a fake
 * or a primitive), and the engine's length getter, called only then,
 * throws for a DataView (`instanceof` spares the usual one the throw; one
 * given another prototype takes it). Both are inlined by V8 and
 * JavaScriptCore (the tag getter is a call on JavaScriptCore: ~10 ns). A
 * length of 0 (empty, detached, or out of bounds of a shrunk resizable
 * buffer) is -1 too, for {@linkcode bytesView} to tell apart.
 *
 * A call that hands `value` itself to C, with nothing of the caller's
 * running in between, needs no view of its own: the FFI takes the
 * pointer from the typed array's internal slots, and this is the engine's
 * count of the bytes there (Deno ~20 ns, Bun ~35 ns less per call than
 * making a view).
 */
export function typedSize(value: unknown): number {
  if (!isView(value) || value instanceof DataView) return -1;
  let size: number;
  try {
    size = typedLength.call(value) as number;
  } catch {
    return -1; // a DataView given another prototype
  }
  return size === 0 ? -1 : size;
}

/**
 * The size in bytes of a typed array {@linkcode typedSize} took, read
 * again after the caller's code may have run (a Proxy's traps): 0 once its
 * buffer is detached or shrunk below it. A genuine typed array stays one,
 * so the engine's getter cannot throw here.
 */
export function typedSizeAgain(value: unknown): number {
  return typedLength.call(value) as number;
}

/**
 * {@linkcode typedSize}'s case as a `Uint8Array` over the same bytes;
 * `null` for anything else.
 */
function typedView(value: unknown): Uint8Array | null {
  const size = typedSize(value);
  if (size < 0) return null;
  return new Uint8Array(
    typedBuffer.call(value) as ArrayBuffer,
    typedOffset.call(value) as number,
    size,
  );
}

/**
 * A genuine `Uint8Array` over the memory of a bytes-like `value` (any
 * typed array, `DataView`, `ArrayBuffer` or `SharedArrayBuffer`), its
 * bounds read through the engine's accessors; `null` when `value` is not
 * one (a Proxy, an object made from a view's prototype, a plain object).
 * A detached buffer is a RangeError (Python: a released buffer is a
 * ValueError): C must never see its pointer. A view out of the bounds of a
 * shrunk resizable buffer is empty.
 */
export function bytesView(value: unknown, what: string): Uint8Array | null {
  const view = typedView(value);
  if (view !== null) return view;
  if (typeof value !== "object" || value === null) return null;
  let buffer: unknown;
  let offset = 0;
  let length: number;
  if (read(typedTag, value) !== undefined) {
    buffer = call.call(typedBuffer, value);
  } else if (isArrayBuffer(value) || isSharedBuffer(value)) {
    buffer = value;
  } else if (ArrayBuffer.isView(value)) {
    buffer = call.call(viewBuffer, value); // a DataView
  } else {
    return null;
  }
  if (isArrayBuffer(buffer) && detached(buffer)) {
    throw new RangeError(`${what} is over a detached ArrayBuffer`);
  }
  if (buffer === value) {
    length = call.call(
      isArrayBuffer(buffer) ? bufferLength : sharedLength!,
      buffer,
    ) as number;
  } else if (read(typedTag, value) !== undefined) {
    offset = call.call(typedOffset, value) as number;
    length = call.call(typedLength, value) as number;
  } else {
    // A DataView's accessors throw once it is out of bounds.
    const at = read(viewOffset, value);
    const size = read(viewLength, value);
    if (typeof at !== "number" || typeof size !== "number") return empty();
    offset = at;
    length = size;
  }
  return new Uint8Array(buffer as ArrayBuffer, offset, length);
}

function empty(): Uint8Array {
  return new Uint8Array(0);
}

/**
 * Bytes to send: strings as UTF-8, any bytes-like object as a view over its
 * memory (see {@linkcode bytesView}). `method` (`"send()"`) and `arg`
 * name the argument in errors; the TypeError keeps Python's wording.
 */
export function toBytes(
  data: unknown,
  method: string,
  arg = "data",
): Uint8Array {
  if (typeof data === "string") return encoder.encode(data);
  // The argument's name is put together only when it is needed.
  const view = typedView(data) ?? bytesView(data, `${method}: ${arg}`);
  if (view) return view;
  throw new TypeError(
    `${method}: a bytes-like object is required, got ${described(data)}`,
  );
}

/** A writable buffer to receive into, as bytes over the same memory. */
export function toWritable(buffer: unknown, method: string): Uint8Array {
  const view = typedView(buffer) ?? bytesView(buffer, `${method}: buffer`);
  if (view) return view;
  throw new TypeError(
    `${method}: buffer must be a writable bytes-like object, got ${
      described(buffer)
    }`,
  );
}

/** True for a revoked Proxy, which throws at every touch. */
export function revoked(value: unknown): boolean {
  try {
    Array.isArray(value);
    return false;
  } catch {
    return true;
  }
}

/** True when `value` is an array (a Proxy of one included, even revoked). */
export function isArray(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false; // a revoked Proxy
  }
}

/**
 * The items of an iterable argument, as an array. A string or a
 * bytes-like object is not taken as an iterable of items.
 */
export function iterableArg<T>(value: unknown, what: string): T[] {
  if (
    value === null || typeof value !== "object" ||
    bytesView(value, what) !== null || !iterable(value)
  ) {
    throw new TypeError(`${what} must be an iterable, got ${described(value)}`);
  }
  try {
    return [...(value as Iterable<T>)];
  } catch (e) {
    // The engine's own complaints (a Proxy of a view has no working
    // iterator) name the argument; the caller's own errors pass through.
    if (e instanceof TypeError) {
      throw new TypeError(`${what} could not be iterated: ${e.message}`, {
        cause: e,
      });
    }
    if (e instanceof RangeError) {
      throw new RangeError(`${what} could not be iterated: ${e.message}`, {
        cause: e,
      });
    }
    throw e;
  }
}

function iterable(value: object): boolean {
  try {
    return typeof (value as Iterable<unknown>)[Symbol.iterator] === "function";
  } catch (e) {
    if (e instanceof TypeError) return false; // a revoked Proxy
    throw e;
  }
}

/**
 * An address argument, copied so that nothing the caller controls runs
 * after it: an array (or a Proxy of one) becomes a plain array of its
 * items, each bytes-like item a view made by {@linkcode bytesView}; a
 * bytes-like address becomes such a view; a primitive stays as it is;
 * any other object (or function) becomes a `Refused` that only describes
 * it, for the family's codec to refuse, and an array too long for any
 * family an array of our own as long. With `key` (the copy of an
 * earlier address, primitives only), an array whose items are `key`'s is
 * `key` itself, and nothing is copied: each item is still read once.
 */
export function addressArg(
  address: unknown,
  what: string,
  key: readonly unknown[] | null = null,
): unknown {
  if (typeof address !== "object" || address === null) {
    return realBytes(address, what); // a function is refused
  }
  if (addressArray(address, what)) {
    const n = address.length;
    // Too long for any family, read once: an array of our own of the same
    // length, for the codec to refuse with its own message (the caller's
    // array, a Proxy, could say another length to it).
    if (typeof n !== "number" || n > 16) return longArray(n, what);
    // As many items as `i < n` counts (a Proxy's length may be 2.5 or NaN).
    const size = n > 0 ? (n === (n | 0) ? n : Math.ceil(n)) : 0;
    let i = 0;
    let item: unknown;
    if (key !== null && key.length === size) {
      // key holds primitives only: an item equal to key's is one, and
      // realBytes() would return it as it is.
      for (; i < size; i++) {
        item = address[i];
        if (item !== key[i]) break;
      }
      if (i === size) return key;
    } else if (size > 0) {
      item = address[0];
    }
    if (size === 0) return [];
    // The items before `i` are key's; item `i` is read already.
    const copy = new Array<unknown>(size);
    for (let j = 0; j < i; j++) copy[j] = key![j];
    copy[i] = realBytes(item, what);
    for (let j = i + 1; j < size; j++) copy[j] = realBytes(address[j], what);
    return copy;
  }
  return realBytes(address, what);
}

/**
 * A sparse array of `n` (> 16) items, or a TypeError naming `what` where
 * no array has that length (a Proxy's `length` trap may say anything).
 */
function longArray(n: unknown, what: string): unknown[] {
  if (typeof n !== "number" || !Number.isInteger(n) || n > 2 ** 32 - 1) {
    throw new TypeError(
      `${what}: address is an array whose length is ${described(n)}`,
    );
  }
  const out: unknown[] = [];
  out.length = n;
  return out;
}

/**
 * `Array.isArray(address)`, in one call: a revoked Proxy, the only value
 * that makes it throw, is a TypeError naming `what`.
 */
function addressArray(
  address: object,
  what: string,
): address is readonly unknown[] {
  try {
    return Array.isArray(address);
  } catch {
    throw new TypeError(`${what}: address is a revoked Proxy`);
  }
}

/**
 * `value` as a genuine view when it is bytes-like; a TypeError when it only
 * looks like one (a Proxy or an object made from a view's prototype, which
 * the codecs' `instanceof` checks would take); a primitive as it is;
 * any other object or function a {@linkcode Refused} describing it.
 */
function realBytes(value: unknown, what: string): unknown {
  if (typeof value === "function") return new Refused(described(value));
  if (typeof value !== "object" || value === null) return value; // a host, a port
  const view = bytesView(value, what);
  if (view) return view;
  let looksLike: boolean;
  try {
    looksLike = value instanceof Uint8Array || value instanceof ArrayBuffer;
  } catch {
    looksLike = false; // a revoked Proxy: the codec says what it is not
  }
  if (looksLike) {
    throw new TypeError(
      `${what}: address holds ${described(value)}`,
    );
  }
  // No codec takes any other object: it is described once, and stood in
  // for, so that its traps cannot answer the codec differently.
  return new Refused(described(value));
}

/**
 * An integer argument within [min, max], named in errors; `-0` becomes 0
 * (Deno's FFI refuses `-0` as an integer).
 */
export function intArg(
  value: unknown,
  what: string,
  min: number,
  max: number,
): number {
  // undefined is most often a constant the running platform lacks (exported
  // as undefined, typed `number | undefined`): "got undefined" says so.
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new TypeError(`${what} must be an integer, got ${described(value)}`);
  }
  if (value < min || value > max) {
    throw new RangeError(`${what} must be ${min}-${max}, got ${value}`);
  }
  return value === 0 ? 0 : value;
}

/** The C `int` range. */
export const INT_MAX = 2147483647;
/** The C `int` range. */
export const INT_MIN = -2147483648;

/** A flags argument: a C int. */
export function flagsArg(value: unknown, method: string): number {
  // Any int32 is a valid C int (-0 becomes 0); the rest, and the wording
  // of an error, go through intArg.
  if (typeof value === "number" && (value | 0) === value) return value | 0;
  return intArg(value, `${method}: flags`, INT_MIN, INT_MAX);
}

/**
 * The longest timeout, in seconds: CPython keeps timeouts as 64-bit
 * nanoseconds and raises OverflowError beyond.
 */
const TIMEOUT_MAX = (2 ** 63 - 1) / 1e9;

/** A timeout: seconds >= 0, or null; Python's messages. */
export function timeoutArg(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== "number") {
    throw new TypeError(
      `Timeout value must be a number or null, got ${described(value)}`,
    );
  }
  if (Number.isNaN(value)) {
    throw new RangeError("Invalid value NaN (not a number)");
  }
  if (value < 0) {
    throw new RangeError(`Timeout value out of range, got ${value}`);
  }
  if (value > TIMEOUT_MAX) {
    throw new RangeError(`Timeout value too large, got ${value}`);
  }
  return value === 0 ? 0 : value;
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
    const items = isArray(option) ? [...option] : null;
    if (!items || items.length !== 3) {
      throw new TypeError(
        `${what} must be [onoff, keepalivetime, keepaliveinterval], got ${
          described(option)
        }`,
      );
    }
    const fields = ["onoff", "keepalivetime", "keepaliveinterval"];
    for (let i = 0; i < 3; i++) {
      const n = intArg(items[i], `${what} ${fields[i]}`, INT_MIN, UINT32_MAX);
      view.setUint32(i * 4, n >>> 0, LITTLE_ENDIAN);
    }
  } else {
    const n = intArg(option, "ioctl(): option", INT_MIN, UINT32_MAX);
    view.setUint32(0, n >>> 0, LITTLE_ENDIAN);
  }
  return [spec, argp];
}
