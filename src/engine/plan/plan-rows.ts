/** A plan row's rates from its counts, and a total row from its rows' sums: one arithmetic for every year of a plan. */
import { difference, percent } from "./plan-math";
import type { PlanRow } from "./plan-types";
import type { WholeHouseholds } from "./targets";

export type Counts = Omit<PlanRow, "poorRate" | "remainingRate" | "rateReduction" | "nearPoorRate" | "nearPoorRemainingRate" | "nearPoorRateReduction">;

/**
 * Ratios always from the row's own counts: a total's rates come from its sums. The counts become the
 * row, completed in place: a spread copy of an object this size with new keys takes V8's slow path,
 * about 20 µs a row (measured on Node 20), most of the plan's time for 10,600 units. Each rate is
 * set on its own, in this order (the rows' key order); a row made with the rates' keys already in
 * it (planRow) keeps its shape, with no object of rates made and copied in per row.
 */
export function withRates(counts: Counts): PlanRow {
  const row = counts as PlanRow;
  row.poorRate = percent(counts.poorHouseholds, counts.households);
  row.remainingRate = percent(counts.remainingPoor, counts.projectedHouseholds);
  row.rateReduction = difference(row.poorRate, row.remainingRate, 2);
  row.nearPoorRate = percent(counts.nearPoorHouseholds, counts.households);
  row.nearPoorRemainingRate = percent(counts.nearPoorRemaining, counts.projectedHouseholds);
  row.nearPoorRateReduction = difference(row.nearPoorRate, row.nearPoorRemainingRate, 2);
  return row;
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

/**
 * The plan's poor (near-poor) figures add up over the units whose poor (near-poor) households are known:
 * a unit whose count is unknown is named in a finding and left blank, and the appendix's SUM skips its
 * cells alike. Every other figure, and these among the counted units, is unknown when a unit's is.
 */
const POOR_SIDE = new Set<SummedField>(["poorHouseholds", "targetReduction", "remainingPoor"]);
const NEAR_POOR_SIDE = new Set<SummedField>(["nearPoorHouseholds", "nearPoorTarget", "nearPoorRemaining"]);

export function totalRow(rows: PlanRow[], name: string, sheet: string, row: number): PlanRow {
  const totals = columnSums(rows);
  const sums = Object.fromEntries(SUMMED.map((field, k) => [field, totals[k]])) as Record<SummedField, number | null>;
  return withCountedRates(withRates({ name, sheet, row, householdsEstimated: rows.some((r) => r.householdsEstimated), ...sums }), rows);
}

/**
 * A total's poor (near-poor) rates over the households of the rows its poor (near-poor) figures add up:
 * a unit whose count is unknown is left out of the rate's households too, as of a goal in points (and
 * the appendix's formula takes the households beside its blank cell off the total's).
 */
function withCountedRates(total: PlanRow, rows: PlanRow[]): PlanRow {
  const poor = leftOut(rows, "poorHouseholds");
  if (poor && total.poorHouseholds !== null) {
    const rates = withRates(lessHouseholds(total, poor));
    total.poorRate = rates.poorRate;
    total.remainingRate = rates.remainingRate;
    total.rateReduction = rates.rateReduction;
  }
  const nearPoor = leftOut(rows, "nearPoorHouseholds");
  if (nearPoor && total.nearPoorHouseholds !== null) {
    const rates = withRates(lessHouseholds(total, nearPoor));
    total.nearPoorRate = rates.nearPoorRate;
    total.nearPoorRemainingRate = rates.nearPoorRemainingRate;
    total.nearPoorRateReduction = rates.nearPoorRateReduction;
  }
  return total;
}

interface LeftOut {
  households: number;
  projectedHouseholds: number;
}

/** The households (known ones) of the rows whose count is unknown; null when every row has it. */
function leftOut(rows: PlanRow[], count: "poorHouseholds" | "nearPoorHouseholds"): LeftOut | null {
  let out: LeftOut | null = null;
  for (const row of rows) {
    if (row[count] !== null) continue;
    out ??= { households: 0, projectedHouseholds: 0 };
    out.households += row.households ?? 0;
    out.projectedHouseholds += row.projectedHouseholds ?? 0;
  }
  return out;
}

function lessHouseholds(total: PlanRow, out: LeftOut): Counts {
  return { ...total, households: difference(total.households, out.households), projectedHouseholds: difference(total.projectedHouseholds, out.projectedHouseholds) };
}

/** For each summed field, the count whose unknown value leaves a row out of the field's sum (the poor or near-poor side), if any. */
const SKIPPED_WITHOUT = SUMMED.map((field) => (POOR_SIDE.has(field) ? "poorHouseholds" : NEAR_POOR_SIDE.has(field) ? "nearPoorHouseholds" : null));

/**
 * Each summed field as sumOf gives it over the rows it counts (added in the rows' order, null for no
 * such rows or when one of them lacks it), in one pass over the rows: a pass per field through a
 * function per field was a tenth of the plan's time for 10,600 units.
 */
function columnSums(rows: PlanRow[]): (number | null)[] {
  const sums: (number | null)[] = SUMMED.map(() => null);
  const unknown = SUMMED.map(() => false);
  for (const row of rows) {
    for (let k = 0; k < SUMMED.length; k++) {
      const skippedWithout = SKIPPED_WITHOUT[k];
      if (unknown[k] || (skippedWithout !== null && row[skippedWithout] === null)) continue;
      const value = row[SUMMED[k]];
      unknown[k] = value === null;
      sums[k] = value === null ? null : (sums[k] ?? 0) + value;
    }
  }
  return sums;
}

/** A total whose households are the table's own (its total row), as some units lack theirs: the rates follow from them. */
export function withWholeHouseholds(total: PlanRow, units: PlanRow[], whole: WholeHouseholds | null): void {
  if (whole && units.some((unit) => unit.households === null)) Object.assign(total, withCountedRates(withRates({ ...total, ...whole }), units));
}
