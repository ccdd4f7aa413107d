import { analyze } from "../../src/engine/analysis";
import { HEADER_BOTTOM as HEADER_BOTTOM_ROW } from "../../src/engine/appendix/appendix-header";
import { MAX_CHART_UNITS } from "../../src/engine/appendix/chart";
import type { AppendixLayout, LayoutCell } from "../../src/engine/appendix/layout";
import { parseA1, parseArea } from "../../src/engine/cells/address";
import { grid } from "../helpers/grid";
import { seedGrid } from "../helpers/seed-grid";
import { makeUnits, unitGrid } from "../office/appendix-fixture";
import { layoutCells } from "../helpers/layout-cells";

const cellAt = (layout: AppendixLayout, address: string): LayoutCell | undefined => {
  const { row, col } = parseA1(address);
  return layoutCells(layout).find((c) => c.row === row && c.col === col);
};

/** The cells of an area, top to bottom (one column). */
const column = (layout: AppendixLayout, area: string): (LayoutCell | undefined)[] => {
  const a = parseArea(area);
  return Array.from({ length: a.bottom - a.top + 1 }, (_, i) => cellAt(layout, `${area.replace(/\d+.*$/, "")}${a.top + i}`));
};

describe("the chart beside the appendix", () => {
  const layout = analyze([seedGrid()]).layout as AppendixLayout;
  const chart = layout.chart!;

  it("is titled in Vietnamese with the years, and reads a block of formulas pointing at the units' B, F and N cells", () => {
    expect(chart.title).toBe("Tỷ lệ hộ nghèo năm 2020 và kế hoạch năm 2021");
    expect([chart.categoryAxisTitle, chart.valueAxisTitle]).toEqual(["Đơn vị", "Tỷ lệ hộ nghèo (%)"]);
    const names = column(layout, chart.categories);
    // One entry per unit row of the appendix (style "name" in column B): the seed's nine districts.
    const unitRows = layoutCells(layout).filter((c) => c.col === 2 && c.style === "name").map((c) => c.row);
    expect(unitRows).toHaveLength(9);
    expect(names.map((c) => Number(c?.formula?.slice(1))).sort((a, b) => a - b)).toEqual(unitRows);
    for (const [i, name] of names.entries()) {
      const row = Number(name?.formula?.slice(1));
      expect(name).toMatchObject({ formula: `B${row}`, value: cellAt(layout, `B${row}`)?.value });
      const [baseline, plan] = chart.series.map((s) => column(layout, s.values)[i]);
      expect(baseline).toMatchObject({ formula: `F${row}`, value: cellAt(layout, `F${row}`)?.value });
      expect(plan).toMatchObject({ formula: `N${row}`, value: cellAt(layout, `N${row}`)?.value });
    }
    expect(chart.series.map((s) => [s.name, cellAt(layout, s.nameCell)?.value])).toEqual([
      ["Năm 2020", "Năm 2020"],
      ["Kế hoạch năm 2021", "Kế hoạch năm 2021"],
    ]);
  });

  it("orders the units by their baseline rate, lowest first (a bar chart draws the first at the bottom)", () => {
    const rates = column(layout, chart.series[0].values).map((c) => c?.value as number);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    // The seed's poorest district, A Lưới (14.82 %), is the top bar.
    expect(chart.cachedCategories[chart.cachedCategories.length - 1]).toBe("Huyện A Lưới");
    expect(chart.series[0].cached).toEqual(rates);
  });

  it("prints on a page of its own after the table, the data block outside the print area", () => {
    const area = parseArea(layout.print.area!);
    const anchorTop = parseA1(chart.anchor.from);
    const anchorBottom = parseA1(chart.anchor.to);
    const block = parseArea(chart.categories);
    const totalRow = layoutCells(layout).find((c) => c.value === "Toàn tỉnh")!.row;
    expect(anchorTop.row).toBeGreaterThan(totalRow);
    expect(layout.print.pageBreaksBefore).toEqual([anchorTop.row - 1]);
    expect(area).toEqual({ top: 1, left: 1, bottom: anchorBottom.row, right: 15 });
    expect([anchorTop.col, anchorBottom.col]).toEqual([1, 15]);
    expect(block.left).toBeGreaterThan(area.right);
    expect(layout.columnCount).toBe(block.left + 2);
    expect(layout.columnWidths[block.left - 1]).toBeGreaterThan(0);
  });

  it("leaves group, subtotal and total rows out of the chart", () => {
    const grouped = analyze([
      grid([
        ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Số hộ nghèo phấn đấu giảm"],
        ["I", "Khu vực thành thị", 3000, 90, 10],
        [1, "Phường An Cựu", 1000, 20, 5],
        [2, "Phường Vĩnh Ninh", 2000, 70, 5],
        ["II", "Khu vực nông thôn", 1500, 60, 10],
        [1, "Xã Phú Dương", 1500, 60, 10],
        [null, "Toàn tỉnh", 4500, 150, 20],
      ]),
    ]).layout as AppendixLayout;
    expect(grouped.chart?.cachedCategories).toEqual(["Phường An Cựu", "Phường Vĩnh Ninh", "Xã Phú Dương"]);
  });

  it("is left out with --no-chart, the appendix as without it", () => {
    const without = analyze([seedGrid()], { chart: false }).layout as AppendixLayout;
    expect(without.chart).toBeUndefined();
    expect(without.print.area).toBeUndefined();
    expect(layoutCells(layout).slice(0, layoutCells(without).length)).toEqual(layoutCells(without));
    expect(without.columnCount).toBe(15);
  });

  it(`is left out, with a note saying why, beyond ${MAX_CHART_UNITS} units`, () => {
    const fits = analyze([unitGrid(makeUnits(MAX_CHART_UNITS))]);
    expect(fits.layout?.chart?.cachedCategories).toHaveLength(MAX_CHART_UNITS);
    expect(fits.issues.map((i) => i.code)).not.toContain("chart-too-many-units");
    const many = analyze([unitGrid(makeUnits(MAX_CHART_UNITS + 1))]);
    expect(many.layout?.chart).toBeUndefined();
    // The limit is in the text, not offered as the value expected (the page showed "Đúng ra 40", field test 5).
    expect(many.issues.find((i) => i.code === "chart-too-many-units")).toMatchObject({
      severity: "info",
      actual: MAX_CHART_UNITS + 1,
      expected: null,
      message: { vi: `Phụ lục không kèm biểu đồ: ${MAX_CHART_UNITS + 1} đơn vị, quá ${MAX_CHART_UNITS} đơn vị thì các thanh không đọc được.` },
    });
  });

  it("counts toward the limit only the units it can draw: one whose rates are blank is neither a bar nor counted", () => {
    const source = unitGrid(makeUnits(MAX_CHART_UNITS + 1));
    const firstUnit = source.values.findIndex((row) => row[1] === "Xã Phong Điền 1");
    // No poor households and no rate: the unit's baseline rate (F) and plan rate (N) are blank.
    source.values[firstUnit][3] = null;
    source.values[firstUnit][5] = null;
    const analysis = analyze([source]);
    expect([`F${HEADER_BOTTOM_ROW + 1}`, `N${HEADER_BOTTOM_ROW + 1}`].map((a) => cellAt(analysis.layout!, a)?.value)).toEqual([null, null]);
    expect(analysis.layout?.chart?.cachedCategories).toHaveLength(MAX_CHART_UNITS);
    expect(analysis.layout?.chart?.cachedCategories).not.toContain("Xã Phong Điền 1");
    expect(analysis.issues.map((i) => i.code)).not.toContain("chart-too-many-units");
  });
});
