/**
 * Rate columns typed as fractions of 1 (0,0501 for 5,01 %) in cells with no "%" format, told by the
 * rows whose counts give the rate: read one way by the checks and by the households estimated from them.
 */
import { tolerance } from "../cells";
import type { Field } from "./fields";
import type { ReadCell, TableRow } from "./table";
import { decimalsOf, estimateOf, figure } from "./row-values";

export interface FractionsFound {
  first: { cell: ReadCell; exact: number } | null;
  /** Rows whose rate is plainly no percent. */
  count: number;
  /** Rows whose rate fits as a fraction of 1, and those whose rate fits none (a wrong cell, or a percent among fractions). */
  fits: number;
  misfits: number;
}

export const noFractionsYet = (): FractionsFound => ({ first: null, count: 0, fits: 0, misfits: 0 });

/** A rate cell read as a fraction of 1 fits the percent its counts give; its decimals as a fraction are two more than the percent's. */
export function fitsAsFraction(ratio: number, decimals: number, exact: number): boolean {
  return Math.abs(ratio * 100 - exact) <= 100 * tolerance(decimals);
}

/**
 * The column is fractions: some rows are plainly no percent, and at most one in five of those that tell
 * fits no fraction (each of those is a wrong cell, an error of its own, not a reason to read every other cell wrong).
 */
export function fractionsHold(found: FractionsFound): boolean {
  return found.first !== null && found.misfits * 4 <= found.fits;
}

/**
 * Tallies the rates of these rows that can be recomputed (from a denominator read, not estimated) into
 * `found`; false once most of them fit no fraction, when the rest need not be read.
 */
export function allFractions(rows: TableRow[], field: Field, numeratorField: Field, denominatorField: Field, found: FractionsFound): boolean {
  for (const row of rows) {
    const ratio = figure(row, field);
    const numerator = figure(row, numeratorField);
    const denominator = figure(row, denominatorField);
    if (ratio === null || numerator === null || !denominator || estimateOf(row, denominatorField)) continue;
    const exact = (numerator / denominator) * 100;
    const decimals = decimalsOf(row, field);
    if (!fitsAsFraction(ratio, decimals, exact)) {
      found.misfits++;
      if (found.misfits >= 3 && found.misfits > found.fits) return false;
      continue;
    }
    found.fits++;
    if (Math.abs(ratio - exact) <= tolerance(decimals)) continue;
    found.count++;
    found.first ??= { cell: row.cells[field] as ReadCell, exact };
  }
  return true;
}

/** Whether a rate over households is typed as fractions in these lists of rows. */
export function ratesOverHouseholdsAreFractions(lists: TableRow[][], count: Field, rate: Field): boolean {
  const found = noFractionsYet();
  return lists.every((rows) => allFractions(rows, rate, count, "households", found)) && fractionsHold(found);
}
