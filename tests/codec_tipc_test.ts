/**
 * The AF_TIPC codec (`address/tipc.ts`): `[addr_type, v1, v2, v3, scope?]`
 * packed into `struct sockaddr_tipc` byte for byte as CPython's
 * `getsockaddrarg` packs it, decoded to five elements as its
 * `makesockaddr` does, bad addresses refused with the right error class;
 * and a kernel without TIPC refusing the family with EAFNOSUPPORT.
 */
import assert from "node:assert/strict";
import { constants as C, errno as E, os } from "../platform/mod.ts";
import { SockaddrBuffer } from "../address/codec.ts";
import { decodeAddress, encodeAddress } from "../address/mod.ts";
import { error, socket } from "../mod.ts";
import { checkFdLeaks } from "./_fd.ts";
import { assertErrno, Scope } from "./_net.ts";
import {
  fromHex,
  hex,
  HEX_DUMP,
  parseDumps,
  runC,
  whyNoC,
} from "./_c_probe.ts";
import { describeOrSkip, it } from "./_skip.ts";

const noTipc = C.AF_TIPC === undefined ? `${os} has no AF_TIPC` : false;

/** Encodes `address` with the family's registered codec. */
function encode(address: unknown, method = "bind()"): Uint8Array {
  const buf = new SockaddrBuffer(128);
  const length = encodeAddress(C.AF_TIPC, address, buf, method);
  return buf.bytes.slice(0, length);
}

/** Decodes `bytes` (a whole sockaddr) through the family dispatch. */
function decode(bytes: Uint8Array, length = bytes.length): unknown {
  const buf = new SockaddrBuffer(128);
  buf.bytes.fill(0xee);
  buf.bytes.set(bytes);
  return decodeAddress(buf, length);
}

/** A test name's note saying why it is skipped. */
function skipped(reason: string | false): string {
  return reason ? ` (skipped: ${reason})` : "";
}

/** Whether this kernel has TIPC: `null` if it has, else the errno. */
function tipcErrno(): number | null {
  try {
    socket(C.AF_TIPC, C.SOCK_RDM).close();
    return null;
  } catch (e) {
    if (e instanceof error && e.errno !== null) return e.errno;
    throw e;
  }
}

describeOrSkip("AF_TIPC codec", noTipc, () => {
  checkFdLeaks();

  // sockaddr_tipc: family (AF_TIPC 30), addrtype, scope, then the 12-byte
  // addr union; host order (little-endian).
  it("encode() packs TIPC_ADDR_NAMESEQ as type, lower, upper", () => {
    assert.deepEqual(
      encode([C.TIPC_ADDR_NAMESEQ, 18888, 10, 20, C.TIPC_NODE_SCOPE]),
      fromHex("1e00 01 03 c8490000 0a000000 14000000"),
    );
  });

  it("encode() packs TIPC_ADDR_NAME as type, instance, and ignores v3", () => {
    // addr.name.name.type, addr.name.name.instance, addr.name.domain 0;
    // scope TIPC_CLUSTER_SCOPE (2) by default.
    const expected = fromHex("1e00 02 02 78563412 ffffffff 00000000");
    assert.deepEqual(
      encode([C.TIPC_ADDR_NAME, 0x12345678, 0xffffffff, 0]),
      expected,
    );
    assert.deepEqual(
      encode([C.TIPC_ADDR_NAME, 0x12345678, 0xffffffff, 99]),
      expected,
    );
  });

  it("encode() packs TIPC_ADDR_ID with the node after the reference", () => {
    // struct tipc_socket_addr { __u32 ref; __u32 node; }: v1 (node) goes second.
    assert.deepEqual(
      encode([C.TIPC_ADDR_ID, 0x01001001, 0xabcd, 0, C.TIPC_ZONE_SCOPE]),
      fromHex("1e00 03 01 cdab0000 01100001 00000000"),
    );
  });

  const noC = whyNoC();
  it(
    `encode() gives the bytes CPython's getsockaddrarg builds in C${
      skipped(noC)
    }`,
    {
      skip: noC,
    },
    () => {
      // The C below is CPython's AF_TIPC case of getsockaddrarg, field by field.
      const dumps = parseDumps(runC(`
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <linux/tipc.h>
${HEX_DUMP}
static void pack(const char *name, unsigned atype, unsigned v1, unsigned v2,
                 unsigned v3, unsigned scope) {
  struct sockaddr_tipc a;
  memset(&a, 0, sizeof a);
  a.family = AF_TIPC;
  a.scope = scope;
  a.addrtype = atype;
  if (atype == TIPC_ADDR_NAMESEQ) {
    a.addr.nameseq.type = v1; a.addr.nameseq.lower = v2; a.addr.nameseq.upper = v3;
  } else if (atype == TIPC_ADDR_NAME) {
    a.addr.name.name.type = v1; a.addr.name.name.instance = v2;
  } else {
    a.addr.id.node = v1; a.addr.id.ref = v2;
  }
  dump(name, &a, sizeof a);
}
int main(void) {
  pack("seq", TIPC_ADDR_NAMESEQ, 18888, 1, 0xfffffffeu, TIPC_CLUSTER_SCOPE);
  pack("name", TIPC_ADDR_NAME, 0x80000000u, 17, 0, TIPC_NODE_SCOPE);
  pack("id", TIPC_ADDR_ID, 0x01002003u, 0x7fffffffu, 0, TIPC_ZONE_SCOPE);
  return 0;
}
`));
      assert.equal(
        hex(encode([C.TIPC_ADDR_NAMESEQ, 18888, 1, 0xfffffffe])),
        hex(dumps.get("seq")!),
      );
      assert.equal(
        hex(encode([C.TIPC_ADDR_NAME, 0x80000000, 17, 0, C.TIPC_NODE_SCOPE])),
        hex(dumps.get("name")!),
      );
      assert.equal(
        hex(
          encode([
            C.TIPC_ADDR_ID,
            0x01002003,
            0x7fffffff,
            0,
            C.TIPC_ZONE_SCOPE,
          ]),
        ),
        hex(dumps.get("id")!),
      );
    },
  );

  it("decode() gives five elements, as CPython's makesockaddr", () => {
    assert.deepEqual(
      decode(encode([C.TIPC_ADDR_NAMESEQ, 18888, 10, 20, C.TIPC_NODE_SCOPE])),
      [C.TIPC_ADDR_NAMESEQ, 18888, 10, 20, C.TIPC_NODE_SCOPE],
    );
    // TIPC_ADDR_NAME: the instance twice.
    assert.deepEqual(
      decode(encode([C.TIPC_ADDR_NAME, 18888, 17, 0])),
      [C.TIPC_ADDR_NAME, 18888, 17, 17, C.TIPC_CLUSTER_SCOPE],
    );
    // TIPC_ADDR_ID: v3 is 0.
    assert.deepEqual(
      decode(
        encode([C.TIPC_ADDR_ID, 0x01001001, 0xffffffff, 5, C.TIPC_ZONE_SCOPE]),
      ),
      [C.TIPC_ADDR_ID, 0x01001001, 0xffffffff, 0, C.TIPC_ZONE_SCOPE],
    );
  });

  it("decode() refuses an unknown address type with RangeError (CPython's ValueError)", () => {
    const bytes = encode([C.TIPC_ADDR_NAME, 1, 2, 0]);
    bytes[2] = 9;
    assert.throws(() => decode(bytes), {
      name: "RangeError",
      message: "Invalid TIPC address type, got 9",
    });
  });

  it("encode() refuses an unknown address type with TypeError, as CPython", () => {
    assert.throws(() => encode([9, 1, 2, 3]), {
      name: "TypeError",
      message: "bind(): invalid TIPC address type, got 9",
    });
    assert.throws(() => encode([0, 1, 2, 3]), TypeError);
  });

  it("encode() refuses a non-tuple and the wrong number of elements with TypeError", () => {
    assert.throws(() => encode({ type: 1 }, "sendto()"), {
      name: "TypeError",
      message: "sendto(): AF_TIPC address must be an array, got an object",
    });
    for (const bad of [[1, 2, 3], [1, 2, 3, 4, 2, 6]]) {
      assert.throws(() => encode(bad), {
        name: "TypeError",
        message:
          `bind(): AF_TIPC address must be an array [addr_type, v1, v2, v3, scope?], got ${bad.length} elements`,
      });
    }
  });

  it("encode() refuses out-of-range values with RangeError and non-integers with TypeError", () => {
    assert.throws(() => encode([C.TIPC_ADDR_NAME, -1, 0, 0]), {
      name: "RangeError",
      message: "bind(): v1 must be 0-4294967295, got -1",
    });
    assert.throws(() => encode([C.TIPC_ADDR_NAMESEQ, 1, 2, 2 ** 32]), {
      name: "RangeError",
      message: "bind(): v3 must be 0-4294967295, got 4294967296",
    });
    assert.throws(() => encode([C.TIPC_ADDR_NAME, 1, 2, 0, 128]), {
      name: "RangeError",
      message: "bind(): scope must be -128-127, got 128",
    });
    assert.throws(() => encode([C.TIPC_ADDR_NAME, 1, "2", 0]), {
      name: "TypeError",
      message: "bind(): v2 must be an integer, got a string",
    });
    assert.throws(() => encode([C.TIPC_ADDR_NAME, 1, 2, 0, 2.5]), {
      name: "TypeError",
      message: "bind(): scope must be an integer, got 2.5",
    });
  });

  const missing = tipcErrno();

  const hasTipc = missing === null ? "this kernel has TIPC" : false;
  it(
    `socket(AF_TIPC) raises error EAFNOSUPPORT on a kernel without TIPC${
      skipped(hasTipc)
    }`,
    { skip: hasTipc },
    () => {
      const e = assertErrno(
        () => socket(C.AF_TIPC, C.SOCK_RDM),
        E.EAFNOSUPPORT,
      );
      assert.equal(E.EAFNOSUPPORT, 97);
      assert.equal(
        e.message,
        "[Errno 97] Address family not supported by protocol",
      );
      assertErrno(() => socket(C.AF_TIPC, C.SOCK_SEQPACKET), 97);
    },
  );

  const noKernelTipc = missing !== null
    ? `this kernel has no TIPC (errno ${missing})`
    : false;
  it(
    `bind() and getsockname() round-trip a TIPC service address${
      skipped(noKernelTipc)
    }`,
    { skip: noKernelTipc },
    () => {
      using scope = new Scope();
      const s = scope.add(socket(C.AF_TIPC, C.SOCK_RDM));
      s.bind([C.TIPC_ADDR_NAME, 18888, 17, 0, C.TIPC_NODE_SCOPE]);
      const [type] = s.getsockname();
      assert.equal(type, C.TIPC_ADDR_ID);
    },
  );
});
