/**
 * The fuzz's call table (`_fuzz.ts`): every `SocketType` method and every
 * export of `mod.ts` that does something, each with arguments drawn from
 * `_fuzz_values.ts`, and the `select` entry point and the streams
 * (`_fuzz_select.ts`).
 */
import * as mod from "../mod.ts";
import type { SocketType } from "../mod.ts";
import { constants as C } from "../platform/mod.ts";
import { type Case, KINDS, make } from "./_fuzz_case.ts";
import {
  fuzzEpoll,
  fuzzPoll,
  fuzzReadable,
  fuzzSelect,
  fuzzWritable,
} from "./_fuzz_select.ts";
import {
  address,
  ancdata,
  data,
  familyArg,
  fileArg,
  flags,
  host,
  hostileBuffer,
  hostileValue,
  int,
  iterable,
  level,
  numeric,
  optname,
  ownFd,
  protoArg,
  size,
  timeoutValue,
  typeArg,
  unresolvable,
  V4,
  writable,
} from "./_fuzz_values.ts";

const S = mod.socket;

// ---------------------------------------------------------------------------
// The calls.

export type Call = [name: string, run: (c: Case, s: SocketType) => unknown];

/** Every SocketType method (and getter), with generated arguments. */
export const METHODS: readonly Call[] = [
  ["accept", (_c, s) => s.accept()],
  ["bind", (c, s) => s.bind(address(c) as never)],
  ["close", (_c, s) => s.close()],
  ["connect", (c, s) => s.connect(address(c) as never)],
  ["connect_ex", (c, s) => s.connect_ex(address(c) as never)],
  ["detach", (c, s) => {
    const fd = s.detach();
    if (fd >= 0) c.fds.add(fd);
    return fd;
  }],
  ["dup", (_c, s) => s.dup()],
  ["fileno", (_c, s) => s.fileno()],
  ["getpeername", (_c, s) => s.getpeername()],
  ["getsockname", (_c, s) => s.getsockname()],
  [
    "getsockopt",
    (c, s) =>
      c.rng.chance(0.5)
        ? s.getsockopt(level(c) as never, optname(c) as never)
        : s.getsockopt(
          level(c) as never,
          optname(c) as never,
          int(c, [0, 1, 4, 16, 1024, 1025]) as never,
        ),
  ],
  ["getblocking", (_c, s) => s.getblocking()],
  ["toString", (_c, s) => s.toString()],
  ["gettimeout", (_c, s) => s.gettimeout()],
  [
    "ioctl",
    (c, s) =>
      s.ioctl(
        int(c, [
          C.FIONREAD,
          C.SIOCATMARK,
          C.FIONBIO,
          0x8915,
          0x8906,
          c.rng.int(2 ** 32),
        ]) as never,
        int(c, [0, 1]) as never,
      ),
  ],
  [
    "listen",
    (c, s) =>
      c.rng.chance(0.2)
        ? s.listen()
        : s.listen(int(c, [0, 1, 5, -1, 4096]) as never),
  ],
  ["makefile", (c, s) => {
    const args: unknown[] = [
      c.rng.pick<unknown>([
        "r",
        "w",
        "rb",
        "wb",
        "rw",
        "rwb",
        "x",
        "",
        "rt",
        undefined,
        ...[hostileValue(c)],
      ]),
      int(c, [-1, 0, 1, 16, 8192]),
    ];
    if (c.rng.chance(0.3)) {
      args.push(
        c.rng.chance(0.5)
          ? { encoding: c.rng.pick(["utf-8", "latin-1", "nope", 5]) }
          : hostileValue(c),
      );
    }
    const f = (s.makefile as (...a: unknown[]) => { close(): void })(...args);
    f.close();
    return f;
  }],
  ["recv", (c, s) => s.recv(size(c) as never, flags(c) as never)],
  ["recvfrom", (c, s) => s.recvfrom(size(c) as never, flags(c) as never)],
  [
    "recv_into",
    (c, s) =>
      s.recv_into(
        writable(c) as never,
        int(c, [0, 1, 4, 100]) as never,
        flags(c) as never,
      ),
  ],
  [
    "recvfrom_into",
    (c, s) =>
      s.recvfrom_into(
        writable(c) as never,
        int(c, [0, 1, 4, 100]) as never,
        flags(c) as never,
      ),
  ],
  [
    "recvmsg",
    (c, s) =>
      keepFds(
        c,
        s.recvmsg(
          size(c) as never,
          int(c, [0, 0, 16, 24, 64, 1]) as never,
          flags(c) as never,
        ),
      ),
  ],
  [
    "recvmsg_into",
    (c, s) =>
      keepFds(
        c,
        s.recvmsg_into(
          iterable(c, () => writable(c)) as never,
          int(c, [0, 16, 64]) as never,
          flags(c) as never,
        ),
      ),
  ],
  ["send", (c, s) => s.send(data(c) as never, flags(c) as never)],
  ["sendall", (c, s) => s.sendall(data(c) as never, flags(c) as never)],
  [
    "sendto",
    (c, s) =>
      c.rng.chance(0.5)
        ? s.sendto(data(c) as never, address(c) as never)
        : s.sendto(data(c) as never, flags(c) as never, address(c) as never),
  ],
  ["sendmsg", (c, s) =>
    s.sendmsg(
      iterable(c, () => data(c)) as never,
      ancdata(c, s) as never,
      flags(c) as never,
      (c.rng.chance(0.5) ? undefined : address(c)) as never,
    )],
  [
    "sendfile",
    (c, s) =>
      s.sendfile(
        fileArg(c) as never,
        int(c, [0, 5, 999, 1000, 5000]) as never,
        int(c, [0, 1, 10]) as never,
      ),
  ],
  [
    "setblocking",
    (c, s) =>
      s.setblocking(
        c.rng.pick<unknown>([true, false, 0, 1, null, {}, "x"]) as never,
      ),
  ],
  ["settimeout", (c, s) => s.settimeout(timeoutValue(c) as never)],
  ["setsockopt", (c, s) => {
    const lv = level(c);
    const opt = optname(c);
    // SO_BINDTODEVICE could send loopback destinations out of another interface.
    if (opt === C.SO_BINDTODEVICE) return null;
    const value = c.rng.pick<unknown>([
      0,
      1,
      true,
      -1,
      2 ** 32,
      new Uint8Array(4),
      new Uint8Array(0),
      hostileBuffer(c),
      hostileValue(c),
    ]);
    return c.rng.chance(0.15)
      ? (s.setsockopt as (...a: unknown[]) => void)(
        lv,
        opt,
        null,
        int(c, [0, 4, -1]),
      )
      : s.setsockopt(lv as never, opt as never, value as never);
  }],
  ["shutdown", (c, s) => s.shutdown(int(c, [0, 1, 2, 3, -1]) as never)],
  ["get_inheritable", (_c, s) => s.get_inheritable()],
  [
    "set_inheritable",
    (c, s) =>
      s.set_inheritable(
        c.rng.pick<unknown>([true, false, 0, null, {}]) as never,
      ),
  ],
  ["family", (_c, s) => s.family],
  ["type", (_c, s) => s.type],
  ["proto", (_c, s) => s.proto],
  ["dispose", (_c, s) => s[Symbol.dispose]()],
  ["timeout", (_c, s) => s.timeout],
  ["sendmsg_afalg", (c, s) => {
    const options = c.rng.chance(0.7)
      ? {
        op: int(c, [0, 1, -1]),
        iv: c.rng.chance(0.5) ? undefined : data(c),
        assoclen: c.rng.chance(0.5) ? undefined : int(c, [0, 4, -1]),
        flags: c.rng.chance(0.5) ? undefined : flags(c),
      }
      : hostileValue(c);
    const call = s.sendmsg_afalg as (...a: unknown[]) => number;
    return c.rng.chance(0.5)
      ? call.call(s, options)
      : call.call(s, iterable(c, () => data(c)), options);
  }],
  ["readable", (c, s) => fuzzReadable(c, s)],
  ["writable", (c, s) => fuzzWritable(c, s)],
  ["select", (c, s) => fuzzSelect(c, s)],
  ["poll", (c, s) => fuzzPoll(c, s)],
  ["epoll", (c, s) => fuzzEpoll(c, s)],
];

/** Descriptors that came back inside ancillary data are ours to close. */
export function keepFds(
  c: Case,
  result: readonly unknown[],
): readonly unknown[] {
  const anc = result[1];
  if (Array.isArray(anc)) {
    for (const item of anc) {
      if (
        Array.isArray(item) && item[0] === C.SOL_SOCKET &&
        item[1] === C.SCM_RIGHTS
      ) {
        const bytes = item[2] as Uint8Array;
        const view = new DataView(
          bytes.buffer,
          bytes.byteOffset,
          bytes.byteLength,
        );
        for (let at = 0; at + 4 <= bytes.byteLength; at += 4) {
          c.fds.add(view.getInt32(at, true));
        }
      }
    }
  }
  return result;
}

/** Every export of mod.ts that does something when called. */
export const FUNCTIONS: readonly Call[] = [
  [
    "socket",
    (c) =>
      c.add(
        S(familyArg(c) as never, typeArg(c) as never, protoArg(c) as never),
      ),
  ],
  ["SocketType", (c) => {
    const [fd, owner] = c.rng.chance(0.5) ? ownFd(c) : [undefined, null];
    const s = new mod.SocketType(
      familyArg(c) as never,
      typeArg(c) as never,
      protoArg(c) as never,
      fd as never,
    );
    c.add(s);
    owner?.detach(); // the new socket owns the descriptor now
    return s;
  }],
  [
    "socketpair",
    (c) =>
      c.rng.chance(0.3)
        ? mod.socketpair().map((s) => c.add(s))
        : mod.socketpair(
          familyArg(c) as never,
          typeArg(c) as never,
          protoArg(c) as never,
        ).map((s) => c.add(s)),
  ],
  [
    "fromfd",
    (c) =>
      c.add(
        mod.fromfd(
          ownFd(c)[0] as never,
          familyArg(c) as never,
          typeArg(c) as never,
          protoArg(c) as never,
        ),
      ),
  ],
  ["close", (c) => {
    const [fd, owner] = ownFd(c);
    mod.close(fd as never);
    owner?.detach();
  }],
  ["create_connection", (c) => {
    const target = c.rng.chance(0.5)
      ? (() => {
        const l = make(c, "listening");
        return l.getsockname();
      })()
      : [
        c.rng.pick<unknown>([...V4, null, "::1", "a\0"]),
        int(c, [0, 9, 65535, 65536]),
      ];
    const args: unknown[] = [
      c.rng.chance(0.85) ? target : hostileValue(c),
      c.rng.pick([0.05, 0, 0.01, null]),
      c.rng.chance(0.8) ? undefined : address(c, KINDS[0]!),
    ];
    if (c.rng.chance(0.3)) {
      args.push(
        c.rng.chance(0.5) ? { all_errors: c.rng.chance(0.5) } : hostileValue(c),
      );
    }
    return c.add(
      (mod.create_connection as (...a: unknown[]) => SocketType)(...args),
    );
  }],
  ["create_server", (c) => {
    const options = c.rng.chance(0.5) ? undefined : c.rng.chance(0.7)
      ? {
        family: familyArg(c),
        backlog: int(c, [0, 5, -1]),
        reuse_port: c.rng.chance(0.3),
        dualstack_ipv6: c.rng.chance(0.2),
      }
      : hostileValue(c);
    const addr = c.rng.pick<unknown>([
      ["127.0.0.1", 0],
      ["::1", 0],
      ["", 0],
      ["::", 0],
      c.path(),
      hostileValue(c),
    ]);
    return c.add(
      (mod.create_server as (...a: unknown[]) => SocketType)(addr, options),
    );
  }],
  ["getdefaulttimeout", () => mod.getdefaulttimeout()],
  ["setdefaulttimeout", (c) => mod.setdefaulttimeout(timeoutValue(c) as never)],
  ["send_fds", (c) => {
    const s = make(c, "connected");
    return mod.send_fds(
      s,
      iterable(c, () => data(c)) as never,
      iterable(c, () => int(c, [s.fileno(), -1])) as never,
      flags(c) as never,
      (c.rng.chance(0.7) ? undefined : address(c)) as never,
    );
  }],
  ["recv_fds", (c) => {
    const s = make(c, "connected");
    const r = mod.recv_fds(
      s,
      size(c) as never,
      int(c, [0, 1, 4, 253, 2 ** 31]) as never,
      flags(c) as never,
    );
    for (const fd of r[1]) c.fds.add(fd);
    return r;
  }],
  [
    "CMSG_LEN",
    (c) => mod.CMSG_LEN(int(c, [0, 4, 2 ** 31 - 17, 2 ** 31]) as never),
  ],
  [
    "CMSG_SPACE",
    (c) => mod.CMSG_SPACE(int(c, [0, 4, 2 ** 31 - 25, 2 ** 31]) as never),
  ],
  ["htonl", (c) => mod.htonl(int(c, [0, 1, 2 ** 32 - 1, 2 ** 32]) as never)],
  ["htons", (c) => mod.htons(int(c, [0, 1, 65535, 65536]) as never)],
  ["ntohl", (c) => mod.ntohl(int(c, [0, 1, 2 ** 32 - 1, 2 ** 32]) as never)],
  ["ntohs", (c) => mod.ntohs(int(c, [0, 1, 65535, 65536]) as never)],
  [
    "inet_aton",
    (c) =>
      mod.inet_aton(
        (c.rng.chance(0.6)
          ? c.rng.pick(["127.0.0.1", "1", "1.2.3", "256.1.1.1", "", "a\0"])
          : hostileValue(c)) as never,
      ),
  ],
  [
    "inet_ntoa",
    (c) =>
      mod.inet_ntoa(
        (c.rng.chance(0.5)
          ? new Uint8Array(c.rng.pick([0, 3, 4, 5]))
          : hostileBuffer(c)) as never,
      ),
  ],
  [
    "inet_pton",
    (c) =>
      mod.inet_pton(
        familyArg(c) as never,
        (c.rng.chance(0.6)
          ? c.rng.pick(["::1", "127.0.0.1", "::", "x", "1::2::3", "a\0"])
          : hostileValue(c)) as never,
      ),
  ],
  [
    "inet_ntop",
    (c) =>
      mod.inet_ntop(
        familyArg(c) as never,
        (c.rng.chance(0.5)
          ? new Uint8Array(c.rng.pick([0, 4, 16, 17]))
          : hostileBuffer(c)) as never,
      ),
  ],
  [
    "getaddrinfo",
    (c) =>
      (mod.getaddrinfo as (...a: unknown[]) => unknown)(
        host(c),
        int(c, [0, 80, 65535, 65536]),
        familyArg(c),
        typeArg(c),
        protoArg(c),
        numeric(
          int(c, [0, C.AI_PASSIVE, C.AI_CANONNAME, C.AI_NUMERICSERV ?? 0]),
          C.AI_NUMERICHOST,
        ),
      ),
  ],
  [
    "getnameinfo",
    (c) =>
      mod.getnameinfo(
        address(
          c,
          KINDS.find((k) =>
            k.family === (c.rng.chance(0.5) ? C.AF_INET6 : C.AF_INET)
          ) ?? KINDS[0]!,
        ) as never,
        numeric(
          int(c, [0, C.NI_DGRAM ?? 16]),
          C.NI_NUMERICHOST | C.NI_NUMERICSERV,
        ) as never,
      ),
  ],
  ["gethostbyname", (c) => mod.gethostbyname(host(c) as never)],
  ["gethostbyname_ex", (c) => mod.gethostbyname_ex(host(c) as never)],
  ["gethostbyaddr", (c) => mod.gethostbyaddr(unresolvable(c) as never)],
  ["getfqdn", (c) => mod.getfqdn(unresolvable(c) as never)],
  ["gethostname", () => mod.gethostname()],
  [
    "getprotobyname",
    (c) =>
      mod.getprotobyname(
        (c.rng.chance(0.6)
          ? c.rng.pick(["tcp", "udp", "icmp", "nope", ""])
          : hostileValue(c)) as never,
      ),
  ],
  [
    "getservbyname",
    (c) =>
      (mod.getservbyname as (...a: unknown[]) => unknown)(
        c.rng.chance(0.6)
          ? c.rng.pick(["http", "ssh", "nope"])
          : hostileValue(c),
        c.rng.pick<unknown>([undefined, "tcp", "udp", "x", hostileValue(c)]),
      ),
  ],
  [
    "getservbyport",
    (c) =>
      (mod.getservbyport as (...a: unknown[]) => unknown)(
        int(c, [80, 22, 0, 65535, 65536]),
        c.rng.pick<unknown>([undefined, "tcp", "udp", hostileValue(c)]),
      ),
  ],
  ["if_nameindex", () => mod.if_nameindex()],
  [
    "if_nametoindex",
    (c) =>
      mod.if_nametoindex(
        (c.rng.chance(0.6)
          ? c.rng.pick(["lo", "nosuchif0", "", "x".repeat(40)])
          : hostileValue(c)) as never,
      ),
  ],
  [
    "if_indextoname",
    (c) => mod.if_indextoname(int(c, [1, 0, 99999, 2 ** 32]) as never),
  ],
  ["SocketFile", (c) => {
    const args = [
      c.rng.chance(0.7) ? make(c, "connected") : hostileValue(c),
      c.rng.pick<unknown>(["r", "w", "rb", "x", hostileValue(c)]),
      int(c, [-1, 0, 16]),
    ];
    const f = new (mod.SocketFile as unknown as new (
      ...a: unknown[]
    ) => { close(): void })(...args);
    f.close();
    return f;
  }],
  ["SocketTextFile", (c) => {
    const raw = c.rng.chance(0.7)
      ? new mod.SocketFile(make(c, "connected"), "rwb")
      : hostileValue(c);
    const f = new (mod.SocketTextFile as unknown as new (
      ...a: unknown[]
    ) => { close(): void })(
      raw,
      c.rng.pick<unknown>(["r", "w", "rw", hostileValue(c)]),
      c.rng.chance(0.5)
        ? {
          encoding: c.rng.pick<unknown>(["utf-8", "ascii", "nope", undefined]),
          errors: c.rng.pick<unknown>(["strict", "replace", "x", undefined]),
          newline: c.rng.pick<unknown>([null, "", "\r\n", "x", undefined]),
        }
        : hostileValue(c),
    );
    f.close();
    return f;
  }],
  ["dup", (c) => {
    const [fd] = ownFd(c);
    const copy = mod.dup(fd as never);
    c.fds.add(copy);
    return copy;
  }],
  ["fromshare", (c) => mod.fromshare(hostileBuffer(c) as never)],
  ["has_dualstack_ipv6", () => mod.has_dualstack_ipv6()],
  // Never a string or bytes: as root, any such name would rename this
  // machine. What is left is refused before the call.
  ["sethostname", (c) =>
    mod.sethostname(
      c.rng.pick<unknown>([
        undefined,
        null,
        1,
        1n,
        true,
        {},
        [104, 105],
        () => "x",
        new Date(0),
        new Proxy({}, { get: () => (c.effect(), 1) }),
      ]) as never,
    )],
  ["error classes", (c) => {
    const E = c.rng.pick<unknown>([
      mod.error,
      mod.gaierror,
      mod.herror,
      mod.timeout,
    ]) as new (...a: unknown[]) => Error;
    const e = new E(
      ...Array.from({ length: c.rng.int(4) }, () => hostileValue(c)),
    );
    return String(e);
  }],
  ["sock_accept", (c, s) => mod.sock_accept(asyncTarget(c, s))],
  [
    "sock_connect",
    (c, s) => mod.sock_connect(asyncTarget(c, s), address(c) as never),
  ],
  ["sock_recv", (c, s) => mod.sock_recv(asyncTarget(c, s), size(c) as never)],
  [
    "sock_recv_into",
    (c, s) =>
      mod.sock_recv_into(
        asyncTarget(c, s),
        writable(c) as never,
        int(c, [0, 1, 100]) as never,
      ),
  ],
  [
    "sock_recvfrom",
    (c, s) => mod.sock_recvfrom(asyncTarget(c, s), size(c) as never),
  ],
  [
    "sock_recvfrom_into",
    (c, s) =>
      mod.sock_recvfrom_into(
        asyncTarget(c, s),
        writable(c) as never,
        int(c, [0, 1, 100]) as never,
      ),
  ],
  [
    "sock_sendall",
    (c, s) => mod.sock_sendall(asyncTarget(c, s), data(c) as never),
  ],
  [
    "sock_sendto",
    (c, s) =>
      mod.sock_sendto(asyncTarget(c, s), data(c) as never, address(c) as never),
  ],
  [
    "sock_sendfile",
    (c, s) =>
      mod.sock_sendfile(
        asyncTarget(c, s),
        fileArg(c) as never,
        int(c, [0, 10]) as never,
        int(c, [1, 10]) as never,
      ),
  ],
];

/**
 * The socket of an asynchronous call: a positive timeout bounds the wait
 * (a non-blocking socket would wait as long as it takes, as asyncio's).
 */
export function asyncTarget(c: Case, s: SocketType): SocketType {
  if (c.rng.chance(0.1)) return hostileValue(c) as SocketType;
  if (s.fileno() >= 0) s.settimeout(c.rng.pick([0.002, 0.01]));
  return s;
}
