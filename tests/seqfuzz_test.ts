/**
 * A bounded slice of the sequence fuzz of the asynchronous layer
 * (`_seqfuzz.ts`): seeded interleavings of `sock_*` calls, closes, mode
 * changes, shutdowns, `dup`/`detach` and stream reads and writes on
 * connected pairs. Every call settles with a result or one of our errors,
 * no byte is lost, duplicated or reordered, and no descriptor is left
 * open. The long run (2,000+ cases per runtime, in child processes under
 * a watchdog that also checks that each exits by itself) is
 * `deno task seqfuzz`.
 */
import { after, describe } from "node:test";
import assert from "node:assert/strict";
import { seqFuzz, seqTeardown } from "./_seqfuzz.ts";
import { noFuzz } from "./_emulation.ts";
import { it } from "./_skip.ts";

const SEED = 20261202;
const CASES = 150;

describe("sequence fuzz (a slice; `deno task seqfuzz` runs more)", () => {
  after(seqTeardown);
  it(
    `${CASES} cases of seed ${SEED}: every call settles, no data lost, nothing left open`,
    { skip: noFuzz, timeout: 120_000 },
    async () => {
      const totals = await seqFuzz(SEED, 0, CASES);
      assert.equal(totals.cases, CASES);
      // Each finding names its case: seqCase(SEED, index) replays it. The
      // message carries them on one line, so CI's summary shows them.
      assert.deepEqual(
        totals.findings,
        [],
        `findings: ${JSON.stringify(totals.findings)}`,
      );
      // The slice moves data, so the model is not judging empty streams.
      assert.ok(totals.bytes > 100_000, `only ${totals.bytes} bytes received`);
    },
  );
});
