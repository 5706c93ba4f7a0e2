/**
 * One slice of the sequence fuzz, run by `_seqfuzz_driver.ts` in a child
 * process: `_seqfuzz_child.ts SEED START COUNT` (the lines it prints:
 * `_fuzz_slices.ts`). It then returns without exiting, so that the driver
 * sees whether anything (a background wait, a timer) keeps the process
 * alive.
 */
import { seqFuzz, seqTeardown } from "./_seqfuzz.ts";
import { teardown } from "./_fuzz_case.ts";
import { childSlice } from "./_fuzz_slices.ts";

await childSlice(seqFuzz, () => {
  seqTeardown();
  teardown();
});
