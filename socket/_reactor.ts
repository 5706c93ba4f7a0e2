/**
 * The reactor behind the `sock_*` calls: one per process (per JavaScript
 * realm). It keeps a set of waiters (descriptor, events, deadline) and,
 * while there is at least one, a single `poll()` over all of them runs off
 * the main thread (`ffi/background.ts`). A wake-up socket pair is polled as
 * well: writing a byte to it makes the background poll return, so that it
 * restarts with a changed set or an earlier deadline. When the last waiter
 * leaves, nothing is in flight, so the process may exit.
 *
 * @module
 */
import { openBackgroundPoll } from "../ffi/background.ts";
import type { SymbolSpec } from "../ffi/mod.ts";
import {
  constants,
  features,
  layout,
  library,
  symbols,
} from "../platform/mod.ts";
import { LITTLE_ENDIAN } from "../address/_struct.ts";
import { error, timeout } from "./errors.ts";
import type { SocketType } from "./socket.ts";
import { socketpair } from "./socketpair.ts";
import { INT_MAX } from "./_data.ts";
import { E } from "./_sys.ts";

const C = constants;
const POLLFD = layout("pollfd");
const FD_AT = POLLFD.fields.fd;
const EVENTS_AT = POLLFD.fields.events[0];
const REVENTS_AT = POLLFD.fields.revents[0];

/** Consecutive failed background polls before the waiters are failed. */
const MAX_FAILURES = 8;

interface Waiter {
  readonly fd: number;
  readonly events: number;
  /** A `performance.now()` instant, or `Infinity`. */
  readonly deadline: number;
  readonly resolve: () => void;
  readonly reject: (e: Error) => void;
}

/** The two ends of the wake-up channel. */
interface Wake {
  readonly reader: SocketType;
  readonly writer: SocketType;
}

/** A socket pair (over loopback TCP where the OS has none), non-blocking. */
function openWake(): Wake {
  const [reader, writer] = socketpair();
  reader.settimeout(0);
  writer.settimeout(0);
  return { reader, writer };
}

function writeFd(view: DataView, at: number, fd: number): void {
  const [offset, size] = FD_AT;
  if (size === 8) view.setBigInt64(at + offset, BigInt(fd), LITTLE_ENDIAN);
  else view.setInt32(at + offset, fd, LITTLE_ENDIAN);
}

const WAKE_BYTE = new Uint8Array([1]);

class Reactor {
  readonly #waiters = new Set<Waiter>();
  #background: ReturnType<typeof openBackgroundPoll> | null = null;
  #wake: Wake | null = null;
  /** A background poll is in flight. */
  #polling = false;
  /** A start is queued for the end of the current synchronous step. */
  #queued = false;
  /** A wake-up byte was written during the poll in flight. */
  #woken = false;
  /** What the poll in flight watches: events by descriptor. */
  #watching = new Map<number, number>();
  /** When the poll in flight times out (`Infinity`: never). */
  #until = Infinity;
  #failures = 0;

  /**
   * Resolves when `fd` reports one of `events` (or an error or hang-up,
   * which the retried call will then raise); rejects with `timeout` at
   * `deadline`.
   */
  wait(fd: number, events: number, deadline: number): Promise<void> {
    if (deadline <= performance.now()) return Promise.reject(new timeout());
    return new Promise<void>((resolve, reject) => {
      this.#waiters.add({ fd, events, deadline, resolve, reject });
      if (!this.#polling) {
        if (!this.#queued) {
          this.#queued = true;
          queueMicrotask(() => {
            this.#queued = false;
            if (!this.#polling) this.#start();
          });
        }
      } else if (
        ((this.#watching.get(fd) ?? 0) & events) !== events ||
        deadline < this.#until
      ) {
        this.#interrupt();
      }
    });
  }

  /** Makes the poll in flight return, once per poll. */
  #interrupt(): void {
    if (this.#woken) return;
    this.#woken = true;
    try {
      this.#wake!.writer.send(WAKE_BYTE);
    } catch (e) {
      // A full channel already holds a byte for the poller to see.
      if (
        !(e instanceof error) ||
        (e.errno !== E.EAGAIN && e.errno !== E.EWOULDBLOCK)
      ) {
        throw e;
      }
    }
  }

  /** Empties the wake-up channel. */
  #drain(): void {
    const reader = this.#wake!.reader;
    const sink = new Uint8Array(64);
    for (;;) {
      try {
        if (reader.recv_into(sink) === 0) return;
      } catch {
        return; // EAGAIN: empty.
      }
    }
  }

  #start(): void {
    if (this.#waiters.size === 0) return;
    try {
      this.#wake ??= openWake();
      this.#background ??= openBackgroundPoll(
        library,
        features.pollSymbol,
        symbols[features.pollSymbol] as SymbolSpec,
      );
    } catch (e) {
      this.#failAll(e instanceof Error ? e : new Error(String(e)));
      return;
    }
    const watching = new Map<number, number>();
    let until = Infinity;
    for (const w of this.#waiters) {
      watching.set(w.fd, (watching.get(w.fd) ?? 0) | w.events);
      if (w.deadline < until) until = w.deadline;
    }
    const count = watching.size + 1;
    const fds = new Uint8Array(count * POLLFD.size);
    const view = new DataView(fds.buffer);
    const order = [this.#wake.reader.fileno(), ...watching.keys()];
    for (let i = 0; i < count; i++) {
      const at = i * POLLFD.size;
      writeFd(view, at, order[i]);
      view.setInt16(
        at + EVENTS_AT,
        i === 0 ? C.POLLIN : watching.get(order[i])!,
        LITTLE_ENDIAN,
      );
    }
    let ms = -1;
    if (until !== Infinity) {
      ms = Math.min(Math.max(Math.ceil(until - performance.now()), 0), INT_MAX);
    }
    this.#watching = watching;
    this.#until = until;
    this.#woken = false;
    this.#polling = true;
    this.#background.poll(fds, count, ms).then(
      (n) => this.#finish(n, order, view),
      (e) => {
        this.#polling = false;
        this.#failAll(e instanceof Error ? e : new Error(String(e)));
      },
    );
  }

  /** Settles the waiters the poll found ready or expired, then restarts. */
  #finish(n: number, order: number[], view: DataView): void {
    this.#polling = false;
    this.#watching = new Map();
    this.#until = Infinity;
    if (n < 0) {
      // EINTR, or a failure whose errno stayed on the other thread.
      if (++this.#failures >= MAX_FAILURES) {
        this.#failures = 0;
        this.#failAll(new error("poll() failed in the background thread"));
      }
    } else {
      this.#failures = 0;
    }
    const ready = new Map<number, number>();
    if (n > 0) {
      for (let i = 0; i < order.length; i++) {
        const revents = view.getInt16(
          i * POLLFD.size + REVENTS_AT,
          LITTLE_ENDIAN,
        );
        if (revents !== 0) ready.set(order[i], revents);
      }
      if (ready.has(order[0])) {
        ready.delete(order[0]);
        this.#drain();
      }
    }
    const now = performance.now();
    for (const w of this.#waiters) {
      const revents = ready.get(w.fd);
      // Errors and hang-ups count as ready: the retried call reports them.
      if (
        revents !== undefined &&
        (revents & (w.events | ~(C.POLLIN | C.POLLOUT)))
      ) {
        this.#waiters.delete(w);
        w.resolve();
      } else if (w.deadline <= now) {
        this.#waiters.delete(w);
        w.reject(new timeout());
      }
    }
    this.#start();
  }

  #failAll(e: Error): void {
    const waiters = [...this.#waiters];
    this.#waiters.clear();
    for (const w of waiters) w.reject(e);
  }
}

const reactor = new Reactor();

/**
 * Waits, without blocking the event loop, until `fd` is ready for `events`
 * (`POLLIN`, `POLLOUT`); rejects with `timeout` at `deadline`, a
 * `performance.now()` instant (`Infinity`: never).
 */
export function waitFor(
  fd: number,
  events: number,
  deadline: number,
): Promise<void> {
  return reactor.wait(fd, events, deadline);
}
