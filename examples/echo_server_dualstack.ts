// Echo server program (IPv4 and IPv6), the spec's third example line by line.
// Usage: echo_server_dualstack.ts [HOST] [PORT]
import * as socket from "../mod.ts";
import { args, exit } from "./_args.ts";

/**
 * Serves one client; `onListening` is told the bound address (the demo
 * binds port 0 and needs the port the kernel chose).
 */
export function main(
  argv: string[],
  onListening?: (address: unknown) => void,
): void {
  const HOST = argv[0] ?? null; // Symbolic name meaning all available interfaces
  const PORT = Number(argv[1] ?? 50007); // Arbitrary non-privileged port
  let s: socket.SocketType | null = null;
  for (
    const res of socket.getaddrinfo(
      HOST,
      PORT,
      socket.AF_UNSPEC,
      socket.SOCK_STREAM,
      0,
      socket.AI_PASSIVE,
    )
  ) {
    const [af, socktype, proto, _canonname, sa] = res;
    try {
      s = socket.socket(af, socktype, proto);
    } catch (msg) {
      if (!(msg instanceof socket.error)) throw msg;
      s = null;
      continue;
    }
    try {
      s.bind(sa);
      s.listen(1);
    } catch (msg) {
      if (!(msg instanceof socket.error)) throw msg;
      s.close();
      s = null;
      continue;
    }
    break;
  }
  if (s === null) {
    console.log("could not open socket");
    exit(1);
  }
  onListening?.(s.getsockname());
  const [conn, addr] = s.accept();
  console.log("Connected by", addr);
  while (true) {
    const data = conn.recv(1024);
    if (data.length === 0) break;
    conn.send(data);
  }
  conn.close();
  s.close();
}

if (import.meta.main) main(args());
