/** Every ratio recomputed from its own numerator and denominator; shares of a whole add up to 100. */
import { RATIO_RULES, type DetectedTable, type Field, type TableRow } from "../detect";
import type { RatioRule } from "../detect/fields";
import { allFractions, fitsAsFraction, fractionsHold, noFractionsYet } from "../detect/fraction-rates";
import { addressOf, decimalsOf, estimateOf, figure } from "../detect/row-values";
import { type Issue, makeIssue } from "../findings";
import { tolerance, round } from "../cells";

/**
 * The ratio rules whose ratio is a column of the table, chosen once: a rule without its column can
 * find nothing, and asking each of 10,000 rows for six rules' cells by a field name held in a variable
 * was most of the ratio checks' time. Their numerators and denominators may be estimated, not columns.
 */
export function ratioRulesOf(table: DetectedTable): RatioRule[] {
  return RATIO_RULES.filter((rule) => table.columns.some((c) => c.field === rule.field));
}

/**
 * `rules`: ratioRulesOf(table). `corrected`: cells known to differ from their units' sum, with that
 * sum. A ratio over such a cell is recomputed from the sum (what the appendix writes) and names the
 * cell as its cause.
 */
export function checkRatios(
  table: DetectedTable,
  rules: readonly RatioRule[],
  row: TableRow,
  corrected: Map<string, number>,
  fixes: ReadonlyMap<string, number>,
  fractions: ReadonlySet<Field>,
  issues: Issue[],
): void {
  // Cells are named only where some sum or count is known wrong (rarely), or for a finding.
  const naming = corrected.size > 0 || fixes.size > 0;
  for (const rule of rules) {
    const ratio = figure(row, rule.field);
    const numerator = figure(row, rule.numerator);
    const denominator = figure(row, rule.denominator);
    if (ratio === null || numerator === null || !denominator) continue;
    const decimals = decimalsOf(row, rule.field);
    const estimate = estimateOf(row, rule.denominator);
    if (fractions.has(rule.field)) {
      // A column of fractions (one warning) is checked in its own reading: only a cell that fits none is wrong.
      const exact = (numerator / denominator) * 100;
      if (estimate || fitsAsFraction(ratio, decimals, exact)) continue;
      issues.push(
        makeIssue("fraction-rate-mismatch", { sheet: table.sheet, cell: addressOf(row, rule.field) as string }, {
          field: rule.field,
          name: row.name,
          cells: `${addressOf(row, rule.numerator)}/${addressOf(row, rule.denominator)}`,
          actual: ratio,
          expected: round(exact, Math.max(2, decimals - 2)),
        }),
      );
      continue;
    }
    // Households estimated from this very rate agree with it by construction.
    if (estimate?.rate === rule.field) continue;
    const numeratorCell = naming ? addressOf(row, rule.numerator) : undefined;
    const denominatorCell = naming ? addressOf(row, rule.denominator) : undefined;
    const top = corrected.get(numeratorCell as string) ?? numerator;
    const bottom = corrected.get(denominatorCell as string) ?? denominator;
    const cause = corrected.has(numeratorCell as string) ? numeratorCell : corrected.has(denominatorCell as string) ? denominatorCell : undefined;
    const exact = (top / bottom) * 100;
    const room = tolerance(decimals) + (estimate ? (exact * estimate.margin) / denominator : 0);
    // A count its own row shows wrong (poor + near-poor): a rate that fits the right count is right.
    const fixed = fixes.get(numeratorCell as string);
    if (fixed !== undefined && Math.abs(ratio - (fixed / bottom) * 100) <= room) continue;
    // Households its own row's rates show mistyped (mistypedHouseholds): a rate that fits the right figure is right.
    const fixedWhole = fixes.get(denominatorCell as string);
    if (fixedWhole !== undefined && Math.abs(ratio - (top / fixedWhole) * 100) <= room) continue;
    if (Math.abs(ratio - exact) <= room) continue;
    const ratioCell = addressOf(row, rule.field) as string;
    if (estimate) {
      // Households came from another rate of the row: the two rates do not fit one figure.
      issues.push(
        makeIssue("rates-disagree", { sheet: table.sheet, cell: ratioCell }, {
          field: rule.field,
          other: estimate.rate,
          name: row.name,
          cells: addressOf(row, rule.denominator),
          actual: ratio,
          expected: round(exact, Math.max(2, decimals)),
        }),
      );
    } else {
      // Right by its own row's figures, wrong only through the sum it rests on: it follows that cell.
      const followsSum = cause !== undefined && Math.abs(ratio - (numerator / denominator) * 100) <= tolerance(decimals);
      // The plan's own rate is written anew in the appendix: a warning, not a block.
      const code = followsSum ? "ratio-follows-sum" : rule.field === "remainingRate" ? "plan-rate-mismatch" : "ratio-mismatch";
      issues.push(
        makeIssue(code, { sheet: table.sheet, cell: ratioCell }, {
          field: rule.field,
          name: row.name,
          cells: `${addressOf(row, rule.numerator)}/${addressOf(row, rule.denominator)}`,
          actual: ratio,
          expected: round(exact, Math.max(2, decimals)),
          cause,
        }),
      );
    }
  }
  const first = figure(row, "socialAssistanceShare");
  const second = figure(row, "povertyPolicyShare");
  if (first !== null && second !== null) {
    const sum = first + second;
    if (Math.abs(sum - 100) > tolerance(decimalsOf(row, "socialAssistanceShare")) + tolerance(decimalsOf(row, "povertyPolicyShare"))) {
      issues.push(makeIssue("shares-sum", { sheet: table.sheet, cell: addressOf(row, "povertyPolicyShare") as string }, { name: row.name, actual: round(sum, 4), expected: 100 }));
    }
  }
}

/**
 * Rate columns typed as fractions of 1 (0,0501 for 5,01 %) in cells with no "%" format: every figure
 * that can be recomputed is a hundredth of its rate, and some are plainly no percent. One finding for the
 * column, at its first such cell, instead of one per cell; the appendix recomputes its rates from the counts.
 */
export function fractionRates(table: DetectedTable, rules: readonly RatioRule[], aggregates: TableRow[], issues: Issue[]): Set<Field> {
  const fractions = new Set<Field>();
  for (const rule of rules) {
    const found = noFractionsYet();
    const fits = (rows: TableRow[]) => allFractions(rows, rule.field, rule.numerator, rule.denominator, found);
    if (!fits(table.units) || !fits(aggregates) || !fractionsHold(found) || !found.first) continue;
    fractions.add(rule.field);
    const { cell, exact } = found.first;
    issues.push(
      makeIssue("rates-as-fractions", { sheet: table.sheet, cell: cell.cell }, {
        field: rule.field,
        rows: found.count,
        cells: cell.cell,
        actual: cell.value ?? undefined,
        expected: round(exact, Math.max(2, cell.decimals - 2)),
      }),
    );
  }
  return fractions;
}
