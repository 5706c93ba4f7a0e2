/**
 * Socket calls that do not block the event loop, named after Python
 * asyncio's `loop.sock_*` family. As in asyncio, they take a socket in
 * non-blocking mode (`s.setblocking(false)`, timeout 0) and wait as long as
 * it takes; a socket in blocking mode (timeout `null`) waits without limit
 * too, and a positive timeout bounds the call (for `sock_sendall`, the
 * whole call): it rejects with `timeout` after that long. Closing the
 * socket while a call waits on it rejects that call with `error` EBADF.
 *
 * Each call tries the socket's own method once without blocking; when that
 * would block, it waits for the descriptor in the process's one reactor
 * (`_reactor.ts`: one wait off the main thread for every waiting socket)
 * and tries again. Results and errors are those of the socket's methods.
 *
 * @module
 */
import type { Address, AddressInput, PeerAddress } from "../address/mod.ts";
import { constants, lastErrno } from "../platform/mod.ts";
import { error, errorFromErrno, timeout } from "./errors.ts";
import type { SocketType } from "./socket.ts";
import { access, attempt, socketArg } from "./_access.ts";
import {
  DONTWAIT,
  intoSize,
  type Op,
  opRecv,
  opSend,
  receiveBuffer,
  received,
  writable,
} from "./_ops.ts";
import { sendfileOnce } from "./_sendfile.ts";
import { addressArg, toBytes, typedSize } from "./_data.ts";
import {
  readFile,
  seekFile,
  SEND_BLOCK,
  SENDFILE_BLOCK,
  sendfileArgs,
} from "./_sendfile.ts";
import { useLoopbackPair, Waiter, waitFor, waitWith } from "./_reactor.ts";
import { loopbackPair } from "./_loopback_pair.ts";
import { E } from "./_sys.ts";

// The reactor's wake-up pair where the OS has no socketpair(2) (Windows):
// CPython's loopback pair, given as descriptors so that the reactor does
// not import the socket class (issue #10: no import circle).
useLoopbackPair(() => {
  const [a, b] = loopbackPair(constants.AF_INET, constants.SOCK_STREAM, 0);
  return [a.detach(), b.detach()];
});

const C = constants;

/**
 * The `performance.now()` instant a call started now must end by: a
 * positive timeout bounds it; blocking (`null`) and non-blocking (0)
 * sockets wait as long as it takes, as in asyncio.
 */
function deadlineOf(s: SocketType): number {
  const seconds = s.gettimeout();
  return seconds ? performance.now() + seconds * 1000 : Infinity;
}

/** True for the errors a non-blocking call raises instead of waiting. */
function wouldBlock(e: unknown, connecting = false): e is error {
  if (!(e instanceof error)) return false;
  if (connecting) return e.errno === E.CONNECT_PENDING;
  return e.errno === E.EAGAIN || e.errno === E.EWOULDBLOCK;
}

/** What {@linkcode first} gives when the attempt would have blocked. */
const BLOCKED: unique symbol = Symbol("blocked");

/**
 * Runs `op` (a call of one of `s`'s methods) as one attempt that never
 * blocks, in any mode (MSG_DONTWAIT on a blocking descriptor, or the
 * descriptor made non-blocking for the call where there is none:
 * `attempt()` in socket.ts): its result, or `BLOCKED` when it would have
 * blocked. Other errors are thrown.
 */
function first<T>(s: SocketType, op: () => T): T | typeof BLOCKED {
  try {
    return attempt(s, op);
  } catch (e) {
    if (wouldBlock(e)) return BLOCKED;
    throw e;
  }
}

/**
 * After a first attempt that would have blocked: waits for `events` on the
 * socket until `deadline`, then tries `op` again, until it does not block.
 */
async function retry<T>(
  s: SocketType,
  events: number,
  deadline: number,
  op: () => T,
): Promise<T> {
  for (;;) {
    await waitFor(s.fileno(), events, deadline);
    const r = first(s, op);
    if (r !== BLOCKED) return r;
  }
}

/** `op` tried at once, then after each wait as {@linkcode retry} does. */
async function attempts<T>(
  s: SocketType,
  events: number,
  deadline: number,
  op: () => T,
): Promise<T> {
  const r = first(s, op);
  return r === BLOCKED ? await retry(s, events, deadline, op) : r;
}

/**
 * One call of `op` on the descriptor of `s`, a socket in non-blocking mode
 * (timeout 0, asyncio's: the descriptor is non-blocking, so the call is the
 * attempt `attempt()` would make): its result, or -1 when it would block.
 * The `sock_*` calls' fast path for a genuine typed array: no closure, no
 * view, and no exception thrown and caught when the call would block (a
 * busy server's calls find nothing to do often enough for that to count).
 * Other errors are thrown as the socket's methods throw them.
 */
function nonblocking(
  s: SocketType,
  op: Op,
  buf: unknown,
  n: number,
  flags: number,
): number {
  const fd = access.live(s);
  // MSG_DONTWAIT as well: the descriptor may be blocking all the same (a
  // dup() shares its mode, and setblocking(true) on that clears it).
  const f = flags | DONTWAIT;
  for (;;) {
    const r = op(fd, buf, n, f, undefined, undefined);
    if (r >= 0) return r;
    const err = lastErrno();
    if (err === E.EINTR) continue;
    if (err === E.EAGAIN || err === E.EWOULDBLOCK) return -1;
    throw errorFromErrno(err);
  }
}

/**
 * True for a socket of ours in non-blocking mode (timeout 0); false for
 * anything else a JavaScript caller may pass, which `socketArg()` reports.
 */
function nonblockingSocket(s: SocketType): boolean {
  return typeof s === "object" && s !== null && access !== undefined &&
    access.isSocket(s) && access.timeout(s) === 0;
}

/** What `sock_sendall()` gives when all went at once: no promise made. */
const SENT: Promise<void> = Promise.resolve();

/**
 * `op` as a `sock_*` call: tried at once, settling without a wait when it
 * does not block (most calls of a busy server: no async function runs),
 * else retried after each wait for `events` until `deadline`. Whatever
 * `check` or `op` throws rejects the promise, as in an async function.
 */
function call<T>(
  s: SocketType,
  check: string,
  events: number,
  op: () => T,
): Promise<T> {
  try {
    socketArg(s, check);
    const deadline = deadlineOf(s);
    const r = first(s, op);
    return r === BLOCKED ? retry(s, events, deadline, op) : Promise.resolve(r);
  } catch (e) {
    return Promise.reject(e);
  }
}

/**
 * Accepts a connection without blocking the event loop: `[conn, address]`,
 * as `s.accept()` gives them, the new socket then put in non-blocking mode
 * (timeout 0), as asyncio's `loop.sock_accept()` does, whatever the
 * listener's mode and the default timeout.
 *
 * @example A server and a client in the same thread, the asyncio way
 * ```ts
 * import { sock_accept, sock_connect, socket } from "@berkeley/socket";
 * using server = socket();
 * server.bind(["127.0.0.1", 0]);
 * server.listen();
 * server.setblocking(false);
 * using client = socket();
 * client.setblocking(false);
 * const [[conn]] = await Promise.all([
 *   sock_accept(server),
 *   sock_connect(client, server.getsockname()),
 * ]);
 * console.log(conn.gettimeout()); // 0: non-blocking, as asyncio's
 * conn.close();
 * ```
 */
export function sock_accept<A extends Address>(
  s: SocketType<A>,
): Promise<[SocketType<A>, PeerAddress<A>]> {
  return call(s, "sock_accept(): s", C.POLLIN, () => {
    const accepted = s.accept();
    accepted[0].setblocking(false); // asyncio's _sock_accept()
    return accepted;
  });
}

/**
 * Connects to `address` without blocking the event loop: the connection is
 * started non-blocking, then its outcome is read from `SO_ERROR` once the
 * socket is writable. Rejects with `error` (ECONNREFUSED, ...), or with
 * `timeout` when the socket has a positive timeout. A host name in
 * `address` is resolved synchronously first.
 *
 * @example Connecting with a deadline
 * ```ts
 * import { sock_connect, socket } from "@berkeley/socket";
 * using server = socket();
 * server.bind(["127.0.0.1", 0]);
 * server.listen();
 * using client = socket();
 * client.settimeout(5);
 * await sock_connect(client, server.getsockname());
 * ```
 */
export async function sock_connect<A extends Address>(
  s: SocketType<A>,
  address: AddressInput<A>,
): Promise<void> {
  socketArg(s, "sock_connect(): s");
  // Copied before the attempt: the caller's code (a Proxy's traps) runs
  // here, not while the attempt holds the socket non-blocking.
  const target = addressArg(address, "connect()") as AddressInput<A>;
  const deadline = deadlineOf(s);
  try {
    attempt(s, () => s.connect(target));
    return;
  } catch (e) {
    if (!wouldBlock(e, true)) throw e;
  }
  await waitFor(s.fileno(), C.POLLOUT, deadline);
  const err = s.getsockopt(C.SOL_SOCKET, C.SO_ERROR);
  if (err !== 0) throw errorFromErrno(err);
}

/**
 * Receives up to `n` bytes without blocking the event loop: a new
 * `Uint8Array` of exactly the bytes received, empty at end of stream.
 *
 * @example Waiting for a message
 * ```ts
 * import { sock_recv, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * const pending = sock_recv(b, 1024);
 * a.sendall("ping");
 * console.log(new TextDecoder().decode(await pending)); // "ping"
 * a.close();
 * b.close();
 * ```
 */
export function sock_recv<A extends Address>(
  s: SocketType<A>,
  n: number,
): Promise<Uint8Array<ArrayBuffer>> {
  if (typeof n === "number" && (n | 0) === n && n > 0 && nonblockingSocket(s)) {
    // asyncio's case, as in sock_recv_into(): one C call into the shared
    // receive buffer, the bytes copied out as recv() returns them.
    try {
      const r = receiveMessage(s, n);
      if (r !== null) return Promise.resolve(r);
    } catch (e) {
      return Promise.reject(e);
    }
    return new ReceiveMessage(s, n).start(C.POLLIN);
  }
  return call(s, "sock_recv(): s", C.POLLIN, () => s.recv(n));
}

/**
 * `recv(n)` on a non-blocking socket, `n` a positive int32: a new array of
 * the bytes received, or `null` when the call would block.
 */
function receiveMessage(
  s: SocketType,
  n: number,
): Uint8Array<ArrayBuffer> | null {
  const buf = receiveBuffer(n);
  const r = nonblocking(s, opRecv, buf, n, 0);
  return r < 0 ? null : received(buf, r, n);
}

/**
 * A `sock_*` call on a non-blocking socket whose first attempt would have
 * blocked: it waits in the reactor as its own waiter and, when woken, tries
 * again there and settles its promise itself (no async function, no
 * promise per wait, nothing new made when it must wait again).
 */
abstract class Later<T> extends Waiter {
  readonly s: SocketType;
  #resolve: ((value: T) => void) | null = null;
  #reject: ((e: unknown) => void) | null = null;

  constructor(s: SocketType) {
    super();
    this.s = s;
  }

  /** The call's promise, waiting for `events` until it settles. */
  start(events: number): Promise<T> {
    const promise = new Promise<T>((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    waitWith(this.s.fileno(), events, Infinity, this);
    return promise;
  }

  /** One more attempt: its result, or `BLOCKED`. */
  abstract attempt(): T | typeof BLOCKED;

  ready(): boolean {
    const resolve = this.#resolve;
    if (resolve === null) return true; // settled already
    let r: T | typeof BLOCKED;
    try {
      r = this.attempt();
    } catch (e) {
      this.fail(e);
      return true;
    }
    if (r === BLOCKED) return false;
    this.#resolve = this.#reject = null;
    resolve(r);
    return true;
  }

  fail(e: unknown): void {
    const reject = this.#reject;
    this.#resolve = this.#reject = null;
    if (reject !== null) reject(e);
  }
}

/**
 * `sock_recv()` on a non-blocking socket after an attempt that would have
 * blocked: tries again the same way while the socket is still
 * non-blocking, else as {@linkcode retry} does.
 */
class ReceiveMessage extends Later<Uint8Array<ArrayBuffer>> {
  readonly #n: number;

  constructor(s: SocketType, n: number) {
    super(s);
    this.#n = n;
  }

  attempt(): Uint8Array<ArrayBuffer> | typeof BLOCKED {
    const s = this.s;
    const n = this.#n;
    if (nonblockingSocket(s)) return receiveMessage(s, n) ?? BLOCKED;
    return first(s, () => s.recv(n));
  }
}

/**
 * Receives into `buf` (up to `nbytes`; 0 or absent: the buffer's size)
 * without blocking the event loop; resolves with the count.
 *
 * @example Receiving into a buffer
 * ```ts
 * import { sock_recv_into, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * const buf = new Uint8Array(16);
 * const pending = sock_recv_into(b, buf);
 * a.sendall("hello");
 * console.log(await pending); // 5
 * a.close();
 * b.close();
 * ```
 */
export function sock_recv_into<A extends Address>(
  s: SocketType<A>,
  buf: ArrayBufferView | ArrayBuffer,
  nbytes?: number,
): Promise<number>;
export function sock_recv_into<A extends Address>(
  s: SocketType<A>,
  buf: ArrayBufferView | ArrayBuffer,
  nbytes: number = 0,
): Promise<number> {
  const size = typedSize(buf);
  if (size > 0 && nonblockingSocket(s)) {
    // asyncio's case: a non-blocking socket and a typed array, given to
    // C itself (recv_into()'s checks and call, without the attempt's
    // wrapping); after a wait, ReceiveInto tries again the same way.
    try {
      const r = receiveInto(s, buf, size, nbytes);
      if (r >= 0) return Promise.resolve(r);
    } catch (e) {
      return Promise.reject(e);
    }
    return new ReceiveInto(s, buf, nbytes).start(C.POLLIN);
  }
  return call(
    s,
    "sock_recv_into(): s",
    C.POLLIN,
    () => s.recv_into(buf, nbytes),
  );
}

/**
 * `recv_into(buf, nbytes)` on a non-blocking socket, `buf` a typed array of
 * `size` bytes: the count, or -1 when the call would block.
 */
function receiveInto(
  s: SocketType,
  buf: ArrayBufferView | ArrayBuffer,
  size: number,
  nbytes: number,
): number {
  return nonblocking(s, opRecv, buf, intoSize(size, nbytes, "recv_into()"), 0);
}

/**
 * `sock_recv_into()` on a non-blocking socket after an attempt that would
 * have blocked: tries again the same way while the socket and the buffer
 * still allow it (either may have changed meanwhile), else as
 * {@linkcode retry} does.
 */
class ReceiveInto extends Later<number> {
  readonly #buf: ArrayBufferView | ArrayBuffer;
  readonly #nbytes: number;

  constructor(
    s: SocketType,
    buf: ArrayBufferView | ArrayBuffer,
    nbytes: number,
  ) {
    super(s);
    this.#buf = buf;
    this.#nbytes = nbytes;
  }

  attempt(): number | typeof BLOCKED {
    const s = this.s;
    const buf = this.#buf;
    const nbytes = this.#nbytes;
    const size = typedSize(buf);
    if (size > 0 && nonblockingSocket(s)) {
      const r = receiveInto(s, buf, size, nbytes);
      return r >= 0 ? r : BLOCKED;
    }
    return first(s, () => s.recv_into(buf, nbytes));
  }
}

/**
 * Receives a datagram of up to `n` bytes without blocking the event loop:
 * `[data, address]`.
 *
 * @example A UDP round trip
 * ```ts
 * import { AF_INET, SOCK_DGRAM, sock_recvfrom, sock_sendto, socket } from "@berkeley/socket";
 * using a = socket(AF_INET, SOCK_DGRAM);
 * using b = socket(AF_INET, SOCK_DGRAM);
 * b.bind(["127.0.0.1", 0]);
 * const pending = sock_recvfrom(b, 1500);
 * await sock_sendto(a, "hi", b.getsockname());
 * const [data, from] = await pending;
 * console.log(data.length, from); // 2 ["127.0.0.1", <port>]
 * ```
 */
export function sock_recvfrom<A extends Address>(
  s: SocketType<A>,
  n: number,
): Promise<[Uint8Array<ArrayBuffer>, A | null]> {
  return call(s, "sock_recvfrom(): s", C.POLLIN, () => s.recvfrom(n));
}

/**
 * Receives a datagram into `buf` (up to `nbytes`; 0 or absent: the
 * buffer's size) without blocking the event loop: `[count, address]`.
 *
 * @example Receiving a datagram into a buffer
 * ```ts
 * import { AF_INET, SOCK_DGRAM, sock_recvfrom_into, socket } from "@berkeley/socket";
 * using a = socket(AF_INET, SOCK_DGRAM);
 * using b = socket(AF_INET, SOCK_DGRAM);
 * b.bind(["127.0.0.1", 0]);
 * const buf = new Uint8Array(1500);
 * const pending = sock_recvfrom_into(b, buf);
 * a.sendto("hi", b.getsockname());
 * console.log(await pending); // [2, ["127.0.0.1", <port>]]
 * ```
 */
export function sock_recvfrom_into<A extends Address>(
  s: SocketType<A>,
  buf: ArrayBufferView | ArrayBuffer,
  nbytes?: number,
): Promise<[number, A | null]>;
export function sock_recvfrom_into<A extends Address>(
  s: SocketType<A>,
  buf: ArrayBufferView | ArrayBuffer,
  nbytes: number = 0,
): Promise<[number, A | null]> {
  return call(
    s,
    "sock_recvfrom_into(): s",
    C.POLLIN,
    () => s.recvfrom_into(buf, nbytes),
  );
}

/**
 * Sends all of `data` without blocking the event loop; a partial send goes
 * on from where it stopped, and a positive timeout bounds the whole call
 * (some of the data may have gone when it rejects with `timeout`). The
 * data must stay as it is until the call settles: one whose buffer is
 * detached or shrunk meanwhile rejects with `RangeError`, saying how many
 * bytes went.
 *
 * @example Sending more than the socket buffer holds
 * ```ts
 * import { sock_recv_into, sock_sendall, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * const data = new Uint8Array(1 << 20);
 * const sending = sock_sendall(a, data);
 * const buf = new Uint8Array(data.length);
 * let got = 0;
 * while (got < data.length) got += await sock_recv_into(b, buf.subarray(got));
 * await sending;
 * a.close();
 * b.close();
 * ```
 */
export function sock_sendall<A extends Address>(
  s: SocketType<A>,
  data: ArrayBufferView | ArrayBuffer | string,
): Promise<void> {
  const size = typedSize(data);
  if (size > 0 && nonblockingSocket(s)) {
    // asyncio's case: a non-blocking socket and a typed array, which goes
    // to C itself; a view is made only for what is left to send.
    try {
      const r = nonblocking(s, opSend, data, size, access.sendFlags(s));
      if (r === size) return SENT;
      const bytes = toBytes(data, "sock_sendall()");
      return sendRest(s, bytes, r < 0 ? 0 : r, Infinity);
    } catch (e) {
      return Promise.reject(e);
    }
  }
  try {
    socketArg(s, "sock_sendall(): s");
    const bytes = toBytes(data, "sock_sendall()");
    const deadline = deadlineOf(s);
    // All of it at once, without a wait: settled with no async function.
    const r = first(s, () => sendBytes(s, bytes));
    if (r === bytes.byteLength) return SENT;
    return sendRest(s, bytes, r === BLOCKED ? 0 : r, deadline);
  } catch (e) {
    return Promise.reject(e);
  }
}

/**
 * `s.send(bytes)` for bytes `sock_sendall()` has already converted: the
 * same call through the socket's helper, without converting them again.
 */
function sendBytes(s: SocketType, bytes: Uint8Array): number {
  return access.call(
    s,
    writable(0),
    -1,
    opSend as Op,
    bytes,
    bytes.byteLength,
    access.sendFlags(s),
  );
}

/**
 * `sock_sendall()` after its first attempt: the bytes from `sent` on. The
 * caller's code runs during each wait and may detach or shrink the buffer
 * under `bytes` (a view of the library's, of fixed length: it then
 * measures 0): each send first checks that all of it is still there, and
 * rejects saying how much went, instead of settling as if all had gone.
 */
async function sendRest(
  s: SocketType,
  bytes: Uint8Array,
  sent: number,
  deadline: number,
): Promise<void> {
  const total = bytes.byteLength;
  do {
    // The timeout bounds the whole call, even when no send has to wait.
    if (sent > 0 && performance.now() >= deadline) throw new timeout();
    const from = sent;
    sent += await attempts(s, C.POLLOUT, deadline, () => {
      if (bytes.byteLength !== total) throw gone(from, total);
      return sendBytes(s, bytes.subarray(from));
    });
  } while (sent < total);
}

/** The error of a `sock_sendall()` whose data went away while it waited. */
function gone(sent: number, total: number): RangeError {
  return new RangeError(
    `sock_sendall(): data's buffer was detached or shrunk while waiting to be sent, after ${sent} of ${total} bytes`,
  );
}

/**
 * Sends a datagram to `address` without blocking the event loop; resolves
 * with the number of bytes sent.
 *
 * @example Sending a datagram
 * ```ts
 * import { AF_INET, SOCK_DGRAM, sock_sendto, socket } from "@berkeley/socket";
 * using a = socket(AF_INET, SOCK_DGRAM);
 * using b = socket(AF_INET, SOCK_DGRAM);
 * b.bind(["127.0.0.1", 0]);
 * console.log(await sock_sendto(a, "hi", b.getsockname())); // 2
 * ```
 */
export function sock_sendto<A extends Address>(
  s: SocketType<A>,
  data: ArrayBufferView | ArrayBuffer | string,
  address: AddressInput<A>,
): Promise<number> {
  // Copied once, before the first attempt: each attempt after a wait
  // sends to the address read then (the caller's Proxy is not read again,
  // nor while an attempt holds the socket non-blocking).
  let target: AddressInput<A>;
  try {
    socketArg(s, "sock_sendto(): s");
    target = addressArg(address, "sendto()") as AddressInput<A>;
  } catch (e) {
    return Promise.reject(e);
  }
  return call(
    s,
    "sock_sendto(): s",
    C.POLLOUT,
    () => s.sendto(data, target),
  );
}

/**
 * Sends the file open on descriptor `file` (from `offset`, `count` bytes
 * or to its end) without blocking the event loop, as asyncio's
 * `loop.sock_sendfile()`: `sendfile(2)` where the OS has it, else reading
 * and sending. Resolves with the bytes sent; the descriptor's file
 * position ends after the last byte sent.
 *
 * @example Serving a file
 * ```ts
 * import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
 * import { tmpdir } from "node:os";
 * import { join } from "node:path";
 * import { sock_sendfile, socketpair } from "@berkeley/socket";
 * const dir = mkdtempSync(join(tmpdir(), "sendfile-"));
 * writeFileSync(join(dir, "hello.txt"), "hello, file");
 * const fd = openSync(join(dir, "hello.txt"), "r");
 * const [a, b] = socketpair();
 * console.log(await sock_sendfile(a, fd)); // 11
 * console.log(new TextDecoder().decode(b.recv(64))); // "hello, file"
 * closeSync(fd);
 * a.close();
 * b.close();
 * rmSync(dir, { recursive: true });
 * ```
 */
export function sock_sendfile<A extends Address>(
  s: SocketType<A>,
  file: number,
  offset?: number,
  count?: number | null,
): Promise<number>;
export async function sock_sendfile<A extends Address>(
  s: SocketType<A>,
  file: number,
  offset: number = 0,
  count?: number | null,
): Promise<number> {
  socketArg(s, "sock_sendfile(): s");
  const [fd, start, limit] = sendfileArgs(file, offset, count);
  if (!(s.type & C.SOCK_STREAM)) {
    throw new RangeError(
      "sock_sendfile(): only SOCK_STREAM type sockets are supported",
    );
  }
  const deadline = deadlineOf(s);
  let pos = start;
  let total = 0;
  try {
    for (;;) {
      const block = limit
        ? Math.min(limit - total, SENDFILE_BLOCK)
        : SENDFILE_BLOCK;
      if (block <= 0) break;
      let sent: number;
      try {
        sent = await attempts(
          s,
          C.POLLOUT,
          deadline,
          () => sendfileOnce(s, fd, pos, block),
        );
      } catch (e) {
        if (total > 0 || !(e instanceof error) || wouldBlock(e)) throw e;
        // sendfile(2) cannot take this file: read it and send it, each
        // block from its own offset (another call on the same descriptor
        // may move the position while this one waits).
        for (;;) {
          const size = limit ? Math.min(limit - total, SEND_BLOCK) : SEND_BLOCK;
          if (size <= 0) break;
          seekFile(fd, start + total);
          let data = readFile(fd, size).slice();
          if (data.length === 0) break;
          while (data.length > 0) {
            const rest = data;
            const n = await attempts(
              s,
              C.POLLOUT,
              deadline,
              () => s.send(rest),
            );
            total += n;
            data = data.subarray(n);
          }
        }
        pos = start + total;
        return total;
      }
      if (sent === 0) break;
      pos += sent;
      total += sent;
    }
    return total;
  } finally {
    if (total > 0) seekFile(fd, pos, true);
  }
}
