/**
 * Socket types (`SOCK_*`): `socket()`'s second argument.
 * Each is the running platform's value; one the platform lacks is
 * `undefined` (typed `number | undefined` unless Linux, macOS and Windows
 * all define it).
 *
 * Generated from `platform/*_constants.ts` by
 * `deno run -A .ci/gen_constants_exports.ts`: do not edit by hand.
 *
 * @module
 */
import { defined, maybe } from "./_lookup.ts";

/**
 * Connection-based byte stream (TCP); socket type: linux 1, darwin 1, windows 1.
 *
 * @example Create a datagram socket
 * ```ts
 * import { AF_INET, SOCK_DGRAM, socket } from "@berkeley/socket";
 * using s = socket(AF_INET, SOCK_DGRAM);
 * console.log(s.type === SOCK_DGRAM); // true
 * ```
 */
export const SOCK_STREAM: number = defined("SOCK_STREAM");
/** Datagrams (UDP); socket type: linux 2, darwin 2, windows 2. */
export const SOCK_DGRAM: number = defined("SOCK_DGRAM");
/** Raw protocol access; socket type: linux 3, darwin 3, windows 3. */
export const SOCK_RAW: number = defined("SOCK_RAW");
/** Reliably delivered messages; socket type: linux 4, darwin 4, windows 4. */
export const SOCK_RDM: number = defined("SOCK_RDM");
/** Connection-based records; socket type: linux 5, darwin 5, windows 5. */
export const SOCK_SEQPACKET: number = defined("SOCK_SEQPACKET");
/** Socket type: linux 6; not on darwin, windows. */
export const SOCK_DCCP: number | undefined = maybe("SOCK_DCCP");
/** Socket type: linux 10; not on darwin, windows. */
export const SOCK_PACKET: number | undefined = maybe("SOCK_PACKET");
/** Create the socket close-on-exec; flag or-ed into `socket()`'s type: linux 524288; not on darwin, windows. */
export const SOCK_CLOEXEC: number | undefined = maybe("SOCK_CLOEXEC");
/** Create the socket non-blocking; flag or-ed into `socket()`'s type: linux 2048; not on darwin, windows. */
export const SOCK_NONBLOCK: number | undefined = maybe("SOCK_NONBLOCK");
/** Largest socket address length: darwin 255; not on linux, windows. */
export const SOCK_MAXADDRLEN: number | undefined = maybe("SOCK_MAXADDRLEN");
