/** Figures of a table row by field, for the rules and the plan. */
import type { Field } from "./fields";
import type { TableRow } from "./table";

export function figure(row: TableRow, field: Field): number | null {
  return row.cells[field]?.value ?? null;
}
