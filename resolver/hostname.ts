/**
 * This machine's names: `gethostname()`, `sethostname()` and `getfqdn()`.
 *
 * @module
 */
import { errno, lib, os, symbols } from "../platform/mod.ts";
import { cString } from "../ffi/mod.ts";
import { error, lastError } from "../socket/errors.ts";
import { bytesView } from "../socket/_data.ts";
import { described } from "../address/_struct.ts";
import { gethostbyaddr } from "./hostdb.ts";
import {
  checkLookup,
  checkReverse,
  isNumericHost,
  requireHostname,
} from "../socket/permissions.ts";

const decoder = new TextDecoder();

/** CPython's buffer for `gethostname(3)`. */
const HOSTNAME_BUFFER = 1024;

/** Python's `str.strip()` whitespace (`str.isspace`), which JavaScript's `trim` differs from. */
const PY_SPACE =
  "\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const STRIP = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, "g");

/**
 * Returns this machine's host name (`gethostname(3)`); a failure raises
 * `error` with errno.
 *
 * @example Printing the host name
 * ```ts
 * import { gethostname } from "@berkeley/socket";
 * console.log(gethostname());
 * ```
 */
export function gethostname(): string {
  const buf = new Uint8Array(HOSTNAME_BUFFER);
  if (lib.gethostname(buf, buf.byteLength - 1) < 0) throw lastError();
  const end = buf.indexOf(0);
  return decoder.decode(buf.subarray(0, end < 0 ? buf.length - 1 : end));
}

/**
 * Sets this machine's host name, as Python's `socket.sethostname(name)`:
 * `name` is a string (sent as UTF-8; a NUL in it is a TypeError, a lone
 * surrogate a RangeError) or bytes, sent as they are. The kernel allows it
 * only to a privileged process (on Linux, CAP_SYS_ADMIN over the UTS
 * namespace); anyone else gets `error` EPERM. Windows has no
 * `sethostname`: `error` EOPNOTSUPP. Under Deno it needs
 * `--allow-sys=hostname`, the flag Deno's own `Deno.hostname()` needs.
 *
 * @example Setting the host name, where the process may
 * ```ts
 * import { errno, error, gethostname, sethostname } from "@berkeley/socket";
 * // A real program passes the new name; this example, run as root, must not
 * // rename the machine, so it sets the name the host already has.
 * const name = gethostname();
 * try {
 *   sethostname(name);
 *   console.log(gethostname() === name); // true
 * } catch (e) {
 *   if (!(e instanceof error)) throw e;
 *   // EPERM: not privileged; EOPNOTSUPP: Windows has no sethostname
 *   if (e.errno !== errno.EPERM && e.errno !== errno.EOPNOTSUPP) throw e;
 * }
 * ```
 */
export function sethostname(
  name: string | ArrayBufferView | ArrayBuffer,
): void {
  let bytes: Uint8Array;
  if (typeof name === "string") {
    const c = cString(name, "sethostname(): name");
    bytes = c.subarray(0, c.length - 1);
  } else {
    const view = bytesView(name, "sethostname(): name");
    if (view === null) {
      throw new TypeError(
        `sethostname(): name must be a string or bytes, got ${described(name)}`,
      );
    }
    bytes = view.slice(); // C reads a copy no caller can change
  }
  requireHostname("sethostname()");
  if (!("sethostname" in symbols)) {
    throw new error(
      errno.EOPNOTSUPP,
      `sethostname() exists only on Unix (Winsock has none), not on ${os}`,
    );
  }
  if (lib.sethostname(bytes, bytes.length) < 0) throw lastError();
}

/**
 * Returns a fully qualified domain name for `name`, as Python's
 * `socket.getfqdn` does: `name` is stripped of whitespace; empty,
 * `"0.0.0.0"` or `"::"` mean this machine ({@linkcode gethostname}). The
 * first of the host name and aliases from `gethostbyaddr` that contains a
 * dot is returned, else that host name; when `gethostbyaddr` fails, `name`
 * itself.
 *
 * @example This machine's fully qualified name
 * ```ts
 * import { getfqdn } from "@berkeley/socket";
 * console.log(getfqdn());
 * ```
 */
export function getfqdn(name?: string): string;
export function getfqdn(name = ""): string {
  if (typeof name !== "string") {
    throw new TypeError(
      `getfqdn(): name must be a string, got ${described(name)}`,
    );
  }
  let host = name.replace(STRIP, "");
  if (host === "" || host === "0.0.0.0" || host === "::") host = gethostname();
  // A lookup Deno's flags deny raises, rather than look like a failure.
  if (isNumericHost(host)) checkReverse("getfqdn()", host);
  else checkLookup("getfqdn()", host);
  let entry;
  try {
    entry = gethostbyaddr(host);
  } catch (e) {
    if (e instanceof error) return host;
    throw e;
  }
  const [hostname, aliases] = entry;
  return [hostname, ...aliases].find((n) => n.includes(".")) ?? hostname;
}
