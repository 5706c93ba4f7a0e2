/**
 * Deno's own networking as a contender: `Deno.listen`, `Deno.connect` and
 * `Deno.listenDatagram` (needs `--unstable-net`). Usage and output are
 * those of `bench/c/bench.c` (see `bench/README.md`). Deno has no
 * `socketpair()`: workload (a) uses a Unix-domain connection made with
 * `Deno.listen`/`Deno.connect`, which is the same kind of socket.
 *
 * @module
 */

const CHUNK = 65536;
const BURST = 16;
const MSG = 64;

function now(): number {
  return performance.now() / 1000;
}

function result(fields: Record<string, number>): void {
  console.log(`RESULT ${JSON.stringify(fields)}`);
}

/** Like `measure()` in lib_bench.ts, for an asynchronous step. */
async function measure(
  step: () => Promise<void>,
  per: number,
  seconds: number,
  warmup: number,
  limit = Infinity,
): Promise<void> {
  let ops = 0;
  let done = 0;
  let timing = false;
  let t0 = now();
  const end = t0 + warmup;
  let t: number;
  for (;;) {
    await step();
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

async function writeAll(conn: Deno.Conn, buf: Uint8Array): Promise<void> {
  let off = 0;
  while (off < buf.byteLength) off += await conn.write(buf.subarray(off));
}

async function readExactly(conn: Deno.Conn, buf: Uint8Array): Promise<void> {
  let got = 0;
  while (got < buf.byteLength) {
    const n = await conn.read(buf.subarray(got));
    if (n === null) throw new Error("Peer closed early");
    got += n;
  }
}

/** (a) 64 bytes written on one end of a Unix connection, read on the other. */
async function pair(seconds: number, warmup: number): Promise<void> {
  const dir = Deno.makeTempDirSync();
  const path = `${dir}/pair.sock`;
  const l = Deno.listen({ transport: "unix", path });
  const [a, b] = await Promise.all([
    Deno.connect({ transport: "unix", path }),
    l.accept(),
  ]);
  const out = new Uint8Array(MSG);
  const into = new Uint8Array(MSG);
  await measure(
    async () => {
      for (let i = 0; i < 1000; i++) {
        await writeAll(a, out);
        await readExactly(b, into);
      }
    },
    1000,
    seconds,
    warmup,
  );
  a.close();
  b.close();
  l.close();
  Deno.removeSync(dir, { recursive: true });
}

/** (c) bursts of 16 datagrams: 16 sends, then 16 receives. */
async function udp(seconds: number, warmup: number): Promise<void> {
  const a = Deno.listenDatagram({
    transport: "udp",
    hostname: "127.0.0.1",
    port: 0,
  });
  const b = Deno.listenDatagram({
    transport: "udp",
    hostname: "127.0.0.1",
    port: 0,
  });
  const to = b.addr;
  const buf = new Uint8Array(MSG);
  const into = new Uint8Array(MSG);
  await measure(
    async () => {
      for (let k = 0; k < 100; k++) {
        for (let i = 0; i < BURST; i++) await a.send(buf, to);
        for (let i = 0; i < BURST; i++) await b.receive(into);
      }
    },
    100 * BURST,
    seconds,
    warmup,
  );
  a.close();
  b.close();
}

/** (b) receives `total` bytes with `read()` into one buffer; timed from accept. */
async function streamRecv(total: number): Promise<void> {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  console.log(`READY ${l.addr.port}`);
  const buf = new Uint8Array(CHUNK);
  const conn = await l.accept();
  const t0 = now();
  let got = 0;
  while (got < total) {
    const n = await conn.read(buf);
    if (n === null) throw new Error("Peer closed early");
    got += n;
  }
  result({ bytes: got, seconds: now() - t0 });
  conn.close();
  l.close();
}

/** (b) sends `total` bytes in 64 KiB writes. */
async function streamSend(port: number, total: number): Promise<void> {
  const conn = await Deno.connect({ hostname: "127.0.0.1", port });
  const buf = new Uint8Array(CHUNK);
  for (let sent = 0; sent < total; sent += CHUNK) await writeAll(conn, buf);
  conn.close();
}

/** (d) 64-byte request, 64-byte response, against the echo peer. */
async function rr(
  port: number,
  seconds: number,
  warmup: number,
): Promise<void> {
  const conn = await Deno.connect({ hostname: "127.0.0.1", port });
  conn.setNoDelay(true);
  const buf = new Uint8Array(MSG);
  await measure(
    async () => {
      for (let i = 0; i < 100; i++) {
        await writeAll(conn, buf);
        await readExactly(conn, buf);
      }
    },
    100,
    seconds,
    warmup,
  );
  conn.close();
}

/** (e) connect and close, against the accepting peer. */
async function connect(
  port: number,
  seconds: number,
  warmup: number,
  limit: number,
): Promise<void> {
  await measure(
    async () => {
      for (let i = 0; i < 50; i++) {
        const conn = await Deno.connect({ hostname: "127.0.0.1", port });
        conn.close();
      }
    },
    50,
    seconds,
    warmup,
    limit,
  );
}

/**
 * (f) An echo server: `Deno.listen`, each connection read into its own
 * buffer and written back (`read`/`write`, Deno's lowest-level API), until
 * killed.
 */
async function echoServer(): Promise<void> {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  console.log(`READY ${(listener.addr as Deno.NetAddr).port}`);
  for await (const conn of listener) {
    conn.setNoDelay(true);
    (async () => {
      const buf = new Uint8Array(16384);
      try {
        for (;;) {
          const n = await conn.read(buf);
          if (n === null) break;
          await writeAll(conn, buf.subarray(0, n));
        }
      } catch {
        // The load ends by closing or resetting its connections.
      } finally {
        try {
          conn.close();
        } catch {
          // already closed
        }
      }
    })();
  }
}

const [workload, ...rest] = Deno.args;
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
  case "rr-async": // (g): Deno's calls are always awaited
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
