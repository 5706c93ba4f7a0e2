/**
 * The Bun backend: `bun:ffi`, loaded only when running on Bun.
 *
 * @module
 */
import type { Backend, NativeType, Pointer, SymbolTable } from "./types.ts";

/** The parts of `bun:ffi` this backend uses. */
interface BunFfi {
  dlopen(
    path: string,
    table: Record<string, { args: string[]; returns: string }>,
  ): { symbols: Record<string, (...args: unknown[]) => unknown> };
  ptr(view: ArrayBufferView): number;
  read: {
    ptr(p: number, offset: number): number;
    i32(p: number, offset: number): number;
  };
  toArrayBuffer(p: number, offset: number, length: number): ArrayBuffer;
  CString: new (p: number, offset?: number) => string;
}

// Results wider than 32 bits come back as numbers; arguments keep C's width.
const RESULT: Record<NativeType, string> = {
  void: "void",
  i8: "i8",
  u8: "u8",
  i16: "i16",
  u16: "u16",
  i32: "i32",
  u32: "u32",
  i64: "i64_fast",
  u64: "u64_fast",
  isize: "i64_fast",
  usize: "u64_fast",
  f64: "f64",
  pointer: "ptr",
  buffer: "ptr",
};

const PARAMETER: Record<NativeType, string> = {
  ...RESULT,
  i64: "i64",
  u64: "u64",
  isize: "i64",
  usize: "u64",
  // Bun's "buffer" type rejects null; "ptr" takes a typed array or null.
  buffer: "ptr",
};

/**
 * Unsigned 64-bit results: `u64_fast` gives a bigint above 2 ** 53 - 1
 * (Windows' `INVALID_SOCKET`, ~0), where Deno's backend gives a number
 * (`2 ** 64`). Converting keeps the runtimes alike. Signed results
 * (`ssize_t` from send/recv) are left unwrapped: they stay small, and the
 * wrapper would cost every call.
 */
const UNSIGNED_WIDE: ReadonlySet<NativeType> = new Set(["u64", "usize"]);

function toNumber(
  fn: (...args: unknown[]) => unknown,
): (...args: unknown[]) => unknown {
  return (...args: unknown[]) => {
    const r = fn(...args);
    return typeof r === "bigint" ? Number(r) : r;
  };
}

function address(p: Pointer): number {
  if (typeof p !== "number" || p === 0) {
    throw new TypeError("Pointer must be a non-null Bun pointer");
  }
  return p;
}

/** The parts of Node's `process` (which Bun has) this backend reads. */
interface BuiltinModules {
  readonly arch: string;
  readonly execPath: string;
  readonly platform: string;
  readonly report?: {
    getReport(): { header?: { glibcVersionRuntime?: string } };
  };
  getBuiltinModule(id: "bun:ffi"): unknown;
}

/** Node's CPU names as C library paths spell them. */
const ARCH: Readonly<Record<string, string>> = {
  x64: "x86_64",
  arm64: "aarch64",
};

/**
 * Creates the Bun backend. `bun:ffi` comes from
 * `process.getBuiltinModule()`, the runtime-neutral way to load a
 * built-in module only when it is there: no import of it to analyze, so
 * Deno (and `deno publish`) never sees the `bun:` scheme.
 */
export function bunBackend(): Backend {
  const { process } = globalThis as unknown as { process: BuiltinModules };
  const ffi = process.getBuiltinModule("bun:ffi") as BunFfi;
  return {
    runtime: "bun",
    arch: ARCH[process.arch] ?? process.arch,
    // glibc reports its version; Bun's musl build has none to report.
    libc: process.platform !== "linux"
      ? null
      : process.report?.getReport().header?.glibcVersionRuntime
      ? "gnu"
      : "musl",
    // bun.exe exports all of libuv (for Node-API addons), and node:fs
    // descriptors are those of libuv's C runtime, linked into bun.exe.
    descriptorOwner: { path: process.execPath },
    denied: () => null, // Bun has no permission model
    open(path: string, table: SymbolTable) {
      const wanted: Record<string, { args: string[]; returns: string }> = {};
      const optional: string[] = [];
      for (const [name, spec] of Object.entries(table)) {
        const entry = {
          args: spec.parameters.map((t) => PARAMETER[t]),
          returns: RESULT[spec.result],
        };
        if (spec.optional) {
          try {
            ffi.dlopen(path, { [name]: entry });
          } catch {
            optional.push(name);
            continue;
          }
        }
        wanted[name] = entry;
      }
      const lib = ffi.dlopen(path, wanted);
      const out: Record<string, (...args: unknown[]) => unknown> = {
        ...lib.symbols,
      };
      for (const [name, spec] of Object.entries(table)) {
        const fn = lib.symbols[name];
        if (fn && UNSIGNED_WIDE.has(spec.result)) out[name] = toNumber(fn);
      }
      for (const name of optional) {
        (out as Record<string, unknown>)[name] = null;
      }
      return out as ReturnType<Backend["open"]>;
    },
    isNull(p: Pointer): boolean {
      return p === null || p === 0;
    },
    pointerIn(buf: Uint8Array, offset: number): Pointer {
      const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
      return Number(dv.getBigUint64(offset, true));
    },
    readPointer(p: Pointer, offset: number): Pointer {
      return ffi.read.ptr(address(p), offset);
    },
    readI32(p: Pointer, offset: number): number {
      return ffi.read.i32(address(p), offset);
    },
    readBytes(p: Pointer, offset: number, length: number): Uint8Array {
      if (length === 0) return new Uint8Array(0);
      return new Uint8Array(
        ffi.toArrayBuffer(address(p), offset, length).slice(0),
      );
    },
    readCString(p: Pointer, offset: number): string {
      return String(new ffi.CString(address(p), offset));
    },
    addressOf(buf: Uint8Array): bigint {
      // bun:ffi refuses a pointer to empty memory (ptr() throws); nothing
      // can be read or written there, so it is NULL, as in Deno.
      if (buf.byteLength === 0) return 0n;
      return BigInt(ffi.ptr(buf));
    },
  };
}
