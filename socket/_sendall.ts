/**
 * The body of `SocketType.sendall()`: sends until every byte is sent, each
 * send through the class's timeout helper, the whole call bounded by one
 * deadline. The method, with its documentation, is in `socket.ts`.
 *
 * @module
 */
import { timeout } from "./errors.ts";
import { flagsArg, toBytes } from "./_data.ts";
import { now, opSend, writable } from "./_ops.ts";
import { access } from "./_access.ts";
import type { SocketType } from "./socket.ts";

/** `s.sendall(data, flags)`. */
export function sendall(
  s: SocketType,
  data: ArrayBufferView | ArrayBuffer | string,
  flags: number,
): void {
  const bytes = toBytes(data, "sendall()");
  flags = flagsArg(flags, "sendall()");
  const t = access.timeout(s);
  const deadline = t === null || t === 0 ? -1 : now() + t * 1000;
  const total = bytes.byteLength;
  const sendFlags = flags | access.sendFlags(s);
  let sent = access.call(
    s,
    writable(flags),
    deadline,
    opSend,
    bytes,
    total,
    sendFlags,
  );
  while (sent < total) {
    // The deadline bounds the whole call even when every send makes
    // progress and none waits (CPython checks it before each send).
    if (deadline >= 0 && now() >= deadline) throw new timeout();
    const rest = bytes.subarray(sent);
    sent += access.call(
      s,
      writable(flags),
      deadline,
      opSend,
      rest,
      rest.byteLength,
      sendFlags,
    );
  }
}
