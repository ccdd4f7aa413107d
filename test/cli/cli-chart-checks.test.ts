import ExcelJS from "exceljs";
import JSZip from "jszip";
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SAMPLE_WORKBOOK } from "../../src/cli/main";
import { runCli } from "../helpers/cli-run";
import { cellText, itWithLibreOffice, recalculate } from "../helpers/libreoffice";
import { seedGrid } from "../helpers/seed-grid";
import { makeTempDir, removeTempDir } from "../helpers/xlsx-fixtures";

let dir: string;
beforeEach(async () => (dir = await makeTempDir("cli-chart-")));
afterEach(() => removeTempDir(dir));

async function seedWorkbook(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Phụ lục");
  (seedGrid().values as ExcelJS.CellValue[][]).forEach((row) => ws.addRow(row));
  const file = join(dir, "seed.xlsx");
  await workbook.xlsx.writeFile(file);
  return file;
}

const parts = async (file: string): Promise<string[]> => Object.keys((await JSZip.loadAsync(readFileSync(file))).files);

async function sheetOf(file: string, name: string): Promise<ExcelJS.Worksheet | undefined> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.getWorksheet(name);
}

describe("poverty-appendix's chart", () => {
  it("draws the chart under the appendix, and --no-chart leaves it and its data block out", async () => {
    const input = join(dir, "ket-qua.xlsx");
    copyFileSync(SAMPLE_WORKBOOK, input);
    const { code, stdout } = await runCli([input, "-o", join(dir, "with.xlsx")]);
    expect(code).toBe(0);
    expect(stdout).not.toContain("Chưa ghi phụ lục");
    expect((await runCli([input, "-o", join(dir, "without.xlsx"), "--no-chart"])).code).toBe(0);
    expect(await parts(join(dir, "with.xlsx"))).toEqual(expect.arrayContaining(["xl/charts/chart1.xml", "xl/drawings/drawing1.xml"]));
    expect((await parts(join(dir, "without.xlsx"))).filter((p) => /chart|drawing/.test(p))).toEqual([]);
    expect((await sheetOf(join(dir, "with.xlsx"), "Phụ lục 2021"))?.getCell("Q19").value).toBe("Số liệu biểu đồ");
    expect((await sheetOf(join(dir, "without.xlsx"), "Phụ lục 2021"))?.columnCount).toBe(15);
  });


  it("does not take the chart's data block for a unit table when it reads its own output", async () => {
    const input = join(dir, "ket-qua.xlsx");
    copyFileSync(SAMPLE_WORKBOOK, input);
    await runCli([input, "-o", join(dir, "once.xlsx")]);
    const { code, stdout } = await runCli([join(dir, "once.xlsx"), "--sheet", "Phụ lục 2021", "-o", join(dir, "twice.xlsx"), "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).units).toHaveLength(9);
  });
});

describe("poverty-appendix --checks", () => {
  it("adds the sheet 'Kiểm tra', one row per finding, each linked to its cell", async () => {
    const input = await seedWorkbook();
    const out = join(dir, "out.xlsx");
    const json = JSON.parse((await runCli([input, "-o", out, "--allow-errors", "--json", "--checks"])).stdout);
    const sheet = (await sheetOf(out, "Kiểm tra"))!;
    expect(sheet.getCell("A1").value).toBe("KẾT QUẢ KIỂM TRA SỐ LIỆU");
    expect(sheet.rowCount).toBe(3 + json.issues.length);
    json.issues.forEach((issue: { severity: string; cell: string | null; message: { vi: string } }, i: number) => {
      const row = 4 + i;
      expect(sheet.getCell(`C${row}`).value).toBe("Phụ lục");
      expect(sheet.getCell(`I${row}`).value).toBe(issue.message.vi);
      if (issue.cell) expect(sheet.getCell(`D${row}`).value).toEqual({ formula: `HYPERLINK("#'Phụ lục'!${issue.cell}","${issue.cell}")`, result: issue.cell });
    });
    const { stdout } = await runCli([input, "-o", join(dir, "again.xlsx"), "--allow-errors", "--checks"]);
    expect(stdout).toContain(`Các phát hiện ở trang "Kiểm tra", mỗi dòng có liên kết tới ô.`);
    expect(stdout).not.toContain("Chưa ghi phụ lục");
  });

  it("names a knock-on finding's cause in its own column, linked to the causing cell, in either language", async () => {
    // The district's total says 300 poor households where its communes add up to 226; its rate, 20.55, fits the 300.
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("A Lưới").addRows([
      ["TT", "Xã, phường, thị trấn", "Tổng số hộ dân", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"],
      [1, "Xã Hồng Kim", 820, 131, 15.98],
      [2, "Xã Trung Sơn", 640, 95, 14.84],
      [null, "Toàn huyện", 1460, 300, 20.55],
    ]);
    const input = join(dir, "a-luoi.xlsx");
    await workbook.xlsx.writeFile(input);
    for (const [lang, sheetName, header, text] of [
      ["vi", "Kiểm tra", "Nguyên nhân", "D4 (Số hộ nghèo) sai"],
      ["en", "Checks", "Caused by", "D4 (Poor households), which is wrong"],
    ]) {
      const out = join(dir, `${lang}.xlsx`);
      const json = JSON.parse((await runCli([input, "-o", out, "--allow-errors", "--json", "--checks", "--lang", lang])).stdout);
      const sheet = (await sheetOf(out, sheetName))!;
      expect(sheet.getCell("J3").value).toBe(header);
      const rate = 4 + json.issues.findIndex((issue: { cell: string | null }) => issue.cell === "E4");
      expect(sheet.getCell(`J${rate}`).value).toEqual({ formula: `HYPERLINK("#'A Lưới'!D4","${text}")`, result: text });
      const total = 4 + json.issues.findIndex((issue: { cell: string | null }) => issue.cell === "D4");
      expect(sheet.getCell(`J${total}`).value).toBeNull();
    }
  });

  it("writes the sheet in English with --lang en, and no sheet without --checks", async () => {
    const input = await seedWorkbook();
    const json = JSON.parse((await runCli([input, "-o", join(dir, "en.xlsx"), "--allow-errors", "--json", "--checks", "--lang", "en"])).stdout);
    const sheet = (await sheetOf(join(dir, "en.xlsx"), "Checks"))!;
    expect(sheet.getCell("I3").value).toBe("Message");
    expect(sheet.getCell("I4").value).toBe(json.issues[0].message.en);
    await runCli([input, "-o", join(dir, "plain.xlsx"), "--allow-errors"]);
    expect(await sheetOf(join(dir, "plain.xlsx"), "Kiểm tra")).toBeUndefined();
  });

  itWithLibreOffice("gives links LibreOffice reads as formulas showing the cell", async () => {
    const input = await seedWorkbook();
    const out = join(dir, "out.xlsx");
    const json = JSON.parse((await runCli([input, "-o", out, "--allow-errors", "--json", "--checks"])).stdout);
    const sheets = await recalculate(out);
    const first = json.issues.findIndex((issue: { cell: string | null }) => issue.cell !== null);
    expect(cellText(sheets["Kiểm tra"], `D${4 + first}`)).toBe(json.issues[first].cell);
  });
});
