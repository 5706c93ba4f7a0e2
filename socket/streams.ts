/**
 * WHATWG streams over a connected stream socket, as `Deno.Conn` has them:
 * `readable`, a byte stream (`type: "bytes"`, so BYOB readers work), and
 * `writable`. Both are built on the public `sock_recv` (a default
 * reader's read: a chunk of exactly the bytes received), `sock_recv_into`
 * (a BYOB read, into the reader's view) and `sock_sendall` calls, so they
 * never block the event loop and they follow the socket's timeout and its
 * close as those calls do.
 *
 * - Reading pulls only when a reader asks (high-water mark 0): data waits
 *   in the kernel until then, and the peer's sends are held back by TCP.
 * - Writing queues up to {@linkcode WRITABLE_HIGH_WATER_MARK} bytes; past
 *   that `writer.desiredSize` drops to 0 or below and `writer.ready` waits
 *   until the socket has taken the data (`pipeTo` honours it).
 * - Closing the writable shuts down the write side (`SHUT_WR`: the peer
 *   reads end of stream); aborting it does the same, once the write in
 *   flight has finished (the Streams standard waits for it; closing the
 *   socket fails that write at once). Cancelling the
 *   readable shuts down the read side (`SHUT_RD`). Neither closes the
 *   socket: that stays the owner's job.
 * - An error of the socket (ECONNRESET, EPIPE, EBADF after `close()`, a
 *   `timeout`) errors the stream with that `error`.
 *
 * @module
 */
import { described } from "../address/_struct.ts";
import { revoked } from "./_data.ts";
import { constants } from "../platform/mod.ts";
import type { SocketType } from "./socket.ts";
import { sock_recv, sock_recv_into, sock_sendall } from "./async.ts";

const C = constants;

/** Bytes a default reader's read asks the socket for at most (as Deno's). */
export const AUTO_ALLOCATE_CHUNK_SIZE = 64 * 1024;

/** Bytes the writable queues before it signals backpressure. */
export const WRITABLE_HIGH_WATER_MARK = 64 * 1024;

const readables = new WeakMap<
  SocketType,
  ReadableStream<Uint8Array<ArrayBuffer>>
>();
const writables = new WeakMap<SocketType, WritableStream<Uint8Array>>();

/** Throws unless `s` is a stream socket; `what` names the property. */
function checkStream(s: SocketType, what: string): void {
  if (s.type !== C.SOCK_STREAM) {
    throw new TypeError(
      `${what} needs a SOCK_STREAM socket, got type ${s.type}`,
    );
  }
}

/** Shuts down one side, ignoring the errors of a socket already gone. */
function shutdownQuietly(s: SocketType, how: number): void {
  try {
    s.shutdown(how);
  } catch {
    // Closed (EBADF) or never connected / reset (ENOTCONN): nothing to shut.
  }
}

function openReadable(s: SocketType): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new ReadableStream({
    type: "bytes",
    // No autoAllocateChunkSize: a default reader's read would get a fresh
    // zeroed 64 KiB buffer each time, however little arrives (most of the
    // cost of a small read). Instead it takes a copy of exactly the bytes
    // received, up to AUTO_ALLOCATE_CHUNK_SIZE, through the socket's shared
    // receive buffer; a BYOB read receives into the reader's own view.
    async pull(controller) {
      const request = controller.byobRequest;
      const view = request?.view;
      if (!request || !view) {
        const chunk = await sock_recv(s, AUTO_ALLOCATE_CHUNK_SIZE);
        if (chunk.byteLength === 0) controller.close();
        else controller.enqueue(chunk);
        return;
      }
      const bytes = new Uint8Array(
        view.buffer,
        view.byteOffset,
        view.byteLength,
      );
      const n = await sock_recv_into(s, bytes);
      if (n === 0) {
        controller.close();
        request.respond(0);
      } else {
        request.respond(n);
      }
    },
    cancel() {
      shutdownQuietly(s, C.SHUT_RD);
    },
  });
}

function chunkSize(chunk: unknown): number {
  if (
    ArrayBuffer.isView(chunk) ||
    (!revoked(chunk) && chunk instanceof ArrayBuffer)
  ) {
    try {
      return chunk.byteLength;
    } catch {
      // A DataView whose buffer was detached or shrunk past it.
      throw new TypeError(
        `writable: a chunk's buffer is detached or too small for it, got ${
          described(chunk)
        }`,
      );
    }
  }
  throw new TypeError(
    `writable: a chunk must be a Uint8Array, got ${described(chunk)}`,
  );
}

function openWritable(s: SocketType): WritableStream<Uint8Array> {
  return new WritableStream<Uint8Array>({
    write(chunk) {
      return sock_sendall(s, chunk);
    },
    close() {
      s.shutdown(C.SHUT_WR);
    },
    abort() {
      shutdownQuietly(s, C.SHUT_WR);
    },
  }, { highWaterMark: WRITABLE_HIGH_WATER_MARK, size: chunkSize });
}

/**
 * The socket's readable stream, made at the first call and the same one
 * after; a `TypeError` for a socket that is not `SOCK_STREAM`.
 *
 * @example Reading a whole reply
 * ```ts
 * import { socketpair } from "@berkeley/socket";
 * import { readableOf } from "./streams.ts";
 * const [a, b] = socketpair();
 * a.sendall("hello");
 * a.shutdown(1); // SHUT_WR
 * console.log(await new Response(readableOf(b)).text()); // "hello"
 * a.close();
 * b.close();
 * ```
 */
export function readableOf(
  s: SocketType,
): ReadableStream<Uint8Array<ArrayBuffer>> {
  let stream = readables.get(s);
  if (!stream) {
    checkStream(s, "readable");
    stream = openReadable(s);
    readables.set(s, stream);
  }
  return stream;
}

/**
 * The socket's writable stream, made at the first call and the same one
 * after; a `TypeError` for a socket that is not `SOCK_STREAM`.
 *
 * @example Writing and half-closing
 * ```ts
 * import { socketpair } from "@berkeley/socket";
 * import { writableOf } from "./streams.ts";
 * const [a, b] = socketpair();
 * const writer = writableOf(a).getWriter();
 * await writer.write(new TextEncoder().encode("hello"));
 * await writer.close(); // SHUT_WR: b reads end of stream after "hello"
 * console.log(b.recv(16).length, b.recv(16).length); // 5 0
 * a.close();
 * b.close();
 * ```
 */
export function writableOf(s: SocketType): WritableStream<Uint8Array> {
  let stream = writables.get(s);
  if (!stream) {
    checkStream(s, "writable");
    stream = openWritable(s);
    writables.set(s, stream);
  }
  return stream;
}
