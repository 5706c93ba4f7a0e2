/**
 * `SocketType.toString()`: Python 3's `repr()` of a socket, character for
 * character (the expected texts are what CPython prints for the same
 * sockets), and the repr of the values in addresses.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  AF_INET,
  AF_INET6,
  AF_UNIX,
  close,
  SOCK_DGRAM,
  SOCK_STREAM,
  socket,
  socketpair,
} from "../mod.ts";
import { reprBytes, reprString, reprValue } from "../socket/_repr.ts";
import { features, os } from "../platform/mod.ts";
import process from "node:process";
import { it } from "./_skip.ts";

describe("Python's repr of address values", () => {
  it("strings pick their quote and escape as Python's str.__repr__", () => {
    assert.deepEqual(
      [
        "it's",
        'say "hi"',
        `both ' and "`,
        "é\u200b\x7f\x85\xa0 \t\n\r\\",
        "\u{1F600}\u{E0001}\u{10FFFF}",
        "\ud800",
      ].map(reprString),
      [
        `"it's"`,
        `'say "hi"'`,
        `'both \\' and "'`,
        "'é\\u200b\\x7f\\x85\\xa0 \\t\\n\\r\\\\'",
        "'\u{1F600}\\U000e0001\\U0010ffff'",
        "'\\ud800'",
      ],
    );
  });

  it("bytes as Python's bytes.__repr__; tuples with their one-element comma", () => {
    assert.equal(
      reprBytes(new Uint8Array([0, 39, 34, 92, 9, 10, 13, 127, 128, 255, 65])),
      `b'\\x00\\'"\\\\\\t\\n\\r\\x7f\\x80\\xffA'`,
    );
    assert.equal(reprValue([0]), "(0,)");
    assert.equal(
      reprValue(["a", 1, new Uint8Array([1])]),
      "('a', 1, b'\\x01')",
    );
  });
});

describe("SocketType.toString()", () => {
  it("an IPv4 socket: its local address once it has one, [closed] after close()", () => {
    const s = socket(AF_INET, SOCK_STREAM);
    const fd = s.fileno();
    // Winsock's getsockname() fails on an unbound socket (WSAEINVAL): no
    // laddr, as Python prints it there.
    const unbound = os === "windows" ? "" : ", laddr=('0.0.0.0', 0)";
    assert.equal(
      String(s),
      `<socket.socket fd=${fd}, family=2, type=1, proto=0${unbound}>`,
    );
    s.bind(["127.0.0.1", 0]);
    const [, port] = s.getsockname();
    assert.equal(
      `${s}`,
      `<socket.socket fd=${fd}, family=2, type=1, proto=0, laddr=('127.0.0.1', ${port})>`,
    );
    s.close();
    assert.equal(
      String(s),
      "<socket.socket [closed] fd=-1, family=2, type=1, proto=0>",
    );
  });

  it("a connected pair shows laddr and raddr; IPv6 addresses have four elements", () => {
    const server = socket(AF_INET6, SOCK_STREAM);
    const client = socket(AF_INET6, SOCK_STREAM);
    try {
      server.bind(["::1", 0]);
      server.listen();
      const [, sport] = server.getsockname();
      client.connect(["::1", sport]);
      const [, cport] = client.getsockname();
      assert.equal(
        String(client),
        `<socket.socket fd=${client.fileno()}, family=${AF_INET6}, type=1, proto=0, laddr=('::1', ${cport}, 0, 0), raddr=('::1', ${sport}, 0, 0)>`,
      );
    } finally {
      server.close();
      client.close();
    }
  });

  const noUnix = !features.socketpair
    ? "these need socketpair(2), which this platform lacks"
    : false;
  it(
    `AF_UNIX: a path as it is, an unnamed socket without laddr, detach() is [closed]${
      noUnix ? ` (skipped: ${noUnix})` : ""
    }`,
    { skip: noUnix },
    () => {
      const dir = mkdtempSync(join(tmpdir(), "berkeley-repr-"));
      const path = join(dir, "it's");
      const a = socket(AF_UNIX, SOCK_DGRAM);
      const b = socket(AF_UNIX, SOCK_DGRAM);
      try {
        a.bind(path);
        b.connect(path);
        assert.equal(
          String(a),
          `<socket.socket fd=${a.fileno()}, family=1, type=2, proto=0, laddr=${path}>`,
        );
        assert.equal(
          String(b),
          `<socket.socket fd=${b.fileno()}, family=1, type=2, proto=0, raddr=${path}>`,
        );
      } finally {
        a.close();
        b.close();
        rmSync(dir, { recursive: true, force: true });
      }
      const [p, q] = socketpair();
      assert.equal(
        String(p),
        `<socket.socket fd=${p.fileno()}, family=1, type=1, proto=0>`,
      );
      const fd = p.detach();
      assert.equal(
        String(p),
        "<socket.socket [closed] fd=-1, family=1, type=1, proto=0>",
      );
      close(fd);
      q.close();
    },
  );

  const noAbstract = os === "linux" ? false : "abstract names are Linux's";
  it(
    `a Linux abstract name prints as bytes, as Python has it${
      noAbstract ? ` (skipped: ${noAbstract})` : ""
    }`,
    { skip: noAbstract },
    () => {
      const s = socket(AF_UNIX, SOCK_STREAM);
      try {
        const name = `\0berkeley-repr-${process.pid}\n`;
        s.bind(name);
        assert.equal(
          String(s),
          `<socket.socket fd=${s.fileno()}, family=1, type=1, proto=0, laddr=b'\\x00berkeley-repr-${process.pid}\\n'>`,
        );
      } finally {
        s.close();
      }
    },
  );
});
