/**
 * The chart beside the appendix: each unit's baseline poverty rate (column F) and plan rate
 * (column N) as clustered horizontal bars, below the table so that it prints after it.
 *
 * The chart reads a small data block of formulas (=B9, =F9, =N9) to the right of the print area,
 * one row per unit in the order of the engine's baseline rate: an officer who edits a target sees
 * the bars follow, and the block, which is not the appendix, does not print.
 */
import { columnLetters } from "../cells";
import { shownPoorRate, shownRemainingRate } from "./appendix-layout";
import type { AppendixLayout, ChartSpec, LayoutCell } from "./layout";

const BASELINE_RATE_COL = 6;
const PLAN_RATE_COL = 14;
/**
 * The chart fills the printed page after the table; beyond this many units its bars and names are
 * too thin to read on one A4 page, and the appendix is written without it.
 */
export const MAX_CHART_UNITS = 40;
const DATA_WIDTHS = [24, 12, 12];
/** Rows without a height of their own: exceljs and Excel's default, in points. */
const DEFAULT_ROW_POINTS = 15;
const A4_INCHES = { long: 11.69, short: 8.27 };
/** A column of w characters is about 7w + 5 pixels of ¾ point (Calibri 11's 7-pixel digit). */
const columnPoints = (characters: number): number => (7 * characters + 5) * 0.75;

interface ChartUnit {
  row: number;
  name: string;
  baseline: number;
  plan: number;
}

/**
 * The appendix's unit rows with both rates shown, from the plan's row records (no group, subtotal or
 * total); at most `limit`, beyond which only their number is wanted, and no unit is made.
 */
export function chartUnits(layout: AppendixLayout, limit = Infinity): { units: ChartUnit[]; count: number } {
  const units: ChartUnit[] = [];
  let count = 0;
  if (layout.planRows?.kind !== "year") return { units, count };
  for (const { row, kind, data } of layout.planRows.rows) {
    if (kind !== "unit") continue;
    const baseline = shownPoorRate(data);
    const plan = shownRemainingRate(data);
    // A unit whose rate is unknown has no bar to compare (its appendix cell holds no formula).
    if (baseline === null || plan === null) continue;
    if (++count <= limit) units.push({ row, name: data.name, baseline, plan });
  }
  return { units: count <= limit ? units : [], count };
}

/**
 * The layout with the chart and its data block added, unchanged when there is no unit to draw or
 * too many; with the number of units the chart would have. Units go lowest rate first: a bar
 * chart draws its first category at the bottom, so the poorest unit's bars are on top.
 */
export function withChart(layout: AppendixLayout, years: { baseYear: number; planYear: number }): { layout: AppendixLayout; units: number } {
  const { units, count } = chartUnits(layout, MAX_CHART_UNITS);
  if (count === 0 || count > MAX_CHART_UNITS) return { layout, units: count };
  // Array sort is stable: units of equal rate keep the appendix's order.
  const sorted = [...units].sort((a, b) => a.baseline - b.baseline);
  // The chart starts a page of its own and fills what is left of it under the repeated header
  // rows. The page starts a row above the chart: LibreOffice also draws on the previous page a
  // chart whose top edge lies on the break.
  const pageTop = layout.rowCount + 1;
  const top = pageTop + 1;
  const bottom = pageTop + pageRows(layout) - 1;
  const tableRight = layout.columnCount;
  const left = tableRight + 2;
  const [nameCol, baselineCol, planCol] = [left, left + 1, left + 2].map(columnLetters);
  const first = top + 1;
  const last = top + sorted.length;

  const baselineName = `Năm ${years.baseYear}`;
  const planName = `Kế hoạch năm ${years.planYear}`;
  const cells: LayoutCell[] = [
    // Not "Đơn vị": a reader of this sheet would take the block for a unit table of its own.
    { row: top, col: left, value: "Số liệu biểu đồ", style: "header" },
    { row: top, col: left + 1, value: baselineName, style: "header" },
    { row: top, col: left + 2, value: planName, style: "header" },
  ];
  sorted.forEach((unit, i) => {
    const row = first + i;
    cells.push(
      { row, col: left, value: unit.name, formula: `B${unit.row}`, style: "name" },
      { row, col: left + 1, value: unit.baseline, formula: `${columnLetters(BASELINE_RATE_COL)}${unit.row}`, style: "rate" },
      { row, col: left + 2, value: unit.plan, formula: `${columnLetters(PLAN_RATE_COL)}${unit.row}`, style: "rate" },
    );
  });

  const chart: ChartSpec = {
    title: `Tỷ lệ hộ nghèo năm ${years.baseYear} và kế hoạch năm ${years.planYear}`,
    categoryAxisTitle: "Đơn vị",
    valueAxisTitle: "Tỷ lệ hộ nghèo (%)",
    categories: `${nameCol}${first}:${nameCol}${last}`,
    series: [
      { nameCell: `${baselineCol}${top}`, name: baselineName, values: `${baselineCol}${first}:${baselineCol}${last}`, cached: sorted.map((u) => u.baseline) },
      { nameCell: `${planCol}${top}`, name: planName, values: `${planCol}${first}:${planCol}${last}`, cached: sorted.map((u) => u.plan) },
    ],
    cachedCategories: sorted.map((u) => u.name),
    numberFormat: "0.00",
    anchor: { from: `A${top}`, to: `${columnLetters(tableRight)}${bottom}` },
  };
  const widths = [...layout.columnWidths];
  while (widths.length < left - 1) widths.push(0);
  widths.splice(left - 1, DATA_WIDTHS.length, ...DATA_WIDTHS);
  const charted: AppendixLayout = {
    ...layout,
    cells: [...layout.cells, ...cells],
    columnWidths: widths,
    print: { ...layout.print, area: `A1:${columnLetters(tableRight)}${bottom}`, pageBreaksBefore: [pageTop] },
    chart,
    rowCount: Math.max(bottom, last),
    columnCount: left + 2,
  };
  return { layout: charted, units: count };
}

/**
 * Default-height rows that fit on one printed page under the repeated header rows, at the scale
 * that fits the table's width to the page (A4, the layout's orientation and margins).
 */
function pageRows(layout: AppendixLayout): number {
  const { print } = layout;
  const [pageWidth, pageHeight] = print.orientation === "landscape" ? [A4_INCHES.long, A4_INCHES.short] : [A4_INCHES.short, A4_INCHES.long];
  const printableWidth = (pageWidth - print.margins.left - print.margins.right) * 72;
  const printableHeight = (pageHeight - print.margins.top - print.margins.bottom) * 72;
  const tableWidth = layout.columnWidths.slice(0, layout.columnCount).reduce((sum, w) => sum + columnPoints(w), 0);
  const scale = Math.min(1, printableWidth / tableWidth);
  const [first, last] = print.repeatRows;
  let header = 0;
  for (let row = first; row >= 1 && row <= last; row++) header += layout.rowHeights[row] ?? DEFAULT_ROW_POINTS;
  // One row spare: Excel and LibreOffice measure fonts a little differently.
  return Math.floor((printableHeight / scale - header) / DEFAULT_ROW_POINTS) - 1;
}
