/** Options are read strictly, said back with their allowed range, and checked against each other. */
import ExcelJS from "exceljs";
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SAMPLE_WORKBOOK } from "../../src/cli/main";
import { runCli } from "../helpers/cli-run";
import { makeTempDir, removeTempDir } from "../helpers/xlsx-fixtures";

let dir: string;
let input: string;
beforeEach(async () => {
  dir = await makeTempDir("cli-options-");
  input = join(dir, "ket-qua.xlsx");
  copyFileSync(SAMPLE_WORKBOOK, input);
});
afterEach(() => removeTempDir(dir));

const out = () => ["-o", join(dir, "out.xlsx")];

describe("numbers in options", () => {
  it.each(["0x10", "1e2", "abc", "Infinity", "1.000.000", "", "0,7%"])("refuses --growth %p, giving the allowed range", async (value) => {
    const { code, stderr } = await runCli([input, "--growth", value, ...out()]);
    expect(code).toBe(2);
    expect(stderr).toContain(`Giá trị không hợp lệ cho --growth: "${value}". Cần một số thập phân từ 0 đến 10, ví dụ 0,7.`);
  });

  it("says the range in English too, with English separators", async () => {
    const { stderr } = await runCli([input, "--round-step", "5000", "--lang", "en", ...out()]);
    expect(stderr).toContain('Invalid value for --round-step: "5000". Give a whole number from 1 to 1,000, e.g. 5.');
  });

  it.each([
    ["--base-year", "1999", "từ 2.000 đến 2.100"],
    ["--plan-year", "2101", "từ 2.000 đến 2.100"],
    ["--round-step", "0", "từ 1 đến 1.000"],
    ["--round-step", "2,5", "một số nguyên"],
    ["--target-households", "-3", "từ 0 đến 10.000.000"],
  ])("refuses %s %s", async (flag, value, said) => {
    const { code, stderr } = await runCli([input, flag, value, ...out()]);
    expect(code).toBe(2);
    expect(stderr).toContain(said);
  });

  it("reads '0,4' and '0.4' alike", async () => {
    const comma = JSON.parse((await runCli([input, "--target-rate-reduction", "0,4", "--json", "-o", join(dir, "a.xlsx")])).stdout);
    const dot = JSON.parse((await runCli([input, "--target-rate-reduction", "0.4", "--json", "-o", join(dir, "b.xlsx")])).stdout);
    expect(comma.total.targetReduction).toBeGreaterThan(0);
    expect(dot.units).toEqual(comma.units);
  });
});

describe("options checked against each other", () => {
  it("refuses both goals at once", async () => {
    const { code, stderr } = await runCli([input, "--target-rate-reduction", "0,4", "--target-households", "1000", ...out()]);
    expect(code).toBe(2);
    expect(stderr).toContain("Chỉ cho một mục tiêu");
  });

  it("refuses a plan year not after the base year, given or read from the headers", async () => {
    const both = await runCli([input, "--base-year", "2020", "--plan-year", "2020", ...out()]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("Năm kế hoạch (--plan-year 2020) phải sau năm rà soát (2020).");
    // The sample's headers say "Kết quả rà soát năm 2020".
    const fromHeaders = await runCli([input, "--plan-year", "2019", "--lang", "en", ...out()]);
    expect(fromHeaders.code).toBe(2);
    expect(fromHeaders.stderr).toContain("must come after the review year (2020)");
  });

  it("warns when a year given contradicts the headers, naming the option's year and the header's cell", async () => {
    // The sample's C5 says "Kết quả rà soát năm 2020" and K5 "Chỉ tiêu năm 2021".
    const { code, stdout } = await runCli([input, "--base-year", "2019", ...out()]);
    // Warnings alone: the appendix is written.
    expect(code).toBe(0);
    expect(stdout).toMatch(/Cảnh báo +'Rà soát 2020'!C5 +Năm rà soát đã nhập \(2019\) khác năm 2020 ghi ở tiêu đề cột, ô C5/);
    const en = await runCli([input, "--plan-year", "2023", "--lang", "en", ...out()]);
    expect(en.stdout).toMatch(/Warning +'Rà soát 2020'!K5 +The plan year from the years given \(2023\) differs from 2021, stated in the column header at K5/);
    expect(en.stdout).toContain("Plan for 2023 (review results of 2020)");
  });
});

describe("--sheet", () => {
  it.each(["Rà soát 2020", "RÀ SOÁT 2020", "ra soat 2020", "Rà soát 2020".normalize("NFD")])("finds the sheet from %p, as Excel would", async (name) => {
    const { code, stdout } = await runCli([input, "--sheet", name, "--json", ...out()]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).units).toHaveLength(9);
  });

  it("lists the sheets there are when the name matches none", async () => {
    const { code, stderr } = await runCli([input, "--sheet", "Huyện X", ...out()]);
    expect(code).toBe(2);
    expect(stderr).toContain('Không có trang "Huyện X". Các trang trong tệp: "Rà soát 2020".');
  });
});

describe("sharing and near-poor options", () => {
  it("says which units a round step larger than their share left far from it", async () => {
    // 1,000 households over the sample's 10,871 poor: every exact share is under 1,000; in steps of 1,000 the
    // whole goal goes to Phú Vang (1,000 × 2,075 / 10,871 = 190.9, the largest remainder), none to the others.
    // Named farthest first: Phú Vang 809.1 away, then A Lưới 188.5 (2,049), Phú Lộc 138.8 (1,509), Huế 110.7 (1,203).
    const { code, stdout } = await runCli([input, "--target-households", "1000", "--round-step", "1000", ...out()]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      "Bội số làm tròn 1.000 hộ lớn hơn phần chia theo tỷ lệ của 9 đơn vị (hộ nghèo): Huyện Phú Vang (phần chia 190,9 → nhận 1.000 hộ), " +
        "Huyện A Lưới (phần chia 188,5 → nhận 0 hộ), Huyện Phú Lộc (phần chia 138,8 → nhận 0 hộ), Thành phố Huế (phần chia 110,7 → nhận 0 hộ)",
    );
    expect(stdout).toContain("và 4 đơn vị khác.");
  });

  it("shares by weights read from a file, and plans near-poor households from their goal", async () => {
    {
      const input = join(dir, "bang.xlsx");
      const workbook = new ExcelJS.Workbook();
      const ws = workbook.addWorksheet("Huyện");
      [["TT", "Xã", "Tổng số hộ dân", "Số hộ nghèo", "Hộ cận nghèo"], [1, "Xã A", 1000, 100, 80], [2, "Xã B, thị trấn", 1000, 100, 120]].forEach((row) => ws.addRow(row));
      await workbook.xlsx.writeFile(input);
      const weights = join(dir, "he-so.csv");
      writeFileSync(weights, "Đơn vị;Hệ số\nXã A;3\nXã B, thị trấn;1\n");
      const run = await runCli([input, "--growth", "0", "--round-step", "1", "--target-households", "40", "--allocate", "weights", "--weights", weights, "--target-near-poor-households", "50", "--json"]);
      expect(run.code).toBe(0);
      const result = JSON.parse(run.stdout);
      // Poor: 100 × 3 : 100 × 1 → 30 and 10. Near-poor, shared the same way: 80 × 3 : 120 × 1 = 240 : 120 → 33 and 17.
      expect(result.units.map((u: { targetReduction: number; nearPoorTarget: number }) => [u.targetReduction, u.nearPoorTarget])).toEqual([[30, 33], [10, 17]]);
      const both = await runCli([input, "--target-near-poor-households", "5", "--target-near-poor-rate-reduction", "1"]);
      expect(both.code).toBe(2);
      expect(both.stderr).toContain("Chỉ cho một mục tiêu hộ cận nghèo");
      const wrongMethod = await runCli([input, "--allocate", "equal"]);
      expect(wrongMethod.code).toBe(2);
    }
  });
});
