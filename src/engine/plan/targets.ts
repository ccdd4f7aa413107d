/** Where the households to lift out come from: the table, the officer, or a province goal. */
import { canShareBy, shareGoal } from "./sharing";
import { type Issue, makeIssue } from "../findings";
import { percent, sum } from "./plan-math";
import { unitTargetKey, type PlanOptions, type TargetSource } from "./plan-types";
import { unitsOffStep, unitsUnderStep } from "./step-check";

export interface TargetRow {
  name: string;
  sheet: string;
  households: number | null;
  poorHouseholds: number | null;
  projectedHouseholds: number | null;
  /** The table's own target, when it has the column. */
  tableTarget: number | null;
  /** The unit's weight for sharing a goal by weights (its column, or the officer's list), when given. */
  weight: number | null;
}

export interface Targets {
  values: (number | null)[];
  source: TargetSource;
  issues: Issue[];
}

/** Households known for the whole only (the table's total row), when the rows lack them. */
export interface WholeHouseholds {
  households: number;
  projectedHouseholds: number;
}

/** Targets for poor households, or for near-poor ones (the rows then carry near-poor counts as poorHouseholds). */
export function resolveTargets(
  rows: TargetRow[],
  hasTargetColumn: boolean,
  options: PlanOptions,
  sheet: string,
  whole: WholeHouseholds | null = null,
  subject: "poor" | "nearPoor" = "poor",
): Targets {
  const nearPoor = subject === "nearPoor";
  const step = options.roundStep ?? 5;
  const officerTarget = (row: TargetRow) => options.unitTargets?.[unitTargetKey(row)];
  const withOfficerTargets = (values: (number | null)[]) => values.map((value, i) => officerTarget(rows[i]) ?? value);
  const goal = goalInHouseholds(rows, options, step, whole);
  if (goal) {
    const poor = sum(rows.map((r) => r.poorHouseholds)) ?? 0;
    if (goal.households > poor) {
      return { values: rows.map(() => null), source: goal.source, issues: [makeIssue("goal-exceeds-poor", { sheet, cell: null }, { actual: goal.households, expected: poor, nearPoor })] };
    }
    // Units the officer set keep their target; the rest of the goal is shared among the others.
    const set = rows.map((r) => officerTarget(r) ?? null);
    const officerHouseholds = sum(set.map((t) => t ?? 0)) ?? 0;
    const rest = Math.max(0, goal.households - officerHouseholds);
    const free = rows.filter((_, i) => set[i] === null);
    const issues: Issue[] = [];
    let method = options.allocation ?? "poor";
    if (!canShareBy(method, free)) {
      issues.push(makeIssue("allocation-needs-households", { sheet, cell: null }));
      method = "poor";
    }
    let shared = shareGoal(rest, free, { method, minimum: options.minimumTarget ?? 0, step });
    if (shared === null) {
      issues.push(makeIssue("minimum-exceeds-goal", { sheet, cell: null }, { actual: options.minimumTarget, expected: rest }));
      shared = shareGoal(rest, free, { method, minimum: 0, step }) as NonNullable<typeof shared>;
    }
    let next = 0;
    const shares = set.map((t) => t ?? shared.shares[next++]);
    const under = unitsUnderStep(free, shared, step);
    if (under.length > 0) issues.push(makeIssue("step-exceeds-share", { sheet, cell: null }, { step, units: under, nearPoor }));
    // The note names the units whose share is no multiple of the step, instead of claiming the step for all.
    const units = unitsOffStep(free, shared, step);
    const source = goal.source;
    // The message says what the officer's own targets took from the goal, and what was left to share.
    const officer = { officerUnits: rows.length - free.length, officerHouseholds };
    issues.unshift(
      source.kind === "rateReduction"
        ? makeIssue("goal-from-rate", { sheet, cell: null }, { points: source.percentagePoints, minimum: source.minimumHouseholds, step, actual: goal.households, method, nearPoor, units, ...officer })
        : makeIssue("goal-allocated", { sheet, cell: null }, { step, actual: goal.households, method, nearPoor, units, ...officer }),
    );
    return { values: shares, source: goal.source, issues };
  }
  if (hasTargetColumn) return { values: withOfficerTargets(rows.map((r) => r.tableTarget)), source: { kind: "table" }, issues: [] };
  if (rows.every((r) => officerTarget(r) !== undefined)) {
    return { values: withOfficerTargets(rows.map(() => null)), source: { kind: "table" }, issues: [] };
  }
  return { values: rows.map(() => null), source: { kind: "none" }, issues: [makeIssue("no-target", { sheet, cell: null })] };
}

interface Goal {
  households: number;
  source: TargetSource;
}

/**
 * A goal of p percentage points means lifting out at least poor − (rate − p)/100 × projected
 * households over the province's totals, rounded up to the step.
 */
function goalInHouseholds(rows: TargetRow[], options: PlanOptions, step: number, whole: WholeHouseholds | null): Goal | null {
  if (options.targetHouseholds !== undefined) {
    const households = options.targetHouseholds;
    return { households, source: { kind: "households", households, step } };
  }
  if (options.targetRateReduction === undefined) return null;
  const points = options.targetRateReduction;
  const poor = sum(rows.map((r) => r.poorHouseholds));
  const rate = percent(poor, sum(rows.map((r) => r.households)) ?? whole?.households ?? null);
  const projected = sum(rows.map((r) => r.projectedHouseholds)) ?? whole?.projectedHouseholds ?? null;
  if (poor === null || rate === null || projected === null) return null;
  const minimum = Math.max(0, Math.ceil(poor - ((rate - points) / 100) * projected - 1e-9));
  const households = Math.ceil(minimum / step) * step;
  return {
    households,
    source: { kind: "rateReduction", percentagePoints: points, minimumHouseholds: minimum, households, step },
  };
}
