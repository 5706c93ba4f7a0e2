/**
 * The reactor behind the `sock_*` calls: one per process (per JavaScript
 * realm). Each waiting call is a waiter (descriptor, events, deadline) on
 * the entry of its descriptor; while there is at least one waiter, a single
 * wait for every descriptor runs off the main thread (`ffi/background.ts`).
 *
 * The reactor turns as any event loop does: once the calls a wake-up
 * settled have run on (a macrotask later: after their continuations, the
 * runtime's timers and its own I/O), the same wait is made on the main
 * thread without waiting; while it finds calls to wake, the next turn
 * looks again; when it finds none, the wait goes to the other thread,
 * unless the last wake-up that settled calls is recent (`LOOK_AGAIN`):
 * then the next turn looks again. A busy process so never pays a hand-off
 * between threads per small batch of events, nor one connection's request
 * and reply that come within that time; an idle one sleeps in the
 * background wait. A
 * large batch (`HAND_OFF`) hands the next wait over at once, so the other
 * thread collects while the main thread runs the batch. A very large one
 * (`ONE_BY_ONE`) resolves its calls one by one, each after the one
 * before has run on, rather than all at once.
 *
 * Registrations are kept between waits. On Linux they live in an epoll set,
 * edge-triggered, added once per descriptor and removed when it closes: a
 * wake-up reports only what became ready, and costs O(ready). Elsewhere
 * (`poll`, Windows' `WSAPoll`) the `pollfd` array is kept between waits and
 * changed entry by entry (the three backends: `_reactor_backends.ts`). A
 * wake-up socket pair is watched as well: writing
 * a byte to it makes the background wait return (when the set must change
 * under `poll`, or when nothing waits any more, so that the process may
 * exit). Deadlines are timers on the main thread.
 *
 * `SocketType` tells the reactor (`_close_hook.ts`) before it closes a
 * descriptor: the calls waiting on it reject with EBADF at once and the
 * descriptor leaves the set before its number can be reused.
 *
 * EINTR from the background wait is retried, never reported (PEP 475): on
 * Linux the wait blocks every signal while it sleeps (`epoll_pwait`), the
 * Bun worker reads its own thread's errno, and on Deno, whose background
 * thread runs no JavaScript, a failed wait is repeated at once on the main
 * thread without waiting, which either harvests what the wait would have
 * (EINTR) or fails again with this thread's errno to report.
 *
 * @module
 */
import { type BackgroundCall, openBackgroundCall } from "../ffi/background.ts";
import type { SymbolSpec } from "../ffi/mod.ts";
import {
  constants,
  features,
  lastErrno,
  lastErrorSpec,
  lib,
  library,
  reactor as table,
  symbols,
} from "../platform/mod.ts";
import { error, errorFromErrno, strerror, timeout } from "./errors.ts";
import { onClosing } from "./_close_hook.ts";
import {
  type Backend,
  Entry,
  Epoll,
  Kqueue,
  Poll,
} from "./_reactor_backends.ts";
import { closeHandle, E, openPair, setNonblocking } from "./_sys.ts";

const C = constants;
const POLLOUT = C.POLLOUT;

/**
 * A waiting call: the reactor holds it in its descriptor's entry until the
 * descriptor is ready, then calls {@linkcode Waiter.ready}, which tries the
 * call again and settles it itself, or asks to wait again (the same object
 * goes back in the entry: nothing new is made for a wake-up that found
 * nothing). {@linkcode Waiter.fail} rejects it (`timeout`, EBADF, a failed
 * wait). The reactor takes a waiter out of its entry before calling either,
 * and calls one of them once per wait.
 */
export abstract class Waiter {
  /** The entry it waits in (set by the reactor). */
  entry: Entry | null = null;
  /** POLLIN or POLLOUT. */
  events = 0;
  /** `performance.now()` instant, or `Infinity`. */
  deadline = Infinity;
  timer: ReturnType<typeof setTimeout> | undefined = undefined;
  /**
   * The descriptor reported the events, an error or a hang-up: settles the
   * call (true), or returns false to wait again for the same events. Never
   * throws.
   */
  abstract ready(): boolean;
  /** Rejects the call with `e`. Never throws. */
  abstract fail(e: Error): void;
}

/** The waiter of {@linkcode waitFor}: resolves its promise when ready. */
class Resolver extends Waiter {
  readonly #resolve: () => void;
  readonly #reject: (e: Error) => void;

  constructor(resolve: () => void, reject: (e: Error) => void) {
    super();
    this.#resolve = resolve;
    this.#reject = reject;
  }

  ready(): boolean {
    this.#resolve();
    return true;
  }

  fail(e: Error): void {
    this.#reject(e);
  }
}

// ---- The reactor --------------------------------------------------------------

/** The two ends (descriptors) of the wake-up channel. */
interface Wake {
  readonly reader: number;
  readonly writer: number;
}

/**
 * Where the OS has no `socketpair(2)` (Windows), the caller of the reactor
 * gives a connected loopback pair of descriptors (`useLoopbackPair`): the
 * pair is built with the socket class, which this module does not import.
 */
let loopbackFds: (() => [number, number]) | null = null;

/**
 * Sets how a pair is made where the OS has no `socketpair(2)`: two
 * connected descriptors, close-on-exec, owned by the reactor from then on.
 *
 * @example Giving the reactor CPython's fallback pair
 * ```ts ignore
 * useLoopbackPair(() => {
 *   const [a, b] = loopbackPair(AF_INET, SOCK_STREAM, 0);
 *   return [a.detach(), b.detach()];
 * });
 * ```
 */
export function useLoopbackPair(make: () => [number, number]): void {
  loopbackFds = make;
}

/**
 * A socket pair (over loopback TCP where the OS has none), close-on-exec
 * and non-blocking.
 */
function openWake(): Wake {
  let reader: number;
  let writer: number;
  if (features.socketpair) {
    const sv = new Int32Array(2);
    if (openPair(C.AF_UNIX ?? C.AF_INET, C.SOCK_STREAM, 0, sv) !== 0) {
      throw errorFromErrno(lastErrno());
    }
    [reader = -1, writer = -1] = sv; // sv holds two descriptors
  } else {
    if (loopbackFds === null) {
      throw new error("The reactor has no way to make its wake-up pair");
    }
    [reader, writer] = loopbackFds();
  }
  for (const fd of [reader, writer]) {
    if (!setNonblocking(fd, true)) {
      const err = lastErrno();
      closeHandle(reader);
      closeHandle(writer);
      throw errorFromErrno(err);
    }
  }
  return { reader, writer };
}

const WAKE_BYTE = new Uint8Array([1]);

/**
 * A wake-up that settles at least this many calls hands the next wait to
 * the background thread at once instead of a turn: running that many
 * calls keeps the main thread busy long enough for the other thread to
 * collect the next events meanwhile (1,000 busy connections: 0.9x without
 * this, 1.0x with it, of always handing off; 10 connections keep the
 * turns' gain).
 */
const HAND_OFF = 32;

/**
 * A wake-up that settles at least this many calls resolves them one by one,
 * each after the continuations of the one before have run (a microtask
 * each), instead of all at once: so the first woken calls' next steps (an
 * echo server's send of what it received) run before the last are even
 * resolved, and the peers get to work meanwhile. 10,000 busy connections,
 * whose wake-ups settle thousands of calls: 1.7-2x the round trips per
 * second (Bun and Deno); smaller wake-ups (1,000 connections: tens to hundreds) keep
 * resolving all at once, which measured faster there.
 */
const ONE_BY_ONE = 1024;

/**
 * For this long (ms) after a wake-up settled calls, a wait that finds
 * nothing stays on the main thread, looked at again each event-loop turn,
 * before it goes to the background thread: a reply that comes within it
 * is collected with no hand-off between threads. Waking the background
 * thread and then the main thread costs two context switches and their
 * futex calls, ~30 us a round trip on a VM where a wake-up is dear: one
 * connection's awaited round trip (bench (g)) took 42-58 us against 29 us
 * for C and 32-37 us for the runtimes' own, and 31-32 us while looking on
 * the main thread, with less CPU time per round trip. An idle process never
 * looks (its last wake-up is older); a process woken now and then looks
 * for at most this long after each wake-up. 50 us is what Linux's
 * documentation recommends for its own busy polling (`net.core.busy_read`).
 */
const LOOK_AGAIN = 0.05;

/** `LOOK_AGAIN`, or what a test set ({@linkcode setLookAgain}). */
let lookAgain = LOOK_AGAIN;

/**
 * Sets how long (ms) after a wake-up a wait that finds nothing stays on
 * the main thread (`LOOK_AGAIN`, 0.05, by default; 0: never), and returns
 * what it was: for the tests, which check the background wait and the
 * main thread's turns each on their own, not for programs.
 *
 * @example Making every wait go to the background thread
 * ```ts
 * import { setLookAgain } from "./_reactor.ts";
 * const before = setLookAgain(0);
 * // ... waits that must cross between the threads ...
 * setLookAgain(before);
 * ```
 */
export function setLookAgain(ms: number): number {
  const before = lookAgain;
  lookAgain = ms;
  return before;
}

function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}

class Reactor {
  readonly #entries = new Map<number, Entry>();
  #backend: Backend | null = null;
  #background: BackgroundCall | null = null;
  #wake: Wake | null = null;
  #nextId = 1;
  /** Waiters in all entries. */
  #waiting = 0;
  /** A background wait is in flight. */
  #inFlight = false;
  /** A start is queued for the end of the current synchronous step. */
  #queued = false;
  /** A turn (a wait without waiting on this thread) is scheduled. */
  #turning = false;
  /** A wake-up byte was written during the wait in flight. */
  #woken = false;
  /** Background waits started (for {@linkcode reactorState}). */
  #backgroundWaits = 0;
  /** `performance.now()` of the last wake-up that settled calls. */
  #lastSettled = -Infinity;
  /** Woken waiters to resolve one by one (`#releaseNext`), and how many were. */
  #release: Waiter[] = [];
  #released = 0;

  constructor() {
    onClosing((fd) => this.#closing(fd));
  }

  #open(): Backend {
    if (this.#backend) return this.#backend;
    this.#wake ??= openWake();
    const symbol = table.kind === "epoll"
      ? "epoll_pwait"
      : table.kind === "kqueue"
      ? "kevent"
      : features.pollSymbol;
    this.#background ??= openBackgroundCall(
      library,
      symbol,
      symbols[symbol] as SymbolSpec,
      lastErrorSpec,
    );
    const wakeFd = this.#wake.reader;
    this.#backend = table.kind === "epoll"
      ? new Epoll(this.#background, wakeFd)
      : table.kind === "kqueue"
      ? new Kqueue(this.#background, wakeFd)
      : new Poll(this.#background, wakeFd);
    return this.#backend;
  }

  /**
   * Resolves when `fd` reports `events` (POLLIN or POLLOUT), or an error
   * or hang-up, which the retried call then raises; rejects with `timeout`
   * at `deadline`, or with EBADF when the descriptor is closed first.
   */
  wait(fd: number, events: number, deadline: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.add(fd, events, deadline, new Resolver(resolve, reject));
    });
  }

  /**
   * Puts `waiter` in `fd`'s entry until `fd` reports `events`, then calls
   * its `ready()`; its `fail()` at `deadline` (`timeout`), when the
   * descriptor closes first (EBADF), or at once when it cannot wait.
   */
  add(fd: number, events: number, deadline: number, waiter: Waiter): void {
    if (fd < 0) return waiter.fail(errorFromErrno(E.EBADF));
    if (deadline <= performance.now()) return waiter.fail(new timeout());
    let backend: Backend;
    try {
      backend = this.#open();
    } catch (e) {
      return waiter.fail(asError(e));
    }
    let entry = this.#entries.get(fd);
    if (entry === undefined) {
      entry = new Entry(fd, this.#nextId++);
      // Ids stay below 2 ** 32 (the epoll data field's low half); 0 is wake.
      if (this.#nextId > 0xffffffff) this.#nextId = 1;
      this.#entries.set(fd, entry);
    }
    waiter.entry = entry;
    waiter.events = events;
    waiter.deadline = deadline;
    const list = events & POLLOUT ? entry.writers : entry.readers;
    list.push(waiter);
    const err = backend.arm(entry);
    if (err !== 0) {
      list.pop();
      if (entry.readers.length + entry.writers.length === 0) {
        this.#entries.delete(fd);
        backend.forget(entry);
      }
      return waiter.fail(errorFromErrno(err));
    }
    this.#waiting++;
    if (deadline !== Infinity) this.#arm(waiter);
    if (!this.#inFlight) {
      // A turn already scheduled probes for this waiter too.
      if (!this.#queued && !this.#turning) {
        this.#queued = true;
        queueMicrotask(this.#queuedStart);
      }
    } else if (backend.stale) {
      this.#interrupt();
    }
  }

  readonly #queuedStart = (): void => {
    this.#queued = false;
    if (!this.#inFlight && !this.#turning) this.#wait();
  };

  /**
   * Waits for the waiters there are: on the main thread a turn later while
   * the last wake-up that settled calls is recent (`LOOK_AGAIN`), else in
   * the background.
   */
  #wait(): void {
    if (performance.now() - this.#lastSettled < lookAgain) this.#next();
    else this.#start();
  }

  /**
   * Calls the `ready()` of a woken waiter (out of its entry, its timer
   * cleared); when it asks to wait again, it goes back in its entry, or
   * fails with EBADF if the descriptor closed meanwhile.
   */
  #ready(waiter: Waiter): void {
    if (waiter.ready()) return;
    const entry = waiter.entry!;
    if (this.#entries.get(entry.fd) !== entry) {
      waiter.fail(errorFromErrno(E.EBADF));
    } else {
      this.add(entry.fd, waiter.events, waiter.deadline, waiter);
    }
  }

  /** Sets the timer of `waiter`'s deadline. */
  #arm(waiter: Waiter): void {
    const ms = Math.max(Math.ceil(waiter.deadline - performance.now()), 0);
    waiter.timer = setTimeout(() => {
      // Timers may fire a little early: only the monotonic clock decides.
      if (performance.now() < waiter.deadline) this.#arm(waiter);
      else this.#settle(waiter, new timeout());
    }, ms);
  }

  /** Takes `waiter` out of its entry and settles it (rejects with `e`). */
  #settle(waiter: Waiter, e?: Error): void {
    const entry = waiter.entry!;
    let list = entry.readers;
    let i = list.indexOf(waiter);
    if (i < 0) {
      list = entry.writers;
      i = list.indexOf(waiter);
    }
    if (i < 0) return;
    list.splice(i, 1);
    this.#left(waiter, e);
    this.#backend!.disarm(entry);
    this.#idle();
  }

  /**
   * Resolves the next waiter of a large wake-up (`ONE_BY_ONE`); the one
   * after it a microtask later, after this one's continuation.
   */
  readonly #releaseNext = (): void => {
    const list = this.#release;
    const i = this.#released++;
    if (this.#released === list.length) {
      this.#release = [];
      this.#released = 0;
    } else {
      if (this.#released >= 4096) {
        // Wake-ups kept adding while the chain ran: drop what is done.
        this.#release = list.slice(this.#released);
        this.#released = 0;
      }
      queueMicrotask(this.#releaseNext);
    }
    this.#ready(list[i]!);
  };

  /** Accounts for a waiter that left its list; settles it. */
  #left(waiter: Waiter, e?: Error): void {
    this.#waiting--;
    if (waiter.timer !== undefined) clearTimeout(waiter.timer);
    if (e) waiter.fail(e);
    else this.#ready(waiter);
  }

  /** Ends the wait in flight when nothing waits any more, or the set changed. */
  #idle(): void {
    if (this.#inFlight && (this.#waiting === 0 || this.#backend!.stale)) {
      this.#interrupt();
    }
  }

  /** The close hook: `fd` is about to be closed or given up. */
  #closing(fd: number): void {
    const entry = this.#entries.get(fd);
    if (entry === undefined) return;
    this.#entries.delete(fd);
    this.#backend!.forget(entry);
    const waiters = [...entry.readers, ...entry.writers];
    entry.readers.length = 0;
    entry.writers.length = 0;
    for (const w of waiters) this.#left(w, errorFromErrno(E.EBADF));
    this.#idle();
  }

  /** Makes the wait in flight return, once per wait. */
  #interrupt(): void {
    if (this.#woken) return;
    this.#woken = true;
    for (;;) {
      if (Number(lib.send(this.#wake!.writer, WAKE_BYTE, 1, 0)) >= 0) return;
      const err = lastErrno();
      if (err === E.EINTR) continue;
      // A full channel already holds a byte for the waiter to see.
      if (err === E.EAGAIN || err === E.EWOULDBLOCK) return;
      throw errorFromErrno(err);
    }
  }

  /** Empties the wake-up channel. */
  #drain(): void {
    const reader = this.#wake!.reader;
    const sink = new Uint8Array(64);
    for (;;) {
      const n = Number(lib.recv(reader, sink, sink.length, 0));
      if (n < 0 && lastErrno() === E.EINTR) continue;
      if (n < sink.length) return; // EAGAIN: empty.
    }
  }

  #start(): void {
    if (this.#waiting === 0) return;
    const backend = this.#backend!;
    const args = backend.prepare();
    this.#woken = false;
    this.#inFlight = true;
    this.#backgroundWaits++;
    this.#background!.call(args).then(
      ({ result, errno: err }) => this.#finish(result, err),
      (e) => {
        this.#inFlight = false;
        this.#failAll(asError(e));
      },
    );
  }

  /**
   * Settles what the wait in flight found; while anyone still waits, the
   * next turn looks again on this thread.
   */
  #finish(result: number, err: number | null): void {
    this.#inFlight = false;
    const backend = this.#backend!;
    let n = result;
    if (n < 0 && backend.stale) {
      // The set changed during the wait: a socket in it may have closed,
      // which fails Windows' WSAPoll (WSAENOTSOCK) for the whole set. The
      // next turn waits again without it; a failure then is reported.
      this.#next();
      return;
    }
    if (n < 0 && err === null) {
      // Deno: the errno stayed on the other thread. Repeat without waiting.
      n = backend.probe();
      if (n < 0) err = lastErrno();
    }
    if (n < 0 && err !== E.EINTR) {
      this.#failed(err ?? 0, "in the background thread");
      return;
    }
    const settled = n > 0 ? this.#harvest(n) : 0;
    if (settled >= HAND_OFF) this.#start();
    else this.#next();
  }

  /** Fails every waiter: the wait made `where` failed with `code`. */
  #failed(code: number, where: string): void {
    const name = this.#backend!.name;
    this.#failAll(
      new error(code, `${name}() failed ${where}: ${strerror(code)}`),
    );
  }

  /**
   * Settles the waiters of what a wait that returned `n` found: how many
   * were settled.
   */
  #harvest(n: number): number {
    const woken = this.#found;
    if (this.#backend!.collect(n, this.#take)) this.#drain();
    const settled = woken.length;
    if (settled > 0) this.#lastSettled = performance.now();
    this.#waiting -= settled;
    for (const w of woken) {
      if (w.timer !== undefined) clearTimeout(w.timer);
    }
    if (settled < ONE_BY_ONE) {
      // Waiters that wait again go back to their entries, not to `woken`;
      // emptied whatever happens, so that none is ever woken twice.
      try {
        for (let i = 0; i < settled; i++) this.#ready(woken[i]!);
      } finally {
        woken.length = 0;
      }
    } else {
      const start = this.#release.length === 0;
      for (const w of woken) this.#release.push(w);
      woken.length = 0;
      if (start) queueMicrotask(this.#releaseNext);
    }
    return settled;
  }

  /** The waiters a wake-up found ({@linkcode Reactor.#harvest}). */
  readonly #found: Waiter[] = [];

  /** Takes the waiters of a ready entry into `#found`. */
  readonly #take = (
    entry: Entry,
    readable: boolean,
    writable: boolean,
  ): void => {
    const woken = this.#found;
    const before = woken.length;
    if (readable && entry.readers.length) {
      for (const w of entry.readers) woken.push(w);
      entry.readers.length = 0;
    }
    if (writable && entry.writers.length) {
      for (const w of entry.writers) woken.push(w);
      entry.writers.length = 0;
    }
    if (woken.length !== before) this.#backend!.disarm(entry);
  };

  /**
   * Schedules the next turn, after the woken calls' continuations have
   * run (they try again, and most wait again) and after the event loop's
   * own timers and I/O: a macrotask, as in any event loop.
   */
  #next(): void {
    if (this.#waiting === 0 || this.#turning) return;
    this.#turning = true;
    setImmediate(this.#turnLater);
  }

  readonly #turnLater = (): void => {
    this.#turning = false;
    this.#turn();
  };

  /**
   * One turn of the loop on this thread: the wait without waiting. While
   * it finds calls to wake, the next turn looks again, so a busy process
   * never hands a wait to the other thread; when it finds none, the next
   * turn looks again too while the last wake-up is recent (`LOOK_AGAIN`),
   * and after that the wait goes to the background.
   */
  #turn(): void {
    if (this.#inFlight || this.#waiting === 0) return;
    const backend = this.#backend!;
    backend.prepare();
    const n = backend.probe();
    if (n < 0) {
      const err = lastErrno();
      if (err !== E.EINTR) {
        this.#failed(err, "on the main thread");
        return;
      }
    } else if (n > 0) {
      const settled = this.#harvest(n);
      if (settled > 0 && settled < HAND_OFF) {
        this.#next();
        return;
      }
    }
    if (this.#waiting > 0) this.#wait();
  }

  /** What the reactor holds now, and of `fd` ({@linkcode reactorState}). */
  state(fd: number): ReactorState {
    const e = this.#entries.get(fd);
    return {
      waiting: this.#waiting,
      inFlight: this.#inFlight,
      queued: this.#queued,
      turning: this.#turning,
      woken: this.#woken,
      backgroundWaits: this.#backgroundWaits,
      entries: this.#entries.size,
      entry: e === undefined ? null : {
        id: e.id,
        armed: e.armed,
        readers: e.readers.length,
        writers: e.writers.length,
      },
    };
  }

  #failAll(e: Error): void {
    for (const entry of this.#entries.values()) {
      const waiters = [...entry.readers, ...entry.writers];
      entry.readers.length = 0;
      entry.writers.length = 0;
      for (const w of waiters) this.#left(w, e);
      this.#backend?.disarm(entry);
    }
  }
}

const reactor = new Reactor();

/** A snapshot of the reactor, for a test's report of a call that hung. */
export interface ReactorState {
  /** Waiters in all entries. */
  readonly waiting: number;
  /** A background wait is in flight. */
  readonly inFlight: boolean;
  /** A start is queued for the end of the current synchronous step. */
  readonly queued: boolean;
  /** A turn is scheduled. */
  readonly turning: boolean;
  /** A wake-up byte was written during the wait in flight. */
  readonly woken: boolean;
  /** Background waits started since the reactor began. */
  readonly backgroundWaits: number;
  /** Descriptors the reactor knows. */
  readonly entries: number;
  /** The asked descriptor's entry, or null when the reactor has none. */
  readonly entry: {
    readonly id: number;
    readonly armed: boolean;
    readonly readers: number;
    readonly writers: number;
  } | null;
}

/**
 * What the reactor holds now, and of descriptor `fd`: for the report of a
 * `sock_*` call that did not settle (the sequence fuzz), not for programs.
 *
 * @example Saying what a hung sock_accept() waits on
 * ```ts
 * import { reactorState } from "./_reactor.ts";
 * import { socket } from "@berkeley/socket";
 * using listener = socket();
 * const { waiting, inFlight, entry } = reactorState(listener.fileno());
 * console.log(waiting, inFlight, entry?.readers ?? "not watched");
 * ```
 */
export function reactorState(fd: number): ReactorState {
  return reactor.state(fd);
}

/**
 * Waits, without blocking the event loop, until `fd` is ready for `events`
 * (`POLLIN` or `POLLOUT`); rejects with `timeout` at `deadline`, a
 * `performance.now()` instant (`Infinity`: never), and with `error` EBADF
 * when the socket is closed first.
 */
export function waitFor(
  fd: number,
  events: number,
  deadline: number,
): Promise<void> {
  return reactor.wait(fd, events, deadline);
}

/**
 * Puts `waiter` in the reactor until `fd` is ready for `events` (`POLLIN`
 * or `POLLOUT`), then calls its `ready()`, which settles its call or asks
 * to wait again; its `fail()` with `timeout` at `deadline`, with `error`
 * EBADF when the socket is closed first, or at once when it cannot wait.
 */
export function waitWith(
  fd: number,
  events: number,
  deadline: number,
  waiter: Waiter,
): void {
  reactor.add(fd, events, deadline, waiter);
}
