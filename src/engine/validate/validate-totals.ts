/** The total row equals the sum of the units in every additive column. */
import { COUNT_FIELDS, type DetectedTable, type Field, type TableRow } from "../detect";
import { type Issue, makeIssue } from "../findings";

export function checkTotals(table: DetectedTable): Issue[] {
  const total = table.total;
  if (!total) return [makeIssue("no-total-row", { sheet: table.sheet, cell: null }, { sheet: table.sheet })];
  const issues: Issue[] = [];
  for (const field of COUNT_FIELDS) {
    const written = total.cells[field];
    // Estimated households are rounded one by one: their sums need not agree.
    if (written?.value == null || written.estimate) continue;
    const sum = unitsSum(table.units, field);
    if (sum !== null && sum !== written.value) {
      issues.push(makeIssue("total-mismatch", { sheet: table.sheet, cell: written.cell }, { field, actual: written.value, expected: sum }));
    }
  }
  return issues;
}

/**
 * The units' sum of a count, added in their order; null when a unit has none or an estimate (rounded
 * one by one, its sum need not agree). One pass: four over 10,000 units per column cost more than the rest of the check.
 */
export function unitsSum(units: TableRow[], field: Field): number | null {
  let sum = 0;
  for (const unit of units) {
    const read = unit.cells[field];
    if (read?.value == null || read.estimate) return null;
    sum += read.value;
  }
  return sum;
}
