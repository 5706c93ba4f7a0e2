/**
 * Run by `socket_ipv6_scope_test.ts` inside a network namespace whose veth
 * pair v0/v1 carries fe80::1 (v0) and fe80::2 (v1): exercises IPv6
 * link-local addresses with scope ids and prints what it saw as JSON, for
 * the parent test to compare exactly.
 */
import { constants as C } from "../platform/mod.ts";
import {
  AF_INET6,
  error,
  if_nametoindex,
  type Inet6Address,
  socket,
  type SocketType,
} from "../mod.ts";

const out: Record<string, unknown> = {};
const open: SocketType[] = [];

function make(type: number): SocketType<Inet6Address> {
  const s = socket(AF_INET6, type);
  open.push(s);
  return s;
}

function errnoOf(fn: () => unknown): number | string | null {
  try {
    fn();
    return null;
  } catch (e) {
    return e instanceof error ? e.errno ?? e.message : String(e);
  }
}

try {
  const v0 = if_nametoindex("v0");
  const v1 = if_nametoindex("v1");
  out.indexes = [v0, v1];

  // TCP: bind with "%v0", connect with the index in the tuple.
  const l = make(C.SOCK_STREAM);
  l.bind(["fe80::1%v0", 0]);
  l.listen();
  const where = l.getsockname();
  out.listener = where;
  const c = make(C.SOCK_STREAM);
  c.connect(["fe80::1", where[1], 0, v0]);
  const [s, peer] = l.accept();
  open.push(s);
  out.accepted = [peer, c.getsockname()];
  out.peername = c.getpeername();
  c.sendall("over link-local");
  out.data = new TextDecoder().decode(s.recv(64));

  // A numeric zone ("%3") works like the name.
  const d = make(C.SOCK_STREAM);
  d.connect([`fe80::1%${v0}`, where[1]]);
  open.push(l.accept()[0]);
  out.numericZone = d.getpeername();

  // Without a scope, a link-local address is ambiguous: EINVAL.
  out.noScope = errnoOf(() => make(C.SOCK_STREAM).bind(["fe80::1", 0]));
  // fe80::1 is not on v1.
  out.wrongLink = errnoOf(() => make(C.SOCK_STREAM).bind(["fe80::1%v1", 0]));

  // UDP from v1's address to v0's.
  const u = make(C.SOCK_DGRAM);
  u.bind(["fe80::1", 0, 0, v0]);
  const to = u.getsockname();
  const w = make(C.SOCK_DGRAM);
  w.bind(["fe80::2%v1", 0]);
  out.udpSender = w.getsockname();
  w.sendto("dgram", ["fe80::1%v0", to[1]]);
  const [data, from] = u.recvfrom(16);
  out.udp = [new TextDecoder().decode(data), from];
} catch (e) {
  out.failure = String(e);
} finally {
  for (const s of open) s.close();
}
console.log(JSON.stringify(out));
