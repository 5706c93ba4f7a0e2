/**
 * IPv6 link-local addresses with scope ids. fe80:: addresses are not
 * normally assigned to lo, so this test builds a network namespace with a
 * veth pair (root and `ip` needed), runs `_linklocal_child.ts` inside it
 * with the same runtime, and compares what the child saw.
 */
import { after, before, describe } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { errno as E, os } from "../platform/mod.ts";
import { describeOrSkip, it } from "./_skip.ts";

const ns = `berkeley-sock-${process.pid}`;

function ip(...args: string[]): { ok: boolean; text: string } {
  const r = spawnSync("ip", args, { encoding: "utf8", timeout: 10000 });
  return {
    ok: r.status === 0,
    text: `${r.stdout ?? ""}${r.stderr ?? ""}${r.error ?? ""}`,
  };
}

/** Why the test cannot run here, or "" when it can. */
function obstacle(): string {
  if (os !== "linux") return "network namespaces are Linux only";
  if (process.getuid?.() !== 0) {
    return "creating a network namespace needs root";
  }
  if (!ip("-V").ok) return "the ip command (iproute2) is not installed";
  return "";
}

const why = obstacle();

describeOrSkip(
  "IPv6 link-local addresses with scope ids",
  why || false,
  () => {
    let ready = "";

    before(() => {
      const steps: string[][] = [
        ["netns", "add", ns],
        ["-n", ns, "link", "set", "lo", "up"],
        ["-n", ns, "link", "add", "v0", "type", "veth", "peer", "name", "v1"],
        ["-n", ns, "link", "set", "v0", "up"],
        ["-n", ns, "link", "set", "v1", "up"],
        ["-n", ns, "addr", "add", "fe80::1/64", "dev", "v0", "nodad"],
        ["-n", ns, "addr", "add", "fe80::2/64", "dev", "v1", "nodad"],
      ];
      for (const step of steps) {
        const r = ip(...step);
        if (!r.ok) {
          ready = `ip ${step.join(" ")}: ${r.text.trim()}`;
          return;
        }
      }
    });

    after(() => {
      ip("netns", "del", ns);
    });

    it("bind, connect, accept and sendto with scoped fe80:: addresses", () => {
      assert.equal(ready, "", "setting up the namespace failed");
      const child = fileURLToPath(
        new URL("./_linklocal_child.ts", import.meta.url),
      );
      const runtime = process.execPath;
      const args = typeof process.versions.bun === "string"
        ? [child]
        : ["run", "--allow-all", child];
      const r = spawnSync("ip", ["netns", "exec", ns, runtime, ...args], {
        encoding: "utf8",
        timeout: 60000,
      });
      assert.equal(r.status, 0, `child failed: ${r.stderr}${r.error ?? ""}`);
      const got = JSON.parse(r.stdout.trim().split("\n").pop()!);
      assert.equal(got.failure, undefined, got.failure);
      const [v0, v1] = got.indexes as [number, number];
      assert.ok(v0 > 0 && v1 > 0 && v0 !== v1);
      const port = got.listener[1];
      assert.deepEqual(got.listener, ["fe80::1", port, 0, v0]);
      const [peer, client] = got.accepted;
      assert.deepEqual(peer, client);
      assert.equal(peer[0], "fe80::1");
      assert.equal(peer[3], v0);
      assert.deepEqual(got.peername, ["fe80::1", port, 0, v0]);
      assert.equal(got.data, "over link-local");
      assert.deepEqual(got.numericZone, ["fe80::1", port, 0, v0]);
      assert.equal(got.noScope, E.EINVAL);
      assert.equal(got.wrongLink, E.EADDRNOTAVAIL);
      assert.equal(got.udpSender[0], "fe80::2");
      assert.equal(got.udpSender[3], v1);
      const [text, from] = got.udp;
      assert.equal(text, "dgram");
      // The sender's address, scoped to the link it arrived on.
      assert.deepEqual(from, ["fe80::2", got.udpSender[1], 0, v0]);
    });
  },
);

if (why) {
  describe("IPv6 link-local addresses with scope ids", () => {
    it(`skipped: ${why}`, () => {});
  });
}
