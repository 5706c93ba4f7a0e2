/**
 * The sequence fuzz of the asynchronous layer: `sock_*` calls, the
 * reactor, the `readable`/`writable` streams and the background wait,
 * driven through seeded interleavings of operations on a few connected
 * pairs, with a model of what each pair must deliver.
 *
 * The one-call fuzz (`_fuzz.ts`) makes one hostile call per case; the bugs
 * of an asynchronous layer live in sequences instead: a close while calls
 * wait, a mode change between waits, two calls pending on one socket, a
 * stream read racing a `sock_recv`, a cancel or an abort mid-transfer,
 * many sockets woken together.
 *
 * A case (`seqCase(seed, index)`) opens 1-3 pairs (TCP loopback, Unix
 * stream on Linux, `socketpair()`, UDP loopback), then makes 20-60 steps.
 * Each step draws a fixed number of values from the case's generator
 * (so the sequence of draws never depends on timing) and reads them as an
 * operation with its arguments: `sock_sendall`, `sock_sendfile` (from
 * an offset of a random file), `sock_recv`, `sock_recv_into`,
 * `sock_recvfrom`, `sock_recvfrom_into`, `sock_sendto`, `sock_accept`
 * and `sock_connect` (new pairs mid-case; the listener closed while an
 * accept waits), synchronous `send`/`recv`/`sendto`/`recvfrom` (never on
 * a blocking descriptor), `settimeout`/`setblocking`, `shutdown`, `close`
 * of either end while calls wait, `detach` (and the descriptor adopted
 * again), `dup`, reads/cancel of `readable` (default or BYOB reader),
 * writes/close/abort of `writable`, and bursts of 40 or 1,100 receives
 * on one socket woken by one send (the reactor's large wake-ups); then
 * lets the event loop run for none, a microtask, a macrotask or a
 * millisecond. An operation the model forbids at that point (a second
 * sender on a byte stream, whose bytes would interleave at unknown
 * points) is skipped. Once a case has added a pair, which depends on
 * timing, its later draws may pick other pairs; outcomes depend on timing
 * too: a case replays the same operations, or nearly, but not always the
 * same results.
 *
 * Not reached: two sends at once on one byte stream (no model of their
 * interleaving), `pipeTo`, `makefile`, sockets of other families; under
 * Windows, a mode change on a socket with a live `dup()` (Wine shares the
 * blocking mode between duplicates and has no MSG_DONTWAIT: a duplicate
 * set blocking makes the other's `sock_*` calls block).
 *
 * Judged exactly:
 * - every call settles with a result or one of our errors (`error`, its
 *   `timeout` only when the socket had a positive timeout), with EBADF only
 *   when its socket was closed, EAGAIN only from a synchronous call on a
 *   non-blocking socket, and EPIPE/ECONNRESET/ENOTCONN/... only once the
 *   pair was shut down or closed; a call pending when its socket closes
 *   settles before the next macrotask; after the last close nothing is
 *   left pending;
 * - byte streams: the chunks each end received tile, in an order that
 *   agrees with when each call began and ended, exactly the bytes the
 *   other end's successful sends report (a send that failed may have sent
 *   any prefix of its data); the stream is drained at the end, so nothing
 *   may be missing; no end of stream before the sender shut down or
 *   closed, and no data after it;
 * - datagrams: each received one is a whole sent datagram (or its first
 *   `n` bytes), from the right address, received at most once, from a
 *   send that did not fail;
 * - no socket descriptor (socket handle on Windows) left open by the case.
 * That the reactor is idle after a run (nothing keeps the process alive)
 * is judged by the driver (`_seqfuzz_driver.ts`): each child must exit by
 * itself once its cases are done.
 *
 * Network: loopback only (127.0.0.1), Unix paths in the private temporary
 * directory of `_fuzz_case.ts`, and `socketpair()`.
 *
 * The model (pairs, sides, what each direction sent and received, and the
 * judgement of a byte stream) is in `_seqfuzz_model.ts`; this file draws
 * and makes the operations.
 *
 * Long run: `deno task seqfuzz [cases] [seed] [deno|bun|both]` (default
 * 2,000 cases of seed 1 on both runtimes); one case alone:
 * `deno run -A tests/_seqfuzz_child.ts SEED INDEX 1`.
 */
import {
  closeSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import * as mod from "../mod.ts";
import {
  error,
  sock_accept,
  sock_connect,
  sock_recv,
  sock_recv_into,
  sock_recvfrom,
  sock_recvfrom_into,
  sock_sendall,
  sock_sendfile,
  sock_sendto,
  type SocketType,
  timeout,
} from "../mod.ts";
import { constants as C, errno as E } from "../platform/mod.ts";
import { runtime } from "../ffi/mod.ts";
import { reactorState } from "../socket/_reactor.ts";
import { select } from "../select/mod.ts";
import { caseSeed, LINUX, Rng, setup, tmp, WINDOWS } from "./_fuzz_case.ts";
import { openSockets } from "./_fuzz.ts";
import {
  BROKEN,
  debugging,
  type Direction,
  End,
  type Op,
  Pair,
  type PairKind,
  same,
  type Side,
  streamFindings,
} from "./_seqfuzz_model.ts";

/** A bound on anything that must settle (a hang otherwise). */
const HANG_MS = 5000;

const turn = (): Promise<void> => new Promise((r) => setImmediate(r));

/** The reason given to `writer.abort()`: queued writes reject with it. */
class AbortReason extends Error {}

/** The bytes of the file `sock_sendfile()` sends from (random, 300 KB). */
const FILE = (() => {
  const out = new Uint8Array(300_000);
  let h = 0x2545f491;
  for (let i = 0; i < out.length; i++) {
    h ^= h << 13;
    h ^= h >>> 17;
    h ^= h << 5;
    out[i] = h & 255;
  }
  return out;
})();
let fileFd = -1;

/** The descriptor of a file holding {@linkcode FILE}, opened once. */
function seqFile(): number {
  if (fileFd < 0) {
    const path = `${tmp}/seqfuzz-file`;
    writeFileSync(path, FILE);
    fileFd = openSync(path, "r");
  }
  return fileFd;
}

/** Closes what the sequence fuzz opened for all its cases. */
export function seqTeardown(): void {
  if (fileFd >= 0) closeSync(fileFd);
  fileFd = -1;
}

/** What a case found. */
export interface SeqOutcome {
  readonly index: number;
  readonly steps: number;
  readonly ops: number;
  readonly bytes: number;
  readonly findings: string[];
}

// ---------------------------------------------------------------------------
// A case.

class SeqCase {
  readonly rng: Rng;
  readonly index: number;
  clock = 0;
  nextOp = 1;
  nextReader = 1;
  nextDatagram = 1;
  readonly pairs: Pair[] = [];
  readonly ends: End[] = [];
  readonly ops: Op[] = [];
  readonly findings: string[] = [];
  readonly extra: SocketType[] = [];
  /** Checks to make after the next macrotask: ops that must have settled. */
  mustSettle: { op: Op; why: string }[] = [];
  listener: SocketType | null = null;
  unixListener: SocketType | null = null;
  unixPath = "";
  accepting: Op | null = null;
  acceptingOn: SocketType | null = null;
  /** The listener each client connected to, or each connection came from. */
  readonly listenerOf = new Map<SocketType, SocketType>();
  /** Calls that may reject with EBADF though they name no socket of a pair. */
  readonly badf = new Set<Op>();
  listeners = 0;
  /** Each sock_connect() made, and its listener. */
  readonly connecting: { op: Op; listener: SocketType }[] = [];
  /** Connects whose listener closed: ECONNRESET/ECONNREFUSED allowed. */
  readonly refused = new Set<Op>();
  /** Connected clients not yet paired with their accepted end. */
  clients: SocketType[] = [];
  accepted: SocketType[] = [];
  bytes = 0;
  /** The case is closing everything (the listener's calls fail EBADF). */
  closing = false;

  constructor(seed: number, index: number) {
    this.index = index;
    this.rng = new Rng(caseSeed(seed, index));
  }

  /**
   * The sockets the case opened, as `openSockets()` names them (the
   * socket's inode on Linux, its handle on Windows): a leak is one of
   * these left open, not a socket the runtime opened for itself meanwhile.
   */
  readonly owned = new Set<string>();

  own(s: SocketType): void {
    const fd = s.fileno();
    this.owned.add(`handle:${fd}`);
    if (LINUX) {
      try {
        this.owned.add(readlinkSync(`/proc/self/fd/${fd}`));
      } catch {
        // closed already
      }
    }
  }

  find(text: string): void {
    if (this.findings.length < 20) this.findings.push(text);
  }

  tick(): number {
    return ++this.clock;
  }

  // ---- ops ----------------------------------------------------------------

  /** Tracks the promise of an operation; `ok`/`bad` see its outcome. */
  track<T>(
    what: string,
    end: End | null,
    promise: Promise<T>,
    ok: (value: T, op: Op) => void,
    bad?: (e: unknown, op: Op) => void,
    opts: { allowAbort?: boolean } = {},
  ): Op {
    const op: Op = {
      id: this.nextOp++,
      what: `#${this.nextOp - 1} ${what}${end ? ` on ${end.name}` : ""}`,
      end,
      started: this.tick(),
      settled: false,
      allowTimeout: end !== null && (end.timeout ?? 0) > 0,
      allowAbort: opts.allowAbort ?? false,
      sync: false,
    };
    this.ops.push(op);
    if (debugging()) console.error(`start ${op.what} @${op.started}`);
    end?.pending.add(op);
    promise.then(
      (v) => {
        if (debugging()) console.error(`ok ${op.what} @${this.clock}`);
        op.settled = true;
        end?.pending.delete(op);
        try {
          ok(v, op);
        } catch (e) {
          this.find(`${op.what}: the model failed: ${String(e)}`);
        }
      },
      (e) => {
        if (debugging()) console.error(`err ${op.what} @${this.clock}: ${e}`);
        op.settled = true;
        end?.pending.delete(op);
        this.judge(op, e);
        bad?.(e, op);
      },
    );
    return op;
  }

  /** A synchronous call: its result, or undefined when it threw (judged). */
  syncCall<T>(what: string, end: End, f: () => T): T | undefined {
    const op: Op = {
      id: this.nextOp++,
      what: `#${this.nextOp - 1} ${what} on ${end.name}`,
      end,
      started: this.tick(),
      settled: true,
      allowTimeout: (end.timeout ?? 0) > 0,
      allowAbort: false,
      sync: true,
    };
    this.ops.push(op);
    if (debugging()) console.error(`sync ${op.what} @${op.started}`);
    try {
      return f();
    } catch (e) {
      this.judge(op, e);
      return undefined;
    }
  }

  /** Judges the error an operation settled with. */
  judge(op: Op, e: unknown): void {
    const end = op.end;
    if (op.allowAbort && e instanceof AbortReason) return;
    if (!(e instanceof error)) {
      this.find(
        `${op.what}: not our error: ${
          e instanceof Error ? `${e.name}: ${e.message}` : String(e)
        }`,
      );
      return;
    }
    if (e instanceof timeout) {
      if (!op.allowTimeout && !(end?.positive ?? false)) {
        this.find(`${op.what}: timeout without a positive timeout`);
      }
      return;
    }
    const code = e.errno;
    if (code === E.EBADF) {
      if (end === null ? !this.closing && !this.badf.has(op) : end.alive) {
        this.find(`${op.what}: EBADF on an open socket`);
      }
      return;
    }
    // Windows: a datagram longer than the buffer fails WSAEMSGSIZE (its
    // first bytes filled in, the rest discarded), as CPython raises there.
    if (
      WINDOWS && code === E.EMSGSIZE && end !== null && !end.side.pair.stream
    ) {
      return;
    }
    if (
      this.refused.has(op) &&
      (code === E.ECONNRESET || code === E.ECONNREFUSED)
    ) return;
    if (code === E.EAGAIN || code === E.EWOULDBLOCK) {
      if (!op.sync) this.find(`${op.what}: EAGAIN from an asynchronous call`);
      return;
    }
    if (
      code !== null && BROKEN.has(code) && end !== null && end.side.pair.broken
    ) return;
    this.find(`${op.what}: unexpected ${e.name} errno ${code}: ${e.message}`);
  }

  // ---- pairs --------------------------------------------------------------

  async open(kind: PairKind): Promise<Pair | null> {
    const pair = new Pair(kind, `${kind}${this.pairs.length}`);
    let a: SocketType;
    let b: SocketType;
    if (kind === "socketpair") {
      [a, b] = mod.socketpair();
    } else if (kind === "udp") {
      a = mod.socket(C.AF_INET, C.SOCK_DGRAM);
      b = mod.socket(C.AF_INET, C.SOCK_DGRAM);
      a.bind(["127.0.0.1", 0]);
      b.bind(["127.0.0.1", 0]);
    } else {
      const listener = this.listen(kind);
      const client = kind === "tcp"
        ? mod.socket(C.AF_INET, C.SOCK_STREAM)
        : mod.socket(C.AF_UNIX, C.SOCK_STREAM);
      this.extra.push(client);
      listener.setblocking(false);
      this.own(client);
      client.setblocking(this.rng.chance(0.5) ? false : true);
      const accepting = sock_accept(listener);
      const connecting = sock_connect(client, listener.getsockname());
      const got = await bounded(Promise.all([accepting, connecting]));
      if (got === null) {
        this.find(
          `${pair.name}: sock_accept/sock_connect did not settle: ${await hung(
            listener,
            client,
            accepting,
            connecting,
          )}`,
        );
        return null;
      }
      this.extra.splice(this.extra.indexOf(client), 1);
      a = client;
      b = got[0][0];
    }
    this.adopt(pair, a, b);
    return pair;
  }

  listen(kind: "tcp" | "unix"): SocketType {
    if (kind === "tcp") {
      if (!this.listener) {
        const l = mod.socket(C.AF_INET, C.SOCK_STREAM);
        l.bind(["127.0.0.1", 0]);
        l.listen(8);
        this.own(l);
        this.listener = l;
      }
      return this.listener;
    }
    if (!this.unixListener) {
      const l = mod.socket(C.AF_UNIX, C.SOCK_STREAM);
      this.unixPath = `${tmp}/seq-${this.index}-${this.listeners++}`;
      l.bind(this.unixPath);
      l.listen(8);
      this.own(l);
      this.unixListener = l;
    }
    return this.unixListener;
  }

  adopt(pair: Pair, a: SocketType, b: SocketType): void {
    for (const [i, s] of [a, b].entries()) {
      const side = pair.sides[i]!;
      const t = [0, null, 0.05, 5][this.rng.int(4)]!;
      s.settimeout(t);
      side.blocking = t === null;
      if (!pair.stream) this.nameOf(s);
      this.own(s);
      const end = new End(s, side, `${pair.name}${i ? "b" : "a"}`);
      side.ends.push(end);
      this.ends.push(end);
    }
    this.pairs.push(pair);
  }

  // ---- steps --------------------------------------------------------------

  /** One step: draws 8 values, whatever operation they turn out to be. */
  async step(): Promise<void> {
    const r = Array.from({ length: 8 }, () => this.rng.next());
    const pair = this.pairs[Math.floor(r[0]! * this.pairs.length)];
    if (pair) {
      const side = pair.sides[r[1]! < 0.5 ? 0 : 1];
      const ends = side.ends;
      const end = ends[Math.floor(r[2]! * ends.length)]!;
      // Mostly an open end; now and then a closed one (EBADF expected).
      const live = ends.filter((e) => e.alive);
      const target = live.length && r[3]! < 0.95
        ? live[Math.floor(r[3]! * live.length) % live.length]!
        : end;
      if (pair.stream) this.streamOp(target, r);
      else this.dgramOp(target, r);
    }
    await this.yieldTo(r[7]!);
    // A call pending when its socket closed settles within a turn.
    if (this.mustSettle.length) {
      await turn();
      this.checkSettled();
    }
  }

  async yieldTo(x: number): Promise<void> {
    if (x < 0.2) return;
    if (x < 0.4) return await Promise.resolve();
    if (x < 0.95) return await turn();
    await new Promise((r) => setTimeout(r, 1));
  }

  checkSettled(): void {
    for (const { op, why } of this.mustSettle) {
      if (!op.settled) this.find(`${op.what}: not settled a turn after ${why}`);
    }
    this.mustSettle = [];
  }

  /** Random bytes of a size drawn from `x`. */
  data(x: number, y: number): Uint8Array {
    const n = x < 0.6
      ? 1 + Math.floor(y * 64)
      : x < 0.9
      ? 1 + Math.floor(y * 4096)
      : 65536 + Math.floor(y * 400000);
    const out = new Uint8Array(n);
    let h = this.rng.int(0x7fffffff) | 1;
    for (let i = 0; i < n; i++) {
      h ^= h << 13;
      h ^= h >>> 17;
      h ^= h << 5;
      out[i] = h & 255;
    }
    return out;
  }

  readSize(x: number): number {
    return x < 0.5 ? 1 + Math.floor(x * 64) : 1 + Math.floor(x * 70000);
  }

  chunk(
    d: Direction,
    end: End,
    op: Op,
    bytes: Uint8Array,
    group = 0,
    index = 0,
  ): void {
    const observed = this.tick();
    if (bytes.length === 0) {
      d.eofs.push({ started: op.started, observed, what: op.what });
      if (observed <= d.cutoff && !d.ended && !end.side.pair.broken) {
        this.find(`${op.what}: end of stream before the peer shut down`);
      }
      return;
    }
    this.bytes += bytes.length;
    d.chunks.push({
      bytes: bytes.slice(),
      started: op.started,
      observed,
      group,
      index,
      what: op.what,
    });
  }

  /** A synchronous call on `end` blocks the event loop 50 ms at most. */
  quick(end: End): boolean {
    return !end.side.blocking && end.timeout !== null && end.timeout <= 0.05;
  }

  canSend(end: End): boolean {
    const d = end.side.out;
    return end.alive && d.busy === 0 && !d.stopped &&
      !(end.writer !== null && !end.writerDone);
  }

  streamOp(end: End, r: number[]): void {
    const x = r[4]!;
    const side = end.side;
    const pair = side.pair;
    const out = side.out;
    const inn = side.in;
    const s = end.s;
    if (x < 0.02) {
      // sock_sendfile: part of the case's file, from an offset. Not on
      // Deno under Windows (its node:fs descriptors cannot be read there:
      // EOPNOTSUPP, tested in socket_py3_test.ts).
      if (WINDOWS && runtime === "deno") return;
      if (!end.alive ? r[5]! > 0.1 : !this.canSend(end)) return;
      const file = seqFile();
      const offset = Math.floor(r[5]! * FILE.length);
      const count = r[6]! < 0.3 ? undefined : Math.ceil(r[6]! * 100000);
      const rest = FILE.subarray(offset, count ? offset + count : undefined);
      out.busy++;
      out.owner = null;
      const op = this.track(
        `sock_sendfile(${offset}, ${count})`,
        end,
        sock_sendfile(s, file, offset, count),
        (n) => {
          out.busy--;
          if (n !== rest.length) {
            this.find(`${op.what}: sent ${n} of ${rest.length} bytes`);
          }
          for (const b of rest.subarray(0, n)) out.sent.push(b);
        },
        () => {
          out.busy--;
          if (end.alive || out.tail === null) this.fail(out, rest);
        },
      );
    } else if (x < 0.14) {
      // sock_sendall
      if (!end.alive ? r[5]! > 0.1 : !this.canSend(end)) return;
      const data = this.data(r[5]!, r[6]!);
      out.busy++;
      out.owner = null;
      this.track(
        `sock_sendall(${data.length})`,
        end,
        sock_sendall(s, data),
        () => {
          out.busy--;
          for (const b of data) out.sent.push(b);
        },
        () => {
          out.busy--;
          if (end.alive || out.tail === null) this.fail(out, data);
        },
      );
    } else if (x < 0.28) {
      // sock_recv
      const n = this.readSize(r[5]!);
      const op = this.track(`sock_recv(${n})`, end, sock_recv(s, n), (v) => {
        if (v.length > n) this.find(`${op.what}: ${v.length} bytes`);
        this.chunk(inn, end, op, v);
      });
    } else if (x < 0.36) {
      // sock_recv_into
      const size = this.readSize(r[5]!);
      const buf = new Uint8Array(size);
      const nbytes = r[6]! < 0.5 ? undefined : Math.ceil(r[6]! * size);
      const limit = nbytes || size;
      const op = this.track(
        `sock_recv_into(${size}, ${nbytes})`,
        end,
        sock_recv_into(s, buf, nbytes),
        (n) => {
          if (n > limit || n < 0) this.find(`${op.what}: ${n} bytes`);
          this.chunk(inn, end, op, buf.subarray(0, n));
        },
      );
    } else if (x < 0.42) {
      // synchronous send/recv, never on a blocking descriptor
      if (!this.quick(end)) return;
      if (r[5]! < 0.5) {
        if (!this.canSend(end) && end.alive) return;
        const data = this.data(r[6]!, r[5]!);
        const n = this.syncCall(
          `send(${data.length})`,
          end,
          () => s.send(data),
        );
        if (n !== undefined) {
          for (let i = 0; i < n; i++) out.sent.push(data[i]!);
        }
      } else {
        const n = this.readSize(r[6]!);
        const op = this.ops.length;
        const v = this.syncCall(`recv(${n})`, end, () => s.recv(n));
        if (v !== undefined) this.chunk(inn, end, this.ops[op]!, v);
      }
    } else if (x < 0.5) {
      // settimeout / setblocking
      const t = [0, null, 0.01, 0.05, 5][Math.floor(r[5]! * 5)]!;
      // Wine shares a socket's blocking mode between its duplicates, as
      // POSIX does, but has no MSG_DONTWAIT: a duplicate made blocking
      // would make the other's sock_* calls block (not fuzzed there).
      if (WINDOWS && side.ends.filter((e) => e.alive).length > 1) return;
      this.syncCall(`settimeout(${t})`, end, () => {
        if (r[6]! < 0.3 && (t === 0 || t === null)) s.setblocking(t === null);
        else s.settimeout(t);
        end.timeout = t;
        if (t !== null && t > 0) end.positive = true;
        side.blocking = t === null;
      });
    } else if (x < 0.56) {
      // readable: read
      if (!end.alive && r[5]! > 0.1) return;
      if (end.cancelled) return;
      const reader = this.readerOf(end, r[5]!);
      if (reader === null) return;
      const group = end.readerId;
      const index = end.readIndex++;
      let promise: Promise<ReadableStreamReadResult<Uint8Array>>;
      if (end.readerKind === "byob") {
        const size = this.readSize(r[6]!);
        promise = (reader as ReadableStreamBYOBReader).read(
          new Uint8Array(size),
        );
      } else {
        promise = (reader as ReadableStreamDefaultReader<Uint8Array>).read();
      }
      const op = this.track("readable read", end, promise, (v) => {
        if (v.done) {
          if (!end.cancelled) this.chunk(inn, end, op, new Uint8Array(0));
        } else this.chunk(inn, end, op, v.value, group, index);
      });
      op.allowTimeout = true;
    } else if (x < 0.58) {
      // readable: cancel
      if (!end.alive || end.cancelled || r[5]! < 0.5) return;
      const reader = this.readerOf(end, r[6]!);
      if (reader === null) return;
      end.cancelled = true;
      this.giveUp(inn, pair);
      const op = this.track("readable cancel", end, reader.cancel(), () => {});
      op.allowTimeout = true;
    } else if (x < 0.66) {
      // writable: write
      if (!end.alive || end.writerDone) return;
      // The writable queues its own writes; another's would interleave.
      if (end.writer === null && !this.canSend(end)) return;
      if (out.busy > 0 && out.owner !== end) return;
      if (out.stopped) return;
      const writer = this.writerOf(end);
      if (writer === null) return;
      const data = this.data(r[5]!, r[6]!);
      out.busy++;
      out.owner = end;
      const op = this.track(
        `writable write(${data.length})`,
        end,
        writer.write(data),
        () => {
          out.busy--;
          for (const b of data) out.sent.push(b);
        },
        (e) => {
          out.busy--;
          end.writeFailed = true;
          if (!(e instanceof AbortReason)) this.fail(out, data);
        },
        { allowAbort: true },
      );
      op.allowTimeout = true;
    } else if (x < 0.69) {
      // writable: close or abort
      if (!end.alive || end.writer === null || end.writerDone) return;
      const writer = end.writer;
      end.writerDone = true;
      out.stopped = true;
      out.ended = true;
      pair.broken = true;
      if (r[5]! < 0.5) {
        // The Streams standard: closing an errored writable is a TypeError.
        const closing = writer.close().catch((e) => {
          if (e instanceof TypeError && end.writeFailed) return;
          throw e;
        });
        this.track("writable close", end, closing, () => {}).allowTimeout =
          true;
      } else {
        end.aborted = true;
        this.track(
          "writable abort",
          end,
          writer.abort(new AbortReason("aborted")),
          () => {},
          undefined,
          { allowAbort: true },
        ).allowTimeout = true;
      }
    } else if (x < 0.75) {
      // shutdown
      const how = [C.SHUT_RD, C.SHUT_WR, C.SHUT_RDWR][Math.floor(r[5]! * 3)]!;
      this.syncCall(`shutdown(${how})`, end, () => {
        if (end.alive) {
          pair.broken = true;
          if (how !== C.SHUT_RD) {
            out.stopped = true;
            out.ended = true;
          }
          if (how !== C.SHUT_WR) this.giveUp(inn, pair);
        }
        s.shutdown(how);
      });
    } else if (x < 0.8) {
      // close, while calls wait
      if (!end.alive) return;
      this.close(end);
    } else if (x < 0.84) {
      // detach, adopted again as a new socket object
      if (!end.alive) return;
      const pending = [...end.pending];
      const fd = this.syncCall("detach", end, () => s.detach());
      if (fd === undefined) return;
      end.closedAt = this.tick();
      for (const op of pending) this.mustSettle.push({ op, why: "detach" });
      const again = new mod.SocketType(s.family, s.type, s.proto, fd);
      const t = end.timeout;
      again.settimeout(t);
      this.own(again);
      const next = new End(again, side, `${end.name}'`);
      side.ends.push(next);
      this.ends.push(next);
    } else if (x < 0.87) {
      // dup
      if (!end.alive || side.ends.length >= 3) return;
      const copy = this.syncCall("dup", end, () => s.dup());
      if (copy === undefined) return;
      this.own(copy);
      const next = new End(copy, side, `${end.name}+`);
      side.ends.push(next);
      this.ends.push(next);
    } else if (x < 0.9) {
      // a new connection on the case's listener
      if (pair.kind === "tcp" || pair.kind === "unix") {
        this.connectMore(pair.kind, r[5]!);
      }
    } else if (x < 0.915) {
      // A burst of small receives on one socket, all woken by one send:
      // the reactor's large wake-ups (HAND_OFF, ONE_BY_ONE in _reactor.ts).
      if (!end.alive) return;
      const count = r[5]! < 0.7 ? 40 : 1100;
      const n = 1 + Math.floor(r[6]! * 4);
      for (let i = 0; i < count; i++) {
        if (i & 1) {
          const buf = new Uint8Array(n);
          const op = this.track(
            `burst sock_recv_into(${n})`,
            end,
            sock_recv_into(s, buf),
            (k) => {
              this.chunk(inn, end, op, buf.subarray(0, k));
            },
          );
        } else {
          const op = this.track(
            `burst sock_recv(${n})`,
            end,
            sock_recv(s, n),
            (v) => {
              this.chunk(inn, end, op, v);
            },
          );
        }
      }
    }
  }

  readerOf(
    end: End,
    x: number,
  ): ReadableStreamDefaultReader<Uint8Array> | ReadableStreamBYOBReader | null {
    if (end.reader) return end.reader;
    try {
      const stream = end.s.readable;
      end.readerId = this.nextReader++;
      end.reader = x < 0.5
        ? stream.getReader({ mode: "byob" })
        : stream.getReader();
      end.readerKind = x < 0.5 ? "byob" : "default";
      return end.reader;
    } catch (e) {
      this.find(`readable of ${end.name}: ${String(e)}`);
      return null;
    }
  }

  writerOf(end: End): WritableStreamDefaultWriter<Uint8Array> | null {
    if (end.writer) return end.writer;
    try {
      end.writer = end.s.writable.getWriter();
      return end.writer;
    } catch (e) {
      this.find(`writable of ${end.name}: ${String(e)}`);
      return null;
    }
  }

  /** A send of `data` failed: it may have sent any prefix; nothing after. */
  fail(d: Direction, data: Uint8Array): void {
    if (d.tail === null) d.tail = data;
    d.stopped = true;
  }

  /** The receiver of `d` gave up reading: later chunks are not judged. */
  giveUp(d: Direction, pair: Pair): void {
    pair.broken = true;
    if (d.cutoff === Infinity) d.cutoff = this.tick();
  }

  close(end: End): void {
    const pending = [...end.pending];
    this.syncCall("close", end, () => end.s.close());
    end.closedAt = this.tick();
    for (const op of pending) this.mustSettle.push({ op, why: "close" });
    const side = end.side;
    if (!side.alive) {
      const pair = side.pair;
      pair.broken = true;
      this.giveUp(side.in, pair);
      side.out.stopped = true;
      side.out.ended = true;
      // TCP: a close with unread data resets, and the peer may lose data.
      if (pair.kind === "tcp") this.fail(side.out, new Uint8Array(0));
    }
  }

  connectMore(kind: "tcp" | "unix", x: number): void {
    const listener = this.listen(kind);
    const accepting = this.accepting && !this.accepting.settled
      ? this.accepting
      : null;
    if (x < 0.12) {
      // The listener closed, perhaps while a sock_accept waits on it: that
      // call rejects with EBADF within a turn. Its clients are never paired.
      if (accepting && this.acceptingOn === listener) {
        this.badf.add(accepting);
        this.mustSettle.push({ op: accepting, why: "its listener's close" });
      }
      // A connection still in progress (a full backlog) is then refused.
      for (const c of this.connecting) {
        if (c.listener === listener) this.refused.add(c.op);
      }
      listener.close();
      if (kind === "tcp") this.listener = null;
      else {
        this.unixListener = null;
        rmSync(this.unixPath, { force: true });
      }
      return;
    }
    if (x < 0.5) {
      if (accepting) return;
      listener.setblocking(false);
      this.acceptingOn = listener;
      this.accepting = this.track(
        "sock_accept",
        null,
        sock_accept(listener),
        ([conn]) => {
          // Accepted as the case closed everything: not the library's leak.
          if (this.closing) return conn.close();
          this.own(conn);
          this.accepted.push(conn);
          this.listenerOf.set(conn, listener);
          this.pairUp(kind);
        },
      );
    } else {
      const client = mod.socket(
        kind === "tcp" ? C.AF_INET : C.AF_UNIX,
        C.SOCK_STREAM,
      );
      this.extra.push(client);
      this.own(client);
      this.listenerOf.set(client, listener);
      client.setblocking(false);
      const op = this.track(
        "sock_connect",
        null,
        sock_connect(client, listener.getsockname()),
        () => {
          this.clients.push(client);
          this.pairUp(kind);
        },
      );
      this.connecting.push({ op, listener });
    }
  }

  /** Pairs an accepted socket with its client (same family, in order). */
  pairUp(kind: "tcp" | "unix"): void {
    const family = kind === "tcp" ? C.AF_INET : C.AF_UNIX;
    const listener = kind === "tcp" ? this.listener : this.unixListener;
    const a = this.accepted.findIndex((s) =>
      s.family === family && this.listenerOf.get(s) === listener
    );
    const c = this.clients.findIndex((s) =>
      s.family === family && this.listenerOf.get(s) === listener
    );
    if (a < 0 || c < 0) return;
    const conn = this.accepted.splice(a, 1)[0]!;
    const client = this.clients.splice(c, 1)[0]!;
    this.extra.splice(this.extra.indexOf(client), 1);
    if (kind === "tcp") {
      const want = JSON.stringify(client.getsockname());
      const got = JSON.stringify(conn.getpeername());
      if (want !== got) {
        // Another client's connection: keep both for the end of the case.
        this.extra.push(conn, client);
        return;
      }
    }
    this.adopt(new Pair(kind, `${kind}${this.pairs.length}`), client, conn);
  }

  // ---- datagrams ----------------------------------------------------------

  dgramOp(end: End, r: number[]): void {
    const x = r[4]!;
    const side = end.side;
    const pair = side.pair;
    const peer = pair.sides[side === pair.sides[0] ? 1 : 0];
    const s = end.s;
    if (x < 0.3) {
      const id = this.nextDatagram++;
      const data = this.data(r[5]! * 0.85, r[6]!);
      const dg = new Uint8Array(Math.min(4 + data.length, 1400));
      new DataView(dg.buffer).setUint32(0, id);
      dg.set(data.subarray(0, dg.length - 4), 4);
      const record = { data: dg, from: side, failed: false, got: false };
      pair.datagrams.set(id, record);
      const to = peer.ends[0]!.s;
      const dest = this.nameOf(to);
      if (dest === null) return;
      if (r[6]! < 0.8 || !this.quick(end)) {
        this.track(
          `sock_sendto(${dg.length})`,
          end,
          sock_sendto(s, dg, dest),
          (n) => {
            if (n !== dg.length) {
              this.find(`sock_sendto: sent ${n} of ${dg.length}`);
            }
          },
          () => {
            record.failed = true;
          },
        );
      } else {
        const n = this.syncCall(
          `sendto(${dg.length})`,
          end,
          () => s.sendto(dg, dest),
        );
        if (n === undefined) record.failed = true;
      }
    } else if (x < 0.75) {
      const n = 4 + Math.floor(r[5]! * 1500);
      const check = (op: Op, v: Uint8Array, from: unknown): void => {
        this.datagram(pair, side, peer, op, v, n, from);
      };
      const how = Math.floor(r[6]! * 4);
      if (how === 0) {
        const op = this.track(
          `sock_recvfrom(${n})`,
          end,
          sock_recvfrom(s, n),
          ([v, from]) => check(op, v, from),
        );
      } else if (how === 1) {
        const op = this.track(
          `sock_recv(${n})`,
          end,
          sock_recv(s, n),
          (v) => check(op, v, undefined),
        );
      } else if (how === 2) {
        const buf = new Uint8Array(n);
        const op = this.track(
          `sock_recvfrom_into(${n})`,
          end,
          sock_recvfrom_into(s, buf),
          ([k, from]) => check(op, buf.subarray(0, k), from),
        );
      } else {
        if (!this.quick(end)) return;
        const i = this.ops.length;
        const got = this.syncCall(`recvfrom(${n})`, end, () => s.recvfrom(n));
        if (got !== undefined) check(this.ops[i]!, got[0], got[1]);
      }
    } else if (x < 0.85) {
      const t = [0, null, 0.01, 0.05, 5][Math.floor(r[5]! * 5)]!;
      this.syncCall(`settimeout(${t})`, end, () => {
        s.settimeout(t);
        end.timeout = t;
        if (t !== null && t > 0) end.positive = true;
        side.blocking = t === null;
      });
    } else if (x < 0.9) {
      if (!end.alive) return;
      this.close(end);
    }
  }

  readonly names = new Map<SocketType, unknown>();

  nameOf(s: SocketType): [string, number] | null {
    let name = this.names.get(s);
    if (name === undefined) {
      try {
        name = s.getsockname();
      } catch {
        return null;
      }
      this.names.set(s, name);
    }
    return name as [string, number];
  }

  datagram(
    pair: Pair,
    side: Side,
    peer: Side,
    op: Op,
    v: Uint8Array,
    n: number,
    from: unknown,
  ): void {
    this.tick();
    if (v.length < 4) {
      this.find(`${op.what}: a datagram of ${v.length} bytes`);
      return;
    }
    const id = new DataView(v.buffer, v.byteOffset, 4).getUint32(0);
    const record = pair.datagrams.get(id);
    if (!record || record.from === side) {
      this.find(`${op.what}: datagram ${id} was never sent to this end`);
      return;
    }
    if (record.got) this.find(`${op.what}: datagram ${id} received twice`);
    record.got = true;
    const want = record.data.subarray(0, Math.min(n, record.data.length));
    if (!same(v, want)) {
      this.find(`${op.what}: datagram ${id} differs from what was sent`);
    }
    if (from !== undefined) {
      const expected = this.nameOf(peer.ends[0]!.s);
      if (JSON.stringify(from) !== JSON.stringify(expected)) {
        this.find(
          `${op.what}: datagram ${id} from ${JSON.stringify(from)}, not ${
            JSON.stringify(expected)
          }`,
        );
      }
    }
    this.bytes += v.length;
  }

  // ---- the end of a case --------------------------------------------------

  /** Drains every stream that must deliver all it was sent, then closes. */
  async finish(): Promise<void> {
    if (debugging()) console.error(`finish @${this.clock}`);
    const drains: Promise<void>[] = [];
    for (const pair of this.pairs) {
      if (!pair.stream) continue;
      for (const side of pair.sides) {
        drains.push(
          this.drain(side.in, side, pair.sides[side === pair.sides[0] ? 1 : 0]),
        );
      }
    }
    const done = await bounded(Promise.all(drains));
    if (debugging()) console.error(`drained ${done !== null} @${this.clock}`);
    if (done === null) {
      for (const pair of this.pairs) {
        for (const side of pair.sides) {
          const d = side.in;
          const got = d.chunks.reduce((t, c) => t + c.bytes.length, 0);
          if (pair.stream && !d.drained) {
            this.find(
              `${d.name}: drain did not end in ${HANG_MS} ms (sent ${d.sent.length}${
                d.tail ? `+${d.tail.length}?` : ""
              }, received ${got}, busy ${d.busy})`,
            );
          }
        }
      }
    }
    await this.closeAll();
    for (const pair of this.pairs) {
      if (!pair.stream) continue;
      for (const side of pair.sides) this.judgeStream(side.in);
    }
    for (const pair of this.pairs) {
      for (const [id, record] of pair.datagrams) {
        if (record.got && record.failed) {
          this.find(`${pair.name}: datagram ${id} received, its send failed`);
        }
      }
    }
  }

  /** Reads `d` to its end on one open end of `to`, once `from` has shut down. */
  async drain(d: Direction, to: Side, from: Side): Promise<void> {
    const end = to.ends.find((e) => e.alive);
    // Wait for the sends in flight (their data is being read meanwhile).
    const reading = end && d.cutoff === Infinity
      ? this.readToEnd(d, end)
      : Promise.resolve();
    for (let i = 0; d.busy > 0 && i < 100000; i++) await turn();
    // Shut down even when the writable's close() did: it may have failed.
    const sender = from.ends.find((e) => e.alive);
    if (sender) {
      d.ended = true;
      d.stopped = true;
      try {
        sender.s.shutdown(C.SHUT_WR);
      } catch (e) {
        if (!from.pair.broken) {
          this.find(`${d.name}: shutdown(SHUT_WR) to drain: ${String(e)}`);
        }
      }
    }
    await reading;
    d.drained = true;
  }

  async readToEnd(d: Direction, end: End): Promise<void> {
    if (end.timeout !== 0) {
      end.s.setblocking(false);
      end.timeout = 0;
      end.side.blocking = false;
    }
    for (;;) {
      let v: Uint8Array;
      const op = this.track(
        "drain sock_recv",
        end,
        Promise.resolve(),
        () => {},
      );
      try {
        v = await sock_recv(end.s, 65536);
      } catch (e) {
        this.judge(op, e);
        return;
      }
      this.chunk(d, end, op, v);
      if (v.length === 0) return;
    }
  }

  async closeAll(): Promise<void> {
    this.closing = true;
    const pending = this.ops.filter((op) => !op.settled);
    for (const end of this.ends) {
      if (end.alive) this.close(end);
    }
    if (debugging()) {
      console.error(
        `extra ${this.extra.map((s) => s.fileno())} clients ${
          this.clients.map((s) => s.fileno())
        } accepted ${this.accepted.map((s) => s.fileno())}`,
      );
    }
    for (const s of this.extra) s.close();
    for (const s of [...this.clients, ...this.accepted]) s.close();
    this.listener?.close();
    this.unixListener?.close();
    if (this.unixListener) rmSync(this.unixPath, { force: true });
    await turn();
    for (const op of pending) {
      if (!op.settled) this.find(`${op.what}: not settled after every close`);
    }
    this.mustSettle = [];
  }

  /** The received chunks against what was sent. */
  judgeStream(d: Direction): void {
    for (const finding of streamFindings(d)) this.find(finding);
  }
}

/** `promise`, or null when it does not settle within HANG_MS. */
async function bounded<T>(promise: Promise<T>): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hung = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), HANG_MS);
  });
  let settled = false;
  const watched = promise.then(
    (value) => {
      settled = true;
      return value;
    },
    (e) => {
      settled = true;
      throw e;
    },
  );
  try {
    const r = await Promise.race([watched, hung]);
    if (r !== null || settled) return r;
    // After a stall of this thread longer than the bound, Deno runs the
    // expired timer before it delivers I/O that completed meanwhile (a
    // background wait's result): a call that is done settles a turn later.
    // Only one still pending then is hung.
    await turn();
    return settled ? await watched : null;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * What is known of a sock_accept()/sock_connect() pair that did not settle
 * within HANG_MS, for the finding: which of the two settled, whether each
 * socket is ready now (select), what the reactor holds of each, and what
 * the process's threads are in (Linux); then whether the calls settle in
 * another HANG_MS (a slow wake-up) or not (a lost one).
 */
async function hung(
  listener: SocketType,
  client: SocketType,
  accepting: Promise<unknown>,
  connecting: Promise<unknown>,
): Promise<string> {
  const started = performance.now();
  const outcome = (p: Promise<unknown>) =>
    p.then(
      () => "resolved",
      (e) => `rejected (${e instanceof Error ? e.message : String(e)})`,
    );
  const states: Record<string, string> = {
    accept: "pending",
    connect: "pending",
  };
  const both = Promise.all([
    outcome(accepting).then((o) => (states.accept = o)),
    outcome(connecting).then((o) => (states.connect = o)),
  ]);
  await turn();
  const report: Record<string, unknown> = { ...states };
  try {
    const [r, w] = select([listener], [client], [], 0);
    report.listenerReadable = r.length === 1;
    report.clientWritable = w.length === 1;
  } catch (e) {
    report.select = String(e);
  }
  report.reactorListener = reactorState(listener.fileno());
  report.reactorClient = reactorState(client.fileno());
  if (LINUX) {
    const threads: Record<string, number> = {};
    try {
      for (const t of readdirSync("/proc/self/task")) {
        let what = "?";
        try {
          const call = readFileSync(`/proc/self/task/${t}/syscall`, "utf8");
          const comm = readFileSync(`/proc/self/task/${t}/comm`, "utf8");
          what = `${call.split(" ")[0]} ${comm.trim()}`;
        } catch {
          // the thread ended meanwhile
        }
        threads[what] = (threads[what] ?? 0) + 1;
      }
    } catch {
      // no /proc
    }
    report.threads = threads;
  }
  const late = await bounded(both);
  report.after = late === null
    ? `still ${JSON.stringify(states)} ${HANG_MS} ms later`
    : `settled ${Math.round(performance.now() - started)} ms later`;
  return JSON.stringify(report);
}

/** The pair kinds this host has. */
export const PAIR_KINDS: readonly PairKind[] = [
  "tcp",
  "socketpair",
  "udp",
  ...(LINUX ? ["unix" as const] : []),
];

/** Runs case `index` of `seed`. */
export async function seqCase(
  seed: number,
  index: number,
): Promise<SeqOutcome> {
  await setup();
  mod.setdefaulttimeout(null);
  const before = openSockets();
  const c = new SeqCase(seed, index);
  let steps = 0;
  try {
    const count = 1 + c.rng.int(3);
    for (let i = 0; i < count; i++) await c.open(c.rng.pick(PAIR_KINDS));
    steps = 20 + c.rng.int(41);
    for (let i = 0; i < steps; i++) await c.step();
    await c.finish();
  } catch (e) {
    c.find(`the case threw: ${e instanceof Error ? e.stack : String(e)}`);
    try {
      await c.closeAll();
    } catch {
      // reported above
    }
  }
  await turn();
  const after = openSockets();
  if (before !== null && after !== null) {
    const leaked = [...after].filter((x) =>
      !before.has(x) &&
      (c.owned.has(x) || c.owned.has(x.slice(x.indexOf(":") + 1)))
    );
    if (leaked.length) {
      c.find(`left open: ${leaked.map(describeSocket).join(" ")}`);
    }
  }
  return {
    index,
    steps,
    ops: c.ops.length,
    bytes: c.bytes,
    findings: c.findings,
  };
}

/** `fd:socket:[inode]`, with what /proc/net says of the inode (Linux). */
function describeSocket(open: string): string {
  const inode = /socket:\[(\d+)\]/.exec(open)?.[1];
  if (!LINUX || inode === undefined) return open;
  for (const table of ["unix", "tcp", "udp", "tcp6", "udp6"]) {
    let text = "";
    try {
      text = readFileSync(`/proc/net/${table}`, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n")) {
      const fields = line.trim().split(/\s+/);
      const at = table === "unix" ? 6 : 9;
      if (fields[at] === inode) {
        return `${open}(${table} ${
          fields.slice(1, table === "unix" ? 8 : 4).join(" ")
        })`;
      }
    }
  }
  return open;
}

/** Totals of a run of cases. */
export interface SeqTotals {
  cases: number;
  ops: number;
  bytes: number;
  /** Cases whose leak was not found again when they ran again. */
  transient: number;
  findings: { index: number; findings: string[] }[];
}

/** Runs cases `[start, start + count)` of `seed`. */
export async function seqFuzz(
  seed: number,
  start: number,
  count: number,
  onCase?: (index: number) => void,
): Promise<SeqTotals> {
  const totals: SeqTotals = {
    cases: 0,
    ops: 0,
    bytes: 0,
    transient: 0,
    findings: [],
  };
  for (let i = start; i < start + count; i++) {
    onCase?.(i);
    let o = await seqCase(seed, i);
    // A socket the runtime opened for itself meanwhile is not the case's:
    // a leak of the case is found again when the case runs again.
    if (
      o.findings.length && o.findings.every((f) => f.startsWith("left open"))
    ) {
      const again = await seqCase(seed, i);
      if (again.findings.length === 0) {
        totals.transient++;
        o = again;
      }
    }
    totals.cases++;
    totals.ops += o.ops;
    totals.bytes += o.bytes;
    if (o.findings.length) {
      totals.findings.push({ index: i, findings: o.findings });
    }
  }
  return totals;
}
