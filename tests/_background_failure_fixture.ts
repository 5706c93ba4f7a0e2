/**
 * Run as a child process by `ffi_background_test.ts`: a background call
 * (`ffi/background.ts`) whose C library cannot be loaded, made three times
 * with the same arguments, as the reactor makes its waits. Each call must
 * reject, saying why; prints what each did, then "done". On Bun the calls
 * after the first used to wait for an answer that could never come, in a
 * loop of microtasks that froze the process.
 */
import { openBackgroundCall } from "../ffi/background.ts";
import { features, lastErrorSpec, symbols } from "../platform/mod.ts";

const symbol = features.pollSymbol;
const spec = symbols[symbol];
if (spec === undefined) throw new Error(`No ${symbol} in the symbol table`);
const background = openBackgroundCall(
  {
    envVar: "BERKELEY_SOCKET_NO_SUCH_LIBRARY",
    paths: ["/nonexistent/berkeley-socket/no-such-library.so"],
  },
  symbol,
  spec,
  lastErrorSpec,
);
const fds = background.buffer(64);
for (let i = 1; i <= 3; i++) {
  try {
    await background.call([fds, 1, 0]);
    console.log(`call ${i}: resolved`);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    console.log(`call ${i}: ${message.split("\n")[0]}`);
  }
}
console.log("done");
