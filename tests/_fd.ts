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

/**
 * Registers, in the enclosing `describe`, a snapshot of the open sockets
 * before its tests and an assertion after them that no socket was left
 * open (nor closed that the suite did not own).
 */
export function checkFdLeaks(): void {
  if (os !== "linux") {
    it("leaks no descriptors (skipped: /proc/self/fd is Linux only)", () => {});
    return;
  }
  let start = new Map<number, string>();
  before(() => {
    start = openSockets();
  });
  after(() => {
    const end = openSockets();
    const leaked = [...end].filter(([fd, t]) => start.get(fd) !== t);
    const lost = [...start].filter(([fd, t]) => end.get(fd) !== t);
    assert.deepEqual({ leaked, lost }, { leaked: [], lost: [] });
  });
}
