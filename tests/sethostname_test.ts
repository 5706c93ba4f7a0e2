/**
 * `sethostname()`: in a child inside a new user and UTS namespace
 * (`unshare -Ur --uts`) it renames the host there, and `gethostname()`
 * sees the new name; in a new user namespace only (`unshare -U`) the
 * process has no privilege over the host's UTS namespace, whoever runs the
 * test, and gets EPERM exactly. The test never renames this machine.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import process from "node:process";
import { os } from "../platform/mod.ts";
import { errno, gethostname, sethostname } from "../mod.ts";
import { describeOrSkip, it } from "./_skip.ts";

const child = fileURLToPath(new URL("./_hostname_child.ts", import.meta.url));

/** Why `unshare` cannot make the namespaces here, or false. */
function whyNoUnshare(): string | false {
  if (os !== "linux") {
    return `user and UTS namespaces are Linux's; this is ${os}`;
  }
  const r = spawnSync("unshare", ["-Ur", "--uts", "true"], { timeout: 10000 });
  if (r.error) return "unshare (util-linux) is not installed";
  if (r.status !== 0) {
    return `unshare -Ur --uts fails here (${
      String(r.stderr).trim() || `status ${r.status}`
    }): unprivileged user namespaces are off`;
  }
  return false;
}

/** Runs the child under `unshare` with `options`; its JSON line. */
function runChild(
  options: string[],
  name: string,
  denoFlags = ["--allow-all"],
): Record<string, unknown> {
  const runtime = typeof process.versions.bun === "string"
    ? [process.execPath, child]
    : [process.execPath, "run", "--no-prompt", ...denoFlags, child];
  const r = spawnSync("unshare", [...options, ...runtime, name], {
    encoding: "utf8",
    timeout: 60000,
  });
  assert.equal(r.status, 0, `child failed: ${r.stderr}${r.error ?? ""}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1)!);
}

describe("sethostname() arguments", () => {
  it("refuses anything but a string or bytes, before any system call", () => {
    for (
      const [value, got] of [
        [undefined, "undefined"],
        [null, "null"],
        [42, "42"],
        [["x"], "an array"],
      ] as const
    ) {
      assert.throws(() => sethostname(value as never), {
        name: "TypeError",
        message: `sethostname(): name must be a string or bytes, got ${got}`,
      });
    }
  });

  it("refuses a string with a NUL (TypeError) or a lone surrogate (RangeError)", () => {
    assert.throws(() => sethostname("a\0b"), {
      name: "TypeError",
      message: "sethostname(): name must not contain NUL",
    });
    assert.throws(
      () => sethostname("a\ud800"),
      (e: unknown) =>
        e instanceof RangeError && /surrogates not allowed/.test(e.message),
    );
  });
});

describe("sethostname() on Windows", () => {
  const skip = os === "windows"
    ? false
    : `this is ${os}, which has sethostname`;
  it(
    `raises EOPNOTSUPP: Winsock has no sethostname${
      skip ? ` (skipped: ${skip})` : ""
    }`,
    { skip },
    () => {
      assert.throws(() => sethostname("berkeley-win"), {
        name: "error",
        errno: errno.EOPNOTSUPP,
        message:
          `[Errno ${errno.EOPNOTSUPP}] sethostname() exists only on Unix (Winsock has none), not on windows`,
      });
    },
  );
});

const skip = whyNoUnshare();

describeOrSkip(
  "sethostname() in namespaces",
  skip,
  () => {
    it("renames the host of a new UTS namespace, from a string and from bytes", () => {
      const before = gethostname();
      assert.deepEqual(runChild(["-Ur", "--uts"], "berkeley-uts"), {
        hostname: "berkeley-uts",
      });
      assert.deepEqual(runChild(["-Ur", "--uts"], "bytes:berkeley-b"), {
        hostname: "berkeley-b",
      });
      assert.equal(gethostname(), before); // this machine's name is untouched
    });

    it("raises EPERM without privilege over the UTS namespace", () => {
      const got = runChild(["-U"], "berkeley-denied");
      assert.equal(got.errno, errno.EPERM);
      assert.equal(got.message, "[Errno 1] Operation not permitted");
    });

    it(
      "under Deno needs --allow-sys=hostname: without it EACCES naming the flag",
      {
        skip: typeof process.versions.bun === "string" &&
          "Bun has no permission model: every call is allowed there",
      },
      () => {
        const flags = ["--allow-ffi", "--allow-env", "--allow-read"];
        assert.deepEqual(runChild(["-Ur", "--uts"], "berkeley-x", flags), {
          errno: errno.EACCES,
          message:
            `[Errno ${errno.EACCES}] sethostname(): requires sys access to "hostname"; run again with --allow-sys=hostname`,
        });
        assert.deepEqual(
          runChild(["-Ur", "--uts"], "berkeley-y", [
            ...flags,
            "--allow-sys=hostname",
          ]),
          { hostname: "berkeley-y" },
        );
      },
    );
  },
);
