/**
 * The period appendix (e.g. 2026–2030): one table, the review results of the base year, then a
 * group of four columns per year (projected households, households to lift out, remaining poor,
 * plan rate), each year's formulas reading the year before's, and the whole period at the right
 * (households lifted out, rate reduction). An officer edits a year's target and every later year follows.
 */
import { columnLetters } from "../cells";
import { difference, growthFraction, projectHouseholds, sum, type PeriodPlan, type Plan, type PlanRow } from "../plan";
import { APPENDIX_STYLES } from "./appendix-styles";
import { ESTIMATE_NOTE } from "./appendix-layout";
import { HEADER_BOTTOM, HEADER_TOP } from "./appendix-header";
import { a4Landscape, type AppendixLayout, type LayoutCell, type PeriodRows } from "./layout";
import { BASE, IN_YEAR, periodHeader, periodLastColumn, yearColumn } from "./period-header";
import { formula, householdsGivenOnTotal, known, lessBlanks, placeRows, pushOrderAndName, rowWriter, type PlacedRow, type RowKind } from "./rows";

export function periodLayout(period: PeriodPlan): AppendixLayout {
  const first = period.years[0];
  const { cells, merges } = periodHeader(period);
  // The period appendix has no near-poor columns.
  const unknown = { poor: (unit: PlanRow[]) => unit[0].poorHouseholds === null, nearPoor: () => false };
  const placed = placeRows(first, HEADER_BOTTOM + 1, (kind, index) => period.years.map((year) => rowOf(year, kind, index)), unknown);
  const planRows: PeriodRows = { kind: "period", rows: placed, growthPercent: period.growthPercent, householdsGivenOnTotal: householdsGivenOnTotal(first.units) };
  const totalRow = placed[placed.length - 1].row;
  merges.push(`A${totalRow}:B${totalRow}`);
  const last = periodLastColumn(period);
  let lastRow = totalRow;
  if (first.total.householdsEstimated) {
    lastRow = totalRow + 2;
    cells.push({ row: lastRow, col: 1, value: ESTIMATE_NOTE, style: "note" });
    merges.push(`A${lastRow}:${columnLetters(last)}${lastRow}`);
  }
  return {
    sheetName: `Phụ lục ${period.firstYear}-${period.lastYear}`,
    cells,
    planRows,
    styles: APPENDIX_STYLES,
    merges,
    columnWidths: [4, 20, 10, 9, 7, ...period.years.flatMap(() => [10, 9, 9, 7]), 10, 8],
    rowHeights: { 2: 21, 3: 33, 6: 20, 7: 66, ...(lastRow > totalRow ? { [lastRow]: 30 } : {}) },
    frozenRows: HEADER_BOTTOM,
    print: a4Landscape([HEADER_TOP, HEADER_BOTTOM]),
    rowCount: lastRow,
    columnCount: last,
  };
}

function rowOf(year: Plan, kind: RowKind, index: number): PlanRow {
  if (kind === "unit") return year.units[index];
  if (kind === "subtotal") return year.groups?.[index].subtotal as PlanRow;
  return year.total;
}

/** One row's cells across the period, in column order: its base-year figures, each year's four, the period's two. */
export function periodRowCells(rows: PeriodRows, placed: PlacedRow<PlanRow[]>): LayoutCell[] {
  const { row, order, kind, data: years, sum: sumFormula } = placed;
  const cells: LayoutCell[] = [];
  const { ref, count, derived, countStyle, rateStyle, estimatedStyle } = rowWriter(cells, row, kind, sumFormula);
  // A subtotal's or total's rates are over the households of the units whose poor households it adds up.
  const over = (whole: number) => lessBlanks(row, whole, BASE.poor, placed.blankPoor);
  const first = years[0];
  const growth = growthFraction(rows.growthPercent);
  const grow = (col: number) => formula`ROUND(${ref(col)}*${growth.numerator}/${growth.denominator},0)`;
  pushOrderAndName(cells, row, kind, order, first.name);
  const given = kind === "total" && rows.householdsGivenOnTotal;
  count(BASE.households, first.households, undefined, first.householdsEstimated ? estimatedStyle : countStyle, !given);
  count(BASE.poor, first.poorHouseholds);
  derived(BASE.rate, first.poorRate, formula`ROUND(${ref(BASE.poor)}/${over(BASE.households)}*100,2)`, rateStyle, known(first.poorHouseholds, first.households) && first.households !== 0);
  years.forEach((data, k) => {
    const col = (field: keyof typeof IN_YEAR) => yearColumn(k, field);
    // Year 1 grows from the base year's households (unless the table gave its own projection), later years from the year before.
    const grownFrom = k === 0 ? BASE.households : yearColumn(k - 1, "projected");
    const grown = data.households !== null && data.projectedHouseholds === projectHouseholds(data.households, rows.growthPercent);
    count(col("projected"), data.projectedHouseholds, (kind === "unit" || given) && grown ? grow(grownFrom) : undefined, countStyle, !given);
    count(col("target"), data.targetReduction);
    const poorFrom = k === 0 ? BASE.poor : yearColumn(k - 1, "remaining");
    if (sumFormula) count(col("remaining"), data.remainingPoor);
    else derived(col("remaining"), data.remainingPoor, formula`${ref(poorFrom)}-${ref(col("target"))}`, countStyle, known(data.poorHouseholds, data.targetReduction));
    derived(col("rate"), data.remainingRate, formula`ROUND(${ref(col("remaining"))}/${over(col("projected"))}*100,2)`, rateStyle, known(data.remainingPoor, data.projectedHouseholds) && data.projectedHouseholds !== 0);
  });
  const lastYear = years[years.length - 1];
  const targets = sum(years.map((y) => y.targetReduction));
  const periodCol = yearColumn(years.length, "projected");
  derived(periodCol, targets, formula`SUM(${years.map((_, k) => ref(yearColumn(k, "target"))).join(",")})`, countStyle, targets !== null);
  const reduction = difference(first.poorRate, lastYear.remainingRate, 2);
  derived(periodCol + 1, reduction, formula`ROUND(${ref(BASE.rate)}-${ref(yearColumn(years.length - 1, "rate"))},2)`, rateStyle, reduction !== null);
  return cells;
}
