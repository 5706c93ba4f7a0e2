/**
 * Host names inside socket addresses, as CPython's `setipaddr` resolves
 * them: the first address `getaddrinfo(3)` gives for the family.
 *
 * @module
 */
import { cString } from "../ffi/mod.ts";
import { constants, layout } from "../platform/mod.ts";
import { error } from "../socket/errors.ts";
import { addrinfo, idnaHost } from "./addrinfo.ts";
import { LITTLE_ENDIAN, readFamily } from "./_struct.ts";

const IN4_ADDR = layout("sockaddr_in").fields.sin_addr;
const IN6 = layout("sockaddr_in6").fields;

/** A resolved host: its packed address and, for IPv6, its scope id. */
export interface ResolvedHost {
  /** 4 bytes (AF_INET) or 16 bytes (AF_INET6), network order. */
  readonly packed: Uint8Array;
  /** The IPv6 scope id (0 for IPv4). */
  readonly scopeId: number;
}

/**
 * Resolves `host` for `family` and returns the first address; a failure
 * raises `gaierror`. Host names are checked as `getaddrinfo()` checks them.
 */
export function resolveHostFull(host: string, family: number): ResolvedHost {
  const node = cString(idnaHost(host, "getaddrinfo()"), "getaddrinfo(): host");
  const [first] = addrinfo(node, null, { family });
  if (!first) throw new RangeError(`${host} resolved to no address`);
  const sa = first.sockaddr;
  const view = new DataView(sa.buffer, sa.byteOffset, sa.byteLength);
  const got = readFamily(view);
  const [at, size] = got === constants.AF_INET
    ? IN4_ADDR
    : got === constants.AF_INET6
    ? IN6.sin6_addr
    : [0, -1];
  if (size < 0 || sa.byteLength < at + size) {
    throw new error(
      `getaddrinfo returned a sockaddr of family ${got} and ${sa.byteLength} bytes`,
    );
  }
  const scopeAt = IN6.sin6_scope_id[0];
  return {
    packed: sa.slice(at, at + size),
    scopeId: got === constants.AF_INET6 && sa.byteLength >= scopeAt + 4
      ? view.getUint32(scopeAt, LITTLE_ENDIAN)
      : 0,
  };
}

/** The packed address of `host` for `family` (first result). */
export function resolveHost(host: string, family: number): Uint8Array {
  return resolveHostFull(host, family).packed;
}
