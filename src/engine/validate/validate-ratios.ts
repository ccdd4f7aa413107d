/** Every ratio recomputed from its own numerator and denominator; shares of a whole add up to 100. */
import { RATIO_RULES, type DetectedTable, type TableRow } from "../detect";
import { type Issue, makeIssue } from "../findings";
import { tolerance, round } from "../cells";

/**
 * `corrected`: cells known to differ from their units' sum, with that sum. A ratio over such a cell is
 * recomputed from the sum (what the appendix writes) and names the cell as its cause.
 */
export function checkRatios(table: DetectedTable, row: TableRow, corrected: Map<string, number>, issues: Issue[]): void {
  for (const rule of RATIO_RULES) {
    const ratio = row.cells[rule.field];
    const numerator = row.cells[rule.numerator];
    const denominator = row.cells[rule.denominator];
    if (ratio?.value == null || numerator?.value == null || !denominator?.value) continue;
    // Households estimated from this very rate agree with it by construction.
    if (denominator.estimate?.rate === rule.field) continue;
    const top = corrected.get(numerator.cell) ?? numerator.value;
    const bottom = corrected.get(denominator.cell) ?? denominator.value;
    const cause = corrected.has(numerator.cell) ? numerator.cell : corrected.has(denominator.cell) ? denominator.cell : undefined;
    const exact = (top / bottom) * 100;
    const estimateRoom = denominator.estimate ? (exact * denominator.estimate.margin) / denominator.value : 0;
    if (Math.abs(ratio.value - exact) > tolerance(ratio.decimals) + estimateRoom && denominator.estimate) {
      // Households came from another rate of the row: the two rates do not fit one figure.
      issues.push(
        makeIssue("rates-disagree", { sheet: table.sheet, cell: ratio.cell }, {
          field: rule.field,
          other: denominator.estimate.rate,
          name: row.name,
          cells: denominator.cell,
          actual: ratio.value,
          expected: round(exact, Math.max(2, ratio.decimals)),
        }),
      );
    } else if (Math.abs(ratio.value - exact) > tolerance(ratio.decimals) + estimateRoom) {
      // Right by its own row's figures, wrong only through the sum it rests on: it follows that cell.
      const followsSum = cause !== undefined && Math.abs(ratio.value - (numerator.value / denominator.value) * 100) <= tolerance(ratio.decimals);
      // The plan's own rate is written anew in the appendix: a warning, not a block.
      const code = followsSum ? "ratio-follows-sum" : rule.field === "remainingRate" ? "plan-rate-mismatch" : "ratio-mismatch";
      issues.push(
        makeIssue(code, { sheet: table.sheet, cell: ratio.cell }, {
          field: rule.field,
          name: row.name,
          cells: `${numerator.cell}/${denominator.cell}`,
          actual: ratio.value,
          expected: round(exact, Math.max(2, ratio.decimals)),
          cause,
        }),
      );
    }
  }
  const first = row.cells.socialAssistanceShare;
  const second = row.cells.povertyPolicyShare;
  if (first?.value != null && second?.value != null) {
    const sum = first.value + second.value;
    if (Math.abs(sum - 100) > tolerance(first.decimals) + tolerance(second.decimals)) {
      issues.push(makeIssue("shares-sum", { sheet: table.sheet, cell: second.cell }, { name: row.name, actual: round(sum, 4), expected: 100 }));
    }
  }
}
