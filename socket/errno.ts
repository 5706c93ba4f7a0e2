/**
 * The error numbers by name, as Python's `errno` module gives them, for
 * comparing with `error.errno`.
 *
 * @module
 */
import { errno as table } from "../platform/mod.ts";
import type { ErrnoTable } from "./errno_table.ts";

export type { ErrnoTable } from "./errno_table.ts";

// The platform tests check each table against its C headers, and
// tests/constants_test.ts that every common name is defined here.
const some: Partial<ErrnoTable> = table;

/**
 * The running platform's error numbers by name (`EAGAIN`, `ECONNREFUSED`,
 * ...), as Python's `errno` module. On Windows the socket errors are the
 * `WSAGetLastError()` values Python reports there (`ECONNREFUSED` is 10061).
 * A name Linux, macOS and Windows all define is a `number`; one some
 * platform lacks is `number | undefined` (`undefined` where it is missing);
 * a misspelt name does not compile.
 *
 * @example Telling a refused connection apart
 * ```ts
 * import { error, errno, socket } from "@berkeley/socket";
 * using s = socket();
 * try {
 *   s.connect(["127.0.0.1", 1]);
 * } catch (e) {
 *   if (e instanceof error && e.errno === errno.ECONNREFUSED) console.log("refused");
 * }
 * ```
 */
export const errno: ErrnoTable = some as ErrnoTable;
