// `npm run appendix`: compiles the command line when it is out of date (scripts/build-cli.mjs),
// then runs it in this same process: a second node start for the check alone cost about 0.2 s of
// CPU on every run (measured on the 10,600-unit bench workbook, issue 10).
import { resolve } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { build, isStale } from "./build-cli.mjs";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const config = resolve(root, "tsconfig.cli.json");
const status = isStale(config) ? build(config) : 0;
if (status === 0) createRequire(import.meta.url)("../bin/poverty-appendix.js");
else process.exitCode = status;
