/**
 * The appendix sheet as data: the seed's layout, one row per unit (or per table), a bold total,
 * and live formulas for every derived cell, with the engine's values cached beside them.
 */
import { columnLetters } from "../cells";
import { APPENDIX_STYLES } from "./appendix-styles";
import { HEADER_BOTTOM, HEADER_TOP, lastColumn, titleAndHeader } from "./appendix-header";
import { a4Landscape, type AppendixLayout, type LayoutCell, type YearRows } from "./layout";
import { formula, householdsGivenOnTotal, known, lessBlanks, placeRows, pushOrderAndName, rowWriter, type PlacedRow } from "./rows";
import { growthFraction, percent, projectHouseholds, type Plan, type PlanRow } from "../plan";

export function appendixLayout(plan: Plan): AppendixLayout {
  const { cells, merges } = titleAndHeader(plan);
  const placed = placeRows(
    plan,
    HEADER_BOTTOM + 1,
    (kind, index) => (kind === "unit" ? plan.units[index] : kind === "subtotal" ? (plan.groups?.[index].subtotal as PlanRow) : plan.total),
    { poor: (unit) => unit.poorHouseholds === null, nearPoor: (unit) => unit.nearPoorHouseholds === null },
  );
  const planRows: YearRows = {
    kind: "year",
    rows: placed,
    growthPercent: plan.growthPercent,
    nearPoor: !!plan.nearPoorTarget,
    householdsGivenOnTotal: householdsGivenOnTotal(plan.units),
  };
  const totalRow = placed[placed.length - 1].row;
  merges.push(`A${totalRow}:B${totalRow}`);
  let lastRow = totalRow;
  if (plan.total.householdsEstimated) {
    lastRow = totalRow + 2;
    cells.push({ row: lastRow, col: 1, value: ESTIMATE_NOTE, style: "note" });
    merges.push(`A${lastRow}:${columnLetters(lastColumn(plan))}${lastRow}`);
  }

  return {
    sheetName: `Phụ lục ${plan.planYear}`,
    cells,
    planRows,
    styles: APPENDIX_STYLES,
    merges,
    columnWidths: [5, 24, 11, 9, 10, 7, 10, 7, 11, 7, 12, 11, 11, 8, 9, ...(plan.nearPoorTarget ? [9, 7, 10, 10, 8, 9] : [])],
    rowHeights: { 2: 21, 3: 33, 6: 48, 7: 66, ...(lastRow > totalRow ? { [lastRow]: 30 } : {}) },
    frozenRows: HEADER_BOTTOM,
    print: a4Landscape([HEADER_TOP, HEADER_BOTTOM]),
    rowCount: lastRow,
    columnCount: lastColumn(plan),
  };
}

export const ESTIMATE_NOTE =
  "Ghi chú: Số hộ dân in nghiêng là số ước tính (số hộ ÷ tỷ lệ × 100) vì bảng nguồn không ghi số hộ dân; sai số do tỷ lệ đã làm tròn.";

/** The baseline rate (column F) as the appendix shows it: blank when households or poor households are unknown. */
export function shownPoorRate(data: PlanRow): number | null {
  return known(data.poorHouseholds, data.households) && data.households !== 0 ? data.poorRate : null;
}

/** The plan rate (column N) as the appendix shows it: blank when the remaining poor or projected households are unknown. */
export function shownRemainingRate(data: PlanRow): number | null {
  return known(data.remainingPoor, data.projectedHouseholds) && data.projectedHouseholds !== 0 ? data.remainingRate : null;
}

/** One plan row's cells, in column order. */
export function yearRowCells(rows: YearRows, placed: PlacedRow<PlanRow>): LayoutCell[] {
  const { row, order, kind, data, sum } = placed;
  const cells: LayoutCell[] = [];
  const { ref, count, derived, countStyle, rateStyle, estimatedStyle } = rowWriter(cells, row, kind, sum);
  // A subtotal's or total's rates are over the households of the units its poor (near-poor) households add up.
  const poorOver = (whole: number) => lessBlanks(row, whole, 4, placed.blankPoor);
  pushOrderAndName(cells, row, kind, order, data.name);
  const given = kind === "total" && rows.householdsGivenOnTotal;
  count(3, data.households, undefined, data.householdsEstimated ? estimatedStyle : countStyle, !given);
  count(4, data.poorHouseholds);
  count(5, data.poorPersons);
  derived(6, data.poorRate, formula`ROUND(${ref(4)}/${poorOver(3)}*100,2)`, rateStyle, shownPoorRate(data) !== null);
  count(7, data.socialAssistancePoor);
  derived(8, percent(data.socialAssistancePoor, data.poorHouseholds), formula`ROUND(${ref(7)}/${ref(4)}*100,2)`, rateStyle, known(data.socialAssistancePoor, data.poorHouseholds) && data.poorHouseholds !== 0);
  count(9, data.povertyPolicyPoor);
  derived(10, percent(data.povertyPolicyPoor, data.poorHouseholds), formula`ROUND(${ref(9)}/${ref(4)}*100,2)`, rateStyle, known(data.povertyPolicyPoor, data.poorHouseholds) && data.poorHouseholds !== 0);
  const grown = data.households !== null && data.projectedHouseholds === projectHouseholds(data.households, rows.growthPercent);
  const growth = growthFraction(rows.growthPercent);
  count(11, data.projectedHouseholds, (kind === "unit" || given) && grown ? formula`ROUND(${ref(3)}*${growth.numerator}/${growth.denominator},0)` : undefined, countStyle, !given);
  count(12, data.targetReduction);
  if (sum) count(13, data.remainingPoor);
  else derived(13, data.remainingPoor, formula`${ref(4)}-${ref(12)}`, countStyle, known(data.poorHouseholds, data.targetReduction));
  derived(14, data.remainingRate, formula`ROUND(${ref(13)}/${poorOver(11)}*100,2)`, rateStyle, shownRemainingRate(data) !== null);
  derived(15, data.rateReduction, formula`ROUND(${ref(6)}-${ref(14)},2)`, rateStyle, known(data.poorRate, data.remainingRate));
  if (rows.nearPoor) {
    // P to U: near-poor households, the same arithmetic as D, F, L, M, N and O.
    const nearPoorOver = (whole: number) => lessBlanks(row, whole, 16, placed.blankNearPoor);
    count(16, data.nearPoorHouseholds);
    derived(17, data.nearPoorRate, formula`ROUND(${ref(16)}/${nearPoorOver(3)}*100,2)`, rateStyle, known(data.nearPoorHouseholds, data.households) && data.households !== 0);
    count(18, data.nearPoorTarget);
    if (sum) count(19, data.nearPoorRemaining);
    else derived(19, data.nearPoorRemaining, formula`${ref(16)}-${ref(18)}`, countStyle, known(data.nearPoorHouseholds, data.nearPoorTarget));
    derived(20, data.nearPoorRemainingRate, formula`ROUND(${ref(19)}/${nearPoorOver(11)}*100,2)`, rateStyle, known(data.nearPoorRemaining, data.projectedHouseholds) && data.projectedHouseholds !== 0);
    derived(21, data.nearPoorRateReduction, formula`ROUND(${ref(17)}-${ref(20)},2)`, rateStyle, known(data.nearPoorRate, data.nearPoorRemainingRate));
  }
  return cells;
}
