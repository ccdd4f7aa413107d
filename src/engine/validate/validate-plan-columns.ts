/** When the table already holds plan columns, each is recomputed and compared. */
import { type Issue, makeIssue } from "../findings";
import { tolerance, round } from "../cells";
import { percent, projectHouseholds } from "../plan";
import { figure, type DetectedTable, type TableRow } from "../detect";
import { place } from "./validate-cells";

/**
 * Adds to `fixes` the units' remaining poor their own row shows wrong (not poor − target), with the right
 * figure: a total that adds up the right ones is right, and the unit's warning is the one finding.
 */
export function remainingFixes(table: DetectedTable, fixes: Map<string, number>): Map<string, number> {
  if (!table.columns.some((c) => c.field === "remainingPoor")) return fixes;
  for (const unit of table.units) {
    const remaining = unit.cells.remainingPoor;
    const poor = figure(unit, "poorHouseholds");
    const target = figure(unit, "targetReduction");
    if (remaining?.value != null && poor !== null && target !== null && remaining.value !== poor - target) fixes.set(remaining.cell, poor - target);
  }
  return fixes;
}

export function checkPlanColumns(table: DetectedTable, row: TableRow, growthPercent: number, isTotal: boolean, issues: Issue[]): void {
  const households = figure(row, "households");
  const poor = figure(row, "poorHouseholds");
  const target = figure(row, "targetReduction");
  const projected = row.cells.projectedHouseholds;

  if (projected?.value != null && households !== null) {
    if (projected.value < households) {
      issues.push(makeIssue("projection-below-baseline", place(table, projected.cell), { name: row.name, actual: projected.value, expected: households, year: table.baseYear ?? undefined }));
    } else if (!isTotal && projected.value !== projectHouseholds(households, growthPercent)) {
      issues.push(makeIssue("projection-differs", place(table, projected.cell), { name: row.name, actual: projected.value, expected: projectHouseholds(households, growthPercent), growth: growthPercent }));
    }
  }
  const remaining = row.cells.remainingPoor;
  if (remaining?.value != null && poor !== null && target !== null && remaining.value !== poor - target) {
    issues.push(makeIssue("plan-mismatch", place(table, remaining.cell), { field: "remainingPoor", name: row.name, actual: remaining.value, expected: poor - target }));
  }
  const planRate = row.cells.remainingRate;
  if (planRate?.value != null && !remaining && poor !== null && target !== null) {
    const expected = percent(poor - target, projected?.value ?? null);
    if (expected !== null && Math.abs(planRate.value - expected) > tolerance(planRate.decimals) + 0.005) {
      issues.push(makeIssue("plan-mismatch", place(table, planRate.cell), { field: "remainingRate", name: row.name, actual: planRate.value, expected }));
    }
  }
  const reduction = row.cells.rateReduction;
  const baselineRate = row.cells.poorRate?.value ?? percent(poor, households);
  if (reduction?.value != null && baselineRate !== null && planRate?.value != null) {
    const expected = round(baselineRate - planRate.value, 2);
    if (Math.abs(reduction.value - expected) > tolerance(reduction.decimals)) {
      issues.push(makeIssue("plan-mismatch", place(table, reduction.cell), { field: "rateReduction", name: row.name, actual: reduction.value, expected }));
    }
  }
}
