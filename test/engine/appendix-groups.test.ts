/** Groups of the source kept in the appendix, and households estimated from a rate marked as such. */
import { analyze } from "../../src/engine";
import type { AppendixLayout, LayoutCell } from "../../src/engine/appendix/layout";
import { grid } from "../helpers/grid";
import { layoutCells } from "../helpers/layout-cells";

/** The ministry's form: groups I and II with their own figures, the same district in both, no households column. */
const ministryForm = (urbanPoor = 60) =>
  grid(
    [
      ["KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2022"],
      ["TT", "Huyện/thị xã/thành phố", "Hộ nghèo", null, "Hộ cận nghèo", null],
      [null, null, "Tỷ lệ (%)", "Số hộ", "Tỷ lệ (%)", "Số hộ"],
      ["A", "B", "1", "2", "3", "4"],
      ["I", "Khu vực thành thị", 2, urbanPoor, 3, 90],
      [1, "Thành phố Quy Nhơn", 2, 40, 3, 60],
      [2, "Thị xã An Nhơn", 2, 20, 3, 30],
      ["II", "Khu vực nông thôn", 10, 300, 5, 150],
      [1, "Thành phố Quy Nhơn", 10, 100, 5, 50],
      [2, "Thị xã An Nhơn", 10, 200, 5, 100],
      [null, "Tổng cộng (I+II)", 6, 360, 4, 240],
    ],
    { merges: ["A2:A3", "B2:B3", "C2:D2", "E2:F2"] },
  );

const at = (layout: AppendixLayout, address: string): LayoutCell | undefined => {
  const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
  return layoutCells(layout).find((c) => c.row === Number(row) && c.col === letters.charCodeAt(0) - 64);
};

describe("the ministry's form", () => {
  it("reads rates before counts under their groups, and the same district under I and II as two parts", () => {
    const a = analyze([ministryForm()], { targetHouseholds: 40 });
    expect(a.tables[0].columns.map((c) => c.field)).toEqual(["order", "name", "poorRate", "poorHouseholds", "nearPoorRate", "nearPoorHouseholds"]);
    expect(a.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(a.issues.map((i) => i.code)).not.toContain("duplicate-unit");
    // 40 / 2 % = 2,000 households, 20 / 2 % = 1,000: the near-poor pair agrees (60 / 3 %, 30 / 3 %).
    expect(a.plan?.units.map((u) => [u.name, u.households, u.householdsEstimated])).toEqual([
      ["Thành phố Quy Nhơn", 2000, true],
      ["Thị xã An Nhơn", 1000, true],
      ["Thành phố Quy Nhơn", 1000, true],
      ["Thị xã An Nhơn", 2000, true],
    ]);
  });

  it("flags a group row whose figures are not its units' sum, at its cell", () => {
    const a = analyze([ministryForm(61)], { targetHouseholds: 40 });
    expect(a.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.cell, i.actual, i.expected])).toEqual([
      ["group-mismatch", "D5", 61, 60],
    ]);
  });

  it("writes the groups as bold rows with their own SUMs, units numbered within them, estimates in italics with a note", () => {
    const layout = analyze([ministryForm()], { targetHouseholds: 40, chart: false }).layout as AppendixLayout;
    expect([8, 9, 10, 11, 12, 13, 14].map((row) => at(layout, `A${row}`)?.value)).toEqual(["I", "1", "2", "II", "1", "2", "Tổng cộng (I+II)"]);
    expect(at(layout, "B8")).toMatchObject({ value: "Khu vực thành thị", style: "groupName" });
    expect(at(layout, "A8")?.style).toBe("groupOrder");
    expect(at(layout, "D8")).toMatchObject({ formula: "SUM(D9:D10)", value: 60, style: "totalCount" });
    expect(at(layout, "D14")).toMatchObject({ formula: "SUM(D8,D11)", value: 360 });
    expect(at(layout, "C9")).toMatchObject({ value: 2000, style: "estimatedCount" });
    expect(at(layout, "C14")).toMatchObject({ formula: "SUM(C8,C11)", value: 6000, style: "totalEstimatedCount" });
    // The note a row below the total, merged across the table, on a row tall enough for two lines.
    expect(at(layout, "A16")).toEqual({
      row: 16, col: 1, style: "note",
      value: "Ghi chú: Số hộ dân in nghiêng là số ước tính (số hộ ÷ tỷ lệ × 100) vì bảng nguồn không ghi số hộ dân; sai số do tỷ lệ đã làm tròn.",
    });
    expect(layoutCells(layout).filter((c) => c.row === 15)).toEqual([]);
    expect(layout.merges.slice(-2)).toEqual(["A14:B14", "A16:O16"]);
    expect(layout.rowHeights).toEqual({ 2: 21, 3: 33, 6: 48, 7: 66, 16: 30 });
    expect(layout.rowCount).toBe(16);
  });

  it("gives one row per group with --summary, the goal still shared exactly", () => {
    const plan = analyze([ministryForm()], { targetHouseholds: 40, summary: true }).plan;
    expect(plan?.groups).toBeNull();
    expect(plan?.units.map((u) => [u.name, u.households, u.poorHouseholds])).toEqual([
      ["Khu vực thành thị", 3000, 60],
      ["Khu vực nông thôn", 3000, 300],
    ]);
    expect(plan?.units.reduce((s, u) => s + (u.targetReduction ?? 0), 0)).toBe(40);
  });
});

describe("households on the total row only", () => {
  const g = grid([
    ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo"],
    [1, "Xã A", null, 300],
    [2, "Xã B", null, 200],
    [null, "Toàn huyện", 10000, 500],
  ]);

  it("keeps them for the total, so a province goal in points works on them", () => {
    const a = analyze([g], { targetRateReduction: 1 });
    expect(a.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(a.issues.map((i) => i.code)).toContain("households-on-total-only");
    // 5 % of 10,000 → 4 % of 10,070 projected = 402.8: at least 98 households, 100 in steps of 5.
    expect(a.plan?.total).toMatchObject({ households: 10000, projectedHouseholds: 10070, poorRate: 5, targetReduction: 100, remainingPoor: 400 });
  });

  it("writes the total's households as given and projects them, instead of summing the empty unit cells (0 in a spreadsheet)", () => {
    const cellsOf = (layout: AppendixLayout | null, row: number, cols: number[]) =>
      cols.map((col) => (layout ? layoutCells(layout) : []).find((c) => c.row === row && c.col === col)).map((c) => [c?.value ?? null, c?.formula ?? null]);
    const year = analyze([g], { targetRateReduction: 1, planYear: 2021, chart: false }).layout as AppendixLayout;
    // Row 10 is the total: C as given, K = ROUND(10,000 × 1.007) = 10,070 from C, D still the units' sum.
    expect(cellsOf(year, 10, [3, 4, 11])).toEqual([
      [10000, null],
      [500, "SUM(D8:D9)"],
      [10070, "ROUND(C10*1007/1000,0)"],
    ]);
    const period = analyze([g], { targetRateReduction: 1, planYear: 2021, planYears: 2, chart: false }).layout as AppendixLayout;
    // The period table: C the base year's households, D the first year's projection grown from C, H the second's from D.
    expect(cellsOf(period, 10, [3, 6, 10])).toEqual([
      [10000, null],
      [10070, "ROUND(C10*1007/1000,0)"],
      [10140, "ROUND(F10*1007/1000,0)"],
    ]);
  });
});

describe("years", () => {
  it("reads the review before a period ('đầu kỳ giai đoạn 2022-2025') and warns when no year is written at all", () => {
    const titled = grid([["KẾT QUẢ RÀ SOÁT HỘ NGHÈO ĐẦU KỲ GIAI ĐOẠN 2022-2025"], ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo"], [1, "Xã A", 1000, 50]]);
    const plan = analyze([titled], { targetHouseholds: 5 });
    expect([plan.plan?.baseYear, plan.plan?.planYear]).toEqual([2021, 2022]);
    expect(plan.issues.map((i) => i.code)).not.toContain("year-assumed");
    const untitled = analyze([grid([["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo"], [1, "Xã A", 1000, 50]])], { targetHouseholds: 5, currentYear: 2027 });
    expect(untitled.issues.find((i) => i.code === "year-assumed")).toMatchObject({ severity: "warning", actual: 2026, expected: 2027 });
  });
});
