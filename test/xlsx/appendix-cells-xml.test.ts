/**
 * The appendix's cells are written as XML text (src/xlsx/sheet-data.ts), not through exceljs's cell
 * objects. Read back, every cell must be what exceljs's object model writes for the same layout —
 * value, formula and cached result, font, alignment, border, number format — and the rows' heights
 * and the merges (exceljs still writes the rest of the sheet; write-appendix.test.ts reads it): on the bundled sample, a 700-commune table with near-poor
 * columns, the checks sheet's links, and texts a careless writer would mangle.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { analyze } from "../../src/engine/analysis";
import type { AppendixLayout, LayoutCell } from "../../src/engine/appendix/layout";
import { checksLayout, parseArea, sheetQualified } from "../../src/engine";
import type { CellValue, Grid } from "../../src/engine/cells/grid";
import { workbookBytes } from "../../src/xlsx/chart-part";
import { readWorkbookFile } from "../../src/xlsx/files";
import { readWorkbookBuffer, workbookToGrids } from "../../src/xlsx/read-workbook";
import { addAppendixSheet, toExcelStyle } from "../../src/xlsx/write-appendix";
import { districtWorkbook, smallLayout } from "../helpers/xlsx-fixtures";
import { layoutCells } from "../helpers/layout-cells";

const SAMPLE = join(__dirname, "../../assets/sample/ket-qua-ra-soat-2020.xlsx");

/** The oracle: the layout written cell by cell through exceljs's objects, as the writer did before. */
function throughExcelJs(workbook: ExcelJS.Workbook, layout: AppendixLayout): void {
  const sheet = workbook.addWorksheet(layout.sheetName, { properties: { defaultColWidth: 9 } });
  const value = (cell: LayoutCell): ExcelJS.CellValue => {
    if (cell.link) {
      const text = String(cell.value ?? cell.link.cell);
      const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
      return { formula: `HYPERLINK(${quote(`#${sheetQualified(cell.link.sheet, cell.link.cell)}`)},${quote(text)})`, result: text };
    }
    if (!cell.formula) return cell.value;
    return cell.value === null ? { formula: cell.formula } : { formula: cell.formula, result: cell.value };
  };
  for (const cell of layoutCells(layout)) {
    const target = sheet.getCell(cell.row, cell.col);
    target.value = value(cell);
    target.style = toExcelStyle(layout.styles[cell.style]);
  }
  for (const [row, height] of Object.entries(layout.rowHeights)) sheet.getRow(Number(row)).height = height;
  const written = new Set(layoutCells(layout).map((c) => `${c.row}:${c.col}`));
  for (const area of layout.merges) {
    const a = parseArea(area);
    const style = sheet.getCell(a.top, a.left).style;
    sheet.mergeCellsWithoutStyle(a.top, a.left, a.bottom, a.right);
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) if (!written.has(`${r}:${c}`)) sheet.getCell(r, c).style = style;
  }
}

interface Seen {
  cells: Record<string, unknown>;
  heights: Record<number, number | undefined>;
  merges: string[];
}

/** Every cell of the sheet as read back: type, value (formula and result), style. */
function seen(sheet: ExcelJS.Worksheet): Seen {
  const cells: Record<string, unknown> = {};
  const heights: Record<number, number | undefined> = {};
  sheet.eachRow({ includeEmpty: true }, (row) => {
    heights[row.number] = row.height;
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells[cell.address] = JSON.parse(JSON.stringify({ type: cell.type, value: cell.value, style: cell.style }));
    });
  });
  return { cells, heights, merges: [...sheet.model.merges].sort() };
}

/**
 * Cell by cell, so that a difference names its first few cells (a diff of 15,000 cells takes jest
 * minutes to print).
 */
function expectSameSheet(got: Seen, want: Seen): void {
  const addresses = [...new Set([...Object.keys(want.cells), ...Object.keys(got.cells)])];
  const differing = addresses.filter((a) => !isDeepStrictEqual(got.cells[a], want.cells[a]));
  expect(differing.slice(0, 3).map((a) => [a, got.cells[a]])).toEqual(differing.slice(0, 3).map((a) => [a, want.cells[a]]));
  expect(addresses.length).toBe(Object.keys(want.cells).length);
  expect([got.heights, got.merges]).toEqual([want.heights, want.merges]);
}

/** The same layout written both ways into copies of the source, read back. */
async function bothWays(source: () => Promise<ExcelJS.Workbook>, layout: AppendixLayout) {
  const ours = await source();
  const name = addAppendixSheet(ours, layout);
  const bytes = await workbookBytes(ours);
  const oracle = await source();
  throughExcelJs(oracle, { ...layout, sheetName: name });
  const expected = await readWorkbookBuffer(new Uint8Array(await oracle.xlsx.writeBuffer()));
  const actual = await readWorkbookBuffer(bytes);
  return { bytes, name, expected: expected.getWorksheet(name)!, actual: actual.getWorksheet(name)!, actualBook: actual, expectedBook: expected };
}

async function expectSameAppendix(source: () => Promise<ExcelJS.Workbook>, layout: AppendixLayout) {
  const { bytes, name, expected, actual, actualBook, expectedBook } = await bothWays(source, layout);
  expectSameSheet(seen(actual), seen(expected));
  // The other sheets as exceljs wrote them.
  for (const sheet of expectedBook.worksheets.filter((s) => s.name !== name)) expectSameSheet(seen(actualBook.getWorksheet(sheet.name)!), seen(sheet));
  return bytes;
}

/** A province of 700 communes in 35 districts, with near-poor households: columns A to U. */
function provinceGrid(): Grid {
  const values: CellValue[][] = [["TT", "Xã, phường, thị trấn", "Tổng số hộ dân", "Số hộ nghèo", "Khẩu nghèo", "Hộ cận nghèo"]];
  for (let i = 1; i <= 700; i++) {
    const households = 400 + ((i * 7919) % 9000);
    values.push([i, `Xã ${i} <"A&B">`, households, Math.floor(households / (8 + (i % 13))), 3 * i, Math.floor(households / 20)]);
  }
  return { sheet: "Tỉnh", origin: "A1", values, merges: [] };
}

const provinceBook = async (): Promise<ExcelJS.Workbook> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Tỉnh");
  provinceGrid().values.forEach((row) => sheet.addRow(row));
  return workbook;
};

describe("the appendix's cells written as XML", () => {
  it("reads back as exceljs writes the bundled sample's appendix, chart data block included", async () => {
    const grids = workbookToGrids(await readWorkbookFile(SAMPLE));
    const layout = analyze(grids).layout!;
    expect(layout.chart).toBeDefined();
    await expectSameAppendix(() => readWorkbookFile(SAMPLE), layout);
  });

  it("reads back as exceljs writes a 700-commune appendix with near-poor goals", async () => {
    const analysis = analyze([provinceGrid()], { targetRateReduction: 1, targetNearPoorRateReduction: 0.5 });
    const layout = analysis.layout!;
    expect(layoutCells(layout).filter((c) => c.formula).length).toBeGreaterThan(700 * 9);
    expect(Math.max(...layoutCells(layout).map((c) => c.col))).toBe(21);
    const bytes = await expectSameAppendix(provinceBook, layout);
    // Well-formed, and the sheet's elements in the order CT_Worksheet requires.
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    execFileSync("xmllint", ["--noout", "-"], { input: xml });
    const order = ["sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "mergeCells", "printOptions", "pageMargins", "pageSetup"];
    const at = order.map((tag) => xml.indexOf(`<${tag}`));
    expect(at.every((position) => position >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(xml).toContain(`<dimension ref="A1:U${layout.rowCount}"/>`);
  });

  it("reads back as exceljs writes the checks sheet, its links included", async () => {
    const analysis = analyze([provinceGrid()], { targetRateReduction: 1 });
    const source = async () => {
      const workbook = await provinceBook();
      workbook.getWorksheet("Tỉnh")!.getCell("D3").value = 999999;
      return workbook;
    };
    const broken = analyze(workbookToGrids(await source()), { targetRateReduction: 1 });
    expect(broken.issues.length).toBeGreaterThan(analysis.issues.length);
    const layout = checksLayout(broken.tables, broken.issues, "vi");
    expect(layout.cells.some((c) => c.link)).toBe(true);
    await expectSameAppendix(source, layout);
  });

  it("keeps texts that look like formulas, markup or numbers as text, and drops what XML cannot hold", async () => {
    const layout = smallLayout();
    const texts = ['<b>"&amp;"</b>', "  spaced  ", "line\nbreak", "bell\u0007", "]]>"];
    texts.forEach((value, i) => layout.cells.push({ row: 13, col: i + 1, value, style: "note" }));
    layout.cells.push({ row: 13, col: 7, value: "x", formula: 'IF(1<2,"a&b","c")', style: "note" });
    const { actual } = await bothWays(async () => districtWorkbook(), layout);
    expect(texts.map((_, i) => actual.getCell(13, i + 1).value)).toEqual(['<b>"&amp;"</b>', "  spaced  ", "line\nbreak", "bell", "]]>"]);
    expect(actual.getCell("G13").value).toEqual({ formula: 'IF(1<2,"a&b","c")', result: "x" });
    await expectSameAppendix(async () => districtWorkbook(), layout);
  });
});
