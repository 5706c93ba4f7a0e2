/**
 * `select()`, `poll()` and `epoll` under a storm of signals (SIGURG, with a
 * handler installed through the runtime, sent to every thread of this
 * process every few milliseconds by a child shell): an interrupted wait
 * (EINTR) is retried with the time left (PEP 475), so each call waits its
 * whole timeout, raises nothing, and still reports what is ready.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import process from "node:process";
import { socketpair } from "../mod.ts";
import { epoll, EPOLLIN, poll, POLLIN, select } from "../select/mod.ts";
import { os } from "../platform/mod.ts";
import { Scope } from "./_net.ts";
import { timingSkip } from "./_emulation.ts";

const LIMIT = { timeout: 30_000 };

function whySkip(): string | false {
  if (os === "windows") return "Windows has no POSIX signals";
  // The storm's rate is wall-clock time: under an emulator too few rounds
  // fall inside a wait.
  if (timingSkip) return timingSkip;
  if (spawnSync("sh", ["-c", "exit 0"]).status !== 0) {
    return "no sh to send the signals from";
  }
  return false;
}

/** One turn of the event loop, so that the runtime runs signal handlers. */
function turn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `fn`, returning its result and the milliseconds it took. */
function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const result = fn();
  return [result, performance.now() - start];
}

describe("select, poll and epoll under a storm of signals", {
  skip: whySkip(),
}, () => {
  let storm: ChildProcess | null = null;
  let stormExited: Promise<void> = Promise.resolve();
  let received = 0;
  let signalled: () => void = () => {};
  const onSignal = (): void => {
    received++;
    if (received === 20) signalled();
  };

  before(async () => {
    const first = new Promise<void>((resolve) => signalled = resolve);
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
    const child = spawn("sh", ["-c", script], { stdio: "ignore" });
    storm = child;
    stormExited = new Promise((resolve) => {
      child.on("exit", () => resolve());
      child.on("error", () => resolve());
    });
    await first;
  });

  after(async () => {
    // The runtime holds a descriptor for the child (a pidfd) until it has
    // exited: wait, or it closes during a later file's descriptor count.
    storm?.kill("SIGKILL");
    await stormExited;
    process.off("SIGURG", onSignal);
  });

  /** Asserts that signals came while the blocking call ran. */
  async function assertSignalled(before: number): Promise<void> {
    await turn();
    assert.ok(received > before, "no signal arrived during the call");
  }

  it(
    "select() waits its whole timeout, then reports what is ready",
    LIMIT,
    async () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const start = received;
      const [idle, ms] = timed(() => select([b], [], [], 0.3));
      assert.deepEqual(idle, [[], [], []]);
      assert.ok(ms >= 299 && ms < 3000, `returned after ${ms} ms`);
      await assertSignalled(start);
      a.sendall("x");
      assert.deepEqual(select([b], [], [], 5), [[b], [], []]);
    },
  );

  it(
    "poll() waits its whole timeout, then reports what is ready",
    LIMIT,
    async () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const p = poll();
      p.register(b, POLLIN);
      const start = received;
      const [idle, ms] = timed(() => p.poll(300));
      assert.deepEqual(idle, []);
      assert.ok(ms >= 299 && ms < 3000, `returned after ${ms} ms`);
      await assertSignalled(start);
      a.sendall("x");
      assert.deepEqual(p.poll(5000), [[b.fileno(), POLLIN]]);
    },
  );

  it("epoll.poll() waits its whole timeout (Linux)", {
    ...LIMIT,
    skip: !epoll && `epoll is Linux's; this is ${os}`,
  }, async () => {
    using scope = new Scope();
    const [a, b] = scope.all(socketpair());
    using ep = epoll!();
    ep.register(b, EPOLLIN!);
    const start = received;
    const [idle, ms] = timed(() => ep.poll(0.3));
    assert.deepEqual(idle, []);
    assert.ok(ms >= 299 && ms < 3000, `returned after ${ms} ms`);
    await assertSignalled(start);
    a.sendall("x");
    assert.deepEqual(ep.poll(5), [[b.fileno(), EPOLLIN]]);
  });
});
