/**
 * The shape of an address in each family, as Python writes it (a tuple is
 * an array), and `Family<A>`: an address-family number that carries the
 * type of its addresses, so that a socket knows what it takes and gives.
 *
 * A type describes what the OS gives back (`getsockname()`, `accept()`,
 * `recvfrom()`); {@linkcode AddressInput} is what a method accepts, which
 * for some families allows trailing elements to be left out.
 *
 * @module
 */

/**
 * An AF_INET address: `[host, port]`. On input the host may also be a name,
 * `""` (INADDR_ANY) or `"<broadcast>"`.
 *
 * @example Binding a TCP socket to a free loopback port
 * ```ts
 * import { AF_INET, type InetAddress, socket } from "@berkeley/socket";
 * using s = socket(AF_INET);
 * const address: InetAddress = ["127.0.0.1", 0];
 * s.bind(address);
 * const [host, port] = s.getsockname(); // string, number
 * console.log(host, port > 0);
 * ```
 */
export type InetAddress = [host: string, port: number];

/**
 * An AF_INET6 address as the OS gives it: `[host, port, flowinfo,
 * scope_id]`. On input `flowinfo` and `scope_id` may be left out
 * ({@linkcode Inet6AddressInput}), and the host may carry a scope
 * (`"fe80::1%eth0"`).
 *
 * @example The four elements of an IPv6 socket's name
 * ```ts
 * import { AF_INET6, has_ipv6, socket } from "@berkeley/socket";
 * if (has_ipv6) {
 *   using s = socket(AF_INET6);
 *   s.bind(["::1", 0]);
 *   const [host, port, flowinfo, scope_id] = s.getsockname();
 *   console.log(host, port > 0, flowinfo, scope_id); // "::1" true 0 0
 * }
 * ```
 */
export type Inet6Address = [
  host: string,
  port: number,
  flowinfo: number,
  scope_id: number,
];

/**
 * What an AF_INET6 socket's methods accept: `[host, port]`,
 * `[host, port, flowinfo]` or `[host, port, flowinfo, scope_id]`.
 *
 * @example Connecting with a two-element IPv6 address
 * ```ts
 * import { AF_INET6, has_ipv6, type Inet6AddressInput, socket } from "@berkeley/socket";
 * if (has_ipv6) {
 *   using s = socket(AF_INET6);
 *   const address: Inet6AddressInput = ["::1", 0];
 *   s.bind(address);
 * }
 * ```
 */
export type Inet6AddressInput = readonly [
  host: string,
  port: number,
  flowinfo?: number,
  scope_id?: number,
];

/**
 * An AF_UNIX address: a path, a Linux abstract name starting with `"\0"`,
 * or bytes. A name that is not valid UTF-8 comes back as a `Uint8Array`.
 *
 * @example A socket pair's names
 * ```ts
 * import { AF_UNIX, socketpair, type UnixAddress } from "@berkeley/socket";
 * const [a, b] = socketpair(AF_UNIX);
 * const name: UnixAddress = a.getsockname();
 * console.log(name); // "" (unnamed)
 * a.close();
 * b.close();
 * ```
 */
export type UnixAddress = string | Uint8Array;

/**
 * An AF_NETLINK address: `[pid, groups]` (Linux).
 *
 * @example Binding a route netlink socket (Linux)
 * ```ts
 * import { AF_NETLINK, NETLINK_ROUTE, SOCK_RAW, socket } from "@berkeley/socket";
 * if (AF_NETLINK !== undefined) {
 *   using s = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
 *   s.bind([0, 0]);
 *   const [pid, groups] = s.getsockname();
 *   console.log(pid > 0, groups); // true 0
 * }
 * ```
 */
export type NetlinkAddress = [pid: number, groups: number];

/**
 * An AF_TIPC address as the OS gives it:
 * `[addr_type, v1, v2, v3, scope]` (Linux). On input `scope` may be left
 * out ({@linkcode TipcAddressInput}).
 *
 * @example A TIPC service address
 * ```ts
 * import { TIPC_ADDR_NAME, type TipcAddress } from "@berkeley/socket";
 * const address: TipcAddress = [TIPC_ADDR_NAME ?? 2, 18888, 10, 0, 0];
 * console.log(address.length); // 5
 * ```
 */
export type TipcAddress = [
  addr_type: number,
  v1: number,
  v2: number,
  v3: number,
  scope: number,
];

/**
 * What an AF_TIPC socket's methods accept: `[addr_type, v1, v2, v3]` or
 * `[addr_type, v1, v2, v3, scope]`.
 *
 * @example A TIPC service range without a scope
 * ```ts
 * import { TIPC_ADDR_NAMESEQ, type TipcAddressInput } from "@berkeley/socket";
 * const address: TipcAddressInput = [TIPC_ADDR_NAMESEQ ?? 1, 18888, 0, 100];
 * console.log(address.length); // 4
 * ```
 */
export type TipcAddressInput = readonly [
  addr_type: number,
  v1: number,
  v2: number,
  v3: number,
  scope?: number,
];

/**
 * An AF_PACKET address as the OS gives it:
 * `[ifname, proto, pkttype, hatype, addr]` (Linux). On input the last
 * three may be left out ({@linkcode PacketAddressInput}).
 *
 * @example The parts of a received frame's address
 * ```ts
 * import type { PacketAddress } from "@berkeley/socket";
 * const from: PacketAddress = ["lo", 0x0800, 0, 772, new Uint8Array(6)];
 * const [ifname, proto] = from;
 * console.log(ifname, proto.toString(16)); // "lo" "800"
 * ```
 */
export type PacketAddress = [
  ifname: string,
  proto: number,
  pkttype: number,
  hatype: number,
  addr: Uint8Array,
];

/**
 * What an AF_PACKET socket's methods accept:
 * `[ifname, proto, pkttype?, hatype?, addr?]`.
 *
 * @example Binding to the loopback interface (needs CAP_NET_RAW)
 * ```ts
 * import { ETH_P_ALL, type PacketAddressInput } from "@berkeley/socket";
 * const address: PacketAddressInput = ["lo", ETH_P_ALL ?? 3];
 * console.log(address); // ["lo", 3]
 * ```
 */
export type PacketAddressInput = readonly [
  ifname: string,
  proto: number,
  pkttype?: number,
  hatype?: number,
  addr?: Uint8Array,
];

/** A CAN_RAW or CAN_BCM address. */
export type CanRawAddress = [ifname: string];
/** A decoded CAN_ISOTP address. */
export type CanIsotpAddress = [
  ifname: string,
  rx_addr: number,
  tx_addr: number,
];
/** A decoded CAN_J1939 address. */
export type CanJ1939Address = [
  ifname: string,
  name: bigint,
  pgn: number,
  addr: number,
];
/** A decoded AF_ALG address. */
export type AlgAddress = [
  type: string,
  name: string,
  feat: number,
  mask: number,
];
/** An AF_VSOCK address. */
export type VsockAddress = [cid: number, port: number];
/** An AF_QIPCRTR address. */
export type QipcrtrAddress = [node: number, port: number];
/** An AF_HYPERV address (Windows): two GUID strings. */
export type HyperVAddress = [vm_id: string, service_id: string];
/** A decoded L2CAP address (CPython 3.13's two elements, or more). */
export type L2capAddress =
  | [bdaddr: string, psm: number]
  | [bdaddr: string, psm: number, cid: number]
  | [bdaddr: string, psm: number, cid: number, bdaddr_type: number];
/** An RFCOMM address. */
export type RfcommAddress = [bdaddr: string, channel: number];
/** A decoded HCI address. */
export type HciAddress = [device_id: number] | [
  device_id: number,
  channel: number,
];
/** A SCO address. */
export type ScoAddress = string;

/**
 * An AF_CAN address (Linux): `[ifname]` (CAN_RAW, CAN_BCM),
 * `[ifname, rx_addr, tx_addr]` (CAN_ISOTP) or `[ifname, name, pgn, addr]`
 * (CAN_J1939, `name` a 64-bit integer); which one a socket uses depends on
 * its protocol.
 *
 * @example A raw CAN socket's address
 * ```ts
 * import type { CanAddress } from "@berkeley/socket";
 * const address: CanAddress = ["vcan0"];
 * console.log(address[0]); // "vcan0"
 * ```
 */
export type CanAddress = CanRawAddress | CanIsotpAddress | CanJ1939Address;

/**
 * What an AF_ALG socket's methods accept: `[type, name, feat?, mask?]`.
 *
 * @example Binding needs only the type and the name
 * ```ts
 * import type { AlgAddressInput } from "@berkeley/socket";
 * const address: AlgAddressInput = ["skcipher", "cbc(aes)"];
 * console.log(address.length); // 2
 * ```
 */
export type AlgAddressInput = readonly [
  type: string,
  name: string,
  feat?: number,
  mask?: number,
];

/**
 * An AF_RDS address: `[host, port]` (Linux Reliable Datagram Sockets).
 *
 * @example An RDS address on loopback
 * ```ts
 * import type { RdsAddress } from "@berkeley/socket";
 * const address: RdsAddress = ["127.0.0.1", 4000];
 * console.log(address); // ["127.0.0.1", 4000]
 * ```
 */
export type RdsAddress = [host: string, port: number];

/**
 * An AF_BLUETOOTH address (Linux): L2CAP `[bdaddr, psm, cid?,
 * bdaddr_type?]`, RFCOMM `[bdaddr, channel]`, HCI `[device_id]` or SCO
 * `bdaddr`, a `bdaddr` being a `"XX:XX:XX:XX:XX:XX"` string; which one a
 * socket uses depends on its protocol.
 *
 * @example An RFCOMM address
 * ```ts
 * import type { BluetoothAddress } from "@berkeley/socket";
 * const address: BluetoothAddress = ["00:11:22:33:44:55", 1];
 * console.log(address); // ["00:11:22:33:44:55", 1]
 * ```
 */
export type BluetoothAddress =
  | L2capAddress
  | RfcommAddress
  | HciAddress
  | ScoAddress;

/**
 * The address of a family without a codec here, as the OS gave it:
 * `[family, bytes]`, the bytes after the family field.
 *
 * @example What an unknown family's address looks like
 * ```ts
 * import type { UnknownAddress } from "@berkeley/socket";
 * const address: UnknownAddress = [99, new Uint8Array([1, 2])];
 * console.log(address[0]); // 99
 * ```
 */
export type UnknownAddress = [family: number, data: Uint8Array];

/**
 * Any address: the union of every family's address type. A socket whose
 * family is a plain `number` takes and gives this.
 *
 * @example Telling addresses apart at run time
 * ```ts
 * import type { Address } from "@berkeley/socket";
 * function show(address: Address): string {
 *   return typeof address === "string" ? address : JSON.stringify(address);
 * }
 * console.log(show(["127.0.0.1", 80])); // ["127.0.0.1",80]
 * ```
 */
export type Address =
  | InetAddress
  | Inet6Address
  | UnixAddress
  | NetlinkAddress
  | TipcAddress
  | PacketAddress
  | CanAddress
  | AlgAddress
  | VsockAddress
  | RdsAddress
  | BluetoothAddress
  | QipcrtrAddress
  | HyperVAddress
  | UnknownAddress;

/**
 * What a socket whose addresses are `A` accepts (`bind`, `connect`,
 * `sendto`, ...): `A` itself, read-only, or for AF_INET6, AF_TIPC,
 * AF_PACKET and AF_ALG the shorter forms their input allows.
 *
 * @example A function that binds any IPv4 or IPv6 socket
 * ```ts
 * import type { AddressInput, InetAddress, SocketType } from "@berkeley/socket";
 * function bindTo(s: SocketType<InetAddress>, address: AddressInput<InetAddress>) {
 *   s.bind(address);
 * }
 * ```
 */
export type AddressInput<A> = A extends Inet6Address ? Inet6AddressInput
  : A extends TipcAddress ? TipcAddressInput
  : A extends PacketAddress ? PacketAddressInput
  : A extends AlgAddress ? AlgAddressInput
  : A extends readonly unknown[] ? Readonly<A>
  : A;

/** The phantom key a {@linkcode Family} carries its address type under. */
export declare const addressType: unique symbol;

/**
 * An address-family number that carries the type of its addresses:
 * `AF_INET` is a `Family<InetAddress>`. At run time it is a plain number;
 * in types, `socket(AF_INET)` is a `SocketType<InetAddress>`.
 *
 * @example A socket's address type follows its family
 * ```ts
 * import { AF_INET, socket } from "@berkeley/socket";
 * using s = socket(AF_INET); // SocketType<InetAddress>
 * s.bind(["127.0.0.1", 0]);
 * const [host, port] = s.getsockname(); // string, number
 * console.log(typeof AF_INET, host, port > 0); // "number" "127.0.0.1" true
 * ```
 */
export type Family<A extends Address> = number & {
  readonly [addressType]: A;
};

/**
 * The address type a family carries: `AddressOf<typeof AF_INET>` is
 * `InetAddress`; a union of families gives the union of their addresses,
 * and a plain `number` gives {@linkcode Address}.
 *
 * @example Naming the address type of a family
 * ```ts
 * import type { AddressOf, AF_INET6 } from "@berkeley/socket";
 * type Six = AddressOf<NonNullable<typeof AF_INET6>>;
 * const any6: Six = ["::1", 80, 0, 0];
 * console.log(any6.length); // 4
 * ```
 */
export type AddressOf<F extends number> = F extends Family<infer A> ? A
  : Address;

/**
 * The peer address `accept()` gives on a socket whose addresses are `A`:
 * `A`, but `null` for AF_ALG, whose connections have no peer address (as
 * in CPython).
 *
 * @example The peer of an accepted TCP connection
 * ```ts
 * import { AF_INET, type InetAddress, type PeerAddress, socket } from "@berkeley/socket";
 * using server = socket(AF_INET);
 * server.bind(["127.0.0.1", 0]);
 * server.listen();
 * using client = socket(AF_INET);
 * client.connect(server.getsockname());
 * const [conn, peer]: [unknown, PeerAddress<InetAddress>] = server.accept();
 * console.log(peer[0]); // "127.0.0.1"
 * ```
 */
export type PeerAddress<A> = A extends AlgAddress ? null : A;
