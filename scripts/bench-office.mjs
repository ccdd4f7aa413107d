// The Office adapter against the tests' fake Excel host (test/helpers/fake-excel*), for `npm run
// bench`: syncs and their largest request and response when reading every sheet and writing the
// appendix. Compiled with scripts/tsconfig.bench.json into build/bench (no ts-node, no jest).
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";

const require = createRequire(import.meta.url);
const { FakeExcel, installOffice } = require("../build/bench/test/helpers/fake-excel.js");
const { readGrids } = require("../build/bench/src/office/read-grids.js");
const { writeAppendix } = require("../build/bench/src/office/write-appendix.js");

function syncsSince(excel, first) {
  const syncs = excel.syncs.slice(first);
  return {
    syncs: syncs.length,
    largestRequestBytes: Math.max(0, ...syncs.map((s) => s.requestBytes)),
    largestResponseBytes: Math.max(0, ...syncs.map((s) => s.responseBytes)),
  };
}

/** The grids as sheets of a fake Excel (ExcelApi 1.13), read back and the layout written. */
export async function officeRun(grids, layout) {
  const excel = new FakeExcel("1.13");
  installOffice(excel);
  for (const grid of grids) {
    excel.addSheet(grid.sheet, grid.values, { origin: grid.origin, formats: grid.numberFormats, merges: grid.merges });
  }
  let start = performance.now();
  await readGrids(excel.context, { kind: "all" });
  const read = { ...syncsSince(excel, 0), wallMs: performance.now() - start };
  const before = excel.syncs.length;
  start = performance.now();
  await writeAppendix(excel.context, layout);
  const write = { ...syncsSince(excel, before), wallMs: performance.now() - start };
  return { read, write };
}
