#!/usr/bin/env node
// Runs the compiled command line (npm run build:cli compiles src/ to build/cli).
const { main } = require("../build/cli/cli/main.js");

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 2;
  },
);
