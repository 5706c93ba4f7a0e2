/**
 * `makefile()`: file objects over a socket. A binary file reads bytes and
 * writes bytes or strings; a text file (Python 3's `io.TextIOWrapper`)
 * reads and writes strings. As in Python, a file holds its own reference
 * to the socket: the descriptor stays open until the socket and every
 * file made from it are closed.
 *
 * @module
 */
import { error } from "./errors.ts";
import { INT_MAX, iterableArg, revoked, toBytes } from "./_data.ts";
import { described } from "../address/_struct.ts";
import { os } from "../platform/mod.ts";

/** What `newline: null` writes for "\n": the platform's line separator. */
const LINESEP = os === "windows" ? "\r\n" : "\n";

/** Gives back the socket's reference of a file dropped without `close()`. */
const dropped = new FinalizationRegistry<() => void>((release) => release());

const DEFAULT_BUFSIZE = 8192;

/**
 * What a file needs of its socket: a {@linkcode SocketType} has it. The
 * file depends on this, not on the socket class, so that `socket.ts`
 * (which makes files) and this file do not import each other.
 *
 * @example A socket is a FileSocket
 * ```ts
 * import { type FileSocket, SocketFile, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * const sock: FileSocket = b;
 * const f = new SocketFile(sock, "rb");
 * a.sendall("line\n");
 * console.log(f.readline().length); // 5
 * f.close();
 * a.close();
 * b.close();
 * ```
 */
export interface FileSocket {
  /** Receives up to `bufsize` bytes; empty at end of stream. */
  recv(bufsize: number): Uint8Array;
  /** Sends all of `data`. */
  sendall(data: Uint8Array): void;
  /** The descriptor, -1 once closed. */
  fileno(): number;
}

/** A size argument: an integer, negative for "no limit". */
function sizeArg(value: unknown, what: string): number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new TypeError(`${what} must be an integer, got ${described(value)}`);
  }
  return value;
}

/** A quoted rendering of any value for a message (a Symbol included). */
function quoted(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : described(value);
}

/**
 * Checks a makefile mode: only "r", "w", "b" (Python 3) and "t" (text), at
 * most once each, "b" and "t" not together. Returns `[reading, writing,
 * binary, text]`.
 */
export function parseMode(
  mode: unknown,
  method: string,
): [reading: boolean, writing: boolean, binary: boolean, text: boolean] {
  if (typeof mode !== "string") {
    throw new TypeError(
      `${method}: mode must be a string, got ${quoted(mode)}`,
    );
  }
  const seen = new Set(mode);
  if (
    !/^[rwbt]*$/.test(mode) || seen.size !== mode.length ||
    (seen.has("b") && seen.has("t"))
  ) {
    throw new RangeError(
      `${method}: invalid mode ${quoted(mode)} (only r, w, b, t allowed)`,
    );
  }
  const writing = seen.has("w");
  return [seen.has("r") || !writing, writing, seen.has("b"), seen.has("t")];
}

/** The socket-like first argument of a file's constructor. */
function socketArg(sock: unknown, method: string): FileSocket {
  const s = sock as Partial<FileSocket> | null;
  if (
    s === null || typeof s !== "object" || revoked(s) ||
    typeof s.recv !== "function" ||
    typeof s.sendall !== "function" || typeof s.fileno !== "function"
  ) {
    throw new TypeError(
      `${method}: sock must be a socket, got ${quoted(sock)}`,
    );
  }
  return s as FileSocket;
}

// Set while makefile() creates a file: how that file lets go of the
// socket's reference when it is closed.
let pendingRelease: (() => void) | null = null;

/**
 * Creates a file for `makefile()`, which has counted a reference to the
 * socket: `release` gives it back when the file is closed.
 */
export function openFile<T>(create: () => T, release: () => void): T {
  pendingRelease = release;
  try {
    return create();
  } finally {
    pendingRelease = null;
  }
}

/**
 * A binary file over a socket, as `makefile("rb")` gives it. Reads return
 * bytes; writes take bytes or strings (as UTF-8). `bufsize` 0 reads no
 * more than asked and writes through; 1 flushes once per line; above 1,
 * writes are buffered until that many bytes or `flush()`.
 *
 * @example Reading a line-based protocol
 * ```ts
 * import { socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * const f = b.makefile("rwb");
 * a.sendall("hello\nworld\n");
 * console.log(new TextDecoder().decode(f.readline())); // "hello\n"
 * f.close();
 * a.close();
 * b.close();
 * ```
 */
export class SocketFile {
  #sock: FileSocket | null;
  #release: (() => void) | null;
  readonly #mode: string;
  readonly #reading: boolean;
  readonly #writing: boolean;
  readonly #bufsize: number;
  #rbuf: Uint8Array = new Uint8Array(0);
  #wbuf: Uint8Array[] = [];
  #wlen = 0;
  #eof = false;

  /**
   * Wraps `sock`; `mode` is made of "r", "w" and "b"; `bufsize` as
   * `makefile()`'s. Made directly, the file holds no reference to the
   * socket (`makefile()` counts one).
   *
   * @example Wrapping a socket directly
   * ```ts
   * import { SocketFile, socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * using f = new SocketFile(b, "rb");
   * a.sendall("x");
   * console.log(f.read(1)); // the bytes of "x"
   * a.close();
   * b.close();
   * ```
   */
  constructor(sock: FileSocket, mode?: string, bufsize?: number);
  constructor(sock: FileSocket, mode: string = "r", bufsize: number = -1) {
    const s = socketArg(sock, "SocketFile()");
    const [reading, writing, , text] = parseMode(mode, "makefile()");
    if (text) {
      throw new RangeError(
        `makefile(): a binary file's mode takes no "t", got ${quoted(mode)}`,
      );
    }
    sizeArg(bufsize, "makefile(): bufsize");
    if (bufsize > INT_MAX) {
      throw new RangeError(`makefile(): bufsize too large, got ${bufsize}`);
    }
    this.#sock = s;
    this.#release = pendingRelease;
    pendingRelease = null;
    if (this.#release) dropped.register(this, this.#release, this);
    this.#mode = mode;
    this.#reading = reading;
    this.#writing = writing;
    this.#bufsize = bufsize < 0 ? DEFAULT_BUFSIZE : bufsize;
  }

  /**
   * True once `close()` was called.
   *
   * @example Closing a file
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * const f = b.makefile("rb");
   * f.close();
   * console.log(f.closed); // true
   * a.close();
   * b.close();
   * ```
   */
  get closed(): boolean {
    return this.#sock === null;
  }

  /**
   * The mode given to `makefile()`.
   *
   * @example The mode
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * using f = b.makefile("rwb");
   * console.log(f.mode); // "rwb"
   * a.close();
   * b.close();
   * ```
   */
  get mode(): string {
    return this.#mode;
  }

  #open(): FileSocket {
    if (!this.#sock) throw new RangeError("I/O operation on closed file");
    return this.#sock;
  }

  #readable(): FileSocket {
    const sock = this.#open();
    if (!this.#reading) throw new error("File not open for reading");
    return sock;
  }

  #writable(): FileSocket {
    const sock = this.#open();
    if (!this.#writing) throw new error("File not open for writing");
    return sock;
  }

  /**
   * True when the file was opened for reading ("r" in the mode, or no "w").
   *
   * @example A write-only file
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * using f = b.makefile("wb");
   * console.log(f.readable(), f.writable()); // false true
   * a.close();
   * b.close();
   * ```
   */
  readable(): boolean {
    this.#open();
    return this.#reading;
  }

  /**
   * True when the file was opened for writing ("w" in the mode).
   *
   * @example A read-only file
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * using f = b.makefile("rb");
   * console.log(f.writable()); // false
   * a.close();
   * b.close();
   * ```
   */
  writable(): boolean {
    this.#open();
    return this.#writing;
  }

  /**
   * What is buffered, or else the bytes of one receive (at most `n`, or
   * the buffer size); empty at end of stream.
   *
   * @example Taking what has arrived
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * using f = b.makefile("rb");
   * a.sendall("some");
   * console.log(f.read1().length); // 4
   * a.close();
   * b.close();
   * ```
   */
  read1(n?: number): Uint8Array;
  read1(n = -1): Uint8Array {
    sizeArg(n, "read1(): size");
    const sock = this.#readable();
    const want = n < 0 ? DEFAULT_BUFSIZE : n;
    if (this.#rbuf.length === 0 && want > 0) this.#fill(sock, want);
    return this.#take(Math.min(want, this.#rbuf.length));
  }

  /**
   * Receives once, at least `want` bytes asked (unbuffered: exactly
   * `want`); false at end of stream.
   */
  #fill(sock: FileSocket, want: number): boolean {
    if (this.#eof) return false;
    // Line buffering (1) is for writes; reads take the default buffer.
    const buffer = this.#bufsize === 1 ? DEFAULT_BUFSIZE : this.#bufsize;
    const size = this.#bufsize === 0 ? want : Math.max(buffer, want);
    const chunk = sock.recv(Math.min(size, INT_MAX));
    if (chunk.length === 0) {
      this.#eof = true;
      return false;
    }
    if (this.#rbuf.length === 0) {
      this.#rbuf = chunk;
      return true;
    }
    const joined = new Uint8Array(this.#rbuf.length + chunk.length);
    joined.set(this.#rbuf);
    joined.set(chunk, this.#rbuf.length);
    this.#rbuf = joined;
    return true;
  }

  #take(n: number): Uint8Array {
    const out = this.#rbuf.slice(0, n);
    this.#rbuf = this.#rbuf.subarray(n);
    return out;
  }

  /**
   * Reads `n` bytes (fewer at end of stream), or everything up to EOF.
   *
   * @example Reading a fixed-size header
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * using f = b.makefile("rb");
   * a.sendall("HEADbody");
   * console.log(f.read(4)); // the bytes of "HEAD"
   * a.close();
   * b.close();
   * ```
   */
  read(n?: number): Uint8Array;
  read(n = -1): Uint8Array {
    sizeArg(n, "read(): size");
    const sock = this.#readable();
    if (n < 0) {
      while (this.#fill(sock, DEFAULT_BUFSIZE));
      return this.#take(this.#rbuf.length);
    }
    while (
      this.#rbuf.length < n && this.#fill(sock, n - this.#rbuf.length)
    );
    return this.#take(Math.min(n, this.#rbuf.length));
  }

  /**
   * Reads one line, including its `\n` (none at end of stream).
   *
   * @example Reading a status line
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * using f = b.makefile("rb");
   * a.sendall("HTTP/1.0 200 OK\r\n");
   * console.log(f.readline()); // the bytes of "HTTP/1.0 200 OK\r\n"
   * a.close();
   * b.close();
   * ```
   */
  readline(limit?: number): Uint8Array;
  readline(limit = -1): Uint8Array {
    sizeArg(limit, "readline(): limit");
    const sock = this.#readable();
    for (let from = 0;;) {
      const nl = this.#rbuf.indexOf(10, from);
      if (nl >= 0 && (limit < 0 || nl < limit)) return this.#take(nl + 1);
      if (limit >= 0 && this.#rbuf.length >= limit) return this.#take(limit);
      from = this.#rbuf.length;
      // Unbuffered, a line is read a byte at a time: nothing past it.
      if (!this.#fill(sock, 1)) return this.#take(this.#rbuf.length);
    }
  }

  /**
   * Reads every remaining line.
   *
   * @example Reading every line
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * using f = b.makefile("rb");
   * a.sendall("one\ntwo");
   * a.shutdown(1); // SHUT_WR
   * console.log(f.readlines().length); // 2
   * a.close();
   * b.close();
   * ```
   */
  readlines(): Uint8Array[] {
    const lines: Uint8Array[] = [];
    for (;;) {
      const line = this.readline();
      if (line.length === 0) return lines;
      lines.push(line);
    }
  }

  /**
   * Buffers `data` (bytes, or a string as UTF-8) and returns its length;
   * sends when the buffer is full, at once with `bufsize` 0, and at each
   * write holding a newline with `bufsize` 1.
   *
   * @example Buffering a reply
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * using f = a.makefile("wb");
   * console.log(f.write("OK\n")); // 3
   * f.flush();
   * a.close();
   * b.close();
   * ```
   */
  write(data: ArrayBufferView | ArrayBuffer | string): number {
    const bytes = toBytes(data, "write()");
    const sock = this.#writable();
    if (this.#bufsize === 0) {
      sock.sendall(bytes);
      return bytes.length;
    }
    this.#wbuf.push(bytes.slice());
    this.#wlen += bytes.length;
    if (
      this.#bufsize === 1 ? bytes.includes(10) : this.#wlen >= this.#bufsize
    ) {
      this.flush();
    }
    return bytes.length;
  }

  /**
   * Writes each item of `lines` (an iterable of bytes or strings).
   *
   * @example Writing header lines
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * using f = a.makefile("wb");
   * f.writelines(["Host: x\r\n", "\r\n"]);
   * f.flush();
   * a.close();
   * b.close();
   * ```
   */
  writelines(lines: Iterable<ArrayBufferView | ArrayBuffer | string>): void {
    const items = iterableArg<unknown>(lines, "writelines(): lines");
    const all = items.map((line) => toBytes(line, "writelines()"));
    this.#writable();
    for (const line of all) this.write(line);
  }

  /**
   * Sends everything buffered.
   *
   * @example Sending what was written
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * using f = a.makefile("wb");
   * f.write("ping\n");
   * f.flush();
   * console.log(b.recv(16)); // the bytes of "ping\n"
   * a.close();
   * b.close();
   * ```
   */
  flush(): void {
    const sock = this.#open();
    if (this.#wlen === 0) return;
    const all = new Uint8Array(this.#wlen);
    let at = 0;
    for (const part of this.#wbuf) {
      all.set(part, at);
      at += part.length;
    }
    this.#wbuf = [];
    this.#wlen = 0;
    sock.sendall(all);
  }

  /**
   * Flushes and lets go of the socket: the socket itself stays open until
   * it is closed too (and if it was closed already, it closes now).
   *
   * @example Letting go of the socket
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * const f = a.makefile("wb");
   * f.write("last words");
   * f.close(); // flushed; a stays open
   * a.close();
   * b.close();
   * ```
   */
  close(): void {
    if (!this.#sock) return;
    try {
      if (this.#writing) this.flush();
    } finally {
      this.#sock = null;
      const release = this.#release;
      this.#release = null;
      dropped.unregister(this);
      release?.();
    }
  }

  /**
   * Closes the file at the end of a `using` scope.
   *
   * @example A file scoped to a block
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * {
   *   using f = a.makefile("wb");
   *   f.write("bye");
   * } // flushed and closed here
   * a.close();
   * b.close();
   * ```
   */
  [Symbol.dispose](): void {
    this.close();
  }
}

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

/** Checks `makefile()`'s options object before anything is made. */
export function checkTextOptions(options: unknown): void {
  if (options === null || typeof options !== "object" || revoked(options)) {
    throw new TypeError(
      `makefile(): options must be an object, got ${quoted(options)}`,
    );
  }
  const o: MakefileOptions = options;
  codecArg(o.encoding);
  errorsArg(o.errors);
  newlineArg(o.newline);
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
    if (!(buffer instanceof SocketFile)) {
      throw new TypeError(
        `SocketTextFile(): buffer must be a SocketFile, got ${quoted(buffer)}`,
      );
    }
    checkTextOptions(options);
    this.#codec = codecArg(options.encoding);
    this.#errors = errorsArg(options.errors);
    this.#newline = newlineArg(options.newline);
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
