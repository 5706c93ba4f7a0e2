/**
 * Windows (x64): Winsock made to answer as the POSIX calls the shared code
 * makes: starting Winsock, error texts, non-inheritable sockets from
 * `socket()`, `accept()`, `dup()` and `share()`, `inet_aton()` and
 * `if_nameindex()`. Re-exported by `./windows.ts`, whose names every
 * platform file shares; the table itself (symbols, layouts, constants)
 * is there.
 *
 * @module
 */
import {
  isNull,
  type Pointer,
  pointerIn,
  readBytes,
  readI32,
} from "../ffi/mod.ts";
import type { Layouts } from "./types.ts";
import { constants } from "./windows_constants.ts";
import { layouts } from "./windows_layouts.ts";

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
