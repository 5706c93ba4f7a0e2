/**
 * AF_HYPERV (Windows): `[vm_id, service_id]` ⇄ `SOCKADDR_HV`, byte-exact
 * as CPython's getsockaddrarg/makesockaddr pack it (UuidFromStringW,
 * UuidToStringW), with Windows' layout on every platform; the mingw-w64
 * probe in platform_windows_test.ts checks the same bytes against C. A
 * live socket needs Hyper-V, which Wine has not.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { layouts } from "../platform/windows.ts";
import { constants as C } from "../platform/mod.ts";
import { packHyperV, unpackHyperV } from "../address/hyperv.ts";
import {
  AF_HYPERV,
  error,
  HV_GUID_BROADCAST,
  HV_GUID_CHILDREN,
  HV_GUID_LOOPBACK,
  HV_GUID_PARENT,
  HV_GUID_WILDCARD,
  HV_GUID_ZERO,
  HV_PROTOCOL_RAW,
  SOCK_STREAM,
  socket,
} from "../mod.ts";
import { describeOrSkip, it } from "./_skip.ts";

const HV = layouts.SOCKADDR_HV;
const PARENT = "A42E7CDA-D03F-480C-9CC2-A4DE20ABB878";
const SERVICE = "00000000-facb-11e6-bd58-64006a7986d3";

function pack(address: unknown, method = "bind()"): Uint8Array {
  const bytes = new Uint8Array(64).fill(0xee);
  const n = packHyperV(address, new DataView(bytes.buffer), HV, 34, method);
  assert.equal(n, 36);
  return bytes.subarray(0, n);
}

describe("AF_HYPERV codec", () => {
  it("packs [vm_id, service_id] as SOCKADDR_HV: family, 0, two GUIDs", () => {
    assert.deepEqual(
      Buffer.from(pack([PARENT, SERVICE])).toString("hex"),
      "2200" + "0000" +
        "da7c2ea4" + "3fd0" + "0c48" + "9cc2" + "a4de20abb878" +
        "00000000" + "cbfa" + "e611" + "bd58" + "64006a7986d3",
    );
  });

  it("unpacks as UuidToStringW writes (lower case), and round-trips", () => {
    const bytes = pack([PARENT, SERVICE]);
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    assert.deepEqual(unpackHyperV(view, 36, HV), [
      PARENT.toLowerCase(),
      SERVICE,
    ]);
    const again = pack(unpackHyperV(view, 36, HV));
    assert.deepEqual(again, bytes);
    // A short address reads as zeros past its end.
    assert.deepEqual(unpackHyperV(view, 10, HV), [
      "a42e7cda-d03f-0000-0000-000000000000",
      "00000000-0000-0000-0000-000000000000",
    ]);
  });

  it("takes either case, as UuidFromStringW", () => {
    assert.deepEqual(
      pack([PARENT.toLowerCase(), SERVICE.toUpperCase()]),
      pack([PARENT, SERVICE]),
    );
  });

  it("raises as CPython for what is no pair of UUID strings", () => {
    assert.throws(
      () => pack("x"),
      /AF_HYPERV address must be an array, got a string/,
    );
    assert.throws(() => pack([PARENT]), {
      name: "TypeError",
      message:
        "bind(): AF_HYPERV address must be a pair [vm_id, service_id], got 1 elements",
    });
    assert.throws(() => pack([PARENT, SERVICE, SERVICE]), {
      name: "TypeError",
      message:
        "bind(): AF_HYPERV address must be a pair [vm_id, service_id], got 3 elements",
    });
    assert.throws(() => pack([PARENT, 5]), {
      name: "TypeError",
      message: "bind(): AF_HYPERV address service_id must be a string, got 5",
    });
    // Both elements' types are checked before either's text.
    assert.throws(() => pack(["x", undefined]), {
      name: "TypeError",
      message:
        "bind(): AF_HYPERV address service_id must be a string, got undefined",
    });
    assert.throws(() => pack([null, SERVICE]), {
      name: "TypeError",
      message: "bind(): AF_HYPERV address vm_id must be a string, got null",
    });
    assert.throws(
      () => pack(["{" + PARENT + "}", SERVICE]),
      /bind\(\): AF_HYPERV address vm_id is not a valid UUID string, got "\{A42E/,
    );
    assert.throws(
      () => pack([PARENT, SERVICE.replace("-", "+")]),
      /AF_HYPERV address service_id is not a valid UUID string/,
    );
    assert.throws(
      () => pack([PARENT, "0000000g-facb-11e6-bd58-64006a7986d3"]),
      RangeError,
    );
    assert.throws(() => pack([PARENT, SERVICE + "0"]), RangeError);
  });

  it("exports CPython's constants and HV_GUID_* strings on Windows only", () => {
    if (C.AF_HYPERV === undefined) {
      assert.deepEqual(
        [AF_HYPERV, HV_PROTOCOL_RAW, HV_GUID_ZERO, HV_GUID_PARENT],
        [undefined, undefined, undefined, undefined],
      );
      return;
    }
    assert.deepEqual([AF_HYPERV, HV_PROTOCOL_RAW], [34, 1]);
    assert.deepEqual(
      [
        HV_GUID_ZERO,
        HV_GUID_WILDCARD,
        HV_GUID_BROADCAST,
        HV_GUID_CHILDREN,
        HV_GUID_LOOPBACK,
        HV_GUID_PARENT,
      ],
      [
        "00000000-0000-0000-0000-000000000000",
        "00000000-0000-0000-0000-000000000000",
        "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
        "90DB8B89-0D35-4F79-8CE9-49EA0AC8B7CD",
        "E0E16197-DD56-4A10-9195-5EE7A155A838",
        PARENT,
      ],
    );
  });
});

/** Why no Hyper-V socket can be opened here, or false. */
function noHyperV(): string | false {
  if (AF_HYPERV === undefined || HV_PROTOCOL_RAW === undefined) {
    return "AF_HYPERV is Windows-only";
  }
  try {
    socket(AF_HYPERV, SOCK_STREAM, HV_PROTOCOL_RAW).close();
    return false;
  } catch (e) {
    if (e instanceof error) {
      return `no Hyper-V sockets on this Windows (Wine has none): ${e.message}`;
    }
    throw e;
  }
}

describeOrSkip("AF_HYPERV sockets", noHyperV(), () => {
  it("binds to the wildcard VM and gives the address back", () => {
    if (AF_HYPERV === undefined || HV_PROTOCOL_RAW === undefined) return;
    if (HV_GUID_WILDCARD === undefined) return;
    using s = socket(AF_HYPERV, SOCK_STREAM, HV_PROTOCOL_RAW);
    s.bind([HV_GUID_WILDCARD, SERVICE]);
    assert.deepEqual(s.getsockname(), [HV_GUID_WILDCARD, SERVICE]);
  });

  it("refuses another protocol in the address's encoding, as CPython", () => {
    const wildcard = HV_GUID_WILDCARD;
    if (AF_HYPERV === undefined || wildcard === undefined) return;
    using s = socket(AF_HYPERV, SOCK_STREAM, 0);
    assert.throws(
      () => s.bind([wildcard, SERVICE]),
      /bind\(\): unsupported AF_HYPERV protocol: 0/,
    );
  });
});
