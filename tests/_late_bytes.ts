/**
 * A Proxy of `target` (a plain object or a function) that is no
 * `Uint8Array` to its first three `instanceof` checks and one after, and
 * reads as the bytes `bytes`: what an address check must not be fooled by
 * (tests/socket_order_test.ts; tests/_permissions_child.ts, which runs
 * under narrow permissions and so imports nothing else of the tests).
 */
export function lateBytes(bytes: Uint8Array, target: object = {}): string {
  let prototypeReads = 0;
  return new Proxy(target, {
    getPrototypeOf() {
      return ++prototypeReads > 3 ? Uint8Array.prototype : Object.prototype;
    },
    get(_target, key) {
      if (key === "length") return bytes.length;
      if (typeof key === "string" && /^\d+$/.test(key)) {
        return bytes[Number(key)];
      }
      return undefined;
    },
  }) as unknown as string;
}
