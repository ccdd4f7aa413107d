/**
 * A table row's cells by field, for the rules and the plan. A row of numbers (NumberRow) answers from
 * the sheet without making its cells; any other row from its cells.
 */
import type { CellValue } from "../cells";
import type { Field } from "./fields";
import { NumberRow } from "./number-row";
import type { HouseholdsEstimate, ReadCell, TableRow } from "./table";

export function figure(row: TableRow, field: Field): number | null {
  return row instanceof NumberRow ? row.value(field) : (row.cells[field]?.value ?? null);
}

/** The decimals the cell shows (0 without the cell): half a unit of the last one is a rate's tolerance. */
export function decimalsOf(row: TableRow, field: Field): number {
  return row instanceof NumberRow ? row.decimals(field) : (row.cells[field]?.decimals ?? 0);
}

/** The cell's address, for a finding; undefined when the row has no such cell. */
export function addressOf(row: TableRow, field: Field): string | undefined {
  return row instanceof NumberRow ? row.address(field) : row.cells[field]?.cell;
}

/** The cell as the sheet holds it (a dash, a text); undefined when the row has no such cell. */
export function rawOf(row: TableRow, field: Field): CellValue | undefined {
  return row instanceof NumberRow ? row.raw(field) : row.cells[field]?.raw;
}

/** Households estimated from a count and its rate, when they were. */
export function estimateOf(row: TableRow, field: Field): HouseholdsEstimate | undefined {
  return row instanceof NumberRow ? row.estimate(field) : row.cells[field]?.estimate;
}

/** Why the cell could not be read; a row of numbers has no such cell. */
export function problemOf(row: TableRow, field: Field): ReadCell["problem"] {
  return row instanceof NumberRow ? undefined : row.cells[field]?.problem;
}

/** Whether some cell of the row holds a figure. */
export function hasFigures(row: TableRow): boolean {
  const numbers = numbersOnly(row);
  if (numbers) return numbers.length > 0;
  return Object.values(row.cells).some((cell) => cell?.value !== null && cell?.value !== undefined);
}

/**
 * The fields of a row whose every cell holds a readable number and none was made, for the checks
 * of single cells to go through them with no cell made; null for any other row.
 */
export function numbersOnly(row: TableRow): readonly { field: Field }[] | null {
  return row instanceof NumberRow ? row.numberFields() : null;
}
