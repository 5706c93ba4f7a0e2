// Lists the network interfaces and their addresses over route netlink,
// printed like `ip -br addr`: name, operational state, address/prefix...
//
// Usage: ip_addr.ts [-4|-6] [INTERFACE]
//   deno run --allow-ffi --allow-net --allow-env examples/ip_addr.ts
//   bun examples/ip_addr.ts
//
// No privilege is needed: reading links and addresses is open to everyone.
import * as socket from "../mod.ts";
import { args, exit } from "./_args.ts";
import { briefLine, listInterfaces } from "./_rtnetlink.ts";

function usage(): never {
  console.error("usage: ip_addr.ts [-4|-6] [INTERFACE]");
  exit(2);
}

let family: number | null = null;
let only: string | null = null;
for (const arg of args()) {
  if (arg === "-4") family = socket.AF_INET;
  else if (arg === "-6") family = socket.AF_INET6;
  else if (arg === "-h" || arg === "--help") usage();
  else if (arg.startsWith("-") || only !== null) usage();
  else only = arg;
}

if (socket.AF_NETLINK === undefined) {
  console.error("ip_addr.ts: route netlink (AF_NETLINK) exists only on Linux");
  exit(1);
}

let interfaces;
try {
  interfaces = listInterfaces();
} catch (e) {
  if (!(e instanceof socket.error)) throw e;
  console.error(`ip_addr.ts: ${e.message}`);
  exit(1);
}
if (only !== null && !interfaces.some((i) => i.name === only)) {
  console.error(`Device "${only}" does not exist.`);
  exit(1);
}
for (const iface of interfaces) {
  if (only !== null && iface.name !== only) continue;
  const shown = {
    ...iface,
    addresses: iface.addresses.filter((a) =>
      family === null || a.family === family
    ),
  };
  // `ip -4`/`-6` leave out interfaces without an address of that family.
  if (family !== null && shown.addresses.length === 0) continue;
  console.log(briefLine(shown, interfaces));
}
