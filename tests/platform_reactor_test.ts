/**
 * The reactor's `struct epoll_event` layouts checked against the C headers
 * of each Linux target the library supports: x86_64's (packed) is also
 * checked by `platform_linux_test.ts` with this machine's gcc; here Zig's
 * glibc and musl headers (`tests/_zig.ts`, nothing runs) give the aarch64
 * layout (`arm64Layouts`) and musl's x86_64 one; Apple's SDK headers give
 * macOS's kqueue numbers and `struct kevent` on arm64 and x86_64. Skips
 * with one line when there is no Zig.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { arm64Layouts, layouts } from "../platform/linux.ts";
import { reactor as darwinReactor } from "../platform/darwin.ts";
import { probeValues, whyNoZig } from "./_zig.ts";
import { it } from "./_skip.ts";

const T = "struct epoll_event";
const PROBES = [
  { key: "size", expr: `sizeof(${T})` },
  { key: "events", expr: `offsetof(${T}, events)` },
  { key: "events_z", expr: `sizeof(((${T} *)0)->events)` },
  { key: "data", expr: `offsetof(${T}, data)` },
  { key: "data_z", expr: `sizeof(((${T} *)0)->data)` },
];

describe("struct epoll_event on every Linux target", () => {
  const skip = whyNoZig();
  const cases = [
    ["aarch64-linux-gnu", arm64Layouts.epoll_event],
    ["aarch64-linux-musl", arm64Layouts.epoll_event],
    ["x86_64-linux-musl", layouts.epoll_event],
    ["x86_64-linux-gnu", layouts.epoll_event],
  ] as const;
  for (const [target, layout] of cases) {
    it(`${target}: size and field offsets match the headers`, { skip }, () => {
      const { values: v } = probeValues(
        target,
        "#include <stddef.h>\n#include <sys/epoll.h>",
        PROBES,
      );
      assert.deepEqual(
        {
          size: v.get("size"),
          events: [v.get("events"), v.get("events_z")],
          data: [v.get("data"), v.get("data_z")],
        },
        {
          size: layout.size,
          events: [...layout.fields.events],
          data: [...layout.fields.data],
        },
      );
    });
  }
});

describe("kqueue's numbers and structs on macOS", () => {
  const skip = whyNoZig();
  const probes = [
    ...Object.keys(darwinReactor.constants).map((name) => ({
      key: `c:${name}`,
      expr: name,
    })),
  ];
  for (const [name, l] of Object.entries(darwinReactor.layouts ?? {})) {
    probes.push({ key: `s:${name}`, expr: `sizeof(struct ${name})` });
    for (const field of Object.keys(l.fields)) {
      probes.push(
        {
          key: `o:${name}:${field}`,
          expr: `offsetof(struct ${name}, ${field})`,
        },
        {
          key: `z:${name}:${field}`,
          expr: `sizeof(((struct ${name} *)0)->${field})`,
        },
      );
    }
  }
  for (const target of ["aarch64-macos", "x86_64-macos"]) {
    it(`${target}: the reactor table matches sys/event.h`, { skip }, () => {
      const { values: v } = probeValues(
        target,
        "#include <stddef.h>\n#include <sys/types.h>\n#include <sys/event.h>\n#include <sys/time.h>",
        probes,
      );
      const actual: Record<string, unknown> = {};
      const expected: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(darwinReactor.constants)) {
        actual[name] = v.get(`c:${name}`);
        expected[name] = value;
      }
      for (const [name, l] of Object.entries(darwinReactor.layouts ?? {})) {
        actual[name] = v.get(`s:${name}`);
        expected[name] = l.size;
        for (const [field, where] of Object.entries(l.fields)) {
          actual[`${name}.${field}`] = [
            v.get(`o:${name}:${field}`),
            v.get(`z:${name}:${field}`),
          ];
          expected[`${name}.${field}`] = [...where];
        }
      }
      assert.deepEqual(actual, expected);
    });
  }
});
