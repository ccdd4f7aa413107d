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

  it("says the period and the growth in its title lines and header, with the base year's columns under their own heads", () => {
    expect(["A1", "A3", "F5", "C6", "D6", "D7", "E7"].map((a) => [text(layout, a), cellAt(layout, a)?.style])).toEqual([
      ["Phụ lục", "label"],
      ["(Kèm theo Kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2026 - 2030)", "subtitle"],
      ["Phấn đấu giảm nghèo giai đoạn 2026 - 2030 (số hộ dân tăng khoảng 0,7% mỗi năm)", "header"],
      ["Tổng số hộ dân", "header"],
      ["Số hộ nghèo", "header"],
      ["Số hộ", "header"],
      ["Tỷ lệ (%)", "header"],
    ]);
    expect(["A2", "A5", "B5"].map((a) => [text(layout, a), cellAt(layout, a)?.style])).toEqual([
      ["CHỈ TIÊU PHẤN ĐẤU GIẢM TỶ LỆ HỘ NGHÈO GIAI ĐOẠN 2026 - 2030", "title"],
      ["TT", "header"],
      ["Đơn vị", "header"],
    ]);
    // Only cells spanning more than one are merged: no "D7:D7".
    expect(layout.merges.slice(0, 14)).toEqual(["A1:AA1", "A2:AA2", "A3:AA3", "A5:A7", "B5:B7", "C5:E5", "F5:AA5", "C6:C7", "D6:E6", "F6:I6", "J6:M6", "N6:Q6", "R6:U6", "V6:Y6"]);
    expect(layout.merges.slice(14)).toEqual(["Z6:AA6", "A10:B10"]);
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

describe("the period appendix of a table with groups", () => {
  const g = grid([
    [...HEADER, "Tổng số hộ dân dự kiến"],
    ["I", "Khu vực thành thị", null, null, null],
    [1, "Phường 1", 1000, 100, 1010],
    [2, "Phường 2", 2000, 60, null],
    ["II", "Khu vực nông thôn", null, null, null],
    [1, "Xã A", 1000, 200, null],
    [null, "Tổng cộng", 4000, 360, null],
  ]);
  const layout = analyze([g], { planYear: 2026, planYears: 2, targetHouseholds: 40 }).layout as AppendixLayout;
  const written = (address: string) => [cellAt(layout, address)?.value, cellAt(layout, address)?.formula ?? null, cellAt(layout, address)?.style];

  it("writes each group's row in every year as SUMs of its units, and the total as SUMs of the groups", () => {
    expect(["A8", "B8", "F8", "H8", "I8", "J8", "L8", "N8", "O8"].map(written)).toEqual([
      ["I", null, "groupOrder"],
      ["Khu vực thành thị", null, "groupName"],
      // 1,010 (the table's own) + 2,000 × 1.007 = 2,014.
      [3024, "SUM(F9:F10)", "totalCount"],
      // 2026's 40 by poor households (100 : 60 : 200) in steps of 5: 10, 5 and 25; 90 + 55 left in group I.
      [145, "SUM(H9:H10)", "totalCount"],
      [4.79, "ROUND(H8/F8*100,2)", "totalRate"],
      // 1,010 × 1.007 = 1,017.07 → 1,017, and 2,014 × 1.007 = 2,028.098 → 2,028.
      [3045, "SUM(J9:J10)", "totalCount"],
      [125, "SUM(L9:L10)", "totalCount"],
      [35, "SUM(G8,K8)", "totalCount"],
      [1.22, "ROUND(E8-M8,2)", "totalRate"],
    ]);
    expect(["C13", "J13", "L13", "N13"].map(written)).toEqual([
      [4000, "SUM(C8,C11)", "totalCount"],
      [4059, "SUM(J8,J11)", "totalCount"],
      [280, "SUM(L8,L11)", "totalCount"],
      [80, "SUM(G13,K13)", "totalCount"],
    ]);
  });

  it("keeps a unit's own projection for the first year and grows it for the next", () => {
    expect(["F9", "G9", "J9", "F10"].map(written)).toEqual([
      [1010, null, "count"],
      [10, null, "count"],
      [1017, "ROUND(F9*1007/1000,0)", "count"],
      [2014, "ROUND(C10*1007/1000,0)", "count"],
    ]);
  });

  it("is as wide as its years: the base year's columns, four a year, two for the period", () => {
    expect(layout.columnWidths).toEqual([4, 20, 10, 9, 7, 10, 9, 9, 7, 10, 9, 9, 7, 10, 8]);
    expect([layout.columnCount, layout.rowCount, layout.merges.slice(-1)]).toEqual([15, 13, ["A13:B13"]]);
    expect(layout.rowHeights).toEqual({ 2: 21, 3: 33, 6: 20, 7: 66 });
  });
});

describe("the period appendix of households estimated from rates", () => {
  const g = grid([["TT", "Đơn vị", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"], [1, "Xã A", 100, 10], [2, "Xã B", 60, 3]]);
  const layout = analyze([g], { planYear: 2026, planYears: 2, targetHouseholds: 40 }).layout as AppendixLayout;

  it("writes them in italics and explains them in a note under the table, across its width", () => {
    // 100 ÷ 10 % = 1,000 and 60 ÷ 3 % = 2,000; the total row is row 10, the note row 12.
    expect(["C8", "C9", "C10"].map((a) => [cellAt(layout, a)?.value, cellAt(layout, a)?.style])).toEqual([
      [1000, "estimatedCount"],
      [2000, "estimatedCount"],
      [3000, "totalEstimatedCount"],
    ]);
    expect(cellAt(layout, "A12")).toMatchObject({
      value: "Ghi chú: Số hộ dân in nghiêng là số ước tính (số hộ ÷ tỷ lệ × 100) vì bảng nguồn không ghi số hộ dân; sai số do tỷ lệ đã làm tròn.",
      style: "note",
    });
    expect([layout.merges.slice(-1), layout.rowCount, layout.rowHeights[12]]).toEqual([["A12:O12"], 12, 30]);
  });
});

describe("the period appendix of a unit whose rate cannot be computed", () => {
  // Xã A's households are missing (an error the officer is told of); Xã B has none at all.
  const g = grid([HEADER, [1, "Xã A", null, 300], [2, "Xã B", 0, 0], [3, "Xã C", 1000, 100]]);
  const layout = analyze([g], { planYear: 2026, planYears: 2, targetHouseholds: 10 }).layout as AppendixLayout;

  it("writes no rate formula where the households are unknown or none, so no #DIV/0! appears", () => {
    const formulas = ["E8", "I8", "M8", "O8", "E9", "I9", "M9", "E10"].map((a) => cellAt(layout, a)?.formula ?? null);
    expect(formulas).toEqual([null, null, null, null, null, null, null, "ROUND(D10/C10*100,2)"]);
  });

  it("leaves the period's households lifted out blank, with no SUM, when a year has no targets", () => {
    const noGoal = analyze([grid([HEADER, [1, "Xã A", 1000, 300]])], { planYear: 2026, planYears: 2 }).layout as AppendixLayout;
    expect([cellAt(noGoal, "N8")?.value, cellAt(noGoal, "N8")?.formula]).toEqual([null, undefined]);
  });
});
