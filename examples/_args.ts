/**
 * Command-line arguments for the examples, the same way on Deno and Bun.
 *
 * @module
 */

/** The arguments after the script name. */
export function args(): string[] {
  const p = (globalThis as { process?: { argv?: string[] } }).process;
  return p?.argv?.slice(2) ?? [];
}

/** Exits the process with `code`. */
export function exit(code: number): never {
  (globalThis as unknown as { process: { exit(code: number): never } })
    .process.exit(code);
  throw new Error("unreachable");
}

/** Python's `repr()` of bytes, for printing what came back. */
export function bytesRepr(data: Uint8Array): string {
  let out = "b'";
  for (const b of data) {
    if (b === 0x5c) out += "\\\\";
    else if (b === 0x27) out += "\\'";
    else if (b === 0x0a) out += "\\n";
    else if (b === 0x0d) out += "\\r";
    else if (b === 0x09) out += "\\t";
    else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b);
    else out += "\\x" + b.toString(16).padStart(2, "0");
  }
  return out + "'";
}
