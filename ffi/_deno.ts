/**
 * The little of Deno's `Deno` namespace that `ffi/` uses, declared here so
 * that the sources type-check without Deno's types (under `tsc` with Bun's
 * and Node's types only). On Deno, `deno` is the real `Deno` global; on any
 * other runtime it is `undefined` and nothing here is called. Private to
 * `ffi/`.
 *
 * @module
 */

/** An opaque pointer object (`Deno.PointerObject`). */
export type PointerObject = { readonly __deno: "PointerObject" };

/** A C function's description for `dlopen` (`Deno.ForeignFunction`). */
export interface ForeignFunction {
  readonly parameters: readonly string[];
  readonly result: string;
  readonly nonblocking?: boolean;
}

/** A view of memory behind a pointer (`Deno.UnsafePointerView`). */
export interface UnsafePointerView {
  getPointer(offset?: number): PointerObject | null;
  getInt32(offset?: number): number;
  copyInto(destination: Uint8Array, offset?: number): void;
  getCString(offset?: number): string;
}

/** A permission's state (`Deno.PermissionStatus`). */
export interface PermissionStatus {
  readonly state: "granted" | "denied" | "prompt";
}

/** What `ffi/` reads of the `Deno` global. */
export interface DenoNamespace {
  dlopen(
    path: string,
    symbols: Readonly<Record<string, ForeignFunction>>,
  ): { readonly symbols: Readonly<Record<string, unknown>> };
  readonly UnsafePointerView: new (pointer: PointerObject) => UnsafePointerView;
  readonly UnsafePointer: {
    create(value: bigint): PointerObject | null;
    of(buffer: Uint8Array): PointerObject | null;
    value(pointer: PointerObject | null): bigint | number;
  };
  readonly permissions: {
    querySync(
      descriptor:
        | { readonly name: "ffi"; readonly path?: string }
        | { readonly name: "env"; readonly variable?: string },
    ): PermissionStatus;
    requestSync(
      descriptor:
        | { readonly name: "ffi"; readonly path?: string }
        | { readonly name: "env"; readonly variable?: string },
    ): PermissionStatus;
  };
  readonly env: { get(name: string): string | undefined };
  readonly build: {
    readonly os: string;
    readonly arch: string;
    readonly env?: string;
  };
}

/** The `Deno` global on Deno; `undefined` elsewhere. */
export const deno: DenoNamespace | undefined =
  (globalThis as unknown as { Deno?: DenoNamespace }).Deno;
