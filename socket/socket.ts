/**
 * The socket object: `SocketType`, every method of the spec in the spec's
 * order. Each method packs its arguments, makes one call through the
 * timeout helper `#call`, and unpacks the result.
 *
 * The descriptor follows the mode, as in CPython: in blocking mode (timeout
 * `null`) it is blocking and each call is one system call; in timeout and
 * non-blocking modes it has O_NONBLOCK, and a timeout-mode call that would
 * block waits with `poll` against a monotonic deadline and tries again.
 * EINTR is retried (PEP 475).
 *
 * @module
 */
import {
  type Address,
  decodeAddress,
  decodeOwnAddress,
  encodeAddress,
  SockaddrBuffer,
} from "../address/mod.ts";
import type {
  AddressInput,
  AddressOf,
  Family,
  InetAddress,
  PeerAddress,
} from "../address/types.ts";
import { described, LITTLE_ENDIAN } from "../address/_struct.ts";
import {
  constants,
  errno,
  features,
  ioctl,
  ioctls,
  lastErrno,
  layout,
  lib,
  sendFile,
  symbols,
} from "../platform/mod.ts";
import { error, errorFromErrno, timeout } from "./errors.ts";
import {
  addressArg,
  flagsArg,
  INT_MAX,
  INT_MIN,
  intArg,
  ioctlArgs,
  iterableArg,
  revoked,
  timeoutArg,
  toBytes,
  toWritable,
} from "./_data.ts";
import {
  acceptOn,
  closeHandle,
  duplicate,
  E,
  openSocket,
  pollOne,
  setNonblocking,
} from "./_sys.ts";
import { openFile, parseMode, SocketFile } from "./makefile.ts";
import {
  checkTextOptions,
  type MakefileOptions,
  SocketTextFile,
} from "./text_file.ts";
import { describeSocket } from "./_fileno.ts";
import { getInheritable, setInheritable } from "./descriptor.ts";
import {
  readFile,
  seekFile,
  SEND_BLOCK,
  SENDFILE_BLOCK,
  sendfileArgs,
} from "./_sendfile.ts";
import { readableOf, writableOf } from "./streams.ts";
import { closing } from "./_close_hook.ts";
import {
  checkAddress,
  checkResolved,
  checkSocket,
  permitsAddresses,
} from "./permissions.ts";
import {
  type Ancillary,
  packRecvMsg,
  packSendMsg,
  sendMsgParts,
  unpackRecvMsg,
} from "./ancillary.ts";

const C = constants;
const POLLIN = C.POLLIN;
const POLLOUT = C.POLLOUT;
const STORAGE = layout("sockaddr_storage").size;
const SEND_FLAGS = features.sendFlags;
// A call with MSG_DONTWAIT never waits, whatever the socket's mode.
const DONTWAIT = C.MSG_DONTWAIT ?? 0;
const NONBLOCK = C.SOCK_NONBLOCK ?? 0;
const TYPE_MASK = ~(NONBLOCK | (C.SOCK_CLOEXEC ?? 0));

// While a sock_* call makes its one attempt (`attempt()`), no call waits,
// and a call on a blocking descriptor must not block: the ops below add
// `dontwait` (MSG_DONTWAIT) to their flags, or, for calls without flags
// and where there is no MSG_DONTWAIT, the descriptor is made non-blocking
// for the call.
let attempting = false;
let dontwait = 0;

// Scratch memory every socket shares: calls are synchronous, and each is
// packed, made and unpacked before any other JavaScript runs.
const ADDR = new SockaddrBuffer(STORAGE);
const OPT = new Uint8Array(4);
const OPT_VIEW = new DataView(OPT.buffer);
const OPT_LEN = new Uint8Array(4);
const OPT_LEN_VIEW = new DataView(OPT_LEN.buffer);

let defaultTimeout: number | null = null;

// Set while the library wraps a descriptor it made itself (accept, dup,
// socketpair): a socket of known family, type and protocol, not checked;
// and, unless undefined, the mode its descriptor's O_NONBLOCK matches.
let adopting = false;
let adoptedMode: number | null | undefined;

/**
 * A socket over `fd`, a socket descriptor this library just made with the
 * given family, type and protocol (no check that it is one). With `mode`,
 * the socket takes that mode and `fd`'s O_NONBLOCK already matches it;
 * without, it is set up as `SocketType(..., fileno)` sets up any
 * descriptor.
 */
export function adoptSocket<A extends Address = Address>(
  family: number,
  type: number,
  proto: number,
  fd: number,
  mode?: number | null,
): SocketType<A> {
  adopting = true;
  adoptedMode = mode;
  try {
    return new SocketType<A>(family, type, proto, fd);
  } finally {
    adopting = false;
    adoptedMode = undefined;
  }
}

/**
 * The default timeout, in seconds, of sockets created from now on; `null`
 * (the initial value) means blocking.
 *
 * @example Reading the default
 * ```ts
 * import { getdefaulttimeout } from "@berkeley/socket";
 * console.log(getdefaulttimeout()); // null
 * ```
 */
export function getdefaulttimeout(): number | null {
  return defaultTimeout;
}

/**
 * Sets the default timeout of sockets created from now on (seconds, or
 * `null` for blocking).
 *
 * @example Bounding every new socket's calls
 * ```ts
 * import { setdefaulttimeout } from "@berkeley/socket";
 * setdefaulttimeout(5);
 * setdefaulttimeout(null);
 * ```
 */
export function setdefaulttimeout(value: number | null): void {
  defaultTimeout = timeoutArg(value);
}

// The sock_* seam, `attempt()`: replaced by the class's static block.
let attemptOn = <T>(_s: SocketType, op: () => T): T => op();

/**
 * Makes `op` (a call of one of `s`'s methods) a single attempt that never
 * blocks, whatever `s`'s mode: the method raises EAGAIN (EINPROGRESS for
 * a connect) instead of waiting. On a blocking descriptor, calls with
 * flags get MSG_DONTWAIT; `accept()` and `connect()`, and every call where
 * there is no MSG_DONTWAIT (Windows), run with the descriptor non-blocking
 * for the call. This is how the `sock_*` calls try a call.
 *
 * @example Receiving what is there, without waiting
 * ```ts ignore
 * import { attempt } from "./socket.ts";
 * import { socketpair } from "./socketpair.ts";
 * const [a, b] = socketpair();
 * a.send("hi");
 * console.log(attempt(b, () => b.recv(16))); // Uint8Array(2) [104, 105]
 * a.close();
 * b.close();
 * ```
 */
export function attempt<T>(s: SocketType, op: () => T): T {
  return attemptOn(s, op);
}

let isSocket: (value: object) => boolean = () => false;

/**
 * `value` as a socket, or a TypeError naming the argument (`what`, as
 * `"sock_recv(): s"`): the check at the entry of the functions that take a
 * socket.
 */
export function socketArg(value: unknown, what: string): SocketType {
  if (typeof value === "object" && value !== null && isSocket(value)) {
    return value as SocketType;
  }
  throw new TypeError(`${what} must be a socket, got ${notSocket(value)}`);
}

/** What a value that is not a socket is, for {@linkcode socketArg}. */
function notSocket(value: unknown): string {
  try {
    // A Proxy of a socket, or an object made from one, is no socket of ours.
    if (
      typeof value === "object" && value !== null &&
      Object.prototype.isPrototypeOf.call(SocketType.prototype, value)
    ) {
      return "a Proxy or imitation of a socket";
    }
  } catch {
    // a revoked Proxy: described() says what it can
  }
  return described(value);
}

const wouldBlockErrors = new Map<number, error>();

/** The shared `error` an attempt that would block throws (see `#call`). */
function wouldBlockError(code: number): error {
  let e = wouldBlockErrors.get(code);
  if (e === undefined) {
    e = errorFromErrno(code);
    wouldBlockErrors.set(code, e);
  }
  return e;
}

/** Closes descriptors of sockets dropped without `close()`. */
const finalizer = new FinalizationRegistry<number>((fd) => {
  closing(fd);
  closeHandle(fd);
});

// One operation on a descriptor: the C call, returning >= 0 or -1 (errno set).
/** `sendmsg_afalg()`'s keyword arguments, as Python's. */
export interface AfalgOptions {
  /** ALG_OP_ENCRYPT, ALG_OP_DECRYPT, ... (required). */
  op: number;
  /** The initialization vector. */
  iv?: ArrayBufferView | ArrayBuffer;
  /** The AEAD associated data length (0 or more). */
  assoclen?: number;
  /** sendmsg() flags. */
  flags?: number;
}

type Op = (
  fd: number,
  a: unknown,
  b: unknown,
  c: unknown,
  d: unknown,
  e: unknown,
) => number;

/**
 * The largest length one send/recv call takes: an `int` where the C
 * library declares it so (Winsock), else a `size_t`. Longer requests are
 * cut to it, as CPython does on Windows; sendall() sends the rest after.
 */
const IO_MAX = symbols.send?.parameters[2] === "i32" ? INT_MAX : 2 ** 53 - 1;

function opRecv(fd: number, buf: unknown, n: unknown, flags: unknown): number {
  return lib.recv(
    fd,
    buf,
    Math.min(n as number, IO_MAX),
    (flags as number) | dontwait,
  );
}
function opSend(fd: number, buf: unknown, n: unknown, flags: unknown): number {
  return lib.send(
    fd,
    buf,
    Math.min(n as number, IO_MAX),
    (flags as number) | dontwait,
  );
}
function opRecvfrom(
  fd: number,
  buf: unknown,
  n: unknown,
  flags: unknown,
  addr: unknown,
  len: unknown,
): number {
  return lib.recvfrom(
    fd,
    buf,
    Math.min(n as number, IO_MAX),
    (flags as number) | dontwait,
    addr,
    len,
  );
}
function opSendto(
  fd: number,
  buf: unknown,
  n: unknown,
  flags: unknown,
  addr: unknown,
  len: unknown,
): number {
  return lib.sendto(
    fd,
    buf,
    Math.min(n as number, IO_MAX),
    (flags as number) | dontwait,
    addr,
    len,
  );
}
function opAccept(
  fd: number,
  addr: unknown,
  len: unknown,
  nonblocking: unknown,
  inherited: unknown,
): number {
  return acceptOn(
    fd,
    addr as Uint8Array,
    len as Uint8Array,
    nonblocking as boolean,
    inherited as boolean,
  );
}
function opSendmsg(fd: number, msg: unknown, flags: unknown): number {
  return lib.sendmsg(fd, msg, (flags as number) | dontwait);
}
function opRecvmsg(fd: number, msg: unknown, flags: unknown): number {
  return lib.recvmsg(fd, msg, (flags as number) | dontwait);
}
function opSendfile(
  fd: number,
  file: unknown,
  offset: unknown,
  count: unknown,
): number {
  return sendFile(fd, file as number, offset as number, count as number);
}

/** The events a receive with `flags` waits for: none with MSG_DONTWAIT. */
function readable(flags: number): number {
  return flags & DONTWAIT ? 0 : POLLIN;
}

/** The events a send with `flags` waits for: none with MSG_DONTWAIT. */
function writable(flags: number): number {
  return flags & DONTWAIT ? 0 : POLLOUT;
}

// recv() and recvfrom() receive into one reused buffer and return a copy of
// exactly the bytes that came: one allocation of the received size per call
// instead of one of the requested size. Calls are synchronous, so one buffer
// serves every socket; requests above SCRATCH_MAX get their own.
const SCRATCH_MAX = 256 * 1024;
let scratch = new Uint8Array(0);

/** A buffer of at least `size` bytes to receive into. */
function receiveBuffer(size: number): Uint8Array {
  if (size > SCRATCH_MAX) return new Uint8Array(size);
  if (scratch.length < size) {
    scratch = new Uint8Array(Math.max(size, 4096));
  }
  return scratch;
}

/** True when `address` equals the cached key (a string or a tuple). */
function sameAddress(address: unknown, key: unknown): boolean {
  if (typeof address === "string") return address === key;
  if (!Array.isArray(address) || !Array.isArray(key)) return false;
  if (address.length !== key.length) return false;
  for (let i = 0; i < key.length; i++) {
    if (address[i] !== key[i]) return false;
  }
  return true;
}

function now(): number {
  return performance.now();
}

/** The value of a `getsockopt` integer option, read from a C int. */
function readInt(bytes: Uint8Array): number {
  return new DataView(bytes.buffer, bytes.byteOffset, 4).getInt32(
    0,
    LITTLE_ENDIAN,
  );
}

/**
 * One `sendfile(2)` step on `s` that never waits: bytes sent, or an
 * `error` (EAGAIN when the socket would block). For `sock_sendfile()`.
 */
export let sendfileOnce: (
  s: SocketType,
  file: number,
  offset: number,
  count: number,
) => number;

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
  #sendtoKey: unknown = null;
  #sendtoLength = 0;
  #sendtoBytes: Uint8Array | null = null;
  #ioRefs = 0;
  #closeDeferred = false;

  static {
    // The brand check of socketArg(): true only for a real socket (never a
    // Proxy of one or an object made from the prototype).
    isSocket = (value) => #fd in value;
  }

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
    if (family !== undefined) {
      family = intArg(family, "socket(): family", INT_MIN, INT_MAX);
    }
    if (type !== undefined) {
      type = intArg(type, "socket(): type", INT_MIN, INT_MAX);
    }
    if (proto !== undefined) {
      proto = intArg(proto, "socket(): proto", INT_MIN, INT_MAX);
    }
    let fd: number;
    let kind: [number, number, number];
    // SOCK_NONBLOCK in the type makes a non-blocking socket (Python 3).
    let mode = (type ?? 0) & NONBLOCK ? 0 : defaultTimeout;
    if (fileno === undefined) {
      kind = [family ?? C.AF_INET, type ?? C.SOCK_STREAM, proto ?? 0];
      checkSocket(kind[0], kind[1]);
      fd = openSocket(...kind, mode !== null);
      if (fd < 0) throw errorFromErrno(lastErrno());
    } else {
      fd = intArg(
        fileno,
        "socket(): fileno",
        0,
        features.handleIsPointer ? 2 ** 53 - 1 : INT_MAX,
      );
      kind = adopting
        ? [family ?? 0, type ?? 0, proto ?? 0]
        : describeSocket(fd, family, type, proto);
      if (adoptedMode !== undefined) {
        mode = adoptedMode;
      } else if (mode !== null && !((type ?? 0) & NONBLOCK)) {
        // As CPython: a default timeout makes the descriptor non-blocking;
        // otherwise it is left as its other holders have it.
        if (!setNonblocking(fd, true)) throw errorFromErrno(lastErrno());
      }
    }
    [family, type, proto] = kind;
    this.#fd = fd;
    this.#family = family;
    this.#sendFlags = family === constants.AF_RDS ? 0 : SEND_FLAGS;
    this.#type = type & TYPE_MASK;
    this.#proto = proto;
    this.#timeout = mode;
    finalizer.register(this, fd, this);
  }

  static {
    attemptOn = (s, op) => s.#attempt(op);
    sendfileOnce = (s, file, offset, count) =>
      s.#sendfileOnce(file, offset, count);
  }

  /** See `attempt()`. */
  #attempt<T>(op: () => T): T {
    if (attempting) return op();
    const blocking = this.#timeout === null;
    // Without MSG_DONTWAIT, the whole call runs on a non-blocking descriptor.
    const fd = blocking && DONTWAIT === 0 ? this.#fd : -1;
    if (fd >= 0 && !setNonblocking(fd, true)) {
      throw errorFromErrno(lastErrno());
    }
    attempting = true;
    dontwait = blocking ? DONTWAIT : 0;
    try {
      return op();
    } finally {
      attempting = false;
      dontwait = 0;
      if (fd >= 0 && this.#fd === fd) setNonblocking(fd, false);
    }
  }

  /** One `sendfile(2)` step that never waits (`sendfileOnce`). */
  #sendfileOnce(file: number, offset: number, count: number): number {
    const fd = this.#live();
    const switched = attempting && this.#switchForAttempt(fd);
    try {
      return this.#call(0, -1, opSendfile as Op, file, offset, count);
    } finally {
      if (switched) setNonblocking(fd, false);
    }
  }

  /**
   * Makes `fd` non-blocking for a `sock_*` attempt on a blocking descriptor
   * where the call takes no MSG_DONTWAIT (`accept()`, `connect()`); true
   * when it did (the caller restores it), false when there was no need.
   */
  #switchForAttempt(fd: number): boolean {
    if (dontwait === 0) return false;
    if (!setNonblocking(fd, true)) throw errorFromErrno(lastErrno());
    return true;
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
   * The helper every blocking method goes through: make the call, retried
   * on EINTR. In blocking mode that is all (the descriptor blocks); in
   * timeout mode, a call that would block waits for `events` within the
   * timeout (or `deadline`, a `performance.now()` instant shared by several
   * calls) and is tried again. `events` 0 (a MSG_DONTWAIT call), and a
   * `sock_*` attempt, never wait. Returns the call's result or throws.
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
      this.#wait(events, deadline);
    }
  }

  /** Polls for `events` until `deadline` (-1: forever); throws `timeout`. */
  #wait(events: number, deadline: number): void {
    for (;;) {
      let ms = -1;
      if (deadline >= 0) {
        const left = deadline - now();
        if (left <= 0) throw new timeout();
        ms = Math.min(Math.ceil(left), INT_MAX);
      }
      const r = pollOne(this.#fd, events, ms);
      if (r > 0) return;
      if (r === 0) {
        if (deadline >= 0 && now() >= deadline) throw new timeout();
        continue;
      }
      const err = lastErrno();
      if (err !== E.EINTR) throw errorFromErrno(err);
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
      return this.#encodeChecked(copy, method);
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
   * `#encode` under Deno's permission flags: the tuple is read once, its
   * destination checked before any lookup, and the address a name
   * resolved to checked against explicit denials after.
   */
  #encodeChecked(address: unknown, method: string): number {
    const copy = Array.isArray(address) ? Array.from(address) : address;
    checkAddress(method, this.#family, copy);
    const len = encodeAddress(this.#family, copy, ADDR, method, this.#proto);
    if (
      (this.#family === C.AF_INET || this.#family === C.AF_INET6) &&
      Array.isArray(copy)
    ) {
      const packed = decodeAddress(ADDR, len);
      if (Array.isArray(packed) && typeof packed[0] === "string") {
        checkResolved(method, copy, packed[0], packed[1] as number);
      }
    }
    return len;
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
    const listener = this.#live();
    const mode = defaultTimeout;
    // AF_ALG has no peer address: accept() asking for one fails
    // (ECONNABORTED), so, as CPython, ask for none and give null.
    const bare = this.#family === constants.AF_ALG;
    const switched = attempting && this.#switchForAttempt(listener);
    ADDR.resetLength();
    let fd: number;
    try {
      fd = this.#call(
        POLLIN,
        -1,
        opAccept as Op,
        bare ? null : ADDR.bytes,
        bare ? null : ADDR.length,
        mode !== null,
        this.#timeout !== null || attempting,
      );
    } finally {
      if (switched) setNonblocking(listener, false);
    }
    const conn = adoptSocket<A>(
      this.#family,
      this.#type,
      this.#proto,
      fd,
      mode,
    );
    try {
      const address = bare ? null : this.#address();
      return [conn, address as PeerAddress<A>];
    } catch (e) {
      conn.close();
      throw e;
    }
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
    const fd = this.#fd;
    if (fd < 0) return;
    // Files from makefile() still open: they close the descriptor last.
    if (this.#ioRefs > 0) {
      this.#closeDeferred = true;
      return;
    }
    this.#fd = -1;
    finalizer.unregister(this);
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
    const err = this.#connect(address, "connect()");
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
    const err = this.#connect(address, "connect_ex()");
    return err === -1 ? E.EWOULDBLOCK : err;
  }

  /**
   * 0, an errno, or -1 for a timeout. Address errors are thrown. Blocking
   * mode is one `connect(2)`; timeout mode waits for a connection in
   * progress and reads its outcome from `SO_ERROR` (CPython's way).
   */
  #connect(address: unknown, method: string): number {
    const len = this.#encode(address, method);
    const fd = this.#live();
    const t = attempting ? 0 : this.#timeout;
    const switched = attempting && this.#switchForAttempt(fd);
    let err = 0;
    for (;;) {
      if (lib.connect(fd, ADDR.bytes, len) === 0) break;
      err = lastErrno();
      if (err !== E.EINTR) break;
      // Interrupted: the connection goes on in the background; wait for it
      // (bpo-23618), unless the socket is non-blocking.
      if (t !== 0) {
        err = E.CONNECT_PENDING;
        break;
      }
    }
    if (switched) setNonblocking(fd, false);
    if (err !== E.CONNECT_PENDING || t === 0) return err;
    const deadline = t === null ? -1 : now() + t * 1000;
    try {
      this.#wait(POLLOUT, deadline);
    } catch (e) {
      if (e instanceof timeout) return -1;
      throw e;
    }
    const result = this.getsockopt(C.SOL_SOCKET, C.SO_ERROR);
    // Finish the connection as a blocking connect() would, so that a second
    // connect() raises EISCONN instead of returning 0 (Linux).
    if (result === 0) lib.connect(fd, ADDR.bytes, len);
    return result;
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
  getsockopt(level: number, optname: number, buflen: number): Uint8Array;
  getsockopt(
    level: number,
    optname: number,
    buflen?: number,
  ): number | Uint8Array {
    level = intArg(level, "getsockopt(): level", INT_MIN, INT_MAX);
    optname = intArg(optname, "getsockopt(): optname", INT_MIN, INT_MAX);
    if (buflen !== undefined) {
      buflen = intArg(buflen, "getsockopt(): buflen", INT_MIN, INT_MAX);
      if (buflen <= 0 || buflen > 1024) {
        throw new error(`getsockopt buflen out of range, got ${buflen}`);
      }
    }
    const fd = this.#live();
    const lenView = OPT_LEN_VIEW;
    if (buflen === undefined) {
      lenView.setUint32(0, 4, LITTLE_ENDIAN);
      OPT.fill(0);
      if (lib.getsockopt(fd, level, optname, OPT, OPT_LEN) !== 0) {
        throw errorFromErrno(lastErrno());
      }
      return readInt(OPT);
    }
    const out = new Uint8Array(buflen);
    lenView.setUint32(0, buflen, LITTLE_ENDIAN);
    if (lib.getsockopt(fd, level, optname, out, OPT_LEN) !== 0) {
      throw errorFromErrno(lastErrno());
    }
    const got = lenView.getUint32(0, LITTLE_ENDIAN);
    return out.slice(0, Math.min(got, buflen));
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
  ): number;
  ioctl(
    control: number,
    option: number | readonly [number, number, number] = 0,
  ): number {
    const [spec, argp] = ioctlArgs(ioctls, control, option);
    const fd = this.#live();
    if (spec.option === "mode") {
      this.setblocking(argp.every((b) => b === 0));
      return 0;
    }
    const returned = new Uint8Array(4);
    if (ioctl(fd, control, argp, returned) !== 0) {
      throw errorFromErrno(lastErrno());
    }
    switch (spec.result) {
      case "int":
        return readInt(argp);
      case "ulong":
        return new DataView(argp.buffer).getUint32(0, LITTLE_ENDIAN);
      case "returned":
        return new DataView(returned.buffer).getUint32(0, LITTLE_ENDIAN);
      case "zero":
        return 0;
    }
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
    // null is Python's buffering=None: the default buffer.
    const bufsize = buffering === null ? -1 : buffering;
    const [, , binary, text] = parseMode(mode, "makefile()");
    const asText = text || (!binary && options !== undefined);
    if (asText && bufsize === 0) {
      throw new RangeError("makefile(): unbuffered streams must be binary");
    }
    if (asText) checkTextOptions(options === undefined ? {} : options);
    this.#live();
    const raw = openFile(
      () => new SocketFile(this, mode.replace("t", ""), bufsize),
      () => this.#unref(),
    );
    this.#ioRefs++;
    return asText ? new SocketTextFile(raw, mode, options ?? {}) : raw;
  }

  /** A file made by `makefile()` was closed: close if the socket was. */
  #unref(): void {
    this.#ioRefs--;
    if (this.#ioRefs === 0 && this.#closeDeferred) this.close();
  }

  /**
   * Receives up to `bufsize` bytes (`recv(2)`): a new `Uint8Array` of exactly
   * the bytes that came, empty at end of stream. `flags` are `MSG_*`.
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
  recv(bufsize: number, flags?: number): Uint8Array;
  recv(bufsize: number, flags: number = 0): Uint8Array {
    bufsize = intArg(bufsize, "recv(): bufsize", 0, INT_MAX);
    flags = flagsArg(flags, "recv()");
    const buf = receiveBuffer(bufsize);
    const n = this.#call(
      readable(flags),
      -1,
      opRecv as Op,
      buf,
      bufsize,
      flags,
    );
    return buf.slice(0, n);
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
  recvfrom(bufsize: number, flags?: number): [Uint8Array, A | null];
  recvfrom(bufsize: number, flags: number = 0): [Uint8Array, A | null] {
    bufsize = intArg(bufsize, "recvfrom(): bufsize", 0, INT_MAX);
    flags = flagsArg(flags, "recvfrom()");
    const buf = receiveBuffer(bufsize);
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
    const address = this.#addressOrNull();
    return [buf.slice(0, n), address];
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
    const view = toWritable(buffer, "recvfrom_into()");
    const n = this.#intoSize(view, nbytes, "recvfrom_into()");
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
   * than the buffer raises `RangeError`.
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
    const view = toWritable(buffer, "recv_into()");
    const n = this.#intoSize(view, nbytes, "recv_into()");
    flags = flagsArg(flags, "recv_into()");
    return this.#call(readable(flags), -1, opRecv as Op, view, n, flags);
  }

  #intoSize(view: Uint8Array, nbytes: number, method: string): number {
    nbytes = intArg(nbytes, `${method}: nbytes`, -(2 ** 53), 2 ** 53);
    if (nbytes < 0) {
      throw new RangeError(`${method}: negative buffersize, got ${nbytes}`);
    }
    if (nbytes > view.byteLength) {
      throw new RangeError(
        `${method}: nbytes ${nbytes} exceeds the buffer's ${view.byteLength} bytes`,
      );
    }
    return nbytes === 0 ? view.byteLength : nbytes;
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
    const bytes = toBytes(data, "send()");
    flags = flagsArg(flags, "send()");
    return this.#call(
      writable(flags),
      -1,
      opSend as Op,
      bytes,
      bytes.byteLength,
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
    const bytes = toBytes(data, "sendall()");
    flags = flagsArg(flags, "sendall()");
    const deadline = this.#timeout === null || this.#timeout === 0
      ? -1
      : now() + this.#timeout * 1000;
    const total = bytes.byteLength;
    let sent = this.#call(
      writable(flags),
      deadline,
      opSend as Op,
      bytes,
      total,
      flags | this.#sendFlags,
    );
    while (sent < total) {
      // The deadline bounds the whole call even when every send makes
      // progress and none waits (CPython checks it before each send).
      if (deadline >= 0 && now() >= deadline) throw new timeout();
      const rest = bytes.subarray(sent);
      sent += this.#call(
        writable(flags),
        deadline,
        opSend as Op,
        rest,
        rest.byteLength,
        flags | this.#sendFlags,
      );
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
    const bytes = toBytes(data, "sendto()");
    let flags = 0;
    let target: unknown = flagsOrAddress;
    if (arguments.length > 2) {
      flags = flagsArg(flagsOrAddress, "sendto()");
      target = address;
    }
    const len = this.#sendtoAddress(target);
    return this.#call(
      writable(flags),
      -1,
      opSendto,
      bytes,
      bytes.byteLength,
      flags | this.#sendFlags,
      this.#sendtoBytes,
      len,
    );
  }

  /**
   * The packed sendto address, reused while the address is unchanged. The
   * address is copied out of the caller's array first, then compared.
   */
  #sendtoAddress(address: unknown): number {
    const target = addressArg(address, "sendto()");
    if (this.#sendtoBytes !== null && sameAddress(target, this.#sendtoKey)) {
      return this.#sendtoLength;
    }
    const len = this.#encode(target, "sendto()");
    this.#sendtoBytes ??= new Uint8Array(STORAGE);
    this.#sendtoBytes.set(ADDR.bytes.subarray(0, len));
    this.#sendtoLength = len;
    // Strings are immutable and tuples of strings and numbers are copied;
    // an address holding bytes (AF_PACKET's addr) is packed on every call.
    // A host or interface name is looked up again when the tuple changes.
    this.#sendtoKey = Array.isArray(target) &&
        target.every((item) => typeof item !== "object")
      ? [...target]
      : typeof target === "string"
      ? target
      : null;
    return len;
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
   * C `int`, bytes are passed as they are.
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
    level = intArg(level, "setsockopt(): level", INT_MIN, INT_MAX);
    optname = intArg(optname, "setsockopt(): optname", INT_MIN, INT_MAX);
    if (value === null) {
      optlen = intArg(optlen, "setsockopt(): optlen", 0, 0xffffffff);
      const fd = this.#live();
      if (lib.setsockopt(fd, level, optname, null, optlen) !== 0) {
        throw errorFromErrno(lastErrno());
      }
      return;
    }
    if (optlen !== undefined) {
      throw new TypeError(
        "setsockopt(): optlen is taken only with a null value, got a value",
      );
    }
    let bytes: Uint8Array;
    if (typeof value === "number" || typeof value === "boolean") {
      const n = typeof value === "boolean"
        ? Number(value)
        : intArg(value, "setsockopt(): value", INT_MIN, 0xffffffff);
      OPT_VIEW.setInt32(0, n | 0, LITTLE_ENDIAN);
      bytes = OPT;
    } else {
      bytes = toBytes(value, "setsockopt()", "value");
    }
    const fd = this.#live();
    if (lib.setsockopt(fd, level, optname, bytes, bytes.byteLength) !== 0) {
      throw errorFromErrno(lastErrno());
    }
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
  ): number;
  sendmsg(
    buffers: Iterable<ArrayBufferView | ArrayBuffer | string>,
    ancdata: Iterable<Ancillary> = [],
    flags: number = 0,
    address?: AddressInput<A> | null,
  ): number {
    flags = flagsArg(flags, "sendmsg()");
    const parts = sendMsgParts(buffers, ancdata);
    // No address: `undefined`, or `null` as Python's None.
    const nameLength = address === undefined || address === null
      ? 0
      : this.#encode(address, "sendmsg()");
    this.#live(); // EBADF before a platform without sendmsg says EOPNOTSUPP
    const msg = packSendMsg(
      parts,
      nameLength ? ADDR.bytes : null,
      nameLength,
    );
    return this.#call(
      writable(flags),
      -1,
      opSendmsg as Op,
      msg.header,
      flags | this.#sendFlags,
    );
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
    if (revoked(msgs) || revoked(options)) {
      throw new TypeError("sendmsg_afalg(): an argument is a revoked Proxy");
    }
    let buffers: Iterable<ArrayBufferView | ArrayBuffer | string> = [];
    let opts = options;
    if (
      msgs !== undefined && msgs !== null && typeof msgs === "object" &&
      !(Symbol.iterator in msgs)
    ) {
      if (options !== undefined) {
        throw new TypeError(
          `sendmsg_afalg(): msgs must be an iterable of buffers, got ${
            described(msgs)
          }`,
        );
      }
      opts = msgs;
    } else if (msgs !== undefined) {
      buffers = msgs;
    }
    if (opts === undefined || opts === null || typeof opts !== "object") {
      throw new TypeError("Invalid or missing argument 'op'");
    }
    const { op, iv, assoclen, flags = 0 } = opts;
    if (typeof op !== "number" || !Number.isInteger(op) || op < 0) {
      throw new TypeError("Invalid or missing argument 'op'");
    }
    intArg(op, "sendmsg_afalg(): op", 0, INT_MAX);
    if (assoclen !== undefined) {
      intArg(assoclen, "sendmsg_afalg(): assoclen", INT_MIN, INT_MAX);
      if (assoclen < 0) {
        throw new TypeError("assoclen must be positive");
      }
    }
    flagsArg(flags, "sendmsg_afalg()");
    const ivBytes = iv === undefined ? null : toBytes(iv, "sendmsg_afalg()");
    const level = constants.SOL_ALG;
    if (level === undefined) throw errorFromErrno(errno.EOPNOTSUPP);
    // struct af_alg_iv { __u32 ivlen; __u8 iv[]; } and __u32 values, in
    // host order.
    function u32(n: number, extra = 0): Uint8Array {
      const b = new Uint8Array(4 + extra);
      new DataView(b.buffer).setUint32(0, n, LITTLE_ENDIAN);
      return b;
    }
    const ancdata: Ancillary[] = [
      [level, constants.ALG_SET_OP ?? 3, u32(op)],
    ];
    if (ivBytes) {
      const data = u32(ivBytes.byteLength, ivBytes.byteLength);
      data.set(ivBytes, 4);
      ancdata.push([level, constants.ALG_SET_IV ?? 2, data]);
    }
    if (assoclen !== undefined) {
      ancdata.push([
        level,
        constants.ALG_SET_AEAD_ASSOCLEN ?? 4,
        u32(assoclen),
      ]);
    }
    return this.sendmsg(buffers, ancdata, flags);
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
  ): [Uint8Array, Ancillary[], number, A | null];
  recvmsg(
    bufsize: number,
    ancbufsize: number = 0,
    flags: number = 0,
  ): [Uint8Array, Ancillary[], number, A | null] {
    bufsize = intArg(bufsize, "recvmsg(): bufsize", 0, INT_MAX);
    ancbufsize = intArg(ancbufsize, "recvmsg(): ancbufsize", 0, INT_MAX);
    flags = flagsArg(flags, "recvmsg()");
    this.#live(); // EBADF before a platform without recvmsg says EOPNOTSUPP
    const msg = packRecvMsg(bufsize, ancbufsize, STORAGE);
    const n = this.#call(
      readable(flags),
      -1,
      opRecvmsg as Op,
      msg.header,
      flags,
    );
    const result = unpackRecvMsg(msg, n);
    ADDR.bytes.set(msg.name!.subarray(0, result.nameLength));
    const address = decodeAddress(
      ADDR,
      result.nameLength,
      this.#proto,
    ) as A | null;
    return [result.data, result.ancdata, result.flags, address];
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
  ): [number, Ancillary[], number, A | null];
  recvmsg_into(
    buffers: Iterable<ArrayBufferView | ArrayBuffer>,
    ancbufsize: number = 0,
    flags: number = 0,
  ): [number, Ancillary[], number, A | null] {
    const views = iterableArg<unknown>(buffers, "recvmsg_into(): buffers")
      .map((b) => toWritable(b, "recvmsg_into()"));
    ancbufsize = intArg(ancbufsize, "recvmsg_into(): ancbufsize", 0, INT_MAX);
    flags = flagsArg(flags, "recvmsg_into()");
    this.#live(); // EBADF before a platform without recvmsg says EOPNOTSUPP
    const total = Math.min(
      views.reduce((n, v) => n + v.byteLength, 0),
      INT_MAX,
    );
    const msg = packRecvMsg(total, ancbufsize, STORAGE);
    const n = this.#call(
      readable(flags),
      -1,
      opRecvmsg as Op,
      msg.header,
      flags,
    );
    const result = unpackRecvMsg(msg, n);
    let at = 0;
    for (const view of views) {
      if (at >= n) break;
      const part = result.data.subarray(at, at + view.byteLength);
      view.set(part);
      at += part.byteLength;
    }
    ADDR.bytes.set(msg.name!.subarray(0, result.nameLength));
    const address = decodeAddress(
      ADDR,
      result.nameLength,
      this.#proto,
    ) as A | null;
    return [n, result.ancdata, result.flags, address];
  }

  /**
   * Sends the file open on descriptor `file`, from `offset`, `count`
   * bytes or to its end, with `sendfile(2)` where the OS has it (Linux,
   * macOS) and a read-and-send loop otherwise, as Python 3's
   * `socket.sendfile()`. Returns the bytes sent; the descriptor's file
   * position ends after the last byte sent. The socket must be a stream
   * and not non-blocking.
   *
   * @example Sending a file to a peer
   * ```ts ignore
   * import { openSync } from "node:fs";
   * import { socketpair } from "@berkeley/socket";
   * const [a, b] = socketpair();
   * const fd = openSync("/etc/hostname", "r");
   * console.log(a.sendfile(fd)); // the file's size
   * ```
   */
  sendfile(
    file: number,
    offset?: number,
    count?: number | null,
  ): number;
  sendfile(
    file: number,
    offset: number = 0,
    count?: number | null,
  ): number {
    const [fd, start, limit] = sendfileArgs(file, offset, count);
    if (!(this.#type & C.SOCK_STREAM)) {
      throw new RangeError(
        "sendfile(): only SOCK_STREAM type sockets are supported",
      );
    }
    this.#live();
    if (this.#timeout === 0) {
      throw new RangeError(
        "sendfile(): non-blocking sockets are not supported",
      );
    }
    let pos = start;
    let total = 0;
    try {
      for (;;) {
        const block = limit
          ? Math.min(limit - total, SENDFILE_BLOCK)
          : SENDFILE_BLOCK;
        if (block <= 0) break;
        let sent: number;
        try {
          sent = this.#call(POLLOUT, -1, opSendfile as Op, fd, pos, block);
        } catch (e) {
          // sendfile(2) cannot take this file (or there is none): send it.
          if (total === 0 && e instanceof error && !(e instanceof timeout)) {
            return this.#sendfileBySend(fd, start, limit);
          }
          throw e;
        }
        if (sent === 0) break;
        pos += sent;
        total += sent;
      }
      return total;
    } finally {
      if (total > 0) seekFile(fd, pos, true);
    }
  }

  /** CPython's `_sendfile_use_send`: read the file and send it. */
  #sendfileBySend(fd: number, offset: number, count: number): number {
    if (offset) seekFile(fd, offset);
    let total = 0;
    try {
      for (;;) {
        const block = count ? Math.min(count - total, SEND_BLOCK) : SEND_BLOCK;
        if (block <= 0) break;
        let data = readFile(fd, block);
        if (data.length === 0) break;
        while (data.length > 0) {
          const sent = this.#call(
            POLLOUT,
            -1,
            opSend as Op,
            data,
            data.byteLength,
            SEND_FLAGS,
          );
          total += sent;
          data = data.subarray(sent);
        }
      }
      return total;
    } finally {
      if (total > 0) seekFile(fd, offset + total, true);
    }
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
    if (typeof inheritable !== "boolean" && typeof inheritable !== "number") {
      throw new TypeError(
        `set_inheritable(): inheritable must be a boolean, got ${
          described(inheritable)
        }`,
      );
    }
    setInheritable(this.#live(), Boolean(inheritable));
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
    const fd = duplicate(this.#live());
    if (fd < 0) throw errorFromErrno(lastErrno());
    const copy = adoptSocket<A>(
      this.#family,
      this.#type,
      this.#proto,
      fd,
      this.#timeout,
    );
    try {
      // POSIX shares O_NONBLOCK between duplicates; Windows does not.
      copy.#setMode(fd, this.#timeout);
    } catch (e) {
      copy.close();
      throw e;
    }
    return copy;
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
    const fd = this.#fd;
    this.#fd = -1;
    finalizer.unregister(this);
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
  get readable(): ReadableStream<Uint8Array> {
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

/**
 * Creates a socket: Python's `socket.socket(family, type, proto)`.
 * Defaults: AF_INET, SOCK_STREAM, protocol 0.
 *
 * @example A UDP socket bound to a free loopback port
 * ```ts
 * import { AF_INET, SOCK_DGRAM, socket } from "@berkeley/socket";
 * using s = socket(AF_INET, SOCK_DGRAM);
 * s.bind(["127.0.0.1", 0]);
 * console.log(s.getsockname()); // ["127.0.0.1", <port>]
 * ```
 */
export function socket(): SocketType<InetAddress>;
/**
 * Creates a socket of `family`, an `AF_*` constant: the socket's addresses
 * have that family's type (`socket(AF_UNIX)` is a
 * `SocketType<UnixAddress>`).
 *
 * @example A typed TCP listener
 * ```ts
 * import { AF_INET, SOCK_STREAM, socket } from "@berkeley/socket";
 * using s = socket(AF_INET, SOCK_STREAM); // SocketType<InetAddress>
 * s.bind(["127.0.0.1", 0]);
 * s.listen();
 * const [host, port] = s.getsockname(); // string, number
 * console.log(host, port > 0); // "127.0.0.1" true
 * ```
 */
export function socket<F extends Family<Address>>(
  family: F,
  type?: number,
  proto?: number,
): SocketType<AddressOf<F>>;
/**
 * Creates a socket of a family given as a plain number: its addresses are
 * typed {@linkcode Address}.
 *
 * @example A family read from configuration
 * ```ts
 * import { AF_INET, socket } from "@berkeley/socket";
 * const family: number = Number("2") === AF_INET ? AF_INET : AF_INET;
 * using s = socket(family); // SocketType<Address>
 * console.log(s.family); // 2
 * ```
 */
export function socket(
  family: number,
  type?: number,
  proto?: number,
): SocketType<Address>;
export function socket(
  family: number = C.AF_INET,
  type: number = C.SOCK_STREAM,
  proto: number = 0,
): SocketType<Address> {
  return new SocketType(family, type, proto);
}

/**
 * The socket class under its TypeScript name; the same as `SocketType`.
 *
 * @example Checking a value's class
 * ```ts
 * import { Socket, socket } from "@berkeley/socket";
 * using s = socket();
 * console.log(s instanceof Socket); // true
 * ```
 */
export const Socket: typeof SocketType = SocketType;
