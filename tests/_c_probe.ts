/**
 * Runs a small C program against this machine's headers, for tests that
 * compare bytes or values with what C produces. Linux with gcc only; the
 * reason is returned otherwise so the test can skip saying why.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { os } from "../platform/mod.ts";

/** Why C probes cannot run here, or false when they can. */
export function whyNoC(): string | false {
  if (os !== "linux") return `Linux headers are needed; this is ${os}`;
  try {
    execFileSync("gcc", ["--version"], { stdio: "ignore" });
  } catch {
    return "gcc is not installed";
  }
  return false;
}

/**
 * Compiles `source` with gcc and returns what it printed. A program that
 * does not compile fails the calling test with gcc's messages.
 */
export function runC(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), "berkeley-socket-probe-"));
  try {
    const src = join(dir, "probe.c");
    const exe = join(dir, "probe");
    writeFileSync(src, source);
    try {
      execFileSync("gcc", ["-o", exe, src], {
        stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (e) {
      const stderr = String((e as { stderr?: unknown }).stderr ?? e);
      throw new Error(
        `The C probe does not compile:\n${stderr.slice(0, 4000)}`,
      );
    }
    return execFileSync(exe, { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** C that prints `n` bytes at `p` as one line of hex, for byte comparisons. */
export const HEX_DUMP = `
static void dump(const char *name, const void *p, size_t n) {
  const unsigned char *b = p;
  printf("%s ", name);
  for (size_t i = 0; i < n; i++) printf("%02x", b[i]);
  printf("\\n");
}
`;

/** Parses `name hex` lines into bytes by name. */
export function parseDumps(out: string): Map<string, Uint8Array> {
  const result = new Map<string, Uint8Array>();
  for (const line of out.trim().split("\n")) {
    const [name, hex] = line.split(" ");
    const bytes = new Uint8Array(hex.length / 2);
    for (let i = 0; i < bytes.length; i++) {
      bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
    }
    result.set(name, bytes);
  }
  return result;
}

/** Bytes as hex, for readable assertion messages. */
export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Bytes from hex text; spaces (between fields) are ignored. */
export function fromHex(text: string): Uint8Array {
  const digits = text.replace(/\s+/g, "");
  const bytes = new Uint8Array(digits.length / 2);
  for (let i = 0; i < bytes.length; i++) {
    bytes[i] = parseInt(digits.slice(2 * i, 2 * i + 2), 16);
  }
  return bytes;
}
