/**
 * The error numbers by name, as Python's `errno` module gives them, for
 * comparing with `error.errno`.
 *
 * @module
 */
import { errno as table } from "../platform/mod.ts";

/**
 * The running platform's error numbers by name (`EAGAIN`, `ECONNREFUSED`,
 * ...), as Python's `errno` module. On Windows the socket errors are the
 * `WSAGetLastError()` values Python reports there (`ECONNREFUSED` is 10061).
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
export const errno: Readonly<Record<string, number>> = table;
