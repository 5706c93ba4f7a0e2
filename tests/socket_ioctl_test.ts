/**
 * `ioctl()` accepts exactly the controls of its platform's table (whose
 * argument and result sizes are known) and raises RangeError for any other
 * code before C is called: a request such as SIOCGIFADDR would make the
 * kernel write a 40-byte `struct ifreq` into the 4-byte argument (issue 9,
 * item 1: Deno aborted, Bun crashed). Every platform's table is checked
 * here, whatever the host.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import * as darwin from "../platform/darwin.ts";
import * as linux from "../platform/linux.ts";
import * as windows from "../platform/windows.ts";
import { constants as C, errno as E, ioctls, os } from "../platform/mod.ts";
import type { IoctlTable } from "../platform/types.ts";
import { error, SO_TIMESTAMP, socket, SOL_SOCKET } from "../mod.ts";
import { ioctlArgs } from "../socket/_data.ts";
import { checkFdLeaks } from "./_fd.ts";
import { assertErrno, Scope, tcpPair, udpSocket } from "./_net.ts";
import { it } from "./_skip.ts";

const TABLES: [string, IoctlTable, Readonly<Record<string, number>>][] = [
  ["linux", linux.ioctls, linux.constants],
  ["darwin", darwin.ioctls, darwin.constants],
  ["windows", windows.ioctls, windows.constants],
];

/** Asserts `fn` throws RangeError naming the control `code`. */
function refuses(fn: () => unknown, code: number): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof RangeError, `expected RangeError, got ${e}`);
    assert.match(e.message, /^ioctl\(\): control must be one of /);
    assert.ok(e.message.endsWith(`, got ${code}`), e.message);
    return true;
  });
}

/** A small seeded generator (mulberry32), for codes anywhere in 32 bits. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}

describe("ioctl()", () => {
  checkFdLeaks();

  describe("every platform's table", () => {
    for (const [name, table, constants] of TABLES) {
      it(`${name}: names each control by its constant, with a 4- or 12-byte argument`, () => {
        assert.ok(table.size >= 3);
        for (const [code, spec] of table) {
          assert.equal(constants[spec.name], code, spec.name);
          assert.equal(spec.size, spec.option === "keepalive" ? 12 : 4);
        }
        const names = [...table.values()].map((c) => c.name);
        for (const wanted of ["FIONBIO", "FIONREAD", "SIOCATMARK"]) {
          assert.ok(names.includes(wanted), `${name} lacks ${wanted}`);
        }
      });

      it(`${name}: refuses every code outside the table`, () => {
        // SIOCGIFADDR (Linux 0x8915, macOS 0xc0206921), SIOCGSTAMP
        // (0x8906), SIOCGIFCONF, SIOCGIFINDEX, TIOCGWINSZ, Winsock's
        // SIO_GET_BROADCAST_ADDRESS and SIO_ADDRESS_LIST_QUERY.
        const known = [
          0x8915,
          0xc0206921,
          0x8906,
          0x8912,
          0x8933,
          0x5413,
          windows.constants.SIO_GET_BROADCAST_ADDRESS,
          windows.constants.SIO_ADDRESS_LIST_QUERY,
          0,
          -1,
          2 ** 32,
          2 ** 53,
        ];
        const next = random(9);
        const codes = [...known];
        // Every 16-bit code in steps of 7 (all residues of the low bits), and
        // random 32-bit ones: about 12,000 per table, so that the test stays
        // seconds long where V8 runs emulated (arm64 under qemu-user).
        for (let i = 0; i < 0x10000; i += 7) codes.push(i);
        for (let i = 0; i < 2000; i++) codes.push(next());
        let refused = 0;
        for (const code of codes) {
          if (table.has(code)) continue;
          refuses(() => ioctlArgs(table, code, 0), code);
          refused++;
        }
        assert.ok(refused > 11000, `refused only ${refused}`);
      });

      it(`${name}: accepts each of its controls with an integer`, () => {
        for (const [code, spec] of table) {
          if (spec.option === "keepalive") continue;
          const [got, argp] = ioctlArgs(table, code, 7);
          assert.equal(got, spec);
          assert.deepEqual(argp, new Uint8Array([7, 0, 0, 0]));
        }
      });
    }

    it("windows: SIO_KEEPALIVE_VALS packs [onoff, keepalivetime, keepaliveinterval] as three u_longs", () => {
      const code = windows.constants.SIO_KEEPALIVE_VALS;
      const [spec, argp] = ioctlArgs(windows.ioctls, code, [1, 60000, 1000]);
      assert.equal(spec.name, "SIO_KEEPALIVE_VALS");
      assert.deepEqual(
        argp,
        new Uint8Array([1, 0, 0, 0, 0x60, 0xea, 0, 0, 0xe8, 3, 0, 0]),
      );
      assert.throws(
        () => ioctlArgs(windows.ioctls, code, 1),
        /^TypeError: ioctl\(\): SIO_KEEPALIVE_VALS option must be \[onoff, keepalivetime, keepaliveinterval\]/,
      );
      assert.throws(
        () => ioctlArgs(windows.ioctls, code, [1, 2]),
        TypeError,
      );
      assert.throws(
        () => ioctlArgs(windows.ioctls, code, [1, 2, "3"]),
        /^TypeError: ioctl\(\): SIO_KEEPALIVE_VALS option keepaliveinterval must be an integer/,
      );
      assert.throws(
        () => ioctlArgs(windows.ioctls, code, [1, 2 ** 32, 3]),
        /^RangeError: ioctl\(\): SIO_KEEPALIVE_VALS option keepalivetime must be/,
      );
    });
  });

  describe("on a socket", () => {
    it("refuses SIOCGIFADDR before any C call", () => {
      using scope = new Scope();
      const s = scope.add(socket(C.AF_INET, C.SOCK_DGRAM));
      refuses(() => s.ioctl(0x8915, 0x6f6c), 0x8915);
      refuses(() => s.ioctl(0xc0206921, 0x6f6c), 0xc0206921);
      // The check comes before the descriptor is taken: a closed socket
      // still says which control is wrong, where C would say EBADF.
      s.close();
      refuses(() => s.ioctl(0x8915, 0x6f6c), 0x8915);
      assertErrno(() => s.ioctl(C.FIONREAD), E.EBADF);
    });

    it("refuses SIOCGSTAMP on a UDP socket that has received a datagram", () => {
      using scope = new Scope();
      const a = udpSocket(scope);
      const b = udpSocket(scope);
      if (SO_TIMESTAMP !== undefined) {
        a.setsockopt(SOL_SOCKET, SO_TIMESTAMP, 1);
      }
      b.sendto("x", a.getsockname());
      a.settimeout(5);
      assert.equal(a.recv(1, C.MSG_PEEK).length, 1);
      refuses(() => a.ioctl(0x8906), 0x8906);
      assert.deepEqual(a.recv(4), new Uint8Array([0x78]));
    });

    it("answers FIONREAD and SIOCATMARK and switches the mode with FIONBIO", () => {
      using scope = new Scope();
      const [c, s] = tcpPair(scope);
      c.sendall("hello");
      s.settimeout(5);
      assert.equal(s.recv(1, C.MSG_PEEK).length, 1);
      assert.equal(s.ioctl(C.FIONREAD), 5);
      // Windows' SIOCATMARK is true when no urgent data waits.
      assert.equal(s.ioctl(C.SIOCATMARK), os === "windows" ? 1 : 0);
      assert.equal(s.ioctl(C.FIONBIO, 1), 0);
      assert.equal(s.gettimeout(), 0);
      assert.equal(s.ioctl(C.FIONBIO, 0), 0);
      assert.equal(s.gettimeout(), null);
      assert.deepEqual([...ioctls.keys()].includes(C.FIONREAD), true);
    });

    it(
      "Windows: SIO_KEEPALIVE_VALS and SIO_LOOPBACK_FAST_PATH reach WSAIoctl",
      {
        skip: (C.SIO_KEEPALIVE_VALS === undefined ||
          C.SIO_LOOPBACK_FAST_PATH === undefined) &&
          `SIO_* controls exist only on Windows, not on ${os}`,
      },
      () => {
        const { SIO_KEEPALIVE_VALS, SIO_LOOPBACK_FAST_PATH } = C;
        if (
          SIO_KEEPALIVE_VALS === undefined ||
          SIO_LOOPBACK_FAST_PATH === undefined
        ) return;
        using scope = new Scope();
        const [c] = tcpPair(scope);
        assert.equal(c.ioctl(SIO_KEEPALIVE_VALS, [1, 10000, 1000]), 0);
        const fresh = scope.add(socket());
        try {
          assert.equal(fresh.ioctl(SIO_LOOPBACK_FAST_PATH, 1), 0);
        } catch (e) {
          // Wine and Windows before 8 lack the fast path: a call that failed.
          assert.ok(e instanceof error, String(e));
        }
      },
    );
  });
});
