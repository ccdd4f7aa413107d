/** How many decimals a figure shows, for tolerances of half a unit of the last decimal shown. */
import type { CellValue } from "./grid";

export function decimalsShown(raw: CellValue, value: number | null, numberFormat: string | null | undefined): number {
  if (typeof raw === "string") return (/[.,](\d+)%?\s*$/.exec(raw.trim())?.[1] ?? "").length;
  const fromFormat = numberFormat ? formatDecimals(numberFormat) : null;
  if (fromFormat !== null) return fromFormat;
  if (value === null || Number.isInteger(value)) return 0;
  return Math.min(10, (String(value).split(".")[1] ?? "").length);
}

/** Decimals by number format, read once per format: a table has a handful of formats and 100,000 cells. */
const FORMAT_DECIMALS = new Map<string, number | null>();

function formatDecimals(numberFormat: string): number | null {
  let decimals = FORMAT_DECIMALS.get(numberFormat);
  if (decimals === undefined) FORMAT_DECIMALS.set(numberFormat, (decimals = /\.([0#]+)/.exec(numberFormat)?.[1].length ?? null));
  return decimals;
}

/** Half a unit of the last decimal, plus room for binary floating point. */
export function tolerance(decimals: number): number {
  return 0.5 * 10 ** -decimals + 1e-9;
}
