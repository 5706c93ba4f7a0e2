/**
 * The `poll()` event bits of the running platform, as Python's `select`
 * module exports them. Values differ between platforms (Windows' WSAPoll
 * has its own); each comes from the platform's table, which is checked
 * against the C headers.
 *
 * @module
 */
import { constants, reactor } from "../platform/mod.ts";

const C = constants;

/**
 * There is data to read.
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
 */
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

// epoll (Linux only: `undefined` elsewhere, like Python's missing names).
const R = reactor.constants;

/** epoll: there is data to read. */
export const EPOLLIN: number | undefined = R.EPOLLIN;
/** epoll: writing will not block. */
export const EPOLLOUT: number | undefined = R.EPOLLOUT;
/** epoll: urgent (out-of-band) data to read. */
export const EPOLLPRI: number | undefined = R.EPOLLPRI;
/** epoll: an error condition (always reported). */
export const EPOLLERR: number | undefined = R.EPOLLERR;
/** epoll: hung up (always reported). */
export const EPOLLHUP: number | undefined = R.EPOLLHUP;
/** epoll: the peer shut down its write side. */
export const EPOLLRDHUP: number | undefined = R.EPOLLRDHUP;
/** epoll: edge-triggered (report changes only). */
export const EPOLLET: number | undefined = R.EPOLLET;
/** epoll: report once, then disable until `modify()`. */
export const EPOLLONESHOT: number | undefined = R.EPOLLONESHOT;
/** epoll: wake one of several epoll instances waiting on the descriptor. */
export const EPOLLEXCLUSIVE: number | undefined = R.EPOLLEXCLUSIVE;
/** epoll: normal data may be read. */
export const EPOLLRDNORM: number | undefined = R.EPOLLRDNORM;
/** epoll: priority-band data may be read. */
export const EPOLLRDBAND: number | undefined = R.EPOLLRDBAND;
/** epoll: normal data may be written. */
export const EPOLLWRNORM: number | undefined = R.EPOLLWRNORM;
/** epoll: priority-band data may be written. */
export const EPOLLWRBAND: number | undefined = R.EPOLLWRBAND;
/** epoll: unused (Linux defines it, Python exports it). */
export const EPOLLMSG: number | undefined = R.EPOLLMSG;
/** epoll: the epoll descriptor is close-on-exec (always set here). */
export const EPOLL_CLOEXEC: number | undefined = R.EPOLL_CLOEXEC;

/** Pipes: the most bytes one write takes whole (`PIPE_BUF`): 4096 on Linux, 512 on macOS, `undefined` on Windows. */
export const PIPE_BUF: number | undefined = C.PIPE_BUF;
