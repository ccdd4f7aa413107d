/**
 * The period appendix's formulas recalculated by LibreOffice (set to recalculate on load) must give
 * exactly the engine's values, each year's columns reading the year before's; an officer's edit of
 * one year's target must flow into every later year; the table prints one A4 landscape page wide.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { analyze } from "../../src/engine/analysis";
import { columnLetters } from "../../src/engine/cells/address";
import type { AppendixLayout } from "../../src/engine/appendix/layout";
import { saveWorkbookAtomically } from "../../src/xlsx/files";
import { readWorkbookBuffer, workbookToGrids } from "../../src/xlsx/read-workbook";
import { addAppendixSheet } from "../../src/xlsx/write-appendix";
import { grid } from "../helpers/grid";
import { seedGrid } from "../helpers/seed-grid";
import { cellText, itWithLibreOffice, recalculate, toPdf } from "../helpers/libreoffice";
import { makeTempDir, removeTempDir } from "../helpers/xlsx-fixtures";
import { heldCells, layoutCells } from "../helpers/layout-cells";

let dir: string;
beforeAll(async () => (dir = await makeTempDir("period-recalc-")));
afterAll(() => removeTempDir(dir));

/** The layout written; `edits` (number by address) stand for an officer's typing in the sheet. */
async function write(layout: AppendixLayout, name: string, edits: Record<string, number> = {}): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const cells = layoutCells(layout).map((c) => (`${columnLetters(c.col)}${c.row}` in edits ? { ...c, value: edits[`${columnLetters(c.col)}${c.row}`] } : c));
  addAppendixSheet(workbook, { ...heldCells(layout), cells });
  const file = join(dir, name);
  await saveWorkbookAtomically(workbook, file);
  return file;
}

/** Every formula cell of the layout, recalculated: the number LibreOffice shows, by address. */
async function recalculated(layout: AppendixLayout, name: string, edits?: Record<string, number>): Promise<Map<string, number>> {
  const rows = (await recalculate(await write(layout, name, edits)))[layout.sheetName];
  const values = new Map<string, number>();
  for (const cell of layoutCells(layout).filter((c) => c.formula)) {
    const address = `${columnLetters(cell.col)}${cell.row}`;
    values.set(address, Number(Number(cellText(rows, address)).toPrecision(15)));
  }
  return values;
}

function expectEngineValues(layout: AppendixLayout, values: Map<string, number>): void {
  for (const cell of layoutCells(layout).filter((c) => c.formula)) {
    const address = `${columnLetters(cell.col)}${cell.row}`;
    expect({ address, value: values.get(address) }).toEqual({ address, value: Number((cell.value as number).toPrecision(15)) });
  }
}

describe("the period appendix recalculated by LibreOffice", () => {
  itWithLibreOffice("gives the engine's values for every formula of the seed over 2021–2025, 0.4 points a year", async () => {
    const { layout, period } = analyze([seedGrid()], { planYear: 2021, planYears: 5, targetRateReduction: 0.4 });
    const sheet = layout as AppendixLayout;
    expect(sheet.sheetName).toBe("Phụ lục 2021-2025");
    // Year 2's projection grows year 1's (F), its remaining poor are year 1's remaining (H) less its target (K).
    expect(layoutCells(sheet).find((c) => c.row === 8 && c.col === 10)?.formula).toBe("ROUND(F8*1007/1000,0)");
    expect(layoutCells(sheet).find((c) => c.row === 8 && c.col === 12)?.formula).toBe("H8-K8");
    const values = await recalculated(sheet, "seed-period.xlsx");
    // Per unit: the base rate, 3 per year (2 in 2021: the seed gives its own projection), 2 for the period;
    // the total: 2 counts and the rate, 4 per year, 2.
    expect(values.size).toBe(9 * (1 + 2 + 4 * 3 + 2) + (3 + 5 * 4 + 2));
    expectEngineValues(sheet, values);
    // The period's rate reduction in the total row is the base rate less 2025's plan rate.
    const total = period?.years[4].total;
    expect(layoutCells(sheet).find((c) => c.row === sheet.rowCount && c.col === sheet.columnCount)?.value).toBe(
      Math.round(((period?.years[0].total.poorRate as number) - (total?.remainingRate as number)) * 100) / 100,
    );
  });

  itWithLibreOffice("rounds each year's growth as the sheet does: 1,490 households → 1,500 → 1,510.5, so 1,511", async () => {
    const g = grid([["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo"], [1, "Xã 1", 1490, 300], [2, "Xã 2", 2483, 200], [3, "Xã 3", 500, 90]]);
    const layout = analyze([g], { planYear: 2026, planYears: 3, targetHouseholds: 60 }).layout as AppendixLayout;
    const projectedIn = (col: number) => layoutCells(layout).filter((c) => c.col === col && c.row >= 8 && c.row <= 10).map((c) => c.value);
    expect([projectedIn(6), projectedIn(10), projectedIn(14)]).toEqual([
      [1500, 2500, 504],
      [1511, 2518, 508],
      [1522, 2536, 512],
    ]);
    expectEngineValues(layout, await recalculated(layout, "edges-period.xlsx"));
  });

  itWithLibreOffice("carries an officer's change of a 2026 target into every later year", async () => {
    const g = grid([["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo"], [1, "Xã 1", 1000, 300], [2, "Xã 2", 2000, 100]]);
    const layout = analyze([g], { planYear: 2026, planYears: 3, targetHouseholds: 100 }).layout as AppendixLayout;
    // Xã 1 lifts out 75 a year (G8, K8, O8): 10 more in 2026 leave 10 fewer in 2026, 2027 and 2028, 235 over the period (R8).
    const values = await recalculated(layout, "edited-period.xlsx", { G8: 85 });
    expect([values.get("H8"), values.get("L8"), values.get("P8"), values.get("R8")]).toEqual([215, 140, 65, 235]);
    expect([values.get("H10"), values.get("P10")]).toEqual([290, 90]);
  });

  itWithLibreOffice("keeps Kon Tum's communes under their districts, every year's SUMs as the engine's, the header on every A4 landscape page", async () => {
    const workbook = await readWorkbookBuffer(readFileSync(join(__dirname, "..", "fixtures", "field", "03_kontum_cuoinam2021_xa_theo_huyen_toan_tinh.xlsx")));
    const layout = analyze(workbookToGrids(workbook), { planYears: 5, targetRateReduction: 1 }).layout as AppendixLayout;
    expect(layoutCells(layout).find((c) => c.row === 8 && c.col === 8)?.formula).toBe("SUM(H9:H20)");
    const file = await write(layout, "kontum-period.xlsx");
    const rows = (await recalculate(file))[layout.sheetName];
    const formulas = layoutCells(layout).filter((c) => c.formula);
    expect(formulas.length).toBeGreaterThan(102 * 17);
    for (const cell of formulas) {
      const address = `${columnLetters(cell.col)}${cell.row}`;
      expect({ address, value: Number(Number(cellText(rows, address)).toPrecision(15)) }).toEqual({ address, value: Number((cell.value as number).toPrecision(15)) });
    }
    const pdf = await toPdf(file, join(dir, "pdf-kontum"));
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(6);
    // One page wide: the last year's group and the period's columns are on the first page, the header on the last.
    const firstPage = execFileSync("pdftotext", ["-f", "1", "-l", "1", pdf, "-"], { encoding: "utf8" });
    expect(firstPage).toContain("Cả giai đoạn");
    const lastPage = execFileSync("pdftotext", ["-f", String(pages), "-l", String(pages), pdf, "-"], { encoding: "utf8" });
    expect(lastPage).toContain("Đơn vị");
    expect(lastPage).toMatch(/Năm\s+2026/);
  });
});
