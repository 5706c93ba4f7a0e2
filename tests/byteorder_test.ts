// Byte-order conversions against CPython 3.11 on this (little-endian) host.
import { describe } from "node:test";
import assert from "node:assert/strict";
import { htonl, htons, ntohl, ntohs } from "../address/byteorder.ts";
import { it } from "./_skip.ts";

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

describe("htons() and ntohs()", () => {
  it("swap the two bytes as Python 3.11 does", () => {
    assert.ok(littleEndian, "these expectations are for a little-endian host");
    for (const f of [htons, ntohs]) {
      assert.equal(f(0), 0);
      assert.equal(f(1), 256);
      assert.equal(f(0x1234), 13330);
      assert.equal(f(0xffff), 65535);
      assert.equal(f(-0), 0);
      assert.ok(Object.is(f(-0), 0));
    }
  });

  it("raise RangeError naming x outside 0-65535", () => {
    for (const [f, name] of [[htons, "htons"], [ntohs, "ntohs"]] as const) {
      assert.throws(() => f(0x10000), {
        name: "RangeError",
        message: `${name}(): x must be 0-65535, got 65536`,
      });
      assert.throws(() => f(-1), {
        name: "RangeError",
        message: `${name}(): x must be 0-65535, got -1`,
      });
      assert.throws(() => f(2 ** 64), RangeError);
    }
  });

  it("raise TypeError for a non-integer", () => {
    for (const v of [1.5, NaN, Infinity, "1", null, undefined, 1n]) {
      assert.throws(() => htons(v as number), TypeError);
      assert.throws(() => ntohs(v as number), TypeError);
    }
    assert.throws(() => htons(1.5), {
      name: "TypeError",
      message: "htons(): x must be an integer, got 1.5",
    });
    assert.throws(() => ntohs("1" as unknown as number), {
      name: "TypeError",
      message: "ntohs(): x must be an integer, got a string",
    });
  });
});

describe("htonl() and ntohl()", () => {
  it("swap the four bytes as Python 3.11 does", () => {
    for (const f of [htonl, ntohl]) {
      assert.equal(f(0), 0);
      assert.equal(f(1), 16777216);
      assert.equal(f(0x1234), 873594880);
      assert.equal(f(0xffff), 4294901760);
      assert.equal(f(0x10000), 256);
      assert.equal(f(0x12345678), 2018915346);
      assert.equal(f(0xffffffff), 4294967295);
      assert.equal(f(0x80000000), 128);
      assert.equal(f(0x7f000001), 16777343);
    }
  });

  it("are their own inverse", () => {
    for (const x of [0, 1, 0x7f000001, 0xdeadbeef, 0xffffffff]) {
      assert.equal(ntohl(htonl(x)), x);
    }
  });

  it("raise RangeError naming x outside 0-4294967295", () => {
    assert.throws(() => htonl(2 ** 32), {
      name: "RangeError",
      message: "htonl(): x must be 0-4294967295, got 4294967296",
    });
    assert.throws(() => ntohl(-1), {
      name: "RangeError",
      message: "ntohl(): x must be 0-4294967295, got -1",
    });
  });

  it("raise TypeError for a non-integer", () => {
    assert.throws(() => htonl(0.5), {
      name: "TypeError",
      message: "htonl(): x must be an integer, got 0.5",
    });
    assert.throws(() => ntohl(null as unknown as number), {
      name: "TypeError",
      message: "ntohl(): x must be an integer, got null",
    });
  });
});
