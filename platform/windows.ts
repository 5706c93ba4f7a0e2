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
import { layouts } from "./windows_layouts.ts";
export { constants, errno } from "./windows_constants.ts";
export { layouts } from "./windows_layouts.ts";
export {
  descriptorSymbols,
  readFile,
  seekFile,
  transmitFile,
} from "./windows_files.ts";
export {
  acceptSocket,
  dupSocket,
  gaiStrerror,
  hstrerror,
  ifNameindex,
  inetAton,
  init,
  openSocket,
  shareSocket,
  socketFromShare,
  strerror,
} from "./windows_winsock.ts";

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
  // See setsockopt(): Wine reads a NULL value of length 0.
  setsockoptEmptyNull: false,
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
