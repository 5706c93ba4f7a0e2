/**
 * `poll()` objects: Python's `select.poll()` over the C library's `poll`
 * (`WSAPoll` on Windows), with registrations kept between calls.
 *
 * @module
 */
import {
  constants,
  errno,
  features,
  lastErrno,
  layout,
  lib,
} from "../platform/mod.ts";
import type { NativeFunction } from "../ffi/mod.ts";
import { LITTLE_ENDIAN } from "../address/_struct.ts";
import { errorFromErrno } from "../socket/errors.ts";
import { described } from "../address/_struct.ts";
import { fileDescriptor, msTimeout, type Selectable } from "./_args.ts";

const C = constants;
const POLLFD = layout("pollfd");
const pollFn = lib[features.pollSymbol] as NativeFunction;

/**
 * The events the platform's poll takes in `events`. WSAPoll fails with
 * WSAEINVAL for any flag but these (POLLPRI included); errors and hang-ups
 * are reported without being asked for, everywhere.
 */
const ACCEPTED = features.pollSymbol === "WSAPoll"
  ? C.POLLRDNORM | C.POLLRDBAND | C.POLLWRNORM
  : 0xffff;

/** An event mask: a C `unsigned short`. */
function maskArg(value: unknown, method: string): number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new TypeError(
      `${method}: eventmask must be an integer, got ${described(value)}`,
    );
  }
  if (value < 0 || value > 0xffff) {
    throw new RangeError(`${method}: eventmask must be 0-65535, got ${value}`);
  }
  return value;
}

/** Blocks the thread for `ms` milliseconds (`null`: forever). */
function sleep(ms: number | null): void {
  const cell = new Int32Array(new SharedArrayBuffer(4));
  Atomics.wait(cell, 0, 0, ms ?? undefined);
}

/**
 * A set of descriptors to wait on: Python's `select.poll` object. Make one
 * with {@linkcode poll}. Registrations stay until `unregister()`; a closed
 * descriptor left registered is reported with `POLLNVAL`.
 *
 * @example Serving whichever socket is ready
 * ```ts
 * import { socketpair } from "@berkeley/socket";
 * import { POLLIN, poll } from "@berkeley/socket/select";
 * const [a, b] = socketpair();
 * const p = poll();
 * p.register(b, POLLIN);
 * a.sendall("ping");
 * for (const [fd, events] of p.poll(1000)) {
 *   console.log(fd === b.fileno(), (events & POLLIN) !== 0); // true true
 * }
 * a.close();
 * b.close();
 * ```
 */
export class Poll {
  /** Event masks by descriptor, in registration order. */
  readonly #fds = new Map<number, number>();
  /** The `pollfd` array, rebuilt after a change. */
  #array: Uint8Array | null = null;

  /**
   * Starts watching `fd` (a socket, a descriptor or an object with
   * `fileno()`) for `eventmask` (default `POLLIN | POLLPRI | POLLOUT`);
   * registering it again replaces its mask.
   *
   * @example Watching a socket for input
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * import { POLLIN, poll } from "@berkeley/socket/select";
   * const [a, b] = socketpair();
   * const p = poll();
   * p.register(b, POLLIN);
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
    eventmask: number = C.POLLIN | C.POLLPRI | C.POLLOUT,
  ): void {
    const n = fileDescriptor(fd, "register()");
    const mask = maskArg(eventmask, "register()");
    this.#fds.set(n, mask);
    this.#array = null;
  }

  /**
   * Changes the mask of a registered `fd`; one that is not registered
   * raises `error` ENOENT, as Python's.
   *
   * @example Watching for output instead
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * import { POLLIN, POLLOUT, poll } from "@berkeley/socket/select";
   * const [a, b] = socketpair();
   * const p = poll();
   * p.register(a, POLLIN);
   * p.modify(a, POLLOUT);
   * console.log(p.poll(0)); // [[a.fileno(), POLLOUT]]
   * a.close();
   * b.close();
   * ```
   */
  modify(fd: Selectable, eventmask: number): void {
    const n = fileDescriptor(fd, "modify()");
    const mask = maskArg(eventmask, "modify()");
    if (!this.#fds.has(n)) throw errorFromErrno(errno.ENOENT);
    this.#fds.set(n, mask);
    this.#array = null;
  }

  /**
   * Stops watching `fd`. One that is not registered raises a `RangeError`
   * naming it (Python: `KeyError`).
   *
   * @example Forgetting a socket before closing it
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * import { poll } from "@berkeley/socket/select";
   * const [a, b] = socketpair();
   * const p = poll();
   * p.register(a);
   * p.unregister(a);
   * a.close();
   * b.close();
   * ```
   */
  unregister(fd: Selectable): void {
    const n = fileDescriptor(fd, "unregister()");
    if (!this.#fds.delete(n)) {
      throw new RangeError(
        `unregister(): file descriptor ${n} is not registered`,
      );
    }
    this.#array = null;
  }

  /**
   * Waits up to `timeout` milliseconds (`null`, absent or negative: until
   * something happens; fractions round up) and returns `[fd, events]` for
   * every registered descriptor with something to report, in registration
   * order; empty after a timeout. A timeout beyond a C `int` either way
   * (Infinity too) is a `RangeError` (Python: OverflowError). Blocks the
   * thread, as Python's does; an interrupted call (EINTR) is retried with
   * the time left.
   *
   * @example Polling without waiting
   * ```ts
   * import { socketpair } from "@berkeley/socket";
   * import { POLLIN, poll } from "@berkeley/socket/select";
   * const [a, b] = socketpair();
   * const p = poll();
   * p.register(b, POLLIN);
   * console.log(p.poll(0)); // []
   * a.close();
   * b.close();
   * ```
   */
  poll(timeout?: number | null): [fd: number, events: number][] {
    const ms = msTimeout(timeout, "poll()", 1);
    const deadline = ms < 0 ? null : performance.now() + ms;
    const count = this.#fds.size;
    if (count === 0) {
      sleep(ms < 0 ? null : ms);
      return [];
    }
    const array = this.#array ??= this.#pack();
    const view = new DataView(array.buffer);
    for (;;) {
      let wait = -1;
      if (deadline !== null) {
        const left = Math.max(deadline - performance.now(), 0);
        wait = Math.ceil(left);
      }
      const n = pollFn(array, count, wait);
      if (n >= 0) break;
      const err = lastErrno();
      if (err !== errno.EINTR) throw errorFromErrno(err);
    }
    const out: [number, number][] = [];
    const reventsAt = POLLFD.fields.revents[0];
    let i = 0;
    for (const fd of this.#fds.keys()) {
      const at = i++ * POLLFD.size + reventsAt;
      const revents = view.getUint16(at, LITTLE_ENDIAN);
      if (revents !== 0) out.push([fd, revents]);
      view.setUint16(at, 0, LITTLE_ENDIAN);
    }
    return out;
  }

  /** The `pollfd` array of the registrations. */
  #pack(): Uint8Array {
    const array = new Uint8Array(this.#fds.size * POLLFD.size);
    const view = new DataView(array.buffer);
    const [fdAt, fdSize] = POLLFD.fields.fd;
    const eventsAt = POLLFD.fields.events[0];
    let i = 0;
    for (const [fd, mask] of this.#fds) {
      const at = i++ * POLLFD.size;
      if (fdSize === 8) view.setBigInt64(at + fdAt, BigInt(fd), LITTLE_ENDIAN);
      else view.setInt32(at + fdAt, fd, LITTLE_ENDIAN);
      view.setUint16(at + eventsAt, mask & ACCEPTED, LITTLE_ENDIAN);
    }
    return array;
  }
}

/**
 * A new, empty {@linkcode Poll} object: Python's `select.poll()`.
 *
 * @example Waiting for a connection to accept
 * ```ts
 * import { socket } from "@berkeley/socket";
 * import { POLLIN, poll } from "@berkeley/socket/select";
 * using server = socket();
 * server.bind(["127.0.0.1", 0]);
 * server.listen();
 * using client = socket();
 * client.connect(server.getsockname());
 * const p = poll();
 * p.register(server, POLLIN);
 * if (p.poll(1000).length > 0) server.accept()[0].close();
 * ```
 */
export function poll(): Poll {
  return new Poll();
}
