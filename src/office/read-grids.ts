/**
 * Worksheets → engine grids. The cost is a constant number of context.sync calls whatever the number
 * of sheets and rows: one to learn the sheet names (only for "all" and "sheets"), one for every
 * sheet's used range at once.
 */
import { type CellValue, type Grid, areaA1, parseArea, type AreaRef } from "../engine";
import { OfficeHostError } from "./errors";
import { splitAreas, splitSheetAddress } from "./sheet-address";
import { supportsExcelApi, WORKBOOK_IMPORT_API } from "./requirements";

export type ReadScope =
  | { kind: "active" }
  | { kind: "selection" }
  | { kind: "all" }
  | { kind: "sheets"; names: string[] };

/** Only what the grid needs; valueTypes tells error values (#REF!) from text that looks like one. */
const RANGE_PROPERTIES = ["address", "values", "numberFormat", "valueTypes"];

interface PendingRead {
  cells: Excel.Range;
  /** Merged areas (ExcelApi 1.13) of the sheet or selection; absent where unsupported. */
  merges?: Excel.RangeAreas;
}

export async function readGrids(context: Excel.RequestContext, scope: ReadScope): Promise<Grid[]> {
  const withMerges = supportsExcelApi(WORKBOOK_IMPORT_API);
  const reads: PendingRead[] = [];
  if (scope.kind === "active") {
    reads.push(queueUsedRange(context.workbook.worksheets.getActiveWorksheet(), withMerges));
  } else if (scope.kind === "selection") {
    reads.push(queueSelection(context.workbook, withMerges));
  } else {
    const names = await sheetNames(context, scope);
    for (const name of names) reads.push(queueUsedRange(context.workbook.worksheets.getItem(name), withMerges));
  }
  await context.sync();
  return reads.flatMap((read) => (read.cells.isNullObject ? [] : [toGrid(read)]));
}

/** Every sheet for "all"; the asked ones for "sheets", in workbook order, after checking they exist. */
async function sheetNames(context: Excel.RequestContext, scope: ReadScope): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const existing = worksheets.items.map((sheet) => sheet.name);
  if (scope.kind !== "sheets") return existing;
  const missing = scope.names.filter((name) => !existing.includes(name));
  if (missing.length > 0) {
    const list = missing.join(", ");
    throw new OfficeHostError("sheet-not-found", {
      vi: `Không tìm thấy trang tính: ${list}. Có thể trang đã được đổi tên hoặc xoá.`,
      en: `Worksheet not found: ${list}. It may have been renamed or deleted.`,
    });
  }
  return existing.filter((name) => scope.names.includes(name));
}

function queueUsedRange(sheet: Excel.Worksheet, withMerges: boolean): PendingRead {
  const cells = sheet.getUsedRangeOrNullObject(true);
  cells.load(RANGE_PROPERTIES);
  // Merges come from the whole sheet: the used range may be a null object, which has no merges to ask.
  return { cells, merges: withMerges ? loadMerges(sheet.getRange()) : undefined };
}

/** The selection clipped to the used range, so a selected whole column does not read a million rows. */
function queueSelection(workbook: Excel.Workbook, withMerges: boolean): PendingRead {
  const selection = workbook.getSelectedRange();
  const cells = selection.getIntersectionOrNullObject(selection.worksheet.getUsedRange(true));
  cells.load(RANGE_PROPERTIES);
  return { cells, merges: withMerges ? loadMerges(selection) : undefined };
}

function loadMerges(range: Excel.Range): Excel.RangeAreas {
  const merges = range.getMergedAreasOrNullObject();
  merges.load("address");
  return merges;
}

function toGrid(read: PendingRead): Grid {
  const { cells } = read;
  const { sheet, area } = splitSheetAddress(cells.address);
  const bounds = parseArea(area);
  const types = cells.valueTypes;
  const values = cells.values.map((row, r) => row.map((value, c) => toCellValue(value, types[r][c])));
  const numberFormats = cells.numberFormat.map((row) => row.map((format) => (typeof format === "string" ? format : null)));
  const grid: Grid = { sheet, origin: areaA1({ ...bounds, bottom: bounds.top, right: bounds.left }), values, numberFormats };
  const merges = read.merges && !read.merges.isNullObject ? mergesWithin(read.merges.address, bounds) : [];
  if (merges.length > 0) grid.merges = merges;
  return grid;
}

function toCellValue(value: unknown, type: Excel.RangeValueType | string): CellValue {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}

/** The merged areas that overlap the grid, as plain areas ("C5:F5"). */
function mergesWithin(address: string, bounds: AreaRef): string[] {
  return splitAreas(address)
    .map((part) => splitSheetAddress(part).area)
    .filter((area) => {
      const a = parseArea(area);
      return a.top <= bounds.bottom && a.bottom >= bounds.top && a.left <= bounds.right && a.right >= bounds.left;
    });
}
