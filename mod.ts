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
 * resolver functions look names up. Each constant (`AF_*`, `SOCK_*`,
 * `SO_*`, ...) is documented in one line with its value on Linux, macOS
 * and Windows, and typed `number | undefined` where a platform lacks it;
 * each group of constants has one example.
 *
 * The methods of {@linkcode SocketType} at a glance (Python's names and
 * arguments; `?` marks an optional one):
 *
 * - Addresses: `bind(address)`, `connect(address)`, `connect_ex(address)`,
 *   `getsockname()`, `getpeername()`.
 * - Connections: `listen(backlog?)`, `accept()` giving `[conn, address]`,
 *   `shutdown(how)`, `close()`, `detach()`, `dup()`, `fileno()`,
 *   `share(process_id)` (Windows).
 * - Data: `send(data, flags?)`, `sendall(data, flags?)`,
 *   `sendto(data, flags?, address)`, `recv(bufsize, flags?)`,
 *   `recv_into(buffer, nbytes?, flags?)`, `recvfrom(bufsize, flags?)`,
 *   `recvfrom_into(buffer, nbytes?, flags?)`,
 *   `sendmsg(buffers, ancdata?, flags?, address?)`,
 *   `recvmsg(bufsize, ancbufsize?, flags?)`,
 *   `recvmsg_into(buffers, ancbufsize?, flags?)`,
 *   `sendmsg_afalg(msgs?, options?)`, `sendfile(file, offset?, count?)`.
 * - Modes and options: `settimeout(value)`, `gettimeout()`,
 *   `setblocking(flag)`, `getblocking()`,
 *   `setsockopt(level, optname, value)`, `getsockopt(level, optname,
 *   buflen?)`, `ioctl(control, option?)`, `get_inheritable()`,
 *   `set_inheritable(inheritable)`.
 * - Files and streams: `makefile(mode?, buffering?, options?)`, the WHATWG
 *   streams `readable` and `writable`.
 * - Read-only: `family`, `type`, `proto`, `timeout`; `toString()` is
 *   Python's repr; `using s = socket()` closes it at the end of the block.
 *
 * jsr.io and `deno doc --html` list the classes first, `SocketType` among
 * them; `deno doc mod.ts` in a terminal lists functions, then constants,
 * then classes (it orders by kind, then name), and `deno doc --filter
 * SocketType mod.ts` shows the socket class alone, each method with its
 * documentation and an example.
 *
 * @example An echo round trip over TCP on loopback
 * ```ts
 * import * as socket from "@berkeley/socket";
 *
 * using server = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
 * server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1);
 * server.bind(["127.0.0.1", 0]);
 * server.listen(1);
 * using client = socket.create_connection(server.getsockname());
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
  SocketType,
} from "./socket/socket.ts";
export { Socket, socket } from "./socket/_factory.ts";
export { errno, type ErrnoTable } from "./socket/errno.ts";
export { type FileSocket, SocketFile } from "./socket/makefile.ts";
export { type MakefileOptions, SocketTextFile } from "./socket/text_file.ts";
export {
  sock_accept,
  sock_connect,
  sock_recv,
  sock_recv_into,
  sock_recvfrom,
  sock_recvfrom_into,
  sock_sendall,
  sock_sendfile,
  sock_sendto,
} from "./socket/async.ts";
export { fromfd, socketpair } from "./socket/socketpair.ts";
export { fromshare } from "./socket/share.ts";
export { recv_fds, send_fds } from "./socket/fds.ts";
export { close, dup } from "./socket/descriptor.ts";
export {
  create_connection,
  create_server,
  type CreateConnectionOptions,
  type CreateServerOptions,
  has_dualstack_ipv6,
} from "./socket/create_connection.ts";
export { type Ancillary, CMSG_LEN, CMSG_SPACE } from "./socket/ancillary.ts";
export type {
  Address,
  AddressInput,
  AddressOf,
  addressType,
  AlgAddress,
  AlgAddressInput,
  BluetoothAddress,
  CanAddress,
  CanIsotpAddress,
  CanJ1939Address,
  CanRawAddress,
  Family,
  HciAddress,
  HyperVAddress,
  Inet6Address,
  Inet6AddressInput,
  InetAddress,
  L2capAddress,
  NetlinkAddress,
  PacketAddress,
  PacketAddressInput,
  PeerAddress,
  QipcrtrAddress,
  RdsAddress,
  RfcommAddress,
  ScoAddress,
  TipcAddress,
  TipcAddressInput,
  UnixAddress,
  UnknownAddress,
  VsockAddress,
} from "./address/types.ts";
export { BDADDR_ANY, BDADDR_LOCAL } from "./address/bluetooth.ts";
export {
  HV_GUID_BROADCAST,
  HV_GUID_CHILDREN,
  HV_GUID_LOOPBACK,
  HV_GUID_PARENT,
  HV_GUID_WILDCARD,
  HV_GUID_ZERO,
} from "./address/hyperv.ts";
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
  sethostname,
} from "./resolver/mod.ts";
// The address families, typed by their addresses (hand-written; the
// generated constants leave these names to this file).
export {
  AF_12844,
  AF_ALG,
  AF_APPLETALK,
  AF_ASH,
  AF_ATM,
  AF_ATMPVC,
  AF_ATMSVC,
  AF_AX25,
  AF_BAN,
  AF_BLUETOOTH,
  AF_BRIDGE,
  AF_BTH,
  AF_CAIF,
  AF_CAN,
  AF_CCITT,
  AF_CHAOS,
  AF_CLUSTER,
  AF_CNT,
  AF_COIP,
  AF_DATAKIT,
  AF_DECnet,
  AF_DLI,
  AF_E164,
  AF_ECMA,
  AF_ECONET,
  AF_FILE,
  AF_FIREFOX,
  AF_HYLINK,
  AF_HYPERV,
  AF_IB,
  AF_ICLFXBM,
  AF_IEEE80211,
  AF_IEEE802154,
  AF_IMPLINK,
  AF_INET,
  AF_INET6,
  AF_IPX,
  AF_IRDA,
  AF_ISDN,
  AF_ISO,
  AF_IUCV,
  AF_KCM,
  AF_KEY,
  AF_LAT,
  AF_LINK,
  AF_LLC,
  AF_LOCAL,
  AF_MAX,
  AF_MCTP,
  AF_MPLS,
  AF_NATM,
  AF_NDRV,
  AF_NETBEUI,
  AF_NETBIOS,
  AF_NETDES,
  AF_NETLINK,
  AF_NETROM,
  AF_NFC,
  AF_NS,
  AF_OSI,
  AF_PACKET,
  AF_PHONET,
  AF_PPP,
  AF_PPPOX,
  AF_PUP,
  AF_QIPCRTR,
  AF_RDS,
  AF_RESERVED_36,
  AF_ROSE,
  AF_ROUTE,
  AF_RXRPC,
  AF_SECURITY,
  AF_SIP,
  AF_SMC,
  AF_SNA,
  AF_SYSTEM,
  AF_TCNMESSAGE,
  AF_TCNPROCESS,
  AF_TIPC,
  AF_UNIX,
  AF_UNKNOWN1,
  AF_UNSPEC,
  AF_UTUN,
  AF_VOICEVIEW,
  AF_VSOCK,
  AF_WANPIPE,
  AF_X25,
  AF_XDP,
  PF_CAN,
  PF_PACKET,
  PF_RDS,
  PF_SYSTEM,
} from "./address/families.ts";
export * from "./socket/constants.ts";
export {
  AddressFamily,
  type AddressFamilyEnum,
  AddressInfo,
  type AddressInfoEnum,
  type IntEnum,
  MsgFlag,
  type MsgFlagEnum,
  SocketKind,
  type SocketKindEnum,
} from "./socket/enums.ts";
