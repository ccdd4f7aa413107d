/** Grid literals for engine tests (HyperFormula-style): rows of cells from A1, or from `origin`. */
import type { CellValue, Grid } from "../../src/engine/cells/grid";

export function grid(values: CellValue[][], options: { sheet?: string; origin?: string; merges?: string[]; numberFormats?: (string | null)[][] } = {}): Grid {
  return { sheet: options.sheet ?? "Sheet1", origin: options.origin ?? "A1", values, merges: options.merges ?? [], numberFormats: options.numberFormats };
}

/** A one-row header table: header, then rows; handy for rule tests. */
export function simpleTable(header: string[], rows: CellValue[][], sheet = "Sheet1"): Grid {
  return grid([header, ...rows], { sheet });
}
