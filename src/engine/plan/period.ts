/**
 * A plan for several years (the 2026–2030 period): year 1 is the single-year plan; each later year
 * starts from the year before, its households the previous projection and its poor households the
 * previous remaining ones, projected again at the same growth (rounded each year, as the sheet's
 * formulas do) and given its own goal, shared among the units exactly as a single year's.
 */
import { type Issue, makeIssue } from "../findings";
import { addAll } from "../cells";
import { difference, projectHouseholds, sum } from "./plan-math";
import type { Plan, PlanGroup, PlanOptions, PlanRow } from "./plan-types";
import { totalRow, withRates, withWholeHouseholds } from "./plan-rows";
import { resolveTargets, type TargetRow, type WholeHouseholds } from "./targets";

/** The longest period planned at once: the national programme's periods are five years. */
export const MAX_PLAN_YEARS = 10;

export interface PeriodPlan {
  baseYear: number;
  firstYear: number;
  lastYear: number;
  growthPercent: number;
  /** One plan per year, the first the single-year plan; every year lists the same units in the same order. */
  years: Plan[];
  /** Households lifted out over the period (null when a year has no targets). */
  targetReduction: number | null;
  /** The base year's rate less the last year's plan rate, in percentage points. */
  rateReduction: number | null;
}

export function planPeriod(first: Plan, weights: (number | null)[], options: PlanOptions, whole: WholeHouseholds | null): { period: PeriodPlan; issues: Issue[] } {
  const count = Math.min(MAX_PLAN_YEARS, Math.max(1, Math.floor(options.planYears ?? 1)));
  const sheet = first.total.sheet;
  const issues: Issue[] = [];
  if ((options.planYears ?? 1) > MAX_PLAN_YEARS) issues.push(makeIssue("period-too-long", { sheet, cell: null }, { actual: options.planYears, expected: MAX_PLAN_YEARS }));
  if (first.nearPoorTarget) issues.push(makeIssue("period-poor-only", { sheet, cell: null }));
  const hasGoal = options.targetRateReduction !== undefined || options.targetHouseholds !== undefined;
  if (!hasGoal && count > 1) issues.push(makeIssue("period-needs-goal", { sheet, cell: null }, { expected: first.planYear + 1 }));
  const years = [first];
  let wholeNow = whole;
  for (let k = 1; k < count; k++) {
    const previous = years[k - 1];
    wholeNow = wholeNow && previous.total.projectedHouseholds !== null ? nextWhole(previous.total.projectedHouseholds, first.growthPercent) : null;
    const year = first.planYear + k;
    const built = nextYear(previous, year, weights, hasGoal ? options : null, wholeNow);
    addAll(issues, built.issues.map((issue) => inYear(issue, year)));
    years.push(built.plan);
  }
  addAll(issues, years.slice(0, -1).flatMap(outOfPoor));
  const totals = years.map((year) => year.total);
  const period: PeriodPlan = {
    baseYear: first.baseYear,
    firstYear: first.planYear,
    lastYear: first.planYear + count - 1,
    growthPercent: first.growthPercent,
    years,
    targetReduction: sum(totals.map((total) => total.targetReduction)),
    rateReduction: difference(first.total.poorRate, totals[totals.length - 1].remainingRate, 2),
  };
  return { period, issues };
}

/** The year after `previous`: targets from the goal (none when there is none or the year before has none). */
function nextYear(previous: Plan, year: number, weights: (number | null)[], options: PlanOptions | null, whole: WholeHouseholds | null): { plan: Plan; issues: Issue[] } {
  const growth = previous.growthPercent;
  const rows: TargetRow[] = previous.units.map((unit, i) => ({
    name: unit.name,
    sheet: unit.sheet,
    households: unit.projectedHouseholds,
    poorHouseholds: unit.remainingPoor,
    projectedHouseholds: unit.projectedHouseholds === null ? null : projectHouseholds(unit.projectedHouseholds, growth),
    tableTarget: null,
    weight: weights[i],
  }));
  const planned = options !== null && previous.total.remainingPoor !== null;
  // The officer's own targets in the pane are for the first year.
  const targets = planned ? resolveTargets(rows, false, { ...options, unitTargets: undefined }, previous.total.sheet, whole) : null;
  const units = rows.map((row, i) => yearRow(previous.units[i], row, targets?.values[i] ?? null));
  const total = totalRow(units, previous.total.name, previous.total.sheet, previous.total.row);
  withWholeHouseholds(total, units, whole);
  const plan: Plan = {
    baseYear: year - 1,
    planYear: year,
    growthPercent: growth,
    units,
    groups: previous.groups ? sameGroups(previous, units) : null,
    total,
    target: targets?.source ?? { kind: "none" },
    nearPoorTarget: null,
  };
  return { plan, issues: targets?.issues ?? [] };
}

function yearRow(unit: PlanRow, row: TargetRow, target: number | null): PlanRow {
  return withRates({
    name: unit.name,
    sheet: unit.sheet,
    row: unit.row,
    households: row.households,
    householdsEstimated: unit.householdsEstimated,
    poorHouseholds: row.poorHouseholds,
    poorPersons: null,
    socialAssistancePoor: null,
    povertyPolicyPoor: null,
    projectedHouseholds: row.projectedHouseholds,
    targetReduction: target,
    remainingPoor: row.poorHouseholds === null || target === null ? null : row.poorHouseholds - target,
    nearPoorHouseholds: null,
    nearPoorTarget: null,
    nearPoorRemaining: null,
  });
}

/** The previous year's groups over this year's rows (plan.units lists the groups' units in order). */
function sameGroups(previous: Plan, units: PlanRow[]): PlanGroup[] {
  let next = 0;
  return (previous.groups as PlanGroup[]).map((group) => {
    const members = units.slice(next, (next += group.units.length));
    const subtotal = group.subtotal ? totalRow(members, group.subtotal.name, group.subtotal.sheet, group.subtotal.row) : null;
    return { subtotal, order: group.order, units: members };
  });
}

/** Households known for the province only: next year's, grown from this year's projection. */
function nextWhole(households: number, growthPercent: number): WholeHouseholds {
  return { households, projectedHouseholds: projectHouseholds(households, growthPercent) };
}

/** Units left with no poor households before the period ends: every later goal falls on the others. */
function outOfPoor(plan: Plan): Issue[] {
  return plan.units
    .filter((unit) => unit.poorHouseholds !== null && unit.poorHouseholds > 0 && unit.remainingPoor === 0)
    .map((unit) => makeIssue("period-unit-out-of-poor", { sheet: unit.sheet, cell: null }, { name: unit.name, expected: plan.planYear }));
}

/** A finding of one year of a period says which year it is about. */
export function inYear(issue: Issue, year: number): Issue {
  return { ...issue, message: { vi: `Năm ${year}: ${issue.message.vi}`, en: `${year}: ${issue.message.en}` } };
}
