/**
 * Live tests beyond IP sockets on a real link: the test creates a network
 * namespace and a veth pair, keeps one end (with an IPv4 and an IPv6
 * address) in this process's namespace and moves the other into the new
 * one, and then checks
 *
 * - ICMP echo over raw sockets across the veth, IPv4 and IPv6, and the
 *   examples/ping.ts program (raw, and an ICMP datagram socket inside the
 *   namespace);
 * - raw IP sockets that send whole packets (IPPROTO_RAW, IP_HDRINCL;
 *   IPv6 with our own checksum) and what comes back, byte by byte;
 * - an AF_PACKET socket bound to the veth seeing that traffic, and the
 *   examples/sniffer.ts program printing it;
 * - route netlink seeing the veth and its addresses, in-process and through
 *   examples/ip_addr.ts, compared with iproute2's own `ip -br addr`.
 *
 * Only the addresses the test puts on its own veth are used (10.x and
 * fd00:b5:: ULA ranges no interface here has); everything is removed in an
 * `after` hook, even when a test fails. Needs root and iproute2's
 * `ip netns`; skips saying why otherwise. Example programs run under both
 * Deno and Bun.
 */
import { after, before } from "node:test";
import assert from "node:assert/strict";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import process from "node:process";
import { constants as C, os } from "../platform/mod.ts";
import { socket, type SocketType, timeout } from "../mod.ts";
import {
  decodeEthernet,
  decodeIp,
  echoRequest,
  icmpv6Checksum,
  internetChecksum,
  ipv6Checksum,
} from "../examples/_packet.ts";
import { briefLine, listInterfaces } from "../examples/_rtnetlink.ts";
import { checkFdLeaks } from "./_fd.ts";
import { Scope } from "./_net.ts";
import { describeOrSkip, it } from "./_skip.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const PING = join(ROOT, "examples/ping.ts");
const SNIFFER = join(ROOT, "examples/sniffer.ts");
const IP_ADDR = join(ROOT, "examples/ip_addr.ts");
// From <linux/if_arp.h> (checked by tests/codec_packet_test.ts's probe).
const ARPHRD_ETHER = 1;
const ETH_P_IP = 0x0800;

/** The runtimes the example programs are run with: [name, argv prefix]. */
function runtimes(): [string, string[]][] {
  const out: [string, string[]][] = [];
  const deno = join(ROOT, "node_modules/.bin/deno");
  const bun = join(ROOT, "node_modules/.bin/bun");
  if (existsSync(deno)) {
    out.push(["deno", [
      deno,
      "run",
      "--allow-ffi",
      "--allow-net",
      "--allow-env",
    ]]);
  }
  if (existsSync(bun)) out.push(["bun", [bun]]);
  return out;
}

function whySkip(): string | false {
  if (os !== "linux") return `network namespaces are Linux only; this is ${os}`;
  if (process.getuid?.() !== 0) {
    return "creating a network namespace needs root";
  }
  const ip = spawnSync("ip", ["netns", "list"], { encoding: "utf8" });
  if (ip.error || ip.status !== 0) {
    return `\`ip netns\` is unavailable: ${
      ip.error?.message ?? ip.stderr.trim()
    }`;
  }
  return false;
}

/** Runs a command; its stdout, or an Error with its stderr. */
function run(cmd: string, args: string[], timeoutMs = 30_000): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: timeoutMs });
  if (r.error) throw r.error;
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  }
  return r.stdout;
}

/** Runs an example program: exit status, stdout and stderr. */
function runExample(
  argv: string[],
  timeoutMs = 120_000, // a runtime starting cold in a VM under emulation takes ~30 s
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(argv[0], argv.slice(1), {
    encoding: "utf8",
    timeout: timeoutMs,
    cwd: ROOT,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Runs `command` (a runtime and an example with its arguments) as nobody
 * (uid and gid 65534, no groups), with a home of its own, removed after.
 */
function runAsNobody(
  command: string[],
): { status: number | null; stdout: string; stderr: string } {
  const home = mkdtempSync(join(tmpdir(), "bsock-nobody-"));
  try {
    spawnSync("chown", ["65534:65534", home]);
    return runExample([
      "setpriv",
      "--reuid=65534",
      "--regid=65534",
      "--clear-groups",
      "env",
      `HOME=${home}`,
      `DENO_DIR=${join(home, "deno")}`,
      ...command,
    ]);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** A 16-bit group of an IPv6 address from two octets, in hex. */
function group(a: number, b: number): string {
  return ((a << 8) | b).toString(16);
}

/** Resolves once `check()` is true, polling every 20 ms for at most `ms`. */
async function until(
  what: string,
  check: () => boolean,
  ms = 10_000,
): Promise<void> {
  const deadline = performance.now() + ms;
  while (!check()) {
    if (performance.now() > deadline) {
      throw new Error(`Timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The 16 bytes of an IPv6 address written in full or with "::". */
function v6Bytes(text: string): Uint8Array {
  const [head, tail] = text.includes("::") ? text.split("::") : [text, null];
  const h = head ? head.split(":") : [];
  const t = tail ? tail.split(":") : [];
  const groups = [...h, ...Array(8 - h.length - t.length).fill("0"), ...t];
  const out = new Uint8Array(16);
  groups.forEach((g, i) =>
    new DataView(out.buffer).setUint16(2 * i, parseInt(g, 16))
  );
  return out;
}

function v4Bytes(text: string): Uint8Array {
  return new Uint8Array(text.split(".").map(Number));
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

/** Receives on `s` until `accept` takes a datagram; `timeout` after `seconds`. */
function receiveMatching<T>(
  s: SocketType,
  seconds: number,
  accept: (data: Uint8Array, address: unknown) => T | null,
): T {
  const deadline = performance.now() + seconds * 1000;
  for (;;) {
    const left = (deadline - performance.now()) / 1000;
    if (left <= 0) throw new timeout();
    s.settimeout(left);
    const [data, address] = s.recvfrom(65535);
    const got = accept(data, address);
    if (got !== null) return got;
  }
}

/**
 * Why examples/ping.ts cannot be shown failing for want of privilege here,
 * or false: it needs setpriv, and a ping_group_range that leaves out
 * nobody's group (65534), which could otherwise open an ICMP datagram
 * socket.
 */
function noUnprivilegedPing(): string | false {
  if (spawnSync("setpriv", ["--version"]).error) {
    return "setpriv (util-linux) is not installed";
  }
  const [low = 1, high = 0] = readFileSync(
    "/proc/sys/net/ipv4/ping_group_range",
    "utf8",
  ).trim().split(/\s+/).map(Number);
  return low <= 65534 && 65534 <= high
    ? `ping_group_range (${low} ${high}) lets nobody ping without privilege`
    : false;
}

const skip = whySkip();

describeOrSkip(
  "a veth pair into a network namespace",
  skip,
  () => {
    checkFdLeaks();

    const n = `${process.pid % 100000}`.padStart(5, "0");
    const NS = `bsock-test-${n}-${Math.floor(Math.random() * 1e6)}`;
    const HOST_IF = `bsk${n}a`; // in this namespace
    const PEER_IF = `bsk${n}b`; // in NS
    const SAME_IF = `bsk${n}c`; // a second pair, same index at both ends
    let local4 = "";
    let peer4 = "";
    let local6 = "";
    let peer6 = "";
    const id = (process.pid & 0x7fff) | 0x4000;
    let seq = 1;

    before(async () => {
      // A /24 and a /64 that no interface here has an address in.
      const taken = listInterfaces().flatMap((i) =>
        i.addresses.map((a) => a.address)
      );
      let a = 0;
      let b = 0;
      do {
        a = 100 + Math.floor(Math.random() * 150);
        b = 1 + Math.floor(Math.random() * 253);
      } while (
        taken.some((t) =>
          t.startsWith(`10.${a}.${b}.`) || t.startsWith(`fd00:b5:${a}${b}:`)
        )
      );
      local4 = `10.${a}.${b}.1`;
      peer4 = `10.${a}.${b}.2`;
      local6 = `fd00:b5:${group(a, b)}::1`;
      peer6 = `fd00:b5:${group(a, b)}::2`;
      run("ip", ["netns", "add", NS]);
      run("ip", [
        "link",
        "add",
        HOST_IF,
        "type",
        "veth",
        "peer",
        "name",
        PEER_IF,
        "netns",
        NS,
      ]);
      run("ip", ["addr", "add", `${local4}/24`, "dev", HOST_IF]);
      run("ip", ["-6", "addr", "add", `${local6}/64`, "dev", HOST_IF, "nodad"]);
      run("ip", ["link", "set", HOST_IF, "up"]);
      run("ip", ["-n", NS, "link", "set", "lo", "up"]);
      run("ip", ["-n", NS, "addr", "add", `${peer4}/24`, "dev", PEER_IF]);
      run("ip", [
        "-n",
        NS,
        "-6",
        "addr",
        "add",
        `${peer6}/64`,
        "dev",
        PEER_IF,
        "nodad",
      ]);
      run("ip", ["-n", NS, "link", "set", PEER_IF, "up"]);
      await until(
        `${HOST_IF} to be up`,
        () => listInterfaces().find((i) => i.name === HOST_IF)?.state === "UP",
      );
    });

    after(() => {
      // Deleting the namespace deletes PEER_IF, and with it HOST_IF.
      spawnSync("ip", ["netns", "del", NS]);
      spawnSync("ip", ["link", "del", HOST_IF]);
      spawnSync("ip", ["link", "del", SAME_IF]);
    });

    /** Sends one echo request over `s` to `peer` and returns the reply bytes. */
    function echo(
      s: SocketType,
      v6: boolean,
      peer: string,
      payload: Uint8Array,
    ): [Uint8Array, unknown, number] {
      const n = seq++;
      s.sendto(
        echoRequest(id, n, payload, v6),
        v6 ? [peer, 0, 0, 0] : [peer, 0],
      );
      return receiveMatching(s, 5, (data, address) => {
        // IPv4 raw sockets get the IP header; IPv6 ones only the ICMPv6 message.
        const icmp = v6 ? data : data.subarray((data[0] & 0x0f) * 4);
        const view = new DataView(
          icmp.buffer,
          icmp.byteOffset,
          icmp.byteLength,
        );
        const reply = v6 ? 129 : 0;
        if (
          icmp[0] !== reply || view.getUint16(4) !== id ||
          view.getUint16(6) !== n
        ) return null;
        return [data, address, n];
      });
    }

    it("a raw ICMP socket gets an IPv4 echo reply from the peer, header and all", () => {
      using scope = new Scope();
      const s = scope.add(socket(C.AF_INET, C.SOCK_RAW, C.IPPROTO_ICMP));
      const payload = crypto.getRandomValues(new Uint8Array(56));
      const [data, address, n] = echo(s, false, peer4, payload);
      assert.deepEqual(address, [peer4, 0]);
      const ip = decodeIp(data)!;
      assert.equal(ip.version, 4);
      assert.equal(ip.src, peer4);
      assert.equal(ip.dst, local4);
      assert.equal(ip.protocol, C.IPPROTO_ICMP);
      assert.equal(ip.ttl, 64);
      assert.equal(ip.length, data.length);
      const icmp = data.subarray(ip.payloadOffset);
      assert.equal(internetChecksum(data.subarray(0, ip.payloadOffset)), 0); // IP header checksum
      assert.equal(internetChecksum(icmp), 0); // ICMP checksum
      const expected = echoRequest(id, n, payload);
      expected[0] = 0; // echo reply
      expected[2] = expected[3] = 0;
      new DataView(expected.buffer).setUint16(2, internetChecksum(expected));
      assert.deepEqual(icmp, expected);
    });

    it("a raw ICMPv6 socket gets an echo reply whose kernel checksum our pseudo-header sum verifies", () => {
      using scope = new Scope();
      const s = scope.add(socket(C.AF_INET6, C.SOCK_RAW, C.IPPROTO_ICMPV6));
      const payload = crypto.getRandomValues(new Uint8Array(56));
      const [data, address, n] = echo(s, true, peer6, payload);
      assert.deepEqual(address, [peer6, 0, 0, 0]);
      assert.equal(data.length, 64);
      assert.deepEqual(
        data.subarray(4),
        echoRequest(id, n, payload, true).subarray(4),
      );
      assert.equal(data[0], 129);
      assert.equal(data[1], 0);
      assert.equal(icmpv6Checksum(v6Bytes(peer6), v6Bytes(local6), data), 0);
    });

    it("an IPPROTO_RAW socket sends a whole IPv4 packet we built; the reply comes to a raw ICMP socket", () => {
      using scope = new Scope();
      const rx = scope.add(socket(C.AF_INET, C.SOCK_RAW, C.IPPROTO_ICMP));
      const tx = scope.add(socket(C.AF_INET, C.SOCK_RAW, C.IPPROTO_RAW));
      // IPPROTO_RAW implies IP_HDRINCL.
      assert.equal(tx.getsockopt(C.IPPROTO_IP, C.IP_HDRINCL), 1);
      const n = seq++;
      const icmp = echoRequest(
        id,
        n,
        crypto.getRandomValues(new Uint8Array(32)),
      );
      const header = new Uint8Array(20);
      const view = new DataView(header.buffer);
      header[0] = 0x45;
      view.setUint16(2, 20 + icmp.length);
      view.setUint16(4, n);
      header[8] = 17; // a TTL of our own
      header[9] = C.IPPROTO_ICMP;
      header.set(v4Bytes(local4), 12);
      header.set(v4Bytes(peer4), 16);
      view.setUint16(10, internetChecksum(header));
      assert.equal(
        tx.sendto(concat(header, icmp), [peer4, 0]),
        20 + icmp.length,
      );
      const reply = receiveMatching(rx, 5, (data) => {
        const ip = decodeIp(data);
        const t = ip?.transport;
        return t && t.kind === "icmp" && t.type === 0 && t.id === id &&
            t.seq === n
          ? data
          : null;
      });
      assert.deepEqual(reply.subarray(20 + 8), icmp.subarray(8)); // the payload came back
    });

    it("IP_HDRINCL on a raw UDP socket: a datagram to a closed port brings ICMP port unreachable quoting it", () => {
      using scope = new Scope();
      const rx = scope.add(socket(C.AF_INET, C.SOCK_RAW, C.IPPROTO_ICMP));
      const tx = scope.add(socket(C.AF_INET, C.SOCK_RAW, C.IPPROTO_UDP));
      assert.equal(tx.getsockopt(C.IPPROTO_IP, C.IP_HDRINCL), 0);
      tx.setsockopt(C.IPPROTO_IP, C.IP_HDRINCL, 1);
      assert.equal(tx.getsockopt(C.IPPROTO_IP, C.IP_HDRINCL), 1);
      const port = 40000 + (seq++ % 20000);
      const udp = new Uint8Array(8 + 4);
      const u = new DataView(udp.buffer);
      u.setUint16(0, port);
      u.setUint16(2, 9); // discard: nothing listens in the new namespace
      u.setUint16(4, udp.length);
      udp.set([0xde, 0xad, 0xbe, 0xef], 8); // UDP checksum 0: none (IPv4)
      const header = new Uint8Array(20);
      const view = new DataView(header.buffer);
      header[0] = 0x45;
      view.setUint16(2, 20 + udp.length);
      header[8] = 64;
      header[9] = C.IPPROTO_UDP;
      header.set(v4Bytes(local4), 12);
      header.set(v4Bytes(peer4), 16);
      view.setUint16(10, internetChecksum(header));
      const packet = concat(header, udp);
      tx.sendto(packet, [peer4, 0]);
      const error = receiveMatching(rx, 5, (data) => {
        const ip = decodeIp(data);
        const t = ip?.transport;
        if (
          !ip || !t || t.kind !== "icmp" || t.type !== 3 || ip.src !== peer4
        ) return null;
        const quoted = data.subarray(ip.payloadOffset + 8);
        return new DataView(quoted.buffer, quoted.byteOffset).getUint16(20) ===
            port
          ? data
          : null;
      });
      const ip = decodeIp(error)!;
      assert.equal(ip.transport?.kind === "icmp" && ip.transport.code, 3); // port unreachable
      const quoted = error.subarray(ip.payloadOffset + 8);
      // The quoted header is ours but for the fields the kernel fills (id, checksum).
      assert.deepEqual(quoted.subarray(20, 32), udp);
      assert.deepEqual(quoted.subarray(12, 20), header.subarray(12, 20));
      assert.equal(quoted[9], C.IPPROTO_UDP);
    });

    it("a raw IPv6 UDP socket sends our datagram, pseudo-header checksum ours; port unreachable returns", () => {
      using scope = new Scope();
      const rx = scope.add(socket(C.AF_INET6, C.SOCK_RAW, C.IPPROTO_ICMPV6));
      const tx = scope.add(socket(C.AF_INET6, C.SOCK_RAW, C.IPPROTO_UDP));
      const port = 40000 + (seq++ % 20000);
      const udp = new Uint8Array(8 + 5);
      const u = new DataView(udp.buffer);
      u.setUint16(0, port);
      u.setUint16(2, 9);
      u.setUint16(4, udp.length);
      udp.set([1, 2, 3, 4, 5], 8);
      // Raw IPv6 sockets leave the UDP checksum to us (no IPV6_CHECKSUM set).
      u.setUint16(
        6,
        ipv6Checksum(v6Bytes(local6), v6Bytes(peer6), C.IPPROTO_UDP, udp),
      );
      assert.equal(
        ipv6Checksum(v6Bytes(local6), v6Bytes(peer6), C.IPPROTO_UDP, udp),
        0,
      );
      tx.sendto(udp, [peer6, 0]);
      const reply = receiveMatching(rx, 5, (data, address) => {
        if (data[0] !== 1 || (address as unknown[])[0] !== peer6) return null; // destination unreachable
        const inner = data.subarray(8);
        return new DataView(inner.buffer, inner.byteOffset).getUint16(40) ===
            port
          ? data
          : null;
      });
      assert.equal(reply[1], 4); // port unreachable
      assert.deepEqual(reply.subarray(8 + 40, 8 + 40 + udp.length), udp);
      assert.equal(icmpv6Checksum(v6Bytes(peer6), v6Bytes(local6), reply), 0);
    });

    it("an AF_PACKET socket bound to the veth sees the echo request and reply with their addresses", () => {
      using scope = new Scope();
      const mac = listInterfaces().find((i) => i.name === HOST_IF)!.mac!;
      const macBytes = new Uint8Array(
        mac.split(":").map((h) => parseInt(h, 16)),
      );
      // Protocol 0 receives nothing until bind() names the veth and the
      // protocol: opened with ETH_P_ALL, the socket would first queue every
      // interface's frames (loopback traffic from other processes can fill
      // its buffer, and the echo below is then dropped).
      const cap = scope.add(socket(C.AF_PACKET, C.SOCK_RAW, 0));
      cap.bind([HOST_IF, C.ETH_P_ALL]);
      const s = scope.add(socket(C.AF_INET, C.SOCK_RAW, C.IPPROTO_ICMP));
      const [, , n] = echo(s, false, peer4, new Uint8Array(24));
      const seen: string[] = [];
      const addresses: unknown[] = [];
      receiveMatching(cap, 5, (frame, address) => {
        const d = decodeEthernet(frame);
        const t = d.ip?.transport;
        if (!t || t.kind !== "icmp" || t.id !== id || t.seq !== n) return null;
        seen.push(d.text);
        addresses.push(address);
        return seen.length === 2 ? true : null;
      });
      assert.deepEqual(seen, [
        `IP ${local4} > ${peer4}: ICMP echo request, id ${id}, seq ${n}, len 32`,
        `IP ${peer4} > ${local4}: ICMP echo reply, id ${id}, seq ${n}, len 32`,
      ]);
      assert.deepEqual(addresses[0], [
        HOST_IF,
        ETH_P_IP,
        C.PACKET_OUTGOING,
        ARPHRD_ETHER,
        macBytes,
      ]);
      const [name, proto, pkttype, hatype, peerMac] = addresses[1] as [
        string,
        number,
        number,
        number,
        Uint8Array,
      ];
      assert.deepEqual([name, proto, pkttype, hatype, peerMac.length], [
        HOST_IF,
        ETH_P_IP,
        C.PACKET_HOST,
        ARPHRD_ETHER,
        6,
      ]);
    });

    it("route netlink lists the veth with its addresses and its peer in another namespace", () => {
      const all = listInterfaces();
      const veth = all.find((i) => i.name === HOST_IF);
      assert.ok(veth, `no ${HOST_IF} in ${all.map((i) => i.name)}`);
      const peerIndex =
        JSON.parse(run("ip", ["-n", NS, "-j", "link", "show", PEER_IF]))[0]
          .ifindex;
      assert.equal(veth.link, peerIndex);
      assert.notEqual(veth.linkNetnsid, null);
      assert.equal(veth.state, "UP");
      const addresses = veth.addresses.map((a) =>
        `${a.address}/${a.prefixlen}`
      );
      assert.ok(addresses.includes(`${local4}/24`), String(addresses));
      assert.ok(addresses.includes(`${local6}/64`), String(addresses));
      assert.ok(briefLine(veth, all).startsWith(`${HOST_IF}@if${peerIndex} `));
    });

    it(
      "examples/ip_addr.ts names a peer elsewhere that has the interface's own index as `ip` does (issue 14)",
      { timeout: 300_000 },
      () => {
        // In a fresh namespace both ends of a veth can have the same index;
        // IFLA_LINK then equals the interface's index, yet names the peer.
        const indexes = (args: string[]) =>
          (JSON.parse(run("ip", [...args, "-j", "link", "show"])) as {
            ifindex: number;
          }[]).map((l) => l.ifindex);
        const index = Math.max(...indexes([]), ...indexes(["-n", NS])) + 1;
        run("ip", [
          "link",
          "add",
          SAME_IF,
          "index",
          `${index}`,
          "type",
          "veth",
          "peer",
          "name",
          `${SAME_IF}p`,
          "index",
          `${index}`,
          "netns",
          NS,
        ]);
        run("ip", ["link", "set", SAME_IF, "up"]);
        const theirs = run("ip", ["-br", "addr", "show", "dev", SAME_IF]);
        assert.match(theirs, new RegExp(`^${SAME_IF}@if${index} `));
        const veth = listInterfaces().find((i) => i.name === SAME_IF);
        assert.ok(veth, `no ${SAME_IF}`);
        assert.equal(veth.index, index);
        assert.equal(veth.link, index);
        for (const [, argv] of runtimes()) {
          const ours = runExample([...argv, IP_ADDR, SAME_IF]);
          assert.equal(ours.status, 0, ours.stderr);
          assert.equal(
            ours.stdout,
            run("ip", ["-br", "addr", "show", "dev", SAME_IF]),
          );
        }
      },
    );

    for (const [name, argv] of runtimes()) {
      it(
        `examples/ip_addr.ts under ${name} prints the veth as \`ip -br addr\` does`,
        { timeout: 300_000 },
        () => {
          for (let attempt = 1;; attempt++) {
            const ours = runExample([...argv, IP_ADDR, HOST_IF]);
            assert.equal(ours.status, 0, ours.stderr);
            const theirs = run("ip", ["-br", "addr", "show", "dev", HOST_IF]);
            try {
              assert.equal(ours.stdout, theirs);
              assert.match(
                ours.stdout,
                new RegExp(
                  `^${HOST_IF}@if\\d+ +UP +${
                    local4.replaceAll(".", "\\.")
                  }/24 `,
                ),
              );
              break;
            } catch (e) {
              if (attempt === 3) throw e; // an address may appear between the two reads
            }
          }
        },
      );

      it(
        `examples/ip_addr.ts under ${name} inside the namespace lists lo and the peer`,
        { timeout: 300_000 },
        () => {
          for (let attempt = 1;; attempt++) {
            const ours = runExample([
              "ip",
              "netns",
              "exec",
              NS,
              ...argv,
              IP_ADDR,
            ]);
            assert.equal(ours.status, 0, ours.stderr);
            const theirs = run("ip", ["-n", NS, "-br", "addr"]);
            try {
              assert.equal(ours.stdout, theirs);
              assert.match(
                ours.stdout,
                new RegExp(
                  `^${PEER_IF}@if\\d+ +UP +${peer4.replaceAll(".", "\\.")}/24 `,
                  "m",
                ),
              );
              break;
            } catch (e) {
              if (attempt === 3) throw e;
            }
          }
        },
      );

      it(
        `examples/ping.ts under ${name} pings the peer over IPv4 and IPv6 with statistics`,
        { timeout: 300_000 },
        () => {
          for (const [flag, peer] of [["-4", peer4], ["-6", peer6]]) {
            const r = runExample([
              ...argv,
              PING,
              flag,
              "-c",
              "3",
              "-i",
              "0.05",
              "-W",
              "5",
              peer,
            ]);
            assert.equal(r.status, 0, r.stdout + r.stderr);
            const lines = r.stdout.trim().split("\n");
            const header = flag === "-4"
              ? `PING ${peer} (${peer}) 56(84) bytes of data.`
              : `PING ${peer} (${peer}) 56 data bytes`;
            assert.equal(lines[0], header);
            for (let i = 1; i <= 3; i++) {
              assert.match(
                lines[i],
                new RegExp(
                  `^64 bytes from ${peer}: icmp_seq=${i} ttl=64 time=\\d+(\\.\\d+)? ms$`,
                ),
              );
            }
            assert.equal(lines[4], "");
            assert.equal(lines[5], `--- ${peer} ping statistics ---`);
            assert.match(
              lines[6],
              /^3 packets transmitted, 3 received, 0% packet loss, time \d+ms$/,
            );
            assert.match(
              lines[7],
              /^rtt min\/avg\/max\/mdev = \d+\.\d{3}\/\d+\.\d{3}\/\d+\.\d{3}\/\d+\.\d{3} ms$/,
            );
          }
        },
      );

      it(
        `examples/ping.ts under ${name} uses an ICMP datagram socket where ping_group_range allows`,
        {
          timeout: 300_000,
        },
        () => {
          // The sysctl is per namespace: this changes only the test's namespace.
          run("ip", [
            "netns",
            "exec",
            NS,
            "sh",
            "-c",
            "echo '0 2147483647' > /proc/sys/net/ipv4/ping_group_range",
          ]);
          for (const [flag, target] of [["-4", local4], ["-6", local6]]) {
            const r = runExample([
              "ip",
              "netns",
              "exec",
              NS,
              ...argv,
              PING,
              "--dgram",
              flag,
              "-c",
              "2",
              "-i",
              "0.05",
              target,
            ]);
            assert.equal(r.status, 0, r.stdout + r.stderr);
            assert.match(
              r.stdout,
              new RegExp(
                `^64 bytes from ${target}: icmp_seq=1 ttl=64 time=`,
                "m",
              ),
            );
            assert.match(
              r.stdout,
              /^2 packets transmitted, 2 received, 0% packet loss/m,
            );
          }
        },
      );

      it(
        `examples/ping.ts under ${name} reports 100% loss and exits 1 when nothing answers`,
        { timeout: 300_000 },
        () => {
          const silent = peer4.replace(/\.2$/, ".3"); // on the link, but no one has it
          const r = runExample([
            ...argv,
            PING,
            "-c",
            "2",
            "-i",
            "0.05",
            "-W",
            "0.3",
            silent,
          ]);
          assert.equal(r.status, 1, r.stdout + r.stderr);
          // When the neighbour lookup fails in time, the kernel answers
          // with host-unreachable errors, which ping counts as iputils does.
          assert.match(
            r.stdout,
            /^2 packets transmitted, 0 received, (\+[12] errors, )?100% packet loss/m,
          );
        },
      );

      it(
        `examples/sniffer.ts under ${name} prints the ICMP exchange on the veth`,
        { timeout: 300_000 },
        async () => {
          const child = spawn(argv[0], [
            ...argv.slice(1),
            SNIFFER,
            "-i",
            HOST_IF,
            "-c",
            "2",
            "-p",
            "icmp",
          ], {
            cwd: ROOT,
            stdio: ["ignore", "pipe", "pipe"],
          });
          const done = collect(child);
          try {
            await until(
              "the sniffer to listen",
              () => done.stderr().includes(`listening on ${HOST_IF}`),
              30_000,
            );
            using scope = new Scope();
            const s = scope.add(socket(C.AF_INET, C.SOCK_RAW, C.IPPROTO_ICMP));
            const [, , n] = echo(s, false, peer4, new Uint8Array(56));
            const { status, stdout, stderr } = await done.exit(30_000);
            assert.equal(status, 0, stderr);
            const lines = stdout.trim().split("\n");
            assert.equal(lines.length, 2, stdout);
            assert.match(
              lines[0],
              timestamped(
                `IP ${local4} > ${peer4}: ICMP echo request, id ${id}, seq ${n}, len 64`,
              ),
            );
            assert.match(
              lines[1],
              timestamped(
                `IP ${peer4} > ${local4}: ICMP echo reply, id ${id}, seq ${n}, len 64`,
              ),
            );
            assert.match(stderr, /2 packets captured/);
          } finally {
            // Kills a child the test gave up on, and waits for it either way.
            await done.exit(0);
          }
        },
      );

      it(
        `examples/sniffer.ts under ${name} without privilege says what it needs and exits 1`,
        {
          timeout: 300_000,
          skip: spawnSync("setpriv", ["--version"]).error
            ? "setpriv (util-linux) is not installed"
            : false,
        },
        () => {
          const r = runAsNobody([...argv, SNIFFER]);
          assert.equal(r.status, 1, r.stdout + r.stderr);
          assert.equal(r.stdout, "");
          assert.match(
            r.stderr,
            /^sniffer\.ts: \[Errno 1\] Operation not permitted\n/,
          );
          assert.match(r.stderr, /root or CAP_NET_RAW/);
          // The command to run it again is the running runtime's.
          if (name === "deno") {
            assert.match(r.stderr, /sudo deno run --allow-ffi /);
          } else {
            assert.match(r.stderr, /sudo bun examples\/sniffer\.ts/);
            assert.doesNotMatch(r.stderr, /deno/);
          }
          assert.doesNotMatch(r.stderr, /\n\s+at /); // no stack trace
        },
      );

      it(
        `examples/ping.ts under ${name} without privilege says what it needs, for ${name}`,
        { timeout: 300_000, skip: noUnprivilegedPing() },
        () => {
          const r = runAsNobody([...argv, PING, "-c", "1", "127.0.0.1"]);
          assert.equal(r.status, 2, r.stdout + r.stderr);
          assert.match(r.stderr, /^ping: \[Errno 13\] Permission denied\n/);
          assert.match(r.stderr, /root or with CAP_NET_RAW/);
          if (name === "deno") {
            assert.match(r.stderr, /sudo deno run --allow-ffi /);
          } else {
            assert.match(r.stderr, /sudo bun examples\/ping\.ts/);
            assert.doesNotMatch(r.stderr, /deno/);
          }
          assert.doesNotMatch(r.stderr, /\n\s+at /);
        },
      );
    }
  },
);

/** A line with tcpdump's timestamp before `text`. */
function timestamped(text: string): RegExp {
  return new RegExp(
    `^\\d\\d:\\d\\d:\\d\\d\\.\\d{6} ${text.replaceAll(".", "\\.")}$`,
  );
}

/** Collects a child's output; `exit()` waits for it (killing it after `ms`). */
function collect(child: ChildProcess) {
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => stdout += d);
  child.stderr!.on("data", (d) => stderr += d);
  // "close": the child has exited and its output pipes are read to their
  // end and closed (on Bun they are sockets, which the leak check counts).
  const closed = new Promise<number | null>((resolve) => {
    child.on("close", (code) => resolve(code));
    child.on("error", () => resolve(null));
  });
  return {
    stderr: () => stderr,
    /** Waits for the child to end, killing it after `ms`. */
    async exit(ms: number) {
      const timer = setTimeout(() => child.kill("SIGKILL"), ms);
      const status = await closed;
      clearTimeout(timer);
      return { status, stdout, stderr };
    },
  };
}
