/**
 * With the errors allowed, a unit whose poor (or near-poor) households are unknown is left blank, and
 * its group's and the total's rates are over the households of the units they add up: the JSON says
 * so, and the appendix's formulas, recalculated by LibreOffice, give the same figures.
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import { runCli } from "../helpers/cli-run";
import { cellText, itWithLibreOffice, recalculate } from "../helpers/libreoffice";
import { makeTempDir, removeTempDir } from "../helpers/xlsx-fixtures";

let dir: string;
beforeAll(async () => (dir = await makeTempDir("cli-unknown-poor-")));
afterAll(() => removeTempDir(dir));

/** Phường B's poor households and Xã C's near-poor ones not yet reviewed. */
async function wardsWorkbook(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Rà soát 2024");
  [
    ["KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2024"],
    [],
    ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Số hộ cận nghèo"],
    ["I", "Khu vực thành thị"],
    [1, "Phường A", 1000, 50, 80],
    [2, "Phường B", 2000, "chưa rà soát", 100],
    ["II", "Khu vực nông thôn"],
    [1, "Xã C", 3000, 300, "chưa rà soát"],
    [2, "Xã D", 1500, 150, 60],
  ].forEach((row) => ws.addRow(row));
  const file = join(dir, "wards.xlsx");
  await workbook.xlsx.writeFile(file);
  return file;
}

interface Row {
  name: string;
  households: number;
  poorHouseholds: number;
  poorRate: number;
  nearPoorHouseholds: number;
  nearPoorRate: number;
  remainingRate: number;
  nearPoorRemainingRate: number;
}

describe("a unit whose poor households are unknown, with the errors allowed", () => {
  let out: string;
  let total: Row;
  beforeAll(async () => {
    out = join(dir, "out.xlsx");
    const run = await runCli([await wardsWorkbook(), "-o", out, "--target-households", "50", "--target-near-poor-households", "24", "--round-step", "1", "--allow-errors", "--json"]);
    expect(run.code).toBe(1);
    total = (JSON.parse(run.stdout) as { total: Row }).total;
  });

  it("gives the total's rates over the households its counts add up", () => {
    // Poor: A, C and D, 500 of 1,000 + 3,000 + 1,500 = 5,500 households, 9,09 % (not 500 of 7,500, 6,67 %).
    // Near-poor: A, B and D, 240 of 1,000 + 2,000 + 1,500 = 4,500, 5,33 % (not 240 of 7,500, 3,2 %).
    expect(total).toMatchObject({ households: 7500, poorHouseholds: 500, poorRate: 9.09, nearPoorHouseholds: 240, nearPoorRate: 5.33 });
  });

  itWithLibreOffice("writes group and total formulas that LibreOffice recalculates to the engine's figures", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("Phụ lục 2025") as ExcelJS.Worksheet;
    const recalculated = (await recalculate(out))["Phụ lục 2025"];
    // Rows 8 (I), 9-10, 11 (II), 12-13, 14 (total): F and N for the poor, Q and T for the near-poor.
    const rates: [string, number][] = [];
    for (const row of [8, 11, 14]) {
      for (const col of ["F", "N", "Q", "T"]) {
        const cell = sheet.getCell(`${col}${row}`);
        const { result } = cell.value as ExcelJS.CellFormulaValue;
        expect({ cell: cell.address, value: Number(cellText(recalculated, cell.address)) }).toEqual({ cell: cell.address, value: result });
        rates.push([cell.address, result as number]);
      }
    }
    // B's households come off where its poor count is blank (D9), C's where its near-poor count is (P12), each over its group's
    // run of units only: group II's poor and group I's near-poor are all known.
    const formulas = ["F8", "Q8", "F11", "Q11", "F14", "T14"].map((address) => [address, (sheet.getCell(address).value as ExcelJS.CellFormulaValue).formula]);
    expect(formulas).toEqual([
      ["F8", 'ROUND(D8/(C8-SUMIF(D9:D10,"",C9:C10))*100,2)'],
      ["Q8", "ROUND(P8/C8*100,2)"],
      ["F11", "ROUND(D11/C11*100,2)"],
      ["Q11", 'ROUND(P11/(C11-SUMIF(P12:P13,"",C12:C13))*100,2)'],
      ["F14", 'ROUND(D14/(C14-SUMIF(D9:D10,"",C9:C10))*100,2)'],
      ["T14", 'ROUND(S14/(K14-SUMIF(P12:P13,"",K12:K13))*100,2)'],
    ]);
    // Group I: A's 50 poor of 1,000 households, 5 %; A and B's 180 near-poor of 3,000, 6 %.
    expect(rates.filter(([address]) => ["F8", "Q8", "F14", "Q14"].includes(address))).toEqual([
      ["F8", 5],
      ["Q8", 6],
      ["F14", 9.09],
      ["Q14", 5.33],
    ]);
    expect([sheet.getCell("N14").value, sheet.getCell("T14").value].map((v) => (v as ExcelJS.CellFormulaValue).result)).toEqual([total.remainingRate, total.nearPoorRemainingRate]);
  });
});

describe("a unit whose poor households are unknown, in a period plan", () => {
  itWithLibreOffice("writes each year's group and total rates over the units counted, as LibreOffice recalculates them", async () => {
    const out = join(dir, "period.xlsx");
    const run = await runCli([await wardsWorkbook(), "-o", out, "--period", "2025-2026", "--target-households", "50", "--round-step", "1", "--allow-errors", "--json"]);
    const { period } = JSON.parse(run.stdout) as { period: { years: { total: Row }[] } };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("Phụ lục 2025-2026") as ExcelJS.Worksheet;
    const recalculated = (await recalculate(out))["Phụ lục 2025-2026"];
    const rates = (row: number) =>
      ["E", "I", "M"].map((col) => {
        const cell = sheet.getCell(`${col}${row}`);
        const { result } = cell.value as ExcelJS.CellFormulaValue;
        expect({ cell: cell.address, value: Number(cellText(recalculated, cell.address)) }).toEqual({ cell: cell.address, value: result });
        return result;
      });
    // The base year's rate, then each year's plan rate: group I over A's households, the total over A, C and D's.
    expect(rates(14)).toEqual([9.09, period.years[0].total.remainingRate, period.years[1].total.remainingRate]);
    expect(rates(8)[0]).toBe(5);
    expect((sheet.getCell("E14").value as ExcelJS.CellFormulaValue).formula).toBe('ROUND(D14/(C14-SUMIF(D9:D10,"",C9:C10))*100,2)');
  });
});

