// Echo server program (IPv4), the spec's first example line by line.
// Usage: echo_server.ts [HOST] [PORT]
import * as socket from "../mod.ts";
import { args } from "./_args.ts";

const argv = args();
const HOST = argv[0] ?? ""; // Symbolic name meaning all available interfaces
const PORT = Number(argv[1] ?? 50007); // Arbitrary non-privileged port
const s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
s.bind([HOST, PORT]);
s.listen(1);
const [conn, addr] = s.accept();
console.log("Connected by", addr);
while (true) {
  const data = conn.recv(1024);
  if (data.length === 0) break;
  conn.sendall(data);
}
conn.close();
s.close();
