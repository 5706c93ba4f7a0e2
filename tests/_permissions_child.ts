/**
 * Run by tests/permissions_test.ts under Deno with chosen permission flags:
 * tries each action named on the command line and prints one JSON line
 * per action: `{ action, ok }` or `{ action, errno, message }`.
 */
import process from "node:process";
import * as socket from "../mod.ts";
import { lateBytes } from "./_late_bytes.ts";

const [actionsArg, okPort, deniedPort, unixPath] = process.argv.slice(2);
const A = Number(okPort);
const B = Number(deniedPort);

/**
 * A Proxy of `[host, port]` that answers one way to the checks and
 * another to the packing: its length is 17 at the first read, 2 after;
 * its first two item reads give `first`, the later ones `then`.
 */
function flipping(
  first: [string, number],
  then: [string, number],
): [string, number] {
  let lengthReads = 0;
  let itemReads = 0;
  return new Proxy([...first], {
    get(target, key, receiver) {
      if (key === "length") return ++lengthReads === 1 ? 17 : 2;
      if (key === "0" || key === "1") {
        return (++itemReads <= 2 ? first : then)[Number(key)];
      }
      return Reflect.get(target, key, receiver);
    },
  }) as unknown as [string, number];
}

const actions: Record<string, () => void | Promise<void>> = {
  tcp_ok() {
    using s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
    s.connect(["127.0.0.1", A]);
  },
  tcp_again() {
    // tcp_ok's destination once more, then another port: the check of the
    // destination granted last is remembered, never another's.
    for (const port of [A, A, B]) {
      using s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
      s.connect(["127.0.0.1", port]);
    }
  },
  tcp_name() {
    using s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
    s.connect(["localhost", A]);
  },
  tcp_denied() {
    using s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
    s.connect(["127.0.0.1", B]);
  },
  tcp_ex_denied() {
    using s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
    s.connect_ex(["127.0.0.1", B]);
  },
  udp_ok() {
    using s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
    s.sendto("ok", ["127.0.0.1", A]);
  },
  udp_denied() {
    using s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
    s.sendto("no", ["127.0.0.1", B]);
  },
  async async_ok() {
    using s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
    s.setblocking(false);
    await socket.sock_connect(s, ["127.0.0.1", A]);
  },
  async async_denied() {
    using s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
    s.setblocking(false);
    await socket.sock_connect(s, ["127.0.0.1", B]);
  },
  bind_denied() {
    using s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
    s.bind(["127.0.0.1", 0]);
  },
  lookup() {
    socket.getaddrinfo("localhost", A);
  },
  gethostbyname() {
    socket.gethostbyname("localhost");
  },
  numeric_lookup() {
    socket.getaddrinfo("127.0.0.1", A);
  },
  raw() {
    socket.socket(socket.AF_INET, socket.SOCK_RAW, 1).close();
  },
  netlink() {
    socket.socket(socket.AF_NETLINK ?? -1, socket.SOCK_RAW, 0).close();
  },
  unix_bind() {
    using s = socket.socket(socket.AF_UNIX ?? -1, socket.SOCK_STREAM);
    s.bind(unixPath ?? "");
  },
  flip_tcp() {
    using s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
    s.connect(flipping(["127.0.0.1", A], ["127.0.0.1", B]));
  },
  flip_unix() {
    using s = socket.socket(socket.AF_UNIX ?? -1, socket.SOCK_STREAM);
    s.bind(
      lateBytes(new TextEncoder().encode("\0berkeley-socket-permissions-flip")),
    );
  },
  unix_abstract() {
    using s = socket.socket(socket.AF_UNIX ?? -1, socket.SOCK_STREAM);
    s.bind("\0berkeley-socket-permissions-test");
  },
};

for (const action of (actionsArg ?? "").split(",")) {
  const run = actions[action];
  if (!run) throw new Error(`no action ${action}`);
  try {
    await run();
    console.log(JSON.stringify({ action, ok: true }));
  } catch (e) {
    const err = e as { errno?: number; message?: string };
    console.log(
      JSON.stringify({
        action,
        errno: err.errno ?? null,
        message: err.message,
      }),
    );
  }
}
