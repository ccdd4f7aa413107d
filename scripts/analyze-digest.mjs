// The engine's output, fingerprinted: a SHA-256 of JSON.stringify(analyze(...)) for the bench
// workbooks (9, 700 and 10,600 units) and for every field-test workbook in test/fixtures/field, each
// with a few option sets (a one-year plan, a goal shared over the units, a period plan, a summary).
// A speed change must leave every line unchanged: run it before and after, and diff the outputs.
// Usage: node scripts/analyze-digest.mjs (compiles build/cli first when it is out of date)
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { benchWorkbook } from "./bench-workbook.mjs";
import { build, isStale } from "./build-cli.mjs";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const cliConfig = join(root, "tsconfig.cli.json");
if (isStale(cliConfig) && build(cliConfig) !== 0) process.exit(1);
const require = createRequire(import.meta.url);
const { analyze } = require("../build/cli/engine/index.js");
const { readWorkbookBuffer, workbookToGrids } = require("../build/cli/xlsx/read-workbook.js");

const OPTION_SETS = {
  plain: {},
  goal: { targetRateReduction: 1.5, minimumTarget: 2, detail: true },
  period: { planYears: 5, targetHouseholds: 300 },
  summary: { summary: true, targetHouseholds: 120, chart: false },
};

const digest = (analysis) => createHash("sha256").update(JSON.stringify(analysis)).digest("hex");

function printDigests(name, grids) {
  for (const [label, options] of Object.entries(OPTION_SETS)) {
    console.log(`${digest(analyze(grids, options))}  ${name} ${label}`);
  }
}

for (const units of [9, 700, 10_600]) printDigests(`bench ${units} units`, workbookToGrids(benchWorkbook(units)));

const fieldDir = join(root, "test/fixtures/field");
for (const file of readdirSync(fieldDir).filter((f) => f.endsWith(".xlsx")).sort()) {
  const workbook = await readWorkbookBuffer(readFileSync(join(fieldDir, file)), file);
  printDigests(file, workbookToGrids(workbook));
}
