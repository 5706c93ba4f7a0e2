/**
 * The host database: `gethostbyname()`, `gethostbyname_ex()` and
 * `gethostbyaddr()`, as CPython implements them over `getaddrinfo(3)`,
 * `gethostbyname(3)` and `gethostbyaddr(3)`.
 *
 * @module
 */
import {
  cString,
  isNull,
  type Pointer,
  readBytes,
  readCString,
  readPointer,
} from "../ffi/mod.ts";
import { constants, errno, layout, lib } from "../platform/mod.ts";
import { errorFromErrno } from "../socket/errors.ts";
import { described } from "../address/_struct.ts";
import { inet_ntop } from "../address/convert.ts";
import { idnaHost, POINTER_SIZE, readField } from "../address/addrinfo.ts";
import { hostError } from "./_netdb.ts";
import { setipaddr } from "./_setipaddr.ts";
import {
  checkLookup,
  checkReverse,
  isNumericHost,
} from "../socket/permissions.ts";

const HOSTENT = layout("hostent").fields;
const IN4_SIZE = layout("sockaddr_in").fields.sin_addr[1];
const IN6_SIZE = layout("sockaddr_in6").fields.sin6_addr[1];

/** `[hostname, aliaslist, ipaddrlist]`, as `gethostbyname_ex` and `gethostbyaddr` return. */
export type HostEntry = [
  hostname: string,
  aliaslist: string[],
  ipaddrlist: string[],
];

/** A host-name argument, checked and encoded as Python's `idna` codec would. */
function hostArg(value: unknown, method: string, name: string): string {
  if (typeof value !== "string") {
    throw new TypeError(
      `${method}: ${name} must be a string, got ${described(value)}`,
    );
  }
  return idnaHost(value, method);
}

/** The strings of a NULL-terminated `char **` array. */
function stringList(array: Pointer): string[] {
  const out: string[] = [];
  if (isNull(array)) return out; // h_aliases may be NULL
  for (let i = 0;; i++) {
    const item = readPointer(array, i * POINTER_SIZE);
    if (isNull(item)) return out;
    out.push(readCString(item));
  }
}

/** CPython's `gethost_common`: a `struct hostent *` of family `af` to a triple. */
function hostEntry(h: Pointer, af: number): HostEntry {
  if (isNull(h)) throw hostError();
  if (readField(h, HOSTENT.h_addrtype) !== af) {
    throw errorFromErrno(errno.EAFNOSUPPORT);
  }
  const size = af === constants.AF_INET ? IN4_SIZE : IN6_SIZE;
  const addresses: string[] = [];
  const list = readPointer(h, HOSTENT.h_addr_list[0]);
  for (let i = 0; !isNull(list); i++) {
    const item = readPointer(list, i * POINTER_SIZE);
    if (isNull(item)) break;
    addresses.push(inet_ntop(af, readBytes(item, 0, size)));
  }
  return [
    readCString(readPointer(h, HOSTENT.h_name[0])),
    stringList(readPointer(h, HOSTENT.h_aliases[0])),
    addresses,
  ];
}

/**
 * Translates a host name to an IPv4 address string; an IPv4 address is
 * returned in its canonical form, `""` is `"0.0.0.0"` and `"<broadcast>"`
 * is `"255.255.255.255"`. Resolves through `getaddrinfo(3)` for AF_INET
 * only; a failure raises `gaierror`.
 *
 * @example Resolving localhost
 * ```ts
 * import { gethostbyname } from "@berkeley/socket";
 * console.log(gethostbyname("localhost")); // "127.0.0.1"
 * ```
 */
export function gethostbyname(hostname: string): string {
  const name = hostArg(hostname, "gethostbyname()", "hostname");
  checkLookup("gethostbyname()", name);
  const { family, packed } = setipaddr(
    name,
    constants.AF_INET,
    "gethostbyname(): hostname",
  );
  return inet_ntop(family, packed);
}

/**
 * Translates a host name to `[hostname, aliaslist, ipaddrlist]` for IPv4
 * (`gethostbyname(3)`), after resolving it as {@linkcode gethostbyname}
 * does. A resolver failure raises `gaierror`; a host-database failure
 * raises `herror` with `h_errno` and `hstrerror(3)`'s text.
 *
 * @example The primary name and addresses of localhost
 * ```ts
 * import { gethostbyname_ex } from "@berkeley/socket";
 * console.log(gethostbyname_ex("localhost")); // [ "localhost", [], [ "127.0.0.1" ] ]
 * ```
 */
export function gethostbyname_ex(hostname: string): HostEntry {
  const name = hostArg(hostname, "gethostbyname_ex()", "hostname");
  checkLookup("gethostbyname_ex()", name);
  const { family } = setipaddr(
    name,
    constants.AF_INET,
    "gethostbyname_ex(): hostname",
  );
  const h = lib.gethostbyname(cString(name, "gethostbyname_ex(): hostname"));
  return hostEntry(h, family);
}

/**
 * Translates an IPv4 or IPv6 address (or a host name, resolved first) to
 * `[hostname, aliaslist, ipaddrlist]` (`gethostbyaddr(3)`). A resolver
 * failure raises `gaierror`; a host-database failure raises `herror`
 * (`herror(1, "Unknown host")` for an address without a name).
 *
 * @example The name of the loopback address
 * ```ts
 * import { gethostbyaddr } from "@berkeley/socket";
 * const [hostname] = gethostbyaddr("127.0.0.1");
 * console.log(hostname); // "localhost" with a usual /etc/hosts
 * ```
 */
export function gethostbyaddr(ip_address: string): HostEntry {
  const name = hostArg(ip_address, "gethostbyaddr()", "ip_address");
  if (isNumericHost(name)) checkReverse("gethostbyaddr()", name);
  else checkLookup("gethostbyaddr()", name);
  const { family, packed } = setipaddr(
    name,
    constants.AF_UNSPEC,
    "gethostbyaddr(): ip_address",
  );
  const h = lib.gethostbyaddr(packed, packed.byteLength, family);
  return hostEntry(h, family);
}
