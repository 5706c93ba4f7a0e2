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

const WIDE: ReadonlySet<NativeType> = new Set(["i64", "u64", "isize", "usize"]);

type DenoPointer = Deno.PointerObject | null;

function view(p: Pointer): Deno.UnsafePointerView {
  if (p === null || typeof p === "number") {
    throw new TypeError("Pointer must be a non-null Deno pointer");
  }
  return new Deno.UnsafePointerView(p as unknown as Deno.PointerObject);
}

/** Creates the Deno backend. */
export function denoBackend(): Backend {
  return {
    runtime: "deno",
    open(path: string, table: SymbolTable) {
      const lib = Deno.dlopen(
        path,
        table as unknown as Record<string, Deno.ForeignFunction>,
      );
      const out: Record<string, NativeFunction | null> = {};
      for (const [name, spec] of Object.entries(table)) {
        const fn = (lib.symbols as Record<string, NativeFunction | null>)[name];
        if (fn === null || fn === undefined) {
          out[name] = null;
        } else if (WIDE.has(spec.result)) {
          // Deno returns 64-bit results as bigint; the neutral contract is number.
          out[name] = (...args: unknown[]) => Number(fn(...args));
        } else {
          out[name] = fn;
        }
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
      return BigInt(Deno.UnsafePointer.value(Deno.UnsafePointer.of(buf)));
    },
  };
}
