// npm run bench: how long the engine and the .xlsx writer take on province-sized and very large
// tables (the compiled command line in build/cli). Timings are for reading by people, not for tests.
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";

const require = createRequire(import.meta.url);
const { analyze } = require("../build/cli/engine/analysis.js");
const { addAppendixSheet } = require("../build/cli/xlsx/write-appendix.js");
const ExcelJS = require("exceljs");

function unitGrid(units) {
  const values = [["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Khẩu nghèo", "Tỷ lệ (%)", "Số hộ nghèo phấn đấu giảm"]];
  for (let i = 1; i <= units; i++) {
    const households = 500 + ((i * 7919) % 20000);
    const poor = Math.floor(households * (((i * 31) % 17) / 100 + 0.01));
    values.push([i, `Xã ${i}`, households, poor, poor * 3, Math.round((poor / households) * 10000) / 100, Math.floor(poor / 10)]);
  }
  return { sheet: "Số liệu", origin: "A1", values, merges: [] };
}

async function time(label, run, repeat) {
  await run();
  const start = performance.now();
  for (let i = 0; i < repeat; i++) await run();
  const ms = (performance.now() - start) / repeat;
  console.log(`${label.padEnd(44)} ${ms.toFixed(1).padStart(9)} ms`);
}

for (const units of [9, 700, 10600]) {
  const grid = unitGrid(units);
  const repeat = units > 1000 ? 3 : 20;
  await time(`analyze, ${units} units`, () => analyze([grid], {}), repeat);
  await time(`analyze with a goal of 0.4 points, ${units} units`, () => analyze([grid], { targetRateReduction: 0.4 }), repeat);
  const layout = analyze([grid], {}).layout;
  await time(`appendix sheet to an .xlsx buffer, ${units} units`, () => {
    const workbook = new ExcelJS.Workbook();
    addAppendixSheet(workbook, layout);
    return workbook.xlsx.writeBuffer();
  }, 1);
}
