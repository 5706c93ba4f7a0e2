/**
 * Skips that say why, on both runtimes. Neither `deno test` nor `bun test`
 * prints the reason given as `skip`, and `bun test` prints nothing at all
 * for a skipped `describe`. So the tests take `it` from here, which puts a
 * skipped test's reason in its name (and takes only a reason, a string,
 * or `false`: a bare `true` does not compile), and a skipped group is one
 * skipped test saying why (`describeOrSkip`): every skip is a line saying
 * why on Deno and on Bun.
 */
import { describe, it as nodeIt, type TestContext } from "node:test";

/** What a test of this suite may be given. */
export interface ItOptions {
  /** Why the test is skipped here, or `false` to run it. */
  skip?: string | false;
  /** Milliseconds after which the test fails. */
  timeout?: number;
}

type TestFn = (t: TestContext) => void | Promise<void>;

/** A test's name, with ` (skipped: reason)` when it is skipped. */
export function skipName(name: string, skip: string | false): string {
  return skip && !name.includes("(skipped: ")
    ? `${name} (skipped: ${skip})`
    : name;
}

/** `node:test`'s `it`, a skipped test's name saying why. */
export function it(name: string, fn: TestFn): void;
export function it(name: string, options: ItOptions, fn: TestFn): void;
export function it(
  name: string,
  options: ItOptions | TestFn,
  fn?: TestFn,
): void {
  if (typeof options === "function") {
    nodeIt(name, options);
    return;
  }
  nodeIt(skipName(name, options.skip ?? false), options, fn);
}

/**
 * `describe(name, body)`, or, when `skip` is a reason, a group of one
 * skipped test whose name says why.
 */
export function describeOrSkip(
  name: string,
  skip: string | false,
  body: () => void,
): void {
  if (!skip) {
    describe(name, body);
    return;
  }
  describe(name, () => {
    it("all of it", { skip }, () => {});
  });
}
