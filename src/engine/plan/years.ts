/**
 * The plan's years: the officer's, else the headers', else this year. Where the officer's years
 * contradict what a table's header or title states, the appendix follows the officer and a warning
 * names both, at the header's cell.
 */
import type { DetectedTable } from "../detect";
import { yearPlace } from "../detect/table-context";
import { type Issue, makeIssue } from "../findings";
import type { PlanOptions } from "./plan-types";

export interface PlanYears {
  baseYear: number;
  planYear: number;
  /** Neither the officer nor the table gave a year: this year was taken. */
  assumed: boolean;
}

export function planYears(table: DetectedTable, options: PlanOptions): PlanYears {
  const known =
    options.planYear ??
    (options.baseYear !== undefined ? options.baseYear + 1 : null) ??
    table.planYear ??
    (table.baseYear !== null ? table.baseYear + 1 : null);
  const planYear = known ?? options.currentYear ?? new Date().getFullYear();
  // A plan year given alone keeps the review year the header states: the figures are that review's.
  const headerBase = table.baseYear !== null && table.baseYear < planYear ? table.baseYear : null;
  return { planYear, baseYear: options.baseYear ?? headerBase ?? planYear - 1, assumed: known === null };
}

/** A warning per table whose header states a year other than the officer's. */
export function yearConflicts(tables: DetectedTable[], options: PlanOptions, years: PlanYears): Issue[] {
  const fromOfficer = options.planYear !== undefined || options.baseYear !== undefined;
  if (!fromOfficer) return [];
  const issues: Issue[] = [];
  for (const table of tables) {
    const at = (cell: string | null) => ({ sheet: table.sheet, cell });
    if (options.baseYear !== undefined && table.baseYear !== null && table.baseYear !== options.baseYear) {
      issues.push(makeIssue("base-year-contradicts-header", at(table.baseYearCell), { actual: options.baseYear, expected: table.baseYear, cells: table.baseYearCell ?? undefined, yearPlace: yearPlace(table, table.baseYearCell) }));
    }
    if (table.planYear !== null && table.planYear !== years.planYear) {
      issues.push(makeIssue("plan-year-contradicts-header", at(table.planYearCell), { actual: years.planYear, expected: table.planYear, cells: table.planYearCell ?? undefined, yearPlace: yearPlace(table, table.planYearCell) }));
    } else if (options.planYear !== undefined && table.planYear === null && table.baseYear !== null && years.planYear <= table.baseYear) {
      issues.push(makeIssue("plan-year-not-after-header", at(table.baseYearCell), { actual: years.planYear, expected: table.baseYear, cells: table.baseYearCell ?? undefined, yearPlace: yearPlace(table, table.baseYearCell) }));
    }
  }
  return issues;
}

/**
 * A plan year more than a year after the review: the single-year appendix grows the households by one
 * year and has no targets for the years between, so that plan would not be the year's. An error at the
 * review year's cell, suggesting the year after the review or a period plan from it (which plans each year).
 */
export function yearGap(table: DetectedTable, years: PlanYears, planYearCount: number): Issue[] {
  if (years.planYear - years.baseYear <= 1) return [];
  const cell = table.baseYear === years.baseYear ? table.baseYearCell : null;
  const lastYear = years.planYear + Math.max(1, planYearCount) - 1;
  return [makeIssue("plan-year-gap", { sheet: table.sheet, cell }, { actual: years.planYear, expected: years.baseYear, lastYear, cells: cell ?? undefined })];
}
