/**
 * Node's own networking as a contender: `node:net` and `node:dgram`, in
 * their event style. Usage and output are those of `bench/c/bench.c` (see
 * `bench/README.md`). Node has no `socketpair()`: workload (a) uses a
 * Unix-domain connection made with `net.createServer`/`net.connect`,
 * which is the same kind of socket.
 *
 * @module
 */
import dgram from "node:dgram";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import process from "node:process";

const CHUNK = 65536;
const BURST = 16;
const MSG = 64;

function now() {
  return performance.now() / 1000;
}

function result(fields) {
  console.log(`RESULT ${JSON.stringify(fields)}`);
}

/** The callback form of `measure()`, as in bun_native.ts. */
function measure(start, seconds, warmup, limit = Infinity, per = 1) {
  return new Promise((resolve) => {
    let ops = 0;
    let done = 0;
    let timing = false;
    let t0 = now();
    const end = t0 + warmup;
    let count = 0;
    const next = () => {
      done += per;
      if (timing) ops += per;
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

function listening(server, ...args) {
  return new Promise((resolve) => server.listen(...args, resolve));
}

/** (a) 64 bytes written on one end of a Unix connection, read on the other. */
async function pair(seconds, warmup) {
  const dir = mkdtempSync("/tmp/bench-");
  const path = `${dir}/pair.sock`;
  let got = 0;
  let done = () => {};
  let accepted;
  const serverSide = new Promise((r) => accepted = r);
  const server = net.createServer((s) => {
    s.on("data", (data) => {
      got += data.byteLength;
      if (got >= MSG) {
        got -= MSG;
        done();
      }
    });
    accepted(s);
  });
  await listening(server, path);
  const a = net.connect(path);
  await new Promise((r) => a.once("connect", r));
  const b = await serverSide;
  const out = new Uint8Array(MSG);
  await measure(
    (next) => {
      done = next;
      a.write(out);
    },
    seconds,
    warmup,
  );
  a.destroy();
  b.destroy();
  server.close();
  rmSync(dir, { recursive: true });
}

/** (c) bursts of 16 datagrams: 16 sends, then 16 receives. */
async function udp(seconds, warmup) {
  let got = 0;
  let done = () => {};
  const a = dgram.createSocket("udp4");
  const b = dgram.createSocket("udp4");
  b.on("message", () => {
    if (++got === BURST) {
      got = 0;
      done();
    }
  });
  await new Promise((r) => a.bind(0, "127.0.0.1", r));
  await new Promise((r) => b.bind(0, "127.0.0.1", r));
  const port = b.address().port;
  const buf = new Uint8Array(MSG);
  await measure(
    (next) => {
      done = next;
      for (let i = 0; i < BURST; i++) a.send(buf, port, "127.0.0.1");
    },
    seconds,
    warmup,
    Infinity,
    BURST,
  );
  a.close();
  b.close();
}

/** (b) receives `total` bytes from `data` events; timed from accept. */
function streamRecv(total) {
  return new Promise((resolve) => {
    let got = 0;
    const server = net.createServer((s) => {
      const t0 = now();
      s.on("data", (data) => {
        got += data.byteLength;
        if (got >= total) {
          result({ bytes: got, seconds: now() - t0 });
          s.destroy();
          server.close();
          resolve();
        }
      });
    });
    server.listen(0, "127.0.0.1", () => {
      console.log(`READY ${server.address().port}`);
    });
  });
}

/** (b) sends `total` bytes in 64 KiB writes, waiting for `drain`. */
async function streamSend(port, total) {
  const s = net.connect(port, "127.0.0.1");
  await new Promise((r) => s.once("connect", r));
  const buf = new Uint8Array(CHUNK);
  for (let sent = 0; sent < total; sent += CHUNK) {
    if (!s.write(buf)) await new Promise((r) => s.once("drain", r));
  }
  await new Promise((r) => s.end(r));
  s.destroy();
}

/** (d) 64-byte request, 64-byte response, against the echo peer. */
async function rr(port, seconds, warmup) {
  let got = 0;
  let done = () => {};
  const s = net.connect({ port, host: "127.0.0.1", noDelay: true });
  await new Promise((r) => s.once("connect", r));
  s.on("data", (data) => {
    got += data.byteLength;
    if (got >= MSG) {
      got -= MSG;
      done();
    }
  });
  const buf = new Uint8Array(MSG);
  await measure(
    (next) => {
      done = next;
      s.write(buf);
    },
    seconds,
    warmup,
  );
  s.destroy();
}

/** (e) connect and close, against the accepting peer. */
async function connect(port, seconds, warmup, limit) {
  await measure(
    (next) => {
      const s = net.connect(port, "127.0.0.1", () => {
        s.destroy();
        next();
      });
    },
    seconds,
    warmup,
    limit,
  );
}

/** (f) An echo server: `net.createServer`, each chunk written back, until killed. */
function echoServer() {
  const server = net.createServer({ noDelay: true }, (s) => {
    s.on("data", (data) => s.write(data));
    s.on("error", () => s.destroy());
  });
  server.listen({ host: "127.0.0.1", port: 0, backlog: 4096 }, () => {
    console.log(`READY ${server.address().port}`);
  });
  return new Promise(() => {});
}

const [workload, ...rest] = process.argv.slice(2);
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
  case "rr-async": // (g): Node's calls are always asynchronous
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
