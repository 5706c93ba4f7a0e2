/**
 * `described()`: what a wrong argument is, in JavaScript's words, for the
 * messages of every TypeError the library raises (api.md: "undefined",
 * "null", "an array", "a string"; never Python's NoneType, tuple, str).
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { described } from "../address/_struct.ts";
import { it } from "./_skip.ts";

class Foo {}

describe("described()", () => {
  it("names primitives in JavaScript's words and shows numbers as they are", () => {
    const cases: [unknown, string][] = [
      [undefined, "undefined"],
      [null, "null"],
      ["", "a string"],
      ["x".repeat(1 << 20), "a string"],
      [1.5, "1.5"],
      [80, "80"],
      [-0, "-0"],
      [NaN, "NaN"],
      [Infinity, "Infinity"],
      [-Infinity, "-Infinity"],
      [true, "a boolean"],
      [5n, "a bigint"],
      [Symbol("x"), "a symbol"],
      [() => 1, "a function"],
      [Foo, "a function"],
    ];
    for (const [value, words] of cases) assert.equal(described(value), words);
  });

  it("names arrays, bytes and objects, with the right article", () => {
    const cases: [unknown, string][] = [
      [[], "an array"],
      [new Proxy([1], {}), "an array"],
      [new Uint8Array(1), "a Uint8Array"],
      [new Int16Array(1), "an Int16Array"],
      [new DataView(new ArrayBuffer(1)), "a DataView"],
      [new ArrayBuffer(1), "an ArrayBuffer"],
      [new SharedArrayBuffer(1), "a SharedArrayBuffer"],
      [{}, "an object"],
      [Object.create(null), "an object"],
      [new Foo(), "an instance of Foo"],
      [Object.create(new Foo()), "an instance of Foo"],
      [Promise.resolve(), "an instance of Promise"],
      [new Map(), "an instance of Map"],
    ];
    for (const [value, words] of cases) assert.equal(described(value), words);
  });

  it("tells a Proxy or imitation of a view from the real one", () => {
    assert.equal(
      described(new Proxy(new Uint8Array(4), {})),
      "a Proxy or imitation of a Uint8Array",
    );
    assert.equal(
      described(Object.create(ArrayBuffer.prototype)),
      "a Proxy or imitation of an ArrayBuffer",
    );
  });

  it("never throws and runs no getter of the value", () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    assert.equal(described(revoked.proxy), "an object");
    const trapping = new Proxy({}, {
      getPrototypeOf() {
        throw new Error("trap");
      },
    });
    assert.equal(described(trapping), "an object");
    let ran = 0;
    const proto = {
      get constructor() {
        ran++;
        throw new Error("getter");
      },
    };
    assert.equal(described(Object.create(proto)), "an object");
    class Named {
      static get name(): string {
        ran++;
        return "Lie";
      }
    }
    assert.equal(described(new Named()), "an object");
    assert.equal(ran, 0);
  });
});
