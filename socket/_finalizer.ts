/**
 * Closes the descriptors of sockets dropped without `close()`: each socket
 * registers its {@linkcode Owned} cell when it is made, and clears it when
 * `close()` or `detach()` gives the descriptor up.
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

/**
 * The cell through which `socket`'s descriptor `fd` is closed if the socket
 * is garbage-collected unclosed; set its `fd` to -1 when the socket gives
 * the descriptor up.
 */
export function own(socket: object, fd: number): Owned {
  const owned = { fd };
  finalizer.register(socket, owned);
  return owned;
}
