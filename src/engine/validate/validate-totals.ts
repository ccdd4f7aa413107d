/** The total row equals the sum of the units in every additive column. */
import { COUNT_FIELDS, figure, type DetectedTable } from "../detect";
import { type Issue, makeIssue } from "../findings";

export function checkTotals(table: DetectedTable): Issue[] {
  const total = table.total;
  if (!total) return [makeIssue("no-total-row", { sheet: table.sheet, cell: null }, { sheet: table.sheet })];
  const issues: Issue[] = [];
  for (const field of COUNT_FIELDS) {
    const written = total.cells[field];
    // Estimated households are rounded one by one: their sums need not agree.
    if (written?.value == null || written.estimate) continue;
    const figures = table.units.map((unit) => figure(unit, field));
    if (figures.some((value) => value === null) || table.units.some((u) => u.cells[field]?.estimate)) continue;
    const sum = figures.reduce((a: number, b) => a + (b as number), 0);
    if (sum !== written.value) {
      issues.push(makeIssue("total-mismatch", { sheet: table.sheet, cell: written.cell }, { field, actual: written.value, expected: sum }));
    }
  }
  return issues;
}
