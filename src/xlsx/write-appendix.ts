/**
 * Engine appendix layout → a new worksheet, with exceljs. Browser-safe: no Node APIs here.
 * Only the new sheet is touched; the workbook's other sheets are left as they were loaded.
 */
import type * as ExcelJS from "exceljs";
import { type AppendixLayout, type CellStyle, type LayoutCell, type PrintSetup, parseArea, toA1, uniqueSheetName } from "../engine";
import { XlsxLayoutError } from "./errors";

const PAPER_SIZE_A4 = 9;
const THIN: Partial<ExcelJS.Border> = { style: "thin" };

/** Adds the appendix as a new last sheet and returns the name it got ("… (2)" when taken). */
export function addAppendixSheet(workbook: ExcelJS.Workbook, layout: AppendixLayout): string {
  checkLayout(layout); // before adding the sheet, so a bad layout leaves the workbook as it was
  const name = uniqueSheetName(
    layout.sheetName,
    workbook.worksheets.map((sheet) => sheet.name),
  );
  const sheet = workbook.addWorksheet(name, {
    views: frozenView(layout.frozenRows),
    pageSetup: pageSetup(layout.print),
  });

  layout.columnWidths.forEach((width, index) => {
    if (width > 0) sheet.getColumn(index + 1).width = width;
  });
  for (const [row, height] of Object.entries(layout.rowHeights)) {
    sheet.getRow(Number(row)).height = height;
  }

  const written = new Set<string>();
  for (const cell of layout.cells) {
    const target = sheet.getCell(cell.row, cell.col);
    target.value = cellValue(cell);
    target.style = toExcelStyle(layout.styles[cell.style]);
    written.add(toA1(cell.row, cell.col));
  }

  for (const area of layout.merges) mergeArea(sheet, area, written);
  return name;
}

/** Text stays text (a plain string is never parsed as a formula); formulas keep their computed result. */
function cellValue(cell: LayoutCell): ExcelJS.CellValue {
  if (cell.formula) {
    const formula = cell.formula.replace(/^=/, "");
    return cell.value === null ? { formula } : { formula, result: cell.value };
  }
  return cell.value;
}

/** A fresh object per cell: exceljs mutates a cell's style in place, so sharing one would leak edits. */
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
  const covered = new Set<string>();
  for (const area of layout.merges) {
    const a = parseArea(area);
    for (let r = a.top; r <= a.bottom; r++) {
      for (let c = a.left; c <= a.right; c++) if (r !== a.top || c !== a.left) covered.add(toA1(r, c));
    }
  }
  for (const cell of layout.cells) {
    const address = toA1(cell.row, cell.col);
    if (covered.has(address) && (cell.value !== null || cell.formula)) {
      throw new XlsxLayoutError(`Cell ${address} holds data but lies inside a merged area (not its top-left cell).`);
    }
    if (!layout.styles[cell.style]) throw new XlsxLayoutError(`Cell ${address} uses unknown style "${cell.style}".`);
  }
}

/**
 * Merges without exceljs copying the top-left style over cells the layout styled itself;
 * cells it left out take the top-left style, so the merged area's borders are complete.
 */
function mergeArea(sheet: ExcelJS.Worksheet, area: string, written: Set<string>): void {
  const a = parseArea(area);
  const masterStyle = sheet.getCell(a.top, a.left).style;
  sheet.mergeCellsWithoutStyle(a.top, a.left, a.bottom, a.right);
  for (let r = a.top; r <= a.bottom; r++) {
    for (let c = a.left; c <= a.right; c++) {
      if (!written.has(toA1(r, c))) sheet.getCell(r, c).style = copyStyle(masterStyle);
    }
  }
}

function copyStyle(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  return JSON.parse(JSON.stringify(style)) as Partial<ExcelJS.Style>;
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
  };
}
