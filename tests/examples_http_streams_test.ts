/**
 * `examples/http_streams.ts` runs: its HTTP/1.0 server and client talk over
 * the sockets' streams on loopback, print the reply and exit 0.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import process from "node:process";
import { runtime } from "../ffi/mod.ts";
import { it } from "./_skip.ts";

describe("examples/http_streams.ts", () => {
  it(
    "serves one GET over streams and prints the reply",
    { timeout: 60_000 },
    () => {
      const script = fileURLToPath(
        new URL("../examples/http_streams.ts", import.meta.url),
      );
      const args = runtime === "deno"
        ? [
          "run",
          "--allow-ffi",
          "--allow-net",
          "--no-check",
          script,
          "/streams",
        ]
        : [script, "/streams"];
      const child = spawnSync(process.execPath, args, {
        encoding: "utf8",
        timeout: 50_000,
      });
      assert.equal(child.status, 0, child.stderr);
      const body = `Hello from ${runtime}, you asked for /streams`;
      assert.equal(
        child.stdout.replaceAll("\r\n", "\n"),
        [
          "HTTP/1.0 200 OK",
          "Content-Type: text/plain; charset=utf-8",
          `Content-Length: ${body.length + 1}`,
          "",
          body,
          "",
        ].join("\n"),
      );
    },
  );
});
