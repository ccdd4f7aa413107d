/**
 * The chart's data block, series and anchor, cell by cell, on a small district table whose every
 * figure is worked out by hand below (growth 0 %, so projected households = households).
 *
 *   row 8   Xã An Hòa     1000 households,  80 poor → F  8.00 %; target 20 → 60 left → N 6.00 %
 *   row 9   Xã Bình Minh  2000 households,  60 poor → F  3.00 %; target 10 → 50 left → N 2.50 %
 *   row 10  Xã Cát Tiên    400 households,  40 poor → F 10.00 %; target  5 → 35 left → N 8.75 %
 *   row 11  Xã Đông Sơn    800 households,  40 poor → F  5.00 %; no target → no N, so no bar
 *   row 12  the total; the table is 15 columns wide (A–O).
 *
 * The page the chart fills (A4 landscape, margins 0.4" left and right, 0.6" top and bottom):
 * printable 10.89" × 7.07" = 784.08 × 509.04 pt. The appendix's widths 5+24+11+9+10+7+10+7+11+7+12
 * +11+11+8+9 = 152 characters are 0.75 × (7 × 152 + 5 × 15) = 854.25 pt, so the page is scaled by
 * 784.08 / 854.25 and holds 509.04 × 854.25 / 784.08 = 554.60 pt of sheet. The repeated header rows
 * 5–7 take 15 + 48 + 66 = 129 pt: floor((554.60 − 129) / 15) = 28 default rows, one kept spare: 27.
 * The table ends on row 12, the page starts on row 13, the chart on row 14 and ends on 13 + 27 − 1 = 39.
 */
import { analyze } from "../../src/engine/analysis";
import { chartUnits, MAX_CHART_UNITS, withChart } from "../../src/engine/appendix/chart";
import type { AppendixLayout, LayoutCell } from "../../src/engine/appendix/layout";
import type { CellValue } from "../../src/engine/cells/grid";
import { grid } from "../helpers/grid";

const HEADER: CellValue[] = ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Số hộ nghèo phấn đấu giảm"];
const YEARS = { baseYear: 2025, planYear: 2026 };

/** The appendix of these rows, without its chart (withChart is what is under test). */
function appendixOf(rows: CellValue[][], options: { planYears?: number } = {}): AppendixLayout {
  return analyze([grid([HEADER, ...rows])], { growthPercent: 0, chart: false, ...options }).layout as AppendixLayout;
}

const district = appendixOf([
  [1, "Xã An Hòa", 1000, 80, 20],
  [2, "Xã Bình Minh", 2000, 60, 10],
  [3, "Xã Cát Tiên", 400, 40, 5],
  [4, "Xã Đông Sơn", 800, 40, null],
  [null, "Toàn huyện", 4200, 220, 35],
]);

/** The cells withChart added: those held one by one below the table. */
const blockOf = (layout: AppendixLayout): LayoutCell[] => layout.cells.filter((c) => c.row > 12);

describe("the chart's units", () => {
  it("are the unit rows with both rates shown, in the appendix's order, with the rates the appendix shows", () => {
    expect(chartUnits(district)).toEqual({
      units: [
        { row: 8, name: "Xã An Hòa", baseline: 8, plan: 6 },
        { row: 9, name: "Xã Bình Minh", baseline: 3, plan: 2.5 },
        { row: 10, name: "Xã Cát Tiên", baseline: 10, plan: 8.75 },
      ],
      count: 3,
    });
    expect(chartUnits(district, 3).units).toHaveLength(3);
  });

  it("leave out a unit whose baseline rate is blank even when its plan rate is shown", () => {
    // Xã Bình Minh's households are missing (an error the officer sees) but its projected households
    // are given: N = 50 / 2000 = 2.50 % is shown, F is blank.
    const missing = analyze(
      [
        grid([
          ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Tổng số hộ dân (tăng khoảng 0,7%)", "Số hộ nghèo phấn đấu giảm"],
          [1, "Xã An Hòa", 1000, 80, 1000, 20],
          [2, "Xã Bình Minh", null, 60, 2000, 10],
          [null, "Toàn huyện", 1000, 140, 3000, 30],
        ]),
      ],
      { growthPercent: 0, chart: false },
    ).layout as AppendixLayout;
    expect(chartUnits(missing)).toEqual({ units: [{ row: 8, name: "Xã An Hòa", baseline: 8, plan: 6 }], count: 1 });
  });

  it("beyond the limit are only counted, none made", () => {
    expect(chartUnits(district, 2)).toEqual({ units: [], count: 3 });
  });

  it("are none for a layout without plan rows or with a period's", () => {
    expect(chartUnits({ ...district, planRows: undefined })).toEqual({ units: [], count: 0 });
    const period = appendixOf([[1, "Xã An Hòa", 1000, 80, 20], [null, "Toàn huyện", 1000, 80, 20]], { planYears: 2 });
    expect(period.planRows?.kind).toBe("period");
    expect(chartUnits(period)).toEqual({ units: [], count: 0 });
  });
});

describe("the chart of a district's units", () => {
  const { layout, units } = withChart(district, YEARS);

  it("reads a block of formulas two columns right of the table, lowest baseline rate first", () => {
    expect(units).toBe(3);
    expect(blockOf(layout)).toEqual([
      { row: 14, col: 17, value: "Số liệu biểu đồ", style: "header" },
      { row: 14, col: 18, value: "Năm 2025", style: "header" },
      { row: 14, col: 19, value: "Kế hoạch năm 2026", style: "header" },
      { row: 15, col: 17, value: "Xã Bình Minh", formula: "B9", style: "name" },
      { row: 15, col: 18, value: 3, formula: "F9", style: "rate" },
      { row: 15, col: 19, value: 2.5, formula: "N9", style: "rate" },
      { row: 16, col: 17, value: "Xã An Hòa", formula: "B8", style: "name" },
      { row: 16, col: 18, value: 8, formula: "F8", style: "rate" },
      { row: 16, col: 19, value: 6, formula: "N8", style: "rate" },
      { row: 17, col: 17, value: "Xã Cát Tiên", formula: "B10", style: "name" },
      { row: 17, col: 18, value: 10, formula: "F10", style: "rate" },
      { row: 17, col: 19, value: 8.75, formula: "N10", style: "rate" },
    ]);
    expect(layout.cells.slice(0, district.cells.length)).toEqual(district.cells);
  });

  it("draws the block's ranges with their computed values, over the table's columns on the page after it", () => {
    expect(layout.chart).toEqual({
      title: "Tỷ lệ hộ nghèo năm 2025 và kế hoạch năm 2026",
      categoryAxisTitle: "Đơn vị",
      valueAxisTitle: "Tỷ lệ hộ nghèo (%)",
      categories: "Q15:Q17",
      series: [
        { nameCell: "R14", name: "Năm 2025", values: "R15:R17", cached: [3, 8, 10] },
        { nameCell: "S14", name: "Kế hoạch năm 2026", values: "S15:S17", cached: [2.5, 6, 8.75] },
      ],
      cachedCategories: ["Xã Bình Minh", "Xã An Hòa", "Xã Cát Tiên"],
      numberFormat: "0.00",
      anchor: { from: "A14", to: "O39" },
    });
  });

  it("prints the table and the chart only, the chart from a new page; the block gets its widths after a blank column", () => {
    expect(layout.print).toEqual({ ...district.print, area: "A1:O39", pageBreaksBefore: [13] });
    expect(layout.columnWidths).toEqual([5, 24, 11, 9, 10, 7, 10, 7, 11, 7, 12, 11, 11, 8, 9, 0, 24, 12, 12]);
    expect([layout.rowCount, layout.columnCount]).toEqual([39, 19]);
  });
});

describe("the chart's page", () => {
  /** The chart's last row for the district's layout with this print setup and these widths. */
  const chartBottom = (change: Partial<AppendixLayout>): string => withChart({ ...district, ...change }, YEARS).layout.chart!.anchor.to;

  it("in portrait holds more rows: 7.47\" × 10.49\" = 537.84 × 755.28 pt, scaled 537.84 / 854.25 → 1199.61 pt; (1199.61 − 129) / 15 → 71, less 1 = 70", () => {
    expect(chartBottom({ print: { ...district.print, orientation: "portrait" } })).toBe(`O${13 + 70 - 1}`);
  });

  it("repeats rows from the first: rows 1–3 take 15 + 21 + 33 = 69 pt; (554.60 − 69) / 15 → 32, less 1 = 31", () => {
    expect(chartBottom({ print: { ...district.print, repeatRows: [1, 3] } })).toBe(`O${13 + 31 - 1}`);
  });

  it("without repeated rows ([0, 0], as hosts read it) has no header: 554.60 / 15 → 36, less 1 = 35", () => {
    expect(chartBottom({ print: { ...district.print, repeatRows: [0, 0] } })).toBe(`O${13 + 35 - 1}`);
  });

  it("is not scaled up for a narrow table: 15 columns of 5 are 450 pt, scale 1; (509.04 − 129) / 15 → 25, less 1 = 24", () => {
    expect(chartBottom({ columnWidths: Array(15).fill(5) })).toBe(`O${13 + 24 - 1}`);
  });

  it("measures the table's columns only, and the block's widths replace those a layout had past the table", () => {
    const { layout } = withChart({ ...district, columnWidths: [...district.columnWidths, 30, 30, 30, 30, 30] }, YEARS);
    expect(layout.chart?.anchor.to).toBe("O39");
    expect(layout.columnWidths).toEqual([5, 24, 11, 9, 10, 7, 10, 7, 11, 7, 12, 11, 11, 8, 9, 30, 24, 12, 12, 30]);
  });

  it(`with ${MAX_CHART_UNITS} units ends above the block's last row, which the layout still covers`, () => {
    // Units on rows 8–47 (households 1000, poor 11–50, one lifted out each), the total on 48:
    // the page starts on 49, the chart on 50 and ends on 49 + 27 − 1 = 75; the block runs 51–90.
    const many = appendixOf([
      ...Array.from({ length: MAX_CHART_UNITS }, (_, i): CellValue[] => [i + 1, `Xã Số ${i + 1}`, 1000, 11 + i, 1]),
      [null, "Toàn huyện", 1000 * MAX_CHART_UNITS, (11 + 50) * 20, MAX_CHART_UNITS],
    ]);
    const { layout } = withChart(many, YEARS);
    expect(layout.chart).toMatchObject({ categories: "Q51:Q90", anchor: { from: "A50", to: "O75" } });
    expect([layout.print.area, layout.rowCount]).toEqual(["A1:O75", 90]);
  });
});

describe("no chart", () => {
  it("when no unit has both rates: the layout unchanged", () => {
    const none = appendixOf([[1, "Xã Đông Sơn", 800, 40, null], [null, "Toàn huyện", 800, 40, null]]);
    expect(withChart(none, YEARS)).toEqual({ layout: none, units: 0 });
  });

  it("for a period's appendix or a layout without plan rows: the layout unchanged", () => {
    const period = appendixOf([[1, "Xã An Hòa", 1000, 80, 20], [null, "Toàn huyện", 1000, 80, 20]], { planYears: 2 });
    expect(withChart(period, YEARS)).toEqual({ layout: period, units: 0 });
    const held = { ...district, planRows: undefined };
    expect(withChart(held, YEARS)).toEqual({ layout: held, units: 0 });
  });

  it(`beyond ${MAX_CHART_UNITS} units: the layout unchanged, with their number`, () => {
    const many = appendixOf([
      ...Array.from({ length: MAX_CHART_UNITS + 1 }, (_, i): CellValue[] => [i + 1, `Xã Số ${i + 1}`, 1000, 20, 1]),
      [null, "Toàn huyện", 1000 * (MAX_CHART_UNITS + 1), 20 * (MAX_CHART_UNITS + 1), MAX_CHART_UNITS + 1],
    ]);
    expect(withChart(many, YEARS)).toEqual({ layout: many, units: MAX_CHART_UNITS + 1 });
  });
});
