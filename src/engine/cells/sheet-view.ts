/** Reads a Grid by sheet row and column (1-based), whatever its origin. */
import { parseA1, parseArea, type AreaRef } from "./address";
import { type CellValue, type Grid, isCellError } from "./grid";
import { tidy } from "./text";

export class SheetView {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly merges: AreaRef[];

  constructor(private readonly grid: Grid) {
    const origin = parseA1(grid.origin);
    this.sheet = grid.sheet;
    this.top = origin.row;
    this.left = origin.col;
    this.bottom = origin.row + grid.values.length - 1;
    this.right = origin.col + grid.values.reduce((widest, row) => Math.max(widest, row.length), 0) - 1;
    this.merges = (grid.merges ?? []).map(parseArea);
  }

  value(row: number, col: number): CellValue {
    return this.grid.values[row - this.top]?.[col - this.left] ?? null;
  }

  numberFormat(row: number, col: number): string | null {
    return this.grid.numberFormats?.[row - this.top]?.[col - this.left] ?? null;
  }

  /** The cell as display text: strings tidied, numbers as written in JS, errors as their code. */
  text(row: number, col: number): string {
    const value = this.value(row, col);
    if (value === null) return "";
    if (isCellError(value)) return value.error;
    return typeof value === "string" ? tidy(value) : String(value);
  }

  /**
   * Whether every cell's text() is "", asked of the values themselves: turning each of a national
   * table's 70,000 numbers into a string only to see it is not empty was most of what it allocated.
   */
  isBlankRow(row: number): boolean {
    const values = this.grid.values[row - this.top];
    if (values === undefined) return true;
    const last = Math.min(this.right - this.left, values.length - 1);
    for (let i = 0; i <= last; i++) if (!isBlankValue(values[i])) return false;
    return true;
  }

  /** The text a header cell shows: a merged area's text counts in every cell it covers. */
  headerText(row: number, col: number): string {
    const area = this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
    return area ? this.text(area.top, area.left) : this.text(row, col);
  }
}

/** A value whose text() is "": none, or text that is all white space (a number or a boolean never is). */
function isBlankValue(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  // NFC maps no character to or from white space, so trim() alone says what tidy() would leave.
  if (typeof value === "string") return value.trim() === "";
  return isCellError(value) && value.error === "";
}
