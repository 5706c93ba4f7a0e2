/**
 * The AF_PACKET codec (`address/packet.ts`): `[ifname, proto, pkttype?,
 * hatype?, addr?]` packed into `struct sockaddr_ll` byte for byte as
 * CPython's `getsockaddrarg` packs it, decoded to five elements as its
 * `makesockaddr` does, bad addresses refused with the right error class;
 * and real packet sockets on the loopback interface (root or CAP_NET_RAW).
 */
import assert from "node:assert/strict";
import { constants as C, errno as E, os } from "../platform/mod.ts";
import { SockaddrBuffer } from "../address/codec.ts";
import { decodeAddress, encodeAddress } from "../address/mod.ts";
import { packetCodec } from "../address/packet.ts";
import { error, htons, if_nameindex, if_nametoindex, socket } from "../mod.ts";
import { checkFdLeaks } from "./_fd.ts";
import { assertErrno, Scope } from "./_net.ts";
import {
  fromHex,
  hex,
  HEX_DUMP,
  parseDumps,
  runC,
  whyNoC,
} from "./_c_probe.ts";
import { describeOrSkip, it } from "./_skip.ts";

const noPacket = C.AF_PACKET === undefined ? `${os} has no AF_PACKET` : false;
// From <linux/if_arp.h> (ARPHRD_LOOPBACK) and <linux/if_ether.h> (ETH_P_IP,
// ETH_P_IPV6); the C probe below checks them.
const ARPHRD_LOOPBACK = 772;
const ETH_P_IP = 0x0800;
const ETH_P_IPV6 = 0x86dd;
// An EtherType for local experiments (IEEE 802 "local experimental 1").
const ETH_P_TEST = 0x88b5;

function skipped(reason: string | false): string {
  return reason ? ` (skipped: ${reason})` : "";
}

/** Encodes `address` with the family's registered codec. */
function encode(address: unknown, method = "bind()"): Uint8Array {
  const buf = new SockaddrBuffer(128);
  const length = encodeAddress(C.AF_PACKET, address, buf, method);
  return buf.bytes.slice(0, length);
}

/** Decodes `bytes` (a whole sockaddr) through the family dispatch. */
function decode(bytes: Uint8Array, length = bytes.length): unknown {
  const buf = new SockaddrBuffer(128);
  buf.bytes.fill(0xee); // stale bytes beyond `length` must not show
  buf.bytes.set(bytes.subarray(0, length));
  return decodeAddress(buf, length);
}

/** An interface index that names no interface (decoding it gives ""). */
function unusedIndex(): number {
  const names = new Set(if_nameindex().map(([index]) => index));
  let index = 100000;
  while (names.has(index)) index++;
  return index;
}

/** Why live packet sockets cannot be used here, or false. */
function whyNoPacketSockets(): string | false {
  if (noPacket) return noPacket;
  try {
    socket(C.AF_PACKET, C.SOCK_RAW, 0).close();
    return false;
  } catch (e) {
    if (e instanceof error && (e.errno === E.EPERM || e.errno === E.EACCES)) {
      return "packet sockets need root or CAP_NET_RAW";
    }
    throw e;
  }
}

describeOrSkip("AF_PACKET codec", noPacket, () => {
  checkFdLeaks();
  const lo = noPacket ? 0 : if_nametoindex("lo");

  /** The index of "lo" as the 4 host-order (little-endian) bytes of sll_ifindex. */
  function loIndex(): string {
    return hex(new Uint8Array(new Int32Array([lo]).buffer));
  }

  // sockaddr_ll: sll_family (AF_PACKET 17), sll_protocol (network order),
  // sll_ifindex, sll_hatype, sll_pkttype, sll_halen, sll_addr[8].
  it("encode() packs [ifname, proto] into the 20 bytes of sockaddr_ll", () => {
    assert.equal(lo, 1);
    assert.deepEqual(
      encode(["lo", ETH_P_IP]),
      fromHex(`1100 0800 ${loIndex()} 0000 00 00 0000000000000000`),
    );
    assert.deepEqual(
      encode(["lo", C.ETH_P_ALL]),
      fromHex(`1100 0003 ${loIndex()} 0000 00 00 0000000000000000`),
    );
  });

  it("encode() packs pkttype, hatype and a hardware address", () => {
    const mac = new Uint8Array([0x02, 0x00, 0x5e, 0x10, 0x20, 0x30]);
    assert.deepEqual(
      encode(["lo", ETH_P_IPV6, C.PACKET_OUTGOING, ARPHRD_LOOPBACK, mac]),
      fromHex(`1100 86dd ${loIndex()} 0403 04 06 02005e1020300000`),
    );
    const eight = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
    assert.deepEqual(
      encode(["lo", 0xffff, 255, 0xffff, eight]),
      fromHex(`1100 ffff ${loIndex()} ffff ff 08 0102030405060708`),
    );
    assert.deepEqual(
      encode(["lo", 0, 0, 0, new Uint8Array(0)]),
      fromHex(`1100 0000 ${loIndex()} 0000 00 00 0000000000000000`),
    );
  });

  it("the codec is registered for AF_PACKET", () => {
    assert.equal(packetCodec.family, C.AF_PACKET);
  });

  const noC = whyNoC();
  it(
    `encode() gives the bytes CPython's getsockaddrarg builds in C${
      skipped(noC)
    }`,
    {
      skip: noC,
    },
    () => {
      // CPython's AF_PACKET case: SIOCGIFINDEX, then the fields one by one.
      const dumps = parseDumps(runC(`
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <net/if.h>
#include <arpa/inet.h>
#include <linux/if_packet.h>
#include <linux/if_ether.h>
#include <linux/if_arp.h>
${HEX_DUMP}
static void pack(const char *name, const char *ifname, int proto, int pkttype,
                 int hatype, const unsigned char *haddr, size_t halen) {
  struct ifreq ifr;
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  strncpy(ifr.ifr_name, ifname, sizeof ifr.ifr_name);
  ifr.ifr_name[sizeof ifr.ifr_name - 1] = '\\0';
  if (ioctl(fd, SIOCGIFINDEX, &ifr) < 0) { perror("SIOCGIFINDEX"); return; }
  close(fd);
  struct sockaddr_ll a;
  memset(&a, 0, sizeof a);
  a.sll_family = AF_PACKET;
  a.sll_protocol = htons((short)proto);
  a.sll_ifindex = ifr.ifr_ifindex;
  a.sll_pkttype = pkttype;
  a.sll_hatype = hatype;
  if (haddr) { memcpy(&a.sll_addr, haddr, halen); a.sll_halen = halen; }
  dump(name, &a, sizeof a);
}
int main(void) {
  const unsigned char mac[6] = {0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff};
  pack("a", "lo", ETH_P_ALL, PACKET_HOST, 0, 0, 0);
  pack("b", "lo", ETH_P_IPV6, PACKET_BROADCAST, ARPHRD_LOOPBACK, mac, 6);
  printf("consts %02x%02x%02x%02x\\n", ARPHRD_LOOPBACK == ${ARPHRD_LOOPBACK},
         ETH_P_IP == ${ETH_P_IP}, ETH_P_IPV6 == ${ETH_P_IPV6}, 1);
  return 0;
}
`));
      assert.equal(hex(dumps.get("consts")!), "01010101");
      assert.equal(hex(encode(["lo", C.ETH_P_ALL])), hex(dumps.get("a")!));
      const mac = new Uint8Array([0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff]);
      assert.equal(
        hex(
          encode(["lo", ETH_P_IPV6, C.PACKET_BROADCAST, ARPHRD_LOOPBACK, mac]),
        ),
        hex(dumps.get("b")!),
      );
    },
  );

  it("decode() gives [ifname, proto, pkttype, hatype, addr] from what the kernel returns", () => {
    // recvfrom() returns offsetof(sll_addr) + sll_halen bytes: 18 for a 6-byte address.
    const kernel = fromHex(`1100 86dd ${loIndex()} 0403 03 06 0a0b0c0d0e0f`);
    assert.deepEqual(decode(kernel), [
      "lo",
      ETH_P_IPV6,
      C.PACKET_OTHERHOST,
      ARPHRD_LOOPBACK,
      new Uint8Array([0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f]),
    ]);
    assert.deepEqual(decode(encode(["lo", ETH_P_IP])), [
      "lo",
      ETH_P_IP,
      0,
      0,
      new Uint8Array(0),
    ]);
    const eight = new Uint8Array([8, 7, 6, 5, 4, 3, 2, 1]);
    assert.deepEqual(decode(encode(["lo", 0xffff, 255, 0xffff, eight])), [
      "lo",
      0xffff,
      255,
      0xffff,
      eight,
    ]);
  });

  it("decode() gives an empty name for index 0 or an index no interface has", () => {
    const zero = fromHex("1100 0800 00000000 0100 00 00 0000000000000000");
    assert.deepEqual(decode(zero), ["", ETH_P_IP, 0, 1, new Uint8Array(0)]);
    const unused = unusedIndex();
    const bytes = encode(["lo", ETH_P_IP]);
    new DataView(bytes.buffer).setInt32(4, unused, true);
    assert.deepEqual(decode(bytes), ["", ETH_P_IP, 0, 0, new Uint8Array(0)]);
  });

  it("decode() takes no more hardware address than sll_halen, sll_addr and the length allow", () => {
    const bytes = encode([
      "lo",
      ETH_P_IP,
      0,
      1,
      new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]),
    ]);
    assert.deepEqual(
      (decode(bytes, 16) as unknown[])[4],
      new Uint8Array([1, 2, 3, 4]),
    );
    bytes[11] = 200; // a halen larger than sll_addr
    assert.deepEqual(
      (decode(bytes) as unknown[])[4],
      new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]),
    );
  });

  it("encode() of an unknown interface name raises error ENODEV, as CPython", () => {
    const e = assertErrno(() => encode(["no-such-if0", ETH_P_IP]), E.ENODEV);
    assert.equal(e.message, "[Errno 19] No such device");
    assertErrno(() => encode(["", ETH_P_IP]), 19);
  });

  it("encode() refuses a hardware address over 8 bytes with RangeError", () => {
    assert.throws(
      () => encode(["lo", ETH_P_IP, 0, 0, new Uint8Array(9)], "sendto()"),
      {
        name: "RangeError",
        message: "sendto(): hardware address must be 8 bytes or less, got 9",
      },
    );
  });

  it("encode() refuses a non-tuple and the wrong number of elements with TypeError", () => {
    assert.throws(() => encode("lo"), {
      name: "TypeError",
      message: "bind(): AF_PACKET address must be an array, got a string",
    });
    for (const bad of [["lo"], ["lo", 0, 0, 0, new Uint8Array(0), 0]]) {
      assert.throws(() => encode(bad), {
        name: "TypeError",
        message:
          `bind(): AF_PACKET address must be an array of two to five elements, got ${bad.length}`,
      });
    }
  });

  it("encode() refuses out-of-range numbers with RangeError", () => {
    assert.throws(() => encode(["lo", 0x10000]), {
      name: "RangeError",
      message: "bind(): proto must be 0-65535, got 65536",
    });
    assert.throws(() => encode(["lo", -1]), {
      name: "RangeError",
      message: "bind(): proto must be 0-65535, got -1",
    });
    assert.throws(() => encode(["lo", 0, 256]), {
      name: "RangeError",
      message: "bind(): pkttype must be 0-255, got 256",
    });
    assert.throws(() => encode(["lo", 0, 0, 65536]), {
      name: "RangeError",
      message: "bind(): hatype must be 0-65535, got 65536",
    });
  });

  it("encode() refuses values of the wrong type with TypeError", () => {
    assert.throws(() => encode([1, ETH_P_IP]), {
      name: "TypeError",
      message: "bind(): AF_PACKET interface name must be a string, got 1",
    });
    assert.throws(() => encode(["lo", "2048"]), {
      name: "TypeError",
      message: "bind(): proto must be an integer, got a string",
    });
    assert.throws(() => encode(["lo", 0, 0, 0, [1, 2]]), {
      name: "TypeError",
      message:
        "bind(): hardware address must be a bytes-like object, got an array",
    });
    assert.throws(() => encode(["lo\0x", 0]), TypeError);
  });

  const noLive = whyNoPacketSockets();

  it(`bind() to lo is reported back by getsockname()${skipped(noLive)}`, {
    skip: noLive,
  }, () => {
    using scope = new Scope();
    const s = scope.add(socket(C.AF_PACKET, C.SOCK_RAW, htons(C.ETH_P_ALL)));
    s.bind(["lo", C.ETH_P_ALL]);
    assert.deepEqual(s.getsockname(), [
      "lo",
      C.ETH_P_ALL,
      C.PACKET_HOST,
      ARPHRD_LOOPBACK,
      new Uint8Array(6), // lo's all-zero hardware address
    ]);
  });

  it(
    `sendto() a frame on lo arrives at a packet socket bound to its EtherType${
      skipped(noLive)
    }`,
    {
      skip: noLive,
    },
    () => {
      using scope = new Scope();
      const rx = scope.add(socket(C.AF_PACKET, C.SOCK_RAW, htons(ETH_P_TEST)));
      rx.bind(["lo", ETH_P_TEST]);
      rx.settimeout(5);
      const tx = scope.add(socket(C.AF_PACKET, C.SOCK_RAW, 0));
      // Ethernet: destination, source (lo's zero address), EtherType, payload.
      const frame = new Uint8Array(60);
      frame.set([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x88, 0xb5], 0);
      const tag = crypto.getRandomValues(new Uint8Array(16));
      frame.set(tag, 14);
      assert.equal(tx.sendto(frame, ["lo", ETH_P_TEST]), 60);
      for (;;) {
        const [data, address] = rx.recvfrom(2048);
        if (!hex(data).includes(hex(tag))) continue; // someone else's test frame
        assert.deepEqual(data, frame);
        assert.deepEqual(address, [
          "lo",
          ETH_P_TEST,
          C.PACKET_HOST,
          ARPHRD_LOOPBACK,
          new Uint8Array(6),
        ]);
        break;
      }
    },
  );

  it(
    `an AF_PACKET SOCK_DGRAM socket gets the payload and the sender's link address${
      skipped(noLive)
    }`,
    { skip: noLive },
    () => {
      using scope = new Scope();
      const rx = scope.add(
        socket(C.AF_PACKET, C.SOCK_DGRAM, htons(ETH_P_TEST)),
      );
      rx.bind(["lo", ETH_P_TEST]);
      rx.settimeout(5);
      const tx = scope.add(socket(C.AF_PACKET, C.SOCK_DGRAM, 0));
      const payload = crypto.getRandomValues(new Uint8Array(46));
      // SOCK_DGRAM: the kernel builds the link header from the address.
      assert.equal(
        tx.sendto(payload, ["lo", ETH_P_TEST, 0, 0, new Uint8Array(6)]),
        46,
      );
      for (;;) {
        const [data, address] = rx.recvfrom(2048);
        if (hex(data) !== hex(payload)) continue;
        assert.deepEqual(address, [
          "lo",
          ETH_P_TEST,
          C.PACKET_HOST,
          ARPHRD_LOOPBACK,
          new Uint8Array(6),
        ]);
        break;
      }
    },
  );
});
