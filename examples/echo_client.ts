// Echo client program (IPv4), the spec's second example line by line.
// Usage: echo_client.ts [HOST] [PORT]
import * as socket from "../mod.ts";
import { args, bytesRepr } from "./_args.ts";

const argv = args();
const HOST = argv[0] ?? "daring.cwi.nl"; // The remote host
const PORT = Number(argv[1] ?? 50007); // The same port as used by the server
const s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
s.connect([HOST, PORT]);
s.sendall("Hello, world");
const data = s.recv(1024);
s.close();
console.log("Received", bytesRepr(data));
