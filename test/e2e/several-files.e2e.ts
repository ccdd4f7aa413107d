/**
 * The web page with several district files, each "Sheet1" as districts send them (field test 4): every
 * finding names its file, the downloaded "Kiểm tra" sheet has no links to sheets the new workbook lacks,
 * a finding about the whole plan names no district's sheet, a district whose title does not name it is
 * printed under its file's name, and a district's corrected file picked with the old one says to remove
 * one of them with its "×".
 */
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { FLOW_STRINGS } from "../../src/taskpane/flow-strings";
import { FINDINGS_STRINGS } from "../../src/taskpane/findings-strings";
import { actionBar, download, expectTables, generateButton, pickFiles, step, vi } from "./helpers/pane";
import { browserSuite } from "./helpers/suite";

const suite = browserSuite("several-files", { foreignRequests: [] });

/** A district's file: one "Sheet1" with a title, the review's year, a header, its communes and "Toàn huyện". */
async function districtFile(file: string, title: string, year: number, communes: [string, number, number][], totalPoor?: number): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Sheet1");
  const households = communes.reduce((sum, c) => sum + c[1], 0);
  const poor = totalPoor ?? communes.reduce((sum, c) => sum + c[2], 0);
  const rate = (part: number, whole: number) => Math.round((part / whole) * 10000) / 100;
  sheet.addRow([title]);
  sheet.addRow([`KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM ${year}`]);
  sheet.addRow(["TT", "Xã, thị trấn", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"]);
  communes.forEach(([commune, h, p], i) => sheet.addRow([i + 1, commune, h, p, rate(p, h)]));
  sheet.addRow([null, "Toàn huyện", households, poor, rate(poor, households)]);
  const path = join(suite.dir, file);
  await workbook.xlsx.writeFile(path);
  return path;
}

const GIO_LINH: [string, number, number][] = [
  ["Xã Gio An", 1200, 60],
  ["Xã Gio Bình", 900, 45],
];

test("each finding names its file; the checks sheet links nowhere; a district unnamed in its title takes its file's name", async () => {
  // Gio Linh's total states 106 poor households where its communes add up to 105 (D6).
  const gioLinh = await districtFile("gio-linh.xlsx", "UBND HUYỆN GIO LINH", 2022, GIO_LINH, 106);
  const haiLang = await districtFile("Hải Lăng.xlsx", "BIỂU TỔNG HỢP KẾT QUẢ", 2022, [["Xã Hải An", 800, 40], ["Xã Hải Khê", 700, 35]]);
  const { page } = await suite.open("/index.html");
  await pickFiles(page, [gioLinh, haiLang]);
  await expectTables(page, 2);
  const check = step(page, "check");
  await check.getByText(FLOW_STRINGS.vi.cellInFile("gio-linh.xlsx", "Sheet1", "D6"), { exact: true }).waitFor();
  await check.getByText(FLOW_STRINGS.vi.sheetInFile("Hải Lăng.xlsx", "Sheet1"), { exact: true }).waitFor();
  await check.getByText(/phụ lục ghi đơn vị này là "Hải Lăng", theo tên tệp/).waitFor();
  // Neither file lacks the targets more than the other: the finding is about the whole plan, not the first file's sheet.
  await check.getByRole("listitem").filter({ hasText: "Chưa có chỉ tiêu giảm hộ nghèo" }).getByText(vi.wholePlan, { exact: true }).waitFor();

  const plan = step(page, "plan");
  await plan.getByRole("radio", { name: vi.goalHouseholds, exact: true }).check();
  await plan.getByRole("textbox", { name: vi.goalHouseholdCount, exact: true }).fill("20");
  await step(page, "write").getByRole("checkbox", { name: vi.checksSheet, exact: true }).check();
  await actionBar(page).getByRole("checkbox", { name: vi.writeAnyway, exact: true }).check();
  await generateButton(page).click();
  const written = new ExcelJS.Workbook();
  await written.xlsx.readFile(await download(page, suite.dir));
  expect(written.worksheets.map((sheet) => sheet.name)).toEqual(["Phụ lục 2023", "Kiểm tra"]);
  const appendix = written.getWorksheet("Phụ lục 2023") as ExcelJS.Worksheet;
  expect([appendix.getCell("B8").value, appendix.getCell("B9").value]).toEqual(["Huyện Gio Linh", "Hải Lăng"]);
  const checks = written.getWorksheet("Kiểm tra") as ExcelJS.Worksheet;
  const places: unknown[][] = [];
  const formulas: string[] = [];
  checks.eachRow((row, number) => {
    if (number > 3) places.push([row.getCell(3).value, row.getCell(4).value]);
    row.eachCell((cell) => cell.formula && formulas.push(cell.formula));
  });
  expect(places).toContainEqual(["gio-linh.xlsx › Sheet1", "D6"]);
  expect(places).toContainEqual(["Hải Lăng.xlsx › Sheet1", null]);
  expect(formulas).toEqual([]);
});

test("a district's corrected file with its old one: the error names both files and the ×, its years read 2021 and 2022, and × clears it", async () => {
  const old = await districtFile("gio-linh.xlsx", "UBND HUYỆN GIO LINH", 2021, GIO_LINH);
  const fixed = await districtFile("gio-linh (da sua).xlsx", "UBND HUYỆN GIO LINH", 2022, GIO_LINH);
  const { page } = await suite.open("/index.html");
  await pickFiles(page, [old, fixed]);
  const check = step(page, "check");
  const error = check.getByText(/^Tệp "gio-linh.xlsx" \(năm 2021\) và tệp "gio-linh \(da sua\).xlsx" \(năm 2022\) có cùng các đơn vị/);
  await error.waitFor();
  expect(await error.innerText()).toContain('Hãy bỏ một tệp: bấm "×" bên tên tệp đó ở bước 1.');
  // The finding's fields: the years as years, not counts ("2.022").
  const item = check.getByRole("listitem").filter({ hasText: "có cùng các đơn vị" });
  const fields = await item.locator("dl").innerText();
  expect(fields.split("\n")).toEqual([FINDINGS_STRINGS.vi.value, "2021", FINDINGS_STRINGS.vi.expected, "2022"]);

  await step(page, "source").getByRole("button", { name: vi.removeFile("gio-linh.xlsx"), exact: true }).click();
  await expectTables(page, 1);
  await error.waitFor({ state: "detached" });
});
