/**
 * Python's `socket` module, the BSD socket interface, for Deno and Bun:
 * TypeScript over the C library through each runtime's FFI (libc on Linux
 * and macOS, ws2_32 on Windows). Names, arguments, results and errors are
 * Python's, so a Python program ports line by line.
 *
 * The API, in the order to read it: {@linkcode socket} makes a
 * {@linkcode SocketType} (`bind`, `listen`, `accept`, `connect`, `send`,
 * `recv`, `sendto`, `recvfrom`, `setsockopt`, `settimeout`, `close`, ...);
 * {@linkcode create_connection}, {@linkcode create_server},
 * {@linkcode socketpair} and {@linkcode fromfd} make connected or adopted
 * ones; `sock_*` wait without blocking the event loop; {@linkcode error}
 * and its subclasses are what fails; {@linkcode getaddrinfo} and the other
 * resolver functions look names up. The constants (`AF_*`, `SOCK_*`,
 * `SO_*`, ...) come last: each is documented in one line with its value on
 * Linux, macOS and Windows, typed `number | undefined` where a platform
 * lacks it, and each group has one example.
 *
 * @example An echo round trip over TCP on loopback
 * ```ts
 * import * as socket from "@berkeley/socket";
 *
 * using server = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
 * server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1);
 * server.bind(["127.0.0.1", 0]);
 * server.listen(1);
 * using client = socket.create_connection(server.getsockname() as [string, number]);
 * const [conn] = server.accept();
 * client.sendall("Hello, world");
 * conn.sendall(conn.recv(1024));
 * console.log(new TextDecoder().decode(client.recv(1024)));
 * conn.close();
 * ```
 *
 * @module
 */
export {
  error,
  error as SocketError,
  gaierror,
  herror,
  timeout,
} from "./socket/errors.ts";
export {
  type AfalgOptions,
  getdefaulttimeout,
  setdefaulttimeout,
  Socket,
  socket,
  SocketType,
} from "./socket/socket.ts";
export { errno, type ErrnoTable } from "./socket/errno.ts";
export {
  type MakefileOptions,
  SocketFile,
  SocketTextFile,
} from "./socket/makefile.ts";
export {
  sock_accept,
  sock_connect,
  sock_recv,
  sock_recv_into,
  sock_recvfrom,
  sock_recvfrom_into,
  sock_sendall,
  sock_sendto,
} from "./socket/async.ts";
export { fromfd, socketpair } from "./socket/socketpair.ts";
export {
  create_connection,
  create_server,
  type CreateServerOptions,
} from "./socket/create_connection.ts";
export { type Ancillary, CMSG_LEN, CMSG_SPACE } from "./socket/ancillary.ts";
export type { Address } from "./address/mod.ts";
export type {
  CanAddress,
  CanIsotpAddress,
  CanJ1939Address,
} from "./address/can.ts";
export type { AlgAddress } from "./address/alg.ts";
export type { VsockAddress } from "./address/vsock.ts";
export type { QipcrtrAddress } from "./address/qipcrtr.ts";
export {
  BDADDR_ANY,
  BDADDR_LOCAL,
  type HciAddress,
  type L2capAddress,
  type RfcommAddress,
  type ScoAddress,
} from "./address/bluetooth.ts";
export { htonl, htons, ntohl, ntohs } from "./address/byteorder.ts";
export {
  inet_aton,
  inet_ntoa,
  inet_ntop,
  inet_pton,
} from "./address/convert.ts";
export {
  type AddrinfoAddress,
  type AddrinfoResult,
  getaddrinfo,
  getfqdn,
  gethostbyaddr,
  gethostbyname,
  gethostbyname_ex,
  gethostname,
  getnameinfo,
  getprotobyname,
  getservbyname,
  getservbyport,
  has_ipv6,
  type HostEntry,
  if_indextoname,
  if_nameindex,
  if_nametoindex,
} from "./resolver/mod.ts";
export * from "./socket/constants.ts";
