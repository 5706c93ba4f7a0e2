/**
 * AF_BLUETOOTH (Linux, BlueZ; on Windows RFCOMM only, in `SOCKADDR_BTH`, as
 * CPython has it there): the address's shape depends on the socket's
 * protocol, as in CPython's `getsockaddrarg` and `makesockaddr`:
 *
 * | protocol | address | struct |
 * | --- | --- | --- |
 * | `BTPROTO_L2CAP` | `[bdaddr, psm, cid?, bdaddr_type?]` | `sockaddr_l2` |
 * | `BTPROTO_RFCOMM` | `[bdaddr, channel]` | `sockaddr_rc` |
 * | `BTPROTO_HCI` | `[device_id, channel?]` (or a bare `device_id`) | `sockaddr_hci` |
 * | `BTPROTO_SCO` | `bdaddr` | `sockaddr_sco` |
 *
 * `bdaddr` is `"XX:XX:XX:XX:XX:XX"` (hex digits, any case, most significant
 * octet first, stored reversed as BlueZ does); anything else raises `error`
 * ("bad bluetooth address"), as does an address of the wrong shape
 * ("wrong format"). Decoding gives an L2CAP address two elements for a
 * BR/EDR address with cid 0, three with a cid, four for an LE address; an
 * HCI address `[device_id]` on HCI_CHANNEL_RAW, else `[device_id, channel]`;
 * bdaddrs in upper case.
 *
 * The family is absent on other systems: there `bluetoothCodec.family` is
 * `undefined` and the codec is not registered.
 *
 * @module
 */
import { constants, layout } from "../platform/mod.ts";
import { error } from "../socket/errors.ts";
import type { Address, AddressCodec, SockaddrBuffer } from "./codec.ts";
import { checkRange, LITTLE_ENDIAN, writeFamily } from "./_struct.ts";

/**
 * `BDADDR_ANY`: the wildcard Bluetooth address.
 *
 * @example Listening on RFCOMM channel 1 of any adapter (Linux, with Bluetooth)
 * ```ts
 * import { AF_BLUETOOTH, BDADDR_ANY, BTPROTO_RFCOMM, socket } from "@berkeley/socket";
 * if (AF_BLUETOOTH !== undefined && BTPROTO_RFCOMM !== undefined) {
 *   using s = socket(AF_BLUETOOTH, 1, BTPROTO_RFCOMM); // SOCK_STREAM
 *   s.bind([BDADDR_ANY, 1]);
 *   s.listen();
 * }
 * ```
 */
export const BDADDR_ANY = "00:00:00:00:00:00";
/** `BDADDR_LOCAL`: the local adapter's address. */
export const BDADDR_LOCAL = "00:00:00:FF:FF:FF";

const BDADDR =
  /^([0-9a-fA-F]{1,2}):([0-9a-fA-F]{1,2}):([0-9a-fA-F]{1,2}):([0-9a-fA-F]{1,2}):([0-9a-fA-F]{1,2}):([0-9a-fA-F]{1,2})$/;

/** Packs `text` into 6 bytes at `at`, least significant octet first. */
function setBdaddr(text: unknown, bytes: Uint8Array, at: number): void {
  const m = typeof text === "string" ? BDADDR.exec(text) : null;
  const octets = m ? m.slice(1).map((h) => parseInt(h, 16)) : [];
  if (octets.length !== 6 || octets.some((o) => o > 255)) {
    throw new error("bad bluetooth address");
  }
  octets.forEach((o, i) => bytes[at + 5 - i] = o);
}

/** Formats 6 bytes at `at` as `XX:XX:XX:XX:XX:XX`, most significant first. */
function makeBdaddr(bytes: Uint8Array, at: number, length: number): string {
  const parts: string[] = [];
  for (let i = 5; i >= 0; i--) {
    const b = at + i < length ? bytes[at + i] ?? 0 : 0;
    parts.push(b.toString(16).toUpperCase().padStart(2, "0"));
  }
  return parts.join(":");
}

/** CPython's "wrong format" error, naming the method. */
function wrongFormat(method: string): error {
  return new error(`${method}: wrong format`);
}

/** An integer in [0, max], or CPython's "wrong format" error. */
function field(
  value: unknown,
  max: number,
  method: string,
  min = 0,
): number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw wrongFormat(method);
  }
  return checkRange(value, method, min, max);
}

/**
 * The AF_BLUETOOTH codec.
 *
 * @example An RFCOMM client, where the machine has a Bluetooth adapter
 * ```ts
 * import {
 *   AF_BLUETOOTH,
 *   BTPROTO_RFCOMM,
 *   error,
 *   SOCK_STREAM,
 *   socket,
 * } from "@berkeley/socket";
 * try {
 *   if (AF_BLUETOOTH === undefined) throw new error("AF_BLUETOOTH is not defined here");
 *   using s = socket(AF_BLUETOOTH, SOCK_STREAM, BTPROTO_RFCOMM);
 *   s.settimeout(5);
 *   s.connect(["01:23:45:67:89:AB", 1]);
 * } catch (e) {
 *   if (e instanceof error) console.log(e.message); // no adapter or no peer
 *   else throw e;
 * }
 * ```
 *
 * @example Packing an L2CAP address by hand
 * ```ts
 * import { SockaddrBuffer } from "./codec.ts";
 * import { bluetoothCodec } from "./bluetooth.ts";
 * const BTPROTO_L2CAP = 0;
 * const buf = new SockaddrBuffer(128);
 * const length = bluetoothCodec.encode(["01:23:45:67:89:ab", 0x1001], buf, "bind()", BTPROTO_L2CAP);
 * console.log(length, bluetoothCodec.decode(buf, length, BTPROTO_L2CAP)); // 14 ["01:23:45:67:89:AB", 4097]
 * ```
 */
export const bluetoothCodec: AddressCodec = {
  family: constants.AF_BLUETOOTH,
  encode(
    address: unknown,
    out: SockaddrBuffer,
    method: string,
    proto = 0,
  ): number {
    const view = out.view;
    const bytes = out.bytes;
    if (proto === constants.BTPROTO_L2CAP) {
      if (!Array.isArray(address) || address.length < 2 || address.length > 4) {
        throw wrongFormat(method);
      }
      if (typeof address[0] !== "string") throw wrongFormat(method);
      const psm = field(address[1], 0xffff, `${method}: psm`);
      const cid = address.length > 2
        ? field(address[2], 0xffff, `${method}: cid`)
        : 0;
      const type = address.length > 3
        ? field(address[3], 0xff, `${method}: bdaddr_type`)
        : constants.BDADDR_BREDR ?? 0;
      const L = layout("sockaddr_l2");
      const f = L.fields;
      bytes.fill(0, 0, L.size);
      writeFamily(view, constants.AF_BLUETOOTH, L.size);
      view.setUint16(f.l2_psm[0], psm, LITTLE_ENDIAN);
      view.setUint16(f.l2_cid[0], cid, LITTLE_ENDIAN);
      view.setUint8(f.l2_bdaddr_type[0], type);
      setBdaddr(address[0], bytes, f.l2_bdaddr[0]);
      return L.size;
    }
    if (proto === constants.BTPROTO_RFCOMM) {
      if (!Array.isArray(address) || address.length !== 2) {
        throw wrongFormat(method);
      }
      if (typeof address[0] !== "string") throw wrongFormat(method);
      const L = layout("sockaddr_rc");
      const f = L.fields;
      const [channelAt, channelSize] = f.rc_channel;
      // Windows' SOCKADDR_BTH has a ULONG port, which CPython fills from
      // a C int ("si"): -1 is BT_PORT_ANY.
      const channel = channelSize === 4
        ? field(address[1], 2 ** 31 - 1, `${method}: channel`, -(2 ** 31))
        : field(address[1], 0xff, `${method}: channel`);
      bytes.fill(0, 0, L.size);
      writeFamily(view, constants.AF_BLUETOOTH, L.size);
      if (channelSize === 4) {
        view.setInt32(channelAt, channel, LITTLE_ENDIAN);
      } else {
        view.setUint8(channelAt, channel);
      }
      setBdaddr(address[0], bytes, f.rc_bdaddr[0]);
      return L.size;
    }
    if (proto === constants.BTPROTO_HCI) {
      let dev: number;
      let channel = constants.HCI_CHANNEL_RAW ?? 0;
      if (typeof address === "number") {
        dev = checkRange(address, `${method}: device_id`, 0, 0xffff);
      } else if (
        Array.isArray(address) && address.length >= 1 && address.length <= 2
      ) {
        dev = field(address[0], 0xffff, `${method}: device_id`);
        if (address.length > 1) {
          channel = field(address[1], 0xffff, `${method}: channel`);
        }
      } else {
        throw wrongFormat(method);
      }
      const L = layout("sockaddr_hci");
      const f = L.fields;
      bytes.fill(0, 0, L.size);
      writeFamily(view, constants.AF_BLUETOOTH, L.size);
      view.setUint16(f.hci_dev[0], dev, LITTLE_ENDIAN);
      view.setUint16(f.hci_channel[0], channel, LITTLE_ENDIAN);
      return L.size;
    }
    if (proto === constants.BTPROTO_SCO) {
      let text: unknown = address;
      if (address instanceof Uint8Array) {
        text = new TextDecoder().decode(address);
      } else if (typeof address !== "string") {
        throw wrongFormat(method);
      }
      const L = layout("sockaddr_sco");
      bytes.fill(0, 0, L.size);
      writeFamily(view, constants.AF_BLUETOOTH, L.size);
      setBdaddr(text, bytes, L.fields.sco_bdaddr[0]);
      return L.size;
    }
    throw new error(`${method}: unknown Bluetooth protocol`);
  },
  decode(buf: SockaddrBuffer, length: number, proto = 0): Address {
    const view = buf.view;
    const bytes = buf.bytes;
    function u(at: readonly [number, number]): number {
      if (at[0] + at[1] > length) return 0;
      return at[1] === 1
        ? view.getUint8(at[0])
        : view.getUint16(at[0], LITTLE_ENDIAN);
    }
    if (proto === constants.BTPROTO_L2CAP) {
      const f = layout("sockaddr_l2").fields;
      const bdaddr = makeBdaddr(bytes, f.l2_bdaddr[0], length);
      const psm = u(f.l2_psm);
      const cid = u(f.l2_cid);
      const type = u(f.l2_bdaddr_type);
      if (type !== (constants.BDADDR_BREDR ?? 0)) {
        return [bdaddr, psm, cid, type];
      }
      return cid !== 0 ? [bdaddr, psm, cid] : [bdaddr, psm];
    }
    if (proto === constants.BTPROTO_RFCOMM) {
      const f = layout("sockaddr_rc").fields;
      const [channelAt, channelSize] = f.rc_channel;
      // Windows' ULONG port, given back as CPython's "i" gives it.
      const channel = channelSize !== 4
        ? u(f.rc_channel)
        : channelAt + 4 <= length
        ? view.getInt32(channelAt, LITTLE_ENDIAN)
        : 0;
      return [makeBdaddr(bytes, f.rc_bdaddr[0], length), channel];
    }
    if (proto === constants.BTPROTO_HCI) {
      const f = layout("sockaddr_hci").fields;
      const channel = u(f.hci_channel);
      return channel === (constants.HCI_CHANNEL_RAW ?? 0)
        ? [u(f.hci_dev)]
        : [u(f.hci_dev), channel];
    }
    if (proto === constants.BTPROTO_SCO) {
      return makeBdaddr(
        bytes,
        layout("sockaddr_sco").fields.sco_bdaddr[0],
        length,
      );
    }
    // CPython: ValueError("Unknown Bluetooth protocol").
    throw new RangeError(`Unknown Bluetooth protocol, got ${proto}`);
  },
};
