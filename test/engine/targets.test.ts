/** Where the targets come from, on two communes written out by hand: the goal, the table's column, the officer's own. */
import type { PlanOptions } from "../../src/engine/plan/plan-types";
import { resolveTargets, type TargetRow } from "../../src/engine/plan/targets";

const row = (name: string, households: number | null, poorHouseholds: number, tableTarget: number | null = null): TargetRow => ({
  name,
  sheet: "S",
  households,
  poorHouseholds,
  projectedHouseholds: households,
  tableTarget,
  weight: null,
});
// 100 and 60 poor households: 160 in all.
const rows = [row("Xã A", 1000, 100, 10), row("Xã B", 3000, 60)];
const resolve = (options: PlanOptions, hasColumn = false, list = rows, whole: { households: number; projectedHouseholds: number } | null = null) => {
  const targets = resolveTargets(list, hasColumn, options, "S", whole);
  return { ...targets, codes: targets.issues.map((i) => [i.code, i.sheet, i.cell]) };
};

describe("targets from a goal", () => {
  it("shares the goal by poor households and says so at the sheet", () => {
    // 40 × 100/160 = 25 and 40 × 60/160 = 15.
    const targets = resolve({ targetHouseholds: 40, roundStep: 1 });
    expect(targets.values).toEqual([25, 15]);
    expect(targets.codes).toEqual([["goal-allocated", "S", null]]);
  });

  it("takes a goal of every poor household, and refuses one more", () => {
    expect(resolve({ targetHouseholds: 160, roundStep: 1 }).values).toEqual([100, 60]);
    const over = resolve({ targetHouseholds: 161, roundStep: 1 });
    expect(over.values).toEqual([null, null]);
    expect(over.codes).toEqual([["goal-exceeds-poor", "S", null]]);
    expect(over.issues[0]).toMatchObject({ actual: 161, expected: 160 });
  });

  it("shares by poor households, and says why, when the same-rate method lacks a unit's households", () => {
    const targets = resolve({ targetHouseholds: 40, roundStep: 1, allocation: "rate" }, false, [row("Xã A", 1000, 100), row("Xã B", null, 60)]);
    expect(targets.values).toEqual([25, 15]);
    expect(targets.codes).toEqual([
      ["goal-allocated", "S", null],
      ["allocation-needs-households", "S", null],
    ]);
  });

  it("drops a minimum the goal cannot give every unit, and says so", () => {
    // A minimum of 30 each needs 60, more than the goal of 40: shared by poor households alone.
    const targets = resolve({ targetHouseholds: 40, roundStep: 1, minimumTarget: 30 });
    expect(targets.values).toEqual([25, 15]);
    expect(targets.codes).toEqual([
      ["goal-allocated", "S", null],
      ["minimum-exceeds-goal", "S", null],
    ]);
    expect(targets.issues[1]).toMatchObject({ actual: 30, expected: 40 });
  });

  it("turns a goal in points into households from the whole's households when the rows lack them", () => {
    // 160 poor of 4,000: 4 %; 1 point less is 3 % of 4,000 projected, 120, so 40 households (a multiple of 5).
    const noHouseholds = [row("Xã A", null, 100), row("Xã B", null, 60)];
    const targets = resolve({ targetRateReduction: 1 }, false, noHouseholds, { households: 4000, projectedHouseholds: 4000 });
    expect(targets.source).toEqual({ kind: "rateReduction", percentagePoints: 1, minimumHouseholds: 40, households: 40, step: 5 });
    expect(targets.values).toEqual([25, 15]);
    expect(targets.codes).toEqual([["goal-from-rate", "S", null]]);
  });

  it("has no goal in points without households for the rows or the whole, and names the units lacking them", () => {
    const targets = resolve({ targetRateReduction: 1 }, false, [row("Xã A", null, 100), row("Xã B", null, 60)]);
    expect(targets.source).toEqual({ kind: "none" });
    expect(targets.values).toEqual([null, null]);
    expect(targets.codes).toEqual([["goal-needs-households", "S", null]]);
    expect(targets.issues[0].message.en).toContain("no households for Xã A, Xã B");
  });

  it("has no goal in points for units without households: their rate is unknown, not 0", () => {
    const targets = resolve({ targetRateReduction: 1 }, false, [row("Xã A", 0, 0), row("Xã B", 0, 0)]);
    expect(targets.source).toEqual({ kind: "none" });
    expect(targets.codes).toEqual([["goal-needs-households", "S", null]]);
  });

  it("says at the sheet when a step is larger than a unit's share", () => {
    // 30 over four units of 100 poor in steps of 10: 7.5 each, so 10, 10, 10 and none.
    const four = ["Xã A", "Xã B", "Xã C", "Xã D"].map((name) => row(name, 1000, 100));
    const targets = resolve({ targetHouseholds: 30, roundStep: 10 }, false, four);
    expect(targets.values).toEqual([10, 10, 10, 0]);
    expect(targets.codes).toEqual([
      ["goal-allocated", "S", null],
      ["step-exceeds-share", "S", null],
    ]);
  });
});

describe("targets without a goal", () => {
  it("takes the table's column, with the officer's own target over a unit's", () => {
    const targets = resolve({ unitTargets: { "S!Xã B": 4 } }, true);
    expect(targets).toMatchObject({ values: [10, 4], source: { kind: "table" }, issues: [] });
  });

  it("takes the officer's targets when every unit has one, though the table has no column", () => {
    expect(resolve({ unitTargets: { "S!Xã A": 7, "S!Xã B": 3 } })).toMatchObject({ values: [7, 3], source: { kind: "table" }, issues: [] });
  });

  it("has no targets, and says so at the sheet, when only some units have the officer's", () => {
    const targets = resolve({ unitTargets: { "S!Xã A": 7 } });
    expect(targets).toMatchObject({ values: [null, null], source: { kind: "none" } });
    expect(targets.codes).toEqual([["no-target", "S", null]]);
  });
});

describe("an officer's target above the unit's poor households (field test 5: 1,200 typed for 1,033 poor, written as −167 remaining)", () => {
  it("is an error naming the unit, with a goal as without one, and the target is kept as typed for the officer to see", () => {
    const withGoal = resolve({ targetHouseholds: 100, roundStep: 1, unitTargets: { "S!Xã B": 61 } });
    expect(withGoal.values).toEqual([39, 61]);
    expect(withGoal.codes[0]).toEqual(["target-exceeds-poor", "S", null]);
    expect(withGoal.issues[0].message.vi).toBe("Số hộ phấn đấu giảm (Xã B): 61, lớn hơn số hộ nghèo (60).");
    expect(resolve({ unitTargets: { "S!Xã B": 61 } }, true).codes).toEqual([["target-exceeds-poor", "S", null]]);
  });

  it("says nothing of a target equal to the poor households", () => {
    expect(resolve({ unitTargets: { "S!Xã B": 60 } }, true).codes).toEqual([]);
  });
});
