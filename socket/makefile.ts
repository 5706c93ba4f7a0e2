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

/** What `newline: null` writes for "\n": the platform's line separator. */

/** Gives back the socket's reference of a file dropped without `close()`. */
const dropped = new FinalizationRegistry<() => void>((release) => release());

/** The buffer size of a file made with `bufsize` -1, as io.DEFAULT_BUFFER_SIZE. */
export const DEFAULT_BUFSIZE = 8192;

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
  recv(bufsize: number): Uint8Array<ArrayBuffer>;
  /** Sends all of `data`. */
  sendall(data: Uint8Array): void;
  /** The descriptor, -1 once closed. */
  fileno(): number;
}

/** A size argument: an integer, negative for "no limit". */
/** An integer size argument, named in the TypeError. */
export function sizeArg(value: unknown, what: string): number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new TypeError(`${what} must be an integer, got ${described(value)}`);
  }
  return value;
}

/** A quoted rendering of any value for a message (a Symbol included). */
export function quoted(value: unknown): string {
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

/** The brand check {@linkcode isSocketFile} makes (set by the class). */
let isFile: (value: object) => boolean = () => false;

/**
 * True for a genuine `SocketFile`: a Proxy of one, or an object made from
 * its prototype, is none (its methods would fail on it with the engine's
 * error about private fields).
 */
export function isSocketFile(value: unknown): value is SocketFile {
  return typeof value === "object" && value !== null && isFile(value);
}

/**
 * The lines `readline` gives until one is empty (end of stream): a file's
 * iterator, as Python's `IOBase.__next__`.
 */
export function* linesOf<T extends { readonly length: number }>(
  readline: () => T,
): Generator<T, undefined, unknown> {
  for (let line = readline(); line.length > 0; line = readline()) yield line;
  return undefined;
}

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
  #rbuf: Uint8Array<ArrayBuffer> = new Uint8Array(0);
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
    // Taken before the checks, which may run the caller's code (a getter
    // of the socket's own `recv`) that may make a file itself and so set
    // and clear `pendingRelease`: this file's reference would go unreleased.
    const release = pendingRelease;
    pendingRelease = null;
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
    this.#release = release;
    if (this.#release) dropped.register(this, this.#release, this);
    this.#mode = mode;
    this.#reading = reading;
    this.#writing = writing;
    this.#bufsize = bufsize < 0 ? DEFAULT_BUFSIZE : bufsize;
  }

  static {
    isFile = (value) => #sock in value;
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
  read1(n?: number): Uint8Array<ArrayBuffer>;
  read1(n = -1): Uint8Array<ArrayBuffer> {
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

  #take(n: number): Uint8Array<ArrayBuffer> {
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
  read(n?: number): Uint8Array<ArrayBuffer>;
  read(n = -1): Uint8Array<ArrayBuffer> {
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
  readline(limit?: number): Uint8Array<ArrayBuffer>;
  readline(limit = -1): Uint8Array<ArrayBuffer> {
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
  readlines(): Uint8Array<ArrayBuffer>[] {
    const lines: Uint8Array<ArrayBuffer>[] = [];
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
   * @example Reading lines as they come
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * using f = b.makefile("rb");
   * a.sendall("one\ntwo\n");
   * a.shutdown(1); // SHUT_WR
   * for (const line of f) console.log(line.length); // 4, then 4
   * a.close();
   * b.close();
   * ```
   */
  [Symbol.iterator](): Generator<Uint8Array<ArrayBuffer>, undefined, unknown> {
    this.#open();
    return linesOf(() => this.readline());
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
