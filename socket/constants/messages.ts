/**
 * Message flags (`MSG_*`): `send()`'s and `recv()`'s flags.
 * Each is the running platform's value; one the platform lacks is
 * `undefined` (typed `number | undefined` unless Linux, macOS and Windows
 * all define it).
 *
 * Generated from `platform/*_constants.ts` by
 * `deno run -A .ci/gen_constants_exports.ts`: do not edit by hand.
 *
 * @module
 */
import { defined, maybe } from "./_lookup.ts";

/**
 * Look at data without taking it; message flag: linux 2, darwin 2, windows 2.
 *
 * @example Look at data without taking it
 * ```ts
 * import { MSG_PEEK, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.send("ping");
 * console.log(b.recv(4, MSG_PEEK)); // the bytes, still queued
 * console.log(b.recv(4)); // the same bytes again
 * a.close();
 * b.close();
 * ```
 */
export const MSG_PEEK: number = defined("MSG_PEEK");
/** Out-of-band data; message flag: linux 1, darwin 1, windows 1. */
export const MSG_OOB: number = defined("MSG_OOB");
/** Send to directly connected hosts only; message flag: linux 4, darwin 4, windows 4. */
export const MSG_DONTROUTE: number = defined("MSG_DONTROUTE");
/** Message flag: linux 4; not on darwin, windows. */
export const MSG_TRYHARD: number | undefined = maybe("MSG_TRYHARD");
/** The ancillary data was longer than its buffer; message flag: linux 8, darwin 32, windows 512. */
export const MSG_CTRUNC: number = defined("MSG_CTRUNC");
/** Message flag: linux 16; not on darwin, windows. */
export const MSG_PROXY: number | undefined = maybe("MSG_PROXY");
/** The datagram was longer than the buffer; message flag: linux 32, darwin 16, windows 256. */
export const MSG_TRUNC: number = defined("MSG_TRUNC");
/** Do not block this call; message flag: linux 64, darwin 128; not on windows. */
export const MSG_DONTWAIT: number | undefined = maybe("MSG_DONTWAIT");
/** End of a record; message flag: linux 128, darwin 8; not on windows. */
export const MSG_EOR: number | undefined = maybe("MSG_EOR");
/** Wait until the whole amount is received; message flag: linux 256, darwin 64, windows 8. */
export const MSG_WAITALL: number = defined("MSG_WAITALL");
/** Message flag: linux 512; not on darwin, windows. */
export const MSG_FIN: number | undefined = maybe("MSG_FIN");
/** Message flag: linux 1024; not on darwin, windows. */
export const MSG_SYN: number | undefined = maybe("MSG_SYN");
/** The link-layer neighbour answered; message flag: linux 2048; not on darwin, windows. */
export const MSG_CONFIRM: number | undefined = maybe("MSG_CONFIRM");
/** Message flag: linux 4096; not on darwin, windows. */
export const MSG_RST: number | undefined = maybe("MSG_RST");
/** Receive from the error queue; message flag: linux 8192; not on darwin, windows. */
export const MSG_ERRQUEUE: number | undefined = maybe("MSG_ERRQUEUE");
/** No SIGPIPE when the peer has gone; message flag: linux 16384, darwin 524288; not on windows. */
export const MSG_NOSIGNAL: number | undefined = maybe("MSG_NOSIGNAL");
/** More data follows; message flag: linux 32768; not on darwin, windows. */
export const MSG_MORE: number | undefined = maybe("MSG_MORE");
/** Message flag: linux 65536; not on darwin, windows. */
export const MSG_WAITFORONE: number | undefined = maybe("MSG_WAITFORONE");
/** Message flag: linux 262144; not on darwin, windows. */
export const MSG_BATCH: number | undefined = maybe("MSG_BATCH");
/** Message flag: linux 67108864; not on darwin, windows. */
export const MSG_ZEROCOPY: number | undefined = maybe("MSG_ZEROCOPY");
/** Message flag: linux 536870912; not on darwin, windows. */
export const MSG_FASTOPEN: number | undefined = maybe("MSG_FASTOPEN");
/** Make received descriptors close-on-exec; message flag: linux 1073741824; not on darwin, windows. */
export const MSG_CMSG_CLOEXEC: number | undefined = maybe("MSG_CMSG_CLOEXEC");
/** Message flag: darwin 256; not on linux, windows. */
export const MSG_EOF: number | undefined = maybe("MSG_EOF");
/** Message flag: darwin 512; not on linux, windows. */
export const MSG_WAITSTREAM: number | undefined = maybe("MSG_WAITSTREAM");
/** Message flag: darwin 1024; not on linux, windows. */
export const MSG_FLUSH: number | undefined = maybe("MSG_FLUSH");
/** Message flag: darwin 2048; not on linux, windows. */
export const MSG_HOLD: number | undefined = maybe("MSG_HOLD");
/** Message flag: darwin 4096; not on linux, windows. */
export const MSG_SEND: number | undefined = maybe("MSG_SEND");
/** Message flag: darwin 8192; not on linux, windows. */
export const MSG_HAVEMORE: number | undefined = maybe("MSG_HAVEMORE");
/** Message flag: darwin 16384; not on linux, windows. */
export const MSG_RCVMORE: number | undefined = maybe("MSG_RCVMORE");
/** Message flag: darwin 65536; not on linux, windows. */
export const MSG_NEEDSA: number | undefined = maybe("MSG_NEEDSA");
/** Message flag: windows 32; not on linux, darwin. */
export const MSG_PUSH_IMMEDIATE: number | undefined = maybe(
  "MSG_PUSH_IMMEDIATE",
);
/** Message flag: windows 32768; not on linux, darwin. */
export const MSG_PARTIAL: number | undefined = maybe("MSG_PARTIAL");
/** Message flag: windows 16; not on linux, darwin. */
export const MSG_INTERRUPT: number | undefined = maybe("MSG_INTERRUPT");
/** Message flag: windows 16; not on linux, darwin. */
export const MSG_MAXIOVLEN: number | undefined = maybe("MSG_MAXIOVLEN");
/** Message flag: windows 1024; not on linux, darwin. */
export const MSG_BCAST: number | undefined = maybe("MSG_BCAST");
/** Message flag: windows 2048; not on linux, darwin. */
export const MSG_MCAST: number | undefined = maybe("MSG_MCAST");
