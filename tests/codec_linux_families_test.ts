/**
 * The codecs of the families Python 3 added on Linux (`address/can.ts`,
 * `alg.ts`, `vsock.ts`, `rds.ts`, `bluetooth.ts`, `qipcrtr.ts`): each
 * address packed byte for byte as CPython's `getsockaddrarg` packs it (its
 * cases compiled in C against the kernel's and BlueZ's headers), decoded as
 * its `makesockaddr` does, and bad addresses refused with CPython's error
 * class. The live round trips are in `families_live_test.ts`.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { constants as C, errno as E, os } from "../platform/mod.ts";
import { SockaddrBuffer } from "../address/codec.ts";
import { decodeAddress, encodeAddress } from "../address/mod.ts";
import { error } from "../mod.ts";
import { assertErrno } from "./_net.ts";
import {
  fromHex,
  hex,
  HEX_DUMP,
  parseDumps,
  runC,
  whyNoC,
} from "./_c_probe.ts";
import { describeOrSkip, it } from "./_skip.ts";

const noLinux = os !== "linux"
  ? `the families are Linux's; this is ${os}`
  : false;

/** Encodes `address` for a socket of `family` and `proto`. */
function encode(
  family: number | undefined,
  address: unknown,
  proto = 0,
  method = "bind()",
): Uint8Array {
  const buf = new SockaddrBuffer(128);
  const length = encodeAddress(family!, address, buf, method, proto);
  return buf.bytes.slice(0, length);
}

/** Decodes a whole sockaddr through the family dispatch. */
function decode(bytes: Uint8Array, proto = 0, length = bytes.length): unknown {
  const buf = new SockaddrBuffer(128);
  buf.bytes.fill(0xee);
  buf.bytes.set(bytes);
  return decodeAddress(buf, length, proto);
}

/** Round trip: decode(encode(address)). */
function roundTrip(family: number | undefined, address: unknown, proto = 0) {
  return decode(encode(family, address, proto), proto);
}

function skipped(reason: string | false): string {
  return reason ? ` (skipped: ${reason})` : "";
}

describeOrSkip("codecs of Python 3's Linux families", noLinux, () => {
  const noC = whyNoC();
  // CPython's getsockaddrarg cases, field by field, as C: each prints the
  // sockaddr it builds for the inputs the TypeScript side encodes below.
  const CPYTHON_C = `
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <sys/socket.h>
#include <net/if.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <linux/can.h>
#include <linux/if_alg.h>
#include <linux/vm_sockets.h>
#include <linux/qrtr.h>
#if __has_include(<bluetooth/bluetooth.h>)
#define HAVE_BLUEZ 1
#include <bluetooth/bluetooth.h>
#include <bluetooth/hci.h>
#include <bluetooth/l2cap.h>
#include <bluetooth/rfcomm.h>
#include <bluetooth/sco.h>
#endif
${HEX_DUMP}
static void can_raw(const char *name, const char *ifname) {
  struct sockaddr_can a; memset(&a, 0, sizeof a);
  a.can_family = AF_CAN; a.can_ifindex = *ifname ? if_nametoindex(ifname) : 0;
  dump(name, &a, sizeof a);
}
static void can_isotp(const char *name, const char *ifname, unsigned long rx, unsigned long tx) {
  struct sockaddr_can a; memset(&a, 0, sizeof a);
  a.can_family = AF_CAN; a.can_ifindex = *ifname ? if_nametoindex(ifname) : 0;
  a.can_addr.tp.rx_id = rx; a.can_addr.tp.tx_id = tx;
  dump(name, &a, sizeof a);
}
static void can_j1939(const char *name, const char *ifname, unsigned long long n, unsigned pgn, uint8_t addr) {
  struct sockaddr_can a; memset(&a, 0, sizeof a);
  a.can_family = AF_CAN; a.can_ifindex = *ifname ? if_nametoindex(ifname) : 0;
  a.can_addr.j1939.name = (uint64_t)n; a.can_addr.j1939.pgn = (uint32_t)pgn;
  a.can_addr.j1939.addr = addr;
  dump(name, &a, sizeof a);
}
static void alg(const char *name, const char *type, const char *n, unsigned short feat, unsigned short mask) {
  struct sockaddr_alg a; memset(&a, 0, sizeof a);
  a.salg_family = AF_ALG; a.salg_feat = feat; a.salg_mask = mask;
  strncpy((char *)a.salg_type, type, sizeof a.salg_type);
  strncpy((char *)a.salg_name, n, sizeof a.salg_name);
  dump(name, &a, sizeof a);
}
static void vsock(const char *name, unsigned cid, unsigned port) {
  struct sockaddr_vm a; memset(&a, 0, sizeof a);
  a.svm_family = AF_VSOCK; a.svm_port = port; a.svm_cid = cid;
  dump(name, &a, sizeof a);
}
static void qrtr(const char *name, unsigned node, unsigned port) {
  struct sockaddr_qrtr a; memset(&a, 0, sizeof a);
  a.sq_family = AF_QIPCRTR; a.sq_node = node; a.sq_port = port;
  dump(name, &a, sizeof a);
}
static void rds(const char *name, const char *host, int port) {
  struct sockaddr_in a; memset(&a, 0, sizeof a);
  inet_pton(AF_INET, host, &a.sin_addr);
  a.sin_family = AF_INET; a.sin_port = htons((short)port);
  dump(name, &a, sizeof a);
}
#ifdef HAVE_BLUEZ
static void bdaddr(const char *s, bdaddr_t *b) {
  unsigned int b0, b1, b2, b3, b4, b5;
  sscanf(s, "%X:%X:%X:%X:%X:%X", &b5, &b4, &b3, &b2, &b1, &b0);
  b->b[0] = b0; b->b[1] = b1; b->b[2] = b2; b->b[3] = b3; b->b[4] = b4; b->b[5] = b5;
}
static void l2(const char *name, const char *s, unsigned short psm, unsigned short cid, unsigned char type) {
  struct sockaddr_l2 a; memset(&a, 0, sizeof a);
  a.l2_family = AF_BLUETOOTH; a.l2_bdaddr_type = type; a.l2_psm = psm; a.l2_cid = cid;
  bdaddr(s, &a.l2_bdaddr);
  dump(name, &a, sizeof a);
}
static void rc(const char *name, const char *s, unsigned char channel) {
  struct sockaddr_rc a; memset(&a, 0, sizeof a);
  a.rc_family = AF_BLUETOOTH; a.rc_channel = channel; bdaddr(s, &a.rc_bdaddr);
  dump(name, &a, sizeof a);
}
static void hci(const char *name, unsigned short dev, unsigned short channel) {
  struct sockaddr_hci a; memset(&a, 0, sizeof a);
  a.hci_family = AF_BLUETOOTH; a.hci_dev = dev; a.hci_channel = channel;
  dump(name, &a, sizeof a);
}
static void sco(const char *name, const char *s) {
  struct sockaddr_sco a; memset(&a, 0, sizeof a);
  a.sco_family = AF_BLUETOOTH; bdaddr(s, &a.sco_bdaddr);
  dump(name, &a, sizeof a);
}
#endif
int main(void) {
  can_raw("can_any", ""); can_raw("can_lo", "lo");
  can_isotp("isotp", "lo", 0x7e8, 0x80000123);
  can_j1939("j1939", "", 0x123456789abcdef0ULL, 0x3ffff, 0xfe);
  alg("alg_hash", "hash", "sha256", 0, 0);
  alg("alg_cbc", "skcipher", "cbc(aes)", 1, 0xffff);
  vsock("vsock", VMADDR_CID_LOCAL, 5000);
  vsock("vsock_any", VMADDR_CID_ANY, VMADDR_PORT_ANY);
  qrtr("qrtr", 1, QRTR_PORT_CTRL);
  rds("rds", "127.0.0.1", 4000);
#ifdef HAVE_BLUEZ
  l2("l2", "01:23:45:67:89:ab", 0x1001, 0, BDADDR_BREDR);
  l2("l2_le", "FF:EE:DD:CC:BB:AA", 0x80, 4, BDADDR_LE_RANDOM);
  rc("rc", "00:1A:7D:DA:71:13", 30);
  hci("hci", 0, HCI_CHANNEL_RAW);
  hci("hci_user", 1, HCI_CHANNEL_USER);
  sco("sco", "12:34:56:78:9A:BC");
#endif
  return 0;
}
`;
  let dumps: Map<string, Uint8Array> | undefined;
  function cpython(name: string): Uint8Array {
    dumps ??= parseDumps(runC(CPYTHON_C));
    const d = dumps.get(name);
    assert.ok(d, `the C probe printed no ${name}`);
    return d;
  }
  describe("AF_CAN", () => {
    it(`packs [ifname] for CAN_RAW and CAN_BCM as CPython${skipped(noC)}`, {
      skip: noC,
    }, () => {
      assert.equal(
        hex(encode(C.AF_CAN, [""], C.CAN_RAW)),
        hex(cpython("can_any")),
      );
      assert.equal(
        hex(encode(C.AF_CAN, ["lo"], C.CAN_RAW)),
        hex(cpython("can_lo")),
      );
      assert.equal(
        hex(encode(C.AF_CAN, [new TextEncoder().encode("lo")], C.CAN_BCM)),
        hex(cpython("can_lo")),
      );
    });

    it(
      `packs ISOTP [ifname, rx_addr, tx_addr] and J1939 [ifname, name, pgn, addr] as CPython${
        skipped(noC)
      }`,
      { skip: noC },
      () => {
        assert.equal(
          hex(encode(C.AF_CAN, ["lo", 0x7e8, 0x80000123], C.CAN_ISOTP)),
          hex(cpython("isotp")),
        );
        assert.equal(
          hex(
            encode(
              C.AF_CAN,
              ["", 0x123456789abcdef0n, 0x3ffff, 0xfe],
              C.CAN_J1939,
            ),
          ),
          hex(cpython("j1939")),
        );
      },
    );

    it("decodes by the socket's protocol, as makesockaddr", () => {
      assert.deepEqual(roundTrip(C.AF_CAN, ["lo"], C.CAN_RAW), ["lo"]);
      assert.deepEqual(roundTrip(C.AF_CAN, [""], C.CAN_BCM), [""]);
      assert.deepEqual(
        roundTrip(C.AF_CAN, ["lo", 0x7e8, 0x7e0], C.CAN_ISOTP),
        ["lo", 0x7e8, 0x7e0],
      );
      assert.deepEqual(
        roundTrip(C.AF_CAN, ["lo", 2 ** 53 - 1, 0x12300, 0x80], C.CAN_J1939),
        ["lo", BigInt(2 ** 53 - 1), 0x12300, 0x80],
      );
      assert.deepEqual(
        roundTrip(C.AF_CAN, ["", 0xffffffffffffffffn, 0, 0], C.CAN_J1939),
        ["", 0xffffffffffffffffn, 0, 0],
      );
    });

    it("refuses what CPython refuses, with its error class", () => {
      assert.throws(
        () => encode(C.AF_CAN, "vcan0", C.CAN_RAW),
        {
          name: "TypeError",
          message: "bind(): AF_CAN address must be an array, got a string",
        },
      );
      assert.throws(() => encode(C.AF_CAN, ["lo", 1], C.CAN_RAW), TypeError);
      assert.throws(
        () => encode(C.AF_CAN, ["x".repeat(16)], C.CAN_RAW),
        (e) =>
          e instanceof error && e.message === "AF_CAN interface name too long",
      );
      assertErrno(
        () => encode(C.AF_CAN, ["nosuchif9"], C.CAN_RAW),
        E.ENODEV,
      );
      assert.throws(
        () => encode(C.AF_CAN, ["lo"], 99),
        (e) =>
          e instanceof error &&
          e.message === "bind(): unsupported CAN protocol",
      );
      assert.throws(
        () => encode(C.AF_CAN, ["lo", -1, 0], C.CAN_ISOTP),
        RangeError,
      );
      assert.throws(
        () => encode(C.AF_CAN, ["lo", 0, 0, 256], C.CAN_J1939),
        RangeError,
      );
      assert.throws(
        () => encode(C.AF_CAN, ["lo", 2 ** 64, 0, 0], C.CAN_J1939),
        RangeError,
      );
      assert.throws(
        () => encode(C.AF_CAN, ["lo", 2n ** 64n, 0, 0], C.CAN_J1939),
        RangeError,
      );
    });
  });

  describe("AF_ALG", () => {
    it(`packs [type, name, feat?, mask?] as CPython${skipped(noC)}`, {
      skip: noC,
    }, () => {
      assert.equal(
        hex(encode(C.AF_ALG, ["hash", "sha256"])),
        hex(cpython("alg_hash")),
      );
      assert.equal(
        hex(encode(C.AF_ALG, ["skcipher", "cbc(aes)", 1, 0xffff])),
        hex(cpython("alg_cbc")),
      );
    });

    it("decodes all four elements", () => {
      assert.deepEqual(roundTrip(C.AF_ALG, ["hash", "sha256"]), [
        "hash",
        "sha256",
        0,
        0,
      ]);
      assert.deepEqual(
        roundTrip(C.AF_ALG, ["aead", "gcm(aes)", 5, 6]),
        ["aead", "gcm(aes)", 5, 6],
      );
    });

    it("refuses a type or name too long for the struct, and bad shapes", () => {
      assert.deepEqual(
        encode(C.AF_ALG, ["x".repeat(13), "y".repeat(63)]).length,
        88,
      );
      assert.throws(
        () => encode(C.AF_ALG, ["x".repeat(14), "sha256"]),
        RangeError,
      );
      assert.throws(
        () => encode(C.AF_ALG, ["hash", "y".repeat(64)]),
        RangeError,
      );
      assert.throws(
        () => encode(C.AF_ALG, "hash"),
        {
          name: "TypeError",
          message: "bind(): AF_ALG address must be an array, got a string",
        },
      );
      assert.throws(() => encode(C.AF_ALG, ["hash"]), TypeError);
      assert.throws(() => encode(C.AF_ALG, ["hash", 1]), TypeError);
      assert.throws(() => encode(C.AF_ALG, ["hash", "a\0b"]), TypeError);
    });
  });

  describe("AF_VSOCK, AF_QIPCRTR, AF_RDS", () => {
    it(
      `pack [cid, port], [node, port] and [host, port] as CPython${
        skipped(noC)
      }`,
      {
        skip: noC,
      },
      () => {
        assert.equal(hex(encode(C.AF_VSOCK, [1, 5000])), hex(cpython("vsock")));
        assert.equal(
          hex(encode(C.AF_VSOCK, [C.VMADDR_CID_ANY, C.VMADDR_PORT_ANY])),
          hex(cpython("vsock_any")),
        );
        assert.equal(
          hex(encode(C.AF_QIPCRTR, [1, C.QRTR_PORT_CTRL])),
          hex(cpython("qrtr")),
        );
        assert.equal(
          hex(encode(C.AF_RDS, ["127.0.0.1", 4000])),
          hex(cpython("rds")),
        );
      },
    );

    it("decode as makesockaddr (an RDS sockaddr is AF_INET's)", () => {
      assert.deepEqual(roundTrip(C.AF_VSOCK, [2, 0xffffffff]), [2, 0xffffffff]);
      assert.deepEqual(roundTrip(C.AF_QIPCRTR, [7, 8]), [7, 8]);
      assert.deepEqual(roundTrip(C.AF_RDS, ["127.0.0.1", 4000]), [
        "127.0.0.1",
        4000,
      ]);
      assert.deepEqual(
        decode(fromHex("2800 0000 88130000 01000000 00 000000")),
        [1, 5000],
      );
    });

    it("refuse bad shapes and values", () => {
      assert.throws(
        () => encode(C.AF_VSOCK, 5),
        {
          name: "TypeError",
          message: "bind(): AF_VSOCK address must be an array, got 5",
        },
      );
      assert.throws(() => encode(C.AF_VSOCK, [1]), TypeError);
      assert.throws(() => encode(C.AF_VSOCK, [1, 2 ** 32]), RangeError);
      assert.throws(() => encode(C.AF_QIPCRTR, [-1, 0]), RangeError);
      assert.throws(() => encode(C.AF_QIPCRTR, [1, "x"]), TypeError);
      assert.throws(() => encode(C.AF_RDS, ["127.0.0.1"]), TypeError);
    });
  });

  describe("AF_BLUETOOTH", () => {
    const noBluez = noC || (() => {
      try {
        cpython("sco");
        return false;
      } catch {
        return "BlueZ's headers (libbluetooth-dev) are not installed";
      }
    })();

    it(
      `packs L2CAP, RFCOMM, HCI and SCO addresses as CPython${
        skipped(noBluez)
      }`,
      {
        skip: noBluez,
      },
      () => {
        assert.equal(
          hex(
            encode(
              C.AF_BLUETOOTH,
              ["01:23:45:67:89:ab", 0x1001],
              C.BTPROTO_L2CAP,
            ),
          ),
          hex(cpython("l2")),
        );
        assert.equal(
          hex(
            encode(C.AF_BLUETOOTH, [
              "FF:EE:DD:CC:BB:AA",
              0x80,
              4,
              C.BDADDR_LE_RANDOM,
            ], C.BTPROTO_L2CAP),
          ),
          hex(cpython("l2_le")),
        );
        assert.equal(
          hex(
            encode(C.AF_BLUETOOTH, ["00:1A:7D:DA:71:13", 30], C.BTPROTO_RFCOMM),
          ),
          hex(cpython("rc")),
        );
        assert.equal(
          hex(encode(C.AF_BLUETOOTH, [0], C.BTPROTO_HCI)),
          hex(cpython("hci")),
        );
        assert.equal(
          hex(encode(C.AF_BLUETOOTH, 0, C.BTPROTO_HCI)),
          hex(cpython("hci")),
        );
        assert.equal(
          hex(encode(C.AF_BLUETOOTH, [1, C.HCI_CHANNEL_USER], C.BTPROTO_HCI)),
          hex(cpython("hci_user")),
        );
        assert.equal(
          hex(encode(C.AF_BLUETOOTH, "12:34:56:78:9A:BC", C.BTPROTO_SCO)),
          hex(cpython("sco")),
        );
      },
    );

    it("decodes as makesockaddr: upper-case bdaddrs, short forms where CPython gives them", () => {
      const l2 = C.BTPROTO_L2CAP;
      assert.deepEqual(
        roundTrip(C.AF_BLUETOOTH, ["01:23:45:67:89:ab", 0x1001], l2),
        ["01:23:45:67:89:AB", 0x1001],
      );
      assert.deepEqual(
        roundTrip(C.AF_BLUETOOTH, ["01:23:45:67:89:ab", 3, 4], l2),
        ["01:23:45:67:89:AB", 3, 4],
      );
      assert.deepEqual(
        roundTrip(
          C.AF_BLUETOOTH,
          ["1:2:3:4:5:6", 3, 0, C.BDADDR_LE_PUBLIC],
          l2,
        ),
        ["01:02:03:04:05:06", 3, 0, 1],
      );
      assert.deepEqual(
        roundTrip(C.AF_BLUETOOTH, ["00:1a:7d:da:71:13", 30], C.BTPROTO_RFCOMM),
        ["00:1A:7D:DA:71:13", 30],
      );
      assert.deepEqual(roundTrip(C.AF_BLUETOOTH, [3], C.BTPROTO_HCI), [3]);
      assert.deepEqual(
        roundTrip(C.AF_BLUETOOTH, [3, C.HCI_CHANNEL_MONITOR], C.BTPROTO_HCI),
        [3, C.HCI_CHANNEL_MONITOR],
      );
      assert.deepEqual(
        roundTrip(C.AF_BLUETOOTH, "12:34:56:78:9a:bc", C.BTPROTO_SCO),
        "12:34:56:78:9A:BC",
      );
      assert.deepEqual(
        roundTrip(
          C.AF_BLUETOOTH,
          new TextEncoder().encode("12:34:56:78:9a:bc"),
          C.BTPROTO_SCO,
        ),
        "12:34:56:78:9A:BC",
      );
    });

    it("refuses bad addresses with CPython's OSError texts", () => {
      function osError(message: string) {
        return (e: unknown) => e instanceof error && e.message === message;
      }
      assert.throws(
        () => encode(C.AF_BLUETOOTH, ["01:23:45:67:89", 1], C.BTPROTO_RFCOMM),
        osError("bad bluetooth address"),
      );
      assert.throws(
        () =>
          encode(C.AF_BLUETOOTH, ["01:23:45:67:89:100", 1], C.BTPROTO_RFCOMM),
        osError("bad bluetooth address"),
      );
      assert.throws(
        () =>
          encode(
            C.AF_BLUETOOTH,
            ["01:23:45:67:89:ab"],
            C.BTPROTO_RFCOMM,
            "connect()",
          ),
        osError("connect(): wrong format"),
      );
      assert.throws(
        () => encode(C.AF_BLUETOOTH, 5, C.BTPROTO_SCO),
        osError("bind(): wrong format"),
      );
      assert.throws(
        () => encode(C.AF_BLUETOOTH, ["01:23:45:67:89:ab", 1], 99),
        osError("bind(): unknown Bluetooth protocol"),
      );
    });
  });
});
