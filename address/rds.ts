/**
 * AF_RDS (Linux, Reliable Datagram Sockets): `[host, port]`, packed as a
 * `struct sockaddr_in` with family AF_INET, as CPython packs it (its
 * `getsockaddrarg` falls through to AF_INET) and as the kernel expects.
 * The kernel returns AF_INET sockaddrs for RDS sockets, which the AF_INET
 * codec decodes.
 *
 * The family is absent on other systems: there `rdsCodec.family` is
 * `undefined` and the codec is not registered.
 *
 * @module
 */
import { constants } from "../platform/mod.ts";
import type { AddressCodec } from "./codec.ts";
import { inetCodec } from "./inet.ts";

/**
 * The AF_RDS codec: `[host, port]`, as AF_INET.
 *
 * @example An RDS datagram over loopback, where the kernel has rds_tcp
 * ```ts
 * import { AF_RDS, error, SOCK_SEQPACKET, socket } from "@berkeley/socket";
 * try {
 *   if (AF_RDS === undefined) throw new error("AF_RDS is not defined here");
 *   using a = socket(AF_RDS, SOCK_SEQPACKET);
 *   using b = socket(AF_RDS, SOCK_SEQPACKET);
 *   a.bind(["127.0.0.1", 0]);
 *   b.bind(["127.0.0.1", 0]);
 *   a.sendto("hello", b.getsockname());
 *   b.settimeout(5);
 *   console.log(b.recvfrom(100)); // [Uint8Array "hello", ["127.0.0.1", port]]
 * } catch (e) {
 *   if (e instanceof error) console.log(e.message); // no rds module
 *   else throw e;
 * }
 * ```
 */
export const rdsCodec: AddressCodec = {
  family: constants.AF_RDS,
  encode: inetCodec.encode,
  decode: inetCodec.decode,
};
