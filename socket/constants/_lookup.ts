/**
 * How the generated constant files read the running platform's table.
 * Private to `socket/constants/`.
 *
 * @module
 */
import { constants, os } from "../../platform/mod.ts";

/**
 * The value of a constant that Linux, macOS and Windows all define. A table
 * without it is a bug in the table (the platform tests compare every table
 * with its C headers), so it fails loudly at load.
 */
export function defined(name: string): number {
  const value: number | undefined = constants[name];
  if (value === undefined) {
    throw new Error(`Constant ${name} is missing from the ${os} table`);
  }
  return value;
}

/** The value of a constant some supported platform lacks, or `undefined`. */
export function maybe(name: string): number | undefined {
  return constants[name];
}
