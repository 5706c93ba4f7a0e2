/**
 * `socketpair()` where the platform has none (Windows): CPython's
 * `socket._fallback_socketpair`, two TCP sockets connected over loopback.
 * The sockets are made through the class's access (`_access.ts`), so that
 * `async.ts`, which makes the reactor's wake-up pair with it, does not
 * import `socket.ts` (no import circle through `streams.ts`).
 *
 * @module
 */
import { constants, errno } from "../platform/mod.ts";
import { error } from "./errors.ts";
import { access } from "./_access.ts";
import type { SocketType } from "./socket.ts";

const C = constants;

/** What a non-blocking `connect()` may fail with while it goes on. */
const PENDING = new Set([
  errno.EWOULDBLOCK,
  errno.EAGAIN,
  errno.EINPROGRESS,
  errno.EINTR,
]);

function sameAddress(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) {
    return false;
  }
  return a.every((v, i) => v === b[i]);
}

/**
 * A connected pair of TCP sockets over loopback (`127.0.0.1` or `::1`), as
 * CPython's socket.py builds it where `socketpair(2)` is missing: a
 * listening socket on port 0, a non-blocking connect, an accept, and a
 * check that each end's peer is the other end (`error("Unexpected peer
 * connection")` otherwise). Both ends take the default timeout, as a
 * `socketpair(2)` pair does (CPython's leaves one end blocking). Only AF_INET or AF_INET6, SOCK_STREAM and
 * protocol 0 are accepted (`RangeError`, Python's ValueError, otherwise).
 *
 * @example A pair on Windows
 * ```ts ignore
 * import { loopbackPair } from "./_loopback_pair.ts";
 * const [a, b] = loopbackPair(2, 1, 0); // AF_INET, SOCK_STREAM
 * ```
 */
export function loopbackPair(
  family: number,
  type: number,
  proto: number,
): [SocketType, SocketType] {
  let host: string;
  if (family === C.AF_INET) host = "127.0.0.1";
  else if (family === C.AF_INET6) host = "::1";
  else {
    throw new RangeError(
      `socketpair(): only AF_INET and AF_INET6 socket address families are supported, got ${family}`,
    );
  }
  if (type !== C.SOCK_STREAM) {
    throw new RangeError(
      `socketpair(): only SOCK_STREAM socket type is supported, got ${type}`,
    );
  }
  if (proto !== 0) {
    throw new RangeError(
      `socketpair(): only protocol zero is supported, got ${proto}`,
    );
  }
  let ssock: SocketType;
  let csock: SocketType;
  const lsock = access.create(family, type, proto);
  try {
    // Blocking whatever the default timeout: accept() waits for csock.
    lsock.setblocking(true);
    lsock.bind([host, 0]);
    lsock.listen();
    const [addr, port] = lsock.getsockname() as [string, number];
    csock = access.create(family, type, proto);
    try {
      // CPython sets csock blocking afterwards, losing the default timeout;
      // here it gets its mode back, as ssock (from accept()) has it.
      const mode = csock.gettimeout();
      csock.setblocking(false);
      try {
        csock.connect([addr, port]);
      } catch (e) {
        if (!(e instanceof error) || !PENDING.has(e.errno!)) throw e;
      }
      csock.settimeout(mode);
      [ssock] = lsock.accept();
    } catch (e) {
      csock.close();
      throw e;
    }
  } finally {
    lsock.close();
  }
  // Something else could have connected to the port first: check the peers.
  try {
    if (
      !sameAddress(ssock.getsockname(), csock.getpeername()) ||
      !sameAddress(csock.getsockname(), ssock.getpeername())
    ) {
      throw new error("Unexpected peer connection");
    }
  } catch (e) {
    ssock.close();
    csock.close();
    throw e;
  }
  return [ssock, csock];
}
