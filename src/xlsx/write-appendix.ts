/**
 * Engine appendix layout → a new worksheet: its frame with exceljs, its cells as XML
 * (sheet-data.ts), joined by workbookBytes. Browser-safe: no Node APIs here.
 * Only the new sheet is touched; the workbook's other sheets are left as they were loaded.
 */
import type * as ExcelJS from "exceljs";
import { type AppendixLayout, type CellStyle, type PrintSetup, forEachLayoutCell, parseArea, toA1, uniqueSheetName } from "../engine";
import { XlsxLayoutError } from "./errors";
import { type SheetDataXml, sheetDataXml } from "./sheet-data";

const PAPER_SIZE_A4 = 9;
const THIN: Partial<ExcelJS.Border> = { style: "thin" };
/** Excel's last column is XFD, 16,384. */
const MAX_COLUMNS = 16384;
/**
 * exceljs takes a width of 9 for its default and writes no <col> for it, so such a column would open
 * at the spreadsheet's own default (8.43 in Excel); the sheet's default width, which exceljs does
 * write, makes it 9 too.
 */
const EXCELJS_DEFAULT_WIDTH = 9;

/** Rows between two reports of how far the cells are (the web page counts them for the officer). */
export const ROWS_PER_REPORT = 1000;

/** An appendix sheet whose cells are written as XML when the workbook is (workbookBytes). */
export interface PendingSheet {
  sheet: ExcelJS.Worksheet;
  data: SheetDataXml;
  layout: AppendixLayout;
}

const pendingSheets = new WeakMap<ExcelJS.Workbook, PendingSheet[]>();

/** The appendix sheets added to this workbook, still in it, whose cells workbookBytes writes. */
export function pendingAppendixSheets(workbook: ExcelJS.Workbook): PendingSheet[] {
  return (pendingSheets.get(workbook) ?? []).filter(({ sheet }) => workbook.worksheets.includes(sheet));
}

/**
 * Adds the appendix as a new last sheet and returns the name it got ("… (2)" when taken). exceljs
 * holds the sheet's frame — widths, heights, merges, frozen rows, print setup — and the first cell of
 * each style, so that it registers the styles; the cells themselves are made here as XML and put in
 * place by workbookBytes, the only way this workbook is to be written (exceljs's own writeBuffer would
 * leave the other cells out).
 */
export function addAppendixSheet(workbook: ExcelJS.Workbook, layout: AppendixLayout, onRows?: (rows: number) => void): string {
  checkLayout(layout); // before adding the sheet, so a bad layout leaves the workbook as it was
  const name = uniqueSheetName(
    layout.sheetName,
    workbook.worksheets.map((sheet) => sheet.name),
  );
  const data = sheetDataXml(layout, onRows, ROWS_PER_REPORT);
  const sheet = addFrame(workbook, name, layout, data);
  pendingSheets.set(workbook, [...(pendingSheets.get(workbook) ?? []), { sheet, data, layout }]);
  return name;
}

/**
 * The appendix's frame as a new last sheet of this workbook: what exceljs holds of it (see
 * addAppendixSheet). Made again in a workbook of its own when the appendix is grafted into the
 * officer's package (graft-package.ts).
 */
export function addFrame(workbook: ExcelJS.Workbook, name: string, layout: AppendixLayout, data: SheetDataXml): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    properties: { defaultColWidth: EXCELJS_DEFAULT_WIDTH },
    views: frozenView(layout.frozenRows),
    pageSetup: pageSetup(layout.print),
  });
  layout.columnWidths.forEach((width, index) => {
    if (width > 0) sheet.getColumn(index + 1).width = width;
  });
  for (const sample of data.samples) {
    // Empty: exceljs needs only the style (and text would go to the shared strings, unused).
    sheet.getCell(sample.row, sample.col).style = toExcelStyle(layout.styles[sample.style]);
  }
  for (const area of layout.merges) {
    const a = parseArea(area);
    sheet.mergeCellsWithoutStyle(a.top, a.left, a.bottom, a.right);
  }
  // exceljs puts a break below the row given.
  for (const row of layout.print.pageBreaksBefore ?? []) sheet.getRow(row - 1).addPageBreak();
  return sheet;
}

/** A cell's position as one number, cheaper to keep in a Set than its A1 address. */
function cellKey(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

/** The exceljs style of a layout style. */
export function toExcelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  // Name and size always: a font with only `bold` makes LibreOffice fall back to a serif face.
  const out: Partial<ExcelJS.Style> = {
    font: { name: style.font.name, size: style.font.size, bold: !!style.font.bold, italic: !!style.font.italic },
  };
  if (style.numberFormat) out.numFmt = style.numberFormat;
  if (style.horizontal || style.vertical || style.wrap) {
    out.alignment = {
      ...(style.horizontal ? { horizontal: style.horizontal } : {}),
      ...(style.vertical ? { vertical: style.vertical } : {}),
      ...(style.wrap ? { wrapText: true } : {}),
    };
  }
  if (style.border) out.border = { top: { ...THIN }, left: { ...THIN }, bottom: { ...THIN }, right: { ...THIN } };
  return out;
}

/** Data in a merged area's hidden cells would be lost (exceljs even moves it to the top-left cell). */
function checkLayout(layout: AppendixLayout): void {
  const covered = new Set<number>();
  for (const area of layout.merges) {
    const a = parseArea(area);
    for (let r = a.top; r <= a.bottom; r++) {
      for (let c = a.left; c <= a.right; c++) if (r !== a.top || c !== a.left) covered.add(cellKey(r, c));
    }
  }
  forEachLayoutCell(layout, (cell) => {
    if (covered.has(cellKey(cell.row, cell.col)) && (cell.value !== null || cell.formula)) {
      throw new XlsxLayoutError(`Cell ${toA1(cell.row, cell.col)} holds data but lies inside a merged area (not its top-left cell).`);
    }
    if (!layout.styles[cell.style]) throw new XlsxLayoutError(`Cell ${toA1(cell.row, cell.col)} uses unknown style "${cell.style}".`);
    // Excel cannot open a sheet holding <v>Infinity</v> or <v>NaN</v>.
    if (typeof cell.value === "number" && !Number.isFinite(cell.value)) {
      throw new XlsxLayoutError(`Cell ${toA1(cell.row, cell.col)} holds ${cell.value}, not a finite number.`);
    }
  });
}

function frozenView(rows: number): Partial<ExcelJS.WorksheetView>[] {
  if (rows <= 0) return [];
  return [{ state: "frozen", xSplit: 0, ySplit: rows, topLeftCell: toA1(rows + 1, 1), activeCell: "A1" }];
}

function pageSetup(print: PrintSetup): Partial<ExcelJS.PageSetup> {
  const [first, last] = print.repeatRows;
  return {
    paperSize: PAPER_SIZE_A4,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToWidth,
    fitToHeight: 0,
    horizontalCentered: print.horizontalCentered,
    margins: { ...print.margins },
    ...(first > 0 && last >= first ? { printTitlesRow: `${first}:${last}` } : {}),
    // exceljs writes "$" + each corner: "A$1" becomes the absolute "$A$1" that LibreOffice needs
    // ("$A1" it reads as relative, and prints the whole sheet).
    ...(print.area ? { printArea: print.area.replace(/([A-Z]+)(\d+)/g, "$1$$$2") } : {}),
  };
}
