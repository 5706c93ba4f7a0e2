/**
 * The interface every address family's codec implements, and the buffer a
 * sockaddr is packed into.
 *
 * @module
 */
import type { Address } from "./types.ts";

export type { Address } from "./types.ts";

// socklen_t is in host byte order.
const LITTLE_ENDIAN_HOST: boolean =
  new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * A reusable sockaddr buffer: `sockaddr_storage`-sized bytes, a view over
 * them, and room for a `socklen_t` the kernel writes back.
 */
export class SockaddrBuffer {
  /** The sockaddr bytes. */
  readonly bytes: Uint8Array;
  /** A view over `bytes`. */
  readonly view: DataView;
  /** A `socklen_t` in/out parameter. */
  readonly length: Uint8Array = new Uint8Array(4);
  readonly #lengthView: DataView = new DataView(this.length.buffer);

  /** Allocates `size` bytes (the platform's `sockaddr_storage`). */
  constructor(size: number) {
    this.bytes = new Uint8Array(size);
    this.view = new DataView(this.bytes.buffer);
  }

  /**
   * Prepares for a call that writes an address: zeroes the bytes (a kernel
   * that writes none, as Winsock's `recvfrom` on a stream, then leaves no
   * stale address behind) and sets the length to the buffer's full size.
   */
  resetLength(): void {
    this.bytes.fill(0);
    this.#lengthView.setUint32(0, this.bytes.byteLength, LITTLE_ENDIAN_HOST);
  }

  /** The length the kernel wrote back, clamped to the buffer. */
  returnedLength(): number {
    const n = this.#lengthView.getUint32(0, LITTLE_ENDIAN_HOST);
    return n > this.bytes.byteLength ? this.bytes.byteLength : n;
  }
}

/** Encodes and decodes one address family's sockaddr. */
export interface AddressCodec {
  /** The family number (`AF_INET`, ...); `undefined` where the OS lacks it. */
  readonly family: number | undefined;
  /**
   * Packs `address` into `out` (zeroed first) and returns the sockaddr
   * length. `method` names the caller in errors (`"bind()"`); `proto` is
   * the socket's protocol, for the families whose address shape depends on
   * it (AF_CAN, AF_BLUETOOTH), as in CPython's `getsockaddrarg`.
   */
  encode(
    address: unknown,
    out: SockaddrBuffer,
    method: string,
    proto?: number,
  ): number;
  /**
   * Unpacks a sockaddr of `length` bytes that the kernel returned for a
   * socket of protocol `proto` (CPython's `makesockaddr`).
   */
  decode(buf: SockaddrBuffer, length: number, proto?: number): Address;
}
