/**
 * Address families (`AF_*`, `PF_*`): `socket()`'s first argument.
 * Each is the running platform's value; one the platform lacks is
 * `undefined` (typed `number | undefined` unless Linux, macOS and Windows
 * all define it).
 *
 * Generated from `platform/*_constants.ts` by
 * `deno run -A .ci/gen_constants_exports.ts`: do not edit by hand.
 *
 * @module
 */
import { maybe } from "./_lookup.ts";

/**
 * Link-layer packets (AF_PACKET's other name); address family: linux 17; not on darwin, windows.
 *
 * @example Create a socket of a family
 * ```ts
 * import { AF_INET6, SOCK_STREAM, socket } from "@berkeley/socket";
 * using s = socket(AF_INET6, SOCK_STREAM);
 * console.log(s.family === AF_INET6); // true
 * ```
 */
export const PF_PACKET: number | undefined = maybe("PF_PACKET");
/** Reliable Datagram Sockets (AF_RDS's other name); address family: linux 21; not on darwin, windows. */
export const PF_RDS: number | undefined = maybe("PF_RDS");
/** CAN bus (AF_CAN's other name); address family: linux 29; not on darwin, windows. */
export const PF_CAN: number | undefined = maybe("PF_CAN");
