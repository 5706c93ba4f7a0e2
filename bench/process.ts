/**
 * The benchmark's processes: a child process read line by line, and one
 * measurement of a workload for a contender (the contender's process, its
 * peer or load, the `RESULT` line they print).
 *
 * @module
 */
import {
  BYTES,
  ECHO_WARMUP,
  MAX_CONNECTIONS,
  ROOT,
  SECONDS,
  TIMEOUT_MS,
  WARMUP,
} from "./settings.ts";
import { cBinary, type Contender, peer } from "./contenders.ts";
import type { Workload } from "./workloads.ts";

/** A child process whose stdout is read line by line. */
export class Proc {
  readonly child: Deno.ChildProcess;
  readonly name: string;
  #lines: string[] = [];
  #wake: (() => void) | null = null;
  #ended = false;
  #stderr = "";
  #exit: Promise<Deno.CommandStatus>;

  constructor(command: string[], args: (string | number)[], name: string) {
    this.name = name;
    this.child = new Deno.Command(command[0], {
      args: [...command.slice(1), ...args.map(String)],
      cwd: ROOT,
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
    this.#exit = this.child.status;
    this.#read();
    this.#readErr();
  }

  async #read(): Promise<void> {
    let rest = "";
    for await (
      const chunk of this.child.stdout.pipeThrough(new TextDecoderStream())
    ) {
      rest += chunk;
      let nl: number;
      while ((nl = rest.indexOf("\n")) >= 0) {
        this.#lines.push(rest.slice(0, nl));
        rest = rest.slice(nl + 1);
      }
      this.#wake?.();
    }
    if (rest) this.#lines.push(rest);
    this.#ended = true;
    this.#wake?.();
  }

  async #readErr(): Promise<void> {
    for await (
      const chunk of this.child.stderr.pipeThrough(new TextDecoderStream())
    ) {
      this.#stderr += chunk;
    }
  }

  /** The rest of the first line starting with `prefix + " "`. */
  async expect(prefix: string, deadline: number): Promise<string> {
    for (;;) {
      const i = this.#lines.findIndex((l) => l.startsWith(`${prefix} `));
      if (i >= 0) return this.#lines.splice(i, 1)[0].slice(prefix.length + 1);
      if (this.#ended) {
        const status = await this.#exit;
        throw new Error(
          `${this.name} ended (exit ${status.code}) before "${prefix}": ${
            this.#stderr.trim().slice(-600)
          }`,
        );
      }
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(`${this.name} timed out waiting for "${prefix}"`);
      }
      let timer: ReturnType<typeof setTimeout> | undefined;
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
        timer = setTimeout(resolve, left);
      });
      clearTimeout(timer);
      this.#wake = null;
    }
  }

  /** Waits for the exit (killing it at `deadline`); throws on failure. */
  async done(deadline: number): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<"late">((r) =>
      timer = setTimeout(() => r("late"), Math.max(0, deadline - Date.now()))
    );
    const status = await Promise.race([this.#exit, late]);
    clearTimeout(timer);
    if (status === "late") {
      this.kill();
      throw new Error(`${this.name} did not exit in time`);
    }
    if (!status.success) {
      throw new Error(
        `${this.name} failed (exit ${status.code}): ${
          this.#stderr.trim().slice(-600)
        }`,
      );
    }
  }

  /** Where the process is, for a message: its state and kernel wait channel. */
  state(): string {
    try {
      const pid = this.child.pid;
      const status = Deno.readTextFileSync(`/proc/${pid}/status`);
      const st = /State:\s*(.*)/.exec(status)?.[1] ?? "?";
      const wchan = Deno.readTextFileSync(`/proc/${pid}/wchan`);
      return `${this.name} (pid ${pid}) ${st}, waiting in ${wchan || "-"}`;
    } catch {
      return `${this.name} exited`;
    }
  }

  kill(): void {
    try {
      this.child.kill("SIGKILL");
    } catch {
      // already gone
    }
  }

  async reap(): Promise<void> {
    this.kill();
    await this.#exit;
  }
}

export interface Result {
  ops?: number;
  bytes?: number;
  seconds: number;
}

/** One measurement of `w` for `c`: the value in `w.unit`. */
export async function measureOnce(w: Workload, c: Contender): Promise<number> {
  const deadline = Date.now() + TIMEOUT_MS;
  const procs: Proc[] = [];
  const start = (
    command: string[],
    args: (string | number)[],
    name: string,
  ): Proc => {
    const p = new Proc(command, args, name);
    procs.push(p);
    return p;
  };
  try {
    let line: string;
    switch (w.id) {
      case "pair":
      case "udp": {
        const p = start(c.command, [w.id, SECONDS, WARMUP], c.id);
        line = await p.expect("RESULT", deadline);
        await p.done(deadline);
        break;
      }
      case "stream-recv": {
        const p = start(c.command, ["stream-recv", BYTES], c.id);
        const port = await p.expect("READY", deadline);
        const sender = start(peer!, ["stream-send", port, BYTES], "peer");
        line = await p.expect("RESULT", deadline);
        await Promise.all([p.done(deadline), sender.done(deadline)]);
        break;
      }
      case "stream-send": {
        const receiver = start(peer!, ["stream-recv", BYTES], "peer");
        const port = await receiver.expect("READY", deadline);
        const p = start(c.command, ["stream-send", port, BYTES], c.id);
        line = await receiver.expect("RESULT", deadline);
        await Promise.all([p.done(deadline), receiver.done(deadline)]);
        break;
      }
      case "many-1k":
      case "many-10k":
      case "idle-10k":
      case "busy-10": {
        const server = start(c.command, ["echo-server"], c.id);
        const port = await server.expect("READY", deadline);
        const { conns, busy } = w.load!;
        const load = start([cBinary], [
          "load",
          port,
          conns,
          busy,
          1024,
          SECONDS,
          ECHO_WARMUP,
        ], "load");
        line = await load.expect("RESULT", deadline);
        await load.done(deadline);
        break;
      }
      case "rr-async":
      case "rr": {
        const echo = start(peer!, ["peer-echo"], "peer");
        const port = await echo.expect("READY", deadline);
        const p = start(c.command, [w.id, port, SECONDS, WARMUP], c.id);
        line = await p.expect("RESULT", deadline);
        await p.done(deadline);
        break;
      }
      case "connect": {
        const acceptor = start(peer!, ["peer-accept"], "peer");
        const port = await acceptor.expect("READY", deadline);
        const p = start(c.command, [
          "connect",
          port,
          SECONDS,
          WARMUP,
          MAX_CONNECTIONS,
        ], c.id);
        line = await p.expect("RESULT", deadline);
        await p.done(deadline);
        break;
      }
      default:
        throw new Error(`Unknown workload ${w.id}`);
    }
    return w.value(JSON.parse(line) as Result);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new Error(`${message} [${procs.map((p) => p.state()).join("; ")}]`);
  } finally {
    await Promise.all(procs.map((p) => p.reap()));
  }
}
