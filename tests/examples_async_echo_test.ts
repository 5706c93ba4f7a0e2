/**
 * `examples/async_echo_server.ts`: one process, one thread, serving 200
 * clients at once with the `sock_*` calls; every client gets back exactly
 * the bytes it sent, interleaved with the others.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import process from "node:process";
import { AF_INET, SHUT_WR, SOCK_STREAM, socket, socketpair } from "../mod.ts";
import {
  sock_connect,
  sock_recv,
  sock_recv_into,
  sock_sendall,
} from "../socket/async.ts";
import { runtime } from "../ffi/mod.ts";
import { os } from "../platform/mod.ts";
import { it } from "./_skip.ts";

const CLIENTS = 200;

/** Client `i`'s message: its own size (up to ~100 KiB) and pattern. */
function message(i: number): Uint8Array {
  const out = new Uint8Array(1 + ((i * 7919) % 100_000));
  for (let k = 0; k < out.length; k++) out[k] = (i * 31 + k) & 0xff;
  return out;
}

/** Sends client `i`'s message, half-closes, and reads until the end. */
async function client(port: number, i: number): Promise<Uint8Array> {
  const s = socket(AF_INET, SOCK_STREAM);
  try {
    s.setblocking(false);
    await sock_connect(s, ["127.0.0.1", port]);
    const sent = message(i);
    const back = new Uint8Array(sent.length + 1);
    let got = 0;
    const reading = (async () => {
      for (;;) {
        const n = await sock_recv_into(s, back.subarray(got));
        if (n === 0) return;
        got += n;
      }
    })();
    await sock_sendall(s, sent);
    s.shutdown(SHUT_WR);
    await reading;
    return back.subarray(0, got);
  } finally {
    s.close();
  }
}

describe("examples/async_echo_server.ts", () => {
  it(`echoes ${CLIENTS} concurrent clients on one thread`, {
    timeout: 60_000,
  }, async () => {
    const script = fileURLToPath(
      new URL("../examples/async_echo_server.ts", import.meta.url),
    );
    const args = runtime === "deno"
      ? ["run", "--allow-ffi", "--allow-net", script, "127.0.0.1", "0"]
      : [script, "127.0.0.1", "0"];
    // On POSIX the child's stdout is one of our own socket pairs, so that
    // no pipe of the runtime's outlives the test (the leak checks count
    // sockets); Windows cannot give a socket as a child's stdout.
    const posix = os !== "windows";
    const [ours, theirs] = posix ? socketpair() : [null, null];
    const child = spawn(process.execPath, args, {
      stdio: ["ignore", theirs ? theirs.fileno() : "pipe", "ignore"],
    });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    theirs?.close(); // the child has its own copy: its end means EOF here
    let draining: Promise<void> = Promise.resolve();
    try {
      let out = "";
      const port = await new Promise<number>((resolve, reject) => {
        const take = (text: string): boolean => {
          out += text;
          const m = /Listening on .*?(\d+)\s*\]/.exec(out);
          if (m) resolve(Number(m[1]));
          return m !== null;
        };
        if (ours) {
          ours.setblocking(false);
          // Reads the log to the end, so that the child never waits on a
          // full socket; ends with EBADF when the test closes `ours`.
          draining = (async () => {
            for (;;) {
              const data = await sock_recv(ours, 65536);
              if (data.length === 0) break;
              take(new TextDecoder().decode(data));
            }
            reject(new Error(`The server ended: ${out}`));
          })().catch(() => {});
        } else {
          child.stdout!.on("data", (chunk) => take(String(chunk)));
          child.on("exit", () => reject(new Error(`The server ended: ${out}`)));
        }
      });
      const results = await Promise.all(
        Array.from({ length: CLIENTS }, (_, i) => client(port, i)),
      );
      results.forEach((r, i) => assert.deepEqual(r, message(i), `client ${i}`));
    } finally {
      child.kill("SIGKILL");
      await exited;
      ours?.close();
      child.stdout?.destroy();
      await draining;
    }
  });
});
