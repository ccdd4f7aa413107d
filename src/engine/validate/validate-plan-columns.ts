/** When the table already holds plan columns, each is recomputed and compared. */
import { type Issue, makeIssue } from "../findings";
import { tolerance, round } from "../cells";
import { percent, projectHouseholds } from "../plan";
import { figure, type DetectedTable, type TableRow } from "../detect";
import { addressOf, decimalsOf } from "../detect/row-values";
import { place } from "./validate-cells";

/**
 * Adds to `fixes` the units' remaining poor their own row shows wrong (not poor − target), with the right
 * figure: a total that adds up the right ones is right, and the unit's warning is the one finding.
 */
export function remainingFixes(table: DetectedTable, fixes: Map<string, number>): Map<string, number> {
  if (!table.columns.some((c) => c.field === "remainingPoor")) return fixes;
  for (const unit of table.units) {
    const remaining = figure(unit, "remainingPoor");
    const poor = figure(unit, "poorHouseholds");
    const target = figure(unit, "targetReduction");
    if (remaining !== null && poor !== null && target !== null && remaining !== poor - target) fixes.set(addressOf(unit, "remainingPoor") as string, poor - target);
  }
  return fixes;
}

/**
 * `projection`: for a group's or the total's row, the sum of its units' projections, which the appendix
 * writes there; a unit's is its own, or its households grown.
 */
export function checkPlanColumns(table: DetectedTable, row: TableRow, growthPercent: number, isTotal: boolean, issues: Issue[], projection?: number | null): void {
  const households = figure(row, "households");
  const poor = figure(row, "poorHouseholds");
  const target = figure(row, "targetReduction");
  const projected = figure(row, "projectedHouseholds");

  if (projected !== null && households !== null) {
    if (projected < households) {
      issues.push(makeIssue("projection-below-baseline", place(table, addressOf(row, "projectedHouseholds") as string), { name: row.name, actual: projected, expected: households, year: table.baseYear ?? undefined }));
    } else if (!isTotal && projected !== projectHouseholds(households, growthPercent)) {
      issues.push(makeIssue("projection-differs", place(table, addressOf(row, "projectedHouseholds") as string), { name: row.name, actual: projected, expected: projectHouseholds(households, growthPercent), growth: growthPercent }));
    }
  }
  const remaining = figure(row, "remainingPoor");
  if (remaining !== null && poor !== null && target !== null && remaining !== poor - target) {
    issues.push(makeIssue("plan-mismatch", place(table, addressOf(row, "remainingPoor") as string), { field: "remainingPoor", name: row.name, actual: remaining, expected: poor - target }));
  }
  const planRate = figure(row, "remainingRate");
  // With the remaining poor and the projection both written, the ratio rule judges the rate (checkRatios).
  const byRatioRule = remaining !== null && projected !== null;
  const left = poor !== null && target !== null ? poor - target : remaining;
  const whole = projected ?? projection ?? (households === null ? null : projectHouseholds(households, growthPercent));
  if (planRate !== null && !byRatioRule && left !== null && whole) {
    // What the appendix writes: the remaining poor over the projected households.
    const exact = (left / whole) * 100;
    const decimals = decimalsOf(row, "remainingRate");
    if (Math.abs(planRate - exact) > tolerance(decimals)) {
      const expected = round(exact, Math.max(2, decimals));
      // Over this year's households instead: the officer left out the growth.
      const overBaseline = households !== null && households > 0 && Math.abs(planRate - (left / households) * 100) <= tolerance(decimals);
      const cell = addressOf(row, "remainingRate") as string;
      issues.push(makeIssue(overBaseline ? "plan-rate-without-growth" : "plan-mismatch", place(table, cell), { field: "remainingRate", name: row.name, actual: planRate, expected, cells: cell, rows: 1 }));
    }
  }
  const reduction = figure(row, "rateReduction");
  const baselineRate = figure(row, "poorRate") ?? percent(poor, households);
  if (reduction !== null && baselineRate !== null && planRate !== null) {
    const expected = round(baselineRate - planRate, 2);
    if (Math.abs(reduction - expected) > tolerance(decimalsOf(row, "rateReduction"))) {
      issues.push(makeIssue("plan-mismatch", place(table, addressOf(row, "rateReduction") as string), { field: "rateReduction", name: row.name, actual: reduction, expected }));
    }
  }
}

/**
 * A plan rate column worked out over the review year's households is one way of working, not one
 * slip per row (A Lưới's published plan does it on every row): one finding for the column, at its first
 * such cell, with how many rows.
 */
export function oneFindingPerColumnWithoutGrowth(issues: Issue[]): void {
  const first = issues.findIndex((i) => i.code === "plan-rate-without-growth");
  if (first < 0) return;
  const found = issues[first];
  const rows = issues.filter((i) => i.code === "plan-rate-without-growth").length;
  const params = { field: "remainingRate" as const, rows, cells: found.cell ?? undefined, actual: found.actual as number, expected: found.expected as number };
  for (let i = issues.length - 1; i > first; i--) if (issues[i].code === "plan-rate-without-growth") issues.splice(i, 1);
  issues[first] = makeIssue("plan-rate-without-growth", { sheet: found.sheet, cell: found.cell }, params);
}

/** The households the appendix projects for each group's and the total's row: the sum of their units' (null when one is unknown). */
export function aggregateProjections(table: DetectedTable, growthPercent: number): Map<TableRow, number | null> {
  const sums = new Map<TableRow, number | null>();
  const add = (row: TableRow | null | undefined, value: number | null) => {
    if (!row) return;
    const before = sums.get(row);
    sums.set(row, before === undefined ? value : before === null || value === null ? null : before + value);
  };
  for (const unit of table.units) {
    const households = figure(unit, "households");
    const own = figure(unit, "projectedHouseholds") ?? (households === null ? null : projectHouseholds(households, growthPercent));
    add(table.total, own);
    if (unit.group !== null) add(table.groups[unit.group]?.figures, own);
  }
  return sums;
}
