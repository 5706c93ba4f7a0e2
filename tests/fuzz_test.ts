/**
 * A bounded slice of the fuzz of issue 9 (`_fuzz.ts`): every export and
 * every socket method, sockets in every state, hostile arguments. Every
 * call succeeds or raises our errors; nothing crashes, hangs, raises an
 * engine error or leaves a descriptor open. The full run (100,000+ calls
 * per runtime, in child processes under a watchdog) is `deno task fuzz`.
 */
import { after, describe } from "node:test";
import assert from "node:assert/strict";
import { fuzz, KINDS, openSockets, teardown } from "./_fuzz.ts";
import { noFuzz } from "./_emulation.ts";
import { it } from "./_skip.ts";

const SEED = 20261201;
const CALLS = 1500;

describe("fuzz (a slice; `deno task fuzz` runs it all)", () => {
  after(async () => {
    teardown();
    // The runtime may still be closing descriptors of its own that the
    // calls set going (Bun: a background Worker's);
    // let it finish before
    // the next file's leak check takes its snapshot.
    const snapshot = () => [...openSockets() ?? []].join();
    let last = snapshot();
    for (let stable = 0, i = 0; stable < 10 && i < 100; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const now = snapshot();
      stable = now === last ? stable + 1 : 0;
      last = now;
    }
  });

  it(
    `${CALLS} calls of seed ${SEED}: no engine error, hang or leaked descriptor`,
    {
      skip: noFuzz,
    },
    async () => {
      assert.ok(KINDS.length >= 2, "at least two socket kinds to fuzz");
      const totals = await fuzz(SEED, 0, CALLS);
      assert.equal(totals.calls, CALLS);
      // Each finding names its case: fuzzCase(SEED, index) replays it.
      assert.deepEqual(totals.findings, []);
      // The fuzz reaches both outcomes, so it is not all refused at the door.
      assert.ok(totals.ok > CALLS / 5, `only ${totals.ok} calls succeeded`);
      assert.ok(totals.ours > CALLS / 5, `only ${totals.ours} calls raised`);
    },
  );
});
