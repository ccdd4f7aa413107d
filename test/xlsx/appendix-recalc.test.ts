/**
 * The appendix's formulas recalculated by a real spreadsheet (LibreOffice, set to recalculate on
 * load) must give exactly the engine's values, including the rounding edges (500 households → 504).
 */
import { execFileSync } from "node:child_process";
import ExcelJS from "exceljs";
import { join } from "node:path";
import { columnLetters } from "../../src/engine/cells/address";
import { analyze } from "../../src/engine/analysis";
import type { AppendixLayout } from "../../src/engine/appendix/layout";
import { addAppendixSheet } from "../../src/xlsx/write-appendix";
import { readWorkbookBuffer, workbookToGrids } from "../../src/xlsx/read-workbook";
import { readFileSync } from "node:fs";
import { saveWorkbookAtomically } from "../../src/xlsx/files";
import { grid } from "../helpers/grid";
import { seedGrid } from "../helpers/seed-grid";
import { cellText, itWithLibreOffice, recalculate, toPdf } from "../helpers/libreoffice";
import { makeTempDir, removeTempDir } from "../helpers/xlsx-fixtures";
import { layoutCells } from "../helpers/layout-cells";

let dir: string;
beforeAll(async () => (dir = await makeTempDir("recalc-")));
afterAll(() => removeTempDir(dir));

async function writeLayout(layout: AppendixLayout, name: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = addAppendixSheet(workbook, layout);
  expect(sheet).toBe(layout.sheetName);
  const file = join(dir, name);
  await saveWorkbookAtomically(workbook, file);
  return file;
}

async function expectFormulasToMatch(layout: AppendixLayout, name: string): Promise<number> {
  const file = await writeLayout(layout, name);
  const sheets = await recalculate(file);
  const rows = sheets[layout.sheetName];
  const formulas = layoutCells(layout).filter((c) => c.formula);
  for (const cell of formulas) {
    const address = `${columnLetters(cell.col)}${cell.row}`;
    // The chart's block repeats each unit's name (=B9).
    if (typeof cell.value === "string") {
      expect({ address, value: cellText(rows, address) }).toEqual({ address, value: cell.value });
      continue;
    }
    const recalculated = Number(cellText(rows, address));
    // LibreOffice exports 15 significant digits; the engine's doubles must agree to that.
    expect({ address, value: Number(recalculated.toPrecision(15)) }).toEqual({ address, value: Number((cell.value as number).toPrecision(15)) });
  }
  return formulas.length;
}

describe("the appendix recalculated by LibreOffice", () => {
  itWithLibreOffice("gives the engine's values for every formula of the seed's appendix", async () => {
    const layout = analyze([seedGrid()], { targetRateReduction: 0.4 }).layout as AppendixLayout;
    // Six per unit, thirteen in the total row, three per unit in the chart's block.
    expect(await expectFormulasToMatch(layout, "seed.xlsx")).toBe(9 * 6 + 13 + 9 * 3);
  });

  itWithLibreOffice("rounds at the edges as the sheet does: 500 households grow to 503.5, so 504", async () => {
    const units = [500, 1500, 2500, 71500, 214500, 3, 7, 1000001].map((households, i) => [i + 1, `Xã ${i + 1}`, households, Math.floor(households / 8), 0]);
    const layout = analyze([grid([["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Số hộ nghèo phấn đấu giảm"], ...units])]).layout as AppendixLayout;
    const projected = layoutCells(layout).find((c) => c.row === 8 && c.col === 11);
    expect(projected).toMatchObject({ value: 504, formula: "ROUND(C8*1007/1000,0)" });
    expect(await expectFormulasToMatch(layout, "edges.xlsx")).toBe(8 * 5 + 8 + 8 * 3);
  });

  itWithLibreOffice("keeps Kon Tum's 102 communes under their 10 district rows, whose SUMs LibreOffice recalculates to the engine's values", async () => {
    const workbook = await readWorkbookBuffer(readFileSync(join(__dirname, "..", "fixtures", "field", "03_kontum_cuoinam2021_xa_theo_huyen_toan_tinh.xlsx")));
    const layout = analyze(workbookToGrids(workbook), { targetRateReduction: 1 }).layout as AppendixLayout;
    const districtRows = layoutCells(layout).filter((c) => c.col === 2 && c.style === "groupName").map((c) => c.row);
    expect(districtRows).toHaveLength(10);
    // The first district (row 8) sums its 12 communes (rows 9–20); the total sums the district rows only.
    expect(layoutCells(layout).find((c) => c.row === 8 && c.col === 4)?.formula).toBe("SUM(D9:D20)");
    const totalRow = layout.rowCount;
    expect(layoutCells(layout).find((c) => c.row === totalRow && c.col === 4)?.formula).toBe(`SUM(${districtRows.map((r) => `D${r}`).join(",")})`);
    expect(await expectFormulasToMatch(layout, "districts.xlsx")).toBeGreaterThan(102 * 5);
  });

  itWithLibreOffice("plans Đắk Lắk's 102 communes with their near-poor households: LibreOffice agrees, the header repeats on every page", async () => {
    const workbook = await readWorkbookBuffer(readFileSync(join(__dirname, "..", "fixtures", "field", "04_daklak_2025_102_xa_phuong.xlsx")));
    const layout = analyze(workbookToGrids(workbook), { targetRateReduction: 1, targetNearPoorRateReduction: 0.5 }).layout as AppendixLayout;
    expect(layout.columnCount).toBe(21);
    expect(await expectFormulasToMatch(layout, "near-poor.xlsx")).toBeGreaterThan(102 * 9);
    const pdf = await toPdf(await writeLayout(layout, "communes-print.xlsx"), join(dir, "pdf-communes"));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(6);
    // Every page starts with the header rows (print titles): "Hộ cận nghèo" and "Đơn vị" on the last page too.
    const lastPage = execFileSync("pdftotext", ["-f", String(pages), "-l", String(pages), pdf, "-"], { encoding: "utf8" });
    expect(lastPage).toContain("Đơn vị");
    expect(lastPage).toContain("Hộ cận nghèo");
  });

  itWithLibreOffice("prints on one A4 landscape page wide", async () => {
    const layout = analyze([seedGrid()]).layout as AppendixLayout;
    const pdf = await toPdf(await writeLayout(layout, "print.xlsx"), join(dir, "pdf"));
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
  });
});
