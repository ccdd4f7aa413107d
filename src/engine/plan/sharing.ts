/**
 * How a province goal is shared among units: by poor households (the seed's targets are about 11 % of
 * each district's poor), so that every unit lowers its rate by the same points, or by poor households
 * times a weight per unit (more for the poorest). A minimum per unit comes first; the sum is the goal.
 */
import { allocate } from "./allocate";
import type { TargetRow } from "./targets";

export type AllocationMethod = "poor" | "rate" | "weights";

export interface Sharing {
  method: AllocationMethod;
  /** Households every unit lifts out at least (capped at its poor households). */
  minimum: number;
  step: number;
}

export interface Shares {
  shares: number[];
  /** Each unit's exact share before rounding to the step (its minimum plus its part of the rest). */
  quotas: number[];
}

/** The shares, or null when the minimums alone exceed the goal. */
export function shareGoal(goal: number, rows: TargetRow[], sharing: Sharing): Shares | null {
  const { step } = sharing;
  const minimums = rows.map((r) => Math.min(r.poorHouseholds ?? 0, Math.ceil(sharing.minimum / step) * step));
  const floor = minimums.reduce((a, b) => a + b, 0);
  if (floor > goal) return null;
  const weights = shareWeights(goal, rows, sharing.method);
  const rest = allocate(goal - floor, rows.map((r, i) => ({ poorHouseholds: (r.poorHouseholds ?? 0) - minimums[i], weight: weights[i] })), step);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const quotas = weights.map((w, i) => minimums[i] + (totalWeight > 0 ? ((goal - floor) * w) / totalWeight : 0));
  return { shares: rest.map((share, i) => share + minimums[i]), quotas };
}

/** Whether every row has what the method needs (the same-rate method needs households). */
export function canShareBy(method: AllocationMethod, rows: TargetRow[]): boolean {
  return method !== "rate" || rows.every((r) => r.households !== null && r.households > 0 && r.projectedHouseholds !== null);
}

function shareWeights(goal: number, rows: TargetRow[], method: AllocationMethod): number[] {
  const poor = rows.map((r) => r.poorHouseholds ?? 0);
  if (method === "weights") return rows.map((r, i) => poor[i] * (r.weight ?? 1));
  if (method === "poor") return poor;
  // Same reduction δ everywhere: unit i lifts out poor − (rate − δ)/100 × projected, which sums to the goal when
  // δ = 100 × (goal + Σ poor × (projected/households − 1)) / Σ projected.
  const growth = rows.map((r, i) => poor[i] * ((r.projectedHouseholds as number) / (r.households as number) - 1));
  const projected = rows.reduce((a, r) => a + (r.projectedHouseholds as number), 0);
  const points = (100 * (goal + growth.reduce((a, b) => a + b, 0))) / projected;
  return rows.map((r, i) => Math.max(0, (points * (r.projectedHouseholds as number)) / 100 - growth[i]));
}
