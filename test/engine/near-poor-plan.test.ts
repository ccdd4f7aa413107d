/** Near-poor households planned beside the poor: their own target column or goal, columns P to U of the appendix. */
import { analyze } from "../../src/engine";
import type { AppendixLayout } from "../../src/engine/appendix/layout";
import { grid } from "../helpers/grid";
import { layoutCells } from "../helpers/layout-cells";

const HEADER = ["TT", "Xã", "Tổng số hộ dân", "Số hộ nghèo", "Hộ cận nghèo"];
const communes = grid([HEADER, [1, "Xã A", 1000, 100, 80], [2, "Xã B", 3000, 60, 120], [null, "Toàn huyện", 4000, 160, 200]]);

describe("near-poor households in the plan", () => {
  it("shares a near-poor goal like the poor one, and computes remaining, plan rate and reduction alike", () => {
    const { plan, issues } = analyze([communes], { growthPercent: 0, roundStep: 1, targetHouseholds: 40, targetNearPoorHouseholds: 50 });
    // 50 near-poor households by near-poor households, 80 : 120 → 20 and 30.
    expect(plan?.units.map((u) => [u.nearPoorHouseholds, u.nearPoorRate, u.nearPoorTarget, u.nearPoorRemaining, u.nearPoorRemainingRate, u.nearPoorRateReduction])).toEqual([
      [80, 8, 20, 60, 6, 2],
      [120, 4, 30, 90, 3, 1],
    ]);
    expect(plan?.total).toMatchObject({ nearPoorHouseholds: 200, nearPoorRate: 5, nearPoorTarget: 50, nearPoorRemaining: 150, nearPoorRemainingRate: 3.75, nearPoorRateReduction: 1.25 });
    expect(plan?.nearPoorTarget).toEqual({ kind: "households", households: 50, step: 1 });
    expect(issues.find((i) => i.code === "goal-allocated" && i.message.vi.includes("cận nghèo"))?.message.vi).toBe(
      "Mục tiêu 50 hộ thoát cận nghèo được chia cho các đơn vị theo số hộ cận nghèo, bội số 1.",
    );
  });

  it("takes near-poor targets from their own column, never as the poor households' targets", () => {
    const g = grid([
      [...HEADER, "Số hộ nghèo phấn đấu giảm", "Số hộ cận nghèo phấn đấu giảm"],
      [1, "Xã A", 1000, 100, 80, 10, 8],
      [2, "Xã B", 3000, 60, 120, 6, 12],
    ]);
    const { tables, plan } = analyze([g]);
    expect(tables[0].columns.map((c) => c.field).slice(-2)).toEqual(["targetReduction", "nearPoorTarget"]);
    expect(plan?.units.map((u) => [u.targetReduction, u.nearPoorTarget])).toEqual([[10, 8], [6, 12]]);
  });

  it("leaves the near-poor columns out of the appendix when there is neither a near-poor column of targets nor a goal", () => {
    const { plan, layout } = analyze([communes], { targetHouseholds: 40, chart: false });
    expect(plan?.nearPoorTarget).toBeNull();
    expect(layout?.columnCount).toBe(15);
  });

  it("writes columns P to U with the same formulas as the poor households' columns", () => {
    const layout = analyze([communes], { planYear: 2021, growthPercent: 0, roundStep: 1, targetHouseholds: 40, targetNearPoorHouseholds: 50, chart: false }).layout as AppendixLayout;
    expect(layout.columnCount).toBe(21);
    expect(layout.merges).toEqual(expect.arrayContaining(["A1:U1", "A2:U2", "P5:U5", "P6:Q6", "R6:U6"]));
    const row8 = Object.fromEntries(layoutCells(layout).filter((c) => c.row === 8 && c.col >= 16).map((c) => [c.col, [c.value, c.formula ?? null]]));
    expect(row8).toEqual({
      16: [80, null],
      17: [8, "ROUND(P8/C8*100,2)"],
      18: [20, null],
      19: [60, "P8-R8"],
      20: [6, "ROUND(S8/K8*100,2)"],
      21: [2, "ROUND(Q8-T8,2)"],
    });
    const total = Object.fromEntries(layoutCells(layout).filter((c) => c.row === 10 && c.col >= 16).map((c) => [c.col, c.formula]));
    expect(total).toEqual({ 16: "SUM(P8:P9)", 17: "ROUND(P10/C10*100,2)", 18: "SUM(R8:R9)", 19: "SUM(S8:S9)", 20: "ROUND(S10/K10*100,2)", 21: "ROUND(Q10-T10,2)" });
    expect(layoutCells(layout).find((c) => c.row === 2 && c.col === 1)?.value).toBe("CHỈ TIÊU PHẤN ĐẤU GIẢM TỶ LỆ HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2021");
  });

  it("keeps a unit's near-poor households when only its near-poor target is unknown, and sums them in the total", () => {
    const g = grid([
      [...HEADER, "Số hộ nghèo phấn đấu giảm", "Số hộ cận nghèo phấn đấu giảm"],
      [1, "Xã A", 1000, 100, 80, 10, 8],
      [2, "Xã B", 3000, 60, 120, 6, null],
    ]);
    const { plan } = analyze([g], { chart: false });
    // Xã B: 120 near-poor households, 120/3000 = 4 %; its target and remaining stay unknown.
    expect(plan?.units.map((u) => [u.nearPoorHouseholds, u.nearPoorRate, u.nearPoorTarget, u.nearPoorRemaining])).toEqual([
      [80, 8, 8, 72],
      [120, 4, null, null],
    ]);
    expect(plan?.total.nearPoorHouseholds).toBe(200);
  });

  it("plans near-poor households from a goal in percentage points alone", () => {
    const { plan } = analyze([communes], { growthPercent: 0, roundStep: 1, targetHouseholds: 40, targetNearPoorRateReduction: 1, chart: false });
    // 200 of 4,000 households near-poor: 5 %; 1 point less is 4 % of the 4,000 projected (no growth),
    // 160, so at least 200 − 160 = 40 households, shared 80 : 120 → 16 and 24.
    expect(plan?.nearPoorTarget).toEqual({ kind: "rateReduction", percentagePoints: 1, minimumHouseholds: 40, households: 40, step: 1 });
    expect(plan?.units.map((u) => u.nearPoorTarget)).toEqual([16, 24]);
  });

  it("plans no near-poor households when one of the district tables lacks them", () => {
    const district = (sheet: string, header: string[], rows: (string | number)[][]) => grid([header, ...rows], { sheet });
    const { plan } = analyze(
      [
        district("Huyện A", HEADER, [[1, "Xã A", 1000, 100, 80], [2, "Xã B", 3000, 60, 120]]),
        district("Huyện B", HEADER.slice(0, 4), [[1, "Xã C", 2000, 50], [2, "Xã D", 500, 10]]),
      ],
      { growthPercent: 0, roundStep: 1, targetHouseholds: 40, targetNearPoorHouseholds: 20, chart: false },
    );
    // Two district sheets: the province's plan has a unit per district.
    expect(plan?.units.map((u) => u.name)).toEqual(["Huyện A", "Huyện B"]);
    expect(plan?.nearPoorTarget).toBeNull();
  });
});
