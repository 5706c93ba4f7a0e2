/**
 * The Deno backend: `Deno.dlopen` and `Deno.UnsafePointerView`.
 *
 * @module
 */
import type {
  Backend,
  NativeFunction,
  NativeType,
  Pointer,
  SymbolTable,
} from "./types.ts";
import {
  deno as maybeDeno,
  type DenoNamespace,
  type ForeignFunction,
  type PointerObject,
  type UnsafePointerView,
} from "./_deno.ts";

const WIDE: ReadonlySet<NativeType> = new Set(["i64", "u64", "isize", "usize"]);

type DenoPointer = PointerObject | null;

// The last length converted, so that repeated calls with the same length
// (a loop over one buffer) allocate no new bigint.
let lastNumber = 0;
let lastBigint = 0n;

/** A 64-bit argument as bigint: V8's fast call path takes bigints there. */
function wide(v: unknown): unknown {
  if (typeof v !== "number") return v;
  if (v !== lastNumber) {
    lastBigint = BigInt(v);
    lastNumber = v;
  }
  return lastBigint;
}

/**
 * Adapts a Deno foreign function to the neutral contract: 64-bit arguments
 * may be given as numbers (they are passed as bigints, which keeps the call
 * on V8's fast path: ~17 ns against ~100 ns for a number), and 64-bit
 * results come back as numbers. Functions without 64-bit types are used as
 * they are; the wrappers keep the exact arity, never a rest parameter.
 */
function adapt(
  fn: NativeFunction,
  parameters: readonly NativeType[],
  result: NativeType,
): NativeFunction {
  const w = parameters.map((t) => WIDE.has(t));
  const n = WIDE.has(result);
  if (!n && !w.includes(true)) return fn;
  const [w0, w1, w2, w3, w4, w5] = w;
  const out = n ? Number : (v: unknown) => v;
  switch (parameters.length) {
    case 0:
      return () => out(fn());
    case 1:
      return (a) => out(fn(w0 ? wide(a) : a));
    case 2:
      return (a, b) => out(fn(w0 ? wide(a) : a, w1 ? wide(b) : b));
    case 3:
      return (a, b, c) =>
        out(fn(w0 ? wide(a) : a, w1 ? wide(b) : b, w2 ? wide(c) : c));
    case 4:
      return (a, b, c, d) =>
        out(
          fn(
            w0 ? wide(a) : a,
            w1 ? wide(b) : b,
            w2 ? wide(c) : c,
            w3 ? wide(d) : d,
          ),
        );
    case 5:
      return (a, b, c, d, e) =>
        out(
          fn(
            w0 ? wide(a) : a,
            w1 ? wide(b) : b,
            w2 ? wide(c) : c,
            w3 ? wide(d) : d,
            w4 ? wide(e) : e,
          ),
        );
    case 6:
      return (a, b, c, d, e, f) =>
        out(
          fn(
            w0 ? wide(a) : a,
            w1 ? wide(b) : b,
            w2 ? wide(c) : c,
            w3 ? wide(d) : d,
            w4 ? wide(e) : e,
            w5 ? wide(f) : f,
          ),
        );
    default:
      // Seven or more parameters (getnameinfo): not a hot path.
      return (...args: unknown[]) =>
        out(fn(...args.map((v, i) => w[i] ? wide(v) : v)));
  }
}

/** What a program run without `--allow-ffi` is told, once. */
const FFI_DENIED =
  "@berkeley/socket needs Deno's --allow-ffi permission, without a path list: " +
  "it calls the C library, and reads the memory C returns through pointers " +
  "(getaddrinfo()'s results, ...), which Deno allows only with the unscoped " +
  "flag (deno run --allow-ffi ...)";

/** Creates the Deno backend. */
export function denoBackend(): Backend {
  if (!maybeDeno) throw new Error("The Deno backend needs Deno");
  const Deno: DenoNamespace = maybeDeno;
  function view(p: Pointer): UnsafePointerView {
    if (p === null || typeof p === "number") {
      throw new TypeError("Pointer must be a non-null Deno pointer");
    }
    return new Deno.UnsafePointerView(p as unknown as PointerObject);
  }
  return {
    runtime: "deno",
    arch: Deno.build.arch,
    libc: Deno.build.os !== "linux"
      ? null
      : Deno.build.env === "musl"
      ? "musl"
      : "gnu",
    // On Windows, node:fs descriptors are those of the C runtime linked
    // statically into deno.exe (open_osfhandle on a duplicate of the
    // file's HANDLE), and deno.exe exports nothing that reads them.
    descriptorOwner: {
      why:
        "Deno's node:fs descriptors belong to the C runtime linked into deno.exe, which exports no way to find their HANDLE",
    },
    denied(): string | null {
      // Unscoped: a path list lets the library load, but reading memory
      // behind the pointers C returns (getaddrinfo()'s results) needs the
      // whole permission, and would fail later, in the middle of a call.
      let state = Deno.permissions.querySync({ name: "ffi" }).state;
      if (state === "prompt") {
        state = Deno.permissions.requestSync({ name: "ffi" }).state;
      }
      return state === "granted" ? null : FFI_DENIED;
    },
    open(path: string, table: SymbolTable) {
      const lib = Deno.dlopen(
        path,
        table as unknown as Record<string, ForeignFunction>,
      );
      const out: Record<string, NativeFunction | null> = {};
      for (const [name, spec] of Object.entries(table)) {
        const fn = (lib.symbols as Record<string, NativeFunction | null>)[name];
        out[name] = fn ? adapt(fn, spec.parameters, spec.result) : null;
      }
      return out;
    },
    isNull(p: Pointer): boolean {
      return p === null || p === 0;
    },
    pointerIn(buf: Uint8Array, offset: number): Pointer {
      const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
      const addr = dv.getBigUint64(offset, true);
      return Deno.UnsafePointer.create(addr) as unknown as Pointer;
    },
    readPointer(p: Pointer, offset: number): Pointer {
      return view(p).getPointer(offset) as DenoPointer as unknown as Pointer;
    },
    readI32(p: Pointer, offset: number): number {
      return view(p).getInt32(offset);
    },
    readBytes(p: Pointer, offset: number, length: number): Uint8Array {
      const out = new Uint8Array(length);
      if (length > 0) view(p).copyInto(out, offset);
      return out;
    },
    readCString(p: Pointer, offset: number): string {
      return view(p).getCString(offset);
    },
    addressOf(buf: Uint8Array): bigint {
      if (buf.byteLength === 0) return 0n; // as Bun: nothing to point at
      return BigInt(Deno.UnsafePointer.value(Deno.UnsafePointer.of(buf)));
    },
  };
}
