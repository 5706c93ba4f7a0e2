/**
 * A worker for the socket tests: drains a socket slowly from another
 * thread while the main thread is blocked in a call. It reads through its
 * own duplicate of the descriptor it is given, without waiting for data
 * (MSG_DONTWAIT), once every `intervalMs`, until told to stop through the
 * shared flag; then it closes its duplicate and reports the bytes read.
 */
import { errno } from "../platform/mod.ts";
import { constants as C } from "../platform/mod.ts";
import { error, fromfd } from "../mod.ts";

interface Start {
  readonly fd: number;
  readonly family: number;
  readonly type: number;
  readonly chunk: number;
  readonly intervalMs: number;
  readonly stop: SharedArrayBuffer;
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<Start>) => void) | null;
  postMessage(message: unknown): void;
  close(): void;
}

const self = globalThis as unknown as WorkerScope;

self.onmessage = (event: MessageEvent<Start>) => {
  const { fd, family, type, chunk, intervalMs, stop } = event.data;
  const flag = new Int32Array(stop);
  const sock = fromfd(fd, family, type);
  let total = 0;
  try {
    self.postMessage({ ready: true });
    const buf = new Uint8Array(chunk);
    while (Atomics.wait(flag, 0, 0, intervalMs) === "timed-out") {
      try {
        total += sock.recv_into(buf, 0, C.MSG_DONTWAIT);
      } catch (e) {
        if (!(e instanceof error) || e.errno !== errno.EAGAIN) throw e;
      }
    }
  } finally {
    sock.close();
  }
  self.postMessage({ done: true, total });
  self.close();
};
