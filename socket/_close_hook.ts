/**
 * The hook `SocketType` calls just before it gives up a descriptor
 * (`close()`, `detach()`, or the finalizer of a dropped socket), so that the
 * `sock_*` reactor rejects the calls waiting on it with EBADF and stops
 * watching it before the number can be reused. Kept apart so that
 * `socket.ts` need not import the reactor.
 *
 * @module
 */

let listener: ((fd: number) => void) | null = null;

/** Sets the one function told about every descriptor about to be closed. */
export function onClosing(fn: (fd: number) => void): void {
  listener = fn;
}

/** Tells the listener, if any, that `fd` is about to be closed or given up. */
export function closing(fd: number): void {
  if (listener !== null) listener(fd);
}
