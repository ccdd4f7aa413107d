/**
 * Worksheets → engine grids, in a constant number of context.sync calls for ordinary workbooks:
 * one to learn the sheets' names and ids (only for "all", "sheets" and "area"), one for the used
 * areas, one for the cells (more only for sheets too big for one request, see read-cells), one for
 * the merged areas (ExcelApi 1.13; more only when a sheet has too many, see read-merges). Each grid
 * carries its sheet's id (Worksheet.id, kept across a rename), and a selection's grid the address
 * selected, so that the pane can read the same cells again.
 */
import { type CellValue, type Grid, areaA1, parseArea, type AreaRef } from "../engine";
import { OfficeHostError, type HostErrorText } from "./errors";
import { readCells, type CellBlock, type SheetArea } from "./read-cells";
import { readMerges } from "./read-merges";
import { splitSheetAddress } from "./sheet-address";
import { SELECTED_RANGES_API, supportsExcelApi, WORKBOOK_IMPORT_API } from "./requirements";

export type ReadScope =
  | { kind: "active" }
  | { kind: "selection" }
  | { kind: "all" }
  /** ids[i], when given: the id names[i] had when last read, found first, so a sheet renamed since is still read. */
  | { kind: "sheets"; names: string[]; ids?: (string | undefined)[] }
  /** A selection read before: the same cells of its sheet (found as "sheets" finds it), clipped to the used ones as a selection is. */
  | { kind: "area"; sheet: string; sheetId?: string; address: string };

/** An area to read, with its sheet's id (Worksheet.id) and, for a selection, the address selected, for the grid. */
type SourceArea = SheetArea & { sheetId: string; selection?: string };

export interface ReadResult {
  grids: Grid[];
  /** What Excel would not give (e.g. a sheet's merged cells), for the pane to say. */
  leftOut: HostErrorText[];
}

export const MULTIPLE_AREAS_TEXT: HostErrorText = {
  vi: "Vùng chọn có nhiều vùng rời nhau. Hãy chọn một vùng liền (cả bảng cùng dòng tiêu đề) rồi đọc lại.",
  en: "The selection has several separate areas. Select one continuous area (the whole table with its header) and read again.",
};

/** firstRows: only the top of each area, enough for the engine to tell whether a sheet holds a table. */
export async function readGrids(context: Excel.RequestContext, scope: ReadScope, firstRows?: number): Promise<ReadResult> {
  const used =
    scope.kind === "selection" ? await selectionArea(context) : scope.kind === "area" ? await rememberedArea(context, scope) : await usedAreas(context, scope);
  const areas = firstRows === undefined ? used : used.map((read) => ({ ...read, area: { ...read.area, bottom: Math.min(read.area.bottom, read.area.top + firstRows - 1) } }));
  const cells = await readCells(context, areas);
  const grids = areas.map((area, i) => toGrid(area, cells[i]));
  if (!supportsExcelApi(WORKBOOK_IMPORT_API) || areas.length === 0) return { grids, leftOut: [] };
  // Merges are asked where their top-left cells are: a selection's header may start above it.
  const asked = areas.map(({ area, selection }) => (selection ? { top: 1, left: 1, bottom: area.bottom, right: area.right } : area));
  const { merges, leftOut } = await readMerges(context, areas, asked);
  grids.forEach((grid, i) => {
    if (merges[i].length > 0) grid.merges = merges[i];
  });
  return { grids, leftOut };
}

/** The used area of each sheet in scope, with its sheet's id, in workbook order; empty sheets are left out. */
async function usedAreas(context: Excel.RequestContext, scope: Exclude<ReadScope, { kind: "selection" | "area" }>): Promise<SourceArea[]> {
  const worksheets = context.workbook.worksheets;
  // The active sheet's id comes with its used range; the others' with their names, a sync before.
  const active = scope.kind === "active" ? worksheets.getActiveWorksheet().load("id") : null;
  const ids = active ? [] : await sheetIds(context, scope);
  const sheets = active ? [active] : ids.map((id) => worksheets.getItem(id));
  const used = sheets.map((sheet) => sheet.getUsedRangeOrNullObject(true).load("address"));
  await context.sync();
  return used.flatMap((range, i) => (range.isNullObject ? [] : [{ ...sheetArea(range.address), sheetId: active ? active.id : ids[i] }]));
}

/**
 * The ids of every sheet for "all"; of the asked ones for "sheets", in workbook order, after checking
 * they exist: each by the id it had when last read, else by its name.
 */
async function sheetIds(context: Excel.RequestContext, scope: ReadScope): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name, items/id");
  await context.sync();
  const existing = worksheets.items;
  if (scope.kind !== "sheets") return existing.map((sheet) => sheet.id);
  const found = scope.names.map((name, i) => existing.find((sheet) => sheet.id === scope.ids?.[i]) ?? existing.find((sheet) => sheet.name === name));
  const missing = scope.names.filter((_, i) => !found[i]);
  if (missing.length > 0) {
    const list = missing.join(", ");
    throw new OfficeHostError("sheet-not-found", {
      vi: `Không tìm thấy trang tính: ${list}. Có thể trang đã được đổi tên hoặc xoá.`,
      en: `Worksheet not found: ${list}. It may have been renamed or deleted.`,
    });
  }
  return existing.filter((sheet) => found.includes(sheet)).map((sheet) => sheet.id);
}

/** The selection clipped to the used range, so a selected whole column does not read a million rows. */
async function selectionArea(context: Excel.RequestContext): Promise<SourceArea[]> {
  const selection = context.workbook.getSelectedRange().load("address");
  const sheet = selection.worksheet.load("id");
  const clipped = selection.getIntersectionOrNullObject(sheet.getUsedRange(true)).load("address");
  try {
    await context.sync();
  } catch (cause) {
    throw (await isMultiAreaSelection(context, cause)) ? new OfficeHostError("selection-multiple-areas", MULTIPLE_AREAS_TEXT, cause) : cause;
  }
  return clipped.isNullObject ? [] : [{ ...sheetArea(clipped.address), sheetId: sheet.id, selection: splitSheetAddress(selection.address).area }];
}

/** A selection read before, on its sheet as it is now; the writing of an appendix has moved the officer's selection elsewhere. */
async function rememberedArea(context: Excel.RequestContext, { sheet, sheetId, address }: Extract<ReadScope, { kind: "area" }>): Promise<SourceArea[]> {
  const [id] = await sheetIds(context, { kind: "sheets", names: [sheet], ids: [sheetId] });
  const worksheet = context.workbook.worksheets.getItem(id);
  const clipped = worksheet.getRange(address).getIntersectionOrNullObject(worksheet.getUsedRange(true)).load("address");
  await context.sync();
  return clipped.isNullObject ? [] : [{ ...sheetArea(clipped.address), sheetId: id, selection: address }];
}

/**
 * getSelectedRange throws when several areas are selected; getSelectedRanges (ExcelApi 1.9)
 * counts them. Before 1.9 only the error's code can tell.
 */
async function isMultiAreaSelection(context: Excel.RequestContext, cause: unknown): Promise<boolean> {
  if (!supportsExcelApi(SELECTED_RANGES_API)) return (cause as { code?: string }).code === "InvalidSelection";
  const selected = context.workbook.getSelectedRanges().load("areaCount");
  await context.sync();
  return selected.areaCount > 1;
}

function sheetArea(address: string): SheetArea {
  const { sheet, area } = splitSheetAddress(address);
  return { sheet, area: parseArea(area) };
}

function toGrid({ sheet, sheetId, selection, area }: SourceArea, cells: CellBlock): Grid {
  const types = cells.valueTypes;
  const values = cells.values.map((row, r) => row.map((value, c) => toCellValue(value, types[r][c])));
  const numberFormats = cells.numberFormat.map((row) => row.map((format) => (typeof format === "string" ? format : null)));
  return { sheet, sheetId, ...(selection ? { selection } : {}), origin: areaA1(topLeft(area)), values, numberFormats };
}

const topLeft = (area: AreaRef): AreaRef => ({ ...area, bottom: area.top, right: area.left });

function toCellValue(value: unknown, type: Excel.RangeValueType | string): CellValue {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}
