/**
 * Socket addresses: one codec per family, chosen by the socket's family on
 * the way in and by the sockaddr's own family field on the way out, as
 * CPython's `getsockaddrarg` and `makesockaddr` do.
 *
 * @module
 */
import { error } from "../socket/errors.ts";
import type { Address, AddressCodec, SockaddrBuffer } from "./codec.ts";
import { inetCodec } from "./inet.ts";
import { inet6Codec } from "./inet6.ts";
import { unixCodec } from "./unix.ts";
import { netlinkCodec } from "./netlink.ts";
import { tipcCodec } from "./tipc.ts";
import { packetCodec } from "./packet.ts";
import { canCodec } from "./can.ts";
import { algCodec } from "./alg.ts";
import { vsockCodec } from "./vsock.ts";
import { rdsCodec } from "./rds.ts";
import { bluetoothCodec } from "./bluetooth.ts";
import { qipcrtrCodec } from "./qipcrtr.ts";
import { hypervCodec } from "./hyperv.ts";
import { FAMILY_END, readFamily } from "./_struct.ts";

export { type Address, type AddressCodec, SockaddrBuffer } from "./codec.ts";
export type * from "./types.ts";

const codecs = new Map<number, AddressCodec>();

/** Makes a codec available for its family (families the OS lacks are skipped). */
export function registerCodec(codec: AddressCodec): void {
  if (codec.family !== undefined) codecs.set(codec.family, codec);
}

for (
  const codec of [
    inetCodec,
    inet6Codec,
    unixCodec,
    netlinkCodec,
    tipcCodec,
    packetCodec,
    canCodec,
    algCodec,
    vsockCodec,
    rdsCodec,
    bluetoothCodec,
    qipcrtrCodec,
    hypervCodec,
  ]
) {
  registerCodec(codec);
}

/**
 * Packs `address` for a socket of `family` and protocol `proto` into `out`;
 * returns the length. `method` names the caller in errors, as in
 * `"bind(): ..."`.
 */
export function encodeAddress(
  family: number,
  address: unknown,
  out: SockaddrBuffer,
  method: string,
  proto = 0,
): number {
  const codec = codecs.get(family);
  if (!codec) {
    throw new error(`${method}: bad family ${family} for an address`);
  }
  return codec.encode(address, out, method, proto);
}

/**
 * Unpacks the sockaddr of `length` bytes in `buf`, returned for a socket of
 * protocol `proto`. An empty address is `null`; a family without a codec
 * gives `[family, bytes]`.
 */
export function decodeAddress(
  buf: SockaddrBuffer,
  length: number,
  proto = 0,
): Address | null {
  return length < FAMILY_END ? null : decodeByFamilyField(buf, length, proto);
}

/** Unpacks a sockaddr by its own family field (`length` covers it). */
function decodeByFamilyField(
  buf: SockaddrBuffer,
  length: number,
  proto: number,
): Address {
  const family = readFamily(buf.view);
  const codec = codecs.get(family);
  if (!codec) return [family, buf.bytes.slice(FAMILY_END, length)];
  return codec.decode(buf, length, proto);
}

/**
 * Unpacks an address the OS always gives for a socket of `family`
 * (`getsockname`, `getpeername`, `accept`). Should the kernel return fewer
 * bytes than the family field, the socket's own codec decodes them (an
 * unnamed Unix socket is `""`, an IPv4 one `["", 0]`), so the result is
 * never `null`.
 */
export function decodeOwnAddress(
  family: number,
  buf: SockaddrBuffer,
  length: number,
  proto = 0,
): Address {
  if (length >= FAMILY_END) return decodeByFamilyField(buf, length, proto);
  const codec = codecs.get(family);
  return codec ? codec.decode(buf, length, proto) : [family, new Uint8Array(0)];
}
