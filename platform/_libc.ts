/**
 * A platform table seen through one C library's differences (musl's from
 * glibc's): what `platform/mod.ts` exports once it knows which C library
 * it loaded.
 *
 * @module
 */
import type { Layouts, LibcVariant, StructLayout } from "./types.ts";

/** The constants of `base` with `variant`'s values, its absent names left out. */
export function variantConstants(
  base: Readonly<Record<string, number>>,
  variant: LibcVariant | undefined,
): Readonly<Record<string, number>> {
  if (!variant) return base;
  const absent = new Set(variant.absent);
  const out: Record<string, number> = {};
  for (const [name, value] of Object.entries(base)) {
    if (!absent.has(name)) out[name] = variant.constants[name] ?? value;
  }
  return Object.freeze(out);
}

/** The layouts of `base` with `variant`'s structs in their place. */
export function variantLayouts(
  base: Layouts,
  variant: LibcVariant | undefined,
): Layouts {
  if (!variant) return base;
  const out: Record<string, StructLayout> = { ...base };
  for (const [name, l] of Object.entries(variant.layouts)) out[name] = l;
  return Object.freeze(out);
}
