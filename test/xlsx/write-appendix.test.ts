import * as ExcelJS from "exceljs";
import { addAppendixSheet } from "../../src/xlsx/write-appendix";
import { readWorkbookBuffer, workbookToGrids } from "../../src/xlsx/read-workbook";
import { XlsxLayoutError } from "../../src/xlsx/errors";
import type { AppendixLayout } from "../../src/engine/appendix/layout";
import { districtWorkbook, smallLayout, TRICKY_TEXTS } from "../helpers/xlsx-fixtures";

async function reload(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return readWorkbookBuffer(new Uint8Array(await workbook.xlsx.writeBuffer()));
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
    expect(sheet.getCell("A1").value).toBe("CHỈ TIÊU PHẤN ĐẤU GIẢM TỶ LỆ HỘ NGHÈO NĂM 2021");
    expect(sheet.getCell("C7").value).toBe(500);
    expect(sheet.getCell("E7").value).toEqual({ formula: "ROUND(D7/C7*100,2)", result: 7.4 });
    expect(sheet.getCell("F7").value).toEqual({ formula: "ROUND(C7*(1+0.007),0)", result: 503 });
    expect(sheet.getCell("F9").value).toEqual({ formula: "SUM(F7:F8)", result: 503 + 12431 });
    expect(sheet.getCell("E6").value).toBe("3=2/1*100");
  });

  it("keeps text that looks like a formula or a number as text", async () => {
    const { sheet } = await writtenAppendix();
    expect(TRICKY_TEXTS.map((_, i) => sheet.getCell(11, i + 1).type)).toEqual(TRICKY_TEXTS.map(() => ExcelJS.ValueType.String));
    expect(TRICKY_TEXTS.map((_, i) => sheet.getCell(11, i + 1).value)).toEqual(TRICKY_TEXTS);
  });

  it("gives every cell a named, sized font and the layout's style", async () => {
    const { sheet } = await writtenAppendix();
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.font?.name).toBe("Times New Roman");
        expect(cell.font?.size).toBeGreaterThan(0);
      }),
    );
    expect(sheet.getCell("C4").font).toMatchObject({ bold: true, size: 12 });
    expect(sheet.getCell("C4").alignment).toEqual({ horizontal: "center", vertical: "middle", wrapText: true });
    const thin = { style: "thin" };
    expect(sheet.getCell("C4").border).toMatchObject({ top: thin, left: thin, bottom: thin, right: thin });
    expect(sheet.getCell("C7").numFmt).toBe("#,##0");
    expect(sheet.getCell("E7").numFmt).toBe("0.00");
    expect(sheet.getCell("A2").font).toMatchObject({ italic: true });
    expect(sheet.getCell("A2").font.bold).toBeFalsy();
    expect(sheet.getCell("A11").border?.top).toBeUndefined();
  });

  it("merges, sizes columns and rows, and freezes the header", async () => {
    const { sheet } = await writtenAppendix();
    expect([...sheet.model.merges].sort()).toEqual(["A1:G1", "A2:G2", "A4:A5", "B4:B5", "C4:E4", "F4:G4"]);
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => sheet.getColumn(c).width)).toEqual([6, 24, 12, 12, 10, 16, 10]);
    expect(sheet.getRow(1).height).toBe(24);
    expect(sheet.getRow(5).height).toBe(48);
    expect(sheet.views).toEqual([expect.objectContaining({ state: "frozen", ySplit: 6, topLeftCell: "A7" })]);
    const [grid] = workbookToGrids(sheet.workbook).filter((g) => g.sheet === sheet.name);
    expect(grid.values[3][3]).toBeNull(); // merged-over cells read as empty
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
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: "4:6",
    });
  });

  it("gives cells of a merged area the layout leaves out the top-left style (complete borders)", async () => {
    const layout = smallLayout();
    layout.cells = layout.cells.filter((c) => !(c.row === 4 && (c.col === 4 || c.col === 5)));
    const { sheet } = await writtenAppendix(layout);
    expect(sheet.getCell("E4").border).toMatchObject({ right: { style: "thin" }, top: { style: "thin" } });
    expect(sheet.getCell("E4").font).toMatchObject({ name: "Times New Roman", bold: true });
  });

  it("shares one style object per layout style, so exceljs registers each style once however many units", () => {
    const workbook = new ExcelJS.Workbook();
    const layout = smallLayout();
    const sheet = workbook.getWorksheet(addAppendixSheet(workbook, layout))!;
    const styles = new Set<unknown>();
    sheet.eachRow((row) => row.eachCell((cell) => styles.add(cell.style)));
    expect(styles.size).toBeLessThanOrEqual(new Set(layout.cells.map((cell) => cell.style)).size);
  });

  it("refuses data inside a merged area and unknown styles, adding no sheet", () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Tỉnh");
    const inMerge = smallLayout();
    inMerge.cells.push({ row: 4, col: 5, value: "lost", style: "header" });
    expect(() => addAppendixSheet(workbook, inMerge)).toThrow(XlsxLayoutError);
    const unknownStyle = smallLayout();
    unknownStyle.cells.push({ row: 12, col: 1, value: "x", style: "nope" });
    expect(() => addAppendixSheet(workbook, unknownStyle)).toThrow(/A12 uses unknown style "nope"/);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Tỉnh"]);
  });
});
