/**
 * Run as a child process by `socket_misc_test.ts` (Deno with
 * `--v8-flags=--expose-gc`, or Bun): opens sockets, drops them unclosed,
 * collects garbage until their descriptors are closed, and prints the
 * socket descriptor counts as JSON: before, while open, after collection.
 */
import { socket, socketpair } from "../mod.ts";
import { openSockets } from "./_fd.ts";

const g = globalThis as unknown as {
  gc?: () => void;
  Bun?: { gc(force: boolean): void };
};
const collect = g.gc ?? (() => g.Bun?.gc(true));

const before = openSockets().size;
(() => {
  for (let i = 0; i < 4; i++) socket();
  socketpair();
})();
const open = openSockets().size;
let after = open;
for (let i = 0; i < 200 && after > before; i++) {
  collect();
  await new Promise((resolve) => setTimeout(resolve, 10));
  after = openSockets().size;
}
console.log(
  JSON.stringify({
    before,
    open,
    after,
    gc: typeof g.gc === "function" || !!g.Bun,
  }),
);
