/**
 * The shape every platform file (`linux.ts`, `darwin.ts`, `windows.ts`)
 * exports, so that shared code reads per-OS differences from data.
 *
 * @module
 */

/** One struct field: `[offset, size]` in bytes. */
export type Field = readonly [offset: number, size: number];

/** A C struct's size and the fields the library reads or writes. */
export interface StructLayout {
  readonly size: number;
  readonly fields: Readonly<Record<string, Field>>;
}

/** The struct layouts every platform describes (absent families omitted). */
export type Layouts = Readonly<Record<string, StructLayout>>;

/** How the last error of a failed call is read, right after the call. */
export type LastError =
  /** A function returning the address of the calling thread's `errno`. */
  | { readonly kind: "location"; readonly symbol: string }
  /** A function returning the calling thread's last error (`WSAGetLastError`). */
  | { readonly kind: "call"; readonly symbol: string };

/** Behaviour that differs between operating systems, as data. */
export interface Features {
  /** Sockaddrs start with a length byte (`sin_len`, BSD and macOS). */
  readonly sockaddrLength: boolean;
  /** `socket()` accepts `SOCK_CLOEXEC` (else `fcntl(FD_CLOEXEC)` after). */
  readonly sockCloexec: boolean;
  /** `accept4()` exists. */
  readonly accept4: boolean;
  /** The flag sends carry so a gone peer gives EPIPE, not SIGPIPE (0: none). */
  readonly sendFlags: number;
  /** Set `SO_NOSIGPIPE` on every socket (macOS). */
  readonly soNoSigpipe: boolean;
  /** The function that closes a socket (`close` or `closesocket`). */
  readonly closeSymbol: "close" | "closesocket";
  /** The poll function (`poll` or `WSAPoll`). */
  readonly pollSymbol: "poll" | "WSAPoll";
  /** Socket handles are pointer-sized (`SOCKET` on Windows), else `int`. */
  readonly handleIsPointer: boolean;
  /** Bytes in `sun_path` (0: no AF_UNIX). */
  readonly sunPathLength: number;
  /** Abstract AF_UNIX names (leading NUL) exist. */
  readonly abstractUnix: boolean;
  /** `socketpair()` exists. */
  readonly socketpair: boolean;
  /**
   * The errno a non-blocking `connect()` gives while the connection goes on
   * (`EINPROGRESS`; Windows: `EWOULDBLOCK`). On Linux EAGAIN from
   * `connect()` means a full AF_UNIX backlog: nothing was started.
   */
  readonly connectPending: "EINPROGRESS" | "EWOULDBLOCK";
  /** Descriptors can be duplicated with `dup()` (`fromfd`). */
  readonly dup: boolean;
  /**
   * `create_server()` sets `SO_REUSEADDR`. Not on Windows, where it would
   * let another socket bind the port in use (CPython leaves it off there).
   */
  readonly serverReuseAddress: boolean;
  /**
   * `setsockopt(level, optname, NULL, 0)` is safe to call. Not under Wine,
   * whose ws2_32 reads the first byte of a NULL value of length 0 for
   * NSPROTO_IPX's IPX_FILTERPTYPE (in a trace that runs with Wine's default
   * debug channels: the process faulted); a NULL of any other length it
   * refuses (WSAEFAULT) before reading it.
   */
  readonly setsockoptEmptyNull: boolean;
}

/**
 * What the `sock_*` reactor (`socket/_reactor.ts`) waits with: `epoll`
 * (Linux) or `kqueue` (macOS), registrations kept in the kernel between
 * waits, edge-triggered, so a wake-up costs O(ready); or `poll` (`WSAPoll`
 * on Windows, over an array kept between waits). `constants` holds the interface's own numbers
 * (`EPOLLIN`, `EPOLL_CTL_ADD`, ...), checked against the C headers.
 */
export interface ReactorTable {
  readonly kind: "epoll" | "kqueue" | "poll";
  readonly constants: Readonly<Record<string, number>>;
  /** The interface's own structs (kqueue's `struct kevent`, `timespec`). */
  readonly layouts?: Layouts;
}

/**
 * One `ioctl` control that `SocketType.ioctl()` accepts, and exactly what
 * crosses to C for it, so that no request can make the kernel write past
 * its argument.
 */
export interface IoctlControl {
  /** The control's name, for messages (`"FIONREAD"`). */
  readonly name: string;
  /**
   * What the caller passes: `"mode"` an integer that switches the socket's
   * mode (FIONBIO: non-zero is non-blocking; set through `setblocking`,
   * with no C call of its own), `"int"` one 32-bit integer, `"keepalive"`
   * three (Windows' `struct tcp_keepalive`: onoff, keepalivetime,
   * keepaliveinterval, each a `u_long`).
   */
  readonly option: "mode" | "int" | "keepalive";
  /** Bytes `argp` points to: what C reads from and writes to. */
  readonly size: number;
  /**
   * What `ioctl()` returns: `"int"` the C `int` the call wrote back into
   * `argp`, `"ulong"` a 32-bit `u_long` written back (Winsock's
   * `ioctlsocket`), `"returned"` `WSAIoctl`'s count of bytes returned (as
   * CPython), `"zero"` 0.
   */
  readonly result: "int" | "ulong" | "returned" | "zero";
}

/** The `ioctl` controls of a platform by request code. */
export type IoctlTable = ReadonlyMap<number, IoctlControl>;

/**
 * Where one C library's headers differ from the table's defaults (musl's
 * from glibc's on Linux): chosen when the library is loaded, by its path.
 */
export interface LibcVariant {
  /** The C library's name, as `libc` in `platform/mod.ts` reports it. */
  readonly name: string;
  /** True when the library loaded from `path` is this one. */
  matches(path: string): boolean;
  /** Constants whose values differ. */
  readonly constants: Readonly<Record<string, number>>;
  /** Constants this C library's headers do not define. */
  readonly absent: readonly string[];
  /** Struct fields whose sizes differ (offsets are the same). */
  readonly layouts: Layouts;
}
