/**
 * Python's `repr()` of a socket, and of the addresses in it, for
 * `SocketType.toString()`: `<socket.socket fd=3, family=2, type=1,
 * proto=0, laddr=('127.0.0.1', 8080)>`, as CPython 3's `socket.__repr__`.
 *
 * @module
 */
import { error } from "./errors.ts";
import { access } from "./_access.ts";
import type { SocketType } from "./socket.ts";

/** Python's `str.isprintable()` false: control, format, separator, unassigned. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** The quote Python's repr picks: `'`, unless only `"` avoids escapes. */
function quoteFor(text: string): string {
  return text.includes("'") && !text.includes('"') ? '"' : "'";
}

/** Python's `repr()` of a `str`. */
export function reprString(s: string): string {
  const quote = quoteFor(s);
  let out = quote;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch !== " " && UNPRINTABLE.test(ch)) {
      out += code < 0x100
        ? `\\x${code.toString(16).padStart(2, "0")}`
        : code < 0x10000
        ? `\\u${code.toString(16).padStart(4, "0")}`
        : `\\U${code.toString(16).padStart(8, "0")}`;
    } else out += ch;
  }
  return out + quote;
}

/** Python's `repr()` of `bytes`. */
export function reprBytes(b: Uint8Array): string {
  let text = "";
  for (const byte of b) text += String.fromCharCode(byte);
  const quote = quoteFor(text);
  let out = `b${quote}`;
  for (const byte of b) {
    const ch = String.fromCharCode(byte);
    if (ch === quote || ch === "\\") out += `\\${ch}`;
    else if (byte === 0x0a) out += "\\n";
    else if (byte === 0x0d) out += "\\r";
    else if (byte === 0x09) out += "\\t";
    else if (byte < 0x20 || byte > 0x7e) {
      out += `\\x${byte.toString(16).padStart(2, "0")}`;
    } else out += ch;
  }
  return out + quote;
}

/** Python's `repr()` of an address value: tuples, strings, bytes, ints. */
export function reprValue(value: unknown): string {
  if (typeof value === "string") return reprString(value);
  if (value instanceof Uint8Array) return reprBytes(value);
  if (Array.isArray(value)) {
    const items = value.map(reprValue);
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
  }
  return String(value);
}

const encoder = new TextEncoder();

/**
 * Python's `str()` of an address: a `str` as it is, anything else its
 * repr. A Linux abstract AF_UNIX name (a string starting with NUL here)
 * is bytes in Python, so it prints as bytes.
 */
function strAddress(value: unknown): string {
  if (typeof value === "string") {
    return value.startsWith("\0") ? reprBytes(encoder.encode(value)) : value;
  }
  return reprValue(value);
}

/** Whether Python finds `value` true: an empty name or tuple is false. */
function truthy(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === "string" || Array.isArray(value)) {
    return value.length > 0;
  }
  if (value instanceof Uint8Array) return value.length > 0;
  return true;
}

/** What `socketRepr` reads of a socket. */
export interface ReprSource {
  readonly closed: boolean;
  readonly fd: number;
  readonly family: number;
  readonly type: number;
  readonly proto: number;
  /** The local address, or `undefined` where `getsockname()` raised `error`. */
  readonly laddr: unknown;
  /** The peer's address, or `undefined` where `getpeername()` raised `error`. */
  readonly raddr: unknown;
}

/** CPython 3's `socket.__repr__`. */
export function socketRepr(s: ReprSource): string {
  let out = `<socket.socket${
    s.closed ? " [closed]" : ""
  } fd=${s.fd}, family=${s.family}, type=${s.type}, proto=${s.proto}`;
  if (!s.closed) {
    if (truthy(s.laddr)) out += `, laddr=${strAddress(s.laddr)}`;
    if (truthy(s.raddr)) out += `, raddr=${strAddress(s.raddr)}`;
  }
  return `${out}>`;
}

/** `s.toString()`: CPython 3's `repr()` of socket `s`. */
export function reprOf(s: SocketType): string {
  const closed = access.closed(s);
  const address = (get: () => unknown): unknown => {
    if (closed) return undefined;
    try {
      return get();
    } catch (e) {
      if (e instanceof error) return undefined; // as Python: left out
      throw e;
    }
  };
  return socketRepr({
    closed,
    fd: access.fd(s),
    family: access.family(s),
    type: access.type(s),
    proto: access.proto(s),
    laddr: address(() => s.getsockname()),
    raddr: address(() => s.getpeername()),
  });
}
