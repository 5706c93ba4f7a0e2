/**
 * Run by `sethostname_test.ts` in a child process (inside `unshare`):
 * calls `sethostname()` with the name in argv (`bytes:` first: as bytes),
 * then prints, as JSON, the host name `gethostname()` sees, or the error.
 */
import process from "node:process";
import { error, gethostname, sethostname } from "../mod.ts";

const arg = process.argv.at(-1) ?? "";
const name = arg.startsWith("bytes:")
  ? new TextEncoder().encode(arg.slice("bytes:".length))
  : arg;
try {
  sethostname(name);
  console.log(JSON.stringify({ hostname: gethostname() }));
} catch (e) {
  if (!(e instanceof error)) throw e;
  console.log(JSON.stringify({ errno: e.errno, message: e.message }));
}
