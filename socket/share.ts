/**
 * `socket.share()` and `socket.fromshare()` (Python 3.3+, Windows only):
 * a socket handed to another process as the bytes of a
 * `WSAPROTOCOL_INFOW`, and recreated from them.
 *
 * @module
 */
import { closeHandle } from "./_sys.ts";
import {
  errno,
  lastErrno,
  layouts,
  os,
  shareSocket,
  socketFromShare,
} from "../platform/mod.ts";
import { described, LITTLE_ENDIAN } from "../address/_struct.ts";
import { bytesView, intArg } from "./_data.ts";
import { error, errorFromErrno } from "./errors.ts";
import type { SocketType } from "./socket.ts";
import { adoptSocket } from "./_open.ts";
import type { Address } from "../address/mod.ts";

/** The size of the shared data: `sizeof(WSAPROTOCOL_INFOW)` (Windows). */
const INFO = layouts.WSAPROTOCOL_INFOW;

/** The error of calling a Windows-only function elsewhere. */
function windowsOnly(name: string): error {
  return new error(
    errno.EOPNOTSUPP,
    `${name} exists only on Windows (WSADuplicateSocketW), not on ${os}`,
  );
}

/**
 * `sock.share(process_id)`: the bytes process `process_id` passes to
 * {@linkcode fromshare} to get its own socket for `s`
 * (`WSADuplicateSocketW`). Used by `SocketType.share()`.
 */
export function shareOf(
  s: SocketType,
  processId: unknown,
): Uint8Array<ArrayBuffer> {
  const pid = intArg(processId, "share(): process_id", 0, 0xffffffff);
  if (!INFO) throw windowsOnly("share()");
  const fd = s.fileno();
  if (fd < 0) throw errorFromErrno(errno.EBADF);
  const info = new Uint8Array(INFO.size);
  const rc = shareSocket(fd, pid, info);
  if (rc === null) throw windowsOnly("share()");
  if (rc !== 0) throw errorFromErrno(lastErrno());
  return info;
}

/**
 * A socket from the bytes another process (or this one) got from
 * `sock.share(pid)` for this process, as Python's `socket.fromshare()`
 * (Windows only; elsewhere it raises EOPNOTSUPP). `info` is any
 * bytes-like object (a `Uint8Array`, another `ArrayBufferView`, an
 * `ArrayBuffer`) of exactly `sizeof(WSAPROTOCOL_INFOW)` bytes. Its family,
 * type and protocol are the shared socket's.
 *
 * @example Sharing a socket with this very process
 * ```ts
 * import process from "node:process";
 * import { errno, error, fromshare, socket } from "@berkeley/socket";
 * using s = socket();
 * try {
 *   using copy = fromshare(s.share(process.pid));
 *   console.log(copy.family === s.family); // true (Windows)
 * } catch (e) {
 *   if (!(e instanceof error) || e.errno !== errno.EOPNOTSUPP) throw e;
 *   console.log("share() and fromshare() are Windows-only");
 * }
 * ```
 */
export function fromshare(
  info: ArrayBufferView | ArrayBuffer,
): SocketType<Address> {
  // A genuine view, measured by the engine: a Proxy or an imitation of a
  // Uint8Array could claim any size and hand C a shorter buffer.
  const bytes = bytesView(info, "fromshare(): info");
  if (bytes === null) {
    throw new TypeError(
      `fromshare(): info must be bytes, got ${described(info)}`,
    );
  }
  if (!INFO) throw windowsOnly("fromshare()");
  if (bytes.byteLength !== INFO.size) {
    throw new RangeError(
      `fromshare(): info must be ${INFO.size} bytes (a WSAPROTOCOL_INFOW), got ${bytes.byteLength} bytes`,
    );
  }
  const copy = new Uint8Array(bytes); // C reads a buffer no one else can change
  const fd = socketFromShare(copy);
  if (fd === null) throw windowsOnly("fromshare()");
  if (fd >= 2 ** 63) throw errorFromErrno(lastErrno());
  const view = new DataView(copy.buffer);
  const field = (name: string): number =>
    view.getInt32(INFO.fields[name]?.[0] ?? 0, LITTLE_ENDIAN);
  try {
    return adoptSocket(
      field("iAddressFamily"),
      field("iSocketType"),
      field("iProtocol"),
      fd,
    );
  } catch (e) {
    closeHandle(fd);
    throw e;
  }
}
