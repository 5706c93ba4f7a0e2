/**
 * The descriptor-leak check of the socket tests: the set of open socket
 * descriptors (from `/proc/self/fd`) before a file's tests must equal the
 * set after them. Linux only; elsewhere the check says why it is skipped.
 */
import { after, before, it } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readlinkSync } from "node:fs";
import { os } from "../platform/mod.ts";

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
    // Let the runtime finish closing what earlier files' child processes
    // used (Bun closes their stdio sockets on a later turn of its loop), so
    // that the snapshot holds only descriptors that stay open.
    await settle();
    start = openSockets();
  });
  after(async () => {
    await settle();
    const end = openSockets();
    const leaked = [...end].filter(([fd, t]) => start.get(fd) !== t);
    const lost = [...start].filter(([fd, t]) => end.get(fd) !== t);
    assert.deepEqual({ leaked, lost }, { leaked: [], lost: [] });
  });
}
