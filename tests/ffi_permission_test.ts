/**
 * Loading the C library: Deno without `--allow-ffi` (or with a path list)
 * is told once, in one line, what it needs and why, before any library is
 * tried; with `--allow-ffi` the module loads. Only the library paths of
 * this system (architecture, C library) are tried. Each Deno case runs in
 * a child `deno run`, whichever runtime runs this suite.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { libraryPaths, runtime } from "../ffi/mod.ts";
import { library, os } from "../platform/mod.ts";
import { timingSkip } from "./_emulation.ts";
import { it } from "./_skip.ts";

/** The deno binary: this process on Deno, else the one npm installed. */
function findDeno(): string | null {
  if (runtime === "deno") return process.execPath;
  if (os === "windows") return null; // the npm deno is a Linux binary here
  const local = fileURLToPath(
    new URL("../node_modules/.bin/deno", import.meta.url),
  );
  if (existsSync(local)) return local;
  const found = spawnSync("sh", ["-c", "command -v deno"], {
    encoding: "utf8",
  });
  return found.status === 0 ? found.stdout.trim() : null;
}

const deno = findDeno();
const noDeno = deno !== null
  ? false
  : os === "windows"
  ? "no Windows deno beside this Bun"
  : "no deno binary on this machine";
if (noDeno) {
  console.warn(`ffi_permission_test: skipping the Deno cases: ${noDeno}`);
}

/** Node with TypeScript type stripping (22.6 and later) can import mod.ts. */
function nodeWithTypes(): string | false {
  const v = spawnSync("node", ["--version"], { encoding: "utf8" });
  if (v.status !== 0) return "no node binary on this machine";
  const [major = 0, minor = 0] = v.stdout.trim().slice(1).split(".").map(
    Number,
  );
  return major > 22 || (major === 22 && minor >= 6)
    ? false
    : `node ${v.stdout.trim()} cannot import TypeScript (22.6 and later can)`;
}

const nodeMissing = runtime === "deno"
  ? "under Deno, node:child_process runs `node` as Deno itself"
  : os === "windows"
  ? "no Node beside the Windows runtimes"
  : nodeWithTypes();

const MESSAGE =
  "@berkeley/socket needs Deno's --allow-ffi permission, without a path list";

/** Runs a script importing mod.ts under `deno run FLAGS`, stdin closed. */
function denoRun(flags: string[]): { status: number | null; out: string } {
  const dir = mkdtempSync(join(tmpdir(), "berkeley-socket-ffi-"));
  try {
    const script = join(dir, "main.ts");
    const mod = new URL("../mod.ts", import.meta.url).href;
    writeFileSync(
      script,
      `import { AF_INET } from ${
        JSON.stringify(mod)
      };\nconsole.log(AF_INET);\n`,
    );
    // An explicit permission flag: without one, Deno's node:child_process
    // grants a spawned `deno run` every permission (-A), as Node would have.
    const own = "--allow-env=BERKELEY_SOCKET_LIBC";
    const args = ["run", "--no-check", own, ...flags, script];
    const child = spawnSync(deno!, args, {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 60_000,
      env: { ...process.env, NO_COLOR: "1" },
    });
    return { status: child.status, out: child.stdout + child.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe("loading the C library", () => {
  it(
    "Deno without --allow-ffi: one line says what is needed and why, no library is tried",
    {
      skip: noDeno || timingSkip,
      timeout: 90_000,
    },
    () => {
      const { status, out } = denoRun([]);
      assert.notEqual(status, 0);
      assert.equal(count(out, MESSAGE), 1, out);
      assert.match(out, /reads the memory C returns through pointers/);
      for (const path of library.paths) {
        assert.ok(!out.includes(path), `${path} was tried:\n${out}`);
      }
    },
  );

  it(
    "Deno with --allow-ffi limited to the C library's path: the same one line",
    {
      skip: noDeno || timingSkip,
      timeout: 90_000,
    },
    () => {
      const { status, out } = denoRun([
        `--allow-ffi=${library.paths.join(",")}`,
      ]);
      assert.notEqual(status, 0);
      assert.equal(count(out, MESSAGE), 1, out);
    },
  );

  it("Deno with --allow-ffi: the module loads", {
    skip: noDeno,
    timeout: 90_000,
  }, () => {
    const { status, out } = denoRun(["--allow-ffi"]);
    assert.equal(status, 0, out);
    assert.equal(out.trim(), "2");
  });

  it("tries only the paths of this architecture and C library", () => {
    const paths = libraryPaths({
      envVar: "BERKELEY_SOCKET_TEST_UNSET",
      paths: [
        "libc.so.6",
        "/lib/x86_64-linux-gnu/libc.so.6",
        "/lib/aarch64-linux-gnu/libc.so.6",
        "libc.musl-x86_64.so.1",
        "/lib/ld-musl-aarch64.so.1",
        "/usr/lib/libSystem.B.dylib",
      ],
    });
    const arch =
      ({ x64: "x86_64", arm64: "aarch64" } as Record<string, string>)[
        process.arch
      ];
    const other = arch === "x86_64" ? "aarch64" : "x86_64";
    assert.ok(paths.every((p) => !p.includes(other)), paths.join(", "));
    if (os === "linux") {
      const musl = paths.filter((p) => p.includes("musl"));
      assert.ok(
        musl.length === 0 || musl.length === paths.length,
        `glibc and musl paths mixed: ${paths.join(", ")}`,
      );
      assert.ok(paths.length > 0);
    }
    if (os === "linux" && arch === "x86_64" && !paths[0]?.includes("musl")) {
      assert.deepEqual(paths, [
        "libc.so.6",
        "/lib/x86_64-linux-gnu/libc.so.6",
        "/usr/lib/libSystem.B.dylib",
      ]);
    }
  });

  it("Node: one line says the library runs on Deno and Bun", {
    skip: nodeMissing,
    timeout: 90_000,
  }, () => {
    const child = spawnSync(
      "node",
      [
        "--experimental-strip-types",
        "--input-type=module",
        "-e",
        `import ${JSON.stringify(new URL("../mod.ts", import.meta.url).href)};`,
      ],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 60_000 },
    );
    const out = child.stdout + child.stderr;
    assert.notEqual(child.status, 0);
    assert.equal(count(out, "@berkeley/socket runs on Deno and Bun"), 1, out);
  });
});
