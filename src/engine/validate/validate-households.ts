/**
 * A households figure mistyped (190 for 1,900): every rate of its row over the households misses it but
 * fits one other figure, and the total adds up with that figure. Said once, at the households cell: the
 * rates and the total that follow from it are not said again (the right figure goes into `fixes`).
 */
import { RATIO_RULES, type DetectedTable, type Field, type TableRow } from "../detect";
import { addressOf, decimalsOf, estimateOf, figure } from "../detect/row-values";
import { tolerance } from "../cells";
import { type Issue, makeIssue } from "../findings";
import { unitsSum } from "./validate-totals";

const OVER_HOUSEHOLDS = RATIO_RULES.filter((rule) => rule.denominator === "households");

/** `fractions`: rate columns typed as fractions of 1, which fit no households as percents. */
export function mistypedHouseholds(table: DetectedTable, fractions: ReadonlySet<Field>, fixes: Map<string, number>, issues: Issue[]): Map<string, number> {
  const total = table.total?.cells.households?.value ?? null;
  const sum = total === null ? null : unitsSum(table.units, "households");
  for (const unit of table.units) {
    const households = figure(unit, "households");
    if (households === null || estimateOf(unit, "households") || households <= 0) continue;
    const fit = fittingHouseholds(unit, households, fractions);
    if (!fit) continue;
    const fromTotal = total !== null && sum !== null ? total - (sum - households) : null;
    const totalAgrees = fromTotal !== null && fit.low <= fromTotal && fromTotal <= fit.high;
    // One rate alone may be the wrong one: it takes a second rate, or the total, to blame the households.
    if (fit.cells.length < 2 && !totalAgrees) continue;
    const right = totalAgrees ? (fromTotal as number) : Math.round((fit.low + fit.high) / 2);
    const cell = addressOf(unit, "households") as string;
    fixes.set(cell, right);
    issues.push(makeIssue("households-mistyped", { sheet: table.sheet, cell }, { field: "households", name: unit.name, actual: households, expected: right, cells: fit.cells.join(", "), totalAgrees }));
  }
  return fixes;
}

/**
 * The range of households every rate of the row over them fits (within half a unit of its last decimal),
 * when there is one holding a whole figure and none of the rates fits the row's own `households`.
 */
function fittingHouseholds(unit: TableRow, households: number, fractions: ReadonlySet<Field>): { low: number; high: number; cells: string[] } | null {
  let low = 0;
  let high = Infinity;
  const cells: string[] = [];
  for (const rule of OVER_HOUSEHOLDS) {
    const rate = figure(unit, rule.field);
    const count = figure(unit, rule.numerator);
    if (fractions.has(rule.field) || rate === null || count === null || count <= 0 || rate <= 0) continue;
    const room = tolerance(decimalsOf(unit, rule.field));
    if (Math.abs(rate - (count / households) * 100) <= room) return null;
    low = Math.max(low, (count * 100) / (rate + room));
    high = Math.min(high, rate > room ? (count * 100) / (rate - room) : Infinity);
    cells.push(addressOf(unit, rule.field) as string);
  }
  return cells.length > 0 && Math.ceil(low) <= Math.floor(high) ? { low, high, cells } : null;
}
