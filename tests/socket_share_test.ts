/**
 * `sock.share(process_id)` and `fromshare(info)` (Python 3.3+, Windows
 * only): the bytes of a `WSAPROTOCOL_INFOW` and the socket recreated from
 * them, used over loopback; elsewhere both raise EOPNOTSUPP.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import process from "node:process";
import { constants as C, errno as E, layouts, os } from "../platform/mod.ts";
import { error, fromshare, socket, socketpair } from "../mod.ts";
import { checkFdLeaks } from "./_fd.ts";
import { assertErrno, bytes, recvExactly, Scope } from "./_net.ts";
import { describeOrSkip, it } from "./_skip.ts";

const WINDOWS = os === "windows";
const NOT_WINDOWS = !WINDOWS && "share() and fromshare() are Windows-only";

describe("share() and fromshare()", () => {
  checkFdLeaks();

  describeOrSkip("on Windows", NOT_WINDOWS, () => {
    it("share(own pid) gives a WSAPROTOCOL_INFOW that fromshare() makes a working socket of", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const info = a.share(process.pid);
      assert.ok(info instanceof Uint8Array);
      assert.equal(info.byteLength, layouts.WSAPROTOCOL_INFOW?.size);
      assert.equal(info.byteLength, 628);
      const view = new DataView(info.buffer);
      assert.equal(view.getInt32(76, true), C.AF_INET); // iAddressFamily
      assert.equal(view.getInt32(88, true), C.SOCK_STREAM); // iSocketType
      assert.equal(view.getInt32(92, true), C.IPPROTO_TCP); // iProtocol
      const c = scope.add(fromshare(info));
      assert.deepEqual(
        [c.family, c.type, c.proto],
        [C.AF_INET, C.SOCK_STREAM, C.IPPROTO_TCP],
      );
      assert.notEqual(c.fileno(), a.fileno());
      assert.deepEqual(c.getsockname(), a.getsockname());
      assert.deepEqual(c.getpeername(), a.getpeername());
      // The copy outlives the original.
      a.close();
      c.sendall("through the copy");
      assert.deepEqual(recvExactly(b, 16), bytes("through the copy"));
      b.sendall("back");
      assert.deepEqual(recvExactly(c, 4), bytes("back"));
    });

    it("shares a UDP socket, bound, with its type and protocol", () => {
      using scope = new Scope();
      const u = scope.add(socket(C.AF_INET, C.SOCK_DGRAM));
      u.bind(["127.0.0.1", 0]);
      // Any bytes-like object: here a DataView of share()'s bytes.
      const info = u.share(process.pid);
      const copy = scope.add(fromshare(new DataView(info.buffer)));
      assert.deepEqual(
        [copy.family, copy.type, copy.proto],
        [C.AF_INET, C.SOCK_DGRAM, C.IPPROTO_UDP],
      );
      const sender = scope.add(socket(C.AF_INET, C.SOCK_DGRAM));
      sender.sendto("dgram", copy.getsockname());
      assert.deepEqual(copy.recvfrom(16)[0], bytes("dgram"));
    });

    it("raises as CPython for bad arguments and a closed socket", () => {
      using scope = new Scope();
      const s = scope.add(socket());
      assert.throws(() => s.share("1" as never), TypeError);
      assert.throws(() => s.share(-1), RangeError);
      assert.throws(() => s.share(2 ** 32), RangeError);
      assert.throws(() => fromshare("x" as never), TypeError);
      assert.throws(() => fromshare(new Uint8Array(10)), {
        name: "RangeError",
        message:
          "fromshare(): info must be 628 bytes (a WSAPROTOCOL_INFOW), got 10 bytes",
      });
      assert.throws(() => fromshare("x" as never), {
        name: "TypeError",
        message: "fromshare(): info must be bytes, got a string",
      });
      // An imitation claiming the right size never reaches C.
      const fake = Object.setPrototypeOf(
        { byteLength: 628, slice: () => new Uint8Array(1) },
        Uint8Array.prototype,
      );
      assert.throws(() => fromshare(fake), TypeError);
      // Nothing Winsock can recreate a socket from.
      assert.throws(() => fromshare(new Uint8Array(628)), error);
      s.close();
      assertErrno(() => s.share(process.pid), E.EBADF);
    });
  });

  describeOrSkip("elsewhere", WINDOWS && "this is Windows", () => {
    it("share() and fromshare() raise EOPNOTSUPP saying they are Windows-only", () => {
      using scope = new Scope();
      const s = scope.add(socket());
      const e = assertErrno(() => s.share(process.pid), E.EOPNOTSUPP);
      assert.match(e.message, /share\(\) exists only on Windows/);
      assertErrno(() => fromshare(new Uint8Array(628)), E.EOPNOTSUPP);
      // The arguments are checked first, as on Windows.
      assert.throws(() => fromshare("x" as never), {
        name: "TypeError",
        message: "fromshare(): info must be bytes, got a string",
      });
      assert.throws(() => s.share("1" as never), {
        name: "TypeError",
        message: "share(): process_id must be an integer, got a string",
      });
      assert.throws(() => s.share(-1), {
        name: "RangeError",
        message: "share(): process_id must be 0-4294967295, got -1",
      });
      // Only genuine bytes: an imitation could claim 628 bytes and hand C
      // fewer.
      const fake = Object.setPrototypeOf(
        { byteLength: 628, slice: () => new Uint8Array(1) },
        Uint8Array.prototype,
      );
      assert.throws(() => fromshare(fake), {
        name: "TypeError",
        message:
          "fromshare(): info must be bytes, got a Proxy or imitation of a Uint8Array",
      });
      assert.throws(() => fromshare(new Proxy(new Uint8Array(628), {})), {
        name: "TypeError",
        message:
          "fromshare(): info must be bytes, got a Proxy or imitation of a Uint8Array",
      });
      // Any bytes-like object is taken (then refused: not Windows).
      assertErrno(() => fromshare(new ArrayBuffer(628)), E.EOPNOTSUPP);
      assertErrno(
        () => fromshare(new DataView(new ArrayBuffer(628))),
        E.EOPNOTSUPP,
      );
    });
  });
});
