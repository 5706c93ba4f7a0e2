/**
 * The runtime-neutral description of a C symbol table. Platform files
 * declare their symbols with these types; a backend (Deno or Bun) turns the
 * description into callable functions.
 *
 * @module
 */

/**
 * A C type as seen by the FFI. Widths are the C widths and are never changed
 * to suit a runtime: `usize`/`isize` are `size_t`/`ssize_t`, `pointer` is a
 * pointer produced by C, and `buffer` is a pointer argument that JavaScript
 * supplies as a `Uint8Array` (or `null`).
 */
export type NativeType =
  | "void"
  | "i8"
  | "u8"
  | "i16"
  | "u16"
  | "i32"
  | "u32"
  | "i64"
  | "u64"
  | "isize"
  | "usize"
  | "f64"
  | "pointer"
  | "buffer";

/** One C function: its parameter types and its result type. */
export interface SymbolSpec {
  /** Parameter types, in order. */
  readonly parameters: readonly NativeType[];
  /** Result type. */
  readonly result: NativeType;
  /** When true, a library without the symbol loads and the symbol is `null`. */
  readonly optional?: boolean;
}

/** A table of C functions by name. */
export type SymbolTable = Readonly<Record<string, SymbolSpec>>;

/**
 * An opaque pointer returned by C. Deno represents it as an object, Bun as a
 * number; code outside `ffi/` only passes it back to C or to the memory
 * helpers of `ffi/mod.ts`.
 */
export type Pointer = { readonly __brand: "Pointer" } | number | null;

/** A loaded function: 64-bit integer results arrive as `number`. */
// deno-lint-ignore no-explicit-any
export type NativeFunction = (...args: any[]) => any;

/** The functions of a loaded library; an absent optional symbol is `null`. */
export type Symbols<T extends SymbolTable> = {
  readonly [K in keyof T]: T[K]["optional"] extends true ? NativeFunction | null
    : NativeFunction;
};

/** What each runtime backend provides. */
export interface Backend {
  /** The runtime's name, for messages. */
  readonly runtime: "deno" | "bun";
  /** The CPU, as C library paths name it (`x86_64`, `aarch64`, ...). */
  readonly arch: string;
  /** Linux's C library (`gnu` or `musl`); `null` on other systems. */
  readonly libc: "gnu" | "musl" | null;
  /**
   * Where this runtime's own `node:fs` descriptors can be turned into the
   * OS's file handles: the runtime's executable when it exports libuv's
   * `uv_get_osfhandle` (whose C runtime owns those descriptors), else why
   * not, as a sentence for an error message.
   */
  readonly descriptorOwner: { readonly path: string } | {
    readonly why: string;
  };
  /**
   * Why the program may not call C (Deno without `--allow-ffi`), after
   * asking once where the runtime can ask; `null` when it may.
   */
  denied(): string | null;
  /** Opens `path` and binds `table`; throws when the library cannot load. */
  open(path: string, table: SymbolTable): Record<string, NativeFunction | null>;
  /** True for a NULL pointer. */
  isNull(p: Pointer): boolean;
  /** Reads the pointer stored at `offset` bytes into `buf`. */
  pointerIn(buf: Uint8Array, offset: number): Pointer;
  /** Reads the pointer stored at `p + offset`. */
  readPointer(p: Pointer, offset: number): Pointer;
  /** Reads a signed 32-bit integer at `p + offset`. */
  readI32(p: Pointer, offset: number): number;
  /** Copies `length` bytes at `p + offset` into a new array. */
  readBytes(p: Pointer, offset: number, length: number): Uint8Array;
  /** Reads the NUL-terminated string at `p + offset` as UTF-8. */
  readCString(p: Pointer, offset: number): string;
  /**
   * The address of a buffer's first byte, to store inside a C struct; 0n
   * (NULL) for an empty buffer, which has no memory to point at.
   */
  addressOf(buf: Uint8Array): bigint;
}
