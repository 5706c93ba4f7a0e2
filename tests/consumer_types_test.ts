/**
 * The package as a TypeScript user gets it: the npm tarball (`npm pack`)
 * unpacked into a small project, type-checked by `tsc` with `bun init`'s
 * settings (strict, noUncheckedIndexedAccess) and by `deno check`. The
 * project's code is Python-shaped and has no casts; the lines marked
 * `@ts-expect-error` must not compile (an unused marker is itself an
 * error), so both what compiles and what does not are checked. The
 * README's TypeScript blocks join the project under `tsc` (`deno check
 * --doc-only README.md` in .ci/test checks them under Deno).
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import process from "node:process";
import { runtime } from "../ffi/mod.ts";
import { it } from "./_skip.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "node_modules", ".bin");
const tsc = join(bin, process.platform === "win32" ? "tsc.cmd" : "tsc");
const deno = join(bin, process.platform === "win32" ? "deno.cmd" : "deno");

/** Why the check cannot run here, or false. */
function whyNot(): string | false {
  if (runtime !== "deno") {
    return "it runs once, in the Deno suite (it only spawns tsc and deno)";
  }
  // Set by .ci/vm_suite: the suite in a VM runs after the host's, which
  // type-checked everything; a type check does not depend on the kernel.
  const checked = process.env.BERKELEY_SOCKET_TYPES_CHECKED;
  if (checked) return checked;
  if (!existsSync(tsc)) return `no tsc at ${tsc} (npm install)`;
  if (!existsSync(deno)) return `no deno at ${deno} (npm install)`;
  const npm = spawnSync("npm", ["--version"], { encoding: "utf8" });
  if (npm.status !== 0) return "no npm to pack the tarball";
  return false;
}

/** The consumer's code: what a user writes, and what must not compile. */
const MAIN = `import * as socket from "@berkeley/socket";
import {
  AF_INET,
  AF_INET6,
  AF_UNIX,
  create_connection,
  create_server,
  errno,
  getaddrinfo,
  type Inet6Address,
  type InetAddress,
  SOCK_DGRAM,
  SOCK_STREAM,
  sock_accept,
  sock_recvfrom,
  type SocketType,
  socketpair,
} from "@berkeley/socket";

// api.md's echo server, typed by its family.
const s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1);
s.bind(["127.0.0.1", 0]);
s.listen(1);
const [host, port] = s.getsockname();
const h: string = host;
const p: number = port;
const client = create_connection([host, port], 5);
const [conn, [peer, peerPort]] = s.accept();
const c: SocketType<InetAddress> = conn;
const peerHost: string = peer;
const peerNumber: number = peerPort;
client.sendall("Hello, world");
const data: Uint8Array = conn.recv(1024);
conn.sendall(data);
const level: number = s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE);
const raw: Uint8Array = s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8);

// IPv6: four elements out, two to four in.
const six = socket.socket(AF_INET6, SOCK_DGRAM);
six.bind(["::1", 0]);
const [, sixPort, flowinfo, scopeId] = six.getsockname();
const sixAddress: Inet6Address = ["::1", sixPort, flowinfo, scopeId];
six.sendto("x", ["::1", sixPort]);
const [, from] = six.recvfrom(16);
if (from !== null) {
  const [fromHost, fromPort, fromFlow, fromScope] = from;
  console.log(fromHost.length, fromPort + fromFlow + fromScope);
}

// What is received is ArrayBuffer-backed: Web APIs take it with no cast.
const [datagram] = six.recvfrom(16);
const blob = new Blob([conn.recv(16), datagram, s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)]);
const body = new Response(conn.recv(16));
const packed = new Blob([socket.inet_aton("127.0.0.1"), socket.inet_pton(socket.AF_INET6, "::1")]);

// Unix sockets, socket pairs, servers, the resolver's results.
const [a, b] = socketpair(AF_UNIX, SOCK_STREAM);
const name: string | Uint8Array = a.getsockname();
const server = create_server(["127.0.0.1", 0]);
const [, serverPort] = server.getsockname();
for (const [family, type, proto, , sockaddr] of getaddrinfo("127.0.0.1", serverPort)) {
  const t = socket.socket(family, type, proto);
  t.connect(sockaddr);
  t.close();
}
const refused: number = errno.ECONNREFUSED;

async function serve(listener: SocketType<InetAddress>): Promise<string> {
  const [accepted, [who]] = await sock_accept(listener);
  const [, got] = await sock_recvfrom(accepted, 16);
  accepted.close();
  return who + String(got);
}

// A family given as a plain number gives the union of every address.
const family: number = AF_INET;
const any = socket.socket(family);
const anyAddress: socket.Address = any.getsockname();

// Python 3's enums: AddressFamily.AF_INET is AF_INET, typed alike.
const viaEnum = socket.socket(socket.AddressFamily.AF_INET);
const [enumHost] = viaEnum.getsockname();
const familyName: string | undefined = socket.AddressFamily[viaEnum.family];
const kindName: string | undefined = socket.SocketKind[viaEnum.type];

// What must not compile.
// @ts-expect-error: [port, host] is the wrong order
s.bind([50007, "127.0.0.1"]);
// @ts-expect-error: an AF_INET address has two elements
client.sendto("x", [1, 2, 3, 4, 5, 6, 7]);
// @ts-expect-error: a string is not an AF_INET address
s.connect("/tmp/socket");
// @ts-expect-error: an IPv6 socket's name has four elements, not five
const [, , , , fifth] = six.getsockname();
// @ts-expect-error: no such errno name
console.log(errno.ECONNREFUSD);
// @ts-expect-error: getsockopt() without buflen is a number
const notBytes: Uint8Array = s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE);
// @ts-expect-error: an IPv4 socket is not an IPv6 one
const wrong: SocketType<Inet6Address> = s;
// @ts-expect-error: AddressFamily.AF_INET makes an IPv4 socket
const wrongEnum: SocketType<Inet6Address> = viaEnum;

console.log(h, p, c, peerHost, peerNumber, level, raw, sixAddress, name);
console.log(refused, serve, anyAddress, fifth, notBytes, wrong);
console.log(enumHost.length, familyName, kindName, wrongEnum, blob, body, packed);
for (const x of [s, client, conn, six, a, b, server, any, viaEnum]) x.close();
`;

/** `bun init`'s tsconfig, plus where Bun's types are (the repository's). */
function tsconfig(typeRoots: string): string {
  return JSON.stringify(
    {
      compilerOptions: {
        lib: ["ESNext"],
        target: "ESNext",
        module: "Preserve",
        moduleDetection: "force",
        jsx: "react-jsx",
        allowJs: true,
        moduleResolution: "bundler",
        allowImportingTsExtensions: true,
        verbatimModuleSyntax: true,
        noEmit: true,
        strict: true,
        skipLibCheck: true,
        noFallthroughCasesInSwitch: true,
        noUncheckedIndexedAccess: true,
        noImplicitOverride: true,
        noUnusedLocals: false,
        noUnusedParameters: false,
        noPropertyAccessFromIndexSignature: false,
        types: ["bun"],
        typeRoots: [typeRoots],
        // The README's first examples import the JSR name, as Deno does.
        paths: {
          "jsr:@berkeley/socket": ["./node_modules/@berkeley/socket/mod.ts"],
        },
      },
      include: ["main.ts", "readme_*.ts"],
    },
    null,
    2,
  );
}

function run(cmd: string, args: string[], cwd: string): string {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    timeout: 120_000,
  });
  assert.equal(
    r.status,
    0,
    `${cmd} ${args.join(" ")} failed:\n${r.stdout}${r.stderr}`,
  );
  return r.stdout;
}

const skip = whyNot();

describe("a consumer project", () => {
  it(
    `type-checks against the packed tarball with tsc and deno check, and rejects wrong addresses${
      skip ? ` (skipped: ${skip})` : ""
    }`,
    { skip, timeout: 120_000 },
    () => {
      const work = mkdtempSync(join(tmpdir(), "consumer-"));
      try {
        const packed = run(
          "npm",
          ["pack", "--silent", "--pack-destination", work],
          root,
        ).trim().split("\n").pop()!;
        const app = join(work, "app");
        const pkg = join(app, "node_modules", "@berkeley", "socket");
        mkdirSync(pkg, { recursive: true });
        run("tar", [
          "xzf",
          join(work, packed),
          "-C",
          pkg,
          "--strip-components=1",
        ], work);
        writeFileSync(
          join(app, "package.json"),
          '{ "name": "app", "private": true }\n',
        );
        writeFileSync(
          join(app, "tsconfig.json"),
          tsconfig(join(root, "node_modules", "@types")),
        );
        writeFileSync(join(app, "main.ts"), MAIN);
        // The README's TypeScript, each block a module of the project.
        const readme = readFileSync(join(root, "README.md"), "utf8");
        const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```/gm)];
        assert.ok(blocks.length >= 5, `${blocks.length} blocks in README.md`);
        blocks.forEach(([, code], i) => {
          writeFileSync(join(app, `readme_${i}.ts`), `export {};\n${code}`);
        });
        run(tsc, ["-p", "tsconfig.json"], app);

        // The same code under deno check, the package mapped by an import map.
        const denoApp = join(work, "deno-app");
        mkdirSync(denoApp);
        writeFileSync(
          join(denoApp, "deno.json"),
          JSON.stringify({
            imports: { "@berkeley/socket": `${pkg}/mod.ts` },
          }),
        );
        writeFileSync(join(denoApp, "main.ts"), MAIN);
        run(deno, ["check", "main.ts"], denoApp);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
  );
});
