/**
 * The fuzz's calls of the `select` entry point (`select()`, `poll` and
 * `epoll` objects) and of the streams (`readable`, `writable`), for the
 * call table in `_fuzz_calls.ts`. Every wait is bounded: a timeout that
 * would wait without limit (absent, `null`, negative for `poll`, or
 * seconds enough to outlast the case) is never generated (±Infinity and
 * 1e300 are: each is refused with a RangeError), and a stream
 * read that has not settled is cancelled after a few milliseconds, so a
 * call that does not settle is a hang of the library's.
 */
import * as sel from "../select/mod.ts";
import type { SocketType } from "../mod.ts";
import type { Case } from "./_fuzz_case.ts";
import { data, hostileValue, int, iterable, notAnFd } from "./_fuzz_values.ts";

/**
 * A timeout from `bounded` (each short), or a hostile value that is not a
 * number nor null/undefined (those refuse it or would wait without limit)
 * unless refused whatever the call (NaN, ±Infinity, 1e300: too large).
 */
function wait(c: Case, bounded: readonly number[]): unknown {
  if (c.rng.chance(0.7)) return c.rng.pick(bounded);
  const v = hostileValue(c);
  if (typeof v === "number" || v === null || v === undefined) {
    return c.rng.pick<unknown>([
      NaN,
      "1",
      1n,
      true,
      {},
      Infinity,
      -Infinity,
      1e300,
    ]);
  }
  return v;
}

/**
 * Something to wait on: the socket, its descriptor, another of the case's
 * sockets, an object whose `fileno()` acts up, or not a descriptor at all.
 */
function waitable(c: Case, s: SocketType): unknown {
  switch (c.rng.int(8)) {
    case 0:
    case 1:
      return s;
    case 2:
      return s.fileno();
    case 3:
      return c.sockets[c.rng.int(c.sockets.length)] ?? s;
    case 4:
      return { fileno: () => (c.effect(), s.fileno()) };
    case 5:
      return { fileno: () => c.rng.pick<unknown>(["3", -1, 1.5, null]) };
    case 6:
      return c.rng.pick([-1, 2 ** 31, 2 ** 53]);
    default:
      return notAnFd(c);
  }
}

/** An event mask of `poll` (`epoll`), plausible or not. */
function mask(c: Case, epoll: boolean): unknown {
  const P = epoll
    ? [sel.EPOLLIN ?? 1, sel.EPOLLOUT ?? 4, sel.EPOLLET ?? 0]
    : [sel.POLLIN, sel.POLLOUT, sel.POLLPRI];
  return int(c, [P[0]!, P[1]!, P[0]! | P[1]!, P[2]!, 0, -1, 0xffff, 2 ** 32]);
}

/** `select(rlist, wlist, xlist, timeout)`, each list an iterable. */
export function fuzzSelect(c: Case, s: SocketType): unknown {
  const list = () => iterable(c, () => waitable(c, s));
  return (sel.select as (...a: unknown[]) => unknown)(
    list(),
    list(),
    list(),
    wait(c, [0, 0.001, 0.005]),
  );
}

/** What `poll` and `epoll` objects have in common, as the fuzz calls them. */
interface Watcher {
  register(...a: unknown[]): void;
  modify(...a: unknown[]): void;
  unregister(...a: unknown[]): void;
  poll(...a: unknown[]): unknown;
}

/** A few register/modify/unregister calls on `w`, with `epoll`'s masks or not. */
function watch(c: Case, s: SocketType, w: Watcher, epoll: boolean): void {
  for (let i = c.rng.int(4); i > 0; i--) {
    const op = c.rng.int(4);
    if (op === 0) w.register(waitable(c, s));
    else if (op === 1) w.register(waitable(c, s), mask(c, epoll));
    else if (op === 2) w.modify(waitable(c, s), mask(c, epoll));
    else w.unregister(waitable(c, s));
  }
}

/** A `poll` object: a few register/modify/unregister calls, then poll(). */
export function fuzzPoll(c: Case, s: SocketType): unknown {
  const p = sel.poll() as unknown as Watcher;
  watch(c, s, p, false);
  // poll()'s timeout is in milliseconds; a negative one waits forever.
  return p.poll(wait(c, [0, 1, 5]));
}

/** An `epoll` object (Linux): made, used as `fuzzPoll`'s, then closed. */
export function fuzzEpoll(c: Case, s: SocketType): unknown {
  const make = sel.epoll as ((...a: unknown[]) => sel.Epoll) | undefined;
  if (!make) return undefined;
  const ep = make(int(c, [-1, 1, 0, -2]), int(c, [0, sel.EPOLL_CLOEXEC!, 1]));
  c.closables.push(ep);
  const e = ep as unknown as Watcher;
  watch(c, s, e, true);
  if (c.rng.chance(0.2)) ep.close();
  // In seconds; a negative or absent timeout waits forever.
  return e.poll(wait(c, [0, 0.001, 0.005]), int(c, [-1, 1, 10, 0, 2 ** 31]));
}

/**
 * Reads the socket's `readable` once, as a default or a BYOB reader, and
 * cancels the read if it has not settled within a few milliseconds.
 */
export async function fuzzReadable(c: Case, s: SocketType): Promise<unknown> {
  const stream = s.readable;
  const byob = c.rng.chance(0.5);
  const reader = byob ? stream.getReader({ mode: "byob" }) : stream.getReader();
  const timer = setTimeout(() => {
    reader.cancel(c.rng.chance(0.5) ? undefined : "cancelled").catch(() => {});
  }, c.rng.pick([1, 5]));
  try {
    if (byob) {
      // Views of every shape the stream takes (the runtime's own reader
      // refuses anything else before the library sees it).
      const n = c.rng.pick([1, 16, 4096]);
      const buffer = new ArrayBuffer(n + 8);
      const view = c.rng.pick<ArrayBufferView>([
        new Uint8Array(n),
        new Uint8Array(buffer, 3, n),
        new Uint16Array(buffer, 2, Math.max(1, n >> 1)),
        new DataView(buffer, 1, n),
        new Float64Array(1),
      ]);
      return await (reader as ReadableStreamBYOBReader).read(view as never);
    }
    return await (reader as ReadableStreamDefaultReader<Uint8Array>).read();
  } finally {
    clearTimeout(timer);
    reader.releaseLock();
  }
}

/**
 * Writes a chunk (any data argument, hostile or not) to the socket's
 * `writable`, then closes or aborts it, or leaves it open.
 */
export async function fuzzWritable(c: Case, s: SocketType): Promise<unknown> {
  const writer = s.writable.getWriter();
  // A write the peer does not read waits for room: abort the stream or
  // close the socket after a few milliseconds, either of which settles it.
  const close = c.rng.chance(0.5);
  const timer = setTimeout(() => {
    if (close) s.close();
    else writer.abort("timed out").catch(() => {});
  }, c.rng.pick([1, 5]));
  try {
    await writer.write(data(c) as never);
    const end = c.rng.int(3);
    if (end === 0) await writer.close();
    else if (end === 1) await writer.abort("aborted");
    return undefined;
  } finally {
    clearTimeout(timer);
    writer.releaseLock();
  }
}
