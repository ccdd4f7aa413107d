/** Every rule over one detected table; findings are values, in table order. */
import { type Issue, makeIssue } from "../findings";
import type { DetectedTable } from "../detect";
import { nameKey } from "../cells";
import { checkBounds, checkCells } from "./validate-cells";
import { checkPlanColumns } from "./validate-plan-columns";
import { checkRatios } from "./validate-ratios";
import { checkTotals } from "./validate-totals";

export function validateTable(table: DetectedTable, growthPercent: number): Issue[] {
  const issues: Issue[] = [];
  const rows = table.total ? [...table.units, table.total] : table.units;
  for (const row of rows) {
    issues.push(...checkCells(table, row), ...checkBounds(table, row), ...checkRatios(table, row));
    issues.push(...checkPlanColumns(table, row, growthPercent, row === table.total));
  }
  issues.push(...checkTotals(table), ...checkDuplicateUnits(table));
  return issues;
}

function checkDuplicateUnits(table: DetectedTable): Issue[] {
  const seen = new Map<string, string>();
  const issues: Issue[] = [];
  for (const unit of table.units) {
    const key = nameKey(unit.name);
    const first = seen.get(key);
    if (first) issues.push(makeIssue("duplicate-unit", { sheet: table.sheet, cell: unit.nameCell }, { name: unit.name, cells: first }));
    else seen.set(key, unit.nameCell);
  }
  return issues;
}
