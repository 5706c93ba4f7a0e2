/**
 * The `getaddrinfo(3)` call and the walk over its list, its error
 * (`gaierror`), and Python's IDNA checks on host names: the one way the
 * library asks the C resolver for addresses. Host names inside socket
 * addresses (`_resolve.ts`) resolve through it, and so do the resolver
 * functions above (`resolver/`).
 *
 * @module
 */
import {
  isNull,
  type Pointer,
  pointerIn,
  readBytes,
  readCString,
  readI32,
  readPointer,
} from "../ffi/mod.ts";
import { constants, gaiStrerror, layout, lib } from "../platform/mod.ts";
import type { Field } from "../platform/mod.ts";
import { error, gaierror, lastError } from "../socket/errors.ts";
import { LITTLE_ENDIAN } from "./_struct.ts";

const AI = layout("addrinfo");
const STORAGE_SIZE = layout("sockaddr_storage").size;

/** A 4-byte field's offset; the layouts are facts, but this code reads int32s. */
function int32At(field: Field): number {
  if (field[1] !== 4) {
    throw new Error(`Expected a 4-byte field, got ${field[1]} bytes`);
  }
  return field[0];
}

const AI_FLAGS = int32At(AI.fields.ai_flags);
const AI_FAMILY = int32At(AI.fields.ai_family);
const AI_SOCKTYPE = int32At(AI.fields.ai_socktype);
const AI_PROTOCOL = int32At(AI.fields.ai_protocol);
// socklen_t (4 bytes) on Linux and macOS, size_t (8) on Windows.
const AI_ADDRLEN = AI.fields.ai_addrlen;
const AI_ADDR = AI.fields.ai_addr[0];
const AI_CANONNAME = AI.fields.ai_canonname[0];
const AI_NEXT = AI.fields.ai_next[0];

/**
 * Reads the integer field `field` (`[offset, size]`) of the struct at `p`
 * by its size in the platform's layout: 1, 2 and 4 bytes signed (`short
 * h_length` on Windows, `int` elsewhere), 8 bytes unsigned (`size_t`).
 */
export function readField(p: Pointer, field: Field): number {
  const [at, size] = field;
  if (size === 4) return readI32(p, at);
  const bytes = readBytes(p, at, size);
  const view = new DataView(bytes.buffer);
  if (size === 2) return view.getInt16(0, LITTLE_ENDIAN);
  if (size === 1) return view.getInt8(0);
  if (size === 8) return Number(view.getBigUint64(0, LITTLE_ENDIAN));
  throw new Error(`Cannot read a ${size}-byte integer field`);
}

/** The size of a C pointer, as the layouts give it. */
export const POINTER_SIZE: number = AI.fields.ai_next[1];

/** One `struct addrinfo`, copied out of C memory. */
export interface AddrinfoRecord {
  /** `ai_family`. */
  readonly family: number;
  /** `ai_socktype`. */
  readonly socktype: number;
  /** `ai_protocol`. */
  readonly protocol: number;
  /** `ai_canonname`, or `""` when NULL. */
  readonly canonname: string;
  /** The `ai_addrlen` bytes at `ai_addr`. */
  readonly sockaddr: Uint8Array;
}

/** The hints of one `getaddrinfo(3)` call. */
export interface Hints {
  readonly family?: number;
  readonly socktype?: number;
  readonly protocol?: number;
  readonly flags?: number;
}

/**
 * The error for a failed `getaddrinfo(3)`/`getnameinfo(3)`: `gaierror`
 * with `gai_strerror(3)`'s text, or, for `EAI_SYSTEM`, `error` with errno.
 * Call it right after the failing call: errno is read first.
 */
export function gaiError(code: number): error {
  if (code === constants.EAI_SYSTEM) return lastError();
  return new gaierror(code, gaiStrerror(code));
}

/**
 * Calls `getaddrinfo(3)` and copies every result out before
 * `freeaddrinfo(3)`. A failure raises {@link gaiError}'s error.
 */
export function addrinfo(
  node: Uint8Array | null,
  service: Uint8Array | null,
  hints: Hints,
): AddrinfoRecord[] {
  const h = new Uint8Array(AI.size);
  const view = new DataView(h.buffer);
  view.setInt32(AI_FLAGS, hints.flags ?? 0, LITTLE_ENDIAN);
  view.setInt32(AI_FAMILY, hints.family ?? 0, LITTLE_ENDIAN);
  view.setInt32(AI_SOCKTYPE, hints.socktype ?? 0, LITTLE_ENDIAN);
  view.setInt32(AI_PROTOCOL, hints.protocol ?? 0, LITTLE_ENDIAN);
  const out = new Uint8Array(POINTER_SIZE);
  const rc = lib.getaddrinfo(node, service, h, out);
  if (rc !== 0) throw gaiError(rc);
  const list = pointerIn(out, 0);
  const records: AddrinfoRecord[] = [];
  try {
    for (let p: Pointer = list; !isNull(p); p = readPointer(p, AI_NEXT)) {
      const addr = readPointer(p, AI_ADDR);
      const length = readField(p, AI_ADDRLEN);
      const canon = readPointer(p, AI_CANONNAME);
      if (length < 0 || length > STORAGE_SIZE) {
        throw new error(`getaddrinfo returned a sockaddr of ${length} bytes`);
      }
      records.push({
        family: readI32(p, AI_FAMILY),
        socktype: readI32(p, AI_SOCKTYPE),
        protocol: readI32(p, AI_PROTOCOL),
        canonname: isNull(canon) ? "" : readCString(canon),
        sockaddr: isNull(addr) ? new Uint8Array(0) : readBytes(addr, 0, length),
      });
    }
  } finally {
    if (!isNull(list)) lib.freeaddrinfo(list);
  }
  return records;
}

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * A host name as Python's `idna` codec checks it before resolving. An ASCII
 * name passes unchanged once its labels are 1-63 characters (the last may
 * be empty: `"localhost."`); otherwise it is a `RangeError` (Python's
 * UnicodeError). A non-ASCII name is passed on as UTF-8: Python's nameprep
 * and punycode are not applied.
 */
export function idnaHost(host: string, what: string): string {
  if (host === "" || NON_ASCII.test(host)) return host;
  const labels = host.split(".");
  for (const label of labels.slice(0, -1)) {
    if (label.length === 0 || label.length >= 64) {
      throw new RangeError(
        `${what}: label empty or too long in host name, got ${
          JSON.stringify(host)
        }`,
      );
    }
  }
  if ((labels.at(-1) ?? "").length >= 64) {
    throw new RangeError(
      `${what}: label too long in host name, got ${JSON.stringify(host)}`,
    );
  }
  return host;
}
