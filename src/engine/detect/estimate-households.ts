/**
 * Households where the table gives none (the ministry's form since 2022 often has no households
 * column): a count and its rate give households = count ÷ rate × 100. The pair with the largest
 * count is the most precise; the rate's decimals bound the error.
 */
import type { Field } from "./fields";
import type { ReadCell, TableRow } from "./table";
import { tolerance } from "../cells";
import { ratesOverHouseholdsAreFractions } from "./fraction-rates";
import { asPercent } from "./rows";
import { figure, problemOf } from "./row-values";

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
 * The rates typed as fractions of 1 (0,0501 for 5,01 %), told by the rows that give households (a total
 * row, some units): the estimates read them as the percent they stand for, as the checks do.
 */
export function fractionRatesOverHouseholds(lists: TableRow[][]): Set<Field> {
  return new Set(PAIRS.filter(([count, rate]) => ratesOverHouseholdsAreFractions(lists, count, rate)).map(([, rate]) => rate));
}

/**
 * Fills in the households of a row that has none. Each count and its rate give an estimate; the one
 * most others agree with is kept (a wrong rate then shows against it), the most precise among equals.
 */
export function estimateHouseholds(row: TableRow, fractions: ReadonlySet<Field> = new Set()): void {
  if (!lacksHouseholds(row)) return;
  const estimates = PAIRS.map(([count, rate]) => fromPair(row, count, rate, fractions.has(rate))).filter((e): e is ReadCell => e !== null);
  const agreeing = (e: ReadCell) => estimates.filter((other) => other !== e && overlap(e, other)).length;
  let best: ReadCell | null = null;
  for (const estimate of estimates) {
    if (!best || agreeing(estimate) > agreeing(best) || (agreeing(estimate) === agreeing(best) && margin(estimate) < margin(best))) best = estimate;
  }
  if (best) row.cells.households = best;
}

/** A row with no households read, and none unreadable (a wrong cell is said, not estimated over). */
export function lacksHouseholds(row: TableRow): boolean {
  return figure(row, "households") === null && !problemOf(row, "households");
}

const margin = (e: ReadCell) => e.estimate?.margin ?? 0;
const overlap = (a: ReadCell, b: ReadCell) => Math.abs((a.value ?? 0) - (b.value ?? 0)) <= margin(a) + margin(b);

function fromPair(row: TableRow, countField: Field, rateField: Field, fraction: boolean): ReadCell | null {
  const count = row.cells[countField];
  const cell = row.cells[rateField];
  if (count?.value == null || cell?.value == null || count.value <= 0 || cell.value <= 0) return null;
  // A fraction's decimals are two more than those of the percent it stands for.
  const rate = fraction ? asPercent(cell.value) : cell.value;
  const value = Math.round((count.value * 100) / rate);
  const delta = tolerance(fraction ? Math.max(0, cell.decimals - 2) : cell.decimals);
  const high = rate > delta ? (count.value * 100) / (rate - delta) : Infinity;
  const low = (count.value * 100) / (rate + delta);
  const margin = Math.ceil(Math.max(high - value, value - low));
  if (!Number.isFinite(margin)) return null;
  return { cell: cell.cell, raw: null, value, decimals: 0, estimate: { count: countField, rate: rateField, margin } };
}
