/**
 * The Bun worker behind `openBackgroundPoll`: it opens the platform's poll
 * function with `bun:ffi` and, for each request, blocks in it over the
 * shared `pollfd` array, then posts the result back. Private to `ffi/`.
 *
 * @module
 */
import { type NativeFunction, openLibrary } from "./mod.ts";
import type { PollWorkerInit } from "./background.ts";

/** The worker's global scope, as far as it is used here. */
interface WorkerScope {
  onmessage: ((e: MessageEvent) => void) | null;
  postMessage(message: unknown): void;
}

/** A message from `BunPoll`. */
type Request =
  | { init: PollWorkerInit }
  | { shared?: SharedArrayBuffer; nfds: number; timeout: number };

const scope = globalThis as unknown as WorkerScope;
let pollFn: NativeFunction | null = null;
let failure = "The poll worker was not initialised";
let fds: Uint8Array = new Uint8Array(0);

scope.onmessage = (e: MessageEvent) => {
  const request = e.data as Request;
  if ("init" in request) {
    const { search, symbol, spec } = request.init;
    try {
      pollFn = openLibrary(search, { [symbol]: spec })[symbol];
    } catch (err) {
      failure = err instanceof Error ? err.message : String(err);
    }
    return;
  }
  if (request.shared) fds = new Uint8Array(request.shared) as Uint8Array;
  if (!pollFn) {
    scope.postMessage({ failure });
    return;
  }
  scope.postMessage({ result: pollFn(fds, request.nfds, request.timeout) });
};
