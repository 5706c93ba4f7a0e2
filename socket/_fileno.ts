/**
 * What a descriptor handed to `SocketType(family, type, proto, fileno)`
 * is: checked to be a socket before anything is done to it, and its
 * family, type and protocol read from it where the caller left them out,
 * as CPython 3.7+ does.
 *
 * @module
 */
import { LITTLE_ENDIAN, readFamily } from "../address/_struct.ts";
import { constants, errno, lastErrno, layout, lib } from "../platform/mod.ts";
import { errorFromErrno } from "./errors.ts";

const C = constants;
const STORAGE = layout("sockaddr_storage");
const name = new Uint8Array(STORAGE.size);
const nameView = new DataView(name.buffer);
const len = new Uint8Array(4);
const lenView = new DataView(len.buffer);
const value = new Uint8Array(4);
const valueView = new DataView(value.buffer);

/** An integer socket option of `fd`, or the errno as a thrown `error`. */
function intOption(fd: number, option: number): number {
  lenView.setUint32(0, 4, LITTLE_ENDIAN);
  valueView.setInt32(0, 0, LITTLE_ENDIAN);
  if (lib.getsockopt(fd, C.SOL_SOCKET, option, value, len) !== 0) {
    throw errorFromErrno(lastErrno());
  }
  return valueView.getInt32(0, LITTLE_ENDIAN);
}

/**
 * `[family, type, proto]` of socket descriptor `fd`, each taken from the
 * argument when given, else read from the descriptor: the family from
 * `SO_DOMAIN` (or `getsockname`'s family where the OS lacks it), the type
 * from `SO_TYPE`, the protocol from `SO_PROTOCOL` (0 where the OS lacks
 * it). A descriptor that is not a socket (or not open) raises ENOTSOCK
 * (EBADF) before anything else is done with it.
 */
export function describeSocket(
  fd: number,
  family: number | undefined,
  type: number | undefined,
  proto: number | undefined,
): [number, number, number] {
  name.fill(0);
  lenView.setUint32(0, name.byteLength, LITTLE_ENDIAN);
  let named = false;
  if (lib.getsockname(fd, name, len) === 0) {
    named = true;
  } else {
    const err = lastErrno();
    // An unbound socket has no name on Windows (WSAEINVAL); a socket that
    // has none at all (AF_ALG) neither: only these two mean "no socket".
    if (err === errno.ENOTSOCK || err === errno.EBADF) {
      throw errorFromErrno(err);
    }
    if (family === undefined && C.SO_DOMAIN === undefined) {
      throw errorFromErrno(err);
    }
  }
  if (family === undefined) {
    family = C.SO_DOMAIN !== undefined
      ? intOption(fd, C.SO_DOMAIN)
      : named
      ? readFamily(nameView)
      : 0;
  }
  type ??= intOption(fd, C.SO_TYPE);
  proto ??= C.SO_PROTOCOL !== undefined ? intOption(fd, C.SO_PROTOCOL) : 0;
  return [family, type, proto];
}
