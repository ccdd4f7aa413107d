/**
 * The appendix layout cut into what Excel writes in bulk, a request at a time: for each chunk of
 * rows, one formulas array and one number-format array, rectangles of equally styled cells, and its
 * links. Chunks keep each request under Excel on the web's 5 MB payload limit. They are made as they
 * are sent, a slice of rows at a time, so that the pane can let its thread breathe between slices:
 * a national appendix's cells take a few hundred milliseconds to make.
 */
import { planRowCells, type AppendixLayout, type LayoutCell, type AreaRef } from "../engine";

/** Excel's "Text" number format: what is typed or written into such a cell stays text. */
export const TEXT_FORMAT = "@";

/**
 * Budget for one request's estimated size: Excel on the web refuses requests over 5 MB; the
 * margin covers the request envelope (object paths, action ids) that the estimate leaves out.
 */
export const REQUEST_BUDGET_BYTES = 4_000_000;
/** Estimated request size of one styled rectangle (font, alignment, wrap, six borders). */
const STYLE_BLOCK_BYTES = 3_000;
/** Estimated size of the sheet setup (merges, widths, heights, freeze panes, print setup). */
const SETUP_BYTES = 20_000;
/** Rows made between two chances for the event loop to turn: a few tens of milliseconds' work. */
export const ROWS_PER_TURN = 1_000;
/** What appendixChunks yields after each ROWS_PER_TURN rows: a moment to let the event loop turn. */
export const TURN = "turn";

/** A chunk of consecutive sheet rows, as one request writes them. */
export interface CellArrays {
  /** The sheet row (1-based) of the arrays' first row. */
  top: number;
  /** Row by row: numbers, "=formula", text, or "" for empty. */
  formulas: (string | number)[][];
  numberFormats: string[][];
  /** Style keys, undefined where the layout has no cell. */
  styles: (string | undefined)[][];
  /** The chunk's cells that carry a link, in writing order. */
  links: LayoutCell[];
}

export interface StyleBlock {
  area: AreaRef;
  style: string;
}

/** The last sheet row of a chunk. */
export function bottomOf(chunk: CellArrays): number {
  return chunk.top + chunk.formulas.length - 1;
}

function isText(cell: LayoutCell): boolean {
  return !cell.formula && typeof cell.value === "string";
}

/**
 * A sheet row's cells in the order forEachLayoutCell visits them (a later cell at one place wins):
 * its plan row's, made from the record now, then the cells the layout holds at that row.
 */
function rowReader(layout: AppendixLayout): (row: number) => LayoutCell[] {
  const held = new Map<number, LayoutCell[]>();
  for (const cell of layout.cells) {
    const row = held.get(cell.row);
    if (row) row.push(cell);
    else held.set(cell.row, [cell]);
  }
  return (row) => [...planRowCells(layout, row), ...(held.get(row) ?? [])];
}

/** One sheet row of a chunk's arrays, with its cells that carry a link. */
interface SheetRow {
  formulas: (string | number)[];
  numberFormats: string[];
  styles: (string | undefined)[];
  links: LayoutCell[];
}

/**
 * Text cells get the Text format, queued before the values, so Excel stores "=1+1", "+84…" or
 * "0012" exactly as given instead of parsing them.
 */
function sheetRow(layout: AppendixLayout, cells: LayoutCell[]): SheetRow {
  const width = layout.columnCount;
  const row: SheetRow = { formulas: new Array<string | number>(width).fill(""), numberFormats: new Array<string>(width).fill("General"), styles: new Array<string | undefined>(width), links: [] };
  for (const cell of cells) {
    const c = cell.col - 1;
    row.formulas[c] = cell.formula ? `=${cell.formula.replace(/^=/, "")}` : (cell.value ?? "");
    row.numberFormats[c] = isText(cell) ? TEXT_FORMAT : (layout.styles[cell.style]?.numberFormat ?? "General");
    row.styles[c] = cell.style;
    if (cell.link) row.links.push(cell);
  }
  return row;
}

function append(chunk: CellArrays, row: SheetRow): void {
  chunk.formulas.push(row.formulas);
  chunk.numberFormats.push(row.numberFormats);
  chunk.styles.push(row.styles);
  for (const link of row.links) chunk.links.push(link);
}

const emptyChunk = (top: number): CellArrays => ({ top, formulas: [], numberFormats: [], styles: [], links: [] });

interface Run {
  left: number;
  right: number;
  style: string;
}

function rowRuns(row: (string | undefined)[]): Run[] {
  const runs: Run[] = [];
  for (let c = 0; c < row.length; c++) {
    const style = row[c];
    if (style === undefined) continue;
    const last = runs[runs.length - 1];
    if (last && last.right === c && last.style === style) last.right = c + 1;
    else runs.push({ left: c + 1, right: c + 1, style });
  }
  return runs;
}

const runKey = (run: Run): string => `${run.left}:${run.right}:${run.style}`;

/**
 * Equally styled cells of a chunk as few rectangles as possible: runs along each row, then runs
 * with the same columns and style stacked down. 10,600 unit rows stay a handful.
 */
export function styleBlocks(chunk: CellArrays): StyleBlock[] {
  const done: StyleBlock[] = [];
  let open = new Map<string, StyleBlock>();
  chunk.styles.forEach((styles, index) => {
    const r = chunk.top + index;
    const next = new Map<string, StyleBlock>();
    for (const run of rowRuns(styles)) {
      const key = runKey(run);
      const block = open.get(key) ?? { area: { top: r, left: run.left, bottom: r, right: run.right }, style: run.style };
      block.area.bottom = r;
      open.delete(key);
      next.set(key, block);
    }
    for (const block of open.values()) done.push(block);
    open = next;
  });
  return [...done, ...open.values()];
}

/** The UTF-8 size of a value's JSON, counted from its UTF-16 code units (no encoded copy). */
function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Two bytes below U+0800, four per surrogate pair, three for the rest of the BMP.
    if (code >= 0x80) bytes += code < 0x800 || (code >= 0xd800 && code < 0xe000) ? 1 : 2;
  }
  return bytes;
}

/**
 * The appendix's rows in request-sized chunks, each made when the one before it has been taken,
 * with TURN after every ROWS_PER_TURN rows made. The whole appendix is one chunk unless its
 * estimate (values + formats as JSON, plus a fixed cost per style rectangle) exceeds `budget`;
 * then consecutive rows are grouped greedily so that each chunk's estimate stays under it.
 */
export function* appendixChunks(layout: AppendixLayout, budget = REQUEST_BUDGET_BYTES): Generator<CellArrays | typeof TURN> {
  const cellsAt = rowReader(layout);
  let chunk = emptyChunk(1);
  let size = SETUP_BYTES;
  let previousRuns = new Set<string>();
  for (let r = 1; r <= layout.rowCount; r++) {
    const row = sheetRow(layout, cellsAt(r));
    const runs = rowRuns(row.styles).map(runKey);
    const newBlocks = runs.filter((key) => !previousRuns.has(key)).length;
    const rowSize = jsonBytes(row.formulas) + jsonBytes(row.numberFormats) + newBlocks * STYLE_BLOCK_BYTES;
    if (r > chunk.top && size + rowSize > budget) {
      yield chunk;
      chunk = emptyChunk(r);
      // A new request restarts every rectangle that was running across the cut.
      size = SETUP_BYTES + runs.length * STYLE_BLOCK_BYTES + rowSize - newBlocks * STYLE_BLOCK_BYTES;
    } else {
      size += rowSize;
    }
    append(chunk, row);
    previousRuns = new Set(runs);
    if (r % ROWS_PER_TURN === 0 && r < layout.rowCount) yield TURN;
  }
  if (chunk.formulas.length > 0) yield chunk;
}
