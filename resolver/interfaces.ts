/**
 * Network interface names and indexes (Python 3): `if_nameindex()`,
 * `if_nametoindex()`, `if_indextoname()`.
 *
 * @module
 */
import { cString, isNull } from "../ffi/mod.ts";
import { constants, ifNameindex, lib } from "../platform/mod.ts";
import { error, lastError } from "../socket/errors.ts";
import { intArg } from "../socket/_data.ts";
import { described } from "../address/_struct.ts";

/** `IF_NAMESIZE` from `<net/if.h>`: 16 on glibc, musl and macOS. */
const IF_NAMESIZE: number = constants.IF_NAMESIZE ?? 16;

const decoder = new TextDecoder();

/**
 * Lists the network interfaces as `[index, name]` pairs
 * (`if_nameindex(3)`); a failure raises `error` with errno.
 *
 * @example Listing the interfaces
 * ```ts
 * import { if_nameindex } from "@berkeley/socket";
 * for (const [index, name] of if_nameindex()) console.log(index, name);
 * ```
 */
export function if_nameindex(): [index: number, name: string][] {
  const list = ifNameindex();
  if (list === null) throw lastError();
  return list;
}

/**
 * Returns the index of the interface named `if_name`
 * (`if_nametoindex(3)`); an unknown name raises
 * `error("no interface with this name")`.
 *
 * @example The loopback interface's index
 * ```ts
 * import { if_nametoindex } from "@berkeley/socket";
 * console.log(if_nametoindex("lo")); // 1 on Linux
 * ```
 */
export function if_nametoindex(if_name: string): number {
  if (typeof if_name !== "string") {
    throw new TypeError(
      `if_nametoindex(): if_name must be a string, got ${described(if_name)}`,
    );
  }
  const index =
    lib.if_nametoindex(cString(if_name, "if_nametoindex(): if_name")) >>> 0;
  // if_nametoindex() does not set errno
  if (index === 0) throw new error("no interface with this name");
  return index;
}

/**
 * Returns the name of the interface with index `if_index`
 * (`if_indextoname(3)`); an index outside 0-4294967295 is a `RangeError`,
 * an unknown index raises `error` with ENXIO.
 *
 * @example The name of interface 1
 * ```ts
 * import { if_indextoname } from "@berkeley/socket";
 * console.log(if_indextoname(1)); // "lo" on Linux
 * ```
 */
export function if_indextoname(if_index: number): string {
  const index = intArg(if_index, "if_indextoname(): if_index", 0, 0xffffffff);
  const name = new Uint8Array(IF_NAMESIZE + 1);
  if (isNull(lib.if_indextoname(index, name))) throw lastError();
  const end = name.indexOf(0);
  return decoder.decode(name.subarray(0, end < 0 ? name.length : end));
}
