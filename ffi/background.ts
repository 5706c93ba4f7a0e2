/**
 * One `poll()` off the main thread, the runtime-neutral way: on Deno a
 * `nonblocking` FFI call (it runs on one of tokio's blocking threads), on Bun
 * a Worker that calls `poll` through `bun:ffi` on a shared `pollfd` array
 * (Bun has no nonblocking FFI calls). Only one call is in flight at a time,
 * and none when the caller is idle, so nothing keeps the process alive.
 *
 * @module
 */
import { type LibrarySearch, runtime, type SymbolSpec } from "./mod.ts";

/** A `poll()` that runs off the main thread, one call at a time. */
export interface BackgroundPoll {
  /**
   * Calls `poll(fds, nfds, timeoutMs)` off the main thread and settles with
   * its result: the number of ready entries, 0 on timeout, or -1 on failure
   * (the errno stays on the other thread). `fds` holds `nfds` C `pollfd`
   * structs; the `revents` fields are written back before the promise
   * settles. Until then the caller must not touch `fds` nor call `poll`
   * again.
   */
  poll(fds: Uint8Array, nfds: number, timeoutMs: number): Promise<number>;
}

/** What the Bun worker is told once, before its first poll. */
export interface PollWorkerInit {
  /** Where the C library is. */
  readonly search: LibrarySearch;
  /** The poll function's name (`poll` or `WSAPoll`). */
  readonly symbol: string;
  /** Its C signature, from the platform table. */
  readonly spec: SymbolSpec;
}

/**
 * Opens the platform's poll function (`symbol`, with the C signature
 * `spec`, from the library `search` finds) for calls off the main thread.
 * The library is loaded (on Bun the worker started) at the first call.
 *
 * @example Waiting for a descriptor without blocking the event loop
 * ```ts
 * import { openBackgroundPoll } from "./background.ts";
 * const background = openBackgroundPoll(
 *   { envVar: "MY_LIBC", paths: ["libc.so.6"] },
 *   "poll",
 *   { parameters: ["buffer", "u64", "i32"], result: "i32" },
 * );
 * const fds = new Uint8Array(8); // one struct pollfd { int fd; short events, revents; }
 * const view = new DataView(fds.buffer);
 * view.setInt32(0, 0, true); // fd 0
 * view.setInt16(4, 1, true); // POLLIN
 * const ready = await background.poll(fds, 1, 100);
 * console.log(ready, view.getInt16(6, true));
 * ```
 */
export function openBackgroundPoll(
  search: LibrarySearch,
  symbol: string,
  spec: SymbolSpec,
): BackgroundPoll {
  const init: PollWorkerInit = { search, symbol, spec };
  return runtime === "deno" ? new DenoPoll(init) : new BunPoll(init);
}

/** The environment override of `search`, when it may be read. */
function override(search: LibrarySearch): string | undefined {
  const deno = (globalThis as {
    Deno?: {
      env: { get(n: string): string | undefined };
      permissions: {
        querySync(d: { name: "env"; variable: string }): { state: string };
      };
    };
  }).Deno;
  if (!deno) return undefined;
  const state =
    deno.permissions.querySync({ name: "env", variable: search.envVar }).state;
  return state === "granted" ? deno.env.get(search.envVar) : undefined;
}

type PollFn = (
  fds: Uint8Array,
  nfds: number,
  timeout: number,
) => Promise<number>;

/** Deno: `poll` bound with `nonblocking: true`. */
class DenoPoll implements BackgroundPoll {
  readonly #init: PollWorkerInit;
  #fn: PollFn | null = null;
  #busy = false;

  constructor(init: PollWorkerInit) {
    this.#init = init;
  }

  #open(): PollFn {
    const { search, symbol, spec } = this.#init;
    const env = override(search);
    const paths = env ? [env, ...search.paths] : [...search.paths];
    const failures: string[] = [];
    for (const path of paths) {
      try {
        const lib = Deno.dlopen(path, {
          [symbol]: {
            parameters: spec.parameters,
            result: spec.result,
            nonblocking: true,
          },
        } as Record<string, Deno.ForeignFunction>);
        return lib.symbols[symbol] as unknown as PollFn;
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

  async poll(
    fds: Uint8Array,
    nfds: number,
    timeoutMs: number,
  ): Promise<number> {
    if (this.#busy) throw new Error("A background poll is already in flight");
    this.#fn ??= this.#open();
    this.#busy = true;
    try {
      return Number(await this.#fn(fds, nfds, timeoutMs));
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

/** A reply from the worker. */
type Reply = { result: number } | { failure: string };

/**
 * Bun: a Worker blocked in `poll` on a `SharedArrayBuffer`. The worker is
 * referenced (keeps the process alive) only while a call is in flight.
 */
class BunPoll implements BackgroundPoll {
  readonly #init: PollWorkerInit;
  #worker: BunWorker | null = null;
  #shared: SharedArrayBuffer | null = null;
  #pending:
    | { resolve(n: number): void; reject(e: Error): void }
    | null = null;

  constructor(init: PollWorkerInit) {
    this.#init = init;
  }

  #start(): BunWorker {
    const url = new URL("./_bun_poll_worker.ts", import.meta.url);
    const worker = new Worker(url, { type: "module" }) as unknown as BunWorker;
    worker.unref();
    worker.addEventListener(
      "message",
      (e) => this.#reply((e as MessageEvent).data as Reply),
    );
    worker.addEventListener("error", (e) => {
      const message = (e as ErrorEvent).message || "The poll worker failed";
      this.#reply({ failure: message });
    });
    worker.postMessage({ init: this.#init });
    return worker;
  }

  #reply(reply: Reply): void {
    const pending = this.#pending;
    if (!pending) return;
    this.#pending = null;
    this.#worker?.unref();
    if ("failure" in reply) pending.reject(new Error(reply.failure));
    else pending.resolve(reply.result);
  }

  poll(fds: Uint8Array, nfds: number, timeoutMs: number): Promise<number> {
    if (this.#pending) {
      return Promise.reject(
        new Error("A background poll is already in flight"),
      );
    }
    const worker = this.#worker ??= this.#start();
    let fresh = false;
    if (!this.#shared || this.#shared.byteLength < fds.byteLength) {
      this.#shared = new SharedArrayBuffer(Math.max(64, fds.byteLength * 2));
      fresh = true;
    }
    const shared = new Uint8Array(this.#shared, 0, fds.byteLength);
    shared.set(fds);
    return new Promise<number>((resolve, reject) => {
      this.#pending = {
        resolve: (n) => {
          fds.set(shared);
          resolve(n);
        },
        reject,
      };
      worker.ref();
      worker.postMessage({
        shared: fresh ? this.#shared : undefined,
        nfds,
        timeout: timeoutMs,
      });
    });
  }
}
