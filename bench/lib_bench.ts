/**
 * The library's contender: the benchmark workloads with this library's
 * Python-style API, the same file under Deno and under Bun. Usage and
 * output are those of `bench/c/bench.c` (see `bench/README.md`). Sockets are
 * in blocking mode (no timeout), Python's default, except in the async
 * workloads (f) and (g): there they are non-blocking and every call is an
 * awaited `sock_*` call, asyncio's way, or with `--streams` (first
 * argument) the sockets' WHATWG streams. The (f) echo server receives into
 * one buffer per connection with `sock_recv_into`, or with `--recv` (first
 * argument) gets a new array per message with `sock_recv`, as the asyncio
 * echo servers of Python's documentation and Bun's own `data` handler do.
 *
 * @module
 */
import { socket, type SocketType } from "../mod.ts";
import { socketpair } from "../socket/socketpair.ts";
import { constants as C } from "../platform/mod.ts";
import {
  sock_accept,
  sock_connect,
  sock_recv,
  sock_recv_into,
  sock_sendall,
} from "../socket/async.ts";

const CHUNK = 65536;
const BURST = 16;
const MSG = 64;

const host = globalThis as {
  Deno?: { args: string[] };
  process?: { argv: string[] };
};
const argv: string[] = host.Deno ? host.Deno.args : host.process!.argv.slice(2);
/** `--streams`: the async workloads use `readable`/`writable`, not `sock_*`. */
const STREAMS = argv[0] === "--streams";
/** `--recv`: the (f) echo server uses `sock_recv`, not `sock_recv_into`. */
const RECV = argv[0] === "--recv";
const args = STREAMS || RECV ? argv.slice(1) : argv;

function now(): number {
  return performance.now() / 1000;
}

function result(fields: Record<string, number>): void {
  console.log(`RESULT ${JSON.stringify(fields)}`);
}

/**
 * Runs `step` (which does `per` operations) for `warmup` seconds, then
 * times it for `seconds` (or until `limit` operations in all, warm-up
 * included, have run); reports operations per elapsed time.
 */
function measure(
  step: () => void,
  per: number,
  seconds: number,
  warmup: number,
  limit = Infinity,
): void {
  let ops = 0;
  let done = 0;
  let timing = false;
  let t0 = now();
  const end = t0 + warmup;
  let t: number;
  for (;;) {
    step();
    done += per;
    t = now();
    if (!timing) {
      if (t >= end || done >= limit / 4) {
        timing = true;
        t0 = now();
      }
      continue;
    }
    ops += per;
    if (t - t0 >= seconds || done >= limit) break;
  }
  result({ ops, seconds: t - t0 });
}

function listener(): SocketType {
  const s = socket(C.AF_INET, C.SOCK_STREAM);
  s.setsockopt(C.SOL_SOCKET, C.SO_REUSEADDR, 1);
  s.bind(["127.0.0.1", 0]);
  s.listen(128);
  console.log(`READY ${(s.getsockname() as [string, number])[1]}`);
  return s;
}

/** (a) 64 bytes sent on one end of a socketpair, received on the other. */
function pair(seconds: number, warmup: number): void {
  const [a, b] = socketpair();
  const buf = new Uint8Array(MSG);
  measure(
    () => {
      for (let i = 0; i < 1000; i++) {
        if (a.send(buf) !== MSG) throw new Error("Short send");
        let got = b.recv(MSG).byteLength;
        while (got < MSG) got += b.recv(MSG - got).byteLength;
      }
    },
    1000,
    seconds,
    warmup,
  );
  a.close();
  b.close();
}

/** (c) bursts of 16 datagrams: 16 sendto(), then 16 recvfrom(). */
function udp(seconds: number, warmup: number): void {
  const a = socket(C.AF_INET, C.SOCK_DGRAM);
  const b = socket(C.AF_INET, C.SOCK_DGRAM);
  a.bind(["127.0.0.1", 0]);
  b.bind(["127.0.0.1", 0]);
  const to = b.getsockname()!;
  const buf = new Uint8Array(MSG);
  measure(
    () => {
      for (let k = 0; k < 100; k++) {
        for (let i = 0; i < BURST; i++) a.sendto(buf, to);
        for (let i = 0; i < BURST; i++) b.recvfrom(MSG);
      }
    },
    100 * BURST,
    seconds,
    warmup,
  );
  a.close();
  b.close();
}

/** (b) receives `total` bytes with recv_into(); timed from accept(). */
function streamRecv(total: number): void {
  const l = listener();
  const buf = new Uint8Array(CHUNK);
  const [conn] = l.accept();
  const t0 = now();
  let got = 0;
  while (got < total) {
    const n = conn.recv_into(buf);
    if (n === 0) throw new Error("Peer closed early");
    got += n;
  }
  result({ bytes: got, seconds: now() - t0 });
  conn.close();
  l.close();
}

/** (b) sends `total` bytes in 64 KiB sendall() calls. */
function streamSend(port: number, total: number): void {
  const s = socket(C.AF_INET, C.SOCK_STREAM);
  s.connect(["127.0.0.1", port]);
  const buf = new Uint8Array(CHUNK);
  for (let sent = 0; sent < total; sent += CHUNK) s.sendall(buf);
  s.close();
}

/** (d) 64-byte request, 64-byte response, against the echo peer. */
function rr(port: number, seconds: number, warmup: number): void {
  const s = socket(C.AF_INET, C.SOCK_STREAM);
  s.connect(["127.0.0.1", port]);
  s.setsockopt(C.IPPROTO_TCP, C.TCP_NODELAY, 1);
  const buf = new Uint8Array(MSG);
  measure(
    () => {
      for (let i = 0; i < 100; i++) {
        s.sendall(buf);
        let got = s.recv_into(buf);
        while (got < MSG) {
          const n = s.recv_into(buf.subarray(got));
          if (n === 0) throw new Error("Peer closed early");
          got += n;
        }
      }
    },
    100,
    seconds,
    warmup,
  );
  s.close();
}

/** (e) socket(), connect(), close(), against the accepting peer. */
function connect(
  port: number,
  seconds: number,
  warmup: number,
  limit: number,
): void {
  const address: [string, number] = ["127.0.0.1", port];
  measure(
    () => {
      for (let i = 0; i < 50; i++) {
        const s = socket(C.AF_INET, C.SOCK_STREAM);
        s.connect(address);
        s.close();
      }
    },
    50,
    seconds,
    warmup,
    limit,
  );
}

/** Like `measure`, for a step that returns a promise. */
async function measureAsync(
  step: () => Promise<void>,
  per: number,
  seconds: number,
  warmup: number,
): Promise<void> {
  let ops = 0;
  let timing = false;
  let t0 = now();
  const end = t0 + warmup;
  let t: number;
  for (;;) {
    await step();
    t = now();
    if (!timing) {
      if (t >= end) {
        timing = true;
        t0 = now();
      }
      continue;
    }
    ops += per;
    if (t - t0 >= seconds) break;
  }
  result({ ops, seconds: t - t0 });
}

/** Echoes one connection with awaited `sock_*` calls until it closes. */
async function echoCalls(conn: SocketType): Promise<void> {
  const buf = new Uint8Array(16384);
  try {
    for (;;) {
      const n = await sock_recv_into(conn, buf);
      if (n === 0) break;
      await sock_sendall(conn, buf.subarray(0, n));
    }
  } catch {
    // The load ends by closing or resetting its connections.
  } finally {
    conn.close();
  }
}

/** Echoes one connection with `sock_recv`: a new array per message. */
async function echoMessages(conn: SocketType): Promise<void> {
  try {
    for (;;) {
      const data = await sock_recv(conn, 16384);
      if (data.length === 0) break;
      await sock_sendall(conn, data);
    }
  } catch {
    // The load ends by closing or resetting its connections.
  } finally {
    conn.close();
  }
}

/** Echoes one connection through its streams until it closes. */
async function echoStreams(conn: SocketType): Promise<void> {
  try {
    await conn.readable.pipeTo(conn.writable);
  } catch {
    // The load ends by closing or resetting its connections.
  } finally {
    conn.close();
  }
}

/**
 * (f) An echo server on one thread: accepts with `sock_accept` and serves
 * every connection concurrently, until killed.
 */
async function echoServer(): Promise<void> {
  const l = socket(C.AF_INET, C.SOCK_STREAM);
  l.setsockopt(C.SOL_SOCKET, C.SO_REUSEADDR, 1);
  l.bind(["127.0.0.1", 0]);
  l.listen(4096);
  l.setblocking(false);
  console.log(`READY ${(l.getsockname() as [string, number])[1]}`);
  for (;;) {
    const [conn] = await sock_accept(l);
    conn.setblocking(false);
    conn.setsockopt(C.IPPROTO_TCP, C.TCP_NODELAY, 1);
    if (STREAMS) echoStreams(conn);
    else if (RECV) echoMessages(conn);
    else echoCalls(conn);
  }
}

/** (g) 64-byte request/response against the echo peer, awaited. */
async function rrAsync(
  port: number,
  seconds: number,
  warmup: number,
): Promise<void> {
  const s = socket(C.AF_INET, C.SOCK_STREAM);
  s.setblocking(false);
  await sock_connect(s, ["127.0.0.1", port]);
  s.setsockopt(C.IPPROTO_TCP, C.TCP_NODELAY, 1);
  const buf = new Uint8Array(MSG);
  if (STREAMS) {
    const reader = s.readable.getReader({ mode: "byob" });
    const writer = s.writable.getWriter();
    let view = new Uint8Array(MSG);
    await measureAsync(
      async () => {
        for (let i = 0; i < 100; i++) {
          await writer.write(buf.slice());
          let got = 0;
          while (got < MSG) {
            const { value, done } = await reader.read(view.subarray(got));
            if (done || !value) throw new Error("Peer closed early");
            got += value.byteLength;
            view = new Uint8Array(value.buffer);
          }
        }
      },
      100,
      seconds,
      warmup,
    );
    reader.releaseLock();
    writer.releaseLock();
  } else {
    await measureAsync(
      async () => {
        for (let i = 0; i < 100; i++) {
          await sock_sendall(s, buf);
          let got = 0;
          while (got < MSG) {
            const n = await sock_recv_into(s, buf.subarray(got));
            if (n === 0) throw new Error("Peer closed early");
            got += n;
          }
        }
      },
      100,
      seconds,
      warmup,
    );
  }
  s.close();
}

const [workload, ...rest] = args;
const n = rest.map(Number);
switch (workload) {
  case "pair":
    pair(n[0], n[1]);
    break;
  case "udp":
    udp(n[0], n[1]);
    break;
  case "stream-recv":
    streamRecv(n[0]);
    break;
  case "stream-send":
    streamSend(n[0], n[1]);
    break;
  case "rr":
    rr(n[0], n[1], n[2]);
    break;
  case "connect":
    connect(n[0], n[1], n[2], n[3]);
    break;
  case "echo-server":
    await echoServer();
    break;
  case "rr-async":
    await rrAsync(n[0], n[1], n[2]);
    break;
  default:
    throw new Error(`Unknown workload "${workload}"`);
}
