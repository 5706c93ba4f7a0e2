/**
 * The ip_addr example's route netlink code (`examples/_rtnetlink.ts`):
 * requests built byte for byte, replies parsed from hand-built messages,
 * struct sizes and states checked against the C headers, and the live
 * dump compared with what iproute2's `ip` reports.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { constants as C, os } from "../platform/mod.ts";
import {
  align,
  briefLine,
  displayName,
  dumpRequest,
  IFADDRMSG_SIZE,
  IFINFOMSG_SIZE,
  type Interface,
  type Link,
  listInterfaces,
  OPER_STATES,
  parseAddress,
  parseAttributes,
  parseLink,
  parseMessages,
  RTA_HDRLEN,
} from "../examples/_rtnetlink.ts";
import { fromHex, hex, runC, whyNoC } from "./_c_probe.ts";
import { describeOrSkip, it } from "./_skip.ts";

const noNetlink = C.AF_NETLINK === undefined
  ? `${os} has no AF_NETLINK`
  : false;

function skipped(reason: string | false): string {
  return reason ? ` (skipped: ${reason})` : "";
}

/** An rtattr: length, type, value, padding to 4. */
function attr(type: number, value: Uint8Array): Uint8Array {
  const out = new Uint8Array(align(RTA_HDRLEN + value.length));
  const view = new DataView(out.buffer);
  view.setUint16(0, RTA_HDRLEN + value.length, true);
  view.setUint16(2, type, true);
  out.set(value, RTA_HDRLEN);
  return out;
}

function cstr(text: string): Uint8Array {
  return new TextEncoder().encode(text + "\0");
}

function u32(n: number): Uint8Array {
  return new Uint8Array(new Uint32Array([n]).buffer);
}

/** A netlink message: nlmsghdr then `body`. */
function message(
  type: number,
  seq: number,
  body: Uint8Array,
  flags = C.NLM_F_MULTI,
): Uint8Array {
  const out = new Uint8Array(align(16 + body.length));
  const view = new DataView(out.buffer);
  view.setUint32(0, 16 + body.length, true);
  view.setUint16(4, type, true);
  view.setUint16(6, flags, true);
  view.setUint32(8, seq, true);
  view.setUint32(12, 0, true);
  out.set(body, 16);
  return out;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

describeOrSkip(
  "examples/_rtnetlink.ts",
  noNetlink,
  () => {
    const noC = whyNoC();
    it(
      `its struct sizes and operational states are the headers'${skipped(noC)}`,
      { skip: noC },
      () => {
        const out = runC(`
#include <stdio.h>
#include <linux/rtnetlink.h>
#include <linux/if.h>
int main(void) {
  printf("%zu %zu %zu\\n", sizeof(struct ifinfomsg), sizeof(struct ifaddrmsg), sizeof(struct rtattr));
  printf("%d %d %d %d %d %d %d\\n", IF_OPER_UNKNOWN, IF_OPER_NOTPRESENT, IF_OPER_DOWN,
         IF_OPER_LOWERLAYERDOWN, IF_OPER_TESTING, IF_OPER_DORMANT, IF_OPER_UP);
  return 0;
}
`);
        const [sizes, states] = out.trim().split("\n");
        assert.equal(
          sizes,
          `${IFINFOMSG_SIZE} ${IFADDRMSG_SIZE} ${RTA_HDRLEN}`,
        );
        // OPER_STATES[i] is the name of the IF_OPER_* whose value is i.
        assert.equal(states, "0 1 2 3 4 5 6");
        assert.deepEqual(OPER_STATES, [
          "UNKNOWN",
          "NOTPRESENT",
          "DOWN",
          "LOWERLAYERDOWN",
          "TESTING",
          "DORMANT",
          "UP",
        ]);
      },
    );

    it("dumpRequest() builds nlmsghdr + ifinfomsg / ifaddrmsg with NLM_F_REQUEST | NLM_F_DUMP", () => {
      // nlmsg_len, nlmsg_type, nlmsg_flags (0x301), nlmsg_seq, nlmsg_pid; host order.
      assert.equal(
        hex(dumpRequest(C.RTM_GETLINK, 7)),
        "20000000" + "1200" + "0103" + "07000000" + "00000000" +
          "00".repeat(16),
      );
      assert.equal(
        hex(dumpRequest(C.RTM_GETADDR, 0x01020304, C.AF_INET6)),
        "18000000" + "1600" + "0103" + "04030201" + "00000000" + "0a" +
          "00".repeat(7),
      );
    });

    it("parseMessages() splits a datagram and stops at a malformed header", () => {
      const a = message(C.RTM_NEWLINK, 1, new Uint8Array(3));
      const b = message(C.NLMSG_DONE, 1, u32(0));
      const messages = parseMessages(concat(a, b, fromHex("ffff0000 0000")));
      assert.equal(messages.length, 2);
      assert.deepEqual(
        messages.map((m) => [m.type, m.flags, m.seq, m.pid, m.payload.length]),
        [[C.RTM_NEWLINK, C.NLM_F_MULTI, 1, 0, 3], [
          C.NLMSG_DONE,
          C.NLM_F_MULTI,
          1,
          0,
          4,
        ]],
      );
    });

    it("parseAttributes() reads aligned rtattrs and masks the nesting bits", () => {
      const bytes = concat(
        attr(3, cstr("eth0")),
        attr(0x8000 | 4, u32(1500)),
        attr(3, cstr("dup")),
      );
      const attrs = parseAttributes(bytes, 0);
      assert.deepEqual([...attrs.keys()], [3, 4]);
      assert.deepEqual(attrs.get(3), cstr("eth0"));
      assert.deepEqual(attrs.get(4), u32(1500));
    });

    it("parseLink() and parseAddress() decode RTM_NEWLINK and RTM_NEWADDR payloads", () => {
      const ifinfo = new Uint8Array(IFINFOMSG_SIZE);
      const view = new DataView(ifinfo.buffer);
      view.setUint16(2, 1, true); // ARPHRD_ETHER
      view.setInt32(4, 7, true);
      view.setUint32(8, C.IFF_UP | C.IFF_RUNNING, true);
      const link = parseLink(concat(
        ifinfo,
        attr(C.IFLA_IFNAME, cstr("veth0")),
        attr(C.IFLA_MTU, u32(1500)),
        attr(C.IFLA_ADDRESS, fromHex("02005e000001")),
        attr(C.IFLA_OPERSTATE, new Uint8Array([6])),
        attr(C.IFLA_LINK, u32(8)),
        attr(C.IFLA_LINK_NETNSID, u32(0)),
      ));
      assert.deepEqual(link, {
        index: 7,
        name: "veth0",
        flags: C.IFF_UP | C.IFF_RUNNING,
        type: 1,
        state: "UP",
        mtu: 1500,
        mac: "02:00:5e:00:00:01",
        link: 8,
        linkNetnsid: 0,
      });
      const v4 = parseAddress(concat(
        new Uint8Array([C.AF_INET, 24, 0x80, 0, 7, 0, 0, 0]),
        attr(C.IFA_ADDRESS, fromHex("0a000001")),
        attr(C.IFA_LOCAL, fromHex("0a000001")),
        attr(C.IFA_LABEL, cstr("veth0")),
      ));
      assert.deepEqual(v4, {
        index: 7,
        family: C.AF_INET,
        prefixlen: 24,
        address: "10.0.0.1",
        peer: null,
        scope: 0,
        label: "veth0",
      });
      const ptp = parseAddress(concat(
        new Uint8Array([C.AF_INET, 32, 0, 0, 9, 0, 0, 0]),
        attr(C.IFA_ADDRESS, fromHex("0a000102")),
        attr(C.IFA_LOCAL, fromHex("0a000101")),
      ));
      assert.equal(ptp.address, "10.0.1.1");
      assert.equal(ptp.peer, "10.0.1.2");
      const v6 = parseAddress(concat(
        new Uint8Array([C.AF_INET6, 64, 0, 0, 7, 0, 0, 0]),
        attr(C.IFA_ADDRESS, fromHex("fd000000000000000000000000000001")),
      ));
      assert.equal(v6.address, "fd00::1");
      assert.equal(v6.family, C.AF_INET6);
    });

    it("briefLine() prints like `ip -br addr`, naming a veth's peer", () => {
      const base = {
        flags: 0,
        type: 1,
        mtu: 1500,
        mac: null,
        linkNetnsid: null,
      };
      const a: Interface = {
        ...base,
        index: 5,
        name: "veth0",
        state: "UP",
        link: 6,
        addresses: [
          {
            index: 5,
            family: C.AF_INET,
            prefixlen: 24,
            address: "10.0.0.1",
            peer: null,
            scope: 0,
            label: null,
          },
          {
            index: 5,
            family: C.AF_INET6,
            prefixlen: 64,
            address: "fd00::1",
            peer: null,
            scope: 0,
            label: null,
          },
        ],
      };
      const b: Interface = {
        ...base,
        index: 6,
        name: "veth1",
        state: "DOWN",
        link: 5,
        addresses: [],
      };
      const far: Interface = { ...b, linkNetnsid: 0, link: 2 };
      const lo: Interface = {
        ...base,
        index: 1,
        name: "lo",
        state: "UNKNOWN",
        link: null,
        addresses: [],
      };
      assert.equal(
        briefLine(a, [a, b]),
        "veth0@veth1      UP             10.0.0.1/24 fd00::1/64 ",
      );
      assert.equal(briefLine(b, [a, b]), "veth1@veth0      DOWN           ");
      assert.equal(
        briefLine(far, [a, far]),
        "veth1@if2        DOWN           ",
      );
      assert.equal(briefLine(lo, [lo]), "lo               UNKNOWN        ");
    });

    it("displayName() names a peer in another namespace even at the same index (issue 14)", () => {
      // In a fresh namespace both veth ends can have index 2: the link is
      // the peer namespace's index 2, not the interface itself.
      const base = {
        flags: 0,
        type: 1,
        state: "UP",
        mtu: 1500,
        mac: null,
      };
      const veth: Link = {
        ...base,
        index: 2,
        name: "veth0",
        link: 2,
        linkNetnsid: 0,
      };
      assert.equal(displayName(veth, [veth]), "veth0@if2");
      const self: Link = { ...veth, linkNetnsid: null };
      assert.equal(displayName(self, [self]), "veth0");
      const none: Link = { ...veth, name: "sit0", link: 0, linkNetnsid: null };
      assert.equal(displayName(none, [none]), "sit0@NONE");
    });

    it("listInterfaces() finds lo with 127.0.0.1/8", () => {
      const lo = listInterfaces().find((i) => i.name === "lo");
      assert.ok(lo, "no lo");
      assert.equal(lo.index, 1);
      assert.ok(lo.flags & C.IFF_LOOPBACK);
      assert.ok(
        lo.addresses.some((a) =>
          a.family === C.AF_INET && a.address === "127.0.0.1" &&
          a.prefixlen === 8
        ),
        JSON.stringify(lo.addresses),
      );
    });

    const noIp = whyNoIp();
    it(
      `listInterfaces() agrees with iproute2's \`ip -j addr\`${skipped(noIp)}`,
      { skip: noIp },
      () => {
        type IpJson = {
          ifindex: number;
          ifname: string;
          operstate: string;
          addr_info: { family: string; local: string; prefixlen: number }[];
        }[];
        const summary = (
          list: {
            index: number;
            name: string;
            state: string;
            addresses: string[];
          }[],
        ) =>
          list.map((i) => ({ ...i, addresses: [...i.addresses].sort() })).sort((
            x,
            y,
          ) => x.index - y.index);
        // Addresses can change between the two reads (DAD, SLAAC): read again on a difference.
        for (let attempt = 1;; attempt++) {
          const ours = summary(
            listInterfaces().map((i) => ({
              index: i.index,
              name: i.name,
              state: i.state,
              addresses: i.addresses.map((a) => `${a.address}/${a.prefixlen}`),
            })),
          );
          const theirs = summary(
            (JSON.parse(
              execFileSync("ip", ["-j", "addr"], { encoding: "utf8" }),
            ) as IpJson).map((i) => ({
              index: i.ifindex,
              name: i.ifname,
              state: i.operstate,
              addresses: i.addr_info.map((a) => `${a.local}/${a.prefixlen}`),
            })),
          );
          try {
            assert.deepEqual(ours, theirs);
            return;
          } catch (e) {
            if (attempt === 3) throw e;
          }
        }
      },
    );
  },
);

function whyNoIp(): string | false {
  if (noNetlink) return noNetlink;
  try {
    execFileSync("ip", ["-V"], { stdio: "ignore" });
    return false;
  } catch {
    return "iproute2's ip is not installed";
  }
}
