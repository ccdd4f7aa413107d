// The engine's output, fingerprinted: a SHA-256 of JSON.stringify(analyze(...)) for the bench
// workbooks (9, 700 and 10,600 units) and for every field-test workbook in test/fixtures/field, each
// with a few option sets (a one-year plan, a goal shared over the units, a period plan, a summary).
// A speed change must leave every line unchanged: run it before and after, and diff the outputs.
// With --cells, the appendix sheets cell by cell instead, for a change to how the layout is held:
// a digest of every cell as a host writes it (row, column, value, formula, style, link, in order,
// through layoutCells), one of the rest of the layout, one of the analysis without its layout, and
// the checks sheet's layout after each one-year plan.
// Usage: node scripts/analyze-digest.mjs [--cells] (compiles build/cli first when it is out of date)
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
const { analyze, checksLayout, layoutCells } = require("../build/cli/engine/index.js");
const { readWorkbookBuffer, workbookToGrids } = require("../build/cli/xlsx/read-workbook.js");

const OPTION_SETS = {
  plain: {},
  goal: { targetRateReduction: 1.5, minimumTarget: 2, detail: true },
  period: { planYears: 5, targetHouseholds: 300 },
  summary: { summary: true, targetHouseholds: 120, chart: false },
};

const digest = (analysis) => createHash("sha256").update(JSON.stringify(analysis)).digest("hex");

function layoutDigest(layout) {
  if (!layout) return "no layout";
  const cells = layoutCells(layout).map((c) => [c.row, c.col, c.value, c.formula ?? null, c.style, c.link ?? null]);
  const { sheetName, styles, merges, columnWidths, rowHeights, frozenRows, print, chart, rowCount, columnCount } = layout;
  const rest = { sheetName, styles, merges, columnWidths, rowHeights, frozenRows, print, chart, rowCount, columnCount };
  return `${digest(cells)} ${digest(rest)} ${cells.length} cells`;
}

function cellDigests(grids, options) {
  const { layout, ...analysis } = analyze(grids, options);
  const checks = options.planYears ? "" : `; checks ${layoutDigest(checksLayout(analysis.tables, analysis.issues, "vi"))}`;
  return `${layoutDigest(layout)} ${digest(analysis)}${checks}`;
}

function printDigests(name, grids) {
  for (const [label, options] of Object.entries(OPTION_SETS)) {
    console.log(`${process.argv.includes("--cells") ? cellDigests(grids, options) : digest(analyze(grids, options))}  ${name} ${label}`);
  }
}

for (const units of [9, 700, 10_600]) printDigests(`bench ${units} units`, workbookToGrids(benchWorkbook(units)));

const fieldDir = join(root, "test/fixtures/field");
for (const file of readdirSync(fieldDir).filter((f) => f.endsWith(".xlsx")).sort()) {
  const workbook = await readWorkbookBuffer(readFileSync(join(fieldDir, file)), file);
  printDigests(file, workbookToGrids(workbook));
}
