// A packet sniffer: the spec's raw-socket example, made useful. Prints one
// line per packet, the way tcpdump does:
//
//   12:00:00.123456 IP 10.0.0.1.5000 > 10.0.0.2.80: TCP [S] seq 1, win 64240, len 0
//
// Usage: sniffer.ts [-i INTERFACE] [-c COUNT] [-p tcp|udp|icmp|icmp6|ip|ip6]
//   sudo deno run --allow-ffi --allow-net --allow-env examples/sniffer.ts -i eth0 -c 10
//   sudo bun examples/sniffer.ts -p icmp
//
// Where the platform has AF_PACKET (Linux) it reads every frame of every
// interface (or of INTERFACE) from a packet socket: AF_PACKET, SOCK_RAW,
// ETH_P_ALL. Where it has SIO_RCVALL (Windows) it follows the spec's recipe:
// a raw IP socket bound to the host's address (or to INTERFACE, an
// address), IP_HDRINCL, and ioctl(SIO_RCVALL, RCVALL_ON). Either needs
// privilege: root or CAP_NET_RAW on Linux, an administrator on Windows.
//
// "listening on ..." goes to stderr once the socket is ready, and the
// number of packets captured when it stops (after COUNT packets, or on
// Ctrl-C).
import process from "node:process";
import { runtime } from "../ffi/mod.ts";
import { args, exit } from "./_args.ts";
import {
  ARPHRD_ETHER,
  ARPHRD_LOOPBACK,
  type Decoded,
  decodeEthernet,
  decodeNetwork,
  decodeRawIp,
  formatTimestamp,
  matchesFilter,
  PROTO_FILTERS,
  type ProtoFilter,
} from "./_packet.ts";

const USAGE = `usage: sniffer.ts [-i interface] [-c count] [-p ${
  PROTO_FILTERS.join("|")
}]`;
/** How to run this script again with privilege, on the runtime running it. */
const AGAIN = runtime === "deno"
  ? "sudo deno run --allow-ffi --allow-net examples/sniffer.ts"
  : "sudo bun examples/sniffer.ts";
const PRIVILEGE =
  "capturing packets needs privilege: root or CAP_NET_RAW on Linux " +
  `(${AGAIN}, or setcap cap_net_raw+ep on the ${runtime} binary), ` +
  "an administrator on Windows";

function fail(message: string, code = 1): never {
  console.error(`sniffer.ts: ${message}`);
  exit(code);
}

// ---- Options ----------------------------------------------------------------

let iface: string | null = null;
let count = Infinity;
let filter: ProtoFilter | undefined;
const argv = args();
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i];
  const value = argv[i + 1];
  if (arg === "-i" || arg === "--interface") {
    if (value === undefined) fail(USAGE, 2);
    iface = value;
    i++;
  } else if (arg === "-c" || arg === "--count") {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) {
      fail(`invalid count '${value ?? ""}'\n${USAGE}`, 2);
    }
    count = n;
    i++;
  } else if (arg === "-p" || arg === "--proto") {
    if (!PROTO_FILTERS.includes(value as ProtoFilter)) {
      fail(`invalid protocol '${value ?? ""}'\n${USAGE}`, 2);
    }
    filter = value as ProtoFilter;
    i++;
  } else if (arg === "-h" || arg === "--help") {
    console.log(USAGE);
    exit(0);
  } else {
    fail(USAGE, 2);
  }
}

// ---- The module, loaded here so that a missing --allow-ffi is explained ------

type SocketModule = typeof import("../mod.ts");
let socket: SocketModule;
try {
  socket = await import("../mod.ts");
} catch (e) {
  // Deno without --allow-ffi: the library says in one line what it needs.
  fail(e instanceof Error ? e.message : String(e));
}

function isPermissionError(e: unknown): boolean {
  return e instanceof socket.error &&
    (e.errno === socket.errno.EPERM || e.errno === socket.errno.EACCES);
}

// ---- Capture ------------------------------------------------------------------

let interrupted = false;
process.on("SIGINT", () => {
  interrupted = true;
});

/** Yields to the event loop so that a Ctrl-C handler can run. */
function tick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function now(): number {
  return performance.timeOrigin + performance.now();
}

/** A capture source: opens, then reads one packet (or null on a timeout). */
interface Source {
  describe: string;
  next(): { decoded: Decoded; prefix: string } | null;
  close(): void;
}

/** Linux: an AF_PACKET SOCK_RAW socket receiving every protocol. */
function packetSource(
  AF_PACKET: NonNullable<typeof socket.AF_PACKET>,
  ETH_P_ALL: number,
): Source {
  // For one interface, protocol 0 (nothing received) until bind() names
  // it with ETH_P_ALL, as libpcap does: else frames of every interface
  // queue up before the bind, and can fill the buffer.
  const s = socket.socket(
    AF_PACKET,
    socket.SOCK_RAW,
    iface === null ? socket.htons(ETH_P_ALL) : 0,
  );
  try {
    if (iface !== null) s.bind([iface, ETH_P_ALL]);
    s.settimeout(0.2);
  } catch (e) {
    s.close();
    throw e;
  }
  return {
    describe: iface ?? "any interface",
    next() {
      let frame: Uint8Array;
      let address;
      try {
        [frame, address] = s.recvfrom(65535);
      } catch (e) {
        if (e instanceof socket.timeout) return null;
        throw e;
      }
      // A packet socket always gives the frame's address.
      if (address === null) throw new Error("recvfrom() gave no address");
      const [ifname, proto, pkttype, hatype] = address;
      // On loopback every packet is seen going out and coming in: keep one
      // (libpcap does the same).
      if (hatype === ARPHRD_LOOPBACK && pkttype === socket.PACKET_OUTGOING) {
        return { decoded: skip, prefix: "" };
      }
      const decoded = hatype === ARPHRD_ETHER || hatype === ARPHRD_LOOPBACK
        ? decodeEthernet(frame)
        : decodeNetwork(frame, 0, proto); // no link header (tun, ...)
      const direction = pkttype === socket.PACKET_OUTGOING ? "Out" : "In ";
      return {
        decoded,
        prefix: iface === null ? `${ifname.padEnd(8)} ${direction} ` : "",
      };
    },
    close: () => s.close(),
  };
}

/** Windows: the spec's raw IP socket with SIO_RCVALL. */
function rcvallSource(SIO_RCVALL: number, on: number, off: number): Source {
  const host = iface ?? socket.gethostbyname(socket.gethostname());
  const s = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_IP);
  try {
    s.bind([host, 0]);
    s.setsockopt(socket.IPPROTO_IP, socket.IP_HDRINCL, 1);
    s.ioctl(SIO_RCVALL, on);
    s.settimeout(0.2);
  } catch (e) {
    s.close();
    throw e;
  }
  return {
    describe: host,
    next() {
      let packet: Uint8Array;
      try {
        [packet] = s.recvfrom(65535);
      } catch (e) {
        if (e instanceof socket.timeout) return null;
        throw e;
      }
      return { decoded: decodeRawIp(packet), prefix: "" };
    },
    close() {
      try {
        s.ioctl(SIO_RCVALL, off);
      } finally {
        s.close();
      }
    },
  };
}

const skip: Decoded = { etherType: -1, ip: null, text: "" };

let source: Source;
try {
  const { AF_PACKET, ETH_P_ALL, SIO_RCVALL, RCVALL_ON, RCVALL_OFF } = socket;
  if (AF_PACKET !== undefined && ETH_P_ALL !== undefined) {
    source = packetSource(AF_PACKET, ETH_P_ALL);
  } else if (
    SIO_RCVALL !== undefined && RCVALL_ON !== undefined &&
    RCVALL_OFF !== undefined
  ) {
    source = rcvallSource(SIO_RCVALL, RCVALL_ON, RCVALL_OFF);
  } else {
    fail("this platform has neither packet sockets (AF_PACKET) nor SIO_RCVALL");
  }
} catch (e) {
  if (isPermissionError(e)) fail(`${(e as Error).message}\n${PRIVILEGE}`);
  if (e instanceof socket.error) fail(e.message);
  throw e;
}

console.error(`listening on ${source.describe}`);
let captured = 0;
try {
  let lastTick = performance.now();
  while (captured < count && !interrupted) {
    const got = source.next();
    // Busy or idle, let a Ctrl-C through now and then.
    if (got === null || performance.now() - lastTick > 100) {
      await tick();
      lastTick = performance.now();
    }
    if (got === null) continue;
    if (got.decoded === skip || !matchesFilter(got.decoded, filter)) continue;
    captured++;
    console.log(`${formatTimestamp(now())} ${got.prefix}${got.decoded.text}`);
  }
} catch (e) {
  if (e instanceof socket.error) fail(e.message);
  throw e;
} finally {
  source.close();
}
console.error(`${captured} packet${captured === 1 ? "" : "s"} captured`);
exit(0);
