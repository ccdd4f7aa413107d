/** Tables that give households only in part: estimated from a rate, or on the total row alone. */
import { estimateHouseholds, fractionRatesOverHouseholds, lacksHouseholds } from "./estimate-households";
import type { Field } from "./fields";
import type { DetectedTable, TableRow } from "./table";
import { estimateOf, figure } from "./row-values";
import { type Issue, makeIssue } from "../findings";

export function householdsFindings(table: DetectedTable): Issue[] {
  // Row by row where they stand: a copy of the 10,000 units in one list was the most this allocated.
  const aggregates: TableRow[] = [];
  for (const group of table.groups) if (group.figures) aggregates.push(group.figures);
  if (table.total) aggregates.push(table.total);
  // Which rates are fractions matters only to a row to estimate: a table giving every row's households reads no rate for it.
  let fractions: Set<Field> | null = null;
  for (const rows of [table.units, aggregates]) {
    for (const row of rows) if (lacksHouseholds(row)) estimateHouseholds(row, (fractions ??= fractionRatesOverHouseholds([table.units, aggregates])));
  }
  const issues: Issue[] = [];
  const estimated = table.units.filter((u) => estimateOf(u, "households"));
  if (estimated.length > 0) {
    const margin = estimated.reduce((most, u) => Math.max(most, u.cells.households?.estimate?.margin ?? 0), 0);
    const rate = estimated[0].cells.households?.estimate?.rate;
    // Units no pair could give households for (a count or rate of 0 or blank) are named: a goal in points needs them.
    const names = table.units.filter((u) => u.cells.households?.value == null).map((u) => u.name);
    issues.push(makeIssue("households-estimated", { sheet: table.sheet, cell: null }, { sheet: table.sheet, field: rate, actual: estimated.length, expected: margin, names }));
  }
  if (householdsOnTotalOnly(table)) {
    issues.push(makeIssue("households-on-total-only", { sheet: table.sheet, cell: table.total?.cells.households?.cell ?? null }, { sheet: table.sheet }));
  }
  return issues;
}

/** No unit has households, the total row has them: they are the province's households. */
export function householdsOnTotalOnly(table: DetectedTable): boolean {
  return table.total !== null && figure(table.total, "households") !== null && table.units.every((u: TableRow) => figure(u, "households") === null);
}
