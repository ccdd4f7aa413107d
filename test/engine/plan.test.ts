import fc from "fast-check";
import { analyze } from "../../src/engine/analysis";
import { unitTargetKey } from "../../src/engine/plan/plan-types";
import { fromHundredths, projected, rateHundredths, roundedQuotient } from "../helpers/exact";
import { grid } from "../helpers/grid";
import { seedGrid } from "../helpers/seed-grid";

const baseline = ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo", "Số hộ nghèo phấn đấu giảm"];

describe("the plan", () => {
  it("projects households at +0.7 % in exact arithmetic, so 500 households give 503.5 and round to 504", () => {
    const plan = analyze([grid([baseline, [1, "Xã A", 500, 40, 5]])]).plan;
    expect(plan?.units[0]).toMatchObject({ households: 500, projectedHouseholds: 504, remainingPoor: 35, remainingRate: 6.94, poorRate: 8, rateReduction: 1.06 });
  });

  it("keeps a unit's own projection from the table and computes the rest from it", () => {
    const plan = analyze([seedGrid()]).plan;
    expect(plan?.units[1]).toMatchObject({ name: "TX Hương Trà", projectedHouseholds: 31021, targetReduction: 90, remainingPoor: 737, remainingRate: 2.38, poorRate: 2.65, rateReduction: 0.27 });
  });

  it("takes the total's ratios from its sums, never from the units' ratios", () => {
    const plan = analyze([grid([baseline, [1, "Xã A", 100, 50, 10], [2, "Xã B", 10000, 100, 10]])]).plan;
    expect(plan?.total).toMatchObject({ households: 10100, poorHouseholds: 150, poorRate: 1.49, projectedHouseholds: 101 + 10070, targetReduction: 20, remainingPoor: 130 });
    // 130 / 10,171 = 1.2781 %
    expect(plan?.total.remainingRate).toBe(1.28);
  });

  it("turns a goal in percentage points into households over the province's totals", () => {
    const analysis = analyze([seedGrid()], { targetRateReduction: 0.4 });
    const plan = analysis.plan;
    // poor − (rate − 0.4)/100 × projected = 10,871 − 3.05 % × 316,128 = 1,229.1 → 1,230
    expect(plan?.target).toEqual({ kind: "rateReduction", percentagePoints: 0.4, minimumHouseholds: 1230, households: 1230, step: 5 });
    expect(plan?.total.targetReduction).toBe(1230);
    expect(plan?.total.rateReduction).toBeGreaterThanOrEqual(0.4);
    expect(analysis.issues.find((i) => i.code === "goal-from-rate")?.message.en).toContain("at least 1,230 households");
  });

  it("shares a goal in households and lets the officer set a unit's own target, sharing the rest among the others", () => {
    const rows = [baseline.slice(0, 4), [1, "Xã A", 1000, 100], [2, "Xã B", 1000, 300], [3, "Xã C", 1000, 100]];
    // Quotas 8, 24, 8 floor to 5, 20, 5; the 10 left go to the largest remainders (B, then A before C).
    expect(analyze([grid(rows)], { targetHouseholds: 40 }).plan?.units.map((u) => u.targetReduction)).toEqual([10, 25, 5]);
    const plan = analyze([grid(rows)], { targetHouseholds: 40, unitTargets: { [unitTargetKey({ sheet: "Sheet1", name: "Xã A" })]: 12 } }).plan;
    // 28 left for B and C: quotas 21 and 7 floor to 20 and 5; the last 3 go to C's larger remainder.
    expect(plan?.units.map((u) => u.targetReduction)).toEqual([12, 20, 8]);
    expect(plan?.total.targetReduction).toBe(40);
    expect(plan?.target).toEqual({ kind: "households", households: 40, step: 5 });
  });

  it("says how much of a goal the officer's own targets took and how the rest was shared, even past the goal", () => {
    const rows = [baseline.slice(0, 4), [1, "Nam Đông", 1000, 100], [2, "A Lưới", 1000, 300], [3, "Phú Lộc", 1000, 100]];
    const own = (households: number) => ({ unitTargets: { [unitTargetKey({ sheet: "Sheet1", name: "Nam Đông" })]: households } });
    const message = (options: object) => analyze([grid(rows)], { targetHouseholds: 45, ...options }).issues.find((i) => i.code === "goal-allocated")?.message;
    expect(message({})?.vi).toBe("Mục tiêu 45 hộ thoát nghèo được chia cho các đơn vị theo số hộ nghèo, bội số 5.");
    // 45 − 12 = 33 left for A Lưới and Phú Lộc: quotas 24.75 and 8.25 floor to 20 and 5, the 8 left give A Lưới
    // 5 (remainder 4.75) and Phú Lộc the last 3, so Phú Lộc's 8 is no multiple of 5 and the note says so.
    expect(message(own(12))).toEqual({
      vi: "Mục tiêu 45 hộ thoát nghèo: 12 hộ tự đặt cho 1 đơn vị, còn 33 hộ chia cho các đơn vị khác theo số hộ nghèo, bội số 5; không theo bội số 5: Phú Lộc (8 hộ).",
      en: "The goal of 45 households: 12 set by you for 1 unit, the remaining 33 shared among the other units by their poor households, in steps of 5; not a multiple of 5: Phú Lộc (8).",
    });
    // 55 set against a goal of 45: nothing is left to share, never a negative rest.
    expect(message(own(55))?.vi).toBe("Mục tiêu 45 hộ thoát nghèo: 55 hộ tự đặt cho 1 đơn vị, còn 0 hộ chia cho các đơn vị khác theo số hộ nghèo, bội số 5.");
    const byRate = analyze([grid(rows)], { targetRateReduction: 1, roundStep: 1, ...own(12) }).issues.find((i) => i.code === "goal-from-rate");
    // 500 − (16.67 − 1) % × 3,021 = 26.6 → 27 households; 27 − 12 = 15 for the other two.
    expect(byRate?.message.vi).toMatch(/: 27 hộ; 12 hộ tự đặt cho 1 đơn vị, còn 15 hộ chia cho các đơn vị khác theo số hộ nghèo\.$/);
  });

  it("says so when there is no target at all", () => {
    const analysis = analyze([grid([baseline.slice(0, 4), [1, "Xã A", 1000, 100]])]);
    expect(analysis.issues.map((i) => i.code)).toContain("no-target");
    expect(analysis.hasErrors).toBe(true);
    expect(analysis.plan?.units[0].remainingPoor).toBeNull();
  });

  it("refuses a goal larger than the poor households", () => {
    const analysis = analyze([grid([baseline.slice(0, 4), [1, "Xã A", 1000, 100]])], { targetHouseholds: 101 });
    expect(analysis.issues.map((i) => i.code)).toContain("goal-exceeds-poor");
  });

  it("reads the years from the header, or takes them from the options", () => {
    expect(analyze([seedGrid()]).plan).toMatchObject({ baseYear: 2020, planYear: 2021 });
    // A plan year given alone keeps the review year the header states (its figures are that review's).
    expect(analyze([seedGrid()], { planYear: 2026 }).plan).toMatchObject({ baseYear: 2020, planYear: 2026 });
    expect(analyze([seedGrid()], { baseYear: 2024 }).plan).toMatchObject({ baseYear: 2024, planYear: 2025 });
    expect(analyze([grid([baseline, [1, "Xã A", 500, 40, 5]])], { currentYear: 2027 }).plan).toMatchObject({ baseYear: 2026, planYear: 2027 });
  });

  it("computes every figure of a unit as the sheet's ROUND does, checked in exact integer arithmetic", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200000 }), fc.integer({ min: 0, max: 200000 }), fc.integer({ min: 0, max: 200000 }), (households, p, t) => {
        const poor = p % (households + 1);
        const target = t % (poor + 1);
        const unit = analyze([grid([baseline, [1, "Xã A", households, poor, target]])]).plan?.units[0];
        const grown = projected(households);
        const poorRate = rateHundredths(poor, households);
        const remainingRate = rateHundredths(poor - target, grown);
        expect(unit).toMatchObject({
          projectedHouseholds: grown,
          remainingPoor: poor - target,
          poorRate: fromHundredths(poorRate),
          remainingRate: fromHundredths(remainingRate),
          rateReduction: fromHundredths(poorRate - remainingRate),
        });
      }),
    );
  });

  it("rounds the ties up as the sheet does, where binary floating point falls just below them", () => {
    // 23 / 160 = 14.375 % exactly (the double 14.374999…), 1,500 × 1.007 = 1,510.5 (the double 1,510.4999…).
    const unit = analyze([grid([baseline, [1, "Xã A", 160, 23, 0], [2, "Xã B", 1500, 41, 0]])]).plan?.units;
    expect(unit?.map((u) => [u.poorRate, u.projectedHouseholds])).toEqual([[14.38, 161], [2.73, 1511]]);
  });

  it("projects households at any growth the officer gives, exactly", () => {
    // 2.5 %: 200 × 1.025 = 205, 1000 × 1.025 = 1025; 0.35 %: 200 × 1.0035 = 200.7 → 201, 1000 × 1.0035 = 1003.5 → 1004.
    const plan = (growthPercent: number) => analyze([grid([baseline, [1, "Xã A", 200, 10, 1], [2, "Xã B", 1000, 20, 2]])], { growthPercent }).plan;
    expect(plan(2.5)?.units.map((u) => u.projectedHouseholds)).toEqual([205, 1025]);
    expect(plan(0.35)?.units.map((u) => u.projectedHouseholds)).toEqual([201, 1004]);
    expect(plan(0)?.units.map((u) => u.projectedHouseholds)).toEqual([200, 1000]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500000 }), fc.integer({ min: 0, max: 2000 }), (households, tenths) => {
        const unit = analyze([grid([baseline, [1, "Xã A", households, 0, 0]])], { growthPercent: tenths / 10 }).plan?.units[0];
        expect(unit?.projectedHouseholds).toBe(Number(roundedQuotient(BigInt(households) * BigInt(1000 + tenths), 1000n)));
      }),
    );
  });
});

describe("one worksheet per district", () => {
  const district = (sheet: string, title: string, communes: [string, number, number, number][]) =>
    grid(
      [
        [title],
        ["TT", "Xã", "Tổng số hộ dân", "Số hộ nghèo", "Số hộ nghèo phấn đấu giảm"],
        ...communes.map(([name, h, p, t], i) => [i + 1, name, h, p, t]),
        [null, "Toàn huyện", communes.reduce((a, c) => a + c[1], 0), communes.reduce((a, c) => a + c[2], 0), communes.reduce((a, c) => a + c[3], 0)],
      ],
      { sheet },
    );
  const grids = [
    district("A Lưới", "UBND HUYỆN A LƯỚI", [["Xã Hồng Hạ", 400, 60, 10], ["Xã Hương Nguyên", 300, 90, 20]]),
    district("Nam Dong", "Kết quả rà soát huyện Nam Đông năm 2020", [["Xã Thượng Quảng", 500, 50, 5]]),
  ];

  it("gives one row per table, named from its title, with the table's totals", () => {
    const plan = analyze(grids).plan;
    expect(plan?.units.map((u) => [u.name, u.households, u.poorHouseholds, u.targetReduction, u.projectedHouseholds])).toEqual([
      ["Huyện A Lưới", 700, 150, 30, 403 + 302],
      ["Huyện Nam Đông", 500, 50, 5, 504],
    ]);
    expect(plan?.total).toMatchObject({ households: 1200, poorHouseholds: 200, targetReduction: 35 });
  });

  it("lists every unit under its table's subtotal with detail", () => {
    const plan = analyze(grids, { detail: true }).plan;
    expect(plan?.groups?.map((g) => [g.subtotal?.name, g.units.map((u) => u.name)])).toEqual([
      ["Huyện A Lưới", ["Xã Hồng Hạ", "Xã Hương Nguyên"]],
      ["Huyện Nam Đông", ["Xã Thượng Quảng"]],
    ]);
    expect(plan?.total.households).toBe(1200);
  });

  it("keeps an officer's target for one commune apart from a namesake in another district", () => {
    const namesakes = [
      district("A Lưới", "UBND HUYỆN A LƯỚI", [["Xã Hương Phong", 400, 60, 10]]),
      district("Nam Dong", "UBND HUYỆN NAM ĐÔNG", [["Xã Hương Phong", 500, 50, 5]]),
    ];
    const plan = analyze(namesakes, { detail: true, unitTargets: { [unitTargetKey({ sheet: "Nam Dong", name: "Xã Hương Phong" })]: 20 } }).plan;
    expect(plan?.groups?.map((g) => g.units[0].targetReduction)).toEqual([10, 20]);
  });

  it("validates each table's total row against its own units", () => {
    const broken = grids.map((g) => ({ ...g, values: g.values.map((row) => [...row]) }));
    broken[1].values[3][2] = 999;
    const analysis = analyze(broken);
    expect(analysis.issues.filter((i) => i.code === "total-mismatch").map((i) => [i.sheet, i.cell])).toEqual([["Nam Dong", "C4"]]);
  });
});
