/**
 * The cells of known areas, read in row chunks that keep each response under Excel on the web's
 * 5 MB limit and each request under 1,000,000 cells (Excel refuses to read more than 5,000,000
 * cells of a range). Small areas share one request, so an ordinary workbook is read in one sync;
 * a 200,000-row household list beside the table takes about one sync per 125,000 cells.
 */
import { areaA1, type AreaRef } from "../engine";
import { REQUEST_BUDGET_BYTES } from "./appendix-batches";

/** Only what the grid needs; valueTypes tells error values (#REF!) from text that looks like one. */
const CELL_PROPERTIES = ["values", "numberFormat", "valueTypes"];

/** Cells per request: 1,000,000 at most, and fewer when their estimated response passes the budget. */
const MAX_CELLS_PER_REQUEST = 1_000_000;
/**
 * Estimated response bytes per cell (value, format, type as JSON). Measured: 22 for a district's
 * table, 30 for a household list with names; a longer text makes Excel refuse the response, and
 * the request is then read again in halves.
 */
const BYTES_PER_CELL = 32;
const CELLS_PER_REQUEST = Math.min(MAX_CELLS_PER_REQUEST, Math.floor(REQUEST_BUDGET_BYTES / BYTES_PER_CELL));

/** Excel's answers to a read that is too big for one request; a smaller read may pass. */
const TOO_BIG = new Set(["ResponsePayloadSizeLimitExceeded", "RangeExceedsLimit"]);

export interface SheetArea {
  sheet: string;
  area: AreaRef;
}

export interface CellBlock {
  values: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
}

/** Rows top..bottom of one of the areas. */
interface Piece {
  index: number;
  top: number;
  bottom: number;
}

const width = (area: AreaRef): number => area.right - area.left + 1;
const cellsOf = (piece: Piece, areas: SheetArea[]): number => (piece.bottom - piece.top + 1) * width(areas[piece.index].area);

/** Each area's cells, in the order given. */
export async function readCells(context: Excel.RequestContext, areas: SheetArea[]): Promise<CellBlock[]> {
  const blocks: CellBlock[] = areas.map(() => ({ values: [], numberFormat: [], valueTypes: [] }));
  // Requests run one after another, in row order, so each block's rows are appended in order.
  for (const request of planRequests(areas)) await readRequest(context, areas, request, blocks);
  return blocks;
}

/** Areas cut into row pieces of at most CELLS_PER_REQUEST cells, packed greedily into requests. */
function planRequests(areas: SheetArea[]): Piece[][] {
  const requests: Piece[][] = [];
  let current: Piece[] = [];
  let cells = 0;
  areas.forEach(({ area }, index) => {
    const rowsPerPiece = Math.max(1, Math.floor(CELLS_PER_REQUEST / width(area)));
    for (let top = area.top; top <= area.bottom; top += rowsPerPiece) {
      const piece = { index, top, bottom: Math.min(area.bottom, top + rowsPerPiece - 1) };
      const size = cellsOf(piece, areas);
      if (current.length > 0 && cells + size > CELLS_PER_REQUEST) {
        requests.push(current);
        current = [];
        cells = 0;
      }
      current.push(piece);
      cells += size;
    }
  });
  if (current.length > 0) requests.push(current);
  return requests;
}

/** One request, one sync: together the requests would pass the limits. */
async function readRequest(context: Excel.RequestContext, areas: SheetArea[], pieces: Piece[], blocks: CellBlock[]): Promise<void> {
  const ranges = pieces.map((piece) => {
    const { sheet, area } = areas[piece.index];
    const range = context.workbook.worksheets.getItem(sheet).getRange(areaA1({ ...area, top: piece.top, bottom: piece.bottom }));
    return range.load(CELL_PROPERTIES);
  });
  try {
    await context.sync();
  } catch (cause) {
    const halves = splitInHalves(pieces);
    if (!TOO_BIG.has((cause as { code?: string }).code ?? "") || !halves) throw cause;
    for (const half of halves) await readRequest(context, areas, half, blocks);
    return;
  }
  pieces.forEach((piece, i) => {
    const block = blocks[piece.index];
    const range = ranges[i];
    // Row by row: a spread of 100,000 rows would pass the engine's argument limit.
    for (const row of range.values) block.values.push(row);
    for (const row of range.numberFormat) block.numberFormat.push(row);
    for (const row of range.valueTypes) block.valueTypes.push(row);
  });
}

/** Two smaller requests with the same rows in the same order, or none when a single row is left. */
function splitInHalves(pieces: Piece[]): [Piece[], Piece[]] | undefined {
  if (pieces.length > 1) {
    const middle = Math.ceil(pieces.length / 2);
    return [pieces.slice(0, middle), pieces.slice(middle)];
  }
  const [piece] = pieces;
  if (piece.top === piece.bottom) return undefined;
  const middle = Math.floor((piece.top + piece.bottom) / 2);
  return [[{ ...piece, bottom: middle }], [{ ...piece, top: middle + 1 }]];
}
