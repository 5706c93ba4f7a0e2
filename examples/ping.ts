// ping: ICMP echo requests with round-trip statistics, over IPv4 or IPv6.
//
// Usage: ping.ts [-4|-6] [-c COUNT] [-i INTERVAL] [-W TIMEOUT] [-s SIZE]
//                [--raw|--dgram] HOST
//   deno run --allow-ffi --allow-net --allow-env examples/ping.ts -c 3 127.0.0.1
//   bun examples/ping.ts -6 -c 3 ::1
//
// It uses a raw ICMP socket when it may (root or CAP_NET_RAW), else an ICMP
// datagram socket ("ping socket": SOCK_DGRAM + IPPROTO_ICMP), which Linux
// allows to the groups in net.ipv4.ping_group_range. --raw or --dgram
// forces one. Exit status as ping's: 0 if a reply came, 1 if none, 2 on
// an error.
//
// The ICMP checksum is computed here; the ICMPv6 one covers a pseudo-header
// with the source address the kernel picks, so the kernel computes it, as
// RFC 3542 requires of raw ICMPv6 and ping sockets.
import process from "node:process";
import * as socket from "../mod.ts";
import { runtime } from "../ffi/mod.ts";
// TODO(lead): errno numbers from a public module once one exports them.
import { errno as E } from "../platform/mod.ts";
import { args, exit } from "./_args.ts";
import {
  decodeIcmp,
  decodeIp,
  echoRequest,
  ICMP6_DST_UNREACH,
  ICMP6_ECHO_REPLY,
  ICMP6_TIME_EXCEEDED,
  ICMP_DEST_UNREACH,
  ICMP_ECHOREPLY,
  ICMP_TIME_EXCEEDED,
  internetChecksum,
  type Transport,
} from "./_packet.ts";

/** Ancillary integers are in host byte order. */
const LE: boolean = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

const USAGE =
  "usage: ping.ts [-4|-6] [-c count] [-i interval] [-W timeout] [-s size] [--raw|--dgram] host";

function fail(message: string, code = 2): never {
  console.error(`ping: ${message}`);
  exit(code);
}

// ---- Options --------------------------------------------------------------

let family: number | null = null;
let count = Infinity;
let interval = 1;
let wait = 2;
let size = 56;
let mode: "raw" | "dgram" | null = null;
let host: string | null = null;

function number(
  option: string,
  value: string | undefined,
  min: number,
): number {
  const n = Number(value);
  if (value === undefined || value === "" || !Number.isFinite(n) || n < min) {
    fail(`invalid argument for ${option}: '${value ?? ""}'\n${USAGE}`);
  }
  return n;
}

const argv = args();
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i] ?? "";
  if (arg === "-4") family = socket.AF_INET;
  else if (arg === "-6") family = socket.AF_INET6;
  else if (arg === "-c") count = Math.floor(number(arg, argv[++i], 1));
  else if (arg === "-i") interval = number(arg, argv[++i], 0.002);
  else if (arg === "-W") wait = number(arg, argv[++i], 0.001);
  else if (arg === "-s") size = Math.floor(number(arg, argv[++i], 0));
  else if (arg === "--raw") mode = "raw";
  else if (arg === "--dgram") mode = "dgram";
  else if (arg === "-h" || arg === "--help") {
    console.log(USAGE);
    exit(0);
  } else if (arg.startsWith("-") || host !== null) fail(USAGE);
  else host = arg;
}
if (host === null) fail(USAGE);
if (size > 65507) fail(`invalid -s value: '${size}'`);

// ---- Target and socket ----------------------------------------------------

let target: string;
let af: number;
try {
  const [first] = socket.getaddrinfo(
    host,
    null,
    family ?? socket.AF_UNSPEC,
    socket.SOCK_RAW,
  );
  if (first === undefined) fail(`${host}: no address`);
  af = first[0];
  target = first[4][0];
} catch (e) {
  if (!(e instanceof socket.error)) throw e;
  fail(`${host}: ${e.strerror ?? e.message}`);
}
const v6 = af === socket.AF_INET6;
const proto = v6 ? socket.IPPROTO_ICMPV6 : socket.IPPROTO_ICMP;

function denied(e: unknown): boolean {
  return e instanceof socket.error &&
    (e.errno === E.EPERM || e.errno === E.EACCES);
}

function open(): [socket.SocketType, "raw" | "dgram"] {
  if (mode !== "dgram") {
    try {
      return [socket.socket(af, socket.SOCK_RAW, proto), "raw"];
    } catch (e) {
      if (mode === "raw" || !denied(e)) throw e;
    }
  }
  return [socket.socket(af, socket.SOCK_DGRAM, proto), "dgram"];
}

/** How to run this script again with privilege, on the runtime running it. */
const AGAIN = runtime === "deno"
  ? "sudo deno run --allow-ffi --allow-net --allow-env examples/ping.ts ..."
  : "sudo bun examples/ping.ts ...";

let sock: socket.SocketType;
let kind: "raw" | "dgram";
try {
  [sock, kind] = open();
} catch (e) {
  if (!(e instanceof socket.error)) throw e;
  if (denied(e)) {
    fail(
      `${e.message}\n` +
        "ping needs a raw ICMP socket: run it as root or with CAP_NET_RAW\n" +
        `  (sudo setcap cap_net_raw+ep on the ${runtime} binary, or ${AGAIN}),\n` +
        "or an ICMP datagram socket, which needs your group in net.ipv4.ping_group_range\n" +
        "  (sudo sysctl -w net.ipv4.ping_group_range='0 2147483647').",
    );
  }
  fail(e.message);
}

// Ask for the TTL / hop limit of each reply as ancillary data where the
// platform has it (a raw IPv4 socket reads it from the IP header instead).
let ancillary = false;
const ttlOption = v6
  ? socket.IPV6_RECVHOPLIMIT
  : kind === "dgram"
  ? socket.IP_RECVTTL
  : undefined;
if (ttlOption !== undefined) {
  try {
    sock.setsockopt(v6 ? socket.IPPROTO_IPV6 : socket.IPPROTO_IP, ttlOption, 1);
    ancillary = true;
  } catch (e) {
    if (!(e instanceof socket.error)) throw e;
  }
}

// A ping socket's identifier is its local port, chosen by the kernel, which
// delivers to it only its own replies; a raw socket sees every ICMP packet
// and tells its own by the identifier.
const id = kind === "raw" ? process.pid & 0xffff : 0;
const payload = new Uint8Array(size);
for (let i = 0; i < size; i++) payload[i] = i & 0xff;

// ---- Sending and receiving --------------------------------------------------

const sentAt = new Map<number, number>();
const rtts: number[] = [];
let transmitted = 0;
let received = 0;
let errors = 0;
let interrupted = false;
process.on("SIGINT", () => {
  interrupted = true;
});

const UNREACHABLE_V4: Record<number, string> = {
  0: "Destination Net Unreachable",
  1: "Destination Host Unreachable",
  2: "Destination Protocol Unreachable",
  3: "Destination Port Unreachable",
  4: "Frag needed and DF set",
  13: "Communication prohibited by filter",
};
const UNREACHABLE_V6: Record<number, string> = {
  0: "No route",
  1: "Administratively prohibited",
  3: "Address unreachable",
  4: "Port unreachable",
};

/** An ICMP error about one of our requests: the sequence it quotes, or -1. */
function quotedSeq(message: Uint8Array): number {
  // The error quotes the offending IP header and at least 8 bytes after it.
  const inner = decodeIp(message, 8);
  if (!inner || inner.transport === null) return -1;
  const t = inner.transport;
  if (t.kind !== "icmp" && t.kind !== "icmp6") return -1;
  if (kind === "raw" && t.id !== id) return -1;
  return sentAt.has(t.seq) ? t.seq : -1;
}

/** Handles one received datagram; returns the echo sequence it answered, or -1. */
function handle(
  data: Uint8Array,
  ancdata: socket.Ancillary[],
  from: string,
): number {
  const now = performance.now();
  let ttl = -1;
  let icmp: Transport | null;
  let message: Uint8Array;
  if (!v6 && kind === "raw") {
    const ip = decodeIp(data);
    if (!ip || ip.fragment) return -1;
    ttl = ip.ttl;
    message = data.subarray(ip.payloadOffset);
    icmp = ip.transport;
  } else {
    message = data;
    icmp = decodeIcmp(data, v6);
  }
  for (const [level, type, value] of ancdata) {
    const isTtl = (level === socket.IPPROTO_IP && type === socket.IP_TTL) ||
      (level === socket.IPPROTO_IPV6 && type === socket.IPV6_HOPLIMIT);
    if (isTtl && value.length >= 4) {
      ttl = new DataView(value.buffer, value.byteOffset, 4).getInt32(0, LE);
    }
  }
  if (!icmp || (icmp.kind !== "icmp" && icmp.kind !== "icmp6")) return -1;
  // The kernel checks both checksums on the way in; checking the ICMP one
  // here as well costs nothing (ICMPv6's needs our address: left to it).
  if (!v6 && internetChecksum(message) !== 0) return -1;
  if (icmp.type === (v6 ? ICMP6_ECHO_REPLY : ICMP_ECHOREPLY)) {
    if (kind === "raw" && icmp.id !== id) return -1;
    const at = sentAt.get(icmp.seq);
    if (at === undefined) return -1;
    sentAt.delete(icmp.seq);
    const rtt = now - at;
    rtts.push(rtt);
    received++;
    const ttlText = ttl >= 0 ? ` ttl=${ttl}` : "";
    console.log(
      `${message.length} bytes from ${from}: icmp_seq=${icmp.seq}${ttlText} time=${
        formatMs(rtt)
      } ms`,
    );
    return icmp.seq;
  }
  const isError = v6
    ? icmp.type === ICMP6_DST_UNREACH || icmp.type === ICMP6_TIME_EXCEEDED
    : icmp.type === ICMP_DEST_UNREACH || icmp.type === ICMP_TIME_EXCEEDED;
  if (!isError) return -1;
  const seq = quotedSeq(message);
  if (seq < 0) return -1;
  sentAt.delete(seq);
  errors++;
  const text = v6
    ? icmp.type === ICMP6_TIME_EXCEEDED
      ? "Time exceeded: Hop limit"
      : `Destination unreachable: ${
        UNREACHABLE_V6[icmp.code] ?? `code ${icmp.code}`
      }`
    : icmp.type === ICMP_TIME_EXCEEDED
    ? "Time to live exceeded"
    : UNREACHABLE_V4[icmp.code] ?? `Dest Unreachable, Bad Code: ${icmp.code}`;
  console.log(`From ${from} icmp_seq=${seq} ${text}`);
  return seq;
}

function formatMs(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(3);
}

/** Receives until the reply to `seq` comes or `deadline` passes. */
function awaitReply(seq: number, deadline: number): void {
  for (;;) {
    const left = deadline - performance.now();
    if (left <= 0) return;
    sock.settimeout(left / 1000);
    let got: [Uint8Array, socket.Ancillary[], unknown];
    try {
      if (ancillary) {
        const [data, ancdata, , address] = sock.recvmsg(65535, 64);
        got = [data, ancdata, address];
      } else {
        const [data, address] = sock.recvfrom(65535);
        got = [data, [], address];
      }
    } catch (e) {
      if (e instanceof socket.timeout) return;
      if (ancillary && e instanceof socket.error && e.errno === E.EOPNOTSUPP) {
        ancillary = false; // no recvmsg here (Windows): go without the TTL
        continue;
      }
      // A ping socket reports ICMP errors as a failed receive (EHOSTUNREACH...).
      if (e instanceof socket.error && e.errno !== null && kind === "dgram") {
        errors++;
        console.log(`From ${target} icmp_seq=${seq} ${e.strerror}`);
        sentAt.delete(seq);
        return;
      }
      throw e;
    }
    const [data, ancdata, address] = got;
    const from = Array.isArray(address) ? String(address[0]) : target;
    if (handle(data, ancdata, from) === seq) return;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const header = v6
  ? `${size} data bytes`
  : `${size}(${size + 28}) bytes of data.`;
console.log(`PING ${host} (${target}) ${header}`);
const started = performance.now();
try {
  for (let seq = 1; seq <= count && !interrupted; seq++) {
    const sendTime = performance.now();
    const request = echoRequest(id, seq, payload, v6);
    sentAt.set(seq & 0xffff, sendTime);
    sock.sendto(request, v6 ? [target, 0, 0, 0] : [target, 0]);
    transmitted++;
    // Wait for this reply up to -W; between requests, at least the interval.
    const last = seq === count;
    awaitReply(
      seq & 0xffff,
      sendTime + (last ? wait : Math.min(wait, interval)) * 1000,
    );
    const pause = sendTime + interval * 1000 - performance.now();
    if (!last) await sleep(Math.max(0, pause)); // lets a Ctrl-C through
  }
} catch (e) {
  if (!(e instanceof socket.error)) throw e;
  fail(e.message);
} finally {
  sock.close();
}

// ---- Statistics -------------------------------------------------------------

const elapsed = Math.round(performance.now() - started);
const loss = transmitted === 0
  ? 0
  : Math.round(((transmitted - received) / transmitted) * 100);
console.log(`\n--- ${host} ping statistics ---`);
const errorText = errors > 0 ? `, +${errors} errors` : "";
console.log(
  `${transmitted} packets transmitted, ${received} received${errorText}, ${loss}% packet loss, time ${elapsed}ms`,
);
if (rtts.length > 0) {
  const min = Math.min(...rtts);
  const max = Math.max(...rtts);
  const avg = rtts.reduce((a, b) => a + b, 0) / rtts.length;
  const mdev = Math.sqrt(
    Math.max(0, rtts.reduce((a, b) => a + b * b, 0) / rtts.length - avg * avg),
  );
  console.log(
    `rtt min/avg/max/mdev = ${
      [min, avg, max, mdev].map((x) => x.toFixed(3)).join("/")
    } ms`,
  );
}
exit(received > 0 ? 0 : 1);
