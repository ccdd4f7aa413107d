/**
 * A total row left without its label ("Tổng cộng" never typed, or lost with a merge): an unnamed row
 * after the last unit whose every figure is the units' sum is their total. One close to the sum but off
 * may be a total with a wrong figure or something else: it is named in a warning and not taken.
 */
import { type Issue, makeIssue } from "../findings";
import { sum as sumAll } from "../plan";
import { COUNT_FIELDS, type Field } from "./fields";
import type { SortedRow } from "./groups";
import { hasFigures } from "./row-values";
import { figure } from "./row-values";
import type { DetectedTable, TableRow } from "./table";

/** How far from the units' sum, as a share of it, each figure of such a row may be and still look like their total. */
const NEAR_SUM = 0.05;

/** The last row under the table when it is unnamed, holds figures and only rows passed over follow the units before it. */
export function unnamedLastRow(rows: SortedRow[]): TableRow | null {
  for (let i = rows.length - 1; i >= 0; i--) {
    const { read, kind } = rows[i];
    if (kind !== "skip" && kind !== "heading") return null;
    if (read.name === "" && hasFigures(read)) return read;
  }
  return null;
}

export function recogniseUnlabelledTotal(table: DetectedTable, row: TableRow | null): Issue[] {
  if (!row || table.total || table.units.length < 2) return [];
  const compared: { field: Field; own: number; sum: number }[] = [];
  for (const field of COUNT_FIELDS) {
    const own = figure(row, field);
    const sum = own === null ? null : sumAll(table.units.map((unit) => figure(unit, field)));
    if (own !== null && sum !== null) compared.push({ field, own, sum });
  }
  // The poor households and one more figure at least: a lone count equal to a sum is no evidence.
  if (compared.length < 2 || !compared.some((c) => c.field === "poorHouseholds")) return [];
  const off = compared.find((c) => c.own !== c.sum);
  const place = { sheet: table.sheet, cell: off ? (row.cells[off.field]?.cell ?? row.nameCell) : row.nameCell };
  if (!off) {
    table.total = row;
    return [makeIssue("unlabelled-total", place, { text: String(row.row) })];
  }
  if (!compared.every((c) => Math.abs(c.own - c.sum) <= NEAR_SUM * c.sum)) return [];
  return [makeIssue("unlabelled-row-near-total", place, { text: String(row.row), field: off.field, actual: off.own, expected: off.sum })];
}
