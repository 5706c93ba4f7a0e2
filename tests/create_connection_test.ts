/**
 * `create_connection()` and `create_server()`: the usual client and
 * server set-ups, over IPv4, IPv6 and AF_UNIX, on loopback.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { constants as C, errno as E, features, os } from "../platform/mod.ts";
import {
  AF_INET,
  AF_INET6,
  create_connection,
  create_server,
  error,
  gaierror,
  getdefaulttimeout,
  setdefaulttimeout,
  socket,
} from "../mod.ts";
import { checkFdLeaks, openSockets } from "./_fd.ts";
import {
  assertErrno,
  assertTimesOut,
  bytes,
  listener,
  recvExactly,
  Scope,
} from "./_net.ts";
import { it } from "./_skip.ts";

/**
 * How many sockets are open (/proc/self/fd, Linux only); elsewhere 0, so
 * the before-and-after comparisons hold trivially.
 */
function socketCount(): number {
  return os === "linux" ? openSockets().size : 0;
}

/** Why an AF_UNIX test cannot run: no AF_UNIX stream sockets here. */
function unixMissing(): string | false {
  try {
    socket(C.AF_UNIX, C.SOCK_STREAM).close();
    return false;
  } catch (e) {
    if (e instanceof error) return `no AF_UNIX sockets here: ${e.message}`;
    throw e;
  }
}

describe("create_connection()", () => {
  checkFdLeaks();

  it("connects a blocking TCP socket to an IPv4 address", () => {
    using scope = new Scope();
    const l = listener(scope);
    const [host, port] = l.getsockname();
    const c = scope.add(create_connection([host, port]));
    const [s, peer] = l.accept();
    scope.add(s);
    // The protocol getaddrinfo() gave: Winsock leaves it 0.
    assert.deepEqual([c.family, c.type, c.proto], [
      C.AF_INET,
      C.SOCK_STREAM,
      os === "windows" ? 0 : C.IPPROTO_TCP,
    ]);
    assert.equal(c.gettimeout(), null);
    assert.deepEqual(peer, c.getsockname());
    c.sendall(bytes("hello"));
    assert.deepEqual(recvExactly(s, 5), bytes("hello"));
  });

  it("connects to an IPv6 address", () => {
    using scope = new Scope();
    const l = listener(scope, AF_INET6);
    const [host, port] = l.getsockname();
    const c = scope.add(create_connection([host, port]));
    scope.add(l.accept()[0]);
    assert.equal(c.family, C.AF_INET6);
    assert.deepEqual(c.getpeername(), ["::1", port, 0, 0]);
  });

  it("resolves a host name and a numeric service string", () => {
    using scope = new Scope();
    const l = listener(scope);
    const [, port] = l.getsockname();
    const c = scope.add(create_connection(["localhost", String(port)]));
    scope.add(l.accept()[0]);
    assert.deepEqual(c.getpeername(), ["127.0.0.1", port]);
  });

  it("sets the timeout it is given, or the default timeout", () => {
    using scope = new Scope();
    const l = listener(scope);
    const where = l.getsockname();
    const c = scope.add(create_connection(where, 2.5));
    scope.add(l.accept()[0]);
    assert.equal(c.gettimeout(), 2.5);
    const saved = getdefaulttimeout();
    setdefaulttimeout(1.25);
    try {
      const d = scope.add(create_connection(where));
      scope.add(l.accept()[0]);
      assert.equal(d.gettimeout(), 1.25);
      const e = scope.add(create_connection(where, null));
      scope.add(l.accept()[0]);
      assert.equal(e.gettimeout(), null);
    } finally {
      setdefaulttimeout(saved);
    }
  });

  it("binds source_address first", () => {
    using scope = new Scope();
    const l = listener(scope);
    const c = scope.add(
      create_connection(l.getsockname(), null, [
        "127.0.0.1",
        0,
      ]),
    );
    const [s, peer] = l.accept();
    scope.add(s);
    assert.deepEqual(peer, c.getsockname());
    assert.equal(peer[0], "127.0.0.1");
  });

  it("reads source_address once, before the address is resolved", () => {
    // Before, it was read by each candidate socket's bind(), after the
    // lookup and the socket: a Proxy could give each candidate another
    // source, and one that failed to be read did so only then.
    let reads = 0;
    const source = new Proxy(["127.0.0.1", 0], {
      get(target, key, receiver) {
        if (key === "0") reads++;
        return Reflect.get(target, key, receiver);
      },
    }) as unknown as [string, number];
    // A service no services database names: the lookup fails, locally.
    assert.throws(
      () =>
        create_connection(
          ["127.0.0.1", "berkeley-socket-no-such-service"],
          null,
          source,
        ),
      gaierror,
    );
    assert.equal(reads, 1);
    using scope = new Scope();
    const l = listener(scope);
    const c = scope.add(create_connection(l.getsockname(), null, source));
    assert.equal(reads, 2);
    assert.equal(c.getsockname()[0], "127.0.0.1");
    scope.add(l.accept()[0]);
  });

  it("raises the connection's error (ECONNREFUSED) and leaves no socket open", () => {
    using scope = new Scope();
    const l = listener(scope);
    const where = l.getsockname();
    l.close();
    const before = socketCount();
    assertErrno(() => create_connection(where), E.ECONNREFUSED);
    assertErrno(() => create_connection(where, 5), E.ECONNREFUSED);
    assert.equal(socketCount(), before);
  });

  it("times out against a listener whose accept queue is full", () => {
    using scope = new Scope();
    const l = listener(scope, AF_INET, 0);
    const where = l.getsockname();
    for (let i = 0; i < 3; i++) {
      const c = scope.add(socket());
      c.setblocking(false);
      c.connect_ex(where);
    }
    const before = socketCount();
    assertTimesOut(() => create_connection(where, 0.05), 0.05);
    assert.equal(socketCount(), before);
  });

  it("rejects an address that is not [host, port]", () => {
    assert.throws(() => create_connection("127.0.0.1:80" as never), {
      name: "TypeError",
      message:
        "create_connection(): address must be [host, port], got a string",
    });
    assert.throws(() => create_connection(["127.0.0.1"] as never), {
      name: "TypeError",
      message:
        "create_connection(): address must be [host, port], got an array of 1 element",
    });
    assert.throws(() => create_connection(["127.0.0.1", 80], -1), {
      name: "RangeError",
      message: "Timeout value out of range, got -1",
    });
  });
});

describe("create_server()", () => {
  checkFdLeaks();

  it("listens on IPv4 with SO_REUSEADDR set (but on Windows)", () => {
    using scope = new Scope();
    const l = scope.add(create_server(["127.0.0.1", 0]));
    assert.deepEqual([l.family, l.type], [C.AF_INET, C.SOCK_STREAM]);
    assert.equal(
      l.getsockopt(C.SOL_SOCKET, C.SO_REUSEADDR),
      features.serverReuseAddress ? 1 : 0,
    );
    assert.equal(l.getsockopt(C.SOL_SOCKET, C.SO_ACCEPTCONN), 1);
    const c = scope.add(create_connection(l.getsockname()));
    const [s] = l.accept();
    scope.add(s);
    assert.deepEqual(s.getpeername(), c.getsockname());
  });

  it("an AF_INET6 server is v6-only unless dualstack_ipv6 is set", () => {
    using scope = new Scope();
    const v6 = scope.add(create_server(["::", 0], { family: AF_INET6 }));
    assert.equal(v6.getsockopt(C.IPPROTO_IPV6, C.IPV6_V6ONLY), 1);
    const [, p6] = v6.getsockname();
    assert.equal(
      scope.add(socket()).connect_ex(["127.0.0.1", p6]),
      E.ECONNREFUSED,
    );

    const dual = scope.add(
      create_server(["::", 0], { family: AF_INET6, dualstack_ipv6: true }),
    );
    assert.equal(dual.getsockopt(C.IPPROTO_IPV6, C.IPV6_V6ONLY), 0);
    const [, port] = dual.getsockname();
    const c4 = scope.add(create_connection(["127.0.0.1", port]));
    const [s4, peer4] = dual.accept();
    scope.add(s4);
    assert.deepEqual(peer4, [
      "::ffff:127.0.0.1",
      c4.getsockname()[1],
      0,
      0,
    ]);
    const c6 = scope.add(create_connection(["::1", port]));
    const [s6, peer6] = dual.accept();
    scope.add(s6);
    assert.deepEqual(peer6, c6.getsockname());
  });

  it("sets SO_REUSEPORT with reuse_port, and two servers share the port", {
    skip: C.SO_REUSEPORT === undefined && "no SO_REUSEPORT here",
  }, () => {
    using scope = new Scope();
    const a = scope.add(create_server(["127.0.0.1", 0], { reuse_port: true }));
    assert.equal(a.getsockopt(C.SOL_SOCKET, C.SO_REUSEPORT), 1);
    const b = scope.add(
      create_server(a.getsockname(), { reuse_port: true }),
    );
    assert.deepEqual(b.getsockname(), a.getsockname());
  });

  it("listens on an AF_UNIX path", { skip: unixMissing() }, () => {
    const dir = mkdtempSync(join(tmpdir(), "sock-"));
    try {
      using scope = new Scope();
      const path = join(dir, "server");
      const l = scope.add(create_server(path, { family: C.AF_UNIX }));
      assert.equal(l.getsockname(), path);
      const c = scope.add(socket(C.AF_UNIX, C.SOCK_STREAM));
      c.connect(path);
      scope.add(l.accept()[0]);
      assert.equal(c.getpeername(), path);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a port in use raises error EADDRINUSE and leaves no socket open", () => {
    using scope = new Scope();
    const a = scope.add(create_server(["127.0.0.1", 0]));
    const before = socketCount();
    assertErrno(
      () => create_server(a.getsockname()),
      E.EADDRINUSE,
    );
    assert.equal(socketCount(), before);
  });

  it("reads the address before it makes the socket", () => {
    // Before, the address was read by bind(), after the socket was made.
    const before = socketCount();
    const seen: number[] = [];
    const address = new Proxy(["127.0.0.1", 0], {
      get(target, key, receiver) {
        if (key === "0") {
          seen.push(socketCount());
          throw new Error("no address");
        }
        return Reflect.get(target, key, receiver);
      },
    }) as unknown as [string, number];
    assert.throws(() => create_server(address), {
      name: "Error",
      message: "no address",
    });
    assert.deepEqual(seen, [before]);
    assert.equal(socketCount(), before);
  });

  it("dualstack_ipv6 with AF_INET raises RangeError", () => {
    assert.throws(
      () => create_server(["127.0.0.1", 0], { dualstack_ipv6: true }),
      RangeError,
    );
  });
});
