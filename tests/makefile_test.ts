/**
 * `makefile()` as Python 3 has it: the file's own reference to the
 * socket, unbuffered and line-buffered files, modes, argument checks, and
 * text files (`io.TextIOWrapper`'s encoding, errors and newline). Each
 * expected value is what Python 3 gives for the same calls.
 */
import { describe } from "node:test";
import assert from "node:assert/strict";
import { constants as C, os } from "../platform/mod.ts";
import { error, SocketFile, socketpair, SocketTextFile } from "../mod.ts";
import { checkFdLeaks } from "./_fd.ts";
import { bytes, Scope } from "./_net.ts";
import { it } from "./_skip.ts";

/** Bytes waiting to be read on `s`. */
function waiting(s: { ioctl(c: number): number }): number {
  return s.ioctl(C.FIONREAD);
}

describe("makefile()", () => {
  checkFdLeaks();

  describe("the file's reference to the socket", () => {
    it("reads after the socket was closed; the descriptor closes with the last file", () => {
      const [a, b] = socketpair();
      b.settimeout(5);
      const f = b.makefile("rb");
      a.sendall("hello\n");
      a.close();
      b.close();
      assert.ok(b.fileno() >= 0);
      assert.deepEqual(f.read(), bytes("hello\n"));
      f.close();
      assert.equal(b.fileno(), -1);
    });

    it("two files: the descriptor stays open until both and the socket are closed", () => {
      const [a, b] = socketpair();
      const r = b.makefile("r");
      const w = b.makefile("w");
      b.close();
      r.close();
      assert.ok(b.fileno() >= 0);
      w.write("still");
      w.close();
      assert.equal(b.fileno(), -1);
      assert.deepEqual(a.recv(8), bytes("still"));
      a.close();
    });

    it("options read once: a getter that throws the second time leaves no reference", () => {
      // Before, makefile() checked the options, counted the file's
      // reference, then read them again to make the text file: a getter
      // that threw then left the reference counted and the descriptor
      // open after close() (found by the fuzz, seed 20261202 case 84274).
      const [a, b] = socketpair();
      let reads = 0;
      const options = {
        get encoding() {
          if (++reads > 1) throw new Error("read twice");
          return "utf-8";
        },
      };
      const f = b.makefile("rt", 16, options);
      assert.equal(reads, 1);
      assert.ok(f instanceof SocketTextFile);
      f.close();
      b.close();
      assert.equal(b.fileno(), -1);
      a.close();
    });

    it("a file made while another is being made keeps its own reference", () => {
      // Before, the file took its release from a module variable after
      // checking the socket, whose getter (here the socket's own `recv`)
      // could make another file in between and clear it: the first
      // file's reference was then never given back, and close() left the
      // descriptor open.
      const [a, b] = socketpair();
      const [c, d] = socketpair();
      let inner: SocketFile | null = null;
      const recv = Object.getOwnPropertyDescriptor(
        Object.getPrototypeOf(b),
        "recv",
      )?.value;
      Object.defineProperty(b, "recv", {
        get() {
          inner ??= d.makefile("rb");
          return recv;
        },
        configurable: true,
      });
      const f = b.makefile("rb");
      assert.ok(inner !== null);
      (inner as SocketFile).close();
      f.close();
      b.close();
      assert.equal(b.fileno(), -1);
      d.close();
      assert.equal(d.fileno(), -1);
      a.close();
      c.close();
    });

    it("a file made directly holds no reference", () => {
      using scope = new Scope();
      const [, b] = scope.all(socketpair());
      const f = new SocketFile(b, "rb");
      b.close();
      assert.equal(b.fileno(), -1);
      f.close();
    });
  });

  describe("buffering", () => {
    it("bufsize 0 reads no more than asked: each file's readline() gets its own line", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      b.settimeout(5);
      a.sendall("one\ntwo\nthree");
      const f = b.makefile("rb", 0);
      assert.deepEqual(f.readline(), bytes("one\n"));
      f.close();
      const g = b.makefile("rb", 0);
      assert.deepEqual(g.readline(), bytes("two\n"));
      assert.deepEqual(g.read(2), bytes("th"));
      g.close();
      assert.deepEqual(b.recv(16), bytes("ree"));
    });

    it("bufsize 1 flushes once per line, not per write", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const f = scope.add(a.makefile("wb", 1));
      f.write("ab");
      f.write("c");
      assert.equal(waiting(b), 0);
      f.write("d\ne");
      assert.deepEqual(b.recv(16), bytes("abcd\ne"));
      f.write("f");
      assert.equal(waiting(b), 0);
      f.flush();
      assert.deepEqual(b.recv(16), bytes("f"));
      // Reading, bufsize 1 buffers as the default does (Python 2's file).
      const r = scope.add(b.makefile("rb", 1));
      a.sendall("one\ntwo\n");
      assert.deepEqual(r.readline(), bytes("one\n"));
      assert.equal(waiting(b), 0);
      assert.deepEqual(r.readline(), bytes("two\n"));
    });
  });

  describe("modes and arguments", () => {
    it("invalid modes raise RangeError; a mode that is not a string TypeError", () => {
      using scope = new Scope();
      const [a] = scope.all(socketpair());
      for (const mode of ["+", "r+", "rw+", "x", "rr", "bt", "a"]) {
        assert.throws(
          () => a.makefile(mode),
          (e: unknown) =>
            e instanceof RangeError && /invalid mode/.test(e.message),
          mode,
        );
      }
      assert.throws(() => a.makefile(Symbol("r") as never), TypeError);
      assert.throws(() => a.makefile(5 as never), TypeError);
    });

    it("bufsize null is Python's buffering=None: the default buffer", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const f = scope.add(a.makefile("w", null, { encoding: "utf-8" }));
      f.write("x");
      assert.equal(waiting(b), 0);
      f.flush();
      assert.deepEqual(b.recv(4), bytes("x"));
      scope.add(a.makefile("rb", null)).close();
    });

    it("a text file cannot be unbuffered (RangeError, as Python's ValueError)", () => {
      using scope = new Scope();
      const [a] = scope.all(socketpair());
      assert.throws(
        () => a.makefile("r", 0, {}),
        /unbuffered streams must be binary/,
      );
      assert.throws(() => a.makefile("rt", 0), RangeError);
    });

    it("new SocketFile() of something that is no socket raises TypeError", () => {
      for (const bad of [{}, null, undefined, 5, "s", []]) {
        assert.throws(
          () => new SocketFile(bad as never),
          (e: unknown) =>
            e instanceof TypeError && /sock must be a socket/.test(e.message),
        );
      }
    });

    it("new SocketTextFile() of a revoked Proxy raises TypeError naming the argument", () => {
      const revoked = Proxy.revocable({}, {});
      revoked.revoke();
      assert.throws(() => new SocketTextFile(revoked.proxy as never, "r"), {
        name: "TypeError",
        message: "SocketTextFile(): buffer must be a SocketFile, got an object",
      });
    });

    it("new SocketTextFile() of a Proxy or imitation of a SocketFile raises TypeError naming the argument", () => {
      // Before, `instanceof` took both, and the text file's first use
      // failed with the engine's error about SocketFile's private fields.
      using scope = new Scope();
      const [, b] = scope.all(socketpair());
      const f = new SocketFile(b, "rb");
      for (
        const fake of [new Proxy(f, {}), Object.create(SocketFile.prototype)]
      ) {
        assert.throws(() => new SocketTextFile(fake, "r"), {
          name: "TypeError",
          message:
            "SocketTextFile(): buffer must be a SocketFile, got a Proxy or imitation of a SocketFile",
        });
      }
      assert.equal(new SocketTextFile(f, "r").closed, false);
      f.close();
    });

    it("writelines() of something that is no iterable raises TypeError and writes nothing", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const f = scope.add(a.makefile("wb", 0));
      assert.throws(() => f.writelines(5 as never), TypeError);
      assert.throws(() => f.writelines(["ok", 5] as never), TypeError);
      assert.equal(waiting(b), 0);
    });

    it("reading a write-only file and writing a read-only one raise error", () => {
      using scope = new Scope();
      const [a] = scope.all(socketpair());
      const w = scope.add(a.makefile("w"));
      const r = scope.add(a.makefile("r"));
      assert.throws(() => w.read(1), error);
      assert.throws(() => r.write("x"), error);
      assert.deepEqual([r.readable(), r.writable(), w.readable()], [
        true,
        false,
        false,
      ]);
    });
  });

  describe("iteration (Python's for line in f)", () => {
    it("a binary file yields each line, the last one without its newline, then stops", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const f = scope.add(b.makefile("rb"));
      a.sendall("one\ntwo\r\n\nlast");
      a.shutdown(1); // SHUT_WR
      assert.deepEqual([...f], [
        bytes("one\n"),
        bytes("two\r\n"),
        bytes("\n"),
        bytes("last"),
      ]);
      assert.deepEqual([...f], []); // at end of stream, as Python's
    });

    it("a text file yields strings, newlines translated; an unbuffered binary one too", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const t = scope.add(b.makefile("rt"));
      a.sendall("héllo\r\nwörld\r");
      a.shutdown(1); // SHUT_WR
      const lines: string[] = [];
      for (const line of t) lines.push(line);
      assert.deepEqual(lines, ["héllo\n", "wörld\n"]);
      const [c, d] = scope.all(socketpair());
      const u = scope.add(d.makefile("rb", 0));
      c.sendall("x\ny\n");
      const it = u[Symbol.iterator]();
      assert.deepEqual(it.next(), { value: bytes("x\n"), done: false });
      assert.equal(waiting(d), 2); // unbuffered: nothing read past the line
      c.close();
      assert.deepEqual([...it], [bytes("y\n")]);
    });

    it("a closed file raises RangeError at once; a write-only one when read", () => {
      using scope = new Scope();
      const [, b] = scope.all(socketpair());
      const r = b.makefile("rb");
      r.close();
      assert.throws(() => r[Symbol.iterator](), {
        name: "RangeError",
        message: "I/O operation on closed file",
      });
      const t = b.makefile("rt");
      t.close();
      assert.throws(() => t[Symbol.iterator](), {
        name: "RangeError",
        message: "I/O operation on closed file",
      });
      const w = scope.add(b.makefile("wb"));
      const it = w[Symbol.iterator]();
      assert.throws(() => it.next(), (e) => {
        assert.ok(e instanceof error);
        assert.equal(e.message, "File not open for reading");
        return true;
      });
    });
  });

  describe("text files", () => {
    it("read(n) counts characters; universal newlines; newlines, mode, encoding", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const f = scope.add(b.makefile("r", -1, { encoding: "utf-8" }));
      assert.ok(f instanceof SocketTextFile);
      a.sendall(bytes("héllo\r\nwörld\rx\ny"));
      a.close();
      assert.equal(f.read(3), "hél");
      assert.equal(f.readline(), "lo\n");
      assert.deepEqual(f.readlines(), ["wörld\n", "x\n", "y"]);
      assert.deepEqual(f.newlines, ["\r", "\n", "\r\n"]);
      assert.deepEqual([f.mode, f.encoding, f.errors], [
        "r",
        "utf-8",
        "strict",
      ]);
    });

    it('"t" in the mode makes a text file; read() of a split character waits for the rest', () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      b.settimeout(5);
      const f = scope.add(b.makefile("rt"));
      const smile = bytes("😀");
      a.sendall(smile.subarray(0, 2));
      a.sendall(smile.subarray(2));
      a.sendall("!");
      assert.equal(f.read(2), "😀!");
    });

    it('errors "strict" raises RangeError, "replace" and "ignore" as Python', () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const r = scope.add(b.makefile("r", -1, { errors: "replace" }));
      a.sendall(new Uint8Array([0x61, 0xff, 0x62, 0xe2, 0x82]));
      a.sendall(new Uint8Array([0xac, 0x63, 0x0a]));
      assert.equal(r.readline(), "a\ufffdb€c\n");
      r.close();
      const g = scope.add(b.makefile("r", -1, { errors: "ignore" }));
      a.sendall(new Uint8Array([0x61, 0xff, 0x62, 0xe2, 0x82]));
      a.sendall(new Uint8Array([0xac, 0x63, 0x0a]));
      assert.equal(g.readline(), "ab€c\n");
      g.close();
      const s = scope.add(b.makefile("r", -1, {}));
      a.sendall(new Uint8Array([0xff, 0x0a]));
      assert.throws(() => s.readline(), RangeError);
    });

    it("write() returns characters written and translates newlines as newline says", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const crlf = scope.add(a.makefile("w", -1, { newline: "\r\n" }));
      assert.equal(crlf.write("é😀\n"), 3);
      crlf.flush();
      assert.deepEqual(b.recv(100), bytes("é😀\r\n"));
      const native = scope.add(a.makefile("wt"));
      native.write("x\ny");
      native.flush();
      assert.deepEqual(
        b.recv(100),
        bytes(os === "windows" ? "x\r\ny" : "x\ny"),
      );
      const none = scope.add(a.makefile("w", -1, { newline: "" }));
      none.write("x\r\ny\rz\n");
      none.flush();
      const r = scope.add(b.makefile("r", -1, { newline: "" }));
      assert.deepEqual([r.readline(), r.readline(), r.readline()], [
        "x\r\n",
        "y\r",
        "z\n",
      ]);
      const cr = scope.add(b.makefile("r", -1, { newline: "\r" }));
      a.sendall("p\nq\rs\r\n");
      assert.deepEqual([cr.readline(), cr.readline()], ["p\nq\r", "s\r"]);
    });

    it("latin-1 and ascii; unknown encodings and bad options raise", () => {
      using scope = new Scope();
      const [a, b] = scope.all(socketpair());
      const w = scope.add(
        a.makefile("w", -1, { encoding: "latin-1", newline: "\n" }),
      );
      w.write("é\n");
      w.flush();
      assert.deepEqual(b.recv(8), new Uint8Array([0xe9, 0x0a]));
      const asc = scope.add(a.makefile("w", -1, { encoding: "ascii" }));
      assert.throws(() => asc.write("é"), RangeError);
      assert.throws(
        () => a.makefile("r", -1, { encoding: "klingon" }),
        RangeError,
      );
      assert.throws(() => a.makefile("r", -1, { newline: "x" }), RangeError);
      assert.throws(
        () => a.makefile("r", -1, { errors: 5 } as never),
        TypeError,
      );
      assert.throws(() => a.makefile("r", -1, null as never), TypeError);
    });
  });
});
