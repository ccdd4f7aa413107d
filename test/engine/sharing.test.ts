/** Sharing a province goal: by poor households, for the same rate reduction everywhere, by weights, with a minimum. */
import fc from "fast-check";
import { analyze, type AnalyzeOptions } from "../../src/engine";
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
    expect(result.issues.filter((i) => i.code === "weight-unknown-unit").map((i) => i.message.vi)).toEqual(['Hệ số cho "Xã Không Có" không ứng với đơn vị nào trong bảng.']);
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
