/**
 * Python 3's enums of the socket module: `AddressFamily` (`AF_*`),
 * `SocketKind` (`SOCK_*`), `MsgFlag` (`MSG_*`) and `AddressInfo` (`AI_*`),
 * which Python's `socket.py` builds from the module's constants. Here each
 * is a frozen object shaped like a TypeScript numeric enum: every constant
 * of its prefix that the running platform defines, by name, with the same
 * value (and type) as the exported constant, and the way back from a value
 * to its name. A constant the platform lacks has no key.
 *
 * Where several names share a value, the value names the one Python's
 * `IntEnum._convert_` picks: the first in (value, name) order, among the
 * names Python's module has (so `AddressFamily[1]` is `"AF_UNIX"`, not
 * glibc's `AF_FILE`). Sockets keep giving plain numbers: `s.family`,
 * `s.type` and `getaddrinfo()`'s families are `number`s, which the enums
 * turn into names.
 *
 * @example A family's and a type's names, as Python prints them
 * ```ts
 * import { AddressFamily, SOCK_STREAM, socket, SocketKind } from "@berkeley/socket";
 * using s = socket(AddressFamily.AF_INET, SOCK_STREAM); // SocketType<InetAddress>
 * console.log(AddressFamily[s.family], SocketKind[s.type]); // "AF_INET" "SOCK_STREAM"
 * ```
 *
 * @module
 */
import * as families from "../address/families.ts";
import * as types from "./constants/types.ts";
import * as messages from "./constants/messages.ts";
import * as resolver from "./constants/resolver.ts";

/**
 * An enum of constants as `T` exports them: each name with its export's
 * type, and each value back to its name (`undefined` for a value no name
 * has), as a TypeScript numeric enum reads.
 */
export type IntEnum<T, P extends string> =
  & { readonly [K in Extract<keyof T, `${P}${string}`>]: T[K] }
  & { readonly [value: number]: string | undefined };

/** Python's `socket.AddressFamily`: every `AF_*` constant, typed as exported. */
export type AddressFamilyEnum = IntEnum<typeof families, "AF_">;
/** Python's `socket.SocketKind`: every `SOCK_*` constant. */
export type SocketKindEnum = IntEnum<typeof types, "SOCK_">;
/** Python's `socket.MsgFlag`: every `MSG_*` constant. */
export type MsgFlagEnum = IntEnum<typeof messages, "MSG_">;
/** Python's `socket.AddressInfo`: every `AI_*` constant. */
export type AddressInfoEnum = IntEnum<typeof resolver, "AI_">;

/**
 * Names of ours that Python's module lacks and that share a value with one
 * it has: POSIX's and glibc's other names for AF_UNIX. A value is never
 * named by them.
 */
const NOT_PYTHON: ReadonlySet<string> = new Set(["AF_FILE", "AF_LOCAL"]);

/**
 * The frozen enum of `source`'s defined constants starting with `prefix`.
 * The one place an object becomes an `IntEnum`: its keys are built from
 * `source`'s own, which the type maps.
 */
function intEnum<T extends object, P extends string>(
  source: T,
  prefix: P,
): IntEnum<T, P> {
  const members: [string, number][] = [];
  for (const [name, value] of Object.entries(source)) {
    if (name.startsWith(prefix) && typeof value === "number") {
      members.push([name, value]);
    }
  }
  // IntEnum._convert_'s order: by value, then by name; the first names it.
  members.sort(([a, x], [b, y]) =>
    x - y || Number(NOT_PYTHON.has(a)) - Number(NOT_PYTHON.has(b)) ||
    (a < b ? -1 : a > b ? 1 : 0)
  );
  const out: Record<string, string | number> = {};
  for (const [name, value] of members) {
    out[name] = value;
    if (!Object.hasOwn(out, value)) out[value] = name;
  }
  return Object.freeze(out) as IntEnum<T, P>;
}

/**
 * Python's `socket.AddressFamily`: every `AF_*` constant the platform
 * defines, by name, each typed as its export (`AddressFamily.AF_INET` is a
 * `Family<InetAddress>`), and each value back to its name.
 *
 * @example Naming the family of a socket, or of an address found
 * ```ts
 * import { AddressFamily, getaddrinfo, socket } from "@berkeley/socket";
 * using s = socket(AddressFamily.AF_INET6);
 * console.log(AddressFamily[s.family]); // "AF_INET6"
 * for (const [family] of getaddrinfo("127.0.0.1", 80)) {
 *   console.log(AddressFamily[family]); // "AF_INET"
 * }
 * console.log(AddressFamily.AF_PACKET); // 17 on Linux; undefined elsewhere
 * ```
 */
export const AddressFamily: AddressFamilyEnum = intEnum(families, "AF_");

/**
 * Python's `socket.SocketKind`: every `SOCK_*` constant the platform
 * defines (the flags `SOCK_NONBLOCK` and `SOCK_CLOEXEC` included, as in
 * Python), and each value back to its name.
 *
 * @example Naming the type of a socket
 * ```ts
 * import { AF_INET, socket, SocketKind } from "@berkeley/socket";
 * using s = socket(AF_INET, SocketKind.SOCK_DGRAM);
 * console.log(SocketKind[s.type]); // "SOCK_DGRAM"
 * ```
 */
export const SocketKind: SocketKindEnum = intEnum(types, "SOCK_");

/**
 * Python's `socket.MsgFlag` (an `IntFlag` there): every `MSG_*` constant
 * the platform defines, and each single flag's value back to its name.
 * Combine flags with `|`, as in Python.
 *
 * @example Peeking at data, and naming the flags `recvmsg()` reports
 * ```ts
 * import { MsgFlag, socketpair } from "@berkeley/socket";
 * const [a, b] = socketpair();
 * a.send("ping");
 * console.log(b.recv(4, MsgFlag.MSG_PEEK)); // the bytes, still queued
 * console.log(MsgFlag[MsgFlag.MSG_PEEK]); // "MSG_PEEK"
 * a.close();
 * b.close();
 * ```
 */
export const MsgFlag: MsgFlagEnum = intEnum(messages, "MSG_");

/**
 * Python's `socket.AddressInfo` (an `IntFlag` there): every `AI_*` flag of
 * `getaddrinfo()` the platform defines, and each flag's value back to its
 * name.
 *
 * @example Resolving without a name lookup
 * ```ts
 * import { AddressInfo, getaddrinfo } from "@berkeley/socket";
 * const found = getaddrinfo("127.0.0.1", 80, 0, 0, 0, AddressInfo.AI_NUMERICHOST);
 * console.log(found.length > 0); // true
 * console.log(AddressInfo[AddressInfo.AI_PASSIVE]); // "AI_PASSIVE"
 * ```
 */
export const AddressInfo: AddressInfoEnum = intEnum(resolver, "AI_");
