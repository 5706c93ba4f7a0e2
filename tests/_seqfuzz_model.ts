/**
 * The sequence fuzz's model (`_seqfuzz.ts`): the pairs a case opens, their
 * sides and socket objects, each direction's record of what was sent and
 * received, the calls in flight, and the judgement of a byte stream (do
 * the chunks received tile the bytes sent, in an order the calls allow).
 *
 * @module
 */
import type { SocketType } from "../mod.ts";
import { errno as E } from "../platform/mod.ts";

/** True when `globalThis.SEQ_DEBUG` asks for a trace on stderr. */
export const debugging = (): boolean =>
  !!(globalThis as { SEQ_DEBUG?: boolean }).SEQ_DEBUG;

/** Bytes received by one call, and when it began and ended (case clock). */
export interface Chunk {
  readonly bytes: Uint8Array;
  readonly started: number;
  readonly observed: number;
  /** A reader's id (its reads are in order), or 0. */
  readonly group: number;
  readonly index: number;
  readonly what: string;
}

/** One direction of a byte stream. */
export class Direction {
  readonly name: string;
  /** What the sender's successful sends reported, in order. */
  sent: number[] = [];
  /** The data of the failed send after which nothing more was sent. */
  tail: Uint8Array | null = null;
  chunks: Chunk[] = [];
  eofs: { started: number; observed: number; what: string }[] = [];
  /** Chunks observed after this are not judged (the reader gave up). */
  cutoff = Infinity;
  /** Sends in flight (a second one would interleave its bytes). */
  busy = 0;
  /** The socket object whose writable's writes are the sends in flight. */
  owner: End | null = null;
  /** No more sends (shut down, writer closed, a send failed). */
  stopped = false;
  /** The sender shut down its write side or closed: EOF may come. */
  ended = false;
  /** The end of the case read it to its end. */
  drained = false;
  constructor(name: string) {
    this.name = name;
  }
}

/** One socket object of a pair's side. */
export class End {
  readonly s: SocketType;
  readonly side: Side;
  readonly name: string;
  closedAt = Infinity;
  timeout: number | null;
  positive = false;
  reader:
    | ReadableStreamDefaultReader<Uint8Array>
    | ReadableStreamBYOBReader
    | null = null;
  readerKind: "byob" | "default" | null = null;
  readerId = 0;
  readIndex = 0;
  cancelled = false;
  writer: WritableStreamDefaultWriter<Uint8Array> | null = null;
  writerDone = false;
  aborted = false;
  /** A write failed: the writable is errored, and close() then rejects. */
  writeFailed = false;
  readonly pending = new Set<Op>();
  constructor(s: SocketType, side: Side, name: string) {
    this.s = s;
    this.side = side;
    this.name = name;
    this.timeout = s.gettimeout();
    if (debugging()) console.error(`end ${name} fd ${s.fileno()}`);
    this.positive = (this.timeout ?? 0) > 0;
  }
  get alive(): boolean {
    return this.closedAt === Infinity;
  }
}

/** One side of a pair: its socket objects (dup()s share the socket). */
export class Side {
  readonly pair: Pair;
  readonly ends: End[] = [];
  /** The descriptor is blocking (the last mode set on any of them: null). */
  blocking = false;
  out!: Direction;
  in!: Direction;
  constructor(pair: Pair) {
    this.pair = pair;
  }
  get alive(): boolean {
    return this.ends.some((e) => e.alive);
  }
}

export type PairKind = "tcp" | "unix" | "socketpair" | "udp";

export class Pair {
  readonly kind: PairKind;
  readonly name: string;
  readonly sides: [Side, Side];
  /** Shut down or closed: the peer's calls may fail with EPIPE & co. */
  broken = false;
  /** Datagrams sent, by id: data, and whether the send failed. */
  readonly datagrams = new Map<
    number,
    { data: Uint8Array; from: Side; failed: boolean; got: boolean }
  >();
  constructor(kind: PairKind, name: string) {
    this.kind = kind;
    this.name = name;
    this.sides = [new Side(this), new Side(this)];
    const [a, b] = this.sides;
    a.out = b.in = new Direction(`${name} a->b`);
    b.out = a.in = new Direction(`${name} b->a`);
  }
  get stream(): boolean {
    return this.kind !== "udp";
  }
}

export interface Op {
  readonly id: number;
  readonly what: string;
  readonly end: End | null;
  readonly started: number;
  settled: boolean;
  /** A `timeout` is allowed (the socket had a positive timeout). */
  allowTimeout: boolean;
  /** Other errors allowed besides ours (the abort reason). */
  allowAbort: boolean;
  /** A synchronous call: EAGAIN allowed. */
  sync: boolean;
}

export const BROKEN = new Set(
  [
    E.EPIPE,
    E.ECONNRESET,
    E.ENOTCONN,
    E.ESHUTDOWN,
    E.ECONNABORTED,
  ].filter((x): x is number => typeof x === "number"),
);

/**
 * What is wrong with the chunks `d`'s receivers got, against what its
 * sender's sends reported: nothing (an empty list) when they tile it.
 */
export function streamFindings(d: Direction): string[] {
  const found: string[] = [];
  const chunks = d.chunks.filter((c) => c.observed <= d.cutoff);
  const known = Uint8Array.from(d.sent);
  const tail = d.tail ?? new Uint8Array(0);
  const expected = new Uint8Array(known.length + tail.length);
  expected.set(known);
  expected.set(tail, known.length);
  const total = chunks.reduce((t, c) => t + c.bytes.length, 0);
  const complete = d.cutoff === Infinity && d.tail === null;
  if (total > expected.length) {
    found.push(`${d.name}: received ${total} bytes, ${expected.length} sent`);
    return found;
  }
  if (complete && total !== known.length) {
    found.push(`${d.name}: received ${total} of ${known.length} bytes sent`);
    return found;
  }
  const verdict = tile(expected, chunks);
  if (verdict !== null) found.push(`${d.name}: ${verdict}`);
  // No data after an end of stream, in the calls' order.
  if (d.cutoff === Infinity) {
    for (const eof of d.eofs) {
      const late = chunks.find((c) => c.started > eof.observed);
      if (late) {
        found.push(
          `${d.name}: ${late.what} got data after ${eof.what} got end of stream`,
        );
      }
    }
  }
  return found;
}

/** Whether two byte arrays hold the same bytes. */
export function same(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Whether `chunks` tile a prefix of `expected` in an order where each comes
 * after every chunk observed before it was asked for, and a reader's in its
 * order: null, or what is wrong. A depth-first search (the data is random,
 * so a chunk rarely matches at more than one place).
 */
function tile(expected: Uint8Array, chunks: Chunk[]): string | null {
  const n = chunks.length;
  // after[a]: the chunks that must come after chunk a; waiting[b]: how
  // many chunks before b are not placed yet.
  const after: number[][] = chunks.map(() => []);
  const waiting = new Int32Array(n);
  for (let a = 0; a < n; a++) {
    const x = chunks[a]!;
    for (let b = 0; b < n; b++) {
      const y = chunks[b]!;
      if (
        a !== b &&
        (x.observed < y.started ||
          (x.group !== 0 && x.group === y.group && x.index < y.index))
      ) {
        after[a]!.push(b);
        waiting[b]!++;
      }
    }
  }
  const used = new Uint8Array(n);
  let budget = 200000;
  let deepest = 0;
  let deepestAt = 0;
  const search = (offset: number, count: number): boolean | null => {
    if (count === n) return true;
    if (--budget <= 0) return null;
    if (offset > deepest) {
      deepest = offset;
      deepestAt = count;
    }
    const first = expected[offset];
    for (let i = 0; i < n; i++) {
      if (used[i] || waiting[i] !== 0) continue;
      const c = chunks[i]!;
      if (c.bytes[0] !== first) continue;
      if (offset + c.bytes.length > expected.length) continue;
      if (!same(c.bytes, expected.subarray(offset, offset + c.bytes.length))) {
        continue;
      }
      used[i] = 1;
      for (const b of after[i]!) waiting[b]!--;
      const r = search(offset + c.bytes.length, count + 1);
      for (const b of after[i]!) waiting[b]!++;
      used[i] = 0;
      if (r !== false) return r;
    }
    return false;
  };
  const r = search(0, 0);
  if (r === null) return null; // undecided: too many ways (not a finding)
  if (r) return null;
  return `the ${n} chunks received do not tile the bytes sent in any order the calls allow (the longest tiling found covers ${deepest} bytes with ${deepestAt} chunks)`;
}
