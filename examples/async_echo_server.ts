// An echo server that serves many clients at once on one thread, with the
// asyncio-style sock_* calls: the sockets are non-blocking and every call
// that would block is awaited, so the event loop serves the others.
// Usage: deno run --allow-ffi --allow-net async_echo_server.ts [HOST] [PORT]
// (Bun: bun async_echo_server.ts [HOST] [PORT])
// It prints "Listening on [host, port]", then one line per client that comes
// and goes.
import * as socket from "../mod.ts";
import { args } from "./_args.ts";

const argv = args();
const HOST = argv[0] ?? "127.0.0.1";
const PORT = Number(argv[1] ?? 50007);

/** Echoes one client until it closes its side, then closes the connection. */
async function serve(conn: socket.SocketType, addr: unknown): Promise<void> {
  try {
    for (;;) {
      const data = await socket.sock_recv(conn, 65536);
      if (data.length === 0) break;
      await socket.sock_sendall(conn, data);
    }
  } catch (e) {
    console.log("Client", addr, "failed:", e instanceof Error ? e.message : e);
  } finally {
    conn.close();
  }
  console.log("Closed", addr);
}

// asyncio: server = socket.create_server(...); server.setblocking(False)
const server = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1);
server.bind([HOST, PORT]);
server.listen(socket.SOMAXCONN);
server.setblocking(false);
console.log("Listening on", server.getsockname());
for (;;) {
  // asyncio: conn, addr = await loop.sock_accept(server)
  const [conn, addr] = await socket.sock_accept(server); // non-blocking
  console.log("Connected by", addr);
  serve(conn, addr); // not awaited: the loop goes back to accepting
}
