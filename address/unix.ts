/**
 * AF_UNIX: a path ↔ `struct sockaddr_un`. On Linux a name starting with
 * `"\0"` is abstract: its length counts no terminating NUL.
 *
 * @module
 */
import { constants, features, layout } from "../platform/mod.ts";
import { error } from "../socket/errors.ts";
import type { AddressCodec, SockaddrBuffer } from "./codec.ts";
import { described, writeFamily } from "./_struct.ts";
import { checkWellFormed } from "../ffi/mod.ts";

const L = layout("sockaddr_un");
const PATH_AT = L.fields.sun_path[0];
const PATH_SIZE = L.fields.sun_path[1];
const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * A name as Python 3 gives it: a string when the bytes are UTF-8, else
 * the bytes themselves (a `Uint8Array`), so that every name the kernel
 * returns can be passed back to `bind()` or `connect()` unchanged.
 */
function nameOf(bytes: Uint8Array): string | Uint8Array {
  try {
    return decoder.decode(bytes);
  } catch {
    return bytes.slice();
  }
}

/** The UTF-8 bytes of an AF_UNIX address given as a string or bytes. */
function pathBytes(address: unknown, method: string): Uint8Array {
  if (typeof address === "string") {
    checkWellFormed(address, `${method}: AF_UNIX path`);
    return encoder.encode(address);
  }
  if (address instanceof Uint8Array) return address;
  throw new TypeError(
    `${method}: AF_UNIX address must be a string or a bytes-like object, got ${
      described(address)
    }`,
  );
}

/** The AF_UNIX codec. */
export const unixCodec: AddressCodec = {
  family: constants.AF_UNIX,
  encode(address: unknown, out: SockaddrBuffer, method: string): number {
    const path = pathBytes(address, method);
    const abstract = features.abstractUnix &&
      (path.length === 0 || path[0] === 0);
    // A path needs room for its NUL; an abstract name does not.
    const room = abstract ? PATH_SIZE : PATH_SIZE - 1;
    if (path.length > room) {
      throw new error(
        `${method}: AF_UNIX path too long (${path.length} bytes, at most ${room})`,
      );
    }
    if (!abstract && path.includes(0)) {
      throw new TypeError(`${method}: AF_UNIX path must not contain NUL`);
    }
    out.bytes.fill(0, 0, L.size);
    out.bytes.set(path, PATH_AT);
    const length = PATH_AT + path.length + (abstract ? 0 : 1);
    writeFamily(out.view, constants.AF_UNIX, length);
    return length;
  },
  decode(buf: SockaddrBuffer, length: number): string | Uint8Array {
    const end = Math.min(length, PATH_AT + PATH_SIZE);
    if (end <= PATH_AT) return "";
    const bytes = buf.bytes.subarray(PATH_AT, end);
    if (features.abstractUnix && bytes[0] === 0) {
      return nameOf(bytes);
    }
    const nul = bytes.indexOf(0);
    return nameOf(nul >= 0 ? bytes.subarray(0, nul) : bytes);
  },
};
