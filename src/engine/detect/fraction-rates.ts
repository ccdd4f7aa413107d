/**
 * Rate columns typed as fractions of 1 (0,0501 for 5,01 %) in cells with no "%" format, told by the
 * rows whose counts give the rate: read one way by the checks and by the households estimated from them.
 */
import { tolerance } from "../cells";
import type { Field } from "./fields";
import type { ReadCell, TableRow } from "./table";

export interface FractionsFound {
  first: { cell: ReadCell; exact: number } | null;
  /** Rows whose rate is plainly no percent. */
  count: number;
}

/**
 * Whether every rate of these rows that can be recomputed (from a denominator read, not estimated) fits
 * as a fraction of 1; adds those that are no percent to `found`.
 */
export function allFractions(rows: TableRow[], field: Field, numeratorField: Field, denominatorField: Field, found: FractionsFound): boolean {
  for (const row of rows) {
    const ratio = row.cells[field];
    const numerator = row.cells[numeratorField];
    const denominator = row.cells[denominatorField];
    if (ratio?.value == null || numerator?.value == null || !denominator?.value || denominator.estimate) continue;
    const exact = (numerator.value / denominator.value) * 100;
    // A cell's decimals as a fraction are two more than the percent it stands for.
    if (Math.abs(ratio.value * 100 - exact) > 100 * tolerance(ratio.decimals)) return false;
    if (Math.abs(ratio.value - exact) <= tolerance(ratio.decimals)) continue;
    found.count++;
    found.first ??= { cell: ratio, exact };
  }
  return true;
}

/** Whether a rate over households is typed as fractions in these lists of rows: every row that tells fits, and some plainly are no percent. */
export function ratesOverHouseholdsAreFractions(lists: TableRow[][], count: Field, rate: Field): boolean {
  const found: FractionsFound = { first: null, count: 0 };
  return lists.every((rows) => allFractions(rows, rate, count, "households", found)) && found.first !== null;
}
