/**
 * The socket object: `SocketType`, every method of the spec in the spec's
 * order. Each method packs its arguments, makes one call through the
 * timeout helper `#call` (the modes as in CPython: see there), and unpacks
 * the result.
 *
 * @module
 */
import {
  type Address,
  decodeAddress,
  decodeOwnAddress,
  encodeAddress,
} from "../address/mod.ts";
import type { AddressInput, Family, PeerAddress } from "../address/types.ts";
import { constants, errno, features, lastErrno, lib } from "../platform/mod.ts";
import { errorFromErrno, timeout } from "./errors.ts";
import { reprOf } from "./_repr.ts";
import {
  addressArg,
  flagsArg,
  INT_MAX,
  INT_MIN,
  intArg,
  timeoutArg,
  toBytes,
  toWritable,
  typedSize,
  typedSizeAgain,
} from "./_data.ts";
import { closeHandle, E, setNonblocking } from "./_sys.ts";
import type { SocketFile } from "./makefile.ts";
import { makefile } from "./_makefile.ts";
import type { MakefileOptions, SocketTextFile } from "./text_file.ts";
import {
  getInheritable,
  inheritableArg,
  setInheritable,
} from "./descriptor.ts";
import { readableOf, writableOf } from "./streams.ts";
import { closing } from "./_close_hook.ts";
import { permitsAddresses } from "./permissions.ts";
import type { Ancillary } from "./ancillary.ts";
import { openDescriptor, opened } from "./_open.ts";
import { accept, dup } from "./_derived.ts";
import { connectTo } from "./_connect.ts";
import {
  ADDR,
  attempting,
  encodeChecked,
  intoSize,
  now,
  type Op,
  opRecv,
  opRecvfrom,
  opSend,
  opSendto,
  readable,
  receiveBuffer,
  received,
  waitFor,
  wouldBlockError,
  writable,
} from "./_ops.ts";
import { grantAccess } from "./_access.ts";
import type { AfalgOptions } from "./_msg.ts";
import * as msg from "./_msg.ts";
import * as options from "./_options.ts";
import { sendfile, sendRest } from "./_sendfile.ts";
import { shareOf } from "./share.ts";
import { SendtoAddress } from "./_sendto.ts";
import { own, type Owned } from "./_finalizer.ts";

export { getdefaulttimeout, setdefaulttimeout } from "./_defaults.ts";
export type { AfalgOptions } from "./_msg.ts";
// For socketpair.ts, which makes sockets over descriptors: importing it
// from here loads the class it makes them with.
export { adoptSocket } from "./_open.ts";

const C = constants;
const SEND_FLAGS = features.sendFlags;
const TYPE_MASK = ~((C.SOCK_NONBLOCK ?? 0) | (C.SOCK_CLOEXEC ?? 0));

/**
 * A socket: Python's socket object. Create one with {@linkcode socket} (or
 * `new SocketType(family, type, proto)`); close it with `close()` or a
 * `using` declaration.
 *
 * @example An echo round trip over a socket pair
 * ```ts
 * import { socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.sendall("ping");
 * console.log(new TextDecoder().decode(b.recv(16))); // "ping"
 * a.close();
 * b.close();
 * ```
 */
export class SocketType<A extends Address = Address> {
  #fd: number;
  #family: number;
  /**
   * Flags or-ed into every send: MSG_NOSIGNAL where the platform needs it,
   * except on AF_RDS, whose sendmsg refuses any flag it does not know
   * (EOPNOTSUPP) and never raises SIGPIPE.
   */
  #sendFlags: number;
  #type: number;
  #proto: number;
  #timeout: number | null;
  /** sendto()'s last address, packed (made by the first sendto()). */
  #sendto: SendtoAddress | null = null;
  /**
   * The last recv()/recvfrom() filled its whole request: the next one
   * receives straight into a new array of the size asked, which is the
   * result itself when it is filled again (no copy).
   */
  #filled = false;
  #ioRefs = 0;
  #closeDeferred = false;
  /** close() or detach() was called (Python's `_closed`). */
  #closed = false;
  /** The descriptor as the finalizer sees it. */
  readonly #owned: Owned;

  /**
   * Creates a socket (`socket(2)`) of `family`, an `AF_*` constant whose
   * type gives the socket's address type, or wraps descriptor `fileno` when
   * given (the socket then owns it). Defaults: AF_INET, SOCK_STREAM,
   * protocol 0; with `fileno`, what is left out is read from the descriptor,
   * and a descriptor that is not a socket raises ENOTSOCK (CPython 3.7+).
   *
   * @example Creating a UDP socket with the class
   * ```ts
   * import { AF_INET, SOCK_DGRAM, SocketType } from "@berkeley/socket";
   * using s = new SocketType(AF_INET, SOCK_DGRAM); // SocketType<InetAddress>
   * s.bind(["127.0.0.1", 0]);
   * const [host, port] = s.getsockname();
   * console.log(host, port > 0); // "127.0.0.1" true
   * ```
   */
  constructor(
    family?: Family<A>,
    type?: number,
    proto?: number,
    fileno?: number,
  );
  /**
   * Creates a socket of a family given as a plain number: its addresses
   * are typed {@linkcode Address}.
   *
   * @example A family chosen at run time
   * ```ts
   * import { AF_INET, AF_INET6, has_ipv6, SocketType } from "@berkeley/socket";
   * const family: number = has_ipv6 ? AF_INET6 : AF_INET;
   * using s = new SocketType(family); // SocketType<Address>
   * console.log(s.family === family); // true
   * ```
   */
  constructor(family?: number, type?: number, proto?: number, fileno?: number);
  constructor(
    family?: number,
    type?: number,
    proto?: number,
    fileno?: number,
  ) {
    openDescriptor(family, type, proto, fileno);
    const fd = opened.fd;
    this.#fd = fd;
    this.#family = opened.family;
    this.#sendFlags = opened.family === constants.AF_RDS ? 0 : SEND_FLAGS;
    this.#type = opened.type & TYPE_MASK;
    this.#proto = opened.proto;
    this.#timeout = opened.mode;
    this.#owned = own(this, fd);
  }

  static {
    grantAccess({
      isSocket: (value) => #fd in value,
      classPrototype: SocketType.prototype,
      call: (s, events, deadline, op, a, b, c, d, e) =>
        s.#call(events, deadline, op, a, b, c, d, e),
      address: (s) => s.#address(),
      ref: (s) => void s.#ioRefs++,
      unref: (s) => s.#unref(),
      setMode: (s, fd, timeout) => s.#setMode(fd, timeout),
      create: (family, type, proto, fd) =>
        new SocketType(family, type, proto, fd),
      family: (s) => s.#family,
      live: (s) => s.#live(),
      fd: (s) => s.#fd,
      closed: (s) => s.#closed,
      encode: (s, address, method) => s.#encode(address, method),
      sendFlags: (s) => s.#sendFlags,
      type: (s) => s.#type,
      proto: (s) => s.#proto,
      timeout: (s) => s.#timeout,
    });
  }

  /** Sets the mode and the descriptor's O_NONBLOCK to match (CPython). */
  #setMode(fd: number, timeout: number | null): void {
    this.#timeout = timeout;
    if (!setNonblocking(fd, timeout !== null)) {
      throw errorFromErrno(lastErrno());
    }
  }

  /** The descriptor, or EBADF when closed. */
  #live(): number {
    if (this.#fd < 0) throw errorFromErrno(E.EBADF);
    return this.#fd;
  }

  /**
   * The helper every blocking method goes through, in CPython's modes: the
   * call, retried on EINTR (PEP 475). In blocking mode that is all (the
   * descriptor blocks); in timeout and non-blocking modes the descriptor has
   * O_NONBLOCK, and in timeout mode a call that would block waits for
   * `events` with `poll` until the timeout (or `deadline`, a
   * `performance.now()` instant shared by several calls), then is tried
   * again. `events` 0 (MSG_DONTWAIT) and a `sock_*` attempt never wait.
   */
  #call(
    events: number,
    deadline: number,
    op: Op,
    a?: unknown,
    b?: unknown,
    c?: unknown,
    d?: unknown,
    e?: unknown,
  ): number {
    const fd = this.#live();
    for (;;) {
      const r = op(fd, a, b, c, d, e);
      if (r >= 0) return r;
      const err = lastErrno();
      if (err === E.EINTR) continue;
      // An attempt that would block is the sock_* calls' every other step
      // and never reaches the caller: one shared error saves building one
      // (a stack and strerror(), 2-6 us here) each time.
      if (attempting && (err === E.EAGAIN || err === E.EWOULDBLOCK)) {
        throw wouldBlockError(err);
      }
      const t = this.#timeout;
      if (
        t === null || t === 0 || events === 0 || attempting ||
        (err !== E.EAGAIN && err !== E.EWOULDBLOCK)
      ) {
        throw errorFromErrno(err);
      }
      if (deadline < 0) deadline = now() + t * 1000;
      waitFor(this.#fd, events, deadline);
    }
  }

  /**
   * Encodes `address` for this socket into the shared sockaddr buffer. The
   * address is copied out first (`addressArg`), so no caller code runs
   * between the packing and the call that uses it.
   */
  #encode(address: unknown, method: string): number {
    const copy = addressArg(address, method);
    if (!permitsAddresses(this.#family)) {
      return encodeChecked(this.#family, this.#proto, copy, method);
    }
    return encodeAddress(this.#family, copy, ADDR, method, this.#proto);
  }

  /** The address the OS wrote to the shared buffer, which it always writes. */
  #address(): A {
    // The OS gives an address of the socket's own family: A by construction.
    const length = ADDR.returnedLength();
    return decodeOwnAddress(this.#family, ADDR, length, this.#proto) as A;
  }

  /** The address the OS wrote, or `null` where it may write none. */
  #addressOrNull(): A | null {
    const length = ADDR.returnedLength();
    return decodeAddress(ADDR, length, this.#proto) as A | null;
  }

  /**
   * Accepts a connection (`accept(2)`): `[conn, address]`, a new socket for
   * the connection and the peer's address (`null` for AF_ALG, as in
   * CPython). The new socket is close-on-exec and takes the default
   * timeout, as in Python 3 (blocking when there is none, whatever the
   * listener's mode), its descriptor non-blocking exactly when the mode
   * says so.
   *
   * @example Accepting a client on loopback
   * ```ts
   * import { AF_INET, create_connection, socket } from "@berkeley/socket";
   * using server = socket(AF_INET);
   * server.bind(["127.0.0.1", 0]);
   * server.listen();
   * using client = create_connection(server.getsockname());
   * const [conn, [host, port]] = server.accept();
   * console.log(host, port === client.getsockname()[1]); // "127.0.0.1" true
   * conn.close();
   * ```
   */
  accept(): [SocketType<A>, PeerAddress<A>] {
    return accept(this);
  }

  /**
   * Binds the socket to `address` (`bind(2)`); port 0 lets the OS choose.
   *
   * @example Binding to a free loopback port
   * ```ts
   * import { AF_INET, SOCK_DGRAM, socket } from "@berkeley/socket";
   * using s = socket(AF_INET, SOCK_DGRAM);
   * s.bind(["127.0.0.1", 0]);
   * console.log(s.getsockname()[1] > 0); // true
   * ```
   */
  bind(address: AddressInput<A>): void {
    const len = this.#encode(address, "bind()");
    const fd = this.#live();
    if (lib.bind(fd, ADDR.bytes, len) !== 0) {
      throw errorFromErrno(lastErrno());
    }
  }

  /**
   * Closes the socket. Idempotent; every later call but `close()` raises
   * `error` EBADF without touching a descriptor the OS may have reused.
   * While a file from `makefile()` is open, the descriptor stays open until
   * that file is closed too.
   *
   * @example Closing twice is harmless
   * ```ts
   * import { socket } from "@berkeley/socket";
   * const s = socket();
   * s.close();
   * s.close();
   * console.log(s.fileno()); // -1
   * ```
   */
  close(): void {
    this.#closed = true;
    const fd = this.#fd;
    if (fd < 0) return;
    // Files from makefile() still open: they close the descriptor last.
    if (this.#ioRefs > 0) {
      this.#closeDeferred = true;
      return;
    }
    this.#fd = -1;
    this.#owned.fd = -1;
    closing(fd); // pending sock_* calls reject with EBADF
    if (closeHandle(fd) !== 0) {
      const err = lastErrno();
      // ECONNRESET from close() is not an error worth raising (CPython).
      if (err !== errno.ECONNRESET && err !== E.EINTR) {
        throw errorFromErrno(err);
      }
    }
  }

  /**
   * Connects to `address` (`connect(2)`); with a timeout, waits at most
   * that long and raises `timeout`. A refused connection raises `error`
   * (ECONNREFUSED).
   *
   * @example Connecting to a local listener
   * ```ts
   * import { AF_INET, socket } from "@berkeley/socket";
   * using server = socket(AF_INET);
   * server.bind(["127.0.0.1", 0]);
   * server.listen();
   * using client = socket(AF_INET);
   * client.connect(server.getsockname());
   * console.log(client.getpeername()[0]); // "127.0.0.1"
   * ```
   */
  connect(address: AddressInput<A>): void {
    const err = connectTo(this, address, "connect()");
    if (err !== 0) throw err === -1 ? new timeout() : errorFromErrno(err);
  }

  /**
   * Like `connect()`, but returns the errno (0 on success) instead of
   * raising it; errors in `address` itself are still raised.
   *
   * @example Probing a port nothing listens on
   * ```ts
   * import { AF_INET, errno, socket } from "@berkeley/socket";
   * const gone = socket(AF_INET);
   * gone.bind(["127.0.0.1", 0]);
   * const where = gone.getsockname();
   * gone.close(); // nothing listens there now
   * using s = socket(AF_INET);
   * console.log(s.connect_ex(where) === errno.ECONNREFUSED); // true
   * ```
   */
  connect_ex(address: AddressInput<A>): number {
    const err = connectTo(this, address, "connect_ex()");
    return err === -1 ? E.EWOULDBLOCK : err;
  }

  /**
   * The descriptor (on Windows the SOCKET handle); -1 once closed.
   *
   * @example Reading the descriptor
   * ```ts
   * import { socket } from "@berkeley/socket";
   * const s = socket();
   * console.log(s.fileno() >= 0); // true
   * s.close();
   * console.log(s.fileno()); // -1
   * ```
   */
  fileno(): number {
    return this.#fd;
  }

  /**
   * The address of the peer a connected socket talks to (`getpeername(2)`);
   * `error` ENOTCONN when not connected.
   *
   * @example The server's address, seen from the client
   * ```ts
   * import { AF_INET, socket } from "@berkeley/socket";
   * using server = socket(AF_INET);
   * server.bind(["127.0.0.1", 0]);
   * server.listen();
   * using client = socket(AF_INET);
   * client.connect(server.getsockname());
   * const [host, port] = client.getpeername();
   * console.log(host, port === server.getsockname()[1]); // "127.0.0.1" true
   * ```
   */
  getpeername(): A {
    const fd = this.#live();
    ADDR.resetLength();
    if (lib.getpeername(fd, ADDR.bytes, ADDR.length) !== 0) {
      throw errorFromErrno(lastErrno());
    }
    return this.#address();
  }

  /**
   * The socket's own address (`getsockname(2)`), of the socket's family's
   * type: `[host, port]` for AF_INET.
   *
   * @example The port the OS chose
   * ```ts
   * import { AF_INET, socket } from "@berkeley/socket";
   * using s = socket(AF_INET);
   * s.bind(["127.0.0.1", 0]);
   * const [host, port] = s.getsockname(); // string, number
   * console.log(host, port > 0); // "127.0.0.1" true
   * ```
   */
  getsockname(): A {
    const fd = this.#live();
    ADDR.resetLength();
    if (lib.getsockname(fd, ADDR.bytes, ADDR.length) !== 0) {
      throw errorFromErrno(lastErrno());
    }
    return this.#address();
  }

  /**
   * An option's value as an integer (`getsockopt(2)` of a C `int`).
   *
   * @example Reading an integer option
   * ```ts
   * import { SO_TYPE, SOCK_STREAM, SOL_SOCKET, socket } from "@berkeley/socket";
   * using s = socket();
   * console.log(s.getsockopt(SOL_SOCKET, SO_TYPE) === SOCK_STREAM); // true
   * ```
   */
  getsockopt(level: number, optname: number): number;
  /**
   * An option's raw value: at most `buflen` (1-1024) bytes, as the kernel
   * returned them.
   *
   * @example Reading a struct option as bytes
   * ```ts
   * import { SO_LINGER, SOL_SOCKET, socket } from "@berkeley/socket";
   * using s = socket();
   * const linger = s.getsockopt(SOL_SOCKET, SO_LINGER, 8); // struct linger
   * console.log(linger.every((b) => b === 0)); // true: lingering is off
   * ```
   */
  getsockopt(
    level: number,
    optname: number,
    buflen: number,
  ): Uint8Array<ArrayBuffer>;
  getsockopt(
    level: number,
    optname: number,
    buflen?: number,
  ): number | Uint8Array<ArrayBuffer> {
    return options.getsockopt(this, level, optname, buflen);
  }

  /**
   * An `ioctl` from the platform's table: FIONBIO (switches the socket's
   * mode like `setblocking`), FIONREAD and SIOCATMARK (return the integer
   * the call wrote); on Windows also CPython's SIO_RCVALL,
   * SIO_LOOPBACK_FAST_PATH and SIO_KEEPALIVE_VALS (option
   * `[onoff, keepalivetime, keepaliveinterval]`), which return WSAIoctl's
   * count of bytes returned. Any other control raises RangeError.
   *
   * @example How many bytes wait to be read
   * ```ts
   * import { FIONREAD, socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * a.sendall("12345");
   * console.log(b.ioctl(FIONREAD)); // 5
   * a.close();
   * b.close();
   * ```
   */
  ioctl(
    control: number,
    option?: number | readonly [number, number, number],
  ): number {
    return options.ioctl(this, control, option);
  }

  /**
   * Listens for connections (`listen(2)`); `backlog` defaults to
   * min(SOMAXCONN, 128), as in Python 3.
   *
   * @example A listening TCP socket
   * ```ts
   * import { AF_INET, socket } from "@berkeley/socket";
   * using server = socket(AF_INET);
   * server.bind(["127.0.0.1", 0]);
   * server.listen(16);
   * console.log(`listening on port ${server.getsockname()[1]}`);
   * ```
   */
  listen(backlog?: number): void;
  listen(backlog: number = Math.min(C.SOMAXCONN, 128)): void {
    backlog = intArg(backlog, "listen(): backlog", INT_MIN, INT_MAX);
    const fd = this.#live();
    if (lib.listen(fd, Math.max(backlog, 0)) !== 0) {
      throw errorFromErrno(lastErrno());
    }
  }

  /**
   * A binary file over the socket (a mode with "b"): reads give bytes.
   * The file holds its own reference: the descriptor stays open until the
   * socket and every file made from it are closed. `bufsize` 0 reads no
   * more than asked, 1 flushes once per line.
   *
   * @example Reading lines as bytes
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * const f = b.makefile("rb");
   * a.sendall("hello\n");
   * a.close();
   * b.close(); // f keeps the descriptor open
   * console.log(f.readline()); // Uint8Array of "hello\n"
   * f.close(); // now it is closed
   * ```
   */
  makefile(
    mode: `${string}b${string}`,
    bufsize?: number | null,
    options?: MakefileOptions,
  ): SocketFile;
  /**
   * A text file over the socket (a mode with "t"), as Python 3's
   * `io.TextIOWrapper`: `read(n)` counts characters.
   *
   * @example Reading text
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * using f = b.makefile("rt");
   * a.sendall("héllo\r\n");
   * console.log(f.readline()); // "héllo\n"
   * a.close();
   * b.close();
   * ```
   */
  makefile(
    mode: `${string}t${string}`,
    bufsize?: number | null,
    options?: MakefileOptions,
  ): SocketTextFile;
  /**
   * A text file over the socket with `encoding`, `errors` and `newline`
   * as Python 3's `makefile(mode, buffering, encoding=, errors=,
   * newline=)`.
   *
   * @example Writing CRLF lines
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * using f = a.makefile("w", -1, { encoding: "utf-8", newline: "\r\n" });
   * f.write("HELO example\n");
   * f.flush();
   * console.log(b.recv(64)); // the bytes of "HELO example\r\n"
   * a.close();
   * b.close();
   * ```
   */
  makefile(
    mode: string | undefined,
    bufsize: number | null | undefined,
    options: MakefileOptions,
  ): SocketTextFile;
  /**
   * A file over the socket as the spec's `makefile(mode, bufsize)`:
   * binary, reads give bytes, writes take bytes or strings.
   *
   * @example Writing a request
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * const f = a.makefile("w");
   * f.write("GET / HTTP/1.0\r\n\r\n");
   * f.close();
   * console.log(b.recv(64).length); // 18
   * a.close();
   * b.close();
   * ```
   */
  makefile(mode?: string, bufsize?: number | null): SocketFile;
  makefile(
    mode = "r",
    buffering: number | null = -1,
    options?: MakefileOptions,
  ): SocketFile | SocketTextFile {
    return makefile(this, mode, buffering, options);
  }

  /** A file made by `makefile()` was closed: close if the socket was. */
  #unref(): void {
    this.#ioRefs--;
    if (this.#ioRefs === 0 && this.#closeDeferred) this.close();
  }

  /**
   * Receives up to `bufsize` bytes (`recv(2)`): a new `Uint8Array` of exactly
   * the bytes that came, empty at end of stream. `flags` are `MSG_*`. As in
   * CPython, `bufsize` 0 asks the OS nothing: it returns an empty array at
   * once, in every mode (a closed socket still raises EBADF).
   *
   * @example Receiving what the peer sent
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * a.sendall("ping");
   * console.log(new TextDecoder().decode(b.recv(1024))); // "ping"
   * a.close();
   * console.log(b.recv(1024).length); // 0: end of stream
   * b.close();
   * ```
   */
  recv(bufsize: number, flags?: number): Uint8Array<ArrayBuffer>;
  recv(bufsize: number, flags: number = 0): Uint8Array<ArrayBuffer> {
    bufsize = intArg(bufsize, "recv(): bufsize", 0, INT_MAX);
    flags = flagsArg(flags, "recv()");
    if (bufsize === 0) {
      // CPython's sock_recv_guts(): "If 0 bytes were requested, do nothing"
      // (recv(2) of 0 bytes would wait for data, or fail with EAGAIN).
      this.#live();
      return new Uint8Array(0);
    }
    // A fresh array is made here, at this method's own allocation site:
    // made in receiveBuffer(), shared by every receive, it cost Bun 7-14 ns
    // more per call (bench/profile.md, recv(64): 34 against 20 ns).
    const buf = this.#filled ? new Uint8Array(bufsize) : receiveBuffer(bufsize);
    this.#filled = false;
    const n = this.#call(readable(flags), -1, opRecv, buf, bufsize, flags);
    this.#filled = n >= bufsize && bufsize > 0; // n > bufsize: MSG_TRUNC
    return received(buf, n, bufsize);
  }

  /**
   * Receives a datagram (`recvfrom(2)`): `[data, address]`, the sender's
   * address, or `null` where the OS gives none (a connected stream socket).
   *
   * @example A UDP datagram and its sender
   * ```ts
   * import { AF_INET, SOCK_DGRAM, socket } from "@berkeley/socket";
   * using a = socket(AF_INET, SOCK_DGRAM);
   * using b = socket(AF_INET, SOCK_DGRAM);
   * a.bind(["127.0.0.1", 0]);
   * b.bind(["127.0.0.1", 0]);
   * a.sendto("hi", b.getsockname());
   * const [data, from] = b.recvfrom(1500);
   * console.log(data.length, from?.[1] === a.getsockname()[1]); // 2 true
   * ```
   */
  recvfrom(
    bufsize: number,
    flags?: number,
  ): [Uint8Array<ArrayBuffer>, A | null];
  recvfrom(
    bufsize: number,
    flags: number = 0,
  ): [Uint8Array<ArrayBuffer>, A | null] {
    bufsize = intArg(bufsize, "recvfrom(): bufsize", 0, INT_MAX);
    flags = flagsArg(flags, "recvfrom()");
    // A fresh array made at this method's own site, as in recv().
    const buf = this.#filled ? new Uint8Array(bufsize) : receiveBuffer(bufsize);
    this.#filled = false;
    ADDR.resetLength();
    const n = this.#call(
      readable(flags),
      -1,
      opRecvfrom,
      buf,
      bufsize,
      flags,
      ADDR.bytes,
      ADDR.length,
    );
    this.#filled = n >= bufsize && bufsize > 0; // n > bufsize: MSG_TRUNC
    const address = this.#addressOrNull();
    return [received(buf, n, bufsize), address];
  }

  /**
   * Receives a datagram into `buffer` (up to `nbytes`; 0: the buffer's
   * size): `[nbytes, address]`, the address as `recvfrom()` gives it.
   *
   * @example Receiving into a reused buffer
   * ```ts
   * import { AF_INET, SOCK_DGRAM, socket } from "@berkeley/socket";
   * using a = socket(AF_INET, SOCK_DGRAM);
   * using b = socket(AF_INET, SOCK_DGRAM);
   * b.bind(["127.0.0.1", 0]);
   * a.sendto("hello", b.getsockname());
   * const buf = new Uint8Array(1500);
   * const [n, from] = b.recvfrom_into(buf);
   * console.log(n, from?.[0]); // 5 "127.0.0.1"
   * ```
   */
  recvfrom_into(
    buffer: ArrayBufferView | ArrayBuffer,
    nbytes?: number,
    flags?: number,
  ): [number, A | null];
  recvfrom_into(
    buffer: ArrayBufferView | ArrayBuffer,
    nbytes: number = 0,
    flags: number = 0,
  ): [number, A | null] {
    // A typed array goes to C itself (typedSize()), the rest as a view.
    let view: unknown = buffer;
    let size = typedSize(buffer);
    if (size < 0) {
      const bytes = toWritable(buffer, "recvfrom_into()");
      view = bytes;
      size = bytes.byteLength;
    }
    const n = intoSize(size, nbytes, "recvfrom_into()");
    flags = flagsArg(flags, "recvfrom_into()");
    ADDR.resetLength();
    const got = this.#call(
      readable(flags),
      -1,
      opRecvfrom,
      view,
      n,
      flags,
      ADDR.bytes,
      ADDR.length,
    );
    return [got, this.#addressOrNull()];
  }

  /**
   * Receives up to `nbytes` (0: the buffer's size) into `buffer`, writing
   * no allocation; returns the count, 0 at end of stream. `nbytes` larger
   * than the buffer raises `RangeError`. An empty buffer asks the OS nothing
   * and returns 0 at once, as `recv(0)` does.
   *
   * @example Filling part of a buffer
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * a.sendall("abcdef");
   * const buf = new Uint8Array(16);
   * const n = b.recv_into(buf, 4);
   * console.log(n, new TextDecoder().decode(buf.subarray(0, n))); // 4 "abcd"
   * a.close();
   * b.close();
   * ```
   */
  recv_into(
    buffer: ArrayBufferView | ArrayBuffer,
    nbytes?: number,
    flags?: number,
  ): number;
  recv_into(
    buffer: ArrayBufferView | ArrayBuffer,
    nbytes: number = 0,
    flags: number = 0,
  ): number {
    // A typed array goes to C itself (typedSize()), the rest as a view.
    let view: unknown = buffer;
    let size = typedSize(buffer);
    if (size < 0) {
      const bytes = toWritable(buffer, "recv_into()");
      view = bytes;
      size = bytes.byteLength;
    }
    const n = intoSize(size, nbytes, "recv_into()");
    flags = flagsArg(flags, "recv_into()");
    if (n === 0) {
      this.#live(); // an empty buffer, as recv(0): nothing is asked of the OS
      return 0;
    }
    return this.#call(readable(flags), -1, opRecv, view, n, flags);
  }

  /**
   * Sends `data` (`send(2)`; a string goes as UTF-8) and returns how many
   * bytes went, which may be fewer than given: see `sendall()`.
   *
   * @example Sending a message
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * console.log(a.send("hello")); // 5
   * console.log(b.recv(5)); // the bytes of "hello"
   * a.close();
   * b.close();
   * ```
   */
  send(
    data: ArrayBufferView | ArrayBuffer | string,
    flags?: number,
  ): number;
  send(
    data: ArrayBufferView | ArrayBuffer | string,
    flags: number = 0,
  ): number {
    // A typed array goes to C itself (typedSize()), the rest as a view.
    let bytes: unknown = data;
    let size = typedSize(data);
    if (size < 0) {
      const view = toBytes(data, "send()");
      bytes = view;
      size = view.byteLength;
    }
    flags = flagsArg(flags, "send()");
    return this.#call(
      writable(flags),
      -1,
      opSend,
      bytes,
      size,
      flags | this.#sendFlags,
    );
  }

  /**
   * Sends all of `data`, calling `send` until every byte went; with a
   * timeout, the timeout bounds the whole call.
   *
   * @example Sending more than one call takes
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * const data = new Uint8Array(64 * 1024).fill(7);
   * a.sendall(data);
   * a.close();
   * let got = 0;
   * for (let chunk = b.recv(65536); chunk.length > 0; chunk = b.recv(65536)) {
   *   got += chunk.length;
   * }
   * console.log(got); // 65536
   * b.close();
   * ```
   */
  sendall(
    data: ArrayBufferView | ArrayBuffer | string,
    flags?: number,
  ): void;
  sendall(
    data: ArrayBufferView | ArrayBuffer | string,
    flags: number = 0,
  ): void {
    // A typed array goes to C itself (typedSize()), the rest as a view.
    let own: Uint8Array | null = null;
    let total = typedSize(data);
    if (total < 0) {
      own = toBytes(data, "sendall()");
      total = own.byteLength;
    }
    flags = flagsArg(flags, "sendall()");
    const deadline = this.#timeout === null || this.#timeout === 0
      ? -1
      : now() + this.#timeout * 1000;
    const sent = this.#call(
      writable(flags),
      deadline,
      opSend,
      own ?? data,
      total,
      flags | this.#sendFlags,
    );
    if (sent < total) {
      sendRest(this, own, data, sent, total, flags, deadline);
    }
  }

  /**
   * Sends a datagram to `address` (`sendto(2)`); returns the bytes sent.
   * The packing of the last address is reused while it is unchanged.
   *
   * @example A UDP datagram to a local port
   * ```ts
   * import { AF_INET, SOCK_DGRAM, socket } from "@berkeley/socket";
   * using receiver = socket(AF_INET, SOCK_DGRAM);
   * receiver.bind(["127.0.0.1", 0]);
   * using sender = socket(AF_INET, SOCK_DGRAM);
   * console.log(sender.sendto("hello", receiver.getsockname())); // 5
   * console.log(receiver.recv(16).length); // 5
   * ```
   */
  sendto(
    data: ArrayBufferView | ArrayBuffer | string,
    address: AddressInput<A>,
  ): number;
  /**
   * Sends a datagram to `address` with `flags` (`MSG_*`).
   *
   * @example Sending with flags
   * ```ts
   * import { AF_INET, SOCK_DGRAM, socket } from "@berkeley/socket";
   * using receiver = socket(AF_INET, SOCK_DGRAM);
   * receiver.bind(["127.0.0.1", 0]);
   * using sender = socket(AF_INET, SOCK_DGRAM);
   * console.log(sender.sendto("hi", 0, receiver.getsockname())); // 2
   * ```
   */
  sendto(
    data: ArrayBufferView | ArrayBuffer | string,
    flags: number,
    address: AddressInput<A>,
  ): number;
  sendto(
    data: ArrayBufferView | ArrayBuffer | string,
    flagsOrAddress: number | AddressInput<A>,
    address?: AddressInput<A>,
  ): number {
    // A typed array goes to C itself (typedSize()), the rest as a view.
    const checked = typedSize(data);
    const view = checked < 0 ? toBytes(data, "sendto()") : null;
    let flags = 0;
    let target: unknown = flagsOrAddress;
    if (arguments.length > 2) {
      flags = flagsArg(flagsOrAddress, "sendto()");
      target = address;
    }
    const to = this.#sendto ??= new SendtoAddress();
    const len = to.pack(this, target);
    // The address may have run the caller's code (a Proxy's traps) and
    // shrunk or detached the buffer: as would a view made before, the
    // typed array sends all its bytes, or none once they are not all there.
    const bytes = view ?? data;
    const size = view !== null
      ? view.byteLength
      : typedSizeAgain(data) >= checked
      ? checked
      : 0;
    return this.#call(
      writable(flags),
      -1,
      opSendto,
      bytes,
      size,
      flags | this.#sendFlags,
      to.bytes,
      len,
    );
  }

  /**
   * `setblocking(false)` is `settimeout(0)` (non-blocking: a call that would
   * wait raises EAGAIN); `setblocking(true)` is `settimeout(null)`.
   *
   * @example A non-blocking receive
   * ```ts
   * import { error, errno, socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * b.setblocking(false);
   * try {
   *   b.recv(16);
   * } catch (e) {
   *   console.log(e instanceof error && e.errno === errno.EAGAIN); // true
   * }
   * a.close();
   * b.close();
   * ```
   */
  setblocking(flag: boolean | number): void {
    this.#setMode(this.#live(), flag ? null : 0);
  }

  /**
   * Sets the timeout in seconds: a blocking call waits at most that long
   * and raises `timeout`; 0 is non-blocking, `null` blocking.
   *
   * @example Giving up on a silent peer
   * ```ts
   * import { socketpair, timeout } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * b.settimeout(0.05);
   * try {
   *   b.recv(16);
   * } catch (e) {
   *   console.log(e instanceof timeout); // true
   * }
   * a.close();
   * b.close();
   * ```
   */
  settimeout(value: number | null): void {
    const t = timeoutArg(value);
    this.#setMode(this.#live(), t);
  }

  /**
   * The timeout in seconds, 0 in non-blocking mode, or `null` in blocking
   * mode.
   *
   * @example Reading the mode back
   * ```ts
   * import { socket } from "@berkeley/socket";
   * using s = socket();
   * console.log(s.gettimeout()); // null
   * s.settimeout(2.5);
   * console.log(s.gettimeout()); // 2.5
   * ```
   */
  gettimeout(): number | null {
    return this.#timeout; // also once closed, as Python 3
  }

  /**
   * Sets an option (`setsockopt(2)`): an integer (or boolean) is passed as a
   * C `int` (so it must be in the `int` range, -2147483648 to 2147483647, as
   * in Python; pass a wider value as bytes), bytes are passed as they are.
   *
   * @example Reusing a local address
   * ```ts
   * import { SO_REUSEADDR, SOL_SOCKET, socket } from "@berkeley/socket";
   * using s = socket();
   * s.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1);
   * console.log(s.getsockopt(SOL_SOCKET, SO_REUSEADDR) !== 0); // true
   * ```
   */
  setsockopt(
    level: number,
    optname: number,
    value: number | boolean | ArrayBufferView | ArrayBuffer,
  ): void;
  /**
   * Sets an option with no value and a length only (`setsockopt(2)` with a
   * NULL value), as AF_ALG's ALG_SET_AEAD_AUTHSIZE takes the tag size.
   *
   * @example The tag size of an AEAD cipher (Linux)
   * ```ts
   * import * as socket from "@berkeley/socket";
   * const { AF_ALG, ALG_SET_AEAD_AUTHSIZE, SOL_ALG } = socket;
   * try {
   *   if (
   *     AF_ALG === undefined || SOL_ALG === undefined ||
   *     ALG_SET_AEAD_AUTHSIZE === undefined
   *   ) throw new socket.error("AF_ALG is Linux only");
   *   using alg = socket.socket(AF_ALG, socket.SOCK_SEQPACKET);
   *   alg.bind(["aead", "gcm(aes)"]);
   *   alg.setsockopt(SOL_ALG, ALG_SET_AEAD_AUTHSIZE, null, 16);
   * } catch (e) {
   *   if (e instanceof socket.error) console.log(e.message); // no AF_ALG here
   *   else throw e;
   * }
   * ```
   */
  setsockopt(level: number, optname: number, value: null, optlen: number): void;
  setsockopt(
    level: number,
    optname: number,
    value: number | boolean | ArrayBufferView | ArrayBuffer | null,
    optlen?: number,
  ): void {
    options.setsockopt(this, level, optname, value, optlen);
  }

  /**
   * Shuts down reading (SHUT_RD), writing (SHUT_WR) or both (SHUT_RDWR)
   * (`shutdown(2)`); the peer then reads end of stream.
   *
   * @example Half-closing a connection
   * ```ts
   * import { SHUT_WR, socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * a.sendall("last words");
   * a.shutdown(SHUT_WR);
   * console.log(b.recv(64).length, b.recv(64).length); // 10 0
   * a.close();
   * b.close();
   * ```
   */
  shutdown(how: number): void {
    how = intArg(how, "shutdown(): how", INT_MIN, INT_MAX);
    const fd = this.#live();
    if (lib.shutdown(fd, how) !== 0) throw errorFromErrno(lastErrno());
  }

  /**
   * The socket's family (`AF_*`).
   *
   * @example Checking the family
   * ```ts
   * import { AF_INET, socket } from "@berkeley/socket";
   * using s = socket(AF_INET);
   * console.log(s.family === AF_INET); // true
   * ```
   */
  get family(): number {
    return this.#family;
  }

  /**
   * The socket's type (`SOCK_*`, without SOCK_NONBLOCK or SOCK_CLOEXEC).
   *
   * @example Checking the type
   * ```ts
   * import { AF_INET, SOCK_DGRAM, socket } from "@berkeley/socket";
   * using s = socket(AF_INET, SOCK_DGRAM);
   * console.log(s.type === SOCK_DGRAM); // true
   * ```
   */
  get type(): number {
    return this.#type;
  }

  /**
   * The socket's protocol (0 when left to the OS).
   *
   * @example Checking the protocol
   * ```ts
   * import { AF_INET, IPPROTO_TCP, SOCK_STREAM, socket } from "@berkeley/socket";
   * using s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
   * console.log(s.proto === IPPROTO_TCP); // true
   * ```
   */
  get proto(): number {
    return this.#proto;
  }

  /**
   * The timeout in seconds, `null` in blocking mode: Python 3's read-only
   * `timeout` attribute, the same as `gettimeout()`.
   *
   * @example Reading the mode as an attribute
   * ```ts
   * import { socket } from "@berkeley/socket";
   * using s = socket();
   * s.settimeout(2.5);
   * console.log(s.timeout); // 2.5
   * ```
   */
  get timeout(): number | null {
    return this.#timeout;
  }

  // ---- From Python 3 -----------------------------------------------------

  /**
   * Sends `buffers` as one message with ancillary data `ancdata`
   * (`[level, type, data][]`, for example SCM_RIGHTS descriptors) to the
   * peer, or to `address` (`sendmsg(2)`); returns the bytes sent.
   *
   * @example Gathering two buffers into one datagram
   * ```ts
   * import { AF_INET, SOCK_DGRAM, socket } from "@berkeley/socket";
   * using receiver = socket(AF_INET, SOCK_DGRAM);
   * receiver.bind(["127.0.0.1", 0]);
   * using sender = socket(AF_INET, SOCK_DGRAM);
   * sender.sendmsg(["head:", "body"], [], 0, receiver.getsockname());
   * console.log(new TextDecoder().decode(receiver.recv(64))); // "head:body"
   * ```
   */
  sendmsg(
    buffers: Iterable<ArrayBufferView | ArrayBuffer | string>,
    ancdata?: Iterable<Ancillary>,
    flags?: number,
    address?: AddressInput<A> | null,
  ): number {
    return msg.sendmsg(this, buffers, ancdata, flags, address);
  }

  /**
   * Sends `msgs` to an AF_ALG operation socket with the operation, IV and
   * AEAD associated data length as ancillary data (ALG_SET_OP,
   * ALG_SET_IV, ALG_SET_AEAD_ASSOCLEN), as Python's `sendmsg_afalg`;
   * returns the bytes sent. `sendmsg_afalg({ op })` sends no data.
   *
   * @example AES-CBC encryption through the kernel, where it has AF_ALG
   * ```ts
   * import * as socket from "@berkeley/socket";
   * const key = Uint8Array.from(Array(16), (_, i) => i);
   * const { AF_ALG } = socket;
   * try {
   *   if (AF_ALG === undefined) throw new socket.error("AF_ALG is Linux only");
   *   using alg = socket.socket(AF_ALG, socket.SOCK_SEQPACKET);
   *   alg.bind(["skcipher", "cbc(aes)"]);
   *   alg.setsockopt(socket.SOL_ALG!, socket.ALG_SET_KEY!, key);
   *   const [op] = alg.accept();
   *   op.sendmsg_afalg(["sixteen byte msg"], {
   *     op: socket.ALG_OP_ENCRYPT!,
   *     iv: new Uint8Array(16),
   *   });
   *   console.log(op.recv(16));
   *   op.close();
   * } catch (e) {
   *   if (e instanceof socket.error) console.log(e.message); // no AF_ALG here
   *   else throw e;
   * }
   * ```
   */
  sendmsg_afalg(
    msgs?:
      | Iterable<ArrayBufferView | ArrayBuffer | string>
      | AfalgOptions,
    options?: AfalgOptions,
  ): number {
    return msg.sendmsgAfalg(this, msgs, options);
  }

  /**
   * Receives up to `bufsize` bytes and up to `ancbufsize` bytes of
   * ancillary data (`recvmsg(2)`): `[data, ancdata, msg_flags, address]`,
   * the address `null` where the OS gives none.
   *
   * @example Receiving a datagram with its flags and sender
   * ```ts
   * import { AF_INET, SOCK_DGRAM, socket } from "@berkeley/socket";
   * using receiver = socket(AF_INET, SOCK_DGRAM);
   * receiver.bind(["127.0.0.1", 0]);
   * using sender = socket(AF_INET, SOCK_DGRAM);
   * sender.sendto("hello", receiver.getsockname());
   * const [data, ancdata, flags, from] = receiver.recvmsg(64);
   * console.log(data.length, ancdata.length, flags, from?.[0]); // 5 0 0 "127.0.0.1"
   * ```
   */
  recvmsg(
    bufsize: number,
    ancbufsize?: number,
    flags?: number,
  ): [Uint8Array<ArrayBuffer>, Ancillary[], number, A | null] {
    return msg.recvmsg(this, bufsize, ancbufsize, flags);
  }

  /**
   * Receives into `buffers` (filled in order) and up to `ancbufsize`
   * bytes of ancillary data: `[nbytes, ancdata, msg_flags, address]`.
   *
   * @example Receiving a header and a body into their own buffers
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * a.sendall("headbody");
   * const head = new Uint8Array(4);
   * const body = new Uint8Array(16);
   * const [n] = b.recvmsg_into([head, body]);
   * console.log(n, new TextDecoder().decode(body.subarray(0, n - 4))); // 8 "body"
   * a.close();
   * b.close();
   * ```
   */
  recvmsg_into(
    buffers: Iterable<ArrayBufferView | ArrayBuffer>,
    ancbufsize?: number,
    flags?: number,
  ): [number, Ancillary[], number, A | null] {
    return msg.recvmsgInto(this, buffers, ancbufsize, flags);
  }

  /**
   * Sends the file open on descriptor `file`, from `offset`, `count`
   * bytes or to its end, with `sendfile(2)` where the OS has it (Linux,
   * macOS), `TransmitFile` on a blocking socket on Windows, and a
   * read-and-send loop otherwise, as Python 3's `socket.sendfile()`.
   * Returns the bytes sent; the descriptor's file position ends after the
   * last byte sent. The socket must be a stream and not non-blocking. On
   * Windows the descriptor is a `node:fs` one of Bun's (Deno's cannot be
   * mapped to their file: EOPNOTSUPP, saying so).
   *
   * @example Sending a file to a peer
   * ```ts
   * import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
   * import { tmpdir } from "node:os";
   * import { join } from "node:path";
   * import { socketpair } from "@berkeley/socket";
   * const dir = mkdtempSync(join(tmpdir(), "sendfile-"));
   * writeFileSync(join(dir, "hello.txt"), "hello, file");
   * const fd = openSync(join(dir, "hello.txt"), "r");
   * const [a, b] = socketpair();
   * console.log(a.sendfile(fd)); // 11
   * console.log(new TextDecoder().decode(b.recv(64))); // "hello, file"
   * closeSync(fd);
   * a.close();
   * b.close();
   * rmSync(dir, { recursive: true });
   * ```
   */
  sendfile(
    file: number,
    offset?: number,
    count?: number | null,
  ): number {
    return sendfile(this, file, offset, count);
  }

  /**
   * Whether child processes inherit the socket's descriptor (false: it
   * is close-on-exec, as every socket this library makes).
   *
   * @example Sockets are not inherited
   * ```ts
   * import { socket } from "@berkeley/socket";
   * using s = socket();
   * console.log(s.get_inheritable()); // false
   * ```
   */
  get_inheritable(): boolean {
    return getInheritable(this.#live());
  }

  /**
   * Makes the socket's descriptor inherited by child processes, or not
   * (`FD_CLOEXEC`; Windows: `HANDLE_FLAG_INHERIT`).
   *
   * @example Handing a socket to a child process
   * ```ts
   * import { socket } from "@berkeley/socket";
   * using s = socket();
   * s.set_inheritable(true);
   * console.log(s.get_inheritable()); // true
   * ```
   */
  set_inheritable(inheritable: boolean): void {
    const on = inheritableArg(inheritable);
    setInheritable(this.#live(), on);
  }

  /**
   * The bytes process `process_id` gives {@linkcode fromshare} to get its
   * own socket for this one, as Python's `socket.share()`: Windows'
   * `WSADuplicateSocketW` into a `WSAPROTOCOL_INFOW` (628 bytes). Windows
   * only, as in Python; elsewhere it raises EOPNOTSUPP.
   *
   * @example Handing a socket to this very process
   * ```ts
   * import process from "node:process";
   * import { errno, error, fromshare, socket } from "@berkeley/socket";
   * using s = socket();
   * try {
   *   using copy = fromshare(s.share(process.pid));
   *   console.log(copy.type === s.type); // true (Windows)
   * } catch (e) {
   *   if (!(e instanceof error) || e.errno !== errno.EOPNOTSUPP) throw e;
   *   console.log("share() is Windows-only");
   * }
   * ```
   */
  share(process_id: number): Uint8Array<ArrayBuffer> {
    return shareOf(this, process_id);
  }

  /**
   * A new socket over a duplicate of the descriptor (`dup(2)`), with the
   * same family, type, protocol and timeout; each is closed on its own.
   *
   * @example Two handles on one connection
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * const c = a.dup();
   * a.close();
   * c.sendall("still open"); // the duplicate keeps the connection
   * console.log(b.recv(64).length); // 10
   * c.close();
   * b.close();
   * ```
   */
  dup(): SocketType<A> {
    return dup(this);
  }

  /**
   * Gives up the descriptor without closing it and returns it; the socket
   * is then closed, and the caller owns the descriptor.
   *
   * @example Handing a descriptor to another socket object
   * ```ts
   * import { fromfd, socket, SOCK_STREAM, AF_INET } from "@berkeley/socket";
   * const s = socket(AF_INET, SOCK_STREAM);
   * const fd = s.detach();
   * console.log(s.fileno()); // -1
   * using t = fromfd(fd, AF_INET, SOCK_STREAM); // a duplicate of fd
   * console.log(t.family === AF_INET); // true
   * ```
   */
  detach(): number {
    this.#closed = true; // as Python 3's socket.detach()
    const fd = this.#fd;
    this.#fd = -1;
    this.#owned.fd = -1;
    if (fd >= 0) closing(fd);
    return fd;
  }

  /**
   * False in non-blocking mode; true in blocking and in timeout mode (as
   * Python 3: `gettimeout() !== 0`).
   *
   * @example The three modes
   * ```ts
   * import { socket } from "@berkeley/socket";
   * using s = socket();
   * console.log(s.getblocking()); // true
   * s.settimeout(1);
   * console.log(s.getblocking()); // true
   * s.setblocking(false);
   * console.log(s.getblocking()); // false
   * ```
   */
  getblocking(): boolean {
    return this.#timeout !== 0; // also once closed, as Python 3
  }

  // ---- Beyond the spec: WHATWG streams (streams.ts) ----------------------

  /**
   * The bytes the peer sends, as a `ReadableStream<Uint8Array>` of type
   * `"bytes"` (BYOB readers work); the same stream at every access. Reads
   * never block the event loop; cancelling shuts down the read side
   * (`SHUT_RD`); an error of the socket errors the stream. Stream sockets
   * only (`TypeError` otherwise).
   *
   * @example Reading a whole reply, and decoding text as it comes
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * a.sendall("HTTP/1.0 200 OK\r\n\r\nhello");
   * a.shutdown(1); // SHUT_WR: end of stream for b
   * console.log(await new Response(b.readable).text());
   * a.close();
   * b.close();
   * ```
   */
  get readable(): ReadableStream<Uint8Array<ArrayBuffer>> {
    return readableOf(this);
  }

  /**
   * Bytes to send to the peer, as a `WritableStream<Uint8Array>`; the same
   * stream at every access. Writes never block the event loop and queue at
   * most 64 KiB before `writer.ready` waits (backpressure); closing the
   * stream (or aborting it) shuts down the write side (`SHUT_WR`); an error
   * of the socket errors the stream. Stream sockets only.
   *
   * @example Copying one connection to another with pipeTo
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * const [c, d] = socketpair();
   * const copying = b.readable.pipeTo(c.writable); // b to c; closes c's write side
   * a.sendall("hello");
   * a.shutdown(1);
   * await copying;
   * console.log(new TextDecoder().decode(d.recv(16))); // "hello"
   * for (const s of [a, b, c, d]) s.close();
   * ```
   */
  get writable(): WritableStream<Uint8Array> {
    return writableOf(this);
  }

  /**
   * Python's `repr()` of the socket, as CPython 3 writes it: descriptor,
   * family, type and protocol numbers, and the local and peer addresses
   * where the socket has them; `[closed]` once closed.
   *
   * @example Logging a socket as Python would
   * ```ts
   * import { AF_INET, socket } from "@berkeley/socket";
   * using s = socket(AF_INET);
   * s.bind(["127.0.0.1", 0]);
   * console.log(String(s)); // <socket.socket fd=3, family=2, type=1, proto=0, laddr=('127.0.0.1', 40123)>
   * ```
   */
  toString(): string {
    return reprOf(this);
  }

  /**
   * Closes the socket at the end of a `using` scope.
   *
   * @example Scoped sockets
   * ```ts
   * import { socket } from "@berkeley/socket";
   * {
   *   using s = socket();
   *   console.log(s.fileno() >= 0); // true
   * } // closed here
   * ```
   */
  [Symbol.dispose](): void {
    this.close();
  }
}
