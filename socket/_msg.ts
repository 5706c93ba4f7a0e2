/**
 * The bodies of `SocketType`'s message calls, Python 3's `sendmsg()`,
 * `sendmsg_afalg()`, `recvmsg()` and `recvmsg_into()`: each checks its
 * arguments, packs a `struct msghdr` (`ancillary.ts`), makes one call
 * through the class's timeout helper and unpacks the result. The methods,
 * with their documentation, are in `socket.ts`.
 *
 * @module
 */
import { type Address, decodeAddress } from "../address/mod.ts";
import { described, LITTLE_ENDIAN } from "../address/_struct.ts";
import { constants, errno } from "../platform/mod.ts";
import { errorFromErrno } from "./errors.ts";
import {
  flagsArg,
  INT_MAX,
  INT_MIN,
  intArg,
  iterableArg,
  revoked,
  toBytes,
  toWritable,
} from "./_data.ts";
import {
  type Ancillary,
  packRecvMsg,
  packSendMsg,
  sendMsgParts,
  unpackRecvMsg,
} from "./ancillary.ts";
import {
  ADDR,
  opRecvmsg,
  opSendmsg,
  readable,
  STORAGE,
  writable,
} from "./_ops.ts";
import { access } from "./_access.ts";
import type { SocketType } from "./socket.ts";

/** `sendmsg_afalg()`'s keyword arguments, as Python's. */
export interface AfalgOptions {
  /** ALG_OP_ENCRYPT, ALG_OP_DECRYPT, ... (required). */
  op: number;
  /** The initialization vector. */
  iv?: ArrayBufferView | ArrayBuffer;
  /** The AEAD associated data length (0 or more). */
  assoclen?: number;
  /** sendmsg() flags. */
  flags?: number;
}

/** `s.sendmsg(buffers, ancdata, flags, address)`. */
export function sendmsg(
  s: SocketType,
  buffers: Iterable<ArrayBufferView | ArrayBuffer | string>,
  ancdata: Iterable<Ancillary> = [],
  flags: number = 0,
  address?: unknown,
): number {
  flags = flagsArg(flags, "sendmsg()");
  const parts = sendMsgParts(buffers, ancdata);
  // No address: `undefined`, or `null` as Python's None.
  const nameLength = address === undefined || address === null
    ? 0
    : access.encode(s, address, "sendmsg()");
  access.live(s); // EBADF before a platform without sendmsg says EOPNOTSUPP
  const msg = packSendMsg(
    parts,
    nameLength ? ADDR.bytes : null,
    nameLength,
  );
  return access.call(
    s,
    writable(flags),
    -1,
    opSendmsg,
    msg.header,
    flags | access.sendFlags(s),
  );
}

/** `s.sendmsg_afalg(msgs, options)`. */
export function sendmsgAfalg(
  s: SocketType,
  msgs:
    | Iterable<ArrayBufferView | ArrayBuffer | string>
    | AfalgOptions
    | undefined,
  options: AfalgOptions | undefined,
): number {
  if (revoked(msgs) || revoked(options)) {
    throw new TypeError("sendmsg_afalg(): an argument is a revoked Proxy");
  }
  let buffers: Iterable<ArrayBufferView | ArrayBuffer | string> = [];
  let opts = options;
  if (
    msgs !== undefined && msgs !== null && typeof msgs === "object" &&
    !(Symbol.iterator in msgs)
  ) {
    if (options !== undefined) {
      throw new TypeError(
        `sendmsg_afalg(): msgs must be an iterable of buffers, got ${
          described(msgs)
        }`,
      );
    }
    opts = msgs;
  } else if (msgs !== undefined) {
    buffers = msgs;
  }
  if (opts === undefined || opts === null || typeof opts !== "object") {
    throw new TypeError("Invalid or missing argument 'op'");
  }
  const { op, iv, assoclen, flags = 0 } = opts;
  if (typeof op !== "number" || !Number.isInteger(op) || op < 0) {
    throw new TypeError("Invalid or missing argument 'op'");
  }
  intArg(op, "sendmsg_afalg(): op", 0, INT_MAX);
  if (assoclen !== undefined) {
    intArg(assoclen, "sendmsg_afalg(): assoclen", INT_MIN, INT_MAX);
    if (assoclen < 0) {
      throw new TypeError("assoclen must be positive");
    }
  }
  flagsArg(flags, "sendmsg_afalg()");
  const ivBytes = iv === undefined ? null : toBytes(iv, "sendmsg_afalg()");
  const level = constants.SOL_ALG;
  if (level === undefined) throw errorFromErrno(errno.EOPNOTSUPP);
  // struct af_alg_iv { __u32 ivlen; __u8 iv[]; } and __u32 values, in
  // host order.
  function u32(n: number, extra = 0): Uint8Array {
    const b = new Uint8Array(4 + extra);
    new DataView(b.buffer).setUint32(0, n, LITTLE_ENDIAN);
    return b;
  }
  const ancdata: Ancillary[] = [
    [level, constants.ALG_SET_OP ?? 3, u32(op)],
  ];
  if (ivBytes) {
    const data = u32(ivBytes.byteLength, ivBytes.byteLength);
    data.set(ivBytes, 4);
    ancdata.push([level, constants.ALG_SET_IV ?? 2, data]);
  }
  if (assoclen !== undefined) {
    ancdata.push([
      level,
      constants.ALG_SET_AEAD_ASSOCLEN ?? 4,
      u32(assoclen),
    ]);
  }
  return s.sendmsg(buffers, ancdata, flags);
}

/** `s.recvmsg(bufsize, ancbufsize, flags)`. */
export function recvmsg<A extends Address>(
  s: SocketType<A>,
  bufsize: number,
  ancbufsize: number = 0,
  flags: number = 0,
): [Uint8Array<ArrayBuffer>, Ancillary[], number, A | null] {
  bufsize = intArg(bufsize, "recvmsg(): bufsize", 0, INT_MAX);
  ancbufsize = intArg(ancbufsize, "recvmsg(): ancbufsize", 0, INT_MAX);
  flags = flagsArg(flags, "recvmsg()");
  access.live(s); // EBADF before a platform without recvmsg says EOPNOTSUPP
  const [, result, address] = receiveMessage(s, bufsize, ancbufsize, flags);
  return [result.data, result.ancdata, result.flags, address];
}

/**
 * One `recvmsg(2)` of up to `size` bytes (in one iovec per length of
 * `segments`) and `ancbufsize` bytes of ancillary data, through the
 * socket's timeout helper: the count, the unpacked message, and the
 * sender's address (`null` where there is none).
 */
function receiveMessage<A extends Address>(
  s: SocketType<A>,
  size: number,
  ancbufsize: number,
  flags: number,
  segments: readonly number[] = [size],
): [number, ReturnType<typeof unpackRecvMsg>, A | null] {
  const msg = packRecvMsg(size, ancbufsize, STORAGE, segments);
  const n = access.call(
    s,
    readable(flags),
    -1,
    opRecvmsg,
    msg.header,
    flags,
  );
  const result = unpackRecvMsg(msg, n);
  ADDR.bytes.set(msg.name!.subarray(0, result.nameLength));
  const address = decodeAddress(
    ADDR,
    result.nameLength,
    access.proto(s),
  ) as A | null;
  return [n, result, address];
}

/** `s.recvmsg_into(buffers, ancbufsize, flags)`. */
export function recvmsgInto<A extends Address>(
  s: SocketType<A>,
  buffers: Iterable<ArrayBufferView | ArrayBuffer>,
  ancbufsize: number = 0,
  flags: number = 0,
): [number, Ancillary[], number, A | null] {
  const views = iterableArg<unknown>(buffers, "recvmsg_into(): buffers")
    .map((b) => toWritable(b, "recvmsg_into()"));
  ancbufsize = intArg(ancbufsize, "recvmsg_into(): ancbufsize", 0, INT_MAX);
  flags = flagsArg(flags, "recvmsg_into()");
  access.live(s); // EBADF before a platform without recvmsg says EOPNOTSUPP
  // One iovec per buffer, as CPython's (none for an empty list); what lies
  // beyond INT_MAX bytes in all is left out.
  let total = 0;
  const segments = views.map((v) => {
    const length = Math.min(v.byteLength, INT_MAX - total);
    total += length;
    return length;
  });
  const [n, result, address] = receiveMessage(
    s,
    total,
    ancbufsize,
    flags,
    segments,
  );
  let at = 0;
  for (const view of views) {
    if (at >= n) break;
    const part = result.data.subarray(at, at + view.byteLength);
    view.set(part);
    at += part.byteLength;
  }
  return [n, result.ancdata, result.flags, address];
}
