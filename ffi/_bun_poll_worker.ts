/**
 * The Bun worker behind `openBackgroundCall`: it opens one C function with
 * `bun:ffi` and, for each request, calls it (blocking this thread, never the
 * main one) over the shared buffers it was given, reads this thread's last
 * error right after, and posts both back. Private to `ffi/`.
 *
 * @module
 */
import {
  type NativeFunction,
  openLibrary,
  readI32,
  type SymbolTable,
} from "./mod.ts";
import type { WorkerInit, WorkerReply, WorkerRequest } from "./background.ts";

/** The worker's global scope, as far as it is used here. */
interface WorkerScope {
  onmessage: ((e: MessageEvent) => void) | null;
  postMessage(message: unknown): void;
}

const scope = globalThis as unknown as WorkerScope;
let fn: NativeFunction | null = null;
let lastErrno: () => number = () => -1;
let failure = "The background worker was not initialised";

function post(reply: WorkerReply): void {
  scope.postMessage(reply);
}

function open(init: WorkerInit): void {
  const { search, symbol, spec, lastError } = init;
  const table: SymbolTable = {
    [symbol]: spec,
    [lastError.symbol]: {
      parameters: [],
      result: lastError.kind === "location" ? "pointer" : "i32",
    },
  };
  const lib = openLibrary(search, table);
  fn = lib[symbol];
  const read = lib[lastError.symbol]!;
  if (lastError.kind === "call") {
    lastErrno = () => read() as number;
  } else {
    // errno's address is fixed per thread: read it once, on this thread.
    const where = read();
    lastErrno = () => readI32(where, 0);
  }
}

scope.onmessage = (e: MessageEvent) => {
  const request = e.data as WorkerRequest;
  if ("init" in request) {
    try {
      open(request.init);
    } catch (err) {
      fn = null;
      failure = err instanceof Error ? err.message : String(err);
    }
    return;
  }
  if (!fn) {
    post({ failure });
    return;
  }
  const result = Number(fn(...request.args));
  post({ result, errno: result < 0 ? lastErrno() : 0 });
};
