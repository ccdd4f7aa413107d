/**
 * Plans over several years: each year starts from the year before (households = its projection,
 * poor = its remaining), grows again, and shares its own goal. Expected values are worked by hand
 * or by the BigInt oracle (test/helpers/exact.ts), never by the engine.
 */
import { analyze } from "../../src/engine";
import { grid } from "../helpers/grid";
import { fromHundredths, projected, rateHundredths } from "../helpers/exact";

const HEADER = ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo"];
const twoUnits = grid([HEADER, [1, "Xã A", 1000, 300], [2, "Xã B", 2000, 100]]);

describe("a plan over several years", () => {
  it("chains three years by hand: projections from the year before, poor from its remaining, 100 households a year shared by poor households", () => {
    const { period, issues } = analyze([twoUnits], { planYear: 2026, planYears: 3, targetHouseholds: 100 });
    expect(period).toMatchObject({ baseYear: 2025, firstYear: 2026, lastYear: 2028 });
    const columns = period?.years.map((y) => [y.planYear, y.units.map((u) => [u.households, u.poorHouseholds, u.projectedHouseholds, u.targetReduction, u.remainingPoor, u.remainingRate])]);
    expect(columns).toEqual([
      // 1000 × 1.007 = 1007; 300 : 100 → 75 and 25; 225 / 1007 = 22.34 %, 75 / 2014 = 3.72 %.
      [2026, [[1000, 300, 1007, 75, 225, 22.34], [2000, 100, 2014, 25, 75, 3.72]]],
      // 1007 × 1.007 = 1014.049 → 1014; 2014 × 1.007 = 2028.098 → 2028; 225 : 75 → 75 and 25.
      [2027, [[1007, 225, 1014, 75, 150, 14.79], [2014, 75, 2028, 25, 50, 2.47]]],
      // 1014 × 1.007 = 1021.098 → 1021; 2028 × 1.007 = 2042.196 → 2042.
      [2028, [[1014, 150, 1021, 75, 75, 7.35], [2028, 50, 2042, 25, 25, 1.22]]],
    ]);
    // Totals from the year's sums: 75 + 25 remaining of 1021 + 2042 = 3063 households, 3.26 %.
    expect(period?.years[2].total).toMatchObject({ households: 3042, poorHouseholds: 200, projectedHouseholds: 3063, targetReduction: 100, remainingPoor: 100, remainingRate: 3.26 });
    // Each year's goal is said with its year, the first's too.
    const goals = issues.filter((i) => i.code === "goal-allocated");
    expect(goals.map((i) => i.message.vi.slice(0, 10))).toEqual(["Năm 2026: ", "Năm 2027: ", "Năm 2028: "]);
    expect(goals.map((i) => i.message.en.slice(0, 6))).toEqual(["2026: ", "2027: ", "2028: "]);
    // Year 1's words are the single-year plan's, after the year.
    const single = analyze([twoUnits], { planYear: 2026, targetHouseholds: 100 }).issues.find((i) => i.code === "goal-allocated");
    expect(goals[0].message).toEqual({ vi: `Năm 2026: ${single?.message.vi}`, en: `2026: ${single?.message.en}` });
  });

  it("says when a unit runs out of poor households, and later goals fall on the others", () => {
    // Everyone lifts out at least 10: Xã B's 20 poor are gone after 2027, so in 2028 Xã A takes all 55.
    const g = grid([HEADER, [1, "Xã A", 1000, 200], [2, "Xã B", 500, 20]]);
    const { period, issues } = analyze([g], { planYear: 2026, planYears: 3, targetHouseholds: 55, minimumTarget: 10 });
    // 2026: minimums 10 + 10, the other 35 by poor (200 : 20) → 31.8 and 3.2 → 30 and 0 in steps of 5, the last 5 to
    // the larger remainder (Xã B's 3.2): 40 and 15. 2027: Xã B's 5 left are its minimum; Xã A takes the other 50.
    expect(period?.years.map((y) => y.units.map((u) => u.targetReduction))).toEqual([[40, 15], [50, 5], [55, 0]]);
    expect(period?.years.map((y) => y.units[1].remainingPoor)).toEqual([5, 0, 0]);
    const out = issues.filter((i) => i.code === "period-unit-out-of-poor");
    expect(out.map((i) => [i.severity, i.expected, i.message.vi])).toEqual([
      ["warning", 2027, "Xã B không còn hộ nghèo sau năm 2027: các năm sau đơn vị này không có chỉ tiêu, mục tiêu chia cho các đơn vị khác."],
    ]);
  });

  it("says which year's goal exceeds the poor households left, and plans no later year", () => {
    const { period, issues, hasErrors } = analyze([twoUnits], { planYear: 2026, planYears: 4, targetHouseholds: 150 });
    // 400 poor: 150 in 2026 and 2027 leave 100, fewer than 2028's 150.
    expect(period?.years.map((y) => y.total.targetReduction)).toEqual([150, 150, null, null]);
    expect(hasErrors).toBe(true);
    expect(issues.filter((i) => i.code === "goal-exceeds-poor").map((i) => i.message.vi)).toEqual(["Năm 2028: Mục tiêu giảm 150 hộ vượt số hộ nghèo hiện có (100)."]);
  });

  it("says the first year when its goal exceeds the poor households, as a later year's", () => {
    const { issues } = analyze([twoUnits], { planYear: 2026, planYears: 3, targetHouseholds: 500 });
    expect(issues.filter((i) => i.code === "goal-exceeds-poor").map((i) => i.message.vi)).toEqual(["Năm 2026: Mục tiêu giảm 500 hộ vượt số hộ nghèo hiện có (400)."]);
  });

  it("asks for a goal when the table's target column covers the first year only", () => {
    const g = grid([[...HEADER, "Số hộ nghèo phấn đấu giảm"], [1, "Xã A", 1000, 300, 30], [2, "Xã B", 2000, 100, 10]]);
    const { period, issues, plan } = analyze([g], { planYear: 2026, planYears: 2 });
    expect(plan?.total.targetReduction).toBe(40);
    expect(period?.years[1].total.targetReduction).toBeNull();
    expect(issues.filter((i) => i.code === "period-needs-goal").map((i) => [i.severity, i.expected])).toEqual([["error", 2027]]);
  });

  it("plans a single year without a period", () => {
    const { period, layout } = analyze([twoUnits], { planYear: 2026, targetHouseholds: 100 });
    expect(period).toBeNull();
    expect(layout?.sheetName).toBe("Phụ lục 2026");
  });

  it("lowers the rate by the goal every year, each year's households the least that does it, by the exact oracle", () => {
    const units = [
      [1, "Phường 1", 4321, 87],
      [2, "Xã 2", 1500, 402],
      [3, "Xã 3", 9876, 1234],
      [4, "Xã 4", 503, 95],
      [5, "Xã 5", 12345, 2021],
    ];
    const points = 1.5;
    const { period } = analyze([grid([HEADER, ...units])], { planYear: 2026, planYears: 5, targetRateReduction: points, allocation: "rate" });
    let households = units.map((u) => u[2] as number);
    let poor = units.map((u) => u[3] as number);
    for (const year of period?.years ?? []) {
      const grown = households.map((h) => projected(h));
      expect(year.units.map((u) => [u.households, u.poorHouseholds, u.projectedHouseholds])).toEqual(households.map((h, i) => [h, poor[i], grown[i]]));
      // The least households lifting the province's rate by 1.5 points: poor − (rate − p) × projected / 100, up, to a multiple of 5.
      const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
      const rate = rateHundredths(sum(poor), sum(households));
      const least = -roundedDown(-(BigInt(sum(poor)) * 10000n - (rate - BigInt(points * 100)) * BigInt(sum(grown))), 10000n);
      const goal = Number(((least + 4n) / 5n) * 5n);
      const targets = year.units.map((u) => u.targetReduction as number);
      expect(sum(targets)).toBe(goal);
      const remaining = poor.map((p, i) => p - targets[i]);
      expect(year.units.map((u) => [u.remainingPoor, u.remainingRate])).toEqual(remaining.map((r, i) => [r, fromHundredths(rateHundredths(r, grown[i]))]));
      expect(year.total.remainingRate).toBe(fromHundredths(rateHundredths(sum(remaining), sum(grown))));
      households = grown;
      poor = remaining;
    }
    expect(period?.years).toHaveLength(5);
  });
});

/** a / b rounded towards minus infinity, for positive b. */
function roundedDown(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}

describe("how long a plan may be", () => {
  it("plans at most ten years and says so", () => {
    const { period, issues } = analyze([twoUnits], { planYear: 2026, planYears: 12, targetHouseholds: 10 });
    expect([period?.firstYear, period?.lastYear, period?.years.length]).toEqual([2026, 2035, 10]);
    expect(issues.filter((i) => i.code === "period-too-long").map((i) => i.message.vi)).toEqual(["Kế hoạch dài nhất 10 năm: đã lập 10 năm thay cho 12."]);
  });

  it("sums the period: households lifted out and the rate from the base year to the last", () => {
    const { period } = analyze([twoUnits], { planYear: 2026, planYears: 3, targetHouseholds: 100 });
    // 400 poor of 3,000 households (13.33 %); 100 left of 3,063 in 2028 (3.26 %, worked above).
    expect([period?.targetReduction, period?.rateReduction]).toEqual([300, 10.07]);
  });

  it("says at the sheet what a period lacks, and nothing for ten years or for one year without a goal", () => {
    const codes = (options: Parameters<typeof analyze>[1]) => analyze([twoUnits], { planYear: 2026, ...options }).issues.filter((i) => i.code.startsWith("period-")).map((i) => [i.code, i.sheet, i.cell]);
    expect(codes({ planYears: 10, targetHouseholds: 10 })).toEqual([]);
    expect(codes({ planYears: 11, targetHouseholds: 10 })).toEqual([["period-too-long", "Sheet1", null]]);
    expect(codes({ planYears: 1 })).toEqual([]);
    expect(codes({ planYears: 2 })).toEqual([["period-needs-goal", "Sheet1", null]]);
  });

  it("plans a year and a half as one year, with no later year to ask a goal for", () => {
    const { period, issues } = analyze([twoUnits], { planYear: 2026, planYears: 1.5 });
    expect([period?.firstYear, period?.lastYear, period?.years.length]).toEqual([2026, 2026, 1]);
    expect(issues.map((i) => i.code)).not.toContain("period-needs-goal");
  });

  it("reviews each later year at the year before it", () => {
    const { period } = analyze([twoUnits], { planYear: 2026, planYears: 3, targetHouseholds: 100 });
    expect(period?.years.map((y) => [y.baseYear, y.planYear])).toEqual([[2025, 2026], [2026, 2027], [2027, 2028]]);
  });
});


describe("what a period keeps from the first year's table", () => {
  it("plans later years over households given on the total row only: each year's whole grown from the year before's projection", () => {
    const g = grid([HEADER, [1, "Xã A", null, 300], [2, "Xã B", null, 200], [null, "Toàn huyện", 10000, 500]]);
    const { period, issues } = analyze([g], { planYear: 2026, planYears: 3, targetRateReduction: 1 });
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    const totals = period?.years.map((y) => [y.total.households, y.total.projectedHouseholds, y.total.poorHouseholds, y.total.poorRate, y.total.targetReduction, y.total.remainingPoor, y.total.remainingRate]);
    expect(totals).toEqual([
      // 500 of 10,000 = 5 %; 10,000 × 1.007 = 10,070; 4 % of 10,070 = 402.8, so at least 98 out, 100 in steps of 5; 400 / 10,070 = 3.97 %.
      [10000, 10070, 500, 5, 100, 400, 3.97],
      // 10,070 × 1.007 = 10,140.49 → 10,140; 2.97 % of 10,140 = 301.16, so at least 99 out, 100; 300 / 10,140 = 2.96 %.
      [10070, 10140, 400, 3.97, 100, 300, 2.96],
      // 10,140 × 1.007 = 10,210.98 → 10,211; 1.96 % of 10,211 = 200.14, so at least 100 out; 200 / 10,211 = 1.96 %.
      [10140, 10211, 300, 2.96, 100, 200, 1.96],
    ]);
    // The units' households stay unknown in every year; their targets follow their poor households, 300 : 200.
    expect(period?.years.map((y) => y.units.map((u) => [u.households, u.projectedHouseholds, u.targetReduction, u.remainingRate]))).toEqual([
      [[null, null, 60, null], [null, null, 40, null]],
      [[null, null, 60, null], [null, null, 40, null]],
      [[null, null, 60, null], [null, null, 40, null]],
    ]);
  });

  it("keeps the groups in every year, each group's subtotal summing its own units of that year", () => {
    const g = grid([
      HEADER,
      ["I", "Khu vực thành thị", 3000, 400],
      [1, "Phường 1", 1000, 300],
      [2, "Phường 2", 2000, 100],
      ["II", "Khu vực nông thôn", 1000, 100],
      [1, "Xã A", 1000, 100],
      [null, "Tổng cộng", 4000, 500],
    ]);
    const { period } = analyze([g], { planYear: 2026, planYears: 2, targetHouseholds: 100 });
    const groups = period?.years[1].groups?.map((group) => ({
      order: group.order,
      units: group.units.map((u) => u.name),
      subtotal: group.subtotal && [group.subtotal.name, group.subtotal.row, group.subtotal.sheet],
      figures: group.subtotal && [group.subtotal.households, group.subtotal.poorHouseholds, group.subtotal.projectedHouseholds, group.subtotal.targetReduction, group.subtotal.remainingPoor, group.subtotal.remainingRate],
    }));
    expect(groups).toEqual([
      // 2026: 100 by poor 300 : 100 : 100 → 60, 20, 20. 2027 starts from 1,007 + 2,014 households and 240 + 80 poor;
      // 1,007 × 1.007 → 1,014 and 2,014 × 1.007 → 2,028; 60 + 20 out leave 240 of 3,042 = 7.89 %.
      { order: "I", units: ["Phường 1", "Phường 2"], subtotal: ["Khu vực thành thị", 2, "Sheet1"], figures: [3021, 320, 3042, 80, 240, 7.89] },
      // 1,007 households, 80 poor, 20 out: 60 of 1,014 = 5.92 %.
      { order: "II", units: ["Xã A"], subtotal: ["Khu vực nông thôn", 5, "Sheet1"], figures: [1007, 80, 1014, 20, 60, 5.92] },
    ]);
  });

  it("plans only the poor over a period when the first year plans the near-poor too, and says so", () => {
    const g = grid([[...HEADER, "Hộ cận nghèo"], [1, "Xã A", 1000, 100, 80], [2, "Xã B", 3000, 60, 120]], { sheet: "Huyện" });
    const { period, issues } = analyze([g], { planYear: 2026, planYears: 2, targetHouseholds: 40, targetNearPoorHouseholds: 50 });
    expect(period?.years.map((y) => [y.nearPoorTarget === null, y.units.map((u) => u.nearPoorTarget)])).toEqual([[false, [20, 30]], [true, [null, null]]]);
    expect(issues.filter((i) => i.code === "period-poor-only").map((i) => [i.severity, i.sheet, i.cell, i.message])).toEqual([
      [
        "warning",
        "Huyện",
        null,
        {
          vi: "Kế hoạch nhiều năm chỉ lập cho hộ nghèo: phụ lục giai đoạn không có các cột hộ cận nghèo.",
          en: "A plan over several years covers poor households only: the period appendix has no near-poor columns.",
        },
      ],
    ]);
  });

  it("asks once for a goal and leaves the later years without targets, rather than calling each year targetless", () => {
    const g = grid([[...HEADER, "Số hộ nghèo phấn đấu giảm"], [1, "Xã A", 1000, 300, 30], [2, "Xã B", 2000, 100, 10], [null, "Toàn huyện", 3000, 400, 40]]);
    const { period, issues } = analyze([g], { planYear: 2026, planYears: 3 });
    expect(issues.map((i) => i.code)).toEqual(["period-needs-goal"]);
    expect(period?.years.map((y) => y.target)).toEqual([{ kind: "table" }, { kind: "none" }, { kind: "none" }]);
    // 2027 starts from 2026's remaining 270 and 90 but lifts none out, so 2028's poor are unknown.
    expect(period?.years.map((y) => y.units.map((u) => [u.poorHouseholds, u.targetReduction, u.remainingPoor]))).toEqual([
      [[300, 30, 270], [100, 10, 90]],
      [[270, null, null], [90, null, null]],
      [[null, null, null], [null, null, null]],
    ]);
  });

  it("leaves every year's total households unknown, not 0, when a unit's households are missing", () => {
    const g = grid([HEADER, [1, "Xã A", null, 300], [2, "Xã B", 2000, 100]]);
    const { period, issues } = analyze([g], { planYear: 2026, planYears: 3, targetHouseholds: 100 });
    expect(issues.filter((i) => i.severity === "error").map((i) => [i.code, i.cell])).toEqual([["missing-value", "C2"]]);
    // Xã B grows as ever: 2,000 → 2,014 → 2,028 → 2,042; the total cannot.
    expect(period?.years.map((y) => [y.units[1].projectedHouseholds, y.total.households, y.total.projectedHouseholds, y.total.remainingRate])).toEqual([
      [2014, null, null, null],
      [2028, null, null, null],
      [2042, null, null, null],
    ]);
  });

  it("keeps each later year's goal as its target source", () => {
    const { period } = analyze([twoUnits], { planYear: 2026, planYears: 2, targetHouseholds: 100 });
    expect(period?.years.map((y) => y.target)).toEqual([
      { kind: "households", households: 100, step: 5 },
      { kind: "households", households: 100, step: 5 },
    ]);
  });
});

describe("a unit out of poor households", () => {
  it("is said at its own sheet, for the year it runs out", () => {
    const g = grid([HEADER, [1, "Xã A", 1000, 200], [2, "Xã B", 500, 20]], { sheet: "Huyện Đông" });
    const { issues } = analyze([g], { planYear: 2026, planYears: 3, targetHouseholds: 55, minimumTarget: 10 });
    expect(issues.filter((i) => i.code === "period-unit-out-of-poor").map((i) => [i.sheet, i.cell, i.actual, i.message.en])).toEqual([
      ["Huyện Đông", null, null, "Xã B has no poor households left after 2027: it gets no target in the later years, whose goals fall on the other units."],
    ]);
  });

  it("is not said when the unit runs out in the period's last year, with no later goal to fall on the others", () => {
    const g = grid([HEADER, [1, "Xã A", 1000, 200], [2, "Xã B", 500, 20]]);
    const { period, issues } = analyze([g], { planYear: 2026, planYears: 2, targetHouseholds: 55, minimumTarget: 10 });
    // As above: 2026 gives Xã B 15, 2027 its last 5.
    expect(period?.years.map((y) => y.units[1].remainingPoor)).toEqual([5, 0]);
    expect(issues.filter((i) => i.code === "period-unit-out-of-poor")).toEqual([]);
  });

  it("is not said of a unit that had no poor households to begin with", () => {
    const g = grid([HEADER, [1, "Xã A", 1000, 200], [2, "Xã B", 500, 0]]);
    const { period, issues } = analyze([g], { planYear: 2026, planYears: 3, targetHouseholds: 50 });
    // Shared by poor households, 200 : 0: Xã A takes every goal.
    expect(period?.years.map((y) => y.units.map((u) => u.targetReduction))).toEqual([[50, 0], [50, 0], [50, 0]]);
    expect(issues.filter((i) => i.code === "period-unit-out-of-poor")).toEqual([]);
  });
});
