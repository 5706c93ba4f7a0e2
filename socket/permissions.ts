/**
 * Deno's permission flags applied to these sockets as Deno applies them to
 * its own networking, before any system call: `--allow-net` (with its
 * `host:port` lists) for IP destinations, bound addresses and name lookups;
 * `--allow-read` and `--allow-write` for AF_UNIX paths; all of
 * `--allow-net` for raw sockets and the families that see or shape every
 * packet (packet, netlink, TIPC, CAN, ...); `--allow-sys=hostname` for
 * `sethostname()`. A denied check raises `error`
 * EACCES naming the flag that would allow it; where Deno would prompt (no
 * flag, a terminal), it prompts. Bun has no permission model: every check
 * passes at no cost.
 *
 * Cost: a state granted for everything (`--allow-net`, `-A`) is learnt
 * once; a granted destination is remembered, so repeated checks are one
 * `Set` lookup (and `sendto()` checks only when its address changes).
 *
 * @module
 */
import {
  hasPermissions,
  type PermissionDescriptor,
  queryPermission,
  requestPermission,
} from "../ffi/permissions.ts";
import { constants, errno } from "../platform/mod.ts";
import { error } from "./errors.ts";

const C = constants;
const AF_INET = C.AF_INET;
const AF_INET6 = C.AF_INET6;
const AF_UNIX = C.AF_UNIX;
const SOCK_RAW = C.SOCK_RAW;
const TYPE_BITS = 0xf; // the socket type without SOCK_NONBLOCK/SOCK_CLOEXEC

let netAll = !hasPermissions || queryPermission({ name: "net" }) === "granted";
let readAll = !hasPermissions ||
  queryPermission({ name: "read" }) === "granted";
let writeAll = !hasPermissions ||
  queryPermission({ name: "write" }) === "granted";

/**
 * True when no address check on a socket of `family` can fail: Bun, or
 * Deno with all of `--allow-net` (and, for AF_UNIX paths, all of
 * `--allow-read` and `--allow-write`). One or two boolean tests.
 */
export function permitsAddresses(family: number): boolean {
  return family === AF_UNIX ? netAll && readAll && writeAll : netAll;
}

/** Descriptors granted so far, by `name host-or-path`. */
const granted = new Set<string>();
const GRANTED_MAX = 4096;

function target(d: PermissionDescriptor): string | undefined {
  return d.name === "net" ? d.host : d.name === "sys" ? d.kind : d.path;
}

function keyOf(d: PermissionDescriptor): string {
  return `${d.name} ${target(d) ?? ""}`;
}

/** Learns again whether everything is granted (after a prompt's answer). */
function refreshAll(): void {
  netAll = queryPermission({ name: "net" }) === "granted";
  readAll = queryPermission({ name: "read" }) === "granted";
  writeAll = queryPermission({ name: "write" }) === "granted";
}

function deny(method: string, d: PermissionDescriptor): never {
  const to = target(d);
  const what = to === undefined
    ? `${d.name} access`
    : `${d.name} access to ${JSON.stringify(to)}`;
  const flag = to === undefined
    ? `--allow-${d.name}`
    : `--allow-${d.name}=${to}`;
  throw new error(
    errno.EACCES as number,
    `${method}: requires ${what}; run again with ${flag}`,
  );
}

/** Checks `d`, prompting where Deno would; raises EACCES when denied. */
function demand(method: string, d: PermissionDescriptor): void {
  const key = keyOf(d);
  if (granted.has(key)) return;
  let state = queryPermission(d);
  if (state === "prompt") {
    state = requestPermission(d);
    refreshAll();
  }
  if (state !== "granted") deny(method, d);
  if (granted.size >= GRANTED_MAX) granted.clear();
  granted.add(key);
}

/** `--allow-net` for `host` (`"1.2.3.4:80"`, `"[::1]:80"`, a name), or all. */
export function requireNet(method: string, host?: string): void {
  if (netAll) return;
  demand(method, host === undefined ? { name: "net" } : { name: "net", host });
}

/**
 * `--allow-sys=hostname` for `sethostname()`: Deno gates the host name
 * (`Deno.hostname()`) behind that flag and has no call that changes it, so
 * changing it asks for the same grant. Checked on every call (no cache).
 */
export function requireHostname(method: string): void {
  if (!hasPermissions) return;
  const d: PermissionDescriptor = { name: "sys", kind: "hostname" };
  let state = queryPermission(d);
  if (state === "prompt") state = requestPermission(d);
  if (state !== "granted") deny(method, d);
}

/** `--allow-read` and `--allow-write` for an AF_UNIX path (or for all). */
export function requirePath(method: string, path?: string): void {
  if (!readAll) {
    demand(
      method,
      path === undefined ? { name: "read" } : { name: "read", path },
    );
  }
  if (!writeAll) {
    demand(
      method,
      path === undefined ? { name: "write" } : { name: "write", path },
    );
  }
}

/**
 * Remembers `host` as granted: an address a permitted name resolved to,
 * which Deno's own `connect` would reach through the name's permission.
 * An address the flags deny explicitly (`--deny-net`) stays denied.
 */
export function grantResolved(host: string): void {
  if (netAll || !hasPermissions) return;
  const d: PermissionDescriptor = { name: "net", host };
  if (queryPermission(d) === "denied") return;
  if (granted.size >= GRANTED_MAX) granted.clear();
  granted.add(keyOf(d));
}

/**
 * A socket of `family` and `type` may be created: raw sockets and every
 * family but AF_INET, AF_INET6 and AF_UNIX need all of `--allow-net`.
 */
export function checkSocket(family: number, type: number): void {
  if (netAll) return;
  const ip = family === AF_INET || family === AF_INET6;
  if (family === AF_UNIX && AF_UNIX !== undefined) return;
  if (ip && (type & TYPE_BITS) !== SOCK_RAW) return;
  requireNet("socket()");
}

// The last host isNumericHost() answered for: a loop connects to one host.
let lastTested = "";
let lastNumeric = false;

/** True for an IPv4 dotted quad or an IPv6 literal (a numeric host). */
export function isNumericHost(host: string): boolean {
  if (host !== lastTested) {
    lastNumeric = /^\d{1,3}(\.\d{1,3}){3}$/.test(host) ||
      (host.includes(":") && /^[0-9A-Fa-f:.]+(%.+)?$/.test(host));
    lastTested = host;
  }
  return lastNumeric;
}

/** Deno's spelling of a host and port: `1.2.3.4:80`, `[::1]:80`. */
export function hostPort(host: string, port?: number): string {
  const bare = host.replace(/%.*$/, "");
  const h = bare.includes(":") ? `[${bare}]` : bare;
  return port === undefined ? h : `${h}:${port}`;
}

/** The host an IP address tuple names, as Deno.listen/connect spell it. */
function ipHost(family: number, host: string): string {
  if (host === "") return family === AF_INET6 ? "::" : "0.0.0.0";
  if (host === "<broadcast>") return "255.255.255.255";
  return host;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

// The IP destination checkAddress() granted last, and its key in `granted`.
let lastHost = "";
let lastPort = -1;
let lastFamily = -1;
let lastKey = "";

/**
 * Checks what using `address` on a socket of `family` needs (for
 * `connect`, `sendto`, `sendmsg` and `bind`). `address` must be the
 * caller's value already copied (a tuple read once), so that what is
 * checked is what is packed. Shapes the codecs will refuse pass through
 * to them unchecked.
 */
export function checkAddress(
  method: string,
  family: number,
  address: unknown,
): void {
  if (netAll && readAll && writeAll) return;
  if (family === AF_INET || family === AF_INET6) {
    if (!Array.isArray(address)) return;
    const [host, port] = address;
    if (typeof host !== "string" || typeof port !== "number") return;
    // The destination granted last (a loop connects to one): its key is
    // still in `granted` unless the set was cleared since.
    if (
      host === lastHost && port === lastPort && family === lastFamily &&
      granted.has(lastKey)
    ) {
      return;
    }
    const spelled = hostPort(ipHost(family, host), port);
    requireNet(method, spelled);
    if (netAll) return;
    lastHost = host;
    lastPort = port;
    lastFamily = family;
    lastKey = keyOf({ name: "net", host: spelled });
    return;
  }
  if (family === AF_UNIX && AF_UNIX !== undefined) {
    if (typeof address === "string") {
      if (address.startsWith("\0")) requireNet(method);
      else if (address !== "") requirePath(method, address);
      return;
    }
    if (address instanceof Uint8Array) {
      if (address[0] === 0) return requireNet(method);
      try {
        requirePath(method, utf8.decode(address));
      } catch (e) {
        if (e instanceof error) throw e;
        requirePath(method); // a name Deno cannot spell: all of read/write
      }
    }
  }
}

/**
 * After a name in `address` was resolved and packed: the address it
 * resolved to (`resolved`, numeric) must not be denied explicitly, as Deno
 * checks a name's addresses.
 */
export function checkResolved(
  method: string,
  address: unknown,
  resolved: string,
  port: number,
): void {
  if (netAll || !Array.isArray(address)) return;
  const host = address[0];
  if (typeof host !== "string" || isNumericHost(host)) return;
  const d: PermissionDescriptor = {
    name: "net",
    host: hostPort(resolved, port),
  };
  if (queryPermission(d) === "denied") deny(method, d);
  grantResolved(hostPort(resolved, port));
}

/**
 * A reverse lookup of address `host` (a name for it) needs `--allow-net`
 * for the address.
 */
export function checkReverse(method: string, host: unknown): void {
  if (netAll || typeof host !== "string" || host === "") return;
  requireNet(method, hostPort(host));
}

/**
 * A name lookup of `host` (and `port`, when numeric) needs `--allow-net`
 * for it; numeric hosts need nothing.
 */
export function checkLookup(
  method: string,
  host: unknown,
  port?: unknown,
): void {
  if (netAll || typeof host !== "string" || host === "") return;
  if (isNumericHost(host)) return;
  requireNet(
    method,
    hostPort(host, typeof port === "number" ? port : undefined),
  );
}
