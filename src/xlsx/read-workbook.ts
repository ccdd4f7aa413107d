/**
 * .xlsx → engine grids, with exceljs. Browser-safe (the web page bundles it): no Node APIs here.
 */
import * as ExcelJS from "exceljs";
import { type CellValue, type Grid, parseArea, toA1, type AreaRef, UNCACHED_FORMULA } from "../engine";
import { findDamagedPart } from "./damaged-part";
import { XlsxFileError, type XlsxText } from "./errors";
import { checkUsedRange, inflateWithinLimits } from "./limits";
import { rememberSource } from "./source-package";

/**
 * Loads an .xlsx file's bytes; throws XlsxFileError "too-large" past the README's limits (checked
 * before exceljs reads anything) and "unreadable" for anything that is not a workbook.
 */
export async function readWorkbookBuffer(buffer: ArrayBuffer | Uint8Array, fileName = "workbook"): Promise<ExcelJS.Workbook> {
  const bytes = plainBytes(buffer);
  const problem = formatProblem(bytes, fileName);
  if (problem) throw new XlsxFileError("unreadable", problem, { file: fileName });
  const workbook = new ExcelJS.Workbook();
  try {
    const inflated = await inflateWithinLimits(bytes, fileName);
    // exceljs types say Buffer, but JSZip takes any Uint8Array, in Node and in the browser.
    await workbook.xlsx.load(inflated as unknown as ExcelJS.Buffer);
  } catch (cause) {
    if (cause instanceof XlsxFileError) throw cause;
    throw new XlsxFileError("unreadable", await damaged(bytes, fileName, cause), { file: fileName, cause });
  }
  // Any zip (a .docx, say) loads as a workbook without sheets.
  if (workbook.worksheets.length === 0) {
    throw new XlsxFileError(
      "unreadable",
      { vi: `Tệp ${fileName} không có trang tính nào: có phải sổ .xlsx không?`, en: `${fileName} has no worksheets: is it an .xlsx workbook?` },
      { file: fileName },
    );
  }
  for (const sheet of workbook.worksheets) keepPageNumbering(sheet);
  rememberSource(workbook, bytes);
  return workbook;
}

/** The bytes over a plain ArrayBuffer (copied only from a SharedArrayBuffer), as the zip code takes them. */
function plainBytes(buffer: ArrayBuffer | Uint8Array): Uint8Array<ArrayBuffer> {
  if (!(buffer instanceof Uint8Array)) return new Uint8Array(buffer);
  return buffer.buffer instanceof ArrayBuffer ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) : new Uint8Array(buffer);
}

/** Names the part that could not be read, when one can be found. */
async function damaged(bytes: Uint8Array, fileName: string, cause: unknown): Promise<XlsxText> {
  const found = await findDamagedPart(bytes);
  const reason = found?.reason ?? (cause instanceof Error ? cause.message : String(cause));
  if (found && found.part === null) {
    return {
      vi: `Không đọc được tệp ${fileName} như một sổ .xlsx: cấu trúc nén (zip) hỏng (${reason}).`,
      en: `${fileName} could not be read as an .xlsx workbook: its zip structure is damaged (${reason}).`,
    };
  }
  if (found) {
    return {
      vi: `Không đọc được tệp ${fileName} như một sổ .xlsx: phần ${found.part} hỏng (${reason}).`,
      en: `${fileName} could not be read as an .xlsx workbook: part ${found.part} is damaged (${reason}).`,
    };
  }
  return { vi: `Không đọc được tệp ${fileName} như một sổ .xlsx (${reason}).`, en: `${fileName} could not be read as an .xlsx workbook (${reason}).` };
}

/**
 * exceljs reads a missing firstPageNumber as 1 and then writes useFirstPageNumber="1" into every
 * sheet it saves; clearing it keeps the user's sheets as they were.
 */
function keepPageNumbering(sheet: ExcelJS.Worksheet): void {
  const setup = sheet.pageSetup as Partial<ExcelJS.PageSetup> & { useFirstPageNumber?: boolean };
  if (setup && setup.useFirstPageNumber === false) setup.firstPageNumber = undefined;
}

/** Names the common wrong formats, so the message says what to do. */
function formatProblem(bytes: Uint8Array, fileName: string): XlsxText | null {
  const startsWith = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (bytes.length === 0) return { vi: `Tệp ${fileName} trống.`, en: `${fileName} is empty.` };
  if (startsWith(0xd0, 0xcf, 0x11, 0xe0)) {
    return {
      vi: `Tệp ${fileName} là sổ Excel 97-2003 (.xls) hoặc sổ có mật khẩu: mở bằng Excel rồi lưu lại dạng .xlsx.`,
      en: `${fileName} is an old Excel 97-2003 (.xls) or encrypted workbook: open it in Excel and save it as .xlsx.`,
    };
  }
  if (!startsWith(0x50, 0x4b)) return { vi: `Tệp ${fileName} không phải sổ .xlsx.`, en: `${fileName} is not an .xlsx workbook.` };
  return null;
}

/** One grid per worksheet that has any value; empty sheets are skipped. */
export function workbookToGrids(workbook: ExcelJS.Workbook): Grid[] {
  const grids: Grid[] = [];
  for (const sheet of workbook.worksheets) {
    const grid = worksheetToGrid(sheet);
    if (grid) grids.push(grid);
  }
  return grids;
}

export function worksheetToGrid(sheet: ExcelJS.Worksheet): Grid | null {
  const merges = sheetMerges(sheet);
  const cells: { row: number; col: number; value: CellValue; numFmt: string | null }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merged area's other cells echo the top-left value in exceljs; Excel reports them empty.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const value = toCellValue(cell.value);
      if (value === null || value === "") return;
      cells.push({ row: rowNumber, col: colNumber, value, numFmt: cell.numFmt ?? null });
    });
  });
  if (cells.length === 0) return null;

  const bounds = boundsOf(cells, merges.map(parseArea));
  const height = bounds.bottom - bounds.top + 1;
  const width = bounds.right - bounds.left + 1;
  checkUsedRange(sheet.name, height, width);
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  const numberFormats: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
  for (const cell of cells) {
    values[cell.row - bounds.top][cell.col - bounds.left] = cell.value;
    numberFormats[cell.row - bounds.top][cell.col - bounds.left] = cell.numFmt;
  }
  return { sheet: sheet.name, origin: toA1(bounds.top, bounds.left), values, numberFormats, merges };
}

function boundsOf(cells: { row: number; col: number }[], areas: AreaRef[]): AreaRef {
  const b: AreaRef = { top: Infinity, left: Infinity, bottom: 0, right: 0 };
  for (const { row, col } of cells) {
    b.top = Math.min(b.top, row);
    b.bottom = Math.max(b.bottom, row);
    b.left = Math.min(b.left, col);
    b.right = Math.max(b.right, col);
  }
  // Merged areas count as used, so every merge lies inside the grid.
  for (const area of areas) {
    b.top = Math.min(b.top, area.top);
    b.bottom = Math.max(b.bottom, area.bottom);
    b.left = Math.min(b.left, area.left);
    b.right = Math.max(b.right, area.right);
  }
  return b;
}

/** Merged areas as "A1:C2"; exceljs keeps them in the private _merges map (model.merges builds the whole model). */
function sheetMerges(sheet: ExcelJS.Worksheet): string[] {
  const internal = (sheet as unknown as { _merges?: Record<string, { range?: string } | undefined> })._merges;
  const ranges = internal
    ? Object.values(internal).map((merge) => merge?.range)
    : (sheet.model as unknown as { merges?: string[] }).merges ?? [];
  return ranges.filter((range): range is string => typeof range === "string" && range.includes(":"));
}

/** exceljs cell value → engine value: formulas give their cached result, rich text and links their text. */
export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : { error: "#NUM!" };
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return isoDate(value);
  if (typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  if (typeof v.error === "string") return { error: v.error };
  if ("formula" in v || "sharedFormula" in v) return v.result !== undefined && v.result !== null ? toCellValue(v.result) : { error: UNCACHED_FORMULA };
  if (Array.isArray(v.richText)) return richTextToString(v.richText);
  if ("text" in v) return textOf(v.text);
  return null;
}

function richTextToString(runs: unknown[]): string {
  return runs.map((run) => (run && typeof run === "object" && "text" in run ? String(run.text ?? "") : "")).join("");
}

/** A hyperlink's text may itself be rich text. */
function textOf(text: unknown): string {
  if (typeof text === "string") return text;
  if (text && typeof text === "object" && Array.isArray((text as { richText?: unknown }).richText)) {
    return richTextToString((text as { richText: unknown[] }).richText);
  }
  return text === null || text === undefined ? "" : String(text);
}

/** exceljs gives dates as UTC midnights; the engine sees yyyy-mm-dd. */
function isoDate(date: Date): CellValue {
  return Number.isNaN(date.getTime()) ? { error: "#VALUE!" } : date.toISOString().slice(0, 10);
}
