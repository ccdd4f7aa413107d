/** Where the households to lift out come from: the table, the officer, or a province goal. */
import { canShareBy, shareGoal } from "./sharing";
import { type Issue, makeIssue } from "../findings";
import { householdsForPoints, percent, sum, sumKnown } from "./plan-math";
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

/** Households of the whole table from its total row (read, or estimated from its rate), when some rows lack theirs. */
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
  const targets = targetsOf(rows, hasTargetColumn, options, sheet, whole, subject);
  const overPoor = officerTargetsOverPoor(rows, options);
  return overPoor.length > 0 ? { ...targets, issues: overPoor.concat(targets.issues) } : targets;
}

/**
 * A target the officer typed in the pane above the unit's poor households: an error, as in the table's
 * own column, where the plan would write a negative remaining (1,200 typed for 1,033 poor: −167, field test 5).
 */
function officerTargetsOverPoor(rows: TargetRow[], options: PlanOptions): Issue[] {
  if (!options.unitTargets) return [];
  const issues: Issue[] = [];
  for (const row of rows) {
    const typed = options.unitTargets[unitTargetKey(row)];
    if (typed !== undefined && row.poorHouseholds !== null && typed > row.poorHouseholds) {
      issues.push(makeIssue("target-exceeds-poor", { sheet: row.sheet, cell: null }, { name: row.name, actual: typed, expected: row.poorHouseholds }));
    }
  }
  return issues;
}

function targetsOf(
  rows: TargetRow[],
  hasTargetColumn: boolean,
  options: PlanOptions,
  sheet: string,
  whole: WholeHouseholds | null,
  subject: "poor" | "nearPoor",
): Targets {
  const nearPoor = subject === "nearPoor";
  const step = options.roundStep ?? 5;
  const officerTarget = (row: TargetRow) => options.unitTargets?.[unitTargetKey(row)];
  const withOfficerTargets = (values: (number | null)[]) => values.map((value, i) => officerTarget(rows[i]) ?? value);
  const goal = goalInHouseholds(rows, options, step, whole);
  if (goal && "lacking" in goal) {
    const issues = goal.lacking.length > 0 ? [makeIssue("goal-needs-households", { sheet, cell: null }, { points: options.targetRateReduction, names: goal.lacking, nearPoor })] : [];
    return { values: rows.map(() => null), source: { kind: "none" }, issues };
  }
  if (goal) {
    // Units whose count is unknown get no share (plan.ts names them); the goal is measured against the others.
    const poor = sumKnown(rows, (r) => r.poorHouseholds) ?? 0;
    if (goal.households > poor) {
      return { values: rows.map(() => null), source: goal.source, issues: [makeIssue("goal-exceeds-poor", { sheet, cell: null }, { actual: goal.households, expected: poor, nearPoor })] };
    }
    // Units the officer set keep their target; the rest of the goal is shared among the others.
    const set = rows.map((r) => officerTarget(r) ?? null);
    const officerHouseholds = sum(set.map((t) => t ?? 0)) ?? 0;
    const rest = Math.max(0, goal.households - officerHouseholds);
    const sharing = rows.map((r, i) => set[i] === null && r.poorHouseholds !== null);
    const free = rows.filter((_, i) => sharing[i]);
    const issues: Issue[] = goal.leftOut.length > 0 ? [makeIssue("goal-rate-without-units", { sheet, cell: null }, { names: goal.leftOut, nearPoor })] : [];
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
    const shares = set.map((t, i) => t ?? (sharing[i] ? shared.shares[next++] : null));
    const under = unitsUnderStep(free, shared, step);
    if (under.length > 0) issues.push(makeIssue("step-exceeds-share", { sheet, cell: null }, { step, units: under, nearPoor }));
    // The note names the units whose share is no multiple of the step, instead of claiming the step for all.
    const units = unitsOffStep(free, shared, step);
    const source = goal.source;
    // The message says what the officer's own targets took from the goal, and what was left to share.
    const officer = { officerUnits: set.filter((t) => t !== null).length, officerHouseholds };
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
  /** Units with no households and no poor households, left out of the rate the goal was worked out from. */
  leftOut: string[];
}

/** A goal in points that cannot be worked out: the units whose households are unknown. */
interface GoalLacking {
  lacking: string[];
}

/**
 * A goal of p percentage points means lifting out at least poor − (rate − p)/100 × projected
 * households over the province's totals, rounded up to the step.
 */
function goalInHouseholds(rows: TargetRow[], options: PlanOptions, step: number, whole: WholeHouseholds | null): Goal | GoalLacking | null {
  if (options.targetHouseholds !== undefined) {
    const households = options.targetHouseholds;
    return { households, source: { kind: "households", households, step }, leftOut: [] };
  }
  if (options.targetRateReduction === undefined) return null;
  const points = options.targetRateReduction;
  const basis = rateBasis(rows, whole);
  if ("lacking" in basis) return basis;
  const rate = percent(basis.poor, basis.households);
  // No households at all (none known, or all 0): every unit without them is named.
  if (rate === null) return { lacking: rows.filter((r) => !r.households).map((r) => r.name) };
  const { minimum, households } = householdsForPoints(basis.poor, rate, basis.projected, points, step);
  return {
    households,
    source: { kind: "rateReduction", percentagePoints: points, minimumHouseholds: minimum, households, step },
    leftOut: basis.leftOut,
  };
}

/**
 * The province's poor, households and projected households a goal in points is worked out from: the
 * units whose poor households are known (the others get no share), with the total row's households
 * where some of them lack theirs. Without those, a unit with no households and no poor is left out
 * (it gets no share either way); one with poor households makes the goal impossible, and is named.
 */
function rateBasis(rows: TargetRow[], whole: WholeHouseholds | null): { poor: number; households: number; projected: number; leftOut: string[] } | GoalLacking {
  const known = rows.filter((r) => r.poorHouseholds !== null);
  const poor = sumKnown(known, (r) => r.poorHouseholds) ?? 0;
  const hasHouseholds = (r: TargetRow) => r.households !== null && r.projectedHouseholds !== null;
  const counted = known.filter(hasHouseholds);
  const uncounted = known.filter((r) => !hasHouseholds(r));
  if (uncounted.length > 0 && whole) return { poor, households: whole.households, projected: whole.projectedHouseholds, leftOut: [] };
  if (uncounted.some((r) => r.poorHouseholds !== 0)) return { lacking: uncounted.map((r) => r.name) };
  const households = sumKnown(counted, (r) => r.households) ?? 0;
  const projected = sumKnown(counted, (r) => r.projectedHouseholds) ?? 0;
  return { poor, households, projected, leftOut: uncounted.map((r) => r.name) };
}
