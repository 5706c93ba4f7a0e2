// A tiny HTTP/1.0 server and client over the sockets' WHATWG streams
// (`s.readable`, `s.writable`), on loopback, in one thread.
//
// Usage: http_streams.ts [PATH]        serve one request for PATH, print the reply
//        http_streams.ts --serve PORT  serve http://127.0.0.1:PORT/ until killed
//
// The server reads the request head through a TextDecoderStream, answers
// through a writer and closes it (SHUT_WR ends the reply, as HTTP/1.0 does);
// the client writes its request, half-closes, and reads the whole reply with
// `new Response(s.readable).text()`. Nothing blocks the event loop.
import {
  type InetAddress,
  sock_accept,
  sock_connect,
  socket,
  type SocketType,
} from "../mod.ts";
import { runtime } from "../ffi/mod.ts";
import { args } from "./_args.ts";

const encoder = new TextEncoder();

/** Reads the request head (up to the blank line), then stops reading. */
async function readHead(conn: SocketType): Promise<string> {
  const reader = conn.readable.pipeThrough(new TextDecoderStream()).getReader();
  let head = "";
  while (!head.includes("\r\n\r\n")) {
    const { done, value } = await reader.read();
    if (done) break;
    head += value;
  }
  await reader.cancel(); // the body, if any, is not needed: SHUT_RD
  return head.split("\r\n\r\n")[0] ?? "";
}

/** Answers one request with a plain-text greeting naming its path. */
async function handle(conn: SocketType): Promise<void> {
  using c = conn;
  const [method = "", path = "/"] = (await readHead(c)).split(" ");
  const ok = method === "GET";
  const body = ok ? `Hello from ${runtime}, you asked for ${path}\n` : "";
  const writer = c.writable.getWriter();
  await writer.write(encoder.encode(
    `HTTP/1.0 ${ok ? "200 OK" : "405 Method Not Allowed"}\r\n` +
      `Content-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${encoder.encode(body).length}\r\n\r\n${body}`,
  ));
  await writer.close(); // SHUT_WR: the end of the reply
}

/** Accepts connections until the server socket is closed. */
async function serve(server: SocketType): Promise<void> {
  for (;;) {
    let conn: SocketType;
    try {
      [conn] = await sock_accept(server);
    } catch {
      return; // closed: the pending accept rejects with EBADF
    }
    handle(conn).catch((e) => console.error("request failed:", e));
  }
}

/** GETs `path` from `address` over HTTP/1.0: the status line, headers and body. */
async function get(
  address: InetAddress,
  path: string,
): Promise<{ status: string; headers: string[]; body: string }> {
  using s = socket();
  await sock_connect(s, address);
  const writer = s.writable.getWriter();
  await writer.write(
    encoder.encode(`GET ${path} HTTP/1.0\r\nHost: ${address[0]}\r\n\r\n`),
  );
  await writer.close(); // half-close: the request is complete
  const reply = await new Response(s.readable).text();
  const [head = "", body = ""] = reply.split("\r\n\r\n");
  const [status = "", ...headers] = head.split("\r\n");
  return { status, headers, body };
}

const argv = args();
using server = socket();
server.bind(["127.0.0.1", argv[0] === "--serve" ? Number(argv[1] ?? 8000) : 0]);
server.listen();
server.setblocking(false);
const [host, port] = server.getsockname();

if (argv[0] === "--serve") {
  console.log(`Serving on http://${host}:${port}/ (Ctrl-C stops)`);
  await serve(server);
} else {
  const serving = serve(server);
  const reply = await get([host, port], argv[0] ?? "/hello");
  console.log(reply.status);
  for (const header of reply.headers) console.log(header);
  console.log();
  console.log(reply.body.trimEnd());
  server.close(); // ends serve(): its pending accept rejects
  await serving;
}
