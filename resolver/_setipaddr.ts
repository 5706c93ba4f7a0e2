/**
 * CPython's `setipaddr`: a host name or a numeric address to one packed
 * address, as `gethostbyname()`, `gethostbyname_ex()` and `gethostbyaddr()`
 * resolve their argument first.
 *
 * @module
 */
import { cString } from "../ffi/mod.ts";
import { constants, layout, lib } from "../platform/mod.ts";
import { error } from "../socket/errors.ts";
import { readFamily } from "../address/_struct.ts";
import { addrinfo } from "../address/addrinfo.ts";

const IN4_ADDR = layout("sockaddr_in").fields.sin_addr;
const IN6_ADDR = layout("sockaddr_in6").fields.sin6_addr;

/** A packed address and its family. */
export interface PackedAddress {
  /** `AF_INET` or `AF_INET6`. */
  readonly family: number;
  /** 4 or 16 bytes, network order. */
  readonly packed: Uint8Array;
}

/** The packed address inside sockaddr bytes `sa`, by its own family field. */
function unpack(sa: Uint8Array, unknownFamily: string): PackedAddress {
  const family = readFamily(
    new DataView(sa.buffer, sa.byteOffset, sa.byteLength),
  );
  const [at, size] = family === constants.AF_INET
    ? IN4_ADDR
    : family === constants.AF_INET6
    ? IN6_ADDR
    : [0, -1];
  if (size < 0) throw new error(unknownFamily);
  if (sa.byteLength < at + size) {
    throw new error(
      `getaddrinfo returned a sockaddr of ${sa.byteLength} bytes`,
    );
  }
  return { family, packed: sa.slice(at, at + size) };
}

/**
 * Resolves `name` (already checked as a host name) for `family`
 * (`AF_INET`, `AF_INET6` or `AF_UNSPEC`): `""` is the wildcard address,
 * `"<broadcast>"` and `"255.255.255.255"` the IPv4 broadcast address, a
 * numeric address is parsed without a lookup, and anything else goes to
 * `getaddrinfo(3)`, whose first result is taken. `what` names the argument
 * in errors.
 */
export function setipaddr(
  name: string,
  family: number,
  what: string,
): PackedAddress {
  if (name === "") {
    const found = addrinfo(null, cString("0"), {
      family,
      socktype: constants.SOCK_DGRAM, // any type: only the address is used
      flags: constants.AI_PASSIVE,
    });
    const first = found[0];
    if (
      !first ||
      first.family !== constants.AF_INET && first.family !== constants.AF_INET6
    ) {
      throw new error("unsupported address family");
    }
    if (found.length > 1) {
      throw new error("wildcard resolved to multiple address");
    }
    return unpack(first.sockaddr, "unsupported address family");
  }
  if (name === "255.255.255.255" || name === "<broadcast>") {
    if (family !== constants.AF_INET && family !== constants.AF_UNSPEC) {
      throw new error("address family mismatched");
    }
    return {
      family: constants.AF_INET,
      packed: new Uint8Array([255, 255, 255, 255]),
    };
  }
  const text = cString(name, what);
  if (family === constants.AF_UNSPEC || family === constants.AF_INET) {
    const packed = new Uint8Array(IN4_ADDR[1]);
    if (lib.inet_pton(constants.AF_INET, text, packed) > 0) {
      return { family: constants.AF_INET, packed };
    }
  }
  if (
    (family === constants.AF_UNSPEC || family === constants.AF_INET6) &&
    !name.includes("%") // a scope needs getaddrinfo to map an interface name
  ) {
    const packed = new Uint8Array(IN6_ADDR[1]);
    if (lib.inet_pton(constants.AF_INET6, text, packed) > 0) {
      return { family: constants.AF_INET6, packed };
    }
  }
  const [first] = addrinfo(text, null, { family });
  if (!first) throw new error("unknown address family");
  return unpack(first.sockaddr, "unknown address family");
}
