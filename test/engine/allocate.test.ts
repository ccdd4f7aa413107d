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
