// Echo client program (IPv4 and IPv6), the spec's fourth example line by line.
// Usage: echo_client_dualstack.ts [HOST] [PORT]
import * as socket from "../mod.ts";
import { args, bytesRepr, exit } from "./_args.ts";

/** Connects, sends "Hello, world", prints and returns what came back. */
export function main(argv: string[]): Uint8Array {
  const HOST = argv[0] ?? "daring.cwi.nl"; // The remote host
  const PORT = Number(argv[1] ?? 50007); // The same port as used by the server
  let s: socket.SocketType | null = null;
  for (
    const res of socket.getaddrinfo(
      HOST,
      PORT,
      socket.AF_UNSPEC,
      socket.SOCK_STREAM,
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
      s.connect(sa);
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
  s.sendall("Hello, world");
  const data = s.recv(1024);
  s.close();
  console.log("Received", bytesRepr(data));
  return data;
}

if (import.meta.main) main(args());
