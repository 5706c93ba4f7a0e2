/**
 * The default timeout of new sockets: Python's `getdefaulttimeout()` and
 * `setdefaulttimeout()`. `SocketType`'s constructor and `accept()` read it.
 *
 * @module
 */
import { timeoutArg } from "./_data.ts";

let defaultTimeout: number | null = null;

/**
 * The default timeout, in seconds, of sockets created from now on; `null`
 * (the initial value) means blocking.
 *
 * @example Reading the default
 * ```ts
 * import { getdefaulttimeout } from "@berkeley/socket";
 * console.log(getdefaulttimeout()); // null
 * ```
 */
export function getdefaulttimeout(): number | null {
  return defaultTimeout;
}

/**
 * Sets the default timeout of sockets created from now on (seconds, or
 * `null` for blocking).
 *
 * @example Bounding every new socket's calls
 * ```ts
 * import { setdefaulttimeout } from "@berkeley/socket";
 * setdefaulttimeout(5);
 * setdefaulttimeout(null);
 * ```
 */
export function setdefaulttimeout(value: number | null): void {
  defaultTimeout = timeoutArg(value);
}
