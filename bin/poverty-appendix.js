#!/usr/bin/env node
// Runs the compiled command line (npm run build:cli compiles src/ to build/cli); exceljs-core first,
// so that exceljs loads without the streaming parts the command line never uses.
require("../build/cli/cli/exceljs-core.js");
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
