/**
 * The module's exceptions: `error` and its subclasses `herror`, `gaierror`
 * and `timeout`, with `errno` and `strerror` taken from the C library.
 *
 * @module
 */
import { lastErrno, strerror as systemText } from "../platform/mod.ts";
import { described } from "../address/_struct.ts";

/**
 * `socket.error`: a failed system call (`errno`, `strerror`) or a socket
 * problem described by a message. The message of a system error is
 * `"[Errno 111] Connection refused"`, as in Python.
 *
 * @example Catching a refused connection
 * ```ts
 * import { error, socket } from "@berkeley/socket";
 * const s = socket();
 * try {
 *   s.connect(["127.0.0.1", 1]);
 * } catch (e) {
 *   if (e instanceof error) console.log(e.errno, e.strerror);
 * } finally {
 *   s.close();
 * }
 * ```
 */
export class error extends Error {
  /** The error number (an errno, an `EAI_*` or an `h_errno` value), or null. */
  readonly errno: number | null;
  /** The C library's description of `errno`, or null. */
  readonly strerror: string | null;

  /**
   * `new error(errno, strerror)` or `new error(message)`.
   *
   * @example Raising an error as the library does
   * ```ts
   * import { errno, error } from "@berkeley/socket";
   * const e = new error(errno.ECONNREFUSED, "Connection refused");
   * console.log(e.message); // "[Errno 111] Connection refused" on Linux
   * ```
   */
  constructor(errnoOrMessage: number | string, strerror?: string) {
    const numbered = typeof errnoOrMessage === "number";
    // Checked first: the message is built from them, and a symbol or an
    // object that cannot be turned into a string would fail in there.
    if (
      !numbered && typeof errnoOrMessage !== "string" &&
      errnoOrMessage !== undefined
    ) {
      throw new TypeError(
        `${new.target.name}(): the first argument must be an errno number or a message string, got ${
          described(errnoOrMessage)
        }`,
      );
    }
    if (strerror !== undefined && typeof strerror !== "string") {
      throw new TypeError(
        `${new.target.name}(): strerror must be a string, got ${
          described(strerror)
        }`,
      );
    }
    const text = strerror ?? "";
    super(numbered ? `[Errno ${errnoOrMessage}] ${text}` : errnoOrMessage);
    this.errno = numbered ? errnoOrMessage : null;
    this.strerror = numbered ? text : null;
    this.name = new.target.name;
  }
}

/**
 * `socket.herror`: a resolver error with an `h_errno` value
 * (`gethostbyname_ex`, `gethostbyaddr`); `strerror` is `hstrerror()`'s text.
 *
 * @example Telling a resolver failure apart
 * ```ts
 * import { herror } from "@berkeley/socket";
 * const e = new herror(1, "Unknown host");
 * console.log(e.message); // "[Errno 1] Unknown host"
 * ```
 */
export class herror extends error {}

/**
 * `socket.gaierror`: a `getaddrinfo`/`getnameinfo` failure; `errno` is one
 * of the `EAI_*` constants and `strerror` is `gai_strerror()`'s text.
 *
 * @example Resolving a name that does not exist
 * ```ts
 * import { AI_NUMERICHOST, gaierror, getaddrinfo } from "@berkeley/socket";
 * try {
 *   getaddrinfo("not-an-address", 80, 0, 0, 0, AI_NUMERICHOST);
 * } catch (e) {
 *   if (e instanceof gaierror) console.log(e.errno, e.strerror);
 * }
 * ```
 */
export class gaierror extends error {}

/**
 * `socket.timeout`: a socket operation did not finish within the socket's
 * timeout. Its message is always `"timed out"`.
 *
 * @example A receive that times out
 * ```ts
 * import { socket, SOCK_DGRAM, AF_INET, timeout } from "@berkeley/socket";
 * const s = socket(AF_INET, SOCK_DGRAM);
 * s.bind(["127.0.0.1", 0]);
 * s.settimeout(0.01);
 * try {
 *   s.recv(16);
 * } catch (e) {
 *   console.log(e instanceof timeout); // true
 * } finally {
 *   s.close();
 * }
 * ```
 */
export class timeout extends error {
  /**
   * Always `"timed out"` unless another message is given.
   *
   * @example The message of a timeout
   * ```ts
   * import { timeout } from "@berkeley/socket";
   * console.log(new timeout().message); // "timed out"
   * ```
   */
  constructor(message?: string);
  constructor(message = "timed out") {
    super(message);
  }
}

/**
 * The system's text for an errno value: `strerror(3)`, or on Windows
 * `FormatMessageW`'s text, as CPython gives it there.
 */
export function strerror(code: number): string {
  return systemText(code);
}

/** An `error` for errno `code` with the C library's description. */
export function errorFromErrno(code: number): error {
  return new error(code, strerror(code));
}

/** An `error` for the calling thread's current errno. */
export function lastError(): error {
  return errorFromErrno(lastErrno());
}
