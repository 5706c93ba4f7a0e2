/**
 * Run as a child process by `reactor_test.ts`: uses the reactor (a wait with
 * no timeout, a long timeout met early, a short one that expires), then
 * returns from the module. The process must exit at once: no background
 * poll may be left in flight. Prints "done" last.
 */
import { socketpair, timeout } from "../mod.ts";
import { sock_recv } from "../socket/async.ts";

const [a, b] = socketpair();
const forever = sock_recv(b, 16);
a.send("1");
if ((await forever).length !== 1) {
  throw new Error("Wrong data for the wait without timeout");
}

b.settimeout(30);
const long = sock_recv(b, 16);
a.send("2");
if ((await long).length !== 1) {
  throw new Error("Wrong data for the long timeout");
}

b.settimeout(0.05);
try {
  await sock_recv(b, 16);
  throw new Error("The short timeout did not expire");
} catch (e) {
  if (!(e instanceof timeout)) throw e;
}
a.close();
b.close();
console.log("done");
