/** A1 addresses: 1-based row and column numbers to and from "C7". */

export interface CellRef {
  row: number;
  col: number;
}

/** The first columns' letters, worked out once: every cell read or written names its address. */
const FIRST_COLUMNS = Array.from({ length: 64 }, (_, col) => lettersOf(col));

export function columnLetters(col: number): string {
  return FIRST_COLUMNS[col] ?? lettersOf(col);
}

function lettersOf(col: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col;
}

export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** More than a national table's 75,000 figures and names, far fewer than a sheet's 17 billion cells. */
export const MAX_KEPT_ADDRESSES = 300_000;
/** Addresses made by cellAddress, by column number and row. */
let keptAddresses: string[][] = [];
let keptCount = 0;

/**
 * toA1 for the cells a table's rows are read from, each address made once and kept: an analysis of a
 * national table names 75,000 cells, and the pane analyses the same sheet again at each change of the
 * goal or a target. Made afresh each time, they were 1.4 MB of every analysis's output for V8's young
 * generation to copy (analyze 86 -> 77 ms at 10,600 units). Past MAX_KEPT_ADDRESSES all are
 * forgotten and made afresh, so no workbook can grow the store without bound.
 */
export function cellAddress(row: number, col: number): string {
  const column = (keptAddresses[col] ??= []);
  const kept = column[row];
  if (kept !== undefined) return kept;
  if (keptCount >= MAX_KEPT_ADDRESSES) {
    keptAddresses = [];
    keptCount = 0;
    return cellAddress(row, col);
  }
  keptCount++;
  return (column[row] = columnLetters(col) + row);
}

/** How many addresses cellAddress keeps now, never more than MAX_KEPT_ADDRESSES. */
export function keptAddressCount(): number {
  return keptCount;
}

export function parseA1(address: string): CellRef {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new RangeError(`Not an A1 cell address: ${address}`);
  return { row: Number(match[2]), col: columnNumber(match[1]) };
}

export interface AreaRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B2:D4" (or a single cell) to its corners. */
export function parseArea(area: string): AreaRef {
  const [first, last = first] = area.split(":");
  const a = parseA1(first);
  const b = parseA1(last);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function areaA1(area: AreaRef): string {
  const first = toA1(area.top, area.left);
  const last = toA1(area.bottom, area.right);
  return first === last ? first : `${first}:${last}`;
}
