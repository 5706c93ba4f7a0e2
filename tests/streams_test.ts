/**
 * The WHATWG streams of a connected stream socket (`socket/streams.ts`):
 * `readable` (a byte stream, BYOB readers included) and `writable`, over
 * socket pairs and loopback TCP. Nothing here blocks the event loop: each
 * test would deadlock if a read or a write did.
 */
import { before, describe } from "node:test";
import assert from "node:assert/strict";
import { constants as C, errno as E, layouts, os } from "../platform/mod.ts";
import { error, socket, socketpair, type SocketType } from "../mod.ts";
import {
  AUTO_ALLOCATE_CHUNK_SIZE,
  WRITABLE_HIGH_WATER_MARK,
} from "../socket/streams.ts";
import { sock_recv } from "../socket/async.ts";
import { checkFdLeaks } from "./_fd.ts";
import { bytes, recvExactly, Scope, tcpPair } from "./_net.ts";
import { it } from "./_skip.ts";

/** Every test is bounded: a lost wake-up fails instead of hanging. */
const LIMIT = { timeout: 60_000 };

/** A `struct linger` as the platform lays it out (4 bytes on Windows). */
function lingerBytes(onoff: number, seconds: number): Uint8Array {
  const { size, fields } = layouts.linger;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const set = ([at, width]: readonly [number, number], value: number) => {
    if (width === 2) view.setUint16(at, value, true);
    else view.setInt32(at, value, true);
  };
  set(fields.l_onoff, onoff);
  set(fields.l_linger, seconds);
  return out;
}

/** Closes `s` with a reset (SO_LINGER 0): its peer sees ECONNRESET. */
function reset(s: SocketType): void {
  s.setsockopt(C.SOL_SOCKET, C.SO_LINGER, lingerBytes(1, 0));
  s.close();
}

/** Asserts that `p` rejects with `error` (exactly) of errno one of `codes`. */
async function rejectsWithErrno(
  p: Promise<unknown>,
  codes: number[],
): Promise<error> {
  let caught: unknown = null;
  try {
    await p;
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof error, `expected error, got ${caught}`);
  assert.equal(caught.constructor, error, `got ${caught.name}`);
  assert.ok(
    caught.errno !== null && codes.includes(caught.errno),
    `errno ${caught.errno} not in ${codes}: ${caught}`,
  );
  return caught;
}

/**
 * Byte `i` of the 64 MiB stream: a function of the whole index, so a
 * chunk lost, repeated or swapped anywhere changes what is read.
 */
function patternByte(i: number): number {
  return (i ^ (i >>> 8) ^ (i >>> 16) ^ (i >>> 24) ^ 0x5a) & 0xff;
}

/** One turn of the event loop (a macrotask), not a sleep. */
function turn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

describe("socket streams", () => {
  before(async () => {
    // The reactor opens its wake-up channel at the first wait; open it
    // before the leak check's snapshot.
    const [a, b] = socketpair();
    const pending = sock_recv(b, 1);
    a.sendall("x");
    await pending;
    a.close();
    b.close();
  });
  checkFdLeaks();

  it("readable and writable are the same streams at every access", () => {
    using scope = new Scope();
    const [a] = scope.all(socketpair());
    const r = a.readable;
    const w = a.writable;
    assert.ok(r instanceof ReadableStream);
    assert.ok(w instanceof WritableStream);
    assert.equal(a.readable, r);
    assert.equal(a.writable, w);
    // A byte stream: a BYOB reader can be had.
    const reader = r.getReader({ mode: "byob" });
    reader.releaseLock();
  });

  it("readable and writable raise TypeError on a datagram socket", () => {
    using scope = new Scope();
    const s = scope.add(socket(C.AF_INET, C.SOCK_DGRAM));
    assert.throws(() => s.readable, {
      name: "TypeError",
      message: `readable needs a SOCK_STREAM socket, got type ${C.SOCK_DGRAM}`,
    });
    assert.throws(() => s.writable, {
      name: "TypeError",
      message: `writable needs a SOCK_STREAM socket, got type ${C.SOCK_DGRAM}`,
    });
  });

  it(
    "a chunk whose buffer is detached, or a revoked Proxy, rejects the write with TypeError",
    LIMIT,
    async () => {
      // Found by the fuzz: the size of such a DataView raised the engine's
      // own TypeError, naming nothing.
      using scope = new Scope();
      const [client] = tcpPair(scope);
      const buffer = new ArrayBuffer(8);
      const chunk = new DataView(buffer);
      structuredClone(buffer, { transfer: [buffer] }); // detaches it
      const writer = client.writable.getWriter();
      await assert.rejects(writer.write(chunk as never), {
        name: "TypeError",
        message:
          "writable: a chunk's buffer is detached or too small for it, got a DataView",
      });
      writer.releaseLock();
      // A revoked Proxy as the chunk: ours too, not the engine's (on
      // another connection: the failed write errored this one's stream).
      const revoked = Proxy.revocable({}, {});
      revoked.revoke();
      const [other] = tcpPair(scope);
      const again = other.writable.getWriter();
      await assert.rejects(again.write(revoked.proxy as never), {
        name: "TypeError",
        message: "writable: a chunk must be a Uint8Array, got an object",
      });
      again.releaseLock();
    },
  );

  it(
    "new Response(s.readable).text() reads a whole reply over TCP",
    LIMIT,
    async () => {
      using scope = new Scope();
      const [client, server] = tcpPair(scope);
      const body = "x".repeat(300_000);
      const reply =
        `HTTP/1.0 200 OK\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
      const writing = (async () => {
        const writer = server.writable.getWriter();
        await writer.write(bytes(reply));
        await writer.close();
      })();
      const [text] = await Promise.all([
        new Response(client.readable).text(),
        writing,
      ]);
      assert.equal(text.length, reply.length);
      assert.equal(text, reply);
    },
  );

  it(
    "pipeThrough(new TextDecoderStream()) decodes text split anywhere",
    LIMIT,
    async () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const text = "héllo wörld, ünïcode ✓ ".repeat(1000);
      const encoded = bytes(text);
      const writing = (async () => {
        const writer = a.writable.getWriter();
        // Split inside multi-byte characters.
        for (let at = 0; at < encoded.length; at += 333) {
          await writer.write(encoded.subarray(at, at + 333));
        }
        await writer.close();
      })();
      let out = "";
      for await (
        const piece of b.readable.pipeThrough(new TextDecoderStream())
      ) {
        out += piece;
      }
      await writing;
      assert.equal(out, text);
    },
  );

  it(
    "a default reader's chunks are at most autoAllocateChunkSize",
    LIMIT,
    async () => {
      using scope = new Scope();
      const [a, b] = tcpPair(scope);
      const total = 3 * AUTO_ALLOCATE_CHUNK_SIZE + 17;
      const data = new Uint8Array(total).map((_, i) => patternByte(i));
      const sending = (async () => {
        const writer = a.writable.getWriter();
        await writer.write(data);
        await writer.close();
      })();
      const reader = b.readable.getReader();
      const got = new Uint8Array(total);
      let at = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        assert.ok(value.byteLength > 0);
        assert.ok(value.byteLength <= AUTO_ALLOCATE_CHUNK_SIZE);
        got.set(value, at);
        at += value.byteLength;
      }
      await sending;
      assert.equal(at, total);
      assert.deepEqual(got, data);
    },
  );

  it(
    "BYOB reads fill the reader's own buffer, then report the end",
    LIMIT,
    async () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      a.sendall("abcdefgh");
      const reader = b.readable.getReader({ mode: "byob" });
      const first = await reader.read(new Uint8Array(3));
      assert.equal(first.done, false);
      assert.deepEqual(first.value, bytes("abc"));
      // A view into the middle of a larger buffer is filled in place.
      const big = new Uint8Array(16).fill(0xee);
      const second = await reader.read(big.subarray(4, 14));
      assert.equal(second.done, false);
      assert.equal(second.value!.byteOffset, 4);
      assert.deepEqual(second.value, bytes("defgh"));
      assert.deepEqual(
        new Uint8Array(second.value!.buffer, 0, 16).subarray(0, 4),
        new Uint8Array(4).fill(0xee),
      );
      // A read waits for data sent later, without blocking the event loop.
      const pending = reader.read(new Uint16Array(2));
      setTimeout(() => a.sendall("wxyz"), 0);
      const third = await pending;
      assert.ok(third.value instanceof Uint16Array);
      assert.deepEqual(
        new Uint8Array(third.value.buffer, third.value.byteOffset, 4),
        bytes("wxyz"),
      );
      a.shutdown(C.SHUT_WR);
      const end = await reader.read(new Uint8Array(8));
      assert.equal(end.done, true);
      assert.equal(end.value!.byteLength, 0);
    },
  );

  it(
    "a pending read lets timers run: it does not block the event loop",
    LIMIT,
    async () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const reader = b.readable.getReader();
      const pending = reader.read();
      // The data is sent only by a timer: a blocked loop would never send it.
      await turn();
      a.sendall("late");
      const { value } = await pending;
      assert.deepEqual(value, bytes("late"));
      reader.releaseLock();
    },
  );

  it(
    "closing the writable shuts down the write side only (half-close)",
    LIMIT,
    async () => {
      using scope = new Scope();
      const [a, b] = tcpPair(scope);
      const writer = a.writable.getWriter();
      await writer.write(bytes("request"));
      await writer.close();
      // b reads the data, then the end of stream...
      assert.equal(await new Response(b.readable).text(), "request");
      // ...and can still answer: a's read side is open.
      b.sendall("answer");
      b.shutdown(C.SHUT_WR);
      assert.equal(await new Response(a.readable).text(), "answer");
      // A second shutdown of the same side is harmless; writing again fails.
      assert.throws(() => a.send("more"), error);
    },
  );

  it(
    "cancelling the readable shuts down the read side and ends a pending read",
    LIMIT,
    async () => {
      using scope = new Scope();
      const [a, b] = tcpPair(scope);
      const reader = a.readable.getReader();
      const pending = reader.read();
      await reader.cancel("done");
      const { done } = await pending;
      assert.equal(done, true);
      // The write side is still open: b receives what a sends.
      a.sendall("still writing");
      assert.deepEqual(recvExactly(b, 13), bytes("still writing"));
      // The read side is shut: the socket reads the end of stream (Linux,
      // macOS), or Winsock refuses the read (WSAESHUTDOWN).
      if (os === "windows") {
        assert.throws(() => a.recv(16), { errno: E.WSAESHUTDOWN });
      } else {
        assert.equal(a.recv(16).length, 0);
      }
    },
  );

  it(
    "a read from a closed socket errors the readable with EBADF",
    LIMIT,
    async () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const reader = a.readable.getReader();
      a.close();
      const e = await rejectsWithErrno(reader.read(), [E.EBADF]);
      await assert.rejects(reader.closed, (x) => x === e);
      // The writable, made after the close, errors at its first write.
      const writer = a.writable.getWriter();
      await rejectsWithErrno(writer.write(bytes("x")), [E.EBADF]);
      b.close();
    },
  );

  it(
    "closing the socket while a read waits errors the readable with EBADF",
    LIMIT,
    async () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const reader = a.readable.getReader();
      const pending = reader.read();
      await turn();
      const start = performance.now();
      a.close();
      await rejectsWithErrno(pending, [E.EBADF]);
      const ms = performance.now() - start;
      assert.ok(ms < 2000, `the read settled ${ms} ms after close()`);
      b.close();
    },
  );

  it(
    "a socket in non-blocking mode streams as well (reads and writes wait)",
    LIMIT,
    async () => {
      using scope = new Scope();
      const [a, b] = tcpPair(scope);
      a.setblocking(false);
      b.setblocking(false);
      const reading = new Response(b.readable).text();
      await turn();
      const writer = a.writable.getWriter();
      const text = "y".repeat(1 << 20);
      await writer.write(bytes(text));
      await writer.close();
      assert.equal(await reading, text);
    },
  );

  it("a reset connection errors the readable with ECONNRESET", {
    ...LIMIT,
    skip: os === "windows" &&
      "Wine 8 closes gracefully despite SO_LINGER 0 (Windows resets)",
  }, async () => {
    using scope = new Scope();
    const l = scope.add(socket(C.AF_INET, C.SOCK_STREAM));
    l.bind(["127.0.0.1", 0]);
    l.listen();
    const a = scope.add(socket(C.AF_INET, C.SOCK_STREAM));
    a.connect(l.getsockname());
    const [b] = l.accept();
    const reader = a.readable.getReader();
    const pending = reader.read();
    await turn();
    reset(b);
    const e = await rejectsWithErrno(pending, [E.ECONNRESET]);
    // The stream stays errored with the socket's error.
    await assert.rejects(reader.read(), (x) => x === e);
    await assert.rejects(reader.closed, (x) => x === e);
  });

  it(
    "writing to a reset connection errors the writable (EPIPE or ECONNRESET)",
    LIMIT,
    async () => {
      using scope = new Scope();
      const l = scope.add(socket(C.AF_INET, C.SOCK_STREAM));
      l.bind(["127.0.0.1", 0]);
      l.listen();
      const a = scope.add(socket(C.AF_INET, C.SOCK_STREAM));
      a.connect(l.getsockname());
      const [b] = l.accept();
      reset(b);
      const writer = a.writable.getWriter();
      const chunk = new Uint8Array(64 * 1024);
      let caught: unknown = null;
      // The first writes may go before the reset is seen; 64 MiB is a bound.
      for (let i = 0; i < 1024 && caught === null; i++) {
        try {
          await writer.write(chunk);
        } catch (e) {
          caught = e;
        }
      }
      const codes = [E.EPIPE, E.ECONNRESET, E.ECONNABORTED].filter((x) =>
        x !== undefined
      );
      await rejectsWithErrno(Promise.reject(caught), codes);
      await assert.rejects(writer.closed, (x) => x === caught);
    },
  );

  it("a socket timeout errors a read that waits too long", LIMIT, async () => {
    using scope = new Scope();
    const [, b] = scope.all(socketpair());
    b.settimeout(0.05);
    const reader = b.readable.getReader();
    await assert.rejects(reader.read(), { name: "timeout" });
  });

  it(
    "writing queues at most the high-water mark before backpressure",
    LIMIT,
    async () => {
      using scope = new Scope();
      const [a, b] = tcpPair(scope);
      const writer = a.writable.getWriter();
      assert.equal(writer.desiredSize, WRITABLE_HIGH_WATER_MARK);
      // Fill the kernel's buffers and the stream's queue with nobody reading.
      const chunk = new Uint8Array(16 * 1024);
      let queued = 0;
      let writes: Promise<void>[] = [];
      while ((writer.desiredSize ?? 0) > 0 && queued < 256 * 1024 * 1024) {
        writes.push(writer.write(chunk));
        queued += chunk.byteLength;
        await turn();
      }
      assert.ok(writer.desiredSize! <= 0, `desiredSize ${writer.desiredSize}`);
      // The reader drains; every write then completes and the queue empties.
      let got = 0;
      const draining = (async () => {
        const reader = b.readable.getReader();
        while (got < queued) {
          const { done, value } = await reader.read();
          if (done) break;
          got += value.byteLength;
        }
        reader.releaseLock();
      })();
      await Promise.all(writes);
      writes = [];
      await writer.ready;
      assert.equal(writer.desiredSize, WRITABLE_HIGH_WATER_MARK);
      await draining;
      assert.equal(got, queued);
    },
  );

  it(
    "pipeTo copies 64 MiB between two connections byte-exact, with bounded memory",
    {
      timeout: 300_000,
    },
    async () => {
      using scope = new Scope();
      const [src, srcPeer] = tcpPair(scope);
      const [dst, dstPeer] = tcpPair(scope);
      // Small kernel buffers (and no autotuning) make the bound tight.
      for (const s of [src, srcPeer, dst, dstPeer]) {
        s.setsockopt(C.SOL_SOCKET, C.SO_SNDBUF, 64 * 1024);
        s.setsockopt(C.SOL_SOCKET, C.SO_RCVBUF, 64 * 1024);
      }
      const total = 64 * 1024 * 1024;
      const chunkSize = 64 * 1024;
      // Kernel buffers (at most 2x what was asked, each of 8) and the stream
      // queues: a few MiB. A copy without backpressure would hold all 64 MiB.
      const bound = 8 * 1024 * 1024;
      let produced = 0;
      let consumed = 0;
      let maxInFlight = 0;
      let minDesired = Infinity;
      let waitedForReady = 0;

      // The copy under test: srcPeer's readable into dst's writable.
      const copying = srcPeer.readable.pipeTo(dst.writable);

      const producing = (async () => {
        const writer = src.writable.getWriter();
        const chunk = new Uint8Array(chunkSize);
        while (produced < total) {
          minDesired = Math.min(minDesired, writer.desiredSize ?? 0);
          if ((writer.desiredSize ?? 0) <= 0) {
            waitedForReady++;
            await writer.ready;
          }
          for (let i = 0; i < chunkSize; i++) {
            chunk[i] = patternByte(
              produced + i,
            );
          }
          // write() copies nothing: a fresh chunk each time.
          void writer.write(chunk.slice()).catch(() => {});
          produced += chunkSize;
          maxInFlight = Math.max(maxInFlight, produced - consumed);
        }
        await writer.close();
      })();

      const consuming = (async () => {
        const reader = dstPeer.readable.getReader({ mode: "byob" });
        let buf = new Uint8Array(32 * 1024);
        let mismatch = -1;
        for (;;) {
          const { done, value } = await reader.read(buf);
          if (done) break;
          for (let i = 0; i < value.length && mismatch < 0; i++) {
            if (value[i] !== patternByte(consumed + i)) mismatch = consumed + i;
          }
          consumed += value.length;
          buf = new Uint8Array(value.buffer);
          // A slow reader: one more turn of the loop per chunk (through
          // setImmediate: a zero timer waits at least 1 ms, 2,048 times).
          await new Promise((resolve) => setImmediate(resolve));
        }
        return mismatch;
      })();

      const [, , mismatch] = await Promise.all([copying, producing, consuming]);
      assert.equal(mismatch, -1, `first wrong byte at ${mismatch}`);
      assert.equal(consumed, total);
      assert.ok(minDesired <= 0, `the writer never saw backpressure`);
      assert.ok(waitedForReady > 0);
      assert.ok(
        maxInFlight <= bound,
        `${maxInFlight} bytes were in flight at once (bound ${bound})`,
      );
    },
  );
});
