/**
 * Python 3's `AddressFamily`, `SocketKind`, `MsgFlag` and `AddressInfo`:
 * frozen name-to-value objects with the way back, each name with the
 * exported constant's value (and type), only the constants this platform
 * defines, and each value naming what Python's IntEnum names it.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import * as mod from "../mod.ts";
import {
  AddressFamily,
  AddressInfo,
  type Family,
  getaddrinfo,
  type InetAddress,
  MsgFlag,
  socket,
  SocketKind,
  socketpair,
  type SocketType,
} from "../mod.ts";
import { constants } from "../platform/mod.ts";
import { cpythonConstants } from "./_cpython_constants.ts";
import { it } from "./_skip.ts";

const exports: Readonly<Record<string, unknown>> = mod;
const pythonNames = new Set(cpythonConstants().map((c) => c.name));

const ENUMS = [
  ["AddressFamily", AddressFamily, "AF_"],
  ["SocketKind", SocketKind, "SOCK_"],
  ["MsgFlag", MsgFlag, "MSG_"],
  ["AddressInfo", AddressInfo, "AI_"],
] as const;

for (const [title, e, prefix] of ENUMS) {
  const members: Readonly<Record<string, unknown>> = e;
  describe(title, () => {
    it(`has every ${prefix}* constant this platform defines, with the exported value, and no other name`, () => {
      const expected: Record<string, number> = {};
      for (const [name, value] of Object.entries(exports)) {
        if (name.startsWith(prefix) && typeof value === "number") {
          expected[name] = value;
        }
      }
      const names = Object.fromEntries(
        Object.entries(members).filter(([k]) => !/^-?\d+$/.test(k)),
      );
      assert.deepEqual(names, expected);
      assert.ok(Object.keys(expected).length > 3);
      for (const [name, value] of Object.entries(exports)) {
        if (name.startsWith(prefix) && value === undefined) {
          assert.equal(Object.hasOwn(members, name), false, name);
        }
      }
    });

    it("maps each value back to the name Python's IntEnum gives it", () => {
      const byValue = new Map<number, string[]>();
      for (const [name, value] of Object.entries(members)) {
        if (typeof value !== "number") continue;
        byValue.set(value, [...byValue.get(value) ?? [], name]);
      }
      const reverse = Object.entries(members).filter(([k]) =>
        /^-?\d+$/.test(k)
      );
      assert.equal(reverse.length, byValue.size);
      for (const [value, names] of byValue) {
        const python = names.filter((n) => pythonNames.has(n)).sort();
        const want = (python.length ? python : [...names].sort())[0];
        assert.equal(members[value], want, `${title}[${value}]`);
      }
    });

    it("is frozen", () => {
      assert.ok(Object.isFrozen(e));
      assert.throws(() => {
        (members as Record<string, unknown>)[`${prefix}NEW`] = 1;
      }, TypeError);
    });
  });
}

describe("the enums with sockets", () => {
  it("name a socket's family and type, which stay plain numbers", () => {
    const s = socket(AddressFamily.AF_INET, SocketKind.SOCK_DGRAM);
    try {
      const family: number = s.family;
      const type: number = s.type;
      assert.equal(typeof family, "number");
      assert.equal(AddressFamily[s.family], "AF_INET");
      assert.equal(SocketKind[type], "SOCK_DGRAM");
      assert.equal(AddressFamily[12345], undefined);
      // AddressFamily.AF_INET keeps AF_INET's type: the socket is IPv4's.
      const typed: SocketType<InetAddress> = s;
      const f: Family<InetAddress> = AddressFamily.AF_INET;
      assert.equal(typed.family, f);
      // @ts-expect-error: no such family name
      assert.equal(AddressFamily.AF_NOPE, undefined);
    } finally {
      s.close();
    }
  });

  it("name getaddrinfo()'s families and kinds", () => {
    const [first] = getaddrinfo(
      "127.0.0.1",
      80,
      AddressFamily.AF_INET,
      SocketKind.SOCK_STREAM,
      0,
      AddressInfo.AI_NUMERICHOST,
    );
    assert.ok(first);
    assert.deepEqual(
      [AddressFamily[first[0]], SocketKind[first[1]]],
      ["AF_INET", "SOCK_STREAM"],
    );
  });

  it("combine flags with |, as Python's IntFlag", () => {
    const [a, b] = socketpair();
    try {
      a.send("ping");
      const peek = MsgFlag.MSG_PEEK | (MsgFlag.MSG_DONTWAIT ?? 0);
      assert.deepEqual(b.recv(4, peek), new TextEncoder().encode("ping"));
      assert.deepEqual(b.recv(4), new TextEncoder().encode("ping"));
      assert.equal(MsgFlag[MsgFlag.MSG_PEEK], "MSG_PEEK");
    } finally {
      a.close();
      b.close();
    }
  });

  it("have a key only where the platform defines the constant", () => {
    assert.equal(
      Object.hasOwn(AddressFamily, "AF_PACKET"),
      constants.AF_PACKET !== undefined,
    );
    assert.equal(AddressFamily.AF_PACKET, constants.AF_PACKET);
  });
});
