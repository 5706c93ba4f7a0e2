/**
 * macOS (libSystem, x86_64 and arm64): the C library, its symbol table,
 * constants, struct layouts and how to read `errno`. Every number here is
 * checked against `tests/data/darwin-facts.json` (Apple's xnu and Libinfo
 * headers) by `tests/platform_darwin_test.ts`.
 *
 * Differences from `linux.ts`: no `accept4` (and no `SOCK_CLOEXEC` or
 * `SOCK_NONBLOCK`), `errno` through `__error()`, no `h_errno` accessor
 * function (`h_errno` is a plain global `int` in Libinfo), `poll`'s `nfds_t`
 * is 32 bits, and `fcntl`/`ioctl` are declared with padding so that their
 * variadic argument reaches them on arm64 as well: call them through
 * {@link fcntl} and {@link ioctl}, never directly.
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
import { constants } from "./darwin_constants.ts";
export { constants, errno } from "./darwin_constants.ts";
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

/**
 * Where the C library is found; `BERKELEY_SOCKET_LIBC` overrides. Since
 * macOS 11 the path exists only inside the dyld shared cache, not on disk,
 * but `dlopen` of it works.
 *
 * @example Where the table looks
 * ```ts
 * import { library } from "./darwin.ts";
 * console.log(library.paths[0]); // "/usr/lib/libSystem.B.dylib"
 * ```
 */
export const library: LibrarySearch = {
  envVar: "BERKELEY_SOCKET_LIBC",
  paths: ["/usr/lib/libSystem.B.dylib"],
};

/**
 * `errno` lives at the address `__error()` returns (`int *__error(void)`,
 * bsd/sys/errno.h).
 *
 * @example How errno is read
 * ```ts
 * import { lastError } from "./darwin.ts";
 * console.log(lastError.symbol); // "__error"
 * ```
 */
export const lastError: LastError = { kind: "location", symbol: "__error" };

/**
 * `h_errno` is a plain global `int` in Libinfo, with no accessor function:
 * it cannot be read through the FFI.
 *
 * @example Reading the rule
 * ```ts
 * import { hErrno } from "./darwin.ts";
 * console.log(hErrno); // null
 * ```
 */
export const hErrno: LastError | null = null;

/**
 * The C functions the library calls, each parameter with its C type. On
 * 64-bit macOS every one is exported under its plain name (no `$UNIX2003`
 * suffix).
 *
 * `fcntl(int, int, ...)` and `ioctl(int, unsigned long, ...)` are variadic.
 * Apple's arm64 ABI passes every variadic argument on the stack, while
 * x86_64 (and Linux on both architectures) passes it in the next argument
 * register (rdx, x2), so a plain three-parameter declaration loses the
 * argument on Apple arm64. Both are therefore declared with nine fixed
 * parameters: the named two, the variadic argument (in rdx/x2, where x86_64
 * and AAPCS callees read it), five unused integers (x3-x7), and the
 * variadic argument again as the 9th, which on arm64 lands in the first
 * stack slot, where the Apple callee's `va_arg` reads it. The copies are
 * 64 bits wide, so the slot is fully written whatever the runtime's
 * stack-packing rule, and a pointer fits. The callee ignores what it does
 * not read; the caller pops the stack. One declaration thus serves both
 * architectures; {@link fcntl} and {@link ioctl} pass the copies.
 *
 * @example Calling through a loaded table
 * ```ts
 * import { fcntl, symbols } from "./darwin.ts";
 * console.log(symbols.fcntl.parameters.length); // 9
 * // With `lib` from platform/mod.ts: fcntl(lib, fd, F_GETFL, 0)
 * console.log(typeof fcntl); // "function"
 * ```
 */
export const symbols = {
  __error: { parameters: [], result: "pointer" }, // int *
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
      "buffer", // int socket_vector[2]
    ],
    result: "i32", // int
  },
  bind: {
    parameters: [
      "i32", // int socket
      "buffer", // const struct sockaddr *address
      "u32", // socklen_t address_len
    ],
    result: "i32", // int
  },
  connect: {
    parameters: [
      "i32", // int socket
      "buffer", // const struct sockaddr *address
      "u32", // socklen_t address_len
    ],
    result: "i32", // int
  },
  listen: {
    parameters: [
      "i32", // int socket
      "i32", // int backlog
    ],
    result: "i32", // int
  },
  accept: {
    parameters: [
      "i32", // int socket
      "buffer", // struct sockaddr *address
      "buffer", // socklen_t *address_len
    ],
    result: "i32", // int
  },
  getsockname: {
    parameters: [
      "i32", // int socket
      "buffer", // struct sockaddr *address
      "buffer", // socklen_t *address_len
    ],
    result: "i32", // int
  },
  getpeername: {
    parameters: [
      "i32", // int socket
      "buffer", // struct sockaddr *address
      "buffer", // socklen_t *address_len
    ],
    result: "i32", // int
  },
  getsockopt: {
    parameters: [
      "i32", // int socket
      "i32", // int level
      "i32", // int option_name
      "buffer", // void *option_value
      "buffer", // socklen_t *option_len
    ],
    result: "i32", // int
  },
  setsockopt: {
    parameters: [
      "i32", // int socket
      "i32", // int level
      "i32", // int option_name
      "buffer", // const void *option_value
      "u32", // socklen_t option_len
    ],
    result: "i32", // int
  },
  send: {
    parameters: [
      "i32", // int socket
      "buffer", // const void *buffer
      "usize", // size_t length
      "i32", // int flags
    ],
    result: "isize", // ssize_t
  },
  recv: {
    parameters: [
      "i32", // int socket
      "buffer", // void *buffer
      "usize", // size_t length
      "i32", // int flags
    ],
    result: "isize", // ssize_t
  },
  sendto: {
    parameters: [
      "i32", // int socket
      "buffer", // const void *buffer
      "usize", // size_t length
      "i32", // int flags
      "buffer", // const struct sockaddr *dest_addr
      "u32", // socklen_t dest_len
    ],
    result: "isize", // ssize_t
  },
  recvfrom: {
    parameters: [
      "i32", // int socket
      "buffer", // void *buffer
      "usize", // size_t length
      "i32", // int flags
      "buffer", // struct sockaddr *address
      "buffer", // socklen_t *address_len
    ],
    result: "isize", // ssize_t
  },
  sendmsg: {
    parameters: [
      "i32", // int socket
      "buffer", // const struct msghdr *message
      "i32", // int flags
    ],
    result: "isize", // ssize_t
  },
  recvmsg: {
    parameters: [
      "i32", // int socket
      "buffer", // struct msghdr *message
      "i32", // int flags
    ],
    result: "isize", // ssize_t
  },
  shutdown: {
    parameters: [
      "i32", // int socket
      "i32", // int how
    ],
    result: "i32", // int
  },
  // Plain "select": arm64 has no other; on x86_64 the headers bind
  // select$1050 (UNIX03), and the plain symbol is the older entry point
  // with the same arguments.
  select: {
    parameters: [
      "i32", // int nfds
      "buffer", // fd_set *readfds
      "buffer", // fd_set *writefds
      "buffer", // fd_set *errorfds
      "buffer", // struct timeval *timeout
    ],
    result: "i32", // int
  },
  close: {
    parameters: [
      "i32", // int fildes
    ],
    result: "i32", // int
  },
  dup: {
    parameters: [
      "i32", // int fildes
    ],
    result: "i32", // int
  },
  fcntl: {
    // int fcntl(int fildes, int cmd, ...): see the padding note above.
    parameters: [
      "i32", // int fildes
      "i32", // int cmd
      "i64", // variadic int or pointer (read from rdx / x2 off Apple arm64)
      "i32", // unused (x3 on arm64)
      "i32", // unused (x4)
      "i32", // unused (x5)
      "i32", // unused (x6)
      "i32", // unused (x7)
      "i64", // the same variadic argument (arm64: first stack slot)
    ],
    result: "i32", // int
  },
  ioctl: {
    // int ioctl(int fildes, unsigned long request, ...): see the padding note.
    parameters: [
      "i32", // int fildes
      "u64", // unsigned long request
      "buffer", // variadic void *argp (x86_64: rdx)
      "i32", // unused (x3 on arm64)
      "i32", // unused (x4)
      "i32", // unused (x5)
      "i32", // unused (x6)
      "i32", // unused (x7)
      "buffer", // the same void *argp (arm64: first stack slot)
    ],
    result: "i32", // int
  },
  poll: {
    parameters: [
      "buffer", // struct pollfd fds[]
      "u32", // nfds_t nfds (unsigned int on Darwin)
      "i32", // int timeout
    ],
    result: "i32", // int
  },
  kqueue: { parameters: [], result: "i32" }, // int
  kevent: {
    parameters: [
      "i32", // int kq
      "buffer", // const struct kevent *changelist
      "i32", // int nchanges
      "buffer", // struct kevent *eventlist
      "i32", // int nevents
      "buffer", // const struct timespec *timeout
    ],
    result: "i32", // int
  },
  getaddrinfo: {
    parameters: [
      "buffer", // const char *hostname
      "buffer", // const char *servname
      "buffer", // const struct addrinfo *hints
      "buffer", // struct addrinfo **res
    ],
    result: "i32", // int
  },
  freeaddrinfo: {
    parameters: [
      "pointer", // struct addrinfo *ai
    ],
    result: "void",
  },
  getnameinfo: {
    parameters: [
      "buffer", // const struct sockaddr *sa
      "u32", // socklen_t salen
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
      "i32", // int ecode
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
      "usize", // size_t namelen
    ],
    result: "i32", // int
  },
  sethostname: {
    parameters: [
      "buffer", // const char *name
      "i32", // int namelen
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
      "buffer", // struct in_addr *pin
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
      "i32", // int fd (the file)
      "i32", // int s (the socket)
      "i64", // off_t offset
      "buffer", // off_t *len (in: bytes to send; out: bytes sent)
      "buffer", // struct sf_hdtr *hdtr (NULL)
      "i32", // int flags
    ],
    result: "i32", // int
  },
  lseek: {
    parameters: [
      "i32", // int fildes
      "i64", // off_t offset
      "i32", // int whence
    ],
    result: "i64", // off_t
  },
  read: {
    parameters: [
      "i32", // int fildes
      "buffer", // void *buf
      "usize", // size_t nbyte
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

/**
 * Calls `fcntl(fd, cmd, arg)` through the padded declaration of
 * {@link symbols}: `arg` goes both where x86_64 reads a variadic argument
 * and where Apple arm64 does. `arg` is an `int` (or an address) and is 0
 * for commands that take none (`F_GETFL`, `F_GETFD`).
 *
 * @example Making a descriptor non-blocking
 * ```ts ignore
 * import { lib } from "../platform/mod.ts";
 * import { constants as C, fcntl } from "./darwin.ts";
 * const fd = 3;
 * const flags = fcntl(lib, fd, C.F_GETFL, 0);
 * fcntl(lib, fd, C.F_SETFL, flags | C.O_NONBLOCK);
 * ```
 */
export function fcntl(
  lib: { readonly fcntl: (...args: number[]) => number },
  fd: number,
  cmd: number,
  arg = 0,
): number {
  return lib.fcntl(fd, cmd, arg, 0, 0, 0, 0, 0, arg);
}

/**
 * Calls `ioctl(fd, request, argp)` through the padded declaration of
 * {@link symbols}; `argp` is the buffer the request reads or fills (an
 * `int` for `FIONBIO` and `FIONREAD`).
 *
 * @example Counting the bytes waiting on a socket
 * ```ts ignore
 * import { lib } from "../platform/mod.ts";
 * import { constants as C, ioctl } from "./darwin.ts";
 * const fd = 3;
 * const count = new Int32Array(1);
 * ioctl(lib, fd, C.FIONREAD, new Uint8Array(count.buffer));
 * console.log(count[0]);
 * ```
 */
export function ioctl(
  lib: { readonly ioctl: (...args: (number | Uint8Array | null)[]) => number },
  fd: number,
  request: number,
  argp: Uint8Array | null,
): number {
  return lib.ioctl(fd, request, argp, 0, 0, 0, 0, 0, argp);
}

/**
 * Struct sizes and field offsets (LP64; x86_64 and arm64 macOS agree). The
 * same names as `linux.ts`, less `sockaddr_nl`, `sockaddr_ll` and
 * `sockaddr_tipc`; every sockaddr starts with a length byte (`sa_len`,
 * `sin_len`, ...) and a one-byte family. `addrinfo` has `ai_canonname`
 * before `ai_addr`; `msghdr`'s `msg_iovlen` and `msg_controllen` and
 * `cmsghdr`'s `cmsg_len` are 32-bit (control data aligned to 4 bytes);
 * `timeval`'s `tv_usec` is a 32-bit `suseconds_t` followed by padding.
 *
 * @example Where the family byte is
 * ```ts
 * import { layouts } from "./darwin.ts";
 * console.log(layouts.sockaddr_in.fields.sin_family); // [1, 1]
 * ```
 */
export const layouts = {
  sockaddr: { size: 16, fields: { sa_len: [0, 1], sa_family: [1, 1] } },
  sockaddr_in: {
    size: 16,
    fields: {
      sin_len: [0, 1],
      sin_family: [1, 1],
      sin_port: [2, 2],
      sin_addr: [4, 4],
    },
  },
  sockaddr_in6: {
    size: 28,
    fields: {
      sin6_len: [0, 1],
      sin6_family: [1, 1],
      sin6_port: [2, 2],
      sin6_flowinfo: [4, 4],
      sin6_addr: [8, 16],
      sin6_scope_id: [24, 4],
    },
  },
  sockaddr_un: {
    size: 106,
    fields: { sun_len: [0, 1], sun_family: [1, 1], sun_path: [2, 104] },
  },
  sockaddr_storage: {
    size: 128,
    fields: { ss_len: [0, 1], ss_family: [1, 1] },
  },
  addrinfo: {
    size: 48,
    fields: {
      ai_flags: [0, 4],
      ai_family: [4, 4],
      ai_socktype: [8, 4],
      ai_protocol: [12, 4],
      ai_addrlen: [16, 4],
      ai_canonname: [24, 8],
      ai_addr: [32, 8],
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
    size: 48,
    fields: {
      msg_name: [0, 8],
      msg_namelen: [8, 4],
      msg_iov: [16, 8],
      msg_iovlen: [24, 4],
      msg_control: [32, 8],
      msg_controllen: [40, 4],
      msg_flags: [44, 4],
    },
  },
  cmsghdr: {
    size: 12,
    fields: { cmsg_len: [0, 4], cmsg_level: [4, 4], cmsg_type: [8, 4] },
  },
  iovec: { size: 16, fields: { iov_base: [0, 8], iov_len: [8, 8] } },
  pollfd: { size: 8, fields: { fd: [0, 4], events: [4, 2], revents: [6, 2] } },
  linger: { size: 8, fields: { l_onoff: [0, 4], l_linger: [4, 4] } },
  timeval: { size: 16, fields: { tv_sec: [0, 8], tv_usec: [8, 4] } },
  if_nameindex: { size: 16, fields: { if_index: [0, 4], if_name: [8, 8] } },
} as const satisfies Layouts;

/**
 * What macOS does differently from the other platforms.
 *
 * @example Suppressing SIGPIPE
 * ```ts
 * import { features } from "./darwin.ts";
 * console.log(features.soNoSigpipe, features.sendFlags); // true 0
 * ```
 */
export const features: Features = {
  connectPending: "EINPROGRESS",
  sockaddrLength: true,
  sockCloexec: false,
  accept4: false,
  // MSG_NOSIGNAL exists only since macOS 11; SO_NOSIGPIPE works everywhere.
  sendFlags: 0,
  soNoSigpipe: true,
  closeSymbol: "close",
  pollSymbol: "poll",
  handleIsPointer: false,
  sunPathLength: 104,
  abstractUnix: false,
  socketpair: true,
  dup: true,
  serverReuseAddress: true,
  setsockoptEmptyNull: true,
};

/** The layouts that differ on arm64: none. */
export const arm64Layouts: Layouts = {};

/**
 * The reactor waits with kqueue: a read and a write filter per descriptor,
 * `EV_CLEAR` (edge-triggered), added once and dropped by `close()`. The
 * numbers and `struct kevent` are Apple's `sys/event.h` (the same on arm64
 * and x86_64; checked with Zig by `tests/platform_reactor_test.ts`).
 */
export const reactor: ReactorTable = {
  kind: "kqueue",
  constants: {
    EVFILT_READ: -1,
    EVFILT_WRITE: -2,
    EV_ADD: 0x0001,
    EV_DELETE: 0x0002,
    EV_CLEAR: 0x0020,
    EV_ERROR: 0x4000,
    EV_EOF: 0x8000,
  },
  layouts: {
    kevent: {
      size: 32,
      fields: {
        ident: [0, 8],
        filter: [8, 2],
        flags: [10, 2],
        fflags: [12, 4],
        data: [16, 8],
        udata: [24, 8],
      },
    },
    timespec: { size: 16, fields: { tv_sec: [0, 8], tv_nsec: [8, 8] } },
  },
};

/**
 * The `ioctl` controls a socket's `ioctl()` accepts: exactly those whose
 * argument and result sizes are known (each an `int` behind `argp`:
 * `_IOW('f', 126, int)`, `_IOR('f', 127, int)`, `_IOR('s', 7, int)`). Any
 * other code raises before C is called.
 *
 * @example The accepted controls
 * ```ts
 * import { ioctls } from "./darwin.ts";
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

const sendfileLength = new BigInt64Array(1);

/**
 * `sendfile(2)` as macOS has it (the file first, the count in and out
 * through a pointer): sends up to `count` (> 0) bytes of file `file` from
 * `offset` on socket `sock`. Returns the bytes sent (0 at end of file),
 * or -1 with errno set. A non-blocking socket that took part of the data
 * before EAGAIN returns that part, as CPython does.
 *
 * @example Sending a file's first kilobyte
 * ```ts ignore
 * import { lib } from "./mod.ts";
 * import { sendFile } from "./darwin.ts";
 * const sent = sendFile(lib, 3, 4, 0, 1024);
 * ```
 */
export function sendFile(
  lib: {
    readonly sendfile: (
      file: number,
      sock: number,
      offset: number,
      len: Uint8Array,
      hdtr: null,
      flags: number,
    ) => number;
  },
  sock: number,
  file: number,
  offset: number,
  count: number,
): number {
  sendfileLength[0] = BigInt(count);
  const len = new Uint8Array(sendfileLength.buffer);
  const r = lib.sendfile(file, sock, offset, len, null, 0);
  const sent = Number(sendfileLength[0]);
  return r === 0 || sent > 0 ? sent : -1;
}

/** The C library the table's values are for: libSystem. */
export const defaultLibc = "libSystem";

/**
 * Other C libraries of this OS, where their headers differ from the
 * table's (chosen when the library is loaded).
 */
export const libcVariants: readonly LibcVariant[] = [];
