/**
 * C gets enough memory for what the real implementations read and write,
 * which can be more than the length they are told: Wine's ws2_32 and ntdll
 * write and read past an option's length (measured under Wine 8.0), as
 * its `inet_ntop` reads past an `in6_addr` (see tests/convert_test.ts).
 * Where no fault can be produced on purpose, what C is given is recorded
 * through a spy on the symbol and checked.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { constants as C, features, lib, os } from "../platform/mod.ts";
import { socket } from "../mod.ts";
import { checkFdLeaks } from "./_fd.ts";
import { Scope } from "./_net.ts";
import { it } from "./_skip.ts";

const WINDOWS = os === "windows";
/** Winsock's NSPROTO_IPX level and its IPX_ADDRESS option (wsipx.h, wsnwlink.h). */
const NSPROTO_IPX = 1000;
const IPX_ADDRESS = 0x4007;
const IPX_FILTERPTYPE = 0x4001;

type Table = Record<string, (...args: unknown[]) => unknown>;

/**
 * Runs `fn` with `lib[name]` replaced by a recorder that passes each call
 * on to C (or, with `c` false, returns 0 without calling it); returns the
 * arguments of each call, copied when they are bytes, and the value's room
 * and bytes (the whole allocation behind it, from the view's start).
 */
function recording(
  name: "getsockopt" | "setsockopt",
  fn: () => void,
  c = true,
): { args: unknown[]; room: number; bytes: number[] }[] {
  const table = lib as unknown as Table;
  const original = table[name]!;
  const calls: { args: unknown[]; room: number; bytes: number[] }[] = [];
  table[name] = (...args: unknown[]) => {
    const value = args[3];
    const view = value instanceof Uint8Array ? value : null;
    calls.push({
      args: args.map((a) => a instanceof Uint8Array ? [...a] : a),
      room: view === null ? 0 : view.buffer.byteLength - view.byteOffset,
      bytes: view === null ? [] : [...view],
    });
    return c ? original(...args) : 0;
  };
  try {
    fn();
  } finally {
    table[name] = original;
  }
  return calls;
}

describe("socket options: C gets room past the length it is told", () => {
  checkFdLeaks();

  it("getsockopt() gives C 64 bytes whatever buflen says (Wine writes 4 to 24 bytes past a short optlen)", () => {
    using scope = new Scope();
    const s = scope.add(socket(C.AF_INET, C.SOCK_DGRAM));
    const calls = recording("getsockopt", () => {
      assert.equal(s.getsockopt(C.SOL_SOCKET, C.SO_TYPE), C.SOCK_DGRAM);
      assert.equal(s.getsockopt(C.SOL_SOCKET, C.SO_BROADCAST, 1).length, 1);
      assert.equal(s.getsockopt(C.SOL_SOCKET, C.SO_BROADCAST, 100).length, 4);
    });
    // [told length (the int *optlen before the call), room given]
    assert.deepEqual(
      calls.map((c) => [
        new DataView(new Uint8Array(c.args[4] as number[]).buffer).getInt32(
          0,
          true,
        ),
        c.room,
      ]),
      [[4, 64], [1, 64], [100, 100]],
    );
  });

  it("setsockopt() gives C a short value followed by zeros, in 64 bytes (Wine reads a DWORD whatever optlen says)", () => {
    using scope = new Scope();
    const s = scope.add(socket(C.AF_INET, C.SOCK_DGRAM));
    // One byte whose neighbours in its buffer are not zero.
    const backing = new Uint8Array(8).fill(0xff);
    backing[2] = 0x10;
    const one = backing.subarray(2, 3);
    const long = new Uint8Array(100);
    long[0] = 0x10;
    const calls = recording("setsockopt", () => {
      s.setsockopt(C.IPPROTO_IP, C.IP_TOS, one);
      s.setsockopt(C.IPPROTO_IP, C.IP_TOS, 0x10);
      s.setsockopt(C.IPPROTO_IP, C.IP_TOS, long);
    });
    assert.deepEqual(
      calls.map((c) => [c.args[4], c.room, c.bytes.slice(0, 8)]),
      [
        [1, 64, [0x10, 0, 0, 0, 0, 0, 0, 0]],
        [4, 64, [0x10, 0, 0, 0, 0, 0, 0, 0]],
        [100, 100, [0x10, 0, 0, 0, 0, 0, 0, 0]],
      ],
    );
    assert.equal(calls[0]!.bytes.length, 64);
    assert.deepEqual(calls[0]!.bytes.slice(1), new Array(63).fill(0));
    assert.deepEqual(calls[1]!.bytes.slice(4), new Array(60).fill(0));
  });

  it("setsockopt(level, optname, null, 0) gives C no NULL where Wine reads it (IPX_FILTERPTYPE's trace), else NULL", () => {
    using scope = new Scope();
    const s = scope.add(socket(C.AF_INET, C.SOCK_DGRAM));
    assert.equal(features.setsockoptEmptyNull, !WINDOWS);
    const calls = recording("setsockopt", () => {
      s.setsockopt(NSPROTO_IPX, IPX_FILTERPTYPE, null, 0);
      s.setsockopt(NSPROTO_IPX, IPX_FILTERPTYPE, null, 4);
    }, false);
    assert.deepEqual(
      calls.map((c) => [c.args[3] === null ? null : c.room, c.args[4]]),
      [[WINDOWS ? 64 : null, 0], [null, 4]],
    );
    if (WINDOWS) assert.deepEqual(calls[0]!.bytes, new Array(64).fill(0));
  });

  it(
    "setsockopt(IPPROTO_IP, IP_DONTFRAGMENT, one byte) sets what that byte says (Wine's ntdll reads 4)",
    {
      skip: WINDOWS ? false : "IP_DONTFRAGMENT is Winsock's",
    },
    () => {
      using scope = new Scope();
      const s = scope.add(socket(C.AF_INET, C.SOCK_DGRAM));
      const IP_DONTFRAGMENT = C.IP_DONTFRAGMENT!;
      // A zero byte followed, in its buffer, by ones: read as a DWORD, it
      // would switch the option on.
      const backing = new Uint8Array(4).fill(1);
      backing[0] = 0;
      s.setsockopt(C.IPPROTO_IP, IP_DONTFRAGMENT, backing.subarray(0, 1));
      assert.equal(s.getsockopt(C.IPPROTO_IP, IP_DONTFRAGMENT), 0);
      backing[0] = 1;
      s.setsockopt(C.IPPROTO_IP, IP_DONTFRAGMENT, backing.subarray(0, 1));
      assert.equal(s.getsockopt(C.IPPROTO_IP, IP_DONTFRAGMENT), 1);
    },
  );

  it(
    "setsockopt(SOL_SOCKET, SO_DONTLINGER, one byte) sets what that byte says (Wine's ws2_32 reads a BOOL)",
    {
      skip: WINDOWS ? false : "SO_DONTLINGER is Winsock's",
    },
    () => {
      using scope = new Scope();
      const s = scope.add(socket(C.AF_INET, C.SOCK_STREAM));
      // A zero byte (FALSE: do linger) followed, in its buffer, by ones:
      // read as a BOOL it is true, and lingering would be switched off.
      const backing = new Uint8Array(4).fill(1);
      backing[0] = 0;
      s.setsockopt(C.SOL_SOCKET, C.SO_DONTLINGER!, backing.subarray(0, 1));
      const linger = s.getsockopt(C.SOL_SOCKET, C.SO_LINGER, 4);
      // LINGER: u_short l_onoff, u_short l_linger.
      assert.deepEqual([...linger], [1, 0, 0, 0]);
    },
  );

  it(
    "getsockopt(NSPROTO_IPX, IPX_ADDRESS, 1) returns what C said, one byte (Wine writes 24)",
    {
      skip: WINDOWS ? false : "NSPROTO_IPX is Winsock's",
    },
    () => {
      using scope = new Scope();
      const s = scope.add(socket(C.AF_INET, C.SOCK_DGRAM));
      assert.equal(s.getsockopt(NSPROTO_IPX, IPX_ADDRESS, 1).byteLength, 1);
      // The int form: 4 bytes told, 24 written.
      assert.equal(typeof s.getsockopt(NSPROTO_IPX, IPX_ADDRESS), "number");
    },
  );
});
