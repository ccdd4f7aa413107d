/** How many decimals a figure shows, for tolerances of half a unit of the last decimal shown. */
import type { CellValue } from "./grid";
import { Memo } from "./memo";

export function decimalsShown(raw: CellValue, value: number | null, numberFormat: string | null | undefined): number {
  return figureDecimals(raw, value, numberFormat ? formatDecimals(numberFormat) : null);
}

/**
 * decimalsShown with the number format's decimals already read (null: it fixes none), for a reader
 * that reads a column's shared format once instead of once per cell.
 */
export function figureDecimals(raw: CellValue, value: number | null, fromFormat: number | null): number {
  if (typeof raw === "string") return (/[.,](\d+)%?\s*$/.exec(raw.trim())?.[1] ?? "").length;
  if (fromFormat !== null) return fromFormat;
  if (value === null || Number.isInteger(value)) return 0;
  return Math.min(10, (String(value).split(".")[1] ?? "").length);
}

/** More distinct number formats than any real workbook has: past it, what is known of them is forgotten. */
export const MAX_REMEMBERED_FORMATS = 500;

/** Decimals by number format, read once per format: a table has a handful of formats and 100,000 cells. */
export const FORMAT_DECIMALS = new Memo(MAX_REMEMBERED_FORMATS, (numberFormat: string) => /\.([0#]+)/.exec(numberFormat)?.[1].length ?? null);

/** The decimals a number format fixes ("0.00" → 2), or null when it fixes none ("#,##0", "General"). */
export function formatDecimals(numberFormat: string): number | null {
  return FORMAT_DECIMALS.get(numberFormat);
}

/** Half a unit of the last decimal, plus room for binary floating point. */
export function tolerance(decimals: number): number {
  return TOLERANCES[decimals] ?? 0.5 * 10 ** -decimals + 1e-9;
}

/** The tolerances of 0 to 10 decimals (all a cell shows), worked out once: every rate of every row asks. */
const TOLERANCES = Array.from({ length: 11 }, (_, decimals) => 0.5 * 10 ** -decimals + 1e-9);
