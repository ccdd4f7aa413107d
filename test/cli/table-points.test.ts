/**
 * A resolution's targets in points per unit ("Tỷ lệ hộ nghèo giảm (%)"), no households column and no
 * goal, through the command line on a real .xlsx: each unit's households to lift out, the summary saying
 * where they came from, and the appendix's formulas recalculated by LibreOffice to the engine's figures.
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import { runCli } from "../helpers/cli-run";
import { cellText, itWithLibreOffice, recalculate } from "../helpers/libreoffice";
import { makeTempDir, removeTempDir } from "../helpers/xlsx-fixtures";

let dir: string;
let input: string;
beforeAll(async () => {
  dir = await makeTempDir("cli-points-");
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Chỉ tiêu");
  [
    ["KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2025 VÀ CHỈ TIÊU GIẢM TỶ LỆ HỘ NGHÈO"],
    ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)", "Tỷ lệ hộ nghèo giảm (%)"],
    [1, "Mường Nhé", 10000, 3000, 30, 4.5],
    [2, "Điện Biên Phủ", 20000, 400, 2, 0.3],
    [3, "Xã Nậm Kè", 100, 4, 4, 3.5],
    [null, "Toàn tỉnh", 30100, 3404, 11.31, 1.6],
  ].forEach((row) => ws.addRow(row));
  input = join(dir, "chi-tieu.xlsx");
  await workbook.xlsx.writeFile(input);
});
afterAll(() => removeTempDir(dir));

interface Row {
  name: string;
  targetReduction: number;
  remainingPoor: number;
  remainingRate: number;
  rateReduction: number;
}

describe("per-unit points, no goal", () => {
  const out = () => join(dir, "out.xlsx");
  let units: Row[];
  let total: Row;
  beforeAll(async () => {
    const run = await runCli([input, "-o", out(), "--json"]);
    expect(run.code).toBe(0);
    let issues: { code: string; severity: string }[];
    ({ units, total, issues } = JSON.parse(run.stdout) as { units: Row[]; total: Row; issues: { code: string; severity: string }[] });
    // The JSON says where the targets came from, as the summary does.
    expect(issues.filter((i) => i.code === "targets-from-points").map((i) => i.severity)).toEqual(["info"]);
  });

  it("gives each unit the households its points need, rounded up to 5, never past its poor", () => {
    // Mường Nhé: 3,000 − 25.5 % × 10,070 = 432.15 → 435; Điện Biên Phủ: 400 − 1.7 % × 20,140 = 57.62 → 60;
    // Nậm Kè: 4 − 0.5 % × 101 = 3.495 → 4, its 4 poor (5 would pass them).
    expect(units.map((u) => [u.name, u.targetReduction, u.remainingRate, u.rateReduction])).toEqual([
      ["Mường Nhé", 435, 25.47, 4.53],
      ["Điện Biên Phủ", 60, 1.69, 0.31],
      ["Xã Nậm Kè", 4, 0, 4],
    ]);
    // 499 of 3,404; 2,905 remain of 30,311 = 9.58 %; 11.31 − 9.58 = 1.73, above the province's 1.6.
    expect(total).toMatchObject({ targetReduction: 499, remainingPoor: 2905, remainingRate: 9.58, rateReduction: 1.73 });
  });

  it("says in the summary that the targets came from the column's points", async () => {
    const vi = await runCli([input, "-o", out()]);
    expect(vi.stdout).toContain('Chỉ tiêu giảm của từng đơn vị tính từ số điểm % tỷ lệ giảm của đơn vị ở cột F ("Tỷ lệ hộ nghèo giảm (%)")');
    const en = await runCli([input, "-o", out(), "--lang", "en"]);
    expect(en.stdout).toContain("Toàn tỉnh: 30,100 households, 3,404 poor (11.31%) → lift out 499, 2,905 remain (9.58%), rate down 1.73 points");
    expect(en.stdout).toContain(`Each unit's target comes from its rate reduction in points, column F ("Tỷ lệ hộ nghèo giảm (%)")`);
    expect(en.stdout).toContain("; not a multiple of 5: Xã Nậm Kè (4)");
  });

  itWithLibreOffice("writes an appendix whose formulas LibreOffice recalculates to the engine's figures", async () => {
    await runCli([input, "-o", out()]);
    const recalculated = (await recalculate(out()))["Phụ lục 2026"];
    // The total row names itself across A:B, in A.
    const rowOf = (name: string) => recalculated.findIndex((cells) => cells[0] === name || cells[1] === name) + 1;
    const figures = (name: string) => ["L", "M", "N", "O"].map((col) => Number(cellText(recalculated, `${col}${rowOf(name)}`)));
    for (const row of [...units, total]) expect([row.name, figures(row.name)]).toEqual([row.name, [row.targetReduction, row.remainingPoor, row.remainingRate, row.rateReduction]]);
  });
});
