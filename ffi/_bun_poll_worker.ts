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
import {
  CONTROL,
  type WorkerInit,
  type WorkerReply,
  type WorkerRequest,
} from "./background.ts";

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

const C = CONTROL;
let control: Int32Array<ArrayBufferLike> = new Int32Array(0);
let config = 0;
let args: (number | Uint8Array | null)[] = [];
let done = 0;

/**
 * Answers requests until the main thread announces new buffers (then the
 * message carrying them is read first): sleeps in `Atomics.wait` between
 * calls, never in the event loop, so a request costs no message.
 */
function serve(): void {
  for (;;) {
    const request = Atomics.load(control, C.REQUEST);
    if (request === done) {
      Atomics.wait(control, C.REQUEST, done);
      continue;
    }
    if (Atomics.load(control, C.CONFIG) !== config) return;
    const call = args.map((a, i) =>
      typeof a === "number" ? control[C.NUMBERS + i]! : a
    );
    const result = Number(fn!(...call));
    control[C.RESULT] = result;
    control[C.ERRNO] = result < 0 ? lastErrno() : 0;
    done = request;
    Atomics.store(control, C.DONE, request);
    Atomics.notify(control, C.DONE);
  }
}

// Set while the module runs, nothing awaited before it (here or in an
// import): Bun 1.4 drops a message that reaches a Worker before it has a
// handler (checked: with one `await` first, the first message is lost), and
// without its first message this worker would never answer a call.
scope.onmessage = (e: MessageEvent) => {
  const request = e.data as WorkerRequest;
  if ("init" in request) {
    control = new Int32Array(request.control);
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
  config = request.config;
  args = [...request.args];
  serve();
};
