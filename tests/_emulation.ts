/**
 * Whether the suite runs under an emulator (`.ci/run` runs it under
 * qemu-user for arm64 and says so in `BERKELEY_SOCKET_TEST_EMULATION`).
 * There, code runs 20-30 times slower and child runtimes take tens of
 * seconds to start: the few tests that bound wall-clock time skip, saying
 * so; everything else runs as on the machine it emulates.
 */
import process from "node:process";
import { runtime } from "../ffi/mod.ts";

const name: string | undefined = (() => {
  try {
    return process.env.BERKELEY_SOCKET_TEST_EMULATION || undefined;
  } catch {
    return undefined; // Deno without --allow-env: not under the CI's emulator
  }
})();

/** The emulator's name, or false when the suite runs natively. */
export const emulation: string | false = name ?? false;

/** A skip reason for a test that bounds wall-clock time, or false. */
export const timingSkip: string | false = emulation
  ? `it bounds wall-clock time, which ${emulation} (20-30x slower) cannot meet; it runs natively in the same CI`
  : false;

/**
 * Why resizable ArrayBuffers cannot be made here, or false: under qemu-user
 * JavaScriptCore's reservation for one fails (mprotect ENOMEM) and Bun
 * aborts; V8 (Deno) makes them there.
 */
export const noResizableBuffers: string | false = emulation && runtime === "bun"
  ? `Bun aborts making a resizable ArrayBuffer under ${emulation} (JavaScriptCore's mprotect fails with ENOMEM)`
  : false;

/**
 * Why the fuzz slice does not run here, or false: under qemu-user, Bun's run
 * of it after the rest of the suite killed the emulator itself in three
 * full CI runs (SIGSEGV with no crash report from Bun) and then hung once,
 * though the slice alone ran clean there 21 times. Not the reactor's doing,
 * as far as is known: every wait in the slice ends by its 2-10 ms timeout
 * (with a background thread that never answers, its results are the same).
 * It runs natively on both runtimes, under qemu-user on Deno, and on both
 * in the qemu-system VM (a real kernel, no user-mode emulator).
 */
export const noFuzz: string | false =
  emulation && emulation.startsWith("qemu-user") && runtime === "bun"
    ? `under ${emulation}, Bun's run of the fuzz slice after the rest of the suite has killed the emulator (SIGSEGV, no crash report from Bun) and hung; it runs natively and on Deno there`
    : false;

/**
 * Why a sendmsg() of no buffers cannot be checked here, or false: qemu-user
 * (7.2, Debian 12's) translates a `msghdr` with `msg_iovlen` 0 into no system
 * call at all and returns 0, so the empty datagram the kernel would send is
 * never sent (seen under the arm64 builds of both runtimes: the receiver
 * waited for it until CI's time ran out). The kernel itself sends it, on
 * this machine and in the qemu-system VM.
 */
export const noEmptyIovec: string | false =
  emulation && emulation.startsWith("qemu-user")
    ? `${emulation} returns 0 from a sendmsg() of no iovecs without making the call, so no datagram is sent (the kernel sends one: checked natively and in the VM)`
    : false;
