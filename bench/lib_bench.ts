/**
 * The library's contender: the benchmark workloads with this library's
 * Python-style API, the same file under Deno and under Bun. Usage and
 * output are those of `bench/c/bench.c` (see `bench/README.md`). Sockets are
 * in blocking mode (no timeout), Python's default.
 *
 * @module
 */
import { socket, type SocketType } from "../socket/socket.ts";
import { socketpair } from "../socket/socketpair.ts";
import { constants as C } from "../platform/mod.ts";

const CHUNK = 65536;
const BURST = 16;
const MSG = 64;

const host = globalThis as {
  Deno?: { args: string[] };
  process?: { argv: string[] };
};
const args: string[] = host.Deno ? host.Deno.args : host.process!.argv.slice(2);

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
  const address = ["127.0.0.1", port];
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
  default:
    throw new Error(`Unknown workload "${workload}"`);
}
