/**
 * The per-platform helpers that Linux and macOS share: their C libraries
 * spell these calls the same way. `windows.ts` exports the same names with
 * Winsock's spellings; `mod.ts` calls whichever table is running.
 *
 * @module
 */
import {
  isNull,
  type LibrarySearch,
  type Pointer,
  readCString,
  readI32,
  readPointer,
  type SymbolTable,
} from "../ffi/mod.ts";
import type { Layouts } from "./types.ts";

/** A library besides the C library, and the functions taken from it. */
export interface ExtraLibrary {
  /** Where the library is found. */
  readonly library: LibrarySearch;
  /** Its functions, each with its C signature. */
  readonly symbols: SymbolTable;
}

/**
 * No other library: the C library has every function.
 *
 * @example Nothing to open
 * ```ts
 * import { extraLibraries } from "./_posix.ts";
 * console.log(extraLibraries.length); // 0
 * ```
 */
export const extraLibraries: readonly ExtraLibrary[] = [];

/**
 * Nothing to start before the first socket call.
 *
 * @example Starting up
 * ```ts
 * import { init } from "./_posix.ts";
 * init({});
 * ```
 */
export function init(_lib: unknown): void {}

/**
 * `strerror(3)`: the C library's text for an errno value.
 *
 * @example The text of ECONNREFUSED
 * ```ts ignore
 * import { lib } from "./mod.ts";
 * import { strerror } from "./_posix.ts";
 * console.log(strerror(lib, 111)); // "Connection refused" (glibc)
 * ```
 */
export function strerror(
  lib: { readonly strerror: (code: number) => Pointer },
  code: number,
): string {
  return readCString(lib.strerror(code));
}

/**
 * `gai_strerror(3)`: the C library's text for an `EAI_*` value.
 *
 * @example The text of EAI_NONAME
 * ```ts ignore
 * import { lib } from "./mod.ts";
 * import { gaiStrerror } from "./_posix.ts";
 * console.log(gaiStrerror(lib, -2)); // "Name or service not known" (glibc)
 * ```
 */
export function gaiStrerror(
  lib: { readonly gai_strerror: (code: number) => Pointer },
  code: number,
): string {
  return readCString(lib.gai_strerror(code));
}

/**
 * `hstrerror(3)`: the C library's text for an `h_errno` value.
 *
 * @example The text of HOST_NOT_FOUND
 * ```ts ignore
 * import { lib } from "./mod.ts";
 * import { hstrerror } from "./_posix.ts";
 * console.log(hstrerror(lib, 1)); // "Unknown host" (glibc)
 * ```
 */
export function hstrerror(
  lib: { readonly hstrerror: (code: number) => Pointer },
  code: number,
): string {
  return readCString(lib.hstrerror(code));
}

/**
 * `socket(2)`: a new descriptor, or -1 with errno set. `type` may carry
 * `SOCK_CLOEXEC | SOCK_NONBLOCK` where `features.sockCloexec` says so.
 *
 * @example Opening a UDP socket
 * ```ts ignore
 * import { lib } from "./mod.ts";
 * import { openSocket } from "./_posix.ts";
 * const fd = openSocket(lib, 2, 2, 0); // AF_INET, SOCK_DGRAM
 * ```
 */
export function openSocket(
  lib: {
    readonly socket: (family: number, type: number, proto: number) => number;
  },
  family: number,
  type: number,
  proto: number,
): number {
  return lib.socket(family, type, proto);
}

/**
 * `accept(2)`: the connection's new descriptor, or -1 with errno set
 * (where `accept4` exists, shared code calls it instead).
 *
 * @example Accepting a connection
 * ```ts ignore
 * import { lib } from "./mod.ts";
 * import { acceptSocket } from "./_posix.ts";
 * const len = new Uint8Array(4);
 * const fd = acceptSocket(lib, 3, new Uint8Array(128), len);
 * ```
 */
export function acceptSocket(
  lib: {
    readonly accept: (fd: number, addr: Uint8Array, len: Uint8Array) => number;
  },
  fd: number,
  addr: Uint8Array,
  len: Uint8Array,
): number {
  return lib.accept(fd, addr, len);
}

/**
 * `dup(2)`: a second descriptor for the same socket, or -1 with errno set.
 *
 * @example Duplicating a descriptor
 * ```ts ignore
 * import { lib } from "./mod.ts";
 * import { dupSocket } from "./_posix.ts";
 * const copy = dupSocket(lib, 3);
 * ```
 */
export function dupSocket(
  lib: { readonly dup: (fd: number) => number },
  fd: number,
): number {
  return lib.dup(fd);
}

/**
 * `inet_aton(3)`: parses the C string `text` into the 4 bytes of `out`;
 * 1 on success, 0 for an invalid address.
 *
 * @example Packing a short form
 * ```ts ignore
 * import { cString } from "../ffi/mod.ts";
 * import { lib } from "./mod.ts";
 * import { inetAton } from "./_posix.ts";
 * const out = new Uint8Array(4);
 * console.log(inetAton(lib, cString("127.1"), out), out); // 1 [127, 0, 0, 1]
 * ```
 */
export function inetAton(
  lib: { readonly inet_aton: (text: Uint8Array, out: Uint8Array) => number },
  text: Uint8Array,
  out: Uint8Array,
): number {
  return lib.inet_aton(text, out);
}

/**
 * `if_nameindex(3)`: every network interface as `[index, name]`, read from
 * the `struct if_nameindex` array (layout `if_nameindex` of `layouts`)
 * before `if_freenameindex(3)`. `null` when the call fails (errno set).
 *
 * @example Listing the interfaces
 * ```ts ignore
 * import { layouts, lib } from "./mod.ts";
 * import { ifNameindex } from "./_posix.ts";
 * console.log(ifNameindex(lib, layouts)); // [[1, "lo"], [2, "eth0"]]
 * ```
 */
export function ifNameindex(
  lib: {
    readonly if_nameindex: () => Pointer;
    readonly if_freenameindex: (list: Pointer) => void;
  },
  layouts: Layouts,
): [number, string][] | null {
  const struct = layouts.if_nameindex;
  const indexAt = struct?.fields.if_index?.[0];
  const nameAt = struct?.fields.if_name?.[0];
  if (!struct || indexAt === undefined || nameAt === undefined) {
    throw new Error("No struct if_nameindex in this table");
  }
  const { size } = struct;
  const list = lib.if_nameindex();
  if (isNull(list)) return null;
  const out: [number, string][] = [];
  try {
    for (let at = 0;; at += size) {
      const index = readI32(list, at + indexAt) >>> 0;
      if (index === 0) break;
      out.push([index, readCString(readPointer(list, at + nameAt))]);
    }
  } finally {
    lib.if_freenameindex(list);
  }
  return out;
}

/**
 * No library to open for file descriptors: a runtime's `node:fs`
 * descriptors are the kernel's own here.
 *
 * @example Nothing to open
 * ```ts
 * import { descriptorSymbols } from "./_posix.ts";
 * console.log(descriptorSymbols); // null
 * ```
 */
export const descriptorSymbols: SymbolTable | null = null;

/** `SEEK_SET` (the same on Linux and macOS). */
const SEEK_SET = 0;

/**
 * Sets descriptor `fd`'s file position to `pos` (`lseek(fd, pos,
 * SEEK_SET)`): 0, or -1 with errno set (ESPIPE where the descriptor has
 * no position: a pipe, a socket).
 *
 * @example Rewinding a file
 * ```ts ignore
 * import { lib } from "./mod.ts";
 * import { seekFile } from "./_posix.ts";
 * seekFile(lib, 3, 0);
 * ```
 */
export function seekFile(
  lib: { readonly lseek: (fd: number, pos: number, how: number) => number },
  fd: number,
  pos: number,
): number {
  return lib.lseek(fd, pos, SEEK_SET) < 0 ? -1 : 0;
}

/**
 * Reads up to `n` bytes (at most `buf`'s length) of descriptor `fd` at
 * its position into `buf` (`read(2)`): the count, 0 at end of file, or -1
 * with errno set.
 *
 * @example Reading a block
 * ```ts ignore
 * import { lib } from "./mod.ts";
 * import { readFile } from "./_posix.ts";
 * const buf = new Uint8Array(8192);
 * console.log(readFile(lib, 3, buf, buf.length));
 * ```
 */
export function readFile(
  lib: { readonly read: (fd: number, buf: Uint8Array, n: number) => number },
  fd: number,
  buf: Uint8Array,
  n: number,
): number {
  return lib.read(fd, buf, Math.min(n, buf.byteLength));
}

/**
 * No `socket.share()` here (Windows-only in Python): `null`.
 *
 * @example Not on this platform
 * ```ts
 * import { shareSocket } from "./_posix.ts";
 * console.log(shareSocket({}, 3, 1, new Uint8Array(0))); // null
 * ```
 */
export function shareSocket(
  _lib: unknown,
  _fd: number,
  _processId: number,
  _info: Uint8Array,
): number | null {
  return null;
}

/**
 * No `socket.fromshare()` here (Windows-only in Python): `null`.
 *
 * @example Not on this platform
 * ```ts
 * import { socketFromShare } from "./_posix.ts";
 * console.log(socketFromShare({}, new Uint8Array(0))); // null
 * ```
 */
export function socketFromShare(
  _lib: unknown,
  _info: Uint8Array,
): number | null {
  return null;
}

/**
 * No `TransmitFile` here: `sendfile(2)` serves every mode (`null`).
 *
 * @example Not on this platform
 * ```ts
 * import { transmitFile } from "./_posix.ts";
 * console.log(transmitFile({}, 3, 4, 0, 1)); // null
 * ```
 */
export function transmitFile(
  _lib: unknown,
  _sock: number,
  _fd: number,
  _offset: number,
  _count: number,
): number | null {
  return null;
}
