/**
 * What the resolver functions share beyond `address/addrinfo.ts`:
 * sockaddr decoding for their results and the `herror` builder.
 *
 * @module
 */
import { hstrerror, lastHErrno, layout } from "../platform/mod.ts";
import { herror } from "../socket/errors.ts";
import { type Address, decodeAddress, SockaddrBuffer } from "../address/mod.ts";

const STORAGE_SIZE = layout("sockaddr_storage").size;

/** `herror` for the current `h_errno`, with `hstrerror(3)`'s text. */
export function hostError(): herror {
  const code = lastHErrno();
  return new herror(code, hstrerror(code));
}

/**
 * Decodes sockaddr bytes as Python's `makesockaddr` does: `[host, port]`
 * for AF_INET, `[host, port, flowinfo, scope_id]` for AF_INET6.
 */
export function decodeSockaddr(bytes: Uint8Array): Address | null {
  const buf = new SockaddrBuffer(STORAGE_SIZE);
  buf.bytes.set(bytes);
  return decodeAddress(buf, bytes.length);
}
