/** The total row equals the sum of the units in every additive column. */
import { COUNT_FIELDS, type DetectedTable, type Field, type TableRow } from "../detect";
import { addressOf, estimateOf, figure } from "../detect/row-values";
import { type Issue, makeIssue } from "../findings";

/** `fixes`: units' cells their own row shows wrong, with the right figure (poorAndNearPoorFixes). */
export function checkTotals(table: DetectedTable, fixes: ReadonlyMap<string, number>): Issue[] {
  const total = table.total;
  if (!total) return [makeIssue("no-total-row", { sheet: table.sheet, cell: null }, { sheet: table.sheet })];
  const issues: Issue[] = [];
  for (const field of COUNT_FIELDS) {
    const written = total.cells[field];
    // Estimated households are rounded one by one: their sums need not agree.
    if (written?.value == null || written.estimate) continue;
    const sum = unitsSum(table.units, field);
    if (sum !== null && sum !== written.value && !addsUpFixed(table.units, field, fixes, written.value)) {
      issues.push(makeIssue("total-mismatch", { sheet: table.sheet, cell: written.cell }, { field, actual: written.value, expected: sum }));
    }
  }
  return issues;
}

/**
 * The units' sum of a count, added in their order; null when a unit has none or an estimate (rounded
 * one by one, its sum need not agree). One pass: four over 10,000 units per column cost more than the rest of the check.
 */
export function unitsSum(units: TableRow[], field: Field, fixes?: ReadonlyMap<string, number>): number | null {
  let sum = 0;
  const fixing = fixes !== undefined && fixes.size > 0;
  for (const unit of units) {
    const value = figure(unit, field);
    if (value === null || estimateOf(unit, field)) return null;
    sum += (fixing ? fixes.get(addressOf(unit, field) as string) : undefined) ?? value;
  }
  return sum;
}

/** Whether a figure that is not its units' sum is the sum of their right figures: a unit's error, said on its row. */
export function addsUpFixed(units: TableRow[], field: Field, fixes: ReadonlyMap<string, number>, written: number): boolean {
  return fixes.size > 0 && unitsSum(units, field, fixes) === written;
}
