/** How many decimals a figure shows, for tolerances of half a unit of the last decimal shown. */
import type { CellValue } from "./grid";

export function decimalsShown(raw: CellValue, value: number | null, numberFormat: string | null | undefined): number {
  if (typeof raw === "string") return (/[.,](\d+)%?\s*$/.exec(raw.trim())?.[1] ?? "").length;
  const fromFormat = numberFormat ? /\.([0#]+)/.exec(numberFormat) : null;
  if (fromFormat) return fromFormat[1].length;
  if (value === null) return 0;
  return Math.min(10, (String(value).split(".")[1] ?? "").length);
}

/** Half a unit of the last decimal, plus room for binary floating point. */
export function tolerance(decimals: number): number {
  return 0.5 * 10 ** -decimals + 1e-9;
}
