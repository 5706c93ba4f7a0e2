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
import {
  isNull,
  type LibrarySearch,
  type Pointer,
  pointerIn,
  readBytes,
  readI32,
  type SymbolTable,
} from "../ffi/mod.ts";
import type {
  Features,
  IoctlTable,
  LastError,
  Layouts,
  LibcVariant,
  ReactorTable,
} from "./types.ts";
import type { ExtraLibrary } from "./_posix.ts";
import { constants, errno } from "./windows_constants.ts";
export { constants, errno } from "./windows_constants.ts";
export {
  descriptorSymbols,
  readFile,
  seekFile,
  transmitFile,
} from "./windows_files.ts";

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
  WSADuplicateSocketW: {
    parameters: [
      "usize", // SOCKET s
      "u32", // DWORD dwProcessId
      "buffer", // LPWSAPROTOCOL_INFOW lpProtocolInfo
    ],
    result: "i32", // int
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
 * the struct; `pollfd` is `WSAPOLLFD`, `cmsghdr` is `WSACMSGHDR`.
 * Windows-only: `fd_set`, `WSABUF`, `WSAMSG`, `WSADATA`, `tcp_keepalive`
 * (`SIO_KEEPALIVE_VALS`), `WSAPROTOCOL_INFOW`.
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
  // WSACMSGHDR, under the name the other platforms give it.
  cmsghdr: {
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
  // What WSADuplicateSocketW() fills in and WSASocketW() reads back
  // (socket.share() and fromshare(): its bytes are the shared data).
  WSAPROTOCOL_INFOW: {
    size: 628,
    fields: {
      dwServiceFlags1: [0, 4],
      dwServiceFlags2: [4, 4],
      dwServiceFlags3: [8, 4],
      dwServiceFlags4: [12, 4],
      dwProviderFlags: [16, 4],
      ProviderId: [20, 16],
      dwCatalogEntryId: [36, 4],
      ProtocolChain: [40, 32],
      iVersion: [72, 4],
      iAddressFamily: [76, 4],
      iMaxSockAddr: [80, 4],
      iMinSockAddr: [84, 4],
      iSocketType: [88, 4],
      iProtocol: [92, 4],
      iProtocolMaxOffset: [96, 4],
      iNetworkByteOrder: [100, 4],
      iSecurityScheme: [104, 4],
      dwMessageSize: [108, 4],
      dwProviderReserved: [112, 4],
      szProtocol: [116, 512],
    },
  },
  // AF_BLUETOOTH's RFCOMM address: ws2bth.h's SOCKADDR_BTH (packed: USHORT
  // addressFamily, BTH_ADDR btAddr, GUID serviceClassId, ULONG port),
  // under the name and field names CPython gives it (sockaddr_rc).
  sockaddr_rc: {
    size: 30,
    fields: { rc_family: [0, 2], rc_bdaddr: [2, 8], rc_channel: [26, 4] },
  },
  // AF_HYPERV's address (hvsocket.h): two GUIDs.
  SOCKADDR_HV: {
    size: 36,
    fields: {
      Family: [0, 2],
      Reserved: [2, 2],
      VmId: [4, 16],
      ServiceId: [20, 16],
    },
  },
  // GetIfTable2Ex()'s table (ULONG NumEntries; MIB_IF_ROW2 Table[]) and rows.
  MIB_IF_TABLE2: {
    size: 1360,
    fields: { NumEntries: [0, 4], Table: [8, 1352] },
  },
  MIB_IF_ROW2: {
    size: 1352,
    fields: { InterfaceLuid: [0, 8], InterfaceIndex: [8, 4] },
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
  connectPending: "EWOULDBLOCK",
  sockaddrLength: false,
  sockCloexec: false,
  accept4: false,
  sendFlags: 0,
  soNoSigpipe: false,
  closeSymbol: "closesocket",
  pollSymbol: "WSAPoll",
  handleIsPointer: true,
  sunPathLength: 108,
  abstractUnix: false,
  socketpair: false,
  // WSADuplicateSocketW: see dupSocket().
  dup: true,
  // SO_REUSEADDR lets a second socket bind a port in use (CPython).
  serverReuseAddress: false,
};

/**
 * `fcntl()` does not exist on Windows: this fails like a system call, with
 * -1 and the last error `WSAEOPNOTSUPP`. Shared code reaches it only when
 * `features` says otherwise (`sockCloexec` is false and there are no `F_*`
 * constants; O_NONBLOCK is switched with `ioctl(FIONBIO)` everywhere).
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
 * and as the output buffer when it has `IOC_OUT`; `WSAIoctl` writes its
 * count of bytes returned (a `DWORD`) into `returned`. Returns 0, or -1
 * with the last error set.
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
  returned: Uint8Array = new Uint8Array(4), // DWORD lpcbBytesReturned
): number {
  if ((request & constants.IOC_VENDOR) === constants.IOC_UNIX) {
    return lib.ioctlsocket(fd, request, argp);
  }
  const input = (request & constants.IOC_IN) !== 0 ? argp : null;
  const output = (request & constants.IOC_OUT) !== 0 ? argp : null;
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

/**
 * The functions Winsock leaves to other system libraries: kernel32's
 * `FormatMessageW` (error texts, as CPython's `PyErr_SetExcFromWindowsErr`
 * gets them), `GetCurrentProcessId` (for `WSADuplicateSocketW`),
 * `GetFileType`, `GetFileSizeEx`, `SetFilePointerEx` and `ReadFile`
 * (`sendfile()`'s file); mswsock's `TransmitFile`,
 * `GetHandleInformation` and `SetHandleInformation`; iphlpapi's `if_nametoindex`, `if_indextoname`
 * and what `if_nameindex` is made of (`GetIfTable2Ex`, `FreeMibTable`,
 * `ConvertInterfaceLuidToNameW`). `BERKELEY_SOCKET_KERNEL32` and
 * `BERKELEY_SOCKET_IPHLPAPI` override where they are found.
 *
 * @example The libraries opened besides ws2_32.dll
 * ```ts
 * import { extraLibraries } from "./windows.ts";
 * console.log(extraLibraries.map((l) => l.library.paths[0])); // ["kernel32.dll", "iphlpapi.dll"]
 * ```
 */
export const extraLibraries: readonly ExtraLibrary[] = [
  {
    library: { envVar: "BERKELEY_SOCKET_KERNEL32", paths: ["kernel32.dll"] },
    symbols: {
      FormatMessageW: {
        parameters: [
          "u32", // DWORD dwFlags
          "buffer", // LPCVOID lpSource (NULL)
          "u32", // DWORD dwMessageId
          "u32", // DWORD dwLanguageId
          "buffer", // LPWSTR lpBuffer
          "u32", // DWORD nSize (in WCHARs)
          "buffer", // va_list *Arguments (NULL)
        ],
        result: "u32", // DWORD: WCHARs written, 0 on failure
      },
      GetCurrentProcessId: { parameters: [], result: "u32" }, // DWORD
      GetFileType: {
        parameters: [
          "usize", // HANDLE hFile
        ],
        result: "u32", // DWORD: FILE_TYPE_DISK, FILE_TYPE_PIPE, ...
      },
      GetFileSizeEx: {
        parameters: [
          "usize", // HANDLE hFile
          "buffer", // PLARGE_INTEGER lpFileSize
        ],
        result: "i32", // BOOL
      },
      SetFilePointerEx: {
        parameters: [
          "usize", // HANDLE hFile
          "i64", // LARGE_INTEGER liDistanceToMove (by value)
          "buffer", // PLARGE_INTEGER lpNewFilePointer (NULL)
          "u32", // DWORD dwMoveMethod
        ],
        result: "i32", // BOOL
      },
      ReadFile: {
        parameters: [
          "usize", // HANDLE hFile
          "buffer", // LPVOID lpBuffer
          "u32", // DWORD nNumberOfBytesToRead
          "buffer", // LPDWORD lpNumberOfBytesRead
          "buffer", // LPOVERLAPPED lpOverlapped (NULL)
        ],
        result: "i32", // BOOL
      },
      GetHandleInformation: {
        parameters: [
          "usize", // HANDLE hObject (a SOCKET is a HANDLE)
          "buffer", // LPDWORD lpdwFlags
        ],
        result: "i32", // BOOL
      },
      SetHandleInformation: {
        parameters: [
          "usize", // HANDLE hObject (a SOCKET is a HANDLE)
          "u32", // DWORD dwMask
          "u32", // DWORD dwFlags
        ],
        result: "i32", // BOOL
      },
    },
  },
  {
    library: { envVar: "BERKELEY_SOCKET_IPHLPAPI", paths: ["iphlpapi.dll"] },
    symbols: {
      if_nametoindex: {
        parameters: [
          "buffer", // PCSTR InterfaceName
        ],
        result: "u32", // NET_IFINDEX (ULONG)
      },
      if_indextoname: {
        parameters: [
          "u32", // NET_IFINDEX InterfaceIndex
          "buffer", // PCHAR InterfaceName (IF_NAMESIZE + 1 bytes)
        ],
        result: "pointer", // PCHAR: InterfaceName, or NULL
      },
      GetIfTable2Ex: {
        parameters: [
          "i32", // MIB_IF_TABLE_LEVEL Level (an enum)
          "buffer", // PMIB_IF_TABLE2 *Table
        ],
        result: "u32", // NETIO_STATUS (DWORD)
      },
      FreeMibTable: {
        parameters: [
          "pointer", // PVOID Memory
        ],
        result: "void",
      },
      ConvertInterfaceLuidToNameW: {
        parameters: [
          "buffer", // const NET_LUID *InterfaceLuid
          "buffer", // PWSTR InterfaceName
          "usize", // SIZE_T Length (in WCHARs)
        ],
        result: "u32", // NETIO_STATUS (DWORD)
      },
    },
  },
  {
    library: { envVar: "BERKELEY_SOCKET_MSWSOCK", paths: ["mswsock.dll"] },
    symbols: {
      TransmitFile: {
        parameters: [
          "usize", // SOCKET hSocket
          "usize", // HANDLE hFile
          "u32", // DWORD nNumberOfBytesToWrite
          "u32", // DWORD nNumberOfBytesPerSend (0: the default)
          "buffer", // LPOVERLAPPED lpOverlapped (NULL: synchronous)
          "buffer", // LPTRANSMIT_FILE_BUFFERS lpTransmitBuffers (NULL)
          "u32", // DWORD dwReserved (TF_* flags)
        ],
        result: "i32", // BOOL
        optional: true,
      },
    },
  },
];

/**
 * `h_errno` is `WSAGetLastError()` on Windows (winsock2.h defines it so).
 *
 * @example Reading the rule
 * ```ts
 * import { hErrno } from "./windows.ts";
 * console.log(hErrno?.symbol); // "WSAGetLastError"
 * ```
 */
export const hErrno: LastError | null = lastError;

/** `WSAStartup`'s version: Winsock 2.2, as `MAKEWORD(2, 2)`. */
const WINSOCK_2_2 = 0x0202;

/**
 * Starts Winsock 2.2 (`WSAStartup`) for the process. Called once, when the
 * library is loaded, before any other call; never undone (`WSACleanup`
 * would pull sockets from under the rest of the process). Fails with an
 * `Error` when Winsock is missing or older than 2.2.
 *
 * @example Starting Winsock
 * ```ts ignore
 * import { openLibrary } from "../ffi/mod.ts";
 * import { init, library, symbols } from "./windows.ts";
 * init(openLibrary(library, symbols)); // on Windows only
 * ```
 */
export function init(
  lib: {
    readonly WSAStartup: (version: number, data: Uint8Array) => number;
    readonly WSACleanup: () => number;
  },
): void {
  const data = new Uint8Array(layouts.WSADATA.size);
  const rc = lib.WSAStartup(WINSOCK_2_2, data);
  if (rc !== 0) throw new Error(`WSAStartup failed: error code ${rc}`);
  const version = new DataView(data.buffer).getUint16(
    layouts.WSADATA.fields.wVersion[0],
    true,
  );
  if (version !== WINSOCK_2_2) {
    lib.WSACleanup();
    throw new Error(
      `WSAStartup failed: Winsock 2.2 is not available, got version ${
        version & 0xff
      }.${version >> 8}`,
    );
  }
}

const FORMAT_MESSAGE_IGNORE_INSERTS = 0x200;
const FORMAT_MESSAGE_FROM_SYSTEM = 0x1000;
/** `MAKELANGID(LANG_NEUTRAL, SUBLANG_DEFAULT)`: the user's language. */
const LANG_DEFAULT = 0x400;
const MESSAGE_CHARS = 2048;
const utf16 = new TextDecoder("utf-16le");

/**
 * The system's text for a Winsock (or Win32) error code, as CPython gets it
 * for `OSError.strerror` on Windows: `FormatMessageW` in the user's
 * language, trailing whitespace and dots removed, and `"Windows Error
 * 0x2733"` (the code in hex) when the system has no text. Real Windows
 * says "No connection could be made because the target machine actively
 * refused it" for 10061; Wine's table is shorter ("Connection refused")
 * and lacks many Winsock codes.
 *
 * @example The text of WSAECONNREFUSED
 * ```ts ignore
 * import { lib } from "./mod.ts";
 * import { strerror } from "./windows.ts";
 * console.log(strerror(lib, 10061));
 * ```
 */
export function strerror(
  lib: {
    readonly FormatMessageW: (
      ...args: (number | Uint8Array | null)[]
    ) => number;
  },
  code: number,
): string {
  const buf = new Uint16Array(MESSAGE_CHARS);
  let n = lib.FormatMessageW(
    FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
    null,
    code >>> 0,
    LANG_DEFAULT,
    new Uint8Array(buf.buffer),
    MESSAGE_CHARS,
    null,
  );
  if (n === 0) return `Windows Error 0x${(code >>> 0).toString(16)}`;
  // CPython: "remove trailing cr/lf and dots".
  while (n > 0) {
    const c = buf[n - 1] ?? 0;
    if (c > 0x20 && c !== 0x2e) break;
    n--;
  }
  return utf16.decode(buf.subarray(0, n));
}

/**
 * The text of a `getaddrinfo`/`getnameinfo` error. `gai_strerror` is not
 * in ws2_32.dll, and CPython on Windows (built without it) says
 * `"getaddrinfo failed"` for every code; so does this.
 *
 * @example The text of WSAHOST_NOT_FOUND
 * ```ts
 * import { gaiStrerror } from "./windows.ts";
 * console.log(gaiStrerror({}, 11001)); // "getaddrinfo failed"
 * ```
 */
export function gaiStrerror(_lib: unknown, _code: number): string {
  return "getaddrinfo failed";
}

/**
 * The text of an `h_errno` value. `hstrerror` is not in ws2_32.dll, and
 * CPython on Windows (built without it) says `"host not found"` for every
 * code; so does this.
 *
 * @example The text of WSAHOST_NOT_FOUND
 * ```ts
 * import { hstrerror } from "./windows.ts";
 * console.log(hstrerror({}, 11001)); // "host not found"
 * ```
 */
export function hstrerror(_lib: unknown, _code: number): string {
  return "host not found";
}

/** How CPython creates every socket: overlapped-capable, not inherited. */
const CREATE_FLAGS = constants.WSA_FLAG_OVERLAPPED |
  constants.WSA_FLAG_NO_HANDLE_INHERIT;

/**
 * Creates a socket that child processes do not inherit, as CPython does:
 * `WSASocketW(family, type, proto, NULL, 0, WSA_FLAG_OVERLAPPED |
 * WSA_FLAG_NO_HANDLE_INHERIT)`. Returns the `SOCKET`, or `INVALID_SOCKET`
 * (`2 ** 64` as a number) with the last error set.
 *
 * @example Opening a UDP socket
 * ```ts ignore
 * import { lib } from "./mod.ts";
 * import { constants as C, openSocket } from "./windows.ts";
 * const s = openSocket(lib, C.AF_INET, C.SOCK_DGRAM, 0);
 * ```
 */
export function openSocket(
  lib: {
    readonly WSASocketW: (...args: (number | Uint8Array | null)[]) => number;
  },
  family: number,
  type: number,
  proto: number,
): number {
  return lib.WSASocketW(family, type, proto, null, 0, CREATE_FLAGS);
}

/** `HANDLE_FLAG_INHERIT` (winbase.h): child processes inherit the handle. */
const HANDLE_FLAG_INHERIT = 1;
/** `INVALID_SOCKET` (`~0`) as the FFI returns it. */
const INVALID_SOCKET = 2 ** 64;

/**
 * Accepts a connection and makes its handle non-inheritable, as CPython
 * does on Windows (`accept`, then `SetHandleInformation(s,
 * HANDLE_FLAG_INHERIT, 0)`; an accepted socket does not take the
 * listener's `WSA_FLAG_NO_HANDLE_INHERIT`). Returns the `SOCKET`, or
 * `INVALID_SOCKET` (`2 ** 64`) with the last error set.
 *
 * @example Accepting a connection
 * ```ts ignore
 * import { lib } from "./mod.ts";
 * import { acceptSocket } from "./windows.ts";
 * const len = new Uint8Array(4);
 * const s = acceptSocket(lib, 0x104, new Uint8Array(128), len);
 * ```
 */
export function acceptSocket(
  lib: {
    readonly accept: (fd: number, addr: Uint8Array, len: Uint8Array) => number;
    readonly SetHandleInformation: (
      handle: number,
      mask: number,
      flags: number,
    ) => number;
    readonly WSAGetLastError: () => number;
    readonly WSASetLastError: (code: number) => void;
    readonly closesocket: (s: number) => number;
  },
  fd: number,
  addr: Uint8Array,
  len: Uint8Array,
): number {
  const s = lib.accept(fd, addr, len);
  if (s >= 2 ** 63) return INVALID_SOCKET;
  if (lib.SetHandleInformation(s, HANDLE_FLAG_INHERIT, 0) === 0) {
    const err = lib.WSAGetLastError(); // GetLastError(): the same value
    lib.closesocket(s);
    lib.WSASetLastError(err);
    return INVALID_SOCKET;
  }
  return s;
}

/** `FROM_PROTOCOL_INFO`: take the family, type and protocol from the info. */
const FROM_PROTOCOL_INFO = -1;

/**
 * A second `SOCKET` for the same socket, as CPython's `socket.dup()` makes
 * it on Windows: `WSADuplicateSocketW` for this process, then `WSASocketW`
 * from the protocol info, not inherited. Returns `INVALID_SOCKET`
 * (`2 ** 64`) with the last error set on failure.
 *
 * @example Duplicating a socket
 * ```ts ignore
 * import { lib } from "./mod.ts";
 * import { dupSocket } from "./windows.ts";
 * const copy = dupSocket(lib, 0x104);
 * ```
 */
export function dupSocket(
  lib: {
    readonly WSADuplicateSocketW: (
      ...args: (number | Uint8Array | null)[]
    ) => number;
    readonly GetCurrentProcessId: () => number;
    readonly WSASocketW: (...args: (number | Uint8Array | null)[]) => number;
  },
  fd: number,
): number {
  const info = new Uint8Array(layouts.WSAPROTOCOL_INFOW.size);
  if (lib.WSADuplicateSocketW(fd, lib.GetCurrentProcessId(), info) !== 0) {
    return INVALID_SOCKET; // the last error is set
  }
  return lib.WSASocketW(
    FROM_PROTOCOL_INFO,
    FROM_PROTOCOL_INFO,
    FROM_PROTOCOL_INFO,
    info,
    0,
    CREATE_FLAGS,
  );
}

/**
 * `socket.share(process_id)` as CPython makes it on Windows:
 * `WSADuplicateSocketW(fd, processId, info)` fills `info` (a
 * `WSAPROTOCOL_INFOW`) for process `processId` to recreate the socket
 * from. Returns 0, or -1 with the last error set.
 *
 * @example Sharing a socket with this process
 * ```ts ignore
 * import { lib } from "./mod.ts";
 * import { layouts, shareSocket } from "./windows.ts";
 * const info = new Uint8Array(layouts.WSAPROTOCOL_INFOW.size);
 * shareSocket(lib, 0x104, lib.GetCurrentProcessId(), info);
 * ```
 */
export function shareSocket(
  lib: {
    readonly WSADuplicateSocketW: (
      ...args: (number | Uint8Array | null)[]
    ) => number;
  },
  fd: number,
  processId: number,
  info: Uint8Array,
): number | null {
  return lib.WSADuplicateSocketW(fd, processId, info) === 0 ? 0 : -1;
}

/**
 * `socket.fromshare(info)` as CPython makes it on Windows:
 * `WSASocketW(FROM_PROTOCOL_INFO, FROM_PROTOCOL_INFO, FROM_PROTOCOL_INFO,
 * info, 0, WSA_FLAG_OVERLAPPED)`, the family, type and protocol taken from
 * `info` (CPython passes no `WSA_FLAG_NO_HANDLE_INHERIT` here). Returns
 * the `SOCKET`, or `INVALID_SOCKET` (`2 ** 64`) with the last error set.
 *
 * @example Recreating a shared socket
 * ```ts ignore
 * import { lib } from "./mod.ts";
 * import { socketFromShare } from "./windows.ts";
 * const s = socketFromShare(lib, new Uint8Array(628)); // bytes from share()
 * ```
 */
export function socketFromShare(
  lib: {
    readonly WSASocketW: (...args: (number | Uint8Array | null)[]) => number;
  },
  info: Uint8Array,
): number | null {
  return lib.WSASocketW(
    FROM_PROTOCOL_INFO,
    FROM_PROTOCOL_INFO,
    FROM_PROTOCOL_INFO,
    info,
    0,
    constants.WSA_FLAG_OVERLAPPED,
  );
}

const BROADCAST = new TextEncoder().encode("255.255.255.255\0");

/**
 * `inet_aton` as CPython implements it where the C library lacks it:
 * `inet_addr(text)`, except that `"255.255.255.255"` (whose value is also
 * `INADDR_NONE`, inet_addr's failure) is taken as the broadcast address.
 * Writes the 4 bytes to `out`; returns 1, or 0 for an invalid address.
 *
 * @example Packing an address
 * ```ts ignore
 * import { cString } from "../ffi/mod.ts";
 * import { lib } from "./mod.ts";
 * import { inetAton } from "./windows.ts";
 * const out = new Uint8Array(4);
 * console.log(inetAton(lib, cString("127.0.0.1"), out), out); // 1 [127, 0, 0, 1]
 * ```
 */
export function inetAton(
  lib: { readonly inet_addr: (text: Uint8Array) => number },
  text: Uint8Array,
  out: Uint8Array,
): number {
  const view = new DataView(out.buffer, out.byteOffset, 4);
  const broadcast = text.length >= BROADCAST.length &&
    BROADCAST.every((b, i) => text[i] === b);
  if (broadcast) {
    view.setUint32(0, constants.INADDR_BROADCAST, true);
    return 1;
  }
  const packed = lib.inet_addr(text);
  if (packed === constants.INADDR_NONE) return 0;
  // inet_addr returns the address in network order, as it lies in memory.
  view.setUint32(0, packed, true);
  return 1;
}

/** `MibIfTableRaw`: the table without the statistics `MibIfTableNormal` adds. */
const MIB_IF_TABLE_RAW = 1;
/** `NDIS_IF_MAX_STRING_SIZE + 1` WCHARs: room for any interface name. */
const IF_NAME_CHARS = 257;

/**
 * Every network interface as `[index, name]`, as CPython's `if_nameindex`
 * builds it on Windows: `GetIfTable2Ex(MibIfTableRaw)`, and for each row
 * its `InterfaceIndex` and the name `ConvertInterfaceLuidToNameW` gives its
 * LUID (`"loopback_0"`, `"ethernet_32768"`, ...). `null` when a call
 * fails, with its status code as the last error.
 *
 * @example Listing the interfaces
 * ```ts ignore
 * import { layouts, lib } from "./mod.ts";
 * import { ifNameindex } from "./windows.ts";
 * console.log(ifNameindex(lib, layouts)); // [[1, "loopback_0"], ...]
 * ```
 */
export function ifNameindex(
  lib: {
    readonly GetIfTable2Ex: (level: number, out: Uint8Array) => number;
    readonly FreeMibTable: (table: Pointer) => void;
    readonly ConvertInterfaceLuidToNameW: (
      luid: Uint8Array,
      name: Uint8Array,
      length: number,
    ) => number;
    readonly WSASetLastError: (code: number) => void;
  },
  tables: Layouts,
): [number, string][] | null {
  const TABLE = tables.MIB_IF_TABLE2?.fields;
  const ROW = tables.MIB_IF_ROW2;
  const countAt = TABLE?.NumEntries?.[0];
  const rowsAt = TABLE?.Table?.[0];
  const luidField = ROW?.fields.InterfaceLuid;
  const indexAt = ROW?.fields.InterfaceIndex?.[0];
  if (
    !ROW || countAt === undefined || rowsAt === undefined || !luidField ||
    indexAt === undefined
  ) {
    throw new Error("No struct MIB_IF_TABLE2 or MIB_IF_ROW2 in this table");
  }
  const out = new Uint8Array(8);
  const status = lib.GetIfTable2Ex(MIB_IF_TABLE_RAW, out);
  if (status !== 0) {
    lib.WSASetLastError(status);
    return null;
  }
  const table = pointerIn(out, 0);
  if (isNull(table)) return [];
  const list: [number, string][] = [];
  const name = new Uint16Array(IF_NAME_CHARS);
  const nameBytes = new Uint8Array(name.buffer);
  try {
    const count = readI32(table, countAt) >>> 0;
    for (let i = 0; i < count; i++) {
      const row = rowsAt + i * ROW.size;
      const [luidAt, luidSize] = luidField;
      const luid = readBytes(table, row + luidAt, luidSize);
      const index = readI32(table, row + indexAt) >>> 0;
      name.fill(0);
      const rc = lib.ConvertInterfaceLuidToNameW(
        luid,
        nameBytes,
        IF_NAME_CHARS,
      );
      if (rc !== 0) {
        lib.WSASetLastError(rc);
        return null;
      }
      const end = name.indexOf(0);
      list.push([
        index,
        utf16.decode(name.subarray(0, end < 0 ? name.length : end)),
      ]);
    }
  } finally {
    lib.FreeMibTable(table);
  }
  return list;
}

/**
 * The `ioctl` controls a socket's `ioctl()` accepts: CPython's three
 * (`SIO_RCVALL` and `SIO_LOOPBACK_FAST_PATH` take an `unsigned int`,
 * `SIO_KEEPALIVE_VALS` a `struct tcp_keepalive` of three `u_long`s; each
 * returns `WSAIoctl`'s count of bytes returned) and the BSD-style ones
 * (`u_long *argp`). Any other code raises before C is called.
 *
 * @example The accepted controls
 * ```ts
 * import { ioctls } from "./windows.ts";
 * console.log(ioctls.get(2550136836)?.name); // "SIO_KEEPALIVE_VALS"
 * ```
 */
export const ioctls: IoctlTable = new Map([
  // u_long *argp: non-zero makes the socket non-blocking (setblocking()).
  [constants.FIONBIO, {
    name: "FIONBIO",
    option: "mode",
    size: 4,
    result: "zero",
  }],
  // u_long *argp: the bytes waiting to be read.
  [constants.FIONREAD, {
    name: "FIONREAD",
    option: "int",
    size: 4,
    result: "ulong",
  }],
  // u_long *argp (a BOOL): true when no urgent data is waiting.
  [constants.SIOCATMARK, {
    name: "SIOCATMARK",
    option: "int",
    size: 4,
    result: "ulong",
  }],
  // unsigned int lpvInBuffer: RCVALL_OFF, RCVALL_ON, ...
  [constants.SIO_RCVALL, {
    name: "SIO_RCVALL",
    option: "int",
    size: 4,
    result: "returned",
  }],
  // struct tcp_keepalive lpvInBuffer: 12 bytes.
  [
    constants.SIO_KEEPALIVE_VALS,
    {
      name: "SIO_KEEPALIVE_VALS",
      option: "keepalive",
      size: layouts.tcp_keepalive.size,
      result: "returned",
    },
  ],
  // unsigned int lpvInBuffer: 1 enables the fast path.
  [
    constants.SIO_LOOPBACK_FAST_PATH,
    {
      name: "SIO_LOOPBACK_FAST_PATH",
      option: "int",
      size: 4,
      result: "returned",
    },
  ],
]);

/**
 * No `sendfile(2)` here: fails with WSAEOPNOTSUPP, so that `sendfile()`
 * takes its read-and-send loop (through {@linkcode readFile}), as
 * CPython's `socket.sendfile()` does on Windows.
 *
 * @example Always unsupported
 * ```ts ignore
 * import { lib } from "./mod.ts";
 * import { sendFile } from "./windows.ts";
 * console.log(sendFile(lib, 0x104, 3, 0, 1024)); // -1
 * ```
 */
export function sendFile(
  lib: { readonly WSASetLastError: (code: number) => void },
  _sock: number,
  _file: number,
  _offset: number,
  _count: number,
): number {
  lib.WSASetLastError(errno.WSAEOPNOTSUPP);
  return -1;
}

/** The C library the table's values are for: ws2_32. */
export const defaultLibc = "ws2_32";

/**
 * Other C libraries of this OS, where their headers differ from the
 * table's (chosen when the library is loaded).
 */
export const libcVariants: readonly LibcVariant[] = [];
/** The layouts that differ on arm64: none. */
export const arm64Layouts: Layouts = {};

/** The reactor waits with `WSAPoll`, the only readiness call Winsock has for any socket, over an array kept between waits. */
export const reactor: ReactorTable = { kind: "poll", constants: {} };
