/**
 * Bun's own networking as a contender: `Bun.listen`, `Bun.connect` and
 * `Bun.udpSocket`, written in their callback style. Usage and output are
 * those of `bench/c/bench.c` (see `bench/README.md`). Bun has no
 * `socketpair()`: workload (a) uses a Unix-domain connection made with
 * `Bun.listen`/`Bun.connect`, which is the same kind of socket.
 *
 * @module
 */
import { mkdtempSync, rmSync } from "node:fs";

const CHUNK = 65536;
const BURST = 16;
const MSG = 64;

/** The parts of Bun's socket API used here. */
interface BunSocket {
  write(data: Uint8Array): number;
  end(): void;
  setNoDelay(on: boolean): boolean;
}
interface BunServer {
  readonly port: number;
  stop(closeActive?: boolean): void;
}
interface UdpSocket {
  readonly port: number;
  send(data: Uint8Array, port: number, address: string): boolean;
  close(): void;
}
interface Handlers {
  open?(s: BunSocket): void;
  data(s: BunSocket, data: Uint8Array): void;
  drain?(s: BunSocket): void;
  close?(s: BunSocket): void;
  error?(s: BunSocket, e: Error): void;
}
interface BunApi {
  argv: string[];
  listen(
    o: { hostname?: string; port?: number; unix?: string; socket: Handlers },
  ): BunServer;
  connect(
    o: { hostname?: string; port?: number; unix?: string; socket: Handlers },
  ): Promise<BunSocket>;
  udpSocket(o: {
    hostname: string;
    port?: number;
    socket?: {
      data(s: UdpSocket, data: Uint8Array, port: number, address: string): void;
    };
  }): Promise<UdpSocket>;
}
const Bun = (globalThis as unknown as { Bun: BunApi }).Bun;

function now(): number {
  return performance.now() / 1000;
}

function result(fields: Record<string, number>): void {
  console.log(`RESULT ${JSON.stringify(fields)}`);
}

/**
 * The callback form of `measure()` in lib_bench.ts: `start(next)` begins
 * one operation and the operation calls `next()` when it is complete.
 * Resolves once the timed part is over.
 */
function measure(
  start: (next: () => void) => void,
  seconds: number,
  warmup: number,
  limit = Infinity,
  per = 1,
): Promise<void> {
  return new Promise((resolve) => {
    let ops = 0;
    let done = 0;
    let timing = false;
    let t0 = now();
    const end = t0 + warmup;
    let count = 0;
    const next = (): void => {
      done += per;
      if (timing) ops += per;
      // Read the clock every 100 operations, as the other contenders do.
      if (++count % 100 === 0) {
        const t = now();
        if (!timing) {
          if (t >= end || done >= limit / 4) {
            timing = true;
            t0 = now();
          }
        } else if (t - t0 >= seconds || done >= limit) {
          result({ ops, seconds: t - t0 });
          resolve();
          return;
        }
      }
      start(next);
    };
    start(next);
  });
}

/** (a) 64 bytes written on one end of a Unix connection, read on the other. */
async function pair(seconds: number, warmup: number): Promise<void> {
  const dir = mkdtempSync("/tmp/bench-");
  const path = `${dir}/pair.sock`;
  let got = 0;
  let done: () => void = () => {};
  let accepted: (s: BunSocket) => void = () => {};
  const serverSide = new Promise<BunSocket>((r) => accepted = r);
  const server = Bun.listen({
    unix: path,
    socket: {
      open(s) {
        accepted(s);
      },
      data(_s, data) {
        got += data.byteLength;
        if (got >= MSG) {
          got -= MSG;
          done();
        }
      },
    },
  });
  const a = await Bun.connect({ unix: path, socket: { data() {} } });
  const b = await serverSide;
  const out = new Uint8Array(MSG);
  await measure(
    (next) => {
      done = next;
      if (a.write(out) !== MSG) throw new Error("Short write");
    },
    seconds,
    warmup,
  );
  a.end();
  b.end();
  server.stop(true);
  rmSync(dir, { recursive: true });
}

/** (c) bursts of 16 datagrams: 16 sends, then 16 receives. */
async function udp(seconds: number, warmup: number): Promise<void> {
  let got = 0;
  let done: () => void = () => {};
  const b = await Bun.udpSocket({
    hostname: "127.0.0.1",
    socket: {
      data() {
        if (++got === BURST) {
          got = 0;
          done();
        }
      },
    },
  });
  const a = await Bun.udpSocket({ hostname: "127.0.0.1" });
  const buf = new Uint8Array(MSG);
  await measure(
    (next) => {
      done = next;
      for (let i = 0; i < BURST; i++) {
        if (!a.send(buf, b.port, "127.0.0.1")) {
          throw new Error(
            "Datagram not sent",
          );
        }
      }
    },
    seconds,
    warmup,
    Infinity,
    BURST,
  );
  a.close();
  b.close();
}

/** (b) receives `total` bytes from the `data` callback; timed from accept. */
function streamRecv(total: number): Promise<void> {
  return new Promise((resolve) => {
    let got = 0;
    let t0 = 0;
    const server = Bun.listen({
      hostname: "127.0.0.1",
      port: 0,
      socket: {
        open() {
          t0 = now();
        },
        data(s, data) {
          got += data.byteLength;
          if (got >= total) {
            result({ bytes: got, seconds: now() - t0 });
            s.end();
            server.stop(true);
            resolve();
          }
        },
      },
    });
    console.log(`READY ${server.port}`);
  });
}

/** (b) sends `total` bytes in 64 KiB writes, resuming on `drain`. */
function streamSend(port: number, total: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const buf = new Uint8Array(CHUNK);
    let sent = 0;
    let off = 0;
    const pump = (s: BunSocket): void => {
      while (sent < total) {
        const n = s.write(off === 0 ? buf : buf.subarray(off));
        if (n <= 0) return; // wait for drain
        off += n;
        if (off === CHUNK) {
          off = 0;
          sent += CHUNK;
        }
      }
      s.end();
      resolve();
    };
    Bun.connect({
      hostname: "127.0.0.1",
      port,
      socket: {
        open: pump,
        drain: pump,
        data() {},
        error: (_s, e) => reject(e),
      },
    });
  });
}

/** (d) 64-byte request, 64-byte response, against the echo peer. */
async function rr(
  port: number,
  seconds: number,
  warmup: number,
): Promise<void> {
  let got = 0;
  let done: () => void = () => {};
  const s = await Bun.connect({
    hostname: "127.0.0.1",
    port,
    socket: {
      data(_s, data) {
        got += data.byteLength;
        if (got >= MSG) {
          got -= MSG;
          done();
        }
      },
    },
  });
  s.setNoDelay(true);
  const buf = new Uint8Array(MSG);
  await measure(
    (next) => {
      done = next;
      if (s.write(buf) !== MSG) throw new Error("Short write");
    },
    seconds,
    warmup,
  );
  s.end();
}

/** (e) connect and close, against the accepting peer. */
async function connect(
  port: number,
  seconds: number,
  warmup: number,
  limit: number,
): Promise<void> {
  const handlers: Handlers = { data() {} };
  await measure(
    (next) => {
      Bun.connect({ hostname: "127.0.0.1", port, socket: handlers }).then(
        (s) => {
          s.end();
          next();
        },
      );
    },
    seconds,
    warmup,
    limit,
  );
}

/**
 * (f) An echo server: `Bun.listen`, each chunk written back from the `data`
 * handler (what is not taken at once waits for `drain`), until killed.
 */
function echoServer(): Promise<void> {
  const pending = new Map<BunSocket, Uint8Array>();
  const server = Bun.listen({
    hostname: "127.0.0.1",
    port: 0,
    socket: {
      open(s) {
        s.setNoDelay(true);
      },
      data(s, data) {
        const queued = pending.get(s);
        if (queued) {
          const both = new Uint8Array(queued.length + data.length);
          both.set(queued);
          both.set(data, queued.length);
          pending.set(s, both);
          return;
        }
        const n = s.write(data);
        if (n < data.length) pending.set(s, data.slice(n));
      },
      drain(s) {
        const queued = pending.get(s);
        if (!queued) return;
        const n = s.write(queued);
        if (n < queued.length) pending.set(s, queued.slice(n));
        else pending.delete(s);
      },
      close(s) {
        pending.delete(s);
      },
      error() {},
    },
  });
  console.log(`READY ${server.port}`);
  return new Promise(() => {});
}

const [workload, ...rest] = Bun.argv.slice(2);
const n = rest.map(Number);
switch (workload) {
  case "pair":
    await pair(n[0], n[1]);
    break;
  case "udp":
    await udp(n[0], n[1]);
    break;
  case "stream-recv":
    await streamRecv(n[0]);
    break;
  case "stream-send":
    await streamSend(n[0], n[1]);
    break;
  case "rr":
  case "rr-async": // (g): Bun's calls are always asynchronous
    await rr(n[0], n[1], n[2]);
    break;
  case "echo-server":
    await echoServer();
    break;
  case "connect":
    await connect(n[0], n[1], n[2], n[3]);
    break;
  default:
    throw new Error(`Unknown workload "${workload}"`);
}
