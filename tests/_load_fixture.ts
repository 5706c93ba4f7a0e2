/**
 * Run as a child process by `reactor_test.ts`: loads the library and exits,
 * the baseline a child using the reactor is timed against (a VM under
 * emulation takes seconds just to start a runtime). Prints "done".
 */
import { socketpair } from "../mod.ts";

const [a, b] = socketpair();
a.close();
b.close();
console.log("done");
