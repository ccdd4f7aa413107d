/**
 * The published tables' arithmetic (shared/DESIGN.md), written once so the engine and the
 * appendix's formulas compute the same doubles in the same order.
 */
import { Memo, round } from "../cells";

/**
 * 1 + growth as a fraction of whole numbers (0.7 % → 1007/1000). households × 1007 is exact and
 * one division is correctly rounded in every spreadsheet, so 500 households give exactly 503.5 and
 * ROUND gives 504 in Excel and LibreOffice alike; 500*1.007 would be 503.4999…, 503 in one and 504
 * in the other.
 */
export function growthFraction(growthPercent: number): { numerator: number; denominator: number } {
  for (let denominator = 100; denominator <= 1e8; denominator *= 10) {
    const numerator = ((100 + growthPercent) * denominator) / 100;
    if (Math.abs(numerator - Math.round(numerator)) < 1e-6) return { numerator: Math.round(numerator), denominator };
  }
  return { numerator: Math.round((100 + growthPercent) * 1e6), denominator: 1e8 };
}

/** Worked out once per growth: every unit's projection asks, and a fraction object per unit was 0.4 MB a national table. */
const GROWTH_FRACTIONS = new Memo(100, growthFraction);

export function projectHouseholds(households: number, growthPercent: number): number {
  const { numerator, denominator } = GROWTH_FRACTIONS.get(growthPercent);
  return round((households * numerator) / denominator, 0);
}

/** part / whole × 100 to two decimals; null when it cannot be computed. */
export function percent(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole === 0) return null;
  const value = round((part / whole) * 100, 2);
  return Number.isFinite(value) ? value : null; // a whole as tiny as 5e-324 overflows the ratio
}

/**
 * Households to lift out for a rate p percentage points lower: at least poor − (rate − p)/100 ×
 * projected (the rate as published, to two decimals), and that rounded up to the step. The same
 * arithmetic for a province goal and for one unit's points from a resolution.
 */
export function householdsForPoints(poor: number, rate: number, projected: number, points: number, step: number): { minimum: number; households: number } {
  const minimum = Math.max(0, Math.ceil(poor - ((rate - points) / 100) * projected - 1e-9));
  return { minimum, households: Math.ceil(minimum / step) * step };
}

export function difference(a: number | null, b: number | null, digits?: number): number | null {
  if (a === null || b === null) return null;
  return digits === undefined ? a - b : round(a - b, digits);
}

export function sum(values: (number | null)[]): number | null {
  return sumOf(values, (value) => value);
}

/**
 * A figure summed over the rows that have it, null when none has: a total over what is known (a unit
 * whose count is unreadable is named in a finding, and the appendix's SUM skips its blank cell alike).
 */
export function sumKnown<T>(rows: readonly T[], figure: (row: T) => number | null): number | null {
  let total: number | null = null;
  for (const row of rows) {
    const value = figure(row);
    if (value !== null) total = (total ?? 0) + value;
  }
  return total;
}

/** A figure summed over rows in their order, null when there are none or one lacks it; no list of the figures is made. */
export function sumOf<T>(rows: readonly T[], figure: (row: T) => number | null): number | null {
  if (rows.length === 0) return null;
  let total = 0;
  for (const row of rows) {
    const value = figure(row);
    if (value === null) return null;
    total += value;
  }
  return total;
}
