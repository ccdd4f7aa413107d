/**
 * A layout's cells as hosts write them: the cells it holds one by one, and its plan rows' cells,
 * made from their records as they are read (a national appendix would otherwise keep 160,000 cell
 * objects and 75,000 formulas alive from the analysis to the write). Hosts read cells through these.
 */
import { yearRowCells } from "./appendix-layout";
import type { AppendixLayout, LayoutCell, PlanRows } from "./layout";
import { periodRowCells } from "./period-layout";

/** The cells of one of the plan's sheet rows, in column order; none for any other row. */
export function planRowCells(layout: AppendixLayout, row: number): LayoutCell[] {
  const rows = layout.planRows;
  if (!rows || rows.rows.length === 0) return [];
  return rowCells(rows, row - rows.rows[0].row);
}

/** The cells of the plan's index-th row (its rows fill consecutive sheet rows). */
function rowCells(rows: PlanRows, index: number): LayoutCell[] {
  if (index < 0 || index >= rows.rows.length) return [];
  return rows.kind === "year" ? yearRowCells(rows, rows.rows[index]) : periodRowCells(rows, rows.rows[index]);
}

/** The sheet rows the plan's rows fill (first, last); null when the layout has none. */
export function planRowSpan(layout: AppendixLayout): { first: number; last: number } | null {
  const rows = layout.planRows?.rows;
  return rows && rows.length > 0 ? { first: rows[0].row, last: rows[rows.length - 1].row } : null;
}

/**
 * Every cell in the order hosts write them (a later cell at one place wins): the held cells above
 * the plan's rows (title, header), the plan's rows top to bottom, then the other held cells.
 */
export function forEachLayoutCell(layout: AppendixLayout, visit: (cell: LayoutCell) => void): void {
  const span = planRowSpan(layout);
  const first = span?.first ?? Infinity;
  for (const cell of layout.cells) if (cell.row < first) visit(cell);
  if (span && layout.planRows) {
    for (let index = 0; index <= span.last - span.first; index++) for (const cell of rowCells(layout.planRows, index)) visit(cell);
  }
  for (const cell of layout.cells) if (cell.row >= first) visit(cell);
}

/** Every cell, as forEachLayoutCell visits them, in one list: for readers that want them all at once. */
export function layoutCells(layout: AppendixLayout): LayoutCell[] {
  const cells: LayoutCell[] = [];
  forEachLayoutCell(layout, (cell) => cells.push(cell));
  return cells;
}
