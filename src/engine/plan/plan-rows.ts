/** A plan row's rates from its counts, and a total row from its rows' sums: one arithmetic for every year of a plan. */
import { difference, percent, sum } from "./plan-math";
import type { PlanRow } from "./plan-types";

export type Counts = Omit<PlanRow, "poorRate" | "remainingRate" | "rateReduction" | "nearPoorRate" | "nearPoorRemainingRate" | "nearPoorRateReduction">;

/**
 * Ratios always from the row's own counts: a total's rates come from its sums. The counts become the
 * row, completed in place: a spread copy of an object this size with new keys takes V8's slow path,
 * about 20 µs a row (measured on Node 20), most of the plan's time for 10,600 units.
 */
export function withRates(counts: Counts): PlanRow {
  const poorRate = percent(counts.poorHouseholds, counts.households);
  const remainingRate = percent(counts.remainingPoor, counts.projectedHouseholds);
  const nearPoorRate = percent(counts.nearPoorHouseholds, counts.households);
  const nearPoorRemainingRate = percent(counts.nearPoorRemaining, counts.projectedHouseholds);
  return Object.assign(counts, {
    poorRate,
    remainingRate,
    rateReduction: difference(poorRate, remainingRate, 2),
    nearPoorRate,
    nearPoorRemainingRate,
    nearPoorRateReduction: difference(nearPoorRate, nearPoorRemainingRate, 2),
  });
}

type SummedField =
  | "households"
  | "poorHouseholds"
  | "poorPersons"
  | "socialAssistancePoor"
  | "povertyPolicyPoor"
  | "projectedHouseholds"
  | "targetReduction"
  | "remainingPoor"
  | "nearPoorHouseholds"
  | "nearPoorTarget"
  | "nearPoorRemaining";

const SUMMED: SummedField[] = [
  "households",
  "poorHouseholds",
  "poorPersons",
  "socialAssistancePoor",
  "povertyPolicyPoor",
  "projectedHouseholds",
  "targetReduction",
  "remainingPoor",
  "nearPoorHouseholds",
  "nearPoorTarget",
  "nearPoorRemaining",
];

export function totalRow(rows: PlanRow[], name: string, sheet: string, row: number): PlanRow {
  const sums = Object.fromEntries(SUMMED.map((field) => [field, sum(rows.map((r) => r[field]))])) as Record<SummedField, number | null>;
  return withRates({ name, sheet, row, householdsEstimated: rows.some((r) => r.householdsEstimated), ...sums });
}
