/**
 * The bodies of `SocketType`'s option calls: `getsockopt()`,
 * `setsockopt()` and `ioctl()`. Each checks its arguments, takes the
 * descriptor, and passes a C `int` (or the caller's bytes) to the call.
 * The methods, with their documentation, are in `socket.ts`.
 *
 * @module
 */
import { LITTLE_ENDIAN } from "../address/_struct.ts";
import {
  features,
  ioctl as ioctlCall,
  ioctls,
  lastErrno,
  lib,
} from "../platform/mod.ts";
import { error, errorFromErrno } from "./errors.ts";
import { INT_MAX, INT_MIN, intArg, ioctlArgs, toBytes } from "./_data.ts";
import {
  OPT,
  OPT_LEN,
  OPT_LEN_VIEW,
  OPT_ROOM,
  OPT_VIEW,
  readInt,
} from "./_ops.ts";
import { access } from "./_access.ts";
import type { SocketType } from "./socket.ts";

/** `s.getsockopt(level, optname, buflen)`. */
export function getsockopt(
  s: SocketType,
  level: number,
  optname: number,
  buflen: number | undefined,
): number | Uint8Array<ArrayBuffer> {
  level = intArg(level, "getsockopt(): level", INT_MIN, INT_MAX);
  optname = intArg(optname, "getsockopt(): optname", INT_MIN, INT_MAX);
  if (buflen !== undefined) {
    buflen = intArg(buflen, "getsockopt(): buflen", INT_MIN, INT_MAX);
    if (buflen <= 0 || buflen > 1024) {
      throw new error(`getsockopt buflen out of range, got ${buflen}`);
    }
  }
  const fd = access.live(s);
  const lenView = OPT_LEN_VIEW;
  if (buflen === undefined) {
    lenView.setUint32(0, 4, LITTLE_ENDIAN);
    OPT.fill(0);
    if (lib.getsockopt(fd, level, optname, OPT, OPT_LEN) !== 0) {
      throw errorFromErrno(lastErrno());
    }
    return readInt(OPT);
  }
  // C is told `buflen` bytes and gets at least OPT_ROOM (Wine writes more).
  const out = new Uint8Array(Math.max(buflen, OPT_ROOM));
  lenView.setUint32(0, buflen, LITTLE_ENDIAN);
  if (lib.getsockopt(fd, level, optname, out, OPT_LEN) !== 0) {
    throw errorFromErrno(lastErrno());
  }
  const got = lenView.getUint32(0, LITTLE_ENDIAN);
  return out.slice(0, Math.min(got, buflen));
}

/** `s.setsockopt(level, optname, value, optlen)`. */
export function setsockopt(
  s: SocketType,
  level: number,
  optname: number,
  value: number | boolean | ArrayBufferView | ArrayBuffer | null,
  optlen: number | undefined,
): void {
  level = intArg(level, "setsockopt(): level", INT_MIN, INT_MAX);
  optname = intArg(optname, "setsockopt(): optname", INT_MIN, INT_MAX);
  if (value === null) {
    optlen = intArg(optlen, "setsockopt(): optlen", 0, 0xffffffff);
    const fd = access.live(s);
    // Under Wine a NULL of length 0 can be read (see setsockoptEmptyNull):
    // there C gets an empty value in OPT instead, as for b"".
    const empty = optlen === 0 && !features.setsockoptEmptyNull;
    if (empty) OPT.fill(0);
    if (lib.setsockopt(fd, level, optname, empty ? OPT : null, optlen) !== 0) {
      throw errorFromErrno(lastErrno());
    }
    return;
  }
  if (optlen !== undefined) {
    throw new TypeError(
      "setsockopt(): optlen is taken only with a null value, got a value",
    );
  }
  let n = 0;
  let bytes: Uint8Array | null = null;
  if (typeof value === "number" || typeof value === "boolean") {
    n = typeof value === "boolean"
      ? Number(value)
      : intArg(value, "setsockopt(): value", INT_MIN, INT_MAX);
  } else {
    bytes = toBytes(value, "setsockopt()", "value");
  }
  const fd = access.live(s);
  // A value shorter than OPT_ROOM goes to C in OPT, zeroed after it: Wine
  // reads a DWORD for some options whatever the length (see OPT_ROOM).
  const size = bytes === null ? 4 : bytes.byteLength;
  const given = bytes !== null && size >= OPT_ROOM ? bytes : OPT;
  if (given === OPT) {
    OPT.fill(0);
    if (bytes === null) OPT_VIEW.setInt32(0, n, LITTLE_ENDIAN);
    else OPT.set(bytes);
  }
  if (lib.setsockopt(fd, level, optname, given, size) !== 0) {
    throw errorFromErrno(lastErrno());
  }
}

/** `s.ioctl(control, option)`. */
export function ioctl(
  s: SocketType,
  control: number,
  option: number | readonly [number, number, number] = 0,
): number {
  const [spec, argp] = ioctlArgs(ioctls, control, option);
  const fd = access.live(s);
  if (spec.option === "mode") {
    s.setblocking(argp.every((b) => b === 0));
    return 0;
  }
  const returned = new Uint8Array(4);
  if (ioctlCall(fd, control, argp, returned) !== 0) {
    throw errorFromErrno(lastErrno());
  }
  switch (spec.result) {
    case "int":
      return readInt(argp);
    case "ulong":
      return new DataView(argp.buffer).getUint32(0, LITTLE_ENDIAN);
    case "returned":
      return new DataView(returned.buffer).getUint32(0, LITTLE_ENDIAN);
    case "zero":
      return 0;
  }
}
