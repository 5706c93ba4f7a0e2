/**
 * `ffi/background.ts`, the one C call off the main thread behind the
 * `sock_*` reactor (Deno: a nonblocking FFI call; Bun: a Worker), when the
 * call cannot be made: every call rejects, saying why, and the process
 * goes on. Run in a child process, which a failure of this kind would
 * freeze.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import process from "node:process";
import { runtime } from "../ffi/mod.ts";
import { os } from "../platform/mod.ts";
import { it } from "./_skip.ts";

describe("ffi/background.ts", () => {
  it(
    "a call whose C library cannot be loaded rejects, and so does every later one",
    {
      timeout: 240_000,
    },
    () => {
      const fixture = fileURLToPath(
        new URL("./_background_failure_fixture.ts", import.meta.url),
      );
      const args = runtime === "deno"
        ? ["run", "--allow-all", fixture]
        : [fixture];
      const child = spawnSync(process.execPath, args, {
        encoding: "utf8",
        timeout: 60_000,
        env: { ...process.env, BERKELEY_SOCKET_NO_SUCH_LIBRARY: "" },
      });
      assert.equal(child.signal, null, "the child was killed: it hung");
      assert.equal(child.status, 0, child.stderr);
      // Deno names the function it could not load; Bun's worker the library.
      const why = runtime === "deno"
        ? `Could not load ${
          os === "windows" ? "WSAPoll" : "poll"
        } from the C library (set BERKELEY_SOCKET_NO_SUCH_LIBRARY to its path); tried:`
        : "Could not load the C library (set BERKELEY_SOCKET_NO_SUCH_LIBRARY to its path); tried:";
      assert.equal(
        child.stdout,
        `call 1: ${why}\ncall 2: ${why}\ncall 3: ${why}\ndone\n`,
      );
    },
  );
});
