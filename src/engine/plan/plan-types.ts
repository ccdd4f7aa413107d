import type { AllocationMethod } from "./sharing";
/** The computed plan, in the officer's terms; these are the CLI's JSON fields too. */

export interface PlanRow {
  name: string;
  sheet: string;
  /** 1-based sheet row of the source row (a table's total row for one-row-per-table plans). */
  row: number;
  households: number | null;
  /** The households are estimated from a count and its rate (the table gives none). */
  householdsEstimated: boolean;
  poorHouseholds: number | null;
  poorPersons: number | null;
  poorRate: number | null;
  socialAssistancePoor: number | null;
  povertyPolicyPoor: number | null;
  projectedHouseholds: number | null;
  targetReduction: number | null;
  remainingPoor: number | null;
  remainingRate: number | null;
  rateReduction: number | null;
  /** Near-poor households and their plan, the same arithmetic; null when the plan has no near-poor part. */
  nearPoorHouseholds: number | null;
  nearPoorRate: number | null;
  nearPoorTarget: number | null;
  nearPoorRemaining: number | null;
  nearPoorRemainingRate: number | null;
  nearPoorRateReduction: number | null;
}

/** How the targets came about. */
export type TargetSource =
  | { kind: "table" }
  /** Each unit's points from the table's "Tỷ lệ nghèo giảm (%)" column, in households rounded up to the step. */
  | { kind: "tablePoints"; step: number }
  | { kind: "rateReduction"; percentagePoints: number; minimumHouseholds: number; households: number; step: number }
  | { kind: "households"; households: number; step: number }
  | { kind: "none" };

export interface PlanGroup {
  /**
   * The group's row: a table's subtotal when --detail lists several tables' units, or a group of the
   * source ("Khu vực thành thị", a district over its communes). null for units listed outside any group.
   */
  subtotal: PlanRow | null;
  /** The source's own label for the group ("I", "A"), when it has one. */
  order: string | null;
  units: PlanRow[];
}

export interface Plan {
  baseYear: number;
  planYear: number;
  growthPercent: number;
  /** One row per unit, or per table when several tables are summarised. */
  units: PlanRow[];
  /** With detail: units grouped under their table's subtotal. */
  groups: PlanGroup[] | null;
  total: PlanRow;
  target: TargetSource;
  /** Where the near-poor targets came from, when the plan has a near-poor part. */
  nearPoorTarget: TargetSource | null;
}

export interface PlanOptions {
  growthPercent?: number;
  baseYear?: number;
  planYear?: number;
  /** Province goal in percentage points of the poor-household rate. */
  targetRateReduction?: number;
  /** Province goal in households lifted out of poverty. */
  targetHouseholds?: number;
  /** Allocation rounding step (default 5). */
  roundStep?: number;
  /** How a goal is shared: by poor households (default), for the same rate reduction, or by weights. */
  allocation?: AllocationMethod;
  /** Weights by unit name for sharing by weights, where the table has no weight column. */
  weights?: Record<string, number>;
  /** Households every unit lifts out at least when a goal is shared. */
  minimumTarget?: number;
  /** Province goals for near-poor households, in points of their rate or in households. */
  targetNearPoorRateReduction?: number;
  targetNearPoorHouseholds?: number;
  /** List every unit under its table's subtotal when there are several tables. */
  detail?: boolean;
  /** One row per group of the source (and per unit outside any group) instead of every unit. */
  summary?: boolean;
  /** Officer-set targets, from the task pane, by unitTargetKey (two tables may name a unit alike). */
  unitTargets?: Record<string, number>;
  /** Years planned from the plan year on (a period plan, e.g. 5 for 2026–2030); each year gets the goal. */
  planYears?: number;
  /** Fallback plan year when neither the options nor the table say (the host's current year). */
  currentYear?: number;
}

/** Where an officer's own target for a row is kept in PlanOptions.unitTargets. */
export function unitTargetKey(row: { sheet: string; name: string }): string {
  return `${row.sheet}!${row.name}`;
}
