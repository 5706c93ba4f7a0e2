/**
 * `epoll` objects (Linux): Python's `select.epoll`, over `epoll_create1`,
 * `epoll_ctl` and `epoll_pwait`, with the platform's `epoll_event` layout
 * (packed on x86_64, not on aarch64). Elsewhere {@linkcode epoll} is
 * `undefined`, as Python's `select` has no `epoll` attribute there.
 *
 * @module
 */
import {
  errno,
  lastErrno,
  layouts,
  lib,
  os,
  reactor,
} from "../platform/mod.ts";
import { LITTLE_ENDIAN } from "../address/_struct.ts";
import { error, errorFromErrno } from "../socket/errors.ts";
import { closeHandle } from "../socket/_sys.ts";
import { described } from "../address/_struct.ts";
import { fileDescriptor, msTimeout, type Selectable } from "./_args.ts";

const R = reactor.constants;
const EVENT = layouts.epoll_event;
/** `struct epoll_event`: its size and where `events` and `data.fd` are. */
const EVENT_SIZE = EVENT?.size ?? 0;
const EVENTS_AT = EVENT?.fields.events?.[0] ?? 0;
const DATA_AT = EVENT?.fields.data?.[0] ?? 0;
const CTL_ADD = R.EPOLL_CTL_ADD ?? 0;
const CTL_MOD = R.EPOLL_CTL_MOD ?? 0;
const CTL_DEL = R.EPOLL_CTL_DEL ?? 0;
const CLOEXEC = R.EPOLL_CLOEXEC ?? 0;
/** Python's default mask: `EPOLLIN | EPOLLPRI | EPOLLOUT`. */
const DEFAULT_MASK =
  ((R.EPOLLIN ?? 0) | (R.EPOLLPRI ?? 0) | (R.EPOLLOUT ?? 0)) >>>
  0;
const AVAILABLE = reactor.kind === "epoll" && EVENT_SIZE > 0;
const INT_MAX = 2147483647;
const INT_MIN = -2147483648;
/** The most events `epoll_wait` takes (the kernel's `EP_MAX_EVENTS`). */
const EP_MAX_EVENTS = Math.floor(INT_MAX / Math.max(EVENT_SIZE, 1));
/** Python's default `maxevents` (`FD_SETSIZE - 1`). */
const DEFAULT_MAXEVENTS = 1023;

/** Closes the descriptors of epoll objects dropped without `close()`. */
const finalizer = new FinalizationRegistry<number>((fd) => {
  closeHandle(fd);
});

/** A descriptor `Epoll.fromfd()` hands to the constructor. */
let adopting: number | null = null;

/** An event mask: a C `uint32_t` (or the int32 a `|` of the flags gives). */
function maskArg(value: unknown, method: string): number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new TypeError(
      `${method}: eventmask must be an integer, got ${described(value)}`,
    );
  }
  // `EPOLLIN | EPOLLET` is negative in JavaScript: int32 values are taken.
  if (value < -0x80000000 || value > 0xffffffff) {
    throw new RangeError(
      `${method}: eventmask must be -2147483648-4294967295, got ${value}`,
    );
  }
  return value >>> 0;
}

/**
 * A C `int` argument: a TypeError for anything but an integer, a
 * RangeError beyond the `int` range (Python: OverflowError).
 */
function intArg(value: unknown, method: string, name: string): number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new TypeError(
      `${method}: ${name} must be an integer, got ${described(value)}`,
    );
  }
  if (value < INT_MIN || value > INT_MAX) {
    throw new RangeError(
      `${method}: ${name} must be ${INT_MIN}-${INT_MAX}, got ${value}`,
    );
  }
  return value;
}

/**
 * An epoll instance: Python's `select.epoll` object (Linux). Make one with
 * {@linkcode epoll} (or `new Epoll()`); close it with `close()` or `using`.
 * Its descriptor is close-on-exec.
 *
 * @example Waiting for a socket with epoll
 * ```ts
 * import { socketpair } from "@berkeley/socket";
 * import { EPOLLIN, Epoll } from "@berkeley/socket/select";
 * const [a, b] = socketpair();
 * using ep = new Epoll(); // Linux only
 * ep.register(b, EPOLLIN);
 * a.sendall("ping");
 * console.log(ep.poll(1)); // [[b.fileno(), EPOLLIN]]
 * a.close();
 * b.close();
 * ```
 */
export class Epoll {
  #fd: number;

  /**
   * Creates an epoll instance (`epoll_create1(EPOLL_CLOEXEC)`).
   * `sizehint` is -1 or positive and otherwise unused, as in Python;
   * `flags` may be 0 or `EPOLL_CLOEXEC` (always set); others raise `error`
   * with no errno, as Python's `OSError("invalid flags")`. Raises a
   * TypeError off Linux.
   */
  constructor(sizehint?: number, flags?: number);
  constructor(sizehint = -1, flags = 0) {
    if (!AVAILABLE) throw new TypeError(`epoll is Linux's; this is ${os}`);
    if (adopting !== null) {
      this.#fd = adopting;
    } else {
      intArg(sizehint, "epoll()", "sizehint");
      intArg(flags, "epoll()", "flags");
      if (sizehint !== -1 && sizehint <= 0) {
        throw new RangeError(`epoll(): negative sizehint, got ${sizehint}`);
      }
      if (flags !== 0 && flags !== CLOEXEC) {
        // CPython: OSError("invalid flags"), with no errno.
        throw new error(`epoll(): invalid flags, got ${flags}`);
      }
      const fd = lib.epoll_create1(CLOEXEC);
      if (fd < 0) throw errorFromErrno(lastErrno());
      this.#fd = fd;
    }
    finalizer.register(this, this.#fd, this);
  }

  /**
   * Wraps an epoll descriptor; the object then owns it and closes it, so
   * give it a descriptor nothing else will close (a duplicate, as below).
   *
   * @example Adopting a duplicate of another object's descriptor
   * ```ts
   * import { dup } from "@berkeley/socket";
   * import { Epoll } from "@berkeley/socket/select";
   * using ep = new Epoll();
   * using copy = Epoll.fromfd(dup(ep.fileno())); // its own descriptor
   * console.log(copy.fileno() !== ep.fileno()); // true
   * ```
   */
  static fromfd(fd: number): Epoll {
    const n = fileDescriptor(fd, "fromfd()");
    adopting = n;
    try {
      return new Epoll();
    } finally {
      adopting = null;
    }
  }

  /** The descriptor, or a RangeError (Python: ValueError) when closed. */
  #live(method: string): number {
    if (this.#fd < 0) {
      throw new RangeError(`${method}: I/O operation on closed epoll object`);
    }
    return this.#fd;
  }

  /**
   * True once `close()` was called.
   *
   * @example Checking
   * ```ts
   * import { Epoll } from "@berkeley/socket/select";
   * const ep = new Epoll();
   * ep.close();
   * console.log(ep.closed); // true
   * ```
   */
  get closed(): boolean {
    return this.#fd < 0;
  }

  /**
   * Closes the epoll descriptor; idempotent.
   *
   * @example Closing
   * ```ts
   * import { Epoll } from "@berkeley/socket/select";
   * const ep = new Epoll();
   * ep.close();
   * ep.close();
   * ```
   */
  close(): void {
    const fd = this.#fd;
    if (fd < 0) return;
    this.#fd = -1;
    finalizer.unregister(this);
    if (closeHandle(fd) !== 0) throw errorFromErrno(lastErrno());
  }

  /**
   * The epoll descriptor.
   *
   * @example Reading it
   * ```ts
   * import { Epoll } from "@berkeley/socket/select";
   * using ep = new Epoll();
   * console.log(ep.fileno() > 2); // true
   * ```
   */
  fileno(): number {
    return this.#live("fileno()");
  }

  /**
   * `epoll_ctl(op)` on `fd` with `eventmask`; throws the C error. The
   * arguments are converted in CPython's order: the descriptor, the mask,
   * then the object's own state (closed: a RangeError).
   */
  #ctl(method: string, op: number, fd: Selectable, eventmask: unknown): void {
    const n = fileDescriptor(fd, method);
    const mask = maskArg(eventmask, method);
    const epfd = this.#live(method);
    const event = new Uint8Array(EVENT_SIZE);
    const view = new DataView(event.buffer);
    view.setUint32(EVENTS_AT, mask, LITTLE_ENDIAN);
    view.setInt32(DATA_AT, n, LITTLE_ENDIAN); // data.fd
    if (lib.epoll_ctl(epfd, op, n, event) !== 0) {
      throw errorFromErrno(lastErrno());
    }
  }

  /**
   * Starts watching `fd` for `eventmask` (default `EPOLLIN | EPOLLPRI |
   * EPOLLOUT`); one already registered raises `error` EEXIST.
   *
   * @example Edge-triggered input
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * import { EPOLLET, EPOLLIN, Epoll } from "@berkeley/socket/select";
   * const [a, b] = socketpair();
   * using ep = new Epoll();
   * if (EPOLLIN !== undefined && EPOLLET !== undefined) { // Linux only
   *   ep.register(b, EPOLLIN | EPOLLET);
   * }
   * a.close();
   * b.close();
   * ```
   */
  register(
    fd: Selectable,
    eventmask?: number,
  ): void;
  register(
    fd: Selectable,
    eventmask: number = DEFAULT_MASK,
  ): void {
    this.#ctl("register()", CTL_ADD, fd, eventmask);
  }

  /**
   * Changes the mask of a registered `fd`; one not registered raises
   * `error` ENOENT.
   *
   * @example Switching to output
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * import { EPOLLIN, EPOLLOUT, Epoll } from "@berkeley/socket/select";
   * const [a, b] = socketpair();
   * using ep = new Epoll();
   * if (EPOLLIN !== undefined && EPOLLOUT !== undefined) { // Linux only
   *   ep.register(a, EPOLLIN);
   *   ep.modify(a, EPOLLOUT);
   * }
   * a.close();
   * b.close();
   * ```
   */
  modify(fd: Selectable, eventmask: number): void {
    this.#ctl("modify()", CTL_MOD, fd, eventmask);
  }

  /**
   * Stops watching `fd`; one not registered raises `error` ENOENT, a
   * closed descriptor `error` EBADF.
   *
   * @example Forgetting a socket before closing it
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * import { Epoll } from "@berkeley/socket/select";
   * const [a, b] = socketpair();
   * using ep = new Epoll();
   * ep.register(a);
   * ep.unregister(a);
   * a.close();
   * b.close();
   * ```
   */
  unregister(fd: Selectable): void {
    this.#ctl("unregister()", CTL_DEL, fd, 0);
  }

  /**
   * Waits up to `timeout` seconds (`null`, absent or negative: until an
   * event; rounded up to a millisecond, as Python's, so a negative timeout
   * above -0.001 does not wait) for at most `maxevents` events (-1: 1023)
   * and returns them as `[fd, events]`; empty after a timeout. A timeout
   * beyond 2,147,483,647 ms either way (Infinity too) is a `RangeError`
   * (Python: OverflowError), as is `poll()` on a closed object and a
   * `maxevents` beyond a C `int`; one beyond the kernel's bound
   * (`INT_MAX / sizeof(struct epoll_event)`) raises `error` EINVAL. Blocks
   * the thread, as Python's does; EINTR is retried with the time left.
   *
   * @example Polling without waiting
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * import { EPOLLOUT, Epoll } from "@berkeley/socket/select";
   * const [a, b] = socketpair();
   * using ep = new Epoll();
   * ep.register(a, EPOLLOUT);
   * console.log(ep.poll(0)); // [[a.fileno(), EPOLLOUT]]
   * a.close();
   * b.close();
   * ```
   */
  poll(
    timeout?: number | null,
    maxevents?: number,
  ): [fd: number, events: number][];
  poll(
    timeout?: number | null,
    maxevents = -1,
  ): [fd: number, events: number][] {
    const epfd = this.#live("poll()");
    const timeoutMs = msTimeout(timeout, "poll()", 1000);
    let max = intArg(maxevents, "poll()", "maxevents");
    if (max === -1) max = DEFAULT_MAXEVENTS;
    else if (max < 1) {
      throw new RangeError(
        `poll(): maxevents must be greater than 0, got ${max}`,
      );
    }
    // More than the kernel takes: its EINVAL, without making the buffer
    // (CPython asks the kernel, or fails to allocate first).
    if (max > EP_MAX_EVENTS) throw errorFromErrno(errno.EINVAL);
    const deadline = timeoutMs < 0 ? null : performance.now() + timeoutMs;
    const events = new Uint8Array(max * EVENT_SIZE);
    let n: number;
    for (;;) {
      let ms = -1;
      if (deadline !== null) {
        const left = Math.max(deadline - performance.now(), 0);
        ms = Math.ceil(left);
      }
      n = lib.epoll_pwait(epfd, events, max, ms, null);
      if (n >= 0) break;
      const err = lastErrno();
      if (err !== errno.EINTR) throw errorFromErrno(err);
    }
    const view = new DataView(events.buffer);
    const out: [number, number][] = [];
    for (let i = 0; i < n; i++) {
      const at = i * EVENT_SIZE;
      out.push([
        view.getInt32(at + DATA_AT, LITTLE_ENDIAN),
        view.getUint32(at + EVENTS_AT, LITTLE_ENDIAN),
      ]);
    }
    return out;
  }

  /**
   * Closes the epoll object at the end of a `using` scope.
   *
   * @example An epoll object closed with its scope
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * import { EPOLLIN, Epoll } from "@berkeley/socket/select";
   * const [a, b] = socketpair();
   * {
   *   using ep = new Epoll(); // Linux only
   *   ep.register(b, EPOLLIN);
   * } // ep is closed here
   * a.close();
   * b.close();
   * ```
   */
  [Symbol.dispose](): void {
    this.close();
  }
}

/**
 * A new {@linkcode Epoll}: Python's `select.epoll(sizehint=-1, flags=0)`.
 * `undefined` off Linux, as Python's `select` has no `epoll` there.
 *
 * @example Using epoll where there is one
 * ```ts
 * import { epoll } from "@berkeley/socket/select";
 * if (epoll) {
 *   using ep = epoll();
 *   console.log(ep.poll(0)); // []
 * }
 * ```
 */
export const epoll: ((sizehint?: number, flags?: number) => Epoll) | undefined =
  AVAILABLE
    ? (sizehint = -1, flags = 0) => new Epoll(sizehint, flags)
    : undefined;
