/**
 * Text files over a socket: `makefile()`'s text modes, as Python 3's
 * `io.TextIOWrapper` over the binary {@linkcode SocketFile}: encoding,
 * decoding errors and newline translation.
 *
 * @module
 */
import { error } from "./errors.ts";
import { iterableArg, revoked, toBytes } from "./_data.ts";
import { os } from "../platform/mod.ts";
import {
  DEFAULT_BUFSIZE,
  isSocketFile,
  linesOf,
  quoted,
  sizeArg,
  SocketFile,
} from "./makefile.ts";

const LINESEP = os === "windows" ? "\r\n" : "\n";

/** The text options of `makefile()`, as `io.TextIOWrapper`'s. */
export interface MakefileOptions {
  /** The text encoding: "utf-8" (the default), "ascii" or "latin-1". */
  encoding?: string | null;
  /** Decoding and encoding errors: "strict" (the default), "replace" or "ignore". */
  errors?: string | null;
  /**
   * Line endings: `null` (the default: "\r", "\n" and "\r\n" read as "\n",
   * "\n" written as the platform's line separator), `""` (any ending ends
   * a line, none is translated), `"\n"`, `"\r"` or `"\r\n"` (that ending
   * ends a line; "\n" is written as it).
   */
  newline?: string | null;
}

type Codec = "utf-8" | "ascii" | "latin-1";

/** `makefile()`'s options, checked, with Python's spellings resolved. */
interface TextSettings {
  encoding: Codec;
  errors: "strict" | "replace" | "ignore";
  newline: string | null;
}

/**
 * `makefile()`'s options object, checked and read once, before anything is
 * made: a plain object of the values it held, so that a getter or a Proxy
 * cannot answer differently when the file reads them.
 */
export function textOptions(options: unknown): TextSettings {
  if (options === null || typeof options !== "object" || revoked(options)) {
    throw new TypeError(
      `makefile(): options must be an object, got ${quoted(options)}`,
    );
  }
  const o: MakefileOptions = options;
  return {
    encoding: codecArg(o.encoding),
    errors: errorsArg(o.errors),
    newline: newlineArg(o.newline),
  };
}

/** Python's spellings of the encodings a text file offers. */
function codecArg(value: unknown): Codec {
  if (value === undefined || value === null) return "utf-8";
  if (typeof value !== "string") {
    throw new TypeError(
      `makefile(): encoding must be a string, got ${quoted(value)}`,
    );
  }
  const name = value.toLowerCase().replace(/_/g, "-");
  if (["utf-8", "utf8", "u8", "utf"].includes(name)) return "utf-8";
  if (["ascii", "us-ascii", "646"].includes(name)) return "ascii";
  if (
    ["latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "8859", "cp819"]
      .includes(name)
  ) {
    return "latin-1";
  }
  throw new RangeError(`makefile(): unknown encoding: ${value}`);
}

function errorsArg(value: unknown): "strict" | "replace" | "ignore" {
  if (value === undefined || value === null) return "strict";
  if (value === "strict" || value === "replace" || value === "ignore") {
    return value;
  }
  if (typeof value !== "string") {
    throw new TypeError(
      `makefile(): errors must be a string, got ${quoted(value)}`,
    );
  }
  throw new RangeError(
    `makefile(): errors must be "strict", "replace" or "ignore", got ${
      quoted(value)
    }`,
  );
}

function newlineArg(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") {
    throw new TypeError(
      `makefile(): newline must be a string or null, got ${quoted(value)}`,
    );
  }
  if (!["", "\n", "\r", "\r\n"].includes(value)) {
    throw new RangeError(`makefile(): illegal newline value: ${quoted(value)}`);
  }
  return value;
}

/** True for an object that claims SocketFile's prototype without being one. */
function imitation(value: unknown): boolean {
  try {
    return typeof value === "object" && value !== null &&
      Object.prototype.isPrototypeOf.call(SocketFile.prototype, value);
  } catch {
    return false; // a revoked Proxy
  }
}

/** The number of code points (Python's characters) in `s`. */
function charCount(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** The first `n` code points of `s`, as a count of UTF-16 units. */
function unitsOf(s: string, n: number): number {
  let units = 0;
  for (const ch of s) {
    if (n-- <= 0) break;
    units += ch.length;
  }
  return units;
}

/**
 * A text file over a socket, as Python 3's `makefile("r", encoding=...)`
 * (an `io.TextIOWrapper` over the binary file): `read(n)` counts
 * characters, lines end as `newline` says, `write` takes strings.
 *
 * @example Reading text lines
 * ```ts
 * import { socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * const f = b.makefile("r", -1, { encoding: "utf-8", newline: null });
 * a.sendall("héllo\r\nworld\n");
 * console.log(f.readline()); // "héllo\n"
 * f.close();
 * a.close();
 * b.close();
 * ```
 */
export class SocketTextFile {
  readonly #buffer: SocketFile;
  readonly #mode: string;
  readonly #codec: Codec;
  readonly #errors: "strict" | "replace" | "ignore";
  readonly #newline: string | null;
  readonly #decoder: TextDecoder | null;
  #text = "";
  #pendingCR = false;
  #carry = new Uint8Array(0);
  #eof = false;
  #seen = new Set<string>();

  /**
   * Wraps a binary file (`makefile()` makes both); `options` as
   * `makefile()`'s.
   *
   * @example Wrapping a binary file
   * ```ts
   * import { SocketFile, socketpair, SocketTextFile } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * using f = new SocketTextFile(new SocketFile(b, "rb"), "r");
   * a.sendall("x\n");
   * console.log(f.readline()); // "x\n"
   * a.close();
   * b.close();
   * ```
   */
  constructor(buffer: SocketFile, mode: string, options?: MakefileOptions);
  constructor(buffer: SocketFile, mode: string, options: MakefileOptions = {}) {
    if (!isSocketFile(buffer)) {
      throw new TypeError(
        `SocketTextFile(): buffer must be a SocketFile, got ${
          imitation(buffer)
            ? "a Proxy or imitation of a SocketFile"
            : quoted(buffer)
        }`,
      );
    }
    const o = textOptions(options);
    this.#codec = o.encoding;
    this.#errors = o.errors;
    this.#newline = o.newline;
    this.#buffer = buffer;
    this.#mode = typeof mode === "string" ? mode : "r";
    this.#decoder = this.#codec === "utf-8"
      ? new TextDecoder("utf-8", {
        fatal: this.#errors !== "replace",
        ignoreBOM: true,
      })
      : null;
  }

  /**
   * True once `close()` was called.
   *
   * @example Closing a text file
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * const f = b.makefile("rt");
   * f.close();
   * console.log(f.closed); // true
   * a.close();
   * b.close();
   * ```
   */
  get closed(): boolean {
    return this.#buffer.closed;
  }

  /**
   * The mode given to `makefile()`.
   *
   * @example The mode
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * using f = b.makefile("rt");
   * console.log(f.mode); // "rt"
   * a.close();
   * b.close();
   * ```
   */
  get mode(): string {
    return this.#mode;
  }

  /**
   * The encoding's name ("utf-8", "ascii" or "latin-1").
   *
   * @example The encoding
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * using f = b.makefile("r", -1, { encoding: "latin-1" });
   * console.log(f.encoding); // "latin-1"
   * a.close();
   * b.close();
   * ```
   */
  get encoding(): string {
    return this.#codec;
  }

  /**
   * How encoding and decoding errors are handled.
   *
   * @example The error handling
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * using f = b.makefile("r", -1, { errors: "replace" });
   * console.log(f.errors); // "replace"
   * a.close();
   * b.close();
   * ```
   */
  get errors(): string {
    return this.#errors;
  }

  /**
   * The line endings read so far with universal newlines: `null` (none
   * yet), one string, or an array of them in Python's order ("\r", "\n",
   * "\r\n").
   *
   * @example The line endings seen
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * using f = b.makefile("rt");
   * a.sendall("one\r\ntwo\n");
   * f.readline();
   * console.log(f.newlines); // "\r\n"
   * a.close();
   * b.close();
   * ```
   */
  get newlines(): string | string[] | null {
    const all = ["\r", "\n", "\r\n"].filter((e) => this.#seen.has(e));
    const [only] = all;
    return only === undefined ? null : all.length === 1 ? only : all;
  }

  #checkReadable(): void {
    if (!this.#buffer.readable()) throw new error("not readable");
  }

  #decode(bytes: Uint8Array, final: boolean): string {
    if (this.#codec === "latin-1") {
      let s = "";
      for (const b of bytes) s += String.fromCharCode(b);
      return s;
    }
    if (this.#codec === "ascii") {
      let s = "";
      for (const b of bytes) {
        if (b < 0x80) s += String.fromCharCode(b);
        else if (this.#errors === "replace") s += "\ufffd";
        else if (this.#errors === "strict") {
          throw new RangeError(
            `'ascii' codec can't decode byte 0x${
              b.toString(16)
            }: ordinal not in range(128)`,
          );
        }
      }
      return s;
    }
    if (this.#errors === "ignore") {
      const all = new Uint8Array(this.#carry.length + bytes.length);
      all.set(this.#carry);
      all.set(bytes, this.#carry.length);
      const [text, used] = decodeIgnoring(all, final);
      this.#carry = all.slice(used);
      return text;
    }
    try {
      return (this.#decoder ?? ignoreDecoder).decode(bytes, {
        stream: !final,
      });
    } catch {
      throw new RangeError("'utf-8' codec can't decode the bytes received");
    }
  }

  /** Translates line endings of decoded text as `newline` says. */
  #translate(s: string, final: boolean): string {
    if (this.#newline !== null && this.#newline !== "") return s;
    if (this.#pendingCR) {
      s = "\r" + s;
      this.#pendingCR = false;
    }
    if (!final && s.endsWith("\r")) {
      s = s.slice(0, -1);
      this.#pendingCR = true;
    }
    for (const m of s.matchAll(/\r\n|\r|\n/g)) this.#seen.add(m[0]);
    return this.#newline === null ? s.replace(/\r\n?/g, "\n") : s;
  }

  /** Reads and decodes one more chunk; false at end of stream. */
  #more(): boolean {
    if (this.#eof) return false;
    const chunk = this.#buffer.read1(DEFAULT_BUFSIZE);
    const final = chunk.length === 0;
    if (final) this.#eof = true;
    this.#text += this.#translate(this.#decode(chunk, final), final);
    return !final;
  }

  #take(units: number): string {
    const out = this.#text.slice(0, units);
    this.#text = this.#text.slice(units);
    return out;
  }

  /**
   * Reads `n` characters (fewer at end of stream), or all up to EOF.
   *
   * @example Reading characters, not bytes
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * using f = b.makefile("rt");
   * a.sendall("héllo");
   * console.log(f.read(2)); // "hé"
   * a.close();
   * b.close();
   * ```
   */
  read(n?: number): string;
  read(n = -1): string {
    sizeArg(n, "read(): size");
    this.#checkReadable();
    if (n < 0) {
      while (this.#more());
      return this.#take(this.#text.length);
    }
    while (charCount(this.#text) < n && this.#more());
    return this.#take(unitsOf(this.#text, n));
  }

  /** The end of the first line in the text read so far, or -1. */
  #lineEnd(): number {
    const t = this.#text;
    if (this.#newline === null || this.#newline === "\n") {
      const i = t.indexOf("\n");
      return i < 0 ? -1 : i + 1;
    }
    if (this.#newline === "") {
      const m = /\r\n|\r(?!$)|\n/.exec(t) ??
        (this.#eof ? /\r/.exec(t) : null);
      return m ? m.index + m[0].length : -1;
    }
    const i = t.indexOf(this.#newline);
    return i < 0 ? -1 : i + this.#newline.length;
  }

  /**
   * Reads one line (`limit`: at most that many characters).
   *
   * @example Reading a text line
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * using f = b.makefile("rt");
   * a.sendall("220 ready\r\n");
   * console.log(f.readline()); // "220 ready\n"
   * a.close();
   * b.close();
   * ```
   */
  readline(limit?: number): string;
  readline(limit = -1): string {
    sizeArg(limit, "readline(): limit");
    this.#checkReadable();
    for (;;) {
      const end = this.#lineEnd();
      const units = limit >= 0 ? unitsOf(this.#text, limit) : Infinity;
      if (end >= 0) return this.#take(Math.min(end, units));
      if (limit >= 0 && charCount(this.#text) >= limit) {
        return this.#take(units);
      }
      if (!this.#more()) return this.#take(this.#text.length);
    }
  }

  /**
   * Reads every remaining line.
   *
   * @example Reading every text line
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * using f = b.makefile("rt");
   * a.sendall("a\nb\n");
   * a.shutdown(1); // SHUT_WR
   * console.log(f.readlines()); // ["a\n", "b\n"]
   * a.close();
   * b.close();
   * ```
   */
  readlines(): string[] {
    const lines: string[] = [];
    for (;;) {
      const line = this.readline();
      if (line.length === 0) return lines;
      lines.push(line);
    }
  }

  /**
   * Iterates over the remaining lines, as Python's `for line in f`: each
   * `readline()` until one comes back empty (end of stream). A closed file
   * raises `RangeError` here, as Python's `iter(f)`.
   *
   * @example Reading text lines as they come
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * using f = b.makefile("rt");
   * a.sendall("one\r\ntwo\n");
   * a.shutdown(1); // SHUT_WR
   * console.log([...f]); // ["one\n", "two\n"]
   * a.close();
   * b.close();
   * ```
   */
  [Symbol.iterator](): Generator<string, undefined, unknown> {
    if (this.closed) throw new RangeError("I/O operation on closed file");
    return linesOf(() => this.readline());
  }

  #encode(s: string): Uint8Array {
    if (this.#codec === "utf-8") {
      if (this.#errors === "strict") {
        return toBytes(s, "write()");
      }
      // Lone surrogates: "?" for replace (Python's encoder), gone for ignore.
      const fixed = s.replace(
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
        this.#errors === "replace" ? "?" : "",
      );
      return new TextEncoder().encode(fixed);
    }
    const max = this.#codec === "ascii" ? 0x7f : 0xff;
    const out: number[] = [];
    for (const ch of s) {
      const c = ch.codePointAt(0) ?? 0;
      if (c <= max) out.push(c);
      else if (this.#errors === "replace") out.push(0x3f);
      else if (this.#errors === "strict") {
        throw new RangeError(
          `'${this.#codec}' codec can't encode character '\\u${
            c.toString(16).padStart(4, "0")
          }': ordinal not in range(${max + 1})`,
        );
      }
    }
    return new Uint8Array(out);
  }

  /**
   * Writes the string `s`; returns its length in characters.
   *
   * @example Writing text
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * using f = a.makefile("wt");
   * console.log(f.write("héllo\n")); // 6
   * f.flush();
   * a.close();
   * b.close();
   * ```
   */
  write(s: string): number {
    if (typeof s !== "string") {
      throw new TypeError(
        `write() argument must be a string, got ${quoted(s)}`,
      );
    }
    if (!this.#buffer.writable()) throw new error("not writable");
    let text = s;
    if (this.#newline === null) {
      text = text.replace(/\n/g, LINESEP);
    } else if (this.#newline !== "" && this.#newline !== "\n") {
      text = text.replace(/\n/g, this.#newline);
    }
    if (this.#errors === "strict" && this.#codec === "utf-8") {
      const bad =
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
          .exec(text);
      if (bad) {
        throw new RangeError(
          `'utf-8' codec can't encode character '\\u${
            bad[0].charCodeAt(0).toString(16)
          }': surrogates not allowed`,
        );
      }
    }
    this.#buffer.write(this.#encode(text));
    return charCount(s);
  }

  /**
   * Writes each string of `lines`.
   *
   * @example Writing text lines
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * using f = a.makefile("wt");
   * f.writelines(["one\n", "two\n"]);
   * f.flush();
   * a.close();
   * b.close();
   * ```
   */
  writelines(lines: Iterable<string>): void {
    const items = iterableArg<unknown>(lines, "writelines(): lines");
    for (const line of items) {
      if (typeof line !== "string") {
        throw new TypeError(
          `write() argument must be a string, got ${quoted(line)}`,
        );
      }
    }
    for (const line of items) this.write(line as string);
  }

  /**
   * Sends everything buffered.
   *
   * @example Sending written text
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * using f = a.makefile("wt");
   * f.write("hi\n");
   * f.flush();
   * a.close();
   * b.close();
   * ```
   */
  flush(): void {
    this.#buffer.flush();
  }

  /**
   * Flushes and lets go of the socket, as the binary file's `close()`.
   *
   * @example Closing a text file
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * const f = a.makefile("wt");
   * f.write("bye\n");
   * f.close();
   * a.close();
   * b.close();
   * ```
   */
  close(): void {
    this.#buffer.close();
  }

  /**
   * Closes the file at the end of a `using` scope.
   *
   * @example A text file scoped to a block
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * {
   *   using f = a.makefile("wt");
   *   f.write("bye\n");
   * } // flushed and closed here
   * a.close();
   * b.close();
   * ```
   */
  [Symbol.dispose](): void {
    this.close();
  }
}

/**
 * UTF-8 decoding that drops what is not UTF-8 (`errors: "ignore"`):
 * `[text, bytes used]`; unless `final`, an incomplete sequence at the end
 * is left for the next chunk.
 */
function decodeIgnoring(bytes: Uint8Array, final: boolean): [string, number] {
  let out = "";
  let at = 0;
  while (at < bytes.length) {
    const b = bytes[at] ?? 0;
    const len = b < 0x80
      ? 1
      : b >= 0xc2 && b < 0xe0
      ? 2
      : b >= 0xe0 && b < 0xf0
      ? 3
      : b >= 0xf0 && b < 0xf5
      ? 4
      : 0;
    if (len === 0) {
      at++;
      continue;
    }
    if (at + len > bytes.length) {
      if (!final && validPrefix(bytes.subarray(at))) break;
      at++;
      continue;
    }
    try {
      out += ignoreDecoder.decode(bytes.subarray(at, at + len));
      at += len;
    } catch {
      at++;
    }
  }
  return [out, at];
}

const ignoreDecoder = new TextDecoder("utf-8", {
  fatal: true,
  ignoreBOM: true,
});

/** True when `rest` (shorter than its lead byte says) could still complete. */
function validPrefix(rest: Uint8Array): boolean {
  return rest.subarray(1).every((b) => (b & 0xc0) === 0x80);
}
