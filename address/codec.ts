/**
 * The interface every address family's codec implements, and the buffer a
 * sockaddr is packed into.
 *
 * @module
 */
import type { Address } from "./types.ts";

export type { Address } from "./types.ts";

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
  /** `length` as the host's `uint32_t` (`socklen_t` is in host order). */
  readonly #length: Uint32Array = new Uint32Array(this.length.buffer);
  /** `bytes` as 8-byte words, to zero them in a few stores. */
  readonly #words: Float64Array;

  /** Allocates `size` bytes (the platform's `sockaddr_storage`). */
  constructor(size: number) {
    this.bytes = new Uint8Array(size);
    this.view = new DataView(this.bytes.buffer);
    this.#words = new Float64Array(this.bytes.buffer, 0, size >> 3);
  }

  /**
   * Prepares for a call that writes an address: zeroes the bytes (a kernel
   * that writes none, as Winsock's `recvfrom` on a stream, then leaves no
   * stale address behind) and sets the length to the buffer's full size.
   */
  resetLength(): void {
    // +0 is eight zero bytes: a few stores cost less than fill()'s call.
    const words = this.#words;
    for (let i = 0; i < words.length; i++) words[i] = 0;
    const bytes = this.bytes;
    for (let i = words.length << 3; i < bytes.length; i++) bytes[i] = 0;
    this.#length[0] = bytes.byteLength;
  }

  /** The length the kernel wrote back, clamped to the buffer. */
  returnedLength(): number {
    const n = this.#length[0]!;
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
