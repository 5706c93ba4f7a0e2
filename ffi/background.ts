/**
 * One C call off the main thread, the runtime-neutral way: on Deno a
 * `nonblocking` FFI call (it runs on one of tokio's blocking threads), on Bun
 * a Worker that makes the call through `bun:ffi` on shared memory (Bun has
 * no nonblocking FFI calls). The reactor behind the `sock_*` calls uses it
 * for its one wait (`epoll_pwait`, `poll` or `WSAPoll`). Only one call is in
 * flight at a time, and none when the caller is idle, so nothing keeps the
 * process alive.
 *
 * @module
 */
import {
  libraryPaths,
  type LibrarySearch,
  openedPath,
  runtime,
  type SymbolSpec,
} from "./mod.ts";
import { deno } from "./_deno.ts";

/** How the calling thread's last error is read (as the platform tables say). */
export interface LastErrorSpec {
  /** `location`: a function returning `int *`; `call`: one returning the error. */
  readonly kind: "location" | "call";
  /** That function's name (`__errno_location`, `__error`, `WSAGetLastError`). */
  readonly symbol: string;
}

/** What a background call gave. */
export interface BackgroundResult {
  /** The C function's result. */
  readonly result: number;
  /**
   * The last error of the thread that made the call, read right after it on
   * that thread (Bun's worker), or `null` where no JavaScript runs on that
   * thread to read it (Deno): the caller must then find the error out
   * another way, such as repeating the call without waiting.
   */
  readonly errno: number | null;
}

/** A C function called off the main thread, one call at a time. */
export interface BackgroundCall {
  /**
   * Calls the function with `args` off the main thread and settles with
   * its result (`null`: a NULL pointer). Every `Uint8Array` argument must
   * come from `buffer()`;
   * until the promise settles the caller must not touch them nor call
   * again. Rejects when the call cannot be made (the library does not
   * load; Bun's worker failed), and from then on every call does.
   */
  call(
    args: readonly (number | Uint8Array | null)[],
  ): Promise<BackgroundResult>;
  /**
   * A zeroed buffer of `size` bytes that the other thread can read and
   * write (shared memory on Bun), for the calls' buffer arguments.
   */
  buffer(size: number): Uint8Array;
}

/** What the Bun worker is told once, before its first call. */
export interface WorkerInit {
  /** Where the C library is. */
  readonly search: LibrarySearch;
  /** The function's name (`epoll_pwait`, `poll`, `WSAPoll`). */
  readonly symbol: string;
  /** Its C signature, from the platform table. */
  readonly spec: SymbolSpec;
  /** How the worker reads its own thread's last error. */
  readonly lastError: LastErrorSpec;
}

/**
 * Opens `symbol` (with the C signature `spec`, from the library `search`
 * finds) for calls off the main thread; `lastError` says how the thread
 * that makes the call reads its error. The library is loaded (on Bun the
 * worker started) at the first call.
 *
 * @example Waiting for a descriptor without blocking the event loop
 * ```ts
 * import { openBackgroundCall } from "./background.ts";
 * const background = openBackgroundCall(
 *   { envVar: "MY_LIBC", paths: ["libc.so.6"] },
 *   "poll",
 *   { parameters: ["buffer", "u64", "i32"], result: "i32" },
 *   { kind: "location", symbol: "__errno_location" },
 * );
 * const fds = background.buffer(8); // struct pollfd { int fd; short events, revents; }
 * const view = new DataView(fds.buffer);
 * view.setInt32(0, 0, true); // fd 0
 * view.setInt16(4, 1, true); // POLLIN
 * const { result } = await background.call([fds, 1, 100]);
 * console.log(result, view.getInt16(6, true));
 * ```
 */
export function openBackgroundCall(
  search: LibrarySearch,
  symbol: string,
  spec: SymbolSpec,
  lastError: LastErrorSpec,
): BackgroundCall {
  const init: WorkerInit = { search, symbol, spec, lastError };
  return runtime === "deno" ? new DenoCall(init) : new BunCall(init);
}

type AsyncFn = (...args: unknown[]) => Promise<number | bigint>;

/** Deno: the function bound with `nonblocking: true`. */
class DenoCall implements BackgroundCall {
  readonly #init: WorkerInit;
  #fn: AsyncFn | null = null;
  #busy = false;

  constructor(init: WorkerInit) {
    this.#init = init;
  }

  #open(): AsyncFn {
    const { search, symbol, spec } = this.#init;
    // The library the blocking calls loaded, else the same search.
    const loaded = openedPath(search);
    const paths = loaded ? [loaded] : libraryPaths(search);
    const failures: string[] = [];
    for (const path of paths) {
      try {
        if (!deno) throw new Error("Deno's non-blocking FFI needs Deno");
        const lib = deno.dlopen(path, {
          [symbol]: {
            parameters: spec.parameters,
            result: spec.result,
            nonblocking: true,
          },
        });
        return lib.symbols[symbol] as unknown as AsyncFn;
      } catch (e) {
        failures.push(`  ${path}: ${e instanceof Error ? e.message : e}`);
      }
    }
    throw new Error(
      `Could not load ${symbol} from the C library (set ${search.envVar} to its path); tried:\n${
        failures.join("\n")
      }`,
    );
  }

  buffer(size: number): Uint8Array {
    return new Uint8Array(size);
  }

  async call(
    args: readonly (number | Uint8Array | null)[],
  ): Promise<BackgroundResult> {
    if (this.#busy) throw new Error("A background call is already in flight");
    this.#fn ??= this.#open();
    this.#busy = true;
    try {
      return { result: Number(await this.#fn(...args)), errno: null };
    } finally {
      this.#busy = false;
    }
  }
}

/** The parts of Bun's Worker used here (`ref`/`unref` are Bun's). */
interface BunWorker {
  postMessage(message: unknown): void;
  addEventListener(type: string, listener: (e: unknown) => void): void;
  ref(): void;
  unref(): void;
}

/**
 * The control words the main thread and the worker share (an `Int32Array`
 * over a `SharedArrayBuffer`): a call is requested by bumping `REQUEST`
 * and answered by setting `DONE` to it, each with `Atomics.notify`, so a
 * round trip costs no message (a `postMessage` each way costs ~5x more).
 */
export const CONTROL = {
  /** The number of the latest call requested. */
  REQUEST: 0,
  /** The number of the latest call answered. */
  DONE: 1,
  /** Its result. */
  RESULT: 2,
  /** The worker thread's errno after it (0 when the result is not -1). */
  ERRNO: 3,
  /** The generation of the arguments' buffers (see `WorkerRequest`). */
  CONFIG: 4,
  /** The numeric arguments, one word each, from here on. */
  NUMBERS: 8,
  /** Words in all. */
  SIZE: 16,
} as const;

/** A failure the worker reports by message (it cannot make calls). */
export type WorkerReply = { readonly failure: string };

/**
 * A message to the worker: the library to open and the control words,
 * once; then, whenever the buffer arguments change, the arguments (numbers
 * in them are placeholders: each call's numbers are in the control words)
 * with their generation, which `CONFIG` announces before the request.
 */
export type WorkerRequest =
  | { readonly init: WorkerInit; readonly control: SharedArrayBuffer }
  | {
    readonly config: number;
    readonly args: readonly (number | Uint8Array | null)[];
  };

type WaitAsync = (
  array: Int32Array,
  index: number,
  value: number,
) => { async: boolean; value: Promise<string> | string };

/**
 * Bun: a Worker that makes the call over `SharedArrayBuffer` memory and
 * reads its own thread's errno right after; requests and answers go
 * through shared control words (`CONTROL`), the answer awaited with
 * `Atomics.waitAsync`. The worker is referenced (keeps the process alive)
 * only while a call is in flight; idle, it sleeps in `Atomics.wait`.
 */
class BunCall implements BackgroundCall {
  readonly #init: WorkerInit;
  readonly #control = new Int32Array(
    new SharedArrayBuffer(CONTROL.SIZE * 4),
  );
  #worker: BunWorker | null = null;
  #sequence = 0;
  #config = 0;
  /** The buffers of the arguments the worker holds. */
  #buffers: (Uint8Array | null)[] = [];
  #pending:
    | { resolve(r: BackgroundResult): void; reject(e: Error): void }
    | null = null;
  /**
   * Why the worker cannot make calls, once it has failed (its library did
   * not load, or it threw): every later call rejects with it at once. No
   * answer would ever come, and the wait for one (`#await`, expecting the
   * answer of the call before, which never came either) would find the
   * control word changed at once, again and again: a loop of microtasks
   * that froze the process.
   */
  #failure: string | null = null;

  constructor(init: WorkerInit) {
    this.#init = init;
  }

  #start(): BunWorker {
    const url = new URL("./_bun_poll_worker.ts", import.meta.url);
    const worker = new Worker(url, { type: "module" }) as unknown as BunWorker;
    worker.unref();
    worker.addEventListener(
      "message",
      (e) => this.#fail((e as MessageEvent).data as WorkerReply),
    );
    worker.addEventListener("error", (e) => {
      const message = (e as ErrorEvent).message ||
        "The background worker failed";
      this.#fail({ failure: message });
    });
    const init: WorkerRequest = {
      init: this.#init,
      control: this.#control.buffer as SharedArrayBuffer,
    };
    worker.postMessage(init);
    return worker;
  }

  #fail(reply: WorkerReply): void {
    this.#failure ??= reply.failure;
    const pending = this.#pending;
    if (!pending) return;
    this.#pending = null;
    this.#worker?.unref();
    pending.reject(new Error(reply.failure));
  }

  /** Waits, without blocking, for the worker to answer call `sequence`. */
  #await(sequence: number): void {
    const waitAsync = (Atomics as unknown as { waitAsync: WaitAsync })
      .waitAsync;
    const wait = waitAsync(this.#control, CONTROL.DONE, sequence - 1);
    if (wait.async) {
      (wait.value as Promise<string>).then(() => this.#answer(sequence));
    } else {
      queueMicrotask(() => this.#answer(sequence));
    }
  }

  #answer(sequence: number): void {
    const pending = this.#pending;
    if (!pending) return;
    if (Atomics.load(this.#control, CONTROL.DONE) !== sequence) {
      // Woken by the notify of the call before (it may come after its
      // answer was already seen): wait again.
      this.#await(sequence);
      return;
    }
    this.#pending = null;
    this.#worker?.unref();
    pending.resolve({
      result: this.#control[CONTROL.RESULT]!,
      errno: this.#control[CONTROL.ERRNO]!,
    });
  }

  buffer(size: number): Uint8Array {
    return new Uint8Array(new SharedArrayBuffer(size));
  }

  call(
    args: readonly (number | Uint8Array | null)[],
  ): Promise<BackgroundResult> {
    if (this.#pending) {
      return Promise.reject(
        new Error("A background call is already in flight"),
      );
    }
    if (this.#failure !== null) return Promise.reject(new Error(this.#failure));
    const worker = this.#worker ??= this.#start();
    const control = this.#control;
    // The buffers are the same call after call (the reactor's): compared
    // and the numbers stored in one pass, without allocating.
    let same = args.length === this.#buffers.length;
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (typeof a === "number") {
        control[CONTROL.NUMBERS + i] = a;
        if (same && this.#buffers[i] !== null) same = false;
      } else if (same && this.#buffers[i] !== a) {
        same = false;
      }
    }
    if (!same) {
      this.#buffers = args.map((a) => typeof a === "number" ? null : a);
      Atomics.store(control, CONTROL.CONFIG, ++this.#config);
      const config: WorkerRequest = { config: this.#config, args };
      worker.postMessage(config);
    }
    const sequence = ++this.#sequence;
    const promise = new Promise<BackgroundResult>((resolve, reject) => {
      this.#pending = { resolve, reject };
    });
    worker.ref();
    Atomics.store(control, CONTROL.REQUEST, sequence);
    Atomics.notify(control, CONTROL.REQUEST);
    this.#await(sequence);
    return promise;
  }
}
