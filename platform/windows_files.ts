/**
 * Windows (x64): the file side of `sendfile()`. A runtime's `node:fs`
 * descriptor is its C runtime's; these helpers find its `HANDLE` and seek,
 * read and `TransmitFile` through it, setting Winsock's last error as the
 * POSIX calls they stand for would set errno. Re-exported by
 * `./windows.ts`, whose names every platform file shares.
 *
 * @module
 */
import type { SymbolTable } from "../ffi/mod.ts";
import { errno } from "./windows_constants.ts";

/**
 * What turns a runtime's `node:fs` descriptor into a file `HANDLE`: on
 * Windows such a descriptor is a C runtime's (`_open_osfhandle`), and only
 * that C runtime knows its handle. libuv's `uv_get_osfhandle` asks it
 * (`_get_osfhandle`), where the runtime's executable exports it.
 *
 * @example The symbol taken from the runtime's executable
 * ```ts
 * import { descriptorSymbols } from "./windows.ts";
 * console.log(Object.keys(descriptorSymbols)); // ["uv_get_osfhandle"]
 * ```
 */
export const descriptorSymbols = {
  uv_get_osfhandle: {
    parameters: [
      "i32", // int fd
    ],
    result: "isize", // uv_os_fd_t (HANDLE); INVALID_HANDLE_VALUE (-1) if not open
  },
} as const satisfies SymbolTable;

/** `FILE_TYPE_DISK` (winbase.h): a file, which has a position. */
const FILE_TYPE_DISK = 1;
/** `FILE_BEGIN` (winbase.h): `SetFilePointerEx` from the start. */
const FILE_BEGIN = 0;
/** `ERROR_ACCESS_DENIED` (winerror.h): the C runtime's `_read` says EBADF. */
const ERROR_ACCESS_DENIED = 5;
/** `ERROR_INVALID_HANDLE` (winerror.h). */
const ERROR_INVALID_HANDLE = 6;
/** `ERROR_HANDLE_EOF` (winerror.h): reading past the end. */
const ERROR_HANDLE_EOF = 38;
/** `ERROR_BROKEN_PIPE` (winerror.h): a pipe's end of file. */
const ERROR_BROKEN_PIPE = 109;
/** `ERROR_NEGATIVE_SEEK` (winerror.h). */
const ERROR_NEGATIVE_SEEK = 131;

/** The kernel32 and descriptor functions the file helpers call. */
interface FileLib {
  readonly uv_get_osfhandle: (fd: number) => number;
  readonly GetFileType: (handle: number) => number;
  readonly SetFilePointerEx: (
    handle: number,
    pos: number,
    out: Uint8Array | null,
    how: number,
  ) => number;
  readonly ReadFile: (
    handle: number,
    buf: Uint8Array,
    n: number,
    got: Uint8Array,
    overlapped: null,
  ) => number;
  readonly WSAGetLastError: () => number;
  readonly WSASetLastError: (code: number) => void;
}

/** What {@linkcode transmitFile} calls besides the file functions. */
interface TransmitLib extends FileLib {
  readonly GetFileSizeEx: (handle: number, size: Uint8Array) => number;
  readonly TransmitFile:
    | ((
      sock: number,
      handle: number,
      n: number,
      perSend: number,
      overlapped: null,
      buffers: null,
      flags: number,
    ) => number)
    | null;
}

/**
 * The `HANDLE` of descriptor `fd`, or -1 with the last error WSAEBADF for
 * a descriptor that is not open.
 */
function handleOf(lib: FileLib, fd: number): number {
  const handle = lib.uv_get_osfhandle(fd);
  if (handle === -1 || handle === 0) {
    lib.WSASetLastError(errno.WSAEBADF);
    return -1;
  }
  return handle;
}

/**
 * Sets the last error to the Winsock-style code of the Win32 error of
 * the file call that just failed (the C runtime's mapping): returns -1.
 */
function fileFailed(lib: FileLib): number {
  const code = lib.WSAGetLastError(); // GetLastError(): the same value
  lib.WSASetLastError(
    code === ERROR_INVALID_HANDLE || code === ERROR_ACCESS_DENIED
      ? errno.WSAEBADF
      : code === ERROR_NEGATIVE_SEEK
      ? errno.WSAEINVAL
      : code,
  );
  return -1;
}

/**
 * Sets descriptor `fd`'s file position to `pos`, as `lseek(fd, pos,
 * SEEK_SET)`: its `HANDLE`'s (`SetFilePointerEx(FILE_BEGIN)`), which the
 * descriptor and every read on it share. Returns 0, or -1 with the last
 * error set: EBADF for a descriptor that is not open, ESPIPE for one that
 * is no file (a pipe, a console).
 *
 * @example Rewinding a file
 * ```ts ignore
 * import { lib } from "./mod.ts";
 * import { seekFile } from "./windows.ts";
 * seekFile(lib, 3, 0);
 * ```
 */
export function seekFile(lib: FileLib, fd: number, pos: number): number {
  const handle = handleOf(lib, fd);
  if (handle === -1) return -1;
  if (lib.GetFileType(handle) !== FILE_TYPE_DISK) {
    lib.WSASetLastError(errno.ESPIPE);
    return -1;
  }
  if (lib.SetFilePointerEx(handle, pos, null, FILE_BEGIN) === 0) {
    return fileFailed(lib);
  }
  return 0;
}

const readCount = new Uint32Array(1);
const readCountBytes = new Uint8Array(readCount.buffer);

/**
 * Reads up to `n` bytes (at most `buf`'s length) of descriptor `fd` at
 * its position into `buf`, as `read(2)`: `ReadFile` on its `HANDLE`,
 * which moves the position. Returns the count, 0 at end of file (a
 * pipe's closed end too), or -1 with the last error set (EBADF for a
 * descriptor that is not open or not open for reading).
 *
 * @example Reading a block
 * ```ts ignore
 * import { lib } from "./mod.ts";
 * import { readFile } from "./windows.ts";
 * const buf = new Uint8Array(8192);
 * console.log(readFile(lib, 3, buf, buf.length));
 * ```
 */
export function readFile(
  lib: FileLib,
  fd: number,
  buf: Uint8Array,
  n: number,
): number {
  const handle = handleOf(lib, fd);
  if (handle === -1) return -1;
  readCount[0] = 0;
  const size = Math.min(n, buf.byteLength);
  if (lib.ReadFile(handle, buf, size, readCountBytes, null) !== 0) {
    return readCount[0] ?? 0;
  }
  const code = lib.WSAGetLastError();
  if (code === ERROR_HANDLE_EOF || code === ERROR_BROKEN_PIPE) return 0;
  lib.WSASetLastError(code);
  return fileFailed(lib);
}

const fileSize = new BigInt64Array(1);
const fileSizeBytes = new Uint8Array(fileSize.buffer);

/**
 * `sendfile()` in blocking mode on Windows: `TransmitFile` (mswsock.dll)
 * sends up to `count` bytes of descriptor `fd`'s file from `offset` on
 * blocking socket `sock`, synchronously (no `OVERLAPPED`: from the file's
 * position, which this sets first). Returns the bytes sent (the count, cut
 * at the end of the file; 0 past it), or -1 with the last error set (EBADF
 * for a descriptor not open, ESPIPE for one that is no file). `null` where
 * mswsock.dll has no `TransmitFile`.
 *
 * @example Sending a whole file on a blocking socket
 * ```ts ignore
 * import { lib } from "./mod.ts";
 * import { transmitFile } from "./windows.ts";
 * console.log(transmitFile(lib, 0x104, 3, 0, 2 ** 30));
 * ```
 */
export function transmitFile(
  lib: TransmitLib,
  sock: number,
  fd: number,
  offset: number,
  count: number,
): number | null {
  if (!lib.TransmitFile) return null;
  const handle = handleOf(lib, fd);
  if (handle === -1) return -1;
  if (lib.GetFileType(handle) !== FILE_TYPE_DISK) {
    lib.WSASetLastError(errno.ESPIPE);
    return -1;
  }
  // A descriptor not open for reading fails as read(2) would (EBADF), even
  // for an empty file: a 0-byte ReadFile checks the handle's access.
  if (lib.ReadFile(handle, fileSizeBytes, 0, readCountBytes, null) === 0) {
    return fileFailed(lib);
  }
  if (lib.GetFileSizeEx(handle, fileSizeBytes) === 0) return fileFailed(lib);
  const size = Number(fileSize[0]);
  if (offset >= size) return 0;
  const n = Math.min(count, size - offset);
  if (lib.SetFilePointerEx(handle, offset, null, FILE_BEGIN) === 0) {
    return fileFailed(lib);
  }
  if (lib.TransmitFile(sock, handle, n, 0, null, null, 0) === 0) return -1;
  return n;
}
