/**
 * A storm of signals (SIGURG, with a handler installed through the runtime,
 * to every thread of this process every few milliseconds, from a child
 * shell) while `sock_*` calls wait: EINTR in the background wait is retried,
 * never reported (PEP 475), so every call completes or times out as asked;
 * and a blocking call with a timeout still times out on time.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import process from "node:process";
import { error, socketpair, type SocketType, timeout } from "../mod.ts";
import { sock_recv, sock_recv_into, sock_sendall } from "../socket/async.ts";
import { os } from "../platform/mod.ts";
import { SLOWDOWN } from "./_net.ts";

const LIMIT = { timeout: 30_000 };
const decoder = new TextDecoder();

function whySkip(): string | false {
  if (os === "windows") return "Windows has no POSIX signals";
  if (spawnSync("sh", ["-c", "exit 0"]).status !== 0) {
    return "no sh to send the signals from";
  }
  return false;
}

/** Resolves after `ms` (the scenario's pace, not synchronisation). */
function after_(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const skip = whySkip();

describe("sock_* calls under a storm of signals", { skip }, () => {
  let storm: ChildProcess | null = null;
  let received = 0;
  let firstSignals: Promise<void> = Promise.resolve();
  const onSignal = (): void => {
    received++;
    if (received === 20) signalled();
  };
  let signalled: () => void = () => {};

  before(async () => {
    firstSignals = new Promise((resolve) => signalled = resolve);
    process.on("SIGURG", onSignal);
    // Every thread (Linux lists them), else the process, every 2 ms.
    const script = `p=${process.pid}
while :; do
  if [ -d /proc/$p/task ]; then
    for t in /proc/$p/task/*; do kill -URG "\${t##*/}" 2>/dev/null; done
  else
    kill -URG $p || exit 0
  fi
  sleep 0.002
done`;
    storm = spawn("sh", ["-c", script], { stdio: "ignore" });
    await firstSignals;
  });

  after(() => {
    storm?.kill("SIGKILL");
    process.off("SIGURG", onSignal);
  });

  it(
    "waiting calls complete or time out as asked; none fails",
    LIMIT,
    async () => {
      const pairs: [SocketType, SocketType][] = Array.from(
        { length: 20 },
        () => socketpair(),
      );
      const start = received;
      try {
        // Ten wait without limit (non-blocking sockets, asyncio's way) and
        // get their data 300 ms later; ten time out after 0.25 s.
        const forever = pairs.slice(0, 10).map(([, b]) => {
          b.setblocking(false);
          return sock_recv(b, 16);
        });
        const timed = pairs.slice(10).map(([, b]) => {
          b.settimeout(0.25);
          const t0 = performance.now();
          return sock_recv_into(b, new Uint8Array(4)).then(
            () => {
              throw new Error("A timed call got data nobody sent");
            },
            (e) => [e, performance.now() - t0] as const,
          );
        });
        await after_(300);
        pairs.slice(0, 10).forEach(([a], i) => a.send(`data ${i}`));
        const got = await Promise.all(forever);
        assert.deepEqual(
          got.map((d) => decoder.decode(d)),
          pairs.slice(0, 10).map((_, i) => `data ${i}`),
        );
        for (const [e, elapsed] of await Promise.all(timed)) {
          assert.ok(e instanceof timeout, String(e));
          assert.ok(
            elapsed >= 249 && elapsed < 250 + 50 * SLOWDOWN,
            `timed out after ${elapsed} ms`,
          );
        }
        // A large transfer through the reactor while the storm goes on.
        const [a, b] = pairs[0];
        a.setblocking(false);
        const big = new Uint8Array(8 << 20).fill(7);
        const sending = sock_sendall(a, big);
        let n = 0;
        const buf = new Uint8Array(65536);
        while (n < big.length) n += await sock_recv_into(b, buf);
        await sending;
        assert.equal(n, big.length);
        assert.ok(
          received - start >= 20,
          `only ${received - start} signals arrived during the test`,
        );
      } finally {
        for (const [a, b] of pairs) {
          a.close();
          b.close();
        }
      }
    },
  );

  it(
    "a blocking recv() with a timeout still times out on time (±50 ms)",
    LIMIT,
    () => {
      const [a, b] = socketpair();
      try {
        b.settimeout(0.2);
        const t0 = performance.now();
        const e = (() => {
          try {
            b.recv(16);
          } catch (e) {
            return e;
          }
        })();
        const elapsed = performance.now() - t0;
        assert.ok(e instanceof timeout, String(e));
        assert.ok(!(e instanceof error) || e.errno !== 4, "EINTR surfaced");
        assert.ok(
          elapsed >= 199 && elapsed < 200 + 50 * SLOWDOWN,
          `timed out after ${elapsed} ms`,
        );
      } finally {
        a.close();
        b.close();
      }
    },
  );
});
