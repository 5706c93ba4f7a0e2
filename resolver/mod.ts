/**
 * The module-level resolver functions: names, addresses, services,
 * protocols and interfaces.
 *
 * @module
 */
export {
  type AddrinfoAddress,
  type AddrinfoResult,
  getaddrinfo,
} from "./getaddrinfo.ts";
export { getnameinfo } from "./getnameinfo.ts";
export {
  gethostbyaddr,
  gethostbyname,
  gethostbyname_ex,
  type HostEntry,
} from "./hostdb.ts";
export { getfqdn, gethostname, sethostname } from "./hostname.ts";
export { getprotobyname, getservbyname, getservbyport } from "./services.ts";
export { if_indextoname, if_nameindex, if_nametoindex } from "./interfaces.ts";
export { has_ipv6 } from "./has_ipv6.ts";
