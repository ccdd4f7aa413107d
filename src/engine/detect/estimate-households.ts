/**
 * Households where the table gives none (the ministry's form since 2022 often has no households
 * column): a count and its rate give households = count ÷ rate × 100. The pair with the largest
 * count is the most precise; the rate's decimals bound the error.
 */
import type { Field } from "./fields";
import type { ReadCell, TableRow } from "./table";
import { tolerance } from "../cells";

const PAIRS: [count: Field, rate: Field][] = [
  ["poorAndNearPoorHouseholds", "poorAndNearPoorRate"],
  ["poorHouseholds", "poorRate"],
  ["nearPoorHouseholds", "nearPoorRate"],
];

/** Whether the mapped columns hold a pair that households can be estimated from. */
export function canEstimateHouseholds(fields: Field[]): boolean {
  return PAIRS.some(([count, rate]) => fields.includes(count) && fields.includes(rate));
}

/**
 * Fills in the households of a row that has none. Each count and its rate give an estimate; the one
 * most others agree with is kept (a wrong rate then shows against it), the most precise among equals.
 */
export function estimateHouseholds(row: TableRow): void {
  if (row.cells.households?.value != null || row.cells.households?.problem) return;
  const estimates = PAIRS.map(([count, rate]) => fromPair(row, count, rate)).filter((e): e is ReadCell => e !== null);
  const agreeing = (e: ReadCell) => estimates.filter((other) => other !== e && overlap(e, other)).length;
  let best: ReadCell | null = null;
  for (const estimate of estimates) {
    if (!best || agreeing(estimate) > agreeing(best) || (agreeing(estimate) === agreeing(best) && margin(estimate) < margin(best))) best = estimate;
  }
  if (best) row.cells.households = best;
}

const margin = (e: ReadCell) => e.estimate?.margin ?? 0;
const overlap = (a: ReadCell, b: ReadCell) => Math.abs((a.value ?? 0) - (b.value ?? 0)) <= margin(a) + margin(b);

function fromPair(row: TableRow, countField: Field, rateField: Field): ReadCell | null {
  const count = row.cells[countField];
  const rate = row.cells[rateField];
  if (count?.value == null || rate?.value == null || count.value <= 0 || rate.value <= 0) return null;
  const value = Math.round((count.value * 100) / rate.value);
  const delta = tolerance(rate.decimals);
  const high = rate.value > delta ? (count.value * 100) / (rate.value - delta) : Infinity;
  const low = (count.value * 100) / (rate.value + delta);
  const margin = Math.ceil(Math.max(high - value, value - low));
  if (!Number.isFinite(margin)) return null;
  return { cell: rate.cell, raw: null, value, decimals: 0, estimate: { count: countField, rate: rateField, margin } };
}
