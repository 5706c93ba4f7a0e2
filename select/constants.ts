/**
 * The `poll()` event bits of the running platform, as Python's `select`
 * module exports them. Values differ between platforms (Windows' WSAPoll
 * has its own); each comes from the platform's table, which is checked
 * against the C headers.
 *
 * @example Asking for input and output, and reading what came
 * ```ts
 * import { socketpair } from "@berkeley/socket";
 * import { POLLHUP, POLLIN, POLLOUT, poll } from "@berkeley/socket/select";
 * const [a, b] = socketpair();
 * const p = poll();
 * p.register(b, POLLIN | POLLOUT);
 * a.close();
 * for (const [, events] of p.poll(1000)) {
 *   console.log((events & POLLIN) !== 0, (events & POLLHUP) !== 0);
 * }
 * b.close();
 * ```
 *
 * @module
 */
import { constants } from "../platform/mod.ts";

const C = constants;

/** There is data to read. */
export const POLLIN: number = C.POLLIN;
/** There is urgent data to read (out-of-band; not on Windows' WSAPoll). */
export const POLLPRI: number = C.POLLPRI;
/** Writing will not block. */
export const POLLOUT: number = C.POLLOUT;
/** An error condition (reported whether asked for or not). */
export const POLLERR: number = C.POLLERR;
/** Hung up: the peer closed the connection (reported whether asked for or not). */
export const POLLHUP: number = C.POLLHUP;
/** Invalid request: the descriptor is not open (reported whether asked for or not). */
export const POLLNVAL: number = C.POLLNVAL;
/** Normal data may be read. */
export const POLLRDNORM: number = C.POLLRDNORM;
/** Priority-band data may be read. */
export const POLLRDBAND: number = C.POLLRDBAND;
/** Normal data may be written. */
export const POLLWRNORM: number = C.POLLWRNORM;
/** Priority-band data may be written. */
export const POLLWRBAND: number = C.POLLWRBAND;
/** A `SIGPOLL` message is available (Linux only; `undefined` elsewhere). */
export const POLLMSG: number | undefined = C.POLLMSG;
/** The peer shut down its write side (Linux only; `undefined` elsewhere). */
export const POLLRDHUP: number | undefined = C.POLLRDHUP;
