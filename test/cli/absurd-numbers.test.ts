/** Figures no table can hold (1e308, 400 digits of text) are findings and never reach the output. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../helpers/cli-run";
import { makeTempDir, removeTempDir } from "../helpers/xlsx-fixtures";

let dir: string;
beforeEach(async () => (dir = await makeTempDir("cli-absurd-")));
afterEach(() => removeTempDir(dir));

async function absurdWorkbook(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Huyện");
  [
    ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo"],
    [1, "Xã A", 1e308, 100],
    [2, "Xã B", 3000, `1${"0".repeat(400)}`],
    [3, "Xã C", 2000, 40],
    [null, "Toàn huyện", 1e308, 1e308],
  ].forEach((row) => ws.addRow(row));
  const file = join(dir, "absurd.xlsx");
  await workbook.xlsx.writeFile(file);
  return file;
}

it("reports each absurd figure at its cell and writes no Infinity or NaN anywhere", async () => {
  const input = await absurdWorkbook();
  const out = join(dir, "out.xlsx");
  const json = await runCli([input, "--allow-errors", "--json", "--target-households", "20", "-o", out]);
  expect(json.code).toBe(1);
  const result = JSON.parse(json.stdout);
  const notNumbers = result.issues.filter((i: { code: string }) => i.code === "not-a-number").map((i: { cell: string }) => i.cell);
  expect(notNumbers).toEqual(expect.arrayContaining(["C2", "D3", "C5", "D5"]));

  const human = await runCli([input, "--allow-errors", "--target-households", "20", "-o", join(dir, "human.xlsx")]);
  expect(human.stdout).toContain("Toàn huyện");
  expect(human.stdout).not.toMatch(/Infinity|NaN/);

  const zip = await JSZip.loadAsync(readFileSync(out));
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/.*\.xml$/.test(n))) {
    const xml = await zip.file(name)?.async("string");
    expect(xml).not.toMatch(/Infinity|NaN/);
  }
});
