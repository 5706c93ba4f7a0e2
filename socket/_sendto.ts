/**
 * sendto()'s destination, packed once and reused while each call names the
 * same address again: a UDP client sending to one peer packs it once.
 *
 * @module
 */
import { addressArg } from "./_data.ts";
import { access } from "./_access.ts";
import { ADDR, STORAGE } from "./_ops.ts";
import type { SocketType } from "./socket.ts";

/** One socket's last `sendto()` address, packed. */
export class SendtoAddress {
  /** The packed sockaddr of the last address. */
  readonly bytes: Uint8Array = new Uint8Array(STORAGE);
  /** Its length in `bytes`. */
  length = 0;
  /**
   * The last address as given, where it can be compared: a copy of a tuple
   * of strings and numbers, or a string; otherwise `null` (packed anew).
   */
  #key: unknown = null;

  /**
   * Packs `address` for `s` into `bytes`, unless it is the last address
   * again, and returns the packed length. The address is copied out of the
   * caller's array first, then compared, so no caller code runs between the
   * comparison and the send.
   */
  pack(s: SocketType, address: unknown): number {
    const key = this.#key;
    // The last tuple's items come back as that tuple itself: no copy.
    const target = addressArg(
      address,
      "sendto()",
      Array.isArray(key) ? key : null,
    );
    if (target === key && key !== null) return this.length;
    const len = access.encode(s, target, "sendto()");
    this.bytes.set(ADDR.bytes.subarray(0, len));
    this.length = len;
    // Strings are immutable and tuples of strings and numbers are copied;
    // an address holding bytes (AF_PACKET's addr) is packed on every call.
    // A host or interface name is looked up again when the tuple changes.
    this.#key = Array.isArray(target) &&
        target.every((item) => typeof item !== "object")
      ? [...target]
      : typeof target === "string"
      ? target
      : null;
    return len;
  }
}
