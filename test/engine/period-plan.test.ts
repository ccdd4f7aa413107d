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

  it("reviews each later year at the year before it", () => {
    const { period } = analyze([twoUnits], { planYear: 2026, planYears: 3, targetHouseholds: 100 });
    expect(period?.years.map((y) => [y.baseYear, y.planYear])).toEqual([[2025, 2026], [2026, 2027], [2027, 2028]]);
  });
});

