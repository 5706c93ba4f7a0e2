/**
 * `has_ipv6`: whether this machine can create IPv6 sockets.
 *
 * @module
 */
import { constants, features, lib } from "../platform/mod.ts";

/** Creates and closes an AF_INET6 datagram socket; true when that works. */
function probeIPv6(): boolean {
  const family = constants.AF_INET6;
  if (family === undefined) return false;
  const fd = lib.socket(family, constants.SOCK_DGRAM, 0);
  // An int descriptor fails as -1; a Windows SOCKET as INVALID_SOCKET (~0).
  const valid = features.handleIsPointer
    ? fd >= 0 && fd < 2 ** 64 - 1
    : fd >= 0;
  if (!valid) return false;
  (lib[features.closeSymbol] as (fd: number) => number)(fd);
  return true;
}

/**
 * True when IPv6 is supported here: an AF_INET6 socket can be created
 * (checked once, when the module loads).
 *
 * @example Choosing a family
 * ```ts
 * import { AF_INET, AF_INET6, has_ipv6 } from "@berkeley/socket";
 * const family = has_ipv6 ? AF_INET6 : AF_INET;
 * ```
 */
export const has_ipv6: boolean = probeIPv6();
