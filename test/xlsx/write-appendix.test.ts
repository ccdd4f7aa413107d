import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { addAppendixSheet } from "../../src/xlsx/write-appendix";
import { workbookBytes } from "../../src/xlsx/chart-part";
import { readWorkbookBuffer, workbookToGrids } from "../../src/xlsx/read-workbook";
import { XlsxLayoutError } from "../../src/xlsx/errors";
import type { AppendixLayout } from "../../src/engine/appendix/layout";
import { districtWorkbook, smallLayout, TRICKY_ROW, TRICKY_TEXTS } from "../helpers/xlsx-fixtures";
import { layoutCells } from "../helpers/layout-cells";

async function reload(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return readWorkbookBuffer(await workbookBytes(workbook));
}

/** Everything a user could see of a sheet, as plain data. */
function snapshot(ws: ExcelJS.Worksheet): unknown {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => cells.push([cell.address, cell.value, cell.style])),
  );
  const widths = (ws.columns ?? []).map((c) => c.width);
  return JSON.parse(JSON.stringify({ name: ws.name, cells, widths, merges: ws.model.merges, views: ws.views, pageSetup: ws.pageSetup }));
}

async function writtenAppendix(layout: AppendixLayout = smallLayout()) {
  const original = await reload(districtWorkbook());
  const name = addAppendixSheet(original, layout);
  const workbook = await reload(original);
  return { name, workbook, sheet: workbook.getWorksheet(name)! };
}

describe("addAppendixSheet", () => {
  it("adds the appendix as a new last sheet under the preferred name", async () => {
    const { name, workbook } = await writtenAppendix();
    expect(name).toBe("Phụ lục 2021");
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Huyện Phú Lộc", "Trống", "Ghi chú", "Phụ lục 2021"]);
  });

  it("uses 'Phụ lục 2021 (2)' when the name is taken", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("phụ lục 2021");
    expect(addAppendixSheet(workbook, smallLayout())).toBe("Phụ lục 2021 (2)");
    expect(addAppendixSheet(workbook, smallLayout())).toBe("Phụ lục 2021 (3)");
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["phụ lục 2021", "Phụ lục 2021 (2)", "Phụ lục 2021 (3)"]);
  });

  it("leaves the existing sheets exactly as they were", async () => {
    const before = await reload(districtWorkbook());
    const expected = before.worksheets.map(snapshot);
    addAppendixSheet(before, smallLayout());
    const after = await reload(before);
    expect(after.worksheets.slice(0, 3).map(snapshot)).toEqual(expected);
  });

  it("writes values, formulas and their cached results", async () => {
    const { sheet } = await writtenAppendix();
    expect(sheet.getCell("A2").value).toBe("CHỈ TIÊU PHẤN ĐẤU GIẢM TỶ LỆ HỘ NGHÈO NĂM 2021");
    expect(sheet.getCell("C8").value).toBe(500);
    expect(sheet.getCell("F8").value).toEqual({ formula: "ROUND(D8/C8*100,2)", result: 7.4 });
    // 500 × 1007 / 1000 = 503.5 exactly, so 504 in every spreadsheet.
    expect(sheet.getCell("K8").value).toEqual({ formula: "ROUND(C8*1007/1000,0)", result: 504 });
    expect(sheet.getCell("K10").value).toEqual({ formula: "SUM(K8:K9)", result: 12935 });
    expect(sheet.getCell("M9").value).toEqual({ formula: "D9-L9", result: 901 });
    expect(sheet.getCell("N10").value).toEqual({ formula: "ROUND(M10/K10*100,2)", result: 7.21 });
    expect(sheet.getCell("K6").value).toBe("Tổng số hộ dân (tăng khoảng 0,7%)");
  });

  it("keeps text that looks like a formula or a number as text", async () => {
    const { sheet } = await writtenAppendix();
    expect(TRICKY_TEXTS.map((_, i) => sheet.getCell(TRICKY_ROW, i + 1).type)).toEqual(TRICKY_TEXTS.map(() => ExcelJS.ValueType.String));
    expect(TRICKY_TEXTS.map((_, i) => sheet.getCell(TRICKY_ROW, i + 1).value)).toEqual(TRICKY_TEXTS);
  });

  it("gives every cell a named, sized font and the layout's style", async () => {
    const { sheet } = await writtenAppendix();
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.font?.name).toBe("Times New Roman");
        expect(cell.font?.size).toBeGreaterThan(0);
      }),
    );
    expect(sheet.getCell("C5").font).toMatchObject({ bold: true, size: 11 });
    expect(sheet.getCell("C5").alignment).toEqual({ horizontal: "center", vertical: "middle", wrapText: true });
    const thin = { style: "thin" };
    expect(sheet.getCell("C5").border).toMatchObject({ top: thin, left: thin, bottom: thin, right: thin });
    expect(["C8", "F8", "K8", "N8", "C10", "F10", "O10"].map((a) => sheet.getCell(a).numFmt)).toEqual(["#,##0", "0.00", "#,##0", "0.00", "#,##0", "0.00", "0.00"]);
    expect(sheet.getCell("C10").font).toMatchObject({ bold: true, size: 11 });
    expect(sheet.getCell("A3").font).toMatchObject({ italic: true });
    expect(sheet.getCell("A3").font.bold).toBeFalsy();
    expect(sheet.getCell(`A${TRICKY_ROW}`).border?.top).toBeUndefined();
  });

  it("merges, sizes columns and rows, and freezes the header", async () => {
    const { sheet } = await writtenAppendix();
    expect([...sheet.model.merges].sort()).toEqual(
      ["A1:O1", "A2:O2", "A3:O3", "A5:A7", "B5:B7", "C5:J5", "K5:O5", "C6:C7", "D6:F6", "G6:J6", "K6:K7", "L6:L7", "M6:M7", "N6:N7", "O6:O7", "A10:B10"].sort(),
    );
    expect([2, 3, 6, 7].map((r) => sheet.getRow(r).height)).toEqual([21, 33, 48, 66]);
    expect(sheet.views).toEqual([expect.objectContaining({ state: "frozen", ySplit: 7, topLeftCell: "A8" })]);
    const [grid] = workbookToGrids(sheet.workbook).filter((g) => g.sheet === sheet.name);
    expect(grid.values[4][3]).toBeNull(); // D5, merged over by C5:J5, reads as empty
  });

  // exceljs writes no <col> for a width of 9, its default: columns D and O take the sheet's default
  // width, which must then be 9 too (test/xlsx/libreoffice-widths.test.ts opens them in LibreOffice).
  it("gives every column the layout's width, 9 included", async () => {
    const { sheet } = await writtenAppendix();
    const opened = (col: number) => sheet.getColumn(col).width ?? sheet.properties.defaultColWidth;
    expect(Array.from({ length: 15 }, (_, i) => opened(i + 1))).toEqual([5, 24, 11, 9, 10, 7, 10, 7, 11, 7, 12, 11, 11, 8, 9]);
  });

  it("sets up printing: A4, landscape, one page wide, centred, repeated header rows", async () => {
    const { sheet } = await writtenAppendix();
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: "5:7",
    });
  });

  it("gives cells of a merged area the layout leaves out the top-left style (complete borders)", async () => {
    const layout = smallLayout();
    layout.cells = layout.cells.filter((c) => !(c.row === 5 && c.col >= 4 && c.col <= 10));
    const { sheet } = await writtenAppendix(layout);
    expect(sheet.getCell("J5").border).toMatchObject({ right: { style: "thin" }, top: { style: "thin" } });
    expect(sheet.getCell("J5").font).toMatchObject({ name: "Times New Roman", bold: true });
  });

  it("registers each layout style once in the workbook's styles, however many cells use it", async () => {
    const workbook = new ExcelJS.Workbook();
    const layout = smallLayout();
    addAppendixSheet(workbook, layout);
    const styles = await (await JSZip.loadAsync(await workbookBytes(workbook))).file("xl/styles.xml")!.async("string");
    const cellXfs = /<cellXfs count="(\d+)"/.exec(styles)![1];
    // exceljs's default style, and one per layout style.
    expect(Number(cellXfs)).toBe(1 + new Set(layoutCells(layout).map((cell) => cell.style)).size);
  });

  it("refuses data inside a merged area and unknown styles, adding no sheet", () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Tỉnh");
    const inMerge = smallLayout();
    inMerge.cells.push({ row: 5, col: 5, value: "lost", style: "header" });
    expect(() => addAppendixSheet(workbook, inMerge)).toThrow(XlsxLayoutError);
    const unknownStyle = smallLayout();
    unknownStyle.cells.push({ row: 14, col: 1, value: "x", style: "nope" });
    expect(() => addAppendixSheet(workbook, unknownStyle)).toThrow(/A14 uses unknown style "nope"/);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Tỉnh"]);
  });
});
