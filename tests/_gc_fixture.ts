/**
 * Run as a child process by `socket_misc_test.ts` (Deno with
 * `--v8-flags=--expose-gc`, or Bun): opens sockets, drops 81 of them
 * unclosed, collects garbage until their descriptors are closed, and prints
 * the socket descriptor counts as JSON: before, while open, after
 * collection.
 * Sockets closed or detached before they are dropped must leave alone the
 * descriptors given out again since (`kept`: still open, the same sockets).
 */
import { close, socket, socketpair } from "../mod.ts";
import { openSockets } from "./_fd.ts";

const g = globalThis as unknown as {
  gc?: () => void;
  Bun?: { gc(force: boolean): void };
};
const collect = g.gc ?? (() => g.Bun?.gc(true));

// Closed, then dropped: their numbers go to the sockets kept here.
const kept = Array.from({ length: 3 }, () => {
  socket().close();
  return socket();
});
// Detached, then dropped: the descriptor is the caller's from then on.
const detached = socket().detach();
const keptBefore = new Map(
  [...openSockets()].filter(([fd]) =>
    fd === detached || kept.some((s) => s.fileno() === fd)
  ),
);
const before = openSockets().size;
(() => {
  for (let i = 0; i < 4; i++) socket();
  socketpair();
  // More sockets than the finalizer keeps waiting (64) in one job: some are
  // registered when the batch fills, the rest when the job's microtasks
  // run, and those closed in between never are (75 dropped, 75 closed).
  for (let i = 0; i < 150; i++) {
    const s = socket();
    if (i % 2 === 1) s.close();
  }
})();
const open = openSockets().size;
let after = open;
for (let i = 0; i < 200 && after > before; i++) {
  collect();
  await new Promise((resolve) => setTimeout(resolve, 10));
  after = openSockets().size;
}
const now = openSockets();
const keptOpen = keptBefore.size === 4 &&
  [...keptBefore].every(([fd, inode]) => now.get(fd) === inode);
for (const s of kept) s.close();
close(detached);
console.log(
  JSON.stringify({
    before,
    open,
    after,
    keptOpen,
    gc: typeof g.gc === "function" || !!g.Bun,
  }),
);
