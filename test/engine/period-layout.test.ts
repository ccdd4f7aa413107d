/** The period appendix's shape: a column group per year, the header's years and merges, the print setup. */
import { analyze, columnNumber } from "../../src/engine";
import type { AppendixLayout } from "../../src/engine/appendix/layout";
import { grid } from "../helpers/grid";
import { layoutCells } from "../helpers/layout-cells";

const HEADER = ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo"];
const cellAt = (layout: AppendixLayout, address: string) => {
  const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
  return layoutCells(layout).find((c) => c.row === Number(row) && c.col === columnNumber(letters));
};
const text = (layout: AppendixLayout, address: string) => cellAt(layout, address)?.value;

describe("the period appendix", () => {
  const g = grid([HEADER, [1, "Xã A", 1000, 300], [2, "Xã B", 2000, 300], [null, "Toàn huyện", 3000, 600]]);
  const layout = analyze([g], { planYear: 2026, planYears: 5, targetHouseholds: 100 }).layout as AppendixLayout;

  it("has the base year's three columns, four per year and two for the period: A to AA for 2026–2030", () => {
    expect(layout.sheetName).toBe("Phụ lục 2026-2030");
    expect(layout.columnCount).toBe(2 + 3 + 5 * 4 + 2);
    expect(layout.columnWidths).toHaveLength(27);
    expect(text(layout, "A2")).toBe("CHỈ TIÊU PHẤN ĐẤU GIẢM TỶ LỆ HỘ NGHÈO GIAI ĐOẠN 2026 - 2030");
    expect(text(layout, "C5")).toBe("Kết quả rà soát năm 2025");
    expect(["F6", "J6", "N6", "R6", "V6", "Z6"].map((a) => text(layout, a))).toEqual(["Năm 2026", "Năm 2027", "Năm 2028", "Năm 2029", "Năm 2030", "Cả giai đoạn"]);
    expect(layout.merges).toEqual(expect.arrayContaining(["A1:AA1", "A5:A7", "C5:E5", "F5:AA5", "F6:I6", "V6:Y6", "Z6:AA6", "A10:B10"]));
    expect(["F7", "G7", "H7", "I7", "Z7", "AA7"].map((a) => text(layout, a))).toEqual([
      "Tổng số hộ dân dự kiến",
      "Số hộ nghèo phấn đấu giảm",
      "Số hộ nghèo dự kiến còn lại",
      "Tỷ lệ (%)",
      "Số hộ nghèo phấn đấu giảm",
      "Tỷ lệ nghèo giảm (%)",
    ]);
    // Every header cell is bordered, those under merges too.
    expect(layoutCells(layout).filter((c) => c.row >= 5 && c.row <= 7 && c.style === "header")).toHaveLength(3 * 27);
  });

  it("prints A4 landscape one page wide, the header rows repeated and frozen", () => {
    expect(layout.print).toMatchObject({ orientation: "landscape", paperSize: "A4", fitToWidth: 1, repeatRows: [5, 7] });
    expect(layout.frozenRows).toBe(7);
    expect(layout.chart).toBeUndefined();
  });

  it("writes each year's formulas from the year before and the total's as SUMs of the units", () => {
    const formula = (address: string) => cellAt(layout, address)?.formula;
    expect(["E8", "F8", "H8", "I8", "J8", "L8", "Z8", "AA8"].map(formula)).toEqual([
      "ROUND(D8/C8*100,2)",
      "ROUND(C8*1007/1000,0)",
      "D8-G8",
      "ROUND(H8/F8*100,2)",
      "ROUND(F8*1007/1000,0)",
      "H8-K8",
      "SUM(G8,K8,O8,S8,W8)",
      "ROUND(E8-Y8,2)",
    ]);
    expect(["C10", "J10", "L10", "M10", "Z10", "AA10"].map(formula)).toEqual(["SUM(C8:C9)", "SUM(J8:J9)", "SUM(L8:L9)", "ROUND(L10/J10*100,2)", "SUM(G10,K10,O10,S10,W10)", "ROUND(E10-Y10,2)"]);
    // 100 households a year, 50 each: 250 per unit, 500 over the period.
    expect(["Z8", "Z9", "Z10"].map((a) => text(layout, a))).toEqual([250, 250, 500]);
  });
});
