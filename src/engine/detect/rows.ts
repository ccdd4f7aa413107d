/** Sorting the rows under a header: units, the total row, and rows to pass over. */
import { cellAddress, parseNumber, isReadableFigure, figureDecimals, formatDecimals, Memo, MAX_REMEMBERED_FORMATS, type NumberKind, type SheetView, fold, foldedFirst } from "../cells";
import { FIELDS, isCountField, type Field } from "./fields";
import type { HeaderBlock } from "./header-block";
import { type ColumnMapping, type ReadCell, ReadFigure, type TableRow } from "./table";
import { NumberRow } from "./number-row";
import { numbersOnly } from "./row-values";

/**
 * "heading" is a named row with no figures and no number (a district's name above its communes),
 * passed over unless a subtotal after its units makes it their group's title; "breakdown" is a
 * "Trong đó: …" row that details a total and is no unit.
 */
export type RowKind = "unit" | "total" | "group" | "subtotal" | "heading" | "breakdown" | "skip";

// "Cộng", "Cộng toàn huyện" and "Tổng số (I+II)" are totals; "Cộng Hòa" and "Xã Tổng Cọ" are communes.
const TOTAL =
  /^(toan (tinh|huyen|thanh pho|thi xa|quan|xa|phuong|thi tran|quoc)\b|ca nuoc\b|tong cong\b|tong hop chung\b|(tong so|tong|cong) (toan|chung|ca)\b|(tong so|tong|cong) \(.*\)$|(tong so|tong|cong|chung)[\s:.]*$|(tong so|tong|cong) (tinh|huyen|thanh pho|thi xa)[\s:.]*$)/;
/**
 * "Cộng I", "Tổng số khu vực II": a group's subtotal, after its units; so is "Cộng huyện Hướng Hóa",
 * "Cộng các xã miền núi", "Cộng TP. Đông Hà" after a district's communes ("Cộng Hòa" is a commune).
 */
const SUBTOTAL = /^((tong so|tong|cong)( khu vuc| nhom)? ([ivx]+|[a-d])[\s:.]*|(tong so|tong|cong) (cac )?(huyen|quan|thi xa|thanh pho|tp|tx|khu vuc|vung|nhom|cum|xa|phuong|thi tran)\b[\s.:]*\S.*)$/;
/** "Trong đó: các xã đặc biệt khó khăn": a part of the total above, no unit. */
const BREAKDOWN = /^trong do\b/;
const NOTE = /^(ghi chu|chu thich|nguon|luu y|\*|nguoi lap|lap bieu|thu truong|kt\.|tm\.|giam doc|chu tich|ngay \d)/;
const GROUP_ORDER = /^([ivxlc]+|[a-h])\.?$/;
const GROUP_NAME = /^([ivxlc]+|[a-h])[.)-]\s/;
/** What a name folded for TOTAL, SUBTOTAL, BREAKDOWN or NOTE begins with ("tong", "cong", "ca nuoc", "trong do", "ghi chu", "nguon", "luu y", "kt.", "*"). */
const LABEL_FIRST = "tcgnlk*";
/** What a group's number in its name begins with (GROUP_NAME), and the signs after it, one of which it must hold. */
const GROUP_NUMBER_FIRST = "ivxlcabdefgh";
const GROUP_NUMBER_SIGN = /[.)-]/;

/**
 * Whether a name may be a label (a total, subtotal, note, breakdown or group title) and must be
 * folded to tell. Most units' names ("Xã Hồng Thủy", "Phường 1") begin no label, told from their first
 * character folded alone, without folding the 10,000 names of a national table; a name starting with a
 * group's letter (x, c, h …) is folded only when it holds a sign that can follow one.
 */
export function mayBeLabel(name: string): boolean {
  const first = foldedFirst(name);
  return first === null || LABEL_FIRST.includes(first) || (GROUP_NUMBER_FIRST.includes(first) && GROUP_NUMBER_SIGN.test(name));
}

/** A module constant: a regular expression literal in a function is a new object each time it runs, 10,000 times a table. */
const NUMBERED = /^\d+$/;

/**
 * A figure column as every row reads it: its field, how its text reads, and what the number format
 * read last says. A column's cells mostly share one format, where the formats remembered for the
 * whole sheet missed at every column as "#,##0" and "0.00" alternated.
 */
interface FigureColumn {
  field: Field;
  col: number;
  kind: NumberKind;
  /** undefined until a cell is read. */
  format: string | null | undefined;
  formatDecimals: number | null;
  percent: boolean;
}

/**
 * How a table's rows are read, worked out once for its 10,000 rows: the figure columns, and a row's
 * cells with every field already in place, in column order. A copy of it is filled in per row, where
 * adding the fields one by one under names known only at run time took V8's slow path per cell. Each
 * field starts as the blank read cell, not undefined: a field first holding undefined made every copy
 * change its hidden class when a read cell was stored in it, 5 of the 7 ms of reading 10,600 rows.
 */
export interface RowReading {
  view: SheetView;
  block: HeaderBlock;
  figures: FigureColumn[];
  /** Each field's index in `figures`, -1 for none: every table's in one shape, asked 25 times a row. */
  slots: Record<Field, number>;
  emptyCells: Partial<Record<Field, ReadCell>>;
  /** See blankCell: the read cells' shape, made with nulls first. */
  blank: ReadCell;
}

/**
 * A read cell holding nulls, made before any figure is read: V8 then keeps every read cell's `raw`
 * and `value` as references (to the grid's own numbers) instead of boxing a copy of each number per
 * cell, as it does for a field that has held nothing but numbers (a table without one blank cell).
 * That copy was 32 bytes of every cell, 1.7 MB of a national table's reading. Kept on each
 * RowReading so no bundler drops it as unused.
 */
function blankCell(): ReadCell {
  return new ReadFigure("", null, null, 0);
}

/** A row read into cells (ReadFigure), made by a class as SortedRow explains (groups.ts). */
class CellsRow implements TableRow {
  group: number | null;

  constructor(
    public row: number,
    public name: string,
    public nameCell: string,
    public cells: Partial<Record<Field, ReadCell>>,
  ) {
    this.group = null;
  }
}

export function rowReading(view: SheetView, block: HeaderBlock, columns: ColumnMapping[]): RowReading {
  const figures: FigureColumn[] = [];
  const emptyCells: Partial<Record<Field, ReadCell>> = {};
  const blank = blankCell();
  for (const { field, col } of columns) {
    if (field === "name" || field === "order") continue;
    figures.push({ field, col, kind: isCountField(field) ? "count" : "ratio", format: undefined, formatDecimals: null, percent: false });
    emptyCells[field] = blank;
  }
  const slots = {} as Record<Field, number>;
  for (const field of FIELDS) slots[field] = -1;
  figures.forEach((column, i) => (slots[column.field] = i));
  return { view, block, figures, slots, emptyCells, blank };
}

/** The order column's text of a row ("" without one): read once per row, by readRow, classifyRow and the grouping. */
export function orderTextOf(view: SheetView, block: HeaderBlock, row: number): string {
  return block.orderCol === null ? "" : view.text(row, block.orderCol);
}

export function readRow(reading: RowReading, row: number, orderText = orderTextOf(reading.view, reading.block, row)): TableRow {
  const { view, block } = reading;
  const nameText = view.text(row, block.nameCol);
  const useOrderCell = nameText === "" && orderText !== "" && !NUMBERED.test(orderText);
  const name = useOrderCell ? orderText : nameText;
  const nameCell = cellAddress(row, useOrderCell ? (block.orderCol as number) : block.nameCol);
  if (holdsNumbersOnly(reading, row)) return new NumberRow(row, name, nameCell, reading);
  return new CellsRow(row, name, nameCell, readCells(reading, row));
}

/** Whether every figure cell of the row holds a readable number shown as it is (no "%" format). */
function holdsNumbersOnly(reading: RowReading, row: number): boolean {
  const { view } = reading;
  for (const column of reading.figures) {
    const raw = view.value(row, column.col);
    if (typeof raw !== "number" || !isReadableFigure(raw)) return false;
    readFormat(column, view.numberFormat(row, column.col));
    if (column.percent) return false;
  }
  return true;
}

/** A row's cells, one ReadCell each: a row with a blank, a text or an error among its figures. */
function readCells(reading: RowReading, row: number): Partial<Record<Field, ReadCell>> {
  const { view } = reading;
  const cells = { ...reading.emptyCells };
  for (const column of reading.figures) {
    const raw = view.value(row, column.col);
    readFormat(column, view.numberFormat(row, column.col));
    // A number is its own value when readable: no parsing, no result object.
    const parsed = typeof raw === "number" && isReadableFigure(raw) ? null : parseNumber(raw, column.kind);
    const value = parsed === null ? (raw as number) : parsed.value;
    const decimals = figureDecimals(raw, value, column.formatDecimals);
    const shown = typeof raw === "number" && value !== null && column.percent ? asPercent(value) : value;
    const cell = cellAddress(row, column.col);
    cells[column.field] = new ReadFigure(cell, raw, shown, decimals, parsed?.problem);
  }
  return cells;
}

/** Whether each number format shows percent, read once: a table has a handful of formats and 50,000 figures. */
export const PERCENT_FORMATS = new Memo(MAX_REMEMBERED_FORMATS, (format: string) => /%/.test(format.replace(/"[^"]*"|\\./g, "")));

/**
 * What a cell's number format says, kept on its column until a cell's format differs: its decimals
 * (null when it fixes none), and whether it shows percent (a cell formatted "0.00%" holds 0.0136 for
 * 1,36 %, and the tables' rates are in percent).
 */
function readFormat(column: FigureColumn, format: string | null): void {
  if (format === column.format) return;
  column.format = format;
  column.formatDecimals = format ? formatDecimals(format) : null;
  column.percent = format !== null && PERCENT_FORMATS.get(format);
}

export function asPercent(fraction: number): number {
  return Number((fraction * 100).toPrecision(12));
}

export function classifyRow(view: SheetView, block: HeaderBlock, row: TableRow, orderText = orderTextOf(view, block, row.row)): RowKind {
  // null: a name that begins no label (see mayBeLabel), never folded; it is not empty either.
  const name = mayBeLabel(row.name) ? fold(row.name) : null;
  const held = cellsHeld(row);
  const filled = (held & FILLED) !== 0;
  const figures = (held & FIGURES) !== 0;
  if (name !== null) {
    if (!filled && name === "") return "skip";
    if (SUBTOTAL.test(name)) return filled ? "subtotal" : "skip";
    if (TOTAL.test(name)) return filled ? "total" : "skip";
    if (NOTE.test(name)) return "skip";
    // A bare "Trong đó:" heads the parts below it; the grouping decides whether it has any (markBreakdowns).
    if (BREAKDOWN.test(name)) return "breakdown";
  }
  // A unit's number ("1" to "10600") folds to itself and is no group's letter: not folded per row.
  const numbered = NUMBERED.test(orderText);
  if ((!numbered && GROUP_ORDER.test(fold(orderText))) || (name !== null && GROUP_NAME.test(name))) return "group";
  if (name === "") return "skip";
  // A named row without a single figure (a signature line, a note) is a unit with missing or
  // unreadable data only when it is numbered like one.
  if (figures) return "unit";
  return numbered ? "unit" : "heading";
}

const FILLED = 1;
const FIGURES = 2;

/**
 * Whether some figure cell holds anything (FILLED), and whether some holds a figure or an error value
 * (FIGURES), as bits: no object made per row. A row of numbers holds both when it has a figure column.
 */
function cellsHeld(row: TableRow): number {
  const numbers = numbersOnly(row);
  if (numbers) return numbers.length > 0 ? FILLED | FIGURES : 0;
  // One walk over the cells (for…in, in field order) for both questions, with no list of them per row.
  let held = 0;
  for (const field in row.cells) {
    const cell = row.cells[field as Field];
    if (cell && cell.raw !== null && cell.raw !== "") held |= FILLED;
    if (cell?.value !== null || cell?.problem === "error-value") held |= FIGURES;
  }
  return held;
}
