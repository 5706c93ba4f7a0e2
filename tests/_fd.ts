/**
 * The descriptor-leak check of the socket tests: the set of open socket
 * descriptors (from `/proc/self/fd`) before a file's tests must equal the
 * set after them. Linux only; elsewhere the check says why it is skipped.
 */
import { after, before } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readlinkSync } from "node:fs";
import { os } from "../platform/mod.ts";
import { it } from "./_skip.ts";

/** Socket descriptors open now: `fd -> "socket:[inode]"`. */
export function openSockets(): Map<number, string> {
  const out = new Map<number, string>();
  for (const name of readdirSync("/proc/self/fd")) {
    let target: string;
    try {
      target = readlinkSync(`/proc/self/fd/${name}`);
    } catch {
      continue; // the directory's own descriptor, already closed
    }
    if (target.startsWith("socket:")) out.set(Number(name), target);
  }
  return out;
}

/** One turn of the event loop. */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function sameSockets(a: Map<number, string>, b: Map<number, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [fd, t] of a) if (b.get(fd) !== t) return false;
  return true;
}

/**
 * The open sockets once the runtime has stopped closing what earlier files
 * left to it (Bun closes child processes' stdio sockets and a terminated
 * Worker's descriptors on later turns of its loop, later still on a loaded
 * machine): the set that stayed the same over five turns 10 ms apart, or,
 * after 2 s, the last one seen. This waits for the runtime, not for the
 * library: nothing of the library's is pending between files.
 */
async function quiescentSockets(): Promise<Map<number, string>> {
  const deadline = performance.now() + 2000;
  let last = openSockets();
  let same = 0;
  while (same < 5 && performance.now() < deadline) {
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const now = openSockets();
    same = sameSockets(now, last) ? same + 1 : 0;
    last = now;
  }
  return last;
}

/**
 * Registers, in the enclosing `describe`, a snapshot of the open sockets
 * before its tests and an assertion after them that no socket was left
 * open (nor closed that the suite did not own).
 */
export function checkFdLeaks(): void {
  if (os !== "linux") {
    it("leaks no descriptors", {
      skip: "the check reads /proc/self/fd, which only Linux has",
    }, () => {});
    return;
  }
  let start = new Map<number, string>();
  before(async () => {
    // Let the runtime finish closing what earlier files left it, so that
    // the snapshot holds only descriptors that stay open.
    start = await quiescentSockets();
  });
  after(async () => {
    const end = await quiescentSockets();
    const leaked = [...end].filter(([fd, t]) => start.get(fd) !== t);
    const lost = [...start].filter(([fd, t]) => end.get(fd) !== t);
    assert.deepEqual({ leaked, lost }, { leaked: [], lost: [] });
  });
}
