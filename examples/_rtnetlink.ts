/**
 * Route netlink (rtnetlink) for the ip_addr example: RTM_GETLINK and
 * RTM_GETADDR dumps over a NETLINK_ROUTE socket, and the parsing of what
 * comes back (`nlmsghdr`, `ifinfomsg`, `ifaddrmsg`, `rtattr`).
 *
 * Struct layouts and the values not in the module's constants were read
 * from <linux/rtnetlink.h>, <linux/if_addr.h> and <linux/if.h> (the test
 * compiles a C probe that checks them).
 *
 * @module
 */
import * as socket from "../mod.ts";
import { formatIPv4, formatIPv6, formatMac } from "./_packet.ts";

// struct nlmsghdr { __u32 nlmsg_len; __u16 nlmsg_type; __u16 nlmsg_flags;
//                   __u32 nlmsg_seq; __u32 nlmsg_pid; };
const NLMSG_HDRLEN: number = socket.NLMSG_HDRLEN ?? 16; // 16 on Linux
// struct ifinfomsg { unsigned char ifi_family; unsigned char __ifi_pad;
//   unsigned short ifi_type; int ifi_index; unsigned ifi_flags;
//   unsigned ifi_change; };  (16 bytes)
/** `sizeof(struct ifinfomsg)`. */
export const IFINFOMSG_SIZE = 16;
// struct ifaddrmsg { __u8 ifa_family; __u8 ifa_prefixlen; __u8 ifa_flags;
//   __u8 ifa_scope; __u32 ifa_index; };  (8 bytes)
/** `sizeof(struct ifaddrmsg)`. */
export const IFADDRMSG_SIZE = 8;
// struct rtattr { unsigned short rta_len; unsigned short rta_type; };
/** `sizeof(struct rtattr)`. */
export const RTA_HDRLEN = 4;
/** <linux/if.h>'s IF_OPER_* (RFC 2863 operational states), by value. */
export const OPER_STATES: readonly string[] = [
  "UNKNOWN",
  "NOTPRESENT",
  "DOWN",
  "LOWERLAYERDOWN",
  "TESTING",
  "DORMANT",
  "UP",
];

/**
 * A constant rtnetlink needs: defined on Linux alone (typed
 * `number | undefined`), so elsewhere this throws instead of passing
 * `undefined` on.
 */
function linux(value: number | undefined): number {
  if (value === undefined) throw new Error("rtnetlink needs Linux");
  return value;
}

/** Netlink integers are in host byte order. */
const LE: boolean = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Rounds `n` up to the netlink alignment (4). */
export function align(n: number): number {
  const to = linux(socket.NLMSG_ALIGNTO); // RTA_ALIGNTO is the same 4
  return (n + to - 1) & ~(to - 1);
}

/** One netlink message: its header fields and its payload. */
export interface NetlinkMessage {
  type: number;
  flags: number;
  seq: number;
  pid: number;
  /** The bytes after the header (`NLMSG_DATA`). */
  payload: Uint8Array;
}

/** A network interface, from an RTM_NEWLINK message. */
export interface Link {
  index: number;
  name: string;
  /** `IFF_*` flags. */
  flags: number;
  /** The ARPHRD_* hardware type. */
  type: number;
  /** IF_OPER_* name (`UP`, `DOWN`, `UNKNOWN`, ...). */
  state: string;
  mtu: number | null;
  /** The hardware address as `aa:bb:...`, or null. */
  mac: string | null;
  /** IFLA_LINK: the peer's index (veth), or null. */
  link: number | null;
  /** IFLA_LINK_NETNSID: set when the peer lives in another namespace. */
  linkNetnsid: number | null;
}

/** An interface address, from an RTM_NEWADDR message. */
export interface InterfaceAddress {
  index: number;
  family: number;
  prefixlen: number;
  /** The local address (IFA_LOCAL, else IFA_ADDRESS) as text. */
  address: string;
  /** The peer of a point-to-point link, when it differs from `address`. */
  peer: string | null;
  scope: number;
  label: string | null;
}

/** An interface with its addresses. */
export interface Interface extends Link {
  addresses: InterfaceAddress[];
}

/**
 * A dump request: `nlmsghdr` (NLM_F_REQUEST | NLM_F_DUMP) followed by an
 * `ifinfomsg` (RTM_GETLINK) or an `ifaddrmsg` (RTM_GETADDR) for `family`
 * (AF_UNSPEC: every family).
 */
export function dumpRequest(
  type: number,
  seq: number,
  family = socket.AF_UNSPEC,
): Uint8Array {
  const body = type === linux(socket.RTM_GETLINK)
    ? IFINFOMSG_SIZE
    : IFADDRMSG_SIZE;
  const request = new Uint8Array(NLMSG_HDRLEN + body);
  const view = new DataView(request.buffer);
  view.setUint32(0, request.length, LE);
  view.setUint16(4, type, LE);
  view.setUint16(6, linux(socket.NLM_F_REQUEST) | linux(socket.NLM_F_DUMP), LE);
  view.setUint32(8, seq, LE);
  view.setUint32(12, 0, LE); // to the kernel
  request[NLMSG_HDRLEN] = family; // ifi_family / ifa_family
  return request;
}

/** Splits a datagram into its netlink messages (stops at a malformed one). */
export function parseMessages(data: Uint8Array): NetlinkMessage[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const out: NetlinkMessage[] = [];
  let at = 0;
  while (at + NLMSG_HDRLEN <= data.length) {
    const length = view.getUint32(at, LE);
    if (length < NLMSG_HDRLEN || at + length > data.length) break;
    out.push({
      type: view.getUint16(at + 4, LE),
      flags: view.getUint16(at + 6, LE),
      seq: view.getUint32(at + 8, LE),
      pid: view.getUint32(at + 12, LE),
      payload: data.subarray(at + NLMSG_HDRLEN, at + length),
    });
    at += align(length);
  }
  return out;
}

/** The attributes (`rtattr`s) in `bytes` from `at`, by type (first wins). */
export function parseAttributes(
  bytes: Uint8Array,
  at: number,
): Map<number, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Map<number, Uint8Array>();
  while (at + RTA_HDRLEN <= bytes.length) {
    const length = view.getUint16(at, LE);
    if (length < RTA_HDRLEN || at + length > bytes.length) break;
    // NLA_F_NESTED and NLA_F_NET_BYTEORDER live in the top two bits.
    const type = view.getUint16(at + 2, LE) & 0x3fff;
    if (!out.has(type)) {
      out.set(type, bytes.subarray(at + RTA_HDRLEN, at + length));
    }
    at += align(length);
  }
  return out;
}

const decoder = new TextDecoder();

/** A NUL-terminated string attribute. */
function attrString(value: Uint8Array | undefined): string | null {
  if (!value) return null;
  const end = value.indexOf(0);
  return decoder.decode(end < 0 ? value : value.subarray(0, end));
}

/** A 32-bit host-order integer attribute. */
function attrU32(value: Uint8Array | undefined): number | null {
  if (!value || value.length < 4) return null;
  return new DataView(value.buffer, value.byteOffset, 4).getUint32(0, LE);
}

/** An address attribute as text (IPv4, IPv6, or hardware). */
function attrAddress(
  value: Uint8Array | undefined,
  family: number,
): string | null {
  if (!value) return null;
  if (family === socket.AF_INET && value.length === 4) return formatIPv4(value);
  if (family === socket.AF_INET6 && value.length === 16) {
    return formatIPv6(value);
  }
  return formatMac(value, 0, value.length);
}

/** Decodes an RTM_NEWLINK payload (`ifinfomsg` + attributes). */
export function parseLink(payload: Uint8Array): Link {
  const view = new DataView(
    payload.buffer,
    payload.byteOffset,
    payload.byteLength,
  );
  const attrs = parseAttributes(payload, align(IFINFOMSG_SIZE));
  const operstate = attrs.get(linux(socket.IFLA_OPERSTATE));
  const index = view.getInt32(4, LE);
  const mac = attrs.get(linux(socket.IFLA_ADDRESS));
  return {
    index,
    name: attrString(attrs.get(linux(socket.IFLA_IFNAME))) ?? `if${index}`,
    flags: view.getUint32(8, LE),
    type: view.getUint16(2, LE),
    state: OPER_STATES[operstate?.[0] ?? -1] ?? "UNKNOWN",
    mtu: attrU32(attrs.get(linux(socket.IFLA_MTU))),
    mac: mac ? formatMac(mac, 0, mac.length) : null,
    link: attrU32(attrs.get(linux(socket.IFLA_LINK))),
    linkNetnsid: attrU32(attrs.get(linux(socket.IFLA_LINK_NETNSID))),
  };
}

/** Decodes an RTM_NEWADDR payload (`ifaddrmsg` + attributes). */
export function parseAddress(payload: Uint8Array): InterfaceAddress {
  const view = new DataView(
    payload.buffer,
    payload.byteOffset,
    payload.byteLength,
  );
  const family = view.getUint8(0);
  const attrs = parseAttributes(payload, align(IFADDRMSG_SIZE));
  const address = attrAddress(attrs.get(linux(socket.IFA_ADDRESS)), family);
  const local = attrAddress(attrs.get(linux(socket.IFA_LOCAL)), family);
  return {
    index: view.getUint32(4, LE),
    family,
    prefixlen: view.getUint8(1),
    address: local ?? address ?? "?",
    peer: local !== null && address !== null && address !== local
      ? address
      : null,
    scope: view.getUint8(3),
    label: attrString(attrs.get(linux(socket.IFA_LABEL))),
  };
}

/**
 * Sends a dump request of `type` on the NETLINK_ROUTE socket `sock` and
 * collects the replies until NLMSG_DONE. An NLMSG_ERROR raises `error`
 * with its errno.
 */
export function dump(
  sock: socket.SocketType,
  type: number,
  seq: number,
): NetlinkMessage[] {
  sock.sendto(dumpRequest(type, seq), [0, 0]);
  const out: NetlinkMessage[] = [];
  for (;;) {
    const data = sock.recv(65536);
    for (const message of parseMessages(data)) {
      if (message.seq !== seq) continue; // not ours
      if (message.type === linux(socket.NLMSG_DONE)) return out;
      if (message.type === linux(socket.NLMSG_ERROR)) {
        const code = -new DataView(
          message.payload.buffer,
          message.payload.byteOffset,
          4,
        )
          .getInt32(0, LE);
        if (code === 0) continue; // an acknowledgement
        throw new socket.error(code, "rtnetlink dump failed");
      }
      out.push(message);
    }
  }
}

/**
 * Every interface of this network namespace with its addresses, in index
 * order: one RTM_GETLINK and one RTM_GETADDR dump.
 */
export function listInterfaces(): Interface[] {
  const AF_NETLINK = socket.AF_NETLINK;
  if (AF_NETLINK === undefined) {
    throw new Error("Listing interfaces needs rtnetlink (AF_NETLINK, Linux)");
  }
  using sock = socket.socket(
    AF_NETLINK,
    socket.SOCK_RAW,
    linux(socket.NETLINK_ROUTE),
  );
  sock.settimeout(5);
  sock.bind([0, 0]);
  const links = dump(sock, linux(socket.RTM_GETLINK), 1)
    .filter((m) => m.type === linux(socket.RTM_NEWLINK))
    .map((m) => ({
      ...parseLink(m.payload),
      addresses: [] as InterfaceAddress[],
    }));
  const byIndex = new Map(links.map((l) => [l.index, l]));
  for (const m of dump(sock, linux(socket.RTM_GETADDR), 2)) {
    if (m.type !== linux(socket.RTM_NEWADDR)) continue;
    const address = parseAddress(m.payload);
    byIndex.get(address.index)?.addresses.push(address);
  }
  return links.sort((a, b) => a.index - b.index);
}

/**
 * The interface's name as `ip` prints it: `veth0@veth1` for a peer in the
 * same namespace, `veth0@if7` for one elsewhere (IFLA_LINK_NETNSID set:
 * then the index is the peer namespace's, and may equal the interface's
 * own), `sit0@NONE` for a link to index 0, as iproute2's
 * `print_name_and_link()` does.
 */
export function displayName(iface: Link, all: readonly Link[]): string {
  if (iface.link === null) return iface.name;
  if (iface.link === 0) return `${iface.name}@NONE`;
  if (iface.linkNetnsid === null) {
    // The kernel omits IFLA_LINK when it is the interface itself.
    if (iface.link === iface.index) return iface.name;
    const peer = all.find((l) => l.index === iface.link);
    if (peer) return `${iface.name}@${peer.name}`;
  }
  return `${iface.name}@if${iface.link}`;
}

/** One line of `ip -br addr`: name, state, then each address/prefix. */
export function briefLine(iface: Interface, all: readonly Link[]): string {
  const name = displayName(iface, all);
  let line = `${name.padEnd(16)} ${iface.state.padEnd(14)} `;
  for (const a of iface.addresses) {
    line += a.peer
      ? `${a.address} peer ${a.peer}/${a.prefixlen} `
      : `${a.address}/${a.prefixlen} `;
  }
  return line;
}
