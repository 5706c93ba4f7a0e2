/**
 * The only place that knows which JavaScript runtime is running. It picks
 * the Deno or the Bun backend and offers runtime-neutral ways to load a C
 * library, read memory behind a C pointer and build C strings.
 *
 * @module
 */
import { bunBackend } from "./bun.ts";
import { denoBackend } from "./deno.ts";
import type { Backend, Pointer, Symbols, SymbolTable } from "./types.ts";

export type {
  NativeFunction,
  NativeType,
  Pointer,
  Symbols,
  SymbolSpec,
  SymbolTable,
} from "./types.ts";

/** The backend of this runtime; on any other runtime, one clear line. */
function pickBackend(): Backend {
  if ("Bun" in globalThis) return bunBackend();
  if ("Deno" in globalThis) return denoBackend();
  const node = (globalThis as { process?: { versions?: { node?: string } } })
    .process?.versions?.node;
  throw new Error(
    `@berkeley/socket runs on Deno and Bun, whose FFI lets it call the C library; ${
      node ? `Node.js ${node}` : "this runtime"
    } has no such FFI`,
  );
}

const backend: Backend = pickBackend();

/** The runtime the FFI is running on. */
export const runtime: "deno" | "bun" = backend.runtime;

/**
 * Where this runtime's own `node:fs` descriptors can be turned into the
 * OS's file handles (on Windows they are a C runtime's, not the OS's): a
 * library to open for libuv's `uv_get_osfhandle` (Bun's executable), or
 * why there is none, as a sentence for an error message (Deno).
 */
export function descriptorOwner(): LibrarySearch | { readonly why: string } {
  const owner = backend.descriptorOwner;
  if ("why" in owner) return owner;
  return { envVar: "BERKELEY_SOCKET_RUNTIME_EXE", paths: [owner.path] };
}

/** Where to look for a C library, and which variable overrides it. */
export interface LibrarySearch {
  /** Environment variable whose value, when set, is tried first. */
  readonly envVar: string;
  /**
   * Paths or names tried in order. One that names an architecture
   * (`x86_64`, `aarch64`) is tried only on it, and on Linux one that names
   * `musl` only with musl, any other only with glibc.
   */
  readonly paths: readonly string[];
}

const ARCHES = ["x86_64", "aarch64"];

/** Whether `path` may be this system's C library (architecture, libc). */
function fitsHost(path: string): boolean {
  const arch = ARCHES.find((a) => path.includes(a));
  if (arch !== undefined && arch !== backend.arch) return false;
  if (backend.libc === null) return true;
  return path.includes("musl") === (backend.libc === "musl");
}

/**
 * The paths to try for `search`, in order: the environment override (when
 * set and readable), then those of `search.paths` that fit this system.
 */
export function libraryPaths(search: LibrarySearch): string[] {
  const override = envValue(search.envVar);
  const paths = search.paths.filter(fitsHost);
  return override ? [override, ...paths] : paths;
}

let allowed = false;

function envValue(name: string): string | undefined {
  const g = globalThis as {
    Deno?: {
      env: { get(n: string): string | undefined };
      permissions: {
        querySync(d: { name: "env"; variable: string }): { state: string };
      };
    };
    process?: { env: Record<string, string | undefined> };
  };
  if (g.Deno) {
    // Without --allow-env the override is not consulted (and never prompted).
    const allowed = g.Deno.permissions.querySync({
      name: "env",
      variable: name,
    });
    return allowed.state === "granted" ? g.Deno.env.get(name) : undefined;
  }
  return g.process?.env[name];
}

const opened = new Map<LibrarySearch, string>();

/**
 * The path or name `openLibrary(search, ...)` loaded, once it has: how the
 * platform layer tells one C library from another (glibc, musl).
 */
export function openedPath(search: LibrarySearch): string | undefined {
  return opened.get(search);
}

/**
 * Opens the first library of `search` that loads and binds `table` to it.
 * The error, when none loads, lists every path tried and why it failed.
 */
export function openLibrary<T extends SymbolTable>(
  search: LibrarySearch,
  table: T,
): Symbols<T> {
  if (!allowed) {
    const denied = backend.denied();
    if (denied) throw new Error(denied);
    allowed = true;
  }
  const paths = libraryPaths(search);
  const failures: string[] = [];
  for (const path of paths) {
    try {
      const symbols = backend.open(path, table) as Symbols<T>;
      opened.set(search, path);
      return symbols;
    } catch (e) {
      failures.push(`  ${path}: ${e instanceof Error ? e.message : e}`);
    }
  }
  throw new Error(
    `Could not load the C library (set ${search.envVar} to its path); tried:\n${
      failures.join("\n")
    }`,
  );
}

/** True for a NULL pointer. */
export function isNull(p: Pointer): boolean {
  return backend.isNull(p);
}

/** Reads the pointer stored at byte `offset` of `buf` (an out-parameter). */
export function pointerIn(buf: Uint8Array, offset = 0): Pointer {
  if (offset < 0 || offset + 8 > buf.byteLength) {
    throw new RangeError(`Pointer offset ${offset} is outside the buffer`);
  }
  return backend.pointerIn(buf, offset);
}

/** Reads the pointer stored at `p + offset`. */
export function readPointer(p: Pointer, offset = 0): Pointer {
  return backend.readPointer(p, offset);
}

/** Reads the signed 32-bit integer at `p + offset`. */
export function readI32(p: Pointer, offset = 0): number {
  return backend.readI32(p, offset);
}

/** Copies `length` bytes at `p + offset` into a new `Uint8Array`. */
export function readBytes(
  p: Pointer,
  offset: number,
  length: number,
): Uint8Array {
  return backend.readBytes(p, offset, length);
}

/** Reads the NUL-terminated UTF-8 string at `p + offset`; NULL reads as `""`. */
export function readCString(p: Pointer, offset = 0): string {
  return backend.isNull(p) ? "" : backend.readCString(p, offset);
}

/**
 * The address of `buf`'s first byte, for storing in a C struct (an iovec);
 * 0n (NULL) for an empty buffer, on every runtime. The caller keeps `buf`
 * alive for as long as C may use the address.
 */
export function addressOf(buf: Uint8Array): bigint {
  return backend.addressOf(buf);
}

const encoder = new TextEncoder();

const LONE_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Checks that `s` has no lone surrogate, which UTF-8 cannot encode: a
 * `RangeError` naming `what` (Python's UnicodeEncodeError) instead of
 * the U+FFFD `TextEncoder` would silently put in its place.
 */
export function checkWellFormed(s: string, what = "string"): void {
  const found = LONE_SURROGATE.exec(s);
  if (found) {
    const code = found[0].charCodeAt(0).toString(16);
    throw new RangeError(
      `${what}: 'utf-8' codec can't encode character '\\u${code}' in position ${found.index}: surrogates not allowed`,
    );
  }
}

/**
 * Encodes `s` as a NUL-terminated UTF-8 C string. An embedded NUL is a
 * `TypeError` naming `what`, since C would silently cut the string there.
 */
export function cString(s: string, what = "string"): Uint8Array {
  if (s.includes("\0")) throw new TypeError(`${what} must not contain NUL`);
  checkWellFormed(s, what);
  const bytes = new Uint8Array(s.length * 3 + 1);
  const { written } = encoder.encodeInto(s, bytes);
  return bytes.subarray(0, written + 1);
}
