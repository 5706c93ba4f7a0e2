/**
 * Windows (x64): Winsock 2 in `ws2_32.dll`, its symbol table, constants,
 * struct layouts and how to read the last error. Every value was measured
 * from the mingw-w64 headers by `.ci/gen_windows_constants.ts`, and
 * `tests/platform_windows_test.ts` checks them again under Wine.
 *
 * Winsock differs from BSD sockets in ways shared code must honour:
 * `WSAStartup()` before the first call; a socket is a pointer-sized
 * `SOCKET` handle, never an `int`; failures return `SOCKET_ERROR` (-1) or
 * `INVALID_SOCKET` (`~0`, which the FFI returns as `2 ** 64`) and the reason
 * is `WSAGetLastError()`; buffer lengths are `int`; `closesocket()` closes.
 *
 * @module
 */
import type { LibrarySearch, SymbolTable } from "../ffi/mod.ts";
import type { Features, LastError, Layouts } from "./types.ts";
import { constants, errno } from "./windows_constants.ts";
export { constants, errno } from "./windows_constants.ts";

/**
 * Where Winsock is found; `BERKELEY_SOCKET_WS2_32` overrides.
 *
 * @example Opening the library
 * ```ts ignore
 * import { openLibrary } from "../ffi/mod.ts";
 * import { library, symbols } from "./windows.ts";
 * const ws2 = openLibrary(library, symbols); // on Windows only
 * ```
 */
export const library: LibrarySearch = {
  envVar: "BERKELEY_SOCKET_WS2_32",
  paths: ["ws2_32.dll"],
};

/**
 * The last error is the value `WSAGetLastError()` returns, read right after
 * the failing call on the same thread (`h_errno` is the same value).
 *
 * @example Reading the rule
 * ```ts
 * import { lastError } from "./windows.ts";
 * console.log(lastError.symbol); // "WSAGetLastError"
 * ```
 */
export const lastError: LastError = {
  kind: "call",
  symbol: "WSAGetLastError",
};

/**
 * The Winsock functions the library calls, each parameter with its C type.
 * `SOCKET` is `UINT_PTR`: always `"usize"`, never narrowed to 32 bits.
 * `long` and `u_long` are 32 bits on Windows (LLP64).
 *
 * Not in `ws2_32.dll`: `gai_strerror` (an inline in ws2tcpip.h that calls
 * kernel32's `FormatMessageA`; CPython reports "getaddrinfo failed"
 * instead), `hstrerror`, `strerror`, `if_nametoindex`/`if_indextoname`
 * (iphlpapi.dll), `if_nameindex`, `socketpair`, `dup` (use
 * `WSADuplicateSocketW`), `fcntl`, `ioctl`, `inet_aton` (use `inet_addr`),
 * `accept4`, `sendmsg`/`recvmsg` (`WSASendMsg`; `WSARecvMsg` is reached
 * only through a function pointer from `WSAIoctl`).
 *
 * @example Calling `socket()`
 * ```ts ignore
 * import { openLibrary } from "../ffi/mod.ts";
 * import { constants, library, symbols } from "./windows.ts";
 * const ws2 = openLibrary(library, symbols); // on Windows only
 * ws2.WSAStartup(0x0202, new Uint8Array(408));
 * const s = ws2.socket(constants.AF_INET, constants.SOCK_STREAM, 0);
 * ```
 */
export const symbols = {
  WSAStartup: {
    parameters: [
      "u16", // WORD wVersionRequested
      "buffer", // LPWSADATA lpWSAData
    ],
    result: "i32", // int
  },
  WSACleanup: { parameters: [], result: "i32" }, // int
  WSAGetLastError: { parameters: [], result: "i32" }, // int
  WSASetLastError: {
    parameters: [
      "i32", // int iError
    ],
    result: "void",
  },
  socket: {
    parameters: [
      "i32", // int af
      "i32", // int type
      "i32", // int protocol
    ],
    result: "usize", // SOCKET
  },
  WSASocketW: {
    parameters: [
      "i32", // int af
      "i32", // int type
      "i32", // int protocol
      "buffer", // LPWSAPROTOCOL_INFOW lpProtocolInfo
      "u32", // GROUP g (unsigned int)
      "u32", // DWORD dwFlags
    ],
    result: "usize", // SOCKET
  },
  bind: {
    parameters: [
      "usize", // SOCKET s
      "buffer", // const struct sockaddr *name
      "i32", // int namelen
    ],
    result: "i32", // int
  },
  connect: {
    parameters: [
      "usize", // SOCKET s
      "buffer", // const struct sockaddr *name
      "i32", // int namelen
    ],
    result: "i32", // int
  },
  listen: {
    parameters: [
      "usize", // SOCKET s
      "i32", // int backlog
    ],
    result: "i32", // int
  },
  accept: {
    parameters: [
      "usize", // SOCKET s
      "buffer", // struct sockaddr *addr
      "buffer", // int *addrlen
    ],
    result: "usize", // SOCKET
  },
  getsockname: {
    parameters: [
      "usize", // SOCKET s
      "buffer", // struct sockaddr *name
      "buffer", // int *namelen
    ],
    result: "i32", // int
  },
  getpeername: {
    parameters: [
      "usize", // SOCKET s
      "buffer", // struct sockaddr *name
      "buffer", // int *namelen
    ],
    result: "i32", // int
  },
  getsockopt: {
    parameters: [
      "usize", // SOCKET s
      "i32", // int level
      "i32", // int optname
      "buffer", // char *optval
      "buffer", // int *optlen
    ],
    result: "i32", // int
  },
  setsockopt: {
    parameters: [
      "usize", // SOCKET s
      "i32", // int level
      "i32", // int optname
      "buffer", // const char *optval
      "i32", // int optlen
    ],
    result: "i32", // int
  },
  send: {
    parameters: [
      "usize", // SOCKET s
      "buffer", // const char *buf
      "i32", // int len
      "i32", // int flags
    ],
    result: "i32", // int
  },
  recv: {
    parameters: [
      "usize", // SOCKET s
      "buffer", // char *buf
      "i32", // int len
      "i32", // int flags
    ],
    result: "i32", // int
  },
  sendto: {
    parameters: [
      "usize", // SOCKET s
      "buffer", // const char *buf
      "i32", // int len
      "i32", // int flags
      "buffer", // const struct sockaddr *to
      "i32", // int tolen
    ],
    result: "i32", // int
  },
  recvfrom: {
    parameters: [
      "usize", // SOCKET s
      "buffer", // char *buf
      "i32", // int len
      "i32", // int flags
      "buffer", // struct sockaddr *from
      "buffer", // int *fromlen
    ],
    result: "i32", // int
  },
  WSASendMsg: {
    parameters: [
      "usize", // SOCKET Handle
      "buffer", // LPWSAMSG lpMsg
      "u32", // DWORD dwFlags
      "buffer", // LPDWORD lpNumberOfBytesSent
      "buffer", // LPWSAOVERLAPPED lpOverlapped (NULL)
      "buffer", // LPWSAOVERLAPPED_COMPLETION_ROUTINE lpCompletionRoutine (NULL)
    ],
    result: "i32", // int
  },
  shutdown: {
    parameters: [
      "usize", // SOCKET s
      "i32", // int how
    ],
    result: "i32", // int
  },
  closesocket: {
    parameters: [
      "usize", // SOCKET s
    ],
    result: "i32", // int
  },
  ioctlsocket: {
    parameters: [
      "usize", // SOCKET s
      // long cmd: 32 bits, passed as u32 because every command macro
      // (FIONBIO 0x8004667e, ...) is an unsigned long above 2^31, which
      // Deno's i32 rejects; the register contents are the same.
      "u32",
      "buffer", // u_long *argp
    ],
    result: "i32", // int
  },
  WSAIoctl: {
    parameters: [
      "usize", // SOCKET s
      "u32", // DWORD dwIoControlCode
      "buffer", // LPVOID lpvInBuffer
      "u32", // DWORD cbInBuffer
      "buffer", // LPVOID lpvOutBuffer
      "u32", // DWORD cbOutBuffer
      "buffer", // LPDWORD lpcbBytesReturned
      "buffer", // LPWSAOVERLAPPED lpOverlapped (NULL)
      "buffer", // LPWSAOVERLAPPED_COMPLETION_ROUTINE lpCompletionRoutine (NULL)
    ],
    result: "i32", // int
  },
  WSAPoll: {
    parameters: [
      "buffer", // LPWSAPOLLFD fdArray
      "u32", // ULONG fds
      "i32", // INT timeout
    ],
    result: "i32", // int
  },
  select: {
    parameters: [
      "i32", // int nfds (ignored)
      "buffer", // fd_set *readfds
      "buffer", // fd_set *writefds
      "buffer", // fd_set *exceptfds
      "buffer", // const struct timeval *timeout
    ],
    result: "i32", // int
  },
  getaddrinfo: {
    parameters: [
      "buffer", // PCSTR pNodeName
      "buffer", // PCSTR pServiceName
      "buffer", // const ADDRINFOA *pHints
      "buffer", // PADDRINFOA *ppResult
    ],
    result: "i32", // INT
  },
  freeaddrinfo: {
    parameters: [
      "pointer", // PADDRINFOA pAddrInfo
    ],
    result: "void",
  },
  getnameinfo: {
    parameters: [
      "buffer", // const SOCKADDR *pSockaddr
      "i32", // socklen_t SockaddrLength (int)
      "buffer", // PCHAR pNodeBuffer
      "u32", // DWORD NodeBufferSize
      "buffer", // PCHAR pServiceBuffer
      "u32", // DWORD ServiceBufferSize
      "i32", // INT Flags
    ],
    result: "i32", // INT
  },
  gethostbyname: {
    parameters: [
      "buffer", // const char *name
    ],
    result: "pointer", // struct hostent *
  },
  gethostbyaddr: {
    parameters: [
      "buffer", // const char *addr
      "i32", // int len
      "i32", // int type
    ],
    result: "pointer", // struct hostent *
  },
  gethostname: {
    parameters: [
      "buffer", // char *name
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
  inet_addr: {
    parameters: [
      "buffer", // const char *cp
    ],
    result: "u32", // unsigned long (32 bits)
  },
  inet_pton: {
    parameters: [
      "i32", // INT Family
      "buffer", // PCSTR pszAddrString
      "buffer", // PVOID pAddrBuf
    ],
    result: "i32", // INT
  },
  inet_ntop: {
    parameters: [
      "i32", // INT Family
      "buffer", // const VOID *pAddr
      "buffer", // PSTR pStringBuf
      "usize", // size_t StringBufSize
    ],
    result: "pointer", // PCSTR
  },
} as const satisfies SymbolTable;

/**
 * Struct sizes and field offsets, `[offset, size]` in bytes, for x64
 * (LLP64: `long` is 4 bytes). The names match `linux.ts` where Windows has
 * the struct; `pollfd` is `WSAPOLLFD`. Windows-only: `fd_set`, `WSABUF`,
 * `WSAMSG`, `WSACMSGHDR`, `WSADATA`, `tcp_keepalive` (`SIO_KEEPALIVE_VALS`).
 *
 * @example Reading an offset
 * ```ts
 * import { layouts } from "./windows.ts";
 * console.log(layouts.addrinfo.fields.ai_addr); // [32, 8]
 * ```
 */
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
  sockaddr_storage: { size: 128, fields: { ss_family: [0, 2] } },
  // size_t ai_addrlen; ai_canonname comes before ai_addr (as on macOS).
  addrinfo: {
    size: 48,
    fields: {
      ai_flags: [0, 4],
      ai_family: [4, 4],
      ai_socktype: [8, 4],
      ai_protocol: [12, 4],
      ai_addrlen: [16, 8],
      ai_canonname: [24, 8],
      ai_addr: [32, 8],
      ai_next: [40, 8],
    },
  },
  // short h_addrtype, h_length.
  hostent: {
    size: 32,
    fields: {
      h_name: [0, 8],
      h_aliases: [8, 8],
      h_addrtype: [16, 2],
      h_length: [18, 2],
      h_addr_list: [24, 8],
    },
  },
  // On Win64 s_proto comes before the short s_port.
  servent: {
    size: 32,
    fields: {
      s_name: [0, 8],
      s_aliases: [8, 8],
      s_port: [24, 2],
      s_proto: [16, 8],
    },
  },
  protoent: {
    size: 24,
    fields: { p_name: [0, 8], p_aliases: [8, 8], p_proto: [16, 2] },
  },
  // WSAPOLLFD: SOCKET fd is 8 bytes.
  pollfd: {
    size: 16,
    fields: { fd: [0, 8], events: [8, 2], revents: [10, 2] },
  },
  // u_short l_onoff, l_linger.
  linger: { size: 4, fields: { l_onoff: [0, 2], l_linger: [2, 2] } },
  // long tv_sec, tv_usec (4 bytes each).
  timeval: { size: 8, fields: { tv_sec: [0, 4], tv_usec: [4, 4] } },
  // u_int fd_count; SOCKET fd_array[FD_SETSIZE = 64].
  fd_set: { size: 520, fields: { fd_count: [0, 4], fd_array: [8, 512] } },
  WSABUF: { size: 16, fields: { len: [0, 4], buf: [8, 8] } },
  WSAMSG: {
    size: 56,
    fields: {
      name: [0, 8],
      namelen: [8, 4],
      lpBuffers: [16, 8],
      dwBufferCount: [24, 4],
      Control: [32, 16],
      dwFlags: [48, 4],
    },
  },
  WSACMSGHDR: {
    size: 16,
    fields: { cmsg_len: [0, 8], cmsg_level: [8, 4], cmsg_type: [12, 4] },
  },
  WSADATA: {
    size: 408,
    fields: {
      wVersion: [0, 2],
      wHighVersion: [2, 2],
      iMaxSockets: [4, 2],
      iMaxUdpDg: [6, 2],
      lpVendorInfo: [8, 8],
      szDescription: [16, 257],
      szSystemStatus: [273, 129],
    },
  },
  tcp_keepalive: {
    size: 12,
    fields: { onoff: [0, 4], keepalivetime: [4, 4], keepaliveinterval: [8, 4] },
  },
} as const satisfies Layouts;

/**
 * What Windows does differently from the other platforms.
 *
 * @example Checking a feature
 * ```ts
 * import { features } from "./windows.ts";
 * console.log(features.handleIsPointer); // true
 * ```
 */
export const features: Features = {
  sockaddrLength: false,
  sockCloexec: false,
  accept4: false,
  sendFlags: 0,
  soNoSigpipe: false,
  closeSymbol: "closesocket",
  nonblock: "ioctlsocket",
  pollSymbol: "WSAPoll",
  handleIsPointer: true,
  sunPathLength: 108,
  abstractUnix: false,
  socketpair: false,
  dup: false,
};

/**
 * `fcntl()` does not exist on Windows: this fails like a system call, with
 * -1 and the last error `WSAEOPNOTSUPP`. Shared code reaches it only when
 * `features` says otherwise (`nonblock` is `"ioctlsocket"` here, and there
 * are no `F_*` constants).
 *
 * @example Failing like a system call
 * ```ts ignore
 * import { lib, lastErrno } from "../platform/mod.ts";
 * import { fcntl } from "./windows.ts";
 * console.log(fcntl(lib, 0x100, 3, 0), lastErrno()); // -1 10045
 * ```
 */
export function fcntl(
  lib: { readonly WSASetLastError: (code: number) => void },
  _fd: number,
  _cmd: number,
  _arg = 0,
): number {
  lib.WSASetLastError(errno.WSAEOPNOTSUPP);
  return -1;
}

/**
 * `ioctl(fd, request, argp)` on a socket: the BSD-style requests
 * (`FIONBIO`, `FIONREAD`, `SIOCATMARK`: family `IOC_UNIX`) go to
 * `ioctlsocket()`, whose `u_long *argp` is the 4-byte `argp`; the others
 * (`SIO_RCVALL`, `SIO_KEEPALIVE_VALS`, `SIO_LOOPBACK_FAST_PATH`, ...) go to
 * `WSAIoctl()`, with `argp` as the input buffer when the code has `IOC_IN`
 * and as the output buffer when it has `IOC_OUT`. Returns 0, or -1 with
 * the last error set.
 *
 * @example Counting the bytes waiting on a socket
 * ```ts ignore
 * import { lib } from "../platform/mod.ts";
 * import { constants as C, ioctl } from "./windows.ts";
 * const s = 0x100; // a SOCKET
 * const count = new Uint32Array(1);
 * ioctl(lib, s, C.FIONREAD, new Uint8Array(count.buffer));
 * console.log(count[0]);
 * ```
 */
export function ioctl(
  lib: {
    readonly ioctlsocket: (...args: (number | Uint8Array | null)[]) => number;
    readonly WSAIoctl: (...args: (number | Uint8Array | null)[]) => number;
  },
  fd: number,
  request: number,
  argp: Uint8Array | null,
): number {
  if ((request & constants.IOC_VENDOR) === constants.IOC_UNIX) {
    return lib.ioctlsocket(fd, request, argp);
  }
  const input = (request & constants.IOC_IN) !== 0 ? argp : null;
  const output = (request & constants.IOC_OUT) !== 0 ? argp : null;
  const returned = new Uint8Array(4); // DWORD lpcbBytesReturned
  return lib.WSAIoctl(
    fd,
    request,
    input,
    input?.byteLength ?? 0,
    output,
    output?.byteLength ?? 0,
    returned,
    null,
    null,
  );
}
