/** Sharing a province goal: by poor households, for the same rate reduction everywhere, by weights, with a minimum. */
import fc from "fast-check";
import { analyze, type AnalyzeOptions } from "../../src/engine";
import { canShareBy, shareGoal } from "../../src/engine/plan/sharing";
import type { TargetRow } from "../../src/engine/plan/targets";
import { grid } from "../helpers/grid";

const HEADER = ["TT", "Đơn vị", "Tổng số hộ dân", "Số hộ nghèo"];
const table = (units: [number, number][], extra: (string | number)[][] = []) =>
  grid([HEADER.concat(extra.length ? ["Hệ số phân bổ"] : []), ...units.map(([h, p], i) => [i + 1, `Xã ${i + 1}`, h, p, ...(extra[i] ?? [])])]);
const plan = (units: [number, number][], options: AnalyzeOptions) => analyze([table(units)], { growthPercent: 0, roundStep: 1, ...options });

describe("sharing a goal", () => {
  it("by poor households, as the seed does: 100 households over 300, 100 and 100 poor give 60, 20, 20", () => {
    expect(plan([[1000, 300], [1000, 100], [1000, 100]], { targetHouseholds: 100 }).plan?.units.map((u) => u.targetReduction)).toEqual([60, 20, 20]);
  });

  it("for the same rate reduction: 100 households over units of 1,000, 2,000 and 2,000 households give 20, 40, 40 (2 points each)", () => {
    const result = plan([[1000, 300], [2000, 100], [2000, 100]], { targetHouseholds: 100, allocation: "rate" });
    expect(result.plan?.units.map((u) => [u.targetReduction, u.rateReduction])).toEqual([[20, 2], [40, 2], [40, 2]]);
    expect(result.issues.find((i) => i.code === "goal-allocated")?.message.vi).toContain("để mọi đơn vị giảm cùng một mức tỷ lệ");
  });

  it("by weights from a column: a weight of 2 doubles a unit's claim per poor household", () => {
    const g = table([[1000, 100], [1000, 100], [1000, 100]], [[2], [1], [1]]);
    const result = analyze([g], { growthPercent: 0, roundStep: 1, targetHouseholds: 100, allocation: "weights" });
    expect(result.tables[0].columns.map((c) => c.field)).toContain("allocationWeight");
    expect(result.plan?.units.map((u) => u.targetReduction)).toEqual([50, 25, 25]);
  });

  it("by weights the officer lists by name, and says which name matches no unit", () => {
    const result = plan([[1000, 100], [1000, 100], [1000, 100]], { targetHouseholds: 100, allocation: "weights", weights: { "xã 3": 3, "Xã Không Có": 2 } });
    expect(result.plan?.units.map((u) => u.targetReduction)).toEqual([20, 20, 60]);
    expect(result.issues.filter((i) => i.code === "weight-unknown-unit").map((i) => i.message.vi)).toEqual(['Hệ số cho "Xã Không Có" không ứng với đơn vị nào trong bảng; đơn vị không có hệ số thì lấy hệ số 1.']);
  });

  it("gives every unit its minimum first, and says when the minimums alone exceed the goal", () => {
    // 20 each first; the 40 left by poor households, 300 : 100 : 100.
    expect(plan([[1000, 300], [1000, 100], [1000, 100]], { targetHouseholds: 100, minimumTarget: 20 }).plan?.units.map((u) => u.targetReduction)).toEqual([44, 28, 28]);
    // A unit with fewer poor households than the minimum gives all it has.
    expect(plan([[1000, 300], [1000, 10]], { targetHouseholds: 50, minimumTarget: 20 }).plan?.units.map((u) => u.targetReduction)).toEqual([40, 10]);
    const over = plan([[1000, 300], [1000, 100]], { targetHouseholds: 30, minimumTarget: 20 });
    expect(over.issues.map((i) => i.code)).toContain("minimum-exceeds-goal");
    expect(over.plan?.units.reduce((s, u) => s + (u.targetReduction ?? 0), 0)).toBe(30);
  });

  it("falls back to poor households, and says so, when the same-rate method has no households to work with", () => {
    const g = grid([HEADER, [1, "Xã 1", null, 300], [2, "Xã 2", null, 100], [null, "Toàn huyện", 5000, 400]]);
    const result = analyze([g], { roundStep: 1, targetHouseholds: 40, allocation: "rate" });
    expect(result.issues.map((i) => i.code)).toContain("allocation-needs-households");
    expect(result.plan?.units.map((u) => u.targetReduction)).toEqual([30, 10]);
  });
});

const row = (households: number | null, projectedHouseholds: number | null, poorHouseholds: number | null): TargetRow => ({
  name: "Xã",
  sheet: "Sheet1",
  households,
  projectedHouseholds,
  poorHouseholds,
  tableTarget: null,
  weight: null,
});

describe("shareGoal, with each unit's exact quota", () => {
  it("rounds the minimum up to the step before sharing the rest", () => {
    // Minimum 7 in steps of 5 is 10 each (30); the 70 left by poor households 300 : 100 : 100 are quotas 42, 14, 14,
    // in steps of 5 first 40, 10, 10; the 10 left go to the larger remainders 4 and 4 (the second and third units).
    const rows = [row(1000, 1000, 300), row(1000, 1000, 100), row(1000, 1000, 100)];
    expect(shareGoal(100, rows, { method: "poor", minimum: 7, step: 5 })).toEqual({ shares: [50, 25, 25], quotas: [52, 24, 24] });
  });

  it("gives quotas of 0, not NaN, when nobody has a claim", () => {
    expect(shareGoal(0, [row(1000, 1000, 0), row(1000, 1000, null)], { method: "poor", minimum: 0, step: 1 })).toEqual({ shares: [0, 0], quotas: [0, 0] });
  });

  it("for the same rate reduction, counts each unit's growth: 60 households over 1,000 and 2,000 households growing 1 %", () => {
    // Growth: 100 poor × (1,010 / 1,000 − 1) = 1 for each unit; projected 3,030 in all.
    // δ = 100 × (60 + 2) / 3,030; weights δ × 1,010 / 100 − 1 = 62/3 − 1 = 59/3 and δ × 2,020 / 100 − 1 = 124/3 − 1 = 121/3,
    // which add up to 60: the quotas. Steps of 1: 19 and 40, the 1 left to the larger remainder (2/3).
    const shared = shareGoal(60, [row(1000, 1010, 100), row(2000, 2020, 100)], { method: "rate", minimum: 0, step: 1 });
    expect(shared?.shares).toEqual([20, 40]);
    expect(shared?.quotas[0]).toBeCloseTo(59 / 3, 9);
    expect(shared?.quotas[1]).toBeCloseTo(121 / 3, 9);
  });

  it("for the same rate reduction, gives nothing to a unit whose growth alone lowers its rate enough", () => {
    // Growth: 500 × (1,100 / 1,000 − 1) = 50 and 0; δ = 100 × (10 + 50) / 2,100 = 2.857; weights
    // 2.857 × 11 − 50 < 0, so 0, and 2.857 × 10 = 28.57: the whole 10 to the second unit.
    const shared = shareGoal(10, [row(1000, 1100, 500), row(1000, 1000, 10)], { method: "rate", minimum: 0, step: 1 });
    expect(shared?.shares).toEqual([0, 10]);
    expect(shared?.quotas[0]).toBe(0);
    expect(shared?.quotas[1]).toBeCloseTo(10, 9);
  });
});

describe("canShareBy", () => {
  const full = row(1000, 1007, 100);
  it("lets poor households and weights share whatever the rows lack", () => {
    expect(canShareBy("poor", [row(null, null, 100)])).toBe(true);
    expect(canShareBy("weights", [row(null, null, 100)])).toBe(true);
  });

  it("needs households above 0 and a projection on every row for the same rate reduction", () => {
    expect(canShareBy("rate", [full, full])).toBe(true);
    expect(canShareBy("rate", [full, row(null, 1007, 100)])).toBe(false);
    expect(canShareBy("rate", [full, row(0, 1007, 100)])).toBe(false);
    expect(canShareBy("rate", [full, row(1000, null, 100)])).toBe(false);
  });
});

const unitsArb = fc.array(
  fc.record({ households: fc.integer({ min: 200, max: 20000 }), share: fc.double({ min: 0.05, max: 0.6, noNaN: true }) }).map(({ households, share }) => [households, Math.floor(households * share)] as [number, number]),
  { minLength: 1, maxLength: 25 },
);

describe("every way of sharing", () => {
  it.each(["poor", "rate", "weights"] as const)("adds up exactly to the goal (%s)", (allocation) => {
    fc.assert(
      fc.property(unitsArb, fc.integer({ min: 1, max: 10 }), fc.double({ min: 0, max: 0.9, noNaN: true }), fc.integer({ min: 0, max: 30 }), (units, step, fraction, minimum) => {
        const poor = units.reduce((s, [, p]) => s + p, 0);
        const goal = Math.floor(poor * fraction);
        const result = plan(units, { targetHouseholds: goal, roundStep: step, allocation, minimumTarget: minimum, weights: { "Xã 1": 2 } });
        const targets = result.plan?.units.map((u) => u.targetReduction ?? NaN) ?? [];
        expect(targets.reduce((a, b) => a + b, 0)).toBe(goal);
        targets.forEach((t, i) => expect(t >= 0 && t <= units[i][1]).toBe(true));
      }),
      { numRuns: 150 },
    );
  });

  it("gives every unit the same rate reduction within what whole households allow", () => {
    fc.assert(
      fc.property(unitsArb, fc.double({ min: 0.1, max: 3, noNaN: true }), (units, points) => {
        // Every unit is poor enough to lower its rate by twice the goal's points.
        const poorEnough = units.map(([h, p]) => [h, Math.max(p, Math.ceil((h * 2 * points) / 100) + 1)] as [number, number]);
        const households = poorEnough.reduce((s, [h]) => s + h, 0);
        const goal = Math.round((households * points) / 100);
        const rows = plan(poorEnough, { targetHouseholds: goal, allocation: "rate" }).plan?.units ?? [];
        // Exact reductions (no growth): target / households × 100 points; whole households move it by 100 / households.
        const exact = rows.map((r) => ((r.targetReduction as number) / (r.households as number)) * 100);
        const expected = (goal / households) * 100;
        exact.forEach((reduction, i) => expect(Math.abs(reduction - expected)).toBeLessThanOrEqual(100 / (rows[i].households as number) + 1e-9));
      }),
      { numRuns: 150 },
    );
  });
});
