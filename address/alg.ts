/**
 * AF_ALG (Linux, the kernel's crypto API): `[type, name, feat?, mask?]` ↔
 * `struct sockaddr_alg`, as CPython packs it: `type` (`"hash"`,
 * `"skcipher"`, `"aead"`, ...) and `name` (`"sha256"`, `"cbc(aes)"`) are
 * NUL-terminated in fixed arrays (13 and 63 bytes at most, else
 * RangeError, CPython's "AF_ALG type too long." ValueError); `feat` and
 * `mask` default to 0.
 *
 * The kernel gives no address back for AF_ALG sockets (`getsockname`
 * fails, `accept` returns none), so decoding only serves a sockaddr a
 * program built itself; it gives all four elements.
 *
 * The family is absent on other systems: there `algCodec.family` is
 * `undefined` and the codec is not registered.
 *
 * @module
 */
import { constants, layout, type LayoutOf } from "../platform/mod.ts";
import type { AddressCodec, SockaddrBuffer } from "./codec.ts";
import type { AlgAddress } from "./types.ts";
import {
  checkRange,
  described,
  LITTLE_ENDIAN,
  writeFamily,
} from "./_struct.ts";

let cached: LayoutOf<"sockaddr_alg"> | undefined;

/** `struct sockaddr_alg`, looked up on first use (Linux only). */
function alg(): LayoutOf<"sockaddr_alg"> {
  return cached ??= layout("sockaddr_alg");
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** UTF-8 of `value`, a string without NUL shorter than `size` bytes. */
function fixedString(
  value: unknown,
  size: number,
  what: string,
  method: string,
): Uint8Array {
  if (typeof value !== "string") {
    throw new TypeError(
      `${method}: AF_ALG ${what} must be a string, got ${described(value)}`,
    );
  }
  if (value.includes("\0")) {
    throw new TypeError(`${method}: AF_ALG ${what} must not contain NUL`);
  }
  const bytes = encoder.encode(value);
  if (bytes.length >= size) {
    throw new RangeError(
      `${method}: AF_ALG ${what} too long, got ${bytes.length} bytes (at most ${
        size - 1
      })`,
    );
  }
  return bytes;
}

/** The string in `bytes` up to its first NUL. */
function untilNul(bytes: Uint8Array): string {
  const end = bytes.indexOf(0);
  return decoder.decode(end < 0 ? bytes : bytes.subarray(0, end));
}

/**
 * The AF_ALG codec: `[type, name, feat?, mask?]`.
 *
 * @example SHA-256 through the kernel, where it has AF_ALG
 * ```ts
 * import { AF_ALG, error, SOCK_SEQPACKET, socket } from "@berkeley/socket";
 * try {
 *   if (AF_ALG === undefined) throw new error("AF_ALG is not defined here");
 *   using alg = socket(AF_ALG, SOCK_SEQPACKET);
 *   alg.bind(["hash", "sha256"]);
 *   const [op] = alg.accept();
 *   op.sendall("abc");
 *   console.log(op.recv(32)); // ba7816bf...
 *   op.close();
 * } catch (e) {
 *   if (e instanceof error) console.log(e.message); // no af_alg module
 *   else throw e;
 * }
 * ```
 *
 * @example Packing an address by hand
 * ```ts
 * import { SockaddrBuffer } from "./codec.ts";
 * import { algCodec } from "./alg.ts";
 * const buf = new SockaddrBuffer(128);
 * const length = algCodec.encode(["skcipher", "cbc(aes)"], buf, "bind()");
 * console.log(length, algCodec.decode(buf, length)); // 88 ["skcipher", "cbc(aes)", 0, 0]
 * ```
 */
export const algCodec: AddressCodec = {
  family: constants.AF_ALG,
  encode(address: unknown, out: SockaddrBuffer, method: string): number {
    if (!Array.isArray(address)) {
      throw new TypeError(
        `${method}: AF_ALG address must be an array, got ${described(address)}`,
      );
    }
    if (address.length < 2 || address.length > 4) {
      throw new TypeError(
        `${method}: AF_ALG address must be an array [type, name, feat?, mask?], got ${address.length} elements`,
      );
    }
    const L = alg();
    const f = L.fields;
    const type = fixedString(address[0], f.salg_type[1], "type", method);
    const name = fixedString(address[1], f.salg_name[1], "name", method);
    const feat = address.length > 2
      ? checkRange(address[2], `${method}: feat`, 0, 0xffffffff)
      : 0;
    const mask = address.length > 3
      ? checkRange(address[3], `${method}: mask`, 0, 0xffffffff)
      : 0;
    out.bytes.fill(0, 0, L.size);
    writeFamily(out.view, constants.AF_ALG, L.size);
    out.bytes.set(type, f.salg_type[0]);
    out.bytes.set(name, f.salg_name[0]);
    out.view.setUint32(f.salg_feat[0], feat, LITTLE_ENDIAN);
    out.view.setUint32(f.salg_mask[0], mask, LITTLE_ENDIAN);
    return L.size;
  },
  decode(buf: SockaddrBuffer, length: number): AlgAddress {
    const f = alg().fields;
    function field(at: readonly [number, number]): Uint8Array {
      return buf.bytes.subarray(at[0], Math.min(at[0] + at[1], length));
    }
    function u32(at: readonly [number, number]): number {
      return at[0] + at[1] <= length
        ? buf.view.getUint32(at[0], LITTLE_ENDIAN)
        : 0;
    }
    return [
      untilNul(field(f.salg_type)),
      untilNul(field(f.salg_name)),
      u32(f.salg_feat),
      u32(f.salg_mask),
    ];
  },
};
