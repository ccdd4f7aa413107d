/**
 * The appendix layout cut into what Excel writes in bulk: one formulas array and one number-format
 * array for the whole rectangle, rectangles of equally styled cells, and the row chunks that keep
 * each request under Excel on the web's 5 MB payload limit.
 */
import { forEachLayoutCell, type AppendixLayout, type LayoutCell, type AreaRef } from "../engine";

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

export interface CellArrays {
  /** Row by row from A1: numbers, "=formula", text, or "" for empty. */
  formulas: (string | number)[][];
  numberFormats: string[][];
  /** Style keys, undefined where the layout has no cell. */
  styles: (string | undefined)[][];
}

export interface StyleBlock {
  area: AreaRef;
  style: string;
}

/** A run of sheet rows written in one request (1-based, inclusive). */
export interface RowChunk {
  top: number;
  bottom: number;
}

function isText(cell: LayoutCell): boolean {
  return !cell.formula && typeof cell.value === "string";
}

/**
 * The rectangle's values, formats and styles, in one reading of the layout's cells (its plan rows'
 * are made as they are read). Text cells get the Text format, queued before the values, so Excel
 * stores "=1+1", "+84…" or "0012" exactly as given instead of parsing them.
 */
export function cellArrays(layout: AppendixLayout): CellArrays {
  const { rowCount, columnCount } = layout;
  const formulas = Array.from({ length: rowCount }, () => new Array<string | number>(columnCount).fill(""));
  const numberFormats = Array.from({ length: rowCount }, () => new Array<string>(columnCount).fill("General"));
  const styles = Array.from({ length: rowCount }, () => new Array<string | undefined>(columnCount));
  forEachLayoutCell(layout, (cell) => {
    const r = cell.row - 1;
    const c = cell.col - 1;
    formulas[r][c] = cell.formula ? `=${cell.formula.replace(/^=/, "")}` : (cell.value ?? "");
    numberFormats[r][c] = isText(cell) ? TEXT_FORMAT : (layout.styles[cell.style]?.numberFormat ?? "General");
    styles[r][c] = cell.style;
  });
  return { formulas, numberFormats, styles };
}

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
 * Equally styled cells as few rectangles as possible between the chunk's rows: runs along each
 * row, then runs with the same columns and style stacked down. 10,600 unit rows stay a handful.
 */
export function styleBlocks({ styles: grid }: CellArrays, chunk: RowChunk): StyleBlock[] {
  const done: StyleBlock[] = [];
  let open = new Map<string, StyleBlock>();
  for (let r = chunk.top; r <= chunk.bottom; r++) {
    const next = new Map<string, StyleBlock>();
    for (const run of rowRuns(grid[r - 1])) {
      const key = runKey(run);
      const block = open.get(key) ?? { area: { top: r, left: run.left, bottom: r, right: run.right }, style: run.style };
      block.area.bottom = r;
      open.delete(key);
      next.set(key, block);
    }
    for (const block of open.values()) done.push(block);
    open = next;
  }
  return [...done, ...open.values()];
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Rows in request-sized chunks. The whole appendix goes in one request unless its estimate
 * (values + formats as JSON, plus a fixed cost per style rectangle) exceeds REQUEST_BUDGET_BYTES;
 * then consecutive rows are grouped greedily so that each chunk's estimate stays under it.
 */
export function planRowChunks(layout: AppendixLayout, arrays: CellArrays, budget = REQUEST_BUDGET_BYTES): RowChunk[] {
  const grid = arrays.styles;
  const chunks: RowChunk[] = [];
  let top = 1;
  let size = SETUP_BYTES;
  let previousRuns = new Set<string>();
  for (let r = 1; r <= layout.rowCount; r++) {
    const runs = rowRuns(grid[r - 1]);
    const newBlocks = runs.filter((run) => !previousRuns.has(runKey(run))).length;
    const rowSize =
      utf8Length(JSON.stringify(arrays.formulas[r - 1])) +
      utf8Length(JSON.stringify(arrays.numberFormats[r - 1])) +
      newBlocks * STYLE_BLOCK_BYTES;
    if (r > top && size + rowSize > budget) {
      chunks.push({ top, bottom: r - 1 });
      top = r;
      // A new request restarts every rectangle that was running across the cut.
      size = SETUP_BYTES + runs.length * STYLE_BLOCK_BYTES + rowSize - newBlocks * STYLE_BLOCK_BYTES;
    } else {
      size += rowSize;
    }
    previousRuns = new Set(runs.map(runKey));
  }
  if (layout.rowCount >= top) chunks.push({ top, bottom: layout.rowCount });
  return chunks;
}
