/**
 * One slice of the full fuzz, run by `_fuzz_driver.ts` in a child process:
 * `_fuzz_child.ts SEED START COUNT` (the lines it prints: `_fuzz_slices.ts`).
 */
import { fuzz, teardown } from "./_fuzz.ts";
import { childSlice } from "./_fuzz_slices.ts";

await childSlice(fuzz, teardown);
