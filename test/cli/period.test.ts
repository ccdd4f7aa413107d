/** --period: one appendix with a column group per year, each year's goal, the summary and the JSON year by year. */
import ExcelJS from "exceljs";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { SAMPLE_WORKBOOK } from "../../src/cli/main";
import { runCli } from "../helpers/cli-run";
import { makeTempDir, removeTempDir } from "../helpers/xlsx-fixtures";

let dir: string;
let input: string;
beforeEach(async () => {
  dir = await makeTempDir("cli-period-");
  input = join(dir, "ket-qua.xlsx");
  copyFileSync(SAMPLE_WORKBOOK, input);
});
afterEach(() => removeTempDir(dir));

interface JsonRow {
  households: number;
  poorHouseholds: number;
  projectedHouseholds: number;
  targetReduction: number;
  remainingPoor: number;
  poorRate: number;
  remainingRate: number;
  rateReduction: number;
}

describe("--period", () => {
  it("writes one sheet for 2026–2030 and gives every year in the JSON, each starting where the year before ended", async () => {
    const out = join(dir, "out.xlsx");
    // The sample is the 2020 review: taken as 2025's, as a period must start the year after its review.
    const { code, stdout } = await runCli([input, "--base-year", "2025", "--period", "2026-2030", "--target-rate-reduction", "0,4", "--json", "-o", out]);
    expect(code).toBe(0);
    const { period, total } = JSON.parse(stdout) as { period: { firstYear: number; lastYear: number; years: { year: number; units: JsonRow[]; total: JsonRow }[]; targetReduction: number; rateReduction: number }; total: JsonRow };
    expect([period.firstYear, period.lastYear, period.years.map((y) => y.year)]).toEqual([2026, 2030, [2026, 2027, 2028, 2029, 2030]]);
    // The first year is the single-year plan; the sample's 9 districts every year.
    expect(period.years[0].total).toEqual(total);
    for (let k = 1; k < 5; k++) {
      const [before, now] = [period.years[k - 1], period.years[k]];
      expect(now.units.map((u) => [u.households, u.poorHouseholds])).toEqual(before.units.map((u) => [u.projectedHouseholds, u.remainingPoor]));
      // Each year's goal: at least 0.4 points off the province's rate of the year before.
      expect(now.total.poorRate).toBe(before.total.remainingRate);
      expect(now.total.rateReduction).toBeGreaterThanOrEqual(0.4);
    }
    expect(period.targetReduction).toBe(period.years.reduce((sum, y) => sum + y.total.targetReduction, 0));
    expect(period.rateReduction).toBeCloseTo(period.years[0].total.poorRate - period.years[4].total.remainingRate, 9);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("Phụ lục 2026-2030") as ExcelJS.Worksheet;
    expect(["F6", "V6", "Z6"].map((a) => sheet.getCell(a).value)).toEqual(["Năm 2026", "Năm 2030", "Cả giai đoạn"]);
    expect(sheet.getCell("J8").value).toMatchObject({ formula: "ROUND(F8*1007/1000,0)" });
  });

  it("prints each year and the whole period in the summary, in English when asked", async () => {
    const { stdout } = await runCli([input, "--period", "2026–2028", "--target-households", "1000", "--lang", "en", "-o", join(dir, "out.xlsx")]);
    expect(stdout).toContain("Period 2026–2028, year by year:");
    expect(stdout).toMatch(/\n {2}2027: [\d,]+ households, lift out 1,000 poor, [\d,]+ remain/);
    expect(stdout).toContain("  Whole period: 3,000 poor households lifted out, rate from 3.45% to ");
  });

  it.each([
    ["2030-2026", "Giá trị không hợp lệ cho --period: \"2030-2026\". Cần NĂM_ĐẦU-NĂM_CUỐI, từ 2 đến 10 năm trong khoảng 2000 đến 2100, ví dụ 2026-2030."],
    ["2026", "Giá trị không hợp lệ cho --period: \"2026\"."],
    ["2026-2026", "Giá trị không hợp lệ cho --period: \"2026-2026\"."],
    ["2026-2040", "Giá trị không hợp lệ cho --period: \"2026-2040\"."],
    ["2026-2030x", "Giá trị không hợp lệ cho --period: \"2026-2030x\"."],
  ])("refuses --period %s", async (value, said) => {
    const { code, stderr } = await runCli([input, "--period", value, "-o", join(dir, "out.xlsx")]);
    expect(code).toBe(2);
    expect(stderr).toContain(said);
  });

  it("refuses --plan-year beside --period, in either order", async () => {
    const first = await runCli([input, "--plan-year", "2026", "--period", "2026-2030", "-o", join(dir, "out.xlsx")]);
    const second = await runCli([input, "--period", "2026-2030", "--plan-year", "2026", "--lang", "en", "-o", join(dir, "out.xlsx")]);
    expect([first.code, second.code]).toEqual([2, 2]);
    expect(first.stderr).toContain("Chỉ cho --plan-year hoặc --period, không cả hai.");
    expect(second.stderr).toContain("Give --plan-year or --period, not both.");
  });

  it("exits 1 without writing when the table's targets cover the first year only and no yearly goal is given", async () => {
    const { code, stdout } = await runCli([input, "--period", "2026-2027", "-o", join(dir, "out.xlsx")]);
    expect(code).toBe(1);
    expect(stdout).toContain("Kế hoạch nhiều năm cần mục tiêu cho từng năm");
    expect(stdout).toContain("Chưa ghi phụ lục vì còn lỗi");
  });

  it("says --period in the help, in both languages", async () => {
    expect((await runCli(["--help"])).stdout).toContain("--period NĂM-NĂM");
    expect((await runCli(["--help", "--lang", "en"])).stdout).toContain("--period YEAR-YEAR");
  });
});
