/**
 * The runtime's permission model, for the library to honour it: Deno's
 * `--allow-net`, `--allow-read`, `--allow-write` and `--allow-sys` (queried, and
 * requested where Deno would prompt); Bun has none, so everything is
 * granted there.
 *
 * @module
 */

/** What a permission check asks for: Deno's permission descriptors. */
export type PermissionDescriptor =
  | { readonly name: "net"; readonly host?: string }
  | { readonly name: "read"; readonly path?: string }
  | { readonly name: "write"; readonly path?: string }
  | { readonly name: "sys"; readonly kind?: "hostname" };

/** A permission's state, as Deno reports it. */
export type PermissionState = "granted" | "denied" | "prompt";

interface DenoPermissions {
  permissions: {
    querySync(d: PermissionDescriptor): { state: PermissionState };
    requestSync(d: PermissionDescriptor): { state: PermissionState };
  };
}

const deno: DenoPermissions | undefined =
  (globalThis as { Deno?: DenoPermissions }).Deno;

/** True where the runtime has a permission model (Deno). */
export const hasPermissions: boolean = deno !== undefined;

/**
 * The state of `descriptor` now, without prompting: always `"granted"`
 * where the runtime has no permission model. A descriptor the runtime
 * cannot parse (an odd host name) is `"denied"`.
 */
export function queryPermission(
  descriptor: PermissionDescriptor,
): PermissionState {
  if (!deno) return "granted";
  try {
    return deno.permissions.querySync(descriptor).state;
  } catch {
    return "denied";
  }
}

/**
 * Asks for `descriptor` as the runtime's own APIs would: Deno prompts on a
 * terminal when no flag decided it (and denies without one).
 */
export function requestPermission(
  descriptor: PermissionDescriptor,
): PermissionState {
  if (!deno) return "granted";
  try {
    return deno.permissions.requestSync(descriptor).state;
  } catch {
    return "denied";
  }
}
