/**
 * The running operating system's table: the only place that asks which OS
 * this is. Everything else imports the names below and reads per-OS
 * differences from them.
 *
 * @module
 */
import {
  isNull,
  type NativeFunction,
  openLibrary,
  type Pointer,
  readI32,
  type Symbols,
  type SymbolTable,
} from "../ffi/mod.ts";
import * as darwin from "./darwin.ts";
import * as linux from "./linux.ts";
import type { Features, LastError, Layouts, StructLayout } from "./types.ts";

export type { Features, Field, LastError, Layouts, StructLayout } from "./types.ts";

/** What every platform file exports. */
interface PlatformTable {
  readonly library: typeof linux.library;
  readonly symbols: SymbolTable;
  readonly constants: Readonly<Record<string, number>>;
  readonly errno: Readonly<Record<string, number>>;
  readonly layouts: Layouts;
  readonly features: Features;
  readonly lastError: LastError;
  fcntl(lib: never, fd: number, cmd: number, arg?: number): number;
  ioctl(lib: never, fd: number, request: number, argp: Uint8Array | null): number;
}

const hostOs: string =
  (globalThis as { process?: { platform?: string } }).process?.platform ??
    "linux";

const tables: Record<string, PlatformTable> = {
  darwin,
  linux,
};

const table: PlatformTable | undefined = tables[hostOs];
if (!table) {
  throw new Error(`Unsupported operating system "${hostOs}"`);
}

/** The operating system: `"linux"`, `"darwin"` or `"windows"`. */
export const os: string = hostOs === "win32" ? "windows" : hostOs;

/** The running platform's constants (`AF_INET`, `SO_REUSEADDR`, ...). */
export const constants: Readonly<Record<string, number>> = table.constants;

/** The running platform's errno numbers by name (`EAGAIN`, ...). */
export const errno: Readonly<Record<string, number>> = table.errno;

/** The running platform's struct layouts. */
export const layouts: Layouts = table.layouts;

/** The running platform's behavioural differences. */
export const features: Features = table.features;

/** The C library's functions, typed by the Linux table's names. */
export const lib: Symbols<typeof linux.symbols> & Record<string, NativeFunction | null> =
  openLibrary(table.library, table.symbols) as never;

/** Looks up a struct layout, failing loudly for one the platform lacks. */
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

/**
 * `fcntl(fd, cmd, arg)`, declared as the platform's calling convention for
 * variadic functions needs (Apple arm64 passes them on the stack).
 */
export function fcntl(fd: number, cmd: number, arg = 0): number {
  return table!.fcntl(lib as never, fd, cmd, arg);
}

/** `ioctl(fd, request, argp)` (`ioctlsocket` on Windows). */
export function ioctl(fd: number, request: number, argp: Uint8Array | null): number {
  return table!.ioctl(lib as never, fd, request, argp);
}
