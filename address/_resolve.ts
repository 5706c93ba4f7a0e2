/**
 * Host names inside socket addresses, as CPython's `setipaddr` resolves
 * them: the first address `getaddrinfo` gives for the family.
 *
 * @module
 */
import { getaddrinfo } from "../resolver/getaddrinfo.ts";
import { inet_pton } from "./convert.ts";

/** A resolved host: its packed address and, for IPv6, its scope id. */
export interface ResolvedHost {
  /** 4 bytes (AF_INET) or 16 bytes (AF_INET6), network order. */
  readonly packed: Uint8Array;
  /** The IPv6 scope id (0 for IPv4). */
  readonly scopeId: number;
}

/**
 * Resolves `host` for `family` and returns the first address; a failure
 * raises `gaierror`.
 */
export function resolveHostFull(host: string, family: number): ResolvedHost {
  const [first] = getaddrinfo(host, null, family);
  if (!first) throw new RangeError(`${host} resolved to no address`);
  const sockaddr = first[4];
  return {
    packed: inet_pton(first[0], sockaddr[0]),
    scopeId: sockaddr.length === 4 ? sockaddr[3] : 0,
  };
}

/** The packed address of `host` for `family` (first result). */
export function resolveHost(host: string, family: number): Uint8Array {
  return resolveHostFull(host, family).packed;
}
