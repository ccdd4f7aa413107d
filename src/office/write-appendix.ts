/**
 * Engine appendix layout → a new worksheet. Syncs: one to read the sheet names (for a unique name),
 * one to add the sheet and learn its id, one for the whole appendix, one for its chart when it has
 * one (write-chart), and one for print setup (ExcelApi 1.9). Only an appendix whose request would pass Excel on the web's 5 MB limit is split
 * into row chunks, one sync each (appendixChunks states the rule); their cells are made a slice of
 * rows per task, with no request of their own. The chart and print setup go last,
 * each alone: if Excel refuses one, the appendix stays and that part is reported as left out. Never touches
 * another sheet; on failure the sheet this write added is deleted, found by its id, since another
 * window may meanwhile have made a sheet with the same name.
 */
import { type AppendixLayout, type CellStyle, type LayoutCell, type PrintSetup, areaA1, columnLetters, type AreaRef, sheetQualified, toA1, uniqueSheetName } from "../engine";
import { appendixChunks, bottomOf, styleBlocks, TURN, type CellArrays } from "./appendix-batches";
import { describeCause, OfficeHostError, type HostErrorText } from "./errors";
import { PRINT_SETUP_API, supportsExcelApi } from "./requirements";
import { CHART, drawChart } from "./write-chart";

export interface WriteOptions {
  /** Called after each request Excel has applied, with the share of the appendix written (0–1]. */
  onProgress?(fraction: number): void;
  /** Overrides the layout's preferred sheet name. */
  sheetName?: string;
}

export interface WriteResult {
  sheetName: string;
  /** Parts Excel could not take here (e.g. "print setup" before ExcelApi 1.9); the pane says so. */
  leftOut: string[];
}

export const PRINT_SETUP = "print setup";

/** The sheet being written: its name, and its id once Excel has added it. */
interface Target {
  name?: string;
  id?: string;
}

export async function writeAppendix(
  context: Excel.RequestContext,
  layout: AppendixLayout,
  options: WriteOptions = {},
): Promise<WriteResult> {
  const target: Target = {};
  let sheetName: string;
  try {
    sheetName = target.name = await freeSheetName(context, options.sheetName ?? layout.sheetName);
    target.id = await addSheet(context, sheetName);
    await writeChunks(context, target.id, layout, options.onProgress);
  } catch (cause) {
    throw await failure(context, target, cause);
  }
  const charted = !layout.chart || (await drawChart(context, target.id, layout.chart));
  const printed = supportsExcelApi(PRINT_SETUP_API) && (await setUpPrinting(context, target.id, layout.print));
  return { sheetName, leftOut: [...(charted ? [] : [CHART]), ...(printed ? [] : [PRINT_SETUP])] };
}

async function freeSheetName(context: Excel.RequestContext, preferred: string): Promise<string> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  return uniqueSheetName(preferred, worksheets.items.map((sheet) => sheet.name));
}

/** In a request of its own, so that whatever fails later, the id of the sheet to delete is known. */
async function addSheet(context: Excel.RequestContext, sheetName: string): Promise<string> {
  const added = context.workbook.worksheets.add(sheetName).load("id");
  await context.sync();
  return added.id;
}

/**
 * Each chunk's arrays are made just before its request is queued, and the event loop turns between
 * slices of rows (appendixChunks' TURN): Office.js sends nothing before context.sync, so turning
 * costs no request, and the pane stays responsive while a national appendix's cells are made.
 */
async function writeChunks(context: Excel.RequestContext, sheetId: string, layout: AppendixLayout, onProgress: WriteOptions["onProgress"]): Promise<void> {
  for (const chunk of appendixChunks(layout)) {
    if (chunk === TURN) {
      await nextTask();
      continue;
    }
    const sheet = context.workbook.worksheets.getItem(sheetId);
    queueCells(sheet, layout, chunk);
    queueLinks(sheet, chunk.links);
    const bottom = bottomOf(chunk);
    if (bottom === layout.rowCount) {
      queueSheetSetup(sheet, layout);
      sheet.activate();
    }
    // One request per chunk, in order: together they would pass the payload limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    onProgress?.(bottom / layout.rowCount);
  }
}

/** A later task: input, paint and the progress bar get their turn (a promise alone would not yield). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** After the values: Excel shows a link's textToDisplay in its cell. */
function queueLinks(sheet: Excel.Worksheet, cells: LayoutCell[]): void {
  for (const cell of cells) {
    if (!cell.link) continue;
    sheet.getRange(toA1(cell.row, cell.col)).hyperlink = {
      documentReference: sheetQualified(cell.link.sheet, cell.link.cell),
      textToDisplay: String(cell.value ?? cell.link.cell),
    };
  }
}

/** Print setup after the content; false when Excel refused it (the appendix is kept). */
async function setUpPrinting(context: Excel.RequestContext, sheetId: string, print: PrintSetup): Promise<boolean> {
  const worksheets = context.workbook.worksheets;
  queuePrintSetup(worksheets.getItem(sheetId).pageLayout, print);
  for (const row of print.pageBreaksBefore ?? []) worksheets.getItem(sheetId).horizontalPageBreaks.add(`A${row}`);
  try {
    await context.sync();
    return true;
  } catch {
    return false;
  }
}

/** The error to throw, after deleting the sheet this write added; tells what became of it. */
async function failure(context: Excel.RequestContext, target: Target, cause: unknown): Promise<OfficeHostError> {
  const outcome = await removeAddedSheet(context, target);
  const said = describeCause(cause);
  return new OfficeHostError(
    "write-failed",
    {
      vi: `Không ghi được phụ lục; ${outcome.vi}. Lỗi của Excel: ${said}`,
      en: `Could not write the appendix; ${outcome.en}. Excel said: ${said}`,
    },
    cause,
  );
}

async function removeAddedSheet(context: Excel.RequestContext, { name, id }: Target): Promise<HostErrorText> {
  if (name === undefined) return { vi: "sổ làm việc không bị thay đổi", en: "the workbook was not changed" };
  const mayRemain: HostErrorText = {
    vi: `nếu có trang "${name}" do công cụ vừa thêm, trang đó có thể còn trống hoặc ghi dở, hãy xoá; các trang khác không bị thay đổi`,
    en: `if a sheet "${name}" was just added by the tool, it may be empty or half written, delete it; no other sheet was changed`,
  };
  // Without the id, a sheet of that name may be another window's: leave it to the officer.
  if (id === undefined) return mayRemain;
  try {
    const partial = context.workbook.worksheets.getItemOrNullObject(id);
    partial.load("name");
    await context.sync();
    if (!partial.isNullObject) {
      partial.delete();
      await context.sync();
    }
    return {
      vi: `trang ghi dở "${name}" đã được xoá, các trang khác không bị thay đổi`,
      en: `the partial sheet "${name}" was deleted and no other sheet was changed`,
    };
  } catch {
    return mayRemain;
  }
}

function queueCells(sheet: Excel.Worksheet, layout: AppendixLayout, chunk: CellArrays): void {
  const range = sheet.getRange(areaA1({ top: chunk.top, left: 1, bottom: bottomOf(chunk), right: layout.columnCount }));
  // Formats first: a text cell must already be Text when its value arrives.
  range.numberFormat = chunk.numberFormats;
  range.formulas = chunk.formulas;
  for (const block of styleBlocks(chunk)) {
    const style = layout.styles[block.style];
    if (style) applyStyle(sheet.getRange(areaA1(block.area)), style, block.area);
  }
}

type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";
const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

function applyStyle(range: Excel.Range, style: CellStyle, area: AreaRef): void {
  const format = range.format;
  format.font.name = style.font.name;
  format.font.size = style.font.size;
  format.font.bold = !!style.font.bold;
  format.font.italic = !!style.font.italic;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap) format.wrapText = true;
  if (!style.border) return;
  const edges: BorderEdge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  // Inside borders exist only where the rectangle has more than one row or column.
  if (area.bottom > area.top) edges.push("InsideHorizontal");
  if (area.right > area.left) edges.push("InsideVertical");
  for (const edge of edges) {
    const border = format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thin";
  }
}

/**
 * Column widths: the layout uses the file's character units (as .xlsx stores them); Excel's API
 * takes points. With the default font's 7-pixel digit, w characters are round(7w) pixels, ¾ pt each.
 */
function widthInPoints(characters: number): number {
  return Math.round(7 * characters) * 0.75;
}

function queueSheetSetup(sheet: Excel.Worksheet, layout: AppendixLayout): void {
  for (const area of layout.merges) sheet.getRange(area).merge(false);
  layout.columnWidths.forEach((width, index) => {
    if (width > 0) sheet.getRange(`${columnLetters(index + 1)}:${columnLetters(index + 1)}`).format.columnWidth = widthInPoints(width);
  });
  for (const rows of rowsByHeight(layout.rowHeights)) {
    sheet.getRange(`${rows.first}:${rows.last}`).format.rowHeight = rows.height;
  }
  if (layout.frozenRows > 0) sheet.freezePanes.freezeRows(layout.frozenRows);
}

/** Consecutive rows of equal height share one request item. */
function rowsByHeight(heights: Record<number, number>): { first: number; last: number; height: number }[] {
  const rows = Object.keys(heights).map(Number).sort((a, b) => a - b);
  const groups: { first: number; last: number; height: number }[] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last && last.last === row - 1 && last.height === heights[row]) last.last = row;
    else groups.push({ first: row, last: row, height: heights[row] });
  }
  return groups;
}

const POINTS_PER_INCH = 72;

function queuePrintSetup(page: Excel.PageLayout, print: PrintSetup): void {
  page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  page.paperSize = "A4";
  // Fit to the width in pages; 0 pages tall lets the height run on.
  page.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: 0 };
  page.leftMargin = print.margins.left * POINTS_PER_INCH;
  page.rightMargin = print.margins.right * POINTS_PER_INCH;
  page.topMargin = print.margins.top * POINTS_PER_INCH;
  page.bottomMargin = print.margins.bottom * POINTS_PER_INCH;
  page.headerMargin = print.margins.header * POINTS_PER_INCH;
  page.footerMargin = print.margins.footer * POINTS_PER_INCH;
  page.centerHorizontally = print.horizontalCentered;
  const [first, last] = print.repeatRows;
  if (first > 0 && last >= first) page.setPrintTitleRows(`$${first}:$${last}`);
  if (print.area) page.setPrintArea(print.area);
}
