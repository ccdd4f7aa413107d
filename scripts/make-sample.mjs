// Writes assets/sample/ket-qua-ra-soat-2020.xlsx: the seed plan's 2020 review results and 2021
// targets (shared/seed, transcribed in test/fixtures/appendix-2021.tsv) as a province office keeps
// them: its own title, a two-row header, rates as formulas, a total row of SUMs.
// Run: node scripts/make-sample.mjs
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";

const FONT = { name: "Times New Roman", size: 11 };
const rows = readFileSync(new URL("../test/fixtures/appendix-2021.tsv", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => /^\d/.test(line))
  .map((line) => line.split("\t"))
  .map((cells) => ({
    name: cells[1],
    numbers: [2, 3, 4, 6, 8, 11].map((i) => Number(cells[i].replace(/\./g, ""))),
  }));

const workbook = new ExcelJS.Workbook();
workbook.creator = "poverty-appendix sample";
workbook.created = workbook.modified = new Date("2021-03-15T00:00:00Z");
const sheet = workbook.addWorksheet("Rà soát 2020");
sheet.getCell("A1").value = "UBND TỈNH THỪA THIÊN HUẾ";
sheet.getCell("A2").value = "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI";
sheet.getCell("A3").value = "KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2020 VÀ CHỈ TIÊU GIẢM HỘ NGHÈO NĂM 2021";
sheet.mergeCells("A3:K3");
const header = [
  ["TT", "Đơn vị", "Kết quả rà soát năm 2020", null, null, null, null, null, null, null, "Chỉ tiêu năm 2021"],
  [null, null, "Tổng số hộ dân", "Số hộ nghèo", "Khẩu nghèo", "Tỷ lệ hộ nghèo (%)", "Hộ nghèo thuộc CS BTXH", "Tỷ lệ (%)", "Hộ nghèo thuộc CS giảm nghèo", "Tỷ lệ (%)", "Số hộ nghèo phấn đấu giảm"],
];
header.forEach((line, r) => line.forEach((text, c) => text && (sheet.getCell(5 + r, 1 + c).value = text)));
for (const area of ["A5:A6", "B5:B6", "C5:J5"]) sheet.mergeCells(area);
const first = 7;
rows.forEach((unit, i) => {
  const r = first + i;
  const [households, poor, persons, socialAssistance, povertyPolicy, target] = unit.numbers;
  sheet.getRow(r).values = [i + 1, unit.name, households, poor, persons, null, socialAssistance, null, povertyPolicy, null, target];
  sheet.getCell(r, 6).value = { formula: `ROUND(D${r}/C${r}*100,2)`, result: round2((poor / households) * 100) };
  sheet.getCell(r, 8).value = { formula: `ROUND(G${r}/D${r}*100,2)`, result: round2((socialAssistance / poor) * 100) };
  sheet.getCell(r, 10).value = { formula: `ROUND(I${r}/D${r}*100,2)`, result: round2((povertyPolicy / poor) * 100) };
});
const last = first + rows.length - 1;
const total = last + 1;
sheet.getCell(total, 1).value = "Toàn tỉnh";
sheet.mergeCells(total, 1, total, 2);
const sums = {};
for (const col of [3, 4, 5, 7, 9, 11]) {
  const letter = String.fromCharCode(64 + col);
  sums[col] = rows.reduce((s, u) => s + u.numbers[[3, 4, 5, 7, 9, 11].indexOf(col)], 0);
  sheet.getCell(total, col).value = { formula: `SUM(${letter}${first}:${letter}${last})`, result: sums[col] };
}
sheet.getCell(total, 6).value = { formula: `ROUND(D${total}/C${total}*100,2)`, result: round2((sums[4] / sums[3]) * 100) };
sheet.getCell(total, 8).value = { formula: `ROUND(G${total}/D${total}*100,2)`, result: round2((sums[7] / sums[4]) * 100) };
sheet.getCell(total, 10).value = { formula: `ROUND(I${total}/D${total}*100,2)`, result: round2((sums[9] / sums[4]) * 100) };

sheet.columns.forEach((column, i) => (column.width = [5, 22, 11, 10, 10, 10, 11, 8, 11, 8, 12][i]));
sheet.eachRow((row, r) =>
  row.eachCell({ includeEmpty: true }, (cell, c) => {
    cell.font = { ...FONT, bold: r <= 6 || r === total };
    if (r >= 5 && c <= 11) cell.border = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
    if (r >= 5 && r <= 6) cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    if (r >= first && [3, 4, 5, 7, 9, 11].includes(c)) cell.numFmt = "#,##0";
    if (r >= first && [6, 8, 10].includes(c)) cell.numFmt = "0.00";
  }),
);
await workbook.xlsx.writeFile(new URL("../assets/sample/ket-qua-ra-soat-2020.xlsx", import.meta.url).pathname);

function round2(value) {
  return Math.round(Number((value * 100).toPrecision(15))) / 100;
}
