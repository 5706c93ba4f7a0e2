/**
 * Linux (glibc or musl, x86_64 and aarch64): the C library, its symbol
 * table, constants, struct layouts and how to read `errno`.
 *
 * @module
 */
import type { LibrarySearch, SymbolTable } from "../ffi/mod.ts";
import type {
  Features,
  IoctlTable,
  LastError,
  Layouts,
  LibcVariant,
  ReactorTable,
} from "./types.ts";
import { constants } from "./linux_constants.ts";
import { musl } from "./linux_musl.ts";
export { constants, errno } from "./linux_constants.ts";
export {
  acceptSocket,
  descriptorSymbols,
  dupSocket,
  extraLibraries,
  gaiStrerror,
  hstrerror,
  ifNameindex,
  inetAton,
  init,
  openSocket,
  readFile,
  seekFile,
  shareSocket,
  socketFromShare,
  strerror,
  transmitFile,
} from "./_posix.ts";

/** Where the C library is found; `BERKELEY_SOCKET_LIBC` overrides. */
export const library: LibrarySearch = {
  envVar: "BERKELEY_SOCKET_LIBC",
  paths: [
    "libc.so.6",
    "/lib/x86_64-linux-gnu/libc.so.6",
    "/lib/aarch64-linux-gnu/libc.so.6",
    "/lib64/libc.so.6",
    "libc.musl-x86_64.so.1",
    "libc.musl-aarch64.so.1",
    "/lib/ld-musl-x86_64.so.1",
    "/lib/ld-musl-aarch64.so.1",
  ],
};

/** `errno` lives at the address `__errno_location()` returns (glibc, musl). */
export const lastError: LastError = {
  kind: "location",
  symbol: "__errno_location",
};

/** `h_errno` lives at the address `__h_errno_location()` returns (glibc, musl). */
export const hErrno: LastError | null = {
  kind: "location",
  symbol: "__h_errno_location",
};

/** The C functions the library calls, each parameter with its C type. */
export const symbols = {
  __errno_location: { parameters: [], result: "pointer" }, // int *
  __h_errno_location: { parameters: [], result: "pointer" }, // int *
  socket: {
    parameters: [
      "i32", // int domain
      "i32", // int type
      "i32", // int protocol
    ],
    result: "i32", // int
  },
  socketpair: {
    parameters: [
      "i32", // int domain
      "i32", // int type
      "i32", // int protocol
      "buffer", // int sv[2]
    ],
    result: "i32", // int
  },
  bind: {
    parameters: [
      "i32", // int sockfd
      "buffer", // const struct sockaddr *addr
      "u32", // socklen_t addrlen
    ],
    result: "i32", // int
  },
  connect: {
    parameters: [
      "i32", // int sockfd
      "buffer", // const struct sockaddr *addr
      "u32", // socklen_t addrlen
    ],
    result: "i32", // int
  },
  listen: {
    parameters: [
      "i32", // int sockfd
      "i32", // int backlog
    ],
    result: "i32", // int
  },
  accept: {
    parameters: [
      "i32", // int sockfd
      "buffer", // struct sockaddr *addr
      "buffer", // socklen_t *addrlen
    ],
    result: "i32", // int
  },
  accept4: {
    parameters: [
      "i32", // int sockfd
      "buffer", // struct sockaddr *addr
      "buffer", // socklen_t *addrlen
      "i32", // int flags
    ],
    result: "i32", // int
  },
  getsockname: {
    parameters: [
      "i32", // int sockfd
      "buffer", // struct sockaddr *addr
      "buffer", // socklen_t *addrlen
    ],
    result: "i32", // int
  },
  getpeername: {
    parameters: [
      "i32", // int sockfd
      "buffer", // struct sockaddr *addr
      "buffer", // socklen_t *addrlen
    ],
    result: "i32", // int
  },
  getsockopt: {
    parameters: [
      "i32", // int sockfd
      "i32", // int level
      "i32", // int optname
      "buffer", // void *optval
      "buffer", // socklen_t *optlen
    ],
    result: "i32", // int
  },
  setsockopt: {
    parameters: [
      "i32", // int sockfd
      "i32", // int level
      "i32", // int optname
      "buffer", // const void *optval
      "u32", // socklen_t optlen
    ],
    result: "i32", // int
  },
  send: {
    parameters: [
      "i32", // int sockfd
      "buffer", // const void *buf
      "usize", // size_t len
      "i32", // int flags
    ],
    result: "isize", // ssize_t
  },
  recv: {
    parameters: [
      "i32", // int sockfd
      "buffer", // void *buf
      "usize", // size_t len
      "i32", // int flags
    ],
    result: "isize", // ssize_t
  },
  sendto: {
    parameters: [
      "i32", // int sockfd
      "buffer", // const void *buf
      "usize", // size_t len
      "i32", // int flags
      "buffer", // const struct sockaddr *dest_addr
      "u32", // socklen_t addrlen
    ],
    result: "isize", // ssize_t
  },
  recvfrom: {
    parameters: [
      "i32", // int sockfd
      "buffer", // void *buf
      "usize", // size_t len
      "i32", // int flags
      "buffer", // struct sockaddr *src_addr
      "buffer", // socklen_t *addrlen
    ],
    result: "isize", // ssize_t
  },
  sendmsg: {
    parameters: [
      "i32", // int sockfd
      "buffer", // const struct msghdr *msg
      "i32", // int flags
    ],
    result: "isize", // ssize_t
  },
  recvmsg: {
    parameters: [
      "i32", // int sockfd
      "buffer", // struct msghdr *msg
      "i32", // int flags
    ],
    result: "isize", // ssize_t
  },
  shutdown: {
    parameters: [
      "i32", // int sockfd
      "i32", // int how
    ],
    result: "i32", // int
  },
  select: {
    parameters: [
      "i32", // int nfds
      "buffer", // fd_set *readfds
      "buffer", // fd_set *writefds
      "buffer", // fd_set *exceptfds
      "buffer", // struct timeval *timeout
    ],
    result: "i32", // int
  },
  close: {
    parameters: [
      "i32", // int fd
    ],
    result: "i32", // int
  },
  dup: {
    parameters: [
      "i32", // int oldfd
    ],
    result: "i32", // int
  },
  fcntl: {
    // Variadic; on x86_64 and aarch64 Linux an int variadic argument is
    // passed exactly like a named one, so three declared ints are correct.
    parameters: [
      "i32", // int fd
      "i32", // int cmd
      "i32", // int arg (variadic)
    ],
    result: "i32", // int
  },
  ioctl: {
    // Variadic; the third argument is a pointer, passed in a register on
    // x86_64 and aarch64 Linux like a named argument.
    parameters: [
      "i32", // int fd
      "u64", // unsigned long request (glibc; musl's int request is ABI-compatible)
      "buffer", // void *argp (variadic)
    ],
    result: "i32", // int
  },
  poll: {
    parameters: [
      "buffer", // struct pollfd *fds
      "u64", // nfds_t nfds (unsigned long)
      "i32", // int timeout
    ],
    result: "i32", // int
  },
  epoll_create1: {
    parameters: [
      "i32", // int flags
    ],
    result: "i32", // int
  },
  epoll_ctl: {
    parameters: [
      "i32", // int epfd
      "i32", // int op
      "i32", // int fd
      "buffer", // struct epoll_event *event
    ],
    result: "i32", // int
  },
  epoll_pwait: {
    parameters: [
      "i32", // int epfd
      "buffer", // struct epoll_event *events
      "i32", // int maxevents
      "i32", // int timeout
      "buffer", // const sigset_t *sigmask
    ],
    result: "i32", // int
  },
  getaddrinfo: {
    parameters: [
      "buffer", // const char *node
      "buffer", // const char *service
      "buffer", // const struct addrinfo *hints
      "buffer", // struct addrinfo **res
    ],
    result: "i32", // int
  },
  freeaddrinfo: {
    parameters: [
      "pointer", // struct addrinfo *res
    ],
    result: "void",
  },
  getnameinfo: {
    parameters: [
      "buffer", // const struct sockaddr *addr
      "u32", // socklen_t addrlen
      "buffer", // char *host
      "u32", // socklen_t hostlen
      "buffer", // char *serv
      "u32", // socklen_t servlen
      "i32", // int flags
    ],
    result: "i32", // int
  },
  gai_strerror: {
    parameters: [
      "i32", // int errcode
    ],
    result: "pointer", // const char *
  },
  strerror: {
    parameters: [
      "i32", // int errnum
    ],
    result: "pointer", // char *
  },
  hstrerror: {
    parameters: [
      "i32", // int err
    ],
    result: "pointer", // const char *
  },
  gethostbyname: {
    parameters: [
      "buffer", // const char *name
    ],
    result: "pointer", // struct hostent *
  },
  gethostbyaddr: {
    parameters: [
      "buffer", // const void *addr
      "u32", // socklen_t len
      "i32", // int type
    ],
    result: "pointer", // struct hostent *
  },
  gethostname: {
    parameters: [
      "buffer", // char *name
      "usize", // size_t len
    ],
    result: "i32", // int
  },
  sethostname: {
    parameters: [
      "buffer", // const char *name
      "usize", // size_t len
    ],
    result: "i32", // int
  },
  getprotobyname: {
    parameters: [
      "buffer", // const char *name
    ],
    result: "pointer", // struct protoent *
  },
  getservbyname: {
    parameters: [
      "buffer", // const char *name
      "buffer", // const char *proto
    ],
    result: "pointer", // struct servent *
  },
  getservbyport: {
    parameters: [
      "i32", // int port (network byte order)
      "buffer", // const char *proto
    ],
    result: "pointer", // struct servent *
  },
  inet_aton: {
    parameters: [
      "buffer", // const char *cp
      "buffer", // struct in_addr *inp
    ],
    result: "i32", // int
  },
  inet_pton: {
    parameters: [
      "i32", // int af
      "buffer", // const char *src
      "buffer", // void *dst
    ],
    result: "i32", // int
  },
  inet_ntop: {
    parameters: [
      "i32", // int af
      "buffer", // const void *src
      "buffer", // char *dst
      "u32", // socklen_t size
    ],
    result: "pointer", // const char *
  },
  if_nametoindex: {
    parameters: [
      "buffer", // const char *ifname
    ],
    result: "u32", // unsigned int
  },
  if_indextoname: {
    parameters: [
      "u32", // unsigned int ifindex
      "buffer", // char *ifname
    ],
    result: "pointer", // char *
  },
  sendfile: {
    parameters: [
      "i32", // int out_fd
      "i32", // int in_fd
      "buffer", // off_t *offset
      "usize", // size_t count
    ],
    result: "isize", // ssize_t
  },
  lseek: {
    parameters: [
      "i32", // int fd
      "i64", // off_t offset
      "i32", // int whence
    ],
    result: "i64", // off_t
  },
  read: {
    parameters: [
      "i32", // int fd
      "buffer", // void *buf
      "usize", // size_t count
    ],
    result: "isize", // ssize_t
  },
  if_nameindex: { parameters: [], result: "pointer" }, // struct if_nameindex *
  if_freenameindex: {
    parameters: [
      "pointer", // struct if_nameindex *ptr
    ],
    result: "void",
  },
} as const satisfies SymbolTable;

/** Struct sizes and field offsets (LP64: x86_64 and aarch64 agree). */
export const layouts = {
  sockaddr: { size: 16, fields: { sa_family: [0, 2] } },
  sockaddr_in: {
    size: 16,
    fields: { sin_family: [0, 2], sin_port: [2, 2], sin_addr: [4, 4] },
  },
  sockaddr_in6: {
    size: 28,
    fields: {
      sin6_family: [0, 2],
      sin6_port: [2, 2],
      sin6_flowinfo: [4, 4],
      sin6_addr: [8, 16],
      sin6_scope_id: [24, 4],
    },
  },
  sockaddr_un: {
    size: 110,
    fields: { sun_family: [0, 2], sun_path: [2, 108] },
  },
  sockaddr_nl: {
    size: 12,
    fields: {
      nl_family: [0, 2],
      nl_pad: [2, 2],
      nl_pid: [4, 4],
      nl_groups: [8, 4],
    },
  },
  sockaddr_tipc: {
    size: 16,
    fields: {
      family: [0, 2],
      addrtype: [2, 1],
      scope: [3, 1],
      addr: [4, 12],
    },
  },
  sockaddr_ll: {
    size: 20,
    fields: {
      sll_family: [0, 2],
      sll_protocol: [2, 2],
      sll_ifindex: [4, 4],
      sll_hatype: [8, 2],
      sll_pkttype: [10, 1],
      sll_halen: [11, 1],
      sll_addr: [12, 8],
    },
  },
  sockaddr_can: {
    size: 24,
    fields: {
      can_family: [0, 2],
      can_ifindex: [4, 4],
      "can_addr.tp.rx_id": [8, 4],
      "can_addr.tp.tx_id": [12, 4],
      "can_addr.j1939.name": [8, 8],
      "can_addr.j1939.pgn": [16, 4],
      "can_addr.j1939.addr": [20, 1],
    },
  },
  sockaddr_alg: {
    size: 88,
    fields: {
      salg_family: [0, 2],
      salg_type: [2, 14],
      salg_feat: [16, 4],
      salg_mask: [20, 4],
      salg_name: [24, 64],
    },
  },
  sockaddr_vm: {
    size: 16,
    fields: {
      svm_family: [0, 2],
      svm_reserved1: [2, 2],
      svm_port: [4, 4],
      svm_cid: [8, 4],
      svm_flags: [12, 1],
      svm_zero: [13, 3],
    },
  },
  sockaddr_qrtr: {
    size: 12,
    fields: { sq_family: [0, 2], sq_node: [4, 4], sq_port: [8, 4] },
  },
  // Bluetooth: BlueZ's <bluetooth/*.h> (bdaddr_t is 6 packed bytes).
  sockaddr_l2: {
    size: 14,
    fields: {
      l2_family: [0, 2],
      l2_psm: [2, 2],
      l2_bdaddr: [4, 6],
      l2_cid: [10, 2],
      l2_bdaddr_type: [12, 1],
    },
  },
  sockaddr_rc: {
    size: 10,
    fields: { rc_family: [0, 2], rc_bdaddr: [2, 6], rc_channel: [8, 1] },
  },
  sockaddr_hci: {
    size: 6,
    fields: { hci_family: [0, 2], hci_dev: [2, 2], hci_channel: [4, 2] },
  },
  sockaddr_sco: {
    size: 8,
    fields: { sco_family: [0, 2], sco_bdaddr: [2, 6] },
  },
  sockaddr_storage: { size: 128, fields: { ss_family: [0, 2] } },
  addrinfo: {
    size: 48,
    fields: {
      ai_flags: [0, 4],
      ai_family: [4, 4],
      ai_socktype: [8, 4],
      ai_protocol: [12, 4],
      ai_addrlen: [16, 4],
      ai_addr: [24, 8],
      ai_canonname: [32, 8],
      ai_next: [40, 8],
    },
  },
  hostent: {
    size: 32,
    fields: {
      h_name: [0, 8],
      h_aliases: [8, 8],
      h_addrtype: [16, 4],
      h_length: [20, 4],
      h_addr_list: [24, 8],
    },
  },
  servent: {
    size: 32,
    fields: {
      s_name: [0, 8],
      s_aliases: [8, 8],
      s_port: [16, 4],
      s_proto: [24, 8],
    },
  },
  protoent: {
    size: 24,
    fields: { p_name: [0, 8], p_aliases: [8, 8], p_proto: [16, 4] },
  },
  msghdr: {
    size: 56,
    fields: {
      msg_name: [0, 8],
      msg_namelen: [8, 4],
      msg_iov: [16, 8],
      msg_iovlen: [24, 8],
      msg_control: [32, 8],
      msg_controllen: [40, 8],
      msg_flags: [48, 4],
    },
  },
  cmsghdr: {
    size: 16,
    fields: { cmsg_len: [0, 8], cmsg_level: [8, 4], cmsg_type: [12, 4] },
  },
  iovec: { size: 16, fields: { iov_base: [0, 8], iov_len: [8, 8] } },
  pollfd: { size: 8, fields: { fd: [0, 4], events: [4, 2], revents: [6, 2] } },
  // Packed on x86_64 only (glibc's and musl's __EPOLL_PACKED); see arm64Layouts.
  epoll_event: { size: 12, fields: { events: [0, 4], data: [4, 8] } },
  linger: { size: 8, fields: { l_onoff: [0, 4], l_linger: [4, 4] } },
  timeval: { size: 16, fields: { tv_sec: [0, 8], tv_usec: [8, 8] } },
  if_nameindex: { size: 16, fields: { if_index: [0, 4], if_name: [8, 8] } },
} as const satisfies Layouts;

/**
 * The layouts that differ on aarch64: `struct epoll_event` is not packed
 * there (glibc's `sys/epoll.h` packs it on x86_64 only), so `data` is
 * 8-aligned.
 */
export const arm64Layouts = {
  epoll_event: { size: 16, fields: { events: [0, 4], data: [8, 8] } },
} as const satisfies Layouts;

/**
 * The reactor waits with epoll, edge-triggered; the numbers are
 * `sys/epoll.h`'s (checked by `tests/platform_linux_test.ts`).
 */
export const reactor: ReactorTable = {
  kind: "epoll",
  constants: {
    EPOLLIN: 0x001,
    EPOLLOUT: 0x004,
    EPOLLERR: 0x008,
    EPOLLHUP: 0x010,
    EPOLLRDHUP: 0x2000,
    EPOLLET: 0x80000000,
    EPOLL_CTL_ADD: 1,
    EPOLL_CTL_DEL: 2,
    EPOLL_CTL_MOD: 3,
    EPOLL_CLOEXEC: 0x80000,
    // The rest of Python's select.EPOLL* (select/epoll.ts exports them all).
    EPOLLPRI: 0x002,
    EPOLLRDNORM: 0x040,
    EPOLLRDBAND: 0x080,
    EPOLLWRNORM: 0x100,
    EPOLLWRBAND: 0x200,
    EPOLLMSG: 0x400,
    EPOLLEXCLUSIVE: 0x10000000,
    EPOLLONESHOT: 0x40000000,
  },
};

/** What Linux does differently from the other platforms. */
export const features: Features = {
  connectPending: "EINPROGRESS",
  sockaddrLength: false,
  sockCloexec: true,
  accept4: true,
  sendFlags: constants.MSG_NOSIGNAL,
  soNoSigpipe: false,
  closeSymbol: "close",
  pollSymbol: "poll",
  handleIsPointer: false,
  sunPathLength: 108,
  abstractUnix: true,
  socketpair: true,
  dup: true,
  serverReuseAddress: true,
  // NULL of length 0 is meaningful (IP_XFRM_POLICY: clear the policy).
  setsockoptEmptyNull: true,
};

/**
 * Calls `fcntl(fd, cmd, arg)`. On Linux an `int` variadic argument is
 * passed like a named one, so the three-parameter declaration is exact.
 */
export function fcntl(
  lib: { readonly fcntl: (...args: number[]) => number },
  fd: number,
  cmd: number,
  arg = 0,
): number {
  return lib.fcntl(fd, cmd, arg);
}

/** Calls `ioctl(fd, request, argp)`; `argp` is the buffer the request uses. */
export function ioctl(
  lib: { readonly ioctl: (...args: (number | Uint8Array | null)[]) => number },
  fd: number,
  request: number,
  argp: Uint8Array | null,
): number {
  return lib.ioctl(fd, request, argp);
}

/**
 * The `ioctl` controls a socket's `ioctl()` accepts: exactly those whose
 * argument and result sizes are known (each an `int` behind `argp`). Any
 * other code raises before C is called, since the kernel writes as much as
 * the request says (SIOCGIFADDR: a 40-byte `struct ifreq`).
 *
 * @example The accepted controls
 * ```ts
 * import { ioctls } from "./linux.ts";
 * console.log([...ioctls.values()].map((c) => c.name)); // ["FIONBIO", "FIONREAD", "SIOCATMARK"]
 * ```
 */
export const ioctls: IoctlTable = new Map([
  // int *argp: non-zero sets O_NONBLOCK (done as setblocking()).
  [constants.FIONBIO, {
    name: "FIONBIO",
    option: "mode",
    size: 4,
    result: "zero",
  }],
  // int *argp: the bytes waiting to be read.
  [constants.FIONREAD, {
    name: "FIONREAD",
    option: "int",
    size: 4,
    result: "int",
  }],
  // int *argp: 1 at the urgent-data mark.
  [constants.SIOCATMARK, {
    name: "SIOCATMARK",
    option: "int",
    size: 4,
    result: "int",
  }],
]);

const sendfileOffset = new BigInt64Array(1);

/**
 * `sendfile(2)`: sends up to `count` bytes of file `file` from `offset`
 * on socket `sock`, leaving the file's position alone. Returns the bytes
 * sent (0 at end of file), or -1 with errno set.
 *
 * @example Sending a file's first kilobyte
 * ```ts ignore
 * import { lib } from "./mod.ts";
 * import { sendFile } from "./linux.ts";
 * const sent = sendFile(lib, 3, 4, 0, 1024);
 * ```
 */
export function sendFile(
  lib: {
    readonly sendfile: (
      out: number,
      file: number,
      offset: Uint8Array,
      count: number,
    ) => number;
  },
  sock: number,
  file: number,
  offset: number,
  count: number,
): number {
  sendfileOffset[0] = BigInt(offset);
  return lib.sendfile(
    sock,
    file,
    new Uint8Array(sendfileOffset.buffer),
    count,
  );
}

/** The C library the table's values are for: glibc. */
export const defaultLibc = "glibc";

/**
 * Other C libraries of this OS, where their headers differ from the
 * table's (chosen when the library is loaded).
 */
export const libcVariants: readonly LibcVariant[] = [musl];
