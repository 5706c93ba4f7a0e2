/**
 * Further constants of the C headers.
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
 * ARP; ethernet frame type (EtherType, net/ethernet.h): linux 2054, darwin 2054; not on windows.
 *
 * @example Read a constant the platform may lack
 * ```ts
 * import { IF_NAMESIZE } from "@berkeley/socket";
 * console.log(IF_NAMESIZE ?? 16); // an interface name's size, NUL included
 * ```
 */
export const ETHERTYPE_ARP: number | undefined = maybe("ETHERTYPE_ARP");
/** IPv4; ethernet frame type (EtherType, net/ethernet.h): linux 2048, darwin 2048; not on windows. */
export const ETHERTYPE_IP: number | undefined = maybe("ETHERTYPE_IP");
/** IPv6; ethernet frame type (EtherType, net/ethernet.h): linux 34525, darwin 34525; not on windows. */
export const ETHERTYPE_IPV6: number | undefined = maybe("ETHERTYPE_IPV6");
/** IEEE 802.1Q VLAN tag; ethernet frame type (EtherType, net/ethernet.h): linux 33024, darwin 33024; not on windows. */
export const ETHERTYPE_VLAN: number | undefined = maybe("ETHERTYPE_VLAN");
/** Constant of the C headers: linux 10; not on darwin, windows. */
export const UDPLITE_SEND_CSCOV: number | undefined = maybe(
  "UDPLITE_SEND_CSCOV",
);
/** Constant of the C headers: linux 11; not on darwin, windows. */
export const UDPLITE_RECV_CSCOV: number | undefined = maybe(
  "UDPLITE_RECV_CSCOV",
);
/** Kernel control protocol of AF_SYSTEM sockets (macOS); constant of the C headers: darwin 2; not on linux, windows. */
export const SYSPROTO_CONTROL: number | undefined = maybe("SYSPROTO_CONTROL");
/** AF_HYPERV option: connect timeout in milliseconds; constant of Windows' hvsocket.h (Hyper-V sockets): windows 1; not on linux, darwin. */
export const HVSOCKET_CONNECT_TIMEOUT: number | undefined = maybe(
  "HVSOCKET_CONNECT_TIMEOUT",
);
/** Largest `HVSOCKET_CONNECT_TIMEOUT`; constant of Windows' hvsocket.h (Hyper-V sockets): windows 300000; not on linux, darwin. */
export const HVSOCKET_CONNECT_TIMEOUT_MAX: number | undefined = maybe(
  "HVSOCKET_CONNECT_TIMEOUT_MAX",
);
/** AF_HYPERV option: keep the connection over a VM suspend; constant of Windows' hvsocket.h (Hyper-V sockets): windows 4; not on linux, darwin. */
export const HVSOCKET_CONNECTED_SUSPEND: number | undefined = maybe(
  "HVSOCKET_CONNECTED_SUSPEND",
);
/** The AF_HYPERV protocol (`socket()`'s third argument); constant of Windows' hvsocket.h (Hyper-V sockets): windows 1; not on linux, darwin. */
export const HV_PROTOCOL_RAW: number | undefined = maybe("HV_PROTOCOL_RAW");
/** AF_HYPERV address flag: pass-through; constant of Windows' hvsocket.h (Hyper-V sockets): windows 1; not on linux, darwin. */
export const HVSOCKET_ADDRESS_FLAG_PASSTHRU: number | undefined = maybe(
  "HVSOCKET_ADDRESS_FLAG_PASSTHRU",
);
