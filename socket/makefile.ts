/**
 * `makefile()`: a buffered file object over a socket. Reads return bytes;
 * writes take bytes or strings and are buffered until `flush()`.
 *
 * @module
 */
import type { SocketType } from "./socket.ts";
import { error } from "./errors.ts";
import { toBytes } from "./_data.ts";
import { typeName } from "../address/_struct.ts";

const DEFAULT_BUFSIZE = 8192;

/** A size argument: an integer, negative for "no limit". */
function sizeArg(value: unknown, what: string): void {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new TypeError(`${what} must be an integer, not ${typeName(value)}`);
  }
}

/**
 * The file object `makefile()` returns. Closing it flushes what was written
 * and leaves the socket open.
 *
 * @example Reading a line-based protocol
 * ```ts
 * import { socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * const f = b.makefile("rw");
 * a.sendall("hello\nworld\n");
 * console.log(new TextDecoder().decode(f.readline())); // "hello\n"
 * f.close();
 * a.close();
 * b.close();
 * ```
 */
export class SocketFile {
  #sock: SocketType | null;
  readonly #mode: string;
  readonly #bufsize: number;
  #rbuf: Uint8Array = new Uint8Array(0);
  #wbuf: Uint8Array[] = [];
  #wlen = 0;
  #eof = false;

  /** Wraps `sock`; `mode` is "r", "w", "rw" (a "b" is accepted and ignored). */
  constructor(sock: SocketType, mode = "r", bufsize = -1) {
    if (typeof mode !== "string" || !/^[rwb+]+$/.test(mode)) {
      throw new RangeError(`makefile(): invalid mode "${mode}"`);
    }
    if (typeof bufsize !== "number" || !Number.isInteger(bufsize)) {
      throw new TypeError("makefile(): bufsize must be an integer");
    }
    this.#sock = sock;
    this.#mode = mode;
    this.#bufsize = bufsize < 0 ? DEFAULT_BUFSIZE : bufsize;
  }

  /** True once `close()` was called. */
  get closed(): boolean {
    return this.#sock === null;
  }

  /** The mode given to `makefile()`. */
  get mode(): string {
    return this.#mode;
  }

  #socket(): SocketType {
    if (!this.#sock) throw new error("I/O operation on closed file");
    return this.#sock;
  }

  #fill(): boolean {
    if (this.#eof) return false;
    const chunk = this.#socket().recv(Math.max(this.#bufsize, DEFAULT_BUFSIZE));
    if (chunk.length === 0) {
      this.#eof = true;
      return false;
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

  /** Reads `n` bytes (fewer at end of stream), or everything up to EOF. */
  read(n = -1): Uint8Array {
    this.#socket();
    sizeArg(n, "read(): size");
    if (n < 0) {
      while (this.#fill());
      return this.#take(this.#rbuf.length);
    }
    while (this.#rbuf.length < n && this.#fill());
    return this.#take(Math.min(n, this.#rbuf.length));
  }

  /** Reads one line, including its `\n` (none at end of stream). */
  readline(limit = -1): Uint8Array {
    this.#socket();
    sizeArg(limit, "readline(): limit");
    for (;;) {
      const nl = this.#rbuf.indexOf(10);
      if (nl >= 0 && (limit < 0 || nl < limit)) return this.#take(nl + 1);
      if (limit >= 0 && this.#rbuf.length >= limit) return this.#take(limit);
      if (!this.#fill()) return this.#take(this.#rbuf.length);
    }
  }

  /** Reads every remaining line. */
  readlines(): Uint8Array[] {
    const lines: Uint8Array[] = [];
    for (;;) {
      const line = this.readline();
      if (line.length === 0) return lines;
      lines.push(line);
    }
  }

  /** Buffers `data`, sending once the buffer is full. */
  write(data: ArrayBufferView | ArrayBuffer | string): number {
    const sock = this.#socket();
    const bytes = toBytes(data, "write()");
    if (this.#bufsize === 0) {
      sock.sendall(bytes);
      return bytes.length;
    }
    this.#wbuf.push(bytes.slice());
    this.#wlen += bytes.length;
    if (this.#wlen >= this.#bufsize) this.flush();
    return bytes.length;
  }

  /** Writes each item of `lines`. */
  writelines(lines: Iterable<ArrayBufferView | ArrayBuffer | string>): void {
    for (const line of lines) this.write(line);
  }

  /** Sends everything buffered. */
  flush(): void {
    const sock = this.#socket();
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

  /** Flushes and lets go of the socket (which stays open). */
  close(): void {
    if (!this.#sock) return;
    try {
      this.flush();
    } finally {
      this.#sock = null;
    }
  }
}
