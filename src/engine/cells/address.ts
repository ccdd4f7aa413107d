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
