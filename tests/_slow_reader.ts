/**
 * A worker for the socket tests: drains a socket from another thread
 * while the main thread is blocked in a call. It reads through its own
 * duplicate of the descriptor it is given, without waiting for data
 * (non-blocking mode), once every `intervalMs` (0: continuously), until told to
 * stop through the shared flag or until it has read `expect` bytes; then it
 * closes its duplicate, reports the bytes read and their FNV-1a hash, and
 * waits for the next job (one worker serves a whole test file: starting one
 * costs Deno a type check of its module graph, seconds on a loaded machine).
 * Should reading fail, it shuts the socket down so that the main thread's
 * blocked call fails instead of waiting forever.
 */
import { errno } from "../platform/mod.ts";
import { constants as C } from "../platform/mod.ts";
import { error, fromfd } from "../mod.ts";
import { fnv1a } from "./_net.ts";

interface Start {
  readonly fd: number;
  readonly family: number;
  readonly type: number;
  readonly chunk: number;
  readonly intervalMs: number;
  readonly stop: SharedArrayBuffer;
  readonly expect?: number;
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<Start>) => void) | null;
  postMessage(message: unknown): void;
}

const self = globalThis as unknown as WorkerScope;

self.onmessage = (event: MessageEvent<Start>) => {
  const { fd, family, type, chunk, intervalMs, stop } = event.data;
  const expect = event.data.expect ?? Infinity;
  const flag = new Int32Array(stop);
  const sock = fromfd(fd, family, type);
  // Reads that never wait, through the mode (Winsock has no MSG_DONTWAIT).
  sock.setblocking(false);
  let total = 0;
  let hash = 0x811c9dc5;
  try {
    self.postMessage({ ready: true });
    const buf = new Uint8Array(chunk);
    while (
      total < expect && Atomics.wait(flag, 0, 0, intervalMs) === "timed-out"
    ) {
      try {
        const n = sock.recv_into(buf);
        hash = fnv1a(buf.subarray(0, n), hash);
        total += n;
      } catch (e) {
        if (!(e instanceof error) || e.errno !== errno.EAGAIN) throw e;
      }
    }
  } catch (e) {
    // Never leave the main thread blocked on a reader that has died:
    // shutting the shared socket down makes its call fail at once.
    sock.shutdown(C.SHUT_RDWR);
    throw e;
  } finally {
    sock.close();
  }
  self.postMessage({ done: true, total, hash });
};
