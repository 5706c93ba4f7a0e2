/**
 * The sniffer's and ping's packet decoding (`examples/_packet.ts`): frames
 * built byte by byte decode to the fields and the tcpdump-like line
 * expected; IPv6 text matches the C library's `inet_ntop`; checksums match
 * RFC 1071's examples; the protocol numbers match the C headers.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { constants as C } from "../platform/mod.ts";
import { inet_ntop } from "../mod.ts";
import {
  ARPHRD_ETHER,
  ARPHRD_LOOPBACK,
  decodeEthernet,
  decodeIcmp,
  decodeIp,
  decodeRawIp,
  echoRequest,
  ETH_HLEN,
  ETH_P_8021AD,
  ETH_P_8021Q,
  ETH_P_ARP,
  ETH_P_IP,
  ETH_P_IPV6,
  formatIPv6,
  formatMac,
  formatTimestamp,
  ICMP6_DST_UNREACH,
  ICMP6_ECHO_REPLY,
  ICMP6_ECHO_REQUEST,
  ICMP6_TIME_EXCEEDED,
  ICMP_DEST_UNREACH,
  ICMP_ECHO,
  ICMP_ECHOREPLY,
  ICMP_TIME_EXCEEDED,
  icmpv6Checksum,
  internetChecksum,
  IPPROTO_ICMP,
  IPPROTO_ICMPV6,
  IPPROTO_TCP,
  IPPROTO_UDP,
  matchesFilter,
  tcpFlags,
} from "../examples/_packet.ts";
import { fromHex, runC, whyNoC } from "./_c_probe.ts";
import { it } from "./_skip.ts";

// ---- Builders ---------------------------------------------------------------

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function v4(text: string): Uint8Array {
  return new Uint8Array(text.split(".").map(Number));
}

/** An IPv4 header (20 bytes, checksum filled) before `payload`. */
function ipv4(
  src: string,
  dst: string,
  protocol: number,
  payload: Uint8Array,
  ttl = 64,
  frag = 0x4000,
) {
  const h = new Uint8Array(20);
  const view = new DataView(h.buffer);
  h[0] = 0x45;
  view.setUint16(2, 20 + payload.length);
  view.setUint16(4, 0x1234);
  view.setUint16(6, frag);
  h[8] = ttl;
  h[9] = protocol;
  h.set(v4(src), 12);
  h.set(v4(dst), 16);
  view.setUint16(10, internetChecksum(h));
  return concat(h, payload);
}

/** An IPv6 header (40 bytes) before `payload`; `next` is the first next header. */
function ipv6(
  src: string,
  dst: string,
  next: number,
  payload: Uint8Array,
  hops = 64,
): Uint8Array {
  const h = new Uint8Array(40);
  const view = new DataView(h.buffer);
  h[0] = 0x60;
  view.setUint16(4, payload.length);
  h[6] = next;
  h[7] = hops;
  h.set(v6(src), 8);
  h.set(v6(dst), 24);
  return concat(h, payload);
}

/** The 16 bytes of a fully written IPv6 address (8 groups, no "::"). */
function v6(text: string): Uint8Array {
  const groups = text.split(":");
  assert.equal(groups.length, 8);
  const out = new Uint8Array(16);
  groups.forEach((g, i) =>
    new DataView(out.buffer).setUint16(2 * i, parseInt(g, 16))
  );
  return out;
}

function ethernet(
  etherType: number,
  payload: Uint8Array,
  vlans: number[] = [],
): Uint8Array {
  const h = new Uint8Array(12);
  h.set([0x02, 0, 0, 0, 0, 0x02, 0x02, 0, 0, 0, 0, 0x01]);
  const tags = vlans.map((tpid, i) =>
    new Uint8Array([tpid >> 8, tpid & 0xff, 0, 10 + i])
  );
  return concat(
    h,
    ...tags,
    new Uint8Array([etherType >> 8, etherType & 0xff]),
    payload,
  );
}

function tcp(
  src: number,
  dst: number,
  seq: number,
  ack: number,
  flags: number,
  data = new Uint8Array(0),
) {
  const h = new Uint8Array(20);
  const view = new DataView(h.buffer);
  view.setUint16(0, src);
  view.setUint16(2, dst);
  view.setUint32(4, seq);
  view.setUint32(8, ack);
  h[12] = 5 << 4;
  h[13] = flags;
  view.setUint16(14, 64240);
  return concat(h, data);
}

function udp(src: number, dst: number, data: Uint8Array): Uint8Array {
  const h = new Uint8Array(8);
  const view = new DataView(h.buffer);
  view.setUint16(0, src);
  view.setUint16(2, dst);
  view.setUint16(4, 8 + data.length);
  return concat(h, data);
}

// ---- Tests ------------------------------------------------------------------

describe("examples/_packet.ts", () => {
  const noC = whyNoC();
  it(
    `its protocol numbers are the C headers' values${
      noC ? ` (skipped: ${noC})` : ""
    }`,
    {
      skip: noC,
    },
    () => {
      const names: Record<string, number> = {
        ETH_HLEN,
        ETH_P_IP,
        ETH_P_ARP,
        ETH_P_IPV6,
        ETH_P_8021Q,
        ETH_P_8021AD,
        ARPHRD_ETHER,
        ARPHRD_LOOPBACK,
        IPPROTO_ICMP,
        IPPROTO_TCP,
        IPPROTO_UDP,
        IPPROTO_ICMPV6,
        ICMP_ECHOREPLY,
        ICMP_DEST_UNREACH,
        ICMP_ECHO,
        ICMP_TIME_EXCEEDED,
        ICMP6_DST_UNREACH,
        ICMP6_TIME_EXCEEDED,
        ICMP6_ECHO_REQUEST,
        ICMP6_ECHO_REPLY,
      };
      const out = runC(`
#include <stdio.h>
#include <netinet/in.h>
#include <netinet/ip_icmp.h>
#include <netinet/icmp6.h>
#include <linux/if_ether.h>
#include <linux/if_arp.h>
#define ICMP_DEST_UNREACH ICMP_UNREACH
int main(void) {
${
        Object.keys(names).map((n) => `  printf("${n} %d\\n", (int)(${n}));`)
          .join("\n")
      }
  return 0;
}
`);
      const measured: Record<string, number> = {};
      for (const line of out.trim().split("\n")) {
        const [name, value] = line.split(" ");
        measured[name] = Number(value);
      }
      assert.deepEqual(measured, names);
    },
  );

  it("formatIPv6() writes what the C library's inet_ntop writes", () => {
    const fixed = [
      "0:0:0:0:0:0:0:0",
      "0:0:0:0:0:0:0:1",
      "fd00:0:0:0:0:0:0:1",
      "2001:db8:0:0:1:0:0:1",
      "1:0:0:2:0:0:0:3",
      "1:0:2:3:4:5:6:7",
      "fe80:0:0:0:fc:ff:fe00:1",
      "0:0:0:0:0:ffff:a00:1",
      "0:0:0:0:0:0:102:304",
      "0:0:0:0:0:0:0:102",
      "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
      "0:1:0:0:0:0:0:0",
    ];
    for (const text of fixed) {
      const bytes = v6(text);
      assert.equal(formatIPv6(bytes), inet_ntop(C.AF_INET6, bytes), text);
    }
    // Random addresses rich in zero groups, from a fixed seed.
    let seed = 12345;
    function next(): number {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    }
    for (let n = 0; n < 2000; n++) {
      const bytes = new Uint8Array(16);
      for (let g = 0; g < 8; g++) {
        const r = next() % 4;
        const word = r < 2 ? 0 : r === 2 ? next() & 0xffff : next() & 0xf;
        bytes[2 * g] = word >> 8;
        bytes[2 * g + 1] = word & 0xff;
      }
      assert.equal(formatIPv6(bytes), inet_ntop(C.AF_INET6, bytes));
    }
  });

  it("internetChecksum() matches RFC 1071 and a known IPv4 header", () => {
    // RFC 1071, section 3: the sum of 0001 f203 f4f5 f6f7 is ddf2.
    assert.equal(
      internetChecksum(fromHex("0001 f203 f4f5 f6f7")),
      0xffff - 0xddf2,
    );
    // An odd length pads with a zero byte.
    assert.equal(
      internetChecksum(fromHex("0001 f203 f4f5 f6")),
      0xffff - (0xddf2 - 0xf7),
    );
    const header = fromHex("4500 0073 0000 4000 4011 0000 c0a8 0001 c0a8 00c7");
    assert.equal(internetChecksum(header), 0xb861);
    header.set([0xb8, 0x61], 10);
    assert.equal(internetChecksum(header), 0); // a valid header sums to zero
  });

  it("echoRequest() builds an ICMP echo request with a valid checksum", () => {
    const packet = echoRequest(0x1234, 7, fromHex("6162 6364"));
    assert.equal(packet.length, 12);
    assert.deepEqual(packet.subarray(0, 2), new Uint8Array([ICMP_ECHO, 0]));
    assert.deepEqual(packet.subarray(4), fromHex("1234 0007 6162 6364"));
    assert.equal(internetChecksum(packet), 0);
    assert.deepEqual(decodeIcmp(packet, false), {
      kind: "icmp",
      type: ICMP_ECHO,
      code: 0,
      checksum: (packet[2] << 8) | packet[3],
      id: 0x1234,
      seq: 7,
      length: 12,
    });
  });

  it("echoRequest() for ICMPv6 leaves the checksum to the kernel unless given the addresses", () => {
    const payload = fromHex("0102 0304 05");
    const kernel = echoRequest(1, 2, payload, true);
    assert.deepEqual(kernel, fromHex("8000 0000 0001 0002 0102 0304 05"));
    const src = v6("fd00:0:0:0:0:0:0:1");
    const dst = v6("fd00:0:0:0:0:0:0:2");
    const own = echoRequest(1, 2, payload, true, { src, dst });
    assert.notEqual((own[2] << 8) | own[3], 0);
    assert.equal(icmpv6Checksum(src, dst, own), 0); // verifies
    assert.notEqual(icmpv6Checksum(dst, v6("fd00:0:0:0:0:0:0:3"), own), 0);
  });

  it("decodes a TCP SYN over IPv4 in Ethernet", () => {
    const frame = ethernet(
      ETH_P_IP,
      ipv4("10.0.0.1", "10.0.0.2", IPPROTO_TCP, tcp(5000, 80, 1000, 0, 0x02)),
    );
    const d = decodeEthernet(frame);
    assert.equal(d.etherType, ETH_P_IP);
    assert.equal(
      d.text,
      "IP 10.0.0.1.5000 > 10.0.0.2.80: TCP [S] seq 1000, win 64240, len 0",
    );
    assert.equal(d.ip?.ttl, 64);
    assert.equal(d.ip?.protocol, IPPROTO_TCP);
    assert.equal(d.ip?.length, 40);
  });

  it("decodes a TCP segment with data and ACK over IPv6", () => {
    const segment = tcp(443, 51000, 0xfffffff0, 77, 0x18, new Uint8Array(100));
    const frame = ethernet(
      ETH_P_IPV6,
      ipv6("fd00:0:0:0:0:0:0:1", "fd00:0:0:0:0:0:0:2", IPPROTO_TCP, segment),
    );
    assert.equal(
      decodeEthernet(frame).text,
      "IP6 fd00::1.443 > fd00::2.51000: TCP [P.] seq 4294967280, ack 77, win 64240, len 100",
    );
  });

  it("decodes UDP, with 802.1Q and 802.1ad tags in front", () => {
    const packet = ipv4(
      "192.168.1.5",
      "224.0.0.251",
      IPPROTO_UDP,
      udp(5353, 5353, new Uint8Array(40)),
    );
    const expected = "IP 192.168.1.5.5353 > 224.0.0.251.5353: UDP, len 40";
    assert.equal(decodeEthernet(ethernet(ETH_P_IP, packet)).text, expected);
    assert.equal(
      decodeEthernet(ethernet(ETH_P_IP, packet, [ETH_P_8021Q])).text,
      expected,
    );
    assert.equal(
      decodeEthernet(ethernet(ETH_P_IP, packet, [ETH_P_8021AD, ETH_P_8021Q]))
        .text,
      expected,
    );
  });

  it("decodes ICMP echo request and reply, and an ICMP error", () => {
    const request = echoRequest(0xbeef, 3, new Uint8Array(56));
    assert.equal(
      decodeRawIp(ipv4("10.0.0.1", "10.0.0.2", IPPROTO_ICMP, request)).text,
      "IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 48879, seq 3, len 64",
    );
    const reply = request.slice();
    reply[0] = ICMP_ECHOREPLY;
    assert.equal(
      decodeRawIp(ipv4("10.0.0.2", "10.0.0.1", IPPROTO_ICMP, reply)).text,
      "IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id 48879, seq 3, len 64",
    );
    const unreachable = concat(
      fromHex("0303 0000 0000 0000"),
      ipv4("10.0.0.1", "10.0.0.9", IPPROTO_UDP, udp(1, 9, new Uint8Array(0))),
    );
    assert.equal(
      decodeRawIp(ipv4("10.0.0.9", "10.0.0.1", IPPROTO_ICMP, unreachable)).text,
      "IP 10.0.0.9 > 10.0.0.1: ICMP unreachable, code 3, len 36",
    );
  });

  it("decodes ICMPv6 echo and neighbor discovery", () => {
    const echo = echoRequest(9, 1, new Uint8Array(8), true);
    assert.equal(
      decodeRawIp(
        ipv6("fd00:0:0:0:0:0:0:1", "fd00:0:0:0:0:0:0:2", IPPROTO_ICMPV6, echo),
      ).text,
      "IP6 fd00::1 > fd00::2: ICMP6 echo request, id 9, seq 1, len 16",
    );
    const solicit = concat(
      fromHex("8700 0000 0000 0000"),
      v6("fd00:0:0:0:0:0:0:2"),
    );
    assert.equal(
      decodeRawIp(
        ipv6(
          "fd00:0:0:0:0:0:0:1",
          "ff02:0:0:0:0:1:ff00:2",
          IPPROTO_ICMPV6,
          solicit,
          255,
        ),
      ).text,
      "IP6 fd00::1 > ff02::1:ff00:2: ICMP6 neighbor solicitation, who has fd00::2, len 24",
    );
  });

  it("walks IPv6 extension headers to the upper layer", () => {
    // Hop-by-hop options (router alert), then an MLDv2 report.
    const hopByHop = fromHex("3a00 0502 0000 0100");
    const report = fromHex("8f00 0000 0000 0000");
    const packet = ipv6(
      "fe80:0:0:0:0:0:0:1",
      "ff02:0:0:0:0:0:0:16",
      0,
      concat(hopByHop, report),
      1,
    );
    const ip = decodeIp(packet)!;
    assert.equal(ip.protocol, IPPROTO_ICMPV6);
    assert.equal(ip.payloadOffset, 48);
    assert.equal(
      decodeRawIp(packet).text,
      "IP6 fe80::1 > ff02::16: ICMP6 multicast listener report v2, len 8",
    );
  });

  it("marks non-first fragments, which carry no transport header", () => {
    const ip = ipv4(
      "10.0.0.1",
      "10.0.0.2",
      IPPROTO_UDP,
      new Uint8Array(16),
      64,
      185,
    );
    const d = decodeRawIp(ip);
    assert.equal(d.ip?.fragment, true);
    assert.equal(d.ip?.transport, null);
    assert.equal(
      d.text,
      "IP 10.0.0.1 > 10.0.0.2: ip-proto-17 fragment, len 36",
    );
    const frag6 = concat(fromHex("1100 0171 0000 0001"), new Uint8Array(8)); // offset 46*8, UDP next
    assert.equal(
      decodeRawIp(ipv6("fd00:0:0:0:0:0:0:1", "fd00:0:0:0:0:0:0:2", 44, frag6))
        .text,
      "IP6 fd00::1 > fd00::2: ip-proto-17 fragment, len 56",
    );
  });

  it("decodes ARP and names other EtherTypes", () => {
    const arp = fromHex(
      "0001 0800 06 04 0001 02000000000a 0a000001 000000000000 0a000002",
    );
    assert.equal(
      decodeEthernet(ethernet(ETH_P_ARP, arp)).text,
      "ARP, Request who-has 10.0.0.2 tell 10.0.0.1, len 28",
    );
    const reply = fromHex(
      "0001 0800 06 04 0002 02000000000b 0a000002 02000000000a 0a000001",
    );
    assert.equal(
      decodeEthernet(ethernet(ETH_P_ARP, reply)).text,
      "ARP, Reply 10.0.0.2 is-at 02:00:00:00:00:0b, len 28",
    );
    assert.equal(
      decodeEthernet(ethernet(0x88cc, new Uint8Array(46))).text,
      "ethertype 0x88cc, len 46",
    );
    assert.equal(
      decodeEthernet(new Uint8Array(10)).text,
      "truncated frame, len 10",
    );
  });

  it("matchesFilter() selects by --proto", () => {
    const tcp4 = decodeRawIp(
      ipv4("10.0.0.1", "10.0.0.2", IPPROTO_TCP, tcp(1, 2, 0, 0, 2)),
    );
    const icmp4 = decodeRawIp(
      ipv4(
        "10.0.0.1",
        "10.0.0.2",
        IPPROTO_ICMP,
        echoRequest(1, 1, new Uint8Array(0)),
      ),
    );
    const udp6 = decodeRawIp(
      ipv6(
        "fd00:0:0:0:0:0:0:1",
        "fd00:0:0:0:0:0:0:2",
        IPPROTO_UDP,
        udp(1, 2, new Uint8Array(0)),
      ),
    );
    const icmp6 = decodeRawIp(
      ipv6(
        "fd00:0:0:0:0:0:0:1",
        "fd00:0:0:0:0:0:0:2",
        IPPROTO_ICMPV6,
        echoRequest(1, 1, new Uint8Array(0), true),
      ),
    );
    const arp = decodeEthernet(ethernet(ETH_P_ARP, new Uint8Array(28)));
    const table: [string, boolean[]][] = [
      ["tcp", [true, false, false, false, false]],
      ["udp", [false, false, true, false, false]],
      ["icmp", [false, true, false, false, false]],
      ["icmp6", [false, false, false, true, false]],
      ["ip", [true, true, false, false, false]],
      ["ip6", [false, false, true, true, false]],
    ];
    for (const [filter, expected] of table) {
      const got = [tcp4, icmp4, udp6, icmp6, arp].map((d) =>
        matchesFilter(d, filter as "tcp")
      );
      assert.deepEqual(got, expected, filter);
    }
    assert.equal(matchesFilter(arp, undefined), true);
  });

  it("tcpFlags(), formatMac() and formatTimestamp() print as tcpdump does", () => {
    assert.equal(tcpFlags(0x02), "S");
    assert.equal(tcpFlags(0x12), "S.");
    assert.equal(tcpFlags(0x11), "F.");
    assert.equal(tcpFlags(0x04), "R");
    assert.equal(tcpFlags(0x10), ".");
    assert.equal(tcpFlags(0), "none");
    assert.equal(formatMac(fromHex("02005e10aaff")), "02:00:5e:10:aa:ff");
    const ms = 1_700_000_000_123.5; // exactly representable: .5 ms
    const d = new Date(1_700_000_000_123);
    const two = (n: number) => String(n).padStart(2, "0");
    assert.equal(
      formatTimestamp(ms),
      `${two(d.getHours())}:${two(d.getMinutes())}:${
        two(d.getSeconds())
      }.123500`,
    );
  });
});
