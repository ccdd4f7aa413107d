/**
 * Field test 4 (P1): district workbooks typed in TCVN3 with .VnTime fonts and grouped headers
 * ("Hộ nghèo" over "Tỷ lệ (%) | Số hộ") are read through the command line, every commune with its figures.
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import { runCli } from "../helpers/cli-run";
import { makeTempDir, removeTempDir } from "../helpers/xlsx-fixtures";

let dir: string;
beforeAll(async () => (dir = await makeTempDir("cli-tcvn3-")));
afterAll(() => removeTempDir(dir));

async function save(sheet: string, rows: ExcelJS.CellValue[][], merges: string[], name: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(sheet);
  rows.forEach((row) => ws.addRow(row));
  ws.eachRow((row) => row.eachCell((cell) => (cell.font = { name: typeof cell.value === "string" ? ".VnTime" : "Calibri", size: 12 })));
  merges.forEach((area) => ws.mergeCells(area));
  const file = join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

interface Unit {
  name: string;
  households: number;
  poorHouseholds: number;
  poorRate: number;
}

async function unitsOf(file: string): Promise<{ code: number; units: Unit[]; total: Unit }> {
  const run = await runCli([file, "-o", join(dir, "out.xlsx"), "--target-rate-reduction", "0,5", "--json"]);
  const { units, total } = JSON.parse(run.stdout) as { units: Unit[]; total: Unit };
  return { code: run.code, units, total };
}

const brief = (u: Unit) => [u.name, u.households, u.poorHouseholds, u.poorRate];

it("reads Cam Lộ's sheet: rate before count under each group, all eight communes", async () => {
  const file = await save(
    "Cam Lo",
    [
      ["UBND HUYÖN CAM Lé"],
      ["KÕT QU¶ Rµ SO¸T Hé NGHÌO, Hé CËN NGHÌO N¡M 2022"],
      [],
      ["TT", "Tªn x·, thÞ trÊn", "Tæng sè hé", "Hé nghÌo", null, "Hé cËn nghÌo"],
      [null, null, null, "Tû lÖ (%)", "Sè hé", "Tû lÖ (%)", "Sè hé"],
      [1, "ThÞ trÊn Cam Lé", 3254, 1.91, 62, 4.33, 141],
      [2, "X· Cam TuyÒn", 1387, 5.12, 71, 6.34, 88],
      [3, "X· Cam Thµnh", 2214, 4.7, 104, 5.69, 126],
      [4, "X· Cam ChÝnh", 1596, 3.63, 58, 5.83, 93],
      [5, "X· Cam NghÜa", 1478, 3.32, 49, 5.21, 77],
      [6, "X· Cam HiÕu", 1702, 3.88, 66, 5.58, 95],
      [7, "X· Cam Thñy", 1265, 4.11, 52, 5.61, 71],
      [8, "X· Thanh An", 1890, 3.23, 61, 5.4, 102],
      [null, "Tæng céng", 14786, 3.54, 523, 5.36, 793],
    ],
    ["D4:E4", "F4:G4", "A4:A5", "B4:B5", "C4:C5"],
    "camlo_tcvn3.xlsx",
  );
  const { code, units, total } = await unitsOf(file);
  expect(code).toBe(0);
  expect(units.map(brief)).toEqual([
    ["Thị trấn Cam Lộ", 3254, 62, 1.91],
    ["Xã Cam Tuyền", 1387, 71, 5.12],
    ["Xã Cam Thành", 2214, 104, 4.7],
    ["Xã Cam Chính", 1596, 58, 3.63],
    ["Xã Cam Nghĩa", 1478, 49, 3.32],
    ["Xã Cam Hiếu", 1702, 66, 3.88],
    ["Xã Cam Thủy", 1265, 52, 4.11],
    ["Xã Thanh An", 1890, 61, 3.23],
  ]);
  expect([total.households, total.poorHouseholds, total.poorRate]).toEqual([14786, 523, 3.54]);
});

it("reads Hướng Hóa's sheet: a three-row header, count before rate, a notes column", async () => {
  const file = await save(
    "Bieu 01",
    [
      ["HUYÖN H¦íNG HãA"],
      ["BIÓU TæNG HîP KÕT QU¶ Rµ SO¸T Hé NGHÌO, Hé CËN NGHÌO CUèI N¡M 2022"],
      [],
      ["STT", "Tªn ®¬n vÞ", "KÕt qu¶ rµ so¸t cuèi n¨m 2022", null, null, null, null, "Ghi chó"],
      [null, null, "Tæng sè hé", "Hé nghÌo", null, "Hé cËn nghÌo"],
      [null, null, null, "Sè hé", "Tû lÖ (%)", "Sè hé", "Tû lÖ (%)"],
      [1, "TT Khe Sanh", 3412, 98, 2.87, 121, 3.55],
      [2, "TT Lao B¶o", 3105, 142, 4.57, 133, 4.28],
      [3, "X· H\u00adíng LËp", 412, 226, 54.85, 61, 14.81],
      [4, "X· Hóc", 865, 402, 46.47, 97, 11.21],
    ],
    ["A1:H1", "A2:H2", "C4:G4", "A4:A6", "B4:B6", "D5:E5", "F5:G5", "H4:H6", "C5:C6"],
    "huonghoa-tcvn3.xlsx",
  );
  const { code, units, total } = await unitsOf(file);
  expect(code).toBe(0);
  expect(units.map(brief)).toEqual([
    ["TT Khe Sanh", 3412, 98, 2.87],
    ["TT Lao Bảo", 3105, 142, 4.57],
    ["Xã Hướng Lập", 412, 226, 54.85],
    ["Xã Húc", 865, 402, 46.47],
  ]);
  expect([total.households, total.poorHouseholds]).toEqual([7794, 868]);
});
