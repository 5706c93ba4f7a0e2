/**
 * Deno's permission flags gate these sockets as they gate Deno's own
 * networking: a child Deno runs with chosen flags and reports, per action,
 * what it was allowed to do; the parent's listeners show that nothing left
 * for a denied destination. Bun has no permission model (skipped there).
 */
import { after, afterEach, before, beforeEach, describe } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import * as socket from "../mod.ts";
import { runtime } from "../ffi/mod.ts";
import { os } from "../platform/mod.ts";
import { checkFdLeaks } from "./_fd.ts";
import { emulation } from "./_emulation.ts";
import { it } from "./_skip.ts";

const child = fileURLToPath(
  new URL("./_permissions_child.ts", import.meta.url),
);
const EACCES = socket.errno.EACCES;

interface Outcome {
  action: string;
  ok?: boolean;
  errno?: number | null;
  message?: string;
}

/** Runs the child with `flags`; its outcome per action. */
function run(
  flags: string[],
  actions: string[],
  ports: [number, number],
  unixPath = "",
): Map<string, Outcome> {
  const r = spawnSync(
    process.execPath,
    [
      "run",
      "--no-prompt",
      "--no-check",
      ...flags,
      child,
      actions.join(","),
      String(ports[0]),
      String(ports[1]),
      unixPath,
    ],
    { encoding: "utf8", timeout: 30_000, stdio: ["ignore", "pipe", "pipe"] },
  );
  assert.equal(r.status, 0, `child failed: ${r.stderr}`);
  const out = new Map<string, Outcome>();
  for (const line of r.stdout.trim().split("\n")) {
    const o = JSON.parse(line) as Outcome;
    out.set(o.action, o);
  }
  return out;
}

function denied(o: Outcome | undefined, message: string): void {
  assert.ok(o, "no outcome");
  assert.deepEqual({ errno: o.errno, message: o.message }, {
    errno: EACCES,
    message: `[Errno ${EACCES}] ${message}`,
  });
}

const skip = runtime !== "deno"
  ? "Bun has no permission model: every call is allowed there"
  : emulation
  ? `each child Deno takes over 30 s to start under ${emulation}; the checks run natively in the same CI`
  : os !== "linux"
  ? `the checks run on every OS; this test's raw and netlink sockets are Linux's (this is ${os})`
  : false;

describe("Deno's permission flags", () => {
  if (skip) {
    it(`gate sockets as Deno's own networking (skipped: ${skip})`, {
      skip,
    }, () => {});
    return;
  }
  checkFdLeaks();
  let dir = "";
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "berkeley-socket-perm-"));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  // Listeners on two loopback ports, P (allowed) and Q (denied), for TCP
  // and UDP, non-blocking: made for each test and closed after it.
  let tcpA: socket.SocketType<socket.InetAddress>;
  let tcpB: socket.SocketType<socket.InetAddress>;
  let udpA: socket.SocketType;
  let udpB: socket.SocketType;
  let A = 0;
  let B = 0;
  beforeEach(() => {
    tcpA = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
    tcpA.bind(["127.0.0.1", 0]);
    tcpA.listen(8);
    A = tcpA.getsockname()[1];
    tcpB = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
    tcpB.bind(["127.0.0.1", 0]);
    tcpB.listen(8);
    B = tcpB.getsockname()[1];
    udpA = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
    udpA.bind(["127.0.0.1", A]);
    udpB = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
    udpB.bind(["127.0.0.1", B]);
    for (const s of [tcpA, tcpB, udpA, udpB]) s.setblocking(false);
  });
  afterEach(() => {
    for (const s of [tcpA, tcpB, udpA, udpB]) s.close();
  });

  /** What arrived on the listeners since the last call: [tcp, udp] per port. */
  function arrivals(): { A: [number, number]; B: [number, number] } {
    const count = (tcp: socket.SocketType, udp: socket.SocketType) => {
      let conns = 0;
      let grams = 0;
      for (;;) {
        try {
          tcp.accept()[0].close();
          conns++;
        } catch (e) {
          assert.ok(
            e instanceof socket.error && e.errno === socket.errno.EAGAIN,
          );
          break;
        }
      }
      for (;;) {
        try {
          udp.recv(16);
          grams++;
        } catch (e) {
          assert.ok(
            e instanceof socket.error && e.errno === socket.errno.EAGAIN,
          );
          break;
        }
      }
      return [conns, grams] as [number, number];
    };
    return { A: count(tcpA, udpA), B: count(tcpB, udpB) };
  }

  it("--allow-net=127.0.0.1:P reaches P over TCP, UDP and sock_connect, and nothing else leaves", () => {
    const got = run(
      ["--allow-ffi", "--allow-env", `--allow-net=127.0.0.1:${A}`],
      [
        "tcp_ok",
        "tcp_denied",
        "tcp_ex_denied",
        "udp_ok",
        "udp_denied",
        "async_ok",
        "async_denied",
        "bind_denied",
      ],
      [A, B],
    );
    for (const ok of ["tcp_ok", "udp_ok", "async_ok"]) {
      assert.deepEqual(got.get(ok), { action: ok, ok: true });
    }
    const to =
      `net access to "127.0.0.1:${B}"; run again with --allow-net=127.0.0.1:${B}`;
    denied(got.get("tcp_denied"), `connect(): requires ${to}`);
    denied(got.get("tcp_ex_denied"), `connect_ex(): requires ${to}`);
    denied(got.get("udp_denied"), `sendto(): requires ${to}`);
    denied(got.get("async_denied"), `connect(): requires ${to}`);
    denied(
      got.get("bind_denied"),
      `bind(): requires net access to "127.0.0.1:0"; run again with --allow-net=127.0.0.1:0`,
    );
    // Two connections and one datagram reached P; nothing reached P+1.
    assert.deepEqual(arrivals(), { A: [2, 1], B: [0, 0] });
  });

  it("a destination granted once is not taken for another; a name's address is checked against --deny-net", () => {
    const to =
      `net access to "127.0.0.1:${B}"; run again with --allow-net=127.0.0.1:${B}`;
    const again = run(
      ["--allow-ffi", "--allow-env", `--allow-net=127.0.0.1:${A}`],
      ["tcp_ok", "tcp_again"],
      [A, B],
    );
    assert.deepEqual(again.get("tcp_ok"), { action: "tcp_ok", ok: true });
    denied(again.get("tcp_again"), `connect(): requires ${to}`);
    assert.deepEqual(arrivals(), { A: [3, 0], B: [0, 0] });
    const byName = run(
      ["--allow-ffi", "--allow-env", `--allow-net=localhost:${A}`],
      ["tcp_name"],
      [A, B],
    );
    assert.deepEqual(byName.get("tcp_name"), { action: "tcp_name", ok: true });
    const denying = run(
      [
        "--allow-ffi",
        "--allow-env",
        `--allow-net=localhost:${A}`,
        `--deny-net=127.0.0.1:${A}`,
      ],
      ["tcp_name", "tcp_name"],
      [A, B],
    );
    denied(
      denying.get("tcp_name"),
      `connect(): requires net access to "127.0.0.1:${A}"; run again with --allow-net=127.0.0.1:${A}`,
    );
    assert.deepEqual(arrivals(), { A: [1, 0], B: [0, 0] });
  });

  it("a name lookup needs net access to the name; a numeric host needs none", () => {
    const got = run(
      ["--allow-ffi", "--allow-env", `--allow-net=127.0.0.1:${A}`],
      ["lookup", "gethostbyname", "numeric_lookup"],
      [A, B],
    );
    denied(
      got.get("lookup"),
      `getaddrinfo(): requires net access to "localhost:${A}"; run again with --allow-net=localhost:${A}`,
    );
    denied(
      got.get("gethostbyname"),
      `gethostbyname(): requires net access to "localhost"; run again with --allow-net=localhost`,
    );
    assert.deepEqual(got.get("numeric_lookup"), {
      action: "numeric_lookup",
      ok: true,
    });
  });

  it("raw and netlink sockets need all of --allow-net, before socket() is called", () => {
    const without = run(
      ["--allow-ffi", "--allow-env", `--allow-net=127.0.0.1:${A}`],
      ["raw", "netlink"],
      [A, B],
    );
    const all = "requires net access; run again with --allow-net";
    denied(without.get("raw"), `socket(): ${all}`);
    denied(without.get("netlink"), `socket(): ${all}`);
    const withNet = run(["--allow-ffi", "--allow-net"], ["netlink"], [A, B]);
    assert.deepEqual(withNet.get("netlink"), { action: "netlink", ok: true });
  });

  it("AF_UNIX paths follow --allow-read and --allow-write; abstract names need --allow-net", () => {
    const path = join(dir, "s.sock");
    const readOnly = run(
      ["--allow-ffi", `--allow-read=${dir}`],
      ["unix_bind", "unix_abstract"],
      [A, B],
      path,
    );
    denied(
      readOnly.get("unix_bind"),
      `bind(): requires write access to ${
        JSON.stringify(path)
      }; run again with --allow-write=${path}`,
    );
    denied(
      readOnly.get("unix_abstract"),
      "bind(): requires net access; run again with --allow-net",
    );
    const readWrite = run(
      ["--allow-ffi", `--allow-read=${dir}`, `--allow-write=${dir}`],
      ["unix_bind"],
      [A, B],
      path,
    );
    assert.deepEqual(readWrite.get("unix_bind"), {
      action: "unix_bind",
      ok: true,
    });
  });

  it("an address is checked as it is packed: a Proxy cannot show the check one destination and the call another", () => {
    // Before, an array whose length read more than 16 at first was passed
    // on as it was, and an object that was no view at first to
    // `instanceof` likewise: the permission check and the codec each read
    // it again, and a Proxy answering them differently connected to a
    // port, or bound an abstract name, that the flags deny.
    const got = run(
      ["--allow-ffi", "--allow-env", `--allow-net=127.0.0.1:${A}`],
      ["flip_tcp", "flip_unix"],
      [A, B],
    );
    assert.deepEqual(got.get("flip_tcp"), {
      action: "flip_tcp",
      errno: null,
      message:
        "connect(): AF_INET address must be a pair [host, port], got 17 elements",
    });
    assert.deepEqual(got.get("flip_unix"), {
      action: "flip_unix",
      errno: null,
      message:
        "bind(): AF_UNIX address must be a string or a bytes-like object, got an object",
    });
    assert.deepEqual(arrivals(), { A: [0, 0], B: [0, 0] });
  });

  it("-A allows everything", () => {
    const path = join(dir, "a.sock");
    const got = run(
      ["-A"],
      ["tcp_ok", "tcp_denied", "udp_denied", "lookup", "netlink", "unix_bind"],
      [A, B],
      path,
    );
    for (const [action, o] of got) {
      assert.deepEqual(o, { action, ok: true });
    }
    assert.deepEqual(arrivals(), { A: [1, 0], B: [1, 1] });
  });
});
