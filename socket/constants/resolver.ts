/**
 * Resolver codes: `getaddrinfo()` flags (`AI_*`), `getnameinfo()` flags (`NI_*`), their errors (`EAI_*`) and `h_errno` values.
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
 * The host must be numeric: no lookup; `getaddrinfo()` flag: linux 4, darwin 4, windows 4.
 *
 * @example Resolve numerically and tell a failure apart
 * ```ts
 * import { AF_INET, AI_NUMERICHOST, EAI_NONAME, gaierror, getaddrinfo, SOCK_STREAM } from "@berkeley/socket";
 * console.log(getaddrinfo("127.0.0.1", 80, AF_INET, SOCK_STREAM, 0, AI_NUMERICHOST));
 * try {
 *   getaddrinfo("not an address", 80, AF_INET, SOCK_STREAM, 0, AI_NUMERICHOST);
 * } catch (e) {
 *   if (e instanceof gaierror && e.errno === EAI_NONAME) console.log(e.strerror);
 * }
 * ```
 */
export const AI_NUMERICHOST: number = defined("AI_NUMERICHOST");
/** Bad flags; `getaddrinfo()` error: `gaierror`'s errno: linux -1, darwin 3, windows 10022. */
export const EAI_BADFLAGS: number = defined("EAI_BADFLAGS");
/** Name or service not known; `getaddrinfo()` error: `gaierror`'s errno: linux -2, darwin 8, windows 11001. */
export const EAI_NONAME: number = defined("EAI_NONAME");
/** Temporary failure in name resolution; `getaddrinfo()` error: `gaierror`'s errno: linux -3, darwin 2, windows 11002. */
export const EAI_AGAIN: number = defined("EAI_AGAIN");
/** Non-recoverable failure in name resolution; `getaddrinfo()` error: `gaierror`'s errno: linux -4, darwin 4, windows 11003. */
export const EAI_FAIL: number = defined("EAI_FAIL");
/** Address family not supported; `getaddrinfo()` error: `gaierror`'s errno: linux -6, darwin 5, windows 10047. */
export const EAI_FAMILY: number = defined("EAI_FAMILY");
/** Socket type not supported; `getaddrinfo()` error: `gaierror`'s errno: linux -7, darwin 10, windows 10044. */
export const EAI_SOCKTYPE: number = defined("EAI_SOCKTYPE");
/** Service not supported for the socket type; `getaddrinfo()` error: `gaierror`'s errno: linux -8, darwin 9, windows 10109. */
export const EAI_SERVICE: number = defined("EAI_SERVICE");
/** Out of memory; `getaddrinfo()` error: `gaierror`'s errno: linux -10, darwin 6, windows 8. */
export const EAI_MEMORY: number = defined("EAI_MEMORY");
/** System error: see errno; `getaddrinfo()` error: `gaierror`'s errno: linux -11, darwin 11; not on windows. */
export const EAI_SYSTEM: number | undefined = maybe("EAI_SYSTEM");
/** Argument buffer overflow; `getaddrinfo()` error: `gaierror`'s errno: linux -12, darwin 14; not on windows. */
export const EAI_OVERFLOW: number | undefined = maybe("EAI_OVERFLOW");
/** No address for the name; `getaddrinfo()` error: `gaierror`'s errno: linux -5, darwin 7, windows 11004. */
export const EAI_NODATA: number = defined("EAI_NODATA");
/** No address in the family; `getaddrinfo()` error: `gaierror`'s errno: linux -9, darwin 1; not on windows. */
export const EAI_ADDRFAMILY: number | undefined = maybe("EAI_ADDRFAMILY");
/** `getaddrinfo()` error: `gaierror`'s errno: linux -100; not on darwin, windows. */
export const EAI_INPROGRESS: number | undefined = maybe("EAI_INPROGRESS");
/** `getaddrinfo()` error: `gaierror`'s errno: linux -101; not on darwin, windows. */
export const EAI_CANCELED: number | undefined = maybe("EAI_CANCELED");
/** `getaddrinfo()` error: `gaierror`'s errno: linux -102; not on darwin, windows. */
export const EAI_NOTCANCELED: number | undefined = maybe("EAI_NOTCANCELED");
/** `getaddrinfo()` error: `gaierror`'s errno: linux -103; not on darwin, windows. */
export const EAI_ALLDONE: number | undefined = maybe("EAI_ALLDONE");
/** `getaddrinfo()` error: `gaierror`'s errno: linux -104; not on darwin, windows. */
export const EAI_INTR: number | undefined = maybe("EAI_INTR");
/** `getaddrinfo()` error: `gaierror`'s errno: linux -105; not on darwin, windows. */
export const EAI_IDN_ENCODE: number | undefined = maybe("EAI_IDN_ENCODE");
/** Addresses to bind: no host means any; `getaddrinfo()` flag: linux 1, darwin 1, windows 1. */
export const AI_PASSIVE: number = defined("AI_PASSIVE");
/** Return the canonical name; `getaddrinfo()` flag: linux 2, darwin 2, windows 2. */
export const AI_CANONNAME: number = defined("AI_CANONNAME");
/** IPv4 addresses as IPv4-mapped IPv6; `getaddrinfo()` flag: linux 8, darwin 2048, windows 2048. */
export const AI_V4MAPPED: number = defined("AI_V4MAPPED");
/** With AI_V4MAPPED: IPv6 and mapped IPv4 addresses; `getaddrinfo()` flag: linux 16, darwin 256, windows 256. */
export const AI_ALL: number = defined("AI_ALL");
/** Only families this host has an address in; `getaddrinfo()` flag: linux 32, darwin 1024, windows 1024. */
export const AI_ADDRCONFIG: number = defined("AI_ADDRCONFIG");
/** `getaddrinfo()` flag: linux 64; not on darwin, windows. */
export const AI_IDN: number | undefined = maybe("AI_IDN");
/** `getaddrinfo()` flag: linux 128; not on darwin, windows. */
export const AI_CANONIDN: number | undefined = maybe("AI_CANONIDN");
/** The port must be numeric: no lookup; `getaddrinfo()` flag: linux 1024, darwin 4096, windows 8. */
export const AI_NUMERICSERV: number = defined("AI_NUMERICSERV");
/** Room for a host name; `getnameinfo()` buffer size: linux 1025, darwin 1025, windows 1025. */
export const NI_MAXHOST: number = defined("NI_MAXHOST");
/** Room for a service name; `getnameinfo()` buffer size: linux 32, darwin 32, windows 32. */
export const NI_MAXSERV: number = defined("NI_MAXSERV");
/** The host as a number; `getnameinfo()` flag: linux 1, darwin 2, windows 2. */
export const NI_NUMERICHOST: number = defined("NI_NUMERICHOST");
/** The port as a number; `getnameinfo()` flag: linux 2, darwin 8, windows 8. */
export const NI_NUMERICSERV: number = defined("NI_NUMERICSERV");
/** The host's name without its domain; `getnameinfo()` flag: linux 4, darwin 1, windows 1. */
export const NI_NOFQDN: number = defined("NI_NOFQDN");
/** Fail when the host has no name; `getnameinfo()` flag: linux 8, darwin 4, windows 4. */
export const NI_NAMEREQD: number = defined("NI_NAMEREQD");
/** The service is datagram-based; `getnameinfo()` flag: linux 16, darwin 16, windows 16. */
export const NI_DGRAM: number = defined("NI_DGRAM");
/** `getnameinfo()` flag: linux 32; not on darwin, windows. */
export const NI_IDN: number | undefined = maybe("NI_IDN");
/** Size of an address's text, NUL included: darwin 16; not on linux, windows. */
export const INET_ADDRSTRLEN: number | undefined = maybe("INET_ADDRSTRLEN");
/** Size of an address's text, NUL included: darwin 46; not on linux, windows. */
export const INET6_ADDRSTRLEN: number | undefined = maybe("INET6_ADDRSTRLEN");
/** `h_errno` value: `herror`'s errno: darwin -1; not on linux, windows. */
export const NETDB_INTERNAL: number | undefined = maybe("NETDB_INTERNAL");
/** `h_errno` value: `herror`'s errno: darwin 0; not on linux, windows. */
export const NETDB_SUCCESS: number | undefined = maybe("NETDB_SUCCESS");
/** Unknown host; `h_errno` value: `herror`'s errno: darwin 1; not on linux, windows. */
export const HOST_NOT_FOUND: number | undefined = maybe("HOST_NOT_FOUND");
/** Temporary failure; `h_errno` value: `herror`'s errno: darwin 2; not on linux, windows. */
export const TRY_AGAIN: number | undefined = maybe("TRY_AGAIN");
/** Non-recoverable failure; `h_errno` value: `herror`'s errno: darwin 3; not on linux, windows. */
export const NO_RECOVERY: number | undefined = maybe("NO_RECOVERY");
/** The name has no address; `h_errno` value: `herror`'s errno: darwin 4; not on linux, windows. */
export const NO_DATA: number | undefined = maybe("NO_DATA");
/** The name has no address; `h_errno` value: `herror`'s errno: darwin 4; not on linux, windows. */
export const NO_ADDRESS: number | undefined = maybe("NO_ADDRESS");
/** `getaddrinfo()` error: `gaierror`'s errno: darwin 12; not on linux, windows. */
export const EAI_BADHINTS: number | undefined = maybe("EAI_BADHINTS");
/** `getaddrinfo()` error: `gaierror`'s errno: darwin 13; not on linux, windows. */
export const EAI_PROTOCOL: number | undefined = maybe("EAI_PROTOCOL");
/** `getaddrinfo()` error: `gaierror`'s errno: darwin 15; not on linux, windows. */
export const EAI_MAX: number | undefined = maybe("EAI_MAX");
/** `getaddrinfo()` flag: darwin 5127; not on linux, windows. */
export const AI_MASK: number | undefined = maybe("AI_MASK");
/** `getaddrinfo()` flag: darwin 512; not on linux, windows. */
export const AI_V4MAPPED_CFG: number | undefined = maybe("AI_V4MAPPED_CFG");
/** `getaddrinfo()` flag: darwin 1536; not on linux, windows. */
export const AI_DEFAULT: number | undefined = maybe("AI_DEFAULT");
/** `getaddrinfo()` flag: darwin 268435456; not on linux, windows. */
export const AI_UNUSABLE: number | undefined = maybe("AI_UNUSABLE");
/** `getnameinfo()` flag: darwin 256; not on linux, windows. */
export const NI_NUMERICSCOPE: number | undefined = maybe("NI_NUMERICSCOPE");
/** `getnameinfo()` flag: darwin 32; not on linux, windows. */
export const NI_WITHSCOPEID: number | undefined = maybe("NI_WITHSCOPEID");
/** `getaddrinfo()` flag: windows 16384; not on linux, darwin. */
export const AI_NON_AUTHORITATIVE: number | undefined = maybe(
  "AI_NON_AUTHORITATIVE",
);
/** `getaddrinfo()` flag: windows 32768; not on linux, darwin. */
export const AI_SECURE: number | undefined = maybe("AI_SECURE");
/** `getaddrinfo()` flag: windows 65536; not on linux, darwin. */
export const AI_RETURN_PREFERRED_NAMES: number | undefined = maybe(
  "AI_RETURN_PREFERRED_NAMES",
);
/** `getaddrinfo()` flag: windows 131072; not on linux, darwin. */
export const AI_FQDN: number | undefined = maybe("AI_FQDN");
/** `getaddrinfo()` flag: windows 262144; not on linux, darwin. */
export const AI_FILESERVER: number | undefined = maybe("AI_FILESERVER");
/** `getaddrinfo()` flag: windows 524288; not on linux, darwin. */
export const AI_DISABLE_IDN_ENCODING: number | undefined = maybe(
  "AI_DISABLE_IDN_ENCODING",
);
