/**
 * Packing `struct msghdr` for `sendmsg(2)`/`recvmsg(2)`, with ancillary
 * data (`cmsghdr`s) aligned as the platform's CMSG macros align them.
 *
 * @module
 */
import { addressOf } from "../ffi/mod.ts";
import { errno, layout, type LayoutOf, layouts } from "../platform/mod.ts";
import { described, LITTLE_ENDIAN } from "../address/_struct.ts";
import type { Field } from "../platform/types.ts";
import {
  INT_MAX,
  INT_MIN,
  intArg,
  isArray,
  iterableArg,
  toBytes,
} from "./_data.ts";
import { errorFromErrno } from "./errors.ts";

/**
 * One ancillary data item: `[cmsg_level, cmsg_type, cmsg_data]`.
 *
 * @example Passing a descriptor
 * ```ts
 * import { type Ancillary, SCM_RIGHTS, SOL_SOCKET } from "@berkeley/socket";
 * if (SCM_RIGHTS !== undefined) { // not on Windows
 *   const item: Ancillary = [SOL_SOCKET, SCM_RIGHTS, new Uint8Array(new Int32Array([0]).buffer)];
 *   console.log(item[2].length); // 4: one descriptor
 * }
 * ```
 */
export type Ancillary = [level: number, type: number, data: Uint8Array];

// No msghdr (Windows): sendmsg/recvmsg raise EOPNOTSUPP, as Winsock has no
// sendmsg(2)/recvmsg(2) and CPython offers neither there.
const MSG: LayoutOf<"msghdr"> | undefined = layouts.msghdr
  ? layout("msghdr")
  : undefined;
const IOV: LayoutOf<"iovec"> | undefined = layouts.iovec
  ? layout("iovec")
  : undefined;
const CMSG = layout("cmsghdr");
// CMSG_ALIGN rounds to the alignment of cmsg_len's slot, which is where the
// next field starts: 8 on Linux (glibc's size_t, musl's padded int alike)
// and Windows, 4 on BSD and macOS.
const ALIGN = CMSG.fields.cmsg_level[0];
const HEADER = align(CMSG.size);

/**
 * The largest value stored in a `socklen_t` (CPython's SOCKLEN_T_LIMIT):
 * `CMSG_LEN()` and `CMSG_SPACE()` results beyond it are OverflowError
 * there, RangeError here.
 */
const SOCKLEN_T_LIMIT = 0x7fffffff;

function align(n: number): number {
  return Math.ceil(n / ALIGN) * ALIGN;
}

/**
 * `CMSG_SPACE(length)`: the room one ancillary item carrying `length` bytes
 * takes in a control buffer (for `recvmsg`'s `ancbufsize`).
 *
 * @example Room for two descriptors
 * ```ts
 * import { CMSG_SPACE } from "@berkeley/socket";
 * console.log(CMSG_SPACE(2 * 4)); // 24 on Linux
 * ```
 */
export function CMSG_SPACE(length: number): number {
  const n = intArg(length, "CMSG_SPACE(): length", -(2 ** 53), 2 ** 53);
  // CPython: the padding before and after the data must fit too.
  if (n < 0 || n > SOCKLEN_T_LIMIT - space(1)) {
    throw new RangeError(`CMSG_SPACE() argument out of range, got ${n}`);
  }
  return space(n);
}

/**
 * `CMSG_LEN(length)`: the `cmsg_len` of an ancillary item carrying `length`
 * bytes.
 *
 * @example The header plus one descriptor
 * ```ts
 * import { CMSG_LEN } from "@berkeley/socket";
 * console.log(CMSG_LEN(4)); // 20 on Linux
 * ```
 */
export function CMSG_LEN(length: number): number {
  const n = intArg(length, "CMSG_LEN(): length", -(2 ** 53), 2 ** 53);
  if (n < 0 || n > SOCKLEN_T_LIMIT - HEADER) {
    throw new RangeError(`CMSG_LEN() argument out of range, got ${n}`);
  }
  return HEADER + n;
}

/** `CMSG_SPACE` unchecked, for lengths of data the library holds. */
function space(length: number): number {
  return HEADER + align(length);
}

function put(view: DataView, field: Field, value: number | bigint): void {
  if (field[1] === 8) view.setBigUint64(field[0], BigInt(value), LITTLE_ENDIAN);
  else view.setUint32(field[0], Number(value), LITTLE_ENDIAN);
}

function get(view: DataView, field: Field, at = 0): number {
  return field[1] === 8
    ? Number(view.getBigUint64(at + field[0], LITTLE_ENDIAN))
    : view.getUint32(at + field[0], LITTLE_ENDIAN);
}

/** Memory outside the JavaScript heap, so its address stays put. */
function fixed(size: number): Uint8Array {
  return new Uint8Array(new ArrayBuffer(Math.max(size, 1)));
}

/** A packed msghdr and the memory it points into (kept alive with it). */
export interface PackedMsg {
  readonly header: Uint8Array;
  readonly data: Uint8Array;
  readonly control: Uint8Array;
  readonly name: Uint8Array | null;
}

function packHeader(
  data: Uint8Array,
  segments: readonly number[],
  control: Uint8Array,
  controlLength: number,
  name: Uint8Array | null,
  nameLength: number,
): PackedMsg {
  if (!MSG || !IOV) throw errorFromErrno(errno.EOPNOTSUPP);
  // One iovec per buffer, as CPython passes them: the OS, not the library,
  // answers for an empty list (no iovec) and for more than IOV_MAX buffers
  // (EMSGSIZE).
  const header = fixed(MSG.size + IOV.size * segments.length);
  const view = new DataView(header.buffer);
  const f = MSG.fields;
  const base = addressOf(data);
  let at = 0;
  segments.forEach((length, i) => {
    const iov = new DataView(header.buffer, MSG.size + IOV.size * i, IOV.size);
    put(iov, IOV.fields.iov_base, base + BigInt(at));
    put(iov, IOV.fields.iov_len, length);
    at += length;
  });
  if (name) put(view, f.msg_name, addressOf(name));
  put(view, f.msg_namelen, nameLength);
  if (segments.length > 0) {
    put(view, f.msg_iov, addressOf(header) + BigInt(MSG.size));
  }
  put(view, f.msg_iovlen, segments.length);
  if (controlLength > 0) put(view, f.msg_control, addressOf(control));
  put(view, f.msg_controllen, controlLength);
  return { header, data, control, name };
}

/**
 * What `sendmsg` sends, converted: the data joined (each buffer's length in
 * `segments`), the control framed.
 */
export interface SendMsgParts {
  readonly data: Uint8Array;
  readonly segments: readonly number[];
  readonly control: Uint8Array;
  readonly controlLength: number;
}

/**
 * Converts `sendmsg`'s buffers and ancillary items (the caller's iterators
 * and getters run here, before the address is packed and the descriptor
 * taken): the buffers joined, each one's length kept, each ancillary item
 * framed.
 */
export function sendMsgParts(
  buffers: Iterable<ArrayBufferView | ArrayBuffer | string>,
  ancdata: Iterable<Ancillary>,
): SendMsgParts {
  const parts = iterableArg<unknown>(buffers, "sendmsg(): buffers").map((b) =>
    toBytes(b, "sendmsg()")
  );
  const segments = parts.map((p) => p.byteLength);
  const total = segments.reduce((n, length) => n + length, 0);
  const data = fixed(total).subarray(0, total);
  let at = 0;
  for (const p of parts) {
    data.set(p, at);
    at += p.byteLength;
  }
  const items = iterableArg<unknown>(ancdata, "sendmsg(): ancdata").map(
    (item, i) => {
      // Each item is read once and its data copied: a getter of a later
      // item cannot change what an earlier one holds.
      const n: number | null = isArray(item) ? item.length : null;
      const fields = isArray(item) && n === 3
        ? [item[0], item[1], item[2]]
        : null;
      if (!fields) {
        throw new TypeError(
          `sendmsg(): ancillary item ${i} must be [level, type, data], got ${
            n === null
              ? described(item)
              : `an array of ${n} element${n === 1 ? "" : "s"}`
          }`,
        );
      }
      return [
        intArg(
          fields[0],
          `sendmsg(): ancillary item ${i} level`,
          INT_MIN,
          INT_MAX,
        ),
        intArg(
          fields[1],
          `sendmsg(): ancillary item ${i} type`,
          INT_MIN,
          INT_MAX,
        ),
        toBytes(fields[2], "sendmsg()", `ancillary item ${i} data`).slice(),
      ] as const;
    },
  );
  const controlLength = items.reduce(
    (n, it) => n + space(it[2].byteLength),
    0,
  );
  const control = fixed(controlLength);
  const cv = new DataView(control.buffer);
  at = 0;
  for (const [level, type, bytes] of items) {
    const h = new DataView(control.buffer, at, CMSG.size);
    put(h, CMSG.fields.cmsg_len, HEADER + bytes.byteLength);
    cv.setInt32(at + CMSG.fields.cmsg_level[0], level, LITTLE_ENDIAN);
    cv.setInt32(at + CMSG.fields.cmsg_type[0], type, LITTLE_ENDIAN);
    control.set(bytes, at + HEADER);
    at += space(bytes.byteLength);
  }
  return { data, segments, control, controlLength };
}

/** Packs a message to send from its converted parts and its address. */
export function packSendMsg(
  parts: SendMsgParts,
  name: Uint8Array | null,
  nameLength: number,
): PackedMsg {
  const { data, segments, control, controlLength } = parts;
  const nameCopy = name ? fixed(nameLength) : null;
  if (name && nameCopy) nameCopy.set(name.subarray(0, nameLength));
  return packHeader(
    data,
    segments,
    control,
    controlLength,
    nameCopy,
    nameLength,
  );
}

/**
 * Packs an empty message to receive into: `bufsize` bytes, split into one
 * iovec per length of `segments` (`recvmsg_into()`'s buffers).
 */
export function packRecvMsg(
  bufsize: number,
  ancbufsize: number,
  nameSize: number,
  segments: readonly number[] = [bufsize],
): PackedMsg {
  return packHeader(
    fixed(bufsize).subarray(0, bufsize),
    segments,
    fixed(ancbufsize),
    ancbufsize,
    fixed(nameSize),
    nameSize,
  );
}

/** What `recvmsg` received, read back out of the msghdr. */
export function unpackRecvMsg(msg: PackedMsg, received: number): {
  data: Uint8Array<ArrayBuffer>;
  ancdata: Ancillary[];
  flags: number;
  nameLength: number;
} {
  const view = new DataView(msg.header.buffer);
  if (!MSG) throw errorFromErrno(errno.EOPNOTSUPP);
  const f = MSG.fields;
  const controlLength = Math.min(
    get(view, f.msg_controllen),
    msg.control.byteLength,
  );
  const cv = new DataView(msg.control.buffer);
  const ancdata: Ancillary[] = [];
  let at = 0;
  while (at + CMSG.size <= controlLength) {
    const length = get(cv, CMSG.fields.cmsg_len, at);
    if (length < HEADER) break;
    const end = Math.min(at + length, controlLength);
    ancdata.push([
      cv.getInt32(at + CMSG.fields.cmsg_level[0], LITTLE_ENDIAN),
      cv.getInt32(at + CMSG.fields.cmsg_type[0], LITTLE_ENDIAN),
      msg.control.slice(at + HEADER, end),
    ]);
    at += align(length);
  }
  const nameLength = Math.min(
    get(view, f.msg_namelen),
    msg.name?.byteLength ?? 0,
  );
  return {
    data: msg.data.slice(0, received),
    ancdata,
    flags: view.getInt32(f.msg_flags[0], LITTLE_ENDIAN),
    nameLength,
  };
}
