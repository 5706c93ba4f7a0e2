// What Node.js loads for @berkeley/socket (package.json's "node" export
// condition): the library calls the C library through Deno's or Bun's FFI,
// which Node.js has not, so importing it there fails with one line.
throw new Error(
  "@berkeley/socket runs on Deno and Bun, whose FFI lets it call the C " +
    `library; Node.js ${
      globalThis.process?.versions?.node ?? ""
    } has no such FFI`,
);
