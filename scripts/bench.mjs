// npm run bench [-- --json] [-- --units N]: how fast the product is on province-sized and national
// tables (9, 700 and 10,600 units), in one run on this machine. For reading by people, never for
// tests (tests assert counts and sizes only). Per unit count:
// - the command line end to end (`npm run appendix`, as the README says) against exceljs alone
//   reading and writing the same workbook (scripts/bench-bare.mjs), side by side, and their ratio;
// - the engine per stage (detectTables, validateTable, buildPlan, appendixLayout) and analyze whole;
// - the appendix write (addAppendixSheet, then the workbook read from its file to an .xlsx buffer);
// - the Office adapter against the tests' fake Excel host: syncs, largest request and response.
// Then the bundle sizes in dist/ (raw and gzipped), if it was built.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { benchWorkbook } from "./bench-workbook.mjs";
import { bundleSizes } from "./bench-bundle.mjs";
import { median, runProcess, timeRuns } from "./bench-measure.mjs";
import { build, isStale } from "./build-cli.mjs";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const require = createRequire(import.meta.url);
const engine = require("../build/cli/engine/index.js");
const { readWorkbookBuffer, workbookToGrids } = require("../build/cli/xlsx/read-workbook.js");
const { addAppendixSheet } = require("../build/cli/xlsx/write-appendix.js");
const { workbookBytes } = require("../build/cli/xlsx/chart-part.js");
const ExcelJS = require("exceljs");

const json = process.argv.includes("--json");
const unitsArg = process.argv.indexOf("--units");
const UNIT_COUNTS = unitsArg > 0 ? [Number(process.argv[unitsArg + 1])] : [9, 700, 10_600];
/** Runs per measurement: fewer for the large table, whose command line alone takes seconds. */
const repeats = (units) => (units > 5000 ? { process: 3, engine: 5, write: 2 } : { process: 3, engine: 20, write: 5 });

const benchConfig = join(root, "scripts/tsconfig.bench.json");
if (isStale(benchConfig)) {
  process.stderr.write("bench: compiling the Office adapter and the fake Excel host (build/bench)…\n");
  if (build(benchConfig) !== 0) process.exit(1);
}
const { officeRun } = await import("./bench-office.mjs");

/**
 * `npm run appendix` and the bare exceljs round trip, alternated so both see the same machine load;
 * also the round trip of the command line's output, which holds the appendix too: what exceljs
 * alone needs for the workbook the command line writes.
 */
function commandLine(input, dir, times) {
  const runs = { cli: [], bare: [], bareOfOutput: [] };
  const output = join(dir, "cli.xlsx");
  const bare = (file) => runProcess(process.execPath, [join(root, "scripts/bench-bare.mjs"), file, join(dir, "bare.xlsx")], { cwd: root });
  for (let i = 0; i < times; i++) {
    runs.bare.push(bare(input));
    runs.cli.push(runProcess("npm", ["run", "--silent", "appendix", "--", input, "-o", output], { cwd: root }));
    runs.bareOfOutput.push(bare(output));
  }
  const summary = (list) => ({ wallMs: median(list.map((r) => r.wallMs)), cpuMs: list[0].cpuMs === null ? null : median(list.map((r) => r.cpuMs)) });
  const [cli, bareInput, bareOutput] = [summary(runs.cli), summary(runs.bare), summary(runs.bareOfOutput)];
  const ratio = (a, b) => ({ wall: a.wallMs / b.wallMs, cpu: a.cpuMs === null ? null : a.cpuMs / b.cpuMs });
  return { cli, bare: bareInput, ratio: ratio(cli, bareInput), bareOfOutput: bareOutput, ratioToOutput: ratio(cli, bareOutput) };
}

/** The engine's stages as analyze runs them, each timed on its own. */
async function engineStages(grids, times) {
  const [grid] = grids;
  const tables = engine.detectTables(grid).tables;
  const growth = engine.planGrowth(tables, {});
  const plan = engine.buildPlan(tables, {}).plan;
  return {
    detect: await timeRuns(() => engine.detectTables(grid), times),
    validate: await timeRuns(() => tables.forEach((table) => engine.validateTable(table, growth)), times),
    plan: await timeRuns(() => engine.buildPlan(tables, {}), times),
    layout: await timeRuns(() => engine.appendixLayout(plan), times),
    analyze: await timeRuns(() => engine.analyze(grids, {}), times),
  };
}

async function appendixWrite(input, layout, times) {
  const addSheet = await timeRuns(() => addAppendixSheet(new ExcelJS.Workbook(), layout), times);
  // As the command line writes it: the workbook read from its file, the appendix grafted into its package.
  const workbook = await readWorkbookBuffer(readFileSync(input), input);
  addAppendixSheet(workbook, layout);
  const writeBuffer = await timeRuns(() => workbookBytes(workbook), times);
  return { addSheet, writeBuffer };
}

async function measure(units, dir) {
  const input = join(dir, `units-${units}.xlsx`);
  const source = benchWorkbook(units);
  await source.xlsx.writeFile(input);
  const grids = workbookToGrids(source);
  const analysis = engine.analyze(grids, {});
  if (!analysis.layout) throw new Error(`no appendix for ${units} units: ${JSON.stringify(analysis.issues.slice(0, 3))}`);
  const times = repeats(units);
  return {
    units,
    commandLine: commandLine(input, dir, times.process),
    engine: await engineStages(grids, times.engine),
    appendixWrite: await appendixWrite(input, analysis.layout, times.write),
    fakeExcel: await officeRun(grids, analysis.layout),
  };
}

const machine = { cores: cpus().length, cpu: cpus()[0]?.model ?? "unknown", node: process.version, loadAverage: loadavg()[0] };
const dir = mkdtempSync(join(tmpdir(), "bench-"));
const results = [];
try {
  for (const units of UNIT_COUNTS) {
    if (!json) process.stderr.write(`bench: ${units} units…\n`);
    results.push(await measure(units, dir));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const bundle = bundleSizes(join(root, "dist"));

if (json) {
  console.log(JSON.stringify({ machine, results, bundle }, null, 2));
} else {
  const { printReport } = await import("./bench-report.mjs");
  printReport(machine, results, bundle);
}
