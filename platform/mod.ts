/**
 * The running operating system's table: the only place that asks which OS
 * this is. Everything else imports the names below and reads per-OS
 * differences from them.
 *
 * @module
 */
import {
  descriptorOwner,
  isNull,
  type NativeFunction,
  openedPath,
  openLibrary,
  type Pointer,
  readI32,
  type Symbols,
  type SymbolTable,
} from "../ffi/mod.ts";
import { variantConstants, variantLayouts } from "./_libc.ts";
import * as darwin from "./darwin.ts";
import * as linux from "./linux.ts";
import * as windows from "./windows.ts";
import type { ExtraLibrary } from "./_posix.ts";
import type {
  Features,
  Field,
  IoctlTable,
  LastError,
  Layouts,
  LibcVariant,
  ReactorTable,
  StructLayout,
} from "./types.ts";

export type {
  Features,
  Field,
  IoctlControl,
  IoctlTable,
  LastError,
  Layouts,
  LibcVariant,
  ReactorTable,
  StructLayout,
} from "./types.ts";

/** What every platform file exports. */
interface PlatformTable {
  readonly library: typeof linux.library;
  readonly symbols: SymbolTable;
  readonly constants: Readonly<Record<string, number>>;
  readonly errno: Readonly<Record<string, number>>;
  readonly layouts: Layouts;
  readonly arm64Layouts: Layouts;
  readonly reactor: ReactorTable;
  readonly features: Features;
  readonly ioctls: IoctlTable;
  readonly libcVariants: readonly LibcVariant[];
  readonly defaultLibc: string;
  readonly lastError: LastError;
  readonly hErrno: LastError | null;
  readonly extraLibraries: readonly ExtraLibrary[];
  init(lib: never): void;
  strerror(lib: never, code: number): string;
  gaiStrerror(lib: never, code: number): string;
  hstrerror(lib: never, code: number): string;
  openSocket(lib: never, family: number, type: number, proto: number): number;
  dupSocket(lib: never, fd: number): number;
  acceptSocket(
    lib: never,
    fd: number,
    addr: Uint8Array,
    len: Uint8Array,
  ): number;
  inetAton(lib: never, text: Uint8Array, out: Uint8Array): number;
  ifNameindex(lib: never, layouts: Layouts): [number, string][] | null;
  fcntl(lib: never, fd: number, cmd: number, arg?: number): number;
  ioctl(
    lib: never,
    fd: number,
    request: number,
    argp: Uint8Array | null,
    returned?: Uint8Array,
  ): number;
  sendFile(
    lib: never,
    sock: number,
    file: number,
    offset: number,
    count: number,
  ): number;
  readonly descriptorSymbols: SymbolTable | null;
  shareSocket(
    lib: never,
    fd: number,
    processId: number,
    info: Uint8Array,
  ): number | null;
  socketFromShare(lib: never, info: Uint8Array): number | null;
  transmitFile(
    lib: never,
    sock: number,
    fd: number,
    offset: number,
    count: number,
  ): number | null;
  seekFile(lib: never, fd: number, pos: number): number;
  readFile(lib: never, fd: number, buf: Uint8Array, n: number): number;
}

const host = (globalThis as { process?: { platform?: string; arch?: string } })
  .process;
const hostOs: string = host?.platform ?? "linux";
const hostArch: string = host?.arch ?? "x64";

const tables: Record<string, PlatformTable> = {
  darwin,
  linux,
  win32: windows,
};

const table: PlatformTable | undefined = tables[hostOs];
if (!table) {
  throw new Error(`Unsupported operating system "${hostOs}"`);
}

/** The operating system: `"linux"`, `"darwin"` or `"windows"`. */
export const os: string = hostOs === "win32" ? "windows" : hostOs;

function openAll(): Record<string, NativeFunction | null> {
  const all: Record<string, NativeFunction | null> = {
    ...openLibrary(table!.library, table!.symbols),
  };
  for (const extra of table!.extraLibraries) {
    Object.assign(all, openLibrary(extra.library, extra.symbols));
  }
  table!.init(all as never);
  return all;
}

/**
 * The C library's functions (and those of the platform's extra libraries,
 * such as Windows' kernel32 and iphlpapi), typed by the Linux table's
 * names. The platform is initialised (`WSAStartup` on Windows) before
 * anything can call them.
 */
export const lib:
  & Symbols<typeof linux.symbols>
  & Record<string, NativeFunction | null> = openAll() as never;

const variant: LibcVariant | undefined = table.libcVariants.find((v) =>
  v.matches(openedPath(table.library) ?? "")
);

/**
 * The C library loaded: `"glibc"` or `"musl"` on Linux (musl is told by
 * its file name), `"libSystem"` on macOS, `"ws2_32"` on Windows.
 */
export const libc: string = variant?.name ?? table.defaultLibc;

/** The platform constants as library code reads them. */
type Constants =
  & Readonly<Record<keyof typeof linux.constants, number>>
  & Readonly<Record<string, number | undefined>>;

/**
 * The running platform's constants (`AF_INET`, `SO_REUSEADDR`, ...), as
 * the loaded C library's headers define them, typed by the Linux table's
 * names (as {@linkcode lib} is by its symbols); code that reads a constant
 * some platform lacks checks its platform's features first. The public,
 * honestly typed exports are `socket/constants/*.ts`.
 */
export const constants: Constants = variantConstants(
  table.constants,
  variant,
) as Constants;

/** The errno numbers as library code reads them. */
type Errno =
  & Readonly<Record<keyof typeof linux.errno, number>>
  & Readonly<Record<string, number | undefined>>;

/**
 * The running platform's errno numbers by name (`EAGAIN`, ...), typed by
 * the Linux table's names; the public, honestly typed table is
 * `socket/errno.ts`.
 */
export const errno: Errno = table.errno as Errno;

/**
 * The running platform's struct layouts, for its CPU (see `arm64Layouts`)
 * and as the loaded C library has them.
 */
export const layouts: Layouts = variantLayouts(
  hostArch === "arm64"
    ? { ...table.layouts, ...table.arm64Layouts }
    : table.layouts,
  variant,
);

/** How the running platform's `sock_*` reactor waits (epoll or poll). */
export const reactor: ReactorTable = table.reactor;

/** How the running platform reads the last error (`errno` or `WSAGetLastError`). */
export const lastErrorSpec: LastError = table.lastError;

/** The running platform's behavioural differences. */
export const features: Features = table.features;

/**
 * The `ioctl` controls the running platform's sockets accept, by request
 * code; any other code is refused before C is called.
 */
export const ioctls: IoctlTable = table.ioctls;

/** Where the running platform's C library is found (and its override variable). */
export const library: typeof linux.library = table.library;

/** The running platform's C symbol table: each function's C signature. */
export const symbols: SymbolTable = table.symbols;

/** The Linux table's layouts, by which {@linkcode layout} is typed. */
type LinuxLayouts = typeof linux.layouts;

/** A Linux layout's field names, with any platform's numbers. */
export interface LayoutOf<N extends keyof LinuxLayouts> extends StructLayout {
  readonly fields: { readonly [F in keyof LinuxLayouts[N]["fields"]]: Field };
}

/**
 * Looks up a struct layout, failing loudly for one the platform lacks. A
 * struct the Linux table has is typed by the Linux table's fields (as
 * {@linkcode lib} is typed by its symbols): every platform table that has
 * the struct has those fields (the platform tests check each table against
 * its C headers).
 */
export function layout<N extends keyof LinuxLayouts>(name: N): LayoutOf<N>;
/** Looks up a struct layout the Linux table does not have. */
export function layout(name: string): StructLayout;
export function layout(name: string): StructLayout {
  const l = layouts[name];
  if (!l) throw new Error(`No struct ${name} on ${os}`);
  return l;
}

function makeLastError(how: LastError): () => number {
  const fn = lib[how.symbol] as NativeFunction | null;
  if (!fn) throw new Error(`The C library lacks ${how.symbol}`);
  if (how.kind === "call") return fn as () => number;
  // errno's address is fixed per thread; JavaScript runs on one thread per
  // module instance, so the address is read once.
  const where: Pointer = fn();
  if (isNull(where)) throw new Error(`${how.symbol}() returned NULL`);
  return () => readI32(where, 0);
}

/**
 * The calling thread's last error number. Call it right after the failing
 * call, in the same synchronous step.
 */
export const lastErrno: () => number = makeLastError(table.lastError);

let readHErrno: (() => number) | undefined;

/**
 * The calling thread's `h_errno` (Windows: `WSAGetLastError()`), read right
 * after a failed `gethostbyname`/`gethostbyaddr`. Fails where the C
 * library gives no way to read it (macOS).
 */
export function lastHErrno(): number {
  if (!readHErrno) {
    if (!table!.hErrno) throw new Error(`h_errno cannot be read on ${os}`);
    readHErrno = makeLastError(table!.hErrno);
  }
  return readHErrno();
}

/** The system's text for an error number (`strerror(3)`; Windows: `FormatMessageW`). */
export function strerror(code: number): string {
  return table!.strerror(lib as never, code);
}

/** The text of an `EAI_*` code (`gai_strerror(3)`, or CPython's text where it is missing). */
export function gaiStrerror(code: number): string {
  return table!.gaiStrerror(lib as never, code);
}

/** The text of an `h_errno` value (`hstrerror(3)`, or CPython's text where it is missing). */
export function hstrerror(code: number): string {
  return table!.hstrerror(lib as never, code);
}

/**
 * Creates a socket the platform's way (`socket(2)`; Windows: `WSASocketW`,
 * not inherited): a handle, or -1 (Windows: `INVALID_SOCKET`) with the last
 * error set.
 */
export function openSocket(
  family: number,
  type: number,
  proto: number,
): number {
  return table!.openSocket(lib as never, family, type, proto);
}

/**
 * Duplicates a socket handle (`dup(2)`; Windows: `WSADuplicateSocketW`): a
 * handle, or -1 (Windows: `INVALID_SOCKET`) with the last error set.
 */
export function dupSocket(fd: number): number {
  return table!.dupSocket(lib as never, fd);
}

/**
 * Accepts a connection the platform's way (`accept(2)`; Windows: `accept`,
 * then the handle made non-inheritable, as CPython does): a handle, or -1
 * (Windows: `INVALID_SOCKET`) with the last error set.
 */
export function acceptSocket(
  fd: number,
  addr: Uint8Array,
  len: Uint8Array,
): number {
  return table!.acceptSocket(lib as never, fd, addr, len);
}

/**
 * `inet_aton(3)` (Windows: `inet_addr`, as CPython uses it): the 4 bytes of
 * the C string `text` into `out`; 1, or 0 for an invalid address.
 */
export function inetAton(text: Uint8Array, out: Uint8Array): number {
  return table!.inetAton(lib as never, text, out);
}

/**
 * Every network interface as `[index, name]` (`if_nameindex(3)`; Windows:
 * `GetIfTable2Ex`, as CPython does it); `null` with the last error set
 * when the call fails.
 */
export function ifNameindex(): [number, string][] | null {
  return table!.ifNameindex(lib as never, table!.layouts);
}

/**
 * `fcntl(fd, cmd, arg)`, declared as the platform's calling convention for
 * variadic functions needs (Apple arm64 passes them on the stack).
 */
export function fcntl(fd: number, cmd: number, arg = 0): number {
  return table!.fcntl(lib as never, fd, cmd, arg);
}

/**
 * `ioctl(fd, request, argp)` (Windows: `ioctlsocket`, or `WSAIoctl`, which
 * writes its count of bytes returned into `returned`).
 */
export function ioctl(
  fd: number,
  request: number,
  argp: Uint8Array | null,
  returned?: Uint8Array,
): number {
  return table!.ioctl(lib as never, fd, request, argp, returned);
}

/**
 * `sendfile(2)` the platform's way: up to `count` bytes of descriptor
 * `file` from `offset` onto socket `sock`, the file's position left
 * alone. Returns the bytes sent (0 at end of file), or -1 with the last
 * error set (always WSAEOPNOTSUPP on Windows).
 */
export function sendFile(
  sock: number,
  file: number,
  offset: number,
  count: number,
): number {
  return table!.sendFile(lib as never, sock, file, offset, count);
}

/** The runtime's descriptor functions bound, or why there are none. */
let descriptorLib: Record<string, NativeFunction | null> | string | undefined;

/**
 * Why a runtime's `node:fs` descriptors cannot be read as files here, or
 * `null` when they can: on Windows a descriptor is a C runtime's, and its
 * file `HANDLE` is found through the runtime's executable (Bun's exports
 * libuv's `uv_get_osfhandle`; Deno's exports nothing of the kind).
 */
export function descriptorProblem(): string | null {
  if (descriptorLib === undefined) {
    const wanted = table!.descriptorSymbols;
    if (wanted === null) {
      descriptorLib = {};
    } else {
      const owner = descriptorOwner();
      if ("why" in owner) {
        descriptorLib = owner.why;
      } else {
        try {
          descriptorLib = openLibrary(owner, wanted);
        } catch (e) {
          descriptorLib = e instanceof Error ? e.message : String(e);
        }
      }
    }
  }
  return typeof descriptorLib === "string" ? descriptorLib : null;
}

/** The C library with the runtime's descriptor functions, when they are needed. */
function fileLib(): Record<string, NativeFunction | null> {
  const why = descriptorProblem();
  if (why !== null || typeof descriptorLib !== "object") {
    throw new Error(why ?? "");
  }
  return { ...lib, ...descriptorLib };
}

let fileFunctions: Record<string, NativeFunction | null> | undefined;

/**
 * Sets descriptor `fd`'s file position (`lseek(fd, pos, SEEK_SET)`;
 * Windows: `SetFilePointerEx` on its `HANDLE`): 0, or -1 with the last
 * error set (ESPIPE where the descriptor has no position). Check
 * {@linkcode descriptorProblem} first.
 */
export function seekFile(fd: number, pos: number): number {
  fileFunctions ??= fileLib();
  return table!.seekFile(fileFunctions as never, fd, pos);
}

/**
 * Reads up to `n` bytes of descriptor `fd` at its position into `buf`
 * (`read(2)`; Windows: `ReadFile` on its `HANDLE`): the count, 0 at end
 * of file, or -1 with the last error set. Check
 * {@linkcode descriptorProblem} first.
 */
export function readFile(fd: number, buf: Uint8Array, n: number): number {
  fileFunctions ??= fileLib();
  return table!.readFile(fileFunctions as never, fd, buf, n);
}

/**
 * `socket.share()`'s call (Windows: `WSADuplicateSocketW` into `info`, a
 * `WSAPROTOCOL_INFOW`): 0, or -1 with the last error set; `null` where
 * the platform has no such call (Linux, macOS).
 */
export function shareSocket(
  fd: number,
  processId: number,
  info: Uint8Array,
): number | null {
  return table!.shareSocket(lib as never, fd, processId, info);
}

/**
 * `socket.fromshare()`'s call (Windows: `WSASocketW` from the protocol
 * info): the new handle, or `INVALID_SOCKET` (`2 ** 64`) with the last
 * error set; `null` where the platform has no such call.
 */
export function socketFromShare(info: Uint8Array): number | null {
  return table!.socketFromShare(lib as never, info);
}

/**
 * `sendfile()`'s call on a blocking socket where the platform has one of
 * its own (Windows: `TransmitFile` on the descriptor's `HANDLE`): bytes
 * sent, or -1 with the last error set; `null` where there is none (the
 * platform's `sendfile(2)` serves). Check {@linkcode descriptorProblem}
 * first.
 */
export function transmitFile(
  sock: number,
  fd: number,
  offset: number,
  count: number,
): number | null {
  fileFunctions ??= fileLib();
  return table!.transmitFile(fileFunctions as never, sock, fd, offset, count);
}
