/**
 * Engine appendix layout → a new worksheet, with exceljs. Browser-safe: no Node APIs here.
 * Only the new sheet is touched; the workbook's other sheets are left as they were loaded.
 */
import type * as ExcelJS from "exceljs";
import { type AppendixLayout, type CellStyle, type LayoutCell, type PrintSetup, parseArea, sheetQualified, toA1, uniqueSheetName } from "../engine";
import { XlsxLayoutError } from "./errors";

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

/** Adds the appendix as a new last sheet and returns the name it got ("… (2)" when taken). */
/** Rows between two reports of how far the cells are (the web page counts them for the officer). */
export const ROWS_PER_REPORT = 1000;

export function addAppendixSheet(workbook: ExcelJS.Workbook, layout: AppendixLayout, onRows?: (rows: number) => void): string {
  checkLayout(layout); // before adding the sheet, so a bad layout leaves the workbook as it was
  const name = uniqueSheetName(
    layout.sheetName,
    workbook.worksheets.map((sheet) => sheet.name),
  );
  const sheet = workbook.addWorksheet(name, {
    properties: { defaultColWidth: EXCELJS_DEFAULT_WIDTH },
    views: frozenView(layout.frozenRows),
    pageSetup: pageSetup(layout.print),
  });

  layout.columnWidths.forEach((width, index) => {
    if (width > 0) sheet.getColumn(index + 1).width = width;
  });
  for (const [row, height] of Object.entries(layout.rowHeights)) {
    sheet.getRow(Number(row)).height = height;
  }

  // One exceljs style object per layout style, shared by its cells: exceljs recognises an object it
  // has already registered (a WeakMap in its styles writer) instead of rebuilding and hashing its XML
  // once per cell — most of the write time for a 10,600-unit appendix. exceljs shares style objects
  // the same way between the cells it loads from a file.
  const styles = new Map(Object.entries(layout.styles).map(([name, style]) => [name, toExcelStyle(style)]));
  const written = new Set<number>();
  let reported = 0;
  for (const cell of layout.cells) {
    if (onRows && cell.row - reported >= ROWS_PER_REPORT) onRows((reported = cell.row - (cell.row % ROWS_PER_REPORT)));
    const target = sheet.getCell(cell.row, cell.col);
    target.value = cellValue(cell);
    target.style = styles.get(cell.style)!;
    written.add(cellKey(cell.row, cell.col));
  }

  for (const area of layout.merges) mergeArea(sheet, area, written);
  // exceljs puts a break below the row given.
  for (const row of layout.print.pageBreaksBefore ?? []) sheet.getRow(row - 1).addPageBreak();
  return name;
}

/** A string literal inside a formula: its quotes doubled, so the text stays text. */
const formulaText = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * Text stays text (a plain string is never parsed as a formula); formulas keep their computed result.
 * A link is a HYPERLINK formula: exceljs writes an internal hyperlink with a stray external
 * relationship beside it, and "#Sheet!A1" is the jump both Excel and LibreOffice follow.
 */
function cellValue(cell: LayoutCell): ExcelJS.CellValue {
  if (cell.link) {
    const text = String(cell.value ?? cell.link.cell);
    const target = `#${sheetQualified(cell.link.sheet, cell.link.cell)}`;
    return { formula: `HYPERLINK(${formulaText(target)},${formulaText(text)})`, result: text };
  }
  if (cell.formula) {
    const formula = cell.formula.replace(/^=/, "");
    return cell.value === null ? { formula } : { formula, result: cell.value };
  }
  return cell.value;
}

/** A cell's position as one number, cheaper to keep in a Set than its A1 address. */
function cellKey(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

/**
 * The exceljs style of a layout style. Shared by cells: to restyle one cell later, give it a new
 * object (cell.style = { ...cell.style, … }); exceljs's cell.font = … would change them all.
 */
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
  for (const cell of layout.cells) {
    if (covered.has(cellKey(cell.row, cell.col)) && (cell.value !== null || cell.formula)) {
      throw new XlsxLayoutError(`Cell ${toA1(cell.row, cell.col)} holds data but lies inside a merged area (not its top-left cell).`);
    }
    if (!layout.styles[cell.style]) throw new XlsxLayoutError(`Cell ${toA1(cell.row, cell.col)} uses unknown style "${cell.style}".`);
    // Excel cannot open a sheet holding <v>Infinity</v> or <v>NaN</v>.
    if (typeof cell.value === "number" && !Number.isFinite(cell.value)) {
      throw new XlsxLayoutError(`Cell ${toA1(cell.row, cell.col)} holds ${cell.value}, not a finite number.`);
    }
  }
}

/**
 * Merges without exceljs copying the top-left style over cells the layout styled itself;
 * cells it left out take the top-left style, so the merged area's borders are complete.
 */
function mergeArea(sheet: ExcelJS.Worksheet, area: string, written: Set<number>): void {
  const a = parseArea(area);
  const masterStyle = sheet.getCell(a.top, a.left).style;
  sheet.mergeCellsWithoutStyle(a.top, a.left, a.bottom, a.right);
  for (let r = a.top; r <= a.bottom; r++) {
    for (let c = a.left; c <= a.right; c++) {
      if (!written.has(cellKey(r, c))) sheet.getCell(r, c).style = masterStyle;
    }
  }
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
