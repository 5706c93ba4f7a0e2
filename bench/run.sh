#!/usr/bin/env bash
# `deno task bench`: builds the C contender, then runs every workload for
# every contender (bench/main.ts) and writes bench/results.{json,md}.
# `bash bench/run.sh profile` instead measures what each call costs on the
# JavaScript side (bench/profile/main.ts) and writes bench/profile.md.
# BENCH_QUICK=1 makes the benchmark a short smoke test; see bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

export PATH="$PWD/node_modules/.bin:$PATH"
if ! command -v deno >/dev/null || ! command -v bun >/dev/null; then
  if command -v npm >/dev/null; then
    npm install --no-audit --no-fund --silent
  else
    echo "bench: deno and bun come from npm: run npm install first" >&2
    exit 1
  fi
fi

mkdir -p bench/.build
rm -f bench/.build/bench_c bench/.build/libfake_io.so bench/.build/libfake_life.so
if command -v gcc >/dev/null; then
  gcc -O2 -Wall -o bench/.build/bench_c bench/c/bench.c
else
  echo "bench: gcc not found: skipping the C contender (no ratios to C; CPython plays the peer)" >&2
fi

if [ "${1:-}" = "profile" ]; then
  if ! command -v gcc >/dev/null; then
    echo "bench: the profile needs gcc (it builds bench/profile/fake_io.c)" >&2
    exit 1
  fi
  # -lc as a NEEDED entry: every symbol the stand-in lacks resolves to libc.
  gcc -O2 -Wall -shared -fPIC -o bench/.build/libfake_io.so bench/profile/fake_io.c -Wl,--no-as-needed -lc
  gcc -O2 -Wall -shared -fPIC -DFAKE_LIFECYCLE -o bench/.build/libfake_life.so bench/profile/fake_io.c \
    -Wl,--no-as-needed -lc
  exec deno run --allow-all bench/profile/main.ts
fi

if ! command -v python3 >/dev/null; then
  echo "bench: python3 not found: skipping the CPython contender" >&2
fi
# (f) opens 10,000 connections in one process: raise the soft descriptor
# limit to the hard one (the harness's own processes only; the library never
# changes it). main.ts skips what the limit cannot hold.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
export BENCH_NOFILE="$(ulimit -n)"
exec deno run --allow-all bench/main.ts
