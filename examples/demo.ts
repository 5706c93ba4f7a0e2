// The quick start's demo: starts the spec's IPv4/IPv6 echo server (in a Worker,
// since its calls block like Python's), runs the echo client against it,
// prints what came back and exits 0.
import { main as client } from "./echo_client_dualstack.ts";
import { exit } from "./_args.ts";

const worker = new Worker(new URL("./_demo_server.ts", import.meta.url), {
  type: "module",
});
const done = new Promise<void>((resolve, reject) => {
  worker.onerror = (e) => reject(e);
  worker.onmessage = (event) => {
    if (event.data === "done") {
      resolve();
      return;
    }
    const [host, port]: [string, number] = event.data;
    console.log(`Echo server listening on ${host} port ${port}`);
    const data = client([host, String(port)]);
    if (new TextDecoder().decode(data) !== "Hello, world") {
      reject(new Error("the echo did not match"));
    }
  };
});
const timer = setTimeout(() => {
  console.error("demo: no answer within 10 seconds");
  exit(1);
}, 10_000);
await done;
clearTimeout(timer);
worker.terminate();
exit(0);
