/**
 * `select()`: Python's `select.select(rlist, wlist, xlist, timeout)` over
 * the C library's `select` (Winsock's on Windows). The sets are laid out as
 * the platform's table says: a bitmap of `FD_SETSIZE` bits (Linux, macOS),
 * or Winsock's counted array of `SOCKET` handles (the `fd_set` layout with
 * `fd_count` and `fd_array`), sized here to hold every handle given.
 *
 * @module
 */
import {
  constants,
  errno,
  features,
  lastErrno,
  layout,
  layouts,
  lib,
} from "../platform/mod.ts";
import { LITTLE_ENDIAN } from "../address/_struct.ts";
import { errorFromErrno } from "../socket/errors.ts";
import { iterableArg } from "../socket/_data.ts";
import { fileDescriptor, type Selectable, timeoutValue } from "./_args.ts";

export type { Selectable } from "./_args.ts";

const TIMEVAL = layout("timeval");
/** Winsock's `fd_set` (a count, then `SOCKET`s); absent where sets are bitmaps. */
const ARRAY_SET = layouts.fd_set?.fields.fd_count !== undefined
  ? layouts.fd_set
  : undefined;
/** Bits in a bitmap `fd_set` (Linux, macOS). */
const SETSIZE = constants.FD_SETSIZE ?? 0;
const HANDLE_SIZE = features.handleIsPointer ? 8 : 4;
const INT32_MAX = 2147483647;

/** Fills a C `struct timeval` with `seconds`, rounded up to a microsecond. */
function packTimeval(seconds: number): Uint8Array {
  const out = new Uint8Array(TIMEVAL.size);
  const view = new DataView(out.buffer);
  const micros = Math.ceil(seconds * 1e6);
  const secWidth = TIMEVAL.fields.tv_sec[1];
  // Clamped where `long` is 32 bits (Windows), as CPython clamps.
  const sec = Math.min(
    Math.floor(micros / 1e6),
    secWidth === 8 ? Number.MAX_SAFE_INTEGER : INT32_MAX,
  );
  const usec = sec === Math.floor(micros / 1e6) ? micros % 1e6 : 999_999;
  for (const [field, value] of [["tv_sec", sec], ["tv_usec", usec]] as const) {
    const [at, width] = TIMEVAL.fields[field];
    if (width === 8) view.setBigInt64(at, BigInt(value), LITTLE_ENDIAN);
    else view.setInt32(at, value, LITTLE_ENDIAN);
  }
  return out;
}

/** One `fd_set`, packed from descriptors and read back after the call. */
interface FdSet {
  /** The C memory (`null` for an empty set: the call gets NULL). */
  readonly bytes: Uint8Array | null;
  /** True when `fd` is in the set the call left. */
  has(fd: number): boolean;
}

/**
 * A bitmap set: bit `fd % 8` of byte `fd / 8` (little-endian words), of
 * descriptors {@linkcode listFds} has checked.
 */
function bitmapSet(fds: number[]): FdSet {
  if (fds.length === 0) return { bytes: null, has: () => false };
  const bytes = new Uint8Array(SETSIZE / 8);
  for (const fd of fds) {
    bytes[fd >>> 3] = (bytes[fd >>> 3] ?? 0) | (1 << (fd & 7));
  }
  return {
    bytes,
    has: (fd) => ((bytes[fd >>> 3] ?? 0) & (1 << (fd & 7))) !== 0,
  };
}

/** Winsock's set: `u_int fd_count`, then `fd_count` handles. */
function arraySet(fds: number[]): FdSet {
  if (fds.length === 0) return { bytes: null, has: () => false };
  const countAt = ARRAY_SET?.fields.fd_count?.[0];
  const arrayAt = ARRAY_SET?.fields.fd_array?.[0];
  if (countAt === undefined || arrayAt === undefined) {
    throw new Error("No Winsock fd_set in this table");
  }
  const unique = [...new Set(fds)];
  const bytes = new Uint8Array(arrayAt + unique.length * HANDLE_SIZE);
  const view = new DataView(bytes.buffer);
  view.setUint32(countAt, unique.length, LITTLE_ENDIAN);
  unique.forEach((fd, i) => {
    const at = arrayAt + i * HANDLE_SIZE;
    if (HANDLE_SIZE === 8) view.setBigUint64(at, BigInt(fd), LITTLE_ENDIAN);
    else view.setUint32(at, fd, LITTLE_ENDIAN);
  });
  let ready: Set<number> | null = null;
  return {
    bytes,
    has(fd) {
      if (!ready) {
        ready = new Set();
        const count = view.getUint32(countAt, LITTLE_ENDIAN);
        for (let i = 0; i < count; i++) {
          const at = arrayAt + i * HANDLE_SIZE;
          ready.add(
            HANDLE_SIZE === 8
              ? Number(view.getBigUint64(at, LITTLE_ENDIAN))
              : view.getUint32(at, LITTLE_ENDIAN),
          );
        }
      }
      return ready.has(fd);
    },
  };
}

const makeSet = ARRAY_SET ? arraySet : bitmapSet;

/**
 * The items of one of the three lists: any iterable but a string or a
 * bytes-like object; an iterator's own errors pass through.
 */
function listArg<T>(value: unknown, name: string): T[] {
  return iterableArg<T>(value, `select(): ${name}`);
}

/**
 * The descriptors of one list's items, each checked as CPython's
 * `seq2set()` checks it, in order: its descriptor, then (bitmap sets) that
 * it is below `FD_SETSIZE` and that the list has no more than
 * `FD_SETSIZE` items (CPython keeps one slot per item: a descriptor given
 * twice counts twice).
 */
function listFds(list: readonly Selectable[]): number[] {
  return list.map((item, i) => {
    const fd = fileDescriptor(item, "select()");
    if (ARRAY_SET) return fd;
    if (fd >= SETSIZE) {
      throw new RangeError(
        `select(): file descriptor ${fd} is out of range (FD_SETSIZE is ${SETSIZE})`,
      );
    }
    if (i >= SETSIZE) {
      throw new RangeError(
        `select(): too many file descriptors, got ${list.length} (FD_SETSIZE is ${SETSIZE})`,
      );
    }
    return fd;
  });
}

/**
 * Waits until some of the given descriptors are ready: `rlist` for
 * reading, `wlist` for writing, `xlist` for an exceptional condition
 * (out-of-band data; on Windows also a failed connect). Python's
 * `select.select`: returns three arrays of the same objects given (in the
 * order given) that are ready. Each item is a socket, a descriptor
 * (`number`) or any object with a `fileno()` method. `timeout` is in
 * seconds (0: poll without waiting); `null` or absent waits until one is
 * ready. The call blocks the thread, as Python's does; an interrupted call
 * (EINTR) is retried with the time left.
 *
 * Errors as Python's: a negative timeout or descriptor (a closed socket's
 * `fileno()` is -1) is a `RangeError`, and so is a timeout beyond
 * CPython's 64-bit nanoseconds (about 292 years; Infinity too); a
 * descriptor that is not open raises `error` EBADF (Windows:
 * WSAENOTSOCK); on Windows three empty lists raise `error` WSAEINVAL, as
 * Winsock does. Linux and macOS sets hold descriptors below `FD_SETSIZE`
 * (1024) only, and a list at most `FD_SETSIZE` items (a `RangeError`
 * beyond, as CPython's ValueError): use {@linkcode poll} for more.
 *
 * @example Waiting for a socket to become readable
 * ```ts
 * import { socketpair } from "@berkeley/socket";
 * import { select } from "@berkeley/socket/select";
 * const [a, b] = socketpair();
 * console.log(select([b], [], [], 0)); // [[], [], []]: nothing to read yet
 * a.sendall("ping");
 * const [readable, writable] = select([b], [a], [], 5);
 * console.log(readable[0] === b, writable[0] === a); // true true
 * a.close();
 * b.close();
 * ```
 */
export function select<
  R extends Selectable,
  W extends Selectable,
  X extends Selectable,
>(
  rlist: Iterable<R>,
  wlist: Iterable<W>,
  xlist: Iterable<X>,
  timeout?: number | null,
): [R[], W[], X[]] {
  // CPython's order: the timeout, then each list in turn, its items
  // converted as it is read.
  const seconds = timeoutValue(timeout, "select()");
  const r = listArg<R>(rlist, "rlist");
  const rfds = listFds(r);
  const w = listArg<W>(wlist, "wlist");
  const wfds = listFds(w);
  const x = listArg<X>(xlist, "xlist");
  const xfds = listFds(x);
  const fds = [rfds, wfds, xfds] as const;
  let nfds = 0;
  for (const group of fds) {
    for (const fd of group) nfds = Math.max(nfds, fd + 1);
  }
  const deadline = seconds === null ? null : performance.now() + seconds * 1000;
  let sets: [FdSet, FdSet, FdSet];
  for (;;) {
    sets = [makeSet(rfds), makeSet(wfds), makeSet(xfds)];
    let tv: Uint8Array | null = null;
    if (deadline !== null) {
      tv = packTimeval(Math.max(deadline - performance.now(), 0) / 1000);
    }
    const n = lib.select(
      ARRAY_SET ? 0 : nfds,
      sets[0].bytes,
      sets[1].bytes,
      sets[2].bytes,
      tv,
    );
    if (n >= 0) break;
    const err = lastErrno();
    if (err !== errno.EINTR) throw errorFromErrno(err);
  }
  const [rset, wset, xset] = sets;
  return [
    r.filter((_, i) => rset.has(rfds[i] ?? -1)),
    w.filter((_, i) => wset.has(wfds[i] ?? -1)),
    x.filter((_, i) => xset.has(xfds[i] ?? -1)),
  ];
}
