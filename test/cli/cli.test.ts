import ExcelJS from "exceljs";
import { copyFileSync, existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { SAMPLE_WORKBOOK } from "../../src/cli/main";
import { runCli } from "../helpers/cli-run";
import { seedGrid } from "../helpers/seed-grid";
import { makeTempDir, removeTempDir } from "../helpers/xlsx-fixtures";

let dir: string;
beforeEach(async () => (dir = await makeTempDir("cli-")));
afterEach(() => removeTempDir(dir));

function sampleCopy(): string {
  const file = join(dir, "ket-qua.xlsx");
  copyFileSync(SAMPLE_WORKBOOK, file);
  return file;
}

async function saveGrid(values: ExcelJS.CellValue[][], name: string, sheet = "Sheet1"): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(sheet);
  values.forEach((row) => ws.addRow(row));
  const file = join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

const sheetValues = (ws: ExcelJS.Worksheet) => ws.getSheetValues().map((row) => JSON.stringify(row));

describe("poverty-appendix on the sample", () => {
  it("writes the appendix beside the input, prints a Vietnamese summary, and leaves the source sheet as it was", async () => {
    const input = sampleCopy();
    const before = new ExcelJS.Workbook();
    await before.xlsx.readFile(input);
    const { code, stdout } = await runCli([input]);
    expect(code).toBe(0);
    expect(stdout).toContain("Bảng tìm thấy: 1");
    expect(stdout).toContain("Toàn tỉnh: 314.947 hộ, 10.871 hộ nghèo (3,45%) → phấn đấu giảm 1.220 hộ");
    const out = join(dir, "ket-qua-phu-luc.xlsx");
    expect(stdout).toContain(`Đã ghi phụ lục vào trang "Phụ lục 2021" của tệp ${out}`);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(out);
    expect(after.worksheets.map((w) => w.name)).toEqual(["Rà soát 2020", "Phụ lục 2021"]);
    expect(sheetValues(after.getWorksheet("Rà soát 2020") as ExcelJS.Worksheet)).toEqual(sheetValues(before.worksheets[0]));
    expect(readdirSync(dir).sort()).toEqual(["ket-qua-phu-luc.xlsx", "ket-qua.xlsx"]);
  });

  it("prints exactly one JSON document with the plan's fields", async () => {
    const input = sampleCopy();
    const { code, stdout } = await runCli([input, "--json", "-o", join(dir, "out.xlsx")]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(["units", "total", "issues", "output"]);
    expect(result.output).toBe(join(dir, "out.xlsx"));
    expect(result.units).toHaveLength(9);
    expect(result.units[0]).toEqual({
      name: "Thành phố Huế", sheet: "Rà soát 2020", row: 7, households: 88215, householdsEstimated: false, poorHouseholds: 1203, poorPersons: 3842, poorRate: 1.36,
      socialAssistancePoor: 556, povertyPolicyPoor: 647, projectedHouseholds: 88833, targetReduction: 130, remainingPoor: 1073,
      remainingRate: 1.21, rateReduction: 0.15,
      // The seed's table has no near-poor households: no near-poor plan.
      nearPoorHouseholds: null, nearPoorRate: null, nearPoorTarget: null, nearPoorRemaining: null, nearPoorRemainingRate: null, nearPoorRateReduction: null,
    });
    expect(result.total).toMatchObject({ name: "Toàn tỉnh", households: 314947, targetReduction: 1220, remainingPoor: 9651 });
  });

  it("adds ' (2)' when the appendix sheet name is taken", async () => {
    const input = sampleCopy();
    await runCli([input, "-o", join(dir, "once.xlsx")]);
    const { code } = await runCli([join(dir, "once.xlsx"), "-o", join(dir, "twice.xlsx")]);
    expect(code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, "twice.xlsx"));
    expect(book.worksheets.map((w) => w.name)).toEqual(["Rà soát 2020", "Phụ lục 2021", "Phụ lục 2021 (2)"]);
  });

  it("speaks English when asked", async () => {
    const { stdout } = await runCli([sampleCopy(), "--lang", "en"]);
    expect(stdout).toContain("Tables found: 1");
    expect(stdout).toContain("Appendix written to sheet");
  });
});

describe("poverty-appendix on tables with errors", () => {
  const seedValues = () => seedGrid().values as ExcelJS.CellValue[][];

  it("exits 1 and writes nothing when errors are found, naming each cell", async () => {
    const input = await saveGrid(seedValues(), "seed.xlsx", "Phụ lục");
    const { code, stdout } = await runCli([input]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/Lỗi\s+'Phụ lục'!J7\s+"Tỷ lệ hộ nghèo thuộc CS giảm nghèo \(%\)" \(Thành phố Huế\) ghi 43,88/);
    expect(stdout).toContain("Chưa ghi phụ lục vì còn lỗi");
    expect(existsSync(join(dir, "seed-phu-luc.xlsx"))).toBe(false);
  });

  it("writes anyway with --allow-errors, still exiting 1", async () => {
    const input = await saveGrid(seedValues(), "seed.xlsx", "Phụ lục");
    const { code, stdout } = await runCli([input, "--allow-errors", "--json"]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).output).toBe(join(dir, "seed-phu-luc.xlsx"));
    expect(existsSync(join(dir, "seed-phu-luc.xlsx"))).toBe(true);
  });

  it("exits 2 naming the missing column and its sheet", async () => {
    const input = await saveGrid([["TT", "Đơn vị", "Tổng số hộ dân"], [1, "Xã A", 100]], "thieu.xlsx", "Huyện X");
    const { code, stderr } = await runCli([input]);
    expect(code).toBe(2);
    expect(stderr).toContain('Chưa có cột "Số hộ nghèo" trong bảng ở trang "Huyện X"');
  });

  it("plans a table whose poor-households header is an abbreviation once --map names the columns", async () => {
    const input = await saveGrid(
      [["TT", "Xã", "TSH", "HN"], [1, "Xã A", 1000, 120], [2, "Xã B", 500, 30], [null, "Toàn huyện", 1500, 150]],
      "viet-tat.xlsx",
      "Huyện Y",
    );
    const refused = await runCli([input]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("C (TSH), D (HN)");
    const mapped = await runCli([input, "--map", "households=C", "--map=poorHouseholds=d", "--target-households", "20", "--json"]);
    expect(mapped.code).toBe(0);
    expect(JSON.parse(mapped.stdout).total).toMatchObject({ households: 1500, poorHouseholds: 150, targetReduction: 20 });
    const wrong = await runCli([input, "--map", "poor=D"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("--map");
  });

  it("exits 2 when no sheet holds a unit table", async () => {
    const input = await saveGrid([["Ghi chú"]], "trong.xlsx", "Ghi chú");
    const { code, stderr } = await runCli([input, "--lang", "en"]);
    expect(code).toBe(2);
    expect(stderr).toContain('Sheet "Ghi chú" holds no table of units');
  });

  it.each([
    [["--growth", "abc"], "--growth"],
    [["--unknown"], "--unknown"],
    [["--lang", "fr"], "--lang"],
  ])("exits 2 on a usage error %p", async (args, named) => {
    const { code, stderr } = await runCli([sampleCopy(), ...args]);
    expect(code).toBe(2);
    expect(stderr).toContain(named);
  });

  it("refuses to write over its input, or to read a file that is not there or not a workbook", async () => {
    const input = sampleCopy();
    expect((await runCli([input, "-o", input])).code).toBe(2);
    expect((await runCli([join(dir, "none.xlsx")])).stderr).toContain("none.xlsx");
    const notBook = await saveGrid([], "x.xlsx");
    copyFileSync(__filename, notBook);
    const result = await runCli([notBook]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("x.xlsx");
  });

  it("allocates a province goal given in percentage points and says how", async () => {
    const input = await saveGrid([["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo"], [1, "Xã A", 1000, 100], [2, "Xã B", 3000, 60]], "goal.xlsx");
    const { code, stdout } = await runCli([input, "--target-rate-reduction", "0,5", "--json"]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    // 160 − (4 − 0.5)/100 × (1,007 + 3,021) = 19.02 → 20 households in steps of 5
    expect(result.total.targetReduction).toBe(20);
    expect(result.issues.map((i: { code: string }) => i.code)).toContain("goal-from-rate");
    const human = await runCli([input, "--target-rate-reduction", "0,5", "-o", join(dir, "human.xlsx")]);
    expect(human.stdout).toContain("Giảm 0,5 điểm % tỷ lệ hộ nghèo cần ít nhất 20 hộ thoát nghèo");
  });
});

describe("poverty-appendix on its own output", () => {
  it("does not read the appendix it wrote earlier as one more unit table", async () => {
    const input = sampleCopy();
    await runCli([input, "-o", join(dir, "once.xlsx")]);
    const { code, stdout } = await runCli([join(dir, "once.xlsx"), "-o", join(dir, "twice.xlsx"), "--json"]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.units).toHaveLength(9);
    expect(result.issues.find((i: { code: string }) => i.code === "appendix-skipped")).toMatchObject({ sheet: "Phụ lục 2021", severity: "info" });
  });
});
