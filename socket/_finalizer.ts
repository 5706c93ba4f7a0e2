/**
 * Closes the descriptors of sockets dropped without `close()`: each socket
 * still open at the end of the job that made it registers its
 * {@linkcode Owned} cell, and clears it when `close()` or `detach()` gives
 * the descriptor up.
 *
 * @module
 */
import { closing } from "./_close_hook.ts";
import { closeHandle } from "./_sys.ts";

/**
 * The descriptor a socket owns, for the finalizer: -1 once `close()` or
 * `detach()` gave it up (they clear it instead of unregistering).
 */
export interface Owned {
  fd: number;
}

/**
 * Registered without an unregister token: JavaScriptCore walks every
 * registration that has a token at each young-generation collection (with
 * 18,000 open sockets: 1.0-1.1 ms per collection against 0.4-0.6 ms
 * without tokens), so a closed socket clears its `Owned` instead.
 */
const finalizer = new FinalizationRegistry<Owned>((owned) => {
  const fd = owned.fd;
  if (fd < 0) return;
  owned.fd = -1;
  closing(fd);
  closeHandle(fd);
});

// A socket is registered only once it outlives the code that made it: new
// sockets wait here, held strongly, until the current job's microtasks run
// or BATCH more sockets are made, and those closed by then never register.
// A socket made, connected and closed in a loop then costs the finalizer
// nothing: socket() + connect() + close() over bench/profile's stand-in
// libc took 320-400 ns of CPU time on Deno and 160-180 on Bun registering
// each socket, 108-116 and 68 so. A finalizer never runs inside the job
// that dropped its socket anyway (it runs in a task of its own): what
// changes is that a socket dropped unclosed is collected by a collection
// after that job, not during it.
const BATCH = 64;
const waiting: object[] = [];
const waitingOwned: Owned[] = [];
let scheduled = false;

/** Registers the waiting sockets that are still open. */
function registerWaiting(): void {
  for (let i = 0; i < waiting.length; i++) {
    const owned = waitingOwned[i]!;
    if (owned.fd >= 0) finalizer.register(waiting[i]!, owned);
  }
  waiting.length = 0;
  waitingOwned.length = 0;
}

function registerLater(): void {
  scheduled = false;
  registerWaiting();
}

/**
 * The cell through which `socket`'s descriptor `fd` is closed if the socket
 * is garbage-collected unclosed; set its `fd` to -1 when the socket gives
 * the descriptor up.
 */
export function own(socket: object, fd: number): Owned {
  const owned = { fd };
  if (waiting.length >= BATCH) registerWaiting();
  waiting.push(socket);
  waitingOwned.push(owned);
  if (!scheduled) {
    scheduled = true;
    queueMicrotask(registerLater);
  }
  return owned;
}
