/**
 * The socket object: `SocketType`, every method of the spec in the spec's
 * order. Each method packs its arguments, makes one call through the
 * timeout helper `#call`, and unpacks the result.
 *
 * The descriptor is always non-blocking underneath. Blocking and timeout
 * modes try the call, and when it would block, wait with `poll` against a
 * monotonic deadline and try again; EINTR is retried (PEP 475).
 *
 * @module
 */
import {
  type Address,
  decodeAddress,
  encodeAddress,
  SockaddrBuffer,
} from "../address/mod.ts";
import { LITTLE_ENDIAN } from "../address/_struct.ts";
import {
  constants,
  errno,
  features,
  ioctl,
  ioctls,
  lastErrno,
  layout,
  lib,
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
import { SocketFile } from "./makefile.ts";
import { describeSocket } from "./_fileno.ts";
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

// Scratch memory every socket shares: calls are synchronous, and each is
// packed, made and unpacked before any other JavaScript runs.
const ADDR = new SockaddrBuffer(STORAGE);
const OPT = new Uint8Array(4);
const OPT_VIEW = new DataView(OPT.buffer);
const OPT_LEN = new Uint8Array(4);
const OPT_LEN_VIEW = new DataView(OPT_LEN.buffer);

let defaultTimeout: number | null = null;

// Set while the library wraps a descriptor it made itself (accept, dup,
// socketpair): a socket of known family, type and protocol, not checked.
let adopting = false;

/**
 * A socket over `fd`, a socket descriptor this library just made with the
 * given family, type and protocol (no check that it is one).
 */
export function adoptSocket(
  family: number,
  type: number,
  proto: number,
  fd: number,
): SocketType {
  adopting = true;
  try {
    return new SocketType(family, type, proto, fd);
  } finally {
    adopting = false;
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

/** Closes descriptors of sockets dropped without `close()`. */
const finalizer = new FinalizationRegistry<number>((fd) => {
  closeHandle(fd);
});

// One operation on a descriptor: the C call, returning >= 0 or -1 (errno set).
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
const IO_MAX = symbols.send.parameters[2] === "i32" ? INT_MAX : 2 ** 53 - 1;

function opRecv(fd: number, buf: unknown, n: unknown, flags: unknown): number {
  return lib.recv(fd, buf, Math.min(n as number, IO_MAX), flags);
}
function opSend(fd: number, buf: unknown, n: unknown, flags: unknown): number {
  return lib.send(fd, buf, Math.min(n as number, IO_MAX), flags);
}
function opRecvfrom(
  fd: number,
  buf: unknown,
  n: unknown,
  flags: unknown,
  addr: unknown,
  len: unknown,
): number {
  return lib.recvfrom(fd, buf, Math.min(n as number, IO_MAX), flags, addr, len);
}
function opSendto(
  fd: number,
  buf: unknown,
  n: unknown,
  flags: unknown,
  addr: unknown,
  len: unknown,
): number {
  return lib.sendto(fd, buf, Math.min(n as number, IO_MAX), flags, addr, len);
}
function opAccept(fd: number, addr: unknown, len: unknown): number {
  return acceptOn(fd, addr as Uint8Array, len as Uint8Array);
}
function opSendmsg(fd: number, msg: unknown, flags: unknown): number {
  return lib.sendmsg(fd, msg, flags);
}
function opRecvmsg(fd: number, msg: unknown, flags: unknown): number {
  return lib.recvmsg(fd, msg, flags);
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
export class SocketType {
  #fd: number;
  #family: number;
  #type: number;
  #proto: number;
  #timeout: number | null;
  #sendtoKey: unknown = null;
  #sendtoLength = 0;
  #sendtoBytes: Uint8Array | null = null;

  /**
   * Creates a socket (`socket(2)`), or wraps descriptor `fileno` when given
   * (the socket then owns it). Defaults: AF_INET, SOCK_STREAM, protocol 0;
   * with `fileno`, what is left out is read from the descriptor, and a
   * descriptor that is not a socket raises ENOTSOCK (CPython 3.7+).
   */
  constructor(
    family?: number,
    type?: number,
    proto?: number,
    fileno?: number,
  ) {
    if (family !== undefined) {
      family = intArg(family, "family", INT_MIN, INT_MAX);
    }
    if (type !== undefined) type = intArg(type, "type", INT_MIN, INT_MAX);
    if (proto !== undefined) proto = intArg(proto, "proto", INT_MIN, INT_MAX);
    let fd: number;
    let kind: [number, number, number];
    if (fileno === undefined) {
      kind = [family ?? C.AF_INET, type ?? C.SOCK_STREAM, proto ?? 0];
      fd = openSocket(...kind);
      if (fd < 0) throw errorFromErrno(lastErrno());
    } else {
      fd = intArg(
        fileno,
        "fileno",
        0,
        features.handleIsPointer ? 2 ** 53 - 1 : INT_MAX,
      );
      kind = adopting
        ? [family ?? 0, type ?? 0, proto ?? 0]
        : describeSocket(fd, family, type, proto);
      if (!setNonblocking(fd)) throw errorFromErrno(lastErrno());
    }
    [family, type, proto] = kind;
    this.#fd = fd;
    this.#family = family;
    this.#type = type & TYPE_MASK;
    this.#proto = proto;
    // SOCK_NONBLOCK in the type makes a non-blocking socket (Python 3).
    this.#timeout = type & NONBLOCK ? 0 : defaultTimeout;
    finalizer.register(this, fd, this);
  }

  /** The descriptor, or EBADF when closed. */
  #live(): number {
    if (this.#fd < 0) throw errorFromErrno(E.EBADF);
    return this.#fd;
  }

  /**
   * The timeout helper every blocking method goes through: make the call;
   * if it would block, wait for `events` within the timeout (or `deadline`,
   * a `performance.now()` instant shared by several calls) and retry;
   * retry on EINTR. `events` 0 (a MSG_DONTWAIT call) never waits. Returns
   * the call's result or throws.
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
      if (err !== E.EAGAIN && err !== E.EWOULDBLOCK) throw errorFromErrno(err);
      if (this.#timeout === 0 || events === 0) throw errorFromErrno(err);
      if (deadline < 0 && this.#timeout !== null) {
        deadline = now() + this.#timeout * 1000;
      }
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
    return encodeAddress(
      this.#family,
      addressArg(address, method),
      ADDR,
      method,
    );
  }

  /**
   * Accepts a connection: `[conn, address]`. The new socket is
   * close-on-exec and takes the default timeout, as in Python 3.
   */
  accept(): [SocketType, Address | null] {
    ADDR.resetLength();
    const fd = this.#call(
      POLLIN,
      -1,
      opAccept as Op,
      ADDR.bytes,
      ADDR.length,
    );
    const address = decodeAddress(ADDR, ADDR.returnedLength());
    const conn = adoptSocket(this.#family, this.#type, this.#proto, fd);
    if (defaultTimeout === null && this.#timeout !== null) conn.#timeout = null;
    return [conn, address];
  }

  /** Binds the socket to `address` (`bind(2)`). */
  bind(address: Address): void {
    const len = this.#encode(address, "bind()");
    const fd = this.#live();
    if (lib.bind(fd, ADDR.bytes, len) !== 0) {
      throw errorFromErrno(lastErrno());
    }
  }

  /**
   * Closes the socket. Idempotent; every later call but `close()` raises
   * `error` EBADF without touching a descriptor the OS may have reused.
   */
  close(): void {
    const fd = this.#fd;
    if (fd < 0) return;
    this.#fd = -1;
    finalizer.unregister(this);
    if (closeHandle(fd) !== 0) {
      const err = lastErrno();
      // ECONNRESET from close() is not an error worth raising (CPython).
      if (err !== errno.ECONNRESET && err !== E.EINTR) {
        throw errorFromErrno(err);
      }
    }
  }

  /** Connects to `address`; with a timeout, waits through `SO_ERROR`. */
  connect(address: Address): void {
    const err = this.#connect(address, "connect()");
    if (err !== 0) throw err === -1 ? new timeout() : errorFromErrno(err);
  }

  /** Like `connect()`, but returns the errno (0 on success) instead. */
  connect_ex(address: Address): number {
    const err = this.#connect(address, "connect_ex()");
    return err === -1 ? E.EWOULDBLOCK : err;
  }

  /** 0, an errno, or -1 for a timeout. Address errors are thrown. */
  #connect(address: unknown, method: string): number {
    const len = this.#encode(address, method);
    const fd = this.#live();
    let err = 0;
    for (;;) {
      if (lib.connect(fd, ADDR.bytes, len) === 0) return 0;
      err = lastErrno();
      if (err !== E.EINTR) break;
      // Interrupted: the connection goes on in the background; wait for it.
      if (this.#timeout !== 0) {
        err = E.CONNECT_PENDING;
        break;
      }
    }
    const pending = err === E.CONNECT_PENDING;
    if (!pending || this.#timeout === 0) return err;
    const deadline = this.#timeout === null ? -1 : now() + this.#timeout * 1000;
    try {
      this.#wait(POLLOUT, deadline);
    } catch (e) {
      if (e instanceof timeout) return -1;
      throw e;
    }
    const result = this.getsockopt(C.SOL_SOCKET, C.SO_ERROR) as number;
    // Finish the connection as a blocking connect() would, so that a second
    // connect() raises EISCONN instead of returning 0 (Linux).
    if (result === 0) lib.connect(fd, ADDR.bytes, len);
    return result;
  }

  /** The descriptor (on Windows the SOCKET handle); -1 once closed. */
  fileno(): number {
    return this.#fd;
  }

  /** The address of the peer (`getpeername(2)`). */
  getpeername(): Address | null {
    const fd = this.#live();
    ADDR.resetLength();
    if (lib.getpeername(fd, ADDR.bytes, ADDR.length) !== 0) {
      throw errorFromErrno(lastErrno());
    }
    return decodeAddress(ADDR, ADDR.returnedLength());
  }

  /** The socket's own address (`getsockname(2)`). */
  getsockname(): Address | null {
    const fd = this.#live();
    ADDR.resetLength();
    if (lib.getsockname(fd, ADDR.bytes, ADDR.length) !== 0) {
      throw errorFromErrno(lastErrno());
    }
    return decodeAddress(ADDR, ADDR.returnedLength());
  }

  /**
   * An option's value: an integer, or with `buflen` (1-1024) the raw bytes
   * the kernel returned.
   */
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
   */
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

  /** Listens for connections; `backlog` defaults to min(SOMAXCONN, 128). */
  listen(backlog: number = Math.min(C.SOMAXCONN, 128)): void {
    backlog = intArg(backlog, "listen(): backlog", INT_MIN, INT_MAX);
    const fd = this.#live();
    if (lib.listen(fd, Math.max(backlog, 0)) !== 0) {
      throw errorFromErrno(lastErrno());
    }
  }

  /**
   * A buffered file object over the socket (`read`, `readline`, `write`,
   * ...). Closing it leaves the socket open.
   */
  makefile(mode = "r", bufsize = -1): SocketFile {
    this.#live();
    return new SocketFile(this, mode, bufsize);
  }

  /** Receives up to `bufsize` bytes; an empty array at end of stream. */
  recv(bufsize: number, flags = 0): Uint8Array {
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

  /** Receives a datagram: `[data, address]`. */
  recvfrom(bufsize: number, flags = 0): [Uint8Array, Address | null] {
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
    const address = decodeAddress(ADDR, ADDR.returnedLength());
    return [buf.slice(0, n), address];
  }

  /** Receives into `buffer`: `[nbytes, address]`. */
  recvfrom_into(
    buffer: ArrayBufferView | ArrayBuffer,
    nbytes = 0,
    flags = 0,
  ): [number, Address | null] {
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
    return [got, decodeAddress(ADDR, ADDR.returnedLength())];
  }

  /** Receives up to `nbytes` (0: the buffer's size) into `buffer`; the count. */
  recv_into(
    buffer: ArrayBufferView | ArrayBuffer,
    nbytes = 0,
    flags = 0,
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

  /** Sends `data`; returns how many bytes went. */
  send(data: ArrayBufferView | ArrayBuffer | string, flags = 0): number {
    const bytes = toBytes(data, "send()");
    flags = flagsArg(flags, "send()");
    return this.#call(
      writable(flags),
      -1,
      opSend as Op,
      bytes,
      bytes.byteLength,
      flags | SEND_FLAGS,
    );
  }

  /** Sends all of `data`; the timeout bounds the whole call. */
  sendall(data: ArrayBufferView | ArrayBuffer | string, flags = 0): void {
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
      flags | SEND_FLAGS,
    );
    while (sent < total) {
      const rest = bytes.subarray(sent);
      sent += this.#call(
        writable(flags),
        deadline,
        opSend as Op,
        rest,
        rest.byteLength,
        flags | SEND_FLAGS,
      );
    }
  }

  /**
   * Sends a datagram to `address`: `sendto(data, address)` or
   * `sendto(data, flags, address)`. The last address's packing is reused.
   */
  sendto(
    data: ArrayBufferView | ArrayBuffer | string,
    flagsOrAddress: number | Address,
    address?: Address,
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
      flags | SEND_FLAGS,
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
    const len = encodeAddress(this.#family, target, ADDR, "sendto()");
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
   * `setblocking(false)` is `settimeout(0)`; `setblocking(true)` is
   * `settimeout(null)`.
   */
  setblocking(flag: boolean | number): void {
    this.#live();
    this.#timeout = flag ? null : 0;
  }

  /** Sets the timeout in seconds; 0 is non-blocking, `null` blocking. */
  settimeout(value: number | null): void {
    const t = timeoutArg(value);
    this.#live();
    this.#timeout = t;
  }

  /** The timeout in seconds, or `null` in blocking mode. */
  gettimeout(): number | null {
    this.#live();
    return this.#timeout;
  }

  /**
   * Sets an option: an integer (or boolean) is passed as a C `int`, bytes
   * are passed as they are.
   */
  setsockopt(
    level: number,
    optname: number,
    value: number | boolean | ArrayBufferView | ArrayBuffer,
  ): void {
    level = intArg(level, "setsockopt(): level", INT_MIN, INT_MAX);
    optname = intArg(optname, "setsockopt(): optname", INT_MIN, INT_MAX);
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

  /** Shuts down reading (SHUT_RD), writing (SHUT_WR) or both (SHUT_RDWR). */
  shutdown(how: number): void {
    how = intArg(how, "shutdown(): how", INT_MIN, INT_MAX);
    const fd = this.#live();
    if (lib.shutdown(fd, how) !== 0) throw errorFromErrno(lastErrno());
  }

  /** The socket family. */
  get family(): number {
    return this.#family;
  }

  /** The socket type (without SOCK_NONBLOCK/SOCK_CLOEXEC). */
  get type(): number {
    return this.#type;
  }

  /** The socket protocol. */
  get proto(): number {
    return this.#proto;
  }

  // ---- From Python 3 -----------------------------------------------------

  /**
   * Sends `buffers` with ancillary data `[level, type, data][]` (for
   * example SCM_RIGHTS descriptors) to the peer, or to `address`.
   */
  sendmsg(
    buffers: Iterable<ArrayBufferView | ArrayBuffer | string>,
    ancdata: Iterable<Ancillary> = [],
    flags = 0,
    address?: Address | null,
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
      flags | SEND_FLAGS,
    );
  }

  /**
   * Receives up to `bufsize` bytes and up to `ancbufsize` bytes of
   * ancillary data: `[data, ancdata, msg_flags, address]`.
   */
  recvmsg(
    bufsize: number,
    ancbufsize = 0,
    flags = 0,
  ): [Uint8Array, Ancillary[], number, Address | null] {
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
    const address = decodeAddress(ADDR, result.nameLength);
    return [result.data, result.ancdata, result.flags, address];
  }

  /** A new socket over a duplicate of the descriptor (`dup(2)`). */
  dup(): SocketType {
    const fd = duplicate(this.#live());
    if (fd < 0) throw errorFromErrno(lastErrno());
    const copy = adoptSocket(this.#family, this.#type, this.#proto, fd);
    copy.#timeout = this.#timeout;
    return copy;
  }

  /** Gives up the descriptor without closing it; the socket is then closed. */
  detach(): number {
    const fd = this.#fd;
    this.#fd = -1;
    finalizer.unregister(this);
    return fd;
  }

  /**
   * False in non-blocking mode; true in blocking and in timeout mode (as
   * Python 3: `gettimeout() !== 0`).
   */
  getblocking(): boolean {
    this.#live();
    return this.#timeout !== 0;
  }

  /** Closes the socket at the end of a `using` scope. */
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
export function socket(
  family: number = C.AF_INET,
  type: number = C.SOCK_STREAM,
  proto = 0,
): SocketType {
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
