import fc from "fast-check";
import { allocate } from "../../src/engine/plan/allocate";

const unitsArb = fc.array(fc.integer({ min: 0, max: 5000 }).map((poorHouseholds) => ({ poorHouseholds })), { minLength: 1, maxLength: 40 });

describe("allocate", () => {
  it("shares the seed's 1,220 households in steps of 5 in proportion to poor households", () => {
    const poor = [1203, 827, 607, 1120, 1156, 2075, 1509, 325, 2049];
    const shares = allocate(1220, poor.map((p) => ({ poorHouseholds: p })), 5);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(1220);
    expect(shares.every((s) => s % 5 === 0)).toBe(true);
    // Quotas 135.0, 92.8, 68.1, 125.7, 129.7, 232.9, 169.4, 36.5, 230.0 floor to steps of 5 (1,195);
    // the 25 left go in steps of 5 to the largest remainders: A Lưới, Quảng Điền, Phú Lộc, Hương Thủy, Phú Vang.
    expect(shares).toEqual([135, 90, 70, 125, 130, 235, 170, 35, 230]);
  });

  it("breaks a tie of remainders by table order", () => {
    // Three equal units: quotas 1/3 (or 2/3) each floor to 0; the steps go to the first units.
    const equal = [{ poorHouseholds: 10 }, { poorHouseholds: 10 }, { poorHouseholds: 10 }];
    expect(allocate(1, equal, 1)).toEqual([1, 0, 0]);
    expect(allocate(2, equal, 1)).toEqual([1, 1, 0]);
  });

  it("gives a unit with no weight nothing while a weighted unit has room", () => {
    // Quota 10 for the weighted unit floors to 9 in steps of 3; the 1 left is its remainder too.
    expect(allocate(10, [{ poorHouseholds: 100, weight: 1 }, { poorHouseholds: 100, weight: 0 }], 3)).toEqual([10, 0]);
  });

  it("shares what the full weighted units leave among the units with no weight, by their room, up to the goal", () => {
    // 13 over weights 1, 0, 0: the first unit's quota of 13 is capped at its 10; of the 3 left, the largest-
    // remainder pass gives one each to the next two (the first has no room). The last 1 is shared by room,
    // 9 : 29, quotas 0.24 and 0.76: the third unit's larger remainder takes it.
    expect(allocate(13, [{ poorHouseholds: 10, weight: 1 }, { poorHouseholds: 10, weight: 0 }, { poorHouseholds: 30, weight: 0 }], 1)).toEqual([10, 1, 2]);
    // No weight anywhere: by room, 30 : 10, quotas 7.5 and 2.5 floor to 7 and 2; the tie of remainders goes to the first.
    expect(allocate(10, [{ poorHouseholds: 30, weight: 0 }, { poorHouseholds: 10, weight: 0 }], 1)).toEqual([8, 2]);
  });

  it("stops at every unit's poor households when the goal is larger than all of them", () => {
    expect(allocate(30, [{ poorHouseholds: 10 }, { poorHouseholds: 5, weight: 0 }], 1)).toEqual([10, 5]);
  });

  it("counts a negative number of poor households as no room at all", () => {
    expect(allocate(10, [{ poorHouseholds: -5 }, { poorHouseholds: 20 }], 1)).toEqual([0, 10]);
  });

  it("always adds up exactly to the goal when the goal fits the poor households", () => {
    fc.assert(
      fc.property(unitsArb, fc.integer({ min: 1, max: 20 }), fc.double({ min: 0, max: 1, noNaN: true }), (units, step, fraction) => {
        const capacity = units.reduce((a, u) => a + u.poorHouseholds, 0);
        const goal = Math.floor(capacity * fraction);
        const shares = allocate(goal, units, step);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(goal);
        shares.forEach((s, i) => {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(units[i].poorHouseholds);
        });
      }),
    );
  });

  it("adds up exactly to the goal with any weights, zeros included, when the goal fits the poor households", () => {
    const weighted = fc.array(fc.record({ poorHouseholds: fc.integer({ min: 0, max: 50 }), weight: fc.integer({ min: 0, max: 3 }) }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(weighted, fc.integer({ min: 1, max: 5 }), fc.double({ min: 0, max: 1, noNaN: true }), (units, step, fraction) => {
        const goal = Math.floor(units.reduce((a, u) => a + u.poorHouseholds, 0) * fraction);
        expect(allocate(goal, units, step).reduce((a, b) => a + b, 0)).toBe(goal);
      }),
    );
  });

  it("gives every unit a multiple of the step, but for one remainder below the step, when no unit is capped", () => {
    fc.assert(
      fc.property(unitsArb, fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 2000 }), (units, step, goal) => {
        fc.pre(units.every((u) => u.poorHouseholds >= goal));
        const shares = allocate(goal, units, step);
        expect(shares.filter((s) => s % step !== 0).length).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("never gives a unit with more poor households a smaller share, apart from one step of rounding", () => {
    fc.assert(
      fc.property(unitsArb, fc.integer({ min: 0, max: 500 }), (units, goal) => {
        fc.pre(units.every((u) => u.poorHouseholds >= goal));
        const shares = allocate(goal, units, 5);
        units.forEach((a, i) => units.forEach((b, j) => {
          if (a.poorHouseholds > b.poorHouseholds) expect(shares[i]).toBeGreaterThanOrEqual(shares[j] - 5);
        }));
      }),
    );
  });
});
