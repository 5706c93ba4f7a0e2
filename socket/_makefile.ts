/**
 * The body of `SocketType.makefile()`: the mode and options checked, a
 * binary `SocketFile` opened over the socket (counting a reference that
 * keeps the descriptor open until the file closes), and a text file over
 * it when the mode says so. The method, with its documentation, is in
 * `socket.ts`.
 *
 * @module
 */
import { openFile, parseMode, SocketFile } from "./makefile.ts";
import {
  type MakefileOptions,
  SocketTextFile,
  textOptions,
} from "./text_file.ts";
import { access } from "./_access.ts";
import type { SocketType } from "./socket.ts";

/** `s.makefile(mode, buffering, options)`. */
export function makefile(
  s: SocketType,
  mode: string,
  buffering: number | null,
  options: MakefileOptions | undefined,
): SocketFile | SocketTextFile {
  // null is Python's buffering=None: the default buffer.
  const bufsize = buffering === null ? -1 : buffering;
  const [, , binary, text] = parseMode(mode, "makefile()");
  const asText = text || (!binary && options !== undefined);
  if (asText && bufsize === 0) {
    throw new RangeError("makefile(): unbuffered streams must be binary");
  }
  // Read once: the file is made from these values, not from the object.
  const textOpts = asText
    ? textOptions(options === undefined ? {} : options)
    : null;
  access.live(s);
  const raw = openFile(
    () => new SocketFile(s, mode.replace("t", ""), bufsize),
    () => access.unref(s),
  );
  access.ref(s);
  if (textOpts === null) return raw;
  try {
    return new SocketTextFile(raw, mode, textOpts);
  } catch (e) {
    raw.close(); // gives the socket's reference back
    throw e;
  }
}
