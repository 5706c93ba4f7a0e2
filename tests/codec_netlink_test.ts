/**
 * The AF_NETLINK codec (`address/netlink.ts`): `[pid, groups]` packed into
 * `struct sockaddr_nl` byte for byte as C does, decoded back, bad addresses
 * refused with the right error class, and real NETLINK_ROUTE sockets.
 */
import assert from "node:assert/strict";
import { constants as C, os } from "../platform/mod.ts";
import { SockaddrBuffer } from "../address/codec.ts";
import { decodeAddress, encodeAddress } from "../address/mod.ts";
import { netlinkCodec } from "../address/netlink.ts";
import {
  AF_NETLINK,
  type NetlinkAddress,
  socket,
  type SocketType,
} from "../mod.ts";
import { checkFdLeaks } from "./_fd.ts";
import { Scope } from "./_net.ts";
import {
  fromHex,
  hex,
  HEX_DUMP,
  parseDumps,
  runC,
  whyNoC,
} from "./_c_probe.ts";
import { describeOrSkip, it } from "./_skip.ts";

const noNetlink = AF_NETLINK === undefined ? `${os} has no AF_NETLINK` : false;

/** A route netlink socket (the tests that call this skip without AF_NETLINK). */
function routeSocket(scope: Scope): SocketType<NetlinkAddress> {
  if (AF_NETLINK === undefined) throw new Error(`${os} has no AF_NETLINK`);
  return scope.add(socket(AF_NETLINK, C.SOCK_RAW, C.NETLINK_ROUTE));
}
// RTMGRP_LINK from <linux/rtnetlink.h> (checked by the C probe below).
const RTMGRP_LINK = 1;

/** Encodes `address` with the family's registered codec. */
function encode(address: unknown, method = "bind()"): Uint8Array {
  const buf = new SockaddrBuffer(128);
  const length = encodeAddress(C.AF_NETLINK, address, buf, method);
  return buf.bytes.slice(0, length);
}

/** Decodes `bytes` (a whole sockaddr) through the family dispatch. */
function decode(bytes: Uint8Array, length = bytes.length): unknown {
  const buf = new SockaddrBuffer(128);
  buf.bytes.fill(0xee); // stale bytes beyond `length` must not show
  buf.bytes.set(bytes);
  return decodeAddress(buf, length);
}

describeOrSkip("AF_NETLINK codec", noNetlink, () => {
  checkFdLeaks();

  it("encode() packs [pid, groups] into the 12 bytes of sockaddr_nl", () => {
    // nl_family (AF_NETLINK 16), nl_pad, nl_pid, nl_groups; host order (little-endian).
    assert.deepEqual(
      encode([0x12345678, 0x9abcdef0]),
      fromHex("1000 0000 78563412 f0debc9a"),
    );
    assert.deepEqual(encode([0, 0]), fromHex("1000 0000 00000000 00000000"));
    assert.deepEqual(
      encode([0xffffffff, 0xffffffff]),
      fromHex("1000 0000 ffffffff ffffffff"),
    );
  });

  it("the codec is registered for AF_NETLINK", () => {
    assert.equal(netlinkCodec.family, C.AF_NETLINK);
    const buf = new SockaddrBuffer(128);
    assert.equal(netlinkCodec.encode([5, 6], buf, "bind()"), 12);
    assert.deepEqual(buf.bytes.slice(0, 12), encode([5, 6]));
  });

  const noC = whyNoC();
  it(
    `encode() gives the bytes C gives for the same sockaddr_nl${
      noC ? ` (skipped: ${noC})` : ""
    }`,
    {
      skip: noC,
    },
    () => {
      const dumps = parseDumps(runC(`
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
${HEX_DUMP}
int main(void) {
  struct sockaddr_nl a;
  memset(&a, 0, sizeof a);
  a.nl_family = AF_NETLINK; a.nl_pid = 4242; a.nl_groups = RTMGRP_LINK;
  dump("a", &a, sizeof a);
  memset(&a, 0, sizeof a);
  a.nl_family = AF_NETLINK; a.nl_pid = 0xfedcba98u; a.nl_groups = 0x80000001u;
  dump("b", &a, sizeof a);
  return 0;
}
`));
      assert.equal(hex(encode([4242, RTMGRP_LINK])), hex(dumps.get("a")!));
      assert.equal(hex(encode([0xfedcba98, 0x80000001])), hex(dumps.get("b")!));
    },
  );

  it("decode() returns [pid, groups]", () => {
    assert.deepEqual(decode(encode([0x12345678, 0x9abcdef0])), [
      0x12345678,
      0x9abcdef0,
    ]);
    assert.deepEqual(decode(encode([0, 0])), [0, 0]);
    assert.deepEqual(decode(encode([0xffffffff, 1])), [0xffffffff, 1]);
  });

  it("decode() reads no bytes beyond the length the kernel returned", () => {
    const full = encode([7, 9]);
    assert.deepEqual(decode(full, 8), [7, 0]);
    assert.deepEqual(decode(full, 4), [0, 0]);
  });

  it("encode() refuses a non-tuple with TypeError naming the method", () => {
    assert.throws(() => encode(1234, "connect()"), {
      name: "TypeError",
      message: "connect(): AF_NETLINK address must be an array, got 1234",
    });
    assert.throws(() => encode("0 0"), {
      name: "TypeError",
      message: "bind(): AF_NETLINK address must be an array, got a string",
    });
    assert.throws(() => encode(null), TypeError);
  });

  it("encode() refuses the wrong number of elements with TypeError", () => {
    for (const bad of [[], [0], [0, 0, 0]]) {
      assert.throws(() => encode(bad), {
        name: "TypeError",
        message:
          `bind(): AF_NETLINK address must be a pair [pid, groups], got ${bad.length} elements`,
      });
    }
  });

  it("encode() refuses values outside 0-4294967295 with RangeError", () => {
    assert.throws(() => encode([-1, 0]), {
      name: "RangeError",
      message: "bind(): pid must be 0-4294967295, got -1",
    });
    assert.throws(() => encode([0, 2 ** 32]), {
      name: "RangeError",
      message: "bind(): groups must be 0-4294967295, got 4294967296",
    });
  });

  it("encode() refuses non-integers with TypeError", () => {
    assert.throws(() => encode([1.5, 0]), {
      name: "TypeError",
      message: "bind(): pid must be an integer, got 1.5",
    });
    assert.throws(() => encode([0, "1"]), {
      name: "TypeError",
      message: "bind(): groups must be an integer, got a string",
    });
  });

  it("bind([0, 0]) lets the kernel pick the port id that getsockname() reports", () => {
    using scope = new Scope();
    const s = routeSocket(scope);
    s.bind([0, 0]);
    const [pid, groups] = s.getsockname();
    assert.ok(Number.isInteger(pid) && pid !== 0, `pid ${pid}`);
    assert.equal(groups, 0);
  });

  it("bind() with a chosen pid and a multicast group is reported back exactly", () => {
    using scope = new Scope();
    const s = routeSocket(scope);
    // A port id no other socket holds: the kernel's choice for another socket, plus one.
    const probe = routeSocket(scope);
    probe.bind([0, 0]);
    const [taken] = probe.getsockname();
    const chosen = (taken + 0x10000000) >>> 0 || 1;
    s.bind([chosen, RTMGRP_LINK]);
    assert.deepEqual(s.getsockname(), [chosen, RTMGRP_LINK]);
  });

  it("connect([0, 0]) addresses the kernel, as getpeername() shows", () => {
    using scope = new Scope();
    const s = scope.add(socket(C.AF_NETLINK, C.SOCK_DGRAM, C.NETLINK_ROUTE));
    s.connect([0, 0]);
    assert.deepEqual(s.getpeername(), [0, 0]);
  });

  it("recvfrom() reports the kernel [0, 0] as the sender of a dump reply", () => {
    using scope = new Scope();
    const s = routeSocket(scope);
    s.settimeout(5);
    s.bind([0, 0]);
    // nlmsghdr (16) + ifinfomsg (16): RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP.
    const request = new Uint8Array(32);
    const view = new DataView(request.buffer);
    view.setUint32(0, 32, true);
    view.setUint16(4, C.RTM_GETLINK, true);
    view.setUint16(6, C.NLM_F_REQUEST | C.NLM_F_DUMP, true);
    view.setUint32(8, 77, true);
    assert.equal(s.sendto(request, [0, 0]), 32);
    const [data, address] = s.recvfrom(65536);
    assert.deepEqual(address, [0, 0]);
    const reply = new DataView(data.buffer, data.byteOffset, data.byteLength);
    assert.equal(reply.getUint16(4, true), C.RTM_NEWLINK);
    assert.equal(reply.getUint32(8, true), 77);
  });
});
