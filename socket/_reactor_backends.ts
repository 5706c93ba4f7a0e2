/**
 * The reactor's ways of waiting for many descriptors at once, behind one
 * interface (`Backend`): epoll on Linux (edge-triggered, each descriptor
 * added once and removed when it closes), kqueue on macOS, and a `pollfd`
 * array kept between waits for `poll` and Windows' `WSAPoll`. Each applies
 * its pending changes and gives the background wait's arguments, makes the
 * same wait on the main thread without waiting (`probe`), and reports what a
 * wait found; `_reactor.ts` decides when to wait and settles the calls.
 *
 * @module
 */
import type { BackgroundCall } from "../ffi/background.ts";
import type { NativeFunction } from "../ffi/mod.ts";
import {
  constants,
  errno,
  fcntl,
  features,
  lastErrno,
  layout,
  lib,
  reactor as table,
} from "../platform/mod.ts";
import { LITTLE_ENDIAN } from "../address/_struct.ts";
import { errorFromErrno } from "./errors.ts";
import type { Waiter } from "./_reactor.ts";

const C = constants;
const POLLIN = C.POLLIN;
const POLLOUT = C.POLLOUT;

/** A descriptor the reactor knows: its waiters and its place in the set. */
export class Entry {
  readonly fd: number;
  /** Distinguishes this entry from a later one for the same number. */
  readonly id: number;
  readonly readers: Waiter[] = [];
  readonly writers: Waiter[] = [];
  /** In the kernel's set (epoll), or in the `pollfd` array (poll). */
  armed = false;
  /** poll: the array slot, or -1. */
  slot = -1;
  /** poll: the events its slot asks for. */
  asked = 0;
  /** The descriptor is closing: never watch it again. */
  dead = false;

  constructor(fd: number, id: number) {
    this.fd = fd;
    this.id = id;
  }

  /** The events its waiters want. */
  wants(): number {
    return (this.readers.length ? POLLIN : 0) |
      (this.writers.length ? POLLOUT : 0);
  }
}

/** How the background wait is made: epoll or poll. */
export interface Backend {
  /** The C function, for messages. */
  readonly name: string;
  /** A change is waiting for the wait in flight to return. */
  readonly stale: boolean;
  /** Watches `entry` for what its waiters want: 0, or an errno. */
  arm(entry: Entry): number;
  /** `entry`'s waiters changed (some left). */
  disarm(entry: Entry): void;
  /** `entry`'s descriptor is about to close. */
  forget(entry: Entry): void;
  /** Applies pending changes; the arguments of a wait without timeout. */
  prepare(): (number | Uint8Array | null)[];
  /** The same wait on this thread without waiting: a count, or -1 (errno). */
  probe(): number;
  /**
   * Reports what the wait that returned `n` found: each ready entry, and
   * whether the wake-up channel was written.
   */
  collect(
    n: number,
    ready: (entry: Entry, readable: boolean, writable: boolean) => void,
  ): boolean;
}

// ---- epoll (Linux) ----------------------------------------------------------

const EPOLL_EVENTS = 4096;

const EPOLL_NAMES = [
  "EPOLLIN",
  "EPOLLOUT",
  "EPOLLERR",
  "EPOLLHUP",
  "EPOLLRDHUP",
  "EPOLLET",
  "EPOLL_CTL_ADD",
  "EPOLL_CTL_DEL",
  "EPOLL_CTL_MOD",
  "EPOLL_CLOEXEC",
] as const;

/** The epoll numbers of the platform's reactor table, each checked present. */
function epollConstants(
  k: Readonly<Record<string, number>>,
): Readonly<Record<typeof EPOLL_NAMES[number], number>> {
  const out: Partial<Record<typeof EPOLL_NAMES[number], number>> = {};
  for (const name of EPOLL_NAMES) {
    const value = k[name];
    if (value === undefined) throw new Error(`No ${name} in the epoll table`);
    out[name] = value;
  }
  return out as Readonly<Record<typeof EPOLL_NAMES[number], number>>;
}

export class Epoll implements Backend {
  readonly name = "epoll_pwait";
  readonly stale = false;
  readonly #k = epollConstants(table.constants);
  readonly #size: number;
  readonly #eventsAt: number;
  readonly #dataAt: number;
  readonly #epfd: number;
  readonly #events: Uint8Array;
  readonly #view: DataView;
  readonly #sigmask: Uint8Array;
  readonly #ctl: Uint8Array;
  readonly #ctlView: DataView;
  readonly #byId = new Map<number, Entry>();
  readonly #wait: NativeFunction;
  readonly #control: NativeFunction;
  /** The arguments of the background wait, the same every time. */
  readonly #args: (number | Uint8Array | null)[];

  constructor(background: BackgroundCall, wakeFd: number) {
    const l = layout("epoll_event");
    this.#size = l.size;
    this.#eventsAt = l.fields.events[0];
    this.#dataAt = l.fields.data[0];
    this.#wait = lib.epoll_pwait as NativeFunction;
    this.#control = lib.epoll_ctl as NativeFunction;
    this.#events = background.buffer(EPOLL_EVENTS * this.#size);
    this.#view = new DataView(this.#events.buffer);
    // Every signal blocked while the wait sleeps: they go to other threads.
    this.#sigmask = background.buffer(128).fill(0xff);
    this.#ctl = new Uint8Array(this.#size);
    this.#ctlView = new DataView(this.#ctl.buffer);
    const epfd = (lib.epoll_create1 as NativeFunction)(
      this.#k.EPOLL_CLOEXEC,
    ) as number;
    if (epfd < 0) throw errorFromErrno(lastErrno());
    this.#epfd = epfd;
    this.#args = [epfd, this.#events, EPOLL_EVENTS, -1, this.#sigmask];
    // The wake-up channel: level-triggered, id 0.
    if (this.#ctlOp(this.#k.EPOLL_CTL_ADD, wakeFd, this.#k.EPOLLIN, 0) < 0) {
      throw errorFromErrno(lastErrno());
    }
  }

  #ctlOp(op: number, fd: number, events: number, id: number): number {
    const v = this.#ctlView;
    v.setUint32(this.#eventsAt, events >>> 0, LITTLE_ENDIAN);
    v.setUint32(this.#dataAt, id, LITTLE_ENDIAN);
    v.setUint32(this.#dataAt + 4, 0, LITTLE_ENDIAN);
    return this.#control(this.#epfd, op, fd, this.#ctl) as number;
  }

  arm(entry: Entry): number {
    if (entry.armed) return 0;
    const k = this.#k;
    // Both directions, once, edge-triggered: every later change of
    // readiness is reported whoever waits, and nothing when nothing changes.
    const events = k.EPOLLIN | k.EPOLLOUT | k.EPOLLRDHUP | k.EPOLLET;
    if (this.#ctlOp(k.EPOLL_CTL_ADD, entry.fd, events, entry.id) < 0) {
      const err = lastErrno();
      // Watched under another entry (a socket rebuilt on a detached
      // descriptor): take the registration over.
      if (
        err !== errno.EEXIST ||
        this.#ctlOp(k.EPOLL_CTL_MOD, entry.fd, events, entry.id) < 0
      ) {
        return err === errno.EEXIST ? lastErrno() : err;
      }
    }
    entry.armed = true;
    this.#byId.set(entry.id, entry);
    return 0;
  }

  disarm(_entry: Entry): void {}

  forget(entry: Entry): void {
    if (!entry.armed) return;
    entry.armed = false;
    this.#byId.delete(entry.id);
    // Before close(): a duplicate of the descriptor would keep it watched.
    this.#ctlOp(this.#k.EPOLL_CTL_DEL, entry.fd, 0, 0);
  }

  prepare(): (number | Uint8Array | null)[] {
    return this.#args;
  }

  probe(): number {
    return this.#wait(
      this.#epfd,
      this.#events,
      EPOLL_EVENTS,
      0,
      this.#sigmask,
    ) as number;
  }

  collect(
    n: number,
    ready: (entry: Entry, readable: boolean, writable: boolean) => void,
  ): boolean {
    const k = this.#k;
    const r = k.EPOLLIN | k.EPOLLERR | k.EPOLLHUP | k.EPOLLRDHUP;
    const w = k.EPOLLOUT | k.EPOLLERR | k.EPOLLHUP;
    const view = this.#view;
    let woken = false;
    for (let i = 0, at = 0; i < n; i++, at += this.#size) {
      const id = view.getUint32(at + this.#dataAt, LITTLE_ENDIAN);
      if (id === 0) {
        woken = true;
        continue;
      }
      const entry = this.#byId.get(id);
      if (entry === undefined) continue; // closed since
      const events = view.getUint32(at + this.#eventsAt, LITTLE_ENDIAN);
      ready(entry, (events & r) !== 0, (events & w) !== 0);
    }
    return woken;
  }
}

// ---- kqueue (macOS) -----------------------------------------------------------

const KQUEUE_EVENTS = 4096;

export class Kqueue implements Backend {
  readonly name = "kevent";
  readonly stale = false;
  readonly #k = table.constants;
  readonly #size: number;
  readonly #at: {
    readonly ident: number;
    readonly filter: number;
    readonly flags: number;
    readonly udata: number;
  };
  readonly #kq: number;
  readonly #events: Uint8Array;
  readonly #view: DataView;
  readonly #changes: Uint8Array;
  readonly #changesView: DataView;
  /** A zero `struct timespec`: the synchronous calls never wait. */
  readonly #now: Uint8Array;
  readonly #byId = new Map<number, Entry>();
  readonly #kevent: NativeFunction;

  constructor(background: BackgroundCall, wakeFd: number) {
    const l = table.layouts!.kevent!;
    this.#size = l.size;
    this.#at = {
      ident: l.fields.ident![0],
      filter: l.fields.filter![0],
      flags: l.fields.flags![0],
      udata: l.fields.udata![0],
    };
    this.#kevent = lib.kevent as NativeFunction;
    this.#events = background.buffer(KQUEUE_EVENTS * this.#size);
    this.#view = new DataView(this.#events.buffer);
    this.#changes = new Uint8Array(2 * this.#size);
    this.#changesView = new DataView(this.#changes.buffer);
    this.#now = new Uint8Array(table.layouts!.timespec!.size);
    const kq = (lib.kqueue as NativeFunction)() as number;
    if (kq < 0) throw errorFromErrno(lastErrno());
    this.#kq = kq;
    if (fcntl(kq, C.F_SETFD, C.FD_CLOEXEC) < 0) {
      throw errorFromErrno(lastErrno());
    }
    // The wake-up channel: level-triggered, id 0.
    const err = this.#change(wakeFd, 0, this.#k.EV_ADD!, 1);
    if (err !== 0) throw errorFromErrno(err);
  }

  /** Writes `count` changes (read, then write filter) and applies them. */
  #change(fd: number, id: number, flags: number, count: number): number {
    const v = this.#changesView;
    const filters = [this.#k.EVFILT_READ!, this.#k.EVFILT_WRITE!];
    this.#changes.fill(0);
    for (let i = 0; i < count; i++) {
      const at = i * this.#size;
      v.setUint32(at + this.#at.ident, fd, LITTLE_ENDIAN);
      v.setInt16(at + this.#at.filter, filters[i]!, LITTLE_ENDIAN);
      v.setUint16(at + this.#at.flags, flags, LITTLE_ENDIAN);
      v.setUint32(at + this.#at.udata, id, LITTLE_ENDIAN);
    }
    const r = this.#kevent(
      this.#kq,
      this.#changes,
      count,
      null,
      0,
      this.#now,
    ) as number;
    return r < 0 ? lastErrno() : 0;
  }

  arm(entry: Entry): number {
    if (entry.armed) return 0;
    // Both filters, once, EV_CLEAR: reported on each change of readiness.
    const err = this.#change(
      entry.fd,
      entry.id,
      this.#k.EV_ADD! | this.#k.EV_CLEAR!,
      2,
    );
    if (err !== 0) return err;
    entry.armed = true;
    this.#byId.set(entry.id, entry);
    return 0;
  }

  disarm(_entry: Entry): void {}

  forget(entry: Entry): void {
    if (!entry.armed) return;
    entry.armed = false;
    this.#byId.delete(entry.id);
    // close() drops a descriptor's filters; deleting first keeps a
    // duplicate of the descriptor from reporting to a gone entry.
    this.#change(entry.fd, 0, this.#k.EV_DELETE!, 2);
  }

  prepare(): (number | Uint8Array | null)[] {
    return [this.#kq, null, 0, this.#events, KQUEUE_EVENTS, null];
  }

  probe(): number {
    return this.#kevent(
      this.#kq,
      null,
      0,
      this.#events,
      KQUEUE_EVENTS,
      this.#now,
    ) as number;
  }

  collect(
    n: number,
    ready: (entry: Entry, readable: boolean, writable: boolean) => void,
  ): boolean {
    const k = this.#k;
    const view = this.#view;
    let woken = false;
    for (let i = 0, at = 0; i < n; i++, at += this.#size) {
      const id = view.getUint32(at + this.#at.udata, LITTLE_ENDIAN);
      if (id === 0) {
        woken = true;
        continue;
      }
      const entry = this.#byId.get(id);
      if (entry === undefined) continue; // closed since
      const filter = view.getInt16(at + this.#at.filter, LITTLE_ENDIAN);
      const failed =
        (view.getUint16(at + this.#at.flags, LITTLE_ENDIAN) & k.EV_ERROR!) !==
          0;
      ready(
        entry,
        failed || filter === k.EVFILT_READ,
        failed || filter === k.EVFILT_WRITE,
      );
    }
    return woken;
  }
}

// ---- poll / WSAPoll -----------------------------------------------------------

const POLLFD = layout("pollfd");
const FD_AT = POLLFD.fields.fd;
const EVENTS_AT = POLLFD.fields.events[0];
const REVENTS_AT = POLLFD.fields.revents[0];

export class Poll implements Backend {
  readonly name = features.pollSymbol;
  #stale = false;
  readonly #background: BackgroundCall;
  readonly #poll: NativeFunction;
  #fds: Uint8Array;
  #view: DataView;
  /** The entry in each slot; slot 0 is the wake-up channel. */
  readonly #slots: (Entry | null)[] = [null];
  readonly #dirty = new Set<Entry>();

  constructor(background: BackgroundCall, wakeFd: number) {
    this.#background = background;
    this.#poll = lib[features.pollSymbol] as NativeFunction;
    this.#fds = background.buffer(64 * POLLFD.size);
    this.#view = new DataView(this.#fds.buffer);
    this.#write(0, wakeFd, POLLIN);
  }

  get stale(): boolean {
    return this.#stale;
  }

  #write(slot: number, fd: number, events: number): void {
    const at = slot * POLLFD.size;
    const [offset, size] = FD_AT;
    if (size === 8) {
      this.#view.setBigInt64(at + offset, BigInt(fd), LITTLE_ENDIAN);
    } else {
      this.#view.setInt32(at + offset, fd, LITTLE_ENDIAN);
    }
    this.#view.setInt16(at + EVENTS_AT, events, LITTLE_ENDIAN);
    this.#view.setInt16(at + REVENTS_AT, 0, LITTLE_ENDIAN);
  }

  #mark(entry: Entry): void {
    const wants = entry.dead ? 0 : entry.wants();
    if (wants === (entry.slot >= 0 ? entry.asked : 0)) {
      this.#dirty.delete(entry);
      return;
    }
    this.#dirty.add(entry);
    this.#stale = true;
  }

  arm(entry: Entry): number {
    this.#mark(entry);
    return 0;
  }

  disarm(entry: Entry): void {
    this.#mark(entry);
  }

  forget(entry: Entry): void {
    entry.dead = true;
    this.#mark(entry);
  }

  prepare(): (number | Uint8Array | null)[] {
    for (const entry of this.#dirty) {
      const wants = entry.dead ? 0 : entry.wants();
      if (wants === 0 && entry.slot < 0) continue;
      if (wants === 0) {
        // Swap the last slot into this one.
        const last = this.#slots.length - 1;
        const moved = this.#slots[last]!;
        if (moved !== entry) {
          this.#fds.copyWithin(
            entry.slot * POLLFD.size,
            last * POLLFD.size,
            (last + 1) * POLLFD.size,
          );
          this.#slots[entry.slot] = moved;
          moved.slot = entry.slot;
        }
        this.#slots.pop();
        entry.slot = -1;
        entry.asked = 0;
        continue;
      }
      if (entry.slot < 0) {
        entry.slot = this.#slots.length;
        this.#slots.push(entry);
        if (this.#fds.byteLength < this.#slots.length * POLLFD.size) {
          const bigger = this.#background.buffer(this.#fds.byteLength * 2);
          bigger.set(this.#fds);
          this.#fds = bigger;
          this.#view = new DataView(bigger.buffer);
        }
      }
      this.#write(entry.slot, entry.fd, wants);
      entry.asked = wants;
    }
    this.#dirty.clear();
    this.#stale = false;
    return [this.#fds, this.#slots.length, -1];
  }

  probe(): number {
    return this.#poll(this.#fds, this.#slots.length, 0) as number;
  }

  collect(
    n: number,
    ready: (entry: Entry, readable: boolean, writable: boolean) => void,
  ): boolean {
    if (n <= 0) return false;
    // Errors and hang-ups count as ready: the retried call reports them.
    const bad = C.POLLERR | C.POLLHUP | C.POLLNVAL;
    let woken = false;
    const found: [Entry, number][] = [];
    for (const [i, entry] of this.#slots.entries()) {
      const revents = this.#view.getInt16(
        i * POLLFD.size + REVENTS_AT,
        LITTLE_ENDIAN,
      );
      if (revents === 0) continue;
      if (entry === null) woken = true;
      else if (!entry.dead) found.push([entry, revents]);
    }
    // Reported after the scan: settling waiters changes the slots.
    for (const [entry, revents] of found) {
      ready(
        entry,
        (revents & (POLLIN | bad)) !== 0,
        (revents & (POLLOUT | bad)) !== 0,
      );
    }
    return woken;
  }
}
