/**
 * Python's `select` module for the sockets of `@berkeley/socket` (and any
 * descriptor): `select()`, `poll()` objects with the `POLL*` event bits,
 * and on Linux `epoll()` objects with the `EPOLL*` bits. All block the
 * calling thread, as in Python; a program on the event loop uses the
 * `sock_*` calls or the sockets' streams instead.
 *
 * @example A one-thread server that never busy-waits
 * ```ts
 * import { socket } from "@berkeley/socket";
 * import { select } from "@berkeley/socket/select";
 *
 * using server = socket();
 * server.bind(["127.0.0.1", 0]);
 * server.listen();
 * server.setblocking(false);
 * using client = socket();
 * client.connect(server.getsockname());
 * client.sendall("ping");
 *
 * const [ready] = select([server], [], [], 5);
 * if (ready.includes(server)) {
 *   const [conn] = server.accept();
 *   const [readable] = select([conn], [], [], 5);
 *   if (readable.length) conn.sendall(conn.recv(1024));
 *   conn.close();
 * }
 * console.log(new TextDecoder().decode(client.recv(1024))); // "ping"
 * ```
 *
 * @module
 */
export { select } from "./select.ts";
export { Poll, poll } from "./poll.ts";
export { Epoll, epoll } from "./epoll.ts";
export type { Selectable } from "./_args.ts";
export {
  EPOLL_CLOEXEC,
  EPOLLERR,
  EPOLLET,
  EPOLLEXCLUSIVE,
  EPOLLHUP,
  EPOLLIN,
  EPOLLMSG,
  EPOLLONESHOT,
  EPOLLOUT,
  EPOLLPRI,
  EPOLLRDBAND,
  EPOLLRDHUP,
  EPOLLRDNORM,
  EPOLLWRBAND,
  EPOLLWRNORM,
  PIPE_BUF,
  POLLERR,
  POLLHUP,
  POLLIN,
  POLLMSG,
  POLLNVAL,
  POLLOUT,
  POLLPRI,
  POLLRDBAND,
  POLLRDHUP,
  POLLRDNORM,
  POLLWRBAND,
  POLLWRNORM,
} from "./constants.ts";
export { error } from "../socket/errors.ts";
