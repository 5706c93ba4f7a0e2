/**
 * The sockets a socket makes: `accept()`'s connection and `dup()`'s copy,
 * each adopted over a descriptor the library just made (`_open.ts`). The
 * methods, with their documentation, are in `socket.ts`.
 *
 * @module
 */
import type { Address, PeerAddress } from "../address/mod.ts";
import { constants, lastErrno } from "../platform/mod.ts";
import { errorFromErrno } from "./errors.ts";
import { duplicate, setNonblocking } from "./_sys.ts";
import {
  ADDR,
  attempting,
  opAccept,
  POLLIN,
  switchForAttempt,
} from "./_ops.ts";
import { getdefaulttimeout } from "./_defaults.ts";
import { adoptSocket } from "./_open.ts";
import { access } from "./_access.ts";
import type { SocketType } from "./socket.ts";

/** `s.accept()`. */
export function accept<A extends Address>(
  s: SocketType<A>,
): [SocketType<A>, PeerAddress<A>] {
  const listener = access.live(s);
  const mode = getdefaulttimeout();
  const family = access.family(s);
  // AF_ALG has no peer address: accept() asking for one fails
  // (ECONNABORTED), so, as CPython, ask for none and give null.
  const bare = family === constants.AF_ALG;
  const switched = attempting && switchForAttempt(listener);
  ADDR.resetLength();
  let fd: number;
  try {
    fd = access.call(
      s,
      POLLIN,
      -1,
      opAccept,
      bare ? null : ADDR.bytes,
      bare ? null : ADDR.length,
      mode !== null,
      access.timeout(s) !== null || attempting,
    );
  } finally {
    if (switched) setNonblocking(listener, false);
  }
  const conn = adoptSocket<A>(
    family,
    access.type(s),
    access.proto(s),
    fd,
    mode,
  );
  try {
    // The OS gives an address of the socket's own family.
    const address = bare ? null : access.address(s) as A;
    return [conn, address as PeerAddress<A>];
  } catch (e) {
    conn.close();
    throw e;
  }
}

/** `s.dup()`. */
export function dup<A extends Address>(s: SocketType<A>): SocketType<A> {
  const fd = duplicate(access.live(s));
  if (fd < 0) throw errorFromErrno(lastErrno());
  const timeout = access.timeout(s);
  const copy = adoptSocket<A>(
    access.family(s),
    access.type(s),
    access.proto(s),
    fd,
    timeout,
  );
  try {
    // POSIX shares O_NONBLOCK between duplicates, and so do Wine's
    // WSADuplicateSocketW copies (seen by the sequence fuzz); whatever a
    // platform does, the copy is set to its mode here.
    access.setMode(copy, fd, timeout);
  } catch (e) {
    copy.close();
    throw e;
  }
  return copy;
}
