/**
 * AF_BLUETOOTH on Windows (CPython: `AF_BLUETOOTH` = `AF_BTH`, RFCOMM
 * only): `[bdaddr, channel]` ⇄ ws2bth.h's `SOCKADDR_BTH`, as CPython's
 * getsockaddrarg/makesockaddr pack it there (setbdaddr into the ULONGLONG
 * btAddr, the channel a C int into the ULONG port: -1 is BT_PORT_ANY).
 * The layout is checked against mingw-w64 by platform_windows_test.ts; a
 * live socket needs a Bluetooth stack, which Wine has not.
 */
import assert from "node:assert/strict";
import { constants as C, os } from "../platform/mod.ts";
import { bluetoothCodec } from "../address/bluetooth.ts";
import { SockaddrBuffer } from "../address/codec.ts";
import {
  AF_BLUETOOTH,
  BDADDR_ANY,
  BTPROTO_RFCOMM,
  error,
  SOCK_STREAM,
  socket,
} from "../mod.ts";
import { describeOrSkip, it } from "./_skip.ts";

const NOT_WINDOWS = os !== "windows" && "Windows' SOCKADDR_BTH is Windows-only";

function encode(address: unknown): Uint8Array {
  const buf = new SockaddrBuffer(128);
  buf.bytes.fill(0xee);
  const n = bluetoothCodec.encode(address, buf, "bind()", C.BTPROTO_RFCOMM);
  return buf.bytes.slice(0, n);
}

describeOrSkip("AF_BLUETOOTH RFCOMM on Windows", NOT_WINDOWS, () => {
  it("has CPython's values: AF_BTH, BTHPROTO_RFCOMM", () => {
    assert.deepEqual([AF_BLUETOOTH, BTPROTO_RFCOMM, C.SOL_RFCOMM], [32, 3, 3]);
  });

  it("packs [bdaddr, channel] as SOCKADDR_BTH, byte for byte", () => {
    assert.equal(
      Buffer.from(encode(["12:34:56:78:9A:BC", 5])).toString("hex"),
      "2000" + "bc9a785634120000" + "00".repeat(16) + "05000000",
    );
    // -1: BT_PORT_ANY, a ULONG of all ones.
    assert.equal(
      Buffer.from(encode([BDADDR_ANY, -1])).toString("hex"),
      "2000" + "00".repeat(8) + "00".repeat(16) + "ffffffff",
    );
  });

  it("unpacks as CPython: the bdaddr upper case, the port as a C int", () => {
    const buf = new SockaddrBuffer(128);
    const n = bluetoothCodec.encode(
      ["0a:0b:0c:0d:0e:0f", 30],
      buf,
      "bind()",
      C.BTPROTO_RFCOMM,
    );
    assert.equal(n, 30);
    assert.deepEqual(bluetoothCodec.decode(buf, n, C.BTPROTO_RFCOMM), [
      "0A:0B:0C:0D:0E:0F",
      30,
    ]);
    bluetoothCodec.encode([BDADDR_ANY, -1], buf, "bind()", C.BTPROTO_RFCOMM);
    assert.deepEqual(bluetoothCodec.decode(buf, n, C.BTPROTO_RFCOMM), [
      BDADDR_ANY,
      -1,
    ]);
  });

  it("raises as CPython for a bad address", () => {
    assert.throws(() => encode(["12:34:56:78:9A", 1]), /bad bluetooth address/);
    assert.throws(
      () => encode(["12:34:56:78:9A:BC"]),
      /bind\(\): wrong format/,
    );
    assert.throws(() => encode(["12:34:56:78:9A:BC", 1.5]), /wrong format/);
    assert.throws(() => encode(["12:34:56:78:9A:BC", 2 ** 31]), RangeError);
  });
});

/** Why no RFCOMM socket can be opened here, or false. */
function noBluetooth(): string | false {
  if (NOT_WINDOWS) return NOT_WINDOWS;
  if (AF_BLUETOOTH === undefined || BTPROTO_RFCOMM === undefined) {
    return "no AF_BLUETOOTH here";
  }
  try {
    socket(AF_BLUETOOTH, SOCK_STREAM, BTPROTO_RFCOMM).close();
    return false;
  } catch (e) {
    if (e instanceof error) {
      return `no Bluetooth sockets on this Windows (Wine has none): ${e.message}`;
    }
    throw e;
  }
}

describeOrSkip(
  "AF_BLUETOOTH RFCOMM sockets on Windows",
  noBluetooth(),
  () => {
    it("binds to any adapter and any channel", () => {
      if (AF_BLUETOOTH === undefined || BTPROTO_RFCOMM === undefined) return;
      using s = socket(AF_BLUETOOTH, SOCK_STREAM, BTPROTO_RFCOMM);
      s.bind([BDADDR_ANY, -1]);
      const name = s.getsockname();
      assert.ok(Array.isArray(name) && name.length === 2, String(name));
    });
  },
);
