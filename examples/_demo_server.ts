// Runs the spec's IPv4/IPv6 echo server in a Worker for the demo, on a free port
// of the loopback address, and posts the address it listens on.
import { main } from "./echo_server_dualstack.ts";

const self = globalThis as unknown as { postMessage(message: unknown): void };
main(["localhost", "0"], (address) => self.postMessage(address));
self.postMessage("done");
