/** A group's own figures (its title row or its "Cộng I") equal the sum of its units, like a total. */
import { COUNT_FIELDS, figure, type DetectedTable } from "../detect";
import { type Issue, makeIssue } from "../findings";

export function checkGroups(table: DetectedTable): Issue[] {
  const issues: Issue[] = [];
  table.groups.forEach((group, index) => {
    const row = group.figures;
    if (!row) return;
    const units = table.units.filter((u) => u.group === index);
    if (units.length === 0) return;
    for (const field of COUNT_FIELDS) {
      const written = row.cells[field];
      // Estimated households are rounded one by one: their sums need not agree.
      if (written?.value == null || written.estimate) continue;
      const figures = units.map((unit) => figure(unit, field));
      if (figures.some((value) => value === null) || units.some((u) => u.cells[field]?.estimate)) continue;
      const sum = figures.reduce((a: number, b) => a + (b as number), 0);
      if (sum !== written.value) {
        issues.push(makeIssue("group-mismatch", { sheet: table.sheet, cell: written.cell }, { field, name: row.name, actual: written.value, expected: sum }));
      }
    }
  });
  return issues;
}
