/**
 * Host names inside socket addresses: CPython's `setipaddr`, the first
 * address `getaddrinfo(3)` gives for the family.
 *
 * @module
 */
import { cString, isNull, pointerIn, readBytes, readCString, readI32, readPointer } from "../ffi/mod.ts";
import { constants, layout, lib } from "../platform/mod.ts";
import { gaierror } from "../socket/errors.ts";
import { LITTLE_ENDIAN } from "./_struct.ts";

const AI = layout("addrinfo").fields;
const IN4 = layout("sockaddr_in").fields;
const IN6 = layout("sockaddr_in6").fields;
const hints = new Uint8Array(layout("addrinfo").size);
const hintsView = new DataView(hints.buffer);
const result = new Uint8Array(8);

/** A resolved host: its packed address and, for IPv6, its scope id. */
export interface ResolvedHost {
  /** 4 bytes (AF_INET) or 16 bytes (AF_INET6), network order. */
  readonly packed: Uint8Array;
  /** The IPv6 scope id (0 for IPv4). */
  readonly scopeId: number;
}

/**
 * Resolves `host` for `family` and returns the first address, as CPython's
 * `setipaddr` does; a failure raises `gaierror`.
 */
export function resolveHostFull(host: string, family: number): ResolvedHost {
  hints.fill(0);
  hintsView.setInt32(AI.ai_family[0], family, LITTLE_ENDIAN);
  const rc = lib.getaddrinfo(cString(host, "host"), null, hints, result);
  if (rc !== 0) {
    throw new gaierror(rc, readCString(lib.gai_strerror(rc)));
  }
  const list = pointerIn(result, 0);
  try {
    const addr = readPointer(list, AI.ai_addr[0]);
    if (isNull(addr)) {
      throw new gaierror(constants.EAI_FAIL, readCString(lib.gai_strerror(constants.EAI_FAIL)));
    }
    const fam = readI32(list, AI.ai_family[0]);
    if (fam === constants.AF_INET6) {
      return {
        packed: readBytes(addr, IN6.sin6_addr[0], 16),
        scopeId: readI32(addr, IN6.sin6_scope_id[0]) >>> 0,
      };
    }
    return { packed: readBytes(addr, IN4.sin_addr[0], 4), scopeId: 0 };
  } finally {
    lib.freeaddrinfo(list);
  }
}

/** The packed address of `host` for `family` (first result). */
export function resolveHost(host: string, family: number): Uint8Array {
  return resolveHostFull(host, family).packed;
}
