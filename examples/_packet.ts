/**
 * Packet decoding for the sniffer and ping examples: Ethernet (with VLAN
 * tags), ARP, IPv4, IPv6 (walking extension headers), TCP, UDP, ICMP and
 * ICMPv6, printed one line per packet the way tcpdump does; and the
 * Internet checksum (RFC 1071) with the ICMPv6 pseudo-header (RFC 8200).
 *
 * Pure TypeScript over `Uint8Array`s: no sockets, so it is unit-tested on
 * its own (tests/packet_decode_test.ts).
 *
 * The protocol numbers below are the kernel's and IANA's; each was read
 * from the header named beside it (and the test compiles a C probe that
 * checks them).
 *
 * @module
 */

// <linux/if_ether.h>
/** Ethernet header length. */
export const ETH_HLEN = 14;
/** EtherType IPv4. */
export const ETH_P_IP = 0x0800;
/** EtherType ARP. */
export const ETH_P_ARP = 0x0806;
/** EtherType IPv6. */
export const ETH_P_IPV6 = 0x86dd;
/** EtherType 802.1Q VLAN tag. */
export const ETH_P_8021Q = 0x8100;
/** EtherType 802.1ad (QinQ) service tag. */
export const ETH_P_8021AD = 0x88a8;

// <linux/if_arp.h>
/** Hardware type: Ethernet. */
export const ARPHRD_ETHER = 1;
/** Hardware type: loopback (frames carry a zeroed Ethernet header). */
export const ARPHRD_LOOPBACK = 772;

// <netinet/in.h>
/** IP protocol: ICMP. */
export const IPPROTO_ICMP = 1;
/** IP protocol: TCP. */
export const IPPROTO_TCP = 6;
/** IP protocol: UDP. */
export const IPPROTO_UDP = 17;
/** IP protocol: ICMPv6. */
export const IPPROTO_ICMPV6 = 58;

// <linux/icmp.h>
/** ICMP echo reply. */
export const ICMP_ECHOREPLY = 0;
/** ICMP destination unreachable. */
export const ICMP_DEST_UNREACH = 3;
/** ICMP echo request. */
export const ICMP_ECHO = 8;
/** ICMP time exceeded. */
export const ICMP_TIME_EXCEEDED = 11;

// <netinet/icmp6.h>
/** ICMPv6 destination unreachable. */
export const ICMP6_DST_UNREACH = 1;
/** ICMPv6 time exceeded. */
export const ICMP6_TIME_EXCEEDED = 3;
/** ICMPv6 echo request. */
export const ICMP6_ECHO_REQUEST = 128;
/** ICMPv6 echo reply. */
export const ICMP6_ECHO_REPLY = 129;

const ICMP_NAMES: Record<number, string> = {
  0: "echo reply",
  3: "unreachable",
  4: "source quench",
  5: "redirect",
  8: "echo request",
  11: "time exceeded",
  12: "parameter problem",
  13: "time stamp request",
  14: "time stamp reply",
};

const ICMP6_NAMES: Record<number, string> = {
  1: "destination unreachable",
  2: "packet too big",
  3: "time exceeded",
  4: "parameter problem",
  128: "echo request",
  129: "echo reply",
  130: "multicast listener query",
  131: "multicast listener report",
  133: "router solicitation",
  134: "router advertisement",
  135: "neighbor solicitation",
  136: "neighbor advertisement",
  137: "redirect",
  143: "multicast listener report v2",
};

/** What the sniffer's `--proto` option selects. */
export type ProtoFilter = "tcp" | "udp" | "icmp" | "icmp6" | "ip" | "ip6";

/** The names `--proto` accepts. */
export const PROTO_FILTERS: readonly ProtoFilter[] = [
  "tcp",
  "udp",
  "icmp",
  "icmp6",
  "ip",
  "ip6",
];

/** A transport header, decoded. */
export type Transport =
  | {
    kind: "tcp";
    srcPort: number;
    dstPort: number;
    seq: number;
    ack: number;
    flags: number;
    window: number;
    payloadLength: number;
  }
  | { kind: "udp"; srcPort: number; dstPort: number; payloadLength: number }
  | {
    kind: "icmp" | "icmp6";
    type: number;
    code: number;
    checksum: number;
    /** Echo identifier and sequence (0 for other types). */
    id: number;
    seq: number;
    /** The ICMP message's length, header included. */
    length: number;
    /** For neighbor discovery: the target address. */
    target?: string;
  }
  | { kind: "other"; protocol: number; length: number };

/** An IP packet, decoded. */
export interface IpPacket {
  version: 4 | 6;
  src: string;
  dst: string;
  /** TTL or hop limit. */
  ttl: number;
  /** The upper-layer protocol (after IPv6 extension headers). */
  protocol: number;
  /** Total length from the header (IPv4) or header + payload length (IPv6). */
  length: number;
  /** Where the upper-layer header starts in the buffer. */
  payloadOffset: number;
  /** True for a non-first fragment (no transport header). */
  fragment: boolean;
  transport: Transport | null;
}

/** One decoded frame or packet. */
export interface Decoded {
  /** The EtherType (0 for a packet read without a link header). */
  etherType: number;
  ip: IpPacket | null;
  /** tcpdump-like text, without the timestamp. */
  text: string;
}

/** The MAC address at `at` as `aa:bb:cc:dd:ee:ff`. */
export function formatMac(bytes: Uint8Array, at = 0, length = 6): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i++) parts.push(hex2(bytes[at + i] ?? 0));
  return parts.join(":");
}

function hex2(n: number): string {
  return n.toString(16).padStart(2, "0");
}

/** The 4 bytes at `at` as a dotted quad. */
export function formatIPv4(bytes: Uint8Array, at = 0): string {
  return `${bytes[at]}.${bytes[at + 1]}.${bytes[at + 2]}.${bytes[at + 3]}`;
}

/**
 * The 16 bytes at `at` as text, the way glibc's `inet_ntop` writes them:
 * RFC 5952 (lower case, the longest run of two or more zero groups as
 * `::`, the first if tied), and a dotted IPv4 tail for `::ffff:a.b.c.d`
 * and `::a.b.c.d`.
 */
export function formatIPv6(bytes: Uint8Array, at = 0): string {
  const words: number[] = [];
  for (let i = 0; i < 8; i++) {
    words.push(((bytes[at + 2 * i] ?? 0) << 8) | (bytes[at + 2 * i + 1] ?? 0));
  }
  let bestAt = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLength) {
      bestAt = i;
      bestLength = j - i;
    }
    i = j;
  }
  if (
    bestAt === 0 &&
    (bestLength === 6 || (bestLength === 5 && words[5] === 0xffff))
  ) {
    return `::${bestLength === 5 ? "ffff:" : ""}${formatIPv4(bytes, at + 12)}`;
  }
  const text = (ws: number[]) => ws.map((w) => w.toString(16)).join(":");
  if (bestAt < 0) return text(words);
  return `${text(words.slice(0, bestAt))}::${
    text(words.slice(bestAt + bestLength))
  }`;
}

/**
 * The Internet checksum (RFC 1071) of `data`, continuing from the partial
 * sum `initial`: the value to store, in host order as read big-endian.
 */
export function internetChecksum(data: Uint8Array, initial = 0): number {
  let sum = initial;
  const n = data.length;
  for (let i = 0; i + 1 < n; i += 2) {
    sum += ((data[i] ?? 0) << 8) | (data[i + 1] ?? 0);
  }
  if (n % 2 === 1) sum += (data[n - 1] ?? 0) << 8;
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

/** The partial sum of the IPv6 pseudo-header (RFC 8200, section 8.1). */
function pseudoHeaderSum(
  src: Uint8Array,
  dst: Uint8Array,
  length: number,
  next: number,
): number {
  let sum = 0;
  for (let i = 0; i < 16; i += 2) {
    sum += ((src[i] ?? 0) << 8) | (src[i + 1] ?? 0);
    sum += ((dst[i] ?? 0) << 8) | (dst[i + 1] ?? 0);
  }
  sum += (length >>> 16) + (length & 0xffff) + next;
  return sum;
}

/**
 * The checksum of an upper-layer `message` (ICMPv6, UDP, TCP) carried in
 * IPv6 from `src` to `dst` (16 bytes each) with next header `next`,
 * computed over the pseudo-header and `message`, whose checksum field is
 * taken as it is: zero it to compute, keep it to verify (0 means valid).
 */
export function ipv6Checksum(
  src: Uint8Array,
  dst: Uint8Array,
  next: number,
  message: Uint8Array,
): number {
  return internetChecksum(
    message,
    pseudoHeaderSum(src, dst, message.length, next),
  );
}

/** {@linkcode ipv6Checksum} for an ICMPv6 message. */
export function icmpv6Checksum(
  src: Uint8Array,
  dst: Uint8Array,
  message: Uint8Array,
): number {
  return ipv6Checksum(src, dst, IPPROTO_ICMPV6, message);
}

/**
 * An ICMP or ICMPv6 echo request: type, code 0, checksum, identifier,
 * sequence, then `payload`. The checksum is the ICMP one (IPv4); for
 * ICMPv6 pass `v6` and the kernel fills it in (RFC 3542 requires that of
 * raw ICMPv6 and ping sockets), unless `pseudo` gives the addresses.
 */
export function echoRequest(
  id: number,
  seq: number,
  payload: Uint8Array,
  v6 = false,
  pseudo?: { src: Uint8Array; dst: Uint8Array },
): Uint8Array {
  const packet = new Uint8Array(8 + payload.length);
  const view = new DataView(packet.buffer);
  view.setUint8(0, v6 ? ICMP6_ECHO_REQUEST : ICMP_ECHO);
  view.setUint16(4, id & 0xffff);
  view.setUint16(6, seq & 0xffff);
  packet.set(payload, 8);
  if (!v6) view.setUint16(2, internetChecksum(packet));
  else if (pseudo) {
    view.setUint16(2, icmpv6Checksum(pseudo.src, pseudo.dst, packet));
  }
  return packet;
}

const TCP_FLAG_LETTERS: [number, string][] = [
  [0x01, "F"],
  [0x02, "S"],
  [0x04, "R"],
  [0x08, "P"],
  [0x20, "U"],
  [0x40, "E"],
  [0x80, "W"],
  [0x10, "."],
];

/** TCP flags as tcpdump prints them: `S`, `S.`, `P.`, `F.`, `R`, `.`. */
export function tcpFlags(flags: number): string {
  let out = "";
  for (const [bit, letter] of TCP_FLAG_LETTERS) if (flags & bit) out += letter;
  return out === "" ? "none" : out;
}

/** Decodes the transport header at `at` (the packet ends at `end`). */
function decodeTransport(
  bytes: Uint8Array,
  at: number,
  end: number,
  protocol: number,
  version: 4 | 6,
): Transport | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = end - at;
  if (protocol === IPPROTO_TCP) {
    if (length < 20) return null;
    const dataOffset = ((bytes[at + 12] ?? 0) >>> 4) * 4;
    return {
      kind: "tcp",
      srcPort: view.getUint16(at),
      dstPort: view.getUint16(at + 2),
      seq: view.getUint32(at + 4),
      ack: view.getUint32(at + 8),
      flags: bytes[at + 13] ?? 0,
      window: view.getUint16(at + 14),
      payloadLength: Math.max(0, length - dataOffset),
    };
  }
  if (protocol === IPPROTO_UDP) {
    if (length < 8) return null;
    return {
      kind: "udp",
      srcPort: view.getUint16(at),
      dstPort: view.getUint16(at + 2),
      payloadLength: Math.max(0, view.getUint16(at + 4) - 8),
    };
  }
  const icmp = (protocol === IPPROTO_ICMP && version === 4) ||
    (protocol === IPPROTO_ICMPV6 && version === 6);
  if (icmp) return decodeIcmp(bytes.subarray(at, end), version === 6);
  return { kind: "other", protocol, length };
}

/**
 * Decodes an ICMP (or with `v6`, ICMPv6) message that starts at byte 0 of
 * `message`: what a ping socket or a raw ICMPv6 socket receives.
 */
export function decodeIcmp(message: Uint8Array, v6: boolean): Transport | null {
  if (message.length < 4) return null;
  const view = new DataView(
    message.buffer,
    message.byteOffset,
    message.byteLength,
  );
  const type = message[0] ?? 0;
  const echo = v6
    ? type === ICMP6_ECHO_REQUEST || type === ICMP6_ECHO_REPLY
    : type === ICMP_ECHO || type === ICMP_ECHOREPLY;
  const result: Transport = {
    kind: v6 ? "icmp6" : "icmp",
    type,
    code: message[1] ?? 0,
    checksum: view.getUint16(2),
    id: echo && message.length >= 8 ? view.getUint16(4) : 0,
    seq: echo && message.length >= 8 ? view.getUint16(6) : 0,
    length: message.length,
  };
  // Neighbor solicitation / advertisement: 4 reserved bytes, then the target.
  if (v6 && (type === 135 || type === 136) && message.length >= 24) {
    result.target = formatIPv6(message, 8);
  }
  return result;
}

// IPv6 extension headers that chain with a "next header" byte and a length
// in 8-octet units (hop-by-hop 0, routing 43, destination options 60), and
// the fragment header (44) of fixed size 8.
const IPV6_EXTENSIONS = new Set([0, 43, 60]);
const IPV6_FRAGMENT = 44;

/** Decodes the IPv4 or IPv6 packet at `at`; `null` if it is not one. */
export function decodeIp(bytes: Uint8Array, at = 0): IpPacket | null {
  if (bytes.length - at < 1) return null;
  const version = (bytes[at] ?? 0) >>> 4;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (version === 4) {
    if (bytes.length - at < 20) return null;
    const ihl = ((bytes[at] ?? 0) & 0x0f) * 4;
    if (ihl < 20) return null;
    const total = view.getUint16(at + 2);
    const fragOffset = view.getUint16(at + 6) & 0x1fff;
    const protocol = bytes[at + 9] ?? 0;
    const end = Math.min(bytes.length, at + Math.max(total, ihl));
    const packet: IpPacket = {
      version: 4,
      src: formatIPv4(bytes, at + 12),
      dst: formatIPv4(bytes, at + 16),
      ttl: bytes[at + 8] ?? 0,
      protocol,
      length: total,
      payloadOffset: at + ihl,
      fragment: fragOffset !== 0,
      transport: null,
    };
    if (!packet.fragment) {
      packet.transport = decodeTransport(bytes, at + ihl, end, protocol, 4);
    }
    return packet;
  }
  if (version === 6) {
    if (bytes.length - at < 40) return null;
    const payloadLength = view.getUint16(at + 4);
    const end = Math.min(bytes.length, at + 40 + payloadLength);
    let next = bytes[at + 6] ?? 0;
    let offset = at + 40;
    let fragment = false;
    while (offset < end) {
      if (IPV6_EXTENSIONS.has(next)) {
        if (offset + 2 > end) break;
        const length = ((bytes[offset + 1] ?? 0) + 1) * 8;
        next = bytes[offset] ?? 0;
        offset += length;
      } else if (next === IPV6_FRAGMENT) {
        if (offset + 8 > end) break;
        fragment = (view.getUint16(offset + 2) & 0xfff8) !== 0;
        next = bytes[offset] ?? 0;
        offset += 8;
      } else {
        break;
      }
    }
    const packet: IpPacket = {
      version: 6,
      src: formatIPv6(bytes, at + 8),
      dst: formatIPv6(bytes, at + 24),
      ttl: bytes[at + 7] ?? 0,
      protocol: next,
      length: 40 + payloadLength,
      payloadOffset: offset,
      fragment,
      transport: null,
    };
    if (!fragment && offset <= end) {
      packet.transport = decodeTransport(bytes, offset, end, next, 6);
    }
    return packet;
  }
  return null;
}

/** tcpdump's `host.port` (IPv6 too: `fd00::1.80`). */
function endpoint(host: string, port: number): string {
  return `${host}.${port}`;
}

/** The text of an IP packet, tcpdump style (without the timestamp). */
export function describeIp(ip: IpPacket): string {
  const family = ip.version === 4 ? "IP" : "IP6";
  const t = ip.transport;
  if (ip.fragment) {
    return `${family} ${ip.src} > ${ip.dst}: ip-proto-${ip.protocol} fragment, len ${ip.length}`;
  }
  if (t === null) {
    return `${family} ${ip.src} > ${ip.dst}: ip-proto-${ip.protocol} truncated, len ${ip.length}`;
  }
  switch (t.kind) {
    case "tcp": {
      let text = `${family} ${endpoint(ip.src, t.srcPort)} > ${
        endpoint(ip.dst, t.dstPort)
      }: TCP [${tcpFlags(t.flags)}] seq ${t.seq}`;
      if (t.flags & 0x10) text += `, ack ${t.ack}`;
      return `${text}, win ${t.window}, len ${t.payloadLength}`;
    }
    case "udp":
      return `${family} ${endpoint(ip.src, t.srcPort)} > ${
        endpoint(ip.dst, t.dstPort)
      }: UDP, len ${t.payloadLength}`;
    case "icmp":
    case "icmp6": {
      const names = t.kind === "icmp" ? ICMP_NAMES : ICMP6_NAMES;
      const label = t.kind === "icmp" ? "ICMP" : "ICMP6";
      let what = names[t.type] ?? `type ${t.type}`;
      const echo = t.kind === "icmp"
        ? t.type === ICMP_ECHO || t.type === ICMP_ECHOREPLY
        : t.type === ICMP6_ECHO_REQUEST || t.type === ICMP6_ECHO_REPLY;
      if (echo) {
        what += `, id ${t.id}, seq ${t.seq}`;
      } else if (t.target) {
        what += t.type === 135
          ? `, who has ${t.target}`
          : `, tgt is ${t.target}`;
      } else if (t.code !== 0) {
        what += `, code ${t.code}`;
      }
      return `${family} ${ip.src} > ${ip.dst}: ${label} ${what}, len ${t.length}`;
    }
    case "other":
      return `${family} ${ip.src} > ${ip.dst}: ip-proto-${t.protocol}, len ${t.length}`;
  }
}

/** Decodes an ARP packet at `at` (Ethernet/IPv4 only), or null. */
function describeArp(bytes: Uint8Array, at: number): string | null {
  if (bytes.length - at < 28) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const hlen = bytes[at + 4];
  const plen = bytes[at + 5];
  if (
    view.getUint16(at) !== ARPHRD_ETHER ||
    view.getUint16(at + 2) !== ETH_P_IP || hlen !== 6 || plen !== 4
  ) {
    return null;
  }
  const op = view.getUint16(at + 6);
  const senderMac = formatMac(bytes, at + 8);
  const senderIp = formatIPv4(bytes, at + 14);
  const targetIp = formatIPv4(bytes, at + 24);
  if (op === 1) {
    return `ARP, Request who-has ${targetIp} tell ${senderIp}, len 28`;
  }
  if (op === 2) return `ARP, Reply ${senderIp} is-at ${senderMac}, len 28`;
  return `ARP, op ${op}, len 28`;
}

/**
 * Decodes a frame read from an AF_PACKET SOCK_RAW socket on an Ethernet
 * or loopback interface: destination and source MAC, EtherType (after any
 * 802.1Q/802.1ad tags), then the payload.
 */
export function decodeEthernet(frame: Uint8Array): Decoded {
  if (frame.length < ETH_HLEN) {
    return {
      etherType: 0,
      ip: null,
      text: `truncated frame, len ${frame.length}`,
    };
  }
  let etherType = ((frame[12] ?? 0) << 8) | (frame[13] ?? 0);
  let at = ETH_HLEN;
  while (
    (etherType === ETH_P_8021Q || etherType === ETH_P_8021AD) &&
    frame.length >= at + 4
  ) {
    etherType = ((frame[at + 2] ?? 0) << 8) | (frame[at + 3] ?? 0);
    at += 4;
  }
  return decodeNetwork(frame, at, etherType);
}

/**
 * Decodes the network-layer packet at `at` with EtherType `etherType`
 * (IPv4, IPv6, ARP; others are named by number).
 */
export function decodeNetwork(
  bytes: Uint8Array,
  at: number,
  etherType: number,
): Decoded {
  if (etherType === ETH_P_IP || etherType === ETH_P_IPV6) {
    const ip = decodeIp(bytes, at);
    if (ip) return { etherType, ip, text: describeIp(ip) };
    return {
      etherType,
      ip: null,
      text: `${etherType === ETH_P_IP ? "IP" : "IP6"} truncated, len ${
        bytes.length - at
      }`,
    };
  }
  if (etherType === ETH_P_ARP) {
    const arp = describeArp(bytes, at);
    if (arp) return { etherType, ip: null, text: arp };
  }
  const hex = etherType.toString(16).padStart(4, "0");
  return {
    etherType,
    ip: null,
    text: `ethertype 0x${hex}, len ${bytes.length - at}`,
  };
}

/**
 * Decodes a packet that starts with its IP header (a raw IP socket with
 * IP_HDRINCL, or an interface without a link header).
 */
export function decodeRawIp(packet: Uint8Array): Decoded {
  const version = packet.length > 0 ? (packet[0] ?? 0) >>> 4 : 0;
  return decodeNetwork(
    packet,
    0,
    version === 6 ? ETH_P_IPV6 : version === 4 ? ETH_P_IP : 0,
  );
}

/** True when `decoded` passes the sniffer's `--proto` filter (none: all). */
export function matchesFilter(
  decoded: Decoded,
  filter: ProtoFilter | undefined,
): boolean {
  if (filter === undefined) return true;
  const ip = decoded.ip;
  if (!ip) return false;
  switch (filter) {
    case "ip":
      return ip.version === 4;
    case "ip6":
      return ip.version === 6;
    case "tcp":
      return ip.protocol === IPPROTO_TCP;
    case "udp":
      return ip.protocol === IPPROTO_UDP;
    case "icmp":
      return ip.version === 4 && ip.protocol === IPPROTO_ICMP;
    case "icmp6":
      return ip.version === 6 && ip.protocol === IPPROTO_ICMPV6;
  }
}

/** A local wall-clock time as tcpdump prints it: `12:00:00.123456`. */
export function formatTimestamp(epochMs: number): string {
  const date = new Date(Math.floor(epochMs));
  const micros = Math.floor(
    (epochMs - Math.floor(epochMs / 1000) * 1000) * 1000,
  );
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(date.getHours())}:${two(date.getMinutes())}:${
    two(date.getSeconds())
  }.${String(Math.min(micros, 999999)).padStart(6, "0")}`;
}
