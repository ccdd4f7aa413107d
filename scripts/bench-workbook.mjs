// A province's review workbook with any number of units, for `npm run bench` and profiling: a title,
// a two-row merged header, counts with `#,##0`, rates as ROUND formulas with their cached results,
// a SUM total row — as scripts/make-sample.mjs writes the sample, but with made-up numbers.
// Run on its own: node scripts/bench-workbook.mjs UNITS FILE
import ExcelJS from "exceljs";
import { fileURLToPath } from "node:url";

const FONT = { name: "Times New Roman", size: 11 };
const THIN = { style: "thin" };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const COUNT_COLUMNS = [3, 4, 5, 7];

/** Deterministic made-up figures for unit i: households, poor, persons, target. */
function unitFigures(i) {
  const households = 500 + ((i * 7919) % 20000);
  const poor = Math.floor(households * (((i * 31) % 17) / 100 + 0.01));
  return [households, poor, poor * 3, Math.floor(poor / 10)];
}

function round2(value) {
  return Math.round(Number((value * 100).toPrecision(15))) / 100;
}

/** The workbook in memory: one sheet "Rà soát 2020" with `units` communes and a total row. */
export function benchWorkbook(units) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Rà soát 2020");
  sheet.getCell("A1").value = "KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2020 VÀ CHỈ TIÊU GIẢM HỘ NGHÈO NĂM 2021";
  sheet.mergeCells("A1:G1");
  const header = [
    ["TT", "Xã, phường, thị trấn", "Kết quả rà soát năm 2020", null, null, null, "Chỉ tiêu năm 2021"],
    [null, null, "Tổng số hộ dân", "Số hộ nghèo", "Khẩu nghèo", "Tỷ lệ hộ nghèo (%)", "Số hộ nghèo phấn đấu giảm"],
  ];
  header.forEach((line, r) => line.forEach((text, c) => text && (sheet.getCell(3 + r, 1 + c).value = text)));
  for (const area of ["A3:A4", "B3:B4", "C3:F3"]) sheet.mergeCells(area);
  const first = 5;
  const sums = [0, 0, 0, 0];
  for (let i = 1; i <= units; i++) {
    const r = first + i - 1;
    const [households, poor, persons, target] = unitFigures(i);
    [households, poor, persons, target].forEach((n, k) => (sums[k] += n));
    sheet.getRow(r).values = [i, `Xã ${i}`, households, poor, persons, { formula: `ROUND(D${r}/C${r}*100,2)`, result: round2((poor / households) * 100) }, target];
  }
  const total = first + units;
  const last = total - 1;
  sheet.getCell(total, 1).value = "Toàn tỉnh";
  sheet.mergeCells(total, 1, total, 2);
  COUNT_COLUMNS.forEach((col, k) => {
    const letter = String.fromCharCode(64 + col);
    sheet.getCell(total, col).value = { formula: `SUM(${letter}${first}:${letter}${last})`, result: sums[k] };
  });
  sheet.getCell(total, 6).value = { formula: `ROUND(D${total}/C${total}*100,2)`, result: round2((sums[1] / sums[0]) * 100) };

  sheet.columns.forEach((column, i) => (column.width = [6, 24, 12, 11, 11, 11, 12][i]));
  sheet.eachRow((row, r) =>
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      cell.font = { ...FONT, bold: r <= 4 || r === total };
      if (r >= 3) cell.border = BORDER;
      if (r >= first && COUNT_COLUMNS.includes(c)) cell.numFmt = "#,##0";
      if (r >= first && c === 6) cell.numFmt = "0.00";
    }),
  );
  return workbook;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [units, file] = process.argv.slice(2);
  if (!units || !file) {
    console.error("usage: node scripts/bench-workbook.mjs UNITS FILE");
    process.exit(2);
  }
  await benchWorkbook(Number(units)).xlsx.writeFile(file);
}
