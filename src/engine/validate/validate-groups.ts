/** A group's own figures (its title row or its "Cộng I") equal the sum of its units, like a total. */
import { COUNT_FIELDS, type DetectedTable, type TableRow } from "../detect";
import { type Issue, makeIssue } from "../findings";
import { addsUpFixed, unitsSum } from "./validate-totals";

export function checkGroups(table: DetectedTable, fixes: ReadonlyMap<string, number>): Issue[] {
  const issues: Issue[] = [];
  // Each group's units sorted out in one pass over the units, not one pass per group (700 districts over 10,000 communes).
  const members: TableRow[][] = table.groups.map(() => []);
  for (const unit of table.units) if (unit.group !== null) members[unit.group]?.push(unit);
  table.groups.forEach((group, index) => {
    const row = group.figures;
    const units = members[index];
    if (!row || units.length === 0) return;
    for (const field of COUNT_FIELDS) {
      const written = row.cells[field];
      // Estimated households are rounded one by one: their sums need not agree.
      if (written?.value == null || written.estimate) continue;
      const sum = unitsSum(units, field);
      if (sum !== null && sum !== written.value && !addsUpFixed(units, field, fixes, written.value)) {
        issues.push(makeIssue("group-mismatch", { sheet: table.sheet, cell: written.cell }, { field, name: row.name, actual: written.value, expected: sum }));
      }
    }
  });
  return issues;
}
