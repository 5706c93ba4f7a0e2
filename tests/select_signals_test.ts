/**
 * `select()`, `poll()` and `epoll` under a storm of signals (SIGURG, with a
 * handler installed through the runtime, sent to every thread of this
 * process every few milliseconds by a child shell): an interrupted wait
 * (EINTR) is retried with the time left (PEP 475), so each call waits its
 * whole timeout, raises nothing, and still reports what is ready. The
 * shell appends a byte to a file after each round of signals: a call must
 * see two rounds end (the first may have been signalled just before it),
 * counted on the sender's side, not by the runtime's dispatch of the
 * handler, which can come later. The shell, forking a `sleep` each round,
 * can be kept off the CPU for longer than a call on a loaded machine (gaps
 * of 180 ms measured), so a call is repeated until one has (each one
 * asserted in full).
 */
import { after, before } from "node:test";
import assert from "node:assert/strict";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { socketpair } from "../mod.ts";
import { epoll, EPOLLIN, poll, POLLIN, select } from "../select/mod.ts";
import { os } from "../platform/mod.ts";
import { timingSkip } from "./_emulation.ts";
import { Scope } from "./_net.ts";
import { describeOrSkip, it } from "./_skip.ts";

const LIMIT = { timeout: 30_000 };
/** Calls made at most until one waited through two rounds of signals. */
const ATTEMPTS = 10;

function whySkip(): string | false {
  if (os === "windows") return "Windows has no POSIX signals";
  // The shell's rounds and the calls' timing are wall-clock: under an
  // emulator a round of signals takes longer than a call.
  if (timingSkip) return timingSkip;
  if (spawnSync("sh", ["-c", "exit 0"]).status !== 0) {
    return "no sh to send the signals from";
  }
  return false;
}

/** Runs `fn`, returning its result and the milliseconds it took. */
function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const result = fn();
  return [result, performance.now() - start];
}

const why = whySkip();
describeOrSkip("select, poll and epoll under a storm of signals", why, () => {
  let storm: ChildProcess | null = null;
  let stormExited: Promise<void> = Promise.resolve();
  let dir = "";
  let log = "";
  let received = 0;
  let signalled: () => void = () => {};
  const onSignal = (): void => {
    received++;
    if (received === 20) signalled();
  };

  before(async () => {
    const first = new Promise<void>((resolve) => signalled = resolve);
    process.on("SIGURG", onSignal);
    dir = mkdtempSync(join(tmpdir(), "bsock-storm-"));
    log = join(dir, "rounds");
    // Every thread (Linux lists them), else the process, every 2 ms; a
    // byte in the log after each round.
    const script = `p=${process.pid} log='${log}'
: > "$log"
while :; do
  if [ -d /proc/$p/task ]; then
    for t in /proc/$p/task/*; do kill -URG "\${t##*/}" 2>/dev/null; done
  else
    kill -URG $p || exit 0
  fi
  printf . >> "$log"
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
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The rounds of signals the sender has delivered so far. */
  function rounds(): number {
    return statSync(log).size;
  }

  /**
   * Runs `wait` (a call that times out, asserting what it returns) until
   * the sender ended two rounds of signals while one ran.
   */
  function underSignals(wait: () => void): void {
    let n = 0;
    for (let i = 0; i < ATTEMPTS && n < 2; i++) {
      const start = rounds();
      wait();
      n = rounds() - start;
    }
    assert.ok(n >= 2, `no call of ${ATTEMPTS} saw 2 rounds of signals`);
  }

  it(
    "select() waits its whole timeout, then reports what is ready",
    LIMIT,
    () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      underSignals(() => {
        const [idle, ms] = timed(() => select([b], [], [], 0.3));
        assert.deepEqual(idle, [[], [], []]);
        assert.ok(ms >= 299 && ms < 3000, `returned after ${ms} ms`);
      });
      a.sendall("x");
      assert.deepEqual(select([b], [], [], 5), [[b], [], []]);
    },
  );

  it(
    "poll() waits its whole timeout, then reports what is ready",
    LIMIT,
    () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const p = poll();
      p.register(b, POLLIN);
      underSignals(() => {
        const [idle, ms] = timed(() => p.poll(300));
        assert.deepEqual(idle, []);
        assert.ok(ms >= 299 && ms < 3000, `returned after ${ms} ms`);
      });
      a.sendall("x");
      assert.deepEqual(p.poll(5000), [[b.fileno(), POLLIN]]);
    },
  );

  it("epoll.poll() waits its whole timeout (Linux)", {
    ...LIMIT,
    skip: !epoll && `epoll is Linux's; this is ${os}`,
  }, () => {
    using scope = new Scope();
    const [a, b] = scope.all(socketpair());
    using ep = epoll!();
    ep.register(b, EPOLLIN!);
    underSignals(() => {
      const [idle, ms] = timed(() => ep.poll(0.3));
      assert.deepEqual(idle, []);
      assert.ok(ms >= 299 && ms < 3000, `returned after ${ms} ms`);
    });
    a.sendall("x");
    assert.deepEqual(ep.poll(5), [[b.fileno(), EPOLLIN]]);
  });
});
